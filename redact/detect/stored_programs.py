"""The programs the rules' patterns compile to, kept on disk between runs.

Parsing and compiling the rules' patterns (``re``'s parser and compiler, and ``first_chars`` and
``opening_words`` reading them) is about half of start-up. What they make of a pattern depends only on
the pattern, its flags, the Python that compiles it and the code of those modules, so a program kept
from an earlier run under a key of all these is the program compiling would give: a pattern built from
it compares equal to one compiled now (``re`` compares patterns by their text, flags and program).

The store is one file, ``programs-<key>.marshal`` (``marshal``: plain values only, nothing is run when
it is read), in ``$REDACT_PATTERN_CACHE``, else ``$XDG_CACHE_HOME/redact``, else ``~/.cache/redact``;
``REDACT_PATTERN_CACHE=0`` turns it off. A file that cannot be read is ignored and one that cannot be
written is not written: the patterns are then compiled as without a store.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

logger = logging.getLogger(__name__)

ENV_VAR = "REDACT_PATTERN_CACHE"
#: The modules whose code shapes a stored program: a change to one makes a new store.
SHAPING_MODULES = ("branch_tries.py", "first_chars.py", "opening_words.py", "patterns.py", "possessive_repeats.py",
                   "required_words.py", "stored_programs.py")
#: Stores of other versions kept beside the newest (other checkouts or Pythons may use them).
KEEP_FILES = 8
_PREFIX, _SUFFIX = "programs-", ".marshal"


class ProgramStore:
    """Programs by (kind, pattern, flags): read from one file, built when missing, written back by :meth:`save`."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._programs: dict[tuple[str, str, int], object] = _read(path) if path is not None else {}
        self._added = False
        self._used: set[tuple[str, str, int]] = set()

    def get(self, kind: str, pattern: str, flags: int, build: Callable[[], object]) -> object:
        """The value kept for ``(kind, pattern, flags)``, or ``build()``'s, kept for :meth:`save`."""
        key = (kind, pattern, int(flags))
        self._used.add(key)
        try:
            return self._programs[key]
        except KeyError:
            pass
        value = build()
        if self.path is not None:
            self._programs[key] = value
            self._added = True
        return value

    def save(self) -> None:
        """Write the store when programs were built since it was read (to a temporary file, then renamed)."""
        if self.path is None or not self._added:
            return
        if len(self._programs) > 2 * len(self._used):
            # a pattern whose text changes from run to run would otherwise grow the store by a copy every run
            self._programs = {key: self._programs[key] for key in self._used}
        try:
            data = marshal.dumps(self._programs)
        except ValueError:  # a value marshal cannot write: a builder's mistake, never worth failing a run for
            logger.debug("pattern store not written: a value marshal cannot write", exc_info=True)
            return
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".programs-", dir=self.path.parent)
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            logger.debug("pattern store not written to %s", self.path, exc_info=True)
            return
        self._added = False
        _prune(self.path)

    def __len__(self) -> int:
        return len(self._programs)


def _read(path: Path) -> dict[tuple[str, str, int], object]:
    """The programs of the file at ``path``; none when it is missing or not a store."""
    try:
        programs = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(programs, dict):
        return {}
    return programs


def _prune(path: Path) -> None:
    """Remove the oldest stores beside ``path`` beyond :data:`KEEP_FILES`."""
    try:
        others = sorted((p for p in path.parent.glob(f"{_PREFIX}*{_SUFFIX}") if p != path),
                        key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[KEEP_FILES:]:
            old.unlink(missing_ok=True)
    except OSError:
        logger.debug("old pattern stores not removed", exc_info=True)


def store_key() -> str | None:
    """What a stored program depends on, as a digest: the Python and its ``re`` engine, and the shaping modules'
    code; None when that code cannot be read (then nothing is stored)."""
    try:
        import _sre
    except ImportError:  # pragma: no cover - not CPython: nothing to store
        return None
    digest = hashlib.sha256()
    for part in (sys.version, sys.implementation.cache_tag or "", str(_sre.MAGIC), str(_sre.CODESIZE)):
        digest.update(part.encode() + b"\0")
    here = Path(__file__).resolve().parent
    try:
        for name in SHAPING_MODULES:
            digest.update((here / name).read_bytes() + b"\0")
    except OSError:
        return None
    return digest.hexdigest()[:24]


def default_path(environ: dict[str, str] | None = None) -> Path | None:
    """Where the store of this code and Python lives, by the environment; None when it is turned off."""
    env = os.environ if environ is None else environ
    chosen = env.get(ENV_VAR, "")
    if chosen.strip().lower() in ("0", "off", "no", "false"):
        return None
    if chosen:
        folder = Path(chosen)
    elif env.get("XDG_CACHE_HOME"):
        folder = Path(env["XDG_CACHE_HOME"]) / "redact"
    else:
        try:
            folder = Path.home() / ".cache" / "redact"
        except (RuntimeError, KeyError):  # no home directory
            return None
    key = store_key()
    return None if key is None else folder / f"{_PREFIX}{key}{_SUFFIX}"


_store: ProgramStore | None = None


def store() -> ProgramStore:
    """The store of this process, read on first use from :func:`default_path`."""
    global _store
    if _store is None:
        _store = ProgramStore(default_path())
    return _store


def save() -> None:
    """Write this process's store if programs were built since it was read."""
    if _store is not None:
        _store.save()
