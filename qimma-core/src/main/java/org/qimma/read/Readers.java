package org.qimma.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The entry point for reading: picks the reader for a file by its name, and walks folders.
 * Errors name the file and the reason; one bad file never stops the others.
 */
public final class Readers {

    /** A file that was read, or could not be, and why. */
    public record Result(Path path, List<Article> articles, ReadException error) {}

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
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt") || n.endsWith(".text")) return new PlainTextReader();
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return new HtmlReader();
        return null;
    }

    public static Result read(Path p) {
        ArticleReader r = readerFor(p);
        String source = p.toString();
        if (r == null) {
            return new Result(p, List.of(), new ReadException(source,
                    "unsupported file type (Qimma reads .txt and .html)"));
        }
        try {
            byte[] bytes = Files.readAllBytes(p);
            return new Result(p, r.read(source, bytes), null);
        } catch (IOException e) {
            return new Result(p, List.of(), new ReadException(source, "cannot read: " + e.getMessage()));
        } catch (ReadException e) {
            return new Result(p, List.of(), e);
        }
    }
}
