"""LibreOffice headless: one start per worker (or per file), and nothing of it left behind.

A worker starts one soffice listening on a private pipe (``start_server``, before it forks
a document's bounded child) and every office file of that worker is converted through it
over UNO: a start-up costs seconds, a conversion a fraction of one. A conversion with no
server running starts one for that file alone and stops it at the end (one start for both
steps of the file). Where Python cannot reach UNO (Debian package python3-uno missing),
each step starts its own soffice as it always did.

LibreOffice's profile and its temporary files (TMPDIR) live in one private folder per
server, removed when the server stops: also after a conversion is killed for its time
limit, and by the engine (``remove_leftovers``) when a worker died without stopping it. The
socket files of its pipes, which LibreOffice always puts in /tmp, go with it.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Iterator

from redact.errors import OfficeError

#: Seconds a fresh LibreOffice may take to listen on its pipe (a first start builds the profile).
START_TIMEOUT = 60.0
#: Filter names of the formats this module writes (``storeToURL``), by the extension --convert-to uses.
STORE_FILTERS = {
    "fodt": "OpenDocument Text Flat XML", "fods": "OpenDocument Spreadsheet Flat XML",
    "fodp": "OpenDocument Presentation Flat XML",
}
#: The full names of the import filters --infilter knows by a short name.
_IMPORT_FILTERS = {"CSV": "Text - txt - csv (StarCalc)"}
_PID_FILE = "soffice.pid"

_root: Path | None = None  # where private folders go; None: the system's temporary folder
_server: Server | None = None
_home: Home | None = None  # without UNO: the worker's folder, so each start reuses a built profile


def soffice() -> str:
    """The LibreOffice executable, or an OfficeError saying how to install it."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise OfficeError("LibreOffice saknas: kör scripts/setup.sh (Debian-paketen libreoffice-*-nogui) och försök igen")
    return exe


def _timed_out(name: str, timeout: float) -> OfficeError:
    return OfficeError("{name}: LibreOffice blev inte klar inom {timeout:g} s; filen vägras "
                       "(öppna den i Office, spara som PDF och försök igen)", name=name, timeout=timeout)


def _unreadable(name: str) -> OfficeError:
    return OfficeError("{name}: LibreOffice kunde inte öppna filen (skadad, lösenordsskyddad eller fel format); "
                       "den vägras", name=name)


def _kill_group(pid: int, wait: float = 5.0) -> None:
    """Kill a process group and wait (a little) until none of it is left to write into its folder."""
    with suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            os.killpg(pid, 0)
        except (ProcessLookupError, PermissionError):
            return
        with suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # the leader, when it is this process's child
        time.sleep(0.02)


class Home:
    """A private folder for one LibreOffice: its profile and its temporary files."""

    def __init__(self, root: Path | None):
        self.path = Path(tempfile.mkdtemp(prefix="redact-lo-", dir=root))
        self.tmp.mkdir()
        self.owner = os.getpid()

    @property
    def tmp(self) -> Path:
        return self.path / "tmp"

    def command(self, *args: str) -> list[str]:
        """soffice with this folder's profile and the options of an unattended conversion."""
        return [soffice(), f"-env:UserInstallation={(self.path / 'profile').as_uri()}", "--headless", "--invisible",
                "--norestore", "--nologo", "--nodefault", "--nolockcheck", *args]

    def env(self) -> dict[str, str]:
        # LibreOffice's own temporary files (lu*.tmp) stay in this folder, so a kill leaves none elsewhere
        return {**os.environ, "TMPDIR": str(self.tmp)}

    def remove(self) -> None:
        """Remove the folder and the pipe LibreOffice left in /tmp for it (a killed soffice never removes it)."""
        shutil.rmtree(self.path, ignore_errors=True)
        remove_pipe(ipc_pipe(self.path))


def ipc_pipe(folder: Path) -> str:
    """The name of the pipe every soffice on ``folder``'s profile opens (LibreOffice's own hash of the profile URL)."""
    digest = hashlib.md5((Path(folder) / "profile").as_uri().encode("utf-16-le")).digest()  # noqa: S324 - a name only
    return "SingleOfficeIPC_" + "".join(format(b, "x") for b in digest)


def remove_pipe(name: str) -> None:
    """Remove LibreOffice's socket file of pipe ``name``: always under /tmp (or /var/tmp), whatever TMPDIR says."""
    for folder in ("/tmp", "/var/tmp"):
        with suppress(OSError):
            os.unlink(f"{folder}/OSL_PIPE_{os.getuid()}_{name}")


