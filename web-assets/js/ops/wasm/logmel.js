// Whisper log-mel spectrogram on WebAssembly (mixed-radix FFT, wasm/src/fft.c). Same spec as js/ops/logmel.js:
// params {samples, nMels}; inputs {audio, filters: nMels*201, window (optional, must be the periodic Hann the
// kernel builds in)}. kernel.entry (logmel_fft | logmel_dft) picks a WGSL variant; the C kernel always uses its FFT.
import {prepared, requireShape, resident} from './common.js';

export const name = 'logmel';

const N_FFT = 400;
const BINS = 201;

export async function prepareWasm(wasm, spec, inputs) {
  const {samples, nMels = 80} = spec.params;
  requireShape(inputs.audio && inputs.audio.length === samples, 'audio must hold samples values');
  requireShape(samples > N_FFT / 2, 'reflect padding needs more than 200 samples');
  requireShape(inputs.filters && inputs.filters.length === nMels * BINS, `filters must hold nMels*${BINS} values`);
  if (inputs.window) {
    requireShape(isPeriodicHann(inputs.window), 'the WebAssembly logmel uses its built-in periodic Hann window; '
        + 'the window input differs from it');
  }
  const held = resident(wasm, inputs, ['audio', 'filters']);
  return prepared(() => wasm.logmel(held.tensors.audio, held.tensors.filters), held);
}

function isPeriodicHann(window) {
  if (window.length !== N_FFT) return false;
  for (let i = 0; i < N_FFT; i++) {
    if (Math.abs(window[i] - (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / N_FFT))) > 1e-6) return false;
  }
  return true;
}
