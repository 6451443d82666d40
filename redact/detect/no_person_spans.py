"""Spans read as a person's name that name no one: a municipality, a company, a unit, a room, a law, a case's label."""

from __future__ import annotations

import re

from redact.detect.case_units import case_unit
from redact.detect.company_forms import AFTER_NAME
from redact.detect.first_chars import compiled
from redact.detect.foreign_words_beside_items import foreign_word_beside_item
from redact.detect.lettered_places import names_place_unit_or_firm
from redact.detect.not_initials import state_before_identity_word
from redact.detect.places import names_place_organisation
from redact.detect.table_columns import header_words_only, names_a_number
from redact.detect.word_led import word_led
from redact.types import Finding


def names_municipality(cell: str, text: str) -> bool:
    """True when a one-word cell is the town the text names as one: "Norrviks kommun", a postal town
    ("871 60 Norrvik"), a property's register area ("fastigheten Norrvik Ekorren 3") or an authority's
    place ("Räddningstjänsten Norrvik")."""
    from redact.detect.name_words import ORG_SUFFIX

    word = cell.strip()
    if not word.isalpha() or not word[:1].isupper() or " " in word:
        return False
    # the word found as written and what stands around it matched there (see word_led): a pattern compiled for each
    # word cost more than the search
    if next(word_led(text, word, _KOMMUN_AFTER), None) is not None:
        return True
    for at, _ in word_led(text, word, _WORD_END, standalone=False):
        if _POSTCODE_BEFORE.search(text, 0, at):
            return True
    for at, _ in word_led(text, word, _BLOCK_AFTER, standalone=False):
        if _PROPERTY_LABEL_BEFORE.search(text, 0, at):
            return True
    # the capitalised word right before it: what finditer of the two joined would find, each match after the last
    end = 0
    for at, _ in word_led(text, word, _WORD_END, standalone=False):
        before = _CAPITALISED_BEFORE.search(text, 0, at)
        if before is None or before.start() < end:
            continue
        end = at + len(word)
        if ORG_SUFFIX.search(before.group(1)):
            return True
    return False


# What stands around a municipality's name in names_municipality: "s kommun" after it, a postcode before it, a
# property's label before it and its block and number after it, another capitalised word before it
_KOMMUN_AFTER = compiled(r"s?[ \t]+kommun\b")
_WORD_END = compiled(r"(?![\w-])")
_POSTCODE_BEFORE = compiled(r"(?<![\w-])\d{3}[ \u00a0]?\d\d[ \t]+\Z")
_PROPERTY_LABEL_BEFORE = compiled(r"(?<![\w-])(?i:fastigheten|fastighet:?)[ \t]+\Z")
_BLOCK_AFTER = compiled(r"[ \t]+[A-ZÅÄÖ]\w*[ \t]+\d")
_CAPITALISED_BEFORE = compiled(r"(?<![\w-])([A-ZÅÄÖ]\w+)[ \t]+\Z")


# A company form right after a name makes it a company's ("Ekbacka Bygg AB har …", "Ekbacka Bygg & Mark AB"),
# wherever the line goes on.
_FORM_AFTER = re.compile(rf"(?:[ \t]+(?:&|och)[ \t]+[A-ZÅÄÖ][\w-]*)?[ \t]+{AFTER_NAME}(?![\w-])")


# An association's acronym and the words of its name, no digit ("SPF Seniorerna", "DHR Norrvik"): no identifier.
ASSOCIATION = re.compile(r"^[A-ZÅÄÖ]{2,5}(?:[ \t]+[A-ZÅÄÖ][a-zåäöé]+)+$")


# Capitals glued by a hyphen or a slash to digits: a code's letters ("KV-84", "UP/0417"), no one's initials.
_CODE_LETTERS = re.compile(r"^[A-ZÅÄÖ]{1,5}$")
_CODE_DIGITS = re.compile(r"[-/]\d")
# ... or closing a case series after its year ("PM 2026/LI", "KV 2026/IÖV": the series of life certificates, of a
# unit's monitoring cases), the series' letters and the year before the slash
_SERIES_BEFORE = re.compile(r"(?<![\w-])[A-ZÅÄÖ]{1,5}[ \t](?:19|20)\d\d/$")


