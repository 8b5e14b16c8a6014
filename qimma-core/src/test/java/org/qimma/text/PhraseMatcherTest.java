package org.qimma.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    @Test
    void aPhraseMatchesThroughTheClitReadingsAndQuotesOfItsWords() {
        PhraseMatcher<String> m = new PhraseMatcher<String>().add("منظمة شنغهاي للتعاون", "SCO").add("منظمة", "org");
        Text t = Text.of("وقال رئيس وللمنظمة \"شنغهاي\" للتعاون إن");
        PhraseMatcher.Match<String> match = m.longestAt(t.tokens(), 2);
        assertNotNull(match);
        assertEquals("SCO", match.value()); // the longest: three words and a quote between
        assertEquals(6, match.last()); // وللمنظمة " شنغهاي " للتعاون
        assertEquals("org", m.longestAt(t.tokens(), 2, 2).value()); // ending by token 2: the one word
        assertNull(m.longestAt(t.tokens(), 1));
    }

    @Test
    void aLexiconLoadedAfterATextWasReadStillFindsItsWordsThere() {
        // a word no lexicon has yet: the text is read first, the lexicon made after
        Text t = Text.of("زار الوفد مدينة قزلباشيانوفسك أمس");
        PhraseMatcher<Integer> late = new PhraseMatcher<Integer>().add("مدينة قزلباشيانوفسك", 7);
        PhraseMatcher.Match<Integer> m = late.longestAt(t.tokens(), 2);
        assertNotNull(m, "the token's kept readings are older than the word: its number is looked up again");
        assertEquals(3, m.last());
        assertEquals(List.of(m), late.findAll(t));
        // and a text read after the lexicon finds it the fast way, the same
        assertEquals(3, late.longestAt(Text.of("زار الوفد مدينة قزلباشيانوفسك أمس").tokens(), 2).last());
    }

    @Test
    void readingsGivenByTheCallerAreTheOnlyOnesTried() {
        PhraseMatcher<String> verbs = new PhraseMatcher<String>().add("أكد", "affirmed").add("كد", "wrong");
        Text t = Text.of("وأكد الوزير");
        assertEquals("affirmed", verbs.longestAt(t.tokens(), 0).value()); // و + أكد
        assertNull(verbs.longestAt(t.tokens(), 0, tk -> List.of(tk.text()), Integer.MAX_VALUE)); // only وأكد as written
        Text number = Text.of("قمة 24 وثيقة");
        PhraseMatcher<String> n = new PhraseMatcher<String>().add("24 وثيقة", "count");
        assertEquals("count", n.longestAt(number.tokens(), 1).value()); // a number token is read as its text
    }

    @Test
    void tokenisingFromManyThreadsAtOnceGivesEveryThreadTheSameReadings() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < 200; k++) texts.add("قال الوزير " + k + " إن الكلمة" + k + " وللكلمة" + (k % 7) + " جديدة");
        List<List<String>> alone = new ArrayList<>();
        for (String s : texts) alone.add(keys(Text.of(s)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<String>>>> runs = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                runs.add(pool.submit(() -> {
                    List<List<String>> out = new ArrayList<>();
                    for (String s : texts) out.add(keys(Text.of(s)));
                    return out;
                }));
            }
            for (Future<List<List<String>>> f : runs) assertEquals(alone, f.get());
        } finally {
            pool.shutdown();
        }
        Text a = Text.of("الكلمة3 وللكلمة3"); // الكلمه 3 وللكلمه 3
        Text b = Text.of("وللكلمة3");
        assertSame(a.token(2).keys(), b.token(0).keys()); // one reading of a word for every article
    }

    @Test
    void theKeptWordsAreBoundedAndAWordReadAfterTheyWereEmptiedIsReadTheSame() {
        List<String> before = keys(Text.of("وللمنظمة قمة"));
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < Vocabulary.MAX_WORDS + 5000; k++) {
            sb.append(letters(k)).append(' ');
            if (sb.length() > 20000) {
                Text.of(sb.toString());
                sb.setLength(0);
                assertTrue(Vocabulary.size() <= Vocabulary.MAX_WORDS);
            }
        }
        Text.of(sb.toString());
        assertTrue(Vocabulary.size() <= Vocabulary.MAX_WORDS);
        assertEquals(before, keys(Text.of("وللمنظمة قمة")));
    }

    /** A word of Latin letters for a number: a, b, … z, ba, bb … */
    private static String letters(int n) {
        StringBuilder w = new StringBuilder();
        do {
            w.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return "q" + w;
    }

    private static List<String> keys(Text t) {
        List<String> out = new ArrayList<>();
        for (Token tk : t.tokens()) out.add(String.join("|", tk.keys()));
        return out;
    }
}
