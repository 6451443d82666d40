"""The words that head a table's columns: the kinds of column (an identifier, a first name, a surname, a
name, initials, a bank number, a date of birth, a property, an address), the header cells of each kind, the
other known header cells that open a table, and the patterns of the headers of a birth date and a home.

Part of ``redact.detect.table_columns`` (which see): ``redact.detect.table_headers`` judges a cell by them.
"""

from __future__ import annotations

import re

from redact.detect.address_parking_cells import PARKING_HEADERS
from redact.detect.birth_cues_abroad import BIRTH_HEADERS as BIRTH_HEADERS_ABROAD
from redact.detect.first_chars import compiled


# What a column holds, from its header cell.
ID, FIRST, LAST, FULL, SIGN, BANK = "id", "first", "last", "full", "sign", "bank"
BIRTH, PROPERTY, ADDRESS = "birth", "property", "address"


_ID_STEMS = (
    "anställnings", "anst", "personal", "pers", "person", "kund", "klient", "patient", "elev", "medlems", "medlem",
    "försäkrings", "löne", "anställd", "brukar", "brukare", "vårdtagar", "abonnent", "deltagar", "samordnings",
    "student", "barn", "hyresgäst", "låntagar", "låne", "kort", "pass", "journal", "dossier", "lma", "id",
    "medl", "pat", "försäkr", "anstn",
)
_ID_HEADER = re.compile(
    rf"(?i)^(?:{'|'.join(_ID_STEMS)})(?:\.\s?|[-\s])?(?:nummer|nr\.?|no\.?|id)$|^(?:personnummer|pnr|p-nr|id|id-nr|idnr|"
    r"anställningsnummer|personalnummer|kundnummer|klientnummer|patientnummer|elevnummer|medlemsnummer|"
    # (the Migration Agency's file on one person, "Dossier" alone over its numbers: "8-4410227")
    r"samordningsnummer|födelsenummer|identitetsnummer|dossier)$"
)
_NAME_HEADERS = {
    FIRST: ("förnamn", "tilltalsnamn", "förnamn/tilltalsnamn"),
    LAST: ("efternamn", "släktnamn"),
    FULL: (
        "namn", "fullständigt namn", "namn (för- och efternamn)", "för- och efternamn", "kontaktperson",
        "kontaktpersoner", "elev", "elevens namn", "barn", "barnets namn", "vårdnadshavare", "deltagare",
        "medarbetare", "anställd", "personal", "sökande", "klient", "patient", "brukare", "hyresgäst",
        "namnförtydligande", "ledamot", "ersättare", "närvarande", "ombud", "god man", "förvaltare",
        "kontakt", "boende", "vårdtagare", "mottagare", "handläggare", "ansvarig handläggare",
        "efternamn, förnamn", "förnamn och efternamn", "namn (efternamn, förnamn)",
        "elevens namn", "barnets namn", "vårdnadshavares namn", "deltagarens namn", "patient", "patientens namn",
        # a register's persons: borrowers, card holders, co-applicants, members, tenants
        "låntagare", "kortinnehavare", "medsökande", "hyresgäster", "medlem", "medlemmar", "kund", "kunder",
        "anhörig", "anhörigvårdare", "förälder", "resenär", "passagerare", "name", "customer", "tenant", "person", "personer",
        # who stays or visits: a camping's, a hostel's or a home's guests
        "gäst", "gäster", "besökare",
        # a party or a role in a complaint, a report, a case or a voyage: the complainant, the one who reported, the
        # injured party, the master of a boat ("Klagande" over "Amra och Edin Mujić")
        "klagande", "klaganden", "anmälare", "anmälaren", "anmälande", "ansökande", "målsägande", "målsäganden",
        # a case's parties, by name or by initials ("Part" over "HB"; not "Motpart": a firm or a board as often)
        "part", "parter",
        # the other party of a claim or a court case, the one a claim is made against ("Svarande" over "KL")
        "svarande", "svaranden",
        # the staff member who opened a record in a log of accesses
        "användare",
        # a court's or a board's witnesses, heard in the case
        "vittne", "vittnen",
        # the persons a register lists by what they are to it: called in to a screening, hired as musicians, an
        # interested party in a land sale ("Kallad" over "Olena Kovalenko")
        "kallad", "kallade", "musiker", "intressent", "intressenter",
        "befälhavare", "skeppare", "studerande",
        # whom a register of veterans or young offenders lists
        "veteran", "veteraner", "ungdom", "ungdomar",
        # a guardian's header cut short to fit a narrow column
        "vårdnadsh.", "vårdnadsh", "vårdn.h.",
        # who ordered a service of the authority (a survey, a copy, a map): a person or a firm, the cells tell
        "beställare", "uppdragsgivare",
        # an adviser a person is matched with (a start-up's, a debt's); who found a lost thing or a ringed bird
        "rådgivare", "upphittare",
        # a subscriber of a concert hall, a paper or a line, as a register lists them
        "abonnent", "abonnenter",
        # who bought, who survived a spouse, who bid at an auction, who keeps animals: the person a register's row is
        # about, by their part in the matter ("Markägare" stays out: a landowners' table read one cell a line runs on
        # into the next table's caption and header there)
        "köpare", "efterlevande", "budgivare", "djurhållare",
    ),
    SIGN: ("sign", "sign.", "signatur", "signum", "initialer", "ansvarig", "ansv", "ansv.", "utförare", "vem",
           "utfört av", "ansvarig (sign)", "kortnamn", "förkortning", "handl", "handl.", "handläggare (sign)", "sign/datum", "kontrollerad av", "godkänd av", "attest", "attesterad av",
           # the one who reported, treated, inspected or checked, abbreviated ("Rapp.", "Beh.", "Insp.")
           "rapp", "rapp.", "behandlare", "beh", "beh.", "hand", "hand.", "insp", "insp.", "kontr", "kontr.",
           "utf", "utf.", "handlagd", "handlagt", "registrerad", "regist.", "ledsagare",
           # the staff who watched and who marked a written test
           "skrivvakt", "tentamensvakt", "rättare", "bedömare"),
}
_HEADER_KIND = {h: kind for kind, hs in _NAME_HEADERS.items() for h in hs}
# Who did something, by a participle and "av" ("Rapp. av", "Utförd av", "Ifylld av"), or the one
# responsible by role ("Ansv. ssk", "Ansvarig chef"): such columns hold initials or names.
_SIGN_HEADER = re.compile(
    r"^(?:(?:rapp|utf|sign|kontr|godk|attest|gransk|ifylld|rapporterad|utförd|signerad|kontrollerad|godkänd|"
    r"granskad|åtgärdad|dokumenterad|registrerad|besl|beslutad|handlagd|inlagd|ändrad|upprättad)\.?\s+av|"
    r"ansv\.\s?[a-zåäö]{2,12}\.?|ansvarig\s+(?:ssk|sjuksköterska|chef|lärare|personal|pedagog|person)|"
    # "Ansvar", "Åtgärdas av", "Utförs av", "Klar (sign)"
    r"ansvar|ansvariga|ansvarar|[a-zåäö]{3,14}(?:as|s)\s+av|"
    # any participle and "av": "Spärrad av", "Kvitterad av", "Utlämnat av", "Mottagen av", "Sedd av"
    r"[a-zåäö]{2,14}(?:ad|at|ade|d|t|dd|tt|en|et)\.?\s+av|[a-zåäö/]{2,14}\s*\(sign\.?\)|sign\.?\s*/\s*[a-zåäö]+)$"
)
# A bank number column ("Bankgiro", "Plusgiro", "Kontonummer"), and "Konto" (a ledger's account codes under it are
# four digits, no bank account's: ``value_fits`` wants six digits at least).
_HEADER_KIND.update({h: BANK for h in (
    "konto", "bankgiro", "plusgiro", "bg", "pg", "bankgironummer", "plusgironummer", "bankgiro/plusgiro", "kontonummer",
    "kontonr", "konto nr", "bankkonto", "bankkontonummer", "clearing- och kontonummer", "kontonummer för återbetalning",
    "utbetalningskonto", "bankgiro eller plusgiro",
    # the clearing number and the account in one column ("8169-5 922 448 017-9")
    "clearing och konto", "clearing och kontonummer", "clearingnr och konto", "clearingnummer och kontonummer",
    "clearing/konto", "clearingnr/kontonr")})
