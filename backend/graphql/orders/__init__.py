"""Renewal carts, quotes and orders in the API."""
