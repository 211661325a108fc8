package dev.webaccel.workload.models;

/** A config.json that lacks a value the reference needs, or holds it with the wrong type. */
public class ModelConfigException extends RuntimeException {
    public ModelConfigException(String message) {
        super(message);
    }

    public ModelConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
