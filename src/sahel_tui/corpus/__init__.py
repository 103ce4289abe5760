"""The corpus loader: article files in, clean ``Article`` records and ``LoadProblem``s out.

Nothing here imports Textual: the loader is used by the TUI, by ``extract`` and by tests.

Decisions other code can rely on:

- ``Article.body`` is the text facts' offsets index. Without front matter it is the
  *whole* file text, title line included (the title is a copy of the first line, so
  nothing in the file is hidden from the reader); with front matter it is everything
  after the closing ``---`` line, unstripped (the devset convention). Front matter
  that is not valid YAML is read line by line (``key: value``) when possible; one that
  cannot be used at all stays in the body, with a notice.
- All text is cleaned once, here (``clean.py``): newlines are ``\\n``, control and bidi
  characters are visible placeholders, zero-width characters are removed, NFC. Titles
  and metadata are single lines, capped (title 200 characters).
- ``Article.id`` is a slug of the file stem (``stem-N`` for the N-th item of a JSON list
  or the article on line N of a JSONL file; a slug of an explicit ``id`` field when
  there is one); a collision gets ``-2``, ``-3``... in reading order.
- ``Article.path`` is the path argument joined with the path inside it, as the user
  would type it, cleaned for display.
- Reading order: path arguments as given; in a folder, entries by name, depth first;
  hidden entries (``.git``, ``._x.md``) skipped; extensions ``.txt .md .markdown .json
  .jsonl`` (any file named explicitly is read, as text if its extension is unknown).
- A ``LoadProblem`` with severity ``"skipped"`` means no article came from that file
  (or that line/item); ``"notice"`` means the article loaded, degraded (encoding
  guessed, front matter ignored, file truncated, bad date dropped...).
"""

from sahel_tui.corpus.loader import DEFAULT_MAX_BYTES, iter_corpus, load_corpus
from sahel_tui.corpus.model import Article, LoadProblem, LoadResult, Severity

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Article",
    "LoadProblem",
    "LoadResult",
    "Severity",
    "iter_corpus",
    "load_corpus",
]
