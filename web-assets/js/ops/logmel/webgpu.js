// Whisper log-mel spectrogram of 16 kHz audio (four passes, see wgsl/logmel.wgsl).
// params {samples, nMels (80)}; tensors {audio: samples, filters: nMels*201 (Slaney, from Java),
// window (optional): 400, periodic Hann}. kernel {file: 'logmel.wgsl', entry: 'logmel_fft' | 'logmel_dft',
// constants {WG}}. Output nMels x frames, frames = floor(samples / 160). The power spectrum and the maximum are
// scratch buffers of this op; the output is normalised in place by the last pass.
import {bindGroupOf, ceilDiv, constantsOf, destroyAll, gridStrideGroups, requireShape, uniformOf} from '../gpu-helpers.js';

const N_FFT = 400;
const HOP = 160;
const BINS = N_FFT / 2 + 1;

export function periodicHann(n) {
  const w = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    w[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / n);
  }
  return w;
}

/** (cos, sin)(2 pi i / n) interleaved, computed in double. */
export function twiddleTable(n) {
  const t = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    t[2 * i] = Math.cos((2 * Math.PI * i) / n);
    t[2 * i + 1] = Math.sin((2 * Math.PI * i) / n);
  }
  return t;
}

export async function prepare(gpu, node, tensors, out) {
  const {samples, nMels = 80} = node.params;
  const entry = node.kernel.entry || 'logmel_fft';
  requireShape(entry === 'logmel_fft' || entry === 'logmel_dft', `unknown logmel entry '${entry}'`);
  const {audio, filters} = tensors;
  requireShape(audio && audio.length === samples, 'audio must hold samples values');
  requireShape(samples > N_FFT / 2, 'reflect padding needs more than 200 samples');
  requireShape(filters && filters.length === nMels * BINS, `filters must hold nMels*${BINS} values`);
  requireShape(!tensors.window || tensors.window.length === N_FFT, 'window must hold 400 values');
  const frames = Math.floor(samples / HOP);
  requireShape(out.length === nMels * frames, 'the output must hold nMels*frames values');
  const file = node.kernel.file || 'logmel.wgsl';
  const constants = constantsOf(node, {WG: 256});
  const [spectrum, melLog, logMax, normalize] = await Promise.all(
      [entry, 'mel_log', 'log_max', 'log_normalize'].map((e) => gpu.pipeline(file, e, constants)));

  const ownWindow = tensors.window ? null : gpu.storage(periodicHann(N_FFT), {readOnly: true});
  const windowBuf = tensors.window ? tensors.window.buffer : ownWindow;
  const twiddles = gpu.storage(twiddleTable(N_FFT), {readOnly: true});
  const power = gpu.output(frames * BINS * 4);
  const maxValue = gpu.output(16);
  const params = uniformOf(gpu, [{u32: samples}, {u32: frames}, {u32: nMels}]);
  const logmel = out.buffer;

  const spectrumGroups = entry === 'logmel_fft' ? [frames] : [ceilDiv(BINS, constants.WG), frames];
  const passes = [
    {pipeline: spectrum, groups: spectrumGroups,
      bindGroup: bindGroupOf(gpu, spectrum, {0: audio.buffer, 1: windowBuf, 2: twiddles, 3: power, 7: params})},
    {pipeline: melLog, groups: [ceilDiv(frames, constants.WG), nMels],
      bindGroup: bindGroupOf(gpu, melLog, {3: power, 4: filters.buffer, 5: logmel, 7: params})},
    {pipeline: logMax, groups: [1],
      bindGroup: bindGroupOf(gpu, logMax, {5: logmel, 6: maxValue, 7: params})},
    {pipeline: normalize, groups: [gridStrideGroups(nMels * frames, constants.WG)],
      bindGroup: bindGroupOf(gpu, normalize, {5: logmel, 6: maxValue, 7: params})},
  ];
  return {passes, dispose: () => destroyAll([ownWindow, twiddles, power, maxValue, params])};
}
