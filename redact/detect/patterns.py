"""The machinery shared by the pattern detectors, and the list of all of them.

A detector proposes with a regular expression (a :class:`Rule`) and decides
with a check (a date, a Luhn digit, a mod-97 sum, a context word).  Every
result carries the reason in ``recognition_metadata["reason"]`` and in its
``analysis_explanation`` (Presidio drops the latter unless the engine is
asked for the decision process).
"""

from __future__ import annotations

import calendar
import logging
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, LocalRecognizer, RecognizerResult

from redact.detect.context import find_context_word
from redact.detect.first_chars import (
    Program, built, compiled, parse, parsed_pattern, parsed_program, scanning_program,
)
from redact.detect.opening_words import AtOpeningWords, opening_words, parsed_opening_words
from redact.detect.required_words import required_words
from redact.detect.stored_programs import store

logger = logging.getLogger(__name__)

REASON_KEY = "reason"


@dataclass(frozen=True)
class Verdict:
    """What a check decided about a match: the span to report and why."""

    start: int
    end: int
    reason: str
    score: float | None = None  # overrides the rule's score when set


Check = Callable[[str, "re.Match[str]"], "Verdict | None"]


@dataclass(frozen=True)
class Rule:
    """One pattern of a detector.

    ``score`` applies without context, ``context_score`` when one of
    ``context`` is near; with ``require_context`` a match without context is
    dropped.  ``check`` may veto a match (return None) or adjust its span.
    """

    name: str
    regex: re.Pattern[str]
    score: float
    context_score: float | None = None
    check: Check | None = None
    context: tuple[str, ...] | None = None  # None: the recognizer's list
    require_context: bool = False
    before: int = 40
    after: int = 0
    group: int | str = 0
    needs: tuple[str, ...] = ()  # skip the rule unless one of these occurs in the lowercased text
    # skip the rule unless this occurs in the text: a part of the pattern every match holds (a cheap search)
    gate: re.Pattern[str] | NeedleGate | None = None
    # after a vetoed match, search again from the end of this group rather than the match's: a word read as a
    # label that names nothing may have swallowed the real label after it ("Länsförsäkringar, skadenummer …")
    rescan: str | None = None


# Letters re's IGNORECASE takes for an ASCII letter that str.lower() turns into no ASCII letter ("İ" -> "i̇",
# "ı", "ſ"): a text holding one is left to the gate's regex.
_FOLDS_OFF_ASCII = re.compile("[\u0130\u0131\u017f]")
_FOLDS_OFF_ASCII_CHARS = "\u0130\u0131\u017f"


@dataclass(frozen=True)
class NeedleGate:
    """A gate's regex behind a cheaper test: one of ``needles`` (lowercase) in the lowercased text, or with
    ``cased`` one of them as written in the text.

    A long case-insensitive alternation gives re no first character to scan for, so it tries every
    alternative at every position (about 2 ms a page); ``in`` on the lowered text takes microseconds.
    The regex still decides where a needle occurs, so the gate says what its regex says, provided every
    match of the regex, lowercased, holds a needle.
    """

    regex: re.Pattern[str]
    needles: tuple[str, ...]
    # True for a case-sensitive regex: every match holds a needle as written, looked for in the text itself
    # ("Jalan" is rare where "jalan" is not)
    cased: bool = False

    def __post_init__(self) -> None:
        if self.cased and (self.regex.flags & re.IGNORECASE or re.search(r"\(\?[a-zA-Z]*i", self.regex.pattern)):
            raise ValueError("a regex that ignores case needs lowercase needles, not cased ones")

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The regex's first match in ``text[pos:endpos]``, or None at once when no needle is there."""
        page = _last_page
        if page.text is text and pos == 0 and endpos >= len(text):
            # the page the rules are reading, whole: its lowercase, its runs of three characters and the needles tested
            # on it are kept (see _PageNeedles), not made again for every gate; the regex searched by its first
            # characters, as a rule's (the same matches). Any other text is tested as it is, and the page stays kept.
            return _scan(self.regex).search(text) if page.holds_one_of(self.needles, self.cased) else None
        part = text[pos:endpos]
        if self.cased:
            if not any(n in part for n in self.needles):
                return None
            return self.regex.search(text, pos, endpos)
        lowered = part.lower()
        if not any(n in lowered for n in self.needles) and not _FOLDS_OFF_ASCII.search(part):
            return None
        return self.regex.search(text, pos, endpos)


