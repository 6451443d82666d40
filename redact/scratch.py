"""Private scratch folders named after their process, and the sweep of those whose process is gone.

A scratch folder can hold a copy of an input, i.e. personal data, outside every folder the
registrar knows of. A process killed outright (SIGKILL, a lost machine) cannot remove its own,
so the next run on the machine removes every such folder whose process no longer exists.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def private_folder(prefix: str, root: Path | None = None) -> Path:
    """A new folder only this user can read, named ``<prefix><pid>-<random>``."""
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=root))  # mkdtemp makes it 0700


def sweep_dead(prefix: str, root: Path | None = None) -> int:
    """Remove the ``prefix`` folders under ``root`` (the temp folder) of processes gone; how many went."""
    root = Path(root or tempfile.gettempdir())
    gone = 0
    for folder in root.glob(f"{prefix}*-*"):
        pid = folder.name[len(prefix):].split("-", 1)[0]
        if pid.isdigit() and not alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            gone += 1
    return gone


def alive(pid: int) -> bool:
    """Whether a process with this id exists on this machine."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
