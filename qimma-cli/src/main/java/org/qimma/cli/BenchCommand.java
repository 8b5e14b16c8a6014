package org.qimma.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.qimma.Pipeline;
import org.qimma.extract.Lexicon;
import org.qimma.kb.KnowledgeBase;
import org.qimma.kb.KnowledgeBaseLoader;
import org.qimma.read.Article;
import org.qimma.read.ArticleLayout;
import org.qimma.read.ReadException;
import org.qimma.read.Readers;
import org.qimma.recognise.EntityDictionary;
import org.qimma.recognise.EntityRecognizer;
import org.qimma.text.DateRecognizer;
import org.qimma.text.NumberRecognizer;
import org.qimma.text.PeriodRecognizer;
import org.qimma.text.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Throughput of Qimma's stages against one Lucene ArabicAnalyzer pass over the same texts, in the
 * same JVM and the same run, so the ratios hold on a noisy shared machine where absolute times do not.
 */
@Command(name = "bench", description = "Measures the text layer, entity linking and extraction against Lucene's ArabicAnalyzer on the same text, in the same run.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--rounds", description = "Measured rounds per stage (default ${DEFAULT-VALUE}).")
    int rounds = 20;

    @Option(names = "--warmup", description = "Warm-up rounds per stage (default ${DEFAULT-VALUE}).")
    int warmup = 15;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles (default: corpus/articles).")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (paths.isEmpty()) paths = List.of(Path.of("corpus/articles"));
        List<ReadException> errors = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (Path f : Readers.expand(paths, errors)) {
            Readers.Result r = Readers.read(f);
            for (Article a : r.articles()) {
                texts.add(a.text());
                articles.add(a);
            }
        }
        if (texts.isEmpty()) {
            System.err.println("qimma: bench: no articles under " + paths);
            return 1;
        }
        long chars = texts.stream().mapToLong(String::length).sum();

        long t0 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBaseLoader.load();
        long t1 = System.nanoTime();
        EntityDictionary dict = new EntityDictionary(kb);
        long t2 = System.nanoTime();
        Lexicon.standard();
        Pipeline pipeline = Pipeline.standard();
        EntityRecognizer entities = new EntityRecognizer(dict);

        ArabicAnalyzer analyzer = new ArabicAnalyzer();
        double lucene = measure(texts, t -> {
            try (TokenStream ts = analyzer.tokenStream("body", t)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    if (term.length() < 0) throw new IllegalStateException();
                }
                ts.end();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        double textLayer = measure(texts, t -> {
            Article a = ArticleLayout.ofPlainText("bench", t);
            Text x = Text.of(a.text());
            DateRecognizer.standard().find(x, java.time.LocalDate.of(2024, 7, 4));
            PeriodRecognizer.find(x);
            NumberRecognizer.standard().find(x);
        });
        double linking = measure(texts, t -> entities.find(Text.of(t), "2024-07-04"));
        double extraction = measureArticles(articles, pipeline::process);

        System.out.printf(Locale.ROOT, "corpus: %d articles, %,d characters; %d warm-up and %d measured rounds, median%n",
                texts.size(), chars, warmup, rounds);
        System.out.printf(Locale.ROOT, "knowledge base load: %.0f ms; entity dictionary build: %.0f ms (%d states, %d people, %d offices)%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, kb.states().size(), kb.people().size(), kb.offices().size());
        row("Lucene ArabicAnalyzer (baseline)", lucene, chars, lucene);
        row("text layer (read, normalise, tokenise, dates, periods, numbers)", textLayer, chars, lucene);
        row("entity linking (text layer + knowledge-base matching)", linking, chars, lucene);
        row("whole extraction (Pipeline.process)", extraction, chars, lucene);
        return 0;
    }

    private void row(String name, double seconds, long chars, double baseline) {
        System.out.printf(Locale.ROOT, "%-66s %8.2f ms/pass %7.2f M chars/s  %5.2f x baseline%n",
                name, seconds * 1e3, chars / seconds / 1e6, seconds / baseline);
    }

    private double measure(List<String> texts, Consumer<String> work) {
        return median(() -> texts.forEach(work));
    }

    private double measureArticles(List<Article> articles, Consumer<Article> work) {
        return median(() -> articles.forEach(work));
    }

    private double median(Runnable pass) {
        for (int i = 0; i < warmup; i++) pass.run();
        double[] times = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            pass.run();
            times[i] = (System.nanoTime() - s) / 1e9;
        }
        Arrays.sort(times);
        return times[rounds / 2];
    }
}
