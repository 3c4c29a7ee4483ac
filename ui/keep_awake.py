"""The screens stay awake while a show is live: no screensaver, no display sleep.

Each system has its own way, all asked from the GUI thread:

- Linux: the desktop's inhibit interface on the D-Bus session bus,
  org.freedesktop.ScreenSaver.Inhibit (KDE, GNOME, Xfce, …), else
  org.gnome.SessionManager.Inhibit with the idle flag. The connection stays open while
  held: desktops also drop an inhibition when its caller goes away (a crash included).
- Windows: SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED |
  ES_SYSTEM_REQUIRED), cleared with ES_CONTINUOUS from the same thread.
- macOS: an IOPMAssertion of type PreventUserIdleDisplaySleep, released by its id.

`hold` and `release` never raise. When no way works, `problem` says why (logged once) and
the show goes on; `hold` then does not try again until `release`, so calling it at every
tick costs nothing. `status()` says in a line what holds the screens, or why nothing can,
for the console to show (a warning in a log nobody reads at a venue would not help).
"""

from __future__ import annotations

import ctypes
import itertools
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


class Unavailable(Exception):
    """This way of keeping the screens awake does not work here; the message says why."""


class KeepAwake:
    def __init__(self, app_name: str = "runofshow", platform: str = sys.platform):
        self.app_name = app_name
        self.platform = platform
        self.held = False
        self.method: str | None = None  # the way that worked
        self.problem: str | None = None  # why no way worked
        self._release: Callable[[], None] | None = None
        self._failed = False  # tried since the last release, and nothing worked
        self._said: str | None = None

    def hold(self, reason: str = "a show is live") -> bool:
        """Keep the screens awake. True while held."""
        if self.held or self._failed:
            return self.held
        why = []
        for inhibit in self._ways():
            try:
                self.method, self._release = inhibit(self.app_name, reason)
            except Exception as exc:  # a problem to report, never to raise
                why.append(str(exc))
                continue
            self.held, self.problem = True, None
            log.info("screens kept awake (%s)", self.method)
            return True
        self._failed, self.method = True, None
        self.problem = "; ".join(why)
        if self.problem != self._said:
            log.warning("the screens may sleep during the show: %s", self.problem)
            self._said = self.problem
        return False

    def status(self) -> tuple[str, bool]:
        """What the technician should know, in a line, and whether all is well: the screens
        are held awake (and how), or cannot be (and why: they must be kept awake by hand),
        or need not be now."""
        if self.held:
            return QCoreApplication.translate("KeepAwake", "Screens kept awake by {method}").format(
                method=self.method), True
        if self.problem is not None:
            return QCoreApplication.translate(
                "KeepAwake", "Cannot keep the screens awake: {problem} — disable the screensaver and "
                "display sleep by hand").format(problem=self.problem), False
        return QCoreApplication.translate(
            "KeepAwake", "Screens free to sleep: no session is live or due within the hour"), True

    def release(self) -> None:
        """Let the screens sleep again."""
        self._failed = False
        if not self.held:
            return
        release, self._release, self.held = self._release, None, False
        try:
            release()
        except Exception as exc:  # never raised: the show goes on
            log.warning("the screens may stay awake: %s (%s)", exc, self.method)

    def _ways(self) -> list[Callable]:
        if self.platform == "win32":
            return [windows_execution_state]
        if self.platform == "darwin":
            return [macos_assertion]
        return [dbus_inhibit]


# -- Linux and other desktops: D-Bus -------------------------------------------------------
SCREENSAVER = "org.freedesktop.ScreenSaver"
SCREENSAVER_PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")
GNOME_SESSION = ("org.gnome.SessionManager", "/org/gnome/SessionManager",
                 "org.gnome.SessionManager")
GNOME_INHIBIT_IDLE = 8
DBUS_TIMEOUT_MS = 2000  # a hung desktop service must not freeze the console for long
_connections = itertools.count(1)


def session_bus_address() -> str:
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if address:
        return address
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime, "bus").exists():
        return f"unix:path={Path(runtime, 'bus')}"
    raise Unavailable("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)")


def dbus_inhibit(app_name: str, reason: str):
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError as exc:
        raise Unavailable(f"no QtDBus in this Qt ({exc})") from None
    address = session_bus_address()
    name = f"runofshow-keep-awake-{next(_connections)}"
    bus = QDBusConnection.connectToBus(address, name)
    if not bus.isConnected():
        error = bus.lastError().message() or "no answer"
        QDBusConnection.disconnectFromBus(name)
        raise Unavailable(f"cannot reach the D-Bus session bus at {address}: {error}")
    why = []
    for path in SCREENSAVER_PATHS:
        interface = _interface(bus, SCREENSAVER, path, SCREENSAVER, why)
        cookie = _call(interface, "Inhibit", "uint", ("QString", app_name), ("QString", reason),
                       why=why)
        if cookie is not None:
            return f"{SCREENSAVER} (D-Bus)", _DBusHold(name, interface, "UnInhibit", cookie)
    interface = _interface(bus, *GNOME_SESSION, why)
    cookie = _call(interface, "Inhibit", "uint", ("QString", app_name), ("uint", 0),
                   ("QString", reason), ("uint", GNOME_INHIBIT_IDLE), why=why)
    if cookie is not None:
        return f"{GNOME_SESSION[0]} (D-Bus)", _DBusHold(name, interface, "Uninhibit", cookie)
    del interface, bus
    QDBusConnection.disconnectFromBus(name)
    raise Unavailable("no screensaver inhibit service on the session bus ("
                      + "; ".join(dict.fromkeys(why)) + ")")


