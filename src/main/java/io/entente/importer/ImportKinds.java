package io.entente.importer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.entente.bloc.Bloc;
import io.entente.bloc.BlocInput;
import io.entente.bloc.BlocMembershipInput;
import io.entente.bloc.BlocMutations;
import io.entente.country.CountryCode;
import io.entente.country.CountryInput;
import io.entente.country.CountryMutations;
import io.entente.event.EventInput;
import io.entente.event.EventWrites;
import io.entente.graphql.ApiError;
import io.entente.graphql.ErrorCode;
import io.entente.graphql.NodeType;
import io.entente.meeting.MeetingBatchCreate;
import io.entente.meeting.MeetingInput;
import io.entente.meeting.MeetingWrites;
import io.entente.official.OfficialBatchCreate;
import io.entente.official.OfficialInput;
import io.entente.official.OfficialWrites;
import io.entente.sanction.SanctionRegimeInput;
import io.entente.sanction.SanctionWrites;
import io.entente.source.SourceInput;
import io.entente.source.SourceMutations;
import io.entente.statement.StatementInput;
import io.entente.statement.StatementWrites;
import io.entente.write.Refs;

/**
 * The types an import file can hold, by the {@code type} its lines name, each with its natural key:
 * a country by alpha-2 code, a bloc by code, a membership by bloc, country and start, an official by country and
 * full name, a meeting by title and start date, an event by title and date, a sanction regime by name, a source by
 * URL, a quote of no meeting
 * or event by speaker and words (quotes of a meeting come with the meeting).
 */
final class ImportKinds {

    private static final Map<String, ImportKind<?>> BY_TYPE = new LinkedHashMap<>();

