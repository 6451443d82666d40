#!/usr/bin/env python3
"""Look for masked text left in the outputs of a realworld.py run, with readers that are not the tool's own.

The tool's verification reads its output with MuPDF, poppler and OCR; this check trusts none of its
findings. The masked words are found again from the audit's rectangles: the input's words (MuPDF, the page
unturned, as the audit's rectangles are given) whose centre lies in a mask. Then, in the output:

* by place: poppler's words (``pdftotext -bbox``) whose centre lies in a mask (on unturned pages whose
  crop box is the media box, where poppler's coordinates are the audit's); a box's own label is no leak;
* anywhere: a masked word of 4 or more letters or digits that the input has nowhere outside the masks, in
  poppler's text of the whole output, or in any string of the output written out by ``qpdf --qdf``
  (every stream decoded, objects uncompressed) as ``strings`` reads it.

An input run as a case (an e-mail, Office file, image: realworld.py's records with "case") is collected
and converted again, each of its written documents checked against its converted PDF as above, and its ink
measured as realworld.py measures a PDF's (more than 1 % lost outside the masks is a suspect).

Usage:  PYTHONPATH=$PWD python scripts/realworld_leaks.py RESULTS.jsonl --root CORPORA [--sample N] [--seed S]
Prints one line per output looked at, the suspected leaks under it, and a total; exits 2 when pdftotext, qpdf or
strings is missing (a reader left out would make every output look clean).
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pymupdf

LABELS = {"namn", "personnr", "telefon", "e-post", "adress", "postort", "fastighet", "org.nr", "konto", "iban",
          "reg.nr", "ip-adress", "födelsedag", "id-nr", "maskerat"}
_WORD = re.compile(r"<word xMin=\"([\d.]+)\" yMin=\"([\d.]+)\" xMax=\"([\d.]+)\" yMax=\"([\d.]+)\">([^<]*)</word>")
_PAGE = re.compile(r"<page width=")
_TOKEN = re.compile(r"[^\W_]{4,}")

Rect = tuple[float, float, float, float]


def _inside(box: Rect, r: Rect) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return r[0] <= cx <= r[2] and r[1] <= cy <= r[3]


def input_words(src: Path, masks: dict[int, list[Rect]]) -> tuple[dict[int, list[str]], set[str]]:
    """Per page the input's words under a mask, and every token of the input outside all masks."""
    under: dict[int, list[str]] = {}
    outside: set[str] = set()
    with pymupdf.open(src) as doc:
        for page in doc:
            rotation = page.rotation
            if rotation:
                page.set_rotation(0)  # the audit's rectangles are given on the unturned page
            rects = masks.get(page.number + 1, [])
            for w in page.get_text("words"):
                if any(_inside(w[:4], r) for r in rects):
                    under.setdefault(page.number + 1, []).append(w[4])
                else:
                    outside.update(t.lower() for t in _TOKEN.findall(w[4]))
    for line in _run(["pdftotext", "-q", str(src), "-"]).splitlines():  # poppler may split words otherwise
        for t in _TOKEN.findall(line):
            outside.add(t.lower())
    return under, outside


def _run(cmd: list[str]) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, errors="replace", timeout=300).stdout


def poppler_pages(out: Path) -> list[list[tuple[Rect, str]]]:
    """Poppler's words of each page of ``out`` with their boxes."""
    text = _run(["pdftotext", "-q", "-bbox", str(out), "-"])
    pages: list[list[tuple[Rect, str]]] = []
    for chunk in _PAGE.split(text)[1:]:
        pages.append([((float(a), float(b), float(c), float(d)), html.unescape(w)) for a, b, c, d, w in _WORD.findall(chunk)])
    return pages


def qdf_strings(out: Path) -> str:
    """Every printable string of the output with its streams decoded (qpdf --qdf, then strings)."""
    with tempfile.TemporaryDirectory() as tmp:
        qdf = Path(tmp) / "q.pdf"
        subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(out), str(qdf)], capture_output=True, timeout=300)
        if not qdf.exists():
            return ""
        return _run(["strings", "-n", "4", str(qdf)])


def check(rec: dict, root: Path) -> list[str]:
    """Suspected leaks of one exit-0 output (empty when none); of each written document of a case."""
    if rec.get("case"):
        return check_case(rec, root)
    audit = json.loads(Path(rec["output"].removesuffix(".out.pdf") + ".audit.json").read_text())
    return check_pair(root / rec["file"], Path(rec["output"]), audit["masks"])


