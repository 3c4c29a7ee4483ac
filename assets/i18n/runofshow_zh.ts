<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Announcer</name>
    <message>
        <source>Speech is closed</source>
        <translation>语音已关闭</translation>
    </message>
    <message>
        <source>The speech engine is still starting</source>
        <translation>语音引擎仍在启动</translation>
    </message>
    <message>
        <source>the speech worker failed (see the log)</source>
        <translation>语音进程出错（请查看日志）</translation>
    </message>
    <message>
        <source>no audio output — {problem}</source>
        <translation>无音频输出 — {problem}</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Cues and announcements</source>
        <translation>提示与播报</translation>
    </message>
    <message>
        <source>the last journal line was torn by a crash and was dropped; every acknowledged action is kept</source>
        <translation>日志的最后一行因程序崩溃而损坏，已被丢弃；所有已确认的操作均已保留</translation>
    </message>
    <message>
        <source>checking on the broker that room {room} is this PC&apos;s…</source>
        <translation>正在向消息代理确认会议室 {room} 属于本机…</translation>
    </message>
    <message>
        <source>another PC is live as room {room}: this PC takes no action (quit it, or start it with --follow to mirror that PC)</source>
        <translation>另一台电脑正以会议室 {room} 的身份运行：本机不执行任何操作（请退出，或以 --follow 启动以镜像那台电脑）</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>远程控制</translation>
    </message>
    <message>
        <source>runofshow — the show is open elsewhere</source>
        <translation>runofshow — 本场会议已在别处打开</translation>
    </message>
    <message>
        <source>runofshow — journal</source>
        <translation>runofshow — 日志</translation>
    </message>
    <message>
        <source>The journal of this show cannot be replayed on this agenda:

{error}

Start the show afresh? The old journal is kept aside, not deleted.</source>
        <translation>本场会议的日志无法在此议程上重放：

{error}

是否重新开始本场会议？旧日志将另行保存，不会删除。</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message>
        <source>{time} close</source>
        <translation>{time} 闭幕</translation>
    </message>
    <message>
        <source>{time} end</source>
        <translation>{time} 结束</translation>
    </message>
    <message>
        <source>{time} start</source>
        <translation>{time} 开始</translation>
    </message>
    <message>
        <source>{anchor} at risk by {late}</source>
        <translation>{anchor}可能延误 {late}</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>{late} late</source>
        <translation>延迟 {late}</translation>
    </message>
    <message>
        <source>{late} ahead</source>
        <translation>提前 {late}</translation>
    </message>
    <message>
        <source>running {late} late</source>
        <translation>进度延迟 {late}</translation>
    </message>
    <message>
        <source>running {late} ahead</source>
        <translation>进度提前 {late}</translation>
    </message>
    <message>
        <source>on time ({minutes} min taken from flexible slots)</source>
        <translation>准时（已从弹性环节压缩 {minutes} 分钟）</translation>
    </message>
    <message>
        <source>ends at {time} for the close</source>
        <translation>{time} 准时闭幕</translation>
    </message>
    <message>
        <source>must end by {time}</source>
        <translation>须于 {time} 前结束</translation>
    </message>
    <message>
        <source>back at {time}</source>
        <translation>{time} 复会</translation>
    </message>
    <message>
        <source>for the fixed start at {time}</source>
        <translation>以便 {time} 准时开始</translation>
    </message>
    <message>
        <source>for the {time} close</source>
        <translation>以便 {time} 准时闭幕</translation>
    </message>
    <message>
        <source>for the fixed end at {time}</source>
        <translation>以便 {time} 准时结束</translation>
    </message>
    <message>
        <source>in {wait}, {time}</source>
        <translation>{wait}后，{time}</translation>
    </message>
</context>
<context>
    <name>ChairCommands</name>
    <message>
        <source>Keys: Space next · + / − 1 min · ↑ / ↓ 5 min · Ctrl+Z undo · Ctrl+Y redo</source>
        <translation>按键：空格 下一场 · + / − 1 分钟 · ↑ / ↓ 5 分钟 · Ctrl+Z 撤销 · Ctrl+Y 重做</translation>
    </message>
    <message>
        <source>Not done: five minutes are ↑ / ↓ (+ / − change one minute)</source>
        <translation>未执行：5 分钟请用 ↑ / ↓（+ / − 调整 1 分钟）</translation>
    </message>
    <message>
        <source>{minutes} min needs a live session; none is live</source>
        <translation>{minutes} 分钟需要一个正在进行的环节；当前没有</translation>
    </message>
    <message>
        <source>nothing left to start today: the next session is on another day</source>
        <translation>今天已无可开始的议程：下一场在另一天</translation>
    </message>
    <message>
        <source>nothing left to start: the programme is complete</source>
        <translation>没有可开始的环节：议程已全部结束</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <source>“{title}” is planned to start at {time}, in {duration}.

Start it now?</source>
        <translation>“{title}”计划于 {time} 开始，还有 {duration}。

现在就开始吗？</translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <source>−5 min (↓)</source>
        <translation>−5 分钟 (↓)</translation>
    </message>
    <message>
        <source>−1 min (−)</source>
        <translation>−1 分钟 (−)</translation>
    </message>
    <message>
        <source>+1 min (+)</source>
        <translation>+1 分钟 (+)</translation>
    </message>
    <message>
        <source>+5 min (↑)</source>
        <translation>+5 分钟 (↑)</translation>
    </message>
    <message>
        <source>Next ▶ (Space)</source>
        <translation>下一场 ▶ (空格)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Y)</source>
        <translation>重做 (Ctrl+Y)</translation>
    </message>
    <message>
        <source>runofshow — chair</source>
        <translation>runofshow — 主席</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>PROJECTOR BLACKED OUT</source>
        <translation>投影已黑屏</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>未执行：{reason}</translation>
    </message>
    <message>
        <source>Ignored: pressed twice. To do it again, wait a moment and press once.</source>
        <translation>已忽略：按了两次。如需再做一次，请稍候再按一次。</translation>
    </message>
    <message>
        <source>Next ignored: pressed twice. To move on again, wait a moment and press once.</source>
        <translation>已忽略“下一场”：按了两次。如需再次切换，请稍候再按一次。</translation>
    </message>
    <message>
        <source>Start early?</source>
        <translation>提前开始？</translation>
    </message>
    <message>
        <source>Not started: it starts at its planned time, or when you confirm.</source>
        <translation>未开始：将在计划时间开始，或在您确认后开始。</translation>
    </message>
    <message>
        <source>Programme complete</source>
        <translation>会议结束</translation>
    </message>
    <message>
        <source>Next {when}: {titles}</source>
        <translation>下一场（{when}）：{titles}</translation>
    </message>
    <message>
        <source>Starts {when}</source>
        <translation>{when} 开始</translation>
    </message>
    <message>
        <source>Starts {when} — press Space to start it</source>
        <translation>{when} 开始 — 按空格键开始</translation>
    </message>
    <message>
        <source>Starts {when} — Space starts it from {time}</source>
        <translation>{when} 开始 — {time} 起可按空格键开始</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>{title} — runofshow console — REHEARSAL</source>
        <translation>{title} — runofshow 控制台 — 彩排</translation>
    </message>
    <message>
        <source>{title} — runofshow console</source>
        <translation>{title} — runofshow 控制台</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ 开始</translation>
    </message>
    <message>
        <source>start the selected session now</source>
        <translation>立即开始所选环节</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Back in the programme</source>
        <translation>已恢复至议程</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>the selected session will not take place</source>
        <translation>所选环节将不举行</translation>
    </message>
    <message>
        <source>Unskip</source>
        <translation>取消跳过</translation>
    </message>
    <message>
        <source>the selected session will take place again</source>
        <translation>所选环节将恢复举行</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>extend the selected session by {minutes} min</source>
        <translation>将所选环节延长 {minutes} 分钟</translation>
    </message>
    <message>
        <source>compress the selected session by {minutes} min</source>
        <translation>将所选环节缩短 {minutes} 分钟</translation>
    </message>
    <message>
        <source>next</source>
        <comment>status: moved on to the next session</comment>
        <translation>已切换到下一场</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>已重做</translation>
    </message>
    <message>
        <source>▶▶ Next</source>
        <translation>▶▶ 下一场</translation>
    </message>
    <message>
        <source>end the live session and start the next one</source>
        <translation>结束当前环节并开始下一场</translation>
    </message>
    <message>
        <source>■ End</source>
        <translation>■ 结束</translation>
    </message>
    <message>
        <source>end the live session</source>
        <translation>结束当前环节</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ 撤销</translation>
    </message>
    <message>
        <source>undo the last action</source>
        <translation>撤销上一个操作</translation>
    </message>
    <message>
        <source>↷ Redo</source>
        <translation>↷ 重做</translation>
    </message>
    <message>
        <source>redo the last undone action</source>
        <translation>重做上一个已撤销的操作</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>rehearsal clock at {speed}× real time</source>
        <translation>彩排时钟以 {speed}× 实际速度运行</translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation>所选环节</translation>
    </message>
    <message>
        <source>Ignored: pressed twice. Wait a moment, then press once.</source>
        <translation>已忽略：按了两次。请稍候，再按一次。</translation>
    </message>
    <message>
        <source>Skip “{title}”?

