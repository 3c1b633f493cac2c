"""GraphQL types and queries for the product catalogue."""
