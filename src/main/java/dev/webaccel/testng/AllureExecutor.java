package dev.webaccel.testng;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * Allure's {@code executor.json}: which build produced the results. The history trend labels each run with its
 * build order: the GitHub Actions run number in CI, else the UTC time as yyyyMMddHHmmss (a number that grows).
 * {@code mvn allure:report} overwrites executor.json with the plugin's {@code executorInfo}, so the same build is
 * also written as {@link #properties()} for scripts/allure-report.sh to pass on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AllureExecutor(String name, String type, String buildName, long buildOrder, String buildUrl,
                             String reportName) {
    private static final DateTimeFormatter ORDER = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    /** @param env environment variables ({@code System::getenv}) */
    public static AllureExecutor of(Function<String, String> env, Instant now) {
        String runNumber = env.apply("GITHUB_RUN_NUMBER");
        if (runNumber != null && runNumber.matches("\\d+")) {
            String server = env.apply("GITHUB_SERVER_URL");
            String repository = env.apply("GITHUB_REPOSITORY");
            String runId = env.apply("GITHUB_RUN_ID");
            String url = server == null || repository == null || runId == null ? null
                    : server + "/" + repository + "/actions/runs/" + runId;
            return new AllureExecutor("webaccel", "maven", "webaccel #" + runNumber, Long.parseLong(runNumber), url,
                    "webaccel");
        }
        return new AllureExecutor("webaccel", "maven", "webaccel " + now.truncatedTo(ChronoUnit.SECONDS),
                Long.parseLong(ORDER.format(now)), null, "webaccel");
    }

    /** buildName, buildOrder and buildUrl (when known) as key=value lines. */
    public String properties() {
        return "buildName=" + buildName + "\nbuildOrder=" + buildOrder + "\n"
                + (buildUrl == null ? "" : "buildUrl=" + buildUrl + "\n");
    }

    public String json() {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
