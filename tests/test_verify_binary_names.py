"""A masked name standing as bytes in lossless image data or a colour table is found by verification.

The samples of a Flate, run-length or uncompressed image (its soft mask too) and an indexed colour
space's table are read by `strings` once decompressed; no page reading shows them, and verification
skipped them: a file with the name spelled in a picture's bytes was disclosed. They are now read
for whole masked names (two words or more) in Latin-1 and UTF-16BE, and such a file is refused.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

import pdf_builders as b
from redact.errors import VerificationError
from redact.pipeline import RunOptions, run_file
from redact.verify.binary_names import byte_pattern, holds_name
from redact.verify.rule import verify_pdf

NAME = "Vera Holmqvist"
MASK = b.mask(1, [(72, 90, 200, 104)], text=NAME)


def _run_length(data: bytes) -> bytes:
    out = bytearray()
    for i in range(0, len(data), 128):
        chunk = data[i : i + 128]
        out += bytes([len(chunk) - 1]) + chunk
    return bytes(out + b"\x80")


def _samples(text: bytes, width: int = 64, height: int = 8, channels: int = 1) -> bytes:
    """Image samples (mid grey) with ``text`` written into the second row."""
    data = bytearray(b"\x80" * (width * height * channels))
    at = width * channels + 5
    data[at : at + len(text)] = text
    return bytes(data)


def _pdf(line: str, image: bytes, extra: tuple[bytes, ...] = ()) -> bytes:
    """A page with ``line`` and the image object 6 drawn beside it; ``extra`` objects from 7 on."""
    content = b.text_op("Beslut om bistand", 72, 760) + b.text_op(line, 72, 740) + b"q 200 0 0 25 300 500 cm /Im1 Do Q\n"
    return b.raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[5 0 R]/Count 1>>",
        b.raw_stream(b"", content),
        b.HELVETICA,
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>/XObject<</Im1 6 0 R>>>>"
        b"/Contents 3 0 R>>",
        image,
        *extra,
    ])


GREY = b"/Type/XObject/Subtype/Image/Width 64/Height 8/BitsPerComponent 8/ColorSpace/DeviceGray"
RGB = b"/Type/XObject/Subtype/Image/Width 64/Height 8/BitsPerComponent 8/ColorSpace/DeviceRGB"
INDEXED = b"/Type/XObject/Subtype/Image/Width 64/Height 8/BitsPerComponent 8"


def _cases(name: str) -> dict[str, bytes]:
    latin, utf16 = name.encode("latin-1"), name.upper().encode("utf-16-be")
    table = bytes(range(0, 96)) + latin + bytes(768 - 96 - len(latin))
    return {
        "Flate grey samples": b.raw_stream(GREY + b"/Filter/FlateDecode", zlib.compress(_samples(latin))),
        "RGB samples in UTF-16BE, in capitals": b.raw_stream(RGB + b"/Filter/FlateDecode",
                                                             zlib.compress(_samples(utf16, channels=3))),
        "uncompressed samples": b.raw_stream(GREY, _samples(latin)),
        "run-length samples": b.raw_stream(GREY + b"/Filter/RunLengthDecode", _run_length(_samples(latin))),
        "soft mask samples": b.raw_stream(GREY + b"/SMask 7 0 R", _samples(b"")),
        "indexed colour table (a stream)": b.raw_stream(INDEXED + b"/ColorSpace[/Indexed/DeviceRGB 255 7 0 R]",
                                                        bytes(64 * 8)),
        "indexed colour table (a string, UTF-16BE)": b.raw_stream(
            INDEXED + b"/ColorSpace[/Indexed/DeviceRGB 255 <" + (bytes(20) + utf16).ljust(768, b"\0").hex().encode() + b">]",
            bytes(64 * 8)),
    }, {
        "soft mask samples": (b.raw_stream(GREY + b"/Filter/FlateDecode", zlib.compress(_samples(latin))),),
        "indexed colour table (a stream)": (b.raw_stream(b"", table),),
    }


CASES = list(_cases(NAME)[0])


def _file(tmp_path: Path, case: str, name: str = NAME, line: str = "Handlaggare: se bilaga") -> Path:
    images, extras = _cases(name)
    path = tmp_path / "in.pdf"
    path.write_bytes(_pdf(line, images[case], extras.get(case, ())))
    return path


@pytest.mark.parametrize("case", CASES)
def test_a_name_in_lossless_image_data_or_a_colour_table_fails_verification(case: str, tmp_path: Path) -> None:
    src = _file(tmp_path, case)
    result = verify_pdf(src, [MASK])
    assert not result.ok
    assert result.failures == ((1, "PERSON"),)  # the page that draws it


@pytest.mark.parametrize("case", CASES)
def test_image_data_with_another_name_or_one_word_of_the_name_passes(case: str, tmp_path: Path) -> None:
    assert verify_pdf(_file(tmp_path, case, name="Karin Lindgren"), [MASK]).ok
    assert verify_pdf(_file(tmp_path, case, name="  Holmqvist    "), [MASK]).ok  # one word alone can be any bytes


def test_a_file_with_the_name_in_a_picture_s_bytes_is_refused_with_exit_3(tmp_path: Path, blank_detector) -> None:
    src = _file(tmp_path, "Flate grey samples", line=f"Handlaggare: {NAME}")
    out = tmp_path / "ut.pdf"
    with pytest.raises(VerificationError) as info:
        run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert info.value.exit_code == 3
    message = str(info.value)
    assert "\n" not in message and "Holmqvist" not in message and "sida 1" in message
    assert not out.exists()


def test_the_byte_expression_reads_separators_case_and_every_encoding() -> None:
    pattern = byte_pattern(["vera holmqvist", "łucja nowak-öberg", "åsa ek"])
    for found in (b"..VERA_HOLMQVIST..", b"xxVeraHolmqvist-Regular", "Łucja Nowak Öberg".encode("utf-16-be"),
                  b"\x00" + "ŁUCJA NOWAK-ÖBERG".encode("utf-16-be"), "Åsa Ek".encode("latin-1"), "ÅSA  EK".encode("utf-16-be"),
                  "Łucja Nowak-Öberg".encode("utf-8"), "ŁUCJA_NOWAK_ÖBERG".encode("utf-8")):
        assert holds_name(pattern, found), found
    for clean in (b"Vera Holmqvis", b"Holmqvist", "Åsa".encode("latin-1"), bytes(4096), b"vera\x00holmqvist"):
        assert not holds_name(pattern, clean), clean
    assert byte_pattern([]) is None
