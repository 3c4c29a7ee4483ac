"""The bundle's entry point: `runofshow` as pip installs it (ui.launcher:main), plus one
diagnostic that only a bundle needs.

    runofshow --speech-check OUT.wav    render one English phrase with the bundle's own
                                        pyttsx3 to OUT.wav; exit 0, or 1 saying why not

A bundled app carries pyttsx3 but finds espeak-ng's library (libespeak-ng.so.1) on the
system at run time; this says, on the venue PC itself, whether that works, without opening
the windows. tests/test_bundle.py uses it to check the WAV is not silent.
"""

from __future__ import annotations

import sys
from pathlib import Path

SPEECH_CHECK = "--speech-check"
PHRASE = "Five minutes remaining."


def speech_check(out: str) -> int:
    from ui.tts_engine import SpeechError, render_to_wav

    try:
        path = render_to_wav(PHRASE, "en", Path(out))
    except SpeechError as exc:
        print(f"runofshow: speech does not work here: {exc}", file=sys.stderr)
        return 1
    print(f"runofshow: speech works; {PHRASE!r} written to {path}")
    return 0


def main() -> int:
    args = sys.argv[1:]
    if len(args) == 2 and args[0] == SPEECH_CHECK:
        return speech_check(args[1])
    from ui.launcher import main as launch

    return launch(args)


if __name__ == "__main__":
    raise SystemExit(main())
