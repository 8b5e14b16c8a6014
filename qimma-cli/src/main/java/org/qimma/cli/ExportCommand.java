package org.qimma.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.qimma.store.Export;
import org.qimma.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Writes the store's records as JSON Lines, CSV (a row per fact) or PLOVER-shaped events.")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--format", required = true, paramLabel = "jsonl|csv|plover", description = "jsonl, csv or plover.")
    String format;

    @Parameters(paramLabel = "PATH", description = "The file to write, or - for standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Export.Format f = Export.Format.of(format);
        if (!Files.exists(store.data.resolve("qimma.db"))) {
            System.err.println("qimma: " + store.data + ": no store here (ingest something first)");
            return 1;
        }
        boolean stdout = out.toString().equals("-");
        Path tmp = stdout ? null : Files.createTempFile(out.toAbsolutePath().getParent(), ".qimma", ".part");
        long n;
        try (Store s = Store.open(store.data, false);
             Writer w = new BufferedWriter(new OutputStreamWriter(stdout ? System.out : Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
            n = Export.write(s, f, w);
        }
        if (tmp != null) Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        System.err.println("qimma: exported " + n + " articles as " + f.name().toLowerCase() + (stdout ? "" : " to " + out));
        return 0;
    }
}
