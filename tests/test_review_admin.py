"""The admin page of the review app: only an admin lists, adds, removes accounts and sets passwords."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.review import accounts as accounts_module
from redact.review.accounts import Accounts
from redact.review.app import WRITE_HEADER, create_app
from redact.review.session import ReviewStore
from review_stores import BACKENDS, make_store

H = {WRITE_HEADER: "1"}
PASSWORD = "ett långt lösenord 42"


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch):
    monkeypatch.setattr(accounts_module, "_N", 2**10)


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path: Path) -> ReviewStore:
    return make_store(request.param, tmp_path, request)


@pytest.fixture()
def app(store, blank_detector):
    accounts = Accounts(store.store)
    for name, role in (("Ingrid Admin", "admin"), ("Kofi Mensah", "granskare"), ("Lena Öberg", "beslutsfattare")):
        accounts.add(name, role, PASSWORD)
    return create_app(store, lambda: blank_detector)


def login(app, name, password=PASSWORD):
    client = app.test_client()
    r = client.post("/login", data={"name": name, "password": password})
    return client if r.status_code == 303 else None


def test_only_an_admin_manages_accounts(app, store):
    for name in ("Kofi Mensah", "Lena Öberg"):
        client = login(app, name)
        assert client.get("/admin").status_code == 403
        r = client.get("/api/users")
        assert r.status_code == 403 and "administratör" in r.get_json()["error"]
        assert client.post("/api/users", json={"name": "Ny Person", "role": "admin", "password": PASSWORD}, headers=H).status_code == 403
        assert client.post("/api/users/1/remove", json={}, headers=H).status_code == 403
        assert client.post("/api/users/1/password", json={"password": "ett annat långt lösenord"}, headers=H).status_code == 403
        assert client.get("/api/me").get_json()["may"]["users"] is False
    assert {u.name for u in Accounts(store.store).list()} == {"Ingrid Admin", "Kofi Mensah", "Lena Öberg"}
    assert login(app, "Ingrid Admin", "ett annat långt lösenord") is None and login(app, "Ingrid Admin") is not None


def test_admin_lists_adds_resets_and_removes(app, store):
    admin = login(app, "Ingrid Admin")
    assert admin.get("/admin").status_code == 200
    users = admin.get("/api/users").get_json()["users"]
    assert [(u["name"], u["role"]) for u in users] == [("Ingrid Admin", "admin"), ("Kofi Mensah", "granskare"), ("Lena Öberg", "beslutsfattare")]
    assert all("password" not in u for u in users)
    # Add: a new account that can log in with its role; a short password or a taken name is refused in words.
    r = admin.post("/api/users", json={"name": "Dragan Petrović", "role": "granskare", "password": PASSWORD}, headers=H)
    assert r.status_code == 201 and r.get_json()["user"]["role"] == "granskare"
    assert admin.post("/api/users", json={"name": "Kort Lösen", "role": "granskare", "password": "kort"}, headers=H).status_code == 400
    r = admin.post("/api/users", json={"name": "Kofi Mensah", "role": "admin", "password": PASSWORD}, headers=H)
    assert r.status_code == 400 and "finns redan" in r.get_json()["error"]
    dragan = login(app, "Dragan Petrović")
    assert dragan.get("/api/me").get_json()["role"] == "granskare"
    ids = {u["name"]: u["id"] for u in admin.get("/api/users").get_json()["users"]}
    # Reset: the old password stops working and the user's open session ends.
    r = admin.post(f"/api/users/{ids['Dragan Petrović']}/password", json={"password": "ett helt nytt lösenord"}, headers=H)
    assert r.status_code == 200
    assert dragan.get("/api/cases").status_code == 401
    assert login(app, "Dragan Petrović") is None and login(app, "Dragan Petrović", "ett helt nytt lösenord") is not None
    # Remove: gone from the list, cannot log in; an admin cannot remove their own account.
    kofi = login(app, "Kofi Mensah")
    assert admin.post(f"/api/users/{ids['Kofi Mensah']}/remove", json={}, headers=H).status_code == 200
    assert kofi.get("/api/cases").status_code == 401 and login(app, "Kofi Mensah") is None
    r = admin.post(f"/api/users/{ids['Ingrid Admin']}/remove", json={}, headers=H)
    assert r.status_code == 400 and "eget konto" in r.get_json()["error"]
    assert admin.post("/api/users/9999/remove", json={}, headers=H).status_code == 404
    assert "Kofi Mensah" not in {u["name"] for u in admin.get("/api/users").get_json()["users"]}
    # A write without the app's header is refused (a cross-site form cannot add an account).
    assert admin.post("/api/users", json={"name": "Falsk Person", "role": "admin", "password": PASSWORD}).status_code == 403