@dataclass(frozen=True)
class NeedlesGate:
    """A gate of needles alone: one of ``lowered`` in the lowercased text (or a letter there that re folds onto an
    ASCII one and ``str.lower`` not), or one of ``cased`` as written. For a rule whose matches open with a word in
    any case or with one in capitals only ("personal number" or "SIN"): the capitals' letters stand in small letters
    on most pages ("sina", "innan"), where a lowercase test of them lets the rule search the page for nothing."""

    lowered: tuple[str, ...]
    cased: tuple[str, ...] = ()

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool | None:
        """True when ``text[pos:endpos]`` holds a needle (see the class), else None; the page the rules read, whole,
        is tested by what is kept of it (see _PageNeedles)."""
        page = _page(text) if pos == 0 and endpos >= len(text) else _PageNeedles(text[pos:endpos])
        return True if page.holds_one_of(self.lowered, False) or _holds_one_cased(page, self.cased) else None


def alternative_needles(*alternations: str) -> tuple[str, ...]:
    """The letters every top-level alternative of these groups begins with, as written: needles for a
    case-sensitive :class:`NeedleGate` ("(?:Jalan|Jl\\.|Sat(?:ul)?)" gives "Jalan", "Jl", "Sat").

    A letter a quantifier may leave out ends the needle before it; an alternative that need not begin
    with a letter has no needle, and is refused (ValueError): the gate would be narrower than its regex.
    """
    needles: list[str] = []
    for alternation in alternations:
        body = re.sub(r"^\(\?:(.*)\)$", r"\1", alternation, flags=re.DOTALL)
        depth, start, alternatives, i, in_class = 0, 0, [], 0, False
        while i < len(body):
            c = body[i]
            if c == "\\":
                i += 2  # an escaped character is no bracket nor bar
                continue
            if in_class:
                in_class = c != "]"
            elif c == "[":
                in_class = True
                i += 2 if body[i + 1:i + 2] == "]" else 1  # "[]…]": the first "]" is a member
                continue
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth < 0:
                    raise ValueError(f"not one group: {alternation!r}")
            elif c == "|" and depth == 0:
                alternatives.append(body[start:i])
                start = i + 1
            i += 1
        alternatives.append(body[start:])
        for alternative in alternatives:
            m = re.match(r"[^\W\d_]+", alternative)
            needle = m.group() if m else ""
            if needle and alternative[len(needle):len(needle) + 1] in ("?", "*", "{"):
                needle = needle[:-1]
            if not needle:
                raise ValueError(f"an alternative that need not begin with a letter: {alternative!r}")
            needles.append(needle)
    return tuple(dict.fromkeys(needles))


def leading_letters(*alternations: str) -> str:
    """A lookahead for the letters that begin word alternations ("(?i:bor|bodde|…)"), put right before them.

    re tries each alternative of a case-insensitive alternation at every position it reaches (it skips one
    by its first character only when the alternation is case-sensitive): one class test first passes over
    most positions at once. The alternatives of a nested group add letters too, which only keeps a few more
    positions for the alternation to decide. '' when an alternative may begin with anything but its first letter.
    """
    letters: set[str] = set()
    for alternation in alternations:
        body = re.sub(r"^\(\?(?:i)?:(.*)\)$", r"\1", alternation, flags=re.DOTALL)
        for alternative in body.split("|"):
            if not alternative[:1].isalpha() or alternative[1:2] in ("?", "*", "{"):
                return ""  # no letter it must begin with
            letters.add(alternative[0].lower())
    return "(?=(?i:[" + "".join(sorted(letters)) + "]))"


