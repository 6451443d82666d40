"""A driving licence's class after its word is no one's initials: "moped klass I (AM)", "behörighet BE", "klass C1E".

The classes are the EU's letters and figures (AM, A1, A2, A, B, BE, B96, C1, C1E, C, CE, D1, D1E, D, DE); after
"klass" (perhaps with the moped class's roman figure) or "behörighet", in brackets or not, they name what the licence
allows. Used to veto the learned tagger's person spans (``engine``).
"""

from __future__ import annotations

import re

_CLASS = re.compile(r"AM|A1|A2|A|B96|BE|B|C1E|C1|CE|C|D1E|D1|DE|D")
# the class's word right before: "klass", "klass I", "behörighet", "behörigheten", "körkortsklass", a bracket perhaps
_WORD_BEFORE = re.compile(r"(?i)(?<![\w-])(?:\w*klass(?:en)?(?:[ \t]+I{1,2})?|behörighet(?:en)?|behörigheterna)"
                          r"[ \t\u00a0]*:?[ \t\u00a0]*\(?$")


def licence_class(text: str, a: int, b: int) -> bool:
    """True when ``text[a:b]`` is a driving licence's class right after its word (see the module docstring)."""
    return _CLASS.fullmatch(text, a, b) is not None and _WORD_BEFORE.search(text, max(0, a - 40), a) is not None
