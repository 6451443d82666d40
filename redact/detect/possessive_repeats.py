"""Repeats of one character that whatever follows them cannot go on from, made possessive.

A rule's words end at what cannot belong to them ("[\\w.-]+@", "[ \\t]*:", "\\d+(?!\\d)"): when the rest of the
pattern fails after such a repeat, ``re`` gives its characters back one at a time and tries the rest again
after each, though each time the next character is one the repeat takes, which the rest cannot begin with
(the local part of an address before a missing "@": once for each of its letters, at every word of the page).

:func:`possessive_repeats` marks such a repeat possessive (as "++" would), which gives the same matches: once
the repeat has taken all it can, a shorter take (or, for a lazy repeat, each take before that one) leaves next
a character the repeat takes, and what follows fails there before it takes a character. What may follow is
read from the parsed pattern, through the groups, alternatives and repeats around it: an item that takes a
character fails when its class and the repeat's share none; a lookahead fails when its pattern does, a negative
one when one of its alternatives is a class holding every character of the repeat's; anchors and lookbehinds
are passed over, as they leave the next character as it is. Where the match may end, or something may come
whose first characters are not read here (any character, a backreference), the repeat is left as it is; so are
repeats inside lookarounds, and patterns under ASCII.
"""

from __future__ import annotations

from functools import lru_cache

from redact.detect.first_chars import _USABLE, _class_test, _Set, _Unbounded

if _USABLE:
    from re._constants import (
        ASSERT, ASSERT_NOT, AT, ATOMIC_GROUP, BRANCH, CATEGORY, GROUPREF_EXISTS, IN, LITERAL, MAX_REPEAT,
        MIN_REPEAT, NEGATE, NOT_LITERAL, POSSESSIVE_REPEAT, RANGE, SRE_FLAG_ASCII, SRE_FLAG_IGNORECASE, SUBPATTERN,
    )

#: A class of one character: the class items of one item of the pattern, and whether it is matched whatever its case.
Piece = tuple[tuple, bool]
#: What follows a place in the pattern: the item sequence, the index of the next item in it, its flags and what follows
#: the sequence; or (_LOOP, a repeat's body, its flags, what follows the repeat, its most repeats); None where the
#: match may end.
Next = tuple | None
_LOOP = object()
#: A range longer than this is not spelled out character by character (a class test reads it instead).
_SPELLED_RANGE = 0x3000
#: How many items one test may read before it gives up (a test stops at the first item that takes a character).
_MAX_STEPS = 4000


def possessive_repeats(parsed, flags: int) -> bool:  # noqa: ANN001 (re's SubPattern)
    """Make possessive, in ``parsed`` (a pattern parsed under ``flags``), every repeat of one character, greedy or
    lazy, after which whatever may follow fails on any character it takes (see the module); True when one was
    changed."""
    if not _USABLE:
        return False
    return _walk(parsed.data, parsed.state.flags | flags, None)


def _walk(data: list, flags: int, after: Next) -> bool:
    """:func:`possessive_repeats` over the item sequence ``data``, which ``after`` follows."""
    changed = False
    for i, (op, av) in enumerate(data):
        follow = (data, i + 1, flags, after)
        if op in (MAX_REPEAT, MIN_REPEAT):
            body = av[2]
            one = _one_character(body.data, flags)
            if one is not None:
                if _fails_on(one, follow):
                    data[i] = (POSSESSIVE_REPEAT, av)
                    changed = True
                continue
            changed = _walk(body.data, flags, (_LOOP, body, flags, follow, av[1])) or changed
        elif op is POSSESSIVE_REPEAT:
            body = av[2]
            changed = _walk(body.data, flags, (_LOOP, body, flags, follow, av[1])) or changed
        elif op is SUBPATTERN:
            _group, add_flags, del_flags, p = av
            changed = _walk(p.data, (flags | add_flags) & ~del_flags, follow) or changed
        elif op is ATOMIC_GROUP:
            changed = _walk(av.data, flags, follow) or changed
        elif op is BRANCH:
            for alternative in av[1]:
                changed = _walk(alternative.data, flags, follow) or changed
        elif op is GROUPREF_EXISTS:
            _group, yes, no = av
            changed = _walk(yes.data, flags, follow) or changed
            if no is not None:
                changed = _walk(no.data, flags, follow) or changed
        # lookarounds are left as written: what follows their end is the assertion's success
    return changed


def _one_character(data: list, flags: int) -> Piece | None:
    """The class of the one character a repeat's body takes, when it is one plain item."""
    if len(data) != 1:
        return None
    return _piece(*data[0], flags)


def _piece(op, av, flags: int) -> Piece | None:  # noqa: ANN001
    """The class of an item that takes one character; None for any other item (and under ASCII, whose classes
    and case forms are narrower than those this module spells out)."""
    if flags & SRE_FLAG_ASCII:
        return None
    ignorecase = bool(flags & SRE_FLAG_IGNORECASE)
    if op is LITERAL:
        return ((LITERAL, av),), ignorecase
    if op is NOT_LITERAL:
        return ((NEGATE, None), (LITERAL, av)), ignorecase
    if op is IN:
        return tuple(av), ignorecase
    return None


class _Steps:
    """The items one test has read (it gives up beyond :data:`_MAX_STEPS`)."""

    __slots__ = ("left",)

    def __init__(self) -> None:
        self.left = _MAX_STEPS

    def step(self) -> bool:
        self.left -= 1
        return self.left >= 0


