"""The Swedish decision letter for a partial disclosure, built from the audit log.

What was requested, what is disclosed, which kinds of data were masked on
which page and on which ground, the reasoning per ground, who decided and
how to appeal. The wording comes from an editable TOML template
(``redact/templates/beslut.toml``); the letter never contains masked text.
"""

from __future__ import annotations

import logging
import os
import string
import tempfile
import tomllib
from dataclasses import dataclass, field
from datetime import date as _date
from importlib import resources
from pathlib import Path
from typing import Any

import pymupdf

from redact.audit_log import AuditLog, Entry
from redact.errors import InputError
from redact.policy import Profile, list_profiles, load_profile

_log = logging.getLogger(__name__)

_A4 = pymupdf.paper_rect("a4")
_MARGIN = 60.0


def default_template() -> Path:
    """The built-in template file."""
    return Path(str(resources.files("redact") / "templates" / "beslut.toml"))


def load_template(path: Path | None = None) -> dict[str, Any]:
    """Read a decision template, filling missing keys from the built-in one."""
    with default_template().open("rb") as fh:
        base = tomllib.load(fh)
    if path is None:
        return base
    path = Path(path)
    if not path.is_file():
        raise InputError("{path}: beslutsmallen finns inte", path=path)
    try:
        own = tomllib.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise InputError("{path}: beslutsmallen går inte att läsa: {err}", path=path, err=err) from None
    merged = {k: dict(v) if isinstance(v, dict) else v for k, v in base.items()}
    for key, value in own.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key].update(value)
        else:
            merged[key] = value
    return merged


class _Fmt:
    """Fills template strings; an unknown field is an error that names it."""

    def __init__(self, where: str, common: dict[str, Any]):
        self.where = where
        self.common = common

    def __call__(self, text: str, **values: Any) -> str:
        """The text with its fields filled in and its whitespace collapsed."""
        fields = {k: str(v) for k, v in {**self.common, **values}.items()}
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
        except ValueError as err:
            raise InputError("{where}: felaktig klammerparentes i texten {text!r} ({err})", where=self.where, text=text[:40], err=err) from None
        unknown = sorted(n for n in names if n not in fields)
        if unknown:
            raise InputError(
                "{where}: mallen använder {{{unknown}}} som inte finns; tillgängliga fält: {value}", where=self.where, unknown=unknown[0], value=', '.join(sorted(fields))
            )
        return " ".join(text.format_map(fields).split())


@dataclass
class _Document:
    name: str
    sha256: str
    pages: int
    masked: dict[int, dict[str, set[str]]] = field(default_factory=dict)  # page -> category -> grounds


@dataclass
class _Case:
    request: dict[str, Any] | None
    documents: list[_Document]
    profile: str | None
    finaliser: str | None


def _gather(entries: list[Entry]) -> _Case:
    request = None
    docs: dict[str, _Document] = {}
    decisions: dict[tuple[str, str], dict[str, Any]] = {}
    profile = None
    finaliser = None
    for e in entries:
        p = e.payload
        if e.kind == "request_received":
            request = p
        elif e.kind == "document_added":
            ref = p.get("document", {})
            docs.setdefault(ref.get("sha256", ""), _Document(ref.get("name", "?"), ref.get("sha256", ""), int(p.get("pages") or 0)))
        elif e.kind == "detection_run" and p.get("profile"):
            profile = p["profile"]
        elif e.kind == "decision":
            ref = p.get("document", {})
            # A later decision on the same finding replaces the earlier one (a reviewer changed their mind).
            decisions[(ref.get("sha256", ""), str(p.get("finding_id")))] = p
            if ref.get("sha256", "") not in docs:
                docs[ref.get("sha256", "")] = _Document(ref.get("name", "?"), ref.get("sha256", ""), 0)
        elif e.kind == "finalised" and p.get("by"):
            finaliser = p["by"]
    for (sha, _), p in decisions.items():
        masked = p.get("masked", p.get("status") != "rejected")
        if not masked:
            continue
        page = int(p.get("page") or 0)
        doc = docs[sha]
        doc.masked.setdefault(page, {}).setdefault(p.get("category") or "MANUAL", set()).add(p.get("legal_ground") or "")
    return _Case(request, list(docs.values()), profile, finaliser)


def _pages(n: int) -> str:
    return "okänt antal sidor" if not n else ("1 sida" if n == 1 else f"{n} sidor")


Block = tuple[str, str]  # (style, text): style is one of h1, sub, meta, h2, h3, p, i, li


