#!/usr/bin/env bash
# Latency of the caseworker's main API calls against a running Kasus, as a logged-in user (session, not Basic,
# so the password hash is checked once). Prints median and p95 per endpoint over N requests, after a warm-up.
#   ./mvnw spring-boot:run   (demo data)   then   bench/api-latency.sh [BASE_URL] [N]
set -euo pipefail
BASE="${1:-http://localhost:8080}"
N="${2:-200}"
USER_NAME="${KASUS_BENCH_USER:-anna.handlaggare}"
PASSWORD="${KASUS_BENCH_PASSWORD:-demo}"
jar=$(mktemp); trap 'rm -f "$jar"' EXIT

token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$token" "$BASE/login"

person_id=$(curl -s -b "$jar" "$BASE/api/tasks" | python3 -c 'import json,sys; t=json.load(sys.stdin); print(t[0]["personId"])')
pnr=$(curl -s -b "$jar" "$BASE/api/persons/$person_id/file" | python3 -c 'import json,sys; print(json.load(sys.stdin)["person"]["personnummer"])')

measure() {
  local name="$1" path="$2"
  for _ in $(seq 1 20); do curl -s -o /dev/null -b "$jar" "$BASE$path"; done
  for _ in $(seq 1 "$N"); do curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$BASE$path"; done |
    python3 -c "
import statistics,sys
t=sorted(float(x)*1000 for x in sys.stdin)
print(f'$name'.ljust(28), f'median {statistics.median(t):6.1f} ms   p95 {t[int(len(t)*0.95)-1]:6.1f} ms   n={len(t)}')"
}

measure "inkorg (GET /api/tasks)" "/api/tasks"
measure "klientakt" "/api/persons/$person_id/file"
measure "sök personnummer" "/api/persons?personnummer=$pnr"
