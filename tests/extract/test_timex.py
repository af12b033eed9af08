"""Tests for the temporal expression tagger (service.extract.timex)."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from service.extract import timex as timex_module
from service.extract.timex import Timex, find_timexes

WED = dt.date(2015, 12, 23)  # a Wednesday, late in the year
TUE = dt.date(2024, 3, 5)  # a Tuesday, early in a leap year: exercises year rollover

D = dt.date


def _only(text: str, dct: dt.date, lang: str = "en") -> Timex:
    found = find_timexes(text, dct, lang)
    assert len(found) == 1, found
    return found[0]


# (sentence, dct, expected text, date, date_end, precision, kind)
POSITIVE = [
    # month + day without a year: the latest such day on or before the DCT
    ("Russian jets began bombing on Sept. 30, officials said.", WED, "Sept. 30",
     D(2015, 9, 30), D(2015, 9, 30), "day", "point"),
    ("The first convoy crossed on Sep. 30 under fire.", WED, "Sep. 30",
     D(2015, 9, 30), D(2015, 9, 30), "day", "point"),
    ("A landslide buried the village on September 30.", WED, "September 30",
     D(2015, 9, 30), D(2015, 9, 30), "day", "point"),
    ("The dam burst on 30 September after days of rain.", WED, "30 September",
     D(2015, 9, 30), D(2015, 9, 30), "day", "point"),
    ("Militia fighters stormed the port on October 15.", WED, "October 15",
     D(2015, 10, 15), D(2015, 10, 15), "day", "point"),
    ("Rescuers reached the wreck on the 7th of October.", WED, "7th of October",
     D(2015, 10, 7), D(2015, 10, 7), "day", "point"),
    ("The cyclone made landfall on December 23 at dawn.", WED, "December 23",
     D(2015, 12, 23), D(2015, 12, 23), "day", "point"),
    ("The cyclone made landfall on December 24, forecasters said.", WED, "December 24",
     D(2014, 12, 24), D(2014, 12, 24), "day", "point"),
    ("Snipers fired on the market on December 28.", TUE, "December 28",
     D(2023, 12, 28), D(2023, 12, 28), "day", "point"),
    ("The levee broke on February 29, flooding the plain.", TUE, "February 29",
     D(2024, 2, 29), D(2024, 2, 29), "day", "point"),
    ("The levee broke on February 29, flooding the plain.", WED, "February 29",
     D(2012, 2, 29), D(2012, 2, 29), "day", "point"),
    ("An aftershock followed on March 5.", TUE, "March 5",
     D(2024, 3, 5), D(2024, 3, 5), "day", "point"),
    ("An aftershock followed on March 6.", TUE, "March 6",
     D(2023, 3, 6), D(2023, 3, 6), "day", "point"),
    # explicit years
    ("The footage released December 4, 2015, shows burning trucks.", WED, "December 4, 2015",
     D(2015, 12, 4), D(2015, 12, 4), "day", "point"),
    ("The airliner was shot down on 17 July 2014 over the east.", TUE, "17 July 2014",
     D(2014, 7, 17), D(2014, 7, 17), "day", "point"),
    ("The truce was signed 2015-12-04 in a border town.", TUE, "2015-12-04",
     D(2015, 12, 4), D(2015, 12, 4), "day", "point"),
    ("Talks stalled on Dec. 4 2015 in the capital.", WED, "Dec. 4 2015",
     D(2015, 12, 4), D(2015, 12, 4), "day", "point"),
    ("The harbour was mined on June 3rd, 2019.", TUE, "June 3rd, 2019",
     D(2019, 6, 3), D(2019, 6, 3), "day", "point"),
    ("The earthquake of March 10 last year levelled the town.", TUE, "March 10 last year",
     D(2023, 3, 10), D(2023, 3, 10), "day", "point"),
    # months
    ("The drought peaked in July 2014, farmers said.", WED, "July 2014",
     D(2014, 7, 1), D(2014, 7, 31), "month", "point"),
    ("Fighting resumed in March, monitors reported.", WED, "March",
     D(2015, 3, 1), D(2015, 3, 31), "month", "point"),
    ("Fighting resumed in March, monitors reported.", TUE, "March",
     D(2024, 3, 1), D(2024, 3, 31), "month", "point"),
    ("Fighting resumed in April, monitors reported.", TUE, "April",
     D(2023, 4, 1), D(2023, 4, 30), "month", "point"),
    ("The famine worsened in May as the harvest failed.", WED, "May",
     D(2015, 5, 1), D(2015, 5, 31), "month", "point"),
    ("Refugee numbers doubled during August.", TUE, "August",
     D(2023, 8, 1), D(2023, 8, 31), "month", "point"),
    # early / mid / late: thirds of a month in days, of a year in months
    ("The blockade tightened in early February.", TUE, "early February",
     D(2024, 2, 1), D(2024, 2, 10), "day", "point"),
    ("The offensive started in mid-October.", WED, "mid-October",
     D(2015, 10, 11), D(2015, 10, 20), "day", "point"),
    ("Rebels regrouped in the hills by late February.", TUE, "late February",
     D(2024, 2, 21), D(2024, 2, 29), "day", "point"),
    ("The harvest failed in late November.", WED, "late November",
     D(2015, 11, 21), D(2015, 11, 30), "day", "point"),
    ("Donors pledged aid last March.", WED, "last March",
     D(2015, 3, 1), D(2015, 3, 31), "month", "point"),
    ("Donors pledged aid last March.", TUE, "last March",
     D(2023, 3, 1), D(2023, 3, 31), "month", "point"),
    ("The storms of March last year cut the power.", TUE, "March last year",
     D(2023, 3, 1), D(2023, 3, 31), "month", "point"),
    ("The ferry sank at the end of January.", TUE, "January",
     D(2024, 1, 1), D(2024, 1, 31), "month", "point"),
    # years
    ("The insurgency spread in 2014 to the north.", WED, "2014",
     D(2014, 1, 1), D(2014, 12, 31), "year", "point"),
    ("Aid agencies left in late 2019.", TUE, "late 2019",
     D(2019, 9, 1), D(2019, 12, 31), "month", "point"),
    ("The mine reopened in early 2018 under army guard.", TUE, "early 2018",
     D(2018, 1, 1), D(2018, 4, 30), "month", "point"),
    ("Talks collapsed in mid-2017, diplomats recalled.", TUE, "mid-2017",
     D(2017, 5, 1), D(2017, 8, 31), "month", "point"),
    ("The militia was formed late last year.", TUE, "late last year",
     D(2023, 9, 1), D(2023, 12, 31), "month", "point"),
    ("Water ran short early this month in the camps.", TUE, "early this month",
     D(2024, 3, 1), D(2024, 3, 10), "day", "point"),
    ("Cluster bombs were used in Yemen this year.", WED, "this year",
     D(2015, 1, 1), D(2015, 12, 31), "year", "point"),
    ("Wildfires burned a record area last year.", TUE, "last year",
     D(2023, 1, 1), D(2023, 12, 31), "year", "point"),
    ("Earlier this year the border was closed.", WED, "Earlier this year",
     D(2015, 1, 1), D(2015, 12, 22), "year", "point"),
    ("Earlier this year the border was closed.", dt.date(2024, 1, 1), "Earlier this year",
     D(2024, 1, 1), D(2024, 1, 1), "year", "point"),
    # weekdays
    ("The ministry denied the claims on Wednesday.", WED, "Wednesday",
     D(2015, 12, 23), D(2015, 12, 23), "day", "point"),
    ("On Sunday, airstrikes hit the old city.", WED, "Sunday",
     D(2015, 12, 20), D(2015, 12, 20), "day", "point"),
    ("Gunmen attacked a checkpoint last Thursday.", WED, "last Thursday",
     D(2015, 12, 17), D(2015, 12, 17), "day", "point"),
    ("The vote was postponed last Wednesday.", WED, "last Wednesday",
     D(2015, 12, 16), D(2015, 12, 16), "day", "point"),
    ("The tremor was felt late on Monday across the valley.", WED, "late on Monday",
     D(2015, 12, 21), D(2015, 12, 21), "day", "point"),
    ("Early Tuesday, the river burst its banks.", WED, "Early Tuesday",
     D(2015, 12, 22), D(2015, 12, 22), "day", "point"),
    ("Early Tuesday, the river burst its banks.", TUE, "Early Tuesday",
     D(2024, 3, 5), D(2024, 3, 5), "day", "point"),
    ("Monday night brought fresh shelling.", TUE, "Monday night",
     D(2024, 3, 4), D(2024, 3, 4), "day", "point"),
    ("The convoy was ambushed on Saturday.", TUE, "Saturday",
     D(2024, 3, 2), D(2024, 3, 2), "day", "point"),
    ("Envoys will meet on Friday to discuss the truce.", WED, "Friday",
     D(2015, 12, 25), D(2015, 12, 25), "day", "point"),
    ("Negotiators are due to meet on Monday in Vienna.", TUE, "Monday",
     D(2024, 3, 11), D(2024, 3, 11), "day", "point"),
    ("The leaders said they would meet on Monday.", TUE, "Monday",
     D(2024, 3, 4), D(2024, 3, 4), "day", "point"),
    ("The vote will be held on January 10.", WED, "January 10",
     D(2016, 1, 10), D(2016, 1, 10), "day", "point"),
    ("He will continue the campaign that began on January 10.", TUE, "January 10",
     D(2024, 1, 10), D(2024, 1, 10), "day", "point"),
    ("Envoys met on Monday, December 21, in Geneva.", WED, "Monday, December 21",
     D(2015, 12, 21), D(2015, 12, 21), "day", "point"),
    ("Envoys met on Friday 1 March in Geneva.", TUE, "Friday 1 March",
     D(2024, 3, 1), D(2024, 3, 1), "day", "point"),
    ("Peace talks are scheduled for January 25 in Geneva.", WED, "January 25",
     D(2016, 1, 25), D(2016, 1, 25), "day", "point"),
    ("The elections, postponed twice, are now due on January 25.", WED, "January 25",
     D(2016, 1, 25), D(2016, 1, 25), "day", "point"),
    ("NEXT ISSUE: 8 January. Reply to this email to unsubscribe.", WED, "8 January",
     D(2016, 1, 8), D(2016, 1, 8), "day", "point"),
    ("Militants raided the base over the weekend.", WED, "weekend",
     D(2015, 12, 19), D(2015, 12, 20), "week", "point"),
    ("Two ferries sank last weekend.", TUE, "last weekend",
     D(2024, 3, 2), D(2024, 3, 3), "week", "point"),
    ("Envoys will gather this weekend.", TUE, "this weekend",
     D(2024, 3, 9), D(2024, 3, 10), "week", "point"),
    # relative days
    ("Rockets struck the airport yesterday.", WED, "yesterday",
     D(2015, 12, 22), D(2015, 12, 22), "day", "point"),
    ("The UN envoy arrives today.", TUE, "today",
     D(2024, 3, 5), D(2024, 3, 5), "day", "point"),
    ("A curfew starts tonight.", WED, "tonight",
     D(2015, 12, 23), D(2015, 12, 23), "day", "point"),
    ("Looting broke out last night.", TUE, "last night",
     D(2024, 3, 4), D(2024, 3, 4), "day", "point"),
    ("The ferry capsized the day before yesterday.", TUE, "the day before yesterday",
     D(2024, 3, 3), D(2024, 3, 3), "day", "point"),
    ("The bridge collapsed three days ago.", TUE, "three days ago",
     D(2024, 3, 2), D(2024, 3, 2), "day", "point"),
    ("The bridge collapsed two weeks ago.", WED, "two weeks ago",
     D(2015, 12, 7), D(2015, 12, 13), "week", "point"),
    # weeks, months
    # "this week / month / year" is the whole calendar unit
    ("Aid trucks were stopped this week.", WED, "this week",
     D(2015, 12, 21), D(2015, 12, 27), "week", "point"),
    ("Earlier this week, the president warned of escalation.", WED, "Earlier this week",
     D(2015, 12, 21), D(2015, 12, 22), "week", "point"),
    ("Earlier this week, the president warned of escalation.", TUE, "Earlier this week",
     D(2024, 3, 4), D(2024, 3, 4), "week", "point"),
    ("The outbreak spread last week.", TUE, "last week",
     D(2024, 2, 26), D(2024, 3, 3), "week", "point"),
    ("Sources told reporters last month that mines were laid.", WED, "last month",
     D(2015, 11, 1), D(2015, 11, 30), "month", "point"),
    ("Sources told reporters last month that mines were laid.", TUE, "last month",
     D(2024, 2, 1), D(2024, 2, 29), "month", "point"),
    # "earlier this ..." runs to the day before publication, never before the first day
    ("The camp was emptied earlier this month.", WED, "earlier this month",
     D(2015, 12, 1), D(2015, 12, 22), "month", "point"),
    ("The camp was emptied earlier this month.", D(2024, 3, 1), "earlier this month",
     D(2024, 3, 1), D(2024, 3, 1), "month", "point"),
    ("A second team arrives later this month.", TUE, "later this month",
     D(2024, 3, 6), D(2024, 3, 31), "month", "point"),
    ("Prices have tripled this month.", TUE, "this month",
     D(2024, 3, 1), D(2024, 3, 31), "month", "point"),
    # the night just gone
    ("US air strikes hit Saada overnight, killing 68 people.", WED,
     "overnight", D(2015, 12, 22), D(2015, 12, 23), "day", "point"),
    ("Heavy fighting broke out again overnight between rival groups.", WED,
     "overnight", D(2015, 12, 22), D(2015, 12, 23), "day", "point"),
    # the year of a named event
    ("Tripoli has been carved up since the 2011 uprising.", WED,
     "2011", D(2011, 1, 1), D(2011, 12, 31), "year", "point"),
    # ... with no word such as "since" before it
    ("Families fled north, fearing a repeat of the 2006 war.", WED,
     "2006", D(2006, 1, 1), D(2006, 12, 31), "year", "point"),
    ("Some of the dead had signed the 2016 peace agreement.", WED,
     "2016", D(2016, 1, 1), D(2016, 12, 31), "year", "point"),
    # ranges
    ("On 10 and 11 March, soldiers killed 58 people.", WED,
     "10 and 11 March", D(2015, 3, 10), D(2015, 3, 11), "day", "range"),
    # two days joined by "to" share the month named after them
    ("Period covered: 2 to 9 November 2015. Shelling was reported daily.", WED,
     "2 to 9 November 2015", D(2015, 11, 2), D(2015, 11, 9), "day", "range"),
    ("The brief covers 14 to 20 December, when 31 people were killed.", WED,
     "14 to 20 December", D(2015, 12, 14), D(2015, 12, 20), "day", "range"),
    ("Clashes on Nov. 20 and 21, 2014 left 12 dead.", WED,
     "Nov. 20 and 21, 2014", D(2014, 11, 20), D(2014, 11, 21), "day", "range"),
    ("From Sept. 30 to November 29, the bombing destroyed clinics.", WED,
     "From Sept. 30 to November 29", D(2015, 9, 30), D(2015, 11, 29), "day", "range"),
    ("Raids killed 200 people between September and November.", WED,
     "between September and November", D(2015, 9, 1), D(2015, 11, 30), "month", "range"),
    ("Raids killed 200 people from September to November of this year.", WED,
     "from September to November of this year", D(2015, 9, 1), D(2015, 11, 30), "month", "range"),
    ("Raids killed 200 people from September to November.", TUE,
     "from September to November", D(2023, 9, 1), D(2023, 11, 30), "month", "range"),
    ("The hurricane season ran from December 28 to January 2.", TUE,
     "from December 28 to January 2", D(2023, 12, 28), D(2024, 1, 2), "day", "range"),
    ("Strikes went on from November 30 to December 4, 2015.", TUE,
     "from November 30 to December 4, 2015", D(2015, 11, 30), D(2015, 12, 4), "day", "range"),
    ("The summit took place December 1-3 in the capital.", WED, "December 1-3",
     D(2015, 12, 1), D(2015, 12, 3), "day", "range"),
    ("The summit took place 1-3 December in the capital.", TUE, "1-3 December",
     D(2023, 12, 1), D(2023, 12, 3), "day", "range"),
    ("The book fair runs December 1 to 3 in the old town.", TUE, "December 1 to 3",
     D(2023, 12, 1), D(2023, 12, 3), "day", "range"),
    ("Raids from Sept. 30 to Nov. 29 hit markets.", TUE, "from Sept. 30 to Nov. 29",
     D(2023, 9, 30), D(2023, 11, 29), "day", "range"),
    ("Snow fell December 4 – December 6, 2015 on the pass.", TUE,
     "December 4 – December 6, 2015", D(2015, 12, 4), D(2015, 12, 6), "day", "range"),
    ("Jets flew 300 sorties between 1 and 15 December.", WED, "between 1 and 15 December",
     D(2015, 12, 1), D(2015, 12, 15), "day", "range"),
    ("Floods hit the coast between 2011 and 2013.", WED, "between 2011 and 2013",
     D(2011, 1, 1), D(2013, 12, 31), "year", "range"),
    ("The war raged from 2011 to 2013, the report says.", WED, "from 2011 to 2013",
     D(2011, 1, 1), D(2013, 12, 31), "year", "range"),
    ("The outbreak ran from late January to early March.", TUE,
     "from late January to early March", D(2024, 1, 21), D(2024, 3, 10), "day", "range"),
    ("Shelling went on from mid-2016 to late 2018, residents said.", TUE,
     "from mid-2016 to late 2018", D(2016, 5, 1), D(2018, 12, 31), "month", "range"),
    # since / until
    ("Cluster munitions were used on 20 occasions since Sep. 30 in the north.", WED,
     "since Sep. 30", D(2015, 9, 30), D(2015, 12, 23), "day", "since"),
    ("Some twenty raids since September 30 hit schools.", WED,
     "since September 30", D(2015, 9, 30), D(2015, 12, 23), "day", "since"),
    ("The siege has lasted since early March.", TUE,
     "since early March", D(2024, 3, 1), D(2024, 3, 5), "day", "since"),
    ("Over 300 people had died up to November 29.", WED,
     "up to November 29", D(2015, 11, 29), D(2015, 11, 29), "day", "until"),
    ("The curfew stays until November 29.", WED,
     "until November 29", D(2015, 11, 29), D(2015, 11, 29), "day", "until"),
    ("Shelling continued through Nov. 29, witnesses said.", TUE,
     "through Nov. 29", D(2023, 11, 29), D(2023, 11, 29), "day", "until"),
    ("The ceasefire will hold until November 29.", WED,
     "until November 29", D(2016, 11, 29), D(2016, 11, 29), "day", "until"),
    ("Rebels held the valley until July 2014.", TUE,
     "until July 2014", D(2014, 7, 1), D(2014, 7, 31), "month", "until"),
    ("The region has been unstable since 2012.", WED,
     "since 2012", D(2012, 1, 1), D(2015, 12, 23), "year", "since"),
    ("Aid has been blocked since last month.", TUE,
     "since last month", D(2024, 2, 1), D(2024, 3, 5), "month", "since"),
    # "since the start of ..." runs from the unit's first day, precision day
    ("Since the start of the year, 300 people have died in the camps.", TUE,
     "Since the start of the year", D(2024, 1, 1), D(2024, 3, 5), "day", "since"),
    ("Prices have doubled since the beginning of the month.", TUE,
     "since the beginning of the month", D(2024, 3, 1), D(2024, 3, 5), "day", "since"),
    ("The port has been closed since the start of 2022.", TUE,
     "since the start of 2022", D(2022, 1, 1), D(2024, 3, 5), "day", "since"),
    ("No convoy has crossed since the end of January.", TUE,
     "since the end of January", D(2024, 1, 31), D(2024, 3, 5), "day", "since"),
    # plans and promises point to the coming month or day
    ("The junta again delayed the vote it had promised for August.", TUE, "August",
     D(2024, 8, 1), D(2024, 8, 31), "month", "point"),
    ("Repairs to the bridge are expected in February.", TUE, "February",
     D(2025, 2, 1), D(2025, 2, 28), "month", "point"),
    ("A second shipment of vaccines is due by June.", WED, "June",
     D(2016, 6, 1), D(2016, 6, 30), "month", "point"),
    ("Donors set a conference planned for 12 January in Oslo.", WED, "12 January",
     D(2016, 1, 12), D(2016, 1, 12), "day", "point"),
    # a day and month before a lower-case noun is still a date
    ("The 14 March air raid destroyed the school.", TUE, "14 March",
     D(2023, 3, 14), D(2023, 3, 14), "day", "point"),
    ("Survivors of the October 7 Hamas raid testified.", TUE, "October 7",
     D(2023, 10, 7), D(2023, 10, 7), "day", "point"),
    ("On the 7th of October Hamas fighters crossed the fence.", TUE, "7th of October",
     D(2023, 10, 7), D(2023, 10, 7), "day", "point"),
    ("Shells landed this morning near the port.", TUE, "this morning",
     D(2024, 3, 5), D(2024, 3, 5), "day", "point"),
]


@pytest.mark.parametrize(
    ("sentence", "dct", "text", "date", "date_end", "precision", "kind"), POSITIVE
)
def test_single_expression(sentence, dct, text, date, date_end, precision, kind):
    t = _only(sentence, dct)
    assert (t.text, t.date, t.date_end, t.precision, t.kind) == (
        text, date, date_end, precision, kind)


NEGATIVE = [
    "The bombing may amount to war crimes, the group said.",
    "May God protect them, a survivor said.",  # sentence-initial modal, no cue
    "We will not only continue with our strikes, but increase them.",
    "Russia's Su-24 and 25 bombers flew low over the town.",
    "Cluster munitions were documented on 20 occasions in the north.",
    "Protesters March on the parliament every year.",
    "Commander Ahmed March told reporters the line would hold.",
    "10 people died, 15 others injured after the attack.",
    "A second strike hit the rescuers; one of them died.",
    "Hundreds of families fled, and hundreds more stayed.",
    "The blast was heard at 10:30 and again at 11 pm.",
    "Over 200 civilians were killed in less than three months.",
    "A frame grab released by the ministry DecemCredit: Reuters",
    "The Jan Karski bridge reopened to traffic.",
    "Rescue teams plan to march through the valley.",
    "The quake measured 7.3 and lasted 45 seconds.",
    "A total of 1900 people fled the fighting.",
    "The road climbs from 1900 to 2000 metres above the valley.",
    "Turnout rose by 2015 votes in the district.",
    "The ministry counted the 1999 tonnes of grain it had shipped.",
    "Veterans of the 1990s wars returned.",
    "The Sunday Times reported the deal.",
    "An overnight curfew was imposed in the capital.",
    "The overnight raid was the third in a row.",
    "Gunmen killed 44 worshippers during Friday prayers.",
    "Both parties signed the Good Friday agreement.",
    "Marchers remembered Bloody Sunday in the city.",
    "The report was posted at /news/2015-12-04/report.html online.",
    # "the <day> <Month> <Name>": a name, not a date
    "Leaders of the April 6 Movement were arrested.",
    "Crowds marked the anniversary of the 30 June Revolution.",
    "Leaders of the April 6 Youth Movement were arrested.",
    # anaphoric expressions with nothing before them to refer to
    "The same day, rescuers reached the collapsed school.",
    "A week later, the roads into the valley reopened.",
    "Since then, the militia has held the ridge.",
]


@pytest.mark.parametrize("sentence", NEGATIVE)
@pytest.mark.parametrize("dct", [WED, TUE])
def test_not_a_date(sentence, dct):
    assert find_timexes(sentence, dct) == []


def test_truncated_month_word_is_not_a_date_but_full_date_is():
    text = "Footage released December 4, 2015, shows strikes. Footage released Decem"
    found = find_timexes(text, WED)
    assert [(t.text, t.date) for t in found] == [("December 4, 2015", D(2015, 12, 4))]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a weekday of the week named after it: one day (Monday 1 September 2025 is publication day)
    ("On Wednesday last week, bandits killed nine worshippers.", [("Wednesday last week", D(2025, 8, 27))]),
    ("The talks resumed on Tuesday of last week.", [("Tuesday of last week", D(2025, 8, 26))]),
    ("On Monday last week and on Friday, drones struck the port.",
     [("Monday last week", D(2025, 8, 25)), ("Friday", D(2025, 8, 29))]),
    ("The vote is due on Tuesday next week.", [("Tuesday next week", D(2025, 9, 9))]),
    # ("last week's" belongs to what follows, not to the weekday)
    ("On Monday, last week's toll rose to 40.", [("Monday", D(2025, 9, 1)), ("last week", D(2025, 8, 25))]),
])
def test_a_weekday_of_a_named_week(sentence, expected):
    assert [(t.text, t.date) for t in find_timexes(sentence, D(2025, 9, 1))] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a year outside the years read: no date, rather than the day in a year near publication
    ("An air strike hit Aleppo on 31 December 2999, killing 5 people.", []),
    ("The fort was founded on 1 January 1600 by traders.", []),
    ("The plan runs out in March 2150.", []),
    ("An air strike hit Palmyra on 1 January 9999, killing 7 people.", []),
    ("The tomb was sealed on 31 December 0001, the inscription says.", []),
    ("It was founded on 1 January 10000.", []),
    # a range of days with no year that would reach into another year: a day that year lacks
    ("From 31 January to 29 February, gunmen attacked the town.", []),
    ("Shelling went on through the night of 28-29 February.", []),
    # "the last week of" a month is no week before publication
    ("Fighting peaked in the last week of December.", [("December", D(2015, 12, 1))]),
    # a four-figure count after the date leaves the date as it was
    ("On 5 March 1500 people fled the town.", [("5 March", D(2015, 3, 5))]),
    ("On 3 March, 1450 fighters attacked the base.", [("3 March", D(2015, 3, 3))]),
    ("On 3 May 1999 troops entered the city.", [("3 May 1999", D(1999, 5, 3))]),
])
def test_a_date_whose_year_is_not_read_is_left_out(sentence, expected):
    assert [(t.text, t.date) for t in find_timexes(sentence, WED)] == expected


def test_abbreviated_month_without_year_is_not_extended_past_a_comma():
    found = find_timexes("It began on Dec. 4, and fighting spread.", WED)
    assert [(t.text, t.date) for t in found] == [("Dec. 4", D(2015, 12, 4))]


@pytest.mark.parametrize(("sentence", "dct", "expected"), [
    ("The front moved in May and June.", WED,
     [("May", D(2015, 5, 1)), ("June", D(2015, 6, 1))]),
    ("It rained in January, February or March 2014.", WED,
     [("January", D(2014, 1, 1)), ("February", D(2014, 2, 1)), ("March 2014", D(2014, 3, 1))]),
    ("In March, May said no to the deal.", TUE, [("March", D(2024, 3, 1))]),
    ("Sirens sounded in April and May 5 was quiet.", WED,
     [("April", D(2015, 4, 1)), ("May 5", D(2015, 5, 5))]),
])
def test_months_joined_by_and_or_commas_share_the_cue(sentence, dct, expected):
    assert [(t.text, t.date) for t in find_timexes(sentence, dct)] == expected


def test_several_expressions_in_order_and_non_overlapping():
    text = (
        "Floods struck on October 7, and again on Sunday. Since Sep. 30 the army has "
        "shelled the valley; between September and November 3,000 homes were destroyed, "
        "and last month 400 more. Earlier this week the rains stopped."
    )
    found = find_timexes(text, WED)
    assert [t.text for t in found] == [
        "October 7", "Sunday", "Since Sep. 30", "between September and November",
        "last month", "Earlier this week",
    ]
    for before, after in zip(found, found[1:]):
        assert before.end <= after.start


MIXED = (
    "From Sept. 30 to November 29 raids hit Homs. On Wednesday the ministry replied, "
    "and on 17 July 2014 a plane fell. It may amount to war crimes, we said on "
    "Dec. 4 2015. Since September 30 and up to November 29, fighting went on; "
    "yesterday, last week and in March there were more raids."
)


@pytest.mark.parametrize("dct", [WED, TUE])
def test_offsets_always_slice_the_text(dct):
    found = find_timexes(MIXED, dct)
    assert len(found) >= 9
    for t in found:
        assert MIXED[t.start:t.end] == t.text
        assert t.date <= t.date_end
        assert t.precision in {"day", "week", "month", "year"}
        assert t.kind in {"point", "range", "since", "until"}
    assert [t.start for t in found] == sorted(t.start for t in found)


def _random_text(rng: random.Random, n_words: int) -> str:
    vocabulary = (
        "in on since until from to between and the of last this next early late mid- up "
        "through Sept. Sep. September Dec. December March May may Monday Sunday week month "
        "year yesterday tonight ago three two 1 3 7 15 29 30 2014 2015 1900 - , . people "
        "died strikes hit the village , 2015-12-04 Decem of this year night earlier same that "
        "later then following day days before after ever since start morning 2001"
    ).split()
    return " ".join(rng.choice(vocabulary) for _ in range(n_words))


@pytest.mark.parametrize(("sentence", "expected"), [
    # two days that are not in a row are two dates, not the days between
    ("Strikes hit on 5 and 12 March.", ["12 March"]),
    # "11 people" is a count, not a day
    ("On March 10 and 11 people died in the fire.", ["March 10"]),
])
def test_days_joined_by_and_are_a_range_only_when_in_a_row(sentence, expected):
    assert [t.text for t in find_timexes(sentence, WED)] == expected


def test_next_day_without_its_article_in_a_trackers_clipped_style():
    text = "Regime jets 7 Jan bombed Namhkam; TNLA next day accused military of violating deal."
    assert [(t.text, str(t.date)) for t in find_timexes(text, dt.date(2026, 2, 3))] == [
        ("7 Jan", "2026-01-07"), ("next day", "2026-01-08")]
    # no verb in the past after it: no day
    assert [t.text for t in find_timexes("Orders placed on 3 May arrive by next day delivery.", WED)] == ["3 May"]


def test_a_month_range_that_would_end_months_after_publication_is_last_years():
    (span,) = find_timexes("Between January and November, the group claimed 170 attacks.", dt.date(2026, 1, 22))
    assert (str(span.date), str(span.date_end)) == ("2025-01-01", "2025-11-30")
    # a range that ends in the coming month may still be this year's
    (span,) = find_timexes("Fighting between January and March displaced 20,000.", dt.date(2026, 2, 15))
    assert (str(span.date), str(span.date_end)) == ("2026-01-01", "2026-03-31")


def test_a_night_from_one_day_to_the_next_with_their_weekdays_is_both_days():
    (night,) = find_timexes("In the night of Saturday 22 to Sunday 23 November 2025, gunmen attacked.", WED)
    assert (night.text, str(night.date), str(night.date_end), night.precision) == (
        "Saturday 22 to Sunday 23 November 2025", "2025-11-22", "2025-11-23", "day")
    # a weekday before a count is no range
    assert [t.text for t in find_timexes("He said on Sunday 23 to 25 people died.", WED)] == ["Sunday"]


@pytest.mark.parametrize("seed", range(5))
def test_trigger_windows_find_what_a_full_scan_finds(seed, monkeypatch):
    """Scanning only around trigger words must give exactly what scanning everything gives."""
    text = _random_text(random.Random(seed), 3000)
    windowed = find_timexes(text, WED)
    assert len(windowed) > 50
    monkeypatch.setattr(timex_module, "_windows", lambda t: [(0, len(t))])
    assert find_timexes(text, WED) == windowed


def test_datetime_dct_is_accepted():
    t = _only("The dam burst yesterday.", dt.datetime(2015, 12, 23, 9, 30))
    assert t.date == D(2015, 12, 22)


FOREIGN = [
    ("fr", "Les frappes ont commencé le 30 septembre dans le nord.", WED, "30 septembre",
     D(2015, 9, 30), D(2015, 9, 30), "day", "point"),
    ("fr", "Le séisme du 28 décembre a fait 40 morts.", TUE, "28 décembre",
     D(2023, 12, 28), D(2023, 12, 28), "day", "point"),
    ("es", "El ataque ocurrió el 15 de octubre de 2015 en la frontera.", TUE,
     "15 de octubre de 2015", D(2015, 10, 15), D(2015, 10, 15), "day", "point"),
    ("es", "Los combates siguen desde el 30 de septiembre.", WED, "desde el 30 de septiembre",
     D(2015, 9, 30), D(2015, 12, 23), "day", "since"),
    ("de", "Die Luftangriffe begannen am 7. Oktober im Norden.", WED, "7. Oktober",
     D(2015, 10, 7), D(2015, 10, 7), "day", "point"),
    ("de", "Die Flut kam im März 2014 über das Tal.", WED, "März 2014",
     D(2014, 3, 1), D(2014, 3, 31), "month", "point"),
    ("ar", "قصفت الطائرات المدينة في 30 سبتمبر الماضي.", WED, "30 سبتمبر الماضي",
     D(2015, 9, 30), D(2015, 9, 30), "day", "point"),
    ("ar", "وقع الهجوم يوم 4 ديسمبر 2015 قرب الحدود.", TUE, "4 ديسمبر 2015",
     D(2015, 12, 4), D(2015, 12, 4), "day", "point"),
    ("ar", "بدأت الغارات في ٣٠ أيلول على المدينة.", WED, "٣٠ أيلول",
     D(2015, 9, 30), D(2015, 9, 30), "day", "point"),
    ("ar", "تواصل القصف منذ 15 تشرين الأول 2015 على الريف.", WED, "منذ 15 تشرين الأول 2015",
     D(2015, 10, 15), D(2015, 12, 23), "day", "since"),
    ("fr", "Les combats ont repris depuis mars dans la région.", TUE, "depuis mars",
     D(2024, 3, 1), D(2024, 3, 5), "month", "since"),
    ("fr", "Le barrage a cédé hier soir.", WED, "hier soir",
     D(2015, 12, 22), D(2015, 12, 22), "day", "point"),
    ("fr", "Les secours sont arrivés dimanche.", WED, "dimanche",
     D(2015, 12, 20), D(2015, 12, 20), "day", "point"),
    ("es", "Las lluvias comenzaron el mes pasado.", TUE, "el mes pasado",
     D(2024, 2, 1), D(2024, 2, 29), "month", "point"),
    ("es", "El puerto cerró hasta el 29 de noviembre.", WED, "hasta el 29 de noviembre",
     D(2015, 11, 29), D(2015, 11, 29), "day", "until"),
    ("de", "Seit dem 30. September fliegt die Luftwaffe Angriffe.", TUE, "Seit dem 30. September",
     D(2023, 9, 30), D(2024, 3, 5), "day", "since"),
    ("de", "Die Brücke stürzte gestern ein.", TUE, "gestern",
     D(2024, 3, 4), D(2024, 3, 4), "day", "point"),
    # ranges of days and of months
    ("fr", "Les combats ont eu lieu du 12 au 18 février près de Bunia.", TUE, "du 12 au 18 février",
     D(2024, 2, 12), D(2024, 2, 18), "day", "range"),
    ("fr", "Entre octobre et janvier, l'ONU a compté 300 morts.", TUE, "Entre octobre et janvier",
     D(2023, 10, 1), D(2024, 1, 31), "month", "range"),
    ("es", "Los enfrentamientos se registraron del 3 al 7 de enero.", TUE, "del 3 al 7 de enero",
     D(2024, 1, 3), D(2024, 1, 7), "day", "range"),
    ("es", "Entre enero y marzo hubo 50 asesinatos.", WED, "Entre enero y marzo",
     D(2015, 1, 1), D(2015, 3, 31), "month", "range"),
    ("de", "Vom 4. bis 8. Februar wurden 30 Angriffe gezählt.", TUE, "Vom 4. bis 8. Februar",
     D(2024, 2, 4), D(2024, 2, 8), "day", "range"),
    ("de", "Zwischen Oktober und Dezember flohen Tausende.", TUE, "Zwischen Oktober und Dezember",
     D(2023, 10, 1), D(2023, 12, 31), "month", "range"),
    ("ar", "سقط عشرات القتلى بين 5 و9 فبراير في المدينة.", TUE, "بين 5 و9 فبراير",
     D(2024, 2, 5), D(2024, 2, 9), "day", "range"),
    # the early, middle or late third of a month, in days
    ("fr", "Les attaques ont repris fin janvier.", TUE, "fin janvier",
     D(2024, 1, 21), D(2024, 1, 31), "day", "point"),
    ("es", "La ofensiva empezó a mediados de febrero.", TUE, "a mediados de febrero",
     D(2024, 2, 11), D(2024, 2, 20), "day", "point"),
    ("de", "Die Kämpfe begannen Ende Januar.", TUE, "Ende Januar",
     D(2024, 1, 21), D(2024, 1, 31), "day", "point"),
    ("ar", "بدأت المعارك في أوائل فبراير.", TUE, "أوائل فبراير",
     D(2024, 2, 1), D(2024, 2, 10), "day", "point"),
    # day-first numeric dates
    ("de", "Die Sitzung ist für den 20.03.2024 angesetzt.", TUE, "20.03.2024",
     D(2024, 3, 20), D(2024, 3, 20), "day", "point"),
    ("fr", "Le décret du 02/01/2024 a été publié.", TUE, "02/01/2024",
     D(2024, 1, 2), D(2024, 1, 2), "day", "point"),
    # years
    ("fr", "Le groupe s'est formé en 2017 dans le nord.", TUE, "2017",
     D(2017, 1, 1), D(2017, 12, 31), "year", "point"),
    ("de", "Seit 2014 herrscht Krieg im Donbass.", TUE, "Seit 2014",
     D(2014, 1, 1), D(2024, 3, 5), "year", "since"),
    ("ar", "تأسست الحركة عام 2011 في الجنوب.", TUE, "2011",
     D(2011, 1, 1), D(2011, 12, 31), "year", "point"),
    ("fr", "Les violences ont gagné le centre fin 2022.", TUE, "fin 2022",
     D(2022, 9, 1), D(2022, 12, 31), "month", "point"),
    # counted back from the DCT
    ("fr", "Le village a été pillé il y a trois jours.", TUE, "il y a trois jours",
     D(2024, 3, 2), D(2024, 3, 2), "day", "point"),
    ("es", "Hace dos semanas, el ejército entró en el pueblo.", TUE, "Hace dos semanas",
     D(2024, 2, 19), D(2024, 2, 25), "week", "point"),
    ("de", "Vor drei Tagen wurde das Dorf beschossen.", TUE, "Vor drei Tagen",
     D(2024, 3, 2), D(2024, 3, 2), "day", "point"),
    ("ar", "قصفت المدفعية الحي قبل يومين.", TUE, "قبل يومين",
     D(2024, 3, 3), D(2024, 3, 3), "day", "point"),
    # weekdays with "next" and "last"
    ("fr", "La réunion aura lieu lundi prochain à Kinshasa.", TUE, "lundi prochain",
     D(2024, 3, 11), D(2024, 3, 11), "day", "point"),
    ("es", "La audiencia será el próximo jueves.", TUE, "el próximo jueves",
     D(2024, 3, 7), D(2024, 3, 7), "day", "point"),
    ("es", "El pasado viernes, la policía halló dos cuerpos.", TUE, "El pasado viernes",
     D(2024, 3, 1), D(2024, 3, 1), "day", "point"),
    ("de", "Am kommenden Montag soll verhandelt werden.", TUE, "Am kommenden Montag",
     D(2024, 3, 11), D(2024, 3, 11), "day", "point"),
    ("ar", "وقع الهجوم الثلاثاء الماضي قرب الحدود.", TUE, "الثلاثاء الماضي",
     D(2024, 2, 27), D(2024, 2, 27), "day", "point"),
    ("ar", "أعلن الجيش اليوم الأربعاء وقف إطلاق النار.", WED, "اليوم الأربعاء",
     D(2015, 12, 23), D(2015, 12, 23), "day", "point"),
    # a day and month after a future verb or a word of a plan is the coming one
    ("fr", "Le vote se tiendra le 20 avril.", WED, "20 avril",
     D(2016, 4, 20), D(2016, 4, 20), "day", "point"),
    ("es", "El juicio comenzará el 12 de abril.", WED, "12 de abril",
     D(2016, 4, 12), D(2016, 4, 12), "day", "point"),
    ("de", "Die Wahl soll am 9. Februar stattfinden.", WED, "9. Februar",
     D(2016, 2, 9), D(2016, 2, 9), "day", "point"),
    ("ar", "ومن المقرر أن تعقد الجلسة في 20 يناير.", WED, "20 يناير",
     D(2016, 1, 20), D(2016, 1, 20), "day", "point"),
    # nights, parts of today, the start of the year
    ("fr", "Des tirs ont été entendus cette nuit à Gao.", TUE, "cette nuit",
     D(2024, 3, 4), D(2024, 3, 5), "day", "point"),
    ("de", "In der Nacht zu Sonntag schlugen Drohnen ein.", TUE, "In der Nacht zu Sonntag",
     D(2024, 3, 2), D(2024, 3, 3), "day", "point"),
    ("es", "Anoche, un ataque con drones dejó tres muertos.", TUE, "Anoche",
     D(2024, 3, 4), D(2024, 3, 4), "day", "point"),
    ("fr", "Depuis le début de l'année, 40 civils ont été tués.", TUE, "Depuis le début de l'année",
     D(2024, 1, 1), D(2024, 3, 5), "day", "since"),
    ("es", "En lo que va del año, la fiscalía registró 90 homicidios.", TUE, "En lo que va del año",
     D(2024, 1, 1), D(2024, 3, 5), "day", "since"),
    ("ar", "منذ بداية العام قتل 200 مدني.", TUE, "منذ بداية العام",
     D(2024, 1, 1), D(2024, 3, 5), "day", "since"),
    # a weekday before a date is part of it
    ("fr", "Le jeudi 29 février, des hommes armés ont attaqué Djibo.", TUE, "jeudi 29 février",
     D(2024, 2, 29), D(2024, 2, 29), "day", "point"),
    ("de", "Am Montag, 26. Februar, griffen Drohnen Odessa an.", TUE, "Montag, 26. Februar",
     D(2024, 2, 26), D(2024, 2, 26), "day", "point"),
    ("es", "El lunes 4 de marzo se registró otro ataque.", TUE, "lunes 4 de marzo",
     D(2024, 3, 4), D(2024, 3, 4), "day", "point"),
    # since or until a day
    ("fr", "Les routes sont coupées depuis lundi dernier.", TUE, "depuis lundi dernier",
     D(2024, 3, 4), D(2024, 3, 5), "day", "since"),
    ("es", "La carretera está bloqueada desde ayer.", TUE, "desde ayer",
     D(2024, 3, 4), D(2024, 3, 5), "day", "since"),
    ("de", "Die Waffenruhe galt bis Freitagabend.", TUE, "bis Freitagabend",
     D(2024, 3, 1), D(2024, 3, 1), "day", "until"),
    ("ar", "تتواصل الاشتباكات منذ الأحد في المدينة.", TUE, "منذ الأحد",
     D(2024, 3, 3), D(2024, 3, 5), "day", "since"),
    # a weekday of last week; a German weekday with the part of the day written onto it
    ("de", "Seit Mittwoch vergangener Woche schweigen die Waffen.", TUE, "Seit Mittwoch vergangener Woche",
     D(2024, 2, 28), D(2024, 3, 5), "day", "since"),
    ("fr", "Le convoi est parti vendredi de la semaine dernière.", TUE, "vendredi de la semaine dernière",
     D(2024, 3, 1), D(2024, 3, 1), "day", "point"),
    ("es", "El jueves de la semana pasada hubo dos explosiones.", TUE, "jueves de la semana pasada",
     D(2024, 2, 29), D(2024, 2, 29), "day", "point"),
    ("de", "Am Sonntagabend schlugen Raketen in Charkiw ein.", TUE, "Sonntagabend",
     D(2024, 3, 3), D(2024, 3, 3), "day", "point"),
    # "will" is a German plan
    ("de", "Ägypten will im Mai eine Konferenz ausrichten.", TUE, "Mai",
     D(2024, 5, 1), D(2024, 5, 31), "month", "point"),
    # Arabic days in ordinal words, and "and" or "so" written onto the first word
    ("ar", "لم يخرج الصيادون منذ الثاني عشر من يناير.", TUE, "منذ الثاني عشر من يناير",
     D(2024, 1, 12), D(2024, 3, 5), "day", "since"),
    ("ar", "وقع الانفجار في الحادي والعشرين من فبراير.", TUE, "الحادي والعشرين من فبراير",
     D(2024, 2, 21), D(2024, 2, 21), "day", "point"),
    ("ar", "فبين 3 و5 فبراير نزح آلاف السكان.", TUE, "بين 3 و5 فبراير",
     D(2024, 2, 3), D(2024, 2, 5), "day", "range"),
]


@pytest.mark.parametrize(
    ("lang", "sentence", "dct", "text", "date", "date_end", "precision", "kind"), FOREIGN
)
def test_other_languages(lang, sentence, dct, text, date, date_end, precision, kind):
    t = _only(sentence, dct, lang)
    assert (t.text, t.date, t.date_end, t.precision, t.kind) == (
        text, date, date_end, precision, kind)
    assert sentence[t.start:t.end] == t.text


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Il y a 20 victimes et 3 blessés."),
    ("es", "Murieron 15 personas y 30 resultaron heridas."),
    ("de", "Die Truppen marschierten 7 Kilometer; morgens fiel Regen."),
    ("ar", "قتل 30 شخصا وأصيب 15 آخرون."),
])
def test_foreign_numbers_are_not_dates(lang, sentence):
    assert find_timexes(sentence, WED, lang) == []


@pytest.mark.parametrize(("lang", "sentence"), [
    # a date in a name: a movement, a street, a square, a monument
    ("fr", "Les rebelles du Mouvement du 23 mars contrôlent la ville."),
    ("fr", "Ils se sont réunis place du 20 Août à Ouagadougou."),
    ("fr", "Ils ont défilé jusqu'au monument du 11 Novembre."),
    ("es", "Los comercios de la calle 16 de Septiembre cerraron."),
    ("de", "Die Demonstranten zogen zur Straße des 17. Juni."),
    ("ar", "تظاهر المحتجون في ميدان 25 يناير."),
    ("fr", "L'éditeur a vendu en 2000 exemplaires."),
    ("fr", "Les blessés ont été transférés à l'hôpital du 20 août."),
    ("ar", "سقطت قذيفة قرب مدرسة 22 مايو في الحي."),
])
def test_foreign_dates_in_names_are_not_dates(lang, sentence):
    assert find_timexes(sentence, WED, lang) == []


@pytest.mark.parametrize(("lang", "sentence", "dct", "expected"), [
    # counted from the date told of before
    ("fr", "Le 2 mars, des hommes armés ont attaqué Beni. Deux jours plus tard, l'armée a repris la ville.", TUE,
     [("2 mars", D(2024, 3, 2)), ("Deux jours plus tard", D(2024, 3, 4))]),
    ("es", "El 14 de febrero estalló un coche bomba. Al día siguiente, la policía detuvo a dos hombres.", TUE,
     [("14 de febrero", D(2024, 2, 14)), ("Al día siguiente", D(2024, 2, 15))]),
    ("de", "Am 1. März griffen Drohnen Odessa an. Am Tag darauf meldete die Armee zwölf Tote.", TUE,
     [("1. März", D(2024, 3, 1)), ("Am Tag darauf", D(2024, 3, 2))]),
    ("ar", "قصفت الطائرات البلدة في 10 فبراير، وفي اليوم التالي نزح السكان.", TUE,
     [("10 فبراير", D(2024, 2, 10)), ("في اليوم التالي", D(2024, 2, 11))]),
    # "that day", "وبعد ثلاثة أيام" (and three days later); after "since X", X is the reference
    ("fr", "Le 2 mars, des hommes armés ont attaqué Beni. Ce jour-là, l'armée était absente.", TUE,
     [("2 mars", D(2024, 3, 2)), ("Ce jour-là", D(2024, 3, 2))]),
    ("ar", "لم يخرج الصيادون منذ 12 يناير. في ذلك اليوم بدأت الغارات، وبعد ثلاثة أيام أغلق الميناء.", TUE,
     [("منذ 12 يناير", D(2024, 1, 12)), ("في ذلك اليوم", D(2024, 1, 12)), ("بعد ثلاثة أيام", D(2024, 1, 15))]),
    # "on the 12th": a day of the DCT's month, or of the month before
    ("en", "On Haiti: on the 12th, gangs attacked Kenscoff. Two days later, police pushed them back.", D(2025, 7, 16),
     [("on the 12th", D(2025, 7, 12)), ("Two days later", D(2025, 7, 14))]),
    ("en", "The strike came on the 28th, when the market was full.", D(2025, 7, 16),
     [("on the 28th", D(2025, 6, 28))]),
    ("en", "A fire broke out on the 12th floor of the hotel.", D(2025, 7, 16), []),
    # "hours later" is the reference's day; an approximate count of hours is not
    ("en", "A bomb went off in Mosul on 3 May. Hours later, a second one hit Tikrit.", D(2025, 5, 10),
     [("3 May", D(2025, 5, 3)), ("Hours later", D(2025, 5, 3))]),
    ("en", "The first quake struck on Monday, and a second followed around nine hours later.", D(2025, 5, 10),
     [("Monday", D(2025, 5, 5))]),
    # a date in an "after ..." clause is no reference for what the narrative says next
    ("en", "Fighting erupted on Thursday, after a mine blast on Wednesday wounded two soldiers. A few hours "
           "later, jets bombed the border posts.", D(2025, 7, 25),
     [("Thursday", D(2025, 7, 24)), ("Wednesday", D(2025, 7, 23)), ("A few hours later", D(2025, 7, 24))]),
    # a chronology: an entry without a year is in the year of the entry before (or the next year
    # when it comes earlier in the year); a bare year heads an entry
    ("en", "Timeline\n\nMarch 3, 2023 – Talks open.\n\nNov. 4-5: Rebels take the town.\n\nJan. 9 – The army "
           "returns.\n\n2024 – A siege begins.", D(2025, 4, 14),
     [("March 3, 2023", D(2023, 3, 3)), ("Nov. 4-5", D(2023, 11, 4)), ("Jan. 9", D(2024, 1, 9)),
      ("2024", D(2024, 1, 1))]),
    # ... a date in running text is not an entry
    ("en", "Talks opened on March 3, 2023 in Jeddah. Fighting resumed on Nov. 4 in the west.", D(2025, 4, 14),
     [("March 3, 2023", D(2023, 3, 3)), ("Nov. 4", D(2024, 11, 4))]),
    # "that May", "the year before", "since the attack": from the date told of before
    ("en", "He joined the station in 2003. That May, militias fought in Bunia.", D(2025, 9, 17),
     [("2003", D(2003, 1, 1)), ("That May", D(2003, 5, 1))]),
    ("en", "He married in 2014. The year before, he had covered the war.", D(2025, 9, 17),
     [("2014", D(2014, 1, 1)), ("The year before", D(2013, 1, 1))]),
    ("en", "ADF fighters attacked on 12 September. The station has been closed since the attack.", D(2025, 9, 17),
     [("12 September", D(2025, 9, 12)), ("since the attack", D(2025, 9, 12))]),
    ("en", "Nothing was said about the year before the war.", D(2025, 9, 17), []),
    # the first months of a year
    ("en", "Police recorded 250 murders in the first two months of this year.", D(2025, 3, 10),
     [("the first two months of this year", D(2025, 1, 1))]),
    ("en", "Gangs killed 1,086 people in the first three months of the year.", D(2025, 8, 22),
     [("the first three months of the year", D(2025, 1, 1))]),
    # the next day after a planned date, told in the past tense, follows the last day gone
    ("fr", "Lundi, le médiateur a dit que les discussions reprendraient le 30 avril. Le lendemain, les rebelles "
           "ont rejeté l'offre.", D(2025, 4, 16),
     [("Lundi", D(2025, 4, 14)), ("30 avril", D(2025, 4, 30)), ("Le lendemain", D(2025, 4, 15))]),
    ("en", "On Monday the mediator said talks would resume on April 30. The next day, the rebels rejected the "
           "offer.", D(2025, 4, 16),
     [("Monday", D(2025, 4, 14)), ("April 30", D(2025, 4, 30)), ("The next day", D(2025, 4, 15))]),
    # ... and in a sentence of the future, the plan's
    ("en", "The talks will open on April 30. The next day, ministers will sign the deal.", D(2025, 4, 16),
     [("April 30", D(2025, 4, 30)), ("The next day", D(2025, 5, 1))]),
])
def test_days_counted_from_another(lang, sentence, dct, expected):
    assert [(t.text, t.date) for t in find_timexes(sentence, dct, lang)] == expected


def test_ten_times_the_text_holds_ten_times_the_dates():
    """The scan finds in ten copies of a text ten times what it finds in one (its speed, and that
    it grows linearly with the text, are figures of `make bench`)."""
    block = MIXED + " " + "Shelling went on in the valley and 40 people died. " * 20
    assert len(find_timexes(block * 200, WED)) == 10 * len(find_timexes(block * 20, WED)) > 0


@pytest.mark.parametrize("filler, expected", [
    (" " * 5000, []), ("-" * 5000, []), ("1" * 5000, []),
    # a month repeated: the first is a month of its own, the last takes the year
    ("September " * 500, ["September", "September  2015"]),
])
def test_pathological_inputs_give_what_they_hold(filler, expected):
    assert [t.text for t in find_timexes("In " + filler + " 2015", WED)] == expected


def _values(text: str, dct: dt.date) -> list[tuple]:
    return [(t.text, t.date, t.date_end, t.precision, t.kind) for t in find_timexes(text, dct)]


# Anaphoric expressions take their value from the last dated expression before them.
@pytest.mark.parametrize(("text", "dct", "expected"), [
    ("Militants stormed the prison on 4 May. Guards regained control the same day.", TUE,
     [("4 May", D(2023, 5, 4), D(2023, 5, 4), "day", "point"),
      ("the same day", D(2023, 5, 4), D(2023, 5, 4), "day", "point")]),
    ("A car bomb exploded on Saturday. Three days later, a second blast hit the port.", TUE,
     [("Saturday", D(2024, 3, 2), D(2024, 3, 2), "day", "point"),
      ("Three days later", D(2024, 3, 5), D(2024, 3, 5), "day", "point")]),
    ("The dam was breached on 10 January; two weeks later the water had receded.", TUE,
     [("10 January", D(2024, 1, 10), D(2024, 1, 10), "day", "point"),
      ("two weeks later", D(2024, 1, 24), D(2024, 1, 24), "day", "point")]),
    ("The truce collapsed on 2 February. The next day shelling resumed, and the following "
     "day it stopped.", TUE,
     [("2 February", D(2024, 2, 2), D(2024, 2, 2), "day", "point"),
      ("The next day", D(2024, 2, 3), D(2024, 2, 3), "day", "point"),
      ("the following day", D(2024, 2, 4), D(2024, 2, 4), "day", "point")]),
    ("Talks ended on 20 February. Negotiators had clashed the day before.", TUE,
     [("20 February", D(2024, 2, 20), D(2024, 2, 20), "day", "point"),
      ("the day before", D(2024, 2, 19), D(2024, 2, 19), "day", "point")]),
    ("The town fell on 12 August 2022. Since then, 40,000 people have fled.", TUE,
     [("12 August 2022", D(2022, 8, 12), D(2022, 8, 12), "day", "point"),
      ("Since then", D(2022, 8, 12), D(2024, 3, 5), "day", "since")]),
    ("Drones hit the fuel depot on 8 January and struck the airport that morning.", TUE,
     [("8 January", D(2024, 1, 8), D(2024, 1, 8), "day", "point"),
      ("that morning", D(2024, 1, 8), D(2024, 1, 8), "day", "point")]),
    ("Elections were held in 2019, and the army seized power later that year.", TUE,
     [("2019", D(2019, 1, 1), D(2019, 12, 31), "year", "point"),
      ("later that year", D(2019, 1, 1), D(2019, 12, 31), "year", "point")]),
    ("The border closed in October 2020; that month 300 people crossed it anyway.", TUE,
     [("October 2020", D(2020, 10, 1), D(2020, 10, 31), "month", "point"),
      ("that month", D(2020, 10, 1), D(2020, 10, 31), "month", "point")]),
    ("Fighting broke out in March 2021 and spread north two months later.", TUE,
     [("March 2021", D(2021, 3, 1), D(2021, 3, 31), "month", "point"),
      ("two months later", D(2021, 5, 1), D(2021, 5, 31), "month", "point")]),
    ("Talks opened on 7 February 2024 and resumed the following week.", TUE,
     [("7 February 2024", D(2024, 2, 7), D(2024, 2, 7), "day", "point"),
      ("the following week", D(2024, 2, 12), D(2024, 2, 18), "week", "point")]),
    # "since then" leaves the reference where it was
    ("The army entered the city on 3 April 2023; since then it has held the airport, which "
     "it had taken the day before.", TUE,
     [("3 April 2023", D(2023, 4, 3), D(2023, 4, 3), "day", "point"),
      ("since then", D(2023, 4, 3), D(2024, 3, 5), "day", "since"),
      ("the day before", D(2023, 4, 2), D(2023, 4, 2), "day", "point")]),
    # "since the fighting began" goes back to the start of the last "since X", past other dates
    ("Gangs have fought for the port since 14 October, when a boss was shot. On 2 February a "
     "market burned. Since the fighting began, 900 people have been killed.", TUE,
     [("since 14 October", D(2023, 10, 14), D(2024, 3, 5), "day", "since"),
      ("2 February", D(2024, 2, 2), D(2024, 2, 2), "day", "point"),
      ("Since the fighting began", D(2023, 10, 14), D(2024, 3, 5), "day", "since")]),
    ("The rebels have besieged the city since May 2023. Ever since the start of the siege, "
     "aid has come by air.", TUE,
     [("since May 2023", D(2023, 5, 1), D(2024, 3, 5), "month", "since"),
      ("Ever since the start of the siege", D(2023, 5, 1), D(2024, 3, 5), "month", "since")]),
    # ... and is nothing without one
    ("A market burned on 2 February. Since the war broke out, 900 people have been killed.", TUE,
     [("2 February", D(2024, 2, 2), D(2024, 2, 2), "day", "point")]),
    # "the reporting period" is the period a report's header names, not the last date
    ("Situation Report No. 4\nReporting period: 20-26 February 2024\n\nA shell hit the market on "
     "22 February. Clinics treated 310 wounded during the reporting period.", TUE,
     [("20-26 February 2024", D(2024, 2, 20), D(2024, 2, 26), "day", "range"),
      ("22 February", D(2024, 2, 22), D(2024, 2, 22), "day", "point"),
      ("during the reporting period", D(2024, 2, 20), D(2024, 2, 26), "day", "range")]),
    ("The brief, covering the period from 1 to 15 January, counts 14 attacks. A school was hit on "
     "9 January. In the period under review, 22 civilians died.", TUE,
     [("from 1 to 15 January", D(2024, 1, 1), D(2024, 1, 15), "day", "range"),
      ("9 January", D(2024, 1, 9), D(2024, 1, 9), "day", "point"),
      ("In the period under review", D(2024, 1, 1), D(2024, 1, 15), "day", "range")]),
    # a header period whose two ends are written in full, and the edges of the period
    ("Flash update\nReporting period: 12 February - 1 March 2024\n\nA shell hit the market on 22 February. "
     "The talks had not resumed by the end of the reporting period. At the start of the reporting period, "
     "roads were open. Clinics treated 310 wounded during the reporting period.", TUE,
     [("12 February - 1 March 2024", D(2024, 2, 12), D(2024, 3, 1), "day", "range"),
      ("22 February", D(2024, 2, 22), D(2024, 2, 22), "day", "point"),
      ("the end of the reporting period", D(2024, 3, 1), D(2024, 3, 1), "day", "point"),
      ("the start of the reporting period", D(2024, 2, 12), D(2024, 2, 12), "day", "point"),
      ("during the reporting period", D(2024, 2, 12), D(2024, 3, 1), "day", "range")]),
    ("Quarterly report\nReporting period: October to December 2023\n\nBy the close of the reporting period, "
     "six camps had closed.", TUE,
     [("October to December 2023", D(2023, 10, 1), D(2023, 12, 31), "month", "range"),
      ("the close of the reporting period", D(2023, 12, 1), D(2023, 12, 31), "month", "point")]),
    # ... and a heading in capitals that names it dates nothing
    ("Situation Report No. 4\nReporting period: 20-26 February 2024\n\nINCIDENTS IN THE REPORTING PERIOD\n"
     "A shell hit the market on 22 February.", TUE,
     [("20-26 February 2024", D(2024, 2, 20), D(2024, 2, 26), "day", "range"),
      ("22 February", D(2024, 2, 22), D(2024, 2, 22), "day", "point")]),
    # ... and is nothing without one
    ("A shell hit the market on 22 February. Clinics treated 310 wounded during the reporting period.", TUE,
     [("22 February", D(2024, 2, 22), D(2024, 2, 22), "day", "point")]),
    # a day needs a one-day reference: "that day" after a month is left alone
    ("Floods hit the coast in June 2022 and the army was deployed that day.", TUE,
     [("June 2022", D(2022, 6, 1), D(2022, 6, 30), "month", "point")]),
])
def test_anaphoric_expressions_use_the_running_reference(text, dct, expected):
    assert _values(text, dct) == expected


@pytest.mark.parametrize("text", [
    "The strike came on 9 June, two days before the vote.",
    "The bridge was hit on 9 June, almost 20 years earlier than planned.",
    "The market was shelled on 9 June, the same day as the summit.",
    "A ceasefire was agreed on 9 June; aid will rise over the next month.",
    "The dam was finished on 9 June, and he said that year after year it had leaked.",
])
def test_anaphora_relative_to_something_else_or_vague_is_not_tagged(text):
    assert [t.text for t in find_timexes(text, TUE)] == ["9 June"]


# A year named in a sentence anchors year-less days and months later in that sentence.
@pytest.mark.parametrize(("text", "dct", "expected"), [
    ("In 2021, militias burned villages between June and November, the panel said.", TUE,
     [("2021", D(2021, 1, 1), D(2021, 12, 31), "year", "point"),
      ("between June and November", D(2021, 6, 1), D(2021, 11, 30), "month", "range")]),
    ("Rebels took the town on 2 March 2016 and lost it again on 9 May.", TUE,
     [("2 March 2016", D(2016, 3, 2), D(2016, 3, 2), "day", "point"),
      ("9 May", D(2016, 5, 9), D(2016, 5, 9), "day", "point")]),
    ("Troops landed on 5 November 1998, weeks after the October 12 bombing.", TUE,
     [("5 November 1998", D(1998, 11, 5), D(1998, 11, 5), "day", "point"),
      ("October 12", D(1998, 10, 12), D(1998, 10, 12), "day", "point")]),
    ("Last year, floods hit the delta in August and again in October.", WED,
     [("Last year", D(2014, 1, 1), D(2014, 12, 31), "year", "point"),
      ("August", D(2014, 8, 1), D(2014, 8, 31), "month", "point"),
      ("October", D(2014, 10, 1), D(2014, 10, 31), "month", "point")]),
    # not across a sentence end, and not from "since"
    ("Rebels took the town in 2016. They attacked again on 9 May.", TUE,
     [("2016", D(2016, 1, 1), D(2016, 12, 31), "year", "point"),
      ("9 May", D(2023, 5, 9), D(2023, 5, 9), "day", "point")]),
    ("The region has been at war since 2014, and on 9 May a ferry sank.", TUE,
     [("since 2014", D(2014, 1, 1), D(2024, 3, 5), "year", "since"),
      ("9 May", D(2023, 5, 9), D(2023, 5, 9), "day", "point")]),
    # "Sept.", "U.S." and "Col." do not end a sentence; "UN." does
    ("In 2019, U.S. envoys met on Sept. 3 and Oct. 9 in Doha.", TUE,
     [("2019", D(2019, 1, 1), D(2019, 12, 31), "year", "point"),
      ("Sept. 3", D(2019, 9, 3), D(2019, 9, 3), "day", "point"),
      ("Oct. 9", D(2019, 10, 9), D(2019, 10, 9), "day", "point")]),
    ("In 2016 Col. Baraka said the troops had left on 9 May.", TUE,
     [("2016", D(2016, 1, 1), D(2016, 12, 31), "year", "point"),
      ("9 May", D(2016, 5, 9), D(2016, 5, 9), "day", "point")]),
    ("The mission was run in 2016 by the UN. On 9 May a convoy was hit.", TUE,
     [("2016", D(2016, 1, 1), D(2016, 12, 31), "year", "point"),
      ("9 May", D(2023, 5, 9), D(2023, 5, 9), "day", "point")]),
])
def test_a_year_in_the_sentence_anchors_yearless_dates(text, dct, expected):
    assert _values(text, dct) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # numeric dates: day first, unless only month first is not after publication
        ("Issued: 14/10/2024 | IRC", [("14/10/2024", "2024-10-14", "2024-10-14", "day")]),
        ("Updated 03/04/2024.", [("03/04/2024", "2024-04-03", "2024-04-03", "day")]),
        ("Posted 10/12/2024.", [("10/12/2024", "2024-10-12", "2024-10-12", "day")]),
        ("Stand 14.10.2024.", [("14.10.2024", "2024-10-14", "2024-10-14", "day")]),
        # a day over 12 in second place can only be month first
        ("A patrol on 09/23/2024 near the port.", [("09/23/2024", "2024-09-23", "2024-09-23", "day")]),
        ("Filed 31/13/2024.", []),
        ("Release 1.2.2024 fixed it; the score was 3/4/20245.", []),
        # with dashes, and with dots when the day or the month has two digits, day first
        ("Date: 14-04-2025", [("14-04-2025", "2025-04-14", "2025-04-14", "day")]),
        ("On 27.3.2024 jets bombed the town.", [("27.3.2024", "2024-03-27", "2024-03-27", "day")]),
        ("Version 2.3.2024 of the app; the 1-0-2020 draw; call 555-12-2024.", []),
        # months of one span with the year once, and parts of a year
        ("Quarterly Snapshot - July to September 2024", [
            ("July to September 2024", "2024-07-01", "2024-09-30", "month")]),
        ("Figures for Nov.-Jan. 2024 rose.", [("Nov.-Jan. 2024", "2023-11-01", "2024-01-31", "month")]),
        ("compared with 29 in the first half of 2024.", [
            ("first half of 2024", "2024-01-01", "2024-06-30", "month")]),
        ("in the last quarter of last year", [("last quarter of last year", "2023-10-01", "2023-12-31", "month")]),
        # a year named in an earlier sentence does not reach past a sentence opening with a date
        ("On August 13, 2022, a strike killed 26. Earlier this month, the UN counted deaths between "
         "November and January.", [
            ("August 13, 2022", "2022-08-13", "2022-08-13", "day"),
            ("Earlier this month", "2024-10-01", "2024-10-13", "month"),
            ("between November and January", "2023-11-01", "2024-01-31", "month")]),
    ],
)
def test_numeric_dates_month_spans_and_parts_of_years(text, expected):
    found = [(t.text, str(t.date), str(t.date_end), t.precision) for t in find_timexes(text, dt.date(2024, 10, 14))]
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "could" and "might" look ahead; "could have" looks back
        ("Boulos said on Monday that talks could start in Washington in December.",
         [("Monday", "2025-11-10"), ("December", "2025-12-01")]),
        ("The strike could have happened in December.", [("December", "2024-12-01")]),
        # a group named after a day, with "the" and one word before it
        ("Lawmakers from the former March 14 alliance accused the group.", []),
        ("On March 14 the alliance met.", [("March 14", "2025-03-14")]),
        # "may travel" looks ahead; "could still be heard" tells of what was
        ("His office said he may travel to the town on 20 November.", [("20 November", "2025-11-20")]),
        ("Gunfire could still be heard in rural Tibu during the weekend.", [("weekend", "2025-11-08")]),
        # "will" seven words back still looks ahead; a clause of its own in between does not
        ("The monitor will publish its next Kurdistan Region summary in December.", [("December", "2025-12-01")]),
        ("The monitor will publish a summary of the attacks that began in December.", [("December", "2024-12-01")]),
        # "is due to", "are scheduled to" reach further back than nine words, within the sentence
        ("The Security Council is due to discuss the future of the support mission on 22 January.",
         [("22 January", "2026-01-22")]),
        ("Donors are scheduled to discuss funding for the whole Sudan response in Geneva on 24 November.",
         [("24 November", "2025-11-24")]),
        ("The court is due to rule on the appeal, which the families lodged on 4 November.",
         [("4 November", "2025-11-04")]),
        ("The court is due to rule. The families lodged their appeal with the clerk in the capital on 4 November.",
         [("4 November", "2025-11-04")]),
    ],
)
def test_modal_future_and_groups_named_after_a_day(text, expected):
    assert [(t.text, str(t.date)) for t in find_timexes(text, dt.date(2025, 11, 12))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state that holds now lasts until a day to come
        ("Our staff are available for interviews until 26 July.", ("until 26 July", "2024-07-26")),
        ("The crossing remains closed till Aug. 2.", ("till Aug. 2", "2024-08-02")),
        ("The curfew runs until September.", ("until September", "2024-09-01")),
        # the nearer of the last and the next: 24 days ago, not 11 months ahead
        ("The curfew stays until June 24.", ("until June 24", "2024-06-24")),
        ("The curfew stays until May.", ("until May", "2024-05-01")),
        # one that held in the past ended in the past
        ("He was held until 26 July.", ("until 26 July", "2023-07-26")),
        ("The ceasefire lasted until September.", ("until September", "2023-09-01")),
    ],
)
def test_until_after_a_present_state_looks_ahead(text, expected):
    assert [(t.text, str(t.date)) for t in find_timexes(text, dt.date(2024, 7, 18))] == [expected]


@pytest.mark.parametrize(
    "text, dct, expected",
    [
        # a plan as reported is the nearer of the last and the next such day
        ("His office said a day of mourning would be held on Monday.", dt.date(2025, 4, 19), ("Monday", "2025-04-21")),
        ("The leaders said they would meet on Monday.", dt.date(2024, 3, 5), ("Monday", "2024-03-04")),
        ("They agreed to meet again in Istanbul on 25 October.", dt.date(2025, 10, 23), ("25 October", "2025-10-25")),
        # what runs out or expires on a day, told in the present
        ("Some contributors may withdraw when the mission's budget runs out in June.", dt.date(2026, 5, 6),
         ("June", "2026-06-01")),
        ("The truce expires on Friday.", dt.date(2026, 5, 6), ("Friday", "2026-05-08")),
        ("The truce expired on Friday.", dt.date(2026, 5, 6), ("Friday", "2026-05-01")),
        ("The president leaves office on 7 August.", dt.date(2026, 4, 23), ("7 August", "2026-08-07")),
        # an election named by its day: to come, or just gone
        ("Candidates in the 31 May election promise a tougher line.", dt.date(2026, 4, 23), ("31 May", "2026-05-31")),
        ("Turnout in the 26 October vote was low.", dt.date(2026, 11, 20), ("26 October", "2026-10-26")),
        ("Families plan to march to the prime minister's office on Tuesday.", dt.date(2026, 4, 26),
         ("Tuesday", "2026-04-28")),
        # (the plan's verb may be followed by a few words of where: "plan to march to the city hall on")
        ("Relatives plan to march to the city hall on Friday to demand more patrols.", dt.date(2026, 10, 14),
         ("Friday", "2026-10-16")),
        # (or many words: "plan to march from the cathedral to the Government Palace in Zacatecas city on")
        ("The relatives plan to march from the cathedral to the Government Palace in Zacatecas city on Saturday.",
         dt.date(2026, 2, 13), ("Saturday", "2026-02-14")),
        # a measure in force until a day, and what a sum is needed for, through a month
        ("Train services between Quetta and Peshawar were suspended until Saturday.", dt.date(2026, 1, 22),
         ("until Saturday", "2026-01-24")),
        ("Fighting went on until Saturday.", dt.date(2026, 1, 22), ("until Saturday", "2026-01-17")),
        ("Partners need US$14.6 million to sustain the response through June.", dt.date(2026, 4, 28),
         ("through June", "2026-06-01")),
        ("He said talks would resume in May.", dt.date(2025, 4, 19), ("May", "2025-05-01")),
        ("The mayor said the city would install street lights and cameras in the estate from May.",
         dt.date(2025, 3, 7), ("May", "2025-05-01")),
        # an occasion faced or held, told in the present
        ("Noboa faces Luisa González in a presidential run-off on 13 April.", dt.date(2025, 3, 7),
         ("13 April", "2025-04-13")),
        ("The country holds parliamentary elections in November.", dt.date(2025, 3, 7), ("November", "2025-11-01")),
        # held in the past tense is past
        ("The country held parliamentary elections in November.", dt.date(2025, 3, 7), ("November", "2024-11-01")),
        # a deadline set: the nearer day, here the coming one
        ("A declaration set August 18 as the deadline for a final accord.", dt.date(2025, 8, 7), ("August 18", "2025-08-18")),
        # agreeing to a thing is no plan of a day to come
        ("They agreed to a ceasefire on 19 October.", dt.date(2025, 10, 23), ("19 October", "2025-10-19")),
    ],
)
def test_a_reported_plan_takes_the_nearer_day(text, dct, expected):
    assert [(t.text, str(t.date)) for t in find_timexes(text, dct)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Reporting period: 2024-03-01 to 2024-05-31", [("2024-03-01 to 2024-05-31", "2024-03-01", "2024-05-31", "range")]),
        ("Incidents between 01/03/2024 and 31/05/2024 were counted.",
         [("between 01/03/2024 and 31/05/2024", "2024-03-01", "2024-05-31", "range")]),
        ("Data: 2024-03-01 - 2024-03-07.", [("2024-03-01 - 2024-03-07", "2024-03-01", "2024-03-07", "range")]),
        # without "between", "and" joins two days; backwards is no range
        ("Strikes on 2024-03-01 and 2024-05-31 hit the port.",
         [("2024-03-01", "2024-03-01", "2024-03-01", "point"), ("2024-05-31", "2024-05-31", "2024-05-31", "point")]),
        ("2024-05-31 to 2024-03-01", [("2024-05-31", "2024-05-31", "2024-05-31", "point"),
                                      ("2024-03-01", "2024-03-01", "2024-03-01", "point")]),
    ],
)
def test_ranges_of_numeric_dates(text, expected):
    assert [(t.text, str(t.date), str(t.date_end), t.kind) for t in find_timexes(text, dt.date(2024, 6, 10))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # in a paragraph telling of an earlier day, the night after it
        ("Recap: the clashes began on Monday evening. Fighting spread overnight to the port.",
         [("Monday evening", "2025-05-12", "2025-05-12"), ("overnight", "2025-05-12", "2025-05-13")]),
        # a new paragraph, or a story of the day, is the night just gone
        ("The clashes began on Monday evening.\n\nFighting spread overnight to the port.",
         [("Monday evening", "2025-05-12", "2025-05-12"), ("overnight", "2025-05-13", "2025-05-14")]),
        ("Drones struck the port overnight.", [("overnight", "2025-05-13", "2025-05-14")]),
        # "during the night" and "in the night" are the same night
        ("Drones also hit a substation during the night, cutting power to 9,000 homes.",
         [("during the night", "2025-05-13", "2025-05-14")]),
        ("Gunmen raided the village on Monday. In the night, they burned the school.",
         [("Monday", "2025-05-12", "2025-05-12"), ("In the night", "2025-05-12", "2025-05-13")]),
        # ... but not "the night of" a day, nor a shift
        ("Fighting broke out in the night of 11 May.", [("11 May", "2025-05-11", "2025-05-11")]),
        ("Nurses who work in the night shift were not paid.", []),
    ],
)
def test_overnight_after_an_earlier_day_of_the_paragraph(text, expected):
    assert [(t.text, str(t.date), str(t.date_end)) for t in find_timexes(text, dt.date(2025, 5, 14))] == expected


def test_the_year_of_protests_named_by_it_is_a_date_that_anchors_no_later_one():
    text = "An account named after the 2018 protests along the Gaza fence posted it on 11 March."
    assert [(t.text, str(t.date)) for t in find_timexes(text, dt.date(2026, 3, 19))] == [
        ("2018", "2018-01-01"), ("11 March", "2026-03-11")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Missiles hit Israel on 1 October 2024, and Israeli jets struck Iran on 26 October that year.",
         [("1 October 2024", "2024-10-01", "day"), ("26 October that year", "2024-10-26", "day")]),
        ("In 2019 talks failed; in March of the same year the war resumed.",
         [("2019", "2019-01-01", "year"), ("March of the same year", "2019-03-01", "month")]),
        # a year alone stays itself
        ("In 2019 they met. That year was hard.", [("2019", "2019-01-01", "year"), ("That year", "2019-01-01", "year")]),
    ],
)
def test_a_day_of_that_year_is_one_date(text, expected):
    assert [(t.text, str(t.date), t.precision) for t in find_timexes(text, dt.date(2025, 6, 16))] == expected


def test_a_year_in_a_relative_clause_anchors_nothing_after_it():
    text = ("The M23, which briefly held Goma in November 2012, seized the city in late January "
            "and took Bukavu in mid-February.")
    found = [(t.text, str(t.date)) for t in find_timexes(text, dt.date(2025, 8, 7))]
    assert found == [("November 2012", "2012-11-01"), ("late January", "2025-01-21"), ("mid-February", "2025-02-11")]
    # inside the clause it still does
    text = "The group, which was founded in 2019 and grew in March, attacked in May."
    assert [str(t.date) for t in find_timexes(text, dt.date(2025, 8, 7))] == ["2019-01-01", "2019-03-01", "2025-05-01"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fighting killed 16 people on Tuesday and Wednesday.", [("Tuesday and Wednesday", "2025-08-05", "2025-08-06")]),
        ("From Friday to Sunday, strikes hit the port.", [("Friday to Sunday", "2025-08-01", "2025-08-03")]),
        # two days out of order are two days
        ("He was shot on Monday and Friday.", [("Monday", "2025-08-04", "2025-08-04"), ("Friday", "2025-08-01", "2025-08-01")]),
    ],
)
def test_two_weekdays_joined_are_the_days_between(text, expected):
    assert [(t.text, str(t.date), str(t.date_end)) for t in find_timexes(text, dt.date(2025, 8, 7))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Last spring, a missile hit a house.", [("Last spring", "2023-03-01", "2023-05-31")]),
        ("Talks may resume next spring.", [("next spring", "2024-03-01", "2024-05-31")]),
        ("The offensive of the summer of 2023 failed.", [("the summer of 2023", "2023-06-01", "2023-08-31")]),
        ("In the winter of 2022, blackouts spread.", [("winter of 2022", "2022-12-01", "2023-02-28")]),
        ("Fighting eased over the winter.", [("winter", "2023-12-01", "2024-02-29")]),
        ("Rain fell in early spring 2023.", [("early spring 2023", "2023-03-01", "2023-03-31")]),
        # a name, a thing or a verb: no season
        ("Protests began during the Arab Spring.", []),
        ("Children went to summer camps.", []),
        ("Prices fall when supply rises.", []),
    ],
)
def test_seasons(text, expected):
    assert [(t.text, str(t.date), str(t.date_end)) for t in find_timexes(text, dt.date(2024, 1, 14))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Exactly a year ago, a missile hit the block. Rescuers ended their search three days later.",
         [("Exactly a year ago", "2023-01-14", "day"), ("three days later", "2023-01-17", "day")]),
        ("Precisely one month ago the ceasefire broke down.", [("Precisely one month ago", "2023-12-14", "day")]),
        ("A year ago, the war began.", [("A year ago", "2023-01-01", "year")]),
    ],
)
def test_exactly_a_year_ago_is_the_day(text, expected):
    assert [(t.text, str(t.date), t.precision) for t in find_timexes(text, dt.date(2024, 1, 14))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the latest feast on or before publication (14 April 2025, the day after Palm Sunday)
        ("A missile struck the city centre on Palm Sunday.", [("Palm Sunday", "2025-04-13")]),
        ("Shelling went on over Easter and on Good Friday.", [("Easter", "2024-03-31"), ("Good Friday", "2024-03-29")]),
        ("Gunmen attacked the villages on Christmas Eve.", [("Christmas Eve", "2024-12-24")]),
        ("On New Year's Day, drones hit the port.", [("New Year's Day", "2025-01-01")]),
        # a year written with it, or a future tense
        ("On Christmas Eve 2023, attacks killed 150 people.", [("Christmas Eve 2023", "2023-12-24")]),
        ("Riots broke out on Easter Monday 2016.", [("Easter Monday 2016", "2016-03-28")]),
        ("The truce will start on Christmas Day.", [("Christmas Day", "2025-12-25")]),
        # names and things that hold a feast's word are no day
        ("Christmas Island lies south of Java.", []),
        ("A Christmas market opened; historians studied the Easter Rising.", []),
        ("The Good Friday Agreement ended the Troubles.", []),
        ("Survivors of the Christmas Day massacre spoke.", []),
        # "the Palm Sunday strike" of a recent story is the day
        ("The Palm Sunday strike killed 35.", [("Palm Sunday", "2025-04-13")]),
    ],
)
def test_feasts_are_their_days(text, expected):
    assert [(t.text, str(t.date)) for t in find_timexes(text, dt.date(2025, 4, 14))] == expected
    assert all(t.precision == "day" for t in find_timexes(text, dt.date(2025, 4, 14)))


def test_a_same_night_after_a_coarser_date_is_the_day_told_of_last():
    text = ("Insurgents killed 11 people in Chinda late on Monday, the deadliest attack this year. "
            "The same night, another band ambushed a patrol.")
    found = [(t.text, str(t.date), t.precision) for t in find_timexes(text, dt.date(2025, 5, 21))]
    assert found == [("late on Monday", "2025-05-19", "day"), ("this year", "2025-01-01", "year"),
                     ("The same night", "2025-05-19", "day")]
    # with no day told before, no value to give
    assert [t.text for t in find_timexes("This year was the worst. The same night, it rained.",
                                         dt.date(2025, 5, 21))] == ["This year"]


def test_a_month_or_a_year_counted_from_a_day_is_a_month():
    text = "Soldiers captured him on 1 July 2020. A month later, he escaped. Three days later he was caught."
    found = [(t.text, str(t.date), str(t.date_end), t.precision) for t in find_timexes(text, dt.date(2025, 5, 21))]
    assert found[1] == ("A month later", "2020-08-01", "2020-08-31", "month")
    text = "Soldiers captured him on 1 July 2020. A year earlier, he had escaped."
    found = [(t.text, str(t.date), str(t.date_end), t.precision) for t in find_timexes(text, dt.date(2025, 5, 21))]
    assert found[1] == ("A year earlier", "2019-07-01", "2019-07-31", "month")
    # days counted from a day stay a day
    text = "Soldiers captured him on 1 July 2020. Three days later he escaped."
    assert [str(t.date) for t in find_timexes(text, dt.date(2025, 5, 21))][1] == "2020-07-04"


def test_the_previous_or_following_quarter_is_three_months_next_to_the_one_told_of():
    text = ("From January to March 2025, the Division documented 398 violations, a third more than in "
            "the previous quarter.")
    found = [(t.text, str(t.date), str(t.date_end), t.precision) for t in find_timexes(text, dt.date(2025, 6, 10))]
    assert found[1] == ("the previous quarter", "2024-10-01", "2024-12-31", "month")
    found = find_timexes("In May 2025 prices rose; in the following quarter they fell.", dt.date(2025, 12, 1))
    assert [(str(t.date), str(t.date_end)) for t in found][1] == ("2025-07-01", "2025-09-30")
    # a city's quarter is no time, and a quarter needs a month or a day to count from
    assert find_timexes("He lives in the Christian quarter.", dt.date(2025, 6, 10)) == []
    assert [t.text for t in find_timexes("In 2024 sales fell; the previous quarter was worse.",
                                         dt.date(2025, 6, 10))] == ["2024"]


def test_that_day_points_past_the_day_of_writing():
    text = ("A drone hit the market in Bichena on 12 November. The ministry today rejects the report. "
            "The operation carried out in the area that day targeted commanders.")
    found = [(t.text, str(t.date)) for t in find_timexes(text, dt.date(2025, 12, 1))]
    assert found == [("12 November", "2025-11-12"), ("today", "2025-12-01"), ("that day", "2025-11-12")]
    # "hours later" after "this morning" is still today
    text = "Police raided the house on Monday. This morning the governor spoke. Hours later, a bomb exploded."
    assert [str(t.date) for t in find_timexes(text, dt.date(2025, 12, 3))][-1] == "2025-12-03"
    # with no day told before "today", "later that day" is today
    text = "The army today denied the report. Later that day, a drone hit the market."
    assert [str(t.date) for t in find_timexes(text, dt.date(2025, 12, 1))] == ["2025-12-01", "2025-12-01"]


@pytest.mark.parametrize("text, expected", [
    ("LATE ENTRY - early Fri: troops repelled an attack.", [("early Fri", "2025-06-20")]),
    ("The office closed late on Tue. and reopened.", [("late on Tue", "2025-06-17")]),
    ("Bandits attacked on Sat, killing 3.", [("on Sat", "2025-06-14")]),
    ("They met last Wed to talk.", [("last Wed", "2025-06-18")]),
    # no day: a name, or a day written whole beside it
    ("A meeting on Sun Valley road.", []),
    ("Next issue: Fri 27 Jun 2025.", [("27 Jun 2025", "2025-06-27")]),
])
def test_abbreviated_weekdays_after_a_word_that_dates_them(text, expected):
    assert [(t.text, str(t.date)) for t in find_timexes(text, dt.date(2025, 6, 20))] == expected


def test_since_the_ceasefire_of_a_day_runs_from_that_day():
    found = find_timexes("Strikes have killed 80 people since the ceasefire of 27 November.", dt.date(2025, 3, 26))
    assert [(t.text, str(t.date), str(t.date_end), t.kind) for t in found] == [
        ("since the ceasefire of 27 November", "2024-11-27", "2025-03-26", "since")]


@pytest.mark.parametrize("text", [
    "Among the dead were 31 journalists of the 26 September newspaper.",
    "The 17 February revolution toppled the government.",
])
def test_a_day_that_names_a_newspaper_or_a_revolution_is_no_date(text):
    assert [t.text for t in find_timexes(text, dt.date(2025, 9, 25))
            if t.text.endswith(("September", "February"))] == []


@pytest.mark.parametrize("text, expected", [
    ("In the first half of 2025, 2,134 people were killed, against 1,620 in the same period of 2024.",
     [("first half of 2025", "2025-01-01", "2025-06-30"), ("the same period of 2024", "2024-01-01", "2024-06-30")]),
    ("Between January and March, 40 died, up from 12 in the same months last year.",
     [("Between January and March", "2025-01-01", "2025-03-31"), ("the same months last year", "2024-01-01", "2024-03-31")]),
    # with no period told before, the year
    ("The same period of 2024 was calm.", [("The same period of 2024", "2024-01-01", "2024-12-31")]),
])
def test_the_same_period_of_another_year(text, expected):
    assert [(t.text, str(t.date), str(t.date_end)) for t in find_timexes(text, dt.date(2025, 7, 22))] == expected


@pytest.mark.parametrize("text, expected", [
    ("Violence rose. May was the deadliest month.", [("May", "2025-05-01")]),
    ("March was the month of the offensive.", [("March", "2025-03-01")]),
    # a name, and the verb
    ("Theresa May was prime minister.", []),
    ("Rebels may strike again. May I ask?", []),
])
def test_a_month_that_opens_a_sentence_as_its_subject(text, expected):
    assert [(t.text, str(t.date)) for t in find_timexes(text, dt.date(2025, 7, 22))] == expected


@pytest.mark.parametrize("text, expected", [
    ("In an update on 10 July, the mission said June had been the deadliest month.",
     [("10 July", "2025-07-10"), ("June", "2025-06-01")]),
    ("He asked for more.\n\nAt Friday's meeting, Russia denied it.", [("Friday", "2025-08-01")]),
    # still names: "Good Friday" is the feast, "the Sunday Times" the paper
    ("Good Friday was calm.", [("Good Friday", "2025-04-18")]),
    ("The Sunday Times reported it.", []),
])
def test_a_month_said_to_have_been_and_a_weekday_after_at(text, expected):
    assert [(t.text, str(t.date)) for t in find_timexes(text, dt.date(2025, 8, 1))] == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "this" season: the one under way, else this year's, past or coming
    ("Attacks on the grid intensified this autumn.", dt.date(2025, 12, 10), ("2025-09-01", "2025-11-30")),
    ("Talks may resume this summer.", dt.date(2025, 3, 10), ("2025-06-01", "2025-08-31")),
    ("Blackouts are expected this winter.", dt.date(2025, 1, 10), ("2024-12-01", "2025-02-28")),
    ("Blackouts are expected this winter.", dt.date(2025, 10, 10), ("2025-12-01", "2026-02-28")),
])
def test_this_season_is_this_years(text, dct, expected):
    assert [(str(t.date), str(t.date_end)) for t in find_timexes(text, dct)] == [expected]


def test_a_week_earlier_counts_from_the_day_told_of_past_a_year_that_compares():
    text = ("A missile hit the block late on Tuesday. Tuesday's strike was the deadliest on the city this year. "
            "A week earlier, jets dropped glide bombs on the east of the city.")
    found = [(t.text, str(t.date), t.precision) for t in find_timexes(text, dt.date(2025, 12, 10))]
    assert found[-1] == ("A week earlier", "2025-12-02", "day")
    # with no day told of, a week from a month names nothing
    assert [t.text for t in find_timexes("The offensive began in March. A week later, troops took the town.",
                                         dt.date(2025, 12, 10))] == ["March"]


@pytest.mark.parametrize("text, expected", [
    # a third of the month or year the text tells of, in days or in months
    ("From 14 to 16 July, drones struck camps. Late in the month, gunmen executed 22 traders.",
     ("Late in the month", "2025-07-21", "2025-07-31", "day")),
    ("The army retook the town in March 2024. At the end of the month, it withdrew.",
     ("At the end of the month", "2024-03-21", "2024-03-31", "day")),
    ("The group grew in 2023. Early in the year, it attacked Djibo.",
     ("Early in the year", "2023-01-01", "2023-04-30", "month")),
])
def test_a_third_of_the_month_told_of(text, expected):
    found = [(t.text, str(t.date), str(t.date_end), t.precision) for t in find_timexes(text, dt.date(2025, 10, 9))]
    assert found[-1] == expected


def test_the_end_of_a_month_named_after_something_else_is_no_date():
    text = "In March 2024 the town fell. The end of the month of fasting came."
    assert [t.text for t in find_timexes(text, dt.date(2025, 10, 9))] == ["March 2024"]


def test_a_month_that_heads_a_paragraph_of_a_review_is_that_month():
    text = "MONTH BY MONTH\nJuly. On 6 July, fighters overran the base.\n\nAugust: JNIM attacked Titao.\n\nSeptember\n"
    found = [(t.text, str(t.date), t.precision) for t in find_timexes(text, dt.date(2025, 10, 9))]
    assert found == [("July", "2025-07-01", "month"), ("6 July", "2025-07-06", "day"), ("August", "2025-08-01", "month")]
    # a month in a sentence's first words is no heading
    assert [t.text for t in find_timexes("July was calm.\nAugust rains came.", dt.date(2025, 10, 9))] == ["July"]


@pytest.mark.parametrize("text, expected", [
    # a preposition opening the sentence is no part of a name ("Good Friday", "Bloody Sunday")
    ("With Monday's operation, 214 fighters have been killed.", [("Monday", "2015-12-21")]),
    ("Despite Sunday's truce, jets bombed the town.", [("Sunday", "2015-12-20")]),
    ("Following Tuesday's raid, the army closed the road.", [("Tuesday", "2015-12-22")]),
])
def test_a_weekday_after_a_capitalised_preposition(text, expected):
    assert [(t.text, str(t.date)) for t in find_timexes(text, WED)] == expected


@pytest.mark.parametrize("text, dct, expected", [
    # the end of a term set or stretched lies ahead
    ("The two sides agreed last week to extend their talks until May.", dt.date(2026, 2, 17),
     [("last week", "2026-02-09"), ("until May", "2026-05-01")]),
    ("The governor announced a ban on motorbikes until 31 January.", dt.date(2025, 12, 5),
     [("until 31 January", "2026-01-31")]),
    ("Parliament extended the state of emergency until 30 June.", dt.date(2026, 2, 17), [("until 30 June", "2026-06-30")]),
    # (a term that has run ended in the past)
    ("The ban, which was in force until January, was lifted.", dt.date(2026, 2, 17), [("until January", "2026-01-01")]),
    ("The curfew lasted until 3 February.", dt.date(2026, 2, 17), [("until 3 February", "2026-02-03")]),
])
def test_the_end_of_a_term_set_lies_ahead(text, dct, expected):
    assert [(t.text, str(t.date)) for t in find_timexes(text, dct)] == expected


@pytest.mark.parametrize("text, expected", [
    # what is likely, expected or projected lies ahead
    ("Famine is likely to persist in Tawila from June to September.", [("from June to September", "2026-06-01")]),
    ("Famine is likely to spread to the camps around the town in June.", [("June", "2026-06-01")]),
    ("Prices are projected to double in the markets of the region in July.", [("July", "2026-07-01")]),
    # (what was likely is past)
    ("Famine was declared in the camps in June.", [("June", "2025-06-01")]),
])
def test_a_forecast_looks_ahead(text, expected):
    assert [(t.text, str(t.date)) for t in find_timexes(text, dt.date(2026, 4, 16))] == expected


def test_scans_from_anchors_find_what_a_scan_of_the_whole_window_finds():
    """The finders try some patterns only at a few offsets before the words every match holds
    (or at line starts): they must find what ``finditer`` over the window finds."""
    from service.extract import timex

    text = ("NAIROBI, 3 March 2025 -\n2024 – The RSF lays siege.\n  - 2023: talks. The day before yesterday, "
            "late on Monday and early on Sat, OVERNIGHT strikes; during the night of Friday the army, "
            "this morning and Last Night, in the night. January was the deadliest month.\nMarch: Calm. From June to "
            "August 2024, then Oct.-Dec. 2023, on Tuesday of next week and Sunday morning, tonight. In mid-last "
            "year and earlier this month, exactly two years ago, 3 weeks ago, the past week.")
    for pos in range(0, len(text), 7):
        for endpos in (len(text), min(len(text), pos + 104)):
            win = timex._Window(text, pos, endpos)
            scans = [
                (timex._RE_RELDAY, win.words_at(*timex._RELDAY_WORDS), 3),
                (timex._RE_WEEKDAY, win.starts_of(timex._RE_WEEKDAY_START), 2),
                (timex._RE_WEEKDAY_SHORT, win.starts_of(timex._RE_WEEKDAY_START), 2),
                (timex._RE_MONTHS_YEAR, win.month_starts(), 0),
                (timex._RE_MONTH_SUBJECT, win.month_starts(), 0),
                (timex._RE_MONTH_HEADING, win.month_starts(), 0),
                (timex._RE_YEAR_ENTRY, win.line_starts(), 0),
                (timex._RE_RELSPAN, win.words_at("week", "month", "year"), 3),
                (timex._RE_AGO, win.words_at("ago"), 3),
            ]
            for regex, anchors, back in scans:
                assert [m.span() for m in win.finditer(regex, anchors, back)] == \
                    [m.span() for m in regex.finditer(text, pos, endpos)], (regex.pattern[:40], pos, endpos)


def test_the_words_before_a_date_are_those_the_pattern_finds_searched_from_the_left():
    import random

    from service.extract import timex

    rnd = random.Random(3)
    windows = ["the talks will resume on ", "will go \n", "(foo) bar ", "", " ", "a\n", "x  y\t", "'s “ok” - "]
    windows += ["".join(rnd.choice("ab '’\"“”-\n\t.,(1_é") for _ in range(rnd.randrange(30))) for _ in range(3000)]
    for window in windows:
        match = timex._RE_WORDS_BEFORE.search(window)
        assert timex._words_before(window) == (match.group() if match else None), repr(window)


def test_windows_open_around_every_occurrence_of_every_trigger():
    import random

    from service.extract import timex

    def windows_by_find(text):  # each trigger found by str.find, one occurrence after another
        hits = []
        for source, needles in ((text, timex._TRIGGERS_EXACT), (text.lower(), timex._TRIGGERS_LOWER)):
            for needle in needles:
                i = source.find(needle)
                while i >= 0:
                    hits.append(i)
                    i = source.find(needle, i + 1)
        windows = []
        for hit in sorted(hits):
            lo, hi = max(0, hit - timex._BEFORE_TRIGGER), min(len(text), hit + timex._AFTER_TRIGGER)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
            else:
                windows.append((lo, hi))
        return windows

    rnd = random.Random(11)
    pieces = ["tonight", "Good Friday", "new year", "2020", "1919", "Mon", "day", " ", "x" * 40, "İ", "\n", "3rd"]
    for _ in range(500):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(12)))
        assert timex._windows(text) == windows_by_find(text), repr(text)


@pytest.mark.parametrize("text, start, end, precision", [
    # letters a pattern ignoring case reads as ASCII ones, but that lower-case to no word of the
    # tables: dotless and dotted i, the long s, the Kelvin sign (each once answered 500 to POST /articles)
    ("thıs year", "2025-01-01", "2025-12-31", "year"),
    ("fıve days ago", "2025-05-27", "2025-05-27", "day"),
    ("the day before yeſterday", "2025-05-30", "2025-05-30", "day"),
    ("the fırst half of 2024", "2024-01-01", "2024-06-30", "month"),
    ("ſpring 2024", "2024-03-01", "2024-05-31", "month"),
    ("LAST WEE\u212a", "2025-05-19", "2025-05-25", "week"),
    ("İn May 2024", "2024-05-01", "2024-05-31", "month"),
])
def test_letters_that_match_ascii_ones_ignoring_case_are_read_as_them(text, start, end, precision):
    (found,) = timex_module.find_timexes(text, dt.date(2025, 6, 1))
    assert (str(found.date), str(found.date_end), found.precision) == (start, end, precision)
    assert found.text == text[found.start:found.end]  # as written, not as read
