"""Office files in a case: converted by LibreOffice, what the original hides shown, then redacted like any PDF.

One case run (a handful of LibreOffice start-ups) is shared by every test in this module.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import pymupdf
import pytest

from conftest import mupdf_text, pdftotext

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice saknas (scripts/setup.sh installerar den)")


def _docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Handläggare Karin Nyström utredde ärendet om Viktor Johansson.")
    p = d.add_paragraph("Synligt stycke. ")
    p.add_run("Dold notering om Petra Nilsson.").font.hidden = True
    d.add_paragraph("ANCHOR")
    d.core_properties.author = "Ali Hassan"
    d.core_properties.last_modified_by = "Maria Gonzalez"
    d.save(path)
    # python-docx cannot set the company or manager; they live in docProps/app.xml
    data = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            raw = zin.read(info.filename)
            if info.filename == "word/document.xml":  # a tracked deletion, as Word writes it
                deleted = ('<w:r><w:t xml:space="preserve">Ändrat stycke </w:t></w:r><w:del w:id="1" w:author="Granskare" '
                           'w:date="2026-03-01T10:00:00Z"><w:r><w:delText>om Tomas Wallin</w:delText></w:r></w:del>')
                raw = raw.replace(b"<w:t>ANCHOR</w:t></w:r>", ("<w:t>.</w:t></w:r>" + deleted).encode("utf-8"))
            if info.filename == "docProps/app.xml":
                raw = raw.replace(b"</Properties>", "<Manager>Greta Wikström</Manager></Properties>".encode())
            zout.writestr(info, raw)
    path.write_bytes(data.getvalue())


def _xlsx(path: Path) -> None:
    import openpyxl
    from openpyxl.comments import Comment

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Personal"
    ws.append(["Namn", "Enhet", "Telefon"])
    ws.append(["Emil Sandberg", "Ekonomi", "070-444 55 66"])
    ws.append(["Oskar Lindberg", "Ekonomi", "070-444 55 67"])
    ws["E6"] = "Utanför utskriftsområdet"
    ws.print_area = "A1:B2"
    ws.column_dimensions["C"].hidden = True
    ws.row_dimensions[3].hidden = True
    ws["B2"].comment = Comment("Kontakta Selma Öhman om detta", "Granskare")
    secret = wb.create_sheet("Hemlig")
    secret["A1"] = "Löneuppgift för Nils Persson"
    secret.sheet_state = "hidden"
    wb.properties.creator = "Fatima Yilmaz"
    wb.save(path)


def _odt(path: Path) -> None:
    """A text document with a tracked deletion, a comment and a hidden section (flat XML written by hand)."""
    content = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">
<office:body><office:text>
<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Granskare</dc:creator>
<dc:date>2026-03-01T10:00:00</dc:date></office:change-info><text:p>Olof Strand</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:p>Utredningen gäller <text:change text:change-id="ct1"/>klienten.</text:p>
<text:p>Besöket bokades.<office:annotation><dc:creator>Handläggare</dc:creator><text:p>Ring Maja Lindqvist på 070-765 43 21</text:p></office:annotation> Klart.</text:p>
<text:section text:name="Dold" text:display="none"><text:p>Dold sektion om Hugo Eriksson.</text:p></text:section>
</office:text></office:body></office:document-content>"""
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)


