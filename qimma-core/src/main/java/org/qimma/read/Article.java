package org.qimma.read;

import java.util.List;
import org.qimma.text.Span;

/**
 * An article as read: its whole {@code text}, and where in it the title, the date line, the body
 * paragraphs, the credits and the boilerplate lines are. Every later stage points into
 * {@code text} with {@link Span}s. {@code published} is {@code YYYY-MM-DD} or null.
 */
public record Article(
        String source,
        String text,
        String language,
        Span title,
        String published,
        Span publishedSpan,
        List<Span> body,
        List<Credit> credits,
        List<Span> boilerplate) {

    public Article {
        body = List.copyOf(body);
        credits = List.copyOf(credits);
        boilerplate = List.copyOf(boilerplate);
    }

    public String titleText() {
        return title == null ? "" : title.of(text);
    }

    /** An attribution line: {@code role} is source, photo, author or publisher. */
    public record Credit(String role, Span span, String text, String textEn) {}
}
