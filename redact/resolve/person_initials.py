"""Initials that abbreviate a detected person: "KT", "B.N.", "AvH", "T.H-B", in signature lines, columns and lists."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

from redact.detect.era_marks import era_mark
from redact.detect.company_forms import inside_company_form
from redact.detect.first_chars import compile_scanning, compiled
from redact.detect.initials_shapes import ABBREVIATED_PARTICLE, NOT_CAMEL
from redact.detect.defined_codes import defined_codes
from redact.detect.id_label_prefixes import label_before_number
from redact.detect.law_references import law_reference
from redact.detect.place_country_codes import place_code_cells
from redact.detect.not_initials import (
    COMMON_ABBREVIATIONS, DOTTED_NOT_INITIALS, PARTIES, ROLE_ABBREVIATIONS, state_before_identity_word,
)
from redact.resolve.abbreviated_initials import find_abbreviated_initials
from redact.resolve.page_spans import spans_by_page
from redact.resolve.propagate import _NOT_A_NAME_PART, _covered, _name_parts, _norm
from redact.types import Finding

# A capital of any Latin script ("Ç", "Ş", "Đ", "Ł"), and the Bosnian, Croatian and Serbian digraphs
# that are one letter and so one initial ("Dženana Begić" -> "DžB", "Ljubica Nikolić" -> "LjN").
_UP = "[A-ZÅÄÖÉ" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper() and ch not in "ÅÄÖÉ") + "]"
_LETTER = rf"(?:{_UP}|D[žŽ]|[LN]j)"
_DIGRAPH = re.compile(r"D[žŽ](?=[a-zšđčćžäöüåéè])|[LN]j(?=[a-zšđčćžäöüåéè])")
_TIE_END = compiled(rf"\(({_LETTER}{{2,3}}|(?:{_UP}\.){{2,3}}|{_UP}[a-z]{{1,3}}{_UP})\)")
# "SR", or with a dot after each letter ("S.R.", in English minutes).
# With a lowercase particle between ("AvH" for Axel von Hallwyl, "LdM"), matched only against
# the initials of a person of the document.
# Dotted initials in a shape no abbreviation has: "A.Al-B." (the hyphenated surname's first part by its particle or
# two letters), "Ch.W.", "Ka.Ö." (a first name's two letters, as Charlotte or Karin sign), "P.von T.", "B.af K." (a
# surname's particle between, with a space). Each ends in the surname's dotted capital: initials wherever they stand.
# (or the particle cut to its small initials, dotted or joined to the surname's capital: "M.dS.", "A-K.a.W.")
# (or after two first names' initials: "B.L.af.E.", "E.O.vH.")
_PARTICULAR_DOTTED = re.compile(
    r"[A-ZÅÄÖÉ]\.[A-ZÅÄÖÉ][a-zåäö]{1,2}-[A-ZÅÄÖÉ]\.|[A-ZÅÄÖÉ][a-zåäö]\.(?:[A-ZÅÄÖÉ]\.){1,2}|"
    r"[A-ZÅÄÖÉ]\.[ \t]?(?:af|von|van|de|der|den|da|du|la|le|zu)[ \t][A-ZÅÄÖÉ]\.|"
    rf"[A-ZÅÄÖÉ](?:\.|\.?-[A-ZÅÄÖÉ]\.){ABBREVIATED_PARTICLE}\.?[A-ZÅÄÖÉ]\.|"
    # two first names' dotted initials before the particle, whole or cut, and the surname's ("B.L.af.E.", "E.O.vH.")
    rf"(?:[A-ZÅÄÖÉ]\.){{2}}(?:af|von|van|de|der|den|da|du|la|le|zu|{ABBREVIATED_PARTICLE})\.?[A-ZÅÄÖÉ]\."
)
_INITIALS = compile_scanning(
    # a hyphenated surname keeps its hyphen ("T.H-B", "T.H.-B.", "TH-B" for Tiina Huttunen-Berg)
    r"(?<![\w.-])([A-ZÅÄÖÉ]\.[A-ZÅÄÖÉ]\.?-[A-ZÅÄÖÉ]\.?|[A-ZÅÄÖÉ]{2}-[A-ZÅÄÖÉ](?![\w-])|[A-ZÅÄÖÉ]\.-[A-ZÅÄÖÉ]\.(?:[A-ZÅÄÖÉ]\.){1,2}|[A-ZÅÄÖÉ]-[A-ZÅÄÖÉ]\.(?:[A-ZÅÄÖÉ]\.){1,2}|[A-ZÅÄÖÉ]-[A-ZÅÄÖÉ]{2}|[A-ZÅÄÖÉ]{2}[a-zåäö]|[A-ZÅÄÖÉ][a-zåäö][A-ZÅÄÖÉ][a-zåäö]|"
    + _LETTER + r"{2,4}|(?:" + _UP + r"\.){2,3}|"
    # dotted with the surname's second letter ("E.Gr.", "A.-K.Ny.")
    r"(?:[A-ZÅÄÖÉ]\.-?){1,2}[A-ZÅÄÖÉ][a-zåäö]{1,2}\.|"
    # dotted shapes only initials have (see _PARTICULAR_DOTTED): a hyphenated surname led by its particle or two
    # letters ("A.Al-B."), a first name's two letters ("Ch.W."), a particle and a space ("P.von T.")
    + _PARTICULAR_DOTTED.pattern + r"|"
    # a particle after three capitals ("MKBv" for a name ending in "van ...")
    r"[A-ZÅÄÖÉ]{3}[vd](?![\w-])|"
    # small letters with dots, as some sign ("m.s.", "e.w."): taken only after a verb of signing
    r"(?:[a-zåäö]\.){2,3}(?![a-zåäö])|"
    r"(?:[A-ZÅÄÖÉ]\.?[a-z]{1,3}\.?[A-ZÅÄÖÉ]\.?))(?![\w-])"
)
# Small dotted letters that are abbreviations, never someone's initials ("m.m.", "t.ex.", "s.k.").
_LOWER_ABBREVIATIONS = frozenset({
    "mm", "sk", "tex", "dvs", "osv", "pga", "ed", "fd", "tom", "from", "fn", "iom", "mfl", "ca", "ev", "resp", "ie",
    "eg", "am", "pm", "nb", "ps", "os", "dy", "ff", "vg", "vv", "st", "kl", "nr", "bl", "ex", "tf", "mn", "ang",
})


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
    # every capitalised word's letter, a capitalised particle's too, up to four: "Fatima Zahra El Amrani" -> "FZEA"
    capitals = [w[0] for w in words if w[:1].isupper() and w[0].isalpha()]
    if 3 <= len(capitals) <= 4:
        out.add("".join(capitals))
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
    # a foreign name's accented capital written plain in a register's initials ("Óscar Zelaya Bonilla" -> "OZB"):
    # Swedish keyboards write Å, Ä and Ö as letters of their own, so those stay
    return out | {plain for o in out if (plain := _plain_capitals(o)) != o}


def _plain_capitals(initials: str) -> str:
    """The initials with an accented capital other than Å, Ä, Ö written without its accent ("ÓZB" -> "OZB")."""
    return "".join(c if c in "ÅÄÖ" or not c.isupper() else
                   "".join(d for d in unicodedata.normalize("NFD", c) if not unicodedata.combining(d)) or c
                   for c in initials)


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


_REACH = 8  # a table's columns at most between one row's cell and the next row's, as a reading one cell a line puts them


def _column_cells(text: str, m: re.Match[str]) -> list[tuple[str, str]] | None:
    """The cells of the initials' column in the rows around them, for each stride a table's reading may have: a
    row a line with bars ("| 14 | KB | D-EKBR"), or one cell a line, a row every few lines; each pair holds the
    cells a row above and a row below ("" where the table has none). None when the initials do not fill their cell
    alone."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    above = text[max(0, line_start - 80 * _REACH):max(0, line_start - 1)].split("\n")[::-1] if line_start else []
    below = text[line_end + 1:line_end + 1 + 80 * _REACH].split("\n") if line_end < len(text) else []
    line = text[line_start:line_end]
    if line.strip() == m.group(1):  # one cell a line: the same column a row's width of lines away
        def at(lines: list[str], n: int) -> str:
            return lines[n - 1].strip() if 0 < n <= len(lines) else ""

        return [(at(above, k), at(below, k)) for k in range(2, _REACH + 1)]
    if "|" not in line:
        return None
    cells = line.split("|")
    where = m.start() - line_start
    n = next((i for i, c in enumerate(cells) if where < sum(len(x) + 1 for x in cells[:i + 1])), -1)
    if n < 0 or cells[n].strip() != m.group(1):
        return None

    def cell(lines: list[str], k: int) -> str:
        row = lines[k - 1].split("|") if 0 < k <= len(lines) else []
        return row[n].strip() if len(row) == len(cells) else ""

    return [(cell(above, 1), cell(below, 1))]


