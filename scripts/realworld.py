#!/usr/bin/env python3
"""Run `redact run` over real-world PDFs from public test suites and print the figures we are judged on.

Each file goes through the CLI exactly as a registrar would run it, in its own subprocess with a
timeout:  python -m redact.cli run IN -o OUT --audit AUDIT --log <temp sqlite>.  Per file it records
the exit code, seconds, page count (MuPDF), the one line on stderr, whether stderr holds a traceback
or an internal error, and for exit-0 outputs the ink lost outside the masks: input and output pages
are rendered at 50 dpi in grey, the input as a viewer shows it (form fields and annotations drawn, since
the tool bakes what shows into the page; the icons of comments and attachments, which it lists as
notes instead, count as paper); of the input's dark pixels (< 128), those that are light
(> 200) in the output were lost. Masks are black boxes, so ink under a mask stays dark and whatever
turned light vanished without a box over it.

A file that is not a PDF (e-mail, Outlook message, Office file, image, zip: a list such as
scripts/realworld_office.txt) is run as a case, as a registrar would:  redact run IN -o FOLDER --audit
AUDIT --log <temp sqlite> --jobs 1; its record also holds the case's manifest (each document, attachments
included, with its output, status, masks, warnings and error). Exit 6 there means some documents were
refused. The ink measure is left to realworld_leaks.py, which converts the input again.

Results go to a JSON-lines file, one line per file; a rerun skips files already in it (resumable),
and Ctrl-C stops cleanly (running children are killed, finished lines are kept).

Usage:
  PYTHONPATH=$PWD python scripts/realworld.py --root /work/corpora --out /work/corpora/run1 \\
      [--results R.jsonl] [--jobs 2] [--timeout 120] [--limit N] [--no-ocr] [LIST.txt | FOLDER]
  python scripts/realworld.py --summary R.jsonl          # print the summary of an existing run
  python scripts/realworld.py --compare A.jsonl B.jsonl  # what changed between two runs
  python scripts/realworld.py --extract GIT_DIR NAME --root /work/corpora   # unpack a repo's *.pdf

The default list is scripts/realworld_files.txt (paths relative to --root). The corpora are the
bare git directories that `fetch github:mozilla/pdf.js` etc. return; --extract writes every *.pdf
blob of HEAD to <root>/<NAME>/<path> (git-LFS pointers and files without a PDF header are skipped).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_LIST = HERE / "realworld_files.txt"
INK, LIGHT = 128, 200  # grey levels: input ink is darker than INK; lost ink is lighter than LIGHT in the output
LOSS_REPORTED = 0.01  # an exit-0 file losing more than this share of its ink is listed
SLOW_SECONDS, SLOW_PAGES = 60.0, 50
MEASURE_TIMEOUT = 300


# --------------------------------------------------------------------------- measuring (child process)


def measure(src: str, out: str | None) -> dict:
    """Page count of SRC and, if OUT is given, ink lost per page between SRC and OUT (runs in a child)."""
    import numpy as np
    import pymupdf

    from redact.ingest.bake_check import viewer_drawing

    pymupdf.TOOLS.mupdf_display_errors(False)
    res: dict = {}
    try:
        doc = pymupdf.open(src)
        res["pages"] = doc.page_count
    except Exception as exc:  # a file MuPDF cannot open has no page count; the CLI says why
        return {"pages": None, "measure_error": f"{type(exc).__name__}: {exc}"[:200]}
    if not out:
        return res
    outdoc = pymupdf.open(out)
    if outdoc.page_count != doc.page_count:
        res["measure_error"] = f"page count {doc.page_count} -> {outdoc.page_count}"
    per_page = []
    total_ink = total_lost = 0
    for i in range(min(doc.page_count, outdoc.page_count)):
        try:
            pa = viewer_drawing(doc[i])  # as a viewer shows it; note icons (listed as notes, not baked) as paper
            b = outdoc[i].get_pixmap(dpi=50, colorspace=pymupdf.csGRAY)
        except Exception as exc:
            res.setdefault("measure_error", f"page {i + 1}: {type(exc).__name__}: {exc}"[:200])
            continue
        if (pa.shape[1], pa.shape[0]) != (b.width, b.height):
            res.setdefault("measure_error", f"page {i + 1}: size {pa.shape[1]}x{pa.shape[0]} -> {b.width}x{b.height}")
            continue
        pb = np.frombuffer(b.samples, dtype=np.uint8).reshape(b.height, b.stride)[:, : b.width]
        ink = pa < INK
        n_ink = int(ink.sum())
        n_lost = int((ink & (pb > LIGHT)).sum())
        total_ink += n_ink
        total_lost += n_lost
        per_page.append((i + 1, n_ink, n_lost))
    res["ink"] = total_ink
    res["ink_lost"] = total_lost
    res["ink_lost_share"] = round(total_lost / total_ink, 5) if total_ink else 0.0
    worst = max(per_page, key=lambda t: (t[2] / t[1] if t[1] else 0.0, t[2]), default=None)
    if worst is not None and worst[1]:
        res["worst_page"] = worst[0]
        res["worst_page_share"] = round(worst[2] / worst[1], 5)
    else:
        res["worst_page"], res["worst_page_share"] = None, 0.0
    return res


# --------------------------------------------------------------------------- running one file


_children: set[subprocess.Popen] = set()
_children_lock = threading.Lock()
_stop = threading.Event()


# Runs argv[1:], prints its processor seconds (with its children's) as the last line of stderr and
# exits as it did; a command killed by a signal kills this parent with the same signal.
_TIMED = (
    "import os,resource,signal,subprocess,sys\n"
    "rc=subprocess.call(sys.argv[1:])\n"
    "u=resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "sys.stderr.write('\\n__cpu__ %.2f\\n' % (u.ru_utime+u.ru_stime)); sys.stderr.flush()\n"
    "if rc<0: signal.signal(-rc, signal.SIG_DFL); os.kill(os.getpid(), -rc)\n"
    "sys.exit(rc)\n"
)


def _run(cmd: list[str], timeout: float, env: dict | None = None) -> tuple[int | None, str, str, float, float]:
    """Run CMD in its own process group; on timeout or stop kill the whole group.

    Returns (rc, out, err, wall seconds, processor seconds)."""
    t0 = time.perf_counter()
    # A small parent of its own waits for the command, so its count of the processor seconds of its
    # children is the command's alone, also while other files run beside it (--jobs 2).
    timed = [sys.executable, "-c", _TIMED, *cmd]
    proc = subprocess.Popen(timed, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    with _children_lock:
        _children.add(proc)
    try:
        out, err = proc.communicate(timeout=timeout)
        rc: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        _kill(proc)
        out, err = proc.communicate()
        rc = None
    finally:
        with _children_lock:
            _children.discard(proc)
    # Processor seconds of the run and the processes it waited for (OCR workers, Tesseract): unlike
    # wall time this hardly changes when other work shares the machine.
    text = err.decode("utf-8", "replace")
    m = re.search(r"\n?__cpu__ ([0-9.]+)\n?$", text)
    cpu = float(m.group(1)) if m else 0.0
    if m:
        text = text[: m.start()]
    return rc, out.decode("utf-8", "replace"), text, time.perf_counter() - t0, cpu


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the CLI may have OCR workers of its own
    except ProcessLookupError:
        pass


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def stderr_line(err: str) -> str:
    """The one line the CLI printed for the user (its last 'redact:' line, else the last line)."""
    lines = [ln.strip() for ln in err.splitlines() if ln.strip()]
    mine = [ln for ln in lines if ln.startswith("redact:")]
    return (mine or lines or [""])[-1][:500]


def reason(line: str, name: str) -> str:
    """A refusal line with file names, numbers and parenthesised details taken out, for counting."""
    s = line.removeprefix("redact: fel: ").removeprefix("redact: ")
    s = s.replace(name, "<fil>")
    s = re.sub(r"\([^()]*\)", "(…)", s)
    s = re.sub(r"\([^()]*\)", "(…)", s)  # one level of nesting
    s = re.sub(r"\d+", "N", s)
    return s[:160]


def process(rel: str, src: Path, outdir: Path, timeout: float, no_ocr: bool) -> dict:
    """Run the CLI on one file and measure the result."""
    if src.suffix.lower() != ".pdf":
        return process_case(rel, src, outdir, timeout, no_ocr)
    # a neutral name: the CLI warns when the output's file name holds something it masks
    stem = hashlib.sha1(rel.encode()).hexdigest()[:12]
    out, audit, log = outdir / f"{stem}.out.pdf", outdir / f"{stem}.audit.json", outdir / f"{stem}.log.sqlite"
    for p in (out, audit, log):
        p.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "redact.cli", "run", str(src), "-o", str(out), "--audit", str(audit), "--log", str(log)]
    if no_ocr:
        cmd.append("--no-ocr")
    rc, stdout, err, secs, cpu = _run(cmd, timeout)
    log.unlink(missing_ok=True)
    rec: dict = {"file": rel, "exit": rc, "seconds": round(secs, 2), "cpu_seconds": round(cpu, 2),
                 "output": str(out) if out.exists() else None}
    rec["timeout"] = rc is None
    rec["stderr"] = stderr_line(err)
    rec["traceback"] = "Traceback" in err or "internt fel" in err
    m = re.search(r"(\d+) sidor, (\d+) maskeringar", stdout)
    if m:
        rec["masks"] = int(m.group(2))
    if rc is not None and rc < 0:
        rec["signal"] = -rc
    if rc == 0:
        rec["timings"] = audit_timings(audit)
    if _stop.is_set():
        return rec
    args = [sys.executable, __file__, "--_measure", str(src)] + ([str(out)] if rc == 0 and out.exists() else [])
    mrc, mout, merr, _, _ = _run(args, MEASURE_TIMEOUT)
    if mrc == 0 and mout.strip():
        rec.update(json.loads(mout.strip().splitlines()[-1]))
    else:
        rec["pages"] = None
        rec["measure_error"] = "timeout" if mrc is None else f"rc {mrc}: {stderr_line(merr)}"[:200]
    return rec


def process_case(rel: str, src: Path, outdir: Path, timeout: float, no_ocr: bool) -> dict:
    """Run the CLI on one file that is not a PDF, as a case into a folder, and read its manifest."""
    stem = hashlib.sha1(rel.encode()).hexdigest()[:12]
    folder, audit, log = outdir / f"{stem}.case", outdir / f"{stem}.audit.json", outdir / f"{stem}.log.sqlite"
    shutil.rmtree(folder, ignore_errors=True)
    for p in (audit, log):
        p.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "redact.cli", "run", str(src), "-o", str(folder), "--audit", str(audit), "--log", str(log),
           "--jobs", "1"]
    if no_ocr:
        cmd.append("--no-ocr")
    rc, stdout, err, secs, cpu = _run(cmd, timeout)
    log.unlink(missing_ok=True)
    rec: dict = {"file": rel, "case": True, "exit": rc, "seconds": round(secs, 2), "cpu_seconds": round(cpu, 2),
                 "output": str(folder) if folder.is_dir() else None, "timeout": rc is None}
    rec["stderr"] = stderr_line(err)
    m = re.search(r"(\d+) av (\d+) dokument klara, (\d+) sidor, (\d+) maskeringar", stdout)
    if m:
        rec["masks"], rec["pages"] = int(m.group(4)), int(m.group(3))
    if rc is not None and rc < 0:
        rec["signal"] = -rc
    try:
        manifest = json.loads((folder / "manifest.json").read_text())
    except (OSError, ValueError):
        manifest = {}
    rec["documents"] = [{"index": d.get("index"), "input": d.get("input"), "status": d.get("status"),
                         "output": str(folder / d["output"]) if d.get("output") else None, "pages": d.get("pages"),
                         "masks": d.get("masks"), "warnings": d.get("warnings") or [], "error": d.get("error")}
                        for d in manifest.get("documents", [])]
    # a document refused for an internal error or a lost worker is a crash, though the case went on
    internal = any(re.search(r"internt fel|arbetsprocessen avbröts", d.get("error") or "") for d in rec["documents"])
    rec["traceback"] = "Traceback" in err or "internt fel" in err or internal
    return rec


def audit_timings(audit: Path) -> dict[str, float] | None:
    """The pipeline's own stage timings from the audit record (model load excluded from the work)."""
    try:
        return json.loads(audit.read_text()).get("timings_s")
    except (OSError, ValueError):
        return None


