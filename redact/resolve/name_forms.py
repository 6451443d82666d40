"""Where a copy of a masked name counts as the name: one definition for propagation and verification.

Propagation masks every copy of a detected name; verification fails the run on every readable
copy of a masked one. If the two read "a copy" differently, verification finds copies that
propagation left, and the run stops. So both ask this module: the boundaries of a name, its
genitive endings, and the one place where a one-word name that is also an English word is the
word ("Will you send it?", "Hope to hear from you").

Both read text whose whitespace may differ (propagation the page's own text with its line
ends, verification a reading with single spaces), so nothing here depends on the kind of
whitespace: a line end is no sentence end.
"""

from __future__ import annotations

import re

from redact.detect.company_forms import AFTER_NAME, ASSOCIATION_AFTER_NAME
from redact.detect.firm_names import after_firm_word
from redact.detect.first_chars import compile_scanning
from redact.detect.foreign_words import WORD_NAMES

#: The genitive endings a copy of a name may carry ("Annas", "Anna's", "Lars'").
GENITIVE = r"(?:s|'s|’s|'|’)?"
#: A name does not start inside a word, an e-mail address or a hyphenated word ("Anna" is not in "Lisa-Anna").
LEFT = r"(?<![\w@.-])"
#: ... nor end inside one ("Anna" is not in "Anna-Karin" or "anna@").
RIGHT = r"(?![\w@-])"

#: Words after a sentence-opening modal or verb ("Will you", "May we", "Hope to"): there a name
#: that is also an English word ("Will", "May", "Hope") is the word.
QUESTION_NEXT = frozenset(
    {"you", "we", "they", "he", "she", "it", "this", "these", "there", "to", "your", "our", "not"}
)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_SENTENCE_END = ".!?:"


def genitive_fits(name: str, ending: str) -> bool:
    """False for an upper-case "S" after a name not written in capitals: "Lee SS" is another name than "Lee S"'s."""
    return not ("S" in ending and not name.isupper())


def opens_question(text: str, start: int, end: int) -> bool:
    """The name-word at ``text[start:end]`` opens a sentence before a pronoun: "Will you send it?".

    Only for names that are also English words (``WORD_NAMES``): "Karin to chair the meeting"
    is Karin. A line end alone is no sentence end ("... told\\nElse to contact" is the person).
    """
    if text[start:end].lower() not in WORD_NAMES:
        return False
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or nxt.group(1) not in QUESTION_NEXT:
        return False
    before = text[max(0, start - 40):start].rstrip().rstrip("\"'“(").rstrip()
    return not before or before[-1] in _SENTENCE_END


def counts(text: str, start: int, end: int, capital_only: bool) -> bool:
    """Whether the match ``text[start:end]`` of a masked name's form is a copy of the name.

    ``capital_only``: a one-word name or a part of a full name, which counts only capitalised
    ("Sten", not the noun "sten"), not as the English word opening a question, and not as a
    partner's name in a firm's name written with its form ("Wallin & Eker KB") or after its trade's
    word ("Advokatfirman Eker", see ``redact.detect.firm_names``).
    """
    if firms_form(text, start, end):
        return False  # "Umeå Försvarsadvokater KB": the firm's form, though a person's initials are "kb" (see below)
    if series_of_case(text, start, end):
        return False  # "MF 2027-0612": the series' letters of a case number, though a person's initials are "MF"
    if not capital_only:
        return True
    from redact.detect.no_person_spans import between_header_cells, header_row_line

    word = text[start:end]
    if len(word) >= 4 and word[1:].islower() and (header_row_line(text, start, end)
                                                  or between_header_cells(text, start, end)):
        return False  # "Klagande Hjälpmedel" / "Handl. Telefon": a column's header, though a name read "Hjälpmedel" too
    return (text[start:start + 1].isupper() and not opens_question(text, start, end)
            and _FIRM_REST.match(text, end) is None and not trade_firm(text, start, end)
            and not after_firm_word(text, start))


#: A case number of the year after its series' capitals, one space between ("MF 2027-0612", "KS 27/0412"): the
#: capitals number the body's case, no copy of a person's initials
_CASE_OF_THE_YEAR_AFTER = re.compile(r"[ \t\u00a0](?:19|20)?\d\d[-/:]\d{3,6}(?![\w-]|[ \t]\d)")


def series_of_case(text: str, start: int, end: int) -> bool:
    """True for two to four capitals right before a case number of the year (see above)."""
    word = text[start:end]
    return 2 <= len(word) <= 4 and word.isalpha() and word.isupper() and (
        _CASE_OF_THE_YEAR_AFTER.match(text, end) is not None)


