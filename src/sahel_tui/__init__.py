"""sahel-tui: a terminal reader for Sahel conflict news with extracted facts."""

__version__ = "0.1.0"
