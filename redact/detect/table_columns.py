"""Cells of a table column whose header says what they hold: identifiers under "Anst.nr" or
"Klientnr", first names under "Förnamn", surnames under "Efternamn", names under "Namn" or
"Kontaktperson", initials under "Sign." or "Ansvarig".

A value in such a column has no shape of its own ("4 512", "X-123 456", "Somchai"), so the
header decides. Three readings of a table are understood:

* the page's geometry (a PDF page, an OCR'd page; ``redact.detect.table_geometry``): the cells whose words lie under the header
  cell, row after row, until the table ends;
* a row a line with cells split by tabs, "|", ";" or two spaces (plain text, poppler's layout);
* one cell a line, row after row (MuPDF's reading of a ruled table, kept in text files):
  the header cells stand on consecutive lines and each row repeats the same number of lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from redact.detect.id_labels import names_register_column
from redact.types import Page

# What a column holds, from its header cell.
ID, FIRST, LAST, FULL, SIGN, BANK = "id", "first", "last", "full", "sign", "bank"
BIRTH, PROPERTY, ADDRESS = "birth", "property", "address"

_ID_STEMS = (
    "anställnings", "anst", "personal", "pers", "person", "kund", "klient", "patient", "elev", "medlems", "medlem",
    "försäkrings", "löne", "anställd", "brukar", "brukare", "vårdtagar", "abonnent", "deltagar", "samordnings",
    "student", "barn", "hyresgäst", "låntagar", "låne", "kort", "pass", "journal", "dossier", "lma", "id",
    "medl", "pat", "försäkr", "anstn",
)
_ID_HEADER = re.compile(
    rf"(?i)^(?:{'|'.join(_ID_STEMS)})(?:\.\s?|[-\s])?(?:nummer|nr\.?|no\.?|id)$|^(?:personnummer|pnr|p-nr|id|id-nr|idnr|"
    r"anställningsnummer|personalnummer|kundnummer|klientnummer|patientnummer|elevnummer|medlemsnummer|"
    r"samordningsnummer|födelsenummer|identitetsnummer)$"
)
_NAME_HEADERS = {
    FIRST: ("förnamn", "tilltalsnamn", "förnamn/tilltalsnamn"),
    LAST: ("efternamn", "släktnamn"),
    FULL: (
        "namn", "fullständigt namn", "namn (för- och efternamn)", "för- och efternamn", "kontaktperson",
        "kontaktpersoner", "elev", "elevens namn", "barn", "barnets namn", "vårdnadshavare", "deltagare",
        "medarbetare", "anställd", "personal", "sökande", "klient", "patient", "brukare", "hyresgäst",
        "namnförtydligande", "ledamot", "ersättare", "närvarande", "ombud", "god man", "förvaltare",
        "kontakt", "boende", "vårdtagare", "mottagare", "handläggare", "ansvarig handläggare",
        "efternamn, förnamn", "förnamn och efternamn", "namn (efternamn, förnamn)",
        "elevens namn", "barnets namn", "vårdnadshavares namn", "deltagarens namn", "patient", "patientens namn",
        # a register's persons: borrowers, card holders, co-applicants, members, tenants
        "låntagare", "kortinnehavare", "medsökande", "hyresgäster", "medlem", "medlemmar", "kund", "kunder",
        "anhörig", "förälder", "resenär", "passagerare", "name", "customer", "tenant", "person", "personer",
    ),
    SIGN: ("sign", "sign.", "signatur", "signum", "initialer", "ansvarig", "ansv", "ansv.", "utförare", "vem",
           "utfört av", "ansvarig (sign)", "kortnamn", "förkortning", "handl", "handl.", "handläggare (sign)", "sign/datum", "kontrollerad av", "godkänd av", "attest", "attesterad av"),
}
_HEADER_KIND = {h: kind for kind, hs in _NAME_HEADERS.items() for h in hs}
# Who did something, by a participle and "av" ("Rapp. av", "Utförd av", "Ifylld av"), or the one
# responsible by role ("Ansv. ssk", "Ansvarig chef"): such columns hold initials or names.
_SIGN_HEADER = re.compile(
    r"^(?:(?:rapp|utf|sign|kontr|godk|attest|gransk|ifylld|rapporterad|utförd|signerad|kontrollerad|godkänd|"
    r"granskad|åtgärdad|dokumenterad|registrerad|besl|beslutad|handlagd|inlagd|ändrad|upprättad)\.?\s+av|"
    r"ansv\.\s?[a-zåäö]{2,12}\.?|ansvarig\s+(?:ssk|sjuksköterska|chef|lärare|personal|pedagog|person)|"
    # "Ansvar", "Åtgärdas av", "Utförs av", "Klar (sign)"
    r"ansvar|ansvariga|ansvarar|[a-zåäö]{3,14}(?:as|s)\s+av|[a-zåäö/]{2,14}\s*\(sign\.?\)|sign\.?\s*/\s*[a-zåäö]+)$"
)
# A bank number column ("Bankgiro", "Plusgiro", "Kontonummer"): not "Konto" alone, a ledger's account codes.
_HEADER_KIND.update({h: BANK for h in (
    "bankgiro", "plusgiro", "bg", "pg", "bankgironummer", "plusgironummer", "bankgiro/plusgiro", "kontonummer",
    "kontonr", "konto nr", "bankkonto", "bankkontonummer", "clearing- och kontonummer", "kontonummer för återbetalning",
    "utbetalningskonto", "bankgiro eller plusgiro")})
# A date of birth column ("Födelsedatum", "Född"; a birth year alone is not taken) and a column of
# property designations ("Fastighet": "Björken 4" under it is a property, not a tree).
_HEADER_KIND.update({h: BIRTH for h in ("födelsedatum", "född", "född den", "födelsedag", "f. datum", "f.d.",
                                         "födelsedatum (åååå-mm-dd)", "född (datum)", "f-datum", "f.datum", "fdatum",
                                         "f-dat.", "f-dat", "födelsedata", "född (åååå-mm-dd)", "född datum",
                                         "date of birth", "birth date", "dob", "born")})
_HEADER_KIND.update({h: PROPERTY for h in ("fastighet", "fastigheter", "fastighetsbeteckning", "fastighetsbet.",
                                            "fastighetsbet", "fast.bet.", "fastighet (beteckning)", "grannfastighet",
                                            "berörd fastighet", "fastighet som berörs")})
# Where a person lives: "Åsbränna 114" under it is a village and a house number, with no street word.
_HEADER_KIND.update({h: ADDRESS for h in ("adress", "nuvarande adress", "bostadsadress", "hemadress", "gatuadress",
                                           "folkbokföringsadress", "ny adress", "tidigare adress", "boendeadress",
                                           "adress (gata)", "hemvist", "bostad")})
# Other header cells that open a table one cell a line: they count as columns.
_OTHER_HEADERS = frozenset({
    "befattning", "titel", "roll", "funktion", "enhet", "avdelning", "arbetsplats", "datum", "tid", "telefon",
    "tfn", "tel", "mobil", "e-post", "epost", "adress", "postadress", "kommentar", "kommentarer", "anteckning",
    "åtgärd", "åtgärder", "klart", "status", "klass", "grupp", "skola", "förskola", "avdelning", "ärende",
    "närvaro", "frånvaro", "belopp", "summa", "antal", "timmar", "startdatum", "slutdatum", "födelsedatum",
    "ort", "postnummer", "relation", "typ", "beslut", "insats", "nr", "löpnr", "rad", "uppgift", "mejl",
    "arbetsuppgift", "tjänst", "tjänstgöringsgrad", "omfattning", "schema", "pass",
    "född", "född år", "födelseår", "år", "ålder", "kön", "kontor", "anmärkning", "beslutsdatum",
    "uppdrag", "parti", "partibeteckning", "mandat", "land", "bic", "iban", "form",
    "leverantör", "org.nr", "orgnr", "organisationsnummer", "lokal", "kurs", "kursdag", "underlag", "kostnad",
    # the days of a schedule's columns, and the numbers staff are reached on
    "mån", "tis", "ons", "tors", "tor", "fre", "lör", "sön", "måndag", "tisdag", "onsdag", "torsdag", "fredag",
    "lördag", "söndag", "vecka", "händelse", "händelser", "beskrivning", "avvikelse", "ämne", "plats",
    "ägare", "svar", "yttrande", "synpunkter", "synpunkt", "tjänstemobil", "tjänstetelefon", "arbetstelefon", "direktnummer", "direkt",
    "mobilnummer", "telefonnummer", "tel.", "tfn.", "mobiltelefon", "arbetstid", "arbetstid %", "tjänstgöring",
    # a register's other columns: the flat, the rent, the debt, the days in a queue
    "lgh", "lgh.", "lägenhet", "hyra", "månadshyra", "hyra/mån", "skuld", "skuld, kr", "lån", "ködagar", "köpoäng",
    "poäng", "kr", "belopp, kr", "vara", "varor", "innehavare", "avgift", "avgifter", "avgift, kr", "betald", "betalt",
    "saldo", "giltigt t.o.m.", "giltig t.o.m.", "giltig till", "giltigt till", "böcker",
    "orsak", "skäl", "anledning", "hållplats", "avstånd", "avstånd, km", "km", "sträcka", "resa", "kategori",
    "prioritet", "förtur", "fr.o.m.", "t.o.m.", "giltighet", "inkom", "inkommen", "registrerad",
})
_SPLIT = re.compile(r"\t+|[ \t]*\|[ \t]*|[ \t]*;[ \t]*| {2,}")
_ROWS = 80

# the capitals of names from every Latin script count ("JĐ" for Jelena Đorđević, "ŁK", "ØH")
_INITIALS_CELL = re.compile(r"^[A-ZÅÄÖÉÜĐŠŽČĆŁŚŻØÆ" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
                            + r"](?:[^\W\d_]|[.\-]){0,6}$")
_NOT_INITIALS = frozenset({"OK", "JA", "NEJ", "NA", "NR", "ST", "KR", "SEK", "ALLA", "EJ", "KLAR", "KLART", "PÅGÅR",
                           "X", "-", "Ja", "Nej", "Klar", "Klart", "Alla", "Ok", "Pågår", "Ej"})
# Units among the words that are not initials: under a "Sign." header they are someone's ("SEK": Samira El-Khatib).
_UNITS = frozenset({"SEK", "KR", "ST"})
_BANK_VALUE = re.compile(r"^\d[\d \u00a0-]{3,24}\d$")
_BIRTH_VALUE = re.compile(
    r"^(?:(?:19|20)\d\d[-/.]?\d\d[-/.]?\d\d|\d\d(?:0[1-9]|1[0-2])\d\d|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d|"
    r"\d{1,2}:?e?\s+[a-zåäöA-ZÅÄÖ]{3,9}\.?\s+(?:19|20)\d\d)$"
)
_PROPERTY_VALUE = re.compile(
    r"^(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+){0,3}[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+\d{1,4}(?::\d{1,4})?$|^(?:S:t\s+)[\w\s]+\d{1,4}(?::\d{1,4})?$"
)
_ADDRESS_VALUE = re.compile(
    r"^[A-ZÅÄÖ][\wåäöéü.\-]*(?:\s+[\wåäöéü.\-]+){0,3}\s+\d{1,4}(?:\s?[A-Za-z])?(?:\s*,\s*[\w\s]{0,30})?$|^Box\s+\d{1,6}$"
)
# a header cell's shape: one to three words, the first capitalised, no digits ("Föreståndare", "Sökt belopp")
_HEADER_WORDS = re.compile(r"^[A-ZÅÄÖÉÜ][\w.\-/]*(?: [\w.\-/()]+){0,2}$")
_DATE = re.compile(r"^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?$")


@dataclass(frozen=True)
class Cell:
    """A cell of a headed column: its span in the page text, what the header says it holds."""

    start: int
    end: int
    kind: str
    header: str


# A birth date column's header with more words ("Född (ååmmdd)", "Födelsedatum barn"); a year, a place or a
# country of birth is no date ("Född år", "Födelseort", "Födelseland").
_BIRTH_HEADER = re.compile(r"^(?:född|födelsedatum|födelsedag|f-?datum)\b(?!.*\b(?:år|ort|land|plats|ålder)\b)[\w ,./()-]{0,25}$")


@lru_cache(maxsize=8192)  # a pure function of the cell's text, asked for every word of every row
def header_kind(cell: str) -> str | None:
    """What a header cell says its column holds (ID, FIRST, LAST, FULL, SIGN, BANK), or None."""
    c = " ".join(cell.strip().rstrip(":").split())
    if not c or len(c) > 40:
        return None
    low = c.lower()
    if _ID_HEADER.match(low):
        return ID
    kind = _HEADER_KIND.get(low)
    if kind is None and names_register_column(low):
        return ID  # "Lånekort", "Kö-nr", "Kontraktsnr": a label nobody listed
    if kind is None and _SIGN_HEADER.match(low):
        return SIGN
    if kind is None and _BIRTH_HEADER.match(low):
        return BIRTH  # "Född (ååmmdd)", "Födelsedatum, barn": a birth column however the form spells it
    return kind


#: First words of the known name headers, and the identifier stems: a page without one has no header row.
_HEAD_STARTS = frozenset(h.split()[0].rstrip(":.") for h in _HEADER_KIND) | frozenset(_ID_STEMS)


def _may_head(word: str) -> bool:
    """True when a word can begin a header cell of a headed column (cheap; header_kind decides)."""
    w = word.strip().rstrip(":").lower()
    return w.rstrip(".") in _HEAD_STARTS or header_kind(w) is not None or any(
        w.startswith(stem) for stem in ("pers", "anst", "kund", "klient", "elev", "medlem"))


def _is_header(cell: str) -> bool:
    c = " ".join(cell.strip().rstrip(":").split()).lower()
    # "Spärrdatum", "Inflyttningsdatum": a date column's header (a birth date's is a kind of its own)
    return header_kind(cell) is not None or c in _OTHER_HEADERS or (c.endswith("datum") and c.isalpha() and len(c) <= 24)


_GLUED = re.compile(r"(?<=[a-zåäöéü])(?=[A-ZÅÄÖÉÜ])")


def split_glued(word: str) -> list[str]:
    """A header word glued to the next header cell ("AnställningsnummerMobil", a cell overflowing its
    column) split at the case change where both parts are headers; else the word alone."""
    for m in _GLUED.finditer(word):
        a, b = word[: m.start()], word[m.start():]
        if _is_header(a) and (_is_header(b) or split_glued(b) != [b]):
            return [a, *split_glued(b)]
    return [word]


def header_segments(words: Sequence[str]) -> list[int] | None:
    """The sizes of the header cells a run of words reads as when set close together
    ("Efternamn Medlemsnummer Född år" → 1, 1, 2), longest known header first; None when it does not."""
    sizes: list[int] = []
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            if _is_header(" ".join(words[i : i + n])):
                sizes.append(n)
                i += n
                break
        else:
            return None
    return sizes


def header_parts(line: str) -> list[str] | None:
    """The header cells one line of text holds: the line itself, or several cells read as one
    line ("Handläggare Klientnummer", "AnställningsnummerMobil"); None when it is not header cells."""
    s = line.strip()
    if not s:
        return None
    if _is_header(s):
        return [s]
    words = [p for w in s.split() for p in split_glued(w)]
    if len(words) > 8:
        return None
    sizes = header_segments(words)
    if sizes is None:
        return None
    out, i = [], 0
    for n in sizes:
        out.append(" ".join(words[i : i + n]))
        i += n
    return out


def _fragment_join(first: str, second: str) -> str | None:
    """A header cell broken over two lines ("Anställnings-" / "nummer", "Personalnumm" / "er",
    "Personal" / "nr"): the joined header when it names an identifier and the second line
    begins in lower case; else None."""
    a, b = first.strip(), second.strip()
    if not a or not b or not b[:1].islower() or len(b) > 12 or " " in b:
        return None
    for joined in (a + b, a.rstrip("-") + b, f"{a} {b}"):
        if header_kind(joined) == ID:
            return joined
    return None


def names_a_number(text: str) -> bool:
    """True when a proposed name holds the label of a number ("Kundnummer Avläst", "Kontonummer"):
    no name ends in "-nummer" or is an identifier's header."""
    for word in text.split():
        for w in split_glued(word.strip(".,;:()")):
            w = w.lower()
            if w.endswith(("nummer", "numret", "numren")) or (len(w) > 2 and header_kind(w) == ID):
                return True
    return False


