"""Make the chimes in assets/sounds/: `python packaging/make_chimes.py [OUT_DIR]`.

Each chime is two soft bell-like notes synthesised from scratch (no recording, no sample
library), so the files are ours and released under CC0 (see assets/README.md):

- attention.wav: C5 then E5, a rising major third ("ding-dong, listen"), 1.1 s;
- end.wav: G5 then C5, a falling fifth ("that's it"), 1.2 s.

A note is a fundamental plus two quieter overtones, each decaying exponentially (the higher
ones faster, as a struck bell does). The first note keeps ringing under the second. A
half-cosine attack of 8 ms and a half-cosine fade over the last 150 ms take both edges to
exactly zero, so the chime never clicks when a player starts or stops it. The peak is 45 %
of full scale: a chime announces speech and must not be louder than it.

The output is 44.1 kHz mono 16-bit PCM and deterministic: running this again writes the
same samples (tests/test_speech.py checks the committed files against it).
"""

from __future__ import annotations

import math
import sys
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path

RATE = 44_100
PEAK = 0.45  # of full scale, about -7 dBFS
ATTACK_S = 0.008
FADE_S = 0.15
DECAY_S = 0.32  # time constant of the fundamental's decay
# (frequency ratio, amplitude, decay speed-up): a fundamental and two overtones
PARTIALS = ((1.0, 1.0, 1.0), (2.0, 0.35, 1.8), (3.0, 0.12, 2.6))


@dataclass(frozen=True)
class Note:
    freq_hz: float
    at_s: float


@dataclass(frozen=True)
class Chime:
    duration_s: float
    notes: tuple[Note, ...]


CHIMES: dict[str, Chime] = {
    "attention.wav": Chime(1.1, (Note(523.25, 0.0), Note(659.26, 0.38))),
    "end.wav": Chime(1.2, (Note(783.99, 0.0), Note(523.25, 0.45))),
}


def _half_cosine(x: float) -> float:
    """0 at x <= 0, 1 at x >= 1, smooth in between (no corner, so no click)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    return 0.5 * (1.0 - math.cos(math.pi * x))


def chime_samples(name: str) -> list[int]:
    """The 16-bit samples of chime `name` (a key of CHIMES)."""
    chime = CHIMES[name]
    count = round(chime.duration_s * RATE)
    mix = [0.0] * count
    for note in chime.notes:
        start = round(note.at_s * RATE)
        for i in range(start, count):
            t = (i - start) / RATE
            value = 0.0
            for ratio, amplitude, speed in PARTIALS:
                value += (amplitude * math.exp(-t * speed / DECAY_S)
                          * math.sin(2.0 * math.pi * note.freq_hz * ratio * t))
            mix[i] += _half_cosine(t / ATTACK_S) * value
    scale = PEAK * 32767 / max(abs(x) for x in mix)
    fade_from = count - round(FADE_S * RATE)
    out = []
    for i, x in enumerate(mix):
        gain = 1.0 - _half_cosine((i - fade_from) / (count - 1 - fade_from))
        out.append(round(x * scale * gain))
    return out


def write_wav(path: Path, samples: list[int]) -> None:
    data = array("h", samples)
    if sys.byteorder == "big":  # WAV is little-endian
        data.byteswap()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(data.tobytes())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else Path(__file__).resolve().parent.parent / "assets" / "sounds"
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in CHIMES:
        path = out_dir / name
        write_wav(path, chime_samples(name))
        print(f"{path}: {CHIMES[name].duration_s:.2f} s, {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
