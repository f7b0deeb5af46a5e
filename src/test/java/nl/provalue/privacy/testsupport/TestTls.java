package nl.provalue.privacy.testsupport;

import java.net.MalformedURLException;
import java.net.URL;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The test server requires HTTPS, as every portal outside the local quick start does, with the
 * self-signed certificate Liberty generated for it. Tests reach it at the HTTPS port and accept
 * that certificate (and only tests do).
 */
public final class TestTls {

    private TestTls() {}

    public static int httpsPort() {
        return Integer.getInteger("it.https.port", 9543);
    }

    /** The same server over HTTPS. */
    public static URL https(URL base) {
        if ("https".equals(base.getProtocol())) {
            return base;
        }
        try {
            return new URL("https", base.getHost(), httpsPort(), base.getFile());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Trusts the test server's self-signed certificate. */
    public static SSLContext trustingContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(
                    null,
                    new TrustManager[] {
                        new X509TrustManager() {
                            @Override
                            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                            @Override
                            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                            @Override
                            public X509Certificate[] getAcceptedIssuers() {
                                return new X509Certificate[0];
                            }
                        }
                    },
                    new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
