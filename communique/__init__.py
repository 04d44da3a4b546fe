"""communique: diplomatic news and press releases to PLOVER event records.

    >>> import communique
    >>> record = communique.extract("Le ministre … a reçu son homologue …", published="2024-05-02")
    >>> [e.event for e in record.events]
"""
__version__ = "0.1.0"

from .coding.extract import extract, extract_batch  # noqa: E402
from .reading import Document, ReadError, read_inputs  # noqa: E402
from .record import Record  # noqa: E402

__all__ = ["extract", "extract_batch", "Document", "ReadError", "read_inputs", "Record", "__version__"]
