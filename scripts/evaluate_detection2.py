#!/usr/bin/env python3
"""Recall per category and over-masking on the blind detection set (scripts/data/detect_eval2/).

Usage:
    python scripts/evaluate_detection2.py [-v] [--only mupdf|lo] [--profile NAME] [--data DIR] [NAME ...]
    PYTHONPATH=/path/to/worktree python scripts/evaluate_detection2.py   # that worktree's code

Each document's PDF renderings (``pdf/NAME.mupdf.pdf`` built with PyMuPDF, ``pdf/NAME.lo.pdf``
exported by LibreOffice; ``scripts/make_detect_eval2.py`` writes both) go through the
library's detection exactly as ``redact run`` proposes masks: ``detect_document`` with the
shipped model, then the profile (``propose_findings``); every finding not rejected is a mask.

Scoring, on the page as PyMuPDF reads its characters back:

* recall: a gold item (each occurrence in ``NAME.gold.json``'s ``expected``) counts as found
  only when every one of its characters has its centre under a mask (the words "del av" before a
  property designation, and the label words before a bank account's numbers, "clearingnr", "konto", may
  stay readable: the sets' gold differs on them); per category
  (PERSON, INITIALS, PERSONNUMMER, OTHER_ID, ADDRESS, PHONE, EMAIL, BANK_ACCOUNT, IBAN,
  ORG_NUMBER, ...) and per pattern (table, nick, cue, break, label, ...);
* over-masking: the share of removed words (a word any of whose characters lies under a mask)
  that belong to no gold item and no ``ignore`` item;
* keep: the ``keep`` items (the authority's own contact data, organisations, place names as
  organisation names, ordinary capitalised words) of which any character was masked.

Cells of one table row are kept apart in the reading (a wide gap between characters on one
baseline is a cell border), so a first name and a surname in two cells never read as one name.
The figures are printed, nothing is asserted: this is a measurement, not a test.

A set named in ``scripts/data/BLIND`` prints its figures only: its misses, masked keep items,
over-masked words and count warnings hold the set's text, and whoever reads them has seen the set
(``--show-blind`` prints them, for the one who releases it).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter, defaultdict  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):  # PYTHONPATH=/other/worktree measures that tree's code on this set
    sys.path.insert(0, str(ROOT))

DATA = ROOT / "scripts" / "data" / "detect_eval2"
RENDERINGS = ("mupdf", "lo")
CELL_GAP = 5.0  # points without a space character between two glyphs on one baseline: a cell border
SPACE_GAP = 1.5  # points without a space character: a word space the PDF did not write as a glyph
SEP = "\u00a6"  # broken bar: stands for a cell border in the reading; neither a word character nor a space


@dataclass
class Reading:
    """A document's text as PyMuPDF reads it, one rectangle per character (None for inserted breaks)."""

    text: str
    boxes: list[tuple[int, tuple[float, float, float, float]] | None]  # (page, rect)


@dataclass
class Occurrence:
    """One gold item found in the reading."""

    text: str
    kind: str  # "expected", "keep", "ignore"
    category: str
    pattern: str
    chars: list[int]  # indices into Reading.text


@dataclass
class Result:
    """Counts for one rendering of one document."""

    doc: str
    rendering: str
    found: Counter = field(default_factory=Counter)  # category -> found
    total: Counter = field(default_factory=Counter)
    found_pat: Counter = field(default_factory=Counter)  # category.pattern -> found
    total_pat: Counter = field(default_factory=Counter)
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)  # category.pattern, text, how
    removed_words: int = 0
    over_words: list[str] = field(default_factory=list)
    keep_hit: list[str] = field(default_factory=list)
    keep_total: int = 0
    count_warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0


