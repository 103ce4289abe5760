"""Date extraction: kinds, spans, ISO values, resolution, and what is never a date.

Every sentence here is written for these tests (none is taken from the devset).
"""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sahel_tui.corpus.model import Article
from sahel_tui.facts.dates import extract_dates, scan_atoms
from sahel_tui.facts.sentences import SentenceLocator, split_sentences

PUB = dt.date(2024, 3, 14)  # a Thursday


def run(body: str, published: dt.date | None = PUB, title: str = ""):
    art = Article(id="t", path="t.txt", title=title, body=body, published=published)
    return extract_dates(art, SentenceLocator(split_sentences(art)))


def found(body: str, published: dt.date | None = PUB, title: str = ""):
    """(text, kind, value) of every mention."""
    return [(d.text, d.kind, d.value) for d in run(body, published, title)]


def one(body: str, published: dt.date | None = PUB):
    ms = run(body, published)
    assert len(ms) == 1, [(m.text, m.kind, m.value) for m in ms]
    return ms[0]


# ---------------------------------------------------------------- explicit dates
@pytest.mark.parametrize(
    "body, text, value",
    [
        ("Rebels entered Menaka on 17 February 2022, officials said.", "17 February 2022",
         "2022-02-17"),
        ("The accord was signed on Feb. 17, 2022 in Algiers.", "Feb. 17, 2022", "2022-02-17"),
        ("The convoy left Gao on February 17, 2022.", "February 17, 2022", "2022-02-17"),
        ("Talks opened on Sept 17 in Lome.", "Sept 17", "2023-09-17"),
        ("Talks resumed on Sept. 15 in Lome.", "Sept. 15", "2023-09-15"),
        ("The charter was ratified on 2023-09-16 by all three.", "2023-09-16", "2023-09-16"),
        ("The decree is dated 17/02/2022.", "17/02/2022", "2022-02-17"),
        ("The council met on the 3rd of March.", "3rd of March", "2024-03-03"),
        ("The council met on Jan 5th.", "Jan 5th", "2024-01-05"),
    ],
)
def test_explicit_dates(body, text, value):
    m = one(body)
    assert (m.text, m.kind, m.value) == (text, "date", value)


def test_coordinated_days_share_the_month():
    assert found("Voting on 12 and 13 August 2023 was calm.") == [
        ("12", "date", "2023-08-12"), ("13 August 2023", "date", "2023-08-13")]


def test_day_first_numeric_dates_and_month_first_when_unambiguous():
    assert one("Signed on 03/04/2021 in Niamey.").value == "2021-04-03"
    assert one("Signed on 04/23/2021 in Niamey.").value == "2021-04-23"


def test_dateline_takes_the_year_nearest_publication():
    m = run("NIAMEY, Dec 30 (Agency) - Soldiers patrolled the capital.",
            published=dt.date(2025, 1, 2))[0]
    assert (m.text, m.value) == ("Dec 30", "2024-12-30")


def test_months_and_years():
    assert found("The offensive began in January 2012 and ended in 2013.") == [
        ("January 2012", "month", "2012-01"),
        ("2013", "year", "2013"),
    ]
    assert found("Fighting eased in May.") == [("May", "month", "2023-05")]
    assert found("Rebellions shook the north in the 1990s.") == [
        ("the 1990s", "year", "1990/1999")]


def test_coordinated_years_are_separate_mentions():
    assert found("Convoys were ambushed in 2017 and 2018.") == [
        ("2017", "year", "2017"), ("2018", "year", "2018"),
    ]


# ---------------------------------------------------------------- weekdays
def test_bare_weekday_is_the_most_recent_one():
    assert one("Gunmen attacked a market on Tuesday.").value == "2024-03-12"
    assert one("The envoy arrived on Thursday.").value == "2024-03-14"  # the day itself


@pytest.mark.parametrize(
    "body",
    [
        "The envoy will arrive in Niamey on Tuesday.",
        "The envoy is expected in Niamey on Tuesday.",
        "The envoy was due in Niamey on Tuesday.",
    ],
)
def test_weekday_made_future_by_the_text(body):
    assert one(body).value == "2024-03-19"


def test_next_and_last_weekday():
    assert found("Next Tuesday the talks resume. Last Friday they stalled.") == [
        ("Next Tuesday", "weekday", "2024-03-19"),
        ("Last Friday", "weekday", "2024-03-08"),
    ]


def test_no_publication_date_leaves_weekdays_and_deictics_null():
    got = run("Troops entered the town on Monday. Residents fled last month.", published=None)
    assert [(m.text, m.value, m.approx) for m in got] == [
        ("Monday", None, False), ("last month", None, False),
    ]


def test_no_publication_date_still_resolves_explicit_context():
    got = found("The mandate ended on June 30, 2021. Troops had until Dec. 31 to leave.",
                published=None)
    assert got == [("June 30, 2021", "date", "2021-06-30"), ("Dec. 31", "date", "2021-12-31")]


def test_dateline_with_year_stands_in_for_publication():
    got = found("DAKAR, March 5, 2023 (Agency) - Voting began on Sunday.", published=None)
    assert got == [("March 5, 2023", "date", "2023-03-05"), ("Sunday", "weekday", "2023-03-05")]


# ---------------------------------------------------------------- parts of days
def test_parts_of_days():
    got = found("Shots rang out on Monday night and again on Tuesday morning.")
    assert got == [("Monday night", "part", "2024-03-11"),
                   ("Tuesday morning", "part", "2024-03-12")]


def test_the_morning_takes_the_day_in_context():
    got = found("The camp was attacked on Tuesday. Later in the morning, drones struck.")
    assert got[1] == ("the morning", "part", "2024-03-12")


def test_overnight_is_the_two_day_interval():
    got = found("Soldiers seized the radio on Monday. Gunfire continued overnight.")
    assert got[1] == ("overnight", "part", "2024-03-11/2024-03-12")
    assert found("Gunfire continued overnight.")[0][2] == "2024-03-13/2024-03-14"


def test_the_weekend_is_saturday_and_sunday():
    got = run("Markets reopened after the weekend's clashes.")
    assert (got[0].text, got[0].kind, got[0].value) == (
        "the weekend", "part", "2024-03-09/2024-03-10")


# ---------------------------------------------------------------- durations
@pytest.mark.parametrize(
    "body, text, value, approx",
    [
        ("The siege lasted three decades.", "three decades", "P30Y", False),
        ("He ruled for nine and a half years.", "nine and a half years", "P9.5Y", False),
        ("The junta asked for 18 months to organise a vote.", "18 months", "P18M", False),
        ("The ambassador had 72 hours to leave.", "72 hours", "PT72H", False),
        ("It ended a two-day standoff.", "two-day", "P2D", False),
        ("An 18-month transition began.", "18-month", "P18M", False),
        ("The rebels held the town for nearly a decade.", "nearly a decade", "P10Y", True),
        ("The mission stayed more than ten years.", "more than ten years", "P10Y", True),
        ("The strike came less than two months after the coup.", "less than two months",
         "P2M", True),
        ("Violence spread over the past decade.", "the past decade", "P10Y", False),
        ("In the last month prices doubled.", "the last month", "P1M", False),
        ("Troops will leave over the following six months.", "the following six months",
         "P6M", False),
        ("The group has been weakened for about a dozen years.", "about a dozen years",
         "P12Y", True),
        ("Families waited for several days.", "several days", None, True),
        ("The road was closed for years.", "years", None, True),
        ("Aid will not arrive for months.", "months", None, True),
        ("Its influence lasted nearly half a century.", "nearly half a century", "P50Y",
         True),
    ],
)
def test_durations(body, text, value, approx):
    m = one(body)
    assert (m.text, m.kind, m.value, m.approx) == (text, "duration", value, approx)


def test_duration_ranges_are_one_vague_duration():
    m = one("Troops will leave over four to six months.")
    assert (m.text, m.kind, m.value, m.approx) == ("four to six months", "duration", None, True)


def test_vague_relative_periods():
    for body, text in (("Attacks rose in recent months.", "recent months"),
                       ("More troops will come in the coming weeks.", "the coming weeks"),
                       ("Talks failed over the following weeks.", "the following weeks")):
        m = one(body)
        assert (m.text, m.kind, m.value, m.approx) == (text, "relative", None, True)


def test_hedge_over_is_kept_out_when_it_means_during():
    m = one("Over three and a half years, the force changed.")
    assert (m.text, m.approx) == ("three and a half years", False)


# ---------------------------------------------------------------- relative expressions
def test_deictic_relatives():
    got = found("Elections were held last year and are due next year. This year is calm. "
                "The vote was postponed next week, then this month, then yesterday. Today "
                "it happened.")
    assert got == [
        ("last year", "relative", "2023"), ("next year", "relative", "2025"),
        ("This year", "relative", "2024"), ("next week", "relative", "2024-W12"),
        ("this month", "relative", "2024-03"), ("yesterday", "relative", "2024-03-13"),
        ("Today", "relative", "2024-03-14"),
    ]


def test_the_following_week_resolves_against_the_date_just_given():
    got = found("The bloc suspended Guinea on Oct. 4, 2022, and the AU followed the "
                "following week.")
    assert got[-1] == ("the following week", "relative", "2022-W41")


def test_that_month_and_month_of_that_year():
    got = found("The leader died in a crash in June 2021. That August, his men withdrew. "
                "By mid-2019 the group had grown. Its fighters left in May of that year.")
    assert ("That August", "relative", "2021-08") in got
    assert ("May of that year", "relative", "2019-05") in got


def test_the_following_and_previous_month_count_from_the_storys_month():
    pub = dt.date(2025, 4, 12)
    assert found("They signed a charter in September 2023 and a treaty the following July.",
                 pub)[-1] == ("the following July", "relative", "2024-07")
    assert found("It began in March 2023. The following July it ended.", pub)[-1] == (
        "The following July", "relative", "2023-07")
    assert found("The coup came in August 2020; the previous December, crowds marched.",
                 pub)[-1] == ("the previous December", "relative", "2019-12")


def test_the_following_month_after_a_backdrop_month():
    pub = dt.date(2025, 6, 20)
    got = found("Sales fell in April 2021. Ties have been frozen since the soldiers left in "
                "December 2023, and the embassy closed the following month.", pub)
    assert got[-1] == ("the following month", "relative", "2024-01")
    got = found("Ties have been frozen since the soldiers left in December 2023. The "
                "embassy closed the following month.", pub)
    assert got[-1] == ("the following month", "relative", "2024-01")


def test_month_with_a_deictic_year():
    assert found("Talks failed in December last year and resume in February next year.") == [
        ("December last year", "relative", "2023-12"),
        ("February next year", "relative", "2025-02"),
    ]


def test_the_same_day_is_the_date_just_given():
    got = found("Results of the May 2 vote came on Friday. Rebels attacked the same day.")
    assert got[-1] == ("the same day", "relative", "2023-05-02")


def test_the_same_evening_is_a_weekday_named_after_an_earlier_date():
    # a date in one sentence, a weekday in the next: "the same" is the weekday's day
    got = found("Digest of Thursday 14 March 2024. The council met on Wednesday. "
                "A decree read the same evening closed the borders.")
    assert got[-1] == ("the same evening", "relative", "2024-03-13")


def test_n_units_ago():
    assert found("Two years ago the base closed.") == [("Two years ago", "relative", "2022")]


def test_later_this_year_and_the_end_of_the_year():
    got = run("Elections are expected later this year, or by the end of the year.")
    assert [(m.text, m.kind, m.value, m.mod) for m in got] == [
        ("later this year", "relative", "2024", None),
        ("the end of the year", "part", "2024", "END"),
    ]


# ---------------------------------------------------------------- months without year
def test_month_without_year_is_the_most_recent_unless_future():
    assert one("The army retook the town in December.").value == "2023-12"
    assert one("A new offensive is planned for September.").value == "2024-09"


def test_future_earlier_in_the_sentence_without_past_tense_between():
    assert one("The envoys are mandated to prepare talks, and to open a conference on "
               "May 2.").value == "2024-05-02"
    assert one("The envoys were asked to prepare talks, and opened a conference on "
               "May 2.").value == "2023-05-02"
    got = found("About 2 million people are expected to go hungry, aid groups say, during "
                "the season that runs from June to August.")
    assert got == [("June to August", "range", "2024-06/2024-08")]


def test_future_in_a_quote_does_not_reach_the_attribution():
    got = found('"In the coming days we will decide," he said on Monday.')
    assert got[-1] == ("Monday", "weekday", "2024-03-11")


def test_year_after_a_determiner():
    assert found("A 2019 attack killed 100.") == [("2019", "year", "2019")]


def test_month_without_year_follows_the_narrative_year():
    got = found("In January 2012 rebels rose in the north, and on March 22 soldiers took "
                "power in the capital. The rebels proclaimed a state in April.",
                published=dt.date(2024, 3, 14))
    assert got == [("January 2012", "month", "2012-01"), ("March 22", "date", "2012-03-22"),
                   ("April", "month", "2012-04")]


def test_framing_year_gives_its_year_to_a_month():
    got = found("In 2019, troops left Tessalit in March.", published=dt.date(2024, 3, 14))
    assert got == [("2019", "year", "2019"), ("March", "month", "2019-03")]


def test_undated_article_takes_the_latest_year_it_states():
    got = found("The fighters advanced in early October. The mission closed in 2022.",
                published=None)
    assert got[0] == ("early October", "part", "2022-10")


