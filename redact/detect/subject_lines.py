"""A mail's or a letter's subject line, by its label in Swedish and in the languages letters from abroad are written in.

Rules that read a subject line ("Ämne: ...", "Sv: ...", "Betreff: ...") share this one list, so that a label one
rule knows is known to all of them.
"""

from __future__ import annotations

import re

# the label, its colon and the blanks around it; no word's tail ("Centre:", "Adresse:") is a label
SUBJECT_LABEL = (r"(?<![\w.-])(?i:ämne|subject|angående|ang\.|re|sv|vb|fwd?|betreff|asunto|assunto|objet|oggetto|"
                 r"onderwerp|aihe|emne|temat|тема|"
                 # Turkish, Lithuanian and the South Slavic languages, Latvian, Estonian, Czech, Slovak, Hungarian,
                 # Icelandic, Vietnamese (both its words for a subject), Greek
                 r"konu|tema|tēma|teema|předmět|predmet|tárgy|efni|tiêu[ ]đề|chủ[ ]đề|θέμα|"
                 # Latvian's other form, Somali, Romanian, Albanian, Indonesian and Malay, Tagalog, Irish, Arabic and
                 # Persian, Hebrew, Korean, Japanese, Chinese
                 r"temats|mawduuc|subiect|subjekti|perihal|perkara|paksa|ábhar|الموضوع|موضوع|נושא|제목|件名|主题|主題)"
                 r"[ \t\u00a0]*:")
_LINE = re.compile(r"(?m)^[ \t\u00a0]*" + SUBJECT_LABEL + r"[^\n]*")
_LABEL_BEFORE = re.compile(SUBJECT_LABEL + r"[ \t\u00a0]*$")


def subject_lines(text: str) -> list[re.Match[str]]:
    """The lines of ``text`` that open with a subject label, each as a match of the whole line."""
    return list(_LINE.finditer(text))


def opens_subject_line(text: str, line_start: int) -> bool:
    """True when the line starting at ``line_start`` opens with a subject label."""
    return _LINE.match(text, line_start) is not None


def on_subject_line(text: str, at: int) -> bool:
    """True when ``at`` lies on a line that opens with a subject label."""
    return opens_subject_line(text, text.rfind("\n", 0, at) + 1)


def after_subject_label(text: str, at: int) -> bool:
    """True when a subject label stands right before ``at`` on its line."""
    return _LABEL_BEFORE.search(text, text.rfind("\n", 0, at) + 1, at) is not None
