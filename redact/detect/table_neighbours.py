"""Name parts alone in a table cell beside the cell of a found name (a table read one cell a line):
"Hamdi" above "Abdirahman Warsame", "Mäkinen" above "Tuulikki", two lone cells beside a role."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from redact.detect.id_labels import names_other_number
from redact.detect.table_columns import _is_title, header_words_only, names_a_number

_CELL_WORD = re.compile(r"^[A-ZÅÄÖÉÜŠŽČĆĐŁŚŻŹ][\w'’-]*(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-ZÅÄÖÉÜŠŽČĆĐŁŚŻŹ][\w'’-]*)?$")
# Words that stand alone in cells beside names without being names.
_NOT_CELL_NAMES = frozenset({
    "ja", "nej", "ok", "klar", "klart", "alla", "ingen", "inga", "övrigt", "övriga", "summa", "totalt", "frånvarande",
    "närvarande", "ordinarie", "ersättare", "ledamot", "ordförande", "sekreterare", "justerare", "vice", "heltid",
    "deltid", "vikarie", "timanställd", "tillsvidare", "visstid", "föräldraledig", "sjukskriven", "tjänstledig",
    "semester", "ledig", "dag", "kväll", "natt", "helg", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag",
    "söndag", "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december", "sverige", "svensk", "svenska", "man", "kvinna", "pojke", "flicka", "mamma", "pappa",
    "mor", "far", "bror", "syster", "son", "dotter", "barn", "morfar", "mormor", "farfar", "farmor", "make", "maka",
    "sambo", "vän", "granne", "kommentar", "bilaga", "sida", "datum", "namn",
})


def _cell_candidate(line: str) -> bool:
    """A line that can be one cell holding a name part: one or two capitalised words, nothing else."""
    s = line.strip()
    if not s or len(s) > 40 or not _CELL_WORD.match(s) or any(c.isdigit() for c in s):
        return False  # a code ("BK-2207", "AV-2027-03") is no part of a name
    words = s.split()
    if names_a_number(s) or names_other_number(s):
        return False  # "Kundnummer", "Vägnr", "Godsnr": a number's header, no name
    from redact.detect.case_columns import names_case_header

    if names_case_header(s):
        return False  # "Mål", "Ärende", "Bokning": the header of the body's own numbers, no name
    if len(words) == 1 and s.isupper() and len(s) <= 3:
        return False  # "KD", "MP" beside a signature: a party or an abbreviation, not a part of the name beside it
    from redact.detect.group_names import group_name

    # "Ekby Skidklubb" beside its contact person is the club, not the rest of the contact's name
    return not any(w.lower().strip(".") in _NOT_CELL_NAMES for w in words) and not _is_title(words) \
        and not header_words_only(s) and all(len(w) >= 2 for w in words if w[:1].isupper()) and not group_name(s)


def neighbour_cell_names(text: str, person_spans: Sequence[tuple[int, int]], is_listed) -> list[tuple[int, int]]:
    """Name parts alone in a cell next to the cell of a found name, or next to a cell holding a listed name.

    MuPDF reads a table one cell a line: "Hamdi" above "Abdirahman Warsame", or "Mäkinen" above
    "Tuulikki", is the other part of the same person's name.
    """
    lines, pos = [], 0
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip())
        lines.append((pos + lead, pos + len(line.rstrip()), line))
        pos += len(line) + 1

    def covered(a: int, b: int) -> bool:
        return a < b and any(s <= a and b <= e for s, e in person_spans)

    from redact.detect.code_columns import names_own_paper
    from redact.detect.places import acronym_of_place, names_place_organisation, place_words

    plain = [(a, line) for a, _, line in lines]
    out: list[tuple[int, int]] = []
    lowered = lower_words(text) | {p.lower() for p in place_words(text)}  # "Norrvalla" beside "Norrvalla kommun"
    for i, (a, b, line) in enumerate(lines):
        if covered(a, b) or not _cell_candidate(line) or acronym_of_place(line, text) or names_place_organisation(
                line.strip(), text):
            continue  # "PRO Norrvik", "Norrvik HC" beside a member's name: the association, no part of the name
        if len(line.split()) == 1 and names_own_paper(line):
            continue  # "Ansökan", "Ärende": the header of the authority's own numbers, beside "Sökande" or not
        if _caption_or_header(plain, i, is_listed):
            continue  # "Adresser" / "Aktbilaga" / "Adress" / "Kontaktperson": the next table's caption and header
        for j in (i - 1, i + 1):
            if not 0 <= j < len(lines):
                continue
            na, nb, nline = lines[j]
            # A lone capitalised cell beside a name is as often a field label ("Fakturadatum" beside the
            # customer's name in an invoice head): it needs evidence of its own, a listed name or a role beside it.
            # beside a name, not beside initials ("Bifall" beside "PÖ" is the decision, not a surname)
            if covered(na, nb) and nb - na <= 40 and _NAME_WORD.search(nline) and (
                is_listed(line.strip()) or (not _common_word(line.strip(), lowered)
                                            and _role_beside(lines, min(i, j), max(i, j)))
            ):
                out.append((a, b))
                break
            # two lone cells side by side, one of them a listed first name or surname, or the two
            # followed or preceded by a role cell ("Boonmee", "Nattaya", "Rektor")
            if covered(na, nb) or not _cell_candidate(nline):
                continue
            if is_listed(line.strip()) or (not _common_word(line.strip(), lowered) and (
                    is_listed(nline.strip()) or _role_beside(lines, min(i, j), max(i, j)))):
                out.append((a, b))
                break
    return out


def _caption_or_header(lines: list[tuple[int, str]], i: int, is_listed) -> bool:
    """True when line ``i`` opens a table's header run, or stands over one as its caption: right over it, or over an
    unlisted first header cell of it ("Adresser" / "Aktbilaga" / "Adress" / "Kontaktperson"); no listed name."""
    from redact.detect.table_header_runs import _opens_table

    def opens(n: int) -> bool:
        return n < len(lines) and _opens_table(lines, n)

    if opens(i) or opens(i + 1):
        return True
    return (opens(i + 2) and not is_listed(lines[i][1].strip()) and not is_listed(lines[i + 1][1].strip())
            and _HEADER_SHAPE.fullmatch(lines[i + 1][1].strip()) is not None)


# one capitalised word: the shape of a header cell nobody listed ("Aktbilaga", "Ursprung")
_HEADER_SHAPE = re.compile(r"[A-ZÅÄÖ][a-zåäö]{2,19}\.?")
_NAME_WORD = re.compile(r"[A-ZÅÄÖÉÜ][a-zåäöéü]{2,}")
_COMMON_ENDINGS = ("ning", "ningar", "het", "heten", "else", "tion", "ande", "ende", "skap", "ism", "itet", "ering",
                   "nad", "are", "arna", "erna", "orna", "en", "et", "lig", "ligt", "isk", "iskt")


# the table-neighbour rule and the inverted-name rule ask for the same page text: read it once
@lru_cache(maxsize=16)
def lower_words(text: str) -> frozenset[str]:
    """The words a text writes in lower case (not inside an e-mail address or a web address)."""
    out = set()
    for tok in text.split():
        if "@" in tok or "/" in tok or "www." in tok:
            continue
        w = tok.strip(".,;:!?()[]\"'’”«»")
        if w and w.islower():
            out.add(w)
    return frozenset(out)


def _common_word(cell: str, lowered: frozenset[str]) -> bool:
    """A capitalised cell that is probably an ordinary word: written in lower case elsewhere, or with a noun ending."""
    words = cell.split()
    if len(words) != 1:
        return False
    w = words[0].lower()
    return w in lowered or w.endswith(_COMMON_ENDINGS)


def _role_beside(lines: Sequence[tuple[int, int, str]], first: int, second: int) -> bool:
    """True when a cell near the pair is a role or title, or the pair's own initials ("Nattaya", "Boonmee", "NB")."""
    pair = (lines[first][2].strip(), lines[second][2].strip())
    initials = {pair[0][:1] + pair[1][:1], pair[1][:1] + pair[0][:1]}
    for k in (first - 2, first - 1, second + 1, second + 2):
        if not 0 <= k < len(lines):
            continue
        cell = lines[k][2].strip()
        if _is_title(cell.split()) or cell.replace(".", "") in initials:
            return True
    return False
