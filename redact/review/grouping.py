"""One person, one decision: what joins a person's initials, e-mail, phone numbers and address to the person.

A phone number is grouped by its E.164 form, so "070-174 06 77" and "+46 70 174 06 77" are one item. An
e-mail address whose local part spells the name of exactly one person in the case ("mikael.sjoberg",
"m.sjoberg", "mikaelsjoberg") belongs to that person, so releasing or masking the person covers it too.
Initials found on their own ("MS" in a signature column) belong to the one person of the case they fit.
An address, phone number or e-mail address on the name's line (or its table row) or on one of the two
lines under it belongs to that person: the contact block of a letter or a form ("Mikael Sjöberg /
Storgatan 12 / 972 31 Luleå / 070-174 06 77"), followed line by line from the name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from redact.detect.uncertain import without_accents
from redact.ingest.pdf import open_pdf
from redact.officials import normalize_email
from redact.resolve.person_initials import person_initials
from redact.review.model import subject_key
from redact.types import Finding, Rect, Subject


def e164(text: str) -> str:
    """A phone number in E.164 form: "070-174 06 77", "0046 70 174 06 77" and "+46 (0)70 174 06 77" are all
    "+46701740677"; a foreign one keeps its country code ("0047 22 33 44 55" -> "+4722334455")."""
    s = text.replace("(0)", "").strip()
    digits = re.sub(r"\D", "", s)
    if s.startswith("+"):
        intl = digits
    elif digits.startswith("00"):
        intl = digits[2:]
    elif digits.startswith("0"):
        intl = "46" + digits[1:]
    else:
        intl = digits  # already with its country code ("46 70 …") or a local number: kept as written
    if intl.startswith("460"):  # "+46 070 …": the trunk zero written after the country code
        intl = "46" + intl[3:]
    return "+" + intl


def _name_tokens(label: str) -> list[str]:
    return [t for t in re.split(r"[\s\-]+", without_accents(label)) if t.isalpha()]


def _spellings(tokens: list[str]) -> set[str]:
    """Local parts that spell a name: first.last, first_last, first-last, firstlast, f.last, flast, last.first."""
    if len(tokens) < 2:
        return set()
    first, last = tokens[0], tokens[-1]
    forms = {first + sep + last for sep in (".", "_", "-", "")}
    forms |= {first[0] + sep + last for sep in (".", "_", "-", "")}
    forms |= {last + sep + first for sep in (".", "_", "-")}
    full = tokens
    forms |= {sep.join(full) for sep in (".", "_", "-")}
    return forms


def person_for_email(email: str, persons: Iterable[str]) -> str | None:
    """The one person label whose name the e-mail's local part spells, else None (none, or more than one)."""
    local = without_accents(normalize_email(email).partition("@")[0])
    local = re.sub(r"\d+$", "", local)  # "anna.svensson2"
    hits = {p for p in persons if local in _spellings(_name_tokens(p))}
    return next(iter(hits)) if len(hits) == 1 else None


def person_for_initials(initials: str, persons: Iterable[str]) -> str | None:
    """The one person label whose initials these are ("MS", "M.S." for Mikael Sjöberg), else None."""
    written = initials.strip()
    if any(c.isspace() for c in written) or len(written) > 8 or sum(c.isupper() for c in written) < 2:
        return None  # initials have two capitals at least ("MS", "M.S.", "AvH"); "Ove" is a name
    key = written.replace(".", "")
    hits = {p for p in persons if len(_name_tokens(p)) >= 2 and key in person_initials(p)}
    return next(iter(hits)) if len(hits) == 1 else None


#: The categories that join the person named on their line or just above them.
CONTACT_CATEGORIES = ("ADDRESS", "PHONE", "EMAIL")
#: How many lines under the name (or under the block's last line) contact data may follow.
CONTACT_LINES = 2


