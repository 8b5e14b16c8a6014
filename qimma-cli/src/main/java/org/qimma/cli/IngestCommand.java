package org.qimma.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.qimma.Pipeline;
import org.qimma.link.Linker;
import org.qimma.store.Ingest;
import org.qimma.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Adds articles to the store: extracts them, stores their records, links them with what is stored.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--batch", defaultValue = "64", description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--no-links", description = "Do not work out links (for synthetic stores, where copies would all link to each other).")
    boolean noLinks;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (.txt, .html, .jsonl, .warc, .warc.gz).")
    List<Path> paths;

    @Override
    public Integer call() {
        return run(store.data, paths, new Ingest.Options(batch, !noLinks));
    }

    static int run(Path data, List<Path> paths, Ingest.Options options) {
        Pipeline pipeline = Pipeline.standard();
        Progress progress = Progress.onStderr();
        Ingest.Summary s;
        try (Store st = Store.open(data, true)) {
            s = new Ingest(st, pipeline, new Linker(pipeline.kb()), options).run(paths, progress);
        }
        System.err.println("qimma: " + s.line() + " into " + data);
        return s.failed() == 0 ? 0 : 1;
    }
}
