"""The order of the stages: ingest -> detect -> resolve -> (review) -> render -> verify -> audit.

The CLI and the review app call these functions and hold no logic of their own.
"""

from __future__ import annotations

import gc
import logging
import os
import tempfile
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from redact.audit import build_record, write_json_atomic
from redact.detect.engine import DEFAULT_THRESHOLD, Detector
from redact.errors import ContentLossError, InputError, RedactError, VerificationError
from redact.messages import Message
from redact.ingest.pdf import describe_pdf, extract_page, open_pdf, reading_text
from redact.ingest.poppler import disagreeing_lines, read_bbox_layout, view_page
from redact.ingest.spill import PageSpill
from redact.ingest.text import read_text
from redact.render.pdf import render_pdf
from redact.resolve.id_shapes import find_same_shape_ids
from redact.resolve.geometry import line_boxes, place_view_findings, span_rects, text_in_rects
from redact.resolve.leaks import findings_for_leaks
from redact.resolve.kin_names import find_kin_first_names
from redact.resolve.link import link
from redact.resolve.merge import merge
from redact.resolve.person_initials import find_initials
from redact.resolve.propagate import propagate
from redact.resolve.short_forms import find_short_forms
from redact.resolve.streets import find_bare_streets
from redact.types import Disclosure, Document, Finding, Mask, Page, Rect, RenderOptions, Subject, Word
from redact.verify import verify_pdf
from redact.verify.ink import ink_loss, visible_annotations
# Scanned pages and images: OCR
from redact.detect.uncertain import NameLexicon, uncertain_findings
from redact.ingest.ocr import OcrSettings
from redact.ingest.ocr_memo import OcrMemo
from redact.verify.ocr import combine as combine_ocr_verification
from redact.verify.ocr import finish_ocr_pages
from redact.verify.rule import released_areas
# Limits against hostile input
from redact.ingest.guard import Limits, bounded, name_warnings, remove_partial_outputs
# Form fields and annotations baked into the pages; notes listed
from redact.ingest.flatten import Flattened, flat_input, flat_scratch
from redact.types import Note

log = logging.getLogger(__name__)

#: Pages run through the language model together: batching saves about a tenth of detection,
#: and a few pages held at once keep memory flat.
DETECT_BATCH_PAGES = 8
#: Allocations between young garbage collections during a run (Python's default is 700).
YOUNG_GC_THRESHOLD = 50_000

Progress = Callable[[str, int, int], None]

if TYPE_CHECKING:
    from redact.audit_log import AuditLog


@dataclass(frozen=True)
class RunOptions:
    """Settings of one run; recorded in the audit record."""

    render: RenderOptions = field(default_factory=RenderOptions)
    threshold: float = DEFAULT_THRESHOLD
    use_pdftotext: bool = True
    reviewer: str = "auto"
    profile: str = "default"
    officials: Path | None = None  # staff directory CSV: officials acting in office
    organisation: Path | None = None  # the authority's own details (TOML): proposed for disclosure
    # OCR of scanned pages
    ocr: bool = True
    ocr_text_layer: bool = True
    ocr_dpi: int = 300
    limits: Limits = field(default_factory=Limits)  # time, memory and structure bounds
    include_notes: bool = False  # comments, attachments and hidden fields as appendix pages
    # readings of images OCR'd earlier in this run (made per run by redact run; not a setting, not recorded)
    ocr_memo: OcrMemo | None = field(default=None, repr=False, compare=False)

    def ocr_settings(self) -> OcrSettings:
        """How this run OCRs pages."""
        return OcrSettings(dpi=self.ocr_dpi, memo=self.ocr_memo)

    def as_record(self) -> dict[str, object]:
        """The settings as plain JSON values."""
        return {
            "label": self.render.label,
            "remove_hidden_text": self.render.remove_hidden_text,
            "threshold": self.threshold,
            "verify_with_pdftotext": self.use_pdftotext,
            "profile": self.profile,
            "officials": self.officials.name if self.officials else None,
            "organisation": self.organisation.name if self.organisation else None,
            "limits": self.limits.as_record(),
            "ocr": self.ocr,
            "ocr_text_layer": self.ocr_text_layer,
            "ocr_dpi": self.ocr_dpi,
            "include_notes": self.include_notes,
        }


