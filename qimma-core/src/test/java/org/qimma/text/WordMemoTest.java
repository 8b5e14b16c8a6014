package org.qimma.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WordMemoTest {

    @Test
    void aWordsValueIsWorkedOutOnceForEveryArticleThatHasIt() {
        AtomicInteger workedOut = new AtomicInteger();
        WordMemo<String> memo = new WordMemo<>(t -> {
            workedOut.incrementAndGet();
            return t.keys().get(t.keys().size() - 1);
        });
        Text first = Text.of("وللمنظمة دور");
        Text second = Text.of("قال إن للمنظمة وللمنظمة دورا");
        String a = memo.get(first.token(0));
        assertEquals("منظمه", a);
        int once = workedOut.get();
        assertEquals(a, memo.get(second.token(3))); // the same word in another article
        assertEquals(once, workedOut.get(), "kept with the word, not worked out again");
        assertEquals("منظمه", memo.get(second.token(2))); // another word: its own value
    }

    @Test
    void tokensOfTheSameTextShareReadingsAcrossArticlesButNotTheirNumbers() {
        Text first = Text.of("اجتمع القادة في أستانا");
        Text second = Text.of("في أستانا اجتمع القادة");
        assertSame(first.token(3).keys(), second.token(1).keys()); // one reading of أستانا for both
        assertEquals(3, first.token(3).textId()); // numbered in order of first appearance, per article
        assertEquals(1, second.token(1).textId());
    }

    @Test
    void aMemoBeyondTheSlotsStillAnswersEveryTime() {
        AtomicInteger workedOut = new AtomicInteger();
        WordMemo<Integer> last = null;
        for (int k = 0; k <= WordMemo.SLOTS; k++) last = new WordMemo<>(t -> workedOut.incrementAndGet());
        Text text = Text.of("قمة قمة");
        int a = last.get(text.token(0));
        int b = last.get(text.token(1));
        assertEquals(a + 1, b, "no slot left: worked out at each ask, never a wrong kept value");
    }

    @Test
    void aTokenMadeOutsideATextWorksItsValueOut() {
        WordMemo<Integer> memo = new WordMemo<>(t -> t.text().length());
        Token t = new Token(0, "قمة", 0, 3, Token.Kind.WORD, java.util.List.of("قمة"));
        assertEquals(3, memo.get(t));
    }
}
