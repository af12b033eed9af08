import json
from pathlib import Path

import pytest

from service.extract import actors as actors_module
from service.extract.actors import descendants, find_actors, get_actor, resolve_actor


def found(text):
    return [(m.text, m.actor.id, m.via) for m in find_actors(text)]


# (sentence, expected (span text, actor id, via) in order)
CASES = [
    # names, aliases, acronyms
    (
        "Human Rights Watch and HRW researchers met UN officials.",
        [
            ("Human Rights Watch", "human-rights-watch", "name"),
            ("HRW", "human-rights-watch", "alias"),
            ("UN", "united-nations", "alias"),
        ],
    ),
    ("The U.N. refugee agency said 3,000 people fled.", [("U.N. refugee agency", "unhcr", "alias")]),
    ("Daesh fighters shelled the town held by the SDF.", [("Daesh", "islamic-state", "alias"), ("SDF", "sdf", "alias")]),
    ("Boko Haram abducted pupils in Borno, the Nigerian army said.", [
        ("Boko Haram", "boko-haram", "name"),
        ("Nigerian army", "nigeria-military", "alias"),
    ]),
    ("Ansar Allah fired drones at ships.", [("Ansar Allah", "houthis", "alias")]),
    # the dissidents of the one group the list knows by its dissidents, when the text names it
    ("FARC dissidents clashed with the ELN. Soldiers later fought dissidents of the Carlos Patiño front.", [
        ("FARC dissidents", "farc", "alias"), ("ELN", "eln", "alias"), ("dissidents", "farc", "alias"),
    ]),
    ("Russian dissidents met in Vilnius.", []),
    # the military's media wing speaks for it
    ("The Inter-Services Public Relations (ISPR) said troops killed three militants.", [
        ("Inter-Services Public Relations", "pakistan-military", "alias"), ("ISPR", "pakistan-military", "alias"),
        ("troops", "pakistan-military", "alias"),
    ]),
    # a combatant command speaks for the US armed forces
    ("US Africa Command said its strike hit al-Shabaab; CENTCOM did not comment.", [
        ("US Africa Command", "united-states-military", "alias"), ("al-Shabaab", "al-shabaab", "name"),
        ("CENTCOM", "united-states-military", "alias"),
    ]),
    # Central America's gangs, by name and by the tag they sign with
    ("A message signed B-18 blamed the Mara Salvatrucha (MS-13) for the killings.", [
        ("B-18", "barrio-18", "alias"), ("Mara Salvatrucha", "ms-13", "name"), ("MS-13", "ms-13", "alias"),
    ]),
    # the government's name for the Oromo Liberation Army is its alias too
    ("Officials blamed Shene fighters; the Oromo Liberation Army (OLA) denied it.", [
        ("Shene", "ola", "alias"), ("Oromo Liberation Army", "ola", "name"), ("OLA", "ola", "alias"),
    ]),
    ("Doctors Without Borders evacuated its staff from the clinic.", [("Doctors Without Borders", "msf", "alias")]),
    # lower-case words are not proper-noun aliases
    ("We asked who would pay, and the un-named official declined.", []),
    ("The hamas-style slogan and the taliban ban were discussed.", []),
    # acronyms must keep their case
    ("Officials from the WHO and NATO met in Brussels.", [("WHO", "who", "alias"), ("NATO", "nato", "name")]),
    # longest match wins
    (
        "The UN Security Council met after the Russian Ministry of Defence spoke.",
        [
            ("UN Security Council", "un-security-council", "name"),
            ("Russian Ministry of Defence", "russia-defence-ministry", "name"),
        ],
    ),
    # lower-case trailing words of a proper noun are tolerated
    ("A Russian defence ministry statement followed.", [("Russian defence ministry", "russia-defence-ministry", "alias")]),
    # demonyms
    ("Ethiopian warplanes bombed a market.", [("Ethiopian warplanes", "ethiopia-military", "demonym")]),
    ("Turkish jets struck PKK positions.", [("Turkish jets", "turkey-military", "demonym"), ("PKK", "pkk", "alias")]),
    ("Kenyan officials denied the report.", [("Kenyan", "kenya", "demonym")]),
    # every state has its armed forces, whether actors.json lists them or not (ACLED's
    # "Military Forces of Haiti")
    ("Haitian troops were deployed.", [("Haitian troops", "haiti-military", "demonym")]),
    ("Rwandan and Mozambican forces retook the town.", [
        ("Rwandan", "rwanda-military", "demonym"), ("Mozambican forces", "mozambique-military", "demonym")]),
    ("Burkina Faso's army denied it.", [("Burkina Faso's army", "burkina-faso-military", "alias")]),
    # soldiers who act are the army of the state whose places the text names (see the events test);
    # counted soldiers are not actors
    ("Six soldiers were killed.", []),
    # armed groups, missions and forces of South Sudan and Libya
    ("The South Sudan People's Defence Forces (SSPDF) said its aircraft struck White Army fighters.", [
        ("South Sudan People's Defence Forces", "south-sudan-military", "name"), ("SSPDF", "south-sudan-military", "alias"),
        ("its aircraft", "south-sudan-military", "alias"), ("White Army", "white-army", "name")]),
    ("UNSMIL called for a ceasefire between the Radaa Deterrence Force and the 444 Brigade.", [
        ("UNSMIL", "unsmil", "name"), ("Radaa Deterrence Force", "radaa", "name"), ("444 Brigade", "brigade-444", "alias")]),
    # a state's possessive decides whose body it is
    ("Pakistan's Foreign Office said on Monday.", [("Pakistan's Foreign Office", "pakistan", "alias")]),
    ("Mali's Foreign Office and the Foreign Office in London", [
        ("Mali's Foreign Office", "mali", "alias"), ("Foreign Office", "united-kingdom-foreign-office", "alias")]),
    # the government in a capital is that capital's state
    ("In a statement, the government in Kinshasa condemned the killings.", [
        ("the government in Kinshasa", "dr-congo", "alias")]),
    # a mission introduced by the body it is part of, a few words apart
    ("Peacekeepers from the UN mission in the country, MONUSCO, reached the sites.", [
        ("MONUSCO", "monusco", "name")]),
    # a demonym in the name of a building or a body is part of the name
    ("Fighters killed 460 patients at the city's Saudi Maternity Hospital.", []),
    ("Saudi officials said.", [("Saudi", "saudi-arabia", "demonym")]),
    # "troops attacked" is the troops acting, not "a troops attack"
    ("Kenyan troops attacked a base near Kismayo.", [("Kenyan troops", "kenya-military", "demonym")]),
    # a seat or a sponsor describes another actor
    ("The Syrian Observatory for Human Rights, a UK-based monitor, said.", [
        ("Syrian Observatory for Human Rights", "sohr", "name")]),
    # a group's origin is not its state; a local nickname is not another group
    ("Iraqi insurgents and the Somali group of that name were blamed.", []),
    ("Fighters of the Islamic State group's affiliate, known locally as \"al-Shabaab\", attacked.", [
        ("Islamic State group", "islamic-state", "alias")]),
    ("Al-Shabaab, nicknamed by residents, attacked.", [("Al-Shabaab", "al-shabaab", "name")]),
    # demonym + people noun describes nationality, not the state acting
    ("Afghan refugees crossed the border.", []),
    ("Iraqi civilians fled Mosul.", []),
    # "regime forces" is an explicit lower-case alias
    ("Regime forces and regime forces again shelled Douma.", [
        ("Regime forces", "syria-military", "alias"),
        ("regime forces", "syria-military", "alias"),
    ]),
    # metonyms that always act
    ("The Kremlin and the White House traded accusations.", [
        ("Kremlin", "russia", "metonym"),
        ("White House", "united-states", "metonym"),
    ]),
    # capitals: agents only when speaking or acting or possessive
    ("Tehran denied sending weapons.", [("Tehran", "iran", "metonym")]),
    ("Riyadh has repeatedly rejected the claims.", [("Riyadh", "saudi-arabia", "metonym")]),
    ("Beijing's envoy arrived late.", [("Beijing", "china", "metonym")]),
    ("Kyiv said the dam was blown up, while Kiev's allies condemned it.", [
        ("Kyiv", "ukraine", "metonym"),
        ("Kiev", "ukraine", "metonym"),
    ]),
    ("Protesters marched through Khartoum on Friday.", []),
    ("Flights to Kabul resumed and Baghdad airport reopened.", []),
    ("Officials in Damascus said the road was closed.", []),
    ("The Washington Post reported the leak.", [("The Washington Post", "washington-post", "name")]),
    ("A reporter for the Washington Post said so.", [("Washington Post", "washington-post", "alias")]),
    ("Flights from Cairo and Amman were cancelled.", []),
    ("Moscow and Damascus denied the reports.", [("Moscow", "russia", "metonym"), ("Damascus", "syria", "metonym")]),
    ("Washington, Paris and London condemned the coup.", [
        ("Washington", "united-states", "metonym"),
        ("Paris", "france", "metonym"),
        ("London", "united-kingdom", "metonym"),
    ]),
    ("Kyiv will not cede territory, but Kyiv has been shelled.", [("Kyiv", "ukraine", "metonym")]),
    ("Paris is calm today.", []),
    # a capital inside a person's or institution's name is not the state
    ("Denzel Washington said he would visit.", []),
    ("George Washington University said the study was sound.", []),
    ("Meanwhile, Baghdad said the border was closed.", [("Baghdad", "iraq", "metonym")]),
    # names of places and things containing an actor's name
    ("Tankers crossed the Indian Ocean to Latin America.", []),
    ("ISWAP attacked villages around Lake Chad.", [("ISWAP", "iswap", "alias")]),
    # origin or language, not the state acting
    ("Russian-made missiles and French-speaking militias were seen.", []),
    # hyphenated prefixes make another word
    ("Anti-Assad rebels and pro-Hezbollah media disagreed.", []),
    ("The US-led coalition and the Saudi-led coalition both struck.", [
        ("US-led coalition", "us-led-coalition", "name"),
        ("Saudi-led coalition", "saudi-led-coalition", "name"),
    ]),
    # a sponsor before "-backed" / "-held" describes someone else
    ("Iran-backed militias and Russian-backed separatists fired rockets.", []),
    ("The shells landed in Russian-held territory.", []),
    # a demonym before a place noun says where, not who
    ("Gunmen raided the western Nigerien town of Tera near the Malian border.", []),
    ("Two drones entered Polish airspace.", []),
    # a weapon's model between the demonym and the noun
    ("Israeli F-35 jets and Russian Su-34 bombers flew over the area.", [
        ("Israeli F-35 jets", "israel-military", "demonym"),
        ("Russian Su-34 bombers", "russia-military", "demonym"),
    ]),
    ("A Ukrainian drone hit the refinery.", [("Ukrainian drone", "ukraine-military", "demonym")]),
    # a demonym before an armed group's name describes the group
    ("Chechen Wagner fighters and Somali al-Shabaab militants were seen.", [
        ("Wagner", "wagner-group", "alias"),
        ("al-Shabaab", "al-shabaab", "name"),
    ]),
    # a count before a nationality or a state counts people, it is not the state acting
    ("The blast killed 28 Pakistanis and 4 Chinese engineers.", []),
    ("Between 800 and 1,000 Eritrean troops remain, and 9 UN peacekeepers were hurt.", []),
    ("Three French soldiers died; two Russian jets then struck.", [("Russian jets", "russia-military", "demonym")]),
    # a wire dateline's country is where the story was filed
    ("SLOVIANSK, Ukraine, May 3 (Wire) - Ukraine said it repelled the attack.", [("Ukraine", "ukraine", "name")]),
    # (and a state's name inside the place words of the dateline: "Port Sudan", "Mexico City")
    ("JUBA/PORT SUDAN, May 3 (Wire) - Drones struck a market in Kosti.", []),
    # a body's common noun, then its part in apposition: the part
    ("The United Nations agency, UNHCR, said 4,000 people fled.", [("UNHCR", "unhcr", "name")]),
    # "the defence ministry in <capital>"
    ("The figures came from the defence ministry in Kyiv.", [("defence ministry in Kyiv", "ukraine-defence-ministry", "alias")]),
    ("A statement by the foreign ministry in Beijing followed.", [("foreign ministry in Beijing", "china-foreign-ministry", "alias")]),
    ("The defense ministry in Nairobi declined to comment.", [("defense ministry in Nairobi", "kenya", "alias")]),
    # a capital after a locative preposition is a place
    ("The two sides signed the accord in Washington last week.", []),
    # a demonym before people who are not the state: observers, activists, detainees
    ("Some Syrian and Western observers doubted it, as did Iranian activists.", []),
    # a group described as another's affiliate or ally is not the one acting
    # (Ansaru is named: it claimed)
    ("Ansaru, an al-Qaeda affiliate, and a Hezbollah ally claimed the raid.", [("Ansaru", "ansaru", "name")]),
    ("Boko Haram and ISWAP, the Islamic State-linked faction, clashed.", [
        ("Boko Haram", "boko-haram", "name"),
        ("ISWAP", "iswap", "alias"),
    ]),
    # "the army", "the junta": the military of the state named last
    ("In northern Ethiopia, the army retook Shire.", [("the army", "ethiopia-military", "alias")]),
    # a country described by a compass or place adjective is a place
    ("Gunmen attacked southern Israel and war-torn Yemen, then neighbouring Oman.", []),
    ("Drones struck targets in north Iraq and east Syria.", []),
    ("Israel said it had struck Gaza.", [("Israel", "israel", "name")]),
    # who holds a territory describes the place
    ("Most deaths were in areas controlled by the Government of Ukraine and districts held by the RSF.", []),
    ("Shells hit villages the RSF seized, the army said.", [("RSF", "rsf", "alias")]),
    ("Niger's military leaders met. Later the junta expelled the envoy.", [
        ("Niger's military", "niger-military", "alias"),
        ("the junta", "niger-military", "alias"),
    ]),
    ("The army said the road was open.", []),
    # an abbreviation the text defines, with a holder's or sponsor's suffix, names places or others
    ("The Southern Transitional Council (STC) met in Aden. Gunmen later attacked a market in STC-held Zinjibar.", [
        ("Southern Transitional Council", "southern-transitional-council", "name"),
        ("STC", "southern-transitional-council", "alias"),
    ]),
    # forces the army backs or is aligned with are others
    ("Chad's army lost Bol. Boko Haram then fought the army-aligned vigilantes near Baga Sola.", [
        ("Chad's army", "chad-military", "alias"),
        ("Boko Haram", "boko-haram", "name"),
    ]),
    # a news service is a media outlet
    ("NEW YORK (UN News) - The agency said.", [("UN News", "un-news", "name")]),
    # heads of state and government: persons, part of their state
    ("President Emmanuel Macron and Chancellor Olaf Scholz met Paul Kagame.", [
        ("Emmanuel Macron", "emmanuel-macron", "name"),
        ("Olaf Scholz", "olaf-scholz", "name"),
        ("Paul Kagame", "paul-kagame", "name"),
    ]),
    ("President Donald Trump spoke after Xi did.", [
        ("Donald Trump", "donald-trump", "name"),
        ("Xi", "xi-jinping", "alias"),
    ]),
    # UN human rights bodies
    ("The UN Human Rights Monitoring Mission in Ukraine and the HRMMU team agreed.", [
        ("UN Human Rights Monitoring Mission in Ukraine", "ohchr", "alias"),
        ("HRMMU", "ohchr", "alias"),
    ]),
    # a national, federal or defence force of a state is its military
    ("Gunmen attacked a post of the Malian National Army as Nigerian federal troops and Kenyan Defence Forces met.", [
        ("Malian National Army", "mali-military", "demonym"),
        ("Nigerian federal troops", "nigeria-military", "demonym"),
        ("Kenyan Defence Forces", "kenya-military", "demonym"),
    ]),
    # a minister or secretary named by office alone speaks for the state the text is about
    ("Mexico deployed troops. Security Secretary Omar Garcia Harfuch said 600 more would arrive.", [
        ("Mexico", "mexico", "name"),
        ("Security Secretary Omar Garcia Harfuch", "mexico", "spokesperson"),
    ]),
    ("Benin mourned. Government spokesman Wilfried Houngbedji said 54 soldiers had been killed.", [
        ("Benin", "benin", "name"),
        ("Government spokesman Wilfried Houngbedji", "benin", "spokesperson"),
    ]),
    # every state is an actor, with its demonyms; a firm named after one is not
    ("Togolese troops and South African police met Benin officials.", [
        ("Togolese troops", "togo-military", "demonym"),
        ("South African", "south-africa", "demonym"),
        ("Benin", "benin", "name"),
    ]),
    ("Malaysia Airlines flight MH17 was shot down; Ghana condemned it.", [("Ghana", "ghana", "name")]),
    # a body of civil society named after one is not either
    ("According to the Pakistan Institute for Conflict and Security Studies, 67 attacks hit Pakistan in April.",
     [("Pakistan", "pakistan", "name")]),
    ("The Nigeria Union of Journalists and the Sudan Doctors Network condemned Sudan.", [("Sudan", "sudan", "name")]),
    # a demonym before people it describes is no actor; before a national army it is the military
    ("The bombs killed five rangers and a French instructor near the Chadian National Army base.", [
        ("Chadian National Army", "chad-military", "demonym"),
    ]),
    # the posts and positions a state's forces hold; the "de facto authorities" of the text's state
    ("Afghan forces attacked Pakistani border posts and Israeli positions.", [
        ("Afghan forces", "afghanistan-military", "alias"),
        ("Pakistani border posts", "pakistan-military", "demonym"),
        ("Israeli positions", "israel-military", "demonym"),
    ]),
    # a body's branch in a country is the body
    ("Figures compiled by Amnesty International Nigeria and UNICEF Sudan.", [
        ("Amnesty International", "amnesty-international", "name"),
        ("UNICEF", "unicef", "name"),
    ]),
    # persons
    ("Antonio Guterres urged Volodymyr Zelensky and Xi Jinping to talk.", [
        ("Antonio Guterres", "antonio-guterres", "alias"),
        ("Volodymyr Zelensky", "volodymyr-zelensky", "name"),
        ("Xi Jinping", "xi-jinping", "name"),
    ]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_find_actors(text, expected):
    assert found(text) == expected


SPOKES = [
    (
        "Turkish Defence Ministry spokeswoman Sarah Connor said the drones were shot down.",
        ("Sarah Connor", "turkey-defence-ministry"),
    ),
    (
        "\"We did not fire,\" Colonel Juan Perez, a spokesman for the Armed Forces of Ukraine, told reporters.",
        ("Juan Perez", "ukraine-military"),
    ),
    (
        "President Erdogan's spokesman, Tomas Brandt, denied the report.",
        ("Tomas Brandt", "recep-tayyip-erdogan"),
    ),
    (
        "A spokesman for the ICRC, Ana Lopes, said aid trucks were blocked.",
        ("Ana Lopes", "icrc"),
    ),
    (
        "Nigerian army spokesman Brigadier General Ola Adeyemi said 40 militants were killed.",
        ("Ola Adeyemi", "nigeria-military"),
    ),
    (
        "Ethiopia's military denied it. Military spokesman Colonel Getachew Bekele called the claims false.",
        ("Getachew Bekele", "ethiopia-military"),
    ),
]


@pytest.mark.parametrize("text, expected", SPOKES)
def test_spokespersons(text, expected):
    matches = [m for m in find_actors(text) if m.via == "spokesperson"]
    assert [(m.text, m.actor.id) for m in matches] == [expected]


def test_generic_body_resolves_to_earlier_named_body():
    text = "The Israeli Defence Ministry issued a statement. Later ministry spokesman Dov Katz said it was false."
    matches = [m for m in find_actors(text) if m.via == "spokesperson"]
    assert [(m.text, m.actor.id) for m in matches] == [("Dov Katz", "israel-defence-ministry")]
    # without an antecedent in the text passed in, no body is invented
    assert [m for m in find_actors("Later ministry spokesman Dov Katz said it was false.") if m.via == "spokesperson"] == []


def test_no_person_invented_without_a_spokesman_pattern():
    assert found("Maria Lopez, a nurse, said the clinic was hit.") == []
    assert found("A spokesman for Hamas said talks had stalled.") == [("Hamas", "hamas", "name")]


def test_offsets_are_into_the_original_text():
    text = "Moscow’s envoy met the U.N.’s chief; “Amnesty” objected."
    matches = find_actors(text)
    assert [m.actor.id for m in matches] == ["russia", "united-nations", "amnesty-international"]
    for m in matches:
        assert text[m.start : m.end] == m.text


def test_matches_do_not_overlap_and_are_ordered():
    text = "The Syrian Observatory for Human Rights said Syrian government forces and Russian air force jets struck."
    matches = find_actors(text)
    assert [m.actor.id for m in matches] == ["sohr", "syria-military", "russia-military"]
    for a, b in zip(matches, matches[1:]):
        assert a.end <= b.start


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Kremlin", ["russia"]),
        ("russian federation", ["russia"]),
        ("  Russian   Federation ", ["russia"]),
        ("the Russian Federation", ["russia"]),
        ("isil", ["islamic-state"]),
        ("hrw", ["human-rights-watch"]),
        ("Doctors without Borders", ["msf"]),
        ("Moscow", ["russia"]),
        ("amnesty-international", ["amnesty-international"]),
        ("Atlantis", []),
    ],
)
def test_resolve_actor(name, expected):
    assert [a.id for a in resolve_actor(name)] == expected


