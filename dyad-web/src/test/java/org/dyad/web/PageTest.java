package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser, as an analyst uses it: code an article and read its highlights,
 * filter the event table and open an event's evidence, draw the dyad timeline and the actor
 * network. Screenshots go to target/screenshots. A posted article full of HTML and script is
 * shown as text and runs nothing.
 */
class PageTest {

    private static WebDriver driver;
    private static String base;
    private static WebDriverWait wait;

    @BeforeAll
    static void open() {
        driver = Browser.start();
        base = "http://127.0.0.1:" + Served.server().port();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterAll
    static void close() {
        if (driver != null) driver.quit();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebElement id(String id) {
        return driver.findElement(By.id(id));
    }

    private static void tab(String name) {
        driver.findElement(By.cssSelector("nav button[data-tab='" + name + "']")).click();
    }

    private static void code(String text, String published, String title) {
        id("article-input").clear();
        id("article-input").sendKeys(text);
        js("document.getElementById('article-published').value = arguments[0];"
                + "document.getElementById('article-title').value = arguments[1];"
                + "document.getElementById('article-store').checked = true;", published, title);
        id("code-button").click();
        wait.until(d -> id("article-meta").getText().contains("stored"));
    }

    @Test
    void anAnalystCodesAnArticleFiltersTheEventsAndSeesTheTimelineAndTheNetwork() {
        driver.get(base + "/");
        wait.until(d -> id("store-status").getText().contains("articles"));
        code("Egyptian Foreign Minister Sameh Shoukry met Jordanian officials in Amman on Wednesday. "
                + "\"We reject any attack on civilians,\" Shoukry said.", "2025-01-17", "Shoukry in Amman");

        List<WebElement> predicates = driver.findElements(By.cssSelector("#article-text .hl-predicate"));
        assertThat(predicates).extracting(WebElement::getText).contains("met");
        assertThat(driver.findElements(By.cssSelector("#article-text .hl-mention"))).extracting(WebElement::getText)
                .contains("Egyptian Foreign Minister Sameh Shoukry");
        assertThat(driver.findElements(By.cssSelector("#article-text .hl-quote"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#article-text .hl-time"))).extracting(WebElement::getText).contains("Wednesday");
        new Actions(driver).moveToElement(predicates.get(0)).perform();
        wait.until(d -> id("details").getText().contains("Event 04"));
        assertThat(id("details").getText()).contains("rule").contains("EGYGOV").contains("2025-01-15");
        driver.findElements(By.cssSelector("#article-text .hl-mention")).get(0).click();
        assertThat(id("details").getText()).contains("resolution").contains("EGYGOV");
        Browser.screenshot(driver, "article");

        tab("events");
        wait.until(d -> !d.findElements(By.cssSelector("#events-table tbody tr")).isEmpty());
        WebElement filters = id("event-filters");
        filters.findElement(By.name("actor")).sendKeys("ISR");
        filters.findElement(By.name("quad")).sendKeys("4");
        id("filter-button").click();
        long total = Served.http().get("/api/events?actor=ISR&quad=4").json().get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(2);
        wait.until(d -> id("page-info").getText().endsWith("of " + total));
        List<WebElement> rows = driver.findElements(By.cssSelector("#events-table tbody tr"));
        assertThat(rows).hasSize((int) total).allSatisfy(r -> assertThat(r.getText()).contains("ISR").contains("material conflict"));
        Browser.screenshot(driver, "events");
        rows.get(0).click();
        wait.until(d -> !d.findElements(By.cssSelector("#article-text .hl-evidence")).isEmpty());
        assertThat(id("tab-article").isDisplayed()).isTrue();
        assertThat(String.join(" ", driver.findElements(By.cssSelector("#article-text .hl-evidence")).stream().map(WebElement::getText).toList()))
                .contains("shelled");
        Browser.screenshot(driver, "evidence");

        tab("timeline");
        var buckets = Served.http().get("/api/dyads/ISR/PSE/timeline").json().get("buckets");
        long events = 0;
        for (var b : buckets) events += b.get("events").asLong();
        wait.until(d -> Integer.toString(buckets.size()).equals(id("timeline-chart").getDomAttribute("data-drawn")));
        assertThat(id("timeline-note").getText()).contains("ISR → PSE: " + events + " events");
        assertThat(pixels("timeline-chart", "r > 150 && g < 60 && b < 60")).as("material conflict bars").isGreaterThan(500);
        Browser.screenshot(driver, "timeline");

        tab("network");
        wait.until(d -> id("network-chart").getDomAttribute("data-drawn") != null);
        assertThat(Integer.parseInt(id("network-chart").getDomAttribute("data-drawn"))).isGreaterThanOrEqualTo(9);
        assertThat(pixels("network-chart", "r > 150 && g < 60 && b < 60")).as("conflict edges").isGreaterThan(50);
        assertThat(pixels("network-chart", "r < 60 && g > 100 && b < 80")).as("cooperation edges").isGreaterThan(50);
        Browser.screenshot(driver, "network");
    }

    /** How many pixels of a chart's canvas have a colour, as a condition on r, g and b. */
    private static long pixels(String chart, String condition) {
        return (Long) js("const c = document.querySelector('#' + arguments[0] + ' canvas');"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + "for (let i = 0; i < d.length; i += 4) { const r = d[i], g = d[i + 1], b = d[i + 2];"
                + "if (d[i + 3] > 200 && (" + condition + ")) n++; } return n;", chart);
    }

    @Test
    void htmlAndScriptInAnArticleAreShownAsTextAndNeverRun() {
        driver.get(base + "/");
        wait.until(d -> id("store-status").getText().contains("articles"));
        String hostile = "Turkish troops shelled <img src=x onerror=\"window.dyadInjected=1\"> Syrian Kurdish militias "
                + "on Sunday. <script>window.dyadInjected=2</script> \"We <b onmouseover='window.dyadInjected=3'>will</b> respond,\" the militia said.";
        code(hostile, "2025-02-03", "<img src=y onerror=\"window.dyadInjected=4\">Raid");
        assertThat(id("article-text").getText()).contains("<img src=x onerror=").contains("<script>window.dyadInjected=2</script>");
        assertThat(id("article-heading").getText()).startsWith("<img src=y");
        for (WebElement hl : driver.findElements(By.cssSelector("#article-text .hl"))) new Actions(driver).moveToElement(hl).perform();

        tab("events");
        WebElement filters = id("event-filters");
        id("filter-reset").click();
        filters.findElement(By.name("text")).sendKeys("onerror");
        id("filter-button").click();
        wait.until(d -> id("page-info").getText().endsWith(" of 1"));
        WebElement row = driver.findElement(By.cssSelector("#events-table tbody tr"));
        assertThat(row.getText()).contains("TUR");
        row.click();
        wait.until(d -> !d.findElements(By.cssSelector("#article-text .hl-evidence")).isEmpty());
        Browser.screenshot(driver, "escaped");

        assertThat(js("return window.dyadInjected === undefined")).as("no injected script ran").isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector("main img, main script, main b, header img"))).as("no injected element").isEmpty();
    }
}
