#ifndef WA_FFT_H
#define WA_FFT_H
#include "common.h"

/* Real FFT of length 400 (Whisper's n_fft) returning |X[k]|^2 for k = 0..200.
 * Method: pack x as z[n] = x[2n] + i x[2n+1] (200 complex points), run a mixed-radix
 * decimation-in-time complex FFT of 200 = 4*2*5*5 (digit-reversal permutation, then
 * radix-p butterflies with twiddles W_L^{j r}), and split:
 *   X[k] = (Z[k] + conj Z[200-k])/2 - i W_400^k (Z[k] - conj Z[200-k])/2.
 * Twiddles and the window are computed once in double precision (Taylor sin/cos on
 * [-pi, pi], error < 1e-15) and stored as float. */
#define WA_NFFT 400
#define WA_NFREQ 201

void wa_fft_init(void);
/* x: 400 reals; work: 400 floats; power: 201 floats out */
void wa_rfft400_power(const float *x, float *work, float *power);
/* cos(2 pi k / n) and sin(2 pi k / n) in double */
double wa_cos2pi(int k, int n);
double wa_sin2pi(int k, int n);
#endif