def test_descendants_and_get_actor():
    russia = descendants("russia")
    assert {"russia", "russia-military", "russia-defence-ministry", "vladimir-putin", "sergei-shoigu"} <= russia
    assert "syria" not in russia
    assert "sergei-shoigu" in descendants("russia-defence-ministry")
    assert "ypg" in descendants("sdf")
    assert descendants("nowhere") == set()
    un = get_actor("united-nations")
    assert un is not None and un.type == "international" and "U.N." in un.aliases
    assert get_actor("ban-ki-moon").part_of == "united-nations"
    assert get_actor("donald-trump").part_of == "united-states"
    assert get_actor("ohchr").part_of == "united-nations"
    assert {"emmanuel-macron", "keir-starmer", "felix-tshisekedi"} <= descendants("france") | descendants(
        "united-kingdom") | descendants("dr-congo")
    assert get_actor("nowhere") is None


def test_data_file_is_sound():
    raw = json.loads((Path(actors_module.__file__).parent / "data" / "actors.json").read_text(encoding="utf-8"))
    entries = raw["actors"]
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids))
    states = [e for e in entries if e["type"] == "state"]
    assert len(states) >= 60
    for iso in ("US", "GB", "FR", "CN", "RU"):
        assert any(e["country"] == iso for e in states)
    for e in entries:
        assert e["type"] in actors_module.ACTOR_TYPES
        assert e["part_of"] is None or e["part_of"] in ids
        assert e["id"] == e["id"].lower() and " " not in e["id"]
    # no cycles in part_of
    parent = {e["id"]: e["part_of"] for e in entries}
    for start in ids:
        seen, node = set(), start
        while node is not None:
            assert node not in seen
            seen.add(node)
            node = parent[node]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body named in full, then by the head noun of its name
        ("The African Union Transition Mission in Somalia opened a base. The mission said it was ready.",
         ("The mission", "atmis")),
        ("Saudi-led coalition jets flew north. Two coalition strikes hit a bridge.",
         ("coalition", "saudi-led-coalition")),
        # the head noun must be in the earlier name as matched
        ("Amnesty International wrote to the agency on Monday.", None),
        # "the mission of ..." and "the Mission Alpha" introduce another body
        ("The UN Human Rights Monitoring Mission in Ukraine visited. The mission of the Red Cross followed.", None),
    ],
)
def test_definite_description_of_a_body_named_before(text, expected):
    later = [(m.text, m.actor.id) for m in find_actors(text)[1:] if m.text.lower().split()[-1] in
             ("mission", "coalition", "agency")]
    assert later == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text, expected",
    [
        # a head of government the list does not know speaks for the state the article is about
        ("KATHMANDU, Nepal - Nepal closed its border. Prime Minister Anil Sharma said the border "
         "would reopen. Sharma later flew to Delhi.",
         [("Prime Minister Anil Sharma", "nepal"), ("Sharma", "nepal")]),
        # a state named right before the title is the one he leads
        ("Talks with Kenya went on. Ugandan President Elias Mukasa said Uganda would sign.",
         [("President Elias Mukasa", "uganda")]),
        # "the government": the state named earlier in the sentence, else the article's state
        ("Chad closed the border, and Sudan said the government would reopen it.",
         [("the government", "sudan")]),
        ("Floods hit Malawi again. The government declared a disaster on Monday.",
         [("The government", "malawi")]),
        # written with a capital, or with what kind of government it is; not a name's first word
        ("Floods hit Malawi again. The Government and the rebels agreed a truce on Monday.",
         [("The Government", "malawi")]),
        ("Floods hit Malawi again. The interim authorities declared a disaster on Monday.",
         [("The interim authorities", "malawi")]),
        ("Floods hit Malawi again. Gunmen raided the Government Girls Secondary School.", []),
        # a state's ministry by its office, and "the ministry" after it
        ("Floods hit Malawi again. The Health Ministry counted 40 dead, and the ministry said more died.",
         [("The Health Ministry", "malawi"), ("the ministry", "malawi")]),
        ("Floods hit Malawi again. According to the federal Security Ministry's count, 40 died.",
         [("the federal Security Ministry", "malawi")]),
        # "the ministry" with no state ministry before it is no one
        ("Floods hit Malawi again. The ministry said 40 died.", []),
        # "the government of X" names another government
        ("Malawi said the government of President Elias Mukasa was to blame.",
         [("President Elias Mukasa", "malawi")]),
        # no state in the article, no state invented
        ("The government said the bridge would reopen.", []),
    ],
)
def test_heads_of_state_and_the_government(text, expected):
    got = [(m.text, m.actor.id) for m in find_actors(text)
           if m.via == "spokesperson" or m.text.lower().endswith(("government", "authorities", "ministry"))]
    assert got == expected


