"""Errors with messages a registrar can act on. The CLI prints one line per error.

``str(err)`` is the Swedish message. Each error also keeps the message's template and fields
(``err.message``, a ``redact.messages.Message``) so the command line can print it in English:
``err.render_message("en")``. Raise with the Swedish template and its fields as keywords,
``InputError("{name}: filen finns inte", name=path.name)``; the English text is in
``redact.messages_en``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from redact.messages import Joined, Message

if TYPE_CHECKING:
    from redact.types import Leak


class RedactError(Exception):
    """Base class: every expected failure of the product."""

    exit_code = 2

    def __init__(self, message: object = "", /, *args: object, **fields: Any):
        self.message = message if isinstance(message, Message) and not fields else Message(str(message), **fields)
        super().__init__(str(self.message), *args)

    def render_message(self, language: str) -> str:
        """The message in ``language`` ("sv" or "en")."""
        return self.message.render(language)

    def __reduce__(self):  # subclasses with their own __init__ and the message's fields survive pickling
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[RedactError], args: tuple, state: dict) -> RedactError:
    err = cls.__new__(cls)
    Exception.__init__(err, *args)
    err.__dict__.update(state)
    return err


class InputError(RedactError):
    """The input file cannot be used (missing, not a PDF, damaged, empty...)."""


class EncryptedError(InputError):
    """The PDF is password protected."""


class UnsupportedError(InputError):
    """The document uses a construct the tool refuses rather than risk a leak."""


class ArtRemovalError(UnsupportedError):
    """Vector art under a mask or a cover could not be removed (MuPDF gave up): refused rather than left under the box."""


class LimitError(InputError):
    """A configured time or memory bound was exceeded."""


class FindingsError(InputError):
    """A findings file is malformed or does not belong to the document."""


class ModelMissingError(RedactError):
    """The trained pipeline is not where the package expects it."""


class VerificationError(RedactError):
    """The output still holds masked content; it has been deleted."""

    exit_code = 3

    def __init__(self, failures: list[tuple[int, str]], leaks: Sequence[Leak] = ()):
        self.failures = failures
        self.leaks = tuple(leaks)  # where the readings placed them; never in the message
        super().__init__("verifieringen hittade maskerat innehåll kvar på {where}; ingen utdatafil skrevs",
                         where=_pages([Message("sida {page} ({category})", page=p, category=c) for p, c in failures]))


class ContentLossError(RedactError):
    """Rendering would remove visible content that no mask covers; nothing was written."""

    exit_code = 5

    #: What hidden text is, by the reason the renderer gives for it.
    HIDDEN_KINDS = {
        "outside": "text som går ut över sidkanten",
        "clipped": "bortklippt text",
        "covered": "text under en ifylld ruta",
        "background": "text i bakgrundens färg",
        "transparent": "genomskinlig text",
        "tiny": "mikroskopisk text",
        "layer": "text i ett dolt lager",
        "invisible": "osynlig text",
    }

    #: Glyphs beside a mask that the removal takes, by the renderer's cause.
    FONT_CAUSES = {
        "type3": "ett Type 3-typsnitt ritar tecknen utanför de mått det anger, så maskeringen tar bort tecken som rutan inte täcker",
        "font": "typsnittets mått stämmer inte med tecknen, så maskeringen tar bort tecken som rutan inte täcker",
    }

    def __init__(self, losses: list[tuple[int, float]], causes: Mapping[int, str] | None = None):
        self.losses = losses
        self.causes = dict(causes or {})
        where = _pages([Message("sida {page} ({share} % av sidans svärta{cause})", page=p, share=_Decimal(100 * share),
                                cause=self._cause(p)) for p, share in losses])
        super().__init__("innehåll utanför maskeringarna skulle försvinna på {where}; "
                         "ingen utdatafil skrevs; skriv ut filen till en ny PDF och försök igen", where=where)

    def _cause(self, page: int) -> Message | str:
        why = self.causes.get(page)
        if not why:
            return ""
        if why in self.FONT_CAUSES:
            return Message("; {cause}", cause=Message(self.FONT_CAUSES[why]))
        return Message("; {what} ligger på synlig text och kan inte tas bort utan den",
                       what=Message(self.HIDDEN_KINDS.get(why, "dold text")))

class AuditTamperedError(RedactError):
    """The audit log's hash chain is broken."""

    exit_code = 4


class OfficeError(InputError):
    """An office file could not be converted by LibreOffice (missing, timed out, could not open it)."""


class CaseIncompleteError(RedactError):
    """A case ran to the end but some of its documents were refused; the others were written."""

    exit_code = 6


class EngineMissingError(RedactError):
    """The chosen engine's optional package is not installed (e.g. --engine ray without redact[ray])."""


class ClusterError(RedactError):
    """The cluster given with --address cannot be joined."""


def _pages(items: list[Message]) -> Message:
    """The first ten of ``items`` and how many more, renderable in either language."""
    shown = Joined(*items[:10])
    if len(items) > 10:
        return Message("{shown} och {more} till", shown=shown, more=len(items) - 10)
    return Message("{shown}", shown=shown)


class _Decimal:
    """A share with one decimal: a decimal comma in Swedish, a point in English."""

    def __init__(self, value: float):
        self.value = value

    def render_message(self, language: str) -> str:
        text = f"{self.value:.1f}"
        return text if language == "en" else text.replace(".", ",")

    def __str__(self) -> str:
        return self.render_message("sv")


class WorkersLostError(CaseIncompleteError):
    """The engine lost its workers and could start none in time; the documents done are kept, a rerun resumes."""
