"""E-mail as documents: the header block and body in a PDF, every attachment its own document, recursively."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage

from conftest import mupdf_text, pdftotext

from redact.case.collect import Source
from redact.case.collect import ZipBudget, ZipLimits
from redact.case.email import expand, expand_bounded, html_to_text, render_email
from redact.ingest.guard import Limits


def message(subject: str = "Ärende om Lina Svensson", body: str = "Hej!\n\nLina Svensson ringde från 073-555 12 34.\n") -> EmailMessage:
    m = EmailMessage()
    m["From"] = "Sara Nilsson <sara.nilsson@example.se>"
    m["To"] = "Johan Ek <johan.ek@example.com>, Nguyen Van An <an.nguyen@example.com>"
    m["Cc"] = "Aylin Demir <aylin.demir@example.org>"
    m["Subject"] = subject
    m["Date"] = "Tue, 03 Mar 2026 10:15:00 +0100"
    m.set_content(body)
    return m


def test_header_block_and_body_are_text_in_the_pdf(tmp_path):
    eml = tmp_path / "brev.eml"
    eml.write_bytes(bytes(message()))
    pages = render_email(eml, tmp_path / "brev.pdf")
    assert pages == 1
    for text in (mupdf_text(tmp_path / "brev.pdf"), pdftotext(tmp_path / "brev.pdf")):
        flat = " ".join(text.split())
        for label in ("Från", "Till", "Kopia", "Skickat", "Ämne"):
            assert label in flat
        for shown in ("Sara Nilsson", "sara.nilsson@example.se", "Nguyen Van An", "Aylin Demir",
                      "2026-03-03 10:15", "Ärende om Lina Svensson", "073-555 12 34"):
            assert shown in flat, shown


def test_html_body_shows_hidden_elements_and_link_targets(tmp_path):
    m = EmailMessage()
    m["From"] = "a@example.se"
    m["Subject"] = "HTML"
    m.set_content('<html><head><style>.x{display:none}</style></head><body><p>Synligt stycke.</p>'
                  '<div style="display:none">Dold text om Henrik Waltersson</div>'
                  '<p><font color="#ffffff">Vit text om Olga Petrova</font> '
                  '<a href="mailto:olga.petrova@example.se">skriv</a></p>'
                  '<img src="cid:x" alt="Foto av Juan Pérez"><script>var s="kod";</script></body></html>',
                  subtype="html")
    eml = tmp_path / "html.eml"
    eml.write_bytes(bytes(m))
    render_email(eml, tmp_path / "html.pdf")
    flat = " ".join(pdftotext(tmp_path / "html.pdf").split())
    for shown in ("Synligt stycke.", "Henrik Waltersson", "Olga Petrova", "olga.petrova@example.se", "Juan Pérez"):
        assert shown in flat
    assert "kod" not in flat and "display" not in flat
    assert html_to_text("<p>a</p><p>b</p>") == "a\n\nb"


def test_attachments_become_documents_recursively(tmp_path):
    inner = message(subject="Vidarebefordrat", body="Inre meddelande om Mehmet Kaya.\n")
    inner.add_attachment(b"Intyg for Ebba Lind", maintype="text", subtype="plain", filename="intyg.txt")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("protokoll.txt", "Protokoll: Ingrid Holm")
        nested = message(subject="I zip", body="Meddelande i arkiv om Tove Berg.\n")
        zf.writestr("post/i-arkiv.eml", bytes(nested))
    outer = message()
    outer.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="Beslut Lina Svensson.pdf")
    outer.add_attachment(inner)
    outer.add_attachment(buf.getvalue(), maintype="application", subtype="zip", filename="handlingar.zip")
    outer.add_attachment(b"MZ", maintype="application", subtype="octet-stream", filename="program.exe")
    eml = tmp_path / "yttre.eml"
    eml.write_bytes(bytes(outer))
    work = tmp_path / "work"
    work.mkdir()
    sources = expand([Source("yttre.eml", eml, "email")], work)
    got = [(s.origin, s.kind, s.parent, bool(s.error)) for s in sources]
    assert got == [
        ("yttre.eml", "email", None, False),
        ("yttre.eml/Beslut Lina Svensson.pdf", "pdf", "yttre.eml", False),
        ("yttre.eml/bifogat-meddelande.eml", "email", "yttre.eml", False),
        ("yttre.eml/bifogat-meddelande.eml/intyg.txt", "text", "yttre.eml/bifogat-meddelande.eml", False),
        ("yttre.eml/handlingar.zip/post/i-arkiv.eml", "email", "yttre.eml/handlingar.zip", False),
        ("yttre.eml/handlingar.zip/protokoll.txt", "text", "yttre.eml/handlingar.zip", False),
        ("yttre.eml/program.exe", "unknown", "yttre.eml", True),
    ]
    # attachments on disk carry neutral names, never the attachment's
    assert not any("Lina" in str(s.path) for s in sources[1:])
    assert sources[3].path.read_bytes() == b"Intyg for Ebba Lind"
    render_email(sources[2].path, tmp_path / "inre.pdf")
    assert "Mehmet Kaya" in " ".join(pdftotext(tmp_path / "inre.pdf").split())
    # the outer message lists its attachments by name, so the names go through detection too
    render_email(eml, tmp_path / "yttre.pdf")
    assert "Beslut Lina Svensson.pdf" in " ".join(pdftotext(tmp_path / "yttre.pdf").split())


def test_a_message_over_the_runs_memory_limit_is_refused_alone_and_the_case_goes_on(tmp_path):
    # reading a message runs in Python's e-mail parser: in the case's own process it had no limit at all
    import os

    big = message(subject="Stor bilaga")
    big.add_attachment(os.urandom(30 << 20), maintype="application", subtype="octet-stream", filename="data.bin")
    (tmp_path / "stor.eml").write_bytes(bytes(big))
    small = message()
    small.add_attachment(b"Intyg for Ebba Lind", maintype="text", subtype="plain", filename="intyg.txt")
    (tmp_path / "liten.eml").write_bytes(bytes(small))
    work = tmp_path / "work"
    work.mkdir()
    sources = expand_bounded([Source("stor.eml", tmp_path / "stor.eml", "email"),
                              Source("liten.eml", tmp_path / "liten.eml", "email")],
                             work, ZipBudget.of(ZipLimits()), Limits(memory_mb=60))
    assert [(s.origin, bool(s.error)) for s in sources] == [
        ("stor.eml", True), ("liten.eml", False), ("liten.eml/intyg.txt", False)]
    assert "stor.eml" in str(sources[0].error) and "60 MB" in str(sources[0].error)
    assert sources[2].path.read_bytes() == b"Intyg for Ebba Lind"
    with_room = expand_bounded([Source("stor.eml", tmp_path / "stor.eml", "email")], work,
                               ZipBudget.of(ZipLimits()), Limits())
    assert [s.origin for s in with_room] == ["stor.eml", "stor.eml/data.bin"]


def test_an_unreadable_message_is_refused_as_a_document(tmp_path):
    eml = tmp_path / "tom.eml"
    eml.write_bytes(b"")
    sources = expand([Source("tom.eml", eml, "email")], tmp_path)
    assert len(sources) == 1 and sources[0].error


def test_an_outlook_file_that_is_not_one_is_refused_as_a_document(tmp_path, caplog):
    msg = tmp_path / "post.msg"
    msg.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 inte en Outlook-fil")
    sources = expand([Source("post.msg", msg, "msg")], tmp_path)
    assert len(sources) == 1 and sources[0].error and "Outlook-filen kan inte läsas" in sources[0].error
    # the refusal is the one line: the reader's own error log would be a second one on stderr
    assert not [r for r in caplog.records if r.name.startswith("extract_msg")]


def test_messages_nested_too_deep_are_refused_and_nameless_attachments_typed_by_content(tmp_path):
    inner = message(subject="Nivå 0")
    inner.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="skanning")
    for level in range(1, 8):
        outer = message(subject=f"Nivå {level}")
        outer.add_attachment(inner)
        inner = outer
    eml = tmp_path / "djup.eml"
    eml.write_bytes(bytes(inner))
    sources = expand([Source("djup.eml", eml, "email")], tmp_path)
    assert [bool(s.error) for s in sources] == [False] * 5 + [True]
    assert "nivåer" in sources[-1].error and not any(s.kind == "pdf" for s in sources)
    shallow = message()
    shallow.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="skanning")
    eml.write_bytes(bytes(shallow))
    typed = expand([Source("grund.eml", eml, "email")], tmp_path)
    assert [(s.origin, s.kind, s.error) for s in typed][1] == ("grund.eml/skanning", "pdf", None)


def test_a_message_that_is_only_a_file_keeps_the_file(tmp_path):
    m = EmailMessage()
    m["From"] = "skanner@example.se"
    m["Subject"] = "Skannad handling"
    m.set_content(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="skanning.pdf")
    eml = tmp_path / "skanner.eml"
    eml.write_bytes(bytes(m))
    sources = expand([Source("skanner.eml", eml, "email")], tmp_path)
    assert [(s.origin, s.kind) for s in sources] == [("skanner.eml", "email"), ("skanner.eml/skanning.pdf", "pdf")]
    assert sources[1].path.read_bytes() == b"%PDF-1.4 fake"


def test_an_outlook_message_and_its_attachment_are_redacted_by_redact_run(tmp_path):
    """A real .msg (built by tests/msg_writer.py: body, recipient, an attachment) through the CLI."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    from msg_writer import write_msg

    msg = tmp_path / "in" / "post.msg"
    msg.parent.mkdir()
    write_msg(msg, sender=("Sara Nilsson", "sara.nilsson@example.se"),
              to=[("Farida Rahimi", "farida.rahimi@example.com")], subject="Ansökan från Farida Rahimi",
              body="Hej!\n\nFarida Rahimi ringde från 073-555 12 34 om beslutet.\n",
              date="Tue, 03 Mar 2026 10:15:00 +0100",
              attachments=[("anteckning.txt", "text/plain",
                            "Samtal med Farida Rahimi den 2 mars. Hon nås på 073-555 12 34.\n".encode())])
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "OMP_NUM_THREADS": "1", "REDACT_LOG": str(tmp_path / "log.sqlite")}
    r = subprocess.run([sys.executable, "-m", "redact.cli", "run", str(msg.parent), "-o", str(tmp_path / "ut"),
                        "--jobs", "1"], capture_output=True, text=True, cwd=root, env=env, timeout=600)
    assert r.returncode == 0, r.stderr
    manifest = json.loads((tmp_path / "ut" / "manifest.json").read_text(encoding="utf-8"))
    docs = manifest["documents"]
    assert [d["status"] for d in docs] == ["ok", "ok"]  # the message, then its attachment
    assert docs[1]["parent"] == docs[0]["input"]
    for d in docs:
        out = tmp_path / "ut" / d["output"]
        for text in (mupdf_text(out), pdftotext(out)):
            flat = " ".join(text.split())
            for gone in ("Farida", "Rahimi", "073-555 12 34"):
                assert gone not in flat, (d["input"], gone)
    shown = " ".join(pdftotext(tmp_path / "ut" / docs[0]["output"]).split())
    assert "ringde" in shown and "Ämne" in shown  # the body and the header block are there, not an empty page


