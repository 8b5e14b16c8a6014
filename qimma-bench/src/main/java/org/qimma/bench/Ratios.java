package org.qimma.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks (JMH's own command-line options apply: -f, -wi, -i, -p corpus=…), then
 * prints each stage's time per pass divided by the ArabicAnalyzer pass over the same corpus in the
 * same run: on a shared machine absolute times move, the ratios much less.
 */
public final class Ratios {

    private static final String BASELINE = "arabicAnalyzer";

    private Ratios() {}

    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        if (cli.shouldHelp() || cli.shouldList() || cli.shouldListProfilers() || cli.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        OptionsBuilder b = new OptionsBuilder();
        b.parent(cli);
        if (cli.getIncludes().isEmpty()) b.include(TextBenchmarks.class.getName());
        Options options = b.build();
        Collection<RunResult> results = new Runner(options).run();
        print(results);
    }

    static void print(Collection<RunResult> results) {
        // per corpus: benchmark → score
        Map<String, Map<String, Result<?>>> byCorpus = new LinkedHashMap<>();
        for (RunResult r : results) {
            String corpus = r.getParams().getParam("corpus");
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            byCorpus.computeIfAbsent(corpus == null ? "-" : corpus, k -> new LinkedHashMap<>()).put(name, r.getPrimaryResult());
        }
        System.out.println();
        System.out.println("Ratios to one Lucene ArabicAnalyzer pass over the same corpus, same run. Time per pass: mean ± 99.9% error,");
        System.out.println("and the fastest iteration (other load on the machine only ever adds time, so the fastest is the least disturbed):");
        for (var e : byCorpus.entrySet()) {
            Result<?> base = e.getValue().get(BASELINE);
            System.out.printf(Locale.ROOT, "corpus %s%n", e.getKey());
            List<String> names = new ArrayList<>(e.getValue().keySet());
            names.remove(BASELINE);
            names.add(0, BASELINE);
            System.out.printf(Locale.ROOT, "  %-16s %22s %8s   %9s %8s%n", "", "mean", "ratio", "fastest", "ratio");
            for (String n : names) {
                Result<?> r = e.getValue().get(n);
                if (r == null) continue;
                double min = r.getStatistics().getMin();
                String ratio = base == null ? "" : String.format(Locale.ROOT, "%6.2f x", r.getScore() / base.getScore());
                String minRatio = base == null ? "" : String.format(Locale.ROOT, "%6.2f x", min / base.getStatistics().getMin());
                System.out.printf(Locale.ROOT, "  %-16s %9.3f ± %7.3f %-5s %8s   %9.3f %8s%n",
                        n, r.getScore(), r.getScoreError(), r.getScoreUnit(), ratio, min, minRatio);
            }
        }
    }
}
