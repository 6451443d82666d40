"""Accounts, login and roles of the review app: no session no data, the reviewer is the logged-in user."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import write_text_pdf
from redact.review import accounts as accounts_module
from redact.review.accounts import Accounts, hash_password, verify_password
from redact.review.app import SESSION_COOKIE, WRITE_HEADER, create_app
from redact.review.model import NothingToUndoError, UndoConflictError
from redact.review.session import ReviewStore
from review_stores import BACKENDS, make_store

H = {WRITE_HEADER: "1"}
PASSWORD = "ett långt lösenord 42"
LETTER = [["Beslut om bistånd", "Leila Haddad bor på Åsgatan 3 i Luleå.", "Handläggare: Jonas Berg, tel 070-765 43 21"]]


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch):
    monkeypatch.setattr(accounts_module, "_N", 2**10)


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path: Path) -> ReviewStore:
    return make_store(request.param, tmp_path, request)


@pytest.fixture()
def case(store, tmp_path, blank_detector):
    c = store.create_case(request_id="BEG-A1", received="2025-04-01", profile="socialtjanst")
    doc = store.add_document(c.id, write_text_pdf(tmp_path / "beslut.pdf", LETTER), blank_detector)
    return c, doc


@pytest.fixture()
def app(store, blank_detector):
    return create_app(store, lambda: blank_detector)


def login(app, store, name, role):
    accounts = Accounts(store.store)
    if name not in {u.name for u in accounts.list()}:
        accounts.add(name, role, PASSWORD)
    client = app.test_client()
    r = client.post("/login", data={"name": name, "password": PASSWORD})
    assert r.status_code == 303
    return client


def _concrete(rule: str) -> str:
    return re.sub(r"<(?:int:|path:)?[^>]+>", "1", rule)


def test_every_api_route_answers_401_without_a_session(app, case):
    routes = [(r, m) for r in app.url_map.iter_rules() for m in r.methods - {"HEAD", "OPTIONS"} if r.rule.startswith("/api/")]
    assert len(routes) >= 15  # every route of the app, not a hand-picked few
    client = app.test_client()
    for rule, method in routes:
        r = client.open(_concrete(rule.rule), method=method, json={}, headers=H)
        assert r.status_code == 401, (method, rule.rule, r.status_code)
        assert "logga in" in r.get_json()["error"]
    # A forged or expired cookie is no session either.
    client.set_cookie(SESSION_COOKIE, "gissad-token")
    assert client.get("/api/cases").status_code == 401
    # Pages send the browser to the login page.
    for page in ("/", "/cases", "/cases/1"):
        r = client.get(page)
        assert r.status_code == 303 and r.headers["Location"].endswith("/login")
    assert client.get("/login").status_code == 200


def test_login_cookie_is_http_only_strict_and_secure_behind_tls(store, blank_detector):
    Accounts(store.store).add("Amira Hassan", "granskare", PASSWORD)
    plain = create_app(store, lambda: blank_detector).test_client()
    r = plain.post("/login", data={"name": "Amira Hassan", "password": PASSWORD})
    cookie = r.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Secure" not in cookie
    assert plain.get("/api/cases").status_code == 200
    tls = create_app(store, lambda: blank_detector, secure_cookies=True).test_client()
    r = tls.post("/login", data={"name": "Amira Hassan", "password": PASSWORD})
    assert "Secure" in r.headers["Set-Cookie"]
    # Logging out ends the session on the server, not only in the browser.
    token = re.search(rf"{SESSION_COOKIE}=([^;]+)", cookie).group(1)
    assert plain.post("/logout", headers=H).status_code == 200
    fresh = create_app(store, lambda: blank_detector).test_client()
    fresh.set_cookie(SESSION_COOKIE, token)
    assert fresh.get("/api/cases").status_code == 401


def test_wrong_password_and_guessing_are_refused(store, app):
    Accounts(store.store).add("Mikael Nyström", "granskare", PASSWORD)
    client = app.test_client()
    for _ in range(5):
        r = client.post("/login", data={"name": "Mikael Nyström", "password": "fel lösenord igen"})
        assert r.status_code == 401 and SESSION_COOKIE not in r.headers.get("Set-Cookie", "")
    r = client.post("/login", data={"name": "Mikael Nyström", "password": PASSWORD})
    assert r.status_code == 429  # the right password too, until the brake is off
    # A password never travels in a URL: the provider callback does not take one.
    Accounts(store.store).add("Ebba Larsson", "granskare", PASSWORD)
    r = client.get("/login/callback", query_string={"name": "Ebba Larsson", "password": PASSWORD})
    assert r.status_code == 401 and SESSION_COOKIE not in r.headers.get("Set-Cookie", "")
    r = client.post("/login", data={"name": "x", "password": "y"}, headers={"Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 403  # a login form on another site


_GUESS_ELSEWHERE = """
import sys
from redact.review.app import create_app
from redact.review.session import ReviewStore
kind, where, schema = sys.argv[1:4]
if kind == "sqlite":
    store = ReviewStore(where)