def _odp(path: Path) -> None:
    from odf.draw import Frame, Page, TextBox
    from odf.opendocument import OpenDocumentPresentation
    from odf.presentation import Notes
    from odf.style import DrawingPageProperties, MasterPage, PageLayout, PageLayoutProperties, Style
    from odf.text import P

    doc = OpenDocumentPresentation()
    layout = PageLayout(name="PL")
    layout.addElement(PageLayoutProperties(pagewidth="28cm", pageheight="21cm", printorientation="landscape"))
    doc.automaticstyles.addElement(layout)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    doc.masterstyles.addElement(master)
    hidden = Style(name="dolt", family="drawing-page")
    hidden.addElement(DrawingPageProperties(attributes={"visibility": "hidden"}))
    doc.automaticstyles.addElement(hidden)
    for name, text, note, style in (("s1", "Projektplan för kvarteret", "Fråga Gustav Ekström om budgeten", None),
                                    ("s2", "Dold bild om Noor Rahimi", None, hidden)):
        page = Page(masterpagename=master, name=name, **({"stylename": style} if style else {}))
        doc.presentation.addElement(page)
        frame = Frame(width="24cm", height="4cm", x="2cm", y="2cm")
        box = TextBox()
        frame.addElement(box)
        box.addElement(P(text=text))
        page.addElement(frame)
        if note:
            notes = Notes()
            nframe = Frame(width="16cm", height="6cm", x="2cm", y="14cm")
            nbox = TextBox()
            nframe.addElement(nbox)
            nbox.addElement(P(text=note))
            notes.addElement(nframe)
            page.addElement(notes)
    doc.save(str(path))


SECRETS = {
    "rapport.docx": ["Karin", "Nyström", "Viktor Johansson", "Ali Hassan", "Maria Gonzalez", "Greta Wikström",
                     "Petra Nilsson", "Tomas Wallin"],
    "personal.xlsx": ["Emil Sandberg", "Oskar Lindberg", "070-444 55 66", "070-444 55 67", "Selma Öhman",
                      "Nils Persson", "Fatima Yilmaz"],
    "utredning.odt": ["Olof Strand", "Maja Lindqvist", "070-765 43 21", "Hugo Eriksson"],
    "bilder.odp": ["Gustav Ekström", "Noor Rahimi"],
    "lista.csv": ["Alva Sjöberg", "070-222 33 44"],
}
KEPT = {
    "rapport.docx": ["utredde ärendet", "Dokumentegenskaper", "notering om", "Ändrat stycke"],
    "personal.xlsx": ["Namn", "Enhet", "Löneuppgift", "Kontakta", "Utanför utskriftsområdet"],
    "utredning.odt": ["Utredningen gäller", "Dold sektion om", "Kommentarer"],
    "bilder.odp": ["Projektplan för kvarteret", "Talaranteckningar", "Dold bild om"],
    "lista.csv": ["Namn", "Telefon"],
}


@pytest.fixture(scope="module")
def office_case(tmp_path_factory):
    from redact.case.engine import LocalEngine
    from redact.case.runner import run_case
    from redact.pipeline import RunOptions

    tmp = tmp_path_factory.mktemp("office")
    folder = tmp / "in"
    folder.mkdir()
    _docx(folder / "rapport.docx")
    _xlsx(folder / "personal.xlsx")
    _odt(folder / "utredning.odt")
    _odp(folder / "bilder.odp")
    (folder / "lista.csv").write_text("Namn;Telefon\nAlva Sjöberg;070-222 33 44\n", encoding="utf-8")
    (folder / "trasig.docx").write_bytes(b"PK\x03\x04 detta ar ingen docx")
    out = io.StringIO()
    engine = LocalEngine(1)
    try:
        run = run_case([folder], tmp / "ut", RunOptions(), engine=engine, out=out)
    finally:
        engine.close()
    return tmp, {Path(r.origin).name: r for r in run.results}, out.getvalue()


def test_office_files_are_redacted_including_what_the_original_hid(office_case):
    tmp, results, _ = office_case
    for name, secrets in SECRETS.items():
        r = results[name]
        assert r.status == "ok", (name, r.error)
        for text in (mupdf_text(r.output), pdftotext(r.output)):
            flat = " ".join(text.split())
            for secret in secrets:
                assert secret not in flat, (name, secret)
            for kept in KEPT[name]:
                assert kept in flat, (name, kept)


