""""overnight" after the day before the report, ordinal quarter lists and an appositive day (invented
sentences)."""

from __future__ import annotations

from footprint.dates import date_event, parse_dct, tag


def timexes(text: str, dct: str | None):
    return {t.text: t for t in tag(text, dct).timexes}


def dated(text: str, dct: str, word: str):
    tx = list(tag(text, parse_dct(dct, source="t")).timexes)
    s = text.rfind(". ", 0, text.index(word))
    s = 0 if s < 0 else s + 2
    e = text.find(".", text.index(word)) + 1
    w = text.index(word)
    return date_event(text, tx, {"dct": dct}, s, e, w, w + len(word))


# --- "overnight" after the day before the report ------------------------------------------------------------


def test_overnight_after_yesterday_in_a_morning_brief_is_the_night_just_past():
    text = "Troops shelled the market yesterday afternoon. Rockets hit a depot overnight, damaging two trucks."
    t = timexes(text, "2026-03-11")["overnight"]
    assert (t.value, t.interval_start, t.interval_end) == ("2026-03-10TNI", "2026-03-10", "2026-03-11")


def test_an_event_overnight_after_yesterday_is_dated_to_the_night_before_the_report():
    text = "Troops shelled the market yesterday afternoon. Rockets hit a depot overnight, damaging two trucks."
    d, background = dated(text, "2026-03-11", "hit")
    assert (d.start, d.end) == ("2026-03-10", "2026-03-11") and not background


def test_overnight_after_a_weekday_just_before_the_report_follows_that_day():
    text = "Oil prices dropped on Tuesday, and bond markets in Tokyo were quiet overnight."
    t = timexes(text, "2022-08-31")["overnight"]  # Wednesday: Tuesday's night is the one just past
    assert t.value == "2022-08-30TNI"


def test_overnight_after_a_day_told_further_back_is_still_the_night_before_that_day():
    text = "Copper closed higher on Friday after overnight gains in Shanghai."
    t = timexes(text, "2022-09-05")["overnight"]  # a Monday report about Friday
    assert (t.value, t.interval_start, t.interval_end) == ("2022-09-01TNI", "2022-09-01", "2022-09-02")


def test_overnight_after_the_report_day_itself_is_the_night_before_it():
    text = "Shelling resumed on Thursday morning after rockets fell overnight."
    t = timexes(text, "2024-02-15")["overnight"]  # Thursday is the report day
    assert t.value == "2024-02-14TNI"


def test_overnight_in_what_was_said_the_day_before_is_the_night_before_the_telling():
    text = "The ministry said on Tuesday that mortars hit two border posts overnight, wounding a guard."
    t = timexes(text, "2023-03-08")["overnight"]  # told Tuesday the 7th, published Wednesday
    assert t.value == "2023-03-06TNI"


# --- a list item headed by its date ---------------------------------------------------------------------


def item_dated(text: str, dct: str, word: str):
    tx = list(tag(text, parse_dct(dct, source="t")).timexes)
    s = text.rfind("\n", 0, text.index(word)) + 1
    e = text.find(".", text.index(word)) + 1
    w = text.index(word)
    return date_event(text, tx, {"dct": dct}, s, e, w, w + len(word))


def test_a_numbered_item_headed_by_its_date_dates_the_event():
    text = ("Incidents, 1-14 March:\n\n2. 4 March, Kidal region: Gunmen looted a clinic near Anefis.\n\n"
            "3. 9 March, Gao region: A bus hit a mine.")
    d, _ = item_dated(text, "2024-03-20", "looted")
    assert (d.start, d.end) == ("2024-03-04", "2024-03-04")
    d, _ = item_dated(text, "2024-03-20", "hit")
    assert (d.start, d.end) == ("2024-03-09", "2024-03-09")


def test_a_bulleted_item_headed_by_its_date_alone():
    text = "Summary:\n- 12 June: Militiamen burned a market in the north.\n"
    d, _ = item_dated(text, "2023-06-20", "burned")
    assert (d.start, d.end) == ("2023-06-12", "2023-06-12")


def test_a_date_inside_running_text_before_a_colon_heads_nothing():
    text = "Aid workers said that the convoy left on 12 June, as planned: gunmen later burned a market."
    d, _ = item_dated(text, "2023-06-20", "burned")
    assert d is None or d.reason != "the date heading its list item"
    text = "Aid workers reported: 12 June, Gao: gunmen burned a market."
    d, _ = item_dated(text, "2023-06-20", "burned")
    assert d is None or d.reason != "the date heading its list item"


def test_an_item_date_split_by_the_sentence_splitter_still_heads_its_item():
    # the splitter may end a sentence after "2. 4": the event's sentence then starts inside the date
    text = "Incidents, 1-14 March:\n\n2. 4 March, Kidal region: Gunmen looted a clinic near Anefis.\n"
    tx = list(tag(text, parse_dct("2024-03-20", source="t")).timexes)
    s, w = text.index("March, Kidal"), text.index("looted")
    d, _ = date_event(text, tx, {"dct": "2024-03-20"}, s, text.index(".", w) + 1, w, w + 6)
    assert (d.start, d.end, d.reason) == ("2024-03-04", "2024-03-04", "the date heading its list item")
