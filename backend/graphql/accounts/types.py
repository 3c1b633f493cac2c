"""The signed-in account as the API shows it."""

import strawberry

from backend.accounts.models import Account


@strawberry.type
class Me:
    account: strawberry.Private[Account]

    @strawberry.field
    def email(self) -> str:
        return self.account.email

    @strawberry.field
    def company_name(self) -> str | None:
        return self.account.company_name

    @strawberry.field
    def is_staff(self) -> bool:
        return self.account.is_staff
