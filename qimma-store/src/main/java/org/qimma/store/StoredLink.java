package org.qimma.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.qimma.record.ArticleRecord;
import org.qimma.record.Items;

/**
 * A link as the store keeps it: its kind, its two articles, and the item at each end (the meeting,
 * the proposal and the adopted document; null for chairmanship terms, which span articles).
 */
record StoredLink(String kind, long a, Integer aIdx, long b, Integer bIdx) {

    @SuppressWarnings("unchecked")
    static StoredLink of(Map<String, Object> link, Map<String, ArticleRecord> records) {
        String kind = (String) link.get("kind");
        return switch (kind) {
            case "same_meeting" -> {
                Map<String, Object> a = (Map<String, Object>) link.get("a");
                Map<String, Object> b = (Map<String, Object>) link.get("b");
                yield new StoredLink(kind, id(a), meeting(records.get(a.get("article")), a), id(b), meeting(records.get(b.get("article")), b));
            }
            case "proposal_adopted" -> {
                Map<String, Object> p = (Map<String, Object>) link.get("proposal");
                Map<String, Object> o = (Map<String, Object>) link.get("outcome");
                ArticleRecord pr = records.get(p.get("article"));
                ArticleRecord or = records.get(o.get("article"));
                Integer pi = indexOf(pr.proposals().stream().map(Items.Proposal::what).toList(), p.get("what"));
                Integer oi = indexOf(or.adoptedDocuments().stream().map(Items.AdoptedDocument::title).toList(), o.get("title"));
                yield new StoredLink(kind, id(p), pi, id(o), oi);
            }
            case "chairmanship_term" -> new StoredLink(kind, id((Map<String, Object>) link.get("begins")), null,
                    id((Map<String, Object>) link.get("completed")), null);
            default -> throw new IllegalArgumentException("unknown link kind " + kind);
        };
    }

    private static long id(Map<String, Object> end) {
        return Long.parseLong((String) end.get("article"));
    }

    private static Integer meeting(ArticleRecord r, Map<String, Object> end) {
        List<Items.Meeting> ms = r.meetings();
        for (int i = 0; i < ms.size(); i++) {
            Items.Meeting m = ms.get(i);
            if (Objects.equals(m.organisation(), end.get("organisation")) && Objects.equals(m.date(), end.get("date"))
                    && Objects.equals(m.status(), end.get("status"))) return i;
        }
        return null;
    }

    private static Integer indexOf(List<String> items, Object value) {
        int i = items.indexOf(value);
        return i < 0 ? null : i;
    }
}
