"""The authority's case numbers, known by the document writing them as headings of its cases' paragraphs.

Two readings of one shape (a code opening a line as its paragraph's heading): ``heads_case_on_page`` takes any code
its own page writes once with a colon ("KV-84: Kunden köpte …"); ``case_heading_codes`` and ``names_case`` take the
codes of a case number's shape the document writes as headings in several ways, on any page.

A log of cases lists each case number in its table and then writes it again where its paragraph begins: "KV-84:
Kunden köpte …", "PaN 26-0811. Dottern ringde …", "Ansökan SR-26-5501" over the application's lines, the number
alone over a logged message's "Från:" line. Such a code
numbers the authority's own case, wherever the document writes it (its table may stand on another page), and the
learned tagger or a column rule that reads it as a person's identifier is wrong there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from redact.detect.address_countries import ANY_COUNTRY
from redact.detect.case_columns import _CODE, _COURT_NAME, _shape, case_column_codes
from redact.detect.case_keys import register_keys
from redact.detect.code_columns import names_own_paper
from redact.detect.decided_applications import decision_after
from redact.detect.first_chars import compile_scanning
from redact.detect.invoice_series import invoices_of_case_series
from redact.detect.participant_numbers import participant_suffixed
from redact.types import Finding

# a line's start and the colon closing its heading ("KV-84: Kunden köpte …")
_LINE_START = r"(?m)^[ \t]*"
_COLON = r":[ \t]"
# opening a line: the code and a colon, or a full stop or a comma and a sentence going on with a capital word; a
# register's running number alone too, with its colon ("0423: Aino Heikkinen blev 101 år.", the weekly list's row)
_HEADING = re.compile(rf"{_LINE_START}(?:(?P<code>{_CODE})(?:{_COLON}|[.,][ \t]+[A-ZÅÄÖ])"
                      rf"|(?P<number>\d{{3,6}}){_COLON}[ \t]*[A-ZÅÄÖ])")
# a country after the comma: the code was a town and its postal code abroad ("Tokyo 106-0031, Japan", "Faro
# 8000-164, Portugal"), a home's last line, never a case's heading
_POSTAL_LINE = re.compile(rf",[ \t]*(?:{ANY_COUNTRY})(?![\w-])")
# alone on its line over a message's header ("FA-26-4411" / "Från: …"): the case the message was logged in
_MESSAGE_HEADING = re.compile(rf"(?m)^[ \t]*(?P<code>{_CODE})[ \t]*\n[ \t]*"
                              r"(?:Från|From|Till|To|Ämne|Subject|Datum|Date|Skickat|Sent|Kopia|Cc)[ \t]*:")
# opening a line or a sentence after a case's label, the unit's letters before the code ("Ärende SFV X26-0417, …",
# "Dnr BYGG 2026-000614"): the document's own case, as the capitalised label heads a letter, not a sentence about
# another authority's case ("… har ärende 2026-114 hos Kronofogden")
# (or the bare running number after the label, a sentence of the case after it: "Ärende 0121. Shirin Karimi ska …")
_LABEL_HEADING = compile_scanning(
    r"(?:^[ \t]*|(?<=[.!?])[ \t]+)(?:Ärende|Dnr|Diarienummer|Diarienr|Ärendenummer|Ärendenr|Beteckning)\.?:?[ \t]+"
    r"(?:(?P<code>[A-ZÅÄÖ]{2,6}[ \t]+[A-Z]{0,2}\d{2,4}[-/]\d{1,6}(?:[-/]\d{1,6})?)(?![\w/-])"
    r"|(?P<number>\d{3,6})(?=[.:][ \t]+[A-ZÅÄÖ]))", re.MULTILINE)
# opening a line after the word of the authority's own paper: "Ansökan SR-26-5501", "Ärende FA-26-4411"
_PAPER_HEADING = re.compile(rf"(?m)^[ \t]*(?P<word>[A-ZÅÄÖ][a-zåäö]+)[ \t]+(?P<code>{_CODE})(?![\w/-])")
# a heading line that names the case its letter decides, or a logged message's subject that does by a case's word:
# "Beslut i ärende 471-8144-26", "Besked i ärende 4-1244-26", "Ämne: Sak 471-8211-26", "Ämne: Dödsbo 2026-3120" (the
# code ends the line, or a colon or a comma goes on with the decision or the subject: "Beslut i ärende SJP-7718-2231:
# sjukpenning beviljas", "Ämne: Ärende SJP-7718-2204, intyg"; a subject's other words, "Ämne: Kundnummer KN-4471",
# may give a person's number)
_CASE_HEADING_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[A-ZÅÄÖ][a-zåäö]+[ \t]+(?:i|om)[ \t]+(?:ärende|ärendet|mål|målet|sak|saken)"
    rf"|(?:Ämne|Angående|Ang\.)[ \t]*:[ \t]+(?:Sak|Ärende|Ärendet|Mål|Målet|Dnr|Diarienr|Diarienummer|Dödsbo|Dödsboet))"
    rf"[ \t]+(?P<code>{_CODE})(?:[ \t]*$|[:,][ \t])")
# the letter's reference line: what its case is about, by the register's word, number and name, then the case's own
# number after its label ("Område ÄJO 17-2207 Östmark–Vitsand, ärende 218-4418-2027": a hunting area the board
# registers, no one's number; a person's or a thing's word before the number is left out, see case_heading_codes)
_REFERENCE_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<word>[A-ZÅÄÖ][a-zåäö]+)[ \t]+(?P<code>{_CODE})(?:[ \t]+[A-ZÅÄÖ][^\W\d_]*(?:[–-][A-ZÅÄÖ][^\W\d_]*)?)+"
    rf"[ \t]*,[ \t]*(?i:ärende|dnr|diarienummer|diarienr)\.?:?[ \t]+(?:{_CODE})(?![\w/-])")
# a register's running number opening a sentence inside a line with its colon, a sentence of the case after it
# ("… har haft nyckel. 3114: Fagerlund hade en kusin"), as at a line's start (see _HEADING)
_NUMBER_IN_LINE = re.compile(r"(?<=[.!?])[ \t]+(?P<number>\d{3,6}):[ \t]*\n?[ \t]*[A-ZÅÄÖ][a-zåäö]")
# and a code so ("… i Åsby. 27-0311:" / "Lindahl fick …", "… har fullmakt. 27-0318: pojken bär …"): the notes run on
# from case to case in one paragraph, a word of the case after the colon
_CODE_IN_LINE = compile_scanning(
    rf"(?<=[a-zåäö\d)][.!?])[ \t]+(?P<code>{_CODE}):[ \t]*\n?[ \t]*[A-ZÅÄÖa-zåäö][a-zåäö]")


def heads_case_on_page(text: str, a: int, b: int) -> bool:
    """True for a code (``text[a:b]``, a digit in it) the page also writes at a line's start with a colon, as the
    heading of a case's paragraph ("KV-84: Kunden köpte …"): the authority's case number, in its log table too."""
    code = text[a:b].strip()
    return bool(code) and any(c.isdigit() for c in code) and re.search(
        rf"{_LINE_START}{re.escape(code)}{_COLON}", text) is not None


def case_heading_codes(texts: Iterable[str]) -> frozenset[str]:
    """The codes the pages write as the headings of cases' paragraphs and elsewhere too (see the module's
    docstring)."""
    texts = list(texts)
    codes: set[str] = set()
    for text in texts:
        codes.update(m.group("code") or m.group("number") for m in _HEADING.finditer(text)
                     if not (m.group("code") and _POSTAL_LINE.match(text, m.end("code"))))
        codes.update(m.group("code") for m in _MESSAGE_HEADING.finditer(text))
        codes.update(m.group("code") or m.group("number") for m in _LABEL_HEADING.finditer(text))
        # (not an application's code the line gives the decision's beside: see decided_applications)
        # (nor a participant's place on a booking, the booking's code and the person's suffix: "Bokningsnr SPL
        # 7485-27/01", see participant_numbers)
        codes.update(m.group("code") for m in _PAPER_HEADING.finditer(text)
                     if names_own_paper(m.group("word")) and not _PERMIT.fullmatch(m.group("word"))
                     and not decision_after(text, m.end("code"))
                     and not (_BOOKING_WORD.fullmatch(m.group("word")) and participant_suffixed(m.group("code"))))
        codes.update(m.group("code") for m in _CASE_HEADING_LINE.finditer(text))
        codes.update(m.group("number") for m in _NUMBER_IN_LINE.finditer(text))
        codes.update(m.group("code") for m in _CODE_IN_LINE.finditer(text))
        codes.update(m.group("code") for m in _REFERENCE_LINE.finditer(text) if _register_word(m.group("word")))
    # a code written once at a line's start may be a person's number the paragraph wrapped before ("BOK-1182.
    # Hans svåger …"); the case's number is in the log's table or its list too
    court = any(_COURT_NAME.search(text) for text in texts)
    columns = {c for text in texts for c in case_column_codes(text, court)}
    # a permit's number is the authority's case only where no case column numbers its cases otherwise: beside one
    # ("Ärende" over "521-4418-27", "Tillstånd" over "LKA-F 27/2041") it is the permit the person holds and shows
    if not columns:
        codes |= _permits(texts)
    headed = {c for c in (" ".join(c.split()) for c in codes) if _written(c, texts) >= 2}
    # and the codes opening the rows of two tables under one header, the register's keys (see case_keys)
    codes = headed | columns | register_keys(texts)
    # and the body's invoices numbered in another series of one of them (see invoice_series)
    return frozenset(codes | invoices_of_case_series(texts, codes))


# the word of the body's own booking opening a line ("Bokningsnr TB-1140")
_BOOKING_WORD = re.compile(r"Bokning|Bokningar|Bokningsnr\.?|Bokningsnummer")
# a permit's or a licence's word opening its line before its number
_PERMIT = re.compile(r"Tillstånd|Tillståndet|Licens|Licensen")


def _permits(texts: list[str]) -> set[str]:
    """The codes a permit's line heads ("Tillstånd LKA-F 27/2041. Tillståndet …")."""
    return {m.group("code") for text in texts for m in _PAPER_HEADING.finditer(text) if _PERMIT.fullmatch(m.group("word"))}


