"""Language per page and per stretch of lines, and person names on text that is not Swedish."""

from __future__ import annotations

import pytest

from redact.detect.engine import Detector
from redact.detect.language import SWEDISH_RULES, identify, load_model, scores, swedish
from redact.types import Page

SV = (
    "Handläggaren Lindqvist ringde till sökanden den 4 mars. Fatima berättade att hon fortfarande\n"
    "väntar på besked från försäkringskassan. Hennes bror Yusuf Abdi hjälper henne med ansökan och\n"
    "kontaktperson är Sten Ek. Enligt Ekman på hemtjänsten behöver familjen stöd i hemmet.\n"
    "Närvarande: Anna-Karin Svensson, Zlatko Kowalczyk\n"
)
EN_MAIL = (
    "From: Peter Morrison <peter.morrison@example.com>\n"
    "Sent: Monday, March 3, 2024 16:02\n"
    "To: Socialtjänsten Norrvik\n"
    "Subject: Question about the case\n"
    "Hello,\n"
    "This is a question about the application that my client submitted in February. In our view the\n"
    "family needs support at home. Could you please tell me when the decision will be made? Our\n"
    "Legal Department will contact you if needed.\n"
    "Best regards,\n"
    "Peter Morrison\n"
    "Attorney at Law, Morrison & Partners\n"
)
EN_PAPER = (
    "In this paper we present a new compiler for JavaScript. This compiler records traces of hot\n"
    "loops. When a loop is hot, the VM records it. Thus the cost is small. Figure 4 shows the speedup\n"
    "and Table 2 lists the benchmarks. Our results show that SpiderMonkey is faster. These results\n"
    "hold for all benchmarks in the SunSpider suite. Each trace is compiled once. Most programs gain.\n"
)

LANGUAGES = [
    (SV, "sv"),
    (EN_PAPER, "en"),
    (
        "Sehr geehrte Frau Schneider, vielen Dank für Ihre Anfrage vom 3. März. Die Unterlagen zum\n"
        "Bauantrag liegen uns vor. Leider fehlt noch die Stellungnahme des Nachbarn.\n",
        "de",
    ),
    (
        "Tak for din henvendelse af 3. marts. Vi har modtaget dine dokumenter og behandler sagen hurtigst\n"
        "muligt. Hvis du har spørgsmål, er du velkommen til at kontakte sagsbehandleren på telefon.\n",
        "da",
    ),
    (
        "Nous avons bien reçu votre demande du 3 mars concernant le permis de construire. Le dossier est\n"
        "en cours d'examen par nos services, qui vous contacteront dans les prochains jours.\n",
        "fr",
    ),
    (
        "Kiitos hakemuksestanne. Olemme vastaanottaneet asiakirjat ja käsittelemme asian mahdollisimman\n"
        "pian. Päätös lähetetään Teille postitse, kun käsittely on valmis.\n",
        "fi",
    ),
    # too little text to tell: Swedish, the safe answer (the Swedish rules find more names)
    ("In This JavaScript", "sv"),
    ("Figure 4\nTable 2\n", "sv"),
    ("", "sv"),
    # another script than the Latin one of every candidate: left to the Swedish rules, as before
    ("Уважаемая Анна Петровна, благодарим Вас за обращение от 3 марта. Ваше заявление рассмотрено\n"
     "комиссией, и решение будет направлено Вам почтой в течение двух недель.\n", "sv"),
    ("السيدة فاطمة المحترمة، نشكرك على رسالتك المؤرخة في الثالث من مارس. تم استلام طلبك وسيتم الرد عليه\n"
     "خلال أسبوعين من تاريخ اليوم.\n", "sv"),
]


@pytest.fixture(scope="module")
def model():
    return load_model()


def _page(text: str) -> Page:
    return Page(number=1, text=text, words=(), width=595, height=842, source="plain")


def _persons(detector: Detector, text: str) -> list[str]:
    return [f.text for f in detector.detect(_page(text)) if f.category == "PERSON"]


@pytest.mark.parametrize(("text", "expected"), LANGUAGES)
def test_page_language(model, text, expected):
    assert identify(text, model).language == expected


def test_the_model_is_loaded_once_and_restricted():
    model = load_model()
    assert load_model() is model
    assert {"sv", "en", "da", "de", "fi"} <= set(model.languages)
    assert "ru" not in model.languages  # only languages plausible in a Swedish authority's files


