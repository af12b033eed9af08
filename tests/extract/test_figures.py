import pytest

from service.extract.figures import casualties, find_figures


def figs(text):
    return [(f.kind, f.value, f.qualifier, f.group, f.text) for f in find_figures(text)]


FIGURES = [
    # active verb before the number
    ("The shelling of Kharkiv killed at least 14 people.", [("killed", 14, "at_least", "people", "at least 14")]),
    ("Gunmen stormed the village, killing twenty-three farmers.", [("killed", 23, "exact", "farmers", "twenty-three")]),
    ("The drone strike wounded 1,250 residents, officials said.", [("injured", 1250, "exact", "residents", "1,250")]),
    ("A car bomb in Mogadishu killed 9 and wounded 31.", [
        ("killed", 9, "exact", None, "9"),
        ("injured", 31, "exact", None, "31"),
    ]),
    ("The quake killed more than 2,000 villagers in the Atlas mountains.", [
        ("killed", 2000, "more_than", "villagers", "more than 2,000"),
    ]),
    ("Floods killed nearly fifty people across Sindh.", [("killed", 50, "about", "people", "nearly fifty")]),
    ("The airstrike killed up to 30 wedding guests.", [("killed", 30, "up_to", "guests", "up to 30")]),
    ("Militants killed dozens of soldiers at the base.", [("killed", 12, "vague", "soldiers", "dozens")]),
    ("The famine has killed thousands of children.", [("killed", 1000, "vague", "children", "thousands")]),
    ("The cyclone killed tens of thousands of people.", [("killed", 10000, "vague", "people", "tens of thousands")]),
    ("Clashes killed several protesters in Khartoum.", [("killed", 3, "vague", "protesters", "several")]),
    ("The mudslide killed a dozen miners.", [("killed", 12, "about", "miners", "a dozen")]),
    ("The siege killed two hundred and fifty civilians.", [("killed", 250, "exact", "civilians", "two hundred and fifty")]),
    ("Shelling killed a further 7 people overnight.", [("killed", 7, "exact", "people", "7")]),
    # passive or intransitive verb after the number
    ("At least 58 migrants drowned after the boat capsized.", [("killed", 58, "at_least", "migrants", "At least 58")]),
    ("Over 300 Rohingya refugees have died in the camp fires.", [("killed", 300, "more_than", "refugees", "Over 300")]),
    ("Some 40 students were injured in the stampede.", [("injured", 40, "about", "students", "Some 40")]),
    ("Eleven aid workers were killed by an Israeli strike on the convoy.", [("killed", 11, "exact", "workers", "Eleven")]),
    ("The blast left 20 injured and 4 dead.", [
        ("injured", 20, "exact", None, "20"),
        ("killed", 4, "exact", None, "4"),
    ]),
    ("Almost 90 people lost their lives when the dam burst.", [("killed", 90, "about", "people", "Almost 90")]),
    ("Hospital officials said 12 dead had been brought in.", [("killed", 12, "exact", None, "12")]),
    ("Settler attacks killed 3 Palestinians near Nablus.", [("killed", 3, "exact", "palestinians", "3")]),
    ("Raiders killed 40 Fulani herders in Plateau state.", [("killed", 40, "exact", "herders", "40")]),
    ("The quake killed 300 people and injured 1,000 more.", [
        ("killed", 300, "exact", "people", "300"),
        ("injured", 1000, "exact", None, "1,000"),
    ]),
    ("5 killed in Kabul blast", [("killed", 5, "exact", None, "5")]),
    # death toll
    ("The number of dead rose to 30 on Monday.", [("killed", 30, "exact", None, "30")]),
    ("The number of injured reached 80.", [("injured", 80, "exact", None, "80")]),
    ("The death toll from the earthquake rose to 4,312 on Tuesday.", [("killed", 4312, "exact", None, "4,312")]),
    ("The toll stands at 61.", [("killed", 61, "exact", None, "61")]),
    # coordination is added, breakdowns are not
    (
        "The RSF attack killed at least 120 civilians and about a dozen soldiers.",
        [
            ("killed", 120, "at_least", "civilians", "at least 120"),
            ("killed", 12, "about", "soldiers", "about a dozen"),
        ],
    ),
    (
        "At least 75 people, including 19 children and 8 women sheltering in a school, were killed in Rafah.",
        [("killed", 75, "at_least", "people", "At least 75")],
    ),
    ("The raid killed 15 people, 6 of them children.", [("killed", 15, "exact", "people", "15")]),
    ("Eight soldiers died, 30 others injured in the ambush.", [
        ("killed", 8, "exact", "soldiers", "Eight"),
        ("injured", 30, "exact", "others", "30"),
    ]),
    ("Five people were killed on Monday and 12 on Tuesday.", [
        ("killed", 5, "exact", "people", "Five"),
        ("killed", 12, "exact", None, "12"),
    ]),
    ("The toll climbed above 50,000.", [("killed", 50000, "more_than", None, "above 50,000")]),
    ("Fewer than 10 people were hurt.", [("injured", 10, "up_to", "people", "Fewer than 10")]),
    ("The explosion killed more than 200 people, wounded 6,000 and left 300,000 homeless.", [
        ("killed", 200, "more_than", "people", "more than 200"),
        ("injured", 6000, "exact", None, "6,000"),
    ]),
    ("Israeli strikes killed 45 people in a tent camp, 23 of them women and children.", [
        ("killed", 45, "exact", "people", "45"),
    ]),
    ("32 children and 11 women were among the 46 civilians killed.", [("killed", 46, "exact", "civilians", "46")]),
    # ranges keep the lower bound
    ("The RSF killed between 10,000 and 15,000 people in El Geneina.", [
        ("killed", 10000, "at_least", "people", "between 10,000 and 15,000"),
    ]),
    ("The landslide killed 10-15 miners.", [("killed", 10, "at_least", "miners", "10-15")]),
    # a parallel count after a place phrase
    ("The hurricane killed 16 people in Haiti and 4 in the Dominican Republic.", [
        ("killed", 16, "exact", "people", "16"),
        ("killed", 4, "exact", None, "4"),
    ]),
    ("Storms killed 16 people in Cuba and 4 were missing.", [("killed", 16, "exact", "people", "16")]),
    # a count in another clause does not borrow the verb
    ("Police said 2 people were arrested and 3 officers injured.", [("injured", 3, "exact", "officers", "3")]),
    # a count of deaths is a killed figure; "casualties" mixes killed and injured
    ("Monitors logged at least 64 civilian deaths in the province in May.", [
        ("killed", 64, "at_least", "civilian", "at least 64"),
    ]),
    ("The clinic reported 18 civilian injuries after the raid.", [("injured", 18, "exact", "civilian", "18")]),
    ("The mission counted 2,300 civilian casualties last year.", []),
    ("Aid groups said the floods caused 40 casualties.", []),
    ("Surgeons have treated 90 war-wounded since the offensive began.", [("injured", 90, "exact", None, "90")]),
    # "all N" after the verb
    ("The ferry sank, killing all 112 passengers and crew.", [("killed", 112, "exact", "passengers", "112")]),
    ("All 71 people on the plane died when it crashed near Pokhara.", [("killed", 71, "exact", "people", "71")]),
    # one person: a / an + person noun + a casualty verb
    ("A local journalist was killed when the car exploded.", [("killed", 1, "exact", "journalist", "A")]),
    ("An elderly woman died and a security guard was wounded.", [
        ("killed", 1, "exact", "woman", "An"),
        ("injured", 1, "exact", "guard", "a"),
    ]),
    ("A sniper killed 4 civilians in the old town.", [("killed", 4, "exact", "civilians", "4")]),
    ("A man was arrested after the blast.", []),
    ("An attack on the depot wounded 6 workers.", [("injured", 6, "exact", "workers", "6")]),
    # a count after a month name ("in March thousands") is still a count
    ("Between April and June hundreds of villagers were killed in Darfur.", [
        ("killed", 100, "vague", "villagers", "hundreds"),
    ]),
    ("Fighting resumed on June 4 near the border.", []),
    # a toll is the total; a later count of the same kind is a part of it
    ("The death toll passed 2,400 on Sunday, with 1,900 dead in the capital alone.", [
        ("killed", 2400, "exact", None, "2,400"),
    ]),
    ("The death toll rose to 19 and 40 others were injured.", [
        ("killed", 19, "exact", None, "19"),
        ("injured", 40, "exact", "others", "40"),
    ]),
    ("The landslide left 23 dead.", [("killed", 23, "exact", None, "23")]),
    # numbers that are not casualties
    ("Four gunmen killed 17 worshippers at the mosque.", [("killed", 17, "exact", "worshippers", "17")]),
    ("The rebels carried out six attacks in three months.", []),
    ("HRW documented cluster munition use on 20 occasions since Sept. 30.", []),
    ("MiG-29 and 31 jets were shot down over Donetsk.", []),
    ("The army said 32 people were in the building.", []),
    ("Fighting resumed on March 8, 2023 near Bakhmut.", []),
    ("Ninety-percent of the strikes hit empty buildings.", []),
    ("About 80 percent of the victims were killed by shrapnel.", []),
    ("A single cluster bomb may hold hundreds of submunitions.", []),
    ("The fragments spread over hundreds of yards, killing anyone nearby.", []),
    ("The storm destroyed 400 homes and killed livestock.", []),
    ("Some twenty times since June the militia killed herders.", []),
    ("No one was killed in the 2019 attack.", []),
    ("One of the drones was shot down.", []),
]


