package org.qimma.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads the bytes of one input (a file, a WARC record, a JSON line) into articles. */
@FunctionalInterface
public interface ArticleReader {

    /** Reads the whole input; any part that cannot be read fails it. */
    List<Article> read(String source, byte[] bytes) throws ReadException;

    /**
     * Reads what can be read: a part that fails (a JSON line, a WARC record) goes to
     * {@code problems}, naming the input and where in it, and the other parts are still read.
     * Throws only when the input as a whole cannot be read. An input of one article has no parts,
     * so by default this is {@link #read(String, byte[])}.
     */
    default List<Article> read(String source, byte[] bytes, Consumer<ReadException> problems) throws ReadException {
        return read(source, bytes);
    }

    /** {@link #read(String, byte[], Consumer)} that fails on the first problem, for readers of parts. */
    static List<Article> strictly(ArticleReader r, String source, byte[] bytes) throws ReadException {
        List<ReadException> problems = new ArrayList<>();
        List<Article> articles = r.read(source, bytes, problems::add);
        if (!problems.isEmpty()) throw problems.get(0);
        return articles;
    }
}
