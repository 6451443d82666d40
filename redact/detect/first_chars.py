"""A pattern's first characters, for ``re`` to scan by.

Nearly every rule begins with a lookbehind ("(?<![\\w-])"): ``re`` then finds no character
a match must begin with, and runs the lookbehind and the rule's opening at every position
of the page (about 0.05 ms a page a rule, most of the rules' cost). A pattern that begins
with a character class is searched by that class first: ``re`` skips, in C, every position
whose character no match can begin with. :func:`scanning` compiles the same pattern (the
same text, flags, groups and matches) with the set of characters every match begins with
in front, which ``re`` itself only works out when the class comes first.

The set is worked out from the parsed pattern, and may only be too large, never too small:
whatever cannot be bounded (a backreference, any character, a negated class under
IGNORECASE, a pattern that may match the empty string) leaves the pattern as it is. So does
a Python whose ``re`` internals differ from those this was written for.
"""

from __future__ import annotations

import logging
import re
from array import array

from redact.detect import stored_programs

logger = logging.getLogger(__name__)

try:  # CPython's regular-expression compiler (3.11+)
    import _sre
    from re import _compiler, _parser
    from re._constants import (
        ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, ATOMIC_GROUP, BRANCH, CATEGORY, CATEGORY_DIGIT,
        CATEGORY_LINEBREAK, CATEGORY_SPACE, CATEGORY_UNI_DIGIT, CATEGORY_UNI_LINEBREAK,
        CATEGORY_UNI_SPACE, CATEGORY_UNI_WORD, CATEGORY_WORD, IN, INFO, LITERAL, MAX_REPEAT,
        MIN_REPEAT, NEGATE, POSSESSIVE_REPEAT, RANGE, SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE,
        SRE_FLAG_DEBUG, SRE_INFO_CHARSET, SUBPATTERN, SUCCESS,
    )
    _CODE_TYPE = next(c for c in "IL" if array(c).itemsize == _sre.CODESIZE)  # re's code unit
    _USABLE = hasattr(_sre, "unicode_tolower") and hasattr(_compiler, "_compile") \
        and hasattr(_compiler, "_optimize_charset") and hasattr(_compiler, "_compile_charset")
except Exception:  # pragma: no cover - another Python: patterns are scanned as written
    _USABLE = False

#: What ``_sre.compile`` builds a compiled pattern from: its flags, code (as bytes), number of groups (the whole match
#: counted), group names to numbers and numbers to names.
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

# Categories that hold every case form of their characters (a letter's other cases are letters too):
# under IGNORECASE a character is tested by its lowercase, which is in these only if it is.
_CASE_CLOSED = frozenset()
if _USABLE:
    _CASE_CLOSED = frozenset({CATEGORY_DIGIT, CATEGORY_SPACE, CATEGORY_WORD, CATEGORY_LINEBREAK, CATEGORY_UNI_DIGIT,
                              CATEGORY_UNI_SPACE, CATEGORY_UNI_WORD, CATEGORY_UNI_LINEBREAK})

_RANGE_MAX = 2048  # a longer range under IGNORECASE is not spelled out


class _Unbounded(Exception):
    """The pattern may begin with a character no set of this module can name."""


_uppers: dict[int, list[int]] | None = None


def _case_forms(code: int) -> set[int]:
    """Every character ``re`` takes for ``code`` under IGNORECASE: those whose lowercase is its lowercase,
    and the extra foldings ``re`` knows ("ſ" for "s", "K" (Kelvin) for "k")."""
    global _uppers
    if _uppers is None:
        # planes 2 to 16 hold ideographs, tags and private use: no character there has a case
        codes = range(0x20000)
        table: dict[int, list[int]] = {}
        for x, low in zip(codes, map(_sre.unicode_tolower, codes)):
            if low != x:
                table.setdefault(low, []).append(x)
        _uppers = table
    low = _sre.unicode_tolower(code)
    forms = {code, low, *_uppers.get(low, ())}
    fixes = _compiler._ignorecase_fixes if hasattr(_compiler, "_ignorecase_fixes") else None
    extra = getattr(getattr(re, "_casefix", None), "_EXTRA_CASES", None)
    for table in (fixes, extra):
        if table:
            for other in table.get(low, ()):
                forms.add(other)
                forms.add(_sre.unicode_tolower(other))
                forms.update(_uppers.get(_sre.unicode_tolower(other), ()))
    return forms


