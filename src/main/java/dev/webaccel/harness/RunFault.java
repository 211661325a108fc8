package dev.webaccel.harness;

/** Why a page run stopped before its {@code done}. */
public enum RunFault {
    /** No {@code done} within {@code run.timeout.s}: the page is stuck (an endless script or shader) or too slow. */
    TIMED_OUT,
    /** The page closed its result channel and did not come back. */
    CHANNEL_LOST,
    /** Every process of the browser exited (killed, crashed). */
    BROWSER_EXITED,
    /** The WebDriver server exited, so the browser can no longer be controlled. */
    DRIVER_EXITED
}
