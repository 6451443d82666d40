"""A font program named after the person: its names are cleaned in the output, its glyphs drawn as before.

A TrueType font's `name` table (designer, family: Mac Roman and UTF-16BE), a CFF font's Name INDEX
and Top DICT strings (notice, copyright), a Type 1 font's cleartext (`/FullName`, `/Notice`,
`/FontName`, its header comment) all stayed in the disclosed file, where `strings` or any font tool
lists them, while the name was masked on the page. And verification, which skipped font programs,
passed such a file.
"""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path

import numpy as np
import pymupdf
import pytest

import font_builders as fb
import pdf_builders as b
from redact.errors import VerificationError
from redact.pipeline import RunOptions, run_file
from redact.render.font_programs import clean, font_texts, tainted_by
from redact.verify.rule import verify_pdf

NAME = "Vera Holmqvist"
KINDS = ["truetype", "cff", "type1"]
#: The line drawn in the named font (PDF space y 600, 24 pt), in top-left page coordinates.
KEPT_LINE = pymupdf.Rect(60, 842 - 630, 420, 842 - 590)


def _mupdf_line(path: Path) -> np.ndarray:
    with pymupdf.open(path) as doc:
        pix = doc[0].get_pixmap(dpi=144, clip=KEPT_LINE, colorspace=pymupdf.csGRAY, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width].astype(int)


def _poppler_line(path: Path) -> np.ndarray:
    r = 144 / 72
    args = ["pdftoppm", "-r", "144", "-gray", "-x", str(int(KEPT_LINE.x0 * r)), "-y", str(int(KEPT_LINE.y0 * r)),
            "-W", str(int(KEPT_LINE.width * r)), "-H", str(int(KEPT_LINE.height * r)), str(path)]
    pgm = subprocess.run(args, capture_output=True, check=True).stdout
    w, h = int(KEPT_LINE.width * r), int(KEPT_LINE.height * r)
    return np.frombuffer(pgm[-w * h :], dtype=np.uint8).reshape(h, w).astype(int)


@pytest.mark.parametrize("kind", KINDS)
def test_a_font_named_after_the_person_loses_the_name_and_draws_alike(kind: str, tmp_path: Path, blank_detector) -> None:
    src = tmp_path / "in.pdf"
    src.write_bytes(fb.pdf_with_font(kind, NAME, f"Handlaggare: {NAME}"))
    assert fb.streams_hold(src, "Holmqvist")  # the page's text and the font program
    out = tmp_path / "ut.pdf"
    disclosure = run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert disclosure.verification is not None and disclosure.verification.ok
    assert fb.streams_hold(out, "Holmqvist") == [], "the name is still in a stream of the output (a font program)"
    assert "Holmqvist" not in out.read_bytes().decode("latin-1")
    with pymupdf.open(out) as doc:  # the font is still the embedded one, and its line is still text
        assert "Norrvik kommun" in doc[0].get_text()
        assert any(f[1] != "n/a" for f in doc[0].get_fonts())
    for draw in (_mupdf_line, _poppler_line):
        before, after = draw(src), draw(out)
        assert (before < 128).sum() > 200  # the line is drawn, in the font's own glyphs
        assert np.abs(before - after).max() <= 2, f"the kept line draws otherwise ({draw.__name__})"


@pytest.mark.parametrize("kind", KINDS)
def test_verification_refuses_a_name_left_in_a_font_program(kind: str, tmp_path: Path) -> None:
    """The name stands only in the font program (the page never shows it): verification reads the program."""
    src = tmp_path / "in.pdf"
    src.write_bytes(fb.pdf_with_font(kind, NAME, "Handlaggare: se bilaga"))
    result = verify_pdf(src, [b.mask(1, [(72, 90, 200, 104)], text=NAME)])
    assert not result.ok
    assert {c for _, c in result.failures} == {"PERSON"}
    assert verify_pdf(src, [b.mask(1, [(72, 90, 200, 104)], text="Karin Lindgren")]).ok  # another person's name: clean


UTF8_NAME = "Märta Nyström"


def test_a_type1_font_naming_the_person_in_utf8_loses_the_name(tmp_path: Path, blank_detector) -> None:
    """Font tools write a designer's "Märta" in UTF-8: read as Latin-1 it never matched the masked name."""
    src = tmp_path / "in.pdf"
    src.write_bytes(fb.pdf_with_font("type1", UTF8_NAME, f"Handläggare: {UTF8_NAME}", encoding="utf-8"))
    assert fb.streams_hold(src, "Nyström")
    out = tmp_path / "ut.pdf"
    disclosure = run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert disclosure.verification is not None and disclosure.verification.ok
    assert fb.streams_hold(out, "Nyström") == [], "the UTF-8 name is still in the font program"
    assert "Nyström".encode() not in out.read_bytes()


