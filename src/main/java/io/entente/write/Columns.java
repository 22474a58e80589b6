package io.entente.write;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import io.vertx.mutiny.sqlclient.Tuple;

/** Column names and values, in order, for an insert or an update. */
public final class Columns {

    private final List<String> names = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    public Columns set(String name, Object value) {
        names.add(name);
        values.add(value);
        return this;
    }

    int size() {
        return names.size();
    }

    List<Object> values() {
        return values;
    }

    String names() {
        return String.join(", ", names);
    }

    Tuple arguments() {
        Tuple tuple = Tuple.tuple();
        values.forEach(tuple::addValue);
        return tuple;
    }

    String placeholders(int firstParameter) {
        StringJoiner joiner = new StringJoiner(", ");
        for (int i = 0; i < names.size(); i++) {
            joiner.add("$" + (firstParameter + i));
        }
        return joiner.toString();
    }

    String assignments(int firstParameter) {
        StringJoiner joiner = new StringJoiner(", ");
        for (int i = 0; i < names.size(); i++) {
            joiner.add(names.get(i) + " = $" + (firstParameter + i));
        }
        return joiner.toString();
    }
}