def test_the_audit_names_the_language_identifier(blank_detector):
    assert blank_detector.versions["language_id"].startswith("py3langid-0.4")


def test_lines_scored_at_once_score_as_py3langid_scores_each(model):
    lines = ["Handläggaren ringde till sökanden.", "This is a question about the case.", "SEHR GEEHRTE FRAU", "1234 --"]
    prior = model.identifier.nb_pc
    got = scores(model, lines)
    for line, row in zip(lines, got):
        ranked = dict(model.identifier.rank(line))
        if row.any():
            expected = [ranked[lang] - p for lang, p in zip(model.languages, prior)]
            assert row == pytest.approx(expected, rel=1e-3)
        else:
            assert len(set(ranked.values())) == 1  # nothing known to the model: no evidence either way


def test_a_line_scored_again_comes_from_memory_with_the_same_numbers(model, monkeypatch):
    from redact.detect import language

    lines = ["Handläggaren ringde till sökanden.", "This is a question about the case.", "SEHR GEEHRTE FRAU", "1234 --"]
    model.lines.clear()
    first = scores(model, lines)
    assert set(lines) <= set(model.lines)
    walked = []
    monkeypatch.setattr(language, "visit_counts", lambda *a: walked.append(a) or None)
    again = scores(model, [lines[2], lines[0], lines[2]])  # from memory: nothing walked again
    assert walked == [] and (again == first[[2, 0, 2]]).all()
    monkeypatch.undo()
    assert (first == language._scores(model, lines)).all()  # as walked afresh, to the bit


def test_the_memory_of_lines_is_bounded(model, monkeypatch):
    from redact.detect import language

    monkeypatch.setattr(language, "LINES_REMEMBERED", 8)
    model.lines.clear()
    lines = [f"Rad nummer {n} handlar om ärendet." for n in range(20)]
    for n in range(0, 20, 3):
        got = scores(model, lines[n:n + 3])
        assert len(model.lines) <= 8
        monkeypatch.undo()
        assert (got == language._scores(model, lines[n:n + 3])).all()  # the same numbers, remembered or not
        monkeypatch.setattr(language, "LINES_REMEMBERED", 8)
    model.lines.clear()


def test_a_swedish_paragraph_and_an_english_mail_get_a_language_each(model):
    text = SV + EN_MAIL
    lang = identify(text, model)
    assert [s.language for s in lang.segments] == ["sv", "en"]
    assert lang.at(0) == "sv" and lang.at(len(SV) - 2) == "sv"
    assert lang.at(text.index("This is a question")) == "en"
    # the segments cover the page, in order, without gaps
    assert lang.segments[0].start == 0 and lang.segments[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(lang.segments, lang.segments[1:]))


def test_a_blank_line_is_where_a_paragraph_switches(model):
    text = SV + "\n" + EN_MAIL
    lang = identify(text, model)
    assert [s.language for s in lang.segments] == ["sv", "en"]
    assert lang.segments[1].start == len(SV) + 1  # right after the blank line


def test_a_short_english_line_in_swedish_text_stays_swedish(model):
    text = SV + "Se rapporten Annual Report on Child Welfare.\n" + SV
    assert identify(text, model).swedish_rules


def test_a_short_stretch_takes_the_page_language(model):
    text = EN_PAPER + "Med vänlig hälsning\nAnna Svensson\n" + EN_PAPER
    lang = identify(text, model)
    assert lang.language == "en"
    assert lang.at(text.index("Anna Svensson")) == "en"


def test_danish_and_norwegian_keep_the_swedish_rules():
    assert {"sv", "da", "no", "nn"} <= SWEDISH_RULES
    assert "en" not in SWEDISH_RULES and "de" not in SWEDISH_RULES


# ----------------------------------------------------------------------------- names on English text

