"""The C allocator's settings for a process that runs the language model page batch after page batch."""

from __future__ import annotations

import ctypes
import logging
import os

log = logging.getLogger(__name__)

# glibc's mallopt parameters (malloc.h)
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
#: Blocks up to this size come from the heap, not from a fresh mapping of their own.
MMAP_THRESHOLD = 32 << 20
#: Free memory at the top of the heap is given back to the system beyond this size only. A batch of 16 pages
#: frees between 64 and 128 MB at the top (the two pipelines' layers, rendering and verification): at 64 MB
#: every batch faulted them in again (about 1,800 page faults and 2 ms of system time per page).
TRIM_THRESHOLD = 256 << 20

_done = False


def keep_freed_heap() -> None:
    """Let glibc keep the memory a batch of pages frees for the next batch (once per process; elsewhere nothing).

    The model's layers hold arrays of a few megabytes per batch. By default glibc hands such
    blocks back to the system when they are freed and the next batch faults every page of them
    in again: about 1,500 page faults and 3 ms of system time per page of text. Kept, the heap
    stays at the size of one batch's arrays (tens of megabytes), which a run reaches anyway.
    """
    global _done
    if _done:
        return
    _done = True
    if not _glibc():
        return
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    if not (mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD) and mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)):
        log.debug("mallopt refused the heap settings; the allocator keeps its defaults")


def _glibc() -> bool:
    """True when this process runs on GNU libc (mallopt and its parameters are glibc's)."""
    try:
        return os.confstr("CS_GNU_LIBC_VERSION") is not None
    except (AttributeError, ValueError, OSError):
        return False
