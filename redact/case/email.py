"""E-mail (.eml) as documents: the message as a PDF with its header block, each attachment its own document.

Only the standard library reads the message. HTML bodies are turned into text rather than
laid out as a browser would: hidden elements, white text and remote images would otherwise
hide content from the reviewer, and a text rendering shows all of it.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath

from redact.case.collect import Source, ZipBudget, ZipLimits, kind_of, unpack_zip
from redact.case.textpdf import fields_html, text_html, write_html_pdf
from redact.errors import InputError, RedactError
from redact.ingest.guard import Limits
from redact.messages import Message

MAX_EMAIL_BYTES = 100 * 1024 * 1024
MAX_DEPTH = 5  # an e-mail inside an e-mail inside ...


def read_message(path: Path) -> EmailMessage:
    """Parse an .eml file (RFC 5322) with the standard library."""
    if path.stat().st_size > MAX_EMAIL_BYTES:
        raise InputError("{name}: e-postfilen är större än {value} MB", name=path.name, value=MAX_EMAIL_BYTES >> 20)
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    if not isinstance(msg, EmailMessage) or (not msg.keys() and not msg.get_payload()):
        raise InputError("{name}: är inget e-postmeddelande som kan läsas", name=path.name)
    return msg


def _header(msg: EmailMessage, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:  # a malformed header is shown raw rather than dropped
        value = msg.get_all(name, [""])[0] if hasattr(msg, "get_all") else ""
    if value is None:
        return ""
    if name.lower() in ("from", "to", "cc", "bcc"):
        pairs = getaddresses([str(value)])
        shown = [f"{n} <{a}>" if n and a else (n or a) for n, a in pairs]
        return ", ".join(s for s in shown if s) or str(value)
    if name.lower() == "date":
        try:
            return parsedate_to_datetime(str(value)).strftime("%Y-%m-%d %H:%M")
        except (TypeError, ValueError):
            return str(value)
    return str(value)


HEADER_FIELDS = (("Från", "From"), ("Till", "To"), ("Kopia", "Cc"), ("Skickat", "Date"), ("Ämne", "Subject"))


class _TextOfHtml(HTMLParser):
    """HTML to text: every text node kept (hidden or not), block elements on their own lines, links written out."""

    _BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "pre", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in self._BLOCK:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append("\t")
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if href.startswith("mailto:") or href.startswith("http"):
                self._href = href
        if tag == "img":  # an image's alternative text can name a person too
            alt = dict(attrs).get("alt")
            if alt:
                self.out.append(f"[bild: {alt}]")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK:
            self.out.append("\n")
        if tag == "a" and getattr(self, "_href", None):
            self.out.append(f" <{self._href.removeprefix('mailto:')}>")
            self._href = None

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(data)


def html_to_text(markup: str) -> str:
    """The text of an HTML body, as the reader of the message would see it plus whatever was hidden."""
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.out)
    text = re.sub(r"[ \t\r\f\v]*\n[ \t\r\f\v]*", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _content(part) -> str:
    """A text part's content; an unknown or wrong charset is read as Latin-1 rather than dropped."""
    try:
        return part.get_content()
    except (LookupError, ValueError, UnicodeError, AttributeError):
        return (part.get_payload(decode=True) or b"").decode("latin-1")


def _body(msg: EmailMessage) -> str:
    if _unparsed_parts(msg):  # its parts as the raw text they are: the message's text is in them
        raw = msg.get_payload(decode=True) or b""
        try:
            return raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            return raw.decode("latin-1").strip()
    plain = msg.get_body(preferencelist=("plain",))
    rich = msg.get_body(preferencelist=("html",))
    texts: list[str] = []
    if plain is not None:
        texts.append(_content(plain))
    if rich is not None:
        converted = html_to_text(_content(rich))
        # both versions are shown when they differ: the HTML part may say more than the plain one
        if plain is None or _norm(converted) != _norm(texts[0]):
            texts.append(("--- HTML-versionen av meddelandet ---\n" if plain is not None else "") + converted)
    return "\n\n".join(texts)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"<[^>]*>", " ", text).split())


def _own_parts(part):
    """The parts of a message without descending into attached messages (those are documents of their own)."""
    yield part
    if part.get_content_type() == "message/rfc822":
        return
    if part.is_multipart():
        for sub in part.get_payload():
            yield from _own_parts(sub)


def _unparsed_parts(msg: EmailMessage) -> bool:
    """A message declared multipart whose parts the parser could not split (a boundary it cannot read)."""
    return not msg.is_multipart() and msg.get_content_maintype() == "multipart"


