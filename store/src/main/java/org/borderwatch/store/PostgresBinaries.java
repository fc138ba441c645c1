package org.borderwatch.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server shipped inside our jar (the zonky binaries artifact), unpacked once into the
 * data directory. Unpacking goes to a temporary folder renamed into place, so a crash mid-way leaves
 * nothing half-made behind.
 */
final class PostgresBinaries {
    private PostgresBinaries() {
    }

    /** The folder holding bin/, lib/ and share/, unpacked under {@code root} if not already there. */
    static Path unpack(Path root) {
        String resource = resourceName();
        try {
            String digest = digestOf(resource);
            Path target = root.resolve(digest.substring(0, 16));
            if (Files.isDirectory(target.resolve("bin"))) {
                return target;
            }
            Files.createDirectories(root);
            Path staging = Files.createTempDirectory(root, "unpacking-");
            try (InputStream in = open(resource);
                 TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(in))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    write(staging, entry, tar);
                }
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                deleteTree(staging); // another process finished first; its copy is as good as ours
            }
            return target;
        } catch (IOException e) {
            throw new StoreException("cannot unpack the embedded PostgreSQL into " + root + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path staging, TarArchiveEntry entry, InputStream tar) throws IOException {
        Path path = staging.resolve(entry.getName()).normalize();
        if (!path.startsWith(staging)) {
            throw new IOException("archive entry escapes its folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(path);
        } else if (entry.isSymbolicLink()) {
            Files.createDirectories(path.getParent());
            Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
        } else {
            Files.createDirectories(path.getParent());
            Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
            boolean executable = (entry.getMode() & 0100) != 0 || entry.getName().matches("(\\./)?bin/.*");
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
        }
    }

    private static String resourceName() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new StoreException("the embedded PostgreSQL is bundled for Linux x86-64 only (this is "
                    + os + " " + arch + "); use --db jdbc:postgresql://host/db with a PostgreSQL server");
        }
        return "postgres-linux-x86_64.txz";
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = PostgresBinaries.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + " is missing from the classpath");
        }
        return new BufferedInputStream(in, 1 << 16);
    }

    private static String digestOf(String resource) throws IOException {
        try (DigestInputStream in = new DigestInputStream(open(resource), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
