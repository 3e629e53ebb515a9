package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.article.ArticleReader;

/**
 * Articles from Parquet files, read by Spark in splits: one article a row, with the fields of a
 * JSONL line ({@code id, text, published, source, url, title}) read under the same rules, since
 * each row is read as the JSON object of its fields. Row {@code N} (1-based) has the origin
 * {@code file:N} and, without an id, the id {@code stem-N}, as line N of a JSONL file does.
 */
final class ParquetArticles {

    private static final List<String> FIELDS = List.of("id", "text", "published", "source", "url", "title");

    private ParquetArticles() {}

    static JavaRDD<Item> read(SparkSession spark, List<InputFile> files, ReaderDefaults defaults) {
        Map<String, InputFile> byPath = new HashMap<>();
        String[] paths = new String[files.size()];
        for (int i = 0; i < files.size(); i++) {
            InputFile f = files.get(i);
            paths[i] = f.local() ? Path.of(f.location()).toAbsolutePath().normalize().toUri().toString() : f.location();
            byPath.put(pathOf(paths[i]), f);
        }
        Dataset<Row> rows = spark.read().parquet(paths);
        List<String> present = Arrays.stream(rows.columns()).filter(FIELDS::contains).toList();
        Column json = present.isEmpty() ? org.apache.spark.sql.functions.lit("{}")
                : to_json(struct(present.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new)));
        return rows.select(json.as("json"), col("_metadata.file_path").as("file"), col("_metadata.row_index").as("row"))
                .javaRDD()
                .map(r -> {
                    InputFile f = byPath.get(pathOf(r.getString(1)));
                    long n = r.getLong(2) + 1;
                    String stem = ArticleReader.stem(Path.of(f.name()));
                    return Item.of(Item.order(f.number(), n), new ArticleReader(defaults.defaults())
                            .jsonLine(f.location() + ":" + n, stem + "-" + n, r.getString(0)));
                });
    }

    /** The path part of a file URI, decoded, by which Spark's name for a file and ours are matched. */
    private static String pathOf(String uri) {
        return new org.apache.hadoop.fs.Path(uri).toUri().getPath();
    }
}
