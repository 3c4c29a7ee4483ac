"""The show served to other devices (docs/remote.md): an aiohttp server on a thread of its own.

Two threads meet here. The Qt thread owns the show: the controller, the journal, the
screens. The server's thread runs an asyncio loop with the HTTP and WebSocket clients. The
countdown never waits for the network: the Qt thread only ever hands a finished state over
(`RemoteHub.refresh`, a reference swap and a wake-up of the loop), and an action from a
device reaches it as a queued signal, applied between two paints like a key press.

- `RemoteHub`: the meeting point. `snapshot()` (any thread), `await act(action)` (the
  server's loop, or the OSC server's: ui/osc.py), `subscribe()` / `unsubscribe()` (the
  server's loop).
- `RemoteServer`: starts and stops the server's thread; the console's switch and
  `--serve` use it.
- `create_app` (ui/server_app.py): the routes, tokens, Host/Origin checks and limits.

aiohttp is imported only on the server's thread when it starts: the app's first window
never waits for it, and the app runs without it (the console then says so).
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import contextlib
import logging
import math
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from runofshow.board import Board, BoardMode
from runofshow.bundled import bundled_dir
from runofshow.remote import RemoteAction, RemoteError, parse_action, state_json
from ui.chair_commands import EARLY_START_S
from ui.controller import ShowController
from ui.server_thread import DEFAULT_HOST, ServerThread
from ui.theme import PHASE_STYLES, WAITING_STYLE, words_in
from ui.tokens import Tokens

log = logging.getLogger(__name__)
DEFAULT_PORT = 4001
ACTION_TIMEOUT_S = 5.0  # a GUI thread that does not take an action by then: 503, nothing done
MAX_PENDING_ACTIONS = 64  # actions waiting for the Qt thread at once; beyond, 503 at once
# Actions from devices are applied in batches (RemoteHub._apply_waiting), at most this
# often: a flood from many devices costs the screens twenty refreshes a second, not a
# hundred. Well under the time between a person's presses, so one device is never kept
# waiting by its own last action.
BATCH_EVERY_S = 0.05
# No batch starts this close (real time) before the show clock's next second: a refresh
# and its paint take up to ~35 ms here under load, and the countdown's tick at that second comes first.
QUIET_BEFORE_SECOND_S = 0.04
AFTER_SECOND_S = 0.005  # ...then the batch waits until just after the tick
# Once a second has turned, a batch waits for that second's tick to be painted too (the
# tick's timer may be held up a few milliseconds, and a batch taken between the tick and
# its paint would come first), but not for one this late (real time): the GUI thread was
# busy, or nothing ticks.
TICK_AWAITED_S = 0.1
# A change is offered to the screens at most this often (the state of each second goes at
# once): a flood of actions costs the server's thread, which shares Python's lock with the
# countdown, four pushes a second to every screen, not twenty. An action's own answer
# always carries the state with it.
CHANGE_OFFERED_EVERY_S = 0.25


def style_json(board: Board, languages: tuple[str, ...] = ()) -> dict:
    """The colours, symbol and words of the board's phase, as the projector draws them:
    the word in each of the agenda's `languages` (the shipped translations), and English."""
    style = PHASE_STYLES[board.phase] if board.mode == BoardMode.LIVE else WAITING_STYLE
    words = {"en": style.word, **dict(zip(languages, words_in(style.word, languages, "Theme"), strict=True))}
    return {"background": style.background, "foreground": style.foreground,
            "symbol": style.symbol, "word": words, "flash_background": style.flash_background}


def failure(status: int, error: str) -> dict:
    return {"ok": False, "status": status, "error": error}


