#!/usr/bin/env bash
# Registers N ansökningar (äldreomsorg, hemtjänst) through the JSON API for the persons already in the user's inbox,
# so that a small demo database has enough "Utreda behov" tasks for bench/LoadTest.java. For generated data this is
# not needed: the generator leaves 20 000 cases waiting at Utreda behov.
#   bench/seed-cases.sh [BASE_URL] [N] [USER]      e.g. bench/seed-cases.sh http://127.0.0.1:18401 2000
# Kasus has no screen that creates persons (they come from the population register), so on PostgreSQL set
# KASUS_BENCH_PG_DB=<database> to first insert N/2 bench persons ("Lasttest Person<i>", born 1930-) straight into the
# person table; each then gets two cases. Without it the cases go to the persons already in the inbox, whose client
# files then grow with every case (keep N small there).
set -euo pipefail
BASE="${1:-http://127.0.0.1:8080}"
N="${2:-1000}"
USER_NAME="${3:-anna.handlaggare}"
PASSWORD="${KASUS_BENCH_PASSWORD:-demo}"
# One session (HTTP Basic would check the password hash on every request), CSRF token from a page's meta tag.
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
token=$(curl -sf -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$token" "$BASE/login"
csrf=$(curl -sf -b "$jar" "$BASE/inkorg" | grep -o '<meta name="_csrf" content="[^"]*"' | sed 's/.*content="//;s/"$//')
if [ -n "${KASUS_BENCH_PG_DB:-}" ]; then
  persons=$(python3 - "$N" <<'PY' | psql -qAt -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" "$KASUS_BENCH_PG_DB" | tr '\n' ' '
import datetime, sys
def luhn(digits):
    total = 0
    for i, d in enumerate(int(c) for c in digits):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)
n = (int(sys.argv[1]) + 1) // 2
rows = []
for i in range(n):
    born = datetime.date(1930, 1, 1) + datetime.timedelta(days=i // 500)
    serial = f"{(i % 500) * 2 + 1:03d}"[-3:]
    short = born.strftime("%y%m%d") + serial
    rows.append(f"('{born:%Y%m%d}-{serial}{luhn(short)}', 'Lasttest', 'Person{i}', 'Bänkgatan 1', '123 45', 'Exempelstad')")
print("insert into person (personnummer, first_name, last_name, street_address, postal_code, city) values")
print(",\n".join(rows) + " on conflict (personnummer) do update set first_name = excluded.first_name returning id;")
PY
)
else
  persons=$(curl -sf -b "$jar" "$BASE/api/tasks" | python3 -c 'import json,sys; print(" ".join(sorted({str(t["personId"]) for t in json.load(sys.stdin)})))')
fi
[ -n "$persons" ] || { echo "Inga personer i $USER_NAME:s inkorg" >&2; exit 1; }
read -r -a ids <<< "$persons"
today=$(date -u +%F)
seq 1 "$N" | while read -r i; do echo "${ids[$((i % ${#ids[@]}))]}"; done |
  xargs -P 4 -I{} curl -sf -o /dev/null -b "$jar" -H "X-CSRF-TOKEN: $csrf" -H 'Content-Type: application/json' \
    -d "{\"personId\":{},\"receivedDate\":\"$today\",\"requestedService\":\"HEMTJANST\",\"description\":\"Lasttest\"}" \
    "$BASE/api/cases"
echo "Registrerade $N ansökningar för ${#ids[@]} personer"
