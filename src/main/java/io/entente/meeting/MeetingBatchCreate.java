package io.entente.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


import io.entente.country.CountryRefs;
import io.entente.official.OfficialRefs;
import io.entente.source.SourceInput;
import io.entente.source.SourceWrites;
import io.entente.statement.StatementWrites;
import io.entente.write.BatchCreate;
import io.entente.write.InputCheck;
import io.entente.write.Tx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Creates the new meetings of an import batch: the references of all of them found with one statement per kind,
 * each judged by {@link MeetingWrites}' rules as its mutation would be, then one statement per table (meetings,
 * sources, parties, participants, citations, quotes), sent together in one pipeline.
 */
public class MeetingBatchCreate implements BatchCreate<MeetingInput> {

    private static final String INSERT = "insert into meeting (id, title, start_date, end_date, city, host_country_id, format,"
            + " summary, created_by, updated_by) select r.*, $9, $9 from unnest($1::bigint[], $2::text[], $3::date[], $4::date[],"
            + " $5::text[], $6::bigint[], $7::text[], $8::text[]) r";
    private static final String ADD_PARTIES = "insert into meeting_country (meeting_id, country_id)"
            + " select * from unnest($1::bigint[], $2::bigint[])";
    private static final String ADD_PARTICIPANTS = "insert into meeting_participant (meeting_id, official_id, delegation_country_id,"
            + " role) select * from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[])";

    /** A meeting judged fit: its input, what it resolved to, and its quotes. */
    private record Fit(int index, MeetingInput input, MeetingWrites.Resolved resolved, MeetingWrites.Parties parties,
            List<StatementWrites.Quote> quotes) {
    }

    @Override
    public Uni<List<Created>> create(Tx tx, List<MeetingInput> inputs) {
        List<String> codes = new ArrayList<>();
        List<OfficialRefs.Ref> officials = new ArrayList<>();
        List<String> uncited = new ArrayList<>();
        for (MeetingInput input : inputs) {
            InputCheck gather = new InputCheck("input");
            codes.addAll(MeetingWrites.codesOf(gather, input).values());
            officials.addAll(MeetingWrites.officialsOf(gather, input).values());
            if (input.statements != null) {
                officials.addAll(StatementWrites.speakers(gather, "statements", input.statements).values());
                uncited.addAll(StatementWrites.uncited(input.statements, citedUrls(input)));
            }
        }
        return CountryRefs.find(tx, codes).chain(byCode -> OfficialRefs.find(tx, officials)
                .chain(found -> SourceWrites.recorded(tx, uncited.stream().distinct().toList()).chain(recorded -> {
                    List<Created> outcomes = new ArrayList<>();
                    List<Fit> fits = new ArrayList<>();
                    for (int i = 0; i < inputs.size(); i++) {
                        outcomes.add(judge(i, inputs.get(i), byCode, found, recorded.keySet(), fits));
                    }
                    return fits.isEmpty() ? Uni.createFrom().item(outcomes)
                            : tx.newKeys("meeting", fits.size()).chain(keys -> write(tx, fits, keys).map(written -> {
                                for (int i = 0; i < fits.size(); i++) {
                                    outcomes.set(fits.get(i).index(), Created.key(keys[i]));
                                }
                                return outcomes;
                            }));
                })));
    }

    /** The mutation's rules, in its order: the meeting's own, then its quotes' (each stage fails alone, as there). */
    private static Created judge(int index, MeetingInput input, Map<String, Long> byCode, OfficialRefs.Found found,
            Set<String> recorded, List<Fit> fits) {
        InputCheck check = new InputCheck("input");
        MeetingWrites.checkAlone(check, input);
        MeetingWrites.Resolved resolved = MeetingWrites.resolved(check, input, byCode, found);
        MeetingWrites.requireDistinct(check, MeetingWrites.participantsOf(input), resolved.officials());
        if (!check.ok()) {
            return Created.refused(check.failure());
        }
        List<StatementWrites.Quote> quotes = List.of();
        if (input.statements != null) {
            Map<String, OfficialRefs.Ref> speakers = StatementWrites.speakers(check, "statements", input.statements);
            Map<String, Long> speakerKeys = OfficialRefs.keys(check, speakers, "speakerId", "speaker", found);
            Set<String> known = new HashSet<>(recorded);
            known.addAll(citedUrls(input));
            quotes = StatementWrites.quotes(check, "statements", input.statements, speakerKeys, known);
            if (!check.ok()) {
                return Created.refused(check.failure());
            }
        }
        fits.add(new Fit(index, input, resolved, MeetingWrites.parties(check, input, resolved), quotes));
        return null;
    }

