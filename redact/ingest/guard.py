"""Bounds on what a hostile or broken PDF may cost: pages, nesting, decompression, time and memory.

Two kinds of guard:

* ``check_document`` looks at the structure of an opened PDF before any page
  is read: the page count, how deeply objects nest, and whether a stream
  decodes to far more than it is (a decompression bomb). It decodes Flate
  streams itself, in bounded chunks, so a bomb is caught without being
  inflated.
* ``bounded`` (in ``bounded_worker.py``) runs a whole run (detect, render, verify) in a forked
  worker process. The worker gets an address-space limit (``RLIMIT_AS``), and the
  parent kills it when no page has been finished within the time bound.
  MuPDF holds the GIL while it works, so only a second process can stop a
  page that never finishes; the parent then refuses with one clear line.

Every bound is a field of ``Limits``; the caller passes it in.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
import re
import resource
import select
import signal
import threading
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from redact.errors import InputError, LimitError, UnsupportedError
from redact.messages import Message
from redact.types import Finding

log = logging.getLogger(__name__)

_MB = 1 << 20


@dataclass(frozen=True)
class Limits:
    """What one run may cost before the input is refused. Every field is configurable."""

    #: Processor seconds a single page (extract, detect, OCR, render, verify) may take. The clock is
    #: the worker's processor time, so a machine busy with other work does not refuse a file;
    #: a page that waits without working is stopped after ``WALL_FACTOR`` times as long.
    page_seconds: float = 120.0
    #: Seconds per page of the document granted on top, for whole-document steps (save, verify).
    document_seconds_per_page: float = 0.25
    #: Address space (MB) the worker may grow by beyond what it had when it started.
    memory_mb: int = 3072
    #: Largest number of pages accepted.
    max_pages: int = 10_000
    #: Deepest nesting of arrays and dictionaries inside one object.
    max_depth: int = 64
    #: Largest decoded size (MB) of one non-image stream.
    max_stream_mb: int = 256
    #: A stream that decodes to more than ``ratio_floor_mb`` and more than this many times
    #: its stored size is a bomb (single Flate cannot exceed about 1032:1).
    max_ratio: float = 2000.0
    ratio_floor_mb: int = 16
    #: Largest image accepted, in million pixels (an A4 page scanned at 1200 dpi is 140).
    max_image_megapixels: float = 300.0
    #: Seconds the structure check may spend decoding one stream it cannot decode itself in bounded
    #: steps (a JBIG2 or fax stream that is not an image can describe gigapixels in a few bytes).
    stream_seconds: float = 5.0
    #: Run in a separate worker process (hard time and memory bounds).
    isolate: bool = True

    def as_record(self) -> dict[str, object]:
        """The limits as plain JSON values."""
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


DEFAULT_LIMITS = Limits()


# ------------------------------------------------------------------ MuPDF's own messages


@contextmanager
def quiet_mupdf() -> Iterator[None]:
    """Keep MuPDF from printing its own errors and warnings on stderr (we report one line instead)."""
    tools = pymupdf.TOOLS
    errors, warnings = tools.mupdf_display_errors(), tools.mupdf_display_warnings()
    tools.mupdf_display_errors(False)
    tools.mupdf_display_warnings(False)
    try:
        yield
    finally:
        tools.mupdf_display_errors(errors)
        tools.mupdf_display_warnings(warnings)
        tools.mupdf_warnings()  # drop what was collected, so it does not grow


# ------------------------------------------------------------------ structure


def check_document(doc: pymupdf.Document, name: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a PDF whose page count, object nesting or stream sizes exceed ``limits``."""
    pages = check_page_count(doc, name, limits)
    for number in range(pages):  # a page tree with cycles or holes fails here, not halfway through a run
        try:
            doc.load_page(number)
        except Exception as exc:
            raise InputError("{name}: sida {value} kan inte läsas, sidträdet är trasigt ({value2})", name=name, value=number + 1, value2=_short(exc)) from None
    try:
        n = doc.xref_length()
    except Exception as exc:
        raise InputError("{name}: PDF-filens objekttabell kan inte läsas ({value})", name=name, value=_short(exc)) from None
    opaque: dict[int, str] = {}  # content MuPDF draws but cannot redact inside -> what it is
    for xref in range(1, n):
        try:
            text = doc.xref_object(xref, compressed=True)
        except Exception as exc:
            if "stack overflow" in str(exc) or "nest" in str(exc):
                raise LimitError(_depth_message(name, limits)) from None
            continue  # a free or broken object: MuPDF repairs or ignores it
        if _depth(text) > limits.max_depth:
            raise LimitError(_depth_message(name, limits))
        if doc.xref_is_stream(xref):
            _check_stream(doc, xref, text, name, limits)
        _collect_opaque(text, xref, opaque)
    for xref, what in sorted(opaque.items()):
        if _draws_text(doc, xref, limits.max_depth):
            raise UnsupportedError(
                "{name}: har text i {what}, som inte kan maskeras säkert; skriv ut filen till en bild-PDF (rasterisera) och försök igen", name=name, what=what
            )