def permit_codes(texts: Iterable[str], cases: frozenset[str]) -> frozenset[str]:
    """The codes a permit's line heads that are none of the document's ``cases`` (see :func:`case_heading_codes`):
    their letters are the permit's series, no name's."""
    return frozenset(_permits(list(texts)) - cases)


def _register_word(word: str) -> bool:
    """True for a reference line's first word that names neither a person, a number nor a property ("Område")."""
    from redact.detect.table_headers import header_kind

    return header_kind(word) is None




def _written(code: str, texts: list[str]) -> int:
    """How often the pages write ``code`` as a whole word (its words apart by any white space)."""
    pattern = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, code.split())) + r"(?![\w]|-\d)")
    return sum(len(pattern.findall(t)) for t in texts)


# what may follow the code in one span of the tagger: a date or a time of the log's next cell, no identifier
_REST = re.compile(r"^[^\d]*(?:\d{1,2}[./:]\d{1,2}[^\d]*)*$")




# the label of someone's own number right before a code ("kundnummer", "Medlemsnr:", "skadenr"), no case's label
_OTHER_NUMBERS_LABEL = re.compile(
    r"(?i)(?<![\w-])(?!(?:ärende|diarie|mål|anmälnings|akt|beslut|referens)\w*)[a-zåäö]{2,}(?:nummer|nr\.?)"
    r"[ \t]*:?[ \t]*$")