class RemoteHub(QObject):
    """The state of the show as devices see it, and the way their actions reach the show.

    Lives on the Qt thread. A snapshot, once handed out, is never changed (a new one
    replaces it), so every thread may read the one it holds."""

    _requested = Signal()  # actions are waiting in the inbox: the Qt thread takes them

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.timeout_s = ACTION_TIMEOUT_S
        self.active = False  # set by RemoteServer: no work at ticks while nobody is served
        self._controller: ShowController | None = None
        self._agenda = None  # the followed show's agenda, read by `act` on the server's loop
        self._snapshot: dict = {}
        self._refusal: str | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._subscribers: set[asyncio.Queue] = set()  # touched on the server's loop only
        # actions waiting for the Qt thread, counted across the loops that call `act` (the
        # HTTP server's and the OSC server's, ui/osc.py: two threads)
        self._pending = 0
        self._pending_lock = threading.Lock()
        # (RemoteAction, concurrent.futures.Future) from the server's loop to the Qt thread;
        # a deque's append and popleft are safe between two threads
        self._inbox: collections.deque = collections.deque()
        self._requested.connect(self._wake, Qt.ConnectionType.QueuedConnection)
        self._last_batch = float("-inf")  # time.monotonic() of the last batch
        self._batch_timer = QTimer(self)
        self._batch_timer.setSingleShot(True)
        self._batch_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._batch_timer.timeout.connect(self._batch_due)
        self._last_offer = float("-inf")  # time.monotonic() of the last snapshot offered
        self._offer_timer = QTimer(self)
        self._offer_timer.setSingleShot(True)
        self._offer_timer.timeout.connect(self._offer_due)

    # -- the Qt thread -------------------------------------------------------------------
    def follow(self, controller: ShowController) -> None:
        """Serve this show (the app's open one; a reload or another agenda brings a new
        controller). The old controller's connections go with it when it is deleted."""
        old = self._controller
        if old is not None and old is not controller:
            # RuntimeError: it is deleted already, and its connections went with it
            with contextlib.suppress(RuntimeError):
                old.ticked_for_devices.disconnect(self.refresh)
                for signal in (old.changed, old.display_changed):
                    signal.disconnect(self._changed)
                old.refused.disconnect(self._note_refusal)
        self._controller = controller
        self._agenda = controller.agenda
        # a second's state once the chair and projector have painted it (and before the
        # console's tables): the room's countdowns never wait for the devices'
        controller.ticked_for_devices.connect(self.refresh)
        for signal in (controller.changed, controller.display_changed):
            signal.connect(self._changed)
        controller.refused.connect(self._note_refusal)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """A new snapshot, offered to every subscriber at once (each second, and on start)."""
        if self._take_snapshot():
            self._offer_snapshot()

    @Slot()
    def _changed(self) -> None:
        """The show changed: a new snapshot now (answers and GET /state carry it), offered
        to the subscribers now, or once CHANGE_OFFERED_EVERY_S has passed (a flood) or the
        tick has been painted."""
        if not self._take_snapshot():
            return
        # the server's thread sends it to every screen: not while the countdown's tick is
        # about to be painted, as that thread shares Python's lock with it
        wait_s = max(self._last_offer + CHANGE_OFFERED_EVERY_S - time.monotonic(),
                     self._wait_for_tick())
        if wait_s <= 0:
            self._offer_snapshot()
        elif not self._offer_timer.isActive():
            self._offer_timer.start(math.ceil(wait_s * 1000))

    def _take_snapshot(self) -> bool:
        """The state from the controller's projection and board (worked out once a second
        for the screens anyway); False while nobody is served."""
        controller = self._controller
        if controller is None or not self.active:
            return False
        board = controller.board()
        state = state_json(controller.agenda, controller.projection(), board, controller.display,
                           controller.now_s(), rehearsal=controller.rehearsal,
                           speed=controller.clock.speed)
        state["style"] = style_json(board, tuple(controller.agenda.languages))
        self._snapshot = state
        return True

    @Slot()
    def _offer_snapshot(self) -> None:
        self._last_offer = time.monotonic()
        self._offer_timer.stop()
        loop, state = self._loop, self._snapshot
        if loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop closed as the server stopped
                loop.call_soon_threadsafe(self._offer, state)

    def _note_refusal(self, words: str) -> None:
        self._refusal = words

    @Slot()
    def _wake(self) -> None:
        """Actions are waiting: apply them now, or when the next batch is due."""
        if self._batch_timer.isActive():
            return  # a batch is due already: it takes these too
        wait_s = self._wait_before_batch()
        if wait_s <= 0:
            self._apply_waiting()
        else:
            self._batch_timer.start(math.ceil(wait_s * 1000))

    def _wait_before_batch(self) -> float:
        """Real seconds until a batch may start: BATCH_EVERY_S after the last one, and not
        in the QUIET_BEFORE_SECOND_S before the show clock's next second."""
        return max(self._last_batch + BATCH_EVERY_S - time.monotonic(), self._wait_for_tick())

    def _wait_for_tick(self) -> float:
        """Real seconds to wait before work for the devices, so that the countdown's tick
        comes first: until just after the show clock's next second if it is less than
        QUIET_BEFORE_SECOND_S away; a moment more if the second has turned and the chair
        and projector have not painted its tick yet; else 0."""
        controller = self._controller
        if controller is None or controller.clock.speed <= 0:
            return 0.0
        speed = controller.clock.speed
        now = controller.clock.precise_s()
        second = math.floor(now)
        painted = controller.painted_second
        unpainted = painted is not None and painted < second and (now - second) / speed < TICK_AWAITED_S
        if unpainted and speed <= 1:  # (faster, the ticker skips seconds: none to wait for)
            return AFTER_SECOND_S
        to_second = (second + 1 - now) / speed
        return to_second + AFTER_SECOND_S if to_second < QUIET_BEFORE_SECOND_S else 0.0

    @Slot()
    def _batch_due(self) -> None:
        self._unless_a_tick_comes(self._batch_timer, self._apply_waiting)

    @Slot()
    def _offer_due(self) -> None:
        self._unless_a_tick_comes(self._offer_timer, self._offer_snapshot)

    def _unless_a_tick_comes(self, timer: QTimer, work: Callable[[], None]) -> None:
        """`timer` was armed a while ago and has fired: do `work` now, or arm it again if
        now falls just before a tick or before a turned second's tick."""
        wait_s = self._wait_for_tick()
        if wait_s > 0:
            timer.start(math.ceil(wait_s * 1000))
        else:
            work()

    @Slot()
    def _apply_waiting(self) -> None:
        """Every action waiting, as one batch: each in the journal as it is taken, the
        screens refreshed once after them all (ShowController.batch), so a burst from many
        devices costs the countdown one refresh. Their answers go out after that refresh,
        each with the state that includes it."""
        self._last_batch = time.monotonic()
        taken: list[tuple[concurrent.futures.Future, dict]] = []
        controller = self._controller
        with contextlib.ExitStack() as batch:
            if controller is not None:
                batch.enter_context(controller.batch())
            while self._inbox:
                action, future = self._inbox.popleft()
                if not future.set_running_or_notify_cancel():
                    continue  # the device was told 503 (the wait ran out): nothing is done
                try:
                    result = self._carry_out(action)
                except Exception:  # a fault of ours must not leave the device waiting
                    log.exception("remote action %s failed", action)
                    result = failure(500, "the app could not carry out the action; see its log")
                taken.append((future, result))
        for future, result in taken:  # the batch's refresh has made the snapshot by now
            if result["ok"]:
                result = {**result, "state": self._snapshot}
            future.set_result(result)

    def _carry_out(self, action: RemoteAction) -> dict:
        """Apply one checked action through the controller, as the console would. The
        controller writes the journal (fsynced) before it returns True."""
        controller = self._controller
        if controller is None:
            return failure(503, "no show is open")
        self._refusal = None
        kind = action.kind
        if kind == "message":
            controller.update_display(message=action.text, blink=action.blink)
            done = True
        elif kind == "blackout":
            controller.update_display(blackout=action.on)
            done = True
        elif kind == "next":
            early = self._too_early(controller)
            if early:
                return failure(409, early)
            done = controller.next()
        elif kind == "extend":
            done = controller.extend(action.minutes, action.session)
        elif kind in ("start", "skip", "unskip"):
            done = getattr(controller, kind)(action.session)
        else:  # end, undo, redo
            done = getattr(controller, kind)()
        if not done:
            return failure(409, self._refusal or f"{kind} cannot apply now")
        return {"ok": True, "status": 200}

    @staticmethod
    def _too_early(controller: ShowController) -> str | None:
        """The chair's Space asks before starting a session long before its time on the
        real clock (ui/chair_commands.py); a device cannot be asked, so it is refused and
        told how to start the session on purpose."""
        board = controller.board()
        if board.mode != BoardMode.WAITING or controller.rehearsal or board.remaining_s <= EARLY_START_S:
            return None
        start = controller.agenda.local(board.next_start_s)
        return (f"{board.session.id} is planned to start at {start:%H:%M}, in "
                f"{board.remaining_s // 60} min: next does not start it this early; send "
                f'{{"do": "start", "session": "{board.session.id}"}} to start it now')

    # -- any thread ----------------------------------------------------------------------
    def snapshot(self) -> dict:
        """The latest state (runofshow.remote.state_json plus "style"); {} before a show is
        followed and served. Never changed once handed out: do not change it either."""
        return self._snapshot

    # -- the server's loop ---------------------------------------------------------------
    def serve_on(self, loop: asyncio.AbstractEventLoop | None) -> None:
        """The server's loop (None once it stops): where new snapshots are offered."""
        self._loop = loop
        if loop is None:
            self._subscribers = set()

    def subscribe(self) -> asyncio.Queue:
        """A queue that always holds the newest snapshot not yet taken (size 1: a slow
        reader misses states in between, never the latest, and holds no one up)."""
        queue: asyncio.Queue = asyncio.Queue(maxsize=1)
        self._subscribers.add(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue) -> None:
        self._subscribers.discard(queue)

    def _offer(self, state: dict) -> None:
        for queue in self._subscribers:
            if queue.full():
                queue.get_nowait()  # an unread older state: the new one replaces it
            queue.put_nowait(state)

    async def act(self, action: dict) -> dict:
        """Check a device's action and have the Qt thread apply it. Returns {"ok": True,
        "status": 200, "state": …} once it is in the journal, or {"ok": False, "status":
        400/409/503, "error": words} with nothing done."""
        agenda = self._agenda
        if agenda is None:
            return failure(503, "no show is open")
        try:
            parsed = parse_action(action, agenda)
        except RemoteError as exc:
            return failure(400, str(exc))
        with self._pending_lock:
            if self._pending >= MAX_PENDING_ACTIONS:
                return failure(503, "too many actions are waiting for the show; try again")
            self._pending += 1
        future: concurrent.futures.Future = concurrent.futures.Future()
        try:
            self._inbox.append((parsed, future))
            self._requested.emit()
            waiting = asyncio.wrap_future(future)
            await asyncio.wait({waiting}, timeout=self.timeout_s)
            if not waiting.done() and future.cancel():
                return failure(503, f"the app did not take the action within {self.timeout_s:g} s "
                                    "(it is busy); nothing was done")
            # taken in time, or being applied right now: its answer is moments away
            return await waiting
        finally:
            with self._pending_lock:
                self._pending -= 1


