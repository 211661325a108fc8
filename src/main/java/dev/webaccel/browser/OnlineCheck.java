package dev.webaccel.browser;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Whether Selenium Manager could download a driver: offline, name resolution fails at once. */
final class OnlineCheck {
    private OnlineCheck() {
    }

    static boolean canReachDriverDownloads() {
        try {
            InetAddress.getByName("storage.googleapis.com");
            return true;
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }
}
