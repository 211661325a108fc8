package dev.webaccel.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One live browser: the WebDriver session plus every process and directory started for it.
 * {@link #close} releases all of them, in reverse order, even when quitting the session hangs; {@link #kill} does
 * so without asking the browser. The browser's processes are remembered when the session starts, so they are
 * stopped even after a killed driver left them re-parented to init.
 */
public final class BrowserSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BrowserSession.class);
    private static final Duration QUIT_TIMEOUT = Duration.ofSeconds(20);

    private static final Duration KILL_GRACE = Duration.ofSeconds(2);
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final Browser browser;
    private final WebDriver driver;
    private final List<AutoCloseable> owned;
    private final Optional<SessionProcesses> tree;
    private final Path workDir;
    private final Path log;
    /** The tab the session started with, once {@link #openTabs} has opened others. */
    private String firstTab;
    private volatile boolean closed;

    /**
     * @param tree the driver and the browser it started, when webaccel started the driver (not on a Grid)
     * @param workDir a temporary directory (profile) deleted on close
     * @param log the driver's log file, kept after close
     */
    BrowserSession(Browser browser, WebDriver driver, List<AutoCloseable> owned, Optional<SessionProcesses> tree,
                   Path workDir, Path log) {
        this.browser = browser;
        this.driver = driver;
        this.owned = new ArrayList<>(owned);
        this.tree = tree;
        this.workDir = workDir;
        this.log = log;
    }

    public Browser browser() {
        return browser;
    }

    public WebDriver driver() {
        return driver;
    }

    /** The version the session reports (browserVersion capability). */
    public String reportedVersion() {
        if (driver instanceof RemoteWebDriver remote) {
            return String.valueOf(remote.getCapabilities().getBrowserVersion());
        }
        return "";
    }

    /** Every process this session started and is alive now: drivers, Xvfb, browsers and their helpers. */
    public List<ProcessHandle> processes() {
        List<ProcessHandle> all = new ArrayList<>();
        tree.ifPresent(t -> all.addAll(t.alive()));
        for (AutoCloseable resource : owned) {
            ProcessHandle root = resource instanceof DriverProcess d ? d.handle()
                    : resource instanceof Xvfb x ? x.handle() : null;
            if (root != null && root.isAlive()) {
                all.add(root);
                root.descendants().forEach(all::add);
            }
        }
        return all.stream().distinct().toList();
    }

    /** The browser's own processes as its driver started them (empty on a Grid). */
    public List<ProcessHandle> browserProcesses() {
        return tree.map(SessionProcesses::browsers).orElse(List.of());
    }

    /** The driver process webaccel started, when it did. */
    public Optional<ProcessHandle> driverProcess() {
        return owned.stream().filter(DriverProcess.class::isInstance).map(d -> ((DriverProcess) d).handle()).findFirst();
    }

    /** Why this session cannot go on (its driver or browser exited), or empty while it can (always on a Grid). */
    public Optional<SessionFault> fault() {
        return closed ? Optional.empty() : tree.flatMap(SessionProcesses::fault);
    }

    /** Whether {@link #close} or {@link #kill} has run: a closed session takes no more runs. */
    public boolean isClosed() {
        return closed;
    }

    /** The driver's log file (the browser's stderr goes there too). */
    public Path log() {
        return log;
    }

    public void open(String url) {
        driver.get(url);
        tree.ifPresent(SessionProcesses::refresh);
    }

    /**
     * Opens each URL in a new tab without waiting for any page to load; the first tab stays the current one. One
     * script opens them all ({@code window.open}): WebDriver's own navigation waits for each page to load (chromedriver
     * also after a script that navigates), which would leave a page no time to overlap with the next. Where the
     * browser blocks such pop-ups (WebKitGTK's MiniBrowser), each tab is opened by WebDriver and told to navigate by a
     * script, which WebKitWebDriver does not wait for.
     */
    public void openTabs(List<String> urls) {
        if (firstTab == null) {
            firstTab = driver.getWindowHandle();
        }
        Object opened = script("let n = 0; for (const url of arguments[0]) { if (window.open(url, '_blank')) n++; }"
                + " return n;", urls);
        int n = opened instanceof Number number ? number.intValue() : -1;
        if (n == 0) {
            for (String url : urls) {
                driver.switchTo().newWindow(WindowType.TAB);
                script("window.location.assign(arguments[0]);", url);
            }
            driver.switchTo().window(firstTab);
        } else if (n != urls.size()) {
            throw new IllegalStateException(browser + " opened " + opened + " of " + urls.size() + " tabs");
        }
    }

    /** Closes every tab but the first one and makes that the current one again. */
    public void closeOtherTabs() {
        List<String> handles = new ArrayList<>(driver.getWindowHandles());
        if (handles.size() <= 1) {
            return;
        }
        String first = firstTab == null || !handles.contains(firstTab) ? handles.get(0) : firstTab;
        for (String handle : handles) {
            if (!handle.equals(first)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(first);
    }

    /** Opens a file of this machine, e.g. a generated report, by its file:// URL. */
    public void openFile(Path file) {
        open(file.toAbsolutePath().toUri().toString());
    }

    /** Runs a script in the current page (WebDriver executeScript: the body of a function) and returns its value. */
    public Object script(String body, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(body, args);
    }

    /**
     * A screenshot of the whole page, not only the window: the window is made {@code width} wide and as tall as the
     * page (at most {@code maxHeight} pixels) for the shot, then given its size back.
     */
    public Optional<byte[]> wholePageScreenshot(int width, int maxHeight) {
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(width, before.getHeight()));
            long height = ((Number) script("return Math.ceil(document.documentElement.scrollHeight);")).longValue();
            driver.manage().window().setSize(new Dimension(width, (int) Math.min(maxHeight, height + 120)));
            return screenshot();
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    public Optional<byte[]> screenshot() {
        try {
            return Optional.of(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (RuntimeException e) {
            LOG.debug("no screenshot from {}: {}", browser, e.toString());
            return Optional.empty();
        }
    }

    /** The driver's own log (where the browser's stderr also goes), for failure reports. */
    public Optional<String> driverLog() {
        try {
            return Files.exists(log) ? Optional.of(Files.readString(log)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        CompletableFuture<Void> quit = CompletableFuture.runAsync(driver::quit);
        try {
            quit.get(QUIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("{} did not quit cleanly within {} s ({}); stopping its processes", browser,
                    QUIT_TIMEOUT.toSeconds(), e.toString());
        }
        stopProcesses(STOP_GRACE);
    }

    /**
     * Stops the session without asking the browser (a stuck page or a dead driver would make a polite quit wait):
     * its browser, helpers, driver and Xvfb are stopped and its profile deleted. On a Grid, where nothing runs
     * here, it quits the remote session instead.
     */
    public synchronized void kill() {
        if (closed) {
            return;
        }
        if (tree.isEmpty()) {
            close();
            return;
        }
        closed = true;
        long start = System.nanoTime();
        stopProcesses(KILL_GRACE);
        LOG.info("stopped the {} session without quitting it, in {} ms", browser, (System.nanoTime() - start) / 1_000_000);
    }

    private void stopProcesses(Duration grace) {
        tree.ifPresent(t -> t.stopBrowser(grace));
        for (int i = owned.size() - 1; i >= 0; i--) {
            try {
                owned.get(i).close();
            } catch (Exception e) {
                LOG.warn("while closing {} session: {}", browser, e.toString());
            }
        }
        deleteQuietly(workDir);
    }

    static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not delete {}: {}", dir, e.toString());
        }
    }
}
