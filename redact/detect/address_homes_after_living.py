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
The same home in Cyrillic and Greek script and in the Baltic, Finnic, Maltese and Albanian words ("живееше в кв.
Възраждане, Русе,", "ζούσε στο χωριό Λεύκαρα, Λάρνακα,", "elas kohas Kurgja küla, Vändra vald,", "kien joqgħod
in-Nadur, Għawdex,"): the village's word in its case before the name ("u mjestu", "у вёсцы", "në fshatin") says it is
a village without being part of it, a region's word after the town ("раён", "vald", "облысы") belongs to the town.
Where the verb comes after the place, the German and Dutch participle ("in Eggenberg, Graz gelebt") or the Turkic
verb closing the clause ("Жаңаөзен, Маңғыстау облысы қаласында тұрған"), the place before it is read the same way.
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
          r"|dëkk(?:oon)?|zaune|noolaa|(?:a|na|ba)(?:vandaki|fandaki)"
          # Slovene, Slovak, the Serbian and Croatian -eo/-jeo and the Cyrillic, Greek, Baltic and Finnic verbs
          r"|živ(?:eo|jeo|ila|ili|ješe|eše|el|ela)|stanov(?:ao|ala|ali|ahu)|stanuj(?:e|u)|bival[ao]?|býva(?:l|la|li)?"
          r"|žil[aiy]?|žije|zamieszkiwa(?:ł|ła|li)|живе(?:е|ят|еше|еха|л|ла|ли|о|ла|ше)?|живя(?:л|ла|ли)|живея"
          r"|жил[аи]?|живёт|живет|живут|живуть|прожива(?:л|ла|ли|ет|ют|є)|мешка(?:в|ла|ли|є|ють)"
          r"|станува(?:о|ла|ли)|станује|жыў|жыла|жылі|жыве|жывуць|пражыва(?:ў|ла|лі|е)"
          r"|έμεν(?:ε|α|αν)|μέν(?:ει|ουν)|ζούσ(?:ε|αν)|ζει|ζουν|διέμεν(?:ε|αν)|διαμέν(?:ει|ουν)|κατοικ(?:ούσε|εί|ούσαν)"
          r"|ela(?:s|b|sid|vad|nud)|elutse(?:s|b|nud)|asu(?:i|u|nut|ivat|vat)|dzīvo(?:ja|juši|jis|jusi)?"
          r"|gyven(?:o|a|ęs|usi|davo))")
# Maltese verbs of living take the place with no preposition ("kien joqgħod ix-Xagħra"), or with "f'", "fi", "fil-"
_MALTESE = (r"(?i:(?:j|t|n)?oqg[ħh]od(?:u)?|qag[ħh]ad|qag[ħh]det|qag[ħh]du|(?:j|t|n)g[ħh]ix(?:u)?|g[ħh]ex(?:et|u)?"
            r"|g[ħh]ixt)")
_VERB = rf"(?:{_VERBS}|{_ROMANCE_LIVING})"
# the preposition (and its article) before the place, in the same languages ("in the", "dans le", "în", "tao", "ci")
_PREP = (r"(?i:in|at|on|dans|à|au|aux|en|em|no|na|nos|nas|în|la|pe|tao|tany|any|ao|w|we|v|ve|u|në|di|sa|ở|tại"
         r"|im|am|katika|huko|kwenye|a|nel|nella|nei|i|på|ci|ka"
         r"|στο|στη|στην|στον|σε|в|във|во|у|ў|на|fi|fil)")