def read_pdf(path: Path) -> Reading:
    """Characters of every page in reading order: rows of lines by baseline, cells split by SEP."""
    import pymupdf

    chars: list[str] = []
    boxes: list = []
    with pymupdf.open(path) as doc:
        for pno, page in enumerate(doc, start=1):
            glyphs = []  # (baseline y, x0, char, rect, size, order key within the row)
            raw = page.get_text("rawdict", flags=pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP)
            n_span = 0
            for block in raw["blocks"]:
                for line in block.get("lines", []):
                    for span in line["spans"]:
                        n_span += 1
                        chars_ = span["chars"]
                        x_first = chars_[0]["origin"][0] if chars_ else 0.0
                        for k, ch in enumerate(chars_):
                            # a ligature ("ffi") is one glyph and two empty ones after it; a kerned letter after
                            # it may start a hair left of them: a span's letters keep the span's order
                            glyphs.append((ch["origin"][1], ch["origin"][0], ch["c"], tuple(ch["bbox"]), span["size"],
                                           (x_first, n_span, k)))
            # rows: glyphs whose baselines lie within a third of the font size of each other
            glyphs.sort(key=lambda g: (g[0], g[1]))
            rows: list[list] = []
            for g in glyphs:
                if rows and abs(rows[-1][0][0] - g[0]) <= g[4] / 3:
                    rows[-1].append(g)
                else:
                    rows.append([g])
            if pno > 1:
                chars.append("\f")
                boxes.append(None)
            for ri, row in enumerate(rows):
                if ri:
                    chars.append("\n")
                    boxes.append(None)
                row.sort(key=lambda g: g[5])
                prev_x1 = None
                for _, x0, c, rect, _, _ in row:
                    if prev_x1 is not None and chars and chars[-1] != " " and c != " ":
                        gap = rect[0] - prev_x1
                        if gap > CELL_GAP:
                            chars.append(SEP)
                            boxes.append(None)
                        elif gap > SPACE_GAP:
                            chars.append(" ")
                            boxes.append(None)
                    elif prev_x1 is not None and chars and chars[-1] == " " and rect[0] - prev_x1 > CELL_GAP + 3:
                        chars.append(SEP)
                        boxes.append(None)
                    chars.append(c)
                    boxes.append((pno, rect))
                    prev_x1 = rect[2]
    return Reading("".join(chars), boxes)


def item_pattern(text: str) -> re.Pattern:
    """A gold text as a pattern: its words apart by any white space (a line end included);
    a line may also break after a hyphen inside a word."""
    words = text.split()
    parts = [re.escape(w).replace(r"\-", r"-\s*") if "-" in w else re.escape(w) for w in words]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)")


def occurrences(gold: dict, reading: Reading, warnings: list[str]) -> list[Occurrence]:
    """Locate every gold item in the reading; longer texts claim their characters first."""
    # one group per text as the pattern reads it (its words apart by any white space): a window's item broken over
    # two lines and a cell's item of the same words on one are found by each other's pattern, so apart they would
    # claim each other's place and one of them would count as missed
    groups: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # text -> [(kind, category, pattern)]
    for kind in ("expected", "keep", "ignore"):
        for it in gold.get(kind, []):
            groups[" ".join(it["text"].split())].append((kind, it.get("category", kind.upper()), it.get("pattern", "")))
    claimed: set[int] = set()
    out: list[Occurrence] = []
    for text in sorted(groups, key=lambda t: (-len(t), t)):
        entries = groups[text]
        hits = []
        for m in item_pattern(text).finditer(reading.text):
            idx = [i for i in range(m.start(), m.end()) if reading.boxes[i] is not None and not reading.text[i].isspace()]
            if claimed.intersection(idx):
                continue
            hits.append(idx)
        if len(hits) != len(entries):
            warnings.append(f"{text!r}: {len(entries)} in the gold file, {len(hits)} in the PDF")
        for n, idx in enumerate(hits):
            kind, cat, pat = entries[min(n, len(entries) - 1)]
            claimed.update(idx)
            out.append(Occurrence(text, kind, cat, pat, idx))
        for kind, cat, pat in entries[len(hits):]:
            if kind == "expected":  # a must-mask item the PDF does not show as written counts as missed
                out.append(Occurrence(text, kind, cat, pat, []))
    return out


def masked_chars(reading: Reading, masks: list[tuple[int, tuple[float, float, float, float]]]) -> set[int]:
    """Indices of characters whose centre lies under a mask rectangle (half a point of slack)."""
    by_page: dict[int, list] = defaultdict(list)
    for page, r in masks:
        by_page[page].append(r)
    out = set()
    for i, b in enumerate(reading.boxes):
        if b is None:
            continue
        page, (x0, y0, x1, y1) = b
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        for mx0, my0, mx1, my1 in by_page.get(page, ()):
            if mx0 - 0.5 <= cx <= mx1 + 0.5 and my0 - 0.5 <= cy <= my1 + 0.5:
                out.add(i)
                break
    return out


def proposed_masks(pdf: Path, detector, options) -> list[tuple[int, tuple[float, float, float, float]]]:
    """The masks ``redact run`` would apply: every finding the profile does not reject."""
    from redact.pipeline import detect_document, propose_findings

    det = detect_document(pdf, detector, options=options)
    return [(f.page, tuple(r)) for f in propose_findings(det.findings, options) if f.status != "rejected"
            for r in f.rects]


