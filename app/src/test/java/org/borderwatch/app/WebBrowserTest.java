package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.store.TestDatabase;
import org.borderwatch.web.WebConfig;
import org.borderwatch.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in headless Chromium (Debian's chromium and chromium-driver) on demo-like data: the seed
 * editorial and some ISAF press releases ingested and extracted by the real pipeline (CoreNLP, the
 * rules, the gazetteer). Screenshots go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebBrowserTest {
    private static final Path SEED = Path.of("../../shared/seeds/000_6034f0928c20e128.txt");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path temp;

    private WebServer server;
    private ChromeDriver browser;
    private List<String> on;

    @BeforeAll
    void start() throws Exception {
        assertThat(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM))
                .as("the browser test needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver")
                .isTrue();
        TestDatabase db = TestDatabase.create();
        on = List.of("--db", db.jdbcUrl());
        Path isaf = temp.resolve("isaf.jsonl");
        Files.write(isaf, isafLines(12));
        for (Cli c : List.of(Cli.run(Cli.on(on, "ingest", "--quiet", SEED.toString())),
                Cli.run(Cli.on(on, "ingest", "--quiet", "--format", "jsonl", "--publisher", "ISAF", isaf.toString())),
                Cli.run(Cli.on(on, "extract", "--quiet", "--threads", "2")))) {
            assertThat(c.status()).as(c.toString()).isZero();
        }
        server = WebServer.start(new WebConfig("127.0.0.1", 0, "browser-analyst"), db.jdbi());
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
                        "--user-data-dir=" + temp.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    private static List<String> isafLines(int n) throws Exception {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                WebBrowserTest.class.getResourceAsStream("/demo/isaf-press-releases.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null && lines.size() < n; line = r.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private void shoot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void dashboardMapIncidentDocumentAndAnEditThatSurvivesAReload() throws Exception {
        browser.get(server.url());
        assertThat(browser.getTitle()).contains("Dashboard");
        WebElement chart = browser.findElement(By.id("chart"));
        assertThat(chart.findElements(By.cssSelector("rect.bar"))).isNotEmpty();
        assertThat(chart.getSize().getHeight()).isGreaterThan(200);
        WebElement map = browser.findElement(By.id("map"));
        assertThat(map.findElements(By.cssSelector("path[data-country='PK']"))).hasSize(1);
        assertThat(map.findElements(By.cssSelector("path[data-border='AF–PK']"))).isNotEmpty();
        assertThat(map.findElements(By.cssSelector("g.border-band"))).hasSize(3);
        List<WebElement> besham = map.findElements(By.cssSelector("circle.incident-point[data-place='Besham']"));
        assertThat(besham).as("the Bisham attack is on the map").hasSize(1);
        assertThat(besham.get(0).isDisplayed()).isTrue();
        shoot("dashboard");

        // Map → incident.
        besham.get(0).findElement(By.xpath("..")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/incidents/"));
        String incidentUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.id("incident")).getText()).contains("Besham");
        assertThat(browser.getPageSource()).contains("Khyber Pakhtunkhwa");
        shoot("incident");

        // Incident → the evidence in its document, highlighted.
        WebElement evidence = browser.findElements(By.cssSelector("a.evidence-link")).get(0);
        String quote = evidence.findElement(By.xpath("../mark")).getText();
        evidence.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/documents/"));
        List<WebElement> current = browser.findElements(By.cssSelector("#text mark.current"));
        assertThat(current).isNotEmpty();
        StringBuilder marked = new StringBuilder();
        current.forEach(m -> marked.append(m.getText()));
        assertThat(normal(marked.toString())).isEqualTo(normal(quote));
        assertThat(browser.findElements(By.cssSelector("#text .f"))).hasSizeGreaterThan(5);
        Object visible = ((JavascriptExecutor) browser).executeScript(
                "const r = document.querySelector('#text mark.current').getBoundingClientRect();"
                        + "return r.top >= 0 && r.top < window.innerHeight;");
        assertThat(visible).as("the page scrolled to the evidence").isEqualTo(true);
        shoot("document");

        // An edit on the incident page survives a reload.
        browser.get(incidentUrl);
        WebElement form = browser.findElement(By.cssSelector("form.review[id^='review-report-']"));
        WebElement killed = form.findElement(By.name("killed"));
        killed.clear();
        killed.sendKeys("7");
        form.findElement(By.name("note")).sendKeys("checked against a second source");
        form.findElement(By.cssSelector("button[value='edit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getPageSource().contains("status-edited"));
        browser.navigate().refresh();
        WebElement report = browser.findElement(By.cssSelector(".report"));
        assertThat(report.findElement(By.cssSelector(".report-killed")).getText()).isEqualTo("7");
        assertThat(report.getText()).contains("edited", "reviewed by browser-analyst");
        assertThat(browser.findElement(By.cssSelector("table.history")).getText())
                .contains("browser-analyst", "edit", "checked against a second source");
        shoot("incident-edited");
    }

    @Test
    void theLedgerShowsTheClaimAndItsDenialAndACommitmentIsConfirmedInTheBrowser() throws Exception {
        Cli suggest = Cli.run(Cli.on(on, "commitments", "suggest"));
        assertThat(suggest.status()).as(suggest.toString()).isZero();
        browser.get(server.url() + "ledger");
        browser.findElement(By.cssSelector("form[action='/ledger/regroup'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#ledger a")).isEmpty());
        WebElement haven = browser.findElements(By.cssSelector("#ledger a")).stream()
                .filter(a -> a.getText().toLowerCase().contains("safe haven")).findFirst().orElseThrow();
        haven.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().matches(".*/ledger/\\d+"));
        assertThat(browser.findElement(By.id("for-count")).getText()).startsWith("1");
        assertThat(browser.findElement(By.id("against-count")).getText()).startsWith("1");
        assertThat(browser.findElements(By.cssSelector("#positions a.document-link"))).hasSize(2);
        shoot("ledger");

        browser.get(server.url() + "commitments?obligor=taliban");
        WebElement demand = browser.findElements(By.cssSelector("#commitments a")).stream()
                .filter(a -> a.getText().contains("hand them to us")).findFirst().orElseThrow();
        shoot("commitments");
        demand.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().matches(".*/commitments/\\d+"));
        assertThat(browser.findElement(By.id("start")).getText()).isEqualTo("2024-05-26");
        browser.findElement(By.cssSelector("form[action$='/confirm'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getPageSource().contains("status-confirmed"));
        assertThat(browser.findElements(By.cssSelector("form[action$='/status']"))).hasSize(1);
        shoot("commitment");
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