def header_words_only(text: str) -> bool:
    """True when a proposed name is nothing but table header cells ("Förnamn", "Efternamn\nKontaktperson")."""
    parts = [p for p in re.split(r"\n|\s{2,}|\t|\|", text) if p.strip()]
    if parts and all(_is_header(p) for p in parts):
        return True
    words = text.split()
    return bool(words) and all(_is_header(w) for w in words)


def _header_row(cells: Sequence[str]) -> bool:
    """True for a row of header cells: short, no digits, at least half of them known headers."""
    if any(len(c.strip()) > 40 or len(c.split()) > 4 or any(ch.isdigit() for ch in c) for c in cells):
        return False
    if sum(_is_header(c) for c in cells) * 2 >= len(cells):
        return True
    # "Förening | Föreståndare | Född | Kontrollant": a birth column's header among header words nobody
    # listed still opens a table; the cells under it are taken only when they are whole dates
    return any(header_kind(c) == BIRTH for c in cells) and len(cells) <= 8 and all(
        _HEADER_WORDS.match(c.strip()) for c in cells)


def value_fits(kind: str, value: str) -> bool:
    """True when ``value`` can be what a column of ``kind`` holds (an empty or header-like cell is not)."""
    v = value.strip()
    if not v or _is_header(v) or len(v) > 60 or (not any(ch.isdigit() for ch in v) and header_words_only(v)):
        return False
    if kind == BANK:
        return bool(_BANK_VALUE.match(v)) and sum(ch.isdigit() for ch in v) >= 6 and not _DATE.match(v)
    if kind == BIRTH:
        return bool(_BIRTH_VALUE.match(v))
    if kind == PROPERTY:
        return bool(_PROPERTY_VALUE.match(v))
    if kind == ADDRESS:
        return bool(_ADDRESS_VALUE.match(v)) and ":" not in v
    if kind == ID:
        digits = sum(ch.isdigit() for ch in v)
        # three digits at least, as after a label: a found number is masked wherever it stands in the document
        return digits >= 3 and len(v) <= 24 and not _DATE.match(v)
    if any(ch.isdigit() for ch in v) or "@" in v or ":" in v:
        return False  # a "Label: value" line below the table is no name cell
    words = v.split()
    if kind in (FIRST, LAST) and len(words) == 1 and v.isupper() and len(v) <= 3:
        return False  # "S", "KD", "SEK": a party or initials where the rows have slipped, never a name alone
    if kind == SIGN:
        parts = [w for w in re.split(r"\s*[/,&]\s*|\s+", v) if w]
        if parts and all(_initials(w) for w in parts):
            return True
        return len(words) >= 2 and _looks_like_name(words) and not _is_title(words)
    return _looks_like_name(words) and len(words) <= (2 if kind in (FIRST, LAST) else 5) and not _is_title(words)


