"""Detection of a whole document: every reading of each page (MuPDF, poppler, OCR), then the
second pass (initials, short forms, propagation) and the linking into subjects."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from redact.detect.engine import Detector
from redact.detect.language import SWEDISH_RULES, language_text
from redact.detect.uncertain import NameLexicon, uncertain_findings
from redact.errors import InputError
from redact.ingest.flatten import flat_input
from redact.ingest.intended_text import IntendedReader
from redact.ingest.ocr_sense import without_noise
from redact.ingest.pdf import describe_pdf, extract_page, open_pdf, reading_text
from redact.ingest.poppler import disagreeing_lines, on_crop_box, read_bbox_layout, view_page
from redact.ingest.spill import PageSpill
from redact.ingest.text import read_text
from redact.resolve.geometry import line_boxes, place_view_findings, span_rects
from redact.resolve.id_shapes import find_same_shape_ids
from redact.resolve.care_of_names import find_care_of_names
from redact.resolve.kin_names import find_kin_first_names
from redact.resolve.identifier_overlaps import without_model_spans_around_identifiers
from redact.resolve.identifier_tokens import identifiers_as_whole_tokens
from redact.resolve.ids_written_again import find_ids_written_again
from redact.resolve.link import link
from redact.resolve.merge import merge
from redact.resolve.particle_surnames import find_particle_surnames
from redact.resolve.person_initials import find_initials
from redact.resolve.propagate import propagate
from redact.resolve.serials_named_again import find_serials_named_again
from redact.resolve.subject_short_ids import find_subject_short_ids
from redact.resolve.short_forms import find_short_forms
from redact.resolve.streets import find_bare_streets
from redact.run_options import Progress, RunOptions
from redact.types import Document, Finding, Note, Page, PageGeometry, Rect, Subject, Word

#: Pages run through the language models together: batching saves about a tenth of detection
#: (16 pages: each step of the NER's decoding serves twice the pages of 8, about 2 ms a page less),
#: and a few pages held at once keep memory flat.
DETECT_BATCH_PAGES = 16
#: Allocations between young garbage collections during a run (Python's default is 700). Well above what a batch of
#: pages holds while it is read (a tuple per character's box and a word object each: about 55,000 objects for 16
#: pages of the bench), or the count hovers at the threshold and each young collection walks the batch's live pages
#: (about 30 ms) to free nothing.
YOUNG_GC_THRESHOLD = 200_000


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


#: True while a run holds the loaded objects frozen (see gc_spares_loaded_objects).
_freezing = False


@contextmanager
def gc_spares_loaded_objects() -> Iterator[None]:
    """Keep the objects that exist before a run (the loaded model, the name lists) out of the
    collector's full passes during it; they are handed back when the run ends.

    Every full collection would otherwise walk the whole loaded pipeline again: about 3 %
    of a run. Young collections are also made rarer: text extraction creates a dictionary
    per character, and collecting every 700 allocations cost another 3 %. Nested or
    concurrent runs leave both to the outermost one.
    """
    global _freezing
    # (gc.get_freeze_count walks every frozen object, 12 ms with the model loaded: the nested run asks this flag)
    if _freezing or gc.get_freeze_count():
        yield
        return
    threshold = gc.get_threshold()
    gc.freeze()
    _freezing = True
    gc.set_threshold(max(threshold[0], YOUNG_GC_THRESHOLD), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        _freezing = False
        gc.unfreeze()


def _with_rects(page: Page | PageGeometry, findings: Sequence[Finding]) -> list[Finding]:
    return [f.with_(rects=span_rects(page, f.start, f.end)) if f.start is not None and f.end is not None else f for f in findings]


def detect_document(
    path: Path, detector: Detector, progress: Progress | None = None, options: RunOptions | None = None,
    keep_pages: bool = False,
) -> Detection:
    """Detect, merge, propagate and link the findings of a PDF or text file (form fields and annotations baked in).

    ``keep_pages``: also keep every page's text (``Detection.pages``).
    """
    opts = options or RunOptions()
    with gc_spares_loaded_objects(), flat_input(Path(path), opts.include_notes, opts.limits) as flat:
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
    view_words: dict[int, tuple[Rect, ...]] = {}  # MuPDF's word boxes of the pages with a view
    view_readers: dict[int, str] = {}  # who read a view's lines, where not poppler alone
    view_findings: list[Finding] = []
    detector.begin_document()
    spill = PageSpill()
    intended = IntendedReader(path)
    try:

        def per_batch(batch: list[Page]) -> None:
            for page, raw in zip(batch, _detect_reading(detector, batch)):
                if name_lexicon is not None and page.source == "ocr":  # words OCR read poorly next to names
                    raw += uncertain_findings(page, raw, name_lexicon)
                    # no person proposed on OCR that does not read as text, nor on a capitalised word's shape in German
                    raw = without_noise(page, raw, language=detector.language(language_text(page.text, page.words)))
                # a model's name read around the page's own identifier's letters ("KT 5521 0930 B. Dotterns")
                # (an identifier's mask takes the whole token it covers part of: "KVT·26·5531·07", "MX-5531-26(c)")
                texts = {page.number: page.text}
                merged = merge(identifiers_as_whole_tokens(without_model_spans_around_identifiers(raw), texts), texts)
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
                        other = []
                        if poppler is not None:
                            differ = disagreeing_lines(page, poppler.line_texts(p.number))
                            if differ:
                                lines = poppler.lines(p.number)
                                other = on_crop_box(p, [lines[i] for i in differ if i < len(lines)])
                        # Latin-1 bytes in a font without an encoding: the parser's reading is a view too
                        latin1 = intended.lines(p, page.text)
                        if latin1:
                            view_readers[page.number] = "poppler eller en Latin-1-läsning" if other else "en Latin-1-läsning"
                        other += latin1
                        if other:
                            box = p.cropbox
                            views[page.number] = view_page(page.number, other, p.rotation, box.width, box.height)
                            view_words[page.number] = tuple(w.rect for w in page.words)
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
        extra += find_serials_named_again(findings, page_texts)
        extra += find_ids_written_again([*findings, *extra], page_texts)
        extra += find_subject_short_ids([*findings, *extra], page_texts)
        extra += find_care_of_names([*findings, *extra], page_texts)
        extra += find_particle_surnames([*findings, *extra], page_texts)
        known = _known_names()
        extra += propagate([*findings, *extra, *view_findings], page_texts, known_names=known,
                           ocr_pages=set(ocr_pages), cover=[*findings, *extra])
        if views:
            view_texts = {n: v.text for n, v in views.items()}
            view_findings += propagate([*findings, *extra, *view_findings], view_texts, known_names=known,
                                       cover=view_findings)
        extra = identifiers_as_whole_tokens(extra, page_texts)
        if extra:
            by_page: dict[int, list[Finding]] = {}
            for f in extra:
                by_page.setdefault(f.page, []).append(f)
            if pages_iter is not None:
                findings.extend(_with_rects(pages_iter[0], extra))
            else:
                for number, items in sorted(by_page.items()):
                    page = ocr_pages.get(number)
                    if page is None:  # a text layer's page: its geometry, parked in the first pass
                        geometry = spill.get(number)
                        if geometry is None:
                            raise InputError("sida {number} kunde inte läsas om", number=number)
                        findings.extend(_with_rects(geometry, items))
                        continue
                    if page.source == "ocr":
                        # initials read in the speckle of a scan of German or English text ("OGf[2295") are
                        # noise; on Swedish text a poorly read "AA" in the margin is kept, as recall needs
                        language = detector.language(language_text(page.text, page.words))
                        foreign = [f for f in items if f.detector == "initials" and f.start is not None
                                   and language.at(f.start) not in SWEDISH_RULES]
                        items = [f for f in items if f not in foreign] + without_noise(page, foreign)
                    findings.extend(_with_rects(page, items))
            # a model's name or street read around an identifier's letters its copy now covers ("B. Dotterns")
            findings = merge(without_model_spans_around_identifiers(findings), page_texts)
        findings += place_view_findings(views, view_findings, findings, words=view_words, reader=view_readers)
        if views and (options or RunOptions()).ocr:
            findings += _ocr_disagreeing_lines(path, views, detector, findings, options or RunOptions(), view_words)
    finally:
        spill.close()
        intended.close()
    ordered = sorted(findings, key=lambda f: (f.page, f.start if f.start is not None else -1, f.end or 0))
    numbered = [f.with_(id=f"f{n + 1}") for n, f in enumerate(ordered)]
    linked, subjects = link(numbered)
    return Detection(
        document=document, findings=linked, subjects=subjects, versions=detector.versions, scanned_pages=scanned,
        untrusted={n: line_boxes(v, view_words.get(n, ())) for n, v in sorted(views.items())},
        pages={**page_texts, **ocr_pages} if keep_pages else None,
    )


def _ocr_disagreeing_lines(
    path: Path, views: dict[int, Page], detector: Detector, findings: Sequence[Finding], options: RunOptions,
    words: dict[int, tuple[Rect, ...]] | None = None,
) -> list[Finding]:
    """Findings on an OCR reading of the lines MuPDF and poppler read differently, placed on the page."""
    from redact.ingest.ocr_lines import ocr_lines

    read = ocr_lines(path, {n: line_boxes(v, (words or {}).get(n, ())) for n, v in views.items()}, options.ocr_settings())
    if not read:
        return []
    # in the batches the text layer is read in: all of a book's pages at once held every page's parse (3 GB)
    pages = list(read.values())
    found = [f for at in range(0, len(pages), DETECT_BATCH_PAGES)
             for raw in detector.detect_many(pages[at:at + DETECT_BATCH_PAGES]) for f in raw]
    return place_view_findings(read, found, findings, reader="OCR", words=words)


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
