<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Announcer</name>
    <message>
        <source>Speech is closed</source>
        <translation>El motor de voz está cerrado</translation>
    </message>
    <message>
        <source>The speech engine is still starting</source>
        <translation>El motor de voz aún se está iniciando</translation>
    </message>
    <message>
        <source>the speech worker failed (see the log)</source>
        <translation>falló el proceso de voz (véase el registro)</translation>
    </message>
    <message>
        <source>no audio output — {problem}</source>
        <translation>sin salida de audio — {problem}</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Cues and announcements</source>
        <translation>Avisos y anuncios</translation>
    </message>
    <message>
        <source>the last journal line was torn by a crash and was dropped; every acknowledged action is kept</source>
        <translation>la última línea del diario quedó incompleta por un fallo y se descartó; se conservan todas las acciones confirmadas</translation>
    </message>
    <message>
        <source>checking on the broker that room {room} is this PC&apos;s…</source>
        <translation>comprobando en el bróker que la sala {room} es de este PC…</translation>
    </message>
    <message>
        <source>another PC is live as room {room}: this PC takes no action (quit it, or start it with --follow to mirror that PC)</source>
        <translation>otro PC está en directo como sala {room}: este PC no hace nada (ciérrelo o inícielo con --follow para seguir a ese PC)</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Control remoto</translation>
    </message>
    <message>
        <source>runofshow — the show is open elsewhere</source>
        <translation>runofshow — el evento está abierto en otro lugar</translation>
    </message>
    <message>
        <source>runofshow — journal</source>
        <translation>runofshow — diario</translation>
    </message>
    <message>
        <source>The journal of this show cannot be replayed on this agenda:

{error}

Start the show afresh? The old journal is kept aside, not deleted.</source>
        <translation>El diario de este evento no puede reproducirse con esta agenda:

{error}

¿Empezar el evento de nuevo? El diario anterior se guarda aparte, no se elimina.</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>{time} close</source>
        <translation>cierre de las {time}</translation>
    </message>
    <message>
        <source>{time} end</source>
        <translation>fin de las {time}</translation>
    </message>
    <message>
        <source>{time} start</source>
        <translation>inicio de las {time}</translation>
    </message>
    <message>
        <source>{anchor} at risk by {late}</source>
        <translation>{anchor} en riesgo ({late} de retraso)</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>{late} late</source>
        <translation>{late} de retraso</translation>
    </message>
    <message>
        <source>{late} ahead</source>
        <translation>{late} de adelanto</translation>
    </message>
    <message>
        <source>running {late} late</source>
        <translation>con {late} de retraso</translation>
    </message>
    <message>
        <source>running {late} ahead</source>
        <translation>con {late} de adelanto</translation>
    </message>
    <message>
        <source>on time ({minutes} min taken from flexible slots)</source>
        <translation>a tiempo ({minutes} min tomados de franjas flexibles)</translation>
    </message>
    <message>
        <source>ends at {time} for the close</source>
        <translation>termina a las {time} por el cierre</translation>
    </message>
    <message>
        <source>must end by {time}</source>
        <translation>debe terminar a las {time}</translation>
    </message>
    <message>
        <source>back at {time}</source>
        <translation>se reanuda a las {time}</translation>
    </message>
    <message>
        <source>for the fixed start at {time}</source>
        <translation>por el inicio fijo de las {time}</translation>
    </message>
    <message>
        <source>for the {time} close</source>
        <translation>por el cierre de las {time}</translation>
    </message>
    <message>
        <source>for the fixed end at {time}</source>
        <translation>por el fin fijo de las {time}</translation>
    </message>
    <message>
        <source>in {wait}, {time}</source>
        <translation>en {wait}, a las {time}</translation>
    </message>
</context>
<context>
    <name>ChairCommands</name>
    <message>
        <source>Keys: Space next · + / − 1 min · ↑ / ↓ 5 min · Ctrl+Z undo · Ctrl+Y redo</source>
        <translation>Teclas: Espacio siguiente · + / − 1 min · ↑ / ↓ 5 min · Ctrl+Z deshacer · Ctrl+Y rehacer</translation>
    </message>
    <message>
        <source>Not done: five minutes are ↑ / ↓ (+ / − change one minute)</source>
        <translation>No aplicado: cinco minutos son ↑ / ↓ (+ / − cambian un minuto)</translation>
    </message>
    <message>
        <source>{minutes} min needs a live session; none is live</source>
        <translation>{minutes} min requiere una sesión en curso; no hay ninguna</translation>
    </message>
    <message>
        <source>nothing left to start today: the next session is on another day</source>
        <translation>nada más que iniciar hoy: la próxima sesión es otro día</translation>
    </message>
    <message>
        <source>nothing left to start: the programme is complete</source>
        <translation>no queda nada por empezar: el programa ha concluido</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>nada que deshacer</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>nada que rehacer</translation>
    </message>
    <message>
        <source>“{title}” is planned to start at {time}, in {duration}.

Start it now?</source>
        <translation>«{title}» está previsto a las {time}, dentro de {duration}.

¿Empezarlo ahora?</translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <source>−5 min (↓)</source>
        <translation>−5 min (↓)</translation>
    </message>
    <message>
        <source>−1 min (−)</source>
        <translation>−1 min (−)</translation>
    </message>
    <message>
        <source>+1 min (+)</source>
        <translation>+1 min (+)</translation>
    </message>
    <message>
        <source>+5 min (↑)</source>
        <translation>+5 min (↑)</translation>
    </message>
    <message>
        <source>Next ▶ (Space)</source>
        <translation>Siguiente ▶ (Espacio)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Y)</source>
        <translation>Rehacer (Ctrl+Y)</translation>
    </message>
    <message>
        <source>runofshow — chair</source>
        <translation>runofshow — presidencia</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>ENSAYO</translation>
    </message>
    <message>
        <source>PROJECTOR BLACKED OUT</source>
        <translation>PROYECTOR EN NEGRO</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>No aplicado: {reason}</translation>
    </message>
    <message>
        <source>Ignored: pressed twice. To do it again, wait a moment and press once.</source>
        <translation>Ignorado: pulsado dos veces. Para repetirlo, espere un momento y pulse una vez.</translation>
    </message>
    <message>
        <source>Next ignored: pressed twice. To move on again, wait a moment and press once.</source>
        <translation>«Siguiente» ignorado: pulsado dos veces. Para volver a avanzar, espere un momento y pulse una vez.</translation>
    </message>
    <message>
        <source>Start early?</source>
        <translation>¿Empezar antes de la hora?</translation>
    </message>
    <message>
        <source>Not started: it starts at its planned time, or when you confirm.</source>
        <translation>No iniciada: empieza a la hora prevista o cuando usted lo confirme.</translation>
    </message>
    <message>
        <source>Programme complete</source>
        <translation>Programa concluido</translation>
    </message>
    <message>
        <source>Next {when}: {titles}</source>
        <translation>Siguiente {when}: {titles}</translation>
    </message>
    <message>
        <source>Starts {when}</source>
        <translation>Empieza {when}</translation>
    </message>
    <message>
        <source>Starts {when} — press Space to start it</source>
        <translation>Empieza {when} — pulse Espacio para iniciarla</translation>
    </message>
    <message>
        <source>Starts {when} — Space starts it from {time}</source>
        <translation>Empieza {when} — Espacio la inicia desde las {time}</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>{title} — runofshow console — REHEARSAL</source>
        <translation>{title} — consola de runofshow — ENSAYO</translation>
    </message>
    <message>
        <source>{title} — runofshow console</source>
        <translation>{title} — consola de runofshow</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ Iniciar</translation>
    </message>
    <message>
        <source>start the selected session now</source>
        <translation>iniciar ahora la sesión seleccionada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Back in the programme</source>
        <translation>De nuevo en el programa</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>the selected session will not take place</source>
        <translation>la sesión seleccionada no tendrá lugar</translation>
    </message>
    <message>
        <source>Unskip</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>the selected session will take place again</source>
        <translation>la sesión seleccionada volverá a tener lugar</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>extend the selected session by {minutes} min</source>
        <translation>prolongar la sesión seleccionada {minutes} min</translation>
    </message>
    <message>
        <source>compress the selected session by {minutes} min</source>
        <translation>acortar la sesión seleccionada {minutes} min</translation>
    </message>
    <message>
        <source>next</source>
        <comment>status: moved on to the next session</comment>
        <translation>paso a la siguiente</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecho</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>rehecho</translation>
    </message>
    <message>
        <source>▶▶ Next</source>
        <translation>▶▶ Siguiente</translation>
    </message>
    <message>
        <source>end the live session and start the next one</source>
        <translation>terminar la sesión en curso e iniciar la siguiente</translation>
    </message>
    <message>
        <source>■ End</source>
        <translation>■ Terminar</translation>
    </message>
    <message>
        <source>end the live session</source>
        <translation>terminar la sesión en curso</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ Deshacer</translation>
    </message>
    <message>
        <source>undo the last action</source>
        <translation>deshacer la última acción</translation>
    </message>
    <message>
        <source>↷ Redo</source>
        <translation>↷ Rehacer</translation>
    </message>
    <message>
        <source>redo the last undone action</source>
        <translation>rehacer la última acción deshecha</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>ENSAYO</translation>
    </message>
    <message>
        <source>rehearsal clock at {speed}× real time</source>
        <translation>reloj de ensayo a {speed}× el tiempo real</translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation>Sesión seleccionada</translation>
    </message>
    <message>
        <source>Ignored: pressed twice. Wait a moment, then press once.</source>
        <translation>Ignorado: pulsado dos veces. Espere un momento y pulse una vez.</translation>
    </message>
    <message>
        <source>Skip “{title}”?

