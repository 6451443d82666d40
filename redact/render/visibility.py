"""Why a traced span cannot be seen by how it is drawn: render mode, opacity, size, a layer that is off, its background's colour."""

from __future__ import annotations

from collections.abc import Collection

import pymupdf

from redact.render.glyphs import INVISIBLE_TYPES
from redact.types import Rect

#: Below this size (points) text is unreadable on paper and on screen.
MIN_VISIBLE_SIZE = 1.0
#: Per-channel distance under which text colour counts as the background colour.
COLOUR_TOLERANCE = 0.06
#: Opacity under which text counts as transparent.
MIN_OPACITY = 0.02


def span_hidden_reason(
    span: dict, hidden_layers: Collection[str], background: Backgrounds | None, drawn_type3: bool = False,
    em: float | None = None,
) -> str:
    # MuPDF traces a Type 3 glyph whose procedure it runs as drawing commands as type 3, like invisible
    # text: that is not invisible text, and removing it made a logo vanish without a box. Whether the
    # procedure drew anything is read from the device log (see _painted_by_procedure), not assumed.
    coloured_type3 = drawn_type3 and span["type"] in INVISIBLE_TYPES
    if span["type"] in INVISIBLE_TYPES and not coloured_type3:
        return "invisible"
    opacity = span.get("opacity")
    if opacity is not None and opacity < MIN_OPACITY:
        return "transparent"
    if (span["size"] if em is None else em) < MIN_VISIBLE_SIZE:
        return "tiny"
    if hidden_layers and span.get("layer") in hidden_layers:
        return "layer"
    # A glyph procedure that sets its own colour does not draw in the text colour.
    if background is not None and not coloured_type3 and needs_background(span):
        colour = _rgb(span)
        under = background.colour_under(span["bbox"], span.get("seqno", 0))
        if colour is not None and under is not None and _close(colour, under):
            return "background"
    return ""


def needs_background(span: dict) -> bool:
    """Only light text can vanish on a page that is white unless painted."""
    colour = _rgb(span)
    return colour is not None and min(colour) > 0.5


def _rgb(span: dict) -> tuple[float, float, float] | None:
    c = span.get("color")
    if not c:
        return None
    if len(c) == 1:
        return (c[0], c[0], c[0])
    if len(c) == 3:
        return (c[0], c[1], c[2])
    if len(c) == 4:
        k = c[3]
        return ((1 - c[0]) * (1 - k), (1 - c[1]) * (1 - k), (1 - c[2]) * (1 - k))
    return None


def _close(a: tuple[float, float, float], b: tuple[float, float, float]) -> bool:
    return all(abs(x - y) <= COLOUR_TOLERANCE for x, y in zip(a, b))


class Backgrounds:
    """What is painted under a point: white paper, a filled path, or an image (unknown)."""

    def __init__(self, page: pymupdf.Page):
        self._fills: list[tuple[int, Rect, tuple[float, float, float]]] = []
        for d in page.get_drawings():
            fill = d.get("fill")
            if fill is None or (d.get("fill_opacity") or 1.0) < 0.5:
                continue
            rgb = _rgb({"color": fill})
            if rgb is not None:
                r = d["rect"]
                self._fills.append((d.get("seqno", 0), (r.x0, r.y0, r.x1, r.y1), rgb))
        self._images = [tuple(i["bbox"]) for i in page.get_image_info()]

    def colour_under(self, bbox: Rect, seqno: int) -> tuple[float, float, float] | None:
        """The colour behind the centre of ``bbox`` when drawn at ``seqno``; None if unknown."""
        cx, cy = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
        for x0, y0, x1, y1 in self._images:
            if x0 <= cx <= x1 and y0 <= cy <= y1:
                return None  # a picture behind: light text may well be readable on it
        best: tuple[int, tuple[float, float, float]] | None = None
        for s, (x0, y0, x1, y1), rgb in self._fills:
            if s < seqno and x0 <= cx <= x1 and y0 <= cy <= y1 and (best is None or s > best[0]):
                best = (s, rgb)
        return best[1] if best else (1.0, 1.0, 1.0)
