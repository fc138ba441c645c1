package org.borderwatch.app;

import picocli.CommandLine.IVersionProvider;

final class Version implements IVersionProvider {
    static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"borderwatch " + current(), "Java " + System.getProperty("java.version")};
    }
}
