package dev.webaccel.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class ProtocolCodecTest {
    private final ProtocolCodec codec = new ProtocolCodec(10_000);

    public static String capabilitiesJson(String run) {
        return "{\"v\":1,\"type\":\"capabilities\",\"run\":\"" + run + "\",\"capabilities\":{"
                + "\"browserName\":\"Firefox\",\"browserVersion\":\"153.0\",\"userAgent\":\"ua\","
                + "\"webgpu\":{\"available\":true,\"reason\":\"\",\"adapter\":{\"vendor\":\"\",\"architecture\":\"\","
                + "\"device\":\"\",\"description\":\"\",\"isFallbackAdapter\":true},\"features\":[\"timestamp-query\"],"
                + "\"limits\":{\"maxBufferSize\":268435456}},"
                + "\"webnn\":{\"apiPresent\":false,\"contexts\":{}},"
                + "\"wasm\":{\"supported\":true,\"simd\":true,\"threads\":true,\"relaxedSimd\":false},"
                + "\"crossOriginIsolated\":true,\"sharedArrayBuffer\":true,\"timerResolutionMs\":0.02,"
                + "\"hardwareConcurrency\":2}}";
    }

    public void decodesEveryMessageType() {
        assertThat(codec.decode("{\"v\":1,\"type\":\"hello\",\"run\":\"r1\",\"userAgent\":\"x\"}")).isEqualTo(new Hello("r1", "x"));
        CapabilitiesReport caps = (CapabilitiesReport) codec.decode(capabilitiesJson("r1"));
        assertThat(caps.capabilities().webgpu().hasFeature("timestamp-query")).isTrue();
        assertThat(caps.capabilities().webgpu().limits()).containsEntry("maxBufferSize", 268435456.0);
        assertThat(caps.capabilities().adapterLabel()).isEqualTo("unnamed fallback adapter");
        assertThat(caps.rawJson()).contains("\"browserName\":\"Firefox\"");
        Sample s = (Sample) codec.decode("{\"v\":1,\"type\":\"sample\",\"run\":\"r1\",\"caseId\":\"c\",\"phase\":\"timed\","
                + "\"index\":2,\"wallMs\":1.5,\"gpuMs\":null,\"method\":\"m\"}");
        assertThat(s.wallMs()).isEqualTo(1.5);
        assertThat(s.gpuMs()).isNull();
        assertThat(s.ops()).as("ops defaults to 1 when the page does not send it").isEqualTo(1);
        assertThat(s.quantumMs()).isNull();
        Sample batched = (Sample) codec.decode("{\"v\":1,\"type\":\"sample\",\"run\":\"r1\",\"caseId\":\"c\","
                + "\"phase\":\"timed\",\"index\":0,\"wallMs\":4.5,\"gpuMs\":3.25,\"method\":\"m\",\"ops\":24,"
                + "\"quantumMs\":100.0,\"timerResolutionMs\":0.02}");
        assertThat(batched).isEqualTo(new Sample("r1", "c", Phase.TIMED, 0, 4.5, 3.25, "m", 24, 100.0, 0.02));
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"sample\",\"run\":\"r1\",\"caseId\":\"c\","
                + "\"phase\":\"timed\",\"index\":0,\"wallMs\":1,\"ops\":0}")).hasMessageContaining("ops");
        CaseResult r = (CaseResult) codec.decode("{\"v\":1,\"type\":\"case-result\",\"run\":\"r1\",\"caseId\":\"c\","
                + "\"status\":\"ok\",\"backend\":\"webgpu\",\"reason\":\"\",\"timerResolutionMs\":0.1,"
                + "\"output\":{\"dtype\":\"f32\",\"shape\":[2],\"encoding\":\"base64-f32le\",\"data\":\"AACAPwAAAEA=\"}}");
        assertThat(r.output().values()).containsExactly(1.0f, 2.0f);
        CaseResult model = (CaseResult) codec.decode("{\"v\":1,\"type\":\"case-result\",\"run\":\"r1\",\"caseId\":\"c\","
                + "\"status\":\"ok\",\"backend\":\"webgpu\",\"timerResolutionMs\":0.1,\"loadMs\":12.5,"
                + "\"memory\":{\"deviceBytes\":4096,\"weightBytes\":1024,\"method\":\"webgpu buffers\"},"
                + "\"output\":{\"dtype\":\"f32\",\"shape\":[2],\"encoding\":\"base64-f32le\",\"data\":\"AACAPwAAAEA=\"}}");
        assertThat(model.loadMs()).isEqualTo(12.5);
        assertThat(model.memory()).isEqualTo(new MemoryReport(4096, 1024, "webgpu buffers"));
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"case-result\",\"run\":\"r1\",\"caseId\":\"c\","
                + "\"status\":\"not-run\",\"timerResolutionMs\":0.1,"
                + "\"memory\":{\"deviceBytes\":10,\"weightBytes\":20}}")).hasMessageContaining("weightBytes 20");
        assertThat(codec.decode("{\"v\":1,\"type\":\"log\",\"run\":\"r1\",\"level\":\"warn\",\"text\":\"t\"}"))
                .isInstanceOf(LogLine.class);
        assertThat(codec.decode("{\"v\":1,\"type\":\"error\",\"run\":\"r1\",\"caseId\":null,\"kind\":\"uncaught\","
                + "\"message\":\"boom\",\"stack\":\"s\"}")).isEqualTo(new PageError("r1", null, "uncaught", "boom", "s"));
        assertThat(codec.decode("{\"v\":1,\"type\":\"done\",\"run\":\"r1\",\"casesRun\":3}")).isEqualTo(new Done("r1", 3));
    }

    public void refusesMalformedJson() {
        assertThatThrownBy(() -> codec.decode("{\"v\":1,")).isInstanceOf(ProtocolException.class)
                .hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> codec.decode("[1,2]")).hasMessage("message is not a JSON object");
        assertThatThrownBy(() -> codec.decode("")).hasMessage("empty message");
    }

    public void refusesUnknownVersionsAndTypes() {
        assertThatThrownBy(() -> codec.decode("{\"v\":2,\"type\":\"hello\",\"run\":\"r\"}"))
                .hasMessage("unsupported protocol version 2 (this build speaks v1)");
        assertThatThrownBy(() -> codec.decode("{\"type\":\"hello\",\"run\":\"r\"}"))
                .hasMessage("unsupported protocol version null (this build speaks v1)");
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"verdict\",\"run\":\"r\"}"))
                .hasMessage("unknown message type 'verdict'");
    }

    public void refusesOversizedMessages() {
        String big = "{\"v\":1,\"type\":\"log\",\"run\":\"r\",\"text\":\"" + "x".repeat(10_000) + "\"}";
        assertThatThrownBy(() -> codec.decode(big)).hasMessageContaining("exceeds the limit of 10000");
    }

    public void refusesMissingAndInvalidFieldsNamingThem() {
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"hello\"}"))
                .hasMessageContaining("invalid 'hello' message").hasMessageContaining("field 'run' is missing");
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"sample\",\"run\":\"r\",\"caseId\":\"c\","
                + "\"phase\":\"timed\",\"index\":0,\"wallMs\":-1}")).hasMessageContaining("'wallMs' must be a finite number >= 0");
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"sample\",\"run\":\"r\",\"caseId\":\"c\","
                + "\"phase\":\"lukewarm\",\"index\":0,\"wallMs\":1}")).hasMessageContaining("'phase' must be one of cold, warmup, timed");
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"case-result\",\"run\":\"r\",\"caseId\":\"c\","
                + "\"status\":\"ok\",\"timerResolutionMs\":0.1}")).hasMessageContaining("field 'output' is missing");
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"capabilities\",\"run\":\"r\"}"))
                .hasMessage("'capabilities' message lacks its body");
    }

    static String caseResultWith(String shape, String data) {
        return "{\"v\":1,\"type\":\"case-result\",\"run\":\"r1\",\"caseId\":\"mm-64\",\"status\":\"ok\","
                + "\"timerResolutionMs\":0.1,\"output\":{\"dtype\":\"f32\",\"shape\":" + shape
                + ",\"encoding\":\"base64-f32le\",\"data\":\"" + data + "\"}}";
    }

    public void badTensorsAreRefusedWhenTheyArriveNamingTheCase() {
        assertThat(((CaseResult) codec.decode(caseResultWith("[2]", "AACAPwAAAEA="))).output().values())
                .containsExactly(1f, 2f);
        assertThatThrownBy(() -> codec.decode(caseResultWith("[3]", "AACAPwAAAEA="))).isInstanceOf(ProtocolException.class)
                .hasMessage("invalid 'case-result' message for case 'mm-64': output.data has 8 bytes but shape [3] needs 12")
                .satisfies(e -> assertThat(((ProtocolException) e).caseId()).contains("mm-64"));
        assertThatThrownBy(() -> codec.decode(caseResultWith("[2]", "AACAPwAA*EA=")))
                .hasMessageEndingWith("output.data is not valid base64: character '*' at 8");
        assertThatThrownBy(() -> codec.decode(caseResultWith("[2]", "AACAPwAAAEA")))
                .hasMessageEndingWith("length 11 is not a multiple of 4");
        assertThatThrownBy(() -> codec.decode(caseResultWith("[2,-1]", "")))
                .hasMessageEndingWith("field 'output.shape' has a negative dimension: [2, -1]");
        assertThatThrownBy(() -> codec.decode(caseResultWith("[65536,65536]", "")))
                .hasMessageEndingWith("field 'output.shape' [65536, 65536] is too large for one tensor");
    }

    public void capabilitiesWithoutARunAreRefusedNotThrown() {
        String valid = capabilitiesJson("r1");
        for (String forged : new String[] {valid.replace("\"run\":\"r1\",", ""), valid.replace("\"r1\"", "\"\""),
                valid.replace("\"r1\"", "null"), valid.replace("\"r1\"", "7")}) {
            assertThatThrownBy(() -> codec.decode(forged)).as(forged).isInstanceOf(ProtocolException.class)
                    .hasMessage("invalid 'capabilities' message: field 'run' is missing or empty");
        }
    }

    public void oneMessageIsOneObjectWithNothingAfterIt() {
        String done = "{\"v\":1,\"type\":\"done\",\"run\":\"r1\",\"casesRun\":3}";
        assertThat(codec.decode(done + " \n")).isEqualTo(new Done("r1", 3));
        assertThatThrownBy(() -> codec.decode(done + done)).isInstanceOf(ProtocolException.class)
                .hasMessageStartingWith("not valid JSON: Trailing token");
        assertThatThrownBy(() -> codec.decode(done + " junk")).hasMessageStartingWith("not valid JSON");
    }

    public void pageTextInReasonsIsEscapedAndClipped() {
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"x\\r\\n2026 INFO forged\",\"run\":\"r\"}"))
                .hasMessage("unknown message type 'x\\r\\n2026 INFO forged'");
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"" + "t".repeat(5000) + "\",\"run\":\"r\"}"))
                .hasMessage("unknown message type '" + "t".repeat(Printable.QUOTE_CHARS) + "… (4800 more chars)'");
    }

    public void acceptsTensorsLargerThanJacksonsDefaultStringLimit() {
        ProtocolCodec big = new ProtocolCodec(ProtocolCodec.DEFAULT_MAX_CHARS);
        float[] values = new float[6_000_000];
        values[5_999_999] = 7f;
        TensorData t = TensorData.of(values, values.length);
        String json = "{\"v\":1,\"type\":\"case-result\",\"run\":\"r\",\"caseId\":\"c\",\"status\":\"ok\","
                + "\"timerResolutionMs\":0.1,\"output\":{\"dtype\":\"f32\",\"shape\":[6000000],"
                + "\"encoding\":\"base64-f32le\",\"data\":\"" + t.data() + "\"}}";
        assertThat(t.data().length()).isGreaterThan(20_000_000);
        CaseResult r = (CaseResult) big.decode(json);
        assertThat(r.output().values()[5_999_999]).isEqualTo(7f);
    }

    public void tensorRoundTrips() {
        float[] values = {1.5f, -2.25f, Float.MIN_VALUE, 3e38f};
        assertThat(TensorData.of(values, 2, 2).values()).containsExactly(values);
    }
}
