"""Render the app's icon (packaging/linux/org.runofshow.RunOfShow.svg) to the PNG sizes a
Linux desktop looks for, and to Windows' .ico and macOS' .icns, with Qt's own SVG renderer:

    python packaging/icons.py OUT_DIR

writes OUT_DIR/hicolor/NxN/apps/org.runofshow.RunOfShow.png for N in SIZES,
OUT_DIR/runofshow.ico and OUT_DIR/runofshow.icns. packaging/build.py runs it with the build
venv's PySide6 (nothing rendered is committed: the SVG is the source).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_ID = "org.runofshow.RunOfShow"
SVG = Path(__file__).resolve().parent / "linux" / f"{APP_ID}.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZE = 256  # the largest a .ico holds
ICNS_SIZE = 512


def render(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen is needed to draw
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (Qt needs one)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"icons.py: {SVG} is not a valid SVG")

    def image(size: int) -> QImage:
        picture = QImage(size, size, QImage.Format.Format_ARGB32)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        return picture

    written = []
    for size in SIZES:
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image(size).save(str(path), "PNG"):
            raise SystemExit(f"icons.py: could not write {path}")
        written.append(path)
    # Qt's ico and icns writers write the one image they are given: the largest each format
    # holds, which Windows and macOS scale down
    for name, fmt, size in (("runofshow.ico", b"ico", ICO_SIZE), ("runofshow.icns", b"icns", ICNS_SIZE)):
        path = out / name
        writer = QImageWriter(str(path), fmt)
        if not writer.write(image(size)):
            raise SystemExit(f"icons.py: could not write {path}: {writer.errorString()}")
        written.append(path)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    for path in render(Path(sys.argv[1])):
        print(path)
