"""Spans a small learned tagger proposes beside the rules: persons, initials, addresses and identifiers.

The rules catch the wordings they were written for; the tagger (a spaCy NER trained from
scratch by ``scripts/train_span_tagger.py`` on the project's fictional marked documents) catches
new wordings of the same classes: a village and a number as a home, an address abroad in a new
country's format, a code after a new label. Its spans are added where no finding covers them
already; what the rules found is never changed.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model

from redact.detect.nlp import pipe, same_tokenizer
from redact.detect.short_named_ids import SHORT_NAMES
from redact.detect.tagged_address_edges import address_edges
from redact.detect.tagged_dates import before_date_end, date_after_small_word, whole_date, year_of_a_date
from redact.detect.tagged_words import code_end, code_start, name_end, no_home, not_initials
from redact.types import Finding, Page

log = logging.getLogger(__name__)

#: "0": the rules run alone (a measurement of what the tagger adds, or a fallback); a folder: that tagger.
ENV_VAR = "REDACT_LEARNED_SPANS"
#: Further taggers beside the first (folders, ``os.pathsep`` between them; unset or "0": none). Their spans only
#: complete what is found already: see :func:`union_spans`. Off by default (a second pass costs as much as the first);
#: a measurement of the union, e.g. with the tagger of rounds 2–31 beside the shipped one.
EXTRA_ENV_VAR = "REDACT_LEARNED_SPANS_EXTRA"
#: "all": the further taggers' spans are added as the first one's are (their plain union); unset: they only extend.
EXTRA_MODE_ENV_VAR = "REDACT_LEARNED_SPANS_EXTRA_MODE"
#: The mark of a further tagger's label in a span list: it only extends a finding or a first tagger's span (see
#: :func:`with_learned_spans`).
EXTENDS = "^"
#: The tagger's labels as finding categories: initials are proposed as persons, like the initials rules do.
CATEGORY = {"PERSON": "PERSON", "INITIALS": "PERSON", "ADDRESS": "ADDRESS", "OTHER_ID": "ID_NUMBER"}
REASON = "taggad av den inlärda modellen"
#: Lower than the rules' scores: a review sorts the tagger's proposals after theirs.
SCORE = 0.5
DETECTOR = "learned_spans"


def model_path() -> Path:
    """The tagger shipped as package data: redact/model/sv_spans."""
    return Path(str(resources.files("redact") / "model" / "sv_spans"))


def load_tagger(path: Path | None = None) -> Language | None:
    """The trained tagger, or None when it is switched off (``REDACT_LEARNED_SPANS=0``) or not shipped.

    ``REDACT_LEARNED_SPANS`` may also name another trained tagger's folder (a held-out measurement).
    """
    env = os.environ.get(ENV_VAR, "")
    if env == "0":
        return None
    path = Path(path) if path is not None else Path(env) if env and env != "1" else model_path()
    if not (path / "config.cfg").is_file():
        log.warning("no learned span tagger in %s: the rules run alone", path)
        return None
    import spacy

    from redact.detect.nlp import cache_every_chunk, use_numpy_matmul  # (also registers the tagger's tokenizer)
    from redact.detect.tok2vec_inference import fuse_maxout_norms

    tagger = spacy.load(path)
    # as the main pipeline: the same tokens and spans, at half the cost (BLIS's generic kernel; chunks cached;
    # the tok2vec's norms fused)
    use_numpy_matmul(tagger)
    fuse_maxout_norms(tagger)
    cache_every_chunk(tagger.tokenizer)
    return tagger


def load_extra_taggers() -> list[Language]:
    """The further taggers named in ``REDACT_LEARNED_SPANS_EXTRA`` (none when unset or "0", or when the tagger is
    switched off)."""
    env = os.environ.get(EXTRA_ENV_VAR, "")
    if os.environ.get(ENV_VAR, "") == "0" or env in ("", "0"):
        return []
    found = [load_tagger(Path(p)) for p in env.split(os.pathsep) if p]
    return [t for t in found if t is not None]


def union_spans(per_tagger: Sequence[Sequence[Sequence[tuple[int, int, str]]]]) -> list[list[tuple[int, int, str]]]:
    """Per text, the first tagger's spans and then the further taggers' (a span proposed before is given once).

    The further taggers' labels are marked ``EXTENDS``: such a span is kept only where it overlaps a finding or a
    first tagger's span of its kind and reaches beyond it (a name the first tagger or the rules took in part, an
    address or a code read on). With ``REDACT_LEARNED_SPANS_EXTRA_MODE=all`` they are kept as the first's are.
    """
    mark = "" if os.environ.get(EXTRA_MODE_ENV_VAR, "") == "all" else EXTENDS
    out: list[list[tuple[int, int, str]]] = []
    for spans in zip(*per_tagger):
        seen = set(spans[0])
        out.append(list(spans[0]) + [(a, b, mark + lab) for one in spans[1:] for a, b, lab in one
                                     if not ((a, b, lab) in seen or seen.add((a, b, lab)))])
    return out


def tagged_spans(tagger: Language, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
    """The (start, end, label) spans the tagger proposes in each text (labels: the keys of CATEGORY)."""
    # the strings of every new word would stay in the tagger's vocabulary for the life of the process:
    # a memory zone frees them once the spans are read, so memory stays flat over a long run
    with tagger.memory_zone():
        return [_spans(doc) for doc in pipe(tagger, texts, batch_size=max(1, len(texts)))]


def tagged_spans_of_docs(tagger: Language, docs: Sequence[Doc], skip: Sequence[str] = ()) -> list[list[tuple[int, int, str]]]:
    """What :func:`tagged_spans` gives for the texts of ``docs``: Docs the main pipeline made with the tagger's own
    tokenizer (see :func:`shares_docs`), read without tokenizing and building every page a second time.

    Their entities are cleared first (the main pipeline's are no presets for the tagger: a new Doc has none).
    ``skip``: the tagger's components whose output the Docs hold already (see :func:`shared_components`).
    """
    for doc in docs:
        doc.set_ents([], default="missing")
    return [_spans(doc) for doc in pipe(tagger, docs, batch_size=max(1, len(docs)), skip=skip)]


def tagged_in_turn(taggers: Sequence[Language], skips: Sequence[tuple[str, ...]],
                   docs: Sequence[Doc]) -> list[list[list[tuple[int, int, str]]]]:
    """Each tagger's spans of ``docs`` (in the taggers' order): a tagger that reads the main pipeline's vectors
    (``skips``) runs before any tagger whose own tok2vec writes its vectors over them."""
    out: list = [None] * len(taggers)
    for i in sorted(range(len(taggers)), key=lambda i: not skips[i]):
        out[i] = tagged_spans_of_docs(taggers[i], docs, skips[i])
    return out


def _spans(doc: Doc) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in CATEGORY]


def shares_docs(nlp: Language, tagger: Language) -> bool:
    """True when the tagger may read the Docs of ``nlp`` (:func:`tagged_spans_of_docs`): the same tokenizer, so the
    same tokens, norms and lexical attributes (``same_tokenizer``). The tagger's labels are then added to the
    strings of ``nlp`` (outside any memory zone), so that its spans in those Docs read their labels."""
    if not same_tokenizer(nlp, tagger):
        return False
    for _, proc in tagger.pipeline:
        for label in getattr(proc, "labels", ()):
            nlp.vocab.strings.add(label)
    return True


def shared_components(nlp: Language, tagger: Language) -> tuple[str, ...]:
    """The tagger's components that ``nlp`` runs already: its tok2vec when it is the one of ``nlp`` (a tagger
    trained to listen to it, ``scripts/train_span_tagger.py --listen``: the same settings and weights), whose
    vectors the Docs of ``nlp`` hold."""
    try:
        mine, theirs = tagger.get_pipe("tok2vec"), nlp.get_pipe("tok2vec")
    except KeyError:
        return ()
    same = (type(mine) is type(theirs) and mine.cfg == theirs.cfg
            and type(mine.model.ops) is type(theirs.model.ops) and same_weights(mine.model, theirs.model))
    return ("tok2vec",) if same else ()


def same_weights(a: Model, b: Model) -> bool:
    """True when two thinc models have the same layers, dimensions, settings and parameters, compared layer by
    layer in place: serialising both (``to_bytes``) held about 18 MB more at load, which the kept heap never gave back."""
    layers_a, layers_b = list(a.walk()), list(b.walk())
    if len(layers_a) != len(layers_b):
        return False
    for x, y in zip(layers_a, layers_b):
        if (x.name != y.name or x.dim_names != y.dim_names or x.param_names != y.param_names
                or x.attrs.keys() != y.attrs.keys() or len(x.shims) != len(y.shims)):
            return False
        if any(x.maybe_get_dim(d) != y.maybe_get_dim(d) for d in x.dim_names):
            return False
        if any(not _same_value(x.attrs[k], y.attrs[k]) for k in x.attrs):
            return False
        for name in x.param_names:
            if x.has_param(name) != y.has_param(name):
                return False
            if x.has_param(name) and not numpy.array_equal(x.get_param(name), y.get_param(name)):
                return False
    return True


def _same_value(a: object, b: object) -> bool:
    """Equal settings; arrays compared by value (``==`` on an array gives an array)."""
    if isinstance(a, numpy.ndarray) or isinstance(b, numpy.ndarray):
        return isinstance(a, numpy.ndarray) and isinstance(b, numpy.ndarray) and numpy.array_equal(a, b)
    try:
        return bool(a == b)
    except (TypeError, ValueError):
        return a is b


# What an address never holds: an e-mail address, a web address, the label of a telephone number.
_CONTACT_LINE = re.compile(r"@|://|www\.|(?i:\b(?:tel|telefon|tfn|mobil|fax|e-post|växel)\b)")
# The word before a code, over at most one line end: its label ("OCR-nummer: 8834 …", a cell above it).
_LABEL_BEFORE = re.compile(r"(\S+?):?[ \t]*\n?[ \t]*$")
#: Where a person's name ends at the latest: a digit or a cell border (a name never holds one; the tagger
#: sometimes runs a surname on into the next cells of its row).
_NAME_STOP = re.compile(r"[\d|\t\u00a6]")
#: The categories of numbers and codes: none ends in a full stop, so one at a tagged span's end is the sentence's.
_CODES = frozenset({"ID_NUMBER", "BANK_ACCOUNT", "IBAN"})
#: A full stop after a letter or digit that ends a sentence (a space, a line end or the text's end after it).
_SENTENCE_STOP = re.compile(r"(?<=[^\W_])\.(?=\s|$)")
#: A register's series letters after a slash that end a code ("TK-4471-0932/B"): the tagger's tokens leave them out.
_SERIES_SUFFIX = re.compile(r"/[A-ZÅÄÖ]{1,3}(?![\w/-])")
#: The verb between a name and the name a person goes by ("Robel kallas Robi"): two names, the verb no part of them.
_NICKNAME_VERB = re.compile(r"[ \t]+(?:kallas|kallad|kallade|kallades|kallar[ \t]+sig)[ \t]+")
#: The authority's case number after its label ("dnr SN 2027/1224", "Diarienummer: KS-2026-118"): no home holds one.
_CASE_NUMBER = re.compile(r"(?i)(?<![\w-])(?:dnr|diarienr|diarienummer|ärendenr|ärendenummer)\.?[ \t]*:?[ \t]*"
                          r"(?:[a-zåäö]{1,5}[ \t-]?)?\d")
#: The word for a case right before a code ("ärende", "i ärendet") and a case number's shape: the series' letters, a
#: space, the year, a slash or a colon and the serial ("NFoR 2026/1187", "ÖKN 2026:45"; a client's "SKA-2026-0419"
#: is written with hyphens).
_CASE_AFTER_ITS_WORD = re.compile(r"(?i)(?<![\w-])(?:ärende|ärendet|ärendenummer|ärendenr)[ \t]*:?[ \t]*\n?[ \t]*$")
_CASE_SHAPE = re.compile(r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5}[ \u00a0](?:19|20)\d\d[/:]\d{1,6}")
#: A reference into the document, not a home: a page, a chapter, an appendix, a week with its number
#: ("Sida 3", "Sida 3 av 12", "Page 1", "Bilaga 2"); the tagger learnt a word and a number as a village's home.
_REFERENCE = re.compile(r"(?i:sida|sidan|sid|page|kapitel|kap|bilaga|bilagan|punkt|paragraf|avsnitt|tabell|figur|"
                        r"version|vecka|artikel)\.?[ \t]+\d+(?:[ \t]*(?:av|of|/)[ \t]*\d+)?")
#: A garage's, a parking place's or a storeroom's number ("Garage 14", "P-plats 7B", "Förråd 3"): a landlord's place
#: rented out, no home.
_PARKING = re.compile(r"(?i:garage|garaget|carport|p-plats|parkeringsplats|förråd|förrådet|mc-plats)\.?[ \t]+\d{1,4}"
                      r"[A-Za-z]?")
#: A municipality's or county's word after a place's name: the span is a place's name, as a heading names a park
_MUNICIPALITY_AFTER = re.compile(r"[ \t]+(?:kommun|kommuns|län|läns)(?![\w-])")
#: Where an address ends at the latest: an amount on the next line ("Byvägen 22" / "5 000 kr") is the next cell.
_ADDRESS_STOP = re.compile(r"[ \t]*\n[ \t]*\d[\d \u00a0.,]*[ \t]*(?:kr|SEK|:-)(?![\w])")
#: A line that is a company's name and form ("Storhamns Plåt AB"): read one cell a line, the next cell of the row, where
#: an address running on would take its first word.
_COMPANY_LINE = re.compile(r"[ \t]*[A-ZÅÄÖ][\w&.-]*(?:[ \t]+(?:&[ \t]+)?[A-ZÅÄÖ][\w&.-]*){0,3}[ \t]+"
                           r"(?:AB|HB|KB|Aktiebolag|Handelsbolag|ekonomisk[ \t]+förening)[ \t]*(?:\n|$)")


#: Small words after a postal code and its town ending a tagged address: the sentence going on ("gewohnt", "bott").
_WORDS_AFTER_TOWN = re.compile(r"(?<![\w-])(?:\d{3}[ \u00a0]?\d\d|\d{4,6})[ \t]+[A-ZÅÄÖ][\w-]+"
                               r"(?P<words>(?:[ \t]+[a-zåäöüß]{2,}){1,2})$")


def _before_company_line(text: str, a: int, b: int) -> int:
    """The end of an address span cut before a line that is a company's name and form (see ``_COMPANY_LINE``)."""
    at = text.find("\n", a, b)
    while at >= 0:
        if _COMPANY_LINE.match(text, at + 1):
            end = at
            while end > a and text[end - 1] in " \t":
                end -= 1
            return end
        at = text.find("\n", at + 1, b)
    return b