def _interface(bus, service: str, path: str, interface: str, why: list[str]):
    from PySide6.QtDBus import QDBusInterface

    proxy = QDBusInterface(service, path, interface, bus)  # introspects the remote object
    if not proxy.isValid():
        why.append(f"{service}: {proxy.lastError().message()}")
        return None
    proxy.setTimeout(DBUS_TIMEOUT_MS)
    return proxy


def _call(interface, method: str, returns: str | None, *args: tuple[str, object], why):
    """Call a D-Bus method with typed arguments. A plain call would send every Python int
    as a signed D-Bus integer, which the desktops refuse where they want a uint32; going
    through the introspected method (QMetaObject.invokeMethod) sends the declared types.
    Returns the reply (True when it has none), or None with the reason in `why`."""
    from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt

    if interface is None:
        return None
    signature = f"{method}({','.join(kind for kind, _ in args)})"
    if interface.metaObject().indexOfMethod(signature) < 0:
        why.append(f"{interface.service()} has no {signature} at {interface.path()}")
        return None
    typed = [Q_ARG(kind, value) for kind, value in args]
    direct = Qt.ConnectionType.DirectConnection
    if returns:
        reply = QMetaObject.invokeMethod(interface, method, direct, Q_RETURN_ARG(returns), *typed)
    else:
        reply = QMetaObject.invokeMethod(interface, method, direct, *typed)
    error = interface.lastError()
    if error.isValid():
        why.append(f"{interface.service()}.{method}: {error.message()}")
        return None
    return reply if returns else True


class _DBusHold:
    """An inhibition: the open connection and the cookie that ends it."""

    def __init__(self, connection: str, interface, uninhibit: str, cookie: int):
        self.connection, self.interface = connection, interface
        self.uninhibit, self.cookie = uninhibit, cookie

    def __call__(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        why: list[str] = []
        try:
            _call(self.interface, self.uninhibit, None, ("uint", self.cookie), why=why)
        finally:  # closing the connection ends the inhibition too, whatever UnInhibit did
            self.interface = None  # its last user
            QDBusConnection.disconnectFromBus(self.connection)
        if why:
            raise RuntimeError("; ".join(why))


# -- Windows ------------------------------------------------------------------------------
ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002


def _kernel32():
    return ctypes.windll.kernel32


def windows_execution_state(app_name: str, reason: str):
    set_state = _kernel32().SetThreadExecutionState
    set_state.argtypes = [ctypes.c_uint32]
    set_state.restype = ctypes.c_uint32
    if not set_state(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED):
        raise Unavailable("SetThreadExecutionState refused")
    thread = threading.get_ident()

    def release() -> None:
        if threading.get_ident() != thread:  # the state belongs to the thread that set it
            raise RuntimeError("SetThreadExecutionState released from another thread")
        set_state(ES_CONTINUOUS)

    return "SetThreadExecutionState", release


# -- macOS ------------------------------------------------------------------------------------
ASSERTION_TYPE = "PreventUserIdleDisplaySleep"  # kIOPMAssertionTypePreventUserIdleDisplaySleep
ASSERTION_LEVEL_ON = 255  # kIOPMAssertionLevelOn
CF_STRING_UTF8 = 0x08000100  # kCFStringEncodingUTF8


def _macos_libraries():
    load = ctypes.cdll.LoadLibrary
    return (load("/System/Library/Frameworks/IOKit.framework/IOKit"),
            load("/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"))


def macos_assertion(app_name: str, reason: str):
    try:
        iokit, cf = _macos_libraries()
    except OSError as exc:
        raise Unavailable(f"IOKit cannot be loaded ({exc})") from None
    cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
    cf.CFStringCreateWithCString.restype = ctypes.c_void_p
    cf.CFRelease.argtypes = [ctypes.c_void_p]
    cf.CFRelease.restype = None
    create = iokit.IOPMAssertionCreateWithName
    create.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_void_p,
                       ctypes.POINTER(ctypes.c_uint32)]
    create.restype = ctypes.c_int32
    iokit.IOPMAssertionRelease.argtypes = [ctypes.c_uint32]
    iokit.IOPMAssertionRelease.restype = ctypes.c_int32

    def cf_string(text: str):
        return cf.CFStringCreateWithCString(None, text.encode("utf-8"), CF_STRING_UTF8)

    kind, name = cf_string(ASSERTION_TYPE), cf_string(f"{app_name}: {reason}")
    assertion = ctypes.c_uint32(0)
    try:
        result = create(kind, ASSERTION_LEVEL_ON, name, ctypes.pointer(assertion))
    finally:
        cf.CFRelease(kind)
        cf.CFRelease(name)
    if result != 0:
        raise Unavailable(f"IOPMAssertionCreateWithName failed ({result & 0xFFFFFFFF:#x})")

    def release() -> None:
        result = iokit.IOPMAssertionRelease(assertion.value)
        if result != 0:
            raise RuntimeError(f"IOPMAssertionRelease failed ({result & 0xFFFFFFFF:#x})")

    return f"IOPMAssertion {ASSERTION_TYPE}", release