@dataclass
class Detection:
    """What detect_file found: the document, its findings and the subjects they form."""

    document: Document
    findings: list[Finding]
    subjects: list[Subject]
    versions: dict[str, str] = field(default_factory=dict)
    # The pages the OCR planner chose (None: it did not run). When it ran and chose none,
    # the post-render OCR check, which plans the same file again, has nothing to do.
    scanned_pages: tuple[int, ...] | None = None
    notes: tuple[Note, ...] = ()  # what the input carried beside its pages (never shown on them)
    # Per page, the lines MuPDF and poppler read differently (boxes on the page): detection
    # ran on both readings there; candidates for a region OCR as a third opinion.
    untrusted: dict[int, tuple[Rect, ...]] = field(default_factory=dict)
    # Only when asked (keep_pages): each page's text, an OCR'd page as its Page (its boxes are not
    # in the PDF), for a later search over the same offsets (see case/subjects.py).
    pages: dict[int, Page | str] | None = None


@contextmanager
def _gc_spares_loaded_objects() -> Iterator[None]:
    """Keep the objects that exist before a run (the loaded model, the name lists) out of the
    collector's full passes during it; they are handed back when the run ends.

    Every full collection would otherwise walk the whole loaded pipeline again: about 3 %
    of a run. Young collections are also made rarer: text extraction creates a dictionary
    per character, and collecting every 700 allocations cost another 3 %. Nested or
    concurrent runs leave both to the outermost one.
    """
    if gc.get_freeze_count():
        yield
        return
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(threshold[0], YOUNG_GC_THRESHOLD), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _with_rects(page: Page, findings: Sequence[Finding]) -> list[Finding]:
    return [f.with_(rects=span_rects(page, f.start, f.end)) if f.start is not None and f.end is not None else f for f in findings]


def detect_document(
    path: Path, detector: Detector, progress: Progress | None = None, options: RunOptions | None = None,
    keep_pages: bool = False,
) -> Detection:
    """Detect, merge, propagate and link the findings of a PDF or text file (form fields and annotations baked in).

    ``keep_pages``: also keep every page's text (``Detection.pages``).
    """
    opts = options or RunOptions()
    with _gc_spares_loaded_objects(), flat_input(Path(path), opts.include_notes, opts.limits) as flat:
        det = _detect_document(flat.path, detector, progress, options, keep_pages=keep_pages)
    det.document = flat.document(det.document)
    det.notes = flat.notes
    return det


def detect_text(text: str, detector: Detector, name: str = "text") -> Detection:
    """Detect, merge, propagate and link the findings of a plain text (one page without geometry)."""
    import hashlib

    from redact.ingest.text import text_page

    page = text_page(text)
    document = Document(name=name, sha256=hashlib.sha256(page.text.encode("utf-8")).hexdigest(), pages=1, kind="txt")
    return _detect_document(Path(name), detector, None, RunOptions(ocr=False, use_pdftotext=False), given=(document, page))


