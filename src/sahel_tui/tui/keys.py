"""Every key of the reader, in one table: the help screen and the README list it.

Bindings live on the widgets and screens (each with an ``id`` so it can be remapped);
this table says, in words, what each one does where.
"""

from __future__ import annotations

KEYS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Everywhere",
        [
            ("?", "this help"),
            ("q", "quit"),
            ("ctrl+p", "command palette: every action, jump to an article or an actor"),
            ("tab / shift+tab", "next / previous pane (list, reader, facts)"),
            ("1  2  3", "go to the article list / the reader / the fact panel"),
            ("a  d  f", "go to the Actors / Dates / Figures panel"),
            ("s", "scope of the fact panels: this article ⇄ whole corpus"),
            ("n  N", "next / previous search match, else next / previous mention of the fact"),
            ("backspace  ctrl+o", "back to where you were before the last jump"),
            ("y", "copy the marked sentence with its citation (OSC 52 clipboard)"),
            ("e  !", "files skipped or loaded with a problem"),
            ("escape", "back out: close search, clear the mark, return to the list"),
        ],
    ),
    (
        "Article list",
        [
            ("j k  ↑ ↓", "move"),
            ("space b  pgdn pgup", "page down / up"),
            ("g G  home end", "first / last"),
            ("enter  click", "open the article in the reader"),
            ("/  or type", "filter: words, actor:NAME, kind:armed_group, source:RFI, "
                           "date:2022-01..2022-06 (terms combine)"),
            ("enter  ↓ (in filter)", "back to the list, keeping the filter"),
            ("escape (in filter)", "clear the filter"),
        ],
    ),
    (
        "Reader",
        [
            ("j k  ↑ ↓", "scroll a line"),
            ("space b  pgdn pgup", "scroll a page"),
            ("g G  home end", "top / bottom"),
            ("/", "search in the article (matches highlighted; n / N to step)"),
            ("click a mention", "select its fact"),
        ],
    ),
    (
        "Fact panels",
        [
            ("j k  ↑ ↓  g G", "move"),
            ("h l  ← →", "previous / next panel"),
            ("enter  click", "go to the sentence stating the fact (corpus scope: first "
                             "article stating it); n / N continue"),
        ],
    ),
    (
        "Highlights",
        [
            ("underlined", "actor"),
            ("italic", "date"),
            ("bold", "figure"),
            ("▌ in the margin", "the marked sentence; the fact itself is in reverse video"),
        ],
    ),
]
