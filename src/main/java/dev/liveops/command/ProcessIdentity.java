package dev.liveops.command;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.UUID;

/**
 * One running LiveOps process, as the store knows it: a random id, new on every start (a pid is reused after a
 * restart, a random id never), plus the host and pid for people reading the store.
 */
public record ProcessIdentity(String id, String host, long pid) {
    public ProcessIdentity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(host, "host");
    }

    /** This JVM, under an id no other process has. */
    public static ProcessIdentity create() {
        return new ProcessIdentity(UUID.randomUUID().toString(), hostName(), ProcessHandle.current().pid());
    }

    public String describe() {
        return id + " (" + host + ", pid " + pid + ")";
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            // The runtime's name is "pid@host" on the JVMs LiveOps runs on; enough for a person to tell hosts apart.
            return ManagementFactory.getRuntimeMXBean().getName();
        }
    }
}
