#!/usr/bin/env python3
"""Build the blind detection evaluation set: gold files and two PDF renderings of each document.

Usage:
    python scripts/make_detect_eval2.py [--no-libreoffice] [--data DIR]

``--data`` names another set laid out the same way (default ``scripts/data/detect_eval2``).

Sources are ``scripts/data/detect_eval2/src/*.txt``: one fictional document each, written
with inline marks ``{{CODE|text}}`` or ``{{CODE.pattern|text}}`` (see the README next to
them). For each source this writes

* ``scripts/data/detect_eval2/NAME.gold.json``: everything that must be masked (``expected``),
  what must stay readable (``keep``) and what may go either way (``ignore``);
* ``scripts/data/detect_eval2/pdf/NAME.mupdf.pdf``: laid out in code with PyMuPDF;
* ``scripts/data/detect_eval2/pdf/NAME.lo.pdf``: a flat ODF text document (.fodt) written
  here and exported by LibreOffice (``soffice --headless --convert-to pdf``), when installed.

A ``?`` inside a mark is replaced by a check digit so identifiers are valid: ``??`` right
after an IBAN's country code is the ISO 7064 check; a single ``?`` is the Luhn digit over the
digits before it since the mark's start or the previous ``?`` (over the last nine of them when
there are more, as for a twelve-digit personnummer or a VAT number).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "scripts" / "data" / "detect_eval2"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

#: Mark codes and the gold category they stand for; KEEP must stay readable, IGNORE may go either way.
CODES = {
    "P": "PERSON", "I": "INITIALS", "PN": "PERSONNUMMER", "ID": "OTHER_ID", "A": "ADDRESS",
    "T": "PHONE", "E": "EMAIL", "B": "BANK_ACCOUNT", "IB": "IBAN", "O": "ORG_NUMBER",
    "K": "KEEP", "X": "IGNORE",
}
MARK = re.compile(r"\{\{([A-Z_]+)(?:\.([a-z_]+))?\|(.*?)\}\}", re.S)
PAGE_BREAK = "==="

PAGE_W, PAGE_H, MARGIN = 595.0, 842.0, 50.0
BODY_SIZE, TABLE_SIZE, HEAD_SIZE = 10.0, 9.0, 13.0
CELL_PAD = 4.5  # points each side of a cell's text: cells stay apart in the text reading


@dataclass(frozen=True)
class Item:
    """One marked piece of a document."""

    text: str
    category: str
    pattern: str
    page: int


def luhn_digit(digits: str) -> str:
    """The Luhn check digit for ``digits``."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def iban_check(country: str, bban: str) -> str:
    """The two ISO 7064 mod 97-10 check digits of an IBAN."""
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def fill_checks(text: str) -> str:
    """Replace the ``?`` placeholders in one mark by check digits."""
    m = re.match(r"([A-Z]{2})\?\?", text)
    if m:
        bban = re.sub(r"\s", "", text[4:])
        if "?" in bban:
            raise ValueError(f"an IBAN takes only its two check digits as '?': {text!r}")
        return text[:2] + iban_check(m.group(1), bban) + text[4:]
    out, since = [], ""
    for ch in text:
        if ch == "?":
            d = luhn_digit(since[-9:] if len(since) > 9 else since)
            out.append(d)
            since = ""
        else:
            out.append(ch)
            if ch.isdigit():
                since += ch
    return "".join(out)


def parse(source: str) -> tuple[str, list[tuple[int, int, str, str]]]:
    """Plain text and its marks as (start, end, code, pattern)."""
    plain, marks, pos = [], [], 0
    length = 0
    for m in MARK.finditer(source):
        plain.append(source[pos:m.start()])
        length += m.start() - pos
        code, pattern, text = m.group(1), m.group(2) or "", fill_checks(m.group(3))
        marks.append((length, length + len(text), code, pattern))
        plain.append(text)
        length += len(text)
        pos = m.end()
    plain.append(source[pos:])
    text = "".join(plain)
    if "{{" in text or "}}" in text:
        raise ValueError("a mark is not closed")
    return text, marks


def items_of(text: str, marks: list[tuple[int, int, str, str]]) -> list[Item]:
    """The marks as gold items with their page (pages are split by a line ``===``)."""
    breaks = [m.start() for m in re.finditer(rf"^{PAGE_BREAK}$", text, re.M)]
    out = []
    for s, e, code, pattern in marks:
        page = 1 + sum(b < s for b in breaks)
        out.append(Item(text[s:e], CODES.get(code, code), pattern, page))
    return out


def unmarked_repeats(text: str, marks: list[tuple[int, int, str, str]]) -> list[str]:
    """Whole-word occurrences of a marked string outside every mark (an annotation slip)."""
    slips = []
    for needle in sorted({text[s:e] for s, e, _, _ in marks}):
        for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text):
            if not any(s <= m.start() and m.end() <= e for s, e, _, _ in marks):
                slips.append(f"{needle!r} at {m.start()}")
    return slips