class Server:
    """One soffice in its own process group, listening on a pipe only this process knows."""

    def __init__(self, root: Path | None):
        self.home = Home(root)
        self.pipe = f"redact-{os.getpid()}-{os.urandom(6).hex()}"
        self.owner = os.getpid()
        self.proc = subprocess.Popen(
            self.home.command(f"--accept=pipe,name={self.pipe};urp;StarOffice.ComponentContext"),
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env=self.home.env(), start_new_session=True)
        (self.home.path / _PID_FILE).write_text(f"{self.proc.pid} {self.pipe}")

    def alive(self) -> bool:
        """Whether soffice still runs (killed for a time limit in a child, it must be started again)."""
        try:
            os.killpg(self.proc.pid, 0)
        except (ProcessLookupError, PermissionError):
            return False
        return self.proc.poll() is None if os.getpid() == self.owner else True

    def kill(self) -> None:
        """Stop soffice and everything it started (it keeps no state worth a clean shutdown)."""
        # only the owner can reap the group's leader: elsewhere it stays a zombie until the owner stops it
        _kill_group(self.proc.pid, wait=5.0 if os.getpid() == self.owner else 0.0)
        if os.getpid() == self.owner:
            self.proc.wait()

    def stop(self) -> None:
        """Kill soffice and remove its folder and pipes."""
        self.kill()
        self.home.remove()
        remove_pipe(self.pipe)


def use_profile_folder(root: Path | None) -> None:
    """Put this process's LibreOffice folders under ``root``, which its owner (the engine) removes."""
    global _root
    stop_server()
    _root = Path(root) if root is not None else None


def uno_reachable() -> bool:
    """Whether UNO can be imported here, judged without importing it (that starts the UNO runtime)."""
    import importlib.util

    if importlib.util.find_spec("uno") is not None:
        return True
    return any((Path(d) / "uno.py").is_file() for d in _uno_dirs())


def _uno_dirs() -> list[str]:
    # python3-uno installs uno.py for the system Python; a virtual environment does not see it
    return [d for d in ("/usr/lib/python3/dist-packages", "/usr/lib/libreoffice/program") if Path(d).is_dir()]


def _import_uno() -> Any:
    try:
        import uno
    except ImportError:
        added = [d for d in _uno_dirs() if d not in sys.path]
        sys.path.extend(added)  # last, so nothing of the system's packages shadows the environment's
        try:
            import uno
        finally:
            for d in added:
                with suppress(ValueError):
                    sys.path.remove(d)
    # uno replaces the import statement of the whole process with a hook for "from com.sun.star... import";
    # that hook turns a missing module into a plain ImportError, which broke the first later import of a
    # package that probes for an optional one (tqdm: `redact detect` on an office file was an internal error).
    # Nothing here imports from UNO's namespace: the process's own import comes back.
    import builtins

    original = getattr(uno, "_builtin_import", None)
    if original is not None and getattr(builtins.__import__, "__module__", None) == "uno":
        builtins.__import__ = original
    return uno


def start_server() -> Server | None:
    """Start this process's LibreOffice (or keep the running one); None where UNO is out of reach.

    Called by a worker before it forks a document's child, so the server outlives the child.
    """
    global _server, _home
    if _server is not None and _server.owner == os.getpid() and _server.alive():
        return _server
    if _server is not None and _server.owner == os.getpid():
        _server.stop()  # killed for a time limit, or hung: a fresh one
    _server = None
    if not uno_reachable():
        if _home is None or _home.owner != os.getpid() or not _home.path.is_dir():
            _home = Home(_root)
        return None
    _server = Server(_root)
    return _server


def stop_server() -> None:
    """Stop this process's LibreOffice, if it started one; a forked child leaves its parent's alone."""
    global _server, _home
    if _server is not None and _server.owner == os.getpid():
        _server.stop()
    if _home is not None and _home.owner == os.getpid():
        _home.remove()
    _server = _home = None


def discard_server() -> None:
    """Stop the server after a document that failed while it worked: it may still be busy or hung."""
    stop_server()


def remove_leftovers(root: Path) -> None:
    """Kill every LibreOffice a worker left under ``root`` (it died without stopping it); for the engine."""
    for folder in Path(root).glob("redact-lo-*"):
        with suppress(ValueError, OSError):
            pid, pipe = (folder / _PID_FILE).read_text().split()
            _kill_group(int(pid))
            remove_pipe(pipe)
        remove_pipe(ipc_pipe(folder))


@atexit.register
def _stop_at_exit() -> None:
    stop_server()


def _register_worker_exit() -> None:
    # a multiprocessing worker leaves without running atexit handlers; Finalize runs there
    from multiprocessing import util

    util.Finalize(None, stop_server, exitpriority=100)


_register_worker_exit()


# ------------------------------------------------------------------ conversions

Step = Callable[[Path, str, Path, float, "str | None"], Path]


