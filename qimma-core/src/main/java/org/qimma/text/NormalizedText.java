package org.qimma.text;

/**
 * Text after {@link ArabicNormalizer}, with a map from every normalised character back to the
 * original. {@code toOriginal[i]} is the offset in the original of normalised character {@code i};
 * {@code toOriginal[length]} is the original's length, so end offsets map too.
 */
public record NormalizedText(String original, String text, int[] toOriginal) {

    public int length() {
        return text.length();
    }

    /** Original offset of normalised offset {@code i} (0 ≤ i ≤ length). */
    public int originalOffset(int i) {
        return toOriginal[i];
    }

    /** The original span of the normalised range {@code [start, end)}. */
    public Span originalSpan(int start, int end) {
        if (start == end) {
            int o = toOriginal[start];
            return new Span(o, o);
        }
        // the end maps to just past the last original character that produced text[end-1]
        int lastStart = toOriginal[end - 1];
        int originalEnd = toOriginal[end];
        int e = Math.max(originalEnd, lastStart + 1);
        // characters dropped between the last kept one and the next kept one belong to neither
        int s = toOriginal[start];
        e = trimDropped(lastStart, e);
        return new Span(s, Math.max(s, e));
    }

    private int trimDropped(int lastStart, int end) {
        // keep a surrogate pair or a combining run whole, but do not swallow dropped trailing
        // controls or spaces that followed the last character
        int e = lastStart + 1;
        while (e < end && e < original.length()) {
            char c = original.charAt(e);
            if (Character.isLowSurrogate(c) || ArabicNormalizer.isDiacritic(c) || c == ArabicNormalizer.TATWEEL) {
                e++;
            } else {
                break;
            }
        }
        return e;
    }

    /** Normalised offset of the first normalised char at or after original offset {@code o}. */
    public int normalizedOffset(int o) {
        int lo = 0, hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toOriginal[mid] < o) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