@pytest.mark.parametrize("text, state, expected", [
    # a minister by his office alone: his state, or its ministry where the list has it
    ("Two soldiers died near Pichari. The Interior Minister said on Sunday that the attack would be punished.",
     "peru", ("The Interior Minister", "peru")),
    ("Drones hit Kharkiv overnight. The Defence Minister said on Monday that more air defences were coming.",
     "ukraine", ("The Defence Minister", "ukraine-defence-ministry")),
])
def test_a_minister_named_by_his_office_speaks_for_the_state(text, state, expected):
    assert expected in [(m.text, m.actor.id) for m in find_actors(text, state)]


def test_a_presidential_council_speaks_for_its_state():
    text = "Fighting went on in Mostar. The Presidential Council said on Monday that it had ordered a ceasefire."
    assert [(m.text, m.actor.id) for m in find_actors(text, "bosnia")] == [
        ("The Presidential Council", "bosnia")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Myanmar said the vote would go ahead. Since then the security forces have killed 40 people.",
         ("the security forces", "myanmar-military")),
        ("Fighting between Nigeria and the rebels flared when government forces moved north.",
         ("government forces", "nigeria-military")),
        # an army spokesperson speaks for the army
        ("Congo's defence ministry did not reply, but an army spokesperson said abusers would be tried.",
         ("an army spokesperson", "dr-congo-military")),
        # the air force and the navy of the state the text is about
        ("Colombia's ELN lost seven men in February, when the air force bombed a camp.",
         ("the air force", "colombia-military")),
        # "its aircraft" after the army: the army's
        ("In Sudan, the army said its troops had repelled the assault. Its aircraft also bombed vehicles near Bara.",
         ("Its aircraft", "sudan-military")),
        # the army's aircraft that strike
        ("Niger's junta said army drones, among them TB2s, struck the retreating column.",
         ("army drones", "niger-military")),
        # ... with their models between
        ("Niger's junta said army Bayraktar Akinci and TB2 drones struck the column.",
         ("army Bayraktar Akinci and TB2 drones", "niger-military")),
    ],
)
def test_security_and_government_forces_are_the_states_military(text, expected):
    assert expected in [(m.text, m.actor.id) for m in find_actors(text)]


def test_an_army_aircraft_only_seen_is_no_actor():
    found = find_actors("Residents in Gao, Mali, said an army helicopter was seen overhead.")
    assert [m.actor.id for m in found] == ["mali"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The World Health Organization warned of cholera. Its director general spoke in Geneva on Monday.",
         [("Its director general", "who")]),
        ("UNICEF and the WHO met. Their envoy flew to Aden.", [("Their envoy", "unicef")]),
        # only at the head of a sentence, and not a person's
        ("Antonio Guterres spoke. Its chief was absent.", []),
        ("The WHO said the plan, and its director was absent.", []),
    ],
)
def test_its_chief_is_the_body_the_sentence_before_is_about(text, expected):
    assert [(m.text, m.actor.id) for m in find_actors(text) if m.via == "spokesperson"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state's armed forces named as such are its military, also in a list and with models
        ("US and British forces began air strikes.", [
            ("US", "united-states-military"), ("British forces", "united-kingdom-military")]),
        ("A US AC-130 gunship struck the hospital.", [("US AC-130 gunship", "united-states-military")]),
        ("Iraqi MiG-23 and Mirage jets dropped gas.", [("Iraqi MiG-23 and Mirage jets", "iraq-military")]),
        # and a drone's kind between them
        ("A Russian FPV drone hit a bus in Kherson.", [("Russian FPV drone", "russia-military")]),
        ("Iranian kamikaze drones struck a tanker.", [("Iranian kamikaze drones", "iran-military")]),
        # the state on an act or a weapon, and "US" as a subject, stay the state
        ("A US drone strike hit Kabul.", [("US", "united-states")]),
        ("A Russian drone attack hit Kyiv.", [("Russian", "russia")]),
        # ... but a strike of a state's service is the service's
        ("A Sudanese air force strike hit the market.", [("Sudanese air force", "sudan-military")]),
        ("The US said on Monday.", [("US", "united-states")]),
        # "an army drone strike": the military of the state named before
        ("Mali said the road was shut. On Monday an army drone strike hit a market.", [
            ("Mali", "mali"), ("an army", "mali-military")]),
        # "the same group": the armed group named last
        ("Boko Haram fighters raided Konduga. Residents blamed the same group for a second raid.", [
            ("Boko Haram", "boko-haram"), ("the same group", "boko-haram")]),
        # "the group": the armed group named last, past a state's forces, but not past a body of
        # another kind
        ("Boko Haram fighters raided Konduga, then fled from the Nigerian army. The group denied it.", [
            ("Boko Haram", "boko-haram"), ("Nigerian army", "nigeria-military"), ("The group", "boko-haram")]),
        ("Boko Haram fighters raided Konduga. Amnesty International said the group had burned homes.", [
            ("Boko Haram", "boko-haram"), ("Amnesty International", "amnesty-international")]),
        # a cartel, a gang or a militia by its kind, and "the group's" fighters
        ("Banners signed by the Santa Rosa de Lima cartel appeared. The local cartel has fought for years.", [
            ("Santa Rosa de Lima cartel", "santa-rosa-de-lima-cartel"), ("The local cartel", "santa-rosa-de-lima-cartel")]),
        ("Boko Haram fighters raided Konduga. The group's fighters also burned a school.", [
            ("Boko Haram", "boko-haram"), ("The group", "boko-haram")]),
        # soldiers who act, after a long "and ..." of others with them
        ("Mexico said little. Soldiers and National Guard officers searching for the attackers exchanged fire "
         "with gunmen.", [("Mexico", "mexico"), ("Soldiers", "mexico-military")]),
        # "the terrorist group", "the terrorist cell": the group named last
        ("Boko Haram raided Konduga. Troops killed four members of the terrorist cell near Bama.", [
            ("Boko Haram", "boko-haram"), ("the terrorist cell", "boko-haram")]),
        # "the faction": the group named last, unless the words after it say which one it is
        ("Boko Haram raided Konduga. The faction's deadliest raid came in May.", [
            ("Boko Haram", "boko-haram"), ("The faction", "boko-haram")]),
        ("The ELN fought on. Talks began with the faction led by alias Tigre.", [("ELN", "eln")]),
        # strikes named by the force that made them
        ("Fighting spread across Sudan. Military air strikes have killed 200 civilians in Darfur since May.", [
            ("Sudan", "sudan"), ("Military air strikes", "sudan-military")]),
        ("Fighting spread across Myanmar. Junta air and naval strikes have killed 30 civilians in Chin State.", [
            ("Myanmar", "myanmar"), ("Junta air and naval strikes", "myanmar-military")]),
        # soldiers of a corps
        ("Gunmen raided Jolo, Philippines. Marines and the gunmen clashed near Patikul.", [
            ("Philippines", "philippines"), ("Marines", "philippines-military")]),
        # soldiers who act, with an auxiliary; troops of a body named right before them are that body's
        ("Fighting went on in Chad. Troops have killed 40 militants since May.", [
            ("Chad", "chad"), ("Troops", "chad-military")]),
        ("Fighting went on in Mali. ECOWAS troops have fought the jihadists since 2013.", [
            ("Mali", "mali"), ("ECOWAS", "ecowas")]),
        # soldiers who track or pursue the attackers
        ("Gunmen raided Kalehe, Congo. The next day, soldiers tracked the attackers into the hills.", [
            ("Congo", "dr-congo"), ("soldiers", "dr-congo-military")]),
        ("Gunmen raided Kalehe, Congo. Troops pursuing the attackers killed two of them.", [
            ("Congo", "dr-congo"), ("Troops", "dr-congo-military")]),
    ],
)
def test_militaries_acts_and_the_same_group(text, expected):
    assert [(m.text, m.actor.id) for m in find_actors(text)] == expected


