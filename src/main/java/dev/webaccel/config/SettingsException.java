package dev.webaccel.config;

/** A setting has a value webaccel cannot use; the message names the key, the value and what is allowed. */
public final class SettingsException extends IllegalArgumentException {
    public SettingsException(String key, String value, String expected) {
        super("Setting '" + key + "' has value '" + value + "' but must be " + expected
                + ". Fix it with -D" + key + "=... or WEBACCEL_" + key.toUpperCase().replace('.', '_') + "=...");
    }
}
