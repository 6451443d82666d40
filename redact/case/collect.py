"""The documents of a case: files, folders and zip archives expanded into one ordered list.

E-mails are expanded later (email.py): their attachments become documents of their own.
A zip is unpacked into the case's work folder under bounds, so a hostile archive can neither
write outside it (path traversal, links) nor fill the disk (too many entries, a zip bomb).
"""

from __future__ import annotations

import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from redact.errors import InputError
from redact.messages import Message

#: File kinds by extension; anything else is refused with a line naming the file.
KINDS: dict[str, str] = {
    ".pdf": "pdf",
    ".txt": "text",
    ".eml": "email",
    ".msg": "msg",
    ".jpg": "image", ".jpeg": "image", ".png": "image", ".tif": "image", ".tiff": "image", ".gif": "image",
    ".bmp": "image",
    ".docx": "office", ".doc": "office", ".odt": "office", ".rtf": "office",
    ".xlsx": "office", ".xls": "office", ".ods": "office", ".csv": "office",
    ".pptx": "office", ".odp": "office", ".ppt": "office",
    ".docm": "office", ".xlsm": "office", ".pptm": "office",
    ".zip": "zip",
}


@dataclass(frozen=True)
class ZipLimits:
    """What one archive (and the archives inside it) may unpack to before it is refused."""

    max_entries: int = 10_000
    max_total_mb: int = 2048
    #: An entry larger than this many times its compressed size is a bomb.
    max_ratio: float = 200.0
    max_depth: int = 4  # zip in zip in zip ...


@dataclass
class ZipBudget:
    """What the whole case may still unpack: shared by every archive in it, nested ones included,
    so a thousand small bombs cannot add up to what one is refused for."""

    bytes_left: int
    entries_left: int

    @classmethod
    def of(cls, limits: ZipLimits) -> "ZipBudget":
        """A fresh budget of ``limits``' totals."""
        return cls(limits.max_total_mb * 1024 * 1024, limits.max_entries)


@dataclass(frozen=True)
class Source:
    """One document of the case before conversion."""

    origin: str  # what the registrar knows it as: a path, or "archive.zip/folder/file.docx", "mail.eml/bilaga.pdf"
    path: Path  # the file on disk (inside the work folder for unpacked entries and attachments)
    kind: str  # pdf, text, email, msg, image, office (never zip: archives are expanded)
    parent: str | None = None  # origin of the e-mail or archive it came from
    error: str | None = None  # set when the file was refused while collecting
    original: Path | None = None  # the file as given, when ``path`` is a copy in another format (.msg as .eml)


def kind_of(name: str) -> str | None:
    """The kind of a file by its extension, or None when it is not a supported format."""
    return KINDS.get(PurePosixPath(name).suffix.lower())


def collect(inputs: list[Path], workdir: Path, limits: ZipLimits = ZipLimits(),
            budget: ZipBudget | None = None) -> list[Source]:
    """Every document named by ``inputs`` (files, folders, zips), in a stable order."""
    budget = budget or ZipBudget.of(limits)
    out: list[Source] = []
    for item in inputs:
        item = Path(item)
        if not item.exists():
            raise InputError("{item}: filen eller mappen finns inte", item=item)
        if item.is_dir():
            # dot files (".DS_Store", editor leftovers) are no documents
            files = sorted(p for p in item.rglob("*") if (p.is_file() or p.is_symlink()) and not p.name.startswith("."))
            for f in files:
                if f.is_symlink():  # a link may point anywhere on the machine: named, never followed
                    out.append(Source(str(f), f, "unknown", None, Message("{name}: länkar följs inte; kopiera filen in i mappen", name=f.name)))
                    continue
                out.extend(_one(f, str(f), None, workdir, limits, 0, budget))
        else:
            out.extend(_one(item, str(item), None, workdir, limits, 0, budget))
    return out


def _one(path: Path, origin: str, parent: str | None, workdir: Path, limits: ZipLimits, depth: int,
         budget: ZipBudget) -> list[Source]:
    kind = kind_of(path.name)
    if kind is None:
        return [Source(origin, path, "unknown", parent, Message("{name}: filformatet kan inte läsas (tillåtna: {kinds})",
                                                              name=PurePosixPath(origin).name, kinds=", ".join(sorted(KINDS))))]
    if kind == "zip":
        try:
            return unpack_zip(path, origin, workdir, limits, depth, budget)
        except InputError as err:
            return [Source(origin, path, "zip", parent, err.message)]
    return [Source(origin, path, kind, parent)]