def test_verification_refuses_a_utf8_name_left_in_a_font_program(tmp_path: Path) -> None:
    src = tmp_path / "in.pdf"
    src.write_bytes(fb.pdf_with_font("type1", UTF8_NAME, "Handlaggare: se bilaga", encoding="utf-8"))
    result = verify_pdf(src, [b.mask(1, [(72, 90, 200, 104)], text=UTF8_NAME)])
    assert not result.ok
    assert verify_pdf(src, [b.mask(1, [(72, 90, 200, 104)], text="Karin Lindgren")]).ok


def test_a_font_program_left_uncleaned_fails_the_run_with_exit_3(tmp_path: Path, blank_detector, monkeypatch) -> None:
    import redact.render.pdf as render

    monkeypatch.setattr(render, "clean_font_programs", lambda doc, texts: 0)  # as if the cleaning missed it
    src = tmp_path / "in.pdf"
    src.write_bytes(fb.pdf_with_font("cff", NAME, f"Handlaggare: {NAME}"))
    out = tmp_path / "ut.pdf"
    with pytest.raises(VerificationError) as info:
        run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert info.value.exit_code == 3
    message = str(info.value)
    assert "\n" not in message and "Holmqvist" not in message and "sida 1" in message
    assert not out.exists()


def _tables(data: bytes) -> dict[bytes, tuple[int, int, int]]:
    count = struct.unpack_from(">H", data, 4)[0]
    out = {}
    for k in range(count):
        tag, checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * k)
        out[tag] = (checksum, offset, length)
    return out


def _sum(data: bytes) -> int:
    data += bytes(-len(data) % 4)
    return sum(struct.unpack(f">{len(data) // 4}I", data)) & 0xFFFFFFFF


def test_a_cleaned_truetype_font_keeps_valid_checksums_and_its_glyphs() -> None:
    data = fb.truetype_named(NAME)
    cleaned = clean(data, tainted_by([NAME]))
    assert cleaned is not None and len(cleaned) == len(data)
    assert "holmqvist" not in cleaned.decode("latin-1").casefold()
    assert "holmqvist" not in cleaned[1:].decode("utf-16-be", errors="replace").casefold()
    assert "holmqvist" not in cleaned.decode("utf-16-be", errors="replace").casefold()
    for tag, (checksum, offset, length) in _tables(cleaned).items():
        if tag != b"head":
            assert checksum == _sum(cleaned[offset : offset + length]), tag
    assert _sum(cleaned) == 0xB1B0AFBA  # the whole font, with head's adjustment
    kept = [t.text for t in font_texts(cleaned) if t.text.strip()]
    assert "Copyright (c) 2007 Red Hat, Inc. All rights reserved. LIBERATION is a trademark of Red Hat, Inc." in kept
    a, c = pymupdf.Font(fontbuffer=data), pymupdf.Font(fontbuffer=cleaned)
    assert a.glyph_count == c.glyph_count and a.text_length("Norrvik kommun") == c.text_length("Norrvik kommun")


@pytest.mark.parametrize("kind", KINDS)
def test_a_font_that_names_no_one_masked_is_left_as_it_was(kind: str) -> None:
    data = {"truetype": fb.truetype_named, "cff": fb.cff_named, "type1": lambda n: b"".join(fb.type1_named(n))}[kind](NAME)
    assert [t for t in font_texts(data) if "Holmqvist" in t.text]  # the reader finds the name
    assert clean(data, tainted_by(["Karin Lindgren", "Holm"])) is None


def test_a_short_name_in_a_font_s_own_strings_fails_verification(tmp_path: Path) -> None:
    """A name too short to look for in any run of bytes ("Ali Tran") is still read in the font's strings."""
    src = tmp_path / "in.pdf"
    src.write_bytes(fb.pdf_with_font("cff", "Ali Tran", "Handlaggare: se bilaga"))
    assert not verify_pdf(src, [b.mask(1, [(72, 90, 200, 104)], text="Ali Tran")]).ok
    assert verify_pdf(src, [b.mask(1, [(72, 90, 200, 104)], text="Ali Berg")]).ok


#: The font's own name in its dictionaries: a subset tag and the person's name (a space as #20).
NAMED_FONT = b"ABCDEF+Vera#20Holmqvist"


