package nl.provalue.privacy.application.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One export per customer at a time, a few per server, and a turn that is always given back. */
class ExportGateTest {

    @Test
    void aCustomerHasOneExportAtATime() {
        ExportGate gate = new ExportGate(4, Duration.ofMillis(10));
        try (ExportGate.Turn first = gate.enter(1)) {
            ExportBusyException busy = assertThrows(ExportBusyException.class, () -> gate.enter(1));
            assertTrue(busy.ownExportRunning());
            try (ExportGate.Turn other = gate.enter(2)) {
                // another customer goes ahead
            }
        }
        try (ExportGate.Turn again = gate.enter(1)) {
            // after the first one, the next
        }
    }

    @Test
    void aServerMakesAtMostSoManyAtOnce_andAnotherWaitsForItsTurnThenIsRefused() {
        ExportGate gate = new ExportGate(2, Duration.ofMillis(200));
        ExportGate.Turn a = gate.enter(1);
        ExportGate.Turn b = gate.enter(2);
        long t0 = System.nanoTime();
        ExportBusyException busy = assertThrows(ExportBusyException.class, () -> gate.enter(3));
        assertTrue((System.nanoTime() - t0) / 1_000_000 >= 150, "it waited for its turn first");
        assertFalse(busy.ownExportRunning());
        // the refused customer is not left marked as exporting
        b.close();
        b.close(); // closing twice gives back one place, not two
        try (ExportGate.Turn c = gate.enter(3)) {
            assertThrows(ExportBusyException.class, () -> gate.enter(4), "still two at most");
        }
        a.close();
    }

    @Test
    void aTurnComesFreeWhileWaiting() throws Exception {
        ExportGate gate = new ExportGate(1, Duration.ofSeconds(10));
        ExportGate.Turn a = gate.enter(1);
        Thread later = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            a.close();
        });
        later.start();
        try (ExportGate.Turn b = gate.enter(2)) {
            // given as soon as the first was done
        }
        later.join();
    }
}
