package org.qimma.text;

/**
 * A date stated in the text, over tokens {@code [first, last]}. {@code value} is {@code YYYY-MM-DD},
 * {@code YYYY-MM} or {@code YYYY}, as precise as the text is. {@code relative} is true when it was
 * resolved against the article's date (اليوم، أمس، العام المقبل).
 */
public record DateMention(int first, int last, String value, boolean hijri, boolean relative) {

    public int precision() {
        return value.length() == 10 ? 3 : value.length() == 7 ? 2 : 1;
    }

    public int year() {
        return Integer.parseInt(value.substring(0, 4));
    }
}