# A body by a place's genitive and its letters ("Åsbyälvens FVO", "Norrbyns JVO"): no one's name.
_GENITIVE_ACRONYM = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}s[ \t]+[A-ZÅÄÖ]{2,5}")
def names_body(span: str) -> bool:
    """True for a bank's name ("ICA Banken", "Nordea Hypotek") or a body's by its place's genitive and its letters
    ("Åsbyälvens FVO"), in a sentence or in a column's cell."""
    from redact.detect.bank_names import bank_name

    t = span.strip()
    return bank_name(t) or bool(_GENITIVE_ACRONYM.fullmatch(t)) and _no_listed_name(t.split()[0])


# a number's label ("Leverantörsnr", "Kundnummer", "Kund-ID")
_NUMBER_WORD_END = re.compile(r"(?i)(?:nr\.?|nummer|-id)$")
# digit groups right after a span: a code's ("2207 441 83"; a town's state and postal code, "Coogee NSW 2034", "Austin
# TX 78701", have one group)
_DIGITS_AFTER = re.compile(r"[ \t]+\d{2,}[ \t]+\d{2,}")
# the next word, in small letters
_NEXT_SMALL_WORD = re.compile(r"[ \t]+([a-zåäöéèü]{2,20})(?![\w-])")


def _identity_label_opened(word: str, text: str, end: int) -> bool:
    """True when ``word`` and the small word after it are a personal number's label ("Codice fiscale")."""
    from redact.detect.identity_code_labels import names_identity_code

    m = _NEXT_SMALL_WORD.match(text, end)
    return m is not None and names_identity_code(f"{word} {m.group(1)}")


# the small words a header cell may hold between its capitalised words ("Nyckel hos", "Ombud eller anhörig")
_HEADER_SMALL_WORDS = frozenset({"hos", "till", "från", "av", "i", "på", "och", "eller", "för", "per"})


def header_row_line(text: str, a: int, b: int) -> bool:
    """True for a span on a line that is a table's header row read as one line: two known header cells or more on it
    (or one, and known header cells alone on the next two lines), every other word an unlisted capitalised one or a
    header cell's small word ("Brukare Nyckel hos Kontakt")."""
    from redact.detect.name_words import unlisted
    from redact.detect.table_headers import _is_header

    if "\n" in text[a:b]:
        return False
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    words = [w.strip(".,:;") for w in text[start:len(text) if end < 0 else end].split()]
    if len(words) > 8 or any(any(c.isdigit() for c in w) for w in words):
        return False
    heads = [w for w in words if _is_header(w)]
    # the header row goes on over the next line: known header cells alone on it ("Handl. Telefon")
    row_after = end >= 0 and _header_cells_line(_line_at(text, end + 1, 0))
    if not heads:
        # a header cell of its own line, a phrase, between a header cell's line and the rest of the header row
        # ("Ägare" / "Turbin, pump eller styrning" / "Handl. Telefon")
        return (row_after and 2 <= len(words) <= 5 and _is_header(_line_at(text, start, -1))
                and words[0][:1].isupper() and unlisted(words[0])
                and all(w.islower() or w in _HEADER_SMALL_WORDS for w in words[1:]))
    # one header cell on the line: the header row goes on over the next lines, a known header cell alone on each
    # ("Sökande Långivare" / "Lånenummer" / "Telefon"), or known header cells on the next line ("Sökande Maskin" /
    # "Handl. Telefon")
    if len(heads) < 2 and not (row_after or end >= 0 and _is_header(_line_at(text, end + 1, 0))
                               and _is_header(_line_at(text, end + 1, 1))):
        return False
    return all(_is_header(w) or w in _HEADER_SMALL_WORDS or (w[:1].isupper() and unlisted(w)) for w in words)


def _header_cells_line(line: str) -> bool:
    """True for a line of two to four known header cells of one word each and nothing else ("Handl. Telefon")."""
    from redact.detect.table_headers import _is_header

    words = line.split()
    return 2 <= len(words) <= 4 and all(_is_header(w) for w in words)


