"""Office files (Word, Excel, PowerPoint, OpenDocument, RTF, CSV) to PDF with LibreOffice headless.

Two conversions through one LibreOffice (started once per worker, see libreoffice.py): first
to flat OpenDocument XML, where what the original hides is made visible (hidden sheets, rows, columns, slides and text; spreadsheet comments printed) and
spreadsheets get gridlines and row/column headers on every sheet; then to PDF, with comments
in the margin (text) and speaker notes as pages (presentations). What cannot be shown is
listed as a warning. Document properties (author, last modified by, company...) are
appended as a last page, so they are detected and masked like any other text.
"""

from __future__ import annotations

import csv
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

from redact.case.libreoffice import session, soffice, start_server, stop_server, use_profile_folder
from redact.case.textpdf import append_pdf_pages, fields_html, write_html_pdf
from redact.errors import InputError, OfficeError
from redact.messages import Message

__all__ = ["Converted", "DEFAULT_TIMEOUT", "convert_office", "soffice", "start_server", "stop_server",
           "use_profile_folder"]

#: Seconds one LibreOffice conversion may take before the file is refused.
DEFAULT_TIMEOUT = 120.0
_FLAT = {"text": "fodt", "calc": "fods", "impress": "fodp"}
_FAMILY = {
    ".docx": "text", ".doc": "text", ".odt": "text", ".rtf": "text",
    ".xlsx": "calc", ".xls": "calc", ".ods": "calc", ".csv": "calc",
    ".pptx": "impress", ".odp": "impress", ".ppt": "impress",
    ".docm": "text", ".xlsm": "calc", ".pptm": "impress",  # macro-enabled: read, never run (see libreoffice.py)
}
_PDF_FILTER = {"text": "writer_pdf_Export", "calc": "calc_pdf_Export", "impress": "impress_pdf_Export"}


@dataclass
class Converted:
    """The PDF made from an office file and what the original hid or carried beside its text."""

    pages: int
    warnings: list[str] = field(default_factory=list)


def _csv_filter(path: Path) -> str:
    """LibreOffice's CSV import options: separator sniffed (Swedish files often use ';'), UTF-8."""
    sample = path.read_bytes()[:8192].decode("utf-8", "replace")
    try:
        sep = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        sep = ","
    return f"CSV:{ord(sep)},34,76,1"


def convert_office(path: Path, output: Path, timeout: float = DEFAULT_TIMEOUT) -> Converted:
    """Convert an office file to ``output`` (PDF); hidden content shown or listed, properties appended."""
    family = _FAMILY.get(path.suffix.lower())
    if family is None:
        raise InputError("{name}: är ingen kontorsfil som kan konverteras", name=path.name)
    name = path.name
    with tempfile.TemporaryDirectory(prefix="redact-office-") as tmp, session(name) as convert:
        work = Path(tmp)
        src = work / f"in{path.suffix.lower()}"  # a neutral name: LibreOffice names its output after it
        shutil.copyfile(path, src)
        infilter = _csv_filter(src) if src.suffix == ".csv" else None
        flat = convert(src, _FLAT[family], work, timeout, infilter)
        xml = flat.read_text(encoding="utf-8")
        xml, warnings = reveal_hidden(xml, family)
        xml = objects_as_pictures(xml)
        props = document_properties(xml)
        shown = work / f"shown.{_FLAT[family]}"
        shown.write_text(xml, encoding="utf-8")
        pdf = convert(shown, f"pdf:{_PDF_FILTER[family]}", work, timeout, None)
        # what never prints (comments, speaker notes, properties) follows as appendix pages,
        # read by LibreOffice-independent code so no export option can silently drop it
        appendix = [fields_html(title, rows) for title, rows in appendix_sections(xml) if rows]
        if props:
            appendix.append(fields_html("Dokumentegenskaper", props))
            warnings.append(Message("dokumentegenskaper ({names}) visas på sista sidan och granskas som text", names=", ".join(k for k, _ in props)))
        if appendix:
            extra = work / "appendix.pdf"
            write_html_pdf(appendix, extra)
            append_pdf_pages(pdf, extra)
        shutil.move(str(pdf), output)
    import pymupdf

    with pymupdf.open(output) as doc:
        pages = doc.page_count
    if pages == 0:
        raise OfficeError("{name}: konverteringen gav inga sidor; filen vägras", name=name)
    return Converted(pages=pages, warnings=warnings)


def _count_sub(pattern: str, repl: str, text: str) -> tuple[str, int]:
    return re.subn(pattern, repl, text)


