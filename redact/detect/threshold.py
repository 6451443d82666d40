"""The score below which a finding is not proposed (its own module: run options import it without the models)."""

#: Findings below this score are not proposed at all. Low on purpose: recall beats precision.
DEFAULT_THRESHOLD = 0.35
