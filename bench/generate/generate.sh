#!/usr/bin/env bash
# Fills a PostgreSQL database with the Entente sample data plus a deterministic synthetic data set.
# Usage: bench/generate/generate.sh S|M|L [database]        (default database: entente_bench)
# Connection: the standard libpq variables PGHOST (default 127.0.0.1), PGPORT (5432), PGUSER (postgres),
# PGPASSWORD (none). The database is dropped if it exists (open connections are terminated) and created again.
# See bench/generate/README.md.
set -euo pipefail

usage() { echo "usage: $0 S|M|L [database]" >&2; exit 2; }
[ $# -ge 1 ] && [ $# -le 2 ] || usage
scale=$1
db=${2:-entente_bench}
[[ $db =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || { echo "database name must match [A-Za-z_][A-Za-z0-9_]*: $db" >&2; exit 2; }

# Synthetic rows on top of the sample (positions: 1-4 per official, about 2; participants: 2-6 per meeting, about
# 4; meeting_country, event_country, measures and status history follow from the meetings, events and regimes).
case $scale in
    S) n_off=1000    n_meet=4000    n_stmt=1000    n_event=100   n_reg=10   n_desig=400 ;;
    M) n_off=50000   n_meet=200000  n_stmt=50000   n_event=5000  n_reg=500  n_desig=20000 ;;
    L) n_off=500000  n_meet=2000000 n_stmt=500000  n_event=50000 n_reg=5000 n_desig=200000 ;;
    *) usage ;;
esac

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
root=$(cd "$(dirname "$0")/../.." && pwd)
here=$root/bench/generate
cd "$root"

t0=$(date +%s.%N)
step() { printf '%6.1fs  %s\n' "$(echo "$(date +%s.%N) - $t0" | bc)" "$*"; }
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }

step "scale $scale into database $db on $PGHOST:$PGPORT as $PGUSER"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "set client_min_messages = warning" -c "drop database if exists \"$db\" with (force)" -c "create database \"$db\""

step "migrating (Flyway Maven plugin, the application's migrations)"
./mvnw -q -ntp flyway:migrate -Dflyway.url="jdbc:postgresql://$PGHOST:$PGPORT/$db" -Dflyway.user="$PGUSER" \
    ${PGPASSWORD:+-Dflyway.password="$PGPASSWORD"}

step "loading the sample data"
psql_db -1 -f src/main/resources/db/sample/sample-data.sql

step "generating synthetic rows: $n_off officials, $n_meet meetings, $n_stmt statements, $n_event events, $n_reg regimes, $n_desig designations"
psql_db -1 -v n_off=$n_off -v n_meet=$n_meet -v n_stmt=$n_stmt -v n_event=$n_event -v n_reg=$n_reg -v n_desig=$n_desig \
    -f "$here/synthetic.sql"

step "vacuum analyze"
psql_db -c "vacuum analyze"

step "done"
psql_db -P footer=off -c "
select table_name as \"table\",
       (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I', table_name), false, true, '')))[1]::text::bigint as rows
from information_schema.tables
where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'
order by table_name"
printf 'elapsed: %.1f s (scale %s, database %s)\n' "$(echo "$(date +%s.%N) - $t0" | bc)" "$scale" "$db"
