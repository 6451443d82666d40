"""Table rules and frames turned white in the image Tesseract reads, so they are not read as letters."""

from __future__ import annotations

import numpy as np

#: A dark run at least this long (inches) along a row is a horizontal rule, not ink of a letter.
RULE_MIN_WIDTH_IN = 0.35
#: A dark run at least this long (inches) down a column is a vertical rule (a 40 pt letter's stem).
RULE_MIN_HEIGHT_IN = 0.4
#: A rule is at most this thick (inches, about 2 pt); thicker dark bands are shading or images.
RULE_MAX_THICKNESS_IN = 0.03
_THICKEN_BY = 2
#: Grey level under which a pixel counts as ink when looking for rules: thin rules are
#: anti-aliased to light grey, which Tesseract's own thresholding still turns black.
RULE_INK_LEVEL = 200


def remove_rules(gray: np.ndarray, dpi: int) -> np.ndarray:
    """The image with long horizontal and vertical lines (table rules, frames) turned white.

    Tesseract reads the rules of a table as "|", "I", "[" or "T" glued to the words in the
    cells ("TEVA" for "EvA"), which hides initials and names from detection. Only the image
    Tesseract reads is changed; pixels are blanked in the page's own image. A scan skewed by
    a degree or two breaks a rule into row segments, so runs are found on ink thickened by
    two pixels across the line.
    """
    ink = gray < RULE_INK_LEVEL
    if not ink.any():
        return gray
    # A shaded cell or a photo is also long dark runs, row after row, with text inside it;
    # a rule is thin: runs stacked thicker than a rule (plus the thickening) are left alone.
    thick = round(RULE_MAX_THICKNESS_IN * dpi) + 2 * _THICKEN_BY + 1
    across = _long_runs(_thicken(ink, axis=0), max(8, round(RULE_MIN_WIDTH_IN * dpi)))
    if across.any():
        across &= ~_long_runs(across.T, thick).T
    down = _long_runs(_thicken(ink, axis=1).T, max(8, round(RULE_MIN_HEIGHT_IN * dpi))).T
    if down.any():
        down &= ~_long_runs(down, thick)
    rules = (across | down) & ink
    if not rules.any():
        return gray
    out = gray.copy()
    out[rules] = 255
    return out


def _thicken(ink: np.ndarray, axis: int, by: int = _THICKEN_BY) -> np.ndarray:
    """Ink grown by ``by`` pixels on both sides along ``axis``."""
    out = ink.copy()
    for k in range(1, by + 1):
        if axis == 0:
            out[k:] |= ink[:-k]
            out[:-k] |= ink[k:]
        else:
            out[:, k:] |= ink[:, :-k]
            out[:, :-k] |= ink[:, k:]
    return out


def _long_runs(ink: np.ndarray, length: int) -> np.ndarray:
    """The pixels of ``ink`` that lie in a run of at least ``length`` along a row."""
    h, w = ink.shape
    out = np.zeros((h, w + 2), dtype=bool)
    if w < length:
        return out[:, 1:-1]
    # Rows padded with a blank pixel on each side, laid end to end: a run never spans two rows.
    padded = np.zeros((h, w + 2), dtype=np.int8)
    padded[:, 1:-1] = ink
    step = np.diff(padded.ravel())
    starts = np.flatnonzero(step == 1) + 1  # first ink pixel of each run
    ends = np.flatnonzero(step == -1) + 1  # first blank pixel after it
    keep = np.flatnonzero(ends - starts >= length)
    flat = out.ravel()
    for i in keep:  # rules are few: tens of runs on a page
        flat[starts[i] : ends[i]] = True
    return out[:, 1:-1]
