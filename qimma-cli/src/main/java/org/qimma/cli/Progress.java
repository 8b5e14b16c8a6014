package org.qimma.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.qimma.read.ReadException;
import org.qimma.store.Ingest;

/** Ingest progress: a bar redrawn in place on a terminal, nothing but problems otherwise. */
final class Progress implements Ingest.Listener {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean terminal;
    private int failures;

    Progress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static Progress onStderr() {
        return new Progress(System.err, System.console() != null);
    }

    @Override
    public void file(Path file, int done, int total) {
        if (!terminal) return;
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (name.length() > 40) name = "…" + name.substring(name.length() - 39);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + name + "\u001b[K");
        if (done == total) err.print("\r\u001b[K");
        err.flush();
    }

    @Override
    public void problem(ReadException e) {
        failures++;
        if (terminal) err.print("\r\u001b[K");
        err.println("qimma: " + e.getMessage());
    }

    int failures() {
        return failures;
    }
}
