package dev.kakuho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * A reviewer's use of the page, in a real headless Chromium (Debian's {@code chromium}, driven through
 * Debian's {@code chromedriver}; nothing is downloaded): evaluate a bundled example, read the outcome
 * and a cited clause, switch to English, and see a broken plan's error beside its field. Screenshots
 * and the printed report are kept under {@code target/screenshots/}.
 */
@QuarkusTest
class PageInBrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of("target", "screenshots");
    static final String EXAMPLE = "mine-development/lithium-mine";

    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static Path profile;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM + ". The end-to-end test drives "
                + "Debian's chromium: install it with `apt-get install chromium chromium-driver` (.ci/run does), or point "
                + "-Dchromium.binary at one.");
        assertTrue(Files.isExecutable(CHROMEDRIVER), "ChromeDriver is not installed at " + CHROMEDRIVER + ". Install Debian's "
                + "chromium-driver (`apt-get install chromium-driver`; .ci/run does), or point -Dchromedriver.binary at one.");
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // this machine's network is closed: no background traffic, and a fresh profile each run
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=ja", "--accept-lang=ja");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void aReviewerEvaluatesAnExampleReadsItInJapaneseThenInEnglish() throws IOException {
        browser.get(root.toString());
        assertEquals("ja", browser.findElement(By.tagName("html")).getAttribute("lang"), "a Japanese browser gets Japanese");
        assertEquals("供給確保計画の評価", browser.findElement(By.tagName("h1")).getText());

        new Select(browser.findElement(By.id("example"))).selectByValue(EXAMPLE);
        browser.findElement(By.id("evaluate-example")).click();

        WebElement outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
        assertTrue(browser.getCurrentUrl().matches(".*/reports/[A-Za-z0-9_-]{22}\\?lang=ja"), browser.getCurrentUrl());
        assertEquals("PASS", outcome.getAttribute("data-outcome"));
        assertTrue(outcome.getText().contains("認定要件に適合"), outcome.getText());
        assertEquals("EX-MINE-001", browser.findElement(By.id("plan-id")).getText());
        WebElement period = browser.findElement(By.id("c-period.mine"));
        assertEquals("第3章第4節(2)", period.findElement(By.className("ref")).getText());
        assertTrue(period.findElement(By.className("clause-text")).getText()
                .contains("供給確保計画に基づく重要鉱物の生産が開始された時点からの期間は、5 年以上とする。"));
        assertTrue(period.findElement(By.className("reason")).getText().contains("5年以上"));
        assertTrue(period.findElements(By.className("clause-summary")).isEmpty(), "no English summary in the Japanese report");
        assertTrue(browser.findElement(By.id("attention")).getText().contains("不適合または情報不足の基準はありません"));
        assertTrue(browser.findElements(By.cssSelector("#review input[type=checkbox]")).size() >= 1, "review checklist");
        screenshot("report-ja.png");
        assertPrintsOnA4("report-ja.pdf");

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertTrue(browser.getCurrentUrl().endsWith("?lang=en"), browser.getCurrentUrl());
        outcome = browser.findElement(By.id("outcome"));
        assertEquals("PASS", outcome.getAttribute("data-outcome"));
        assertTrue(outcome.getText().contains("Meets the certification requirements"), outcome.getText());
        period = browser.findElement(By.id("c-period.mine"));
        assertTrue(period.findElement(By.className("clause-text")).getText().contains("5 年以上とする"), "the clause stays Japanese");
        assertEquals("ja", period.findElement(By.className("clause-text")).getAttribute("lang"));
        assertTrue(period.findElement(By.className("clause-summary")).getText()
                .contains("The plan runs at least 5 years from the start of production."));
        assertTrue(period.findElement(By.className("reason")).getText().contains("at least 5 years"));
        WebElement clause = period.findElement(By.className("clause-text"));
        WebElement summary = period.findElement(By.className("clause-summary"));
        assertTrue(summary.getLocation().getX() > clause.getLocation().getX() + clause.getSize().getWidth() - 1
                        && Math.abs(summary.getLocation().getY() - clause.getLocation().getY()) < 40,
                "the English summary stands beside the Japanese clause");
        screenshot("report-en.png");
        assertPrintsOnA4("report-en.pdf");

        browser.findElement(By.id("lang-ja")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ja"));
        assertTrue(browser.findElement(By.id("outcome")).getText().contains("認定要件に適合"));
    }

    @Test
    void aBrokenPlanShowsItsErrorBesideTheField() throws IOException {
        browser.get(root + "?lang=en");
        assertEquals("Evaluate a supply-assurance plan", browser.findElement(By.tagName("h1")).getText());
        String plan = Files.readString(Path.of("examples", EXAMPLE + ".plan.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"supplyToJapan\": \\{\\s*\"annualTonnes\": 10000", "\"supplyToJapan\": {\"annualTonnes\": -1");
        assertTrue(plan.contains("\"annualTonnes\": -1"), "the example changed shape; adjust the edit");
        WebElement editor = browser.findElement(By.id("plan"));
        editor.clear();
        editor.sendKeys(plan);
        browser.findElement(By.id("evaluate")).click();

        WebElement problems = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        assertTrue(problems.getText().contains("The plan has 1 problem"), problems.getText());
        WebElement line = browser.findElement(By.cssSelector(".line.marked[data-pointer='/supplyToJapan/annualTonnes']"));
        WebElement code = line.findElement(By.tagName("code"));
        WebElement error = line.findElement(By.className("err"));
        assertTrue(code.getText().contains("\"annualTonnes\": -1"), code.getText());
        assertTrue(error.isDisplayed());
        assertEquals("must be greater than or equal to 0", error.getText());
        assertTrue(error.getLocation().getX() > code.getLocation().getX()
                        && Math.abs(error.getLocation().getY() - code.getLocation().getY()) < 10,
                "the error stands on the field's line, to its right");
        WebElement listed = browser.findElement(By.cssSelector("#error-list tr[data-pointer='/supplyToJapan/annualTonnes']"));
        assertTrue(listed.getText().contains("must be greater than or equal to 0"), listed.getText());
        assertTrue(browser.findElement(By.id("plan")).getAttribute("value").contains("\"annualTonnes\": -1"),
                "the plan is given back for fixing");
        screenshot("errors-en.png");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", line);
        windowShot("errors-en-field.png");
    }

    /** A PNG of the top of the page (up to 3,000 px: outcome, summary and checklist); the PDF holds the whole report. */
    private static void screenshot(String name) throws IOException {
        Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", Math.min(height.intValue(), 3000), "scale", 1)));
        Files.write(SHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** A PNG of what the window shows. */
    private static void windowShot(String name) throws IOException {
        Files.write(SHOTS.resolve(name), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** The report printed as Chromium prints it: A4 pages, without the page's navigation. */
    private static void assertPrintsOnA4(String name) throws IOException {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals("none", browser.executeScript("return getComputedStyle(document.querySelector('header.bar')).display"),
                    "navigation shows in print");
            assertEquals("none", browser.executeScript("return getComputedStyle(document.querySelector('.actions')).display"));
            assertEquals("page", browser.executeScript(
                    "return getComputedStyle(document.querySelector('.criteria-title')).breakBefore"));
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        Map<String, Object> pdf = browser.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Files.write(SHOTS.resolve(name), bytes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher box = Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)]").matcher(text);
        List<double[]> pages = new java.util.ArrayList<>();
        while (box.find()) {
            pages.add(new double[] {Double.parseDouble(box.group(1)), Double.parseDouble(box.group(2))});
        }
        assertTrue(pages.size() > 1, name + ": expected several pages, found " + pages.size());
        for (double[] page : pages) {
            // A4 is 210 × 297 mm = 595.3 × 841.9 pt
            assertTrue(Math.abs(page[0] - 595.3) < 2 && Math.abs(page[1] - 841.9) < 2,
                    name + ": a page is " + page[0] + " × " + page[1] + " pt, not A4");
        }
    }
}