# The capitalised word right before a span on its line ("Ekeby" of "Ekeby Lager")
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-ZÅÄÖ][\w-]+)[ \t]+$")


# Dotted capitals ("T.C.", a span may end before the last stop)
_DOTTED_LETTERS = re.compile(r"^(?:[A-ZÅÄÖ]\.){1,2}[A-ZÅÄÖ]\.?$")


def no_persons_name(text: str, a: int, b: int) -> bool:
    """True for a span the tagger reads as a person that the rules' checks say is none: a header cell,
    a number's label, a unit of the authority ("Hemsjukvård Öst"), an ordinary noun or a company's name."""
    from redact.detect.name_words import ORG_SUFFIX

    t = text[a:b]
    probe = Finding(id="tagged", page=0, start=a, end=b, text=t, category="PERSON", score=0.5, detector="learned_spans")
    return bool(header_words_only(t) or names_a_number(t) or word_part_or_case_label(probe, text)
                or _DOTTED_LETTERS.match(t) and state_before_identity_word(text, b)  # "T.C." of "T.C. kimlik"
                or _CODE_LETTERS.match(t) and _CODE_DIGITS.match(text, b)  # "KV" of a case number "KV-84"
                or _CODE_LETTERS.match(t) and _SERIES_BEFORE.search(text[max(0, a - 12):a])  # "LI" of "PM 2026/LI"
                or _FORM_AFTER.match(text, b) or ORG_SUFFIX.search(t.split()[-1] if t.split() else t)
                # an organisation's word opening the span, a place after it ("Komvux Ekby", "Tandvården Norrvik")
                or len(t.split()) >= 2 and _organisation_word(t.split()[0])
                or names_place_organisation(t, text))  # "Synskadades Riksförbund Norrvik" by "Norrviks kommun"


def _organisation_word(word: str) -> bool:
    """True for a word ending as an organisation's ("Komvux", "Tandvården") that no name list holds and longer than
    a company form ("Asa" is a name as well as Norway's form)."""
    from redact.detect.name_words import F, ORG_SUFFIX, S, classify_word, load_lexicons

    return len(word) >= 5 and ORG_SUFFIX.search(word) is not None and classify_word(word, load_lexicons()) not in (F, S)


# One word that is a bridge's, a square's, a street's or a quay's name ("Kyrkbron", "Hamntorget", "Norra Kajen"'s
# "Kajen" stays a word of two): the compound's end is the place's kind; surnames' ends ("-gård", "-strand",
# "-backe") are left out.
_PLACE_COMPOUND = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{2,}(?:bron|gatan|vägen|gränden|torget|platsen|allén|kajen|parken|"
                             r"stråket|bryggan|esplanaden|promenaden|hamnen|tunneln|viadukten|rondellen)$")
# "lex" before one word: the word names a law or its reporting duty ("anmälan enligt lex Maria", "Lex Sarah").
_LEX_BEFORE = re.compile(r"(?<![\w-])(?i:lex)[ \t]+$")
_LEX_NAMED = re.compile(r"^(?i:lex)[ \t]+[A-ZÅÄÖ][a-zåäö]+$")
# The first part of a compound whose end is shared ("Gatu- och parkavdelningen", "Kultur- och fritidsnämnden").
_SHARED_END = re.compile(r"[ \t]*\n?[ \t]*(?:och|eller|samt|,|&)[ \t]+[a-zåäö]")
# The label of a case number before its unit's letters ("Dnr VO 2026/2214"): the model may read the two as a name.
_CASE_LABEL = re.compile(r"^(?:dnr|diarienr|diarienummer|ärendenr|d\.nr)\.?:?\s", re.IGNORECASE)

