<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Announcer</name>
    <message>
        <source>Speech is closed</source>
        <translation>Озвучивание остановлено</translation>
    </message>
    <message>
        <source>The speech engine is still starting</source>
        <translation>Синтезатор речи ещё запускается</translation>
    </message>
    <message>
        <source>the speech worker failed (see the log)</source>
        <translation>сбой процесса озвучивания (см. лог)</translation>
    </message>
    <message>
        <source>no audio output — {problem}</source>
        <translation>нет аудиовыхода — {problem}</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Cues and announcements</source>
        <translation>Сигналы и объявления</translation>
    </message>
    <message>
        <source>the last journal line was torn by a crash and was dropped; every acknowledged action is kept</source>
        <translation>последняя строка журнала была повреждена при сбое и отброшена; все подтверждённые действия сохранены</translation>
    </message>
    <message>
        <source>checking on the broker that room {room} is this PC&apos;s…</source>
        <translation>проверка у брокера, что зал {room} принадлежит этому ПК…</translation>
    </message>
    <message>
        <source>another PC is live as room {room}: this PC takes no action (quit it, or start it with --follow to mirror that PC)</source>
        <translation>другой ПК уже работает как зал {room}: этот ПК ничего не делает (закройте его или запустите с --follow, чтобы следовать за тем ПК)</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Удалённый доступ</translation>
    </message>
    <message>
        <source>runofshow — the show is open elsewhere</source>
        <translation>runofshow — мероприятие уже открыто</translation>
    </message>
    <message>
        <source>runofshow — journal</source>
        <translation>runofshow — журнал</translation>
    </message>
    <message>
        <source>The journal of this show cannot be replayed on this agenda:

{error}

Start the show afresh? The old journal is kept aside, not deleted.</source>
        <translation>Журнал этого мероприятия невозможно воспроизвести на этой повестке:

{error}

Начать мероприятие заново? Старый журнал будет сохранён отдельно, а не удалён.</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} ч {minutes} мин</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>менее минуты</translation>
    </message>
    <message>
        <source>{time} close</source>
        <translation>закрытие в {time}</translation>
    </message>
    <message>
        <source>{time} end</source>
        <translation>окончание в {time}</translation>
    </message>
    <message>
        <source>{time} start</source>
        <translation>начало в {time}</translation>
    </message>
    <message>
        <source>{anchor} at risk by {late}</source>
        <translation>{anchor} под угрозой: задержка {late}</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>по графику</translation>
    </message>
    <message>
        <source>{late} late</source>
        <translation>отставание {late}</translation>
    </message>
    <message>
        <source>{late} ahead</source>
        <translation>опережение {late}</translation>
    </message>
    <message>
        <source>running {late} late</source>
        <translation>отставание от графика {late}</translation>
    </message>
    <message>
        <source>running {late} ahead</source>
        <translation>опережение графика {late}</translation>
    </message>
    <message>
        <source>on time ({minutes} min taken from flexible slots)</source>
        <translation>по графику (гибкие сессии сокращены на {minutes} мин)</translation>
    </message>
    <message>
        <source>ends at {time} for the close</source>
        <translation>окончание в {time} (закрытие дня)</translation>
    </message>
    <message>
        <source>must end by {time}</source>
        <translation>окончить не позднее {time}</translation>
    </message>
    <message>
        <source>back at {time}</source>
        <translation>продолжение в {time}</translation>
    </message>
    <message>
        <source>for the fixed start at {time}</source>
        <translation>к фиксированному началу в {time}</translation>
    </message>
    <message>
        <source>for the {time} close</source>
        <translation>к закрытию в {time}</translation>
    </message>
    <message>
        <source>for the fixed end at {time}</source>
        <translation>к фиксированному окончанию в {time}</translation>
    </message>
    <message>
        <source>in {wait}, {time}</source>
        <translation>через {wait}, в {time}</translation>
    </message>
</context>
<context>
    <name>ChairCommands</name>
    <message>
        <source>Keys: Space next · + / − 1 min · ↑ / ↓ 5 min · Ctrl+Z undo · Ctrl+Y redo</source>
        <translation>Клавиши: Пробел — далее · + / − 1 мин · ↑ / ↓ 5 мин · Ctrl+Z отмена · Ctrl+Y повтор</translation>
    </message>
    <message>
        <source>Not done: five minutes are ↑ / ↓ (+ / − change one minute)</source>
        <translation>Не выполнено: пять минут — клавиши ↑ / ↓ (+ / − меняют на одну минуту)</translation>
    </message>
    <message>
        <source>{minutes} min needs a live session; none is live</source>
        <translation>{minutes} мин: нужна идущая сессия, а её нет</translation>
    </message>
    <message>
        <source>nothing left to start today: the next session is on another day</source>
        <translation>на сегодня больше нечего начинать: следующее заседание в другой день</translation>
    </message>
    <message>
        <source>nothing left to start: the programme is complete</source>
        <translation>начинать больше нечего: программа завершена</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>нечего отменять</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>нечего повторять</translation>
    </message>
    <message>
        <source>“{title}” is planned to start at {time}, in {duration}.

Start it now?</source>
        <translation>«{title}» по плану начинается в {time}, через {duration}.

Начать сейчас?</translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <source>−5 min (↓)</source>
        <translation>−5 мин (↓)</translation>
    </message>
    <message>
        <source>−1 min (−)</source>
        <translation>−1 мин (−)</translation>
    </message>
    <message>
        <source>+1 min (+)</source>
        <translation>+1 мин (+)</translation>
    </message>
    <message>
        <source>+5 min (↑)</source>
        <translation>+5 мин (↑)</translation>
    </message>
    <message>
        <source>Next ▶ (Space)</source>
        <translation>Далее ▶ (Пробел)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Отменить (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Y)</source>
        <translation>Повторить (Ctrl+Y)</translation>
    </message>
    <message>
        <source>runofshow — chair</source>
        <translation>runofshow — окно председателя</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>РЕПЕТИЦИЯ</translation>
    </message>
    <message>
        <source>PROJECTOR BLACKED OUT</source>
        <translation>ПРОЕКТОР ЗАТЕМНЁН</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>Не выполнено: {reason}</translation>
    </message>
    <message>
        <source>Ignored: pressed twice. To do it again, wait a moment and press once.</source>
        <translation>Пропущено: нажато дважды. Чтобы повторить, подождите немного и нажмите один раз.</translation>
    </message>
    <message>
        <source>Next ignored: pressed twice. To move on again, wait a moment and press once.</source>
        <translation>Команда «Далее» не принята: двойное нажатие. Чтобы перейти дальше, подождите немного и нажмите один раз.</translation>
    </message>
    <message>
        <source>Start early?</source>
        <translation>Начать раньше?</translation>
    </message>
    <message>
        <source>Not started: it starts at its planned time, or when you confirm.</source>
        <translation>Не начато: сессия начнётся в запланированное время или после вашего подтверждения.</translation>
    </message>
    <message>
        <source>Programme complete</source>
        <translation>Программа завершена</translation>
    </message>
    <message>
        <source>Next {when}: {titles}</source>
        <translation>Далее {when}: {titles}</translation>
    </message>
    <message>
        <source>Starts {when}</source>
        <translation>Начало {when}</translation>
    </message>
    <message>
        <source>Starts {when} — press Space to start it</source>
        <translation>Начало {when} — нажмите Пробел, чтобы начать</translation>
    </message>
    <message>
        <source>Starts {when} — Space starts it from {time}</source>
        <translation>Начало {when} — Пробел запустит сессию с {time}</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>{title} — runofshow console — REHEARSAL</source>
        <translation>{title} — пульт runofshow — РЕПЕТИЦИЯ</translation>
    </message>
    <message>
        <source>{title} — runofshow console</source>
        <translation>{title} — пульт runofshow</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ Начать</translation>
    </message>
    <message>
        <source>start the selected session now</source>
        <translation>начать выбранную сессию сейчас</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Back in the programme</source>
        <translation>Возвращено в программу</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>the selected session will not take place</source>
        <translation>выбранная сессия не состоится</translation>
    </message>
    <message>
        <source>Unskip</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>the selected session will take place again</source>
        <translation>выбранная сессия снова состоится</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>extend the selected session by {minutes} min</source>
        <translation>продлить выбранную сессию на {minutes} мин</translation>
    </message>
    <message>
        <source>compress the selected session by {minutes} min</source>
        <translation>сократить выбранную сессию на {minutes} мин</translation>
    </message>
    <message>
        <source>next</source>
        <comment>status: moved on to the next session</comment>
        <translation>переход к следующей</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>повторено</translation>
    </message>
    <message>
        <source>▶▶ Next</source>
        <translation>▶▶ Далее</translation>
    </message>
    <message>
        <source>end the live session and start the next one</source>
        <translation>завершить текущую сессию и начать следующую</translation>
    </message>
    <message>
        <source>■ End</source>
        <translation>■ Завершить</translation>
    </message>
    <message>
        <source>end the live session</source>
        <translation>завершить текущую сессию</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ Отменить</translation>
    </message>
    <message>
        <source>undo the last action</source>
        <translation>отменить последнее действие</translation>
    </message>
    <message>
        <source>↷ Redo</source>
        <translation>↷ Повторить</translation>
    </message>
    <message>
        <source>redo the last undone action</source>
        <translation>повторить отменённое действие</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>РЕПЕТИЦИЯ</translation>
    </message>
    <message>
        <source>rehearsal clock at {speed}× real time</source>
        <translation>репетиционные часы: {speed}× реального времени</translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation>Выбранная сессия</translation>
    </message>
    <message>
        <source>Ignored: pressed twice. Wait a moment, then press once.</source>
        <translation>Пропущено: нажато дважды. Подождите немного и нажмите один раз.</translation>
    </message>
    <message>
        <source>Skip “{title}”?

