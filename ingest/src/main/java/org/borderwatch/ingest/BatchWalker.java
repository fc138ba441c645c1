package org.borderwatch.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Expands the paths a user gave into the files to read, in a stable order: directories recursively
 * and sorted by name, hidden files and folders skipped (".git"). The list is built up front so that
 * progress can be shown against a known total.
 */
final class BatchWalker {
    /** One file to read, or a path that is rejected before reading (problem set). */
    record Item(Path path, long size, boolean archive, String problem) {
        static Item rejected(Path path, String problem) {
            return new Item(path, 0, false, problem);
        }
    }

    private BatchWalker() {
    }

    static List<Item> expand(List<Path> paths) {
        List<Item> items = new ArrayList<>();
        for (Path path : paths) {
            // A path the user names is read even when hidden: they asked for it.
            visit(path, items, true);
        }
        return items;
    }

    private static void visit(Path path, List<Item> items, boolean namedByUser) {
        // Inside a tree, symbolic links to folders are not followed, so a link loop cannot trap us.
        LinkOption[] follow = namedByUser ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        if (!Files.exists(path, follow) && !Files.isSymbolicLink(path)) {
            items.add(Item.rejected(path, Problems.NO_SUCH_FILE));
        } else if (Files.isDirectory(path, follow)) {
            visitDirectory(path, items);
        } else if (Files.isDirectory(path)) {
            items.add(Item.rejected(path, Problems.SYMLINKED_DIRECTORY));
        } else if (!Files.isRegularFile(path)) {
            items.add(Item.rejected(path, Files.exists(path) ? Problems.NOT_REGULAR_FILE : Problems.NO_SUCH_FILE));
        } else {
            items.add(new Item(path, sizeOf(path), isArchive(path), null));
        }
    }

    private static void visitDirectory(Path dir, List<Item> items) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path child : stream) {
                if (!isHidden(child)) {
                    children.add(child);
                }
            }
        } catch (IOException e) {
            items.add(Item.rejected(dir, Problems.cannotRead(IoReasons.of(e))));
            return;
        }
        children.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path child : children) {
            visit(child, items, false);
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isArchive(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }
}
