<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Announcer</name>
    <message>
        <source>Speech is closed</source>
        <translation>النطق مغلق</translation>
    </message>
    <message>
        <source>The speech engine is still starting</source>
        <translation>محرك النطق لا يزال قيد التشغيل</translation>
    </message>
    <message>
        <source>the speech worker failed (see the log)</source>
        <translation>تعطّلت عملية النطق (راجع السجل)</translation>
    </message>
    <message>
        <source>no audio output — {problem}</source>
        <translation>لا يوجد مخرج صوت — {problem}</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Cues and announcements</source>
        <translation>الإشارات والإعلانات</translation>
    </message>
    <message>
        <source>the last journal line was torn by a crash and was dropped; every acknowledged action is kept</source>
        <translation>أُسقط آخر سطر في السجل لأنه تلف بسبب انهيار؛ كل إجراء مؤكَّد محفوظ</translation>
    </message>
    <message>
        <source>checking on the broker that room {room} is this PC&apos;s…</source>
        <translation>جارٍ التحقق لدى الوسيط من أن القاعة {room} تخص هذا الحاسوب…</translation>
    </message>
    <message>
        <source>another PC is live as room {room}: this PC takes no action (quit it, or start it with --follow to mirror that PC)</source>
        <translation>حاسوب آخر يعمل مباشرة بصفة القاعة {room}: لن يتخذ هذا الحاسوب أي إجراء (أغلقه، أو شغّله بالخيار --follow لمتابعة ذلك الحاسوب)</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>التحكم عن بُعد</translation>
    </message>
    <message>
        <source>runofshow — the show is open elsewhere</source>
        <translation>runofshow — الفعالية مفتوحة في مكان آخر</translation>
    </message>
    <message>
        <source>runofshow — journal</source>
        <translation>runofshow — السجل</translation>
    </message>
    <message>
        <source>The journal of this show cannot be replayed on this agenda:

{error}

Start the show afresh? The old journal is kept aside, not deleted.</source>
        <translation>لا يمكن إعادة تشغيل سجل هذه الفعالية على جدول الأعمال هذا:

{error}

هل تبدأ الفعالية من جديد؟ يُحفظ السجل القديم جانبًا ولا يُحذف.</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} د</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} س {minutes} د</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message>
        <source>{time} close</source>
        <translation>ختام {time}</translation>
    </message>
    <message>
        <source>{time} end</source>
        <translation>انتهاء {time}</translation>
    </message>
    <message>
        <source>{time} start</source>
        <translation>بدء {time}</translation>
    </message>
    <message>
        <source>{anchor} at risk by {late}</source>
        <translation>{anchor} مهدَّد بتأخير {late}</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>في الموعد</translation>
    </message>
    <message>
        <source>{late} late</source>
        <translation>متأخر {late}</translation>
    </message>
    <message>
        <source>{late} ahead</source>
        <translation>متقدم {late}</translation>
    </message>
    <message>
        <source>running {late} late</source>
        <translation>الجدول متأخر {late}</translation>
    </message>
    <message>
        <source>running {late} ahead</source>
        <translation>الجدول متقدم {late}</translation>
    </message>
    <message>
        <source>on time ({minutes} min taken from flexible slots)</source>
        <translation>في الموعد (اقتُطعت {minutes} د من الفترات المرنة)</translation>
    </message>
    <message>
        <source>ends at {time} for the close</source>
        <translation>تنتهي الساعة {time} للختام</translation>
    </message>
    <message>
        <source>must end by {time}</source>
        <translation>يجب أن تنتهي بحلول {time}</translation>
    </message>
    <message>
        <source>back at {time}</source>
        <translation>العودة الساعة {time}</translation>
    </message>
    <message>
        <source>for the fixed start at {time}</source>
        <translation>للبدء الثابت الساعة {time}</translation>
    </message>
    <message>
        <source>for the {time} close</source>
        <translation>لختام الساعة {time}</translation>
    </message>
    <message>
        <source>for the fixed end at {time}</source>
        <translation>للانتهاء الثابت الساعة {time}</translation>
    </message>
    <message>
        <source>in {wait}, {time}</source>
        <translation>بعد {wait}، الساعة {time}</translation>
    </message>
</context>
<context>
    <name>ChairCommands</name>
    <message>
        <source>Keys: Space next · + / − 1 min · ↑ / ↓ 5 min · Ctrl+Z undo · Ctrl+Y redo</source>
        <translation>المفاتيح: مسافة التالي · + / − دقيقة · ↑ / ↓ 5 دقائق · Ctrl+Z تراجع · Ctrl+Y إعادة</translation>
    </message>
    <message>
        <source>Not done: five minutes are ↑ / ↓ (+ / − change one minute)</source>
        <translation>لم يُنفَّذ: الدقائق الخمس بـ ↑ / ↓ (+ / − تغيّر دقيقة واحدة)</translation>
    </message>
    <message>
        <source>{minutes} min needs a live session; none is live</source>
        <translation>يتطلب ‎{minutes} د جلسة جارية، ولا توجد جلسة جارية</translation>
    </message>
    <message>
        <source>nothing left to start today: the next session is on another day</source>
        <translation>لا شيء آخر يبدأ اليوم: الجلسة التالية في يوم آخر</translation>
    </message>
    <message>
        <source>nothing left to start: the programme is complete</source>
        <translation>لا شيء آخر للبدء: اكتمل البرنامج</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>لا شيء للتراجع عنه</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>لا شيء لإعادته</translation>
    </message>
    <message>
        <source>“{title}” is planned to start at {time}, in {duration}.

Start it now?</source>
        <translation>من المقرر أن تبدأ «{title}» الساعة {time}، بعد {duration}.

هل تبدأ الآن؟</translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <source>−5 min (↓)</source>
        <translation>−5 دقائق (↓)</translation>
    </message>
    <message>
        <source>−1 min (−)</source>
        <translation>−1 دقيقة (−)</translation>
    </message>
    <message>
        <source>+1 min (+)</source>
        <translation>+1 دقيقة (+)</translation>
    </message>
    <message>
        <source>+5 min (↑)</source>
        <translation>+5 دقائق (↑)</translation>
    </message>
    <message>
        <source>Next ▶ (Space)</source>
        <translation>التالي ▶ (مسافة)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>تراجع (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Y)</source>
        <translation>إعادة (Ctrl+Y)</translation>
    </message>
    <message>
        <source>runofshow — chair</source>
        <translation>runofshow — الرئيس</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>بروفة</translation>
    </message>
    <message>
        <source>PROJECTOR BLACKED OUT</source>
        <translation>جهاز العرض معتَّم</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>لم يُنفَّذ: {reason}</translation>
    </message>
    <message>
        <source>Ignored: pressed twice. To do it again, wait a moment and press once.</source>
        <translation>تم التجاهل: ضُغط مرتين. لإعادته، انتظر لحظة ثم اضغط مرة واحدة.</translation>
    </message>
    <message>
        <source>Next ignored: pressed twice. To move on again, wait a moment and press once.</source>
        <translation>تم تجاهل «التالي»: ضُغط مرتين. للانتقال مجددًا، انتظر لحظة ثم اضغط مرة واحدة.</translation>
    </message>
    <message>
        <source>Start early?</source>
        <translation>البدء مبكرًا؟</translation>
    </message>
    <message>
        <source>Not started: it starts at its planned time, or when you confirm.</source>
        <translation>لم تبدأ: تبدأ في موعدها المقرر، أو عند تأكيدك.</translation>
    </message>
    <message>
        <source>Programme complete</source>
        <translation>اكتمل البرنامج</translation>
    </message>
    <message>
        <source>Next {when}: {titles}</source>
        <translation>التالي {when}: {titles}</translation>
    </message>
    <message>
        <source>Starts {when}</source>
        <translation>تبدأ {when}</translation>
    </message>
    <message>
        <source>Starts {when} — press Space to start it</source>
        <translation>تبدأ {when} — اضغط مسافة لبدئها</translation>
    </message>
    <message>
        <source>Starts {when} — Space starts it from {time}</source>
        <translation>تبدأ {when} — مسافة تبدؤها من {time}</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>{title} — runofshow console — REHEARSAL</source>
        <translation>{title} — وحدة تحكم runofshow — بروفة</translation>
    </message>
    <message>
        <source>{title} — runofshow console</source>
        <translation>{title} — وحدة تحكم runofshow</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ بدء</translation>
    </message>
    <message>
        <source>start the selected session now</source>
        <translation>بدء الجلسة المحددة الآن</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تم التخطي</translation>
    </message>
    <message>
        <source>Back in the programme</source>
        <translation>أُعيدت إلى البرنامج</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطي</translation>
    </message>
    <message>
        <source>the selected session will not take place</source>
        <translation>لن تُعقد الجلسة المحددة</translation>
    </message>
    <message>
        <source>Unskip</source>
        <translation>إلغاء التخطي</translation>
    </message>
    <message>
        <source>the selected session will take place again</source>
        <translation>ستُعقد الجلسة المحددة مجددًا</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>‎{minutes} د</translation>
    </message>
    <message>
        <source>extend the selected session by {minutes} min</source>
        <translation>تمديد الجلسة المحددة ‎{minutes} د</translation>
    </message>
    <message>
        <source>compress the selected session by {minutes} min</source>
        <translation>تقليص الجلسة المحددة ‎{minutes} د</translation>
    </message>
    <message>
        <source>next</source>
        <comment>status: moved on to the next session</comment>
        <translation>التالية</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>تم التراجع</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>تمت الإعادة</translation>
    </message>
    <message>
        <source>▶▶ Next</source>
        <translation>▶▶ التالي</translation>
    </message>
    <message>
        <source>end the live session and start the next one</source>
        <translation>إنهاء الجلسة الجارية وبدء التالية</translation>
    </message>
    <message>
        <source>■ End</source>
        <translation>■ إنهاء</translation>
    </message>
    <message>
        <source>end the live session</source>
        <translation>إنهاء الجلسة الجارية</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ تراجع</translation>
    </message>
    <message>
        <source>undo the last action</source>
        <translation>التراجع عن آخر إجراء</translation>
    </message>
    <message>
        <source>↷ Redo</source>
        <translation>↷ إعادة</translation>
    </message>
    <message>
        <source>redo the last undone action</source>
        <translation>إعادة آخر إجراء تم التراجع عنه</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>بروفة</translation>
    </message>
    <message>
        <source>rehearsal clock at {speed}× real time</source>
        <translation>ساعة البروفة بسرعة {speed}× الوقت الحقيقي</translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation>الجلسة المحددة</translation>
    </message>
    <message>
        <source>Ignored: pressed twice. Wait a moment, then press once.</source>
        <translation>تم التجاهل: ضُغط مرتين. انتظر لحظة ثم اضغط مرة واحدة.</translation>
    </message>
    <message>
        <source>Skip “{title}”?

