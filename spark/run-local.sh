#!/usr/bin/env bash
# Runs the Spark job without a Spark distribution: the job jar (spark/target/ducha-spark.jar) and the jars Spark's
# distribution would provide (the module's provided-scope dependencies, listed once by Maven into
# spark/target/provided-classpath.txt), in one JVM, with the master given (default local[2]). The arguments after the
# options are the job's: --out DIR [--profile FILE] [--locale zh-CN|en] [--format md,json] [--partitions N] PATH...
#
#   spark/run-local.sh --out /tmp/ducha-out /tmp/x.jsonl
#   SPARK_MASTER='local[4]' JAVA_OPTS=-Xmx4g spark/run-local.sh --out /tmp/ducha-out /tmp/x.jsonl
#
# With a distribution, the same job is: spark-submit --master local[2] --driver-memory 2g \
#   --class org.ducha.spark.SparkInspection spark/target/ducha-spark.jar --out DIR PATH... (docs/scale.md).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/spark/target/ducha-spark.jar"
cp_file="$here/spark/target/provided-classpath.txt"
if [ ! -f "$jar" ] || [ ! -f "$cp_file" ]; then
  # One reactor build: the job jar, and the list of the provided-scope jars (each module of the reactor writes the list
  # in turn; the spark module, built last, writes it last).
  (cd "$here" && ./mvnw -q -B -DskipTests -pl spark -am package dependency:build-classpath -DincludeScope=provided \
      -Dmdep.outputFile="$cp_file") >&2
fi
# The opens Spark's own launcher adds on Java 17 (see JavaModuleOptions in Spark's launcher).
opens=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)
# shellcheck disable=SC2086
exec java "${opens[@]}" ${JAVA_OPTS:-} -cp "$jar:$(cat "$cp_file")" org.ducha.spark.SparkInspection \
  --master "${SPARK_MASTER:-local[2]}" "$@"