def test_the_government_of_an_article_that_names_only_places():
    text = "Police arrested a man in Cali. The government signed a deal with the rebels in 2016."
    assert [(m.text, m.actor.id) for m in find_actors(text)] == []
    assert [(m.text, m.actor.id) for m in find_actors(text, "colombia")] == [("The government", "colombia")]
    # a date after "in" is no capital: still the government of the article
    text = "Police arrested a man in Yala. The rebels signed a deal with the government in 2013."
    assert [(m.text, m.actor.id) for m in find_actors(text, "thailand")] == [("the government", "thailand")]


def test_the_army_of_the_story_not_of_a_mediator_named_last():
    text = ("Fighting raged in El Fasher. US envoy Jo Smith said talks could resume in Washington.\n"
            "The army said on Tuesday that it had repelled an assault.")
    assert ("The army", "sudan-military") in [(m.text, m.actor.id) for m in find_actors(text, "sudan")]
    # a military named just before is the one "the military" means
    text = ("Two soldiers were wounded, the Israeli military said.\n"
            "In a statement on Thursday, the military said its jets had hit both villages.")
    assert ("the military", "israel-military") in [(m.text, m.actor.id) for m in find_actors(text, "lebanon")]


def test_an_abbreviation_the_text_gives_a_name_stands_for_it():
    text = ("The Arakan Army (AA) launched an offensive on Monday. The AA has since taken two towns, and "
            "AA fighters hold the road.")
    assert [(m.text, m.actor.id) for m in find_actors(text)] == [
        ("Arakan Army", "arakan-army"), ("AA", "arakan-army"), ("AA", "arakan-army")]
    # not before it is given, nor without a name the list knows
    text = "AA patrols were seen. The Arakan Army (AA) launched an offensive. The ZZ Front (ZZF) said ZZF units fled."
    assert [(m.text, m.actor.id) for m in find_actors(text)] == [("Arakan Army", "arakan-army")]
    # a branch named in full after the group's name, whose initials the abbreviation is
    text = "Islamic State East Asia Province (ISEAP) fighters attacked Marawi. ISEAP gunmen later executed 12 traders."
    assert [(m.text, m.actor.id) for m in find_actors(text)] == [
        ("Islamic State", "islamic-state"), ("ISEAP", "islamic-state")]
    # (a branch the list names, with a country in its name, is the group, not the country)
    text = "Islamic State Mozambique Province fighters attacked Macomia."
    assert [(m.text, m.actor.id) for m in find_actors(text)] == [
        ("Islamic State Mozambique Province", "islamic-state")]
    # (not an abbreviation of other words: "JNIM fighters near Dori Market (DM)")
    text = "Islamic State fighters near Dori Market (DM) fled. DM traders returned."
    assert [m.actor.id for m in find_actors(text)] == ["islamic-state"]


def test_police_who_speak_or_act_are_the_police_of_the_articles_state():
    text = "Gunmen raided a bar in Gusau. Police said on Monday that 9 people died. A police spokesman later said 3 more died."
    got = [(m.text, m.actor.id) for m in find_actors(text, "nigeria")]
    assert got == [("Police", "nigeria-police"), ("A police spokesman", "nigeria-police")]
    # police harmed or blamed are named no such way, nor police of a state the list has no police for
    assert find_actors("Gunmen killed two police officers in Gusau.", "nigeria") == []
    assert find_actors("Police said 9 people died in Kano.", "chad") == []
    # a named officer in apposition speaks for the police too
    text = "The Kano police commander, Commissioner Salman Dogo Garba, said on Monday that 9 people died."
    assert [(m.text, m.actor.id) for m in find_actors(text, "nigeria")][:1] == [("police commander", "nigeria-police")]


def test_a_parent_that_says_what_kind_of_body_the_next_name_is_does_not_act():
    text = "The UN peacekeeping mission MONUSCO said on Sunday that it had sent a patrol."
    assert [m.actor.id for m in find_actors(text)] == ["monusco"]
    # the parent named on its own, or beside the other, stays
    assert [m.actor.id for m in find_actors("The UN and MONUSCO condemned the attack.")] == ["united-nations", "monusco"]
    assert [m.actor.id for m in find_actors("The UN said MONUSCO troops had left.")] == ["united-nations", "monusco"]


@pytest.mark.parametrize("text, state, expected", [
    ("Ukraine's General Staff rejected the claim today.", None, ("General Staff", "ukraine-military")),
    ("A military official today dismissed the group's claim as propaganda.", "pakistan",
     ("A military official", "pakistan-military")),
    ("Army officials said 12 soldiers died in the ambush.", "nigeria", ("Army officials", "nigeria-military")),
    # "the General Staff" after its article, and an army release's words for itself
    ("On 3 May, the General Staff denied that the convoy had been hit.", "mali", ("General Staff", "mali-military")),
    ("The Headquarters today wishes to debunk reports that the camp fell.", "nigeria",
     ("Headquarters", "nigeria-military")),
    ("The Division today categorically denies this claim.", "philippines", ("Division", "philippines-military")),
    ("In 2024, the Division neutralised 30 rebels across Samar.", "philippines", ("Division", "philippines-military")),
    ("Defence Headquarters said on Friday that 40 fighters surrendered.", "nigeria",
     ("Defence Headquarters", "nigeria-military")),
    # the army written with a capital, and a unit of it
    ("The Army's 9th Mountain Brigade said on Friday that two soldiers died.", "peru", ("The Army", "peru-military")),
    ("The Air Force bombed a camp near Puerto Asís on Friday.", "colombia", ("The Air Force", "colombia-military")),
    ("The Navy said on Friday that it had seized a boat.", "colombia", ("The Navy", "colombia-military")),
    # a numbered unit named alone, or by its commander
    ("The 2nd Mechanized Infantry (Magiting) Division said on Monday that troops had seized a camp.", "philippines",
     ("The 2nd Mechanized Infantry (Magiting) Division", "philippines-military")),
    ("The commander of the 12th Motorised Brigade, Colonel Ali Musa, said the road was open.", "chad",
     ("the 12th Motorised Brigade", "chad-military")),
    # a command named for the area it holds
    ("The Basra Operations Command said on Friday that two rockets fell near the airport.", "iraq",
     ("The Basra Operations Command", "iraq-military")),
    ("Two soldiers died near Tuao, the Northern Luzon Command (Nolcom) said on Monday.", "philippines",
     ("the Northern Luzon Command", "philippines-military")),
    ("Between May and June, the Joint Command recorded 12 attacks in the valley.", "ecuador",
     ("the Joint Command", "ecuador-military")),
    # the gendarmerie, a corps of the army
    ("Since March, the gendarmerie has recorded 31 kidnappings in the Mayo-Rey division.", "cameroon",
     ("the gendarmerie", "cameroon-military")),
])
def test_a_general_staff_or_a_military_official_speaks_for_the_military(text, state, expected):
    assert expected in [(m.text, m.actor.id) for m in find_actors(text, state)]


def test_a_gendarmerie_post_is_a_place_not_the_gendarmerie():
    assert find_actors("Gunmen attacked the gendarmerie post in Touboro.", "cameroon") == []


def test_a_numbered_unit_of_a_named_force_is_that_forces():
    text = "The 30th Brigade of the Popular Mobilization Forces repelled an attack near Tuz Khurmatu."
    assert {m.actor.id for m in find_actors(text, "iraq")} == {"popular-mobilization-forces"}


@pytest.mark.parametrize("text, expected", [
    ("GNU forces seized the group's headquarters in Abu Salim.", [("GNU forces", "libya-military")]),
    ("Clashes between forces of the Government of National Unity and the Radaa Deterrence Force.",
     [("forces of the Government of National Unity", "libya-military"), ("Radaa Deterrence Force", "radaa")]),
    ("Troops loyal to the GNU retook the airport.", [("Troops loyal to the GNU", "libya-military")]),
    ("Kyiv's forces shelled Donetsk.", [("Kyiv's forces", "ukraine-military")]),
    ("Azerbaijan's troops crossed the line.", [("Azerbaijan's troops", "azerbaijan-military")]),
])
def test_a_states_forces_named_by_its_name_or_capital_are_its_military(text, expected):
    assert [(m.text, m.actor.id) for m in find_actors(text)] == expected


def test_forces_named_after_a_person_or_aligned_with_a_state_are_not_its_military():
    assert "libya-military" not in [m.actor.id for m in find_actors("GNU-aligned forces clashed with Radaa.")]
    assert [m.actor.id for m in find_actors("Bashagha's forces shelled Tripoli.")] == []
    assert [m.actor.id for m in find_actors("Kyiv said its forces had withdrawn.")] == ["ukraine", "ukraine-military"]


@pytest.mark.parametrize("text, state, expected", [
    # the Foreign Office of the state the text is about
    ("Gunmen attacked a bus near Quetta. The Foreign Office said on Tuesday it had summoned the envoy.", "pakistan",
     "pakistan"),
    # Britain's in a text on Britain, or in London, or named as Britain's
    ("Protesters marched in Leeds. The Foreign Office said on Tuesday it would review the case.", "united-kingdom",
     "united-kingdom-foreign-office"),
    ("Gunmen attacked a bus near Quetta. The Foreign Office in London said it was aware of reports.", "pakistan",
     "united-kingdom-foreign-office"),
    ("Gunmen attacked a bus near Quetta. The British Foreign Office said it was aware of reports.", "pakistan",
     "united-kingdom-foreign-office"),
])
def test_the_foreign_office_is_the_one_of_the_texts_state(text, state, expected):
    assert [m.actor.id for m in find_actors(text, state) if "Office" in m.text] == [expected]


