"""Renewal orders: pricing a cart, quotes, placing and cancelling orders with their invoices."""
