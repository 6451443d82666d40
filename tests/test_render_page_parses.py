"""A page's content stream is parsed once for its preparation and its removal, with the same result."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redact.render import content, page_redaction, pdf as render
from redact.render.content import ContentError, PageParses, parse
from redact.types import Mask

LINES = "Beslut om färdtjänst\nSökande: Ragnhild Østergaard-Lind\nBor på Kvarnbacken 7\nBeslutet gäller tills vidare."
NAME = "Ragnhild Østergaard-Lind"


def test_same_parse_once() -> None:
    stream = b"BT /F1 9 Tf 50 700 Td (Ragnhild) Tj T* (Kvarnbacken 7) Tj ET"
    parses = PageParses()
    first = parses(stream)
    assert first == parse(stream)
    assert parses(bytes(stream)) is first  # the same bytes read again: not parsed again
    assert parses(stream + b" q Q") == parse(stream + b" q Q")


def test_unreadable_stream_raises_every_time() -> None:
    parses = PageParses()
    for _ in range(2):
        with pytest.raises(ContentError):
            parses(b"BT (Ragnhild Tj ET")


def _letter(tmp_path: Path) -> tuple[Path, list[Mask]]:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((56, 700), LINES, fontsize=11)  # one text object, its lines set by T*
    rect = tuple(page.search_for(NAME)[0])
    path = tmp_path / "letter.pdf"
    doc.save(path)
    return path, [Mask(id="m1", page=1, rects=(rect,), category="PERSON", detector="test", score=1.0,
                           decision="auto-accepted", text=NAME)]


def _page_streams(path: Path) -> list[bytes]:
    with pymupdf.open(path) as doc:
        return [doc.xref_stream(x) for page in doc for x in page.get_contents()]


def test_page_read_twice_parsed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src, masks = _letter(tmp_path)
    asked: list[bytes] = []
    parsed: list[bytes] = []

    class Counting(PageParses):
        def __call__(self, data: bytes) -> content.Parsed:
            asked.append(data)
            return super().__call__(data)

    real = content.parse
    monkeypatch.setattr(content, "parse", lambda data: parsed.append(data) or real(data))
    monkeypatch.setattr(page_redaction, "PageParses", Counting)
    render.render_pdf(src, masks, tmp_path / "once.pdf")
    page_stream = asked[0]
    assert asked.count(page_stream) >= 2  # sizes anchored, then line starts kept: the same stream
    assert parsed.count(page_stream) == 1
    monkeypatch.undo()

    class Fresh(PageParses):  # every read parsed anew, as before
        def __call__(self, data: bytes) -> content.Parsed:
            return parse(data)

    monkeypatch.setattr(page_redaction, "PageParses", Fresh)
    render.render_pdf(src, masks, tmp_path / "fresh.pdf")
    assert _page_streams(tmp_path / "once.pdf") == _page_streams(tmp_path / "fresh.pdf")
    with pymupdf.open(tmp_path / "once.pdf") as doc:
        assert "Østergaard" not in doc[0].get_text() and "Kvarnbacken 7" in doc[0].get_text()
