package org.dyad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorEntry;
import org.dyad.store.EventStore;
import org.dyad.store.UnknownNames;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad actors}: look into the actor dictionaries. */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "Look into the actor dictionaries.",
        subcommands = {ActorsCommand.Lookup.class, ActorsCommand.Unknown.class})
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
            Optional<ActorEntry> coded = ActorDictionary.codedOn(entries, day);
            out.println(coded.map(ActorEntry::code).orElse("-"));
            for (ActorEntry e : entries) {
                out.printf("%s %-10s %-8s %-23s %s  (%s%s)%n", e.holdsOn(day) ? (inForce.orElse(null) == e ? "*" : "+") : " ",
                        e.code(), e.kind().name().toLowerCase(), e.range(), e.actor() == null ? e.surface() : e.actor().name(), e.where(),
                        e.user() ? ", user file" : "");
            }
            out.println("* the entry in force on " + day + (inForce.isEmpty() ? " (none)" : "") + "; + also holds; blank: outside its dates");
            if (inForce.isEmpty() && coded.isPresent()) out.println(coded.get().code() + ": out of office since " + coded.get().where());
            return 0;
        }
    }

    @Command(name = "unknown", mixinStandardHelpOptions = true,
            description = "List the names found most often without a code in a store, as a people dictionary to complete and pass back "
                    + "with --dictionary (each row's comment: mentions, articles, first and last dates, an example sentence).")
    static final class Unknown implements Callable<Integer> {

        @Mixin
        StoreOption store;

        @Option(names = "--top", paramLabel = "N", defaultValue = "50", description = "How many names. Default: ${DEFAULT-VALUE}.")
        int top;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (top < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1");
            PrintWriter out = spec.commandLine().getOut();
            try (EventStore db = EventStore.openReadOnly(store.db)) {
                List<UnknownNames.Name> names = UnknownNames.top(db, top);
                out.println("# Names found without a code in " + store.db + ", most frequent first (dyad actors unknown).");
                out.println("# Fill in a row's code (for a person, from and to: the dates of the office), delete the rows you do not");
                out.println("# want, and pass the file back with --dictionary. A row left without a code is a name that codes nothing.");
                out.println("name\taliases\tcode\tfrom\tto\ttitle");
                for (UnknownNames.Name n : names) {
                    out.printf("# %d mentions in %d articles, %s..%s: %s%n", n.mentions(), n.articles(), n.first(), n.last(), n.example());
                    out.println(n.name().replace('\t', ' ') + "\t\t\t\t\t");
                }
            }
            return 0;
        }
    }
}