def create_app(hub: RemoteHub, tokens: Tokens, *, extra_routes: Iterable = (),
               static_dir: Path | None = None, **limits):
    """The aiohttp application that serves `hub` (ui/server_app.py, imported only now:
    it imports aiohttp)."""
    from ui.server_app import create_app as make

    return make(hub, tokens, extra_routes=extra_routes, static_dir=static_dir, **limits)


def bundled_routes(hub: RemoteHub) -> list:
    """The routes other modules add on the same port: Companion's (ui/ontime.py)."""
    try:
        from ui.ontime import ontime_routes
    except ModuleNotFoundError as exc:
        if exc.name != "ui.ontime":
            raise
        return []
    return list(ontime_routes(hub))


def web_views_dir() -> Path:
    return bundled_dir("assets") / "web"


class RemoteServer(ServerThread):
    """The remote server's thread (ui/server_thread.py): `start(host, port)`, `stop()`,
    `changed`, `address`, `error`."""

    thread_name = "runofshow-server"

    def __init__(self, hub: RemoteHub, tokens: Tokens, *, static_dir: Path | None = None,
                 routes: Callable[[RemoteHub], Iterable] = bundled_routes, **app_options):
        super().__init__()
        self.hub = hub
        self.tokens = tokens
        self.static_dir = static_dir if static_dir is not None else web_views_dir()
        self.routes = routes
        self.app_options = app_options  # create_app's limits (tests make them small)
        self._runner = None  # aiohttp's AppRunner, on the server's thread
        self._listener: asyncio.AbstractServer | None = None  # its listening socket(s)

    def start(self, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
        super().start(host, port)

    def _starting(self) -> None:
        self.tokens.load()  # here, not on the server's thread at its first request
        self.hub.active = True
        self.hub.refresh()  # the first snapshot, from the Qt thread

    def _stopped(self) -> None:
        self.hub.active = False

    def _open(self, loop: asyncio.AbstractEventLoop, host: str, port: int) -> tuple[str, int]:
        from aiohttp import web

        from ui.server_app import Limits
        from ui.server_connections import ConnectionLimit, raise_file_limit

        app = create_app(self.hub, self.tokens, extra_routes=self.routes(self.hub),
                         static_dir=self.static_dir, host=host, **self.app_options)
        limits = self.app_options.get("limits") or Limits()
        raise_file_limit()
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None,
                                     shutdown_timeout=1.0, keepalive_timeout=limits.idle_s)
        loop.run_until_complete(self._runner.setup())
        # the runner's server as the protocol factory, each connection counted (not TCPSite)
        connections = ConnectionLimit(limits.max_connections, limits.connections_per_peer)
        self._listener = loop.run_until_complete(
            loop.create_server(connections.protocols(self._runner.server), host, port))
        return self._listener.sockets[0].getsockname()[:2]

    def _missing(self, exc: ImportError) -> str:
        return f"the server needs aiohttp ({exc}): pip install aiohttp"

    def _serving(self, loop: asyncio.AbstractEventLoop | None) -> None:
        self.hub.serve_on(loop)

    def _close(self, loop: asyncio.AbstractEventLoop) -> None:
        runner, self._runner = self._runner, None
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()  # no new connections; the runner closes those open
        if runner is not None:
            loop.run_until_complete(runner.cleanup())
        if listener is not None:
            loop.run_until_complete(listener.wait_closed())