def _in_column_of_initials(text: str, m: re.Match[str], owners: dict[str, set[str]]) -> bool:
    """True when the initials fill a table's cell alone and the next cell of their column, above or below, holds
    the initials of a person of the document: a column of owners, holders or invigilators written as initials
    ("BÅL", "KB", "RSI"), where an abbreviation's letters ("KB", "AF") are one more person's."""
    columns = _column_cells(text, m)
    if not columns:
        return False

    def person(cell: str) -> bool:
        if not cell or (n := _INITIALS.fullmatch(cell)) is None or n.group(1) != cell:
            return False
        return _initials_key(cell) not in COMMON_ABBREVIATIONS and len(owners.get(_initials_key(cell), ())) == 1

    return any(person(up) or person(down) for up, down in columns)


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
# Three capitals and a particle's small letter after them ("MKBv", "JALd"): a name whose particle stands last.
_TRAILING_PARTICLE = re.compile(r"[A-ZÅÄÖÉ]{3}[vd]")
# Between initials of one list ("PE, MKL", "KÖ / RaN"): the next initials sign as the first did.


def _signed(text: str, start: int, chain: tuple[int, int] = (-1, -1)) -> bool:
    """True when the initials at ``start`` follow a verb of signing or approving on their line, or
    follow, in a list, initials that do (``chain``: the span of the last such initials)."""
    if 0 <= chain[1] <= start and _LIST_SEP.fullmatch(text, chain[1], start):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return (_SIGNED_BEFORE.search(text, max(line_start, start - 60), start) is not None
            or _SIGNATURE_NOUN_BEFORE.search(text, max(line_start, start - 20), start) is not None)


