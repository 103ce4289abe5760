"""The reader: a Textual app over the corpus and its facts. The only package that imports Textual."""