@pytest.mark.parametrize("text, expected", FIGURES)
def test_find_figures(text, expected):
    assert figs(text) == expected


def test_spans_point_into_the_text():
    text = "Officials said “at least 46 civilians” were killed – and over 200 wounded."
    found = find_figures(text)
    assert [(f.kind, f.value) for f in found] == [("killed", 46), ("injured", 200)]
    for f in found:
        assert text[f.start : f.end] == f.text


CASUALTIES = [
    ("Russian missiles killed at least 200 civilians and about a dozen fighters in Homs.", (212, None)),
    ("At least 46 civilians, including 32 children and 11 women, were killed in the strike.", (46, None)),
    ("10 people died, 15 others injured after the attack.", (10, 15)),
    ("The bombing killed 4 soldiers and wounded 9 civilians.", (4, 9)),
    ("Hundreds of people have been killed in Darfur since April.", (100, None)),
    ("Dozens of people were wounded.", (None, 12)),
    ("The typhoon destroyed 3,000 homes.", (None, None)),
    ("The report covers the period from 2015 to 2017.", (None, None)),
    # the object of an arrest or a rescue is no casualty, whatever count follows
    ("Officers arrested seven suspects, and one suspect was killed in an exchange of fire.", (1, None)),
    ("Rescuers freed 30 people from the rubble, and 12 were found dead.", (12, None)),
    ("Troops detained 15 men and 4 were later found wounded.", (None, 4)),
    # one person the verb names with "the"
    ("Fighters ambushed a minibus, killing the driver and two passengers.", (3, None)),
    ("A mine blast wounded the driver.", (None, 1)),
    # "the" before anyone who is not the verb's object counts no one
    ("The gunman killed five people.", (5, None)),
    # a sentence to death kills no one; a stoning does
    ("A court sentenced two men to death for the bombing of a church that killed 14 people.", (14, None)),
    ("Two men were sentenced to death on Monday.", (None, None)),
    ("Two women were stoned to death.", (2, None)),
    ("Four guardsmen and a civilian driver were killed, the defence ministry said.", (5, None)),
    ("A police patrolman and a fruit seller were killed and seven people were wounded.", (2, 7)),
    # the counted who speak are no casualties
    ("Two of them said a second strike hit people who had rushed to help the wounded.", (None, None)),
    ("Two residents said 12 people were killed.", (12, None)),
]