def _detect_document(
    path: Path, detector: Detector, progress: Progress | None, options: RunOptions | None,
    given: tuple[Document, Page] | None = None, keep_pages: bool = False,
) -> Detection:
    path = Path(path)
    if given is not None:  # a text handed over in memory
        document, page = given
        pages_iter: list[Page] | None = [page]
    elif path.suffix.lower() == ".txt":
        document, page = read_text(path)
        pages_iter = [page]
    else:
        document = describe_pdf(path, (options or RunOptions()).limits)
        pages_iter = None
    page_texts: dict[int, str] = {}
    findings: list[Finding] = []
    # Scanned pages are OCR'd once, in parallel, and kept for the second pass.
    ocr_pages: dict[int, Page] = {}
    scanned: tuple[int, ...] | None = None
    if pages_iter is None and (options or RunOptions()).ocr:
        ocr_pages = _ocr_pages(path, options or RunOptions(), progress)
        scanned = tuple(sorted(ocr_pages))
    name_lexicon = _name_lexicon() if ocr_pages else None

    # Poppler's reading of every page, one process for the document: where it differs from
    # MuPDF's, detection also runs on poppler's words (see ingest/poppler.py).
    poppler = (
        read_bbox_layout(path, document.pages)
        if pages_iter is None and (options or RunOptions()).use_pdftotext
        else None
    )
    views: dict[int, Page] = {}
    view_findings: list[Finding] = []
    detector.begin_document()
    spill = PageSpill()
    try:

        def per_batch(batch: list[Page]) -> None:
            for page, raw in zip(batch, _detect_reading(detector, batch)):
                if name_lexicon is not None and page.source == "ocr":  # words OCR read poorly next to names
                    raw += uncertain_findings(page, raw, name_lexicon)
                merged = merge(raw, {page.number: page.text})
                findings.extend(_with_rects(page, merged))
                page_texts[page.number] = page.text
                if progress:
                    progress("detect", page.number, document.pages)
            todo = [views[p.number] for p in batch if p.number in views]
            # the few lines of a view are read in the language of their page
            langs = [detector.language(p.text).language for p in batch if p.number in views]
            for view, raw in zip(todo, _detect_reading(detector, todo, langs) if todo else ()):
                view_findings.extend(merge(raw, {view.number: view.text}))

        if pages_iter is not None:
            per_batch(list(pages_iter))
        else:
            with open_pdf(path) as doc:
                batch: list[Page] = []
                for p in doc:
                    page = ocr_pages.get(p.number + 1) or extract_page(p)  # an OCR'd page stands for its text layer
                    if page.source != "ocr":
                        spill.put(page)
                        if poppler is not None:
                            differ = disagreeing_lines(page, poppler.line_texts(p.number))
                            if differ:
                                lines = poppler.lines(p.number)
                                box = p.cropbox
                                views[page.number] = view_page(page.number, [lines[i] for i in differ if i < len(lines)],
                                                               p.rotation, box.width, box.height)
                    batch.append(page)
                    if len(batch) >= DETECT_BATCH_PAGES:
                        per_batch(batch)
                        batch = []
                if batch:
                    per_batch(batch)

        # Second pass: initials and every further occurrence of what was found.
        extra = find_initials(findings, page_texts)
        extra += find_short_forms(findings, page_texts) + find_bare_streets(findings, page_texts)
        extra += find_same_shape_ids(findings, page_texts) + find_kin_first_names(findings, page_texts)
        known = _known_names()
        extra += propagate([*findings, *extra, *view_findings], page_texts, known_names=known,
                           ocr_pages=set(ocr_pages), cover=[*findings, *extra])
        if views:
            view_texts = {n: v.text for n, v in views.items()}
            view_findings += propagate([*findings, *extra, *view_findings], view_texts, known_names=known,
                                       cover=view_findings)
        if extra:
            by_page: dict[int, list[Finding]] = {}
            for f in extra:
                by_page.setdefault(f.page, []).append(f)
            if pages_iter is not None:
                findings.extend(_with_rects(pages_iter[0], extra))
            else:
                for number, items in sorted(by_page.items()):
                    page = ocr_pages.get(number) or spill.get(number)
                    if page is None:
                        raise InputError("sida {number} kunde inte läsas om", number=number)
                    findings.extend(_with_rects(page, items))
            findings = merge(findings, page_texts)
        findings += place_view_findings(views, view_findings, findings)
        if views and (options or RunOptions()).ocr:
            findings += _ocr_disagreeing_lines(path, views, detector, findings, options or RunOptions())
    finally:
        spill.close()
    ordered = sorted(findings, key=lambda f: (f.page, f.start if f.start is not None else -1, f.end or 0))
    numbered = [f.with_(id=f"f{n + 1}") for n, f in enumerate(ordered)]
    linked, subjects = link(numbered)
    return Detection(
        document=document, findings=linked, subjects=subjects, versions=detector.versions, scanned_pages=scanned,
        untrusted={n: line_boxes(v) for n, v in sorted(views.items())},
        pages={**page_texts, **ocr_pages} if keep_pages else None,
    )