# ---------------------------------------------------------------- layout, shared by both renderings

@dataclass
class Block:
    """A heading, a line of body text, an empty line, a table or a page break."""

    kind: str  # "head", "line", "blank", "table", "page"
    text: str = ""
    rows: list[list[str]] | None = None


def blocks_of(text: str) -> list[Block]:
    """Group the plain text's lines into blocks; consecutive ``|`` lines form one table."""
    out: list[Block] = []
    for line in text.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line[1:].split("|")]
            if out and out[-1].kind == "table":
                out[-1].rows.append(cells)
            else:
                out.append(Block("table", rows=[cells]))
        elif line == PAGE_BREAK:
            out.append(Block("page"))
        elif line.startswith("# "):
            out.append(Block("head", line[2:]))
        elif not line.strip():
            out.append(Block("blank"))
        else:
            out.append(Block("line", line))
    return out


def column_widths(rows: list[list[str]], measure, avail: float) -> list[float]:
    """Each column as wide as its widest cell, shrunk in proportion when the table is too wide."""
    n = max(len(r) for r in rows)
    widths = [0.0] * n
    for r in rows:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], measure(c) + 2 * CELL_PAD + 2, 18.0)
    total = sum(widths)
    if total > avail:
        widths = [w * avail / total for w in widths]
    return widths


def wrap(text: str, width: float, measure) -> list[str]:
    """Word-wrap ``text`` to ``width`` points."""
    if not text:
        return [""]
    lines, cur = [], ""
    for word in text.split(" "):
        cand = f"{cur} {word}" if cur else word
        if cur and measure(cand) > width:
            lines.append(cur)
            cur = word
        else:
            cur = cand
    lines.append(cur)
    return lines