def _outlook(path, **kw):
    from msg_writer import write_msg

    args = dict(sender=("Sara Nilsson", "sara.nilsson@example.se"), to=[("Farida Rahimi", "farida.rahimi@example.com")],
                subject="Vidarebefordrat klagomål", body="Se bifogat meddelande.", date="Tue, 03 Mar 2026 10:15:00 +0100")
    write_msg(path, **{**args, **kw})
    return path


def test_an_outlook_message_attached_to_one_keeps_its_sender_and_subject(tmp_path):
    """An attached .msg is a message of its own, not its body parts spilled among the outer message's."""
    inner = dict(sender=("Jonas Berg", "jonas.berg@example.com"), to=[("Sara Nilsson", "sara.nilsson@example.se")],
                 subject="Klagomål om bygglov", body="Jag bor granne med bygget.", date="Mon, 02 Mar 2026 09:00:00 +0100")
    msg = _outlook(tmp_path / "post.msg", embedded=[("Klagomål.msg", inner)])
    sources = expand([Source("post.msg", msg, "msg")], tmp_path)
    assert [(s.kind, s.error) for s in sources] == [("email", None), ("email", None)]
    assert sources[1].parent == "post.msg"
    render_email(sources[1].path, tmp_path / "inre.pdf")
    flat = " ".join(pdftotext(tmp_path / "inre.pdf").split())
    for shown in ("Jonas Berg", "jonas.berg@example.com", "Klagomål om bygglov", "Jag bor granne med bygget."):
        assert shown in flat, shown


