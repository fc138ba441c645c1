package org.borderwatch.app.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A deterministic split of a gold set into two halves by a hash of each item's id, so that rules can
 * be tuned while looking at the errors of one half ({@link #TUNE}) and checked on the other
 * ({@link #CHECK}): a large gap between the two means the rules fit the items rather than the language.
 * An item's half depends only on its id (the lowest bit of the first byte of its id's SHA-256), never
 * on the file's order or size.
 */
public enum Half {
    ALL, TUNE, CHECK;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Half parse(String value) {
        for (Half h : values()) {
            if (h.label().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return h;
            }
        }
        throw new IllegalArgumentException("--half must be all, tune or check, was '" + value + "'");
    }

    /** Whether the item with this id belongs to this half. */
    public boolean contains(String id) {
        return switch (this) {
            case ALL -> true;
            case TUNE -> (firstByte(id) & 1) == 0;
            case CHECK -> (firstByte(id) & 1) == 1;
        };
    }

    /** The items of this half, in their order, at most {@code limit} of them. */
    <T> List<T> take(List<T> items, Function<T, String> id, int limit) {
        List<T> out = new ArrayList<>();
        for (T item : items) {
            if (out.size() >= limit) {
                break;
            }
            if (contains(id.apply(item))) {
                out.add(item);
            }
        }
        return out;
    }

    private static int firstByte(String id) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8))[0];
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
