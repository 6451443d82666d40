"""Turn the text samples into scanned ones: rasterise at 200-300 dpi, add noise and a 1-2° skew, turn one page.

    .venv/bin/python scripts/make_scanned_samples.py [--out DIR] [--dpi 300]

Writes DIR/NAME.scanned.pdf (image-only pages, no text layer) and a copy of
NAME.expected.json beside each, so the benchmark can compare the scanned
document with the text one item for item.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import numpy as np
import pymupdf

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def skew_image(gray: np.ndarray, degrees: float) -> np.ndarray:
    """Rotate a grayscale image by a small angle about its centre (nearest neighbour, white fill)."""
    h, w = gray.shape
    t = np.deg2rad(degrees)
    cos, sin = np.cos(t), np.sin(t)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = w / 2, h / 2
    sx = cos * (xx - cx) + sin * (yy - cy) + cx
    sy = -sin * (xx - cx) + cos * (yy - cy) + cy
    xi, yi = np.rint(sx).astype(np.int32), np.rint(sy).astype(np.int32)
    ok = (xi >= 0) & (xi < w) & (yi >= 0) & (yi < h)
    out = np.full_like(gray, 255)
    out[ok] = gray[yi[ok], xi[ok]]
    return out


def scanner_noise(gray: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Scanner noise: a little gaussian grain and sparse specks."""
    g = gray.astype(np.int16) + rng.normal(0, 12, gray.shape).astype(np.int16)
    specks = rng.random(gray.shape) < 0.0008
    g[specks] = 40
    return np.clip(g, 0, 255).astype(np.uint8)


def scan_pixmap(page: pymupdf.Page, rng: np.random.Generator | None = None, dpi: int = 200) -> pymupdf.Pixmap:
    """``page`` rasterised as a grayscale scan (with scanner noise when ``rng`` is given)."""
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    if rng is None:
        return pix
    gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
    gray = np.ascontiguousarray(scanner_noise(gray, rng))
    return pymupdf.Pixmap(pymupdf.csGRAY, gray.shape[1], gray.shape[0], gray.tobytes(), False)


def add_scanned_page(out: pymupdf.Document, page: pymupdf.Page, pix: pymupdf.Pixmap, searchable: bool) -> pymupdf.Page:
    """Append a page showing ``pix``; when ``searchable``, with ``page``'s words laid over it invisibly
    (render mode 3), as office scanners, Adobe Scan and ABBYY write them."""
    new = out.new_page(width=page.rect.width, height=page.rect.height)
    new.insert_image(new.rect, pixmap=pix)
    if searchable:
        for block in page.get_text("dict")["blocks"]:
            for line in block.get("lines", ()):
                for span in line["spans"]:
                    if span["text"].strip():
                        new.insert_text(span["origin"], span["text"], fontsize=span["size"], render_mode=3)
    return new


def scan_document(src: Path, dst: Path, dpi: int, seed: int, turn_page: int | None) -> int:
    """Write an image-only copy of ``src``; page ``turn_page`` (0-based) is scanned sideways (90°)."""
    rng = np.random.default_rng(seed)
    out = pymupdf.open()
    with pymupdf.open(src) as doc:
        for i, page in enumerate(doc):
            pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
            gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
            angle = float(rng.uniform(1.0, 2.0)) * (1 if rng.random() < 0.5 else -1)
            gray = scanner_noise(skew_image(gray, angle), rng)
            turned = i == turn_page
            if turned:
                gray = np.rot90(gray, k=-1)  # the sheet went through the scanner sideways
            gray = np.ascontiguousarray(gray)
            img = pymupdf.Pixmap(pymupdf.csGRAY, gray.shape[1], gray.shape[0], gray.tobytes(), False)
            r = page.rect
            new = out.new_page(width=r.height if turned else r.width, height=r.width if turned else r.height)
            new.insert_image(new.rect, stream=img.tobytes("png"))
    out.save(dst, garbage=4, deflate=True)
    out.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "scanned")
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--samples", type=Path, default=SAMPLES)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    pdfs = sorted(p for p in args.samples.glob("*.pdf") if p.with_suffix(".expected.json").exists())
    if not pdfs:
        print(f"inga exempel med .expected.json i {args.samples}", file=sys.stderr)
        return 2
    for n, src in enumerate(pdfs):
        dpi = args.dpi if n % 2 == 0 else max(200, args.dpi - 100)  # 200-300 dpi, alternating
        dst = args.out / f"{src.stem}.scanned.pdf"
        with pymupdf.open(src) as doc:
            turn = doc.page_count - 1 if n == 0 else None  # one turned page in the set
        scan_document(src, dst, dpi, seed=n, turn_page=turn)
        shutil.copyfile(src.with_suffix(".expected.json"), args.out / f"{src.stem}.scanned.expected.json")
        print(f"{dst}  ({dpi} dpi{', sista sidan vriden 90°' if turn is not None else ''})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
