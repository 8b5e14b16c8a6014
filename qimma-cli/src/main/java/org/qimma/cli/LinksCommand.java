package org.qimma.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qimma.kb.KnowledgeBase;
import org.qimma.link.Linker;
import org.qimma.read.ReadException;
import org.qimma.record.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "links", description = "Prints {\\\"links\\\": [...], \\\"open_proposals\\\": [...]} across a set of articles: same meeting, proposal adopted, chairmanship term.")
final class LinksCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles: files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        List<ReadException> errors = new ArrayList<>();
        List<Linker.Dated> records = Corpus.extract(paths, errors);
        var links = new Linker(KnowledgeBase.standard()).link(records);
        System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(links));
        for (ReadException e : errors) System.err.println("qimma: " + e.getMessage());
        return errors.isEmpty() ? 0 : 1;
    }
}
