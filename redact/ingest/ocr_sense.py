"""Whether an OCR reading makes sense where it stands: only a reading that does is evidence of a person.

Tesseract reads letters into anything: the glyphs of a symbol font ("LZx" for a
dingbat), a page or a stamp read the wrong way up ("JUBIL", "punoj"), the speckle
and rules of a poor scan ("Xx", "TR"). The name detectors take such a token for a
name or for initials; the mask then covers nothing of value, and the check of the
output, whose own OCR reads the garbage differently or again, stops the run.

A word is judged by its own reading and by its line and its page:

* a name of the lexicons read with some confidence stands on its own (on a page
  that makes no sense, or a short or all-capital one, only one read with high
  confidence);
* a line where enough words are known words (stop words of the languages around
  Swedish, the model's Swedish vocabulary, names), and more than are garbled, is
  text, and every word on it counts, however badly read (a misread surname beside
  known words);
* on a page whose reading makes no sense as a whole (a page read the wrong way
  up, a sheet of symbols) nothing else counts;
* a garbled token read at a guess is noise wherever it stands;
* on a page that makes sense, a word on a line that does not counts unless it is
  a short or all-capital token read poorly (garbage taken for initials) or a
  garbled one read poorly (digits, brackets or odd capitals inside letters).

On German or English text (``language``), a guess at a misread name made only
from a capitalised word's likeness to a name is dropped unless it stands beside a
found name: there nouns and headings are capitalised too.

Words of a text layer (confidence 1.0) are never judged. Only proposals of
persons are dropped, and only when every word they cover is noise: a name that
is read as a name anywhere on a line that makes sense is kept. A guess at a
misread name (``detect.uncertain``) whose words are stop words ("When", "They",
not names of the lexicons) is dropped too: OCR read a word there, not a name.
"""

from __future__ import annotations

import importlib
from bisect import bisect_right
import json
import re
import logging
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from redact.detect.language import SWEDISH_RULES, PageLanguage
from redact.types import Finding, Page, Word

log = logging.getLogger(__name__)

_PACKAGE = Path(__file__).resolve().parents[1]
LEXICON_DIR = _PACKAGE / "detect" / "lexicons"
MODEL_STRINGS = _PACKAGE / "model" / "sv_redact" / "vocab" / "strings.json"
#: Languages whose stop words count as known words (spaCy ships the lists).
STOP_LANGUAGES = ("sv", "en", "da", "nb", "de", "nl", "fi", "fr", "es", "it", "pt", "pl")
#: Letters a token needs to count for or against a line's sense: shorter ones match by chance.
MIN_LETTERS = 3
#: Share of a line's tokens that are known words from which the line is text.
LINE_SENSE = 0.3
#: Share of a page's OCR tokens that are known words under which the reading makes no sense.
PAGE_SENSE = 0.15
#: Tokens a page needs before its share of known words is judged at all.
PAGE_MIN_TOKENS = 12
#: Confidence from which a short or capital token off a sensible line still counts.
SURE_CONF = 0.8
#: Confidence from which a lexicon name counts on its own.
NAME_CONF = 0.5
#: Confidence under which a garbled token is noise even on a line of text.
GARBLED_CONF = 0.3
#: Words of a text layer carry this confidence or more: they are not OCR and never judged.
TEXT_LAYER_CONF = 0.99
_VOWELS = frozenset("aeiouyåäöéèêëáàâíìîïóòôúùûüæøœ")
_INNER_OK = frozenset("-'’.")
#: Digits OCR puts for letters ("Kar1n", "0lsson"): one such does not make a word garbled.
_LOOKALIKE_DIGITS = frozenset("01568")


@dataclass(frozen=True)
class Vocabulary:
    """Known words (case-folded): stop words, the model's vocabulary and names; ``names``: the names alone."""

    words: frozenset[str]
    names: frozenset[str]
    stops: frozenset[str] = frozenset()  # the stop words alone

    def knows(self, core: str) -> bool:
        """True for a known word, its genitive, or a hyphenated compound of known words."""
        w = core.casefold()
        if w in self.words or (w.endswith("s") and w[:-1] in self.words):
            return True
        parts = [p for p in w.split("-") if p]
        return len(parts) > 1 and all(p in self.words for p in parts)

    def is_name(self, core: str) -> bool:
        """True for a name of the lexicons (or its genitive) with at least ``MIN_LETTERS`` letters."""
        w = core.casefold()
        if len(w) < MIN_LETTERS:
            return False
        return w in self.names or (w.endswith("s") and w[:-1] in self.names)


