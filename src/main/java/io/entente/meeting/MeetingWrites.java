package io.entente.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.entente.country.CountryRefs;
import io.entente.official.OfficialRefs;
import io.entente.source.SourceWrites;
import io.entente.statement.StatementWrites;
import io.entente.write.Columns;
import io.entente.write.InputCheck;
import io.entente.write.Tx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Writes a meeting with its parties, participants, quotes and sources in one transaction; the mutations and the
 * import share it. Every reference is resolved and every rule checked before the first row is written, and any
 * failure after that rolls the whole meeting back.
 */
public final class MeetingWrites {

    private static final String ADD_PARTIES = "insert into meeting_country (meeting_id, country_id)"
            + " select $1, unnest($2::bigint[]) on conflict do nothing";
    private static final String PRUNE_PARTIES = "delete from meeting_country where meeting_id = $1 and country_id <> all($2)"
            + " and country_id not in (select delegation_country_id from meeting_participant where meeting_id = $1)";
    private static final String ADD_PARTICIPANT = "insert into meeting_participant (meeting_id, official_id,"
            + " delegation_country_id, role) values ($1, $2, $3, $4)";

    private MeetingWrites() {
    }

    /** What an input's codes and officials resolved to: country keys by path, official keys by path, their countries. */
    record Resolved(Map<String, Long> countries, Map<String, Long> officials, Map<Long, Long> officialCountries) {
    }

    /** Creates the meeting ({@code key} null) or replaces it; answers its key. */
    public static Uni<Long> write(Tx tx, MeetingInput input, Long key, Integer version) {
        InputCheck check = new InputCheck("input");
        checkAlone(check, input);
        return resolve(tx, check, input)
                .invoke(resolved -> {
                    requireDistinct(check, participantsOf(input), resolved.officials());
                    check.orFail();
                })
                .chain(resolved -> writeMeeting(tx, check, input, key, version, resolved)
                        .call(meetingKey -> writeParties(tx, input, meetingKey, parties(check, input, resolved)))
                        .call(meetingKey -> writeQuotesAndSources(tx, check, input, meetingKey)));
    }

    /** The rules an input keeps on its own, before any reference is resolved. */
    static void checkAlone(InputCheck check, MeetingInput input) {
        check.inOrder(input.startDate, input.endDate, true, check.path("endDate"), "startDate");
        SourceWrites.check(check, "sources", input.sources);
    }

    /** Every code and official the input names, one statement per kind; unknown ones become problems. */
    private static Uni<Resolved> resolve(Tx tx, InputCheck check, MeetingInput input) {
        return CountryRefs.find(tx, codesOf(check, input).values())
                .chain(byCode -> OfficialRefs.find(tx, officialsOf(check, input).values())
                        .map(found -> resolved(check, input, byCode, found)));
    }

    /** Judges the input's codes and officials against what was found, for this input alone or a whole import batch. */
    static Resolved resolved(InputCheck check, MeetingInput input, Map<String, Long> byCode, OfficialRefs.Found found) {
        Map<String, Long> countries = CountryRefs.keys(check, codesOf(check, input), byCode);
        Map<String, Long> officials = OfficialRefs.keys(check, officialsOf(check, input), "officialId", "official", found);
        return new Resolved(countries, officials, found.countries());
    }

    /** The country codes the input names, by path. */
    static Map<String, String> codesOf(InputCheck check, MeetingInput input) {
        Map<String, String> codes = new LinkedHashMap<>();
        if (input.hostCountryCode != null) {
            codes.put(check.path("hostCountryCode"), input.hostCountryCode);
        }
        List<String> parties = input.countryCodes == null ? List.of() : input.countryCodes;
        for (int i = 0; i < parties.size(); i++) {
            codes.put(check.path("countryCodes", i), parties.get(i));
        }
        List<ParticipantInput> participants = participantsOf(input);
        for (int i = 0; i < participants.size(); i++) {
            if (participants.get(i).delegationCountryCode != null) {
                codes.put(check.path("participants", i, "delegationCountryCode"), participants.get(i).delegationCountryCode);
            }
        }
        return codes;
    }

