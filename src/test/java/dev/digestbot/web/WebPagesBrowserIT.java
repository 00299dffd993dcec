package dev.digestbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Subscribe, confirm and unsubscribe in headless Chromium at a phone's width, with screenshots
 * under {@code target/web-pages/}. Needs Debian's {@code chromium} and {@code chromium-driver}
 * (CI installs them); without them the test fails rather than skips, so a missing browser is seen.
 */
class WebPagesBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "web-pages");
    private static final String READER = "reader@example.org";

    @TempDir
    Path profile;

    @TempDir
    Path templates;

    private final InMemorySubscriptions subscriptions = new InMemorySubscriptions();
    private WebServer server;
    private WebDriver browser;
    private String base;

    @BeforeEach
    void start() {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("%s and %s are needed: apt-get install -y chromium chromium-driver", CHROMIUM, CHROMEDRIVER)
                .isTrue();
        server = new WebServer(
                new WebSettings("127.0.0.1", 0, templates, RateLimit.DEFAULT, false),
                Optional.of(subscriptions),
                () -> true,
                Clock.systemUTC());
        server.start();
        base = "http://127.0.0.1:" + server.port();
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build(),
                options(profile));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aReaderSubscribesConfirmsAndUnsubscribesWithTheButton() throws IOException {
        browser.get(base + "/subscribe");
        // the inline style applies only when its nonce matches the page's policy
        assertThat(browser.findElement(By.id("subscribe")).getCssValue("background-color"))
                .isEqualTo("rgba(31, 95, 168, 1)");
        screenshot("1-subscribe");
        browser.findElement(By.id("email")).sendKeys(READER);
        browser.findElement(By.id("subscribe")).click();
        awaitHeading("Check your inbox");
        screenshot("2-check-inbox");

        browser.get(base + "/confirm/" + subscriptions.confirmationToken(READER));
        awaitHeading("Confirm your subscription");
        screenshot("3-confirm");
        assertThat(subscriptions.state(READER)).isEqualTo(InMemorySubscriptions.State.PENDING);
        browser.findElement(By.id("confirm")).click();
        awaitHeading("You are subscribed");
        screenshot("3-confirmed");
        assertThat(subscriptions.state(READER)).isEqualTo(InMemorySubscriptions.State.ACTIVE);

        browser.get(base + "/unsubscribe/" + subscriptions.unsubscribeToken(READER));
        awaitHeading("Unsubscribe from the digest?");
        screenshot("4-unsubscribe");
        assertThat(subscriptions.state(READER)).isEqualTo(InMemorySubscriptions.State.ACTIVE);
        browser.findElement(By.id("unsubscribe")).click();
        awaitHeading("You are unsubscribed");
        screenshot("5-unsubscribed");
        assertThat(subscriptions.state(READER)).isEqualTo(InMemorySubscriptions.State.UNSUBSCRIBED);
    }

    @Test
    void anUnknownConfirmationLinkSaysSoInTheBrowser() {
        browser.get(base + "/confirm/not-a-token");
        browser.findElement(By.id("confirm")).click();

        awaitHeading("Link not recognised");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("subscribe again");
    }

    /**
     * Headless, at a phone's size, with a fresh profile, and with Chromium's own background
     * connections off: the machine's network refuses them, and they would only slow the start.
     */
    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=390,844");
        return options;
    }

    private void awaitHeading(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
