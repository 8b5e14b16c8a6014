package org.qimma.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.qimma.kb.KnowledgeBase;
import org.qimma.link.Linker;
import org.qimma.link.Links;
import org.qimma.read.ReadException;
import org.qimma.record.Items;
import org.qimma.record.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "followup", description = "For each proposal: adopted (with the document and the article) or still open.")
final class FollowupCommand implements Callable<Integer> {

    @Option(names = "--organisation", description = "Only proposals in articles about this organisation (SCO, BRICS, LAS, ...).")
    String organisation;

    @Option(names = "--proposer", description = "Only proposals by this person or state (English label, e.g. Kazakhstan).")
    String proposer;

    @Option(names = "--json", description = "JSON instead of a table.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles: files or folders.")
    List<Path> paths;

    @Override
    @SuppressWarnings("unchecked")
    public Integer call() throws Exception {
        List<ReadException> errors = new ArrayList<>();
        List<Linker.Dated> records = Corpus.extract(paths, errors);
        Links links = new Linker(KnowledgeBase.standard()).link(records);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Linker.Dated d : records) {
            String article = org.qimma.eval.Evaluation.stem(d.record().source());
            if (organisation != null && d.record().meetings().stream().noneMatch(m -> organisation.equalsIgnoreCase(m.organisation()))
                    && d.record().entities().stream().noneMatch(e -> organisation.equalsIgnoreCase(e.id()))) continue;
            for (Items.Proposal p : d.record().proposals()) {
                if (proposer != null && !proposer.equalsIgnoreCase(p.proposerEn()) && !proposer.equalsIgnoreCase(p.proposerStateEn())) continue;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("article", article);
                row.put("date", d.date());
                row.put("proposer", p.proposerEn() != null ? p.proposerEn() : p.proposerStateEn() != null ? p.proposerStateEn() : "(not stated)");
                row.put("what", p.what());
                row.put("outcome", "open");
                for (Map<String, Object> l : links.links()) {
                    if (!"proposal_adopted".equals(l.get("kind"))) continue;
                    var prop = (Map<String, Object>) l.get("proposal");
                    var out = (Map<String, Object>) l.get("outcome");
                    if (article.equals(prop.get("article")) && p.what().equals(prop.get("what"))) {
                        row.put("outcome", "adopted");
                        row.put("document", out.get("title"));
                        row.put("in", out.get("article"));
                    }
                }
                rows.add(row);
            }
        }
        if (json) {
            System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("proposals", rows)));
        } else {
            System.out.printf(Locale.ROOT, "%-8s %-10s %-24s %-60s %s%n", "outcome", "date", "proposer", "proposal", "document (article)");
            for (Map<String, Object> r : rows) {
                String doc = r.get("document") == null ? "" : r.get("document") + " (" + r.get("in") + ")";
                System.out.printf(Locale.ROOT, "%-8s %-10s %-24s %-60s %s%n", r.get("outcome"), r.get("date"), r.get("proposer"),
                        r.get("what"), doc);
            }
            long adopted = rows.stream().filter(r -> "adopted".equals(r.get("outcome"))).count();
            System.out.printf(Locale.ROOT, "%d proposals: %d adopted, %d open%n", rows.size(), adopted, rows.size() - adopted);
        }
        for (ReadException e : errors) System.err.println("qimma: " + e.getMessage());
        return errors.isEmpty() ? 0 : 1;
    }
}
