"""What the routes of promises, corrections and watching declare in the OpenAPI document: their errors."""
from __future__ import annotations

_PROBLEM = {"application/json": {"schema": {"type": "object", "properties": {"detail": {"type": "string"}},
                                            "required": ["detail"]}}}

#: Every route may answer 400 (a bad value, with the store's message) and 422 (a malformed request).
ERRORS = {400: {"description": "a value the store refuses (unknown country, status, date...)", "content": _PROBLEM},
          422: {"description": "a request that does not have the declared shape", "content": _PROBLEM}}
NOT_FOUND = {404: {"description": "no such event or rule", "content": _PROBLEM}}
