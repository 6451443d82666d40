"""Errors with messages a registrar can act on. The CLI prints ``str(err)`` on one line."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from redact.types import Leak


class RedactError(Exception):
    """Base class: every expected failure of the product."""

    exit_code = 2


class InputError(RedactError):
    """The input file cannot be used (missing, not a PDF, damaged, empty...)."""


class EncryptedError(InputError):
    """The PDF is password protected."""


class UnsupportedError(InputError):
    """The document uses a construct the tool refuses rather than risk a leak."""


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
        where = ", ".join(f"sida {p} ({c})" for p, c in failures[:10])
        more = f" och {len(failures) - 10} till" if len(failures) > 10 else ""
        super().__init__(
            f"verifieringen hittade maskerat innehåll kvar på {where}{more}; ingen utdatafil skrevs"
        )


class ContentLossError(RedactError):
    """Rendering would remove visible content that no mask covers; nothing was written."""

    exit_code = 5

    #: What hidden text is, by the reason the renderer gives for it.
    HIDDEN_KINDS = {
        "outside": "text som går ut över sidkanten",
        "clipped": "bortklippt text",
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
        where = ", ".join(f"sida {p} ({100 * share:.1f} % av sidans svärta".replace(".", ",") + self._cause(p) + ")"
                          for p, share in losses[:10])
        more = f" och {len(losses) - 10} till" if len(losses) > 10 else ""
        super().__init__(
            f"innehåll utanför maskeringarna skulle försvinna på {where}{more}; "
            "ingen utdatafil skrevs; skriv ut filen till en ny PDF och försök igen"
        )

    def _cause(self, page: int) -> str:
        why = self.causes.get(page)
        if not why:
            return ""
        if why in self.FONT_CAUSES:
            return f"; {self.FONT_CAUSES[why]}"
        return f"; {self.HIDDEN_KINDS.get(why, 'dold text')} ligger på synlig text och kan inte tas bort utan den"


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
