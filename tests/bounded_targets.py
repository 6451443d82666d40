"""What the bounded-worker tests run in the worker: sleeping, allocating, crashing, reporting pages.

Module-level functions, so a worker forked by a forkserver can unpickle them by name.
"""

from __future__ import annotations

import os
import signal
import time


def sleeps(seconds: float, progress=None) -> str:
    """Wait without working, then answer."""
    time.sleep(seconds)
    return "klar"


def allocates(mb: int, progress=None) -> int:
    """Allocate ``mb`` megabytes."""
    return len(bytearray(mb << 20))


def crashes(progress=None) -> None:
    """Die of a segmentation fault, as a PDF library does on a hostile file."""
    import faulthandler

    faulthandler.disable()  # no traceback dump from the dying worker in the test output
    os.kill(os.getpid(), signal.SIGSEGV)


def beats(pages: int, seconds: float = 0.0, progress=None) -> int:
    """Report ``pages`` pages done, ``seconds`` apart."""
    for n in range(1, pages + 1):
        time.sleep(seconds)
        progress("detect", n, pages)
    return pages
