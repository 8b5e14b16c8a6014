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
        this.startsVersion = LexiconWords.version();
        this.lexiconStarts = lexiconStarts(tokens);
        this.distinctTexts = distinctTexts(tokens);
        this.sentenceOf = new int[tokens.size()];
        this.paragraphOf = new int[tokens.size()];
        this.paragraphs = split(true, paragraphOf);
        this.sentences = split(false, sentenceOf);
        this.quoteRoles = quoteRoles();
    }

    private static int distinctTexts(List<Token> tokens) {
        int count = 0;
        for (Token t : tokens) count = Math.max(count, t.textId() + 1);
        return count;
    }

    private static long[] lexiconStarts(List<Token> tokens) {
        long[] starts = new long[tokens.size()];
        for (int i = 0; i < starts.length; i++) starts[i] = mayStartPhrase(tokens.get(i)) ? tokens.get(i).startLexicons() : 0;
        return starts;
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

    private List<Segment> split(boolean byLine, int[] of) {
        Token[] tk = tokens.toArray(new Token[0]);
        List<Segment> out = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < tk.length; i++) {
            Token t = tk[i];
            if (t.kind() == Token.Kind.NEWLINE) {
                if (first >= 0) {
                    out.add(new Segment(out.size(), first, i - 1));
                    for (int k = first; k < i; k++) of[k] = out.size() - 1;
                }
                of[i] = Math.max(0, out.size() - 1);
                first = -1;
                continue;
            }
            if (first < 0) first = i;
            if (!byLine && isSentenceEnd(t, i > 0 ? tk[i - 1] : null)) {
                // a closing quote right after the full stop belongs to the sentence
                int last = i;
                while (last + 1 < tk.length && tk[last + 1].kind() == Token.Kind.QUOTE
                        && tk[last + 1].start() == tk[last].end()) {
                    last++;
                }
                out.add(new Segment(out.size(), first, last));
                for (int k = first; k <= last; k++) of[k] = out.size() - 1;
                i = last;
                first = -1;
            }
        }
        if (first >= 0) {
            out.add(new Segment(out.size(), first, tk.length - 1));
            for (int k = first; k < tk.length; k++) of[k] = out.size() - 1;
        }
        return List.copyOf(out);
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
