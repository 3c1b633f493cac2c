"""The operational commands, run as a seller runs them: `python -m backend ...` against a real SQLite file."""

import os
import socket
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import date
from pathlib import Path

import httpx
import pytest

REPOSITORY = Path(__file__).resolve().parents[2]


def run(tmp_path: Path, *args: str, stdin: str = "", today: str = "2026-11-26") -> subprocess.CompletedProcess[str]:
    environment = dict(
        os.environ,
        KOUSHIN_DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'cli.sqlite3'}",
        KOUSHIN_TODAY=today,
    )
    return subprocess.run(
        [sys.executable, "-m", "backend", *args],
        cwd=REPOSITORY,
        env=environment,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def query(tmp_path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(tmp_path / "cli.sqlite3")) as connection:
        return connection.execute(sql).fetchall()


@pytest.fixture
def migrated(tmp_path: Path) -> Path:
    result = run(tmp_path, "migrate")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "database is at the latest schema\n"
    return tmp_path


def test_import_then_import_again_changes_nothing(migrated: Path) -> None:
    master = migrated / "master.csv"
    master.write_text(
        "email,serial_number,product,expires_on\n"
        "a@example.com,AAAA-BBBB-CCCC-DDDD-0001,CLOUD,2027-01-31\n"
        "b@example.com,AAAA-BBBB-CCCC-DDDD-0002,TS_STANDARD,2026-02-28\n",
        encoding="utf-8",
    )
    first = run(migrated, "import-licences", str(master))
    assert first.returncode == 0, first.stderr
    assert first.stdout == (
        "2 licences created, 0 unchanged, 2 accounts created "
        "(no password yet: each sets one by mail, from 'first time here?' on the sign-in page)\n"
    )
    again = run(migrated, "import-licences", str(master))
    assert again.stdout == "0 licences created, 2 unchanged, 0 accounts created\n"
    assert query(migrated, "select serial_number, product_code, expires_on from licences order by 1") == [
        ("AAAABBBBCCCCDDDD0001", "CLOUD", "2027-01-31"),
        ("AAAABBBBCCCCDDDD0002", "TS_STANDARD", "2026-02-28"),
    ]


def test_a_bad_file_is_rejected_with_its_lines_and_nothing_is_loaded(migrated: Path) -> None:
    master = migrated / "master.csv"
    master.write_text(
        "email,serial_number,product,expires_on\n"
        "a@example.com,AAAA-BBBB-CCCC-DDDD-0001,CLOUD,2027-01-31\n"
        "b@example.com,AAAA-BBBB-CCCC-DDDD-0002,PLATINUM,2026-02-28\n"
        "c@example.com,AAAA-BBBB-CCCC-DDDD-0003,CLOUD,2026-13-01\n",
        encoding="utf-8",
    )
    result = run(migrated, "import-licences", str(master))
    assert result.returncode == 1
    assert result.stderr == (
        "error: the file was rejected; nothing was loaded:\n"
        "  line 3: unknown product 'PLATINUM' (known: CLOUD, CLOUD_DLS_PREMIUM, TS_STANDARD, TS_PREMIUM)\n"
        "  line 4: expires_on '2026-13-01' is not a date as YYYY-MM-DD\n"
    )
    assert query(migrated, "select count(*) from licences") == [(0,)]
    assert query(migrated, "select count(*) from accounts") == [(0,)]


def test_invisible_characters_are_reported_by_line_and_column_and_nothing_is_loaded(migrated: Path) -> None:
    master = migrated / "master.csv"
    master.write_bytes(
        "email,serial_number,product,expires_on,company_name\n"
        "a@example.com,AAAA-BBBB-CCCC-DDDD-0001,CLOUD,2027-01-31,株式会社テスト\n"
        "b@example.com\x00,AAAA-BBBB-CCCC-DDDD-0002,CLOUD,2027-01-31,\n"
        "c@example.com,AAAA-BBBB-CCCC-DDDD-0003,CLOUD,2027-01-31,\u202eテスト\n".encode()
    )
    result = run(migrated, "import-licences", str(master))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        "error: the file was rejected; nothing was loaded:\n"
        "  line 3: email contains a control or invisible character (U+0000)\n"
        "  line 4: company_name contains a control or invisible character (U+202E)\n"
    )
    assert query(migrated, "select count(*) from licences") == [(0,)]
    assert query(migrated, "select count(*) from accounts") == [(0,)]


