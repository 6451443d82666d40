"""The review database schema as numbered migrations, shared by every store (SQLite and PostgreSQL).

Each migration is a list of statements in a small dialect: ``{pk}`` is an
auto-numbered integer primary key, ``{real}`` a floating-point number. A
store applies the migrations it has not yet recorded in ``schema_version``,
each in one transaction, so a database created by an older version is brought
up to date on first open. Never edit a migration that has shipped: add one.
"""

from __future__ import annotations

#: (version, statements). Version 1 is the schema as first shipped (``IF NOT EXISTS``: older files adopt it).
MIGRATIONS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (
        1,
        (
            """CREATE TABLE IF NOT EXISTS cases (
    id {pk},
    request_id TEXT NOT NULL UNIQUE,
    received TEXT NOT NULL,
    diarienummer TEXT,
    profile TEXT NOT NULL,
    created TEXT NOT NULL,
    finalised_at TEXT,
    finalised_by TEXT
)""",
            """CREATE TABLE IF NOT EXISTS documents (
    id {pk},
    case_id INTEGER NOT NULL REFERENCES cases(id),
    name TEXT NOT NULL,
    stored TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    pages INTEGER NOT NULL,
    added TEXT NOT NULL,
    added_by TEXT,
    versions TEXT NOT NULL DEFAULT '{{}}',
    output TEXT,
    record TEXT
)""",
            """CREATE TABLE IF NOT EXISTS pages (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    number INTEGER NOT NULL,
    width {real} NOT NULL,
    height {real} NOT NULL,
    rotation INTEGER NOT NULL,
    matrix TEXT NOT NULL,
    PRIMARY KEY (document_id, number)
)""",
            """CREATE TABLE IF NOT EXISTS subjects (
    id {pk},
    case_id INTEGER NOT NULL REFERENCES cases(id),
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    category TEXT NOT NULL,
    UNIQUE (case_id, key)
)""",
            """CREATE TABLE IF NOT EXISTS findings (
    id {pk},
    case_id INTEGER NOT NULL REFERENCES cases(id),
    document_id INTEGER NOT NULL REFERENCES documents(id),
    page INTEGER NOT NULL,
    start INTEGER,
    "end" INTEGER,
    text TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL,
    score {real} NOT NULL,
    detector TEXT NOT NULL,
    rects TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    legal_ground TEXT,
    subject_id INTEGER REFERENCES subjects(id),
    origin TEXT NOT NULL,
    reviewed INTEGER NOT NULL DEFAULT 0,
    decided_by TEXT,
    decided_at TEXT,
    removed INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
)""",
            "CREATE INDEX IF NOT EXISTS findings_case ON findings(case_id, document_id, page)",
            """CREATE TABLE IF NOT EXISTS actions (
    id {pk},
    case_id INTEGER NOT NULL REFERENCES cases(id),
    kind TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0
)""",
            # ``id`` orders the changes of one action (undo walks them backwards); on SQLite it is the rowid.
            """CREATE TABLE IF NOT EXISTS changes (
    id {pk},
    action_id INTEGER NOT NULL REFERENCES actions(id),
    finding_id INTEGER NOT NULL REFERENCES findings(id),
    before TEXT,
    after TEXT NOT NULL
)""",
            """CREATE TABLE IF NOT EXISTS decisions (
    id {pk},
    case_id INTEGER NOT NULL REFERENCES cases(id),
    finding_id INTEGER NOT NULL REFERENCES findings(id),
    action_id INTEGER NOT NULL REFERENCES actions(id),
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    legal_ground TEXT,
    "by" TEXT NOT NULL,
    at TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0
)""",
        ),
    ),
    (
        2,
        (
            # Accounts: the reviewer on a decision is the logged-in user, never a typed name.
            """CREATE TABLE IF NOT EXISTS users (
    id {pk},
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    password TEXT NOT NULL,
    created TEXT NOT NULL
)""",
            # Only a hash of the session token is stored: a copy of the database logs nobody in.
            """CREATE TABLE IF NOT EXISTS sessions (
    token_sha256 TEXT NOT NULL PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created TEXT NOT NULL,
    expires TEXT NOT NULL
)""",
            # Undo is itself on the record: who undid an action, and when.
            "ALTER TABLE actions ADD COLUMN undone_by TEXT",
            "ALTER TABLE actions ADD COLUMN undone_at TEXT",
            # A finalised case is locked; reopening it makes a new version that points back to it.
            "ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
            "ALTER TABLE cases ADD COLUMN previous_id INTEGER REFERENCES cases(id)",
        ),
    ),
    (
        3,
        (
            # The key of a case's text hashes when no audit log holds one; never exported.
            "ALTER TABLE cases ADD COLUMN hash_key TEXT",
        ),
    ),
    (
        4,
        (
            # Failed logins, shared by every worker and process serving the database (the brake on guessing).
            # ``key`` is a hash of the name or client tried: a password typed into the name field is not kept.
            """CREATE TABLE IF NOT EXISTS login_failures (
    id {pk},
    key TEXT NOT NULL,
    at {real} NOT NULL
)""",
            "CREATE INDEX IF NOT EXISTS login_failures_key ON login_failures(key, at)",
        ),
    ),
    (
        5,
        (
            # A reviewer's comment on an item's decision (kind 'comment'); kept in the review database only.
            "ALTER TABLE decisions ADD COLUMN comment TEXT",
        ),
    ),
    (
        6,
        (
            # What each box of the case's output says: nothing, the category, or the legal ground.
            "ALTER TABLE cases ADD COLUMN box_label TEXT NOT NULL DEFAULT 'none'",
        ),
    ),
    (
        7,
        (
            # A document converted from another format (e-mail, office file, image...): what it was, the
            # e-mail or archive it came in (shown above it) and the hash of the file as uploaded.
            "ALTER TABLE documents ADD COLUMN kind TEXT NOT NULL DEFAULT 'pdf'",
            "ALTER TABLE documents ADD COLUMN parent_id INTEGER REFERENCES documents(id)",
            "ALTER TABLE documents ADD COLUMN source_sha256 TEXT",
        ),
    ),
)

#: The dialects: how each placeholder of a migration is spelt.
DIALECTS: dict[str, dict[str, str]] = {
    "sqlite": {"pk": "INTEGER PRIMARY KEY", "real": "REAL"},
    "postgresql": {"pk": "INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "real": "DOUBLE PRECISION"},
}


def statements(dialect: str, version: int) -> list[str]:
    """The statements of one migration spelt for ``dialect``."""
    words = DIALECTS[dialect]
    for v, stmts in MIGRATIONS:
        if v == version:
            return [s.format(**words) for s in stmts]
    raise KeyError(version)


def latest() -> int:
    """The newest schema version."""
    return MIGRATIONS[-1][0]
