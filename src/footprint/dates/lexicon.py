"""Words of time: month, weekday, season, unit and number names.

Kept apart from the grammar so the patterns read as sentences and the word
lists can grow without touching them.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Full names match in any case; abbreviations only capitalised and with a dot
# (or "Sept"), so "mar", "may" or "dec" in running text never become months.
MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.?|Sep\.|Oct\.|Nov\.|Dec\.)"
)
# In a dateline an abbreviation needs no dot: "GAO, Jan 22 (wire) —", "BEIRUT, Sept 26 —".
MONTH_DAY_RE = (r"(?:" + MONTH_RE + r"|(?<=,[ \t])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                r"(?=[ \t]\d\d?[ \t]+(?:\(|—|–|--)))")

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
# Any case, for matching words already found or lower-cased text ("Monday night", "mondays").
WEEKDAY_ANYCASE = r"(?i:mon|tues|wednes|thurs|fri|satur|sun)day"
WEEKDAY_RE = r"(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# Northern-hemisphere meteorological seasons (month ranges); winter spans the year end.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

DAY_PARTS = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "dawn": "MO", "daybreak": "MO", "dusk": "EV", "nightfall": "EV", "sunset": "EV", "sunrise": "MO",
    "midday": "12:00", "noon": "12:00", "midnight": "24:00",
}

ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}
ORDINAL_RE = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]first|\d{1,2}(?:st|nd|rd|th))"

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "half a": 0.5, "a half": 0.5,
    "a dozen": 12, "dozen": 12, "a couple of": 2, "couple of": 2,
}
VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "a number of", "numerous", "a couple", "the")

_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
NUMBER_RE = (  # case-blind: "A year ago", "Two days later" open sentences
    r"(?i:\d+(?:\.\d+)?(?:\s?1/2)?|" + _TENS + r"(?:[- ]" + _UNITS + r")?|"
    r"a hundred|one hundred|a dozen|dozen|a couple of|couple of|half an?|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|an?|several|a few|few|many|some|a number of|numerous)"
)

# Unit word -> (TIMEX3 duration letter, date precision)
UNITS = {
    "second": ("S", "day"), "minute": ("M", "day"), "hour": ("H", "day"), "day": ("D", "day"),
    "night": ("D", "day"), "week": ("W", "week"), "weekend": ("WE", "week"), "fortnight": ("W", "week"),
    "month": ("M", "month"), "quarter": ("Q", "quarter"), "year": ("Y", "year"),
    "decade": ("DE", "decade"), "century": ("CE", "decade"), "centurie": ("CE", "decade"),
    "season": ("M", "season"), "semester": ("M", "half"),
}
UNIT_RE = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|centur(?:y|ies)|season)s?"
TIME_UNITS = {"S", "M_time", "H"}

# Counting nouns: a four-digit number followed by one of these is a count, not a year.
COUNT_NOUNS = (
    "people", "persons", "troops", "soldiers", "fighters", "personnel", "civilians", "men", "women",
    "children", "refugees", "members", "militants", "rebels", "police", "officers", "vehicles", "tanks",
    "km", "kilometres", "kilometers", "miles", "metres", "meters", "tons", "tonnes", "dollars", "euros",
    "percent", "%", "units", "shares", "barrels", "points", "hectares", "acres", "feet", "households",
    "families", "students", "workers", "jobs", "votes", "cases", "deaths", "homes", "houses", "copies",
    "employees", "residents", "voters", "prisoners", "detainees", "hostages", "casualties", "dead",
    "rounds", "missiles", "rockets", "drones", "aircraft", "planes", "boats", "guns", "weapons",
)

# Words right before a number that make it a name or a code, not a year.
NAME_CUES = (
    "resolution", "no.", "no", "number", "flight", "route", "article", "page", "pages", "chapter", "section",
    "model", "room", "unit", "code", "rule", "item", "line", "bus", "highway", "road", "platoon",
    "battalion", "brigade", "regiment", "division", "order", "decree", "law", "act", "bill", "grade",
    "level", "type", "class", "version", "series", "boeing", "airbus", "cessna", "$", "€", "£", "us$",
    "about", "some", "nearly", "approximately", "roughly", "over", "under", "least", "than", "exactly",
    "almost", "around", "estimated",
)

FUTURE_CUES = (
    "will", "'ll", "shall", "going to", "expected to", "expects to", "scheduled", "due to", "plans to",
    "plan to", "intends to", "next", "upcoming", "is to", "are to", "set to", "by the end", "later this",
    "coming", "forthcoming", "tomorrow", "planning", "would",
    "as soon as", "as early as", "no later than", "ready to", "preparing to", "prepares to", "to be held",
    "intend to", "aims to", "hopes to", "wants to",
    # a forecast: "a deal is unlikely before the summer", "rates are likely to fall in March"
    "likely", "unlikely",
    # a forecast or an obligation still to meet: "traffic should recover by the end of the year"
    "should",
)
PAST_CUES = (
    "was", "were", "had", "did", "ago", "last", "earlier", "previously", "said", "reported", "announced",
    "killed", "attacked", "happened", "occurred", "took place", "began", "started", "ended", "deployed",
    "arrived", "left", "died", "since", "back in", "been", "would have", "could have", "might have", "should have",
    # common irregular past forms: the regular ones end in -ed
    "told", "met", "came", "went", "took", "made", "held", "saw", "found", "gave", "got", "led", "ran", "won",
    "lost", "fell", "rose", "sent", "spent", "struck", "fought", "fled", "shot", "hit", "wrote", "spoke",
    "broke", "brought", "bought", "sold", "paid", "built", "caught", "chose", "drove", "flew", "grew", "knew",
    "heard", "kept", "meant", "stood", "threw", "understood", "withdrew", "overran", "seized", "stole",
    "became", "began", "felt", "thought", "sought", "taught", "woke", "sank", "swore", "tore", "wore",
)
# Words that make a following past participle part of a passive, perfect or
# future form: the auxiliary carries the tense, not the "-ed" word.
AUXILIARIES = ("be", "been", "being", "is", "are", "am", "was", "were", "will", "would", "has", "have", "had",
               "get", "gets", "got", "'s", "'re", "not")

#: Verbs by which a speaker tells something, by lemma, with the past form a report writes: the one list
#: every rule on telling reads (the day of the telling, a claimed act).
SPEECH_VERBS = {
    "say": "said", "tell": "told", "announce": "announced", "report": "reported", "confirm": "confirmed",
    "state": "stated", "add": "added", "claim": "claimed", "deny": "denied", "declare": "declared",
    "assert": "asserted", "boast": "boasted",
}
#: A denial tells of an act but claims none: it is a verb of telling, not of claiming.
CLAIM_LEMMAS = frozenset(SPEECH_VERBS) - {"deny"}
#: The day of a telling right after its verb: "the army said on Monday", "told reporters Friday", "said in a
#: statement late on Friday". Read on the text before a date, up to it.
TELLING_BEFORE = re.compile(
    r"(?i)\b(?:says|told\s+\w+(?:\s+\w+)?|" + "|".join(v for k, v in SPEECH_VERBS.items() if k != "tell") + r")"
    r"(?:\s+in\s+an?\s+(?:\w+\s+)?(?:statement|message|post|video|interview|briefing))?\s+(?:late\s+|early\s+)?(?:on\s+)?$"
)
