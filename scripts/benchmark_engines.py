#!/usr/bin/env python3
"""Pages per second of `redact run` with the local engine (--jobs 1, --jobs 2) and the Ray engine,
over the same generated folder, and the driver's peak memory over many small files.

    python scripts/benchmark_engines.py                     # 200 documents; 1,000 and 10,000 small files
    python scripts/benchmark_engines.py --docs 6 --memory 20,60   # a quick check that it works

Each configuration is one `redact run` process; its wall time includes starting the engine and
loading the model. The driver's peak memory is that process's own maximum RSS (workers and Ray
are separate processes and not counted): it must stay flat as the number of files grows.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FIRST = ["Amira", "Johan", "Mohammed", "Karin", "Nguyen", "Sara", "Aleksander", "Fatima", "Erik", "Leila", "Ingrid",
         "Tomasz", "Aisha", "Olof", "Mei", "Juan"]
LAST = ["Haddad", "Ek", "Al-Sayed", "Andersson", "Thi Lan", "Nilsson", "Kowalski", "Yilmaz", "Holmqvist", "Rahimi",
        "Lindberg", "Nowak", "Osman", "Berg", "Chen", "Garcia"]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def build_folder(folder: Path, docs: int, pages: int, seed: int = 7) -> int:
    """``docs`` text PDFs of ``pages`` pages each with fictional people; returns the page count."""
    import pymupdf

    rng = random.Random(seed)
    folder.mkdir(parents=True)
    for d in range(docs):
        doc = pymupdf.open()
        for _ in range(pages):
            page = doc.new_page(width=595, height=842)
            y = 72.0
            for _ in range(20):
                who = _person(rng)
                line = rng.choice([f"Handläggaren {who} har tagit emot ansökan.",
                                   f"Klienten {who} nås på 070-{rng.randint(100, 999)} {rng.randint(10, 99)} 00.",
                                   f"Beslutet skickas till {who.split()[0].lower()}@example.se.",
                                   "Nämnden beslutar att bevilja bistånd enligt 4 kap. 1 § SoL."])
                page.insert_text((72, y), line, fontsize=10)
                y += 18
        doc.save(folder / f"beslut-{d:05d}.pdf")
        doc.close()
    return docs * pages


def small_files(folder: Path, n: int) -> None:
    """``n`` one-line notes, the smallest documents a case can hold."""
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"notering-{i:06d}.txt").write_text(f"Notering {i}: samtal med {FIRST[i % 16]} {LAST[i % 13]}.\n",
                                                      encoding="utf-8")


def run(inputs: Path, out: Path, log: Path, *engine: str) -> tuple[float, float, dict]:
    """One `redact run`: wall seconds, the driver's peak RSS in MB, and the manifest."""
    env = {**os.environ, "REDACT_LOG": str(log), "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "redact.cli", "run", str(inputs), "-o", str(out), *engine],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode not in (0, 6):
        sys.exit(f"redact run {' '.join(engine)} failed ({proc.returncode}): {err.strip()[-500:]}")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return seconds, usage.ru_maxrss / 1024, manifest


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=200, help="documents in the speed folder (default 200)")
    ap.add_argument("--pages", type=int, default=1, help="pages per document (default 1)")
    ap.add_argument("--memory", default="1000,10000", help="numbers of small files for the memory figure")
    ap.add_argument("--memory-engine", default="ray", choices=("local", "ray"),
                    help="engine of the memory runs (default ray; local runs with --jobs 2)")
    ap.add_argument("--no-ray", action="store_true", help="leave out the Ray engine")
    args = ap.parse_args()
    configs = [("local --jobs 1", ["--engine", "local", "--jobs", "1"]),
               ("local --jobs 2", ["--engine", "local", "--jobs", "2"])]
    if not args.no_ray:
        configs.append(("ray (2 CPUs)", ["--engine", "ray", "--jobs", "2"]))
    tmp = Path(tempfile.mkdtemp(prefix="redact-bench-"))
    try:
        pages = build_folder(tmp / "in", args.docs, args.pages)
        print(f"{args.docs} documents, {pages} text pages, {os.cpu_count()} cores seen")
        for name, extra in configs:
            seconds, rss, manifest = run(tmp / "in", tmp / f"out-{len(extra)}-{extra[1]}-{extra[-1]}",
                                         tmp / f"log-{extra[1]}-{extra[-1]}.sqlite", *extra)
            done = sum(d["pages"] for d in manifest["documents"] if d["status"] == "ok")
            print(f"{name:16s} {done / seconds:6.2f} pages/s  ({done} pages in {seconds:.1f} s, driver {rss:.0f} MB)")
        engine = ["--engine", args.memory_engine, "--jobs", "2"]
        for n in [int(x) for x in args.memory.split(",") if x.strip()]:
            folder = tmp / f"small-{n}"
            small_files(folder, n)
            seconds, rss, manifest = run(folder, tmp / f"out-small-{n}", tmp / f"log-small-{n}.sqlite", *engine)
            print(f"{n:>6d} small files, {args.memory_engine}: driver peak {rss:.0f} MB "
                  f"({manifest['ok']} ok in {seconds:.1f} s)")
            shutil.rmtree(folder)
            shutil.rmtree(tmp / f"out-small-{n}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
