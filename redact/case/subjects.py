"""The subjects of a case: a person masked in one document is looked for in all its documents.

A disclosure case is about the same people throughout, but each document is detected on its
own: an attachment may name the complainant only by surname, or a screenshot may show the
sender's user name ("C:\\Users\\annlin\\..."), which the detector would not propose there. After
every document of the case is detected, the driver gathers the subjects proposed for masking
(:func:`subjects_of`, :func:`merge_subjects`) and each document is searched again for them
(:func:`find_subjects`): names, name parts and genitives, e-mail addresses and their local
parts, user names formed from the names, and personnummer and phone numbers written in other
formats. Only these subjects travel between the workers, never a document's text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from redact.detect.names import load_lexicons
from redact.detect.uncertain import without_accents
from redact.officials import normalize_phone
from redact.resolve.geometry import span_rects
from redact.resolve.propagate import _name_parts, _ocr_key, _strip_genitive, propagate
from redact.types import Finding, Page

#: The categories whose subjects are looked for in the other documents of a case.
CARRIED = ("PERSON", "PERSONNUMMER", "PHONE", "EMAIL")
#: Mentions kept per subject (the longest): a name is written in a few ways, not in hundreds.
MAX_MENTIONS = 8
#: Letters a user name formed from a name needs: shorter ones ("evak") are too often something else.
MIN_USERNAME = 5
#: Letters a user name needs to be taken inside a longer word that OCR glued it to.
MIN_GLUED = 8
DETECTOR = "case_subject"


@dataclass(frozen=True)
class CaseSubject:
    """One subject of a case as the other documents are searched for it (never written to a record)."""

    category: str
    mentions: tuple[str, ...]  # as written: full names, numbers, addresses
    documents: tuple[int, ...]  # the documents of the case (1-based) where it was proposed for masking


def subjects_of(findings: Sequence[Finding], document: int) -> list[CaseSubject]:
    """The subjects of one document's proposals that are masked and worth looking for elsewhere.

    A person is carried only with a full name (two name parts or more): one word alone ("Anna")
    would take every Anna of the case. Disclosed findings (officials, the authority) are not carried.
    """
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        if f.status == "rejected" or f.category not in CARRIED or not f.text.strip():
            continue
        if f.category == "PERSON" and (f.detector in ("initials", DETECTOR) or len(_name_parts(f.text)) < 2):
            continue
        groups.setdefault(f.subject or f"{f.category}:{_key(f.category, f.text)}", []).append(f)
    out = []
    for members in groups.values():
        mentions: dict[str, str] = {}
        for f in sorted(members, key=lambda f: -len(f.text.strip())):
            text = " ".join(f.text.split()).rstrip(".,;:")
            if len(text) <= 80:
                mentions.setdefault(_key(f.category, text), text)
        if mentions:
            out.append(CaseSubject(members[0].category, tuple(list(mentions.values())[:MAX_MENTIONS]), (document,)))
    return out


def merge_subjects(groups: Iterable[Sequence[CaseSubject]]) -> list[CaseSubject]:
    """One subject for the mentions the documents share (same name, number or address), in order of first mention."""
    merged: list[CaseSubject] = []
    owner: dict[tuple[str, str], int] = {}
    for group in groups:
        for s in group:
            keys = [(s.category, _key(s.category, m)) for m in s.mentions]
            hit = next((owner[k] for k in keys if k in owner), None)
            if hit is None:
                merged.append(s)
                hit = len(merged) - 1
            else:
                old = merged[hit]
                known = {_key(old.category, m) for m in old.mentions}
                extra = tuple(m for m in s.mentions if _key(s.category, m) not in known)
                merged[hit] = CaseSubject(old.category, (old.mentions + extra)[:MAX_MENTIONS],
                                          tuple(sorted(set(old.documents) | set(s.documents))))
            for k in keys:
                owner.setdefault(k, hit)
    return merged


def _key(category: str, text: str) -> str:
    """What two mentions of one subject share: the digits of a number, the folded words of a name."""
    if category == "PERSONNUMMER":
        digits = re.sub(r"\D", "", text)
        return digits[2:] if len(digits) == 12 else digits
    if category == "PHONE":
        digits = normalize_phone(text)
        # "46 70 …" written without its plus is the same number
        return "0" + digits[2:] if digits.startswith("46") and len(digits) >= 10 else digits
    return " ".join(text.split()).casefold()


def usernames(name: str) -> set[str]:
    """User names and e-mail local parts commonly formed from a full name, lower case.

    first+last, first.last (also with _ and -), initial+last, first+initial, first + three
    letters of the surname, three and three, last+first: "Ann Lindqvist" -> annlindqvist,
    ann.lindqvist, alindqvist, annl (too short: left out), annlin, lindqvistann, ... A form
    without a separator that is itself a name ("Karin Ek" -> "karine") is left out: it would
    take another person's name.
    """
    parts = [p for p in _name_parts(name) if p.replace("-", "").isalpha()]
    if len(parts) < 2:
        return set()
    out: set[str] = set()
    for fold in (str.casefold, without_accents):
        first, last = fold(parts[0]), fold(parts[-1])
        for f, l in ((first, last), (first.replace("-", ""), last.replace("-", ""))):
            out |= {f + l, f"{f}.{l}", f"{f}_{l}", f"{f}-{l}", f[0] + l, f"{f[0]}.{l}", f + l[0],
                    f + l[:3], f[:3] + l[:3], l + f, f"{l}.{f}"}
    lex = load_lexicons()
    return {u for u in out if sum(c.isalpha() for c in u) >= MIN_USERNAME
            and (not u.isalpha() or (u.capitalize() not in lex.first and u.capitalize() not in lex.last))}


def _local_part(address: str) -> str | None:
    """The local part of an e-mail address when it is telling enough to look for on its own."""
    local = address.partition("@")[0].strip().casefold()
    return local if sum(c.isalpha() for c in local) >= MIN_USERNAME else None


def _number_pattern(subject: CaseSubject) -> str | None:
    """A personnummer or phone number in any of its usual formats (with or without century, dash, spaces, +46)."""
    digits = _key(subject.category, subject.mentions[0])
    gap = r"[ \t\-]{0,2}"
    if subject.category == "PERSONNUMMER" and len(digits) == 10:
        return (r"(?<![\d])(?:(?:19|20)" + gap + ")?" + gap.join(digits[:6]) + r"[ \t]{0,2}[-+]?[ \t]{0,2}"
                + gap.join(digits[6:]) + r"(?!\d)")
    if subject.category == "PHONE" and len(digits) >= 8 and digits.startswith("0"):
        rest = r"[ \t\-/()]{0,3}".join(digits[1:])
        return r"(?<![\d+])(?:(?:\+|00)46" + gap + r"(?:\(0\)" + gap + r")?|0" + gap + r")" + rest + r"(?!\d)"
    return None


@dataclass(frozen=True)
class _Search:
    """What a worker looks for, built once per case (every document of a case is given the same subjects)."""

    sources: tuple[Finding, ...]  # the names and addresses, as findings for propagate()
    by_form: dict[str, int]  # a name, name part or address (folded) -> its subject
    names: dict[str, int]  # a user name or local part (lower case) -> its subject
    usernames: re.Pattern[str] | None
    glued: re.Pattern[str] | None  # the long user names, inside a word (OCR text)
    numbers: re.Pattern[str] | None
    by_number: dict[tuple[str, str], int]  # (category, digits) -> its subject


@functools.lru_cache(maxsize=2)
def _search(subjects: tuple[CaseSubject, ...]) -> _Search:
    sources: list[Finding] = []
    by_form: dict[str, int] = {}
    names: dict[str, int] = {}
    numbers: list[str] = []
    by_number: dict[tuple[str, str], int] = {}
    for i, s in enumerate(subjects):
        for k, mention in enumerate(s.mentions):
            if s.category in ("PERSON", "EMAIL"):
                sources.append(Finding(id=f"case{i}-{k}", page=1, start=0, end=len(mention), text=mention,
                                       category=s.category, score=0.9, detector=DETECTOR))
                by_form.setdefault(" ".join(mention.split()).casefold(), i)
                by_form.setdefault(_ocr_key(mention), i)
                for part in _name_parts(mention) if s.category == "PERSON" else ():
                    by_form.setdefault(part.casefold(), i)
            found = usernames(mention) if s.category == "PERSON" else (
                {_local_part(mention)} - {None} if s.category == "EMAIL" else set())
            for u in found:
                names.setdefault(u, i)
        number = _number_pattern(s)
        if number is not None:
            numbers.append(number)
            by_number.setdefault((s.category, _key(s.category, s.mentions[0])), i)
    ordered = sorted(names, key=lambda u: (-len(u), u))
    alternation = "|".join(re.escape(u) for u in ordered)
    # OCR often reads a path's separators as letters ("C:\Users\annlindqvist\" as "UsersNannlindqvistY"):
    # there a long user name is taken inside a word too
    long = "|".join(re.escape(u) for u in ordered if sum(c.isalpha() for c in u) >= MIN_GLUED)
    return _Search(
        tuple(sources), by_form, names,
        re.compile(r"(?<![^\W_])(?:" + alternation + r")(?![^\W_])", re.IGNORECASE) if names else None,
        re.compile(long, re.IGNORECASE) if long else None,
        re.compile("|".join(numbers)) if numbers else None,
        by_number,
    )


def find_subjects(pages: dict[int, Page | str], subjects: Sequence[CaseSubject], findings: Sequence[Finding],
                  document: int) -> list[Finding]:
    """New findings in document ``document`` for every occurrence of the case's subjects not yet covered.

    ``pages``: each page's text (an OCR'd page as its Page, whose boxes the findings take), as
    detection read it. ``findings``: the document's own, whose spans are taken (a mention it
    disclosed stays disclosed). The findings are linked to the document's subject with the same
    name, or to a new one per case subject.
    """
    if not subjects or not pages:
        return []
    subjects = tuple(subjects)
    search = _search(subjects)
    texts = {n: p.text if isinstance(p, Page) else p for n, p in pages.items()}
    ocr = {n for n, p in pages.items() if isinstance(p, Page) and p.source == "ocr"}
    subject_ids = _subject_ids(subjects, findings)
    # Names and addresses, their parts and genitives, and OCR's variants: as within one document.
    by_form = search.by_form
    new: list[Finding] = []
    for f in propagate(search.sources, texts, ocr_pages=ocr, cover=findings) if search.sources else ():
        said = " ".join(f.text.split()).casefold()
        i = by_form.get(said, by_form.get(_strip_genitive(said, by_form), by_form.get(_ocr_key(f.text))))
        how = "namndel" if i is not None and said not in {m.casefold() for m in subjects[i].mentions} else "samma namn"
        new.append(_finding(f.page, f.start, f.end, f.text, f.category, subjects, i, subject_ids, document,
                            how if f.category == "PERSON" else "samma adress", 0.6 if how == "namndel" else 0.85))
    # User names formed from the names, e-mail local parts, numbers in other formats.
    taken: dict[int, list[tuple[int, int]]] = {}
    for f in [*findings, *new]:
        if f.start is not None and f.end is not None:
            taken.setdefault(f.page, []).append((f.start, f.end))
    named = "användarnamn eller e-postadress bildad av namnet"
    for number, text in sorted(texts.items()):
        spans = taken.setdefault(number, [])
        looks = [(search.usernames, named), (search.glued if number in ocr else None, named),
                 (search.numbers, "samma nummer i annat format")]
        for pattern, how in looks:
            for m in pattern.finditer(text) if pattern is not None else ():
                if any(s < m.end() and m.start() < e for s, e in spans):
                    continue
                if pattern is search.numbers:
                    i = next((search.by_number[k] for k in (("PERSONNUMMER", _key("PERSONNUMMER", m.group(0))),
                                                          ("PHONE", _key("PHONE", m.group(0))))
                              if k in search.by_number), None)
                else:
                    i = search.names.get(m.group(0).casefold())
                if i is None:
                    continue
                new.append(_finding(number, m.start(), m.end(), m.group(0), subjects[i].category, subjects, i,
                                    subject_ids, document, how, 0.8))
                spans.append((m.start(), m.end()))
    for k, f in enumerate(new):
        page = pages.get(f.page)
        rects = span_rects(page, f.start, f.end) if isinstance(page, Page) and page.source == "ocr" else ()
        new[k] = f.with_(id=f"p{f.page}-case{k}", rects=rects)
    return new


def _subject_ids(subjects: Sequence[CaseSubject], findings: Sequence[Finding]) -> dict[int, str]:
    """Each case subject's id in this document: the subject of a finding with the same text, else a new one."""
    own: dict[str, str] = {}
    for f in findings:
        if f.subject and f.category in CARRIED:
            own.setdefault(_key(f.category, f.text), f.subject)
    used = [int(f.subject[1:]) for f in findings if f.subject and f.subject[1:].isdigit()]
    next_id = max(used, default=0) + 1
    ids: dict[int, str] = {}
    for i, s in enumerate(subjects):
        hit = next((own[_key(s.category, m)] for m in s.mentions if _key(s.category, m) in own), None)
        if hit is None:
            hit, next_id = f"S{next_id}", next_id + 1
        ids[i] = hit
    return ids


def _finding(page: int, start: int | None, end: int | None, text: str, category: str,
             subjects: Sequence[CaseSubject], i: int | None, ids: dict[int, str], document: int, how: str,
             score: float) -> Finding:
    """A finding of a case subject; its reason says where the subject was found, never what it is."""
    if i is None:
        where, subject = "ett annat dokument i ärendet", None
    else:
        others = [d for d in subjects[i].documents if d != document]
        where = (f"dokument {', '.join(map(str, others))} i ärendet" if others
                 else "dokumentet (samma ärende)")
        subject = ids[i]
    same = "samma person" if category == "PERSON" else "samma uppgift"
    return Finding(id="case", page=page, start=start, end=end, text=text, category=category, score=score,
                   detector=DETECTOR, subject=subject, reason=f"{how}: {same} som i {where}")
