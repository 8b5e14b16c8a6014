package org.qimma.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qimma.kb.EntityType;
import org.qimma.kb.KnowledgeBase;
import org.qimma.read.Article;
import org.qimma.recognise.Mention;
import org.qimma.text.DateMention;
import org.qimma.text.NumberMention;
import org.qimma.text.PeriodMention;
import org.qimma.text.Span;
import org.qimma.text.Text;
import org.qimma.text.Token;

/**
 * Everything the extractors read about one article: the article, its text layer, the date it is
 * read against, and the recognised dates, periods, numbers and entity mentions, indexed by token.
 * Built once by the pipeline; read-only afterwards, except that the statement extractor may close an
 * outer quotation a writer left open ({@link #closeQuoteFrom}).
 */
public final class Analysis {

    public final Article article;
    public final Text text;
    /** The article's date, or the first full date in its body: what "اليوم" and roles resolve against. */
    public final String referenceDate;
    public final List<DateMention> dates;
    public final List<PeriodMention> periods;
    public final List<NumberMention> numbers;
    public final List<Mention> mentions;
    public final KnowledgeBase kb;
    private final Mention[] mentionAt;
    private final DateMention[] dateAt;
    private final PeriodMention[] periodAt;
    private final NumberMention[] numberAt;
    private final boolean[] inBody;
    private final boolean[] inTitle;
    private final int[] quoteDepth;

    public Analysis(Article article, Text text, String referenceDate, List<DateMention> dates,
                    List<PeriodMention> periods, List<NumberMention> numbers, List<Mention> mentions, KnowledgeBase kb) {
        this.article = article;
        this.text = text;
        this.referenceDate = referenceDate;
        this.dates = dates;
        this.periods = periods;
        this.numbers = numbers;
        this.mentions = mentions;
        this.kb = kb;
        int n = text.size();
        mentionAt = new Mention[n];
        for (Mention m : mentions) for (int i = m.first(); i <= m.last(); i++) mentionAt[i] = m;
        dateAt = new DateMention[n];
        for (DateMention d : dates) for (int i = d.first(); i <= d.last(); i++) dateAt[i] = d;
        periodAt = new PeriodMention[n];
        for (PeriodMention p : periods) for (int i = p.first(); i <= p.last(); i++) periodAt[i] = p;
        numberAt = new NumberMention[n];
        for (NumberMention p : numbers) for (int i = p.first(); i <= p.last(); i++) numberAt[i] = p;
        inBody = new boolean[n];
        inTitle = new boolean[n];
        // tokens and body paragraphs both run in text order: one walk over each
        List<Span> body = article.body();
        Span title = article.title();
        int b = 0;
        for (int i = 0; i < n; i++) {
            int o = text.normalized().originalOffset(text.token(i).start());
            while (b < body.size() && body.get(b).end() <= o) b++;
            boolean inParagraph = false;
            for (int q = b; q < body.size() && body.get(q).start() <= o; q++) {
                if (o < body.get(q).end()) inParagraph = true;
            }
            inTitle[i] = title != null && title.start() <= o && o < title.end();
            inBody[i] = inParagraph || inTitle[i];
        }
        quoteDepth = quoteDepths();
    }

    public Mention mentionAt(int i) { return i >= 0 && i < mentionAt.length ? mentionAt[i] : null; }
    public DateMention dateAt(int i) { return i >= 0 && i < dateAt.length ? dateAt[i] : null; }
    public PeriodMention periodAt(int i) { return i >= 0 && i < periodAt.length ? periodAt[i] : null; }
    public NumberMention numberAt(int i) { return i >= 0 && i < numberAt.length ? numberAt[i] : null; }
    public boolean inBody(int i) { return inBody[i]; }
    public boolean inTitle(int i) { return inTitle[i]; }
    public boolean inQuote(int i) { return quoteDepth[i] > 0; }

    public Token token(int i) { return text.token(i); }
    public int size() { return text.size(); }

    /** Original text and span of tokens {@code [a, b]}. */
    public String original(int a, int b) { return text.originalText(a, b); }
    public Span span(int a, int b) { return text.span(a, b); }

    /** Span of tokens {@code [a, b]} without the first {@code skip} normalised characters (a proclitic). */
    public Span spanSkipping(int a, int skip, int b) {
        return text.normalized().originalSpan(text.token(a).start() + skip, text.token(b).end());
    }

    public String originalSkipping(int a, int skip, int b) {
        return spanSkipping(a, skip, b).of(article.text());
    }

    /** The organisation this article is mostly about: the one named most often, ties to the first. */
    public String contextOrganisation() {
        Map<String, Integer> count = new HashMap<>();
        String first = null;
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANISATION) {
                count.merge(m.id(), 1, Integer::sum);
                if (first == null) first = m.id();
            } else if (m.type() == EntityType.BODY) {
                String org = m.id().substring(0, m.id().indexOf('.'));
                count.merge(org, 1, Integer::sum);
                if (first == null) first = org;
            }
        }
        String best = first;
        for (var e : count.entrySet()) if (best == null || e.getValue() > count.get(best)) best = e.getKey();
        return best;
    }

    /** The last organisation named before token {@code i}, or the context organisation. */
    public String organisationBefore(int i) {
        for (int k = Math.min(i, size() - 1); k >= 0; k--) {
            Mention m = mentionAt[k];
            if (m == null) continue;
            if (m.type() == EntityType.ORGANISATION) return m.id();
            if (m.type() == EntityType.BODY) return m.id().substring(0, m.id().indexOf('.'));
            k = m.first();
        }
        return contextOrganisation();
    }

    /** Mentions whose first token lies in {@code [a, b]}. */
    public List<Mention> mentionsIn(int a, int b) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) if (m.first() >= a && m.first() <= b) out.add(m);
        return out;
    }

    public List<DateMention> datesIn(int a, int b) {
        List<DateMention> out = new ArrayList<>();
        for (DateMention d : dates) if (d.first() >= a && d.last() <= b) out.add(d);
        return out;
    }

    /**
     * Quote depth per token within its paragraph. A quote left open runs to the paragraph's end,
     * except that a new sentence opening with a verb of saying and a named speaker after a closing
     * mark ends it (news writers often drop the outer closing mark).
     */
    private int[] quoteDepths() {
        int n = text.size();
        int[] depth = new int[n];
        int d = 0;
        for (int i = 0; i < n; i++) {
            Token t = text.token(i);
            if (t.kind() == Token.Kind.NEWLINE) {
                d = 0;
                depth[i] = 0;
                continue;
            }
            switch (text.quoteRole(i)) {
                case OPEN -> {
                    depth[i] = d;
                    d++;
                    continue;
                }
                case CLOSE -> {
                    d = Math.max(0, d - 1);
                    depth[i] = d;
                    continue;
                }
                default -> { }
            }
            depth[i] = d;
        }
        return depth;
    }

    /** Resets the quote depth from token {@code i} to the paragraph's end (an outer quote never closed). */
    void closeQuoteFrom(int i) {
        int base = quoteDepth[i];
        for (int k = i; k < size() && text.token(k).kind() != Token.Kind.NEWLINE; k++) {
            quoteDepth[k] = Math.max(0, quoteDepth[k] - base);
        }
    }
}
