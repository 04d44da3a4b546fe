"""Language analysis: language identification, sentence boundaries and one spaCy pipeline per language."""
