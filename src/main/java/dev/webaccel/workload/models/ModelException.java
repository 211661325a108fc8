package dev.webaccel.workload.models;

/** A model that cannot be built: a config key, a file or an input that does not fit the family. */
public class ModelException extends RuntimeException {
    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