@contextmanager
def session(name: str) -> Iterator[Step]:
    """A function that converts one file (``src, fmt, outdir, timeout, infilter``) for every step of a document.

    Through this process's (or its parent's) server when there is one, else through a server
    started for this document alone, else (no UNO) one soffice start per step.
    """
    server = _server if _server is not None and _server.alive() else None
    own = None
    if server is None and uno_reachable():
        own = server = Server(_root)
    if server is None:
        # the worker's folder (made before the fork, removed when it stops), else one for this document
        home = _home if _home is not None and _home.path.is_dir() else Home(_root)
        try:
            yield lambda src, fmt, outdir, timeout, infilter: _cli_step(home, src, fmt, outdir, name, timeout, infilter)
        finally:
            if home is not _home:
                home.remove()
        return
    try:
        uno = _import_uno()
    except ImportError:  # the files are there but do not load in this Python
        if own is not None:
            own.stop()
        home = Home(_root)
        try:
            yield lambda src, fmt, outdir, timeout, infilter: _cli_step(home, src, fmt, outdir, name, timeout, infilter)
        finally:
            home.remove()
        return
    link = _Link(uno, server, name)
    try:
        yield link.step
    finally:
        if own is not None:
            own.stop()


class _Link:
    """A UNO connection to a server, made on the first step within that step's time limit."""

    def __init__(self, uno: Any, server: Server, name: str):
        self.uno, self.server, self.name = uno, server, name
        self.desktop: Any = None

    def _watch(self, timeout: float) -> tuple[threading.Timer, threading.Event]:
        # a UNO call cannot be interrupted: over the limit the server is killed, which ends the call
        fired = threading.Event()

        def fire() -> None:
            fired.set()
            self.server.kill()

        timer = threading.Timer(timeout, fire)
        timer.daemon = True
        timer.start()
        return timer, fired

    def _connect(self, fired: threading.Event) -> None:
        local = self.uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        url = f"uno:pipe,name={self.server.pipe};urp;StarOffice.ComponentContext"
        while True:
            try:
                ctx = resolver.resolve(url)
                break
            except Exception:  # NoConnectException while soffice starts
                if fired.is_set() or not self.server.alive():
                    raise
                time.sleep(0.05)
        self.desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)

    def _load_and_store(self, src: Path, out: Path, load: dict[str, Any], export: str, fired: threading.Event) -> bool:
        """Open ``src`` in the server and store it as ``out``; False where the server could not.

        A UNO exception never leaves this method: it cannot pass a context manager (pyuno
        refuses the traceback contextlib sets on it).
        """
        try:
            if self.desktop is None:
                self._connect(fired)
            doc = self.desktop.loadComponentFromURL(src.resolve().as_uri(), "_blank", 0, self._props(**load))
            if doc is None:
                return False
            try:
                doc.storeToURL(out.resolve().as_uri(), self._props(FilterName=export, Overwrite=True))
            finally:
                with suppress(Exception):
                    doc.close(True)
        except Exception:
            return False
        return out.is_file() and out.stat().st_size > 0

    def _props(self, **values: Any) -> tuple:
        out = []
        for key, value in values.items():
            prop = self.uno.createUnoStruct("com.sun.star.beans.PropertyValue")
            prop.Name, prop.Value = key, value
            out.append(prop)
        return tuple(out)

    def step(self, src: Path, fmt: str, outdir: Path, timeout: float, infilter: str | None = None) -> Path:
        """``src`` converted to ``fmt`` (an extension, or ``pdf:filter``) in ``outdir``."""
        ext, _, export = fmt.partition(":")
        out = outdir / f"{src.stem}.{ext}"
        load: dict[str, Any] = {"Hidden": True, "MacroExecutionMode": 0, "UpdateDocMode": 0}  # no macro, no link fetched
        if infilter:
            kind, _, load["FilterOptions"] = infilter.partition(":")
            load["FilterName"] = _IMPORT_FILTERS.get(kind, kind)
        t0 = time.monotonic()
        timer, fired = self._watch(timeout)
        try:
            done = self._load_and_store(src, out, load, export or STORE_FILTERS[ext], fired)
        finally:
            timer.cancel()
            timer.join()  # no thread left behind: a later fork must see this process single-threaded
        left = timeout - (time.monotonic() - t0)
        if fired.is_set() or left <= 0:
            raise _timed_out(self.name, timeout)
        if done:
            return out
        # --convert-to opens some files a loaded document refuses (it repairs what it can), and a
        # file may have crashed the server: the step is tried once more as it always was
        home = Home(_root)
        try:
            return _cli_step(home, src, fmt, outdir, self.name, left, infilter)
        finally:
            home.remove()


def _cli_step(home: Home, src: Path, fmt: str, outdir: Path, name: str, timeout: float,
              infilter: str | None = None) -> Path:
    """One ``soffice --convert-to`` in its own process group, killed with its children over the limit."""
    args = ([f"--infilter={infilter}"] if infilter else []) + ["--convert-to", fmt, "--outdir", str(outdir), str(src)]
    proc = subprocess.Popen(home.command(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=home.env(), start_new_session=True)
    try:
        proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc.pid)
        proc.communicate()
        raise _timed_out(name, timeout) from None
    out = outdir / f"{src.stem}.{fmt.split(':', 1)[0]}"
    if not out.is_file() or out.stat().st_size == 0:
        raise _unreadable(name)
    return out