# --------------------------------------------------------------------------- the run


def read_list(arg: str | None, root: Path) -> list[str]:
    """Relative paths from a list file, or every *.pdf under a folder (relative to root when inside it)."""
    if arg and Path(arg).is_dir():
        folder = Path(arg).resolve()
        base = root.resolve() if folder.is_relative_to(root.resolve()) else folder
        return sorted(str(p.relative_to(base)) for p in folder.rglob("*") if p.suffix.lower() == ".pdf" and p.is_file())
    path = Path(arg) if arg else DEFAULT_LIST
    return [ln.strip() for ln in path.read_text().splitlines() if ln.strip() and not ln.startswith("#")]


def load(path: Path) -> dict[str, dict]:
    """The records of a JSONL results file by file (a torn last line from a kill is ignored)."""
    recs: dict[str, dict] = {}
    if path.exists():
        for ln in path.read_text().splitlines():
            try:
                r = json.loads(ln)
            except json.JSONDecodeError:
                continue
            recs[r["file"]] = r
    return recs


def run_all(args: argparse.Namespace) -> Path:
    """Run every file not yet in the results file, --jobs at a time; returns the results path."""
    root = Path(args.root)
    outdir = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="realworld-"))
    outdir.mkdir(parents=True, exist_ok=True)
    results = Path(args.results) if args.results else outdir / "results.jsonl"
    files = read_list(args.input, root)
    if args.limit:
        files = files[: args.limit]
    done = load(results)
    todo = [f for f in files if f not in done]
    print(f"{len(files)} files, {len(files) - len(todo)} already in {results}, {len(todo)} to run; outputs in {outdir}", file=sys.stderr)
    queue = list(reversed(todo))
    lock = threading.Lock()
    fh = results.open("a")
    counter = [len(files) - len(todo)]

    def worker() -> None:
        while not _stop.is_set():
            with lock:
                if not queue:
                    return
                rel = queue.pop()
            src = root / rel
            if not src.is_file():
                rec = {"file": rel, "exit": None, "missing": True}
            else:
                rec = process(rel, src, outdir, args.timeout, args.no_ocr)
            if _stop.is_set() and (rec.get("exit") is None or rec.get("exit", 0) < 0):
                return  # killed by Ctrl-C: not a result, rerun it next time
            with lock:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                fh.flush()
                counter[0] += 1
                print(f"[{counter[0]}/{len(files)}] exit {rec.get('exit')} {rec.get('seconds', 0):6.1f}s {rel}", file=sys.stderr)

    # Ctrl-C, and SIGTERM (a run started in the background ignores SIGINT), stop cleanly.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _interrupt)
    threads = [threading.Thread(target=worker, daemon=True) for _ in range(max(1, args.jobs))]
    for t in threads:
        t.start()
    try:
        while any(t.is_alive() for t in threads):
            for t in threads:
                t.join(0.5)
    except KeyboardInterrupt:
        print("\nstopping: killing running files (they are rerun next time)", file=sys.stderr)
        _stop.set()
        with _children_lock:
            for p in list(_children):
                _kill(p)
        for t in threads:
            t.join()
    finally:
        fh.close()
    return results


