"""The HTTP side of the remote server (docs/remote.md): routes, tokens, Host/Origin, limits.

`create_app(hub, tokens)` is an aiohttp application: `GET /api/v1/state`, `POST
/api/v1/actions`, the WebSocket `GET /api/v1/ws`, the web views under `/views/` (static
files, no data in them, so no token), and whatever routes other modules add on the same
port (Companion's, ui/ontime.py). Every request passes two checks first:

- Host and Origin: a request whose Host is not one of this server's own names or addresses
  (DNS rebinding), or that a page of another site sent (its Origin), gets 403. So a web
  page in a browser on the same PC cannot drive the show, even on loopback.
- the token (`Authorization: Bearer …` or `?token=…`, constant-time): none or a wrong one
  gets 401; the role it gives is `request[ROLE]`, "control" or "view", for the handlers.

Limits keep a client from costing the show anything: a small body (413), actions per
device (a token bucket, 429), a heartbeat that drops half-open WebSockets, a cap on them,
and a send that a client does not read within a while closes that client only.

Imported on the server's thread only, when the server starts (ui/server.py).
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from aiohttp import WSMsgType, web

from ui.tokens import CONTROL, Tokens

log = logging.getLogger(__name__)
PUBLIC_PREFIX = "/views/"  # the web views: files with no data in them, open without a token
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})
MAX_PEERS = 4096
WRITER_LIMIT = 64 * 1024  # rate buckets kept; idle ones go first beyond this


@dataclass(frozen=True)
class Limits:
    max_body: int = 64 * 1024  # an action is a line of JSON; a stage message 500 characters
    actions_per_s: float = 20.0  # per device: far above a thumb on a Stream Deck
    action_burst: int = 40
    max_websockets: int = 500  # a venue's screens and phones, with room to spare (Companion's too)
    # connections (ui/server_connections.py): open at once, from one address (not loopback),
    # and how long one may stay without sending a whole request
    messages_per_s: float = 20.0  # on one WebSocket, whatever they ask (Companion's: the same)
    message_burst: int = 40
    max_connections: int = 1000
    connections_per_peer: int = 100
    idle_s: float = 15.0
    heartbeat_s: float = 10.0  # a WebSocket that does not answer a ping in half this is dropped
    send_timeout_s: float = 10.0  # a WebSocket client that reads nothing for this long is dropped


class RateLimiter:
    """A token bucket per device: `rate` actions a second, `burst` at once."""

    def __init__(self, rate: float, burst: int, clock=time.monotonic):
        self.rate, self.burst, self.clock = rate, burst, clock
        self._buckets: dict[str, tuple[float, float]] = {}  # peer -> (tokens, when)

    def allow(self, peer: str) -> bool:
        now = self.clock()
        tokens, then = self._buckets.get(peer, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - then) * self.rate)
        allowed = tokens >= 1.0
        self._buckets[peer] = (tokens - 1.0 if allowed else tokens, now)
        if len(self._buckets) > MAX_PEERS:
            self._forget_idle(now)
        return allowed

    def _forget_idle(self, now: float) -> None:
        full_after = self.burst / self.rate
        self._buckets = {peer: (tokens, then) for peer, (tokens, then) in self._buckets.items()
                         if now - then < full_after}


LIMITER = web.AppKey("limiter", RateLimiter)


class MessageAllowance:
    """One WebSocket connection's messages, whatever they ask: `rate` a second, `burst` at
    once. `take()` says "ok", or "drop" for one beyond, or "tell" for the first dropped in
    a second (the client is told, once a second, that its messages are being dropped)."""

    def __init__(self, rate: float, burst: int):
        self._bucket = RateLimiter(rate, burst)
        self._told_at = float("-inf")

    def take(self) -> str:
        if self._bucket.allow("this connection"):
            return "ok"
        now = self._bucket.clock()
        if now - self._told_at < 1.0:
            return "drop"
        self._told_at = now
        return "tell"
ROLE = web.RequestKey("role", str)  # "control" or "view", set by the token check


def peer(request: web.BaseRequest) -> str:
    return request.remote or "?"


def action_allowed(request: web.BaseRequest) -> bool:
    """Whether the device that sent `request` may act now (its bucket is not empty). Every
    route that acts asks this first and, if not, refuses in its own protocol (429)."""
    limiter = request.app.get(LIMITER)
    return limiter is None or limiter.allow(peer(request))


class WebSocketCount:
    """The WebSockets open on this server, ours and Companion's alike: at most `limit`."""

    def __init__(self, limit: int):
        self.limit, self.open = limit, 0