    static {
        add(new ImportKind<>("Country", NodeType.COUNTRY, "country", CountryInput.class,
                input -> CountryCode.normalize(input.alpha2),
                finder("select r.ord, t.id, t.version from unnest($1::text[]) with ordinality r(code, ord)"
                        + " join country t on t.alpha2 = r.code", List.of(String.class), input -> row(CountryCode.normalize(input.alpha2))),
                CountryMutations::write, null));
        add(new ImportKind<>("Bloc", NodeType.BLOC, "bloc", BlocInput.class,
                input -> Bloc.normalizeCode(input.code),
                finder("select r.ord, t.id, t.version from unnest($1::text[]) with ordinality r(code, ord)"
                        + " join bloc t on t.code = r.code", List.of(String.class), input -> row(Bloc.normalizeCode(input.code))),
                BlocMutations::writeBloc, null));
        add(new ImportKind<>("BlocMembership", NodeType.BLOC_MEMBERSHIP, "bloc_membership", BlocMembershipInput.class,
                input -> Bloc.normalizeCode(input.blocCode) + "|" + CountryCode.normalize(input.countryCode) + "|" + input.since,
                finder("select distinct on (r.ord) r.ord, bm.id, bm.version"
                        + " from unnest($1::text[], $2::text[], $3::date[]) with ordinality r(bloc, country, since, ord)"
                        + " join bloc b on b.code = r.bloc join country c on c.alpha2 = r.country or c.alpha3 = r.country"
                        + " join bloc_membership bm on bm.bloc_id = b.id and bm.country_id = c.id and bm.since = r.since order by r.ord, bm.id",
                        List.of(String.class, String.class, LocalDate.class),
                        input -> row(Bloc.normalizeCode(input.blocCode), CountryCode.normalize(input.countryCode), input.since)),
                BlocMutations::write, null));
        add(new ImportKind<>("Official", NodeType.OFFICIAL, "official", OfficialInput.class,
                input -> CountryCode.normalize(input.countryCode) + "|" + input.fullName.strip(),
                finder("select distinct on (r.ord) r.ord, o.id, o.version from unnest($1::text[], $2::text[]) with ordinality"
                        + " r(country, name, ord) join country c on c.alpha2 = r.country or c.alpha3 = r.country"
                        + " join official o on o.country_id = c.id and o.full_name = r.name order by r.ord, o.id",
                        List.of(String.class, String.class), input -> row(CountryCode.normalize(input.countryCode), input.fullName.strip())),
                OfficialWrites::write, new OfficialBatchCreate()));
        add(new ImportKind<>("Meeting", NodeType.MEETING, "meeting", MeetingInput.class,
                input -> input.title.strip() + "|" + input.startDate,
                finder("select distinct on (r.ord) r.ord, t.id, t.version from unnest($1::text[], $2::date[]) with ordinality"
                        + " r(title, day, ord) join meeting t on t.title = r.title and t.start_date = r.day order by r.ord, t.id",
                        List.of(String.class, LocalDate.class), input -> row(input.title.strip(), input.startDate)),
                MeetingWrites::write, new MeetingBatchCreate()));
        add(new ImportKind<>("Event", NodeType.EVENT, "event", EventInput.class,
                input -> input.title.strip() + "|" + input.occurredOn,
                finder("select distinct on (r.ord) r.ord, t.id, t.version from unnest($1::text[], $2::date[]) with ordinality"
                        + " r(title, day, ord) join event t on t.title = r.title and t.occurred_on = r.day order by r.ord, t.id",
                        List.of(String.class, LocalDate.class), input -> row(input.title.strip(), input.occurredOn)),
                EventWrites::write, null));
        add(new ImportKind<>("Source", NodeType.SOURCE, "source", SourceInput.class,
                input -> input.url.strip(),
                finder("select r.ord, t.id, t.version from unnest($1::text[]) with ordinality r(url, ord) join source t on t.url = r.url",
                        List.of(String.class), input -> row(input.url.strip())),
                SourceMutations::write, null));
        add(new ImportKind<>("SanctionRegime", NodeType.SANCTION_REGIME, "sanction_regime", SanctionRegimeInput.class,
                input -> input.name.strip(),
                finder("select distinct on (r.ord) r.ord, t.id, t.version from unnest($1::text[]) with ordinality r(name, ord)"
                        + " join sanction_regime t on t.name = r.name order by r.ord, t.id", List.of(String.class), input -> row(input.name.strip())),
                SanctionWrites::write, null));
        add(new ImportKind<>("Statement", NodeType.STATEMENT, "statement", StatementInput.class,
                ImportKinds::quoteKey,
                // by the speaker's id, or by country and name: either way the quote of no meeting or event with the same words
                finder("select distinct on (r.ord) r.ord, st.id, st.version"
                        + " from unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) with ordinality r(speaker, country, name, words, ord)"
                        + " join statement st on st.text = r.words and st.meeting_id is null and st.event_id is null"
                        + " and (st.speaker_id = r.speaker or (r.speaker is null and st.speaker_id in (select o.id from official o"
                        + " join country c on c.id = o.country_id where (c.alpha2 = r.country or c.alpha3 = r.country) and o.full_name = r.name)))"
                        + " order by r.ord, st.id",
                        List.of(Long.class, String.class, String.class, String.class),
                        input -> input.speaker == null
                                ? row(Refs.keyOrNull(input.speakerId, NodeType.OFFICIAL), null, null, input.text.strip())
                                : row(null, CountryCode.normalize(input.speaker.countryCode), input.speaker.fullName.strip(), input.text.strip())),
                StatementWrites::write, null));
    }

    private ImportKinds() {
    }

    private static void add(ImportKind<?> kind) {
        BY_TYPE.put(kind.type().toLowerCase(Locale.ROOT), kind);
    }

    /** The kind a line's {@code type} names (case-insensitive), or null. */
    static ImportKind<?> of(String type) {
        return type == null ? null : BY_TYPE.get(type.toLowerCase(Locale.ROOT));
    }

    static String names() {
        return String.join(", ", BY_TYPE.values().stream().map(ImportKind::type).toList());
    }

    /** A quote of no meeting or event (an interview) is known by its speaker and words. */
    private static String quoteKey(StatementInput input) {
        if ((input.speakerId == null) == (input.speaker == null)) {
            throw new ApiError(ErrorCode.BAD_USER_INPUT, "give either speakerId or speaker.", "input.speakerId");
        }
        String speaker = input.speaker == null ? input.speakerId
                : CountryCode.normalize(input.speaker.countryCode) + "|" + input.speaker.fullName.strip();
        return speaker + "|" + input.text.strip();
    }

    private static <I> ImportKind.Finder<I> finder(String sql, List<Class<?>> parts, Function<I, Object[]> values) {
        return new ImportKind.Finder<>(sql, parts, values);
    }

    private static Object[] row(Object... values) {
        return values;
    }
}
