"""An engine's maker, its model with a decimal figure (its power or its size) and its serial after the engine's noun
are one mark; without such a figure, or with a year, nothing is read here. Fictional engines."""

from __future__ import annotations

import pytest

from redact.detect import engine_plates


def _rule(text: str) -> list[str]:
    return [text[v.start:v.end] for r in engine_plates.RULES for m in r.regex.finditer(text)
            if (v := r.check(text, m))]


@pytest.mark.parametrize("text, value", [
    ("Bilen har motor Vindra 1.6 TDX 551930 enligt intyget.", "Vindra 1.6 TDX 551930"),
    ("Ansökan 3307, utombordaren eMarin Flow 4.0 EM4E55193072. Född 1971.", "eMarin Flow 4.0 EM4E55193072"),
    ("Elmotor: Čelik Volt 7.5kw 55193307", "Čelik Volt 7.5kw 55193307"),
])
def test_an_engines_maker_model_with_its_power_and_serial_are_one_mark(text, value):
    assert _rule(text) == [value]


@pytest.mark.parametrize("text", [
    "Ekans motor Tohatsu M9K 0551930 och hans båt.",    # a series' code, no figure of power
    "Han har motor Vindra F60 nr 6C5-5519307.",         # after "nr"
    "Motor Vindra 1.6 TDX 2019 köptes begagnad.",       # a year
])
def test_no_engine_plate_is_read(text):
    assert _rule(text) == []
