-- Country.officials(activeOn) walks a country's officials by name and probes each one's positions until the page
-- is full: 214 officials probed for the first 50 in office in the largest country at scale M, 164 of them with
-- every office behind them. The span of an official's offices (first start, last end; 'infinity' while one is
-- open), kept beside the official and in the index the walk reads, rules those out without a probe (650 -> 157
-- buffers). It only narrows: whoever passes is still checked against the positions themselves. No positions, no
-- span (null), and no day falls in it.
alter table official add column in_office_from date, add column in_office_until date;

update official o
set (in_office_from, in_office_until) = (select min(p.start_date), max(coalesce(p.end_date, 'infinity'))
                                          from position p where p.official_id = o.id);

create index official_country_name_span_idx on official (country_id, full_name, id)
    include (aliases, born_on, in_office_from, in_office_until);
-- The new index has the same key columns and serves everything the old one did.
drop index official_country_name_cover_idx;

-- Recomputes the span of the given officials from their positions. The rows are locked by a statement of their
-- own first: under READ COMMITTED the update that follows then reads positions that a writer it waited for has
-- committed (an update that waited on the row lock would read with its older snapshot and miss them).
create function entente_refresh_office_span(officials bigint[]) returns void language plpgsql as $$
begin
    perform 1 from official o where o.id = any(officials) order by o.id for update;
    update official o
    set (in_office_from, in_office_until) = (select min(p.start_date), max(coalesce(p.end_date, 'infinity'))
                                              from position p where p.official_id = o.id)
    where o.id = any(officials);
end $$;

-- Once per statement, whatever writes (API, import, psql, bulk loads): a statement that adds 100,000 positions
-- updates each official once.
create function entente_positions_added_or_removed() returns trigger language plpgsql as $$
begin
    perform entente_refresh_office_span(array(select distinct official_id from changed_positions));
    return null;
end $$;

create function entente_positions_changed() returns trigger language plpgsql as $$
begin
    perform entente_refresh_office_span(array(select official_id from old_positions
                                              union select official_id from new_positions));
    return null;
end $$;

create trigger position_added after insert on position referencing new table as changed_positions
    for each statement execute function entente_positions_added_or_removed();
create trigger position_removed after delete on position referencing old table as changed_positions
    for each statement execute function entente_positions_added_or_removed();
create trigger position_changed after update on position referencing old table as old_positions new table as new_positions
    for each statement execute function entente_positions_changed();
