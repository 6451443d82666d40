"""`redact users add|list|remove|passwd`: the accounts of the review app, managed from the command line."""

from __future__ import annotations

import argparse
import getpass
import sys

from redact.cli_lang import Messages, of
from redact.errors import InputError
from redact.review.accounts import ROLES, Accounts


def add_subcommand(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `users` to the `redact` command."""
    p = subparsers.add_parser("users", help="konton för granskningsappen (granskare, beslutsfattare, admin)")
    sub = p.add_subparsers(dest="users_command", required=True, metavar="KOMMANDO")

    def common(q: argparse.ArgumentParser) -> None:
        q.add_argument("--db", default=None,
                       help="granskningsdatabasen: en SQLite-fil eller postgresql://…; standard: REDACT_REVIEW_DB eller under användarens datamapp")

    q = sub.add_parser("add", help="lägg till ett konto (lösenordet läses från standard in, eller efterfrågas)")
    q.add_argument("name", metavar="NAMN")
    q.add_argument("--role", required=True, choices=ROLES, help="granskare, beslutsfattare eller admin")
    common(q)
    q.set_defaults(func=cmd_add)
    q = sub.add_parser("list", help="visa alla konton")
    common(q)
    q.set_defaults(func=cmd_list)
    q = sub.add_parser("remove", help="ta bort ett konto (besluten behåller namnet)")
    q.add_argument("name", metavar="NAMN")
    common(q)
    q.set_defaults(func=cmd_remove)
    q = sub.add_parser("passwd", help="byt lösenord för ett konto")
    q.add_argument("name", metavar="NAMN")
    common(q)
    q.set_defaults(func=cmd_passwd)


def _accounts(args: argparse.Namespace) -> Accounts:
    from redact.review.cli import default_db_path
    from redact.review.store import open_store

    return Accounts(open_store(args.db or default_db_path()))


def read_password(stdin=None, prompt=getpass.getpass, messages: Messages | None = None) -> str:  # type: ignore[no-untyped-def]
    """The password: the first line of standard input when it is not a terminal, else asked for twice."""
    stdin = stdin or sys.stdin
    if not stdin.isatty():
        return stdin.readline().rstrip("\r\n")
    messages = messages or Messages("sv")
    first = prompt(messages.t("password"))
    if prompt(messages.t("password_again")) != first:
        raise InputError("lösenorden är olika; försök igen")
    return first


def cmd_add(args: argparse.Namespace) -> int:
    """Create an account."""
    accounts = _accounts(args)
    user = accounts.add(args.name, args.role, read_password(messages=of(args)))
    print(of(args).t("user_added", name=user.name, role=user.role), file=sys.stderr)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    """Print one account a line: name, role, created."""
    for u in _accounts(args).list():
        print(f"{u.name}\t{u.role}\t{u.created}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    """Remove an account and end its sessions."""
    _accounts(args).remove(args.name)
    print(of(args).t("user_removed", name=args.name), file=sys.stderr)
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    """Set a new password and end the account's sessions."""
    accounts = _accounts(args)
    accounts.set_password(args.name, read_password(messages=of(args)))
    print(of(args).t("password_changed", name=args.name), file=sys.stderr)
    return 0
