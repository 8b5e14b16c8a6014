package org.qimma.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.qimma.Pipeline;
import org.qimma.read.Article;
import org.qimma.text.DateRecognizer;
import org.qimma.text.NumberRecognizer;
import org.qimma.text.PeriodRecognizer;
import org.qimma.text.Text;

/**
 * One operation is one pass over a whole corpus. The baseline is one Lucene ArabicAnalyzer pass
 * (standard tokenizer, Arabic normalisation, stop words, light stemming) over the articles' text;
 * the text layer and the extraction start from the files' bytes. {@link Ratios} runs these and
 * divides each score by the baseline's of the same corpus in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class TextBenchmarks {

    /** {@code own} (corpus/articles), {@code seeds} (shared seed articles) or a path. */
    @Param({"own", "seeds"})
    public String corpus;

    private Corpus c;
    private ArabicAnalyzer analyzer;
    private Pipeline pipeline;

    @Setup(Level.Trial)
    public void load() {
        c = Corpus.load(corpus);
        analyzer = new ArabicAnalyzer();
        pipeline = Pipeline.standard();
    }

    /** Lucene's ArabicAnalyzer over each article's text: every token's term consumed. */
    @Benchmark
    public void arabicAnalyzer(Blackhole bh) {
        for (String t : c.texts()) {
            try (TokenStream ts = analyzer.tokenStream("body", t)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) bh.consume(term.length());
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The text layer: read (decode, layout), normalise and tokenise (clitic readings, sentences,
     * quotes), dates against the article's date, periods and numbers.
     */
    @Benchmark
    public void textLayer(Blackhole bh) {
        for (Corpus.Input in : c.inputs()) {
            for (Article a : Corpus.read(in)) {
                Text text = Text.of(a.text());
                String reference = Pipeline.referenceDate(a, text);
                bh.consume(DateRecognizer.standard().find(text, reference == null ? null : LocalDate.parse(reference)));
                bh.consume(PeriodRecognizer.find(text));
                bh.consume(NumberRecognizer.standard().find(text));
            }
        }
    }

    /** The whole extraction: read, then {@link Pipeline#process} to the article's record. */
    @Benchmark
    @Warmup(iterations = 12, time = 2) // much more code for the JIT to compile than the others
    public void extraction(Blackhole bh) {
        for (Corpus.Input in : c.inputs()) {
            for (Article a : Corpus.read(in)) bh.consume(pipeline.process(a));
        }
    }
}
