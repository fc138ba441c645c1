package org.borderwatch.resolve.actor;

/** A registry file that cannot be read: the message names the file and the line. */
public final class RegistryFileException extends RuntimeException {
    private final String file;
    private final long line;

    public RegistryFileException(String file, long line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public RegistryFileException(String file, long line, String problem, Throwable cause) {
        this(file, line, problem);
        initCause(cause);
    }

    public String file() {
        return file;
    }

    /** The line the problem is on, from 1; 0 when it concerns the whole file. */
    public long line() {
        return line;
    }
}