#: Words that may stand between a name and its contact data on a line ("Mikael Sjöberg, tel. 070-…",
#: "E-post: …", "Telefon 070-… eller 073-…", "Anna Svensson bor på Storgatan 12"). Any other word ("Kopia
#: till …", "träffade Per på …") ends the contact block.
CONTACT_WORDS = frozenset({
    "adress", "adr", "postadress", "bostadsadress", "hemadress", "gatuadress", "besöksadress", "folkbokföringsadress",
    "utdelningsadress", "c/o", "co", "tel", "telefon", "telefonnummer", "telnr", "tfn", "mobil", "mobilnummer", "mobiltelefon",
    "mobiltel", "hem", "hemma", "arbete", "arb", "bostad", "privat", "direkt", "e-post", "epost", "e-mail", "email", "mejl",
    "mail", "och", "eller", "samt", "nr", "bor", "boende", "folkbokförd", "på", "i", "med",
})


@dataclass(frozen=True)
class Placed:
    """A finding as grouping sees it: its page, its boxes as displayed and whether it is proposed for masking."""

    page: int
    rects: tuple[Rect, ...]
    category: str
    masked: bool


@dataclass(frozen=True)
class Layout:
    """A page's text as displayed: its lines top to bottom (y bands) and its words with their boxes."""

    bands: tuple[tuple[float, float], ...] = ()
    words: tuple[tuple[Rect, str], ...] = ()


def page_layout(words: Iterable[tuple[Rect, str]]) -> Layout:
    """The lines of a page from its words: the cells of one table row are one line."""
    words = tuple(words)
    bands: list[list[float]] = []
    for y0, y1 in sorted(((r[1], r[3]) for r, _ in words)):
        mid = (y0 + y1) / 2
        if bands and (bands[-1][0] <= mid <= bands[-1][1] or y0 <= (bands[-1][0] + bands[-1][1]) / 2 <= y1):
            bands[-1][0], bands[-1][1] = min(bands[-1][0], y0), max(bands[-1][1], y1)
        else:
            bands.append([y0, y1])
    return Layout(tuple((a, b) for a, b in bands), words)


def _line_of(rect: Rect, bands: Sequence[tuple[float, float]], pitch: float) -> int:
    mid = (rect[1] + rect[3]) / 2
    if not bands:  # a page without a text layer (a scan): lines estimated from the box heights
        return round(mid / pitch)
    for i, (a, b) in enumerate(bands):
        if a <= mid <= b:
            return i
    return min(range(len(bands)), key=lambda i: abs((bands[i][0] + bands[i][1]) / 2 - mid))


def _only_contact_words(lead: Iterable[str]) -> bool:
    for word in lead:
        w = word.strip(".,:;()[]–-/|*").casefold()
        if w and w not in CONTACT_WORDS:
            return False
    return True


