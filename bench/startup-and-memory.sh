#!/usr/bin/env bash
# Measures the packaged JVM application against a real PostgreSQL server:
#   1. start-up: from process start to the first successful GraphQL response (an empty database, so this
#      includes the migrations and the sample-data load; then a restart on the migrated database);
#   2. memory: resident set size (RSS) after a warm-up of 10,000 GraphQL requests.
# Usage: ./mvnw package -DskipTests && bench/startup-and-memory.sh [extra JVM options, e.g. -Xmx256m]
# Needs: curl, ab (Debian: apache2-utils), createdb/dropdb, and a PostgreSQL server reachable with the
# settings below (defaults: the local server at 127.0.0.1:5432, user postgres, trust auth).
set -euo pipefail
cd "$(dirname "$0")/.."

DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-postgres}
DB_NAME=${DB_NAME:-entente_measure}
HTTP_PORT=${HTTP_PORT:-8095}
REQUESTS=${REQUESTS:-10000}
JAR=target/quarkus-app/quarkus-run.jar
QUERY='{"query":"{ country(code: \"FR\") { name officials { fullName currentPosition { title } } meetings(first: 5) { totalCount edges { node { title participants { official { fullName } } } } } } }"}'

[ -f "$JAR" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }
dropdb -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" --if-exists "$DB_NAME"
createdb -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" "$DB_NAME"

pid=
stop() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; }
trap 'stop; dropdb -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" --if-exists "$DB_NAME"' EXIT

# Starts the application; sets $pid and $elapsed (milliseconds until it first answers a GraphQL query with data).
start_and_time() {
    local started=$(date +%s%N)
    QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://$DB_HOST:$DB_PORT/$DB_NAME" QUARKUS_DATASOURCE_USERNAME="$DB_USER" \
        QUARKUS_HTTP_PORT="$HTTP_PORT" ENTENTE_SAMPLE_DATA_LOAD=true ENTENTE_WRITES_ENABLED=false \
        java "$@" -jar "$JAR" > "target/measure-$HTTP_PORT.log" 2>&1 &
    pid=$!
    until curl -sf "http://localhost:$HTTP_PORT/graphql" -H 'Content-Type: application/json' -d "$QUERY" 2>/dev/null \
            | grep -q '"name":"France"'; do
        kill -0 "$pid" 2>/dev/null || { cat "target/measure-$HTTP_PORT.log" >&2; exit 1; }
        sleep 0.02
    done
    elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
}

start_and_time "$@"
first=$elapsed
stop; pid=
start_and_time "$@"
again=$elapsed
printf '%s' "$QUERY" > "target/measure-query.json"
ab -q -n "$REQUESTS" -c 16 -p target/measure-query.json -T application/json -H 'Accept: application/json' \
    "http://localhost:$HTTP_PORT/graphql" > target/measure-ab.txt
failed=$(awk '/^Failed requests/ {print $3}' target/measure-ab.txt)
rps=$(awk '/^Requests per second/ {print $4}' target/measure-ab.txt)
rss=$(( $(ps -o rss= -p "$pid") / 1024 ))

echo "JVM options:                 ${*:-(defaults)}"
echo "start-up, empty database:    ${first} ms to the first GraphQL response (migrations and sample data included)"
echo "start-up, migrated database: ${again} ms to the first GraphQL response"
echo "RSS after ${REQUESTS} requests:    ${rss} MiB (${rps} requests/s during the warm-up, ${failed} failed)"
