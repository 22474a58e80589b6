package io.entente.db;

import org.hibernate.engine.spi.SelfDirtinessTracker;

/** What the entities' {@code from(Row)} mappers share. */
public final class Rows {

    private Rows() {
    }

    /**
     * A new entity with Hibernate's dirty tracking off. Quarkus enhances entities so that every field set is
     * recorded (copying the tracker's array each time) for a Hibernate session to flush; rows mapped here are read
     * for GraphQL and never written back through Hibernate (writes are SQL statements, {@code io.entente.write}),
     * and a nest of 2,000 participants set some 20,000 fields.
     */
    public static <T> T untracked(T entity) {
        if (entity instanceof SelfDirtinessTracker tracker) {
            tracker.$$_hibernate_suspendDirtyTracking(true);
        }
        return entity;
    }
}
