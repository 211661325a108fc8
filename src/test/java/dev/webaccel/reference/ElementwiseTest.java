package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.testng.annotations.Test;

/** Expected values from 0.5(1+tanh(sqrt(2/pi)(x+0.044715x^3))), x/(1+e^-x) and C's erf, evaluated independently. */
@Test(groups = "unit")
public class ElementwiseTest {

    public void geluTanhOfOne() {
        assertThat(Elementwise.geluTanh(1.0)).isCloseTo(0.8411919906082768, within(1e-12));
    }

    public void geluErfOfOne() {
        assertThat(Elementwise.geluErf(1.0)).isCloseTo(0.8413447460685429, within(1e-12));
    }

    public void siluOfOne() {
        assertThat(Elementwise.silu(1.0)).isCloseTo(0.7310585786300049, within(1e-12));
    }

    public void geluAndSiluOfZeroAreZero() {
        assertThat(Elementwise.geluTanh(0.0)).isZero();
        assertThat(Elementwise.silu(0.0)).isZero();
    }

    public void erfMatchesTabulatedValues() {
        assertThat(SpecialFunctions.erf(0.5)).isCloseTo(0.5204998778130465, within(1e-13));
        assertThat(SpecialFunctions.erf(1.0)).isCloseTo(0.8427007929497149, within(1e-13));
        assertThat(SpecialFunctions.erf(2.0)).isCloseTo(0.9953222650189527, within(1e-13));
        assertThat(SpecialFunctions.erf(3.5)).isCloseTo(0.9999992569016276, within(1e-13));
        assertThat(SpecialFunctions.erf(5.0)).isCloseTo(0.9999999999984626, within(1e-13));
        assertThat(SpecialFunctions.erf(-1.0)).isCloseTo(-0.8427007929497149, within(1e-13));
    }

    public void addAndMulAreElementwise() {
        assertThat(Elementwise.add(new float[] {1, 2}, new float[] {3, -4})).containsExactly(4, -2);
        assertThat(Elementwise.mul(new float[] {1, 2}, new float[] {3, -4})).containsExactly(3, -8);
    }

    public void quickGeluIsXTimesSigmoidOf1702X() {
        assertThat(Elementwise.quickGelu(1.0)).isCloseTo(0.8457957659328212, within(1e-12));
        assertThat(Elementwise.quickGelu(-1.0)).isCloseTo(-0.1542042340671787, within(1e-12));
    }

    public void tanhAndExpOverArrays() {
        assertThat(Elementwise.tanh(new float[] {0.5f})).containsExactly(0.46211715726000974f);
        assertThat(Elementwise.exp(new float[] {0, 1})).containsExactly(1f, (float) Math.E);
        assertThat(Elementwise.quickGelu(new float[] {0})).containsExactly(0f);
    }
}