_COMPACT = re.compile(r"\s+")
_REF = re.compile(r"(\d+) 0 R")


def _collect_opaque(text: str, xref: int, out: dict[int, str]) -> None:
    """Note tiling patterns, soft-mask groups and Type 3 glyph procedures: MuPDF's redaction does not enter them."""
    compact = _COMPACT.sub("", text)
    if "/PatternType1" in compact:
        out[xref] = Message("ett mönster (pattern)")
    for m in re.finditer(r"/SMask<<[^>]*?/G(\d+)0R", compact):
        out[int(m.group(1))] = Message("en mjuk mask (soft mask)")
    if "/Subtype/Form" in compact and _damaged_matrix(text):
        # MuPDF skips such a form (nothing extracted, nothing redacted); poppler and others draw it
        out[xref] = Message("en formulärgrupp (form XObject) med trasig /Matrix")
    if "/Subtype/Type3" in compact:
        m = re.search(r"/CharProcs(<<.*?>>|\d+0R)", compact)
        if m:
            for ref in re.findall(r"/[^/<>\[\]]+?(\d+)0R", m.group(1)):
                out[int(ref)] = Message("ett Type 3-teckensnitt")


_MATRIX = re.compile(r"/Matrix\s*\[([^\]]*)\]")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)")


def _damaged_matrix(text: str) -> bool:
    """True when an object's /Matrix is an array but not one of six numbers."""
    m = _MATRIX.search(text)
    if m is None:
        return False
    values = m.group(1).split()
    return len(values) != 6 or not all(_NUMBER.fullmatch(v) for v in values)


_TEXT_OP = re.compile(rb"\bBT\b.*?(?:\bT[jJ]\b|[)>\]]\s*['\"])", re.S)
_DO_OP = re.compile(rb"/([^\s/\[\]<>()]+)\s+Do\b")


def _draws_text(doc: pymupdf.Document, xref: int, depth: int) -> bool:
    """True when the content stream ``xref`` (or a form it draws) shows text."""
    if depth <= 0:
        return True  # nested beyond reason: assume the worst
    try:
        if not doc.xref_is_stream(xref):
            return False
        data = doc.xref_stream(xref) or b""
    except Exception:
        return False
    if _TEXT_OP.search(data):
        return True
    if b"Do" not in data:
        return False
    kind, value = doc.xref_get_key(xref, "Resources/XObject")
    if kind == "xref":
        value = doc.xref_object(int(value.split()[0]), compressed=True)
    elif kind != "dict":
        return False
    refs = dict(re.findall(r"/([^\s/\[\]<>()]+)\s*(\d+) 0 R", value))
    for used in {m.decode("latin-1") for m in _DO_OP.findall(data)}:
        if used in refs and int(refs[used]) != xref and _draws_text(doc, int(refs[used]), depth - 1):
            return True
    return False


