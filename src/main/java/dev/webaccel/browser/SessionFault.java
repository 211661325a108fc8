package dev.webaccel.browser;

/**
 * A session's driver or browser has exited: the session cannot go on.
 *
 * @param process which one, e.g. "chromedriver pid 4242, exit code 137" or "firefox-esr pid 4250"
 */
public record SessionFault(Kind kind, String process) {
    public enum Kind {
        /** The WebDriver server is gone: the browser can no longer be controlled. */
        DRIVER_EXITED,
        /** Every process the driver started as the browser is gone. */
        BROWSER_EXITED
    }
}