#: A company form right after the span: the span ends in a firm's name ("…, Ekby Stadsnät" of "… Ekby Stadsnät AB").
_FORM_AFTER = re.compile(r"[ \t]+(?:AB|HB|KB|Aktiebolag|Handelsbolag|ekonomisk[ \t]+förening)(?![\w-])")
#: A square's, a park's or an arena's name with a year: an event's heading ("Smedjetorget 2027"), no home.
_PLACE_AND_YEAR = re.compile(r"(?i)[^\W\d_]+(?:parken|park|platsen|torget|torg|vallen|kajen|arenan)[ \t]+(?:19|20)\d\d")
#: A weekday, written out or cut short, with the hours of a booking ("lör 9–10", "tisdag 18.00-19.30"): a schedule's
#: cell, no home.
_WEEKDAY_HOURS = re.compile(r"(?i:mån|tis|ons|tor|tors|fre|lör|sön)(?i:dag|dagen|dagar)?\.?[ \t]+\d{1,2}(?:[.:]\d\d)?"
                            r"[ \t]*[-\u2013][ \t]*\d{1,2}(?:[.:]\d\d)?")
#: A currency right after a number: the number is an amount ("| 19 900 kr" in a fee column), nobody's identifier.
_CURRENCY_AFTER = re.compile(r"[ \t\u00a0]*(?:kr|kronor|SEK|:-)(?![\w])")