def _ocr_disagreeing_lines(
    path: Path, views: dict[int, Page], detector: Detector, findings: Sequence[Finding], options: RunOptions
) -> list[Finding]:
    """Findings on an OCR reading of the lines MuPDF and poppler read differently, placed on the page."""
    from redact.ingest.ocr_lines import ocr_lines

    read = ocr_lines(path, {n: line_boxes(v) for n, v in views.items()}, options.ocr_settings())
    if not read:
        return []
    found = [f for raw in detector.detect_many(list(read.values())) for f in raw]
    return place_view_findings(read, found, findings, reader="OCR")


def _detect_reading(detector: Detector, pages: list[Page], languages: Sequence[str | None] | None = None) -> list[list[Finding]]:
    """Findings of each page, detected on its text as a reader reads it: hyphenated words joined
    ("Lind-" / "qvist"), letter-spaced words closed up ("H o l m q v i s t").

    Offsets are mapped back to the page's own text, so a finding spans both halves.
    """
    joined = [reading_text(p.text, p.char_rects) if p.source != "ocr" else None for p in pages]
    # the words keep their boxes on the joined text: a table's header broken over two rows
    # ("Anst.-" / "nummer") or a letter-spaced cell must not cost the page its column geometry
    todo = [p if j is None else replace(p, text=j[0], words=_words_on(p.words, j[1]), char_rects=())
            for p, j in zip(pages, joined)]
    out = detector.detect_many(todo, languages)
    for i, j in enumerate(joined):
        if j is not None:
            origin = j[1]
            out[i] = [f.with_(start=origin[f.start], end=origin[f.end - 1] + 1) if f.start is not None and f.end is not None else f
                      for f in out[i]]
    return out


def _words_on(words: Sequence[Word], origin: Sequence[int]) -> tuple[Word, ...]:
    """The page's words with their offsets moved onto a reading of its text (``origin``: each
    reading character's offset in the page text); a word whose characters were all cut is dropped."""
    if not words:
        return ()
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for new, old in enumerate(origin):
        first.setdefault(old, new)
        last[old] = new  # a spelt-out ligature: several reading characters for one glyph
    out = []
    for w in words:
        kept = [i for i in range(w.start, w.end) if i in first]
        if kept:
            out.append(replace(w, start=first[kept[0]], end=last[kept[-1]] + 1))
    return tuple(out)


def _ocr_pages(path: Path, options: RunOptions, progress: Progress | None) -> dict[int, Page]:
    """OCR the pages of a PDF that need it (scanned pages, images with text), in parallel."""
    from redact.ingest.ocr_parallel import ocr_document

    return ocr_document(path, settings=options.ocr_settings(), progress=progress)


def _name_lexicon() -> NameLexicon:
    return NameLexicon.load()


def _known_names() -> frozenset[str]:
    from redact.detect.names import load_lexicons

    lex = load_lexicons()
    return lex.first | lex.last


def detect_file(path: Path, detector: Detector | None = None) -> tuple[Document, list[Finding]]:
    """Detect personal data in a PDF or UTF-8 text file."""
    det = detect_document(Path(path), detector or Detector())
    return det.document, det.findings


