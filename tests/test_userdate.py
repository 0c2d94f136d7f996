"""Typed dates (`footprint.userdate`) and typed event filters (`footprint.userfilter`)."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from footprint import userdate, userfilter
from footprint.errors import ConfigError, InvalidDate

MESSAGE = re.compile(r"^--since: .* \(expected YYYY, YYYY-MM or YYYY-MM-DD\)$", re.S)
days = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


# --- valid dates round-trip ------------------------------------------------------------


@given(days)
def test_a_day_round_trips(d):
    found = userdate.parse(d.isoformat(), "--since")
    assert (found.first, found.last, found.precision, found.text) == (d, d, "day", d.isoformat())
    assert found.start == found.end == d.isoformat()


@given(days)
@example(date(9999, 12, 1))
def test_a_month_covers_all_its_days(d):
    text = d.isoformat()[:7]
    found = userdate.parse(text, "--since")
    assert found.precision == "month"
    assert found.first == d.replace(day=1)
    assert found.last == d.replace(day=calendar.monthrange(d.year, d.month)[1])
    assert found.first <= d <= found.last
    # the day after the month is in another month (none after the last day the calendar holds)
    assert found.last.isoformat()[:7] == text
    assert found.last == date.max or (found.last + timedelta(days=1)).isoformat()[:7] != text


@given(st.integers(1, 9999))
def test_a_year_covers_all_its_days(year):
    found = userdate.parse(f"{year:04d}", "--until")
    assert (found.first, found.last, found.precision) == (date(year, 1, 1), date(year, 12, 31), "year")


@given(days, st.booleans())
def test_bound_is_the_first_or_last_day(d, end):
    for text in (d.isoformat(), d.isoformat()[:7], d.isoformat()[:4]):
        found = userdate.parse(text, "x")
        assert userdate.bound(text, "x", end=end) == (found.end if end else found.start)


@given(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
       st.sampled_from([None, timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=3))]))
def test_a_datetime_round_trips_where_asked_for(moment, tz):
    moment = moment.replace(tzinfo=tz)
    text = moment.isoformat()
    found = userdate.parse(text, "--published", precisions=("day",), timestamps=True)
    assert found.precision == "time" and found.moment == moment
    assert found.first == found.last == moment.date()  # the day as written, not moved to UTC
    with pytest.raises(InvalidDate, match=r"^--since: "):
        userdate.parse(text, "--since")  # not where a day range is wanted


def test_datetime_forms():
    for text, day in (("2024-03-05T10:00Z", "2024-03-05"), ("2024-03-05 23:59:59.5", "2024-03-05"),
                      ("2024-03-05T00:30-05:00", "2024-03-05")):
        assert userdate.parse(text, "p", precisions=("day",), timestamps=True).start == day
    for bad in ("2024-03-05T25:00", "2024-04-31T10:00", "2024-03-05T10", "2024-03-05T10:00+5", "2024-03-05t10:00"):
        with pytest.raises(InvalidDate, match=re.escape(repr(bad))):
            userdate.parse(bad, "p", precisions=("day",), timestamps=True)


def test_a_coarser_date_where_a_day_is_needed_says_so():
    with pytest.raises(InvalidDate) as err:
        userdate.parse("2024-03", "--published", precisions=("day",), timestamps=True)
    assert str(err.value) == ("--published: '2024-03' names a month; a more precise date is needed"
                              " (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM])")


def test_python_date_objects_are_accepted():
    assert userdate.parse(date(2024, 2, 29), "x").precision == "day"
    assert userdate.parse(datetime(2024, 2, 29, 23, 0), "x").start == "2024-02-29"


# --- invalid dates fail with one clear error --------------------------------------------


@pytest.mark.parametrize("bad", [
    "2024-02-30", "2023-02-29", "2024-13-01", "2024-00", "2024-01-00", "0000", "0000-01-01", "", " ", "2024-1-1",
    "2024-01-1", " 2024 ", "2024 ", "\t2024", "24", "20240", "20240101", "2024-W01-1", "2024/01/01", "01/02/2024",
    "2024-01-01T10:00", "yesterday", "-2024", "+2024", "2024-", "2024--01", "\x00", "2024\x00",
    "２０２４", "٢٠٢٤", "२०२४-०१", "𝟐𝟎𝟐𝟒", "\udcff\udcfe", "9" * 10_000, "2024-01-01" * 1000,
])
def test_invalid_dates_fail_clearly(bad):
    with pytest.raises(InvalidDate) as err:
        userdate.parse(bad, "--since")
    message = str(err.value)
    assert MESSAGE.match(message), message
    assert len(message) < 200  # a 10 kB value is not repeated whole
    assert isinstance(err.value, ConfigError) and not err.value.retryable


#: 0-9 in full width, Arabic-Indic, Devanagari and mathematical bold: int() reads them all, a date must not
OTHER_DIGITS = [[chr(zero + i) for i in range(10)] for zero in (0xFF10, 0x0660, 0x0966, 0x1D7CE)]


def _spoiled(d: date, how: str, data) -> str:
    """A valid day's text made invalid in one of the ways people (and attackers) do it."""
    text = d.isoformat()
    if how == "padded":
        return data.draw(st.sampled_from([" ", "\t", "\n", "\u00a0", "\u2003", "\x00", "\ufeff"])) + text
    if how == "trailing":
        return text + data.draw(st.sampled_from([" ", "\t", "\n", "\u00a0", "Z", "T", "-", "\x00"]))
    if how == "unpadded":
        return f"{d.year}-{d.month}-{d.day}" if d.month < 10 or d.day < 10 else f"{d.year}-{d.month}-{d.day}x"
    if how == "digits":
        table = data.draw(st.sampled_from(OTHER_DIGITS))
        i = data.draw(st.sampled_from([i for i, c in enumerate(text) if c.isdigit()]))
        return text[:i] + table[int(text[i])] + text[i + 1:]
    if how == "impossible day":
        last = calendar.monthrange(d.year, d.month)[1]
        return f"{text[:8]}{data.draw(st.integers(last + 1, 99)):02d}"
    if how == "impossible month":
        return f"{text[:5]}{data.draw(st.sampled_from([0, 13, 19, 99])):02d}{text[7:]}"
    if how == "repeated":
        return text * data.draw(st.integers(2, 1200))
    raise AssertionError(how)


