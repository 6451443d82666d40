"""Which language a page is written in, and which language each stretch of lines on it is in.

The Swedish name rules read every capitalised word as a possible name; that holds in Swedish
(and Danish and Norwegian), where nouns and sentence words are lowercase, but not in English or
German, where headings, nouns and sentence openers are capitalised. So the name rules ask this
module where the text is in another language and ask for stronger evidence there.

py3langid (a naive Bayes model over byte n-grams) scores every line once; a Viterbi pass over
the lines then groups them into stretches, switching language only where several lines agree
on it (a stray English title inside a Swedish paragraph stays Swedish). PDF text has no blank
lines between paragraphs, so these stretches are the paragraphs; a blank line, where there is
one, makes a switch cheaper. Swedish is the safe answer whenever the evidence is thin: the
Swedish rules find more names. An OCR page is judged on the words read with confidence
(:func:`language_text`): what Tesseract's Swedish reads into a scan's grid and speckle is no language.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

from redact.types import Word

#: Languages a Swedish authority's files plausibly hold (py3langid has no separate "nb": "no" is
#: Bokmål). Fewer candidates mean fewer confusions on short text.
CANDIDATES = ("sv", "en", "da", "no", "nn", "de", "fi", "fr", "es", "it", "nl", "pl", "pt", "et", "is", "so", "tr")
#: Danish and Norwegian are close enough to Swedish for the Swedish rules and model to read them
#: well, and they are what Swedish is most often taken for: they keep the Swedish rules, so such a
#: confusion costs nothing.
SWEDISH_RULES = frozenset({"sv", "da", "no", "nn"})
DEFAULT = "sv"

#: A page with fewer words than this counts as Swedish, whatever its letters look like.
MIN_PAGE_WORDS = 15
#: A stretch of lines with fewer words than this takes the page's language.
MIN_SEGMENT_WORDS = 8
#: Probability the language must have (py3langid's length-calibrated softmax) to be believed.
MIN_CONFIDENCE = 0.9
#: Cost of switching language between two lines, in the calibrated log-scores py3langid uses
#: (a full line of clear English scores 10 to 18 more for English than for Swedish, a short or
#: mixed line 0 to 3). A stretch must pay for two switches, so a lone short line seldom does.
SWITCH_COST = 4.0
#: After a blank line a new paragraph starts, and a switch costs less.
SWITCH_COST_AT_BLANK = 1.5

_WORD = re.compile(r"[^\W\d_]{2,}")
_LETTER = re.compile(r"[^\W\d_]")
_OTHER_SCRIPT = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")  # a letter outside the Latin script
#: The candidates are written in Latin letters; a page mostly in another script (Cyrillic, Arabic)
#: is left to the Swedish rules, as before, rather than given the nearest Latin-script language.
MIN_LATIN_SHARE = 0.5
# The fields of a mail header, in the languages around Swedish: a header is read as one piece, so
# that "To: Socialtjänsten Norrvik" stays with the English "From:", "Sent:" and "Subject:" lines.
_HEADER = re.compile(
    r"\s*(?:from|sent|to|cc|bcc|date|subject|från|skickat|till|kopia|datum|ämne|von|gesendet|an|betreff|"
    r"fra|sendt|til|emne|dato|de|envoyé|à|objet)\s*:",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class LanguageModel:
    """py3langid's model restricted to some languages, with what scoring many lines at once needs."""

    identifier: LanguageIdentifier
    languages: tuple[str, ...]  # the columns of every score vector, in the model's order
    rowbase: list[int] = field(repr=False)  # the byte automaton's row offsets, as py3langid computes them
    #: each line's scores as :func:`scores` gave them (bounded, see ``LINES_REMEMBERED``)
    lines: dict[str, np.ndarray] = field(default_factory=dict, repr=False, compare=False)


#: Lines whose scores a model remembers; then its memory starts over. A document's letterheads, footers
#: and set phrases come back on page after page; a long run of new lines holds a few megabytes at most.
LINES_REMEMBERED = 1 << 13


