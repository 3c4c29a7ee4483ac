"""An MQTT client for the venue's broker (docs/venue.md), as the publisher and the overview
both make it: paho-mqtt's, its network loop on a thread of its own (`loop_start`), which
connects in the background and reconnects by itself. Imported only when a broker is asked
for: a show without one never loads paho.
"""

from __future__ import annotations

import os
import ssl

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion

from runofshow.venue import PASSWORD_VARIABLE, BrokerAddress

KEEPALIVE_S = 10  # a broker that stops answering is noticed within 1.5 × this
RECONNECT_MIN_S, RECONNECT_MAX_S = 1, 4  # a broker back on its feet is found again soon


def make_client(address: BrokerAddress, client_id: str, *, ca_file: str | None = None,
                will: tuple[str, bytes] | None = None, clean_session: bool = True,
                manual_ack: bool = False) -> mqtt.Client:
    """A client for `address`, not yet connected (`start` connects it). `will`: (topic,
    payload) the broker publishes, retained, if this client vanishes without a word.
    TLS (mqtts://) checks the broker's certificate against `ca_file`, else the system's
    authorities; a password comes from the address, else RUNOFSHOW_BROKER_PASSWORD (so
    it need not be on a command line every user can read). A standby's client keeps its
    session (`clean_session` False) and acknowledges each message itself (`manual_ack`),
    once it is on disk (ui/venue_follower.py)."""
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=client_id, clean_session=clean_session,
                         manual_ack=manual_ack)
    password = address.password if address.password is not None else os.environ.get(PASSWORD_VARIABLE)
    if address.username is not None:
        client.username_pw_set(address.username, password)
    if address.tls:
        client.tls_set(ca_certs=ca_file, cert_reqs=ssl.CERT_REQUIRED)
    if will is not None:
        client.will_set(will[0], will[1], qos=1, retain=True)
    client.reconnect_delay_set(RECONNECT_MIN_S, RECONNECT_MAX_S)
    # every unacknowledged QoS 1 message goes out again, in order, as soon as the broker
    # is back (with a limit, paho holds the rest back until acknowledgements come)
    client.max_inflight_messages_set(0)
    return client


def start(client: mqtt.Client, address: BrokerAddress) -> None:
    """Connect in the background: paho's thread keeps trying until the broker answers,
    and again whenever it goes away. Never waits for the network here."""
    client.connect_async(address.host, address.port, keepalive=KEEPALIVE_S)
    client.loop_start()
