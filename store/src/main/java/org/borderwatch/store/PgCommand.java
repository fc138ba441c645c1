package org.borderwatch.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a PostgreSQL program. PostgreSQL refuses to run as root; when we are root (containers, CI)
 * the program runs in a user namespace where it is an ordinary user, while its files stay ours.
 */
final class PgCommand {
    private static final boolean ROOT = isRoot();

    private PgCommand() {
    }

    /** Runs to completion; a non-zero exit becomes a StoreException carrying the program's output. */
    static String run(Path bin, List<String> args, long timeoutSeconds) {
        List<String> command = new ArrayList<>();
        if (ROOT) {
            command.addAll(List.of("unshare", "--user", "--map-user=1000", "--map-group=1000"));
        }
        command.add(bin.toString());
        command.addAll(args);
        try {
            Path output = Files.createTempFile("borderwatch-pg", ".log");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new StoreException(bin.getFileName() + " did not finish within "
                            + timeoutSeconds + " s: " + String.join(" ", command));
                }
                String text = Files.readString(output, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new StoreException(bin.getFileName() + " failed (exit " + process.exitValue()
                            + "): " + text.strip());
                }
                return text;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new StoreException("cannot run " + bin + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while running " + bin.getFileName(), e);
        }
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
