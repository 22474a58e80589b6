// PostGraphile v5 configuration for the Entente benchmark (bench/run.sh copies it next to the installed
// packages in bench/work/pg/ and starts PostGraphile with the Node 22 binary from npm).
//
// - Amber preset: PostGraphile's recommended defaults.
// - PgSimplifyInflection: `allMeetings` -> `meetings`, `Official.meetingParticipantsByOfficialId` ->
//   `Official.meetingParticipants`, so that the documents read like Entente's.
// - Connection filter (postgraphile-plugin-connection-filter, with relation filters): the stock `condition`
//   argument only tests columns for equality; the benchmark shapes need ranges ("in office today", "over ten
//   years") and conditions on related rows ("meetings involving both countries"), which is what PostGraphile
//   users add this plugin for. Everything it filters on still compiles into the single SQL statement.
// - Many-to-many (@graphile-contrib/pg-many-to-many): `Official.meetings` through meeting_participant, so
//   that an official's meetings can be paged newest first (a plain FK connection to meeting_participant
//   cannot be ordered by the meeting's date).
//
// - Smart tags (no change to the database): meeting_participant references meeting_country by
//   (meeting_id, delegation_country_id), so PostGraphile sees no direct link from a participation to its
//   meeting. A virtual foreign key meeting_participant(meeting_id) -> meeting(id) gives `Meeting.meetingParticipants`,
//   `MeetingParticipant.meeting` and, through the many-to-many plugin, `Official.meetings`. This is how
//   PostGraphile is told about such links in practice.
// - A second smart tag makes position.end_date filterable: the amber preset offers filters and orderings only on
//   indexed columns, and "in office today" tests end_date (inside a subquery on the indexed official_id, in
//   both servers' SQL).
//
// Connection: DATABASE_URL (the read-only role). Pool: PG_POOL_MAX connections (default 20, Entente's pool).
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { PgSimplifyInflectionPreset } from "@graphile/simplify-inflection";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";
import { PgManyToManyPreset } from "@graphile-contrib/pg-many-to-many";
import { jsonPgSmartTags } from "postgraphile/utils";

const SmartTagsPlugin = jsonPgSmartTags({
  version: 1,
  config: {
    class: {
      meeting_participant: {
        tags: { foreignKey: "(meeting_id) references meeting (id)" },
      },
      position: {
        attribute: { end_date: { tags: { behavior: "+filterBy" } } },
      },
    },
  },
});

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [
    PostGraphileAmberPreset,
    PgSimplifyInflectionPreset,
    PostGraphileConnectionFilterPreset,
    PgManyToManyPreset,
  ],
  plugins: [SmartTagsPlugin],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public"],
      poolConfig: { max: Number(process.env.PG_POOL_MAX ?? 20) },
    }),
  ],
  schema: {
    connectionFilterRelations: true,
    // The filters the shapes use, and no more: keeps the schema close to what a production setup exposes.
    connectionFilterAllowNullInput: false,
    connectionFilterAllowEmptyObjectInput: false,
  },
  grafserv: {
    host: "127.0.0.1",
    port: Number(process.env.PORT ?? 5678),
    graphiql: false,
    watch: false,
  },
  grafast: {
    explain: false,
  },
};

export default preset;
