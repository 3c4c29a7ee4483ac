<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Announcer</name>
    <message>
        <source>Speech is closed</source>
        <translation>La synthèse vocale est fermée</translation>
    </message>
    <message>
        <source>The speech engine is still starting</source>
        <translation>Le moteur de synthèse vocale est encore en cours de démarrage</translation>
    </message>
    <message>
        <source>the speech worker failed (see the log)</source>
        <translation>le processus de synthèse vocale a échoué (voir le journal technique)</translation>
    </message>
    <message>
        <source>no audio output — {problem}</source>
        <translation>aucune sortie audio — {problem}</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Cues and announcements</source>
        <translation>Annonces et voix</translation>
    </message>
    <message>
        <source>the last journal line was torn by a crash and was dropped; every acknowledged action is kept</source>
        <translation>la dernière ligne du journal, tronquée par un plantage, a été écartée&#xa0;; toutes les actions confirmées sont conservées</translation>
    </message>
    <message>
        <source>checking on the broker that room {room} is this PC&apos;s…</source>
        <translation>vérification auprès du broker que la salle {room} est celle de ce PC…</translation>
    </message>
    <message>
        <source>another PC is live as room {room}: this PC takes no action (quit it, or start it with --follow to mirror that PC)</source>
        <translation>un autre PC est en direct comme salle {room} : ce PC ne fait rien (quittez-le, ou lancez-le avec --follow pour suivre ce PC)</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Accès distant</translation>
    </message>
    <message>
        <source>runofshow — the show is open elsewhere</source>
        <translation>runofshow — la réunion est ouverte ailleurs</translation>
    </message>
    <message>
        <source>runofshow — journal</source>
        <translation>runofshow — journal</translation>
    </message>
    <message>
        <source>The journal of this show cannot be replayed on this agenda:

{error}

Start the show afresh? The old journal is kept aside, not deleted.</source>
        <translation>Le journal de cette réunion ne peut pas être rejoué sur cet agenda&#xa0;:

{error}

Recommencer la réunion depuis le début&#xa0;? L&apos;ancien journal est mis de côté, pas supprimé.</translation>
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
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <source>{time} close</source>
        <translation>clôture à {time}</translation>
    </message>
    <message>
        <source>{time} end</source>
        <translation>fin à {time}</translation>
    </message>
    <message>
        <source>{time} start</source>
        <translation>début à {time}</translation>
    </message>
    <message>
        <source>{anchor} at risk by {late}</source>
        <translation>{anchor}&#xa0;: dépassement prévu de {late}</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>à l&apos;heure</translation>
    </message>
    <message>
        <source>{late} late</source>
        <translation>{late} de retard</translation>
    </message>
    <message>
        <source>{late} ahead</source>
        <translation>{late} d&apos;avance</translation>
    </message>
    <message>
        <source>running {late} late</source>
        <translation>en retard de {late}</translation>
    </message>
    <message>
        <source>running {late} ahead</source>
        <translation>en avance de {late}</translation>
    </message>
    <message>
        <source>on time ({minutes} min taken from flexible slots)</source>
        <translation>à l&apos;heure ({minutes} min prises sur les créneaux flexibles)</translation>
    </message>
    <message>
        <source>ends at {time} for the close</source>
        <translation>fin à {time} pour la clôture</translation>
    </message>
    <message>
        <source>must end by {time}</source>
        <translation>fin au plus tard à {time}</translation>
    </message>
    <message>
        <source>back at {time}</source>
        <translation>reprise à {time}</translation>
    </message>
    <message>
        <source>for the fixed start at {time}</source>
        <translation>pour le début fixé à {time}</translation>
    </message>
    <message>
        <source>for the {time} close</source>
        <translation>pour la clôture à {time}</translation>
    </message>
    <message>
        <source>for the fixed end at {time}</source>
        <translation>pour la fin fixée à {time}</translation>
    </message>
    <message>
        <source>in {wait}, {time}</source>
        <translation>dans {wait}, à {time}</translation>
    </message>
</context>
<context>
    <name>ChairCommands</name>
    <message>
        <source>Keys: Space next · + / − 1 min · ↑ / ↓ 5 min · Ctrl+Z undo · Ctrl+Y redo</source>
        <translation>Touches&#xa0;: Espace suivante · + / − 1 min · ↑ / ↓ 5 min · Ctrl+Z annuler · Ctrl+Y rétablir</translation>
    </message>
    <message>
        <source>Not done: five minutes are ↑ / ↓ (+ / − change one minute)</source>
        <translation>Non effectué&#xa0;: cinq minutes, c&apos;est ↑ / ↓ (+ / − changent une minute)</translation>
    </message>
    <message>
        <source>{minutes} min needs a live session; none is live</source>
        <translation>{minutes} min : il faut une séance en cours ; aucune ne l’est</translation>
    </message>
    <message>
        <source>nothing left to start today: the next session is on another day</source>
        <translation>plus rien à commencer aujourd’hui : la prochaine séance est un autre jour</translation>
    </message>
    <message>
        <source>nothing left to start: the programme is complete</source>
        <translation>plus rien à commencer : le programme est terminé</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>rien à annuler</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>rien à rétablir</translation>
    </message>
    <message>
        <source>“{title}” is planned to start at {time}, in {duration}.

Start it now?</source>
        <translation>« {title} » doit commencer à {time}, dans {duration}.

La commencer maintenant ?</translation>
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
        <translation>Suivante ▶ (Espace)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Y)</source>
        <translation>Rétablir (Ctrl+Y)</translation>
    </message>
    <message>
        <source>runofshow — chair</source>
        <translation>runofshow — présidence</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>RÉPÉTITION</translation>
    </message>
    <message>
        <source>PROJECTOR BLACKED OUT</source>
        <translation>PROJECTION MASQUÉE</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>Non effectué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Ignored: pressed twice. To do it again, wait a moment and press once.</source>
        <translation>Ignoré : pressé deux fois. Pour le refaire, attendez un instant et appuyez une fois.</translation>
    </message>
    <message>
        <source>Next ignored: pressed twice. To move on again, wait a moment and press once.</source>
        <translation>«&#xa0;Suivante&#xa0;» ignorée&#xa0;: touche pressée deux fois. Pour passer à la suite, attendez un instant puis appuyez une seule fois.</translation>
    </message>
    <message>
        <source>Start early?</source>
        <translation>Commencer en avance&#xa0;?</translation>
    </message>
    <message>
        <source>Not started: it starts at its planned time, or when you confirm.</source>
        <translation>Non commencée&#xa0;: la séance commence à l&apos;heure prévue, ou dès que vous confirmez.</translation>
    </message>
    <message>
        <source>Programme complete</source>
        <translation>Programme terminé</translation>
    </message>
    <message>
        <source>Next {when}: {titles}</source>
        <translation>Ensuite {when}&#xa0;: {titles}</translation>
    </message>
    <message>
        <source>Starts {when}</source>
        <translation>Début {when}</translation>
    </message>
    <message>
        <source>Starts {when} — press Space to start it</source>
        <translation>Début {when} — appuyez sur Espace pour commencer</translation>
    </message>
    <message>
        <source>Starts {when} — Space starts it from {time}</source>
        <translation>Début {when} — Espace permet de commencer dès {time}</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>{title} — runofshow console — REHEARSAL</source>
        <translation>{title} — console runofshow — RÉPÉTITION</translation>
    </message>
    <message>
        <source>{title} — runofshow console</source>
        <translation>{title} — console runofshow</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ Démarrer</translation>
    </message>
    <message>
        <source>start the selected session now</source>
        <translation>démarrer maintenant la séance sélectionnée</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Back in the programme</source>
        <translation>Réintégrée au programme</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>the selected session will not take place</source>
        <translation>la séance sélectionnée n&apos;aura pas lieu</translation>
    </message>
    <message>
        <source>Unskip</source>
        <translation>Réintégrer</translation>
    </message>
    <message>
        <source>the selected session will take place again</source>
        <translation>la séance sélectionnée aura lieu de nouveau</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>extend the selected session by {minutes} min</source>
        <translation>prolonger la séance sélectionnée de {minutes} min</translation>
    </message>
    <message>
        <source>compress the selected session by {minutes} min</source>
        <translation>raccourcir la séance sélectionnée de {minutes} min</translation>
    </message>
    <message>
        <source>next</source>
        <comment>status: moved on to the next session</comment>
        <translation>séance suivante</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>rétabli</translation>
    </message>
    <message>
        <source>▶▶ Next</source>
        <translation>▶▶ Suivante</translation>
    </message>
    <message>
        <source>end the live session and start the next one</source>
        <translation>terminer la séance en cours et lancer la suivante</translation>
    </message>
    <message>
        <source>■ End</source>
        <translation>■ Terminer</translation>
    </message>
    <message>
        <source>end the live session</source>
        <translation>terminer la séance en cours</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ Annuler</translation>
    </message>
    <message>
        <source>undo the last action</source>
        <translation>annuler la dernière action</translation>
    </message>
    <message>
        <source>↷ Redo</source>
        <translation>↷ Rétablir</translation>
    </message>
    <message>
        <source>redo the last undone action</source>
        <translation>rétablir la dernière action annulée</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>RÉPÉTITION</translation>
    </message>
    <message>
        <source>rehearsal clock at {speed}× real time</source>
        <translation>horloge de répétition à {speed}× le temps réel</translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation>Séance sélectionnée</translation>
    </message>
    <message>
        <source>Ignored: pressed twice. Wait a moment, then press once.</source>
        <translation>Ignoré : pressé deux fois. Attendez un instant, puis appuyez une fois.</translation>
    </message>
    <message>
        <source>Skip “{title}”?

