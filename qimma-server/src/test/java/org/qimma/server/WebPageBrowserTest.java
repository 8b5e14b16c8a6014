package org.qimma.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qimma.Pipeline;
import org.qimma.link.Linker;
import org.qimma.store.Ingest;
import org.qimma.store.Queries;
import org.qimma.store.Store;

/**
 * The web page in a real browser: headless Chromium driven through Debian's chromedriver (never a
 * downloaded one), over a store of the example corpus and two articles of this test's own — one
 * whose text holds a script and HTML tags, one whose proposal the corpus later reports adopted.
 */
class WebPageBrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("qimma.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("qimma.chromedriver", "/usr/bin/chromedriver"));
    static final Path CORPUS = Path.of(System.getProperty("qimma.root", "..")).resolve("corpus/articles");
    static final Duration PATIENCE = Duration.ofSeconds(15);

    static final String HTML_TITLE = "مقال تجريبي فيه وسوم <b>bold</b>";
    static final String HTML_ARTICLE = HTML_TITLE + """

            01/06/2025 10:00
            الرياض - 1 - 6 (وكالة) -- هذا نص زمردي لاختبار الصفحة، يحوي شيفرة <script>window.__pwned=1</script> يجب أن تظهر نصا.

            ويحوي أيضا وسما <b>bold</b> ووسما آخر <img src=x onerror="window.__pwned=2"> لا يصير عنصرا.
            """;
    /** A proposal that the corpus's Tianjin summit article (1 September 2025) reports adopted. */
    static final String PROPOSAL_ARTICLE = """
            قرغيزستان تقترح استراتيجية تنمية لمنظمة شنغهاي للتعاون
            15/07/2025 10:00
            تيانجين - 15 - 7 (وكالة) -- عقد مجلس وزراء خارجية منظمة شنغهاي للتعاون اجتماعه اليوم الثلاثاء في تيانجين.

            واقترحت قرغيزستان اعتماد استراتيجية تنمية منظمة شنغهاي للتعاون للفترة 2026-2035.
            """;
    static final String ADOPTED_TITLE = "استراتيجية تنمية منظمة شنغهاي للتعاون للفترة 2026-2035";

    @TempDir
    static Path tmp;
    static Store store;
    static Queries queries;
    static QimmaServer server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void serveAndOpenBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("the browser test needs Chromium at " + CHROMIUM + " and chromedriver at " + CHROMEDRIVER
                    + ": install them (apt-get install -y chromium chromium-driver), or point -Dqimma.chromium and"
                    + " -Dqimma.chromedriver at them");
        }
        Path own = Files.createDirectories(tmp.resolve("own-articles"));
        Files.writeString(own.resolve("html-in-text.txt"), HTML_ARTICLE, StandardCharsets.UTF_8);
        Files.writeString(own.resolve("proposal-adopted-later.txt"), PROPOSAL_ARTICLE, StandardCharsets.UTF_8);
        Pipeline pipeline = Pipeline.standard();
        Path folder = tmp.resolve("store");
        try (Store writable = Store.open(folder, true)) {
            Ingest.Summary summary = new Ingest(writable, pipeline, new Linker(pipeline.kb()), Ingest.Options.DEFAULT)
                    .run(List.of(CORPUS, own), new Ingest.Listener() {});
            assertEquals(0, summary.failed(), summary.line());
        }
        store = Store.open(folder, false);
        queries = new Queries(store, pipeline.kb());
        server = QimmaServer.start(store, pipeline.kb(), "127.0.0.1", 0);
        base = server.url();
        browser = startBrowser();
    }

    static ChromeDriver startBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeAll() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    // ---- the views

    @Test
    void timelineListsTheMeetingsOfAnOrganisationByYear() {
        useLanguage("ar");
        open("timeline");
        new Select(browser.findElement(By.id("organisation-select"))).selectByValue("SCO");
        awaitRoute("timeline?organisation=SCO");
        List<WebElement> meetings = browser.findElements(By.cssSelector(".meeting-entry"));
        long total = queries.timeline("SCO", null, 0, 1).total();
        assertTrue(total > 0);
        assertEquals(Math.min(total, 50), meetings.size());
        for (WebElement m : meetings) {
            assertTrue(m.findElement(By.cssSelector(".meeting-link")).getText().contains("منظمة شنغهاي للتعاون"), m.getText());
        }
        List<Integer> years = browser.findElements(By.cssSelector(".year-heading")).stream().map(h -> Integer.parseInt(h.getText())).toList();
        assertFalse(years.isEmpty());
        for (int i = 1; i < years.size(); i++) assertTrue(years.get(i - 1) > years.get(i), "years newest first: " + years);
        screenshot("timeline-ar");
    }

    @Test
    void meetingLeadsToItsArticleWhereEveryFactIsHighlightedAtItsSpan() {
        open("timeline?organisation=SCO");
        browser.findElement(By.cssSelector(".meeting-link")).click();
        awaitRoute("meeting/");
        assertFalse(browser.findElement(By.cssSelector(".meeting-page h1")).getText().isBlank());
        assertEquals(4, browser.findElements(By.cssSelector(".meeting-page section.block")).size(), "participants, statements, documents, tellings");
        screenshot("meeting");

        browser.findElement(By.cssSelector(".article-link")).click();
        awaitRoute("article/");
        long id = Long.parseLong(route().replaceAll("^article/(\\d+).*$", "$1"));
        Map<String, Object> article = queries.article(id);
        String text = (String) article.get("text");
        JsonNode record = (JsonNode) article.get("record");

        assertEquals(text, js("return document.querySelector('.article-text').textContent"), "the text, whole and unchanged");
        assertFalse(browser.findElements(By.cssSelector(".article-text .hl-meeting")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector(".article-text .hl-entity")).isEmpty());
        int checked = 0;
        for (String[] kind : new String[][] {{"meeting", "meetings"}, {"statement", "statements"}, {"proposal", "proposals"},
                {"document", "adopted_documents"}, {"membership", "memberships"}, {"chairmanship", "chairmanship"},
                {"count", "counts"}, {"entity", "entities"}}) {
            JsonNode items = record.path(kind[1]);
            for (int i = 0; i < items.size(); i++) {
                JsonNode span = items.get(i).path("span");
                if (span.size() != 2) continue;
                String key = kind[0] + "-" + i;
                assertEquals(text.substring(span.get(0).asInt(), span.get(1).asInt()), markedText("[data-marks~='" + key + "']"), key);
                assertFalse(browser.findElements(By.cssSelector("[data-marks~='" + key + "'].hl-" + kind[0])).isEmpty(), key);
                checked++;
            }
        }
        assertTrue(checked > 10, "facts checked: " + checked);
        // the address names the meeting's span: it is marked
        String[] at = route().replaceAll("^.*[?&]at=(\\d+-\\d+).*$", "$1").split("-");
        assertEquals(text.substring(Integer.parseInt(at[0]), Integer.parseInt(at[1])), markedText(".is-marked"));

        // a click on a statement in the list marks its span in the text
        JsonNode statement = record.path("statements").get(0);
        assertNotNull(statement, "the article has a statement");
        browser.findElement(By.cssSelector("button.fact-item[data-fact='statement-0']")).click();
        String quote = text.substring(statement.path("span").get(0).asInt(), statement.path("span").get(1).asInt());
        assertEquals(quote, markedText("[data-marks~='statement-0'].is-marked"));
        assertTrue(markedText(".is-marked").contains(quote));
        screenshot("article-ar");
    }

    @Test
    void languageToggleFlipsDirectionAndWordsAndIsRemembered() {
        useLanguage("ar");
        open("entity/SCO");
        assertEquals("rtl", js("return document.documentElement.dir"));
        assertEquals("ar", js("return document.documentElement.lang"));
        assertEquals("الخط الزمني", browser.findElement(By.cssSelector("[data-nav='timeline']")).getText());
        assertEquals("منظمة شنغهاي للتعاون", browser.findElement(By.cssSelector(".entity-page h1")).getText());

        browser.findElement(By.id("language-toggle")).click();
        awaitRoute("entity/SCO");
        assertEquals("ltr", js("return document.documentElement.dir"));
        assertEquals("en", js("return document.documentElement.lang"));
        assertEquals("Timeline", browser.findElement(By.cssSelector("[data-nav='timeline']")).getText());
        assertEquals("SCO", browser.findElement(By.cssSelector(".entity-page h1")).getText());

        browser.navigate().refresh();
        awaitRoute("entity/SCO");
        assertEquals("ltr", js("return document.documentElement.dir"), "the choice outlives a reload");
        open("timeline?organisation=SCO");
        assertEquals("Timeline of meetings", browser.findElement(By.cssSelector("main h1")).getText());
        screenshot("timeline-en");

        browser.findElement(By.id("language-toggle")).click();
        awaitRoute("timeline?organisation=SCO");
        assertEquals("rtl", js("return document.documentElement.dir"));
        assertEquals("الخط الزمني للاجتماعات", browser.findElement(By.cssSelector("main h1")).getText());
    }

    @Test
    void searchFromTheHeaderShowsSnippetsWithTheirMatchesMarked() {
        open("timeline");
        WebElement box = browser.findElement(By.id("search-input"));
        box.clear();
        box.sendKeys("شانغهاي", Keys.ENTER);
        awaitRoute("search?q=");
        List<WebElement> results = browser.findElements(By.cssSelector(".result"));
        assertFalse(results.isEmpty());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) queries.search("شانغهاي", null, 0, 20).get("items");
        assertEquals(items.size(), results.size());
        // the first result's marks are the API's matches, as text
        @SuppressWarnings("unchecked")
        Map<String, Object> snippet = (Map<String, Object>) items.getFirst().get("snippet");
        String snippetText = (String) snippet.get("text");
        List<String> expected = new ArrayList<>();
        for (Object m : (List<?>) snippet.get("matches")) {
            int[] span = (int[]) m;
            expected.add(snippetText.substring(span[0], span[1]));
        }
        assertFalse(expected.isEmpty());
        List<String> marks = results.getFirst().findElements(By.cssSelector(".snippet mark")).stream().map(WebElement::getText).toList();
        assertEquals(expected, marks);
        assertEquals(snippetText, results.getFirst().findElement(By.cssSelector(".snippet")).getAttribute("textContent"));
        screenshot("search");
    }

    @Test
    void proposalsShowTheirOutcomeAndWhereTheyWereAdopted() {
        useLanguage("ar");
        open("proposals");
        List<WebElement> proposals = browser.findElements(By.cssSelector(".proposal"));
        assertFalse(proposals.isEmpty());
        for (WebElement p : proposals) {
            assertEquals(1, p.findElements(By.cssSelector(".badge-adopted, .badge-open")).size(), p.getText());
        }
        new Select(browser.findElement(By.id("filter-outcome"))).selectByValue("adopted");
        awaitRoute("proposals?");
        List<WebElement> adopted = browser.findElements(By.cssSelector(".proposal"));
        assertFalse(adopted.isEmpty(), "the test's own proposal is reported adopted by the corpus");
        assertEquals(adopted.size(), browser.findElements(By.cssSelector(".proposal.outcome-adopted")).size());
        WebElement document = browser.findElement(By.cssSelector(".proposal .adopted-document"));
        assertEquals(ADOPTED_TITLE, document.getText());
        screenshot("proposals-adopted");
        document.click();
        awaitRoute("article/");
        assertEquals(ADOPTED_TITLE, markedText(".is-marked"), "the document's title is marked in the article that adopted it");

        open("proposals?outcome=open");
        List<WebElement> open = browser.findElements(By.cssSelector(".proposal"));
        assertFalse(open.isEmpty());
        assertEquals(open.size(), browser.findElements(By.cssSelector(".proposal.outcome-open .badge-open")).size());
    }

    @Test
    void entityPageListsWhatIsLinkedToIt() {
        useLanguage("en");
        open("entity/vladimir_putin");
        assertEquals("Vladimir Putin", browser.findElement(By.cssSelector(".entity-page h1")).getText());
        assertEquals("فلاديمير بوتين", browser.findElement(By.cssSelector(".entity-page .other-name")).getText());
        List<String> sections = browser.findElements(By.cssSelector(".entity-page section h2")).stream().map(WebElement::getText).toList();
        assertTrue(sections.contains("Articles") && sections.contains("Statements"), sections.toString());
        browser.findElement(By.cssSelector(".entity-page .statement .evidence")).click();
        awaitRoute("article/");
        assertFalse(markedText(".is-marked").isEmpty(), "the statement is marked in its article");
        useLanguage("ar");
    }

    // ---- text from articles stays text

    @Test
    void htmlInAnArticleIsShownAsTextAndNeverRuns() {
        long id = articleIdByTitle(HTML_TITLE);
        open("article/" + id);
        String shown = (String) js("return document.querySelector('.article-text').textContent");
        assertTrue(shown.contains("<script>window.__pwned=1</script>"), shown);
        assertTrue(shown.contains("<b>bold</b>"), shown);
        assertTrue(browser.findElement(By.cssSelector(".article-page h1")).getText().contains("<b>bold</b>"));
        assertEquals("undefined", js("return typeof window.__pwned"));
        assertEquals(0L, js("return document.querySelectorAll('#view b, #view img, #view script').length"));
        assertEquals(1L, js("return document.scripts.length"), "only the page's own script");
        screenshot("html-as-text");

        // its snippet in search results is text too
        open("search?q=" + URLEncoder.encode("زمردي", StandardCharsets.UTF_8));
        String snippet = browser.findElement(By.cssSelector(".snippet")).getAttribute("textContent");
        assertTrue(snippet.contains("<script>"), snippet);
        assertEquals(0L, js("return document.querySelectorAll('#view b, #view img, #view script').length"));
        assertEquals("undefined", js("return typeof window.__pwned"));
    }

    @Test
    void overlappingAndNestedSpansCutTheTextAtEveryBoundary() {
        open("timeline");
        // spans a [0,6) and b [3,9) overlap without nesting; c [4,5) nests in both; one is out of the text
        Object pieces = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/highlight.js').then(h => {
                  const text = '<b>x</b>!!';
                  const facts = [
                    {key: 'a', kind: 'statement', ranges: [{key: 'a', kind: 'statement', start: 0, end: 6, role: 'fact'}]},
                    {key: 'b', kind: 'proposal', ranges: [{key: 'b', kind: 'proposal', start: 3, end: 9, role: 'fact'}]},
                    {key: 'c', kind: 'entity', ranges: [{key: 'c', kind: 'entity', start: 4, end: 5, role: 'fact'}]}];
                  const box = document.createElement('div');
                  h.renderHighlighted(box, text, facts, new Set(['statement', 'proposal', 'entity']));
                  const out = Array.from(box.childNodes).map(n => n.nodeType === 3 ? '#' + n.textContent
                      : n.dataset.marks.split(' ').sort().join('') + ':' + n.className + ':' + n.textContent);
                  out.push(String(h.validSpan([8, 11], text.length)), String(box.querySelectorAll('b').length));
                  done(out.join('|'));
                }, e => done('failed: ' + e));
                """);
        assertEquals("a:hl hl-statement bg-statement:<b>"
                + "|ab:hl hl-statement hl-proposal bg-statement:x"
                + "|abc:hl hl-statement hl-proposal hl-entity bg-statement:<"
                + "|ab:hl hl-statement hl-proposal bg-statement:/"
                + "|b:hl hl-proposal bg-proposal:b>!"
                + "|#!"
                + "|null|0", pieces);
    }

    @Test
    void anErrorFromTheApiIsShownAsAnError() {
        open("article/999999");
        assertEquals("error", js("return document.getElementById('view').dataset.view"));
        assertTrue(browser.findElement(By.cssSelector(".error")).getText().contains("999999"));
    }

    // ---- helpers

    /** Goes to #/{route} and waits until the page shows it. */
    static void open(String route) {
        browser.get(base + "#/" + route);
        String expected = decoded(route);
        awaitView(expected, r -> r.equals(expected));
    }

    /** Waits until the view for an address starting with this is shown (not loading). */
    static void awaitRoute(String prefix) {
        awaitView(prefix, r -> r.startsWith(prefix));
    }

    static void awaitView(String what, Predicate<String> shown) {
        new WebDriverWait(browser, PATIENCE).withMessage(() -> "the page never showed #/" + what + " (it shows #/" + route() + ")")
                .until(b -> {
                    String r = route();
                    boolean busy = (Boolean) js("return document.getElementById('view').hasAttribute('aria-busy')");
                    return !busy && r != null && shown.test(decoded(r));
                });
    }

    static String route() {
        return (String) js("return document.getElementById('view').dataset.route ?? null");
    }

    static String decoded(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    static void useLanguage(String language) {
        if (browser.getCurrentUrl() == null || !browser.getCurrentUrl().startsWith(base)) open("timeline");
        if (!language.equals(js("return document.documentElement.lang"))) {
            String r = route();
            browser.findElement(By.id("language-toggle")).click();
            awaitRoute(r == null ? "" : decoded(r));
        }
        assertEquals(language, js("return document.documentElement.lang"));
    }

    /** The text of the elements that match, in document order, joined. */
    static String markedText(String selector) {
        return (String) js("return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent).join('')", selector);
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    static long articleIdByTitle(String title) {
        for (Map<String, Object> a : queries.articles(null, null, 0, 100).items()) {
            if (title.equals(a.get("title"))) return ((Number) a.get("id")).longValue();
        }
        throw new AssertionError("no article titled " + title);
    }

    /** With -Dqimma.screenshots=DIR, keeps a picture of the page there (to look at, not to compare). */
    static void screenshot(String name) {
        String folder = System.getProperty("qimma.screenshots");
        if (folder == null || folder.isBlank()) return;
        try {
            Path dir = Files.createDirectories(Path.of(folder));
            Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
