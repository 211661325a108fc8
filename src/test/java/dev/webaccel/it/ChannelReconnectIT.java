package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.channel.Run;
import dev.webaccel.channel.Waiter;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.Harness;
import dev.webaccel.harness.RunResult;
import dev.webaccel.protocol.Hello;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.cases.ElementwiseCases;
import dev.webaccel.workload.cases.MatMulCases;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * The server drops the page's socket right after the page said hello, as a network fault would: the page
 * reconnects, resends what the server lacks, and the run completes with every case checked and nothing twice.
 */
@Test(groups = "browser")
public class ChannelReconnectIT extends BrowserTestBase {
    private RunResult result;
    private Run run;

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public ChannelReconnectIT(Browser browser) {
        super(browser);
    }

    @Override
    protected void prepare() {
        Plan plan = Plan.of(settings, List.of(ElementwiseCases.of("add", 4096, 1f, 1),
                MatMulCases.of("matmul_naive", 64, 64, 64, 3), ElementwiseCases.of("mul", 4096, 1f, 2)));
        Harness.PendingRun pending = harness().open(session(), plan);
        run = pending.run();
        Waiter.system().until("the page's hello on run " + run.id(), Duration.ofSeconds(60),
                () -> run.messagesOf(Hello.class).isEmpty() ? Optional.empty() : Optional.of(true), run::lastSeen);
        run.severChannel();
        result = harness().await(pending);
    }

    @Test
    public void theRunCompletesOverTwoConnections() {
        assertThat(run.reconnects()).as("reconnects of run " + run.id()).isEqualTo(1);
        assertThat(result.rejections()).as("refused messages").isEmpty();
        assertThat(run.messagesOf(Hello.class)).as("the hello, resent or not, is kept once").hasSize(1);
        assertThat(run.caseResults()).as("one result per case").hasSize(3);
        for (CaseOutcome outcome : result.cases()) {
            assertThat(outcome.ran()).as(outcome.kernelCase().id() + ": " + outcome.reason()).isTrue();
            assertThat(outcome.check().orElseThrow().passed()).as(outcome.check().orElseThrow().summary()).isTrue();
        }
    }
}
