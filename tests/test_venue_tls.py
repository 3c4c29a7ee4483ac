"""A broker that asks for TLS and a password (docs/venue.md), for real: a certificate
authority and the broker's certificate made with openssl in the test's folder, Mosquitto
with `cafile/certfile/keyfile`, a `password_file` made with `mosquitto_passwd -b` and
`allow_anonymous false`. The app, as `runofshow AGENDA --broker mqtts://USER:PASSWORD@…
--broker-ca CA` starts it, publishes; a wrong password or an authority that did not sign
the broker's certificate is said in one clear line, and the show goes on."""

from __future__ import annotations

import logging
import os
import shutil
import ssl
import subprocess
import sys
import time

import paho.mqtt.client as mqtt
import pytest
from paho.mqtt.enums import CallbackAPIVersion

from runofshow.venue import parse_broker_url, topic
from tests.conftest import REPO, WIPO
from tests.qt_helpers import frozen_controller
from tests.venue_helpers import HOST, Broker, wait_for
from ui.venue_publisher import VenuePublisher

EVENT, ROOM = "wipo-2024", "Room A"
USER, PASSWORD = "tech", "s3cret pass/word"  # a space and a slash: percent-encoded in the URL
PASSWD_TOOL = shutil.which("mosquitto_passwd") or "/usr/bin/mosquitto_passwd"


def openssl(*args: str, cwd) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_authority(folder, name: str) -> None:
    """NAME-ca.pem/.key: a certificate authority of our own."""
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name} test CA",
            "-keyout", f"{name}-ca.key", "-out", f"{name}-ca.pem", cwd=folder)


@pytest.fixture
def certificates(tmp_path):
    """The venue's authority and the broker's certificate it signed (for 127.0.0.1), and
    another authority that signed nothing of the broker's."""
    if shutil.which("openssl") is None:
        pytest.skip("needs openssl")
    folder = tmp_path / "tls"
    folder.mkdir()
    make_authority(folder, "venue")
    make_authority(folder, "other")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=broker.venue.test",
            "-keyout", "server.key", "-out", "server.csr", cwd=folder)
    # the name the client checks is the address it connects to: 127.0.0.1, as an IP SAN
    (folder / "san.ext").write_text(f"subjectAltName = IP:{HOST}, DNS:localhost\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "venue-ca.pem", "-CAkey", "venue-ca.key",
            "-CAcreateserial", "-days", "2", "-extfile", "san.ext", "-out", "server.pem", cwd=folder)
    return folder


@pytest.fixture
def broker(tmp_path, certificates):
    if not os.path.exists(PASSWD_TOOL):
        pytest.skip("needs mosquitto_passwd (Debian package mosquitto)")
    passwords = tmp_path / "passwords"
    subprocess.run([PASSWD_TOOL, "-c", "-b", str(passwords), USER, PASSWORD], check=True, capture_output=True)
    passwords.chmod(0o600)
    tls = (f"cafile {certificates / 'venue-ca.pem'}\ncertfile {certificates / 'server.pem'}\n"
           f"keyfile {certificates / 'server.key'}\n")
    found = Broker(tmp_path / "broker", f"password_file {passwords}\n", anonymous=False, listener=tls).start()
    yield found
    found.stop()


def url(broker: Broker, password: str | None = PASSWORD) -> str:
    from urllib.parse import quote

    secret = "" if password is None else ":" + quote(password, safe="")
    return f"mqtts://{USER}{secret}@{HOST}:{broker.port}"


class TlsListener:
    """A subscriber with the venue's authority and the right password: what reached the broker."""

    def __init__(self, broker: Broker, certificates, topics: list[str]):
        self.messages: list[tuple[str, bytes]] = []
        self.client = mqtt.Client(CallbackAPIVersion.VERSION2)
        self.client.tls_set(ca_certs=str(certificates / "venue-ca.pem"), cert_reqs=ssl.CERT_REQUIRED)
        self.client.username_pw_set(USER, PASSWORD)
        self.client.on_connect = lambda client, *_: client.subscribe([(name, 1) for name in topics])
        self.client.on_message = lambda client, userdata, message: self.messages.append(
            (message.topic, message.payload))
        self.client.connect(HOST, broker.port)
        self.client.loop_start()

    def kinds(self) -> list[str]:
        return [name.rsplit("/", 1)[1] for name, _ in self.messages]

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


