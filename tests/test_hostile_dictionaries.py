"""A name in a dictionary no reader draws and a parser reads: spot colour names, the file identifier,
colour profile texts, output intent notes, entries of their own in fonts, graphics states, shadings and groups.

Each file is built here with the name only beside the page text, run through the product, and the
output is read every way (MuPDF, pdftotext, every object and decoded stream, the trailer): the name
is gone, and the page is drawn as before (a spot colour keeps its colour, a profile its colours).
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import pymupdf
import pytest

import pdf_builders as b
from conftest import mupdf_text
from test_hostile import assert_gone, redact

NAME = "Vera Holmqvist"
PLAIN = b.text_op("Beslut om bistand", 72, 760) + b.text_op("Arendet galler hemtjanst i Norrvik.", 72, 740)
TINT = b"<</FunctionType 2/Domain[0 1]/C0[0 0 0 0]/C1[0 0.6 0.9 0]/N 1>>"


def icc_profile(desc: str) -> bytes:
    """A small grey ICC profile (version 2) whose description tag reads ``desc``."""
    text = desc.encode() + b"\0"
    desc_tag = b"desc" + bytes(4) + struct.pack(">I", len(text)) + text + bytes(4 + 4 + 3 + 67)
    desc_tag += bytes(-len(desc_tag) % 4)
    tags = [(b"desc", desc_tag), (b"wtpt", b"XYZ " + bytes(4) + struct.pack(">iii", 63190, 65536, 54061)),
            (b"kTRC", b"curv" + bytes(4) + struct.pack(">I", 0))]
    offset, table, data = 132 + 12 * len(tags), b"", b""
    for sig, body in tags:
        table += sig + struct.pack(">II", offset + len(data), len(body))
        data += body + bytes(-len(body) % 4)
    header = (struct.pack(">I", offset + len(data)) + b"none\x02\x10\0\0mntrGRAYXYZ " + bytes(12) + b"acsp" + bytes(28)
              + struct.pack(">iii", 63190, 65536, 54061))
    return header + bytes(128 - len(header)) + struct.pack(">I", len(tags)) + table + data


def _page(content: bytes, resources: bytes, extra=(), catalog: bytes = b"", trailer: bytes = b"", page: bytes = b"") -> bytes:
    return b.raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R" + catalog + b">>",
        b"<</Type/Pages/Kids[5 0 R]/Count 1>>",
        b.raw_stream(b"", PLAIN + content),
        b.HELVETICA,
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>" + resources
        + b">>/Contents 3 0 R" + page + b">>",
        *extra,
    ], trailer=trailer)


FILL = b"/CS0 cs 1 scn 72 500 200 40 re f"
CASES = {
    "spot colour named after the person (Separation)": lambda: _page(
        FILL, b"/ColorSpace<</CS0[/Separation/Vera#20Holmqvist/DeviceCMYK 6 0 R]>>", [TINT]),
    "spot colour in a DeviceN space, with /Colorants": lambda: _page(
        FILL, b"/ColorSpace<</CS0[/DeviceN[/Vera#20Holmqvist]/DeviceCMYK 6 0 R"
              b"<</Colorants<</Vera#20Holmqvist[/Separation/Vera#20Holmqvist/DeviceCMYK 6 0 R]>>>>]>>", [TINT]),
    "file identifier and an entry of its own in the trailer": lambda: _page(
        b"", b"", trailer=b"/ID[(Vera Holmqvist)(Vera Holmqvist)]/Handlaggare(Vera Holmqvist)"),
    "colour profile description": lambda: _page(
        b"/CS0 cs 0.4 sc 72 500 200 40 re f", b"/ColorSpace<</CS0[/ICCBased 6 0 R]>>",
        [b.raw_stream(b"/N 1/Alternate/DeviceGray", icc_profile(f"Profil av {NAME}"))]),
    "output intent note and profile": lambda: _page(
        b"", b"", [b.raw_stream(b"/N 1", icc_profile(f"Profil av {NAME}"))],
        catalog=b"/OutputIntents[<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier(Custom)"
                b"/Info(Vera Holmqvist)/OutputCondition(Vera Holmqvist)/DestOutputProfile 6 0 R>>]"),
    "entries of their own in a graphics state, a shading and a group": lambda: _page(
        b"/GS1 gs q 72 500 200 40 re W n /Sh1 sh Q",
        b"/ExtGState<</GS1<</CA 1/Note(Vera Holmqvist)>>>>/Shading<</Sh1<</ShadingType 2/ColorSpace/DeviceGray"
        b"/Coords[72 0 272 0]/Function<</FunctionType 2/Domain[0 1]/C0[0.2]/C1[0.8]/N 1/Av(Vera Holmqvist)>>"
        b"/Owner(Vera Holmqvist)>>>>", page=b"/Group<</S/Transparency/CS/DeviceRGB/Author(Vera Holmqvist)>>"),
    "entries of their own in a font and its descriptor": lambda: _page(
        b.text_op("Norrvik kommun", 72, 600, font=b"F2"), b"/Font<</F1 4 0 R/F2 6 0 R>>",
        [b"<</Type/Font/Subtype/TrueType/BaseFont/Arial/FirstChar 32/LastChar 126/FontDescriptor 7 0 R"
         b"/Encoding/WinAnsiEncoding/Signed(Vera Holmqvist)>>",
         b"<</Type/FontDescriptor/FontName/Arial/Flags 32/FontBBox[0 -200 1000 900]/ItalicAngle 0/Ascent 900"
         b"/Descent -200/CapHeight 700/StemV 80/Designer(Vera Holmqvist)>>"]),
}


def _gray(path: Path) -> np.ndarray:
    with pymupdf.open(path) as doc:
        pix = doc[0].get_pixmap(dpi=50, colorspace=pymupdf.csRGB, alpha=False)
        return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).astype(int)


@pytest.mark.parametrize("case", list(CASES))
def test_name_in_a_dictionary_beside_the_drawing_is_removed(case: str, tmp_path: Path, blank_detector) -> None:
    src = tmp_path / "in.pdf"
    src.write_bytes(CASES[case]())
    assert NAME in b.all_text(src) or NAME.replace(" ", "#20") in b.all_text(src)
    out = redact(src, tmp_path, blank_detector)
    assert_gone(out, NAME, "Holmqvist")
    raw = out.read_bytes()
    assert b"Holmqvist" not in raw
    assert "Norrvik" in mupdf_text(out)
    # the page draws as before: colours, spot colours and shadings unchanged
    assert np.abs(_gray(src) - _gray(out)).max() <= 2


def test_a_masked_name_left_as_a_font_name_fails_verification(tmp_path: Path, blank_detector) -> None:
    """A font named after the person whose name is masked on the page: the name stays (a reader finds
    the font by it), so a parser lists it; the objects check reads names too and the run is refused."""
    from redact.errors import RedactError
    from redact.pipeline import RunOptions, run_file

    doc = b.new_pdf()
    page = b.text_page(doc, ["Beslut om bistånd", f"Handläggare: {NAME}", "Ärendet gäller hemtjänst i Norrvik."])
    font = doc.get_new_xref()
    doc.update_object(font, "<</Type/Font/Subtype/Type1/BaseFont/Vera-Holmqvist/Encoding/WinAnsiEncoding>>")
    kind, value = doc.xref_get_key(page.xref, "Resources")
    holder, key = (int(value.split()[0]), "Font/FHQ") if kind == "xref" else (page.xref, "Resources/Font/FHQ")
    doc.xref_set_key(holder, key, f"{font} 0 R")
    contents = page.get_contents()[0]
    doc.update_stream(contents, doc.xref_stream(contents) + b"\nBT /FHQ 10 Tf 72 100 Td (Norrvik kommun) Tj ET")
    src = b.save(doc, tmp_path / "in.pdf")
    out = tmp_path / "ut.pdf"
    with pytest.raises(RedactError) as info:
        run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert info.value.exit_code in (2, 3)
    assert "\n" not in str(info.value) and "Holmqvist" not in str(info.value)
    assert not out.exists()
