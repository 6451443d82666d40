"""Layers that are off: what they paint stays unseen in the disclosed page, and layers that are on stay.

The output has no layer configuration, so every layer in it shows. Whatever a
layer that was off paints (a drawing, a picture, a form) must therefore be taken
out, or the disclosed page shows what nobody saw in the original. Each file is
redacted through ``run_file`` and must render exactly as the input did.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

import pdf_builders as b
from conftest import mupdf_text, pdftotext
from test_hostile import NAME, PLAIN, _flat, redact
from test_hostile_objects import assert_looks_the_same, save

VISIBLE = "Beslutet gäller från den 1 mars."


def _images(path: Path) -> int:
    with pymupdf.open(path) as doc:
        return sum(1 for x in range(1, doc.xref_length()) if doc.xref_get_key(x, "Subtype")[1] == "/Image")


def _dark(path: Path) -> int:
    with pymupdf.open(path) as doc:
        pix = doc[0].get_pixmap(dpi=72, colorspace=pymupdf.csGRAY)
        return sum(1 for v in pix.samples if v < 128)


def _art_and_picture_in_a_layer_that_is_off(tmp_path: Path) -> Path:
    """A grey bar and a photo in a layer that is off; visible text in a layer that is on, with the same name."""
    doc = b.new_pdf()
    page = b.text_page(doc, PLAIN)
    off = doc.add_ocg("Skiss", on=False)
    on = doc.add_ocg("Skiss 2", on=True)
    doc.xref_set_key(on, "Name", "(Skiss)")
    doc.xref_set_key(on, "Usage", "<</CreatorInfo<</Creator(Ritprogram)/Subtype/Artwork>>>>")  # not merged on save  # same name: layers are told apart by object, not name
    page.draw_rect(pymupdf.Rect(60, 90, 400, 130), color=None, fill=(0.3, 0.3, 0.3), oc=off)
    page.insert_image(pymupdf.Rect(72, 300, 192, 380), pixmap=b.pattern_pixmap(120, 80), oc=off)
    page.insert_text((72, 450), VISIBLE, fontsize=11, oc=on)
    return save(doc, tmp_path)


def test_art_and_picture_of_a_layer_that_is_off_stay_unseen(tmp_path: Path, blank_detector) -> None:
    src = _art_and_picture_in_a_layer_that_is_off(tmp_path)
    out = redact(src, tmp_path, blank_detector)
    assert_looks_the_same(src, out)
    assert _images(out) == 0  # the unseen photo is not in the file either
    for text in (mupdf_text(out), pdftotext(out)):
        assert _flat(VISIBLE) in _flat(text)  # the layer that is on keeps its text


def test_text_of_a_layer_that_is_off_goes_and_the_layer_that_is_on_keeps_its_own(tmp_path: Path, blank_detector) -> None:
    doc = b.new_pdf()
    page = b.text_page(doc, PLAIN)
    off = doc.add_ocg("Anteckningar", on=False)
    on = doc.add_ocg("Anteckningar 2", on=True)
    doc.xref_set_key(on, "Name", "(Anteckningar)")
    doc.xref_set_key(on, "Usage", "<</CreatorInfo<</Creator(Ritprogram)/Subtype/Artwork>>>>")  # not merged on save
    page.insert_text((72, 420), f"Ring {NAME} om beslutet.", fontsize=11, oc=off)
    page.insert_text((72, 450), VISIBLE, fontsize=11, oc=on)
    src = save(doc, tmp_path)
    out = redact(src, tmp_path, blank_detector)
    assert_looks_the_same(src, out)
    for text in (mupdf_text(out), pdftotext(out), b.all_text(out)):
        assert "holmqvist" not in _flat(text)
    for text in (mupdf_text(out), pdftotext(out)):
        assert _flat(VISIBLE) in _flat(text)


def _membership(doc: pymupdf.Document, groups: list[int], policy: str) -> int:
    xref = doc.get_new_xref()
    doc.update_object(xref, f"<</Type/OCMD/OCGs[{' '.join(f'{g} 0 R' for g in groups)}]/P/{policy}>>")
    return xref


def test_picture_and_form_hidden_through_a_membership_dictionary_stay_unseen(tmp_path: Path, blank_detector) -> None:
    """/OC on the XObjects themselves, through /OCMD policies that hide them for every reader."""
    inner = b.new_pdf()
    b.text_page(inner, [f"Utkast av {NAME}"])
    doc = b.new_pdf()
    page = b.text_page(doc, PLAIN)
    on, off = doc.add_ocg("Synligt", on=True), doc.add_ocg("Dolt", on=False)
    both = _membership(doc, [on, off], "AllOff")  # one group is on: hidden
    any_on = _membership(doc, [on, off], "AnyOn")  # one group is on: shown, and must stay
    only_off = _membership(doc, [off], "AnyOn")  # hidden
    picture = page.insert_image(pymupdf.Rect(72, 300, 192, 380), pixmap=b.pattern_pixmap(120, 80))
    page.insert_image(pymupdf.Rect(300, 300, 420, 380), pixmap=b.pattern_pixmap(100, 70))
    page.show_pdf_page(pymupdf.Rect(60, 400, 560, 800), inner, 0)
    shown_picture = [x for x in (i[0] for i in page.get_images(full=True)) if x != picture][0]
    doc.xref_set_key(picture, "OC", f"{both} 0 R")
    doc.xref_set_key(shown_picture, "OC", f"{any_on} 0 R")  # any group on: shows, and must stay
    fullpage = [x for x, name, *_ in page.get_xobjects() if name == "fullpage"][0]
    doc.xref_set_key(fullpage, "OC", f"{only_off} 0 R")
    src = save(doc, tmp_path)
    out = redact(src, tmp_path, blank_detector)
    assert_looks_the_same(src, out)
    assert _images(out) == 1
    for text in (mupdf_text(out), pdftotext(out), b.all_text(out)):
        assert "holmqvist" not in _flat(text)


def test_layer_that_is_on_paints_as_before(tmp_path: Path, blank_detector) -> None:
    """Nothing of a layer that is on is taken: its drawing and picture stay."""
    doc = b.new_pdf()
    page = b.text_page(doc, PLAIN)
    on = doc.add_ocg("Karta", on=True)
    page.draw_rect(pymupdf.Rect(60, 90, 400, 130), color=None, fill=(0.3, 0.3, 0.3), oc=on)
    page.insert_image(pymupdf.Rect(72, 300, 192, 380), pixmap=b.pattern_pixmap(120, 80), oc=on)
    src = save(doc, tmp_path)
    out = redact(src, tmp_path, blank_detector)
    assert_looks_the_same(src, out)
    assert _images(out) == 1
    assert _dark(out) == _dark(src) > 0
