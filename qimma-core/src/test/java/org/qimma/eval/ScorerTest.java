package org.qimma.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.qimma.record.Json;

class ScorerTest {

    private static JsonNode json(String s) throws Exception {
        return Json.MAPPER.readTree(s);
    }

    @Test
    void datesAgreeToTheLessPreciseOne() {
        assertTrue(Scorer.datesAgree("2024", "2024-07-04"));
        assertTrue(Scorer.datesAgree("2024-07-04", "2024"));
        assertFalse(Scorer.datesAgree("2024-07-04", "2024-07-05"));
    }

    @Test
    void speakersShareHalfTheirWords() {
        assertTrue(Scorer.labelsShare("Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"));
        assertFalse(Scorer.labelsShare("Emomali Rahmon", "Kassym-Jomart Tokayev"));
    }

    @Test
    void optionalItemsCountNeitherWay() throws Exception {
        JsonNode gold = json("{\"counts\":[{\"number\":24},{\"number\":7,\"optional\":true}]}");
        JsonNode rec = json("{\"counts\":[{\"number\":24},{\"number\":7},{\"number\":3}]}");
        Scorer.Report r = new Scorer.Report();
        Scorer.score("a", gold, rec, r);
        Scorer.Tally t = r.lists.get("counts");
        assertEquals(1, t.tp);
        assertEquals(1, t.fp); // 3
        assertEquals(0, t.fn);
    }

    @Test
    void proposalsMatchOnTheProposersState() throws Exception {
        JsonNode gold = json("{\"proposals\":[{\"proposer_en\":\"Kassym-Jomart Tokayev\",\"proposer_state_en\":\"Kazakhstan\",\"what\":\"إنشاء صندوق استثمار\",\"also\":[\"صندوق الاستثمار المشترك\"]}]}");
        JsonNode rec = json("{\"proposals\":[{\"proposer_en\":\"Kazakhstan\",\"what\":\"صندوق الاستثمار المشترك\"}]}");
        Scorer.Report r = new Scorer.Report();
        Scorer.score("a", gold, rec, r);
        assertEquals(1, r.lists.get("proposals").tp);
    }
}