#: "del av" before a property designation: the sets differ on whether the words belong to the item (rounds
#: 13–19 mark the designation alone, rounds 25–27 the words too); they are no personal data, so either way.
_PART_OF = re.compile(r"(?i)del\s+av\s+")


#: The label words leading a bank account ("clearingnr 8214-9, konto …", "kontonummer 914 …"): the sets differ
#: on whether they belong to the item (rounds up to 28 mark the numbers alone, round 29 the label too); they
#: are no personal data, so either way. Only the label words: a bank's name before them must be masked.
_ACCOUNT_LABEL = re.compile(
    r"(?i)(?:(?:clearing(?:nummer|nr\.?)?|clnr\.?|(?:bank|löne|person)?konto(?:nummer|nr\.?)?|kto\.?)[:.,]?\s+"
    r"(?:och\s+)?)+")

#: "den" before a birth date ("född den 4 maj 1961"), and the Vietnamese "ngày" ("the day": "sinh ngày 14 tháng 2
#: năm 1983"): the sets differ on whether it belongs to the item (earlier rounds mark the date alone, round 34 "den"
#: too; tuning sets 20 and 24 leave "ngày" out, round 93 puts it in); it is no personal data, so either way: inside an
#: item it need not be masked, right before one its mask is no over-masking.
#: So too the article or preposition a French and an Albanian date opens with ("née le 4 août 1999", "lindur më 3
#: maj 1975"): rounds 68, 80, 100 and 103 leave "le" out in running text, round 104 puts "le" and "më" in.
#: So too "d.", the short "den" ("d. 3 juni 2016"): rounds 63 and 88 leave it out, round 109 puts it in.
#: So too the English "the" before an ordinal day ("born on the 9th of December 1998"): some sets mark "the 4th of May
#: 1971" whole, others the date after "the" alone.
_DATE_LEAD = re.compile(r"(?i)(?:den|d\.|ngày|le|më|the(?=\s+\d{1,2}(?:st|nd|rd|th)\b))\s+")
_BEFORE_DATE = re.compile(r"(?i)(?<!\w)(den|d\.|ngày|le|më|the)\s+$")
_LEADING_WORDS = {"PROPERTY": _PART_OF, "BANK_ACCOUNT": _ACCOUNT_LABEL, "DATE_OF_BIRTH": _DATE_LEAD}

#: A year's abbreviation after a birth date ("1979 г.", "1986 r.", "1990 g."): the sets differ on whether it belongs
#: to the item (rounds 68–90 and tuning sets 20, 21 and 31 mark it inside, tuning set 30 outside); it is no personal
#: data, so either way: inside an item it need not be masked, right after one its mask is no over-masking.
# (the whole word too, with no dot, as Ukrainian and Polish write "of the year" in running text: "2001 року")
# (and the Azerbaijani ordinal ending and "il", "year", glued to the year by a dash: "1975-ci il"; only round 104 has
# it, inside the item, where the product's birth columns leave it readable as the other year words)
# (and the Kyrgyz and Kazakh "ж.", "year", glued so: "1975-ж."; rounds 111 and 112 put it inside)
_YEAR_WORD = r"(?:(?:г|р|r|g|m|god|год|року|roku|gada|metų)\.|року|roku|года|godine)"
_GLUED_YEAR_WORD = r"(?:-c[iıuü]\s+il|-ж\.)"
_DATE_TAIL = re.compile(r"(?:\s+" + _YEAR_WORD + "|" + _GLUED_YEAR_WORD + r")$")
_AFTER_DATE = re.compile(r"\s*(" + _YEAR_WORD + r")(?!\w)|(" + _GLUED_YEAR_WORD + r")(?!\w)")


def required_chars(o: Occurrence) -> list[int]:
    """The characters of a must-mask item that must lie under a mask (a property's leading "del av", a bank
    account's leading label words, a birth date's leading "den" and its year's abbreviation need not)."""
    chars = o.chars
    tail = _DATE_TAIL.search(o.text) if o.category == "DATE_OF_BIRTH" else None
    if tail:
        chars = chars[:len(chars) - sum(not c.isspace() for c in tail.group())]
    lead = _LEADING_WORDS.get(o.category)
    m = lead.match(o.text) if lead is not None else None
    if not m:
        return chars
    return chars[sum(not c.isspace() for c in m.group()):]


def year_word_after(o: Occurrence, text: str) -> range:
    """The indices of a year's abbreviation right after a birth date's item in the reading, if any."""
    if o.category != "DATE_OF_BIRTH" or not o.chars:
        return range(0)
    m = _AFTER_DATE.match(text, max(o.chars) + 1)
    return range(m.start(m.lastindex), m.end(m.lastindex)) if m else range(0)


