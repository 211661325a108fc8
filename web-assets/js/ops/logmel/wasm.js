// Whisper log-mel spectrogram on WebAssembly (mixed-radix FFT, wasm/src/fft.c). Same params and tensors as
// ./webgpu.js: params {samples, nMels}; tensors {audio, filters: nMels*201, window (optional, must be the periodic
// Hann the kernel builds in)}. kernel.entry (logmel_fft | logmel_dft) picks a WGSL variant; the C kernel always
// uses its FFT.
import {prepared, requireShape} from '../wasm-helpers.js';

const N_FFT = 400;
const BINS = 201;

export async function prepare(wasm, node, tensors, out) {
  const {samples, nMels = 80} = node.params;
  const {audio, filters, window} = tensors;
  requireShape(audio && audio.length === samples, 'audio must hold samples values');
  requireShape(samples > N_FFT / 2, 'reflect padding needs more than 200 samples');
  requireShape(filters && filters.length === nMels * BINS, `filters must hold nMels*${BINS} values`);
  if (window) {
    requireShape(isPeriodicHann(window.read()), 'the WebAssembly logmel uses its built-in periodic Hann window; '
        + 'the window input differs from it');
  }
  return prepared(() => wasm.logmel(audio, filters, out));
}

function isPeriodicHann(values) {
  if (values.length !== N_FFT) return false;
  for (let i = 0; i < N_FFT; i++) {
    if (Math.abs(values[i] - (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / N_FFT))) > 1e-6) return false;
  }
  return true;
}
