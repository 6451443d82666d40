"""Vector art that opaque boxes or pictures drawn later hide together is removed; the covers stay.

A signature under two boxes drawn side by side lies under neither box alone; a stroke under the
second of two overlapping boxes is tested by MuPDF against the first rectangle that meets it
only. Both stayed in the file for any parser (MuPDF's drawings, poppler's cairo output) while a
viewer showed only the boxes. The strokes must be gone from both readings, the boxes must still
be drawn, and the page must draw as before.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

import pdf_builders as b
from removal_checks import assert_changes_only_under_black, poppler_strokes
from redact.verify.ink import ink_loss
from test_hostile_unseen import _render_flat

SIGNATURE = pymupdf.Rect(100, 170, 260, 270)


def _strokes(path: Path) -> list[pymupdf.Rect]:
    with pymupdf.open(path) as doc:
        return [pymupdf.Rect(d["rect"]) for d in doc[0].get_drawings() if d.get("color") is not None]


def _fills(path: Path) -> list[tuple[int, ...]]:
    with pymupdf.open(path) as doc:
        return sorted(tuple(round(v) for v in d["rect"]) for d in doc[0].get_drawings() if d.get("type") == "f")


def _signed(tmp_path: Path, colour: tuple[float, float, float], cover: str) -> Path:
    doc = b.new_pdf()
    page = b.text_page(doc, ["Beslut om bistånd", "Underskrift av handläggaren Leila Johansson-Tran"])
    page.draw_bezier((110, 240), (140, 180), (200, 260), (250, 200), color=(0, 0, 0.5), width=1.2)  # the signature
    page.draw_polyline([(200, 250), (215, 262), (230, 250)], color=(0, 0, 0.5), width=1.0, lineJoin=0)  # a flourish
    b.line(page, (72, 320), (500, 320))  # a rule on show
    if cover == "two boxes side by side":
        b.filled_rect(page, (100, 170, 180, 270), colour)
        b.filled_rect(page, (180, 170, 260, 270), colour)
    elif cover == "a box and a picture side by side":
        b.filled_rect(page, (100, 170, 180, 270), colour)
        pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 20, 20), False)
        pix.set_rect(pix.irect, tuple(int(255 * c) for c in colour))
        page.insert_image(pymupdf.Rect(180, 170, 260, 270), pixmap=pix, keep_proportion=False)
    elif cover == "two overlapping boxes":
        b.filled_rect(page, (100, 170, 205, 270), colour)  # meets the flourish's mitred bound, which lies inside the second
        b.filled_rect(page, (190, 170, 260, 270), colour)
    else:
        raise ValueError(cover)
    return b.save(doc, tmp_path / "signed.pdf")


@pytest.mark.parametrize("colour", [(1, 1, 1), (0, 0, 0)], ids=["white", "black"])
@pytest.mark.parametrize("cover", ["two boxes side by side", "a box and a picture side by side", "two overlapping boxes"])
def test_art_that_covers_hide_together_is_removed_and_the_covers_stay(cover: str, colour: tuple, tmp_path: Path) -> None:
    src = _signed(tmp_path, colour, cover)
    assert len([r for r in _strokes(src) if SIGNATURE.contains(r)]) == 2
    assert len(poppler_strokes(src)) == 3
    baked, out = _render_flat(src, tmp_path)
    assert not [r for r in _strokes(out) if SIGNATURE.intersects(r)], "a stroke under the covers is still in the file (MuPDF)"
    assert len(poppler_strokes(out)) == 1, "a stroke under the covers is still in the file (poppler)"
    assert [r for r in _strokes(out) if abs(r.y0 - 320) < 1 and r.width > 400]  # the rule on show stays
    assert _fills(out) == _fills(baked)  # the boxes are still drawn
    assert_changes_only_under_black(baked, out)
    assert ink_loss(baked, out, []) == []


def test_a_stroke_reaching_out_from_under_the_covers_stays(tmp_path: Path) -> None:
    doc = b.new_pdf()
    page = b.text_page(doc, ["Beslut om bistånd"])
    page.draw_bezier((110, 240), (140, 180), (200, 260), (290, 200), color=(0, 0, 0.5), width=1.2)  # ends beside the boxes
    b.filled_rect(page, (100, 170, 180, 270), (1, 1, 1))
    b.filled_rect(page, (180, 170, 260, 270), (1, 1, 1))
    src = b.save(doc, tmp_path / "out.pdf")
    baked, out = _render_flat(src, tmp_path)
    assert len(_strokes(out)) == 1 and len(poppler_strokes(out)) == 1
    assert ink_loss(baked, out, []) == []


def test_a_wide_stroke_whose_line_the_covers_hide_but_whose_edges_show_stays(tmp_path: Path) -> None:
    """A stroke whose line lies under the covers but whose width shows above and below them: taking it would
    change the page, so it stays and the run goes on (every trial showing once made the next trial fail and the
    page was refused)."""
    doc = b.new_pdf()
    page = b.text_page(doc, ["Beslut om bistånd"])
    b.line(page, (110, 220), (250, 220), width=40)  # drawn 200..240, the boxes cover 205..235
    b.filled_rect(page, (100, 205, 180, 235), (1, 1, 1))
    b.filled_rect(page, (180, 205, 260, 235), (1, 1, 1))
    src = b.save(doc, tmp_path / "bred.pdf")
    baked, out = _render_flat(src, tmp_path)
    assert len(_strokes(out)) == 1 and len(poppler_strokes(out)) == 1
    assert ink_loss(baked, out, []) == []


def _hatched_under_boxes(tmp_path: Path, paths: int) -> Path:
    """``paths`` short strokes (a hatch of a map), each across a seam between two of five white boxes drawn later."""
    doc = b.new_pdf()
    page = b.text_page(doc, ["Beslut om bistånd", "Kartan över fastigheten är maskerad av Oskar Haddad-Wikström"])
    shape = page.new_shape()
    seams = (150, 250, 350, 450)
    step = 400 / (paths / len(seams))
    for k in range(paths):
        x, y = seams[k % len(seams)], 300 + (k // len(seams)) * step
        shape.draw_line((x - 6, y), (x + 6, y + 0.3))
        shape.finish(color=(0, 0, 0.5), width=0.3)  # one path each
    shape.commit()
    b.line(page, (72, 760), (500, 760))  # a rule on show
    for x0, x1 in ((100, 150), (150, 250), (250, 350), (350, 450), (450, 500)):
        b.filled_rect(page, (x0, 290, x1, 710), (1, 1, 1))
    return b.save(doc, tmp_path / "karta.pdf")


def test_thousands_of_paths_under_several_covers_are_all_removed(tmp_path: Path) -> None:
    """More paths than a bound for speed once left in the file: every one is taken, the page draws as before."""
    src = _hatched_under_boxes(tmp_path, 1200)
    hidden = pymupdf.Rect(100, 290, 500, 710)
    assert len([r for r in _strokes(src) if hidden.contains(r)]) == 1200
    baked, out = _render_flat(src, tmp_path)
    assert not [r for r in _strokes(out) if hidden.intersects(r)], "strokes under the covers are still in the file (MuPDF)"
    assert len(poppler_strokes(out)) == 1, "strokes under the covers are still in the file (poppler)"
    assert [r for r in _strokes(out) if abs(r.y0 - 760) < 1 and r.width > 400]  # the rule on show stays
    assert len(_fills(out)) == 5  # the boxes are still drawn
    assert_changes_only_under_black(baked, out)
    assert ink_loss(baked, out, []) == []


def test_paths_under_covers_past_the_bound_are_refused_not_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the passes they need exceed the bound, the page is refused in one line."""
    from redact.errors import UnsupportedError
    import redact.render.art_under_covers as covers

    monkeypatch.setattr(covers, "MAX_PASSES", 1)  # the hatch's strokes meet: it needs more than one pass
    src = _hatched_under_boxes(tmp_path, 400)
    with pytest.raises(UnsupportedError) as info:
        _render_flat(src, tmp_path)
    message = str(info.value)
    assert "\n" not in message and "sida 1" in message and "skriv ut filen" in message
    assert not (tmp_path / "ut.pdf").exists()