# ---------------------------------------------------------------- modifiers
@pytest.mark.parametrize(
    "body, text, value, mod",
    [
        ("By mid-2012 the rebels were split.", "mid-2012", "2012", "MID"),
        ("Wagner arrived in late 2021.", "late 2021", "2021", "END"),
        ("Troops moved in early October.", "early October", "2023-10", "START"),
        ("The massacre took place in late March 2022.", "late March 2022", "2022-03", "END"),
        ("The mission closed at the end of 2023.", "the end of 2023", "2023", "END"),
        ("Prices rose sharply late last year.", "late last year", "2023", "END"),
        ("Aid will resume at the beginning of 2025.", "the beginning of 2025", "2025",
         "START"),
    ],
)
def test_mod(body, text, value, mod):
    m = one(body)
    assert (m.text, m.kind, m.value, m.mod) == (text, "part", value, mod)


# ---------------------------------------------------------------- ranges
def test_ranges():
    assert found("France kept troops there from 2013 to 2022.") == [
        ("2013 to 2022", "range", "2013/2022")]
    assert found("Rains fell between March and May.") == [
        ("March and May", "range", "2023-03/2023-05")]
    assert found("The 2015-2020 plan failed.") == [("2015-2020", "range", "2015/2020")]
    assert found("Schools closed from January to March 2022.") == [
        ("January to March 2022", "range", "2022-01/2022-03")]


def test_moved_dates_are_not_ranges():
    got = found("The vote was postponed from February to March.")
    assert [k for _, k, _ in got] == ["month", "month"]


# ---------------------------------------------------------------- times
def test_times_take_the_day_in_context_and_the_local_offset():
    got = run("BAMAKO, Sept 17 (Agency) - Shooting began on Tuesday at about 5 a.m. "
              "(0500 GMT).", published=dt.date(2024, 9, 17))
    times = [(m.text, m.value, m.approx) for m in got if m.kind == "time"]
    assert times == [("about 5 a.m.", "2024-09-17T05:00+00:00", True),
                     ("0500 GMT", "2024-09-17T05:00+00:00", False)]


def test_local_time_in_niger_is_utc_plus_one():
    got = run("NIAMEY, Sept 17 (Agency) - Shooting began at 6 a.m. (0500 GMT).",
              published=dt.date(2024, 9, 17))
    assert [m.value for m in got if m.kind == "time"] == [
        "2024-09-17T06:00+01:00", "2024-09-17T05:00+00:00"]


def test_time_before_a_day_takes_that_day():
    got = found("The ultimatum will expire at midnight on Sunday.")
    assert got[0] == ("midnight", "time", "2024-03-17T00:00+00:00")


# ---------------------------------------------------------------- spans
def test_spans_leave_prepositions_and_possessives_out():
    got = found("Since last year's coup, and until the weekend's talks, nothing moved "
                "before Tuesday's vote.")
    assert [t for t, _, _ in got] == ["last year", "the weekend", "Tuesday"]
    assert found("The army was ready no earlier than September.")[0][0] == "September"


def test_title_mentions_come_first():
    got = run("Talks began on Monday.", title="Talks to last two weeks")
    assert [(m.field, m.text) for m in got] == [("title", "two weeks"), ("body", "Monday")]


# ---------------------------------------------------------------- never dates
@pytest.mark.parametrize(
    "body",
    [
        "The army may withdraw, and May I say it may not.",
        "Thousands joined a march in the capital and marched to the embassy.",
        "Attacks spread across the Sahel and into Chad.",
        "April Longley Alley, an analyst, said the talks failed.",
        "The council adopted Resolution 2100 at its meeting.",
        "Drones flew from Air Base 201 near Agadez.",
        "France 24 broadcast the speech.",
        "The AU's Agenda 2063 sets out goals.",
        "The mission costs $10 million a month.",
        "Patrols run every day and twice a week, once every few weeks.",
        "Traoré, 34, and a 32-year-old driver were held, aged 20 years old.",
        "It was the second time in a row; on the first anniversary of the coup, crowds came.",
        "Now the army is there, but at the time it was not; later it left, and since then "
        "it has not returned.",
        "About 5,000 troops and 2,000 soldiers arrived, and 2000 soldiers more.",
        "Between 1,500 and 1,950 troops remain.",
        "The junta issued Ordinance No. 2023 and law 2020-014.",
        "The score was 10:4 in the final.",
        "Members of the June 5 Movement marched.",
    ],
)
def test_never_dates(body):
    assert found(body) == []


# ---------------------------------------------------------------- properties
_FRAGMENTS = st.sampled_from([
    "on Tuesday", "May", "may", "March", "a march", "2013", "Resolution 2100", "in 2020",
    "from 2013 to 2022", "between March and May", "two-day", "nine and a half years",
    "the following week", "Sept. 15", "17 February 2022", "0500 GMT", "about 5 a.m.",
    "overnight", "the weekend's", "late last year", "mid-2012", "the end of 2023", "years",
    "a month", "$10 million", "5,000 troops", "BAMAKO, Jan 12 (Wire) -", "that August",
    "August of that year", "the same day", ",", ".", "\n\n", "  ", "-", "'s", "Today",
    "12/03/2021", "2023-09-16", "the 1990s", "for several days", "nearly a decade", "x",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=30), st.lists(_FRAGMENTS, max_size=6),
       st.sampled_from([None, PUB]))
def test_spans_are_exact_ordered_and_disjoint(body_parts, title_parts, published):
    body = " ".join(body_parts)
    title = " ".join(title_parts)
    got = run(body, published, title)
    for m in got:
        text = title if m.field == "title" else body
        assert text[m.start:m.end] == m.text
        assert m.start < m.end
    fields = [m.field for m in got]
    assert fields == sorted(fields, key=lambda f: f != "title")
    for field in ("title", "body"):
        ms = [m for m in got if m.field == field]
        for a, b in zip(ms, ms[1:]):
            assert a.end <= b.start


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_extreme_publication_dates_do_not_break_resolution(published):
    got = run("Tomorrow, next week, next month, next year and the weekend; yesterday, "
              "last year, overnight, on Monday, in December, 3 years ago.", published)
    assert len(got) == 11
    for m in got:
        assert m.value is None or not m.value.startswith(("-", "0000", "10000"))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_breaks_spans(body):
    for m in run(body, None):
        assert body[m.start:m.end] == m.text


# ---------------------------------------------------------------- linear time
def _cpu(text: str) -> float:
    t0 = time.process_time()
    scan_atoms(text)
    return time.process_time() - t0


