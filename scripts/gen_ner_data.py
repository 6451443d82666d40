"""Build the name lexicons and generate NER training sentences in the genres authorities disclose.

Two commands:

    python scripts/gen_ner_data.py lexicons CORPUS_DIR
        rebuild redact/detect/lexicons/{first_names,surnames,name_exceptions}.txt from Faker's
        locale providers (MIT licence; needs `pip install faker` at build time only), the
        handwritten_*.txt files beside them, and the lowercase words of CORPUS_DIR/train_corpus.txt
        (a name that is also a common word goes to name_exceptions.txt).

    python scripts/gen_ner_data.py sample N
        print N generated sentences with their PER spans marked, to review the templates.

The generator (``generate``) is imported by scripts/train_ner.py.
"""

from __future__ import annotations

import random
import sys
import unicodedata
from collections import Counter
from pathlib import Path

LEXICONS = Path(__file__).resolve().parents[1] / "redact" / "detect" / "lexicons"

# Locales whose names are written in Latin script and are common among people living in Sweden
# (or in Swedish news). Arabic/Persian locales are in Arabic script, so their Latin forms are
# written by hand in handwritten_*.txt.
FAKER_LOCALES = (
    "sv_SE", "fi_FI", "da_DK", "no_NO", "is_IS", "et_EE", "pl_PL", "tr_TR", "hr_HR", "de_DE",
    "en_US", "en_GB", "fr_FR", "es_ES", "it_IT", "nl_NL", "hu_HU", "cs_CZ", "lt_LT", "sl_SI",
)
FIRST_ATTRS = ("first_names", "first_names_female", "first_names_male", "first_names_est")
LAST_ATTRS = ("last_names", "male_last_names", "unisex_last_names", "last_names_est")


def _latin(name: str) -> bool:
    """True when every letter of name is Latin (with diacritics)."""
    for ch in name:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def _clean(names: set[str]) -> set[str]:
    out = set()
    for n in names:
        n = n.strip()
        if len(n) < 2 or not n[0].isupper() or " " in n or not _latin(n) or n == "Doe":
            continue
        out.add(n)
    return out


def _read_words(path: Path) -> set[str]:
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0]
        words.update(line.split())
    return words


def _write_sorted(path: Path, items: set[str], header: str = "") -> None:
    body = "\n".join(sorted(items, key=lambda s: (s.casefold(), s)))
    path.write_text((header + "\n" if header else "") + body + "\n", encoding="utf-8")