class _Set:
    """A character set built up as a union: positive items, or one negated class alone."""

    def __init__(self) -> None:
        self.items: list[tuple] = []
        self.negated: list[tuple] | None = None

    def add_items(self, items: list[tuple], ignorecase: bool) -> None:
        if items and items[0][0] is NEGATE:
            if ignorecase or (self.negated is not None and self.negated != list(items)):
                raise _Unbounded
            self.negated = list(items)
            return
        for op, av in items:
            if op is LITERAL:
                self.items.extend((LITERAL, c) for c in (_case_forms(av) if ignorecase else (av,)))
            elif op is RANGE:
                lo, hi = av
                if ignorecase:
                    if hi - lo > _RANGE_MAX:
                        raise _Unbounded
                    for c in range(lo, hi + 1):
                        self.items.extend((LITERAL, f) for f in _case_forms(c))
                else:
                    self.items.append((RANGE, av))
            elif op is CATEGORY:
                if ignorecase and av not in _CASE_CLOSED:
                    raise _Unbounded
                self.items.append((CATEGORY, av))
            else:
                raise _Unbounded  # a class item this module does not know

    def charset(self) -> list[tuple]:
        if self.negated is None:
            return self.items
        if not self.items:
            return self.negated
        # a negated class and characters or short ranges: the union is the class when it holds them all
        test = _class_test(self.negated)
        for op, av in self.items:
            if op is LITERAL:
                codes = (av,)
            elif op is RANGE and av[1] - av[0] <= _RANGE_MAX:
                codes = range(av[0], av[1] + 1)
            else:
                raise _Unbounded
            if not all(test.fullmatch(chr(c)) for c in codes):
                raise _Unbounded
        return self.negated


def _class_test(items: list[tuple]) -> re.Pattern[str]:
    """A compiled pattern of the one class ``items`` (to test characters against it)."""
    parsed = _parser.parse("x")
    parsed.data = [(IN, list(items))]
    return _compiler.compile(parsed, 0)


def _first(data, flags: int, out: _Set) -> bool:
    """Add to ``out`` the characters a match of the item sequence ``data`` may begin with; True when the
    sequence may match the empty string (then what follows it may begin the match too)."""
    for op, av in data:
        if not _first_item(op, av, flags, out):
            return False
    return True


def _first_item(op, av, flags: int, out: _Set) -> bool:
    """As :func:`_first` for one item."""
    ignorecase = bool(flags & SRE_FLAG_IGNORECASE)
    if op is LITERAL:
        out.add_items([(LITERAL, av)], ignorecase)
        return False
    if op is IN:
        out.add_items(list(av), ignorecase)
        return False
    if op in (AT, ASSERT, ASSERT_NOT):
        return True  # takes no character
    if op is SUBPATTERN:
        _group, add_flags, del_flags, p = av
        return _first(p.data, (flags | add_flags) & ~del_flags, out)
    if op is ATOMIC_GROUP:
        return _first(av.data, flags, out)
    if op is BRANCH:
        empty = False
        for alternative in av[1]:
            empty = _first(alternative.data, flags, out) or empty
        return empty
    if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
        low, _high, item = av
        return _first(item.data, flags, out) or low == 0
    raise _Unbounded  # ANY, NOT_LITERAL, a backreference, a conditional: anything may come first


