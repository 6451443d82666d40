"""A string detected once is masked wherever it occurs: other pages, genitive forms, name parts, initials."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from redact.ingest.pdf import reading_text
from redact.resolve.abbreviated_initials import find_abbreviated_initials
from redact.resolve.page_spans import spans_by_page
from redact.types import Finding

_GENITIVE = r"(?:s|'s|’s|'|’)?"
_WB_L = r"(?<![\w@.-])"
_WB_R = r"(?![\w@-])"

#: Words that can stand inside a detected name but are never masked on their own.
_NOT_A_NAME_PART = {
    "von", "af", "de", "del", "der", "van", "den", "la", "le", "di", "da", "al", "el", "bin", "ibn", "av",
    "och", "i", "på", "med", "för", "till", "som", "en", "ett", "är", "jr", "sr",
}

#: Upper-case abbreviations common in Swedish administrative text; never taken as initials
#: unless the document ties them to a name explicitly ("Anna Berg (AB)").
COMMON_ABBREVIATIONS = {
    "AB", "HB", "KB", "EU", "KS", "KF", "SN", "BN", "MN", "UN", "OSL", "LSS", "SOL", "LVU", "LVM", "HSL",
    "IT", "HR", "VD", "PM", "NN", "OK", "JA", "NEJ", "SMS", "PDF", "GDPR", "SKR", "SCB", "BBIC", "IVO",
    "FK", "AF", "TV", "USA", "MVH", "ANM", "NR", "ST", "ÄO", "SOU", "RF", "TF", "FL", "KL", "EKB",
    "MB", "PBL", "SFS", "ID", "BG", "PG", "SEK", "KR", "MOMS", "ORG", "CC", "BCC", "RE", "FW", "VB",
    # the countries English text abbreviates on every page ("the US market", "UK guidance")
    "US", "UK",
}

# A capital of any Latin script ("Ç", "Ş", "Đ", "Ł"), and the Bosnian, Croatian and Serbian digraphs
# that are one letter and so one initial ("Dženana Begić" -> "DžB", "Ljubica Nikolić" -> "LjN").
_UP = "[A-ZÅÄÖÉ" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper() and ch not in "ÅÄÖÉ") + "]"
_LETTER = rf"(?:{_UP}|D[žŽ]|[LN]j)"
_DIGRAPH = re.compile(r"D[žŽ](?=[a-zšđčćžäöüåéè])|[LN]j(?=[a-zšđčćžäöüåéè])")
_TIE_END = re.compile(rf"\(({_LETTER}{{2,3}}|(?:{_UP}\.){{2,3}}|{_UP}[a-z]{{1,3}}{_UP})\)")
# "SR", or with a dot after each letter ("S.R.", in English minutes).
# With a lowercase particle between ("AvH" for Axel von Hallwyl, "LdM"), matched only against
# the initials of a person of the document.
_INITIALS = re.compile(
    # a hyphenated surname keeps its hyphen ("T.H-B", "T.H.-B.", "TH-B" for Tiina Huttunen-Berg)
    r"(?<![\w.-])([A-ZÅÄÖÉ]\.[A-ZÅÄÖÉ]\.?-[A-ZÅÄÖÉ]\.?|[A-ZÅÄÖÉ]{2}-[A-ZÅÄÖÉ](?![\w-])|[A-ZÅÄÖÉ]\.-[A-ZÅÄÖÉ]\.(?:[A-ZÅÄÖÉ]\.){1,2}|[A-ZÅÄÖÉ]-[A-ZÅÄÖÉ]\.(?:[A-ZÅÄÖÉ]\.){1,2}|[A-ZÅÄÖÉ]-[A-ZÅÄÖÉ]{2}|[A-ZÅÄÖÉ]{2}[a-zåäö]|[A-ZÅÄÖÉ][a-zåäö][A-ZÅÄÖÉ][a-zåäö]|"
    + _LETTER + r"{2,3}|(?:" + _UP + r"\.){2,3}|"
    # dotted with the surname's second letter ("E.Gr.", "A.-K.Ny.")
    r"(?:[A-ZÅÄÖÉ]\.-?){1,2}[A-ZÅÄÖÉ][a-zåäö]{1,2}\.|"
    # small letters with dots, as some sign ("m.s.", "e.w."): taken only after a verb of signing
    r"(?:[a-zåäö]\.){2,3}(?![a-zåäö])|"
    r"(?:[A-ZÅÄÖÉ]\.?[a-z]{1,3}\.?[A-ZÅÄÖÉ]\.?))(?![\w-])"
)
# Small dotted letters that are abbreviations, never someone's initials ("m.m.", "t.ex.", "s.k.").
_LOWER_ABBREVIATIONS = frozenset({
    "mm", "sk", "tex", "dvs", "osv", "pga", "ed", "fd", "tom", "from", "fn", "iom", "mfl", "ca", "ev", "resp", "ie",
    "eg", "am", "pm", "nb", "ps", "os", "dy", "ff", "vg", "vv", "st", "kl", "nr", "bl", "ex", "tf", "mn", "ang",
})


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def genitive_fits(name: str, ending: str) -> bool:
    """False for an upper-case "S" after a name not written in capitals: "Lee SS" is another name than "Lee S"'s."""
    return not ("S" in ending and not name.isupper())


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


