#!/usr/bin/env bash
# Kills one of two Kasus nodes under load and checks that nothing acknowledged is lost and nothing is half-written:
#   ./mvnw -q package -DskipTests && bench/cluster-failover.sh [SECONDS] [KILL_AFTER]
#   VIA_FRONT=1 bench/cluster-failover.sh   # the same through nginx's round-robin instead of the client alternating
# A fresh database kasus_cluster_failover with the demo data; two nodes from the jar (bench/cluster.sh); four workers
# register ansökningar and complete their Utreda, alternating between the nodes; kill -9 of the second node at
# KILL_AFTER; the survivor carries the rest. Then every 2xx write is looked up in the database and the
# konsistenskontroll runs (exit 0 only when both agree). Logs in target/cluster/.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TOTAL="${1:-60}"
KILL_AFTER="${2:-20}"
export KASUS_DB_URL="jdbc:postgresql://127.0.0.1:5432/kasus_cluster_failover"
export KASUS_PROFILES="postgres,demo"
export KASUS_NODE_PORTS="${KASUS_NODE_PORTS:-18081 18082}"
read -r FIRST SECOND <<<"$KASUS_NODE_PORTS"

bench/cluster.sh stop >/dev/null 2>&1 || true
psql -h 127.0.0.1 -U postgres -qc "drop database if exists kasus_cluster_failover with (force)"
trap 'bench/cluster.sh stop' EXIT
bench/cluster.sh start

NODES="http://127.0.0.1:$FIRST,http://127.0.0.1:$SECOND"
if [ "${VIA_FRONT:-0}" = 1 ]; then NODES="http://127.0.0.1:${KASUS_FRONT_PORT:-18080}"; fi
loaded=0
python3 bench/cluster-failover.py --nodes "$NODES" \
  --seconds "$SECONDS_TOTAL" --kill-after "$KILL_AFTER" --kill "bench/cluster.sh kill $SECOND" \
  --db kasus_cluster_failover || loaded=$?
bench/cluster.sh status || true
echo "konsistenskontroll:"
bench/cluster.sh check
exit $loaded
