package org.qimma.store;

import java.nio.file.Path;
import java.util.List;

/** A separate process that ingests a folder in small batches: the process the kill test kills. */
public final class IngestChild {
    private IngestChild() {}

    public static void main(String[] args) {
        try (Store s = Store.open(Path.of(args[0]), true)) {
            Ingest.Summary r = TestStores.ingest(s, new Ingest.Options(Integer.parseInt(args[2]), true))
                    .run(List.of(Path.of(args[1])), new Ingest.Listener() {});
            System.out.println(r.line());
        }
    }
}
