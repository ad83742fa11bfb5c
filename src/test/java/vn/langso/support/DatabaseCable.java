package vn.langso.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test-only TCP proxy between the app and its database: the cable that can be pulled. While cut, every open
 * connection is dropped and new ones are refused at once, as when the database server is stopped; restoring it lets
 * connections through again. The app is pointed at {@link #port()} instead of the database's own port.
 */
public final class DatabaseCable implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile boolean cut;
    private volatile boolean closed;

    public DatabaseCable(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        listener = new ServerSocket();
        listener.bind(new InetSocketAddress("127.0.0.1", 0));
        Thread.ofVirtual().name("database-cable").start(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Drops every open connection and refuses new ones until {@link #restore()}. */
    public void cut() {
        cut = true;
        for (Socket socket : open) {
            dropped.incrementAndGet();
            quietlyClose(socket);
        }
    }

    public void restore() {
        cut = false;
    }

    /** Connections dropped or refused while cut. */
    public int dropped() {
        return dropped.get();
    }

    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException stopped) {
                return;
            }
            if (cut) {
                dropped.incrementAndGet();
                quietlyClose(client);
                continue;
            }
            try {
                Socket server = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(server);
                Thread.ofVirtual().start(() -> pipe(client, server));
                Thread.ofVirtual().start(() -> pipe(server, client));
            } catch (IOException unreachable) {
                quietlyClose(client);
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0;) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException droppedOrClosed) {
            // either side went away: close both below
        } finally {
            quietlyClose(from);
            quietlyClose(to);
        }
    }

    private void quietlyClose(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        open.forEach(this::quietlyClose);
    }
}
