"""Mail: messages composed from templates, kept in an outbox with the change that causes them, sent by a dispatcher."""
