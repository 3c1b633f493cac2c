"""`python -m backend <command>`: the app's operational commands, each one unit of work."""

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Awaitable, Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.credentials import UnknownAccountError, set_password
from backend.accounts.emails import normalise_email
from backend.accounts.models import Account
from backend.accounts.passwords import WeakPasswordError, hash_password
from backend.accounts.sessions import revoke_sessions
from backend.background.jobs import ALL_JOBS, MAIL_DISPATCH, Job
from backend.background.runner import Runner, run_until_idle
from backend.billing.seller import SellerError
from backend.catalog.catalogue import CatalogueError
from backend.core.settings import Settings, SettingsError
from backend.db.migrations import create_revision, upgrade_to_head
from backend.demo import (
    DEMO_EMAIL,
    DEMO_PASSWORD,
    NEWCOMER_EMAIL,
    STAFF_EMAIL,
    STAFF_PASSWORD,
    DemoPasswordHashes,
    load_demo,
)
from backend.licences.importing import ImportReport, LicenceImportError, import_licences, parse_licence_csv
from backend.payments.importing import ImportRefused, import_statement
from backend.payments.importing import ImportReport as StatementImportReport
from backend.payments.paying_statements import UnknownInvoicesError, paying_groups
from backend.payments.zengin_writer import WrittenGroup, write_statement
from backend.runtime import Runtime, open_runtime

T = TypeVar("T")
SCHEMA_FILE = Path("schema.graphql")