WEBSOCKETS = web.AppKey("websockets", WebSocketCount)


def websocket_slot(request: web.BaseRequest) -> bool:
    """Take one of the server's WebSocket places for `request`, False if all are taken.
    Whoever took one gives it back with `websocket_gone` when its WebSocket ends."""
    count = request.app.get(WEBSOCKETS)
    if count is None:
        return True
    if count.open >= count.limit:
        return False
    count.open += 1
    return True


def websocket_gone(request: web.BaseRequest) -> None:
    count = request.app.get(WEBSOCKETS)
    if count is not None:
        count.open -= 1


def error(status: int, words: str, headers: dict | None = None) -> web.Response:
    return web.json_response({"ok": False, "error": words}, status=status, headers=headers)


# -- Host and Origin -----------------------------------------------------------------------

def host_name(value: str) -> str | None:
    """The name or address of a Host header ("127.0.0.1:4001", "[::1]:4001", "Laptop"),
    lower case, without port or brackets; None if it is not one."""
    value = value.strip().lower()
    if value.startswith("["):
        name, bracket, rest = value[1:].partition("]")
        if not bracket or (rest and not (rest[:1] == ":" and rest[1:].isdigit())):
            return None
    else:
        name, colon, port = value.partition(":")
        if colon and not port.isdigit():
            return None
    name = name.rstrip(".")
    return name or None


def _ip(text: str | None):
    if not text:
        return None
    try:
        address = ipaddress.ip_address(text.split("%", 1)[0])  # a link-local zone: fe80::1%eth0
    except ValueError:
        return None
    mapped = getattr(address, "ipv4_mapped", None)  # a dual-stack socket says ::ffff:127.0.0.1
    return mapped or address


def own_names(bound_host: str | None) -> frozenset[str]:
    """The names this server answers to whatever address a request arrives on: loopback's,
    the host it was told to bind (a name, say), and this computer's own name (what a phone
    on the venue's network may type, "laptop.local"). No one else's page can make a
    browser send these: the checks stop DNS rebinding, a page that made its own name
    point at 127.0.0.1."""
    names = set(LOOPBACK_NAMES)
    computer = socket.gethostname().lower().rstrip(".")
    if computer:
        names.update({computer, f"{computer}.local"})
    if bound_host:
        names.add(bound_host.lower().strip("[]"))
    return frozenset(names)


def _is_ours(name: str, names: frozenset[str], arrived_on) -> bool:
    if name in names:
        return True
    address = _ip(name)
    # an address of ours: loopback, or the one this very connection arrived on
    return address is not None and (address.is_loopback or address == arrived_on)


def origin_problem(request: web.BaseRequest, names: frozenset[str]) -> str | None:
    """Why a request is refused for its Host or Origin (403), or None."""
    sockname = request.transport.get_extra_info("sockname") if request.transport else None
    if not sockname:
        return "the connection is gone"
    arrived_on, port = _ip(sockname[0]), sockname[1]
    host = host_name(request.headers.get("Host", ""))
    if host is None or not _is_ours(host, names, arrived_on):
        return "this server answers only to its own address (Host); ask it by its address"
    origin = request.headers.get("Origin")
    if origin is None:  # not a browser's cross-site request: Companion, curl, our own views
        return None
    try:
        parts = urlsplit(origin)
        origin_port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    except ValueError:
        origin_port = None
        parts = None
    if (parts is None or parts.scheme not in ("http", "https") or not parts.hostname
            or origin_port != port or not _is_ours(parts.hostname, names, arrived_on)):
        return "requests from pages of other sites are refused (Origin)"
    return None


def given_token(request: web.BaseRequest) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return request.query.get("token")


# -- the snapshot as text --------------------------------------------------------------------

