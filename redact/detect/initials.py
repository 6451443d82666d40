"""Initials where only people sign: signature lines and signature or responsibility columns.

"Justerandes signatur: KT / ELM", a "Sign." or "Ansvarig" column of a table (MuPDF reads a
table one cell a line, so the column's cells are the short lines under its header). Such
initials are proposed as persons even when no person of the document has them; those that
match a named person are linked to that person in ``redact.resolve.link``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from redact.detect.first_chars import compile_scanning, compiled
from redact.detect.hyphened_initials import hyphened_initials
from redact.detect.initials_keys import keyed_initials
from redact.detect.initials_word_columns import lone_in_word_columns
from redact.detect.initials_shapes import (
    ABBREVIATIONS, NUMBER_LEADS, THING_WORDS, hand_initials, particle_initials, plain_lower_initials, signer_header,
)
from redact.detect.not_initials import NOT_INITIALS, ORGANS, PARTIES
from redact.detect.placed_initials import find_placed_initials

log = logging.getLogger(__name__)

SCORE = 0.6

# Initials: "KT", "ELM", "B.N.", "AvH", "A.v.H.", "LdM".
# Also with the surname's second letter ("MWi", "PKä") and for a hyphenated first name ("A-KL", "E-LB").
# A hyphenated surname keeps its hyphen ("T.H-B", "TH-B").
INITIALS = (r"(?:[A-ZÅÄÖÉ]\.[A-ZÅÄÖÉ]\.?-[A-ZÅÄÖÉ]\.?|[A-ZÅÄÖÉ]{2}-[A-ZÅÄÖÉ](?![\w-])|[A-ZÅÄÖÉ]-[A-ZÅÄÖÉ]{1,3}|[A-ZÅÄÖÉ]{2}[a-zåäö](?![a-zåäö])|[A-ZÅÄÖÉ][a-zåäö][A-ZÅÄÖÉ][a-zåäö](?![a-zåäö])|[A-ZÅÄÖÉĐŠŽČĆŁŚŻØÆ]{2,4}|(?:[A-ZÅÄÖÉ]\.){2,4}|"
            r"[A-ZÅÄÖÉ]\.?[a-z]{1,3}\.?[A-ZÅÄÖÉ]\.?)")
_ONE = re.compile(rf"(?<![\w.]){INITIALS}(?![\w])")
# A line that names a signature: the initials follow on the same line.
_SIGNATURE_LINE = compiled(
    # (at a line's start, after a sentence's end on it: "Föredragande: mkö. Beslutande: AnW.", or after a wide gap,
    # a signature block's second column: "Eva Ek, handläggare        Attest: KRMA"; a lookahead, so that each label of
    # a line is read)
    # (whom a copy goes to, the block's second column after one space too: "Eva Ek, handläggare Kopia: AKW, ÖJSB")
    r"(?im)(?:^|(?<=[.;][ \t])|(?<=[ \t]{3})|(?<=\w[ \t])(?=(?-i:Kopia|Kopior|Cc)[ \t]*:))(?=[ \t]*(?:"
    # a role or a reference with its colon, the line holding initials only ("Handläggare: mkö", "Vår ref: tlk")
    r"(?:handläggare|handläggarna|ansvarig[ \t]+handläggare|ansvariga|beslutande|protokollförare|ordförande|attest|"
    r"attestant|attesterat[ \t]+av|föredragande|beslutsfattare|granskare|granskat[ \t]+av|utredare|kontrollant|"
    r"sekreterare|justerat[ \t]+av|underskrift(?:er)?|(?:vår|er)[ \t]+ref(?:erens)?\.?|ref\.|kopia|kopior|cc)[ \t]*(?=:)|"
    r"(?:justerandes?|justerares|ordförandes?|sekreterarens?|handläggarens?|beslutsfattarens?)"
    # (a label ends its word: "Signal", a call sign's header, is no "Sign" with initials "al" after it)
    r"[ \t]+(?:signatur(?:er)?|sign\.?|initialer)|justerare|justerat|signatur(?:er)?(?![a-zåäö])|sign(?:\.|(?![a-zåäö]))"
    r"|signum(?![a-zåäö])|initialer(?![a-zåäö])|"
    r"ansvarig(?![a-zåäö])|ansv\.)"
    r"[ \t]*:?[ \t]*(?P<rest>[^\n]*)$)"
)
_SEPARATORS = re.compile(r"^(?:[ \t]*(?:/|,|;|&|och|\||-|–)?[ \t]*)$")
# A column header of its own line: the cells under it are read one a line.
_COLUMN_HEADER = re.compile(
    r"(?im)^[ \t]*(?:sign\.?|signatur|signum|initialer|ansvarig|ansv\.?|utförare|vem|utfört[ \t]+av|"
    r"ansvarig[ \t]+\(sign\.?\)|kortnamn|förkortning|handl\.?|sign[ \t]*/[ \t]*datum|kontrollerad[ \t]+av|attest|"
    # who did it, by any participle and "av" ("Spärrad av", "Kvitterad av", "Mottagen av"), or by role
    r"[a-zåäö]{2,14}(?:ad|at|ade|d|t|dd|tt|en|et)\.?[ \t]+av|init\.?|initial|hdl\.?|handläggare|sekr\.?|"
    r"kontrollant|granskare|attestant|beslutsfattare|bokad[ \t]+av)[ \t]*:?[ \t]*$"
)
_COLUMN_LINES = 80

_PARTY_HEADER = compile_scanning(r"(?im)(?:^|[ \t])(?:parti|partibeteckning|partitillhörighet)[ \t]*$")


def _cell_initials(line: str, offset: int) -> list[tuple[int, int]]:
    """The initials that make up the whole of a cell line ("IW", "KT / ELM"), or nothing."""
    spans = [(m.start(), m.end()) for m in _ONE.finditer(line) if m.group().replace(".", "") not in NOT_INITIALS]
    if not spans:
        return []
    rest, pos = [], 0
    for a, b in spans:
        rest.append(line[pos:a])
        pos = b
    rest.append(line[pos:])
    # everything between the initials is a separator: the line holds initials and nothing else
    if not all(_SEPARATORS.match(r.strip()) or not r.strip() for r in rest):
        return []
    return [(offset + a, offset + b) for a, b in spans]


# A cell of one capital and two small letters: a signature by the start of a surname ("Lun" for Lundqvist).
_SURNAME_START_CELL = re.compile(r"^[ \t]*([A-ZÅÄÖÉ][a-zåäö]{2})[ \t]*$")


def _cell_surname_start(line: str, offset: int, text: str) -> list[tuple[int, int]]:
    """The cell when it is the first three letters of a longer capitalised name on the page."""
    m = _SURNAME_START_CELL.match(line)
    if m is None or not re.search(rf"(?<![\w-]){m.group(1)}[a-zåäö]{{3,}}", text):
        return []
    return [(offset + m.start(1), offset + m.end(1))]


# Initials as hands write them, with no capital or only one: "jk", "j-k", "Jk", "EkL", "j.k.". Taken only
# where initials stand (a signing column's cell of its own, right after a signing word), and not when the
# token is a short word ("ok", "mig", "för").
_LOOSE = re.compile(r"(?:[a-zåäö]{2,3}|[A-ZÅÄÖ][a-zåäö]|[a-zåäö]{1,2}-[a-zåäö]{1,2}|[A-ZÅÄÖ][a-zåäö]?[A-ZÅÄÖ][a-zåäö]?"
                    r"|(?:[a-zåäö]\.){1,2}[a-zåäö]\.?)")
_SHORT_WORDS = frozenset({
    "mig", "dig", "sig", "oss", "er", "dem", "dom", "han", "hon", "den", "det", "de", "en", "ett", "för", "på", "av",
    "om", "med", "till", "vid", "hos", "som", "och", "att", "men", "nu", "ja", "nej", "ok", "ej", "alla", "vem", "var",
    "när", "hur", "sin", "sitt", "min", "mitt", "din", "ditt", "hans", "vår", "ert", "man", "du", "vi", "ni", "the",
    "and", "by", "of", "to", "in", "me", "us", "him", "her", "via", "kl", "st", "nr", "ca", "tel", "fax", "sms", "kr",
    "sek", "mm", "dvs", "osv", "pga", "mfl", "tex", "bl", "ex", "fm", "em", "tom", "mån", "tis", "ons", "tor",
    "fre", "lör", "sön", "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec", "dag",
    "år", "tid", "ny", "nya", "bra", "fel", "obs", "ang", "avs", "se", "ute", "hem", "per", "adm", "dnr", "ref",
    "reg", "ers", "ut", "in", "upp", "ned", "ner", "nej", "ev", "el", "kg", "km", "cm", "mg", "ml", "st", "bil",
    "tåg", "mat", "gå", "går", "gick", "fick", "får", "ska", "kan", "har", "är", "blev", "ny", "gul", "röd", "grön",
    "ok.", "jo", "nå", "ha", "fa", "fd", "nb", "ps", "vg", "mvh", "ink", "avg", "ank", "ringt", "via", "tf", "vik",
    "Ja", "Ok", "Nu", "Ej", "Nr", "Se", "Jo", "Kl", "St", "Ca", "Ex", "Fd", "Ps", "Nb", "OK", "NA", "Na",
    # numbers and grades that fill a column's cells too
    "två", "tre", "fem", "sex", "sju", "nio", "tio", "all", "kom", "ig", "vg", "mvg", "Ig", "Vg", "Em", "Fm", "Av",
    "På", "Om", "Vid", "Ute", "Hem", "Fri", "fri", "sjuk", "nej.", "ja.", "Nej", "Klar",
}) | THING_WORDS
# A signing word and the initials right after it ("Granskad: mjö", "Ok/ts", "Vidimerat EkL", "gjord av dl den 12
# mars"): the token ends the line or a clause.
_SIGNED_BY = re.compile(
    r"(?i:(?<![\w])(?:sign\.?|signerat|signerad|signerades|signum|granskad|granskat|granskades|vidimerat|vidimerad|"
    r"attest|attesterat|attesterad|kontrollerad|kontrollerat|kontrollerades|utförd|utfört|utfördes|gjord|gjort|"
    r"gjordes|noterad|noterat|noterades|bokad|bokat|justerat|justerad|kvitterad|kvitterat|godkänd|godkänt|ok)"
    r"(?![\w])(?:[ \t]+av)?)[ \t]*[:/]?[ \t]*(?P<token>" + _LOOSE.pattern + r")(?=[ \t]*(?:[.,;)/]|\n|$|den\b|[ \t]\d))"
)


def _abbreviation(token: str) -> bool:
    """True for an ordinary abbreviation written with dots or hyphens ("o.s.v.", "p.g.a.", "s.k.")."""
    return ("." in token or "-" in token) and re.sub(r"[.\-]", "", token).casefold() in ABBREVIATIONS


def _loose_cell(line: str, offset: int) -> list[tuple[int, int]]:
    """A signing column's cell that is lowercase or mixed-case initials alone ("jk", "j-k", "Jk")."""
    s = line.strip()
    if s in NUMBER_LEADS:
        a = offset + line.index(s)
        return [(a, a + len(s))]  # "ca" alone in the cell: no number follows, so it is no "cirka"
    # a full stop after small letters alone in the cell ("jb."): the hand's abbreviation dot, the letters are initials
    bare = s[:-1] if s.endswith(".") and "." not in s[:-1] and s[:-1].islower() else s
    if not s or bare in _SHORT_WORDS or bare.lower() in _SHORT_WORDS or _abbreviation(s) or not _LOOSE.fullmatch(bare):
        return []
    a = offset + line.index(s)
    return [(a, a + len(s))]


