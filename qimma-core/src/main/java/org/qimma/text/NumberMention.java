package org.qimma.text;

/** A number stated in the text over tokens {@code [first, last]}, in digits or in words. */
public record NumberMention(int first, int last, long value, boolean ordinal) {}
