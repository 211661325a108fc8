package dev.webaccel.harness;

import dev.webaccel.browser.Browser;
import dev.webaccel.protocol.Capabilities;
import dev.webaccel.protocol.LogLine;
import dev.webaccel.protocol.PageError;
import dev.webaccel.results.ResultRecord;
import java.util.List;
import java.util.Optional;

/**
 * Everything one page run sent back, with the outputs already checked against the references, and the result
 * records the harness built from it (one per case, already handed to the suite's sinks).
 *
 * @param browserVersion the version the WebDriver session reports (exact; user agents are often reduced,
 *     e.g. Chrome's "156.0.0.0"), or the user agent's when the session reports none
 */
public record RunResult(Browser browser, String browserVersion, String runId, Capabilities capabilities,
                        String capabilitiesJson, List<CaseOutcome> cases, List<ResultRecord> records,
                        List<LogLine> console, List<PageError> errors, List<String> rejections) {
    public RunResult {
        cases = List.copyOf(cases);
        records = List.copyOf(records);
        console = List.copyOf(console);
        errors = List.copyOf(errors);
        rejections = List.copyOf(rejections);
    }

    public Optional<CaseOutcome> find(String caseId) {
        return cases.stream().filter(c -> c.kernelCase().id().equals(caseId)).findFirst();
    }

    public Optional<ResultRecord> record(String caseId) {
        return records.stream().filter(r -> r.workload().caseId().equals(caseId)).findFirst();
    }

    /** "firefox 153.8.0 on SwiftShader Device (Subzero)": the label every figure of this run carries. */
    public String label() {
        return browser.id() + " " + browserVersion + " on " + capabilities.adapterLabel();
    }
}
