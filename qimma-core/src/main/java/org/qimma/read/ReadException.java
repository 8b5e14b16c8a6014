package org.qimma.read;

/** Input that cannot be read as an article; the message names the input and the reason. */
public class ReadException extends Exception {
    private final String source;
    private final String reason;

    public ReadException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    public ReadException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    /** The message without the input's name. */
    public String reason() {
        return reason;
    }
}
