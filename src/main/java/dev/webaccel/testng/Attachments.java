package dev.webaccel.testng;

import io.qameta.allure.Allure;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Thin, named wrappers over Allure's attachment API, so tests read as what they attach. */
public final class Attachments {
    private Attachments() {
    }

    public static void json(String name, String json) {
        Allure.addAttachment(name, "application/json", json, ".json");
    }

    public static void text(String name, String text) {
        Allure.addAttachment(name, "text/plain", text, ".txt");
    }

    public static void markdown(String name, String markdown) {
        Allure.addAttachment(name, "text/markdown", markdown, ".md");
    }

    public static void csv(String name, String csv) {
        Allure.addAttachment(name, "text/csv", csv, ".csv");
    }

    public static void png(String name, byte[] png) {
        Allure.addAttachment(name, "image/png", new ByteArrayInputStream(png), ".png");
    }

    public static void html(String name, String html) {
        Allure.addAttachment(name, "text/html", new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), ".html");
    }
}
