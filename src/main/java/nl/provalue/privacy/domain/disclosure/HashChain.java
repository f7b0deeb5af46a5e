package nl.provalue.privacy.domain.disclosure;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * P11: the register's hash chain. Each event's hash covers its own fields and the previous hash;
 * verification walks the chain, compares the newest link with the head, and compares each
 * request as it is now with the snapshot of its newest event, so that an edit or a deletion of
 * any row, events or requests, is found.
 */
public final class HashChain {

    public static final String GENESIS = "0".repeat(64);

    private HashChain() {}

    public static String hash(RegisterEvent e) {
        String canonical = String.join(
                "\n",
                String.valueOf(e.seq()),
                String.valueOf(e.requestId()),
                e.type().name(),
                e.occurredAt().truncatedTo(ChronoUnit.MICROS).toString(),
                e.actor(),
                e.snapshot(),
                e.prevHash());
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException(e1);
        }
    }

    /**
     * The canonical text of a request's state: every field that matters, in a fixed order, and the
     * fingerprints (name and SHA-256) of its attached documents.
     */
    public static String snapshot(DisclosureRequest r, List<String> attachmentFingerprints) {
        Map<String, String> fields = new TreeMap<>();
        fields.put("registerNumber", r.registerNumber());
        fields.put("type", r.type().name());
        fields.put("authorityType", r.authorityType().name());
        fields.put("authorityName", r.authorityName());
        fields.put("legalBasis", r.legalBasis().name());
        fields.put("authorityReference", r.authorityReference());
        fields.put("receivedOn", String.valueOf(r.receivedOn()));
        fields.put("deadline", String.valueOf(r.deadline()));
        fields.put("periodFrom", String.valueOf(r.periodFrom()));
        fields.put("periodTo", String.valueOf(r.periodTo()));
        fields.put("scope", r.scopeDescription());
        fields.put("status", r.status().name());
        fields.put("secrecyUntil", String.valueOf(r.secrecyUntil()));
        if (r.secrecyDecision() != SecrecyDecision.SET_BEFORE_REVIEW) {
            // Requests registered before the decision existed were recorded without it; leaving the
            // fields out for them (and only them) keeps their chain intact, and a request moved into
            // or out of that state no longer matches its recorded state.
            fields.put("secrecyDecision", r.secrecyDecision().name());
            fields.put(
                    "secrecyDecidedBy",
                    String.valueOf(
                            r.secrecyDecidedBy() == null
                                    ? null
                                    : r.secrecyDecidedBy().id()));
            fields.put(
                    "secrecyDecidedAt",
                    String.valueOf(
                            r.secrecyDecidedAt() == null
                                    ? null
                                    : r.secrecyDecidedAt().truncatedTo(ChronoUnit.MICROS)));
        }
        fields.put(
                "registeredBy",
                String.valueOf(
                        r.registeredBy() == null ? null : r.registeredBy().id()));
        fields.put(
                "decidedBy",
                String.valueOf(r.decidedBy() == null ? null : r.decidedBy().id()));
        fields.put("decisionReason", String.valueOf(r.decisionReason()));
        fields.put("decision", String.valueOf(r.decision()));
        fields.put(
                "handedOverAt",
                String.valueOf(
                        r.handedOverAt() == null ? null : r.handedOverAt().truncatedTo(ChronoUnit.MICROS)));
        fields.put("handedOver", String.valueOf(r.handedOverDescription()));
        fields.put(
                "customers",
                r.customers().stream().map(c -> String.valueOf(c.id())).sorted().collect(Collectors.joining(",")));
        fields.put("scopes", r.scopes().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        fields.put("attachments", String.join(",", attachmentFingerprints));
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + escape(e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    private static String escape(String v) {
        return v == null ? "null" : v.replace("\\", "\\\\").replace("\n", "\\n");
    }

    /** What broke the chain, for a message in the reader's language. */
    public enum Breach {
        EVENT_MISSING,
        EVENT_OUT_OF_CHAIN,
        EVENT_ALTERED,
        HEAD_MOVED,
        REQUEST_WITHOUT_EVENTS,
        REQUEST_CHANGED,
        REQUEST_DELETED
    }

    /**
     * The outcome of a verification.
     *
     * @param problem the breach in words, for logs and the API
     * @param breach the kind of breach (null when intact)
     * @param requestId the request concerned, where the breach concerns one
     */
    public record Verification(
            boolean intact,
            long eventsChecked,
            long requestsChecked,
            Long firstBrokenSeq,
            String problem,
            Breach breach,
            Long requestId)
            implements Serializable {

        static Verification ok(long events, long requests) {
            return new Verification(true, events, requests, null, null, null, null);
        }

        static Verification broken(
                long events, long requests, Long seq, String problem, Breach breach, Long requestId) {
            return new Verification(false, events, requests, seq, problem, breach, requestId);
        }
    }

    /**
     * Verifies the chain (events in sequence order), the head, and the requests as they are now
     * ({@code currentSnapshots}: request id to snapshot).
     */
    public static Verification verify(
            List<RegisterEvent> events, long headSeq, String headHash, Map<Long, String> currentSnapshots) {
        String previous = GENESIS;
        long expectedSeq = 1;
        Map<Long, RegisterEvent> newest = new TreeMap<>();
        for (RegisterEvent e : events) {
            if (e.seq() != expectedSeq) {
                return Verification.broken(
                        expectedSeq - 1,
                        currentSnapshots.size(),
                        expectedSeq,
                        "event " + expectedSeq + " is missing",
                        Breach.EVENT_MISSING,
                        null);
            }
            if (!e.prevHash().equals(previous)) {
                return Verification.broken(
                        expectedSeq - 1,
                        currentSnapshots.size(),
                        e.seq(),
                        "event " + e.seq() + " does not follow its predecessor",
                        Breach.EVENT_OUT_OF_CHAIN,
                        e.requestId());
            }
            if (!hash(e).equals(e.hash())) {
                return Verification.broken(
                        expectedSeq - 1,
                        currentSnapshots.size(),
                        e.seq(),
                        "event " + e.seq() + " was altered",
                        Breach.EVENT_ALTERED,
                        e.requestId());
            }
            newest.put(e.requestId(), e);
            previous = e.hash();
            expectedSeq++;
        }
        long count = expectedSeq - 1;
        if (headSeq != count || !Objects.equals(headHash, previous)) {
            return Verification.broken(
                    count,
                    currentSnapshots.size(),
                    count + 1,
                    "the chain ends at event " + count + " but the register's head is at event " + headSeq,
                    Breach.HEAD_MOVED,
                    null);
        }
        for (Map.Entry<Long, String> request : currentSnapshots.entrySet()) {
            RegisterEvent last = newest.get(request.getKey());
            if (last == null) {
                return Verification.broken(
                        count,
                        currentSnapshots.size(),
                        null,
                        "request " + request.getKey() + " has no events: it was not entered through the register",
                        Breach.REQUEST_WITHOUT_EVENTS,
                        request.getKey());
            }
            if (!last.snapshot().equals(request.getValue())) {
                return Verification.broken(
                        count,
                        currentSnapshots.size(),
                        last.seq(),
                        "request " + request.getKey() + " differs from its last recorded state (event " + last.seq()
                                + ")",
                        Breach.REQUEST_CHANGED,
                        request.getKey());
            }
        }
        for (var recorded : newest.entrySet()) {
            Long requestId = recorded.getKey();
            if (!currentSnapshots.containsKey(requestId)) {
                return Verification.broken(
                        count,
                        currentSnapshots.size(),
                        recorded.getValue().seq(),
                        "request " + requestId + " was deleted",
                        Breach.REQUEST_DELETED,
                        requestId);
            }
        }
        return Verification.ok(count, currentSnapshots.size());
    }
}
