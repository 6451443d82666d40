"""Messages that can be shown in Swedish or English: the Swedish text is the source and the key.

A ``Message`` is a Swedish ``str`` (so every existing caller, log line and test sees the same text)
that also keeps its template and fields, so the command line can render it in English with
``render(message, "en")``. The English texts live in ``redact.messages_en.EN``, keyed by the
Swedish template itself, as gettext keys by the source text: grep a Swedish message and you find
both the place that raises it and its translation. Nothing here holds a current language; the
caller names the language every time.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LANGUAGES = ("sv", "en")


class Message(str):
    """A Swedish text built from ``template.format(**fields)`` that can also be rendered in English."""

    template: str
    fields: Mapping[str, Any]

    def __new__(cls, template: str, /, **fields: Any) -> "Message":
        # without fields the template is the text itself (braces in it are literal)
        self = super().__new__(cls, _format(template, fields, "sv"))
        self.template = template
        self.fields = fields
        return self

    def __reduce__(self):  # pickled across processes (case workers, Ray): keep template and fields
        return (_rebuild, (self.template, dict(self.fields)))

    def render(self, language: str) -> str:
        """The text in ``language`` ("sv" or "en"); Swedish when no English text is known."""
        if language != "en":
            return str(self)
        from redact.messages_en import EN

        english = EN.get(self.template)
        return str(self) if english is None else _format(english, self.fields, language)


class Joined:
    """Messages joined with ", " in the language asked for (a field of another Message)."""

    def __init__(self, *items: object):
        self.items = items

    def render_message(self, language: str) -> str:
        return ", ".join(render(item, language) for item in self.items)

    def __str__(self) -> str:
        return self.render_message("sv")


def _rebuild(template: str, fields: dict[str, Any]) -> Message:
    return Message(template, **fields)


def _format(template: str, fields: Mapping[str, Any], language: str) -> str:
    if not fields:
        return template
    return template.format(**{k: render(v, language) if speaks(v) else v for k, v in fields.items()})


def speaks(value: object) -> bool:
    """Whether ``value`` can say itself in another language (a Message, an error, a joined list)."""
    return isinstance(value, Message) or hasattr(value, "render_message")


def render(text: object, language: str) -> str:
    """``text`` in ``language``: a Message or RedactError in its own words, a plain Swedish string
    through the catalogue when it is a known text, anything else as ``str``."""
    if hasattr(text, "render_message"):
        return text.render_message(language)  # type: ignore[attr-defined, no-any-return]
    if isinstance(text, Message):
        return text.render(language)
    if language == "en" and isinstance(text, str):
        from redact.messages_en import EN

        return EN.get(text, text)
    return str(text)
