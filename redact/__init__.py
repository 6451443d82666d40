"""redact: find, review and remove personal data in Swedish public documents."""

__version__ = "0.1.0"