# two capitals alone ("KL"): as often a person's initials as a law's abbreviation
_TWO_CAPITALS = re.compile(r"[A-ZÅÄÖ]{2}")


def plausible(text: str, a: int, b: int, label: str) -> bool:
    """False for a tagged span the rules' own knowledge contradicts.

    A single word as a person that is in no name list (a heading, a place: "Händelselogg", "Ekbackagården";
    the tagger learnt capitalised cells as names), initials of more than five letters, an address of one
    word without a number (a care home's or a village's name), without a letter, that is a page's or an
    appendix's number or that holds the authority's case number, an identifier without a digit or over a contact line's e-mail or telephone label, or a
    code after the label of a number that is nobody's ("OCR-nummer", "Fakturanr", "Dnr").
    """
    from redact.detect.cased_letters import cased_letters
    from redact.detect.group_names import club_letters_after_place, group_name
    from redact.detect.numbered_headings import numbered_heading
    from redact.detect.places import association_of_place
    from redact.detect.id_labels import names_other_number
    from redact.detect.identity_code_labels import names_identity_code
    from redact.detect.not_initials import FILE_FORMATS, LAW_ABBREVIATIONS, NOT_INITIALS, PARTIES, UNITS, VEHICLE_KINDS
    from redact.detect.name_words import F, S, X, classify_word, load_lexicons

    if label == "PERSON" and not any(c.isspace() for c in text[a:b].strip()):
        return classify_word(text[a:b].strip(), load_lexicons()) in (F, S)
    if label == "INITIALS":
        if text[a:b] in PARTIES and text[a - 1:a] == "(":
            return False  # "Maria Nilsson (MP)": a party after a name, in minutes
        if text[a:b].replace("/", "") in FILE_FORMATS:
            return False  # "skickas som PDF": a file's format (initials the rules match to a person are theirs)
        if text[a:b] in VEHICLE_KINDS:
            return False  # "hans ATV reg.nr RKW 81Y": a kind of vehicle
        if not text[a:b].isupper() and text[a:b].upper() in NOT_INITIALS - UNITS:
            return False  # "ok", "Nej" in a remark's cell: an answer written as a word, no one's initials
        if (text[a:b].islower() and re.search(r"(?<![\w])[a-zß-ÿ]+[ \t]+[a-zß-ÿ]+[ \t]+$", text[max(0, a - 40):a])
                and classify_word(text[a:b].capitalize(), load_lexicons()) == X):
            # "plantering av ek": a name that is an ordinary word too, in small letters after a sentence's words, is
            # the word
            return False
        if text[a:b] in LAW_ABBREVIATIONS and not _TWO_CAPITALS.fullmatch(text[a:b]):
            # "LPT" in a column of the kinds of care: a law's abbreviation, no one's initials (two capitals, "KL",
            # "FL", are a person's initials as often as a law's)
            return False
        if not_initials(text, a, b):
            return False  # "12.04.1971 г.р.", "03/02/1988 (AU)": a birth date's abbreviation or country
        if (code := _CODE_AFTER_LETTERS.match(text, b)) and _running_number(text, a, code.end()):
            return False  # "F" of "F-12" among "F-13", "F-14": a list's running number's letter, no one's initials
        # initials are a few letters ("JÄB", "A.-K.N."): a longer run is a word the tagger misread (an OCR'd path),
        # and a run without letters is a time or a number ("19:44:03")
        return (1 <= sum(c.isalpha() for c in text[a:b]) <= 5 and not any(c.isdigit() for c in text[a:b])
                and cased_letters(text[a:b]))
    if label == "ADDRESS":
        # a home is a place with a number or more than one word; a lone place name is a care home's, a village's;
        # a span that takes in an e-mail address or a telephone label is a letterhead's contact line
        if _CONTACT_LINE.search(text, a, b) or _REFERENCE.fullmatch(text, a, b) or _PARKING.fullmatch(text, a, b):
            return False
        if _CASE_NUMBER.search(text, a, b):
            return False  # "Ansökan 5, dnr SN 2027/1224": a part's heading with the authority's case, no home
        if names_identity_code(text[a:b]):
            return False  # "Kimlik No" of "T.C. Kimlik No 1044…": an identity number's label, no home
        if numbered_heading(text, a, b):
            return False  # "Skrivelse 2, inkom …" among "Skrivelse 3", "Skrivelse 4": a numbered part's heading
        if not any(c.isalpha() for c in text[a:b]):
            return False  # a number alone (what is left of a span whose words another finding holds) is no home
        if not any(c.isdigit() for c in text[a:b]) and _MUNICIPALITY_AFTER.match(text, b):
            return False  # "Kvarnparken, Ekby" of "i Kvarnparken, Ekby kommun": a place in a municipality, no home
        if club_letters_after_place(text, a, b):
            return False  # "Ekby SK": a sports club by its place and letters
        if not any(c.isdigit() for c in text[a:b]) and group_name(text[a:b]):
            return False  # "Ekeby Förråd", "Åsby Elservice": a firm by its place and trade, no home
        if _WEEKDAY_HOURS.fullmatch(text, a, b):
            return False  # "lör 9–10": a booked hour in a schedule
        if no_home(text, a, b):
            return False  # "Abisko 18840": a station's number; "en Fjordvik 330 S": a make and model
        if not any(c.isdigit() for c in text[a:b]) and association_of_place(text[a:b], text):
            return False  # "Föreningen Norrvik HC", "Hörselskadades Riksförbund Norrvik": an association, no home
        if _FORM_AFTER.match(text, b) or _PLACE_AND_YEAR.fullmatch(text, a, b):
            return False  # a firm's name before its company form; a square with the event's year
        if not any(c.isdigit() for c in text[a:b]) and _FORM_AFTER.match(" " + text[a:b].split()[-1]):
            return False  # "Ekby Filmproduktion AB": a firm's name with its company form, no home
        # more than one word means words of letters: "Tillsyn -" of a heading "Tillsyn - ärende 4" is one word
        return any(c.isdigit() for c in text[a:b]) or sum(any(c.isalpha() for c in w) for w in text[a:b].split()) > 1
    if label == "OTHER_ID":
        if not any(c.isdigit() for c in text[a:b]):
            return False  # an identifier holds a digit: a word opening a sentence ("Nämnden") is none
        if _CONTACT_LINE.search(text, a, b):
            return False  # a code holds no e-mail address nor telephone label: the authority's switchboard line is none
        if sum(c.isdigit() for c in text[a:b]) < 3 and not any(c.isalpha() for c in text[a:b]):
            return False  # one or two digits alone ("44" of a minutes' paragraph in its column) number no person
        if sum(c.isdigit() for c in text[a:b]) < 2 and sum(c.isalpha() for c in text[a:b]) >= 3:
            # one digit among a word's letters is a version or a model ("UTF-8", "CSS2", "LaserJet 4"), no one's
            # code; a locker's or a room's short code ("4B") stays
            return False
        if not any(c.isalpha() for c in text[a:b]) and _CURRENCY_AFTER.match(text, b):
            return False  # an amount: its currency follows
        if _YEAR.fullmatch(text, a, b) and (_TIME_WORD_BEFORE.search(text, max(0, a - 12), a)
                                            or _YEARS_WORD_AFTER.match(text, b)):
            return False  # "sedan 1968", "från år 2019", "1956 års modell": a year in a sentence, no one's code
        if _YEAR.fullmatch(text, a, b) and _YEAR_LINE.fullmatch(_line_of(text, a)) and len(
                _YEAR_LINE.findall(text)) >= 3:
            return False  # "1989" among "1976", "1996": a column of years (since when, which year), no one's code
        if _running_number(text, a, b):
            return False  # "G-4472" among "G-4471", "G-4473": a list's running number for its rows, no one's code
        if whole_date(text[a:b]) or year_of_a_date(text, a, b) or date_after_small_word(text[a:b]):
            # "12.03.2022" of "karar tarihi 12.03.2022", "1949" of "4 april 1949": a date is nobody's code; a date of
            # birth is the date rules'
            return False
        if _CASE_AFTER_ITS_WORD.search(text, max(0, a - 20), a) and _CASE_SHAPE.fullmatch(text, a, b):
            return False  # "ärende NFoR 2026/1187": the authority's case by its series, year and serial, no one's code
        m = _LABEL_BEFORE.search(text, max(0, a - 40), a)
        return not (m and names_other_number(m.group(1)))
    return True

