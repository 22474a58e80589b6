-- The bulk import's memory: for each record it imported (by type and natural key), the digest of the line that
-- wrote it and the row version that write produced. A line whose digest matches, on a row nobody has changed
-- since, is left alone: importing the same file twice changes nothing.
create table import_record (
    kind        text not null,
    natural_key text not null check (length(natural_key) <= 3000),
    row_id      bigint not null,
    row_version integer not null,
    digest      text not null,
    imported_at timestamptz not null default now(),
    primary key (kind, natural_key)
);
