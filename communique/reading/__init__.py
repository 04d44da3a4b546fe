"""Reading documents: plain text, HTML pages, JSON Lines, directories and stdin into `Document`s."""
from communique.reading.documents import (
    Document,
    ReadError,
    document_from_input,
    normalise_published,
    read_inputs,
    read_text,
)

__all__ = ["Document", "ReadError", "document_from_input", "normalise_published", "read_inputs", "read_text"]
