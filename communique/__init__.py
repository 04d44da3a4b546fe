"""communique: diplomatic news and press releases to PLOVER event records."""
__version__ = "0.1.0"
