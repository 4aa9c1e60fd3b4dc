package org.ratenet.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.apache.spark.SparkMasterRegex$;

/**
 * What ratenet checks of a Spark master URL before Spark starts, so that a bad one is bad input (named, nothing written)
 * instead of a Spark failure after the sweep's folder exists: its form, by Spark's own patterns for the local masters
 * with every count at least 1 (Spark takes {@code local[0]} apart only when it starts),
 * {@code spark://HOST:PORT[,HOST:PORT...]} with a port for each master, else {@code yarn} or {@code SCHEME://...}
 * (Spark's cluster managers decide the rest); and, for a standalone cluster, that one of its masters accepts a
 * connection (else Spark would retry for a minute and then stop the application).
 */
final class MasterUrl {

    /** How long to wait for a standalone master to accept a connection. */
    static final int CONNECT_TIMEOUT_MS = 5000;
    private static final String ALLOWED = "must be local, local[N] (N >= 1 threads), local[*], local[N,F] (F >= 1 tries per task), "
            + "spark://HOST:PORT, yarn or k8s://HOST:PORT";
    private static final String STANDALONE = "spark://";

    private MasterUrl() {
    }

    /** Rejects a master URL Spark cannot use, by name and value. */
    static void checkForm(String master) {
        SparkMasterRegex$ patterns = SparkMasterRegex$.MODULE$;
        if (master.equals("local")) {
            return;
        }
        Matcher local = Stream.of(patterns.LOCAL_N_REGEX(), patterns.LOCAL_N_FAILURES_REGEX(), patterns.LOCAL_CLUSTER_REGEX())
                .map(r -> r.pattern().matcher(master)).filter(Matcher::matches).findFirst().orElse(null);
        if (local != null) {
            for (int g = 1; g <= local.groupCount(); g++) {
                String count = local.group(g);
                if (!count.equals("*") && !positiveInt(count)) {
                    throw notAllowed(master, "; " + count + " is not a count from 1 to " + Integer.MAX_VALUE);
                }
            }
            return;
        }
        if (master.startsWith(STANDALONE)) {
            masters(master);
            return;
        }
        if (master.startsWith("local") || !(master.equals("yarn") || master.matches("[a-z0-9+.-]+://\\S+"))) {
            throw notAllowed(master, "");
        }
    }

    /**
     * For a standalone cluster ({@code spark://}), throws unless one of its masters accepts a TCP connection within
     * {@link #CONNECT_TIMEOUT_MS}; other masters are not probed.
     */
    static void checkAnswers(String master) {
        if (!master.startsWith(STANDALONE)) {
            return;
        }
        List<String> failures = new ArrayList<>();
        for (URI uri : masters(master)) {
            InetSocketAddress address = new InetSocketAddress(uri.getHost(), uri.getPort());
            if (address.isUnresolved()) {
                failures.add(uri.getHost() + ":" + uri.getPort() + " (unknown host)");
                continue;
            }
            try (Socket socket = new Socket()) {
                socket.connect(address, CONNECT_TIMEOUT_MS);
                return;
            } catch (IOException e) {
                failures.add(uri.getHost() + ":" + uri.getPort() + " (" + e.getMessage() + ")");
            }
        }
        throw new IllegalArgumentException("--master = '" + master + "': no Spark master answers at " + String.join(", ", failures)
                + "; start one (sbin/start-master.sh) or give the URL its log prints");
    }

    /** The masters of a standalone URL, each with its host and port. */
    private static List<URI> masters(String master) {
        List<URI> addresses = new ArrayList<>();
        for (String hostPort : master.substring(STANDALONE.length()).split(",", -1)) {
            URI uri;
            try {
                uri = new URI(STANDALONE + hostPort.trim());
            } catch (URISyntaxException e) {
                throw notAllowed(master, "; '" + hostPort + "' is not HOST:PORT");
            }
            if (uri.getHost() == null || uri.getPort() < 1 || uri.getPath() != null && !uri.getPath().isEmpty()) {
                throw notAllowed(master, "; '" + hostPort + "' is not HOST:PORT");
            }
            addresses.add(uri);
        }
        return addresses;
    }

    private static boolean positiveInt(String digits) {
        String significant = digits.replaceFirst("^0+(?=.)", "");
        if (significant.length() > 10) {
            return false;
        }
        long count = Long.parseLong(significant);
        return count >= 1 && count <= Integer.MAX_VALUE;
    }

    private static IllegalArgumentException notAllowed(String master, String detail) {
        return new IllegalArgumentException("--master = '" + master + "' is not allowed: " + ALLOWED + detail);
    }
}
