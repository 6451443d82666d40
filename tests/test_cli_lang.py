"""--lang en|sv reaches every message: help texts, usage errors, library errors, summaries, warnings."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "redact"
#: The review app's web texts have their own catalogue (redact/review/texts.py); its command line is here.
REVIEW_CLI = {"cli.py", "users_cli.py", "accounts.py", "store.py", "store_pg.py"}
#: Exception classes whose message reaches the command line (RedactError and its subclasses).
ERRORS = {"RedactError", "InputError", "EncryptedError", "UnsupportedError", "LimitError", "FindingsError",
          "ModelMissingError", "AuditTamperedError", "OfficeError", "CaseIncompleteError", "EngineMissingError",
          "ClusterError", "ReviewError", "NotFoundError", "AccountError", "StoreUnavailableError",
          "ChangedOutputError"}


def _literals(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    return []


def library_templates() -> dict[str, str]:
    """Every Swedish template the package raises or builds as a Message, with where it is."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "review" and rel.name not in REVIEW_CLI:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name == "Message" or name in ERRORS:
                for text in _literals(node.args[0]):
                    found.setdefault(text, f"{rel}:{node.lineno}")
    return found
