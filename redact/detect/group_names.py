"""Names of groups the model reads as a person's name: an ensemble ("Duo Linfrö", "Trio Mosaik"), a club or a
village's association named by its place ("Ekby Bordtennis", "Norrvik Skidklubb", "Åby Byalag"), a firm or
a newspaper named by its place and trade ("Åsby Elservice", "Ekby Tidning") and an eatery, a lodging or a shop
named after its kind ("Bistro Tallen", "Café Lyktan", "Pensionat Udden", "Hårstudio Kaprifol", "Thai Beauty"), a
kennel, a cattery or a stud by its kind ("Kennel Fjällvind"), a room by its kind and name ("Grupprum Ugglan"), a
sports club by its letters ("IK Ekby", "Åsby IF"), and a local branch of a national association by its letters
("SPF Seniorerna Ekby", "DHR Norrvik").

The words are Swedish common nouns for ensembles, sports and clubs, written for this project (no
outside list). A span with a listed first name or surname is left alone: "Trio Anna" or "Eva Skidklubb"
may still name a person, and a name left readable is the worst failure.
"""

from __future__ import annotations

import re

from redact.detect.first_chars import compile_scanning
from redact.detect.name_spans import TRADE
from redact.detect.not_initials import CLUB_LETTERS, WEAK_CLUB_LETTERS

# An ensemble's word before its name: "Duo Saga", "Kvartett Nord", "Ensemble Lyra".
_ENSEMBLE = frozenset({
    "duo", "duon", "trio", "trion", "kvartett", "kvartetten", "kvintett", "kvintetten", "sextett", "sextetten",
    "ensemble", "ensemblen", "orkester", "orkestern", "kör", "kören", "band", "bandet", "quartet", "quintet",
})
# An eatery's, a lodging's or a shop's kind before its name: "Bistro Tallen", "Pizzeria Ankaret", "Hotell Strand".
_VENUE = frozenset({
    "bistro", "café", "cafe", "kafé", "kafe", "pizzeria", "restaurang", "restaurant", "trattoria", "osteria",
    "taverna", "krog", "krogen", "pub", "bar", "grill", "grillen", "sushi", "konditori", "bageri", "hotell", "hotel",
    "pensionat", "vandrarhem", "värdshus", "värdshuset", "kiosk", "butik", "salong", "galleri",
})
# A breeder's kind before the kennel's, the cattery's or the stud's name the breed club registers: "Kennel Fjällvind",
# "Katteri Månsken", "Stuteri Ekhagen" (a trade name, the breeder's own name stands in its own column or sentence).
_BREEDER = frozenset({"kennel", "kenneln", "katteri", "katteriet", "stuteri", "stuteriet"})
# A hunting team's or a village's group noun before the place it is named by: "Jaktlag Gräftån", "Byalaget Ekby".
_TEAM = frozenset({"jaktlag", "jaktlaget", "byalag", "byalaget", "viltvårdsområde", "viltvårdsområdet",
                   "fiskevårdsområde", "fiskevårdsområdet"})
# A sport or a club's noun after a place: "Ekby Bordtennis", "Norrvik Skidklubb", "Åsby Spelmanslag".
_SPORT = frozenset({
    "bordtennis", "fotboll", "innebandy", "handboll", "bandy", "ishockey", "hockey", "friidrott", "simning",
    "brottning", "boxning", "orientering", "tennis", "golf", "curling", "basket", "volleyboll", "badminton",
    "gymnastik", "judo", "karate", "taekwondo", "skytte", "ridsport", "konståkning", "cykel", "skidor",
    "längdskidor", "segling", "kanot", "rodd", "dans", "schack", "bågskytte", "klättring", "squash", "padel",
})
_CLUB_END = re.compile(r"(?i)[a-zåäö]*(?:klubb|klubben|sällskap|sällskapet|idrott|idrottsförening|förening|föreningen|"
                       r"gille|gillet|spelmanslag|spelmanslaget|brassband|storband|kapell|kapellet|allians|alliansen|"
                       r"byalag|byalaget|jaktlag|jaktlaget|"
                       r"samfällighet|samfälligheten|vägförening|hembygdsförening|tidning|tidningen)$")


