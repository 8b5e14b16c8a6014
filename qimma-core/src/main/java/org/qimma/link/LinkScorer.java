package org.qimma.link;

import com.fasterxml.jackson.databind.JsonNode;
import org.qimma.eval.Scorer;
import org.qimma.text.Overlap;

/**
 * Scores links against gold (shared/spec/RECORD.md): same kind and both ends agree — the article,
 * and an overlap ≥ 0.5 of the quoted text where an end quotes one.
 */
public final class LinkScorer {

    private LinkScorer() {}

    public static Scorer.Tally score(JsonNode gold, JsonNode found) {
        return Scorer.pair("links", gold, found, "links", LinkScorer::match, JsonNode::toString);
    }

    static boolean match(JsonNode g, JsonNode s) {
        String kind = g.path("kind").asText();
        if (!kind.equals(s.path("kind").asText())) return false;
        return switch (kind) {
            case "same_meeting" -> sameEnds(g.path("a"), g.path("b"), s.path("a"), s.path("b"));
            case "proposal_adopted" -> end(g.path("proposal"), s.path("proposal"), "what")
                    && end(g.path("outcome"), s.path("outcome"), "title");
            case "chairmanship_term" -> g.path("organisation").asText().equals(s.path("organisation").asText())
                    && g.path("holder").asText().equals(s.path("holder").asText())
                    && g.path("begins").path("article").asText().equals(s.path("begins").path("article").asText())
                    && g.path("completed").path("article").asText().equals(s.path("completed").path("article").asText());
            default -> false;
        };
    }

    private static boolean sameEnds(JsonNode ga, JsonNode gb, JsonNode sa, JsonNode sb) {
        return end(ga, sa, null) && end(gb, sb, null) || end(ga, sb, null) && end(gb, sa, null);
    }

    private static boolean end(JsonNode g, JsonNode s, String quoted) {
        if (!g.path("article").asText().equals(s.path("article").asText())) return false;
        if (quoted == null) return true;
        return Overlap.of(g.path(quoted).asText(), s.path(quoted).asText()) >= 0.5;
    }
}
