package org.qimma.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.qimma.Pipeline;
import org.qimma.read.Article;
import org.qimma.read.ReadException;
import org.qimma.read.Readers;
import org.qimma.record.ArticleRecord;
import org.qimma.record.Json;

/** Extracts articles and scores them against the gold files of a folder, paired by file stem. */
public final class Evaluation {

    private Evaluation() {}

    /** The stem that pairs a record with its gold: {@code x/000_ab.txt} → {@code 000_ab}. */
    public static String stem(String source) {
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public static Scorer.Report run(Path goldDir, List<Path> inputs, Pipeline pipeline, List<ReadException> errors) throws IOException {
        Scorer.Report report = new Scorer.Report();
        List<org.qimma.link.Linker.Dated> dated = new ArrayList<>();
        for (Path file : Readers.expand(inputs, errors)) {
            Readers.Result r = Readers.read(file);
            // a file that failed whole, or the lines and records of it that failed
            errors.addAll(r.errors());
            if (r.error() != null) continue;
            for (Article a : r.articles()) {
                Path gold = goldDir.resolve(stem(a.source()) + ".json");
                if (!Files.exists(gold)) continue;
                ArticleRecord rec;
                try {
                    rec = pipeline.process(a);
                } catch (RuntimeException e) {
                    errors.add(new ReadException(a.source(), "extraction failed: " + e, e));
                    continue;
                }
                dated.add(org.qimma.link.Linker.dated(rec));
                JsonNode g = Json.MAPPER.readTree(gold.toFile());
                JsonNode s = Json.MAPPER.valueToTree(rec);
                Scorer.score(stem(a.source()), g, s, report);
            }
        }
        Path links = goldDir.resolve("links.json");
        if (Files.exists(links) && dated.size() > 1) {
            var found = new org.qimma.link.Linker(org.qimma.kb.KnowledgeBase.standard()).link(dated);
            report.links = org.qimma.link.LinkScorer.score(Json.MAPPER.readTree(links.toFile()), Json.MAPPER.valueToTree(found));
        }
        return report;
    }

    public static List<Path> goldFiles(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().startsWith("links")).sorted().forEach(out::add);
        }
        return out;
    }
}
