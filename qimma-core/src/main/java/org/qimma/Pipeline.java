package org.qimma;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qimma.extract.Analysis;
import org.qimma.extract.ChairmanshipExtractor;
import org.qimma.extract.CountExtractor;
import org.qimma.extract.DocumentExtractor;
import org.qimma.extract.Lexicon;
import org.qimma.extract.MeetingExtractor;
import org.qimma.extract.MembershipExtractor;
import org.qimma.extract.ProposalExtractor;
import org.qimma.extract.StatementExtractor;
import org.qimma.kb.KnowledgeBase;
import org.qimma.read.Article;
import org.qimma.recognise.EntityDictionary;
import org.qimma.recognise.EntityRecognizer;
import org.qimma.recognise.Mention;
import org.qimma.record.ArticleRecord;
import org.qimma.record.Items;
import org.qimma.text.DateMention;
import org.qimma.text.DateRecognizer;
import org.qimma.text.NumberRecognizer;
import org.qimma.text.PeriodRecognizer;
import org.qimma.text.Span;
import org.qimma.text.Text;

/**
 * The whole pipeline, composed in one place and in order:
 * article → text layer (normalise, tokenise, sentences, quotes) → recognise (dates, periods,
 * numbers, entities) → extract (statements, meetings, proposals, documents, memberships,
 * chairmanships, counts) → record. Each stage is a pure function of its input and the knowledge
 * base; a Pipeline holds no state between articles and is safe to share between threads.
 */
public final class Pipeline {

    private final KnowledgeBase kb;
    private final EntityRecognizer entities;
    private final StatementExtractor statements;
    private final MeetingExtractor meetings;
    private final ProposalExtractor proposals;
    private final DocumentExtractor documents;
    private final MembershipExtractor memberships;
    private final ChairmanshipExtractor chairs;
    private final CountExtractor counts;

    public Pipeline(KnowledgeBase kb, EntityDictionary dictionary, Lexicon lex) {
        this.kb = kb;
        this.entities = new EntityRecognizer(dictionary);
        this.statements = new StatementExtractor(lex);
        this.meetings = new MeetingExtractor(lex);
        this.proposals = new ProposalExtractor(lex, statements);
        this.documents = new DocumentExtractor(lex);
        this.memberships = new MembershipExtractor(lex);
        this.chairs = new ChairmanshipExtractor(lex);
        this.counts = new CountExtractor(lex);
    }

    public static Pipeline standard() {
        return new Pipeline(KnowledgeBase.standard(), EntityDictionary.standard(), Lexicon.standard());
    }

    public KnowledgeBase kb() {
        return kb;
    }

    /** The text layer and recognisers over one article. */
    public Analysis analyse(Article article) {
        Text text = Text.of(article.text());
        // without the article's own date, the body's dates are read once unresolved: for the
        // reference, and as the article's dates too when none of them is a full date
        List<DateMention> unresolved = article.published() == null ? DateRecognizer.standard().find(text, null) : null;
        String reference = article.published() != null ? article.published() : firstFullDate(unresolved);
        LocalDate ref = reference == null ? null : LocalDate.parse(reference);
        List<DateMention> dates = ref == null && unresolved != null ? unresolved : DateRecognizer.standard().find(text, ref);
        List<Mention> mentions = entities.find(text, reference);
        return new Analysis(article, text, reference, dates, PeriodRecognizer.find(text),
                NumberRecognizer.standard().find(text), mentions, kb);
    }

    /**
     * What roles and relative dates resolve against: the article's own date, or, when it has none,
     * the first full date its body states; null when neither is known.
     */
    public static String referenceDate(Article article, Text text) {
        if (article.published() != null) return article.published();
        return firstFullDate(DateRecognizer.standard().find(text, null));
    }

    /** The first full date (YYYY-MM-DD) among dates read without a reference, or null. */
    private static String firstFullDate(List<DateMention> unresolved) {
        for (DateMention d : unresolved) {
            if (d.value().length() == 10) return d.value();
        }
        return null;
    }

    /** One article in, its record out. */
    public ArticleRecord process(Article article) {
        Analysis a = analyse(article);
        List<StatementExtractor.Found> said = statements.extract(a);
        List<Items.Meeting> met = meetings.extract(a);
        List<Items.Proposal> proposed = proposals.extract(a, said, met);
        List<Items.Statement> st = new ArrayList<>();
        for (StatementExtractor.Found f : said) st.add(f.statement());
        List<Items.Credit> credits = new ArrayList<>();
        for (Article.Credit c : article.credits()) credits.add(new Items.Credit(c.role(), c.text(), c.textEn(), c.span()));
        List<String> boilerplate = new ArrayList<>();
        for (Span s : article.boilerplate()) boilerplate.add(s.of(article.text()));
        List<Items.EntityMention> ents = new ArrayList<>();
        for (Mention m : a.mentions) {
            if (m.id() == null) continue;
            ents.add(new Items.EntityMention(m.span().of(article.text()), m.type().name().toLowerCase(java.util.Locale.ROOT),
                    m.id(), m.labelEn(), m.reason(), m.span()));
        }
        return new ArticleRecord(article.source(), article.language(), article.published(), article.titleText(),
                article.title(), credits, boilerplate, met, st, proposed, documents.extract(a), memberships.extract(a),
                chairs.extract(a, said), counts.extract(a), ents);
    }
}
