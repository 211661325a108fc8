package dev.webaccel.reference.models;

/** CLIPConfig: both towers and the shared projection size. */
public record ClipConfig(ClipTextConfig text, ClipVisionConfig vision, int projectionDim) {
}
