-- Entente benchmark data: deterministic synthetic rows on top of the sample data.
-- Run by bench/generate/generate.sh, once, in one transaction, on a freshly migrated database that holds the sample
-- data and nothing else. psql variables (set by generate.sh): n_off, n_meet, n_stmt, n_event, n_reg, n_desig.
--
-- Determinism: no random(). Every "random" choice is pg_temp.h(key, stream) = hashint8extended(key, stream), a pure
-- function of the row's ordinal and a stream number, so one scale always yields the same rows (ids included: the
-- synthetic ids follow the sample's, which are themselves fixed by its insertion order).
--
-- Shapes:
--  * countries are ranked (a fixed list of diplomatically busy states first, the rest in md5(alpha2) order) and drawn
--    with P(rank r) = ln((r+1)/r) / ln(N+1), a discrete Zipf-like law (s = 1): rank 1 ~12.5%, top 5 ~32%, the
--    median country ~0.15%. Meetings, events, sanction targets and officials all follow it;
--  * every country has at least 3 officials (a meeting takes up to 3 participants from one country), the rest are
--    spread by the same law. Officials of a country are numbered in the order of their careers (official k of n
--    has a career centred on 1995 + 31 years * sqrt((k + 0.5) / n), i.e. more officials in recent years, like the
--    meetings), so a meeting on day d picks officials whose careers are centred near d: participants mostly hold
--    an office on the day of their meeting;
--  * meeting dates and event dates grow denser towards 2025 (density proportional to the time since 1995).

set synchronous_commit = off;
set max_parallel_workers_per_gather = 0;
set work_mem = '256MB';
set maintenance_work_mem = '1GB';
set client_min_messages = warning;

-- Benchmark rows are not news: the triggers that announce new meetings, events and regime changes to live
-- subscriptions (V2) stay off while they are written (their deferred events would also forbid the index rebuilds).
alter table meeting disable trigger meeting_recorded;
alter table event disable trigger event_recorded;
alter table sanction_regime disable trigger sanction_regime_changed;
alter table sanction_status_change disable trigger sanction_status_changed;
alter table sanction_measure disable trigger sanction_measure_changed;
alter table designation disable trigger designation_changed;
-- The meeting's date is copied into its parties and participants here, in bulk, rather than looked up row by row.
alter table meeting_participant disable trigger meeting_participant_meeting_date;
alter table meeting_country disable trigger meeting_country_meeting_date;
-- Likewise each official's span of offices (V9), set in one pass once the positions are in.
alter table position disable trigger position_added;

-- Bulk-load recipe (as pg_restore does it): the foreign keys and the secondary (non-constraint) indexes of the
-- tables filled here are dropped first and recreated at the end from their own catalog definitions, so the schema
-- afterwards is exactly the migrated one (checked at the end) and every foreign key is validated once, set-based,
-- when it is added back. Primary keys and unique constraints stay in place throughout.
create temp table schema_before on commit drop as
select c.conrelid::regclass::text as tbl, c.conname::text as name, pg_get_constraintdef(c.oid) as def
from pg_constraint c where c.connamespace = 'public'::regnamespace
union all
select i.tablename::text, i.indexname::text, i.indexdef from pg_indexes i where i.schemaname = 'public';