def test_hidden_content_is_listed_as_warnings(office_case):
    _, results, printed = office_case
    warnings = {name: " ".join(r.warnings) for name, r in results.items()}
    for name, expected in (("personal.xlsx", ["dolda blad", "dolda rader", "dolda kolumner", "cellkommentarer", "dokumentegenskaper",
                                              "utskriftsområden"]),
                           ("utredning.odt", ["spårade ändringar", "kommentarer", "dolda textavsnitt"]),
                           ("bilder.odp", ["dolda bilder", "talaranteckningar"]),
                           ("rapport.docx", ["dokumentegenskaper", "dolda textavsnitt", "spårade ändringar"])):
        for word in expected:
            assert word in warnings[name], (name, word)
    manifest = json.loads((office_case[0] / "ut" / "manifest.json").read_text(encoding="utf-8"))
    listed = {Path(d["input"]).name: " ".join(d["warnings"]) for d in manifest["documents"]}
    assert "dolda blad" in listed["personal.xlsx"] and "spårade ändringar" in listed["utredning.odt"]


def test_spreadsheets_print_gridlines_and_headers(office_case):
    _, results, _ = office_case
    with pymupdf.open(results["personal.xlsx"].output) as doc:
        first = doc[0]
        words = {w[4] for w in first.get_text("words")}
        assert {"A", "B", "C", "1", "2", "3"} <= words  # column letters and row numbers
        assert len(first.get_drawings()) > 0  # gridlines


def test_a_file_libreoffice_cannot_open_is_refused_and_the_rest_go_on(office_case):
    tmp, results, printed = office_case
    r = results["trasig.docx"]
    assert r.status == "refused" and "LibreOffice" in r.error and r.output is None
    assert sum(1 for r in results.values() if r.status == "ok") == 5
    assert "vägrad" in printed and printed.count("klar ") == 5


def test_a_conversion_over_the_time_limit_is_refused_and_leaves_nothing(tmp_path):
    from redact.case.office import convert_office
    from redact.errors import OfficeError

    src = tmp_path / "lista.csv"
    src.write_text("Namn;Telefon\nAlva Sjöberg;070-222 33 44\n", encoding="utf-8")
    with pytest.raises(OfficeError, match="inom 0.05 s"):
        convert_office(src, tmp_path / "ut.pdf", timeout=0.05)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lista.csv"]


def test_files_embedded_in_a_document_are_named_in_a_warning_charts_are_not():
    """An embedded workbook or packaged file prints only as its picture: the rest of it is said to be left out."""
    from redact.case.office import reveal_hidden
    from redact.messages import render

    frame = '<draw:frame draw:name="{n}"><draw:object{attrs}>{body}</draw:object></draw:frame>'
    xml = "".join([
        '<office:document office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>',
        '<draw:frame draw:name="a"><draw:object-ole><office:binary-data>0M8R4KGx</office:binary-data></draw:object-ole></draw:frame>',
        frame.format(n="b", attrs="", body='<office:document office:mimetype="application/vnd.oasis.opendocument.spreadsheet"/>'),
        frame.format(n="c", attrs="", body='<office:document office:mimetype="application/vnd.oasis.opendocument.chart"/>'),
        "</office:text></office:body></office:document>",
    ])
    for family in ("text", "calc", "impress"):
        _, warnings = reveal_hidden(xml, family)
        said = [render(w, "sv") for w in warnings]
        assert any(s.startswith("2 inbäddade filer eller objekt") for s in said), (family, said)
    _, warnings = reveal_hidden(xml.replace("object-ole", "other").replace("spreadsheet", "chart"), "text")
    assert not any("inbäddade" in render(w, "sv") for w in warnings)


