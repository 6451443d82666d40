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
Swedish rules find more names.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from py3langid.langid import MODEL_FILE, LanguageIdentifier

#: Languages a Swedish authority's files plausibly hold (py3langid has no separate "nb": "no" is
#: Bokmål). Fewer candidates mean fewer confusions on short text.
CANDIDATES = ("sv", "en", "da", "no", "nn", "de", "fi", "fr", "es", "it", "nl", "pl", "pt", "et", "is", "so", "tr")
#: Text in these languages capitalises like Swedish (names and sentence starts only), so the
#: Swedish name rules apply unchanged; confusing Swedish with one of them costs nothing.
SWEDISH_RULES = frozenset({"sv", "da", "no", "nn"})
DEFAULT = "sv"

#: A page with fewer words than this counts as Swedish, whatever its letters look like.
MIN_PAGE_WORDS = 15
#: A stretch of lines with fewer words than this takes the page's language.
MIN_SEGMENT_WORDS = 8
#: Probability the language must have (py3langid's length-calibrated softmax) to be believed.
MIN_CONFIDENCE = 0.9
#: Cost of switching language between two lines, in the calibrated log-scores py3langid uses
#: (one clear English line of ten words scores about 8 more for English than for Swedish; a
#: short line about 2). A stretch must beat two switches, so a lone line seldom does.
SWITCH_COST = 4.0
#: After a blank line a new paragraph starts, and a switch costs less.
SWITCH_COST_AT_BLANK = 1.5

_WORD = re.compile(r"[^\W\d_]{2,}")
# The fields of a mail header, in the languages around Swedish: a header is read as one piece, so
# that "To: Socialtjänsten Norrvik" stays with the English "From:", "Sent:" and "Subject:" lines.
_HEADER = re.compile(
    r"\s*(?:from|sent|to|cc|bcc|date|subject|från|skickat|till|kopia|datum|ämne|von|gesendet|an|betreff|"
    r"fra|sendt|til|emne|dato|de|envoyé|à|objet)\s*:",
    re.IGNORECASE,
)


@lru_cache(maxsize=2)
def load_identifier(languages: tuple[str, ...] = CANDIDATES) -> LanguageIdentifier:
    """py3langid's model restricted to ``languages``; loaded once (about 0.4 s), never changed after."""
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    identifier.set_languages(list(languages))
    return identifier


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


def swedish(text: str) -> PageLanguage:
    """The answer for a page that is Swedish throughout."""
    return PageLanguage(DEFAULT, (Segment(0, len(text), DEFAULT),) if text else ())


@dataclass
class _Line:
    start: int
    end: int
    words: int
    size: int  # UTF-8 bytes, for py3langid's calibration
    raw: np.ndarray  # naive Bayes log-scores per candidate
    after_blank: bool
    glued: bool  # a mail header field after another: never a switch of language here


def _lines(text: str, identifier: LanguageIdentifier, order: list[str]) -> list[_Line]:
    out: list[_Line] = []
    prior = np.asarray(identifier.nb_pc, dtype=np.float64)
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
                out[-1].end = end  # words-free lines (numbers, rules) belong to the line before
            continue
        scores = dict(identifier.rank(line))
        # the prior is added once per text; per line it would count as often as there are lines
        raw = np.array([scores[lang] for lang in order], dtype=np.float64) - prior
        if raw.max() < -1e30:
            raw = np.zeros(len(order))  # no n-gram the model knows: no evidence either way
        size = len(line.encode("utf-8", "surrogatepass"))
        out.append(_Line(start, end, words, size, raw, blank and bool(out), header and was_header))
        blank = False
    return out


def _calibrated(raw: np.ndarray, size: int) -> np.ndarray:
    """Log-scores scaled as py3langid does before its softmax (by the square root of the length)."""
    return raw / math.sqrt(max(size, 1))


def _best(raw: np.ndarray, size: int, order: list[str]) -> tuple[str, float]:
    """The most likely language of a text and its probability (py3langid's calibrated softmax)."""
    scaled = _calibrated(raw, size)
    probs = np.exp(scaled - scaled.max())
    probs /= probs.sum()
    i = int(probs.argmax())
    return order[i], float(probs[i])


def _viterbi(lines: list[_Line]) -> list[int]:
    """The candidate index per line that maximises evidence minus switching costs."""
    n, k = len(lines), len(lines[0].raw)
    score = np.zeros(k)
    back = np.zeros((n, k), dtype=np.int64)
    for t, line in enumerate(lines):
        emit = _calibrated(line.raw, line.size)
        if t:
            cost = math.inf if line.glued else SWITCH_COST_AT_BLANK if line.after_blank else SWITCH_COST
            best = int(score.argmax())
            switch = score[best] - cost
            stay = score >= switch
            back[t] = np.where(stay, np.arange(k), best)
            score = np.where(stay, score, switch)
        score = score + emit
    path = [int(score.argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t][path[-1]]))
    return path[::-1]


def identify(text: str, identifier: LanguageIdentifier) -> PageLanguage:
    """The language of a page of text and of each stretch of lines on it.

    ``identifier`` comes from :func:`load_identifier` (the caller owns it; it is read only).
    """
    order = list(identifier.nb_classes)
    lines = _lines(text, identifier, order)
    if DEFAULT not in order or sum(line.words for line in lines) < MIN_PAGE_WORDS:
        return swedish(text)
    page_raw = sum((line.raw for line in lines), np.zeros(len(order)))
    page_lang, page_p = _best(page_raw, sum(line.size for line in lines), order)
    if page_p < MIN_CONFIDENCE:
        page_lang = DEFAULT
    path = _viterbi(lines)
    segments: list[Segment] = []
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and path[j + 1] == path[i]:
            j += 1
        run = lines[i : j + 1]
        lang = page_lang
        if sum(line.words for line in run) >= MIN_SEGMENT_WORDS:
            best, p = _best(sum((line.raw for line in run), np.zeros(len(order))), sum(line.size for line in run), order)
            if p >= MIN_CONFIDENCE:
                lang = best
        start = 0 if not segments else segments[-1].end
        end = len(text) if j + 1 == len(lines) else lines[j + 1].start
        if segments and segments[-1].language == lang:
            segments[-1] = Segment(segments[-1].start, end, lang)
        else:
            segments.append(Segment(start, end, lang))
        i = j + 1
    return PageLanguage(page_lang, tuple(segments))