_ARTICLE = r"(?i:the|le|la|les|el|il|lo|der|dem|den|het|o|a)"
# the kind's word in the case its preposition governs, before the name and no part of it ("u mjestu", "у вёсцы",
# "në fshatin", "kohas", "w wsi", "in the village of"): it says the name after it is a village or quarter
_KIND_LEAD = (r"(?i:mjestu|mestu|selu|naselju|zaseoku|vesnici|obci|čtvrti|osadě|wsi|osiedlu|dzielnicy"
              r"|вёсцы|пасёлку|мікрараёне|деревне|селе|посёлке|поселке|микрорайоне|селі|селищі|мікрорайоні|селото"
              r"|fshatin|fshatit|lagjen|lagjes|kohas|külas|ciemā|kaime|kylässä|satul|comuna|ortsteil|ortschaft"
              r"|(?:village|hamlet|settlement|suburb)[ \t]+of)")
# the quarter's word before its name, in the languages of the places ("quartier", "cartierul", "Mohalla", "Hai",
# "barangay", "kelurahan", "mtaa wa", "lagjja", "dzielnica", "osiedle", "naselje", "xaafadda")
_KIND_BEFORE = (r"(?i:quartier|cité|secteur|barrio|bairro|colonia|zona|quartiere|rione|cartierul|cartier|sectorul"
                r"|mohalla|mohallah|muhalla|mahalla|mahallah|mahallesi|hai|hay|hayy|barangay|kampung|kelurahan|desa"
                r"|dusun|vila|xaafadda|degmada|mtaa[ ]wa|kijiji[ ]cha|lagjja|lagja|lagjen|dzielnica|osiedle|naselje"
                r"|sektor|district|кв\.|ж\.к\.|квартал|махала|село|naselje|mjesto|selo|zaselak|χωριό|οικισμό|οικισμός"
                r"|συνοικία|frazione|località|borgata|contrada|dorf|weiler|village|hamlet)")
# the quarter's word after its name ("the Al Jimi district", "Gulberg area", "Kadıköy mahallesi")
_KIND_AFTER = (r"(?i:district|quarter|neighbourhood|neighborhood|area|suburb|township|estate|colony|sector|ward"
               r"|mahalle|mahallesi|quartier|kwartier|wijk|viertel|kvarter|kvarteret|küla|alevik|linnaosa|asum|kylä"
               r"|köyü|beldesi|ауылы|кенті|village|hamlet|falu|ciems|kaimas)")
# a region's word after the town's name ("Viljandi vald", "Лідскі раён", "Қарағанды облысы"): part of the town
_REGION_AFTER = (r"(?i:vald|maakond|раён|район|вобласць|область|облысы|ауданы|oblast|okrug|okres|powiat|gmina|ili"
                 r"|ilçesi|rajons|novads|apskritis|rajonas|kunta|megye|county|province|region|district)")
# (a capital: no small Latin, Cyrillic (Kazakh's too) or Greek letter)
_CAPW = (r"(?:(?:[Aa]l|[Ee]l|[Aa]d|[Aa]r|[Aa]s|[Aa]n|i[lxżsntrdċz]|l)-)?[^\W\d_a-zß-ÿа-џәғқңөұүһά-ώ][^\W\d_]*"
         r"(?:['’-][^\W\d_]+)*")
_PARTICLE = r"(?:de|du|des|da|do|dos|das|del|la|le|los|las|l['’]|d['’]|al|el|ul|e|van|von|di)"
# a place's name: capitalised words, a particle between, a Roman or plain number after ("Sicap Liberté 6")
_NAME = rf"{_CAPW}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAPW})*(?:[ \t]+(?:[IVX]{{1,4}}|\d{{1,3}}))?"
_TOWN = rf"{_CAPW}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAPW}){{0,2}}(?:[ \t]+{_REGION_AFTER})?"
# the words that list more places after the town ("and", "et", "și", "na"): the clause goes on with places
_LISTING = r"(?:and|or|et|ou|och|og|y|e|o|und|oder|en|și|şi|sau|i|na|ary|sy|ama|au|dan|at|và)"
# the home: the quarter's word before its name or after it, the name, its town (and region) and perhaps a country
_PLACE = rf"""(?:(?P<before>{_KIND_BEFORE})[ \t]+(?:{_PARTICLE}[ \t]+)?)?(?P<first>{_NAME})
      (?:[ \t]+(?P<after>{_KIND_AFTER}))?
      (?P<rest>(?:,[ \t]*{_TOWN}){{1,2}})"""
