"""English title-case phrases (laws, journals, subjects) are no persons; the names beside them still are."""

from __future__ import annotations

import pytest

from redact.types import Page

CASES = [
    # a title ("Dame") before a journal's name does not make the journal a person
    ("The essays first appeared in the Notre Dame Law Review and were later collected by Professor Imogen\n"
     "Blackwood, who taught the course on media policy for many years at the city college in the north.\n",
     [], ["Law Review", "Dame"]),
    # a law beside editors' names is not one more name
    ("reprinted in Legislative History of the 1931 Copyright Act, H. Fulton Wexby and\n"
     "Abe Lindqvist, eds. (South Harbor, N.J.: Rothman, 1976), 88. The volume is long out of print.\n",
     [], ["Copyright", "Act"]),
    # a listed first name ("Real") before a subject is no name
    ("See also Paul Granger, Real Property (Mineola, N.Y.: Harbor Press, 1984), 1112. The same point\n"
     "is made at length in the second chapter, where the author compares the two kinds of rights.\n",
     ["Paul Granger"], ["Property"]),
    # an organisation whose last word the rules left on the next line
    ("Technical support came from Oskar Lindahl (Morgan Health Access\nInitiative, USA) and from the regional\n"
     "office, which also reviewed the evidence tables and the summary of the findings for this guideline.\n",
     ["Oskar Lindahl"], ["Health", "Access"]),
    # a reference's last author ("Okafor L.") before its title, a word the page writes in lower case too
    ("The review found no such effect in chronic hepatitis C. Aliment Ther. 2015;41:521-31.\n"
     "23. Lindqvist ZM, Brandt A, Henry L. Hepatitis C infection: a systemic disease with many faces.\n"
     "Clinical guidance on the care of people with hepatitis is updated every second year.\n",
     [], ["Hepatitis"]),
    # a reference's author written surname first ("Fenwick P.") before its title
    ("2. Okafor M, Fenwick P. Simplifying the service delivery of care in rural clinics. Geneva: 2018.\n"
     "The review covered many programmes, and every one of them reported on its staffing and its costs.\n",
     [], ["Simplifying"]),
    # a reference's author list ends with a full stop; the title after it is no chat speaker
    ("Wenhua Liang, Dmitri Sorokin, and\nOskar Lindahl. ProofQA: A dataset of proofs for question answering. In\n"
     "Proceedings of the annual meeting, pp. 101-120. Association for Computational Linguistics, 2023.\n",
     ["Wenhua Liang", "Dmitri Sorokin", "Oskar Lindahl"], ["ProofQA"]),
]


def _persons(detector, text: str) -> list[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842, source="plain")
    return [f.text for f in detector.detect(page) if f.category == "PERSON"]


@pytest.mark.parametrize(("text", "names", "not_names"), CASES)
def test_english_titles_are_not_persons(model_detector, text, names, not_names):
    found = _persons(model_detector, text)
    assert all(n in found for n in names), found
    assert not [f for f in found if any(w in f.split() or w in f for w in not_names)], found


def test_a_name_inside_a_swedish_text_keeps_the_swedish_rules(model_detector):
    # the English words of a Swedish text change nothing: the Swedish rules read the names
    text = ("Handläggaren Lindqvist ringde till sökanden den 4 mars. Enligt Grace Okafor på Global Health\n"
            "Access behöver familjen stöd i hemmet. Kontaktperson är Tobias Fenwick på hemtjänsten.\n")
    found = _persons(model_detector, text)
    assert any("Grace Okafor" in f for f in found) and any("Tobias Fenwick" in f for f in found), found


MIXED = (
    "Tjänsteskrivelse om ansökan om forskningsbidrag\n"
    "Handläggare Maja Lindqvist har tagit emot ansökan från Ahmed Yusuf den 4 mars. Sökanden bor i Norrvik\n"
    "och har tidigare fått bidrag från kommunen. Enligt Lindqvist uppfyller ansökan kraven i riktlinjerna.\n"
    "\n"
    "Summary in English\n"
    "The applicant, Dr. Imogen Blackwood, studies how the Copyright Act shaped Intellectual Property in the\n"
    "Nordic countries. Her article in the Notre Dame Law Review compared copyright law with Real Property\n"
    "rules, and her report on Global Health was published by the Morgan Health Access Initiative last year.\n"
    "She works with Tobias Fenwick at the university and with the Copyright Law Review editors.\n"
)


def test_a_mixed_document_keeps_its_names_and_no_english_title(model_detector, tmp_path):
    from redact.pipeline import detect_document

    path = tmp_path / "tjansteskrivelse.txt"
    path.write_text(MIXED, encoding="utf-8")
    found = [f.text for f in detect_document(path, model_detector).findings if f.category == "PERSON"]
    for name in ("Maja Lindqvist", "Ahmed Yusuf", "Imogen Blackwood", "Tobias Fenwick"):
        assert name in found, found
    titles = ("Property", "Law", "Review", "Copyright", "Health", "Access", "Act")
    assert not [f for f in found if any(w in f.split() for w in titles)], found
