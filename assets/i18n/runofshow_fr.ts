<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Announcer</name>
    <message>
        <source>Speech is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine is still starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech worker failed (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audio output — {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Cues and announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last journal line was torn by a crash and was dropped; every acknowledged action is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runofshow — the show is open elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runofshow — journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal of this show cannot be replayed on this agenda:

{error}

Start the show afresh? The old journal is kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{anchor} at risk by {late}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{late} late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{late} ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running {late} late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running {late} ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time ({minutes} min taken from flexible slots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends at {time} for the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must end by {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the fixed start at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the {time} close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the fixed end at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {wait}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChairCommands</name>
    <message>
        <source>Keys: Space next · + / − 1 min · ↑ / ↓ 5 min · Ctrl+Z undo · Ctrl+Y redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: five minutes are ↑ / ↓ (+ / − change one minute)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <source>−5 min (↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 min (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+5 min (↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶ (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runofshow — chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECTOR BLACKED OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ignored: pressed twice. To move on again, wait a moment and press once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start early?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: it starts at its planned time, or when you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next {when}: {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts {when} — press Space to start it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts {when} — Space starts it from {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>{title} — runofshow console — REHEARSAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — runofshow console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the selected session now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selected session will not take place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unskip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selected session will take place again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extend the selected session by {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compress the selected session by {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next</source>
        <comment>status: moved on to the next session</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶▶ Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end the live session and start the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end the live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↷ Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redo the last undone action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rehearsal clock at {speed}× real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}  ● LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} · id in the agenda file: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session in the rundown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CuePanel</name>
    <message>
        <source>not heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech is off for this show; cues still show on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech: speaking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech: ready — last played at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech: ready — nothing played yet: “Test the voice” checks the speakers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech: {state} — {why}. Cues still show on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech: {state}. Cues still show on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped, {seconds} s late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fired, shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fired, shown and spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fired, shown; {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fired, shown; {outcome}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fired, shown; speaking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fired, shown; not known if heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session · words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute all speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> wpm</source>
        <comment>words per minute, after the number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <comment>of speech</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Next cues&lt;/b&gt; (untick to keep one silent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fired and skipped&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CueScheduler</name>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audio output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speech is off for this show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app was closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaySummary</name>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ LIVE · {countdown} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ LIVE · {countdown} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next · starts in {countdown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show is over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>PDF with a timeline (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run sheet (&amp;PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run sheet, &amp;technician&apos;s copy with cues (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int run sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After the show: report (PDF / CSV / XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar (ICS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runofshow — the export was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, US Letter (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the run sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run sheet written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run sheet sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report of the show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>No Chinese font is installed: Chinese titles may show as boxes. Install Noto Sans CJK (Debian: apt install fonts-noto-cjk) or put a .otf/.ttf in assets/fonts/.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>runofshow — import {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n guess(es) and left-out line(s) to check, below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open writes the agenda to {path} and starts the show on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no timezone: it runs in this computer&apos;s zone; add `timezone:` to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the agenda to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendas (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportQuestions</name>
    <message>
        <source>runofshow — import {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} needs an answer before it can become an agenda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room (each room is its own agenda):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the first day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timezone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>Screens kept awake by {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the screens awake: {problem} — disable the screensaver and display sleep by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens free to sleep: no session is live or due within the hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OscPanel</name>
    <message>
        <source>Take OSC commands (UDP, no token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/runofshow/next, /runofshow/extend 5, … from a control surface, QLab or TouchOSC: docs/remote.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to listen: {host} is this computer only; 0.0.0.0 lets any device on the network drive the show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port </source>
        <comment>before the port number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSC is off: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSC is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSC is starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSC on {address} (UDP): programs on this computer can drive the show, with no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSC on {address} (UDP): any device that reaches this computer can drive the show. OSC has no token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>after the show: planned against actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run sheet, technician&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot draw the PDF (Qt could not open the page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfSheet</name>
    <message>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day ends {end} (planned {planned})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfTimeline</name>
    <message>
        <source>ran over by more than %n min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} — planned against actual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorControls</name>
    <message>
        <source>Automatic (second screen if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify screens: shows each screen&apos;s name and size on it for a few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave fullscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc on the projector does the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the stage, e.g. 5 minutes left / 还剩五分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the stage: shown on the chair&apos;s view and the projector with the countdown (Enter or Send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{screen} (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc on the projector leaves fullscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On stage: «{message}» (blinking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On stage: «{message}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On stage: no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one screen: tick to cover it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With one screen and Automatic, the projector stays a window so that the console and the chair&apos;s view stay visible. Tick to cover this screen anyway: Esc on the projector comes back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runofshow · projector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message>
        <source>Serve the show to other devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion (Stream Deck), phones, the foyer and booth screens: docs/remote.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port </source>
        <comment>before the port number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the venue network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on every address of this computer, not only on itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may act: Companion, the control page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new control token: the old one stops working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may only watch: the screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new view token: the old one stops working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage.html, agenda.html or booth.html, with the view token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control page, for a phone on the venue network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the control token? Every device that uses the old one (Companion, phones, screens) stops working until it is given the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the view token? Every device that uses the old one (Companion, phones, screens) stops working until it is given the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token could not be kept ({error}); the old one still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runofshow — replace a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given with --token for this run (not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code:
pip install segno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote is off: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote is off: no other device can see or drive the show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote is starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote on {address}: this computer only (Companion on this PC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <comment>no network addresses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote on the venue network, port {port}: any device on it that has a token can reach the show. This computer&apos;s addresses: {addresses}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote on {address} (the venue network): devices with a token can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RundownModel</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adj.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ LIVE · ✓ done · ✕ skipped · blank: upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned start–end, as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projected start–end now, after every action and the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title, primary and secondary language (the whole title in the row&apos;s tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projected (or actual) start − planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken automatically from this flexible session to hold an anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chair&apos;s extensions (+) or compressions (−) by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚓start: must not start late · ⚓end: must not end late · ↔: may be compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session id, as in the agenda file and the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fireside chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meal break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compressed {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjusted by hand {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenBadge</name>
    <message>
        <source>runofshow · screen {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload agenda (keeps the show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendas and programmes ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendas ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes to import ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runofshow — cannot open the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{path} has %n problem(s). Nothing was changed: the show that is open goes on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>runofshow — the show is open elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runofshow — cannot import the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{path} has %n problem(s); nothing was written, and the show that is open goes on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>runofshow — cannot write the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {error}; the show that is open goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The agenda file now has 1 problem; the show goes on as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ The agenda file now has %n problems; the show goes on as it was.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show all %n problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda file changed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was saved with 1 problem. The show goes on with the agenda as it was read; once the file is fixed, the notice goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{path} was saved with %n problems. The show goes on with the agenda as it was read; once the file is fixed, the notice goes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>runofshow — the agenda file has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runofshow — cannot reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda file has problems; the show goes on as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runofshow — agenda reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The agenda was reloaded. %n action(s) of the show no longer apply and were set aside (they stay in the journal on record):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowController</name>
    <message>
        <source>could not write the show&apos;s journal ({error}); the action was not taken — check the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowLock</name>
    <message>
        <source>no one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a process that left no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid {pid} on host {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This show ({journal}) cannot be locked: runofshow cannot write {lock} ({error}). Check that folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This show ({journal}) is already open in another runofshow ({owner}). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>Cannot play sound: aplay not found (Debian: apt install alsa-utils)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot play sound: {player} not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot play {file}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start {player}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{player}: exit status {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>TIME LEFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST MINUTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTS IN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TtsEngine</name>
    <message>
        <source>No speech engine: the Python package pyttsx3 is missing (pip install pyttsx3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine: Windows speech (SAPI5) could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine: macOS speech could not start (pyttsx3 needs pyobjc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine: install espeak-ng (Debian: apt install espeak-ng alsa-utils)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