def after_other_numbers_label(text: str, a: int) -> bool:
    """True when the code at ``a`` follows, on its line, the label of another number than a case's ("Starck har
    kundnummer 4300-K55120-27"): a person's number, even of the shape of the document's case series."""
    return _OTHER_NUMBERS_LABEL.search(text, max(text.rfind("\n", 0, a) + 1, a - 30), a) is not None


# the letters opening a case number, a space before its digits ("LM" of "LM 2027-031")
_LETTERS_OF_CODE = re.compile(r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,4}")


# the case's word before the series' letters, read with them as a name ("Mål B" of "Ämne: Mål B 1187-26")
_CASE_WORD_BEFORE = re.compile(r"(?P<word>[Mm]ål|[Mm]ålet|[Ää]rende|[Ää]rendet)[ \t]+")
# a capitalised word and a space before a code: a register's word for its entry ("Station", "Fynd")
_LABEL_WORD = re.compile(r"(?P<word>[A-ZÅÄÖ][a-zåäö]{2,}) ")
# a code's letters, a sub-unit's after a hyphen ("SK-BLG" of "SK-BLG 0902-11")
_SERIES_OF_CODE = re.compile(r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,4}(?:-[A-ZÅÄÖ]{1,3})?")


def _no_name(word: str) -> bool:
    """True for a word no list gives as a name's."""
    from redact.detect.name_words import no_listed_name

    return no_listed_name(word)


