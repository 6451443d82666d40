"""The key of initials tried only before its verbs gives what the search over the whole page gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from redact.detect.initials_keys import _KEY, _key_matches

SETTINGS = settings(max_examples=400, derandomize=True, deadline=None, database=None)

PIECES = [
    "mkr", "P-ÅL", "ti", "T.O.B.", "kbe", "och", "Och", "är", "=", "står", "för", "avser", "Maja", "Krantz",
    "Per-Åke", "Lund", "Tove", "Isaksson", "Anna-Lena", " ", " ", "\t", "\n", "\n", "\n\n", "(", ")", ";", ",", ":",
    ".", "-", "12", "x", "Ä", "ärende", "står för", " är\n", "\u00a0", "och ",
    # whole keys, so that matches are many
    "mkr är Maja Krantz", "ti står för Tove Isaksson", "P-ÅL =\nPer-Åke Lund", "kbe avser Kajsa Berglöf Ek",
    "ab är Cd", "\nab är Cd Ef", "(ab = Cd Ef", "och ab är\n\tCd Ef Gh",
]


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.group("token"), m.group("name")) for m in matches]


TEXTS = [
    "",
    "mkr är Maja Krantz",
    "Anteckningar\nmsv = Mona Svedberg\nti står för Tove Isaksson\n",
    "Handläggare Ivar Lund, T-OB är\nTor-Olof Björk.\nkbe är\n\nKajsa Berglöf",
    "x är Y\nab är Cd Ef\n(ab avser Cd Ef); gh = Ij Kl, och mn är Op Qr St Uv",
    "Det sade han, det är Dan Berg som kom.\n\tpl\tär\tPer Lund\n",
    "ab är Cd Ef",  # the last line, no line end after it
    "ab är\nCd Ef",
]


def test_the_same_matches_on_written_pages() -> None:
    for text in TEXTS:
        assert _spans(_key_matches(text)) == _spans(_KEY.finditer(text)), text


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=40).map(lambda parts: "".join(parts) if len(parts) % 3 else " ".join(parts)))
def test_the_same_matches_on_any_mix(text: str) -> None:
    assert _spans(_key_matches(text)) == _spans(_KEY.finditer(text))
