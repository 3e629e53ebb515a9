package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.dyad.datafile.TsvFile;
import org.junit.jupiter.api.Test;

/**
 * No event is coded for an act the text does not report as done (src/test/resources/unreal-acts.tsv):
 * each sentence is paired with the same act reported as done, which must be coded, so the test
 * fails if the act's pattern is missing as well as if its factuality is misread.
 */
class UnrealActsTest {

    @Test
    void actsPlannedHypotheticalRefusedOrDeniedAreNotCodedButTheirDoneTwinsAre() throws IOException {
        TsvFile table;
        try (InputStream in = UnrealActsTest.class.getResourceAsStream("/unreal-acts.tsv")) {
            table = TsvFile.read("unreal-acts.tsv", in);
        }
        assertThat(table.rows()).hasSizeGreaterThanOrEqualTo(40);
        List<String> failures = new ArrayList<>();
        for (TsvFile.Row row : table.rows()) {
            String root = row.get("root");
            List<String> done = Coded.events(row.get("done"), "2020-06-01");
            List<String> unreal = Coded.events(row.get("unreal"), "2020-06-01");
            if (done.stream().noneMatch(e -> hasRoot(e, root))) failures.add(row.where() + " done, no " + root + ": " + done);
            if (unreal.stream().anyMatch(e -> hasRoot(e, root))) failures.add(row.where() + " " + row.get("cue") + ", coded " + root + ": " + unreal);
        }
        assertThat(failures).isEmpty();
    }

    private static boolean hasRoot(String event, String root) {
        return event.split(" ")[1].startsWith(root);
    }
}