Its fixed start at {start} and its fixed end at {end} go with it: the sessions before it are no longer shortened to keep them, and nothing will warn if the day runs past them.</source>
        <translation>هل تتخطى «{title}»؟

يزول معها موعد البدء الثابت {start} وموعد الانتهاء الثابت {end}: لن تُختصر الجلسات السابقة للحفاظ عليهما، ولن يُنبّه شيء إذا تجاوزهما اليوم.</translation>
    </message>
    <message>
        <source>Skip “{title}”?

Its fixed end at {end} goes with it: the sessions before it are no longer shortened to keep it, and nothing will warn if the day runs past it.</source>
        <translation>هل تتخطى «{title}»؟

يزول معها موعد الانتهاء الثابت {end}: لن تُختصر الجلسات السابقة للحفاظ عليه، ولن يُنبّه شيء إذا تجاوزه اليوم.</translation>
    </message>
    <message>
        <source>Skip “{title}”?

Its fixed start at {start} goes with it: the sessions before it are no longer shortened to keep it.</source>
        <translation>هل تتخطى «{title}»؟

يزول معها موعد البدء الثابت {start}: لن تُختصر الجلسات السابقة للحفاظ عليه.</translation>
    </message>
    <message>
        <source>Skip a session with a fixed time?</source>
        <translation>تخطي جلسة ذات موعد ثابت؟</translation>
    </message>
    <message>
        <source>Not skipped: {title}</source>
        <translation>لم تُتخطَّ: {title}</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>بدأت</translation>
    </message>
    <message>
        <source>{title}: {minutes} min</source>
        <translation>{title}: ‎{minutes} د</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>مرفوض: {reason}</translation>
    </message>
    <message>
        <source>{date}  ● LIVE</source>
        <translation>{date}  ● مباشر</translation>
    </message>
    <message>
        <source>{state} · id in the agenda file: {id}</source>
        <translation>{state} · المعرّف في ملف جدول الأعمال: {id}</translation>
    </message>
    <message>
        <source>Select a session in the rundown.</source>
        <translation>اختر جلسة في الجدول التفصيلي.</translation>
    </message>
</context>
<context>
    <name>CuePanel</name>
    <message>
        <source>not heard</source>
        <translation>لم يُسمع</translation>
    </message>
    <message>
        <source>not spoken</source>
        <translation>لم يُنطق</translation>
    </message>
    <message>
        <source>start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>close</source>
        <translation>ختام</translation>
    </message>
    <message>
        <source>Speech is off for this show; cues still show on screen.</source>
        <translation>النطق متوقف لهذه الفعالية؛ تظل الإشارات تظهر على الشاشة.</translation>
    </message>
    <message>
        <source>Speech: speaking…</source>
        <translation>النطق: جارٍ النطق…</translation>
    </message>
    <message>
        <source>Speech: ready — last played at {time}.</source>
        <translation>النطق: جاهز — آخر تشغيل الساعة {time}.</translation>
    </message>
    <message>
        <source>Speech: ready — nothing played yet: “Test the voice” checks the speakers.</source>
        <translation>النطق: جاهز — لم يُشغَّل شيء بعد: «اختبار الصوت» يتحقق من السماعات.</translation>
    </message>
    <message>
        <source>Speech: {state} — {why}. Cues still show on screen.</source>
        <translation>النطق: {state} — {why}. تظل الإشارات تظهر على الشاشة.</translation>
    </message>
    <message>
        <source>Speech: {state}. Cues still show on screen.</source>
        <translation>النطق: {state}. تظل الإشارات تظهر على الشاشة.</translation>
    </message>
    <message>
        <source>withdrawn: the action that set it off was undone</source>
        <translation>سُحب: أُلغي الإجراء الذي أطلقه</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>تم التخطي</translation>
    </message>
    <message>
        <source>skipped, {seconds} s late</source>
        <translation>تم التخطي، متأخرة {seconds} ث</translation>
    </message>
    <message>
        <source>fired, shown</source>
        <translation>أُطلقت، عُرضت</translation>
    </message>
    <message>
        <source>fired, shown and spoken</source>
        <translation>أُطلقت، عُرضت ونُطقت</translation>
    </message>
    <message>
        <source>fired, shown; {outcome}</source>
        <translation>أُطلقت، عُرضت؛ {outcome}</translation>
    </message>
    <message>
        <source>fired, shown; {outcome}: {why}</source>
        <translation>أُطلقت، عُرضت؛ {outcome}: {why}</translation>
    </message>
    <message>
        <source>fired, shown; speaking…</source>
        <translation>أُطلقت، عُرضت؛ جارٍ النطق…</translation>
    </message>
    <message>
        <source>fired, shown; not known if heard</source>
        <translation>أُطلقت، عُرضت؛ لا يُعرف إن سُمعت</translation>
    </message>
    <message>
        <source>At</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>الإشارة</translation>
    </message>
    <message>
        <source>Session · words</source>
        <translation>الجلسة · النص</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>نطق</translation>
    </message>
    <message>
        <source>Mute all speech</source>
        <translation>كتم كل النطق</translation>
    </message>
    <message>
        <source> wpm</source>
        <comment>words per minute, after the number</comment>
        <translation> كلمة/د</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>اختبار الصوت</translation>
    </message>
    <message>
        <source>The voice that speaks {language}</source>
        <translation>الصوت الذي ينطق {language}</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>Speed</source>
        <comment>of speech</comment>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next cues&lt;/b&gt; (untick to keep one silent)</source>
        <translation>&lt;b&gt;الإشارات التالية&lt;/b&gt; (ألغِ التحديد لإسكات إحداها)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fired and skipped&lt;/b&gt;</source>
        <translation>&lt;b&gt;ما أُطلق وما تم تخطيه&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>منطوقة</translation>
    </message>
    <message>
        <source>shown only</source>
        <translation>عرض فقط</translation>
    </message>
</context>
<context>
    <name>CueScheduler</name>
    <message>
        <source>starting</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>جارٍ النطق</translation>
    </message>
    <message>
        <source>no engine</source>
        <translation>لا يوجد محرك</translation>
    </message>
    <message>
        <source>no audio output</source>
        <translation>لا يوجد مخرج صوت</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>speech is off for this show</source>
        <translation>النطق متوقف لهذه الفعالية</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>مكتوم</translation>
    </message>
    <message>
        <source>not queued</source>
        <translation>غير مدرج في قائمة الانتظار</translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>انقطع</translation>
    </message>
    <message>
        <source>the app was closing</source>
        <translation>كان التطبيق يُغلق</translation>
    </message>
