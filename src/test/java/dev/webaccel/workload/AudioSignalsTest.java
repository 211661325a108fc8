package dev.webaccel.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class AudioSignalsTest {

    public void oneSecondIsSixteenThousandSamples() {
        assertThat(AudioSignals.silence(1.0)).hasSize(16_000).containsOnly(0.0f);
    }

    public void sineHitsItsAmplitudeAtAQuarterPeriod() {
        // 1 kHz at 16 kHz: 16 samples per period, a quarter period is 4 samples
        float[] s = AudioSignals.sine(1000, 0.01, 0.5);
        assertThat(s[0]).isZero();
        assertThat(s[4]).isCloseTo(0.5f, within(1e-7f));
        assertThat(s[12]).isCloseTo(-0.5f, within(1e-7f));
    }

    public void chirpStartsAtItsStartFrequency() {
        float[] chirp = AudioSignals.chirp(1000, 1000, 0.01, 1.0);
        float[] sine = AudioSignals.sine(1000, 0.01, 1.0);
        for (int i = 0; i < sine.length; i++) {
            assertThat(chirp[i]).isCloseTo(sine[i], within(1e-6f));
        }
    }

    public void whiteNoiseIsSeededAndBounded() {
        float[] a = AudioSignals.whiteNoise(0.5, 0.1, 5);
        assertThat(a).containsExactly(AudioSignals.whiteNoise(0.5, 0.1, 5));
        for (float v : a) {
            assertThat(Math.abs(v)).isLessThanOrEqualTo(0.1f);
        }
    }
}