def compile_(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a verbose pattern (whitespace in the pattern is ignored); its program is kept in the pattern store.

    (Built as ``re`` builds it, not rewritten as rules' patterns are: the rewrite costs more than it saves for the
    patterns a check builds at run time from a document's own words, measured on the review app's e-mail intake.)"""
    return compiled(pattern, flags | re.VERBOSE)


def compile_rule(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """:func:`compile_` for a rule's pattern: compiled once, as its rule searches it (see :func:`rule_regex`)."""
    return rule_regex(pattern, flags | re.VERBOSE)


def mod11_2_check(digits: str) -> str:
    """The ISO 7064 MOD 11-2 check character of a run of digits ("X" for ten), as ORCID and China's number use it."""
    total = 0
    for c in digits:
        total = (total + int(c)) * 2
    check = (12 - total % 11) % 11
    return "X" if check == 10 else str(check)


def luhn_ok(digits: str) -> bool:
    """True when the last digit is the Luhn (mod 10) check digit of the others."""
    if not digits.isdigit() or len(digits) < 2:
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def real_date(year: int, month: int, day: int) -> bool:
    """True for a date that exists in the Gregorian calendar (leap years included)."""
    if not (1 <= month <= 12 and 1 <= year <= 9999):
        return False
    return 1 <= day <= calendar.monthrange(year, month)[1]


def only_digits(s: str) -> str:
    """The digits of ``s`` in order."""
    return "".join(ch for ch in s if ch.isdigit())


class SwedishPatternRecognizer(LocalRecognizer):
    """A Presidio recognizer for language "sv" driven by a list of :class:`Rule`.

    Subclasses set ``ENTITY``, ``NAME``, ``CONTEXT`` and ``RULES``.
    """

    ENTITY: str = ""
    NAME: str = ""
    CONTEXT: tuple[str, ...] = ()
    RULES: Sequence[Rule] = ()

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            name=self.NAME,
            supported_language="sv",
            # Presidio's lemma enhancer matches substrings by default ("reg" in "region",
            # "kv" in "kvinna"); it gets only the long words, our own check handles the rest.
            context=[w for w in self.CONTEXT if len(w) >= 6],
        )
        self._plan_of: Sequence[Rule] | None = None
        self._plan: list[tuple[Rule, tuple[_Required, ...]]] = []
        self._rule_plan()  # compiled here, before a worker is forked, rather than on the first page

    def _rule_plan(self) -> list[tuple[Rule, tuple[_Required, ...]]]:
        """Each rule with the words one of which a page must hold for its pattern or its gate to match there
        (see :mod:`redact.detect.required_words`), made again when ``RULES`` is another list."""
        if self._plan_of is not self.RULES:
            plan = []
            for rule in self.RULES:
                found = [_required(rule.regex)]
                if isinstance(rule.gate, re.Pattern):
                    found.append(_required(rule.gate))
                plan.append((rule, tuple((words, odd, frozenset(_first_triple(w) for w in words))
                                         for words, odd in (f for f in found if f is not None))))
            self._plan, self._plan_of = plan, self.RULES
        return self._plan

    def load(self) -> None:
        """Nothing to load: patterns are compiled at import."""

    def analyze(self, text: str, entities: list[str] | None, nlp_artifacts=None) -> list[RecognizerResult]:
        """Run every rule over ``text``; return one result per accepted match."""
        if entities and self.ENTITY not in entities:
            return []
        results: list[RecognizerResult] = []
        page = _page(text)
        lowered, held, triples = page.lowered, page.held, page.triples
        for rule, required in self._rule_plan():
            if rule.needs and not _holds_one(lowered, rule.needs, held, triples):
                continue  # cheap test first: most pages have no "@" or "::"
            if required and any(page.lacks(*words) for words in required):
                continue  # none of the words every match of the pattern (or of its gate) holds
            gate = rule.gate
            if gate is not None and not (_scan(gate) if isinstance(gate, re.Pattern) else gate).search(text):
                continue
            regex = _scan(rule.regex)
            if rule.rescan is None:
                for m in regex.finditer(text):
                    result = self._judge(text, rule, m)
                    if result is not None:
                        results.append(result)
                continue
            pos = 0
            while (m := regex.search(text, pos)) is not None:
                result = self._judge(text, rule, m)
                if result is not None:
                    results.append(result)
                    pos = max(m.end(), m.start() + 1)
                else:
                    pos = max(m.end(rule.rescan), m.start() + 1)
        return _dedupe(results)

    def _judge(self, text: str, rule: Rule, m: re.Match[str]) -> RecognizerResult | None:
        if rule.check is not None:
            try:
                verdict = rule.check(text, m)
            except Exception:  # a check that breaks on odd text must not hide the match it was judging
                logger.exception("%s: the check of rule %s failed; the match is proposed unchecked", self.name, rule.name)
                verdict = Verdict(m.start(rule.group), m.end(rule.group), "pattern (check failed)")
            if verdict is None:
                return None
        else:
            verdict = Verdict(m.start(rule.group), m.end(rule.group), "pattern")
        if verdict.end <= verdict.start:
            return None
        base = rule.score if verdict.score is None else verdict.score
        words = rule.context if rule.context is not None else self.CONTEXT
        word = find_context_word(text, verdict.start, verdict.end, words, rule.before, rule.after) if words else ""
        if rule.require_context and not word:
            return None
        score = base
        if word and rule.context_score is not None:
            score = max(base, rule.context_score)
        score = min(1.0, max(0.0, score))
        reason = f"{self.name}:{rule.name}; {verdict.reason}"
        if word:
            reason += f"; context '{word}'"
        explanation = AnalysisExplanation(
            recognizer=self.name,
            original_score=base,
            pattern_name=rule.name,
            pattern=rule.regex.pattern,
            validation_result=rule.check is not None,
            textual_explanation=reason,
        )
        metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            REASON_KEY: reason,
        }
        if word:
            explanation.set_supportive_context_word(word)
            explanation.set_improved_score(score)
            # Tells Presidio's lemma enhancer not to add a second boost.
            metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
        return RecognizerResult(
            entity_type=self.ENTITY,
            start=verdict.start,
            end=verdict.end,
            score=score,
            analysis_explanation=explanation,
            recognition_metadata=metadata,
        )


