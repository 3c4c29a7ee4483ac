"""An agenda edited and reloaded on the room's PC, followed live by its standbys (issue 17,
docs/venue.md): real processes on a real Mosquitto. The edit removes the live session and
renames the next one's id, so the entries after the reload fit only the new agenda, and a
standby that starts after the reload gets entries from before it that fit only the old."""

from __future__ import annotations

import re

from runofshow.venue import agenda_hash
from tests.conftest import WIPO
from tests.standby_helpers import journal_in_use, primary, read_journal, standby, wait


def plans(app) -> dict[int, str]:
    return {int(seq): digest for seq, digest in app.said("plan")}


def test_a_standby_goes_on_with_the_agenda_its_room_reloaded(tmp_path, broker):
    agenda, flag = tmp_path / "wipo.yaml", tmp_path / "reload-now"
    text = WIPO.read_text(encoding="utf-8")
    agenda.write_text(text, encoding="utf-8")
    apps = []
    try:
        live = primary(tmp_path / "a", broker.url, agenda=agenda, act_every_ms=150,
                       env={"PROBE_RELOAD_FLAG": str(flag)})
        apps.append(live)
        wait(lambda: len(live.said("acted")) >= 4, what="the primary acts")
        early = standby(tmp_path / "b", broker.url)
        apps.append(early)
        wait(lambda: early.said("shown") and int(early.last("shown")[0]) >= int(live.last("acted")[0]),
             what="the standby has caught up")
        assert early.last("agenda") == [agenda_hash(text)]

        # the organiser drops the opening (live now) and renames the first panel's id
        edited = re.sub(r"      - id: d1-opening\n.*?(?=      - id: d1-panel-1\n)", "", text, flags=re.S)
        edited = edited.replace("id: d1-panel-1\n", "id: d1-panel-one\n")
        assert "d1-opening" not in edited and "d1-panel-one" in edited
        agenda.write_text(edited, encoding="utf-8")
        flag.touch()
        wait(lambda: live.said("reloaded"), what="the primary reloads")
        reloaded_at = int(live.last("reloaded")[0])
        # the primary goes on: it starts the renamed panel, and extends it
        wait(lambda: int(live.last("acted")[0]) >= reloaded_at + 4, what="the primary acts after the reload")
        _, entries = read_journal(journal_in_use(live.folder))
        assert entries[reloaded_at - 1]["op"] == "reload" and entries[reloaded_at - 1]["dropped"]
        assert any(entry.get("session") == "d1-panel-one" for entry in entries[reloaded_at:])

        late = standby(tmp_path / "c", broker.url)  # its entries before the reload name d1-opening
        apps.append(late)
        for spare in (early, late):
            wait(lambda s=spare: s.last("agenda") == [agenda_hash(edited)], what="the standby takes it up")
            wait(lambda s=spare: s.said("shown") and int(s.last("shown")[0]) >= reloaded_at + 4,
                 what="the standby has the entries after the reload")
        seen = plans(live)
        for spare in (early, late):
            common = [seq for seq in plans(spare) if seq in seen and seq >= reloaded_at + 2]
            assert common, "no entry after the reload shown by both"
            assert all(plans(spare)[seq] == seen[seq] for seq in common)
            log = (spare.folder / "app.log").read_text(errors="replace")
            assert "stopped at entry" not in log and "could not be taken" not in log
        for app in apps:
            app.kill()
        _, primary_entries = read_journal(journal_in_use(live.folder))
        for spare in (early, late):
            header, copy = read_journal(journal_in_use(spare.folder))
            assert "follows" in header
            assert copy == primary_entries[:len(copy)] and len(copy) >= reloaded_at + 4
    finally:
        for app in apps:
            app.kill()
