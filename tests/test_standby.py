"""Hot standby with real processes on a real Mosquitto (issue 17 part 2, docs/venue.md): a
standby mirrors the room's journal live; the primary is killed (SIGKILL) at random
moments, the standby takes over, and its journal holds every entry the broker had from
the primary; the killed primary, started again, follows; a second primary for the room
refuses to write."""

from __future__ import annotations

import random
import time

from runofshow.venue import epoch_of, topic
from tests.standby_helpers import EVENT, ROOM, journal_in_use, primary, read_journal, standby, wait
from tests.venue_helpers import Listener

KILLS = 3


def check_takeover(killed, taker, witness: Listener) -> int:
    """The taker's journal goes on from the killed one's: the same entries up to where it
    took over, and every entry the broker had from the killed one (the witness, a
    persistent subscriber, saw it) is among them. Returns how many entries the killed PC
    had on disk that never reached the broker (fsynced, not acknowledged)."""
    took = taker.last("took-over")
    old_header, old_entries = read_journal(journal_in_use(killed.folder))
    new_header, new_entries = read_journal(journal_in_use(taker.folder))
    seq = int(took[1])
    assert new_header["epoch"] == int(took[0]) > epoch_of(old_header)
    assert new_header["takes_over"] == {"epoch": epoch_of(old_header), "seq": seq, "event": EVENT,
                                        "room": ROOM}
    assert new_entries[:seq] == old_entries[:seq]
    reached = [p["seq"] for p in witness.payloads("actions") if p["epoch"] == epoch_of(old_header)]
    assert reached and max(reached) <= seq, (max(reached), seq)
    return len(old_entries) - seq


def kill_and_take_over(live, spare, witness: Listener, rng: random.Random):
    """The standby mirrors the live primary; the primary is killed at a random moment; the
    standby takes over; the killed one comes back as it was started (it sees the newer
    epoch and follows). Returns (the new primary, the new standby)."""
    wait(lambda: spare.last("role") and spare.last("role")[0] == "following", what="following")
    acted = int(live.last("acted")[0]) if live.said("acted") else 0
    wait(lambda: spare.said("shown") and int(spare.last("shown")[0]) >= acted + 5, what="mirrored live")
    time.sleep(rng.uniform(0, 1.5))
    live.kill()
    wait(lambda: spare.said("took-over"), what="the standby takes over")
    unacknowledged = check_takeover(live, spare, witness)
    assert unacknowledged <= 2  # in flight at the kill: on the dead PC's disk only
    wait(lambda: spare.said("acted"), what="the new primary acts")
    return spare, live.again()


def test_a_standby_mirrors_takes_over_after_kills_and_a_returning_primary_follows(tmp_path, broker):
    rng = random.Random()
    witness = Listener(broker, [topic(EVENT, ROOM, "actions")], client_id="witness", persistent=True)
    apps = []
    try:
        live = primary(tmp_path / "a", broker.url, act_every_ms=120, take_over=True)
        apps.append(live)
        wait(lambda: live.said("acted"), what="the primary acts")
        spare = standby(tmp_path / "b", broker.url, act_every_ms=120, take_over=True)
        apps.append(spare)
        for _ in range(KILLS):
            live, spare = kill_and_take_over(live, spare, witness, rng)
            apps.append(spare)
        wait(lambda: spare.last("role") and spare.last("role")[0] == "following", what="following")
        # a second primary for the room (another PC, its own journal) writes nothing
        second = primary(tmp_path / "c", broker.url, act_every_ms=120)
        apps.append(second)
        wait(lambda: second.said("role"), what="the second primary is up")
        time.sleep(6)  # past the time a primary waits for the broker to answer
        assert not second.said("acted")
        _, entries = read_journal(journal_in_use(second.folder))
        assert entries == []
        log = (second.folder / "app.log").read_text(errors="replace")
        assert "is not ours to publish: refuse" in log
    finally:
        for app in apps:
            app.kill()
        witness.close()


def test_a_standby_given_another_agenda_than_the_room_s_refuses_to_follow(tmp_path, broker):
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    live = primary(tmp_path / "a", broker.url, act_every_ms=0)
    try:
        wait(lambda: live.said("role"), what="the primary is up")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_DATA_DIR": str(tmp_path / "b")}
        other = REPO / "agendas" / "example-one-long-day.yaml"
        refused = subprocess.run([sys.executable, "-m", "ui", str(other), "--follow", ROOM, "--broker",
                                  broker.url, "--event", EVENT], cwd=REPO, env=env, capture_output=True,
                                 text=True, timeout=60)
        assert refused.returncode == 2
        assert "is not the agenda room 'Room A' runs on" in refused.stderr
        assert not (tmp_path / "b" / "journals").exists()  # nothing was opened
    finally:
        live.kill()