Its fixed start at {start} and its fixed end at {end} go with it: the sessions before it are no longer shortened to keep them, and nothing will warn if the day runs past them.</source>
        <translation>Retirer « {title} » ?

Son heure de début fixe ({start}) et son heure de fin fixe ({end}) disparaissent avec elle : les séances qui la précèdent ne sont plus raccourcies pour les tenir, et rien n&apos;avertira si la journée les dépasse.</translation>
    </message>
    <message>
        <source>Skip “{title}”?

Its fixed end at {end} goes with it: the sessions before it are no longer shortened to keep it, and nothing will warn if the day runs past it.</source>
        <translation>Retirer « {title} » ?

Son heure de fin fixe ({end}) disparaît avec elle : les séances qui la précèdent ne sont plus raccourcies pour la tenir, et rien n&apos;avertira si la journée la dépasse.</translation>
    </message>
    <message>
        <source>Skip “{title}”?

Its fixed start at {start} goes with it: the sessions before it are no longer shortened to keep it.</source>
        <translation>Retirer « {title} » ?

Son heure de début fixe ({start}) disparaît avec elle : les séances qui la précèdent ne sont plus raccourcies pour la tenir.</translation>
    </message>
    <message>
        <source>Skip a session with a fixed time?</source>
        <translation>Retirer une séance à heure fixe ?</translation>
    </message>
    <message>
        <source>Not skipped: {title}</source>
        <translation>Non retirée : {title}</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>{title}: {minutes} min</source>
        <translation>{title}&#xa0;: {minutes} min</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Refusé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{date}  ● LIVE</source>
        <translation>{date}  ● EN COURS</translation>
    </message>
    <message>
        <source>{state} · id in the agenda file: {id}</source>
        <translation>{state} · identifiant dans le fichier d&apos;agenda&#xa0;: {id}</translation>
    </message>
    <message>
        <source>Select a session in the rundown.</source>
        <translation>Sélectionnez une séance dans le déroulé.</translation>
    </message>
</context>
<context>
    <name>CuePanel</name>
    <message>
        <source>not heard</source>
        <translation>non entendue</translation>
    </message>
    <message>
        <source>not spoken</source>
        <translation>non prononcée</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>reprise</translation>
    </message>
    <message>
        <source>close</source>
        <translation>clôture</translation>
    </message>
    <message>
        <source>Speech is off for this show; cues still show on screen.</source>
        <translation>Voix désactivée pour cette réunion&#xa0;; les annonces s&apos;affichent toujours à l&apos;écran.</translation>
    </message>
    <message>
        <source>Speech: speaking…</source>
        <translation>Voix&#xa0;: lecture en cours…</translation>
    </message>
    <message>
        <source>Speech: ready — last played at {time}.</source>
        <translation>Voix&#xa0;: prête — dernière lecture à {time}.</translation>
    </message>
    <message>
        <source>Speech: ready — nothing played yet: “Test the voice” checks the speakers.</source>
        <translation>Voix&#xa0;: prête — rien n&apos;a encore été lu&#xa0;: «&#xa0;Tester la voix&#xa0;» vérifie les haut-parleurs.</translation>
    </message>
    <message>
        <source>Speech: {state} — {why}. Cues still show on screen.</source>
        <translation>Voix&#xa0;: {state} — {why}. Les annonces s&apos;affichent toujours à l&apos;écran.</translation>
    </message>
    <message>
        <source>Speech: {state}. Cues still show on screen.</source>
        <translation>Voix&#xa0;: {state}. Les annonces s&apos;affichent toujours à l&apos;écran.</translation>
    </message>
    <message>
        <source>withdrawn: the action that set it off was undone</source>
        <translation>retiré : l’action qui l’avait déclenché a été annulée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>skipped, {seconds} s late</source>
        <translation>ignorée, {seconds} s de retard</translation>
    </message>
    <message>
        <source>fired, shown</source>
        <translation>déclenchée, affichée</translation>
    </message>
    <message>
        <source>fired, shown and spoken</source>
        <translation>déclenchée, affichée et prononcée</translation>
    </message>
    <message>
        <source>fired, shown; {outcome}</source>
        <translation>déclenchée, affichée&#xa0;; {outcome}</translation>
    </message>
    <message>
        <source>fired, shown; {outcome}: {why}</source>
        <translation>déclenchée, affichée&#xa0;; {outcome}&#xa0;: {why}</translation>
    </message>
    <message>
        <source>fired, shown; speaking…</source>
        <translation>déclenchée, affichée&#xa0;; lecture en cours…</translation>
    </message>
    <message>
        <source>fired, shown; not known if heard</source>
        <translation>déclenchée, affichée&#xa0;; écoute non confirmée</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Session · words</source>
        <translation>Séance · texte</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Mute all speech</source>
        <translation>Couper la voix</translation>
    </message>
    <message>
        <source> wpm</source>
        <comment>words per minute, after the number</comment>
        <translation> mots/min</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Tester la voix</translation>
    </message>
    <message>
        <source>The voice that speaks {language}</source>
        <translation>La voix qui parle {language}</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Speed</source>
        <comment>of speech</comment>
        <translation>Débit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next cues&lt;/b&gt; (untick to keep one silent)</source>
        <translation>&lt;b&gt;Prochaines annonces&lt;/b&gt; (décocher pour en taire une)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fired and skipped&lt;/b&gt;</source>
        <translation>&lt;b&gt;Déclenchées et ignorées&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>vocale</translation>
    </message>
    <message>
        <source>shown only</source>
        <translation>écran seul</translation>
    </message>
</context>
<context>
    <name>CueScheduler</name>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>lecture en cours</translation>
    </message>
    <message>
        <source>no engine</source>
        <translation>aucun moteur</translation>
    </message>
    <message>
        <source>no audio output</source>
        <translation>aucune sortie audio</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>speech is off for this show</source>
        <translation>voix désactivée pour cette réunion</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>son coupé</translation>
    </message>
    <message>
        <source>not queued</source>
        <translation>non mise en file d&apos;attente</translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>the app was closing</source>
        <translation>l&apos;application se fermait</translation>
    </message>
