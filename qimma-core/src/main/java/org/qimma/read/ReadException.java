package org.qimma.read;

/** Input that cannot be read as an article; the message names the input and the reason. */
public class ReadException extends Exception {
    private final String source;

    public ReadException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
    }

    public ReadException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
    }

    public String source() {
        return source;
    }
}
