package org.qimma.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The text layer's result for one article: normalised text with its offset map, tokens,
 * paragraphs (lines), sentences, and the direction of every quote mark. Immutable.
 */
public final class Text {

    public enum QuoteRole { OPEN, CLOSE, NONE }

    private final NormalizedText normalized;
    private final List<Token> tokens;
    private final List<Segment> paragraphs;
    private final List<Segment> sentences;
    private final int[] sentenceOf;
    private final int[] paragraphOf;
    private final QuoteRole[] quoteRoles;
    /**
     * Per token, the lexicons ({@link LexiconWords} numbers) a phrase of which may start there, none at
     * a quote mark or a line break, as of {@link #startsVersion}: a loop that looks for one lexicon's
     * phrases jumps from one such token to the next ({@link PhraseMatcher#nextStart}) instead of
     * asking at every token (of some 700,000 asks per pass over the corpus, 95% found nothing).
     */
    private final long[] lexiconStarts;
    private final int startsVersion;
    private final int distinctTexts;

    private Text(NormalizedText normalized, List<Token> tokens) {
        this.normalized = normalized;
        this.tokens = tokens;
        Token[] tk = tokens.toArray(new Token[0]);
        this.startsVersion = LexiconWords.version();
        this.lexiconStarts = new long[tk.length];
        int distinct = 0;
        for (int i = 0; i < tk.length; i++) {
            lexiconStarts[i] = mayStartPhrase(tk[i]) ? tk[i].startLexicons() : 0;
            distinct = Math.max(distinct, tk[i].textId() + 1);
        }
        this.distinctTexts = distinct;
        this.sentenceOf = new int[tk.length];
        this.paragraphOf = new int[tk.length];
        List<Segment> lines = new ArrayList<>();
        List<Segment> sentenceList = new ArrayList<>();
        split(tk, lines, sentenceList);
        this.paragraphs = List.copyOf(lines);
        this.sentences = List.copyOf(sentenceList);
        this.quoteRoles = quoteRoles();
    }

    /** False at a quote mark or a line break, where {@link PhraseMatcher#longestAt} never starts a match. */
    private static boolean mayStartPhrase(Token t) {
        return t.kind() != Token.Kind.QUOTE && t.kind() != Token.Kind.NEWLINE;
    }

    /**
     * The first token of {@code [from, last]} where a phrase of one of {@code lexicons} (a bit per
     * {@link LexiconWords} number) may start, or {@code last + 1} when there is none.
     */
    int nextLexiconStart(long lexicons, int from, int last) {
        if (startsVersion != LexiconWords.version()) {
            // a lexicon loaded since the tokens were made: each token works its answer out again
            for (int i = from; i <= last; i++) {
                Token t = tokens.get(i);
                if (mayStartPhrase(t) && (t.startLexicons() & lexicons) != 0) return i;
            }
            return last + 1;
        }
        long[] starts = lexiconStarts;
        for (int i = from; i <= last; i++) {
            if ((starts[i] & lexicons) != 0) return i;
        }
        return last + 1;
    }

    public static Text of(String original) {
        NormalizedText n = ArabicNormalizer.normalize(original);
        return new Text(n, Tokenizer.tokenize(n.text()));
    }

    public NormalizedText normalized() {
        return normalized;
    }

