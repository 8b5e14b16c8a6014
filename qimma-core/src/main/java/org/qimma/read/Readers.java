package org.qimma.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The entry point for reading: picks the reader for a file by its name, and walks folders.
 * Errors name the file and the reason; one bad file never stops the others, and in a file of
 * many articles (JSON Lines, WARC) one bad part never stops the other parts.
 */
public final class Readers {

    /**
     * A file that was read, or could not be: {@code error} when nothing could be read from it,
     * {@code problems} for the parts that could not be read while others were (a JSON line, a
     * WARC record; each names the file and where in it).
     */
    public record Result(Path path, List<Article> articles, ReadException error, List<ReadException> problems) {
        public Result {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }

        public Result(Path path, List<Article> articles, ReadException error) {
            this(path, articles, error, List.of());
        }

        /** The error, if any, then the problems. */
        public List<ReadException> errors() {
            List<ReadException> all = new ArrayList<>();
            if (error != null) all.add(error);
            all.addAll(problems);
            return all;
        }
    }

    private Readers() {}

    /** The files under {@code paths} that Qimma reads, folders walked in name order. */
    public static List<Path> expand(List<Path> paths, List<ReadException> errors) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                errors.add(new ReadException(p.toString(), "no such file or folder"));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(Readers::isSupported).sorted().forEach(out::add);
                } catch (IOException e) {
                    errors.add(new ReadException(p.toString(), "cannot list folder: " + e.getMessage()));
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    public static boolean isSupported(Path p) {
        return readerFor(p) != null;
    }

    public static ArticleReader readerFor(Path p) {
        if (p.getFileName() == null) return null;
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt") || n.endsWith(".text")) return new PlainTextReader();
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return new HtmlReader();
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) return new WarcReader();
        if (n.endsWith(".jsonl")) return new JsonLinesReader();
        return null;
    }

    public static Result read(Path p) {
        ArticleReader r = readerFor(p);
        String source = p.toString();
        if (r == null) {
            return new Result(p, List.of(), new ReadException(source,
                    "unsupported file type (Qimma reads .txt, .html, .jsonl, .warc and .warc.gz)"));
        }
        try {
            if (r instanceof WarcReader warc) {
                // archives can be large: read record by record, never whole
                try (InputStream in = new BufferedInputStream(Files.newInputStream(p))) {
                    WarcReader.Contents c = warc.contents(source, in);
                    return new Result(p, c.articles(), null, c.problems());
                }
            }
            List<ReadException> problems = new ArrayList<>();
            List<Article> articles = r.read(source, Files.readAllBytes(p), problems::add);
            return new Result(p, articles, null, problems);
        } catch (IOException e) {
            return new Result(p, List.of(), new ReadException(source, "cannot read: " + e.getMessage()));
        } catch (ReadException e) {
            return new Result(p, List.of(), e);
        }
    }
}
