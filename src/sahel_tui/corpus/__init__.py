"""The corpus loader: article files in, clean ``Article`` records and ``LoadProblem``s out.

Nothing here imports Textual: the loader is used by the TUI, by ``extract`` and by tests.
"""

from sahel_tui.corpus.loader import DEFAULT_MAX_BYTES, iter_corpus, load_corpus
from sahel_tui.corpus.model import Article, LoadProblem, LoadResult, Severity

__all__ = [
    "Article",
    "DEFAULT_MAX_BYTES",
    "LoadProblem",
    "LoadResult",
    "Severity",
    "iter_corpus",
    "load_corpus",
]