# The letters national associations of pensioners and of people with disabilities go by before a local branch's
# name ("SPF Seniorerna Ekby", "DHR Norrvik", "PRO Åsby"), written for this project: an association, no initials.
ASSOCIATION_LETTERS = frozenset({"PRO", "SPF", "SKPF", "DHR", "SRF", "HRF", "FUB", "RSMH", "RBU", "NHR", "HBF",
                                 "KFUM", "KFUK"})


# A shop's, a studio's or a kitchen's kind as a compound at either end: "Nagelstudio Lilja", "Frisörsalong Kaprifol",
# "Sörby Lantkök", "Ekby Blomsterbutik"; a salon's trade in the English its sign is written in ("Lotus Beauty",
# "Nova Nails").
_SHOP = compile_scanning(
    r"(?i)[a-zåäö]*(?:studio|studion|salong|salongen|butik|butiken|bageri|bageriet|kök|köket|kiosk|"
    r"kiosken|verkstad|verkstaden|beauty|nails|hair)$")


# A room's kind as a compound before its own name: "Grupprum Ugglan", "Samtalsrummet Lärkan", "Konferenssal Tallen".
_ROOM = re.compile(r"(?i)[a-zåäö]{3,}(?:rum|rummet|sal|salen)$")


def group_name(text: str) -> bool:
    """True for a span read as a person's name that is an ensemble's, a club's or a place's firm (see module)."""
    from redact.detect.name_words import unlisted

    words = [w.strip(".,:;()") for w in text.split()]
    words = [w for w in words if w]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if words[0].lower() in _ENSEMBLE | _VENUE | _TEAM | _BREEDER or words[0] in CLUB_LETTERS | ASSOCIATION_LETTERS or (
            (_SHOP.fullmatch(words[0]) or _ROOM.fullmatch(words[0])) and unlisted(words[0])):
        return all(unlisted(w) for w in words[1:])
    if words[-1] in CLUB_LETTERS or _SHOP.fullmatch(words[-1]):
        return all(unlisted(w) for w in words[:-1])
    last = words[-1]
    if last.lower() in _SPORT or _CLUB_END.fullmatch(last) or TRADE.fullmatch(last):
        return all(unlisted(w) for w in words)
    return False


# The place word before a club's letters (WEAK_CLUB_LETTERS are a club's only right after one place word that no name
# list holds, with no capitalised word before the place: "Gåvor: Ekby SK (skidor)"; after "Anna Ekby" they are her
# initials).
_PLACE_BEFORE = re.compile(r"(?:^|(?<=[\s:;(]))(?P<before>[^\W\d_]+[ \t]+)?(?P<place>[A-ZÅÄÖ][a-zåäö]{2,})[ \t]+$")


def club_letters_after_place(text: str, start: int, end: int) -> bool:
    """True for a sports club's letters read alone as a person's initials, after the one place word naming it."""
    from redact.detect.name_words import no_listed_name

    words = text[start:end].split()
    if not 1 <= len(words) <= 2 or words[-1] not in WEAK_CLUB_LETTERS | CLUB_LETTERS:
        return False
    letters = start + text[start:end].rindex(words[-1])  # the place may be inside the span ("Ekby SK") or before it
    if (m := _PLACE_BEFORE.search(text, max(0, letters - 40), letters)) is None or m.start("place") < start - 40:
        return False
    before = (m.group("before") or "").strip()
    # "Föreningen Ekby HC": the association's own noun before its place, no first name
    return (not before[:1].isupper() or before.lower() in _CLUB_NOUNS) and no_listed_name(m.group("place"))


_CLUB_NOUNS = frozenset({"föreningen", "klubben", "laget", "idrottsföreningen", "idrottsklubben", "hockeyklubben",
                         "sportklubben", "bollklubben", "lagets", "föreningens", "klubbens"})
