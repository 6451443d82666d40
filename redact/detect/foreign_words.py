"""Word lists for reading names on text that is not Swedish (``redact.detect.foreign_names``).

All lowercase. Written by the project from general knowledge of English, German, French, Spanish
and Polish usage; no list comes from a corpus. ``ORDINARY_ENGLISH`` was chosen by hand from the words
that are both a listed first name of ``redact/detect/lexicons`` and a lowercase entry of SCOWL's
American English list (Debian's wamerican; copyright Kevin Atkinson, free to use, copy, modify and
distribute); only the choice is taken from there.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

# Titles before a name in the languages around Swedish; lowercase, without the abbreviation dot.
TITLES = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame lady lord rev reverend judge officer inspector "
    "sergeant sgt detective constable captain capt lieutenant colonel mayor councillor councilor "
    "senator governor president minister ambassador herr herrn frau fru fröken monsieur mme madame "
    "mlle señor señora sra srta dott signor signora pani panem pana panu panią".split()
)
# Languages that capitalise more than names: English (headings, "I", days, peoples), German (nouns).
# Elsewhere two capitalised words inside a sentence are a name ("z panem Tomaszem Nowakiem").
CAPITALISES_MORE = frozenset({"en", "de"})
# Languages that capitalise every noun: a listed first name there may be a noun ("Ernst", "Hope"), and
# the capitalised word after a first name may be one too ("Lei" / "Zehl der" for "Leitung, Zahl der").
NOUNS_CAPITALISED = frozenset({"de", "lb"})
# Swedish titles that are also English verbs: lowercase they are the verb ("make JavaScript fast").
NOT_TITLES_IN_LOWERCASE = frozenset({"make", "miss"})
GREETINGS = frozenset({"dear", "hi", "hello", "hey", "attn", "attention", "liebe", "lieber", "bonjour", "hola"})
CLOSINGS = frozenset({
    "sincerely", "yours sincerely", "sincerely yours", "yours faithfully", "faithfully", "yours truly",
    "best regards", "kind regards", "warm regards", "warmest regards", "regards", "with kind regards",
    "with best regards", "best wishes", "best", "all the best", "thanks", "many thanks", "thank you",
    "cheers", "respectfully", "cordially", "med vänlig hälsning", "vänliga hälsningar", "hälsningar",
    "mvh", "med venlig hilsen", "venlig hilsen", "med vennlig hilsen", "vennlig hilsen",
    "mit freundlichen grüßen", "freundliche grüße", "viele grüße", "cordialement", "bien cordialement",
    "saludos", "atentamente", "ystävällisin terveisin",
})
# Labels after which a name stands on the same line, in the languages around Swedish.
LABELS = frozenset({
    "name", "full name", "surname", "last name", "family name", "first name", "signed", "signature",
    "signed by", "from", "to", "cc", "bcc", "sender", "recipient", "applicant", "complainant",
    "contact", "contact person", "author", "prepared by", "approved by", "reviewed by", "case officer",
    "case handler", "handled by", "witness", "patient", "client", "employee", "student", "pupil",
    "guardian", "parent", "tenant", "landlord", "chair", "chairperson", "secretary", "interviewer",
    "interviewee", "representative", "attorney", "owner", "beneficiary", "reporter", "reported by",
    "vorname", "nachname", "absender", "von", "an", "nom", "prénom", "de", "à", "nombre", "navn", "nimi",
})
# Labels whose name may be one word: an e-mail header's "To: Registrator" names an office, not a person.
ONE_WORD_LABELS = frozenset({"name", "full name", "surname", "last name", "family name", "signed", "signature",
                             "signed by", "applicant", "patient", "client", "witness", "nachname", "nom"})
# Words that make a capitalised run an office, a company or a place ("Legal Department", "Stevens Creek Blvd").
ORG_WORDS = frozenset(
    "department office council committee board agency authority municipality county region university "
    "college school hospital clinic court police ministry registry registrar unit team group services "
    "service company corporation ltd inc llc llp gmbh ag sa ab plc partners association foundation "
    "society institute centre center bank church union secretariat division section administration "
    "amt behörde gericht verwaltung street st avenue ave road rd boulevard blvd lane drive square "
    "park hall building house creek river lake bridge airport station festival project programme program network "
    "forum conference museum library theatre theater gallery hotel harbour harbor port trust fund initiative alliance "
    "federation consortium agency studio press media group network lab laboratory aid garden gardens market valley "
    "island bay beach hill mountain forest castle palace cathedral chapel abbey tower gate".split()
)
# Nouns that end the title-case names of laws, journals, fields and programmes in English ("Copyright Act",
# "Law Review", "Intellectual Property", "Global Health", "Clinton Health Access Initiative"): a capitalised
# run with one of them is a title or a subject, not a person. Words that are also common given names
# ("Bill", "Grant") are left out: "Bill Turner" stays a person.
TOPIC_WORDS = frozenset(
    "law laws act acts review reviews journal quarterly gazette bulletin property copyright copyrights patent patents "
    "trademark trademarks code statute statutes amendment amendments treaty convention constitution regulation "
    "regulations directive rights health healthcare access report reports guideline guidelines policy policies "
    "strategy framework term terms initiative organization organisation world global international national "
    "federal economics science sciences studies research medicine history theory analysis education culture "
    "technology commons clause doctrine protocol charter declaration".split()
)
# Mail header labels: offices are written to as often as people, so a listed name must be in the run.
HEADER_LABELS = frozenset({"from", "to", "cc", "bcc", "sender", "recipient", "von", "an", "de", "à", "från", "till", "kopia"})
PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "al", "el", "bin", "ibn", "af", "ter"})
# English given names that are also ordinary words ("Will", "Hope", "Grace", "Mark"): a name before a
# surname ("Will Thompson"), after a cue ("Hi Will", "Will:") or inside a sentence ("asked Rose to"),
# but at a sentence's start the word ("Will you...", "Hope to hear...").
WORD_NAMES = frozenset(
    "will mark hope grace rose faith joy bill frank may june april august summer autumn dawn ivy ruby iris "
    "pat art max chase dean ray sue eve guy jack victor gene holly carol sandy penny rob don bob sky river "
    "storm dale glen cliff brook heath reed rich grant miles wade hunter earl angel crystal amber jade pearl "
    "opal star sunny harmony melody destiny justice liberty trinity patience charity mercy precious blessing "
    "gift lucky honor honour unity ginger daisy lily violet heather poppy hazel olive fern willow rowan sage "
    "basil sterling norman christian cherry candy misty drew sonny rusty nick chance major long lance "
    "hardy noble royal taylor mason parker hunter kent troy chad ada pascal julia said job line server urban else "
    "tan marine pier nova wolf aster eden".split()
)
# Of those, the ones that alone, capitalised inside a sentence, are more often something else: a month,
# a season, a belief, a programming language ("in June", "Christian values", "written in Ada").
NOT_ALONE = frozenset(
    "may june april august summer autumn christian norman justice liberty trinity unity star angel sky "
    "river storm major long royal noble crystal ada pascal julia ruby chance gift lucky precious said job line "
    "server urban else tan marine pier nova wolf aster eden".split()
)
# Listed first names that are as often a place: alone they need a cue ("in Victoria", "to Florence").
PLACE_NAMES = frozenset(
    "florence georgia victoria austin chelsea sydney orlando savannah charlotte eugene alexandria helena "
    "madison virginia carolina kerry devon jordan india sofia santiago lorraine brittany aurora regina "
    "salem sharon shannon sierra dakota cheyenne trinidad preston kent troy chad".split()
)
# Words before a capitalised word that make it a thing rather than a person ("the Will", "a Rose").
DETERMINERS = frozenset("the a an this that these those his her their our my your its every each no".split())
# Prepositions that put a place after them ("in Florence", "near Victoria").
PLACE_PREPOSITIONS = frozenset("in at near via outside inside within around across into towards".split())
# Words after which a sentence-opening name that is also a word is the subject ("Rose will send it",
# "Grace and ..."), where the word itself would be followed by something else ("Hope to hear", "Will you").
SUBJECT_NEXT = frozenset(
    "will would has had is was said says asked asks and can could should must wrote writes sent sends called "
    "told noted agreed confirmed reported presented suggested added replied explained mentioned proposed "
    "joined left came went needs wants wanted thinks thought".split()
)
# Words that thank or greet a person by name ("Thanks Will", "Hi Grace").
THANKS = frozenset({"thanks", "thank", "thx", "cheers", "welcome"})
# Pairs of initials that spell an abbreviation, not a person ("U.S. Army", "P.S. Please").
ABBREVIATED = frozenset({"US", "UK", "EU", "UN", "DC", "AD", "BC", "AM", "PM", "NB", "PS", "EG", "IE", "VS", "NO",
                         "ST", "DR", "MR", "MS", "OK", "TV", "ID", "CV", "QA", "RE", "FW"})
# English function words ("The", "In", "My", "Although"), spaCy's list: never inside a name on foreign
# text, and a listed first name that is one ("My", "Per", "May") counts only before a listed surname.
FUNCTION_WORDS = frozenset(STOP_WORDS)
# Nouns that take a letter after them ("plan B", "licence B", "Appendix A"): the letter is no initial.
LETTERED = frozenset(
    "plan licence license appendix annex section part type group category class grade level option vitamin "
    "hepatitis block building room house wing zone step phase stage model version schedule exhibit figure table "
    "form article chapter item point row column line track gate platform terminal unit division team floor size "
    "list series box".split()
)
# Ordinary English nouns, adjectives and verbs that are also someone's first name ("Harm", "Peer",
# "Class", "Real"), and whose use as a name is rare in English text beside their use as a word: on
# English text such a word starts a name only with a listed surname or first name after it ("Harm
# Reduction", "Peer Support", "Real Time" are not people) or a cue before it. Common English given
# names that are also words ("Will", "Grace", "Frank", "Rose") are not here (they are WORD_NAMES), nor
# words that are a common name somewhere around Sweden ("Tore", "Odd", "Rune", "Lone", "Bent", "Ester").
ORDINARY_ENGLISH = frozenset(
    "harm peer class real long floor canal corona divan edit kick loan lot love mare mile paw rim roar tea tie "
    "tone toy valve bile bitten feline gun hind laze lore grit cord atlas beta aura anus lope nacho ninja pastor "
    "puck saga salami sine sire sonata tilde baptist bogey fare margarita mist".split()
)


def ordinary_english(word: str) -> bool:
    """True for an ordinary English word of ``ORDINARY_ENGLISH``, in the singular or the plural ("Harms"),
    or a compound that opens with one ("Peer-driven", "Long-term")."""
    low = word.rstrip(".").lower().replace("’", "'").split("-")[0].removesuffix("'s")
    return low in ORDINARY_ENGLISH or (low.endswith("s") and low[:-1] in ORDINARY_ENGLISH)


def ordinary_start(first: str, second_listed: bool, language: str, broken: bool = False) -> bool:
    """True when a capitalised run that opens with the listed first name ``first`` reads as ordinary
    words rather than a first name and a surname, the word after it not being a listed name
    (``second_listed``): on English text when ``first`` is an ordinary English word ("Harm Reduction");
    on German text when a line break stands between the two (``broken``): every noun is capitalised
    there, and one opens the next line as often as not ("fertigen Lei" / "Zehl der")."""
    if second_listed:
        return False
    return (language in NOUNS_CAPITALISED and broken) or (language == "en" and ordinary_english(first))