class CommandError(Exception):
    """A failure to report in one line, exit status 1."""


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_environ()
        return int(args.run(settings, args) or 0)
    except (SettingsError, CatalogueError, SellerError, CommandError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except LicenceImportError as error:
        print("error: the file was rejected; nothing was loaded:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m backend", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="command")

    def command(
        name: str, run: Callable[[Settings, argparse.Namespace], int | None], help: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        sub.set_defaults(run=run)
        return sub

    command("migrate", _migrate, "bring the database to the latest schema")
    serve = command("serve", _serve, "serve the app over HTTP")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--no-access-log", action="store_true", help="do not log each request")
    serve.add_argument(
        "--catch-mail",
        action="store_true",
        help="development: receive the mail the app sends (SMTP on KOUSHIN_SMTP_HOST:PORT) and show it at /dev/mail",
    )
    work = command("work", _work, "run the background jobs (mail, password links, tidying) until stopped")
    work.add_argument("--once", action="store_true", help="do what is due now, then exit")
    dispatch = command("dispatch-mail", _dispatch_mail, "send the mail in the outbox until stopped")
    dispatch.add_argument("--once", action="store_true", help="send what is due now, then exit")
    imports = command("import-licences", _import_licences, "load a licence master CSV (all or nothing)")
    imports.add_argument(
        "file", type=Path, help="CSV with header email,serial_number,product,expires_on[,company_name]"
    )
    statement = command(
        "import-statement",
        _import_statement,
        "import a bank statement (Zengin 01/03 or net-banking CSV), whole or not at all: pays the invoices it can",
    )
    statement.add_argument("file", type=Path)
    paying = command(
        "write-statement",
        _write_statement,
        "development: write a Zengin 振込入金通知 that pays the given invoices, to try importing one",
    )
    paying.add_argument("invoices", nargs="+", metavar="INVOICE", help="invoice numbers, e.g. I-2026-000001")
    paying.add_argument("--out", type=Path, required=True, help="the file to write")
    paying.add_argument(
        "--amount",
        type=int,
        action="append",
        default=[],
        metavar="YEN",
        help="pay this much instead of the total (once per invoice, in order; omitted for the rest)",
    )
    paying.add_argument("--booked-on", type=date.fromisoformat, help="the transfer's date (default: today)")
    password = command("set-password", _set_password, "set an account's password, read from standard input")
    password.add_argument("email")
    revoke = command("revoke-sessions", _revoke_sessions, "sign an account out everywhere")
    revoke.add_argument("email")
    command("load-demo", _load_demo, "load the demo accounts and serials (relative to today)")
    export = command("export-schema", _export_schema, "write the GraphQL schema to schema.graphql")
    export.add_argument("--check", action="store_true", help="fail when schema.graphql differs from the code")
    revision = command("make-migration", _make_migration, "autogenerate a migration from model changes")
    revision.add_argument("message")
    return parser


def _in_runtime(settings: Settings, command: Callable[[Runtime], Awaitable[T]]) -> T:
    async def run() -> T:
        async with open_runtime(settings) as runtime:
            return await command(runtime)

    return asyncio.run(run())


def _migrate(settings: Settings, _args: argparse.Namespace) -> None:
    upgrade_to_head(settings.database_url)
    print("database is at the latest schema")


def _serve(settings: Settings, args: argparse.Namespace) -> None:
    import uvicorn

    from backend.mail_catcher.smtp import MailCatcherError, check_port_free
    from backend.web.app import create_app

    try:
        app = create_app(settings, catch_mail=args.catch_mail)
        if args.catch_mail:
            check_port_free(settings.mail.smtp_host, settings.mail.smtp_port)
    except MailCatcherError as error:
        raise CommandError(str(error)) from None
    print(f"Koushin on http://{args.host}:{args.port}/  (GraphQL explorer: /graphql)", flush=True)
    if args.catch_mail:
        print(f"Mail it sends is caught and shown at http://{args.host}:{args.port}/dev/mail", flush=True)
    # Forwarded headers are the app's business (KOUSHIN_TRUSTED_PROXIES), not the server's.
    uvicorn.run(
        app, host=args.host, port=args.port, proxy_headers=False, log_level="info", access_log=not args.no_access_log
    )


def _work(settings: Settings, args: argparse.Namespace) -> None:
    _run_jobs(settings, ALL_JOBS, once=args.once)


def _dispatch_mail(settings: Settings, args: argparse.Namespace) -> None:
    _run_jobs(settings, (MAIL_DISPATCH,), once=args.once)


def _run_jobs(settings: Settings, jobs: Sequence[Job], *, once: bool) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    names = ", ".join(job.name for job in jobs)

    async def command(runtime: Runtime) -> None:
        if once:
            handled = await run_until_idle(runtime, jobs)
            print(f"{names}: {handled} handled, nothing more due now")
            return
        runner = Runner(runtime, jobs)
        loop = asyncio.get_running_loop()
        for signal_number in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signal_number, runner.stop)
        print(f"running {names}; stop with Ctrl-C or SIGTERM", flush=True)
        await runner.run()

    _in_runtime(settings, command)


def _import_licences(settings: Settings, args: argparse.Namespace) -> None:
    try:
        data = args.file.read_bytes()
    except OSError as error:
        raise CommandError(f"{args.file}: {error.strerror}") from None

    async def command(runtime: Runtime) -> ImportReport:
        rows = parse_licence_csv(data, runtime.catalogue)
        return await runtime.transactions.write(lambda db: import_licences(db, rows, runtime.clock.now()))

    report = _in_runtime(settings, command)
    summary = f"{report.licences_created} licences created, {report.licences_unchanged} unchanged, "
    summary += f"{report.accounts_created} accounts created"
    if report.accounts_created:
        summary += " (no password yet: each sets one by mail, from 'first time here?' on the sign-in page)"
    print(summary)


def _set_password(settings: Settings, args: argparse.Namespace) -> None:
    password = sys.stdin.readline().rstrip("\r\n")

    async def command(runtime: Runtime) -> None:
        password_hash = await hash_password(password)  # slow: before the transaction, not in it
        await runtime.transactions.write(lambda db: set_password(db, args.email, password_hash))

    try:
        _in_runtime(settings, command)
    except (UnknownAccountError, WeakPasswordError) as error:
        raise CommandError(str(error)) from None
    print(f"password set for {normalise_email(args.email)}; its sessions were ended")


def _revoke_sessions(settings: Settings, args: argparse.Namespace) -> None:
    async def work(db: AsyncSession) -> int:
        account_id = await db.scalar(select(Account.id).where(Account.email == normalise_email(args.email)))
        if account_id is None:
            raise CommandError(f"no account has the e-mail address {args.email!r}")
        return await revoke_sessions(db, account_id)

    ended = _in_runtime(settings, lambda runtime: runtime.transactions.write(work))
    print(f"{ended} sessions ended")


def _import_statement(settings: Settings, args: argparse.Namespace) -> int:
    try:
        source = args.file.open("rb")
    except OSError as error:
        raise CommandError(f"{args.file}: {error.strerror}") from None

    async def command(runtime: Runtime) -> StatementImportReport | ImportRefused:
        with source:
            return await import_statement(
                runtime.transactions,
                source,
                args.file.name,
                now=runtime.clock.now(),
                today=runtime.clock.today(),
                imported_by=None,
            )

    report = _in_runtime(settings, command)
    if isinstance(report, ImportRefused):
        where = f"record {report.record}: " if report.record else ""
        print(f"error: the statement was refused; nothing was imported: {where}{report.reason}", file=sys.stderr)
        return 1
    print(
        f"{args.file.name} ({report.format.value}): {_credits(report.credits)}: {report.applied} applied, "
        f"{report.to_review} to review, {report.already_imported} already imported"
    )
    for reason, count in sorted(report.reasons.items()):
        print(f"  {reason.value}: {count}")
    if report.applied:
        print("the receipts are rendered and mailed by the background jobs (`serve` runs them, or `work`)")
    return 0


def _credits(count: int) -> str:
    return "1 credit" if count == 1 else f"{count:,} credits"


def _write_statement(settings: Settings, args: argparse.Namespace) -> None:
    if len(args.amount) > len(args.invoices):
        raise CommandError("more --amount values than invoices")

    async def command(runtime: Runtime) -> list[WrittenGroup]:
        amounts = dict(zip(args.invoices, args.amount, strict=False))
        booked_on = args.booked_on or runtime.clock.today()
        return await runtime.transactions.read(
            lambda db: paying_groups(db, args.invoices, booked_on=booked_on, amounts=amounts)
        )

    try:
        groups = _in_runtime(settings, command)
    except UnknownInvoicesError as error:
        raise CommandError(f"no invoice has the number {', '.join(error.numbers)}") from None
    except ValueError as error:  # an amount or a date the file cannot hold
        raise CommandError(str(error)) from None
    try:
        with args.out.open("wb") as out:
            out.writelines(write_statement(groups))
    except OSError as error:
        raise CommandError(f"{args.out}: {error.strerror}") from None
    print(f"wrote {args.out}: {_credits(len(groups))}; import it with `python -m backend import-statement {args.out}`")


def _load_demo(settings: Settings, _args: argparse.Namespace) -> None:
    async def command(runtime: Runtime) -> ImportReport | None:
        hashes = await DemoPasswordHashes.make()
        today, now = runtime.clock.today(), runtime.clock.now()
        return await runtime.transactions.write(lambda db: load_demo(db, runtime.catalogue, today, now, hashes))

    report = _in_runtime(settings, command)
    if report is None:
        print("demo data already loaded")
        return
    print(f"demo data loaded: {report.licences_created} serials in {report.accounts_created} customer accounts:")
    print(f"  {DEMO_EMAIL} (password {DEMO_PASSWORD})")
    print(f"  {NEWCOMER_EMAIL} (no password yet: set one by mail, from 'first time here?' on the sign-in page)")
    print(f"staff account {STAFF_EMAIL} (password {STAFF_PASSWORD})")


def _export_schema(_settings: Settings, args: argparse.Namespace) -> int:
    from backend.graphql.schema import schema_sdl

    sdl = schema_sdl()
    if args.check:
        if not SCHEMA_FILE.is_file() or SCHEMA_FILE.read_text(encoding="utf-8") != sdl:
            print("schema.graphql is stale: run `python -m backend export-schema`", file=sys.stderr)
            return 1
        print("schema.graphql matches the code")
        return 0
    SCHEMA_FILE.write_text(sdl, encoding="utf-8")
    print("wrote schema.graphql")
    return 0


def _make_migration(settings: Settings, args: argparse.Namespace) -> None:
    create_revision(settings.database_url, args.message)
