"""Text columns refuse NUL and lone surrogates on every bind, on both databases, and keep any other text exactly."""

import json
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import delete, insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import StatementError
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.models import Account, AuthSession
from backend.licences.models import Licence
from tests.conftest import add_account, add_licences

NOW = datetime(2026, 11, 26, 1, 0, tzinfo=UTC)
BUYER = "buyer@example.co.jp"
SERIAL = "QF7K2M9PXR4T8WNC3HJD"

# JSON can carry a lone surrogate ("\ud800"); json.loads hands it to Python as one, as a request body would.
REFUSED = [
    pytest.param(
        "a\x00b@example.com",
        "text for the database contains U+0000 (NUL) at index 1, which cannot be stored",
        id="nul",
    ),
    pytest.param(
        "株式会社\ud800",
        "text for the database contains a lone surrogate U+D800 at index 4, which is not valid Unicode",
        id="high-surrogate",
    ),
    pytest.param(
        json.loads('"x\\udfff@example.com"'),
        "text for the database contains a lone surrogate U+DFFF at index 1, which is not valid Unicode",
        id="low-surrogate-from-json",
    ),
    pytest.param(
        json.loads('"\\ude00\\ud83d"'),  # a pair in the wrong order is two lone surrogates
        "text for the database contains a lone surrogate U+DE00 at index 0, which is not valid Unicode",
        id="reversed-pair-from-json",
    ),
]


async def _orm_insert(db: AsyncSession, text: str) -> None:
    db.add(Account(email=text, company_name=None, is_staff=False, created_at=NOW))
    await db.flush()


async def _orm_update(db: AsyncSession, text: str) -> None:
    buyer = await db.scalar(select(Account).where(Account.email == BUYER))
    assert buyer is not None
    buyer.company_name = text
    await db.flush()


async def _core_insert(db: AsyncSession, text: str) -> None:
    account_id = await db.scalar(select(Account.id).where(Account.email == BUYER))
    await db.execute(
        insert(Licence).values(
            serial_number="B6YDKP3R9TQM2XWF7CNH", product_code=text, expires_on=date(2027, 1, 31), account_id=account_id
        )
    )


async def _core_update(db: AsyncSession, text: str) -> None:
    await db.execute(update(Account).where(Account.email == BUYER).values(company_name=text))


async def _insert_many(db: AsyncSession, text: str) -> None:
    """The refused value comes second: the first, valid row must not be written either."""
    rows = [
        {"email": "first@example.com", "company_name": "株式会社一番", "is_staff": False, "created_at": NOW},
        {"email": "second@example.com", "company_name": text, "is_staff": False, "created_at": NOW},
    ]
    await db.execute(insert(Account), rows)


async def _upsert_on_conflict(db: AsyncSession, text: str) -> None:
    upsert = postgresql_insert if db.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = upsert(Account).values(email=BUYER, company_name="新", is_staff=False, created_at=NOW)
    await db.execute(statement.on_conflict_do_update(index_elements=[Account.email], set_={"company_name": text}))


async def _delete_where(db: AsyncSession, text: str) -> None:
    await db.execute(delete(AuthSession).where(AuthSession.id == text))


async def _select_equal(db: AsyncSession, text: str) -> None:
    await db.scalar(select(Account).where(Account.email == text))


async def _select_in(db: AsyncSession, text: str) -> None:
    await db.scalars(select(Licence).where(Licence.serial_number.in_([SERIAL, text])))


async def _select_like(db: AsyncSession, text: str) -> None:
    await db.scalars(select(Account).where(Account.company_name.startswith(text)))


async def _get_by_primary_key(db: AsyncSession, text: str) -> None:
    await db.get(AuthSession, text)


STATEMENTS = [
    pytest.param(_orm_insert, id="orm-insert"),
    pytest.param(_orm_update, id="orm-update"),
    pytest.param(_core_insert, id="core-insert"),
    pytest.param(_core_update, id="core-update"),
    pytest.param(_insert_many, id="insert-many"),
    pytest.param(_upsert_on_conflict, id="upsert"),
    pytest.param(_delete_where, id="delete-where"),
    pytest.param(_select_equal, id="select-equal"),
    pytest.param(_select_in, id="select-in"),
    pytest.param(_select_like, id="select-startswith"),
    pytest.param(_get_by_primary_key, id="get-by-primary-key"),
]


async def _everything(db: AsyncSession) -> tuple[Sequence[tuple[object, ...]], ...]:
    accounts = await db.execute(select(Account.email, Account.company_name).order_by(Account.email))
    licences = await db.execute(select(Licence.serial_number, Licence.product_code).order_by(Licence.serial_number))
    sessions = await db.execute(select(AuthSession.id).order_by(AuthSession.id))
    snapshot = ([tuple(row) for row in accounts], [tuple(row) for row in licences], [tuple(row) for row in sessions])
    await db.commit()
    return snapshot


@pytest.fixture
async def arranged(db: AsyncSession) -> AsyncSession:
    buyer = await add_account(db, BUYER, password=None, company_name="株式会社テスト")
    await add_licences(db, buyer, (SERIAL, "CLOUD", date(2027, 6, 14)))
    db.add(AuthSession(id="s" * 64, account_id=buyer.id, created_at=NOW, expires_at=NOW))
    await db.commit()
    return db


@pytest.mark.parametrize("statement", STATEMENTS)
@pytest.mark.parametrize(("text", "message"), REFUSED)
async def test_refused_text_in_any_statement_fails_before_the_database_and_changes_nothing(
    arranged: AsyncSession, statement: Callable[[AsyncSession, str], Awaitable[None]], text: str, message: str
) -> None:
    db = arranged
    before = await _everything(db)
    with pytest.raises(StatementError) as raised:
        await statement(db, text)
    assert isinstance(raised.value.orig, ValueError)
    assert str(raised.value.orig) == message
    await db.rollback()
    assert await _everything(db) == before
    assert before == (
        [(BUYER, "株式会社テスト")],
        [(SERIAL, "CLOUD")],
        [("s" * 64,)],
    )


KEPT = [
    # A surrogate *pair* in JSON is one real character in Python: these must be stored.
    pytest.param(json.loads('"\\ud83d\\ude00\\ud83c\\udf8c"'), id="emoji-from-json-pairs"),
    pytest.param("👩\u200d💻 🇯🇵 🙇🏻", id="emoji-sequences"),
    pytest.param("株式会社テスト　東京本社", id="japanese-with-ideographic-space"),
    pytest.param("ＡＢＣ株式会社　１２３－４５６７＠", id="full-width"),
    pytest.param("ｶﾌﾞｼｷｶﾞｲｼｬ ﾃｽﾄ", id="half-width-katakana"),
    pytest.param("𠮷野家 髙橋", id="outside-the-bmp"),
    pytest.param("か\u3099 Cafe\u0301", id="combining-marks-kept-unnormalised"),
    pytest.param("=SUM(1+1)\t'\"\r\n", id="formula-quote-and-controls-other-than-nul"),
]


@pytest.mark.parametrize("text", KEPT)
async def test_any_other_text_round_trips_exactly_and_can_be_looked_up(db: AsyncSession, text: str) -> None:
    email = f"{text[:40]}@例え.jp"
    await add_account(db, email, password=None, company_name=text)
    stored = (await db.execute(select(Account.email, Account.company_name))).all()
    assert [tuple(row) for row in stored] == [(email, text)]
    assert [len(value) for value in stored[0]] == [len(email), len(text)]
    assert await db.scalar(select(Account.company_name).where(Account.email == email)) == text
