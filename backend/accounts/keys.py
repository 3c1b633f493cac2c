"""The app's secret key, from which every stored identifier of a secret is derived."""

import hashlib
import hmac
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SecretKeys:
    """Keyed hashes of secrets (session tokens, device tokens, throttled e-mails and addresses),
    so that a copy of the database holds no usable secret and no address in the clear."""

    secret_key: str

    def digest(self, purpose: str, value: str) -> str:
        message = f"{purpose}\x00{value}".encode()
        return hmac.new(self.secret_key.encode(), message, hashlib.sha256).hexdigest()
