package org.qimma.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.qimma.read.Article;
import org.qimma.read.ArticleReader;
import org.qimma.read.ReadException;
import org.qimma.read.Readers;

/**
 * The articles a benchmark reads, held as the bytes of their files so that reading (decoding and
 * layout) is measured and the disk is not. {@code own} is this repository's corpus/articles,
 * {@code seeds} the shared seed articles (under the {@code qimma.shared} property, by default
 * ../shared); anything else is a file or folder.
 */
record Corpus(String name, List<Input> inputs, List<String> texts, long chars) {

    /** One input file: its name, its reader and its bytes. */
    record Input(String source, ArticleReader reader, byte[] bytes) {}

    static Corpus load(String name) {
        Path path = switch (name) {
            case "own" -> Path.of(System.getProperty("qimma.root", "."), "corpus", "articles");
            case "seeds" -> Path.of(System.getProperty("qimma.shared", "../shared"), "corpus", "seeds");
            default -> Path.of(name);
        };
        List<ReadException> errors = new ArrayList<>();
        List<Input> inputs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Path f : Readers.expand(List.of(path), errors)) {
            try {
                Input in = new Input(f.toString(), Readers.readerFor(f), Files.readAllBytes(f));
                inputs.add(in);
                for (Article a : read(in)) texts.add(a.text());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!errors.isEmpty()) throw new IllegalArgumentException(errors.get(0).getMessage());
        if (texts.isEmpty()) throw new IllegalArgumentException("no articles under " + path.toAbsolutePath());
        long chars = texts.stream().mapToLong(String::length).sum();
        return new Corpus(name, List.copyOf(inputs), List.copyOf(texts), chars);
    }

    /** The articles of one input, read from its bytes. */
    static List<Article> read(Input in) {
        try {
            return in.reader().read(in.source(), in.bytes());
        } catch (ReadException e) {
            throw new IllegalStateException(e);
        }
    }
}