Its fixed start at {start} and its fixed end at {end} go with it: the sessions before it are no longer shortened to keep them, and nothing will warn if the day runs past them.</source>
        <translation>¿Omitir «{title}»?

Su hora de inicio fija ({start}) y su hora de fin fija ({end}) desaparecen con ella: las sesiones anteriores ya no se acortan para respetarlas y nada avisará si la jornada las rebasa.</translation>
    </message>
    <message>
        <source>Skip “{title}”?

Its fixed end at {end} goes with it: the sessions before it are no longer shortened to keep it, and nothing will warn if the day runs past it.</source>
        <translation>¿Omitir «{title}»?

Su hora de fin fija ({end}) desaparece con ella: las sesiones anteriores ya no se acortan para respetarla y nada avisará si la jornada la rebasa.</translation>
    </message>
    <message>
        <source>Skip “{title}”?

Its fixed start at {start} goes with it: the sessions before it are no longer shortened to keep it.</source>
        <translation>¿Omitir «{title}»?

Su hora de inicio fija ({start}) desaparece con ella: las sesiones anteriores ya no se acortan para respetarla.</translation>
    </message>
    <message>
        <source>Skip a session with a fixed time?</source>
        <translation>¿Omitir una sesión con hora fija?</translation>
    </message>
    <message>
        <source>Not skipped: {title}</source>
        <translation>No omitida: {title}</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>{title}: {minutes} min</source>
        <translation>{title}: {minutes} min</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Rechazado: {reason}</translation>
    </message>
    <message>
        <source>{date}  ● LIVE</source>
        <translation>{date}  ● EN CURSO</translation>
    </message>
    <message>
        <source>{state} · id in the agenda file: {id}</source>
        <translation>{state} · id en el archivo de agenda: {id}</translation>
    </message>
    <message>
        <source>Select a session in the rundown.</source>
        <translation>Seleccione una sesión en la escaleta.</translation>
    </message>
</context>
<context>
    <name>CuePanel</name>
    <message>
        <source>not heard</source>
        <translation>no oído</translation>
    </message>
    <message>
        <source>not spoken</source>
        <translation>no pronunciado</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso de tiempo</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>reanudación</translation>
    </message>
    <message>
        <source>close</source>
        <translation>cierre</translation>
    </message>
    <message>
        <source>Speech is off for this show; cues still show on screen.</source>
        <translation>La voz está desactivada en este evento; los avisos se siguen mostrando en pantalla.</translation>
    </message>
    <message>
        <source>Speech: speaking…</source>
        <translation>Voz: hablando…</translation>
    </message>
    <message>
        <source>Speech: ready — last played at {time}.</source>
        <translation>Voz: lista — última reproducción a las {time}.</translation>
    </message>
    <message>
        <source>Speech: ready — nothing played yet: “Test the voice” checks the speakers.</source>
        <translation>Voz: lista — nada reproducido aún: «Probar la voz» comprueba los altavoces.</translation>
    </message>
    <message>
        <source>Speech: {state} — {why}. Cues still show on screen.</source>
        <translation>Voz: {state} — {why}. Los avisos se siguen mostrando en pantalla.</translation>
    </message>
    <message>
        <source>Speech: {state}. Cues still show on screen.</source>
        <translation>Voz: {state}. Los avisos se siguen mostrando en pantalla.</translation>
    </message>
    <message>
        <source>withdrawn: the action that set it off was undone</source>
        <translation>retirado: se deshizo la acción que lo provocó</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>skipped, {seconds} s late</source>
        <translation>omitido, {seconds} s tarde</translation>
    </message>
    <message>
        <source>fired, shown</source>
        <translation>emitido, mostrado</translation>
    </message>
    <message>
        <source>fired, shown and spoken</source>
        <translation>emitido, mostrado y pronunciado</translation>
    </message>
    <message>
        <source>fired, shown; {outcome}</source>
        <translation>emitido, mostrado; {outcome}</translation>
    </message>
    <message>
        <source>fired, shown; {outcome}: {why}</source>
        <translation>emitido, mostrado; {outcome}: {why}</translation>
    </message>
    <message>
        <source>fired, shown; speaking…</source>
        <translation>emitido, mostrado; hablando…</translation>
    </message>
    <message>
        <source>fired, shown; not known if heard</source>
        <translation>emitido, mostrado; no se sabe si se oyó</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Session · words</source>
        <translation>Sesión · texto</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Mute all speech</source>
        <translation>Silenciar toda la voz</translation>
    </message>
    <message>
        <source> wpm</source>
        <comment>words per minute, after the number</comment>
        <translation> pal/min</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Probar la voz</translation>
    </message>
    <message>
        <source>The voice that speaks {language}</source>
        <translation>La voz que habla {language}</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Speed</source>
        <comment>of speech</comment>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next cues&lt;/b&gt; (untick to keep one silent)</source>
        <translation>&lt;b&gt;Próximos avisos&lt;/b&gt; (desmarque uno para silenciarlo)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fired and skipped&lt;/b&gt;</source>
        <translation>&lt;b&gt;Emitidos y omitidos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>con voz</translation>
    </message>
    <message>
        <source>shown only</source>
        <translation>solo en pantalla</translation>
    </message>
</context>
<context>
    <name>CueScheduler</name>
    <message>
        <source>starting</source>
        <translation>iniciándose</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>hablando</translation>
    </message>
    <message>
        <source>no engine</source>
        <translation>sin motor</translation>
    </message>
    <message>
        <source>no audio output</source>
        <translation>sin salida de audio</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>speech is off for this show</source>
        <translation>la voz está desactivada en este evento</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>silenciado</translation>
    </message>
    <message>
        <source>not queued</source>
        <translation>no puesto en cola</translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>the app was closing</source>
        <translation>la aplicación se estaba cerrando</translation>
    </message>
