"""GraphQL types and queries for licence serials."""
