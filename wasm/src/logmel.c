/* Whisper log-mel front end: 16 kHz audio, n_fft 400, hop 160, periodic Hann, reflect
 * padding of 200 at both ends (torch.stft center=True), power spectrum, mel projection
 * with a caller-supplied [n_mels][201] filterbank, log10(max(x, 1e-10)), then (after all
 * frames) clamp at max - 8 and (x + 4) / 4. Frames = n_samples / 160 (Whisper drops the
 * last STFT frame). Output layout [n_mels][n_frames]. Requires n_samples > 200. */
#include "fft.h"
#include "wmath.h"

#define HOP 160
#define PAD 200

static float window[WA_NFFT];
static volatile int window_ready;

/* Call once (from one thread) before logmel_frames runs on several threads. */
WA_EXPORT void logmel_init(void) {
  wa_fft_init();
  if (window_ready) return;
  for (int n = 0; n < WA_NFFT; n++) window[n] = (float)(0.5 - 0.5 * wa_cos2pi(n, WA_NFFT));
  window_ready = 1;
}

WA_EXPORT int logmel_scratch_bytes(int n_mels) { return (WA_NFFT * 2 + WA_NFREQ + 3 + 2 * n_mels) * 4; }

static int reflect(int i, int n) {
  while (i < 0 || i >= n) i = i < 0 ? -i : 2 * (n - 1) - i;
  return i;
}

/* Frames [f0, f1): out[m * n_frames + t] = log10(max(mel, 1e-10)). */
WA_EXPORT void logmel_frames(const float *audio, int n_samples, const float *filters, int n_mels,
                             float *out, int n_frames, int f0, int f1, float *scratch) {
  logmel_init();
  float *frame = scratch, *work = scratch + WA_NFFT, *power = work + WA_NFFT;
  int *range = (int *)(power + WA_NFREQ + 3);  /* nonzero [lo, hi) of each filter row */
  for (int m = 0; m < n_mels; m++) {
    const float *f = filters + (size_t)m * WA_NFREQ;
    int lo = 0, hi = WA_NFREQ;
    while (lo < hi && f[lo] == 0.0f) lo++;
    while (hi > lo && f[hi - 1] == 0.0f) hi--;
    range[2 * m] = lo; range[2 * m + 1] = hi;
  }
  for (int t = f0; t < f1; t++) {
    int start = t * HOP - PAD;
    if (start >= 0 && start + WA_NFFT <= n_samples)
      for (int n = 0; n < WA_NFFT; n++) frame[n] = audio[start + n] * window[n];
    else
      for (int n = 0; n < WA_NFFT; n++) frame[n] = audio[reflect(start + n, n_samples)] * window[n];
    wa_rfft400_power(frame, work, power);
    for (int m = 0; m < n_mels; m++) {
      int lo = range[2 * m], hi = range[2 * m + 1];
      float s = wa_dot(filters + (size_t)m * WA_NFREQ + lo, power + lo, hi - lo);
      out[(size_t)m * n_frames + t] = wa_log10f(wa_fmax(s, 1e-10f));
    }
  }
}

/* After all frames: x = (max(x, max_all - 8) + 4) / 4 over count values. */
WA_EXPORT void logmel_finalize(float *out, int count) {
  float mx = -WA_INF;
  for (int i = 0; i < count; i++) mx = wa_fmax(mx, out[i]);
  float floor_ = mx - 8.0f;
  for (int i = 0; i < count; i++) out[i] = (wa_fmax(out[i], floor_) + 4.0f) / 4.0f;
}
