package org.qimma.recognise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qimma.resources.Tsv;
import org.qimma.text.Span;
import org.qimma.text.Text;

/**
 * Entity linking against a gold list of mentions written as news writes them (every entity in
 * each sentence annotated): precision over what the recogniser finds, recall over the gold.
 */
class EntityLinkingGoldTest {

    private record Gold(Span span, String id) {}

    /** The floor: raised whenever linking improves, never lowered. */
    static final double PRECISION_FLOOR = 0.97;
    static final double RECALL_FLOOR = 0.95;

    @Test
    void precisionAndRecallOnTheGoldList() {
        Map<String, List<Gold>> bySentence = new LinkedHashMap<>();
        Map<String, String> dates = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.resource("entities/mentions-gold.tsv")) {
            String sentence = r.get("sentence");
            int at = sentence.indexOf(r.get("mention"));
            bySentence.computeIfAbsent(sentence, k -> new ArrayList<>())
                    .add(new Gold(new Span(at, at + r.get("mention").length()), r.get("id")));
            dates.put(sentence, r.get("date"));
        }
        EntityRecognizer recognizer = EntityRecognizer.standard();
        int tp = 0, fp = 0, fn = 0;
        List<String> errors = new ArrayList<>();
        for (var e : bySentence.entrySet()) {
            List<Mention> found = recognizer.find(Text.of(e.getKey()), dates.get(e.getKey()));
            List<Gold> gold = new ArrayList<>(e.getValue());
            for (Mention m : found) {
                if (m.id() == null || m.reason().equals("group")) continue;
                Gold hit = null;
                for (Gold g : gold) if (g.id().equals(m.id()) && g.span().overlaps(m.span())) hit = g;
                if (hit != null) {
                    tp++;
                    gold.remove(hit);
                } else {
                    fp++;
                    errors.add("extra " + m.span().of(e.getKey()) + " -> " + m.id() + " (" + m.reason() + ") in: " + e.getKey());
                }
            }
            for (Gold g : gold) {
                fn++;
                errors.add("miss  " + g.span().of(e.getKey()) + " -> " + g.id() + " in: " + e.getKey());
            }
        }
        double p = (double) tp / (tp + fp), r = (double) tp / (tp + fn);
        System.out.printf(Locale.ROOT, "entity linking on %d gold mentions: tp %d fp %d fn %d  P %.3f R %.3f%n",
                tp + fn, tp, fp, fn, p, r);
        errors.stream().limit(40).forEach(System.out::println);
        assertTrue(p >= PRECISION_FLOOR, "precision " + p);
        assertTrue(r >= RECALL_FLOOR, "recall " + r);
    }
}
