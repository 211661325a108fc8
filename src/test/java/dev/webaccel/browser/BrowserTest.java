package dev.webaccel.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class BrowserTest {

    public void parsesKnownNamesCaseInsensitively() {
        assertThat(Browser.parse("Firefox")).isEqualTo(Browser.FIREFOX);
        assertThat(Browser.parse(" chromium ")).isEqualTo(Browser.CHROME);
        assertThat(Browser.parse("webkit")).isEqualTo(Browser.WEBKIT);
    }

    public void unknownNamesFailWithTheValidOnes() {
        assertThatThrownBy(() -> Browser.parse("opera"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown browser 'opera'. Use one of chrome, firefox, edge, safari, webkit, or all / available,"
                        + " e.g. -Dbrowser=firefox or -Dbrowser=chrome,webkit");
    }

    public void availableSelectsOnlyInstalledEngines() {
        Set<Browser> installed = EnumSet.of(Browser.FIREFOX, Browser.WEBKIT);
        BrowserSelection selection = BrowserSelection.parse("available", installed::contains);
        assertThat(selection.browsers()).containsExactly(Browser.FIREFOX, Browser.WEBKIT);
        assertThat(selection.explicit()).isFalse();
    }

    public void allSelectsEveryEngineEvenAbsentOnes() {
        assertThat(BrowserSelection.parse("all", b -> false).browsers()).containsExactly(Browser.values());
    }

    public void commaListsKeepOrderAndDropDuplicates() {
        assertThat(BrowserSelection.parse("webkit, chrome,webkit", b -> true).browsers())
                .containsExactly(Browser.WEBKIT, Browser.CHROME);
    }

    public void emptyMeansAvailable() {
        assertThat(BrowserSelection.parse("", b -> b == Browser.CHROME).browsers()).containsExactly(Browser.CHROME);
    }

    public void aTypoInAListFails() {
        assertThatThrownBy(() -> BrowserSelection.parse("chrome,firefx", b -> true)).hasMessageContaining("'firefx'");
    }
}
