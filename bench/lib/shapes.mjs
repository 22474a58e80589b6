// The four benchmark shapes: their documents (bench/shapes/<name>.<server>.graphql), the variables both servers
// get, the bound on Entente's SQL statements per request, and how each server's answer is normalized to the
// same plain structure (lists of names, titles and dates, in order) for the equivalence check.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SHAPES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "shapes");

export const SERVERS = ["entente", "postgraphile"];

/** Participant names of one meeting, sorted: the one place where the two servers' orders differ (see README). */
const names = (list) => list.map((name) => name ?? null).sort();

const nodes = (connection) => (connection == null ? null : connection.nodes);
const edgeNodes = (connection) => (connection == null ? null : connection.edges.map((e) => e.node));

export const SHAPES = [
  {
    id: "a",
    name: "a-country-officials",
    title: "Key lookup: a country by ISO code, its officials in office today and their current office",
    // country + officials + currentPosition
    bound: 3,
    variables: (v) => ({ code: v.code, today: v.today, officials: 50 }),
    normalize: {
      entente: (d) => country(d.country, d.country?.officials, (o) => o.currentPosition),
      postgraphile: (d) =>
        country(d.countryByAlpha2, nodes(d.countryByAlpha2?.officials), (o) => nodes(o.positions)[0] ?? null),
    },
    size: (n) => n?.officials.length ?? 0,
  },
  {
    id: "b",
    name: "b-meetings-page",
    title: "A page of 50 meetings, newest first, with host country and participants' names",
    // meetings + hostCountry + participants (each with its official)
    bound: 3,
    variables: () => ({ meetings: 50 }),
    normalize: {
      entente: (d) =>
        edgeNodes(d.meetings).map((m) => ({
          title: m.title,
          startDate: m.startDate,
          host: m.hostCountry?.name ?? null,
          participants: names(m.participants.map((p) => p.official.fullName)),
        })),
      postgraphile: (d) =>
        nodes(d.meetings).map((m) => ({
          title: m.title,
          startDate: m.startDate,
          host: m.hostCountry?.name ?? null,
          participants: names(nodes(m.meetingParticipants).map((p) => p.official.fullName)),
        })),
    },
    size: (n) => n.length,
  },
  {
    id: "c",
    name: "c-nest",
    title: "Nest: 20 countries -> 5 officials in office each -> their 5 latest meetings -> participants' names",
    // countries + officials + meetings + participants (each with its official)
    bound: 4,
    variables: (v) => ({ countries: 20, officials: 5, meetings: 5, today: v.today }),
    normalize: {
      entente: (d) =>
        edgeNodes(d.countries).map((c) => ({
          name: c.name,
          officials: c.officials.map((o) => ({
            fullName: o.fullName,
            meetings: edgeNodes(o.meetings).map((m) => ({
              title: m.title,
              startDate: m.startDate,
              participants: names(m.participants.map((p) => p.official.fullName)),
            })),
          })),
        })),
      postgraphile: (d) =>
        nodes(d.countries).map((c) => ({
          name: c.name,
          officials: nodes(c.officials).map((o) => ({
            fullName: o.fullName,
            meetings: nodes(o.meetingsByMeetingParticipantOfficialIdAndMeetingId).map((m) => ({
              title: m.title,
              startDate: m.startDate,
              participants: names(nodes(m.meetingParticipants).map((p) => p.official.fullName)),
            })),
          })),
        })),
    },
    size: (n) => n.flatMap((c) => c.officials.flatMap((o) => o.meetings)).length,
  },
  {
    id: "d",
    name: "d-meetings-between",
    title: "Filter: meetings of two countries over ten years, newest first, first 50, with the parties",
    // meetings + countries
    bound: 2,
    variables: (v) => ({ a: v.pairA, b: v.pairB, from: v.from, to: v.to, meetings: 50 }),
    normalize: {
      entente: (d) =>
        edgeNodes(d.meetings).map((m) => ({
          title: m.title,
          startDate: m.startDate,
          format: m.format,
          countries: m.countries.map((c) => c.name),
        })),
      postgraphile: (d) =>
        nodes(d.meetings).map((m) => ({
          title: m.title,
          startDate: m.startDate,
          format: m.format,
          countries: nodes(m.countriesByMeetingCountryMeetingIdAndCountryId).map((c) => c.name),
        })),
    },
    size: (n) => n.length,
  },
];

function country(c, officials, position) {
  if (c == null) return null;
  return {
    name: c.name,
    alpha3: c.alpha3,
    officials: officials.map((o) => {
      const p = position(o);
      return { fullName: o.fullName, position: p == null ? null : { title: p.title, startDate: p.startDate } };
    }),
  };
}

/** The document text of a shape for a server. */
export function documentOf(shape, server) {
  return readFileSync(join(SHAPES_DIR, `${shape.name}.${server}.graphql`), "utf8");
}

/** The POST body of a shape for a server: the same variables for both. */
export function bodyOf(shape, server, vars) {
  return JSON.stringify({ query: documentOf(shape, server), variables: shape.variables(vars) });
}