HOME_AFTER_LIVING = compile_rule(
    rf"""
    (?<![\w-])(?:{_VERB}|(?P<maltese>{_MALTESE}))(?![\w-])
    # the adverbs between ("depuis des années", "toujours", "until now"), then the preposition and its article, the
    # kind's word in its case ("u mjestu"), that word alone where the case says "in" ("kohas"), or nothing after a
    # Maltese verb ("kien joqgħod ix-Xagħra")
    (?P<between>(?:[ \t]+[^\W\d_]+(?:['’][^\W\d_]+)?){{0,5}}?)
    (?:[ \t]+{_PREP}(?:[ \t]+{_ARTICLE})?(?:[ \t]+(?P<lead>{_KIND_LEAD}))?
       |[ \t]+(?P<lead_alone>{_KIND_LEAD})
       |(?(maltese)|(?!)))
    [ \t]+(?:(?i:l|f)['’]|(?i:f)(?=(?:i[lxżsntrdċz]|l)-))?
    (?P<addr>{_PLACE})
    # the clause ends after the town (or its country), or a small word goes on that lists no more places
    (?=[ \t]*(?:[.;:)]|,?[ \t]*\n|,[ \t]+[^\W\d_A-ZÀ-ÖØ-Þ]|,?[ \t]*$)
       |[ \t]+(?!{_LISTING}(?![\w-]))[a-zß-ÿ])
    """
)
# the German and Dutch participle after the place ("hat bis jetzt in Urfahr, Linz gewohnt", "heeft in … gewoond")
_PARTICIPLE_AFTER = r"(?:gewohnt|gelebt|gewoond|geleefd|gehaust)"
HOME_BEFORE_PARTICIPLE = compile_rule(
    rf"""
    (?<![\w-]){_PREP}(?:[ \t]+{_ARTICLE})?(?:[ \t]+(?P<lead>{_KIND_LEAD}))?[ \t]+
    (?P<addr>{_PLACE})
    (?=[ \t]+{_PARTICIPLE_AFTER}(?![\w-]))
    """
)
# the verbs of living that close a Turkic clause (Kazakh, Kyrgyz, Uzbek, Turkish, Azerbaijani): "тұрды", "yaşadı"
_VERB_LAST = (r"(?:тұр(?:ды|дым|ған|ады|атын|ып)|өмір[ \t]+сүр(?:ді|ген)|мекенде(?:ді|ген)|тур(?:ду|ган)"
              r"|жаша(?:ды|ган)|yaşa(?:dı|dım|mış|mıştı|yordu|yor|yırdı|yıb|yır)|otur(?:du|dum|muş|muştu|uyordu|uyor)"
              r"|ikamet[ \t]+et(?:ti|miş|miştir)|ikamet[ \t]+ediyordu|yasha(?:di|gan|rdi)"
              r"|istiqomat[ \t]+qil(?:gan|di))")
# the place before its locative ("Теміртау, Қарағанды облысы қаласында тұрды", "Moda, Kadıköy'de yaşadı"): the
# locative on the town itself, or a small word of place in the locative between the town and the verb
HOME_BEFORE_VERB_LAST = compile_rule(
    rf"""
    (?<![\w'’-])(?P<addr>{_PLACE})
    (?:[ \t]+(?P<locative>[^\W\d_]+(?:нда|нде|да|де|та|те|nda|nde|da|de|ta|te|dä|tä)))?
    [ \t]+{_VERB_LAST}(?![\w-])
    """
)
# a country in its English, Swedish or own name ("Deutschland", "Sénégal")
_COUNTRY = re.compile(ANY_COUNTRY)
# what the text must hold before the rules run: a verb of living
GATE = rule_regex(rf"(?<![\w-])(?:{_VERB}|{_MALTESE})(?![\w-])")
PARTICIPLE_GATE = rule_regex(rf"(?<![\w-]){_PARTICIPLE_AFTER}(?![\w-])")
VERB_LAST_GATE = rule_regex(rf"(?<![\w-]){_VERB_LAST}(?![\w-])")


