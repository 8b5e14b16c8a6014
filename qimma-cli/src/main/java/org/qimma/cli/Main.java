package org.qimma.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code qimma} command. Exit codes: 0 ok, 1 failure, 2 usage. */
@Command(name = "qimma", mixinStandardHelpOptions = true, version = "qimma 0.1.0",
        description = "Turns news reports of multilateral diplomacy into a cited, queryable record.",
        subcommands = {DemoCommand.class, IngestCommand.class, ServeCommand.class, ExportCommand.class, ExtractCommand.class, EvalCommand.class, EntitiesCommand.class, LinksCommand.class, FollowupCommand.class, BenchCommand.class, LoadTestCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Lucene warns on every start that the incubating vector module is absent; that is a tuning hint, not news for users. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            boolean verbose = parsed.hasMatchedOption("--verbose");
            cmd.getErr().println("qimma: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (verbose) ex.printStackTrace(cmd.getErr());
            return 1;
        });
        return cl.execute(args);
    }
}