# a year and a serial after a space: what stands before is a case number's prefix ("LB 2026/088", "BN 2026-0493")
# (a date after signed initials is no case number: "Attesterat: IM 2026-10-20")
_CASE_TAIL = re.compile(r"[ \u00a0](?:19|20)\d\d[/-]\d{1,5}(?![\w]|[-/.]\d)")


def _mixed_case_initials(ini: str) -> bool:
    """True for initials written "JBe": two capitals and a small letter, no unit ("MWh"), genitive ("FNs") nor definite form ("TVn")."""
    if _TRAILING_PARTICLE.fullmatch(ini):
        return True
    if not _MIXED_INITIALS.fullmatch(ini) or ini in NOT_CAMEL:
        return False
    # "FNs", "KDs": an abbreviation's genitive; "TVn", "PMn": its definite form
    return not (ini.endswith("s") or ini[:2] in COMMON_ABBREVIATIONS)


def _name_before_tie(name: str) -> re.Pattern[str]:
    """The person's name as a tie writes it before its brackets: any run of white space between the words, and after
    the name (only the name's own letters are compiled per person: the brackets' capitals of any Latin script would
    make each pattern cost a millisecond to compile)."""
    return re.compile(re.escape(name.strip()).replace(r"\ ", r"\s+") + r"\s*")


