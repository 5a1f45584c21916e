package dev.kakuho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kakuho.PackagedService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reviewer's case file survives a restart, in a real headless Chromium against the packaged service
 * ({@link PackagedService}): evaluate an example on the page, record a judgement on a review item and
 * a conclusion, stop the service, start it again on the same database, reopen the report's address: the
 * report and the judgements are there.
 */
class JudgementsInBrowserIT {

    private PackagedService service;
    private ChromeDriver browser;
    private Path profile;

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.close();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void judgementsRecordedOnThePageAreThereAfterARestart() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), getClass().getSimpleName() + "-data");
        service = new PackagedService(data, List.of());
        service.start("first");
        openBrowser();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        browser.get(service.uri("/?lang=en").toString());
        new Select(browser.findElement(By.id("example"))).selectByValue(PageInBrowserTest.EXAMPLE);
        browser.findElement(By.id("evaluate-example")).click();
        WebElement outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
        assertEquals("PASS", outcome.getAttribute("data-outcome"));
        String address = browser.getCurrentUrl();
        int open = Integer.parseInt(browser.findElement(By.id("open-items")).getAttribute("data-open"));
        assertTrue(open >= 1, "the PASS banner counts the review items still open");

        WebElement form = browser.findElements(By.cssSelector("#review form.judge")).get(0);
        String item = form.getAttribute("data-target");
        new Select(form.findElement(By.name("verdict"))).selectByValue("needs-more-information");
        form.findElement(By.name("reviewer")).sendKeys("Reviewer Sato");
        form.findElement(By.name("note")).sendKeys("Ask for the signed offtake letter");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("judge-" + item), "data-verdict", "needs-more-information"));
        assertEquals(open - 1, Integer.parseInt(browser.findElement(By.id("open-items")).getAttribute("data-open")));

        WebElement conclusion = browser.findElement(By.cssSelector("form.judge[data-target=conclusion]"));
        new Select(conclusion.findElement(By.name("verdict"))).selectByValue("agrees");
        conclusion.findElement(By.name("reviewer")).sendKeys("Chief Suzuki");
        conclusion.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".judgement.conclusion"), "data-verdict", "agrees"));

        service.stop();
        service.start("second");

        browser.get(address);
        outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
        assertEquals("PASS", outcome.getAttribute("data-outcome"));
        assertEquals("EX-MINE-001", browser.findElement(By.id("plan-id")).getText());
        WebElement judged = browser.findElement(By.id("judge-" + item));
        assertEquals("needs-more-information", judged.getAttribute("data-verdict"));
        assertTrue(judged.getText().contains("Reviewer Sato"), judged.getText());
        assertTrue(judged.getText().contains("Ask for the signed offtake letter"), judged.getText());
        assertEquals("agrees", browser.findElement(By.cssSelector(".judgement.conclusion")).getAttribute("data-verdict"));
        assertTrue(browser.findElement(By.id("judgement-history")).getText().contains("Chief Suzuki"));
        assertEquals(open - 1, Integer.parseInt(browser.findElement(By.id("open-items")).getAttribute("data-open")));
    }

    private void openBrowser() throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(PageInBrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en", "--accept-lang=en");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(PageInBrowserTest.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
    }
}
