"""How a person proves who they are to the review app, behind one small interface.

The routes ask an ``Authenticator`` for a ``User`` and then start a session;
they never see passwords or tokens from a directory. Name and password
against the review database is the first implementation. Single sign-on
(OIDC against the municipality's directory) is a second one, added without
touching the routes:

- ``start`` returns a ``LoginRedirect``: the provider's authorisation address
  (with ``state``, ``nonce`` and a PKCE challenge) and an opaque ``binding``
  the app keeps in a short-lived HTTP-only cookie on that browser;
- the provider sends the browser back to ``/login/callback``; the app calls
  ``callback(query, client, binding)``, which checks ``state`` against the
  binding, exchanges the code, validates the ID token and returns the local
  account the token names (its role stays the one given with ``redact users``),
  or None.

A password is only ever taken from a posted form (``authenticate``), never from
the callback's query string, which browsers keep in their history.
"""

from __future__ import annotations

import hashlib
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from redact.review.accounts import Accounts, User
from redact.review.store import Store


@dataclass(frozen=True)
class LoginRedirect:
    """Where to send the browser to log in, and an opaque value bound to that browser until it comes back."""

    url: str
    binding: str = ""


class Authenticator(ABC):
    """Turns a login request (a submitted form, or a provider's callback) into a user, or None."""

    #: True when the login page shows the name and password form.
    uses_password_form = True

    def start(self, args: Mapping[str, str]) -> LoginRedirect | None:
        """A provider to send the browser to first (single sign-on), or None to show the password form."""
        return None

    @abstractmethod
    def authenticate(self, form: Mapping[str, str], client: str) -> User | None:
        """The user the posted login form proves, else None (``client`` is the remote address).

        Raise ``TooManyAttempts`` to make the app answer 429.
        """

    def callback(self, args: Mapping[str, str], client: str, binding: str | None) -> User | None:
        """The user a single sign-on provider's answer proves, else None (none without a provider).

        ``args`` is the callback's query string; ``binding`` is what ``start`` bound to this browser.
        """
        return None


class TooManyAttempts(Exception):
    """Login refused for a while after repeated failures."""


class LoginBrake:
    """Failed logins counted in the review database, so every worker and process of the app sees the same count.

    A key (a user name tried, a client address) is refused once it has ``max_failures`` failures within
    ``window_seconds``. Keys are stored as SHA-256: what someone typed into the name field (perhaps a
    password) is never kept. Old failures are pruned on each new one.
    """

    def __init__(self, store: Store, max_failures: int = 5, window_seconds: float = 600.0,
                 clock: Callable[[], float] = time.time):
        self.store = store
        self.max_failures = max_failures
        self.window = window_seconds
        self._clock = clock  # wall-clock time: it must agree between processes

    @staticmethod
    def _key(key: str) -> str:
        return hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()

    def blocked(self, keys: Sequence[str]) -> bool:
        """True when any of ``keys`` has had too many recent failures."""
        since = self._clock() - self.window
        with self.store.read() as con:
            for key in keys:
                n = con.execute("SELECT COUNT(*) FROM login_failures WHERE key = ? AND at > ?", (self._key(key), since)).fetchone()[0]
                if int(n) >= self.max_failures:
                    return True
        return False

    def failed(self, keys: Sequence[str]) -> None:
        """Count one failure against each of ``keys``."""
        now = self._clock()
        with self.store.write() as con:
            con.execute("DELETE FROM login_failures WHERE at <= ?", (now - self.window,))
            con.executemany("INSERT INTO login_failures (key, at) VALUES (?, ?)", [(self._key(k), now) for k in keys])


class PasswordAuthenticator(Authenticator):
    """Name and password checked against the review database, with a brake on guessing kept in the same database."""

    def __init__(self, accounts: Accounts, max_failures: int = 5, window_seconds: float = 600.0,
                 brake: LoginBrake | None = None):
        self.accounts = accounts
        self.brake = brake or LoginBrake(accounts.store, max_failures, window_seconds)

    def authenticate(self, form: Mapping[str, str], client: str) -> User | None:
        name = str(form.get("name") or "")
        keys = (f"name:{' '.join(name.split()).casefold()}", f"client:{client}")
        if self.brake.blocked(keys):
            raise TooManyAttempts()
        user = self.accounts.check(name, str(form.get("password") or ""))
        if user is None:
            self.brake.failed(keys)
        return user