def _ties(named: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The brackets of initials (``_TIE_END``'s matches) right after the name, in order, as ``finditer`` of the name's
    pattern and ``_TIE_END`` joined would find them: the name ends in a letter and the brackets open with "(", so
    where the name stands its white space after it is all taken, and the joined pattern matches there exactly when
    the brackets match right after it."""
    pos = 0
    while (m := named.search(text, pos)) is not None:
        tie = _TIE_END.match(text, m.end())
        if tie is None:
            pos = m.start() + 1
            continue
        yield tie
        pos = tie.end()


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
        named = _name_before_tie(f.text)
        for text in tie_pages:
            for m in _ties(named, text):
                ini = m.group(1).replace(".", "")
                if ini.upper() in PARTIES and ini not in person_initials(f.text):
                    continue  # "Sara Holm (SD)" in minutes: her party, not her initials
                explicit.setdefault(ini, f)
    covered = spans_by_page(findings)
    new: list[Finding] = []
    for page, text in sorted(page_texts.items()):
        spans = covered.setdefault(page, [])
        codes = defined_codes(text)  # "Lindö skola (LS)": the school's letters, whoever else has them
        sites = place_code_cells(text)
        chain = (-1, -1)  # the last initials taken after a verb of signing: a list goes on from them
        for m in _INITIALS.finditer(text):
            if _CASE_TAIL.match(text, m.end()):
                continue  # "LB 2026/088": the prefix of a register's case number, no one's initials
            if state_before_identity_word(text, m.end(1)):
                continue  # "T.C. kimlik": the issuing state's letters labelling an identity number
            if inside_company_form(text, m.start(1), m.end(1)):
                continue  # "Andes Viajes S.A.", "Carpazi Turism S.R.L.": a company's form, no one's initials
            if era_mark(text, m.start(1), m.end(1)):
                continue  # "12.03.2530 B.E.": the Buddhist era's mark after a date in its years (see era_marks)
            if law_reference(text, m.start(1), m.end(1)):
                continue  # "36 kap. 24 § RB": the code of law's letters after its section (see law_references)
            if label_before_number(text, m.start(1)):
                continue  # "C.C. 1.031.552.907": the kind of number before it (see id_label_prefixes)
            if any(a <= m.start(1) and m.end(1) <= b for a, b in sites):
                continue  # "Taal, PH" in a column of sites: the country's code (see place_country_codes)
            ini = _initials_key(m.group(1))
            if len(ini) == 4 and ini.isalpha() and ini.isupper() and len(owners.get(ini, ())) != 1 and ini not in explicit:
                continue  # four capitals are an acronym unless they are the initials of one person of the document
            if ini in codes and ini not in explicit:
                continue
            signed = _signed(text, m.start(), chain)
            if ini.islower() and (not signed or ini in _LOWER_ABBREVIATIONS):
                continue  # "m.s." signs only after a verb of signing; elsewhere small dotted letters abbreviate
            # dotted or with a particle ("B.N.", "AvH") they are initials, never an abbreviation
            written_as_initials = "." in m.group(1) or not ini.isupper()
            if ini in explicit:
                origin, score, why = explicit[ini], 0.9, "initialer knutna till namnet"
            elif len(owners.get(ini, ())) == 1 and (written_as_initials or ini not in COMMON_ABBREVIATIONS
                                                   or _among_initials(text, m, owners)
                                                   or _in_column_of_initials(text, m, owners)
                                                   or signed):
                origin, score, why = persons[next(iter(owners[ini]))], 0.6, "initialer för en person i dokumentet"
            elif ((written_as_initials and ini.isupper() and "." in m.group(1)
                   and ini.replace("-", "") not in DOTTED_NOT_INITIALS)
                  or _mixed_case_initials(ini)
                  or _PARTICULAR_DOTTED.fullmatch(m.group(1))
                  or (signed and (owners.get(ini) or (
                      ini not in COMMON_ABBREVIATIONS and ini not in ROLE_ABBREVIATIONS)))):
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