ENGLISH_NAMES = [
    ("Dear Ms Ingrid Kowalski,\nThank you for your letter. In the attached Table 2 you will find the figures.",
     ["Ingrid Kowalski"]),
    ("The committee found that the requirements of the regulation were met. This decision may be\n"
     "appealed within three weeks.\nSigned: Dr. Ahmed Yilmaz", ["Ahmed Yilmaz"]),
    ("Dear Mr Okonkwo,\nWe have received your request for access to the documents. In this case the\n"
     "documents are classified. This applies to all of them.\nKind regards,\nRegistry", ["Okonkwo"]),
    ("Hi Karin,\nThis is just to confirm that the meeting on Friday is moved. When you have the new\n"
     "agenda, please send it to the whole group. Thanks for your help with the JavaScript course.", ["Karin"]),
    ("We have discussed the matter with the family and the school. In our view the support given\n"
     "so far is sufficient. This assessment will be reviewed in June.\nSincerely,\nTobias Lindqvist\n"
     "Case officer, Norrvik Municipality", ["Tobias Lindqvist"]),
    ("Minutes of the project meeting. Present: Sara Lindqvist and Omar Haddad. The group discussed the\n"
     "timeline and the budget. Prof. Lindgren from the university commented on the evaluation plan.",
     ["Sara Lindqvist", "Omar Haddad", "Lindgren"]),
    ("Please find attached the report that you asked for. This is the final version of the text and\n"
     "it has been approved by the board.\n\nMarta Nowak-Lindström\nmarta.nowak@example.org\n",
     ["Marta Nowak-Lindström"]),
    # names in no list: a closing, a label or a title is the evidence
    ("Thank you for the quick answer. The documents will be sent to the court before the hearing, and\n"
     "This Office will keep a copy.\nKind regards,\nNgozi Adeyemi\n", ["Ngozi Adeyemi"]),
    ("Application for a residence permit. The information below is given by the applicant himself.\n"
     "Applicant: Oluwaseun Bankole\nHandläggare: Temitope Wrzesniewski\n",
     ["Oluwaseun Bankole", "Temitope Wrzesniewski"]),
    ("According to the report, Mrs. Adeyemi was not informed about the decision. The Board regrets this\n"
     "and will review its routines. A new meeting is planned for the autumn.", ["Adeyemi"]),
]
NOT_NAMES = ("In", "This", "JavaScript", "Figure", "Table", "When", "Thus", "Our", "These", "Each", "Most",
             "SpiderMonkey", "SunSpider", "Thank", "Thanks", "Kind", "Registry", "Sincerely", "Norrvik Municipality",
             "Monday", "Legal Department", "Socialtjänsten Norrvik", "Dear", "Signed")


def _covered(name: str, found: list[str]) -> bool:
    return any(name in f for f in found)


@pytest.mark.parametrize(("text", "names"), ENGLISH_NAMES)
def test_names_on_english_text_are_found(model_detector, text, names):
    found = _persons(model_detector, text)
    assert all(_covered(n, found) for n in names), found
    assert not [f for f in found if not any(n in f for n in names)], found


@pytest.mark.parametrize(("text", "names"), ENGLISH_NAMES)
def test_names_on_english_text_are_found_by_the_rules_alone(blank_detector, text, names):
    found = _persons(blank_detector, text)
    assert all(_covered(n, found) for n in names), found


OTHER_LANGUAGES = [
    ("Madame Dubois,\nNous avons bien reçu votre demande du 3 mars concernant le permis de construire. Le\n"
     "dossier est en cours d'examen. Monsieur Laurent Girard vous contactera dans les prochains jours.\n"
     "Cordialement,\nCamille Moreau", ["Dubois", "Laurent Girard", "Camille Moreau"], ["Nous", "Le", "Madame"]),
    ("Szanowna Pani Kowalska,\nDziękujemy za list z 3 marca. Wniosek został rozpatrzony przez komisję i\n"
     "decyzja zostanie wysłana pocztą. Jeżeli ma Pani pytania, prosimy o kontakt z panem Tomaszem Nowakiem.\n"
     "Z poważaniem\nAgnieszka Wiśniewska", ["Kowalska", "Tomaszem Nowakiem", "Agnieszka Wiśniewska"],
     ["Szanowna", "Dziękujemy", "Wniosek", "Jeżeli"]),
    ("Estimado señor García:\nLe agradecemos su carta del 3 de marzo. Su solicitud ha sido examinada por la\n"
     "comisión. Para cualquier consulta, puede contactar con la señora María López en la oficina.\n"
     "Atentamente,\nJavier Fernández", ["García", "María López", "Javier Fernández"], ["Estimado", "Le", "Para"]),
    ("Sehr geehrte Frau Schneider,\nvielen Dank für Ihre Anfrage vom 3. März. Die Unterlagen zum Bauantrag\n"
     "liegen uns vor. Leider fehlt noch die Stellungnahme des Nachbarn, Herrn Klaus Becker. Bitte reichen\n"
     "Sie die fehlenden Dokumente bis Ende des Monats ein.\nMit freundlichen Grüßen\nJürgen Hoffmann",
     ["Schneider", "Klaus Becker", "Jürgen Hoffmann"], ["Dank", "Ihre Anfrage", "März", "Dokumente", "Grüßen"]),
    ("Kiitos hakemuksestanne. Olemme vastaanottaneet asiakirjat ja käsittelemme asian mahdollisimman\n"
     "pian. Lisätietoja antaa käsittelijä Mikko Virtanen. Muutoksenhakuohjeet ovat liitteenä.\n"
     "Ystävällisin terveisin\nAino Korhonen", ["Mikko Virtanen", "Aino Korhonen"],
     ["Kiitos", "Muutoksenhakuohjeet", "Ystävällisin"]),
]


