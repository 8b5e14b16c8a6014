package org.qimma.server;

import io.javalin.http.Context;
import java.util.Set;

/** The checked parameters of a request: each either valid or a {@link BadRequest} that names it. */
final class Params {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_OFFSET = 100_000;
    static final int MAX_TEXT = 200;

    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    int offset() {
        return integer("offset", 0, 0, MAX_OFFSET);
    }

    int limit() {
        return integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    Integer year() {
        String v = ctx.queryParam("year");
        return v == null || v.isBlank() ? null : integer("year", 0, 1900, 2100);
    }

    int integer(String name, int otherwise, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return otherwise;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) throw new BadRequest(name, name + " must be between " + min + " and " + max + ", not " + n);
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest(name, name + " must be a whole number, not '" + shorten(v) + "'");
        }
    }

    /** A free-text parameter, at most {@value #MAX_TEXT} characters; null when absent or blank. */
    String text(String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (v.length() > MAX_TEXT) throw new BadRequest(name, name + " is longer than " + MAX_TEXT + " characters");
        return v.strip();
    }

    String required(String name) {
        String v = text(name);
        if (v == null) throw new BadRequest(name, name + " is required");
        return v;
    }

    String oneOf(String name, Set<String> allowed) {
        String v = text(name);
        if (v != null && !allowed.contains(v)) throw new BadRequest(name, name + " must be one of " + allowed + ", not '" + shorten(v) + "'");
        return v;
    }

    long pathId(String name) {
        String v = ctx.pathParam(name);
        try {
            long n = Long.parseLong(v);
            if (n < 1) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest(name, name + " must be a positive whole number, not '" + shorten(v) + "'");
        }
    }

    private static String shorten(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
