package dev.webaccel.server;

import static dev.webaccel.server.RawWebSocket.CONTINUATION;
import static dev.webaccel.server.RawWebSocket.FIN;
import static dev.webaccel.server.RawWebSocket.PING;
import static dev.webaccel.server.RawWebSocket.RSV1;
import static dev.webaccel.server.RawWebSocket.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.channel.Run;
import dev.webaccel.channel.RunLimits;
import dev.webaccel.protocol.Done;
import dev.webaccel.protocol.Hello;
import dev.webaccel.protocol.LogLine;
import dev.webaccel.protocol.ProtocolCodec;
import dev.webaccel.server.FakePage.Closed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.testng.annotations.AfterClass;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/**
 * Hostile input against a running {@link HarnessServer}, at server level (no browser): forged WebSocket upgrades,
 * malformed, oversized and flooding messages, traversal and encoded paths on every route that serves files, and
 * hostile byte ranges. Each test asserts the exact outcome today (status, close code and reason, or the rejection
 * recorded on the run) and that a legitimate run on the same server (for message-level attacks: on the same socket)
 * still completes afterwards with nothing lost.
 *
 * <p>The last section holds the weaknesses this suite found; each failed before its fix.
 */
@Test(groups = "unit")
public class HostileInputTest {
    private static final String SECRET = "SECRET-OUTSIDE-THE-ROOTS";
    private static final String LINKED_SECRET = "SECRET-IN-A-LINKED-DIRECTORY";
    private static final int SMALL_LIMIT = 4096;

    private Path project;
    /** The default codec (64 MiB of text). */
    private HarnessServer server;
    /** A codec limit of 4096 chars, so Jetty's frame limit (twice that, in bytes) is 8192. */
    private HarnessServer small;
    private final List<AutoCloseable> opened = new ArrayList<>();

    @BeforeClass
    public void start() throws IOException {
        project = Files.createTempDirectory("webaccel-hostile-test");
        Files.createDirectories(project.resolve("web-assets/js"));
        Files.createDirectories(project.resolve("wgsl"));
        Files.createDirectories(project.resolve("outside"));
        Files.writeString(project.resolve("web-assets/index.html"), "<p>hi</p>");
        Files.writeString(project.resolve("web-assets/js/a.js"), "export const a = 1;");
        Files.writeString(project.resolve("wgsl/m.wgsl"), "// kernel");
        Files.writeString(project.resolve("secret.txt"), SECRET);
        Files.writeString(project.resolve("outside/inner.txt"), LINKED_SECRET);
        Files.createSymbolicLink(project.resolve("web-assets/link.txt"), project.resolve("secret.txt"));
        Files.createSymbolicLink(project.resolve("web-assets/linked-dir"), project.resolve("outside"));
        Files.createSymbolicLink(project.resolve("wgsl/link.wgsl"), project.resolve("secret.txt"));
        Files.writeString(project.resolve("weights.bin"), "0123456789");
        Files.write(project.resolve("empty.bin"), new byte[0]);
        server = HarnessServer.start(project, "127.0.0.1", 0, new ProtocolCodec());
        small = HarnessServer.start(project, "127.0.0.1", 0, new ProtocolCodec(SMALL_LIMIT));
    }

    @AfterMethod(alwaysRun = true)
    public void closeConnections() throws Exception {
        for (AutoCloseable connection : opened) {
            connection.close();
        }
        opened.clear();
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        for (HarnessServer s : new HarnessServer[] {server, small}) {
            if (s != null) {
                s.close();
            }
        }
    }

    private <T extends AutoCloseable> T opened(T connection) {
        opened.add(connection);
        return connection;
    }

    private <T extends AutoCloseable> List<T> openedAll(List<T> connections) {
        opened.addAll(connections);
        return connections;
    }

    private FakePage pageOf(Run run) throws Exception {
        return opened(FakePage.connectAndAwaitPlan(server, run));
    }

    /** The run holds exactly the legitimate hello + done of {@link FakePage#finishRun}. */
    private static void assertOnlyLegitimateMessages(Run run) {
        assertThat(run.messages()).containsExactly(new Hello(run.id(), "fake-page"), new Done(run.id(), 0));
    }

    /** A fresh legitimate run on {@code on} completes with nothing refused. */
    private static void assertALegitimateRunCompletes(HarnessServer on) throws Exception {
        Run run = FakePage.playLegitimateRun(on);
        assertOnlyLegitimateMessages(run);
        assertThat(run.rejections()).isEmpty();
    }

    /** The page of {@code run} can still connect, get its plan and complete. */
    private void assertThePageCanStillComplete(Run run) throws Exception {
        FakePage page = pageOf(run);
        assertThat(page.texts()).containsExactly(run.planJson());
        page.finishRun(run);
        assertOnlyLegitimateMessages(run);
        assertThat(run.rejections()).isEmpty();
    }

    /** GETs a raw path: it has the status and nothing from outside the roots appears in the answer. */
    private void assertNotServed(String rawPath, int status, String... headers) throws IOException {
        RawHttp.Response response = RawHttp.get(server.port(), rawPath, headers);
        assertThat(response.status()).as(rawPath + " -> " + response.statusLine()).isEqualTo(status);
        assertThat(response.body()).as(rawPath).doesNotContain(SECRET).doesNotContain(LINKED_SECRET)
                .doesNotContain("root:").doesNotContain("0123456789");
    }

    /** A Range request on the run's file {@code name} of {@code size} bytes is answered 416 with the size. */
    private void assertUnsatisfiable(Run run, String name, String range, int size) throws IOException {
        RawHttp.Response response = RawHttp.get(server.port(), "/runs/" + run.id() + "/files/" + name, tokenHeader(run),
                "Range: " + range);
        assertThat(response.status()).as(range).isEqualTo(416);
        assertThat(response.header("Content-Range")).as(range).isEqualTo("bytes */" + size);
        assertThat(response.body()).as(range).isEqualTo("Range not satisfiable: " + range);
    }