def _name_parts(name: str) -> list[str]:
    parts = []
    for token in re.split(r"\s+", name.strip()):
        token = token.strip(".,;:()[]\"'").rstrip("-")  # "El-" broken at a line end is no part of its own
        if len(token) < 2 or token.casefold() in _NOT_A_NAME_PART or not token[0].isupper():
            continue
        if token.isupper() and token in COMMON_ABBREVIATIONS:
            continue  # "HR Vera Nyström" read as one name must not spread "HR" over every page
        parts.append(token)
    return parts


#: English words after a sentence-opening verb or modal ("Will you", "May we", "Hope to"): there a
#: name that is also a word ("Will", "May", "Hope") is the word, and its copies must not spread to it.
_QUESTION_NEXT = frozenset(
    {"you", "we", "they", "he", "she", "it", "this", "these", "there", "to", "your", "our", "not"}
)
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def _opens_question(text: str, start: int, end: int) -> bool:
    """A word opening a sentence before an English pronoun: "Will you send it?", "Hope to hear from you"."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or nxt.group(1) not in _QUESTION_NEXT:
        return False
    before = text[max(0, start - 40):start].rstrip(" \t\"'“(")
    return not before or before[-1] in ".!?:\n"


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


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
        if f.category == "PERSON":
            name_parts = _name_parts(f.text)
            spread = len(name_parts) >= 2
            if spread and any(c.isdigit() for c in f.text):
                # a name read together with its address ("c/o Farah, Åsgatan 3 B, 684 31 Lindås"): only the
                # name spreads, not the street or the town ("Lindås kommun" elsewhere is no one's name)
                name_parts = _name_parts(_ADDRESS_START.split(f.text, 1)[0])
            if spread and name_parts:
                for p in name_parts:
                    parts.setdefault(p, f)
                base = _genitive_base(name_parts[-1], known, page_texts)
                if base:
                    parts.setdefault(base, f)
    new: list[Finding] = []
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
        more = {p: f for f in fresh.values() for p in _name_parts(f.text) if len(_name_parts(f.text)) >= 2 and p not in parts}
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
    if source:
        alternation = _grouped_alternation((f.text.strip() for f in source.values()), True, re.IGNORECASE)
        patterns.append((re.compile(_WB_L + "(" + alternation + ")" + _GENITIVE + _WB_R, re.IGNORECASE), source, False))
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
                if _covered(spans, start, end) or not genitive_fits(m.group(1), m.group(0)[len(m.group(1)):]):
                    continue
                origin_finding = lookup.get(_norm(m.group(1)))
                if origin_finding is None:
                    continue
                if (is_part or _single_capitalised(origin_finding.text)) and not m.group(1)[:1].isupper():
                    continue
                if (is_part or _single_capitalised(origin_finding.text)) and _opens_question(text, m.start(), m.end()):
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


def person_initials(name: str) -> set[str]:
    """Plausible initials of a full name: first+last, and every part ("Anna-Karin Berg" -> AKB, AB)."""
    words = [t.strip(".,;:()") for t in re.split(r"[\s]+", name.strip())]
    words = [t for t in words if t and t.casefold() not in ("och", "i", "på", "med", "för", "till", "som", "en", "ett", "är", "jr", "sr")]
    tokens = [t for t in words if t.casefold() not in _NOT_A_NAME_PART]
    if len(tokens) < 2:
        return set()
    letters = [t[0].upper() for t in tokens if t[0].isalpha()]
    out = {letters[0] + letters[-1], "".join(letters)} if len(letters) >= 2 else set()
    first_sub = [s[0].upper() for s in tokens[0].split("-") if s]
    if len(first_sub) > 1:
        out.add("".join(first_sub) + letters[-1])
    out = {o for o in out if 2 <= len(o) <= 3}
    # the surname's first two letters ("Päivi Kärkkäinen" -> "PKä"); a hyphenated first name keeps its
    # hyphen ("Eva-Lena Brandt" -> "E-LB")
    last = tokens[-1]
    if len(last) >= 2 and last[0].isalpha() and last[1].isalpha() and tokens[0][:1].isalpha():
        out.add(tokens[0][0].upper() + last[0].upper() + last[1].lower())
        first = tokens[0]
        if len(first) >= 2 and first[1].isalpha() and "-" not in first:
            # two letters of each ("Maria Wiklund" -> "MaWi"), or of the first name only ("Jonas Berg" -> "JoB")
            out.add(first[0].upper() + first[1].lower() + last[0].upper() + last[1].lower())
            out.add(first[0].upper() + first[1].lower() + last[0].upper())
        # two capitals and one later letter of the surname ("Gösta Hellman" -> "GHn", "GHl"): some
        # authorities sign with the surname's last or a distinctive letter
        for c in set(last[2:].lower()):
            if c.isalpha():
                out.add(tokens[0][0].upper() + last[0].upper() + c)
    if len(first_sub) == 2:
        out.add(first_sub[0] + "-" + first_sub[1] + letters[-1])
    # a hyphenated surname: each part's letter, with or without its hyphen ("Tiina Huttunen-Berg" -> THB, TH-B)
    last_sub = [s[0].upper() for s in tokens[-1].split("-") if s and s[0].isalpha()]
    if len(last_sub) == 2 and tokens[0][:1].isalpha():
        out.update({tokens[0][0].upper() + "".join(last_sub), tokens[0][0].upper() + last_sub[0] + "-" + last_sub[1]})
    # a particle keeps its lowercase letters: "Axel von Hallwyl" -> "AvH", "Lina de Mora" -> "LdM"
    # a digraph that is one letter of the alphabet is one initial ("Dženana Begić" -> "DžB")
    digraphs = [_DIGRAPH.match(t).group() if _DIGRAPH.match(t) else t[0].upper() for t in tokens if t[0].isalpha()]
    if len(digraphs) >= 2 and digraphs != letters:
        out.update({digraphs[0] + digraphs[-1], "".join(digraphs[:3])})
    particles = [t for t in words if t.casefold() in _NOT_A_NAME_PART and t[:1].islower()]
    if particles and words[0][:1].isupper() and words[-1][:1].isupper():
        first, last = words[0][0].upper(), words[-1][0].upper()
        for p in particles:
            out.add(first + p[0] + last)
    return out


def _initials_key(raw: str) -> str:
    """Initials as written, without dots: "B.N." -> "BN", "A.v.H." -> "AvH"."""
    return raw.replace(".", "")


_LIST_SEP = re.compile(r"[ \t]*(?:,|/|&|och)[ \t]*")


def _among_initials(text: str, m: re.Match[str], owners: dict[str, set[str]]) -> bool:
    """True when the initials stand in a list beside other people's initials ("HS, AF, KN"): there an
    abbreviation ("AF") is one more person's."""
    def person(n: re.Match[str] | None) -> bool:
        if n is None:
            return False
        key = _initials_key(n.group(1))
        return key not in COMMON_ABBREVIATIONS and len(owners.get(key, ())) == 1

    after = _LIST_SEP.match(text, m.end())
    if after and person(_INITIALS.match(text, after.end())):
        return True
    before = text[max(0, m.start() - 12):m.start()]
    sep = re.search(r"(?:,|/|&|och)[ \t]*$", before)
    if not sep:
        return False
    head = before[: sep.start()].rstrip()
    prev = list(_INITIALS.finditer(head))
    return bool(prev) and prev[-1].end() == len(head) and person(prev[-1])


