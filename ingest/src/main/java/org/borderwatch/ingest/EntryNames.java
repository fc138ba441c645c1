package org.borderwatch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Archive entry names as paths inside the archive. We never extract to disk, but an entry that
 * claims to live outside the archive ("../../etc/passwd", "/etc/passwd", "C:\x") is a sign of a
 * hostile archive, and its name would be a misleading origin.
 */
final class EntryNames {
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private EntryNames() {
    }

    /** The name with "." and ".." resolved and "/" separators, or empty when it escapes the root. */
    static Optional<String> normalise(String name) {
        String slashed = name.replace('\\', '/');
        if (slashed.startsWith("/") || DRIVE.matcher(slashed).matches()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String part : slashed.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** Hidden files and folders (".git", "__MACOSX" resource forks) are skipped, as on disk. */
    static boolean isHidden(String normalisedName) {
        for (String part : normalisedName.split("/")) {
            if (part.startsWith(".") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    static String fileName(String normalisedName) {
        int slash = normalisedName.lastIndexOf('/');
        return slash < 0 ? normalisedName : normalisedName.substring(slash + 1);
    }
}
