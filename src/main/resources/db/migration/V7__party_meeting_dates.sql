-- Meetings filtered by country (meetings(filter: {countryCodes: [RU, US]}), Country.meetings) are paged newest
-- first. With the date only in meeting, PostgreSQL intersected every meeting of each country (54,000 and 38,000
-- for US and RU at scale M) before sorting. As for participants (V5), each party keeps a copy of its meeting's
-- date, kept by triggers, and an index walks one country's meetings newest first and stops after the page.
alter table meeting_country add column meeting_start_date date;
update meeting_country mc set meeting_start_date = m.start_date from meeting m where m.id = mc.meeting_id;
alter table meeting_country alter column meeting_start_date set not null;

create index meeting_country_country_start_idx on meeting_country (country_id, meeting_start_date desc, meeting_id desc);
-- Its leading column serves what the old index did (lookups by country, the foreign key's checks).
drop index meeting_country_country_idx;

-- V5's function copies the date into any row with meeting_id and meeting_start_date columns.
create trigger meeting_country_meeting_date before insert or update of meeting_id, meeting_start_date
    on meeting_country for each row execute function entente_participant_meeting_date();

create or replace function entente_meeting_date_moved() returns trigger language plpgsql as $$
begin
    update meeting_country set meeting_start_date = new.start_date where meeting_id = new.id;
    update meeting_participant set meeting_start_date = new.start_date where meeting_id = new.id;
    return null;
end $$;