    private static String query(Run run) {
        return "run=" + run.id() + "&token=" + run.token();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String tokenHeader(Run run) {
        return HarnessServer.TOKEN_HEADER + ": " + run.token();
    }

    private String rangeOfWeights(Run run) {
        return "/runs/" + run.id() + "/files/weights";
    }

    private Run runWithInputs() {
        return FakePage.newRun(server, Map.of("case.a", "BLOB".getBytes(StandardCharsets.US_ASCII)),
                Map.of("weights", project.resolve("weights.bin"), "empty", project.resolve("empty.bin")));
    }

    // ---------------------------------------------------------------- WebSocket upgrades

    public void upgradeWithoutATokenIsClosedBeforeThePlan() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage attacker = opened(FakePage.connect(server, "run=" + run.id()));

        assertThat(attacker.awaitClose()).isEqualTo(new Closed(1008, "wrong token for run " + run.id()));
        assertThat(attacker.texts()).isEmpty();
        assertThePageCanStillComplete(run);
    }

    public void upgradeWithAWrongTokenIsClosedBeforeThePlan() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage attacker = opened(FakePage.connect(server, "run=" + run.id() + "&token=0123456789abcdef0123456789abcdef"));

        assertThat(attacker.awaitClose()).isEqualTo(new Closed(1008, "wrong token for run " + run.id()));
        assertThat(attacker.texts()).isEmpty();
        assertThePageCanStillComplete(run);
    }

    public void upgradeWithATruncatedOrExtendedTokenIsClosed() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage truncated = opened(FakePage.connect(server, "run=" + run.id() + "&token=" + run.token().substring(1)));
        FakePage extended = opened(FakePage.connect(server, "run=" + run.id() + "&token=" + run.token() + "0"));

        assertThat(truncated.awaitClose()).isEqualTo(new Closed(1008, "wrong token for run " + run.id()));
        assertThat(extended.awaitClose()).isEqualTo(new Closed(1008, "wrong token for run " + run.id()));
        assertThePageCanStillComplete(run);
    }

    public void upgradeWithTheTokenOfAnotherRunIsClosed() throws Exception {
        Run run = FakePage.newRun(server);
        Run other = FakePage.newRun(server);
        FakePage attacker = opened(FakePage.connect(server, "run=" + run.id() + "&token=" + other.token()));

        assertThat(attacker.awaitClose()).isEqualTo(new Closed(1008, "wrong token for run " + run.id()));
        assertThat(attacker.texts()).isEmpty();
        assertThePageCanStillComplete(run);
        assertThePageCanStillComplete(other);
    }

    public void upgradeWithoutARunIsClosed() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage noQuery = opened(FakePage.connect(server, ""));
        FakePage tokenOnly = opened(FakePage.connect(server, "token=" + run.token()));

        assertThat(noQuery.awaitClose()).isEqualTo(new Closed(1008, "unknown run id 'null'"));
        assertThat(tokenOnly.awaitClose()).isEqualTo(new Closed(1008, "unknown run id 'null'"));
        assertThat(tokenOnly.texts()).isEmpty();
        assertThePageCanStillComplete(run);
    }

    public void upgradeForAnUnknownRunIsClosed() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage unknown = opened(FakePage.connect(server, "run=deadbeefdeadbeef&token=" + run.token()));
        FakePage upperCased = opened(FakePage.connect(server, "run=" + run.id().toUpperCase() + "&token=" + run.token()));

        assertThat(unknown.awaitClose()).isEqualTo(new Closed(1008, "unknown run id 'deadbeefdeadbeef'"));
        assertThat(upperCased.awaitClose()).isEqualTo(new Closed(1008, "unknown run id '" + run.id().toUpperCase() + "'"));
        assertThePageCanStillComplete(run);
    }

    public void repeatedQueryParametersUseTheFirstAndAreClosed() throws Exception {
        Run run = FakePage.newRun(server);
        Run other = FakePage.newRun(server);
        FakePage twoRuns = opened(FakePage.connect(server, "run=" + other.id() + "&run=" + run.id() + "&token=" + run.token()));
        FakePage twoTokens = opened(FakePage.connect(server, "run=" + run.id() + "&token=wrong&token=" + run.token()));

        assertThat(twoRuns.awaitClose()).isEqualTo(new Closed(1008, "wrong token for run " + other.id()));
        assertThat(twoTokens.awaitClose()).isEqualTo(new Closed(1008, "wrong token for run " + run.id()));
        assertThePageCanStillComplete(run);
    }

    public void aSecondConnectionWhileThePageIsConnectedIsClosedAndThePageGoesOn() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);
        FakePage replay = opened(FakePage.connect(server, run));

        assertThat(replay.awaitClose()).isEqualTo(new Closed(1013, "run " + run.id() + " already has a page connected"));
        assertThat(replay.texts()).isEmpty();
        page.finishRun(run);
        assertOnlyLegitimateMessages(run);
        assertThat(run.rejections()).isEmpty();
    }

    public void aPlainGetOnTheChannelIsNotFound() throws Exception {
        Run run = FakePage.newRun(server);

        assertNotServed("/ws?run=" + run.id() + "&token=" + run.token(), 404);
        assertThePageCanStillComplete(run);
    }

    // ---------------------------------------------------------------- messages

    public void aMessageNamingAnotherRunIsRecordedOnlyOnTheRunItArrivedOn() throws Exception {
        Run victim = FakePage.newRun(server);
        Run attacker = FakePage.newRun(server);
        FakePage attackerPage = pageOf(attacker);
        FakePage victimPage = pageOf(victim);

        attackerPage.send(FakePage.done(victim.id(), 99)).send(FakePage.log(victim.id(), "forged")).finishRun(attacker);
        victimPage.finishRun(victim);

        assertThat(attacker.rejections()).containsExactly(
                "message claims run '" + victim.id() + "' but arrived on run " + attacker.id(),
                "message claims run '" + victim.id() + "' but arrived on run " + attacker.id());
        assertOnlyLegitimateMessages(attacker);
        assertOnlyLegitimateMessages(victim);
        assertThat(victim.rejections()).isEmpty();
    }

    public void aMessageWithoutItsRunIsRefused() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);

        page.send("{\"v\":1,\"type\":\"hello\"}")
                .send("{\"v\":1,\"type\":\"log\",\"run\":\"\",\"text\":\"x\"}")
                .send("{\"v\":1,\"type\":\"done\",\"run\":null,\"casesRun\":0}")
                .finishRun(run);

        assertThat(run.rejections()).containsExactly(
                "invalid 'hello' message: field 'run' is missing or empty",
                "invalid 'log' message: field 'run' is missing or empty",
                "invalid 'done' message: field 'run' is missing or empty");
        assertOnlyLegitimateMessages(run);
    }

    public void notJsonIsRefused() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);

        page.send("this is not json").finishRun(run);

        assertThat(run.rejections()).containsExactly("not valid JSON: Unrecognized token 'this': was expecting"
                + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
        assertOnlyLegitimateMessages(run);
    }

    public void jsonThatIsNotAnObjectIsRefused() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);

        page.sendAll(List.of("[1,2]", "\"hello\"", "42", "null", "true", "   ")).finishRun(run);

        assertThat(run.rejections()).containsExactly("message is not a JSON object", "message is not a JSON object",
                "message is not a JSON object", "message is not a JSON object", "message is not a JSON object",
                "message is not a JSON object");
        assertOnlyLegitimateMessages(run);
    }

    public void anEmptyMessageIsRefused() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);

        page.send("").finishRun(run);

        assertThat(run.rejections()).containsExactly("empty message");
        assertOnlyLegitimateMessages(run);
    }

    public void anUnknownVersionIsRefused() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);

        page.send("{\"v\":2,\"type\":\"hello\",\"run\":\"" + run.id() + "\"}").finishRun(run);

        assertThat(run.rejections()).containsExactly("unsupported protocol version 2 (this build speaks v1)");
        assertOnlyLegitimateMessages(run);
    }

    public void aMissingVersionIsRefused() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);

        page.send("{\"type\":\"hello\",\"run\":\"" + run.id() + "\"}").send("{}").finishRun(run);

        assertThat(run.rejections()).containsExactly("unsupported protocol version null (this build speaks v1)",
                "unsupported protocol version null (this build speaks v1)");
        assertOnlyLegitimateMessages(run);
    }

    public void aVersionOfTheWrongTypeIsRefused() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);

        page.send("{\"v\":\"1\",\"type\":\"hello\",\"run\":\"" + run.id() + "\"}")
                .send("{\"v\":1.0,\"type\":\"hello\",\"run\":\"" + run.id() + "\"}")
                .send("{\"v\":true,\"type\":\"hello\",\"run\":\"" + run.id() + "\"}")
                .finishRun(run);

        assertThat(run.rejections()).containsExactly("unsupported protocol version \"1\" (this build speaks v1)",
                "unsupported protocol version 1.0 (this build speaks v1)",
                "unsupported protocol version true (this build speaks v1)");
        assertOnlyLegitimateMessages(run);
    }

    public void anUnknownOrMissingTypeIsRefused() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);

        page.send("{\"v\":1,\"type\":\"verdict\",\"run\":\"" + run.id() + "\"}")
                .send("{\"v\":1,\"type\":\"plan\",\"run\":\"" + run.id() + "\"}")
                .send("{\"v\":1,\"run\":\"" + run.id() + "\"}")
                .finishRun(run);

        assertThat(run.rejections()).containsExactly("unknown message type 'verdict'", "unknown message type 'plan'",
                "unknown message type ''");
        assertOnlyLegitimateMessages(run);
    }

    public void aFieldOfTheWrongTypeIsRefused() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);

        page.send("{\"v\":1,\"type\":\"done\",\"run\":\"" + run.id() + "\",\"casesRun\":\"lots\"}")
                .send("{\"v\":1,\"type\":\"done\",\"run\":\"" + run.id() + "\",\"casesRun\":true}")
                .send("{\"v\":1,\"type\":\"done\",\"run\":\"" + run.id() + "\",\"casesRun\":[1]}")
                .send("{\"v\":1,\"type\":\"hello\",\"run\":{\"id\":\"" + run.id() + "\"}}")
                .finishRun(run);

        assertThat(run.rejections()).containsExactly(
                "invalid 'done' message: Cannot coerce String value (\"lots\") to `int` value (but might if coercion using `CoercionConfig` was enabled)",
                "invalid 'done' message: Cannot deserialize value of type `int` from Boolean value (token `JsonToken.VALUE_TRUE`)",
                "invalid 'done' message: Cannot deserialize value of type `int` from Array value (token `JsonToken.START_ARRAY`)",
                "invalid 'hello' message: Cannot deserialize value of type `java.lang.String` from Object value"
                        + " (token `JsonToken.START_OBJECT`)");
        assertOnlyLegitimateMessages(run);
    }

    public void aMissingOrNullPrimitiveIsRefused() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);

        page.send("{\"v\":1,\"type\":\"done\",\"run\":\"" + run.id() + "\",\"casesRun\":null}")
                .send("{\"v\":1,\"type\":\"done\",\"run\":\"" + run.id() + "\"}")
                .finishRun(run);

        assertThat(run.rejections()).containsExactly(
                "invalid 'done' message: Cannot map `null` into type `int` (set"
                        + " DeserializationConfig.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES to 'false' to allow)",
                "invalid 'done' message: Cannot map `null` into type `int` (set"
                        + " DeserializationConfig.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES to 'false' to allow)");
        assertOnlyLegitimateMessages(run);
    }

    public void anOutOfRangeIntegerIsRefused() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);

        page.send("{\"v\":1,\"type\":\"done\",\"run\":\"" + run.id() + "\",\"casesRun\":99999999999}").finishRun(run);

        assertThat(run.rejections()).containsExactly(
                "invalid 'done' message: Numeric value (99999999999) out of range of int (-2147483648 - 2147483647)");
        assertOnlyLegitimateMessages(run);
    }

    public void anUnknownEnumSpellingIsRefused() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);

        page.send("{\"v\":1,\"type\":\"sample\",\"run\":\"" + run.id()
                + "\",\"caseId\":\"c\",\"phase\":\"bogus\",\"index\":0,\"wallMs\":1.0}").finishRun(run);

        assertThat(run.rejections()).containsExactly(
                "invalid 'sample' message for case 'c': field 'phase' must be one of cold, warmup, timed; was 'bogus'");
        assertOnlyLegitimateMessages(run);
    }

    public void nanAndInfinityLiteralsAreNotJson() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);
        String sample = "{\"v\":1,\"type\":\"sample\",\"run\":\"" + run.id() + "\",\"caseId\":\"c\",\"phase\":\"timed\","
                + "\"index\":0,\"wallMs\":";

        page.send(sample + "NaN}").send(sample + "Infinity}").send(sample + "-Infinity}").finishRun(run);

        assertThat(run.rejections()).containsExactly(
                "not valid JSON: Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow",
                "not valid JSON: Non-standard token 'Infinity': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow",
                "not valid JSON: Non-standard token '-Infinity': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow");
        assertOnlyLegitimateMessages(run);
    }

    public void nonFiniteOrNegativeTimesSpelledOtherwiseAreRefusedByTheFieldChecks() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);
        String sample = "{\"v\":1,\"type\":\"sample\",\"run\":\"" + run.id() + "\",\"caseId\":\"c\",\"phase\":\"timed\","
                + "\"index\":0,";

        page.send(sample + "\"wallMs\":\"NaN\"}")
                .send(sample + "\"wallMs\":1e999}")
                .send(sample + "\"wallMs\":1.0,\"gpuMs\":\"Infinity\"}")
                .send(sample + "\"wallMs\":-1}")
                .finishRun(run);

        assertThat(run.rejections()).containsExactly(
                "invalid 'sample' message for case 'c': field 'wallMs' must be a finite number >= 0, was NaN",
                "invalid 'sample' message for case 'c': field 'wallMs' must be a finite number >= 0, was Infinity",
                "invalid 'sample' message for case 'c': field 'gpuMs' must be a finite number >= 0, was Infinity",
                "invalid 'sample' message for case 'c': field 'wallMs' must be a finite number >= 0, was -1.0");
        assertOnlyLegitimateMessages(run);
    }

    public void deeplyNestedArraysAreRefusedAtTheNestingLimit() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);

        page.send("{\"v\":1,\"type\":\"log\",\"run\":\"" + run.id() + "\",\"text\":"
                + "[".repeat(100_000) + "]".repeat(100_000) + "}").finishRun(run);

        assertThat(run.rejections()).containsExactly("not valid JSON: Document nesting depth (1001) exceeds the maximum"
                + " allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)");
        assertOnlyLegitimateMessages(run);
    }

    public void deeplyNestedObjectsAreRefusedAtTheNestingLimit() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);

        page.send("{\"v\":1,\"type\":\"log\",\"run\":\"" + run.id() + "\",\"text\":"
                + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "}").finishRun(run);

        assertThat(run.rejections()).containsExactly("not valid JSON: Document nesting depth (1001) exceeds the maximum"
                + " allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)");
        assertOnlyLegitimateMessages(run);
    }

    public void overlongNumbersAndFieldNamesAreRefusedByTheParserLimits() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);

        page.send("{\"v\":1,\"type\":\"done\",\"run\":\"" + run.id() + "\",\"casesRun\":1" + "0".repeat(2000) + "}")
                .send("{\"" + "k".repeat(60_000) + "\":1,\"v\":1,\"type\":\"log\",\"run\":\"" + run.id() + "\"}")
                .finishRun(run);

        assertThat(run.rejections()).hasSize(2);
        assertThat(run.rejections().get(0)).isEqualTo("not valid JSON: Number value length (2001) exceeds the maximum"
                + " allowed (1000, from `StreamReadConstraints.getMaxNumberLength()`)");
        assertThat(run.rejections().get(1)).matches("not valid JSON: Name length \\(\\d+\\) exceeds the maximum allowed"
                + " \\(50000, from `StreamReadConstraints.getMaxNameLength\\(\\)`\\)");
        assertOnlyLegitimateMessages(run);
    }

    public void malformedStringsAreRefused() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);
        String log = "{\"v\":1,\"type\":\"log\",\"run\":\"" + run.id() + "\",\"text\":\"";

        page.send(log + "a\u0000b\"}").send(log + "bad escape \\q\"}").send(log + "unterminated").finishRun(run);

        assertThat(run.rejections()).containsExactly(
                "not valid JSON: Illegal unquoted character ((CTRL-CHAR, code 0)): has to be escaped using backslash"
                        + " to be included in string value",
                "not valid JSON: Unrecognized character escape 'q' (code 113)",
                "not valid JSON: Unexpected end-of-input: was expecting closing quote for a string value");
        assertOnlyLegitimateMessages(run);
    }

    // ---------------------------------------------------------------- sizes

    public void aMessageOverTheCodecLimitIsRefusedWithItsSizeAndTheSocketGoesOn() throws Exception {
        Run run = FakePage.newRun(small);
        FakePage page = opened(FakePage.connectAndAwaitPlan(small, run));
        String oversized = FakePage.log(run.id(), "x".repeat(5000));

        page.send(oversized).finishRun(run);

        assertThat(run.rejections()).containsExactly(
                "message of " + oversized.length() + " chars exceeds the limit of " + SMALL_LIMIT);
        assertOnlyLegitimateMessages(run);
        assertThat(page.closed()).isEmpty();
    }

    public void aMessageOverTheFrameLimitClosesTheSocketWith1009AndTheServerGoesOn() throws Exception {
        Run run = FakePage.newRun(small);
        FakePage page = opened(FakePage.connectAndAwaitPlan(small, run));

        page.send(FakePage.log(run.id(), "x".repeat(13_000)));

        assertThat(page.awaitClose().status()).isEqualTo(1009);
        assertThat(page.awaitClose().reason()).matches("Text message too large: [\\d,]+ > 12,288");
        assertThat(FakePage.awaitDisconnect(run)).matches("closed with status 1009 Text message too large: [\\d,]+ > 12,288");
        assertThat(run.messages()).isEmpty();
        assertThat(run.rejections()).isEmpty();
        assertALegitimateRunCompletes(small);
    }

    public void fragmentsOverTheFrameLimitAreCountedTogether() throws Exception {
        Run run = FakePage.newRun(small);
        FakePage page = opened(FakePage.connectAndAwaitPlan(small, run));

        page.sendFragmented(FakePage.log(run.id(), "x".repeat(13_000)), 100);

        assertThat(page.awaitClose().status()).isEqualTo(1009);
        assertThat(page.awaitClose().reason()).matches("Text message too large: [\\d,]+ > 12,288");
        assertThat(run.messages()).isEmpty();
        assertALegitimateRunCompletes(small);
    }

    public void aMessageInManyFragmentsIsReassembledIntoOne() throws Exception {
        Run run = FakePage.newRun(small);
        FakePage page = opened(FakePage.connectAndAwaitPlan(small, run));

        page.sendFragmented(FakePage.log(run.id(), "y".repeat(3000)), 300).finishRun(run);

        assertThat(run.messages()).containsExactly(new LogLine(run.id(), "info", "y".repeat(3000)),
                new Hello(run.id(), "fake-page"), new Done(run.id(), 0));
        assertThat(run.rejections()).isEmpty();
    }

    public void aSixteenMegabyteMessageIsAccepted() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);
        String text = "z".repeat(16 * 1024 * 1024);

        page.send(FakePage.log(run.id(), text)).finishRun(run);

        assertThat(run.messages()).containsExactly(new LogLine(run.id(), "info", text),
                new Hello(run.id(), "fake-page"), new Done(run.id(), 0));
        assertThat(run.rejections()).isEmpty();
    }

    public void aSeventyMegabyteMessageIsRefusedWithItsSizeAndTheSocketGoesOn() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);
        String oversized = FakePage.log(run.id(), "z".repeat(70 * 1024 * 1024));

        page.send(oversized).finishRun(run);

        assertThat(run.rejections()).containsExactly(
                "message of " + oversized.length() + " chars exceeds the limit of " + ProtocolCodec.DEFAULT_MAX_CHARS);
        assertOnlyLegitimateMessages(run);
        assertThat(page.closed()).isEmpty();
        assertALegitimateRunCompletes(server);
    }

    // ---------------------------------------------------------------- binary frames

    public void aBinaryMessageOverJettysDefaultLimitClosesTheSocketWith1009() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);

        page.sendBinaryTheServerMayCutOff(new byte[200_000]);

        assertThat(page.awaitClose().status()).isEqualTo(1009);
        assertThat(page.awaitClose().reason()).matches("Binary message too large: [\\d,]+ > 65,536");
        assertThat(run.messages()).isEmpty();
        assertThat(run.rejections()).isEmpty();
        assertALegitimateRunCompletes(server);
    }

    // ---------------------------------------------------------------- frames a client library would not send

    public void aFrameWithAReservedBitClosesTheSocketWith1002() throws Exception {
        Run run = FakePage.newRun(server);
        RawWebSocket page = opened(RawWebSocket.open(server.port(), query(run)));

        page.sendText(FakePage.hello(run.id())).sendFrame(FIN | RSV1 | TEXT, utf8(FakePage.done(run.id(), 0)), true);

        assertThat(page.awaitClose()).isEqualTo(new Closed(1002, "RSV1 not allowed to be set"));
        assertThat(page.texts()).containsExactly(run.planJson());
        assertThat(FakePage.awaitDisconnect(run)).isEqualTo("closed with status 1002 RSV1 not allowed to be set");
        assertThat(run.messages()).containsExactly(new Hello(run.id(), "fake-page"));
        assertALegitimateRunCompletes(server);
    }

    public void anUnknownOpcodeClosesTheSocketWith1002() throws Exception {
        Run run = FakePage.newRun(server);
        RawWebSocket page = opened(RawWebSocket.open(server.port(), query(run)));

        page.sendText(FakePage.hello(run.id())).sendFrame(FIN | 0x3, utf8(FakePage.done(run.id(), 0)), true);

        assertThat(page.awaitClose()).isEqualTo(new Closed(1002, "Unknown opcode: 3"));
        assertThat(run.messages()).containsExactly(new Hello(run.id(), "fake-page"));
        assertALegitimateRunCompletes(server);
    }

    public void anUnmaskedClientFrameClosesTheSocketWith1002() throws Exception {
        Run run = FakePage.newRun(server);
        RawWebSocket page = opened(RawWebSocket.open(server.port(), query(run)));

        page.sendText(FakePage.hello(run.id())).sendFrame(FIN | TEXT, utf8(FakePage.done(run.id(), 0)), false);

        assertThat(page.awaitClose()).isEqualTo(new Closed(1002, "Client MUST mask all frames (RFC-6455: Section 5.1)"));
        assertThat(run.messages()).containsExactly(new Hello(run.id(), "fake-page"));
        assertALegitimateRunCompletes(server);
    }

    public void aContinuationWithoutAStartClosesTheSocketWith1002() throws Exception {
        Run run = FakePage.newRun(server);
        RawWebSocket page = opened(RawWebSocket.open(server.port(), query(run)));

        page.sendText(FakePage.hello(run.id())).sendFrame(FIN | CONTINUATION, utf8(FakePage.done(run.id(), 0)), true);

        assertThat(page.awaitClose()).isEqualTo(new Closed(1002, "CONTINUATION after fin==true"));
        assertThat(run.messages()).containsExactly(new Hello(run.id(), "fake-page"));
        assertALegitimateRunCompletes(server);
    }

    public void aNewMessageInsideAFragmentedOneClosesTheSocketWith1002() throws Exception {
        Run run = FakePage.newRun(server);
        RawWebSocket page = opened(RawWebSocket.open(server.port(), query(run)));

        page.sendText(FakePage.hello(run.id())).sendFrame(TEXT, utf8("{\"v\":1,"), true)
                .sendFrame(FIN | TEXT, utf8(FakePage.done(run.id(), 0)), true);

        assertThat(page.awaitClose()).isEqualTo(new Closed(1002, "DataFrame before fin==true"));
        assertThat(run.messages()).containsExactly(new Hello(run.id(), "fake-page"));
        assertALegitimateRunCompletes(server);
    }

    public void invalidUtf8ClosesTheSocketWith1007() throws Exception {
        Run run = FakePage.newRun(server);
        RawWebSocket page = opened(RawWebSocket.open(server.port(), query(run)));

        page.sendText(FakePage.hello(run.id())).sendFrame(FIN | TEXT, new byte[] {'{', '"', (byte) 0xc3, 0x28, '"', '}'}, true);

        assertThat(page.awaitClose()).isEqualTo(new Closed(1007, "Invalid UTF-8"));
        assertThat(run.messages()).containsExactly(new Hello(run.id(), "fake-page"));
        assertThat(run.rejections()).isEmpty();
        assertALegitimateRunCompletes(server);
    }

    public void anOversizedOrFragmentedControlFrameClosesTheSocketWith1002() throws Exception {
        Run run = FakePage.newRun(server);
        Run other = FakePage.newRun(server);
        RawWebSocket bigPing = opened(RawWebSocket.open(server.port(), query(run)));
        RawWebSocket fragmentedPing = opened(RawWebSocket.open(server.port(), query(other)));

        bigPing.sendFrame(FIN | PING, new byte[126], true);
        fragmentedPing.sendFrame(PING, new byte[4], true);

        assertThat(bigPing.awaitClose()).isEqualTo(new Closed(1002, "Invalid control frame payload length, [126] cannot exceed [125]"));
        assertThat(fragmentedPing.awaitClose()).isEqualTo(new Closed(1002, "Fragmented Control Frame [PING]"));
        assertALegitimateRunCompletes(server);
    }

    public void aFrameClaimingAHugeLengthClosesTheSocketWith1009() throws Exception {
        Run run = FakePage.newRun(server);
        RawWebSocket page = opened(RawWebSocket.open(server.port(), query(run)));

        page.sendText(FakePage.hello(run.id())).sendHeaderOnly(FIN | TEXT, Long.MAX_VALUE);

        assertThat(page.awaitClose()).isEqualTo(new Closed(1009, "Frame payload exceeded integer max value"));
        assertThat(run.messages()).containsExactly(new Hello(run.id(), "fake-page"));
        assertALegitimateRunCompletes(server);
    }

    // ---------------------------------------------------------------- floods and crowds

    public void aFloodOfTwentyThousandLogLinesIsKeptUpToTheLimitAndCountedWithNoneLost() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);
        List<String> texts = IntStream.range(0, 20_000).mapToObj(i -> "line " + i).toList();
        int kept = RunLimits.DEFAULT.maxLogLines();
        long started = System.nanoTime();

        page.sendAll(texts.stream().map(text -> FakePage.log(run.id(), text)).toList()).finishRun(run);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(run.messagesOf(LogLine.class)).extracting(LogLine::text).containsExactlyElementsOf(texts.subList(0, kept));
        assertThat(run.refusedCount()).as("every line beyond the limit is counted").isEqualTo(20_000 - kept);
        assertThat(run.rejections()).first().asString()
                .isEqualTo("run " + run.id() + " has reached its " + kept + " log lines; a LogLine was dropped (1 so far)");
        assertThat(run.messages().subList(kept, kept + 2))
                .containsExactly(new Hello(run.id(), "fake-page"), new Done(run.id(), 0));
    }

    public void fiftyRefusedSocketsAndFiftyStalledUpgradesDoNotStopALegitimateRun() throws Exception {
        Run run = FakePage.newRun(server);
        openedAll(RawHttp.openStalled(server.port(), "GET /ws?run=" + run.id()
                + "&token=wrong HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n", 50));
        List<FakePage> refused = openedAll(FakePage.connectMany(server, 50, "run=" + run.id() + "&token=wrong"));
        List<FakePage> anonymous = openedAll(FakePage.connectMany(server, 50, ""));

        assertThePageCanStillComplete(run);
        assertThat(refused).allSatisfy(page ->
                assertThat(page.awaitClose()).isEqualTo(new Closed(1008, "wrong token for run " + run.id())));
        assertThat(anonymous).allSatisfy(page ->
                assertThat(page.awaitClose()).isEqualTo(new Closed(1008, "unknown run id 'null'")));
        assertThat(RawHttp.get(server.port(), "/index.html").body()).isEqualTo("<p>hi</p>");
    }

    // ---------------------------------------------------------------- static roots

    public void traversalOnTheWebAssetsRootIsRefused() throws Exception {
        assertNotServed("/../secret.txt", 400);
        assertNotServed("/%2e%2e/secret.txt", 400);
        assertNotServed("/%2E%2E/secret.txt", 400);
        assertNotServed("/js/%2e%2e/%2e%2e/secret.txt", 400);
        assertNotServed("/js/%2e%2e/index.html", 404);
        assertNotServed("/js/../index.html", 404);
        assertNotServed("/..%2fsecret.txt", 404);
        assertNotServed("/js%2fa.js", 404);
        assertNotServed("/secret.txt", 404);
        assertThat(RawHttp.get(server.port(), "/index.html").body()).isEqualTo("<p>hi</p>");
        assertALegitimateRunCompletes(server);
    }

    public void doubleEncodingOnTheWebAssetsRootIsRefused() throws Exception {
        assertNotServed("/%252e%252e/secret.txt", 404);
        assertNotServed("/%252e%252e%252fsecret.txt", 404);
        assertNotServed("/js/%252e%252e/%252e%252e/secret.txt", 404);
        assertNotServed("/%25252e%25252e/secret.txt", 404);
        assertALegitimateRunCompletes(server);
    }

    public void backslashesAndNulOnTheWebAssetsRootAreRefused() throws Exception {
        assertNotServed("/..%5csecret.txt", 404);
        assertNotServed("/%5c..%5csecret.txt", 404);
        assertNotServed("/..\\secret.txt", 404);
        assertNotServed("/js\\a.js", 404);
        assertNotServed("/index.html%00", 400);
        assertNotServed("/secret.txt%00.html", 400);
        assertALegitimateRunCompletes(server);
    }

    public void traversalOnTheWgslRootIsRefused() throws Exception {
        assertNotServed("/wgsl/../secret.txt", 404);
        assertNotServed("/wgsl/../../secret.txt", 400);
        assertNotServed("/wgsl/%2e%2e/secret.txt", 404);
        assertNotServed("/wgsl/%2e%2e/%2e%2e/secret.txt", 400);
        assertNotServed("/wgsl/%252e%252e/secret.txt", 404);
        assertNotServed("/wgsl/%252e%252e/%252e%252e/secret.txt", 404);
        assertNotServed("/wgsl/..%5csecret.txt", 404);
        assertNotServed("/wgsl/..\\secret.txt", 404);
        assertNotServed("/wgsl/m.wgsl%00", 400);
        assertNotServed("/wgsl/..%2fweb-assets%2findex.html", 404);
        assertThat(RawHttp.get(server.port(), "/wgsl/m.wgsl").body()).isEqualTo("// kernel");
        assertALegitimateRunCompletes(server);
    }

    public void absolutePathsAreRefusedOnBothRoots() throws Exception {
        assertNotServed("/etc/passwd", 404);
        assertNotServed("//etc/passwd", 404);
        assertNotServed("/%2fetc%2fpasswd", 404);
        assertNotServed("/wgsl//etc/passwd", 404);
        assertNotServed("/wgsl/%2fetc%2fpasswd", 404);
        assertNotServed("/" + project.resolve("secret.txt"), 404);
        assertNotServed("/wgsl/" + project.resolve("secret.txt"), 404);
        assertALegitimateRunCompletes(server);
    }

    public void symlinksOutOfTheRootsAreNotFollowed() throws Exception {
        assertNotServed("/link.txt", 404);
        assertNotServed("/linked-dir/inner.txt", 404);
        assertNotServed("/wgsl/link.wgsl", 404);
        assertThat(Files.readString(project.resolve("web-assets/link.txt"))).isEqualTo(SECRET);
        assertALegitimateRunCompletes(server);
    }

    public void noListingOfAnyDirectory() throws Exception {
        assertNotServed("/js/", 404);
        assertNotServed("/js", 404);
        assertNotServed("/wgsl/", 404);
        assertNotServed("/wgsl", 404);
        assertNotServed("/linked-dir/", 404);
        assertALegitimateRunCompletes(server);
    }

    // ---------------------------------------------------------------- run blobs and files

    public void blobsAndFilesNeedTheirOwnRunsToken() throws Exception {
        Run run = runWithInputs();
        Run other = FakePage.newRun(server);

        assertNotServed("/runs/" + run.id() + "/blobs/case.a", 404);
        assertNotServed("/runs/" + run.id() + "/blobs/case.a", 404, HarnessServer.TOKEN_HEADER + ": guess");
        assertNotServed("/runs/" + run.id() + "/blobs/case.a", 404, tokenHeader(other));
        assertNotServed("/runs/" + run.id() + "/blobs/case.a?token=" + run.token(), 404);
        assertNotServed("/runs/deadbeefdeadbeef/blobs/case.a", 404, tokenHeader(run));
        assertNotServed("/runs/" + run.id() + "/files/weights", 404);
        assertNotServed("/runs/" + run.id() + "/files/weights", 404, tokenHeader(other));
        assertNotServed("/runs/" + other.id() + "/files/weights", 404, tokenHeader(other));
        assertThat(RawHttp.get(server.port(), "/runs/" + run.id() + "/blobs/case.a", tokenHeader(run)).body()).isEqualTo("BLOB");
        assertThat(RawHttp.get(server.port(), "/runs/" + run.id() + "/files/weights", tokenHeader(run)).body())
                .isEqualTo("0123456789");
        assertThePageCanStillComplete(run);
    }

    public void traversalInBlobNamesIsRefusedEvenWithTheToken() throws Exception {
        Run run = runWithInputs();
        String blobs = "/runs/" + run.id() + "/blobs/";
        String token = tokenHeader(run);

        assertNotServed(blobs + "..%2f..%2f..%2fsecret.txt", 404, token);
        assertNotServed(blobs + "../../../secret.txt", 404, token);
        assertNotServed(blobs + "../../../../secret.txt", 400, token);
        assertNotServed(blobs + "%2e%2e", 404, token);
        assertNotServed(blobs + "%252e%252e%252fsecret.txt", 404, token);
        assertNotServed(blobs + "..%5c..%5csecret.txt", 404, token);
        assertNotServed(blobs + "case.a%00", 400, token);
        assertNotServed(blobs + "%2Fetc%2Fpasswd", 404, token);
        assertNotServed(blobs + "/etc/passwd", 404, token);
        assertNotServed(blobs + project.resolve("secret.txt"), 404, token);
        assertThePageCanStillComplete(run);
    }

    public void traversalInFileNamesIsRefusedEvenWithTheToken() throws Exception {
        Run run = runWithInputs();
        String files = "/runs/" + run.id() + "/files/";
        String token = tokenHeader(run);

        assertNotServed(files + "..%2f..%2f..%2fsecret.txt", 404, token);
        assertNotServed(files + "%2e%2e%2fweights.bin", 404, token);
        assertNotServed(files + "../../../secret.txt", 404, token);
        assertNotServed(files + "../../../../secret.txt", 400, token);
        assertNotServed(files + "%252e%252e%252fsecret.txt", 404, token);
        assertNotServed(files + "..%5cweights.bin", 404, token);
        assertNotServed(files + "weights%00", 400, token);
        assertNotServed(files + "weights/../weights", 404, token);
        assertNotServed(files + "weights%2f..%2fweights", 404, token);
        assertNotServed(files + "%2Fetc%2Fpasswd", 404, token);
        assertNotServed(files + "/etc/passwd", 404, token);
        assertNotServed(files + project.resolve("weights.bin"), 404, token);
        assertThePageCanStillComplete(run);
    }

    // ---------------------------------------------------------------- byte ranges on /runs/{id}/files/{name}

    public void malformedRangesAreNotSatisfiable() throws Exception {
        Run run = runWithInputs();

        assertUnsatisfiable(run, "weights", "bytes=abc", 10);
        assertUnsatisfiable(run, "weights", "bytes=", 10);
        assertUnsatisfiable(run, "weights", "bytes=-", 10);
        assertUnsatisfiable(run, "weights", "items=0-1", 10);
        assertUnsatisfiable(run, "weights", "bytes = 0-1", 10);
        assertUnsatisfiable(run, "weights", "BYTES=0-1", 10);
        assertUnsatisfiable(run, "weights", "bytes=+1-2", 10);
        assertUnsatisfiable(run, "weights", "bytes=0x1-2", 10);
        assertUnsatisfiable(run, "weights", "bytes=1-2-3", 10);
        assertThePageCanStillComplete(run);
    }

    public void rangesPastTheEndAreNotSatisfiable() throws Exception {
        Run run = runWithInputs();

        assertUnsatisfiable(run, "weights", "bytes=10-", 10);
        assertUnsatisfiable(run, "weights", "bytes=100-200", 10);
        assertUnsatisfiable(run, "weights", "bytes=10-10", 10);
        assertUnsatisfiable(run, "weights", "bytes=-0", 10);
        assertUnsatisfiable(run, "empty", "bytes=0-", 0);
        assertUnsatisfiable(run, "empty", "bytes=-1", 0);
        assertThePageCanStillComplete(run);
    }

    public void multipleRangesAreNotSatisfiable() throws Exception {
        Run run = runWithInputs();

        assertUnsatisfiable(run, "weights", "bytes=0-1,3-4", 10);
        assertUnsatisfiable(run, "weights", "bytes=0-1, 3-4", 10);
        assertUnsatisfiable(run, "weights", "bytes=0-1,0-1,0-1,0-1", 10);
        assertUnsatisfiable(run, "weights", "bytes=-1,-1", 10);
        RawHttp.Response twoHeaders = RawHttp.get(server.port(), rangeOfWeights(run), tokenHeader(run),
                "Range: bytes=0-1", "Range: bytes=2-3");
        assertThat(twoHeaders.status()).isEqualTo(206);
        assertThat(twoHeaders.header("Content-Range")).isEqualTo("bytes 0-1/10");
        assertThat(twoHeaders.body()).isEqualTo("01");
        assertThePageCanStillComplete(run);
    }

    public void negativeAndReversedRangesAreNotSatisfiable() throws Exception {
        Run run = runWithInputs();

        assertUnsatisfiable(run, "weights", "bytes=-3-5", 10);
        assertUnsatisfiable(run, "weights", "bytes=-5--2", 10);
        assertUnsatisfiable(run, "weights", "bytes=5-2", 10);
        assertUnsatisfiable(run, "weights", "bytes=--1", 10);
        assertUnsatisfiable(run, "weights", "bytes=-1-", 10);
        assertThePageCanStillComplete(run);
    }

    public void hugeNumbersInRangesAreClippedOrNotSatisfiable() throws Exception {
        Run run = runWithInputs();
        String token = tokenHeader(run);

        RawHttp.Response longMax = RawHttp.get(server.port(), rangeOfWeights(run), token, "Range: bytes=0-9223372036854775807");
        RawHttp.Response hugeSuffix = RawHttp.get(server.port(), rangeOfWeights(run), token, "Range: bytes=-9223372036854775807");

        assertUnsatisfiable(run, "weights", "bytes=0-99999999999999999999", 10);
        assertUnsatisfiable(run, "weights", "bytes=9999999999999999999-", 10);
        assertThat(longMax.status()).isEqualTo(206);
        assertThat(longMax.header("Content-Range")).isEqualTo("bytes 0-9/10");
        assertThat(longMax.body()).isEqualTo("0123456789");
        assertThat(hugeSuffix.status()).isEqualTo(206);
        assertThat(hugeSuffix.header("Content-Range")).isEqualTo("bytes 0-9/10");
        assertThat(hugeSuffix.body()).isEqualTo("0123456789");
        assertThePageCanStillComplete(run);
    }

    public void satisfiableRangesAreClippedToTheFile() throws Exception {
        Run run = runWithInputs();
        String token = tokenHeader(run);

        RawHttp.Response first = RawHttp.get(server.port(), rangeOfWeights(run), token, "Range: bytes=0-3");
        RawHttp.Response pastEnd = RawHttp.get(server.port(), rangeOfWeights(run), token, "Range: bytes=5-1000");
        RawHttp.Response suffix = RawHttp.get(server.port(), rangeOfWeights(run), token, "Range: bytes=-3");
        RawHttp.Response longSuffix = RawHttp.get(server.port(), rangeOfWeights(run), token, "Range: bytes=-100");
        RawHttp.Response whole = RawHttp.get(server.port(), rangeOfWeights(run), token);

        assertThat(first.status()).isEqualTo(206);
        assertThat(first.header("Content-Range")).isEqualTo("bytes 0-3/10");
        assertThat(first.body()).isEqualTo("0123");
        assertThat(pastEnd.header("Content-Range")).isEqualTo("bytes 5-9/10");
        assertThat(pastEnd.body()).isEqualTo("56789");
        assertThat(suffix.header("Content-Range")).isEqualTo("bytes 7-9/10");
        assertThat(suffix.body()).isEqualTo("789");
        assertThat(longSuffix.header("Content-Range")).isEqualTo("bytes 0-9/10");
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat(whole.body()).isEqualTo("0123456789");
        assertThePageCanStillComplete(run);
    }

    // ---------------------------------------------------------------- oversized requests

    public void anOverlongRequestLineOrHeaderIsRefusedByJetty() throws Exception {
        assertNotServed("/" + "a".repeat(100_000), 414);
        assertNotServed("/index.html", 431, "X-Big: " + "a".repeat(100_000));
        assertALegitimateRunCompletes(server);
    }

    // ---------------------------------------------------------------- weaknesses this suite found (fixed)

    public void aMessageWithinTheCharLimitInMultiByteTextIsAccepted() throws Exception {
        Run run = FakePage.newRun(small);
        FakePage page = opened(FakePage.connectAndAwaitPlan(small, run));

        page.send(FakePage.log(run.id(), "\u20ac".repeat(3000))).finishRun(run);

        assertThat(run.messages()).containsExactly(new LogLine(run.id(), "info", "\u20ac".repeat(3000)),
                new Hello(run.id(), "fake-page"), new Done(run.id(), 0));
        assertThat(page.closed()).isEmpty();
    }

    public void aBinaryFrameIsRecordedAsARejection() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);

        page.sendBinary(new byte[] {1, 2, 3}).finishRun(run);

        assertThat(run.rejections()).singleElement().asString().containsIgnoringCase("binary");
        assertOnlyLegitimateMessages(run);
    }

    public void numbersOfTheWrongTypeAreNotCoerced() throws Exception {
        Run run = FakePage.newRun(server);
        FakePage page = pageOf(run);

        page.send("{\"v\":1,\"type\":\"done\",\"run\":\"" + run.id() + "\",\"casesRun\":\"3\"}")
                .send("{\"v\":1,\"type\":\"done\",\"run\":\"" + run.id() + "\",\"casesRun\":2.5}")
                .send("{\"v\":1,\"type\":\"sample\",\"run\":\"" + run.id()
                        + "\",\"caseId\":\"c\",\"phase\":\"timed\",\"index\":0,\"wallMs\":\"1.5\"}")
                .finishRun(run);

        assertThat(run.rejections()).hasSize(3);
        assertOnlyLegitimateMessages(run);
    }

    public void duplicateKeysAreRefused() throws Exception {
        Run run = FakePage.newRun(server);
        Run other = FakePage.newRun(server);
        FakePage page = pageOf(run);

        page.send("{\"v\":2,\"v\":1,\"type\":\"log\",\"run\":\"" + run.id() + "\",\"text\":\"a\"}")
                .send("{\"v\":1,\"type\":\"log\",\"run\":\"" + other.id() + "\",\"run\":\"" + run.id() + "\",\"text\":\"b\"}")
                .finishRun(run);

        assertThat(run.rejections()).hasSize(2);
        assertOnlyLegitimateMessages(run);
    }
}
