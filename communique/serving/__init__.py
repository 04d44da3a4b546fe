"""Serving: the REST API and the offline web app for analysts, over one store (`create_app`)."""
from .app import create_app

__all__ = ["create_app"]
