"""Bank payments: statements read, credits matched to invoices, receipts issued."""
