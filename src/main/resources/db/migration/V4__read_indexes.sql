-- Country.officials(activeOn:, first:) reads each country's officials in name order and stops at the page
-- size; with id in the index the order (full_name, id) needs no sort.
create index official_country_name_id_idx on official (country_id, full_name, id);
drop index official_country_name_idx;
