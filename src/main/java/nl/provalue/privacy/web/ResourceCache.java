package nl.provalue.privacy.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Versioned static resources (PrimeFaces' scripts and theme, the portal's own styles) served from
 * memory after the first request, plain and gzip-compressed, as fast as a static file. Without it
 * every request reads the resource out of its jar, PrimeFaces' theme evaluates the expressions in
 * its CSS again, and the compression runs again: 45 requests a second for the theme against 2,600
 * for a static file. What is under a versioned address never changes, so nothing is ever stale.
 * Only successful answers are kept, at most {@link #MAX_ENTRIES} and {@link #MAX_BYTES} (least
 * recently used go first), so made-up versions cannot fill the memory.
 */
final class ResourceCache {

    static final int MAX_ENTRIES = 400;
    static final long MAX_BYTES = 64L << 20;
    /** A resource larger than this is not kept. */
    static final int MAX_ENTRY_BYTES = 4 << 20;

    /** What one address answered: its type, its bytes, and the same compressed (or null). */
    record Entry(String contentType, byte[] plain, byte[] gzip) {
        long size() {
            return plain.length + (gzip == null ? 0 : gzip.length);
        }
    }

    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /** Answers from memory, or lets the chain answer once and keeps what it said. */
    void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = request.getRequestURI() + '?' + request.getQueryString();
        Entry entry = get(key);
        if (entry == null) {
            Capture capture = new Capture(response);
            chain.doFilter(request, capture);
            if (!capture.keepable()) {
                capture.release();
                return;
            }
            entry = new Entry(
                    capture.getContentType(),
                    capture.body(),
                    compressible(capture.getContentType()) ? gzip(capture.body()) : null);
            put(key, entry);
        }
        write(entry, request, response);
    }

    synchronized Entry get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, Entry entry) {
        Entry old = entries.put(key, entry);
        bytes += entry.size() - (old == null ? 0 : old.size());
        var eldest = entries.entrySet().iterator();
        while ((entries.size() > MAX_ENTRIES || bytes > MAX_BYTES) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().size();
            eldest.remove();
        }
    }

    synchronized int size() {
        return entries.size();
    }

    private static void write(Entry entry, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean gzip = entry.gzip() != null && acceptsGzip(request.getHeader("Accept-Encoding"));
        byte[] body = gzip ? entry.gzip() : entry.plain();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(entry.contentType());
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** Whether the browser takes gzip: named in Accept-Encoding, and not with q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] p = part.trim().split(";");
            if (p[0].trim().equals("gzip") || p[0].trim().equals("*")) {
                for (int i = 1; i < p.length; i++) {
                    String q = p[i].trim().replace(" ", "");
                    if (q.matches("q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Text is worth compressing; images and fonts are compressed already. */
    static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/")
                || type.contains("javascript")
                || type.contains("json")
                || type.contains("xml")
                || type.startsWith("image/svg");
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(plain);
        }
        return out.toByteArray();
    }

    /**
     * Holds back what the resource handler writes. A successful answer is kept and then sent
     * from memory; anything else (an error, a 304) goes out as it was written.
     */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private int status = SC_OK;
        private boolean error;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletResponse response) {
            super(response);
        }

        boolean keepable() {
            return !error
                    && status == SC_OK
                    && getContentType() != null
                    && body.size() > 0
                    && body.size() <= MAX_ENTRY_BYTES;
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return body.toByteArray();
        }

        /** Sends on what was held back, when it is not to be kept. */
        void release() throws IOException {
            byte[] held = body();
            if (!error && held.length > 0) {
                getResponse().getOutputStream().write(held);
            }
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            error = true;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            error = true;
            super.sendError(sc, msg);
        }

        @Override
        public void setContentLength(int len) {}

        @Override
        public void setContentLengthLong(long len) {}

        @Override
        public void setHeader(String name, String value) {
            if (!"Content-Length".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void flushBuffer() {}

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("not asynchronous");
                    }

                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(body, charset));
            }
            return writer;
        }
    }
}
