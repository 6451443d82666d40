"""The words the name rules read: lexicons, scores, word classes (first name, surname, name
that is also a word, unknown) and the sentence words around names. Shared by ``names`` and
``name_model``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from redact.detect.first_chars import compiled
from redact.detect.given_name_shapes import korean_hyphened_given_name
from redact.detect.lemmatizer import lemmatize

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"

# Scores: what each kind of evidence is worth on its own.
SCORE_NER = 0.85
SCORE_NER_AND_RULE = 0.95
SCORE_LIST_FULL = 0.85  # first name + another name-like word
SCORE_CONTEXT = 0.8  # after a title or label
SCORE_LIST_FIRST_ALONE = 0.55
SCORE_AMBIGUOUS_PAIR = 0.6
SCORE_LIST_SURNAME_ALONE = 0.5

# Organisation words: a capitalised run ending like this is an authority, not a person.
ORG_SUFFIX = compiled(
    r"(nämnden|nämnd|förvaltningen|förvaltning|kommun|kommunen|verket|styrelsen|myndigheten|"
    r"enheten|regionen|region|kassan|länet|domstolen|rätten|skolan|förskolan|bolaget|gruppen|"
    r"huset|centret|centrum|institutet|universitet|universitetet|sjukhuset|stiftelsen|partiet|"
    r"föreningen|förbund|förbundet|kyrkan|församling|avdelningen|sektionen|byrån|polisen|vården|inspektionen|klubb|klubben|"
    # "AB" (and the company forms abroad: "UAB", "GmbH", "Oy", "ApS") as a word or after a hyphen ("Fastighets-AB"),
    # not the end of a name ("Vuolab", "Wahab", "Rajab"); "Sp" opens Poland's "Sp. z o.o."
    r"revisionen|förmedlingen|kontoret|tjänsten|bilpool|bilpoolen|kooperativ|kooperativet|sällskapet|"
    # an academy, a state body's or a learned society's ("Försvarsakademin", "Konstakademien")
    r"akademi|akademin|akademien|"
    # a municipality's adult education ("Komvux", "Komvux Ekby")
    r"komvux|"
    # a city as its municipality ("Borås Stad", "Malmö stad") as a word of its own, not a surname's end ("Bergstad")
    r"(?<![^\W\d_])(?:stad|staden)|(?<![^\W\d_])(?:ab|uab|gmbh|oy|oyj|aps|asa|ltd|llc|bv|srl|sarl|spa|kft|doo|d\.o\.o\.|sp"
    # an English firm's last word ("Western Union", "Thai Airways", "Global Express"), a clinic's or a hospital's
    # abroad ("Naklua Family Clinic", "Bumrungrad Hospital")
    r"|union|airways|airlines|express|holding|holdings|telecom|group|clinic|hospital))$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 14)
def ends_like_organisation(word: str) -> bool:
    """Whether ``ORG_SUFFIX`` finds an organisation's ending in ``word``, remembered per word: the name rules ask it
    of every capitalised word of a page, the same words page after page, and one search tries each of its endings
    at every letter of the word."""
    return ORG_SUFFIX.search(word) is not None

# A lowercase noun after a capitalised run that makes it a place or an organisation
# ("Albert Bonniers förlag", "Greenwich park", "Anna Lindhs gata").
PLACE_NOUN_AFTER = frozenset({
    "förlag", "bank", "stiftelse", "stiftelsen", "park", "parken", "skola", "skolan", "gymnasium",
    "gymnasiet", "sjukhus", "sjukhuset", "museum", "museet", "gata", "gatan", "väg", "vägen", "plats",
    "platsen", "torg", "torget", "kyrka", "kyrkan", "pris", "priset", "institut", "institutet", "ab",
    "hb", "hotell", "hotellet", "arena", "arenan", "bibliotek", "biblioteket", "minnesfond", "fond",
})

# Things named after a person ("Olof Palmes gata", "Astrid Lindgrens barnsjukhus"); compounds count.
NAMED_AFTER_NOUNS = (
    "gata", "gatan", "väg", "vägen", "plats", "platsen", "torg", "torget", "sjukhus", "sjukhuset", "pris",
    "priset", "stiftelse", "stiftelsen", "minnesfond", "institut", "institutet", "museum", "museet", "park",
    "parken", "förlag", "förlaget",
)

# Words that open a sentence and are never a name ("Enligt Ekman", "Även Svensson").
OPENERS = frozenset(
    "enligt även dessutom när då men och om att som för med efter hos till av från trots utan eftersom "
    "medan sedan bland både kanske igår idag nu här där det den detta dessa vi ni de han hon jag du också "
    "bara även just inte ingen alla varje vid mot under över genom inför hade har var är blir säger sa "
    "skriver tycker menar anser tack hej runt på annars finns numera därför dock alltså ja nej jo sen "
    "senare tidigare vidare slutligen först hennes deras dess mitt".split()
)

# Verbs that attribute a quote: ", säger Ericsson.", "– Nej, sade Björgen till TT." After such a
# verb (itself after a comma, a quote mark or a dash) the subject is the speaker, nearly always a
# person. Verbs that as often take a newspaper or an authority ("skriver", "uppger", "enligt",
# "anser") are left out.
SPEECH_VERBS = frozenset(
    "säger sa sade berättar berättade menar menade tycker tyckte förklarar förklarade understryker "
    "underströk tillägger tillade svarar svarade betonar betonade påpekar påpekade framhåller framhöll "
    "fortsätter fortsatte suckar suckade skrattar skrattade".split()
)
QUOTE_END = frozenset({",", "”", '"', "“", "»", "«", "'", "’", "–", "-", "—", "…", "...", "!", "?"})

# Prepositions that put a place after them ("i Berlin", "vid Stallarholmen"); a person is rare here.
PLACE_PREPOSITIONS = frozenset({"i", "vid", "runt", "inom", "utanför", "nära", "kring", "ur"})

# Words that end a sentence fragment the model sometimes runs into: never the end of a name.
TRAILERS = frozenset({"svar", "fråga", "ps"})
MIDDLE_INITIAL = re.compile(r"^[A-ZÅÄÖ]\.?$")
INITIALS = re.compile(r"^[A-ZÅÄÖ][a-zåäö]?[A-ZÅÄÖ]{1,2}$")
GENITIVE = re.compile(r"(?::s|'s|’s|s)$")

# Genitives of country and region names ("Tunisiens", "Frankrikes", "Tysklands", "USA:s").
GENITIVE_PLACE = re.compile(r"(?:iens|ikes|ands|ges|ens|:s)$")


@dataclass(frozen=True)
class NameHit:
    """One proposed person-name span in ``doc.text``."""

    start_char: int
    end_char: int
    score: float
    detector: str
    reason: str


@dataclass(frozen=True)
class Lexicons:
    """The reviewable word lists in ``lexicons/``."""

    first: frozenset[str]
    last: frozenset[str]
    exceptions: frozenset[str]
    particles: frozenset[str]
    titles: frozenset[str]
    labels: tuple[str, ...]  # lowercase, longest first


def _read(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


@lru_cache(maxsize=4)
def load_lexicons(directory: Path = LEXICON_DIR) -> Lexicons:
    """Read the name lists once per directory (they are immutable)."""
    labels = sorted({s.lower() for s in _read(directory / "labels.txt")}, key=lambda s: (-len(s), s))
    return Lexicons(
        first=frozenset(_read(directory / "first_names.txt")),
        last=frozenset(_read(directory / "surnames.txt")),
        exceptions=frozenset(_read(directory / "name_exceptions.txt")),
        particles=frozenset(w.lower() for w in _read(directory / "name_particles.txt")),
        titles=frozenset(w.lower() for w in _read(directory / "titles.txt")),
        labels=tuple(labels),
    )


F, S, X, U = "F", "S", "X", "U"  # first name, surname, name that is also a word, unknown capitalised


def _norm(word: str) -> str:
    """Title-case form of a word, so that ALL CAPS names match the lists."""
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")) if word.isupper() else word


def _is_cap(tok: Token) -> bool:
    return capitalised_word(tok.text)


def capitalised_word(t: str) -> bool:
    """True for a word a name may be: capitalised letters (hyphens, colons and apostrophes aside), no compound
    ending in a lowercase noun."""
    if len(t) < 2 or not t[0].isupper():
        return False
    core = t.replace("-", "").replace(":", "").replace("'", "").replace("’", "")
    return core.isalpha() and not _lower_compound(t)


def _lower_compound(word: str) -> bool:
    """A compound ending in a lowercase noun ("Peas-stjärnan", "Zlatan-appen") describes, it does not name."""
    last = word.rsplit("-", 1)[-1]
    # (not a Korean given name's second syllable: "Seo-yeon")
    return "-" in word and len(last) >= 3 and last.isalpha() and last.islower() and not korean_hyphened_given_name(word)


def _classify(tok: Token, lex: Lexicons) -> str:
    """F, S, X or U for a capitalised token (hyphenated parts: the strongest part wins)."""
    if kin_first_name(tok, lex):
        return F  # "Bror Hellström": the given name, though the word is a relation too
    return classify_word(tok.text, lex)


def classify_word(text: str, lex: Lexicons) -> str:
    """F, S, X or U for a capitalised word, genitive and ALL CAPS included (hyphenated parts: the strongest wins)."""
    word = _norm(text)
    forms = [word]
    m = GENITIVE.search(word)
    if m and len(word) - len(m.group(0)) >= 2:
        forms.append(word[: m.start()])
    best = U
    for form in forms:
        parts = [p for p in form.split("-") if p]
        for part in parts:
            if part in lex.exceptions:
                cls = X
            elif part in lex.first:
                cls = F
            elif part in lex.last:
                cls = S
            else:
                continue
            if best == U or (best == X and cls in (F, S)) or (best == S and cls == F):
                best = cls
    return best


def written_in_lower_case(word: str, text: str) -> bool:
    """True when ``text`` writes ``word`` in lower case as a word of its own (not inside an e-mail address or a
    compound): an ordinary word, which a given name nobody listed is not."""
    low = word.lower()
    # each place the text holds it, tested as ``(?<![\w@.-])low(?![\w@-])`` would (re's \w: isalnum or "_"):
    # that expression, new for every word, cost a compilation per word and document
    if not low:
        return re.search(r"(?<![\w@.-])(?![\w@-])", text) is not None
    at = text.find(low)
    while at >= 0:
        end = at + len(low)
        before = text[at - 1] if at else ""
        after = text[end] if end < len(text) else ""
        if not (before and (before.isalnum() or before in "_@.-")) and not (after and (after.isalnum() or after in "_@-")):
            return True
        at = text.find(low, at + 1)
    return False


def unlisted(word: str) -> bool:
    """True for a word no list holds at all: no first name, surname nor listed ordinary word."""
    return classify_word(word, load_lexicons()) == U


def no_listed_name(word: str) -> bool:
    """True for a word no list holds as a first name or surname (an unlisted word or an ordinary one)."""
    return classify_word(word, load_lexicons()) in (U, X)


# A role noun compounded on "-man" after a linking letter ("Tulltjänsteman", "Nämndeman", "Skyddsman"): the surnames
# ending so are short and listed ("Ekman", "Bergman")
_MAN_ROLE = re.compile(r"^[a-zåäö]{5,}(?:s|e)man$")


def role_compound(word: str) -> bool:
    """True for a compound whose last part is a listed title or role ("Jourhavande", "Värdmamman" of "mamma",
    "Länsassessor" of "assessor") or a role on "-man", and which no list holds as a name."""
    from redact.detect.lemmatizer import lemmatize

    low = word.strip(",.:;").lower()
    if len(low) < 8 or not low.isalpha() or not no_listed_name(low):
        return False
    if _MAN_ROLE.match(low):
        return True
    titles = load_lexicons().titles
    # (the definite form too, which the lemmatizer may leave: "värdmamman")
    forms = {low, lemmatize(low), low[:-1] if low.endswith("n") else low, low[:-2] if low.endswith("en") else low}
    return any(len(form) - len(t) >= 3 for form in forms for t in titles if len(t) >= 5 and form.endswith(t))


def _is_title(tok: Token, lex: Lexicons) -> bool:
    low = tok.text.lower()
    # lemmatize() here too: a blank pipeline has no lemmas, and the model's PER tokens keep their form
    titled = low in lex.titles or (tok.lemma_ or "").lower() in lex.titles or lemmatize(low) in lex.titles
    return titled and not kin_first_name(tok, lex)


# Kinship words that are given names too ("Bror"): capitalised before a surname, not after a possessive, a name.
_KIN_NAMES = frozenset({"bror", "broder", "syster", "son", "mor", "far", "moster", "faster"})
_POSSESSIVES = frozenset({"min", "mitt", "mina", "din", "ditt", "dina", "sin", "sitt", "sina", "hans", "hennes",
                          "deras", "vår", "vårt", "er", "ert", "en", "ett", "den", "det", "dess", "my", "his", "her"})


def kin_first_name(tok: Token, lex: Lexicons) -> bool:
    """True for a kinship word that is a listed given name, written with a capital and followed on its line by a
    capitalised word that is no title ("Bror Hellström"), and not after a possessive or an article, nor after a
    name's genitive ("min Bror Olle", "Annas Bror"): the given name, not the relation."""
    text = tok.text
    low = text.lower()
    if low not in _KIN_NAMES or text not in lex.first or not text[:1].isupper() or text.isupper():
        return False
    doc = tok.doc
    if tok.i + 1 >= len(doc) or "\n" in tok.whitespace_ or not tok.whitespace_:
        return False
    nxt = doc[tok.i + 1]
    if not (nxt.text[:1].isupper() and nxt.text.isalpha() and not nxt.text.isupper()) or nxt.lower_ in lex.titles:
        return False
    if tok.i > 0:
        prev = doc[tok.i - 1]
        if prev.lower_ in _POSSESSIVES or (prev.text[:1].isupper() and prev.text.endswith("s") and "\n" not in prev.whitespace_):
            return False
    return True