</context>
<context>
    <name>DaySummary</name>
    <message>
        <source>Planned end</source>
        <translation>Fin programado</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>▶ LIVE · {countdown} over</source>
        <translation>▶ EN CURSO · {countdown} de exceso</translation>
    </message>
    <message>
        <source>▶ LIVE · {countdown} left</source>
        <translation>▶ EN CURSO · quedan {countdown}</translation>
    </message>
    <message>
        <source>Next · starts in {countdown}</source>
        <translation>Siguiente · empieza en {countdown}</translation>
    </message>
    <message>
        <source>The show is over</source>
        <translation>El evento ha terminado</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>PDF with a timeline (*.pdf)</source>
        <translation>PDF con cronograma (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>Run sheet (&amp;PDF)…</source>
        <translation>Escaleta (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Run sheet, &amp;technician&apos;s copy with cues (PDF)…</source>
        <translation>Escaleta, copia del &amp;técnico con avisos (PDF)…</translation>
    </message>
    <message>
        <source>Pr&amp;int run sheet…</source>
        <translation>&amp;Imprimir escaleta…</translation>
    </message>
    <message>
        <source>&amp;After the show: report (PDF / CSV / XLSX)…</source>
        <translation>&amp;Después del evento: informe (PDF / CSV / XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Calendar (ICS)…</source>
        <translation>&amp;Calendario (ICS)…</translation>
    </message>
    <message>
        <source>runofshow — the export was not written</source>
        <translation>runofshow — no se pudo exportar</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf)</source>
        <translation>PDF, A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter (*.pdf)</source>
        <translation>PDF, carta EE. UU. (*.pdf)</translation>
    </message>
    <message>
        <source>Save the run sheet</source>
        <translation>Guardar la escaleta</translation>
    </message>
    <message>
        <source>Run sheet written to {path}.</source>
        <translation>Escaleta guardada en {path}.</translation>
    </message>
    <message>
        <source>Run sheet sent to the printer.</source>
        <translation>Escaleta enviada a la impresora.</translation>
    </message>
    <message>
        <source>Save the report of the show</source>
        <translation>Guardar el informe del evento</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Informe guardado en {path}.</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Guardar el calendario</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <source>Calendar written to {path}.</source>
        <translation>Calendario guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>No Chinese font is installed: Chinese titles may show as boxes. Install Noto Sans CJK (Debian: apt install fonts-noto-cjk) or put a .otf/.ttf in assets/fonts/.</source>
        <translation>No hay ninguna fuente china instalada: los títulos en chino pueden verse como cuadros. Instale Noto Sans CJK (Debian: apt install fonts-noto-cjk) o ponga un .otf/.ttf en assets/fonts/.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>runofshow — import {file}</source>
        <translation>runofshow — importar {file}</translation>
    </message>
    <message>
        <source>Nothing was guessed.</source>
        <translation>No se dedujo nada.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message numerus="yes">
        <source>%n guess(es) and left-out line(s) to check, below.</source>
        <translation>
            <numerusform>%n deducción o línea omitida que revisar, más abajo.</numerusform>
            <numerusform>%n deducciones y líneas omitidas que revisar, más abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open writes the agenda to {path} and starts the show on it.</source>
        <translation>Abrir escribe la agenda en {path} e inicia el evento con ella.</translation>
    </message>
    <message>
        <source>It has no timezone: it runs in this computer&apos;s zone; add `timezone:` to fix it.</source>
        <translation>No tiene zona horaria: funciona con la zona de este equipo; añada `timezone:` para fijarla.</translation>
    </message>
    <message>
        <source>Write the agenda to</source>
        <translation>Escribir la agenda en</translation>
    </message>
    <message>
        <source>Agendas (*.yaml *.yml)</source>
        <translation>Agendas (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>ImportQuestions</name>
    <message>
        <source>runofshow — import {file}</source>
        <translation>runofshow — importar {file}</translation>
    </message>
    <message>
        <source>{file} needs an answer before it can become an agenda:</source>
        <translation>{file} necesita una respuesta antes de convertirse en agenda:</translation>
    </message>
    <message>
        <source>Room (each room is its own agenda):</source>
        <translation>Sala (cada sala tiene su propia agenda):</translation>
    </message>
    <message>
        <source>Date of the first day:</source>
        <translation>Fecha del primer día:</translation>
    </message>
    <message>
        <source>Timezone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Convertir</translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>Screens kept awake by {method}</source>
        <translation>Pantallas mantenidas activas mediante {method}</translation>
    </message>
    <message>
        <source>Cannot keep the screens awake: {problem} — disable the screensaver and display sleep by hand</source>
        <translation>No se pueden mantener activas las pantallas: {problem} — desactive a mano el protector de pantalla y la suspensión de la pantalla</translation>
    </message>
    <message>
        <source>Screens free to sleep: no session is live or due within the hour</source>
        <translation>Pantallas libres para suspenderse: ninguna sesión está en curso ni empieza en la próxima hora</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>OscPanel</name>
    <message>
        <source>Take OSC commands (UDP, no token)</source>
        <translation>Aceptar órdenes OSC (UDP, sin token)</translation>
    </message>
    <message>
        <source>/runofshow/next, /runofshow/extend 5, … from a control surface, QLab or TouchOSC: docs/remote.md</source>
        <translation>/runofshow/next, /runofshow/extend 5, … desde una superficie de control, QLab o TouchOSC: docs/remote.md</translation>
    </message>
    <message>
        <source>where to listen: {host} is this computer only; 0.0.0.0 lets any device on the network drive the show</source>
        <translation>dónde escuchar: {host} es solo este equipo; 0.0.0.0 permite que cualquier dispositivo de la red controle el evento</translation>
    </message>
    <message>
        <source>port </source>
        <comment>before the port number</comment>
        <translation>puerto </translation>
    </message>
    <message>
        <source>OSC is off: {error}.</source>
        <translation>OSC desactivado: {error}.</translation>
    </message>
    <message>
        <source>OSC is off.</source>
        <translation>OSC desactivado.</translation>
    </message>
    <message>
        <source>OSC is starting…</source>
        <translation>OSC iniciándose…</translation>
    </message>
    <message>
        <source>OSC on {address} (UDP): programs on this computer can drive the show, with no token.</source>
        <translation>OSC en {address} (UDP): los programas de este equipo pueden controlar el evento, sin token.</translation>
    </message>
    <message>
        <source>OSC on {address} (UDP): any device that reaches this computer can drive the show. OSC has no token.</source>
        <translation>OSC en {address} (UDP): cualquier dispositivo que llegue a este equipo puede controlar el evento. OSC no tiene token.</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>runofshow — venue overview: {event}</source>
        <translation>runofshow — vista general de la sede: {event}</translation>
    </message>
    <message>
        <source>connecting to {address}…</source>
        <translation>conectando con {address}…</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>after the show: planned against actual</source>
        <translation>después del evento: programado frente a real</translation>
    </message>
    <message>
        <source>run sheet, technician&apos;s copy</source>
        <translation>escaleta, copia del técnico</translation>
    </message>
    <message>
        <source>run sheet</source>
        <translation>escaleta</translation>
    </message>
    <message>
        <source>cannot draw the PDF (Qt could not open the page)</source>
        <translation>no se puede generar el PDF (Qt no pudo abrir la página)</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>página {number} de {total}</translation>
    </message>
</context>
<context>
    <name>PdfSheet</name>
    <message>
        <source>actual</source>
        <translation>real</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>qué ocurrió</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>previsto</translation>
    </message>
    <message>
        <source>anchors</source>
        <translation>horas fijas</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>programado</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>cues</source>
        <translation>avisos</translation>
    </message>
    <message>
        <source>times in {zone}</source>
        <translation>horas en {zone}</translation>
    </message>
    <message>
        <source>made {time}</source>
        <translation>generado el {time}</translation>
    </message>
    <message>
        <source>day ends {end} (planned {planned})</source>
        <translation>el día termina a las {end} (programado: {planned})</translation>
    </message>
</context>
<context>
    <name>PdfTimeline</name>
    <message>
        <source>ran over by more than %n min</source>
        <translation>excedido en más de %n min</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>programado</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>real</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>{day} — planned against actual</source>
        <translation>{day} — programado frente a real</translation>
    </message>
</context>
<context>
    <name>ProjectorControls</name>
    <message>
        <source>Automatic (second screen if any)</source>
        <translation>Automático (segunda pantalla si la hay)</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identificar</translation>
    </message>
    <message>
        <source>Identify screens: shows each screen&apos;s name and size on it for a few seconds</source>
        <translation>Identificar pantallas: muestra en cada pantalla su nombre y tamaño durante unos segundos</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Leave fullscreen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Esc on the projector does the same</source>
        <translation>Esc en el proyector hace lo mismo</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>En negro</translation>
    </message>
    <message>
        <source>Message to the stage, e.g. 5 minutes left / 还剩五分钟</source>
        <translation>Mensaje al estrado, p. ej. Quedan 5 minutos / 还剩五分钟</translation>
    </message>
    <message>
        <source>Message to the stage: shown on the chair&apos;s view and the projector with the countdown (Enter or Send)</source>
        <translation>Mensaje al estrado: se muestra en la vista de la presidencia y en el proyector junto a la cuenta atrás (Intro o Enviar)</translation>
    </message>
    <message>
        <source>Blink</source>
        <translation>Parpadeo</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>{screen} (not connected)</source>
        <translation>{screen} (no conectada)</translation>
    </message>
    <message>
        <source>Esc on the projector leaves fullscreen</source>
        <translation>Esc en el proyector sale de pantalla completa</translation>
    </message>
    <message>
        <source>On stage: «{message}» (blinking)</source>
        <translation>En el estrado: «{message}» (parpadeando)</translation>
    </message>
    <message>
        <source>On stage: «{message}»</source>
        <translation>En el estrado: «{message}»</translation>
    </message>
    <message>
        <source>On stage: no message</source>
        <translation>En el estrado: sin mensaje</translation>
    </message>
    <message>
        <source>one screen: tick to cover it</source>
        <translation>una pantalla: marque para cubrirla</translation>
    </message>
    <message>
        <source>With one screen and Automatic, the projector stays a window so that the console and the chair&apos;s view stay visible. Tick to cover this screen anyway: Esc on the projector comes back.</source>
        <translation>Con una sola pantalla y Automático, el proyector sigue siendo una ventana para que la consola y la vista de la presidencia sigan visibles. Marque para cubrir esta pantalla de todos modos: Esc en el proyector la devuelve.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Empieza a las</translation>
    </message>
    <message>
        <source>Programme complete</source>
        <translation>Programa concluido</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>ENSAYO</translation>
    </message>
    <message>
        <source>runofshow · projector</source>
        <translation>runofshow · proyector</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish this room to the venue</source>
        <translation>Publicar esta sala en la sede</translation>
    </message>
    <message>
        <source>mqtt://HOST:PORT or mqtts://HOST:PORT</source>
        <translation>mqtt://HOST:PUERTO o mqtts://HOST:PUERTO</translation>
    </message>
    <message>
        <source>from RUNOFSHOW_BROKER_PASSWORD</source>
        <translation>de RUNOFSHOW_BROKER_PASSWORD</translation>
    </message>
    <message>
        <source>The show goes on as it is; from now on the venue&apos;s broker gets its journal and its state.</source>
        <translation>El evento sigue tal como está; desde ahora el bróker de la sede recibe su diario y su estado.</translation>
    </message>
    <message>
        <source>Follow a room as its standby</source>
        <translation>Seguir una sala como su equipo de reserva</translation>
    </message>
    <message>
        <source>This PC mirrors the room&apos;s show, ready to take over if the room&apos;s PC fails. The broker is asked for the room first.</source>
        <translation>Este PC refleja la sesión de la sala, listo para tomar el relevo si el PC de la sala falla. Primero se consulta la sala al bróker.</translation>
    </message>
    <message>
        <source>only if the broker asks for one; for this run, never kept</source>
        <translation>solo si el bróker pide una; para esta ejecución, nunca se guarda</translation>
    </message>
    <message>
        <source>For this run only: a password is never kept on this computer.</source>
        <translation>Solo para esta ejecución: una contraseña nunca se guarda en este ordenador.</translation>
    </message>
    <message>
        <source>the room&apos;s name on the broker, as its PC publishes it</source>
        <translation>el nombre de la sala en el bróker, tal como lo publica su PC</translation>
    </message>
    <message>
        <source>this room&apos;s name on the broker, e.g. Room A</source>
        <translation>el nombre de esta sala en el bróker, p. ej. Sala A</translation>
    </message>
    <message>
        <source>mqtts:// only; empty: the system&apos;s authorities</source>
        <translation>solo mqtts://; vacío: las autoridades del sistema</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Broker:</source>
        <translation>Bróker:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Sala:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <source>Certificate authority:</source>
        <translation>Autoridad de certificación:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>The certificate authority of the venue&apos;s broker</source>
        <translation>La autoridad de certificación del bróker de la sede</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not a broker address: write mqtt://HOST:PORT or mqtts://HOST:PORT (mqtt://USER@HOST:PORT with a user name).</source>
        <translation>No es una dirección de bróker: escriba mqtt://HOST:PUERTO o mqtts://HOST:PUERTO (mqtt://USUARIO@HOST:PUERTO con un nombre de usuario).</translation>
    </message>
    <message>
        <source>A password goes with a user name: write it in the broker&apos;s address, mqtt://USER@HOST.</source>
        <translation>Una contraseña va con un nombre de usuario: escríbalo en la dirección del bróker, mqtt://USUARIO@HOST.</translation>
    </message>
    <message>
        <source>Use 1 to {most} letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Use de 1 a {most} letras, cifras, espacios, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, empezando por una letra o una cifra.</translation>
    </message>
    <message>
        <source>A certificate authority is for mqtts:// only.</source>
        <translation>Una autoridad de certificación solo sirve con mqtts://.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>No existe ese archivo.</translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message>
        <source>Serve the show to other devices</source>
        <translation>Servir el evento a otros dispositivos</translation>
    </message>
    <message>
        <source>Companion (Stream Deck), phones, the foyer and booth screens: docs/remote.md</source>
        <translation>Companion (Stream Deck), teléfonos, las pantallas del vestíbulo y de la cabina: docs/remote.md</translation>
    </message>
    <message>
        <source>port </source>
        <comment>before the port number</comment>
        <translation>puerto </translation>
    </message>
    <message>
        <source>Allow the venue network</source>
        <translation>Permitir la red del recinto</translation>
    </message>
    <message>
        <source>Listen on every address of this computer, not only on itself</source>
        <translation>Escuchar en todas las direcciones de este equipo, no solo en la local</translation>
    </message>
    <message>
        <source>Control token</source>
        <translation>Token de control</translation>
    </message>
    <message>
        <source>may act: Companion, the control page</source>
        <translation>puede actuar: Companion, la página de control</translation>
    </message>
    <message>
        <source>a new control token: the old one stops working at once</source>
        <translation>un token de control nuevo: el anterior deja de funcionar de inmediato</translation>
    </message>
    <message>
        <source>View token</source>
        <translation>Token de lectura</translation>
    </message>
    <message>
        <source>may only watch: the screens</source>
        <translation>solo puede ver: las pantallas</translation>
    </message>
    <message>
        <source>a new view token: the old one stops working at once</source>
        <translation>un token de lectura nuevo: el anterior deja de funcionar de inmediato</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>Control page</source>
        <translation>Página de control</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>stage.html, agenda.html or booth.html, with the view token</source>
        <translation>stage.html, agenda.html o booth.html, con el token de lectura</translation>
    </message>
    <message>
        <source>the control page, for a phone on the venue network</source>
        <translation>la página de control, para un teléfono en la red del recinto</translation>
    </message>
    <message>
        <source>Replace the control token? Every device that uses the old one (Companion, phones, screens) stops working until it is given the new one.</source>
        <translation>¿Sustituir el token de control? Todos los dispositivos que usan el anterior (Companion, teléfonos, pantallas) dejarán de funcionar hasta que reciban el nuevo.</translation>
    </message>
    <message>
        <source>Replace the view token? Every device that uses the old one (Companion, phones, screens) stops working until it is given the new one.</source>
        <translation>¿Sustituir el token de lectura? Todos los dispositivos que usan el anterior (Companion, teléfonos, pantallas) dejarán de funcionar hasta que reciban el nuevo.</translation>
    </message>
    <message>
        <source>The new token could not be kept ({error}); the old one still works.</source>
        <translation>No se pudo guardar el token nuevo ({error}); el anterior sigue funcionando.</translation>
    </message>
    <message>
        <source>runofshow — replace a token</source>
        <translation>runofshow — sustituir un token</translation>
    </message>
    <message>
        <source>given with --token for this run (not kept)</source>
        <translation>indicado con --token para esta ejecución (no se guarda)</translation>
    </message>
    <message>
        <source>QR code:
pip install segno</source>
        <translation>Código QR:
pip install segno</translation>
    </message>
    <message>
        <source>Remote is off: {error}.</source>
        <translation>Control remoto desactivado: {error}.</translation>
    </message>
    <message>
        <source>Remote is off: no other device can see or drive the show.</source>
        <translation>Control remoto desactivado: ningún otro dispositivo puede ver ni controlar el evento.</translation>
    </message>
    <message>
        <source>Remote is starting…</source>
        <translation>Control remoto iniciándose…</translation>
    </message>
    <message>
        <source>Remote on {address}: this computer only (Companion on this PC).</source>
        <translation>Control remoto en {address}: solo este equipo (Companion en este PC).</translation>
    </message>
    <message>
        <source>none found</source>
        <comment>no network addresses</comment>
        <translation>ninguna encontrada</translation>
    </message>
    <message>
        <source>Remote on the venue network, port {port}: any device on it that has a token can reach the show. This computer&apos;s addresses: {addresses}.</source>
        <translation>Control remoto en la red del recinto, puerto {port}: cualquier dispositivo de esa red que tenga un token puede acceder al evento. Direcciones de este equipo: {addresses}.</translation>
    </message>
    <message>
        <source>Remote on {address} (the venue network): devices with a token can reach it.</source>
        <translation>Control remoto en {address} (la red del recinto): los dispositivos con un token pueden acceder.</translation>
    </message>
</context>
<context>
    <name>RoomFollow</name>
    <message>
        <source>Reading room {room} of event {event} on {address}…</source>
        <translation>Leyendo la sala {room} del evento {event} en {address}…</translation>
    </message>
    <message>
        <source>Room {room} of event {event} has published no agenda and state on {address}{why}: is its PC publishing it? This PC&apos;s show goes on as it is.</source>
        <translation>La sala {room} del evento {event} no ha publicado programa ni estado en {address}{why}: ¿la está publicando su PC? La sesión de este PC sigue igual.</translation>
    </message>
    <message>
        <source>This PC becomes the standby of room {room} (its show: {agenda}). This PC&apos;s own show closes as on quitting (its journal stays as it is) and runofshow opens again, following the room. Go on?</source>
        <translation>Este PC pasa a ser el equipo de reserva de la sala {room} (su sesión: {agenda}). La sesión propia de este PC se cierra como al salir (su diario queda igual) y runofshow se abre de nuevo siguiendo la sala. ¿Continuar?</translation>
    </message>
    <message>
        <source>runofshow could not be started again as the standby; this PC&apos;s show goes on as it is.</source>
        <translation>runofshow no pudo reiniciarse como equipo de reserva; la sesión de este PC sigue igual.</translation>
    </message>
    <message>
        <source>Follow a room</source>
        <translation>Seguir una sala</translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Sesión en curso</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Next anchor at risk</source>
        <translation>Próxima hora fija en riesgo</translation>
    </message>
    <message>
        <source>Last heard from {room} at {time}; its countdown is worked out from that state.</source>
        <translation>Últimas noticias de {room} a las {time}; su cuenta atrás se calcula a partir de ese estado.</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>SIN CONEXIÓN</translation>
    </message>
    <message>
        <source>no news</source>
        <translation>sin noticias</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source> · rehearsal</source>
        <translation> · ensayo</translation>
    </message>
    <message>
        <source>programme complete</source>
        <translation>programa concluido</translation>
    </message>
    <message>
        <source>next: {title}</source>
        <translation>siguiente: {title}</translation>
    </message>
    <message>
        <source>{time} ({session}) by {late}</source>
        <translation>{time} ({session}), {late} de retraso</translation>
    </message>
</context>
<context>
    <name>RundownModel</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Compr.</source>
        <translation>Reduc.</translation>
    </message>
    <message>
        <source>Adj.</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>▶ LIVE · ✓ done · ✕ skipped · blank: upcoming</source>
        <translation>▶ EN CURSO · ✓ terminada · ✕ omitida · vacío: pendiente</translation>
    </message>
    <message>
        <source>planned start–end, as published</source>
        <translation>inicio–fin programados, según lo publicado</translation>
    </message>
    <message>
        <source>projected start–end now, after every action and the clock</source>
        <translation>inicio–fin previstos ahora, tras cada acción y según el reloj</translation>
    </message>
    <message>
        <source>title, primary and secondary language (the whole title in the row&apos;s tooltip)</source>
        <translation>título, idioma principal y secundario (el título completo en la información emergente de la fila)</translation>
    </message>
    <message>
        <source>projected (or actual) start − planned start</source>
        <translation>inicio previsto (o real) − inicio programado</translation>
    </message>
    <message>
        <source>taken automatically from this flexible session to hold an anchor</source>
        <translation>tomado automáticamente de esta sesión flexible para mantener una hora fija</translation>
    </message>
    <message>
        <source>the chair&apos;s extensions (+) or compressions (−) by hand</source>
        <translation>prolongaciones (+) o reducciones (−) manuales de la presidencia</translation>
    </message>
    <message>
        <source>⚓start: must not start late · ⚓end: must not end late · ↔: may be compressed</source>
        <translation>⚓inicio: no debe empezar tarde · ⚓fin: no debe terminar tarde · ↔: puede acortarse</translation>
    </message>
    <message>
        <source>session id, as in the agenda file and the journal</source>
        <translation>id de la sesión, como en el archivo de agenda y el diario</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ terminada</translation>
    </message>
    <message>
        <source>▶ LIVE</source>
        <translation>▶ EN CURSO</translation>
    </message>
    <message>
        <source>✕ skipped</source>
        <translation>✕ omitida</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <source>fireside chat</source>
        <translation>charla informal</translation>
    </message>
    <message>
        <source>meal break</source>
        <translation>pausa para comer</translation>
    </message>
    <message>
        <source>⚓start</source>
        <translation>⚓inicio</translation>
    </message>
    <message>
        <source>⚓end</source>
        <translation>⚓fin</translation>
    </message>
    <message>
        <source>late {time}</source>
        <translation>retraso {time}</translation>
    </message>
    <message>
        <source>compressed {time}</source>
        <translation>reducida {time}</translation>
    </message>
    <message>
        <source>adjusted by hand {time}</source>
        <translation>ajustada a mano {time}</translation>
    </message>
    <message>
        <source>fixed start at {time}</source>
        <translation>inicio fijo a las {time}</translation>
    </message>
    <message>
        <source>fixed end at {time}</source>
        <translation>fin fijo a las {time}</translation>
    </message>
    <message>
        <source>id in the agenda file: {id}</source>
        <translation>identificador en el archivo del orden del día: {id}</translation>
    </message>
</context>
<context>
    <name>ScreenBadge</name>
    <message>
        <source>runofshow · screen {name}</source>
        <translation>runofshow · pantalla {name}</translation>
    </message>
    <message>
        <source>screen {number} of {count}</source>
        <translation>pantalla {number} de {count}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Evento</translation>
    </message>
    <message>
        <source>&amp;Open agenda…</source>
        <translation>&amp;Abrir agenda…</translation>
    </message>
    <message>
        <source>&amp;Reload agenda</source>
        <translation>&amp;Recargar agenda</translation>
    </message>
    <message>
        <source>Reload agenda (keeps the show)</source>
        <translation>Recargar agenda (conserva el evento)</translation>
    </message>
    <message>
        <source>Show the problems</source>
        <translation>Mostrar los problemas</translation>
    </message>
    <message>
        <source>Agendas and programmes ({patterns})</source>
        <translation>Agendas y programas ({patterns})</translation>
    </message>
    <message>
        <source>Agendas ({patterns})</source>
        <translation>Agendas ({patterns})</translation>
    </message>
    <message>
        <source>Programmes to import ({patterns})</source>
        <translation>Programas que importar ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Todos los archivos ({patterns})</translation>
    </message>
    <message>
        <source>Open an agenda</source>
        <translation>Abrir una agenda</translation>
    </message>
    <message>
        <source>runofshow — cannot open the agenda</source>
        <translation>runofshow — no se puede abrir la agenda</translation>
    </message>
    <message numerus="yes">
        <source>{path} has %n problem(s). Nothing was changed: the show that is open goes on.</source>
        <translation>
            <numerusform>{path} tiene %n problema. No se cambió nada: el evento abierto continúa.</numerusform>
            <numerusform>{path} tiene %n problemas. No se cambió nada: el evento abierto continúa.</numerusform>
        </translation>
    </message>
    <message>
        <source>runofshow — the show is open elsewhere</source>
        <translation>runofshow — el evento está abierto en otro lugar</translation>
    </message>
    <message>
        <source>runofshow — cannot import the programme</source>
        <translation>runofshow — no se puede importar el programa</translation>
    </message>
    <message numerus="yes">
        <source>{path} has %n problem(s); nothing was written, and the show that is open goes on.</source>
        <translation>
            <numerusform>{path} tiene %n problema; no se escribió nada y el evento abierto continúa.</numerusform>
            <numerusform>{path} tiene %n problemas; no se escribió nada y el evento abierto continúa.</numerusform>
        </translation>
    </message>
    <message>
        <source>runofshow — cannot write the agenda</source>
        <translation>runofshow — no se puede escribir la agenda</translation>
    </message>
    <message>
        <source>{path}: {error}; the show that is open goes on.</source>
        <translation>{path}: {error}; el evento abierto continúa.</translation>
    </message>
    <message>
        <source>⚠ The agenda file now has 1 problem; the show goes on as it was.</source>
        <translation>⚠ El archivo de agenda tiene ahora 1 problema; el evento continúa como estaba.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The agenda file now has %n problems; the show goes on as it was.</source>
        <translation>
            <numerusform>⚠ El archivo de agenda tiene ahora %n problema; el evento continúa como estaba.</numerusform>
            <numerusform>⚠ El archivo de agenda tiene ahora %n problemas; el evento continúa como estaba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the problem</source>
        <translation>Mostrar el problema</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n problems</source>
        <translation>
            <numerusform>Mostrar %n problema</numerusform>
            <numerusform>Mostrar los %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda file changed on disk.</source>
        <translation>El archivo de agenda cambió en el disco.</translation>
    </message>
    <message>
        <source>{path} was saved with 1 problem. The show goes on with the agenda as it was read; once the file is fixed, the notice goes.</source>
        <translation>{path} se guardó con 1 problema. El evento continúa con la agenda tal como se leyó; cuando se corrija el archivo, el aviso desaparecerá.</translation>
    </message>
    <message numerus="yes">
        <source>{path} was saved with %n problems. The show goes on with the agenda as it was read; once the file is fixed, the notice goes.</source>
        <translation>
            <numerusform>{path} se guardó con %n problema. El evento continúa con la agenda tal como se leyó; cuando se corrija el archivo, el aviso desaparecerá.</numerusform>
            <numerusform>{path} se guardó con %n problemas. El evento continúa con la agenda tal como se leyó; cuando se corrija el archivo, el aviso desaparecerá.</numerusform>
        </translation>
    </message>
    <message>
        <source>runofshow — the agenda file has problems</source>
        <translation>runofshow — el archivo de agenda tiene problemas</translation>
    </message>
    <message>
        <source>runofshow — cannot reload</source>
        <translation>runofshow — no se puede recargar</translation>
    </message>
    <message>
        <source>The agenda file has problems; the show goes on as it was.</source>
        <translation>El archivo de agenda tiene problemas; el evento continúa como estaba.</translation>
    </message>
    <message>
        <source>runofshow — agenda reloaded</source>
        <translation>runofshow — agenda recargada</translation>
    </message>
    <message numerus="yes">
        <source>The agenda was reloaded. %n action(s) of the show no longer apply and were set aside (they stay in the journal on record):</source>
        <translation>
            <numerusform>Se recargó la agenda. %n acción del evento ya no es aplicable y se apartó (queda registrada en el diario):</numerusform>
            <numerusform>Se recargó la agenda. %n acciones del evento ya no son aplicables y se apartaron (quedan registradas en el diario):</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda reloaded.</source>
        <translation>Agenda recargada.</translation>
    </message>
</context>
<context>
    <name>ShowController</name>
    <message>
        <source>could not write the show&apos;s journal ({error}); the action was not taken — check the disk</source>
        <translation>no se pudo escribir el diario del evento ({error}); no se realizó la acción — compruebe el disco</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>nada que deshacer</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>nada que rehacer</translation>
    </message>
</context>
<context>
    <name>ShowLock</name>
    <message>
        <source>no one</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>a process that left no name</source>
        <translation>un proceso que no dejó nombre</translation>
    </message>
    <message>
        <source>pid {pid} on host {host}</source>
        <translation>pid {pid} en el equipo {host}</translation>
    </message>
    <message>
        <source>This show ({journal}) cannot be locked: runofshow cannot write {lock} ({error}). Check that folder&apos;s permissions.</source>
        <translation>Este evento ({journal}) no se puede bloquear: runofshow no puede escribir {lock} ({error}). Compruebe los permisos de esa carpeta.</translation>
    </message>
    <message>
        <source>This show ({journal}) is already open in another runofshow ({owner}). Close it there first.</source>
        <translation>Este evento ({journal}) ya está abierto en otro runofshow ({owner}). Ciérrelo allí primero.</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>Cannot play sound: aplay not found (Debian: apt install alsa-utils)</source>
        <translation>No se puede reproducir sonido: no se encontró aplay (Debian: apt install alsa-utils)</translation>
    </message>
    <message>
        <source>Cannot play sound: {player} not found</source>
        <translation>No se puede reproducir sonido: no se encontró {player}</translation>
    </message>
    <message>
        <source>cannot play {file}: no such file</source>
        <translation>no se puede reproducir {file}: el archivo no existe</translation>
    </message>
    <message>
        <source>cannot start {player}: {error}</source>
        <translation>no se puede iniciar {player}: {error}</translation>
    </message>
    <message>
        <source>{player}: exit status {code}</source>
        <translation>{player}: código de salida {code}</translation>
    </message>
</context>
<context>
    <name>Standby</name>
    <message>
        <source>this PC is following room {room}: its own PC runs the show (take over from the console if that PC fails)</source>
        <translation>este PC sigue a la sala {room}: el PC de la sala lleva el evento (tome el control desde la consola si ese PC falla)</translation>
    </message>
    <message>
        <source>a standby: room {room}&apos;s own PC speaks</source>
        <translation>un equipo de reserva: habla el PC de la sala {room}</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>Tomar el control…</translation>
    </message>
    <message>
        <source>ROOM {room}&apos;S PC HAS NOT ANSWERED since {time}: this PC can take over</source>
        <translation>EL PC DE LA SALA {room} NO RESPONDE desde las {time}: este PC puede tomar el control</translation>
    </message>
    <message>
        <source>FOLLOWING room {room}</source>
        <translation>SIGUIENDO la sala {room}</translation>
    </message>
    <message>
        <source>ROOM {room}&apos;S PC IS OFFLINE since {time}: this PC can take over</source>
        <translation>EL PC DE LA SALA {room} ESTÁ SIN CONEXIÓN desde las {time}: este PC puede tomar el control</translation>
    </message>
    <message>
        <source>Take over room {room} on this PC?

This PC then runs the show from where its copy stands (journal entry {seq}) and publishes it as room {room}. If the room&apos;s PC comes back, it follows this one.</source>
        <translation>¿Tomar el control de la sala {room} en este PC?

Este PC llevará el evento desde donde está su copia (entrada {seq} del diario) y lo publicará como sala {room}. Si el PC de la sala vuelve, seguirá a este.</translation>
    </message>
    <message>
        <source>The room&apos;s PC still says it is online.</source>
        <translation>El PC de la sala aún indica que está en línea.</translation>
    </message>
    <message>
        <source>This copy is INCOMPLETE: {count} journal entries of the room&apos;s PC have not arrived.</source>
        <translation>Esta copia está INCOMPLETA: no han llegado {count} entradas del diario del PC de la sala.</translation>
    </message>
    <message>
        <source>runofshow — take over</source>
        <translation>runofshow — tomar el control</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>TIME LEFT</source>
        <translation>TIEMPO RESTANTE</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ATENCIÓN</translation>
    </message>
    <message>
        <source>LAST MINUTE</source>
        <translation>ÚLTIMO MINUTO</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>TIEMPO EXCEDIDO</translation>
    </message>
    <message>
        <source>STARTS IN</source>
        <translation>EMPIEZA EN</translation>
    </message>
</context>
<context>
    <name>TtsEngine</name>
    <message>
        <source>No speech engine: the Python package pyttsx3 is missing (pip install pyttsx3)</source>
        <translation>Sin motor de voz: falta el paquete de Python pyttsx3 (pip install pyttsx3)</translation>
    </message>
    <message>
        <source>No speech engine: Windows speech (SAPI5) could not start</source>
        <translation>Sin motor de voz: no se pudo iniciar la voz de Windows (SAPI5)</translation>
    </message>
    <message>
        <source>No speech engine: macOS speech could not start (pyttsx3 needs pyobjc)</source>
        <translation>Sin motor de voz: no se pudo iniciar la voz de macOS (pyttsx3 necesita pyobjc)</translation>
    </message>
    <message>
        <source>No speech engine: install espeak-ng (Debian: apt install espeak-ng alsa-utils)</source>
        <translation>Sin motor de voz: instale espeak-ng (Debian: apt install espeak-ng alsa-utils)</translation>
    </message>
</context>
<context>
    <name>VenueFeed</name>
    <message>
        <source>{address} refused us: {reason}</source>
        <translation>{address} nos rechazó: {reason}</translation>
    </message>
    <message>
        <source>{address}, event {event}</source>
        <translation>{address}, evento {event}</translation>
    </message>
    <message>
        <source>{address}: connection lost; reconnecting</source>
        <translation>{address}: conexión perdida; reconectando</translation>
    </message>
</context>
<context>
    <name>VenueFollower</name>
    <message>
        <source>following room {room} on {address}: connecting…</source>
        <translation>siguiendo la sala {room} en {address}: conectando…</translation>
    </message>
    <message>
        <source>following room {room}: it reloaded its agenda; waiting for that agenda</source>
        <translation>siguiendo la sala {room}: ha recargado su programa; esperando ese programa</translation>
    </message>
    <message>
        <source>this copy of room {room} stopped at entry {seq}: {error}</source>
        <translation>la copia de la sala {room} se detuvo en la entrada {seq}: {error}</translation>
    </message>
    <message>
        <source>following room {room}: INCOMPLETE, {count} journal entries missing (asked again)</source>
        <translation>siguiendo la sala {room}: INCOMPLETA, faltan {count} entradas del diario (pedidas de nuevo)</translation>
    </message>
    <message>
        <source>following room {room} on {address}: journal entry {seq}</source>
        <translation>siguiendo la sala {room} en {address}: entrada {seq} del diario</translation>
    </message>
    <message>
        <source>following room {room}: connection to {address} lost; reconnecting</source>
        <translation>siguiendo la sala {room}: conexión con {address} perdida; reconectando</translation>
    </message>
</context>
<context>
    <name>VenueMenu</name>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Sede</translation>
    </message>
    <message>
        <source>Every room at a &amp;glance…</source>
        <translation>Todas las salas de un &amp;vistazo…</translation>
    </message>
    <message>
        <source>&amp;Publish this room…</source>
        <translation>&amp;Publicar esta sala…</translation>
    </message>
    <message>
        <source>&amp;Stop publishing</source>
        <translation>&amp;Dejar de publicar</translation>
    </message>
    <message>
        <source>&amp;Follow a room as its standby…</source>
        <translation>&amp;Seguir una sala como equipo de reserva…</translation>
    </message>
    <message>
        <source>&amp;Change room or broker…</source>
        <translation>&amp;Cambiar de sala o de bróker…</translation>
    </message>
    <message>
        <source>Publishing as room {room} of event {event} on {address}</source>
        <translation>Publicando como sala {room} del evento {event} en {address}</translation>
    </message>
    <message>
        <source>Publish this room&apos;s show to the venue&apos;s MQTT broker</source>
        <translation>Publicar el evento de esta sala en el bróker MQTT de la sede</translation>
    </message>
    <message>
        <source>This PC follows room {room} already</source>
        <translation>Este PC ya sigue la sala {room}</translation>
    </message>
    <message>
        <source>Close this show and mirror another PC&apos;s room, ready to take it over</source>
        <translation>Cerrar esta sesión y reflejar la sala de otro PC, listo para tomar el relevo</translation>
    </message>
    <message>
        <source>This PC follows room {room} (--follow): it publishes only once it takes over</source>
        <translation>Este PC sigue a la sala {room} (--follow): solo publica cuando toma el control</translation>
    </message>
    <message>
        <source>Set on the command line: room {room} of event {event} on {address}</source>
        <translation>Fijado en la línea de órdenes: sala {room} del evento {event} en {address}</translation>
    </message>
    <message>
        <source>Venue overview</source>
        <translation>Vista general de la sede</translation>
    </message>
    <message>
        <source>The venue&apos;s broker (mqtt://HOST:PORT or mqtts://…):</source>
        <translation>El bróker de la sede (mqtt://HOST:PORT o mqtts://…):</translation>
    </message>
    <message>
        <source>The event:</source>
        <translation>El evento:</translation>
    </message>
</context>
<context>
    <name>VenuePublisher</name>
    <message>
        <source>connecting to {address} as room {room}…</source>
        <translation>conectando con {address} como sala {room}…</translation>
    </message>
    <message>
        <source>the broker refused us: {reason}</source>
        <translation>el bróker nos rechazó: {reason}</translation>
    </message>
    <message>
        <source> — check the user name and password</source>
        <translation> — compruebe el nombre de usuario y la contraseña</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <source>the broker&apos;s certificate was not accepted: {why}</source>
        <translation>no se aceptó el certificado del bróker: {why}</translation>
    </message>
    <message>
        <source>the broker does not answer</source>
        <translation>el bróker no responde</translation>
    </message>
    <message>
        <source>the venue publisher failed; see the log</source>
        <translation>falló la publicación a la sede; véase el registro</translation>
    </message>
    <message>
        <source>room {room} was taken over by another PC (a newer show on the broker): this PC publishes nothing and writes nothing</source>
        <translation>otro PC tomó el control de la sala {room} (un evento más reciente en el bróker): este PC no publica ni escribe nada</translation>
    </message>
    <message>
        <source>another PC is live as room {room} on {address}: this PC publishes nothing and writes nothing</source>
        <translation>otro PC está en directo como sala {room} en {address}: este PC no publica ni escribe nada</translation>
    </message>
    <message>
        <source>publishing to {address} as room {room}</source>
        <translation>publicando en {address} como sala {room}</translation>
    </message>
    <message>
        <source> (journal entry {number} acknowledged)</source>
        <translation> (entrada {number} del diario confirmada)</translation>
    </message>
    <message>
        <source>; {count} on the way</source>
        <translation>; {count} en camino</translation>
    </message>
    <message>
        <source>{address}: {problem}; reconnecting — the show goes on</source>
        <translation>{address}: {problem}; reconectando — el evento continúa</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>aún sin conexión</translation>
    </message>
    <message>
        <source>, {count} journal entries wait for it</source>
        <translation>, {count} entradas del diario esperan</translation>
    </message>
</context>
<context>
    <name>WebViews</name>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Empieza a las</translation>
    </message>
    <message>
        <source>Programme complete</source>
        <translation>Programa concluido</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>ENSAYO</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>A punto de empezar</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>EN CURSO</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>concluida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>Nothing more today</source>
        <translation>Nada más por hoy</translation>
    </message>
    <message>
        <source>The day&apos;s programme</source>
        <translation>Programa del día</translation>
    </message>
    <message>
        <source>End of the day</source>
        <translation>Fin de la jornada</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Más tarde hoy</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>programado</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>previsto</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>AT RISK: {what}</source>
        <translation>EN RIESGO: {what}</translation>
    </message>
    <message>
        <source>as soon as this one ends</source>
        <translation>en cuanto termine esta</translation>
    </message>
    <message>
        <source>starts in {wait}, {time}</source>
        <translation>empieza en {wait}, a las {time}</translation>
    </message>
    <message>
        <source>in {wait}</source>
        <translation>en {wait}</translation>
    </message>
    <message>
        <source>starts at {time}</source>
        <translation>empieza a las {time}</translation>
    </message>
    <message>
        <source>ends {end} (planned {planned})</source>
        <translation>termina a las {end} (programado a las {planned})</translation>
    </message>
    <message>
        <source>ends at {time}</source>
        <translation>termina a las {time}</translation>
    </message>
    <message>
        <source>PROJECTOR BLACKED OUT</source>
        <translation>PROYECTOR EN NEGRO</translation>
    </message>
    <message>
        <source>The projector is blacked out by the technician</source>
        <translation>El técnico ha puesto el proyector en negro</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Conexión perdida — reconectando…</translation>
    </message>
    <message>
        <source>No update for {seconds} s — the times shown may be behind</source>
        <translation>Sin actualización desde hace {seconds} s — las horas mostradas pueden estar atrasadas</translation>
    </message>
    <message>
        <source>last update {time}</source>
        <translation>última actualización {time}</translation>
    </message>
    <message>
        <source>This link&apos;s token was refused: ask the technician for a new link (the QR code in the console)</source>
        <translation>El token de este enlace fue rechazado: pida un enlace nuevo al técnico (el código QR de la consola)</translation>
    </message>
    <message>
        <source>This link has no token: ask the technician for the link (the QR code in the console)</source>
        <translation>Este enlace no tiene token: pida el enlace al técnico (el código QR de la consola)</translation>
    </message>
    <message>
        <source>The venue&apos;s broker refused the connection</source>
        <translation>El servidor de mensajes de la sede rechazó la conexión</translation>
    </message>
    <message>
        <source>The room&apos;s computer is offline: this is the last state it published</source>
        <translation>El ordenador de la sala está desconectado: este es el último estado que publicó</translation>
    </message>
    <message>
        <source>This link is incomplete: it needs</source>
        <translation>Este enlace está incompleto: le falta</translation>
    </message>
    <message>
        <source>The control page works only with the room&apos;s computer, not through the broker</source>
        <translation>La página de control solo funciona con el ordenador de la sala, no a través del servidor de mensajes</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Start “{title}” now, {early} before its planned {time}?</source>
        <translation>¿Empezar «{title}» ahora, {early} antes de su hora prevista ({time})?</translation>
    </message>
    <message>
        <source>Not connected: the keys work again when the connection is back</source>
        <translation>Sin conexión: las teclas vuelven a funcionar cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>± minutes need a live session</source>
        <translation>± minutos requieren una sesión en curso</translation>
    </message>
    <message>
        <source>Next ignored: pressed twice. To move on again, wait a moment and press once.</source>
        <translation>«Siguiente» ignorado: pulsado dos veces. Para volver a avanzar, espere un momento y pulse una vez.</translation>
    </message>
    <message>
        <source>Ignored: pressed twice. To do it again, wait a moment and press once.</source>
        <translation>Ignorado: pulsado dos veces. Para repetirlo, espere un momento y pulse una vez.</translation>
    </message>
    <message>
        <source>Not started: it starts at its planned time, or when you confirm.</source>
        <translation>No iniciada: empieza a la hora prevista o cuando usted lo confirme.</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>no hecho</translation>
    </message>
    <message>
        <source>no answer yet: look at the clock before pressing again</source>
        <translation>aún sin respuesta: mire el reloj antes de volver a pulsar</translation>
    </message>
    <message>
        <source>the connection dropped before the answer: look at the clock before pressing again</source>
        <translation>la conexión se cortó antes de la respuesta: mire el reloj antes de volver a pulsar</translation>
    </message>
    <message>
        <source>Every room at a glance</source>
        <translation>Todas las salas de un vistazo</translation>
    </message>
    <message>
        <source>event {event} · rooms: {count}</source>
        <translation>evento {event} · salas: {count}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Sesión en curso</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Next anchor at risk</source>
        <translation>Próxima hora fija en riesgo</translation>
    </message>
    <message>
        <source>No room of this event has published yet.</source>
        <translation>Ninguna sala de este evento ha publicado todavía.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>online · rehearsal</source>
        <translation>en línea · ensayo</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>SIN CONEXIÓN</translation>
    </message>
    <message>
        <source>no news</source>
        <translation>sin noticias</translation>
    </message>
    <message>
        <source>next: {title}</source>
        <translation>siguiente: {title}</translation>
    </message>
    <message>
        <source>{time} ({session}) by {late}</source>
        <translation>{time} ({session}), {late} de retraso</translation>
    </message>
</context>
</TS>