def test_art_under_covers_that_mupdf_cannot_take_is_refused_not_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, blank_detector) -> None:
    """MuPDF raising while it takes the paths under the covers left them in the file, under the boxes, for any
    parser (they can be a name drawn as outlines): the run is refused in one line, and nothing is written."""
    from redact.errors import ArtRemovalError
    from redact.pipeline import RunOptions, run_file
    import redact.render.line_art_passes as passes

    def fails(page, group):
        raise RuntimeError("code=2: cannot apply redactions")  # as MuPDF gives up on a damaged page

    monkeypatch.setattr(passes, "_add_quickly", fails)
    src = _signed(tmp_path, (1, 1, 1), "two boxes side by side")
    out = tmp_path / "ut.pdf"
    with pytest.raises(ArtRemovalError) as info:
        run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert info.value.exit_code == 2
    message = str(info.value)
    assert "\n" not in message and "sida 1" in message and "skriv ut filen" in message
    assert "vector art" in info.value.render_message("en")
    assert not out.exists() and not list(tmp_path.glob(".ut.pdf*"))


def test_shapes_that_all_meet_stop_the_grouping_at_its_bound() -> None:
    """A map of shapes that all overlap needs a pass each: the grouping stops past the bound (the page is
    refused) rather than try each of thousands against every pass so far (minutes a page, test_3450)."""
    from redact.render.line_art_passes import passes_apart

    shapes = [(10.0 + i * 0.01, 10.0, 500.0, 700.0) for i in range(3000)]
    groups = passes_apart(shapes, 64)
    assert len(groups) == 65 and all(len(g) == 1 for g in groups)
    assert passes_apart(shapes[:5]) == [[s] for s in shapes[:5]]  # without a bound, every one is grouped


def test_paths_under_covers_read_over_arrays_as_pair_by_pair() -> None:
    """The arrays ask what the pairs asked: drawn after the path, meeting it, one holding its middle."""
    from redact.render.art_under_covers import paths_under_covers

    entries = [
        ("fill-path", (0.0, 0.0, 10.0, 10.0)),  # under the next fill
        ("stroke-path", (50.0, 50.0, 60.0, 51.0)),  # under nothing
        ("fill-path", (-5.0, -5.0, 20.0, 20.0)),
        ("fill-path", (55.0, 40.0, 70.0, 45.0)),  # drawn after the stroke, but apart from it
        ("fill-image", (0.0, 0.0, 1.0, 1.0)),  # too small to cover
    ]
    covers, found = paths_under_covers(entries)
    assert [j for j, _, _ in found] == [0]
    assert [covers.rects[k] for k in covers.later(0, entries[0][1]).nonzero()[0]] == [(-5.0, -5.0, 20.0, 20.0)]