class _Texts:
    """The latest snapshot as JSON text, made once however many clients read it (snapshots
    are never changed once made: a new one is a new object)."""

    def __init__(self):
        self._of: dict | None = None
        self.state = "{}"
        self.message = '{"type":"state","state":{}}'

    def of(self, snapshot: dict) -> _Texts:
        if snapshot is not self._of:
            self._of = snapshot
            self.state = json.dumps(snapshot, ensure_ascii=False, separators=(",", ":"))
            self.message = '{"type":"state","state":' + self.state + "}"
        return self


def _read_json(data: bytes | str) -> tuple[object, str | None]:
    """(the value, None) or (None, why it is not JSON)."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        return json.loads(text), None
    except UnicodeDecodeError:
        return None, "the body is not UTF-8 text"
    except RecursionError:
        return None, "the JSON is nested too deeply"
    except ValueError as exc:  # JSONDecodeError, and numbers too long to read
        return None, f"the body is not JSON: {str(exc)[:120]}"


# -- the application ---------------------------------------------------------------------------

def create_app(hub, tokens: Tokens, *, extra_routes: Iterable = (), static_dir: Path | None = None,
               limits: Limits | None = None, host: str | None = None) -> web.Application:
    """The server's routes around `hub` (ui/server.py RemoteHub). `extra_routes` (RouteDefs)
    get the same checks; `host` is the host the server was told to bind, one of its names."""
    limits = limits or Limits()
    names = own_names(host)
    texts = _Texts()
    sockets: set[web.WebSocketResponse] = set()
    public: list = []  # the resources open without a token: the web views' files

    @web.middleware
    async def json_errors(request: web.Request, handler):
        try:
            return await handler(request)
        except web.HTTPException as exc:
            if exc.status < 400:
                raise
            words = {404: "nothing here; the API is under /api/v1 (docs/remote.md)",
                     413: f"the body is larger than {limits.max_body} bytes"}.get(exc.status, exc.reason)
            kept = {key: exc.headers[key] for key in ("Allow",) if key in exc.headers}
            return error(exc.status, words, kept)
        except Exception:
            log.exception("remote request %s %s failed", request.method, request.path)
            return error(500, "the server failed on this request; see the app's log")

    @web.middleware
    async def guard(request: web.Request, handler):
        problem = origin_problem(request, names)
        if problem:
            return error(403, problem)
        if public and request.match_info.route.resource in public:  # the route, not the path
            return await handler(request)
        token = given_token(request)
        role = tokens.role_of(token)
        if role is None:
            words = ("this token is not valid" if token else
                     "a token is needed: Authorization: Bearer <token>, or ?token=<token>")
            return error(401, words, {"WWW-Authenticate": "Bearer"})
        request[ROLE] = role
        return await handler(request)

    async def state(request: web.Request) -> web.Response:
        return web.Response(text=texts.of(hub.snapshot()).state, content_type="application/json")

    async def actions(request: web.Request) -> web.Response:
        if request[ROLE] != CONTROL:
            return error(403, "this token may only watch; acting needs the control token")
        if not action_allowed(request):
            return error(429, f"too many actions from this device (at most "
                              f"{limits.actions_per_s:g} a second)", {"Retry-After": "1"})
        payload, problem = _read_json(await request.read())
        if problem:
            return error(400, problem)
        result = await hub.act(payload)
        if not result["ok"]:
            return error(result["status"], result["error"])
        text = '{"ok":true,"state":' + texts.of(result["state"]).state + "}"
        return web.Response(text=text, content_type="application/json")

    async def websocket(request: web.Request) -> web.StreamResponse:
        if not websocket_slot(request):
            return error(503, f"{limits.max_websockets} clients are connected already")
        try:
            return await _websocket(request)
        finally:
            websocket_gone(request)

    async def _websocket(request: web.Request) -> web.StreamResponse:
        # no compression: zlib for every client at every second costs more CPU than the
        # venue's network saves; writer_limit: a client that does not read holds up its
        # sends (and gets dropped) after this much, not after megabytes
        socket_ = web.WebSocketResponse(heartbeat=limits.heartbeat_s, max_msg_size=limits.max_body,
                                        compress=False, timeout=2.0, writer_limit=WRITER_LIMIT)
        await socket_.prepare(request)
        sockets.add(socket_)
        queue = hub.subscribe()
        sender = asyncio.create_task(_send_states(socket_, queue, request))
        messages = MessageAllowance(limits.messages_per_s, limits.message_burst)
        try:
            async for message in socket_:
                allowance = messages.take()
                if allowance == "drop":
                    continue
                if allowance == "tell":
                    reply = {"type": "result", "id": None, "ok": False, "status": 429,
                             "error": f"too many messages: at most {limits.messages_per_s:g} a "
                                      "second on one connection; those beyond are dropped"}
                elif message.type == WSMsgType.TEXT:
                    reply = await _answer(message.data, request)
                else:
                    reply = {"type": "result", "id": None, "ok": False, "status": 400,
                             "error": "send text: JSON like {\"type\": \"action\", ...}"}
                await asyncio.wait_for(socket_.send_str(json.dumps(reply, ensure_ascii=False)),
                                       limits.send_timeout_s)
        except (TimeoutError, ConnectionError):
            _drop(request)
        finally:
            sender.cancel()
            await asyncio.gather(sender, return_exceptions=True)  # gone before the loop is
            hub.unsubscribe(queue)
            sockets.discard(socket_)
        return socket_

    async def _send_states(socket_: web.WebSocketResponse, queue: asyncio.Queue,
                           request: web.Request) -> None:
        """The state on connect, then every new one (the newest, if the client is slow)."""
        snapshot = hub.snapshot()
        try:
            while not socket_.closed:
                await asyncio.wait_for(socket_.send_str(texts.of(snapshot).message),
                                       limits.send_timeout_s)
                snapshot = await queue.get()
        except (TimeoutError, ConnectionError):
            _drop(request)  # it reads nothing: it costs the others nothing more either

    def _drop(request: web.Request) -> None:
        if request.transport is not None:
            request.transport.abort()

    async def _answer(data: str, request: web.Request) -> dict:
        message, problem = _read_json(data)
        ident = message.get("id") if isinstance(message, dict) else None
        reply = {"type": "result", "id": ident}
        if problem:
            return {**reply, "ok": False, "status": 400, "error": problem}
        if not isinstance(message, dict) or message.get("type") != "action":
            return {**reply, "ok": False, "status": 400,
                    "error": 'send {"type": "action", "id": …, "action": {"do": …}}'}
        if request[ROLE] != CONTROL:
            return {**reply, "ok": False, "status": 403,
                    "error": "this token may only watch; acting needs the control token"}
        if not action_allowed(request):
            return {**reply, "ok": False, "status": 429,
                    "error": f"too many actions (at most {limits.actions_per_s:g} a second)"}
        result = await hub.act(message.get("action"))
        if result["ok"]:
            return {**reply, "ok": True}
        return {**reply, "ok": False, "status": result["status"], "error": result["error"]}

    async def close_sockets(app: web.Application) -> None:
        closing = [s.close(code=1001, message=b"the server stops") for s in list(sockets)]
        if closing:
            await asyncio.wait([asyncio.ensure_future(c) for c in closing], timeout=1.0)

    async def headers(request: web.Request, response: web.StreamResponse) -> None:
        # a token travels in URLs: no page may pass them on; and no cache keeps a state
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if not request.path.startswith(PUBLIC_PREFIX):
            response.headers.setdefault("Cache-Control", "no-store")

    app = web.Application(middlewares=[json_errors, guard], client_max_size=limits.max_body)
    app[LIMITER] = RateLimiter(limits.actions_per_s, limits.action_burst)
    app[WEBSOCKETS] = WebSocketCount(limits.max_websockets)
    app.router.add_get("/api/v1/state", state)
    app.router.add_post("/api/v1/actions", actions)
    app.router.add_get("/api/v1/ws", websocket)
    app.add_routes(list(extra_routes))
    if static_dir is not None and Path(static_dir).is_dir():
        public.append(app.router.add_static(PUBLIC_PREFIX, static_dir, show_index=False,
                                            follow_symlinks=False))
    app.on_shutdown.append(close_sockets)
    app.on_response_prepare.append(headers)
    return app
