package dev.webaccel.testng;

import io.qameta.allure.Allure;
import io.qameta.allure.model.Status;

/** Allure steps and descriptions, so test classes do not import Allure. */
public final class Steps {
    private Steps() {
    }

    /** Runs a check as a named step: its failure marks the step and fails the test. */
    public static void step(String name, Runnable check) {
        Allure.step(name, check::run);
    }

    public static void passed(String name) {
        Allure.step(name, Status.PASSED);
    }

    public static void failed(String name) {
        Allure.step(name, Status.FAILED);
    }

    public static void skipped(String name) {
        Allure.step(name, Status.SKIPPED);
    }

    public static void description(String markdown) {
        Allure.description(markdown);
    }
}
