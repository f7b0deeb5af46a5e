package nl.provalue.privacy.application;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Names this server among several that share one database: host, server name and process. */
public final class NodeIdentity {

    private static final String ID = compute();

    private NodeIdentity() {}

    public static String id() {
        return ID;
    }

    private static String compute() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String server = System.getProperty("wlp.server.name", "server");
        String id = host + "/" + server + "/" + ProcessHandle.current().pid();
        return id.length() <= 120 ? id : id.substring(0, 120);
    }
}
