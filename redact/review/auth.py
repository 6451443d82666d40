"""How a person proves who they are to the review app, behind one small interface.

The routes ask an ``Authenticator`` for a ``User`` and then start a session;
they never see passwords or tokens from a directory. Name and password
against the review database is the first implementation; single sign-on
(OIDC against the municipality's directory) is a second one with a redirect
step (``start``) and the same ``authenticate`` on the way back.
"""

from __future__ import annotations

import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Mapping

from redact.review.accounts import Accounts, User


class Authenticator(ABC):
    """Turns a login request into a user, or None."""

    #: True when the login page shows the name and password form.
    uses_password_form = True

    def start(self, args: Mapping[str, str]) -> str | None:
        """An address to send the browser to first (a single sign-on provider), or None to show the form."""
        return None

    @abstractmethod
    def authenticate(self, form: Mapping[str, str], client: str) -> User | None:
        """The user the submitted form (or provider callback) proves, else None."""


class TooManyAttempts(Exception):
    """Login refused for a while after repeated failures."""


class PasswordAuthenticator(Authenticator):
    """Name and password checked against the review database, with a brake on guessing."""

    def __init__(self, accounts: Accounts, max_failures: int = 5, window_seconds: float = 600.0):
        self.accounts = accounts
        self.max_failures = max_failures
        self.window = window_seconds
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> list[float]:
        kept = [t for t in self._failures.get(key, []) if now - t < self.window]
        self._failures[key] = kept
        return kept

    def authenticate(self, form: Mapping[str, str], client: str) -> User | None:
        name = str(form.get("name") or "")
        keys = (f"name:{name.casefold()}", f"client:{client}")
        now = time.monotonic()
        with self._lock:
            if any(len(self._recent(k, now)) >= self.max_failures for k in keys):
                raise TooManyAttempts()
        user = self.accounts.check(name, str(form.get("password") or ""))
        if user is None:
            with self._lock:
                if len(self._failures) > 10_000:  # guessed names must not grow the table without end
                    self._failures = {k: v for k, v in self._failures.items() if v and now - v[-1] < self.window}
                for k in keys:
                    self._failures.setdefault(k, []).append(now)
        return user