# --------------------------------------------------------------------------- summary and comparison


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f} %" if d else "-"


def _quantile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * q
    lo = int(k)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def exit_label(r: dict) -> str:
    if r.get("missing"):
        return "missing"
    if r.get("timeout"):
        return "timeout"
    return str(r.get("exit"))


def _cpu(r: dict) -> str:
    """A record's processor seconds; unknown for a run killed at the time limit (its counter died with it)."""
    return "     ? s" if r.get("timeout") else f"{r['cpu_seconds']:6.1f} s"


def summary(recs: list[dict]) -> str:
    """The figures: exit codes, refusal reasons, tracebacks, slow files, ink loss, seconds per page."""
    n = len(recs)
    lines = [f"files: {n}"]
    codes = Counter(exit_label(r) for r in recs)
    lines.append("exit codes:")
    for code, c in sorted(codes.items(), key=lambda kv: -kv[1]):
        lines.append(f"  {code:>8}  {c:5d}  {_pct(c, n)}")
    refused = [r for r in recs if r.get("exit") == 2]
    if refused:
        lines.append(f"refusal reasons (exit 2, {len(refused)}):")
        reasons = Counter(reason(r.get("stderr", ""), Path(r["file"]).name) for r in refused)
        for text, c in reasons.most_common():
            lines.append(f"  {c:4d}  {text}")
    leaks = [r for r in recs if r.get("exit") == 3]
    if leaks:
        lines.append(f"verification failures (exit 3, {len(leaks)}):")
        for r in leaks:
            lines.append(f"  {r['file']}: {r.get('stderr', '')[:150]}")
    lost = [r for r in recs if r.get("exit") == 5]
    if lost:
        lines.append(f"refused because content outside the masks would be lost (exit 5, {len(lost)}):")
        for r in lost:
            lines.append(f"  {r['file']}: {r.get('stderr', '')[:150]}")
    tb = [r for r in recs if r.get("traceback") or (r.get("exit") not in (0, 2, 3, 5, None) and not (r.get("case") and r.get("exit") == 6))]
    lines.append(f"tracebacks / internal errors / crashes: {len(tb)}")
    for r in tb:
        lines.append(f"  {r['file']}: exit {r.get('exit')} {r.get('stderr', '')[:150]}")
    slow = [r for r in recs if (r.get("timeout") or r.get("seconds", 0) > SLOW_SECONDS) and (r.get("pages") or 0) < SLOW_PAGES]
    lines.append(f"runs over {SLOW_SECONDS:.0f} s (or timed out) on files under {SLOW_PAGES} pages: {len(slow)}")
    # Wall time grows when other work shares the machine; processor seconds say what a file costs.
    timed = [r for r in recs if "cpu_seconds" in r]
    if timed:
        heavy = [r for r in timed if (r.get("timeout") or r["cpu_seconds"] > SLOW_SECONDS) and (r.get("pages") or 0) < SLOW_PAGES]
        lines.append(f"runs over {SLOW_SECONDS:.0f} processor seconds (or timed out) on files under {SLOW_PAGES} pages: {len(heavy)}")
        for r in sorted(heavy, key=lambda r: -r["cpu_seconds"]):
            lines.append(f"  cpu {_cpu(r)}  {r.get('seconds', 0):6.1f} s  {r.get('pages')} p  exit {exit_label(r)}  {r['file']}")
    for r in sorted(slow, key=lambda r: -r.get("seconds", 0)):
        cpu = f"  cpu {_cpu(r)}" if "cpu_seconds" in r else ""
        lines.append(f"  {r.get('seconds', 0):6.1f} s{cpu}  {r.get('pages')} p  exit {exit_label(r)}  {r['file']}")
    cases = [r for r in recs if r.get("case")]
    if cases:
        lines.extend(case_summary(cases))
    ok = [r for r in recs if r.get("exit") == 0 and not r.get("case")]
    lossy = [r for r in ok if (r.get("ink_lost_share") or 0) > LOSS_REPORTED or (r.get("worst_page_share") or 0) > LOSS_REPORTED]
    lines.append(f"exit-0 files losing > {100 * LOSS_REPORTED:.0f} % ink outside masks (overall or worst page): {len(lossy)} of {len(ok)}")
    for r in sorted(lossy, key=lambda r: -(r.get("worst_page_share") or 0)):
        lines.append(
            f"  overall {100 * (r.get('ink_lost_share') or 0):5.1f} %  worst p{r.get('worst_page')} {100 * (r.get('worst_page_share') or 0):5.1f} %  {r['file']}"
        )
    merr = [r for r in ok if r.get("measure_error")]
    if merr:
        lines.append(f"exit-0 files the ink measure could not compare fully: {len(merr)}")
        for r in merr[:20]:
            lines.append(f"  {r['file']}: {r['measure_error']}")
    spp = [r["seconds"] / r["pages"] for r in ok if r.get("pages")]
    lines.append(
        f"seconds per page, whole CLI run (exit 0, {len(spp)} files): median {_quantile(spp, 0.5):.2f}, p95 {_quantile(spp, 0.95):.2f}"
    )
    work = []
    for r in ok:
        t = r.get("timings")
        if t is None and r.get("output"):  # older lines: read the audit written beside the output
            t = audit_timings(Path(r["output"].removesuffix(".out.pdf") + ".audit.json"))
        if t and r.get("pages"):
            work.append(sum(v for k, v in t.items() if k != "load") / r["pages"])
    if work:
        lines.append(
            f"seconds per page, pipeline work without start-up and model load ({len(work)} files): "
            f"median {_quantile(work, 0.5):.2f}, p95 {_quantile(work, 0.95):.2f}"
        )
    total_s = sum(r.get("seconds", 0) for r in recs)
    lines.append(f"total CLI time: {total_s / 60:.1f} min over {sum(r.get('pages') or 0 for r in recs)} pages")
    return "\n".join(lines)