def render_mupdf(text: str, out: Path) -> None:
    """Lay the document out with PyMuPDF: DejaVu Sans, tables with ruled cells."""
    import pymupdf

    doc = pymupdf.open()
    font, bold = pymupdf.Font(fontfile=str(FONT)), pymupdf.Font(fontfile=str(FONT_BOLD))
    state = {"page": None, "y": 0.0}

    def new_page():
        state["page"], state["y"] = doc.new_page(width=PAGE_W, height=PAGE_H), MARGIN
        state["fonts"] = set()

    def put(page, pos, ln, name, size):
        # Fonts are embedded only on pages that use them: an unused one would not be subset.
        if name not in state["fonts"]:
            page.insert_font(fontname=name, fontfile=str(FONT_BOLD if name == "dvb" else FONT))
            state["fonts"].add(name)
        page.insert_text(pos, ln, fontname=name, fontsize=size)

    def need(h: float):
        if state["page"] is None or state["y"] + h > PAGE_H - MARGIN:
            new_page()

    avail = PAGE_W - 2 * MARGIN
    for b in blocks_of(text):
        if b.kind == "page":
            new_page()
        elif b.kind == "blank":
            need(BODY_SIZE)
            state["y"] += BODY_SIZE * 0.9
        elif b.kind in ("head", "line"):
            f, size, name = (bold, HEAD_SIZE, "dvb") if b.kind == "head" else (font, BODY_SIZE, "dv")
            for ln in wrap(b.text, avail, lambda s: f.text_length(s, fontsize=size)):
                need(size * 1.45)
                state["y"] += size * 1.45
                put(state["page"], (MARGIN, state["y"] - size * 0.3), ln, name, size)
        else:
            size = TABLE_SIZE

            def measure(s, size=size):
                return font.text_length(s, fontsize=size)

            widths = column_widths(b.rows, measure, avail)
            for ri, row in enumerate(b.rows):
                f, name = (bold, "dvb") if ri == 0 else (font, "dv")
                cells = [wrap(c, widths[i] - 2 * CELL_PAD, measure) for i, c in enumerate(row)]
                h = max(len(c) for c in cells) * size * 1.3 + 6
                need(h)
                page, y, x = state["page"], state["y"], MARGIN
                for i, w in enumerate(widths):
                    page.draw_rect(pymupdf.Rect(x, y, x + w, y + h), color=(0, 0, 0), width=0.5)
                    for li, ln in enumerate(cells[i] if i < len(cells) else []):
                        put(page, (x + CELL_PAD, y + 3 + (li + 1) * size * 1.3 - size * 0.3), ln, name, size)
                    x += w
                state["y"] += h
            state["y"] += 4
    if state["page"] is None:
        new_page()
    doc.subset_fonts()  # a whole embedded DejaVu would make each file 0.8 MB
    doc.save(out, garbage=3, deflate=True, use_objstms=True)
    doc.close()


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt" fo:language="sv" fo:country="SE" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Head" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="CellHead" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
  fo:margin-top="1.76cm" fo:margin-bottom="1.76cm" fo:margin-left="1.76cm" fo:margin-right="1.76cm"/></style:page-layout>
 <style:style style:name="Break" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="TCell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.16cm" fo:border="0.5pt solid #000000"/></style:style>
{columns}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
"""


def render_fodt(text: str) -> str:
    """The document as a flat ODF text file for LibreOffice: one paragraph a line, real tables."""
    import pymupdf

    font = pymupdf.Font(fontfile=str(FONT))
    avail = PAGE_W - 2 * MARGIN
    body, columns = [], []
    break_next = False
    for ti, b in enumerate(blocks_of(text)):
        style_attr = ""
        if b.kind == "page":
            break_next = True
            continue
        if break_next and b.kind != "table":
            style_attr = "Break"
        if b.kind == "head":
            body.append(f'<text:p text:style-name="{style_attr or "Head"}">{escape(b.text)}</text:p>')
        elif b.kind in ("line", "blank"):
            body.append(f'<text:p text:style-name="{style_attr or "Standard"}">{escape(b.text)}</text:p>')
        else:
            if break_next:
                body.append('<text:p text:style-name="Break"/>')
            widths = column_widths(b.rows, lambda s: font.text_length(s, fontsize=TABLE_SIZE), avail)
            n = len(widths)
            body.append(f'<table:table table:name="T{ti}">')
            for ci, w in enumerate(widths):
                columns.append(f' <style:style style:name="T{ti}C{ci}" style:family="table-column">'
                               f'<style:table-column-properties style:column-width="{w / 72 * 2.54:.2f}cm"/></style:style>')
                body.append(f'<table:table-column table:style-name="T{ti}C{ci}"/>')
            for ri, row in enumerate(b.rows):
                body.append("<table:table-row>")
                for ci in range(n):
                    cell = row[ci] if ci < len(row) else ""
                    ps = "CellHead" if ri == 0 else "Cell"
                    body.append(f'<table:table-cell table:style-name="TCell" office:value-type="string">'
                                f'<text:p text:style-name="{ps}">{escape(cell)}</text:p></table:table-cell>')
                body.append("</table:table-row>")
            body.append("</table:table>")
        break_next = False
    return FODT_HEAD.replace("{columns}", "\n".join(columns)) + "\n".join(body) + "\n</office:text></office:body></office:document>\n"


def convert_with_libreoffice(fodts: list[Path], outdir: Path) -> bool:
    """Export the .fodt files to PDF with one headless LibreOffice run (own profile: other users may run soffice)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice (soffice) is not installed: only the PyMuPDF renderings are written", file=sys.stderr)
        return False
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as prof:
        cmd = [soffice, f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
               "--outdir", str(outdir), *map(str, fodts)]
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if res.returncode != 0:
        print(f"soffice failed ({res.returncode}): {res.stderr.strip()[:400]}", file=sys.stderr)
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    """Write the gold files and PDFs; return 1 on an annotation slip."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-libreoffice", action="store_true", help="write only the PyMuPDF renderings")
    ap.add_argument("--data", type=Path, default=DATA, help="the set's folder (default: %(default)s)")
    args = ap.parse_args(argv)
    data = args.data.resolve()
    src_dir, out_pdf = data / "src", data / "pdf"
    for f in (FONT, FONT_BOLD):
        if not f.is_file():
            sys.exit(f"{f} is missing (Debian package fonts-dejavu-core)")
    out_pdf.mkdir(parents=True, exist_ok=True)
    slips = 0
    with tempfile.TemporaryDirectory() as tmp:
        fodts = []
        for src in sorted(src_dir.glob("*.txt")):
            text, marks = parse(src.read_text(encoding="utf-8"))
            for slip in unmarked_repeats(text, marks):
                print(f"{src.name}: unmarked repeat of a marked string: {slip}", file=sys.stderr)
                slips += 1
            items = items_of(text, marks)
            title = next((ln[2:] for ln in text.split("\n") if ln.startswith("# ")), text.split("\n")[0])
            gold = {
                "document": src.stem,
                "renderings": [f"pdf/{src.stem}.mupdf.pdf", f"pdf/{src.stem}.lo.pdf"],
                "description": title,
                "expected": [{"text": i.text, "category": i.category, "pattern": i.pattern, "page": i.page}
                             for i in items if i.category not in ("KEEP", "IGNORE")],
                "keep": [{"text": i.text, "page": i.page} for i in items if i.category == "KEEP"],
                "ignore": [{"text": i.text, "page": i.page} for i in items if i.category == "IGNORE"],
            }
            (data / f"{src.stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")
            render_mupdf(text, out_pdf / f"{src.stem}.mupdf.pdf")
            fodt = Path(tmp) / f"{src.stem}.lo.fodt"
            fodt.write_text(render_fodt(text), encoding="utf-8")
            fodts.append(fodt)
            print(f"{src.stem}: {len(gold['expected'])} must-mask, {len(gold['keep'])} keep, "
                  f"{len(gold['ignore'])} ignore")
        if not args.no_libreoffice:
            convert_with_libreoffice(fodts, out_pdf)
    return 1 if slips else 0


if __name__ == "__main__":
    raise SystemExit(main())
