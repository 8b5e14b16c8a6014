package org.qimma.text;

/** A validity period over tokens {@code [first, last]}: {@code 2024-2029} or {@code until 2030}. */
public record PeriodMention(int first, int last, String value) {}
