"""Makes schedule.xml, schedule.json and schedule.ics in this folder with pretalx itself
(tests/files/README.md): `PRETALX_DATA_DIR=DIR python -m pretalx migrate`, then
`python -m pretalx shell --unsafe-disable-scopes < make.py`, run in this folder."""

import datetime as dt
from zoneinfo import ZoneInfo

from django_scopes import scope, scopes_disabled
from pretalx.event.models import Event, Organiser
from pretalx.person.models import User
from pretalx.schedule.exporters import FrabJsonExporter, FrabXmlExporter, ICalExporter
from pretalx.schedule.models import Room
from pretalx.submission.models import Submission

zone = ZoneInfo("Europe/Zurich")
with scopes_disabled():
    organiser, _ = Organiser.objects.get_or_create(slug="wipo", defaults={"name": "WIPO"})
    event = Event.objects.filter(slug="frontier").first()
    if event is None:
        event = Event.objects.create(name="Conversation on IP and Frontier Technologies", slug="frontier",
                                     organiser=organiser, date_from=dt.date(2024, 3, 13),
                                     date_to=dt.date(2024, 3, 14), timezone="Europe/Zurich",
                                     email="conversation@wipo.example", locale="en")
with scope(event=event):
    rooms = {name: Room.objects.get_or_create(event=event, name=name, defaults={"position": i})[0]
             for i, name in enumerate(["Room A", "Room B"])}
    plan = [
        ("Room A", "2024-03-13 10:00", 10, "Opening", ["Daren Tang"], "opening"),
        ("Room A", "2024-03-13 10:10", 80, "Panel 1: Generative AI, copyright & the public domain",
         ["Ada Lovelace", "Grace Hopper"], ""),
        ("Room A", "2024-03-13 11:30", 30, "Q&A on panel 1", [], ""),
        ("Room A", "2024-03-13 13:00", 90, "Lunch", [], ""),
        ("Room A", "2024-03-13 15:00", 60, "Fireside chat: « l'IA et le droit d'auteur »",
         ["Jean Dupont"], ""),
        ("Room A", "2024-03-13 23:30", 30, "Late-night demo", ["Night Owl"], ""),
        ("Room A", "2024-03-14 00:15", 30, "After midnight", ["Night Owl"], ""),
        ("Room A", "2024-03-14 09:30", 30, "Day 2 opening", ["Daren Tang"], ""),
        ("Room A", "2024-03-14 10:00", 45, "人工智能与知识产权", ["王芳"], ""),
        ("Room B", "2024-03-13 10:00", 60, "Workshop: reading a frab schedule", ["Bo"], ""),
    ]
    speakers = {}
    for room, start, minutes, title, names, _ in plan:
        submission = Submission.objects.filter(event=event, title=title).first()
        if submission is None:
            submission = Submission.objects.create(event=event, title=title,
                                                   submission_type=event.cfp.default_type,
                                                   state="submitted", content_locale="en")
            for name in names:
                if name not in speakers:
                    email = f"speaker{len(speakers) + 1}@speakers.example"
                    speakers[name] = (User.objects.filter(email=email).first()
                                      or User.objects.create_user(email=email, password=None, name=name))
                submission.speakers.add(speakers[name])
            submission.accept(force=True)
            submission.confirm(force=True)
        slot = event.wip_schedule.talks.get(submission=submission)
        begin = dt.datetime.fromisoformat(start).replace(tzinfo=zone)
        slot.room = rooms[room]
        slot.start = begin
        slot.end = begin + dt.timedelta(minutes=minutes)
        slot.save()
    if not event.current_schedule:
        event.wip_schedule.freeze("v1", notify_speakers=False)
    schedule = event.current_schedule
    from django.utils import timezone as django_zone
    django_zone.activate(event.tz)  # as pretalx's middleware does for a request
    for exporter, name in ((FrabXmlExporter(event, schedule=schedule), "schedule.xml"),
                           (FrabJsonExporter(event, schedule=schedule), "schedule.json"),
                           (ICalExporter(event, schedule=schedule), "schedule.ics")):
        data = exporter.get_data()
        if not isinstance(data, (str, bytes)):
            import json
            data = json.dumps(data, ensure_ascii=False, indent=2)
        mode = "wb" if isinstance(data, bytes) else "w"
        with open(f"{name}", mode) as out:
            out.write(data)
    print("written")
