"""An animal's transponder number by its shape (ISO 11784): fifteen digits, the first three a country's numeric
code ("752" Sweden, "578" Norway, "276" Germany) or a chip maker's code (900-998), then the animal's own twelve.
A horse's numeric UELN has the same shape (the country's code first). Read by ``labelled_id``'s recognizer.

A pet's or a horse's number is in a register under its owner, so it leads to a person wherever the sentence puts
it: after its label ("chipnummer 752…"), but also a clause away from it ("har uppgett chipnummer för de övriga,
bland andra 752…"), listed after another ("752… och" / "752…" over a line end) or in a cell. Fifteen digits with
such a prefix are rarely anything else; what else they may be (a telephone's IMEI, a card's number) is one
person's too.

The chip's maker written before the number ("Datamars 981 098 104 418 207", "Virbac BackHome 900 164 000 220 741")
is part of the number as the chip's card and the register print it, so the mark runs from the maker. AVID's older
chips carry nine digits in three groups ("AVID*077*044*182", "AVID 077-044-182"): after the maker's name that shape
is a chip's number too, the name inside its mark.
"""

from __future__ import annotations

import re

from redact.detect.access_codes import MONEY_AFTER
from redact.detect.makers_before_numbers import maker_start
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# ISO 3166-1 numeric codes of the countries (ISO 11784 puts one first in a national animal's number)
_COUNTRIES = frozenset("""
004 008 010 012 016 020 024 028 031 032 036 040 044 048 050 051 052 056 060 064 068 070 072 074 076 084 086 090
092 096 100 104 108 112 116 120 124 132 136 140 144 148 152 156 158 162 166 170 174 175 178 180 184 188 191 192
196 203 204 208 212 214 218 222 226 231 232 233 234 238 239 242 246 248 250 254 258 260 262 266 268 270 275 276
288 292 296 300 304 308 312 316 320 324 328 332 334 336 340 344 348 352 356 360 364 368 372 376 380 384 388 392
398 400 404 408 410 414 417 418 422 426 428 430 434 438 440 442 446 450 454 458 462 466 470 474 478 480 484 492
496 498 499 500 504 508 512 516 520 524 528 531 533 534 535 540 548 554 558 562 566 570 574 578 580 581 583 584
585 586 591 598 600 604 608 612 616 620 624 626 630 634 638 642 643 646 652 654 659 660 662 663 666 670 674 678
682 686 688 690 694 702 703 704 705 706 710 716 724 728 729 732 740 744 748 752 756 760 762 764 768 772 776 780
784 788 792 795 796 798 800 804 807 818 826 831 832 833 834 840 850 854 858 860 862 876 882 887 894
""".split())

# fifteen digits, unbroken, in five groups of three ("752 098 100 447 199"), or the country's code set off from the
# rest as a register or a vet writes it ("752 098100418836", "752 098 100418836"; the count of fifteen is checked),
# or the animal's twelve in three groups of four after it as a reader's display and a pet passport print them
# ("981 0981 0771 4418"), no digit or word glued on either side, and no decimal or further group after it
CHIP = compile_rule(r"(?<![\w.,/-])(?<!\d[ \u00a0])(?P<value>\d{15}|\d{3}(?:[ \u00a0]\d{3}){4}"
                r"|\d{3}(?:[ \u00a0]\d{4}){3}"
                r"|\d{3}[ \u00a0](?:\d{3}[ \u00a0])?\d{9,12})(?![\w]|[-/.,:][ \t]?\d|[ \u00a0]\d)")
_GATE = rule_regex(r"\d{15}|\d{3}[ \u00a0]\d{3}[ \u00a0]\d{3}[ \u00a0]\d{3}[ \u00a0]\d{3}|\d{3}[ \u00a0](?:\d{3}[ \u00a0])?\d{9}"
                   r"|\d{3}[ \u00a0]\d{4}[ \u00a0]\d{4}[ \u00a0]\d{4}")


def transponder_number(value: str) -> bool:
    """True for fifteen digits led by a country's numeric code or a chip maker's (900-998): an animal's number."""
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) != 15:
        return False
    lead = digits[:3]
    return lead in _COUNTRIES or 900 <= int(lead) <= 998


# the names chip makers print on the chip's card, a maker's or a brand's, "Planet ID" one name
_CHIP_MAKERS = (r"Destron|Fearing|LifeChip|Lifechip|HomeAgain|Trovan|Datamars|Bayer|Tracer|resQ|Virbac|BackHome|"
                r"AVID|Avid|Allflex|Planet[ \u00a0]ID|PetLink|Identichip|Animalcare|Biomark|Peeva|Microfindr|Sokymat|"
                r"Indexel|Felixcan|Cromasa")


def _check_chip(text: str, m: re.Match[str]) -> Verdict | None:
    if not transponder_number(m.group("value")) or MONEY_AFTER.match(text, m.end("value")):
        return None  # (a sum in groups of three has the grouped shape: "752 098 100 447 199 kr")
    return Verdict(maker_start(text, m.start("value"), _CHIP_MAKERS, words=1), m.end("value"),
                   "ett djurs transpondernummer: landets eller tillverkarens kod och femton siffror")


# AVID's older chip: the maker's name, then nine digits in three groups as the reader shows them ("AVID*077*044*182")
_AVID_CHIP = compile_rule(r"(?<![\w-])(?P<value>AVID[ \u00a0]?[*]?[ \u00a0]?"
                          r"\d{3}(?P<sep>[*.-]|[ \u00a0]?)\d{3}(?P=sep)\d{3})(?![\w]|[-/.,:*][ \t]?\d|[ \u00a0]\d)")
_AVID_GATE = rule_regex(r"AVID")


def _check_avid_chip(text: str, m: re.Match[str]) -> Verdict | None:
    return Verdict(m.start("value"), m.end("value"), "ett djurs transpondernummer: AVID:s nio siffror efter tillverkaren")


#: Rules of ``labelled_id``: an animal's transponder number by its shape alone.
RULES = (Rule("animal_transponder_number", CHIP, score=0.8, check=_check_chip, gate=_GATE),
         Rule("avid_transponder_number", _AVID_CHIP, score=0.8, check=_check_avid_chip, gate=_AVID_GATE))
