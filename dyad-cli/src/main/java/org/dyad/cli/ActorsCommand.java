package org.dyad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad actors}: look into the actor dictionaries. */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "Look into the actor dictionaries.",
        subcommands = ActorsCommand.Lookup.class)
final class ActorsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "Print the code in force for a name on a date (first line), then why.")
    static final class Lookup implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", description = "A name as it appears in text, e.g. \"John Kerry\".")
        String name;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
                description = "The date that decides roles. Default: today.")
        LocalDate date;

        @Mixin
        PipelineOptions pipeline;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            LocalDate day = date == null ? LocalDate.now() : date;
            List<ActorEntry> entries = pipeline.dictionaries(spec.commandLine().getErr()).actors().lookup(name);
            Optional<ActorEntry> inForce = ActorDictionary.inForce(entries, day);
            if (entries.isEmpty()) {
                out.println("-");
                out.println("'" + name + "' is in no dictionary; add it to a file given with --dictionary.");
                return 1;
            }
            out.println(inForce.map(ActorEntry::code).orElse("-"));
            for (ActorEntry e : entries) {
                out.printf("%s %-10s %-8s %-23s %s  (%s%s)%n", e.holdsOn(day) ? (inForce.orElse(null) == e ? "*" : "+") : " ",
                        e.code(), e.kind().name().toLowerCase(), e.range(), e.actor() == null ? e.surface() : e.actor().name(), e.where(),
                        e.user() ? ", user file" : "");
            }
            out.println("* the entry in force on " + day + (inForce.isEmpty() ? " (none)" : "") + "; + also holds; blank: outside its dates");
            return 0;
        }
    }
}