# What a rule's words are kept as: the words, the characters that make them unsure (see _PageNeedles.lacks) and
# each word's first three characters.
_Required = tuple[tuple[str, ...], str, frozenset[tuple[str, str, str]]]

# Each rule's pattern as re searches it: by the characters its matches begin with (first_chars.scanning), or only
# where one of its opening words stands (opening_words); by id with the pattern kept (a pattern's own hash reads
# its whole compiled code).
_scans: dict[int, tuple[re.Pattern[str], re.Pattern[str] | AtOpeningWords, tuple[tuple[str, ...], str] | None]] = {}


def _scan(regex: re.Pattern[str]) -> re.Pattern[str] | AtOpeningWords:
    """``regex``, or what searches the same pattern faster (the same matches)."""
    return _scanned(regex)[1]


def _required(regex: object) -> tuple[tuple[str, ...], str] | None:
    """The words one of which every match of ``regex`` holds, and the characters a text must lack for its lowercase
    to show them (see :mod:`redact.detect.required_words`); None when none are known (or ``regex`` is no re
    pattern: a rule's own searcher)."""
    return _scanned(regex)[2] if isinstance(regex, re.Pattern) else None


def _scanned(regex: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str] | AtOpeningWords,
                                               tuple[tuple[str, ...], str] | None]:
    """What is kept of ``regex`` for :func:`_scan` and :func:`_required`, made on first use."""
    held = _scans.get(id(regex))
    if held is None or held[0] is not regex:
        if isinstance(regex.pattern, str):
            program, words, required = store().get("scan", regex.pattern, regex.flags, lambda: _scan_program(regex))
        else:
            program, words, required = _scan_program(regex)
        fast = regex if program is None else built(regex.pattern, program)
        if words is not None:
            fast = AtOpeningWords(fast, *words, lowered=_page_lowered, present=_page_may_hold)
        held = _scans[id(regex)] = (regex, fast, required)
    return held


def _scan_program(regex: re.Pattern[str]) -> tuple[Program | None, tuple[tuple[str, ...], str] | None,
                                                    tuple[tuple[str, ...], str] | None]:
    """What :func:`_scan` searches ``regex`` by: the program of ``first_chars.scanning`` (None: ``regex`` itself),
    the opening words and the words every match holds."""
    parsed = parsed_pattern(regex)  # one parse for all: the words are read before scanning changes it
    words = opening_words(regex, parsed)
    required = required_words(parsed, regex.flags) if parsed is not None else None
    return scanning_program(regex, parsed), words, required


