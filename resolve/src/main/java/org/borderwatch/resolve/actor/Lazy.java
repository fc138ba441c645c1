package org.borderwatch.resolve.actor;

import java.util.function.Supplier;

/** A bundled resource loaded once per JVM, on first use, by whichever thread asks first. */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> load;
    private volatile T value;

    Lazy(Supplier<T> load) {
        this.load = load;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) {
                    value = load.get();
                }
                v = value;
            }
        }
        return v;
    }
}