@lru_cache(maxsize=2)
def load_model(languages: tuple[str, ...] = CANDIDATES) -> LanguageModel:
    """py3langid's model restricted to ``languages``; loaded once (about 0.4 s), read only after."""
    from redact.detect.language_model_file import load_identifier

    # what from_model_file(MODEL_FILE, norm_probs=False) and set_languages(languages) make, without the full table
    # (the process that forks the workers keeps the model: see Detector.load_before_fork)
    identifier = load_identifier(languages, MODEL_FILE)
    return LanguageModel(identifier, tuple(identifier.nb_classes), [r << 8 for r in identifier.tk_row])


def scores(model: LanguageModel, texts: list[str]) -> np.ndarray:
    """Naive Bayes log-likelihood of each text per language (rows: texts; columns: model.languages).

    What ``identifier.rank(text)`` scores, less the prior, for all texts in one product: one call
    of rank per line cost more than the walk over the bytes it makes. A text scored before (by this
    model) is not walked again: its row is the one computed then, the same numbers (each row is the
    sum of its own text's n-grams alone, in their order).
    """
    memo = model.lines
    known = [memo.get(t) for t in texts]  # read once: another thread may start the memory over meanwhile
    new = list(dict.fromkeys(t for t, row in zip(texts, known) if row is None))
    if not new:
        return np.array(known).reshape(len(texts), len(model.languages))
    if len(new) == len(texts):  # nothing remembered (a new document's first page): one pass, as ever
        out = _scores(model, texts)
        fresh = dict(zip(texts, out.copy()))
    else:
        fresh = dict(zip(new, _scores(model, new)))
        out = np.array([fresh[t] if row is None else row for t, row in zip(texts, known)])
    if len(memo) + len(fresh) > LINES_REMEMBERED:
        memo.clear()
    memo.update(fresh)
    return out


def _scores(model: LanguageModel, texts: list[str]) -> np.ndarray:
    """:func:`scores` of texts not seen before: each one's n-grams walked and weighed."""
    ident = model.identifier
    feats: list[int] = []
    counts: list[int] = []
    bounds = [0]
    for text in texts:
        if text.isupper():
            text = text.lower()  # as py3langid does: ALL CAPS would hide the language
        data = unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
        visits = visit_counts(ident.tk_nextmove, model.rowbase, ident.tk_output, data)
        if visits:
            feats.extend(visits)
            counts.extend(visits.values())
        bounds.append(len(feats))
    out = np.zeros((len(texts), len(model.languages)))
    if feats:
        weights = np.log1p(np.asarray(counts, dtype=np.float64))[:, None] * ident.nb_ptc[np.asarray(feats)]
        starts = np.asarray(bounds[:-1])
        has = np.diff(bounds) > 0  # a text without any known n-gram keeps zeros: no evidence
        out[has] = np.add.reduceat(weights, starts[has], axis=0)
    return out


@dataclass(frozen=True)
class Segment:
    """A stretch of a page's text, ``text[start:end]``, in one language."""

    start: int
    end: int
    language: str


@dataclass(frozen=True)
class PageLanguage:
    """The language of a page and of each stretch of it (segments cover the text, in order)."""

    language: str
    segments: tuple[Segment, ...]
    #: The page's own text said which language it is in (False: too few words or no clear winner,
    #: and ``language`` is a fallback).
    confident: bool = True

    def at(self, pos: int) -> str:
        """The language at character ``pos`` (the page's language outside every segment)."""
        i = bisect.bisect_right([s.start for s in self.segments], pos) - 1
        if 0 <= i < len(self.segments) and pos < self.segments[i].end:
            return self.segments[i].language
        return self.language

    @property
    def swedish_rules(self) -> bool:
        """True when the Swedish name rules hold on the whole page."""
        return self.language in SWEDISH_RULES and all(s.language in SWEDISH_RULES for s in self.segments)

    def foreign_spans(self) -> tuple[tuple[int, int], ...]:
        """Character ranges where the Swedish name rules do not hold."""
        return tuple((s.start, s.end) for s in self.segments if s.language not in SWEDISH_RULES)


#: OCR words read with less confidence than this say nothing of a page's language (see :func:`language_text`).
SURE_READING = 0.7


