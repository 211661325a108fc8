package dev.webaccel.reference.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class ClipPoolingTest {
    private static final int[] IDS = {5, 9, 3, /* text 1 */ 7, 1, 7};

    public void legacyEosTokenIdTwoPoolsAtTheHighestId() {
        assertThat(ClipPooling.rows(IDS, 2, 3, 2)).containsExactly(1, 3);
    }

    public void otherwisePoolsAtTheFirstEosToken() {
        assertThat(ClipPooling.rows(IDS, 2, 3, 7)).containsExactly(0, 3);
    }

    public void aTextWithoutTheEosTokenIsPooledAtItsFirstPosition() {
        assertThat(ClipPooling.rows(IDS, 2, 3, 49407)).containsExactly(0, 3);
        assertThat(ClipPooling.rows(IDS, 2, 3, 9)).containsExactly(1, 3);
    }
}
