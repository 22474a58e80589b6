-- Shape and invariant checks of a generated database (the constraints themselves are enforced by PostgreSQL:
-- CHECK, NOT NULL and UNIQUE on every insert, the foreign keys when generate.sh adds them back).
-- Usage: psql -X -d entente_bench -f bench/generate/check.sql      (scale M: ~5 s; L: ~50 s)
-- Ids 1-11 of officials, 1-3 of meetings and regimes and 1-9 of events are the sample's; some checks skip them
-- (Putin's overlapping acting terms, the four-party Minsk summit, four-country events).
\pset footer off

-- 1. Skew: meetings per country (Zipf-like: a few countries in very many meetings, most in few).
with mc as (select c.alpha2, count(mc.meeting_id) n from country c left join meeting_country mc on mc.country_id = c.id group by c.alpha2)
select 'top5' what, string_agg(alpha2 || '=' || n, ' ' order by n desc) from (select * from mc order by n desc limit 5) t
union all select 'median', percentile_disc(0.5) within group (order by n)::text from mc
union all select 'min/max', min(n) || ' / ' || max(n) from mc
union all select 'top5 share %', round(100.0 * (select sum(n) from (select n from mc order by n desc limit 5) t) / sum(n), 1)::text from mc
union all select 'countries with <100 meetings', count(*) filter (where n < 100)::text from mc;

-- 2. Meetings: 2-6 participants, 2-3 parties (the sample's Minsk summit has 4), every party with a delegate.
select 'participants per meeting' what, min(n), max(n), round(avg(n),2) avg from (select count(*) n from meeting_participant group by meeting_id) t
union all select 'parties per meeting', min(n), max(n), round(avg(n),2) from (select count(*) n from meeting_country group by meeting_id) t
union all select 'meetings without participants', count(*), null, null from meeting m where not exists (select 1 from meeting_participant p where p.meeting_id = m.id)
union all select 'parties without a participant', count(*), null, null from meeting_country mc where not exists (select 1 from meeting_participant p where p.meeting_id = mc.meeting_id and p.delegation_country_id = mc.country_id)
union all select 'host among parties %', round(100.0*count(*) filter (where exists (select 1 from meeting_country mc where mc.meeting_id = m.id and mc.country_id = m.host_country_id)) / count(*)), null, null from meeting m
union all select 'participant in office on the day %', round(100.0 * count(*) filter (where exists (select 1 from position p where p.official_id = mp.official_id and p.start_date <= m.start_date and (p.end_date is null or p.end_date > m.start_date))) / count(*)), null, null from meeting_participant mp join meeting m on m.id = mp.meeting_id
union all select 'participant of another country', count(*), null, null from meeting_participant mp join official o on o.id = mp.official_id where o.country_id <> mp.delegation_country_id
union all select 'participant''s meeting date not its meeting''s', count(*), null, null from meeting_participant mp join meeting m on m.id = mp.meeting_id where mp.meeting_start_date <> m.start_date
union all select 'party''s meeting date not its meeting''s', count(*), null, null from meeting_country mc join meeting m on m.id = mc.meeting_id where mc.meeting_start_date <> m.start_date;
select format, count(*), min(start_date), max(start_date) from meeting group by format order by 2 desc;
select extract(year from start_date)::int y, count(*) from meeting where extract(year from start_date)::int % 5 = 0 group by 1 order by 1;
select role, count(*) from meeting_participant group by role order by 2 desc;

-- 3. Officials and positions: 1-4 positions, ordered, not overlapping, only the last one current.
select 'positions per official' what, min(n), max(n), round(avg(n),2) avg from (select count(*) n from position group by official_id) t
union all select 'officials without position', count(*), null, null from official o where not exists (select 1 from position p where p.official_id = o.id)
union all select 'overlapping positions (synthetic)', count(*), null, null from position a join position b on a.official_id = b.official_id and a.id < b.id and daterange(a.start_date, a.end_date) && daterange(b.start_date, b.end_date) where a.official_id > 11
union all select 'current positions (end null) %', round(100.0 * count(*) filter (where end_date is null) / count(*)), null, null from position
union all select 'officials with a current position %', round(100.0 * count(distinct official_id) filter (where end_date is null) / count(distinct official_id)), null, null from position
union all select 'non-last position with null end', count(*), null, null from position a where a.end_date is null and exists (select 1 from position b where b.official_id = a.official_id and b.start_date > a.start_date) and a.official_id > 11
union all select 'official''s span of offices not what its positions say', count(*), null, null from official o cross join lateral (select min(p.start_date) f, max(coalesce(p.end_date, 'infinity')) u from position p where p.official_id = o.id) s where o.in_office_from is distinct from s.f or o.in_office_until is distinct from s.u
union all select 'min start year / max start year', extract(year from min(start_date))::int, extract(year from max(start_date))::int, null from position
union all select 'officials per country min/max', min(n), max(n), null from (select count(*) n from official group by country_id) t
union all select 'distinct full names = officials', (count(distinct full_name) = count(*))::int, null, null from official;
select kind, count(*) from position group by kind order by 2 desc;

-- 4. Statements, events, sanctions.
select 'statements by a non-participant of their meeting' what, count(*) n from statement s where s.meeting_id is not null and not exists (select 1 from meeting_participant p where p.meeting_id = s.meeting_id and p.official_id = s.speaker_id)
union all select 'statements with a meeting', count(*) filter (where meeting_id is not null) from statement
union all select 'statements on an event', count(*) filter (where event_id is not null) from statement
union all select 'statements with neither', count(*) filter (where meeting_id is null and event_id is null) from statement
union all select 'events with 0 or >3 countries (synthetic)', count(*) from (select e.id, count(ec.country_id) n from event e left join event_country ec on ec.event_id = e.id where e.id > 9 group by e.id) t where n = 0 or n > 3
union all select 'regimes without exactly one ADOPTED on adopted_on', count(*) from sanction_regime r where (select count(*) from sanction_status_change s where s.regime_id = r.id and s.status = 'ADOPTED' and s.changed_on = r.adopted_on) <> 1
union all select 'status changes before adoption', count(*) from sanction_status_change s join sanction_regime r on r.id = s.regime_id where s.changed_on < r.adopted_on
union all select 'regimes with 0 or >3 measures (synthetic)', count(*) from sanction_regime r where r.id > 3 and (select count(*) from sanction_measure m where m.regime_id = r.id) not between 1 and 3
union all select 'designations listed on or before adoption (synthetic)', count(*) from designation d join sanction_regime r on r.id = d.regime_id where r.id > 3 and d.listed_on <= r.adopted_on
union all select 'regimes issued by a bloc', count(*) from sanction_regime where issuer_bloc_id is not null
union all select 'regimes targeting their issuer', count(*) from sanction_regime where issuer_country_id = target_country_id;
select status, count(*) from sanction_status_change group by 1 order by 2 desc;
select (select status from sanction_status_change s where s.regime_id = r.id order by changed_on desc, id desc limit 1) latest, count(*) from sanction_regime r group by 1 order by 2 desc;