def _fails_on(one: Piece, follow: Next) -> bool:
    """True when what ``follow`` says comes next fails, before it takes a character, wherever the next character
    is one of the class ``one``."""
    try:
        return _fails_next(_cased(*one), follow, _Steps())
    except _Unbounded:
        return False
    except Exception:  # pragma: no cover - re internals not as expected: the repeat as written
        return False


def _fails_next(chars: tuple, follow: Next, steps: _Steps) -> bool:
    if follow is None:
        return False  # the match may end here
    if follow[0] is _LOOP:  # the end of a repeat's body: the body again, or what follows the repeat
        _loop, body, flags, after, most = follow
        again = most == 1 or _fails_seq(chars, body.data, 0, flags, after, steps)
        return again and _fails_next(chars, after, steps)
    data, i, flags, after = follow
    return _fails_seq(chars, data, i, flags, after, steps)


def _fails_seq(chars: tuple, data: list, i: int, flags: int, after: Next, steps: _Steps) -> bool:
    """True when the items ``data[i:]``, then ``after``, fail before taking a character wherever the next character
    is one of the class ``chars`` (matched with case)."""
    for j in range(i, len(data)):
        if not steps.step():
            return False
        op, av = data[j]
        piece = _piece(op, av, flags)
        if piece is not None:
            return _disjoint(chars, _cased(*piece))
        if op is AT:
            continue  # takes no character; what it tests is left open
        if op is ASSERT:
            direction, body = av
            if direction == 1 and _fails_seq(chars, body.data, 0, flags, None, steps):
                return True  # a lookahead that fails there
            continue
        if op is ASSERT_NOT:
            direction, body = av
            if direction == 1 and _holds_on(chars, body.data, flags):
                return True  # a negative lookahead whose pattern matches there
            continue
        rest = (data, j + 1, flags, after)
        if op is SUBPATTERN:
            _group, add_flags, del_flags, p = av
            return _fails_seq(chars, p.data, 0, (flags | add_flags) & ~del_flags, rest, steps)
        if op is ATOMIC_GROUP:
            return _fails_seq(chars, av.data, 0, flags, rest, steps)
        if op is BRANCH:
            return all(_fails_seq(chars, alternative.data, 0, flags, rest, steps) for alternative in av[1])
        if op is GROUPREF_EXISTS:
            _group, yes, no = av
            return _fails_seq(chars, yes.data, 0, flags, rest, steps) and (
                _fails_next(chars, rest, steps) if no is None else _fails_seq(chars, no.data, 0, flags, rest, steps))
        if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            low, _high, body = av
            # into the body (at its end without a character taken: what follows the repeat, as entering the body
            # again at the same place reads the same), or past it
            into = _fails_seq(chars, body.data, 0, flags, rest, steps)
            return into and (low > 0 or _fails_next(chars, rest, steps))
        return False  # any character, a backreference: anything may come next
    return _fails_next(chars, after, steps)


def _holds_on(chars: tuple, data: list, flags: int) -> bool:
    """True when the pattern ``data`` matches wherever the next character is one of ``chars``: its alternatives
    that are a class of one character hold them all."""
    alternatives = [a.data for a in data[0][1][1]] if len(data) == 1 and data[0][0] is BRANCH else [data]
    left = _members(chars)
    if left is None:
        return False
    for alternative in alternatives:
        if len(alternative) == 1:
            piece = _piece(*alternative[0], flags)
            if piece is not None:
                left = _tester(_cased(*piece)).sub("", left)
    return not left


def _disjoint(a: tuple, b: tuple) -> bool:
    """True when no character is in both classes (each matched with case)."""
    for spelled, test in ((b, a), (a, b)):
        members = _members(spelled)
        if members is not None:
            return _tester(test).search(members) is None
    return False


@lru_cache(maxsize=4096)
def _tester(items: tuple):  # noqa: ANN202 (a compiled pattern)
    """A pattern of the one class ``items`` (matched with case), kept: many repeats share their class."""
    return _class_test(list(items))


def _cased(items: tuple, ignorecase: bool) -> tuple:
    """The class ``items`` as one matched with case (every case form spelled out under IGNORECASE)."""
    one = _Set()
    one.add_items(list(items), ignorecase)
    return tuple(one.charset())


def _members(items: tuple) -> str | None:
    """Every character of the class ``items`` (matched with case), or None for a negated class."""
    if items and items[0][0] is NEGATE:
        return None
    out: list[str] = []
    for op, av in items:
        if op is LITERAL:
            out.append(chr(av))
        elif op is RANGE:
            lo, hi = av
            if hi - lo > _SPELLED_RANGE:
                return None
            out.extend(map(chr, range(lo, hi + 1)))
        elif op is CATEGORY:
            out.append(_category_members(av))
        else:
            return None
    return "".join(out)


@lru_cache(maxsize=None)
def _category_members(category: object) -> str:
    """Every character of a class category (``\\d``, ``\\s``, ``\\w`` and their negations) ``re`` knows."""
    return "".join(_class_test([(CATEGORY, category)]).findall(_every_character()))


@lru_cache(maxsize=1)
def _every_character() -> str:
    return "".join(map(chr, range(0x110000)))