def check_page_count(doc: pymupdf.Document, name: str, limits: Limits = DEFAULT_LIMITS) -> int:
    """The page count, or a one-line refusal when it cannot be read or exceeds ``limits.max_pages``."""
    try:
        pages = doc.page_count
    except Exception as exc:
        raise InputError("{name}: PDF-filens sidträd är trasigt ({value})", name=name, value=_short(exc)) from None
    if pages > limits.max_pages:
        raise LimitError(
            "{name}: har {pages} sidor, fler än gränsen {max_pages}; dela upp filen och maskera delarna var för sig", name=name, pages=pages, max_pages=limits.max_pages
        )
    return pages


def _depth_message(name: str, limits: Limits) -> Message:
    return Message("{name}: PDF-filen har objekt som är nästlade djupare än {max_depth} nivåer och vägras (trolig skadlig fil)",
                   name=name, max_depth=limits.max_depth)


_BRACKETS = re.compile(r"\\.|[()\[\]]|<<|>>|<|>", re.S)


def _depth(text: str) -> int:
    """Deepest nesting of [ ] and << >> in an object's text, ignoring strings."""
    if text.count("[") + text.count("<<") < 8:
        return text.count("[") + text.count("<<")  # cannot nest deeper than it has brackets
    depth = best = 0
    in_string = 0  # nesting of ( ) inside a literal string
    in_hex = False
    for m in _BRACKETS.finditer(text):
        tok = m.group()
        if in_string:
            if tok == "(":
                in_string += 1
            elif tok == ")":
                in_string -= 1
            continue
        if in_hex:
            in_hex = tok != ">"
            continue
        if tok == "(":
            in_string = 1
        elif tok in ("[", "<<"):
            depth += 1
            best = max(best, depth)
        elif tok in ("]", ">>"):
            depth = max(0, depth - 1)
        elif tok == "<":
            in_hex = True
    return best


def _filters(doc: pymupdf.Document, xref: int) -> list[str]:
    kind, value = doc.xref_get_key(xref, "Filter")
    if kind == "name":
        return [value.lstrip("/")]
    if kind == "array":
        return re.findall(r"/([A-Za-z0-9]+)", value)
    return []


def _int_key(doc: pymupdf.Document, xref: int, key: str) -> int:
    kind, value = doc.xref_get_key(xref, key)
    if kind == "int":
        return int(value)
    if kind == "real":
        return int(float(value))
    return 0


def _check_stream(doc: pymupdf.Document, xref: int, text: str, name: str, limits: Limits) -> None:
    """Refuse an oversized image or a stream that inflates beyond the bounds."""
    if "/Subtype/Image" in text.replace(" ", ""):
        w, h = _int_key(doc, xref, "Width"), _int_key(doc, xref, "Height")
        if w * h > limits.max_image_megapixels * 1e6:
            raise LimitError(
                "{name}: innehåller en bild på {w}×{h} bildpunkter, större än gränsen {max_image_megapixels:g} miljoner; vägras (trolig dekomprimeringsbomb)", name=name, w=w, h=h, max_image_megapixels=limits.max_image_megapixels
            )
        return  # images are decoded to their declared size only, so the size check is the bound
    filters = _filters(doc, xref)
    if not filters:
        return
    try:
        raw = doc.xref_stream_raw(xref) or b""
    except Exception:
        return  # unreadable stream: MuPDF will treat it as empty
    ascii_done = _ascii_decoded(raw, filters)
    if ascii_done is not None:  # ASCII filters shrink: undone here, then the Flate layers in bounded chunks
        raw, filters = ascii_done
    if not filters:
        return
    if all(f in _FLATE for f in filters):
        decoded = _inflated_size(raw, len(filters), limits)
    elif all(f in _BOUNDED_RATIO for f in filters):
        if len(raw) * 1100 ** len(filters) <= limits.ratio_floor_mb * _MB:
            return  # too small to be a bomb whatever the filters
        decoded = _decoded_size(doc, xref, limits)
    else:
        # An image codec on a stream that is not an image: its few bytes may describe a page of
        # gigapixels, and MuPDF decodes it without stopping (minutes in one call). Decoded apart,
        # under a time and memory bound; a stream MuPDF cannot decode at all stays as it was.
        decoded = _decoded_size(doc, xref, limits)
    if decoded == _UNREADABLE:
        return  # MuPDF treats it as empty
    if decoded == _SLOW:
        raise LimitError(
            "{name}: ett komprimerat objekt (nr {xref}) tar längre tid än {stream_seconds:g} s att packa upp; vägras (trolig dekomprimeringsbomb)", name=name, xref=xref, stream_seconds=limits.stream_seconds
        )
    if decoded < 0 or _is_bomb(decoded, len(raw), limits):
        raise LimitError(
            "{name}: ett komprimerat objekt (nr {xref}) packas upp till mer än tillåtet; vägras (trolig dekomprimeringsbomb)", name=name, xref=xref
        )


