package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.store.Articles.EGYPT;
import static org.dyad.store.Articles.ISRAEL;
import static org.dyad.store.Articles.PALESTINE;
import static org.dyad.store.Articles.article;
import static org.dyad.store.Articles.event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.record.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

    @TempDir
    Path dir;

    private long count(EventStore store, String table) {
        return ((Number) store.query("SELECT count(*) FROM " + table, List.of()).value()).longValue();
    }

    @Test
    void theSameEventInThreeArticlesIsOneEventWithItsMentionsSourcesAndArticles() {
        try (EventStore store = EventStore.open(dir.resolve("d.duckdb"))) {
            store.write(List.of(
                    article("a1", "Wire One", DAY, event("2024-03-04", ISRAEL, PALESTINE, "112", 0)),
                    article("a2", "Daily Two", DAY.plusDays(1), event("2024-03-04", ISRAEL, PALESTINE, "112", 4)),
                    article("a3", "Wire One", DAY.plusDays(1), event("2024-03-04", ISRAEL, PALESTINE, "112", 1).withMentions(2),
                            event("2024-03-04", ISRAEL, EGYPT, "112", 1))), List.of());

            Table t = store.query("SELECT target_code, num_mentions, num_sources, num_articles, first_url, first_sentence "
                    + "FROM events ORDER BY target_code", List.of());
            assertThat(t.rows()).hasSize(2);
            assertThat(t.rows().get(0)).containsExactly("EGY", 1L, 1L, 1L, "https://example.org/a3", 1);
            assertThat(t.rows().get(1)).as("a3 reports the accusation in two sentences")
                    .containsExactly("PSEGOV", 4L, 2L, 3L, "https://example.org/a1", 0);
            assertThat(count(store, "mentions")).isEqualTo(4);
        }
    }

    @Test
    void anotherDateOrCodeIsAnotherEvent() {
        try (EventStore store = EventStore.open(dir.resolve("d.duckdb"))) {
            store.write(List.of(
                    article("a1", "Wire", DAY, event("2024-03-04", ISRAEL, PALESTINE, "112", 0)),
                    article("a2", "Wire", DAY, event("2024-03-05", ISRAEL, PALESTINE, "112", 0)),
                    article("a3", "Wire", DAY, event("2024-03-04", ISRAEL, PALESTINE, "111", 0)),
                    article("a4", "Wire", DAY, event("2024-03-04", PALESTINE, ISRAEL, "112", 0))), List.of());
            assertThat(count(store, "events")).isEqualTo(4);
        }
    }

    @Test
    void writingTheSameArticlesAndErrorsAgainAddsNothing() {
        Path db = dir.resolve("d.duckdb");
        List<CodedArticle> batch = List.of(article("a1", "Wire", DAY, event("2024-03-04", ISRAEL, PALESTINE, "112", 0)),
                article("a2", "Wire", DAY, event("2024-03-04", ISRAEL, PALESTINE, "112", 0)));
        List<InputError> errors = List.of(InputError.of("feed.jsonl:7", "malformed JSON"), InputError.of("x.bin", "binary file"));
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.write(batch, errors)).isEqualTo(2);
        }
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.write(batch, errors)).isZero();
            assertThat(count(store, "articles")).isEqualTo(2);
            assertThat(count(store, "coded_events")).isEqualTo(1);
            assertThat(count(store, "mentions")).isEqualTo(2);
            assertThat(count(store, "errors")).isEqualTo(2);
            assertThat(store.query("SELECT file, line FROM errors ORDER BY file", List.of()).rows())
                    .containsExactly(List.of("feed.jsonl", 7), List.of("x.bin", 0));
        }
    }

    @Test
    void aReadOnlyStoreRefusesWrites() {
        Path db = dir.resolve("d.duckdb");
        try (EventStore store = EventStore.open(db)) {
            store.write(List.of(article("a1", "Wire", DAY, event("2024-03-04", ISRAEL, PALESTINE, "112", 0))), List.of());
        }
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThatThrownBy(() -> store.query("DELETE FROM articles RETURNING 1", List.of())).isInstanceOf(StoreException.class);
            assertThat(count(store, "articles")).isEqualTo(1);
        }
    }

    @Test
    void aMissingOrForeignFileIsNamedInTheError() throws Exception {
        assertThatThrownBy(() -> EventStore.openReadOnly(dir.resolve("none.duckdb")))
                .hasMessageContaining("none.duckdb").hasMessageContaining("no such store");
        Path text = dir.resolve("notes.duckdb");
        Files.writeString(text, "not a database");
        assertThatThrownBy(() -> EventStore.open(text)).isInstanceOf(StoreException.class).hasMessageContaining("notes.duckdb");
    }

    @Test
    void filtersSelectByActorDyadCodeQuadDateOutletAndText() {
        try (EventStore store = EventStore.open(dir.resolve("d.duckdb"))) {
            store.write(List.of(
                    article("a1", "Wire One", DAY, event("2024-03-04", ISRAEL, PALESTINE, "112", 0)),
                    article("a2", "Daily Two", DAY, event("2024-03", EGYPT, ISRAEL, "0421", 0)),
                    article("a3", "Daily Two", DAY, event("2024-02-01", PALESTINE, EGYPT, "190", 0))), List.of());
            assertThat(codes(store, new EventQuery("ISR", null, null, null, null, null, null, null, null, 0))).containsExactly("0421", "112");
            assertThat(codes(store, new EventQuery(null, "EGY", "ISR", null, null, null, null, null, null, 0))).containsExactly("0421");
            assertThat(codes(store, new EventQuery(null, null, null, "19", null, null, null, null, null, 0))).containsExactly("190");
            assertThat(codes(store, new EventQuery(null, null, null, null, null, "2024-03-01", "2024-03-31", null, null, 0)))
                    .containsExactly("0421", "112");
            assertThat(codes(store, new EventQuery(null, null, null, null, null, null, null, "daily two", null, 0)))
                    .containsExactly("190", "0421");
            assertThat(codes(store, new EventQuery(null, null, null, null, null, null, null, null, "to egypt", 0))).containsExactly("190");
            assertThat(codes(store, new EventQuery(null, null, null, null, null, null, null, null, null, 1))).hasSize(1);
        }
    }

    private static List<Object> codes(EventStore store, EventQuery q) {
        EventQuery.Statement s = q.statement();
        Table t = store.query(s.sql(), s.parameters());
        int cameo = t.column("cameo");
        return t.rows().stream().map(r -> r.get(cameo)).toList();
    }

    @Test
    void filterValuesMatchLiterallyWithoutWildcards() {
        try (EventStore store = EventStore.open(dir.resolve("d.duckdb"))) {
            store.write(List.of(
                    article("a1", "Wire One", DAY, event("2024-03-04", ISRAEL, PALESTINE, "112", 0)),
                    article("a2", "100% News", DAY, event("2024-03-04", EGYPT, ISRAEL, "0421", 0))), List.of());
            for (String wildcard : List.of("%", "_", "\\", "%%", "I_raeli", "Wire%", "\\%")) {
                assertThat(codes(store, new EventQuery(null, null, null, null, null, null, null, null, wildcard, 0))).as(wildcard).isEmpty();
                assertThat(codes(store, new EventQuery(null, null, null, null, null, null, null, wildcard, null, 0))).as(wildcard).isEmpty();
            }
            assertThat(codes(store, new EventQuery(null, null, null, null, null, null, null, "100% news", null, 0))).containsExactly("0421");
            assertThat(codes(store, new EventQuery(null, null, null, null, null, null, null, null, "did 112 to THE pa", 0))).containsExactly("112");
        }
    }

    @Test
    void aRecodedArticleReplacesItsRowsAndTheStoreEqualsOneCodedAfreshThatWay() {
        Provenance second = new Provenance("test", "second");
        List<CodedArticle> first = List.of(
                article("a1", "Wire One", DAY, event("2024-03-04", ISRAEL, PALESTINE, "112", 0)),
                article("a2", "Daily Two", DAY, event("2024-03-04", ISRAEL, PALESTINE, "112", 1), event("2024-03-04", EGYPT, null, "036", 2)),
                article("a3", "Wire One", DAY, event("2024-03-04", EGYPT, null, "036", 0)));
        // The new configuration codes a2's accusation as a criticism and finds nothing in a3.
        List<CodedArticle> recoded = List.of(
                article(second, "a1", "Wire One", DAY, event("2024-03-04", ISRAEL, PALESTINE, "112", 0)),
                article(second, "a2", "Daily Two", DAY, event("2024-03-04", ISRAEL, PALESTINE, "111", 1), event("2024-03-04", EGYPT, null, "036", 2)),
                article(second, "a3", "Wire One", DAY));
        Path db = dir.resolve("d.duckdb");
        try (EventStore store = EventStore.open(db)) {
            store.write(first, List.of());
            assertThat(store.write(first, List.of())).as("same provenance: left as it is").isZero();
            assertThat(store.write(recoded.subList(1, 3), List.of())).isEqualTo(2);
            assertThat(store.write(recoded.subList(0, 1), List.of())).isEqualTo(1);
            assertThat(store.query("SELECT cameo, num_mentions, num_articles FROM events ORDER BY cameo", List.of()).rows())
                    .containsExactly(List.of("036", 1L, 1L), List.of("111", 1L, 1L), List.of("112", 1L, 1L));
            assertThat(store.codedArticles().values()).containsOnly(second);
        }
        Path fresh = dir.resolve("fresh.duckdb");
        try (EventStore store = EventStore.open(fresh)) {
            store.write(recoded, List.of());
        }
        assertThat(rows(db)).isEqualTo(rows(fresh));
    }

    /** Every row but the clock's. */
    private static String rows(Path db) {
        try (EventStore store = EventStore.openReadOnly(db)) {
            return store.query("SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY seq", List.of()).rows().toString()
                    + store.query("SELECT * FROM coded_events ORDER BY event_id", List.of()).rows()
                    + store.query("SELECT * EXCLUDE (first_added) FROM events ORDER BY event_id", List.of()).rows()
                    + store.query("SELECT * FROM mentions ORDER BY event_id, article_key", List.of()).rows();
        }
    }

    @Test
    void aVersionOneStoreIsReadAsItIsAndUpgradedWhenWritten() {
        Path db = dir.resolve("old.duckdb");
        try (EventStore store = EventStore.open(db)) {
            store.write(List.of(article("a1", "Wire", DAY, event("2024-03-04", ISRAEL, PALESTINE, "112", 0))), List.of());
            // What a version 1 store lacks.
            store.execute("DROP TABLE skipped");
            store.execute("ALTER TABLE articles DROP COLUMN coding");
            store.execute("ALTER TABLE articles DROP COLUMN dyad_version");
            store.execute("UPDATE dyad_store SET version = 1");
        }
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(count(store, "events")).isEqualTo(1);
        }
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.upgradedFrom()).isEqualTo(1);
            assertThat(store.codedArticles()).containsEntry(ArticleKey.of(article("a1", "Wire", DAY).article()), null);
            assertThat(store.write(List.of(article("a1", "Wire", DAY, event("2024-03-04", ISRAEL, PALESTINE, "112", 0))), List.of()))
                    .as("an article of unknown provenance is coded again").isEqualTo(1);
            assertThat(store.query("SELECT version FROM dyad_store", List.of()).value()).isEqualTo(2);
            assertThat(count(store, "skipped")).isZero();
        }
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.upgradedFrom()).isZero();
        }
    }

    @Test
    void aUsersQueryCanReadTheStoreAndNothingElse() throws Exception {
        Path db = dir.resolve("d.duckdb");
        try (EventStore store = EventStore.open(db)) {
            store.write(List.of(article("a1", "Wire", DAY, event("2024-03-04", ISRAEL, PALESTINE, "112", 0))), List.of());
        }
        try (EventStore store = EventStore.openForQueries(db)) {
            assertThat(store.userQuery("SELECT count(*) FROM events").value()).isEqualTo(1L);
            assertThat(store.userQuery("DESCRIBE articles").rows()).isNotEmpty();
            assertThatThrownBy(() -> store.userQuery("DELETE FROM articles")).hasMessageContaining("queries only");
            assertThatThrownBy(() -> store.userQuery("SELECT 1; SELECT 2")).hasMessageContaining("one query at a time");
            Path beside = Files.writeString(dir.resolve("notes.txt"), "private");
            assertThatThrownBy(() -> store.userQuery("SELECT * FROM read_text('" + beside + "')")).hasMessageContaining("disabled");
        }
    }
}