@pytest.mark.parametrize("text, state, expected", [
    # an army's press office that two states' armies have by that name: the one of the text's state
    ("Gunmen fired on a patrol near Rangamati. The ISPR said on Sunday that two soldiers were hurt.", "bangladesh",
     ["bangladesh-military"]),
    ("Gunmen fired on a patrol near Bannu. The Inter Services Public Relations said two soldiers were hurt.",
     "pakistan", ["pakistan-military"]),
])
def test_an_armys_press_office_is_the_one_of_the_texts_state(text, state, expected):
    assert [m.actor.id for m in find_actors(text, state)] == expected


def test_the_state_government_is_the_government_of_the_region_the_text_names():
    text = "Bandits killed 12 people in Zamfara on Monday. The state government said it had trained 1,500 guards."
    assert [(m.text, m.actor.id) for m in find_actors(text, "nigeria")] == [
        ("The state government", "zamfara-state-government")]
    # a region whose government the list lacks, or two regions that each have one: no one
    assert find_actors("Gunmen killed 27 people in Irapuato. The state government said it would investigate.") == []
    text = "Clashes spread from Zamfara to Guerrero, the state government said."
    assert [m.actor.id for m in find_actors(text) if "government" in m.text] == []


def test_a_groups_military_spokesman_speaks_for_the_group():
    text = "A Houthi military spokesman denied on Tuesday that the group had fired on homes in Taiz."
    assert [m.actor.id for m in find_actors(text, "yemen")] == ["houthis", "houthis"]
    assert [m.actor.id for m in find_actors("A military spokesman said on Monday.", "yemen")] == ["yemen-military"]


def test_the_ministry_after_a_ministry_of_the_state_is_that_ministry():
    text = ("On Monday, soldiers clashed with AAKG fighters near Zemio, according to the Ministry of Defence. "
            "Yesterday, the Ministry denied reports that soldiers had executed captives.")
    assert ("the Ministry", "central-african-republic") in [
        (m.text, m.actor.id) for m in find_actors(text, "central-african-republic")]


def test_the_un_mission_is_the_un_mission_named_before():
    text = ("In its quarterly update, UNAMA said it had documented 24 killings. The UN mission has recorded more "
            "than 200 such killings since August 2021.")
    assert [(m.text, m.actor.id) for m in find_actors(text)] == [("UNAMA", "unama"), ("UN mission", "unama")]
    # none named before, or the UN alone: the UN
    assert [m.actor.id for m in find_actors("The UN mission has recorded 200 killings.")] == ["united-nations"]
    assert [m.actor.id for m in find_actors("UNMISS said on Monday. The UN said on Tuesday.")] == [
        "unmiss", "united-nations"]


def test_military_officials_who_are_counted_are_no_speakers():
    assert find_actors("Gunmen killed two army officials in Kano.", "nigeria") == []


def test_a_command_or_division_named_in_full_is_not_the_armys_word_for_itself():
    # a police command, a division that is no subject of saying, a division of a ministry
    assert [m.actor.id for m in find_actors("The Kaduna State Police Command said on Monday that 4 died.", "nigeria")
            ] == ["nigeria-police"]
    assert find_actors("The Division of Labour Relations said on Monday it would look into it.", "philippines") == []
    assert find_actors("He joined the Division in 2019.", "philippines") == []


def test_a_pronoun_that_speaks_is_the_previous_sentences_subject():
    text = ("On 13 April, the RSF announced that its fighters had taken the camp. "
            "The next day, it denied that its forces had harmed civilians.")
    assert ("it", "rsf") in [(m.text, m.actor.id) for m in find_actors(text)]
    text = ("Major Ali Hassan, the Sudanese army's spokesman, said on Sunday that the attack was revenge. "
            "He denied the same day that troops had been slow to respond.")
    assert ("He", "sudan-military") in [(m.text, m.actor.id) for m in find_actors(text)]
    # who signs, signs for his side
    text = ("Somalia's president flew to Nairobi on Monday. He signed the border accord there on Tuesday.")
    assert ("He", "somalia") in [(m.text, m.actor.id) for m in find_actors(text)]
    # "it" is no person's word, and a pronoun that does not speak is no actor
    text = "President Ruto spoke on Monday. It rained on Tuesday, and it said nothing."
    assert [m.text for m in find_actors(text)] == ["Ruto"]


def test_an_aide_speaks_for_the_state_not_as_the_leader_he_advises():
    text = "Hikmet Hajiyev, foreign policy adviser to President Aliyev, today denied the reports."
    assert [(m.text, m.actor.id) for m in find_actors(text)] == [("Aliyev", "azerbaijan")]
    assert [m.actor.id for m in find_actors("President Aliyev today denied the reports.")] == ["ilham-aliyev"]


def test_the_government_pattern_needs_a_word_boundary_before_the():
    from service.extract.actors import _GOVERNMENT

    text = "Blythe government critics met. The government said; the Ministry of Health and the Head of State agreed."
    assert [m.group() for m in _GOVERNMENT.finditer(text)] == [
        "The government", "the Ministry of Health", "the Head of State"]


@pytest.mark.parametrize("text, unit, group", [
    ("Police said the bomber worked for the Carlos Patiño front, a faction of the FARC dissidents. Officials "
     "blamed the Carlos Patiño front for two earlier attacks.", "Carlos Patiño front", "farc"),
    ("Katiba Serma, a unit of JNIM, ambushed the convoy near Boni. Katiba Serma later said it held two drivers.",
     "Katiba Serma", "jnim"),
    ("The Frente de Guerra Oriental Bloc, an armed wing of the ELN, denied the kidnapping.",
     "Frente de Guerra Oriental Bloc", "eln"),
])
def test_a_unit_made_part_of_a_known_group_is_that_group_wherever_named(text, unit, group):
    found = [(a.text, a.actor.id) for a in find_actors(text)]
    assert found.count((unit, group)) == text.count(unit)


def test_a_unit_of_an_unknown_group_or_a_coalition_is_no_actor():
    assert [a.text for a in find_actors("The Northern Front, a faction of the rebels, attacked the town.")] == []
    assert [(a.text, a.actor.id) for a in find_actors("The Popular Front, a coalition of the ELN and others, met.")] \
        == [("ELN", "eln")]


def test_officers_the_police_tell_of_are_the_polices():
    text = "Gangs attacked Gonaïves. Police said today that officers had arrested five gang members in raids overnight."
    assert [(a.text, a.actor.id) for a in find_actors(text, "haiti")] == [("Police", "haiti-police"),
                                                                          ("officers", "haiti-police")]


def test_police_who_fight_beside_others_and_a_contingent_of_a_mission():
    text = ("Gangs attacked Port-au-Prince. Police and Kenyan officers of the Multinational Security Support "
            "(MSS) mission killed four gang members near the hospital. Last month, police and armed residents "
            "killed 28 suspected gang members. Kenyan troops arrived in June.")
    found = [(a.text, a.actor.id) for a in find_actors(text, "haiti")]
    assert found == [("Police", "haiti-police"), ("Multinational Security Support", "mss-haiti"),
                     ("police", "haiti-police"), ("Kenyan troops", "kenya-military")]


def test_a_government_spokesman_speaks_for_the_state_of_the_sentence():
    found = [(a.text, a.actor.id) for a in find_actors("In Haiti, a government spokesman denied the report.")]
    assert found == [("Haiti", "haiti"), ("a government spokesman", "haiti")]
    # a ministry's spokesman, named by the ministry without the article
    found = [(a.text, a.actor.id) for a in find_actors("In Iraq, an Interior Ministry spokesman denied the report.")]
    assert found == [("Iraq", "iraq"), ("an Interior Ministry spokesman", "iraq")]
    found = [(a.text, a.actor.id) for a in find_actors("In Ukraine, a Defence Ministry official denied the report.")]
    assert found == [("Ukraine", "ukraine"), ("a Defence Ministry official", "ukraine-defence-ministry")]


def test_the_pakistan_army_is_the_military_and_a_fighting_they_is_who_was_named_before():
    text = ("Troops of the Pakistan Army cordoned off the area on Sunday. The next day, in an operation in the "
            "hills west of Surab, they killed 11 militants. Residents said they heard gunfire.")
    found = [(a.text, a.actor.id) for a in find_actors(text, "pakistan")]
    assert found == [("Pakistan Army", "pakistan-military"), ("they", "pakistan-military")]


def test_a_fighting_they_takes_the_doer_named_before_it_in_its_sentence():
    text = "Al-Shabaab fighters surrounded the base at dawn, and they attacked it from three sides."
    found = [(a.text, a.actor.id) for a in find_actors(text, "somalia")]
    assert found[-1] == ("they", "al-shabaab")


def test_a_states_peacekeepers_are_its_military():
    found = [(a.text, a.actor.id) for a in find_actors("Russian peacekeepers say they are sheltering 5,000 people.")]
    assert found == [("Russian peacekeepers", "russia-military")]


def test_an_abbreviation_with_a_last_small_letter_is_learned():
    text = ("JNIM attacked positions of the Malian Armed Forces (FAMa) in Kayes. On Tuesday evening, FAMa "
            "aircraft struck a column of fighters.")
    assert [(a.text, a.actor.id) for a in find_actors(text, "mali")] == [
        ("JNIM", "jnim"), ("Malian Armed Forces", "mali-military"), ("FAMa", "mali-military")]


@pytest.mark.parametrize("text, expected", [
    ("Thanks to the swift reaction of our forces, all the attacks were repelled.", [("our forces", "mali-military")]),
    ("On 20 March, our security forces killed eight attackers.", [("our security forces", "mali-military")]),
    # someone else's words
    ("\"Our forces will not retreat,\" the rebel commander said.", []),
])
def test_our_forces_in_a_states_own_words_are_its_military(text, expected):
    assert [(a.text, a.actor.id) for a in find_actors(text, "mali")] == expected


@pytest.mark.parametrize("text, expected", [
    ("The Benue State Police Command said yesterday that its teams had engaged the attackers.",
     [("The Benue State Police Command", "nigeria-police")]),
    ("Police in Benue State said on Monday that 43 bodies had been recovered.", [("Police", "nigeria-police")]),
])
def test_a_states_police_command_and_police_in_a_place(text, expected):
    assert [(a.text, a.actor.id) for a in find_actors(text, "nigeria")] == expected


def test_its_deadliest_attack_is_the_groups_named_before():
    text = ("Al-Shabaab fighters attacked a base on Monday.\n\nThe group, which is linked to al-Qaeda, has kept "
            "up attacks in Mogadishu. Its deadliest, twin car bombings in October 2022, killed at least 121 people.")
    found = [(a.text, a.actor.id) for a in find_actors(text, "somalia")]
    assert found[-1] == ("Its", "al-shabaab")