_FLATE = frozenset({"FlateDecode", "Fl"})
#: Filters whose output is at most about 1100 times their input (Flate's limit is about 1032:1; the
#: ASCII and run-length filters expand far less, LZW's table caps it near Flate's).
_BOUNDED_RATIO = frozenset({"FlateDecode", "Fl", "ASCIIHexDecode", "AHx", "ASCII85Decode", "A85",
                            "RunLengthDecode", "RL", "LZWDecode", "LZW"})
_SLOW = -2  # the decoded size of a stream whose decoding was stopped by the time bound
_UNREADABLE = -3  # MuPDF could not decode it (it then draws nothing of it)


_ASCII = {"ASCIIHexDecode": "hex", "AHx": "hex", "ASCII85Decode": "85", "A85": "85"}


def _ascii_decoded(raw: bytes, filters: list[str]) -> tuple[bytes, list[str]] | None:
    """``raw`` with its leading ASCII filters undone, and the filters left; None when there are none or it fails."""
    n = 0
    data = raw
    try:
        while n < len(filters) and filters[n] in _ASCII:
            if _ASCII[filters[n]] == "hex":
                digits = re.sub(rb"[^0-9A-Fa-f]", b"", data.split(b">", 1)[0])
                data = binascii.unhexlify(digits + b"0" * (len(digits) % 2))
            else:
                body = re.sub(rb"\s", b"", data.split(b"~>", 1)[0])
                data = base64.a85decode(body.removeprefix(b"<~"))
            n += 1
    except (ValueError, binascii.Error):
        return None
    return (data, filters[n:]) if n else None


def _decoded_size(doc: pymupdf.Document, xref: int, limits: Limits) -> int:
    """The decoded size of stream ``xref``, decoded by MuPDF in a forked child under time and memory bounds.

    -1 for a bomb (MuPDF's own detection, or the memory bound), ``_SLOW`` when the time bound
    stopped it. Decodes in this process where forking is unsafe (other threads) or impossible.
    """
    if not hasattr(os, "fork") or threading.active_count() > 1:
        return _decode_here(doc, xref)
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: decode, report the size, never return
        code = 0
        try:
            os.close(read_fd)
            limit_memory(limits.memory_mb)
            os.write(write_fd, str(_decode_here(doc, xref)).encode())
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    try:
        ready, _, _ = select.select([read_fd], [], [], limits.stream_seconds)
        if not ready:
            kill_process(pid)
            return _SLOW
        answer = os.read(read_fd, 64)
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(read_fd)
    if not answer:  # the child died: out of memory or a crash in the decoder
        return -1 if os.WIFSIGNALED(status) or os.WEXITSTATUS(status) else _UNREADABLE
    return int(answer)


def _decode_here(doc: pymupdf.Document, xref: int) -> int:
    try:
        return len(doc.xref_stream(xref) or b"")
    except MemoryError:
        return -1
    except Exception as exc:
        text = str(exc).lower()
        if "bomb" in text or "malloc" in text or "out of memory" in text:
            return -1
        return _UNREADABLE


