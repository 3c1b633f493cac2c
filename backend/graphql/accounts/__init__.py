"""GraphQL types, queries and mutations for accounts and signing in."""
