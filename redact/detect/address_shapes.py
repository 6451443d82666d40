"""The shapes of a Swedish street address the address rules are written with: a street (a compound ending in a
street word, or a name and a street word after it), its house number and entrance, a postal code and a town.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.patterns import NeedleGate, alternative_needles, leading_letters


SP, DASH = ctx.SP, ctx.DASH
U, L = ctx.U, ctx.L
WORD = rf"[{U}](?:[{L}]+|[{U}]+)"  # Capitalised or ALL CAPS
PREFIX = rf"(?:{WORD}(?:-{WORD})?\.?|S:t|St\.|[{U}]\.)"

# Street words that end a compound ("Storgatan") ...
COMPOUND_SUFFIX = (
    "gatan|gata|vägen|väg|gränden|gränd|stigen|stig|torget|torg|platsen|allén|allé|alle|"
    "backen|backe|leden|gången|kajen|kaj|bron|parken|stråket|slingan|svängen|kroken|"
    "hagen|länken|bryggan|esplanaden|promenaden|boulevarden|kullen|höjden|ängen|udden|"
    "stranden|strand|terrassen|vallen|gärdet|gården|gård|tået|lyckan"
)
# The rarer street words ("Granringen", "Hagaliden", "Ekdungen", "Skogsbrynet"), in a rule of their own behind a
# cheap gate: each word in the alternation above costs a little on every page.
RARE_SUFFIX = (
    "ringen|liden|passagen|brinken|slänten|branten|krok|tvären|ängarna|hagarna|backarna|"
    "dungen|brynet|gläntan|lunden|vändan|tegen|åkern|hällen|sluttningen|fållan|hörnet|"
    # streets named after a valley, a harbour, a bay, a hill, a field or a paddock ("Solbågen 4", "Sjödalen 12",
    # "Västra Hamnen 3", "Kolberget 7", "Ängsfältet 2", "Kalvvången 9")
    "bågen|dalen|hamnen|viken|berget|fältet|vången|trappan"
)
# case-sensitive, lower and upper case written out: an IGNORECASE alternation is slow to scan a page with
# (the words looked for as written first: the regex still scanned every position of a page without them)
_RARE_GATE = NeedleGate(re.compile(rf"(?:{RARE_SUFFIX}|{RARE_SUFFIX.upper()})[ \t\u00a0]+\d"),
                        alternative_needles(f"(?:{RARE_SUFFIX}|{RARE_SUFFIX.upper()})"), cased=True)
# ... or stand as a word after a name ("Karl Johans väg", "Gustav Adolfs plan").
SEPARATE_SUFFIX = (
    "gatan|gata|vägen|väg|gränd|torg|torget|plan|plats|allé|backe|backar|stig|park|strand|bro|kaj|led|gång|gård|gården|"
    # the definite forms written apart: "Södra Allén", "Lilla Backen", "Norra Stigen", "Gamla Hamnen"
    "allén|backen|stigen|parken|platsen|kajen|bron|leden|gången|stranden|hamnen|gränden|esplanaden|promenaden"
)
STREET = rf"""
    (?:{PREFIX}{SP}){{0,2}}
    (?P<core>
        # (the suffixes' first letters tested first: the lazy stem tried the whole alternation after each letter)
        [{U}](?:[{L}]+?|[{U}]+?)-?{leading_letters(f"(?i:{COMPOUND_SUFFIX})")}(?i:{COMPOUND_SUFFIX})
      | [{U}][{L}]{{4,}}v\.(?=[ \t]*\d)  # a street word cut short in a narrow column: "Lillskogsv. 40"
      | {WORD}(?:-{WORD})?{SP}(?i:{SEPARATE_SUFFIX})
      # a village's road in a lowercase compound, with its number: "Sörmyra byväg 31", "Åsen skogsvägen 4"
      # (a numbered public road is no one's home: "Trafikverkets länsväg 597", "riksväg 45")
      | {WORD}{SP}(?!(?:riks|läns|europa|motor|järn|cykel|gång|huvud|genomfarts|förbifarts|infarts|omfarts|enskild)
                         (?:väg|vägen))[a-zåäö]{{2,8}}(?:väg|vägen|gata|gatan)(?={SP}+\d)
    )
"""
NUMBER = rf"""
    (?P<number>\d{{1,4}}
        # (a student flat's door after its stairway's letter and a colon: "Rydsvägen 244 A:12", "13 D:302")
        (?:(?:{SP}?[A-H]|[a-h])(?::\d{{1,4}})?(?![\w]))?
        (?:{SP}?{DASH}{SP}?\d{{1,4}}[A-Ha-h]?)?
    )
    (?![\w:%]|[.,]\d)