def case_summary(cases: list[dict]) -> list[str]:
    """The documents of the inputs run as cases: attachments, refusals and their reasons, warnings."""
    docs = [d for r in cases for d in r.get("documents", [])]
    status = Counter(d.get("status") for d in docs)
    lines = [f"inputs run as cases: {len(cases)}, documents in them (attachments included): {len(docs)}: "
             + ", ".join(f"{k} {v}" for k, v in status.most_common())]
    refused = [d for d in docs if d.get("status") != "ok"]
    if refused:
        lines.append(f"documents refused ({len(refused)}):")
        reasons = Counter(reason(d.get("error") or "", Path(d.get("input") or "").name) for d in refused)
        for text, c in reasons.most_common():
            lines.append(f"  {c:4d}  {text}")
    warned = Counter(re.sub(r"\d+", "N", w)[:120] for d in docs for w in d.get("warnings", []))
    if warned:
        lines.append("warnings of written documents:")
        for text, c in warned.most_common():
            lines.append(f"  {c:4d}  {text}")
    lines.append(f"documents written: {status.get('ok', 0)}, {sum(d.get('pages') or 0 for d in docs if d.get('status') == 'ok')} pages, "
                 f"{sum(d.get('masks') or 0 for d in docs if d.get('status') == 'ok')} masks")
    return lines