Its fixed start at {start} and its fixed end at {end} go with it: the sessions before it are no longer shortened to keep them, and nothing will warn if the day runs past them.</source>
        <translation>跳过「{title}」？

它的固定开始时间 {start} 和固定结束时间 {end} 也将随之取消：之前的环节不再为此压缩，日程超出这些时间时也不会再有提醒。</translation>
    </message>
    <message>
        <source>Skip “{title}”?

Its fixed end at {end} goes with it: the sessions before it are no longer shortened to keep it, and nothing will warn if the day runs past it.</source>
        <translation>跳过「{title}」？

它的固定结束时间 {end} 也将随之取消：之前的环节不再为此压缩，日程超出该时间时也不会再有提醒。</translation>
    </message>
    <message>
        <source>Skip “{title}”?

Its fixed start at {start} goes with it: the sessions before it are no longer shortened to keep it.</source>
        <translation>跳过「{title}」？

它的固定开始时间 {start} 也将随之取消：之前的环节不再为此压缩。</translation>
    </message>
    <message>
        <source>Skip a session with a fixed time?</source>
        <translation>跳过有固定时间的环节？</translation>
    </message>
    <message>
        <source>Not skipped: {title}</source>
        <translation>未跳过：{title}</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <source>{title}: {minutes} min</source>
        <translation>{title}：{minutes} 分钟</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>已拒绝：{reason}</translation>
    </message>
    <message>
        <source>{date}  ● LIVE</source>
        <translation>{date}  ● 进行中</translation>
    </message>
    <message>
        <source>{state} · id in the agenda file: {id}</source>
        <translation>{state} · 议程文件中的 ID：{id}</translation>
    </message>
    <message>
        <source>Select a session in the rundown.</source>
        <translation>请在流程表中选择一个环节。</translation>
    </message>
</context>
<context>
    <name>CuePanel</name>
    <message>
        <source>not heard</source>
        <translation>可能未听到</translation>
    </message>
    <message>
        <source>not spoken</source>
        <translation>未朗读</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>复会</translation>
    </message>
    <message>
        <source>close</source>
        <translation>闭幕</translation>
    </message>
    <message>
        <source>Speech is off for this show; cues still show on screen.</source>
        <translation>本场会议已关闭语音；提示仍会显示在屏幕上。</translation>
    </message>
    <message>
        <source>Speech: speaking…</source>
        <translation>语音：正在朗读…</translation>
    </message>
    <message>
        <source>Speech: ready — last played at {time}.</source>
        <translation>语音：就绪 — 上次播放于 {time}。</translation>
    </message>
    <message>
        <source>Speech: ready — nothing played yet: “Test the voice” checks the speakers.</source>
        <translation>语音：就绪 — 尚未播放：“测试语音”可检查扬声器。</translation>
    </message>
    <message>
        <source>Speech: {state} — {why}. Cues still show on screen.</source>
        <translation>语音：{state} — {why}。提示仍会显示在屏幕上。</translation>
    </message>
    <message>
        <source>Speech: {state}. Cues still show on screen.</source>
        <translation>语音：{state}。提示仍会显示在屏幕上。</translation>
    </message>
    <message>
        <source>withdrawn: the action that set it off was undone</source>
        <translation>已撤回：触发它的操作已撤销</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>skipped, {seconds} s late</source>
        <translation>已跳过，迟了 {seconds} 秒</translation>
    </message>
    <message>
        <source>fired, shown</source>
        <translation>已触发，已显示</translation>
    </message>
    <message>
        <source>fired, shown and spoken</source>
        <translation>已触发，已显示并朗读</translation>
    </message>
    <message>
        <source>fired, shown; {outcome}</source>
        <translation>已触发，已显示；{outcome}</translation>
    </message>
    <message>
        <source>fired, shown; {outcome}: {why}</source>
        <translation>已触发，已显示；{outcome}：{why}</translation>
    </message>
    <message>
        <source>fired, shown; speaking…</source>
        <translation>已触发，已显示；正在朗读…</translation>
    </message>
    <message>
        <source>fired, shown; not known if heard</source>
        <translation>已触发，已显示；不确定是否听到</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Session · words</source>
        <translation>环节 · 内容</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Mute all speech</source>
        <translation>全部静音</translation>
    </message>
    <message>
        <source> wpm</source>
        <comment>words per minute, after the number</comment>
        <translation> 词/分</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>测试语音</translation>
    </message>
    <message>
        <source>The voice that speaks {language}</source>
        <translation>朗读{language}的语音</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Speed</source>
        <comment>of speech</comment>
        <translation>语速</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next cues&lt;/b&gt; (untick to keep one silent)</source>
        <translation>&lt;b&gt;后续提示&lt;/b&gt;（取消勾选可使其不朗读）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fired and skipped&lt;/b&gt;</source>
        <translation>&lt;b&gt;已触发和已跳过&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>shown only</source>
        <translation>仅显示</translation>
    </message>
