package org.borderwatch.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One process per data directory. An OS file lock, so that it is released when the holder dies,
 * even by SIGKILL; the file also records the holder's pid for the error message.
 */
final class DataDirLock implements AutoCloseable {
    static final String FILE_NAME = "borderwatch.lock";

    private final RandomAccessFile file;
    private final FileLock lock;

    private DataDirLock(RandomAccessFile file, FileLock lock) {
        this.file = file;
        this.lock = lock;
    }

    static DataDirLock acquire(Path dataDir) {
        Path path = dataDir.resolve(FILE_NAME);
        RandomAccessFile file = null;
        try {
            file = new RandomAccessFile(path.toFile(), "rw");
            FileChannel channel = file.getChannel();
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = readHolder(path);
                file.close();
                throw new DataDirInUseException(dataDir, holder);
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(
                    Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(true);
            return new DataDirLock(file, lock);
        } catch (IOException e) {
            closeQuietly(file);
            throw new StoreException("cannot lock data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process, through another Database
        }
    }

    private static String readHolder(Path path) {
        try {
            return Files.readString(path, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(RandomAccessFile file) {
        if (file != null) {
            try {
                file.close();
            } catch (IOException ignored) {
                // already failing; the original error is the one to report
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            file.close();
        } catch (IOException e) {
            throw new StoreException("cannot release data directory lock: " + e.getMessage(), e);
        }
    }
}