@pytest.mark.parametrize(("text", "names", "words"), OTHER_LANGUAGES)
def test_names_in_other_languages_without_their_sentence_words(model_detector, text, names, words):
    found = _persons(model_detector, text)
    assert all(_covered(n, found) for n in names), found
    assert not [f for f in found if any(w in f.split() for w in words)], found


def test_capitalised_english_words_are_not_persons(model_detector):
    found = _persons(model_detector, EN_PAPER * 3)
    assert found == []


def test_a_dear_before_a_capitalised_word_needs_a_listed_name(model_detector):
    text = ("Dear Colleagues,\nThe next meeting of the working group takes place in Room 4 on Thursday.\n"
            "Please read the attached minutes before the meeting and send comments to the secretary.")
    assert _persons(model_detector, text) == []


def test_categories_other_than_names_do_not_depend_on_language(model_detector):
    text = ("Please contact me at ingrid.kowalski@example.org or on +46 70 123 45 67. My personal identity\n"
            "number is 19121212-1212 and my bank account is 8327-9, 903 477 235-8. This is all the\n"
            "information that you asked for in your letter of 3 March.")
    assert model_detector.language(text).language == "en"
    categories = {f.category for f in model_detector.detect(_page(text))}
    assert {"EMAIL", "PHONE", "PERSONNUMMER"} <= categories


# ----------------------------------------------------------------------------- Swedish text is unchanged

class SwedishOnly(Detector):
    """The detector as it was: every page read with the Swedish rules."""

    def language(self, text):  # noqa: D102
        return swedish(text)


@pytest.fixture(scope="module")
def swedish_only(model_detector):
    return SwedishOnly(nlp=model_detector.nlp)


def _spans(detector: Detector, text: str) -> list[tuple[int, int, str, str, float]]:
    return [(f.start, f.end, f.category, f.reason, f.score) for f in detector.detect(_page(text))]


def test_a_swedish_page_is_read_exactly_as_before(model_detector, swedish_only):
    text = SV + (
        "Sökanden Mohammed Al-Hashimi, 19121212-1212, bor på Björkvägen 51 i Norrvik. Han har ringt\n"
        "handläggaren Okafor två gånger. Enligt Ekman behöver han hjälp. Maj berättade att Sten kommer.\n"
        "Med vänlig hälsning\nKarin Berg\nSocialsekreterare\n"
    )
    assert model_detector.language(text).swedish_rules
    assert _spans(model_detector, text) == _spans(swedish_only, text)


def test_the_swedish_paragraph_of_a_mixed_page_keeps_every_name(model_detector, swedish_only):
    mixed = SV + EN_MAIL
    alone = _spans(swedish_only, SV)
    both = _spans(model_detector, mixed)
    assert [s for s in both if s[1] <= len(SV)] == alone
    assert {"Lindqvist", "Fatima", "Yusuf Abdi", "Sten Ek", "Ekman"} <= {SV[s:e] for s, e, c, *_ in alone if c == "PERSON"}
    english = [mixed[s:e] for s, e, c, *_ in both if c == "PERSON" and s >= len(SV)]
    assert "Peter Morrison" in english
    assert not [w for w in english if w in NOT_NAMES], english


def test_findings_on_an_english_page_are_numbered_in_order(model_detector):
    findings = model_detector.detect(_page(ENGLISH_NAMES[0][0] + "\n" + EN_PAPER))
    assert [f.id for f in findings] == [f"p1-{n}" for n in range(len(findings))]
    assert [f.start for f in findings] == sorted(f.start for f in findings)


