package io.entente.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The select list of a table whose rows become one GraphQL type: the columns always read (the key, and the
 * columns that cursors, batches and grouping are made of) and the columns read only when a field that shows them
 * is selected. A page of 50 meetings with their participants' names read a meeting's summary, city, format and
 * audit columns and each official's aliases and birth date for an answer that shows none of them: more than half
 * of the values PostgreSQL sent and the driver decoded.
 *
 * <p>A mapper reads the optional columns with {@link Rows}' {@code optional} readers, which give null for a column
 * the statement left out; the fields they fill are then not in the answer.
 */
public final class SelectList {

    private record Part(List<String> fields, String columns) {
    }

    private final String always;
    private final List<Part> optional;
    private final String all;
    /** The select list for each set of optional parts, by bit mask: a few per type in practice, each built once. */
    private final AtomicReferenceArray<String> byParts;

    private SelectList(String always, List<Part> optional) {
        if (optional.size() > 10) {
            throw new IllegalArgumentException("At most 10 optional parts: " + optional.size());
        }
        this.always = always;
        this.optional = optional;
        this.byParts = new AtomicReferenceArray<>(1 << optional.size());
        this.all = listOf((1 << optional.size()) - 1);
    }

    /** The columns read whatever is selected, as a select list ({@code m.id, m.title}). */
    public static SelectList always(String columns) {
        return new SelectList(columns, List.of());
    }

    /** Also {@code columns}, when the field named {@code field} is selected. */
    public SelectList when(String field, String columns) {
        return whenAny(List.of(field), columns);
    }

    /** Also {@code columns}, when any of the fields named {@code fields} is selected. */
    public SelectList whenAny(List<String> fields, String columns) {
        List<Part> parts = new ArrayList<>(optional);
        parts.add(new Part(List.copyOf(fields), columns));
        return new SelectList(always, parts);
    }

    /** Also the audit columns of the table aliased {@code alias}, when any audit field is selected. */
    public SelectList withAudit(String alias) {
        return whenAny(Audited.FIELDS, Audited.auditColumns(alias));
    }

    /** Every column: for reads whose rows serve more than one selection (by key, a mutation's answer). */
    public String all() {
        return all;
    }

    /**
     * The columns the fields selected at {@code path} ("" for its own objects) below the batch field being resolved
     * need ({@link Selection#ofBatch()}).
     */
    public String forBatch(String path) {
        return forFields(Selection.ofBatch().namesAt(path));
    }

    /** The same below the root field whose resolver runs ({@link Selection#ofRootField()}). */
    public String forRootField(String path) {
        return forFields(Selection.ofRootField().namesAt(path));
    }

    /** The columns the named fields need; every column for null (everything selected). */
    String forFields(Set<String> names) {
        if (names == null) {
            return all;
        }
        int parts = 0;
        for (int i = 0; i < optional.size(); i++) {
            if (optional.get(i).fields.stream().anyMatch(names::contains)) {
                parts |= 1 << i;
            }
        }
        String list = byParts.get(parts);
        if (list == null) {
            list = listOf(parts);
            byParts.set(parts, list);
        }
        return list;
    }

    private String listOf(int parts) {
        StringBuilder list = new StringBuilder(always);
        for (int i = 0; i < optional.size(); i++) {
            if ((parts & 1 << i) != 0) {
                list.append(", ").append(optional.get(i).columns);
            }
        }
        return list.toString();
    }
}
