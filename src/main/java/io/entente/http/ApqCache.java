package io.entente.http;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documents automatic persisted queries have registered, by SHA-256; bounded in entries and in characters,
 * the least recently used leaving first.
 */
final class ApqCache {

    private final int maxEntries;
    private final long maxChars;
    private final LinkedHashMap<String, String> documents = new LinkedHashMap<>(64, 0.75f, true);
    private long chars;

    ApqCache(int maxEntries, long maxChars) {
        this.maxEntries = maxEntries;
        this.maxChars = maxChars;
    }

    synchronized String get(String hash) {
        return documents.get(hash);
    }

    synchronized void put(String hash, String document) {
        if (document.length() > maxChars || maxEntries < 1) {
            return;
        }
        String previous = documents.put(hash, document);
        chars += document.length() - (previous == null ? 0 : previous.length());
        Iterator<Map.Entry<String, String>> eldest = documents.entrySet().iterator();
        while (documents.size() > maxEntries || chars > maxChars) {
            chars -= eldest.next().getValue().length();
            eldest.remove();
        }
    }

    synchronized int size() {
        return documents.size();
    }

    synchronized long chars() {
        return chars;
    }
}