def masks_for(path: Path, findings: Sequence[Finding]) -> list[Mask]:
    """Masks for every finding that is not rejected, with rects filled in where only offsets were given."""
    todo = [f for f in findings if f.status != "rejected"]
    need_page = sorted({f.page for f in todo if not f.rects or not f.text})
    pages: dict[int, Page] = {}
    if need_page:
        with open_pdf(path) as doc:
            for n in need_page:
                pages[n] = extract_page(doc[n - 1])
    masks: list[Mask] = []
    for f in todo:
        rects = f.rects
        text = f.text
        if not rects and f.start is not None and f.end is not None:
            page = pages[f.page]
            if f.end > len(page.text):
                raise InputError("fynd {id}: tecken {start}–{end} finns inte på sida {page}", id=f.id, start=f.start, end=f.end, page=f.page)
            rects = span_rects(page, f.start, f.end)
            text = text or page.text[f.start : f.end]
        if not rects:
            continue
        if not text and f.page in pages:
            text = text_in_rects(pages[f.page], rects)
        decision = {"proposed": "auto-accepted", "uncertain": "auto-accepted"}.get(f.status, f.status)
        masks.append(
            Mask(
                id=f.id,
                page=f.page,
                rects=rects,
                category=f.category,
                detector=f.detector,
                score=f.score,
                decision=decision,
                legal_ground=f.legal_ground,
                subject=f.subject,
                text=text,
            )
        )
    return masks


def _temp_beside(output: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=output.parent)
    os.close(fd)
    return Path(name)


def apply_findings(
    path: Path,
    document: Document,
    findings: Sequence[Finding],
    output: Path,
    audit: Path | None = None,
    options: RunOptions | None = None,
    versions: dict[str, str] | None = None,
    timings: dict[str, float] | None = None,
    progress: Progress | None = None,
    scanned_pages: Collection[int] | None = None,
) -> Disclosure:
    """Render, verify and atomically write the redacted PDF (and the audit record).

    ``scanned_pages``: the pages detection OCR'd in this same file, when known; an empty
    collection lets the scanned-page check (which would find no such page) be skipped.
    """
    options = options or RunOptions()
    path, output = Path(path), Path(output)
    if options.limits.isolate:  # hard time and memory bounds in a worker process
        inner = replace(options, limits=replace(options.limits, isolate=False))
        with flat_scratch():  # a killed worker leaves its flattened copy here, and this process removes it
            return bounded(apply_findings, path, document, findings, output, audit, inner, versions, timings,
                           limits=options.limits, progress=progress, what=path.name,
                           cleanup=lambda: remove_partial_outputs(output), scanned_pages=scanned_pages)
    if document.kind != "pdf":
        raise InputError("{name}: maskering kräver en PDF-fil", name=document.name)
    if output.exists() and output.resolve() == path.resolve():
        raise InputError("utdatafilen får inte vara samma fil som indatafilen")
    if not output.parent.is_dir():
        raise InputError("{parent}: mappen för utdatafilen finns inte", parent=output.parent)
    with flat_input(path, options.include_notes, options.limits) as flat:
        return _apply_flattened(flat, document, findings, output, audit, options, versions, timings, progress,
                                scanned_pages)