def parsed_pattern(pattern: re.Pattern[str]):  # noqa: ANN201 (re's SubPattern)
    """``pattern`` as ``re`` parses it, for :func:`scanning` and ``opening_words``; None where neither reads it."""
    return parse(pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else None


def scanning(pattern: re.Pattern[str], parsed=None) -> re.Pattern[str]:  # noqa: ANN001 (re's SubPattern)
    """``pattern`` compiled to be searched by the characters its matches begin with; ``pattern`` itself
    when those cannot be bounded or ``re`` already scans by them.

    ``parsed``: :func:`parsed_pattern` of ``pattern`` when the caller has it (a rule's pattern is also read
    for its opening words: one parse, not two, at start-up); it is changed here, so it is read by the others first.
    """
    program = scanning_program(pattern, parsed)
    return pattern if program is None else built(pattern.pattern, program)


def scanning_program(pattern: re.Pattern[str], parsed=None) -> Program | None:  # noqa: ANN001 (re's SubPattern)
    """The program :func:`scanning` compiles ``pattern`` to (see :func:`built`); None when it keeps ``pattern``."""
    if not _USABLE or not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
        return None
    try:
        flags = pattern.flags
        if flags & SRE_FLAG_LOCALE:
            return None
        if parsed is None:
            parsed = _parser.parse(pattern.pattern, flags)
        flags = parsed.state.flags | flags
        code = _final_code(parsed, flags)
        if code is None:
            return None
        program = _program_of(flags, code, parsed)
    except _Unbounded:
        return None
    except Exception:  # pragma: no cover - re internals not as expected: the pattern as written
        logger.debug("no first characters for %r", pattern.pattern[:60], exc_info=True)
        return None
    if program[0] != pattern.flags or program[2] - 1 != pattern.groups or program[3] != pattern.groupindex:
        return None
    return program


def parse(pattern: str, flags: int = 0):  # noqa: ANN201 (re's SubPattern)
    """``pattern`` as ``re`` parses it under ``flags``, for :func:`parsed_program`; None where this module does
    not read it (or ``re`` rejects it: ``re.compile`` then says why)."""
    if not _USABLE or not isinstance(pattern, str) or flags & SRE_FLAG_LOCALE:
        return None
    try:
        return _parser.parse(pattern, flags)
    except Exception:
        return None


def compile_scanning(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``scanning(re.compile(pattern, flags))`` from one parse and one compile (re.compile's would be thrown away),
    its program kept in the pattern store (:mod:`redact.detect.stored_programs`)."""
    program = stored_programs.store().get("scanning", pattern, flags, lambda: _scanning_program_of(pattern, flags))
    return re.compile(pattern, flags) if program is None else built(pattern, program)


def _scanning_program_of(pattern: str, flags: int) -> Program | None:
    """:func:`compile_scanning`'s program, or None for ``re.compile``'s own."""
    parsed = parse(pattern, flags)
    return None if parsed is None else parsed_program(pattern, flags, parsed)


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its program kept in the pattern store (:mod:`redact.detect.stored_programs`)."""
    program = stored_programs.store().get("re", pattern, flags, lambda: _re_program(pattern, flags))
    return re.compile(pattern, flags) if program is None else built(pattern, program)


def _re_program(pattern: str, flags: int) -> Program | None:
    """The program ``re.compile(pattern, flags)`` compiles (as ``re``'s compiler does); None where this module
    does not read it (``re.compile`` then compiles it, or says why it cannot)."""
    parsed = parse(pattern, flags)
    if parsed is None or flags & SRE_FLAG_DEBUG:
        return None
    try:
        code = _compiler._code(parsed, flags)
    except Exception:  # pragma: no cover - re internals not as expected
        return None
    return _program_of(parsed.state.flags | flags, code, parsed)


def parsed_program(pattern: str, flags: int, parsed) -> Program | None:  # noqa: ANN001 (re's SubPattern)
    """``pattern``, parsed as ``parsed`` by :func:`parse`, compiled once to what :func:`scanning` makes of
    ``re.compile(pattern, flags)`` (see :func:`built`); None when none is to be had (the pattern is then compiled
    as written). ``parsed`` may be changed here, so it is read by the others first."""
    flags = parsed.state.flags | int(flags)
    try:
        code = _final_code(parsed, flags)
    except Exception:  # pragma: no cover - none to be had, or re internals not as expected: the pattern as written
        logger.debug("no first characters for %r", pattern[:60], exc_info=True)
        return None
    if code is None:  # no first characters: parsed is unchanged, and compiles as re.compile would
        code = _compiler._code(parsed, flags)
    return _program_of(flags, code, parsed)


def _final_code(parsed, flags: int) -> list | None:  # noqa: ANN001 (re's SubPattern)
    """The code :func:`scanning` compiles ``parsed`` to; None (``parsed`` unchanged) when it is ``re``'s own."""
    from redact.detect.branch_tries import branch_tries  # (both read classes by this module's sets)
    from redact.detect.possessive_repeats import possessive_repeats

    rewritten = possessive_repeats(parsed, flags)
    # after the repeats are read (a tree's groups hold the same first letters), before the letters become classes
    rewritten = branch_tries(parsed, flags) or rewritten
    cased_branches = _cased_branches(parsed.data, flags)
    try:
        code = _scanned_code(parsed, flags)
    except _Unbounded:
        if cased_branches:
            raise
        return _compiler._code(parsed, flags) if rewritten else None
    return code or (_compiler._code(parsed, flags) if cased_branches or rewritten else None)


def _program_of(flags: int, code: list, parsed) -> Program:  # noqa: ANN001 (re's SubPattern)
    """``code`` with what ``_sre.compile`` needs beside it (as ``re``'s compiler ends), in plain values that
    ``marshal`` writes; the code as the bytes of its words (a list of Python ints would hold several times the
    memory while the store is read)."""
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags), array(_CODE_TYPE, code).tobytes(), parsed.state.groups, groupindex, tuple(indexgroup)


def built(pattern: str, program: Program) -> re.Pattern[str]:
    """The compiled pattern of ``program`` (:func:`scanning_program`, :func:`parsed_program`); it compares equal
    to any pattern compiled to the same program."""
    flags, code, groups, groupindex, indexgroup = program
    words = array(_CODE_TYPE)
    words.frombytes(code)
    return _sre.compile(pattern, flags, words.tolist(), groups - 1, groupindex, indexgroup)


def _scanned_code(parsed, flags: int) -> list | None:
    """The code of ``parsed`` headed by the set of characters its matches begin with; None when ``re`` finds
    a prefix or a set itself, or when the pattern may begin with any character or with none."""
    low, high = parsed.getwidth()
    if low == 0:
        return None
    prefix, _skip, _all = _compiler._get_literal_prefix(parsed, flags)
    if prefix or _compiler._get_charset_prefix(parsed, flags):
        return None  # re scans by these itself
    first = _Set()
    try:
        if _first(parsed.data, flags, first):
            return None  # may match without taking a character
        charset, hascased = _compiler._optimize_charset(first.charset())
    except _Unbounded:
        return None
    if hascased:
        return None
    high = min(high, _compiler.MAXCODE)
    code: list = [INFO, 0, SRE_INFO_CHARSET, min(low, _compiler.MAXCODE), high]
    _compiler._compile_charset(charset, flags, code)
    code[1] = len(code) - 1
    _compiler._compile(code, parsed.data, flags)
    code.append(SUCCESS)
    return code


def _cased_branches(data, flags: int) -> bool:
    """Give every alternative of ``data`` that opens with a letter under IGNORECASE that letter as a class of its
    case forms, matched with case (the same characters); True when one was changed.

    ``re`` passes over an alternative whose first item is a plain letter or class that the character at hand is
    not, without entering it; a letter under IGNORECASE it enters and tries, so a case-insensitive alternation of
    words ("(?i:ärende|mål|…)") tried every word at every position it reached.
    """
    changed = False
    for op, av in data:
        for items, inner in nested_items(op, av, flags):
            changed = _cased_branches(items, inner) or changed
        if op is BRANCH and flags & SRE_FLAG_IGNORECASE:
            for alternative in av[1]:
                items = alternative.data
                if items and items[0][0] is LITERAL:
                    forms = _case_forms(items[0][1])
                    if len(forms) > 1:
                        one = _parser.SubPattern(alternative.state, [(IN, [(LITERAL, c) for c in sorted(forms)])])
                        items[0] = (SUBPATTERN, (None, 0, SRE_FLAG_IGNORECASE, one))
                        changed = True
    return changed


def nested_items(op, av, flags: int) -> list[tuple[list, int]]:  # noqa: ANN001 (re's parsed item)
    """The item lists nested in one parsed item (a branch's alternatives, a group's, a repeat's or an assertion's
    body), each with the flags it is read under."""
    if op is BRANCH:
        return [(alternative.data, flags) for alternative in av[1]]
    if op is SUBPATTERN:
        _group, add_flags, del_flags, p = av
        return [(p.data, (flags | add_flags) & ~del_flags)]
    if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
        return [(av[2].data, flags)]
    if op in (ASSERT, ASSERT_NOT):
        return [(av[1].data, flags)]
    if op is ATOMIC_GROUP:
        return [(av.data, flags)]
    return []
