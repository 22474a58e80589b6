-- The write side. Every row with an id carries its version (optimistic locking: an update or delete names the
-- version the client saw) and who created and last changed it, and when. Rows without an id of their own
-- (participants, measures, links) are edited through their owner, whose version and audit columns they share.
-- The defaults take no table rewrite (now() is evaluated once), so this runs in moments on large tables.

do $$
declare
    t text;
begin
    foreach t in array array['country', 'bloc', 'bloc_membership', 'official', 'position', 'source', 'meeting',
                             'event', 'statement', 'sanction_regime', 'sanction_status_change', 'designation'] loop
        execute format('alter table %I'
                       ' add column version    integer not null default 1 check (version > 0),'
                       ' add column created_at timestamptz not null default now(),'
                       ' add column updated_at timestamptz not null default now(),'
                       ' add column created_by text not null default ''system'' check (length(created_by) between 1 and 200),'
                       ' add column updated_by text not null default ''system'' check (length(updated_by) between 1 and 200)', t);
    end loop;
end $$;

-- Natural keys the bulk import finds existing rows by.
create index meeting_title_start_idx on meeting (title, start_date);
create index event_title_occurred_idx on event (title, occurred_on);
create index official_country_name_idx on official (country_id, full_name);
create index sanction_regime_name_idx on sanction_regime (name);

-- Live subscriptions. A change is announced on the channel entente_changes as {"type": ..., "key": ...}.
-- The triggers are deferred to commit time, and PostgreSQL delivers a NOTIFY only when its transaction
-- commits: a rolled-back write announces nothing, and a write from any connection (another replica, the
-- import command, psql) is announced to every replica listening. At commit time the meeting's parties and
-- participants are in place, so listeners can read the whole meeting.
create function entente_announce() returns trigger language plpgsql as $$
declare
    changed jsonb := to_jsonb(case when tg_op = 'DELETE' then old else new end);
begin
    perform pg_notify('entente_changes',
                      json_build_object('type', tg_argv[0], 'key', (changed ->> tg_argv[1])::bigint)::text);
    return null;
end $$;

create constraint trigger meeting_recorded after insert on meeting
    deferrable initially deferred for each row execute function entente_announce('MEETING', 'id');
create constraint trigger event_recorded after insert on event
    deferrable initially deferred for each row execute function entente_announce('EVENT', 'id');
create constraint trigger sanction_regime_changed after insert or update on sanction_regime
    deferrable initially deferred for each row execute function entente_announce('SANCTION_REGIME', 'id');
create constraint trigger sanction_status_changed after insert or update or delete on sanction_status_change
    deferrable initially deferred for each row execute function entente_announce('SANCTION_REGIME', 'regime_id');
create constraint trigger sanction_measure_changed after insert or update or delete on sanction_measure
    deferrable initially deferred for each row execute function entente_announce('SANCTION_REGIME', 'regime_id');
create constraint trigger designation_changed after insert or update or delete on designation
    deferrable initially deferred for each row execute function entente_announce('SANCTION_REGIME', 'regime_id');
