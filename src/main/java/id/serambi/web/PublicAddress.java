package id.serambi.web;

import io.javalin.http.Context;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The address participants' phones open to join a workshop. A laptop's browser often reaches the
 * server as {@code localhost}, which on a phone is the phone itself; so the address shown is, in
 * order: the public address the server was started with ({@code --public-url}); the request's own
 * when it did not come through localhost (a trainer on the network, or a proxy that names the
 * server); else one of this machine's network addresses, which the trainer may pick.
 */
public final class PublicAddress {
    /** The cookie that keeps the network address a trainer picked for this browser. */
    public static final String PICKED_COOKIE = "serambi_alamat";

    private final Optional<String> configured;
    private final List<String> network;

    /**
     * @param configured the public address given at start, such as {@code https://serambi.polman.go.id}
     * @param network    this machine's IPv4 addresses other than loopback, the likeliest first
     */
    public PublicAddress(Optional<URI> configured, List<String> network) {
        this.configured = configured.map(PublicAddress::origin);
        this.network = List.copyOf(network);
    }

    /** What the room shows as its address, and where it came from. */
    public record Shown(String origin, Source source, List<String> choices, String picked) {
        public enum Source {
            /** the address the server was started with */
            CONFIGURED,
            /** the address the request came to */
            REQUEST,
            /** a network address of this machine, as the request came through localhost */
            NETWORK,
            /** the request came through localhost and this machine has no network address */
            NONE
        }
    }

    /** The address to show for this request; {@code picked}, one of the network addresses, wins over the first. */
    public Shown forRequest(Context ctx) {
        if (configured.isPresent()) {
            return new Shown(configured.get(), Shown.Source.CONFIGURED, List.of(), "");
        }
        URI asked = URI.create("http://" + ctx.host());
        if (!isLoopback(asked.getHost())) {
            return new Shown(Origin.of(ctx), Shown.Source.REQUEST, List.of(), "");
        }
        if (network.isEmpty()) {
            return new Shown(Origin.of(ctx), Shown.Source.NONE, List.of(), "");
        }
        String picked = Optional.ofNullable(ctx.cookie(PICKED_COOKIE)).filter(network::contains).orElse(network.get(0));
        String port = asked.getPort() < 0 ? "" : ":" + asked.getPort();
        return new Shown((Cookies.https(ctx) ? "https" : "http") + "://" + picked + port, Shown.Source.NETWORK, network,
                picked);
    }

    /** Whether {@code address} is one of this machine's network addresses, which a trainer may pick. */
    public boolean offers(String address) {
        return network.contains(address);
    }

    /** The addresses phones may open on port {@code port}, for the server's start-up lines. */
    public List<String> startLines(int port) {
        if (configured.isPresent()) {
            return List.of(configured.get());
        }
        return network.stream().map(ip -> "http://" + ip + ":" + port).toList();
    }

    static boolean isLoopback(String host) {
        if (host == null) {
            return true;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("[::1]")
                || h.equals("::1") || h.equals("0.0.0.0");
    }

    /** {@code scheme://host[:port]} of an address given at start, without any path. */
    static String origin(URI uri) {
        if (uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("not an http(s) address: " + uri);
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /**
     * This machine's IPv4 addresses other than loopback, on interfaces that are up: private
     * network addresses (a Wi-Fi or a laptop's hotspot: 192.168.x, 10.x, 172.16-31.x) first.
     */
    public static List<String> machineAddresses() {
        List<Inet4Address> found = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address v4 && !v4.isLoopbackAddress() && !v4.isLinkLocalAddress()) {
                        found.add(v4);
                    }
                }
            }
        } catch (SocketException e) {
            return List.of();
        }
        return found.stream().sorted(Comparator.comparing((Inet4Address a) -> !a.isSiteLocalAddress()))
                .map(InetAddress::getHostAddress).distinct().toList();
    }
}