def test_the_fields_of_an_outlook_contact_are_shown_with_its_body(tmp_path):
    """A contact keeps its name and numbers in fields, not in the body: they are on the page, to be masked."""
    from redact.case.outlook import msg_to_eml

    fields = {0x3001001F: "Jonas Berg", 0x3A06001F: "Jonas", 0x3A11001F: "Berg", 0x3A08001F: "070-123 45 67",
              0x3A1C001F: "073-555 12 34"}
    msg = _outlook(tmp_path / "kontakt.msg", to=[], subject="Jonas Berg", body="Granne till bygget.",
                   message_class="IPM.Contact", fields=fields)
    render_email(msg_to_eml(msg, tmp_path / "kontakt.eml", "kontakt.msg"), tmp_path / "kontakt.pdf")
    flat = " ".join(pdftotext(tmp_path / "kontakt.pdf").split())
    for shown in ("Jonas Berg", "070-123 45 67", "073-555 12 34", "Granne till bygget."):
        assert shown in flat, shown
    assert flat.count("Granne till bygget.") == 1  # the HTML version adds nothing: shown once


def test_an_outlook_message_whose_rtf_cannot_be_decoded_keeps_its_plain_text(tmp_path):
    """HTML derived from an RTF body in a double-byte code page that breaks mid-character: the plain text is shown, and said."""
    import struct

    from redact.case.outlook import UNREADABLE_HTML, msg_to_eml

    rtf = (rb"{\rtf1\ansi\ansicpg950\fromhtml1 \deff0{\fonttbl{\f0\fmodern\fcharset136 MingLiU;}}"
           rb"{\*\htmltag64 <html><body>}Hej \'b7{\*\htmltag72 </body></html>}}")
    stored = struct.pack("<IIII", len(rtf) + 12, len(rtf), 0x414C454D, 0) + rtf  # "MELA": stored uncompressed
    msg = _outlook(tmp_path / "post.msg", body="Farida Rahimi ringde om beslutet.", fields={0x10090102: stored})
    render_email(msg_to_eml(msg, tmp_path / "post.eml", "post.msg"), tmp_path / "post.pdf")
    flat = " ".join(pdftotext(tmp_path / "post.pdf").split())
    assert "Farida Rahimi ringde om beslutet." in flat and " ".join(UNREADABLE_HTML.split()) in flat


