package org.qimma.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qimma.Pipeline;
import org.qimma.eval.Evaluation;
import org.qimma.eval.Scorer;
import org.qimma.read.ReadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", description = "Extracts articles and scores them against gold records (shared/spec/RECORD.md).")
final class EvalCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", required = true, description = "Folder of gold records (NAME.json for article NAME.*).")
    Path gold;

    @Option(names = "--verbose", description = "List every miss and every extra.")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles: files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(gold)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--gold " + gold + ": not a folder");
        }
        List<ReadException> errors = new ArrayList<>();
        Scorer.Report report = Evaluation.run(gold, paths, Pipeline.standard(), errors);
        System.out.print(report.format(verbose));
        for (ReadException e : errors) System.err.println("qimma: " + e.getMessage());
        return errors.isEmpty() ? 0 : 1;
    }
}
