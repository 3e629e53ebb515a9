package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.datafile.Warning;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad dictionary check}: what Dyad reads of dictionary files, and what it cannot. */
@Command(name = "dictionary", mixinStandardHelpOptions = true, description = "Check dictionary files.",
        subcommands = DictionaryCommand.Check.class)
final class DictionaryCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Read dictionary files (Dyad or PETRARCH/TABARI, any kind) and print, per file, its kind, the entries read, "
                    + "every line skipped with its reason, and for verb files the patterns translated and not translated.")
    static final class Check implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Dictionary files.")
        List<Path> files;

        @Option(names = "--strict", description = "Exit 1 when any line could not be read.")
        boolean strict;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Dictionaries d = Dictionaries.load(files, new Dictionaries.Options(false, false));
            int warnings = 0;
            for (DictionaryFile f : d.files()) {
                out.printf("%s: %s, %d entries read, %d lines skipped or read with a warning%n", f.origin(), f.kind(), f.entries(), f.warnings().size());
                if (f.kind().equals("verbs")) {
                    int not = f.untranslated().values().stream().mapToInt(Integer::intValue).sum();
                    out.printf("  patterns translated: %d; not translated: %d%n", f.translated(), not);
                    for (Map.Entry<String, Integer> e : f.untranslated().entrySet()) out.printf("    %6d  %s%n", e.getValue(), e.getKey());
                }
                for (Warning w : f.warnings()) out.println("  " + w);
                warnings += f.warnings().size();
            }
            for (Warning w : d.patterns().warnings()) {
                out.println("  " + w);
                warnings++;
            }
            return strict && warnings > 0 ? 1 : 0;
        }
    }
}
