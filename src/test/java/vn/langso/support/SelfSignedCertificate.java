package vn.langso.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A certificate for localhost made when a test needs one, by the JDK's own keytool, in a PKCS12 file in a temporary
 * folder that goes when the JVM ends: no private key is ever committed. The app serves it as its TLS certificate
 * ({@code server.ssl.*}); a client trusts exactly this certificate and nothing else ({@link #trustingIt()}).
 */
public final class SelfSignedCertificate {

    public static final String ALIAS = "langso-test";

    private final Path keyStore;
    private final String password = UUID.randomUUID().toString();

    private SelfSignedCertificate(Path keyStore) {
        this.keyStore = keyStore;
    }

    /** Runs {@code keytool -genkeypair} for CN=localhost, valid for localhost and 127.0.0.1, for 2 days. */
    public static SelfSignedCertificate forLocalhost() {
        try {
            Path folder = Files.createTempDirectory("langso-tls");
            folder.toFile().deleteOnExit();
            SelfSignedCertificate certificate = new SelfSignedCertificate(folder.resolve("localhost.p12"));
            certificate.keyStore.toFile().deleteOnExit();
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", ALIAS,
                    "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=localhost",
                    "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                    "-keystore", certificate.keyStore.toString(), "-storepass", certificate.password,
                    "-keypass", certificate.password).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool could not make a certificate: " + output);
            }
            return certificate;
        } catch (IOException e) {
            throw new IllegalStateException("keytool could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The app's settings that make it serve HTTPS with this certificate. */
    public Map<String, String> serverSettings() {
        return Map.of("server.ssl.enabled", "true", "server.ssl.key-store", keyStore.toUri().toString(),
                "server.ssl.key-store-type", "PKCS12", "server.ssl.key-store-password", password,
                "server.ssl.key-alias", ALIAS);
    }

    /** A TLS context for clients that trusts this certificate only (hostnames are still checked). */
    public SSLContext trustingIt() {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore own = KeyStore.getInstance("PKCS12");
            own.load(in, password.toCharArray());
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry(ALIAS, (X509Certificate) own.getCertificate(ALIAS));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the test certificate cannot be read", e);
        }
    }
}