#: A partnership's or a company's form right after a firm's trade word, one space between ("Umeå Försvarsadvokater
#: KB", "Norrviks Revisorer AB"): the firm's form, no copy of a person's initials "KB"
_FIRM_FORMS = frozenset({"AB", "HB", "KB"})
_FIRM_TRADE_BEFORE = re.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]*(?:advokater|advokaterna|advokatbyrå|jurister|juristerna|"
                                r"konsulter|revisorer|byrå|byrån|partners|fastigheter|tjänster|entreprenad|"
                                r"service|transporter|konsult) $"
                                # a firm named by its town ("Bostäder i Ekby AB", "Energi i Norrvik KB")
                                r"|(?<![\w-])[A-ZÅÄÖ][\w-]* i [A-ZÅÄÖ][\w-]* $")


def firms_form(text: str, start: int, end: int) -> bool:
    """True for a company form ("KB") right after a firm's trade word ("Försvarsadvokater KB") or a firm's name by its
    town ("Bostäder i Ekby AB"), see above."""
    return text[start:end] in _FIRM_FORMS and _FIRM_TRADE_BEFORE.search(text, max(0, start - 40), start) is not None


#: A sole trader's trade as the capitalised words of the firm's name after the owner's surname ("Lindholms Mark &
#: Trädgård", "Erikssons Snickeri", "Karimi Mark & Schakt"): the trade's word, another after "&" or "och" perhaps.
_TRADE_WORD = (r"(?:[A-ZÅÄÖ][a-zåäö]{2,}(?:eri|ering|röjning|service|tjänst|tjänster|konsult|transport|entreprenad)"
               r"|Mark|Trädgård|Trädgårdar|Kakel|Klinker|Plåt|Bygg|Schakt|Rör|Golv|Tak|Fönster|Städ|Smide|Sten|Puts|"
               r"Färg|Frakt|Foto|Catering|Frisör|Redovisning|Massage|Maskin|Maskiner|Trä|El|VVS|Lantbruk|Jordbruk|Skogsvård|"
               r"Juridik|Advokat|Advokatbyrå)")
#: (one space before the trade: a wider gap, a tab or a line end may be a cell border, the next cell's word a column's
#: value beside a surname's cell)
_TRADE_REST = re.compile(rf" {_TRADE_WORD}(?P<more>[ \t]+(?:&|och)[ \t]+[A-ZÅÄÖ][\w-]*)?(?![\w@-])")
#: A capitalised word right before: the name part is a person's whole name's ("Patrik Lindholms Mark"), no firm's
_NAME_BEFORE = re.compile(r"[A-ZÅÄÖÉ][\w-]*[ \t]+$")
#: The company form right after the trade, one space between ("Lindqvist Juridik AB"): the registered company's name
_FORM_AFTER_TRADE = re.compile(rf" (?:{AFTER_NAME})(?![\w-])")


_FIRM_OPENING = compile_scanning(r"(?<![\w@.-])[A-ZÅÄÖÉ][\w-]*(?= [A-ZÅÄÖ])")


def trade_firm_spans(text: str) -> list[tuple[int, int]]:
    """Where the text writes a sole trader's firm by a surname and its trade (see ``trade_firm``): the whole name."""
    out = []
    for m in _FIRM_OPENING.finditer(text):
        if trade_firm(text, m.start(), m.end()):
            out.append((m.start(), _TRADE_REST.match(text, m.end()).end()))
    return out


def trade_firm(text: str, start: int, end: int) -> bool:
    """True for a name part that opens a sole trader's firm by its trade's capitalised words (see ``_TRADE_REST``),
    no capitalised word before it: the firm's registered name, which stays readable as a company's does (the
    owner's own name, first name and surname, is masked wherever written)."""
    m = _TRADE_REST.match(text, end)
    # the surname in its genitive ("Erikssons Snickeri"), or a second trade after "&" ("Karimi Mark & Schakt"), or the
    # company form right after the trade ("Lindqvist Juridik AB"): a bare surname and one word may be a list's surname and
    # first name ("Lindholm Mark")
    return m is not None and (text[end - 1:end] == "s" or m.group("more") is not None
                              or _FORM_AFTER_TRADE.match(text, m.end()) is not None) \
        and _NAME_BEFORE.search(text, max(0, start - 40), start) is None


#: What follows a partner's name inside a firm's name on its line: "&", the other partners' capitalised words, then the
#: form ("Wallin & Eker KB"). Not any capitalised words before a form: a row read on one line puts the next cell's
#: company right after a surname's cell ("Bhatti Sport & Cykel AB"), and that surname is the person's. Spaces and tabs
#: only: a line end may be a cell's end too (verification reads line ends as spaces, and so counts no more)
_FIRM_REST = re.compile(rf"[ \t]+&[ \t]+[A-ZÅÄÖ][\w.-]*(?:[ \t]+(?:&[ \t]+)?[A-ZÅÄÖ][\w.-]*){{0,3}}[ \t]+"
                        rf"(?:{AFTER_NAME}|{ASSOCIATION_AFTER_NAME})(?![\w-])")
