"""The words that stand where a given name stands and name no one: "Hej alla!", "Hälsningar\nKommunstyrelsen",
"Kontaktperson: Växeln", "Barnet går i förskoleklass", "Fredag ringde Skolverket", "Hej Vetlanda!".

A word is ordinary there when it is (and where each list comes from):

* a function word: spaCy's Swedish and English stop words (``spacy.lang.sv``/``spacy.lang.en``, MIT licence; the
  English ones that are also listed first names, "Per", "May", left out), the
  sentence words of ``name_words.OPENERS``, and the adverbs a Swedish sentence opens with before its verb (below,
  written by the project; with the endings "-vis" and "-ligen" that make an adverb of an adjective);
* a meal, a meeting, a time or a service a diary, a log or a minute names where a person could stand ("Frukosten",
  "Mötet", "Vårdcentralen", "Majoriteten") and the endings of such services and bodies: the everyday nouns below,
  written by the project;
* a group or a relation a letter greets or a mail is signed by ("Team", "Colleagues", "Mamma", "Föräldrar"): the
  addressees below, written by the project;
* a role or a title: ``lexicons/titles.txt`` in its base or definite form ("Handläggaren", "Eleven") and its
  compounds (``name_words.role_compound``);
* a body: an organisation's ending (``name_words.ORG_SUFFIX``: "Kommunstyrelsen", "Försäkringskassan");
* a holiday or a language ("Jul", "Arabiska"), an app, a payment service, a shop or a carrier ("Swish",
  "Postnord"): the lists below, written by the project;
* a day or a month: the weekdays of ``weekday_names`` (Swedish and other languages, "-en" of the definite form
  too) and the months of ``month_names.MONTHS`` and ``birth_cues_abroad.MONTHS_ABROAD``;
* a place: ``lexicons/countries.txt`` and ``lexicons/places_abroad.txt`` (``places.countries``), Sweden's
  municipalities (``lexicons/swedish_municipalities.txt``), and the places the page itself names as such
  (``places.place_words``, ``places.postal_towns``);
* a common noun by its shape: the definite forms and noun endings no given name is written with ("-ionen",
  "-ningen", "-aren", "-eln", a double consonant before "-en", the endings of ``sentence_start.NOUN_ENDINGS``), or
  a word the page also writes in lower case (``name_words.written_in_lower_case``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.sv.stop_words import STOP_WORDS as SWEDISH_STOP_WORDS

from redact.detect.birth_cues_abroad import MONTHS_ABROAD
from redact.detect.lemmatizer import lemmatize
from redact.detect.month_names import MONTHS
from redact.detect.month_names_libyan import GIVEN_NAME_MONTHS
from redact.detect.name_words import (
    OPENERS, F, classify_word, ends_like_organisation, load_lexicons, no_listed_name, role_compound,
    written_in_lower_case,
)
from redact.detect.places import countries, place_words, postal_towns
from redact.detect.sentence_start import NOUN_ENDINGS
from redact.detect.weekday_names import WEEKDAY_WORDS

_MUNICIPALITIES_FILE = Path(__file__).with_name("lexicons") / "swedish_municipalities.txt"

# adverbs a Swedish sentence opens with, the verb right after ("Sedan ringde", "Ibland går", "Tyvärr har")
_ADVERBS = frozenset((
    "igår ikväll imorse inatt imorgon idag nyss nyligen plötsligt efteråt därefter därpå sen sedan senare tidigare "
    "först sist ofta oftast sällan ibland alltid aldrig ändå också dessutom tyvärr dessvärre kanske troligen "
    "förmodligen egentligen faktiskt samtidigt annars återigen åter hemma borta här där då nu snart länge redan "
    "fortfarande numera vanligen vanligtvis hursomhelst gärna hellre därför alltså således vidare slutligen "
    "först igen morgonen kvällen natten förut efter innan varje varför hur vem vad när var vilken vilket vilka"
).split())
# groups and relations a letter greets or a mail is signed by, in Swedish and English
_ADDRESSEES = frozenset((
    "alla allihop allihopa allesammans alle everyone everybody all team teamet gänget gruppen klassen arbetslaget "
    "personal personalen kollega kollegor kollegorna colleague colleagues friend friends vän vänner vännen "
    "kompis kompisar föräldrar föräldrarna förälder vårdnadshavare vårdnadshavarna elever eleverna elev medlem "
    "medlemmar medlemmarna granne grannar grannarna grannen kund kunder kunden customer customers client clients "
    "member members parent parents guardian guardians neighbour neighbours neighbor neighbors resident residents "
    "tenant tenants applicant applicants student students staff sir sirs madam madame world there folks guys "
    "mum mom mummy mommy dad daddy mamma pappa mammor pappor mormor morfar farmor farfar mommo moffa syster "
    "systern bror brorsan brodern son sonen dotter dottern barn barnet barnen mor far fru frun make maken "
    "sambo sambon älskling gumman gubben vännen hyresgäst hyresgäster boende sökande patient patienten "
    "partner partners user users reader readers participant participants sweden sverige "
    # the persons a case file names by their kind ("Kvinnan, f. 1986", "Pojken, 7 år")
    "kvinnan mannen flickan pojken killen tjejen personen individen klienten brukaren kvinna flicka pojke kille tjej "
    # the units and services a mail is signed by or a contact line names
    "support info information service kundservice kundtjänst helpdesk admin administration reception växel "
    "fritids fritidshem kansli sekretariat expedition styrelse ledning registrator registratur "
    "board committee council department office manager editor officer authority municipality school principal "
    "teacher staff management family familj familjen paret par hushållet syskon syskonen"
).split())
# holidays and languages, capitalised where a person could stand ("efter Jul.", "Tolk: Arabiska"), written by the
# project (not those that are also given names: "Lucia", "Valborg", "Bajram")
_HOLIDAYS_AND_LANGUAGES = frozenset((
    "jul julen påsk påsken midsommar nyår nyåret nyårsafton advent pingst trettondagen allhelgona eid "
    "nowruz christmas easter "
    "svenska engelska arabiska somaliska persiska dari pashto tigrinja turkiska kurdiska sorani kurmanji finska "
    "spanska franska tyska polska ryska ukrainska bosniska serbiska kroatiska albanska vietnamesiska "
    "swedish english arabic somali persian turkish kurdish finnish spanish french german polish russian"
).split())
# the apps, payment services, shops and carriers a case file names after "med", "till" or "via" ("betalade med
# Swish.", "skickade det till Postnord"), written by the project
_SERVICES = frozenset((
    "swish bankid klarna facebook instagram snapchat tiktok youtube whatsapp messenger telegram signal viber skype "
    "zoom teams google gmail outlook hotmail netflix spotify discord twitter linkedin blocket tradera postnord dhl "
    "ica coop willys lidl hemköp systembolaget sj uber bolt vinted staten värden dagis allah"
).split())
# the relatives and the people an exchange is between, of ``_ADDRESSEES``
_RELATIONS = frozenset((
    "mum mom mummy mommy dad daddy mamma pappa mormor morfar farmor farfar mommo moffa syster systern bror brorsan "
    "brodern son sonen dotter dottern barnet mor far fru frun make maken sambo sambon patienten "
    "patient kund kunden granne grannen elev eleven vårdnadshavare förälder"
).split())
# the nouns a diary, a log or a minute has in a person's place before a verb or after one ("Frukosten serveras",
# "Mötet avslutades", "ringde Vårdcentralen", "Majoriteten föreslår"), written by the project, and the endings of
# the services and bodies such a noun is compounded on ("Tandakuten", "Barnomsorgen", "Socialjouren")
_EVERYDAY_NOUNS = frozenset((
    "frukost frukosten lunch lunchen middag middagen kvällsmat kvällsmaten mellanmål mellanmålet fika fikat "
    "samling samlingen vila vilan mötet möte sammanträdet dagen tiden veckan helgen majoriteten minoriteten "
    "oppositionen alliansen företaget bolaget banken apoteket akuten jouren vårdcentralen kl gud herren "
    "ambulansen bussen taxi taxin skolskjutsen box rådet bilen fängelse skyddstillsyn böter"
).split())
_BODY_ENDINGS = ("centralen", "jouren", "omsorgen", "akuten", "banken", "bolaget", "företaget", "kliniken",
                 "mottagningen", "iteten", "försäkringar",
                 # and a street's or a square's ("Björkvägen", "Brunnsgatan", "Stortorget")
                 "gatan", "vägen", "gränd", "gränden", "torget", "stigen", "backen", "allén")
# role words a compound ends with ("Förskolechef", "Enhetschef", "Skolsköterska"), shorter than the listed titles
# ``role_compound`` reads
_ROLE_ENDINGS = ("chef", "chefen", "ansvarig", "ansvariga", "ledare", "ledaren", "sköterska", "sköterskan",
                 "assistent", "assistenten", "samordnare", "samordnaren", "rådgivare", "pedagog", "pedagogen",
                 # and the units' ("Servicecenter", "Kundtjänst", "Kommunservice")
                 "center", "tjänst", "service", "support", "kansli", "expedition", "reception")
# the definite forms and endings of Swedish common nouns that no given name is written with
_DEFINITE = re.compile(r"(?:ionen|ningen|ningar|heten|skapet|aren|eren|ären|ören|eln|arna|erna|orna|iet|atet|itet|ndet|anden|enden|([^aeiouyåäö])\1(?:en|et))$")
_ADVERB_ENDINGS = ("vis", "ligen")
# the noun endings of ``NOUN_ENDINGS`` that also end given names ("-ande" of "Fernande", "Ning", "Dag")
_NAME_ENDINGS = frozenset({"ning", "het", "tion", "skap", "else", "ande", "andet", "dag", "plan", "elsen"})
_NOUN_ENDINGS = tuple(e for e in NOUN_ENDINGS if e not in _NAME_ENDINGS)
# the whole names of the days only: the short forms are given names too ("Per" of Turkish "perşembe", "Sal")
_WEEKDAYS = frozenset(w for w in WEEKDAY_WORDS.split("|") if len(w) >= 5)


@lru_cache(maxsize=1)
def municipalities() -> frozenset[str]:
    """Sweden's municipalities of lexicons/swedish_municipalities.txt, lowercase."""
    out = set()
    for line in _MUNICIPALITIES_FILE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(line.casefold())
    return frozenset(out)