#: A year, and the words of time a sentence sets before one ("sedan 1968", "år 2019", "från 1994").
_YEAR = re.compile(r"(?:19|20)\d\d")
_TIME_WORD_BEFORE = re.compile(r"(?i)(?<![\w-])(?:sedan|från|år|året|före|efter|till|under|i|om|runt|kring|omkring|"
                               r"ca|cirka|våren|sommaren|hösten|vintern)[ \t]+$")
#: The year's genitive after it ("1956 års modell", "2027 års taxa"): the number is a year.
_YEARS_WORD_AFTER = re.compile(r"[ \t]+års(?![\w-])")
#: A year alone on its line: a cell of a table read one cell a line.
_YEAR_LINE = re.compile(r"(?m)^[ \t]*(?:19|20)\d\d[ \t]*$")


def _line_of(text: str, at: int) -> str:
    """The line of ``text`` holding offset ``at``."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:len(text) if end < 0 else end]


#: A dash and digits right after a tagged span of letters: the letters are a code's prefix ("F-12", "G-4471").
_CODE_AFTER_LETTERS = re.compile(r"-\d{1,5}(?![\w-])")
#: A short serial after a letter prefix ("G-4471", "F-12") or after the year's two digits, with a unit's letters
#: before them or none ("SR 26-014", "26-041"): the shape of the numbers a list gives its rows.
_SERIAL = re.compile(r"([A-ZÅÄÖ]{1,3}|(?:[A-ZÅÄÖ]{1,4}[ \u00a0])?\d\d)-(\d{1,5})")
#: How many consecutive serials of one prefix make a list's numbering (a row's "Nr": bookings, points, items).
_RUN = 3


def _running_number(text: str, a: int, b: int) -> bool:
    """True for a short serial with a letter prefix that is one of a run of consecutive serials of the same prefix
    on the page ("G-4471", "G-4472", "G-4473"): the numbers a list gives its rows, which a register's codes for
    persons are not; the rules still read a code under a personal label."""
    m = _SERIAL.fullmatch(text, a, b)
    if m is None:
        return False
    prefix, width = m.group(1), len(m.group(2))
    serials = {int(x.group(1)) for x in re.finditer(rf"(?<![\w-]){re.escape(prefix)}-(\d{{{width}}})(?![\w-]|[.,]\d)",
                                                      text)}
    n = int(m.group(2))
    for lo in range(n - _RUN + 1, n + 1):
        if all(k in serials for k in range(lo, lo + _RUN)):
            return True
    return False


def with_learned_spans(page: Page, findings: list[Finding], spans: Sequence[tuple[int, int, str]],
                       keep: Callable[[int, int, str], bool] = lambda a, b, category: True) -> list[Finding]:
    """``findings`` plus the tagged spans of ``page`` that no finding covers whole and ``keep`` accepts.

    The engine's ``keep`` holds the tagger's persons to Swedish text: it learnt from Swedish documents,
    and an English heading's capitalised words look like its names.
    """
    placed = [f for f in findings if f.start is not None and f.end is not None]
    taken = [(f.start, f.end) for f in placed]
    # what a further tagger's span may extend: the findings and the first tagger's spans, by kind
    kinds = [(f.start, f.end, _KIND.get(f.category, f.category)) for f in placed] + [
        (a, b, _KIND[CATEGORY[label]]) for a, b, label in spans if not label.startswith(EXTENDS)]
    added = []
    for a, b, label in spans:
        if label.startswith(EXTENDS):
            label = label[len(EXTENDS):]
            kind = _KIND[CATEGORY[label]]
            over = [(s, e) for s, e, k in kinds if s < b and a < e and k == kind]
            if not over or not any(a < s or e < b for s, e in over):
                continue  # nothing of its kind found there, or nothing beyond what is found
        # a name the tagger reads with a trailing space or line end is the name
        while b > a and page.text[b - 1].isspace():
            b -= 1
        category = CATEGORY[label]
        if category in _CODES and b - a > 2 and _SENTENCE_STOP.match(page.text, b - 1):
            b -= 1  # "Hämtad RS 8823 1104 D. Makens …": the sentence's full stop, no part of the number
        if category == "ID_NUMBER" and (suffix := _SERIES_SUFFIX.match(page.text, b)) and page.text[b - 1].isdigit():
            b = suffix.end()  # "faktura TK-4471-0932/B": the series' letters after the slash end the code
        if category == "ADDRESS" and _REFERENCE.fullmatch(page.text, a, b):
            continue  # judged whole: a finding over its word ("Page" read as a name) must not leave its number a home
        if category == "PERSON" and (stop := _NAME_STOP.search(page.text, a, b)):
            b = name_end(page.text, a, stop.start())
            while b > a and not page.text[b - 1].isalpha():
                b -= 1
        if category == "ADDRESS" and (stop := _ADDRESS_STOP.search(page.text, a, b)):
            b = stop.start()
        if category == "ADDRESS":
            b = before_date_end(page.text, a, _before_company_line(page.text, a, b))  # "Tornioon 5.6.2023": a date
            if verb := _WORDS_AFTER_TOWN.search(page.text, a, b):
                b = verb.start("words")  # "… 37115 Duderstadt gewohnt": the sentence's verb after the town
            a, b = address_edges(page.text, a, b, placed)  # "a w grudniu … do Storgatan 4": the clause's words
        if category == "PERSON":
            a = _after_opener(page.text, _after_titles(page.text, a, b, placed), b)
        if category == "ID_NUMBER":
            a = after_rules_label(page.text, a, b, placed)
            b = code_end(page.text, a, b)
            # a label in small letters is cut unless the rest is then no code ("n. 14.09.1977": a date alone
            # is the date rules', which may not have read it)
            if plausible(page.text, cut := code_start(page.text, a, b), b, label):
                a = cut
        # a span over findings of other kinds ("08-123 45 67, a.b@x.se") would merge them into one of its own
        # kind: only the parts no such finding holds are the tagger's
        others = [(f.start, f.end) for f in placed if f.category != category and f.start < b and a < f.end]
        # "Robel kallas Robi": the verb is cut out, and the verb is the evidence each side is a name
        nicknamed = ([(m.start(), m.end()) for m in _NICKNAME_VERB.finditer(page.text, a, b)]
                     if category == "PERSON" else [])
        others += nicknamed
        pieces = _uncovered(page.text, a, b, others) if others else [(a, b)]
        for a2, b2 in pieces:
            if b2 <= a2 or any(s <= a2 and b2 <= e for s, e in taken) or not keep(a2, b2, category):
                continue
            if not nicknamed and not plausible(page.text, a2, b2, label):
                continue
            added.append(Finding(id=f"p{page.number}-s{len(added)}", page=page.number, start=a2, end=b2,
                                 text=page.text[a2:b2], category=category, score=SCORE, detector=DETECTOR,
                                 reason=REASON))
    return findings + added


#: The kinds a further tagger's span extends: a code of the tagger's extends a rule's account as well as an identifier.
_KIND = {"PERSON": "PERSON", "ADDRESS": "ADDRESS", "ID_NUMBER": "CODE", "BANK_ACCOUNT": "CODE", "IBAN": "CODE"}


_RULES_LABEL = re.compile(r"efter '([^'\n]{2,40})'")
_LABEL_LEAST = 4  # characters of a label that is cut


def after_rules_label(text: str, a: int, b: int, placed: Sequence[Finding]) -> int:
    """Where a tagged identifier begins once the label a rule read before the same value is cut ("FMI-ID 41873",
    "PESEL 7407…": the rule found the number after its label, and the tagger took the label in with it), or once the
    words an identifier column's cell holds before its number are cut (a make before a serial). The label names the
    kind of number or thing and is no part of anyone's identifier."""
    for f in placed:
        if f.category != "ID_NUMBER" or f.start is None or f.end is None or not a < f.start < b or f.end > b:
            continue
        before = " ".join(text[a:f.start].split()).rstrip(":").strip().lower()
        # (a short word before the digits, "ID 7730 5512", may be the document's own letters: left with the number)
        # (the rule's label may begin with the owner's word the tagger left out: "sin BankID-dosa", "BankID-dosa")
        if len(before) >= _LABEL_LEAST and any(before == m.group(1).lower() or m.group(1).lower().endswith(" " + before)
                                               for m in _RULES_LABEL.finditer(f.reason or "")):
            return f.start
        # (a short last word of a longer label the rule read, the label's first words before the span: "ID" of
        # "Emirates ID 784-…", which a maker's rule would grow back into a make and its model)
        if before and any(" " in m.group(1) and m.group(1).lower().endswith(" " + before) and " ".join(
                text[max(0, a - 60):f.start].split()).lower().endswith(m.group(1).lower())
                for m in _RULES_LABEL.finditer(f.reason or "")):
            return f.start
        # (a country's short name the rule read and checked the number after, "NRIC", "TFN": a label all the same)
        if before.upper() in SHORT_NAMES and f"efter '{before}'" in (f.reason or ""):
            return f.start
        # "GoPro C344…" under "Föremål, serienr": the cell's label words the column's reading left out
        if f.detector == "table_column" and before and not any(c.isdigit() for c in before):
            return f.start
    return a