</context>
<context>
    <name>DaySummary</name>
    <message>
        <source>Planned end</source>
        <translation>النهاية المقررة</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>النهاية المتوقعة</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>▶ LIVE · {countdown} over</source>
        <translation>▶ مباشر · تجاوز {countdown}</translation>
    </message>
    <message>
        <source>▶ LIVE · {countdown} left</source>
        <translation>▶ مباشر · المتبقي {countdown}</translation>
    </message>
    <message>
        <source>Next · starts in {countdown}</source>
        <translation>التالية · تبدأ بعد {countdown}</translation>
    </message>
    <message>
        <source>The show is over</source>
        <translation>انتهت الفعالية</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>PDF with a timeline (*.pdf)</source>
        <translation>ملف PDF مع مخطط زمني (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>ملف CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>ال&amp;تقارير</translation>
    </message>
    <message>
        <source>Run sheet (&amp;PDF)…</source>
        <translation>ورقة السير (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Run sheet, &amp;technician&apos;s copy with cues (PDF)…</source>
        <translation>ورقة السير، نسخة ال&amp;فني مع الإشارات (PDF)…</translation>
    </message>
    <message>
        <source>Pr&amp;int run sheet…</source>
        <translation>&amp;طباعة ورقة السير…</translation>
    </message>
    <message>
        <source>&amp;After the show: report (PDF / CSV / XLSX)…</source>
        <translation>&amp;بعد الفعالية: التقرير (PDF / CSV / XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Calendar (ICS)…</source>
        <translation>ال&amp;تقويم (ICS)…</translation>
    </message>
    <message>
        <source>runofshow — the export was not written</source>
        <translation>runofshow — لم يُكتب ملف التصدير</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf)</source>
        <translation>ملف PDF، مقاس A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter (*.pdf)</source>
        <translation>ملف PDF، مقاس US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Save the run sheet</source>
        <translation>حفظ ورقة السير</translation>
    </message>
    <message>
        <source>Run sheet written to {path}.</source>
        <translation>كُتبت ورقة السير في {path}.</translation>
    </message>
    <message>
        <source>Run sheet sent to the printer.</source>
        <translation>أُرسلت ورقة السير إلى الطابعة.</translation>
    </message>
    <message>
        <source>Save the report of the show</source>
        <translation>حفظ تقرير الفعالية</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>كُتب التقرير في {path}.</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>حفظ التقويم</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>تقويم (*.ics)</translation>
    </message>
    <message>
        <source>Calendar written to {path}.</source>
        <translation>كُتب التقويم في {path}.</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>No Chinese font is installed: Chinese titles may show as boxes. Install Noto Sans CJK (Debian: apt install fonts-noto-cjk) or put a .otf/.ttf in assets/fonts/.</source>
        <translation>لا يوجد خط صيني مثبَّت: قد تظهر العناوين الصينية مربعات. ثبّت Noto Sans CJK (في Debian: apt install fonts-noto-cjk) أو ضع ملف ‎.otf/.ttf في assets/fonts/.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>runofshow — import {file}</source>
        <translation>runofshow — استيراد {file}</translation>
    </message>
    <message>
        <source>Nothing was guessed.</source>
        <translation>لم يُخمَّن شيء.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message numerus="yes">
        <source>%n guess(es) and left-out line(s) to check, below.</source>
        <translation>
            <numerusform>%n عنصر للمراجعة أدناه (تخمينات وأسطر مستبعدة).</numerusform>
            <numerusform>%n عنصر للمراجعة أدناه (تخمين أو سطر مستبعد).</numerusform>
            <numerusform>%n عنصر للمراجعة أدناه (تخمينات وأسطر مستبعدة).</numerusform>
            <numerusform>%n عناصر للمراجعة أدناه (تخمينات وأسطر مستبعدة).</numerusform>
            <numerusform>%n عنصرًا للمراجعة أدناه (تخمينات وأسطر مستبعدة).</numerusform>
            <numerusform>%n عنصر للمراجعة أدناه (تخمينات وأسطر مستبعدة).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open writes the agenda to {path} and starts the show on it.</source>
        <translation>«فتح» يكتب جدول الأعمال في {path} ويبدأ الفعالية عليه.</translation>
    </message>
    <message>
        <source>It has no timezone: it runs in this computer&apos;s zone; add `timezone:` to fix it.</source>
        <translation>لا توجد فيه منطقة زمنية: يعمل بمنطقة هذا الحاسوب؛ أضف `timezone:` لتحديدها.</translation>
    </message>
    <message>
        <source>Write the agenda to</source>
        <translation>كتابة جدول الأعمال في</translation>
    </message>
    <message>
        <source>Agendas (*.yaml *.yml)</source>
        <translation>جداول الأعمال (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>ImportQuestions</name>
    <message>
        <source>runofshow — import {file}</source>
        <translation>runofshow — استيراد {file}</translation>
    </message>
    <message>
        <source>{file} needs an answer before it can become an agenda:</source>
        <translation>يحتاج {file} إلى إجابة قبل أن يصبح جدول أعمال:</translation>
    </message>
    <message>
        <source>Room (each room is its own agenda):</source>
        <translation>القاعة (لكل قاعة جدول أعمالها):</translation>
    </message>
    <message>
        <source>Date of the first day:</source>
        <translation>تاريخ اليوم الأول:</translation>
    </message>
    <message>
        <source>Timezone:</source>
        <translation>المنطقة الزمنية:</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>تحويل</translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>Screens kept awake by {method}</source>
        <translation>الشاشات تبقى نشطة بواسطة {method}</translation>
    </message>
    <message>
        <source>Cannot keep the screens awake: {problem} — disable the screensaver and display sleep by hand</source>
        <translation>لا يمكن إبقاء الشاشات نشطة: {problem} — عطّل شاشة التوقف وسكون الشاشة يدويًا</translation>
    </message>
    <message>
        <source>Screens free to sleep: no session is live or due within the hour</source>
        <translation>يمكن للشاشات أن تسكن: لا جلسة جارية ولا جلسة مقررة خلال الساعة</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
</context>
<context>
    <name>OscPanel</name>
    <message>
        <source>Take OSC commands (UDP, no token)</source>
        <translation>قبول أوامر OSC (UDP، بلا رمز)</translation>
    </message>
    <message>
        <source>/runofshow/next, /runofshow/extend 5, … from a control surface, QLab or TouchOSC: docs/remote.md</source>
        <translation>الأوامر /runofshow/next و‎/runofshow/extend 5 و… من سطح تحكم أو QLab أو TouchOSC: docs/remote.md</translation>
    </message>
    <message>
        <source>where to listen: {host} is this computer only; 0.0.0.0 lets any device on the network drive the show</source>
        <translation>عنوان الاستماع: {host} لهذا الحاسوب فقط؛ 0.0.0.0 يتيح لأي جهاز على الشبكة التحكم في الفعالية</translation>
    </message>
    <message>
        <source>port </source>
        <comment>before the port number</comment>
        <translation>المنفذ </translation>
    </message>
    <message>
        <source>OSC is off: {error}.</source>
        <translation>خدمة OSC متوقفة: {error}.</translation>
    </message>
    <message>
        <source>OSC is off.</source>
        <translation>خدمة OSC متوقفة.</translation>
    </message>
    <message>
        <source>OSC is starting…</source>
        <translation>جارٍ تشغيل OSC…</translation>
    </message>
    <message>
        <source>OSC on {address} (UDP): programs on this computer can drive the show, with no token.</source>
        <translation>خدمة OSC على {address} (UDP): يمكن لبرامج هذا الحاسوب التحكم في الفعالية، بلا رمز.</translation>
    </message>
    <message>
        <source>OSC on {address} (UDP): any device that reaches this computer can drive the show. OSC has no token.</source>
        <translation>خدمة OSC على {address} (UDP): يمكن لأي جهاز يصل إلى هذا الحاسوب التحكم في الفعالية. لا رمز في OSC.</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>runofshow — venue overview: {event}</source>
        <translation>runofshow — نظرة عامة على المكان: {event}</translation>
    </message>
    <message>
        <source>connecting to {address}…</source>
        <translation>جارٍ الاتصال بـ {address}…</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>after the show: planned against actual</source>
        <translation>بعد الفعالية: المقرر مقابل الفعلي</translation>
    </message>
    <message>
        <source>run sheet, technician&apos;s copy</source>
        <translation>ورقة السير، نسخة الفني</translation>
    </message>
    <message>
        <source>run sheet</source>
        <translation>ورقة السير</translation>
    </message>
    <message>
        <source>cannot draw the PDF (Qt could not open the page)</source>
        <translation>تعذّر رسم ملف PDF (لم يتمكن Qt من فتح الصفحة)</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>صفحة {number} من {total}</translation>
    </message>
</context>
<context>
    <name>PdfSheet</name>
    <message>
        <source>actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>anchors</source>
        <translation>المواعيد الثابتة</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>cues</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>times in {zone}</source>
        <translation>الأوقات بتوقيت {zone}</translation>
    </message>
    <message>
        <source>made {time}</source>
        <translation>أُعدّ {time}</translation>
    </message>
    <message>
        <source>day ends {end} (planned {planned})</source>
        <translation>ينتهي اليوم {end} (المقرر {planned})</translation>
    </message>
</context>
<context>
    <name>PdfTimeline</name>
    <message>
        <source>ran over by more than %n min</source>
        <translation>تجاوز بأكثر من %n د</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>تم التخطي</translation>
    </message>
    <message>
        <source>{day} — planned against actual</source>
        <translation>{day} — المقرر مقابل الفعلي</translation>
    </message>
</context>
<context>
    <name>ProjectorControls</name>
    <message>
        <source>Automatic (second screen if any)</source>
        <translation>تلقائي (الشاشة الثانية إن وُجدت)</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>جهاز العرض</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>تعريف</translation>
    </message>
    <message>
        <source>Identify screens: shows each screen&apos;s name and size on it for a few seconds</source>
        <translation>تعريف الشاشات: يعرض اسم كل شاشة وحجمها عليها لبضع ثوانٍ</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>ملء الشاشة</translation>
    </message>
    <message>
        <source>Leave fullscreen</source>
        <translation>إنهاء ملء الشاشة</translation>
    </message>
    <message>
        <source>Esc on the projector does the same</source>
        <translation>مفتاح Esc على جهاز العرض يؤدي الأمر نفسه</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>تعتيم</translation>
    </message>
    <message>
        <source>Message to the stage, e.g. 5 minutes left / 还剩五分钟</source>
        <translation>رسالة إلى المنصة، مثل: بقيت 5 دقائق / 还剩五分钟</translation>
    </message>
    <message>
        <source>Message to the stage: shown on the chair&apos;s view and the projector with the countdown (Enter or Send)</source>
        <translation>رسالة إلى المنصة: تظهر على شاشة الرئيس وجهاز العرض مع العد التنازلي (Enter أو إرسال)</translation>
    </message>
    <message>
        <source>Blink</source>
        <translation>وميض</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>{screen} (not connected)</source>
        <translation>{screen} (غير متصلة)</translation>
    </message>
    <message>
        <source>Esc on the projector leaves fullscreen</source>
        <translation>مفتاح Esc على جهاز العرض ينهي ملء الشاشة</translation>
    </message>
    <message>
        <source>On stage: «{message}» (blinking)</source>
        <translation>على المنصة: «{message}» (وامضة)</translation>
    </message>
    <message>
        <source>On stage: «{message}»</source>
        <translation>على المنصة: «{message}»</translation>
    </message>
    <message>
        <source>On stage: no message</source>
        <translation>على المنصة: لا رسالة</translation>
    </message>
    <message>
        <source>one screen: tick to cover it</source>
        <translation>شاشة واحدة: حدّد لتغطيتها</translation>
    </message>
    <message>
        <source>With one screen and Automatic, the projector stays a window so that the console and the chair&apos;s view stay visible. Tick to cover this screen anyway: Esc on the projector comes back.</source>
        <translation>مع شاشة واحدة والوضع التلقائي، يبقى جهاز العرض نافذةً كي تبقى وحدة التحكم وشاشة الرئيس ظاهرتين. حدّد لتغطية هذه الشاشة رغم ذلك: مفتاح Esc على جهاز العرض يعيدها.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>تبدأ الساعة</translation>
    </message>
    <message>
        <source>Programme complete</source>
        <translation>اكتمل البرنامج</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>بروفة</translation>
    </message>
    <message>
        <source>runofshow · projector</source>
        <translation>runofshow · جهاز العرض</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish this room to the venue</source>
        <translation>نشر هذه القاعة إلى المكان</translation>
    </message>
    <message>
        <source>mqtt://HOST:PORT or mqtts://HOST:PORT</source>
        <translation>mqtt://HOST:PORT أو mqtts://HOST:PORT</translation>
    </message>
    <message>
        <source>from RUNOFSHOW_BROKER_PASSWORD</source>
        <translation>من RUNOFSHOW_BROKER_PASSWORD</translation>
    </message>
    <message>
        <source>The show goes on as it is; from now on the venue&apos;s broker gets its journal and its state.</source>
        <translation>تستمر الفعالية كما هي؛ ومن الآن يتلقى وسيط المكان سجلها وحالتها.</translation>
    </message>
    <message>
        <source>Follow a room as its standby</source>
        <translation>متابعة قاعة كجهاز احتياطي لها</translation>
    </message>
    <message>
        <source>This PC mirrors the room&apos;s show, ready to take over if the room&apos;s PC fails. The broker is asked for the room first.</source>
        <translation>يعكس هذا الجهاز عرض القاعة، وهو جاهز للتولّي إذا تعطّل جهاز القاعة. يُسأل الوسيط عن القاعة أولاً.</translation>
    </message>
    <message>
        <source>only if the broker asks for one; for this run, never kept</source>
        <translation>فقط إذا طلبها الوسيط؛ لهذا التشغيل، ولا تُحفظ أبدًا</translation>
    </message>
    <message>
        <source>For this run only: a password is never kept on this computer.</source>
        <translation>لهذا التشغيل فقط: لا تُحفظ كلمة المرور على هذا الحاسوب أبدًا.</translation>
    </message>
    <message>
        <source>the room&apos;s name on the broker, as its PC publishes it</source>
        <translation>اسم القاعة على الوسيط كما ينشره جهازها</translation>
    </message>
    <message>
        <source>this room&apos;s name on the broker, e.g. Room A</source>
        <translation>اسم هذه القاعة لدى الوسيط، مثل Room A</translation>
    </message>
    <message>
        <source>mqtts:// only; empty: the system&apos;s authorities</source>
        <translation>لـ mqtts:// فقط؛ فارغ: جهات التصديق في النظام</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Broker:</source>
        <translation>الوسيط:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>القاعة:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>الفعالية:</translation>
    </message>
    <message>
        <source>Certificate authority:</source>
        <translation>جهة التصديق:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>The certificate authority of the venue&apos;s broker</source>
        <translation>جهة التصديق لوسيط المكان</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt *.cer);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Not a broker address: write mqtt://HOST:PORT or mqtts://HOST:PORT (mqtt://USER@HOST:PORT with a user name).</source>
        <translation>ليس عنوان وسيط: اكتب mqtt://HOST:PORT أو mqtts://HOST:PORT (أو mqtt://USER@HOST:PORT مع اسم مستخدم).</translation>
    </message>
    <message>
        <source>A password goes with a user name: write it in the broker&apos;s address, mqtt://USER@HOST.</source>
        <translation>كلمة المرور تأتي مع اسم مستخدم: اكتبه في عنوان الوسيط، mqtt://USER@HOST.</translation>
    </message>
    <message>
        <source>Use 1 to {most} letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>استخدم من 1 إلى {most} من الحروف أو الأرقام أو المسافات أو &apos;.&apos; أو &apos;_&apos; أو &apos;-&apos;، بدءًا بحرف أو رقم.</translation>
    </message>
    <message>
        <source>A certificate authority is for mqtts:// only.</source>
        <translation>جهة التصديق لـ mqtts:// فقط.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>لا يوجد ملف بهذا الاسم.</translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message>
        <source>Serve the show to other devices</source>
        <translation>إتاحة الفعالية لأجهزة أخرى</translation>
    </message>
    <message>
        <source>Companion (Stream Deck), phones, the foyer and booth screens: docs/remote.md</source>
        <translation>أجهزة Companion (Stream Deck) والهواتف وشاشات البهو والمقصورة: docs/remote.md</translation>
    </message>
    <message>
        <source>port </source>
        <comment>before the port number</comment>
        <translation>المنفذ </translation>
    </message>
    <message>
        <source>Allow the venue network</source>
        <translation>السماح بشبكة المكان</translation>
    </message>
    <message>
        <source>Listen on every address of this computer, not only on itself</source>
        <translation>الاستماع على كل عناوين هذا الحاسوب، لا عليه وحده</translation>
    </message>
    <message>
        <source>Control token</source>
        <translation>رمز التحكم</translation>
    </message>
    <message>
        <source>may act: Companion, the control page</source>
        <translation>يمكنه التصرف: Companion، صفحة التحكم</translation>
    </message>
    <message>
        <source>a new control token: the old one stops working at once</source>
        <translation>رمز تحكم جديد: يتوقف القديم عن العمل فورًا</translation>
    </message>
    <message>
        <source>View token</source>
        <translation>رمز المشاهدة</translation>
    </message>
    <message>
        <source>may only watch: the screens</source>
        <translation>يمكنه المشاهدة فقط: الشاشات</translation>
    </message>
    <message>
        <source>a new view token: the old one stops working at once</source>
        <translation>رمز مشاهدة جديد: يتوقف القديم عن العمل فورًا</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Control page</source>
        <translation>صفحة التحكم</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>الشاشات</translation>
    </message>
    <message>
        <source>stage.html, agenda.html or booth.html, with the view token</source>
        <translation>الصفحات stage.html أو agenda.html أو booth.html، مع رمز المشاهدة</translation>
    </message>
    <message>
        <source>the control page, for a phone on the venue network</source>
        <translation>صفحة التحكم، لهاتف على شبكة المكان</translation>
    </message>
    <message>
        <source>Replace the control token? Every device that uses the old one (Companion, phones, screens) stops working until it is given the new one.</source>
        <translation>هل تستبدل رمز التحكم؟ كل جهاز يستخدم الرمز القديم (Companion، الهواتف، الشاشات) يتوقف عن العمل حتى يُعطى الرمز الجديد.</translation>
    </message>
    <message>
        <source>Replace the view token? Every device that uses the old one (Companion, phones, screens) stops working until it is given the new one.</source>
        <translation>هل تستبدل رمز المشاهدة؟ كل جهاز يستخدم الرمز القديم (Companion، الهواتف، الشاشات) يتوقف عن العمل حتى يُعطى الرمز الجديد.</translation>
    </message>
    <message>
        <source>The new token could not be kept ({error}); the old one still works.</source>
        <translation>تعذّر حفظ الرمز الجديد ({error})؛ الرمز القديم لا يزال يعمل.</translation>
    </message>
    <message>
        <source>runofshow — replace a token</source>
        <translation>runofshow — استبدال رمز</translation>
    </message>
    <message>
        <source>given with --token for this run (not kept)</source>
        <translation>مُعطى بـ ‎--token لهذا التشغيل (غير محفوظ)</translation>
    </message>
    <message>
        <source>QR code:
pip install segno</source>
        <translation>رمز QR:
pip install segno</translation>
    </message>
    <message>
        <source>Remote is off: {error}.</source>
        <translation>التحكم عن بُعد متوقف: {error}.</translation>
    </message>
    <message>
        <source>Remote is off: no other device can see or drive the show.</source>
        <translation>التحكم عن بُعد متوقف: لا يمكن لأي جهاز آخر رؤية الفعالية أو التحكم فيها.</translation>
    </message>
    <message>
        <source>Remote is starting…</source>
        <translation>جارٍ تشغيل التحكم عن بُعد…</translation>
    </message>
    <message>
        <source>Remote on {address}: this computer only (Companion on this PC).</source>
        <translation>التحكم عن بُعد على {address}: هذا الحاسوب فقط (Companion على هذا الحاسوب).</translation>
    </message>
    <message>
        <source>none found</source>
        <comment>no network addresses</comment>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Remote on the venue network, port {port}: any device on it that has a token can reach the show. This computer&apos;s addresses: {addresses}.</source>
        <translation>التحكم عن بُعد على شبكة المكان، المنفذ {port}: يمكن لأي جهاز عليها يملك رمزًا الوصول إلى الفعالية. عناوين هذا الحاسوب: {addresses}.</translation>
    </message>
    <message>
        <source>Remote on {address} (the venue network): devices with a token can reach it.</source>
        <translation>التحكم عن بُعد على {address} (شبكة المكان): يمكن للأجهزة التي تملك رمزًا الوصول إليه.</translation>
    </message>
</context>
<context>
    <name>RoomFollow</name>
    <message>
        <source>Reading room {room} of event {event} on {address}…</source>
        <translation>جارٍ قراءة القاعة {room} من الحدث {event} على {address}…</translation>
    </message>
    <message>
        <source>Room {room} of event {event} has published no agenda and state on {address}{why}: is its PC publishing it? This PC&apos;s show goes on as it is.</source>
        <translation>لم تنشر القاعة {room} من الحدث {event} جدول أعمال ولا حالة على {address}{why}: هل ينشرها جهازها؟ يستمر عرض هذا الجهاز كما هو.</translation>
    </message>
    <message>
        <source>This PC becomes the standby of room {room} (its show: {agenda}). This PC&apos;s own show closes as on quitting (its journal stays as it is) and runofshow opens again, following the room. Go on?</source>
        <translation>يصبح هذا الجهاز الجهاز الاحتياطي للقاعة {room} (عرضها: {agenda}). يُغلق عرض هذا الجهاز كما عند الخروج (يبقى سجله كما هو) ويُفتح runofshow من جديد متابعًا القاعة. هل تتابع؟</translation>
    </message>
    <message>
        <source>runofshow could not be started again as the standby; this PC&apos;s show goes on as it is.</source>
        <translation>تعذّر تشغيل runofshow من جديد كجهاز احتياطي؛ يستمر عرض هذا الجهاز كما هو.</translation>
    </message>
    <message>
        <source>Follow a room</source>
        <translation>متابعة قاعة</translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>الجلسة الجارية</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>العد التنازلي</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Next anchor at risk</source>
        <translation>الموعد الثابت التالي المعرّض للخطر</translation>
    </message>
    <message>
        <source>Last heard from {room} at {time}; its countdown is worked out from that state.</source>
        <translation>آخر ما ورد من {room} كان عند {time}؛ يُحسب عدّه التنازلي من تلك الحالة.</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>no news</source>
        <translation>لا أخبار</translation>
    </message>
    <message>
        <source>online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source> · rehearsal</source>
        <translation> · بروفة</translation>
    </message>
    <message>
        <source>programme complete</source>
        <translation>اكتمل البرنامج</translation>
    </message>
    <message>
        <source>next: {title}</source>
        <translation>التالي: {title}</translation>
    </message>
    <message>
        <source>{time} ({session}) by {late}</source>
        <translation>{time} ({session}) بتأخير {late}</translation>
    </message>
</context>
<context>
    <name>RundownModel</name>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>التأخير</translation>
    </message>
    <message>
        <source>Compr.</source>
        <translation>تقليص</translation>
    </message>
    <message>
        <source>Adj.</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>علامات</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>▶ LIVE · ✓ done · ✕ skipped · blank: upcoming</source>
        <translation>▶ مباشر · ✓ انتهت · ✕ تم تخطيها · فارغ: قادمة</translation>
    </message>
    <message>
        <source>planned start–end, as published</source>
        <translation>البدء–الانتهاء المقرران، كما نُشرا</translation>
    </message>
    <message>
        <source>projected start–end now, after every action and the clock</source>
        <translation>البدء–الانتهاء المتوقعان الآن، بعد كل إجراء وحسب الساعة</translation>
    </message>
    <message>
        <source>title, primary and secondary language (the whole title in the row&apos;s tooltip)</source>
        <translation>العنوان، باللغة الأولى والثانية (العنوان كاملًا في تلميح الصف)</translation>
    </message>
    <message>
        <source>projected (or actual) start − planned start</source>
        <translation>البدء المتوقع (أو الفعلي) − البدء المقرر</translation>
    </message>
    <message>
        <source>taken automatically from this flexible session to hold an anchor</source>
        <translation>اقتُطع تلقائيًا من هذه الجلسة المرنة للحفاظ على موعد ثابت</translation>
    </message>
    <message>
        <source>the chair&apos;s extensions (+) or compressions (−) by hand</source>
        <translation>تمديدات الرئيس (+) أو تقليصاته (−) يدويًا</translation>
    </message>
    <message>
        <source>⚓start: must not start late · ⚓end: must not end late · ↔: may be compressed</source>
        <translation>⚓بدء: يجب ألا تبدأ متأخرة · ⚓انتهاء: يجب ألا تنتهي متأخرة · ↔: يجوز تقليصها</translation>
    </message>
    <message>
        <source>session id, as in the agenda file and the journal</source>
        <translation>معرّف الجلسة، كما في ملف جدول الأعمال والسجل</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ انتهت</translation>
    </message>
    <message>
        <source>▶ LIVE</source>
        <translation>▶ مباشر</translation>
    </message>
    <message>
        <source>✕ skipped</source>
        <translation>✕ تم تخطيها</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>قادمة</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>أسئلة وأجوبة</translation>
    </message>
    <message>
        <source>fireside chat</source>
        <translation>حوار مفتوح</translation>
    </message>
    <message>
        <source>meal break</source>
        <translation>استراحة طعام</translation>
    </message>
    <message>
        <source>⚓start</source>
        <translation>⚓بدء</translation>
    </message>
    <message>
        <source>⚓end</source>
        <translation>⚓انتهاء</translation>
    </message>
    <message>
        <source>late {time}</source>
        <translation>متأخرة {time}</translation>
    </message>
    <message>
        <source>compressed {time}</source>
        <translation>مقلَّصة {time}</translation>
    </message>
    <message>
        <source>adjusted by hand {time}</source>
        <translation>معدَّلة يدويًا {time}</translation>
    </message>
    <message>
        <source>fixed start at {time}</source>
        <translation>بدء ثابت الساعة {time}</translation>
    </message>
    <message>
        <source>fixed end at {time}</source>
        <translation>انتهاء ثابت الساعة {time}</translation>
    </message>
    <message>
        <source>id in the agenda file: {id}</source>
        <translation>المعرّف في ملف جدول الأعمال: {id}</translation>
    </message>
</context>
<context>
    <name>ScreenBadge</name>
    <message>
        <source>runofshow · screen {name}</source>
        <translation>runofshow · الشاشة {name}</translation>
    </message>
    <message>
        <source>screen {number} of {count}</source>
        <translation>الشاشة {number} من {count}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>&amp;Show</source>
        <translation>ال&amp;فعالية</translation>
    </message>
    <message>
        <source>&amp;Open agenda…</source>
        <translation>&amp;فتح جدول الأعمال…</translation>
    </message>
    <message>
        <source>&amp;Reload agenda</source>
        <translation>إ&amp;عادة تحميل جدول الأعمال</translation>
    </message>
    <message>
        <source>Reload agenda (keeps the show)</source>
        <translation>إعادة تحميل جدول الأعمال (مع إبقاء الفعالية)</translation>
    </message>
    <message>
        <source>Show the problems</source>
        <translation>عرض المشكلات</translation>
    </message>
    <message>
        <source>Agendas and programmes ({patterns})</source>
        <translation>جداول الأعمال والبرامج ({patterns})</translation>
    </message>
    <message>
        <source>Agendas ({patterns})</source>
        <translation>جداول الأعمال ({patterns})</translation>
    </message>
    <message>
        <source>Programmes to import ({patterns})</source>
        <translation>برامج للاستيراد ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>كل الملفات ({patterns})</translation>
    </message>
    <message>
        <source>Open an agenda</source>
        <translation>فتح جدول أعمال</translation>
    </message>
    <message>
        <source>runofshow — cannot open the agenda</source>
        <translation>runofshow — تعذّر فتح جدول الأعمال</translation>
    </message>
    <message numerus="yes">
        <source>{path} has %n problem(s). Nothing was changed: the show that is open goes on.</source>
        <translation>
            <numerusform>في {path} %n مشكلة. لم يُغيَّر شيء: الفعالية المفتوحة مستمرة.</numerusform>
            <numerusform>في {path} %n مشكلة. لم يُغيَّر شيء: الفعالية المفتوحة مستمرة.</numerusform>
            <numerusform>في {path} %n مشكلة. لم يُغيَّر شيء: الفعالية المفتوحة مستمرة.</numerusform>
            <numerusform>في {path} %n مشكلات. لم يُغيَّر شيء: الفعالية المفتوحة مستمرة.</numerusform>
            <numerusform>في {path} %n مشكلةً. لم يُغيَّر شيء: الفعالية المفتوحة مستمرة.</numerusform>
            <numerusform>في {path} %n مشكلة. لم يُغيَّر شيء: الفعالية المفتوحة مستمرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>runofshow — the show is open elsewhere</source>
        <translation>runofshow — الفعالية مفتوحة في مكان آخر</translation>
    </message>
    <message>
        <source>runofshow — cannot import the programme</source>
        <translation>runofshow — تعذّر استيراد البرنامج</translation>
    </message>
    <message numerus="yes">
        <source>{path} has %n problem(s); nothing was written, and the show that is open goes on.</source>
        <translation>
            <numerusform>في {path} %n مشكلة؛ لم يُكتب شيء، والفعالية المفتوحة مستمرة.</numerusform>
            <numerusform>في {path} %n مشكلة؛ لم يُكتب شيء، والفعالية المفتوحة مستمرة.</numerusform>
            <numerusform>في {path} %n مشكلة؛ لم يُكتب شيء، والفعالية المفتوحة مستمرة.</numerusform>
            <numerusform>في {path} %n مشكلات؛ لم يُكتب شيء، والفعالية المفتوحة مستمرة.</numerusform>
            <numerusform>في {path} %n مشكلةً؛ لم يُكتب شيء، والفعالية المفتوحة مستمرة.</numerusform>
            <numerusform>في {path} %n مشكلة؛ لم يُكتب شيء، والفعالية المفتوحة مستمرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>runofshow — cannot write the agenda</source>
        <translation>runofshow — تعذّرت كتابة جدول الأعمال</translation>
    </message>
    <message>
        <source>{path}: {error}; the show that is open goes on.</source>
        <translation>الملف {path}: {error}؛ الفعالية المفتوحة مستمرة.</translation>
    </message>
    <message>
        <source>⚠ The agenda file now has 1 problem; the show goes on as it was.</source>
        <translation>⚠ في ملف جدول الأعمال الآن مشكلة واحدة؛ الفعالية مستمرة كما كانت.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The agenda file now has %n problems; the show goes on as it was.</source>
        <translation>
            <numerusform>⚠ في ملف جدول الأعمال الآن %n مشكلة؛ الفعالية مستمرة كما كانت.</numerusform>
            <numerusform>⚠ في ملف جدول الأعمال الآن %n مشكلة؛ الفعالية مستمرة كما كانت.</numerusform>
            <numerusform>⚠ في ملف جدول الأعمال الآن %n مشكلة؛ الفعالية مستمرة كما كانت.</numerusform>
            <numerusform>⚠ في ملف جدول الأعمال الآن %n مشكلات؛ الفعالية مستمرة كما كانت.</numerusform>
            <numerusform>⚠ في ملف جدول الأعمال الآن %n مشكلةً؛ الفعالية مستمرة كما كانت.</numerusform>
            <numerusform>⚠ في ملف جدول الأعمال الآن %n مشكلة؛ الفعالية مستمرة كما كانت.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the problem</source>
        <translation>عرض المشكلة</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n problems</source>
        <translation>
            <numerusform>عرض المشكلات (%n)</numerusform>
            <numerusform>عرض المشكلات (%n)</numerusform>
            <numerusform>عرض المشكلتين (%n)</numerusform>
            <numerusform>عرض المشكلات الـ %n</numerusform>
            <numerusform>عرض المشكلات الـ %n</numerusform>
            <numerusform>عرض المشكلات الـ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda file changed on disk.</source>
        <translation>تغيّر ملف جدول الأعمال على القرص.</translation>
    </message>
    <message>
        <source>{path} was saved with 1 problem. The show goes on with the agenda as it was read; once the file is fixed, the notice goes.</source>
        <translation>حُفظ {path} وفيه مشكلة واحدة. تستمر الفعالية بجدول الأعمال كما قُرئ؛ وعند إصلاح الملف يختفي التنبيه.</translation>
    </message>
    <message numerus="yes">
        <source>{path} was saved with %n problems. The show goes on with the agenda as it was read; once the file is fixed, the notice goes.</source>
        <translation>
            <numerusform>حُفظ {path} وفيه %n مشكلة. تستمر الفعالية بجدول الأعمال كما قُرئ؛ وعند إصلاح الملف يختفي التنبيه.</numerusform>
            <numerusform>حُفظ {path} وفيه %n مشكلة. تستمر الفعالية بجدول الأعمال كما قُرئ؛ وعند إصلاح الملف يختفي التنبيه.</numerusform>
            <numerusform>حُفظ {path} وفيه %n مشكلة. تستمر الفعالية بجدول الأعمال كما قُرئ؛ وعند إصلاح الملف يختفي التنبيه.</numerusform>
            <numerusform>حُفظ {path} وفيه %n مشكلات. تستمر الفعالية بجدول الأعمال كما قُرئ؛ وعند إصلاح الملف يختفي التنبيه.</numerusform>
            <numerusform>حُفظ {path} وفيه %n مشكلةً. تستمر الفعالية بجدول الأعمال كما قُرئ؛ وعند إصلاح الملف يختفي التنبيه.</numerusform>
            <numerusform>حُفظ {path} وفيه %n مشكلة. تستمر الفعالية بجدول الأعمال كما قُرئ؛ وعند إصلاح الملف يختفي التنبيه.</numerusform>
        </translation>
    </message>
    <message>
        <source>runofshow — the agenda file has problems</source>
        <translation>runofshow — في ملف جدول الأعمال مشكلات</translation>
    </message>
    <message>
        <source>runofshow — cannot reload</source>
        <translation>runofshow — تعذّرت إعادة التحميل</translation>
    </message>
    <message>
        <source>The agenda file has problems; the show goes on as it was.</source>
        <translation>في ملف جدول الأعمال مشكلات؛ الفعالية مستمرة كما كانت.</translation>
    </message>
    <message>
        <source>runofshow — agenda reloaded</source>
        <translation>runofshow — أُعيد تحميل جدول الأعمال</translation>
    </message>
    <message numerus="yes">
        <source>The agenda was reloaded. %n action(s) of the show no longer apply and were set aside (they stay in the journal on record):</source>
        <translation>
            <numerusform>أُعيد تحميل جدول الأعمال. %n إجراء من إجراءات الفعالية لم يعد ينطبق فوُضع جانبًا (ويبقى مسجَّلًا في السجل):</numerusform>
            <numerusform>أُعيد تحميل جدول الأعمال. %n إجراء من إجراءات الفعالية لم يعد ينطبق فوُضع جانبًا (ويبقى مسجَّلًا في السجل):</numerusform>
            <numerusform>أُعيد تحميل جدول الأعمال. %n إجراء من إجراءات الفعالية لم يعودا ينطبقان فوُضعا جانبًا (ويبقيان مسجَّلين في السجل):</numerusform>
            <numerusform>أُعيد تحميل جدول الأعمال. %n إجراءات من إجراءات الفعالية لم تعد تنطبق فوُضعت جانبًا (وتبقى مسجَّلة في السجل):</numerusform>
            <numerusform>أُعيد تحميل جدول الأعمال. %n إجراءً من إجراءات الفعالية لم تعد تنطبق فوُضعت جانبًا (وتبقى مسجَّلة في السجل):</numerusform>
            <numerusform>أُعيد تحميل جدول الأعمال. %n إجراء من إجراءات الفعالية لم تعد تنطبق فوُضعت جانبًا (وتبقى مسجَّلة في السجل):</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda reloaded.</source>
        <translation>أُعيد تحميل جدول الأعمال.</translation>
    </message>
</context>
<context>
    <name>ShowController</name>
    <message>
        <source>could not write the show&apos;s journal ({error}); the action was not taken — check the disk</source>
        <translation>تعذّرت كتابة سجل الفعالية ({error})؛ لم يُتخذ الإجراء — تحقق من القرص</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>لا شيء للتراجع عنه</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>لا شيء لإعادته</translation>
    </message>
</context>
<context>
    <name>ShowLock</name>
    <message>
        <source>no one</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>a process that left no name</source>
        <translation>عملية لم تترك اسمًا</translation>
    </message>
    <message>
        <source>pid {pid} on host {host}</source>
        <translation>العملية {pid} على المضيف {host}</translation>
    </message>
    <message>
        <source>This show ({journal}) cannot be locked: runofshow cannot write {lock} ({error}). Check that folder&apos;s permissions.</source>
        <translation>لا يمكن قفل هذه الفعالية ({journal}): يتعذّر على runofshow كتابة {lock} ({error}). تحقق من أذونات ذلك المجلد.</translation>
    </message>
    <message>
        <source>This show ({journal}) is already open in another runofshow ({owner}). Close it there first.</source>
        <translation>هذه الفعالية ({journal}) مفتوحة بالفعل في نسخة أخرى من runofshow ({owner}). أغلقها هناك أولًا.</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>Cannot play sound: aplay not found (Debian: apt install alsa-utils)</source>
        <translation>لا يمكن تشغيل الصوت: لم يُعثر على aplay (في Debian: apt install alsa-utils)</translation>
    </message>
    <message>
        <source>Cannot play sound: {player} not found</source>
        <translation>لا يمكن تشغيل الصوت: لم يُعثر على {player}</translation>
    </message>
    <message>
        <source>cannot play {file}: no such file</source>
        <translation>لا يمكن تشغيل {file}: الملف غير موجود</translation>
    </message>
    <message>
        <source>cannot start {player}: {error}</source>
        <translation>لا يمكن بدء {player}: {error}</translation>
    </message>
    <message>
        <source>{player}: exit status {code}</source>
        <translation>حالة خروج {player}: {code}</translation>
    </message>
</context>
<context>
    <name>Standby</name>
    <message>
        <source>this PC is following room {room}: its own PC runs the show (take over from the console if that PC fails)</source>
        <translation>هذا الحاسوب يتابع القاعة {room}: حاسوب القاعة هو الذي يدير الفعالية (تولَّ الإدارة من وحدة التحكم إذا تعطل ذلك الحاسوب)</translation>
    </message>
    <message>
        <source>a standby: room {room}&apos;s own PC speaks</source>
        <translation>حاسوب احتياطي: حاسوب القاعة {room} هو الذي يتكلم</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>تولي الإدارة…</translation>
    </message>
    <message>
        <source>ROOM {room}&apos;S PC HAS NOT ANSWERED since {time}: this PC can take over</source>
        <translation>حاسوب القاعة {room} لا يستجيب منذ {time}: يمكن لهذا الحاسوب تولي الإدارة</translation>
    </message>
    <message>
        <source>FOLLOWING room {room}</source>
        <translation>متابعة القاعة {room}</translation>
    </message>
    <message>
        <source>ROOM {room}&apos;S PC IS OFFLINE since {time}: this PC can take over</source>
        <translation>حاسوب القاعة {room} غير متصل منذ {time}: يمكن لهذا الحاسوب تولي الإدارة</translation>
    </message>
    <message>
        <source>Take over room {room} on this PC?

This PC then runs the show from where its copy stands (journal entry {seq}) and publishes it as room {room}. If the room&apos;s PC comes back, it follows this one.</source>
        <translation>تولي إدارة القاعة {room} على هذا الحاسوب؟

سيدير هذا الحاسوب الفعالية من حيث تقف نسخته (القيد {seq} في السجل) وينشرها بصفة القاعة {room}. وإذا عاد حاسوب القاعة فسيتابع هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The room&apos;s PC still says it is online.</source>
        <translation>لا يزال حاسوب القاعة يفيد بأنه متصل.</translation>
    </message>
    <message>
        <source>This copy is INCOMPLETE: {count} journal entries of the room&apos;s PC have not arrived.</source>
        <translation>هذه النسخة غير مكتملة: لم يصل {count} من قيود سجل حاسوب القاعة.</translation>
    </message>
    <message>
        <source>runofshow — take over</source>
        <translation>runofshow — تولي الإدارة</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>TIME LEFT</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>LAST MINUTE</source>
        <translation>الدقيقة الأخيرة</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>تجاوز الوقت</translation>
    </message>
    <message>
        <source>STARTS IN</source>
        <translation>يبدأ بعد</translation>
    </message>
</context>
<context>
    <name>TtsEngine</name>
    <message>
        <source>No speech engine: the Python package pyttsx3 is missing (pip install pyttsx3)</source>
        <translation>لا يوجد محرك نطق: حزمة Python pyttsx3 غير موجودة (pip install pyttsx3)</translation>
    </message>
    <message>
        <source>No speech engine: Windows speech (SAPI5) could not start</source>
        <translation>لا يوجد محرك نطق: تعذّر تشغيل نطق Windows (SAPI5)</translation>
    </message>
    <message>
        <source>No speech engine: macOS speech could not start (pyttsx3 needs pyobjc)</source>
        <translation>لا يوجد محرك نطق: تعذّر تشغيل نطق macOS (pyttsx3 يحتاج إلى pyobjc)</translation>
    </message>
    <message>
        <source>No speech engine: install espeak-ng (Debian: apt install espeak-ng alsa-utils)</source>
        <translation>لا يوجد محرك نطق: ثبّت espeak-ng (في Debian: apt install espeak-ng alsa-utils)</translation>
    </message>
</context>
<context>
    <name>VenueFeed</name>
    <message>
        <source>{address} refused us: {reason}</source>
        <translation>رفض {address} الاتصال: {reason}</translation>
    </message>
    <message>
        <source>{address}, event {event}</source>
        <translation>{address}، الفعالية {event}</translation>
    </message>
    <message>
        <source>{address}: connection lost; reconnecting</source>
        <translation>{address}: انقطع الاتصال؛ جارٍ إعادة الاتصال</translation>
    </message>
</context>
<context>
    <name>VenueFollower</name>
    <message>
        <source>following room {room} on {address}: connecting…</source>
        <translation>متابعة القاعة {room} على {address}: جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>following room {room}: it reloaded its agenda; waiting for that agenda</source>
        <translation>متابعة القاعة {room}: أعادت تحميل جدول أعمالها؛ في انتظار ذلك الجدول</translation>
    </message>
    <message>
        <source>this copy of room {room} stopped at entry {seq}: {error}</source>
        <translation>توقفت نسخة القاعة {room} عند القيد {seq}: {error}</translation>
    </message>
    <message>
        <source>following room {room}: INCOMPLETE, {count} journal entries missing (asked again)</source>
        <translation>متابعة القاعة {room}: غير مكتملة، ينقص {count} من قيود السجل (طُلبت مجددًا)</translation>
    </message>
    <message>
        <source>following room {room} on {address}: journal entry {seq}</source>
        <translation>متابعة القاعة {room} على {address}: القيد {seq} في السجل</translation>
    </message>
    <message>
        <source>following room {room}: connection to {address} lost; reconnecting</source>
        <translation>متابعة القاعة {room}: انقطع الاتصال بـ {address}؛ جارٍ إعادة الاتصال</translation>
    </message>
</context>
<context>
    <name>VenueMenu</name>
    <message>
        <source>&amp;Venue</source>
        <translation>الم&amp;كان</translation>
    </message>
    <message>
        <source>Every room at a &amp;glance…</source>
        <translation>كل القاعات في &amp;لمحة…</translation>
    </message>
    <message>
        <source>&amp;Publish this room…</source>
        <translation>&amp;نشر هذه القاعة…</translation>
    </message>
    <message>
        <source>&amp;Stop publishing</source>
        <translation>&amp;إيقاف النشر</translation>
    </message>
    <message>
        <source>&amp;Follow a room as its standby…</source>
        <translation>&amp;متابعة قاعة كجهاز احتياطي…</translation>
    </message>
    <message>
        <source>&amp;Change room or broker…</source>
        <translation>&amp;تغيير القاعة أو الوسيط…</translation>
    </message>
    <message>
        <source>Publishing as room {room} of event {event} on {address}</source>
        <translation>النشر بصفة القاعة {room} من الفعالية {event} على {address}</translation>
    </message>
    <message>
        <source>Publish this room&apos;s show to the venue&apos;s MQTT broker</source>
        <translation>نشر فعالية هذه القاعة إلى وسيط MQTT الخاص بالمكان</translation>
    </message>
    <message>
        <source>This PC follows room {room} already</source>
        <translation>هذا الجهاز يتابع القاعة {room} بالفعل</translation>
    </message>
    <message>
        <source>Close this show and mirror another PC&apos;s room, ready to take it over</source>
        <translation>إغلاق هذا العرض وعكس قاعة جهاز آخر، مع الاستعداد لتولّيها</translation>
    </message>
    <message>
        <source>This PC follows room {room} (--follow): it publishes only once it takes over</source>
        <translation>هذا الحاسوب يتابع القاعة {room} (--follow): لا ينشر إلا بعد أن يتولى الإدارة</translation>
    </message>
    <message>
        <source>Set on the command line: room {room} of event {event} on {address}</source>
        <translation>محدد في سطر الأوامر: القاعة {room} من الفعالية {event} على {address}</translation>
    </message>
    <message>
        <source>Venue overview</source>
        <translation>نظرة عامة على المكان</translation>
    </message>
    <message>
        <source>The venue&apos;s broker (mqtt://HOST:PORT or mqtts://…):</source>
        <translation>وسيط الرسائل في المكان (mqtt://HOST:PORT أو mqtts://…):</translation>
    </message>
    <message>
        <source>The event:</source>
        <translation>الفعالية:</translation>
    </message>
</context>
<context>
    <name>VenuePublisher</name>
    <message>
        <source>connecting to {address} as room {room}…</source>
        <translation>جارٍ الاتصال بـ {address} بصفة القاعة {room}…</translation>
    </message>
    <message>
        <source>the broker refused us: {reason}</source>
        <translation>رفض الوسيط الاتصال: {reason}</translation>
    </message>
    <message>
        <source> — check the user name and password</source>
        <translation> — تحقق من اسم المستخدم وكلمة المرور</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>انقطع الاتصال</translation>
    </message>
    <message>
        <source>the broker&apos;s certificate was not accepted: {why}</source>
        <translation>لم تُقبل شهادة الوسيط: {why}</translation>
    </message>
    <message>
        <source>the broker does not answer</source>
        <translation>الوسيط لا يستجيب</translation>
    </message>
    <message>
        <source>the venue publisher failed; see the log</source>
        <translation>تعذّر النشر إلى المكان؛ انظر السجل</translation>
    </message>
    <message>
        <source>room {room} was taken over by another PC (a newer show on the broker): this PC publishes nothing and writes nothing</source>
        <translation>تولى حاسوب آخر إدارة القاعة {room} (فعالية أحدث لدى الوسيط): لن ينشر هذا الحاسوب أو يكتب أي شيء</translation>
    </message>
    <message>
        <source>another PC is live as room {room} on {address}: this PC publishes nothing and writes nothing</source>
        <translation>حاسوب آخر يعمل مباشرة بصفة القاعة {room} على {address}: لن ينشر هذا الحاسوب أو يكتب أي شيء</translation>
    </message>
    <message>
        <source>publishing to {address} as room {room}</source>
        <translation>النشر إلى {address} بصفة القاعة {room}</translation>
    </message>
    <message>
        <source> (journal entry {number} acknowledged)</source>
        <translation> (تم تأكيد القيد {number} في السجل)</translation>
    </message>
    <message>
        <source>; {count} on the way</source>
        <translation>؛ {count} قيد الإرسال</translation>
    </message>
    <message>
        <source>{address}: {problem}; reconnecting — the show goes on</source>
        <translation>{address}: {problem}؛ جارٍ إعادة الاتصال — الفعالية مستمرة</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>لم يتم الاتصال بعد</translation>
    </message>
    <message>
        <source>, {count} journal entries wait for it</source>
        <translation>، {count} من قيود السجل في الانتظار</translation>
    </message>
</context>
<context>
    <name>WebViews</name>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>تبدأ الساعة</translation>
    </message>
    <message>
        <source>Programme complete</source>
        <translation>اكتمل البرنامج</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>بروفة</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>على وشك البدء</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>جارية</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <source>Nothing more today</source>
        <translation>لا شيء آخر اليوم</translation>
    </message>
    <message>
        <source>The day&apos;s programme</source>
        <translation>برنامج اليوم</translation>
    </message>
    <message>
        <source>End of the day</source>
        <translation>نهاية اليوم</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>لاحقًا اليوم</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتحدثون</translation>
    </message>
    <message>
        <source>AT RISK: {what}</source>
        <translation>مهدَّد: {what}</translation>
    </message>
    <message>
        <source>as soon as this one ends</source>
        <translation>فور انتهاء الجلسة الحالية</translation>
    </message>
    <message>
        <source>starts in {wait}, {time}</source>
        <translation>تبدأ بعد {wait}، الساعة {time}</translation>
    </message>
    <message>
        <source>in {wait}</source>
        <translation>بعد {wait}</translation>
    </message>
    <message>
        <source>starts at {time}</source>
        <translation>تبدأ الساعة {time}</translation>
    </message>
    <message>
        <source>ends {end} (planned {planned})</source>
        <translation>تنتهي الساعة {end} (المقرر {planned})</translation>
    </message>
    <message>
        <source>ends at {time}</source>
        <translation>تنتهي الساعة {time}</translation>
    </message>
    <message>
        <source>PROJECTOR BLACKED OUT</source>
        <translation>جهاز العرض معتَّم</translation>
    </message>
    <message>
        <source>The projector is blacked out by the technician</source>
        <translation>عتَّم الفني جهاز العرض</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>انقطع الاتصال — جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>No update for {seconds} s — the times shown may be behind</source>
        <translation>لا تحديث منذ {seconds} ث — قد تكون الأوقات المعروضة متأخرة</translation>
    </message>
    <message>
        <source>last update {time}</source>
        <translation>آخر تحديث {time}</translation>
    </message>
    <message>
        <source>This link&apos;s token was refused: ask the technician for a new link (the QR code in the console)</source>
        <translation>رُفض رمز هذا الرابط: اطلب من الفني رابطًا جديدًا (رمز QR في وحدة التحكم)</translation>
    </message>
    <message>
        <source>This link has no token: ask the technician for the link (the QR code in the console)</source>
        <translation>هذا الرابط بلا رمز: اطلب الرابط من الفني (رمز QR في وحدة التحكم)</translation>
    </message>
    <message>
        <source>The venue&apos;s broker refused the connection</source>
        <translation>رفض خادم الرسائل في المقر الاتصال</translation>
    </message>
    <message>
        <source>The room&apos;s computer is offline: this is the last state it published</source>
        <translation>حاسوب القاعة غير متصل: هذه آخر حالة نشرها</translation>
    </message>
    <message>
        <source>This link is incomplete: it needs</source>
        <translation>هذا الرابط غير مكتمل: ينقصه</translation>
    </message>
    <message>
        <source>The control page works only with the room&apos;s computer, not through the broker</source>
        <translation>صفحة التحكم تعمل مع حاسوب القاعة فقط، لا عبر خادم الرسائل</translation>
    </message>
    <message>
        <source>min</source>
        <translation>د</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>ابدأ الآن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Start “{title}” now, {early} before its planned {time}?</source>
        <translation>هل تبدأ «{title}» الآن، قبل موعدها المقرر {time} بـ {early}؟</translation>
    </message>
    <message>
        <source>Not connected: the keys work again when the connection is back</source>
        <translation>غير متصل: تعمل الأزرار مجددًا عند عودة الاتصال</translation>
    </message>
    <message>
        <source>± minutes need a live session</source>
        <translation>± الدقائق تتطلب جلسة جارية</translation>
    </message>
    <message>
        <source>Next ignored: pressed twice. To move on again, wait a moment and press once.</source>
        <translation>تم تجاهل «التالي»: ضُغط مرتين. للانتقال مجددًا، انتظر لحظة ثم اضغط مرة واحدة.</translation>
    </message>
    <message>
        <source>Ignored: pressed twice. To do it again, wait a moment and press once.</source>
        <translation>تم التجاهل: ضُغط مرتين. لإعادته، انتظر لحظة ثم اضغط مرة واحدة.</translation>
    </message>
    <message>
        <source>Not started: it starts at its planned time, or when you confirm.</source>
        <translation>لم تبدأ: تبدأ في موعدها المقرر، أو عند تأكيدك.</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>لم يُنفَّذ</translation>
    </message>
    <message>
        <source>no answer yet: look at the clock before pressing again</source>
        <translation>لا رد بعد: انظر إلى الساعة قبل الضغط مجددًا</translation>
    </message>
    <message>
        <source>the connection dropped before the answer: look at the clock before pressing again</source>
        <translation>انقطع الاتصال قبل الرد: انظر إلى الساعة قبل الضغط مجددًا</translation>
    </message>
    <message>
        <source>Every room at a glance</source>
        <translation>كل القاعات في لمحة</translation>
    </message>
    <message>
        <source>event {event} · rooms: {count}</source>
        <translation>الحدث {event} · عدد القاعات: {count}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>الجلسة الجارية</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>العد التنازلي</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Next anchor at risk</source>
        <translation>الموعد الثابت التالي المعرّض للخطر</translation>
    </message>
    <message>
        <source>No room of this event has published yet.</source>
        <translation>لم تنشر أي قاعة من هذا الحدث شيئًا بعد.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>online · rehearsal</source>
        <translation>متصل · بروفة</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>no news</source>
        <translation>لا أخبار</translation>
    </message>
    <message>
        <source>next: {title}</source>
        <translation>التالي: {title}</translation>
    </message>
    <message>
        <source>{time} ({session}) by {late}</source>
        <translation>{time} ({session}) بتأخير {late}</translation>
    </message>
</context>
</TS>
