package io.fairdraw.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium + chromium-driver, headless. Where they are missing the browser tests skip
 * with a message, except in CI ({@code CI=true}) or with {@code -Dfairdraw.browser.required=true},
 * where a missing browser fails the run.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    private Browser(int port, int width, int height) {
        try {
            this.profile = Files.createTempDirectory("fd-chrome-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(0));
        emulate(width, height);
        this.base = "http://localhost:" + port;
    }

    /** Opens a browser, or skips (fails in CI) when Chromium is not installed. */
    public static Browser open(int port) {
        return open(port, 1280, 900);
    }

    public static Browser open(int port, int width, int height) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        boolean required = "true".equalsIgnoreCase(System.getenv("CI"))
                || Boolean.getBoolean("fairdraw.browser.required");
        if (!present) {
            if (required) {
                throw new IllegalStateException("Browser tests are required here (CI) but " + CHROMIUM + " or "
                        + DRIVER + " is missing: apt-get install -y chromium chromium-driver fonts-wqy-zenhei");
            }
            Assumptions.abort("Chromium not installed (apt-get install -y chromium chromium-driver): browser test skipped");
        }
        return new Browser(port, width, height);
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base + path);
    }

    public void login(String username, String password) {
        go("/login");
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        // a refused login lands on /login?error, which also no longer ends with /login: wait for
        // the signed-in layout itself so a failed login fails here, not three steps later
        waitFor().withMessage(() -> "login as " + username + " did not sign in; at " + driver.getCurrentUrl())
                .until(d -> !d.findElements(By.id("fd-logout")).isEmpty());
    }

    /**
     * Signs out and waits for the signed-out page. Navigating on before the logout response is in
     * would race it: the next login form's CSRF token belongs to the session the logout then ends.
     */
    public void logout() {
        // the page may still be jumping to an anchor after the last action (#amendments …): a click
        // that lands outside the window is tried again once the element has been scrolled back in
        waitFor().ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            click(By.id("fd-logout"));
            return true;
        });
        waitFor().until(d -> d.getCurrentUrl().contains("/login?logout"));
    }

    /** Scrolls the element to the middle of the window first: long pages put buttons below the fold. */
    public void click(By by) {
        org.openqa.selenium.WebElement e = waitFor().until(
                org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(by));
        // instant: Bootstrap turns on smooth scrolling, which would still be moving when we click
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        e.click();
    }

    public WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /**
     * Lays the open page out at another size, without reloading it (a phone below 600 px). Headless
     * windows have a minimum width, so the device size is emulated rather than the window resized.
     */
    public void emulate(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Saves a screenshot under target/screenshots for a person to look at. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path out = dir.resolve(name + ".png");
            Files.write(out, driver.getScreenshotAs(OutputType.BYTES));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
