package org.qimma.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.qimma.Pipeline;
import org.qimma.link.Linker;
import org.qimma.read.Article;
import org.qimma.read.ReadException;
import org.qimma.read.Readers;

/** Reads and extracts a set of articles for the commands that work across articles. */
final class Corpus {
    private Corpus() {}

    static List<Linker.Dated> extract(List<Path> paths, List<ReadException> errors) {
        Pipeline pipeline = Pipeline.standard();
        List<Linker.Dated> out = new ArrayList<>();
        for (Path f : Readers.expand(paths, errors)) {
            Readers.Result r = Readers.read(f);
            if (r.error() != null) errors.add(r.error());
            for (Article a : r.articles()) out.add(Linker.dated(pipeline.process(a)));
        }
        return out;
    }
}
