"""The words one of which every match of a pattern holds somewhere, for skipping a page that holds none.

A rule whose pattern opens with any word ("(?<![\\w-])(?P<name>[^\\W\\d_]+)…") and asks for a rarer word
further on ("… \\((?:S|M|V|KD|MP|SD)\\)", "… (?i:dotter|sonen|…)") is tried at every word of a page, and
``re`` gives up only once it reaches the rarer part (about a quarter of a millisecond a page for the costliest).
A page whose lowercase holds none of those words cannot hold a match: the page is passed over with a few
lookups of the words the rules' page keeps (see ``patterns._PageNeedles``).

The words are read from the parsed pattern, never written by hand, and may only be too many, never too few:
each is a run of characters every match of its part of the pattern is one of (literals, small classes of
literals, groups and alternations of them, optional parts), and a part that cannot be bounded so breaks a run.
Lookarounds take no characters, so a run goes on across them. A text holding a character that ``re`` takes
for a letter of the words while ``str.lower`` does not ("ſ" for "s", "ı" for "i", "İ") is searched whatever
its words (see :func:`odd_forms`).
"""

from __future__ import annotations

from functools import lru_cache

from redact.detect.first_chars import _USABLE, _case_forms

if _USABLE:
    from re._constants import (
        ASSERT, ASSERT_NOT, AT, ATOMIC_GROUP, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT,
        SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE, SUBPATTERN,
    )

#: Words shorter than this are on nearly every page; more words than this cost more lookups than they save.
MIN_WORD, MAX_WORDS = 3, 64
#: The most literals a character class may hold to be read as a set of characters ("[ \\t]", "[Nn]").
_MAX_CLASS = 8

# What one part of a pattern is known to match: ``exact``, every string it may match (lowercase), or None
# when they are too many or unknown; ``needed``, words one of which every match of it holds, or None.
_Known = tuple["set[str] | None", "set[str] | None"]
_NOTHING: _Known = (None, None)


def required_words(parsed, flags: int) -> tuple[tuple[str, ...], str] | None:  # noqa: ANN001 (re's SubPattern)
    """The words (lowercase, at least :data:`MIN_WORD` long, at most :data:`MAX_WORDS` of them) one of which every
    match of the pattern ``parsed`` under ``flags`` holds, and the characters a text must lack for ``str.lower``
    to show them where ``re`` finds them (:func:`odd_forms`); None when no such words are known.
    ``parsed``: ``first_chars.parse``'s tree (only read)."""
    if not _USABLE or parsed is None:
        return None
    flags = parsed.state.flags | int(flags)
    if flags & SRE_FLAG_LOCALE:
        return None
    try:
        exact, needed = _sequence(parsed.data, flags)
    except Exception:  # pragma: no cover - re internals not as expected: no words, the pattern searched as it is
        return None
    words = _best(exact, needed)
    if not words or not _usable(words):
        return None
    odd = odd_forms(words)
    return (tuple(sorted(words)), odd) if odd is not None else None


def odd_forms(words) -> str | None:  # noqa: ANN001 (an iterable of lowercase words)
    """The characters ``re`` takes for a letter of ``words`` under IGNORECASE whose ``str.lower`` is not that letter
    ("ſ" for "s", "ı" for "i"), and "İ" (two characters in the lowercase, one in the text); None when a word holds
    a sigma (its lowercase depends on its neighbours)."""
    odd = {"\u0130"}
    for c in set().union(*words):
        if c in "\u03a3\u03c2\u03c3":
            return None
        odd.update(_odd_of(c))
    return "".join(sorted(odd))


@lru_cache(maxsize=None)
def _odd_of(c: str) -> tuple[str, ...]:
    """The characters ``re`` takes for ``c`` under IGNORECASE whose lowercase is not ``c``."""
    return tuple(chr(form) for form in _case_forms(ord(c)) if chr(form).lower() != c)


def _usable(words: set[str]) -> bool:
    return len(words) <= MAX_WORDS and min(map(len, words)) >= MIN_WORD


