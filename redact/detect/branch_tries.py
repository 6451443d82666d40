"""Alternations of words folded into a tree by their letters, for ``re`` to try fewer alternatives.

``re`` tries an alternation's alternatives one after another at every position it reaches: a list of words
("(?i:januari|februari|…)", 1,500 month names of many languages) costs about ten nanoseconds an alternative even
when each is passed over at its first letter, so tens of microseconds a position. :func:`branch_tries` rewrites,
in the parsed pattern, alternatives that open with the same letter as that letter followed by an alternation of
their rests, and so on down ("(?:ja(?:nuari|n)|fe(?:bruari|b)|…)"): a position is then passed over after one test
per first letter, and a word is tried only among those that share its opening.

The matches stay the same, alternatives' order included. At one position ``re`` takes the first alternative, in
order, with which the rest of the pattern matches. Alternatives whose first letters can match no character in
common cannot both match at one position, so the order between them does not matter; alternatives that open with
the same letter (the same code compiled, so the same characters matched) keep their order among themselves, and
the same holds for their rests, level by level. An alternative is folded into an earlier one's group only when
every alternative between them opens with a letter that can match none of the characters the group's letter
matches: an alternative that is empty, or opens with anything but a letter, stays where it is and keeps everything
on its either side apart.
"""

from __future__ import annotations

from redact.detect.first_chars import _USABLE, _case_forms, nested_items

if _USABLE:
    from re import _compiler, _parser
    from re._constants import BRANCH, LITERAL, SRE_FLAG_IGNORECASE, SUBPATTERN

#: Alternations with fewer alternatives are left as they are (their few tries cost less than a tree's groups).
_MIN_ALTERNATIVES = 4


def branch_tries(parsed, flags: int) -> bool:  # noqa: ANN001 (re's SubPattern)
    """Fold every alternation of ``parsed`` (a pattern parsed under ``flags``) whose alternatives share first
    letters into a tree (see the module); True when one was changed."""
    if not _USABLE:
        return False
    return _walk(parsed.data, parsed.state.flags | flags)


def _walk(data: list, flags: int) -> bool:
    changed = False
    for i, (op, av) in enumerate(data):
        for items, inner in nested_items(op, av, flags):
            changed = _walk(items, inner) or changed
        if op is BRANCH and len(av[1]) >= _MIN_ALTERNATIVES:
            alternatives = av[1]
            keys: dict[int, tuple] = {}
            tree = _tree([list(a.data) for a in alternatives], flags, keys)
            if tree is not None:
                data[i] = _item(tree, alternatives[0].state)
                changed = True
    return changed


def _key(code: int, flags: int, keys: dict[int, tuple]) -> tuple:
    """(the code ``re`` compiles the letter ``code`` to under ``flags``, the characters it matches)."""
    held = keys.get(code)
    if held is None:
        compiled: list = []
        _compiler._compile(compiled, [(LITERAL, code)], flags)
        forms = frozenset(_case_forms(code)) if flags & SRE_FLAG_IGNORECASE else frozenset((code,))
        held = keys[code] = (tuple(compiled), forms)
    return held


def _tree(alternatives: list[list], flags: int, keys: dict[int, tuple]) -> list | None:
    """The alternatives (item lists) as a tree: a list of nodes, each an item list (an alternative left as it is)
    or a group (its first letter, its alternatives' rests); None when no two alternatives share a group."""
    nodes: list = []  # each: ("as is", items) or ("group", code_key, forms, first_item, [rests])
    shared = False
    for items in alternatives:
        head = items[0] if items else None
        if head is None or head[0] is not LITERAL:
            nodes.append(("as is", items))
            continue
        code_key, forms = _key(head[1], flags, keys)
        target = None
        for node in reversed(nodes):
            if node[0] == "group" and node[1] == code_key:
                target = node
                break
            if node[0] != "group" or not forms.isdisjoint(node[2]):
                break  # an alternative it may not pass
        if target is not None:
            target[4].append(items[1:])
            shared = True
        else:
            nodes.append(("group", code_key, forms, head, [items[1:]]))
    if not shared:
        return None
    out = []
    for node in nodes:
        if node[0] == "as is":
            out.append(node[1])
            continue
        rests = node[4]
        if len(rests) == 1:
            out.append([node[3], *rests[0]])
            continue
        sub = _tree(rests, flags, keys)
        out.append([node[3], _Rests(sub if sub is not None else rests)])
    return out


class _Rests:
    """The rests of a group's alternatives after their first letter: a tree, or the alternatives as they are."""

    __slots__ = ("tree",)

    def __init__(self, tree: list) -> None:
        self.tree = tree


def _item(tree: list, state) -> tuple:  # noqa: ANN001 (re's parser state)
    """The parsed item of ``tree`` (:func:`_tree`): one alternation of its nodes, or the node alone."""
    alternatives = [_parser.SubPattern(state, _items(node, state)) for node in tree]
    if len(alternatives) == 1:
        return (SUBPATTERN, (None, 0, 0, alternatives[0]))
    return (BRANCH, (None, alternatives))


def _items(node: list, state) -> list:  # noqa: ANN001 (re's parser state)
    """A node's items, its rests (a tree or plain alternatives) as one item after its first letter."""
    if len(node) == 2 and isinstance(node[1], _Rests):
        return [node[0], _item(node[1].tree, state)]
    return list(node)
