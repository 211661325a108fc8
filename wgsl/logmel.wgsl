// Whisper log-mel spectrogram (whisper/audio.py log_mel_spectrogram) of 16 kHz audio, in four passes:
//   1. power spectra, frames x 201, by either
//        logmel_dft: direct DFT, one invocation per (bin, frame); dispatch (ceil(201 / WG), frames), or
//        logmel_fft: 400-point mixed-radix Stockham FFT (radices 4, 4, 5, 5; 400 = 4 * 4 * 5 * 5) in workgroup
//                    memory, one workgroup per frame; dispatch (frames).
//   2. mel_log:       log10(max(filters · power, 1e-10)), nMels x frames; dispatch (ceil(frames / WG), nMels).
//   3. log_max:       the global maximum into maxValue[0]; dispatch (1).
//   4. log_normalize: (max(x, maxValue - 8) + 4) / 4 in place; dispatch (min(ceil(nMels*frames / WG), 65535)).
// Framing as torch.stft(center=True, pad_mode='reflect'): frame t covers samples t*160 - 200 .. t*160 + 199,
// reflected at both ends without repeating the edge sample (needs samples > 200); frames = samples / 160,
// i.e. Whisper's dropped last frame. window: periodic Hann (400). twiddles[i] = (cos, sin)(2 pi i / 400),
// computed by the host in double: WGSL only promises sin/cos to 2^-11 absolute.
// The mel filters (nMels x 201, Slaney, as librosa.filters.mel(sr=16000, n_fft=400, n_mels)) are data.
// WG is shared by all passes; log_max needs it to be a power of two.

struct Params {
  samples : u32,
  frames : u32,
  nMels : u32,
}

const N_FFT : u32 = 400;
const HOP : u32 = 160;
const BINS : u32 = 201;
const LOG10_2 : f32 = 0.3010299956639812;

@group(0) @binding(0) var<storage, read> audio : array<f32>;
@group(0) @binding(1) var<storage, read> window : array<f32>;
@group(0) @binding(2) var<storage, read> twiddles : array<vec2<f32>>;
@group(0) @binding(3) var<storage, read_write> power : array<f32>;
@group(0) @binding(4) var<storage, read> filters : array<f32>;
@group(0) @binding(5) var<storage, read_write> logmel : array<f32>;
@group(0) @binding(6) var<storage, read_write> maxValue : array<f32>;
@group(0) @binding(7) var<uniform> params : Params;

override WG : u32 = 256;

fn windowed_sample(frame : u32, n : u32) -> f32 {
  var at = i32(frame * HOP + n) - i32(N_FFT / 2u);
  let last = i32(params.samples) - 1;
  if (at < 0) {
    at = -at;
  } else if (at > last) {
    at = 2 * last - at;
  }
  return audio[u32(at)] * window[n];
}

@compute @workgroup_size(WG)
fn logmel_dft(@builtin(global_invocation_id) gid : vec3<u32>) {
  let bin = gid.x;
  let frame = gid.y;
  if (bin >= BINS || frame >= params.frames) {
    return;
  }
  var re = 0.0;
  var im = 0.0;
  for (var n = 0u; n < N_FFT; n++) {
    let s = windowed_sample(frame, n);
    let tw = twiddles[(bin * n) % N_FFT];
    re = fma(s, tw.x, re);
    im = fma(-s, tw.y, im);
  }
  power[frame * BINS + bin] = re * re + im * im;
}

// Two halves of 400 complex values; each FFT stage reads one half and writes the other.
var<workgroup> buf : array<vec2<f32>, 800>;

fn cmul(a : vec2<f32>, b : vec2<f32>) -> vec2<f32> {
  return vec2<f32>(a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x);
}

// exp(-2 pi i m / 5), m = 0..4
const W5 = array<vec2<f32>, 5>(
  vec2<f32>(1.0, 0.0),
  vec2<f32>(0.30901699437494745, -0.9510565162951535),
  vec2<f32>(-0.8090169943749473, -0.5877852522924732),
  vec2<f32>(-0.8090169943749473, 0.5877852522924732),
  vec2<f32>(0.30901699437494745, 0.9510565162951535));