@pytest.mark.parametrize("text, expected", CASUALTIES)
def test_casualties(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one person, with a name, a place or an age between the article and the noun
        ("Drones struck a motorcycle in Tyre, killing a local Hezbollah commander, the group said.", (1, None)),
        ("A roadside bomb killed a 14-year-old boy near the school.", (1, None)),
        ("A UN official was killed in the shelling.", (1, None)),
        ("Gunmen shot dead a village leader outside his home.", (1, None)),
        # not a casualty: one person who speaks
        ("A Kabul resident said three people were killed.", (3, None)),
        ("A local official said the road was closed.", (None, None)),
    ],
)
def test_one_named_victim(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a two-word noun for people, then a coordinated group
        ("The bomb killed two police officers and a 14-year-old boy.", (3, None)),
        ("Shelling killed three aid workers and two children.", (5, None)),
    ],
)
def test_two_word_people_nouns_coordinate(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a family: a possessive before the relatives
        ("A drone strike killed a woman and her three children on Monday night.", (4, None)),
        ("A mother and her son were killed in the shelling.", (2, None)),
        ("Gunmen killed a man and his two sons.", (3, None)),
        ("Their father was wounded.", (None, 1)),
        # a companion named by a possessive is one more person; a couple is two
        ("Bandits ambushed a lorry near Funtua, killing the driver and his mate.", (2, None)),
        ("Gunmen shot dead a taxi driver and his assistant in Mixco.", (2, None)),
        ("Gunmen killed the driver and wounded his conductor.", (1, 1)),
        ("An arson attack killed an elderly couple in their farmhouse near Ercilla.", (2, None)),
        ("Raiders shot dead a couple and their daughter.", (3, None)),
        ("A couple of soldiers were killed.", (2, None)),
        # a possessive before anything else counts nothing
        ("His forces killed 5 people.", (5, None)),
        # other ways to kill
        ("The group beheaded two farmers and burned a chapel.", (2, None)),
        ("Gunmen shot dead two polio vaccinators.", (2, None)),
    ],
)
def test_families_and_other_ways_of_killing(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The military said it was intercepted and that no one was hurt.", (0, 0)),
        ("No one was killed in the blast.", (0, None)),
        ("There were no immediate reports of casualties.", (0, 0)),
        # a count wins, and casualties with a number give no figure
        ("At least 40 casualties were reported.", (None, None)),
        ("Five people were killed and no one else was hurt.", (5, None)),
    ],
)
def test_nobody_harmed_is_zero(text, expected):
    assert casualties(text) == expected


