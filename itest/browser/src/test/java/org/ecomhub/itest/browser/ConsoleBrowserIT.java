package org.ecomhub.itest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Amazon hub in a real browser (issue 7): headless Debian chromium drives the Felix demo's web console on
 * 127.0.0.1 against the SP-API simulator: log in, set the app credentials, install a store and authorise it through
 * the simulator's consent page, turn it ON, change a setting, find and import missing orders, see an imported order's
 * log entry, edit a lead time. A screenshot per tab goes to target/screenshots.
 */
class ConsoleBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    private static final Path WORK = Path.of(System.getProperty("work.dir", "target"));
    private static final Pattern ORDER_ID = Pattern.compile("\\d{3}-\\d{7}-\\d{7}");
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(3);

    private static DemoApp demo;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.out.println("[browser test] SKIPPED: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing. Install"
                    + " Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver; .ci/run"
                    + " does it in CI).");
        }
        Assumptions.assumeTrue(present, "Debian's chromium and chromium-driver are not installed: browser test skipped");
        Path dir = WORK.resolve("browser-demo");
        deleteTree(dir);
        Files.createDirectories(dir);
        demo = new DemoApp(dir);
        demo.start(Path.of(System.getProperty("demo.jar")), Path.of(System.getProperty("demo.conf")));
        demo.seedHost();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1600", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogFile(dir.resolve("chromedriver.log").toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    @DisplayName("issue 7: install, authorise by consent, turn ON, change a setting, import missing orders, see the"
            + " log entry, edit a lead time; a screenshot per tab")
    void theWholeFlowInTheBrowser() throws Exception {
        // log in: the console's basic authentication, credentials in the first address only
        browser.get(demo.consoleUrl().replace("http://", "http://" + DemoApp.USER + ":" + DemoApp.PASSWORD + "@")
                + "/amazon");
        assertTrue(page().contains("Signed in as admin"), page());
        assertTrue(page().contains("0 of 5 shop slots used."), page());

        // STORE-08: the app's LWA credentials; the secret is only ever said to be set
        open("Set the app credentials");
        browser.findElement(By.name("client-id")).clear();
        browser.findElement(By.name("client-id")).sendKeys("amzn1.application-oa2-client.simulator");
        browser.findElement(By.name("client-secret")).sendKeys("sim-client-secret");
        browser.findElement(By.xpath("//button[text()='Save credentials']")).click();
        waitForText("App credentials saved.");
        assertTrue(page().contains("client secret: set."));
        assertFalse(page().contains("sim-client-secret"), "the secret is never rendered");

        // STORE-01, STORE-06 b: install in the first shop slot and authorise through the simulator's consent page
        WebElement slot = browser.findElement(By.id("slot-1"));
        slot.findElement(By.tagName("summary")).click();
        slot.findElement(By.name("alias")).sendKeys("EU1");
        new Select(slot.findElement(By.name("marketplace"))).selectByValue("A1F83G8C2ARO7P");
        slot.findElement(By.name("seller")).sendKeys("A3SIMSELLER0001");
        slot.findElement(By.cssSelector("input[value='consent']")).click();
        slot.findElement(By.xpath(".//button[text()='Add']")).click();
        waitForText("Seller A3SIMSELLER0001 in EU is authorised; stores covered: EU1.");
        assertTrue(browser.getCurrentUrl().startsWith(demo.consoleUrl() + "/amazon"), browser.getCurrentUrl());

        // STORE-04: turning ON tells how many orders it imports
        browser.findElement(By.cssSelector("#tile-EU1 a.ecomhub-toggle")).click();
        waitForText("Turning EU1 ON imports every order since");
        browser.findElement(By.xpath("//button[text()='Turn ON and import them']")).click();
        waitForText("Store EU1 is ON.");
        assertTrue(browser.findElement(By.id("tile-EU1")).getText().contains("AUTHORISED"));
        screenshot("1-overview");

        // STORE-03: change a setting through the validators and Config Admin
        tab("configuration", "&store=EU1");
        new Select(browser.findElement(By.id("fbm/order.status"))).selectByValue("PLACED");
        browser.findElement(By.xpath("//button[text()='Save Configuration']")).click();
        waitForText("Configuration saved: order.status.");
        assertEquals("PLACED", new Select(browser.findElement(By.id("fbm/order.status"))).getFirstSelectedOption()
                .getAttribute("value"));
        screenshot("2-configuration");

        // DATA-01: import every listing of the store (merchant listings report), progress shown while it runs
        tab("data", "&store=EU1");
        browser.findElement(By.xpath("//th[text()='Import Products from Amazon']/..//button")).click();
        waitForJob("PRODUCT_IMPORT");

        // DATA-03/04: find the missing orders of the last 7 days, then import them
        browser.findElement(By.xpath("//button[text()='Find']")).click();
        waitForJob("MISSING_ORDERS");
        List<WebElement> missing = browser.findElements(By.cssSelector("ul.ecomhub-missing li"));
        assertFalse(missing.isEmpty(), "the simulator's orders are missing from the host: " + page());
        browser.findElement(By.cssSelector("form input[name='orders'][type='hidden']"))
                .findElement(By.xpath("./..")).findElement(By.tagName("button")).click();
        waitForJob("ORDER_IMPORT");
        screenshot("3-manage-your-data");

        // LOG-01: the live orders placed since the store went ON are imported by the poll; their entries show
        String orderId = awaitImportedOrder();
        tab("log", "&store=EU1&level=INFO&search=" + orderId);
        String row = browser.findElement(By.cssSelector("table.ecomhub-log tbody tr")).getText();
        assertTrue(row.contains(orderId) && row.contains("ORDERS") && row.contains("INFO"), row);
        screenshot("4-connection-log");

        // LIST-01/03: the products the orders mapped; edit one lead time inline
        tab("products", "&store=EU1");
        WebElement leadTime = browser.findElement(By.cssSelector("form.ecomhub-leadtime input[name='days']"));
        String sku = leadTime.findElement(By.xpath("./ancestor::tr")).getAttribute("data-sku");
        leadTime.clear();
        leadTime.sendKeys("5");
        leadTime.findElement(By.xpath("./..")).findElement(By.tagName("button")).click();
        waitForJob("LEAD_TIME");
        tab("products", "&store=EU1&search=" + sku);
        WebElement changed = browser.findElement(By.cssSelector("tr[data-sku='" + sku + "'] input[name='days']"));
        assertEquals("5", changed.getAttribute("value"), page());
        screenshot("5-manage-your-products");

        // SEC-01: no tab ever shows the app's client secret or a refresh token
        for (String tab : List.of("overview", "configuration", "data", "products", "log")) {
            tab(tab, "&store=EU1");
            assertFalse(page().contains("sim-client-secret"), tab);
            assertFalse(page().contains("Atzr|"), tab);
        }
    }

    /** Reloads the log until an INFO entry says an order was imported; returns that order's id. */
    private static String awaitImportedOrder() {
        String[] found = new String[1];
        try {
            Awaitility.await("an imported order in the log").atMost(JOB_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions().until(() -> {
                        tab("log", "&store=EU1&level=INFO&search=Imported+order");
                        Matcher m = ORDER_ID.matcher(browser.findElement(By.cssSelector("table.ecomhub-log tbody"))
                                .getText());
                        found[0] = m.find() ? m.group() : null;
                        return found[0] != null;
                    });
        } catch (ConditionTimeoutException e) {
            tab("log", "&store=EU1");
            throw new AssertionError("no order was imported:\n" + visibleText(), e);
        }
        return found[0];
    }

    private static String page() {
        return browser.getPageSource();
    }

    private static void tab(String tab, String query) {
        browser.get(demo.consoleUrl() + "/amazon?tab=" + tab + query);
    }

    private static void open(String summary) {
        browser.findElement(By.xpath("//summary[text()='" + summary + "']")).click();
    }

    private static void waitForText(String text) {
        try {
            Awaitility.await(text).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                    .ignoreExceptions().until(() -> browser.getPageSource().contains(text.replace("'", "&#39;")));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("'" + text + "' not shown at " + browser.getCurrentUrl() + ":\n" + visibleText(), e);
        }
    }

    /** The page reloads itself while the job runs; wait until the job shows a result, which must be DONE. */
    private static void waitForJob(String kind) {
        try {
            Awaitility.await(kind).atMost(JOB_TIMEOUT).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> {
                        String text = browser.findElement(By.cssSelector(".ecomhub-job")).getText();
                        return text.contains(kind) && !text.contains("running");
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(kind + " did not finish:\n" + visibleText(), e);
        }
        String job = browser.findElement(By.cssSelector(".ecomhub-job")).getText();
        assertTrue(job.contains(": DONE"), job);
    }

    private static String visibleText() {
        try {
            return browser.findElement(By.id("ecomhub-amazon")).getText();
        } catch (RuntimeException e) {
            return browser.getPageSource();
        }
    }

    private static void screenshot(String name) throws IOException {
        Path dir = WORK.resolve("screenshots");
        Files.createDirectories(dir);
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