_FIRST_WORD = re.compile(r"[^\W\d_]+(?=[ \t]+\S)")


def _after_opener(text: str, a: int, b: int) -> int:
    """Where a tagged person begins once a sentence's opening word before the name is cut ("Enligt Rezaeis": the rules
    may find the name only later, as a copy, so no finding of theirs marks where it begins)."""
    from redact.detect.name_words import OPENERS

    m = _FIRST_WORD.match(text, a, b)
    if m is None or m.group().lower() not in OPENERS:
        return a
    n = m.end()
    while n < b and text[n] in " \t":
        n += 1
    return n


def _after_titles(text: str, a: int, b: int, placed: Sequence[Finding]) -> int:
    """Where a tagged person begins once the titles, roles and sentence openers before a name the rules found are cut
    ("Handläggaren Lindqvist", "Enligt Ekman": the rules' name begins after the word the tagger took in with it)."""
    from redact.detect.lemmatizer import lemmatize
    from redact.detect.name_words import OPENERS, load_lexicons, role_compound

    titles = load_lexicons().titles
    for f in placed:
        if f.category == "PERSON" and a < f.start < b and f.end <= b:
            words = [w.strip(",.:;").lower() for w in text[a:f.start].split()]
            if words and all(w in titles or lemmatize(w) in titles or role_compound(w) or w in OPENERS
                             for w in words):
                return f.start
    return a


def without_covered_spans(findings: list[Finding]) -> list[Finding]:
    """``findings`` but the tagger's spans that a finding of the rules now covers whole (a home the rules found,
    joined to the country after it once the tagger had proposed it whole: see address_growth.with_country_after)."""
    rules = [(f.start, f.end) for f in findings if f.detector != DETECTOR and f.start is not None and f.end is not None]
    return [f for f in findings if f.detector != DETECTOR or f.start is None or f.end is None
            or not any(s <= f.start and f.end <= e for s, e in rules)]


def _uncovered(text: str, a: int, b: int, covered: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces of ``text[a:b]`` outside ``covered``, cut to their first and last letter or digit."""
    pieces, at = [], a
    for s, e in sorted(covered):
        if s > at:
            pieces.append((at, min(s, b)))
        at = max(at, e)
    if at < b:
        pieces.append((at, b))
    out = []
    for s, e in pieces:
        while s < e and not text[s].isalnum():
            s += 1
        while e > s and not text[e - 1].isalnum():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
