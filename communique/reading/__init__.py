"""Reading documents: plain text, HTML pages, JSON Lines, directories and stdin into `Document`s."""
from communique.reading.documents import (
    Document,
    ReadError,
    normalise_published,
    read_inputs,
    read_text,
)

__all__ = ["Document", "ReadError", "normalise_published", "read_inputs", "read_text"]