    private static Set<String> citedUrls(MeetingInput input) {
        Set<String> urls = new HashSet<>();
        if (input.sources != null) {
            input.sources.forEach(source -> urls.add(source.url.strip()));
        }
        return urls;
    }

    /** Every table in one pipeline: the statements go out together and PostgreSQL runs them in order. */
    private static Uni<Void> write(Tx tx, List<Fit> fits, long[] keys) {
        int n = fits.size();
        Long[] ids = new Long[n];
        String[] titles = new String[n];
        LocalDate[] starts = new LocalDate[n];
        LocalDate[] ends = new LocalDate[n];
        String[] cities = new String[n];
        Long[] hosts = new Long[n];
        String[] formats = new String[n];
        String[] summaries = new String[n];
        List<Long> partyMeetings = new ArrayList<>();
        List<Long> partyCountries = new ArrayList<>();
        List<Long> participantMeetings = new ArrayList<>();
        List<MeetingWrites.Participant> participants = new ArrayList<>();
        List<SourceInput> sources = new ArrayList<>();
        List<Long> citingMeetings = new ArrayList<>();
        List<String> citedUrls = new ArrayList<>();
        List<Long> quoteMeetings = new ArrayList<>();
        List<StatementWrites.Quote> quotes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Fit fit = fits.get(i);
            MeetingInput input = fit.input();
            ids[i] = keys[i];
            titles[i] = input.title.strip();
            starts[i] = input.startDate;
            ends[i] = input.endDate;
            cities[i] = input.city == null ? null : input.city.strip();
            hosts[i] = fit.resolved().countries().get("input.hostCountryCode");
            formats[i] = input.format.name();
            summaries[i] = input.summary;
            for (Long country : fit.parties().countries()) {
                partyMeetings.add(keys[i]);
                partyCountries.add(country);
            }
            for (MeetingWrites.Participant participant : fit.parties().participants()) {
                participantMeetings.add(keys[i]);
                participants.add(participant);
            }
            for (SourceInput source : input.sources == null ? List.<SourceInput> of() : input.sources) {
                sources.add(source);
                citingMeetings.add(keys[i]);
                citedUrls.add(source.url.strip());
            }
            for (StatementWrites.Quote quote : fit.quotes()) {
                quoteMeetings.add(keys[i]);
                quotes.add(quote);
            }
        }
        String actor = tx.actor().name();
        List<Uni<Void>> statements = List.of(
                tx.execute(INSERT, Tuple.tuple().addValue(ids).addValue(titles).addValue(starts).addValue(ends).addValue(cities)
                        .addValue(hosts).addValue(formats).addValue(summaries).addValue(actor)).replaceWithVoid(),
                SourceWrites.recordAll(tx, sources),
                partyMeetings.isEmpty() ? Uni.createFrom().voidItem()
                        : tx.execute(ADD_PARTIES, Tuple.of(partyMeetings.toArray(Long[]::new), partyCountries.toArray(Long[]::new)))
                                .replaceWithVoid(),
                participants.isEmpty() ? Uni.createFrom().voidItem()
                        : tx.execute(ADD_PARTICIPANTS, Tuple.of(participantMeetings.toArray(Long[]::new),
                                participants.stream().map(MeetingWrites.Participant::officialKey).toArray(Long[]::new),
                                participants.stream().map(MeetingWrites.Participant::delegationKey).toArray(Long[]::new),
                                participants.stream().map(MeetingWrites.Participant::role).toArray(String[]::new))).replaceWithVoid(),
                SourceWrites.citeAll(tx, "meeting_source", "meeting_id", citingMeetings, citedUrls),
                StatementWrites.insertAll(tx, quoteMeetings, quotes));
        return Uni.join().all(statements).andFailFast().replaceWithVoid();
    }
}
