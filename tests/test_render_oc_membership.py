"""Content shown or hidden by a membership dictionary (/OCMD): the disclosed page shows what the default view showed.

A membership dictionary decides by a policy over groups (/P /AllOff ...) or by a
visibility expression (/VE [/And ... [/Not ...]]). The output keeps no layer
configuration, so whatever such a dictionary hid in the original (a photo shown
only when every layer is off) must be taken out, and whatever it showed must stay.
MuPDF evaluates /AllOn, /AnyOff and /VE otherwise than the specification, so the
copy every stage reads (detection, rendering, the ink check) has each dictionary
judged once and made a plain group: MuPDF's drawing of that copy is the reference.
"""

from __future__ import annotations

from pathlib import Path

import shutil

import numpy as np
import pymupdf
import pytest

import pdf_builders as b
from conftest import mupdf_text, pdftotext
from test_hostile import NAME, PLAIN, _flat, redact
from test_hostile_objects import assert_looks_the_same, save

from redact.ingest.flatten import flat_input

VISIBLE = "Beslutet gäller från den 1 mars."
BAR = pymupdf.Rect(60, 200, 400, 240)
PICTURE = pymupdf.Rect(72, 300, 192, 380)

# (case, membership dictionary with {on1} {on2} {off1} for the groups' references, shown in the default view)
CASES = [
    ("/P /AllOff over a group that is on", "/OCGs[{on1}]/P/AllOff", False),
    ("/P /AllOff over a group that is off", "/OCGs[{off1}]/P/AllOff", True),
    ("/P /AnyOff over one on and one off", "/OCGs[{on1} {off1}]/P/AnyOff", True),
    ("/P /AllOn over one on and one off", "/OCGs[{on1} {off1}]/P/AllOn", False),
    ("/P /AllOn over two that are on", "/OCGs[{on1} {on2}]/P/AllOn", True),
    ("default /AnyOn over a group off by base state", "/OCGs[{off1}]", False),
    ("/VE [/Not on]", "/VE[/Not {on1}]", False),
    ("/VE [/And on [/Not off]]", "/VE[/And {on1} [/Not {off1}]]", True),
    ("/VE [/Or off [/And on [/Not on]]]", "/VE[/Or {off1} [/And {on1} [/Not {on2}]]]", False),
    ("/VE wins over /OCGs and /P", "/OCGs[{on1}]/P/AnyOn/VE[/Not {on1}]", False),
]


def _dark(path: Path, rect: pymupdf.Rect) -> int:
    """Dark pixels MuPDF draws inside ``rect`` of page 1."""
    with pymupdf.open(path) as doc:
        pix = doc[0].get_pixmap(dpi=72, colorspace=pymupdf.csGRAY, clip=rect)
        return int((np.frombuffer(pix.samples, dtype=np.uint8) < 160).sum())


def _read_copy(src: Path, tmp_path: Path) -> Path:
    """The copy every stage reads (layer conditions judged, annotations baked), kept beside the test."""
    with flat_input(src) as flat:
        return Path(shutil.copy(flat.path, tmp_path / "last.pdf"))


def _images(path: Path) -> int:
    with pymupdf.open(path) as doc:
        return sum(1 for x in range(1, doc.xref_length()) if doc.xref_get_key(x, "Subtype")[1] == "/Image")


def _groups(doc: pymupdf.Document) -> dict[str, str]:
    """Two groups on and one off by the base state of the default configuration."""
    refs = {name: f"{doc.add_ocg(name, on=True)} 0 R" for name in ("on1", "on2", "off1")}
    catalog = doc.pdf_catalog()
    doc.xref_set_key(catalog, "OCProperties/D/BaseState", "/OFF")
    doc.xref_set_key(catalog, "OCProperties/D/ON", f"[{refs['on1']} {refs['on2']}]")
    doc.xref_set_key(catalog, "OCProperties/D/OFF", "[]")
    return refs


def _file(tmp_path: Path, membership: str, shown: bool) -> Path:
    doc = b.new_pdf()
    page = b.text_page(doc, PLAIN)
    refs = _groups(doc)
    m = doc.get_new_xref()
    doc.update_object(m, "<</Type/OCMD" + membership.format(**refs) + ">>")
    page.draw_rect(BAR, color=None, fill=(0.3, 0.3, 0.3), oc=m)  # marked content /OC
    page.insert_image(PICTURE, pixmap=b.pattern_pixmap(120, 80), oc=m)  # /OC on the image XObject
    page.insert_text((72, 450), VISIBLE if shown else f"Ring {NAME} om beslutet.", fontsize=11, oc=m)
    return save(doc, tmp_path)


@pytest.mark.parametrize("membership,shown", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_content_of_a_membership_dictionary_shows_as_in_the_default_view(
    tmp_path: Path, blank_detector, membership: str, shown: bool
) -> None:
    src = _file(tmp_path, membership, shown)
    read = _read_copy(src, tmp_path)  # the copy every stage reads, drawn by MuPDF as the specification says
    assert (_dark(read, BAR) > 0) == shown and (_dark(read, PICTURE) > 0) == shown
    out = redact(src, tmp_path, blank_detector)
    assert_looks_the_same(read, out)
    assert (_dark(out, BAR) > 0) == shown
    assert _images(out) == (1 if shown else 0)  # a hidden picture is not in the file either
    texts = (mupdf_text(out), pdftotext(out))
    if shown:
        for text in texts:
            assert _flat(VISIBLE) in _flat(text)
    else:
        for text in (*texts, b.all_text(out)):
            assert "holmqvist" not in _flat(text)
    for text in texts:
        assert _flat(PLAIN[1]) in _flat(text)


def test_annotation_hidden_by_a_membership_dictionary_stays_unseen_and_one_shown_stays(tmp_path: Path, blank_detector) -> None:
    """A note with the name and a grey box that the default view hides through /OC; a box it shows."""
    doc = b.new_pdf()
    page = b.text_page(doc, PLAIN)
    refs = _groups(doc)
    hidden, shown = doc.get_new_xref(), doc.get_new_xref()
    doc.update_object(hidden, f"<</Type/OCMD/VE[/Not {refs['on1']}]>>")
    doc.update_object(shown, f"<</Type/OCMD/OCGs[{refs['on1']} {refs['off1']}]/P/AnyOff>>")
    note = page.add_freetext_annot(pymupdf.Rect(72, 420, 400, 450), f"Ring {NAME} om beslutet.", fontsize=11)
    box = page.add_rect_annot(BAR)
    box.set_colors(stroke=(0, 0, 0), fill=(0.3, 0.3, 0.3))
    box.update()
    kept = page.add_rect_annot(PICTURE)
    kept.set_colors(stroke=(0, 0, 0), fill=(0.2, 0.2, 0.2))
    kept.update()
    for annot, membership in ((note, hidden), (box, hidden), (kept, shown)):
        doc.xref_set_key(annot.xref, "OC", f"{membership} 0 R")
    src = save(doc, tmp_path)
    read = _read_copy(src, tmp_path)
    assert _dark(read, BAR) == 0 and _dark(read, PICTURE) > 0
    out = redact(src, tmp_path, blank_detector)
    assert_looks_the_same(read, out)
    assert _dark(out, BAR) == 0 and _dark(out, PICTURE) == _dark(read, PICTURE)
    for text in (mupdf_text(out), pdftotext(out), b.all_text(out)):
        assert "holmqvist" not in _flat(text)
