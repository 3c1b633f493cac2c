"""Quotes, invoices and (with payments) receipts as PDFs: their content, rendering and storage."""
