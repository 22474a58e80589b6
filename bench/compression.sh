#!/usr/bin/env bash
# What gzip compression of answers costs or gains, per benchmark shape: Entente alone (no PostGraphile), each shape
# loaded with wrk in turns without and with "Accept-Encoding: gzip", reporting requests/s, p99 latency, bytes per
# answer on the wire, and the Entente JVM's CPU time per request (user + system, from /proc): on a shared machine
# the last is the steadier measure of what a change costs. Also compares two jars without compression (--baseline-jar), e.g. before and after a change
# of the HTTP route.
#
#   bench/compression.sh [--jar PATH] [--baseline-jar PATH] [--db NAME] [--duration N] [--rounds N] [--warmup N]
#                        [--shapes "a b"]
#
# The database must already hold benchmark data (bench/generate/generate.sh M <db>). Run it under the machine's
# benchmark lock: flock /work/bench.lock bench/compression.sh ...
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/quarkus-app/quarkus-run.jar baseline="" db=entente_bench duration=10 rounds=2 warmup=10 shapes="a b c d"
while [ $# -gt 0 ]; do
    case "$1" in
        --jar) jar=$2; shift 2 ;; --baseline-jar) baseline=$2; shift 2 ;; --db) db=$2; shift 2 ;;
        --duration) duration=$2; shift 2 ;; --rounds) rounds=$2; shift 2 ;; --shapes) shapes=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
: "${PGHOST:=127.0.0.1}" "${PGPORT:=5432}" "${PGUSER:=postgres}" "${ENTENTE_PORT:=8090}"
: "${ENTENTE_JAVA_OPTS:=-Xmx1536m -Xmn1g -XX:+UseParallelGC}"
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
sql() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$db" -Atq "$@"; }
today=$(sql -c "select current_date")
code=$(sql -c "select c.alpha2 from country c join official o on o.country_id = c.id
               where exists (select 1 from position p where p.official_id = o.id and p.start_date <= current_date
                             and (p.end_date is null or p.end_date > current_date))
               group by c.alpha2 order by count(*) desc, c.alpha2 limit 1")
IFS='|' read -r pair_a pair_b pair_to < <(sql -c "
    select a.alpha2, b.alpha2, max(m.start_date) from meeting_country x
    join meeting_country y on y.meeting_id = x.meeting_id and y.country_id > x.country_id
    join country a on a.id = x.country_id join country b on b.id = y.country_id
    join meeting m on m.id = x.meeting_id group by 1, 2 order by count(*) desc, 1, 2 limit 1")
pair_from=$(sql -c "select (date '$pair_to' - interval '10 years' + interval '1 day')::date")
echo "{\"today\": \"$today\", \"code\": \"$code\", \"pairA\": \"$pair_a\", \"pairB\": \"$pair_b\", \"from\": \"$pair_from\", \"to\": \"$pair_to\"}" > "$work/vars.json"
node bench/lib/bench.mjs bodies "$work/vars.json" "$work" > /dev/null

start() {
    QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://$PGHOST:$PGPORT/$db" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
    QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" QUARKUS_HTTP_PORT="$ENTENTE_PORT" ENTENTE_WRITES_ENABLED=false \
        java $ENTENTE_JAVA_OPTS -jar "$1" > "$work/entente.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 240); do
        curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' \
            "http://127.0.0.1:$ENTENTE_PORT/graphql" && return 0
        sleep 0.5
    done
    tail -20 "$work/entente.log" >&2; exit 1
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
load() { # jar-label shape encoding seconds
    local body before result; body=$(ls "$work"/"$2"-*.entente.json); before=$(cpu_ticks)
    result=$(BENCH_BODY=$body BENCH_ACCEPT_ENCODING=$3 wrk -t2 -c32 -d"$4"s --timeout 10s -s bench/lib/post.lua \
        "http://127.0.0.1:$ENTENTE_PORT/graphql" | sed -n 's/^BENCH_JSON //p')
    echo "$result" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);
            const bad=r.non2xx+r.error_bodies+r.socket_errors;
            const cpu=(Number(process.argv[5])-Number(process.argv[4]))*1000/Number(process.argv[6])/r.requests;
            console.log([process.argv[1],process.argv[2],process.argv[3]||"identity",(r.requests/r.duration_us*1e6).toFixed(1),
            (r.p99_us/1000).toFixed(2),Math.round(r.bytes/r.requests),cpu.toFixed(3),bad].join("\t"))})' \
        "$1" "$2" "$3" "$before" "$(cpu_ticks)" "$(getconf CLK_TCK)"
}
run() { # label jar encodings...
    local label=$1 jar=$2; shift 2
    start "$jar"
    for shape in $shapes; do load "$label" "$shape" "" "$warmup" > /dev/null; done # warm-up, not reported
    for round in $(seq 1 "$rounds"); do
        for shape in $shapes; do
            for encoding in "$@"; do load "$label" "$shape" "$encoding" "$duration"; done
        done
    done
    kill "$pid"; wait "$pid" 2>/dev/null || true
}
echo -e "jar\tshape\tencoding\trequests/s\tp99 ms\tbytes/answer\tJVM CPU ms/request\terrors"
if [ -n "$baseline" ]; then
    run baseline "$baseline" ""
    run current "$jar" ""
else
    run current "$jar" "" gzip
fi