def opens_case(text: str, a: int, b: int, codes: frozenset[str]) -> bool:
    """True when ``text[a:b]`` is the letters of one of the document's case numbers (``codes``) written right after
    them ("LM" of "LM 2027-031"), the case's word before them or not ("Mål B" of "Mål B 1187-26"): the series'
    letters the tagger or a name rule may read as initials or a name, no person."""
    word = _CASE_WORD_BEFORE.match(text, a, b) or _LABEL_WORD.match(text, a, b)
    if word is not None and word.end() < b and (word.re is _CASE_WORD_BEFORE or _no_name(word.group("word"))):
        a = word.end()  # ("Fynd GF" of "Fynd GF 27:014": a register's word for its entry, see names_case)
    if a and (text[a - 1].isalnum() or text[a - 1] == "-"):
        return False
    if _SERIES_OF_CODE.fullmatch(text, a, b) and any(  # (one of them whole: "SK-BLG 0902-11", "GF 27:014")
            len(c) > b - a and text.startswith(c, a) and not re.match(r"[\w/-]", text[a + len(c):a + len(c) + 1])
            for c in codes):
        return True
    if not _LETTERS_OF_CODE.fullmatch(text[a:b]):
        return False
    m = re.compile(_CODE).match(text, a)
    return m is not None and m.end() > b and not re.match(r"[\w/-]", text[m.end():m.end() + 1]) and names_case(
        m.group(), codes)


# a series' letters opening a code, two capitals or more, a space or a hyphen after them ("MYH ", "PAL-")
_SERIES_LETTERS = re.compile(r"[A-ZÅÄÖ]{2,}[A-Za-zÅÄÖåäö]*[ -]")


# the unit's letters closing a case number after a slash or a hyphen ("/FHS", "-FHS")
_UNIT_LETTERS = re.compile(r"[-/][A-ZÅÄÖ]{1,4}")


def names_case(span: str, codes: frozenset[str], series: bool = True) -> bool:
    """True when ``span`` (a finding's text, a table's cell separators aside) is one of ``codes``, or one and the
    date of the next cell or the words after its comma ("SFV X26-0417, Åsby kommun"), or one after a label's word
    ("Station St 9451"); or, with ``series``, a code of the same shape as two of them (the same series: a log's case
    whose paragraph has no heading) or as one with its series' letters ("MYH 2027/1184" beside "MYH 2027/1191")."""
    words = " ".join(span.replace("|", " ").split())
    # (the tagger may end its span at the slash before the series' capital: "SN 47-26/" of "SN 47-26/I")
    if words.endswith("/") and any(c.startswith(words) and len(c) == len(words) + 1 for c in codes):
        return True
    # (and a phone's reading of its digits ends before the unit's letters: "RV 0422-2027" of "RV 0422-2027/FHS")
    if any(c.startswith(words) and _UNIT_LETTERS.fullmatch(c[len(words):]) for c in codes):
        return True
    if any(words == c or (words.startswith(c) and words[len(c):len(c) + 1] in (" ", ",") and _REST.match(words[len(c):]))
           for c in codes):
        return True
    if _labelled_case(words, codes):
        return True
    m = re.match(rf"(?:{_CODE})(?![\w/-])", words)
    if not series or m is None or not _REST.match(words[m.end():]):
        return False
    # the same shape as two of them, or as one with the same series' letters ("MYH 2027/1184" where the letter's
    # reference gives "Ärende MYH 2027/1191": the unit's letters say the register)
    shape, letters = _shape(m.group()), _SERIES_LETTERS.match(m.group())
    return sum(_shape(c) == shape for c in codes) >= 2 or (letters is not None and any(
        _shape(c) == shape and c.startswith(letters.group()) for c in codes))