# A clearing number's own column beside the account's ("Clearingnr" | "Kontonr"): the clearing number is a part of
# the account (it names the bank and the branch); its cell holds four or five digits (table_values.value_fits).
CLEARING_HEADERS = ("clearing", "clearingnr", "clearingnr.", "clearingnummer", "clnr", "clnr.", "cl.nr", "cl.nr.",
                    "clearing nr", "clearing-nr")
_HEADER_KIND.update({h: BANK for h in CLEARING_HEADERS})
# A date of birth column ("Födelsedatum", "Född"; a birth year alone is not taken) and a column of
# property designations ("Fastighet": "Björken 4" under it is a property, not a tree).
_HEADER_KIND.update({h: BIRTH for h in ("födelsedatum", "född", "född den", "födelsedag", "f. datum", "f.d.",
                                         "d.o.b.", "d.o.b",
                                         "födelsedatum (åååå-mm-dd)", "född (datum)", "f-datum", "f.datum", "fdatum",
                                         "f-dat.", "f-dat", "födelsedata", "född (åååå-mm-dd)", "född datum",
                                         "date of birth", "birth date", "dob", "born")})
_HEADER_KIND.update({h: BIRTH for h in BIRTH_HEADERS_ABROAD})  # "Geburtsdatum", "Data urodzenia", "Født"
_HEADER_KIND.update({h: PROPERTY for h in ("fastighet", "fastigheter", "fastighetsbeteckning", "fastighetsbet.",
                                            "fastighetsbet", "fast.bet.", "fastighet (beteckning)", "grannfastighet",
                                            "berörd fastighet", "fastighet som berörs")})
