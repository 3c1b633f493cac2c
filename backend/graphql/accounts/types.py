"""The signed-in account as the API shows it."""

import strawberry

from backend.accounts.sessions import AccountProfile


@strawberry.type
class Me:
    email: str
    company_name: str | None
    is_staff: bool

    @classmethod
    def of(cls, account: AccountProfile) -> "Me":
        return cls(email=account.email, company_name=account.company_name, is_staff=account.is_staff)
