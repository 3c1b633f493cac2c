"""The product catalogue: products, families, upgrade paths, terms and prices (data, not code)."""
