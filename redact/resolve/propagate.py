"""A string detected once is masked wherever it occurs: other pages, genitive forms, name parts.

Initials that abbreviate a detected person are found in ``redact.resolve.person_initials``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace

from redact.detect.not_initials import COMMON_ABBREVIATIONS
from redact.ingest.pdf import reading_text
from redact.resolve.name_forms import GENITIVE, LEFT, RIGHT, counts, genitive_fits
from redact.resolve.streets import premises_before
from redact.types import Finding

_GENITIVE = GENITIVE
_WB_L = LEFT
_WB_R = RIGHT

#: Words that can stand inside a detected name but are never masked on their own.
_NOT_A_NAME_PART = {
    "von", "af", "de", "del", "der", "van", "den", "la", "le", "di", "da", "al", "el", "bin", "ibn", "av",
    "och", "i", "på", "med", "för", "till", "som", "en", "ett", "är", "jr", "sr",
}


# a home's street (or village) and number, then its postal code and town after a comma or a line end
_STREET_THEN_POSTCODE = re.compile(
    r"^(?P<street>[A-ZÅÄÖ][\wåäöé.-]{2,}(?:[ \t]+[\wåäöé.-]+){0,3}[ \t]+\d{1,5}(?:[ \t]?[A-Za-z](?![\w]))?)"
    r"(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*)\d{3}[ \u00a0]?\d\d[ \t]+[A-ZÅÄÖ]")


def street_before_postcode(address: str) -> str | None:
    """The street (or village) and number of an address written with its postal code ("Ryd 212\n551 97 Hagnäs" →
    "Ryd 212"); None for another shape."""
    m = _STREET_THEN_POSTCODE.match(address.strip())
    if m is None or m.group("street").split()[0].lower() in ("box", "postbox", "pl"):
        return None
    return m.group("street")


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def _strip_genitive(token: str, known: Collection[str]) -> str:
    for suffix in ("'s", "’s", "'", "’", "s"):
        if token.endswith(suffix) and token[: -len(suffix)] in known:
            return token[: -len(suffix)]
    return token


_WORD_ENDINGS = ("ande", "ende", "are", "het", "ning", "tion", "else", "skap", "ens", "ans")


def _genitive_base(last: str, known: Collection[str], page_texts: dict[int, str]) -> str | None:
    """The name a full name in the genitive ends in ("Chen Jiahuis" -> "Jiahui"): the word without its "s"
    when it is a listed name or stands alone, capitalised, elsewhere in the document; else None."""
    if len(last) < 5 or not last.endswith("s") or last[-2] in "sxz":
        return None
    base = last[:-1]
    if base in known:
        return base
    if base.lower().endswith(_WORD_ENDINGS):
        return None  # "Justerandes": a participle or a noun read into a name, no name of its own
    # mid-line, not opening a line or a sentence, where a label or any word is capitalised too
    word = re.compile(rf"(?<=[\w,;:)][ \t]){re.escape(base)}(?![\w-])")
    return base if any(base in t and word.search(t) for t in page_texts.values()) else None


# Where a name read together with its address ends: a comma, a line end or a digit.
_ADDRESS_START = re.compile(r"[,\n]|\d")


#: A footnote's number glued to the word before it ("Beckett.12 Donaldson"): no address starts there.
_FOOTNOTE = re.compile(r"(?<=[^\W\d_][.,;:’”\"])\d{1,3}(?=\s)")


def spread_parts(name: str) -> list[str]:
    """The parts of a full name that are masked (and counted by verification) on their own.

    A name read together with its address ("c/o Farah, Åsgatan 3 B, 684 31 Lindås") spreads only
    the name, not the street or the town ("Lindås kommun" elsewhere is no one's name); a footnote's
    number inside a name ("Thomas Beckett.12 Donaldson") starts no address.
    """
    # "Anders Jonsson i Myra": the farm after "i" tells namesakes apart, its words are a place's ("Myra byalag")
    parts = _name_parts(_FARM_AFTER_I.split(name, 1)[0])
    if len(parts) < 2 or _DESIGNATION.match(name):
        return []  # "Ekby Lia 1:96": a property's designation read as a name too, its words are a place's
    if any(c.isdigit() for c in name):
        before = _name_parts(_ADDRESS_START.split(_FOOTNOTE.sub(" ", name), 1)[0])
        # "Box 41, 686 93 Östra Lia": the postal box's word is no name
        return before[:-1] if before and before[-1].casefold() in _BOX_WORDS else before
    return parts


# A property's designation: the place's words, then the block and unit ("Ekby Lia 1:96", "Ekby Östra Lia 3:5"), no
# comma between (a name and its property are written "Anna Lind, Ekby 1:23")
_DESIGNATION = re.compile(r"^\s*[A-ZÅÄÖ][\w-]*(?:[ \t]+[\w-]+){0,3}[ \t]+\d{1,4}:\d{1,4}(?!\d)")
_BOX_WORDS = frozenset({"box", "postbox", "pl"})
_FARM_AFTER_I = re.compile(r"[ \t]+i[ \t]+(?=[A-ZÅÄÖÉ])")


_PARTICLE_SURNAME = re.compile(r"(?<!\S)((?:(?:af|al|de|del|della|den|der|di|da|du|el|la|le|ten|ter|van|von|zu)[ \t]+){1,2}"
                               r"[A-ZÅÄÖÉÜ\u00c0-\u00de\u0100-\u017f][\w'’-]+)")


def particle_surnames(name: str) -> list[str]:
    """The surname with its lower-case particle ("ter Horst" of Sanne ter Horst): alone in a cell or text it is
    written so, and a mask of "Horst" alone would leave the particle readable beside it."""
    if any(c.isdigit() for c in name):
        name = _ADDRESS_START.split(name, 1)[0]
    return [m.group(1).strip(".,;:()") for m in _PARTICLE_SURNAME.finditer(name) if m.start() > 0]


def _name_parts(name: str) -> list[str]:
    parts = []
    for token in re.split(r"\s+", name.strip()):
        # "El-" broken at a line end is no part of its own; a nickname in typographic quotes ('Karin ”Kajsa” Ek')
        # is a part as one in straight quotes is
        token = token.strip(".,;:()[]\"'”“„«»‘’").rstrip("-")
        if len(token) < 2 or token.casefold() in _NOT_A_NAME_PART or not token[0].isupper():
            continue
        if token.isupper() and token in COMMON_ABBREVIATIONS:
            continue  # "HR Vera Nyström" read as one name must not spread "HR" over every page
        parts.append(token)
    return parts


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _alternation(strings: Iterable[str], flexible_space: bool) -> str:
    alts = []
    for s in sorted(set(strings), key=lambda x: (-len(x), x)):
        esc = re.escape(s)
        if flexible_space:
            esc = re.sub(r"(\\ )+", r"\\s+", esc)
        alts.append(esc)
    return "|".join(alts)


def _grouped_alternation(strings: Iterable[str], flexible_space: bool, flags: int) -> str:
    """The same alternation as :func:`_alternation`, split into groups by first character.

    Python's regex engine tries every branch of a case-insensitive alternation at every
    word start, so one flat list of a document's names scans in time names x text. Each
    group here opens with a look-ahead on its first characters, so only the branches that
    can match are tried. Groups are classes of first characters that match each other
    under ``flags``, so at any position at most one group can match and the order of the
    branches inside it is the original order: the result is identical to the flat form.
    """
    ordered = sorted(set(strings), key=lambda x: (-len(x), x))
    firsts = list(dict.fromkeys(s[0] for s in ordered if s))
    rep = {c: c for c in firsts}

    def find(c: str) -> str:
        while rep[c] != c:
            c = rep[c]
        return c

    for i, a in enumerate(firsts):
        pa = re.compile(re.escape(a), flags)
        for b in firsts[i + 1 :]:
            if pa.fullmatch(b) or re.fullmatch(re.escape(b), a, flags):
                ra, rb = find(a), find(b)
                if ra != rb:
                    rep[rb] = ra
    groups: dict[str, list[str]] = {}
    for s in ordered:
        groups.setdefault(find(s[0]) if s else "", []).append(s)
    out = []
    for key, members in groups.items():
        body = _alternation(members, flexible_space)
        if not key:
            out.append(f"(?:{body})")
            continue
        chars = "".join(re.escape(c) for c in dict.fromkeys(m[0] for m in members))
        out.append(f"(?=[{chars}])(?:{body})")
    return "|".join(out)


def column_initials(f: Finding) -> bool:
    """Whether ``f`` is initials a column of initials holds ("LA" under "Handl."): they stand for a name only in
    capitals, as the initials found beside their names do (see ``find_initials``)."""
    letters = f.text.strip().replace(".", "")
    return (f.category == "PERSON" and f.detector == "initials_column" and 2 <= len(letters) <= 3
            and letters.isalpha() and letters.isupper())


def _single_capitalised(text: str) -> bool:
    t = text.strip()
    return " " not in t and t[:1].isupper()


#: Letters and digits a string needs before it is looked for in OCR text with loose separators.
MIN_OCR_CHARS = 4
#: Different letters and digits a string needs for that: fewer carry no text of their own.
MIN_OCR_DISTINCT = 3
#: Characters OCR may put between (or drop from between) the letters and digits of a string.
_OCR_GAP = r"[\W_]{0,3}"


def _ocr_key(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _ocr_pattern(strings: Iterable[str]) -> re.Pattern[str] | None:
    """Each string's letters and digits in order, with any few separators between them.

    OCR reads the same number or plate differently on two pages ("45 67 89-7" on one,
    "45 67-89-7" or "KLM.47P" on the next); the fresh OCR in verification compares the same way.
    """
    alts = []
    for s in sorted(set(strings), key=lambda x: (-len(x), x)):
        chars = [c for c in s if c.isalnum()]
        # Text in a font that cannot be read out often extracts as one letter over and over
        # ("aaaa@aaa-aaaaaa.aa"); loosely, that would match every run of the letter on the page.
        if len(chars) >= MIN_OCR_CHARS and len({c.casefold() for c in chars}) >= MIN_OCR_DISTINCT:
            alts.append(_OCR_GAP.join(re.escape(c) for c in chars))
    if not alts:
        return None
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alts) + r")(?![^\W_])", re.IGNORECASE)


def propagate(
    findings: Sequence[Finding],
    page_texts: dict[int, str],
    known_names: Collection[str] | None = None,
    min_single_score: float = 0.85,
    ocr_pages: Collection[int] = (),
    cover: Sequence[Finding] | None = None,
) -> list[Finding]:
    """New findings for every further occurrence of a detected string in the document.

    A one-word PERSON finding that is neither a known name (``known_names``) nor
    found with a high score is a guess; it spreads too (verification fails on any
    readable copy of a masked word), and its copies say so in their reason, for
    the reviewer who rejects a stray guess ("Beslut") once for all its copies.
    One-word names match only where they stand capitalised, so the name "Sten"
    does not take the noun "sten".
    On ``ocr_pages`` a string also matches with other separators between its letters
    and digits (numbers, plates, e-mail addresses, full names).
    A word broken by hyphenation at a line end ("Lind-" / "qvist") is matched as
    the whole word. ``cover``: the findings whose spans are already taken (default:
    ``findings``), for texts that are not the ones the findings' offsets refer to.
    """
    covered: dict[int, list[tuple[int, int]]] = {}
    for f in findings if cover is None else cover:
        if f.start is not None and f.end is not None:
            covered.setdefault(f.page, []).append((f.start, f.end))
    source: dict[str, Finding] = {}
    parts: dict[str, Finding] = {}
    # One set for the whole call: copying the name lists per finding was the cost of this function.
    known = known_names if isinstance(known_names, (set, frozenset)) else set(known_names or ())
    guesses: set[str] = set()
    particles: dict[str, Finding] = {}
    for f in findings:
        if f.start is None or not f.text.strip() or f.status == "rejected":
            continue
        if f.category == "PERSON" and " " not in f.text.strip() and f.detector != "initials":
            word = f.text.strip()
            base = _strip_genitive(word, known)
            if f.score < min_single_score and not (known_names and (word in known_names or base in known_names)):
                # Spread too: verification fails on any other readable copy of a masked word, so a
                # guess is masked everywhere or (by a reviewer's rejection) nowhere.
                guesses.add(_norm(f.text))
        if f.detector == "initials":
            continue  # initials are found by find_initials, with their own rules
        key = _norm(f.text)
        if key not in source or f.score > source[key].score:
            source[key] = f
        if f.category == "ADDRESS" and (street := street_before_postcode(f.text)):
            # "Ryd 212" / "551 97 Hagnäs" in a letter's window, then "på Ryd 212" in its text: the street and number
            # alone are the same home
            source.setdefault(_norm(street), replace(f, text=street))
        if f.category == "PERSON":
            spread = len(_name_parts(f.text)) >= 2
            name_parts = spread_parts(f.text)
            if spread and name_parts:
                for p in name_parts:
                    parts.setdefault(p, f)
                for p in particle_surnames(f.text):
                    particles.setdefault(p, f)
                base = _genitive_base(name_parts[-1], known, page_texts)
                if base:
                    parts.setdefault(base, f)
    new: list[Finding] = []
    _spread_particle_surnames(particles, page_texts, covered, new)
    _spread(source, parts, guesses, page_texts, covered, new, ocr_pages)
    # Names that stand next to each other are one mask once merged ("Copyright" and "Law", parts of two
    # names, become "Copyright Law"), and verification looks for a mask of several words in any case, as
    # it must for "anna berg" written in lower case. So such a joined name is spread in any case too:
    # every form the check counts is masked. Joins of joins are rare; a few rounds settle them.
    # The same holds for a copy that reads otherwise than its source: with a genitive, as OCR read it
    # ("RealTime" for "Real Time"); verification looks for its text, and for its parts, as for any mask.
    people = [f for f in (findings if cover is None else cover) if f.category == "PERSON" and f.status != "rejected"]
    # A one-word name that OCR split ("Väx el") stays a one-word name: it is not looked for in lower case.
    split_words = {_ocr_key(f.text) for f in source.values() if f.category == "PERSON" and " " not in f.text.strip()}
    for _ in range(MAX_JOIN_ROUNDS):
        fresh = _joined_names([*people, *new], page_texts, source)
        for f in new:
            key = _norm(f.text)
            if (f.category == "PERSON" and key not in source and key not in fresh
                    and not (" " in key and _ocr_key(f.text) in split_words)):
                fresh[key] = f
        more = {p: f for f in fresh.values() for p in spread_parts(f.text) if p not in parts}
        if not fresh and not more:
            break
        source.update(fresh)
        parts.update(more)
        _spread(fresh, more, guesses, page_texts, covered, new, ocr_pages)
    return new


#: How many times names joined by merging are spread (each round may join more).
MAX_JOIN_ROUNDS = 3
_JOIN_GAP = re.compile(r"[ \t-]{0,2}")


def _joined_names(people: Sequence[Finding], page_texts: dict[int, str], known: dict[str, Finding]) -> dict[str, Finding]:
    """Texts of several words that merging the PERSON findings will make and that are no spread string yet.

    Findings overlap or touch with at most two spaces or a hyphen between, as ``redact.resolve.merge`` joins them.
    """
    by_page: dict[int, list[Finding]] = {}
    for f in people:
        if f.category == "PERSON" and f.start is not None and f.end is not None and f.page in page_texts:
            by_page.setdefault(f.page, []).append(f)
    out: dict[str, Finding] = {}
    for page, items in by_page.items():
        text = page_texts[page]
        items.sort(key=lambda f: (f.start, f.end))
        run = [items[0]]
        end = items[0].end
        for f in [*items[1:], None]:
            if f is not None and (f.start < end or (_JOIN_GAP.fullmatch(text, end, f.start) is not None)):
                run.append(f)
                end = max(end, f.end)
                continue
            if len(run) > 1:
                start = min(r.start for r in run)
                joined = text[start:end]
                key = _norm(joined)
                if " " in key and key not in known and key not in out:
                    best = max(run, key=lambda r: r.score)
                    out[key] = best.with_(page=page, start=start, end=end, text=joined)
            if f is not None:
                run, end = [f], f.end
    return out


def _spread(
    source: dict[str, Finding], parts: dict[str, Finding], guesses: set[str], page_texts: dict[int, str],
    covered: dict[int, list[tuple[int, int]]], new: list[Finding], ocr_pages: Collection[int],
) -> None:
    """Append to ``new`` a copy of ``source``'s strings and ``parts`` wherever they stand uncovered."""
    patterns: list[tuple[re.Pattern[str], dict[str, Finding], bool]] = []
    # identifiers of letters and digits on their own, after the rest: a name guessed around an identifier's
    # letters ("Ärende KB" of "Ärende KB 2031:14") would take the match and leave the digits readable; a longer
    # text holding one (an address with its flat's "lgh 1102") is copied whole first
    ids = {k: f for k, f in source.items() if _identifier(f)}
    # (the rules' identifiers before the tagger's: a tagged span that took a word in and cut the code short
    # ("Avläsning MV 4410 2287" of "MV 4410 2287 C") would otherwise take the match from the rules' code's copy)
    model_ids = {k: f for k, f in ids.items() if f.detector == "learned_spans"}
    rule_ids = {k: f for k, f in ids.items() if k not in model_ids}
    for group in ({k: f for k, f in source.items() if k not in ids}, rule_ids, model_ids):
        if group:
            alternation = _grouped_alternation((f.text.strip() for f in group.values()), True, re.IGNORECASE)
            patterns.append((re.compile(_WB_L + "(" + alternation + ")" + _GENITIVE + _WB_R, re.IGNORECASE), group,
                             False))
    if parts:
        alternation = _grouped_alternation(parts, False, re.IGNORECASE)
        patterns.append((re.compile(_WB_L + "(" + alternation + ")" + _GENITIVE + _WB_R, re.IGNORECASE), {_norm(k): v for k, v in parts.items()}, True))
    loose = {_ocr_key(f.text): f for f in source.values() if f.category != "PERSON" or " " in f.text.strip()}
    ocr_pattern = _ocr_pattern(f.text for f in loose.values()) if ocr_pages and loose else None
    # A one-word name as OCR may split it ("Väx el"); the fresh OCR in verification glues such pieces
    # again, so what it would read as the name is masked. Only where it stands capitalised, as the name.
    loose_words = {_ocr_key(f.text): f for f in source.values()
                   if f.category == "PERSON" and _single_capitalised(f.text) and _ocr_key(f.text) not in loose}
    word_pattern = _ocr_pattern(f.text for f in loose_words.values()) if ocr_pages and loose_words else None
    for page, original in sorted(page_texts.items()):
        spans = covered.setdefault(page, [])
        joined = reading_text(original)
        text, origin = joined if joined is not None else (original, None)

        def at(m: re.Match[str], group: int = 0) -> tuple[int, int]:
            """The match's offsets in the page's own text."""
            if origin is None:
                return m.start(group), m.end(group)
            return origin[m.start(group)], origin[m.end(group) - 1] + 1

        for pattern, lookup, is_part in patterns:
            for m in pattern.finditer(text):
                start, end = at(m)
                if not genitive_fits(m.group(1), m.group(0)[len(m.group(1)):]):
                    continue
                origin_finding = lookup.get(_norm(m.group(1)))
                is_id = lookup is rule_ids or lookup is model_ids
                if origin_finding is None or (_inside(spans, start, end) if is_id else _covered(spans, start, end)):
                    continue  # an identifier's copy is masked whole though a guessed name covers a part of it
                if not is_part and column_initials(origin_finding) and not m.group(1).isupper():
                    continue  # "LA" in an initials column: the Italian "La" opening a sentence is no copy
                if (origin_finding.category == "ADDRESS" and not any(c.isdigit() for c in m.group(1))
                        and premises_before(original, start)):
                    continue  # "Tvätthallen på Vasagatan": a bare street after the premises it holds (see streets)
                if is_id and _two_whole_lines(original, start, end):
                    continue
                # the same test verification makes (redact.resolve.name_forms): what it counts is masked here
                if not counts(text, m.start(), m.end(), is_part or _single_capitalised(origin_finding.text)):
                    continue
                how = "namndel" if is_part else (
                    "samma text som en osäker gissning" if _norm(m.group(1)) in guesses else "samma text"
                )
                new.append(_copy(origin_finding, page, start, end, m.group(0), len(new), 0.6 if is_part else 0.9, how))
                spans.append((start, end))
        # After the exact forms (with their genitives): what OCR read differently.
        if ocr_pattern is not None and page in ocr_pages:
            for m in ocr_pattern.finditer(text):
                origin_finding = loose.get(_ocr_key(m.group(0)))
                start, end = at(m)
                if origin_finding is None or _covered(spans, start, end):
                    continue
                new.append(_copy(origin_finding, page, start, end, m.group(0), len(new), 0.9, "samma text (textigenkänning)"))
                spans.append((start, end))
        if word_pattern is not None and page in ocr_pages:
            for m in word_pattern.finditer(text):
                origin_finding = loose_words.get(_ocr_key(m.group(0)))
                start, end = at(m)
                if origin_finding is None or _covered(spans, start, end) or not m.group(0)[:1].isupper():
                    continue
                how = "samma text som en osäker gissning" if _norm(origin_finding.text) in guesses else "samma text"
                new.append(_copy(origin_finding, page, start, end, m.group(0), len(new), 0.9, how + " (textigenkänning)"))
                spans.append((start, end))


def _spread_particle_surnames(
    particles: dict[str, Finding], page_texts: dict[int, str], covered: dict[int, list[tuple[int, int]]],
    new: list[Finding],
) -> None:
    """Append to ``new`` each occurrence of a surname with its particle ("ter Horst") whose particle no finding holds,
    though the surname may be found already (as a first name "Horst", say): the mask then takes in the particle."""
    if not particles:
        return
    alternation = "|".join(re.escape(p).replace(r"\ ", r"[ \t]+") for p in sorted(particles, key=len, reverse=True))
    pattern = re.compile(r"(?<![\w-])(" + alternation + r")" + _GENITIVE + r"(?![\w-])")
    for page, text in sorted(page_texts.items()):
        spans = covered.setdefault(page, [])
        for m in pattern.finditer(text):
            particle_end = m.start() + len(m.group(1).split()[0])
            if _covered(spans, m.start(), particle_end) or not genitive_fits(m.group(1), m.group(0)[len(m.group(1)):]):
                continue
            origin = particles[" ".join(m.group(1).split())]
            new.append(_copy(origin, page, m.start(), m.end(), m.group(0), len(new), 0.9, "efternamn med partikel"))
            spans.append((m.start(), m.end()))


def _two_whole_lines(text: str, start: int, end: int) -> bool:
    """True when ``start``..``end`` fills two lines or more from their start to their end: a table's cells read one a
    line ("ePropulsion Navy 6.0" / "EP6E44182207", a model's cell and a serial's), no one identifier run across a line
    end, which goes on or begins mid-line in a sentence."""
    line, stop = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    return ("\n" in text[start:end] and not text[line:start].strip()
            and not text[end:len(text) if stop < 0 else stop].strip())


def _identifier(f: Finding) -> bool:
    """True for an identifier of letters and digits in parts ("KB 2031:14"), a name's letters may stand beside, or a
    date of birth written so ("9 Dalw 1366"), whose month a tagger may read as a home's street."""
    # (or joined by a colon, as a register writes its series and serial: "KTR:5512:07", whose figures a shorter
    # finding may hold; or by a number sign, whose series' capitals before it read as initials: "KB#31-2207-01")
    return (f.category in ("ID_NUMBER", "DATE_OF_BIRTH") and any(ch.isdigit() for ch in f.text)
            and (" " in f.text.strip() or re.search(r"\w[:#]\w", f.text) is not None))


def _copy(origin: Finding, page: int, start: int, end: int, text: str, n: int, max_score: float, how: str) -> Finding:
    """A finding for a further occurrence (``start``..``end``, reading ``text``) of ``origin``'s text on ``page``."""
    return Finding(
        id=f"p{page}-prop{n}",
        page=page,
        start=start,
        end=end,
        text=text,
        category=origin.category,
        score=round(min(origin.score, max_score), 3),
        detector="propagate",
        reason=f"{how} som fynd på sida {origin.page}",
        legal_ground=origin.legal_ground,
    )


__all__ = ["genitive_fits", "propagate", "spread_parts", "_strip_genitive"]