@pytest.mark.parametrize(
    "unit",
    ["7", "2013 ", "Tuesday March May ", "Mali Niger Bamako Kidal ", "years ",
     "nine and a half ", "-", "the following ", "Q1 2024 and 2023. "],
)
def test_cost_grows_linearly(unit):
    small = unit * (250_000 // len(unit))
    big = unit * (1_000_000 // len(unit))
    t_small = max(_cpu(small), 1e-3)
    t_big = _cpu(big)
    assert t_big < 10.0
    assert t_big / t_small < 8  # 4x the text: about 4x the time, never 16x


def test_fast_mention_constructor_matches_the_dataclass():
    from sahel_tui.facts.date_resolution import _mention
    from sahel_tui.facts.model import DateMention

    args = ("body", 3, 7, "2013", 0, "year", "2013", False, None)
    m = _mention(*args)
    assert type(m) is DateMention
    assert m == DateMention(*args) and hash(m) == hash(DateMention(*args))
    assert repr(m) == repr(DateMention(*args))
    with pytest.raises(AttributeError):  # still frozen
        m.start = 4  # type: ignore[misc]


# ---------------------------------------------------------------- narrative day
def test_clock_time_follows_the_story_day_not_the_filing_date():
    body = ("Herders were attacked near the well on Monday, officials said.\n\n"
            "The elders met at the mosque to discuss the matter. Nobody was arrested.\n\n"
            "Riders came at about 6 a.m. and left in the evening. A nurse arrived "
            "the next day.")
    got = {t: v for t, _, v in found(body)}
    assert got["about 6 a.m."].startswith("2024-03-11T06:00")
    assert got["the evening"] == "2024-03-11"
    assert got["the next day"] == "2024-03-12"


def test_a_since_clause_date_is_not_the_story_day():
    body = ("Crowds filled the square on Tuesday, the biggest rally since soldiers "
            "seized power on Jan. 9. It started at 8 a.m.")
    got = {t: v for t, _, v in found(body)}
    assert got["8 a.m."].startswith("2024-03-12T08:00")


def test_clock_time_looks_ahead_to_its_day():
    body = "The decree was broadcast at 9:15 pm local time (2015 GMT) on Monday."
    got = {t: v for t, _, v in found(body)}
    assert got["9:15 pm"].startswith("2024-03-11T21:15")
    assert got["2015 GMT"] == "2024-03-11T20:15+00:00"


@pytest.mark.parametrize("body, text, value", [
    ("Raiders hit the camp on the night of Feb. 3 to 4, a medic said.",
     "the night of Feb. 3 to 4", "2024-02-03/2024-02-04"),
    ("Raiders hit the camp on the night of 8 to 9 January 2022.",
     "the night of 8 to 9 January 2022", "2022-01-08/2022-01-09"),
])
def test_night_spanning_two_days_is_one_part(body, text, value):
    assert found(body)[0] == (text, "part", value)


@pytest.mark.parametrize("body, text, value", [
    ("The ceasefire ended a decade-long feud between the clans.", "decade-long", "P10Y"),
    ("A year-long drought emptied the wells.", "year-long", "P1Y"),
    ("After months-long talks, the deal held.", "months-long", None),
    ("The herders waited four nights at the ford.", "four nights", "P4D"),
    ("The well was dug in 2019, a year after the drought.", "a year", "P1Y"),
])
def test_hyphen_long_nights_and_a_year_after_are_durations(body, text, value):
    assert (text, "duration", value) in found(body)


def test_story_relative_words_and_clock_hours():
    body = ("Herders clashed on Monday from 3 o'clock until nightfall. "
            "The week before, elders had met. The day after, the road reopened. "
            "In the final weeks of the season, rain came.")
    got = found(body)
    assert ("3 o'clock", "time", "2024-03-11T15:00+00:00") in got
    assert ("nightfall", "part", "2024-03-11") in got
    assert ("The week before", "relative", "2024-W10") in got
    assert ("The day after", "relative", "2024-03-12") in got
    assert ("the final weeks", "relative", None) in got
    assert found("He rose at 5 o'clock in the morning.")[0][2] == "2024-03-14T05:00+00:00"


def test_attributive_month_and_scheduled_present():
    got = found("He won a May election. The March vote was close. The mandate expires "
                "on Jan. 5.")
    assert ("May", "month", "2023-05") in got
    assert ("March", "month", "2024-03") in got
    assert ("Jan. 5", "date", "2025-01-05") in got
    assert found("Protesters will March on the capital.") == []


# ---------------------------------------------------------------- context year and day
def test_since_clause_month_does_not_set_the_narrated_year():
    pub = dt.date(2025, 6, 20)
    got = found("Traders marched on 2 June, the largest protest since the army took power "
                "in March 2019. A second march called for 12 June went ahead.", pub)
    assert ("12 June", "date", "2025-06-12") in got
    # never: a month narrated in its own sentence keeps carrying its year
    got = found("In March 2019 the army took power. In June, traders marched.", pub)
    assert ("June", "month", "2019-06") in got


def test_abbreviated_month_does_not_end_the_clause_of_a_future_cue():
    pub = dt.date(2024, 8, 21)
    assert found("The ministry said it would open the road from Sept. 1 to Dec. 1.", pub)[-1] \
        == ("Sept. 1 to Dec. 1", "range", "2024-09-01/2024-12-01")


def test_past_relative_clause_or_past_verb_after_the_date_cancels_a_future_cue():
    pub = dt.date(2023, 8, 7)
    assert one("Envoys are expected to meet the colonels who staged the coup on July 20.",
               pub).value == "2023-07-20"
    assert one("A march planned for 2 August was banned by the governor.", pub).value \
        == "2023-08-02"
    # never cancelled: a plain future
    assert one("Envoys are expected to meet the colonels on August 20.", pub).value \
        == "2023-08-20"


def test_modal_and_scheduling_cues_make_a_weekday_future():
    assert one("The council may meet in Dakar as early as Saturday.").value == "2024-03-16"
    assert one("Summit set for Monday").value == "2024-03-18"
    # never: "may have", and never the month May
    assert one("The convoy may have left on Saturday.").value == "2024-03-09"


def test_when_clause_with_will_in_the_sentence_is_future():
    assert one("When the harvest ends in October, the families will go home.").value \
        == "2024-10"
    # never without will/shall in the sentence
    assert one("When the harvest ended in October, the families went home.").value \
        == "2023-10"


def test_range_does_not_become_the_story_day():
    pub = dt.date(2024, 8, 21)
    got = found("Trucks crossed on Tuesday. Officials said the road would stay open "
                "from Aug. 22 to Nov. 22. Talks were held the same week.", pub)
    assert got[-1] == ("the same week", "relative", "2024-W34")


def test_far_clock_time_takes_the_event_day_not_the_day_something_was_said():
    pub = dt.date(2025, 1, 10)
    body = ("The army said on Thursday that the post was overrun. The raid took place on "
            "Wednesday near the park.\n\nFighters came on motorbikes.\n\nThey fled north. "
            "Some were caught.\n\nThe shooting began at about 4 a.m., a soldier recalled.")
    assert found(body, pub)[-1][2] == "2025-01-08T04:00+00:00"


def test_clock_time_opening_a_line_is_the_live_blog_day():
    pub = dt.date(2023, 8, 7)
    body = ("09:15 GMT - Talks resume\n\nEnvoys met the officers who took power on July 20."
            "\n\n08:40 GMT - Roads quiet\n\nShops stayed shut since dawn.")
    got = found(body, pub)
    assert got[2] == ("08:40 GMT", "time", "2023-08-07T08:40+00:00")
    assert got[3] == ("dawn", "part", "2023-08-07")


def test_midnight_closes_the_day_and_its_conversion_is_the_same_instant():
    body = "Late on Sunday, the curfew began at midnight (2300 GMT) in Niamey."
    got = found(body, dt.date(2023, 8, 7))
    assert got[1:] == [("midnight", "time", "2023-08-07T00:00+01:00"),
                       ("2300 GMT", "time", "2023-08-06T23:00+00:00")]


def test_local_time_with_gmt_conversion_gives_the_offset():
    got = found("The decree was read at 8:15 pm local time (1915 GMT) on Friday in Dakar.",
                dt.date(2024, 3, 16))
    assert got[0] == ("8:15 pm", "time", "2024-03-15T20:15+01:00")
    assert got[1] == ("1915 GMT", "time", "2024-03-15T19:15+00:00")


# ---------------------------------------------------------------- parts, intervals, ranges
def test_quarters_halves_and_first_months_are_one_part_interval():
    pub = dt.date(2024, 10, 15)
    assert found("Attacks fell in the second quarter of 2023.", pub) == [
        ("the second quarter of 2023", "part", "2023-04/2023-06")]
    assert found("Prices rose in the first half of 2022.", pub) == [
        ("the first half of 2022", "part", "2022-01/2022-06")]
    assert found("Rains are forecast for the first half of July.", pub) == [
        ("the first half of July", "part", "2024-07-01/2024-07-15")]
    assert found("Events rose over the first eight months of 2023.", pub) == [
        ("the first eight months of 2023", "part", "2023-01/2023-08")]
    assert found("Violence eased in the first quarter.", pub) == [
        ("the first quarter", "part", "2024-01/2024-03")]
    # never: a quarter without ordinal, a quarter of a city, "half" of an amount
    assert found("A quarter of the town was burned; half the wells are dry.", pub) == []
    assert found("He lived in the old quarter for years.", pub) == [("years", "duration", None)]


def test_decades_and_centuries_are_year_intervals():
    assert found("Droughts hit the region in the 1970s.") == [
        ("the 1970s", "year", "1970/1979")]
    got = run("The borders were drawn in the early 20th century.")
    assert [(m.text, m.kind, m.value, m.mod) for m in got] == [
        ("the early 20th century", "year", "1900/1999", "START")]
    assert found("It may be the longest war of the 21st century.") == [
        ("the 21st century", "year", "2000/2099")]
    # never: a century as a duration keeps its duration reading
    assert found("The town has stood for a century.") == [("a century", "duration", "P100Y")]


def test_two_ended_ranges_of_days_times_and_a_named_weekend():
    got = found("The report covers 1 to 29 February.", dt.date(2024, 3, 14))
    assert got == [("1 to 29 February", "range", "2024-02-01/2024-02-29")]
    got = found("On Tuesday the governor said a curfew would run from 9 p.m. to 6 a.m.",
                dt.date(2024, 3, 14))
    assert got[1] == ("9 p.m. to 6 a.m.", "range",
                      "2024-03-12T21:00+00:00/2024-03-13T06:00+00:00")
    got = found("The convoy arrived on the weekend of March 9-10 after a long trip.")
    assert got == [("the weekend of March 9-10", "part", "2024-03-09/2024-03-10")]
    # never: coordinated days stay two dates
    assert [g[0] for g in found("Voting on 12 and 13 August 2023 was calm.")] == [
        "12", "13 August 2023"]


def test_seasons_with_last_this_next_or_a_year():
    pub = dt.date(2018, 5, 11)
    assert found("The senator spoke last fall about it.", pub) == [
        ("last fall", "relative", "2017-09/2017-11")]
    assert found("Talks resume next summer.", pub) == [
        ("next summer", "relative", "2018-06/2018-08")]
    assert found("Floods came in summer 2016.", pub) == [
        ("summer 2016", "part", "2016-06/2016-08")]
    # never a bare season or the verb "fall"
    assert found("Prices fall in spring when the harvest comes.", pub) == []


def test_mid_day_part_and_quoted_sentence_initial_duration():
    got = found("The trucks left on Monday and arrived by mid-afternoon.")
    assert got[1] == ("mid-afternoon", "part", "2024-03-11")
    assert found('"Two weeks is too short," a driver said.') == [
        ("Two weeks", "duration", "P2W")]


def test_frequencies_ages_and_glued_compound_numbers():
    # never: "every Sunday" (frequency), "aged 6 to 59 months" (ages are figures)
    assert found("Crowds gather every Sunday in the square.") == []
    assert found("Children aged 6 to 23 months were screened.") == []
    # the number of a hyphenated compound is the word glued to it
    assert found("She served two four-year terms.") == [("four-year", "duration", "P4Y")]


def test_word_boundaries_beyond_latin1():
    """The candidate scan blanks non-word characters on a Latin-1 copy: a word character
    beyond Latin-1 next to a trigger word is no boundary, punctuation beyond it is."""
    assert scan_atoms("Erdo\u011fMay 2023, Mayo\u0142 2023") == []
    found = scan_atoms("\u0416March 2020, \u201cMarch 2020\u201d \u2014 May 2021 \u201c2019\u201d")
    assert [(a.kind, a.y, a.m) for a in found] == [
        ("month", 2020, 3), ("month", 2021, 5), ("year", 2019, None)]


# ------------------------------------------------ multi-part spans (own sentences)
@pytest.mark.parametrize(
    "body, expected",
    [
        # "between" + a month's day + "and" + a day: one range, the end takes the month
        ("Herders fled between October 3 and 9 towards the river.",
         [("October 3 and 9", "range", "2023-10-03/2023-10-09")]),
        # never: a count after "and", or no "between" (two days, not one range here)
        ("Troops came between October 3 and 9 soldiers stayed.",
         [("October 3", "date", "2023-10-03")]),
        ("Herders fled on October 3 and the rest left later.",
         [("October 3", "date", "2023-10-03")]),
        # a weekday run into its date
        ("The vote is set for Tuesday 19 March in the capital.",
         [("Tuesday 19 March", "date", "2024-03-19")]),
        # a date or month with a deictic year
        ("Talks resumed on 2 February this year in Niamey.",
         [("2 February this year", "date", "2024-02-02")]),
        ("The convoy left in November last year, officials said.",
         [("November last year", "relative", "2023-11")]),
        # a weekday of a deictic week (PUB is a Thursday in 2024-W11)
        ("The mayor spoke on Monday last week to traders.",
         [("Monday last week", "relative", "2024-03-04")]),
        ("The mayor will speak on Friday next week to traders.",
         [("Friday next week", "relative", "2024-03-22")]),
        # two month names joined by a dash, no blank: one range
        ("Farmers will plant during the July\u2013September rains.",
         [("July\u2013September", "range", "2024-07/2024-09")]),
        # never: a dash with blanks is not this rule's business
        ("Rains fell in the south - September was dry.",
         [("September", "month", "2023-09")]),
    ],
)
def test_multi_part_spans(body, expected):
    assert found(body) == expected


def test_quoted_sentence_initial_deictic_year():
    assert found('"Last year the wells ran dry," she said. "This year we dug deeper."') == [
        ("Last year", "relative", "2023"), ("This year", "relative", "2024")]


# ------------------------------------------- months without a year (own sentences)
@pytest.mark.parametrize(
    "body, expected",
    [
        # "by" + a month in a present/modal sentence: the next such month
        ("Grain stocks could be exhausted by June.", [("June", "month", "2024-06")]),
        ("A ceasefire is possible by October, envoys believe.",
         [("October", "month", "2024-10")]),
        # never: "by" in a past sentence
        ("By June the herders had moved south.", [("June", "month", "2023-06")]),
        ("By October Keita signed the accord.", [("October", "month", "2023-10")]),
        # the reference month in the same sentence does not carry its year to a later
        # month in a past clause
        ("Aid runs short this month, after the donors cut funding in November.",
         [("this month", "relative", "2024-03"), ("November", "month", "2023-11")]),
    ],
)
def test_months_without_year(body, expected):
    assert found(body) == expected


def test_framing_month_sets_the_next_sentence_timeline():
    # an explicit month opening its sentence carries its year to a bare month in the
    # next sentence of the paragraph
    assert found("In January 2023 the mission opened a base in Gao. A second one followed "
                 "in February, near Menaka.") == [
        ("January 2023", "month", "2023-01"), ("February", "month", "2023-02")]
    # never when the bare month frames its own sentence, or the anchor does not frame
    assert found("In January 2023 the mission opened a base in Gao. In February, a second "
                 "one opened near Menaka.") == [
        ("January 2023", "month", "2023-01"), ("February", "month", "2024-02")]
    assert found("The mission, opened in January 2023, has a base in Gao. A second one "
                 "followed in February, near Menaka.") == [
        ("January 2023", "month", "2023-01"), ("February", "month", "2024-02")]


def test_written_quarters_with_and_without_a_year():
    pub = dt.date(2024, 12, 18)
    assert found("Fatalities in Q4 2024 already exceed the total for Q3.", pub) == [
        ("Q4 2024", "part", "2024-10/2024-12"), ("Q3", "part", "2024-07/2024-09")]
    assert found("Q5 and CQ3 are no quarters, nor is Q3x.", pub) == []


def test_a_day_in_the_coming_week_is_this_years_whatever_the_tense():
    pub = dt.date(2024, 12, 18)
    assert found("The brief covered 14–20 December.", pub) == [
        ("14–20 December", "range", "2024-12-14/2024-12-20")]
    assert found("It happened on 28 December.", pub) == [("28 December", "date", "2023-12-28")]


def test_a_deictic_word_after_an_opening_quote():
    pub = dt.date(2024, 11, 12)
    assert found('He said: "This morning we buried our dead."', pub) == [
        ("This morning", "part", "2024-11-12")]


def test_gabon_clock_times_take_west_africa_time():
    pub = dt.date(2023, 8, 30)
    assert ("about 4.30 a.m.", "time", "2023-08-30T04:30+01:00") in found(
        "In Libreville, soldiers spoke at about 4.30 a.m.", pub)


def test_the_following_or_previous_weekday_counts_from_the_storys_day():
    pub = dt.date(2024, 11, 12)
    assert found("On 3 October the army attacked. The following Friday, rebels struck back.",
                 pub)[1] == ("The following Friday", "weekday", "2024-10-04")
    assert found("The army spoke on Thursday. The governor had the previous Friday banned "
                 "motorcycles.", pub)[1] == ("the previous Friday", "weekday", "2024-11-01")


def test_the_week_before_counts_from_a_week_just_named():
    pub = dt.date(2024, 4, 16)  # ISO week 16
    assert found("Last week, we registered 3,200 new arrivals, up from 2,100 the week before.",
                 pub) == [("Last week", "relative", "2024-W15"),
                          ("the week before", "relative", "2024-W14")]
    # a day named after the week wins as the anchor
    assert found("Last week talks opened. On Monday they broke down. The following week, "
                 "they resumed.", pub)[-1] == ("The following week", "relative", "2024-W17")


def test_a_clock_time_belongs_to_the_story_day_not_the_day_something_was_said():
    pub = dt.date(2024, 11, 12)  # a Tuesday
    got = found("Jihadists killed eight people on Sunday night, sources said Tuesday. "
                "The assailants arrived at around 11 pm.", pub)
    assert got[-1] == ("around 11 pm", "time", "2024-11-10T23:00+00:00")
    # with no other day, the day of the saying is still the day
    assert found("The army said on Thursday that the attack began at 5 a.m.", pub)[-1] == (
        "5 a.m.", "time", "2024-11-07T05:00+00:00")


# ------------------------------------ two days off, anniversaries, names, modal starts
def test_the_day_before_yesterday_and_after_tomorrow_are_two_days_off():
    assert found("The day before yesterday, a convoy left; talks resume the day after "
                 "tomorrow.") == [("The day before yesterday", "relative", "2024-03-12"),
                                  ("the day after tomorrow", "relative", "2024-03-16")]


def test_units_ago_today_is_that_very_day():
    assert found("The junta seized power two years ago today.") == [
        ("two years ago today", "relative", "2022-03-14")]
    assert found("The camp opened six months ago.") == [("six months ago", "relative", "2023-09")]


def test_a_weekday_naming_a_place_is_no_date():
    assert found("Traders at the Monday Market said prices rose on Monday.") == [
        ("Monday", "weekday", "2024-03-11")]


def test_a_month_after_from_with_a_modal_verb_is_ahead():
    # published 14 March 2024: a bare month reads as the latest past one, unless a
    # modal verb points ahead
    assert found("Aid agencies may have to cut rations from August.") == [
        ("August", "month", "2024-08")]
    assert found("Stocks could run out from October.") == [("October", "month", "2024-10")]
    assert found("Rations were cut from August.") == [("August", "month", "2023-08")]
    assert found("The rebels may have taken the town in February.") == [
        ("February", "month", "2024-02")]


# ------------------------------------------- tense of a deadline, "since" years, seasons
def test_a_deadline_that_passed_is_past():
    pub = dt.date(2023, 8, 11)  # a Friday
    assert found("The deadline passed on Sunday without a reply.", pub) == [
        ("Sunday", "weekday", "2023-08-06")]
    assert found("The deadline is on Sunday.", pub) == [("Sunday", "weekday", "2023-08-13")]


def test_a_since_year_frames_no_later_month():
    pub = dt.date(2021, 9, 17)
    assert found("Since 2013, 50 soldiers have died. The plan was announced in June.",
                 pub)[-1] == ("June", "month", "2021-06")
    assert found("In 2019, troops left in March.", pub)[-1] == ("March", "month", "2019-03")


def test_a_month_range_holding_the_reference_looks_ahead_only_with_a_future_cue():
    pub = dt.date(2024, 6, 26)
    assert found("Between June and August, 6.9 million people are projected to face "
                 "hunger.", pub) == [("June and August", "range", "2024-06/2024-08")]
    assert found("Rains fell between June and August.", pub) == [
        ("June and August", "range", "2023-06/2023-08")]
    # a word in quotation marks is a term, not quoted speech (no past tense)
    assert found('Some 3 million people face Phase 3 ("crisis") or worse between June and '
                 'August.', pub)[-1] == ("June and August", "range", "2024-06/2024-08")
    assert found('"They raided us between June and August," a herder told us.', pub)[-1] == (
        "June and August", "range", "2023-06/2023-08")


def test_the_year_of_a_resolution_is_part_of_its_label():
    assert found("It acted under resolution 2719 (2023) last year.") == [
        ("last year", "relative", "2023")]


def test_a_half_or_quarter_of_a_named_relative_year():
    pub = dt.date(2024, 7, 30)
    assert found("In the first half of this year, 1,200 people died.", pub) == [
        ("the first half of this year", "part", "2024-01/2024-06")]
    assert found("Attacks rose in the second half of last year.", pub) == [
        ("the second half of last year", "part", "2023-07/2023-12")]
    # "of the year": the year the text has set
    assert found("In 2019, troops left. In the second half of the year, attacks rose.",
                 pub)[-1] == ("the second half of the year", "part", "2019-07/2019-12")


# ------------------------------------- deadlines, frequencies, named days, "from now"
def test_a_dated_deadline_after_by_with_a_modal_is_ahead():
    pub = dt.date(2023, 9, 26)
    assert found("The mission must leave by Dec. 31.", pub) == [("Dec. 31", "date", "2023-12-31")]
    assert found("By Dec. 31 the troops had left.", pub) == [("Dec. 31", "date", "2022-12-31")]


def test_only_an_event_ahead_can_be_postponed():
    pub = dt.date(2023, 9, 26)
    assert found("Junta postpones February presidential vote", pub) == [
        ("February", "month", "2024-02")]


def test_a_quoted_frequency_is_no_duration():
    assert found('"Every six months they find a new reason."') == []
    assert found('"Three months is not enough."') == [("Three months", "duration", "P3M")]


def test_formal_ordinal_day_of_month():
    assert found("Done at Accra, this 9th day of January 2022.") == [
        ("9th day of January 2022", "date", "2022-01-09")]


def test_next_same_and_following_parts_of_a_day():
    pub = dt.date(2024, 8, 27)
    assert found("The attack came on Saturday. He went back the next morning.", pub) == [
        ("Saturday", "weekday", "2024-08-24"), ("the next morning", "part", "2024-08-25")]
    assert found("The summit was on Sunday. It was preceded, on the same morning, by "
                 "another.", pub)[-1] == ("the same morning", "relative", "2024-08-25")


def test_a_weekday_written_with_its_date_picks_the_year():
    pub = dt.date(2025, 5, 19)
    assert found("Next issue: Monday 2 June.", pub) == [("Monday 2 June", "date", "2025-06-02")]
    assert found("The vote was held on Sunday 2 June.", pub) == [
        ("Sunday 2 June", "date", "2024-06-02")]


def test_from_now_and_a_year_ago_after_a_number():
    pub = dt.date(2025, 2, 14)
    assert found("Two years from now we could be talking about Parakou.", pub) == [
        ("Two years from now", "relative", "2027")]
    assert found("A ram costs 75,000, against about 40,000 a year ago.", pub) == [
        ("a year ago", "relative", "2024")]
    assert found("It pays $10 million a year.", pub) == []


def test_a_night_across_two_days_sets_the_story_day():
    pub = dt.date(2024, 11, 4)
    assert found("Fighters struck during the night of October 27 to 28. The president "
                 "flew there the next day.", pub)[-1] == ("the next day", "relative", "2024-10-28")
    pub = dt.date(2023, 4, 14)
    assert found("Cattle were taken during the night of Tuesday to Wednesday. They came "
                 "around 11 p.m.", pub) == [
        ("the night of Tuesday to Wednesday", "part", "2023-04-11/2023-04-12"),
        ("around 11 p.m.", "time", "2023-04-11T23:00+00:00")]


def test_comparisons_and_hyphenated_quarters():
    pub = dt.date(2024, 11, 5)
    assert found("Output fell 9% year-on-year in the third quarter.", pub) == [
        ("the third quarter", "part", "2024-07/2024-09")]
    assert found("It said in its third-quarter results that output rose.", pub) == [
        ("third-quarter", "part", "2024-07/2024-09")]
    assert found("In 2023, first-half profits fell.", pub)[-1] == (
        "first-half", "part", "2023-01/2023-06")
    assert found("A three-quarter majority agreed.", pub) == []


def test_a_day_something_was_said_through_a_channel_is_not_the_story_day():
    pub = dt.date(2024, 6, 13)
    body = ("Militants attacked an outpost on Tuesday, sources told Reuters on Thursday. "
            "The group said in a statement on Wednesday that it held the base. "
            '"We heard gunfire from 5 a.m.," a resident said.')
    assert found(body, pub)[-1] == ("5 a.m.", "time", "2024-06-11T05:00+00:00")


def test_coordinated_days_of_one_month_are_two_dates():
    pub = dt.date(2024, 12, 13)
    assert found("Jihadists killed 39 civilians on December 10 and 11.", pub) == [
        ("December 10", "date", "2024-12-10"), ("11", "date", "2024-12-11")]
    assert found("Troops moved on March 3 and 4, 2023, officials said.", pub) == [
        ("March 3", "date", "2023-03-03"), ("4, 2023", "date", "2023-03-04")]
    assert found("Fighting raged between July 25 and 27 near the border.", pub) == [
        ("July 25 and 27", "range", "2024-07-25/2024-07-27")]


def test_a_year_earlier_after_an_amount_is_no_rate():
    assert found("Hunger will hit 3.4 million, up from 2.9 million a year earlier.") == [
        ("a year", "duration", "P1Y")]
    assert found("It costs $10 million a year.") == []
    assert found("It pays 40 dollars a day before tax.") == []


def test_this_past_weekend_is_the_last_one():
    pub = dt.date(2024, 7, 24)
    assert found("This past weekend, gunmen struck.", pub) == [
        ("This past weekend", "part", "2024-07-20/2024-07-21")]
    assert found("It rained over the past weekend.", pub) == [
        ("the past weekend", "part", "2024-07-20/2024-07-21")]


def test_fiscal_years_written_fy():
    pub = dt.date(2025, 2, 12)
    assert found("The miner reports FY2025 guidance and Q3 output.", pub) == [
        ("FY2025", "year", "2025"), ("Q3", "part", "2024-07/2024-09")]
    assert found("Revenue fell in FY 2024.", pub) == [("FY 2024", "year", "2024")]


def test_the_early_hours_of_a_weekday_is_one_part():
    pub = dt.date(2024, 6, 12)
    assert found("Gunmen struck in the early hours of Monday.", pub) == [
        ("the early hours of Monday", "part", "2024-06-10")]
    assert found("They came in the small hours of Friday.", pub) == [
        ("the small hours of Friday", "part", "2024-06-07")]


# ---------------------------------------------------------------- ranges without "from"
@pytest.mark.parametrize("body, expected", [
    ("The strikes ran on July 25 to 27 near the border.",
     [("July 25 to 27", "range", "2023-07-25/2023-07-27")]),
    ("The mission visited Niamey from April 17 to 30, 2022.",
     [("April 17 to 30, 2022", "range", "2022-04-17/2022-04-30")]),
    ("Reporting period: 27 June\u20133 July 2023", [
        ("27 June\u20133 July 2023", "range", "2023-06-27/2023-07-03")]),
    ("Covering Friday 27 June to Thursday 3 July 2025, the brief lists 14 incidents.", [
        ("Friday 27 June to Thursday 3 July 2025", "range", "2025-06-27/2025-07-03")]),
    ("Talks ran 28 December to 3 January 2024.",
     [("28 December to 3 January 2024", "range", "2023-12-28/2024-01-03")]),
])
def test_two_whole_days_make_a_range(body, expected):
    assert found(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a count after the second number
    ("On July 25 to 27 soldiers deserted.", [("July 25", "date", "2023-07-25")]),
    # a shift of date names two dates (both ahead: only an event still to come is moved)
    ("The vote was moved 27 June to 3 July.",
     [("27 June", "date", "2024-06-27"), ("3 July", "date", "2024-07-03")]),
])
def test_no_range_for_a_count_or_a_shift(body, expected):
    assert found(body) == expected


def test_the_night_across_two_months_is_one_part():
    assert found("Drones struck on the night of March 31 to April 1, a source said.") == [
        ("the night of March 31 to April 1", "part", "2023-03-31/2023-04-01")]
    assert found("It began on the night of 31 December to 1 January 2022.") == [
        ("the night of 31 December to 1 January 2022", "part", "2021-12-31/2022-01-01")]
    # not consecutive: no night span
    assert [t for t, _, _ in found("on the night of March 30 to April 1")] == [
        "March 30 to April 1"]


def test_coordinated_months_share_the_year_written_once():
    assert found("Coups followed in January and September 2022.") == [
        ("January", "month", "2022-01"), ("September 2022", "month", "2022-09")]
    assert found("Talks failed in December and January 2023.") == [
        ("December", "month", "2022-12"), ("January 2023", "month", "2023-01")]


def test_a_day_just_before_a_dated_day_keeps_its_year():
    # the nearer reading is the month before the date the sentence gives, not the next year
    assert found("On 1 April 2022, the army said the operation ran from 27 to 31 March.",
                 dt.date(2023, 5, 19)) == [
        ("1 April 2022", "date", "2022-04-01"), ("27 to 31 March", "range", "2022-03-27/2022-03-31")]


def test_a_log_heading_day_with_its_clock_time_or_part():
    pub = dt.date(2025, 7, 4)
    assert found("Tue 1 Jul, around 0500 \u2013 Kayes town. Gunfire for three hours.", pub) == [
        ("Tue 1 Jul", "date", "2025-07-01"), ("around 0500", "time", "2025-07-01T05:00+00:00"),
        ("three hours", "duration", "PT3H")]
    assert found("Sat 28 Jun, evening \u2013 Macina axis.", pub) == [
        ("Sat 28 Jun", "date", "2025-06-28"), ("evening", "part", "2025-06-28")]
    assert found("Thurs. 3 Jul, from around 1430 \u2013 Gao.", pub)[1][1:] == (
        "time", "2025-07-03T14:30+00:00")
    # a year after the comma stays a year
    assert found("Signed on 1 July, 2025 in Bamako.", pub) == [
        ("1 July, 2025", "date", "2025-07-01")]


def test_a_day_of_the_month_said_alone():
    pub = dt.date(2024, 8, 9)
    # the paragraph's month
    assert found("Back to the end of July. The fighting starts on the twenty-fifth, the "
                 "Thursday, and lasts three days.", pub)[1:3] == [
        ("the twenty-fifth", "date", "2024-07-25"), ("the Thursday", "weekday", "2024-07-25")]
    # the reference's month, or the month before for a day still ahead in a past clause
    assert found("He arrived on the 3rd.", pub) == [("the 3rd", "date", "2024-08-03")]
    assert found("He arrived on the 23rd.", pub) == [("the 23rd", "date", "2024-07-23")]
    assert found("Talks will resume on the 23rd.", pub) == [("the 23rd", "date", "2024-08-23")]
    # after a day: the same day
    assert found("Bamako cut ties last Sunday, the fourth. Niger followed.", pub) == [
        ("last Sunday", "weekday", "2024-08-04"), ("the fourth", "date", "2024-08-04")]
    # a month in the same line of a timeline
    assert found("Jan 2024 \u2014 on the 28th, the three states say they are leaving.", pub) == [
        ("Jan 2024", "month", "2024-01"), ("the 28th", "date", "2024-01-28")]


@pytest.mark.parametrize("body", [
    "They met on the first day.", "The first attack hit Gao, the second, Kidal.",
    "He came on the 3rd floor.", "It ranked 28th, the 28th."])
def test_ordinals_that_are_no_day(body):
    assert found(body, dt.date(2024, 8, 9)) == []


def test_a_weekday_set_off_after_a_day_is_that_day():
    pub = dt.date(2024, 8, 9)
    assert found("The attack came on 25 July, a Thursday, at dawn.", pub)[:2] == [
        ("25 July", "date", "2024-07-25"), ("a Thursday", "weekday", "2024-07-25")]


def test_until_and_by_deadlines_ahead():
    pub = dt.date(2023, 6, 30)
    # a modal after "until DATE", an infinitive before "by DATE"
    assert found("The Council decided that, until 30 September, the Mission may respond. It "
                 "requested the Secretary-General to report on progress by 15 August.", pub) == [
        ("30 September", "date", "2023-09-30"), ("15 August", "date", "2023-08-15")]
    # past narration keeps the past reading
    assert found("The troops stayed until 30 September.", pub) == [
        ("30 September", "date", "2022-09-30")]


def test_until_after_a_present_verb_of_lasting_is_ahead():
    pub = dt.date(2025, 11, 10)
    assert found("Mali holds the rotating chair until February.", pub) == [
        ("February", "month", "2026-02")]
    # reported, the state still lasts; a noun "run" is no verb; the past stays past
    assert found("He said the curfew remains in force until 3 March.", pub) == [
        ("3 March", "date", "2026-03-03")]
    assert found("Officials said the run of attacks continued until October.", pub) == [
        ("October", "month", "2025-10")]
    assert found("The border remained closed until January.", pub) == [
        ("January", "month", "2025-01")]
    # a month later in this year: this year's, not last year's
    assert found("The rainy season, which lasts until December, floods latrines.", pub) == [
        ("December", "month", "2025-12")]
    assert found("The border remained closed until December.", pub) == [
        ("December", "month", "2024-12")]


def test_the_end_of_a_lasting_state_sets_no_timeline():
    # "in March" is narrated (signed): this year's, not the month after that February
    assert found("He holds the chair until February, and in March his government signed "
                 "a pact.", dt.date(2024, 7, 2)) == [
        ("February", "month", "2025-02"), ("March", "month", "2024-03")]


def test_a_year_set_off_before_months_is_theirs():
    assert found("Burkina Faso had two coups in 2022, in January and September.",
                 dt.date(2024, 12, 12)) == [
        ("2022", "year", "2022"), ("January", "month", "2022-01"),
        ("September", "month", "2022-09")]


def test_an_hour_in_words():
    pub = dt.date(2024, 7, 18)
    assert found("On Tuesday, by eight o'clock the road was full.", pub) == [
        ("Tuesday", "weekday", "2024-07-16"), ("eight o'clock", "time", "2024-07-16T08:00+00:00")]
    assert found("The talks open at ten o'clock in the morning.", pub) == [
        ("ten o'clock in the morning", "time", "2024-07-18T10:00+00:00")]


def test_days_heading_the_entries_of_a_diary_are_their_reference():
    body = ("Notes from Diffa.\n\nSunday 5 June\n\nLanded at noon. On Friday night fighters "
            "overran the town.\n\nTuesday\n\nWater all day. Last night the pump broke.\n\n"
            "Sunday 12 June\n\nToday is quiet.")
    got = found(body, dt.date(2016, 6, 12))
    assert [(t, v) for t, _, v in got] == [
        ("Sunday 5 June", "2016-06-05"), ("noon", "2016-06-05T12:00+01:00"),
        ("Friday night", "2016-06-03"), ("Tuesday", "2016-06-07"),
        ("Last night", "2016-06-06"), ("Sunday 12 June", "2016-06-12"),
        ("Today", "2016-06-12")]


def test_a_weekday_after_since_is_no_story_day():
    got = found("OCHA counted 50,000 displaced since Friday. The convoy reached Kablewa by "
                "dusk.", dt.date(2016, 6, 9))
    assert got == [("Friday", "weekday", "2016-06-03"), ("dusk", "part", "2016-06-09")]


def test_a_weekday_opening_a_period_is_no_story_day():
    body = ("Militants attacked a boat on Thursday, the government said. It declared three "
            "days of mourning from Friday.\n\nThe boat was hit at around 11 a.m. (1100 GMT).")
    got = found(body, dt.date(2023, 9, 8))
    assert [(t, v) for t, _, v in got][-2:] == [
        ("around 11 a.m.", "2023-09-07T11:00+00:00"), ("1100 GMT", "2023-09-07T11:00+00:00")]


def test_a_count_of_a_plural_then_a_day_is_a_rate():
    assert found("Exports near 80,000 barrels a day after a stop-start year.") == []
    # a plain duration before "after" stays one
    assert found("Refugees came a day after the attack.") == [("a day", "duration", "P1D")]


def test_the_second_half_of_a_month():
    pub = dt.date(2023, 11, 20)
    assert found("Fighting peaked in the second half of October.", pub) == [
        ("the second half of October", "part", "2023-10-16/2023-10-31")]
    assert found("in the second half of February 2024", pub) == [
        ("the second half of February 2024", "part", "2024-02-16/2024-02-29")]


def test_the_first_weeks_of_a_month():
    assert found("Three tankers loaded in the first two weeks of October.",
                 dt.date(2024, 11, 5)) == [
        ("the first two weeks of October", "part", "2024-10-01/2024-10-14")]


def test_a_nights_month_end_knows_leap_years():
    pub = dt.date(2025, 4, 8)
    assert found("on the night of 29 February to 1 March 2024", pub) == [
        ("the night of 29 February to 1 March 2024", "part", "2024-02-29/2024-03-01")]
    # 28 February is not the month's last day in 2024: no night across the month's end
    assert found("on the night of 28 February to 1 March 2024", pub)[0][1] == "range"


def test_a_participle_cue_before_a_noun_in_a_past_clause_is_no_future():
    pub = dt.date(2024, 10, 30)
    assert found("Output was lower because of a planned shutdown in mid-August.", pub) == [
        ("mid-August", "part", "2024-08")]
    # the same noun phrase in a clause that looks ahead stays ahead
    assert found("A planned shutdown in mid-August will cut output.", pub) == [
        ("mid-August", "part", "2025-08")]


def test_a_season_of_months_under_way_in_a_present_sentence_is_the_current_one():
    pub = dt.date(2017, 6, 30)
    assert found("Households face food gaps during the June–September lean season.",
                 pub) == [("June–September", "range", "2017-06/2017-09")]
    assert found("Households faced food gaps during the June–September lean season.",
                 pub) == [("June–September", "range", "2016-06/2016-09")]


def test_two_months_joined_by_to_in_hyphens_are_one_range():
    assert found("Millions will go hungry in the June-to-August lean season.",
                 dt.date(2024, 5, 17)) == [("June-to-August", "range", "2024-06/2024-08")]


def test_two_months_with_their_years_make_a_range_without_from():
    pub = dt.date(2017, 6, 30)
    assert found("The outlook covers June 2017 to January 2018.", pub) == [
        ("June 2017 to January 2018", "range", "2017-06/2018-01")]
    assert found("They met in June 2017 to plan the January 2018 vote.", pub) == [
        ("June 2017", "month", "2017-06"), ("January 2018", "month", "2018-01")]


def test_two_clock_times_joined_make_a_range_and_share_a_zone():
    pub = dt.date(2023, 12, 12)
    assert found("The debate, 17:30–19:00 GMT, was open.", pub) == [
        ("17:30–19:00 GMT", "range", "2023-12-12T17:30+00:00/2023-12-12T19:00+00:00")]
    assert found("In Bamako, the curfew runs 10 p.m.-5 a.m.", pub) == [
        ("10 p.m.-5 a.m.", "range", "2023-12-12T22:00+00:00/2023-12-13T05:00+00:00")]
    # a bare "17:30" with no zoned time after it is no time ("the 17:30 train" reads so)
    assert found("The score stood at 17 - 30 and 17:30 - 19:00 later.", pub) == []


def test_a_local_zone_after_a_clock_time_is_the_articles_zone():
    body = ("Department Spokesperson\nWashington, D.C.\n2:14 p.m. EDT\n\n"
            "MR. MILLER: Good afternoon. Niger's junta has held power for two months.\n\n"
            "The briefing ended at 3:21 p.m.")
    assert [d for d in found(body, dt.date(2023, 10, 10)) if d[1] == "time"] == [
        ("2:14 p.m. EDT", "time", "2023-10-10T14:14-04:00"),
        ("3:21 p.m.", "time", "2023-10-10T15:21-04:00")]
    # GMT after a local time is a conversion: bare times stay on the place's clock
    body = "NIAMEY, Oct 10 - The attack began at 11 a.m. (1000 GMT) and ended at 3 p.m."
    assert [d[2] for d in found(body, dt.date(2023, 10, 10)) if d[1] == "time"] == [
        "2023-10-10T11:00+01:00", "2023-10-10T10:00+00:00", "2023-10-10T15:00+01:00"]


def test_the_early_hours_of_a_named_day_take_its_date():
    pub = dt.date(2015, 2, 20)
    assert found("In the early hours of Friday 13 February, fighters crossed the lake.",
                 pub) == [("the early hours of Friday 13 February", "part", "2015-02-13")]
    assert found("In the early hours of Friday, fighters crossed.", pub) == [
        ("the early hours of Friday", "part", "2015-02-20")]


def test_the_first_or_last_week_of_a_month():
    pub = dt.date(2015, 2, 20)
    assert found("In the first week of January, 3,000 people arrived.", pub)[0] == (
        "the first week of January", "part", "2015-01-01/2015-01-07")
    assert found("Prices rose in the last week of January.", pub) == [
        ("the last week of January", "part", "2015-01-25/2015-01-31")]
    assert found("Prices rose in the last two weeks of February 2016.", pub)[0] == (
        "the last two weeks of February 2016", "part", "2016-02-16/2016-02-29")
    # without a month after it, "the last week" stays a duration
    assert found("Prices rose in the last week.", pub) == [("the last week", "duration", "P1W")]


@pytest.mark.parametrize("body, text, value", [
    ("He spent about one year and 10 months in custody.", "about one year and 10 months",
     "P1Y10M"),
    ("The trial took two years and three months.", "two years and three months", "P2Y3M"),
    ("The siege lasted 9 hours and 30 minutes.", "9 hours and 30 minutes", "PT9H30M"),
    ("It lasted three months and two days.", "three months and two days", "P3M2D"),
])
def test_a_duration_and_its_next_smaller_unit_are_one(body, text, value):
    assert [(d.text, d.value) for d in run(body) if d.kind == "duration"] == [(text, value)]


def test_a_duration_then_a_count_is_not_joined():
    assert found("It lasted two years and 40 soldiers died.") == [
        ("two years", "duration", "P2Y")]


def test_early_and_late_parts_of_a_day_and_the_early_hours():
    pub = dt.date(2020, 5, 12)
    assert found("On Monday, they came in the early hours and fought.", pub) == [
        ("Monday", "weekday", "2020-05-11"), ("the early hours", "part", "2020-05-11")]
    assert found("On Monday, police fired from early morning until the late afternoon.",
                 pub) == [("Monday", "weekday", "2020-05-11"),
                          ("early morning", "part", "2020-05-11"),
                          ("the late afternoon", "part", "2020-05-11")]


def test_a_weekday_after_starting_is_ahead():
    pub = dt.date(2021, 3, 22)  # a Monday
    assert found("The government declared national mourning starting Tuesday and said "
                 "troops had been sent.", pub) == [("Tuesday", "weekday", "2021-03-23")]
    assert found("The strike, starting Tuesday, was the longest.", pub) == [
        ("Tuesday", "weekday", "2021-03-16")]


def test_a_day_read_on_state_television_is_when_it_was_said():
    body = ("The attackers struck on Sunday, according to a statement read on state "
            "television late Monday.\n\nThey arrived at around 2:00 pm and fired for hours.")
    times = [d for d in found(body, dt.date(2021, 3, 22)) if d[1] == "time"]
    assert times == [("around 2:00 pm", "time", "2021-03-21T14:00+00:00")]


def test_a_part_of_the_day_before_on_and_a_day_takes_that_day():
    pub = dt.date(2019, 4, 10)
    assert found("At dawn on Saturday 23 March, armed men attacked the village.", pub) == [
        ("dawn", "part", "2019-03-23"), ("Saturday 23 March", "date", "2019-03-23")]


def test_the_end_of_the_month_just_narrated():
    pub = dt.date(2019, 4, 10)
    assert found("In March, attacks rose. The worst came at the end of the month.", pub) == [
        ("March", "month", "2019-03"), ("the end of the month", "part", "2019-03")]
    # ahead, or with no month in the paragraph, it is the reference's month
    assert found("In March, attacks rose. Troops will leave by the end of the month.",
                 pub)[1] == ("the end of the month", "part", "2019-04")
    assert found("The worst came at the end of the month.", pub) == [
        ("the end of the month", "part", "2019-04")]


def test_a_year_written_once_after_two_dates_is_both():
    pub = dt.date(2016, 5, 17)
    assert found("The accord, signed on May 15 and June 20, 2015, is stalled.", pub) == [
        ("May 15", "date", "2015-05-15"), ("June 20, 2015", "date", "2015-06-20")]
    # a date in another clause keeps its own reading
    assert found("They met on May 15 and talked on June 20, 2015.", pub)[0] == (
        "May 15", "date", "2016-05-15")


def test_moving_a_date_across_a_comma_names_two_dates():
    pub = dt.date(2016, 5, 17)
    assert found("It would move the closing date by two years, from June 30, 2018 to "
                 "June 30, 2020.", pub) == [
        ("two years", "duration", "P2Y"), ("June 30, 2018", "date", "2018-06-30"),
        ("June 30, 2020", "date", "2020-06-30")]
    assert found("The mission ran from June 30, 2018 to June 30, 2020.", pub) == [
        ("June 30, 2018 to June 30, 2020", "range", "2018-06-30/2020-06-30")]


def test_a_dated_event_named_before_its_noun_is_not_the_story_day():
    body = ("A court on Friday jailed the commander behind the December 25, 2011 bombing "
            "of the church.\n\nHe was brought in at about 9.45am.")
    assert found(body, dt.date(2013, 12, 21))[-1] == (
        "about 9.45am", "time", "2013-12-20T09:45+00:00")


def test_a_deadline_given_until_a_day_is_ahead():
    pub = dt.date(2023, 8, 3)  # a Thursday
    assert found("The bloc gave the soldiers until Sunday to stand down.", pub) == [
        ("Sunday", "weekday", "2023-08-06")]
    assert found("The mutineers have until Sunday to comply.", pub) == [
        ("Sunday", "weekday", "2023-08-06")]
    assert found("Miners were given until September to leave.", pub) == [
        ("September", "month", "2023-09")]
    # no deadline: the most recent one
    assert found("Fighting went on until Sunday.", pub) == [("Sunday", "weekday", "2023-07-30")]
    assert found("He had until Sunday to comply.", pub) == [("Sunday", "weekday", "2023-07-30")]


def test_a_month_ahead_before_a_modal_verb_is_this_years():
    pub = dt.date(2024, 5, 17)
    assert found("A dry spell in July could cut yields.", pub) == [("July", "month", "2024-07")]
    assert found("Rains in August will help the herders.", pub) == [
        ("August", "month", "2024-08")]
    # a guess about the past stays past
    assert found("The mutiny in July may have been planned.", pub) == [
        ("July", "month", "2023-07")]


def test_adjourned_to_a_date_is_ahead():
    pub = dt.date(2013, 12, 21)
    assert found("The judge adjourned the trial of two other suspects to February 3.",
                 pub) == [("February 3", "date", "2014-02-03")]
    assert found("The talks were adjourned until Monday.", pub) == [
        ("Monday", "weekday", "2013-12-23")]
    # a vote moved to a new date
    assert found("Deputies voted to move the election to Dec. 15, after police removed "
                 "members.", dt.date(2024, 3, 29))[-1] == ("Dec. 15", "date", "2024-12-15")
    assert found("The talks were adjourned on Monday.", pub) == [
        ("Monday", "weekday", "2013-12-16")]


def test_a_day_ahead_anchors_no_previous_weekday_in_past_narration():
    body = ("Gunmen killed 137 people, the government said Monday. They struck on Sunday.\n\n"
            "It declared mourning starting Tuesday.\n\n"
            "The massacre came after gunmen killed 58 people on the previous Monday.")
    assert found(body, dt.date(2021, 3, 22))[-1] == (
        "the previous Monday", "weekday", "2021-03-15")


def test_since_the_start_of_the_month_is_this_month():
    assert found("The AU met on 29 January. Flights have been suspended since the start of "
                 "the month.", dt.date(2015, 2, 20))[-1] == (
        "the start of the month", "part", "2015-02")


def test_every_weekday_and_another_is_a_frequency():
    assert found("Convoys run every Tuesday and Friday when the lake is calm.") == []
    assert [d[0] for d in found("They met on Tuesday and Friday.")] == ["Tuesday", "Friday"]


def test_should_with_a_plain_verb_looks_ahead():
    pub = dt.date(2024, 3, 5)
    assert found("Prices should keep rising until the next harvest in October.", pub) == [
        ("October", "month", "2024-10")]
    assert found("The army should have left in October.", pub) == [
        ("October", "month", "2023-10")]


@pytest.mark.parametrize("body, expected", [
    ("In 1990 soldiers seized power.", [("1990", "year", "1990")]),
    ("Between 2012 and 2013 soldiers left.", [("2012 and 2013", "range", "2012/2013")]),
    ("About 1950 people fled.", []),
    ("Nearly two centuries earlier, in 1818, a cleric founded a state.",
     [("Nearly two centuries", "duration", "P200Y"), ("1818", "year", "1818")]),
    ("About 1850 people fled in 1850 boats.", []),
])
def test_years_before_counted_nouns_and_years_of_the_1800s(body, expected):
    assert found(body) == expected


def test_a_scheduled_event_named_with_its_day_is_ahead_in_a_present_clause():
    pub = dt.date(2024, 2, 27)
    assert found("Chad sets May 6 presidential vote", pub) == [("May 6", "date", "2024-05-06")]
    assert found("The May 6 vote was held peacefully.", pub) == [
        ("May 6", "date", "2023-05-06")]
    # far ahead, the past one is nearer: results of "the Dec. 29 elections" in January
    assert found("Results of the Dec. 29 legislative elections are due.",
                 dt.date(2025, 1, 9)) == [("Dec. 29", "date", "2024-12-29")]


def test_a_list_of_key_dates_keeps_the_years_of_the_text():
    body = ("Candidates must file their papers in March. The first round will be held on "
            "May 6.\n\n"
            "KEY DATES\n\nMarch - candidates file papers\n\nMay 6 - first round")
    assert found(body, dt.date(2024, 2, 27)) == [
        ("March", "month", "2024-03"), ("May 6", "date", "2024-05-06"),
        ("March", "month", "2024-03"), ("May 6", "date", "2024-05-06")]


def test_a_weekday_a_comma_and_its_date_are_one_date():
    pub = dt.date(2015, 7, 20)
    assert found("On Saturday, July 11, a man was killed.", pub) == [
        ("Saturday, July 11", "date", "2015-07-11")]
    assert found("It happened on Thursday, 9 January 2020.", pub) == [
        ("Thursday, 9 January 2020", "date", "2020-01-09")]
    # an anchored weekday keeps its own span; a count after a comma is no date
    assert found("On Monday, 40 people died.", pub) == [("Monday", "weekday", "2015-07-20")]


def test_a_past_tense_in_a_later_clause_leaves_a_deadline_ahead():
    pub = dt.date(2023, 7, 25)
    assert found("The Council voted to end the mission by December 31, as Bamako had "
                 "demanded.", pub) == [("December 31", "date", "2023-12-31")]
    assert found("By July, the troops had left.", dt.date(2023, 5, 25)) == [
        ("July", "month", "2022-07")]


def test_a_scheduled_event_of_a_day_to_come():
    pub = dt.date(2013, 6, 20)
    assert found("The army returns in time for the presidential election of 28 July.",
                 pub) == [("28 July", "date", "2013-07-28")]
    assert found("The election of 28 July was peaceful.", pub) == [
        ("28 July", "date", "2012-07-28")]


def test_days_of_speech_opening_a_sentence_or_set_off_after_yesterday():
    body = ("The attack came on Sunday 14 November 2021. The communique read yesterday, "
            "Tuesday 16 November, gave 49 dead.\n\nOn Monday, the Government spoke of 32 "
            "dead.\n\nThe assailants attacked the position at dawn.")
    assert found(body, dt.date(2021, 11, 17))[-1] == ("dawn", "part", "2021-11-14")
    # a day ending its clause before "sources said" is the event's
    body = ("Jihadists killed eight people on Sunday night, sources said Tuesday.\n\n"
            "They arrived at around 11 pm.")
    assert found(body, dt.date(2024, 11, 12))[-1] == (
        "around 11 pm", "time", "2024-11-10T23:00+00:00")


def test_quarters_in_title_case_and_with_the_year_right_after():
    pub = dt.date(2024, 10, 30)
    assert found("Nakambe Gold - Third Quarter 2024 Results", pub) == [
        ("Third Quarter 2024", "part", "2024-07/2024-09")]
    assert found("Fourth-quarter production is expected at 42,000 oz.", pub) == [
        ("Fourth-quarter", "part", "2024-10/2024-12")]
    assert found("Half of the fighters left.", pub) == []


@pytest.mark.parametrize("body, text, value", [
    ("The junta could stay for up to five more years.", "up to five more years", "P5Y"),
    ("They waited two more weeks.", "two more weeks", "P2W"),
    ("The mission got 12 additional months.", "12 additional months", "P12M"),
])
def test_a_number_then_more_then_a_unit_is_a_duration(body, text, value):
    assert [(d.text, d.value) for d in run(body) if d.kind == "duration"] == [(text, value)]


def test_a_clock_time_alone_on_its_line_and_take_weeks():
    pub = dt.date(2022, 2, 4)
    assert found("Press release\n4 February 2022\n15:10\nThe Council acted.", pub) == [
        ("4 February 2022", "date", "2022-02-04"), ("15:10", "time", "2022-02-04T15:10+00:00")]
    assert found("The score was 15:10 at half time.", pub) == []
    assert found("Production could take weeks to resume.", pub) == [
        ("weeks", "duration", None)]


def test_a_weekday_called_for_is_the_day_set():
    pub = dt.date(2021, 3, 23)  # a Tuesday
    assert found("The march that organisations had called for Saturday has been postponed.",
                 pub) == [("Saturday", "weekday", "2021-03-27")]
    assert found("They called for calm on Saturday.", pub) == [
        ("Saturday", "weekday", "2021-03-20")]


# ------------------------------------------- sixth session: from heldout15's first run
@pytest.mark.parametrize("body, expected", [
    # two years in order need no "from" (but a change verb makes two points)
    ("The review covered the years 2016 to 2021 in detail.",
     [("2016 to 2021", "range", "2016/2021")]),
    ("Exports jumped from 2016 to 2021.", [("2016", "year", "2016"), ("2021", "year", "2021")]),
    ("Between 2016 and 2021 things changed; 2021 to 2016 is no range.",
     [("2016 and 2021", "range", "2016/2021"), ("2021", "year", "2021"), ("2016", "year", "2016")]),
    # "mid-year", like "year-end", is a part of the publication year
    ("A deal may come by mid-year, or at year-end.",
     [("mid-year", "part", "2024"), ("year-end", "part", "2024")]),
    # the early hours of a day written with its date, with or without its weekday
    ("The flood came in the early hours of Saturday, March 9, and again on March 11.",
     [("the early hours of Saturday, March 9", "part", "2024-03-09"),
      ("March 11", "date", "2024-03-11")]),
    ("The flood came in the early hours of 9 March.",
     [("the early hours of 9 March", "part", "2024-03-09")]),
])
def test_year_ranges_mid_year_and_early_hours_of_a_date(body, expected):
    assert found(body) == expected


def test_mid_year_mod_and_a_past_verb_between_a_future_cue_and_its_month():
    assert one("Talks should end by mid-year.").mod == "MID"
    # the cue is the main clause's; the month belongs to a subject's past verb
    assert found("The force is to shrink under plans Paris announced in January.") == [
        ("January", "month", "2024-01")]
    assert found("The vote will be held in January.") == [("January", "month", "2025-01")]


@pytest.mark.parametrize("body, expected", [
    ("She had been held since Christmas Eve 2016.", [("Christmas Eve 2016", "date", "2016-12-24")]),
    ("Gunmen struck on New Year's Day 2019 and on New Year’s Eve.",
     [("New Year's Day 2019", "date", "2019-01-01"), ("New Year’s Eve", "date", "2019-12-31")]),
    ("Fighting paused over Christmas.", [("Christmas", "date", "2023-12-25")]),
    ("In 2015 the town fell; that Christmas nobody prayed.",
     [("2015", "year", "2015"), ("that Christmas", "relative", "2015-12-25")]),
    ("They flew to Christmas Island and met the Christmas Day massacre's survivors.",
     [("Christmas Day", "date", "2023-12-25")]),
])
def test_fixed_date_holidays(body, expected):
    assert found(body) == expected


def test_a_past_clock_time_is_not_put_on_a_day_still_to_come():
    got = found("The briefing was held on Thursday 14 March. The next one is on Thursday "
                "21 March. The briefing ended at 12.05 p.m.")
    assert got[-1] == ("12.05 p.m.", "time", "2024-03-14T12:05+00:00")
    # a time ahead stays on the day ahead
    got = found("The summit opens on Thursday 21 March. Leaders will arrive at 9 a.m.")
    assert got[-1] == ("9 a.m.", "time", "2024-03-21T09:00+00:00")


def test_a_dated_dateline_is_the_reference_of_its_item():
    body = ("DAKAR, March 7 — The minister spoke on Tuesday evening.\n\n"
            "NIAMEY, March 13 — The council met on Tuesday. Yesterday it rained.")
    assert found(body) == [
        ("March 7", "date", "2024-03-07"), ("Tuesday evening", "part", "2024-03-05"),
        ("March 13", "date", "2024-03-13"), ("Tuesday", "weekday", "2024-03-12"),
        ("Yesterday", "relative", "2024-03-12")]
    # a dateline far from publication is no reference: "Tuesday" is the publication's
    assert found("DAKAR, Jan. 7 — The minister spoke on Tuesday.")[-1] == (
        "Tuesday", "weekday", "2024-03-12")


def test_plan_to_looks_ahead():
    assert found("Survivors plan to gather on Saturday.") == [("Saturday", "weekday", "2024-03-16")]
    assert found("Survivors gathered on Saturday.") == [("Saturday", "weekday", "2024-03-09")]


@pytest.mark.parametrize("body, expected", [
    ("The meeting began at 15h30 and ended at 18h.",
     [("15h30", "time", "2024-03-14T15:30+00:00"), ("18h", "time", "2024-03-14T18:00+00:00")]),
    ("A 48h strike ends in 18h; 6h later it resumed.", []),
    ("The raid began around 5:30am local time on Tuesday.",
     [("around 5:30am", "time", "2024-03-12T05:30+00:00"), ("Tuesday", "weekday", "2024-03-12")]),
])
def test_hour_alone_after_at_and_a_local_time_before_its_day(body, expected):
    assert found(body) == expected


def test_a_span_of_months_holding_the_current_one_in_a_present_sentence_is_current():
    assert found("The curfew runs from March to May.") == [("March to May", "range", "2024-03/2024-05")]
    # told in the past, it cannot have run to May yet: the last such span
    assert found("The curfew ran from March to May.") == [("March to May", "range", "2023-03/2023-05")]


def test_half_years_with_their_year():
    assert found("In H1 2023 exports rose; the H2 team met; H2 2022 was worse.") == [
        ("H1 2023", "part", "2023-01/2023-06"), ("H2 2022", "part", "2022-07/2022-12")]


@pytest.mark.parametrize("body, expected", [
    ("Some 2,000 migrants died in the first five months of the year.",
     [("the first five months of the year", "part", "2024-01/2024-05")]),
    ("- 2015: the group pledges allegiance in March; by the end of the year it loses towns.",
     [("2015", "year", "2015"), ("March", "month", "2015-03"),
      ("the end of the year", "part", "2015")]),
    # ahead, or since: the reference's year
    ("Polls closed in 2020, and by the end of the year the junta will leave.",
     [("2020", "year", "2020"), ("the end of the year", "part", "2024")]),
])
def test_months_of_the_year_and_the_year_a_list_entry_writes(body, expected):
    assert found(body) == expected


def test_the_small_hours_after_a_night_or_an_evening_are_on_the_next_day():
    got = found("Gunmen struck during the night of Friday to Saturday. The assault began around "
                "2 a.m. (0200 GMT).")
    assert got[1:] == [("around 2 a.m.", "time", "2024-03-09T02:00+00:00"),
                       ("0200 GMT", "time", "2024-03-09T02:00+00:00")]
    got = found("On 4 March gunfire was heard that evening. Then, at 2 a.m., men entered the town.")
    assert got[-1] == ("2 a.m.", "time", "2024-03-05T02:00+00:00")
    # the early hours of a day are that day's; a day written with the time is its own
    got = found("The water came in the early hours of Tuesday, March 12. By around 3am it rose.")
    assert got[-1] == ("around 3am", "time", "2024-03-12T03:00+00:00")


def test_after_a_night_across_two_days_dawn_is_the_second_and_the_next_morning_too():
    got = found("Gunmen struck during the night of Friday to Saturday. The assault began around "
                "2 a.m. By dawn the market was ash. The next morning, he walked back.")
    assert [(t, v) for t, _, v in got[1:]] == [
        ("around 2 a.m.", "2024-03-09T02:00+00:00"), ("dawn", "2024-03-09"),
        ("The next morning", "2024-03-09")]


def test_a_bulletins_seven_days_shift_for_the_previous_and_following_week():
    got = found("Key figures for 2-8 March, with the previous week in brackets. The following "
                "week was calmer.")
    assert got == [("2-8 March", "range", "2024-03-02/2024-03-08"),
                   ("the previous week", "relative", "2024-02-24/2024-03-01"),
                   ("The following week", "relative", "2024-03-09/2024-03-15")]
    # a Monday-to-Sunday bulletin week: the ISO week before
    got = found("It covers 4 to 10 March 2024. Attacks rose from the previous week.")
    assert got[-1] == ("the previous week", "relative", "2024-W09")


def test_a_clock_time_right_after_a_day_is_on_that_day_even_a_day_of_speech():
    got = found("The accord of 17 December 2018 was ended. The minister stated on Monday at "
                "8 p.m. (2000 GMT) that it was no break.")
    assert got[2:] == [("8 p.m.", "time", "2024-03-11T20:00+00:00"),
                       ("2000 GMT", "time", "2024-03-11T20:00+00:00")]


def test_an_end_put_off_until_a_month_is_ahead():
    assert found("The council extended the curfew by three months, until late February.")[-1] == (
        "late February", "part", "2025-02")
    assert found("Mali extended the ban until January.") == [("January", "month", "2025-01")]
    assert found("The ban, extended in January, ended.") == [("January", "month", "2024-01")]


def test_a_clock_time_in_a_named_place_takes_its_zone():
    got = found("Recorded on Wednesday at 4 p.m. in Dakar, 5 p.m. in N'Djamena.")
    assert got[1:] == [("4 p.m.", "time", "2024-03-13T16:00+00:00"),
                       ("5 p.m.", "time", "2024-03-13T17:00+01:00")]


@pytest.mark.parametrize("body, published, expected", [
    ("The statement came at 10 p.m. Paris time on Thursday.", dt.date(2021, 12, 24),
     "2021-12-23T22:00+01:00"),
    ("The statement came at 10 p.m. Paris time on Thursday.", dt.date(2021, 7, 9),
     "2021-07-08T22:00+02:00"),
    ("Polls closed at 8 p.m. New York time on Tuesday.", dt.date(2024, 11, 6),
     "2024-11-05T20:00-05:00"),
    ("It was issued at 2100 GMT (10 p.m. Paris time) on Thursday.", dt.date(2021, 12, 24),
     "2021-12-23T22:00+01:00"),
    # a place of Africa's fixed offsets, named with its clock ("Abuja time")
    ("DAKAR - The first reports came at 17:30 Abuja time on Sunday.", dt.date(2024, 8, 26),
     "2024-08-25T17:30+01:00"),
    ("NIAMEY - The convoy left at 7 p.m. Bamako time on Sunday.", dt.date(2024, 8, 26),
     "2024-08-25T19:00+00:00"),
])
def test_a_places_clock_time_follows_its_summer_time(body, published, expected):
    times = [(d.text, d.value) for d in run(body, published) if d.kind == "time"]
    assert times[-1][1] == expected
    assert times[-1][0].endswith(" time")  # the place's clock is one span


def test_a_list_entrys_year_holds_for_the_end_of_the_year_on_its_line():
    got = found("- 29 May 2015: Buhari takes office. He orders a win by the end of the year.\n"
                "Buhari won. By the end of the year the army will win.")
    assert [(t, v) for t, _, v in got] == [
        ("29 May 2015", "2015-05-29"), ("the end of the year", "2015"),
        ("the end of the year", "2024")]


def test_a_month_range_with_its_deictic_year_written_once_at_the_end():
    assert found("Between January and June this year, arrivals rose.") == [
        ("January and June this year", "range", "2024-01/2024-06")]
    assert found("From November to February next year, the mission stays.") == [
        ("November to February next year", "range", "2024-11/2025-02")]
    # a month with no "between"/"from" before it stays a mention of its own
    assert [t for t, _, _ in found("In January, and in June this year, arrivals rose.")] == [
        "January", "June this year"]


def test_the_final_days_of_a_month_are_a_part_of_it():
    got = run("Fighting peaked in the final days of August. Aid came in the first weeks of "
              "2023. In the final days, the town fell.")
    assert [(d.text, d.kind, d.value, d.mod) for d in got] == [
        ("the final days of August", "part", "2023-08", "END"),
        ("the first weeks of 2023", "part", "2023", "START"),
        ("the final days", "relative", None, None)]


def test_a_life_in_brackets_is_a_year_range_of_any_length():
    assert found("Ibrahim Boubacar Keita (1945-2022) led Mali.") == [
        ("1945-2022", "range", "1945/2022")]
    assert found("The file 1900-2000 was lost.") == []  # no brackets: an identifier


def test_minutes_past_an_hour_in_words_are_clock_times():
    got = found("We left at a quarter past eight. At ten past 9 the convoy came, and by "
                "twenty-five past seven the road was shut. It is seven minutes past seven.")
    assert [(t, v) for t, k, v in got if k == "time"] == [
        ("a quarter past eight", "2024-03-14T08:15+00:00"),
        ("ten past 9", "2024-03-14T09:10+00:00"),
        ("twenty-five past seven", "2024-03-14T07:25+00:00"),
        ("seven minutes past seven", "2024-03-14T07:07+00:00")]
    # "past" before a number of units is a span of time, not a clock
    assert found("In the past seven years, the town grew.") == [
        ("the past seven years", "duration", "P7Y")]


def test_it_is_a_clock_time_is_the_reference_day():
    got = found("Tomorrow the derby is played in Korhogo. It is half past seven in Bamako.")
    assert got[-1] == ("half past seven", "time", "2024-03-14T07:30+00:00")


def test_a_month_after_a_december_in_one_sentence_of_reported_speech_is_next_year():
    pub = dt.date(2025, 2, 5)
    got = found("Leaders, meeting on Dec. 15, confirmed that the exit would take effect on "
                "Jan. 29.", pub)
    assert got == [("Dec. 15", "date", "2024-12-15"), ("Jan. 29", "date", "2025-01-29")]


def test_a_unit_before_a_possessive_is_a_duration():
    assert found("The rules require a year's notice and a month\u2019s salary.") == [
        ("a year", "duration", "P1Y"), ("a month", "duration", "P1M")]
    assert found("It costs $5 a year's worth of fees.") == []  # a rate


def test_a_unit_given_to_do_something_is_a_duration():
    assert found("The treaty gave the leaving states a year to settle debts.") == [
        ("a year", "duration", "P1Y")]
    assert found("They were given a week to leave.") == [("a week", "duration", "P1W")]
    assert found("It sends 200 trucks a day to feed them.") == []  # a rate


def test_since_then_brings_a_narrative_paragraph_back_to_the_present():
    pub = dt.date(2025, 5, 6)
    body = "Benin was hit in December 2021, near Porga. {}In January, 28 soldiers died."
    assert found(body.format("Since then there were dozens of raids. "), pub)[-1] == (
        "January", "month", "2025-01")
    assert found(body.format(""), pub)[-1] == ("January", "month", "2022-01")


def test_a_past_event_named_by_its_month_is_a_backdrop_not_the_narrative():
    pub = dt.date(2025, 3, 28)
    got = found("It replaces the constitution suspended after the coup of July 2023. The "
                "charter follows consultations held in February.", pub)
    assert got[-1] == ("February", "month", "2025-02")
    got = found("The junta seized power in July 2023. The charter follows consultations "
                "held in February.", pub)
    assert got[-1] == ("February", "month", "2024-02")  # narrated: the February after


def test_a_threads_post_stamps_are_times_on_the_first_stamps_day():
    body = ("He posted a thread on X.\n\n1/3 \u00b7 26 Aug 2024, 07:52\nYesterday, drones hit "
            "the town.\n\n2/3 \u00b7 07:55\nThe first strike came around 11 a.m.")
    got = found(body, dt.date(2024, 8, 27))
    assert [(t, v) for t, k, v in got if k in ("time", "relative")] == [
        ("07:52", "2024-08-26T07:52+00:00"), ("Yesterday", "2024-08-25"),
        ("07:55", "2024-08-26T07:55+00:00"), ("around 11 a.m.", "2024-08-25T11:00+00:00")]
    # a clock time ending an ordinary line is still no time
    assert found("The score was 10:30 by then", dt.date(2024, 8, 27)) == []
    # after the thread, the article's own reference again
    got = found(body + "\n\nThe army replied on Tuesday.", dt.date(2024, 8, 27))
    assert got[-1] == ("Tuesday", "weekday", "2024-08-27")


def test_that_same_year_and_another_year():
    got = found("The code was adopted in August 2023. Burkina Faso created a company that "
                "same year and extended the emergency for another year. Another day passed.")
    assert got == [("August 2023", "month", "2023-08"), ("that same year", "relative", "2023"),
                   ("another year", "duration", "P1Y")]


def test_a_month_in_capitals_with_its_year_is_a_month():
    assert found("NIGER \u00b7 PRICE BULLETIN \u00b7 MARCH 2024\nMAY I ask, and MARCH on.") == [
        ("MARCH 2024", "month", "2024-03")]


def test_the_next_of_a_series_before_a_colon_looks_ahead():
    pub = dt.date(2024, 4, 10)
    assert found("This bulletin is funded by donors. Next bulletin: mid-May.", pub) == [
        ("mid-May", "part", "2024-05")]
    assert found("Note: prices fell in mid-May.", pub) == [("mid-May", "part", "2023-05")]


def test_a_unit_before_late_or_overdue_is_a_duration():
    assert found("Classes would open a week late; the decision was years overdue.") == [
        ("a week", "duration", "P1W"), ("years", "duration", None)]


def test_one_day_after_a_subject_or_a_modal_is_some_day():
    assert found('"May we one day watch films about something else." It will one day end.') == []
    assert found("The strike lasted one day.") == [("one day", "duration", "P1D")]


def test_the_day_before_a_place_is_anchored_but_not_before_a_noun():
    got = found("On Monday he posted about drone strikes the day before in Tinzaouaten.")
    assert got[-1] == ("the day before", "relative", "2024-03-10")
    assert [t for t, _, _ in found("They met the day before the vote.")] == []


def test_the_night_from_one_weekday_to_the_next_is_one_part():
    got = found("Detainees arrested during the night from Monday to Tuesday died. "
                "They struck the night from Gao.")
    assert got[0] == ("the night from Monday to Tuesday", "part", "2024-03-11/2024-03-12")


def test_the_year_after_a_superlative_is_the_current_one():
    assert found("The quarter is on course to be the deadliest of the year.") == [
        ("the year", "relative", "2024")]
    assert found("The rest of the year was calm, like the forest of the year.") == []


def test_the_week_under_review_is_a_duration():
    assert found("Troops recovered 109 weapons during the week under review.") == [
        ("the week under review", "duration", "P1W")]


def test_the_following_or_previous_season_counts_from_the_storys_month():
    got = found("Timbuktu fell on 28 January 2013. The following spring, the UN created "
                "MINUSMA. In June 2020 talks began; the previous winter was harsh.")
    assert [(t, v) for t, k, v in got if k == "relative"] == [
        ("The following spring", "2013-03/2013-05"), ("the previous winter", "2019-12/2020-02")]


def test_a_bulletins_epidemiological_weeks_are_weeks_of_the_year():
    got = found("Key figures (epidemiological weeks 38 to 41)\n- Suspected cases: week 38 151; "
                "week 39 305\nCases rose in epidemiological week 41. It lasted 3 weeks.",
                dt.date(2024, 10, 18))
    assert got == [("epidemiological weeks 38 to 41", "range", "2024-W38/2024-W41"),
                   ("week 38", "part", "2024-W38"), ("week 39", "part", "2024-W39"),
                   ("epidemiological week 41", "part", "2024-W41"),
                   ("3 weeks", "duration", "P3W")]
    # without a bulletin's "epidemiological week", no week of the year
    assert found("In week 3 of the war, the town fell.") == []


def test_a_start_postponed_from_one_date_to_another_is_two_dates():
    got = found("Mali postponed the start of the school year from Oct. 1 to Nov. 4, because "
                "schools were flooded. Fighting went on in the north from January to March.")
    assert [(t, k) for t, k, _ in got] == [
        ("Oct. 1", "date"), ("Nov. 4", "date"), ("January to March", "range")]


def test_a_day_of_that_year_is_one_span():
    got = found("The accord was signed in 2015, and on May 15 of that year in Bamako.")
    assert got == [("2015", "year", "2015"), ("May 15 of that year", "relative", "2015-05-15")]


def test_local_time_after_gmt_takes_the_difference_as_its_offset():
    got = found("OUAGADOUGOU - The match kicked off at 1600 GMT (5 p.m. local time) in Marrakech. "
                "A raid began at 2300 GMT (1 a.m. local time) in Cairo.")
    assert [(t, v) for t, k, v in got if k == "time"] == [
        ("1600 GMT", "2024-03-14T16:00+00:00"), ("5 p.m.", "2024-03-14T17:00+01:00"),
        ("2300 GMT", "2024-03-14T23:00+00:00"), ("1 a.m.", "2024-03-15T01:00+02:00")]


# ---------------------------------------------------------------- eighth session: tense and anchors
def test_a_clock_time_before_a_noun_and_its_day_is_on_that_day():
    got = found("The station said in its 9 a.m. bulletin on Monday that the road had reopened. "
                "In its 1400 GMT newscast on Friday it said the convoy had left.",
                dt.date(2024, 6, 12))  # a Wednesday
    assert ("9 a.m.", "time", "2024-06-10T09:00+00:00") in got
    assert ("1400 GMT", "time", "2024-06-07T14:00+00:00") in got


def test_a_date_that_names_an_event_is_not_the_day_of_a_later_clock_time():
    got = found("The court on Tuesday upheld the result of the June 2 runoff. "
                "Reading the ruling at about 3 p.m., the judge said the count was sound.",
                dt.date(2024, 6, 12))
    assert ("about 3 p.m.", "time", "2024-06-11T15:00+00:00") in got


def test_a_scheduled_event_after_listed_adjectives_is_ahead():
    got = found("The agency published the list of candidates for the Dec. 15 regional, "
                "local and legislative elections.", dt.date(2024, 11, 20))
    assert got == [("Dec. 15", "date", "2024-12-15")]


def test_a_moved_date_and_its_new_date_are_both_ahead():
    got = found("The ministry pushed back the start of the term from Oct. 7 to Nov. 4.",
                dt.date(2024, 9, 25))
    assert got == [("Oct. 7", "date", "2024-10-07"), ("Nov. 4", "date", "2024-11-04")]
    # a date already past when it was moved stays this year's
    got = found("The commission postponed the vote from Sept. 8 to Oct. 27.", dt.date(2024, 9, 25))
    assert got == [("Sept. 8", "date", "2024-09-08"), ("Oct. 27", "date", "2024-10-27")]


def test_would_be_is_no_future():
    got = found("Police have held about 900 would-be migrants since March.", dt.date(2024, 5, 2))
    assert got == [("March", "month", "2024-03")]


def test_by_a_month_in_a_quoted_present_is_a_deadline_ahead():
    got = found('"Whatever we do not get by July is lost," said a farmer.', dt.date(2024, 2, 27))
    assert got == [("July", "month", "2024-07")]


@pytest.mark.parametrize("body, value", [
    ("The hunger gap runs from June to September.", "2024-06/2024-09"),
    ("The rains end in October, the aid agencies say.", "2024-10"),
])
def test_the_present_of_what_recurs_is_the_coming_one(body, value):
    assert found(body, dt.date(2024, 3, 4))[0][2] == value


def test_a_time_set_off_by_commas_belongs_to_the_clause_before():
    assert found("Traders expect the price to fall after the harvest, from November, "
                 "or sooner.", dt.date(2024, 3, 4)) == [("November", "month", "2024-11")]
    assert found("The army retook the town, in November, after a siege.",
                 dt.date(2024, 3, 4)) == [("November", "month", "2023-11")]


def test_a_later_month_after_an_anchor_that_cannot_be_ahead_is_the_year_before():
    got = found("Inflation reached 31 percent in January, up from 29 percent in November.",
                dt.date(2024, 2, 20))
    assert got == [("January", "month", "2024-01"), ("November", "month", "2023-11")]
    got = found("The council said in January that elections would be held in November.",
                dt.date(2024, 2, 20))
    assert got == [("January", "month", "2024-01"), ("November", "month", "2024-11")]


def test_a_present_future_leaves_the_years_the_paragraph_narrated():
    got = found("The general seized power in April 2021 after his predecessor died. "
                "He is due to be sworn in on May 23.", dt.date(2024, 5, 17))
    assert got[-1] == ("May 23", "date", "2024-05-23")
    got = found("In 2019 the junta took power. It promised elections in May.", dt.date(2024, 5, 17))
    assert got[-1] == ("May", "month", "2019-05")


def test_the_year_closing_a_reference_number_is_no_year():
    assert found("Under decision No. 0031/CC/2021, the council upheld the count.") == []
    assert found("The 2023/2024 season ended.")[0][1] == "range"


def test_a_heading_in_capitals_dates_the_live_entries_under_it():
    body = ("Last updated Tuesday 9 July 2024, 18:00 GMT.\n\nMONDAY 8 JULY\n\n"
            "09:15 - Gunfire is heard near the camp.\n\nTUESDAY 9 JULY\n\n07:40 - Calm returns.")
    got = found(body, dt.date(2024, 7, 9))
    assert ("MONDAY 8 JULY", "date", "2024-07-08") in got
    assert ("09:15", "time", "2024-07-08T09:15+00:00") in got
    assert ("07:40", "time", "2024-07-09T07:40+00:00") in got


def test_an_anniversary_anchors_the_story_it_opens():
    got = found("Three years ago today, gunmen seized 80 pupils. They were freed on 2 June, "
                "ten days later.", dt.date(2024, 5, 23))
    assert got[0] == ("Three years ago today", "relative", "2021-05-23")
    assert ("2 June", "date", "2021-06-02") in got


def test_a_day_sources_were_reached_on_is_not_the_story_day():
    got = found("Gunmen attacked the post on Monday. Residents, reached by telephone on "
                "Wednesday, said the fighting began in the morning.", dt.date(2024, 6, 14))
    assert ("the morning", "part", "2024-06-10") in got


def test_a_day_still_to_come_is_not_the_day_the_body_opened_with():
    got = found("The envoy said the exit, due on January 29, was a risk.\n\n"
                "The meeting opened at 10 a.m. (1500 GMT).", dt.date(2024, 12, 11))
    assert ("1500 GMT", "time", "2024-12-11T15:00+00:00") in got


def test_will_after_a_month_narrated_in_the_sentence_is_still_ahead():
    got = found("The French left in December, and the Americans will leave by Sept. 15.",
                dt.date(2024, 6, 28))
    assert got == [("December", "month", "2023-12"), ("Sept. 15", "date", "2024-09-15")]


def test_until_after_an_anchor_is_after_it():
    got = found("At its summit of 15 December the bloc granted a transition until July 29.",
                dt.date(2025, 2, 5))
    assert got[-1] == ("July 29", "date", "2025-07-29")


def test_a_coming_up_list_is_ahead():
    body = ("THIS WEEK\n\n- Gunmen raided a market on 3 Feb.\n\nCOMING UP\n\n"
            "- 20 Jan - The summit opens.\n- 14 July - The window closes.\n\nThat is all.")
    got = found(body, dt.date(2025, 2, 10))
    assert ("20 Jan", "date", "2026-01-20") in got
    assert ("14 July", "date", "2025-07-14") in got
    assert ("3 Feb.", "date", "2025-02-03") in got


@pytest.mark.parametrize("body, value", [
    ("- Thu 13/02 - Defence chiefs meet in Niamey.", "2025-02-13"),
    ("- GAO, 05/02 - A convoy was attacked.", "2025-02-05"),
    ("Next issue: 17/02. Letters may be shortened.", "2025-02-17"),
])
def test_a_digest_dates_its_entries_day_first_in_digits(body, value):
    assert found(body, dt.date(2025, 2, 10))[0][2] == value


def test_day_slash_month_elsewhere_is_no_date():
    assert found("He scored 3/10, and 12/20 in the oral; a 24/7 service.", dt.date(2025, 2, 10)) == []


def test_a_day_chosen_by_a_verb_is_its_date_still_to_come():
    got = found("After talks that proposed July 7, the president set June 23, a week "
                "earlier than the court's own choice of June 30.", dt.date(2024, 5, 20))
    assert [v for _, _, v in got if v and v.startswith("2024")] == \
        ["2024-07-07", "2024-06-23", "2024-06-30"]


def test_had_been_due_is_no_future():
    assert found("The vote had been due on Feb. 11.", dt.date(2024, 3, 29)) == \
        [("Feb. 11", "date", "2024-02-11")]


def test_since_a_month_is_past_in_a_sentence_about_what_is_to_come():
    got = found("A court will rule on Friday on whether the mayor, in prison since August, "
                "can run.", dt.date(2023, 12, 13))
    assert ("August", "month", "2023-08") in got


def test_it_is_a_clock_time_on_the_radio():
    got = found("HOST: It is 6:15 in Niamey. The score is 3:15 now.", dt.date(2024, 3, 1))
    assert got == [("6:15", "time", "2024-03-01T06:15+01:00")]


def test_the_weeks_that_followed_and_months_away_are_vague_periods():
    got = found("He was identified in the weeks that followed. The harvest is months away.",
                dt.date(2024, 3, 1))
    assert got == [("the weeks that followed", "relative", None), ("months", "duration", None)]


def test_a_briefing_24_hour_clock_without_a_zone():
    got = found("The attack began at about 1400. Strikes hit between 2200 and 0400, and the "
                "unit arrived at 1730.", dt.date(2025, 3, 28))
    kinds = [(t, k) for t, k, _ in got]
    assert kinds == [("about 1400", "time"), ("2200 and 0400", "range"), ("1730", "time")]


@pytest.mark.parametrize("body", [
    "The toll stood at 1400.",
    "Between 1500 and 1800 people fled.",
    "The plan runs to 2030 at least.",
])
def test_four_digits_that_are_counts_or_years_stay_so(body):
    assert all(k != "time" for _, k, _ in found(body, dt.date(2025, 3, 28)))


def test_a_month_compared_with_is_before_the_anchor_in_its_year():
    got = found("December 2021 - Arrivals pass 40,000, up from 9,000 in February.",
                dt.date(2024, 10, 31))
    assert got == [("December 2021", "month", "2021-12"), ("February", "month", "2021-02")]


def test_now_brings_a_narrated_paragraph_back_to_the_present():
    got = found("In 2016 he fled to a camp in Diffa. He is 41 now, and since March he has "
                "farmed again.", dt.date(2024, 11, 12))
    assert got[-1] == ("March", "month", "2024-03")
    got = found("In 2016 he fled to a camp in Diffa. In March he came back.", dt.date(2024, 11, 12))
    assert got[-1] == ("March", "month", "2016-03")


def test_yesterday_or_tomorrow_with_a_part_of_the_day_is_one_part():
    got = found("They met yesterday evening and will meet again tomorrow morning.",
                dt.date(2024, 4, 15))
    assert got == [("yesterday evening", "part", "2024-04-14"),
                   ("tomorrow morning", "part", "2024-04-16")]


def test_a_day_written_with_its_year_is_that_day_again_in_the_narrative():
    got = found("On Jan. 11, 2013, helicopters struck near Konna. In January 2012, rebels "
                "attacked. By mid-2012 they held the north.\n\nThe strikes of Jan. 11 did not "
                "end it. Three days later, on Jan. 14, a column took Diabaly.",
                dt.date(2023, 1, 11))
    assert [v for t, _, v in got if t.startswith("Jan.")] == [
        "2013-01-11", "2013-01-11", "2013-01-14"]
    # a day not written before is read from the reference as usual
    got = found("In 2012, rebels attacked.\n\nOn Jan. 9 the army left.", dt.date(2023, 1, 11))
    assert got[-1] == ("Jan. 9", "date", "2023-01-09")


def test_the_end_of_the_month_named_in_the_paragraph_before():
    got = found("Rebels took Gao in March 2012.\n\nBy the end of the month, they held "
                "Timbuktu.", dt.date(2023, 1, 11))
    assert got[-1] == ("the end of the month", "part", "2012-03")


def test_a_day_before_told_in_the_past_perfect_does_not_move_the_story():
    got = found("On March 3 the army entered Gao. Rebels had left the town the day before. "
                "That evening, troops patrolled.", dt.date(2024, 4, 17))
    assert got[-1] == ("That evening", "part", "2024-03-03")
    got = found("On March 3 the army entered Gao. Rebels left the town the day before. "
                "That evening, troops patrolled.", dt.date(2024, 4, 17))
    assert got[-1] == ("That evening", "part", "2024-03-02")


def test_a_season_that_starts_or_peaks_in_a_month_is_the_coming_one():
    got = found("Farmers fear missing the season that starts in June. Malaria usually peaks "
                "in September. The offensive started in May.", dt.date(2025, 1, 29))
    assert [v for _, _, v in got] == ["2025-06", "2025-09", "2024-05"]


def test_an_event_dated_after_before_the_is_ahead_in_a_past_sentence():
    got = found("Faye was freed under an amnesty passed on 6 March, ten days before the "
                "24 March presidential election. Riots broke out after the December 29 "
                "election.", dt.date(2024, 3, 15))
    assert [v for t, _, v in got if t in ("24 March", "December 29")] == [
        "2024-03-24", "2023-12-29"]


def test_a_relative_date_in_brackets_and_a_numbered_entry_date():
    got = found("Outlook (next week): calm.\n\n6. Niger - 12/03: A delegation arrived.\n\n"
                "The score was Mali - 3/1: no.", dt.date(2024, 3, 15))
    assert got == [("next week", "relative", "2024-W12"), ("12/03", "date", "2024-03-12")]
