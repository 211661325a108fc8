package dev.webaccel.workload.models;

/** A safetensors file that cannot be read as one; the message names the file, the tensor and the problem. */
public class SafetensorsException extends RuntimeException {
    public SafetensorsException(String message) {
        super(message);
    }

    public SafetensorsException(String message, Throwable cause) {
        super(message, cause);
    }
}