# A verb of signing, approving or checking before initials on their line ("Godkänt: KLö",
# "granskat av RE", "Kontrollerad av revisionen: GW", "signeras av AW"): there they are a person's.
# The roles that sign minutes count the same ("Protokollförare: JL", "Sekr. HGÅ", "Justeras: PE, MKL").
_SIGNED_BEFORE = re.compile(
    r"(?i:\b(?:godkän|kontroller|granska|attest|signer|utanordna|registrer|fastställ|bokför|juster|upprätta|utfärda|rapporter|handlag|utför|"
    r"sign|ansvarig|ansv|beslut|verifier|protokollför|sekr|ordf|utdragsbestyrk|föredrag)[a-zåäö]*\.?)"
    # the date of signing may stand between ("Fastställt 2026-11-20 KT")
    r"(?:[ \t]+av(?:[ \t]+[a-zåäö]+){0,2}[ \t]*:|[ \t]+av|[ \t]*:|(?<=\.)|[ \t]+\d{4}-\d{2}-\d{2}[ \t]*:?)[ \t]*$"
)
# The noun of a signature right before the initials, without a colon ("Signatur KR", "sign. AB").
_SIGNATURE_NOUN_BEFORE = re.compile(r"(?i:\b(?:signatur|signum|sign\.?|initialer))[ \t]+$")
# Two capitals and a small letter ("JBe", "GHn") are no Swedish word nor abbreviation: initials
# wherever they stand, but for units and chemical formulas written the same way.
_MIXED_INITIALS = re.compile(r"[A-ZÅÄÖÉ]{2}[a-zåäö]")
_MIXED_NOT_INITIALS = frozenset({
    "MWh", "GWh", "TWh", "KWh", "MHz", "GHz", "THz", "KHz", "NOx", "SOx", "COx", "CHx", "PHd", "MBq", "GBq", "TBq",
    "HCl", "NaCl", "CCl", "DCs", "MSc", "BSc", "PhD",
})
# Between initials of one list ("PE, MKL", "KÖ / RaN"): the next initials sign as the first did.
_LIST_GAP = re.compile(r"[ \t]*(?:,|/|&|och)[ \t]*")
# Roles written in capitals after the same verbs ("Ansvarig: MAS", "godkänt av VC"): no one's initials.
_ROLE_ABBREVIATIONS = frozenset({"MAS", "MAR", "SSK", "USK", "VC", "EC", "SAS", "RC", "HSL", "FSK", "OSA"})
# Dotted capitals that are not a person's initials.
_DOTTED_NOT_INITIALS = frozenset({
    "PS", "NB", "OBS", "USA", "US", "UK", "OSV", "EU", "FN", "AB", "HB", "KB", "TEX", "ST", "NR", "VD", "TV", "CD", "DVD",
    "AM", "PM", "BA", "MA", "MD", "BSC", "MSC", "PHD", "RIP", "OK", "EG", "IE", "ETC",
})


