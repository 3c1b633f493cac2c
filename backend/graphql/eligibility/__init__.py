"""GraphQL types for renewal eligibility and options."""