def test_the_app_publishes_over_tls_with_a_user_and_password(broker, certificates, tmp_path):
    """`runofshow AGENDA --broker mqtts://tech:…@127.0.0.1:PORT --broker-ca venue-ca.pem`: the
    real app, a process of its own; its status and state reach the broker."""
    listener = TlsListener(broker, certificates, [topic(EVENT, ROOM, "status"), topic(EVENT, ROOM, "state")])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_DATA_DIR": str(tmp_path / "data"),
           "RUNOFSHOW_CONFIG_DIR": str(tmp_path / "config")}
    app = subprocess.Popen([sys.executable, "-m", "ui", str(WIPO), "--rehearse", "--broker", url(broker),
                            "--broker-ca", str(certificates / "venue-ca.pem"), "--room", ROOM,
                            "--event", EVENT], cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
    try:
        wait_for(lambda: {"status", "state"} <= set(listener.kinds()), timeout_s=30)
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
        listener.close()
    assert PASSWORD not in app.stderr.read().decode(errors="replace")  # never in a log


@pytest.fixture
def publish(qtbot, tmp_path):
    """start(url, ca) -> (controller, publisher) on a frozen show; stopped afterwards."""
    made = []

    def start(address: str, ca_file: str | None):
        controller, _ = frozen_controller(tmp_path)
        publisher = VenuePublisher(parse_broker_url(address), EVENT, ROOM, ca_file=ca_file)
        publisher.start()
        publisher.follow(controller)
        made.append(publisher)
        return controller, publisher

    yield start
    for publisher in made:
        started = time.monotonic()
        publisher.stop()
        assert time.monotonic() - started < 3  # no stall at the exit either


def line(publisher) -> str:
    return (publisher._line or ("",))[0]


def test_the_password_may_come_from_the_environment(qtbot, broker, certificates, publish, monkeypatch):
    monkeypatch.setenv("RUNOFSHOW_BROKER_PASSWORD", PASSWORD)
    _, publisher = publish(url(broker, password=None), str(certificates / "venue-ca.pem"))
    wait_for(lambda: line(publisher).startswith("publishing to"), qtbot=qtbot)


def test_a_wrong_password_is_a_clear_refusal_and_the_show_goes_on(qtbot, broker, certificates, publish,
                                                                 caplog):
    with caplog.at_level(logging.WARNING, logger="ui.venue_publisher"):
        controller, publisher = publish(url(broker, "wrong"), str(certificates / "venue-ca.pem"))
        wait_for(lambda: "refused" in line(publisher), qtbot=qtbot)
        started = time.perf_counter()
        assert controller.start("d1-opening") and controller.extend(5)
        assert time.perf_counter() - started < 0.2  # the journal does not wait for the broker
        qtbot.wait(2500)  # paho tries again meanwhile: the line stays the refusal's
    said = line(publisher)
    assert "refused" in said and "password" in said.lower(), said
    assert "2 journal entries wait" in said, said
    assert str(publisher.address) in said and "wrong" not in said  # the address, never the password
    refusals = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert refusals and len(refusals) <= 2, refusals  # said, not repeated at every try
    assert all("wrong" not in text for text in refusals)


def test_a_broker_certificate_from_another_authority_is_said(qtbot, broker, certificates, publish, caplog):
    with caplog.at_level(logging.WARNING, logger="ui.venue_publisher"):
        _, publisher = publish(url(broker), str(certificates / "other-ca.pem"))
        wait_for(lambda: "certificate" in line(publisher), qtbot=qtbot)
    assert "reconnecting" in line(publisher)
    assert any("certificate" in r.getMessage() for r in caplog.records)
