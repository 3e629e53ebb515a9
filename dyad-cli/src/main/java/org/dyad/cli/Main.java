package org.dyad.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command: a table of contents of what Dyad can do. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
        description = "Political event data from news text: who did what to whom, when, where, and who said so.",
        subcommands = {CodeCommand.class, IngestCommand.class, EventsCommand.class, SqlCommand.class, ExportCommand.class,
                ServeCommand.class, PlotCommand.class, ActorsCommand.class, DictionaryCommand.class, EvalCommand.class, ParseCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard streams, replaceable for tests; for what writes bytes rather than picocli's writers. */
    static InputStream stdin = System.in;
    static PrintStream stdout = System.out;
    static PrintStream stderr = System.err;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs one command line with the given streams and returns its exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        stdin = in;
        stdout = out;
        stderr = err;
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("dyad: " + e.getMessage());
            return 2;
        });
        return cl.execute(args);
    }
}