def rule_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` for a rule's pattern (or a gate's): parsed and compiled once, to the program :func:`_scan`
    would make of ``re.compile(pattern, flags)``, and kept as that for :func:`_scan` (re.compile's program, then
    _scan's parse and compile of it, cost twice as much at start-up); the program is kept in the pattern store
    (:mod:`redact.detect.stored_programs`) for the next run. Its matches are re.compile's."""
    held = store().get("rule", pattern, flags, lambda: _rule_program(pattern, flags))
    if held is None:
        return re.compile(pattern, flags)
    program, words, required = held
    regex = re.compile(pattern, flags) if program is None else built(pattern, program)
    fast = regex if words is None else AtOpeningWords(regex, *words, lowered=_page_lowered, present=_page_may_hold)
    _scans[id(regex)] = (regex, fast, required)
    return regex


def _rule_program(pattern: str, flags: int) -> tuple[Program | None, tuple[tuple[str, ...], str] | None,
                                                     tuple[tuple[str, ...], str] | None] | None:
    """:func:`rule_regex`'s program (None: ``re.compile``'s own), opening words and the words every match holds;
    None when the pattern is not read here (it is compiled as written, and read by :func:`_scan` when searched)."""
    parsed = parse(pattern, flags)
    if parsed is None:
        return None
    words = parsed_opening_words(parsed, flags)  # read before parsed_program changes it
    required = required_words(parsed, flags)
    return parsed_program(pattern, flags, parsed), words, required


def _page_lowered(text: str) -> str:
    """The lowercase of ``text``, kept for the page the rules read (see _PageNeedles)."""
    return _page(text).lowered


def _page_may_hold(lowered: str, words: tuple[str, ...]) -> tuple[str, ...] | list[str]:
    """``words`` but those ``lowered``, the lowercase of the page the rules read, does not hold (all of them for
    another text); each answer kept for the page, as :func:`_holds_one` keeps it."""
    page = _last_page
    if page.lowered is not lowered:
        return words
    held, triples = page.held, page.triples
    out = []
    for word in words:
        hit = held.get(word)
        if hit is None:
            need = _needle_triples.get(word)
            if need is None:
                need = _needle_triples[word] = _triples(word)
            hit = held[word] = triples.issuperset(need) and word in lowered
        if hit:
            out.append(word)
    return out


def _first_triple(word: str) -> tuple[str, str, str]:
    """The first three characters of a word of three or more."""
    return word[0], word[1], word[2]


def _triples(text: str, kind: type = frozenset) -> frozenset[tuple[str, str, str]] | set[tuple[str, str, str]]:
    """The runs of three characters side by side in ``text`` (none in a text shorter than three)."""
    # (pairs let through six needles a page for each one there, each a scan of the page; the runs of three, one in
    # four, and their set costs a fifth more to make)
    return kind(zip(text, text[1:], text[2:]))


class _PageNeedles:
    """A text the rules read: lowercased, the needles tested on it so far (True: it holds the needle), the same for
    case-sensitive needles, and the runs of three characters side by side in its lowercase. The recognizers read the
    same page one after another, and their rules share many needles ("bo", "nummer"), each test a scan of the page."""

    __slots__ = ("text", "lowered", "held", "triples", "cased", "_folds", "_odd")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lowered = text.lower()
        self.held: dict[str, bool] = {}
        self.triples = _triples(self.lowered, set)
        self.cased: dict[str, bool] = {}
        self._folds: bool | None = None
        self._odd: dict[str, bool] = {}

    def lacks(self, words: tuple[str, ...], odd: str, firsts: frozenset[tuple[str, str, str]]) -> bool:
        """True when the text holds none of ``words`` (lowercase) in its lowercase and none of the characters
        ``odd`` (those ``re`` may take for a letter of the words where the lowercase shows another: see
        :func:`redact.detect.required_words.odd_forms`); ``firsts``: each word's first three characters (a text
        without any of them lacks the words, found by one set operation rather than a lookup a word)."""
        if not self.triples.isdisjoint(firsts) and _holds_one(self.lowered, words, self.held, self.triples):
            return False
        hit = self._odd.get(odd)
        if hit is None:
            hit = self._odd[odd] = any(c in self.text for c in odd)
        return not hit

    def holds_one_of(self, needles: tuple[str, ...], cased: bool) -> bool:
        """What a :class:`NeedleGate` of these needles tests on the whole text: one of them in it as written
        (``cased``), or in its lowercase, or a letter there that ``re`` folds onto an ASCII one and ``lower`` not."""
        if cased:
            return _holds_one_cased(self, needles)
        if _holds_one(self.lowered, needles, self.held, self.triples):
            return True
        if self._folds is None:  # (three scans for a character cost less than one search for a class of three)
            self._folds = any(c in self.text for c in _FOLDS_OFF_ASCII_CHARS)
        return self._folds


# The last text the rules read (see _PageNeedles).
_last_page = _PageNeedles("")
# Each needle's runs of three characters side by side: a text lacking one of them cannot hold the needle.
_needle_triples: dict[str, frozenset[tuple[str, str, str]]] = {}


def _page(text: str) -> _PageNeedles:
    """What is kept of ``text`` for the needles: the last text's, or made for it now."""
    global _last_page
    last = _last_page
    if last.text is not text and last.text != text:
        last = _last_page = _PageNeedles(text)
    return last


def _page_needles(text: str) -> tuple[str, dict[str, bool], set[tuple[str, str, str]]]:
    """``text`` lowercased, the needles tested on it so far (True: it holds the needle) and the runs of three
    characters side by side in it, kept for the next call."""
    page = _page(text)
    return page.lowered, page.held, page.triples


def _holds_one(lowered: str, needles: tuple[str, ...], held: dict[str, bool],
               triples: set[tuple[str, str, str]] | None = None) -> bool:
    """True when ``lowered`` holds one of ``needles`` (``held``: the answers so far for this text, added to).

    ``triples``, the runs of three characters side by side in ``lowered``: a needle with a run not among them is not
    looked for (most needles are not on a page; a set lookup costs a tenth of a scan of it).
    """
    for needle in needles:
        hit = held.get(needle)
        if hit is None:
            if triples is not None:
                need = _needle_triples.get(needle)
                if need is None:
                    need = _needle_triples[needle] = _triples(needle)
                hit = triples.issuperset(need) and needle in lowered
            else:
                hit = needle in lowered
            held[needle] = hit
        if hit:
            return True
    return False


# Each case-sensitive needle in lowercase, or None for one holding a capital sigma. A text holding the needle holds
# its lowercase in its own lowercase: ``str.lower`` maps each character alone, and only a capital sigma looks at its
# neighbours. The lowercase test is the one ``needs`` make (kept per page), and "DALEN" shares it with "dalen".
_cased_needle_lower: dict[str, str | None] = {}


def _holds_one_cased(page: _PageNeedles, needles: tuple[str, ...]) -> bool:
    """True when the text of ``page`` holds one of ``needles`` as written (the answers kept in ``page.cased``)."""
    held = page.cased
    for needle in needles:
        hit = held.get(needle)
        if hit is None:
            try:
                low = _cased_needle_lower[needle]
            except KeyError:
                low = _cased_needle_lower[needle] = None if "\u03a3" in needle else needle.lower()
            hit = held[needle] = (low is None or _holds_one(page.lowered, (low,), page.held, page.triples)) \
                and needle in page.text
        if hit:
            return True
    return False


def _dedupe(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Drop results contained in a better or equal one; order by position."""
    kept = EntityRecognizer.remove_duplicates(results)
    # remove_duplicates keeps two results with the same span and score; keep one.
    seen: set[tuple[int, int]] = set()
    out = []
    for r in sorted(kept, key=lambda r: (r.start, -(r.end - r.start), -r.score)):
        if (r.start, r.end) not in seen:
            seen.add((r.start, r.end))
            out.append(r)
    return out


def pattern_recognizers() -> list[EntityRecognizer]:
    """One instance of every Swedish pattern recognizer, in a fixed order."""
    # Imported here: the detector modules import this module for the base class.
    from redact.detect.address import AddressRecognizer
    from redact.detect.bank_account import BankAccountRecognizer
    from redact.detect.date_of_birth import DateOfBirthRecognizer
    from redact.detect.email import EmailRecognizer
    from redact.detect.iban import IbanRecognizer
    from redact.detect.labelled_id import LabelledIdRecognizer
    from redact.detect.ip_address import IpAddressRecognizer
    from redact.detect.license_plate import LicensePlateRecognizer
    from redact.detect.org_number import OrgNumberRecognizer
    from redact.detect.personnummer import PersonnummerRecognizer
    from redact.detect.phone import PhoneRecognizer
    from redact.detect.postal_code import PostalCodeRecognizer
    from redact.detect.property import PropertyRecognizer

    return [
        PersonnummerRecognizer(),
        OrgNumberRecognizer(),
        PhoneRecognizer(),
        EmailRecognizer(),
        AddressRecognizer(),
        PostalCodeRecognizer(),
        PropertyRecognizer(),
        BankAccountRecognizer(),
        IbanRecognizer(),
        LicensePlateRecognizer(),
        IpAddressRecognizer(),
        DateOfBirthRecognizer(),
        LabelledIdRecognizer(),
    ]
