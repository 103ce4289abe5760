import dataclasses

import pytest

from sahel_tui.facts.model import (
    ActorMention,
    DateMention,
    FigureMention,
    new_actor_mention,
    new_date_mention,
    new_figure_mention,
    record_builder,
)

CASES = [
    (new_actor_mention, ActorMention, ("body", 0, 4, "Mali", 1, "mali", "Mali", "state")),
    (new_date_mention, DateMention, ("title", 3, 7, "2013", 0, "year", "2013", False, None)),
    (new_figure_mention, FigureMention, ("body", 9, 14, "2,400", 2, 2400, "soldiers", True, "france")),
]


@pytest.mark.parametrize("build, cls, args", CASES)
def test_fast_builders_make_the_same_frozen_records(build, cls, args):
    m = build(*args)
    assert type(m) is cls
    assert m == cls(*args) and hash(m) == hash(cls(*args)) and repr(m) == repr(cls(*args))
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.start = 99


def test_builder_falls_back_to_the_class_when_it_is_not_plain():
    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        a: int

        def __post_init__(self) -> None:
            if self.a < 0:
                raise ValueError("negative")

    assert record_builder(Checked) is Checked