HEADINGS_AND_NAMES = [
    # a listed first name that is also a function word needs a listed surname after it
    ("My Escape from the City\nThe story of a long journey. It was written in the spring and it tells how the\n"
     "family left the town. Per Holm wrote the preface and Mary A. Smith drew the pictures.",
     ["Per Holm", "Mary A. Smith"], ["My Escape"]),
    # an ALL CAPS heading that opens with a first name is not a name
    ("OLIVER CAME TO LONDON AND WHAT HE FOUND THERE\nThe boy walked for seven days. When he came to the city\n"
     "he met a boy of his own age who offered him a place to sleep. ANNA SVENSSON was not there.",
     ["ANNA SVENSSON"], ["OLIVER", "CAME"]),
    # the Swedish rules join a name to the capitalised word opening the next line; here it opens a sentence
    ("The book was written by Frederick Douglass\nAlthough he had no schooling he learned to read. This is\n"
     "the story of how he did it, told in his own words, for the readers of this series.",
     ["Frederick Douglass"], ["Although"]),
]


@pytest.mark.parametrize(("text", "names", "not_names"), HEADINGS_AND_NAMES)
def test_english_headings_and_sentence_words_around_names(model_detector, text, names, not_names):
    found = _persons(model_detector, text)
    assert all(_covered(n, found) for n in names), found
    assert not [f for f in found if any(w in f for w in not_names)], found


def test_a_lone_first_name_does_not_take_a_function_word_after_it(model_detector):
    text = ("HOW EVERYTHING TURNED OUT RIGHT FOR OLIVER IN THE END\nAfter a long, long time the boy came to\n"
            "himself. The morning was bright and the house was quiet when he woke up in his new room.")
    assert not [f for f in _persons(model_detector, text) if "IN" in f.split()]


# ----------------------------------------------------------------------------- name shapes on English pages
# Each text is long enough (and English enough) to be read as English; the names are fictional.

_EN_FILLER = ("The working group met to go through the budget and the timetable for the spring. Everyone agreed\n"
              "that the report should be finished before the summer and sent to the board for approval.\n")

