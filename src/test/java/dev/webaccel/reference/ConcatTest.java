package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class ConcatTest {
    public void partsFollowEachOtherInOrder() {
        assertThat(Concat.flat(new float[] {1, 2}, new float[] {}, new float[] {3})).containsExactly(1, 2, 3);
    }

    public void valuesAreCopiedUnchanged() {
        float[] out = Concat.flat(new float[] {Float.NaN, -0f});
        assertThat(Float.floatToRawIntBits(out[1])).isEqualTo(Float.floatToRawIntBits(-0f));
        assertThat(out[0]).isNaN();
    }

    public void noPartsIsRefused() {
        assertThatThrownBy(Concat::flat).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one part");
    }
}