"""
EXTRA = rf"""
    (?:
        ,?{SP}(?i:lgh|lägenhet)\.?{SP}?(?:nr\.?{SP}?)?\d{{1,4}}(?![\w:])
      # the floor, and the side of the yard or street it looks over ("2 tr ö.g.", "1 tr mot gården", "3 tr g.h.")
      | ,?{SP}\d{{1,2}}{SP}?(?i:tr|trappor|trappa)\.?(?![\w])
        (?:{SP}(?i:ö\.{SP}?g\.|ög|över{SP}gården|mot{SP}gården|mot{SP}gatan|g\.{SP}?h\.|gh|gårdshuset|gatuhuset)(?![\w]))?
      # a student's or a lodger's room after the street ("Studentvägen 9, rum 1204", "Studentgatan 4 rum 17"): the
      # door, as a flat's number
      | ,?{SP}(?i:rum|studentrum|korridorrum){SP}(?:nr\.?{SP}?)?\d{{1,5}}[A-Za-z]?(?![\w:])
      # the entrance, stairwell, corridor, building, floor or premises of a block ("Verkstadsgatan 11, port 4",
      # "Ekvägen 3, uppgång B", "Forskarbacken 4, korridor B, rum 3", "Parkgatan 2 hus C", "Åsgatan 9, vån 3",
      # "Industrigatan 4, lokal 12", "Skolgatan 3 uppg. B vån 2"): the door the post goes to, as a flat's number is (not "plan 2": an office's
      # as often)
      | ,?{SP}(?i:port|uppgång|uppg\.|trappuppgång|trapphus|korridor|korr\.|ingång|entré|hus|vån\.?|våning|lokal){SP}
        (?:nr\.?{SP}?)?(?:\d{{1,3}}[A-Za-z]?|[A-H])(?![\w:])
      | ,?{SP}(?i:nb|bv|n\.b\.|b\.v\.)(?![\w])
      # the house in the yard or on the street the door is in, before its floor ("Tullgatan 14, gårdshuset, 2 tr")
      | ,{SP}(?i:gårdshuset|gatuhuset|gårdshus|gatuhus|bakhuset)(?![\w])
      # the farm or croft by its name after its word, at a village's number ("Kusmark 144, gården Lillbacka"): the
      # home of several on the village's number
      | ,{SP}(?:gården|torpet|hemmanet|stugan){SP}[{U}][{L}]{{2,}}(?![\w-])
    )*
"""
# A town's second word is taken where the clause ends after it ("Sunne Ramsnäs."); a town named by its side or
# its size first ("Östra Ämtervik", "Stora Höga", "Lilla Edet") is two words wherever the sentence goes on.
_TOWN_LEAD = r"(?:Östra|Västra|Norra|Södra|Övre|Nedre|Mellersta|Stora|Lilla|Gamla|Nya)"
TOWN = rf"(?:{_TOWN_LEAD}{SP}{WORD}(?:-{WORD})?|{WORD}(?:-{WORD})?(?:{SP}{WORD}(?=[ \t]*(?:\n|$|[,.;)])))?)"
POSTCODE = rf"(?:(?:SE|S){DASH})?[1-9]\d\d{SP}?\d\d"
POST = rf"""
    (?P<post>
        (?:,{SP}*\n?[ \t]*|{SP}*\n[ \t]*|{SP}+)
        {POSTCODE}{SP}+{TOWN}
      | ,{SP}*{WORD}(?:-{WORD})?(?=[ \t]*(?:\n|$))  # a town that ends the line or cell: "Storgården 1, Byn"
    )
"""

# After a street word the town may go on the line after its postal code ("Solhöjden 12, 796 32" / "Skärvik"): a
# paragraph wrapped there. Only after a street word: "Box 200, 684 28" / "Rönnåker" is often the authority's own.
POST_WRAPPED = POST.replace(rf"{POSTCODE}{SP}+{TOWN}", rf"{POSTCODE}(?:{SP}+|{SP}*\n[ \t]*){TOWN}")

# A lowercase word that opens a part of an address: a flat, a block, a village's kind, a street word ("lgh 1102",
# "bl. 4", "s. Hlyboka", "vul. Sadova 17", "c/o Lind"); any other lowercase word opens a remark.
ADDRESS_PART_WORD = re.compile(r"(?:[a-zà-ÿ]{1,4}\.|c/o|lgh|kv|apt|ap|bl|nr|no|iela|gatvė|ulica|vul|ul)$")


def parts_before_remark(value: str) -> list[str]:
    """The comma-separated parts of an address up to the first that a lowercase word no address part opens with opens
    (a remark: "..., portkod lämnas muntligen")."""
    kept: list[str] = []
    for part in value.split(","):
        first = part.split()[0] if part.split() else ""
        if kept and first[:1].islower() and not ADDRESS_PART_WORD.match(first):
            break
        kept.append(part)
    return kept
