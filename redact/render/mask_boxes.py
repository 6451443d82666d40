"""The boxes drawn over what was removed, with their labels, placed right on pages with /UserUnit or turned."""

from __future__ import annotations

from collections.abc import Sequence

import pymupdf

from redact.render.box_paths import rect_paths
from redact.types import Rect

LABEL_FONT = "helv"
_MAX_LABEL_SIZE = 9.0
_MIN_LABEL_SIZE = 4.0


def user_unit(page: pymupdf.Page) -> float:
    """The page's /UserUnit (1 when absent or unreadable)."""
    try:
        kind, value = page.parent.xref_get_key(page.xref, "UserUnit")
        unit = float(value) if kind in ("int", "float", "real") else 1.0
    except Exception:  # pragma: no cover - damaged page dictionary
        return 1.0
    return unit if unit > 0 else 1.0


def as_drawn(rect: Rect, unit: float, rotation: int) -> Rect:
    """The rectangle to hand PyMuPDF's Shape so the box lands on ``rect``.

    On a page with /UserUnit, Shape places an upright page's rectangle's lower-left
    corner right but scales its width and height by the unit once more; the size is
    divided back. On a turned page Shape's matrix is built from the unscaled box, so
    every coordinate lands scaled by the unit once more: all are divided back.
    """
    if unit == 1.0:
        return rect
    x0, y0, x1, y1 = rect
    if rotation % 360:
        return (x0 / unit, y0 / unit, x1 / unit, y1 / unit)
    return (x0, y1 - (y1 - y0) / unit, x0 + (x1 - x0) / unit, y1)


def draw_boxes(page: pymupdf.Page, boxes: Sequence[tuple[Rect, str]], fill: tuple[float, float, float]) -> None:
    """Draw each box in ``fill`` with its label (if any) in black or white, whichever reads on the fill."""
    shape = page.new_shape()
    unit, rotation = user_unit(page), page.rotation  # (MuPDF is asked once, not once per box)
    shape.draw_cont += rect_paths([as_drawn(rect, unit, rotation) for rect, _ in boxes], shape.ipctm)
    shape.finish(fill=fill, color=None, width=0)
    light = 0.299 * fill[0] + 0.587 * fill[1] + 0.114 * fill[2] > 0.5
    ink = (0.0, 0.0, 0.0) if light else (1.0, 1.0, 1.0)
    for rect, label in boxes:
        placed = fit_label(rect, label)
        if placed:
            point, size = placed
            shape.insert_text(point, label, fontname=LABEL_FONT, fontsize=size, color=ink)
    shape.commit()


def fit_label(rect: Rect, label: str) -> tuple[pymupdf.Point, float] | None:
    """Baseline point and size that fit ``label`` in ``rect``, or None when it cannot be read."""
    if not label:
        return None
    x0, y0, x1, y1 = rect
    width, height = x1 - x0, y1 - y0
    size = min(_MAX_LABEL_SIZE, height * 0.8)
    text_width = pymupdf.get_text_length(label, fontname=LABEL_FONT, fontsize=size)
    room = width - 2.0
    if text_width > room:
        size = size * room / text_width if text_width else size
        text_width = pymupdf.get_text_length(label, fontname=LABEL_FONT, fontsize=size)
    if size < _MIN_LABEL_SIZE:
        return None
    baseline = (y0 + y1) / 2 + size * 0.35  # Helvetica cap height is about 0.7 em
    return pymupdf.Point(x0 + (width - text_width) / 2, baseline), size
