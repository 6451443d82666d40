"""A message header's labels in another language ("De:", "Para:", "Mula kay:") are no names; the sender's name
after them stays a person, and a chat's speakers or a form's fields are no header. Fictional text."""

from __future__ import annotations

from redact.detect.mail_header_labels import drop_header_labels, header_labels
from redact.types import Finding


def _person(text: str, part: str) -> Finding:
    start = text.index(part)
    return Finding(id="p1-0", page=1, start=start, end=start + len(part), text=part, category="PERSON", score=0.85,
                   detector="names")


SPANISH = ("Ärendet gäller återbetalning.\n"
           "De: Lucía Moreno Vidal <lucia.moreno@ejemplomejl.es>\n"
           "Para: ekonomi@kommunen-ex.se\n"
           "Asunto: mi madre\n"
           "Mi madre vivía antes en Valencia.\n")
TAGALOG = ("Mula kay: Rosalinda Cruz <rosa.cruz@halimbawamejl.ph>\n"
           "Para kay: kansliet@myndigheten-ex.se\n"
           "Paksa: kapatid ko\n")


def test_a_foreign_headers_labels_are_no_persons():
    for text, label, sender in ((SPANISH, "Para", "Lucía Moreno Vidal"), (TAGALOG, "Mula", "Rosalinda Cruz"),
                                (TAGALOG, "Para", "Rosalinda Cruz")):
        kept = drop_header_labels([_person(text, label), _person(text, sender)], text)
        assert [f.text for f in kept] == [sender]


def test_a_chat_or_a_form_without_an_address_line_is_no_header():
    chat = "Vera: hej, skickar du det till vera.lind@ex.se?\nOlof: ja, i kväll\n"
    assert header_labels(chat) == []
    form = "Namn: Vera Lind\nOrt: Ekby\n"
    assert header_labels(form) == []
    assert len(drop_header_labels([_person(chat, "Vera")], chat)) == 1


def test_a_list_of_contacts_by_name_is_no_header():
    contacts = "Vera: vera.lind@ex.se\nOlof Ek: olof.ek@ex.se\n"
    assert header_labels(contacts) == []
