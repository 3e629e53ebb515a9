package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.article.Article;
import org.dyad.eval.Evaluation;
import org.dyad.eval.GoldItem;
import org.dyad.eval.GoldReader;
import org.dyad.eval.Level;
import org.dyad.ontology.CameoOntology;
import org.junit.jupiter.api.Test;

/**
 * The gold sets, scored in the build. The floors are the measured values rounded down (README,
 * "Accuracy"): a change that codes worse fails here. Raise them when Dyad improves; never change
 * code for an item of the real-news test half, whose content is pinned by its digest.
 */
class GoldSetTest {

    private static final Path GOLD = Path.of("..", "data", "gold");
    /** The SHA-256 of data/gold/wikinews/test.jsonl as it was frozen before any tuning. */
    private static final String TEST_DIGEST = "2f71602b23736896dd584038a0b59f13327406b41739e478f5ffa98f7c411364";

    static Evaluation.Report score(Path file) {
        Evaluation evaluation = new Evaluation(CameoOntology.bundled());
        for (GoldItem item : GoldReader.read(file)) {
            Article a = new Article(item.id(), item.text(), item.published(), Article.DatedBy.METADATA, "gold", null, null);
            evaluation.add(item, Coded.DYAD.code(a));
        }
        return evaluation.report();
    }

    @Test
    void theProjectsGoldSetScoresNoLowerThanMeasured() {
        Evaluation.Report r = score(GOLD.resolve("gold.jsonl"));
        assertThat(r.items()).isGreaterThanOrEqualTo(300);
        assertThat(r.root().f1()).as("root F1").isGreaterThanOrEqualTo(0.77);
        assertThat(r.code().f1()).as("code F1").isGreaterThanOrEqualTo(0.56);
        assertThat(r.rootActors().f1()).as("root+actors F1").isGreaterThanOrEqualTo(0.70);
        assertThat(r.rootActors().precision()).as("root+actors precision").isGreaterThanOrEqualTo(0.82);
        assertThat(r.score(Level.COUNTRY_ROOT).f1()).as("country+root F1").isGreaterThanOrEqualTo(0.74);
        assertThat(r.dateAccuracy()).as("date accuracy").isGreaterThanOrEqualTo(0.90);
        assertThat(r.speakerAccuracy()).as("quote speakers").isGreaterThanOrEqualTo(0.97);
        assertThat(r.noEventItems()).isGreaterThanOrEqualTo(40);
        assertThat(r.noEventItemsWithEvents()).as("items that must produce no event but did").isZero();
    }

    @Test
    void theRealNewsTestHalfIsTheOneFrozenBeforeTuning() throws IOException, NoSuchAlgorithmException {
        byte[] bytes = Files.readAllBytes(GOLD.resolve("wikinews").resolve("test.jsonl"));
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).isEqualTo(TEST_DIGEST);
    }

    @Test
    void noArticleOfTheTestHalfIsInADevelopmentSet() {
        Set<String> test = GoldReader.read(GOLD.resolve("wikinews").resolve("test.jsonl")).stream().map(GoldItem::id).collect(Collectors.toSet());
        for (String dev : List.of("dev.jsonl", "dev-b.jsonl")) {
            assertThat(GoldReader.read(GOLD.resolve("wikinews").resolve(dev))).as(dev).extracting(GoldItem::id).doesNotContainAnyElementsOf(test);
        }
    }

    @Test
    void theRealNewsSetsScoreNoLowerThanMeasured() {
        assertScoresAtLeast("wikinews", "dev", DEV_COUNTRY_ROOT, DEV_ROOT_ACTORS);
        assertScoresAtLeast("wikinews", "dev-b", DEV_B_COUNTRY_ROOT, DEV_B_ROOT_ACTORS);
        assertScoresAtLeast("wikinews", "test", TEST_COUNTRY_ROOT, TEST_ROOT_ACTORS);
    }

    @Test
    void theWireStyleSetsScoreNoLowerThanMeasured() {
        assertScoresAtLeast("wire", "dev-c", DEV_C_COUNTRY_ROOT, DEV_C_ROOT_ACTORS);
        assertScoresAtLeast("wire", "check", CHECK_COUNTRY_ROOT, CHECK_ROOT_ACTORS);
    }

    /** The set data/gold/FOLDER/NAME.jsonl scores at least these country+root and root+actors F1. */
    private static void assertScoresAtLeast(String folder, String name, double countryRoot, double rootActors) {
        Evaluation.Report r = score(GOLD.resolve(folder).resolve(name + ".jsonl"));
        assertThat(r.score(Level.COUNTRY_ROOT).f1()).as(name + " country+root F1").isGreaterThanOrEqualTo(countryRoot);
        assertThat(r.rootActors().f1()).as(name + " root+actors F1").isGreaterThanOrEqualTo(rootActors);
    }

    private static final double DEV_C_COUNTRY_ROOT = 0.63;
    private static final double DEV_C_ROOT_ACTORS = 0.42;
    private static final double CHECK_COUNTRY_ROOT = 0.42;
    private static final double CHECK_ROOT_ACTORS = 0.32;
    private static final double DEV_COUNTRY_ROOT = 0.54;
    private static final double DEV_ROOT_ACTORS = 0.44;
    private static final double DEV_B_COUNTRY_ROOT = 0.46;
    private static final double DEV_B_ROOT_ACTORS = 0.33;
    private static final double TEST_COUNTRY_ROOT = 0.28;
    private static final double TEST_ROOT_ACTORS = 0.21;
}
