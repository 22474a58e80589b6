package io.entente.live;

/** What a change notification is about, named as the triggers of {@code V2__writes.sql} name it. */
enum Topic {
    MEETING,
    EVENT,
    SANCTION_REGIME
}
