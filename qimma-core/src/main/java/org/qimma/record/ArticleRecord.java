package org.qimma.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.qimma.text.Span;

/** One article's record, in the shape of shared/spec/RECORD.md, with spans. */
@JsonPropertyOrder({"source", "language", "published", "title", "title_span", "credits", "boilerplate", "meetings",
        "statements", "proposals", "adopted_documents", "memberships", "chairmanship", "counts", "entities"})
public record ArticleRecord(
        String source,
        String language,
        String published,
        String title,
        @JsonProperty("title_span") Span titleSpan,
        List<Items.Credit> credits,
        List<String> boilerplate,
        List<Items.Meeting> meetings,
        List<Items.Statement> statements,
        List<Items.Proposal> proposals,
        @JsonProperty("adopted_documents") List<Items.AdoptedDocument> adoptedDocuments,
        List<Items.Membership> memberships,
        List<Items.Chairmanship> chairmanship,
        List<Items.Count> counts,
        List<Items.EntityMention> entities) {}
