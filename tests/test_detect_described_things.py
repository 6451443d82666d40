"""A thing's whole description before its serial is one mark: the maker, the model, the thing's noun and size, "nr" or
"order" and a serial that may be spaced or carry its series' letters apart, where the run stands alone in its cell,
ends a subject line or follows the thing's noun; a maker's name alone before "nr" where its table lists other things
with their models. A label, a case's number by its year and a body's number stay. Fictional things and owners."""

from __future__ import annotations

import pytest

from redact.detect import described_things


def _rule(text: str) -> list[str]:
    return [text[v.start:v.end] for r in described_things.RULES for m in r.regex.finditer(text)
            if (v := r.check(text, m))]


@pytest.mark.parametrize("text, value", [
    # a serial in spaced groups, a serial with a dash, series letters apart, a thing's noun and its volume
    ("Föremål\nBrandt Vega nr 55 193 307\n", "Brandt Vega nr 55 193 307"),
    ("Hjälpmedel\nRullmo Terra 3 nr 55193-31\n", "Rullmo Terra 3 nr 55193-31"),
    ("| 3307-27 | Berit Lax | Nordvik Metall nr NM 551930 |", "Nordvik Metall nr NM 551930"),
    ("Kärl\nKomposta kärl 240 l nr 5519-3307\n", "Komposta kärl 240 l nr 5519-3307"),
    ("Kärl\nKomposta tunna 660 liter nr 5519-3314\n", "Komposta tunna 660 liter nr 5519-3314"),
    # a subject line it ends, a compound of the maker's name opening the subject; after the thing's or maker's noun
    ("Ämne: Komposta-kärlet Komposta kärl 140 l nr 5519-3321", "Komposta kärl 140 l nr 5519-3321"),
    ("Ämne: VT-31-208, turbin Kvarnström nr KV551930", "Kvarnström nr KV551930"),
    ("Hon har valt husleverantör Trollhus nr TH-5519307.", "Trollhus nr TH-5519307"),
    # a model's name with an apostrophe
    ("Skydd\nRidvakt Air'on 2 nr R551930-27\n", "Ridvakt Air'on 2 nr R551930-27"),
])
def test_a_things_description_and_its_serial_are_one_mark(text, value):
    assert _rule(text) == [value]


HOUSES = """Leveranser
Part
Hus
Handl.
OA
Trollhus order 31-551930
ELi
OB
Värmeverk Atlas nr 551-930-731
ELi
OC
Stugbo order SB 551930
KNo
OD
Kvarnström nr KV-5519307
KNo
"""


@pytest.mark.parametrize("value", ["Trollhus order 31-551930", "Stugbo order SB 551930", "Kvarnström nr KV-5519307"])
def test_a_makers_name_alone_in_a_column_of_described_things(value):
    assert value in _rule(HOUSES)


@pytest.mark.parametrize("text", [
    # a maker's name alone in a cell with no described thing beside it; a label; a case's number by its year
    "Kund\nTrollhus nr TH-5519307\n",
    "Kund\nFaktura nr F551930\n",
    "Ärende\nRegion Väst nr 55193-27\n",
    "Ärende\nSocialnämnden Väst nr SN 551930\n",
    # a year, a date, a short number
    "Föremål\nBrandt Vega nr 2027-05\n",
    "Föremål\nBrandt Vega nr 5519\n",
    # in a sentence with nothing naming the thing: left to the serial rules
    "Vi skrev till Brandt Vega nr 55 193 307 i går och fick svar.",
])
def test_no_description_without_its_maker_or_its_place(text):
    assert not any(" nr " in v or " order " in v for v in _rule(text))


def test_a_serials_own_label_is_left_to_the_serial_rules():
    # after "serienr" the serial rules mark the serial (alone or with its maker), not the thing's whole description
    assert _rule("Hon har hörapparat Audiva Lyra K serienr 5519K3307.") == []
