"""The payment tests take orders through the same shop as the document tests: the app, the demo data, real SMTP."""

from tests.api.test_issued_documents import shop

__all__ = ["shop"]
