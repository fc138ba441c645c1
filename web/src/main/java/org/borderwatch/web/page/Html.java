package org.borderwatch.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Building pages: every value from the database or the request goes through {@link #esc} (document
 * texts may hold HTML), attribute values too; only our own markup is appended raw.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(4096);

    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Our markup, with {@code %s} filled by values that are escaped here. */
    Html f(String markup, Object... values) {
        Object[] escaped = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            escaped[i] = values[i] instanceof Raw r ? r.html : esc(values[i]);
        }
        out.append(String.format(java.util.Locale.ROOT, markup, escaped));
        return this;
    }

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(Object value) {
        out.append(esc(value));
        return this;
    }

    /** Markup already built (by another Html), passed to {@link #f} unescaped. */
    record Raw(String html) {
    }

    static Raw raw(Html html) {
        return new Raw(html.toString());
    }

    static Raw rawString(String html) {
        return new Raw(html);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