def test_a_breakdown_stays_part_of_its_figure_whatever_follows_it():
    assert casualties("At least 51 people were killed, including 15 children, and 30 were wounded.") == (51, 30)
    assert casualties("46 people were killed, among them 10 women, and 12 injured.") == (46, 12)


def test_homicides_and_murders_are_counted_dead():
    assert casualties("Police recorded 88 homicides in the state in March.") == (88, None)
    assert casualties("The city saw 14 murders over the weekend.") == (14, None)


@pytest.mark.parametrize("text, expected", [
    ("A drone strike hit a convoy, killing at least nine of them, a regional official said.", (9, None)),
    ("Gunmen killed five soldiers, a police officer told reporters.", (5, None)),
    ("Gunmen killed five soldiers, a police officer and a teacher.", (7, None)),
])
def test_the_speaker_after_a_comma_is_no_victim(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Terrorists opened fire on a coach, martyring at least eight passengers, including two women, and "
     "injuring 13 others.", (8, 13)),
    ("Troops killed 11 terrorists in the operation, while two soldiers embraced shahadat.", (13, None)),
    ("Three policemen were martyred in the attack.", (3, None)),
])
def test_martyred_is_killed(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a qualified count after the verb is its object: the noun before it did the killing
    ("Members of a gang led by a man known as Mikano killed at least 207 people there.", (207, None)),
    ("A man killed nearly 20 people at the market.", (20, None)),
    ("Three soldiers killed at a checkpoint on Monday.", (3, None)),
    # rangers and drivers are counted like other people
    ("They raided two tourist camps and killed at least two rangers.", (2, None)),
    ("The blast killed three drivers and a trader.", (4, None)),
])
def test_qualified_objects_and_more_people_nouns(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the killed and wounded in action of security briefs
    ("Troops repelled the attack on the base. 3 bandits KIA, 1 soldier WIA.", (3, 1)),
    ("2 police and 3 gunmen KIA.", (5, None)),
    ("14 civs KIA, 9 WIA, 37 abducted incl. 21 women.", (14, 9)),
    # "KIA" as a name counts nobody
    ("Eleven members of the KIA were arrested on Monday.", (None, None)),
    # people nouns of security copy
    ("Our forces killed 1,206 extremists and wounded 341.", (1206, 341)),
    ("A quadcopter dropped explosives on a checkpoint, wounding two constables.", (None, 2)),
    ("The air force killed 30 bandits in the forest.", (30, None)),
    # an adjective is no person: "a meeting of extremist commanders" counts no one
    ("The strike hit a meeting of extremist commanders, about a dozen of whom were killed.", (12, None)),
])
def test_security_brief_words_and_a_count_of_whom_with_no_figure_before(text, expected):
    assert casualties(text) == expected


def test_a_count_of_whom_after_a_figure_is_still_a_breakdown():
    assert casualties("The strike killed 46 people, 32 of whom were children.") == (46, None)


