"""Coding events: a language-neutral coder that turns recognised mentions into PLOVER events."""