def compare(a: dict[str, dict], b: dict[str, dict]) -> str:
    """What changed from run A to run B: exit codes, stderr lines, ink loss, big speed changes."""
    common = sorted(set(a) & set(b))
    lines = [f"{len(common)} files in both runs ({len(set(a) - set(b))} only in A, {len(set(b) - set(a))} only in B)"]
    moves = Counter((exit_label(a[f]), exit_label(b[f])) for f in common if exit_label(a[f]) != exit_label(b[f]))
    if moves:
        lines.append("exit code changes (A -> B):")
        for (x, y), c in moves.most_common():
            lines.append(f"  {x:>8} -> {y:<8} {c}")
    for f in common:
        ra, rb = a[f], b[f]
        what = []
        if exit_label(ra) != exit_label(rb):
            what.append(f"exit {exit_label(ra)} -> {exit_label(rb)}: {rb.get('stderr', '')[:120]}")
        elif ra.get("stderr") != rb.get("stderr") and ra.get("exit") != 0:
            what.append(f"stderr: {rb.get('stderr', '')[:120]}")
        la, lb = ra.get("worst_page_share"), rb.get("worst_page_share")
        if la is not None and lb is not None and abs(la - lb) > 0.005:
            what.append(f"worst-page ink loss {100 * la:.1f} % -> {100 * lb:.1f} %")
        sa, sb = ra.get("seconds", 0), rb.get("seconds", 0)
        if max(sa, sb) > 10 and (sb > 2 * sa or sa > 2 * sb):
            what.append(f"seconds {sa:.1f} -> {sb:.1f}")
        if what:
            lines.append(f"{f}: " + "; ".join(what))
    for f in sorted(set(b) - set(a))[:20]:
        lines.append(f"only in B: {f} exit {exit_label(b[f])}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- corpus extraction


def extract(git_dir: str, name: str, root: Path) -> None:
    """Write every *.pdf blob of HEAD in GIT_DIR to ROOT/NAME/<path>; skip LFS pointers and non-PDFs."""
    names = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "HEAD", "--name-only"], capture_output=True, text=True, check=True)
    kept = skipped = 0
    for path in names.stdout.splitlines():
        if not path.lower().endswith(".pdf"):
            continue
        blob = subprocess.run(["git", "--git-dir", git_dir, "show", f"HEAD:{path}"], capture_output=True)
        data = blob.stdout
        if blob.returncode or data.startswith(b"version https://git-lfs") or b"%PDF" not in data[:1024]:
            skipped += 1
            continue
        dest = root / name / path
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)
        kept += 1
    print(f"{name}: {kept} PDFs written under {root / name}, {skipped} skipped (absent, LFS pointer or no PDF header)")