def _signed(text: str, start: int, chain: tuple[int, int] = (-1, -1)) -> bool:
    """True when the initials at ``start`` follow a verb of signing or approving on their line, or
    follow, in a list, initials that do (``chain``: the span of the last such initials)."""
    if 0 <= chain[1] <= start and _LIST_GAP.fullmatch(text, chain[1], start):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return (_SIGNED_BEFORE.search(text, max(line_start, start - 60), start) is not None
            or _SIGNATURE_NOUN_BEFORE.search(text, max(line_start, start - 20), start) is not None)


def _mixed_case_initials(ini: str) -> bool:
    """True for initials written "JBe": two capitals and a small letter, no unit ("MWh"), genitive ("FNs") nor definite form ("TVn")."""
    if not _MIXED_INITIALS.fullmatch(ini) or ini in _MIXED_NOT_INITIALS:
        return False
    # "FNs", "KDs": an abbreviation's genitive; "TVn", "PMn": its definite form
    return not (ini.endswith("s") or ini[:2] in COMMON_ABBREVIATIONS)


def find_initials(findings: Sequence[Finding], page_texts: dict[int, str]) -> list[Finding]:
    """Initials that stand for a detected person: tied explicitly ("Anna Berg (AB)") or unique in the
    document; and initials that are someone's by their form or place ("T.M.", "granskat av RE"),
    also where the document names no one."""
    persons: dict[str, Finding] = {}
    for f in findings:
        if f.category == "PERSON" and f.status != "rejected" and len(_name_parts(f.text)) >= 2:
            persons.setdefault(_norm(f.text), f)
    explicit: dict[str, Finding] = {}
    owners: dict[str, set[str]] = {}
    # A tie ends in "(AB)": only pages that have one are searched for each person's name.
    tie_pages = [text for text in page_texts.values() if _TIE_END.search(text)]
    for key, f in persons.items():
        for ini in person_initials(f.text):
            owners.setdefault(ini, set()).add(key)
        if not tie_pages:
            continue
        tie = re.compile(re.escape(f.text.strip()).replace(r"\ ", r"\s+") + r"\s*" + _TIE_END.pattern)
        for text in tie_pages:
            for m in tie.finditer(text):
                explicit.setdefault(m.group(1).replace(".", ""), f)
    covered = spans_by_page(findings)
    new: list[Finding] = []
    for page, text in sorted(page_texts.items()):
        spans = covered.setdefault(page, [])
        chain = (-1, -1)  # the last initials taken after a verb of signing: a list goes on from them
        for m in _INITIALS.finditer(text):
            ini = _initials_key(m.group(1))
            signed = _signed(text, m.start(), chain)
            if ini.islower() and (not signed or ini in _LOWER_ABBREVIATIONS):
                continue  # "m.s." signs only after a verb of signing; elsewhere small dotted letters abbreviate
            # dotted or with a particle ("B.N.", "AvH") they are initials, never an abbreviation
            written_as_initials = "." in m.group(1) or not ini.isupper()
            if ini in explicit:
                origin, score, why = explicit[ini], 0.9, "initialer knutna till namnet"
            elif len(owners.get(ini, ())) == 1 and (written_as_initials or ini not in COMMON_ABBREVIATIONS
                                                   or _among_initials(text, m, owners)
                                                   or signed):
                origin, score, why = persons[next(iter(owners[ini]))], 0.6, "initialer för en person i dokumentet"
            elif ((written_as_initials and ini.isupper() and "." in m.group(1)
                   and ini.replace("-", "") not in _DOTTED_NOT_INITIALS)
                  or _mixed_case_initials(ini)
                  or (signed and (owners.get(ini) or (
                      ini not in COMMON_ABBREVIATIONS and ini not in _ROLE_ABBREVIATIONS)))):
                # dotted capitals ("T.M.", "L.-E.B.") are initials; so are initials signing or
                # approving ("granskat av RE"): a person's even when the document names no one so
                origin, score = None, 0.5
                why = ("initialer efter signering" if signed else
                       "initialer med punkter" if "." in m.group(1) else "initialer i blandad skrivning")
            else:
                continue
            if signed:
                chain = (m.start(), m.end())
            if _covered(spans, m.start(), m.end()):
                continue
            new.append(
                Finding(
                    id=f"p{page}-ini{len(new)}",
                    page=page,
                    start=m.start(),
                    end=m.end(),
                    text=m.group(1),
                    category="PERSON",
                    score=score,
                    detector="initials",
                    reason=f"{why} (sida {origin.page})" if origin is not None else why,
                    # resolved to a subject id by link; initials no single person has stand alone
                    subject=_norm(origin.text) if origin is not None and len(owners.get(ini, ())) <= 1 else None,
                )
            )
            spans.append((m.start(), m.end()))
    # hand-written forms ("sw", "vdB", "J-P.R") of the document's persons, where initials stand
    return new + find_abbreviated_initials([*findings, *new], page_texts)


__all__ = ["COMMON_ABBREVIATIONS", "find_initials", "genitive_fits", "person_initials", "propagate", "_strip_genitive"]
