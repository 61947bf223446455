#!/usr/bin/env bash
# Runs a MerchLab Spark job in local mode with the build's own class path: no Spark distribution needed.
# Usage: scripts/spark-local.sh MASTER JOB [job options]      for example: scripts/spark-local.sh 'local[2]' encode --help
# Builds the spark module first when its jar is missing. SPARK_LOCAL_JAVA_OPTS adds JVM options (for example -Xmx4g).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
master="${1:?usage: scripts/spark-local.sh MASTER JOB [options]}"
shift
jar="$root/spark/target/merchlab-spark-0.1.0-SNAPSHOT.jar"
spark_cp="$root/spark/target/spark-classpath.txt"
if [ ! -f "$jar" ] || [ ! -f "$spark_cp" ]; then
  (cd "$root" && mvn -B -q -DskipTests package dependency:build-classpath -pl spark -am \
    -Dmdep.includeScope=provided -Dmdep.outputFile=target/spark-classpath.txt >&2)
fi
# What Spark 4 asks of a Java 17 JVM (spark-submit adds the same).
opens=()
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens+=(--add-opens=java.base/$p=ALL-UNNAMED)
done
exec java "${opens[@]}" -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true \
  --add-modules jdk.incubator.vector -Dai.djl.offline=true -Dfile.encoding=UTF-8 \
  -Dspark.master="$master" -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 -Dspark.ui.enabled=false \
  -Dlog4j2.configurationFile="$root/scripts/spark-log4j2.properties" ${SPARK_LOCAL_JAVA_OPTS:-} \
  -cp "$jar:$root/spark/target/lib/*:$(cat "$spark_cp")" merchlab.spark.SparkJobs "$@"
