package org.qimma.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.qimma.text.Span;

/**
 * The items of a record (see shared/spec/RECORD.md). Each Arabic string that quotes the article
 * carries its {@code [start, end)} span into the article's text.
 */
public final class Items {
    private Items() {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Credit(String role, String text, @JsonProperty("text_en") String textEn, Span span) {}

    public record Participant(String text, String en, Span span) {}

    public record Meeting(String organisation, String body, String date, String place, String format, String status,
                          Integer ordinal, List<Participant> participants, Span span) {}

    public record Statement(String speaker, @JsonProperty("speaker_en") String speakerEn,
                            @JsonProperty("speaker_span") Span speakerSpan,
                            @JsonProperty("quote_or_gist") String quoteOrGist, String kind, Span span) {}

    public record Proposal(String proposer, @JsonProperty("proposer_en") String proposerEn,
                           @JsonProperty("proposer_state_en") String proposerStateEn,
                           @JsonProperty("proposer_span") Span proposerSpan,
                           String what, @JsonProperty("what_en") String whatEn, Span span, List<String> also,
                           @JsonProperty("target_date") String targetDate, String status) {}

    public record AdoptedDocument(String title, @JsonProperty("title_en") String titleEn, String period, String kind, Span span) {}

    public record Membership(String state, @JsonProperty("state_en") String stateEn, String organisation, String change, Span span) {}

    public record Chairmanship(String organisation, String from, String to, String period, String phase, Span span) {}

    public record Count(String what, long number, String text, Span span) {}

    /** An entity mention, for readers who want every linked name with its evidence. */
    public record EntityMention(String text, String type, String id, @JsonProperty("label_en") String labelEn,
                                String reason, Span span) {}
}
