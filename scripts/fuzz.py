#!/usr/bin/env python3
"""Fuzz ingest + render + verify with mutated PDFs (hypothesis) and print what it found. Not part of CI.

Seeds are small PDFs built in code (text, form XObjects, annotations, images,
hidden text, layers), saved uncompressed so mutations hit PDF syntax. Each
mutated file goes through what `redact run` does to a file: the structure
guard, text extraction of every page, rendering with masks on a few words,
and verification, in a bounded worker (time, memory, crash). A RedactError
(the tool's own one-line refusal) is an expected outcome; anything else (an
unexpected exception, a crash, a hang, or a verification failure) is a
finding, saved under --keep.

Usage: python scripts/fuzz.py [--minutes 10] [--keep DIR] [--seed N]
Needs: pip install hypothesis
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import random
import sys
import tempfile
import time
from pathlib import Path

import pymupdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import pdf_builders as b  # noqa: E402

from redact.errors import RedactError, UnsupportedError  # noqa: E402
from redact.ingest.bounded_worker import bounded  # noqa: E402
from redact.ingest.guard import Limits  # noqa: E402
from redact.ingest.pdf import describe_pdf, extract_page, open_pdf  # noqa: E402
from redact.render.pdf import render_pdf  # noqa: E402
from redact.types import Mask  # noqa: E402
from redact.verify import verify_pdf  # noqa: E402

NAME = "Vera Holmqvist"
LINES = ["Beslut om bistånd", f"Handläggare: {NAME}", "Ärendet gäller Norrvik."]


def seeds() -> list[bytes]:
    """Small, varied PDFs, uncompressed."""
    out = []
    doc = b.new_pdf()
    b.text_page(doc, LINES)
    out.append(doc.tobytes())
    doc = b.new_pdf()
    page = b.text_page(doc, LINES)
    b.annotations(page, NAME)
    b.form_field(page, "f", NAME)
    b.metadata(doc, NAME)
    b.outline(doc, [NAME])
    out.append(doc.tobytes())
    inner = b.new_pdf()
    b.text_page(inner, LINES)
    doc = b.new_pdf()
    doc.new_page().show_pdf_page(pymupdf.Rect(0, 0, 595, 842), inner, 0)
    b.image(doc[0], (60, 300, 200, 400), 40, 30)
    b.hidden_text(doc[0], "layer", NAME, (72, 500))
    b.hidden_text(doc[0], "white", NAME, (72, 520))
    out.append(doc.tobytes())
    out.append(b.type3_pdf(NAME))
    out.append(b.pattern_with_text("Ingen"))
    return out


def mutate(data: bytes, ops: list[tuple[int, int, int, bytes]]) -> bytes:
    """Apply (kind, position, length, payload) edits: flip, delete, insert, duplicate, replace tokens."""
    buf = bytearray(data)
    tokens = [b"obj", b"endobj", b"stream", b"endstream", b"<<", b">>", b"[", b"]", b"R", b"0", b"-1",
              b"99999999", b"/Length", b"/Filter/FlateDecode", b"/Kids", b"/Count", b"xref", b"trailer", b"BT", b"ET"]
    for kind, pos, length, payload in ops:
        if not buf:
            break
        pos %= len(buf)
        if kind == 0:  # flip bits
            buf[pos] ^= payload[0] if payload else 0xFF
        elif kind == 1:  # delete a run
            del buf[pos: pos + length]
        elif kind == 2:  # insert bytes
            buf[pos:pos] = payload
        elif kind == 3:  # duplicate a run elsewhere
            chunk = bytes(buf[pos: pos + length])
            at = (pos * 7919) % len(buf)
            buf[at:at] = chunk
        else:  # insert a PDF token
            buf[pos:pos] = b" " + tokens[length % len(tokens)] + b" "
    return bytes(buf)


def exercise(path: Path, out: Path, progress=None) -> str:
    """What `redact run` does to a file, minus detection: guard, extract, render, verify."""
    describe_pdf(path)
    masks = []
    with open_pdf(path) as doc:
        for page in doc:
            p = extract_page(page)
            if progress:
                progress("detect", p.number, doc.page_count)
            for w in p.words[:3]:
                masks.append(Mask(f"m{len(masks)}", p.number, (w.rect,), "PERSON", "fuzz", 1.0, "auto-accepted", text=w.text))
    render_pdf(path, masks, out, progress=progress)
    # Count-based, as `redact run` does: a masked word may remain only where the input has it unmasked
    # (the harness masks the first words of a page; the same word may stand again further down).
    result = verify_pdf(out, masks, source=path)
    return "ok" if result.ok else "verification failed"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "redact-fuzz")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    args.keep.mkdir(parents=True, exist_ok=True)
    base = seeds()
    outcomes: collections.Counter[str] = collections.Counter()
    findings: dict[str, Path] = {}
    limits = Limits(page_seconds=20.0, memory_mb=1024)
    work = Path(tempfile.mkdtemp(prefix="fuzz-"))
    src, out = work / "in.pdf", work / "out.pdf"
    deadline = time.monotonic() + args.minutes * 60
    rng = random.Random(args.seed)

    op = st.tuples(st.integers(0, 4), st.integers(0, 1 << 20), st.integers(1, 64), st.binary(min_size=1, max_size=16))

    @settings(max_examples=50, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck), phases=[__import__("hypothesis").Phase.generate])
    @given(seed_index=st.integers(0, len(base) - 1), ops=st.lists(op, min_size=1, max_size=8))
    def one(seed_index: int, ops: list) -> None:
        if time.monotonic() > deadline:
            return
        data = mutate(base[seed_index], ops)
        src.write_bytes(data)
        try:
            outcome = bounded(exercise, src, out, limits=limits, what="fuzz.pdf")
        except UnsupportedError as err:
            outcome = "crash: " + str(err)[:80] if "krascha" in str(err) or "kunde inte behandlas" in str(err) else "refused"
        except RedactError:
            outcome = "refused"
        except Exception as err:  # a finding: the tool's own errors are RedactError
            outcome = f"unexpected {type(err).__name__}: {str(err)[:80]}"
        kind = outcome if outcome in ("ok", "refused") else outcome.split(":")[0]
        outcomes[kind] += 1
        if outcome not in ("ok", "refused"):
            digest = hashlib.sha256(data).hexdigest()[:12]
            keep = args.keep / f"{kind.replace(' ', '_')}-{digest}.pdf"
            keep.write_bytes(data)
            findings.setdefault(outcome, keep)

    t0 = time.monotonic()
    rounds = 0
    while time.monotonic() < deadline:
        rng.random()
        one()
        rounds += 1
        total = sum(outcomes.values())
        print(f"{time.monotonic() - t0:6.0f} s  {total} files  " + ", ".join(f"{k}: {v}" for k, v in sorted(outcomes.items())),
              flush=True)
    print(f"\nran {time.monotonic() - t0:.0f} s on {sum(outcomes.values())} mutated files")
    for k, v in sorted(outcomes.items()):
        print(f"  {k:<40} {v}")
    if findings:
        print("findings (saved):")
        for outcome, path in findings.items():
            print(f"  {outcome}\n    {path}")
    else:
        print("no findings: every file was processed or refused with the tool's own error")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