# Between several people's initials in one cell or on one signature line ("c.am / t.bl", "UlfS, M.Ah").
_CELL_SPLIT = re.compile(r"[ \t]*(?:/|,|;|&|\||\boch\b|–)[ \t]*|[ \t]+")


def _hand_cell(line: str, offset: int, loose: bool = False) -> list[tuple[int, int]]:
    """The initials of a cell line made of hand-written initials only ("c.am", "Pe-Ö", "i-l.k / AnnaK");
    with ``loose`` also two or three small letters ("jk"), and initials with a surname's particle ("K.af B.")."""
    if particle_initials(line):
        a = offset + line.index(line.strip())
        return [(a, a + len(line.strip()))]
    return _every_token(line, offset, lambda t: hand_initials(t) or (loose and plain_lower_initials(t)))


def _mixed_cell(line: str, offset: int) -> list[tuple[int, int]]:
    """The initials of a signature line listing several people each in their own shape, hand-written and plain
    capitals mixed ("L-G.Ns., AMKL"), or nothing when any token is neither."""
    return _every_token(line, offset, lambda t: hand_initials(t) or (
        _ONE.fullmatch(t) is not None and t.replace(".", "") not in NOT_INITIALS))


def _every_token(line: str, offset: int, fits: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The spans of the line's tokens between separators when every one ``fits``, else nothing."""
    out, pos = [], 0
    for m in [*_CELL_SPLIT.finditer(line), None]:
        a, b = (m.start(), m.end()) if m else (len(line), len(line))
        if a > pos:
            if not fits(line[pos:a]):
                return []
            out.append((offset + pos, offset + a))
        pos = b
    return out


# A line of header cells read as one ("Abonnentnr Handl.", "Arvode/mån Handl."): its last cell may be a signer's.
_HEADER_LINE = re.compile(r"^[ \t]*[A-ZÅÄÖ][^\W\d_]*[.:/]?(?:[ \t/]+[^\W\d_]+[.:]?){0,3}[ \t]*$")


def _merged_signing_header(line: str) -> bool:
    """True for header cells set close together that MuPDF reads as one line ("Ansvarig Uppföljning", "Åtgärd
    Sign. Datum"): a header line of capitalised words, one of which is a signing column's own header."""
    s = line.strip()
    if not _HEADER_LINE.match(s):
        return _merged_header_cells(s)
    words = s.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and any(_COLUMN_HEADER.match(w) for w in words)


# a header cell of a capitalised word and up to three small words after it ("Passet sågs av", "Chip läst av")
_HEADER_CELL = re.compile(r"[A-ZÅÄÖ][^\W\d_]*\.?(?:[ ][a-zåäö][^\W\d_]*\.?){0,3}")


def _merged_header_cells(s: str) -> bool:
    """True for three header cells or more of a few words each read as one line, one a signing column's ("Passet
    sågs av Chip läst av Anmärkning Attest"): each cell opens with a capital, no digit nor a sentence's mark."""
    cells = _HEADER_CELL.findall(s)
    if not 3 <= len(cells) <= 8 or len(s.split()) > 14 or " ".join(cells) != " ".join(s.split()):
        return False
    return any(_COLUMN_HEADER.match(c) for c in cells)


def _role_header(line: str) -> bool:
    """True for a column header line that names who handled, signed, decided or inspected ("Insp.",
    "Röstm.", "Hl.", "Handläggare"), alone or as the last of the header cells read on one line."""
    s = line.strip()
    if not s or len(s) > 60 or not _HEADER_LINE.match(s):
        return False
    # (or any of several header cells MuPDF reads as one line, all capitalised: "Inspektör Kontroll")
    words = s.split()
    return signer_header(s) or signer_header(words[-1]) or (
        len(words) >= 2 and all(w[:1].isupper() for w in words) and any(signer_header(w) for w in words))


# the signing words' starts, looked up with str.find (one pass each in C) before the pattern is tried there
_SIGNING_STARTS = ("sign", "gransk", "vidim", "attest", "kontroll", "utför", "gjor", "noter", "bokad", "bokat",
                   "juster", "kvitter", "godkän", "ok")


def _signed_by(text: str) -> list[tuple[int, int]]:
    """Initials of any case right after a signing word."""
    low = text.lower()
    starts = set()
    for word in _SIGNING_STARTS:
        pos = low.find(word)
        while pos >= 0:
            if pos == 0 or not low[pos - 1].isalnum():  # a word's start ("ok", not "dokument")
                starts.add(pos)
            pos = low.find(word, pos + 1)
    out = []
    for pos in sorted(starts):
        m = _SIGNED_BY.match(text, pos)
        if m is None:
            continue
        tok = m.group("token")
        if tok in _SHORT_WORDS or tok.lower().rstrip(".") in _SHORT_WORDS or _abbreviation(tok):
            continue
        out.append((m.start("token"), m.end("token")))
    return out


# The writer's and the typist's initials joined by a slash ("PeL/yk", "AB/cd", "KT/ELM/ms"): what follows the slash
# after initials is a second person's initials, in whatever case; so is the next of a list ("AB, CD och ef") that
# ends there.
_TOKEN = r"(?P<token>" + _LOOSE.pattern + r"|" + INITIALS + r")"
_PAIRED = compiled(r"[ \t]*/[ \t]*" + _TOKEN + r"(?=[ \t]*(?:[.,;:)/]|\n|$|[ \t]))"
                   # (the list may wrap before its "och": "Attest: AnW" / "och mkr.")
                   # (also after initials in brackets: "Karin Ek (KaE) och mlö")
                   r"|\)?(?:[ \t]*[,&+][ \t]*|(?:[ \t]+|[ \t]*\n[ \t]*)och(?:[ \t]+|[ \t]*\n[ \t]*))" + _TOKEN.replace("token", "listed")
                   + r"(?=[ \t]*(?:[.;)/&+]|\n|$|,|[ \t]och[ \t]))")
# Capital initials, a slash and small ones, standing alone: the writer's and the typist's ("PeL/yk", "AB/cd").
_WRITER_TYPIST = compile_scanning(
    r"(?<![\w/.-])(?P<w>[A-ZÅÄÖ][a-zåäö]?[A-ZÅÄÖ][a-zåäö]?|[A-ZÅÄÖ]{2,3})/(?P<t>[a-zåäö]{2,3})"
    r"(?![\w/-])")
# A letter's reference line holds the handler's initials, often with the typist's ("Vår ref: PeL/yk", "Er ref. AB").
_REFERENCE = re.compile(r"(?i:(?<![\w])(?:vår|er|our|your)?[ \t]*(?:ref\.?|referens))[ \t]*:?[ \t]*"
                        r"(?P<token>" + INITIALS + r"|[A-ZÅÄÖ][a-zåäö]?[A-ZÅÄÖ][a-zåäö]?)(?=[ \t]*(?:[.,;)/]|\n|$))")




def _short_word(token: str) -> bool:
    return token in _SHORT_WORDS or token.lower().rstrip(".") in _SHORT_WORDS or _abbreviation(token)


def _paired_after(text: str, end: int) -> list[tuple[int, int]]:
    """The initials after a slash that follows initials ("PeL/yk"), one after another ("KT/ELM/ms"), and the rest
    of a list of initials ("AB, CD och ef")."""
    out = []
    while (m := _PAIRED.match(text, end)) is not None:
        g = "token" if m.group("token") else "listed"
        tok = m.group(g)
        if _short_word(tok) or tok.replace(".", "").upper() in NOT_INITIALS:
            break
        out.append((m.start(g), m.end(g)))
        end = m.end(g)
    return out


def _writer_and_typist(text: str) -> list[tuple[int, int]]:
    """Capital initials and small ones joined by a slash ("PeL/yk"): a letter's writer and typist."""
    if "/" not in text:
        return []
    out = []
    for m in _WRITER_TYPIST.finditer(text):
        w, t = m.group("w"), m.group("t")
        if w.upper() in NOT_INITIALS or _short_word(t) or t in ABBREVIATIONS or w in ORGANS:
            continue
        out += [(m.start("w"), m.end("w")), (m.start("t"), m.end("t"))]
    return out


def _referenced(text: str) -> list[tuple[int, int]]:
    """Initials right after a letter's reference label ("Vår ref: PeL", "Ref. AB")."""
    if "ref" not in text and "Ref" not in text and "REF" not in text:
        return []
    return [(m.start("token"), m.end("token")) for m in _REFERENCE.finditer(text)
            if m.group("token").upper() not in NOT_INITIALS]


def find_initials_in_signatures(text: str) -> list[tuple[int, int, str]]:
    """(start, end, why) of initials on signature lines and in signature/responsibility columns."""
    out: dict[tuple[int, int], str] = {}
    for m in _SIGNATURE_LINE.finditer(text):
        # the label says initials follow: two or three small letters count too ("Ansv.: mk")
        # a sentence's full stop after small letters ends the line, not the initials ("Ansvariga: KaL och mkö.")
        # the next sentence on the line is no part of the signature ("mkö. Beslutande: AnW.")
        # (not after a single letter: "L.A." ends dotted initials)
        rest = re.split(r"(?<=[^\W\d_]{2})\.(?=[ \t]+[A-ZÅÄÖ][a-zåäö])", m.group("rest"))[0]
        last = rest.split()[-1] if rest.strip() else ""
        if last.endswith(".") and "." not in last[:-1] and "-" not in last:
            rest = rest.rstrip()[:-1]  # the full stop ends the sentence, not the initials ("AnW.", "mkö.")
        for span in (_cell_initials(rest, m.start("rest"))
                     or _hand_cell(rest, m.start("rest"), loose=True)
                     or _mixed_cell(rest, m.start("rest"))):
            out.setdefault(span, "initialer på en signaturrad")
        if not m.group("rest").strip():
            # the label ends its line: the initials stand on the next lines ("Justerandes signatur\nPE / MKL")
            pos = m.end("rest") + 1
            for _ in range(2):
                if pos >= len(text):
                    break
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                for span in _cell_initials(text[pos:end], pos) or _hand_cell(text[pos:end], pos):
                    out.setdefault(span, "initialer på en signaturrad")
                pos = end + 1
    if _COLUMN_HEADER.search(text) or any(_role_header(line) or _merged_signing_header(line)
                                          for line in text.splitlines()):
        lines = text.splitlines(keepends=True)
        starts, pos = [], 0
        for line in lines:
            starts.append(pos)
            pos += len(line)
        # a table with a party column: its cells "KD", "MP", "SD" are parties, read among the signatures
        parties = _PARTY_HEADER.search(text) is not None
        for i, line in enumerate(lines):
            signing = _COLUMN_HEADER.match(line.rstrip("\n")) is not None or _merged_signing_header(line)
            if not signing and not _role_header(line):
                continue
            below: dict[int, list[tuple[tuple[int, int], str]]] = {}
            for j in range(i + 1, min(len(lines), i + 1 + _COLUMN_LINES)):
                cell = lines[j].rstrip("\n")
                if parties and cell.strip() in PARTIES:
                    continue
                found = below.setdefault(j - i - 1, [])
                # under a role's header ("Insp.", "Besl.") only shapes no word nor code has; its capitals
                # ("BE" beside a licence class) are left to the column-aware readings of table_columns
                found += [(span, "initialer i en signatur- eller ansvarskolumn")
                          for span in _hand_cell(cell, starts[j], loose=signing)]
                if not signing:
                    continue
                found += [(span, "initialer i en signatur- eller ansvarskolumn")
                          for span in _cell_initials(cell, starts[j])]
                found += [(span, "början av ett efternamn i en signatur- eller ansvarskolumn")
                          for span in _cell_surname_start(cell, starts[j], text)]
                found += [(span, "initialer i en signatur- eller ansvarskolumn")
                          for span in _loose_cell(cell, starts[j])]
            # (a table read one cell a line puts every column under the header: an item's "GPS" is no one's)
            cells = [lines[j].rstrip("\n") for j in range(i + 1, min(len(lines), i + 1 + _COLUMN_LINES))]
            lone = lone_in_word_columns(cells, {k for k, spans in below.items() if spans})
            for k, spans in below.items():
                if k not in lone:
                    for span, why in spans:
                        out.setdefault(span, why)
    for span in _signed_by(text):
        out.setdefault(span, "initialer efter ett ord för signering")
    for span in _referenced(text):
        out.setdefault(span, "initialer efter en referens")
    for span in _writer_and_typist(text):
        out.setdefault(span, "initialer: skribentens och utskrivarens")
    for span in keyed_initials(text):
        out.setdefault(span, "initialer före namnet de står för")
    for span in hyphened_initials(text):
        out.setdefault(span, "initialer av ett förnamn med bindestreck och ett efternamns början")
    for a, b, why in find_placed_initials(text):
        if not any(s < b and a < e for s, e in out):
            out[(a, b)] = why
    for a, b in list(out):
        for span in _paired_after(text, b):
            if not any(s < span[1] and span[0] < e for s, e in out):
                out[span] = "initialer bredvid andra initialer"
    return [(a, b, why) for (a, b), why in sorted(out.items())]


class InitialsRecognizer(EntityRecognizer):
    """PERSON results for initials on signature lines and in signature or responsibility columns."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="initials_column", supported_language="sv")

    def load(self) -> None:
        """Nothing to load: the patterns are compiled at import."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        """One PERSON result per initials found in a signature position."""
        if entities and "PERSON" not in entities:
            return []
        results = []
        try:
            found = find_initials_in_signatures(text)
        except Exception:  # a widening rule must never cost the page its other findings
            log.exception("initials: the signature rules failed on a page; no initials proposed by them")
            return []
        for start, end, why in found:
            expl = AnalysisExplanation(recognizer=self.name, original_score=SCORE, textual_explanation=why)
            results.append(RecognizerResult(
                entity_type="PERSON", start=start, end=end, score=SCORE, analysis_explanation=expl,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    "reason": why,
                },
            ))
        return results
