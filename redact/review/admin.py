"""The admin page of the review app: list, add and remove accounts, set a new password (role admin only).

The same operations as ``redact users`` on the command line, for an administrator who has no shell on
the server. A removed account or a changed password ends that user's sessions; an administrator cannot
remove their own account, so the app always keeps one who can let others in.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, g, jsonify, render_template, request

from redact.review import texts
from redact.review.accounts import ROLES, AccountError, Accounts, User
from redact.review.model import NotFoundError, ReviewError, RoleError


def register(app: Flask, accounts: Accounts) -> None:
    """Add the admin page and its API routes to ``app`` (its guard has already required a session)."""

    def need_admin() -> User:
        user: User = g.user
        if not user.may("users"):
            raise RoleError(texts.text("role_users"))
        return user

    def body() -> dict[str, Any]:
        data = request.get_json(silent=True)
        if not isinstance(data, dict):
            raise ReviewError(texts.text("bad_request"))
        return data

    def account(user_id: int) -> User:
        for u in accounts.list():
            if u.id == user_id:
                return u
        raise NotFoundError(texts.text("user_missing"))

    def as_dict(u: User) -> dict[str, Any]:
        return {"id": u.id, "name": u.name, "role": u.role, "created": u.created}

    @app.get("/admin")
    def admin_page() -> Any:
        if not g.user.may("users"):
            return render_template("error.html", t=texts.TEXTS, texts_json=texts.as_json(),
                                   message=texts.text("role_users")), 403
        return render_template("admin.html", t=texts.TEXTS, texts_json=texts.as_json(), user=g.user, roles=ROLES)

    @app.get("/api/users")
    def list_users() -> Response:
        need_admin()
        return jsonify(users=[as_dict(u) for u in accounts.list()])

    @app.post("/api/users")
    def add_user() -> tuple[Response, int]:
        need_admin()
        data = body()
        user = accounts.add(str(data.get("name") or ""), str(data.get("role") or ""), str(data.get("password") or ""))
        return jsonify(user=as_dict(user)), 201

    @app.post("/api/users/<int:user_id>/remove")
    def remove_user(user_id: int) -> Response:
        me = need_admin()
        target = account(user_id)
        if target.id == me.id:
            raise AccountError(texts.text("user_remove_self"))
        accounts.remove(target.name)
        return jsonify(ok=True)

    @app.post("/api/users/<int:user_id>/password")
    def reset_password(user_id: int) -> Response:
        need_admin()
        accounts.set_password(account(user_id).name, str(body().get("password") or ""))
        return jsonify(ok=True)