def _read_list(path: Path) -> set[str]:
    out: set[str] = set()
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                item = line.split("#", 1)[0].strip()
                if item:
                    out.add(item.casefold())
    except OSError:  # pragma: no cover - a package without its lexicons: fewer words are known
        pass
    return out


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The known words, loaded once."""
    stops: set[str] = set()
    for lang in STOP_LANGUAGES:
        try:
            stops |= {w.casefold() for w in importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS}
        except Exception:  # pragma: no cover - a spaCy without the language
            continue
    words = set(stops)
    try:
        strings = json.loads(MODEL_STRINGS.read_text(encoding="utf-8"))
        words |= {s.casefold() for s in strings if isinstance(s, str) and s.isalpha() and len(s) >= MIN_LETTERS}
    except (OSError, ValueError):  # pragma: no cover - a package without the model: stop words and names still count
        pass
    names: set[str] = set()
    for path in sorted(LEXICON_DIR.glob("*.txt")):
        if path.name.endswith(("first_names.txt", "surnames.txt")):
            names |= _read_list(path)
    words |= {n for n in names if len(n) >= MIN_LETTERS}
    # "Bo" and "Per" are names as well as words: a stop word here is never one
    return Vocabulary(frozenset(words), frozenset(names), frozenset(stops - names))


def core(text: str) -> str:
    """The token without punctuation round it ("[Eva]," -> "Eva")."""
    lo, hi = 0, len(text)
    while lo < hi and not text[lo].isalnum():
        lo += 1
    while hi > lo and not text[hi - 1].isalnum():
        hi -= 1
    return text[lo:hi]


def _letters(token: str) -> int:
    return sum(c.isalpha() for c in token)


def garbled(token: str) -> bool:
    """True when a token's shape is no word's: symbols or digits among its letters, capitals where no
    name has them ("QuUuod", "SYdAT3", "[z6Lzx]8s1e"), or a long run of letters without a vowel."""
    letters = [c for c in token if c.isalpha()]
    if not letters:
        return False
    if any(not c.isalnum() and c not in _INNER_OK for c in token):
        return True
    digits = [c for c in token if c.isdigit()]
    if digits and (len(digits) > 1 or digits[0] not in _LOOKALIKE_DIGITS):
        return True
    parts = [p for p in re.split("[-'’.]", token) if p]
    if len(parts) > 1:  # "O'Brien", "Ahmed-Hassan": each part is judged as a word of its own
        return any(garbled(p) for p in parts)
    word = "".join(letters)
    if len(word) >= 4 and not any(unicodedata.normalize("NFD", c.casefold())[0] in _VOWELS or c.casefold() in _VOWELS
                                  for c in word):
        return True
    if word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower()):
        return False
    # One capital inside a capitalised name is a name's ("McDonald", "DeLuca"); more, or one in a lower-case word, is not.
    rises = sum(1 for a, b in zip(word, word[1:]) if a.islower() and b.isupper())
    falls = sum(1 for a, b in zip(word, word[1:]) if a.isupper() and b.islower())
    return not (word[0].isupper() and rises == 1 and falls <= 2)


def reading_share(texts: Sequence[str], vocab: Vocabulary | None = None) -> float | None:
    """Share of known words among the tokens of a reading (None: too few tokens to tell)."""
    vocab = vocab or vocabulary()
    tokens = [c for c in (core(t) for t in texts) if _letters(c) >= MIN_LETTERS]
    if len(tokens) < PAGE_MIN_TOKENS:
        return None
    return sum(vocab.knows(t) for t in tokens) / len(tokens)


@dataclass(frozen=True)
class PageSense:
    """Per word of a page, whether its reading is evidence; and the page's share of known words."""

    noise: tuple[bool, ...]
    share: float | None  # None: too few tokens to judge the page


def _counted(word: Word) -> str | None:
    c = core(word.text)
    return c if _letters(c) >= MIN_LETTERS else None


def _tally(tokens: Sequence[str], vocab: Vocabulary) -> tuple[int, int]:
    """How many of ``tokens`` are known words, and how many are garbled."""
    known = sum(vocab.knows(t) for t in tokens)
    return known, sum(garbled(t) for t in tokens)