def date_lead_before(o: Occurrence, text: str) -> range:
    """The indices of a "den" or "ngày" right before a birth date's item in the reading, if any."""
    if o.category != "DATE_OF_BIRTH" or not o.chars:
        return range(0)
    start = min(o.chars)
    m = _BEFORE_DATE.search(text, max(0, start - 12), start)
    return range(m.start(1), m.end(1)) if m else range(0)


def readable_part(needed: list[int], masked: set[int], text: str) -> str:
    """The characters of an item left readable, a gap between them shown as " … " (a partly masked item's
    readable rest tells a boundary convention, such as a label or a preposition, from a leak)."""
    parts: list[str] = []
    last = None
    for i in needed:
        if i in masked:
            continue
        if parts and last is not None and any(j in masked for j in range(last + 1, i)):
            parts.append(" … ")
        elif parts and last is not None and i > last + 1:
            parts.append(" ")
        parts.append(text[i])
        last = i
    return "".join(parts).strip()


def score(doc: str, rendering: str, gold: dict, reading: Reading, masked: set[int]) -> Result:
    """Recall, over-masking and keep hits of one rendering."""
    res = Result(doc, rendering)
    occs = occurrences(gold, reading, res.count_warnings)
    gold_chars: set[int] = set()
    for o in occs:
        if o.kind == "expected":
            key = f"{o.category}.{o.pattern}" if o.pattern else o.category
            res.total[o.category] += 1
            res.total_pat[key] += 1
            needed = required_chars(o)
            covered = sum(i in masked for i in needed)
            if needed and covered == len(needed):
                res.found[o.category] += 1
                res.found_pat[key] += 1
            else:
                how = "not in PDF text" if not o.chars else (
                    f"partly masked, readable: {readable_part(needed, masked, reading.text)!r}" if covered else "not masked")
                res.misses.append((key, " ".join(o.text.split()), how, rendering))
        if o.kind in ("expected", "ignore"):
            gold_chars.update(o.chars)
            gold_chars.update(year_word_after(o, reading.text))
            gold_chars.update(date_lead_before(o, reading.text))
        if o.kind == "keep":
            res.keep_total += 1
            if masked.intersection(o.chars):
                res.keep_hit.append(" ".join(o.text.split()))
    for m in re.finditer(rf"[^\s{SEP}]+", reading.text):
        idx = range(m.start(), m.end())
        if any(i in masked for i in idx):
            res.removed_words += 1
            if not gold_chars.intersection(idx):
                res.over_words.append(m.group())
    return res


def pct(a: int, b: int) -> str:
    return f"{a / b:6.3f}" if b else "     -"


def is_blind(data: Path) -> bool:
    """Whether the set's folder is named in scripts/data/BLIND of the tree it lies in."""
    blind = data.parent / "BLIND"
    if not blind.is_file():
        return False
    names = {line.strip() for line in blind.read_text(encoding="utf-8").splitlines()}
    return data.name in names