def _builtin_grounds() -> tuple[dict[str, str], dict[str, str]]:
    """Reasoning and titles of every ground in the built-in profiles, for grounds a reviewer chose by hand."""
    reasoning: dict[str, str] = {}
    titles: dict[str, str] = {}
    for name in list_profiles():
        p = load_profile(name)
        for g, text in p.reasoning.items():
            reasoning.setdefault(g, text)
        for g, text in p.ground_titles.items():
            titles.setdefault(g, text)
    return reasoning, titles


def _blocks(case: str, data: _Case, profile: Profile, tpl: dict[str, Any], decision_maker: str | None,
            authority: str, when: str) -> tuple[list[Block], _Fmt]:
    t = tpl.get("text", {})
    cats: dict[str, str] = tpl.get("categories", {})
    req = data.request or {}
    fmt = _Fmt("beslutsmallen", {
        "authority": authority,
        "case": case,
        "reference": req.get("reference", ""),
        "date": when,
        "received": str(req.get("received", ""))[:10] or "(okänt datum)",
        "description": req.get("description", ""),
        "decision_maker": decision_maker or "",
    })
    out: list[Block] = [("h1", fmt(t["title"])), ("sub", fmt(t["subtitle"])), ("meta", fmt(t["case_line"]))]
    if req.get("reference"):
        out.append(("meta", fmt(t["reference_line"])))
    out.append(("meta", fmt(t["date_line"])))

    out.append(("h2", fmt(t["request_heading"])))
    out.append(("p", fmt(t["request"] if req.get("description") else t["request_no_description"])))
    out += [("h2", fmt(t["decision_heading"])), ("p", fmt(t["decision"]))]

    out.append(("h2", fmt(t["disclosed_heading"])))
    for d in data.documents:
        out.append(("li", fmt(t["document_line" if d.masked else "document_full"], document=d.name, page_count=_pages(d.pages))))

    used: dict[str, str] = {}  # ground -> label, in order of first use
    out += [("h2", fmt(t["masked_heading"])), ("p", fmt(t["masked_intro"]))]
    for d in data.documents:
        if not d.masked:
            continue
        out.append(("h3", fmt(t["masked_document"], document=d.name, page_count=_pages(d.pages))))
        for page in sorted(d.masked):
            items = []
            for cat in sorted(d.masked[page], key=lambda c: (cats.get(c, c).casefold(), c)):
                # A mask recorded without a ground takes the profile's ground for its category.
                for g in sorted({g or profile.ground_for(cat) for g in d.masked[page][cat]}):
                    label = profile.label(g)
                    used.setdefault(g, label)
                    items.append(fmt(t["item"], category=cats.get(cat, cat.lower()), label=label, ground=g))
            out.append(("li", fmt(t["page_line"], page=page, items=", ".join(items))))

    out += [("h2", fmt(t["reasons_heading"])), ("p", fmt(t["reasons_intro"]))]
    known_reasoning, known_titles = _builtin_grounds()
    for g, label in used.items():
        out.append(("h3", fmt(t["ground_heading"], ground=g, label=label)))
        title = profile.ground_titles.get(g) or known_titles.get(g)
        if title:
            out.append(("i", title[0].upper() + title[1:] + "."))
        reasoning = profile.reasoning_for(g) or known_reasoning.get(g)
        out.append(("p", reasoning if reasoning else fmt(t["ground_fallback"], ground=g, label=label)))

    out.append(("h2", fmt(t["signature_heading"])))
    out.append(("p", fmt(t["decision_maker_line"] if decision_maker else t["decision_maker_missing"])))

    out.append(("h2", fmt(t["appeal_heading"])))
    for para in str(t["appeal"]).strip().split("\n\n"):
        out.append(("p", fmt(para)))
    return out, fmt


# style -> (font, size, space before, space after, indent)
_STYLES: dict[str, tuple[str, float, float, float, float]] = {
    "h1": ("bold", 16, 0, 4, 0),
    "sub": ("regular", 11.5, 0, 10, 0),
    "meta": ("regular", 10.5, 0, 1, 0),
    "h2": ("bold", 12, 12, 4, 0),
    "h3": ("bold", 10.5, 7, 2, 0),
    "p": ("regular", 10.5, 0, 6, 0),
    "i": ("italic", 10.5, 0, 4, 0),
    "li": ("regular", 10.5, 0, 3, 12),
}


class _Widths:
    """Character advances of one font, cached (Font.text_length is slow per call)."""

    def __init__(self, font: pymupdf.Font):
        self.font = font
        self.cache: dict[str, float] = {}

    def __call__(self, text: str, size: float) -> float:
        total = 0.0
        for c in text:
            w = self.cache.get(c)
            if w is None:
                w = self.cache[c] = self.font.text_length(c, fontsize=1)
            total += w
        return total * size


