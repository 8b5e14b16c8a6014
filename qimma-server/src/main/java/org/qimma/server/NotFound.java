package org.qimma.server;

/** Something the store does not hold: 404 with what was asked for. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message);
    }
}
