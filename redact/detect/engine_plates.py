"""An engine's maker, its model naming its power or its size and its serial after the engine's noun ("motor Vindra
1.6 TDX 551930", "utombordaren eMarin Flow 4.0 EM4E55193072"): the plate as the owner's application writes it, so the
mark runs from the maker's name. Read by ``labelled_id``'s recognizer.

A model's decimal figure (the power in kilowatts or horsepower, the cylinders' volume in litres) says the words
between the maker and the number are a model, so the number after them is the one engine's serial. Without such a
figure the maker and a series' code before the digits ("motor Evinrude E4R 0441872") keep to ``make_model_serials``,
where the serial alone is marked; so does a serial after "nr".
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule

# a maker as written in its own country's letters ("Škoda") or its own mixed case ("eMarin")
_MAKER = r"(?:[A-ZÅÄÖÆØÉÜŠŽČ][a-zåäöæøéüßšžčř]{2,}(?:-[A-Z][a-z]+)?|[a-z]{1,2}[A-Z][a-z]{2,})"
# a model's word: a capitalised or capitals' word, a figure with letters, a decimal figure perhaps with its unit
_WORD = r"(?:[A-Z][A-Za-z]{1,12}|[A-Z\d]*\d[A-Z\d]*|\d{1,2}\.\d{1,2}[a-z]{0,2})"
_ENGINE_PLATE = compile_rule(
    r"(?<![\w-])(?i:\w*motor|\w*motorn|utombordare|utombordaren|elmotor|elmotorn)[ \t\u00a0]*[,:]?[ \t\u00a0]+"
    r"(?P<value>(?P<make>" + _MAKER + r")(?P<model>(?:[ \u00a0]+" + _WORD + r"){1,3})[ \u00a0]+"
    r"(?P<serial>(?=[A-Z\d]*(?:\d[A-Z]*){6})[A-Z\d]{6,16}))(?![\w]|[-/.,:]\d)"
)
_DECIMAL = re.compile(r"^\d{1,2}\.\d{1,2}[a-z]{0,2}$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _check_engine_plate(text: str, m: re.Match[str]) -> Verdict | None:
    """The maker, a model with its decimal figure and a serial of six digits at least after the engine's noun."""
    if not any(_DECIMAL.match(w) for w in m.group("model").split()) or _YEAR.match(m.group("serial")):
        return None
    return Verdict(m.start("value"), m.end("value"), "motorns märke, modell och tillverkningsnummer")


RULES = (Rule("engine_maker_model_with_power_and_serial", _ENGINE_PLATE, score=0.8, check=_check_engine_plate,
              needs=("motor", "utombord")),)
