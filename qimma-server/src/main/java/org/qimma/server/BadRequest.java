package org.qimma.server;

/** A request the API refuses: 400 with the parameter and what is wrong with it. */
final class BadRequest extends RuntimeException {
    final String parameter;

    BadRequest(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }
}
