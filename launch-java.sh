# Sourced by ./dyad and dyad-spark/launch: starts a JVM with class data sharing.
#   launch_java ARCHIVE CLASSPATH JAVA-ARGUMENTS...
# The JVM maps the classes of an earlier run (Spark's, CoreNLP's, DuckDB's) from an archive
# instead of reading and verifying them from the jars again: seconds of CPU at every start of the
# Spark job, less than one for the command line (docs/performance.md, "Spark"). The first run
# after a build writes the archive as it exits; a jar newer than the archive has it written again.
# A missing or unusable archive only costs that time: the JVM then reads the jars.

launch_java() {
  local archive="$1" classpath="$2" rc=0
  shift 2
  if [ -f "$archive" ] && [ -z "$(IFS=:; find $classpath -newer "$archive" -print -quit 2>/dev/null)" ]; then
    exec java -XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$classpath" "$@"
  fi
  # Written under a name of its own and moved into place after a clean exit, so that two first
  # runs at once, or a run killed while writing it, leave no broken archive.
  java -XX:ArchiveClassesAtExit="$archive.$$" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$classpath" "$@" || rc=$?
  if [ "$rc" -lt 128 ] && [ -f "$archive.$$" ]; then mv -f "$archive.$$" "$archive"; else rm -f "$archive.$$"; fi
  exit "$rc"
}