def test_set_password_reads_standard_input(migrated: Path) -> None:
    assert run(migrated, "load-demo").returncode == 0
    result = run(migrated, "set-password", "Demo@Koushin.example", stdin="a new long password\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "password set for demo@koushin.example; its sessions were ended\n"
    short = run(migrated, "set-password", "demo@koushin.example", stdin="short\n")
    assert (short.returncode, short.stderr) == (1, "error: a password needs at least 10 characters\n")
    unknown = run(migrated, "set-password", "nobody@example.com", stdin="a new long password\n")
    assert unknown.stderr == "error: no account has the e-mail address 'nobody@example.com'\n"


def test_load_demo_lays_out_every_state_relative_to_today_once(migrated: Path) -> None:
    first = run(migrated, "load-demo", today="2030-03-01")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith(
        "demo data loaded: 14 serials in 2 customer accounts:\n  demo@koushin.example (password Koushin-Demo-2026)\n"
        "  newcomer@koushin.example (no password yet"
    )
    assert run(migrated, "load-demo", today="2030-03-01").stdout == "demo data already loaded\n"
    rows = query(migrated, "select email, is_staff, password_hash is not null from accounts order by 1")
    assert rows == [("demo@koushin.example", 0, 1), ("newcomer@koushin.example", 0, 0), ("staff@koushin.example", 1, 1)]
    expiries = sorted(date.fromisoformat(str(e)) for (e,) in query(migrated, "select expires_on from licences"))
    assert expiries[0] == date(2027, 3, 1)  # 3 years before 2030-03-01
    assert date(2029, 2, 1) in expiries  # 13 months before
    assert len(expiries) == 14


def test_export_schema_check_passes_on_the_committed_file(tmp_path: Path) -> None:
    result = run(tmp_path, "export-schema", "--check")
    assert (result.returncode, result.stdout) == (0, "schema.graphql matches the code\n")


def test_bad_settings_stop_with_a_message(tmp_path: Path) -> None:
    result = run(tmp_path, "migrate", today="26/11/2026")
    assert (result.returncode, result.stderr) == (
        1,
        "error: KOUSHIN_TODAY must be a date as YYYY-MM-DD, not '26/11/2026'\n",
    )


def test_serve_believes_no_forwarded_address_by_default(migrated: Path) -> None:
    """`serve` behind nothing: X-Forwarded-For, sent by the client itself, does not change the address
    it is throttled under (uvicorn would believe it from 127.0.0.1 if it were left to apply it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    environment = dict(os.environ, KOUSHIN_DATABASE_URL=f"sqlite+aiosqlite:///{migrated / 'cli.sqlite3'}")
    command = [sys.executable, "-m", "backend", "serve", "--port", str(port), "--no-access-log"]
    server = subprocess.Popen(command, cwd=REPOSITORY, env=environment, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, headers={"origin": base}, timeout=30) as client:
            for _ in range(300):
                try:
                    client.get("/healthz")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            mutation = 'mutation { signIn(email: "guess%d@example.com", password: "x") { errors { code } } }'
            codes = [
                client.post(
                    "/graphql", json={"query": mutation % n}, headers={"x-forwarded-for": f"203.0.113.{n}"}
                ).json()["data"]["signIn"]["errors"][0]["code"]
                for n in range(31)
            ]
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert codes == ["INVALID_CREDENTIALS"] * 30 + ["TOO_MANY_ATTEMPTS"]