    /** The participants' officials, by path. */
    static Map<String, OfficialRefs.Ref> officialsOf(InputCheck check, MeetingInput input) {
        Map<String, OfficialRefs.Ref> officials = new LinkedHashMap<>();
        List<ParticipantInput> participants = participantsOf(input);
        for (int i = 0; i < participants.size(); i++) {
            ParticipantInput participant = participants.get(i);
            officials.put(check.path("participants", i), new OfficialRefs.Ref(participant.officialId, participant.official));
        }
        return officials;
    }

    private static Uni<Long> writeMeeting(Tx tx, InputCheck check, MeetingInput input, Long key, Integer version, Resolved resolved) {
        Columns columns = new Columns()
                .set("title", input.title.strip())
                .set("start_date", input.startDate)
                .set("end_date", input.endDate)
                .set("city", input.city == null ? null : input.city.strip())
                .set("host_country_id", resolved.countries().get(check.path("hostCountryCode")))
                .set("format", input.format.name())
                .set("summary", input.summary);
        return key == null
                ? tx.insert("meeting", columns)
                : tx.update("meeting", "meeting", key, version, columns).replaceWith(key);
    }

    static List<ParticipantInput> participantsOf(MeetingInput input) {
        return input.participants == null ? List.of() : input.participants;
    }

    static void requireDistinct(InputCheck check, List<ParticipantInput> participants, Map<String, Long> officialKeys) {
        Map<Long, Integer> firstSeen = new HashMap<>();
        for (int i = 0; i < participants.size(); i++) {
            Long key = officialKeys.get(check.path("participants", i));
            Integer earlier = key == null ? null : firstSeen.putIfAbsent(key, i);
            check.require(earlier == null, check.path("participants", i, participants.get(i).officialId != null ? "officialId" : "official"),
                    "the same official is already participants[" + earlier + "]; each official takes part once.");
        }
    }

    /** A meeting's parties (country keys) and participants (official, delegation, role), as written. */
    record Parties(Long[] countries, List<Participant> participants) {
    }

    record Participant(long officialKey, long delegationKey, String role) {
    }

    /** The parties: the given countries plus every participant's delegation, by default the official's own country. */
    static Parties parties(InputCheck check, MeetingInput input, Resolved resolved) {
        Set<Long> partyKeys = new LinkedHashSet<>();
        for (int i = 0; input.countryCodes != null && i < input.countryCodes.size(); i++) {
            partyKeys.add(resolved.countries().get(check.path("countryCodes", i)));
        }
        List<ParticipantInput> participants = participantsOf(input);
        List<Participant> rows = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            long officialKey = resolved.officials().get(check.path("participants", i));
            Long delegation = resolved.countries().getOrDefault(check.path("participants", i, "delegationCountryCode"),
                    resolved.officialCountries().get(officialKey));
            partyKeys.add(delegation);
            rows.add(new Participant(officialKey, delegation, participants.get(i).role.name()));
        }
        return new Parties(partyKeys.toArray(Long[]::new), rows);
    }

    /** Writes the parties and participants when the input gives either list. */
    private static Uni<Void> writeParties(Tx tx, MeetingInput input, long meetingKey, Parties parties) {
        if (input.countryCodes == null && input.participants == null) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> written = tx.execute(ADD_PARTIES, Tuple.of(meetingKey, parties.countries())).replaceWithVoid();
        if (input.participants != null) {
            List<Tuple> rows = parties.participants().stream()
                    .map(p -> Tuple.of(meetingKey, p.officialKey(), p.delegationKey(), p.role())).toList();
            written = written.chain(() -> tx.execute("delete from meeting_participant where meeting_id = $1", Tuple.of(meetingKey)))
                    .chain(() -> tx.executeBatch(ADD_PARTICIPANT, rows));
        }
        if (input.countryCodes != null) {
            written = written.chain(() -> tx.execute(PRUNE_PARTIES, Tuple.of(meetingKey, parties.countries())).replaceWithVoid());
        }
        return written;
    }

    private static Uni<Void> writeQuotesAndSources(Tx tx, InputCheck check, MeetingInput input, long meetingKey) {
        Uni<Map<String, Long>> cited = input.sources == null
                ? Uni.createFrom().item(Map.of())
                : SourceWrites.cite(tx, "meeting_source", "meeting_id", meetingKey, input.sources);
        return cited.chain(sources -> input.statements == null
                ? Uni.createFrom().voidItem()
                : StatementWrites.replace(tx, check, "statements", new StatementWrites.Owner(meetingKey, null), input.statements,
                        sources).replaceWithVoid());
    }
}
