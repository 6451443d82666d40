"""LibreOffice cost per office file: seconds per 2-page Word file after the first, and soffice starts.

    nice -n 19 python scripts/benchmark_office.py [--files 6]

Prints the first conversion (which pays for a fresh profile), the median of the rest, how many
times LibreOffice was started, and how many entries the conversions left in a private TMPDIR.
Runs against whatever `redact` is first on PYTHONPATH, so the same script times an older tree.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=6)
    ap.add_argument("--per-file", action="store_true",
                    help="no LibreOffice kept running between files (as a conversion outside a case run)")
    args = ap.parse_args()
    private = Path(tempfile.mkdtemp(prefix="bench-office-"))
    os.environ["TMPDIR"] = str(private)
    tempfile.tempdir = None  # read TMPDIR again
    from benchmark_case import _docx

    from redact.case.office import convert_office

    starts = 0
    real_popen = subprocess.Popen

    class Counting(real_popen):  # type: ignore[misc,valid-type]
        def __init__(self, cmd, *a, **kw):
            nonlocal starts
            if cmd and Path(str(cmd[0])).name in ("soffice", "libreoffice"):
                starts += 1
            super().__init__(cmd, *a, **kw)

    subprocess.Popen = Counting  # type: ignore[misc]
    try:  # as a worker of `redact run` does before each office file; absent before one start per worker
        from redact.case.libreoffice import start_server
    except ImportError:
        def start_server() -> None:
            return None
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(args.files):
            src = Path(tmp) / f"w{n}.docx"
            _docx(src, 100 + n)
            t0 = time.perf_counter()
            if not args.per_file:
                start_server()
            convert_office(src, Path(tmp) / f"w{n}.pdf")
            times.append(time.perf_counter() - t0)
    try:
        from redact.case.office import stop_server  # the long-lived LibreOffice, where there is one
    except ImportError:
        pass
    else:
        stop_server()
    rest = times[1:]
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print(f"{args.files} Word files (2 pages): first {times[0]:.2f} s, then median {statistics.median(rest):.2f} s "
          f"(min {min(rest):.2f}, max {max(rest):.2f}); LibreOffice started {starts} times")
    left = sorted(p.name for p in private.iterdir())
    print(f"left in the private TMPDIR after the conversions (before this process exits): {len(left)} {left[:5]}")
    shutil.rmtree(private, ignore_errors=True)


if __name__ == "__main__":
    main()
