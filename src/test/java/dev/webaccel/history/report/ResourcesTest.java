package dev.webaccel.history.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class ResourcesTest {

    public void aScriptEndInsideInlinedScriptIsBrokenUp() {
        assertThat(Resources.inlineScript("var s = '</script>'; var t = '</SCRIPT >';"))
                .isEqualTo("var s = '<\\/script>'; var t = '<\\/SCRIPT >';");
    }

    public void theEchartsBuildIsOnTheClassPath() {
        String echarts = Resources.text(Resources.ECHARTS);
        assertThat(echarts.length()).isGreaterThan(500_000);
        assertThat(echarts.contains("Apache Software Foundation")).as("the ECharts licence header").isTrue();
    }
}