@pytest.mark.parametrize("text, expected", [
    # the present of chronologies, army troops, junta forces
    ("Jan. 11 – Army troops retake Wad Medani.", [("Army troops", "sudan-military")]),
    ("March 21 – Soldiers recapture the Republican Palace.", [("Soldiers", "sudan-military")]),
    ("Last month, junta warships shelled fishing hamlets south of Kyaukpyu.", [("junta warships", "myanmar-military")]),
    # a year before "soldiers" is a date's, not a count of them
    ("According to the judgment, on 15 August 2003 soldiers and militiamen attacked villages.",
     [("soldiers", "sudan-military")]),
])
def test_generic_forces_of_the_state_the_text_is_about(text, expected):
    state = "myanmar" if "junta" in text else "sudan"
    assert [(a.text, a.actor.id) for a in find_actors(text, state)] == expected


def test_the_group_far_from_the_one_armed_group_named():
    filler = "Residents said the roads were cut and the markets closed for days. " * 12
    text = ("Islamic State fighters raided Mocimboa da Praia on Monday. " + filler
            + "In Chiure district, the group beheaded two farmers.")
    assert [(a.text, a.actor.id) for a in find_actors(text, "mozambique")][-1] == ("the group", "islamic-state")
    # ... not when two armed groups have been named
    text = "Islamic State fighters raided Mocimboa da Praia. Al-Shabaab fighters attacked Beledweyne. " + filler \
        + "In Chiure district, the group beheaded two farmers."
    assert "the group" not in [a.text for a in find_actors(text, "mozambique")]


def test_its_fighters_are_the_groups_named_before():
    text = ("The Allied Democratic Forces (ADF) have attacked villages in Ituri for years.\n\nEarlier this month, "
            "its fighters killed at least 20 people in raids along the road to Mambasa.")
    assert [(a.text, a.actor.id) for a in find_actors(text, "dr-congo")][-1] == ("its fighters", "adf")


@pytest.mark.parametrize("text, expected", [
    # a state's service written small
    ("A Myanmar air force jet bombed the camp.", [("Myanmar air force", "myanmar-military")]),
    # the text's own abbreviation wins over the list's reading of it
    ("Reporters Without Borders (RSF) said 12 journalists had been killed. RSF called for an inquiry.",
     [("Reporters Without Borders", "rsf-reporters"), ("RSF", "rsf-reporters"), ("RSF", "rsf-reporters")]),
    ("The army fought the Rapid Support Forces (RSF) in Khartoum. The RSF denied it.",
     [("Rapid Support Forces", "rsf"), ("RSF", "rsf"), ("RSF", "rsf")]),
])
def test_services_and_abbreviations(text, expected):
    assert [(a.text, a.actor.id) for a in find_actors(text)][-len(expected):] == expected


def test_the_army_under_a_heading_that_names_a_country_is_that_countrys():
    text = ("KENYA\n\n- A roadside bomb hit a police vehicle outside El Wak, in Mandera County, Kenya.\n\n"
            "PAKISTAN: KURRAM\n\n- On January 20, the army launched an operation against the militants.")
    assert [(a.text, a.actor.id) for a in find_actors(text, "kenya")][-1] == ("the army", "pakistan-military")


@pytest.mark.parametrize("text, expected", [
    # a state's guards of its border are its military, as ACLED codes them
    ("Uzbek border guards fired on a Kyrgyz patrol.", [("Uzbek border guards", "uzbekistan-military"),
                                                        ("Kyrgyz", "kyrgyzstan")]),
    ("Tajikistan's Border Service said its post had come under fire.", [
        ("Tajikistan's Border Service", "tajikistan-military")]),
    # (a militia the army backs is not the army)
    ("Fighters overran a post of Burkina Faso's army-backed militia.", [("Burkina Faso", "burkina-faso")]),
])
def test_border_guards_are_the_states_military(text, expected):
    assert [(a.text, a.actor.id) for a in find_actors(text)] == expected


@pytest.mark.parametrize("heading", ["CENTRAL AMERICA SECURITY MONITOR", "LATIN AMERICA: WEEK IN REVIEW"])
def test_a_part_of_the_american_continent_is_no_state(heading):
    # a newsletter's masthead names a region, not the United States: the army is the country's of the text
    text = f"{heading}\n\nOn Friday, soldiers retook the prison in Comayagua, Honduras, the army said."
    assert [(a.text, a.actor.id) for a in find_actors(text, "honduras")] == [
        ("soldiers", "honduras-military"), ("Honduras", "honduras"), ("the army", "honduras-military")]
    assert [a.actor.id for a in find_actors("South America's largest army is Brazil's.")] == ["brazil"]


def test_the_police_under_a_heading_that_names_a_country_are_that_countrys():
    text = ("[BURKINA FASO - VO]\nANCHOR: Jihadists attacked a convoy near Djibo, Burkina Faso.\n"
            "[HAITI - PKG]\nANCHOR: Police say officers fought gang members in Carrefour this morning.")
    assert [(a.text, a.actor.id) for a in find_actors(text, "burkina-faso")][-2:] == [
        ("Police", "haiti-police"), ("officers", "haiti-police")]


def test_extremists_and_insurgents_are_the_one_armed_group_the_text_names():
    text = ("The army is fighting the armed groups that call themselves Fano in the Amhara region. "
            "On 18 November, extremists tried to enter the town of Merawi. Two days later, an extremist unit "
            "ambushed buses near Bure.")
    assert [(a.text, a.actor.id) for a in find_actors(text)][-2:] == [("extremists", "fano"), ("extremist", "fano")]
    # two groups named: no telling which
    text = "Al-Shabaab and the Islamic State have both fought the army. On 18 November, militants attacked a post."
    assert "militants" not in [a.text for a in find_actors(text)]
    # before any group is named: nobody yet
    text = "Militants attacked a police post on Monday. Al-Shabaab claimed the attack."
    assert [a.text for a in find_actors(text)] == ["Al-Shabaab"]
    # "the fighters" named again; fighters counted without the article are not named again
    text = ("Boko Haram raided two villages near Gwoza. Residents said the fighters came at night. "
            "Twelve fighters were killed.")
    assert [(a.text, a.actor.id) for a in find_actors(text)] == [("Boko Haram", "boko-haram"), ("fighters", "boko-haram")]
    text = "Boko Haram raided two villages near Gwoza. On Sunday, assailants attacked a post in Pulka."
    assert [(a.text, a.actor.id) for a in find_actors(text)] == [("Boko Haram", "boko-haram"),
                                                                 ("assailants", "boko-haram")]


def test_a_militant_group_is_another_group():
    text = ("The TTP claimed the attack on Monday. On 4 March, a little-known militant group bombed the cantonment.")
    assert [a.actor.id for a in find_actors(text)] == ["ttp"]


@pytest.mark.parametrize("text, expected", [
    ("FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA\nMINISTRY OF DEFENCE\n\nPRESS RELEASE\n\n"
     "The Ministry today categorically rejects these allegations.", "ethiopia"),
    ("Ethiopia's Ministry of Defence issued a statement. The Ministry today rejects these allegations.", "ethiopia"),
    # a ministry named with no state of its own (an attack's target) gives "the ministry" to no one
    ("Twin car bombs in Somalia hit the education ministry. Al-Shabaab said the ministry was an enemy base.", None),
])
def test_the_ministry_speaks_for_the_state_whose_ministry_was_named(text, expected):
    found = {a.text: a.actor.id for a in find_actors(text)}
    assert found.get("The Ministry", found.get("the ministry")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Troops of the Army and the Assam Rifles rushed to the area.", [("Assam Rifles", "india-military")]),
    ("At least 260 people have been killed in Manipur, according to the Union home ministry.",
     [("the Union home ministry", "india")]),
])
def test_indian_forces_and_ministries(text, expected):
    assert [(a.text, a.actor.id) for a in find_actors(text, "india")][-len(expected):] == expected


@pytest.mark.parametrize("text, place_state, expected", [
    ("Since then, Israeli strikes have killed more than 400 people in Lebanon, according to the health ministry.",
     "lebanon", ("the health ministry", "lebanon")),
    ("Police figures show 46 attacks on security forces in Cauca between January and June.",
     "colombia", ("Police figures", "colombia")),
    ("In June, shelling killed at least 40 people across Gaza governorate, according to Health Ministry figures.",
     "palestine", ("Health Ministry figures", "palestine")),
    # a ministry some states call a secretariat
    ("According to the Security Secretariat, 1,200 people were murdered in Guanajuato since January.",
     "mexico", ("the Security Secretariat", "mexico")),
    ("Health Minister Firass Abiad says Israeli strikes have killed 558 people since Monday morning.",
     "lebanon", ("Health Minister Firass Abiad", "lebanon")),
    # in a text of sections, the section's country
    ("MEXICO\nThe cartel war goes on.\n\nECUADOR\nAt least 62 inmates have been killed in prison riots, "
     "according to government figures.", "mexico", ("government figures", "ecuador")),
])
def test_a_country_counts_its_own_dead(text, place_state, expected):
    assert expected in [(a.text, a.actor.id) for a in find_actors(text, place_state)]


def test_soldiers_under_a_later_heading_are_that_countrys():
    text = ("COLOMBIA\nELN guerrillas fought dissidents around Tibu, the army said on Nov. 13.\n\n"
            "MEXICO\nThe next day, soldiers exchanged fire with gunmen in Navolato, killing four.")
    assert [(a.text, a.actor.id) for a in find_actors(text)][-1] == ("soldiers", "mexico-military")


def test_the_group_is_not_one_named_among_the_dead():
    text = ("On 11 May, hundreds of JNIM fighters overran the army base in Djibo; more than 100 people were killed, "
            "most of them soldiers and VDP militiamen. The next day, the group stormed a military post in Diapaga.")
    assert [(a.text, a.actor.id) for a in find_actors(text)][-1] == ("the group", "jnim")


def test_the_government_of_a_section_is_the_sections_country():
    text = ("ECUADOR\nPrison riots went on.\n\nMEXICO\nMore than 1,800 people have been murdered in Sinaloa since "
            "September 2024, according to the federal Security Ministry.")
    assert ("the federal Security Ministry", "mexico") in [(a.text, a.actor.id) for a in find_actors(text, "ecuador")]