</context>
<context>
    <name>DaySummary</name>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>Fin estimée</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <source>▶ LIVE · {countdown} over</source>
        <translation>▶ EN COURS · dépassement {countdown}</translation>
    </message>
    <message>
        <source>▶ LIVE · {countdown} left</source>
        <translation>▶ EN COURS · reste {countdown}</translation>
    </message>
    <message>
        <source>Next · starts in {countdown}</source>
        <translation>Suivante · début dans {countdown}</translation>
    </message>
    <message>
        <source>The show is over</source>
        <translation>La réunion est terminée</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>PDF with a timeline (*.pdf)</source>
        <translation>PDF avec chronologie (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Ra&amp;pports</translation>
    </message>
    <message>
        <source>Run sheet (&amp;PDF)…</source>
        <translation>Conducteur (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Run sheet, &amp;technician&apos;s copy with cues (PDF)…</source>
        <translation>Conducteur, version &amp;technique avec annonces (PDF)…</translation>
    </message>
    <message>
        <source>Pr&amp;int run sheet…</source>
        <translation>&amp;Imprimer le conducteur…</translation>
    </message>
    <message>
        <source>&amp;After the show: report (PDF / CSV / XLSX)…</source>
        <translation>&amp;Après la réunion&#xa0;: rapport (PDF / CSV / XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Calendar (ICS)…</source>
        <translation>&amp;Calendrier (ICS)…</translation>
    </message>
    <message>
        <source>runofshow — the export was not written</source>
        <translation>runofshow — l&apos;exportation n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf)</source>
        <translation>PDF, A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter (*.pdf)</source>
        <translation>PDF, Lettre US (*.pdf)</translation>
    </message>
    <message>
        <source>Save the run sheet</source>
        <translation>Enregistrer le conducteur</translation>
    </message>
    <message>
        <source>Run sheet written to {path}.</source>
        <translation>Conducteur enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Run sheet sent to the printer.</source>
        <translation>Conducteur envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Save the report of the show</source>
        <translation>Enregistrer le rapport de la réunion</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Rapport enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Enregistrer le calendrier</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Calendar written to {path}.</source>
        <translation>Calendrier enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>No Chinese font is installed: Chinese titles may show as boxes. Install Noto Sans CJK (Debian: apt install fonts-noto-cjk) or put a .otf/.ttf in assets/fonts/.</source>
        <translation>Aucune police chinoise n&apos;est installée&#xa0;: les titres en chinois peuvent s&apos;afficher sous forme de carrés. Installez Noto Sans CJK (Debian&#xa0;: apt install fonts-noto-cjk) ou placez un fichier .otf/.ttf dans assets/fonts/.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>runofshow — import {file}</source>
        <translation>runofshow — importation de {file}</translation>
    </message>
    <message>
        <source>Nothing was guessed.</source>
        <translation>Aucune supposition.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message numerus="yes">
        <source>%n guess(es) and left-out line(s) to check, below.</source>
        <translation>
            <numerusform>%n supposition ou ligne omise à vérifier ci-dessous.</numerusform>
            <numerusform>%n suppositions et lignes omises à vérifier ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open writes the agenda to {path} and starts the show on it.</source>
        <translation>«&#xa0;Ouvrir&#xa0;» enregistre l&apos;agenda dans {path} et y lance la réunion.</translation>
    </message>
    <message>
        <source>It has no timezone: it runs in this computer&apos;s zone; add `timezone:` to fix it.</source>
        <translation>Aucun fuseau horaire&#xa0;: l&apos;agenda suit celui de cet ordinateur&#xa0;; ajoutez `timezone:` pour le fixer.</translation>
    </message>
    <message>
        <source>Write the agenda to</source>
        <translation>Enregistrer l&apos;agenda dans</translation>
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
        <translation>runofshow — importation de {file}</translation>
    </message>
    <message>
        <source>{file} needs an answer before it can become an agenda:</source>
        <translation>{file} demande une réponse avant de devenir un agenda&#xa0;:</translation>
    </message>
    <message>
        <source>Room (each room is its own agenda):</source>
        <translation>Salle (chaque salle a son propre agenda)&#xa0;:</translation>
    </message>
    <message>
        <source>Date of the first day:</source>
        <translation>Date du premier jour&#xa0;:</translation>
    </message>
    <message>
        <source>Timezone:</source>
        <translation>Fuseau horaire&#xa0;:</translation>
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
        <translation>Mise en veille des écrans empêchée par {method}</translation>
    </message>
    <message>
        <source>Cannot keep the screens awake: {problem} — disable the screensaver and display sleep by hand</source>
        <translation>Impossible d&apos;empêcher la mise en veille des écrans&#xa0;: {problem} — désactivez manuellement l&apos;économiseur d&apos;écran et la mise en veille de l&apos;affichage</translation>
    </message>
    <message>
        <source>Screens free to sleep: no session is live or due within the hour</source>
        <translation>Mise en veille des écrans autorisée&#xa0;: aucune séance en cours ni prévue dans l&apos;heure</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>OscPanel</name>
    <message>
        <source>Take OSC commands (UDP, no token)</source>
        <translation>Accepter les commandes OSC (UDP, sans jeton)</translation>
    </message>
    <message>
        <source>/runofshow/next, /runofshow/extend 5, … from a control surface, QLab or TouchOSC: docs/remote.md</source>
        <translation>/runofshow/next, /runofshow/extend 5, … depuis une surface de contrôle, QLab ou TouchOSC&#xa0;: docs/remote.md</translation>
    </message>
    <message>
        <source>where to listen: {host} is this computer only; 0.0.0.0 lets any device on the network drive the show</source>
        <translation>adresse d&apos;écoute&#xa0;: {host} limite à cet ordinateur&#xa0;; 0.0.0.0 permet à tout appareil du réseau de piloter la réunion</translation>
    </message>
    <message>
        <source>port </source>
        <comment>before the port number</comment>
        <translation>port </translation>
    </message>
    <message>
        <source>OSC is off: {error}.</source>
        <translation>OSC désactivé&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>OSC is off.</source>
        <translation>OSC désactivé.</translation>
    </message>
    <message>
        <source>OSC is starting…</source>
        <translation>Démarrage d&apos;OSC…</translation>
    </message>
    <message>
        <source>OSC on {address} (UDP): programs on this computer can drive the show, with no token.</source>
        <translation>OSC sur {address} (UDP)&#xa0;: les programmes de cet ordinateur peuvent piloter la réunion, sans jeton.</translation>
    </message>
    <message>
        <source>OSC on {address} (UDP): any device that reaches this computer can drive the show. OSC has no token.</source>
        <translation>OSC sur {address} (UDP)&#xa0;: tout appareil qui atteint cet ordinateur peut piloter la réunion. OSC n&apos;utilise pas de jeton.</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>runofshow — venue overview: {event}</source>
        <translation>runofshow — vue d’ensemble du site : {event}</translation>
    </message>
    <message>
        <source>connecting to {address}…</source>
        <translation>connexion à {address}…</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>after the show: planned against actual</source>
        <translation>après la réunion&#xa0;: prévu et réel</translation>
    </message>
    <message>
        <source>run sheet, technician&apos;s copy</source>
        <translation>conducteur, version technique</translation>
    </message>
    <message>
        <source>run sheet</source>
        <translation>conducteur</translation>
    </message>
    <message>
        <source>cannot draw the PDF (Qt could not open the page)</source>
        <translation>impossible de dessiner le PDF (Qt n&apos;a pas pu ouvrir la page)</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>page {number} sur {total}</translation>
    </message>
</context>
<context>
    <name>PdfSheet</name>
    <message>
        <source>actual</source>
        <translation>réel</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>déroulement effectif</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>estimé</translation>
    </message>
    <message>
        <source>anchors</source>
        <translation>horaires fixes</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>cues</source>
        <translation>annonces</translation>
    </message>
    <message>
        <source>times in {zone}</source>
        <translation>heures en {zone}</translation>
    </message>
    <message>
        <source>made {time}</source>
        <translation>établi le {time}</translation>
    </message>
    <message>
        <source>day ends {end} (planned {planned})</source>
        <translation>fin de journée {end} (prévue {planned})</translation>
    </message>
</context>
<context>
    <name>PdfTimeline</name>
    <message>
        <source>ran over by more than %n min</source>
        <translation>dépassement de plus de %n min</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>réel</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>{day} — planned against actual</source>
        <translation>{day} — prévu et réel</translation>
    </message>
</context>
<context>
    <name>ProjectorControls</name>
    <message>
        <source>Automatic (second screen if any)</source>
        <translation>Automatique (second écran s&apos;il existe)</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Identify screens: shows each screen&apos;s name and size on it for a few seconds</source>
        <translation>Identifier les écrans&#xa0;: affiche sur chaque écran son nom et sa taille pendant quelques secondes</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Leave fullscreen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>Esc on the projector does the same</source>
        <translation>Échap sur le projecteur a le même effet</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Écran noir</translation>
    </message>
    <message>
        <source>Message to the stage, e.g. 5 minutes left / 还剩五分钟</source>
        <translation>Message à la tribune, p. ex. Encore 5 minutes / 还剩五分钟</translation>
    </message>
    <message>
        <source>Message to the stage: shown on the chair&apos;s view and the projector with the countdown (Enter or Send)</source>
        <translation>Message à la tribune&#xa0;: affiché sur la vue de la présidence et sur le projecteur avec le compte à rebours (Entrée ou Envoyer)</translation>
    </message>
    <message>
        <source>Blink</source>
        <translation>Clignoter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>{screen} (not connected)</source>
        <translation>{screen} (non connecté)</translation>
    </message>
    <message>
        <source>Esc on the projector leaves fullscreen</source>
        <translation>Échap sur le projecteur quitte le plein écran</translation>
    </message>
    <message>
        <source>On stage: «{message}» (blinking)</source>
        <translation>À la tribune&#xa0;: «&#xa0;{message}&#xa0;» (clignotant)</translation>
    </message>
    <message>
        <source>On stage: «{message}»</source>
        <translation>À la tribune&#xa0;: «&#xa0;{message}&#xa0;»</translation>
    </message>
    <message>
        <source>On stage: no message</source>
        <translation>À la tribune&#xa0;: aucun message</translation>
    </message>
    <message>
        <source>one screen: tick to cover it</source>
        <translation>un seul écran&#xa0;: cocher pour le couvrir</translation>
    </message>
    <message>
        <source>With one screen and Automatic, the projector stays a window so that the console and the chair&apos;s view stay visible. Tick to cover this screen anyway: Esc on the projector comes back.</source>
        <translation>Avec un seul écran et «&#xa0;Automatique&#xa0;», le projecteur reste une fenêtre afin que la console et la vue de la présidence restent visibles. Cochez pour couvrir quand même cet écran&#xa0;: Échap sur le projecteur revient en arrière.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Next</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Début à</translation>
    </message>
    <message>
        <source>Programme complete</source>
        <translation>Programme terminé</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>RÉPÉTITION</translation>
    </message>
    <message>
        <source>runofshow · projector</source>
        <translation>runofshow · projecteur</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish this room to the venue</source>
        <translation>Publier cette salle sur le site</translation>
    </message>
    <message>
        <source>mqtt://HOST:PORT or mqtts://HOST:PORT</source>
        <translation>mqtt://HÔTE:PORT ou mqtts://HÔTE:PORT</translation>
    </message>
    <message>
        <source>from RUNOFSHOW_BROKER_PASSWORD</source>
        <translation>depuis RUNOFSHOW_BROKER_PASSWORD</translation>
    </message>
    <message>
        <source>The show goes on as it is; from now on the venue&apos;s broker gets its journal and its state.</source>
        <translation>La réunion continue telle quelle ; désormais, le broker du site reçoit son journal et son état.</translation>
    </message>
    <message>
        <source>Follow a room as its standby</source>
        <translation>Suivre une salle comme son poste de secours</translation>
    </message>
    <message>
        <source>This PC mirrors the room&apos;s show, ready to take over if the room&apos;s PC fails. The broker is asked for the room first.</source>
        <translation>Ce PC reflète le déroulé de la salle, prêt à prendre la main si le PC de la salle tombe en panne. Le courtier est d&apos;abord interrogé sur la salle.</translation>
    </message>
    <message>
        <source>only if the broker asks for one; for this run, never kept</source>
        <translation>seulement si le broker en demande un ; pour cette session, jamais conservé</translation>
    </message>
    <message>
        <source>For this run only: a password is never kept on this computer.</source>
        <translation>Pour cette session seulement : un mot de passe n’est jamais conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>the room&apos;s name on the broker, as its PC publishes it</source>
        <translation>le nom de la salle sur le courtier, tel que son PC le publie</translation>
    </message>
    <message>
        <source>this room&apos;s name on the broker, e.g. Room A</source>
        <translation>le nom de cette salle sur le broker, p. ex. Salle A</translation>
    </message>
    <message>
        <source>mqtts:// only; empty: the system&apos;s authorities</source>
        <translation>mqtts:// seulement ; vide : les autorités du système</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Broker:</source>
        <translation>Broker :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Salle :</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Événement :</translation>
    </message>
    <message>
        <source>Certificate authority:</source>
        <translation>Autorité de certification :</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>The certificate authority of the venue&apos;s broker</source>
        <translation>L’autorité de certification du broker du site</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not a broker address: write mqtt://HOST:PORT or mqtts://HOST:PORT (mqtt://USER@HOST:PORT with a user name).</source>
        <translation>Ce n’est pas une adresse de broker : écrivez mqtt://HÔTE:PORT ou mqtts://HÔTE:PORT (mqtt://UTILISATEUR@HÔTE:PORT avec un nom d’utilisateur).</translation>
    </message>
    <message>
        <source>A password goes with a user name: write it in the broker&apos;s address, mqtt://USER@HOST.</source>
        <translation>Un mot de passe va avec un nom d’utilisateur : écrivez-le dans l’adresse du broker, mqtt://UTILISATEUR@HÔTE.</translation>
    </message>
    <message>
        <source>Use 1 to {most} letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Utilisez de 1 à {most} lettres, chiffres, espaces, « . », « _ » ou « - », en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>A certificate authority is for mqtts:// only.</source>
        <translation>Une autorité de certification ne sert qu’avec mqtts://.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Ce fichier n’existe pas.</translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message>
        <source>Serve the show to other devices</source>
        <translation>Partager la réunion avec d&apos;autres appareils</translation>
    </message>
    <message>
        <source>Companion (Stream Deck), phones, the foyer and booth screens: docs/remote.md</source>
        <translation>Companion (Stream Deck), téléphones, écrans du hall et de la régie&#xa0;: docs/remote.md</translation>
    </message>
    <message>
        <source>port </source>
        <comment>before the port number</comment>
        <translation>port </translation>
    </message>
    <message>
        <source>Allow the venue network</source>
        <translation>Autoriser le réseau du lieu</translation>
    </message>
    <message>
        <source>Listen on every address of this computer, not only on itself</source>
        <translation>Écouter sur toutes les adresses de cet ordinateur, pas seulement en local</translation>
    </message>
    <message>
        <source>Control token</source>
        <translation>Jeton de contrôle</translation>
    </message>
    <message>
        <source>may act: Companion, the control page</source>
        <translation>peut agir&#xa0;: Companion, la page de contrôle</translation>
    </message>
    <message>
        <source>a new control token: the old one stops working at once</source>
        <translation>un nouveau jeton de contrôle&#xa0;: l&apos;ancien cesse aussitôt de fonctionner</translation>
    </message>
    <message>
        <source>View token</source>
        <translation>Jeton de lecture</translation>
    </message>
    <message>
        <source>may only watch: the screens</source>
        <translation>lecture seule&#xa0;: les écrans</translation>
    </message>
    <message>
        <source>a new view token: the old one stops working at once</source>
        <translation>un nouveau jeton de lecture&#xa0;: l&apos;ancien cesse aussitôt de fonctionner</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Control page</source>
        <translation>Page de contrôle</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>stage.html, agenda.html or booth.html, with the view token</source>
        <translation>stage.html, agenda.html ou booth.html, avec le jeton de lecture</translation>
    </message>
    <message>
        <source>the control page, for a phone on the venue network</source>
        <translation>la page de contrôle, pour un téléphone sur le réseau du lieu</translation>
    </message>
    <message>
        <source>Replace the control token? Every device that uses the old one (Companion, phones, screens) stops working until it is given the new one.</source>
        <translation>Remplacer le jeton de contrôle&#xa0;? Tout appareil qui utilise l&apos;ancien (Companion, téléphones, écrans) cesse de fonctionner jusqu&apos;à ce qu&apos;il reçoive le nouveau.</translation>
    </message>
    <message>
        <source>Replace the view token? Every device that uses the old one (Companion, phones, screens) stops working until it is given the new one.</source>
        <translation>Remplacer le jeton de lecture&#xa0;? Tout appareil qui utilise l&apos;ancien (Companion, téléphones, écrans) cesse de fonctionner jusqu&apos;à ce qu&apos;il reçoive le nouveau.</translation>
    </message>
    <message>
        <source>The new token could not be kept ({error}); the old one still works.</source>
        <translation>Le nouveau jeton n&apos;a pas pu être enregistré ({error})&#xa0;; l&apos;ancien fonctionne toujours.</translation>
    </message>
    <message>
        <source>runofshow — replace a token</source>
        <translation>runofshow — remplacer un jeton</translation>
    </message>
    <message>
        <source>given with --token for this run (not kept)</source>
        <translation>fourni par --token pour cette exécution (non conservé)</translation>
    </message>
    <message>
        <source>QR code:
pip install segno</source>
        <translation>Code QR&#xa0;:
pip install segno</translation>
    </message>
    <message>
        <source>Remote is off: {error}.</source>
        <translation>Accès distant désactivé&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Remote is off: no other device can see or drive the show.</source>
        <translation>Accès distant désactivé&#xa0;: aucun autre appareil ne peut voir ni piloter la réunion.</translation>
    </message>
    <message>
        <source>Remote is starting…</source>
        <translation>Démarrage de l&apos;accès distant…</translation>
    </message>
    <message>
        <source>Remote on {address}: this computer only (Companion on this PC).</source>
        <translation>Accès distant sur {address}&#xa0;: cet ordinateur seulement (Companion sur ce PC).</translation>
    </message>
    <message>
        <source>none found</source>
        <comment>no network addresses</comment>
        <translation>aucune trouvée</translation>
    </message>
    <message>
        <source>Remote on the venue network, port {port}: any device on it that has a token can reach the show. This computer&apos;s addresses: {addresses}.</source>
        <translation>Accès distant sur le réseau du lieu, port {port}&#xa0;: tout appareil de ce réseau muni d&apos;un jeton peut accéder à la réunion. Adresses de cet ordinateur&#xa0;: {addresses}.</translation>
    </message>
    <message>
        <source>Remote on {address} (the venue network): devices with a token can reach it.</source>
        <translation>Accès distant sur {address} (réseau du lieu)&#xa0;: les appareils munis d&apos;un jeton peuvent y accéder.</translation>
    </message>
</context>
<context>
    <name>RoomFollow</name>
    <message>
        <source>Reading room {room} of event {event} on {address}…</source>
        <translation>Lecture de la salle {room} de l&apos;événement {event} sur {address}…</translation>
    </message>
    <message>
        <source>Room {room} of event {event} has published no agenda and state on {address}{why}: is its PC publishing it? This PC&apos;s show goes on as it is.</source>
        <translation>La salle {room} de l&apos;événement {event} n&apos;a publié ni programme ni état sur {address}{why} : son PC la publie-t-il ? Le déroulé de ce PC continue tel quel.</translation>
    </message>
    <message>
        <source>This PC becomes the standby of room {room} (its show: {agenda}). This PC&apos;s own show closes as on quitting (its journal stays as it is) and runofshow opens again, following the room. Go on?</source>
        <translation>Ce PC devient le poste de secours de la salle {room} (son déroulé : {agenda}). Le déroulé de ce PC se ferme comme à la sortie (son journal reste tel quel) et runofshow se rouvre en suivant la salle. Continuer ?</translation>
    </message>
    <message>
        <source>runofshow could not be started again as the standby; this PC&apos;s show goes on as it is.</source>
        <translation>runofshow n&apos;a pas pu redémarrer comme poste de secours ; le déroulé de ce PC continue tel quel.</translation>
    </message>
    <message>
        <source>Follow a room</source>
        <translation>Suivre une salle</translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Séance en cours</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <source>Next anchor at risk</source>
        <translation>Prochaine heure fixe menacée</translation>
    </message>
    <message>
        <source>Last heard from {room} at {time}; its countdown is worked out from that state.</source>
        <translation>Dernières nouvelles de {room} à {time} ; son compte à rebours est calculé à partir de cet état.</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>HORS LIGNE</translation>
    </message>
    <message>
        <source>no news</source>
        <translation>sans nouvelles</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source> · rehearsal</source>
        <translation> · répétition</translation>
    </message>
    <message>
        <source>programme complete</source>
        <translation>programme terminé</translation>
    </message>
    <message>
        <source>next: {title}</source>
        <translation>suivante : {title}</translation>
    </message>
    <message>
        <source>{time} ({session}) by {late}</source>
        <translation>{time} ({session}) de {late}</translation>
    </message>
</context>
<context>
    <name>RundownModel</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Estimé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Compr.</source>
        <translation>Racc.</translation>
    </message>
    <message>
        <source>Adj.</source>
        <translation>Ajust.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>▶ LIVE · ✓ done · ✕ skipped · blank: upcoming</source>
        <translation>▶ EN COURS · ✓ terminée · ✕ retirée · vide&#xa0;: à venir</translation>
    </message>
    <message>
        <source>planned start–end, as published</source>
        <translation>début–fin prévus, tels que publiés</translation>
    </message>
    <message>
        <source>projected start–end now, after every action and the clock</source>
        <translation>début–fin estimés à présent, compte tenu des actions et de l&apos;horloge</translation>
    </message>
    <message>
        <source>title, primary and secondary language (the whole title in the row&apos;s tooltip)</source>
        <translation>titre, langue principale et secondaire (titre complet dans l&apos;infobulle de la ligne)</translation>
    </message>
    <message>
        <source>projected (or actual) start − planned start</source>
        <translation>début estimé (ou réel) − début prévu</translation>
    </message>
    <message>
        <source>taken automatically from this flexible session to hold an anchor</source>
        <translation>retiré automatiquement de cette séance flexible pour tenir un horaire fixe</translation>
    </message>
    <message>
        <source>the chair&apos;s extensions (+) or compressions (−) by hand</source>
        <translation>prolongations (+) ou raccourcissements (−) faits à la main par la présidence</translation>
    </message>
    <message>
        <source>⚓start: must not start late · ⚓end: must not end late · ↔: may be compressed</source>
        <translation>⚓début&#xa0;: ne doit pas commencer en retard · ⚓fin&#xa0;: ne doit pas finir en retard · ↔&#xa0;: peut être raccourcie</translation>
    </message>
    <message>
        <source>session id, as in the agenda file and the journal</source>
        <translation>identifiant de la séance, comme dans le fichier d&apos;agenda et le journal</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ terminée</translation>
    </message>
    <message>
        <source>▶ LIVE</source>
        <translation>▶ EN COURS</translation>
    </message>
    <message>
        <source>✕ skipped</source>
        <translation>✕ retirée</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Q&amp;R</translation>
    </message>
    <message>
        <source>fireside chat</source>
        <translation>entretien informel</translation>
    </message>
    <message>
        <source>meal break</source>
        <translation>pause repas</translation>
    </message>
    <message>
        <source>⚓start</source>
        <translation>⚓début</translation>
    </message>
    <message>
        <source>⚓end</source>
        <translation>⚓fin</translation>
    </message>
    <message>
        <source>late {time}</source>
        <translation>retard {time}</translation>
    </message>
    <message>
        <source>compressed {time}</source>
        <translation>raccourcie {time}</translation>
    </message>
    <message>
        <source>adjusted by hand {time}</source>
        <translation>ajustée à la main {time}</translation>
    </message>
    <message>
        <source>fixed start at {time}</source>
        <translation>début fixe à {time}</translation>
    </message>
    <message>
        <source>fixed end at {time}</source>
        <translation>fin fixe à {time}</translation>
    </message>
    <message>
        <source>id in the agenda file: {id}</source>
        <translation>identifiant dans le fichier d’ordre du jour : {id}</translation>
    </message>
</context>
<context>
    <name>ScreenBadge</name>
    <message>
        <source>runofshow · screen {name}</source>
        <translation>runofshow · écran {name}</translation>
    </message>
    <message>
        <source>screen {number} of {count}</source>
        <translation>écran {number} sur {count}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;Open agenda…</source>
        <translation>&amp;Ouvrir un agenda…</translation>
    </message>
    <message>
        <source>&amp;Reload agenda</source>
        <translation>&amp;Recharger l&apos;agenda</translation>
    </message>
    <message>
        <source>Reload agenda (keeps the show)</source>
        <translation>Recharger l&apos;agenda (conserve la réunion)</translation>
    </message>
    <message>
        <source>Show the problems</source>
        <translation>Afficher les problèmes</translation>
    </message>
    <message>
        <source>Agendas and programmes ({patterns})</source>
        <translation>Agendas et programmes ({patterns})</translation>
    </message>
    <message>
        <source>Agendas ({patterns})</source>
        <translation>Agendas ({patterns})</translation>
    </message>
    <message>
        <source>Programmes to import ({patterns})</source>
        <translation>Programmes à importer ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Tous les fichiers ({patterns})</translation>
    </message>
    <message>
        <source>Open an agenda</source>
        <translation>Ouvrir un agenda</translation>
    </message>
    <message>
        <source>runofshow — cannot open the agenda</source>
        <translation>runofshow — impossible d&apos;ouvrir l&apos;agenda</translation>
    </message>
    <message numerus="yes">
        <source>{path} has %n problem(s). Nothing was changed: the show that is open goes on.</source>
        <translation>
            <numerusform>{path} comporte %n problème. Rien n&apos;a été modifié&#xa0;: la réunion ouverte continue.</numerusform>
            <numerusform>{path} comporte %n problèmes. Rien n&apos;a été modifié&#xa0;: la réunion ouverte continue.</numerusform>
        </translation>
    </message>
    <message>
        <source>runofshow — the show is open elsewhere</source>
        <translation>runofshow — la réunion est ouverte ailleurs</translation>
    </message>
    <message>
        <source>runofshow — cannot import the programme</source>
        <translation>runofshow — impossible d&apos;importer le programme</translation>
    </message>
    <message numerus="yes">
        <source>{path} has %n problem(s); nothing was written, and the show that is open goes on.</source>
        <translation>
            <numerusform>{path} comporte %n problème&#xa0;; rien n&apos;a été enregistré et la réunion ouverte continue.</numerusform>
            <numerusform>{path} comporte %n problèmes&#xa0;; rien n&apos;a été enregistré et la réunion ouverte continue.</numerusform>
        </translation>
    </message>
    <message>
        <source>runofshow — cannot write the agenda</source>
        <translation>runofshow — impossible d&apos;enregistrer l&apos;agenda</translation>
    </message>
    <message>
        <source>{path}: {error}; the show that is open goes on.</source>
        <translation>{path}&#xa0;: {error}&#xa0;; la réunion ouverte continue.</translation>
    </message>
    <message>
        <source>⚠ The agenda file now has 1 problem; the show goes on as it was.</source>
        <translation>⚠ Le fichier d&apos;agenda comporte maintenant 1 problème&#xa0;; la réunion continue comme avant.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The agenda file now has %n problems; the show goes on as it was.</source>
        <translation>
            <numerusform>⚠ Le fichier d&apos;agenda comporte maintenant %n problème&#xa0;; la réunion continue comme avant.</numerusform>
            <numerusform>⚠ Le fichier d&apos;agenda comporte maintenant %n problèmes&#xa0;; la réunion continue comme avant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the problem</source>
        <translation>Afficher le problème</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n problems</source>
        <translation>
            <numerusform>Afficher %n problème</numerusform>
            <numerusform>Afficher les %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda file changed on disk.</source>
        <translation>Le fichier d&apos;agenda a été modifié sur le disque.</translation>
    </message>
    <message>
        <source>{path} was saved with 1 problem. The show goes on with the agenda as it was read; once the file is fixed, the notice goes.</source>
        <translation>{path} a été enregistré avec 1 problème. La réunion continue avec l&apos;agenda tel qu&apos;il a été lu&#xa0;; une fois le fichier corrigé, cet avis disparaît.</translation>
    </message>
    <message numerus="yes">
        <source>{path} was saved with %n problems. The show goes on with the agenda as it was read; once the file is fixed, the notice goes.</source>
        <translation>
            <numerusform>{path} a été enregistré avec %n problème. La réunion continue avec l&apos;agenda tel qu&apos;il a été lu&#xa0;; une fois le fichier corrigé, cet avis disparaît.</numerusform>
            <numerusform>{path} a été enregistré avec %n problèmes. La réunion continue avec l&apos;agenda tel qu&apos;il a été lu&#xa0;; une fois le fichier corrigé, cet avis disparaît.</numerusform>
        </translation>
    </message>
    <message>
        <source>runofshow — the agenda file has problems</source>
        <translation>runofshow — le fichier d&apos;agenda comporte des problèmes</translation>
    </message>
    <message>
        <source>runofshow — cannot reload</source>
        <translation>runofshow — rechargement impossible</translation>
    </message>
    <message>
        <source>The agenda file has problems; the show goes on as it was.</source>
        <translation>Le fichier d&apos;agenda comporte des problèmes&#xa0;; la réunion continue comme avant.</translation>
    </message>
    <message>
        <source>runofshow — agenda reloaded</source>
        <translation>runofshow — agenda rechargé</translation>
    </message>
    <message numerus="yes">
        <source>The agenda was reloaded. %n action(s) of the show no longer apply and were set aside (they stay in the journal on record):</source>
        <translation>
            <numerusform>L&apos;agenda a été rechargé. %n action de la réunion ne s&apos;applique plus et a été mise de côté (elle reste consignée dans le journal)&#xa0;:</numerusform>
            <numerusform>L&apos;agenda a été rechargé. %n actions de la réunion ne s&apos;appliquent plus et ont été mises de côté (elles restent consignées dans le journal)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda reloaded.</source>
        <translation>Agenda rechargé.</translation>
    </message>
</context>
<context>
    <name>ShowController</name>
    <message>
        <source>could not write the show&apos;s journal ({error}); the action was not taken — check the disk</source>
        <translation>impossible d&apos;écrire le journal de la réunion ({error})&#xa0;; l&apos;action n&apos;a pas été effectuée — vérifiez le disque</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>rien à annuler</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>rien à rétablir</translation>
    </message>
</context>
<context>
    <name>ShowLock</name>
    <message>
        <source>no one</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>a process that left no name</source>
        <translation>un processus qui n&apos;a pas laissé de nom</translation>
    </message>
    <message>
        <source>pid {pid} on host {host}</source>
        <translation>pid {pid} sur l&apos;hôte {host}</translation>
    </message>
    <message>
        <source>This show ({journal}) cannot be locked: runofshow cannot write {lock} ({error}). Check that folder&apos;s permissions.</source>
        <translation>Cette réunion ({journal}) ne peut pas être verrouillée&#xa0;: runofshow ne peut pas écrire {lock} ({error}). Vérifiez les autorisations de ce dossier.</translation>
    </message>
    <message>
        <source>This show ({journal}) is already open in another runofshow ({owner}). Close it there first.</source>
        <translation>Cette réunion ({journal}) est déjà ouverte dans une autre instance de runofshow ({owner}). Fermez-la d&apos;abord là-bas.</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>Cannot play sound: aplay not found (Debian: apt install alsa-utils)</source>
        <translation>Impossible de lire le son&#xa0;: aplay introuvable (Debian&#xa0;: apt install alsa-utils)</translation>
    </message>
    <message>
        <source>Cannot play sound: {player} not found</source>
        <translation>Impossible de lire le son&#xa0;: {player} introuvable</translation>
    </message>
    <message>
        <source>cannot play {file}: no such file</source>
        <translation>impossible de lire {file}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>cannot start {player}: {error}</source>
        <translation>impossible de démarrer {player}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{player}: exit status {code}</source>
        <translation>{player}&#xa0;: code de sortie {code}</translation>
    </message>
</context>
<context>
    <name>Standby</name>
    <message>
        <source>this PC is following room {room}: its own PC runs the show (take over from the console if that PC fails)</source>
        <translation>ce PC suit la salle {room} : c’est le PC de la salle qui mène la réunion (reprenez la main depuis la console si ce PC tombe en panne)</translation>
    </message>
    <message>
        <source>a standby: room {room}&apos;s own PC speaks</source>
        <translation>un poste de secours : c’est le PC de la salle {room} qui parle</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>Reprendre la main…</translation>
    </message>
    <message>
        <source>ROOM {room}&apos;S PC HAS NOT ANSWERED since {time}: this PC can take over</source>
        <translation>LE PC DE LA SALLE {room} NE RÉPOND PLUS depuis {time} : ce PC peut reprendre la main</translation>
    </message>
    <message>
        <source>FOLLOWING room {room}</source>
        <translation>SUIVI de la salle {room}</translation>
    </message>
    <message>
        <source>ROOM {room}&apos;S PC IS OFFLINE since {time}: this PC can take over</source>
        <translation>LE PC DE LA SALLE {room} EST HORS LIGNE depuis {time} : ce PC peut reprendre la main</translation>
    </message>
    <message>
        <source>Take over room {room} on this PC?

This PC then runs the show from where its copy stands (journal entry {seq}) and publishes it as room {room}. If the room&apos;s PC comes back, it follows this one.</source>
        <translation>Reprendre la salle {room} sur ce PC ?

Ce PC mène alors la réunion à partir de sa copie (entrée {seq} du journal) et la publie comme salle {room}. Si le PC de la salle revient, il suivra celui-ci.</translation>
    </message>
    <message>
        <source>The room&apos;s PC still says it is online.</source>
        <translation>Le PC de la salle se dit encore en ligne.</translation>
    </message>
    <message>
        <source>This copy is INCOMPLETE: {count} journal entries of the room&apos;s PC have not arrived.</source>
        <translation>Cette copie est INCOMPLÈTE : {count} entrées du journal du PC de la salle ne sont pas arrivées.</translation>
    </message>
    <message>
        <source>runofshow — take over</source>
        <translation>runofshow — reprise</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>TIME LEFT</source>
        <translation>TEMPS RESTANT</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ATTENTION</translation>
    </message>
    <message>
        <source>LAST MINUTE</source>
        <translation>DERNIÈRE MINUTE</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>DÉPASSEMENT</translation>
    </message>
    <message>
        <source>STARTS IN</source>
        <translation>DÉBUT DANS</translation>
    </message>
</context>
<context>
    <name>TtsEngine</name>
    <message>
        <source>No speech engine: the Python package pyttsx3 is missing (pip install pyttsx3)</source>
        <translation>Aucun moteur de synthèse vocale&#xa0;: le paquet Python pyttsx3 est absent (pip install pyttsx3)</translation>
    </message>
    <message>
        <source>No speech engine: Windows speech (SAPI5) could not start</source>
        <translation>Aucun moteur de synthèse vocale&#xa0;: la synthèse vocale de Windows (SAPI5) n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>No speech engine: macOS speech could not start (pyttsx3 needs pyobjc)</source>
        <translation>Aucun moteur de synthèse vocale&#xa0;: la synthèse vocale de macOS n&apos;a pas pu démarrer (pyttsx3 nécessite pyobjc)</translation>
    </message>
    <message>
        <source>No speech engine: install espeak-ng (Debian: apt install espeak-ng alsa-utils)</source>
        <translation>Aucun moteur de synthèse vocale&#xa0;: installez espeak-ng (Debian&#xa0;: apt install espeak-ng alsa-utils)</translation>
    </message>
</context>
<context>
    <name>VenueFeed</name>
    <message>
        <source>{address} refused us: {reason}</source>
        <translation>{address} nous a refusés : {reason}</translation>
    </message>
    <message>
        <source>{address}, event {event}</source>
        <translation>{address}, événement {event}</translation>
    </message>
    <message>
        <source>{address}: connection lost; reconnecting</source>
        <translation>{address} : connexion perdue ; reconnexion</translation>
    </message>
</context>
<context>
    <name>VenueFollower</name>
    <message>
        <source>following room {room} on {address}: connecting…</source>
        <translation>suivi de la salle {room} sur {address} : connexion…</translation>
    </message>
    <message>
        <source>following room {room}: it reloaded its agenda; waiting for that agenda</source>
        <translation>suivi de la salle {room} : elle a rechargé son programme ; en attente de ce programme</translation>
    </message>
    <message>
        <source>this copy of room {room} stopped at entry {seq}: {error}</source>
        <translation>la copie de la salle {room} s’est arrêtée à l’entrée {seq} : {error}</translation>
    </message>
    <message>
        <source>following room {room}: INCOMPLETE, {count} journal entries missing (asked again)</source>
        <translation>suivi de la salle {room} : INCOMPLET, {count} entrées du journal manquent (redemandées)</translation>
    </message>
    <message>
        <source>following room {room} on {address}: journal entry {seq}</source>
        <translation>suivi de la salle {room} sur {address} : entrée {seq} du journal</translation>
    </message>
    <message>
        <source>following room {room}: connection to {address} lost; reconnecting</source>
        <translation>suivi de la salle {room} : connexion à {address} perdue ; reconnexion</translation>
    </message>
</context>
<context>
    <name>VenueMenu</name>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>Every room at a &amp;glance…</source>
        <translation>Toutes les salles d’un &amp;coup d’œil…</translation>
    </message>
    <message>
        <source>&amp;Publish this room…</source>
        <translation>&amp;Publier cette salle…</translation>
    </message>
    <message>
        <source>&amp;Stop publishing</source>
        <translation>&amp;Arrêter la publication</translation>
    </message>
    <message>
        <source>&amp;Follow a room as its standby…</source>
        <translation>&amp;Suivre une salle comme poste de secours…</translation>
    </message>
    <message>
        <source>&amp;Change room or broker…</source>
        <translation>&amp;Changer de salle ou de broker…</translation>
    </message>
    <message>
        <source>Publishing as room {room} of event {event} on {address}</source>
        <translation>Publication en tant que salle {room} de l’événement {event} sur {address}</translation>
    </message>
    <message>
        <source>Publish this room&apos;s show to the venue&apos;s MQTT broker</source>
        <translation>Publier la réunion de cette salle sur le broker MQTT du site</translation>
    </message>
    <message>
        <source>This PC follows room {room} already</source>
        <translation>Ce PC suit déjà la salle {room}</translation>
    </message>
    <message>
        <source>Close this show and mirror another PC&apos;s room, ready to take it over</source>
        <translation>Fermer ce déroulé et refléter la salle d&apos;un autre PC, prêt à la reprendre</translation>
    </message>
    <message>
        <source>This PC follows room {room} (--follow): it publishes only once it takes over</source>
        <translation>Ce PC suit la salle {room} (--follow) : il ne publie qu’une fois qu’il a repris la main</translation>
    </message>
    <message>
        <source>Set on the command line: room {room} of event {event} on {address}</source>
        <translation>Défini en ligne de commande : salle {room} de l’événement {event} sur {address}</translation>
    </message>
    <message>
        <source>Venue overview</source>
        <translation>Vue d’ensemble du site</translation>
    </message>
    <message>
        <source>The venue&apos;s broker (mqtt://HOST:PORT or mqtts://…):</source>
        <translation>Le broker du site (mqtt://HOST:PORT ou mqtts://…) :</translation>
    </message>
    <message>
        <source>The event:</source>
        <translation>L’événement :</translation>
    </message>
</context>
<context>
    <name>VenuePublisher</name>
    <message>
        <source>connecting to {address} as room {room}…</source>
        <translation>connexion à {address} en tant que salle {room}…</translation>
    </message>
    <message>
        <source>the broker refused us: {reason}</source>
        <translation>le broker nous a refusés : {reason}</translation>
    </message>
    <message>
        <source> — check the user name and password</source>
        <translation> — vérifiez le nom d’utilisateur et le mot de passe</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <source>the broker&apos;s certificate was not accepted: {why}</source>
        <translation>le certificat du broker n’a pas été accepté : {why}</translation>
    </message>
    <message>
        <source>the broker does not answer</source>
        <translation>le broker ne répond pas</translation>
    </message>
    <message>
        <source>the venue publisher failed; see the log</source>
        <translation>la publication vers le site a échoué ; voir le journal</translation>
    </message>
    <message>
        <source>room {room} was taken over by another PC (a newer show on the broker): this PC publishes nothing and writes nothing</source>
        <translation>la salle {room} a été reprise par un autre PC (une réunion plus récente sur le broker) : ce PC ne publie ni n’écrit rien</translation>
    </message>
    <message>
        <source>another PC is live as room {room} on {address}: this PC publishes nothing and writes nothing</source>
        <translation>un autre PC est en direct comme salle {room} sur {address} : ce PC ne publie ni n’écrit rien</translation>
    </message>
    <message>
        <source>publishing to {address} as room {room}</source>
        <translation>publication vers {address} en tant que salle {room}</translation>
    </message>
    <message>
        <source> (journal entry {number} acknowledged)</source>
        <translation> (entrée {number} du journal confirmée)</translation>
    </message>
    <message>
        <source>; {count} on the way</source>
        <translation> ; {count} en route</translation>
    </message>
    <message>
        <source>{address}: {problem}; reconnecting — the show goes on</source>
        <translation>{address} : {problem} ; reconnexion — la réunion continue</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>pas encore connecté</translation>
    </message>
    <message>
        <source>, {count} journal entries wait for it</source>
        <translation>, {count} entrées du journal l’attendent</translation>
    </message>
</context>
<context>
    <name>WebViews</name>
    <message>
        <source>Next</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Début à</translation>
    </message>
    <message>
        <source>Programme complete</source>
        <translation>Programme terminé</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>RÉPÉTITION</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Va commencer</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>EN COURS</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Nothing more today</source>
        <translation>Plus rien aujourd&apos;hui</translation>
    </message>
    <message>
        <source>The day&apos;s programme</source>
        <translation>Programme du jour</translation>
    </message>
    <message>
        <source>End of the day</source>
        <translation>Fin de la journée</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Plus tard dans la journée</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>estimé</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>AT RISK: {what}</source>
        <translation>MENACÉ : {what}</translation>
    </message>
    <message>
        <source>as soon as this one ends</source>
        <translation>dès la fin de celle-ci</translation>
    </message>
    <message>
        <source>starts in {wait}, {time}</source>
        <translation>commence dans {wait}, à {time}</translation>
    </message>
    <message>
        <source>in {wait}</source>
        <translation>dans {wait}</translation>
    </message>
    <message>
        <source>starts at {time}</source>
        <translation>commence à {time}</translation>
    </message>
    <message>
        <source>ends {end} (planned {planned})</source>
        <translation>fin à {end} (prévue à {planned})</translation>
    </message>
    <message>
        <source>ends at {time}</source>
        <translation>fin à {time}</translation>
    </message>
    <message>
        <source>PROJECTOR BLACKED OUT</source>
        <translation>PROJECTION MASQUÉE</translation>
    </message>
    <message>
        <source>The projector is blacked out by the technician</source>
        <translation>Le technicien a masqué la projection</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Connexion perdue — reconnexion…</translation>
    </message>
    <message>
        <source>No update for {seconds} s — the times shown may be behind</source>
        <translation>Aucune mise à jour depuis {seconds} s — les heures affichées peuvent être en retard</translation>
    </message>
    <message>
        <source>last update {time}</source>
        <translation>dernière mise à jour {time}</translation>
    </message>
    <message>
        <source>This link&apos;s token was refused: ask the technician for a new link (the QR code in the console)</source>
        <translation>Le jeton de ce lien a été refusé : demandez un nouveau lien au technicien (le code QR de la console)</translation>
    </message>
    <message>
        <source>This link has no token: ask the technician for the link (the QR code in the console)</source>
        <translation>Ce lien n&apos;a pas de jeton : demandez le lien au technicien (le code QR de la console)</translation>
    </message>
    <message>
        <source>The venue&apos;s broker refused the connection</source>
        <translation>Le serveur de messages du site a refusé la connexion</translation>
    </message>
    <message>
        <source>The room&apos;s computer is offline: this is the last state it published</source>
        <translation>L&apos;ordinateur de la salle est hors ligne : voici le dernier état qu&apos;il a publié</translation>
    </message>
    <message>
        <source>This link is incomplete: it needs</source>
        <translation>Ce lien est incomplet : il lui faut</translation>
    </message>
    <message>
        <source>The control page works only with the room&apos;s computer, not through the broker</source>
        <translation>La page de commande ne fonctionne qu&apos;avec l&apos;ordinateur de la salle, pas par le serveur de messages</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Commencer maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Start “{title}” now, {early} before its planned {time}?</source>
        <translation>Commencer « {title} » maintenant, {early} avant l&apos;heure prévue ({time}) ?</translation>
    </message>
    <message>
        <source>Not connected: the keys work again when the connection is back</source>
        <translation>Non connecté : les touches fonctionneront dès le retour de la connexion</translation>
    </message>
    <message>
        <source>± minutes need a live session</source>
        <translation>± minutes : il faut une séance en cours</translation>
    </message>
    <message>
        <source>Next ignored: pressed twice. To move on again, wait a moment and press once.</source>
        <translation>« À suivre » ignoré : touche pressée deux fois. Pour passer à la suite, attendez un instant puis appuyez une seule fois.</translation>
    </message>
    <message>
        <source>Ignored: pressed twice. To do it again, wait a moment and press once.</source>
        <translation>Ignoré : pressé deux fois. Pour le refaire, attendez un instant et appuyez une fois.</translation>
    </message>
    <message>
        <source>Not started: it starts at its planned time, or when you confirm.</source>
        <translation>Non commencée : la séance commence à l&apos;heure prévue, ou dès que vous confirmez.</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>non fait</translation>
    </message>
    <message>
        <source>no answer yet: look at the clock before pressing again</source>
        <translation>pas encore de réponse : regardez l&apos;horloge avant d&apos;appuyer à nouveau</translation>
    </message>
    <message>
        <source>the connection dropped before the answer: look at the clock before pressing again</source>
        <translation>la connexion a été coupée avant la réponse : regardez l&apos;horloge avant d&apos;appuyer à nouveau</translation>
    </message>
    <message>
        <source>Every room at a glance</source>
        <translation>Toutes les salles d&apos;un coup d&apos;œil</translation>
    </message>
    <message>
        <source>event {event} · rooms: {count}</source>
        <translation>événement {event} · salles : {count}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Séance en cours</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <source>Next anchor at risk</source>
        <translation>Prochaine heure fixe menacée</translation>
    </message>
    <message>
        <source>No room of this event has published yet.</source>
        <translation>Aucune salle de cet événement n&apos;a encore publié.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>online · rehearsal</source>
        <translation>en ligne · répétition</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>HORS LIGNE</translation>
    </message>
    <message>
        <source>no news</source>
        <translation>sans nouvelles</translation>
    </message>
    <message>
        <source>next: {title}</source>
        <translation>suivante : {title}</translation>
    </message>
    <message>
        <source>{time} ({session}) by {late}</source>
        <translation>{time} ({session}) de {late}</translation>
    </message>
</context>
</TS>
