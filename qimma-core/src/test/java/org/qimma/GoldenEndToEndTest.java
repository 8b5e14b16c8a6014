package org.qimma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qimma.eval.Evaluation;
import org.qimma.eval.Scorer;
import org.qimma.read.Article;
import org.qimma.read.ReadException;
import org.qimma.read.Readers;
import org.qimma.record.ArticleRecord;
import org.qimma.record.Json;

/**
 * The seed articles and the project's own corpus, extracted and scored end to end. The seeds
 * need ../shared beside the clone; without it that test is skipped with a message.
 */
class GoldenEndToEndTest {

    private static final Path ROOT = Path.of(System.getProperty("qimma.root", ".."));
    private static final Path SHARED = Path.of(System.getProperty("qimma.shared", "../../shared"));

    private static Scorer.Report score(Path gold, Path articles) throws Exception {
        List<ReadException> errors = new ArrayList<>();
        Scorer.Report r = Evaluation.run(gold, List.of(articles), Pipeline.standard(), errors);
        assertTrue(errors.isEmpty(), errors.toString());
        System.out.println("== " + articles + "\n" + r.format(false));
        return r;
    }

    @Test
    void seedArticles() throws Exception {
        Path seeds = SHARED.resolve("corpus/seeds");
        assumeTrue(Files.isDirectory(seeds), "skipped: " + seeds + " is absent (shared/ is not beside this clone)");
        Scorer.Report r = score(seeds.resolve("gold"), seeds);
        assertTrue(r.micro().f1() >= 0.90, "seed micro F1 " + r.micro().f1());
        for (var e : r.lists.entrySet()) {
            assertTrue(e.getValue().f1() >= 0.80, e.getKey() + " F1 " + e.getValue().f1());
        }
        // links on the seeds: all four found, no extra
        assertEquals(4, r.links.tp, r.links.misses.toString());
        assertEquals(0, r.links.fp, r.links.extras.toString());
    }

    /**
     * The floor on our own corpus: raised whenever the extractor improves. Lowered once, from 0.86 to
     * 0.825, when the held-out articles 401-412 (written after the extractor was tuned) were added and
     * the whole-corpus F1 became 0.830: an honest measurement on unseen wording, not a regression.
     * Raised to 0.87 when the corpus (held-out articles included) reached 0.879, to 0.89 at 0.900.
     * Lowered again to 0.85 when two more held-out sets, 501-512 and 601-612 (0.698 and 0.691 before
     * any work read them), were added: the whole corpus then scored 0.856 with 501-512 worked on; and
     * to 0.84 when a fourth, 701-712 (0.711, never read), joined: the whole corpus then scored 0.850;
     * raised to 0.85 when it reached 0.861, to 0.87 at 0.881; kept at 0.87 when a sixth, 901-912
     * (0.785, never read), joined (0.874), and raised to 0.88 when the whole corpus reached 0.891.
     * Raised to 0.89 when 1001-1012 were worked on (0.894), and to 0.90 when the corpus, 1101-1112
     * (0.785, never read) included, reached 0.908.
     */
    static final double OWN_CORPUS_FLOOR = 0.90;

    @Test
    void ownCorpus() throws Exception {
        Scorer.Report r = score(ROOT.resolve("corpus/gold"), ROOT.resolve("corpus/articles"));
        assertTrue(r.micro().f1() >= OWN_CORPUS_FLOOR, "own corpus micro F1 " + r.micro().f1());
    }

    /** Every string a record quotes is exactly the text at its span. */
    @Test
    void everySpanPointsAtItsText() throws Exception {
        List<Path> inputs = new ArrayList<>(List.of(ROOT.resolve("corpus/articles")));
        Path seeds = SHARED.resolve("corpus/seeds");
        if (Files.isDirectory(seeds)) inputs.add(seeds);
        Pipeline p = Pipeline.standard();
        int checked = 0;
        for (Path f : Readers.expand(inputs, new ArrayList<>())) {
            for (Article a : Readers.read(f).articles()) {
                ArticleRecord rec = p.process(a);
                checked += check(Json.MAPPER.valueToTree(rec), a.text());
            }
        }
        assertTrue(checked > 500, "checked " + checked + " spans");
    }

    private static int check(JsonNode n, String text) {
        int count = 0;
        if (n.isObject()) {
            var it = n.fields();
            while (it.hasNext()) {
                var e = it.next();
                String key = e.getKey();
                if (key.endsWith("span") && e.getValue().isArray() && e.getValue().size() == 2) {
                    String field = key.equals("span") ? textField(n) : key.substring(0, key.length() - "_span".length());
                    if (field != null && n.hasNonNull(field)) {
                        int s = e.getValue().get(0).asInt(), end = e.getValue().get(1).asInt();
                        assertEquals(n.get(field).asText(), text.substring(s, end), "span of " + field);
                        count++;
                    }
                } else {
                    count += check(e.getValue(), text);
                }
            }
        } else if (n.isArray()) {
            for (JsonNode x : n) count += check(x, text);
        }
        return count;
    }

    private static String textField(JsonNode n) {
        for (String f : List.of("quote_or_gist", "title", "text", "what", "state")) if (n.has(f)) return f;
        return null;
    }
}