create temp table saved_ddl on commit drop as
select 1 as phase, format('alter table %s add constraint %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) as redo,
       format('alter table %s drop constraint %I', c.conrelid::regclass, c.conname) as undo
from pg_constraint c
where c.contype = 'f' and c.connamespace = 'public'::regnamespace
  and c.conrelid::regclass::text in ('official', 'position', 'meeting', 'meeting_country', 'meeting_participant',
      'event', 'event_country', 'statement', 'sanction_regime', 'sanction_status_change', 'sanction_measure',
      'designation', 'sanction_regime_event')
union all
select 0, i.indexdef, format('drop index %I.%I', i.schemaname, i.indexname)
from pg_indexes i
where i.schemaname = 'public'
  and i.tablename in ('official', 'position', 'meeting', 'meeting_country', 'meeting_participant', 'event',
      'event_country', 'statement', 'sanction_regime', 'sanction_status_change', 'sanction_measure', 'designation',
      'sanction_regime_event')
  and not exists (select 1 from pg_constraint c where c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass);
select undo from saved_ddl order by phase desc, undo \gexec

-- h(key, stream): a non-negative 63-bit pseudo-random integer; u(key, stream): a float in [0, 1).
create function pg_temp.h(k bigint, s bigint) returns bigint language sql immutable parallel safe
    as $$ select hashint8extended(k, s) & 9223372036854775807 $$;
create function pg_temp.u(k bigint, s bigint) returns float8 language sql immutable parallel safe
    as $$ select (hashint8extended(k, s) & 9007199254740991)::float8 / 9007199254740992.0 $$;

-- Ids of the synthetic rows follow the sample's; the days of the 1995-2025 window.
select coalesce((select max(id) from official), 0)        as base_off,
       coalesce((select max(id) from meeting), 0)         as base_meet,
       coalesce((select max(id) from event), 0)           as base_event,
       coalesce((select max(id) from sanction_regime), 0) as base_reg,
       (select count(*) from country)                     as nc,
       (select id from bloc where code = 'EU')            as bloc_eu,
       (select id from bloc where code = 'G7')            as bloc_g7,
       date '2026-01-01' - date '1995-01-01'              as days
\gset

-- A date in [1995-01-01, 2026-01-01), denser towards the end (density grows linearly with time).
create function pg_temp.recent_day(u float8) returns date language sql immutable parallel safe
    as $$ select date '1995-01-01' + floor((date '2026-01-01' - date '1995-01-01') * sqrt(u))::int $$;
-- A country rank in [1, n] with P(r) = ln((r+1)/r) / ln(n+1).
create function pg_temp.zipf(u float8, n int) returns int language sql immutable parallel safe
    as $$ select least(n, floor(power(n + 1, u))::int) $$;

-- ---------------------------------------------------------------------------------------------------------------
-- Countries, ranked, with their block of officials (ids base_off + off + 1 .. base_off + off + n) and a city.
-- ---------------------------------------------------------------------------------------------------------------
create temp table cty on commit drop as
with top(alpha2, pos) as (
    select * from unnest(array[
        'US', 'RU', 'CN', 'FR', 'DE', 'GB', 'UA', 'JP', 'IN', 'TR', 'IT', 'CA', 'BR', 'IR', 'SA', 'IL', 'PL', 'KR',
        'ES', 'EG', 'AU', 'KP', 'SY', 'BY', 'QA', 'AE', 'PK', 'MX', 'ZA', 'NG', 'KZ', 'AZ', 'AM', 'GE', 'HU', 'RS',
        'VE', 'CU', 'AF', 'IQ']) with ordinality
), capital(alpha2, city) as (values
    ('US', 'Washington'), ('RU', 'Moscow'), ('CN', 'Beijing'), ('FR', 'Paris'), ('DE', 'Berlin'), ('GB', 'London'),
    ('UA', 'Kyiv'), ('JP', 'Tokyo'), ('IN', 'New Delhi'), ('TR', 'Ankara'), ('IT', 'Rome'), ('CA', 'Ottawa'),
    ('BR', 'Brasília'), ('IR', 'Tehran'), ('SA', 'Riyadh'), ('IL', 'Jerusalem'), ('PL', 'Warsaw'), ('KR', 'Seoul'),
    ('ES', 'Madrid'), ('EG', 'Cairo'), ('AU', 'Canberra'), ('KP', 'Pyongyang'), ('SY', 'Damascus'), ('BY', 'Minsk'),
    ('QA', 'Doha'), ('AE', 'Abu Dhabi'), ('PK', 'Islamabad'), ('MX', 'Mexico City'), ('ZA', 'Pretoria'),
    ('NG', 'Abuja'), ('KZ', 'Astana'), ('AZ', 'Baku'), ('AM', 'Yerevan'), ('GE', 'Tbilisi'), ('HU', 'Budapest'),
    ('RS', 'Belgrade'), ('VE', 'Caracas'), ('CU', 'Havana'), ('AF', 'Kabul'), ('IQ', 'Baghdad'), ('CH', 'Geneva'),
    ('AT', 'Vienna'), ('FI', 'Helsinki'), ('BE', 'Brussels'), ('NL', 'The Hague'), ('SE', 'Stockholm'),
    ('NO', 'Oslo'), ('DK', 'Copenhagen'), ('SG', 'Singapore'), ('VN', 'Hanoi'), ('ID', 'Jakarta'),
    ('AR', 'Buenos Aires'), ('KE', 'Nairobi'), ('ET', 'Addis Ababa'), ('GR', 'Athens'), ('PT', 'Lisbon'),
    ('IE', 'Dublin'), ('CZ', 'Prague'), ('RO', 'Bucharest'), ('BG', 'Sofia'), ('LT', 'Vilnius'), ('LV', 'Riga'),
    ('EE', 'Tallinn'), ('MD', 'Chișinău'), ('UZ', 'Tashkent'), ('TH', 'Bangkok'), ('MY', 'Kuala Lumpur'),
    ('PH', 'Manila'), ('NZ', 'Wellington'), ('CL', 'Santiago'), ('CO', 'Bogotá'), ('PE', 'Lima'), ('MA', 'Rabat'),
    ('DZ', 'Algiers'), ('TN', 'Tunis'), ('LY', 'Tripoli'), ('JO', 'Amman'), ('LB', 'Beirut'), ('OM', 'Muscat'),
    ('KW', 'Kuwait City'), ('SK', 'Bratislava'), ('SI', 'Ljubljana'), ('HR', 'Zagreb'), ('BA', 'Sarajevo'),
    ('ME', 'Podgorica'), ('MK', 'Skopje'), ('AL', 'Tirana'), ('CY', 'Nicosia'), ('MT', 'Valletta'),
    ('LU', 'Luxembourg'), ('IS', 'Reykjavík'), ('MN', 'Ulaanbaatar'), ('VA', 'Vatican City')
), ranked as (
    select c.id as country_id, c.alpha2, c.name, cap.city,
           row_number() over (order by t.pos nulls last, md5(c.alpha2)) as r
    from country c
    left join top t using (alpha2)
    left join capital cap using (alpha2)
), cum as (
    -- share of rank r under the law above: cum_lo = ln(r) / ln(N+1), cum_hi = ln(r+1) / ln(N+1) (exact numerics)
    select *, ln(r::numeric) / ln(:nc + 1.0) as cum_lo, ln(r + 1.0) / ln(:nc + 1.0) as cum_hi from ranked
)
select r::int, country_id, alpha2, name, coalesce(city, name) as city,
       (3 * (r - 1) + floor((:n_off - 3 * :nc) * cum_lo))::int as off,
       (3 + floor((:n_off - 3 * :nc) * cum_hi) - floor((:n_off - 3 * :nc) * cum_lo))::int as n
from cum;
create unique index on cty (r);
create unique index on cty (alpha2);
analyze cty;

-- The official of country c (a cty row) for a day d: officials are numbered in career order, so take the one whose
-- career centre falls on d, moved by up to n/32 either way, then the q-th next one for the q-th member of a
-- delegation (q <= 2: a party sends at most 3; n >= 3, so members are distinct and within the country's block).
create function pg_temp.pick(off int, n int, d date, q int, salt bigint) returns bigint language sql immutable
    as $$ select 1 + off + q + least(n - 3, greatest(0,
                     floor(n * power((d - date '1995-01-01') / 11323.0, 2))::bigint
                     - greatest(1, n / 16) / 2 + pg_temp.h(salt, 7) % greatest(1, n / 16))) $$;

-- ---------------------------------------------------------------------------------------------------------------
-- Officials and their positions
-- ---------------------------------------------------------------------------------------------------------------
-- Per official: 1-4 positions (35/35/20/10 %), each 1-6 years long, 60% back-to-back, else 1-24 months apart,
-- laid out around the career centre; positions that would start after 2025 are dropped, and a position still
-- running on 2026-01-01 is current (end NULL).
create temp table ocareer on commit drop as
select g, c.r, c.country_id, c.name as country_name, k,
       npos, len, gap,
       date '1995-01-01' + greatest(0, centre - (len[1] + case when npos > 1 then gap[1] + len[2] else 0 end
                                                 + case when npos > 2 then gap[2] + len[3] else 0 end
                                                 + case when npos > 3 then gap[3] + len[4] else 0 end) / 2) as cstart
from cty c
cross join lateral generate_series(0, c.n - 1) k
cross join lateral (select c.off + k + 1 as g) gg
cross join lateral (
    select (case when pg_temp.h(g, 11) % 20 < 7 then 1 when pg_temp.h(g, 11) % 20 < 14 then 2
                 when pg_temp.h(g, 11) % 20 < 18 then 3 else 4 end) as npos,
           floor(11323 * sqrt((k + 0.5) / c.n))::int + (pg_temp.h(g, 12) % 361)::int - 180 as centre,
           array[365 + pg_temp.h(g, 13) % 1826, 365 + pg_temp.h(g, 14) % 1826,
                 365 + pg_temp.h(g, 15) % 1826, 365 + pg_temp.h(g, 16) % 1826]::int[] as len,
           array[case when pg_temp.h(g, 17) % 10 < 6 then 0 else 30 + pg_temp.h(g, 17) % 700 end,
                 case when pg_temp.h(g, 18) % 10 < 6 then 0 else 30 + pg_temp.h(g, 18) % 700 end,
                 case when pg_temp.h(g, 19) % 10 < 6 then 0 else 30 + pg_temp.h(g, 19) % 700 end]::int[] as gap
) x;

insert into official (id, full_name, aliases, country_id, born_on)
select :base_off + g,
       gn || ' ' || sn || ' ' || g,
       case when pg_temp.h(g, 22) % 100 < 15 then array[upper(sn) || ', ' || gn || ' ' || g] else '{}' end,
       country_id,
       case when pg_temp.h(g, 23) % 10 < 9 then cstart - (365 * (25 + pg_temp.h(g, 23) % 35))::int end
from ocareer,
lateral (select (array['Anna', 'Alexei', 'Maria', 'Jean', 'Li', 'Wei', 'Fatima', 'Omar', 'Sofia', 'Hans', 'Elena',
                       'Pierre', 'Olga', 'James', 'Aisha', 'Carlos', 'Yuki', 'Hiroshi', 'Priya', 'Rahul', 'Ivan',
                       'Natalia', 'Mehmet', 'Ayşe', 'Giulia', 'Marco', 'Ewa', 'Tomasz', 'Ji-woo', 'Min-jun', 'Lucía',
                       'Diego', 'Ingrid', 'Lars', 'Amara', 'Kwame', 'Leila', 'Reza', 'Sara', 'David', 'Noa', 'Yusuf',
                       'Chen', 'Mei', 'Andrei', 'Irina', 'Paul', 'Claire', 'Thomas', 'Emma', 'Ahmed', 'Nour', 'Kofi',
                       'Ama', 'Pablo', 'Isabel', 'Mikhail', 'Svetlana', 'John', 'Linda'])[1 + pg_temp.h(g, 20) % 60] as gn,
                (array['Novak', 'Petrov', 'Ivanova', 'Dubois', 'Martin', 'Schmidt', 'Müller', 'Smith', 'Johnson',
                       'Wang', 'Zhang', 'Li', 'Chen', 'Tanaka', 'Sato', 'Kim', 'Park', 'Singh', 'Sharma', 'Yılmaz',
                       'Kaya', 'Rossi', 'Bianchi', 'Kowalski', 'Nowak', 'García', 'Rodríguez', 'López', 'Silva',
                       'Santos', 'Haddad', 'Khan', 'Hosseini', 'Ahmadi', 'Cohen', 'Levi', 'Mensah', 'Okafor', 'Abebe',
                       'Mwangi', 'Nielsen', 'Hansen', 'Johansson', 'Andersson', 'Virtanen', 'Horváth', 'Popescu',
                       'Jovanović', 'Shevchenko', 'Kovalenko', 'Bondarenko', 'Lebedev', 'Smirnov', 'Kuznetsov',
                       'Sokolov', 'Morozov', 'Volkov', 'Fischer', 'Weber', 'Wagner', 'Becker', 'Moreau', 'Laurent',
                       'Bernard', 'Leroy', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Thompson', 'Nguyen', 'Tran', 'Pham',
                       'Santoro', 'Ferrari', 'Romano', 'Costa', 'Pereira', 'Oliveira', 'Hassan'])[1 + pg_temp.h(g, 21) % 80] as sn
) nm;

insert into position (official_id, title, kind, start_date, end_date)
select :base_off + o.g,
       case kind
           when 'HEAD_OF_STATE' then 'President of ' || o.country_name
           when 'HEAD_OF_GOVERNMENT' then 'Prime Minister of ' || o.country_name
           when 'FOREIGN_MINISTER' then 'Minister of Foreign Affairs of ' || o.country_name
           when 'DEFENCE_MINISTER' then 'Minister of Defence of ' || o.country_name
           when 'MINISTER' then 'Minister of ' || (array['Finance', 'Trade', 'Energy', 'Justice', 'the Interior',
                   'the Economy', 'Health', 'Education', 'Agriculture', 'Transport', 'Culture', 'Industry'])[1 + hk % 12]
                   || ' of ' || o.country_name
           when 'AMBASSADOR' then 'Ambassador of ' || o.country_name || ' to '
                   || coalesce((select t.name from cty t where t.r = pg_temp.zipf(pg_temp.u(hk, 31), :nc) and t.r <> o.r),
                               'the United Nations')
           when 'LEGISLATOR' then 'Member of the Parliament of ' || o.country_name
           when 'MILITARY' then (array['General', 'Lieutenant General', 'Major General', 'Admiral', 'Colonel'])[1 + hk % 5]
                   || ', Armed Forces of ' || o.country_name
           else (array['Secretary of the Security Council', 'Presidential Adviser', 'Head of the Presidential Administration',
                       'Spokesperson of the Ministry of Foreign Affairs', 'Deputy Minister of Foreign Affairs'])[1 + hk % 5]
                   || ' of ' || o.country_name
       end,
       kind, s, case when e < date '2026-01-01' then e end
from ocareer o
cross join lateral generate_series(1, o.npos) j
cross join lateral (select pg_temp.h(o.g * 4 + j, 30) as hk) hh
cross join lateral (
    select case when hk % 100 < 2 then 'HEAD_OF_STATE' when hk % 100 < 5 then 'HEAD_OF_GOVERNMENT'
                when hk % 100 < 10 then 'FOREIGN_MINISTER' when hk % 100 < 15 then 'DEFENCE_MINISTER'
                when hk % 100 < 40 then 'MINISTER' when hk % 100 < 60 then 'AMBASSADOR'
                when hk % 100 < 80 then 'LEGISLATOR' when hk % 100 < 90 then 'MILITARY' else 'OTHER' end as kind,
           o.cstart + (case when j > 1 then o.len[1] + o.gap[1] else 0 end)
                    + (case when j > 2 then o.len[2] + o.gap[2] else 0 end)
                    + (case when j > 3 then o.len[3] + o.gap[3] else 0 end) as s
) p
cross join lateral (select p.s + o.len[j] as e) pe
where p.s < date '2026-01-01';

-- ---------------------------------------------------------------------------------------------------------------
-- Meetings: parties (2-3 distinct countries), participants (2-6, spread over the parties), host
-- ---------------------------------------------------------------------------------------------------------------
create temp table mtg on commit drop as
with g as (
    select m, pg_temp.recent_day(pg_temp.u(m, 40)) as start_date, pg_temp.h(m, 41) % 100 as hf, pg_temp.h(m, 42) as hp,
           pg_temp.zipf(pg_temp.u(m, 43), :nc) as ra, pg_temp.zipf(pg_temp.u(m, 44), :nc) as rb,
           pg_temp.zipf(pg_temp.u(m, 45), :nc) as rc, pg_temp.h(m, 46) % 100 as hh
    from generate_series(1, :n_meet) m
), f as (
    select *, case when hf < 45 then 'BILATERAL' when hf < 55 then 'PHONE_CALL' when hf < 65 then 'VIDEO_CONFERENCE'
                   when hf < 70 then 'TWO_PLUS_TWO' when hf < 82 then 'SUMMIT' else 'MULTILATERAL' end as format
    from g
), c as (
    select *, case when format in ('SUMMIT', 'MULTILATERAL') then 3
                   when format = 'VIDEO_CONFERENCE' then 2 + (hp % 2)::int else 2 end as nparties,
           ra as r1, case when rb = ra then ra % :nc + 1 else rb end as r2
    from f
)
select m, :base_meet + m as id, start_date, format, nparties,
       case format when 'BILATERAL' then 2 + (hp / 2 % 5)::int when 'PHONE_CALL' then 2 when 'TWO_PLUS_TWO' then 4
                   else nparties + (hp / 2 % (7 - nparties))::int end as nparticipants,
       r1, r2,
       case when nparties = 3 then
           case when rc not in (r1, r2) then rc when rc % :nc + 1 not in (r1, r2) then rc % :nc + 1
                else (rc + 1) % :nc + 1 end end as r3,
       case when format in ('PHONE_CALL', 'VIDEO_CONFERENCE') then null
            when hh < 75 then r1 else pg_temp.zipf(pg_temp.u(m, 47), :nc) end as host_r,
       case format when 'SUMMIT' then start_date + (hp / 16 % 3)::int when 'MULTILATERAL' then start_date + (hp / 16 % 3)::int
                   when 'BILATERAL' then start_date + (case when hp / 16 % 10 = 0 then 1 else 0 end)
                   else start_date end as end_date
from c;
alter table mtg add primary key (m);
analyze mtg;

insert into meeting (id, title, start_date, end_date, city, host_country_id, format, summary)
select t.id,
       case t.format
           when 'BILATERAL' then 'Meeting ' || t.m || ' in ' || h.city
           when 'TWO_PLUS_TWO' then '"2+2" talks ' || t.m || ' in ' || h.city
           when 'SUMMIT' then 'Summit ' || t.m || ' in ' || h.city
           when 'MULTILATERAL' then 'Conference ' || t.m || ' in ' || h.city
           when 'PHONE_CALL' then 'Phone call ' || t.m || ' between ' || a.name || ' and ' || b.name
           else 'Video conference ' || t.m || ' of ' || parties
       end,
       t.start_date, t.end_date, h.city, h.country_id, t.format,
       case when pg_temp.h(t.m, 48) % 10 < 4 then
           'Talks between ' || parties || ' on '
           || (array['trade', 'energy security', 'arms control', 'sanctions', 'the conflict in eastern Ukraine',
                     'climate change', 'nuclear non-proliferation', 'migration', 'cyber security', 'counter-terrorism',
                     'maritime security', 'grain exports', 'humanitarian aid', 'a prisoner exchange',
                     'visa facilitation', 'investment', 'debt relief', 'public health', 'space cooperation',
                     'the Arctic'])[1 + pg_temp.h(t.m, 49) % 20]
           || ' and ' || (array['regional stability', 'economic cooperation', 'the humanitarian situation',
                                'a roadmap for further talks', 'confidence-building measures',
                                'the implementation of earlier agreements'])[1 + pg_temp.h(t.m, 50) % 6] || '.'
       end
from mtg t
join cty a on a.r = t.r1
join cty b on b.r = t.r2
left join cty c on c.r = t.r3
left join cty h on h.r = t.host_r
cross join lateral (select case when c.name is null then a.name || ' and ' || b.name
                                else a.name || ', ' || b.name || ' and ' || c.name end as parties) p;

insert into meeting_country (meeting_id, country_id, meeting_start_date)
select t.id, c.country_id, t.start_date
from mtg t
cross join lateral unnest(array[t.r1, t.r2, t.r3]) pr(r)
join cty c on c.r = pr.r;

-- Participant j of p goes to party j % nparties (so every party has one) as its (j / nparties)-th member (< 3).
insert into meeting_participant (meeting_id, official_id, delegation_country_id, role, meeting_start_date)
select t.id, :base_off + pg_temp.pick(c.off, c.n, t.start_date, x.q, t.m * 4 + x.pi), c.country_id,
       case when c.r = t.host_r then (case when x.q = 0 or t.format = 'TWO_PLUS_TWO' then 'HOST' else 'DELEGATE' end)
            when x.q = 0 then (case when x.pi = 2 and pg_temp.h(t.m, 51) % 4 = 0 then 'MEDIATOR'
                                    when t.format = 'BILATERAL' and t.host_r in (t.r1, t.r2) then 'GUEST'
                                    else 'HEAD_OF_DELEGATION' end)
            when pg_temp.h(t.m * 8 + j, 52) % 10 = 0 then 'OBSERVER'
            else 'DELEGATE' end,
       t.start_date
from mtg t
cross join lateral generate_series(0, t.nparticipants - 1) j
cross join lateral (select j % t.nparties as pi, j / t.nparties as q) x
join cty c on c.r = case x.pi when 0 then t.r1 when 1 then t.r2 else t.r3 end;

-- ---------------------------------------------------------------------------------------------------------------
-- Events and their countries (1-3)
-- ---------------------------------------------------------------------------------------------------------------
create temp table evt on commit drop as
with g as (
    select e, pg_temp.recent_day(pg_temp.u(e, 60)) as occurred_on, pg_temp.h(e, 61) % 100 as hk,
           pg_temp.h(e, 62) % 10 as hn, pg_temp.zipf(pg_temp.u(e, 63), :nc) as ra,
           pg_temp.zipf(pg_temp.u(e, 64), :nc) as rb, pg_temp.zipf(pg_temp.u(e, 65), :nc) as rc
    from generate_series(1, :n_event) e
), k as (
    select *, case when hk < 25 then 'INCIDENT' when hk < 45 then 'AGREEMENT' when hk < 60 then 'ELECTION'
                   when hk < 70 then 'OTHER' when hk < 78 then 'MILITARY_CONFLICT' when hk < 86 then 'INAUGURATION'
                   when hk < 91 then 'REFERENDUM' when hk < 96 then 'PRISONER_EXCHANGE' else 'ANNEXATION' end as kind
    from g
), n as (
    select *, case when kind in ('ELECTION', 'INAUGURATION', 'REFERENDUM') then 1
                   when kind in ('PRISONER_EXCHANGE', 'ANNEXATION') then 2
                   when hn < 4 then 1 when hn < 8 then 2 else 3 end as ncountries,
           ra as r1, case when rb = ra then ra % :nc + 1 else rb end as r2b
    from k
)
select e, :base_event + e as id, occurred_on, kind, ncountries, r1,
       case when ncountries >= 2 then r2b end as r2,
       case when ncountries = 3 then
           case when rc not in (r1, r2b) then rc when rc % :nc + 1 not in (r1, r2b) then rc % :nc + 1
                else (rc + 1) % :nc + 1 end end as r3
from n;
alter table evt add primary key (e);
analyze evt;

insert into event (id, title, occurred_on, kind, description)
select t.id,
       (case t.kind when 'PRISONER_EXCHANGE' then 'Prisoner exchange' when 'ANNEXATION' then 'Annexation'
                    when 'INCIDENT' then 'Incident' when 'AGREEMENT' then 'Agreement' when 'ELECTION' then 'Election'
                    when 'REFERENDUM' then 'Referendum' when 'INAUGURATION' then 'Inauguration'
                    when 'MILITARY_CONFLICT' then 'Armed clashes' else 'Diplomatic incident' end)
       || ' ' || t.e || case when t.ncountries = 1 then ' in ' else ' involving ' end
       || case when c.name is not null then a.name || ', ' || b.name || ' and ' || c.name
               when b.name is not null then a.name || ' and ' || b.name else a.name end,
       t.occurred_on, t.kind,
       case when pg_temp.h(t.e, 66) % 2 = 0 then
           'Reported on ' || to_char(t.occurred_on, 'FMDD FMMonth YYYY') || '; concerns '
           || (array['trade', 'energy security', 'arms control', 'sanctions', 'territorial integrity',
                     'climate change', 'nuclear non-proliferation', 'migration', 'cyber security',
                     'counter-terrorism', 'maritime security', 'grain exports', 'humanitarian aid', 'prisoners',
                     'border security', 'investment'])[1 + pg_temp.h(t.e, 67) % 16] || '.'
       end
from evt t
join cty a on a.r = t.r1
left join cty b on b.r = t.r2
left join cty c on c.r = t.r3;

insert into event_country (event_id, country_id)
select t.id, c.country_id
from evt t
cross join lateral unnest(array[t.r1, t.r2, t.r3]) pr(r)
join cty c on c.r = pr.r;

-- ---------------------------------------------------------------------------------------------------------------
-- Statements: 70% by a participant of a meeting (on its first day), 10% on an event by an official of one of its
-- countries, 20% interviews (no meeting, no event; 10% of them undated).
-- ---------------------------------------------------------------------------------------------------------------
insert into statement (speaker_id, text, said_on, context, meeting_id, event_id, source_id)
select sp.speaker_id,
       (array['We are ready to continue the dialogue on', 'There can be no progress without a frank discussion of',
              'Our countries share an interest in', 'We discussed in detail', 'We expect concrete steps on',
              'It is time to rebuild trust on', 'We have agreed to intensify our cooperation on',
              'We remain deeply concerned about', 'Nothing has changed in our position on',
              'We see a window of opportunity on'])[1 + pg_temp.h(s, 70) % 10]
       || ' ' || (array['trade', 'energy security', 'arms control', 'sanctions', 'the conflict in eastern Ukraine',
                        'climate change', 'nuclear non-proliferation', 'migration', 'cyber security',
                        'counter-terrorism', 'maritime security', 'grain exports', 'humanitarian aid',
                        'prisoner exchanges', 'visa facilitation', 'investment', 'debt relief', 'public health',
                        'space cooperation', 'the Arctic'])[1 + pg_temp.h(s, 71) % 20]
       || (array['.', ', and we will judge by actions, not words.', ', as agreed at our last meeting.',
                 ' in the interest of both our peoples.', ', despite our differences.',
                 ': this is possible and necessary.'])[1 + pg_temp.h(s, 72) % 6],
       sp.said_on, sp.context, sp.meeting_id, sp.event_id, null
from generate_series(1, :n_stmt) s
cross join lateral (select pg_temp.h(s, 73) % 100 as hk) k
cross join lateral (
    -- by a participant of the meeting
    select mp.official_id as speaker_id, t.start_date as said_on, t.id as meeting_id, null::bigint as event_id,
           (array['Press conference after the talks', 'Joint press conference', 'Remarks to the press',
                  'Opening statement', 'Closing statement', 'Statement to the media on the sidelines'])
               [1 + pg_temp.h(s, 74) % 6] as context
    from mtg t
    cross join lateral (select official_id from meeting_participant p where p.meeting_id = t.id
                        order by pg_temp.h(p.official_id + s * 64, 75) limit 1) mp
    where k.hk < 70 and t.m = 1 + pg_temp.h(s, 76) % :n_meet
    union all
    -- on an event, by an official of its first country
    select :base_off + pg_temp.pick(c.off, c.n, t.occurred_on, 0, s), t.occurred_on, null, t.id,
           (array['Reaction to the news', 'Official statement', 'Comment to journalists'])[1 + pg_temp.h(s, 74) % 3]
    from evt t
    join cty c on c.r = t.r1
    where k.hk >= 70 and k.hk < 80 and t.e = 1 + pg_temp.h(s, 76) % :n_event
    union all
    -- in an interview
    select :base_off + pg_temp.pick(c.off, c.n, d.d, 0, s), case when k.hk < 98 then d.d end, null, null,
           'Interview with ' || (array['a national broadcaster', 'a news agency', 'a foreign newspaper',
                                       'a television channel', 'a radio station'])[1 + pg_temp.h(s, 74) % 5]
    from (select pg_temp.recent_day(pg_temp.u(s, 77)) as d) d
    join cty c on c.r = pg_temp.zipf(pg_temp.u(s, 78), :nc)
    where k.hk >= 80
) sp;

-- ---------------------------------------------------------------------------------------------------------------
-- Sanction regimes: issuer (35% a bloc: EU or G7; else a sanctioning state), target, status history, measures,
-- designations, triggering events
-- ---------------------------------------------------------------------------------------------------------------
create temp table reg on commit drop as
with g as (
    select r, pg_temp.h(r, 80) % 100 as hi, pg_temp.h(r, 81) as hb,
           date '1995-01-01' + floor((:days - 400) * pg_temp.u(r, 82))::int as adopted_on,
           pg_temp.h(r, 83) % 10 as ht, pg_temp.h(r, 84) % 100 as he,
           pg_temp.zipf(pg_temp.u(r, 86), :nc) as rt
    from generate_series(1, :n_reg) r
), i as (
    select g.*,
           case when hi < 35 then (case when hb % 4 = 0 then :bloc_g7 else :bloc_eu end) end as issuer_bloc_id,
           case when hi >= 35 then ic.r end as issuer_r
    from g
    left join cty ic on hi >= 35
        and ic.alpha2 = (array['US', 'GB', 'CA', 'AU', 'JP', 'CH', 'NO', 'NZ', 'KR', 'UA', 'RU', 'CN', 'TR', 'IN',
                               'FR', 'DE'])[1 + floor(16 * power(pg_temp.u(g.r, 85), 2))::int]
)
select r, :base_reg + r as id, issuer_bloc_id, issuer_r,
       case when rt = issuer_r then rt % :nc + 1 else rt end as target_r,
       adopted_on,
       case when ht < 5 then 6 when ht < 8 then 12 end as term_months,
       case when he < 8 then 'LIFTED' when he < 12 then 'SUSPENDED' end as end_status,
       case when he < 12 then adopted_on + floor((date '2026-01-01' - adopted_on) * (0.3 + 0.6 * pg_temp.u(r, 87)))::int
       end as end_on
from i;
alter table reg add primary key (r);
analyze reg;

insert into sanction_regime (id, name, issuer_country_id, issuer_bloc_id, target_country_id, legal_basis, adopted_on,
                             description, lifting_conditions)
select t.id,
       coalesce(ic.name, b.name) || ' '
       || (array['restrictive measures', 'sanctions programme', 'sanctions regime'])[1 + pg_temp.h(t.r, 88) % 3]
       || ' ' || t.r || ' concerning ' || tc.name,
       ic.country_id, t.issuer_bloc_id, tc.country_id,
       case when b.code = 'EU' then 'Council Decision (CFSP) ' || extract(year from t.adopted_on) || '/' || (100 + t.r % 900)
                                    || ' and Council Regulation (EU) ' || extract(year from t.adopted_on) || '/' || (1000 + t.r % 9000)
            when b.code is not null then 'Joint statement of the ' || b.code || ' leaders of ' || t.adopted_on
            else 'Sanctions act ' || extract(year from t.adopted_on) || ' No ' || t.r || ' of ' || ic.name end,
       t.adopted_on,
       case when pg_temp.h(t.r, 89) % 10 < 6 then
           'Measures in response to ' || (array['human rights violations', 'the proliferation of weapons of mass destruction',
               'actions undermining the territorial integrity of a neighbouring state', 'support for terrorism',
               'malicious cyber activities', 'the undermining of democracy and the rule of law',
               'the use of chemical weapons'])[1 + pg_temp.h(t.r, 90) % 7] || ' by ' || tc.name || '.' end,
       case when pg_temp.h(t.r, 91) % 2 = 0 then
           (array['Reviewed periodically; no lifting condition is fixed in the acts.',
                  'To be lifted once the targeted conduct has verifiably ceased.',
                  'Linked to the full implementation of the relevant peace agreements.',
                  'Lifted when the issuer certifies compliance with the relevant resolutions.'])[1 + pg_temp.h(t.r, 92) % 4] end
from reg t
left join cty ic on ic.r = t.issuer_r
left join bloc b on b.id = t.issuer_bloc_id
join cty tc on tc.r = t.target_r;

insert into sanction_status_change (regime_id, status, changed_on, in_force_until, note)
select t.id, 'ADOPTED', t.adopted_on, t.adopted_on + make_interval(months => t.term_months), 'Measures adopted.'
from reg t
union all
-- renewals shortly before each lapse, while in force
select t.id, 'RENEWED', rn.changed_on, (t.adopted_on + make_interval(months => (n + 1) * t.term_months))::date, null
from reg t
cross join generate_series(1, 62) n
cross join lateral (select (t.adopted_on + make_interval(months => n * t.term_months))::date
                           - (1 + pg_temp.h(t.r * 64 + n, 93) % 20)::int as changed_on) rn
where t.term_months is not null and rn.changed_on < coalesce(t.end_on, date '2026-01-01')
union all
-- 0-3 extensions of scope, one in each third (or half, or whole) of the regime's life
select t.id, 'EXTENDED', t.adopted_on + 1 + floor((coalesce(t.end_on, date '2026-01-01') - t.adopted_on - 2)
                                                  * (k - 1 + pg_temp.u(t.r * 4 + k, 94)) / x.nk)::int,
       null, 'Scope widened: further persons, entities or sectors.'
from reg t
cross join lateral (select (pg_temp.h(t.r, 95) % 4)::int as nk) x
cross join lateral generate_series(1, x.nk) k
union all
select t.id, t.end_status, t.end_on, null,
       case t.end_status when 'LIFTED' then 'Measures lifted.' else 'Measures suspended.' end
from reg t
where t.end_status is not null;

insert into sanction_measure (regime_id, measure, description)
select t.id,
       (array['ASSET_FREEZE', 'TRAVEL_BAN', 'ARMS_EMBARGO', 'SECTORAL', 'FINANCIAL', 'EXPORT_CONTROL', 'IMPORT_BAN',
              'INVESTMENT_BAN'])[1 + (pg_temp.h(t.r, 96) + 3 * i) % 8],
       case when pg_temp.h(t.r * 4 + i, 97) % 2 = 0 then 'Applies to the persons, entities and sectors listed in the annexes.' end
from reg t
cross join generate_series(0, (pg_temp.h(t.r, 98) % 3)::int) i;

-- Designations: regimes drawn with a skew towards the first ones; the first n of a regime are distinct officials of
-- its target country, further ones any officials. Listed after adoption (and before lifting, when lifted).
insert into designation (regime_id, official_id, listed_on, delisted_on, reason)
select t.id,
       :base_off + case when d.k < c.n then 1 + c.off + (pg_temp.h(t.r, 100) + d.k) % c.n
                        else 1 + pg_temp.h(d.d, 101) % :n_off end,
       l.listed_on,
       case when t.end_status = 'LIFTED' then t.end_on
            when pg_temp.h(d.d, 102) % 10 = 0 and l.listed_on + (30 + pg_temp.h(d.d, 103) % 1500)::int < date '2026-01-01'
                then l.listed_on + (30 + pg_temp.h(d.d, 103) % 1500)::int end,
       case when pg_temp.h(d.d, 104) % 10 < 7 then
           'Listed as ' || (array['a senior official responsible for', 'a person supporting', 'a person benefiting from',
                                  'a member of the leadership involved in'])[1 + pg_temp.h(d.d, 105) % 4]
           || ' the conduct targeted by the regime.' end
from (
    select d, r, (row_number() over (partition by r order by d) - 1)::int as k
    from generate_series(1, :n_desig) d
    cross join lateral (select 1 + floor(:n_reg * power(pg_temp.u(d, 99), 2))::bigint as r) rr
) d
join reg t on t.r = d.r
join cty c on c.r = t.target_r
cross join lateral (select t.adopted_on + 1 + floor((coalesce(t.end_on, date '2026-01-01') - t.adopted_on - 1)
                                                    * pg_temp.u(d.d, 106))::int as listed_on) l
on conflict (regime_id, official_id, listed_on) do nothing;

insert into sanction_regime_event (regime_id, event_id)
select t.id, :base_event + 1 + pg_temp.h(t.r, 110) % :n_event
from reg t
where pg_temp.h(t.r, 111) % 10 < 4;

-- Announcements back on, indexes back, then the foreign keys (each validated by one query), then check that the
-- schema is as migrated.
alter table meeting enable trigger meeting_recorded;
alter table event enable trigger event_recorded;
alter table sanction_regime enable trigger sanction_regime_changed;
alter table sanction_status_change enable trigger sanction_status_changed;
alter table sanction_measure enable trigger sanction_measure_changed;
alter table designation enable trigger designation_changed;
alter table meeting_participant enable trigger meeting_participant_meeting_date;
alter table meeting_country enable trigger meeting_country_meeting_date;
alter table position enable trigger position_added;
update official o
set in_office_from = s.first_start, in_office_until = s.last_end
from (select official_id, min(start_date) as first_start, max(coalesce(end_date, 'infinity')) as last_end
      from position where official_id > :base_off group by official_id) s
where o.id = s.official_id;
select redo from saved_ddl order by phase, redo \gexec
create temp table schema_after on commit drop as
select c.conrelid::regclass::text as tbl, c.conname::text as name, pg_get_constraintdef(c.oid) as def
from pg_constraint c where c.connamespace = 'public'::regnamespace
union all
select i.tablename::text, i.indexname::text, i.indexdef from pg_indexes i where i.schemaname = 'public';
do $$
begin
    if exists (select * from schema_before except all select * from schema_after)
       or exists (select * from schema_after except all select * from schema_before) then
        raise exception 'schema differs from the migrated one after the bulk load';
    end if;
end $$;

-- Explicit ids were given above: move the identity sequences past them.
select setval(pg_get_serial_sequence('official', 'id'), (select max(id) from official)),
       setval(pg_get_serial_sequence('meeting', 'id'), (select max(id) from meeting)),
       setval(pg_get_serial_sequence('event', 'id'), (select max(id) from event)),
       setval(pg_get_serial_sequence('sanction_regime', 'id'), (select max(id) from sanction_regime))
\g /dev/null
