package org.dyad.spark;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.store.ParquetFolder;
import org.dyad.store.StoreColumns;

/**
 * A table's Spark schema: the store's columns and types (read from the store's own schema, so the
 * two cannot drift), then the partition columns the store does not have (a mention's publication
 * date, the chunk). Store rows become Spark rows here.
 */
final class TableSchema {

    private static final Map<String, DataType> TYPES = Map.of(
            "VARCHAR", DataTypes.StringType, "JSON", DataTypes.StringType, "BIGINT", DataTypes.LongType,
            "INTEGER", DataTypes.IntegerType, "DOUBLE", DataTypes.DoubleType, "BOOLEAN", DataTypes.BooleanType,
            "DATE", DataTypes.DateType, "TIMESTAMP", DataTypes.TimestampNTZType);

    private TableSchema() {}

    static StructType of(ParquetFolder.Table table) {
        List<StructField> fields = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (StoreColumns.Column c : StoreColumns.of(table.name())) {
            fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
            names.add(c.name());
        }
        for (String p : table.partitions()) {
            if (!names.contains(p)) fields.add(DataTypes.createStructField(p, type(ParquetFolder.PARTITION_TYPES.get(p)), true));
        }
        return DataTypes.createStructType(fields);
    }

    static ParquetFolder.Table table(String name) {
        return ParquetFolder.TABLES.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static DataType type(String duckdb) {
        DataType type = TYPES.get(duckdb);
        if (type == null) throw new IllegalStateException("no Spark type for the store's type " + duckdb);
        return type;
    }

    /** A store row, then the values of the partition columns it lacks. */
    static Row row(List<Object> values, Object... partitions) {
        Object[] all = new Object[values.size() + partitions.length];
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            // The store's TIMESTAMP has no time zone; Spark's TIMESTAMP_NTZ takes it as a LocalDateTime.
            all[i] = v instanceof Timestamp t ? t.toLocalDateTime() : v;
        }
        System.arraycopy(partitions, 0, all, values.size(), partitions.length);
        return RowFactory.create(all);
    }
}