def _line_start(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    prev = doc[i - 1]
    return "\n" in prev.text or prev.text in {".", "!", "?", ":", "•", "-", "–", "§"} or prev.is_bracket


def _title_before(doc: Doc, i: int, lex: Lexicons) -> str | None:
    """The title or role word just before token i ("handläggare Svensson", "Enhetschef Per Holm")."""
    k = i - 1
    if k >= 0 and doc[k].text == ",":
        # "Undersköterska, Ekebygårdens äldreboende": after a comma only a listed name counts
        if _classify(doc[i], lex) == U:
            return None
        k -= 1  # never across a line: "Undersköterska\nEkebygårdens" is a table
    # "Kontaktperson där är Pornthip Saelee", "handläggare blir Olle Ek": the role, a copula, the name
    if k >= 1 and doc[k].lower_ in ("är", "var", "blir", "blev") and "\n" not in doc[k - 1].whitespace_:
        k -= 1
        if k >= 1 and doc[k].lower_ in ("där", "här", "nu", "numera") and "\n" not in doc[k - 1].whitespace_:
            k -= 1
    if k >= 0 and _is_title(doc[k], lex):
        title = doc[k].text.rstrip(".")
        if title.isupper() and len(title) <= 3 and not doc[i].text.isupper():
            return None  # "MS Outlook", "DR Nyheter": an abbreviation, unless the name is in capitals too
        return doc[k].text.lower()
    return None


def _lower_follows(doc: Doc, i: int) -> bool:
    """A lowercase word follows token i on the same line ("Karin svarar", "Månssons synpunkt")."""
    return i < len(doc) and doc[i].text[:1].islower() and doc[i].is_alpha


def _acronym(span) -> bool:
    """One short ALL CAPS word ("EMA", "SKL"): an abbreviation more often than a name."""
    words = [t for t in span if not t.is_space]
    return len(words) == 1 and words[0].text.isupper() and len(words[0].text) <= 4


def _upper_word_only(span) -> bool:
    """A lone ALL CAPS word after a label is a heading more often than a name."""
    return len(span) == 1 and span.text.isupper()