def _apply_flattened(
    flat: Flattened, document: Document, findings: Sequence[Finding], output: Path, audit: Path | None,
    options: RunOptions, versions: dict[str, str] | None, timings: dict[str, float] | None,
    progress: Progress | None, scanned_pages: Collection[int] | None,
) -> Disclosure:
    """apply_findings on the input as every stage reads it (form fields and annotations baked in)."""
    path = flat.path
    timings = dict(timings or {})
    t0 = time.perf_counter()
    masks = masks_for(path, findings)
    released = [f for f in findings if f.status == "rejected"]  # a reviewer let these stand
    keep = {f.text for f in released if f.text}
    tmp = _temp_beside(output)
    try:
        # the glyph comparison that names a font's odd measures runs only when the ink check fails
        render_pdf(path, masks, tmp, options.render, progress=progress, explain=False)
        timings["render"] = time.perf_counter() - t0
        t1 = time.perf_counter()
        # Scanned pages: pixels + fresh OCR, then the searchable OCR layer.
        ocr_verification = None
        if options.ocr:
            if scanned_pages is None or scanned_pages:
                ocr_verification = finish_ocr_pages(
                    path, tmp, masks, options.ocr_settings(), keep=keep,
                    text_layer=options.ocr_text_layer, check_pixels=options.render.label == "none",
                    released=released_areas(released, path),
                )
            timings["ocr_verify"] = time.perf_counter() - t1
        verification = verify_pdf(tmp, masks, use_pdftotext=options.use_pdftotext, source=path, released=released)
        verification = combine_ocr_verification(verification, ocr_verification)
        timings["verify"] = time.perf_counter() - t1
        if not verification.ok:
            raise VerificationError(list(verification.failures), verification.leaks)
        t2 = time.perf_counter()
        losses = ink_loss(path, tmp, masks, progress=progress)
        timings["ink"] = time.perf_counter() - t2
        if losses:
            raise ContentLossError([(loss.page, loss.share) for loss in losses], _loss_causes(path, masks, options, tmp))
        os.replace(tmp, output)
    finally:
        if tmp.exists():
            tmp.unlink()
    disclosure = Disclosure(
        document=document,
        output=output,
        findings=tuple(findings),
        masks=tuple(masks),
        verification=verification,
        timings=timings,
        warnings=_removed_content_warnings(path) + flat.warnings(),
        notes=flat.notes,
    )
    if audit is not None:
        write_json_atomic(Path(audit), build_record(disclosure, options.as_record(), versions or {}))
    return disclosure


def _loss_causes(path: Path, masks: Sequence[Mask], options: RunOptions, tmp: Path) -> dict[int, str]:
    """Why the rendering took visible content, page by page: the rendering again, explained (only on refusal)."""
    again = tmp.with_name(tmp.name + ".explain")
    try:
        report = render_pdf(path, masks, again, options.render, explain=True)
        return dict(report.causes) if report is not None else {}
    except RedactError:
        return {}
    finally:
        again.unlink(missing_ok=True)


def _removed_content_warnings(path: Path) -> tuple[str, ...]:
    """What the renderer removes wholesale besides the masks, said so the registrar can tell the requester."""
    shown = visible_annotations(path)
    if not shown:
        return ()
    warning = Message("{n} synliga anteckningar eller formulärfält finns inte med i den utlämnade kopian", n=shown)
    log.warning(warning)
    return (warning,)


def run_file(
    input: Path,
    output: Path,
    audit: Path | None = None,
    options: RunOptions | None = None,
    detector: Detector | None = None,
    progress: Progress | None = None,
    log: "AuditLog | None" = None,
    case: str | None = None,
) -> Disclosure:
    """The one-command disclosure: detect, propose, accept every proposal, render, verify (and log)."""
    options = options or RunOptions()
    input = Path(input)
    if input.suffix.lower() == ".txt":
        raise InputError("{name}: redact run kräver en PDF-fil; använd redact detect för text", name=input.name)
    # With a log, the record is written once the case's hash key is known (it stays in the log).
    record_now = audit if log is None else None
    if options.limits.isolate:  # hard time and memory bounds in a worker process
        inner = replace(options, limits=replace(options.limits, isolate=False))
        with flat_scratch():  # a killed worker leaves its flattened copy here, and this process removes it
            disclosure, det = bounded(_detect_and_apply, input, output, record_now, inner, detector,
                                      limits=options.limits, progress=progress, what=input.name,
                                      cleanup=lambda: remove_partial_outputs(Path(output)))
    else:
        disclosure, det = _detect_and_apply(input, output, record_now, options, detector, progress)
    for warning in name_warnings([input.name, Path(output).name], det.findings):
        logging.getLogger(__name__).warning(warning)
    if log is not None:
        from redact.audit_log import record_disclosure, record_request

        case = case or f"doc-{det.document.sha256[:12]}"
        if not log.entries(case):
            record_request(log, case, description=det.document.name)
        record_disclosure(log, case, disclosure, options.reviewer, versions=det.versions, profile=options.profile)
        if audit is not None:
            write_json_atomic(Path(audit), build_record(disclosure, options.as_record(), det.versions, key=log.key(case), case=case))
    return disclosure