# Where a person lives: "Åsbränna 114" under it is a village and a house number, with no street word.
_HEADER_KIND.update({h: ADDRESS for h in ("adress", "nuvarande adress", "bostadsadress", "hemadress", "gatuadress",
                                           "folkbokföringsadress", "ny adress", "tidigare adress", "boendeadress",
                                           "adress (gata)", "gata", "hemvist", "bostad",
                                           # an artist's studio: a cell with a house number there points to the
                                           # person as the home does ("Fritidshus", "Sommarstuga" are not among
                                           # them: a form's "Användning: Fritidshus" is a value, and what follows
                                           # it no home)
                                           "ateljé", "ateljéer",
                                           # a boat owner's berth at a marina or a jetty ("Vikholmen, plats B 12"),
                                           # and a farm's name where the street stands ("Gata eller gård")
                                           "båtplats", "båtplatser", "bryggplats", "förtöjningsplats", "hamnplats",
                                           # a houseboat's berth at a quay, where those aboard are registered
                                           "kajplats", "kajplatser", "liggplats",
                                           # where a keeper's horse or other animal is kept, the keeper's stable or
                                           # pasture by its name and box ("Stall Ekbacken, box 4")
                                           "stall", "stall eller hage", "stallplats", "uppstallning",
                                           "uppstallningsplats",
                                           "gata eller gård", "gård", "gårdsnamn", "gatuadress eller gård")})