Its fixed start at {start} and its fixed end at {end} go with it: the sessions before it are no longer shortened to keep them, and nothing will warn if the day runs past them.</source>
        <translation>Пропустить «{title}»?

Вместе с ней исчезают фиксированное начало в {start} и фиксированное окончание в {end}: предыдущие сессии больше не сокращаются ради них, и ничто не предупредит, если день их превысит.</translation>
    </message>
    <message>
        <source>Skip “{title}”?

Its fixed end at {end} goes with it: the sessions before it are no longer shortened to keep it, and nothing will warn if the day runs past it.</source>
        <translation>Пропустить «{title}»?

Вместе с ней исчезает фиксированное окончание в {end}: предыдущие сессии больше не сокращаются ради него, и ничто не предупредит, если день его превысит.</translation>
    </message>
    <message>
        <source>Skip “{title}”?

Its fixed start at {start} goes with it: the sessions before it are no longer shortened to keep it.</source>
        <translation>Пропустить «{title}»?

Вместе с ней исчезает фиксированное начало в {start}: предыдущие сессии больше не сокращаются ради него.</translation>
    </message>
    <message>
        <source>Skip a session with a fixed time?</source>
        <translation>Пропустить сессию с фиксированным временем?</translation>
    </message>
    <message>
        <source>Not skipped: {title}</source>
        <translation>Не пропущено: {title}</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <source>{title}: {minutes} min</source>
        <translation>{title}: {minutes} мин</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Отклонено: {reason}</translation>
    </message>
    <message>
        <source>{date}  ● LIVE</source>
        <translation>{date}  ● В ЭФИРЕ</translation>
    </message>
    <message>
        <source>{state} · id in the agenda file: {id}</source>
        <translation>{state} · ID в файле повестки: {id}</translation>
    </message>
    <message>
        <source>Select a session in the rundown.</source>
        <translation>Выберите сессию в плане дня.</translation>
    </message>
</context>
<context>
    <name>CuePanel</name>
    <message>
        <source>not heard</source>
        <translation>не услышан</translation>
    </message>
    <message>
        <source>not spoken</source>
        <translation>не озвучен</translation>
    </message>
    <message>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>возобновление</translation>
    </message>
    <message>
        <source>close</source>
        <translation>закрытие</translation>
    </message>
    <message>
        <source>Speech is off for this show; cues still show on screen.</source>
        <translation>Озвучивание для этого мероприятия отключено; сигналы по-прежнему показываются на экране.</translation>
    </message>
    <message>
        <source>Speech: speaking…</source>
        <translation>Озвучивание: воспроизводится…</translation>
    </message>
    <message>
        <source>Speech: ready — last played at {time}.</source>
        <translation>Озвучивание: готово — последнее воспроизведение в {time}.</translation>
    </message>
    <message>
        <source>Speech: ready — nothing played yet: “Test the voice” checks the speakers.</source>
        <translation>Озвучивание: готово — ещё ничего не воспроизводилось: «Проверить голос» проверяет динамики.</translation>
    </message>
    <message>
        <source>Speech: {state} — {why}. Cues still show on screen.</source>
        <translation>Озвучивание: {state} — {why}. Сигналы по-прежнему показываются на экране.</translation>
    </message>
    <message>
        <source>Speech: {state}. Cues still show on screen.</source>
        <translation>Озвучивание: {state}. Сигналы по-прежнему показываются на экране.</translation>
    </message>
    <message>
        <source>withdrawn: the action that set it off was undone</source>
        <translation>отозвано: действие, вызвавшее его, отменено</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>skipped, {seconds} s late</source>
        <translation>пропущен, опоздание {seconds} с</translation>
    </message>
    <message>
        <source>fired, shown</source>
        <translation>сработал, показан</translation>
    </message>
    <message>
        <source>fired, shown and spoken</source>
        <translation>сработал, показан и озвучен</translation>
    </message>
    <message>
        <source>fired, shown; {outcome}</source>
        <translation>сработал, показан; {outcome}</translation>
    </message>
    <message>
        <source>fired, shown; {outcome}: {why}</source>
        <translation>сработал, показан; {outcome}: {why}</translation>
    </message>
    <message>
        <source>fired, shown; speaking…</source>
        <translation>сработал, показан; озвучивается…</translation>
    </message>
    <message>
        <source>fired, shown; not known if heard</source>
        <translation>сработал, показан; неизвестно, услышан ли</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Сигнал</translation>
    </message>
    <message>
        <source>Session · words</source>
        <translation>Сессия · текст</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Озвучить</translation>
    </message>
    <message>
        <source>Mute all speech</source>
        <translation>Выключить озвучивание</translation>
    </message>
    <message>
        <source> wpm</source>
        <comment>words per minute, after the number</comment>
        <translation> сл/мин</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Проверить голос</translation>
    </message>
    <message>
        <source>The voice that speaks {language}</source>
        <translation>Голос для языка {language}</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <source>Speed</source>
        <comment>of speech</comment>
        <translation>Темп</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next cues&lt;/b&gt; (untick to keep one silent)</source>
        <translation>&lt;b&gt;Следующие сигналы&lt;/b&gt; (снимите флажок, чтобы не озвучивать)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fired and skipped&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сработавшие и пропущенные&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>с озвучиванием</translation>
    </message>
    <message>
        <source>shown only</source>
        <translation>только показ</translation>
    </message>
</context>
<context>
    <name>CueScheduler</name>
    <message>
        <source>starting</source>
        <translation>запускается</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>воспроизводится</translation>
    </message>
    <message>
        <source>no engine</source>
        <translation>нет синтезатора</translation>
    </message>
    <message>
        <source>no audio output</source>
        <translation>нет аудиовыхода</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <source>speech is off for this show</source>
        <translation>озвучивание отключено для этого мероприятия</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>звук выключен</translation>
    </message>
    <message>
        <source>not queued</source>
        <translation>не поставлен в очередь</translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>прерван</translation>
    </message>
    <message>
        <source>the app was closing</source>
        <translation>приложение закрывалось</translation>
    </message>
