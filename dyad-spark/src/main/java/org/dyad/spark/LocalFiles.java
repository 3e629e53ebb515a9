package org.dyad.spark;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local filesystem, setting a new file's or folder's permissions through Java rather than
 * by starting a {@code chmod} process, which Hadoop does when its native library is absent (as in
 * a plain Maven or pip install). A job writing date partitions creates thousands of small files:
 * one process each made local-mode writing slower than coding (docs/performance.md).
 */
public final class LocalFiles extends LocalFileSystem {

    public LocalFiles() {
        super(new Raw());
    }

    private static final class Raw extends RawLocalFileSystem {

        private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        private static final PosixFilePermission[] BITS = PosixFilePermission.values(); // owner rwx, group rwx, others rwx

        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            if (!POSIX) {
                super.setPermission(p, permission);
                return;
            }
            short mode = permission.toShort();
            Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
            for (int i = 0; i < BITS.length; i++) if ((mode & (1 << (BITS.length - 1 - i))) != 0) set.add(BITS[i]);
            Files.setPosixFilePermissions(pathToFile(p).toPath(), set);
        }
    }
}