</context>
<context>
    <name>CueScheduler</name>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>正在朗读</translation>
    </message>
    <message>
        <source>no engine</source>
        <translation>无语音引擎</translation>
    </message>
    <message>
        <source>no audio output</source>
        <translation>无音频输出</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>speech is off for this show</source>
        <translation>本场会议已关闭语音</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <source>not queued</source>
        <translation>未能排队</translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>被中断</translation>
    </message>
    <message>
        <source>the app was closing</source>
        <translation>应用程序正在关闭</translation>
    </message>
</context>
<context>
    <name>DaySummary</name>
    <message>
        <source>Planned end</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>预计结束</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>▶ LIVE · {countdown} over</source>
        <translation>▶ 进行中 · 已超时 {countdown}</translation>
    </message>
    <message>
        <source>▶ LIVE · {countdown} left</source>
        <translation>▶ 进行中 · 剩余 {countdown}</translation>
    </message>
    <message>
        <source>Next · starts in {countdown}</source>
        <translation>下一场 · {countdown} 后开始</translation>
    </message>
    <message>
        <source>The show is over</source>
        <translation>会议已结束</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>PDF with a timeline (*.pdf)</source>
        <translation>带时间轴的 PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>报告(&amp;P)</translation>
    </message>
    <message>
        <source>Run sheet (&amp;PDF)…</source>
        <translation>流程单 (PDF)(&amp;P)…</translation>
    </message>
    <message>
        <source>Run sheet, &amp;technician&apos;s copy with cues (PDF)…</source>
        <translation>技术人员版流程单，含提示 (PDF)(&amp;T)…</translation>
    </message>
    <message>
        <source>Pr&amp;int run sheet…</source>
        <translation>打印流程单(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;After the show: report (PDF / CSV / XLSX)…</source>
        <translation>会后报告 (PDF / CSV / XLSX)(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Calendar (ICS)…</source>
        <translation>日历 (ICS)(&amp;C)…</translation>
    </message>
    <message>
        <source>runofshow — the export was not written</source>
        <translation>runofshow — 未能写入导出文件</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf)</source>
        <translation>PDF，A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter (*.pdf)</source>
        <translation>PDF，美国信纸 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the run sheet</source>
        <translation>保存流程单</translation>
    </message>
    <message>
        <source>Run sheet written to {path}.</source>
        <translation>流程单已写入 {path}。</translation>
    </message>
    <message>
        <source>Run sheet sent to the printer.</source>
        <translation>流程单已发送到打印机。</translation>
    </message>
    <message>
        <source>Save the report of the show</source>
        <translation>保存会议报告</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>报告已写入 {path}。</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>保存日历</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>日历 (*.ics)</translation>
    </message>
    <message>
        <source>Calendar written to {path}.</source>
        <translation>日历已写入 {path}。</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>No Chinese font is installed: Chinese titles may show as boxes. Install Noto Sans CJK (Debian: apt install fonts-noto-cjk) or put a .otf/.ttf in assets/fonts/.</source>
        <translation>未安装中文字体：中文标题可能显示为方框。请安装 Noto Sans CJK（Debian：apt install fonts-noto-cjk），或将 .otf/.ttf 文件放入 assets/fonts/。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>runofshow — import {file}</source>
        <translation>runofshow — 导入 {file}</translation>
    </message>
    <message>
        <source>Nothing was guessed.</source>
        <translation>未作任何推测。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message numerus="yes">
        <source>%n guess(es) and left-out line(s) to check, below.</source>
        <translation>
            <numerusform>下方有 %n 项推测和被略去的行需要检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open writes the agenda to {path} and starts the show on it.</source>
        <translation>“打开”会将议程写入 {path}，并以此议程开始会议。</translation>
    </message>
    <message>
        <source>It has no timezone: it runs in this computer&apos;s zone; add `timezone:` to fix it.</source>
        <translation>未设置时区：将使用本计算机的时区；添加 `timezone:` 即可指定。</translation>
    </message>
    <message>
        <source>Write the agenda to</source>
        <translation>将议程写入</translation>
    </message>
    <message>
        <source>Agendas (*.yaml *.yml)</source>
        <translation>议程 (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>ImportQuestions</name>
    <message>
        <source>runofshow — import {file}</source>
        <translation>runofshow — 导入 {file}</translation>
    </message>
    <message>
        <source>{file} needs an answer before it can become an agenda:</source>
        <translation>{file} 需要先回答以下问题，才能转换为议程：</translation>
    </message>
    <message>
        <source>Room (each room is its own agenda):</source>
        <translation>会议室（每个会议室各有一份议程）：</translation>
    </message>
    <message>
        <source>Date of the first day:</source>
        <translation>第一天的日期：</translation>
    </message>
    <message>
        <source>Timezone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>转换</translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>Screens kept awake by {method}</source>
        <translation>已通过 {method} 保持屏幕常亮</translation>
    </message>
    <message>
        <source>Cannot keep the screens awake: {problem} — disable the screensaver and display sleep by hand</source>
        <translation>无法保持屏幕常亮：{problem} — 请手动关闭屏幕保护程序和显示器休眠</translation>
    </message>
    <message>
        <source>Screens free to sleep: no session is live or due within the hour</source>
        <translation>屏幕可以休眠：当前没有进行中或一小时内开始的环节</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>OscPanel</name>
    <message>
        <source>Take OSC commands (UDP, no token)</source>
        <translation>接收 OSC 命令（UDP，无令牌）</translation>
    </message>
    <message>
        <source>/runofshow/next, /runofshow/extend 5, … from a control surface, QLab or TouchOSC: docs/remote.md</source>
        <translation>接收来自控制面板、QLab 或 TouchOSC 的 /runofshow/next、/runofshow/extend 5 … 等命令：docs/remote.md</translation>
    </message>
    <message>
        <source>where to listen: {host} is this computer only; 0.0.0.0 lets any device on the network drive the show</source>
        <translation>监听地址：{host} 仅限本计算机；0.0.0.0 允许网络上的任何设备控制会议</translation>
    </message>
    <message>
        <source>port </source>
        <comment>before the port number</comment>
        <translation>端口 </translation>
    </message>
    <message>
        <source>OSC is off: {error}.</source>
        <translation>OSC 已关闭：{error}。</translation>
    </message>
    <message>
        <source>OSC is off.</source>
        <translation>OSC 已关闭。</translation>
    </message>
    <message>
        <source>OSC is starting…</source>
        <translation>OSC 正在启动…</translation>
    </message>
    <message>
        <source>OSC on {address} (UDP): programs on this computer can drive the show, with no token.</source>
        <translation>OSC 已在 {address} (UDP) 上启用：本计算机上的程序无需令牌即可控制会议。</translation>
    </message>
    <message>
        <source>OSC on {address} (UDP): any device that reaches this computer can drive the show. OSC has no token.</source>
        <translation>OSC 已在 {address} (UDP) 上启用：任何能访问本计算机的设备都可以控制会议。OSC 没有令牌。</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>runofshow — venue overview: {event}</source>
        <translation>runofshow — 会场总览：{event}</translation>
    </message>
    <message>
        <source>connecting to {address}…</source>
        <translation>正在连接 {address}…</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>after the show: planned against actual</source>
        <translation>会后：计划与实际对比</translation>
    </message>
    <message>
        <source>run sheet, technician&apos;s copy</source>
        <translation>流程单（技术人员版）</translation>
    </message>
    <message>
        <source>run sheet</source>
        <translation>流程单</translation>
    </message>
    <message>
        <source>cannot draw the PDF (Qt could not open the page)</source>
        <translation>无法生成 PDF（Qt 无法打开页面）</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>第 {number} 页，共 {total} 页</translation>
    </message>
</context>
<context>
    <name>PdfSheet</name>
    <message>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>实际情况</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>预计</translation>
    </message>
    <message>
        <source>anchors</source>
        <translation>固定时间</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>session</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>cues</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>times in {zone}</source>
        <translation>时间为 {zone} 时区</translation>
    </message>
    <message>
        <source>made {time}</source>
        <translation>生成于 {time}</translation>
    </message>
    <message>
        <source>day ends {end} (planned {planned})</source>
        <translation>当天结束 {end}（计划 {planned}）</translation>
    </message>
</context>
<context>
    <name>PdfTimeline</name>
    <message>
        <source>ran over by more than %n min</source>
        <translation>超时超过 %n 分钟</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>{day} — planned against actual</source>
        <translation>{day} — 计划与实际对比</translation>
    </message>
</context>
<context>
    <name>ProjectorControls</name>
    <message>
        <source>Automatic (second screen if any)</source>
        <translation>自动（优先副屏）</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>投影</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Identify screens: shows each screen&apos;s name and size on it for a few seconds</source>
        <translation>识别屏幕：在每个屏幕上显示其名称和尺寸，持续几秒钟</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Leave fullscreen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <source>Esc on the projector does the same</source>
        <translation>在投影窗口按 Esc 效果相同</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>黑屏</translation>
    </message>
    <message>
        <source>Message to the stage, e.g. 5 minutes left / 还剩五分钟</source>
        <translation>台上消息，如：还剩五分钟 / 5 minutes left</translation>
    </message>
    <message>
        <source>Message to the stage: shown on the chair&apos;s view and the projector with the countdown (Enter or Send)</source>
        <translation>发给台上的消息：与倒计时一起显示在主席视图和投影上（按 Enter 键或“发送”）</translation>
    </message>
    <message>
        <source>Blink</source>
        <translation>闪烁</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>{screen} (not connected)</source>
        <translation>{screen}（未连接）</translation>
    </message>
    <message>
        <source>Esc on the projector leaves fullscreen</source>
        <translation>在投影窗口按 Esc 可退出全屏</translation>
    </message>
    <message>
        <source>On stage: «{message}» (blinking)</source>
        <translation>台上显示：“{message}”（闪烁）</translation>
    </message>
    <message>
        <source>On stage: «{message}»</source>
        <translation>台上显示：“{message}”</translation>
    </message>
    <message>
        <source>On stage: no message</source>
        <translation>台上显示：无消息</translation>
    </message>
    <message>
        <source>one screen: tick to cover it</source>
        <translation>仅一个屏幕：勾选以全屏覆盖</translation>
    </message>
    <message>
        <source>With one screen and Automatic, the projector stays a window so that the console and the chair&apos;s view stay visible. Tick to cover this screen anyway: Esc on the projector comes back.</source>
        <translation>只有一个屏幕且选择“自动”时，投影保持为窗口，以便控制台和主席视图仍然可见。勾选后仍将覆盖此屏幕：在投影窗口按 Esc 可返回。</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Next</source>
        <translation>下一场</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Programme complete</source>
        <translation>会议结束</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>runofshow · projector</source>
        <translation>runofshow · 投影</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish this room to the venue</source>
        <translation>将本会议室发布到会场</translation>
    </message>
    <message>
        <source>mqtt://HOST:PORT or mqtts://HOST:PORT</source>
        <translation>mqtt://主机:端口 或 mqtts://主机:端口</translation>
    </message>
    <message>
        <source>from RUNOFSHOW_BROKER_PASSWORD</source>
        <translation>来自 RUNOFSHOW_BROKER_PASSWORD</translation>
    </message>
    <message>
        <source>The show goes on as it is; from now on the venue&apos;s broker gets its journal and its state.</source>
        <translation>会议照常进行；从现在起，会场的消息代理将收到它的日志和状态。</translation>
    </message>
    <message>
        <source>Follow a room as its standby</source>
        <translation>作为备用机跟随一个会议室</translation>
    </message>
    <message>
        <source>This PC mirrors the room&apos;s show, ready to take over if the room&apos;s PC fails. The broker is asked for the room first.</source>
        <translation>本机镜像该会议室的会议，在该会议室电脑故障时随时接管。会先向代理服务器查询该会议室。</translation>
    </message>
    <message>
        <source>only if the broker asks for one; for this run, never kept</source>
        <translation>仅在消息代理要求时填写；仅限本次运行，从不保存</translation>
    </message>
    <message>
        <source>For this run only: a password is never kept on this computer.</source>
        <translation>仅限本次运行：密码从不保存在本机上。</translation>
    </message>
    <message>
        <source>the room&apos;s name on the broker, as its PC publishes it</source>
        <translation>该会议室在代理服务器上的名称，与其电脑发布的一致</translation>
    </message>
    <message>
        <source>this room&apos;s name on the broker, e.g. Room A</source>
        <translation>本会议室在消息代理上的名称，例如 Room A</translation>
    </message>
    <message>
        <source>mqtts:// only; empty: the system&apos;s authorities</source>
        <translation>仅用于 mqtts://；留空：使用系统的证书机构</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Broker:</source>
        <translation>消息代理：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>会议室：</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <source>Certificate authority:</source>
        <translation>证书机构：</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>The certificate authority of the venue&apos;s broker</source>
        <translation>会场消息代理的证书机构</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not a broker address: write mqtt://HOST:PORT or mqtts://HOST:PORT (mqtt://USER@HOST:PORT with a user name).</source>
        <translation>不是消息代理地址：请写 mqtt://主机:端口 或 mqtts://主机:端口（有用户名时写 mqtt://用户名@主机:端口）。</translation>
    </message>
    <message>
        <source>A password goes with a user name: write it in the broker&apos;s address, mqtt://USER@HOST.</source>
        <translation>密码需与用户名一起使用：请把用户名写在消息代理地址中，mqtt://用户名@主机。</translation>
    </message>
    <message>
        <source>Use 1 to {most} letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>请使用 1 至 {most} 个字母、数字、空格、“.”、“_”或“-”，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>A certificate authority is for mqtts:// only.</source>
        <translation>证书机构仅用于 mqtts://。</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>没有此文件。</translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message>
        <source>Serve the show to other devices</source>
        <translation>向其他设备共享会议</translation>
    </message>
    <message>
        <source>Companion (Stream Deck), phones, the foyer and booth screens: docs/remote.md</source>
        <translation>Companion (Stream Deck)、手机、前厅和控制室屏幕：docs/remote.md</translation>
    </message>
    <message>
        <source>port </source>
        <comment>before the port number</comment>
        <translation>端口 </translation>
    </message>
    <message>
        <source>Allow the venue network</source>
        <translation>允许会场网络</translation>
    </message>
    <message>
        <source>Listen on every address of this computer, not only on itself</source>
        <translation>在本计算机的所有地址上监听，而不仅限于本机</translation>
    </message>
    <message>
        <source>Control token</source>
        <translation>控制令牌</translation>
    </message>
    <message>
        <source>may act: Companion, the control page</source>
        <translation>可操作：Companion、控制页面</translation>
    </message>
    <message>
        <source>a new control token: the old one stops working at once</source>
        <translation>生成新的控制令牌：旧令牌将立即失效</translation>
    </message>
    <message>
        <source>View token</source>
        <translation>查看令牌</translation>
    </message>
    <message>
        <source>may only watch: the screens</source>
        <translation>仅可查看：各屏幕</translation>
    </message>
    <message>
        <source>a new view token: the old one stops working at once</source>
        <translation>生成新的查看令牌：旧令牌将立即失效</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>更换</translation>
    </message>
    <message>
        <source>Control page</source>
        <translation>控制页面</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <source>stage.html, agenda.html or booth.html, with the view token</source>
        <translation>stage.html、agenda.html 或 booth.html，需附带查看令牌</translation>
    </message>
    <message>
        <source>the control page, for a phone on the venue network</source>
        <translation>控制页面，供会场网络中的手机使用</translation>
    </message>
    <message>
        <source>Replace the control token? Every device that uses the old one (Companion, phones, screens) stops working until it is given the new one.</source>
        <translation>是否更换控制令牌？所有使用旧令牌的设备（Companion、手机、屏幕）都将停止工作，直到获得新令牌。</translation>
    </message>
    <message>
        <source>Replace the view token? Every device that uses the old one (Companion, phones, screens) stops working until it is given the new one.</source>
        <translation>是否更换查看令牌？所有使用旧令牌的设备（Companion、手机、屏幕）都将停止工作，直到获得新令牌。</translation>
    </message>
    <message>
        <source>The new token could not be kept ({error}); the old one still works.</source>
        <translation>无法保存新令牌（{error}）；旧令牌仍然有效。</translation>
    </message>
    <message>
        <source>runofshow — replace a token</source>
        <translation>runofshow — 更换令牌</translation>
    </message>
    <message>
        <source>given with --token for this run (not kept)</source>
        <translation>通过 --token 为本次运行指定（不保存）</translation>
    </message>
    <message>
        <source>QR code:
pip install segno</source>
        <translation>二维码：
pip install segno</translation>
    </message>
    <message>
        <source>Remote is off: {error}.</source>
        <translation>远程控制已关闭：{error}。</translation>
    </message>
    <message>
        <source>Remote is off: no other device can see or drive the show.</source>
        <translation>远程控制已关闭：其他设备无法查看或控制会议。</translation>
    </message>
    <message>
        <source>Remote is starting…</source>
        <translation>远程控制正在启动…</translation>
    </message>
    <message>
        <source>Remote on {address}: this computer only (Companion on this PC).</source>
        <translation>远程控制已在 {address} 上启用：仅限本计算机（本机上的 Companion）。</translation>
    </message>
    <message>
        <source>none found</source>
        <comment>no network addresses</comment>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Remote on the venue network, port {port}: any device on it that has a token can reach the show. This computer&apos;s addresses: {addresses}.</source>
        <translation>远程控制已在会场网络上启用，端口 {port}：网络中任何持有令牌的设备都可以访问会议。本计算机的地址：{addresses}。</translation>
    </message>
    <message>
        <source>Remote on {address} (the venue network): devices with a token can reach it.</source>
        <translation>远程控制已在 {address}（会场网络）上启用：持有令牌的设备均可访问。</translation>
    </message>
</context>
<context>
    <name>RoomFollow</name>
    <message>
        <source>Reading room {room} of event {event} on {address}…</source>
        <translation>正在读取 {address} 上活动 {event} 的会议室 {room}…</translation>
    </message>
    <message>
        <source>Room {room} of event {event} has published no agenda and state on {address}{why}: is its PC publishing it? This PC&apos;s show goes on as it is.</source>
        <translation>活动 {event} 的会议室 {room} 未在 {address} 上发布议程和状态{why}：其电脑是否在发布？本机的会议照常进行。</translation>
    </message>
    <message>
        <source>This PC becomes the standby of room {room} (its show: {agenda}). This PC&apos;s own show closes as on quitting (its journal stays as it is) and runofshow opens again, following the room. Go on?</source>
        <translation>本机将成为会议室 {room} 的备用机（其会议：{agenda}）。本机自己的会议将像退出时一样关闭（日志保持不变），runofshow 将重新打开并跟随该会议室。继续吗？</translation>
    </message>
    <message>
        <source>runofshow could not be started again as the standby; this PC&apos;s show goes on as it is.</source>
        <translation>无法以备用机身份重新启动 runofshow；本机的会议照常进行。</translation>
    </message>
    <message>
        <source>Follow a room</source>
        <translation>跟随会议室</translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>进行中的环节</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Next anchor at risk</source>
        <translation>下一个受影响的固定时间</translation>
    </message>
    <message>
        <source>Last heard from {room} at {time}; its countdown is worked out from that state.</source>
        <translation>最后一次收到 {room} 的消息是在 {time}；其倒计时根据该状态推算。</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>no news</source>
        <translation>无消息</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source> · rehearsal</source>
        <translation> · 彩排</translation>
    </message>
    <message>
        <source>programme complete</source>
        <translation>议程已结束</translation>
    </message>
    <message>
        <source>next: {title}</source>
        <translation>下一场：{title}</translation>
    </message>
    <message>
        <source>{time} ({session}) by {late}</source>
        <translation>{time}（{session}）晚 {late}</translation>
    </message>
</context>
<context>
    <name>RundownModel</name>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>预计</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Compr.</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>Adj.</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>▶ LIVE · ✓ done · ✕ skipped · blank: upcoming</source>
        <translation>▶ 进行中 · ✓ 已完成 · ✕ 已跳过 · 空白：未开始</translation>
    </message>
    <message>
        <source>planned start–end, as published</source>
        <translation>计划开始–结束时间，与公布的一致</translation>
    </message>
    <message>
        <source>projected start–end now, after every action and the clock</source>
        <translation>当前预计开始–结束时间，已计入所有操作和时钟</translation>
    </message>
    <message>
        <source>title, primary and secondary language (the whole title in the row&apos;s tooltip)</source>
        <translation>标题，主要语言和次要语言（完整标题见该行的工具提示）</translation>
    </message>
    <message>
        <source>projected (or actual) start − planned start</source>
        <translation>预计（或实际）开始 − 计划开始</translation>
    </message>
    <message>
        <source>taken automatically from this flexible session to hold an anchor</source>
        <translation>为保证固定时间，自动从此弹性环节压缩的时长</translation>
    </message>
    <message>
        <source>the chair&apos;s extensions (+) or compressions (−) by hand</source>
        <translation>主席手动延长 (+) 或缩短 (−) 的时长</translation>
    </message>
    <message>
        <source>⚓start: must not start late · ⚓end: must not end late · ↔: may be compressed</source>
        <translation>⚓开始：不得推迟开始 · ⚓结束：不得推迟结束 · ↔：可压缩</translation>
    </message>
    <message>
        <source>session id, as in the agenda file and the journal</source>
        <translation>环节 ID，与议程文件和日志中的一致</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ 已完成</translation>
    </message>
    <message>
        <source>▶ LIVE</source>
        <translation>▶ 进行中</translation>
    </message>
    <message>
        <source>✕ skipped</source>
        <translation>✕ 已跳过</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>问答</translation>
    </message>
    <message>
        <source>fireside chat</source>
        <translation>炉边谈话</translation>
    </message>
    <message>
        <source>meal break</source>
        <translation>用餐休息</translation>
    </message>
    <message>
        <source>⚓start</source>
        <translation>⚓开始</translation>
    </message>
    <message>
        <source>⚓end</source>
        <translation>⚓结束</translation>
    </message>
    <message>
        <source>late {time}</source>
        <translation>延迟 {time}</translation>
    </message>
    <message>
        <source>compressed {time}</source>
        <translation>压缩 {time}</translation>
    </message>
    <message>
        <source>adjusted by hand {time}</source>
        <translation>手动调整 {time}</translation>
    </message>
    <message>
        <source>fixed start at {time}</source>
        <translation>固定开始时间 {time}</translation>
    </message>
    <message>
        <source>fixed end at {time}</source>
        <translation>固定结束时间 {time}</translation>
    </message>
    <message>
        <source>id in the agenda file: {id}</source>
        <translation>议程文件中的标识：{id}</translation>
    </message>
</context>
<context>
    <name>ScreenBadge</name>
    <message>
        <source>runofshow · screen {name}</source>
        <translation>runofshow · 屏幕 {name}</translation>
    </message>
    <message>
        <source>screen {number} of {count}</source>
        <translation>第 {number} 个屏幕，共 {count} 个</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>&amp;Show</source>
        <translation>会议(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open agenda…</source>
        <translation>打开议程(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Reload agenda</source>
        <translation>重新加载议程(&amp;R)</translation>
    </message>
    <message>
        <source>Reload agenda (keeps the show)</source>
        <translation>重新加载议程（保留会议进度）</translation>
    </message>
    <message>
        <source>Show the problems</source>
        <translation>查看问题</translation>
    </message>
    <message>
        <source>Agendas and programmes ({patterns})</source>
        <translation>议程和日程 ({patterns})</translation>
    </message>
    <message>
        <source>Agendas ({patterns})</source>
        <translation>议程 ({patterns})</translation>
    </message>
    <message>
        <source>Programmes to import ({patterns})</source>
        <translation>待导入的日程 ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>所有文件 ({patterns})</translation>
    </message>
    <message>
        <source>Open an agenda</source>
        <translation>打开议程</translation>
    </message>
    <message>
        <source>runofshow — cannot open the agenda</source>
        <translation>runofshow — 无法打开议程</translation>
    </message>
    <message numerus="yes">
        <source>{path} has %n problem(s). Nothing was changed: the show that is open goes on.</source>
        <translation>
            <numerusform>{path} 有 %n 个问题。未作任何更改：当前会议继续进行。</numerusform>
        </translation>
    </message>
    <message>
        <source>runofshow — the show is open elsewhere</source>
        <translation>runofshow — 本场会议已在别处打开</translation>
    </message>
    <message>
        <source>runofshow — cannot import the programme</source>
        <translation>runofshow — 无法导入日程</translation>
    </message>
    <message numerus="yes">
        <source>{path} has %n problem(s); nothing was written, and the show that is open goes on.</source>
        <translation>
            <numerusform>{path} 有 %n 个问题；未写入任何内容，当前会议继续进行。</numerusform>
        </translation>
    </message>
    <message>
        <source>runofshow — cannot write the agenda</source>
        <translation>runofshow — 无法写入议程</translation>
    </message>
    <message>
        <source>{path}: {error}; the show that is open goes on.</source>
        <translation>{path}：{error}；当前会议继续进行。</translation>
    </message>
    <message>
        <source>⚠ The agenda file now has 1 problem; the show goes on as it was.</source>
        <translation>⚠ 议程文件现有 1 个问题；会议按原议程继续进行。</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The agenda file now has %n problems; the show goes on as it was.</source>
        <translation>
            <numerusform>⚠ 议程文件现有 %n 个问题；会议按原议程继续进行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the problem</source>
        <translation>查看问题</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n problems</source>
        <translation>
            <numerusform>查看全部 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda file changed on disk.</source>
        <translation>议程文件已在磁盘上更改。</translation>
    </message>
    <message>
        <source>{path} was saved with 1 problem. The show goes on with the agenda as it was read; once the file is fixed, the notice goes.</source>
        <translation>{path} 保存时有 1 个问题。会议按先前读取的议程继续进行；文件修正后，此提示将消失。</translation>
    </message>
    <message numerus="yes">
        <source>{path} was saved with %n problems. The show goes on with the agenda as it was read; once the file is fixed, the notice goes.</source>
        <translation>
            <numerusform>{path} 保存时有 %n 个问题。会议按先前读取的议程继续进行；文件修正后，此提示将消失。</numerusform>
        </translation>
    </message>
    <message>
        <source>runofshow — the agenda file has problems</source>
        <translation>runofshow — 议程文件有问题</translation>
    </message>
    <message>
        <source>runofshow — cannot reload</source>
        <translation>runofshow — 无法重新加载</translation>
    </message>
    <message>
        <source>The agenda file has problems; the show goes on as it was.</source>
        <translation>议程文件有问题；会议按原议程继续进行。</translation>
    </message>
    <message>
        <source>runofshow — agenda reloaded</source>
        <translation>runofshow — 议程已重新加载</translation>
    </message>
    <message numerus="yes">
        <source>The agenda was reloaded. %n action(s) of the show no longer apply and were set aside (they stay in the journal on record):</source>
        <translation>
            <numerusform>议程已重新加载。会议中有 %n 项操作不再适用，已被搁置（仍保留在日志中备查）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda reloaded.</source>
        <translation>议程已重新加载。</translation>
    </message>
</context>
<context>
    <name>ShowController</name>
    <message>
        <source>could not write the show&apos;s journal ({error}); the action was not taken — check the disk</source>
        <translation>无法写入会议日志（{error}）；操作未执行 — 请检查磁盘</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
</context>
<context>
    <name>ShowLock</name>
    <message>
        <source>no one</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>a process that left no name</source>
        <translation>一个未留下名称的进程</translation>
    </message>
    <message>
        <source>pid {pid} on host {host}</source>
        <translation>主机 {host} 上的进程 {pid}</translation>
    </message>
    <message>
        <source>This show ({journal}) cannot be locked: runofshow cannot write {lock} ({error}). Check that folder&apos;s permissions.</source>
        <translation>无法锁定本场会议（{journal}）：runofshow 无法写入 {lock}（{error}）。请检查该文件夹的权限。</translation>
    </message>
    <message>
        <source>This show ({journal}) is already open in another runofshow ({owner}). Close it there first.</source>
        <translation>本场会议（{journal}）已在另一个 runofshow（{owner}）中打开。请先在那里将其关闭。</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>Cannot play sound: aplay not found (Debian: apt install alsa-utils)</source>
        <translation>无法播放声音：未找到 aplay（Debian：apt install alsa-utils）</translation>
    </message>
    <message>
        <source>Cannot play sound: {player} not found</source>
        <translation>无法播放声音：未找到 {player}</translation>
    </message>
    <message>
        <source>cannot play {file}: no such file</source>
        <translation>无法播放 {file}：文件不存在</translation>
    </message>
    <message>
        <source>cannot start {player}: {error}</source>
        <translation>无法启动 {player}：{error}</translation>
    </message>
    <message>
        <source>{player}: exit status {code}</source>
        <translation>{player}：退出状态 {code}</translation>
    </message>
</context>
<context>
    <name>Standby</name>
    <message>
        <source>this PC is following room {room}: its own PC runs the show (take over from the console if that PC fails)</source>
        <translation>本机正在跟随会议室 {room}：由该会议室的电脑运行会议（如那台电脑故障，可在控制台接管）</translation>
    </message>
    <message>
        <source>a standby: room {room}&apos;s own PC speaks</source>
        <translation>备用机：由会议室 {room} 自己的电脑播报</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>接管…</translation>
    </message>
    <message>
        <source>ROOM {room}&apos;S PC HAS NOT ANSWERED since {time}: this PC can take over</source>
        <translation>会议室 {room} 的电脑自 {time} 起无响应：本机可以接管</translation>
    </message>
    <message>
        <source>FOLLOWING room {room}</source>
        <translation>正在跟随会议室 {room}</translation>
    </message>
    <message>
        <source>ROOM {room}&apos;S PC IS OFFLINE since {time}: this PC can take over</source>
        <translation>会议室 {room} 的电脑自 {time} 起离线：本机可以接管</translation>
    </message>
    <message>
        <source>Take over room {room} on this PC?

This PC then runs the show from where its copy stands (journal entry {seq}) and publishes it as room {room}. If the room&apos;s PC comes back, it follows this one.</source>
        <translation>在本机接管会议室 {room}？

本机将从副本当前位置（日志第 {seq} 条）继续运行会议，并以会议室 {room} 的身份发布。如该会议室的电脑恢复，它将跟随本机。</translation>
    </message>
    <message>
        <source>The room&apos;s PC still says it is online.</source>
        <translation>该会议室的电脑仍显示在线。</translation>
    </message>
    <message>
        <source>This copy is INCOMPLETE: {count} journal entries of the room&apos;s PC have not arrived.</source>
        <translation>此副本不完整：该会议室电脑的 {count} 条日志尚未到达。</translation>
    </message>
    <message>
        <source>runofshow — take over</source>
        <translation>runofshow — 接管</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>TIME LEFT</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>即将结束</translation>
    </message>
    <message>
        <source>LAST MINUTE</source>
        <translation>最后一分钟</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>STARTS IN</source>
        <translation>即将开始</translation>
    </message>
</context>
<context>
    <name>TtsEngine</name>
    <message>
        <source>No speech engine: the Python package pyttsx3 is missing (pip install pyttsx3)</source>
        <translation>无语音引擎：缺少 Python 包 pyttsx3（pip install pyttsx3）</translation>
    </message>
    <message>
        <source>No speech engine: Windows speech (SAPI5) could not start</source>
        <translation>无语音引擎：Windows 语音 (SAPI5) 无法启动</translation>
    </message>
    <message>
        <source>No speech engine: macOS speech could not start (pyttsx3 needs pyobjc)</source>
        <translation>无语音引擎：macOS 语音无法启动（pyttsx3 需要 pyobjc）</translation>
    </message>
    <message>
        <source>No speech engine: install espeak-ng (Debian: apt install espeak-ng alsa-utils)</source>
        <translation>无语音引擎：请安装 espeak-ng（Debian：apt install espeak-ng alsa-utils）</translation>
    </message>
</context>
<context>
    <name>VenueFeed</name>
    <message>
        <source>{address} refused us: {reason}</source>
        <translation>{address} 拒绝连接：{reason}</translation>
    </message>
    <message>
        <source>{address}, event {event}</source>
        <translation>{address}，活动 {event}</translation>
    </message>
    <message>
        <source>{address}: connection lost; reconnecting</source>
        <translation>{address}：连接中断，正在重新连接</translation>
    </message>
</context>
<context>
    <name>VenueFollower</name>
    <message>
        <source>following room {room} on {address}: connecting…</source>
        <translation>正在跟随 {address} 上的会议室 {room}：正在连接…</translation>
    </message>
    <message>
        <source>following room {room}: it reloaded its agenda; waiting for that agenda</source>
        <translation>正在跟随会议室 {room}：它重新载入了议程；正在等待该议程</translation>
    </message>
    <message>
        <source>this copy of room {room} stopped at entry {seq}: {error}</source>
        <translation>会议室 {room} 的副本停在第 {seq} 条：{error}</translation>
    </message>
    <message>
        <source>following room {room}: INCOMPLETE, {count} journal entries missing (asked again)</source>
        <translation>正在跟随会议室 {room}：不完整，缺少 {count} 条日志（已再次请求）</translation>
    </message>
    <message>
        <source>following room {room} on {address}: journal entry {seq}</source>
        <translation>正在跟随 {address} 上的会议室 {room}：日志第 {seq} 条</translation>
    </message>
    <message>
        <source>following room {room}: connection to {address} lost; reconnecting</source>
        <translation>正在跟随会议室 {room}：与 {address} 的连接中断，正在重新连接</translation>
    </message>
</context>
<context>
    <name>VenueMenu</name>
    <message>
        <source>&amp;Venue</source>
        <translation>会场(&amp;V)</translation>
    </message>
    <message>
        <source>Every room at a &amp;glance…</source>
        <translation>所有会议室一览(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Publish this room…</source>
        <translation>发布本会议室(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Stop publishing</source>
        <translation>停止发布(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Follow a room as its standby…</source>
        <translation>作为备用机跟随会议室(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Change room or broker…</source>
        <translation>更换会议室或消息代理(&amp;C)…</translation>
    </message>
    <message>
        <source>Publishing as room {room} of event {event} on {address}</source>
        <translation>正在以活动 {event} 的会议室 {room} 的身份发布到 {address}</translation>
    </message>
    <message>
        <source>Publish this room&apos;s show to the venue&apos;s MQTT broker</source>
        <translation>将本会议室的会议发布到会场的 MQTT 消息代理</translation>
    </message>
    <message>
        <source>This PC follows room {room} already</source>
        <translation>本机已在跟随会议室 {room}</translation>
    </message>
    <message>
        <source>Close this show and mirror another PC&apos;s room, ready to take it over</source>
        <translation>关闭本会议并镜像另一台电脑的会议室，随时准备接管</translation>
    </message>
    <message>
        <source>This PC follows room {room} (--follow): it publishes only once it takes over</source>
        <translation>本机正在跟随会议室 {room}（--follow）：只有在接管后才会发布</translation>
    </message>
    <message>
        <source>Set on the command line: room {room} of event {event} on {address}</source>
        <translation>已在命令行设定：活动 {event} 的会议室 {room}，发布到 {address}</translation>
    </message>
    <message>
        <source>Venue overview</source>
        <translation>会场总览</translation>
    </message>
    <message>
        <source>The venue&apos;s broker (mqtt://HOST:PORT or mqtts://…):</source>
        <translation>会场的消息代理（mqtt://HOST:PORT 或 mqtts://…）：</translation>
    </message>
    <message>
        <source>The event:</source>
        <translation>活动：</translation>
    </message>
</context>
<context>
    <name>VenuePublisher</name>
    <message>
        <source>connecting to {address} as room {room}…</source>
        <translation>正在以会议室 {room} 的身份连接 {address}…</translation>
    </message>
    <message>
        <source>the broker refused us: {reason}</source>
        <translation>消息代理拒绝连接：{reason}</translation>
    </message>
    <message>
        <source> — check the user name and password</source>
        <translation> — 请检查用户名和密码</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <source>the broker&apos;s certificate was not accepted: {why}</source>
        <translation>消息代理的证书未被接受：{why}</translation>
    </message>
    <message>
        <source>the broker does not answer</source>
        <translation>消息代理没有响应</translation>
    </message>
    <message>
        <source>the venue publisher failed; see the log</source>
        <translation>会场发布失败，请查看日志</translation>
    </message>
    <message>
        <source>room {room} was taken over by another PC (a newer show on the broker): this PC publishes nothing and writes nothing</source>
        <translation>会议室 {room} 已被另一台电脑接管（消息代理上有更新的会议）：本机不发布也不写入任何内容</translation>
    </message>
    <message>
        <source>another PC is live as room {room} on {address}: this PC publishes nothing and writes nothing</source>
        <translation>另一台电脑正以会议室 {room} 的身份在 {address} 上运行：本机不发布也不写入任何内容</translation>
    </message>
    <message>
        <source>publishing to {address} as room {room}</source>
        <translation>正在以会议室 {room} 的身份发布到 {address}</translation>
    </message>
    <message>
        <source> (journal entry {number} acknowledged)</source>
        <translation>（日志第 {number} 条已确认）</translation>
    </message>
    <message>
        <source>; {count} on the way</source>
        <translation>；{count} 条正在发送</translation>
    </message>
    <message>
        <source>{address}: {problem}; reconnecting — the show goes on</source>
        <translation>{address}：{problem}；正在重新连接 — 会议照常进行</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>尚未连接</translation>
    </message>
    <message>
        <source>, {count} journal entries wait for it</source>
        <translation>，{count} 条日志等待发送</translation>
    </message>
</context>
<context>
    <name>WebViews</name>
    <message>
        <source>Next</source>
        <translation>下一场</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Programme complete</source>
        <translation>会议结束</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>即将开始</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Nothing more today</source>
        <translation>今天没有更多环节</translation>
    </message>
    <message>
        <source>The day&apos;s programme</source>
        <translation>今日日程</translation>
    </message>
    <message>
        <source>End of the day</source>
        <translation>今日结束时间</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>原定</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>预计</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>AT RISK: {what}</source>
        <translation>有风险：{what}</translation>
    </message>
    <message>
        <source>as soon as this one ends</source>
        <translation>当前环节结束后随即开始</translation>
    </message>
    <message>
        <source>starts in {wait}, {time}</source>
        <translation>{time} 开始（{wait}后）</translation>
    </message>
    <message>
        <source>in {wait}</source>
        <translation>{wait}后</translation>
    </message>
    <message>
        <source>starts at {time}</source>
        <translation>{time} 开始</translation>
    </message>
    <message>
        <source>ends {end} (planned {planned})</source>
        <translation>{end} 结束（原定 {planned}）</translation>
    </message>
    <message>
        <source>ends at {time}</source>
        <translation>{time} 结束</translation>
    </message>
    <message>
        <source>PROJECTOR BLACKED OUT</source>
        <translation>投影已黑屏</translation>
    </message>
    <message>
        <source>The projector is blacked out by the technician</source>
        <translation>技术人员已关闭投影画面</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>连接中断，正在重新连接…</translation>
    </message>
    <message>
        <source>No update for {seconds} s — the times shown may be behind</source>
        <translation>已 {seconds} 秒没有更新，显示的时间可能滞后</translation>
    </message>
    <message>
        <source>last update {time}</source>
        <translation>最后更新 {time}</translation>
    </message>
    <message>
        <source>This link&apos;s token was refused: ask the technician for a new link (the QR code in the console)</source>
        <translation>此链接的令牌被拒绝：请向技术人员索取新链接（控制台中的二维码）</translation>
    </message>
    <message>
        <source>This link has no token: ask the technician for the link (the QR code in the console)</source>
        <translation>此链接没有令牌：请向技术人员索取链接（控制台中的二维码）</translation>
    </message>
    <message>
        <source>The venue&apos;s broker refused the connection</source>
        <translation>场馆的消息服务器拒绝了连接</translation>
    </message>
    <message>
        <source>The room&apos;s computer is offline: this is the last state it published</source>
        <translation>该会议室的电脑已离线：这是它最后发布的状态</translation>
    </message>
    <message>
        <source>This link is incomplete: it needs</source>
        <translation>此链接不完整，需要</translation>
    </message>
    <message>
        <source>The control page works only with the room&apos;s computer, not through the broker</source>
        <translation>控制页面只能连接会议室的电脑，不能通过消息服务器</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>现在开始</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Start “{title}” now, {early} before its planned {time}?</source>
        <translation>现在开始「{title}」？比原定 {time} 早 {early}。</translation>
    </message>
    <message>
        <source>Not connected: the keys work again when the connection is back</source>
        <translation>未连接：连接恢复后按键即可使用</translation>
    </message>
    <message>
        <source>± minutes need a live session</source>
        <translation>±分钟需要有进行中的环节</translation>
    </message>
    <message>
        <source>Next ignored: pressed twice. To move on again, wait a moment and press once.</source>
        <translation>已忽略「下一场」：按了两次。如需再次切换，请稍候再按一次。</translation>
    </message>
    <message>
        <source>Ignored: pressed twice. To do it again, wait a moment and press once.</source>
        <translation>已忽略：按了两次。如需再做一次，请稍候再按一次。</translation>
    </message>
    <message>
        <source>Not started: it starts at its planned time, or when you confirm.</source>
        <translation>未开始：将在原定时间开始，或在您确认后开始。</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>no answer yet: look at the clock before pressing again</source>
        <translation>尚无回复：再按之前请先看时钟</translation>
    </message>
    <message>
        <source>the connection dropped before the answer: look at the clock before pressing again</source>
        <translation>回复前连接已中断：再按之前请先看时钟</translation>
    </message>
    <message>
        <source>Every room at a glance</source>
        <translation>所有会议室一览</translation>
    </message>
    <message>
        <source>event {event} · rooms: {count}</source>
        <translation>活动 {event} · 共 {count} 个会议室</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>进行中的环节</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Next anchor at risk</source>
        <translation>下一个受影响的固定时间</translation>
    </message>
    <message>
        <source>No room of this event has published yet.</source>
        <translation>此活动尚无会议室发布。</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>online · rehearsal</source>
        <translation>在线 · 彩排</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>no news</source>
        <translation>无消息</translation>
    </message>
    <message>
        <source>next: {title}</source>
        <translation>下一场：{title}</translation>
    </message>
    <message>
        <source>{time} ({session}) by {late}</source>
        <translation>{time}（{session}）晚 {late}</translation>
    </message>
</context>
</TS>
