package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class GatherTest {
    private static final float[] TABLE = {0, 1, 10, 11, 20, 21};

    public void copiesTheRowsOfTheIds() {
        assertThat(Gather.rows(TABLE, 2, new int[] {2, 0, 2})).containsExactly(20, 21, 0, 1, 20, 21);
    }

    public void rejectsAnIdPastTheVocabularyNamingIt() {
        assertThatThrownBy(() -> Gather.rows(TABLE, 2, new int[] {1, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id 3").hasMessageContaining("[0, 3)");
    }

    public void rejectsANegativeId() {
        assertThatThrownBy(() -> Gather.rows(TABLE, 2, new int[] {-1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id -1");
    }
}