def language_text(text: str, words: Sequence[Word]) -> str:
    """``text`` with the OCR words read poorly blanked out, offsets and lines kept: what a page's language is decided on.

    Tesseract reads a scanned table, a stamp or speckle with the words of the languages it reads
    (Swedish and English here): a German form's grid reads as "Ten för gnat usch", "fån", "sån", and
    py3langid, given all of it, calls the page Swedish, where the Swedish rules make a name of every
    capitalised German noun. The words read with confidence are the page's own language. Words of a
    text layer (confidence 1.0) are all kept.
    """
    poor = [w for w in words if w.conf < SURE_READING]
    if not poor:
        return text
    chars = list(text)
    for w in poor:
        for i in range(max(0, w.start), min(len(chars), w.end)):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def swedish(text: str) -> PageLanguage:
    """The answer for a page that is Swedish throughout."""
    return PageLanguage(DEFAULT, (Segment(0, len(text), DEFAULT),) if text else ())


def _thin(text: str, fallback: str | None) -> PageLanguage:
    """The answer for a page whose own text is too little or too unclear to tell: the document's language, else Swedish."""
    language = fallback or DEFAULT
    return PageLanguage(language, (Segment(0, len(text), language),) if text else (), confident=False)


def throughout(text: str, language: str) -> PageLanguage:
    """The answer for a text that is in ``language`` throughout (a few lines read from a page whose language is known)."""
    return PageLanguage(language, (Segment(0, len(text), language),) if text else ())


@dataclass
class _Line:
    start: int
    end: int
    words: int
    size: int  # UTF-8 bytes, for py3langid's calibration
    switch_cost: float  # of a change of language between the line before and this one


def _lines(text: str) -> tuple[list[_Line], list[str]]:
    """The lines of ``text`` that hold words, and their text (word-free lines join the line before)."""
    out: list[_Line] = []
    texts: list[str] = []
    pos = 0
    blank = False
    header = False
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        words = len(_WORD.findall(line))
        was_header, header = header, bool(_HEADER.match(line))
        if not words:
            blank = blank or not line.strip()
            if out:
                out[-1].end = end  # numbers, rules and blank lines belong to the line before
            continue
        cost = math.inf if header and was_header else SWITCH_COST_AT_BLANK if blank else SWITCH_COST
        out.append(_Line(start, end, words, len(line.encode("utf-8", "surrogatepass")), cost))
        texts.append(line)
        blank = False
    return out, texts


def _best(raw: np.ndarray, size: int) -> tuple[int, float]:
    """The most likely language (column) of a text and its probability (py3langid's calibrated softmax)."""
    scaled = raw / math.sqrt(max(size, 1))
    probs = np.exp(scaled - scaled.max())
    probs /= probs.sum()
    i = int(probs.argmax())
    return i, float(probs[i])