def _wrap(text: str, width_of: _Widths, size: float, width: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and width_of(candidate, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines or [""]


def _write_pdf(blocks: list[Block], path: Path, footer: str, fmt: _Fmt, title: str) -> None:
    """Lay the blocks out on A4 pages with an embedded Unicode font (no ligatures, so text extracts as written)."""
    fonts = {"regular": pymupdf.Font("helv"), "bold": pymupdf.Font("hebo"), "italic": pymupdf.Font("heit")}
    widths = {face: _Widths(font) for face, font in fonts.items()}
    doc = pymupdf.open()
    width = _A4.width - 2 * _MARGIN
    bottom = _A4.height - _MARGIN - 20
    page = None
    writer = None
    y = 0.0

    def new_page() -> None:
        nonlocal page, writer, y
        if page is not None and writer is not None:
            writer.write_text(page)
        page = doc.new_page(width=_A4.width, height=_A4.height)
        writer = pymupdf.TextWriter(page.rect)
        y = _MARGIN

    new_page()
    for n, (style, text) in enumerate(blocks):
        face, size, before, after, indent = _STYLES[style]
        font = fonts[face]
        leading = size * 1.35
        lines = _wrap(text, widths[face], size, width - indent)
        need = leading * min(len(lines), 3)
        if style in ("h1", "h2", "h3") and n + 1 < len(blocks):
            # Keep a heading with the first lines of what follows it.
            nstyle, ntext = blocks[n + 1]
            nface, nsize, nbefore, _, nindent = _STYLES[nstyle]
            nlines = _wrap(ntext, widths[nface], nsize, width - nindent)
            need += nbefore + nsize * 1.35 * min(len(nlines), 3)
        if y > _MARGIN and y + before + need > bottom:
            new_page()
        elif y > _MARGIN:
            y += before
        for i, line in enumerate(lines):
            if y + leading > bottom:
                new_page()
            y += leading
            if style == "li" and i == 0:
                writer.append((_MARGIN + 2, y - leading * 0.25), "•", font=fonts["regular"], fontsize=size)
            writer.append((_MARGIN + indent, y - leading * 0.25), line, font=font, fontsize=size)
        y += after
        if len(doc) > 200:  # a runaway template must not fill the disk
            raise InputError("beslutet blev orimligt långt; kontrollera mallen")
    writer.write_text(page)
    total = len(doc)
    for n, pg in enumerate(doc, start=1):
        tw = pymupdf.TextWriter(pg.rect)
        tw.append((_MARGIN, _A4.height - _MARGIN + 10), fmt(footer, page=n, pages=total), font=fonts["regular"], fontsize=8)
        tw.write_text(pg, color=(0.3, 0.3, 0.3))
    doc.set_metadata({"title": title, "creator": "redact", "producer": "redact"})
    doc.subset_fonts()
    doc.save(str(path), garbage=3, deflate=True)
    doc.close()


def render_decision(log: AuditLog, case: str, output: Path, profile: Profile | None = None,
                    decision_maker: str | None = None, template: Path | None = None,
                    authority: str | None = None, date: str | None = None) -> None:
    """Write the decision PDF for one case from its verified audit record."""
    log.verify()
    entries = log.entries(case)
    if not entries:
        raise InputError("ärendet {case!r} finns inte i granskningsloggen {path}", case=case, path=log.path)
    data = _gather(entries)
    if not any(d.masked for d in data.documents):
        raise InputError("inget har maskerats i ärende {case}; handlingarna lämnas ut i sin helhet och inget avslagsbeslut behövs", case=case)
    if profile is None:
        profile = load_profile(data.profile) if data.profile else load_profile("default")
    tpl = load_template(template)
    authority = authority or str(tpl.get("authority", {}).get("name") or "Myndigheten")
    when = date or _date.today().isoformat()
    blocks, fmt = _blocks(case, data, profile, tpl, decision_maker, authority, when)
    output = Path(output)
    if not output.parent.is_dir():
        raise InputError("{parent}: mappen för beslutet finns inte", parent=output.parent)
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=output.parent)
    os.close(fd)
    try:
        _write_pdf(blocks, Path(tmp), str(tpl["text"].get("footer", "")), fmt, fmt(tpl["text"]["title"]))
        os.replace(tmp, output)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    _log.info("decision for %s written to %s", case, output)


__all__ = ["render_decision", "load_template", "default_template"]
