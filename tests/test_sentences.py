from sahel_tui.corpus.model import Article
from sahel_tui.facts.sentences import SentenceLocator, split_sentences


def _texts(article):
    return [article.field_text(s.field)[s.start : s.end] for s in split_sentences(article)]


def test_title_first_then_body_sentences():
    a = Article(id="a", path="a", title="Troops leave Gao", body="They left. Others stayed!")
    assert _texts(a) == ["Troops leave Gao", "They left.", "Others stayed!"]
    sents = split_sentences(a)
    assert [s.field for s in sents] == ["title", "body", "body"]
    assert [s.index for s in sents] == [0, 1, 2]


def test_abbreviations_and_initials_do_not_split():
    body = "Gen. Tiani met U.S. envoys on Sept. 15 in Niamey. J. Smith said so."
    a = Article(id="a", path="a", title="", body=body)
    assert _texts(a) == ["Gen. Tiani met U.S. envoys on Sept. 15 in Niamey.", "J. Smith said so."]


def test_quotes_and_lines_split():
    body = '"We left," he said. "Now?" No.\nA heading\n\nNext paragraph here.'
    a = Article(id="a", path="a", title="T", body=body)
    assert _texts(a)[1:] == ['"We left," he said.', '"Now?"', "No.", "A heading", "Next paragraph here."]


def test_locator_maps_offsets_to_sentences():
    a = Article(id="a", path="a", title="T", body="One two. Three four.")
    loc = SentenceLocator(split_sentences(a))
    assert loc.locate("title", 0) == 0
    assert loc.locate("body", 0) == 1
    assert loc.locate("body", 9) == 2
    assert loc.locate("body", 19) == 2


def test_empty_article_has_no_sentences_and_locator_is_safe():
    a = Article(id="a", path="a", title="", body="")
    assert split_sentences(a) == ()
    assert SentenceLocator(()).locate("body", 5) == 0


def test_a_dot_opening_a_line_is_not_read_as_an_abbreviation_on_the_line_above():
    body = "Troops left Gao. B.\n. Then Mali closed the border."
    a = Article(id="a", path="a", title="", body=body)
    assert _texts(a) == ["Troops left Gao.", "B.", ".", "Then Mali closed the border."]


def test_boundary_spans_read_from_the_marks_equal_the_regex_scan():
    from sahel_tui.facts.sentences import _BOUNDARY, _boundaries

    for text in ['Gen. Tiani spoke. "Why?!" he asked... Then: "No." (Yes.) A', "?! ..\t B",
                 "", "no marks here", 'He left." Then "Now?" B! C? D.']:
        assert _boundaries(text) == [(m.start(), m.end()) for m in _BOUNDARY.finditer(text)]