def _viterbi(emit: np.ndarray, costs: list[float]) -> list[int]:
    """The language (column) per line that maximises the evidence less the costs of switching."""
    n, k = emit.shape
    columns = np.arange(k)
    score = emit[0].copy()
    back = np.zeros((n, k), dtype=np.int64)
    for t in range(1, n):
        best = int(score.argmax())
        switch = score[best] - costs[t]
        stay = score >= switch
        back[t] = np.where(stay, columns, best)
        score = np.where(stay, score, switch) + emit[t]
    path = [int(score.argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


def identify(text: str, model: LanguageModel, fallback: str | None = None) -> PageLanguage:
    """The language of a page of text and of each stretch of lines on it.

    ``model`` comes from :func:`load_model` (the caller keeps it; it is only read). ``fallback``:
    the document's language (:class:`DocumentLanguage`), the answer where the page's own evidence
    is thin (a back cover, a title page, a few lines read again); without one that answer is Swedish.
    """
    lines, texts = _lines(text)
    if DEFAULT not in model.languages or sum(line.words for line in lines) < MIN_PAGE_WORDS:
        return _thin(text, fallback)
    other = len(_OTHER_SCRIPT.findall(text))
    if other and other > (1 - MIN_LATIN_SHARE) * len(_LETTER.findall(text)):
        return swedish(text)
    raw = scores(model, texts)
    sizes = np.array([line.size for line in lines], dtype=np.float64)
    page, p = _best(raw.sum(axis=0), int(sizes.sum()))
    confident = p >= MIN_CONFIDENCE
    page_lang = model.languages[page] if confident else fallback or DEFAULT
    path = _viterbi(raw / np.sqrt(sizes)[:, None], [line.switch_cost for line in lines])
    segments: list[Segment] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and path[j] == path[i]:
            j += 1
        lang = page_lang
        if sum(line.words for line in lines[i:j]) >= MIN_SEGMENT_WORDS:
            best, p = _best(raw[i:j].sum(axis=0), int(sizes[i:j].sum()))
            if p >= MIN_CONFIDENCE:
                lang = model.languages[best]
        start = segments[-1].end if segments else 0
        end = lines[j].start if j < len(lines) else len(text)
        if segments and segments[-1].language == lang:
            segments[-1] = Segment(segments[-1].start, end, lang)
        else:
            segments.append(Segment(start, end, lang))
        i = j
    return PageLanguage(page_lang, tuple(segments), confident)


#: Words of confidently identified pages a document needs before its language answers for thin pages.
MIN_DOCUMENT_WORDS = 150
#: Share of those words one language needs to be the document's language.
MIN_DOCUMENT_SHARE = 0.8


@dataclass
class DocumentLanguage:
    """The language of one document so far, from its pages that said clearly what they are in.

    A page with little text (a back cover, an address block, a few lines read again by OCR) tells
    nothing on its own; in a document that is plainly English it is English too, and the Swedish
    rules would read its capitalised words ("Up", "This", "Then") as names. Only a clear majority
    counts: in a Swedish or evenly mixed document a thin page stays Swedish, the safe answer.
    """

    words: dict[str, int] = field(default_factory=dict)

    def add(self, text: str, answer: PageLanguage) -> None:
        """Count a page's words for its language, when the page's own text decided it."""
        if answer.confident:
            n = len(_WORD.findall(text))
            self.words[answer.language] = self.words.get(answer.language, 0) + n

    @property
    def language(self) -> str | None:
        """The document's language, or None while the evidence is thin or split."""
        total = sum(self.words.values())
        if total < MIN_DOCUMENT_WORDS:
            return None
        best = max(self.words, key=lambda k: self.words[k])
        return best if self.words[best] >= MIN_DOCUMENT_SHARE * total else None


def identify_pages(texts: list[str], model: LanguageModel, document: DocumentLanguage) -> list[PageLanguage]:
    """The language of each page of a run of pages of one document; ``document`` learns from them first.

    Thin pages take the document's language (from these pages and those before), so a title page
    before any text still gets the language of the pages after it in the same run.
    """
    answers = [identify(t, model) for t in texts]
    for t, a in zip(texts, answers):
        document.add(t, a)
    fallback = document.language
    if fallback is None or fallback == DEFAULT:
        return answers
    return [a if a.confident else identify(t, model, fallback) for t, a in zip(texts, answers)]


class PageLanguages:
    """The language of each page of a document, for rules that run after detection over all its pages.

    A page is identified when first asked; a page too thin to tell takes the document's language,
    found once from all the pages (as detection does, see :class:`DocumentLanguage`).
    """

    def __init__(self, page_texts: dict[int, str]):
        self._texts = page_texts
        self._known: dict[int, PageLanguage] = {}
        self._whole = False

    def page(self, number: int) -> PageLanguage:
        """The language of page ``number`` and of each stretch of it."""
        if number not in self._known:
            answer = identify(self._texts[number], load_model())
            if not answer.confident and not self._whole:
                self._whole = True
                numbers = sorted(self._texts)
                answers = identify_pages([self._texts[n] for n in numbers], load_model(), DocumentLanguage())
                self._known.update({n: a for n, a in zip(numbers, answers) if n not in self._known})
                answer = self._known[number]
            self._known[number] = answer
        return self._known[number]

    def swedish_rules_at(self, number: int, pos: int) -> bool:
        """True when the Swedish name rules hold at character ``pos`` of page ``number``."""
        return self.page(number).at(pos) in SWEDISH_RULES