def contact_owners(
    found: Sequence[Placed],
    owners: Mapping[int, str],
    layout: Callable[[int], Layout] | None = None,
) -> dict[int, str]:
    """The person each address, phone number or e-mail address belongs to by its place on the page.

    ``found`` are a document's findings, ``owners`` the person key of those that already belong to a person
    (the name, its initials, an e-mail that spells it), ``layout`` a page's lines and words (``page_layout``).
    Contact data joins the person named on its line (or table row) or on one of the two lines above it; each
    joined item extends the block, so "name / street / postcode / phone" is one person. It joins only when
    nothing but label words ("tel.", "E-post:") stand before it on its line, so "Kopia till anna@…" under a
    name stays apart. The nearest name wins; two people as near (a line naming both) join it to neither,
    nor does a person proposed for release take data proposed for masking (an official's name above a
    private address must never release the address). Returns finding index -> person key.
    """
    by_page: dict[int, list[int]] = {}
    for i, f in enumerate(found):
        if f.rects and (i in owners or f.category in CONTACT_CATEGORIES):
            by_page.setdefault(f.page, []).append(i)
    out: dict[int, str] = {}
    for page, idx in by_page.items():
        if not any(i in owners for i in idx) or all(i in owners for i in idx):
            continue
        lay = layout(page) if layout is not None else Layout()
        heights = sorted(r[3] - r[1] for i in idx for r in found[i].rects)
        pitch = max(1.0, 1.4 * heights[len(heights) // 2])
        line_of = {(i, k): _line_of(r, lay.bands, pitch) for i in idx for k, r in enumerate(found[i].rects)}
        first = {i: line_of[i, 0] for i in idx}
        last = {i: max(line_of[i, k] for k in range(len(found[i].rects))) for i in idx}

        def lead(i: int) -> list[str]:
            """The words on the item's first line between the finding before it (or the line's start) and it."""
            box = found[i].rects[0]
            mid = (box[1] + box[3]) / 2
            after = max((r[2] for j in idx if j != i for k, r in enumerate(found[j].rects)
                         if line_of[j, k] == first[i] and r[2] <= box[0] + 1), default=float("-inf"))
            return [w for r, w in lay.words if after - 1 <= (r[0] + r[2]) / 2 <= box[0] + 1
                    and r[2] <= box[0] + 1 and r[1] <= mid <= r[3]]

        anchors = [(first[i], last[i], owners[i], found[i].masked) for i in idx if i in owners]
        for i in sorted((i for i in idx if i not in owners), key=lambda i: (first[i], found[i].rects[0][0])):
            top = first[i]
            near = [(max(0, top - end), who, masked) for start, end, who, masked in anchors
                    if start <= top and top - end <= CONTACT_LINES]
            if not near:
                continue
            best = min(d for d, _, _ in near)
            who = {w for d, w, _ in near if d == best}
            if len(who) != 1 or (found[i].masked and not all(m for d, _, m in near if d == best)):
                continue
            if not _only_contact_words(lead(i)):
                continue
            person = next(iter(who))
            out[i] = person
            anchors.append((top, last[i], person, found[i].masked))
    return out


def subject_keys(stored: Path, pages: Sequence[tuple[int, float, float, int, str]], findings: Sequence[Finding],
             subjects: Mapping[str, Subject], known: Iterable[str] = ()) -> list[tuple[str, str, str]]:
    """Each finding's review subject as (key, label, category): one person, one decision, with their initials,
    e-mail, phone numbers and address; a phone number is one item in any format.

    ``stored`` is the document, ``pages`` its page geometry rows (number, width, height, rotation, matrix),
    ``subjects`` detection's subjects by id and ``known`` the persons already in the case.
    """
    persons = {s.label for s in subjects.values() if s.category == "PERSON"}
    persons |= {f.text for f in findings if f.category == "PERSON" and not f.subject}
    persons |= set(known)
    out: list[tuple[str, str, str]] = []
    owners: dict[int, str] = {}
    for i, f in enumerate(findings):
        s = subjects.get(f.subject or "")
        label = s.label if s is not None else f.text
        category = s.category if s is not None else f.category
        key = subject_key(category, label)
        if f.category == "EMAIL":
            owner = person_for_email(f.text, persons)
        elif category == "PERSON":
            owner = person_for_initials(label, persons)
        else:
            owner = None
        if owner is not None:
            label, category, key = owner, "PERSON", subject_key("PERSON", owner)
        elif f.category == "PHONE" and category == "PHONE":
            key = subject_key("PHONE", e164(f.text))
        out.append((key, label, category))
        if category == "PERSON":
            owners[i] = key
    # Contact data beside a name joins the person; the same address or number elsewhere in the document follows.
    matrices = {n: pymupdf.Matrix(*json.loads(m)) for n, _, _, _, m in pages}
    placed = [Placed(f.page, tuple(_display(r, matrices.get(f.page)) for r in f.rects), f.category, f.status != "rejected")
              for f in findings]
    with open_pdf(stored) as doc:
        joined = contact_owners(placed, owners, lambda n: _page_layout(doc[n - 1], matrices.get(n)))
    label_of = {key: label for key, label, category in out if category == "PERSON"}
    follow: dict[str, set[str]] = {}
    for i, person in joined.items():
        follow.setdefault(out[i][0], set()).add(person)
    for i, (key, label, category) in enumerate(out):
        person = joined.get(i) or (next(iter(follow[key])) if len(follow.get(key, ())) == 1 else None)
        if person is not None and category != "PERSON":
            out[i] = (person, label_of[person], "PERSON")
    return out


def _display(rect: Rect, matrix: pymupdf.Matrix | None) -> Rect:
    """A box in the page's displayed orientation, where lines run left to right."""
    if matrix is None:
        return rect
    r = pymupdf.Rect(rect) * matrix
    r.normalize()
    return (r.x0, r.y0, r.x1, r.y1)


def _page_layout(page: pymupdf.Page, matrix: pymupdf.Matrix | None) -> Layout:
    """The words and lines of one page as displayed, for telling which line a finding is on (none on a scan)."""
    return page_layout((_display(tuple(w[:4]), matrix), w[4]) for w in page.get_text("words"))
