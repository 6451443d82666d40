"""A home with no number and its village, given once over a postcode, is masked where the document names the pair
again ("Gamla skolan, Ekeby" in an address cell); the house's name or the village alone, or the pair in another
order, stay. Fictional places."""

from __future__ import annotations

from redact.resolve.home_and_village import find_homes_with_village
from redact.types import Finding


def _again(text: str, address: str) -> list[str]:
    start = text.index(address)
    found = Finding(id="p1-0", page=1, start=start, end=start + len(address), text=address, category="ADDRESS",
                    score=0.8, detector="address")
    return [f.text for f in find_homes_with_village([found], {1: text})]


def test_the_pair_named_again_is_the_same_home():
    text = ("| Part | Adress\n| T.L. | Gamla skolan, Ekeby\n\nEfter vigseln bor vi på Gamla skolan, Ekeby, "
            "741 93 Norrby.")
    assert _again(text, "Gamla skolan, Ekeby, 741 93 Norrby") == ["Gamla skolan, Ekeby"]


def test_the_name_or_the_village_alone_stays():
    text = "Skolan i Ekeby är stängd. Gamla skolan har fått nytt tak.\nVi bor på Gamla skolan, Ekeby, 741 93 Norrby."
    assert _again(text, "Gamla skolan, Ekeby, 741 93 Norrby") == []