@pytest.mark.parametrize("text, expected", [
    # one more person named by a possessive, with a word or two before the noun
    ("Gunmen shot dead a village chairman and his driver outside the municipal hall.", (2, None)),
    ("Residents said a woman and her teenage son died when a bomb hit their farmhouse.", (2, None)),
    ("Unidentified gunmen shot dead a tribal elder and his nephew near the market.", (2, None)),
    ("The strike killed the commander and his deputy.", (2, None)),
    ("Troops killed 11 militants and their commander.", (12, None)),
    # one person named by what he does
    ("Armed men set fire to three classrooms and wounded a watchman.", (None, 1)),
    ("44 police commandos, 18 rebel fighters and five civilians were killed in the clash.", (67, None)),
    # a possessive before no person
    ("The militants burned his shop and killed two guards.", (2, None)),
])
def test_a_person_named_by_a_possessive_or_a_trade_counts_one(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a side's own dead, after those it killed
    ("Soldiers exchanged fire with gunmen, killing four and losing one of their own.", (5, None)),
    ("Troops drove the fighters out of two villages, killing dozens of them and losing two soldiers.", (14, None)),
    ("Its troops had killed 14 of them and lost two soldiers in clashes.", (16, None)),
    # what a side loses that is no one
    ("The army killed 10 fighters but lost two villages.", (10, None)),
    # no one hurt, said with a participle
    ("A grenade exploded at the gate, damaging a car but injuring no one.", (0, 0)),
    ("The drone hit an empty school without hurting anyone.", (0, 0)),
    # an age in words before the relative
    ("A missile hit a house, killing a 31-year-old woman and her two-year-old daughter.", (2, None)),
])
def test_own_losses_no_one_hurt_and_ages_in_words(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the words of army press releases
    ("The troops repelled the attack, neutralising nine terrorists, while two soldiers sustained minor injuries.",
     (9, 2)),
    ("Battle damage assessment confirmed that 14 terrorists were neutralised.", (14, None)),
    ("Regrettably, five gallant soldiers paid the supreme price, while eight others were wounded.", (5, 8)),
    # a bomb made safe is no one
    ("Troops neutralised two IEDs on the road.", (None, None)),
])
def test_neutralised_and_the_supreme_price_count_the_dead(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a live blog's clock time counts no one
    ("14:05 - Residents say gunmen went from house to house and shot dead seven members of one family.", (7, None)),
    ("The attack at 9:30 killed 4 people.", (4, None)),
    # a passer-by is a person
    ("A car bomb exploded outside the police headquarters, killing two officers and a passer-by.", (3, None)),
])
def test_clock_times_and_passers_by(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an age between commas after a name counts the one person named
    ("Ahmed Khan, 34, was shot dead by gunmen.", (1, None)),
    ("Datu Ali Masdal y Kamid, 52, a village councillor, was shot dead.", (1, None)),
    # a count between commas after a place, or after a weekday, stays a count
    ("In North Waziristan, 12, most of them soldiers, were killed.", (12, None)),
    ("On Monday, 14, among them two children, were killed.", (14, None)),
])
def test_an_age_after_a_name_is_no_count(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    # how the count was come by, between the number and the noun
    ("ACLED recorded 1,284 reported fatalities in Burkina Faso between July and September.", (1284, None)),
    ("There were 41 confirmed deaths and 96 reported injuries.", (41, 96)),
    ("Police recorded 12 reported incidents.", (None, None)),
    # the whole named first or last, and a part of it
    ("Of the 12 dead, four were children, and 30 people were wounded.", (12, 30)),
    ("Residents said that of the 30 killed, 12 were soldiers.", (30, None)),
    ("Two of the 12 dead were children, and 30 were wounded.", (12, 30)),
    ("Gunmen killed two of the 12 hostages.", (2, None)),
])
def test_reported_deaths_and_the_parts_of_a_toll(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one toll told by two sources: the lower, as ACLED counts
    ("Police said six people were killed and 19 wounded; hospital sources said at least 11 bodies were brought in.",
     (6, 19)),
    ("Police said six people were killed, while hospital sources put the toll at 11.", (6, None)),
    # two groups, each told by its own source: both count
    ("The army said 11 militants were killed; residents said a woman and her son died.", (13, None)),
    ("The army said seven of its soldiers were killed; the rebels said they lost three fighters.", (10, None)),
])
def test_one_toll_told_by_two_sources_is_the_lower(text, expected):
    assert casualties(text) == expected
