package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class MatMulReferenceTest {

    public void multipliesTwoByTwoByHand() {
        float[] c = MatMulReference.multiply(new float[] {1, 2, 3, 4}, new float[] {5, 6, 7, 8}, 2, 2, 2);
        assertThat(c).containsExactly(19, 22, 43, 50);
    }

    public void multipliesNonSquareByHand() {
        float[] a = {1, 2, 3, 4, 5, 6};
        float[] b = {1, 0, -1};
        assertThat(MatMulReference.multiply(a, b, 2, 1, 3)).containsExactly(-2, -2);
    }

    public void absoluteProductSumsIgnoreSigns() {
        float[] sums = MatMulReference.absoluteProductSums(new float[] {1, -2}, new float[] {-3, 4}, 1, 1, 2);
        assertThat(sums).containsExactly(11);
    }
}
