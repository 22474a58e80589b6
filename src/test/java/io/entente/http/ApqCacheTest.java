package io.entente.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The registry of automatic persisted queries stays within its entries and its characters. */
class ApqCacheTest {

    @Test
    void theLeastRecentlyUsedLeavesFirstPastTheEntryLimit() {
        ApqCache cache = new ApqCache(2, 1000);
        cache.put("a", "{ a }");
        cache.put("b", "{ b }");
        cache.get("a");
        cache.put("c", "{ c }");
        assertEquals("{ a }", cache.get("a"));
        assertNull(cache.get("b"));
        assertEquals("{ c }", cache.get("c"));
        assertEquals(2, cache.size());
    }

    @Test
    void documentsLeavePastTheCharacterLimitAndOneTooLongIsNotKept() {
        ApqCache cache = new ApqCache(100, 12);
        cache.put("a", "12345");
        cache.put("b", "12345");
        cache.put("c", "12345");
        assertNull(cache.get("a"));
        assertEquals(10, cache.chars());
        cache.put("d", "x".repeat(13));
        assertNull(cache.get("d"));
        assertEquals(2, cache.size());
    }
}