def build_lexicons(corpus_dir: Path) -> None:
    """Write first_names.txt, surnames.txt and name_exceptions.txt."""
    import importlib

    first: set[str] = set()
    last: set[str] = set()
    for loc in FAKER_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ImportError:
            continue
        for attr in FIRST_ATTRS:
            first.update(getattr(provider, attr, ()) or ())
        for attr in LAST_ATTRS:
            last.update(getattr(provider, attr, ()) or ())
    first = _clean(first) | _clean(_read_words(LEXICONS / "handwritten_first_names.txt"))
    last = _clean(last) | _clean(_read_words(LEXICONS / "handwritten_surnames.txt"))

    # A name that appears in lowercase in running Swedish text is also a word: it needs context.
    # A name the corpus tags as a place or organisation at least as often as a person
    # ("Washington", "Lund") needs context too.
    lower: Counter[str] = Counter()
    as_person: Counter[str] = Counter()
    as_other: Counter[str] = Counter()
    for line in (corpus_dir / "train_corpus.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        tok, tag = parts[0], parts[-1]
        if tok.islower():
            lower[tok] += 1
        elif tag == "PER":
            as_person[tok] += 1
        elif tag in ("LOC", "ORG", "MISC"):
            as_other[tok] += 1
    exceptions = {n for n in first | last if lower[n.lower()] >= 2}
    exceptions |= {n for n in first | last if as_other[n] >= 1 and as_other[n] >= as_person[n]}
    exceptions |= _read_words(LEXICONS / "handwritten_name_exceptions.txt")
    _write_sorted(LEXICONS / "first_names.txt", first)
    _write_sorted(LEXICONS / "surnames.txt", last)
    _write_sorted(LEXICONS / "name_exceptions.txt", exceptions)
    print(f"first names {len(first)}, surnames {len(last)}, exceptions {len(exceptions)}")


# --------------------------------------------------------------------------- generation

def _lexicon(name: str) -> list[str]:
    path = LEXICONS / name
    return sorted(w for w in _read_words(path) if w)


SWEDISH_FIRST_WEIGHT = 0.55  # share of people drawn from the Swedish-only handwritten+sv lists


class Names:
    """Draws fictional names from the lexicons."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.first = _lexicon("first_names.txt")
        self.last = _lexicon("surnames.txt")
        # Names common in Sweden are drawn more often than the long tail of the wide lists.
        self.common_first = _lexicon("handwritten_first_names.txt")
        self.common_last = _lexicon("handwritten_surnames.txt") + ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
             "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson"]
        self.common_last = [w for w in self.common_last if w[0].isupper()]
        self.particles = ["von", "af", "de", "van der", "af", "von"]
        self.word_names = ["Sten", "Björn", "Ros", "Maj", "Vera", "Bo", "Per", "Dag", "Rut", "Sol"]

    def first_name(self) -> str:
        r = self.rng.random()
        if r < 0.08:
            return self.rng.choice(self.word_names)
        if r < 0.15:
            return f"{self.rng.choice(self.first)}-{self.rng.choice(self.first)}"
        if r < 0.55:
            return self.rng.choice(self.common_first)
        return self.rng.choice(self.first)

    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.06:
            return f"{self.rng.choice(self.particles)} {self.rng.choice(self.last)}"
        if r < 0.12:
            return f"{self.rng.choice(self.last)} {self.rng.choice(self.last)}"
        if r < 0.17:
            return f"{self.rng.choice(self.last)}-{self.rng.choice(self.last)}"
        if r < 0.6:
            return self.rng.choice(self.common_last)
        return self.rng.choice(self.last)

    def full(self) -> str:
        r = self.rng.random()
        name = f"{self.first_name()} {self.surname()}"
        if r < 0.1:
            name = f"{self.first_name()} {name}"
        if self.rng.random() < 0.05:
            name = name.upper()
        return name

    def initials(self, full: str) -> str:
        return "".join(p[0] for p in full.replace("-", " ").split() if p[0].isupper())


ORGS = [
    "Socialnämnden", "Kommunstyrelsen", "Barn- och utbildningsnämnden", "Miljö- och byggnadsnämnden",
    "Försäkringskassan", "Skatteverket", "Region Skåne", "Västra Götalandsregionen", "Polismyndigheten",
    "Migrationsverket", "Arbetsförmedlingen", "Socialstyrelsen", "Tekniska nämnden", "Kultur- och fritidsnämnden",
    "Länsstyrelsen i Uppsala län", "Kronofogden", "Trafikverket", "Individ- och familjeomsorgen",
]
PLACES = [
    "Uppsala", "Malmö", "Göteborg", "Örebro", "Luleå", "Kiruna", "Västerås", "Linköping", "Umeå", "Borås",
    "Sundsvall", "Gävle", "Växjö", "Kalmar", "Visby", "Falun", "Karlstad", "Jönköping", "Lund", "Norrköping",
]
STREETS = ["Storgatan", "Kungsgatan", "Drottninggatan", "Björkvägen", "Skolgatan", "Stationsvägen",
           "Ringvägen", "Parkvägen", "Sjövägen", "Tallstigen", "Granvägen", "Hamngatan"]
ROLES = ["handläggare", "socialsekreterare", "enhetschef", "registrator", "ordförande", "sekreterare",
         "biståndshandläggare", "utredare", "kurator", "rektor", "avdelningschef", "familjebehandlare",
         "nämndsekreterare", "förvaltningschef", "jurist", "projektledare", "samordnare"]
PARTIES = ["S", "M", "SD", "C", "V", "KD", "L", "MP"]
TOPICS = ["budgetuppföljning", "ansökan om bistånd", "ny detaljplan för kvarteret Linden",
          "skolskjuts", "tillsyn av livsmedelsanläggning", "bygglov för tillbyggnad", "delårsrapport",
          "överklagat beslut", "remiss om ny avfallsplan", "internkontrollplan", "hemtjänstens bemanning"]
VERBS = ["informerar om", "redogör för", "föredrar", "presenterar", "lyfter frågan om", "återkommer om"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "augusti", "september", "oktober", "november"]

# Country genitives before a name are LOC, not part of it ("Tunisiens Oussama Mellouli").
NATIONS_GEN = ["Tunisiens", "Kenyas", "Norges", "Frankrikes", "USA:s", "Sveriges", "Jamaicas", "Kinas",
               "Etiopiens", "Brasiliens", "Danmarks", "Finlands", "Tysklands", "Spaniens", "Italiens",
               "Storbritanniens", "Rysslands", "Polens", "Turkiets", "Irans", "Somalias", "Japans"]
# Descriptive nouns before a name are not part of it ("Cyklisten Mark Cavendish", "Eleven Aziz Rahimi").
DESCRIPTORS = ["Cyklisten", "Tvåan", "Trean", "Eleven", "Förbundskaptenen", "Skådespelerskan", "Sångerskan",
               "Artisten", "Författaren", "Hyresgästen", "Patienten", "Brukaren", "Sökanden", "Klaganden",
               "Vårdnadshavaren", "Tränaren", "Målvakten", "Anfallaren", "Regissören", "Forskaren",
               "Statsministern", "Partiledaren", "Vittnet", "Grannen", "Läkaren", "Advokaten"]
# Fictional places and units: they look like surnames but are places ("Norrvik", "Folktandvården Norrvik").
FICT_PLACES = ["Norrvik", "Sjöberga", "Västerby", "Ekedal", "Granhult", "Björkliden", "Lindås", "Åsbacka",
               "Hagaby", "Tallmo", "Stenhamra", "Ängelsberg", "Ekeby", "Bäckby", "Rosendal", "Holmsund",
               "Berga", "Storvreta", "Nyhammar", "Sörby", "Kvarnby", "Lillån"]
UNITS = ["Folktandvården", "Vårdcentralen", "Äldreboendet", "Förskolan", "Biblioteket", "Räddningstjänsten",
         "Hemtjänsten", "Fritidsgården", "Skolan", "Idrottshallen", "Kyrkogården"]
COMPANY_PATTERNS = ["{s}s Bygg AB", "{s}s Måleri AB", "{s} & Söner AB", "{p} Energi AB", "Bygg-{s} AB",
                    "{s}s Åkeri", "{p} Fastigheter AB", "{s} Consulting AB", "{s}s El & Tele AB",
                    "{p} Vatten AB", "{s}s Städ HB", "Fastighets AB {p}"]
# Headings and form fields of documents authorities disclose: never a person.
HEADINGS = ["Justerandes signatur", "Anslagsbevis", "ANSLAGSBEVIS", "Klart senast", "Beslut", "BESLUT",
            "Ansökan", "Arbetsutskottet", "Hyresgästen", "Personalakt", "Bakgrund", "Yttrande",
            "Sammanfattning", "Underlag", "Ärendebeskrivning", "Förslag till beslut", "Postadress",
            "Besöksadress", "Organisationsnummer", "Bankgiro", "Expedieras", "Utdragsbestyrkande",
            "Beslutsunderlag", "Motivering", "Bedömning", "Överklagande", "Delegationsbeslut",
            "Sammanträdesdatum", "Diarienummer", "Protokollsutdrag", "Tjänsteskrivelse", "Kallelse",
            "Föredragningslista", "Åtgärd", "Status", "Kommentar", "Bilagor", "Hur man överklagar"]

# Sentences where a word that is also a name is an ordinary word: no PER.
NEAR_MISSES = [
    "Sten och grus ska föras bort från tomten före den 1 {month}.",
    "Mötet hölls i maj och nästa möte blir i {month}.",
    "Kostnaden blev 350 kronor per timme enligt avtalet.",
    "En björn har setts i närheten av {place} enligt {org}.",
    "Hon fick ros för sitt arbete med {topic}.",
    "Beslutet gäller per den 1 {month} och {org} ansvarar för uppföljningen.",
    "Vi ses i {place} den 3 {month} för att diskutera {topic}.",
    "Ärendet om {topic} bordläggs till nästa sammanträde.",
    "Strand och bryggor ska vara tillgängliga för allmänheten.",
    "Under dag två behandlades {topic}.",
    "Berg och skog dominerar landskapet norr om {place}.",
    "Sol och vind ger el till anläggningen i {place}.",
    "Handläggningstiden för {topic} är cirka åtta veckor.",
    "Närvarande: se bilaga 1.",
    "Ansvarig: {org}",
    "Till: {org}",
]


def _fmt(template: str, rng: random.Random, names: Names) -> tuple[str, list[tuple[int, int, str]]]:
    """Fill {per}, {first}, {last}, {org}, {place}... and return text and entity char spans."""
    out: list[str] = []
    ents: list[tuple[int, int, str]] = []
    pos = 0
    i = 0
    while i < len(template):
        j = template.find("{", i)
        if j < 0:
            out.append(template[i:])
            break
        out.append(template[i:j])
        pos += j - i
        k = template.index("}", j)
        key = template[j + 1:k]
        label = None
        if key == "per":
            val, label = names.full(), "PER"
        elif key == "first":
            val, label = names.first_name(), "PER"
        elif key == "last":
            val, label = names.surname(), "PER"
        elif key == "perbr":  # a name split over a line break
            full = names.full().split(" ", 1)
            val, label = (full[0] + "\n" + full[1]) if len(full) == 2 else full[0], "PER"
        elif key == "nat":
            val, label = rng.choice(NATIONS_GEN), "LOC"
        elif key == "Desc":
            val = rng.choice(DESCRIPTORS)
        elif key == "desc":
            val = rng.choice(DESCRIPTORS).lower()
        elif key == "fplace":
            val, label = rng.choice(FICT_PLACES), "LOC"
        elif key == "unit":
            val, label = f"{rng.choice(UNITS)} {rng.choice(FICT_PLACES)}", "ORG"
        elif key == "company":
            sur = rng.choice(names.common_last)
            val = rng.choice(COMPANY_PATTERNS).format(s=sur, p=rng.choice(FICT_PLACES))
            label = "ORG"
        elif key == "heading":
            val = rng.choice(HEADINGS)
        elif key == "org":
            val, label = rng.choice(ORGS), "ORG"
        elif key == "place":
            val, label = rng.choice(PLACES), "LOC"
        elif key == "street":
            val = f"{rng.choice(STREETS)} {rng.randint(1, 80)}"
        elif key == "zip":
            val = f"{rng.randint(100, 985)} {rng.randint(10, 99)}"
        elif key == "role":
            val = rng.choice(ROLES)
        elif key == "Role":
            val = rng.choice(ROLES).capitalize()
        elif key == "party":
            val = rng.choice(PARTIES)
        elif key == "topic":
            val = rng.choice(TOPICS)
        elif key == "verb":
            val = rng.choice(VERBS)
        elif key == "month":
            val = rng.choice(MONTHS)
        elif key == "n":
            val = str(rng.randint(1, 150))
        elif key == "date":
            val = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        elif key == "mail":
            val = rng.choice(["fornamn.efternamn", "info", "registrator", "kansli"]) + "@kommun.se"
        else:
            raise KeyError(key)
        if label:
            ents.append((pos, pos + len(val), label))
        out.append(val)
        pos += len(val)
        i = k + 1
    return "".join(out), ents


TEMPLATES = [
    "Närvarande: {per}, ordförande ({party}), {per} ({party}), {per} ({party}) och {per}, sekreterare.",
    "Närvarande:\n{per} ({party}), ordförande\n{per} ({party})\n{per} ({party})\n{per}, sekreterare",
    "Frånvarande: {per} ({party}) och {per} ({party}).",
    "Övriga närvarande: {per}, {role}, och {per}, {role}.",
    "Justeras\n\n{per}\nOrdförande\n\n{per}\nJusterare",
    "Utses att justera: {per}",
    "Vid protokollet\n{per}\nSekreterare",
    "Med vänlig hälsning\n\n{per}\n{Role}\n{org}",
    "Med vänlig hälsning\n{per}",
    "Vänliga hälsningar\n{first}",
    "Hälsningar {first}",
    "Från: {per} <{mail}>\nSkickat: den {n} {month} 2024 10:14\nTill: {per}\nKopia: {per}; {per}\nÄmne: {topic}",
    "Från: {per}\nTill: {org}\nÄmne: Sv: {topic}",
    "Hej {first}!\n\nTack för ditt mejl om {topic}. Jag återkommer i nästa vecka.",
    "{per}\n{street}\n{zip} {place}",
    "Till\n{per}\n{street}\n{zip} {place}",
    "Sökande: {per}, {street}, {zip} {place}",
    "{date}  {topic}  {per}",
    "Åtgärd | Klart senast | Ansvarig\n{topic} | {date} | {per}\n{topic} | {date} | {first}",
    "Ansvarig: {per}",
    "Handläggare: {per}",
    "Handläggare\n{per}\n{role}",
    "Handläggare {per}, telefon 010-{n}",
    "{per} {verb} {topic}.",
    "{per} ({party}) yrkar bifall till förvaltningens förslag.",
    "{per} ({party}) yrkar avslag och {per} ({party}) yrkar återremiss.",
    "{first} {verb} {topic} och svarar på frågor från ledamöterna.",
    "Ordföranden {per} förklarar sammanträdet öppnat.",
    "{Role} {per} har varit i kontakt med {per} den {n} {month}.",
    "Socialsekreterare {last} träffade {per} och hennes son {first} den {n} {month}.",
    "Enligt {role} {last} har {org} inte fått in några handlingar.",
    "{per} är anställd som {role} vid {org} i {place}.",
    "Beslutet fattades av {per} på delegation från {org}.",
    "Underskrift\n\n{per}\nNamnförtydligande",
    "Kontaktperson: {per}, {role}",
    "Ärendet har handlagts av {perbr}.",
    "I ärendet har {per}, {per} och {per} hörts.",
    "{per} och {first} har båda lämnat synpunkter på {topic}.",
    "Anmälan från {per} om {topic} i {place}.",
    "Dnr {n}/2024. Handläggare: {perbr}",
    "{per}, {role}, meddelar att {topic} är klart.",
    "Mamman {per} och pappan {per} deltog på mötet.",
    "Registrator {per} diarieförde handlingen den {n} {month}.",
    "Föredragande: {per}",
    "Protokollet justeras av {per} och {per}.",
    "Enhetschef {per} och socialsekreterare {per} deltog.",
    "Ledamöter: {per} ({party}), {per} ({party}), {per} ({party})",
    # news-style contexts and descriptive words in front of a name
    "{nat} {per} vann finalen före {nat} {per}.",
    "Guldet gick till {nat} {per} som var snabbast i {place}.",
    "{Desc} {per} har tidigare varit anställd vid {org}.",
    "{Desc} {per} säger att beslutet kom som en överraskning.",
    "Enligt {desc} {per} har ingen kontaktat familjen.",
    "– Det här är en stor dag för oss, säger {per} till tidningen.",
    "– Vi får se, säger {last}, som inte vill lova något.",
    "{per}, {n}, från {place} dömdes i tingsrätten.",
    "Det var {first} som först larmade {unit}.",
    "{per} har skrivit kontrakt med {company}.",
    "{last} berättar att arbetet med {topic} fortsätter.",
    "I en intervju med {org} säger {per} att hon inte ångrar sig.",
]

# Documents with headings, companies and places that look like names: only the real names are PER.
NEGATIVE_TEMPLATES = [
    "{heading}\n{topic}",
    "{heading}\n\n{heading}\n{date}",
    "Justerandes signatur\n\nUtdragsbestyrkande",
    "Justerandes signatur\t\tUtdragsbestyrkande\n{per}",
    "ANSLAGSBEVIS\nProtokollet är justerat. Justeringen har tillkännagivits genom anslag.\nSammanträdesdatum: {date}",
    "Åtgärd | Klart senast | Ansvarig\n{topic} | {date} | {company}",
    "{company} har lämnat det lägsta anbudet för {topic}.",
    "Fakturan från {company} avser arbeten på {street} i {fplace}.",
    "Hyresgästen på {street} har sagt upp lägenheten.",
    "Hyresgästen {per} har sagt upp lägenheten på {street} i {fplace}.",
    "Ärendet gäller fastigheten {fplace} 4:12 i {place}.",
    "{unit} har öppet vardagar 8-16.",
    "Patienten remitterades till {unit} den {n} {month}.",
    "Arbetsutskottet föreslår att {org} beslutar enligt förvaltningens förslag.",
    "Personalakt\n{per}\nAnställd sedan {date}",
    "Beslut\nSocialnämnden beviljar ansökan.\n\nBakgrund\n{per} ansöker om bistånd.",
    "Ansökan inkom den {n} {month} från {company}.",
    "{heading}: {topic}",
    "Kallelse till sammanträde med {org} i {fplace}.",
    "Postadress\tBesöksadress\tTelefon\n{org}\t{street}\t010-{n}",
]


def generate(n: int, seed: int = 13) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Return n (text, [(start, end, label)]) examples, deterministic for a seed."""
    rng = random.Random(seed)
    names = Names(rng)
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.12:
            text, ents = _fmt(rng.choice(NEAR_MISSES), rng, names)
        elif r < 0.24:
            text, ents = _fmt(rng.choice(NEGATIVE_TEMPLATES), rng, names)
        else:
            text, ents = _fmt(rng.choice(TEMPLATES), rng, names)
        out.append((text, ents))
    return out


def main(argv: list[str]) -> int:
    """Command line entry."""
    if len(argv) >= 2 and argv[0] == "lexicons":
        build_lexicons(Path(argv[1]))
        return 0
    if len(argv) >= 1 and argv[0] == "sample":
        n = int(argv[1]) if len(argv) > 1 else 10
        for text, ents in generate(n, seed=int(argv[2]) if len(argv) > 2 else 13):
            marked = text
            for s, e, lab in sorted(ents, reverse=True):
                marked = marked[:s] + "[" + marked[s:e] + "|" + lab + "]" + marked[e:]
            print(marked, "\n---")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