# A lowercase organisation noun right after a word: the word is the place the organisation is named by.
_ORG_NOUN_AFTER = re.compile(
    r"[ \t]+[a-zåäö]*(?:förening|föreningen|lasarett|lasarettet|sjukhus|sjukhuset|vårdcentral|vårdcentralen|"
    r"församling|församlingen|klubb|klubben|förbund|förbundet|kommun|bibliotek|biblioteket|byalag|"
    r"hembygdsgård|bygdegård|idrottsplats|sportklubb|skytteklubb|"
    # the hunting and fishing bodies a village or a farm names ("Norrbyns jaktlag", "Åsens skifteslag")
    r"jaktlag|jaktlaget|skifteslag|skifteslaget|viltvårdsområde|viltvårdsområdet|fiskevårdsområde|"
    r"fiskevårdsområdet|samfällighet|samfälligheten|"
    # a school, a church or a care home named by its village ("Åsby skola", "Norrby kyrka", "Lida äldreboende")
    r"skola|skolan|kyrka|kyrkan|äldreboende|äldreboendet)(?![\w-])")

# An area named by its compass word and a place in the genitive ("Södra Roslagens", "Norra Älvsborgs"): before a body's
# noun it names the body ("Södra Roslagens miljö- och hälsoskyddsförbund"); a compound's first part with a shared end
# may stand between ("miljö- och")
_AREA_GENITIVE = re.compile(r"(?:Södra|Norra|Östra|Västra|Mellersta|Sydöstra|Sydvästra|Nordöstra|Nordvästra|Övre|"
                            r"Nedre|Inre|Yttre)[ \t]+[A-ZÅÄÖ][a-zåäö]+s")
_SHARED_FIRST_PART = re.compile(r"[ \t]+[a-zåäö]+-[ \t]+(?:och|eller)(?=[ \t])")


def _area_body(t: str, text: str, end: int) -> bool:
    """True for an area in the genitive before a body's noun ("Södra Roslagens miljö- och hälsoskyddsförbund")."""
    if not _AREA_GENITIVE.fullmatch(t):
        return False
    shared = _SHARED_FIRST_PART.match(text, end)
    return _ORG_NOUN_AFTER.match(text, shared.end() if shared else end) is not None


# A definite organisation noun right before a word names the organisation by it ("Kurdiska föreningen Newroz").
_ORG_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:föreningen|klubben|kören|stiftelsen|förbundet|orkestern|sällskapet)[ \t]+$")
# A school's or a home's noun in the definite form right before a word names the unit by it ("förskolan Lärkan",
# "äldreboendet Solbacken", "gruppbostaden Eken").
_UNIT_NOUN_BEFORE = re.compile(r"(?<![\w-])[a-zåäö]*(?:skolan|förskolan|fritidshemmet|gymnasiet|boendet|"
                               r"gruppbostaden|hemmet|mottagningen|vårdcentralen)[ \t]+$")
# A room's noun right before a word names the room by it ("sal Tallbacken", "konferensrummet Utsikten").
_ROOM_NOUN_BEFORE = re.compile(r"(?<![\w-])[a-zåäö]*(?:sal|salen|rum|rummet|lokal|lokalen)[ \t]+$")


def _whole_line(text: str, a: int, b: int) -> bool:
    """True when ``text[a:b]`` is a line of its own (blanks around it aside)."""
    return "\n" not in text[a:b] and not text[text.rfind("\n", 0, a) + 1:a].strip() and not text[b:(
        text.find("\n", b) if "\n" in text[b:] else len(text))].strip()


def _header_row_words(t: str) -> bool:
    """True for words of a header row: two known header cells at least, every other word an unlisted one."""
    from redact.detect.name_words import unlisted
    from redact.detect.table_headers import _is_header

    words = [w.strip(".,:;") for w in t.split()]
    heads = [w for w in words if _is_header(w)]
    if len(heads) < 2 or len(heads) == len(words):
        return False
    return all(w[:1].isupper() and unlisted(w) for w in words if not _is_header(w))


