package org.qimma.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.qimma.store.Ingest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Ingests the example corpus shipped with Qimma into a fresh store and serves it.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "7700", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--data", paramLabel = "DIR", description = "Where to put the fresh store (default: a new temporary folder).")
    Path data;

    @Option(names = "--corpus", paramLabel = "DIR", description = "The example corpus (default: corpus/articles of the Qimma checkout).")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        Path articles = corpus != null ? corpus : home().resolve("corpus/articles");
        if (!Files.isDirectory(articles)) {
            System.err.println("qimma: " + articles + ": the example corpus is not there (run from a Qimma checkout, or give --corpus)");
            return 1;
        }
        Path folder = data != null ? data : Files.createTempDirectory("qimma-demo-");
        if (Files.exists(folder.resolve("qimma.db"))) {
            System.err.println("qimma: " + folder + " already holds a store; the demo wants a fresh one (give another --data)");
            return 1;
        }
        System.err.println("qimma: ingesting the example corpus " + articles + " into " + folder);
        int rc = IngestCommand.run(folder, List.of(articles), Ingest.Options.DEFAULT);
        if (rc != 0) return rc;
        ServeCommand.serve(folder, host, port);
        return 0;
    }

    /** The Qimma checkout: set by bin/qimma, else the working folder. */
    static Path home() {
        return Path.of(System.getProperty("qimma.home", "."));
    }
}
