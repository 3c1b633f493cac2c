"""Licence serials: their numbers, owners, expiry dates, status and the licence master import."""
