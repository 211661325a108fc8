package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.BrowserSelection;
import dev.webaccel.browser.DriverResolver;
import dev.webaccel.config.Settings;
import org.testng.annotations.Test;

/** The browser suites must run somewhere: with no engine installed, fail and say how to install one. */
@Test(groups = "browser")
public class EnginesPresentIT {

    public void atLeastOneEngineIsSelected() {
        Settings settings = Settings.fromEnvironment();
        BrowserSelection selection = BrowserSelection.parse(settings.browser(), DriverResolver.system(settings)::isInstalled);
        assertThat(selection.browsers())
                .as("-Dbrowser=" + settings.browser() + " selects no browser engine installed here. Install them with:"
                        + " apt-get update && apt-get install -y chromium chromium-driver firefox-esr mesa-vulkan-drivers"
                        + " webkit2gtk-driver xvfb (or choose engines with -Dbrowser=chrome,firefox,webkit)")
                .isNotEmpty();
    }
}