def reveal_hidden(xml: str, family: str) -> tuple[str, list[str]]:
    """Flat OpenDocument XML with hidden content made visible, and one warning per kind that was hidden."""
    warnings: list[str] = []
    if family == "calc":
        xml, rows = _count_sub(r'(<table:table-row\b[^>]*?)table:visibility="(?:collapse|filter)"', r'\1table:visibility="visible"', xml)
        xml, cols = _count_sub(r'(<table:table-column\b[^>]*?)table:visibility="(?:collapse|filter)"', r'\1table:visibility="visible"', xml)
        xml, sheets = _count_sub(r'table:display="false"', 'table:display="true"', xml)
        # a print range or a sheet left out of printing would drop cells without a word
        xml, ranges = _count_sub(r'(<table:table\b[^>]*?)\stable:print-ranges="[^"]*"', r"\1", xml)
        xml, unprinted = _count_sub(r'(<table:table\b[^>]*?)table:print="false"', r'\1table:print="true"', xml)
        if ranges + unprinted:
            warnings.append(Message("utskriftsområden på {n} blad togs bort: hela bladen skrivs ut", n=ranges + unprinted))
        # every sheet printed with gridlines, row and column headers and its cell comments
        xml = re.sub(r'(<style:page-layout-properties\b[^>]*?)\sstyle:print="[^"]*"', r"\1", xml)
        xml = re.sub(r"<style:page-layout-properties\b",
                     '<style:page-layout-properties style:print="annotations charts drawings grid headers objects zero-values"', xml)
        comments = xml.count("<office:annotation")
        for n, template in ((sheets, "{n} dolda blad visas i den konverterade kopian för granskning"),
                            (rows, "{n} dolda rader visas i den konverterade kopian för granskning"),
                            (cols, "{n} dolda kolumner visas i den konverterade kopian för granskning")):
            if n:
                warnings.append(Message(template, n=n))
        if comments:
            warnings.append(Message("{n} cellkommentarer visas på bilagesidor sist i kopian för granskning", n=comments))
    elif family == "text":
        changes = len(re.findall(r"<text:changed-region\b", xml))
        comments = xml.count("<office:annotation>") + xml.count("<office:annotation ")
        xml, hidden = _count_sub(r'text:display="none"', 'text:display="true"', xml)
        xml, hidden2 = _count_sub(r'text:is-hidden="true"', 'text:is-hidden="false"', xml)
        xml, hidden3 = _count_sub(r'fo:display="none"', 'fo:display="true"', xml)
        if changes:
            # deletions are printed struck through and insertions underlined (shown, not accepted)
            xml = re.sub(r'<config:config-item config:name="ShowChanges" config:type="boolean">false<',
                         '<config:config-item config:name="ShowChanges" config:type="boolean">true<', xml)
            warnings.append(Message("{n} spårade ändringar (även borttagen text) visas i kopian för granskning", n=changes))
        if comments:
            warnings.append(Message("{n} kommentarer visas på bilagesidor sist i kopian för granskning", n=comments))
        if hidden + hidden2 + hidden3:
            warnings.append(Message("{n} dolda textavsnitt visas i kopian för granskning", n=hidden + hidden2 + hidden3))
    elif family == "impress":
        xml, slides = _count_sub(r'presentation:visibility="hidden"', 'presentation:visibility="visible"', xml)
        notes = len(appendix_sections(xml)[1][1])
        if slides:
            warnings.append(Message("{n} dolda bilder visas i kopian för granskning", n=slides))
        if notes:
            warnings.append(Message("{n} bilder har talaranteckningar; de visas på bilagesidor sist i kopian för granskning", n=notes))
        # LibreOffice writes a slide's comments (PowerPoint's, its own) in the namespace of its own extensions
        comments = len(_ANNOTATION.findall(xml))
        if comments:
            warnings.append(Message("{n} kommentarer visas på bilagesidor sist i kopian för granskning", n=comments))
    objects = embedded_objects(xml)
    if objects:
        warnings.append(Message("{n} inbäddade filer eller objekt visas bara med sin bild i kopian; det övriga innehållet "
                                "lämnas inte ut och har inte granskats: begär dem som egna filer", n=objects))
    return xml, warnings


_OBJECT_TAG = re.compile(r"<(/?)draw:object(?=[\s>/])[^>]*?(/?)>")


def objects_as_pictures(xml: str) -> str:
    """Embedded documents (not charts) replaced by the picture their frame keeps of them.

    LibreOffice cannot load its own flat XML back when an embedded document (a workbook in a letter)
    carries a custom property (its company, say): the file was refused. Only the picture prints
    either way (see ``embedded_objects``), and the embedded document's properties are not the letter's.
    """
    out: list[str] = []
    at = 0
    depth, start = 0, -1
    for m in _OBJECT_TAG.finditer(xml):
        closing, empty = m.group(1), m.group(2)
        if not closing and not empty:
            if depth == 0:
                start = m.start()
            depth += 1
        elif closing and depth:
            depth -= 1
            if depth == 0:
                body = xml[start:m.end()]
                head = re.match(r"<draw:object[^>]*>\s*(<office:document\b[^>]*>)", body)
                kind = re.search(r'office:mimetype="([^"]*)"', head.group(1)) if head else None
                pictured = re.match(r"\s*<draw:image\b", xml[m.end():m.end() + 200])
                if kind and not kind.group(1).endswith(".chart") and pictured:
                    out.append(xml[at:start])
                    at = m.end()
    out.append(xml[at:])
    return "".join(out)


