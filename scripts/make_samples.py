#!/usr/bin/env python3
"""Write the fictional Swedish sample PDFs in samples/ and their *.expected.json files.

Every person, number and address is invented (the documents are in
sample_documents.py, their numbers in sample_numbers.py). Text that must be masked
is marked in the page HTML as ``[[CODE:text]]``; the script strips the marks,
lays each page out with PyMuPDF's HTML box (embedded Nimbus Sans, so Unicode
names such as "Hodžić" and "Wiśniewski" extract correctly), and writes one
expected item per mark with its page. Before writing anything it checks that
every number passes its checksum, that every marked text is extractable on its
page by MuPDF and by poppler's pdftotext, and that no person's name occurs
unmarked. Output is byte-identical from run to run.

Usage: python scripts/make_samples.py [OUT_DIR]   (default: samples/)
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

import pymupdf
from sample_documents import SAMPLES, Sample
from sample_numbers import iban_ok, luhn_ok, mod11_ok

CODES = {
    "P": "PERSON",
    "PNR": "PERSONNUMMER",
    "TEL": "PHONE",
    "MAIL": "EMAIL",
    "ADR": "ADDRESS",
    "PC": "POSTAL_CODE",
    "FAST": "PROPERTY",
    "ORG": "ORG_NUMBER",
    "BANK": "BANK_ACCOUNT",
    "IBAN": "IBAN",
    "REG": "LICENSE_PLATE",
    "IP": "IP_ADDRESS",
    "DOB": "DATE_OF_BIRTH",
}
MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]", re.S)
FIXED_DATE = "D:20250601120000+02'00'"
PAGE_W, PAGE_H = 595.0, 842.0  # A4


# --------------------------------------------------------------------------- layout

CSS = """
* { font-family: sans-serif; font-size: 10pt; line-height: 1.35; }
h1 { font-size: 15pt; font-weight: bold; margin: 4pt 0 8pt 0; }
h2 { font-size: 11pt; font-weight: bold; margin: 10pt 0 3pt 0; }
p { margin: 0 0 6pt 0; }
table { border-collapse: collapse; width: 100%; margin: 2pt 0 8pt 0; }
td, th { border: 0.5pt solid #888888; padding: 2pt 4pt; vertical-align: top; text-align: left; }
th { background-color: #e8e8e8; font-weight: bold; }
table.plain td { border: none; padding: 1pt 4pt 1pt 0; }
.small { font-size: 8.5pt; color: #444444; }
.right { text-align: right; }
.mono { font-family: monospace; font-size: 8pt; }
.label { font-weight: bold; }
.rule { border-bottom: 1pt solid #000000; margin-bottom: 6pt; }
"""

HEADER = pymupdf.Rect(50, 28, PAGE_W - 50, 96)
BODY = pymupdf.Rect(50, 102, PAGE_W - 50, PAGE_H - 60)
FOOTER = pymupdf.Rect(50, PAGE_H - 50, PAGE_W - 50, PAGE_H - 20)


def strip_marks(text: str) -> str:
    """The page HTML as rendered: marks replaced by their text."""
    return MARK.sub(lambda m: m.group(2), text)


def plain(fragment: str) -> str:
    """Visible text of an HTML fragment, one space for any run of whitespace or <br>."""
    text = re.sub(r"<br\s*/?>", " ", fragment)
    text = re.sub(r"<[^>]+>", "", text)
    return " ".join(html.unescape(text).split())


def normalise(text: str) -> str:
    """Case- and whitespace-insensitive form used for every comparison."""
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    return " ".join(text.casefold().split())


def count_words(haystack: str, needle: str) -> int:
    """Occurrences of needle in haystack (both normalised) bounded by non-word characters."""
    return len(re.findall(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", haystack))


def build_pdf(sample: Sample, path: Path) -> None:
    """Lay the sample out page by page; every page must fit its box."""
    doc = pymupdf.open()
    total = len(sample.pages)
    for number, body in enumerate(sample.pages, start=1):
        page = doc.new_page(width=PAGE_W, height=PAGE_H)
        for rect, fragment in (
            (HEADER, sample.header.format(page=number, pages=total)),
            (BODY, body),
            (FOOTER, sample.footer.format(page=number, pages=total)),
        ):
            spare, scale = page.insert_htmlbox(rect, strip_marks(fragment), css=CSS, scale_low=1)
            if spare < 0 or scale != 1:
                raise SystemExit(f"{sample.name}: page {number} overflows its box; shorten the text")
    doc.set_metadata(
        {
            "title": sample.title,
            "author": "",
            "subject": "Fiktivt exempeldokument",
            "keywords": "",
            "creator": "redact scripts/make_samples.py",
            "producer": "PyMuPDF",
            "creationDate": FIXED_DATE,
            "modDate": FIXED_DATE,
        }
    )
    doc.save(path, garbage=4, deflate=True, no_new_id=True)
    doc.close()


def expected_items(sample: Sample) -> list[dict[str, object]]:
    """One item per mark, in page order, from header, body and footer of every page."""
    items: list[dict[str, object]] = []
    total = len(sample.pages)
    for number, body in enumerate(sample.pages, start=1):
        for fragment in (sample.header.format(page=number, pages=total), body, sample.footer.format(page=number, pages=total)):
            for m in MARK.finditer(fragment):
                code, text = m.group(1), plain(m.group(2))
                if code not in CODES:
                    raise SystemExit(f"{sample.name}: unknown mark code {code}")
                items.append({"text": text, "category": CODES[code], "page": number})
    return items


def page_texts(path: Path) -> dict[str, list[str]]:
    """Normalised text per page according to MuPDF and to pdftotext."""
    with pymupdf.open(path) as doc:
        mu = [normalise(p.get_text()) for p in doc]
    out = subprocess.run(["pdftotext", "-q", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pop = [normalise(t) for t in out.split("\f")[: len(mu)]]
    return {"mupdf": mu, "pdftotext": pop}


# --------------------------------------------------------------------------- checks


def check_numbers(sample: Sample, items: list[dict[str, object]]) -> None:
    """Every personnummer, organisation number, giro and IBAN passes its check."""
    for it in items:
        text, cat = str(it["text"]), it["category"]
        digits = re.sub(r"\D", "", text)
        if cat == "PERSONNUMMER":
            short = digits[-10:]
            day = int(short[4:6])
            day = day - 60 if day > 60 else day
            if len(digits) == 12:
                year = int(digits[:4])
            else:  # 10 digits: "+" means a hundred years more; these samples are all 1900s
                year = 1900 + int(short[:2])
            dt.date(year, int(short[2:4]), day)
            assert luhn_ok(short), f"{sample.name}: Luhn fails for {text}"
        elif cat == "ORG_NUMBER":
            org = digits[:10] if text.startswith("SE") else digits
            assert len(org) == 10 and luhn_ok(org) and int(org[2]) >= 2, f"{sample.name}: bad org number {text}"
        elif cat == "BANK_ACCOUNT":
            if text.startswith("6152-"):
                assert mod11_ok(digits[4:]), f"{sample.name}: bad Handelsbanken account {text}"
            else:
                assert luhn_ok(digits), f"{sample.name}: Luhn fails for giro {text}"
        elif cat == "IBAN":
            assert iban_ok(text), f"{sample.name}: bad IBAN {text}"
        elif cat == "DATE_OF_BIRTH" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            dt.date.fromisoformat(text)


PARTICLES = {"von", "af", "av", "de", "van", "der", "bin", "al"}


def person_tokens(text: str) -> list[str]:
    """The words of a person mention that must each disappear (particles and one-letter parts excluded)."""
    return [t for t in normalise(text).split() if len(t) > 1 and t not in PARTICLES]


def removal_needles(items: list[dict[str, object]]) -> Counter[tuple[int, str]]:
    """How many occurrences of each normalised string must go, per page.

    The whole item text counts, and for a person each name word too, so a
    mask that covers only "Per-Olof" of "Per-Olof Nilsson" is caught.
    """
    need: Counter[tuple[int, str]] = Counter()
    for it in items:
        page, text = int(it["page"]), str(it["text"])
        need[(page, normalise(text))] += 1
        if it["category"] == "PERSON":
            toks = person_tokens(text)
            if len(toks) > 1:
                for tok in toks:
                    need[(page, tok)] += 1
    return need


def check_unmarked_names(sample: Sample, items: list[dict[str, object]]) -> None:
    """No word of a person's name occurs outside a mark (a forgotten mark would weaken the test)."""
    words = {t for it in items if it["category"] == "PERSON" for t in plain(str(it["text"])).split() if len(t) > 1}
    words -= {w for w in words if w.lower() in PARTICLES}
    rest = " ".join(
        plain(MARK.sub(" ", fragment))
        for fragment in [sample.header, sample.footer, *sample.pages]
    )
    for w in sorted(words):
        hits = re.findall(r"(?<!\w)" + re.escape(w) + r"(?!\w)", rest)
        if hits:
            raise SystemExit(f"{sample.name}: name word {w!r} occurs unmarked")
    for w in sample.homonyms:
        assert count_words(normalise(rest), w) > 0, f"{sample.name}: homonym {w!r} unused"


def check_pdf(sample: Sample, path: Path, items: list[dict[str, object]]) -> None:
    """Every marked text is on its page for both extractors; every keep word is present."""
    texts = page_texts(path)
    for (page, needle), n in removal_needles(items).items():
        for tool, pages in texts.items():
            found = count_words(pages[page - 1], needle)
            if found < n:
                raise SystemExit(f"{sample.name}: {tool} finds {needle!r} {found}x on page {page}, marked {n}x")
    for word in sample.keep:
        for tool, pages in texts.items():
            if not any(count_words(t, normalise(word)) for t in pages):
                raise SystemExit(f"{sample.name}: keep word {word!r} not extractable by {tool}")


def write_sample(sample: Sample, out_dir: Path) -> int:
    """Build, check and write one sample; returns the number of expected items."""
    items = expected_items(sample)
    check_numbers(sample, items)
    check_unmarked_names(sample, items)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / f"{sample.name}.pdf"
        build_pdf(sample, pdf)
        check_pdf(sample, pdf, items)
        shutil.copyfile(pdf, out_dir / pdf.name)
    record = {"document": f"{sample.name}.pdf", "description": sample.description, "expected": items, "keep": sample.keep}
    (out_dir / f"{sample.name}.expected.json").write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return len(items)


def main(argv: list[str]) -> int:
    """Write every sample into OUT_DIR (default samples/ beside scripts/)."""
    out_dir = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "samples"
    out_dir.mkdir(parents=True, exist_ok=True)
    if shutil.which("pdftotext") is None:
        print("pdftotext saknas: installera poppler-utils", file=sys.stderr)
        return 2
    for make in SAMPLES:
        sample = make()
        n = write_sample(sample, out_dir)
        print(f"{sample.name}.pdf: {len(sample.pages)} pages, {n} expected items, {len(sample.keep)} keep")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