def _best(exact: set[str] | None, needed: set[str] | None) -> set[str] | None:
    """The better of two sets of words one of which a match holds: the one whose shortest word is longer."""
    options = [w for w in (exact, needed) if w and "" not in w and len(w) <= MAX_WORDS]
    return max(options, key=lambda w: (min(map(len, w)), -len(w)), default=None)


def _letter(code: int) -> str | None:
    """A literal's character as the text's lowercase shows it; None when that is more than one character."""
    low = chr(code).lower()
    return low if len(low) == 1 else None


def _item(op, av, flags: int) -> _Known | None:  # noqa: ANN001 (re's opcode and argument)
    """What one item of a sequence matches; None for an item that takes no characters (a lookaround, an anchor)."""
    if op in (AT, ASSERT, ASSERT_NOT):
        return None
    if op is LITERAL:
        c = _letter(av)
        return ({c}, {c}) if c is not None else _NOTHING
    if op is IN:
        if not 0 < len(av) <= _MAX_CLASS or any(kind is not LITERAL for kind, _ in av):
            return _NOTHING  # (a negated class, a range or a category: too many characters)
        chars = {_letter(code) for _, code in av}
        return (chars, chars) if None not in chars else _NOTHING
    if op is SUBPATTERN:
        _group, add_flags, del_flags, p = av
        return _sequence(p.data, (flags | add_flags) & ~del_flags)
    if op is ATOMIC_GROUP:
        return _sequence(av.data, flags)
    if op is BRANCH:
        exact: set[str] | None = set()
        needed: set[str] | None = set()
        for alternative in av[1]:
            if len(av[1]) > MAX_WORDS:
                return _NOTHING  # (each alternative adds a string at least)
            one_exact, one_needed = _sequence(alternative.data, flags)
            if exact is not None:
                exact = exact | one_exact if one_exact is not None else None
                if exact is not None and len(exact) > MAX_WORDS:
                    exact = None
            if needed is not None:
                best = _best(one_exact, one_needed)
                needed = needed | best if best is not None else None
                if needed is not None and len(needed) > MAX_WORDS:
                    needed = None
            if exact is None and needed is None:
                return _NOTHING
        return exact, needed
    if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
        low, high, p = av
        inner_exact, inner_needed = _sequence(p.data, flags)
        if low >= 1:
            return (inner_exact if low == high == 1 else None), _best(inner_exact, inner_needed)
        if high == 1 and inner_exact is not None:
            return inner_exact | {""}, None  # an optional part: with it or without it
        return _NOTHING
    return _NOTHING  # any character, a category, a backreference, a conditional group


def _sequence(data, flags: int) -> _Known:  # noqa: ANN001 (re's item list)
    """What a sequence of items matches: the strings it may match when all are known and few, and the best words
    one of which its matches hold (a run of known items side by side, or what one item's matches hold)."""
    whole: set[str] | None = {""}
    run: set[str] | None = {""}  # the strings the run of known items so far may match
    best: set[str] | None = None
    for op, av in data:
        known = _item(op, av, flags)
        if known is None:
            continue  # takes no characters: the run goes on across it
        exact, needed = known
        if whole is not None:
            whole = _joined(whole, exact)
        if exact is None:  # (a part known whole is in the run, and the run's words hold its own)
            best = _pick(_pick(best, needed), run)
            run = {""}
            continue
        joined = _joined(run, exact)
        if joined is None:  # too many: the run so far ends, a new one begins with this item
            best = _pick(best, run)
            joined = exact
        run = joined
    best = _pick(best, run)
    return whole, best


def _joined(left: set[str] | None, right: set[str] | None) -> set[str] | None:
    """Every string of ``left`` followed by every string of ``right``; None when unknown or too many."""
    if left is None or right is None or len(left) * len(right) > MAX_WORDS:
        return None
    return {a + b for a in left for b in right}


def _pick(best: set[str] | None, other: set[str] | None) -> set[str] | None:
    """The better of two sets of needed words (see :func:`_best`)."""
    return _best(best, other) if best is not None else _best(other, None)
