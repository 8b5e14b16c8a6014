package org.qimma.read;

import java.util.List;

/** Reads the bytes of one input (a file, a WARC record, a JSON line) into articles. */
@FunctionalInterface
public interface ArticleReader {
    List<Article> read(String source, byte[] bytes) throws ReadException;
}
