package nl.provalue.privacy.infrastructure.importing.follow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.provalue.privacy.infrastructure.importing.follow.FollowPlan.Event;
import nl.provalue.privacy.infrastructure.importing.follow.FollowPlan.Read;
import nl.provalue.privacy.infrastructure.importing.follow.FollowPlan.Role;
import nl.provalue.privacy.infrastructure.importing.follow.FollowPlan.Seen;
import nl.provalue.privacy.infrastructure.importing.follow.FollowPlan.State;
import org.junit.jupiter.api.Test;

/** P4: how the follower of the live mail log tells growth, truncation and rotation apart. */
class FollowPlanTest {

    private static final Seen A = new Seen("/var/log/maillog", "ino=1", 1000);

    private static Map<Role, Long> ends(Object... roleEnd) {
        Map<Role, Long> m = new EnumMap<>(Role.class);
        for (int i = 0; i < roleEnd.length; i += 2) {
            m.put((Role) roleEnd[i], ((Number) roleEnd[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void p4_theFirstPollReadsTheWholeFile() {
        FollowPlan plan = FollowPlan.of(State.NONE, Optional.of(A), k -> Optional.empty());
        assertEquals(Event.FIRST, plan.event());
        assertEquals(List.of(new Read(Role.CURRENT, A.path(), "ino=1", 0, 1000)), plan.reads());
        assertEquals(new State("ino=1", 990, null, 0), plan.after(ends(Role.CURRENT, 990)));
    }

    @Test
    void p4_aGrownFileIsReadFromWhereTheLastPollStopped() {
        FollowPlan plan = FollowPlan.of(new State("ino=1", 600, null, 0), Optional.of(A), k -> Optional.empty());
        assertEquals(Event.GREW, plan.event());
        assertEquals(List.of(new Read(Role.CURRENT, A.path(), "ino=1", 600, 1000)), plan.reads());
        assertEquals(new State("ino=1", 600, null, 0), plan.after(ends()), "nothing complete yet: stays");
    }

    @Test
    void p4_aTruncatedFileIsReadFromItsStart() {
        FollowPlan plan = FollowPlan.of(new State("ino=1", 5000, null, 0), Optional.of(A), k -> Optional.empty());
        assertEquals(Event.TRUNCATED, plan.event());
        assertEquals(List.of(new Read(Role.CURRENT, A.path(), "ino=1", 0, 1000)), plan.reads());
    }

    @Test
    void p4_afterARenameTheOldFileIsReadToItsEndFirstThenTheNewOneFromItsStart() {
        Seen old = new Seen("/var/log/maillog.1", "ino=1", 1200);
        Seen fresh = new Seen("/var/log/maillog", "ino=2", 300);
        FollowPlan plan = FollowPlan.of(
                new State("ino=1", 1000, null, 0),
                Optional.of(fresh),
                k -> k.equals("ino=1") ? Optional.of(old) : Optional.empty());
        assertEquals(Event.ROTATED, plan.event());
        assertEquals(
                List.of(
                        new Read(Role.PREVIOUS, old.path(), "ino=1", 1000, 1200),
                        new Read(Role.CURRENT, fresh.path(), "ino=2", 0, 300)),
                plan.reads());
        assertEquals(new State("ino=2", 280, "ino=1", 1200), plan.after(ends(Role.PREVIOUS, 1200, Role.CURRENT, 280)));
    }

    @Test
    void p4_theRenamedFileStaysFollowedForLinesWrittenBeforeTheMailServerReopenedItsLog() {
        Seen old = new Seen("/var/log/maillog.1", "ino=1", 1300);
        Seen fresh = new Seen("/var/log/maillog", "ino=2", 500);
        FollowPlan plan = FollowPlan.of(
                new State("ino=2", 280, "ino=1", 1200),
                Optional.of(fresh),
                k -> k.equals("ino=1") ? Optional.of(old) : Optional.empty());
        assertEquals(Event.GREW, plan.event());
        assertEquals(
                List.of(
                        new Read(Role.PREVIOUS, old.path(), "ino=1", 1200, 1300),
                        new Read(Role.CURRENT, fresh.path(), "ino=2", 280, 500)),
                plan.reads());
    }

    @Test
    void p4_aRenamedFileNotYetReplacedIsReadWhereItWent() {
        Seen old = new Seen("/var/log/maillog.1", "ino=1", 1100);
        FollowPlan plan = FollowPlan.of(
                new State("ino=1", 1000, null, 0),
                Optional.empty(),
                k -> k.equals("ino=1") ? Optional.of(old) : Optional.empty());
        assertEquals(Event.MISSING, plan.event());
        assertEquals(List.of(new Read(Role.CURRENT, old.path(), "ino=1", 1000, 1100)), plan.reads());
        assertEquals(new State("ino=1", 1100, null, 0), plan.after(ends(Role.CURRENT, 1100)));
    }

    @Test
    void p4_aPreviousFileThatIsGoneIsNoLongerFollowed() {
        FollowPlan plan = FollowPlan.of(
                new State("ino=2", 280, "ino=1", 1200),
                Optional.of(new Seen("/l/m", "ino=2", 300)),
                k -> Optional.empty());
        assertEquals(new State("ino=2", 300, null, 0), plan.after(ends(Role.CURRENT, 300)));
    }

    @Test
    void p4_aRotationWhoseOldFileIsGoneStartsTheNewFileFromItsStart() {
        FollowPlan plan = FollowPlan.of(
                new State("ino=1", 1000, null, 0), Optional.of(new Seen("/l/m", "ino=2", 300)), k -> Optional.empty());
        assertEquals(Event.ROTATED_OLD_FILE_GONE, plan.event());
        assertEquals(1, plan.reads().size());
        assertTrue(plan.reads().get(0).from() == 0);
    }

    @Test
    void p4_twoRotationsBetweenPollsReadTheEarlierFileOneLastTime() {
        Seen earlier = new Seen("/l/m.2", "ino=1", 1300);
        Seen previous = new Seen("/l/m.1", "ino=2", 700);
        FollowPlan plan = FollowPlan.of(
                new State("ino=2", 600, "ino=1", 1200),
                Optional.of(new Seen("/l/m", "ino=3", 10)),
                k -> k.equals("ino=1")
                        ? Optional.of(earlier)
                        : k.equals("ino=2") ? Optional.of(previous) : Optional.empty());
        assertEquals(
                List.of(Role.EARLIER, Role.PREVIOUS, Role.CURRENT),
                plan.reads().stream().map(Read::role).toList());
        assertEquals(new State("ino=3", 0, "ino=2", 700), plan.after(ends(Role.EARLIER, 1300, Role.PREVIOUS, 700)));
    }
}
