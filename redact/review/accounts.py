"""Accounts of the review app: users with a role, scrypt password hashes and login sessions.

Roles: a *granskare* creates cases and decides masks; a *beslutsfattare*
finalises; an *admin* may do both and manage the accounts. Passwords are hashed with scrypt (memory
hard, in the standard library); the hash string carries its own parameters
so they can be raised later without breaking existing accounts. A session is
a random token in an HTTP-only cookie; the database keeps only its SHA-256.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from redact.review.model import ReviewError
from redact.review.store import Store

ROLES = ("granskare", "beslutsfattare", "admin")
#: What each role may do (the app checks these; admin may do everything).
PERMISSIONS = {
    "granskare": frozenset({"read", "review"}),
    "beslutsfattare": frozenset({"read", "finalise"}),
    "admin": frozenset({"read", "review", "finalise", "users"}),
}
MIN_PASSWORD = 10
SESSION_HOURS = 10
# scrypt with N=2^15, r=8: 32 MiB and tens of milliseconds per guess.
_N, _R, _P = 2**15, 8, 1


class AccountError(ReviewError):
    """An account cannot be created, changed or used as asked."""


@dataclass(frozen=True)
class User:
    """A logged-in (or listed) user."""

    id: int
    name: str
    role: str
    created: str = ""

    def may(self, permission: str) -> bool:
        """True when the user's role allows ``permission`` (read, review, finalise, users)."""
        return permission in PERMISSIONS.get(self.role, frozenset())


def hash_password(password: str) -> str:
    """An scrypt hash string: scrypt$N$r$p$salt$hash (base64)."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, maxmem=128 * _N * _R * 2, dklen=32)
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"scrypt${_N}${_R}${_P}${b64(salt)}${b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """True when ``password`` matches the hash string (constant-time comparison)."""
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        want = base64.b64decode(digest)
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                             maxmem=128 * int(n) * int(r) * 2, dklen=len(want))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, want)


# A fixed hash to spend the same time on an unknown user name as on a wrong password.
_DUMMY = None


def _dummy_hash() -> str:
    global _DUMMY
    if _DUMMY is None:
        _DUMMY = hash_password(secrets.token_urlsafe(16))
    return _DUMMY


def check_name(name: str) -> str:
    """A user name as stored: NFC, single spaces, 2-100 letters, digits, space or . _ @ -."""
    n = " ".join(unicodedata.normalize("NFC", name or "").split())
    if not 2 <= len(n) <= 100 or not all(c.isalnum() or c in " ._@-" for c in n):
        raise AccountError("användarnamnet ska vara 2–100 tecken: bokstäver, siffror, mellanslag eller . _ @ -")
    return n


def check_password(password: str) -> str:
    """Refuse a password that is too short."""
    if len(password or "") < MIN_PASSWORD:
        raise AccountError("lösenordet ska vara minst {MIN_PASSWORD} tecken", MIN_PASSWORD=MIN_PASSWORD)
    if len(password) > 1024:
        raise AccountError("lösenordet är för långt (högst 1024 tecken)")
    return password


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


class Accounts:
    """Users and sessions in the review database."""

    def __init__(self, store: Store):
        self.store = store

    def add(self, name: str, role: str, password: str) -> User:
        """Create a user; the name must be new."""
        name = check_name(name)
        if role not in ROLES:
            raise AccountError("okänd roll {role!r}; välj {value}", role=role, value=', '.join(ROLES))
        hashed = hash_password(check_password(password))
        created = _now().isoformat(timespec="seconds")
        with self.store.write() as con:
            if con.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone():
                raise AccountError("användaren {name!r} finns redan", name=name)
            uid = con.insert("INSERT INTO users (name, role, password, created) VALUES (?, ?, ?, ?)", (name, role, hashed, created))
        return User(uid, name, role, created)

    def list(self) -> list[User]:
        """Every user, by name."""
        with self.store.read() as con:
            rows = con.execute("SELECT id, name, role, created FROM users ORDER BY name").fetchall()
        return [User(int(r["id"]), r["name"], r["role"], r["created"]) for r in rows]

    def find(self, name: str) -> User | None:
        """The account of that name, or None (how single sign-on maps a directory identity to a local role)."""
        try:
            name = check_name(name)
        except AccountError:
            return None
        with self.store.read() as con:
            row = con.execute("SELECT id, name, role, created FROM users WHERE name = ?", (name,)).fetchone()
        return None if row is None else User(int(row["id"]), row["name"], row["role"], row["created"])

    def count(self) -> int:
        """How many accounts exist."""
        with self.store.read() as con:
            return int(con.execute("SELECT COUNT(*) FROM users").fetchone()[0])

    def remove(self, name: str) -> None:
        """Delete a user and end their sessions (their decisions keep their name)."""
        name = check_name(name)
        with self.store.write() as con:
            row = con.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()
            if row is None:
                raise AccountError("användaren {name!r} finns inte", name=name)
            con.execute("DELETE FROM sessions WHERE user_id = ?", (row["id"],))
            con.execute("DELETE FROM users WHERE id = ?", (row["id"],))

    def set_password(self, name: str, password: str) -> None:
        """Change a user's password and end their sessions."""
        name = check_name(name)
        hashed = hash_password(check_password(password))
        with self.store.write() as con:
            row = con.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()
            if row is None:
                raise AccountError("användaren {name!r} finns inte", name=name)
            con.execute("UPDATE users SET password = ? WHERE id = ?", (hashed, row["id"]))
            con.execute("DELETE FROM sessions WHERE user_id = ?", (row["id"],))

    def check(self, name: str, password: str) -> User | None:
        """The user when name and password match, else None (the same work either way)."""
        try:
            name = check_name(name)
        except AccountError:
            name = ""
        with self.store.read() as con:
            row = con.execute("SELECT id, name, role, created, password FROM users WHERE name = ?", (name,)).fetchone()
        if row is None:
            verify_password(password or "", _dummy_hash())
            return None
        if not verify_password(password or "", row["password"]):
            return None
        return User(int(row["id"]), row["name"], row["role"], row["created"])

    def start_session(self, user: User) -> str:
        """A new session token for ``user`` (only its hash is stored)."""
        token = secrets.token_urlsafe(32)
        now = _now()
        with self.store.write() as con:
            con.execute("DELETE FROM sessions WHERE expires < ?", (now.isoformat(timespec="seconds"),))
            con.execute(
                "INSERT INTO sessions (token_sha256, user_id, created, expires) VALUES (?, ?, ?, ?)",
                (_token_hash(token), user.id, now.isoformat(timespec="seconds"),
                 (now + timedelta(hours=SESSION_HOURS)).isoformat(timespec="seconds")),
            )
        return token

    def session_user(self, token: str | None) -> User | None:
        """The user of a live session token, else None."""
        if not token or len(token) > 200:
            return None
        with self.store.read() as con:
            row = con.execute(
                "SELECT u.id, u.name, u.role, u.created, s.expires FROM sessions s JOIN users u ON u.id = s.user_id "
                "WHERE s.token_sha256 = ?",
                (_token_hash(token),),
            ).fetchone()
        if row is None or row["expires"] < _now().isoformat(timespec="seconds"):
            return None
        return User(int(row["id"]), row["name"], row["role"], row["created"])

    def end_session(self, token: str | None) -> None:
        """Log out: forget the session."""
        if token:
            with self.store.write() as con:
                con.execute("DELETE FROM sessions WHERE token_sha256 = ?", (_token_hash(token),))
