package io.entente.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.entente.bloc.BlocQueries;
import io.entente.country.CountryQueries;
import io.entente.db.Database;
import io.entente.db.MixedLoader;
import io.entente.event.EventQueries;
import io.entente.graphql.SearchResult;
import io.entente.meeting.MeetingQueries;
import io.entente.official.OfficialQueries;
import io.entente.paging.SqlQuery;
import io.entente.sanction.SanctionQueries;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Ranks matches of every searchable type in one statement. Scores are comparable across types: 1 for an
 * exact code, {@code word_similarity} (pg_trgm) for names and titles, 0.9 for a literal substring of a title
 * (which is how "2+2" matches, having no trigram-sized words), and {@code ts_rank} for full-text hits in
 * summaries and descriptions.
 */
@ApplicationScoped
public class SearchQueries {

    // $1 the text, $2 the text in upper case (codes), $3 the text as an ILIKE pattern
    private static final String RANKED = "select kind, key from ("
            + " select 'COUNTRY' as kind, c.id as key, greatest(case when c.alpha2 = $2 or c.alpha3 = $2 then 1.0 else 0 end,"
            + "   word_similarity($1, c.name), word_similarity($1, coalesce(c.official_name, ''))) as score"
            + " from country c where c.alpha2 = $2 or c.alpha3 = $2 or c.name ilike $3 or c.official_name ilike $3"
            + "   or $1 <% c.name or $1 <% c.official_name"
            + " union all select 'BLOC', b.id, greatest(case when b.code = $2 then 1.0 else 0 end, word_similarity($1, b.name))"
            + " from bloc b where b.code = $2 or b.name ilike $3 or $1 <% b.name"
            + " union all select 'OFFICIAL', o.id, greatest(word_similarity($1, o.full_name),"
            + "   (select max(word_similarity($1, alias)) from unnest(o.aliases) alias))"
            + " from official o where o.full_name ilike $3 or $1 <% o.full_name"
            + "   or exists (select 1 from unnest(o.aliases) alias where alias ilike $3)"
            + " union all select 'MEETING', m.id, greatest(word_similarity($1, m.title), case when m.title ilike $3 then 0.9 else 0 end,"
            + "   ts_rank(m.search_doc, websearch_to_tsquery('english', $1)))"
            + " from meeting m where m.title ilike $3 or $1 <% m.title or m.search_doc @@ websearch_to_tsquery('english', $1)"
            + " union all select 'EVENT', e.id, greatest(word_similarity($1, e.title), case when e.title ilike $3 then 0.9 else 0 end,"
            + "   ts_rank(e.search_doc, websearch_to_tsquery('english', $1)))"
            + " from event e where e.title ilike $3 or $1 <% e.title or e.search_doc @@ websearch_to_tsquery('english', $1)"
            + " union all select 'SANCTION_REGIME', r.id, greatest(word_similarity($1, r.name),"
            + "   case when r.name ilike $3 or r.legal_basis ilike $3 then 0.8 else 0 end)"
            + " from sanction_regime r where r.name ilike $3 or r.legal_basis ilike $3 or $1 <% r.name"
            + ") matches order by score desc, kind, key limit $4";

    private final Database db;
    private final MixedLoader<SearchResult> loader;

    public SearchQueries(Database db, CountryQueries countries, BlocQueries blocs, OfficialQueries officials,
            MeetingQueries meetings, EventQueries events, SanctionQueries sanctions) {
        this.db = db;
        this.loader = new MixedLoader<SearchResult>()
                .kind("COUNTRY", countries::byKeys)
                .kind("BLOC", blocs::byKeys)
                .kind("OFFICIAL", officials::byKeys)
                .kind("MEETING", meetings::byKeys)
                .kind("EVENT", events::byKeys)
                .kind("SANCTION_REGIME", sanctions::byKeys);
    }

    Uni<List<SearchResult>> find(String text, int limit) {
        Tuple arguments = Tuple.of(text, text.toUpperCase(Locale.ROOT), SqlQuery.containsPattern(text), limit);
        return db.execute(RANKED, arguments).chain(rows -> {
            List<String> kinds = new ArrayList<>();
            List<Long> keys = new ArrayList<>();
            for (Row row : rows) {
                kinds.add(row.getString("kind"));
                keys.add(row.getLong("key"));
            }
            return loader.load(kinds, keys);
        });
    }
}
