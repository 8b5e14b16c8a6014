package org.qimma.resources;

/** A knowledge or lexicon file that cannot be used, with the file and line that are wrong. */
public class DataFileException extends RuntimeException {
    private final String file;
    private final int line;

    public DataFileException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
