package org.qimma.recognise;

import org.qimma.kb.EntityType;
import org.qimma.text.Span;

/**
 * An entity named in the text over tokens {@code [first, last]}, linked to the knowledge base.
 * {@code reason} says how: {@code name}, {@code variant} (a spelling within a small distance),
 * {@code adjective}, {@code acronym}, {@code role on date}, {@code honorific}, {@code reference}
 * (a short title pointing back to a person named before), {@code group}.
 * {@code state} is, for a person, the state they served on the article's date.
 */
public record Mention(int first, int last, EntityType type, String id, String labelEn, String reason,
                      Span span, String state) {

    public boolean isAdjective() {
        return reason.equals("adjective");
    }

    public boolean isPerson() {
        return type == EntityType.PERSON;
    }
}