def _numbered_abbreviation(word: str, text: str, end: int) -> bool:
    """True for a word with a stop after it that the text writes, stop and number, opening a line ("Best. 3: …",
    "Ären. 12 –"): the abbreviated label of a list's numbered items, wherever it stands (a column's header too). A
    surname may be such a word ("Best"); a listed first name is no one's label."""
    from redact.detect.name_words import F, classify_word, load_lexicons

    if text[end:end + 1] != "." or not word.isalpha() or classify_word(word, load_lexicons()) == F:
        return False
    return re.search(rf"(?m)^[ \t]*{re.escape(word)}\.[ \t]*\d{{1,3}}(?![\d.,:/-]\d)", text) is not None


def _no_listed_name(word: str) -> bool:
    from redact.detect.name_words import no_listed_name

    return no_listed_name(word)


_VALUE_KINDS = frozenset({"id", "birth", "bank", "property", "address"})
# a line of two or three capitals alone: a row's initials, never the first half of a header broken over two lines
_CAPITALS_ALONE = re.compile(r"^[A-ZÅÄÖ]{2,3}$")


def _line_at(text: str, start: int, step: int) -> str:
    """The line ``step`` lines before (negative) or after (positive) the one holding ``start``, stripped."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    b = len(text) if b < 0 else b
    for _ in range(abs(step)):
        if step < 0:
            if a == 0:
                return ""
            b = a - 1
            a = text.rfind("\n", 0, b) + 1
        else:
            if b >= len(text):
                return ""
            a = b + 1
            b = text.find("\n", a)
            b = len(text) if b < 0 else b
    return text[a:b].strip()


def opens_header_run(text: str, a: int, b: int) -> bool:
    """True for a span that is its whole line of a few words, no digit, the first header cell of a table read one cell
    a line: the next two lines known header cells ("Aktbil." / "Person" / "Född"), or one of them while the span holds
    a known header word itself ("Trainee Sak" / "Nummer" / "Handl. Telefon"); the line above holds no digit (a caption
    or the text, no row's value: a row's last name before the next table's header stays a name)."""
    from redact.detect.table_header_lines import header_words_only
    from redact.detect.table_headers import _is_header

    here = _line_at(text, a, 0)
    if (here != text[a:b].strip() and here.rstrip(".:") != text[a:b].strip()) or not here or len(here.split()) > 3 \
            or any(c.isdigit() for c in here) or any(c.isdigit() for c in _line_at(text, a, -1)):
        return False
    if sum(c.isalpha() for c in here) < 4 or any(any(c.isupper() for c in w[1:]) for w in here.split()):
        return False  # "HaZ", "ThN", "A.S.": a row's initials before the next table, no header's word

    def known(line: str) -> bool:
        return bool(line) and not any(c.isdigit() for c in line) and (_is_header(line) or header_words_only(line))

    after = [_line_at(text, a, n) for n in (1, 2)]
    heading = any(_is_header(w.strip(".,:;")) for w in here.split())
    # (a caption above: small words or one word; a line of capitalised words alone may be the row's name before it)
    above = _line_at(text, a, -1).split()
    if all(known(line) for line in after) and (heading or len(above) <= 1 or any(w.islower() for w in above)):
        return True
    return (heading and any(known(line) for line in after)
            and all(line and not any(c.isdigit() for c in line) for line in after))


def between_header_cells(text: str, a: int, b: int) -> bool:
    """True for a span on a line of a few words and no digit between a known header cell's line above and two below:
    a header cell of a table read one cell a line ("Sökande" / "Maskin" / "Handl." / "Telefon"); a row's values
    follow the header row, they never stand inside it."""
    from redact.detect.table_headers import _is_header

    here = _line_at(text, a, 0)
    if "\n" in text[a:b] or not here or len(here.split()) > 5 or any(c.isdigit() for c in here):
        return False
    return all(_is_header(line) for line in (_line_at(text, a, -1), _line_at(text, a, 1), _line_at(text, a, 2))
               if line) and all(_line_at(text, a, n) for n in (-1, 1, 2))


def header_run_cell(text: str, a: int, b: int) -> bool:
    """True for a span on a line that is a header cell of a table read one cell a line, beside other header cells: a
    number's or a date's header naming whose it is ("Ombudets klientnr", broken over two lines or not), or an ordinary
    word between a value's header and the next header ("Födelsedatum" / "Grund" / "Ombudets klientnr"), where it
    cannot be the value of the header above it."""
    from redact.detect.name_words import F, S, classify_word, load_lexicons
    from redact.detect.table_header_lines import _fragment_join
    from redact.detect.table_headers import _is_header, header_kind
    from redact.detect.table_values import value_fits

    if "\n" in text[a:b]:
        return False
    lex = load_lexicons()
    if any(classify_word(w.strip(".,:;"), lex) in (F, S) for w in text[a:b].split()):
        return False  # a listed name stays a name wherever it stands

    def cell(n: int) -> str:
        """Line ``n`` as a header cell: joined with the line after it when a header is broken over the two."""
        line = _line_at(text, a, n)
        if _CAPITALS_ALONE.match(line):
            return line  # a row's initials ("KL" / "lånekort"), no broken header's first half ("Anställnings-")
        return (_fragment_join(line, nxt) if line and (nxt := _line_at(text, a, n + 1)) else None) or line

    def known(n: int) -> bool:
        line = cell(n)
        return bool(line) and (_is_header(line) or bool(_fragment_join(_line_at(text, a, n - 1), line)))

    if opens_header_run(text, a, b):
        return True
    here = cell(0)
    if header_kind(here) in _VALUE_KINDS:
        # a header broken over two lines is one cell: its neighbours are the lines around both halves, not its own
        # second half (a row's initials before an item that names a number, "KM" / "passerkort", join as no header)
        after = (2, 3, 4) if here != _line_at(text, a, 0) else (1, 2, 3)
        return any(known(n) for n in (-2, -1, *after))
    if between_header_cells(text, a, b):
        return True
    above = cell(-1)
    kind = header_kind(above) if above else None
    return (" " not in here and not known(0) and kind in _VALUE_KINDS and not value_fits(kind, here, above)
            and (known(1) or known(2)))


def word_part_or_case_label(f: Finding, text: str) -> bool:
    """True for a proposed name that is the first part of a compound with a shared end ("Gatu-" in
    "Gatu- och parkavdelningen") or a case number's label with its unit ("Dnr KYF")."""
    t = f.text.strip()
    if t.endswith("-") and f.end is not None and _SHARED_END.match(text, f.end):
        return True
    from redact.detect.common_nouns import after_service, definite_plural, header_verb_cell, label_noun, service_unit
    from redact.detect.group_names import club_letters_after_place, group_name
    from redact.detect.documents_abroad import document_name_before_number, document_title
    from redact.detect.kin_genitives import kin_genitive

    if f.start is not None and f.end is not None and _header_row_words(t) and _whole_line(text, f.start, f.end):
        return True  # "Förnamn Efternamn Skada": a header row read as one line, a column nobody listed in it
    if f.start is not None and f.end is not None and header_run_cell(text, f.start, f.end):
        return True  # "Födelsedatum" / "Grund" / "Ombudets klientnr": header cells read one a line, no one's name
    if group_name(t):
        return True  # "Duo Linfrö", "Ekby Bordtennis", "Åsby Elservice": an ensemble, a club or a firm
    if f.start is not None and " " not in t and (before := _WORD_BEFORE.search(text, max(0, f.start - 40), f.start)) \
            and (group_name(f"{before.group(1)} {t}") or names_body(f"{before.group(1)} {t}")):
        # "Lager" of "Ekeby Lager": a firm's trade or a club's sport after the place the model left out; "Gävleborg"
        # of "Sparbanken Gävleborg": a bank's region after its word
        return True
    if names_body(t):
        return True  # "ICA Banken", "Åsbyälvens FVO": a bank, a body by its place and letters
    if f.end is not None and len(t.split()) >= 2 and _CODE_LETTERS.fullmatch(t.split()[-1]) and len(
            t.split()[-1]) <= 3 and _DIGITS_AFTER.match(text, f.end) and all(
            _no_listed_name(w.strip(".,:;")) and not _NUMBER_WORD_END.search(w) for w in t.split()[:-1]):
        # "Provkit FIT" of "Provkit FIT 2207 441 83": a label and a code's letters, its digits after them ("Helena
        # KS 2026/0318" keeps the listed name; after a number's own label, "Kundnr KX 4410", the span is left to hold
        # the code where no identifier rule reads it)
        return True
    if f.end is not None and " " not in t and _identity_label_opened(t, text, f.end):
        return True  # "Codice" of "Codice fiscale": the first word of a number's label
    if f.start is not None and f.end is not None and header_row_line(text, f.start, f.end):
        return True  # "Nyckel" of "Brukare Nyckel hos Kontakt": a column nobody listed in a header row read as a line
    if f.start is not None and f.end is not None and club_letters_after_place(text, f.start, f.end):
        return True  # "SK" of "Ekby SK": a club's letters after its place
    if definite_plural(t) or label_noun(t) or service_unit(t) or (
            f.end is not None and header_verb_cell(t, text, f.end)):
        return True  # "Betalas till" a header cell, "Yttrandena" a noun, "Hemtjänst Norr" a unit: no name
    if f.end is not None and " " not in t and _ORG_NOUN_AFTER.match(text, f.end):
        # "Kråknäs skytteförening", "Falu lasarett": a place naming an organisation; a listed name stays
        # ("Jonas förening" is Jonas's)
        return _no_listed_name(t)
    if foreign_word_beside_item(t, text, f.start, f.end):
        return True  # "Mein Bruder", "Handy 070-…", "Tiêu đề:", "до": another language's word beside the data
    if f.end is not None and _area_body(t, text, f.end):
        return True  # "Södra Roslagens" of "Södra Roslagens miljö- och hälsoskyddsförbund": the body's area
    if f.start is not None and " " not in t and _ORG_NOUN_BEFORE.search(text, max(0, f.start - 20), f.start):
        return True  # "föreningen Newroz", "kören Lyra": the organisation's own name after its noun
    if f.start is not None and " " not in t and _ROOM_NOUN_BEFORE.search(text, max(0, f.start - 30), f.start):
        return _no_listed_name(t.strip(".,:;"))  # "sal Ekbacken": a room; "rum Anna" stays
    if f.start is not None and " " not in t and _UNIT_NOUN_BEFORE.search(text, max(0, f.start - 30), f.start):
        return _no_listed_name(t.strip(".,:;"))  # "förskolan Lärkan": the unit's name; "förskolan Anna" stays
    if f.start is not None and " " not in t and after_service(text, f.start):
        return _no_listed_name(t.strip(".,:;"))  # "hemtjänstgrupp Norr": the unit's area; "hemtjänsten Anna" stays
    if " " not in t and _PLACE_COMPOUND.match(t.strip(".,:;")) and _no_listed_name(t.strip(".,:;")):
        return True  # "Kyrkbron", "Hamntorget": a bridge's, a square's or a street's name alone, no person
    if _LEX_NAMED.match(t) or (f.start is not None and " " not in t
                                and _LEX_BEFORE.search(text, max(0, f.start - 8), f.start)):
        return True  # "lex Maria", "lex Sarah": a law's reporting duty named after a case, no one here
    if f.end is not None and " " not in t and _numbered_abbreviation(t, text, f.end):
        return True  # "Best." of "Best. 3: …" and its column's header: an order's label, abbreviated, no one's name
    if f.end is not None and kin_genitive(t, text, f.end):
        return True  # "Pappas befrielse": the father's exemption, no one named
    if f.end is not None and document_name_before_number(t, text, f.end):
        return True  # "Green Card" before its number: the document's name, a label
    if document_title(t):
        return True  # "Cartão de Cidadão", "Carte d'identité": an identity document's title, wherever it stands
    if f.end is not None and case_unit(t, text, f.end):
        return True  # "PaN 26-0811", "Ärende VO 2026/1207": a unit's letters before its case number (see case_units)
    if names_place_unit_or_firm(t, text, f.start):
        return True  # "Stora Karlsö", "Paviljong C", "inkassobolaget Lindorff" (see lettered_places)
    return bool(_CASE_LABEL.match(t))