@pytest.mark.parametrize("text, expected", [
    # a state's service named before the state
    ("Troops of the Armed Forces of the Philippines (AFP) clashed with the group; AFP units then withdrew.",
     [("Armed Forces of the Philippines", "philippines-military"), ("AFP", "philippines-military"),
      ("AFP", "philippines-military")]),
    ("The Defence Forces of Ukraine said the strike hit a depot.", [("Defence Forces of Ukraine", "ukraine-military")]),
    # and after it, in the singular
    ("Nine fighters were killed, the Rwanda Defence Force said.", [("Rwanda Defence Force", "rwanda-military")]),
])
def test_a_states_armed_service_by_its_proper_name(text, expected):
    assert [(a.text, a.actor.id) for a in find_actors(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the text's own abbreviation of a name the list lacks: not the list's ADF (Allied Democratic Forces)
    ("The Anglophone Defence Forces (ADF), a separatist group, denied it. The ADF said none of its men died.", []),
    # (and a name the list knows takes its abbreviation with it)
    ("The Ambazonia Defence Forces (ADF), a separatist group, denied it. The ADF said none of its men died.",
     [("Ambazonia Defence Forces", "ambazonian-separatists"), ("ADF", "ambazonian-separatists"),
      ("ADF", "ambazonian-separatists")]),
    # before the text defines it, the list's reading holds; and a name it knows keeps its abbreviation
    ("ADF rebels killed 40 people in Beni. The Allied Democratic Forces (ADF) denied it.",
     [("ADF", "adf"), ("Allied Democratic Forces", "adf"), ("ADF", "adf")]),
    # brackets that hold no initials of the name before them block nothing
    ("Fighters of the ADF attacked Oicha, Radio Okapi (RTNC) said. The ADF denied it.", [("ADF", "adf"), ("ADF", "adf")]),
])
def test_an_abbreviation_the_text_gives_an_unknown_name_is_not_the_lists(text, expected):
    assert [(a.text, a.actor.id) for a in find_actors(text)] == expected


def test_troops_named_with_their_unit_before_a_verb_no_victim_takes_are_the_states_forces():
    text = ("Troops of Operation Hadin Kai engaged the attackers near Gajiram. The troops repelled the attack. "
            "Later, troops of 5 Brigade, supported by the Air Component, retook the base. "
            "On Monday, troops of 21 Special Armoured Brigade raided an enclave near Konduga. "
            "The soldiers killed in the attack were buried on Friday.")
    found = [(a.text, a.actor.id) for a in find_actors(text, place_state="nigeria")]
    assert found == [("Troops of Operation Hadin Kai", "nigeria-military"), ("The troops", "nigeria-military"),
                     ("troops of 5 Brigade", "nigeria-military"), ("the Air Component", "nigeria-military"),
                     ("troops of 21 Special Armoured Brigade", "nigeria-military")]


@pytest.mark.parametrize("text, expected", [
    # the state's ministry, when the list has it, for "the Defence Ministry" of the text's state
    ("In a statement issued today, the Defence Ministry denied that its troops had been involved.",
     [("the Defence Ministry", "syria-defence-ministry")]),
    ("The foreign ministry summoned the ambassador.", [("The foreign ministry", "syria-foreign-ministry")]),
    # another ministry speaks for the state
    ("The interior ministry said order had been restored.", [("The interior ministry", "syria")]),
])
def test_a_defence_or_foreign_ministry_of_the_texts_state(text, expected):
    assert [(a.text, a.actor.id) for a in find_actors(text, place_state="syria")] == expected


def test_it_now_says_is_the_body_of_the_sentence_before():
    text = ("The Syrian Observatory for Human Rights, a war monitor, has raised its toll again. It now says at "
            "least 143 people have been killed.")
    assert [(a.text, a.actor.id) for a in find_actors(text)][-1] == ("It", "sohr")


def test_the_group_a_name_is_an_affiliate_of_is_not_named_as_an_actor():
    text = "JNIM, al-Qaeda's Sahel affiliate, claimed both attacks. Al-Qaeda's leader praised them."
    assert [(a.text, a.actor.id) for a in find_actors(text)] == [("JNIM", "jnim"), ("Al-Qaeda", "al-qaeda")]
    text = "JNIM, al-Qaeda's affiliate in the Sahel, claimed the attack."
    assert [(a.text, a.actor.id) for a in find_actors(text)] == [("JNIM", "jnim")]


@pytest.mark.parametrize("text, expected", [
    # insurgents linked to a group are its fighters; a group linked to it is another one
    ("On 3 March, Islamic State-linked insurgents killed four farmers.",
     [("Islamic State", "islamic-state"), ("insurgents", "islamic-state")]),
    ("An Islamic State-linked group claimed the attack.", []),
    # the junta's jet and its air strikes are its military's
    ("Earlier this week, a junta jet bombed a village. Junta air strikes killed 143 civilians in February.",
     [("junta jet", "myanmar-military"), ("Junta air strikes", "myanmar-military")]),
])
def test_linked_insurgents_and_the_juntas_aircraft(text, expected):
    assert [(a.text, a.actor.id) for a in find_actors(text, place_state="myanmar")] == expected


@pytest.mark.parametrize("text, place_state, expected", [
    # the clipped style of a tracker: a regime's strike, jets and spokesperson, no article
    ("Regime air strike 9 Jan hit monastery; junta spokesperson Maj-Gen Zaw Min Tun 13 Jan denied it.", "myanmar",
     [("Regime air strike", "myanmar-military"), ("junta spokesperson", "myanmar-military")]),
    ("The regime's jets bombed Namhkam on 7 January.", "myanmar", [("The regime", "myanmar-military")]),
    # (a regime by its leader's name is the state, as the list has it; its forces are its military)
    ("The Assad regime said on Monday that it had won.", "syria", [("Assad regime", "syria")]),
    ("The Assad regime's forces shelled Idlib.", "syria", [("Assad regime's forces", "syria-military")]),
    # defence forces, and defence and security forces, are the military of the text's state
    ("On Friday, the defence forces freed 11 of the hostages.", "cameroon", [("the defence forces", "cameroon-military")]),
    ("The defence and security forces repelled the attack.", "burkina-faso",
     [("The defence and security forces", "burkina-faso-military")]),
    # (a group whose name ends in "Defence Forces" is that group, not an army)
    ("The Southern Cameroons Defence Forces denied it.", "cameroon", []),
    ("The Ambazonia Defence Forces denied it.", "cameroon", [("Ambazonia Defence Forces", "ambazonian-separatists")]),
    # a government's aircraft are its military's; its spokesman speaks for the state
    ("Government aircraft dropped bombs on villages around Nasir. A government spokesman denied it.", "south-sudan",
     [("Government aircraft", "south-sudan-military"), ("A government spokesman", "south-sudan")]),
    # troops who return fire fight; Cameroon's Rapid Intervention Battalion is its army's
    ("A BIR patrol came under fire. The troops returned fire.", "cameroon",
     [("BIR", "cameroon-military"), ("The troops", "cameroon-military")]),
])
def test_a_regime_a_junta_and_defence_forces_are_the_military(text, place_state, expected):
    assert [(a.text, a.actor.id) for a in find_actors(text, place_state=place_state)] == expected


def test_is_names_the_islamic_state_but_not_in_a_line_of_capitals():
    assert [(a.text, a.actor.id) for a in find_actors("IS claimed the attack. Security officials blamed IS.")] == [
        ("IS", "islamic-state"), ("IS", "islamic-state")]
    assert find_actors("THE VIOLENCE IS RISING IN THE NORTH") == []


def test_a_states_defence_and_security_forces_and_its_own_forces_in_a_text_naming_two():
    text = ("REPUBLIC OF MOZAMBIQUE\nMINISTRY OF NATIONAL DEFENCE\n\nThe Defence and Security Forces (FDS), operating "
            "jointly with the Rwanda Security Forces (RSF), continue their operations. A joint FDS-RSF patrol "
            "repelled an ambush. Our forces pursued the attackers.")
    found = [(a.text, a.actor.id) for a in find_actors(text, place_state="mozambique")]
    assert ("The Defence and Security Forces", "mozambique-military") in found
    assert ("Rwanda Security Forces", "rwanda-military") in found
    assert ("Our forces", "mozambique-military") in found
    assert ("FDS", "mozambique-military") in found and ("RSF", "rwanda-military") in found


def test_terrorists_are_the_one_group_named_only_where_they_act():
    text = ("Fighters of the Islamic State attacked Mbau. On Friday, terrorists attacked the village of Chai. "
            "On Monday, aircraft struck a column of fleeing terrorists, and troops killed 14 terrorists.")
    assert [(a.text, a.actor.id) for a in find_actors(text, place_state="mozambique")] == [
        ("Islamic State", "islamic-state"), ("terrorists", "islamic-state"), ("troops", "mozambique-military")]


def test_the_body_in_the_description_of_one_of_its_parts_is_not_named_as_an_actor():
    text = "MONUSCO, the UN peacekeeping mission, said earlier this month that 64 civilians had been killed."
    assert [(a.text, a.actor.id) for a in find_actors(text)] == [("MONUSCO", "monusco")]
    assert [a.actor.id for a in find_actors("The UN said MONUSCO would leave.")] == ["united-nations", "monusco"]


@pytest.mark.parametrize("text, expected", [
    # a person's origin and the country of a diaspora
    ("In July 2025, settlers beat a 20-year-old Palestinian-American to death.", []),
    # a group of the country, not its state
    ("Drones launched by Sudan's paramilitary Rapid Support Forces (RSF) struck the market.",
     [("Rapid Support Forces", "rsf"), ("RSF", "rsf")]),
    ("Sudan's army retook the town.", [("Sudan's army", "sudan-military")]),
])
def test_a_nationality_of_origin_and_a_countrys_paramilitary_name_no_state(text, expected):
    assert [(a.text, a.actor.id) for a in find_actors(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # armed groups of the list's newer entries, by name, alias and abbreviation
    ("Maoists ambushed a police patrol near Sukma.", [("Maoists", "cpi-maoist")]),
    ("The CPI (Maoist) denied that its cadres killed the villager.", [("CPI (Maoist)", "cpi-maoist")]),
    ("TNLA fighters withdrew from Mogok.", [("TNLA", "tnla")]),
    ("The Libyan National Army said its aircraft had struck a convoy.", [("Libyan National Army", "libyan-national-army")]),
    ("CJTF members repelled the raid on Konduga.", [("CJTF", "cjtf")]),
    ("Anti-balaka militiamen looted the market.", [("Anti-balaka", "anti-balaka")]),
    ("ISKP claimed the bombing.", [("ISKP", "islamic-state")]),
    # (a file format is no armed group: PDF alone is not the People's Defence Forces)
    ("The report is available as a PDF.", []),
])
def test_armed_groups_of_the_list(text, expected):
    assert [(m.text, m.actor.id) for m in find_actors(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Iran's own English name for its Guards
    ("The Islamic Revolution Guards Corps said it had struck the camp.", [("Islamic Revolution Guards Corps", "irgc")]),
    # a leader by his rank and surname, as the press names him
    ("Captain Traoré dissolved the government on Friday.", [("Captain Traoré", "ibrahim-traore")]),
])
def test_other_names_of_forces_and_leaders_of_the_list(text, expected):
    assert [(m.text, m.actor.id) for m in find_actors(text)] == expected


