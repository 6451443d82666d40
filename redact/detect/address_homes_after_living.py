"""A home abroad by its quarter and town after a verb of living in many languages, as a relative's letter or mail
writes where someone lives or lived: "has been living in Mohalla Gulgasht, Multan,", "habite depuis des années dans le
quartier Guéliz, Marrakech,", "a locuit în cartierul Tătărași, Iași,", "nipetraka tao Tanambao, Antsirabe ny raiko",
"living in the Al Jimi district, Al Ain,".

Much of Africa, Asia and the Middle East names a home by its quarter and town, with no street or number. The verb of
living and its preposition say that the place after them is someone's home; the quarter's word before its name or
after it ("quartier", "cartierul", "Mohalla", "Hai", "district") says that the first name is a quarter, and the town
after the comma belongs to it (a country after the town too). Without a quarter's word the first name must be no
town or country the project knows ("lived in Umeå, Västerbotten", "in Paris, France" name no home). The home ends where
the clause does: a comma before a small letter or the line's end, a stop, the line's end, or a small word going on
(the Malagasy sentence puts its subject after the place: "… Antsirabe ny raiko"), not "and" listing more places.
``address_quarters_after_living`` reads the French, Spanish and Portuguese quarter with its word and no preposition;
a Swedish or Norwegian verb of living is the Swedish rules'. A rule of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.address_countries import ANY_COUNTRY
from redact.detect.address_quarters_after_living import _LIVING as _ROMANCE_LIVING
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# the verbs of living, their persons, tenses and participles: English, Italian, Romanian, German, Dutch, Danish,
# Polish, Czech and Slovak, Bosnian, Croatian and Serbian, Albanian, Malagasy, Swahili, Indonesian and Malay, Tagalog,
# Vietnamese, Wolof, Hausa, Somali (the French, Spanish and Portuguese ones are ``address_quarters_after_living``'s)
_VERBS = (r"(?i:liv(?:e|es|ed|ing)|resid(?:e|es|ed|ing)"
          r"|abit(?:a|ano|ava|avano|ato|ata)|viss(?:uto|uta|e)|viv(?:eva|evano)|risied(?:e|eva|uto|uta)"
          r"|locu(?:it|iește|ieşte|iesc|ia|iau|iam|ind|ise|iseră)|trăi(?:t|ește|a|au|se)"
          r"|wohn(?:t|te|ten|en)|gewohnt|leb(?:t|te|ten)|gelebt|woon(?:t|de|den)|gewoond|boede"
          r"|mieszka(?:ł|ła|li|ły)?|bydl(?:í|el|ela|eli)|živ(?:i|io|jela|ela|jeli|eli)"
          r"|jeton(?:te)?|jetuar|banon(?:te)?|banuar"
          r"|(?:ni|mi|hi)petraka|monina|nonina"
          r"|(?:ali|ame|ana|ata|wali|wame|wana|aki)ishi"
          r"|tinggal|menetap|bermukim|berdomisili|nakatira|tumira|naninirahan|sống|cư[ ]trú"
          r"|dëkk(?:oon)?|zaune|noolaa|(?:a|na|ba)(?:vandaki|fandaki))")
_VERB = rf"(?:{_VERBS}|{_ROMANCE_LIVING})"
# the preposition (and its article) before the place, in the same languages ("in the", "dans le", "în", "tao", "ci")
_PREP = (r"(?i:in|at|on|dans|à|au|aux|en|em|no|na|nos|nas|în|la|pe|tao|tany|any|ao|w|we|v|ve|u|në|di|sa|ở|tại"
         r"|im|am|katika|huko|kwenye|a|nel|nella|nei|i|på|ci|ka)")
_ARTICLE = r"(?i:the|le|la|les|el|il|lo|der|dem|den|het|o|a)"
# the quarter's word before its name, in the languages of the places ("quartier", "cartierul", "Mohalla", "Hai",
# "barangay", "kelurahan", "mtaa wa", "lagjja", "dzielnica", "osiedle", "naselje", "xaafadda")
_KIND_BEFORE = (r"(?i:quartier|cité|secteur|barrio|bairro|colonia|zona|quartiere|rione|cartierul|cartier|sectorul"
                r"|mohalla|mohallah|muhalla|mahalla|mahallah|mahallesi|hai|hay|hayy|barangay|kampung|kelurahan|desa"
                r"|dusun|vila|xaafadda|degmada|mtaa[ ]wa|kijiji[ ]cha|lagjja|lagja|lagjen|dzielnica|osiedle|naselje"
                r"|sektor|district)")
# the quarter's word after its name ("the Al Jimi district", "Gulberg area", "Kadıköy mahallesi")
_KIND_AFTER = (r"(?i:district|quarter|neighbourhood|neighborhood|area|suburb|township|estate|colony|sector|ward"
               r"|mahalle|mahallesi|quartier|kwartier|wijk|viertel|kvarter|kvarteret)")
_CAPW = r"(?:(?:[Aa]l|[Ee]l|[Aa]d|[Aa]r|[Aa]s|[Aa]n)-)?[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*"
_PARTICLE = r"(?:de|du|des|da|do|dos|das|del|la|le|los|las|l['’]|d['’]|al|el|ul|e|van|von|di)"
# a place's name: capitalised words, a particle between, a Roman or plain number after ("Sicap Liberté 6")
_NAME = rf"{_CAPW}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAPW})*(?:[ \t]+(?:[IVX]{{1,4}}|\d{{1,3}}))?"
_TOWN = rf"{_CAPW}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAPW}){{0,2}}"
# the words that list more places after the town ("and", "et", "și", "na"): the clause goes on with places
_LISTING = r"(?:and|or|et|ou|och|og|y|e|o|und|oder|en|și|şi|sau|i|na|ary|sy|ama|au|dan|at|và)"
HOME_AFTER_LIVING = compile_rule(
    rf"""
    (?<![\w-]){_VERB}(?![\w-])
    # the adverbs between ("depuis des années", "toujours", "until now"), then the preposition and its article
    (?P<between>(?:[ \t]+[^\W\d_]+(?:['’][^\W\d_]+)?){{0,5}}?)
    [ \t]+{_PREP}(?:[ \t]+{_ARTICLE})?[ \t]+(?:(?i:l)['’])?
    (?P<addr>(?:(?P<before>{_KIND_BEFORE})[ \t]+(?:{_PARTICLE}[ \t]+)?)?(?P<first>{_NAME})
      (?:[ \t]+(?P<after>{_KIND_AFTER}))?
      (?P<rest>(?:,[ \t]*{_TOWN}){{1,2}}))
    # the clause ends after the town (or its country), or a small word goes on that lists no more places
    (?=[ \t]*(?:[.;:)]|,?[ \t]*\n|,[ \t]+[^\W\d_A-ZÀ-ÖØ-Þ]|,?[ \t]*$)
       |[ \t]+(?!{_LISTING}(?![\w-]))[a-zß-ÿ])
    """
)
# a country in its English, Swedish or own name ("Deutschland", "Sénégal")
_COUNTRY = re.compile(ANY_COUNTRY)
# what the text must hold before the rule runs: a verb of living
GATE = rule_regex(rf"(?<![\w-]){_VERB}(?![\w-])")


def _known_place(words: str) -> bool:
    """True for a country, a listed place abroad or a Swedish municipality: a town or a land, no quarter."""
    from redact.detect.place_keep_words import municipalities
    from redact.detect.places import listed_abroad

    return (listed_abroad(words) or _COUNTRY.fullmatch(words) is not None
            or " ".join(words.split()).casefold() in municipalities())


def check_home_after_living(text: str, m: re.Match[str]) -> Verdict | None:
    """The quarter and its town after a verb of living, taken whole; without a quarter's word, only where the first
    name is no known town or country."""
    if any(not w[:1].islower() for w in m.group("between").split()):
        return None  # a name between the verb and the preposition: the place is that one's, no home of the verb's
    if not (m.group("before") or m.group("after")):
        towns = [t.strip() for t in m.group("rest").split(",") if t.strip()]
        if _known_place(m.group("first")) or (len(towns) == 1 and _known_place(towns[0])):
            return None  # "lived in Umeå, Västerbotten", "living in Multan, Pakistan": a town and its land
    return Verdict(m.start("addr"), m.end("addr"), "home abroad by its quarter and town after a verb of living", 0.8)


RULES = (Rule("home_after_living_verb", HOME_AFTER_LIVING, score=0.8, check=check_home_after_living, gate=GATE),)
