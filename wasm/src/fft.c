/* Mixed-radix complex FFT of 200 points and the real-400 split; see fft.h. */
#include "fft.h"

#define NC 200  /* complex length */
static const int kRadix[] = {4, 2, 5, 5};
#define NSTAGES 4

static float tw200[2 * NC];        /* W_200^k = exp(-2 pi i k / 200) */
static float tw400[2 * WA_NFREQ];  /* W_400^k, k = 0..200 */
static short perm[NC];             /* perm[pos] = input index that starts at pos */
static volatile int ready;

static double sin_taylor(double t) {  /* |t| <= pi */
  double term = t, sum = t, t2 = t * t;
  for (int i = 1; i < 20; i++) { term *= -t2 / ((2 * i) * (2 * i + 1)); sum += term; }
  return sum;
}
static double reduce(int k, int n) {  /* 2 pi k / n mapped into (-pi, pi] */
  k %= n;
  if (k < 0) k += n;
  if (2 * k > n) k -= n;
  return 6.283185307179586476925 * (double)k / (double)n;
}
double wa_sin2pi(int k, int n) { return sin_taylor(reduce(k, n)); }
double wa_cos2pi(int k, int n) {  /* cos(t) = sin(t + pi/2) = sin(2 pi (4k + n) / 4n) */
  return sin_taylor(reduce(4 * k + n, 4 * n));
}

/* Sub-DFT r of the last stage is over inputs r + p*t; recurse to build the permutation. */
static void build_perm(int out, int start, int stride, int n, int stage) {
  if (n == 1) { perm[out] = (short)start; return; }
  int p = kRadix[stage - 1], m = n / p;
  for (int r = 0; r < p; r++) build_perm(out + r * m, start + r * stride, stride * p, m, stage - 1);
}

void wa_fft_init(void) {
  if (ready) return;
  for (int k = 0; k < NC; k++) { tw200[2 * k] = (float)wa_cos2pi(k, NC); tw200[2 * k + 1] = (float)-wa_sin2pi(k, NC); }
  for (int k = 0; k < WA_NFREQ; k++) { tw400[2 * k] = (float)wa_cos2pi(k, 400); tw400[2 * k + 1] = (float)-wa_sin2pi(k, 400); }
  build_perm(0, 0, 1, NC, NSTAGES);
  ready = 1;
}

static void fft200(float *y) {  /* in place on permuted data, interleaved re/im */
  int Lp = 1;
  for (int s = 0; s < NSTAGES; s++) {
    int p = kRadix[s], L = Lp * p, tstep = NC / L, pstep = NC / p;
    for (int b = 0; b < NC; b += L)
      for (int j = 0; j < Lp; j++) {
        float tr[5], ti[5];
        for (int r = 0; r < p; r++) {  /* t_r = y[b + j + r Lp] * W_L^{j r} */
          int idx = 2 * (b + j + r * Lp), w = 2 * ((j * r * tstep) % NC);
          float xr = y[idx], xi = y[idx + 1], wr = tw200[w], wi = tw200[w + 1];
          tr[r] = xr * wr - xi * wi;
          ti[r] = xr * wi + xi * wr;
        }
        for (int q = 0; q < p; q++) {  /* radix-p DFT, W_p^{r q} = W_200^{r q 200/p} */
          float sr = tr[0], si = ti[0];
          for (int r = 1; r < p; r++) {
            int w = 2 * ((r * q * pstep) % NC);
            float wr = tw200[w], wi = tw200[w + 1];
            sr += tr[r] * wr - ti[r] * wi;
            si += tr[r] * wi + ti[r] * wr;
          }
          y[2 * (b + j + q * Lp)] = sr;
          y[2 * (b + j + q * Lp) + 1] = si;
        }
      }
    Lp = L;
  }
}

void wa_rfft400_power(const float *x, float *work, float *power) {
  for (int pos = 0; pos < NC; pos++) {
    int n = perm[pos];
    work[2 * pos] = x[2 * n];
    work[2 * pos + 1] = x[2 * n + 1];
  }
  fft200(work);
  for (int k = 0; k < WA_NFREQ; k++) {
    int k1 = k % NC, k2 = (NC - k) % NC;
    float ar = work[2 * k1], ai = work[2 * k1 + 1];
    float br = work[2 * k2], bi = -work[2 * k2 + 1];  /* conj Z[200-k] */
    float er = 0.5f * (ar + br), ei = 0.5f * (ai + bi);
    float dr = 0.5f * (ar - br), di = 0.5f * (ai - bi);
    float or_ = di, oi = -dr;                       /* O = -i D */
    float wr = tw400[2 * k], wi = tw400[2 * k + 1];
    float xr = er + (or_ * wr - oi * wi), xi = ei + (or_ * wi + oi * wr);
    power[k] = xr * xr + xi * xi;
  }
}