@given(days, st.sampled_from(["padded", "trailing", "unpadded", "digits", "impossible day", "impossible month",
                              "repeated"]), st.data())
def test_spoiled_dates_fail_with_the_clear_error(d, how, data):
    bad = _spoiled(d, how, data)
    with pytest.raises(InvalidDate) as err:
        userdate.parse(bad, "--since")
    assert MESSAGE.match(str(err.value)) and len(str(err.value)) < 200, str(err.value)


@pytest.mark.parametrize("bad", [b"2024", bytearray(b"\xff\xfe"), memoryview(b"2024-01-01"), 2024, 2024.0, ["2024"]])
def test_non_text_fails_clearly(bad):
    with pytest.raises(InvalidDate, match=r"^--since: .*not a date \(expected"):
        userdate.parse(bad, "--since")


def test_the_message_names_the_option_and_the_value():
    with pytest.raises(InvalidDate) as err:
        userdate.parse("2024-13-01", "--since")
    assert str(err.value) == "--since: '2024-13-01' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"
    with pytest.raises(InvalidDate) as err:
        userdate.parse("9" * 10_000, "until")
    assert str(err.value).startswith("until: '" + "9" * 40 + "'… (10000 characters) is not a date")


@given(st.text(max_size=60))
def test_any_text_is_a_date_or_one_clear_error(text):
    try:
        found = userdate.parse(text, "--at")
    except InvalidDate as exc:
        assert str(exc).startswith("--at: ")
        return
    # what is accepted is exactly the three ASCII forms
    assert re.fullmatch(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", text)
    assert found.first <= found.last


def test_bound_treats_absent_and_empty_as_not_given():
    assert userdate.bound(None, "--since") is None
    assert userdate.bound("", "--since") is None
    with pytest.raises(InvalidDate):
        userdate.bound(" ", "--since")


# --- event filters -------------------------------------------------------------------


def test_event_filter_dates_cover_whole_periods():
    flt = userfilter.event_filter(since="2024", until="2024-02")
    assert (flt.since, flt.until) == ("2024-01-01", "2024-02-29")
    flt = userfilter.event_filter(since="2024-03", until="2024-03")
    assert (flt.since, flt.until) == ("2024-03-01", "2024-03-31")


def test_event_filter_refuses_a_range_that_ends_before_it_starts():
    with pytest.raises(ConfigError, match=r"^--since 2024-05 is after --until 2024-04$"):
        userfilter.event_filter(since="2024-05", until="2024-04")
    with pytest.raises(ConfigError, match=r"^since 2025-01-01 is after until 2024$"):
        userfilter.event_filter(since="2025-01-01", until="2024", flag="")
    assert userfilter.event_filter(since="2024-12-31", until="2024").since == "2024-12-31"  # its last day counts


def test_event_filter_names_options_as_each_face_spells_them():
    for flag in ("--", ""):
        with pytest.raises(InvalidDate, match=f"^{flag}until: "):
            userfilter.event_filter(until="soon", flag=flag)
        with pytest.raises(ConfigError, match=f"^{flag}country: 'Mali' is not an ISO 3166"):
            userfilter.event_filter(country="Mali", flag=flag)
        with pytest.raises(ConfigError, match=f"^{flag}actor: contains control characters"):
            userfilter.event_filter(actor="a\x00b", flag=flag)
        with pytest.raises(ConfigError, match=f"^{flag}actor: longer than 200"):
            userfilter.event_filter(actor="x" * 201, flag=flag)
        with pytest.raises(ConfigError, match=f"^{flag}bbox: expected four numbers"):
            userfilter.event_filter(bbox="1,2,3", flag=flag)
        with pytest.raises(ConfigError, match=f"^{flag}bbox: outside the world"):
            userfilter.event_filter(bbox="0,95,1,96", flag=flag)


def test_event_filter_normalizes_text():
    flt = userfilter.event_filter(actor=" ＪＮＩＭ ", country="ml", type="", modality=None, bbox="-5, 12, -1, 15")
    assert (flt.actor, flt.country, flt.type, flt.modality, flt.bbox) == ("JNIM", "ML", None, None, (-5, 12, -1, 15))


def test_presence_filter_reads_at_as_the_end_of_its_period():
    assert userfilter.presence_filter(at="2024").at == "2024-12-31"
    assert userfilter.presence_filter(at="2024-02").at == "2024-02-29"
    assert userfilter.presence_filter(at="").at is None
    with pytest.raises(InvalidDate, match="^at: "):
        userfilter.presence_filter(at="2024-02-30", flag="")
    with pytest.raises(ConfigError, match="^--country: "):
        userfilter.presence_filter(country="Mali")