def main() -> int:
    """Entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", nargs="?", help="list file (paths relative to --root) or a folder of PDFs; default scripts/realworld_files.txt")
    ap.add_argument("--root", default="/work/corpora", help="folder the list's paths are relative to")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per file before it is killed")
    ap.add_argument("--out", help="folder for outputs and audits (default: a new temp folder)")
    ap.add_argument("--results", help="JSONL results file (default: OUT/results.jsonl); existing lines are skipped")
    ap.add_argument("--limit", type=int, help="only the first N files of the list")
    ap.add_argument("--no-ocr", action="store_true", help="pass --no-ocr to redact run")
    ap.add_argument("--summary", metavar="JSONL", help="print the summary of an existing results file and stop")
    ap.add_argument("--compare", nargs=2, metavar=("A", "B"), help="print what changed between two results files")
    ap.add_argument("--extract", nargs=2, metavar=("GIT_DIR", "NAME"), help="unpack a bare repo's PDFs under ROOT/NAME")
    ap.add_argument("--_measure", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args._measure:
        print(json.dumps(measure(args._measure[0], args._measure[1] if len(args._measure) > 1 else None)))
        return 0
    if args.extract:
        extract(args.extract[0], args.extract[1], Path(args.root))
        return 0
    if args.compare:
        print(compare(load(Path(args.compare[0])), load(Path(args.compare[1]))))
        return 0
    if args.summary:
        print(summary(list(load(Path(args.summary)).values())))
        return 0
    results = run_all(args)
    wanted = set(read_list(args.input, Path(args.root))[: args.limit] if args.limit else read_list(args.input, Path(args.root)))
    recs = [r for f, r in load(results).items() if f in wanted]
    print(f"results: {results}")
    print(summary(recs))
    return 130 if _stop.is_set() else 0


if __name__ == "__main__":
    sys.exit(main())