def _known_place(words: str) -> bool:
    """True for a country, a listed place abroad or a Swedish municipality: a town or a land, no quarter."""
    from redact.detect.place_keep_words import municipalities
    from redact.detect.places import listed_abroad

    return (listed_abroad(words) or _COUNTRY.fullmatch(words) is not None
            or " ".join(words.split()).casefold() in municipalities())


def _capitalised(name: str) -> bool:
    """True where every word of a place's name (past a Maltese or Arabic article) opens in a capital or a digit."""
    words = [w.split("-", 1)[1] if "-" in w[:4] else w for w in name.split()]
    return all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _SMALL_IN_NAMES for w in words)


# the small words a place's name holds: particles and the region's word after the town
_SMALL_IN_NAMES = frozenset("de du des da do dos das del la le los las al el ul e van von di".split())


def _town_names(rest: str) -> list[str]:
    """The town and region (or country) after the first name, the region's word taken off."""
    towns = []
    for town in (t.strip() for t in rest.split(",")):
        words = town.split()
        if words and re.fullmatch(_REGION_AFTER, words[-1]) and len(words) > 1:
            words = words[:-1]
        if words:
            towns.append(_LOCATIVE_ON_NAME.sub("", " ".join(words)))
    return towns


# the Turkic locative on a name after its apostrophe ("Kadıköy'de", "Türkiye'de"): no part of the place's name
_LOCATIVE_ON_NAME = re.compile(r"['’](?:da|de|ta|te|nda|nde)$")
# a sentence's opening: its capital says nothing of a name ("Annem Moda, Kadıköy'de yaşadı": "my mother", no place)
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")


def check_home_after_living(text: str, m: re.Match[str]) -> Verdict | None:
    """The quarter and its town after a verb of living (or before its participle or its verb at the clause's end),
    taken whole; without a quarter's word, only where the first name is no known town or country."""
    groups = m.groupdict()
    if any(not w[:1].islower() for w in (groups.get("between") or "").split()):
        return None  # a name between the verb and the preposition: the place is that one's, no home of the verb's
    towns = _town_names(m.group("rest"))
    if not _capitalised(m.group("first")) or not all(_capitalised(t) for t in towns):
        return None  # a small word in a script with no small letters in the pattern: running text, no place
    if groups.get("locative") and not groups["locative"][:1].islower():
        return None
    start, first = m.start("addr"), m.group("first")
    words = first.split()
    if m.re is HOME_BEFORE_VERB_LAST and len(words) > 1 and _SENTENCE_OPENING.search(text[max(0, start - 3):start]):
        start = text.index(words[1], start + len(words[0]))  # the verb-last sentence's subject opens it: no place
        first = " ".join(words[1:])
    if not (m.group("before") or m.group("after") or groups.get("lead") or groups.get("lead_alone")):
        if _known_place(first) or (len(towns) == 1 and _known_place(towns[0])):
            return None  # "lived in Umeå, Västerbotten", "living in Multan, Pakistan": a town and its land
    return Verdict(start, m.end("addr"), "home abroad by its quarter and town after a verb of living", 0.8)


RULES = (
    Rule("home_after_living_verb", HOME_AFTER_LIVING, score=0.8, check=check_home_after_living, gate=GATE),
    Rule("home_before_living_participle", HOME_BEFORE_PARTICIPLE, score=0.8, check=check_home_after_living,
         gate=PARTICIPLE_GATE),
    Rule("home_before_living_verb_last", HOME_BEFORE_VERB_LAST, score=0.8, check=check_home_after_living,
         gate=VERB_LAST_GATE),
)
