"""A disclosure request as a case of many files: inputs collected, converted to PDF, redacted in parallel."""
