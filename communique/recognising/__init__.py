"""Recognising: spaCy components that find countries, organisations, titles, people and event cues."""
