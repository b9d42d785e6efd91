#!/usr/bin/env bash
# Task completion through Kasus (domain write + audit + engine) against a bare Camunda completion on the same
# PostgreSQL database and engine (JMH, se.kasus.engine.CompletionBenchmark), then pgbench's built-in TPC-B on the same
# server in the same run, so that Kasus's completions per second read as a fraction of what the database can commit.
#   bench/completion-benchmark.sh            writes target/completion-benchmark.txt (and .json, JMH's raw result)
# Settings (environment): THREADS (4), BATCH completions per thread per iteration (50, warm-up iterations too), WARMUP iterations (3),
# ITERATIONS (5), PGBENCH_SECONDS (30), PGBENCH_SCALE (10), PGHOST (127.0.0.1), PGUSER (postgres). JVM_EXTRA: more JVM options for the benchmark's Kasus, e.g. -Dcamunda.bpm.history-level=audit.
# Databases: kasus_bench_jmh and kasus_bench_pgbench, dropped and created afresh on every run.
set -euo pipefail
cd "$(dirname "$0")/.."
THREADS="${THREADS:-4}"
BATCH="${BATCH:-50}"
WARMUP="${WARMUP:-3}"
ITERATIONS="${ITERATIONS:-5}"
PGBENCH_SECONDS="${PGBENCH_SECONDS:-30}"
PGBENCH_SCALE="${PGBENCH_SCALE:-10}"
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
OUT=target/completion-benchmark.txt
JSON=target/completion-benchmark.json

echo "== build (test classes and their classpath)"
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

echo "== JMH: Kasus against bare Camunda, $THREADS threads, $BATCH completions per thread and iteration"
psql -q -d postgres -c 'drop database if exists kasus_bench_jmh' -c 'create database kasus_bench_jmh'
java -cp "$cp" org.openjdk.jmh.Main 'se.kasus.engine.CompletionBenchmark' -f 1 -t "$THREADS" -wi "$WARMUP" \
  -i "$ITERATIONS" -wbs "$BATCH" -bs "$BATCH" -rf json -rff "$JSON" \
  -jvmArgsAppend "-Xmx1g -Dkasus.bench.batch=$BATCH -Dkasus.bench.db=jdbc:postgresql://$PGHOST:5432/kasus_bench_jmh ${JVM_EXTRA:-}"

echo "== pgbench TPC-B on the same server: scale $PGBENCH_SCALE, $THREADS clients, $PGBENCH_SECONDS s"
psql -q -d postgres -c 'drop database if exists kasus_bench_pgbench' -c 'create database kasus_bench_pgbench'
pgbench -q -i -s "$PGBENCH_SCALE" kasus_bench_pgbench >/dev/null 2>&1
pgbench -c "$THREADS" -j 2 -T "$PGBENCH_SECONDS" kasus_bench_pgbench > target/pgbench.txt 2>&1
tps=$(grep -o 'tps = [0-9.]*' target/pgbench.txt | tail -1 | cut -d' ' -f3)

python3 - "$JSON" "$THREADS" "$BATCH" "$tps" "$PGBENCH_SCALE" "$PGBENCH_SECONDS" > "$OUT" <<'PY'
import json, sys, datetime
results, threads, batch, tps, scale, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5], sys.argv[6]
rows = {r["benchmark"].rsplit(".", 1)[1]: r for r in json.load(open(results))}
def per_op(name):
    # single-shot batches: the score is one thread's batch in ms, the threads run at once
    r = rows[name]["primaryMetric"]
    return float(r["score"]) / batch, float(r["scoreError"]) / batch  # scoreError is "NaN" below 3 iterations
kasus_ms, kasus_err = per_op("kasus")
bare_ms, bare_err = per_op("bare")
kasus_tps = threads * 1000 / kasus_ms
bare_tps = threads * 1000 / bare_ms
print(f"Kasus completion benchmark, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, PostgreSQL, {threads} threads, batches of {batch}")
print(f"kasus (CaseWork.complete: form + domain + audit + engine): {kasus_ms:7.2f} ms/completion (±{kasus_err:.2f}), {kasus_tps:7.1f} completions/s")
print(f"bare  (TaskService.complete, one-task process):            {bare_ms:7.2f} ms/completion (±{bare_err:.2f}), {bare_tps:7.1f} completions/s")
print(f"ratio Kasus/bare time per completion: {kasus_ms / bare_ms:.2f}   (target <= 1.5)")
print(f"pgbench TPC-B, scale {scale}, {threads} clients, {seconds} s: {tps:.1f} tps")
print(f"Kasus completions/s as a fraction of pgbench tps: {kasus_tps / tps:.1%}   (target >= 35 %)")
print(f"bare completions/s as a fraction of pgbench tps:  {bare_tps / tps:.1%}")
PY
cat "$OUT"