</context>
<context>
    <name>DaySummary</name>
    <message>
        <source>Planned end</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>Прогноз окончания</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>▶ LIVE · {countdown} over</source>
        <translation>▶ ИДЁТ · превышение {countdown}</translation>
    </message>
    <message>
        <source>▶ LIVE · {countdown} left</source>
        <translation>▶ ИДЁТ · осталось {countdown}</translation>
    </message>
    <message>
        <source>Next · starts in {countdown}</source>
        <translation>Далее · начало через {countdown}</translation>
    </message>
    <message>
        <source>The show is over</source>
        <translation>Мероприятие завершено</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>PDF with a timeline (*.pdf)</source>
        <translation>PDF с временной шкалой (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>Run sheet (&amp;PDF)…</source>
        <translation>&amp;Поминутный план (PDF)…</translation>
    </message>
    <message>
        <source>Run sheet, &amp;technician&apos;s copy with cues (PDF)…</source>
        <translation>Поминутный план, &amp;экземпляр техника с сигналами (PDF)…</translation>
    </message>
    <message>
        <source>Pr&amp;int run sheet…</source>
        <translation>Пе&amp;чать поминутного плана…</translation>
    </message>
    <message>
        <source>&amp;After the show: report (PDF / CSV / XLSX)…</source>
        <translation>По &amp;итогам: отчёт о мероприятии (PDF / CSV / XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Calendar (ICS)…</source>
        <translation>&amp;Календарь (ICS)…</translation>
    </message>
    <message>
        <source>runofshow — the export was not written</source>
        <translation>runofshow — файл не записан</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf)</source>
        <translation>PDF, A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter (*.pdf)</source>
        <translation>PDF, US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Save the run sheet</source>
        <translation>Сохранить поминутный план</translation>
    </message>
    <message>
        <source>Run sheet written to {path}.</source>
        <translation>Поминутный план сохранён в {path}.</translation>
    </message>
    <message>
        <source>Run sheet sent to the printer.</source>
        <translation>Поминутный план отправлен на печать.</translation>
    </message>
    <message>
        <source>Save the report of the show</source>
        <translation>Сохранить отчёт о мероприятии</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Отчёт сохранён в {path}.</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Сохранить календарь</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Календарь (*.ics)</translation>
    </message>
    <message>
        <source>Calendar written to {path}.</source>
        <translation>Календарь сохранён в {path}.</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>No Chinese font is installed: Chinese titles may show as boxes. Install Noto Sans CJK (Debian: apt install fonts-noto-cjk) or put a .otf/.ttf in assets/fonts/.</source>
        <translation>Не установлен китайский шрифт: китайские названия могут отображаться квадратиками. Установите Noto Sans CJK (Debian: apt install fonts-noto-cjk) или поместите файл .otf/.ttf в assets/fonts/.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>runofshow — import {file}</source>
        <translation>runofshow — импорт {file}</translation>
    </message>
    <message>
        <source>Nothing was guessed.</source>
        <translation>Ничего не пришлось угадывать.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message numerus="yes">
        <source>%n guess(es) and left-out line(s) to check, below.</source>
        <translation>
            <numerusform>Ниже %n пункт для проверки (догадки и пропущенные строки).</numerusform>
            <numerusform>Ниже %n пункта для проверки (догадки и пропущенные строки).</numerusform>
            <numerusform>Ниже %n пунктов для проверки (догадки и пропущенные строки).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open writes the agenda to {path} and starts the show on it.</source>
        <translation>«Открыть» записывает повестку в {path} и начинает по ней мероприятие.</translation>
    </message>
    <message>
        <source>It has no timezone: it runs in this computer&apos;s zone; add `timezone:` to fix it.</source>
        <translation>Часовой пояс не указан: используется пояс этого компьютера; чтобы исправить, добавьте `timezone:`.</translation>
    </message>
    <message>
        <source>Write the agenda to</source>
        <translation>Записать повестку в</translation>
    </message>
    <message>
        <source>Agendas (*.yaml *.yml)</source>
        <translation>Повестки (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>ImportQuestions</name>
    <message>
        <source>runofshow — import {file}</source>
        <translation>runofshow — импорт {file}</translation>
    </message>
    <message>
        <source>{file} needs an answer before it can become an agenda:</source>
        <translation>{file}: нужен ответ, прежде чем файл станет повесткой:</translation>
    </message>
    <message>
        <source>Room (each room is its own agenda):</source>
        <translation>Зал (у каждого зала своя повестка):</translation>
    </message>
    <message>
        <source>Date of the first day:</source>
        <translation>Дата первого дня:</translation>
    </message>
    <message>
        <source>Timezone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Преобразовать</translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>Screens kept awake by {method}</source>
        <translation>Экраны не засыпают ({method})</translation>
    </message>
    <message>
        <source>Cannot keep the screens awake: {problem} — disable the screensaver and display sleep by hand</source>
        <translation>Невозможно запретить экранам засыпать: {problem} — отключите заставку и спящий режим дисплея вручную</translation>
    </message>
    <message>
        <source>Screens free to sleep: no session is live or due within the hour</source>
        <translation>Экраны могут засыпать: в ближайший час нет идущих или предстоящих сессий</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>OscPanel</name>
    <message>
        <source>Take OSC commands (UDP, no token)</source>
        <translation>Принимать команды OSC (UDP, без токена)</translation>
    </message>
    <message>
        <source>/runofshow/next, /runofshow/extend 5, … from a control surface, QLab or TouchOSC: docs/remote.md</source>
        <translation>/runofshow/next, /runofshow/extend 5, … с пульта управления, QLab или TouchOSC: docs/remote.md</translation>
    </message>
    <message>
        <source>where to listen: {host} is this computer only; 0.0.0.0 lets any device on the network drive the show</source>
        <translation>адрес для приёма: {host} — только этот компьютер; 0.0.0.0 позволяет любому устройству в сети управлять мероприятием</translation>
    </message>
    <message>
        <source>port </source>
        <comment>before the port number</comment>
        <translation>порт </translation>
    </message>
    <message>
        <source>OSC is off: {error}.</source>
        <translation>OSC отключён: {error}.</translation>
    </message>
    <message>
        <source>OSC is off.</source>
        <translation>OSC отключён.</translation>
    </message>
    <message>
        <source>OSC is starting…</source>
        <translation>OSC запускается…</translation>
    </message>
    <message>
        <source>OSC on {address} (UDP): programs on this computer can drive the show, with no token.</source>
        <translation>OSC на {address} (UDP): программы на этом компьютере могут управлять мероприятием без токена.</translation>
    </message>
    <message>
        <source>OSC on {address} (UDP): any device that reaches this computer can drive the show. OSC has no token.</source>
        <translation>OSC на {address} (UDP): любое устройство, имеющее доступ к этому компьютеру, может управлять мероприятием. OSC работает без токена.</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>runofshow — venue overview: {event}</source>
        <translation>runofshow — обзор площадки: {event}</translation>
    </message>
    <message>
        <source>connecting to {address}…</source>
        <translation>подключение к {address}…</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>after the show: planned against actual</source>
        <translation>по итогам мероприятия: план и факт</translation>
    </message>
    <message>
        <source>run sheet, technician&apos;s copy</source>
        <translation>поминутный план, экземпляр техника</translation>
    </message>
    <message>
        <source>run sheet</source>
        <translation>поминутный план</translation>
    </message>
    <message>
        <source>cannot draw the PDF (Qt could not open the page)</source>
        <translation>невозможно построить PDF (Qt не удалось открыть страницу)</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>страница {number} из {total}</translation>
    </message>
</context>
<context>
    <name>PdfSheet</name>
    <message>
        <source>actual</source>
        <translation>факт</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>что произошло</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>прогноз</translation>
    </message>
    <message>
        <source>anchors</source>
        <translation>фикс. время</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>план</translation>
    </message>
    <message>
        <source>session</source>
        <translation>сессия</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>cues</source>
        <translation>сигналы</translation>
    </message>
    <message>
        <source>times in {zone}</source>
        <translation>часовой пояс: {zone}</translation>
    </message>
    <message>
        <source>made {time}</source>
        <translation>составлено {time}</translation>
    </message>
    <message>
        <source>day ends {end} (planned {planned})</source>
        <translation>окончание дня {end} (по плану {planned})</translation>
    </message>
</context>
<context>
    <name>PdfTimeline</name>
    <message>
        <source>ran over by more than %n min</source>
        <translation>превышение более чем на %n мин</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>план</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>факт</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>{day} — planned against actual</source>
        <translation>{day} — план и факт</translation>
    </message>
</context>
<context>
    <name>ProjectorControls</name>
    <message>
        <source>Automatic (second screen if any)</source>
        <translation>Автоматически (второй экран, если есть)</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Проектор</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Определить</translation>
    </message>
    <message>
        <source>Identify screens: shows each screen&apos;s name and size on it for a few seconds</source>
        <translation>Определить экраны: на несколько секунд показывает на каждом экране его имя и размер</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Экран</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>Полный экран</translation>
    </message>
    <message>
        <source>Leave fullscreen</source>
        <translation>Выйти из полноэкранного режима</translation>
    </message>
    <message>
        <source>Esc on the projector does the same</source>
        <translation>Esc на проекторе делает то же самое</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Затемнение</translation>
    </message>
    <message>
        <source>Message to the stage, e.g. 5 minutes left / 还剩五分钟</source>
        <translation>Сообщение на сцену, напр. Осталось 5 минут / 还剩五分钟</translation>
    </message>
    <message>
        <source>Message to the stage: shown on the chair&apos;s view and the projector with the countdown (Enter or Send)</source>
        <translation>Сообщение на сцену: показывается в окне председателя и на проекторе вместе с обратным отсчётом (Enter или «Отправить»)</translation>
    </message>
    <message>
        <source>Blink</source>
        <translation>Мигать</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>{screen} (not connected)</source>
        <translation>{screen} (не подключён)</translation>
    </message>
    <message>
        <source>Esc on the projector leaves fullscreen</source>
        <translation>Esc на проекторе выходит из полноэкранного режима</translation>
    </message>
    <message>
        <source>On stage: «{message}» (blinking)</source>
        <translation>На сцене: «{message}» (мигает)</translation>
    </message>
    <message>
        <source>On stage: «{message}»</source>
        <translation>На сцене: «{message}»</translation>
    </message>
    <message>
        <source>On stage: no message</source>
        <translation>На сцене: нет сообщения</translation>
    </message>
    <message>
        <source>one screen: tick to cover it</source>
        <translation>один экран: отметьте, чтобы занять его</translation>
    </message>
    <message>
        <source>With one screen and Automatic, the projector stays a window so that the console and the chair&apos;s view stay visible. Tick to cover this screen anyway: Esc on the projector comes back.</source>
        <translation>При одном экране и режиме «Автоматически» проектор остаётся окном, чтобы пульт и окно председателя были видны. Отметьте, чтобы всё же занять этот экран: Esc на проекторе вернёт окно.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Начало в</translation>
    </message>
    <message>
        <source>Programme complete</source>
        <translation>Программа завершена</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>РЕПЕТИЦИЯ</translation>
    </message>
    <message>
        <source>runofshow · projector</source>
        <translation>runofshow · проектор</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish this room to the venue</source>
        <translation>Публиковать этот зал на площадке</translation>
    </message>
    <message>
        <source>mqtt://HOST:PORT or mqtts://HOST:PORT</source>
        <translation>mqtt://ХОСТ:ПОРТ или mqtts://ХОСТ:ПОРТ</translation>
    </message>
    <message>
        <source>from RUNOFSHOW_BROKER_PASSWORD</source>
        <translation>из RUNOFSHOW_BROKER_PASSWORD</translation>
    </message>
    <message>
        <source>The show goes on as it is; from now on the venue&apos;s broker gets its journal and its state.</source>
        <translation>Мероприятие идёт как шло; с этого момента брокер площадки получает его журнал и состояние.</translation>
    </message>
    <message>
        <source>Follow a room as its standby</source>
        <translation>Следить за залом как его резервный ПК</translation>
    </message>
    <message>
        <source>This PC mirrors the room&apos;s show, ready to take over if the room&apos;s PC fails. The broker is asked for the room first.</source>
        <translation>Этот ПК повторяет ход заседания зала и готов взять управление, если ПК зала откажет. Сначала брокер сообщает о зале.</translation>
    </message>
    <message>
        <source>only if the broker asks for one; for this run, never kept</source>
        <translation>только если брокер его требует; на этот запуск, никогда не сохраняется</translation>
    </message>
    <message>
        <source>For this run only: a password is never kept on this computer.</source>
        <translation>Только на этот запуск: пароль никогда не сохраняется на этом компьютере.</translation>
    </message>
    <message>
        <source>the room&apos;s name on the broker, as its PC publishes it</source>
        <translation>имя зала на брокере, как его публикует ПК зала</translation>
    </message>
    <message>
        <source>this room&apos;s name on the broker, e.g. Room A</source>
        <translation>имя этого зала на брокере, например Зал А</translation>
    </message>
    <message>
        <source>mqtts:// only; empty: the system&apos;s authorities</source>
        <translation>только mqtts://; пусто: центры сертификации системы</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Broker:</source>
        <translation>Брокер:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Зал:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Мероприятие:</translation>
    </message>
    <message>
        <source>Certificate authority:</source>
        <translation>Центр сертификации:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Публиковать</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Следить</translation>
    </message>
    <message>
        <source>The certificate authority of the venue&apos;s broker</source>
        <translation>Центр сертификации брокера площадки</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Not a broker address: write mqtt://HOST:PORT or mqtts://HOST:PORT (mqtt://USER@HOST:PORT with a user name).</source>
        <translation>Это не адрес брокера: укажите mqtt://ХОСТ:ПОРТ или mqtts://ХОСТ:ПОРТ (mqtt://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ с именем пользователя).</translation>
    </message>
    <message>
        <source>A password goes with a user name: write it in the broker&apos;s address, mqtt://USER@HOST.</source>
        <translation>Пароль идёт вместе с именем пользователя: укажите его в адресе брокера, mqtt://ПОЛЬЗОВАТЕЛЬ@ХОСТ.</translation>
    </message>
    <message>
        <source>Use 1 to {most} letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Используйте от 1 до {most} букв, цифр, пробелов, «.», «_» или «-», начиная с буквы или цифры.</translation>
    </message>
    <message>
        <source>A certificate authority is for mqtts:// only.</source>
        <translation>Центр сертификации нужен только для mqtts://.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Такого файла нет.</translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message>
        <source>Serve the show to other devices</source>
        <translation>Открыть доступ к мероприятию другим устройствам</translation>
    </message>
    <message>
        <source>Companion (Stream Deck), phones, the foyer and booth screens: docs/remote.md</source>
        <translation>Companion (Stream Deck), телефоны, экраны в фойе и аппаратной: docs/remote.md</translation>
    </message>
    <message>
        <source>port </source>
        <comment>before the port number</comment>
        <translation>порт </translation>
    </message>
    <message>
        <source>Allow the venue network</source>
        <translation>Разрешить сеть площадки</translation>
    </message>
    <message>
        <source>Listen on every address of this computer, not only on itself</source>
        <translation>Принимать подключения на всех адресах этого компьютера, а не только локально</translation>
    </message>
    <message>
        <source>Control token</source>
        <translation>Токен управления</translation>
    </message>
    <message>
        <source>may act: Companion, the control page</source>
        <translation>может управлять: Companion, страница управления</translation>
    </message>
    <message>
        <source>a new control token: the old one stops working at once</source>
        <translation>новый токен управления: старый сразу перестаёт действовать</translation>
    </message>
    <message>
        <source>View token</source>
        <translation>Токен просмотра</translation>
    </message>
    <message>
        <source>may only watch: the screens</source>
        <translation>может только смотреть: экраны</translation>
    </message>
    <message>
        <source>a new view token: the old one stops working at once</source>
        <translation>новый токен просмотра: старый сразу перестаёт действовать</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Control page</source>
        <translation>Страница управления</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Экраны</translation>
    </message>
    <message>
        <source>stage.html, agenda.html or booth.html, with the view token</source>
        <translation>stage.html, agenda.html или booth.html, с токеном просмотра</translation>
    </message>
    <message>
        <source>the control page, for a phone on the venue network</source>
        <translation>страница управления для телефона в сети площадки</translation>
    </message>
    <message>
        <source>Replace the control token? Every device that uses the old one (Companion, phones, screens) stops working until it is given the new one.</source>
        <translation>Заменить токен управления? Все устройства со старым токеном (Companion, телефоны, экраны) перестанут работать, пока не получат новый.</translation>
    </message>
    <message>
        <source>Replace the view token? Every device that uses the old one (Companion, phones, screens) stops working until it is given the new one.</source>
        <translation>Заменить токен просмотра? Все устройства со старым токеном (Companion, телефоны, экраны) перестанут работать, пока не получат новый.</translation>
    </message>
    <message>
        <source>The new token could not be kept ({error}); the old one still works.</source>
        <translation>Не удалось сохранить новый токен ({error}); старый по-прежнему действует.</translation>
    </message>
    <message>
        <source>runofshow — replace a token</source>
        <translation>runofshow — замена токена</translation>
    </message>
    <message>
        <source>given with --token for this run (not kept)</source>
        <translation>задан через --token на этот запуск (не сохраняется)</translation>
    </message>
    <message>
        <source>QR code:
pip install segno</source>
        <translation>QR-код:
pip install segno</translation>
    </message>
    <message>
        <source>Remote is off: {error}.</source>
        <translation>Удалённый доступ отключён: {error}.</translation>
    </message>
    <message>
        <source>Remote is off: no other device can see or drive the show.</source>
        <translation>Удалённый доступ отключён: другие устройства не могут видеть мероприятие или управлять им.</translation>
    </message>
    <message>
        <source>Remote is starting…</source>
        <translation>Удалённый доступ запускается…</translation>
    </message>
    <message>
        <source>Remote on {address}: this computer only (Companion on this PC).</source>
        <translation>Удалённый доступ на {address}: только этот компьютер (Companion на этом ПК).</translation>
    </message>
    <message>
        <source>none found</source>
        <comment>no network addresses</comment>
        <translation>не найдены</translation>
    </message>
    <message>
        <source>Remote on the venue network, port {port}: any device on it that has a token can reach the show. This computer&apos;s addresses: {addresses}.</source>
        <translation>Удалённый доступ в сети площадки, порт {port}: любое устройство в этой сети, имеющее токен, может подключиться к мероприятию. Адреса этого компьютера: {addresses}.</translation>
    </message>
    <message>
        <source>Remote on {address} (the venue network): devices with a token can reach it.</source>
        <translation>Удалённый доступ на {address} (сеть площадки): устройства с токеном могут подключиться.</translation>
    </message>
</context>
<context>
    <name>RoomFollow</name>
    <message>
        <source>Reading room {room} of event {event} on {address}…</source>
        <translation>Чтение зала {room} мероприятия {event} на {address}…</translation>
    </message>
    <message>
        <source>Room {room} of event {event} has published no agenda and state on {address}{why}: is its PC publishing it? This PC&apos;s show goes on as it is.</source>
        <translation>Зал {room} мероприятия {event} не опубликовал программу и состояние на {address}{why}: публикует ли его ПК? Заседание на этом ПК идёт как прежде.</translation>
    </message>
    <message>
        <source>This PC becomes the standby of room {room} (its show: {agenda}). This PC&apos;s own show closes as on quitting (its journal stays as it is) and runofshow opens again, following the room. Go on?</source>
        <translation>Этот ПК станет резервным для зала {room} (его заседание: {agenda}). Собственное заседание этого ПК закроется, как при выходе (журнал останется как есть), и runofshow откроется снова, следя за залом. Продолжить?</translation>
    </message>
    <message>
        <source>runofshow could not be started again as the standby; this PC&apos;s show goes on as it is.</source>
        <translation>Не удалось снова запустить runofshow как резервный ПК; заседание на этом ПК идёт как прежде.</translation>
    </message>
    <message>
        <source>Follow a room</source>
        <translation>Следить за залом</translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Идущая сессия</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Обратный отсчёт</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Next anchor at risk</source>
        <translation>Следующее фиксированное время под угрозой</translation>
    </message>
    <message>
        <source>Last heard from {room} at {time}; its countdown is worked out from that state.</source>
        <translation>Последние данные от {room} в {time}; его обратный отсчёт рассчитан по этому состоянию.</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>НЕ В СЕТИ</translation>
    </message>
    <message>
        <source>no news</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <source> · rehearsal</source>
        <translation> · репетиция</translation>
    </message>
    <message>
        <source>programme complete</source>
        <translation>программа завершена</translation>
    </message>
    <message>
        <source>next: {title}</source>
        <translation>далее: {title}</translation>
    </message>
    <message>
        <source>{time} ({session}) by {late}</source>
        <translation>{time} ({session}) на {late}</translation>
    </message>
</context>
<context>
    <name>RundownModel</name>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Сдвиг</translation>
    </message>
    <message>
        <source>Compr.</source>
        <translation>Сокр.</translation>
    </message>
    <message>
        <source>Adj.</source>
        <translation>Корр.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>▶ LIVE · ✓ done · ✕ skipped · blank: upcoming</source>
        <translation>▶ ИДЁТ · ✓ завершена · ✕ пропущена · пусто: предстоит</translation>
    </message>
    <message>
        <source>planned start–end, as published</source>
        <translation>плановые начало–конец, как опубликовано</translation>
    </message>
    <message>
        <source>projected start–end now, after every action and the clock</source>
        <translation>прогноз начала–конца сейчас, с учётом всех действий и часов</translation>
    </message>
    <message>
        <source>title, primary and secondary language (the whole title in the row&apos;s tooltip)</source>
        <translation>название на основном и дополнительном языке (полное название — во всплывающей подсказке строки)</translation>
    </message>
    <message>
        <source>projected (or actual) start − planned start</source>
        <translation>прогнозируемое (или фактическое) начало − плановое начало</translation>
    </message>
    <message>
        <source>taken automatically from this flexible session to hold an anchor</source>
        <translation>автоматически снято с этой гибкой сессии, чтобы удержать фиксированное время</translation>
    </message>
    <message>
        <source>the chair&apos;s extensions (+) or compressions (−) by hand</source>
        <translation>продления (+) или сокращения (−) председателем вручную</translation>
    </message>
    <message>
        <source>⚓start: must not start late · ⚓end: must not end late · ↔: may be compressed</source>
        <translation>⚓начало: не начинать позже · ⚓конец: не заканчивать позже · ↔: можно сократить</translation>
    </message>
    <message>
        <source>session id, as in the agenda file and the journal</source>
        <translation>ID сессии, как в файле повестки и в журнале</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ завершена</translation>
    </message>
    <message>
        <source>▶ LIVE</source>
        <translation>▶ ИДЁТ</translation>
    </message>
    <message>
        <source>✕ skipped</source>
        <translation>✕ пропущена</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>предстоит</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>вопросы и ответы</translation>
    </message>
    <message>
        <source>fireside chat</source>
        <translation>неформальная беседа</translation>
    </message>
    <message>
        <source>meal break</source>
        <translation>перерыв на обед</translation>
    </message>
    <message>
        <source>⚓start</source>
        <translation>⚓начало</translation>
    </message>
    <message>
        <source>⚓end</source>
        <translation>⚓конец</translation>
    </message>
    <message>
        <source>late {time}</source>
        <translation>сдвиг {time}</translation>
    </message>
    <message>
        <source>compressed {time}</source>
        <translation>сокращено {time}</translation>
    </message>
    <message>
        <source>adjusted by hand {time}</source>
        <translation>скорректировано вручную {time}</translation>
    </message>
    <message>
        <source>fixed start at {time}</source>
        <translation>фиксированное начало в {time}</translation>
    </message>
    <message>
        <source>fixed end at {time}</source>
        <translation>фиксированный конец в {time}</translation>
    </message>
    <message>
        <source>id in the agenda file: {id}</source>
        <translation>идентификатор в файле повестки: {id}</translation>
    </message>
</context>
<context>
    <name>ScreenBadge</name>
    <message>
        <source>runofshow · screen {name}</source>
        <translation>runofshow · экран {name}</translation>
    </message>
    <message>
        <source>screen {number} of {count}</source>
        <translation>экран {number} из {count}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Мероприятие</translation>
    </message>
    <message>
        <source>&amp;Open agenda…</source>
        <translation>&amp;Открыть повестку…</translation>
    </message>
    <message>
        <source>&amp;Reload agenda</source>
        <translation>&amp;Перезагрузить повестку</translation>
    </message>
    <message>
        <source>Reload agenda (keeps the show)</source>
        <translation>Перезагрузить повестку (мероприятие продолжается)</translation>
    </message>
    <message>
        <source>Show the problems</source>
        <translation>Показать ошибки</translation>
    </message>
    <message>
        <source>Agendas and programmes ({patterns})</source>
        <translation>Повестки и программы ({patterns})</translation>
    </message>
    <message>
        <source>Agendas ({patterns})</source>
        <translation>Повестки ({patterns})</translation>
    </message>
    <message>
        <source>Programmes to import ({patterns})</source>
        <translation>Программы для импорта ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Все файлы ({patterns})</translation>
    </message>
    <message>
        <source>Open an agenda</source>
        <translation>Открыть повестку</translation>
    </message>
    <message>
        <source>runofshow — cannot open the agenda</source>
        <translation>runofshow — невозможно открыть повестку</translation>
    </message>
    <message numerus="yes">
        <source>{path} has %n problem(s). Nothing was changed: the show that is open goes on.</source>
        <translation>
            <numerusform>В {path} %n ошибка. Ничего не изменено: открытое мероприятие продолжается.</numerusform>
            <numerusform>В {path} %n ошибки. Ничего не изменено: открытое мероприятие продолжается.</numerusform>
            <numerusform>В {path} %n ошибок. Ничего не изменено: открытое мероприятие продолжается.</numerusform>
        </translation>
    </message>
    <message>
        <source>runofshow — the show is open elsewhere</source>
        <translation>runofshow — мероприятие уже открыто</translation>
    </message>
    <message>
        <source>runofshow — cannot import the programme</source>
        <translation>runofshow — невозможно импортировать программу</translation>
    </message>
    <message numerus="yes">
        <source>{path} has %n problem(s); nothing was written, and the show that is open goes on.</source>
        <translation>
            <numerusform>В {path} %n ошибка; ничего не записано, открытое мероприятие продолжается.</numerusform>
            <numerusform>В {path} %n ошибки; ничего не записано, открытое мероприятие продолжается.</numerusform>
            <numerusform>В {path} %n ошибок; ничего не записано, открытое мероприятие продолжается.</numerusform>
        </translation>
    </message>
    <message>
        <source>runofshow — cannot write the agenda</source>
        <translation>runofshow — невозможно записать повестку</translation>
    </message>
    <message>
        <source>{path}: {error}; the show that is open goes on.</source>
        <translation>{path}: {error}; открытое мероприятие продолжается.</translation>
    </message>
    <message>
        <source>⚠ The agenda file now has 1 problem; the show goes on as it was.</source>
        <translation>⚠ В файле повестки теперь 1 ошибка; мероприятие идёт без изменений.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The agenda file now has %n problems; the show goes on as it was.</source>
        <translation>
            <numerusform>⚠ В файле повестки теперь %n ошибка; мероприятие идёт без изменений.</numerusform>
            <numerusform>⚠ В файле повестки теперь %n ошибки; мероприятие идёт без изменений.</numerusform>
            <numerusform>⚠ В файле повестки теперь %n ошибок; мероприятие идёт без изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the problem</source>
        <translation>Показать ошибку</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n problems</source>
        <translation>
            <numerusform>Показать все %n ошибку</numerusform>
            <numerusform>Показать все %n ошибки</numerusform>
            <numerusform>Показать все %n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda file changed on disk.</source>
        <translation>Файл повестки изменён на диске.</translation>
    </message>
    <message>
        <source>{path} was saved with 1 problem. The show goes on with the agenda as it was read; once the file is fixed, the notice goes.</source>
        <translation>{path} сохранён с 1 ошибкой. Мероприятие идёт по повестке в том виде, в каком она была прочитана; когда файл будет исправлен, уведомление исчезнет.</translation>
    </message>
    <message numerus="yes">
        <source>{path} was saved with %n problems. The show goes on with the agenda as it was read; once the file is fixed, the notice goes.</source>
        <translation>
            <numerusform>{path} сохранён с %n ошибкой. Мероприятие идёт по повестке в том виде, в каком она была прочитана; когда файл будет исправлен, уведомление исчезнет.</numerusform>
            <numerusform>{path} сохранён с %n ошибками. Мероприятие идёт по повестке в том виде, в каком она была прочитана; когда файл будет исправлен, уведомление исчезнет.</numerusform>
            <numerusform>{path} сохранён с %n ошибками. Мероприятие идёт по повестке в том виде, в каком она была прочитана; когда файл будет исправлен, уведомление исчезнет.</numerusform>
        </translation>
    </message>
    <message>
        <source>runofshow — the agenda file has problems</source>
        <translation>runofshow — в файле повестки есть ошибки</translation>
    </message>
    <message>
        <source>runofshow — cannot reload</source>
        <translation>runofshow — невозможно перезагрузить</translation>
    </message>
    <message>
        <source>The agenda file has problems; the show goes on as it was.</source>
        <translation>В файле повестки есть ошибки; мероприятие идёт без изменений.</translation>
    </message>
    <message>
        <source>runofshow — agenda reloaded</source>
        <translation>runofshow — повестка перезагружена</translation>
    </message>
    <message numerus="yes">
        <source>The agenda was reloaded. %n action(s) of the show no longer apply and were set aside (they stay in the journal on record):</source>
        <translation>
            <numerusform>Повестка перезагружена. %n действие мероприятия больше не применимо и отложено (оно сохраняется в журнале):</numerusform>
            <numerusform>Повестка перезагружена. %n действия мероприятия больше не применимы и отложены (они сохраняются в журнале):</numerusform>
            <numerusform>Повестка перезагружена. %n действий мероприятия больше не применимы и отложены (они сохраняются в журнале):</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda reloaded.</source>
        <translation>Повестка перезагружена.</translation>
    </message>
</context>
<context>
    <name>ShowController</name>
    <message>
        <source>could not write the show&apos;s journal ({error}); the action was not taken — check the disk</source>
        <translation>не удалось записать журнал мероприятия ({error}); действие не выполнено — проверьте диск</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>нечего отменять</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>нечего повторять</translation>
    </message>
</context>
<context>
    <name>ShowLock</name>
    <message>
        <source>no one</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>a process that left no name</source>
        <translation>процесс, не оставивший имени</translation>
    </message>
    <message>
        <source>pid {pid} on host {host}</source>
        <translation>PID {pid} на узле {host}</translation>
    </message>
    <message>
        <source>This show ({journal}) cannot be locked: runofshow cannot write {lock} ({error}). Check that folder&apos;s permissions.</source>
        <translation>Невозможно заблокировать это мероприятие ({journal}): runofshow не может записать {lock} ({error}). Проверьте права доступа к этой папке.</translation>
    </message>
    <message>
        <source>This show ({journal}) is already open in another runofshow ({owner}). Close it there first.</source>
        <translation>Это мероприятие ({journal}) уже открыто в другом экземпляре runofshow ({owner}). Сначала закройте его там.</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>Cannot play sound: aplay not found (Debian: apt install alsa-utils)</source>
        <translation>Невозможно воспроизвести звук: aplay не найден (Debian: apt install alsa-utils)</translation>
    </message>
    <message>
        <source>Cannot play sound: {player} not found</source>
        <translation>Невозможно воспроизвести звук: {player} не найден</translation>
    </message>
    <message>
        <source>cannot play {file}: no such file</source>
        <translation>невозможно воспроизвести {file}: файл не найден</translation>
    </message>
    <message>
        <source>cannot start {player}: {error}</source>
        <translation>невозможно запустить {player}: {error}</translation>
    </message>
    <message>
        <source>{player}: exit status {code}</source>
        <translation>{player}: код завершения {code}</translation>
    </message>
</context>
<context>
    <name>Standby</name>
    <message>
        <source>this PC is following room {room}: its own PC runs the show (take over from the console if that PC fails)</source>
        <translation>этот ПК следует за залом {room}: мероприятие ведёт ПК зала (если он откажет, перехватите управление с пульта)</translation>
    </message>
    <message>
        <source>a standby: room {room}&apos;s own PC speaks</source>
        <translation>резервный ПК: говорит собственный ПК зала {room}</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>Перехватить управление…</translation>
    </message>
    <message>
        <source>ROOM {room}&apos;S PC HAS NOT ANSWERED since {time}: this PC can take over</source>
        <translation>ПК ЗАЛА {room} НЕ ОТВЕЧАЕТ с {time}: этот ПК может перехватить управление</translation>
    </message>
    <message>
        <source>FOLLOWING room {room}</source>
        <translation>СЛЕДОВАНИЕ за залом {room}</translation>
    </message>
    <message>
        <source>ROOM {room}&apos;S PC IS OFFLINE since {time}: this PC can take over</source>
        <translation>ПК ЗАЛА {room} НЕ В СЕТИ с {time}: этот ПК может перехватить управление</translation>
    </message>
    <message>
        <source>Take over room {room} on this PC?

This PC then runs the show from where its copy stands (journal entry {seq}) and publishes it as room {room}. If the room&apos;s PC comes back, it follows this one.</source>
        <translation>Перехватить управление залом {room} на этом ПК?

Этот ПК продолжит мероприятие с места, где остановилась его копия (запись журнала {seq}), и будет публиковать его как зал {room}. Если ПК зала вернётся, он будет следовать за этим.</translation>
    </message>
    <message>
        <source>The room&apos;s PC still says it is online.</source>
        <translation>ПК зала всё ещё сообщает, что он в сети.</translation>
    </message>
    <message>
        <source>This copy is INCOMPLETE: {count} journal entries of the room&apos;s PC have not arrived.</source>
        <translation>Эта копия НЕПОЛНАЯ: {count} записей журнала ПК зала не поступили.</translation>
    </message>
    <message>
        <source>runofshow — take over</source>
        <translation>runofshow — перехват управления</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>TIME LEFT</source>
        <translation>ОСТАЛОСЬ</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ВНИМАНИЕ</translation>
    </message>
    <message>
        <source>LAST MINUTE</source>
        <translation>ПОСЛЕДНЯЯ МИНУТА</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>ВРЕМЯ ИСТЕКЛО</translation>
    </message>
    <message>
        <source>STARTS IN</source>
        <translation>НАЧАЛО ЧЕРЕЗ</translation>
    </message>
</context>
<context>
    <name>TtsEngine</name>
    <message>
        <source>No speech engine: the Python package pyttsx3 is missing (pip install pyttsx3)</source>
        <translation>Нет синтезатора речи: отсутствует пакет Python pyttsx3 (pip install pyttsx3)</translation>
    </message>
    <message>
        <source>No speech engine: Windows speech (SAPI5) could not start</source>
        <translation>Нет синтезатора речи: не удалось запустить речь Windows (SAPI5)</translation>
    </message>
    <message>
        <source>No speech engine: macOS speech could not start (pyttsx3 needs pyobjc)</source>
        <translation>Нет синтезатора речи: не удалось запустить речь macOS (pyttsx3 требует pyobjc)</translation>
    </message>
    <message>
        <source>No speech engine: install espeak-ng (Debian: apt install espeak-ng alsa-utils)</source>
        <translation>Нет синтезатора речи: установите espeak-ng (Debian: apt install espeak-ng alsa-utils)</translation>
    </message>
</context>
<context>
    <name>VenueFeed</name>
    <message>
        <source>{address} refused us: {reason}</source>
        <translation>{address} отказал: {reason}</translation>
    </message>
    <message>
        <source>{address}, event {event}</source>
        <translation>{address}, мероприятие {event}</translation>
    </message>
    <message>
        <source>{address}: connection lost; reconnecting</source>
        <translation>{address}: связь потеряна; переподключение</translation>
    </message>
</context>
<context>
    <name>VenueFollower</name>
    <message>
        <source>following room {room} on {address}: connecting…</source>
        <translation>следование за залом {room} на {address}: подключение…</translation>
    </message>
    <message>
        <source>following room {room}: it reloaded its agenda; waiting for that agenda</source>
        <translation>следим за залом {room}: он перезагрузил программу; ждём эту программу</translation>
    </message>
    <message>
        <source>this copy of room {room} stopped at entry {seq}: {error}</source>
        <translation>копия зала {room} остановилась на записи {seq}: {error}</translation>
    </message>
    <message>
        <source>following room {room}: INCOMPLETE, {count} journal entries missing (asked again)</source>
        <translation>следование за залом {room}: НЕПОЛНАЯ копия, не хватает {count} записей журнала (запрошены снова)</translation>
    </message>
    <message>
        <source>following room {room} on {address}: journal entry {seq}</source>
        <translation>следование за залом {room} на {address}: запись журнала {seq}</translation>
    </message>
    <message>
        <source>following room {room}: connection to {address} lost; reconnecting</source>
        <translation>следование за залом {room}: связь с {address} потеряна; переподключение</translation>
    </message>
</context>
<context>
    <name>VenueMenu</name>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Площадка</translation>
    </message>
    <message>
        <source>Every room at a &amp;glance…</source>
        <translation>Все залы с одного &amp;взгляда…</translation>
    </message>
    <message>
        <source>&amp;Publish this room…</source>
        <translation>&amp;Публиковать этот зал…</translation>
    </message>
    <message>
        <source>&amp;Stop publishing</source>
        <translation>&amp;Остановить публикацию</translation>
    </message>
    <message>
        <source>&amp;Follow a room as its standby…</source>
        <translation>&amp;Следить за залом как резервный ПК…</translation>
    </message>
    <message>
        <source>&amp;Change room or broker…</source>
        <translation>&amp;Сменить зал или брокер…</translation>
    </message>
    <message>
        <source>Publishing as room {room} of event {event} on {address}</source>
        <translation>Публикация как зал {room} мероприятия {event} на {address}</translation>
    </message>
    <message>
        <source>Publish this room&apos;s show to the venue&apos;s MQTT broker</source>
        <translation>Публиковать мероприятие этого зала на MQTT-брокере площадки</translation>
    </message>
    <message>
        <source>This PC follows room {room} already</source>
        <translation>Этот ПК уже следит за залом {room}</translation>
    </message>
    <message>
        <source>Close this show and mirror another PC&apos;s room, ready to take it over</source>
        <translation>Закрыть это заседание и повторять зал другого ПК, готовясь взять управление</translation>
    </message>
    <message>
        <source>This PC follows room {room} (--follow): it publishes only once it takes over</source>
        <translation>Этот ПК следует за залом {room} (--follow): он публикует, только перехватив управление</translation>
    </message>
    <message>
        <source>Set on the command line: room {room} of event {event} on {address}</source>
        <translation>Задано в командной строке: зал {room} мероприятия {event} на {address}</translation>
    </message>
    <message>
        <source>Venue overview</source>
        <translation>Обзор площадки</translation>
    </message>
    <message>
        <source>The venue&apos;s broker (mqtt://HOST:PORT or mqtts://…):</source>
        <translation>Брокер площадки (mqtt://HOST:PORT или mqtts://…):</translation>
    </message>
    <message>
        <source>The event:</source>
        <translation>Мероприятие:</translation>
    </message>
</context>
<context>
    <name>VenuePublisher</name>
    <message>
        <source>connecting to {address} as room {room}…</source>
        <translation>подключение к {address} как зал {room}…</translation>
    </message>
    <message>
        <source>the broker refused us: {reason}</source>
        <translation>брокер отказал: {reason}</translation>
    </message>
    <message>
        <source> — check the user name and password</source>
        <translation> — проверьте имя пользователя и пароль</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>связь потеряна</translation>
    </message>
    <message>
        <source>the broker&apos;s certificate was not accepted: {why}</source>
        <translation>сертификат брокера не принят: {why}</translation>
    </message>
    <message>
        <source>the broker does not answer</source>
        <translation>брокер не отвечает</translation>
    </message>
    <message>
        <source>the venue publisher failed; see the log</source>
        <translation>публикация на площадку не удалась; см. журнал</translation>
    </message>
    <message>
        <source>room {room} was taken over by another PC (a newer show on the broker): this PC publishes nothing and writes nothing</source>
        <translation>управление залом {room} перехватил другой ПК (на брокере более новое мероприятие): этот ПК ничего не публикует и не записывает</translation>
    </message>
    <message>
        <source>another PC is live as room {room} on {address}: this PC publishes nothing and writes nothing</source>
        <translation>другой ПК работает как зал {room} на {address}: этот ПК ничего не публикует и не записывает</translation>
    </message>
    <message>
        <source>publishing to {address} as room {room}</source>
        <translation>публикация на {address} как зал {room}</translation>
    </message>
    <message>
        <source> (journal entry {number} acknowledged)</source>
        <translation> (запись журнала {number} подтверждена)</translation>
    </message>
    <message>
        <source>; {count} on the way</source>
        <translation>; {count} в пути</translation>
    </message>
    <message>
        <source>{address}: {problem}; reconnecting — the show goes on</source>
        <translation>{address}: {problem}; переподключение — мероприятие продолжается</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>ещё не подключено</translation>
    </message>
    <message>
        <source>, {count} journal entries wait for it</source>
        <translation>, {count} записей журнала ждут отправки</translation>
    </message>
</context>
<context>
    <name>WebViews</name>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Начало в</translation>
    </message>
    <message>
        <source>Programme complete</source>
        <translation>Программа завершена</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>РЕПЕТИЦИЯ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Скоро начало</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>ИДЁТ</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>Nothing more today</source>
        <translation>На сегодня всё</translation>
    </message>
    <message>
        <source>The day&apos;s programme</source>
        <translation>Программа дня</translation>
    </message>
    <message>
        <source>End of the day</source>
        <translation>Окончание дня</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Позже сегодня</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>по плану</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>прогноз</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Выступающие</translation>
    </message>
    <message>
        <source>AT RISK: {what}</source>
        <translation>ПОД УГРОЗОЙ: {what}</translation>
    </message>
    <message>
        <source>as soon as this one ends</source>
        <translation>сразу после текущей</translation>
    </message>
    <message>
        <source>starts in {wait}, {time}</source>
        <translation>начало через {wait}, в {time}</translation>
    </message>
    <message>
        <source>in {wait}</source>
        <translation>через {wait}</translation>
    </message>
    <message>
        <source>starts at {time}</source>
        <translation>начало в {time}</translation>
    </message>
    <message>
        <source>ends {end} (planned {planned})</source>
        <translation>окончание в {end} (по плану в {planned})</translation>
    </message>
    <message>
        <source>ends at {time}</source>
        <translation>окончание в {time}</translation>
    </message>
    <message>
        <source>PROJECTOR BLACKED OUT</source>
        <translation>ПРОЕКТОР ЗАТЕМНЁН</translation>
    </message>
    <message>
        <source>The projector is blacked out by the technician</source>
        <translation>Техник затемнил проектор</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Связь потеряна — переподключение…</translation>
    </message>
    <message>
        <source>No update for {seconds} s — the times shown may be behind</source>
        <translation>Нет обновлений {seconds} с — показанное время может отставать</translation>
    </message>
    <message>
        <source>last update {time}</source>
        <translation>последнее обновление {time}</translation>
    </message>
    <message>
        <source>This link&apos;s token was refused: ask the technician for a new link (the QR code in the console)</source>
        <translation>Токен этой ссылки отклонён: попросите у техника новую ссылку (QR-код в консоли)</translation>
    </message>
    <message>
        <source>This link has no token: ask the technician for the link (the QR code in the console)</source>
        <translation>В этой ссылке нет токена: попросите ссылку у техника (QR-код в консоли)</translation>
    </message>
    <message>
        <source>The venue&apos;s broker refused the connection</source>
        <translation>Брокер сообщений площадки отклонил подключение</translation>
    </message>
    <message>
        <source>The room&apos;s computer is offline: this is the last state it published</source>
        <translation>Компьютер зала не в сети: это последнее опубликованное им состояние</translation>
    </message>
    <message>
        <source>This link is incomplete: it needs</source>
        <translation>Ссылка неполная: в ней нет</translation>
    </message>
    <message>
        <source>The control page works only with the room&apos;s computer, not through the broker</source>
        <translation>Страница управления работает только с компьютером зала, не через брокер</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Начать сейчас</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Start “{title}” now, {early} before its planned {time}?</source>
        <translation>Начать «{title}» сейчас, на {early} раньше плана ({time})?</translation>
    </message>
    <message>
        <source>Not connected: the keys work again when the connection is back</source>
        <translation>Нет связи: кнопки заработают, когда связь восстановится</translation>
    </message>
    <message>
        <source>± minutes need a live session</source>
        <translation>± минуты: нужна идущая сессия</translation>
    </message>
    <message>
        <source>Next ignored: pressed twice. To move on again, wait a moment and press once.</source>
        <translation>Команда «Далее» не принята: двойное нажатие. Чтобы перейти дальше, подождите немного и нажмите один раз.</translation>
    </message>
    <message>
        <source>Ignored: pressed twice. To do it again, wait a moment and press once.</source>
        <translation>Пропущено: нажато дважды. Чтобы повторить, подождите немного и нажмите один раз.</translation>
    </message>
    <message>
        <source>Not started: it starts at its planned time, or when you confirm.</source>
        <translation>Не начато: сессия начнётся в запланированное время или после вашего подтверждения.</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>отправка…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <source>no answer yet: look at the clock before pressing again</source>
        <translation>ответа пока нет: посмотрите на часы, прежде чем нажать снова</translation>
    </message>
    <message>
        <source>the connection dropped before the answer: look at the clock before pressing again</source>
        <translation>связь прервалась до ответа: посмотрите на часы, прежде чем нажать снова</translation>
    </message>
    <message>
        <source>Every room at a glance</source>
        <translation>Все залы с одного взгляда</translation>
    </message>
    <message>
        <source>event {event} · rooms: {count}</source>
        <translation>мероприятие {event} · залов: {count}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Идущая сессия</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Обратный отсчёт</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Next anchor at risk</source>
        <translation>Следующее фиксированное время под угрозой</translation>
    </message>
    <message>
        <source>No room of this event has published yet.</source>
        <translation>Ни один зал этого мероприятия ещё ничего не опубликовал.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <source>online · rehearsal</source>
        <translation>в сети · репетиция</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>НЕ В СЕТИ</translation>
    </message>
    <message>
        <source>no news</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>next: {title}</source>
        <translation>далее: {title}</translation>
    </message>
    <message>
        <source>{time} ({session}) by {late}</source>
        <translation>{time} ({session}) на {late}</translation>
    </message>
</context>
</TS>