def _is_bomb(decoded: int, stored: int, limits: Limits) -> bool:
    if decoded > limits.max_stream_mb * _MB:
        return True
    return decoded > limits.ratio_floor_mb * _MB and decoded > limits.max_ratio * max(stored, 1)


def _inflated_size(raw: bytes, layers: int, limits: Limits) -> int:
    """Size of ``raw`` after ``layers`` Flate decodings, or -1 as soon as it is a bomb."""
    chunks: Iterator[bytes] = iter((raw,))
    for _ in range(layers):
        chunks = _inflate(chunks)
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if _is_bomb(total, len(raw), limits):
            return -1
    return total


def _inflate(chunks: Iterator[bytes], step: int = 4 * _MB) -> Iterator[bytes]:
    """Inflate a stream of compressed chunks lazily, at most ``step`` bytes at a time."""
    d = zlib.decompressobj()
    try:
        for data in chunks:
            while data:
                out = d.decompress(data, step)
                if out:
                    yield out
                data = d.unconsumed_tail
                if d.eof:
                    return
        rest = d.flush()
        if rest:
            yield rest
    except zlib.error:
        return  # damaged data: MuPDF stops at the damage too


# ------------------------------------------------------------------ file names


_NOT_DIGITS = re.compile(r"\D")


def _name_words(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " " + " ".join(re.split(r"[\W_]+", text)).strip() + " "


def name_warnings(file_names: Iterable[str], findings: Iterable[Finding]) -> list[str]:
    """One warning per file name that contains something found as personal data (never the text itself)."""
    # each text and category once, its forms worked out once for every file name: a document's findings are
    # thousands of copies of a few hundred texts, and a warning names only the categories
    forms: list[tuple[str, str, list[str], str]] = []
    for text, category in dict.fromkeys((f.text, f.category) for f in findings if f.text and f.status != "rejected"):
        whole = _name_words(text)
        words = whole.split()
        if words:
            forms.append((category, whole, words, _NOT_DIGITS.sub("", text)))
    out: list[str] = []
    for file_name in file_names:
        stem = _name_words(Path(file_name).stem)
        digits = _NOT_DIGITS.sub("", file_name)
        hit: set[str] = set()
        for category, whole, words, d in forms:
            if whole in stem:
                hit.add(category)
            elif category == "PERSON" and any(len(w) >= 3 and f" {w} " in stem for w in words[1:] or words):
                hit.add(category)  # a surname alone ("andersson_beslut.pdf") names the person too
            elif len(d) >= 6 and d in digits:
                hit.add(category)
        if hit:
            out.append(Message("filnamnet {file_name!r} innehåller en uppgift som maskeras ({categories}); "
                               "ge filen ett neutralt namn innan den lämnas ut",
                               file_name=file_name, categories=", ".join(sorted(hit))))
    return out


def remove_partial_outputs(output: Path) -> None:
    """Delete the temporary files a stopped worker left beside ``output``."""
    folder = Path(output).parent
    for pattern in (f".{Path(output).name}.*.part", ".ocr.*.part"):
        for leftover in folder.glob(pattern):
            try:
                leftover.unlink()
            except OSError:  # pragma: no cover - already gone or not ours to delete
                pass


def is_allocation_failure(err: BaseException) -> bool:
    """Whether ``err`` is a failed allocation (MuPDF reports one as a plain exception naming malloc)."""
    text = str(err).lower()
    return isinstance(err, MemoryError) or "malloc" in text or "out of memory" in text or "cannot allocate" in text


def limit_memory(extra_mb: int) -> None:
    """Cap the worker's address space at its current size plus ``extra_mb``."""
    try:
        with open("/proc/self/statm") as fh:
            current = int(fh.read().split()[0]) * resource.getpagesize()
    except OSError:  # pragma: no cover - not Linux
        current = 0
    cap = current + extra_mb * _MB
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def kill_process(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]