@pytest.mark.parametrize("kind", KINDS)
def test_an_embedded_font_named_after_the_person_is_renamed_and_draws_alike(kind: str, tmp_path: Path,
                                                                           blank_detector) -> None:
    """The font's /BaseFont and /FontName kept the masked name (a font sample page whose font names were masked as
    names, a handwriting font): verification read them in the file's names and refused. The name plays no part in
    drawing an embedded font: it is renamed, and the check of names stays as strict."""
    src = tmp_path / "in.pdf"
    src.write_bytes(fb.pdf_with_font(kind, NAME, f"Handlaggare: {NAME}", font_name=NAMED_FONT))
    out = tmp_path / "ut.pdf"
    disclosure = run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert disclosure.verification is not None and disclosure.verification.ok
    data = out.read_bytes().decode("latin-1")
    assert "Holmqvist" not in data and "ABCDEF+Font" in data
    with pymupdf.open(out) as doc:
        assert "Norrvik kommun" in doc[0].get_text()
        assert [f[3] for f in doc[0].get_fonts() if f[1] != "n/a"] == ["ABCDEF+Font1"]
    for draw in (_mupdf_line, _poppler_line):
        before, after = draw(src), draw(out)
        assert (before < 128).sum() > 200
        assert np.abs(before - after).max() <= 2, f"the kept line draws otherwise ({draw.__name__})"


def test_a_font_not_embedded_keeps_its_name_and_the_file_is_refused(tmp_path: Path, blank_detector) -> None:
    """A font that is not embedded is found by its name: renamed, another font would be drawn. Its name, read by
    verification, still refuses the file, as it does anywhere else in the file."""
    content = b.text_op(f"Handlaggare: {NAME}", 72, 740) + b.text_op(fb.KEPT, 72, 600, size=24, font=b"F2")
    src = tmp_path / "in.pdf"
    src.write_bytes(b.one_page_pdf(content, b"/Font<</F1 4 0 R/F2 6 0 R>>", [
        b"<</Type/Font/Subtype/Type1/BaseFont/" + NAMED_FONT + b"/Encoding/WinAnsiEncoding/FontDescriptor 7 0 R>>",
        b"<</Type/FontDescriptor/FontName/" + NAMED_FONT + b"/Flags 32/FontBBox[0 -250 1000 900]/ItalicAngle 0"
        b"/Ascent 900/Descent -250/CapHeight 700/StemV 80>>",
    ]))
    out = tmp_path / "ut.pdf"
    with pytest.raises(VerificationError) as info:
        run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert info.value.exit_code == 3 and not out.exists()


def test_a_type0_font_s_descendant_written_inside_it_is_renamed_too() -> None:
    """A Type 0 font (as a font sample page writes it) holds its CID font in its own dictionary, with no object
    of its own: its /BaseFont is renamed with the outer one's, and the descriptor's /FontName."""
    from redact.render.font_names import rename_fonts
    from redact.verify.objects import names_in

    data = open(fb.LIBERATION, "rb").read()
    descendant = (b"<</Type/Font/Subtype/CIDFontType2/BaseFont/" + NAMED_FONT + b"/CIDSystemInfo<</Registry(Adobe)"
                  b"/Ordering(Identity)/Supplement 0>>/FontDescriptor 7 0 R/CIDToGIDMap/Identity>>")
    pdf = b.raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[5 0 R]/Count 1>>",
        b.raw_stream(b"", b"BT /F1 20 Tf 72 700 Td <00330034> Tj ET"),
        b"<</Type/Font/Subtype/Type0/BaseFont/" + NAMED_FONT + b"/Encoding/Identity-H/DescendantFonts[" + descendant
        + b"]>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>/Contents 3 0 R>>",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
        b"<</Type/FontDescriptor/FontName/" + NAMED_FONT + b"/Flags 32/FontBBox[0 -250 1000 900]/ItalicAngle 0"
        b"/Ascent 900/Descent -250/CapHeight 700/StemV 80/FontFile2 8 0 R>>",
        b.raw_stream(b"/Length1 %d" % len(data), data),
    ])
    with pymupdf.open("pdf", pdf) as doc:
        assert rename_fonts(doc, [NAME]) == 3
        assert rename_fonts(doc, [NAME]) == 0
        names = set().union(*(names_in(doc.xref_object(x, compressed=True).encode("latin-1")) for x in range(1, 8)))
        assert not any("Holmqvist" in n for n in names) and "ABCDEF+Font1" in names
        assert "Helvetica" in names  # a font not named after anyone keeps its name