def _english_function_word(low: str) -> bool:
    """An English stop word that is no listed first name ("Per", "May", "Even" stand for a person here)."""
    return low in ENGLISH_STOP_WORDS and low.capitalize() not in load_lexicons().first


def _role(low: str, word: str) -> bool:
    """A listed title or role, in its base or definite form, or a compound on one."""
    titles = load_lexicons().titles
    forms = {low, lemmatize(low), low[:-1] if low.endswith("n") else low, low[:-2] if low.endswith(("en", "et")) else low}
    return bool(forms & titles) or role_compound(word) or (len(low) >= 7 and low.endswith(_ROLE_ENDINGS))


def person_word(word: str) -> bool:
    """A role, a title or a relative's word ("Handläggare", "Mamma", "Kurator"): a person, never a given name."""
    low = word.lower()
    return _role(low, word) or low in _RELATIONS


def _calendar(low: str) -> bool:
    """A weekday or a month, in any language the date rules know (a weekday's definite form too)."""
    return (low in _WEEKDAYS or (low.endswith(("en", "ar")) and low[:-2] in _WEEKDAYS) or low in MONTHS
            or (len(low) >= 5 and low in MONTHS_ABROAD and low not in GIVEN_NAME_MONTHS))


def _place(word: str, low: str, text: str) -> bool:
    """A country, a place abroad, a Swedish municipality, or a place the page names as one."""
    return (low in municipalities() or (low,) in countries() or word in place_words(text)
            or word in postal_towns(text))


