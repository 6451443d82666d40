"""A given name standing alone beside the relation it has to someone, found whatever the name lists say:

* in brackets after the relative's noun: "Hennes dotter (Maja) går i skolan", "Pappan (Maja, 42 år)",
  "Barnen (Maja och Nils)";
* after a possessive and the relative's noun, in Swedish and in the languages people write to Swedish authorities
  in: "hennes man Maja", "min fru Maja", "mi hija Maja", "my wife Maja", "meine Tochter Maja", "moja córka Maja",
  "tyttäreni Maja", "kızım Maja", "gabadhayda Maja", "dokhtaram Maja";
* after a parent's or a sibling's noun and "till" ("mamma till Maja", "vårdnadshavare för Maja", "mother of Maja").

The nouns and possessives are written by the project from its own knowledge of the languages. The word is taken as
``names_by_place`` takes it (``place_keep_words``).
"""

from __future__ import annotations

from redact.detect.names_by_place import WORD, check_given_name
from redact.detect.patterns import Rule, SwedishPatternRecognizer, compile_rule

# the words of kin and partners before a name, in Swedish and English (names_in_sentences reads them too)
KIN_SV = (
    r"dotter|dottern|döttrar|döttrarna|son|sonen|söner|sönerna|barn|barnet|barnen|barnbarn|barnbarnet|mamma|mamman|"
    r"mor|modern|pappa|pappan|far|fadern|bror|brodern|bröder|syster|systern|systrar|sambo|sambon|make|maken|maka|"
    r"makan|fru|frun|hustru|hustrun|man|mannen|partner|partnern|pojkvän|pojkvännen|flickvän|flickvännen|kusin|"
    r"kusinen|moster|faster|morbror|farbror|mormor|farmor|morfar|farfar|syskon|syskonen|halvbror|halvsyster|"
    r"styvson|styvdotter|styvmor|styvfar|fosterbarn|fosterbarnet|svärmor|svärfar|svärson|svärdotter|"
    r"daughter|son|wife|husband|mother|father|brother|sister|child|children|boyfriend|girlfriend"
)
_NAMES_IN_BRACKETS = rf"{WORD}(?:[ \t]*,[ \t]*{WORD})*[ \t]+(?:och|&|and|y|ja|und|et|ve|i|e)[ \t]+"
_BRACKET_FIRST = compile_rule(
    rf"(?<![\w-])(?i:{KIN_SV})[ \t]*\([ \t]*(?P<name>{WORD})(?![\w'’-])"
    r"[ \t]*(?=[,)]|(?:och|&|and|y|ja|und|et|ve|i|e)[ \t])"
)
_BRACKET_LAST = compile_rule(
    rf"(?<![\w-])(?i:{KIN_SV})[ \t]*\([ \t]*{_NAMES_IN_BRACKETS}(?P<name>{WORD})(?![\w'’-])[ \t]*[,)]"
)
_POSSESSIVE = r"min|mitt|mina|din|ditt|dina|hans|hennes|hens|deras|sin|sitt|sina|vår|vårt|våra|er|ert|era"
_FOREIGN_KIN = (
    # Spanish, English, French, German, Polish, Bosnian/Croatian/Serbian, Italian, Portuguese
    r"(?:mi|su|my|his|her|their|our|ma|mon|sa|son|mein|meine|sein|seine|ihr|ihre|moja|mój|moj|mia|mio|minha|meu)"
    r"[ \t]+(?:hija|hijo|esposa|esposo|marido|mujer|madre|padre|hermano|hermana|daughter|son|wife|husband|mother|"
    r"father|brother|sister|partner|fille|fils|mari|femme|mère|père|frère|sœur|tochter|sohn|mann|frau|mutter|vater|"
    r"bruder|schwester|córka|syn|mąż|żona|kćerka|kći|sin|muž|žena|supruga|suprug|figlia|figlio|moglie|marito|filha|"
    r"filho)|"
    # a possessive ending: Finnish, Turkish, Somali, Persian and Arabic in Latin letters
    r"tyttäreni|poikani|vaimoni|mieheni|äitini|isäni|veljeni|siskoni|kızım|oğlum|eşim|annem|babam|kardeşim|"
    r"gabadhayda|wiilkayga|hooyaday|aabahay|walaashay|walaalkay|xaaskayga|ninkayga|dokhtaram|pesaram|hamsaram|"
    r"madaram|pedaram|baradaram|khaharam|shoharam|binti|ibni|zawji|zawjati|ukhti|akhi"
)
_AFTER_KIN = compile_rule(
    rf"(?<![\w-])(?i:(?:{_POSSESSIVE})[ \t]+(?:{KIN_SV})|{_FOREIGN_KIN})[ \t]+(?P<name>{WORD})(?![\w'’-])"
    r"(?=[ \t]*(?:[,.!?;:)]|$|\n|(?-i:[a-zåäö0-9])))"
)

# whose parent, guardian or sibling someone is: "mamma till Maja", "vårdnadshavare för Maja", "mother of Maja"
_KIN_OF = compile_rule(
    r"(?<![\w-])(?i:mamma|mamman|pappa|pappan|mor|modern|far|fadern|förälder|föräldern|föräldrar|föräldrarna|"
    r"vårdnadshavare|vårdnadshavaren|bror|brodern|syster|systern|mormor|farmor|morfar|farfar|mother|father|"
    r"parent|parents|guardian|sister|brother|madre|padre)[ \t]+(?i:till|för|åt|of|de)[ \t]+"
    rf"(?P<name>{WORD})(?![\w'’-])(?=[ \t]*(?:[,.!?;:)]|$|\n|(?-i:[a-zåäö0-9])))"
)


class NameByKinRecognizer(SwedishPatternRecognizer):
    """A given name alone in brackets after a relative's noun, or after a possessive and the noun."""

    ENTITY = "PERSON"
    NAME = "name_by_kin"
    CONTEXT = ()
    RULES = (
        Rule("first_in_kin_brackets", _BRACKET_FIRST, score=0.75, check=check_given_name),
        Rule("last_in_kin_brackets", _BRACKET_LAST, score=0.75, check=check_given_name),
        Rule("after_possessive_kin", _AFTER_KIN, score=0.75, check=check_given_name),
        Rule("whose_kin", _KIN_OF, score=0.75, check=check_given_name),
    )
