"""Recognition: where the temporal expressions are.

Each pattern is a named regular expression over raw text; ``find`` runs them
all, lets ``resolve`` turn each hit into a value (a hit it cannot ground is
dropped), and keeps the longest non-overlapping ones. Span edges follow the
TimeML guidelines as TimeBank applies them: determiners and modifiers such as
"the", "early", "late", "about" are inside, prepositions ("on", "in", "since")
are outside.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .lexicon import MONTH_DAY_RE, MONTH_RE, NUMBER_RE, ORDINAL_RE, UNIT_RE, WEEKDAY_RE

_B = r"(?<![\w$€£\-–/.,])"  # left edge: not inside a word, number, code or range
_E = r"(?![\w\-–]|[.,/]\d)"  # right edge

YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_UNITW = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENW = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENSW = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# a year written in words: "nineteen ninety-six", "nineteen oh five", "two thousand and one"
YEARWORDS = (
    r"(?:[Nn]ineteen|[Tt]wenty)[- ](?:hundred|oh[- ]" + _UNITW + r"|" + _TEENW + r"|" + _TENSW + r"(?:[- ]" + _UNITW + r")?)"
    r"|[Tt]wo\s+thousand(?:(?:\s+and)?[- ](?:" + _TEENW + r"|" + _UNITW + r"))?"
)
DAYN = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
MODPRE = (
    r"(?:(?:the\s+)?(?:very\s+)?(?P<mod>early|late|mid|Early|Late|Mid)(?:-|\s+)"
    r"|(?P<mod2>(?:[Tt]he\s+)?(?:end|beginning|start|middle|turn|close)\s+of)\s+(?:the\s+)?"
    r"|(?P<mod3>[Ee]arlier|[Ll]ater)\s+in\s+)?"
)
# "only" and "just" are focus words, not TimeML modifiers: outside the span ("only [five hours]")
APPROX = r"(?:(?P<approx>about|nearly|almost|some|more\s+than|less\s+than|roughly|around|approximately|at\s+least|at\s+most|up\s+to|About|Nearly|Almost|Some|More\s+than|Less\s+than|Roughly|Around)\s+)?"
PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
# a zone named in words stays inside the span like "GMT": "10:32 p.m. Pacific time"
_ZONEW = r"(?:Pacific|Eastern|Central|Mountain|Atlantic)\s+(?:[Ss]tandard\s+|[Dd]aylight\s+)?[Tt]ime"
# a zone named by its region alone ("4 p.m. Central"), not a place it opens ("Central Park")
_ZONE_BARE = r"(?:Pacific|Eastern|Central|Mountain|Atlantic)(?![ \t]+[A-Z])(?![-\w])"
TZ = r"(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC|local\s+time|" + _ZONEW + r"|" + _ZONE_BARE + r"))?"
_HOURW = r"(?P<hw>(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
_MINW = r"(?:[ \t-]+(?P<minw>(?i:fifteen|thirty|forty[ \t-]five)))"

_LENNUM = r"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_LENSEP = r"(?:,?\s+and\s+|,\s*)"
_QORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|First|Second|Third|Fourth)"
_QLIST_YEAR = r"(?:\s+(?:of|in)\s+(?:(?:fiscal|calendar)\s+)?(?P<year>" + YEAR + r")(?![-\w])|\s+of\s+(?P<hrel>this|last|next|the)\s+year\b)?"

_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"(?P<y>(?:1[6-9]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?:[T ](?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?::[0-5]\d)?)?"),
    ("numeric", r"(?P<a>[01]?\d|3[01]|2\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)"),
    ("mdy", r"(?:(?P<wd>" + WEEKDAY_RE + r"),?\s+)?(?P<month>" + MONTH_DAY_RE + r")\s*(?P<d>" + DAYN + r")(?:,\s*|\s+)(?P<year>" + YEAR + r")"),
    ("dmy", r"(?:(?P<wd>" + WEEKDAY_RE + r"),?\s+)?(?:the\s+)?(?P<d>" + DAYN + r")\s+(?:of\s+)?(?P<month>" + MONTH_RE + r"),?\s+(?P<year>" + YEAR + r")"),
    ("md", MODPRE + r"(?:(?P<wd>" + WEEKDAY_RE + r"),?\s+)?(?:(?P<rel>last|next|this|Last|Next|This)\s+)?(?P<month>" + MONTH_DAY_RE + r")\s*(?P<d>" + DAYN + r")(?!\d|\s*,?\s*" + YEAR + r"\b)"),
    # the second day of "April 24 and 25", "May 3 or 4": a date of its own, in the month named before
    ("md", r"(?P<month>" + MONTH_RE + r")\s*" + DAYN + r"\s+(?:and|or|to|through|until)\s+(?P<core>(?P<d>" + DAYN + r"))(?!\d|\s*(?:%|percent\b|per\s))"),
    # each day of a range written with a hyphen, "Feb. 20-23", "March 3–5": two dates, the second in the same month
    ("md", r"(?P<core>(?P<month>" + MONTH_DAY_RE + r")\s*(?P<d>" + DAYN + r"))[-–](?:3[01]|[12]\d|0?[1-9])(?!\d|\s*(?:%|percent\b|per\s))"),
    ("md", r"(?P<month>" + MONTH_DAY_RE + r")\s*" + DAYN + r"[-–](?P<core>(?P<d>3[01]|[12]\d|0?[1-9]))(?!\d|\s*(?:%|percent\b|per\s))"),
    ("dm", r"(?:(?P<wd>" + WEEKDAY_RE + r"),?\s+)?(?:the\s+)?(?P<d>" + DAYN + r")\s+(?:of\s+)?(?P<month>" + MONTH_RE + r")"),
    ("dm", r"(?:the\s+)?(?P<dord>" + ORDINAL_RE + r")\s+of\s+(?P<month>" + MONTH_RE + r")"),
    ("my", MODPRE + r"(?P<month>" + MONTH_RE + r"),?\s+(?:of\s+)?(?P<year>" + YEAR + r")"),
    ("month", MODPRE + r"(?:(?P<rel>last|next|this|past|coming|previous|Last|Next|This)\s+)?(?P<month>" + MONTH_RE + r")"),
    ("year", MODPRE + r"(?:(?P<fiscal>[Ff]iscal(?:\s+year)?|FY|(?:the\s+)?(?:calendar\s+)?year)\s*)?(?P<year>" + YEAR + r")"),
    ("year", r"(?P<side>[Pp]ost|[Pp]re)-(?P<year>" + YEAR + r")"),  # "post-2011 Libya": after that year
    # "the 2024-25 season", "the 2020/21 season": a season that runs over two years, named by the first
    ("yearspan", r"(?:[Tt]he\s+)?(?P<y1>" + YEAR + r")[-–/](?P<y2>\d\d|" + YEAR + r")\s+(?:season|campaign)(?![-\w])"),
    ("myrel", r"(?P<month>" + MONTH_RE + r")(?:\s+(?P<d>" + DAYN + r"))?,?\s+(?P<yrel>this|last|next)\s+year"),
    ("yearwords", r"(?P<ywthe>[Tt]he\s+year\s+)?(?:(?P<month>" + MONTH_RE + r")\s+)?(?P<yw>" + YEARWORDS + r")"),
    # "by D+3", "on D-1": a day counted from a stated D-Day (``dday``), after a time preposition ("vitamin D-3",
    # "the D+2 deadline" are none); "D-Day" itself is no count
    ("dday", r"\b(?:[Bb]y|[Oo]n|[Aa]t|[Uu]ntil|[Tt]ill|[Ff]rom|[Tt]o|[Bb]efore|[Aa]fter|[Ss]ince|[Tt]hrough)\s+"
     r"(?P<core>D\s?(?P<sign>[+-])\s?(?P<n>\d{1,3}))(?![\w-])"),
    # "the week to Sunday", "the week ending Friday": a week that ends on that day, the day a timex of its own
    # "the week to 17 March", "the week ending March 17, 2024": the same, ending on a day of the month
    ("weekto", r"(?:[Tt]he|[Aa])\s+week(?=\s+(?:to|ending|ended|up\s+to|through)\s+(?:on\s+)?(?:(?P<wd>" + WEEKDAY_RE
     + r")(?![-\w])|(?:the\s+)?(?P<d>" + DAYN + r")\s+(?:of\s+)?(?P<month>" + MONTH_RE + r")(?:,?\s+(?P<year>" + YEAR + r"))?(?![-\w])"
     + r"|(?P<month2>" + MONTH_RE + r")\s*(?P<d2>" + DAYN + r")(?:,?\s+(?P<year2>" + YEAR + r"))?(?![-\w])))"),
    ("weekof", r"(?:[Tt]he\s+)?week\s+of\s+(?P<month>" + MONTH_RE + r")\s*(?P<d>" + DAYN + r")(?:,?\s+(?P<year>" + YEAR + r"))?"),
    # "the first week of March": one week of that month (TIMEX3 names it by its ISO week)
    ("weekord", r"(?:[Tt]he\s+)?(?P<word>first|second|third|fourth|last|final|First|Second|Third|Fourth|Last|Final)\s+week\s+of\s+"
                r"(?P<month>" + MONTH_RE + r")(?:,?\s+(?P<year>" + YEAR + r"))?"),
    # "today is the fifth day of the siege", "it's the third day of a walkout": the report day
    ("ordday", r"(?:[Tt]he\s+)?(?P<dord>" + ORDINAL_RE + r")\s+day(?=\s+of\b)"),
    ("yearend", r"(?:[Tt]he\s+)?(?:[Yy]ear[- ]end|[Yy]ear's\s+end|end\s+of\s+the\s+year)"),
    # "the new year": the year to come (lower case; "New Year's Day" is the holiday)
    ("newyear", r"(?:[Tt]he|[Aa])\s+new\s+year(?!['’]s|\s+(?:of|in)\b)"),
    ("holiday", r"(?P<hol>Christmas(?:\s+Day|\s+Eve)?|New\s+Year's(?:\s+Day|\s+Eve)|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday|\s+Monday|\s+week)?|Halloween|Independence\s+Day|Election\s+Day)(?:\s+(?P<year>" + YEAR + r"))?"),
    # Ramadan, "the holy month", Eid al-Fitr / al-Adha, Tabaski: festivals.py grounds them
    ("festival", r"(?P<fest>(?:[Tt]he\s+)?(?:(?:[Hh]oly|[Ff]asting)\s+)?[Mm]onth\s+of\s+(?P<ram>Ramadan|Ramzan)|(?P<ram2>Ramadan|Ramzan)"
                 r"|[Tt]he\s+(?:[Hh]oly|[Ff]asting)\s+month|(?P<eid>Eid(?:[\s-]+(?:al|el|ul)[\s-]*|[\s-]+)(?:[Ff]itr|[Aa]dha|Kabir|Kebir)"
                 r"|Tabaski|Korit[eé]))(?:\s+(?:of\s+)?(?P<year>" + YEAR + r"))?"),
    ("decade", r"(?:[Tt]he\s+)?" + MODPRE + r"(?P<dec>(?:1[0-9]|20)\d0s|'\d0s|\d0s|(?:nineteen[- ])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))"),
    ("century", r"(?:[Tt]he\s+)?" + MODPRE + r"(?P<cord>" + ORDINAL_RE + r")[- ]century"),
    ("quarter", r"(?:(?P<det>[Tt]he|[Ii]ts|[Tt]his|[Tt]his\s+year's|[Ll]ast\s+year's|[Nn]ext\s+year's|[Tt]heir)\s+)?(?:(?P<year0>" + YEAR + r")\s+)?(?P<qrels>(?:(?:year-earlier|year-ago|latest|last|current|past|previous|next|coming|same|corresponding|comparable|fiscal|calendar|recent|flat|reporting|Latest|Current|Fiscal)(?:\s+|-(?=[fstFST1-4]\w*[- ]quarter)))*)(?:(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th|final|First|Second|Third|Fourth|Final)[- ])?(?P<qword>quarter|period)(?![- ]century|-mile|-inch|-point)(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?(?P<year>" + YEAR + r")|\s+(?P<qtail>a\s+year\s+(?:ago|earlier)|(?:of\s+|in\s+)?last\s+year)|\s+of\s+(?:the|this)\s+year)?"),
    ("quarter", r"(?P<qn>Q[1-4]|[1-4]Q)(?:\s*(?P<year>" + YEAR + r"))?"),
    ("quarter", r"(?P<year>" + YEAR + r")\s*(?P<qn>Q[1-4])"),
    # "the first and third quarters", "the first, second and third quarters of 2021": one timex per member,
    # the ordinal alone for all but the last (TimeBank's span), the last with the noun and the year. A year
    # has four quarters, so at most three more come before "and": unbounded, each member re-read the rest
    ("quarterlist", r"(?P<qord>" + _QORD + r")(?=(?:\s*,\s*" + _QORD + r"){0,3}(?:\s*,)?\s+(?:and|or)\s+" + _QORD + r"\s+quarters\b" + _QLIST_YEAR + r")"),
    ("quarterlist", _QORD + r"(?:\s*,\s*" + _QORD + r"){0,3}(?:\s*,)?\s+(?:and|or)\s+(?P<core>(?P<qord>" + _QORD + r")\s+quarters" + _QLIST_YEAR + r")"),
    ("half", r"(?:[Tt]he\s+)?(?P<hord>first|second|last|latter|back|First|Second)\s+half\s+of\s+(?:(?P<year>" + YEAR + r")|(?P<hrel>this|last|next|the)\s+year)"),
    ("half", APPROX + r"(?:the\s+)?(?P<hord>first|last|final|First|Last)\s+(?:two|2)\s+quarters\s+of\s+(?:(?P<year>" + YEAR + r")|(?P<hrel>this|last|next|the)\s+year)"),
    ("half", r"(?P<hn>H[12])\s*(?P<year>" + YEAR + r")"),
    ("season", MODPRE + r"(?:(?P<srel>last|this|next|past|coming|the|that|Last|This|Next|The)\s+)?(?P<season>spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter)(?:\s+(?:of\s+)?(?:(?P<year>" + YEAR + r")|(?P<yw>" + YEARWORDS + r")))?"),
    ("deictic", MODPRE + r"(?P<deic>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)" + PART),
    ("partday", r"(?:(?P<mod>early|late|Early|Late)\s+)?(?:(?P<prel>this|last|Last|This|that|the|The|the\s+next|the\s+following)\s+)(?P<part>morning|afternoon|evening|night)"),
    ("weekday", MODPRE + r"(?:(?P<wrel>last|next|this|coming|past|Last|Next|This|[Tt]he\s+(?:previous|following|preceding|prior|next))\s+)?(?P<wd>" + WEEKDAY_RE + r")(?!s)" + PART),
    ("anaphor", r"(?P<adet>[Tt]he)\s+(?P<aunit>day|week|month|year)\s+(?P<adir>before|after|earlier|later)(?=\s*[.,;:)]|\s*$)"),
    # "May 3, the day before the vote": "the day" in apposition to the date before it (``compose``)
    ("appday", r"(?P<core>(?P<adet>[Tt]he)\s+day)\s+(?P<adir>before|after)\s+(?:the|a|an|his|her|its|their|this|that)(?=\s+[a-z])"),
    # "the same month last year": the month told, a year before (one timex, as "the same quarter a year ago")
    ("anaphor", r"(?P<adet>[Tt]he\s+same|[Tt]hat\s+same)\s+(?P<aunit>day|month)\s+(?P<ayago>last\s+year|a\s+year\s+(?:ago|earlier))"),
    ("anaphor", r"(?:(?P<amod>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?(?P<adet>[Tt]hat(?:\s+same)?|[Tt]he\s+(?:same|following|next|previous|preceding|prior))\s+(?P<aunit>day|week|month|year|quarter|morning|afternoon|evening|night|weekend)(?![-\w])"),
    ("relunit", MODPRE + r"(?P<rel>(?:[Tt]he\s+)?(?:past|next|coming|previous|following|last|latest|same|current)|[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Pp]revious|[Cc]urrent|[Tt]he|[Ee]arlier\s+this|[Ll]ater\s+this|[Ee]arlier\s+in\s+the|[Ll]ater\s+in\s+the|[Ee]arly\s+this|[Ee]arly\s+next|[Ll]ate\s+last|[Ll]ate\s+this|[Ee]arly\s+last)\s+(?:(?:fiscal|financial|full|calendar)\s+(?=year))?(?P<unit>week|month|year|weekend|decade|century|fortnight)(?![-\w])"),
    ("then", r"(?:[Uu]ntil|[Tt]ill|[Bb]y)\s+(?P<core>then)"),  # "until then": the time the text last named
    ("yadj", r"(?:the\s+)?(?P<yadj>year-earlier|year-ago|Year-earlier|Year-ago)(?!\s+(?:quarter|period))"),
    ("ago", APPROX + r"(?P<num>" + NUMBER_RE + r")\s+(?:or\s+so\s+)?(?P<unit>" + UNIT_RE + r")(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|hence|back)(?!\s+than\b)"),
    # "26 months from now": TIMEX3 tags the length and "now" apart (the length keeps the time it reaches)
    # "a week today", "two weeks tomorrow": the day that many weeks after today or tomorrow (British and spoken)
    ("ago", r"(?P<num>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree)\s+(?P<unit>weeks?)\s+(?P<dir>today|tomorrow)(?![-\w])"),
    ("ago", r"(?P<core>" + APPROX + r"(?P<num>" + NUMBER_RE + r")\s+(?P<unit>" + UNIT_RE + r"))\s+(?P<dir>from\s+now)(?![ \t]+on\b)"),
    ("lastn", APPROX + r"(?:(?P<det>[Tt]he|[Ee]ach\s+of\s+the)\s+)?(?P<rel>past|last|latest|next|first|previous|coming|following|final|recent|initial|Past|Last|Next|First)\s+(?P<num>" + NUMBER_RE + r")\s+(?P<unit>" + UNIT_RE + r")(?:\s+or\s+so)?"),
    ("vague", r"(?P<vrel>[Tt]he)\s+(?P<unit>days|weeks|months|years)\s+(?P<ahead>ahead|to\s+come)"),
    ("vague", r"(?P<vrel>(?:[Tt]he\s+)?(?:recent|coming|past|next|last|previous|following|[Rr]ecent|[Cc]oming|[Pp]ast))\s+(?P<unit>days|weeks|months|years|decades|quarters)"),
    # "the year-earlier six months": a span's length, told of the same span a year before
    ("duration", r"(?:[Tt]he\s+)?(?:year-earlier|year-ago)\s+(?P<num>" + NUMBER_RE + r")\s+(?P<unit>" + UNIT_RE + r")"),
    ("duration", APPROX + r"(?:the\s+)?(?P<num>" + NUMBER_RE + r")(?:\s+|-)(?:(?:more|additional|further|extra|straight|consecutive|successive|single)\s+)?(?:(?:trading|business|working|calendar)\s+(?=days?\b))?(?P<unit>" + UNIT_RE + r")(?P<half>\s+and\s+a\s+half)?(?P<adj>-long|-old)?"),
    # a length told in parts, "two hours, four minutes and 17 seconds", "8 minutes, 10.3 seconds": one DURATION
    ("clocklen", APPROX + r"(?:(?P<lh>" + _LENNUM + r")\s+hours?" + _LENSEP + r")?(?P<lm>" + _LENNUM + r")\s+minutes?" + _LENSEP
                 + r"(?P<ls>" + _LENNUM + r")\s+seconds?"),
    ("clocklen", APPROX + r"(?P<lh>" + _LENNUM + r")\s+hours?" + _LENSEP + r"(?P<lm>" + _LENNUM + r")\s+minutes?"),
    # a stretch of unstated length: "stay for a while", "for a really lengthy period" (PXX)
    ("while", r"[Ff]or\s+(?P<core>a\s+while|a\s+(?:\w+ly\s+)?(?:long|lengthy|extended|prolonged)\s+period(?:\s+of\s+time)?)"),
    # "in a year or two": one vague stretch; "three thousand years": millennia; "the past three summers": a set
    ("orsome", r"(?P<num>[Aa]n?|[Oo]ne)\s+(?P<unit>day|week|month|year|decade)\s+or\s+two(?![-\w])"),
    ("millennia", APPROX + r"(?P<num>" + NUMBER_RE + r")\s+thousand\s+years(?![-\w])(?!\s+(?:ago|earlier|later|before|after|old|from)\b)"),
    ("seasonset", r"(?:[Tt]he\s+)?(?P<rel>past|last|next|coming|previous)\s+(?P<num>" + NUMBER_RE
     + r")\s+(?P<season>summers|winters|springs|autumns)(?![-\w])"),
    ("bare", r"(?P<unit>years|months|decades|weeks|days|hours|centuries)(?:\s+or\s+(?:days|weeks|months|years|decades))?(?P<adj>-long|-old)?"),
    ("bare", r"(?P<unit>hour|day|week|month|year|decade|century)(?P<adj>-long)"),  # "a day-long meeting"
    ("set", r"(?P<setw>[Ee]very|[Ee]ach)\s+(?P<spart>morning|afternoon|evening|night)(?![-\w])"),  # "every evening"
    ("set", r"(?P<setw>[Ee]very|[Ee]ach|[Pp]er)\s+(?:(?P<num>other|" + NUMBER_RE + r")\s+)?(?P<unit>" + UNIT_RE + r"|" + WEEKDAY_RE + r"|" + MONTH_RE + r")"),
    ("set", r"(?P<freq>once|twice|thrice|\w+\s+times)\s+(?:a|an|per|every|each)\s+(?P<unit>" + UNIT_RE + r")"),
    # "seven days a week", "five nights a week": days of every week, a SET of the week
    ("set", r"(?P<freq>(?:" + NUMBER_RE + r")\s+(?:days|nights|evenings|mornings))\s+(?:a|per)\s+(?P<unit>week)"),
    # "12 hours a day", "about 40 minutes each day": time of every day, a SET of the day, as "six days a week" is of
    # the week
    ("set", APPROX + r"(?P<freq>(?:" + NUMBER_RE + r")\s+(?:hours|minutes))\s+(?:a|per|each)\s+(?P<unit>day)(?![-\w])"),
    ("set", r"(?P<setw>[Ee]very|[Ee]ach)\s+(?P<sseason>spring|summer|autumn|fall|winter)(?![-\w])"),  # "every summer"
    ("setadv", r"(?P<adv>daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|semiannually|semi-annually|Daily|Weekly|Monthly|Annually)"),
    ("setwd", r"(?:on\s+)?(?P<wd>" + WEEKDAY_RE + r")(?:s|\s+(?P<part>morning|afternoon|evening|night)s)"),
    # "Now," opening a sentence is a discourse marker (a turn in the account), not the time of the report
    ("ref", r"(?P<ref>[Rr]ight\s+now|now|Now(?!\s*,)|NOW|[Cc]urrently|[Nn]owadays|[Aa]t\s+present|[Pp]resently|[Tt]hese\s+days|[Tt]he\s+present|[Rr]ecently|[Ll]ately|[Rr]ecent|[Tt]he\s+past|[Ss]oon|[Tt]he\s+(?:near\s+|distant\s+|foreseeable\s+)?future|[Ff]uture|[Ss]hortly|[Tt]hen[- ]current|[Cc]urrent|[Ff]ormerly|[Pp]reviously|[Oo]nce|[Tt]he\s+(?:near|short|long)\s+term|[Aa]\s+later\s+date)"),
    # a day joined with no preposition is part of the clock time ("9 a.m. Tuesday"); after "on" it is a
    # timex of its own ("10 a.m. on Monday", the preposition outside), and clockday.py gives the time its day
    ("clock", APPROX + r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am|pm|AM|PM|o'clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)" + TZ + r"(?:,?\s+(?P<tday>" + WEEKDAY_RE + r"|today|yesterday|tomorrow|" + MONTH_RE + r"\s+" + DAYN + r"))?"),
    ("clockw", APPROX + _HOURW + _MINW + r"?\s+(?P<ampm>a\.m\.|p\.m\.|o'clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)"
     + TZ + r"(?:,?\s+(?P<tday>" + WEEKDAY_RE + r"|today|yesterday|tomorrow))?"),
    ("clockw", APPROX + _HOURW + _MINW + r"\s+(?P<tz>local\s+time|GMT|UTC|[ECMP][SD]T|" + _ZONEW + r"|" + _ZONE_BARE + r")"),
    ("clock24", APPROX + r"(?P<h>[01]?\d|2[0-3])[:h](?P<min>[0-5]\d)(?P<tz2>\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time|" + _ZONEW + r"|hours|hrs))?"),
    # "overnight": the night before the reference day (TimeML), not a compound noun ("the overnight rate")
    ("overnight", r"(?P<ovn>[Oo]vernight)(?![ \t]+(?:rates?|lending|loans?|deposits?|repos?|interbank|funds|money|index|swaps?|"
                  r"success|sensation|stays?|bags?|trips?|flights?|trains?|buses|bus|ferry|shifts?|camps?|parking|delivery|shipping|"
                  r"oats|bed|guests?|visitors?)\b)"),
    # "7 a.m. three days before the raid": one clock time on the day the gap reaches from a named event
    ("clockgap", r"(?P<core>(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?)\s+(?P<num>" + NUMBER_RE
                 + r")\s+(?P<unit>days|weeks))\s+(?P<dir>before|after)\s+(?:the|his|her|their|its)\s+(?P<ev>[a-z]+)"),
    ("latenight", r"(?P<mod>[Ll]ate)\s+at\s+night"),
    # "hours later", "a few minutes earlier": a gap shorter than a day, from the reference time
    ("hourgap", r"(?:(?P<vq>[Aa]\s+few|[Ss]everal|[Aa]\s+couple\s+of|[Mm]any)\s+)?(?P<unit>[Hh]ours|[Mm]inutes)\s+(?P<dir>later|earlier)"),
    # "overnight Saturday to Sunday", "the night of Sunday to Monday": one night, named by the day it starts on
    ("nightspan", r"(?:[Oo]vernight|[Tt]he\s+night\s+of)\s+(?P<wd>" + WEEKDAY_RE + r")\s+(?:to|into)\s+(?P<wd2>" + WEEKDAY_RE + r")\b"),
    # as with clock times, a day after "on" is a timex of its own ("at midnight on Thursday")
    ("namedtime", APPROX + r"(?:(?P<mod>early|late|mid)(?:-|\s+))?(?P<nt>noon|midnight|midday|dawn|daybreak|dusk|nightfall|sunset|sunrise|afternoon)(?:\s+(?P<tday>" + WEEKDAY_RE + r"|today|yesterday|tomorrow))?"),
]

PATTERNS: list[tuple[int, str, re.Pattern[str]]] = [
    (i, kind, re.compile(_B + p + _E)) for i, (kind, p) in enumerate(_PATTERNS)
]

# Words without which a kind cannot match, looked for once per text before its patterns run: these
# patterns open with optional words or numbers, so the regex engine tries them at every character, while a
# search for a fixed word skips along the text. Each is part of every match of the kind (or of the text
# its lookahead reads), so a text without it has no match and the hits are the same.
NEEDS: dict[str, re.Pattern[str]] = {
    "decade": re.compile(r"0s|ties"),
    "dday": re.compile(r"D\s?[+-]\s?\d"),
    "century": re.compile(r"[- ]century"),
    "yearwords": re.compile(r"ineteen|wenty|wo\s+thousand"),
    "quarterlist": re.compile(r"\squarters"),
    "appday": re.compile(r"day\s+(?:before|after)"),
    # "(?<!\s)": a search tried at every space of a long run of them would read the whole run each time
    "orsome": re.compile(r"(?<!\s)\s+or\s+two"),
    "millennia": re.compile(r"(?<!\s)\s+thousand\s+years"),
    "seasonset": re.compile(r"(?:summer|winter|spring|autumn)s"),
    "nightspan": re.compile(r"(?i)day\s+(?:to|into)\s"),
    # the unit and the direction word side by side: "ago" alone is in "Chicago", "later" in most reports
    "ago": re.compile(UNIT_RE + r"(?:\s+or\s+so)?\s+(?:ago|earlier|later|hence|back|from\s+now|today|tomorrow)"),
    "set": re.compile(r"\b(?:[Ee]very|[Ee]ach|[Pp]er|once|twice|thrice)\b|times|\s(?:a|per)\s+(?:week|day)"),
    "namedtime": re.compile(r"noon|midnight|midday|dawn|daybreak|dusk|nightfall|sunset|sunrise"),
    "clocklen": re.compile(r"minute"),
    "clockw": re.compile(r"a\.m\.|p\.m\.|o'clock|\s(?:morning|afternoon|evening|night|time|Eastern|Central|Pacific|Mountain|Atlantic)\b|[A-Z]T\b|UTC"),
    "festival": re.compile(r"Ramadan|Ramzan|[Hh]oly\s+month|[Ff]asting\s+month|Eid\b|Tabaski|Korit"),
    # the word each kind is named by (or its digits), absent from most reports
    "quarter": re.compile(r"quarter|period|Q[1-4]|[1-4]Q"),
    "half": re.compile(r"half|quarters|H[12]"),
    "season": re.compile(r"[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter"),
    "deictic": re.compile(r"[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight"),
    "while": re.compile(r"while|period"),
    "hourgap": re.compile(r"(?:ours|inutes)\s+(?:later|earlier)"),
    "clockgap": re.compile(r"(?:days|weeks)\s+(?:before|after)"),
    "ordday": re.compile(r"day\s+of\b"),
    "clock24": re.compile(r"\d[:h][0-5]\d"),
    "clock": re.compile(r"\d\s*(?:a\.m|p\.m|am|pm|AM|PM|o'clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)"),
    "myrel": re.compile(r"(?:this|last|next)\s+year"),
    "yearend": re.compile(r"[Yy]ear[- ]end|[Yy]ear's\s+end|end\s+of\s+the\s+year"),
    "setwd": re.compile(r"(?:day|DAY)(?:s|\s+(?:morning|afternoon|evening|night)s)"),
}


@dataclass(frozen=True)
class Hit:
    """A pattern match, before grounding."""

    kind: str
    start: int
    end: int
    groups: dict
    priority: int


def scan(text: str) -> list[Hit]:
    """Every match of every pattern (overlapping; ``select`` picks among them)."""
    hits: list[Hit] = []
    present: dict[str, bool] = {}
    for prio, kind, rx in PATTERNS:
        need = NEEDS.get(kind)
        if need is not None:
            if kind not in present:
                present[kind] = need.search(text) is not None
            if not present[kind]:
                continue
        for m in rx.finditer(text):
            if m.end() > m.start():
                groups = {k: v for k, v in m.groupdict().items() if v}
                # a pattern may read context it does not tag: its span is then the "core" group
                s, e = (m.start("core"), m.end("core")) if "core" in groups else (m.start(), m.end())
                hits.append(Hit(kind, s, e, groups, prio))
    return hits


# Kinds that name a time of their own, and the words that may join "recently" to one ("most recently, in May").
_DATED = frozenset({"iso", "numeric", "mdy", "dmy", "md", "dm", "my", "month", "year", "yearspan", "season", "quarter", "half",
                    "holiday", "festival", "deictic", "weekday", "relunit", "ago", "partday", "clock", "clockw", "clock24"})
_JOIN = re.compile(r"[ \t]*,?[ \t]*(?:(?:in|on|at|during)[ \t]+)?")


def named_time_only(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop "recently" right before the date that says when ("most recently last October", "most recently in
    May"): that date is the time; "recently" only grades it."""
    starts = {h.start for h in hits if h.kind in _DATED}
    return [h for h in hits if not (h.kind == "ref" and h.groups.get("ref", "").lower() == "recently"
                                    and _JOIN.match(text, h.end).end() in starts)]


def select(items: list, key_span=lambda x: (x.start, x.end), key_prio=lambda x: 0) -> list:
    """Longest first, then pattern order; keep those that overlap nothing kept."""
    ordered = sorted(items, key=lambda x: (-(key_span(x)[1] - key_span(x)[0]), key_prio(x), key_span(x)[0]))
    # the kept spans in (start, end) order, where their ends rise too (they do not overlap): the one that
    # starts last before ``e`` is the only one that can reach past ``s``, so one bisect, not a look at
    # every kept span (quadratic on a long text with thousands of timexes)
    taken: list[tuple[int, int]] = []
    kept = []
    for item in ordered:
        s, e = key_span(item)
        i = bisect.bisect_left(taken, (e,))
        if i and taken[i - 1][1] > s:
            continue
        taken.insert(i, (s, e))
        kept.append(item)
    kept.sort(key=lambda x: key_span(x)[0])
    return kept
