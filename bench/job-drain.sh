#!/usr/bin/env bash
# The job executor's settings, A against B: how fast Kasus drains a backlog of due asynchronous jobs on PostgreSQL
# (se.kasus.engine.JobDrainBenchmark), in interleaved runs A B A B ... so that a load that comes and goes on a shared
# machine falls on both sides alike.
#   bench/job-drain.sh "-Dcamunda.bpm.job-execution.max-jobs-per-acquisition=3" \
#                      "-Dcamunda.bpm.job-execution.max-jobs-per-acquisition=10" [PAIRS]
# Each run: a fresh database filled with INSTANCES (2000) process instances of two asynchronous no-op steps while the
# job executor is off, then Kasus started with the job executor on and the side's JVM options, timed from ready until
# no job is left (the backlog's first jobs may run while the context finishes starting; both sides alike). Prints
# every run, the medians of jobs/s per side and the ratio B/A; writes target/job-drain.txt.
# Settings (environment): PAIRS (3), INSTANCES (2000), PGHOST, PGUSER, DRAIN_DB (kasus_job_drain), SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
A="$1"; B="$2"; PAIRS="${3:-${PAIRS:-3}}"; INSTANCES="${INSTANCES:-2000}"
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
DB="${DRAIN_DB:-kasus_job_drain}"
OUT=target/job-drain.txt
RUNS=target/job-drain-runs.txt

. bench/frozen-classpath.sh drain-classes
: > "$RUNS"

run() { # side label, JVM options
  psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
  java -Xmx1g -cp "$cp" -Dkasus.bench.db="jdbc:postgresql://$PGHOST:5432/$DB" se.kasus.engine.JobDrainBenchmark \
    fill "$INSTANCES" > target/job-drain-fill.log 2>&1
  # shellcheck disable=SC2086
  line=$(java -Xmx1g -cp "$cp" -Dkasus.bench.db="jdbc:postgresql://$PGHOST:5432/$DB" $2 \
    se.kasus.engine.JobDrainBenchmark drain "$INSTANCES" 2>&1 | tee target/job-drain-run.log | grep '^DRAINED')
  echo "$1 ${line#DRAINED } $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$RUNS"
}

for i in $(seq 1 "$PAIRS"); do
  run A "$A"
  run B "$B"
done
psql -q -d postgres -c "drop database if exists $DB"

python3 - "$A" "$B" "$INSTANCES" "$RUNS" > "$OUT" <<'PY'
import sys, statistics, datetime
a_opts, b_opts, instances, runs_file = sys.argv[1:5]
runs = [line.split() for line in open(runs_file) if line.strip()]
print(f"Job drain A/B, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, {instances} instances x 2 async jobs, runs interleaved")
print(f"A: {a_opts}")
print(f"B: {b_opts}")
print("side  jobs  seconds  jobs/s  load average at the end")
for side, jobs, seconds, rate, load in runs:
    print(f"{side}     {jobs}  {float(seconds):7.2f}  {float(rate):7.1f}  {load}")
med = {s: statistics.median(float(r[3]) for r in runs if r[0] == s) for s in ("A", "B")}
print(f"median jobs/s: A {med['A']:.1f}, B {med['B']:.1f}; ratio B/A {med['B'] / med['A']:.3f}   (> 1: B faster)")
PY
cat "$OUT"
