"""communique: diplomatic news and press releases to PLOVER event records.

    >>> import communique
    >>> record = communique.extract("Le ministre … a reçu son homologue …", published="2024-05-02")
    >>> [e.event for e in record.events]
"""
__version__ = "0.1.0"

from .reading import Document, ReadError, read_inputs  # noqa: E402
from .record import Record  # noqa: E402

__all__ = ["extract", "extract_batch", "Document", "ReadError", "read_inputs", "Record", "__version__"]


def __getattr__(name: str):
    # The coder (and spaCy with it, a second to import) loads on first use, so that commands
    # that do not code (the questions, `serve`, the parent of `extract --jobs N`) start fast.
    if name in ("extract", "extract_batch"):
        from .coding import extract as coding

        return getattr(coding, name)
    raise AttributeError(f"module 'communique' has no attribute {name!r}")
