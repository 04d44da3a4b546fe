"""The error a language model raises, apart from the pipelines so that callers that only report
it (the command line, the parallel coder's parent process) need not import spaCy."""


class ModelError(RuntimeError):
    """A language model is missing or is not the pipeline communique was pinned to."""
