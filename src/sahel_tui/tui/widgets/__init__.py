"""Widgets of the reader: they receive facts and post messages; they never parse text."""