else:
    from redact.review.store_pg import PostgresStore
    store = ReviewStore(PostgresStore(where, schema=schema), files=sys.argv[4])
client = create_app(store, lambda: None).test_client()
codes = [client.post("/login", data={"name": "Mikael Nyström", "password": "fel lösenord igen"},
                     environ_base={"REMOTE_ADDR": "10.0.0.%d" % n}).status_code for n in range(5)]
print(" ".join(map(str, codes)))
"""


def test_the_login_brake_holds_across_processes(store, blank_detector):
    # Five wrong passwords sent to another process serving the same database (as another worker of the
    # server would be), each from another address: this process must refuse the name, the right password too.
    Accounts(store.store).add("Mikael Nyström", "granskare", PASSWORD)
    pg = store.store.dialect == "postgresql"
    args = ["postgresql", store.store.url, store.store.schema, str(store.files)] if pg else ["sqlite", str(store.db), "-"]
    root = Path(__file__).resolve().parents[1]
    r = subprocess.run([sys.executable, "-c", _GUESS_ELSEWHERE, *args], capture_output=True, text=True, cwd=root,
                       env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["401"] * 5
    here = create_app(store, lambda: blank_detector).test_client()
    r = here.post("/login", data={"name": "mikael  nyström", "password": PASSWORD})
    assert r.status_code == 429 and SESSION_COOKIE not in r.headers.get("Set-Cookie", "")
    # Another user from another address is not held back by that, and the database keeps no typed name.
    Accounts(store.store).add("Elin Johansson", "granskare", PASSWORD)
    assert here.post("/login", data={"name": "Elin Johansson", "password": PASSWORD}).status_code == 303
    with store.store.read() as con:
        keys = [row[0] for row in con.execute("SELECT key FROM login_failures").fetchall()]
    assert len(keys) == 10 and not any("Mikael" in k or "mikael" in k or "10.0.0" in k for k in keys)


def test_the_login_brake_lets_go_after_its_window(store):
    from redact.review.auth import LoginBrake, PasswordAuthenticator, TooManyAttempts

    Accounts(store.store).add("Samir Lindqvist", "granskare", PASSWORD)
    now = [1_000_000.0]
    auth = PasswordAuthenticator(Accounts(store.store), brake=LoginBrake(store.store, 3, 60.0, clock=lambda: now[0]))
    for _ in range(3):
        assert auth.authenticate({"name": "Samir Lindqvist", "password": "inte rätt lösenord"}, "10.1.1.1") is None
    with pytest.raises(TooManyAttempts):
        auth.authenticate({"name": "Samir Lindqvist", "password": PASSWORD}, "10.1.1.2")
    now[0] += 61
    assert auth.authenticate({"name": "Samir Lindqvist", "password": PASSWORD}, "10.1.1.2").name == "Samir Lindqvist"


class _FakeDirectory:
    """A stand-in for an OIDC provider (no network): the code it hands out names a directory user."""

    def __init__(self, accounts: Accounts):
        from redact.review.auth import Authenticator, LoginRedirect

        outer = self

        class Sso(Authenticator):
            uses_password_form = False

            def start(self, args):
                outer.state = "tillstand-" + str(len(outer.issued))
                outer.issued.append(outer.state)
                return LoginRedirect(f"https://idp.kommun.invalid/authorize?state={outer.state}", binding=outer.state)

            def authenticate(self, form, client):
                return None  # no password form under single sign-on

            def callback(self, form, client, binding):
                if not binding or form.get("state") != binding or form.get("code") not in outer.codes:
                    return None
                return accounts.find(outer.codes[form["code"]])

        self.issued: list[str] = []
        self.codes = {"kod-1": "Hanna Virtanen"}
        self.authenticator = Sso()


def test_single_sign_on_plugs_in_without_touching_the_routes(store, blank_detector):
    from redact.review.app import LOGIN_COOKIE

    Accounts(store.store).add("Hanna Virtanen", "beslutsfattare", PASSWORD)
    idp = _FakeDirectory(Accounts(store.store))
    app = create_app(store, lambda: blank_detector, authenticator=idp.authenticator)
    client = app.test_client()
    r = client.get("/login")
    assert r.status_code == 303 and r.headers["Location"].startswith("https://idp.kommun.invalid/authorize?state=")
    cookie = r.headers["Set-Cookie"]
    assert LOGIN_COOKIE in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    # A callback with another browser's state, or none, logs nobody in.
    r = client.get("/login/callback?code=kod-1&state=tillstand-9")
    assert r.status_code == 401 and 'id="login-again"' in r.get_data(as_text=True) and 'name="password"' not in r.get_data(as_text=True)
    other = app.test_client()
    assert other.get(f"/login/callback?code=kod-1&state={idp.state}").status_code == 401
    assert other.get("/api/me").status_code == 401
    # The provider sends this browser back: a session of the local account, with its local role.
    r = client.get(f"/login/callback?code=kod-1&state={idp.state}")
    assert r.status_code == 200 and "SameSite=Strict" in r.headers["Set-Cookie"] and 'url=/' in r.get_data(as_text=True)
    me = client.get("/api/me").get_json()
    assert me["name"] == "Hanna Virtanen" and me["role"] == "beslutsfattare" and me["may"]["finalise"]
    # A directory user without a local account gets nothing.
    idp.codes["kod-2"] = "Okänd Person"
    third = app.test_client()
    third.get("/login")
    assert third.get(f"/login/callback?code=kod-2&state={idp.state}").status_code == 401


def test_the_reviewer_is_the_logged_in_user_never_a_typed_name(app, store, case):
    c, _ = case
    client = login(app, store, "Sofia Lindqvist", "granskare")
    f = store.findings(c.id)[0]
    r = client.post(f"/api/cases/{c.id}/findings/{f.id}/decision",
                    json={"status": "rejected", "version": f.version, "reviewer": "Någon Annan"}, headers=H)
    assert r.status_code == 200
    assert store.finding(c.id, f.id).decided_by == "Sofia Lindqvist"
    assert [d["by"] for d in store.decisions(c.id)] == ["Sofia Lindqvist"]


def test_roles_granskare_decides_beslutsfattare_finalises(app, store, case):
    c, doc = case
    granskare = login(app, store, "Sofia Lindqvist", "granskare")
    chef = login(app, store, "Olof Ek", "beslutsfattare")
    f = store.findings(c.id)[0]
    r = chef.post(f"/api/cases/{c.id}/findings/{f.id}/decision", json={"status": "rejected", "version": f.version}, headers=H)
    assert r.status_code == 403 and "roll" in r.get_json()["error"]
    assert chef.post(f"/api/cases/{c.id}/search", json={"term": "Luleå"}, headers=H).status_code == 403
    assert chef.post("/api/cases", json={"profile": "default"}, headers=H).status_code == 403
    assert chef.get(f"/api/cases/{c.id}").status_code == 200  # reading is allowed
    r = granskare.post(f"/api/cases/{c.id}/finalise", json={"accept_all_pending": True}, headers=H)
    assert r.status_code == 403 and store.case(c.id).finalised_at is None
    r = chef.post(f"/api/cases/{c.id}/finalise", json={"accept_all_pending": True}, headers=H)
    assert r.status_code == 200, r.get_json()
    assert store.case(c.id).finalised_by == "Olof Ek"


def test_four_eyes_the_finaliser_must_not_be_the_only_reviewer(store, case, blank_detector):
    c, _ = case
    app = create_app(store, lambda: blank_detector, four_eyes=True)
    admin = login(app, store, "Hanna Virtanen", "admin")
    f = store.findings(c.id)[0]
    admin.post(f"/api/cases/{c.id}/findings/{f.id}/decision", json={"status": "accepted", "version": f.version}, headers=H)
    r = admin.post(f"/api/cases/{c.id}/finalise", json={"accept_all_pending": True}, headers=H)
    assert r.status_code == 403 and "fyra ögon" in r.get_json()["error"]
    assert store.case(c.id).finalised_at is None
    granskare = login(app, store, "Sofia Lindqvist", "granskare")
    g = store.findings(c.id)[1]
    granskare.post(f"/api/cases/{c.id}/findings/{g.id}/decision", json={"status": "rejected", "version": g.version}, headers=H)
    r = admin.post(f"/api/cases/{c.id}/finalise", json={"accept_all_pending": True}, headers=H)
    assert r.status_code == 200, r.get_json()


def test_undo_reverts_only_your_own_actions_and_is_on_the_record(store, case):
    c, _ = case
    f, g = store.findings(c.id)[:2]
    store.decide(c.id, f.id, "rejected", "Sofia Lindqvist", version=f.version)
    store.decide(c.id, g.id, "rejected", "Jonas Berg", version=g.version)
    with pytest.raises(NothingToUndoError):
        store.undo(c.id, "Amira Hassan")
    res = store.undo(c.id, "Sofia Lindqvist")  # Sofia's action, although Jonas acted later
    assert [x.id for x in res.findings] == [f.id]
    assert not store.finding(c.id, f.id).reviewed and store.finding(c.id, g.id).reviewed
    undone = [a for a in store.actions(c.id) if a["undone"]]
    assert [(a["by"], a["undone_by"]) for a in undone] == [("Sofia Lindqvist", "Sofia Lindqvist")] and undone[0]["undone_at"]
    # Someone else changed the same finding afterwards: undoing would overwrite their decision.
    f = store.finding(c.id, f.id)
    store.decide(c.id, f.id, "accepted", "Sofia Lindqvist", version=f.version)
    f = store.finding(c.id, f.id)
    store.decide(c.id, f.id, "rejected", "Jonas Berg", version=f.version)
    with pytest.raises(UndoConflictError, match="Jonas Berg"):
        store.undo(c.id, "Sofia Lindqvist")
    assert store.finding(c.id, f.id).decided_by == "Jonas Berg"


def test_passwords_are_scrypt_hashes_with_their_parameters(store, monkeypatch):
    monkeypatch.setattr(accounts_module, "_N", 2**15)  # the real cost
    Accounts(store.store).add("Kalle Åberg", "admin", PASSWORD)
    with store.store.read() as con:
        stored = con.execute("SELECT password FROM users").fetchone()[0]
    assert PASSWORD not in stored and stored.startswith("scrypt$32768$8$1$")
    assert verify_password(PASSWORD, stored) and not verify_password(PASSWORD + "x", stored)
    assert hash_password(PASSWORD) != hash_password(PASSWORD)  # salted
    assert Accounts(store.store).check("Kalle Åberg", PASSWORD).role == "admin"
    assert Accounts(store.store).check("Kalle Åberg", "fel") is None


def _users(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    root = Path(__file__).resolve().parents[1]
    return subprocess.run([sys.executable, "-m", "redact.cli", "users", *args], input=stdin, capture_output=True,
                          text=True, cwd=root, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "HOME": "/nonexistent"})


def test_users_command_adds_lists_changes_and_removes(tmp_path):
    db = str(tmp_path / "konton.sqlite")
    r = _users("add", "Nadia Berglund", "--role", "beslutsfattare", "--db", db, stdin=PASSWORD + "\n")
    assert r.returncode == 0, r.stderr
    r = _users("add", "Nadia Berglund", "--role", "admin", "--db", db, stdin=PASSWORD + "\n")
    assert r.returncode != 0 and "finns redan" in r.stderr and "Traceback" not in r.stderr
    r = _users("add", "Per Kort", "--role", "granskare", "--db", db, stdin="kort\n")
    assert r.returncode != 0 and "minst" in r.stderr
    r = _users("list", "--db", db)
    assert r.stdout.splitlines()[0].split("\t")[:2] == ["Nadia Berglund", "beslutsfattare"]
    assert _users("passwd", "Nadia Berglund", "--db", db, stdin="ett nytt långt lösenord\n").returncode == 0
    accounts = Accounts(ReviewStore(db).store)
    assert accounts.check("Nadia Berglund", "ett nytt långt lösenord") is not None
    assert accounts.check("Nadia Berglund", PASSWORD) is None
    assert _users("remove", "Nadia Berglund", "--db", db).returncode == 0
    assert _users("list", "--db", db).stdout == ""


def test_read_password_prompts_twice_on_a_terminal():
    from redact.review.users_cli import read_password

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    answers = iter(["hemligt lösenord", "hemligt lösenord"])
    assert read_password(Tty(), prompt=lambda _: next(answers)) == "hemligt lösenord"
    assert read_password(io.StringIO("från rör\n")) == "från rör"


def _review(*args: str) -> subprocess.CompletedProcess:
    root = Path(__file__).resolve().parents[1]
    return subprocess.run([sys.executable, "-m", "redact.cli", "review", "--no-browser", *args], capture_output=True, text=True,
                          cwd=root, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}, timeout=60)


def test_review_refuses_to_serve_without_an_account(tmp_path):
    r = _review("--db", str(tmp_path / "tom.sqlite"), "--port", "0", "--log", str(tmp_path / "logg.sqlite"), "--host", "0.0.0.0")
    assert r.returncode != 0 and "redact users add" in r.stderr and "Traceback" not in r.stderr
    assert "--host kräver minst ett konto" in r.stderr


def test_review_refuses_limits_that_admit_nothing(tmp_path):
    r = _review("--db", str(tmp_path / "tom.sqlite"), "--port", "0", "--log", str(tmp_path / "logg.sqlite"), "--memory-mb", "0")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines()[-1].endswith("--memory-mb måste vara större än noll")
