"""Customer and staff accounts, passwords, sign-in sessions and sign-in throttling."""