def _attachments(msg: EmailMessage):
    if not msg.is_multipart():
        if msg.get_content_maintype() not in ("text", "multipart"):  # a message that is nothing but one file
            yield msg, msg.get_filename() or f"bilaga{_ext_of_type(msg.get_content_type())}"
        return
    body_parts = {id(p) for p in (msg.get_body(preferencelist=("plain",)), msg.get_body(preferencelist=("html",))) if p}
    for part in msg.get_payload():
        for sub in _own_parts(part):
            if id(sub) in body_parts:
                continue
            if sub.get_content_type() == "message/rfc822":
                yield sub, "bifogat-meddelande.eml"
                continue
            if sub.is_multipart():
                continue
            name = sub.get_filename()
            if not name and sub.get_content_maintype() == "text":
                name = "bilaga.txt" if sub.get_content_subtype() == "plain" else "bilaga.html"
            yield sub, name or f"bilaga{_ext_of_type(sub.get_content_type())}"


def _ext_of_type(ctype: str) -> str:
    return {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png", "image/tiff": ".tif",
            "image/gif": ".gif", "image/bmp": ".bmp", "application/zip": ".zip", "text/plain": ".txt",
            "message/rfc822": ".eml", "application/vnd.ms-outlook": ".msg",
            "application/msword": ".doc", "application/vnd.ms-excel": ".xls",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation": ".pptx",
            "application/vnd.oasis.opendocument.text": ".odt",
            "application/vnd.oasis.opendocument.spreadsheet": ".ods"}.get(ctype, ".bin")


def render_email(path: Path, output: Path) -> int:
    """The message as a PDF: header block (Från, Till, Kopia, Skickat, Ämne), body, list of attachments."""
    msg = read_message(path)
    rows = [(label, _header(msg, key)) for label, key in HEADER_FIELDS]
    if _header(msg, "Bcc"):  # a sent message may keep its blind copies
        rows.insert(3, ("Hemlig kopia", _header(msg, "Bcc")))
    names = [name for _, name in _attachments(msg)]
    if names:
        rows.append(("Bilagor", "\n".join(names)))
    parts = [fields_html("", rows), text_html(_body(msg) or "(meddelandet har ingen text)")]
    return write_html_pdf(parts, output)


@dataclass
class _Counter:
    """State shared while expanding: attachments numbered on disk, the case's zip budget."""

    n: int = 0
    budget: ZipBudget | None = None


def expand(sources: list[Source], workdir: Path, budget: ZipBudget | None = None) -> list[Source]:
    """Every e-mail among ``sources`` followed by its attachments, recursively; other sources as they are.

    ``budget``: what zips in the e-mails may still unpack (shared with the case's other archives).
    """
    return _expand(sources, workdir, _Counter(budget=budget or ZipBudget.of(ZipLimits())))


def _expand(sources: list[Source], workdir: Path, counter: "_Counter") -> list[Source]:
    out: list[Source] = []
    for s in sources:
        if s.kind == "msg" and not s.error:
            s = _outlook_as_email(s, workdir, counter)
        if s.kind != "email" or s.error:
            out.append(s)
            continue
        try:
            out.extend(expand_email(s, workdir, 0, counter=counter))
        except MemoryError:  # the worker's memory limit: refused as such by the bounded worker
            raise
        except Exception as exc:  # one malformed message must not stop the case
            out.append(Source(s.origin, s.path, s.kind, s.parent,
                              Message("{name}: e-postmeddelandet kan inte läsas ({kind})",
                                      name=PurePosixPath(s.origin).name, kind=type(exc).__name__)))
    return out


def expand_bounded(sources: list[Source], workdir: Path, budget: ZipBudget, limits: Limits) -> list[Source]:
    """``expand``, each e-mail read in a worker with the run's time and memory limits: a hostile message is refused alone.

    Parsing a message and writing out its attachments run in Python's e-mail and OLE readers;
    a message built to make them loop or grow must cost that message, not the whole case.
    """
    from redact.ingest.bounded_worker import bounded

    out: list[Source] = []
    counter = _Counter(budget=budget)
    for s in sources:
        if s.error or s.kind not in ("email", "msg"):
            out.append(s)
            continue
        try:
            expanded, counter = bounded(_expand_one, s, workdir, counter, limits=limits, what=PurePosixPath(s.origin).name)
        except RedactError as err:
            out.append(Source(s.origin, s.path, s.kind, s.parent, err.message))
            continue
        out.extend(expanded)
    if counter.budget is not None:  # what the messages' zips unpacked counts for the case's other archives
        budget.bytes_left, budget.entries_left = counter.budget.bytes_left, counter.budget.entries_left
    return out