def _noun_shape(low: str) -> bool:
    """A Swedish common noun by its ending: a definite form or a noun ending no given name has, or a long definite
    form ("Blodprovet", "Planarkitekten") that no list holds as a name (given names end so short: "Mehmet")."""
    if (len(low) >= 6 and _DEFINITE.search(low) is not None) or (len(low) >= 7 and low.endswith(_NOUN_ENDINGS)):
        return True
    return ((len(low) >= 7 and low.endswith("et")) or (len(low) >= 10 and low.endswith("en"))) and no_listed_name(low.capitalize())


def listed_given_name(word: str, text: str) -> bool:
    """A given name the lists hold that is no ordinary word where it stands ("Nils", not "Maj" as a month)."""
    return classify_word(word, load_lexicons()) == F and not ordinary_at_place(word, text)


# the words an English letter greets one it does not know by ("Dear Sir or Madam")
_UNKNOWN_ADDRESSEE = frozenset(("sir", "madam", "madame"))


def no_one_alone(word: str) -> bool:
    """A word that standing alone names no person wherever it stands: a Swedish municipality ("Hej Vetlanda!"), a
    month ("sambo Januari"), or the "Sir" or "Madam" of an English letter; for words no name list holds."""
    low = word.lower()
    return low in municipalities() or low in MONTHS or low in _UNKNOWN_ADDRESSEE


def no_person_after_label(word: str, text: str) -> bool:
    """:func:`ordinary_at_place` for a lone word after a person label, where a month abroad or a town may be a surname
    ("Kontaktperson: Marzo", "Handläggare: Sala"): a service, a body, a role or a noun only ("Kontaktperson: Växeln")."""
    low = word.lower()
    if _calendar(low) or _place(word, low, text):
        return False
    return ordinary_at_place(word, text)


def ordinary_at_place(word: str, text: str) -> bool:
    """True when ``word``, standing where a given name stands, is an ordinary word, a role, a body, a day or a
    month, or a place: no one's name."""
    low = word.lower()
    if low in SWEDISH_STOP_WORDS or low in OPENERS or low in _ADVERBS or _english_function_word(low):
        return True
    if low in _ADDRESSEES or low in _EVERYDAY_NOUNS or low in _HOLIDAYS_AND_LANGUAGES or low in _SERVICES:
        return True
    if len(low) >= 8 and low.endswith(_ADVERB_ENDINGS):
        return True
    if len(low) >= 6 and low.endswith(_BODY_ENDINGS):
        return True
    if ends_like_organisation(word) or _role(low, word) or _calendar(low) or _place(word, low, text):
        return True
    return _noun_shape(low) or written_in_lower_case(word, text)
