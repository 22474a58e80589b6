#!/usr/bin/env bash
# Measures the bulk import (POST /import) of the packaged application against a real PostgreSQL server:
# a generated JSON Lines file of OFFICIALS officials (two positions each) and MEETINGS meetings (two
# participants named by country and full name, two parties, one quote, one source each), imported once into an
# empty database (every line CREATED), then again (every line UNCHANGED).
# Usage: ./mvnw package -DskipTests && bench/import-throughput.sh
# Needs: curl, openssl, awk, createdb/dropdb, and a PostgreSQL server (defaults: 127.0.0.1:5432, user postgres, trust).
set -euo pipefail
cd "$(dirname "$0")/.."

DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-postgres}
DB_NAME=${DB_NAME:-entente_import}
HTTP_PORT=${HTTP_PORT:-8096}
OFFICIALS=${OFFICIALS:-5000}
MEETINGS=${MEETINGS:-50000}
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
WORK=${WORK:-target/import-bench}

[ -f "$JAR" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
dropdb -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" --if-exists "$DB_NAME"
createdb -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" "$DB_NAME"

# A key pair of this run only: the application verifies with the public half, the script signs with the other.
openssl genrsa -out "$WORK/key.pem" 2048 2>/dev/null
openssl rsa -in "$WORK/key.pem" -pubout -out "$WORK/public.pem" 2>/dev/null
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"entente","upn":"import-bench","groups":["editor"],"iat":%d,"exp":%d}' "$now" $((now + 7200)) | b64url)
token="$header.$payload.$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/key.pem" | b64url)"

# Countries come from the sample data (ENTENTE_SAMPLE_DATA_LOAD=true); officials and meetings from here.
awk -v officials="$OFFICIALS" -v meetings="$MEETINGS" 'BEGIN {
    split("FR DE IT ES PL NL BE SE AT DK FI PT GR IE CZ RO HU BG HR SK SI LT LV EE LU MT CY RU UA US", cc, " ");
    n = length(cc);
    for (i = 1; i <= officials; i++) {
        c = cc[(i % n) + 1];
        printf "{\"type\": \"Official\", \"input\": {\"fullName\": \"Official %d\", \"countryCode\": \"%s\", \"positions\": [", i, c;
        printf "{\"title\": \"Envoy %d\", \"kind\": \"AMBASSADOR\", \"startDate\": \"2001-01-01\", \"endDate\": \"2005-01-01\"},", i;
        printf "{\"title\": \"Counsellor %d\", \"kind\": \"OTHER\", \"startDate\": \"2005-01-01\"}]}}\n", i;
    }
    for (m = 1; m <= meetings; m++) {
        a = (m % officials) + 1; b = ((m * 7) % officials) + 1; if (b == a) b = (a % officials) + 1;
        ca = cc[(a % n) + 1]; cb = cc[(b % n) + 1];
        day = sprintf("%04d-%02d-%02d", 1995 + (m % 30), (m % 12) + 1, (m % 28) + 1);
        printf "{\"type\": \"Meeting\", \"input\": {\"title\": \"Meeting %d\", \"startDate\": \"%s\", \"format\": \"BILATERAL\", ", m, day;
        printf "\"countryCodes\": [\"%s\", \"%s\"], \"participants\": [", ca, cb;
        printf "{\"official\": {\"countryCode\": \"%s\", \"fullName\": \"Official %d\"}, \"role\": \"HOST\"},", ca, a;
        printf "{\"official\": {\"countryCode\": \"%s\", \"fullName\": \"Official %d\"}, \"role\": \"GUEST\"}], ", cb, b;
        printf "\"statements\": [{\"speaker\": {\"countryCode\": \"%s\", \"fullName\": \"Official %d\"}, \"text\": \"Words %d\", ", ca, a, m;
        printf "\"sourceUrl\": \"https://example.org/import-bench/%d\"}], ", m;
        printf "\"sources\": [{\"url\": \"https://example.org/import-bench/%d\", \"publisher\": \"Bench\", \"title\": \"Report %d\"}]}}\n", m, m;
    }
}' > "$WORK/file.jsonl"
lines=$(wc -l < "$WORK/file.jsonl")
# rows a full import writes: official + 2 positions; meeting + 2 parties + 2 participants + 1 quote + 1 source + 1 link
rows=$((OFFICIALS * 3 + MEETINGS * 8))

pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; dropdb -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" --if-exists "$DB_NAME"' EXIT
QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://$DB_HOST:$DB_PORT/$DB_NAME" QUARKUS_DATASOURCE_USERNAME="$DB_USER" \
    QUARKUS_HTTP_PORT="$HTTP_PORT" ENTENTE_SAMPLE_DATA_LOAD=true MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/public.pem" \
    ENTENTE_SHUTDOWN_DELAY=0s java ${ENTENTE_JAVA_OPTS:-} -jar "$JAR" > "$WORK/app.log" 2>&1 &
pid=$!
until curl -sf "http://localhost:$HTTP_PORT/q/health/ready" > /dev/null; do sleep 0.5; done

# CPU seconds (user + system) of a set of processes, from /proc (clock ticks)
cpu_of() { local t=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"; }
backends() { psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -Atc \
    "select pid from pg_stat_activity where datname = '$DB_NAME' and pid <> pg_backend_pid()" | tr '\n' ' '; }
ticks=$(getconf CLK_TCK)

run() {
    local started ended app_cpu db_cpu load
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    app_cpu=$(cpu_of "$pid")
    db_cpu=$(cpu_of $(backends))
    started=$(date +%s%N)
    # -T streams the file (chunked: no Content-Length, so no request-size limit applies and curl holds no copy)
    curl -sS --fail -X POST -T "$WORK/file.jsonl" -H 'Transfer-Encoding: chunked' -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/x-ndjson' "http://localhost:$HTTP_PORT/import" > "$WORK/report-$1.jsonl"
    ended=$(date +%s%N)
    local ms=$(((ended - started) / 1000000))
    echo "$1: $(tail -1 "$WORK/report-$1.jsonl")"
    echo "$1: $lines lines in $ms ms = $((lines * 1000 / ms)) lines/s; $rows rows = $((rows * 1000 / ms)) rows/s" \
        "(rejected: $(grep -c '"REJECTED"' "$WORK/report-$1.jsonl" || true))"
    # backends opened during the run are counted whole (their CPU before the run is nil)
    echo "$1: CPU s: application $(( ($(cpu_of "$pid") - app_cpu) / ticks )), its PostgreSQL backends" \
        "$(( ($(cpu_of $(backends)) - db_cpu) / ticks )); load average before $load, after $(cut -d' ' -f1-3 /proc/loadavg)"
}
echo "file: $lines lines ($OFFICIALS officials, $MEETINGS meetings), $(du -h "$WORK/file.jsonl" | cut -f1);" \
    "batch size ${ENTENTE_IMPORT_BATCH_SIZE:-500}; $(nproc) cores; $(java -version 2>&1 | head -1)"
run first
run again
echo "RSS after import: $(($(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024)) MiB"