def _labelled_case(words: str, codes: frozenset[str]) -> bool:
    """True for a label's word and one of ``codes`` ("Station St 9451", "Fynd GF 27:014": a register's word and its
    number, read as one span by the tagger), the word no listed name."""
    label = _LABEL_WORD.match(words)
    return label is not None and words[label.end():] in codes and _no_name(label.group("word"))


def ends_case(text: str, a: int, b: int, codes: frozenset[str]) -> bool:
    """True when ``text[a:b]`` is the unit's letters closing one of the document's case numbers (``codes``) after a
    slash or a hyphen ("FHS" of "RV 0422-2027/FHS"): the tagger may read them as initials; they are no person."""
    letters = text[a:b]
    if not letters.isalpha() or not letters.isupper() or a < 1 or text[a - 1] not in "/-" or (
            b < len(text) and (text[b].isalnum() or text[b] in "/-")):
        return False
    return any(c.endswith(text[a - 1:b]) and text.startswith(c, b - len(c)) for c in codes if len(c) > b - a + 1)


def is_case(span: str, codes: frozenset[str]) -> bool:
    """True when ``span`` is one of ``codes`` alone, or with a label's word before it (see ``_labelled_case``): an
    address or a name read over a case number and nothing else."""
    words = " ".join(span.split())
    return words in codes or _labelled_case(words, codes)


# the series' letters right before a code's digits, a space between ("MHE " of "MHE 2027-1128")
# (a sub-unit's letters after the unit's too: "TV-NO " of "TV-NO 2031-1077")
_LETTERS_BEFORE = re.compile(r"(?<![\w-])[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}(?:-[A-ZÅÄÖ]{1,3})?[ \t\u00a0]$")


# the digit groups that close a code after a hyphen or a slash ("/27" of "FB 131-4418/27")
_CODE_REST = re.compile(r"(?:[-/]\d{1,6}){1,2}(?![\w/-])")


def closes_case(text: str, a: int, b: int, codes: frozenset[str]) -> bool:
    """True when ``text[a:b]`` is the digits of one of the document's case numbers (``codes``) with its series'
    letters right before ("2027-1128" of "MHE 2027-1128"): the case, though its digits have a bankgiro's shape; so
    too when the span runs on into the next line (a clearing number and an account read in "SN 8125-4418" and the
    next cell's "14/2 …" of a table read one cell a line)."""
    m = _LETTERS_BEFORE.search(text, max(0, a - 12), a)
    if m is None:
        return False
    # (and the code's last digit group right after the span: "131-4418" of "FB 131-4418/27", read as a bankgiro)
    if (rest := _CODE_REST.match(text, b)) is not None:
        b = rest.end()
    line_end = text.find("\n", a, b)
    return names_case(text[m.start():b if line_end < 0 else line_end], codes, series=False)