def _expand_one(source: Source, workdir: Path, counter: "_Counter", progress: object = None) -> tuple[list[Source], "_Counter"]:
    """One e-mail expanded (in the bounded worker): its sources, and the numbering and budget it leaves."""
    return _expand([source], workdir, counter), counter


def _outlook_as_email(source: Source, workdir: Path, counter: "_Counter") -> Source:
    """An Outlook message as the e-mail it is (kept under its own name and hash)."""
    from redact.case.outlook import msg_to_eml

    folder = Path(workdir) / "attachments"
    folder.mkdir(parents=True, exist_ok=True)
    counter.n += 1
    try:
        dest = msg_to_eml(source.path, folder / f"{counter.n:05d}.eml", PurePosixPath(source.origin).name)
    except InputError as err:
        return Source(source.origin, source.path, "msg", source.parent, err.message)
    return Source(source.origin, dest, "email", source.parent, original=source.path)


def expand_email(source: Source, workdir: Path, depth: int = 0, zip_limits: ZipLimits = ZipLimits(),
                 counter: _Counter | None = None) -> list[Source]:
    """The e-mail itself and, after it, every attachment as a document of the case (recursively)."""
    counter = counter or _Counter()
    if depth >= MAX_DEPTH:
        return [Source(source.origin, source.path, source.kind, source.parent,
                       f"{source.origin}: e-post i e-post i fler än {MAX_DEPTH} nivåer vägras")]
    out = [source]
    try:
        msg = read_message(source.path)
    except InputError as err:
        return [Source(source.origin, source.path, source.kind, source.parent, err.message)]
    folder = Path(workdir) / "attachments"
    folder.mkdir(parents=True, exist_ok=True)
    for part, name in _attachments(msg):
        label = f"{source.origin}/{PurePosixPath(name.replace(chr(92), '/')).name}"
        counter.n += 1
        try:
            out.extend(_attachment(part, name, label, source, folder, workdir, depth, zip_limits, counter))
        except MemoryError:
            raise
        except Exception as exc:  # one malformed attachment is refused, the message and the rest go on
            out.append(Source(label, source.path, "unknown", source.origin,
                              f"{label}: bilagan kan inte läsas ({type(exc).__name__})"))
    return out


def _attachment(part, name: str, label: str, source: Source, folder: Path, workdir: Path, depth: int,
                zip_limits: ZipLimits, counter: _Counter) -> list[Source]:
    """The documents one attachment stands for (an e-mail or a zip: itself expanded)."""
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) else inner
        dest = folder / f"{counter.n:05d}.eml"
        dest.write_bytes(inner.as_bytes(policy=email.policy.default))
        return expand_email(Source(label, dest, "email", source.origin), workdir, depth + 1, zip_limits, counter)
    kind = kind_of(name)
    if kind is None and kind_of("x" + _ext_of_type(part.get_content_type())):  # a name without a known extension
        name = f"{name}{_ext_of_type(part.get_content_type())}"
        kind = kind_of(name)
    if name.lower().endswith((".html", ".htm")):
        kind = "text"
        data = html_to_text(_content(part)).encode("utf-8")
        suffix = ".txt"
    else:
        data = part.get_payload(decode=True) or b""
        suffix = PurePosixPath(name).suffix.lower() if kind else ""
    dest = folder / f"{counter.n:05d}{suffix}"
    dest.write_bytes(data)
    if kind is None:
        return [Source(label, dest, "unknown", source.origin, Message("{name}: bilagans filformat kan inte läsas", name=label))]
    if kind == "zip":
        out: list[Source] = []
        try:
            for inner_source in unpack_zip(dest, label, workdir, zip_limits, 0, counter.budget):
                if inner_source.kind == "msg" and not inner_source.error:
                    inner_source = _outlook_as_email(inner_source, workdir, counter)
                out.extend(expand_email(inner_source, workdir, depth + 1, zip_limits, counter)
                           if inner_source.kind == "email" and not inner_source.error else [inner_source])
        except InputError as err:
            out.append(Source(label, dest, "zip", source.origin, err.message))
        return out
    if kind in ("email", "msg"):
        child = Source(label, dest, kind, source.origin)
        if kind == "msg":
            child = _outlook_as_email(child, workdir, counter)
        return expand_email(child, workdir, depth + 1, zip_limits, counter) if not child.error else [child]
    return [Source(label, dest, kind, source.origin)]
