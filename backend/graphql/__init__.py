"""The GraphQL API: decodes input, checks permission, calls one domain function, commits once, maps the result."""