def embedded_objects(xml: str) -> int:
    """Files embedded in the document (a workbook in a letter, a packaged file): only their picture prints.

    Charts are embedded objects too, but print whole; a foreign object (``draw:object-ole``) or an
    embedded text, spreadsheet or presentation shows only its picture or visible area.
    """
    ole = len(re.findall(r"<draw:object-ole\b", xml))
    documents = re.findall(r'<draw:object(?=[\s>])[^>]*>\s*<office:document\b[^>]*office:mimetype="([^"]*)"', xml)
    linked = len(re.findall(r'<draw:object(?=[\s>])[^>]*xlink:href="[^"]*"', xml))  # an object kept outside the flat XML
    return ole + sum(1 for kind in documents if not kind.endswith(".chart")) + linked


def _plain(fragment: str) -> str:
    """The text of an XML fragment: paragraphs on lines of their own, tags dropped, entities resolved."""
    fragment = re.sub(r"</text:p>|<text:line-break/>", "\n", fragment)
    fragment = re.sub(r'<text:s(?: text:c="(\d+)")?/>', lambda m: " " * int(m.group(1) or 1), fragment)
    fragment = re.sub(r"<text:tab/>", "\t", fragment)
    return unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


#: A comment: ODF's own element, or the one LibreOffice writes on slides (officeooo: its extensions' namespace).
_ANNOTATION = re.compile(r"<(office|officeooo):annotation\b[^>]*>(.*?)</\1:annotation>", flags=re.S)


def appendix_sections(xml: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Comments (with their authors) and speaker notes of a flat OpenDocument, as labelled rows."""
    comments: list[tuple[str, str]] = []
    for n, (_, block) in enumerate(_ANNOTATION.findall(xml), 1):
        author = re.search(r"<dc:creator>(.*?)</dc:creator>", block, flags=re.S)
        body = re.sub(r"<dc:creator>.*?</dc:creator>|<dc:date>.*?</dc:date>|<meta:date-string>.*?</meta:date-string>",
                      "", block, flags=re.S)
        who = _plain(author.group(1)) if author else ""
        comments.append((f"Kommentar {n}", (f"{who}: " if who else "") + _plain(body)))
    notes: list[tuple[str, str]] = []
    pages = re.findall(r"<draw:page(?:\s[^>]*)?>(.*?)</draw:page>", xml, flags=re.S)
    for n, page in enumerate(pages, 1):
        for block in re.findall(r"<presentation:notes\b[^>]*>(.*?)</presentation:notes>", page, flags=re.S):
            # every frame on the notes page counts, not only the "notes" placeholder (files differ)
            block = re.sub(r'<draw:frame\b[^>]*presentation:class="(?:header|footer|date-time|page-number)"[^>]*>.*?</draw:frame>',
                           "", block, flags=re.S)
            text = _plain(block)
            if text:
                notes.append((f"Bild {n}", text))
    return [("Kommentarer", comments), ("Talaranteckningar", notes)]


_PROPS = (
    ("meta:initial-creator", "Skapad av"),
    ("dc:creator", "Senast ändrad av"),
    ("dc:title", "Titel"),
    ("dc:subject", "Ämne"),
    ("dc:description", "Beskrivning"),
    ("meta:keyword", "Nyckelord"),
    ("meta:printed-by", "Utskriven av"),
)


def document_properties(xml: str) -> list[tuple[str, str]]:
    """The properties of the document that can name people or organisations (author, company...)."""
    meta = re.search(r"<office:meta>(.*?)</office:meta>", xml, flags=re.S)
    if not meta:
        return []
    body = meta.group(1)
    out: list[tuple[str, str]] = []
    for tag, label in _PROPS:
        for value in re.findall(rf"<{tag}>(.*?)</{tag}>", body, flags=re.S):
            value = unescape(re.sub(r"<[^>]+>", "", value)).strip()
            if value:
                out.append((label, value))
    for key, value in re.findall(r'<meta:user-defined meta:name="([^"]*)"[^>]*>(.*?)</meta:user-defined>', body, flags=re.S):
        value = unescape(value).strip()
        key = {"Company": "Företag", "Manager": "Chef"}.get(key, key)
        if value and key not in ("AppVersion", "DocSecurity", "ScaleCrop", "LinksUpToDate", "SharedDoc",
                                 "HyperlinksChanged"):
            out.append((unescape(key), value))
    return out
