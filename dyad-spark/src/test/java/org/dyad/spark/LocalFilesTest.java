package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local filesystem without chmod processes gives files and folders the permissions Hadoop asks for. */
class LocalFilesTest {

    @TempDir
    Path dir;

    @Test
    void foldersAndFilesGetTheModeAskedFor() throws Exception {
        try (LocalFiles fs = new LocalFiles()) {
            fs.initialize(dir.toUri(), new Configuration());
            org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(dir.toUri().toString(), "day=2020-01-01");
            assertThat(fs.mkdirs(folder, new FsPermission((short) 0750))).isTrue();
            org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(folder, "part-0.parquet");
            try (FSDataOutputStream out = fs.create(file, new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20, null)) {
                out.write(42);
            }
            // The umask (022 by default) takes nothing away from these modes.
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("day=2020-01-01")))).isEqualTo("rwxr-x---");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("day=2020-01-01/part-0.parquet"))))
                    .isEqualTo("rw-r-----");
            assertThat(fs.open(file).read()).isEqualTo(42);
            assertThat(fs.exists(new org.apache.hadoop.fs.Path(folder, ".part-0.parquet.crc"))).as("Hadoop's checksums are kept").isTrue();
        }
    }
}
