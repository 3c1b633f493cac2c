"""Money on documents: consumption tax per document and rate (later: quotes, invoices, receipts)."""