def _letter_with_workbook(path: Path) -> None:
    """A text document with a workbook embedded in it, the workbook carrying a custom property (as Office writes)."""
    import pymupdf

    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')
    embed = 'xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"'
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.3"><office:body><office:text>'
               '<text:p>Brev om bygglovet.</text:p><text:p><draw:frame draw:name="Objekt1" text:anchor-type="as-char" '
               f'svg:width="3cm" svg:height="1cm"><draw:object xlink:href="./Object 1" {embed}/>'
               f'<draw:image xlink:href="./ObjectReplacements/Object 1" {embed}/></draw:frame></text:p>'
               '</office:text></office:body></office:document-content>')
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.3"><office:body>'
             '<office:spreadsheet><table:table table:name="Blad1"><table:table-row><table:table-cell office:value-type="string">'
             '<text:p>Kostnad</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>'
             '</office:document-content>')
    meta = ('<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"><office:meta>'
            '<meta:user-defined meta:name="Company">Exempelbolaget AB</meta:user-defined></office:meta></office:document-meta>')
    entries = [("/", "application/vnd.oasis.opendocument.text"), ("content.xml", "text/xml"),
               ("Object 1/", "application/vnd.oasis.opendocument.spreadsheet"), ("Object 1/content.xml", "text/xml"),
               ("Object 1/meta.xml", "text/xml"), ("ObjectReplacements/Object 1", "image/png")]
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3">' + "".join(f'<manifest:file-entry manifest:full-path="{p}" manifest:media-type="{t}"/>'
                                                    for p, t in entries) + "</manifest:manifest>")
    picture = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 20), 0)
    picture.clear_with(255)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        for name, data in (("META-INF/manifest.xml", manifest), ("content.xml", content), ("Object 1/content.xml", sheet),
                           ("Object 1/meta.xml", meta), ("ObjectReplacements/Object 1", picture.tobytes("png"))):
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)


def test_a_document_with_an_embedded_workbook_converts_and_says_the_workbook_shows_as_a_picture(tmp_path):
    """LibreOffice cannot read its own flat XML back with such a workbook in it: the letter was refused."""
    from redact.case.office import convert_office
    from redact.messages import render

    _letter_with_workbook(tmp_path / "brev.odt")
    converted = convert_office(tmp_path / "brev.odt", tmp_path / "brev.pdf")
    assert "Brev om bygglovet." in " ".join(pdftotext(tmp_path / "brev.pdf").split())
    assert any(render(w, "sv").startswith("1 inbäddade filer eller objekt") for w in converted.warnings)


def test_old_and_macro_enabled_office_formats_are_converted(tmp_path):
    """A PowerPoint 97 file (.ppt) and the macro-enabled Office formats were refused as unknown formats."""
    import subprocess

    from redact.case.collect import kind_of
    from redact.case.office import convert_office

    assert {kind_of(f"x{ext}") for ext in (".ppt", ".docm", ".xlsm", ".pptm")} == {"office"}
    _odp(tmp_path / "bilder.odp")
    home = tmp_path / "lo"
    subprocess.run(["soffice", f"-env:UserInstallation={home.as_uri()}", "--headless", "--convert-to", "ppt",
                    "--outdir", str(tmp_path), str(tmp_path / "bilder.odp")], capture_output=True, timeout=180)
    convert_office(tmp_path / "bilder.ppt", tmp_path / "bilder.pdf")
    assert "Projektplan för kvarteret" in " ".join(pdftotext(tmp_path / "bilder.pdf").split())


def test_comments_on_slides_are_listed_and_printed_as_the_comments_of_other_files():
    """LibreOffice writes a slide's comment (PowerPoint's too) as officeooo:annotation: it was neither printed nor said."""
    from redact.case.office import appendix_sections, reveal_hidden
    from redact.messages import render

    xml = ('<office:document><office:body><office:presentation><draw:page draw:name="s1">'
           '<officeooo:annotation svg:x="0cm" svg:y="0cm"><dc:creator>Gustav Ekström</dc:creator><dc:date>2026-03-01</dc:date>'
           "<text:p>Ring Noor Rahimi om budgeten</text:p></officeooo:annotation></draw:page>"
           "</office:presentation></office:body></office:document>")
    _, warnings = reveal_hidden(xml, "impress")
    assert any(render(w, "sv").startswith("1 kommentarer") for w in warnings)
    comments = dict(appendix_sections(xml))["Kommentarer"]
    assert comments == [("Kommentar 1", "Gustav Ekström: Ring Noor Rahimi om budgeten")]