def _safe_member(name: str) -> PurePosixPath | None:
    """The entry's path inside the archive when it stays inside it; None for traversal or absolute paths."""
    name = name.replace("\\", "/")
    p = PurePosixPath(name)
    if p.is_absolute() or name.startswith("/") or (p.parts and ":" in p.parts[0]):
        return None
    if any(part in ("..", "") for part in p.parts):
        return None
    return p


def unpack_zip(path: Path, origin: str, workdir: Path, limits: ZipLimits = ZipLimits(), depth: int = 0,
               budget: ZipBudget | None = None) -> list[Source]:
    """The documents inside a zip archive, unpacked into ``workdir`` under the bounds of ``limits``."""
    budget = budget or ZipBudget.of(limits)
    if depth >= limits.max_depth:
        raise InputError("{origin}: arkiv i arkiv i mer än {max_depth} nivåer vägras", origin=origin, max_depth=limits.max_depth)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError("{origin}: zip-filen är skadad och kan inte öppnas ({exc})", origin=origin, exc=exc) from None
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > budget.entries_left:
            raise InputError("{origin}: zip-filen har {n} filer, fler än gränsen {max_entries} för ärendets arkiv", origin=origin, n=len(infos), max_entries=limits.max_entries)
        declared = sum(i.file_size for i in infos)
        if declared > budget.bytes_left:
            raise InputError("{origin}: zip-filen packas upp till mer än {max_total_mb} MB och vägras", origin=origin, max_total_mb=limits.max_total_mb)
        budget.entries_left -= len(infos)
        target = Path(workdir) / f"zip-{len(list(Path(workdir).glob('zip-*')))}"
        target.mkdir(parents=True)
        out: list[Source] = []
        for n, info in enumerate(sorted(infos, key=lambda i: i.filename)):
            member = _safe_member(info.filename)
            label = f"{origin}/{info.filename}"
            if member is None:
                out.append(Source(label, path, "unknown", origin, Message("{name}: sökvägen pekar utanför arkivet och vägras", name=label)))
                continue
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                out.append(Source(label, path, "unknown", origin, Message("{name}: symboliska länkar i arkiv vägras", name=label)))
                continue
            if member.name.startswith(".") or member.parts[0] == "__MACOSX":
                continue
            if kind_of(member.name) is None:
                out.append(Source(label, path, "unknown", origin, Message("{name}: filformatet kan inte läsas", name=label)))
                continue
            # a neutral name on disk: the entry's name may be long, odd or carry a person's name
            dest = target / f"{n:05d}{PurePosixPath(member.name).suffix.lower()}"
            written = _extract_bounded(zf, info, dest, budget.bytes_left, limits, origin)
            budget.bytes_left -= written
            out.extend(_one(dest, label, origin, workdir, limits, depth + 1, budget) if kind_of(member.name) == "zip"
                       else [Source(label, dest, kind_of(member.name) or "unknown", origin)])
        return out


def _extract_bounded(zf: zipfile.ZipFile, info: zipfile.ZipInfo, dest: Path, budget: int, limits: ZipLimits,
                     origin: str) -> int:
    """Copy one entry in chunks, stopping at the budget: the sizes in the archive may lie."""
    cap = min(budget, max(info.compress_size, 1) * limits.max_ratio if info.compress_size else budget)
    written = 0
    try:
        with zf.open(info) as src, open(dest, "wb") as fh:
            while True:
                chunk = src.read(1 << 20)
                if not chunk:
                    break
                written += len(chunk)
                if written > budget:
                    raise InputError("{origin}: zip-filen packas upp till mer än {max_total_mb} MB och vägras", origin=origin, max_total_mb=limits.max_total_mb)
                if written > cap and written > 16 * 1024 * 1024:
                    raise InputError("{origin}: {filename} packas upp {max_ratio:g} gånger större än den lagrade storleken (zip-bomb) och vägras", origin=origin, filename=info.filename, max_ratio=limits.max_ratio)
                fh.write(chunk)
    except InputError:
        dest.unlink(missing_ok=True)
        raise
    except (zipfile.BadZipFile, RuntimeError, OSError, EOFError, NotImplementedError) as exc:
        dest.unlink(missing_ok=True)
        raise InputError("{origin}: {filename} kan inte packas upp ({exc}); krypterade eller skadade arkiv vägras", origin=origin, filename=info.filename, exc=exc) from None
    return written
