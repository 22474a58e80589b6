package io.entente.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which columns a select list holds for the fields a query shows; {@link SelectedColumnsTest} checks the answers. */
class SelectListTest {

    private static final SelectList MEETING = SelectList.always("m.id, m.title")
            .when("city", "m.city")
            .whenAny(java.util.List.of("hostCountry", "hostCity"), "m.host_country_id")
            .withAudit("m");

    @Test
    void everythingSelectedReadsEveryColumnInDeclaredOrder() {
        String all = "m.id, m.title, m.city, m.host_country_id, m.version, m.created_at, m.updated_at, m.created_by, m.updated_by";
        assertEquals(all, MEETING.all());
        assertEquals(all, MEETING.forFields(null));
    }

    @Test
    void fieldsWithoutColumnsOfTheirOwnReadOnlyTheAlwaysColumns() {
        assertEquals("m.id, m.title", MEETING.forFields(Set.of()));
        assertEquals("m.id, m.title", MEETING.forFields(Set.of("id", "title", "participants", "__typename")));
    }

    @Test
    void aSelectedFieldBringsItsColumnsOnce() {
        assertEquals("m.id, m.title, m.host_country_id", MEETING.forFields(Set.of("hostCountry", "hostCity")));
        assertEquals("m.id, m.title, m.city, m.version, m.created_at, m.updated_at, m.created_by, m.updated_by",
                MEETING.forFields(Set.of("updatedBy", "city")));
        // asked again: the same text, so the driver's prepared statement is reused
        assertEquals(MEETING.forFields(Set.of("city", "updatedBy")), MEETING.forFields(Set.of("updatedBy", "city")));
    }

    @Test
    void tooManyOptionalPartsAreRefusedWhenTheListIsDeclared() {
        SelectList list = SelectList.always("t.id");
        for (int i = 0; i < 10; i++) {
            list = list.when("f" + i, "t.c" + i);
        }
        SelectList full = list;
        assertThrows(IllegalArgumentException.class, () -> full.when("f10", "t.c10"));
    }
}