def check_case(rec: dict, root: Path) -> list[str]:
    """Suspected leaks and ink lost in the documents of a case, each against its input converted again.

    The case's inputs are collected and converted as the run did (attachments by their place in the
    case), so each output is compared with the PDF its masks were placed on.
    """
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from realworld import LOSS_REPORTED, measure

    # what measure() imports, before a conversion starts LibreOffice: its Python bridge's import hook turns a
    # missing optional module into an error tqdm does not expect ("No module named 'envwrap'")
    import redact.ingest.bake_check  # noqa: F401

    from redact.case.collect import collect
    from redact.case.convert import to_pdf
    from redact.case.email import expand

    audit = json.loads(Path(rec["output"].removesuffix(".case") + ".audit.json").read_text())
    records = {d["index"]: d for d in audit.get("documents", [])}
    written = {d["index"]: d for d in rec.get("documents", []) if d.get("status") == "ok" and d.get("output")}
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        sources = expand(collect([root / rec["file"]], Path(tmp)), Path(tmp))
        for index, source in enumerate(sources, start=1):
            doc = written.get(index)
            if doc is None:
                continue
            if index not in records:
                found.append(f"document {index}: written but not in the audit record")
                continue
            work = Path(tmp) / f"doc{index}"
            work.mkdir()
            pdf = to_pdf(source.path, source.kind, work, Path(source.origin).name).pdf
            if doc.get("masks"):
                found += [f"document {index}: {line}" for line in check_pair(pdf, Path(doc["output"]), records[index]["masks"])]
            ink = measure(str(pdf), doc["output"])
            share = max(ink.get("ink_lost_share") or 0, ink.get("worst_page_share") or 0)
            if share > LOSS_REPORTED or ink.get("measure_error"):
                found.append(f"document {index}: ink lost outside the masks {100 * share:.1f} % "
                             f"(worst p{ink.get('worst_page')}) {ink.get('measure_error') or ''}".rstrip())
    return found


def check_pair(src: Path, out: Path, audit_masks: list[dict]) -> list[str]:
    """Suspected leaks of the output OUT of the PDF SRC, whose masks the audit lists."""
    masks: dict[int, list[Rect]] = {}
    for m in audit_masks:
        masks.setdefault(m["page"], []).extend(tuple(r) for r in m["rects"])
    under, outside = input_words(src, masks)
    found: list[str] = []
    with pymupdf.open(out) as doc:
        plain = [p.rotation == 0 and p.cropbox == p.mediabox and p.mediabox.x0 == 0 and p.mediabox.y0 == 0 for p in doc]
    for number, words in enumerate(poppler_pages(out), start=1):
        if not plain[number - 1]:
            continue
        for box, word in words:
            if word.lower() not in LABELS and any(_inside(box, r) for r in masks.get(number, [])):
                found.append(f"p{number} poppler reads {word!r} under a mask at {tuple(round(v) for v in box)}")
    only_masked = {t.lower() for ws in under.values() for w in ws for t in _TOKEN.findall(w)} - outside
    if only_masked:
        text = _run(["pdftotext", "-q", str(out), "-"]).lower()
        raw = qdf_strings(out).lower()
        for token in sorted(only_masked):
            whole = re.compile(rf"(?<![^\W_]){re.escape(token)}(?![^\W_])")  # a word, not part of one
            if whole.search(text):
                found.append(f"poppler's text holds masked {token!r}")
            elif whole.search(raw):
                found.append(f"the file's strings hold masked {token!r}")
    return found


def main() -> int:
    """Entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("results")
    ap.add_argument("--root", default="/work/corpora")
    ap.add_argument("--sample", type=int, help="look at N outputs with masks, chosen at random")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    # a reader that is missing would make every output look clean: refuse to check rather than check less
    missing = [tool for tool in ("pdftotext", "qpdf", "strings") if shutil.which(tool) is None]
    if missing:
        print(f"realworld_leaks: {', '.join(missing)} not found (apt install poppler-utils qpdf binutils)", file=sys.stderr)
        return 2
    recs = [json.loads(ln) for ln in Path(args.results).read_text().splitlines() if ln.strip()]
    # a case's outputs are all looked at (its ink too); a PDF's when it has masks
    recs = [r for r in recs if r.get("output") and Path(r["output"]).exists()
            and (r.get("case") and r.get("exit") in (0, 6) or r.get("exit") == 0 and r.get("masks"))]
    if args.sample and args.sample < len(recs):
        recs = random.Random(args.seed).sample(recs, args.sample)
    suspected = 0
    for rec in recs:
        try:
            found = check(rec, Path(args.root))
        except Exception as exc:  # a file this check cannot read is named, not skipped silently
            found = [f"not checked: {type(exc).__name__}: {exc}"]
        suspected += bool(found)
        print(f"{len(found):3d}  {rec.get('masks') or 0:4d} masks  {rec['file']}")
        for line in found[:20]:
            print(f"       {line}")
    print(f"{len(recs)} outputs looked at, {suspected} with a suspected leak")
    return 0


if __name__ == "__main__":
    sys.exit(main())
