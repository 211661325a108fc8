package dev.webaccel.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class PerOperationAgreementTest {
    public void noisyButEqualTimesAgree() {
        PerOperationAgreement a = PerOperationAgreement.of(new double[] {10.2, 9.8, 10.5, 11, 9.9}, 1,
                new double[] {9.6, 9.7, 9.9, 10.1, 9.5}, 4);
        assertThat(a.agrees()).as(a.explanation()).isTrue();
        assertThat(a.explanation()).contains("1 ops/sample").contains("4 ops/sample").contains("N=5");
    }

    public void aTimeDividedByTheWrongCountDoesNot() {
        double[] perOp = {10, 10.2, 9.9, 10.1, 10};
        double[] notDivided = {40, 40.5, 39.8, 40.2, 40};
        assertThat(PerOperationAgreement.of(perOp, 1, notDivided, 4).agrees()).isFalse();
        double[] dividedTwice = {2.5, 2.55, 2.47, 2.52, 2.5};
        assertThat(PerOperationAgreement.of(perOp, 1, dividedTwice, 4).agrees()).isFalse();
    }
}
