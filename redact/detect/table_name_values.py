"""The names and initials a cell under a headed column may hold ("Somchai" under "Förnamn", "IW / MWi" under
"Sign."), never a header, a title, a decision, a group or an organisation.

Part of ``redact.detect.table_columns`` (which see): ``redact.detect.table_values.value_fits`` asks these.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.initials_shapes import NUMBER_LEADS, THING_WORDS, hand_initials, plain_lower_initials
from redact.detect.not_initials import CELL_MARKS, CLUB_FORMS, NOT_INITIALS, UNITS
from redact.detect.table_header_words import FIRST, FULL, LAST, SIGN


# the capitals of names from every Latin script count ("JĐ" for Jelena Đorđević, "ŁK", "ØH")
_INITIALS_CELL = re.compile(r"^[A-ZÅÄÖÉÜĐŠŽČĆŁŚŻØÆ" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
                            + r"](?:[^\W\d_]|[.\-]){0,6}$")


# A header naming the residents and their housing alike ("Boende"), and the words of a housing no one owns.
RESIDENTS_HEADER = re.compile(r"(?i)^(?:boende|boendet|bostad|bor)[ \t.:]*$")
_INSTITUTION_WORD = re.compile(r"(?i)^\w*(?:hem|hemmet|boende|boendet|hotell|hotellet|härbärge|härbärget|lägenhet|"
                               r"lägenheten|vandrarhem|vandrarhemmet|internat|internatet|pensionat|pensionatet|"
                               r"stugby|stugbyn|camping|campingen)$")


_NAME_AGE = r"[A-ZÅÄÖÉÜ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?[ \t]+\d{1,2}(?:[ \t]+(?:år|mån\.?))?"
#: Names each with an age, as a family's children are listed in one cell ("Ruta 9, Daniel 6", "Elin 4 år och Max 2").
NAMES_WITH_AGES = re.compile(rf"^{_NAME_AGE}(?:(?:[ \t]*,|[ \t]+och)[ \t]+{_NAME_AGE})*$")
NAME_IN_AGES = re.compile(r"[A-ZÅÄÖÉÜ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?")


def name_value_fits(kind: str, v: str, header: str) -> bool:
    """True when the stripped cell ``v`` can be what a column of names or initials (``kind``) under ``header``
    holds: no number, label, decision, group or housing (see value_fits)."""
    if kind in (FULL, FIRST) and NAMES_WITH_AGES.match(v):
        return True  # "Ruta 9, Daniel 6" in a "Barn" cell: children's first names with their ages
    if kind in (FULL, FIRST) and (_SMALL_INITIALS.match(v) or hand_initials(v)):
        return True  # "e.m", "a-l.k" in an "Elev" cell: a pupil named by initials as hands write them
    if any(ch.isdigit() for ch in v) or "@" in v or ":" in v:
        return False  # a "Label: value" line below the table is no name cell
    words = v.split()
    if kind in (FULL, FIRST, LAST, SIGN) and len(words) >= 2 and words[-1] in _CLOSING_PREPOSITIONS:
        return False  # "Nås på", "Betalas till": a header cell nobody listed, read where the first row's name stands
    if kind in (FULL, FIRST, LAST, SIGN) and len(words) >= 2 and words[-1] == "den":
        return False  # "Ekby den" of "Ekby den 4 maj 2027": the dateline below the table, its date cut off
    if kind in (FULL, FIRST, LAST) and len(words) >= 2 and all(len(w) == 1 and w.isupper() for w in words):
        return False  # "F A" in an "Elev" cell: a school class (the preschool class's group A), no one's name
    from redact.detect.group_names import group_name

    if kind in (FULL, FIRST, LAST, SIGN) and v.lower() in _DECISIONS:
        return False  # "Beviljas", "Avslag" where a table's rows have slipped: the decision's column, no name
    if kind in (FULL, FIRST, LAST, SIGN) and group_name(v):
        return False  # "Ekby Tidning", "Åby Byalag" under "Sökande": the applicant is a group, no person
    if kind in (FULL, FIRST) and RESIDENTS_HEADER.match(header.strip()) and any(_INSTITUTION_WORD.match(w) for w in words):
        return False  # "Hotell Lindås", "Härbärget Fyren" under "Boende": the housing the person was given, no name
    if kind in (FIRST, LAST) and len(words) == 1 and v.isupper() and len(v) <= 3:
        return False  # "S", "KD", "SEK": a party or initials where the rows have slipped, never a name alone
    if kind == SIGN:
        parts = [w for w in re.split(r"\s*[/,&]\s*|\s+", v) if w]
        if parts and all(_initials(w) for w in parts):
            return True
        return len(words) >= 2 and _looks_like_name(words) and not _is_title(words)
    return _looks_like_name(words) and len(words) <= (2 if kind in (FIRST, LAST) else 5) and not _is_title(words)


_CLOSING_PREPOSITIONS = frozenset({"till", "från", "av", "hos", "via", "på", "för", "med"})
# A decision's word as a register writes it in its own column: never a person's name
_DECISIONS = frozenset({"beviljas", "beviljad", "beviljat", "beviljade", "bifall", "bifalls", "bifalles", "avslag",
                        "avslås", "avslaget", "avvisas", "avvisad", "avskrivs", "avskriven", "godkänd", "godkänt",
                        "godkänns", "återkallas", "återkallad", "delvis bifall", "ej beviljad", "beslut", "beslutat"})


_LOWER_DOTTED = re.compile(r"^(?:[a-zåäö]\.){2,3}$")
# single small letters joined by dots, with no dot after the last ("e.m", "k.l.s"): initials, not "e.m." (afternoon)
_SMALL_INITIALS = re.compile(r"^[a-zåäöéü](?:\.[a-zåäöéü]){1,2}$")
# Lowercase initials as staff sign in a signature column: a hyphenated first name's ("j-e.s", "c-j.ö", "m-l.v"),
# letters with dots ("b.ö", "r.ch"), or two or three letters alone ("leh", "ikl"); a column's header says they sign.
_LOWER_INITIALS = re.compile(r"^[a-zåäöéü]{1,2}(?:[-.][a-zåäöéü]{1,3}){1,3}\.?$|^[a-zåäöéü]{2,3}$")
_LOWER_WORDS = frozenset({"ja", "nej", "ok", "klar", "ej", "och", "av", "se", "nr", "st", "kr", "ca", "bl.a", "t.ex",
                          "m.m", "o.s.v", "d.v.s", "p.g.a", "inte", "alla", "ute", "nya", "fel", "bra", "sen", "kl"})


def _initials(word: str) -> bool:
    """Initials as staff sign: "IW", "MWi", "A-KL", "B.N.", "AvH" (two capitals at least), or small letters
    with dots ("m.s.") in a signature column."""
    if _LOWER_DOTTED.match(word) or hand_initials(word) or plain_lower_initials(word):
        return True  # "m.s.", "c.am", "Pe-Ö", "AnnaK", "jk": as hands write them
    if _LOWER_INITIALS.match(word) and (word.rstrip(".") not in _LOWER_WORDS | THING_WORDS or word in NUMBER_LEADS):
        return True
    return (bool(_INITIALS_CELL.match(word)) and sum(ch.isupper() for ch in word) >= 2
            and word.replace(".", "").upper() not in (NOT_INITIALS | CELL_MARKS) - UNITS and len(word.replace(".", "")) <= 5)


def _is_title(words: Sequence[str]) -> bool:
    """A role or title ("Rektor", "Kurator") standing where a name could."""
    from redact.resolve.derived_short_forms import title_words

    return len(words) == 1 and words[0].lower().strip(".,") in title_words()


# The words associations end in (their letters: CLUB_FORMS); a name column's organisations are no names.
_CLUB_WORDS = ("klubb", "klubben", "byalag", "byalaget", "kör", "kören", "orkester", "orkestern", "gille", "gillet",
               "scoutkår", "hembygdsförening", "idrottsförening", "sällskap")


# What a column header names, as the end of a word: no one's name ends so ("Kontaktuppgifter", "Lönekonto",
# "Utbildning", "Sjukersättning"; "Leveransadresser" heading the next table, read into the column). A listed name of
# such an ending ("Henning") stays a name.
_HEADER_NOUN_END = re.compile(
    r"(?:uppgift|uppgifter|konto|kontot|ekonomi|nummer|datum|belopp|avgift|avgifter|adress|adresser|status|"
    r"kommentar|kommentarer|utbildning|anteckning|anteckningar|information|ersättning|skuld|skulder|orsak|åtgärd|åtgärder|"
    r"sysselsättning|inkomst|inkomster|kostnad|kostnader|bidrag)$", re.IGNORECASE)


def _header_noun(word: str) -> bool:
    from redact.detect.name_words import F, S, classify_word, load_lexicons

    w = word.strip(".,:")
    return bool(_HEADER_NOUN_END.search(w)) and len(w) >= 5 and classify_word(w, load_lexicons()) not in (F, S)


def _looks_like_name(words: Sequence[str]) -> bool:
    from redact.detect.name_words import ORG_SUFFIX

    def org_word(w: str) -> bool:
        w = w.strip(".,")
        if w in CLUB_FORMS or w.lower().endswith(_CLUB_WORDS):
            return True  # "Fågelsångs IK", "Kallholmens BK", "Ödmårdens Byalag": an association in a name column
        # "AB" alone is a company form; a name ending so ("Wahab", "Rajab") is a name
        return bool(ORG_SUFFIX.search(w)) and (w.upper() == "AB" or not w.lower().endswith("ab"))

    if not words or any(org_word(w) for w in words):
        return False  # "Försäkringskassan", "Norrvalla kommun": an organisation in a name column
    if len(words) == 1 and _header_noun(words[0]):
        return False  # "Löneuppgifter", "Utbildning": a header cell of a table beside, read into the column
    caps = [w for w in words if w[:1].isupper()]
    # particles ("af", "von", "bin") may be lower case; the rest capitalised
    return len(caps) >= 1 and all(w[:1].isupper() or (w.isalpha() and len(w) <= 3) for w in words)
