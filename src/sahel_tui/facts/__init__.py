"""Facts: sentences, actors, dates and figures as immutable records, and their store.

Nothing here imports Textual.
"""

from sahel_tui.facts.model import (
    Actor,
    ActorMention,
    ArticleFacts,
    DateMention,
    FigureMention,
    Mention,
    Sentence,
)

__all__ = [
    "Actor",
    "ActorMention",
    "ArticleFacts",
    "DateMention",
    "FigureMention",
    "Mention",
    "Sentence",
]