# (text, names that must be found, words that must not be a PERSON or inside one)
ENGLISH_SHAPES = [
    # a given name that is also an English word, before a surname
    ("Will Haddleston opened the meeting and asked for comments on the draft.\n" + _EN_FILLER,
     ["Will Haddleston"], []),
    ("The draft was sent to Mark Wanjiru and to Hope Achterberg for comments.\n" + _EN_FILLER,
     ["Mark Wanjiru", "Hope Achterberg"], []),
    # ... but at a sentence's start before a verb or a pronoun it is the word
    (_EN_FILLER + "Will you send the minutes to everyone? Hope to hear from you soon. Mark the date in June.\n",
     [], ["Will", "Hope", "Mark"]),
    # a name that is also a word, inside a sentence or after a greeting or thanks
    (_EN_FILLER + "I have asked Grace to book the room, and thanks Faith for the coffee.\n",
     ["Grace", "Faith"], []),
    # a lone listed first name that is not an English word
    (_EN_FILLER + "Thanks Radosław for the figures. As Henrietta said, the totals are now correct.\n",
     ["Radosław", "Henrietta"], []),
    # ... not where the page uses the word in lowercase, nor a first name that is as often a place
    (_EN_FILLER + "The next workshop is held in Florence and the one after it in Victoria.\n",
     [], ["Florence", "Victoria"]),
    # chat export: speakers after a time stamp, a handle
    ("[10:02] Ignacy Wrobel: Morning, the draft for the steering group is in the shared folder now.\n"
     "[10:04] Radosław: Thanks, I'll read it before lunch and add my comments in the margin.\n"
     "[10:06] Ignacy Wrobel: @Teodor Mikkelborg can you confirm the travel costs for the workshop?\n",
     ["Ignacy Wrobel", "Radosław", "Teodor Mikkelborg"], ["Morning", "Thanks"]),
    # ... an unlisted word before a colon after a time is a speaker only when it speaks again
    ("10:02 Ngozi: The draft is in the shared folder now, please read it before the meeting.\n"
     "09:30 Presentation: the results of the survey are shown and discussed by the group.\n"
     "10:09 Ngozi: I will send the corrected totals after lunch, sorry about that.\n"
     "[10:12] Chidera: Thanks, I have it now.\n",
     ["Ngozi", "Chidera"], ["Presentation"]),
    # mail header with an address in angle brackets
    ("From: Imelda Brackstone <imelda.brackstone@example.org>\nTo: Will Ostergaard <will.ostergaard@example.com>\n"
     "Subject: The workshop\n" + _EN_FILLER, ["Imelda Brackstone", "Will Ostergaard"], ["Subject"]),
    # participant list, surname first
    ("Participants:\nOKONJO, Adaeze\nHARTLEY, Edmund P.\nÖZDEMİR, Selin\nVUKOVIĆ, Milena\nBrandvold, Ingeborg\n"
     + _EN_FILLER,
     ["OKONJO, Adaeze", "HARTLEY, Edmund P", "ÖZDEMİR, Selin", "VUKOVIĆ, Milena", "Brandvold, Ingeborg"],
     ["Participants"]),
    # ... a closing or a heading with a comma is not such an entry
    (_EN_FILLER + "Thanks, Everyone\nNOTE, Please read the attached plan before Monday.\n", [],
     ["Thanks", "NOTE", "Please"]),
    # initials before a surname
    (_EN_FILLER + "The chair, E. P. Hartley, welcomed V. Stojković from the partner network.\n",
     ["E. P. Hartley", "V. Stojković"], []),
    # ... not an abbreviation before a noun, nor a letter that ends a sentence
    (_EN_FILLER + "The U.S. Army sent an observer. We chose plan B. Results follow in the annex.\n",
     [], ["Army", "Results"]),
    # names joined to a found name, and after a thanks
    (_EN_FILLER + "We thank Ngozi Okwuosa and Kwabena Asante-Darko for their help with the field work.\n",
     ["Ngozi Okwuosa", "Kwabena Asante-Darko"], []),
    # a company after a name and a comma is no second name; streets named after a word name are streets
    ("Junior Planner, Skanska Sverige AB, Malmö. Worked on the station area with Edmund Ravensworth.\n" + _EN_FILLER
     + "Grace Road and Faith Avenue are closed. Will Street has no parking bays.\n",
     ["Edmund Ravensworth"], ["Skanska", "Sverige", "Grace", "Faith", "Will"]),
    # organisations, places, form labels and nationality words in Title Case are not names
    ("Annual report of the Coastal Resilience Programme for the Nordic Folk Festival Board.\n" + _EN_FILLER +
     "Signature: ____________  Place: ____________\nOffice: Transport Unit\nApplicant: Harbour Works Ltd\n"
     "The Swedish and Norwegian partners met in Trondheim. Rose Garden and Christian Aid were observers.\n",
     [], ["Coastal", "Nordic", "Festival", "Signature", "Place", "Office", "Transport", "Applicant", "Harbour",
          "Swedish", "Norwegian", "Trondheim", "Garden", "Aid"]),
]


@pytest.mark.parametrize(("text", "names", "not_names"), ENGLISH_SHAPES)
def test_name_shapes_on_english_pages(model_detector, text, names, not_names):
    assert model_detector.language(text).language == "en"
    found = _persons(model_detector, text)
    assert all(_covered(n, found) for n in names), found
    assert not [f for f in found if any(w in f.split() or w == f for w in not_names)], found


def test_a_surname_alone_is_masked_after_its_full_name_in_an_english_list(model_detector, tmp_path):
    from redact.pipeline import detect_document

    text = ("Participants:\nKHALIFA, Yasmin\nBRANDVOLD, Ingeborg\n\n" + _EN_FILLER +
            "Khalifa asked whether the survey could be repeated. Brandvold agreed and Yasmin will draft it.\n")
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    persons = [f for f in detect_document(path, model_detector).findings if f.category == "PERSON"]
    covered = {i for f in persons for i in range(f.start, f.end)}
    for name in ("KHALIFA", "Yasmin", "Ingeborg", "Khalifa asked", "Brandvold agreed", "Yasmin will"):
        at = text.index(name)
        word = name.split()[0]
        assert set(range(at, at + len(word))) <= covered, (name, [f.text for f in persons])


# the sender's address holds the surname in small letters: an e-mail's words are no ordinary words of the page
MAIL_WITH_SURNAME = ("Från: k.brenner@lindenpost.de\nTill: register@myndighet.example\n"
                     "Ich, Konrad Brenner, geboren am 11.05.1958, habe die schwedische Lizenz seit 2019. Meine neue\n"
                     "Adresse schicke ich später. Die Gebühr zahle ich selbst.\n")


def test_a_surname_written_small_in_the_senders_address_is_still_a_name(model_detector):
    assert _covered("Konrad Brenner", _persons(model_detector, MAIL_WITH_SURNAME))