def test_a_message_whose_parts_cannot_be_split_shows_them_as_text(tmp_path):
    """A boundary the parser cannot read (unquoted, with '='): the text was lost and a 'bilaga.bin' refused."""
    raw = ("From: Sara Nilsson <sara.nilsson@example.se>\r\nTo: farida.rahimi@example.com\r\nSubject: Besked\r\n"
           "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=----=_NextPart_000_0093_01C8\r\n\r\n"
           "This is a multi-part message in MIME format.\r\n\r\n------=_NextPart_000_0093_01C8\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\nFarida Rahimi ringde om beslutet.\r\n\r\n"
           "------=_NextPart_000_0093_\r\n").encode()
    eml = tmp_path / "besked.eml"
    eml.write_bytes(raw)
    sources = expand([Source("besked.eml", eml, "email")], tmp_path)
    assert [(s.origin, s.error) for s in sources] == [("besked.eml", None)]
    render_email(eml, tmp_path / "besked.pdf")
    assert "Farida Rahimi ringde om beslutet." in " ".join(pdftotext(tmp_path / "besked.pdf").split())
    empty = tmp_path / "tom.eml"
    empty.write_bytes(raw.split(b"\r\n\r\n")[0] + b"\r\n\r\n")  # the header alone: no part, nothing attached
    assert [s.error for s in expand([Source("tom.eml", empty, "email")], tmp_path)] == [None]