def judge_page(page: Page, vocab: Vocabulary | None = None) -> PageSense:
    """Which OCR words of ``page`` are noise (see the module's docstring)."""
    vocab = vocab or vocabulary()
    words = page.words
    ocr = [w.conf < TEXT_LAYER_CONF for w in words]
    by_line: dict[int, list[tuple[str, float]]] = {}
    line_words: dict[int, int] = {}
    page_tokens: list[str] = []
    for w, is_ocr in zip(words, ocr):
        if not is_ocr:
            continue
        t = _counted(w)
        by_line.setdefault(w.line, [])
        line_words[w.line] = line_words.get(w.line, 0) + (_letters(core(w.text)) >= 2)
        if t is not None:
            by_line[w.line].append((t, w.conf))
            page_tokens.append(t)
    line_sense: dict[int, bool] = {}
    for line, read in by_line.items():
        tokens = [t for t, _ in read]
        # a known word read poorly is as likely chance ("Ten", "usch" in the speckle of a drawing)
        known = sum(conf >= NAME_CONF and vocab.knows(t) for t, conf in read)
        if len(read) == 1 and read[0][1] < SURE_CONF:
            known = 0  # the one word of its line that could be known must be read surely ("Handläggare: AB")
        odd = sum(garbled(t) for t in tokens)
        # one known word alone on its line is no text ("SET" read off a turned page), one beside initials
        # is ("Handläggare: AB"); nor is a line where garbled tokens outnumber the known ones (a stop
        # word read by chance among them)
        line_sense[line] = (known >= 1 and line_words[line] >= 2 and known / len(tokens) >= LINE_SENSE
                            and known > odd)
    share: float | None = None
    nonsense = False
    if len(page_tokens) >= PAGE_MIN_TOKENS:
        known, odd = _tally(page_tokens, vocab)
        share = known / len(page_tokens)
        nonsense = share < PAGE_SENSE or odd > known
    noise: list[bool] = []
    for w, is_ocr in zip(words, ocr):
        if not is_ocr:
            noise.append(False)
            continue
        c = core(w.text)
        if not any(ch.isalpha() for ch in c):
            noise.append(False)  # numbers and punctuation: their own detectors judge them, not this
            continue
        if w.conf < GARBLED_CONF and garbled(c):
            noise.append(True)  # letters glued to digits and brackets, read at a guess ("OGf[2295"), on any line
            continue
        if line_sense.get(w.line, False):
            noise.append(False)
            continue
        short = _letters(c) <= MIN_LETTERS or (c.isupper() and _letters(c) >= 2)
        # a page read the wrong way up, or the speckle of a drawing, reads short names by chance ("Lee",
        # "Ole", "EBA"): there, and for a short or capital one off a line of text, only a sure one counts
        if vocab.is_name(c) and w.conf >= (SURE_CONF if nonsense or short else NAME_CONF):
            noise.append(False)
            continue
        if nonsense:
            noise.append(True)
            continue
        noise.append(w.conf < SURE_CONF and (short or garbled(c)))
    return PageSense(tuple(noise), share)


#: Categories whose proposals on an OCR page must stand on a reading that makes sense.
JUDGED = frozenset({"PERSON"})
#: The detector that guesses names in words OCR read poorly (``detect.uncertain``).
GUESS_DETECTOR = "ocr_uncertain"


def _beside_a_name(words: Sequence[Word], covered: list[int], names: list[tuple[int, int]]) -> bool:
    """True when a word right before or after ``covered`` on its line is part of a found name."""
    lo, hi = covered[0], covered[-1]
    for j, k in ((lo - 1, lo), (hi + 1, hi)):
        if 0 <= j < len(words) and words[j].line == words[k].line:
            if any(s < words[j].end and words[j].start < e for s, e in names):
                return True
    return False


def without_noise(page: Page, findings: Sequence[Finding], vocab: Vocabulary | None = None,
                  language: PageLanguage | None = None) -> list[Finding]:
    """``findings`` without the persons proposed on OCR words that are noise (every word they cover).

    ``language``: the page's language; where the Swedish name rules do not hold (German, English),
    a guess that a poorly read capitalised word is a misread name is dropped unless it stands beside
    a found name: there every noun ("Rohr", "Bogen", "Summe") or heading is capitalised, and one
    edit from some name in the lexicons, so the word's shape is no evidence.
    Pages of a text layer are returned as they are.
    """
    if page.source != "ocr" or not any(f.category in JUDGED for f in findings):
        return list(findings)
    sense = judge_page(page, vocab)
    vocab = vocab or vocabulary()
    words = page.words
    ends = [w.end for w in words]  # words stand in reading order: their ends rise
    names = [(f.start, f.end) for f in findings if f.category in JUDGED and f.detector != GUESS_DETECTOR
             and f.start is not None and f.end is not None]
    out: list[Finding] = []
    dropped = 0
    for f in findings:
        if f.category in JUDGED and f.page == page.number and f.start is not None and f.end is not None:
            covered = []
            for i in range(bisect_right(ends, f.start), len(words)):
                if words[i].start >= f.end:
                    break
                covered.append(i)
            # words without a letter ("3240/20") are no evidence of a name either way
            lettered = [i for i in covered if any(c.isalpha() for c in words[i].text)]
            if lettered and all(sense.noise[i] for i in lettered):
                dropped += 1
                continue
            if (f.detector == GUESS_DETECTOR and covered and language is not None
                    and language.at(f.start) not in SWEDISH_RULES and not _beside_a_name(words, covered, names)):
                dropped += 1  # a capitalised word on German or English text: its shape says nothing
                continue
            if f.detector == GUESS_DETECTOR and covered and all(
                    words[i].conf < TEXT_LAYER_CONF and core(words[i].text).casefold() in vocab.stops for i in covered):
                dropped += 1  # a poorly read "When" or "They" is a word OCR read, not a misread name
                continue
        out.append(f)
    if dropped:
        log.info("sida %d: %d förslag på personer i OCR-text som inte går att läsa som text togs bort", page.number, dropped)
    return out
