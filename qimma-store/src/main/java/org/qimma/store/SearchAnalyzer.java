package org.qimma.store;

import java.io.IOException;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.qimma.recognise.EntityDictionary;
import org.qimma.text.ArabicNormalizer;
import org.qimma.text.Clitics;

/**
 * The analysis behind full-text search. Words are cut by Lucene's {@link StandardTokenizer}
 * (offsets stay those of the article's text, so a hit can be highlighted where it is), then
 * folded by Qimma's own normaliser (hamza seats, alef maqsura, teh marbuta, diacritics, tatweel,
 * Eastern digits, Latin case) — the same folding the extractor uses, so search and records agree.
 * <ul>
 *   <li>{@value #WORDS}: the folded word, lightly stemmed by Lucene's {@link ArabicStemFilter}
 *       (good for recall in search, never used for entities);</li>
 *   <li>{@value #SKELETONS}: the folded word without proclitics, reduced to its consonant
 *       skeleton (long vowels dropped after the first letter), so that transliterations that
 *       differ only in a long vowel find each other: شنغهاي and شانغهاي, توكاييف and توكايف.</li>
 * </ul>
 */
public final class SearchAnalyzer extends DelegatingAnalyzerWrapper {

    public static final String WORDS = "words";
    public static final String SKELETONS = "skeletons";

    private final Analyzer words = folding(SearchAnalyzer::fold, true);
    private final Analyzer skeletons = folding(w -> EntityDictionary.skeleton(Clitics.bare(fold(w))), false);

    public SearchAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return fieldName.endsWith(SKELETONS) ? skeletons : words;
    }

    /** A word as search compares it: normalised, Latin lower-cased. */
    static String fold(String word) {
        return ArabicNormalizer.normalizeString(word).toLowerCase(Locale.ROOT);
    }

    private static Analyzer folding(UnaryOperator<String> fold, boolean stem) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream s = new FoldFilter(source, fold);
                if (stem) s = new ArabicStemFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    /** Replaces each term by its folded form; a term that folds to nothing is dropped. */
    private static final class FoldFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final UnaryOperator<String> fold;

        FoldFilter(TokenStream in, UnaryOperator<String> fold) {
            super(in);
            this.fold = fold;
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                String folded = fold.apply(term.toString());
                if (folded.isEmpty()) continue;
                term.setEmpty().append(folded);
                return true;
            }
            return false;
        }
    }
}
