package org.qimma.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {

    @Test
    void aTokenIsInTheSetByAnyOfItsReadingsAsWithAPlainSet() {
        Set<String> plain = Set.of("الفتره", "عام");
        WordSet words = WordSet.of("الفتره", "عام");
        Text t = Text.of("وللفترة والعام الفترات عامل");
        for (Token tk : t.tokens()) assertEquals(tk.hasKeyIn(plain), tk.hasKeyIn(words), tk.text());
        assertTrue(t.token(0).hasKeyIn(words)); // و + ل + الفتره
        assertTrue(t.token(1).hasKeyIn(words)); // و + ال + عام
        assertFalse(t.token(2).hasKeyIn(words));
        assertFalse(t.token(3).hasKeyIn(words));
    }

    @Test
    void aWordAddedAfterATextWasReadIsFoundInIt() {
        Text t = Text.of("وصل وفد زنغبورستان");
        WordSet late = new WordSet();
        assertFalse(t.token(2).hasKeyIn(late));
        late.add("زنغبورستان");
        assertTrue(t.token(2).hasKeyIn(late), "the token's readings are older than the word: looked up again");
        assertTrue(late.contains("زنغبورستان"));
        assertEquals(1, late.size());
    }

    @Test
    void itsWordsCannotBeTakenOutThroughTheIterator() {
        WordSet s = WordSet.of("قمه");
        assertThrows(UnsupportedOperationException.class, () -> {
            var it = s.iterator();
            it.next();
            it.remove();
        });
    }
}
