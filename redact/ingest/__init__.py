"""Ingest: documents in, pages of text with geometry out."""

from redact.ingest.pdf import describe_pdf, extract_page, iter_pages, open_pdf, read_page, sha256_file
from redact.ingest.text import read_text

__all__ = ["describe_pdf", "extract_page", "iter_pages", "open_pdf", "read_page", "read_text", "sha256_file"]