// One Stockham autosort stage of radix R (4 or 5) after stages whose radices multiply to ns:
// butterfly j takes src[j + r N/R] * exp(-2 pi i r (j % ns) / (ns R)), r < R, does an R-point DFT and
// writes output s to dst[(j / ns) ns R + j % ns + s ns].
fn fft_stage(radix : u32, ns : u32, src : u32, dst : u32, tid : u32) {
  let count = N_FFT / radix;
  let twiddleStep = N_FFT / (ns * radix);
  for (var j = tid; j < count; j += WG) {
    let k = j % ns;
    var v : array<vec2<f32>, 5>;
    for (var r = 0u; r < radix; r++) {
      let tw = twiddles[(r * k * twiddleStep) % N_FFT];
      v[r] = cmul(buf[src + j + r * count], vec2<f32>(tw.x, -tw.y));
    }
    let base = (j / ns) * ns * radix + k;
    if (radix == 4u) {
      let a0 = v[0] + v[2];
      let a1 = v[0] - v[2];
      let b0 = v[1] + v[3];
      let b1 = v[1] - v[3];
      let minusIb1 = vec2<f32>(b1.y, -b1.x);
      buf[dst + base] = a0 + b0;
      buf[dst + base + ns] = a1 + minusIb1;
      buf[dst + base + 2u * ns] = a0 - b0;
      buf[dst + base + 3u * ns] = a1 - minusIb1;
    } else {
      for (var s = 0u; s < 5u; s++) {
        var acc = v[0];
        for (var r = 1u; r < 5u; r++) {
          acc += cmul(v[r], W5[(r * s) % 5u]);
        }
        buf[dst + base + s * ns] = acc;
      }
    }
  }
}

@compute @workgroup_size(WG)
fn logmel_fft(@builtin(local_invocation_id) lid : vec3<u32>, @builtin(workgroup_id) wid : vec3<u32>) {
  let frame = wid.x;
  if (frame >= params.frames) {
    return;
  }
  let tid = lid.x;
  for (var n = tid; n < N_FFT; n += WG) {
    buf[n] = vec2<f32>(windowed_sample(frame, n), 0.0);
  }
  workgroupBarrier();
  fft_stage(4u, 1u, 0u, N_FFT, tid);
  workgroupBarrier();
  fft_stage(4u, 4u, N_FFT, 0u, tid);
  workgroupBarrier();
  fft_stage(5u, 16u, 0u, N_FFT, tid);
  workgroupBarrier();
  fft_stage(5u, 80u, N_FFT, 0u, tid);
  workgroupBarrier();
  for (var bin = tid; bin < BINS; bin += WG) {
    let X = buf[bin];
    power[frame * BINS + bin] = dot(X, X);
  }
}

@compute @workgroup_size(WG)
fn mel_log(@builtin(global_invocation_id) gid : vec3<u32>) {
  let frame = gid.x;
  let mel = gid.y;
  if (frame >= params.frames || mel >= params.nMels) {
    return;
  }
  var acc = 0.0;
  for (var bin = 0u; bin < BINS; bin++) {
    acc = fma(filters[mel * BINS + bin], power[frame * BINS + bin], acc);
  }
  logmel[mel * params.frames + frame] = log2(max(acc, 1e-10)) * LOG10_2;
}

var<workgroup> partial : array<f32, WG>;

@compute @workgroup_size(WG)
fn log_max(@builtin(local_invocation_id) lid : vec3<u32>) {
  let tid = lid.x;
  let total = params.nMels * params.frames;
  var m = -3.402823e38;
  for (var i = tid; i < total; i += WG) {
    m = max(m, logmel[i]);
  }
  partial[tid] = m;
  workgroupBarrier();
  for (var s = WG / 2u; s > 0u; s >>= 1u) {
    if (tid < s) {
      partial[tid] = max(partial[tid], partial[tid + s]);
    }
    workgroupBarrier();
  }
  if (tid == 0u) {
    maxValue[0] = partial[0];
  }
}

@compute @workgroup_size(WG)
fn log_normalize(@builtin(global_invocation_id) gid : vec3<u32>, @builtin(num_workgroups) nwg : vec3<u32>) {
  let total = params.nMels * params.frames;
  let lowest = maxValue[0] - 8.0;
  for (var i = gid.x; i < total; i += nwg.x * WG) {
    logmel[i] = (max(logmel[i], lowest) + 4.0) / 4.0;
  }
}