def test_a_name_that_only_describes_a_place_still_defines_its_abbreviation():
    # who holds the areas describes them; the abbreviation it gives names the group later on
    text = ("Monitors documented incidents in areas held by the Syrian Democratic Forces (SDF) east of the "
            "river. On Tuesday, gunmen attacked an SDF checkpoint.")
    assert [m.actor.id for m in find_actors(text) if m.start > text.index("river")] == ["sdf"]


@pytest.mark.parametrize("text, state, expected", [
    # a region's governor or commissioner speaks for the state that governs it
    ("The regional governor said three people were killed in Odesa.", "ukraine",
     [("The regional governor", "ukraine")]),
    ("The governor of Arauca said the department was living an emergency.", "colombia",
     [("The governor of Arauca", "colombia")]),
    ("Mandera County Commissioner Ali Hassan ordered a curfew.", "kenya",
     [("Mandera County Commissioner Ali Hassan", "kenya")]),
    ("Three people were killed, regional governor Oleh Syniehubov said.", "ukraine",
     [("regional governor Oleh Syniehubov", "ukraine")]),
    ("Since 2022, 2,100 civilians were killed in the region, according to the regional prosecutor's office.",
     "ukraine", [("the regional prosecutor's office", "ukraine")]),
    # (the region's name before "'s" is left to the places)
    ("Kharkiv's governor said two people were killed.", "ukraine", [("governor", "ukraine")]),
    # named by the level of the area they run
    ("The state governor announced a curfew in Rumbek.", "south-sudan", [("The state governor", "south-sudan")]),
    ("Eleven people were killed in Yei, the county commissioner told reporters.", "south-sudan",
     [("the county commissioner", "south-sudan")]),
    ("The district administrator said the insurgents had withdrawn from Mueda.", "mozambique",
     [("The district administrator", "mozambique")]),
    ("The Governor of the Littoral region banned motorbikes at night.", "cameroon",
     [("The Governor of the Littoral", "cameroon")]),
    ("The governor of the region, Colonel Abdoulaye Maïga, announced a ban on pick-up trucks.", "mali",
     [("The governor of the region", "mali")]),
    ("The administrator of Fizi territory confirmed the toll.", "dr-congo",
     [("The administrator of Fizi territory", "dr-congo")]),
    # and the office they head
    ("Shelling has killed 40 civilians in the Sumy region since March, according to the regional military "
     "administration.", "ukraine", [("the regional military administration", "ukraine")]),
    # a region with a government of its own in the list: that government
    ("The governor of Norte de Santander said the talks had failed.", "colombia",
     [("The governor of Norte de Santander", "norte-de-santander-government")]),
])
def test_a_regions_official_speaks_for_its_state(text, state, expected):
    assert [(m.text, m.actor.id) for m in find_actors(text, place_state=state)] == expected


def test_the_ministry_after_a_ministry_the_list_names():
    text = "Turkey's Defence Ministry denied the report on Monday. On Thursday, the ministry said the strikes went on."
    assert [(m.text, m.actor.id) for m in find_actors(text)] == [
        ("Turkey's Defence Ministry", "turkey-defence-ministry"), ("the ministry", "turkey-defence-ministry")]


@pytest.mark.parametrize("text, expected", [
    # a country's human-rights commission or Red Cross society is not the state
    ("The Kenya National Commission on Human Rights released the report.", []),
    ("The Afghanistan Independent Human Rights Commission said 40 civilians were killed.", []),
    # (the African Union Commission is the African Union's; the state itself stays)
    ("The African Union Commission condemned the attack, and Kenya said it would respond.",
     [("African Union", "african-union"), ("Kenya", "kenya")]),
])
def test_a_national_commission_is_not_the_state(text, expected):
    assert [(m.text, m.actor.id) for m in find_actors(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a unit named with the group it belongs to is that group wherever the text names it
    ("Families fled fighting between the ELN and FARC dissidents of the 10th Front. The 10th Front denied it.",
     [("ELN", "eln"), ("FARC dissidents", "farc"), ("10th Front", "farc"), ("10th Front", "farc")]),
    ("Police blamed the Jaime Martínez front of the Estado Mayor Central. The Jaime Martínez front denied it.",
     [("Jaime Martínez front", "farc"), ("Estado Mayor Central", "farc"), ("Jaime Martínez front", "farc")]),
    ("The ELN's Domingo Laín front claimed the killing. The Domingo Laín front said more would follow.",
     [("ELN", "eln"), ("Domingo Laín front", "eln"), ("Domingo Laín front", "eln")]),
])
def test_a_unit_named_with_its_group(text, expected):
    assert [(m.text, m.actor.id) for m in find_actors(text)] == expected


def test_a_junta_rules_the_country_the_text_is_set_in():
    # the state that hosts the talks is named in the sentence; the military council is Myanmar's
    text = ("Junta jets bombed a village near Myitkyina on Tuesday. China hosted talks between the KIO and the "
            "military council in Kunming on 4 November. The KIA has fought the military since June 2011.")
    found = [(m.text, m.actor.id) for m in find_actors(text, place_state="myanmar") if "military" in m.actor.id]
    assert found == [("Junta jets", "myanmar-military"), ("the military", "myanmar-military"),
                     ("the military", "myanmar-military")]


@pytest.mark.parametrize("text, state, expected", [
    # a branch the list has by its own name, written out with its abbreviation, is that branch
    ("Al Qaeda in the Arabian Peninsula (AQAP) claimed the attack. AQAP fighters fled.", None,
     [("Al Qaeda", "aqap"), ("AQAP", "aqap"), ("AQAP", "aqap")]),
    # and al-Qaeda in a text on Yemen that names the branch is the branch
    ("Al Qaeda militants attacked a checkpoint in Abyan. AQAP later claimed it.", "yemen",
     [("Al Qaeda", "aqap"), ("AQAP", "aqap")]),
    # (a text that never names the branch keeps al-Qaeda)
    ("Al Qaeda militants attacked a checkpoint in Abyan.", "yemen", [("Al Qaeda", "al-qaeda")]),
])
def test_al_qaedas_branch_named_in_the_text(text, state, expected):
    assert [(m.text, m.actor.id) for m in find_actors(text, place_state=state)] == expected


@pytest.mark.parametrize("text, expected", [
    # an army's own words for its troops, in a text on its country
    ("The gallant troops repelled the attack.", [("The gallant troops", "nigeria-military")]),
    ("Yesterday, troops in conjunction with hunters ambushed the terrorists near Mafa.",
     [("troops", "nigeria-military")]),
    ("Soldiers sent to the area clashed with the attackers overnight.", [("Soldiers", "nigeria-military")]),
])
def test_an_armys_troops_in_its_own_release(text, expected):
    assert [(m.text, m.actor.id) for m in find_actors(text, place_state="nigeria")] == expected


def test_a_named_regional_governor_later_by_his_surname():
    text = ("Three people were killed, regional governor Oleh Syniehubov said on Tuesday. From May 25 to 31, Russian "
            "aircraft dropped 160 bombs on the region, Syniehubov said.")
    assert [(m.text, m.actor.id) for m in find_actors(text, place_state="ukraine")] == [
        ("regional governor Oleh Syniehubov", "ukraine"), ("Russian aircraft", "russia-military"),
        ("Syniehubov", "ukraine")]


def test_a_pronoun_that_closes_a_sentence_is_the_speaker_of_the_one_before():
    text = ("From May 25 to 31, Russian aircraft dropped 160 bombs on the region, Syniehubov said. In May alone, "
            "attacks killed 38 civilians across the region, he added.")
    text = "Three were killed, regional governor Oleh Syniehubov said on Tuesday. " + text
    found = [(m.text, m.actor.id) for m in find_actors(text, place_state="ukraine")]
    assert found[-1] == ("he", "ukraine")


def test_a_regional_official_needs_the_state_the_text_is_set_in():
    # with no place to say which, the state the text names most (here the one that strikes) is not his
    text = "Three were killed, the regional governor said. Russia said it had struck military targets."
    assert [(m.text, m.actor.id) for m in find_actors(text)] == [("Russia", "russia")]


@pytest.mark.parametrize("text, expected", [
    ("The National Resistance Front (NRF) said its fighters killed four Taliban members.",
     {"national-resistance-front", "taliban"}),
    ("Fighters of the al-Qassam Brigades and the al-Quds Brigades fired rockets.", {"hamas", "palestinian-islamic-jihad"}),
    ("The Tigray Defence Forces withdrew from Mekelle.", {"tplf"}),
    ("Troops and Pyu Saw Htee militiamen burned the village.", {"pyu-saw-htee"}),
    ("Mai-Mai militias and the FDLR clashed near Masisi.", {"mai-mai", "fdlr"}),
    ("Gunmen of Cárteles Unidos ambushed a convoy.", {"carteles-unidos"}),
    ("The PFLP-GC denied the report.", {"pflp-gc"}),
    ("Remnants of the Militarized Communist Party of Peru (MPCP) fired on the patrol. The MPCP denied it.",
     {"shining-path"}),
    ("Jaish al-Zolm terrorists attacked the police station in Rask.", {"jaish-al-adl"}),
    # a country's border guard is not Myanmar's Karen militia; "Zaire" is no militia
    ("Ukraine's Border Guard Forces said drones crossed at night.", {"ukraine"}),
    ("Mobutu renamed the country Zaire in 1971.", set()),
])
def test_armed_groups_added_to_the_list(text, expected):
    assert {m.actor.id for m in find_actors(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a state named at the end of an organisation's name is not the state, nor is the party's abbreviation
    ("Remnants of the Revolutionary Workers' Party of Peru (RWPP) fired on the patrol. The RWPP denied it.", []),
    ("The Unified Communist Party of Nepal won the vote.", []),
    # the state's own bodies and forces named so are the state's
    ("The Government of Peru condemned the attack.", [("Peru", "peru")]),
    ("The Armed Forces of the Democratic Republic of the Congo (FARDC) attacked. The FARDC said.",
     [("Armed Forces of the Democratic Republic of the Congo", "dr-congo-military"), ("FARDC", "dr-congo-military"),
      ("FARDC", "dr-congo-military")]),
])
def test_a_state_at_the_end_of_an_organisations_name(text, expected):
    assert [(m.text, m.actor.id) for m in find_actors(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # armed forces by their own names and abbreviations
    ("The TNI said its troops repelled the attack.", {"indonesia-military"}),
    ("A FAT vehicle struck a mine near Mandouri.", {"togo-military"}),
    ("The Joint Command of the Armed Forces (CCFFAA) reported two soldiers killed.", {"peru-military"}),
    ("The PNGDF was deployed to Wabag.", {"papua-new-guinea-military"}),
    ("The Bangladesh Army said.", {"bangladesh-military"}),
])
def test_armed_forces_by_their_own_names(text, expected):
    assert {m.actor.id for m in find_actors(text)} == expected
