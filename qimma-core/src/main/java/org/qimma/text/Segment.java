package org.qimma.text;

/** A run of tokens {@code [first, last]}: a sentence or a paragraph. */
public record Segment(int index, int first, int last) {
    public boolean contains(int token) {
        return first <= token && token <= last;
    }
}
