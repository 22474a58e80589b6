package io.entente.importer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
import io.entente.graphql.GlobalId;
import io.entente.graphql.NodeType;
import io.entente.meeting.MeetingInput;
import io.entente.meeting.MeetingWrites;
import io.entente.official.OfficialInput;
import io.entente.official.OfficialWrites;
import io.entente.sanction.SanctionRegimeInput;
import io.entente.sanction.SanctionWrites;
import io.entente.source.SourceInput;
import io.entente.source.SourceMutations;
import io.entente.statement.StatementInput;
import io.entente.statement.StatementWrites;
import io.entente.write.Tx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

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
                (tx, input) -> find(tx, "select id, version from country where alpha2 = $1", Tuple.of(CountryCode.normalize(input.alpha2))),
                CountryMutations::write));
        add(new ImportKind<>("Bloc", NodeType.BLOC, "bloc", BlocInput.class,
                input -> Bloc.normalizeCode(input.code),
                (tx, input) -> find(tx, "select id, version from bloc where code = $1", Tuple.of(Bloc.normalizeCode(input.code))),
                BlocMutations::writeBloc));
        add(new ImportKind<>("BlocMembership", NodeType.BLOC_MEMBERSHIP, "bloc_membership", BlocMembershipInput.class,
                input -> Bloc.normalizeCode(input.blocCode) + "|" + CountryCode.normalize(input.countryCode) + "|" + input.since,
                (tx, input) -> find(tx, "select bm.id, bm.version from bloc_membership bm join bloc b on b.id = bm.bloc_id"
                        + " join country c on c.id = bm.country_id where b.code = $1 and (c.alpha2 = $2 or c.alpha3 = $2)"
                        + " and bm.since = $3", Tuple.of(Bloc.normalizeCode(input.blocCode), CountryCode.normalize(input.countryCode),
                                input.since)),
                BlocMutations::write));
        add(new ImportKind<>("Official", NodeType.OFFICIAL, "official", OfficialInput.class,
                input -> CountryCode.normalize(input.countryCode) + "|" + input.fullName.strip(),
                (tx, input) -> find(tx, "select o.id, o.version from official o join country c on c.id = o.country_id"
                        + " where (c.alpha2 = $1 or c.alpha3 = $1) and o.full_name = $2 order by o.id limit 1",
                        Tuple.of(CountryCode.normalize(input.countryCode), input.fullName.strip())),
                OfficialWrites::write));
        add(new ImportKind<>("Meeting", NodeType.MEETING, "meeting", MeetingInput.class,
                input -> input.title.strip() + "|" + input.startDate,
                (tx, input) -> find(tx, "select id, version from meeting where title = $1 and start_date = $2 order by id limit 1",
                        Tuple.of(input.title.strip(), input.startDate)),
                MeetingWrites::write));
        add(new ImportKind<>("Event", NodeType.EVENT, "event", EventInput.class,
                input -> input.title.strip() + "|" + input.occurredOn,
                (tx, input) -> find(tx, "select id, version from event where title = $1 and occurred_on = $2 order by id limit 1",
                        Tuple.of(input.title.strip(), input.occurredOn)),
                EventWrites::write));
        add(new ImportKind<>("Source", NodeType.SOURCE, "source", SourceInput.class,
                input -> input.url.strip(),
                (tx, input) -> find(tx, "select id, version from source where url = $1", Tuple.of(input.url.strip())),
                SourceMutations::write));
        add(new ImportKind<>("SanctionRegime", NodeType.SANCTION_REGIME, "sanction_regime", SanctionRegimeInput.class,
                input -> input.name.strip(),
                (tx, input) -> find(tx, "select id, version from sanction_regime where name = $1 order by id limit 1",
                        Tuple.of(input.name.strip())),
                SanctionWrites::write));
        add(new ImportKind<>("Statement", NodeType.STATEMENT, "statement", StatementInput.class,
                ImportKinds::quoteKey,
                (tx, input) -> input.speaker == null
                        ? find(tx, "select id, version from statement where speaker_id = $1 and text = $2"
                                + " and meeting_id is null and event_id is null order by id limit 1",
                                Tuple.of(GlobalId.parse(input.speakerId, NodeType.OFFICIAL), input.text.strip()))
                        : find(tx, "select st.id, st.version from statement st join official o on o.id = st.speaker_id"
                                + " join country c on c.id = o.country_id where (c.alpha2 = $1 or c.alpha3 = $1) and o.full_name = $2"
                                + " and st.text = $3 and st.meeting_id is null and st.event_id is null order by st.id limit 1",
                                Tuple.of(CountryCode.normalize(input.speaker.countryCode), input.speaker.fullName.strip(), input.text.strip())),
                StatementWrites::write));
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

    private static Uni<ImportKind.Existing> find(Tx tx, String sql, Tuple arguments) {
        return tx.first(sql, arguments, row -> new ImportKind.Existing(row.getLong("id"), row.getInteger("version")));
    }
}