def main(argv: list[str] | None = None) -> int:
    """Print the figures; return 0."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="only these documents (stem or a part of it)")
    ap.add_argument("--only", choices=RENDERINGS, help="only one rendering")
    ap.add_argument("--profile", default="default", help="profile as in redact run --profile (default: default)")
    ap.add_argument("-v", "--verbose", action="store_true", help="per-document over-masked words and count warnings")
    ap.add_argument("--data", type=Path, default=DATA, help="the set's folder (default: %(default)s)")
    ap.add_argument("--show-blind", action="store_true",
                    help="print the texts of misses and over-masked words of a set named in scripts/data/BLIND too")
    args = ap.parse_args(argv)
    data = args.data.resolve()
    texts_shown = args.show_blind or not is_blind(data)

    golds = sorted(data.glob("*.gold.json"))
    if args.names:
        golds = [g for g in golds if any(n in g.name for n in args.names)]
    if not golds:
        sys.exit(f"no gold files in {data}; run scripts/make_detect_eval2.py")

    from redact.detect.engine import Detector
    from redact.pipeline import RunOptions

    t_start = time.perf_counter()
    detector = Detector()
    load_s = time.perf_counter() - t_start
    options = RunOptions(profile=args.profile)
    results: list[Result] = []
    skipped: list[str] = []
    for gf in golds:
        gold = json.loads(gf.read_text(encoding="utf-8"))
        for rendering in RENDERINGS if not args.only else (args.only,):
            pdf = data / "pdf" / f"{gold['document']}.{rendering}.pdf"
            if not pdf.is_file():
                skipped.append(pdf.name)
                continue
            t0 = time.perf_counter()
            masks = proposed_masks(pdf, detector, options)
            reading = read_pdf(pdf)
            res = score(gold["document"], rendering, gold, reading, masked_chars(reading, masks))
            res.seconds = time.perf_counter() - t0
            results.append(res)
    total_s = time.perf_counter() - t_start

    import redact

    code = Path(redact.__file__).resolve().parents[1]
    rev = subprocess.run(["git", "-C", str(code), "log", "-1", "--format=%h %s"], capture_output=True, text=True).stdout.strip()
    print(f"Code measured: {code} ({rev or 'not a git tree'})")
    shown = data.relative_to(ROOT) if data.is_relative_to(ROOT) else data
    print(f"Blind detection set {shown}: {len(golds)} documents, {len(results)} PDFs "
          f"(profile {args.profile}); model load {load_s:.1f} s, total {total_s:.1f} s")
    if skipped:
        print(f"missing renderings (run scripts/make_detect_eval2.py): {', '.join(skipped)}")

    print(f"\n{'document':32s} {'rend':5s} {'gold':>4s} {'found':>5s} {'recall':>6s} {'removed':>7s} {'over':>4s} {'over%':>6s} {'keep hit':>8s} {'s':>5s}")
    for r in results:
        g, f = sum(r.total.values()), sum(r.found.values())
        print(f"{r.doc:32s} {r.rendering:5s} {g:4d} {f:5d} {pct(f, g)} {r.removed_words:7d} {len(r.over_words):4d} "
              f"{pct(len(r.over_words), r.removed_words)} {len(r.keep_hit):8d} {r.seconds:5.1f}")
        if args.verbose and texts_shown:
            for w in r.count_warnings:
                print(f"{'':6s}! count: {w}")
            if r.over_words:
                print(f"{'':6s}+ over-masked: {'; '.join(r.over_words)}")

    for label, subset in [("all renderings", results)] + [(f"{x} only", [r for r in results if r.rendering == x]) for x in RENDERINGS]:
        if not subset:
            continue
        found, total, fp, tp = Counter(), Counter(), Counter(), Counter()
        for r in subset:
            found.update(r.found)
            total.update(r.total)
            fp.update(r.found_pat)
            tp.update(r.total_pat)
        removed = sum(r.removed_words for r in subset)
        over = sum(len(r.over_words) for r in subset)
        print(f"\nRecall per category ({label}):")
        for cat in sorted(total):
            print(f"  {cat:14s} {pct(found[cat], total[cat])}  ({found[cat]}/{total[cat]})")
        print(f"  {'ALL':14s} {pct(sum(found.values()), sum(total.values()))}  ({sum(found.values())}/{sum(total.values())})")
        print(f"  over-masking: {over} of {removed} removed words are not gold items ({pct(over, removed).strip()})")
        if label == "all renderings":
            print("  recall per category.pattern:")
            for key in sorted(tp):
                if "." in key:
                    print(f"    {key:24s} {pct(fp[key], tp[key])}  ({fp[key]}/{tp[key]})")

    misses = [(r.doc, *m) for r in results for m in r.misses]
    if not texts_shown:
        print(f"\n{shown} is named in scripts/data/BLIND: its {len(misses)} misses, masked keep items and "
              "over-masked words are not printed (--show-blind prints them)")
        return 0
    print(f"\nMisses ({len(misses)}):")
    for doc, key, text, how, rendering in sorted(misses):
        print(f"  {doc:32s} {rendering:5s} {key:24s} {text!r} ({how})")
    keep = Counter((r.doc, k) for r in results for k in r.keep_hit)
    print(f"\nKeep items masked: {sum(keep.values())} of {sum(r.keep_total for r in results)} "
          f"({len(keep)} distinct texts; counted per rendering):")
    for (doc, k), n in sorted(keep.items()):
        print(f"  {doc:32s} {k!r}" + (f" ×{n}" if n > 1 else ""))
    over = Counter(w for r in results for w in r.over_words)
    print(f"\nOver-masked words, most frequent ({len(over)} distinct): "
          + "; ".join(f"{w} ×{n}" if n > 1 else w for w, n in over.most_common(40)))
    warn = [(r.doc, r.rendering, w) for r in results for w in r.count_warnings]
    if warn:
        print(f"\nGold items read a different number of times from the PDF ({len(warn)}; -v shows them per document)")
        if not args.verbose:
            for doc, rendering, w in warn[:15]:
                print(f"  {doc} {rendering}: {w}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