    public String original() {
        return normalized.original();
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** How many distinct token texts there are: every token's {@link Token#textId()} is below it. */
    public int distinctTexts() {
        return distinctTexts;
    }

    public List<Segment> paragraphs() {
        return paragraphs;
    }

    public List<Segment> sentences() {
        return sentences;
    }

    public Segment sentenceOf(int token) {
        return sentences.get(sentenceOf[token]);
    }

    public Segment paragraphOf(int token) {
        return paragraphs.get(paragraphOf[token]);
    }

    public QuoteRole quoteRole(int token) {
        return quoteRoles[token];
    }

    /** Original span of tokens {@code [first, last]}. */
    public Span span(int first, int last) {
        return normalized.originalSpan(tokens.get(first).start(), tokens.get(last).end());
    }

    /** The original text of tokens {@code [first, last]}. */
    public String originalText(int first, int last) {
        return span(first, last).of(normalized.original());
    }

    /** Normalised text of tokens {@code [first, last]}. */
    public String normalizedText(int first, int last) {
        return normalized.text().substring(tokens.get(first).start(), tokens.get(last).end());
    }

    public boolean isSentenceEnd(int i) {
        return isSentenceEnd(tokens.get(i), i > 0 ? tokens.get(i - 1) : null);
    }

    /** A line break, ! ? ؟, or a full stop that is not an initial's ("د."); {@code previous} may be null. */
    private static boolean isSentenceEnd(Token t, Token previous) {
        if (t.kind() == Token.Kind.NEWLINE) return true;
        if (t.kind() != Token.Kind.PUNCT) return false;
        String s = t.text();
        if (s.length() != 1) return false;
        char c = s.charAt(0);
        if (c == '!' || c == '?' || c == '؟') return true;
        if (c == '.') {
            // an initial such as "د." is not the end of a sentence
            return previous == null || previous.kind() != Token.Kind.WORD || previous.text().length() != 1
                    || previous.end() != t.start();
        }
        return false;
    }

    /**
     * Paragraphs (lines) and sentences in one walk over the tokens (two walks were a tenth of the
     * text layer), with the paragraph and the sentence of every token.
     */
    private void split(Token[] tk, List<Segment> lines, List<Segment> sentenceList) {
        int line = -1; // the first token of the open paragraph, or -1
        int sentence = -1; // the same for the open sentence
        for (int i = 0; i < tk.length; i++) {
            Token t = tk[i];
            if (t.kind() == Token.Kind.NEWLINE) {
                if (line >= 0) close(lines, line, i - 1, paragraphOf);
                if (sentence >= 0) close(sentenceList, sentence, i - 1, sentenceOf);
                paragraphOf[i] = Math.max(0, lines.size() - 1);
                sentenceOf[i] = Math.max(0, sentenceList.size() - 1);
                line = -1;
                sentence = -1;
                continue;
            }
            if (line < 0) line = i;
            if (sentence < 0) sentence = i;
            if (isSentenceEnd(t, i > 0 ? tk[i - 1] : null)) {
                // a closing quote right after the full stop belongs to the sentence
                int last = i;
                while (last + 1 < tk.length && tk[last + 1].kind() == Token.Kind.QUOTE
                        && tk[last + 1].start() == tk[last].end()) {
                    last++;
                }
                close(sentenceList, sentence, last, sentenceOf);
                i = last; // the quotes stay in the open paragraph
                sentence = -1;
            }
        }
        if (line >= 0) close(lines, line, tk.length - 1, paragraphOf);
        if (sentence >= 0) close(sentenceList, sentence, tk.length - 1, sentenceOf);
    }

    /** Adds the segment of tokens {@code [first, last]} and marks them as in it. */
    private static void close(List<Segment> out, int first, int last, int[] of) {
        out.add(new Segment(out.size(), first, last));
        for (int k = first; k <= last; k++) of[k] = out.size() - 1;
    }

    /**
     * Direction of each quote mark. « and » say it themselves; any other double mark
     * (“ ” „ ") opens when it stands before a word with space before it, and closes otherwise.
     */
    private QuoteRole[] quoteRoles() {
        QuoteRole[] roles = new QuoteRole[tokens.size()];
        String orig = normalized.original();
        String norm = normalized.text();
        int open = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.NEWLINE) open = 0;
            if (t.kind() != Token.Kind.QUOTE || t.text().equals("'")) {
                roles[i] = QuoteRole.NONE;
                continue;
            }
            char o = orig.charAt(normalized.originalOffset(t.start()));
            if (o == '«') {
                roles[i] = QuoteRole.OPEN;
            } else if (o == '»') {
                roles[i] = QuoteRole.CLOSE;
            } else {
                // “ ” „ are used both ways round in right-to-left text: context decides, and where
                // the context is even (space on both sides), whether a quote is open
                Boolean c = closesHere(norm, t);
                roles[i] = c == null ? (open > 0 ? QuoteRole.CLOSE : QuoteRole.OPEN) : c ? QuoteRole.CLOSE : QuoteRole.OPEN;
            }
            open = roles[i] == QuoteRole.OPEN ? open + 1 : Math.max(0, open - 1);
        }
        return roles;
    }

    /** True when the mark closes, false when it opens, null when its neighbours do not tell. */
    private static Boolean closesHere(String norm, Token t) {
        char before = t.start() == 0 ? ' ' : norm.charAt(t.start() - 1);
        char after = t.end() >= norm.length() ? ' ' : norm.charAt(t.end());
        boolean textBefore = Character.isLetterOrDigit(before) || ".!?؟،,)".indexOf(before) >= 0;
        boolean textAfter = Character.isLetterOrDigit(after);
        if (textBefore && !textAfter) return true;
        if (!textBefore && textAfter) return false;
        return null;
    }
}
