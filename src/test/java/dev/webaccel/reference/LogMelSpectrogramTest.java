package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.webaccel.workload.AudioSignals;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class LogMelSpectrogramTest {

    public void oneSecondIsOneHundredFrames() {
        assertThat(LogMelSpectrogram.frames(16_000)).isEqualTo(100);
        assertThat(LogMelSpectrogram.frames(480_000)).isEqualTo(3000);
    }

    public void reflectPaddingDoesNotRepeatTheEdge() {
        assertThat(LogMelSpectrogram.reflect(-1, 10)).isEqualTo(1);
        assertThat(LogMelSpectrogram.reflect(-200, 1000)).isEqualTo(200);
        assertThat(LogMelSpectrogram.reflect(10, 10)).isEqualTo(8);
        assertThat(LogMelSpectrogram.reflect(5, 10)).isEqualTo(5);
    }

    public void silenceIsMinusOnePointFiveEverywhere() {
        // log10(max(0, 1e-10)) = -10 everywhere, the max-8 clamp keeps -10, (-10 + 4) / 4 = -1.5
        float[] out = LogMelSpectrogram.compute(AudioSignals.silence(1.0));
        assertThat(out).hasSize(80 * 100);
        for (float v : out) {
            assertThat(v).isEqualTo(-1.5f);
        }
    }

    public void constantSignalHasTheHannWindowSpectrum() {
        // A periodic Hann window of length N sums to N/2 and has DFT coefficients N/2 at bin 0, -N/4 at bins +-1.
        float[] ones = new float[1600];
        java.util.Arrays.fill(ones, 1.0f);
        double[] power = LogMelSpectrogram.powerSpectra(ones);
        int frame = 5;
        assertThat(power[frame * 201]).isCloseTo(200.0 * 200.0, within(1e-6));
        assertThat(power[frame * 201 + 1]).isCloseTo(100.0 * 100.0, within(1e-6));
        for (int k = 2; k < 201; k++) {
            assertThat(power[frame * 201 + k]).isCloseTo(0.0, within(1e-12));
        }
    }

    public void oneKilohertzSinePeaksInTheMelBinAroundOneKilohertz() {
        float[] out = LogMelSpectrogram.compute(AudioSignals.sine(1000.0, 1.0, 0.5));
        double[] edges = MelFilterbank.edgesHz(16_000, 80);
        int nearest = 0;
        for (int m = 1; m < 80; m++) {
            if (Math.abs(edges[m + 1] - 1000.0) < Math.abs(edges[nearest + 1] - 1000.0)) {
                nearest = m;
            }
        }
        int frame = 50;
        int argmax = 0;
        for (int m = 1; m < 80; m++) {
            if (out[m * 100 + frame] > out[argmax * 100 + frame]) {
                argmax = m;
            }
        }
        assertThat(argmax).isEqualTo(nearest);
        assertThat(edges[argmax]).isLessThan(1000.0);
        assertThat(edges[argmax + 2]).isGreaterThan(1000.0);
    }

    public void outputSpansAtMostEightDecadesScaled() {
        float[] out = LogMelSpectrogram.compute(AudioSignals.chirp(100, 7000, 1.0, 0.3));
        float max = Float.NEGATIVE_INFINITY;
        float min = Float.POSITIVE_INFINITY;
        for (float v : out) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        assertThat(max - min).isLessThanOrEqualTo(2.0f + 1e-6f);
    }
}
