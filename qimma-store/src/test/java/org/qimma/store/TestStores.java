package org.qimma.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.qimma.Pipeline;
import org.qimma.link.Linker;

/** Shared fixtures: the project's own corpus, and stores built from it. */
final class TestStores {
    private TestStores() {}

    static final Path ROOT = Path.of(System.getProperty("qimma.root", ".."));
    static final Path CORPUS = ROOT.resolve("corpus/articles");
    private static Pipeline pipeline;

    static synchronized Pipeline pipeline() {
        if (pipeline == null) pipeline = Pipeline.standard();
        return pipeline;
    }

    static Ingest ingest(Store store, Ingest.Options options) {
        return new Ingest(store, pipeline(), new Linker(pipeline().kb()), options);
    }

    static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /**
     * {@code n} distinct articles made from the corpus: each a corpus article with one more
     * closing line, so that every one has its own text.
     */
    static Path variants(Path folder, int n) throws IOException {
        List<Path> files = corpusFiles();
        Files.createDirectories(folder);
        List<String> texts = new ArrayList<>();
        for (Path f : files) texts.add(Files.readString(f, StandardCharsets.UTF_8));
        for (int i = 0; i < n; i++) {
            String t = texts.get(i % texts.size()) + "\n\nنسخة رقم " + i + "\n";
            Files.writeString(folder.resolve(String.format("v%05d.txt", i)), t, StandardCharsets.UTF_8);
        }
        return folder;
    }
}
