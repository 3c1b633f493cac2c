"""The development mail catcher: an SMTP server on loopback that keeps what the app sends, shown at /dev/mail."""
