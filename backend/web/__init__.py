"""The HTTP edge: the Starlette app serving GraphQL, the explorer and the single-page app."""
