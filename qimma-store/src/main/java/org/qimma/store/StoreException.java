package org.qimma.store;

/** A store that cannot be opened, read or written; the message names the store and the problem. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
