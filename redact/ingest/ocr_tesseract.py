"""Tesseract's command line: one image in, its words out (TSV), and its orientation check (OSD).

Tesseract runs as a subprocess with ``OMP_THREAD_LIMIT=1``: several pages run in
parallel instead (see ``ocr_parallel``). Word boxes come back in pixels of the
image that was read.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from redact.errors import InputError, LimitError

if TYPE_CHECKING:
    from redact.ingest.ocr_memo import OcrMemo


@dataclass(frozen=True)
class OcrSettings:
    """How pages are OCR'd; passed in, never global."""

    dpi: int = 300
    lang: str = "swe"
    timeout: float = 120.0  # seconds per page before the page is refused
    margin: float = 1.0  # points added around every OCR word box, so masks cover the ink
    psm: int = 3
    orientation: bool = True  # detect pages scanned at 90/180/270 degrees
    executable: str = "tesseract"
    extra: tuple[str, ...] = ("-c", "tessedit_do_invert=0")
    remove_rules: bool = True  # whiten table rules and frames in the image Tesseract reads
    # Tesseract first reads a page at this resolution (0: at dpi). Its neural recogniser scales
    # every line to one height anyway; the fewer pixels save about a tenth of a dense page's
    # time. Small print, a poor reading or no words at all are read again at dpi.
    read_dpi: int = 200
    # this run's readings by image pixels (see ingest/ocr_memo.py); None: every image is read afresh
    memo: OcrMemo | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class TsvWord:
    """One word of Tesseract's TSV output, in image pixels."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float  # 0..1
    line: tuple[int, int, int]  # (block, paragraph, line)


def tesseract_available(executable: str = "tesseract") -> bool:
    """True when the Tesseract command line and its Swedish model are installed."""
    exe = shutil.which(executable)
    if exe is None:
        return False
    try:
        done = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "swe" in done.stdout.split()


def pgm_bytes(gray: np.ndarray) -> bytes:
    h, w = gray.shape
    return b"P5\n%d %d\n255\n" % (w, h) + np.ascontiguousarray(gray).tobytes()


def run_tesseract(image: bytes, settings: OcrSettings, page_label: str = "", psm: int | None = None, dpi: int | None = None) -> list[TsvWord]:
    """OCR one image (PNM/PNG bytes) and return its words."""
    exe = shutil.which(settings.executable)
    if exe is None:
        raise InputError(
            "textigenkänning (Tesseract) saknas: installera Debian-paketen tesseract-ocr och tesseract-ocr-swe (make setup)"
        )
    cmd = [exe, "stdin", "stdout", "-l", settings.lang, "--psm", str(psm if psm is not None else settings.psm),
           "--dpi", str(dpi or settings.dpi), *settings.extra, "tsv"]
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        done = subprocess.run(cmd, input=image, capture_output=True, timeout=settings.timeout, env=env, check=False)
    except subprocess.TimeoutExpired:
        raise LimitError(
            "{page_label}textigenkänningen tog mer än {timeout:.0f} s och avbröts; dela upp dokumentet eller höj tidsgränsen", page_label=page_label, timeout=settings.timeout
        ) from None
    if done.returncode != 0:
        msg = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["okänt fel"]
        raise InputError("{page_label}textigenkänningen misslyckades ({msg})", page_label=page_label, msg=msg[0][:120])
    return parse_tsv(done.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> list[TsvWord]:
    """Words (level 5) of Tesseract's TSV output."""
    words: list[TsvWord] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        if not text:
            continue
        try:
            left, top, width, height = (int(c) for c in cols[6:10])
            conf = float(cols[10])
        except ValueError:
            continue
        if width <= 0 or height <= 0:
            continue
        words.append(TsvWord(text, left, top, width, height, max(0.0, min(conf / 100.0, 1.0)), (int(cols[2]), int(cols[3]), int(cols[4]))))
    return words


#: Pixels the shorter side of an image keeps at half size for the orientation check to be tried there first.
OSD_HALF_MIN_SIDE = 300


def detect_orientation(gray: np.ndarray, settings: OcrSettings, dpi: int) -> tuple[int, float]:
    """(degrees to rotate clockwise so the text is upright, confidence) from Tesseract's OSD; (0, 0.0) when unsure."""
    exe = shutil.which(settings.executable)
    if exe is None:
        return 0, 0.0
    # Half resolution is enough for a dense page and faster; a sparse page needs every character.
    # A small image (a line, a stamp) is not tried at half size: the check at full size follows
    # anyway and sees all the half-size one would, and at half size there is too little to judge.
    steps = (2, 1) if dpi >= 250 and min(gray.shape) >= 2 * OSD_HALF_MIN_SIDE else (1,)
    for step in steps:
        try:
            done = subprocess.run(
                [exe, "stdin", "stdout", "--psm", "0", "--dpi", str(dpi // step)],
                input=pgm_bytes(gray[::step, ::step]), capture_output=True, timeout=settings.timeout,
                env=dict(os.environ, OMP_THREAD_LIMIT="1"), check=False,
            )
        except subprocess.TimeoutExpired:
            return 0, 0.0
        out = done.stdout.decode("utf-8", "replace")
        rot = re.search(r"Rotate:\s*(\d+)", out)
        conf = re.search(r"Orientation confidence:\s*([\d.]+)", out)
        if rot:
            return int(rot.group(1)) % 360, float(conf.group(1)) if conf else 0.0
    return 0, 0.0