_LOWER_DOTTED = re.compile(r"^(?:[a-zåäö]\.){2,3}$")


def _initials(word: str) -> bool:
    """Initials as staff sign: "IW", "MWi", "A-KL", "B.N.", "AvH" (two capitals at least), or small letters
    with dots ("m.s.") in a signature column."""
    if _LOWER_DOTTED.match(word):
        return True
    return (bool(_INITIALS_CELL.match(word)) and sum(ch.isupper() for ch in word) >= 2
            and word.replace(".", "").upper() not in _NOT_INITIALS - _UNITS and len(word.replace(".", "")) <= 5)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    from redact.detect.name_words import LEXICON_DIR

    path = LEXICON_DIR / "titles.txt"
    return frozenset(line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def _is_title(words: Sequence[str]) -> bool:
    """A role or title ("Rektor", "Kurator") standing where a name could."""
    return len(words) == 1 and words[0].lower().strip(".,") in _titles()


def _looks_like_name(words: Sequence[str]) -> bool:
    from redact.detect.name_words import ORG_SUFFIX

    def org_word(w: str) -> bool:
        w = w.strip(".,")
        # "AB" alone is a company form; a name ending so ("Wahab", "Rajab") is a name
        return bool(ORG_SUFFIX.search(w)) and (w.upper() == "AB" or not w.lower().endswith("ab"))

    if not words or any(org_word(w) for w in words):
        return False  # "Försäkringskassan", "Norrvalla kommun": an organisation in a name column
    caps = [w for w in words if w[:1].isupper()]
    # particles ("af", "von", "bin") may be lower case; the rest capitalised
    return len(caps) >= 1 and all(w[:1].isupper() or (w.isalpha() and len(w) <= 3) for w in words)


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` with the offset it starts at."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _from_rows(text: str) -> list[Cell]:
    """Cells of headed columns in tables written a row a line with separators."""
    from redact.detect.code_columns import code_cells, loose_columns  # builds on this module

    out: list[Cell] = []
    lines = _lines(text)
    i = 0
    while i < len(lines):
        start, line = lines[i]
        cells = _cells(line, start)
        kinds = [header_kind(c) for _, _, c in cells]
        if len(cells) < 2 or not any(kinds) or not _header_row([c for _, _, c in cells]):
            i += 1
            continue
        j = i + 1
        loose = loose_columns(kinds, [c for _, _, c in cells])
        while j < len(lines) and j <= i + _ROWS:
            rstart, row = lines[j]
            if not row.strip():
                break
            rcells = _cells(row, rstart)
            if len(rcells) < 2:
                break
            # cells align by position when the row has as many cells as the header; else by order
            for n, ((a, b, value), kind, (_, _, head)) in enumerate(zip(rcells, kinds, cells)):
                if kind and value_fits(kind, value):
                    out.append(Cell(a, b, kind, head.strip()))
                elif n in loose and len(rcells) == len(cells):
                    loose[n].append((a, b))
            j += 1
        out.extend(code_cells(loose, [c for _, _, c in cells], text))
        i = j
    return out


def _cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for m in _SPLIT.finditer(line):
        if m.start() > pos or m.start() == pos == 0:
            out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(line)))
    cells = []
    for a, b in out:
        seg = line[a:b]
        if not seg.strip():
            continue
        a += len(seg) - len(seg.lstrip())
        b -= len(seg) - len(seg.rstrip())
        cells.append((offset + a, offset + b, line[a:b]))
    return cells


def _header_run(lines: Sequence[tuple[int, str]], i: int) -> tuple[list[str], int]:
    """The header cells on the lines from ``i`` on (one cell a line, or several read as one line,
    or one broken over two lines), and the index of the first line after them."""
    heads: list[str] = []
    j = i
    while j < len(lines) and lines[j][1].strip():
        joined = _fragment_join(lines[j][1], lines[j + 1][1]) if j + 1 < len(lines) else None
        if joined:
            heads.append(joined)
            j += 2
            continue
        parts = header_parts(lines[j][1])
        if parts is None:
            break
        heads.extend(parts)
        j += 1
    return heads, j


def _may_open(line: str) -> bool:
    """Cheap test: can a header run begin on this line (its first word begins some header cell)."""
    w = line.strip().split(" ", 1)[0]
    return bool(w) and w[:1].isupper() and len(line) <= 80 and _begins_header(w)


#: First words of every known header cell, and the identifier stems (cheap gates for the costlier readings).
_FIRST_WORDS = frozenset(h.split()[0].rstrip(":.") for h in (*_HEADER_KIND, *_OTHER_HEADERS)) | frozenset(_ID_STEMS)
_STEM_STARTS = tuple(s for s in _ID_STEMS if len(s) >= 4)


def _begins_header(word: str) -> bool:
    """True when a word can begin a header cell, alone, glued to the next or broken over two lines."""
    low = word.lower().rstrip(":.-")
    if low in _FIRST_WORDS or low.startswith(_STEM_STARTS) or _GLUED.search(word):
        return True
    return len(low) <= 14 and header_kind(low) is not None


_PHONE_CELL = re.compile(r"^(?:\+46|0)[\d\s-]{6,16}\d$")


def _row_shape(cell: str) -> str:
    """A cell's shape, to tell the rows of a table apart by stride: identifier, phone, mail, other."""
    c = cell.strip()
    if "@" in c:
        return "@"
    if _PHONE_CELL.match(c):
        return "t"
    if _ID_SHAPE.match(c):
        return "d" if _DATE.match(c) else "n"
    return "a"


def _stride(lines: Sequence[tuple[int, str]], row: int, k: int) -> int:
    """The number of lines a row of the table takes (see _stride_rows)."""
    return _stride_rows(lines, row, k)[0]


def _stride_rows(lines: Sequence[tuple[int, str]], row: int, k: int) -> tuple[int, int]:
    """The number of lines a row of the table takes: the header's count of cells, or one more when a
    header cell was empty (a merged "Namn" over the first and last name); the stride whose rows repeat
    the same shapes longest wins."""
    best, best_rows = k, 0
    for p in (k, k + 1):
        n = 0
        first = [_row_shape(c) for _, c in lines[row : row + p]]
        if len(first) < p or "n" not in first:
            continue
        while n < _ROWS:
            cells = lines[row + n * p : row + (n + 1) * p]
            if len(cells) < p or [_row_shape(c) for _, c in cells] != first:
                break
            n += 1
        if n > best_rows + (1 if p != k else 0):
            best, best_rows = p, n
    return best, best_rows


def _from_cell_lines(text: str) -> list[Cell]:
    """Cells of headed columns in tables read one cell a line (the header cells on consecutive lines)."""
    out: list[Cell] = []
    lines = _lines(text)
    i = 0
    while i < len(lines):
        if not _may_open(lines[i][1]):
            i += 1
            continue
        header, j = _header_run(lines, i)
        kinds = [header_kind(h) for h in header]
        if len(header) < 2 or not any(kinds):
            i = max(j, i + 1)
            continue
        k = len(header)
        stride = _stride(lines, j, k)
        if stride != k:
            # an empty header cell: only the identifier column is placed, by its shape in the first row
            shapes = [_row_shape(c) for _, c in lines[j : j + stride]]
            if ID not in kinds or shapes.count("n") != 1:
                i = max(j, i + 1)
                continue
            kinds = [ID if s == "n" else None for s in shapes]
            header = [header[[kd for kd in (header_kind(h) for h in header)].index(ID)]] * stride
            k = stride
        row = j
        id_shape: dict[int, str] = {}  # an identifier column keeps the shape of its first value
        for _ in range(_ROWS):
            cells = lines[row:row + k]
            if len(cells) < k or not all(c.strip() for _, c in cells):
                break
            fits = [(n, kind, c) for n, (kind, c) in enumerate(zip(kinds, cells)) if kind]
            if not any(value_fits(kind, c) for _, kind, (_, c) in fits):
                break  # the rows no longer line up with the header
            for n, kind, (start, c) in fits:
                if kind == ID and id_shape.setdefault(n, _row_shape(c)) != _row_shape(c):
                    continue  # a row with an empty cell shifted another column's value here ("AW 10–12")
                if value_fits(kind, c):
                    lead = len(c) - len(c.lstrip())
                    out.append(Cell(start + lead, start + len(c.rstrip()), kind, header[n].strip()))
            row += k
        i = max(j, row)
    return out


_ID_SHAPE = re.compile(r"^(?:[A-ZÅÄÖ]{1,3}[- ]?)?\d[\d \u00a0/-]{0,14}\d$")
_TIME = re.compile(r"^\d{1,2}[.:]\d{2}$")


#: A label of some number (an invoice's "OCR-nummer", "Fakturanr"): what follows it is that number.
_OTHER_NUMBER_LABEL = re.compile(r"(?:nummer|nr\.?)\s*:?$", re.IGNORECASE)


def _from_id_header_lines(text: str) -> list[Cell]:
    """Identifier-shaped cells below an identifier header alone on its line, wherever the rows fall.

    The stride of a table read one cell a line breaks when a header is not known or a cell is
    empty; an identifier column's values keep their shape, so they are taken by shape until
    the table ends (a blank line or a line of running text).
    """
    out: list[Cell] = []
    lines = _lines(text)
    for i, (_, line) in enumerate(lines):
        if header_kind(line) != ID:
            continue
        head = line.strip()
        # the ID header among other header lines, and rows that repeat their shapes: the table's
        # stride places the column (the cell-line reading), where shape alone would take a year column too
        top = i
        while top > 0 and header_parts(lines[top - 1][1]) is not None:
            top -= 1
        heads, after = _header_run(lines, top)
        if len(heads) >= 2 and after > i and _stride_rows(lines, after, len(heads))[1] >= 2:
            continue
        for start, cell in lines[i + 1 : i + 1 + _ROWS]:
            c = cell.strip()
            if not c or len(c) > 40 or _OTHER_NUMBER_LABEL.search(c):
                break  # the table ends, or another number's label begins ("OCR-nummer"): its values are its own
            if _ID_SHAPE.match(c) and value_fits(ID, c) and not _TIME.match(c):
                lead = len(cell) - len(cell.lstrip())
                out.append(Cell(start + lead, start + lead + len(c), ID, head))
    return out


def headed_cells(page: Page) -> list[Cell]:
    """Every cell of a headed column on the page, by all three readings, without duplicates."""
    from redact.detect.table_geometry import from_words  # the geometric reading builds on this module

    seen: dict[tuple[int, int], Cell] = {}
    for finder in (from_words, _from_rows, _from_cell_lines, _from_id_header_lines):
        try:
            cells = finder(page) if finder is from_words else finder(page.text)
        except Exception:  # a widening rule must never cost the page its other findings
            import logging

            logging.getLogger(__name__).exception("table columns: %s failed on page %s", finder.__name__, page.number)
            continue
        for c in cells:
            for part in _sign_parts(c, page.text):
                seen.setdefault((part.start, part.end), part)
    return sorted(seen.values(), key=lambda c: (c.start, c.end))


_SIGN_SEP = re.compile(r"\s*[/,&]\s*|\s+och\s+")


def _sign_parts(cell: Cell, text: str) -> list[Cell]:
    """A signature cell holding several people's initials ("SEK / BaT") as one cell each: the separator stays readable."""
    value = text[cell.start:cell.end]
    if cell.kind != SIGN or not _SIGN_SEP.search(value):
        return [cell]
    out, pos = [], 0
    for m in [*_SIGN_SEP.finditer(value), None]:
        a, b = (m.start(), m.end()) if m else (len(value), len(value))
        if a > pos:
            out.append(Cell(cell.start + pos, cell.start + a, cell.kind, cell.header))
        pos = b
    return out
