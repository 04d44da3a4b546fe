"""The store's errors: each message names what is wrong and with which input."""


class StoreError(Exception):
    """A database that cannot be opened or used, or a question that cannot be asked."""


class QueryError(StoreError, ValueError):
    """A question that cannot be asked as put (unknown country, bad date...)."""


class UnknownName(QueryError):
    """A country, organisation or person no table knows."""
