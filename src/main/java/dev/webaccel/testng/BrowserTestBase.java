package dev.webaccel.testng;

import dev.webaccel.browser.Browser;
import dev.webaccel.browser.BrowserLauncher;
import dev.webaccel.browser.BrowserSession;
import dev.webaccel.browser.BrowserUnavailableException;
import dev.webaccel.browser.DriverResolver;
import dev.webaccel.config.Settings;
import dev.webaccel.harness.Harness;
import dev.webaccel.harness.RunResult;
import dev.webaccel.harness.SuiteContext;
import dev.webaccel.protocol.PageError;
import dev.webaccel.results.ResultRecord;
import dev.webaccel.results.VerdictRecord;
import dev.webaccel.workload.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.IHookCallBack;
import org.testng.IHookable;
import org.testng.ITest;
import org.testng.ITestResult;
import org.testng.SkipException;
import org.testng.annotations.AfterClass;

/**
 * One browser per test-class instance (a TestNG factory makes one per selected engine, see {@link BrowserFactory}).
 * Opens the session lazily, runs the class's fixture once ({@link #prepare}), labels every test with the run's
 * browser, version and adapter, attaches a screenshot and the page console on failure, and always closes the session.
 */
public abstract class BrowserTestBase implements ITest, IHookable {
    private static final Logger LOG = LoggerFactory.getLogger(BrowserTestBase.class);

    protected final Browser browser;
    protected final Settings settings = Settings.fromEnvironment();
    private SuiteContext suite;
    private BrowserSession session;
    private RunResult lastRun;
    private boolean prepared;
    private RuntimeException prepareFailure;

    protected BrowserTestBase(Browser browser) {
        this.browser = browser;
    }

    @Override
    public String getTestName() {
        return getClass().getSimpleName() + "[" + browser.id() + "]";
    }

    /** The suite's harness (one server for every browser and class). */
    protected Harness harness() {
        return suite().harness();
    }

    /** Every result record of the suite so far, every browser and class included. */
    protected List<ResultRecord> suiteRecords() {
        return suite().memory().records();
    }

    /** Hands the suite's claim verdicts to every sink (the history keeps them with the run). */
    protected void publishVerdicts(List<VerdictRecord> verdicts) {
        suite().results().verdicts(verdicts);
    }

    private SuiteContext suite() {
        if (suite == null) {
            throw new IllegalStateException("the suite context is set when TestNG runs a test of " + getTestName());
        }
        return suite;
    }

    /**
     * The session, started on first use and again after a fault stopped it (a run that timed out or lost its
     * browser or driver); skips (loudly) only when the engine is genuinely absent here.
     */
    protected BrowserSession session() {
        if (session != null && session.isClosed()) {
            session = null;
        }
        if (session == null) {
            BrowserLauncher launcher = new BrowserLauncher(settings, DriverResolver.system(settings));
            try {
                if (settings.gridUrl().isEmpty()) {
                    launcher.resolver().resolve(browser);
                }
            } catch (BrowserUnavailableException absent) {
                String banner = "SKIPPED " + browser.displayName() + ": " + absent.getMessage();
                LOG.warn("\n{}\n{}\n{}", "!".repeat(100), banner, "!".repeat(100));
                suite().results().engineSkipped(browser.id(), absent.getMessage());
                throw new SkipException(banner);
            }
            session = launcher.start(browser);
        }
        return session;
    }

    /** Opens a file of this machine (a generated page) in this browser. */
    protected void openFile(Path file) {
        session().openFile(file);
    }

    /**
     * Runs the script of a class-path resource in the current page (the body of a function: its {@code return}
     * value comes back, as WebDriver converts it: maps, lists, strings, numbers, booleans).
     */
    protected Object scriptResource(String resource, Object... args) {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("script " + resource + " is not on the class path");
            }
            return session().script(new String(in.readAllBytes(), StandardCharsets.UTF_8), args);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read script " + resource, e);
        }
    }

    /** Runs a plan in this browser and remembers it for labels and failure evidence. */
    protected RunResult run(Plan plan) {
        lastRun = harness().run(session(), plan);
        RunLabels.apply(lastRun);
        return lastRun;
    }

    /**
     * The class's fixture (start the session, run the plans), done once per browser instance before its first
     * test. Not a {@code @BeforeClass}: TestNG lets a skipped or failed configuration method of one factory
     * instance skip the tests of the others, so an absent Edge would skip Chrome's tests. Here a skip or failure
     * stays with this browser's tests.
     */
    protected void prepare() {
    }

    private void prepareOnce() {
        if (prepareFailure != null) {
            throw prepareFailure;
        }
        if (!prepared) {
            prepared = true;
            try {
                prepare();
            } catch (RuntimeException e) {
                prepareFailure = e;
                throw e;
            }
        }
    }

    /**
     * Wraps every test method while Allure still has it open: labels it with the run's browser, version and
     * adapter, and on failure attaches a screenshot, the page console, page errors and the driver log.
     */
    @Override
    public void run(IHookCallBack callBack, ITestResult result) {
        suite = SuiteListener.context(result.getTestContext());
        RunLabels.browser(browser);
        try {
            prepareOnce();
        } catch (RuntimeException e) {
            result.setThrowable(e);
            result.setStatus(e instanceof SkipException ? ITestResult.SKIP : ITestResult.FAILURE);
            return;
        }
        if (lastRun != null) {
            RunLabels.apply(lastRun);
        }
        callBack.runTestMethod(result);
        if (result.getThrowable() != null && !(result.getThrowable() instanceof SkipException)) {
            attachFailureEvidence();
        }
    }

    private void attachFailureEvidence() {
        if (session == null) {
            return;
        }
        session.screenshot().ifPresent(png -> Attachments.png(browser.id() + " screenshot", png));
        if (lastRun != null) {
            Attachments.text(browser.id() + " page console", lastRun.console().stream()
                    .map(line -> line.level() + ": " + line.text()).collect(Collectors.joining("\n")));
            Attachments.text(browser.id() + " page errors", lastRun.errors().stream()
                    .map(e -> describe(e) + "\n" + e.stack()).collect(Collectors.joining("\n\n")));
        }
        session.driverLog().ifPresent(log -> Attachments.text(browser.id() + " driver log", log));
    }

    @AfterClass(alwaysRun = true)
    public void closeSession() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    public static String describe(PageError e) {
        return e.kind() + (e.caseId() == null ? "" : " in " + e.caseId()) + ": " + e.message();
    }
}
