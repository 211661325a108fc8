package dev.webaccel.history.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class BoxStatsTest {

    public void fiveNumbersByLinearInterpolation() {
        BoxStats b = BoxStats.of(List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0));
        // sorted 1 2 3 4 5 10; type 7: h = 5p -> Q1 at 1.25 = 2.25, median 3.5, Q3 at 3.75 = 4.75
        assertThat(b.asArray()).containsExactly(1.0, 2.25, 3.5, 4.75, 10.0);
    }

    public void oneSampleIsItsOwnBox() {
        assertThat(BoxStats.of(List.of(7.0)).asArray()).containsExactly(7.0, 7.0, 7.0, 7.0, 7.0);
    }

    public void noSamplesIsRefused() {
        assertThatThrownBy(() -> BoxStats.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