def before_case_line(f: Finding, text: str, codes: frozenset[str]) -> Finding | None:
    """``f`` cut before a line inside it that opens with one of the document's case numbers (``codes``): an address
    the tagger ran on into the next row of a table read one cell a line ("… 1620 København V" / "131 558429-27/113"),
    the case no part of the home; None when nothing is left."""
    at = text.find("\n", f.start, f.end)
    while at >= 0:
        # (the whole line: the span may take the case's first digits only, "5000" of "5000-K4456-27")
        line_end = text.find("\n", at + 1)
        line = text[at + 1:len(text) if line_end < 0 else line_end]
        if any(line.startswith(c) and not line[len(c):len(c) + 1].isalnum() for c in codes):
            end = at
            while end > f.start and text[end - 1].isspace():
                end -= 1
            return replace(f, end=end, text=text[f.start:end]) if end > f.start else None
        at = text.find("\n", at + 1, f.end)
    return f


# after a case number that opens a span: its comma or semicolon, then the small words of a label ("donor", "kund nr")
_AFTER_CASE = re.compile(r"[ \t]*[,;][ \t]*(?:[a-zåäö][\w.-]*[ \t]+)*")


def after_case(f: Finding, text: str, codes: frozenset[str]) -> Finding | None:
    """``f`` started after one of the document's case numbers (``codes``) that opens it, with the comma and the small
    label words after the case ("RV-KO 2031-119, donor KO 7 4417" of a subject line, read by the tagger as one
    identifier): the case is the authority's own, the label no one's; ``f`` itself when no case opens it, None when
    nothing is left."""
    span = text[f.start:f.end]
    for c in codes:
        if span.startswith(c) and (rest := _AFTER_CASE.match(span, len(c))) is not None:
            start = f.start + rest.end()
            return replace(f, start=start, text=text[start:f.end]) if start < (f.end or start) else None
    return f


# the document's own case label opening a line, right before the code ("Dnr RV 2026/1140", "Beslutslista FT-2026-0318,
# …", "Diarienummer: 5.1-2026-118"): the letterhead's or the heading's own case or list, never a person's number
_OWN_CASE_LABEL = re.compile(r"(?m)^[ \t]*(?:Dnr|DNR|Diarienummer|Diarienr|Ärende|Ärendenummer|Ärendenr|Beslutslista|"
                             r"Ärendelista|Diarieserie|Beteckning|Vår[ \t]+beteckning|Målnummer|Mål[ \t]+nr)"
                             r"\.?[ \t]*:?[ \t]*$")


# the decision's word opening a sentence or a line right before the code, a line's end perhaps between ("… har
# kontrollerats. Beslut" / "NV 2027-3316-08."): the number of the body's own decision
_DECISION_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?])[ \t]+)Beslut[ \t]*\n?[ \t]*$")


def after_own_case_label(text: str, a: int) -> bool:
    """True when the code at ``a`` follows the document's own case label that opens its line, or its decision's word
    (see above): the authority's case, as the learned tagger may read it as someone's identifier."""
    line_start = text.rfind("\n", 0, a) + 1
    return (_OWN_CASE_LABEL.match(text[line_start:a]) is not None
            or _DECISION_BEFORE.search(text, max(0, a - 16), a) is not None)


def only_cases(f: Finding, text: str, codes: frozenset[str]) -> bool:
    """True for an address or an identifier whose every digit lies inside the document's case numbers (``codes``)
    written on the page, words without a digit around them ("V 27/114, hindersprövning SKV HP 4418-2207. Intyg", a
    letter's reference line the tagger read as one span): the cases' numbers, no one's home or number."""
    if f.category not in ("ADDRESS", "ID_NUMBER") or f.start is None or f.end is None or not codes:
        return False
    a, b = f.start, f.end
    inside = [False] * (b - a)
    for c in codes:
        pattern = r"(?<![\w/-])" + r"\s+".join(map(re.escape, c.split())) + r"(?![\w]|[-/]\d)"
        for m in re.finditer(pattern, text[max(0, a - 12):b + 12]):
            lo, hi = m.start() + max(0, a - 12), m.end() + max(0, a - 12)
            for at in range(max(a, lo), min(b, hi)):
                inside[at - a] = True
    digits = [at for at in range(a, b) if text[at].isdigit()]
    return bool(digits) and all(inside[at - a] for at in digits)
