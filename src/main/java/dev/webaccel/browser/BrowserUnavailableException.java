package dev.webaccel.browser;

/** A browser or its driver is not installed or cannot start here; the message says how to fix it. */
public final class BrowserUnavailableException extends RuntimeException {
    private final Browser browser;

    public BrowserUnavailableException(Browser browser, String message) {
        super(browser.displayName() + " is not available: " + message);
        this.browser = browser;
    }

    public BrowserUnavailableException(Browser browser, String message, Throwable cause) {
        super(browser.displayName() + " is not available: " + message, cause);
        this.browser = browser;
    }

    public Browser browser() {
        return browser;
    }
}