# a resident's garage or parking place by its garage and number ("Garage Luna, plats 7": address_parking_cells)
_HEADER_KIND.update({h: ADDRESS for h in PARKING_HEADERS})
# Other header cells that open a table one cell a line: they count as columns.
_OTHER_HEADERS = frozenset({
    # the parties of a change of owner in a register of boats, aircraft or vehicles: persons or firms, read by the
    # name rules; the cells open the table all the same
    "säljare", "köpare",
    # a vehicle's driver: staff by their initials in a pool car's log as often as a person's name (the column is
    # judged by its cells, see JUDGED_BY_CELLS)
    "förare",
    "befattning", "titel", "roll", "funktion", "enhet", "avdelning", "arbetsplats", "datum", "tid", "telefon",
    "tfn", "tel", "mobil", "e-post", "epost", "adress", "postadress", "kommentar", "kommentarer", "anteckning",
    "åtgärd", "åtgärder", "klart", "status", "klass", "grupp", "skola", "förskola", "avdelning", "ärende",
    "närvaro", "frånvaro", "belopp", "summa", "antal", "timmar", "startdatum", "slutdatum", "födelsedatum",
    "ort", "postort", "postnummer", "postnr", "relation", "typ", "beslut", "insats", "nr", "löpnr", "rad", "uppgift",
    "mejl", "referens",
    "arbetsuppgift", "tjänst", "tjänstgöringsgrad", "omfattning", "schema", "pass",
    "född", "född år", "födelseår", "år", "ålder", "kön", "kontor", "anmärkning", "beslutsdatum",
    "uppdrag", "parti", "partibeteckning", "mandat", "land", "bic", "iban", "form",
    "leverantör", "org.nr", "orgnr", "organisationsnummer", "lokal", "kurs", "kursdag", "underlag", "kostnad",
    # the days of a schedule's columns, and the numbers staff are reached on
    "mån", "tis", "ons", "tors", "tor", "fre", "lör", "sön", "måndag", "tisdag", "onsdag", "torsdag", "fredag",
    "lördag", "söndag", "vecka", "händelse", "händelser", "beskrivning", "avvikelse", "ämne", "plats",
    # how a person is reached: the cell holds a mail address or a number, never a name
    "kontaktväg", "kontaktvägar", "kontaktsätt", "kontaktuppgift", "kontaktuppgifter", "svarsväg", "nås via",
    "ägare", "svar", "yttrande", "synpunkter", "synpunkt", "tjänstemobil", "tjänstetelefon", "arbetstelefon", "direktnummer", "direkt",
    "mobilnummer", "telefonnummer", "tel.", "tfn.", "mobiltelefon", "arbetstid", "arbetstid %", "tjänstgöring",
    # a register's other columns: the flat, the rent, the debt, the days in a queue
    "lgh", "lgh.", "lägenhet", "hyra", "månadshyra", "hyra/mån", "skuld", "skuld, kr", "lån", "ködagar", "köpoäng",
    # a debtor's creditors and their claims
    "borgenär", "borgenärer", "fordran", "fordringar", "fordran, kr",
    "poäng", "kr", "belopp, kr", "vara", "varor", "innehavare", "avgift", "avgifter", "avgift, kr", "betald", "betalt",
    "saldo", "giltigt t.o.m.", "giltig t.o.m.", "giltig till", "giltigt till", "böcker",
    "orsak", "skäl", "anledning", "hållplats", "avstånd", "avstånd, km", "km", "sträcka", "resa", "kategori",
    "prioritet", "förtur", "fr.o.m.", "t.o.m.", "giltighet", "inkom", "inkommen", "registrerad",
    # a decision's outcome and where a person lives (a town, not a name)
    "besked", "utfall", "bor i", "bostadsort", "hemort",
    # when and where a log's access was made
    "tidpunkt", "vårdenhet",
    # the firm hired for the work: a company's name, whoever runs it
    "firma", "installatör", "installatörer", "entreprenör", "entreprenörer",
    # an unlabelled account column: a header that opens the row, whatever the cells hold
    "konto",
    # the headings of notes under a table, read as the next row's first cell ("Anmärkningar", "Noteringar")
    "anmärkningar", "noteringar", "anteckningar", "övrigt", "upplysningar", "sammanfattning", "motivering",
    "bakgrund", "bedömning", "slutsats", "slutsatser",
    # a quantity's or a price's column: what was bought or sold, never who
    "mängd", "volym", "vikt", "kvantitet", "pris", "styckpris", "enhetspris", "à-pris", "a-pris", "totalt", "total",
    "areal", "längd", "storlek", "moms", "rabatt", "andel",
    # when a stay, a loan or a booking runs
    "period", "perioder",
    # a register of estates: the estate's row or number, never a name ("Dödsbo | Adress | Postadress")
    "dödsbo", "dödsboet", "dödsbon",
    # the numbered points of a list or a walk's notes ("Punkt | Plats | Lämnad av")
    "punkt", "punkter",
    # staff's trade beside their names, a patient's medicine, a bid for a plot
    "yrke", "yrkesroll", "läkemedel", "bud",
    # an action list's questions beside "Vem" ("Vad | Vem | När"): what is to be done and by when
    "vad", "när", "hur", "klart när",
    # a vehicle's column (license_plate reads its plates): a header, so that one glued after another cell splits off
    # ("Pass/ID-handlingFordon" keeps the identity documents' column its own)
    "fordon", "fordonet",
    # what a register's second table lists per person: the X-ray, the instrument insured, the loan promise, the rent
    # receipt ("Musiker | Instrument")
    "röntgen", "instrument", "lånelöfte", "lånelöften", "hyreskvitto",
    # a court's or the police's seizures by their numbers (the seized things' own numbers are read by their makers)
    "beslag",
    # a minute's or a decision list's columns: the paragraph, the matter, the law it rests on, the report back; and
    # the body's own invoices (the number under "Faktura" is the sender's, never a private person's)
    "§", "paragraf", "fråga", "grund", "lagrum", "återrapport", "faktura",
    # a check's, an inspection's or a measurement's column: who did it signs there, or its result stands (judged by
    # its cells, see JUDGED_BY_CELLS)
    "kontroll", "besiktning", "mätning",
    # what a certificate is for and the legalisation stamped on it
    "ändamål", "apostille",
    # a register's thing and what a row concerns ("Sak | Nummer | Handl.", "Avser"): cells of things, never a person's
    # name ("Nummer" and "Handling" are left to be judged by their cells: a column of persons' codes is headed so)
    "sak", "saker", "avser",
})
# Known headers whose column may hold persons' names or staff's initials and units alike: the header line is no one's,
# and in a register of persons the column's cells are judged by their shapes as an unlisted header's would be.
JUDGED_BY_CELLS = frozenset({"förare", "kontroll", "besiktning", "mätning"})


