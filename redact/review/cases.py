"""Cases, their documents, pages, findings and subjects: creating and reading them, and the page images."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pymupdf

from redact.errors import InputError
from redact.ingest.bounded_worker import bounded
from redact.ingest.flatten import flat_input, flat_scratch
from redact.ingest.notes import KIND_LABELS
from redact.ingest.pdf import describe_pdf, open_pdf, sha256_file
from redact.pipeline import Progress, detect_document, masks_for
from redact.policy import Profile
from redact.render.pdf import render_pdf
from redact.review.model import (
    ZOOMS,
    CaseLockedError,
    CaseInfo,
    DocumentInfo,
    NotFoundError,
    PageInfo,
    ReviewError,
    ReviewFinding,
    ReviewProgress,
    SubjectSummary,
    subject_key,
    _transform,
    safe_filename,
)
from redact.review.grouping import subject_keys
from redact.review.store import Connection, private_dir
from redact.types import CATEGORIES, MANUAL_CATEGORY, RenderOptions

log = logging.getLogger(__name__)

_PROFILE_NAME = re.compile(r"[A-Za-z0-9_-]{1,60}")


#: What a box of the output may say (the same choices as `redact run --label`).
BOX_LABELS = ("none", "category", "ground")


class CasesMixin:
    """Reading and creating cases and documents (part of ``ReviewStore``)."""

    def create_case(
        self,
        request_id: str | None = None,
        received: str | None = None,
        diarienummer: str | None = None,
        profile: str = "default",
    ) -> CaseInfo:
        """A new case; the request id is a pseudonym (generated when empty), never the requester's name.

        ``profile`` is the name of a built-in profile or one in the admin's profile folder, never a path.
        """
        profile = self.check_profile_name(profile)
        self._load_profile(profile)  # refuse an unknown profile now, not at the first document
        received = (received or date.today().isoformat()).strip()
        try:
            date.fromisoformat(received[:10])
        except ValueError:
            raise ReviewError("datumet {value!r} är inte ett datum (ÅÅÅÅ-MM-DD)", value=received) from None
        diarienummer = " ".join((diarienummer or "").split()) or None
        rid = " ".join((request_id or "").split())
        if len(rid) > 80 or (diarienummer and len(diarienummer) > 80):
            raise ReviewError("ärende-id och diarienummer får vara högst 80 tecken")
        now = self._clock()
        with self._write() as con:
            if not rid:
                n = con.execute("SELECT COUNT(*) FROM cases").fetchone()[0] + 1
                rid = f"BEGÄRAN-{received[:10]}-{n:03d}"
                while con.execute("SELECT 1 FROM cases WHERE request_id = ?", (rid,)).fetchone():
                    n += 1
                    rid = f"BEGÄRAN-{received[:10]}-{n:03d}"
            elif con.execute("SELECT 1 FROM cases WHERE request_id = ?", (rid,)).fetchone():
                raise ReviewError("det finns redan ett ärende med id {rid!r}", rid=rid)
            new_id = con.insert(
                "INSERT INTO cases (request_id, received, diarienummer, profile, created) VALUES (?, ?, ?, ?, ?)",
                (rid, received, diarienummer, profile, now),
            )
            case_id = new_id
        if self.audit_log is not None:
            from redact.audit_log import record_request

            record_request(self.audit_log, rid, description="granskning i redact review", received=received, reference=diarienummer)
        log.info("case %d created", case_id)
        return self.case(case_id)

    def cases(self) -> list[CaseInfo]:
        """Every case, newest first."""
        with self._read() as con:
            rows = con.execute("SELECT * FROM cases ORDER BY id DESC").fetchall()
            return [self._case_info(con, r) for r in rows]

    def case(self, case_id: int) -> CaseInfo:
        """One case by id."""
        with self._read() as con:
            return self._case_info(con, self._case_row(con, case_id))

    def set_box_label(self, case_id: int, label: str, reviewer: str) -> CaseInfo:
        """Choose what each box of the case's output says: "none", "category" or "ground" (the OSL reference)."""
        if label not in BOX_LABELS:
            raise ReviewError("välj ingen text, kategori eller rättslig grund i rutorna")
        self.check_open(case_id)
        with self._write() as con:
            con.execute("UPDATE cases SET box_label = ? WHERE id = ?", (label, int(case_id)))
        log.info("case %d: box label %s (set by its reviewer)", case_id, label)
        return self.case(case_id)

    def check_open(self, case_id: int) -> CaseInfo:
        """The case, or CaseLockedError when it is finalised."""
        case = self.case(case_id)
        if case.finalised_at:
            raise CaseLockedError(case.request_id)
        return case

    def check_profile_name(self, name: str) -> str:
        """A profile name the server offers (built-in or in the admin's folder); never a path."""
        name = (name or "").strip()
        if name not in self.profile_names():
            raise ReviewError("okänd verksamhetsprofil {name!r}; välj en av: {names}", name=name[:40], names=', '.join(self.profile_names()))
        return name

    def profile_names(self) -> list[str]:
        """The profiles a case can use: the built-in ones and those in the admin's profile folder."""
        from redact.policy import list_profiles

        names = set(list_profiles())
        if self.profiles_dir is not None and self.profiles_dir.is_dir():
            names |= {p.stem for p in self.profiles_dir.glob("*.toml") if _PROFILE_NAME.fullmatch(p.stem)}
        return sorted(names)

    def case_dir(self, case_id: int) -> Path:
        """The directory that holds a case's stored documents, page images and outputs."""
        return self.files / f"arende-{int(case_id)}"

    def profile(self, case_id: int) -> Profile:
        """The profile the case was created with."""
        return self._load_profile(self.case(case_id).profile)

    def _case_info(self, con: Connection, r: Any) -> CaseInfo:
        if r["finalised_at"]:
            status = "avslutad"
        else:
            docs = int(con.execute("SELECT COUNT(*) FROM documents WHERE case_id = ?", (r["id"],)).fetchone()[0])
            p = self._progress(con, r["id"])
            status = "ny" if not docs or (p.reviewed == 0 and p.total) else "under granskning" if p.pending else "klar för beslut"
        return CaseInfo(r["id"], r["request_id"], r["received"], r["diarienummer"], r["profile"], r["created"], r["finalised_at"],
                        r["finalised_by"], int(r["version"] or 1), r["previous_id"], status, r["box_label"] or "none")

    @staticmethod
    def _case_row(con: Connection, case_id: int) -> Any:
        row = con.execute("SELECT * FROM cases WHERE id = ?", (int(case_id),)).fetchone()
        if row is None:
            raise NotFoundError("ärende {case_id} finns inte", case_id=case_id)
        return row

    # -- documents

    def add_document(
        self,
        case_id: int,
        path: str | Path,
        detector: Any,
        name: str | None = None,
        reviewer: str | None = None,
        progress: Progress | None = None,
        kind: str = "pdf",
        parent_id: int | None = None,
        source_sha256: str | None = None,
    ) -> DocumentInfo:
        """Copy a PDF into the case directory, detect personal data with ``detector`` and store the proposals.

        A PDF converted from another format names that format (``kind``), the document it came
        in (``parent_id``, an e-mail) and the hash of the file as uploaded (``source_sha256``).
        """
        path = Path(path)
        case = self.check_open(case_id)
        profile = self._load_profile(case.profile)
        display = safe_filename(name or path.name)
        if not path.is_file():
            raise InputError("{name}: filen finns inte", name=display)
        size = path.stat().st_size
        if size > self.max_document_bytes:
            raise InputError("{name}: filen är för stor ({size} MB; högst {most} MB)", name=display, size=size // (1024 * 1024), most=self.max_document_bytes // (1024 * 1024))
        with open(path, "rb") as fh:
            head = fh.read(1024)
        if b"%PDF-" not in head:
            raise InputError("{name}: är ingen PDF-fil", name=display)
        digest = sha256_file(path)
        docs_dir = private_dir(self.case_dir(case_id) / "handlingar")
        with self._read() as con:
            dup = con.execute("SELECT name FROM documents WHERE case_id = ? AND (sha256 = ? OR source_sha256 = ?)",
                              (case_id, digest, source_sha256 or digest)).fetchone()
            n = con.execute("SELECT COUNT(*) FROM documents WHERE case_id = ?", (case_id,)).fetchone()[0] + 1
        if dup is not None:
            raise ReviewError("{name}: samma fil finns redan i ärendet ({other})", name=display, other=dup['name'])
        stored = docs_dir / f"{n:03d}-{display}"
        while stored.exists():
            n += 1
            stored = docs_dir / f"{n:03d}-{display}"
        if stored.resolve().parent != docs_dir.resolve():  # belt and braces: safe_filename already strips paths
            raise InputError("{name}: ogiltigt filnamn", name=display)
        with open(path, "rb") as src, os.fdopen(os.open(stored, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
        try:
            with flat_scratch():  # a worker stopped mid-document leaves its copy here, and this process removes it
                # in a worker with the run's time and memory limits: a hostile upload costs itself, not the
                # server; only a file the worker read through is opened here
                det = bounded(detect_document, stored, detector, progress=progress, what=display, limits=self.limits)
            document = describe_pdf(stored)
            from redact.resolve.propose import propose

            findings = propose(det.findings, profile, self.officials, self.organisation)
            pages = self._page_geometry(stored)
        except BaseException:
            stored.unlink(missing_ok=True)
            raise
        subjects = {s.id: s for s in det.subjects}
        now = self._clock()
        with self._write() as con:
            self._case_row(con, case_id)
            new_id = con.insert(
                "INSERT INTO documents (case_id, name, stored, sha256, pages, added, added_by, versions, kind, parent_id, "
                "source_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (case_id, display, str(stored.relative_to(self.files)), digest, document.pages, now, reviewer,
                 json.dumps(det.versions), kind, parent_id, source_sha256),
            )
            doc_id = new_id
            con.executemany(
                "INSERT INTO pages (document_id, number, width, height, rotation, matrix) VALUES (?, ?, ?, ?, ?, ?)",
                [(doc_id, *p) for p in pages],
            )
            subject_ids: dict[str, int] = {}
            # Initials or an e-mail in this document may stand for a person named in another document of the case.
            known = [r["label"] for r in con.execute("SELECT label FROM subjects WHERE case_id = ? AND category = 'PERSON'", (case_id,))]
            keys = subject_keys(stored, pages, findings, subjects, known)
            for f, (key, label, category) in zip(findings, keys):
                if key not in subject_ids:
                    subject_ids[key] = self._subject_id(con, case_id, key, label, category)
                con.execute(
                    'INSERT INTO findings (case_id, document_id, page, start, "end", text, category, score, detector, rects, '
                    "status, reason, legal_ground, subject_id, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'detect')",
                    (
                        case_id, doc_id, f.page, f.start, f.end, f.text, f.category, f.score, f.detector,
                        json.dumps([list(r) for r in f.rects]), f.status, f.reason, f.legal_ground, subject_ids[key],
                    ),
                )
        if self.audit_log is not None:
            ref = {"name": display, "sha256": digest}
            self.audit_log.append(case.request_id, "document_added", {"document": ref, "pages": document.pages, "kind": kind})
            self.audit_log.append(
                case.request_id,
                "detection_run",
                {
                    "document": ref,
                    "tools": {"redact": _version(), **det.versions},
                    "detectors": sorted({f.detector for f in findings}),
                    "profile": profile.name,
                    "findings": len(findings),
                },
            )
        log.info("case %d: document %d added (%d pages, %d findings)", case_id, doc_id, document.pages, len(findings))
        return self.document(case_id, doc_id)

    @staticmethod
    def _page_geometry(path: Path) -> list[tuple[int, float, float, int, str]]:
        out = []
        with open_pdf(path) as doc:
            for page in doc:
                r = page.rect
                m = page.rotation_matrix
                out.append((page.number + 1, r.width, r.height, page.rotation, json.dumps([m.a, m.b, m.c, m.d, m.e, m.f])))
        return out

    @staticmethod
    def _subject_id(con: Connection, case_id: int, key: str, label: str, category: str) -> int:
        row = con.execute("SELECT id, label FROM subjects WHERE case_id = ? AND key = ?", (case_id, key)).fetchone()
        if row is not None:
            return int(row["id"])
        new_id = con.insert("INSERT INTO subjects (case_id, key, label, category) VALUES (?, ?, ?, ?)", (case_id, key, label, category))
        return new_id

    def documents(self, case_id: int) -> list[DocumentInfo]:
        """The documents of a case in the order they were added."""
        with self._read() as con:
            self._case_row(con, case_id)
            rows = con.execute("SELECT * FROM documents WHERE case_id = ? ORDER BY id", (case_id,)).fetchall()
        return [self._doc_info(r) for r in rows]

    def document(self, case_id: int, document_id: int) -> DocumentInfo:
        """One document of a case."""
        with self._read() as con:
            row = con.execute("SELECT * FROM documents WHERE case_id = ? AND id = ?", (int(case_id), int(document_id))).fetchone()
        if row is None:
            raise NotFoundError(f"handling {document_id} finns inte i ärende {case_id}")
        return self._doc_info(row)

    def _doc_info(self, r: Any) -> DocumentInfo:
        return DocumentInfo(
            id=r["id"],
            case_id=r["case_id"],
            name=r["name"],
            sha256=r["sha256"],
            pages=r["pages"],
            path=self.files / r["stored"],
            added=r["added"],
            output=self.files / r["output"] if r["output"] else None,
            record=self.files / r["record"] if r["record"] else None,
            kind=r["kind"] or "pdf",
            parent_id=r["parent_id"],
        )

    def pages(self, case_id: int, document_id: int) -> list[PageInfo]:
        """Every page of a document as displayed (size after rotation)."""
        self.document(case_id, document_id)
        with self._read() as con:
            rows = con.execute("SELECT * FROM pages WHERE document_id = ? ORDER BY number", (document_id,)).fetchall()
        return [PageInfo(r["number"], r["width"], r["height"], r["rotation"]) for r in rows]

    def _matrices(self, con: Connection, case_id: int) -> dict[tuple[int, int], list[float]]:
        rows = con.execute(
            "SELECT p.document_id, p.number, p.matrix, p.rotation FROM pages p JOIN documents d ON d.id = p.document_id "
            "WHERE d.case_id = ? AND p.rotation != 0",
            (case_id,),
        ).fetchall()
        return {(r["document_id"], r["number"]): json.loads(r["matrix"]) for r in rows}

    # -- findings and subjects

    def findings(self, case_id: int, document_id: int | None = None, include_removed: bool = False) -> list[ReviewFinding]:
        """The findings of a case (or one document), in reading order."""
        with self._read() as con:
            self._case_row(con, case_id)
            sql = "SELECT * FROM findings WHERE case_id = ?"
            args: list[Any] = [case_id]
            if document_id is not None:
                sql += " AND document_id = ?"
                args.append(document_id)
            if not include_removed:
                sql += " AND removed = 0"
            rows = con.execute(sql, args).fetchall()
            matrices = self._matrices(con, case_id)
        out = [self._finding(r, matrices) for r in rows]
        out.sort(key=lambda f: (f.document_id, f.page, f.rects[0][1] if f.rects else 0, f.rects[0][0] if f.rects else 0, f.id))
        return out

    def finding(self, case_id: int, finding_id: int) -> ReviewFinding:
        """One finding by id."""
        with self._read() as con:
            row = con.execute("SELECT * FROM findings WHERE case_id = ? AND id = ?", (int(case_id), int(finding_id))).fetchone()
            if row is None:
                raise NotFoundError(f"fynd {finding_id} finns inte i ärende {case_id}")
            return self._finding(row, self._matrices(con, case_id))

    @staticmethod
    def _finding(r: Any, matrices: Mapping[tuple[int, int], Sequence[float]]) -> ReviewFinding:
        rects = tuple(tuple(x) for x in json.loads(r["rects"]))
        m = matrices.get((r["document_id"], r["page"]))
        view = tuple(_transform(x, m) for x in rects) if m is not None else ()
        return ReviewFinding(
            id=r["id"],
            document_id=r["document_id"],
            page=r["page"],
            start=r["start"],
            end=r["end"],
            text=r["text"],
            category=r["category"],
            score=r["score"],
            detector=r["detector"],
            rects=rects,  # type: ignore[arg-type]
            status=r["status"],
            reason=r["reason"],
            legal_ground=r["legal_ground"],
            subject_id=r["subject_id"],
            origin=r["origin"],
            reviewed=bool(r["reviewed"]),
            decided_by=r["decided_by"],
            decided_at=r["decided_at"],
            removed=bool(r["removed"]),
            version=r["version"],
            view_rects=view,  # type: ignore[arg-type]
        )

    def subjects(self, case_id: int) -> list[SubjectSummary]:
        """Every subject with its mentions across the case, in order of first mention."""
        findings = self.findings(case_id)
        with self._read() as con:
            rows = {r["id"]: r for r in con.execute("SELECT * FROM subjects WHERE case_id = ?", (case_id,))}
        members: dict[int, list[ReviewFinding]] = {}
        for f in findings:
            if f.subject_id is not None:
                members.setdefault(f.subject_id, []).append(f)
        out = []
        for sid, items in members.items():
            r = rows[sid]
            states: dict[str, int] = {}
            for f in items:
                states[f.state] = states.get(f.state, 0) + 1
            out.append(
                SubjectSummary(
                    id=sid,
                    label=r["label"],
                    category=r["category"],
                    finding_ids=tuple(f.id for f in items),
                    pages=tuple(sorted({(f.document_id, f.page) for f in items})),
                    states=states,
                    legal_grounds=tuple(sorted({f.legal_ground for f in items if f.legal_ground})),
                )
            )
        return out

    def progress(self, case_id: int) -> ReviewProgress:
        """How many findings are reviewed and how many wait."""
        with self._read() as con:
            self._case_row(con, case_id)
            return self._progress(con, case_id)

    @staticmethod
    def _progress(con: Connection, case_id: int) -> ReviewProgress:
        total, reviewed = con.execute(
            "SELECT COUNT(*), COALESCE(SUM(reviewed), 0) FROM findings WHERE case_id = ? AND removed = 0", (case_id,)
        ).fetchone()
        return ReviewProgress(int(total), int(reviewed))

    # -- the write machinery: every change is an action with before/after rows (for undo) and decisions

    def page_image(self, case_id: int, document_id: int, page: int, zoom: float = 2.0) -> Path:
        """A PNG of one page as displayed, rendered on first request and cached in the case directory."""
        doc = self.document(case_id, document_id)
        if not 1 <= int(page) <= doc.pages:
            raise NotFoundError(f"sida {page} finns inte i {doc.name} ({doc.pages} sidor)")
        zoom = min(ZOOMS, key=lambda z: abs(z - float(zoom)))
        cache = private_dir(self.case_dir(case_id) / "sidbilder")
        # Keyed by the document's content: a rebuilt database that reuses an id can never show another document's page.
        # ("-visning": images of the original, cached by earlier versions, are never served for the flattened page.)
        target = cache / f"{doc.sha256}-visning-{int(page)}-{int(zoom * 100)}.png"
        if not target.exists():
            with open_pdf(self.display_pdf(case_id, doc)) as pdf:
                pix = pdf[int(page) - 1].get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
                data = pix.tobytes("png")
            _write_atomic(target, data)
        return target

    def display_pdf(self, case_id: int, doc: DocumentInfo) -> Path:
        """The document as detection read it and the output will show it: filled fields and printable
        annotations baked into the pages (a private copy in the case folder), or the stored original when
        it has none. The original's own rendering would hide a printed-only stamp that detection masks."""
        return self._flattened_view(case_id, doc)[0]

    def notes(self, case_id: int, doc: DocumentInfo) -> list[dict[str, Any]]:
        """What the document carries that never shows on its pages (comments, attachments, hidden fields).

        Finalising leaves them out of the disclosed copy (the run's warning and the audit record say so);
        the reviewer sees their text here to judge whether the requester should get them some other way.
        """
        return self._flattened_view(case_id, doc)[1]

    def _flattened_view(self, case_id: int, doc: DocumentInfo) -> tuple[Path, list[dict[str, Any]]]:
        folder = self.case_dir(case_id) / "visning"
        target, notes_file = folder / f"{doc.sha256}.pdf", folder / f"{doc.sha256}.notes.json"
        if target.is_file() and notes_file.is_file():
            return target, json.loads(notes_file.read_text(encoding="utf-8"))
        with flat_input(doc.path) as flat:
            if not flat.flattened:  # no form and no annotation: nothing to bake, no notes
                return doc.path, []
            notes = [{**n.as_record(), "label": KIND_LABELS.get(n.kind, n.kind), "text": n.text} for n in flat.notes]
            private_dir(folder)
            _write_atomic(notes_file, json.dumps(notes, ensure_ascii=False).encode("utf-8"))
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)  # 0600
            try:
                with os.fdopen(fd, "wb") as dst, open(flat.path, "rb") as src:
                    shutil.copyfileobj(src, dst, 1 << 20)
                os.replace(tmp, target)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        return target, notes

    def preview_image(self, case_id: int, document_id: int, page: int, zoom: float = 2.0,
                      options: RenderOptions | None = None) -> bytes:
        """A PNG of one page as it would be disclosed now (pending proposals applied as proposed)."""
        doc = self.document(case_id, document_id)
        if not 1 <= int(page) <= doc.pages:
            raise NotFoundError(f"sida {page} finns inte i {doc.name} ({doc.pages} sidor)")
        zoom = min(ZOOMS, key=lambda z: abs(z - float(zoom)))
        found = [f.as_finding().with_(page=1) for f in self.findings(case_id, document_id) if f.page == int(page)]
        options = options or RenderOptions(label=self.case(case_id).box_label)  # type: ignore[arg-type]
        with tempfile.TemporaryDirectory(prefix="redact-preview-", dir=self.case_dir(case_id)) as tmp:
            one = Path(tmp) / "sida.pdf"
            out = Path(tmp) / "maskerad.pdf"
            with open_pdf(self.display_pdf(case_id, doc)) as src:
                single = pymupdf.open()
                single.insert_pdf(src, from_page=int(page) - 1, to_page=int(page) - 1)
                single.save(one)
                single.close()
            masks = masks_for(one, found)
            render_pdf(one, masks, out, options)
            with pymupdf.open(out) as red:
                return red[0].get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False).tobytes("png")

    # -- finalise

    def state(self, case_id: int) -> dict[str, Any]:
        """Everything the review screen shows, as JSON values."""
        case = self.case(case_id)
        profile = self._load_profile(case.profile)
        docs = self.documents(case_id)
        return {
            "case": case.as_dict(),
            "profile": {"name": profile.name, "title": profile.title,
                        "grounds": {c: profile.ground_for(c) for c in (*CATEGORIES, MANUAL_CATEGORY)}},
            "documents": [{**d.as_dict(), "page_sizes": [[p.width, p.height] for p in self.pages(case_id, d.id)]} for d in docs],
            "notes": [{"document": d.id, **n} for d in docs for n in self.notes(case_id, d)],
            "findings": [f.as_dict() for f in self.findings(case_id)],
            "subjects": [s.as_dict() for s in self.subjects(case_id)],
            "progress": self.progress(case_id).as_dict(),
            "grounds": self.ground_choices(case_id),
        }

    def ground_choices(self, case_id: int) -> list[dict[str, str]]:
        """The legal grounds a reviewer can pick: the profile's own first, then the common OSL provisions."""
        from redact.review.texts import COMMON_GROUNDS

        profile = self.profile(case_id)
        out: dict[str, dict[str, str]] = {}
        for ref in [profile.default_ground, *profile.grounds.values(), *profile.labels.keys()]:
            if ref not in out:
                out[ref] = {"ref": ref, "label": profile.label(ref), "title": profile.ground_titles.get(ref) or COMMON_GROUNDS.get(ref, "")}
        from redact.policy import ground_label

        for ref, title in COMMON_GROUNDS.items():
            out.setdefault(ref, {"ref": ref, "label": ground_label(ref), "title": title})
        return list(out.values())



def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _version() -> str:
    from redact import __version__

    return __version__