def _detect_and_apply(
    input: Path, output: Path, audit: Path | None, options: RunOptions, detector: Detector | None,
    progress: Progress | None = None,
) -> tuple[Disclosure, Detection]:
    """Detect, accept every proposal, render and verify (the part of run_file that runs bounded)."""
    with _gc_spares_loaded_objects():
        return _detect_and_apply_now(input, output, audit, options, detector, progress)


def _detect_and_apply_now(
    input: Path, output: Path, audit: Path | None, options: RunOptions, detector: Detector | None,
    progress: Progress | None = None,
) -> tuple[Disclosure, Detection]:
    if options.ocr_memo is None:  # images read on the way in are not read again when the output is checked
        options = replace(options, ocr_memo=OcrMemo())
    det, proposed, timings = detect_and_propose(input, options, detector, progress)
    return apply_proposed(input, det, proposed, output, audit, options, timings, progress), det


def detect_and_propose(
    input: Path, options: RunOptions, detector: Detector | None = None, progress: Progress | None = None,
    keep_pages: bool = False,
) -> tuple[Detection, list[Finding], dict[str, float]]:
    """Detect and apply the profile: the detection, its proposed findings and the time each step took."""
    t0 = time.perf_counter()
    detector = detector or Detector(threshold=options.threshold)
    t1 = time.perf_counter()
    det = detect_document(input, detector, progress, options, keep_pages=keep_pages)
    t2 = time.perf_counter()
    return det, propose_findings(det.findings, options), {"load": t1 - t0, "detect": t2 - t1}


def apply_proposed(
    input: Path, det: Detection, proposed: Sequence[Finding], output: Path, audit: Path | None,
    options: RunOptions, timings: dict[str, float] | None = None, progress: Progress | None = None,
) -> Disclosure:
    """Accept every proposal, render and verify; copies that only verification read are masked too."""
    accepted = [f if f.status == "rejected" else f.with_(status="auto-accepted") for f in proposed]
    for look in range(SECOND_LOOKS + 1):
        try:
            return apply_findings(
                input, det.document, accepted, output, audit, options, det.versions, timings, progress,
                scanned_pages=det.scanned_pages,
            )
        except VerificationError as err:
            more = findings_for_leaks(err.leaks, accepted) if look < SECOND_LOOKS and err.leaks else None
            if not more or not _explains(more, err.failures):
                raise
            log.info("verifieringen läste %d kopior av maskerade uppgifter utanför maskeringarna; "
                     "de maskeras också och filen ritas om", len(more))
            accepted = accepted + more
    raise AssertionError("unreachable")  # pragma: no cover - the last look returns or raises


#: How many times a run masks copies that only verification read and renders again.
SECOND_LOOKS = 2


def _explains(more: Sequence[Finding], failures: Sequence[tuple[int, str]]) -> bool:
    """True when every failure is on a page where a copy was placed (else a mask failed, which another look cannot mend)."""
    pages = {f.page for f in more}
    return all(page in pages for page, _ in failures)


def propose_findings(findings: Sequence[Finding], options: RunOptions) -> list[Finding]:
    """Apply the profile (legal grounds, what is masked by default) and the officials list."""
    from redact.officials import load_directory
    from redact.policy import load_profile
    from redact.resolve.propose import propose

    profile = load_profile(options.profile)
    from redact.organisation import load_organisation

    officials = load_directory(options.officials) if options.officials else None
    organisation = load_organisation(options.organisation) if options.organisation else None
    return propose(findings, profile, officials, organisation)
