#!/usr/bin/env bash
# One engine setting measured A against B with the completion benchmark (se.kasus.engine.CompletionBenchmark), in
# interleaved runs A B A B ..., so that a load that comes and goes on a shared machine falls on both sides alike.
#   bench/ab-setting.sh "-Dcamunda.bpm.jdbc-batch-processing=true" "-Dcamunda.bpm.jdbc-batch-processing=false" [PAIRS]
# Each run: a fresh database, a fresh JVM with the side's JVM options (Spring reads -Dcamunda.bpm.… as properties),
# JMH as in completion-benchmark.sh. Prints every run, then per side the medians of Kasus's and the bare engine's time
# per completion and the ratio B/A of the medians; writes target/ab-setting.txt.
# Settings (environment): PAIRS (3), THREADS (4), BATCH (50), WARMUP (2), ITERATIONS (3), PGHOST, PGUSER,
# AB_DB (kasus_ab_jmh: dropped and created before every run), SKIP_BUILD=1 (use the classes and classpath of the last build).
set -euo pipefail
cd "$(dirname "$0")/.."
A="$1"; B="$2"; PAIRS="${3:-${PAIRS:-3}}"
THREADS="${THREADS:-4}"; BATCH="${BATCH:-50}"; WARMUP="${WARMUP:-2}"; ITERATIONS="${ITERATIONS:-3}"
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
DB="${AB_DB:-kasus_ab_jmh}"
OUT=target/ab-setting.txt
RUNS=target/ab-setting-runs.txt

. bench/frozen-classpath.sh ab-classes
: > "$RUNS"

run() { # side label, JVM options
  psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
  java -cp "$cp" org.openjdk.jmh.Main 'se.kasus.engine.CompletionBenchmark' -f 1 -t "$THREADS" -wi "$WARMUP" \
    -i "$ITERATIONS" -wbs "$BATCH" -bs "$BATCH" -rf json -rff target/ab-run.json \
    -jvmArgsAppend "-Xmx1g -Dkasus.bench.batch=$BATCH -Dkasus.bench.db=jdbc:postgresql://$PGHOST:5432/$DB $2" \
    > target/ab-run.log 2>&1
  python3 - "$1" "$BATCH" "$(cut -d' ' -f1 /proc/loadavg)" >> "$RUNS" <<'PY'
import json, sys
side, batch, load = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]["score"] / batch for r in json.load(open("target/ab-run.json"))}
print(f"{side} {rows['kasus']:.2f} {rows['bare']:.2f} {load}")
PY
  tail -1 "$RUNS"
}

for i in $(seq 1 "$PAIRS"); do
  run A "$A"
  run B "$B"
done
psql -q -d postgres -c "drop database if exists $DB"

python3 - "$A" "$B" "$THREADS" "$BATCH" "$RUNS" > "$OUT" <<'PY'
import sys, statistics, datetime
a_opts, b_opts, threads, batch, runs_file = sys.argv[1:6]
runs = [line.split() for line in open(runs_file) if line.strip()]
print(f"A/B, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, {threads} threads, batches of {batch}, runs interleaved A B A B ...")
print(f"A: {a_opts}")
print(f"B: {b_opts}")
print("side  kasus ms/completion  bare ms/completion  load average at the end")
for side, kasus, bare, load in runs:
    print(f"{side}     {float(kasus):8.2f}             {float(bare):8.2f}            {load}")
med = {s: [statistics.median(float(r[i]) for r in runs if r[0] == s) for i in (1, 2)] for s in ("A", "B")}
for s in ("A", "B"):
    print(f"median {s}: kasus {med[s][0]:.2f} ms, bare {med[s][1]:.2f} ms")
print(f"ratio B/A of the medians: kasus {med['B'][0] / med['A'][0]:.3f}, bare {med['B'][1] / med['A'][1]:.3f}   (< 1: B faster)")
PY
cat "$OUT"
