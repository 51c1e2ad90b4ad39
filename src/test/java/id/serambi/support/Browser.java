package id.serambi.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * One headless Chromium for a test class, with no network but this machine: Debian's chromium and
 * chromium-driver with an explicit driver path (so Selenium Manager never runs), background
 * networking off, and a throwaway profile that {@link #close()} deletes. Performance logging is on,
 * so {@link #requests()} lists every URL the pages asked for. It asks for Indonesian pages first
 * ({@link #ACCEPT_LANGUAGE}), as the phones of the product's visitors do.
 */
public final class Browser implements AutoCloseable {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** A common phone, in CSS pixels. */
    public static final Dimension PHONE = new Dimension(390, 844);
    /** A small laptop screen. */
    public static final Dimension DESKTOP = new Dimension(1280, 800);
    /** The languages the browser asks for, as the product's visitors' phones do. */
    public static final String ACCEPT_LANGUAGE = "id-ID,id,en-US,en";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private String axeSource;

    private Browser(Dimension size) {
        TestTools.requireChromium();
        try {
            profile = Files.createTempDirectory("chrome-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=" + size.getWidth() + "," + size.getHeight(),
                "--user-data-dir=" + profile);
        // Like a phone in Indonesia: the browser asks for Indonesian first.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", ACCEPT_LANGUAGE));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            TempFiles.delete(profile);
            throw e;
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        size(size);
    }

    /** A browser at desktop size. */
    public static Browser start() {
        return new Browser(DESKTOP);
    }

    public static Browser start(Dimension size) {
        return new Browser(size);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Sets the size of the page's viewport (what CSS media queries see), e.g. {@link #PHONE}. */
    public Browser size(Dimension size) {
        driver.manage().window().setSize(size);
        // The window may be larger than its viewport: grow it until the page itself has the size.
        Object inner = driver.executeScript("return [window.innerWidth, window.innerHeight];");
        if (inner instanceof List<?> wh && wh.size() == 2) {
            int dw = size.getWidth() - ((Number) wh.get(0)).intValue();
            int dh = size.getHeight() - ((Number) wh.get(1)).intValue();
            if (dw != 0 || dh != 0) {
                driver.manage().window().setSize(new Dimension(size.getWidth() + dw, size.getHeight() + dh));
            }
        }
        return this;
    }

    /** The viewport's width and height in CSS pixels. */
    public Dimension viewport() {
        List<?> wh = (List<?>) driver.executeScript("return [window.innerWidth, window.innerHeight];");
        return new Dimension(((Number) wh.get(0)).intValue(), ((Number) wh.get(1)).intValue());
    }

    /** Loads the page and waits until it has loaded. */
    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    /**
     * The element, waiting for it to appear: a click that submits a form may return before the next
     * page has arrived. To check that something is absent, use {@code driver().findElements}.
     */
    public WebElement find(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /**
     * Waits until the element shows the text, e.g. after a click that loads another page. The page
     * may be replaced between finding the element and reading it: that reading is tried again.
     */
    public WebElement waitForText(By locator, String text) {
        new WebDriverWait(driver, WAIT).until(d -> {
            try {
                return d.findElement(locator).getText().contains(text);
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                return false;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
        return driver.findElement(locator);
    }

    /** Waits until the page shows the text anywhere. */
    public void waitForText(String text) {
        waitForText(By.tagName("body"), text);
    }

    /** Removes every cookie of the profile. */
    public void clearCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Sets a cookie for the site of {@code url} (path /), as if that site had set it. */
    public void setCookie(String url, String name, String value) {
        driver.executeCdpCommand("Network.setCookie", Map.of("url", url, "name", name, "value", value,
                "path", "/"));
    }

    /** The value of a cookie the current page's site set, or null. */
    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** A picture of the viewport. */
    public Path screenshot(Path file) {
        return write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** A picture of the whole page, however long, at the current width. */
    public Path fullPageScreenshot(Path file) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        double width = viewport().getWidth();
        double height = ((Number) content.get("height")).doubleValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /**
     * Every URL requested since the last call (or since start): documents, styles, scripts, images,
     * fetches, including those the page's scripts made. Reading the log empties it.
     */
    public List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                String method = message.path("method").asText();
                if (method.equals("Network.requestWillBeSent")) {
                    urls.add(message.path("params").path("request").path("url").asText());
                } else if (method.equals("Network.webSocketCreated")) {
                    urls.add(message.path("params").path("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return urls;
    }

    /** One axe-core rule that the page breaks, with the elements that break it. */
    public record AxeViolation(String id, String impact, String help, String helpUrl, List<AxeNode> nodes) {
        public boolean seriousOrWorse() {
            return "serious".equals(impact) || "critical".equals(impact);
        }
    }

    /** An element that breaks a rule: its CSS selector path, its HTML and what is wrong. */
    public record AxeNode(List<String> target, String html, String failureSummary) {
    }

    /** Runs axe-core over the current page and returns the rules it breaks (all impacts). */
    public List<AxeViolation> axe() {
        if (axeSource == null) {
            try {
                axeSource = Files.readString(TestTools.axeScript(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(axeSource);
            // From now on every page gets axe-core as it loads, without sending it over again.
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axeSource));
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done('axe failed: ' + e));
                """);
        String json = String.valueOf(result);
        if (json.startsWith("axe failed")) {
            throw new IllegalStateException(json + " on " + driver.getCurrentUrl());
        }
        try {
            List<AxeViolation> violations = new ArrayList<>();
            for (JsonNode v : JSON.readTree(json)) {
                List<AxeNode> nodes = new ArrayList<>();
                for (JsonNode n : v.path("nodes")) {
                    List<String> target = new ArrayList<>();
                    n.path("target").forEach(t -> target.add(t.isTextual() ? t.asText() : t.toString()));
                    nodes.add(new AxeNode(target, n.path("html").asText(), n.path("failureSummary").asText()));
                }
                violations.add(new AxeViolation(v.path("id").asText(), v.path("impact").asText(null),
                        v.path("help").asText(), v.path("helpUrl").asText(), nodes));
            }
            return violations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, byte[] png) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            return Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            TempFiles.delete(profile);
        }
    }
}
