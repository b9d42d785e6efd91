#!/usr/bin/env bash
# Start-up to ready on H2 with demo data: RUNS (3) fresh starts of the packaged jar, each in an empty directory (so
# the demo data is loaded every time), timed from launch until GET /actuator/health answers UP. Prints each run and
# the median, also Spring's own "Started KasusApplication in … seconds"; writes target/startup.txt.
#   ./mvnw -q package -DskipTests && bench/startup.sh [RUNS] [PORT]
# JAVA_OPTS (default -Xmx512m) is passed to the server.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
PORT="${2:-18403}"
JAVA_OPTS="${JAVA_OPTS:--Xmx512m}"
jar=$(ls target/kasus-*.jar | grep -v original | head -1)
[ -f "$jar" ] || { echo "Bygg först: ./mvnw -q package -DskipTests" >&2; exit 1; }
jar=$(realpath "$jar")
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
results=()
for run in $(seq 1 "$RUNS"); do
  rm -rf "$work/data" "$work/app.log"
  start=$(date +%s.%N)
  (cd "$work" && exec java $JAVA_OPTS -jar "$jar" --spring.profiles.active=demo --server.port="$PORT" > app.log 2>&1) &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { echo "Kasus avslutades under start:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
    sleep 0.1
  done
  ready=$(python3 -c "print(f'{$(date +%s.%N) - $start:.2f}')")
  spring=$(grep -o 'Started KasusApplication in [0-9.]* seconds' "$work/app.log" | grep -o '[0-9.]*' | head -1)
  echo "körning $run: redo efter $ready s (Spring: $spring s), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  results+=("$ready")
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
done
median=$(printf '%s\n' "${results[@]}" | sort -n | python3 -c 'import statistics,sys; print(f"{statistics.median(float(x) for x in sys.stdin):.2f}")')
echo "median start till redo, H2 med demodata, $RUNS körningar: $median s (mål ≤ 15 s)" | tee target/startup.txt
