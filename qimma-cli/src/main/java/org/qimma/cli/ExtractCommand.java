package org.qimma.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qimma.Pipeline;
import org.qimma.read.Article;
import org.qimma.read.ReadException;
import org.qimma.read.Readers;
import org.qimma.record.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", description = "Writes one record per article as JSON Lines.")
final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--out", description = "Write to this file instead of standard output.")
    Path out;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (.txt, .html).")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        List<ReadException> errors = new ArrayList<>();
        List<Path> files = Readers.expand(paths, errors);
        Pipeline pipeline = Pipeline.standard();
        Path tmp = out == null ? null : Files.createTempFile(out.toAbsolutePath().getParent(), ".qimma", ".part");
        try (PrintWriter w = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                tmp == null ? System.out : Files.newOutputStream(tmp), StandardCharsets.UTF_8)))) {
            for (Path f : files) {
                Readers.Result r = Readers.read(f);
                // a file that failed whole, or the lines and records of it that failed
                errors.addAll(r.errors());
                if (r.error() != null) continue;
                for (Article a : r.articles()) {
                    try {
                        w.println(Json.MAPPER.writeValueAsString(pipeline.process(a)));
                    } catch (RuntimeException e) {
                        errors.add(new ReadException(a.source(), "extraction failed: " + e, e));
                    }
                }
                w.flush();
            }
        }
        if (tmp != null) Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        for (ReadException e : errors) {
            System.err.println("qimma: " + e.getMessage());
            if (verbose && e.getCause() != null) e.getCause().printStackTrace();
        }
        return errors.isEmpty() ? 0 : 1;
    }
}
