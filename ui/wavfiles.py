"""WAV files as the speech worker and the chime generator need them: 16-bit mono PCM read,
resampled, joined with silences and written; and whether a file is a whole WAV. Standard
library only."""

from __future__ import annotations

import struct
import sys
import wave
from array import array
from collections.abc import Sequence
from pathlib import Path

GAP_S = 0.3  # silence between the chime and each language


def write_mono16(path: Path, samples: array | list[int], rate: int) -> Path:
    """Write 16-bit mono samples as a WAV (little-endian, as WAV is)."""
    data = array("h", samples)
    if sys.byteorder == "big":
        data.byteswap()
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(data.tobytes())
    return path


def read_mono16(path: Path) -> tuple[int, array]:
    """(sample rate, 16-bit mono samples) of a PCM WAV; several channels are averaged."""
    with wave.open(str(path), "rb") as wav:
        if wav.getsampwidth() != 2:
            raise wave.Error(f"{path.name}: only 16-bit PCM is supported")
        channels, rate = wav.getnchannels(), wav.getframerate()
        data = array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        data.byteswap()
    if channels > 1:
        data = array("h", (sum(data[i:i + channels]) // channels
                           for i in range(0, len(data) - channels + 1, channels)))
    return rate, data


def resample(data: array, src: int, dst: int) -> array:
    """From `src` Hz to `dst` Hz. The usual case, our 44.1 kHz chime before espeak-ng's
    22.05 kHz speech, is an integer ratio: keep every other sample (a C-speed slice: the
    worker must not hold the GIL long while the Qt thread wants it; the chime has nothing
    above 3 kHz to alias). Other ratios: linear interpolation, good enough for a chime."""
    if src == dst or not data:
        return data
    if src > dst and src % dst == 0:
        return data[:: src // dst]
    count = max(1, round(len(data) * dst / src))
    step = (len(data) - 1) / max(1, count - 1)
    out = array("h")
    for i in range(count):
        x = i * step
        j = min(int(x), len(data) - 2) if len(data) > 1 else 0
        frac = x - j
        nxt = data[j + 1] if len(data) > 1 else data[j]
        out.append(round(data[j] * (1.0 - frac) + nxt * frac))
    return out


def join_wavs(out: Path, pieces: Sequence[Path], gap_s: float = GAP_S) -> Path:
    """Write the WAVs `pieces` one after the other, `gap_s` of silence between them, as one
    mono 16-bit WAV at the rate of the last piece (the speech; a chime is resampled)."""
    loaded = [read_mono16(p) for p in pieces]
    if not loaded:
        raise ValueError("nothing to join")
    rate = loaded[-1][0]
    data = array("h")
    gap = array("h", bytes(2 * round(gap_s * rate)))
    for position, (src, samples) in enumerate(loaded):
        if position:
            data.extend(gap)
        data.extend(resample(samples, src, rate))
    return write_mono16(out, data, rate)


def wav_is_complete(path: Path) -> bool:
    """True if `path` is a whole RIFF/WAVE file with some audio: exactly as long as its RIFF
    header says, with its data chunk entirely inside. A WAV still being written, or cut
    short, is empty or shorter than its header says (Python's wave module, which pyttsx3
    writes with, puts the sizes in the header before the audio)."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as file:
            head = file.read(12)
            if len(head) < 12 or head[:4] != b"RIFF" or head[8:] != b"WAVE":
                return False
            if struct.unpack("<I", head[4:8])[0] + 8 != size:
                return False
            position = 12
            while position + 8 <= size:  # chunks: 4-byte id, 4-byte size, data (padded to even)
                file.seek(position)
                chunk, length = struct.unpack("<4sI", file.read(8))
                if chunk == b"data":
                    return length > 0 and position + 8 + length <= size
                position += 8 + length + (length & 1)
    except OSError:
        return False
    return False