# A birth date column's header with more words ("Född (ååmmdd)", "Födelsedatum barn"), whose it is named first
# ("Barnets födelsedatum", "Sökandens födelsedag", "Child's date of birth"); a year, a place or a country of birth
# is no date ("Född år", "Födelseort", "Födelseland"), but a column of years or dates is ("Född år/datum").
_BIRTH_HEADER = re.compile(
    r"^(?:[a-zåäöé]+(?:s|'s|’s)\s+)?(?:född|födelsedatum|födelsedag|f-?datum|date of birth|birth date|dob)\b"
    r"(?!.*\b(?:ort|land|plats|ålder|place|country)\b)(?!(?:(?!datum|date).)*\b(?:år|year)\b(?!.*(?:datum|date)))"
    r"(?P<tail>[\w ,./()-]{0,25})$"
)


# A one-word "-adress" compound names where something reaches a person ("Besöksadress", "Leveransadress",
# "Vistelseadress", "Fakturaadress": where a private payer's bill goes is home); the compounds of a mail box, a web
# page or a network are no place, and a post address column stays a column of its own.
# More words may follow in the header cell ("Adress (gata och nr)", "Besöksadress/ort").
_PLACE_ADDRESS_HEADER = re.compile(r"^(?:[a-zåäö]{3,20})?adress(?:[ ,(/][\w ,()/.-]{0,25})?$")
_NOT_A_HOME_ADDRESS = re.compile(r"^(?:e?post|e-post|mejl|mail|webb|web|ip|mac|hemsides?|internet|nät|returpost)"
                                 r"adress|.*\b(?:e-post|epost|mejl|mail|webb)")


# A header that names where someone lives or gets mail, in any wording: a home word, alone or with a few more
# words ("Postadress", "Bor", "Bor under veckan", "Nuvarande bostad", "Hemort", "Adress i hemlandet", "Home
# address"). Its cells count as an address only when they hold a house number (``table_values``), so a column
# of towns ("Hemort", "Bor i") keeps its town names.
_HOME_HEADER = compiled(
    # a usual or a passing home too: "Ordinarie bostad", "Tillfällig adress", "Bor tillfälligt"
    r"^(?:(?:nuvarande|tidigare|ny|nya|aktuell|permanent|faktisk|home|postal|mailing|senast|senaste|nu|numera|"
    r"ordinarie|tillfällig|tillfälliga|stadigvarande|egen|fast)\s+)?"
    r"(?:post|utdelnings|hem|bostads|folkbokförings|kontakt|vistelse|utlands)?(?:adress|address|adr\.?|bostad|"
    r"bostaden|hemvist|hemort|bostadsort|bor|vistelseort|uppehållsort|domicil|"
    # where someone is registered or stays, as a participle or a verb: "Folkbokförd", "Senast folkbokförd", "Vistas"
    r"folkbokförd|folkbokförda|folkbokföring|bosatt|bosatta|skriven|vistas|vistelse|bor nu|bor numera)"
    # a bracket or a preposition's phrase may follow, never another header cell ("Adress Telefon")
    r"(?:\s+\([^)]{1,25}\)|\s+(?:i|på|utomlands|abroad)(?:\s+[a-zåäö]+){0,2}|\s+(?:tillfälligt|temporärt|nu|numera))?$"
    # where a letter or a reply was sent: "Svaret skickat till", "Beslutet sänt till", "Skickas till"
    r"|^(?:[a-zåäö]+\s+){0,2}(?:skickat|skickad|skickade|skickades|skickas|sänt|sänd|sändes|sänds|postat|postad|"
    r"postades|postas)\s+till$"
    # what is done at home, and where: a phrase ending in a preposition of place ("Bedriver i hemmet på")
    r"|^(?:[a-zåäö]+\s+){0,3}i\s+(?:hemmet|bostaden)\s+(?:på|vid)$"
)


# A compound naming the person a service, a grant or an insurance is for: one word, something before the ending.
_PERSON_COMPOUND = re.compile(r"^[a-zåäö]{3,}(?:användare|brukare|tagare)$")
