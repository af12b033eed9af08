"""One article in, dated events out: each sentence with a date and an event trigger becomes an event.

The rules, in the order they decide a type:

1. A date followed by ", when <clause>" dates the clause ("since September 30, when the
   army entered the war"): the clause is what is classified, on that one day.
2. A campaign, offensive or war that begins, starts, is launched or joined.
3. A date next to a verb of saying ("said on Wednesday", "On Monday, the ministry said"):
   a denial when the sentence rejects something, a report when a report is published or
   presented, an agreement when one is signed, else a statement.
4. A period ("from A to B", "between A and B", "up to B", "since A") in a sentence that
   cites a report or monitor: the period the report covers.
5. Violence, by its means: air strikes, shelling, explosions, clashes; violence with no
   named means takes the means the article names most, else it is violence against
   civilians.
6. An agreement, then a statement, when nothing violent is said.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from service.extract.actors import (COUNT_BEFORE, Actor, ActorMatch, descendants, find_actors, get_actor, headings,
                                    in_quotation, is_capital, military_of, state_of_country)
from service.extract.demonyms import country_of
from service.extract.figures import casualties
from service.extract.figures_foreign import foreign_casualties
from service.extract.language import detect_language
from service.extract.places import JOINED_WORD_BEFORE, REGION_QUALIFIERS, PlaceMatch, fold_name, get_gazetteer
from service.extract.text import CALENDAR_WORDS, Gates, Sentence, ascii_fold, datelines
from service.extract.text import gated_search as _search
from service.extract.text import plain_punctuation, required_words, split_sentences, with_first_chars
from service.extract.timex import Timex, find_timexes, names_an_event

EXTRACTOR_VERSION = "2026.12.10"

VIOLENT_TYPES = frozenset({"air_strike", "shelling", "explosion", "armed_clash", "attack_on_civilians"})
_SPECIFIC_MEANS = ("air_strike", "shelling", "explosion", "armed_clash")


def _words(*alternatives: str) -> re.Pattern:
    """A case-insensitive pattern matching any of the alternatives as whole words."""
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


_MEANS = {
    "air_strike": _words(
        r"air ?strikes?", r"air[- ]?raids?", r"warplanes?", r"war ?planes?", r"jets?", r"bombers?", r"aircraft",
        r"helicopters?", r"gunships?",
        r"drones? strikes?", r"drones?", r"helicopter gunships?", r"barrel bombs?", r"bombed", r"bombing",
        r"bombings", r"bombard(?:ed|ment)", r"air force", r"sorties?", r"cluster (?:bombs?|munitions?)",
        r"strikes? (?:hit|killed|targeted|struck|destroyed|damaged)", r"(?:hit|struck) by (?:a |an )?strikes?",
        r"the strikes? hit", r"strikes? on (?:a|an|the)",
        # "Israeli strikes on Sanaa", "strikes on hospitals": strikes on a place or on people
        # (not "strikes on Monday": a day is no target)
        r"strikes on (?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|"
        r"june|july|august|september|october|november|december|what|which|whom|it|them|\d)\b)(?=[a-z])",
        # "a strike on Lakurawa camp", "strikes on bandit hideouts": a strike on where fighters are
        r"strikes? on (?:[\w-]+ ){0,2}?(?:camps?|hideouts?|bases?|positions|strongholds?|enclaves?)",
        # a drone that drops a bomb strikes from the air: "a quadcopter dropped two small bombs on the post"
        r"(?:drones?|quadcopters?) dropp(?:ed|ing|s) (?:[\w-]+ ){0,3}?(?:explosives?|bombs?|grenades?|munitions?|shells?|"
        r"mortars?)",
        r"quadcopters?",
        # French, Spanish, German, Arabic
        r"frappes? a[ée]riennes?", r"raids? a[ée]riens?", r"bombardements? a[ée]riens?", r"ataques? a[ée]reos?",
        r"bombardeos? a[ée]reos?", r"Luftangriffe?n?", r"Luftschl[äa]ge?", r"غارات?", r"غارة جوية", r"قصف جوي",
    ),
    "shelling": _words(
        # a rocket-propelled grenade is a gun team's weapon, not artillery
        r"shell(?:ing|ed|s)?", r"artillery", r"mortars?", r"rockets?(?![- ]propelled)", r"missiles?", r"grad",
        r"howitzers?",
        r"bombs? fired", r"fired (?:a |an )?(?:\w+ )?(?:bombs?|shells?|rockets?|projectiles?)",
        # "a round fired by Israeli forces from a Merkava tank struck a watchtower": a tank's gun is artillery's kin
        r"tank (?:rounds?|shells?|fire)", r"(?:rounds?|shells?) fired (?:by|from) (?:[\w-]+ ){0,4}?tanks?",
        r"from an? (?:[\w-]+ )?tank",
        r"obus", r"roquettes?", r"artillerie", r"tirs d'artillerie", r"cohetes?", r"morteros?", r"artiller[íi]a",
        r"Artillerie(?:beschuss)?", r"Beschuss", r"Raketen?", r"قذائف", r"صواريخ", r"قصف مدفعي",
    ),
    "explosion": _words(
        r"(?:car|truck|lorry|motorcycle|motorbike|bicycle) bomb(?:s|ings?)?", r"bomb blasts?", r"suicide (?:bomb(?:er|ing)?s?|attacks?)",
        r"(?:explosives?|bomb)[- ](?:laden|packed) (?:car|truck|lorry|vehicle|motorcycle|boat)s?", r"explosions?",
        r"explosives?(?![- ](?:laden|packed))", r"blasts?",
        r"IEDs?", r"landmines?", r"roadside bombs?", r"detonat(?:ed|ion)",
        r"(?:bombs?|devices?|mines?) (?:went off|exploded|blew up)",
        # "a bomb fitted to a parked motorcycle went off"
        r"(?:bombs?|devices?|mines?|IEDs?) (?:[\w-]+ ){1,6}?went off",
        # "Thousands of pagers exploded across Lebanon", "hand-held radios blew up the next day" (not
        # "blew up a section of track")
        r"blew (?:himself|herself|themselves) up",
        r"exploded", r"blew up(?! (?:a|an|its|their|his|her|part|parts|sections?|\d|the (?!next|same|following|previous)))",
        r"attentats?", r"explosions?", r"voitures? pi[ée]g[ée]es?", r"coches? bomba", r"atentados?", r"explosi[óo]n(?:es)?",
        r"Anschl[äa]ge?s?", r"Explosion(?:en)?", r"Autobomben?", r"انفجار", r"تفجير", r"سيارة مفخخة",
    ),
    "armed_clash": _words(
        r"clash(?:es|ed)?", r"fighting", r"battles?", r"battl(?:ing|ed)", r"fought", r"firefights?", r"gun ?battles?", r"ambush(?:ed)?",
        r"exchanged fire", r"exchanges? of fire", r"returned fire", r"gun ?fights?",
        # "a patrol came under fire near Ekondo Titi" (fire from the ground; "came under rocket fire" is shelling)
        r"came under (?:heavy |sustained |intense |small[- ]arms |gun)?fire", r"shoot-?outs?", r"counter-?attack(?:ed|s)?",
        r"repelled", r"repulsed", r"pursued",
        # "The dissidents have since hit back around Teorama": a side that fights back
        r"hit back", r"struck back", r"fought back", r"retaliated",
        # "harassed a CAFGU patrol base": an army's word for a raid on its post
        r"harassed (?:an? |the |its |their )?(?:[\w()-]+ ){0,7}?(?:base|post|camp|detachment|outpost|patrol|"
        r"checkpoint)s?",
        # "troops encountered around 15 armed members of the NPA": an army's word for a clash
        r"encountered (?:[\w-]+ ){0,4}?(?:armed|rebels?|militants?|fighters|insurgents|gunmen|terrorists|bandits)",
        r"affrontements?", r"combats?", r"enfrentamientos?", r"combates?", r"K[äa]mpfe?n?", r"Gefechte?", r"اشتباكات",
        r"معارك",
    ),
}
_HARM = _words(
    r"kill(?:ed|ing|s)?", r"died", r"dead", r"deaths?", r"(?<!the )wound(?:ed|ing)?", r"injur(?:ed|ing|ies)",
    r"massacred?", r"executed", r"shot dead", r"martyr(?:ed|ing)", r"embraced (?:shahadat|martyrdom)",
    r"murder(?:ed|s)?", r"murdering",
    r"neutrali[sz]ed", r"neutrali[sz]ing",
    r"attack(?:ed|s)?", r"destroy(?:ed|ing)?", r"damag(?:ed|ing)",
    r"hit", r"struck", r"targeted", r"casualties", r"opened fire", r"opening fire", r"shooting",
    r"fired (?:on|at|into)", r"firing (?:on|at|into)", r"came under (?:[\w-]+ ){0,2}?(?:fire|attack)",
    # (French with its accent: "Tue 24 Sep" is a weekday, "blesses" English)
    r"tuée?s?", r"tuant", r"morts?", r"blessée?s?", r"blessant",
    r"muertos?", r"heridos?", r"mat[óo]", r"mataron", r"matando", r"asesinad[oa]s", r"asesinaron", r"murieron",
    r"Tote[n]?", r"get[öo]tet", r"t[öo]tete", r"t[öo]teten", r"Verletzte[n]?", r"قتلى", r"قتل", r"جرحى", r"مقتل",
)
# The branches of _CAMPAIGN, which a _Scan searches one by one (see _leftmost)
_CAMPAIGN_BRANCHES = (
    r"\b(?:began|begun|begin|begins|started|starts|launched|launch|launches|joined|joins|entered|"
    r"opened|initiated|intervened)\b[^.;]{0,60}?\b(?:campaign|operation|offensive|counter-?offensive|war|"
    r"intervention|invasion|incursion|conflict|air strikes|airstrikes|bombing|bombardment|assault)\b(?!-)",
    # "called off a ceasefire ... and ordered its fighters to resume attacks": a campaign again
    r"\bresum(?:e|ed|es|ing)\s+(?:its\s+|their\s+)?(?:attacks|offensive|hostilities|fighting)\b",
    r"\bcalled\s+off\s+(?:a|the|its|their)\s+(?:ceasefire|truce)\b", r"\btook\s+up\s+arms\b",
    # "the NPA, which has waged an armed rebellion against the government since 29 March 1969"
    r"\b(?:has|have|had)\s+(?:been\s+)?wag(?:ed|ing)\s+(?:an?\s+|its\s+|their\s+)?(?:armed\s+|violent\s+|"
    r"separatist\s+)?(?:rebellion|insurgency|war|campaign|struggle|uprising)\b",
    # "El Fasher has been besieged by the RSF since May 2024": a siege is a campaign, and so is
    # "RSF fighters have besieged Kadugli", "Sumy was encircled by Russian troops in February 2022"
    r"\b(?:has|have|had)\s+been\s+(?:besieged|under\s+siege|blockaded|encircled)\b",
    r"\b(?:has|have|had)\s+(?:besieged|encircled|blockaded)\b", r"\b(?:was|were)\s+(?:besieged|encircled|blockaded)\s+by\b",
    # "The army's offensive against the front around El Plateado, launched in October 2024"
    r"\b(?:offensive|counter-?offensive|campaign|operation)\b[^.;]{0,80}?\blaunched\s+(?:in|on|last)\b",
    # "columns have been combing the foothills since 30 September": an operation that goes on
    r"\b(?:has|have|had)\s+been\s+(?:combing|sweeping|conducting\s+(?:operations|raids|sweeps))\b",
    r"\b(?:lays?|laid|laying)\s+siege\s+to\b",
    # "Rwanda deployed about 1,000 soldiers and police to Cabo Delgado": a strategic development
    r"\b(?:deploy(?:ed|s)|sent|dispatched)\b[^.;]{0,40}?\b(?:troops|soldiers|forces|peacekeepers)\b",
    # "Ugandan special forces were deployed": the match opens at the verb, after who was sent
    r"(?:(?<=troops\s)|(?<=forces\s)|(?<=soldiers\s)|(?<=peacekeepers\s))(?:were|was|have\s+been|had\s+been)\s+deployed\b",
    # "since 15 March, when the campaign began"
    # "a government offensive launched in central Somalia in August 2022"
    r"\b(?:campaign|offensive|operation|invasion|war)\s+(?:began|started|was\s+launched|launched\s+(?:in|on|by|against)|"
    r"got\s+under\s+way)\b",
)
_CAMPAIGN = re.compile("|".join(_CAMPAIGN_BRANCHES), re.IGNORECASE)
# People taken, not ground: "gunmen seized 279 schoolgirls" is an abduction.
_TAKEN_PEOPLE = (r"(?:\s+[\w,-]+){0,3}?\s+(?:schoolgirls|schoolboys|schoolchildren|students|pupils|hostages|civilians|"
                 r"women|men|children|villagers|travell?ers|passengers|people|worshippers|farmers|girls|boys|teenagers|"
                 r"residents|journalists|aid workers|patients|workers|miners|fishermen|herders|traders|motorists)\b")
# Who may storm a place (the verb, not the weather).
_STORMERS = ("fighters", "soldiers", "militants", "rebels", "insurgents", "jihadists", "protesters", "troops", "gunmen",
             "forces", "police", "militiamen", "attackers", "men")
# Taking ground is a battle, in ACLED's terms, whoever wins it.
_TERRITORY = _words(
    r"seiz(?:ed|es|ing)(?!" + _TAKEN_PEOPLE + r")", r"captur(?:ed|es|ing)(?!" + _TAKEN_PEOPLE + r")",
    r"took control", r"take control", r"overr?an", r"overrun",

    # (not "stormed a crowded livestock market", "stormed a wedding party": people, not ground, were the target)
    # ("stormed the Solino neighbourhood", "stormed the Socio Vivienda housing estate": where people live)
    r"storm(?:ed|s|ing)(?! (?:an? |the |two |three )?(?:[\w-]+ ){0,3}?(?:markets?|schools?|church(?:es)?|mosques?|"
    r"hospitals?|clinics?|hotels?|bars?|restaurants?|weddings?|part(?:y|ies)|funerals?|homes?|houses?|buses|bus|"
    r"displacement (?:sites?|camps?)|neighbou?rhoods?|(?:housing )?estates?|slums?|shanty ?towns?)\b)",
    r"retook", r"recaptur(?:ed|es)", r"fell to", r"fell on", r"advanced on", r"besieg(?:ed|ing)",
    # the present of chronologies and headlines: "RSF fighters storm Wad Medani", "troops retake the town"
    r"(?:" + "|".join(_STORMERS) + r") storms?", r"retakes?", r"recapture", r"overruns",
    r"entered (?:the )?(?:city|town|capital)",
    # "changed hands again on 25 October, when RSF fighters drove out the soldiers who had retaken it"
    r"changed hands", r"dr(?:o|i)ve(?:n)? out", r"retaken", r"pushed out",
    # an assault that failed is still a fight: "extremists tried to enter the town of Merawi"
    r"(?:tried|attempted|trying|attempting) to (?:enter|take|seize|capture|storm|overrun|retake) (?:the )?"
    r"(?:(?:city|town|village|capital|base|camp|garrison) of )?(?=(?-i:[A-Z]))",
    r"(?:briefly|once) (?:held|controlled|occupied)(?= (?-i:[A-Z]))",  # "which briefly held Goma in November 2012"
)
# Harm done to people without a named weapon: violence against civilians.
_ONE_SIDED = _words(
    r"burn(?:ed|t|ing) (?:down )?(?:\S+ ){0,2}?(?:houses|homes|huts|villages|shops|markets|churches|mosques|schools)",
    r"abduct(?:ed|ing|s)?", r"kidnapp?(?:ed|ing|s)?", r"(?:seiz|captur)(?:ed|es|ing)" + _TAKEN_PEOPLE, r"execut(?:ed|ing)", r"massacr(?:ed|es?)", r"set fire",
    r"torched", r"burn(?:ed|t) (?:down|alive)", r"looted", r"raped", r"shot dead", r"gunned down", r"stabbed",
    r"lynched", r"beheaded", r"(?:beat|beaten|stoned|hacked|stabbed|burned|burnt) (?:[\w-]+ ){0,5}?to death",
    # "went from house to house in Sake", "went from block to block": a raid on people at home
    r"went from house to house", r"went house to house", r"went (?:from )?door to door", r"went from block to block",
    # "took at least 130 patients and carers from two hospitals"
    r"took" + _TAKEN_PEOPLE,
)
_GROUND_ATTACKERS = _words(r"gunm[ae]n", r"fighters", r"militants", r"insurgents", r"jihadists", r"attackers",
                           r"assailants", r"militiamen", r"bandits", r"gangs?", r"rebels", r"terrorists",
                           r"armed men", r"hitmen", r"gang members")
# ("ATK", "ATKs": the attack of security briefs, written in capitals)
_ATTACKED = _words(r"attack(?:ed|s)", r"raid(?:ed|s)", r"ambush(?:ed|es)", r"storm(?:ed|s)", r"(?-i:ATKs?)")
# Forces that raid a camp or a hideout fight those who hold it: "police units raided a gang camp".
_RAID_ON_ARMED = _words(r"(?:raided|stormed|assaulted|attacked|overran) (?:an? |the |their |its )?"
                        # (not "two tourist camps", "a displacement camp": no one there is armed)
                        r"(?:(?!(?:tourist|displacement|displaced|refugees?|idp|aid|holiday|fishing)\b)[\w-]+ ){0,3}?"
                        r"(?:camps?|hideouts?|bases?|strongholds?|positions|dens?|lairs?)")
# ", southwest of Bukavu", ", 30 km north of the town of Goma": the town only locates what went before
_DIRECTION_OF_BEFORE = re.compile(
    # (", a village 30 km west of El Obeid": what the gazetteer lacks, described)
    r",\s*(?:an?\s+(?:small\s+)?(?:village|town|hamlet|settlement|camp|market\s+town)\s+(?:about\s+|some\s+)?)?"
    r"(?:(?:about|some|approximately|around|roughly|nearly) )?"
    r"(?:(?:\d+|a few|some) (?:km|kilometres|kilometers|miles) )?(?:north|south|east|west)(?:-?(?:east|west))?"
    r"(?:ern)? of\s+(?:the\s+)?(?:(?:city|town|village) of\s+)?$", re.IGNORECASE)
# "about 5 km from Ndop", "some 20 km north of Bocaranga", "across the river from Myitkyina": a town
# the place is measured from, not the place; it lies in the town's region
_MEASURED_FROM_BEFORE = re.compile(
    r"(?:\b(?:\d+(?:[.,]\d+)?|a\s+few|several|dozens\s+of|tens\s+of)\s*(?:km|kilometres|kilometers|miles)\b"
    r"(?:\s+(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?)?\s+(?:of|from)"
    r"|\bacross\s+the\s+(?:[\w-]+\s+){0,2}?(?:river|border|lake|valley|bay)\s+from)"
    # ("across the Irrawaddy River from the Kachin State capital Myitkyina")
    r"\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:city|town|village)\s+(?:of\s+)?|(?:[\w-]+\s+){0,2}capital,?\s+(?:of\s+)?)?$",
    re.IGNORECASE)
# Two names joined by a comma alone, and a list that goes on after the second
_COMMA_ONLY = re.compile(r"\s*,\s*")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?(?-i:[A-Z])|and\b|or\b|&)")
# "near Korcholi village in Bijapur district": a village the gazetteer lacks, in the area of a town
_VILLAGE_IN_BEFORE = re.compile(r"\b(?-i:[A-Z])[\w'’-]+\s+village\s+(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE)
# "at Tekalguda on the Bijapur-Sukma border": a place on the border of two areas, in neither town
_ON_THE_BORDER_AFTER = re.compile(r"(?:-(?-i:[A-Z])[\w'’]+)?\s+(?:border|boundary)\b"
                                  r"(?!\s+(?:crossing|post|point|town|city|village)s?\b)", re.IGNORECASE)
# ", in neighbouring " before a district named after its seat, which locates the town before it
# (or a comma alone: "near Ekondo Titi, Ndian division, South-West region")
# ("in Pahalgam, in Kashmir's Anantnag district": with the region the gazetteer does not take, as a possessive)
_IN_THE_AREA_BETWEEN = re.compile(r",\s*(?:in\s+(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|adjoining|adjacent)\s+)?"
                                  r"(?:(?-i:[A-Z])[\w-]*['’]s\s+)?)?")
_AREA_AFTER = re.compile(r"\s+(?:district|county|township|tehsil|municipality|territory|division|LGA|local government area)\b",
                         re.IGNORECASE)
# "around Kirumba, in North Kivu's Lubero territory": the region's name may stand before the area's
_IN_THE_REGIONS_AREA_BETWEEN = re.compile(r",\s*in\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}?[A-Z][\w-]*['’]s\s+")
# "In a letter dated 5 June": the date of a document, which says something
_DOCUMENT_DATED = re.compile(r"\b(?:letter|statement|note|communiqu[ée]|memo|memorandum|decree|order)\s+dated\s+$",
                             re.IGNORECASE)
_THIS_UNIT = re.compile(r"this\s+(?:week|month|year)", re.IGNORECASE)
# "the worst massacre in the valley since October": a date a superlative reaches back to
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:worst|deadliest|bloodiest|biggest|largest|heaviest|highest|lowest|first|most\s+\w+|"
    # "the fourth attack on the city since Saturday": a count of attacks, no event of its own
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|strikes?|raids?|bombings?|assaults?|massacres?|incidents?|time))\b[^.;,]{0,60}$",
    re.IGNORECASE)


def _reached_back_to(timex: Timex, before: str) -> bool:
    """A date a superlative reaches back to, which dates no event of its own: "the worst massacre
    in the valley since October", "the highest monthly number this year"."""
    return (timex.kind == "since" or timex.kind == "point" and _THIS_UNIT.fullmatch(timex.text) is not None) \
        and _SUPERLATIVE_BEFORE.search(before[-80:]) is not None


# An armed group named before one of these is the attacker: "the Boko Haram attack of 23 March",
# "elements of the group attacked the base".
_GROUP_ATTACK = _words(r"attack(?:ed|s)?", r"raid(?:ed|s)?", r"ambush(?:ed|es)?", r"stormed", r"overran", r"(?-i:ATKs?)")
_MILITARY_TARGET = _words(r"(?:army|military|police|militia|(?-i:FDS)|gendarmerie|security forces['’]?) (?:base|post|camp|"
                          r"barracks|patrol|convoy|checkpoint|station|position)s?",
                          # "attacked army and Wazalendo militia positions"
                          r"(?:army|military) and (?:[\w-]+ ){1,2}?(?:positions|posts|bases|camps)",
                          r"soldiers", r"troops", r"jawans?", r"checkpoints?", r"barracks", r"police officers", r"policemen",
                          # "attacked a MINUSCA patrol", "ambushed a patrol": those who patrol bear arms
                          r"(?:a|an|the|its|their) (?:[\w-]+ ){0,2}?patrols?",
                          # ("wounding two militiamen": the militia hit, not "soldiers and militiamen killed")
                          r"(?:killing|killed|wounding|wounded|injuring|injured|attacked|ambushed) (?:[\w-]+ ){0,3}?militiamen",
                          r"(?:battalion|garrison|brigade|regiment|outpost)s?",
                          r"(?:base|post|camp|positions?) of (?:the )?(?:[\w-]+ ){0,3}(?:army|armed forces|military|militias?)")
# Killing that names its victims as civilians, and words of a fight.
_VICTIMS_END = re.compile(r"[:;.!?]|$")
_CIVILIAN_VICTIMS = _words(
    r"(?:kill(?:ed|ing)|massacred|massacring|executed|executing|shot dead|shooting dead|beheaded|beheading)"
    r" (?:at least |more than |some |about |nearly |over |up to )?(?:[\w,-]+ ){0,3}?"
    r"(?:civilians?|villagers?|residents?|people|men|women|children|boys?|girls?|fishermen|farmers?|herders?|"
    r"worshippers?|passengers?|students?|pupils?|traders?|shoppers|displaced people|family members|patients?|"
    r"doctors?|nurses?|health workers?|aid workers?|journalists?|mourners|pilgrims?|refugees|migrants?|teachers?|"
    r"guests|woman|man|child|shopkeepers?|headm(?:a|e)n|(?:village )?chairm(?:a|e)n|drivers?|"
    # officials of a village or a district are no combatants
    r"(?:local|village|district|municipal|county|kebele|ward) (?:government )?officials?|councillors?)")
# Killing whose victims were armed: "security forces killed eight BLA attackers", "troops
# neutralised 11 terrorists". A fight, in ACLED's terms, whoever fell.
_ARMED_VICTIMS = _words(
    r"(?:kill(?:ed|ing)|neutrali[sz](?:ed|ing)|eliminat(?:ed|ing)|shot dead|shooting dead)"
    r" (?:at least |more than |some |about |nearly |over |up to )?(?:a (?:dozen|score) )?"
    r"(?:(?!(?:when|as|after|by|in|on|while|and|or|the|a|an)\b)[\w,-]+ ){0,2}?"  # (not "killed when gunmen attacked")
    r"(?:of (?:the |their )?)?"  # "neutralising two of the kidnappers"
    r"(?:militants|insurgents|terrorists|attackers|fighters|rebels|jihadists|gunmen|bandits|assailants|militiamen|"
    r"gang members|kidnappers|abductors|hostage-takers)")
_COMBAT = _words(r"clash(?:es|ed)?", r"fighting", r"fought", r"battles?", r"exchanged? fire", r"gunfights?",
                 r"firefights?", r"repelled", r"repulsed", r"counter-?attack(?:ed)?", r"heavy fire",
                 # "units dispatched from Gaya caught up with the assailants and neutralised four of them"
                 r"caught up with (?:the |them)",
                 # South Asian and Philippine usage: "killed in an encounter with security forces"
                 r"encounters? with (?:the )?(?:security forces|police|troops|soldiers|army|government forces|"
                 r"(?:[\w-]+ ){0,2}?(?:jawans|personnel|commandos))", r"killed in (?:an? )?(?:gun ?)?encounters?")
# Two sides firing at each other, whatever with: "exchanged artillery fire", "artillery duels"
_EXCHANGE_OF_FIRE = _words(r"exchanged? (?:heavy |artillery |mortar |rocket |small-arms )+fire",
                           r"exchanges? of (?:heavy |artillery |mortar |rocket |small-arms )+fire",
                           r"(?:artillery|mortar|rocket) duels?", r"traded (?:heavy |artillery |mortar |rocket )+fire")
# A war's own toll told in a relative clause: "a conflict that has killed thousands", "the war,
# which has left more than 150,000 dead"
_WARS_TOLL = _words(r"(?:conflict|war|insurgency|violence|crisis|unrest|fighting|rebellion)s?"
                    r"(?: (?:between|in|over|with|against|across) [^,.;]{1,60}?)?,? "
                    r"(?P<rel>(?:that|which) (?:has|have|had) (?:so far |already |since |now )?(?:killed|left|claimed|cost))")
_PART_IN_PERIOD = re.compile(r"\b(?P<n>\d[\d,]*)\s+of\s+(?:them|whom|those)\s+(?:(?:were|was)\s+\w+\s+)?"
                             r"(?:in|during|on|over)\s+$")
_RELATIVE_END = re.compile(r"[,;.]|\s+(?:and|but)\s+(?=[a-z]+ed\b)")
# Harm done by nature is not an event of this taxonomy.
_HAZARD = _words(
    r"earthquakes?", r"quakes?", r"floods?", r"flooding", r"landslides?", r"cyclones?", r"hurricanes?",
    r"typhoons?", r"tsunamis?", r"droughts?", r"wildfires?", r"eruptions?", r"tornado(?:es)?", r"avalanches?",
    # (not the verb: "tried to storm the port", "gunmen storm a village", "fighters storm Wad Medani")
    r"(?<!to )" + "".join(rf"(?<!{subject} )" for subject in _STORMERS) + r"storms?"
    r"(?! (?:the|a|an|its|their|into|through|across)\b)",
    r"heatwaves?", r"dam (?:burst|collapse)",
)
_SPEECH = r"(?:said|says|say|told|tells|announced|announces|stated|states|warned|warns|added|claimed|claims|" \
          r"denied|denies|rejected|rejects|published|publishes|released|releases|reported|declared|declares|" \
          r"insisted|explained|accused|accuses|urged|(?<!so-)called|confirmed|acknowledged|condemned|condemns|" \
          r"summoned|spoke|speaks|vowed|pledged|welcomed|demanded|appealed|expressed|blamed|blames|" \
          r"reiterated|reiterates|reaffirmed|reaffirms|debunk|debunked|debunks|" \
          r"a d[ée]clar[ée]|a annonc[ée]|selon|a affirm[ée]|dijo|declar[óo]|anunci[óo]|seg[úu]n|afirm[óo]|" \
          r"sagte|erkl[äa]rte|teilte mit|laut|قال|أعلن|وفقا)"
_SPEECH_WORD = re.compile(r"\b" + _SPEECH + r"\b", re.IGNORECASE)
# Words showing that what follows a verb of saying is the content said, not its circumstances.
_CLAUSE_CONTENT = _words(
    r"that", r"had", r"have", r"has", r"was", r"were", r"is", r"are", r"been", r"kill(?:ed|ing)", r"died",
    r"hit", r"struck", r"wounded", r"injured", r"destroyed",
)
# ("Yesterday he said": a pronoun right after the date; after a comma, "..., it claimed" only
# attributes what went before.)
# (also in a chronology's entry: "26 April - Pakistani Prime Minister Shehbaz Sharif denies any role")
_SPEECH_AFTER = re.compile(
    r"^(?:[,\s]*(?:[-–—:][^\S\n]+)?(?:the |a |an )?(?:[A-Z][\w'’.&-]*(?:\s+|(?=,))){1,6}"
    # ("Yesterday, Jimmy Chérizier, alias Barbecue, the Viv Ansanm spokesman, denied")
    r"(?:(?:,[^\S\n]+[^,.;\n]{1,60}?){1,2},[^\S\n]*)?(?:\([A-Z][\w-]*\)\s+)?(?:[a-z]+\s+){0,3}"
    # ("On Monday, Haitian National Police spokesperson Michel-Ange Louis-Jeune said")
    r"(?:[A-Z][\w'’.&-]*\s+){0,4}"
    r"|[^\S\n]+(?:he|she|they|it|we)\s+|[^\S\n]+)"
    # ("The Government today categorically denies")
    r"(?:has |had |have )?(?:(?!(?:only|early|daily|weekly|monthly|nearly|likely)\b)[a-z]{3,}ly )?"
    r"(?:(?:wishes|wished|wants|wanted|sought|seeks|moved) to )?"
    + _SPEECH + r"\b"
)  # "On Monday, the ministry said", and "a spokesman on Monday denied" (no comma between)
_DENIAL = _words(
    r"den(?:y|ied|ies|ial|ying)", r"reject(?:ed|s|ing)?", r"dismiss(?:ed|es|ing)?", r"refut(?:ed|es|ing)", r"biased",
    r"debunk(?:ed|s|ing)?",
    r"ungrounded", r"baseless", r"unfounded", r"fabricat(?:ed|ion)", r"fake", r"false", r"slam(?:s|med)",
    # "said that none of its members had taken part": a denial without the word
    r"none of (?:its|their) (?:\w+ ){0,2}(?:had|have|has|was|were) (?:taken part|been involved|involved)",
    r"(?:had|has|have) nothing to do with",
    r"(?:had|has|have|was|were) not (?:taken part|been involved|involved|responsible)", r"played no (?:part|role)",
    # "stated that its troops had been responding to suspicious movement and had not targeted peacekeepers"
    r"(?:had|has|have|did) not (?:deliberately |intentionally )?(?:target(?:ed)?|attack(?:ed)?|fire(?:d)? (?:on|at))",
    r"no involvement", r"no basis", r"no (?:\w+ ){0,2}(?:troops|forces|soldiers|fighters|units) (?:were|was) involved",
    # "told us that it had carried out no strike in Tyre"
    r"carried out no (?:\w+ ){0,2}?(?:strikes?|attacks?|raids?|operations?)",
    r"(?:had|has|have|did) not carry out (?:any |an? )?(?:\w+ ){0,2}?(?:strikes?|attacks?|raids?|operations?)",
    r"(?:had|has|have) not carried out (?:any |an? )?(?:\w+ ){0,2}?(?:strikes?|attacks?|raids?|operations?)",
)
# What happened, told in the passive: "shelling was reported yesterday", "clashes were reported"
_WAS_REPORTED = _words(r"(?:was|were|has been|have been|had been) (?:also |again )?reported(?! (?:to|by|in the|that)\b)")
# "rejected the allegation", "dismissed the group's later claim": a denial whatever it denies
_DENIED_CLAIM = _words(r"(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?|refut(?:ed|es)?)\s+(?:(?:the|a|an|its|their|"
                       r"these|such|[\w-]+(?:['’]s?)?)\s+){0,3}(?:claims?|allegations?|accusations?|reports?|charges?)")
# "The war between the SAF and the RSF, which broke out in Khartoum on 15 April 2023": the first
# fighting, a battle where it broke out
_WAR_BROKE_OUT = _words(r"(?:war|conflict|hostilities)\b[^.;]{0,80}?\b(?:broke out|erupted)")
# A plan right before a date: "may travel to Marte", "will hold their weekly march"
_PLANNED_BEFORE = re.compile(
    r"\b(?:will|may|might|shall|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to|plans?\s+to|intends?\s+to|"
    # a plan reported: "said final phase would go ahead on 25 Jan", "said the talks would resume on Monday"
    r"would(?=\s+(?:go\s+ahead|be\s+held|take\s+place|begin|start|open|resume|convene|reopen)\b))\s+"
    r"(?!(?:have|not\s+have|still|be\s+(?:heard|seen|felt))\b)[a-z]+\b[^.;:,\n]{0,60}$", re.IGNORECASE)
# An office taken right before a date: "sworn in on", "took office in"
_OFFICE_TAKEN_BEFORE = re.compile(r"\b(?:sworn\s+in|took\s+office|taking\s+office|inaugurated)(?:\s+as\s+[\w\s]{1,30}?)?"
                                  r"\s+(?:on|in|last)\s+$", re.IGNORECASE)
# "About 2,000 Russian peacekeepers arrived in Stepanakert the next day": a deployment, when no
# harm is told with it
_FORCES_ARRIVED = _words(r"(?:troops|soldiers|forces|peacekeepers|contingent|marines|paratroopers) "
                         r"(?:have |had )?(?:arrived|landed) (?:in|at)")
# A place a clause names as a village, township or district, by a name the gazetteer lacks:
# "Thayet Thapin village", "Ramree township", "Kyauk Ni Maw, a fishing village"
_UNKNOWN_PLACE_NAMED = re.compile(
    r"\b(?:[A-Z][\w'’-]+\s+){1,3}(?:village|township|district|hamlet|locality|LGA|commune|[Cc]ounty|territory|prefecture)\b"
    r"|\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3},\s+an?\s+(?:[a-z]+\s+){0,2}(?:village|town|hamlet|settlement)\b"
    # ("clashes in four municipalities", "patrols in the prefectures of ...": several areas)
    r"|\b(?:in|across)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:districts|townships|LGAs|communes|counties|territories|prefectures"
    r"|municipalities)\b")
# A name after a word of place, which may be one the gazetteer lacks: "attacked rebel positions
# around Kaziba and Nzibira"; or what a strike or raid hit: "bombing Nzibira with drones"
# (not an organisation's name or an acronym: "a researcher at Amnesty International", "from MSF")
_ORG_WORD = (r"(?:International|Watch|Forces|Army|Council|Ministry|Group|Front|Movement|Party|Brigade|Division|Police|"
             r"Union|Agency|Office|Committee|Commission|Organi[sz]ation|News|Times|Post|Radio|Television|University|"
             r"Institute|Foundation)\b")
_LOCATIVE_NAME = re.compile(r"\b(?:(?:in|at|around|near|outside|into|on|(?:north|south|east|west)(?:-?(?:east|west))? of"
                            r"|bomb(?:ed|ing)|shell(?:ed|ing)|storm(?:ed|ing)|raid(?:ed|ing)|overr(?:an|unning)"
                            r"|seiz(?:ed|ing)|captur(?:ed|ing)|t(?:ook|aken|aking))"
                            r" (?:the (?:villages?|towns?) of "
                            # ("hijacked a train in the Bolan Pass", "near the Messalo river", "on the Mandouri
                            # road": a feature named, or a road somewhere along which it happened)
                            r"|the (?=[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? "
                            r"(?i:pass|river|valley|hills|mountains|forest|road|highway)\b))?"
                            # ("for the tin-mining town of Mawchi")
                            r"|the (?:[\w-]+ ){0,2}(?:villages?|towns?|hamlets?|settlements?) of )"
                            r"(?P<name>(?!Operation\b)(?![A-Z]{2,}\b)(?![A-Z][\w-]*\d)(?![A-Z][\w'’-]+ " + _ORG_WORD + r")"
                            r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\b(?! ?\d)(?! " + _ORG_WORD + r")")
# An item of a list headed by its date and place: "- 2025-04-12, Datu Hoffer Ampatuan: troops clashed"
_ITEM_HEAD_PLACE = re.compile(r"[^\S\n]*(?:[-•*][^\S\n]*)?[\w ./-]{4,30}?,[^\S\n]+"
                              r"(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,3}):\s")
_SUB_UNIT = re.compile(r"\b(?:township|district|LGA|commune|[Cc]ount(?:y|ies)|territor(?:y|ies)|prefecture"
                       r"|municipalit(?:y|ies))s?\b")
# The start of another item of a list ("KEY INCIDENTS\n- On 8 January, ...")
_LIST_ITEM = re.compile(r"\n\s*(?:[-•*]|\d+[.)]|\(?[a-z]\)|\(\d+\)|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))\s")
# Acts counted over a period: "have conducted more than 300 offensive operations since 1 January"
_ACTS_COUNTED = _words(r"(?:more than |over |at least |some |nearly |about )?\d[\d,]* (?:[a-z-]+ ){0,2}"
                       r"(?:operations|attacks|strikes|raids|incidents|sorties|missions|airstrikes|air strikes)")
# When a count began: "since it began recording casualties in 2005"
_RECORDS_BEGAN = re.compile(r"\b(?:began|started|begun)\s+(?:recording|counting|keeping|collecting|tracking|documenting)\b"
                            r"[^.;]{0,30}$|\brecords\s+began\s+(?:in\s+)?$", re.IGNORECASE)
# A force's tally so far: "troops have neutralised 11 NPA members", "has killed more than 200"
_TALLY = _words(r"(?:have|has|had) (?:[\w-]+ ){0,2}?(?:killed|neutrali[sz]ed) "
                r"(?:at least |more than |some |about |nearly |over )?\d[\d,]*")
# A toll's words: what a count of harm holds
_KILLED_OR_HURT = _words(r"killed", r"injured", r"wounded", r"deaths", r"fatalities", r"dead", r"neutrali[sz]ed")
# A count over a whole area: "across Myanmar", "across the country"
_ACROSS_AREA = re.compile(r"\bacross\s+(?:the\s+(?:country|region|state|province)\b|(?-i:[A-Z])[\w'’-]+)",
                          re.IGNORECASE)
# What goes round, not what happened
_RUMOURS = _words(r"circulat(?:ing|ed)", r"rumou?rs?", r"on social media", r"viral")
# Counts of care and of disease: "treated 1,180 children for malnutrition", "vaccinated 40,000"
_CARE_COUNTED = _words(r"treated", r"vaccinated", r"admitted", r"screened", r"malnutrition", r"malnourished",
                       r"cholera", r"measles", r"dengue", r"malaria", r"outbreak")
# The claim's content, opened by "that" after the claim noun: "the claims of hostile accounts that"
_CLAIMED_THAT = re.compile(r"(?:\s+(?:of|by|from|on)\s+[^.;,]{0,60}?)?\s+that\b")
_REPORT = _words(
    r"reports?", r"monitor(?:s|ing)?", r"watchdog", r"documented", r"recorded", r"tally", r"study", r"toll",
    r"counted", r"(?:figures|statistics|data) (?:show|shows|showed|released|published)",
    r"investigation", r"survey", r"findings",
)
_PUBLISH = re.compile(
    r"\b(?:publish(?:ed|es)?|releas(?:ed|es)|issu(?:ed|es)|present(?:ed|ing|s)?)\b[^.;]{0,40}\b(?:reports?|study|survey|findings|"
    r"briefings?|bulletins?|updates?|snapshots?|sitreps?)\b|"
    r"\b(?:reports?|study|survey|briefings?|bulletins?|updates?|snapshots?|sitreps?)\b[^.;]{0,40}\b(?:publish(?:ed|es)?|"
    r"releas(?:ed|es)|issued|presented)\b|"
    r"\bin (?:a|an|its|their) (?:[\w-]+ ){0,3}(?:report|update)\b|^\s*(?:published|issued|released)\s*:",
    re.IGNORECASE,
)
# A resolution or a statement issued is a statement, whatever it speaks of.
_DECLARATION = _words(r"in a statement", r"adopted (?:a |the )?resolution", r"passed (?:a |the )?resolution",
                      # "This morning he had put the toll at four": a count given
                      r"put the (?:death )?toll", r"put the number of (?:dead|deaths|wounded|injured)",
                      r"declared (?:a |the )?state of emergency", r"claimed responsibility",
                      # diplomacy's acts are statements in this taxonomy
                      r"(?:suspended|broke off|called off|pulled out of|walked out of|withdrew from) (?:the )?"
                      r"(?:peace )?(?:talks|negotiations)",
                      r"(?:summoned|expelled|recalled) (?:the |a |its )?(?:\w+ )?(?:ambassador|envoy|diplomats?)")
# A government's decisions and a leader's visits are statements in this taxonomy, when nothing in
# the clause is harmed: "extended a night-time ban on motorcycles", "ordered an investigation",
# "directed security agencies to fish out the perpetrators", "the Prime Minister visited Imphal".
# "Prime Minister Narendra Modi visited Churachandpur", "Governor Hyacinth Alia, who visited Yelwata":
# a leader's visit
_LEADER_VISIT = (r"(?-i:(?<=President )|(?<=Minister )|(?<=Governor )|(?<=King )|(?<=Chancellor )|(?<=Premier ))"
                 r"(?:(?-i:[A-Z])[\w'’-]+\s*){0,3}(?:,\s*who\s+)?(?P<visit>visited|toured)")
_DECISION = _words(r"(?:declared|imposed|extended|lifted|announced|ordered|signed|issued) (?:a |an |the )?(?:[\w-]+ ){0,3}?"
                   r"(?:state of emergency|ban|martial law|mourning|decree|mobili[sz]ation)",
                   r"ordered (?:an? |the )?(?:[\w-]+ ){0,2}?(?:investigation|inquiry|probe|deployment|evacuation|"
                   r"arrest|closure|release)",
                   r"(?:directed|instructed|ordered) (?:the )?(?:[\w'’-]+ ){0,4}?(?:agencies|services|forces|police|"
                   r"guards|army|troops|ministry|authorities|officials|residents|commanders)(?= (?:[\w,]+ ){0,3}?to\b|$)",
                   # "The UN Security Council authorises AUSSOM", "the council renewed the mission's mandate"
                   r"(?<=council )(?:unanimously )?(?:authori[sz]e[sd]|approve[sd]|renew(?:ed|s)|extend(?:ed|s)|"
                   r"endorse[sd])",
                   _LEADER_VISIT)
# the leader's visit alone (found first, whatever harm the clause tells)
_LEADER_VISITED = re.compile(r"\b" + _LEADER_VISIT + r"\b", re.IGNORECASE)
# the date in the visit's clause: "visited Yelwata on Saturday", "Yesterday, ... visited wounded soldiers"
_VISIT_DATED = re.compile(r"(?:\b(?:visited|toured)\s+(?:[\w'’,-]+\s+){0,6}?(?:on\s+|last\s+)?|^\s*(?:[-•]\s*)?)$",
                          re.IGNORECASE)
# A deal named with the act of making it, the date right after the verb or the noun: "agreed on
# Thursday to a ceasefire", "the peace agreement their leaders initialled at the White House last August"
_DEAL = r"(?:agreement|accord|deal|ceasefire|cease-fire|truce|treaty)"
# the deal, then the act: "the peace agreement their leaders initialled"
_DEAL_THEN_MADE = rf"\b{_DEAL}\b[^.;]{{0,20}}?\b(?:signed|reached|agreed|concluded|initiall?ed)\b"
_DEAL_MADE = re.compile(
    rf"\b(?:agreed|signed|signs?|initiall?ed|reached|concluded)\b[^.;]{{0,50}}?\b{_DEAL}\b|{_DEAL_THEN_MADE}",
    re.IGNORECASE,
)
_AGREEMENT = re.compile(
    r"\b(?:agreed|signed|signs?|initialled|reached|reaches|struck|brokered|concluded|accepted)\b[^.;]{0,50}?"
    r"\b(?:agreement|accord|deal|ceasefire|cease-fire|truce|treaty|peace|memorandum)\b|"
    rf"{_DEAL_THEN_MADE}|"
    r"\b(?:produced|signed|signs?|adopted|adopts?)\b[^.;]{0,30}?\bdeclaration\b|"
    r"\b(?:agreed|agreement was reached)\b",
    re.IGNORECASE,
)
# The next sentence naming a report its speaker has just presented.
_REPORT_NEXT = re.compile(r"[^.!?]*?\b(?:in (?:a|an|its|their|the) (?:[\w-]+ ){0,3}report|the report)\b", re.IGNORECASE)
# A seizure of power is not an event of this taxonomy.
_COUP = _words(r"seized power", r"took power", r"coup(?: d'[ée]tat)?", r"putsch")
# A claim of an act already told: "claimed the attack", "claimed responsibility for it".
_CLAIMED_TOLD = _words(
    r"claimed (?:responsibility for )?(?:the|this|that|these|both) (?:attacks?|bombings?|killings?|assaults?|"
    r"raids?|strikes?|ambush(?:es)?|blasts?|explosions?|massacre|abduction|kidnapping)",
    r"claimed (?:responsibility for )?(?:it|them)",
)
_UNNAMED_ATTACKER = _words(r"gunm[ae]n", r"(?:a |an )?suicide bomber", r"armed men", r"unidentified",
                           r"unknown (?:attackers|assailants|gunmen)", r"separatists?(?: fighters)?", r"bandits",
                           r"(?:rebel|militia|separatist|jihadist|islamist) fighters", r"militiamen",
                           r"(?:land)?mine blast", r"landmines?", r"settlers",
                           # "armed youths of the Luanyjang section raided a cattle camp": a community's
                           # fighters, whom no state or group commands
                           r"youths", r"tribesmen", r"clansmen", r"cattle raiders",
                           # ("clashes between Hausa and Funj communities", "fighting between Hema and Lendu
                           # militias": the two sides, named by the people they come from)
                           r"between (?:the )?(?:[\w-]+ ){1,3}?and (?:[\w-]+ ){1,2}?(?:communities|militias|clans|tribes|sections)",
                           # ("a Buk missile fired from territory held by Russian-backed forces": a sponsor's
                           # proxies, whom the list does not name)
                           r"[\w]+-backed (?:forces|fighters|militias?|separatists|rebels|gunmen)",
                           # "artillery shells hit a camp for displaced people", "a mortar round landed inside
                           # the site", "was killed by a sniper": told by what fell, the text names no one
                           r"(?:a|an|the) sniper", r"(?:artillery |mortar )?shells (?:hit|landed|struck|fell)",
                           r"(?:a|an) (?:mortar|artillery) (?:round|shell|bomb) (?:hit|landed|struck|fell)",
                           # ("a drone hit a fuel depot near the main market": likewise)
                           r"(?:a|an) (?:drone|missile|rocket) (?:hit|struck|dropped|landed)",
                           # ("A motorcycle bomb exploded near the bus terminal": the bomb, not who set it)
                           r"(?:a|an) (?:[\w-]+ )?bomb (?:[\w-]+ ){0,4}?(?:exploded|went off|detonated)")
_DISPLACED = _words(r"fled", r"flee(?:ing)?", r"displaced", r"displacing", r"displacement", r"uprooted",
                    r"left their homes", r"forced from their homes",
                    # "More than 300 residents have sheltered in a church since Tuesday"
                    r"(?:have|has|had) (?:been )?shelter(?:ed|ing)", r"(?:taken|sought|taking|seeking) refuge")
_COMMEMORATION = _words(r"anniversary", r"commemorat\w*", r"in memory of", r"memorial (?:service|ceremony)",
                        # "families buried 14 of the dead": the burial is no attack
                        r"buried (?:[^\s]+ ){0,4}?(?:dead|victims|bodies)", r"funerals? (?:of|for)", r"laid to rest",
                        # "mourners walked behind six coffins to the cemetery yesterday": a funeral
                        r"mourners (?:[^\s]+ ){0,3}?(?:behind|carried|carrying|followed) (?:[^\s]+ ){0,2}?coffins?")
_SENTENCE_PASSED = _words(r"sentenced", r"convicted", r"acquitted", r"found guilty",
                          # "ordered four men to stand trial", "sent them to trial", "committed for trial"
                          r"(?:ordered|sent|committed) (?:[\w-]+ ){0,3}?(?:to stand trial|to trial|for trial)")
_HARM_TOLD_AFTER = re.compile(r",?\s*(?:in which|when|that killed|which killed|killing)\b")
# After a court's act, what it judged: "sentenced two men to death for the bombing of a church in 2023"
_CRIME_JUDGED = re.compile(r"\b(?:for|over|in connection with)\b|\bof (?:the )?(?:killing|murder|massacre|attack|"
                           r"bombing|kidnapping)", re.IGNORECASE)
# "Police arrested a man yesterday in connection with Tuesday's bomb attack": the date is the
# arrest's, which this taxonomy does not code; the attack has a date of its own.
_ARRESTED = r"\b(?:arrested|detained|charged|indicted|apprehended)\b"
_ARREST_GROUND = r"\b(?:in\s+connection\s+with|on\s+suspicion\s+of|suspected\s+of|for\s+(?:his|her|their)\s+(?:alleged\s+)?(?:role|part)\s+in)\b"
_ARREST_BEFORE = re.compile(_ARRESTED + r"[^.;]{0,100}$", re.IGNORECASE)
_ARREST_GROUND_AFTER = re.compile(r"^[^.;]{0,100}?" + _ARREST_GROUND, re.IGNORECASE)
_ARREST_AFTER = re.compile(r"^[^.;]{0,100}?" + _ARRESTED + r"[^.;]{0,100}?" + _ARREST_GROUND, re.IGNORECASE)
# "MSF has worked in North Kivu since 1992", "the mission has been present there since 2013":
# how long someone has been somewhere is no event.
_PRESENCE = _words(r"ha(?:s|ve) (?:worked|operated|been (?:working|operating|present|active|based|deployed))")
_DIGIT = re.compile(r"\d")
_YEAR_DIGITS = re.compile(r"\d{4}")
# Casualties carried somewhere: "The injured jawans were airlifted to Raipur", "the bodies were taken to"
_CASUALTIES_MOVED = _words(
    r"(?:wounded|injured|dead|bodies|casualties)(?: (?:soldiers|jawans|officers|policemen|civilians|people|men|women|"
    r"children|victims|personnel|passengers))? (?:were|was|have been|had been) (?:(?:later|then|quickly|also|all) )?"
    r"(?:taken|flown|airlifted|evacuated|transferred|moved|rushed|brought|carried|driven)")
# A place things went to, not where they happened: "flights were diverted to Misrata", "fled to
# Chad", "taken to hospitals in Goma".
_DESTINATION_BEFORE = re.compile(
    r"\b(?:diverted|fled|flee(?:ing)?|evacuated|moved|relocated|flown|taken|transferred|rushed|sent|returned|"
    r"travel(?:l?ed)?|deported|bused|airlifted)\s+(?:back\s+)?(?:to|towards|into)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:in\s+|of\s+)?$"
    # "lorries taking flour and medicine to Parachinar", "the road to Parachinar": where things went
    r"|\b(?:taking|bringing|carrying|delivering|heading|bound)\s+(?:[\w-]+\s+){0,4}?(?:to|for|towards)\s+(?:the\s+)?$"
    r"|\b(?:road|roads|route|highway|way|link)\s+(?:from\s+[\w-]+\s+)?to\s+(?:the\s+)?$"
    # "the coastal road between Tripoli and the Tunisian border stayed closed": where a road runs
    r"|\b(?:road|roads|route|highway|link)\s+between\s+(?:the\s+)?$"
    # "is expected to visit Makurdi on Wednesday": a visit planned, or made, is not where the next attack was
    r"|\b(?:visit|visits|visited|visiting|to\s+tour|toured)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:in\s+|of\s+)?$",
    re.IGNORECASE)
# "a UK-based monitor", "Iran-backed militias": the place describes someone, nothing happens there.
# A capital right after these is the seat of a government, not a scene: "militias loyal to Kinshasa",
# "officials in Bogotá expected a short push", "a peace deal it accuses Kinshasa of betraying".
_SEAT_OF_GOVERNMENT_BEFORE = re.compile(
    r"\b(?:(?:loyal|allied|close|answerable)\s+(?:to|with)|aligned\s+with|backed\s+by|accus(?:e|es|ed|ing)"
    r"|(?:officials|authorities|diplomats|negotiators|mediators|ministers|leaders|the\s+government)\s+in)\s+$",
    re.IGNORECASE)
# "The Defence Ministry in Damascus says": where a ministry that speaks sits (not "a car bomb exploded
# outside the Interior Ministry in Damascus")
_MINISTRY_IN_BEFORE = re.compile(r"\b(?:ministry|ministry\s+of\s+(?:[\w-]+\s+){1,3}?)\s+in\s+$", re.IGNORECASE)
# "a monitor based in Britain": where someone sits, a country or a capital, nothing happens there
# (troops "based in Macomia" are near the town they set out from)
_BASED_IN_BEFORE = re.compile(r"\b(?:based|headquartered|registered)\s+in\s+$", re.IGNORECASE)
# "an Islamabad think tank", "a Nairobi rights group": the place describes who speaks
# (not "outside a Karachi university": a building is a scene)
# ("the Santa Rosa de Lima cartel", "the Los Arcos bar": a gang or a venue named after some place,
# which is where neither stands)
_ORG_NOUN_AFTER = re.compile(r"\s+(?:think[- ]tanks?|rights\s+groups?|monitoring\s+groups?|monitors?|newspapers?|daily|"
                            r"dailies|charit(?:y|ies)|NGOs?|research\s+groups?|cartels?|gangs?|"
                            r"bars?|nightclubs?|cantinas?)\b"
                            # ("the Jalisco New Generation Cartel": a cartel's name, whatever words it takes)
                            r"|(?:\s+(?-i:[A-Z])[\w'’-]*){1,3}\s+(?-i:Cartel)\b", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s+$", re.IGNORECASE)
_INSTITUTION_OF_BEFORE = re.compile(r"\b(?:[Dd]iocese|[Aa]rchdiocese|Bishop|Archbishop|Patriarch)\s+of\s+"
                                    r"(?:[A-Z][\w'’]+-)?$")  # ("the diocese of Maroua-Mokolo": both towns)
_SEAT_OR_SPONSOR = re.compile(r"-(?:based|headquartered|registered|backed|funded|sponsored|supported)\b", re.IGNORECASE)
# A toll that is not the one of the attack just told: a total, or another attack.
_OTHER_TOLL = _words(
    r"ha(?:s|ve)(?: now| so far)? (?:been )?(?:killed|wounded|injured|left|claimed)", r"in (?:all|total)", r"overall",
    r"so far", r"to date", r"since", r"separate", r"another", r"elsewhere", r"meanwhile", r"earlier", r"previous",
    r"death toll", r"this year", r"last year",
)
_WHEN = re.compile(r"^\s*,?\s*when\b", re.IGNORECASE)
# A claim in a sentence of its own names who carried out the attack just told.
_CLAIM = re.compile(
    r"\b(?:claimed(?: responsibility)?|claims responsibility|took responsibility|were blamed|was blamed|blamed|carried out by|"
    r"claimed by|attributed to|"
    # "The army said it had hit 'a gathering of terrorists'": its own strike, owned
    r"said (?:that )?it had (?:hit|struck|targeted|bombed|destroyed))\b",
    re.IGNORECASE,
)
# The wounded of an earlier attack who died since.
_DIED_OF_WOUNDS = _words(r"(?:wounded|injured)\s+(?:[\w-]+\s+){0,2}?(?:died|succumbed)",
                         r"died\s+(?:\w+\s+){0,2}?(?:of|from)\s+(?:their|his|her)\s+(?:wounds|injuries)",
                         r"succumbed\s+to\s+(?:their|his|her)\s+(?:wounds|injuries)")
# Doubt about who did it: "could not determine whether the attacks were carried out by X or Y".
_HEDGE = _words(r"whether", r"not able to", r"unable to", r"could not (?:determine|confirm|say)", r"unclear",
                r"not known", r"unknown", r"may have been", r"might have been", r"denied")
# "Local authorities blamed the RSF, which denied the accusation": the blamed one still did it,
# as the report tells it (the denial is an event of its own); no other doubt in the sentence
_BLAMED_WHO_DENIED = re.compile(r"(?<=blamed)\s+[^.;,]{1,60},\s+(?:which|who)\s+(?:has\s+|had\s+)?denied\b"
                                r"(?![^.;]*\b(?:whether|unclear|unknown|not\s+known)\b)", re.IGNORECASE)
# Whom victims were said to serve: "collaborating with the army", "informants of the 10th Front",
# "six civilians whom they accused of aiding the UPC", "supplying information to the MSA"
_TIES = r"collaborat(?:ing|ed|ion|ors?)\s+with|working\s+for|inform(?:er|ant)s?\s+(?:for|of)|spy(?:ing)?\s+for|spies\s+for" \
    r"|(?:of|for)\s+(?:aiding|helping|abetting|supplying\s+(?:[\w-]+\s+){0,2}?to)"
# An actor right after one of these is the target of violence, not who did it.
_TARGETED = re.compile(
    r"\b(?:on|against|at|towards?|targeting|targeted|hit|hitting|struck|striking|attacked|attacking|bombed|shelled|"
    r"ambushed|ambushing|killed|killing|wounded|wounding|injured|injuring|assassinated|"
    # (and the present of chronologies: "Israeli strikes on Hermel kill three Hezbollah members")
    r"kills?|wounds?|injures?|hits|shot\s+dead|shot|abducted|kidnapped|"
    r"raided|stormed|shelling|bombing|shot down|shoot down|downed|intercepted|destroyed|destroying|"
    # "struck what the military called Hezbollah weapons depots": the target, as the striker names it
    # ("wounding three men whom local security officials described as PKK members": whose they were said to be)
    r"(?:what|whom)\s+(?:[\w'’-]+\s+){1,3}(?:called|described\s+as|termed|identified\s+as)|"
    # "17 men accused of collaborating with the army": whom the victims were linked to
    + _TIES + r"|ties\s+to|links\s+to|"
    # "began firing on northern Israel on Oct. 8, 2023, in support of its ally Hamas": whom it backs
    r"in\s+(?:support|solidarity)\s+(?:of|with)\s+(?:its|their)?\s*(?:ally|allies)?|"
    # "struck nine sites, including the headquarters of Jaish-e-Mohammed ... and of Lashkar-e-Taiba"
    r"(?:headquarters|bases?|camps?|positions|hideouts?|strongholds?|offices|facilities|patrols?|convoys?|posts?|"
    r"vehicles?)\s+of|and\s+of|"
    # "killed at least 45 people, among them Ibrahim Aqil, head of Hezbollah's elite Radwan force",
    # "kills a man the army describes as a commander in Hezbollah's Radwan Force": whose ranks were hit
    r"(?:commanders?|head|leader|chief)\s+(?:in|of)|"
    # "bombed Yabus, a town held by the SPLM-N": who holds the place struck
    r"(?:towns?|city|cities|villages?|territory|areas?)\s+(?:held|controlled|occupied|run)\s+by|"
    # ("hit the Ain Sifni field, which lies in Nineveh but is administered by the Kurdistan Regional Government")
    r"(?:is|are)\s+(?:administered|governed|held|controlled|run)\s+by|"
    # "After an RSF commander defects to the army, RSF fighters take revenge": whom a defector went to
    r"defect(?:s|ed|ing)?\s+to|"
    # "killed at least 19 members of Burkina Faso's army-backed militia": those killed were its own
    # ("shot dead a former officer of the Afghan National Army": the army he served in)
    r"(?:killed|killing|wounded|wounding|injured|injuring|shot\s+dead|shot|abducted|kidnapped)\s+"
    r"(?:at\s+least\s+|more\s+than\s+|some\s+)?[\w-]+\s+(?:former\s+|retired\s+)?"
    r"(?:members?|soldiers?|officers?|fighters?|troops|personnel|commanders?)\s+of|"
    # "IS cells have killed 96 soldiers, SDF fighters and civilians": the next of a list of victims
    r"(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:at\s+least\s+|more\s+than\s+)?[\d,]+\s+[\w-]+(?:,|\s+and)|"
    # "struck nine sites, among them Jaish-e-Mohammed's seminary in Bahawalpur and a Lashkar-e-Taiba compound"
    r"(?:among\s+them|including)(?:\s+[\w-]+['’]s\s+[\w-]+\s+in\s+[\w-]+\s+and)?)"
    # ("was attacked by X": X did it; "were killed yesterday when FARC dissidents dropped explosives": a
    # clause of its own begins, and its subject did it)
    # (a count with a comma is one word: "its jets hit about 1,600 Hezbollah targets")
    r"\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:by|when|as|after|while|before|because|since)\b)(?:\d[\d,]*\d|[\w-]+)\s+){0,2}$",
    re.IGNORECASE,
)
# A group's members counted among the dead or wounded: "Eighteen Maoists, among them a commander,
# were killed", "214 Maoists have been killed in encounters since January", "two Nigerian soldiers
# were wounded" (the count before the name, the passive after it)
_PASSIVE_DEAD_AFTER = re.compile(
    r"(?:\s+(?:fighters|members|militants|cadres|rebels|insurgents|soldiers|troops|militiamen))?"
    r"(?:\s*,[^,.;]{1,90},)?\s+(?:were|have\s+been|had\s+been)\s+(?:killed|shot\s+dead|neutrali[sz]ed|eliminated|"
    r"wounded|injured)\b",
    re.IGNORECASE)


def _killed_by_count(text: str, match: ActorMatch, clause_start: int) -> bool:
    """Whether an armed side's name follows the count of those a force killed: "the army had killed
    120 Fano fighters", "troops have neutralised 11 NPA members" (a tally's dead, not who killed)."""
    count = COUNT_BEFORE.search(text, max(clause_start, match.start - 25), match.start)
    return bool(count and _COUNTED_BEFORE.search(text, max(clause_start, count.start() - 40), count.start()))


def _counted_dead(text: str, match: ActorMatch, clause_start: int) -> bool:
    """Whether an armed side's name counts its own dead: "18 Maoists ... were killed", "38 militants
    and 11 members of the security forces have been killed"."""
    return bool((COUNT_BEFORE.search(text, max(clause_start, match.start - 25), match.start)
                 or _search(_MEMBERS_COUNTED_BEFORE, text, max(clause_start, match.start - 40), match.start))
                and _PASSIVE_DEAD_AFTER.match(text, match.end))


_MEMBERS_COUNTED_BEFORE = re.compile(r"\b(?:\d[\d,]*|[a-z]+)\s+(?:members|soldiers|personnel|fighters|officers)\s+of\s+"
                                     r"(?:the\s+)?$", re.IGNORECASE)


# Those harmed were a force's or a group's own: "killed 19 members of the VDP", "wounding two
# fighters of the SDF"
_MEMBERS_HARMED_BEFORE = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring|shot\s+dead|ambushed|ambushing)\s+"
    r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+)?[\w-]+\s+"
    r"(?:members|soldiers|fighters|troops|personnel|volunteers|militiamen|elements)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE)
# Whom the victims were said to serve: "calling the brothers informants of the 10th Front"
_TIED_TO_BEFORE = re.compile(r"\b(?:" + _TIES + r"|agents?\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# Among those a count counts: "killed 96 soldiers, SDF fighters and civilians", "killed SDF fighters"
_COUNTED_BEFORE = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring|neutrali[sz]ed|neutrali[sz]ing)\s+"
    r"(?:at\s+least\s+|more\s+than\s+)?"
    r"(?:[\d,]+\s+[\w-]+(?:,|\s+and)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# Events are about what the article reports, not the vague past: a year alone dates no violence.
_SPEECH_TYPES = frozenset({"statement", "denial", "report_published", "agreement"})
# Who said it ("..., the Defence Ministry in Moscow said.", "according to medics in Aden"):
# a place in the attribution is where the speaker is, not where the event happened.
_ATTRIBUTION = re.compile(
    r",\s*(?:according to [^,;:]{1,80}|(?:the |a |an )?[^,;:\"]{1,60}?\b(?<!so-)" + _SPEECH + r"(?:\s+[^,;:\"]{1,30})?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# "Douma, near Damascus", "Costa Rica, a farming town 30 km south of Culiacán", "Hpakant, the
# jade-mining town west of Myitkyina": the second place only says where the first lies.
_LANDMARK = re.compile(
    r"\s*,?\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:town|village|city|district|neighbou?rhood|suburb|settlement|camp|area)"
    r"\s+)?(?:(?:just|some|about|around|roughly|nearly)\s+)?"
    r"(?:near|outside|close to|not far from|(?:(?:\d+|a few) (?:km|kilometres|kilometers|miles) )?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?|away) (?:of|from)|"
    # "Kenscoff, in the hills above Port-au-Prince", "Ardamata, on the edge of El Geneina"
    r"(?:in\s+the\s+(?:hills|mountains|heights)\s+)?(?:above|overlooking)|"
    r"on\s+the\s+(?:edge|edges|fringes?|outskirts)\s+of)\s+(?:the\s+)?(?:(?:city|town|village) of\s+)?",
    re.IGNORECASE,
)
# Those backing the ones named before them: "units backed by Kenyan officers of the MSS mission"
_BACKED_BY_BEFORE = re.compile(r"\b(?:backed|supported|assisted|accompanied)\s+by\s+(?:[\w'’-]+\s+){0,4}?"
                               r"(?:of\s+)?(?:the\s+)?$")
# "gunmen loyal to the former government of Bashar al-Assad": whom they are loyal to did not act
# (gunmen loyal to an armed group, "loyal to Los Chapitos", are its own)
# ("the MSA, a Tuareg armed group allied with the army": the army is the ally of the one named)
_LOYAL_TO_BEFORE = re.compile(r"\b(?:(?:loyal|loyalists?)\s+to|allied\s+(?:with|to))\s+(?:the\s+)?"
                              r"(?:(?:former|ousted|late|deposed)\s+)?"
                              r"(?:(?:government|regime|president|leader)\s+(?:of\s+)?)?$", re.IGNORECASE)
# "Dawlah Islamiyah, a local group that has pledged allegiance to Islamic State": the patron of the
# group named first, not a doer.
_PATRON_BEFORE = re.compile(
    r"\b(?:allegiance|loyalty)\s+to\s+(?:the\s+)?$|\baffiliated\s+(?:with|to)\s+(?:the\s+)?$|"
    r"\b(?:an?\s+)?(?:affiliate|branch|offshoot|franchise|proxy)\s+of\s+(?:the\s+)?$|\b(?:aligned\s+with|"
    r"inspired\s+by|linked\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "fields operated by Norway's DNO": a country that owns the name after it is not where it happened
# (a place after it, "Syria's Idlib province", says where, and the country adds nothing).
_OWNER_AFTER = re.compile(r"['’]s\s+(?-i:[A-Z])", re.IGNORECASE)
# A country whose war it is: "Israel's offensive in Gaza", "Russia's air strikes on Idlib".
_WAGER_AFTER = re.compile(
    r"['’]s\s+(?:(?:own|latest|new|renewed|military|aerial|ground|air|naval|drone|missile|retaliatory|"
    r"full-scale)\s+)?(?:offensive|counter-?offensive|campaign|war|bombardment|bombing|invasion|assault|"
    r"strikes|attacks?|operations?|troops|forces|army|military|soldiers|blockade|siege|occupation)\b",
    re.IGNORECASE)
# ... unless the name is the state's own arm: "Russia's Defence Ministry", "Israel's Air Force"
_ROLE_AFTER = re.compile(
    r"['’]s\s+(?:[A-Z][\w-]*\s+){0,2}(?:Ministry|Army|Air\s+Force|Navy|Forces|Military|Government|President|"
    r"Prime\s+Minister|Guard|Guards|Police|Defen[cs]e|Office|Command|Council)\b")
# A country named after one of these is where something happened, not who did it.
_LOCATIVE = re.compile(
    r"\b(?:in|into|inside|across|throughout|near|nr\.?|over|to|from|within|around|at|on|outside|toward|towards|"
    r"against|(?:borders?|frontiers?)\s+with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Russia and Turkey signed", "the United States and the Taliban signed": speakers in a list.
_SPEAKER_JOIN = re.compile(r"(?:\s+(?:fighters|forces|troops|militants|soldiers|units))?\s*(?:,|and|,\s*and"
                           # "RSF fighters and their allies in the SPLM-N", "The Defence and Security Forces
                           # (FDS), operating jointly with the Rwanda Security Forces"
                           r"|(?:,\s*)?and\s+(?:its|their)\s+allies\s+(?:in|of|from)|"
                           r"(?:\s*\([A-Z]{2,8}\))?,\s*(?:operating|fighting|acting)\s+(?:jointly\s+|together\s+)?with)"
                           r"\s*(?:the\s+)?", re.IGNORECASE)
_TERMS = re.compile(r",\s+(?:and\s+)?(?!(?:including|according|excluding)\b)[a-z]+ing\b")
# "agreed in Port Sudan to allow humanitarian flights to land at Ad-Damazin airport": what a deal
# says will be done (not "agreed to a ceasefire in Aleppo", a deal's noun, nor "agreed to meet in Doha")
_AGREED_TO_DO = re.compile(r"\s+to\s+(?!(?:a|an|the|its|their|his|her|this|that|these|those|each|both|all|any|"
                           r"some|meet|be|sign|hold)\b)(?-i:[a-z])[a-z]+\s+(?-i:[a-z])")
# A document's heading: the lines before its first blank line.
_HEAD_END = re.compile(r"\n[ \t]*\n")
# One short line of fields parted by bars, then a blank line
_META_LINE = re.compile(r"[^\n|]{1,80}(?:\|[^\n|]{1,80}){1,5}(?=\n[ \t]*\n)")
_COMPARISON = re.compile(r",?\s+(?:against|compared (?:with|to)|up from|down from|versus|vs\.?|"
                         r"(?:more|fewer|less|higher|lower) than (?:in|during|for)(?: all of| the whole of| the same \w+ of)?)"
                         # ("against about 1,000 in the same period of 2024")
                         r"\s*(?:(?:about|around|some|nearly|almost|roughly|approximately|over|at least|more than)\s+)?"
                         r"(?=[\w,]*\d)", re.IGNORECASE)
# "killed more than 1,600 people last year ..., and at least 310 so far this year": a bare figure,
# then its period, counts what the one before it counts (searched only for a clause's figures)
# (opening with its literal, so that sre skips to each "and" at once)
_AND_FIGURE_FOR_PERIOD = re.compile(
    r"and\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+|over\s+)?"
    r"(?=\d[\d,]*\s+(?:so\s+far\s+)?(?:(?:this|last|past)\s+(?:year|month|week)|since|in\s+\d{4}|between|from)\b)")
_LEADING_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?![\d,.])")
_ISSUED_BEFORE = re.compile(r"\b(?:issued|published|released|date of issue|dated?)(?:\s+on)?\s*:?\s*$", re.IGNORECASE)
_ACCORDING = _words(r"according to")
_STARTING_BEFORE = re.compile(r"\b(?:starting|beginning|effective|as\s+of|with\s+effect\s+from)\s+$", re.IGNORECASE)


def _in_header_line(text: str, pos: int) -> bool:
    """``pos`` is on a short line of fields split by "|": a byline or a filing line ("Justice desk |
    The Hague | 06/10/2025")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    return end - start <= 150 and " | " in text[start:end]


_ENTRY_AFTER = re.compile(r"[^\S\n]*[–—:-][^\S\n]")


def _without_origins(text: str, places: list[PlaceMatch], always: bool = False) -> list[PlaceMatch]:
    """The places of an attack less those its people came from, the route they were on (the ends
    a road is named after) or those people fled, when others remain: "fighters from Daraa,
    Deir-ez-Zor and other governorates converged on Suwayda", "opened fire on the train near Mach
    as it travelled from Quetta to Peshawar", "13 killed in Cambodia, and 80,000 have fled their
    homes in Oddar Meanchey" (``always``: whether others remain or not)."""
    origins: set[int] = set()
    ends: set[int] = set()
    for i, place in enumerate(places):
        if _search(_FROM_BEFORE, text, max(0, place.start - 60), place.start) \
                or _FLED_IN_BEFORE.search(text, max(0, place.start - 80), place.start):
            origins.add(i)
        elif i - 1 in origins and _ROUTE_OR_LIST.fullmatch(text, places[i - 1].end, place.start):
            origins.add(i)  # "from Quetta to Peshawar", "from Daraa, Deir-ez-Zor"
        elif _ROAD_TO_AFTER.match(text, place.end) or (
                place.start > 1 and text[place.start - 1] in "-–" and text[place.start - 2].isalpha()
                and _ROAD_NOUN_AFTER.match(text, place.end)):
            origins.add(i)  # "on the Quetta-Zhob highway in Zhob district": the road's two ends
            ends.add(i)
    if origins and ends == origins == set(range(len(places))):
        # "a drone hit a fuel tanker on the Gao-Ansongo road": somewhere along the road, in
        # neither town it is named after; in their regions
        return [_region_of(p) if p.place.kind == "locality" else p for p in places]
    if not origins or len(origins) == len(places) and not always:
        return places
    return [p for i, p in enumerate(places) if i not in origins]


# "a National Guard unit sent from Tahoua to reinforce the town was ambushed": the town a unit set out
# from is never a scene, even when the text names no other place near (a region it came from still
# tells which regions the text spans)
_SENT_FROM_BEFORE = re.compile(r"\b(?:sent|dispatched|despatched|deployed|redeployed|flown)\s+from\s+(?:the\s+)?$",
                               re.IGNORECASE)


_ROAD_NOUNS = r"(?:highway|road|motorway|expressway|railway|rail\s+line|route|corridor|axis|stretch)\b"
_ROAD_NOUN_AFTER = re.compile(r"\s+" + _ROAD_NOUNS)
_ROAD_TO_AFTER = re.compile(r"[-–](?-i:[A-Z])[\w'’]*(?:\s+(?-i:[A-Z])[\w'’]*)?\s+" + _ROAD_NOUNS, re.IGNORECASE)
# "Iran's health ministry", "the Lebanese Ministry of Health"
_HEALTH_MINISTRY_OF = re.compile(r"\b(?:the\s+)?(?P<country>(?-i:[A-Z])[\w-]+?)(?:['’]s)?\s+(?:health\s+ministry|"
                                 r"ministry\s+of\s+(?:public\s+)?health)\b", re.IGNORECASE)
_THE_WAR_KILLED = _words(r"the (?:conflict|war|insurgency) (?:has |have |had )?(?:since )?(?:killed|claimed)")
# "Sinjil has been targeted before.": a sentence that announces earlier attacks on a place
_TARGETED_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s))[^.!?\n]{1,80}\b(?:has|have|had)\s+been\s+(?:targeted|attacked|hit|"
                              r"struck|shelled|bombed|raided)\s+(?:before|previously|in\s+the\s+past)\.\s*$",
                              re.MULTILINE)
# A health ministry or minister, by either word order
_HEALTH_MINISTRY_WORDS = (r"health\s+minist(?:ry|er)", r"minist(?:ry|er)\s+of\s+(?:public\s+)?health")
_HEALTH_MINISTRY = _words(*_HEALTH_MINISTRY_WORDS)
# "on the Thai side", "on the Cambodian side of the border"
_ONE_SIDE_OF = re.compile(r"\bon\s+the\s+(?P<country>(?-i:[A-Z])[a-z]+)\s+side\b", re.IGNORECASE)
# "more than 80,000 have fled their homes in Oddar Meanchey": where people fled, not where the harm was
_FLED_IN_BEFORE = re.compile(r"\b(?:fled|left|abandoned)\s+their\s+(?:homes|villages)\s+in\s+(?:the\s+)?"
                             r"(?:(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}(?:and|or)\s+|(?:(?-i:[A-Z])[\w'’-]*\s+){1,3},\s*)?$",
                             re.IGNORECASE)
# (not "about 6 km from Jakiri": a distance locates, it tells no origin)
_FROM_BEFORE = re.compile(r"(?<!\bkm )(?<!\bkms )(?<!miles )(?<!metres )(?<!meters )(?<!kilometres )(?<!kilometers )"
                          r"\bfrom\s+(?:the\s+)?$"
                          # "soldiers fleeing the fall of Bukavu shot dead nine civilians in Uvira"
                          r"|\b(?:fleeing|fled)\s+(?:the\s+(?:fall|capture|fighting|violence)\s+(?:of|in)\s+)?$"
                          # "youths from Mayom County in Unity State raided cattle camps near Gogrial"
                          r"|\bfrom\s+(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}(?:county|district|township|LGA|territory)\s+"
                          r"(?:in|of)\s+(?:the\s+)?$",
                          re.IGNORECASE)
_ROUTE_OR_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+to\s+(?:the\s+)?)", re.IGNORECASE)
# A part of a count placed inside the place of the whole: "1,046 deaths in Guayas province, most
# of them in Guayaquil and Durán" happened in the province.
_SUBGROUP_IN = re.compile(
    # ("..., 17 of them in Zawiya", "..., two-thirds of them in Mopti")
    # (", 71 per cent of them in Mopti and Segou regions")
    r",\s+(?:(?:most|many|all|half|some|nearly\s+all|the\s+majority|\d[\d,.]*(?:\s*%|\s+per\s*cent)?"
    r"|[a-z]+(?:-[a-z]+)?)\s+of\s+them"
    r"|(?:mostly|mainly|largely|chiefly))"
    r"\s+in\b"
)
# "pursued the attackers towards the border with Mali": where they went, not where it happened
# "withdrew towards Niger", "near the point where the borders with Niger and Burkina Faso meet":
# the country only says where the place lies
_TOWARDS_BEFORE = re.compile(r"\b(?:towards?|toward)\s+(?:the\s+)?(?:border\s+with\s+)?$|"
                             # "lorries taking flour to Parachinar", "the road to Parachinar": where
                             # they were going, not where it happened
                             r"\b(?:(?:road|highway|route|convoys?|lorries|trucks)|(?:taking|carrying|bringing|heading|"
                             r"travell?ing|bound|driving|returning)\b[^.;:!?]{0,40}?)\s+to\s+$|"
                             r"\b(?:borders?|frontiers?)\s+with\s+(?:(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2}"
                             r"\s*,?\s+(?:and|or)\s+)?$",
                             re.IGNORECASE)
# "the nearby town of Sarmin", "neighbouring Al-Ajaylat": a town told of by its nearness to another
_NEARBY_BEFORE = re.compile(r"\b(?:nearby|neighbouring|neighboring|adjoining|adjacent)\s+(?:(?:town|city|village)\s+of\s+)?$",
                            re.IGNORECASE)
# "terrorists armed with automatic weapons and locally made explosive devices attacked": what they
# carried, not the means of the attack
_CARRIED = r"(?:[\w-]+\s+){0,4}?(?:weapons|guns|rifles|machetes|knives|devices|explosives|grenades|bombs)\b"
_ARMED_WITH = re.compile(rf"\barmed\s+with\s+{_CARRIED}(?:,?\s+(?:and\s+)?{_CARRIED})*", re.IGNORECASE)
_SUPPORT = re.compile(r"\b(?:(?:supported|backed|assisted|covered)\s+by|with\s+(?:the\s+)?(?:support|backing|help)\s+of)"
                      r"\s+(?:the\s+|an?\s+)?(?:(?![a-z]+ed\b)[\w-]+\s*){1,3}", re.IGNORECASE)
_TREND = _words(r"rose", r"risen", r"increased", r"surged", r"soared", r"doubled", r"tripled", r"fell", r"dropped",
                r"declined", r"decreased", r"halved")
_ANSWERED = re.compile(r"\b(?:rejected|dismissed|denied|disputed|criticised|criticized|condemned|welcomed)\s+the\s+"
                       r"(?:report|group|organi[sz]ation|findings)\b", re.IGNORECASE)
# (or one of its numbered units: "The army's 18th Brigade said on Monday that a soldier was wounded"; or
# its envoy: "Russia's representative recalled the coalition's 9 August 2018 strike")
_SAYS_AFTER = re.compile(r"(?:'s)?(?:\s+(?:officials?|authorities|spokes(?:man|woman|person)|military|government|"
                         r"representatives?|envoys?|ambassadors?|"
                         r"\d+(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+)?(?:Brigade|Division|Battalion|Regiment|Corps)))?"
                         r"\s+(?:said|says|say|told|claimed|claims|announced|accused|accuses|blamed|blames|recalled|recalls)\b"
                         r"(?:\s+that)?", re.IGNORECASE)
_OWN_PRONOUN = re.compile(r"\b(?:it|its|they|their|we|our)\b", re.IGNORECASE)
# ... unless its own were those hit: "one of its soldiers was wounded"
_OWN_HARMED = re.compile(r"(?:its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:soldiers?|troops|members|personnel|officers|men)\s+"
                         r"(?:was|were|had\s+been|have\s+been)\s+(?:killed|wounded|injured|hurt)\b", re.IGNORECASE)
_POSSESSIVE_DATE = re.compile(r"'s?\s")
# (its short form in brackets may stand between: "The International Committee of the Red Cross (ICRC) is appalled")
_REACTS = re.compile(r"(?:\s+\([A-Z]{2,8}\))?\s+(?:(?:is|was|were|has\s+been|had\s+been)\s+)?"
                     r"(?:appalled|alarmed|shocked|horrified|saddened|concerned|outraged|condemned|condemns|deplored|"
                     r"deplores|denounced|denounces|said|says|reported|recorded|documented|told|warned|called)\b",
                     re.IGNORECASE)
# "The Houthis began attacking merchant ships in November 2023": a month or year that starts
# a kind of violence starts a campaign (a day's "began shelling the town" is the shelling).
_BEGAN_DOING = _words(r"(?:began|begun|started) (?:attacking|shelling|bombing|striking|targeting|raiding|"
                      r"firing (?:on|at|rockets|missiles)|launching (?:attacks|strikes|rockets|missiles|drones))")
_CITY_AFTER = re.compile(r"\s+city\b", re.IGNORECASE)
_CITY_BEFORE = re.compile(r"\bcity\s+of\s+$", re.IGNORECASE)
_ARMY_TARGET = _words(r"(?:(?:an?|the|its|two|three|several) )?(?:army|military|paramilitary|(?-i:FDS)) "
                      r"(?:base|post|camp|barracks|patrol|convoy|checkpoint|position|outpost)s?",
                      # "attacked the gendarmerie post in Mozogo": a gendarmerie is a corps of the army
                      r"gendarmerie (?:base|post|camp|barracks|patrol|convoy|checkpoint|position|outpost|brigade|"
                      r"station)s?",
                      # "attacked army and Wazalendo militia positions": the army held some of them
                      r"(?:army|military) and (?:[\w-]+ ){1,2}?(?:positions|posts|bases|camps)",
                      # "a CAFGU patrol base": the army's auxiliaries hold it
                      r"patrol bases?",
                      # "attacked the Forward Operating Base at Gajiram"
                      r"(?:forward )?operating bases?", r"(?-i:FOBs?)",
                      # "ISWAP terrorists attacked troops' location in Marte"
                      r"troops['’] (?:location|positions?|base|camp|post)s?",
                      # "stormed a post, killing 28 soldiers", "killing 18 Frontier Corps soldiers": soldiers
                      # fell, so the army fought
                      r"(?:killing|killed|wounding|wounded) (?:at least |more than |some |about |nearly |over )?"
                      r"(?:[\w,-]+ ){0,3}(?:soldiers|troops|servicemen|gendarmes)",
                      # "The group has been attacking soldiers and park rangers": the army was fought
                      r"(?:attacking|attacked|ambushing|ambushed) (?:soldiers|troops|servicemen|gendarmes)",
                      # "soldiers captured him in an operation", "troops had killed 11 fighters", "98 of
                      # our soldiers fell": the army fought
                      r"(?:soldiers|troops) (?:had |have )?(?:captured|killed|fought|repelled|clashed|pursued|ambushed|"
                      r"attacked|stormed|raided|retook|recaptured|exchanged fire)",
                      r"\d[\d,]* (?:of (?:our|its|their) )?(?:soldiers|troops)")
# "a strike on a residential building killed 46 civilians": the article's means, not a massacre
_STRIKE = _words(r"strikes?", r"struck")
_ONE_SIDE = re.compile(r"\b(?:accepted|agreed)\b", re.IGNORECASE)
_THE_COUNTRY = _words(r"the country(?:'s)?", r"nationwide", r"countrywide", r"the national territory")
# ("Russia had launched 137 drones and 11 missiles at the country overnight")
_PART_OF_THE_COUNTRY = _words(r"(?:across|in|throughout|all over|at) "
                              r"(?:the (?:far )?(?:north|south|east|west|north-?east|"
                              r"north-?west|south-?east|south-?west|centre|center) of )?the country(?!['’])")
_CROWD_PROTEST = _words(
    r"(?:hundreds|thousands|dozens|scores|residents|villagers|protesters|demonstrators|crowds?|relatives|families|"
    r"mourners)(?: of (?:residents|villagers|people|protesters|relatives))? (?:blocked|marched|rallied|protested|"
    r"demonstrated|gathered|took to the streets)")
# A day alone in a field of the heading: "... | 15 May 2025", "Kabul, 23/10/2025" on a line of its own.
_FIELD_BEFORE = re.compile(r"(?:\||^[ \t]*(?:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3},)?)[ \t]*$")
_PART_RULE = re.compile(r"^[ \t]*[-–—_=*]{1,80}[ \t]*$", re.MULTILINE)
# "killing 1,400 people according to Israeli officials": who counted, not who killed.
_SOURCE_BEFORE = re.compile(r"\b(?:according to|citing|cited by|reported by|told)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
_LISTENER_VERB = re.compile(r"told|tells|tell|informed|assured|briefed", re.IGNORECASE)
# (or a verb: "said the attack was part of a feud between Barrio 18 and ...", told without "that")
_CONTENT_START = re.compile(r"\b(?:that|whether|if|how|why|what|was|were|is|are|had|has|have|would|will)\b|[,;:\"]")
_RELATIVE = re.compile(r",\s+(?:(?:to|of|in|by|with|from|for)\s+)?(?:which|who|whom)\b[^,;.!?\"]*$")
# "a roadside bomb that had killed two soldiers the day before": a clause of the noun before it,
# dated on its own.
_RESTRICTIVE = re.compile(r"\s(?:that|which|who)\s+(?:had|has|have|was|were)\s[^,;.!?\"]*$")
_RESTRICTIVE_REACH = 400  # the characters a restrictive clause and its date are looked for in
_CONTRAST = re.compile(r"(?:,\s*(?:but|while|whereas|although|though)|;)\s+(?=[^.;]*\b(?:" + _SPEECH + r"|denied|denies|rejected|blamed)\b)",
                       re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;]\s")
_JOINT = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+"
                    # "..., a charge the party rejected the same day": the answer is a clause of its own
                    r"|,\s+(?=(?:a|an)\s+(?:charge|claim|accusation|allegation|assertion|version)\s+(?:that\s+|which\s+)?"
                    r"[^,.;]{0,60}?\b(?:denied|rejected|dismissed|disputed|denies|rejects|dismisses)\b)")
_PARTICIPLE = re.compile(r"[a-z]+ing\b")
# "Since resuming its offensive on 13 November 2023, the ": a participle's phrase opening the sentence
_PARTICIPLE_OPENER = re.compile(r"(?:(?:Since|After|Before|While|Upon)\s+)?[a-z]+ing\b[^,.;]{0,80},\s+(?:the\s+)?",
                                re.IGNORECASE)
_FINITE_VERB = re.compile(r"\b(?:[a-z]+ed|took|retook|fell|hit|struck|began|shot|won|lost|fled|left|held|made|went|came|"
                          r"sent|fought|led|met|told|said|says|saw|ran|broke|drove|flew|threw|blew|tore|rose|overran)\b")
_AFTER_CLAUSE = re.compile(r",\s+(?:after|following)\s+(?:its|their|his|her|the|a|an|[A-Z]"
                           # "..., after gang members killed at least 21 people": a subject and its verb
                           r"|(?=(?:[a-z-]+\s+){1,3}(?:killed|attacked|stormed|shot|raided|burned|abducted|ambushed|"
                           r"opened\s+fire)\b))"
                           r"(?![\w ]{0,20}\b(?:days?|weeks?|months?|hours?|years?)\b)")
_CIVILIAN_AMBUSH = _words(
    r"ambush(?:ed|es|ing)? (?:an? |the |two |three |several )?(?:convoy of )?(?:civilian |passenger |commuter |public |"
    r"commercial )?(?:buses|bus|minibus(?:es)?|minivans?|taxis?|lorr(?:y|ies)|travell?ers|passengers|commuters|traders|"
    r"villagers|farmers|barges?|boats?|ferry|ferries)",
    # "ambushed a barge carrying WFP food", "ambushed a truck carrying aid": a cargo, not a force
    r"ambush(?:ed|es|ing)? (?:an? |the )?(?:[\w-]+ ){0,2}?(?:barges?|boats?|trucks?|lorr(?:y|ies)|convoy|vehicles?) "
    r"(?:carrying|loaded with|transporting) (?:[\w-]+ ){0,2}?(?:food|aid|supplies|goods|passengers|fuel|grain|relief)",
    r"ambush(?:ed|es|ing)? (?:an? |the |two |three |several )?civilian (?:vehicles?|cars?|convoys?|trucks?)",
    # "killed four local officials in an ambush near Nekemte"
    r"(?:killed|killing) (?:at least |more than |some |about )?(?:[\w,-]+ ){0,2}?(?:civilians|villagers|passengers|traders|"
    r"drivers|farmers|herders|(?:local|village|district|municipal) officials) in an? ambush")
# A source's count of the dead so far, in the present: "police say 118 officers have been killed".
_COUNT_SO_FAR = _words(r"(?:say|says|estimate|estimates|count|counts)\s+(?:that\s+)?(?:at\s+least\s+|more\s+than\s+|some\s+)?"
                       r"[\d,]+\s+(?:[\w-]+\s+){0,2}?(?:have|has)\s+been\s+(?:killed|wounded|injured)")
# "more than in the whole of 2024": a period named only to compare with
_THAN_BEFORE = re.compile(r"\bthan\b[^,;.]*$", re.IGNORECASE)
_WHICH_ASIDE = re.compile(r",\s+(?:which|where|whose)\b[^,;.]*")
_VALLEY_AFTER = re.compile(r"\s+[Vv]alley\b")
_WHO_SAY_ASIDE = re.compile(r",\s+who\s+(?:say|says|said|claim|claims|claimed)\b[^,;.]*,")
_PUBLISHED_BY = re.compile(r"\b(?:published|released|issued)\b[^.;,]{0,40}\bby\s+(?:the\s+)?$", re.IGNORECASE)
# A clause of what came first, right after the date: "On Saturday, after rockets were intercepted, ..."
_LEADING_AFTER = re.compile(r",\s+(?:after|following)\s+(?![\w ]{0,20}\b(?:days?|weeks?|months?|hours?|years?)\b)"
                            r"(?P<clause>[^,;.:]{10,200}?),\s+(?=\S)")
_REPEATED = re.compile(r"\d|\b(?:times|occasions)\b")  # "killed 30 people", "struck three times"
_STOP_MARK = re.compile(r"[.;:!?\"]")
_SHORT_QUOTE = re.compile(r"[\"“][^\"“”.;:!?]{1,30}[\"”]")
# "in the Tigray war", "the Iran-Iraq war": the place names the war, not where this happened.
_NAMED_WAR = re.compile(r"(?:-[A-Z][\w'-]+)?\s+(?:war|conflict|crisis|insurgency|uprising|revolution)\b")
_A_WAR_IN_BEFORE = re.compile(r"\b(?:war|conflict|crisis|insurgency|uprising|revolution)\s+in\s+(?:the\s+)?$")
_THE_BEFORE = re.compile(r"\bthe\s+(?:[A-Z][\w'-]*-)?$", re.IGNORECASE)


def _names_a_war(text: str, item) -> bool:
    """Whether a name only names a war ("in the Tigray war", "the Iran-Iraq war")."""
    return bool(_NAMED_WAR.match(text, item.end) and _THE_BEFORE.search(text, max(0, item.start - 30), item.start))
_PLACE_LIST_JOIN = re.compile(r"\s*(?:,|and|or|,\s*and)\s*")
# ("in Morales, in central Cauca": a direction of the region may stand between)
_PLACE_PAIR = re.compile(r"(?:\s*,\s*(?:in\s+)?|\s+in\s+)(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|"
                         r"western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?")
# A town or city named again by what it is: "on the northern edge of the city".
_THE_CITY = _words(r"(?:in|of|on|around|near|across|outside|into|inside|enter|entered|entering|retook|retake|seized|"
                   # ("have blockaded the town since February 2022")
                   r"captured|stormed|shelled|bombed|held|besieged|blockaded|encircled) the "
                   r"(?:(?:port|border|coastal|garrison|market|northern|"
                   r"southern|eastern|western|besieged) )?(?:city|town|suburb)(?!\s+(?:of|hall)\b)",
                   # "hit the queue at the town's water station", "The city's worst day of the war",
                   # "beat a man to death on the village's farmland"
                   r"(?:at|in|on|near|hit|struck|shelled|bombed) the (?:city|town|district|village)['’]s",
                   r"(?-i:The) (?:city|town|village)['’]s",
                   # "Russian drones returned to the city overnight"
                   r"(?:returned|came back) to the (?:city|town)")
# A region named again by what it is: "167 homicides in the state".
_THE_REGION = _words(r"(?:in|across|throughout|of|(?<!according )to|into) the "
                     r"(?:state|province|region|governorate|department|oblast|strip|"
                     r"(?:(?:northern|southern|eastern|western|central|surrounding|rural)\s+)?countryside)"
                     r"(?!\s+(?:of|capital)\b)")
# An area by its own name, with a word that says it is one: "in the Catatumbo region".
_UNKNOWN_REGION = re.compile(r"\b(?:in|across|throughout)\s+the\s+(?:[A-Z][\w'’-]+\s+){1,2}"
                             r"(?:region|area|valley|zone|territory|highlands|lowlands|basin|corridor|"
                             # "in the Mayo-Sava department", "across the Bastar division", "in the Bahwere chiefdom",
                             # "a bandit enclave in the Rugu forest"
                             r"department|division|prefecture|belt|chiefdom|forest)\b")
# A region's main town named by what it is: "fighting for control of the state capital".
_THE_CAPITAL = _words(r"the (?:state|provincial|province's|state's|regional|departmental|district) capital")
# "to retake the capital": the country's, which the text named before (not "the capital of X",
# "the capital, Y")
_THE_NATIONAL_CAPITAL = _words(r"the (?:country's |nation's )?capital(?! of\b)(?!,\s+(?-i:[A-Z]))")
# "the Saudi-led coalition, which intervened on 26 March 2015": a military intervention begun on
# the date right after it (not police who intervened "to break up the crowd")
_INTERVENED = _words(r"intervened (?:militarily )?(?:in [\w'’-]+ )?(?=on |in (?:\w+ )?\d{4}\b)"
                     r"(?![^.;]{0,40}\bto (?:break|disperse|stop|separate|calm|restore|end|rescue|free)\b)")
# Fighting that goes on: "have been fighting for control of the city since ...".
_ONGOING_FIGHT = _words(r"(?:has|have|had) been (?:fighting|battling|clashing|attacking)")
# Two states named again by what they are: "the two governments agreed a truce".
_THE_TWO = re.compile(r"\b(?:the\s+two|both)\s+(?:warring\s+|armed\s+|rival\s+)?(?P<what>countries|governments|states|"
                      r"neighbours|neighbors|forces|armies|militaries|sides|parties|groups|factions|militias)\b",
                      re.IGNORECASE)
# A force's vehicle hit: "an FDS supply vehicle struck an improvised explosive device"
_VEHICLE = r"\s+(?:[\w-]+\s+){0,2}(?:vehicles?|convoys?|trucks?|patrols?|lorr(?:y|ies)|boats?|buses|bus)"
_VEHICLE_HIT_AFTER = re.compile(_VEHICLE + r"\s+(?:struck|hit|ran\s+(?:over|into)|drove\s+(?:over|onto)|detonated)\b",
                                re.IGNORECASE)
# A blast under or beside a force's vehicle hit that force: "an improvised explosive device exploded
# under a FAT vehicle on the Mandouri road"
_BLAST_AT_BEFORE = re.compile(r"\b(?:under|beneath|beside|next\s+to|alongside)\s+(?:an?|the|its|their)\s+$", re.IGNORECASE)
_VEHICLE_AFTER = re.compile(_VEHICLE + r"\b", re.IGNORECASE)
# "No party has claimed either strike", "the attack has not been claimed": no one owns it
_UNCLAIMED = _words(r"no (?:party|group|side|one|organi[sz]ation) (?:has |had )?(?:yet )?(?:claimed|taken responsibility)",
                    # "No group has said it planted the bomb"
                    r"no (?:party|group|side|one|organi[sz]ation) (?:has |had )?(?:yet )?said (?:that )?it "
                    r"(?:planted|carried out|was behind|did)",
                    r"(?:has|have|had) not (?:yet )?been claimed", r"unclaimed", r"no claim of responsibility")


# A state's own police are hit by those who fight it, not by its army: "a quadcopter dropped
# explosives on a police checkpoint"
_POLICE_HIT = _words(r"police (?:checkpoints?|stations?|posts?|officers|patrols?|vans?|vehicles?|convoys?|headquarters)",
                     r"policem[ae]n", r"constables?", r"police training (?:school|centre|center|college)",
                     # "an IED hit a military vehicle": the forces were hit
                     r"(?:hit|struck|targeted|ambushed) (?:an? |the )?(?:military|army) (?:vehicles?|trucks?|convoys?|"
                     r"patrols?)")
# "the Houthi-run health ministry says", "Gaza's civil defence agency": who counted, not who struck
_COUNTING_BODY_AFTER = re.compile(r"(?:-run|-controlled|['’]s)?\s+(?:health\s+(?:ministry|authorities|officials)|"
                                  r"ministry\s+of\s+health|civil\s+defen[cs]e|media\s+office)\b"
                                  # "122 missiles and 36 drones by Ukraine's count": who counted them
                                  r"|['’]s\s+(?:own\s+)?(?:count|tally|figures|estimate)\b", re.IGNORECASE)
_STATE_COUNTS = _words(r"(?:government|official|police) (?:figures|data|statistics|tally|tallies)",
                       *_HEALTH_MINISTRY_WORDS)


def _paragraph_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _unknown_place_of_clause(text: str, event: dict, places: list[PlaceMatch]) -> re.Match | None:
    """A name in the event's clause that may be a place the gazetteer lacks: after a word of
    place ("around Kaziba and Nzibira"), or heading a list item ("- 2025-04-12, Datu Hoffer
    Ampatuan: troops clashed")."""
    head = _ITEM_HEAD_PLACE.match(text, _line_start(text, event["_clause_start"]), event["end"])
    return next((m for m in (*([head] if head else ()),
                             *_LOCATIVE_NAME.finditer(text, event["_clause_start"], event["end"]))
                 if m.group("name").split()[0].lower() not in CALENDAR_WORDS
                 and not any(m.start("name") <= p.start < m.end("name") for p in places)), None)


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


# The attackers of an attack already told, named again by what they are.
_THE_ATTACKERS = _words(r"the (?:(?:fleeing|retreating|escaping|withdrawing) )?(?:attackers|assailants|insurgents|militants|"
                        r"gunmen|jihadists|raiders|terrorists|bandits|militiamen)",
                        # ("pursued the fleeing terrorists towards Monguno": those who fled the attack just told)
                        # "killed 11 terrorists involved in the attack": those of the attack just told
                        r"(?:attackers|assailants|insurgents|militants|gunmen|jihadists|raiders|terrorists|fighters)"
                        r" (?:involved in|behind|responsible for) the (?:attack|ambush|raid|massacre|killings?|bombing)",
                        # "The same night, another band of insurgents ambushed an army patrol"
                        r"(?:another|a second|a separate|a third) (?:band|group|unit|column|cell) of "
                        r"(?:insurgents|militants|fighters|jihadists|gunmen|attackers|raiders)")
# "Borno, Adamawa and Yobe states" ... "in the three states": regions listed, then counted back.
_REGION_PLURAL = r"(?:states|regions|provinces|governorates|oblasts|departments|prefectures|counties|districts)"
_LISTED_REGIONS_AFTER = re.compile(r"\s+" + _REGION_PLURAL + r"\b", re.IGNORECASE)
# (in a heading in capitals too: "NORTH-WEST AND SOUTH-WEST REGIONS: DEFENCE FORCES REPEL ...")
_REGION_LIST_LINK = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?", re.IGNORECASE)
_REGIONS_AGAIN = re.compile(
    r"\b(?:(?:the|these|those)\s+(?:same\s+)?(?P<n>two|three|four|five|six)|(?:the\s+)?(?P<both>both)|"
    r"(?:the|these|those)\s+same)\s+" + _REGION_PLURAL + r"\b", re.IGNORECASE)
# Regions by the word their names share: "in the Kordofan states", "across the Darfur states".
_REGIONS_SHARING_A_NAME = re.compile(r"\bthe\s+(?P<word>(?-i:[A-Z])[\w'’-]+)\s+" + _REGION_PLURAL + r"\b")
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_LIST_JOIN = re.compile(r"(?:,|,? and|,? or)\s+(?:the\s+)?$")
_NAME_GOES_ON = re.compile(r"[^\S\n]+[A-Z][a-z]")  # "US Africa Command": a capitalised word follows
# Patterns searched for in the few characters before a name or a date, behind a lookahead on
# the characters their matches start with, which passes over most offsets at once.
_TARGETED, _LOCATIVE, _ISSUED_BEFORE, _SOURCE_BEFORE, _THE_BEFORE, _LIST_JOIN = map(
    with_first_chars, (_TARGETED, _LOCATIVE, _ISSUED_BEFORE, _SOURCE_BEFORE, _THE_BEFORE, _LIST_JOIN))
# Generic descriptions that stand for the organisation an article is about.
_GENERIC_MONITOR = _words(
    r"the (?:human )?rights (?:group|monitor|organi[sz]ation|watchdog)", r"the watchdog", r"the monitor",
    r"the report", r"the group", r"the organi[sz]ation", r"the NGO", r"the charity",
    # (bare "monitors" only as those who tell: "monitors said", not "asked the EU to send more monitors")
    r"(?:protection |rights |human rights |the )monitors", r"monitors (?:said|say|says|recorded|reported|documented|counted)",
)


@dataclass(slots=True)
class _Context:
    """What the whole article says, consulted when one sentence is not explicit."""

    dominant_means: str | None
    salient_reporter: ActorMatch | None
    reporters: list[ActorMatch] = field(default_factory=list)
    # How often the article names each actor, a part of it (its military) or what it is part of.
    mentions: Counter = field(default_factory=Counter)
    parts: list[int] = field(default_factory=list)
    language: str = "en"
    hazard: bool = False
    published: dt.date | None = None
    publisher: ActorMatch | None = None  # the organisation named in a document's heading lines
    document: bool = False  # the heading lines are a document's (a publisher's, or a report's fields)
    head_end: int = 0  # where those heading lines end
    # (killed, injured) by clause: a sentence with several dates is counted once
    casualties: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)
    scans: "_Scans | None" = None
    place_state: str | None = None  # the state whose places the article names most


# State forces that killed, in a few days' attack: "Malian troops ... killed at least 500 people"
_FORCES_KILLED = _words(r"(?:troops|soldiers|forces|militiamen|personnel) (?:[\w-]+ ){0,3}?(?:killed|massacred|executed)")
# Raids that killed: "its fighters killed at least 20 people in raids on villages"
_RAIDS_KILLED = _words(r"killed (?:[\w,-]+ ){1,6}?in (?:raids|attacks) on")
# The patterns that clauses are scanned for through a _Scan; any other is always scanned.
# Patterns are keyed by id(): hashing a compiled pattern hashes its whole code.
_GATED = (
    _COUP, _HARM, _SPEECH_WORD, _REPORT, _GENERIC_MONITOR, _CAMPAIGN, _PUBLISH, _DENIAL, _DECLARATION,
    _AGREEMENT, _HAZARD, _TERRITORY, _ONE_SIDED, _ATTRIBUTION, _CLAIM, _HEDGE, *_MEANS.values(),
    _COMMEMORATION, _SENTENCE_PASSED, _PRESENCE, _DISPLACED, _CLAIMED_TOLD, _ACCORDING, _CROWD_PROTEST,
    _CIVILIAN_VICTIMS, _COMBAT, _STRIKE, _ARMY_TARGET, _BEGAN_DOING, _TREND, _GROUND_ATTACKERS, _ATTACKED, _MILITARY_TARGET,
    _COMPARISON, _ARMED_VICTIMS, _CARE_COUNTED, _WAR_BROKE_OUT, _FORCES_ARRIVED, _ACTS_COUNTED,
    _DEAL_MADE, _RUMOURS, _FORCES_KILLED, _RAIDS_KILLED, _DECISION, _TALLY, _INTERVENED, _EXCHANGE_OF_FIRE, _WARS_TOLL,
    _WAS_REPORTED, _DENIED_CLAIM, _CIVILIAN_AMBUSH, _RAID_ON_ARMED, _COUNT_SO_FAR, _GROUP_ATTACK, _UNCLAIMED,
    _DIED_OF_WOUNDS, _CASUALTIES_MOVED, _SUBGROUP_IN, _ANSWERED, _LEADER_VISITED, _KILLED_OR_HURT,
)
_GATED_IDS = frozenset(map(id, _GATED))


def _foldable(pattern: re.Pattern) -> bool:
    """Whether a pattern is case-insensitive throughout (no inline flags) and lower-casing it
    changes only its literals: no named group, and its only escapes are \\b, \\w, \\s, \\d
    and escaped punctuation."""
    text = pattern.pattern
    for group in ("(?:", "(?!", "(?=", "(?<=", "(?<!"):
        text = text.replace(group, "")
    escapes = set(re.findall(r"\\(.)", pattern.pattern))
    return bool(pattern.flags & re.IGNORECASE) and "(?" not in text and all(
        e in "bwsd" or not e.isalnum() for e in escapes)


def _folded(pattern: re.Pattern) -> re.Pattern:
    """A :func:`_foldable` pattern made case-sensitive, to find the same spans in the
    :func:`ascii_fold` of a text (one character for one, compared as re.I compares it): sre
    matches case-insensitively several times slower. Its literals are lower-cased."""
    assert _foldable(pattern)
    return with_first_chars(re.compile(pattern.pattern.lower(), pattern.flags & ~re.IGNORECASE))


# The gated patterns that a _Scan runs over its folded text, as case-sensitive copies, by id().
_FOLDED = {id(pattern): _folded(pattern) for pattern in _GATED if _foldable(pattern)}
# Alternations whose branches a _Scan searches one by one, each only where the span holds a word
# every match of it contains (most spans hold one or two branches' words): sre tries every branch
# at every offset. Each branch with its words, folded as above, by id() of the whole pattern.
_BRANCHES = {id(whole): [(required_words(branch), _folded(branch))
                         for branch in (re.compile(source, whole.flags) for source in branches)]
             for whole, branches in ((_CAMPAIGN, _CAMPAIGN_BRANCHES),)}


def _leftmost(branches: list[tuple[tuple[str, ...] | None, re.Pattern]], low: str) -> re.Match | None:
    """What the alternation of ``branches`` finds in the folded text ``low``: the leftmost of their
    matches, the first branch's where several start at one offset (the branch sre would try first)."""
    best = None
    for words, branch in branches:
        if words is None or any(word in low for word in words):
            match = branch.search(low)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
    return best
_GATES: Gates | None = None


def _gates() -> Gates:
    """The gates of the patterns that clauses are scanned for, read from them on first use."""
    global _GATES
    if _GATES is None:
        _GATES = Gates(list(_GATED))
    return _GATES


class _Scan:
    """One span of the article as a string, with what the patterns find in it, each searched
    once and only when the span holds a word every match of the pattern contains."""

    __slots__ = ("text", "low", "_open", "_found", "_means", "main_means", "verbs")

    def __init__(self, text: str, low: str) -> None:
        self.text = text
        self.low = low  # ascii_fold(text)
        self._open: set[int] | None = None  # ids of the gated patterns that may match
        self._found: dict[int, re.Match | None] = {}  # by id of the pattern
        self._means: list[tuple[int, int, str]] | None = None
        self.main_means: str | None | bool = False  # what _means_in answered, False until asked
        # what _speech_verb answered, by (clause start, end of the date, lengths of the two texts)
        self.verbs: dict[tuple[int, int, int, int], tuple[int, int] | None] = {}

    def may(self, pattern: re.Pattern) -> bool:
        """False when ``pattern`` (one of the gated patterns) cannot match in this span (or in any part of it)."""
        open_ = self._open
        if open_ is None:
            open_ = self._open = _gates().open_for(self.low)
        key = id(pattern)
        return key in open_ or key not in _GATED_IDS

    def search(self, pattern: re.Pattern) -> re.Match | None:
        """The first match of ``pattern`` in the span, or None. For most gated patterns it is a
        match in the folded span: its offsets are the span's, its letters lower-cased."""
        found, key = self._found, id(pattern)
        if key in found:
            return found[key]
        if not self.may(pattern):
            match = found[key] = None
        elif key in _BRANCHES:
            match = found[key] = _leftmost(_BRANCHES[key], self.low)
        else:
            folded = _FOLDED.get(key)  # the same span, found faster: only spans are read from it
            match = found[key] = folded.search(self.low) if folded is not None else pattern.search(self.text)
        return match

    def means_hits(self) -> list[tuple[int, int, str]]:
        """Every match of the means of violence, kind by kind: (start, end, kind)."""
        if self._means is None:
            low = self.low
            self._means = [(m.start(), m.end(), kind) for kind, pattern in _MEANS.items() if self.may(pattern)
                           for m in _FOLDED[id(pattern)].finditer(low)]
        return self._means


class _Scans:
    """The article's spans as :class:`_Scan` objects, made once each."""

    __slots__ = ("text", "low", "_by_span")

    def __init__(self, text: str) -> None:
        self.text = text
        # ascii_fold maps one character to one, so a span of it is the fold of that span of text
        self.low = ascii_fold(text)
        self._by_span: dict[tuple[int, int], _Scan] = {}

    def get(self, start: int, end: int) -> _Scan:
        scan = self._by_span.get((start, end))
        if scan is None:
            scan = self._by_span[(start, end)] = _Scan(self.text[start:end], self.low[start:end])
        return scan


def extract_events(text: str, published_at: dt.date, language: str | None = None) -> list[dict]:
    """Return the dated events of an article, each with its quote and offsets into ``text``.

    ``language`` (ISO 639-1) is guessed from the text when not given. Dates are read in
    English, French, Spanish, German and Arabic; places, actors and figures are English rules.
    """
    plain = plain_punctuation(text)
    sentences = split_sentences(plain)
    language = language or detect_language(plain)
    filed = [(d.start, d.end) for d in datelines(plain)]
    timexes = [t for t in find_timexes(plain, published_at, language)
               if not _inside(t, filed) and not names_an_event(plain, t)]  # not "the 2006 war"
    found_places = [p for p in get_gazetteer().find(plain, english=language == "en") if not _inside(p, filed)
                    and not _SEAT_OR_SPONSOR.match(plain, p.end)
                    # ("the Diocese of Lichinga reported": a church's name, whose seat is no scene)
                    and not _search(_INSTITUTION_OF_BEFORE, plain, max(0, p.start - 20), p.start)
                    and not (p.place.kind == "locality" and _search(_SENT_FROM_BEFORE, plain, max(0, p.start - 30), p.start))
                    and not (_ORG_NOUN_AFTER.match(plain, p.end)
                             and _ARTICLE_BEFORE.search(plain, max(0, p.start - 6), p.start))
                    and not ((p.place.kind == "country" or is_capital(p.place.name))
                             and _search(_BASED_IN_BEFORE, plain, max(0, p.start - 30), p.start))
                    and not (is_capital(p.place.name)
                             and _search(_SEAT_OF_GOVERNMENT_BEFORE, plain, max(0, p.start - 40), p.start)
                             and not _SIGNED_WITH_THE_GOVERNMENT_IN.search(plain, max(0, p.start - 100), p.start))]
    sentences = _dates_standing_alone(plain, sentences, timexes)
    place_state = _place_state(found_places)
    actors, places = _resolve_names(plain, [a for a in find_actors(plain, place_state) if not (
        a.actor.type == "state" and _search(_BASED_IN_BEFORE, plain, max(0, a.start - 30), a.start))], found_places)
    scans = _Scans(plain)
    context = _article_context(plain, actors, sentences, scans)
    context.language = language
    context.published = published_at
    context.place_state = place_state
    events: list[dict] = []
    by_timex, by_place, by_actor = _Spans(timexes), _Spans(places), _Spans(actors)
    for index, sentence in enumerate(sentences):
        inside = by_timex.within(sentence.start, sentence.end)
        if len(inside) > 1 and inside[0].precision == "year" and _ENTRY_AFTER.match(plain, inside[0].end) \
                and any(t.precision != "year" and t.date.year == inside[0].date.year for t in inside[1:]):
            # a chronology's entry "2024 – The RSF lays siege to El Fasher in May": the month dates
            # the siege, the year only heads the entry
            inside = inside[1:]
        s_places = by_place.within(sentence.start, sentence.end) if inside else []
        s_actors = by_actor.within(sentence.start, sentence.end)
        # Dates of saying ("said on Wednesday that ...") take no place: the others share the sentence's.
        scan = scans.get(sentence.start, sentence.end)
        placeable = inside  # a sentence's one date takes all its places
        if len(inside) > 1:
            placeable = [t for t in inside if not _speech_verb(
                sentence.start, plain[sentence.start:t.start], plain[t.end:sentence.end], t, False, scan)] or inside
            # "In May, OCHA recorded 64 air strikes in Rakhine, the highest monthly number this
            # year": a date a superlative reaches back to dates nothing, and takes no place
            placeable = [t for t in placeable if not _reached_back_to(t, plain[sentence.start:t.start])
                # "killed 14 people in Mandera County alone, according to a report released on 16
                # June": the day a report came out is no scene either
                and not (_ISSUED_BEFORE.search(plain, max(sentence.start, t.start - 25), t.start)
                         and _PUBLISH.search(plain, max(sentence.start, t.start - 60), t.start))] or placeable
        whens = [t for t in inside if t.kind == "since" and _WHEN.match(plain[t.end:sentence.end])]
        joints = _joints(plain, inside) if len(inside) > 1 else {}
        # "1,102 deaths in Mali since 1 January, against 938 between January and May 2024": both
        # periods count the same places
        compared = len(placeable) > 1 and _comparison(plain, sentence.start, sentence.end, scan) is not None
        said = _said_at_end(plain, sentence, inside)
        told = len(events)
        for timex in inside:
            if said is not None and timex is inside[-1]:
                # "80 people have been killed since Thursday, when ..., the governor's office said
                # yesterday": the last date is the saying's
                event = _event(plain, sentence, timex, [], [a for a in s_actors if said <= a.start < timex.start],
                               context, published_at, (said, sentence.end), timex.date, timex.date_end,
                               # ("..., Fortify Rights said in a briefing released today": the briefing's)
                               force="denial" if scan.search(_DENIAL) else "report_published"
                               if _PUBLISH.search(plain, said, sentence.end) else "statement")
                if event:
                    event["quote"] = text[sentence.start:sentence.end]
                    event["summary"] = _summary(plain[sentence.start:sentence.end])  # what was said, too
                    events.append(event)
                continue
            # a date with a clause of its own takes the places of that clause; the others, the nearest
            own_places = _nearest(plain, s_places, timex, placeable) \
                if len(placeable) > 1 and not compared and id(timex) not in joints else s_places
            for event in _events(plain, sentence, timex, own_places, s_actors, context, published_at, whens,
                                 joints.get(id(timex), (sentence.start, said if said is not None else sentence.end)),
                                 inside):
                event["quote"] = text[sentence.start:sentence.end]
                events.append(event)
        _one_saying(plain, events, told)
        if said is not None:
            # ... and who said it is the reporter of the count the sentence gives
            sayers = [_actor_value(a) for a in s_actors if said <= a.start < inside[-1].start
                      and a.actor.type not in ("media", "person")][:1]
            for event in events[told:]:
                if event["type"] in VIOLENT_TYPES and event["killed"] and sayers \
                        and sayers[0]["type"] in ("ngo", "international") \
                        and event["precision"] in ("month", "year") and event["date"] != event["date_end"]:
                    # "Between September and November, drones killed at least 212 civilians across
                    # North and West Kordofan, the UN human rights office said on Friday": a
                    # monitor's count over the months, not one attack
                    event["type"] = "reporting_period"
                if event["type"] == "reporting_period":
                    event["actors"] += [a for a in sayers if a["id"] not in {b["id"] for b in event["actors"]}]
        # "claimed the attack" points back to the attack last told, however many sentences ago
        reach = 5 if scan.search(_CLAIMED_TOLD) else 2
        _attach_claim(plain, sentence, s_actors, events, sentences[max(0, index - reach)].start, scan)
    if language == "en":
        _toll_from_next_sentence(plain, sentences, events, by_place, context)
        _toll_from_later_statement(plain, sentences, events, by_place, context)
        _doers_from_next_sentence(sentences, events, by_actor, scans)
        _blamed_for_the_act(plain, sentences, events, by_actor)
        _the_accused_answers(plain, sentences, events, by_actor)
    _claimers(events)
    _the_attack_told_again(events)
    _places_the_text_locates(plain, events, places, actors)
    _places_of_the_sentence(plain, events, by_place)
    _fill_from_context(plain, events, places, context)
    if language == "en":
        _attackers_named_after(plain, sentences, events, by_actor)
        _defenders_later_in_the_sentence(plain, events, by_actor)
    _the_two(plain, events, actors)
    for event in events:
        del event["_clause_start"], event["_timex_start"], event["_claim"], event["_held_by"]
        if event["type"] in VIOLENT_TYPES:
            _state_beside_its_forces(event)
            _no_reporters(event)
    return events


def _one_saying(text: str, events: list[dict], told: int) -> None:
    """A sentence says a thing once: "The military told us on Monday that it had carried out no
    strike in Tyre at the weekend" is one denial, of Monday; the weekend is what it speaks of.
    A statement or denial whose date lies in what an earlier one of the sentence says is dropped."""
    speech = [e for e in events[told:] if e["type"] in ("statement", "denial")]
    if len(speech) < 2:
        return
    speech.sort(key=lambda e: e["_timex_start"])
    first = speech[0]
    drop = []
    for event in speech[1:]:
        content = _THAT_CONTENT.search(text, first["_timex_start"], event["_timex_start"])
        # (not after a clause of its own: "...; Afghanistan rejected the allegation the same evening")
        if content and ";" not in text[content.end():event["_timex_start"]] \
                and not _SPEECH_WORD.search(text, content.end(), event["_timex_start"]):
            drop.append(event)
    if drop:
        dropped = {id(e) for e in drop}
        events[told:] = [e for e in events[told:] if id(e) not in dropped]


_THAT_CONTENT = re.compile(r"\bthat\b|:")


def _dates_standing_alone(text: str, sentences: list[Sentence], timexes: list[Timex]) -> list[Sentence]:
    """A date written as a sentence of its own heads what follows it: "Thursday, 9 October. JNIM
    fighters ambush an army supply convoy near Djenné." The date and the sentences after it in its
    paragraph, up to one with a date of its own, are read as one sentence."""
    if len(sentences) < 2 or not timexes:
        return sentences
    spans = _Spans(timexes)
    out: list[Sentence] = []
    k = 0
    while k < len(sentences):
        sentence = sentences[k]
        inside = spans.within(sentence.start, sentence.end)
        if len(inside) == 1 and k + 1 < len(sentences) \
                and _DATE_ALONE.fullmatch(text, inside[0].end, sentence.end) \
                and not text[sentence.start:inside[0].start].strip() \
                and not spans.within(sentences[k + 1].start, sentences[k + 1].end) \
                and "\n\n" not in text[sentence.end:sentences[k + 1].start]:
            # (on to the paragraph's end, while no other date comes: "Sunday, 12 October. Shortly
            # after dawn, soldiers arrive ... At least 31 civilians were killed")
            j = k + 1
            while j + 1 < len(sentences) and "\n" not in text[sentences[j].end:sentences[j + 1].start] \
                    and not spans.within(sentences[j + 1].start, sentences[j + 1].end):
                j += 1
            end = sentences[j].end
            out.append(Sentence(sentence.start, end, text[sentence.start:end]))
            k = j + 1
            continue
        out.append(sentence)
        k += 1
    return out


_DATE_ALONE = re.compile(r"[.:]?")


def _places_of_the_sentence(text: str, events: list[dict], by_place: "_Spans") -> None:
    """A violent event whose own clause names no place happened at the one place its sentence
    names: "Bara changed hands again on 25 October, when RSF fighters drove out the soldiers who
    had retaken it in September" (the retaking was at Bara too). Not a place another date of the
    sentence has, unless the clause points back to it ("it", "there", "the town"); not a place
    something went to."""
    by_sentence = _by_sentence(events)
    for event in events:
        if event["places"] or event["type"] not in VIOLENT_TYPES:
            continue
        others = {p["id"] for e in by_sentence.get(event["start"], ()) if e is not event for p in e["places"]}
        # (and the regions their towns lie in: "near the town of Wao in Lanao del Sur province on
        # Wednesday, ... a roadside bomb the day before" does not put the bomb in the province)
        regions = {fold_name(p["admin1"]) for e in by_sentence.get(event["start"], ()) if e is not event
                   for p in e["places"] if p["kind"] == "locality" and p["admin1"]}
        back = _POINTS_BACK.search(text, event["_clause_start"], event["end"])
        within = by_place.within(event["start"], event["end"])
        named = {p.place.id: p for k, p in enumerate(within) if p.place.kind != "country"
                 and not _TO_BEFORE.search(text, max(0, p.start - 12), p.start) and not _names_a_war(text, p)
                 # (nor one that only says where the place before lies: "Hpakant, the jade-mining town
                 # west of Myitkyina")
                 and not (k and _LANDMARK.fullmatch(text, within[k - 1].end, p.start))
                 and (back or p.place.id not in others
                      and not (p.place.kind == "admin1" and fold_name(p.place.name) in regions))}
        one = _event_places(list(named.values()), text)  # (a town and the region it lies in are one place)
        if len(one) == 1:
            event["places"] = one


_POINTS_BACK = _words(r"(?:retaken|retook|recaptured|captured|seized|held|took|attacked|shelled|struck|hit) it",
                      r"there", r"the (?:town|city|village|temple|camp|base|area)")
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)


def _no_reporters(event: dict) -> None:
    """A violent event's actors are who fought or harmed: not a rights group, an agency or an
    outlet that told of it ("according to UN investigators"), only a body with forces of its own."""
    event["actors"] = [a for a in event["actors"] if a["type"] not in ("ngo", "international", "media")
                       or a["type"] == "international" and (actor := get_actor(a["id"])) is not None and actor.forces]


def _state_beside_its_forces(event: dict) -> None:
    """A violent event names a state's forces and the state: "US forces carried out an air strike
    ..., the US Africa Command said". The forces did it, as ACLED codes it; the state is only
    named as who told of it."""
    ids = {actor["id"] for actor in event["actors"]}
    event["actors"] = [actor for actor in event["actors"]
                       if not (actor["type"] == "state" and f"{actor['id']}-military" in ids)]


def _said_at_end(text: str, sentence: Sentence, dates: list[Timex]) -> int | None:
    """Where the attribution starts when a sentence of several dates ends with the date it was
    said on ("..., the governor's office said yesterday."); None otherwise."""
    if len(dates) < 2 or not _AFTER_SAID_DATE.fullmatch(text, dates[-1].end, sentence.end):
        return None
    said = _SAID_BEFORE_DATE.search(text, max(sentence.start, dates[-2].end), dates[-1].start)
    return said.start("who") if said else None


# ", the Norte de Santander governor's office said yesterday", ", a spokesman told reporters on Monday"
_SAID_BEFORE_DATE = re.compile(r",\s+(?P<who>[^,;:\"“”]{2,90}?)\s+(?:said|says|announced|reported|told\s+(?:reporters|journalists))"
                               # "said in a statement on Monday"
                               r"\s+(?:in\s+an?\s+(?:statement|post|video|interview|briefing)\s+"
                               r"(?:(?:issued|released|posted|published)\s+)?)?"
                               r"(?:(?:late|early)\s+)?(?:on\s+)?$")
# What may follow the date of saying at the end of a sentence: ", promising to send more police."
_AFTER_SAID_DATE = re.compile(r"\s*(?:,\s+[a-z]+ing\b[^.!?]*)?\.?\s*")


def _by_sentence(events: list[dict]) -> dict[int, list[dict]]:
    """The events by the start of their sentence."""
    grouped: dict[int, list[dict]] = {}
    for event in events:
        grouped.setdefault(event["start"], []).append(event)
    return grouped


def _attacks_and_next(sentences: list[Sentence], by_sentence: dict[int, list[dict]]):
    """(index of the sentence, its event, the next sentence, the next sentence's events) for each
    sentence that tells one violent event and is not the last."""
    for index, sentence in enumerate(sentences[:-1]):
        violent = [e for e in by_sentence.get(sentence.start, ()) if e["type"] in VIOLENT_TYPES]
        if len(violent) == 1:
            nxt = sentences[index + 1]
            yield index, violent[0], nxt, by_sentence.get(nxt.start, [])


def _toll_from_next_sentence(text: str, sentences: list[Sentence], events: list[dict], by_place: "_Spans",
                             context: _Context) -> None:
    """Give an attack the toll the next sentence tells, when its own clause gives none.

    "JNIM fighters attacked an army post on 3 May. The army said 12 soldiers and dozens of
    assailants were killed." The next sentence must be of the same paragraph, tell no violent
    event of its own, name no other place, not be a quotation, and count this attack, not a
    total ("the conflict has killed 35,000", "in all", "a separate attack").

    A toll the text calls one ("The provisional toll is 34 soldiers killed") may come a sentence
    later, across a paragraph break, after a sentence that tells nothing new ("Our soldiers
    responded with courage") or the same fight going on ("fought back until the early hours
    of Monday"): it is the toll of both.
    """
    by_sentence = _by_sentence(events)
    for index, event, nxt, next_events in _attacks_and_next(sentences, by_sentence):
        if event["killed"] is not None and event["injured"] is not None:
            continue
        sentence = sentences[index]
        if ("\n" not in text[sentence.end:nxt.start] or not next_events and _lead_paragraph(text, sentence, nxt)) \
                and not any(
                e["type"] in VIOLENT_TYPES or e["type"] == "reporting_period" for e in next_events) \
                and _counts_this_attack(text, nxt, event, by_place):
            toll = context.casualties.get(nxt.text) or casualties(nxt.text)
            if toll == (None, None) and not next_events:
                toll = _toll_told_in_pieces(text, sentences, index + 2, event, by_place, by_sentence, context)
            _give_toll(toll, [event])
            continue
        if index + 2 >= len(sentences) or text[sentence.end:sentences[index + 2].start].count("\n\n") > 1:
            continue
        # the same fight told on, or a sentence telling of no event, then the toll
        going_on = [e for e in next_events if e["type"] == event["type"] and e["killed"] is None
                    and e["injured"] is None]
        if len(going_on) != len(next_events) or len(going_on) > 1 or _quoted(nxt) \
                or not _counts_this_attack(text, nxt, event, by_place, toll_ok=True) \
                or (context.casualties.get(nxt.text) or casualties(nxt.text)) != (None, None):
            continue
        toll = sentences[index + 2]
        if not by_sentence.get(toll.start) and _TOLL_TOLD.search(toll.text) \
                and _counts_this_attack(text, toll, event, by_place):
            _give_toll(context.casualties.get(toll.text) or casualties(toll.text), [event, *going_on])


def _toll_from_later_statement(text: str, sentences: list[Sentence], events: list[dict], by_place: "_Spans",
                               context: _Context) -> None:
    """Give an attack that has no figures the toll an official gives in a statement told soon
    after it: "Fighters attacked two army posts on Thursday. [...] A government spokesman said on
    Friday evening that 54 soldiers had been killed." The statement is dated on or after the
    attack, within a week, comes at most four sentences and two paragraph breaks later, and tells
    the dead in the past perfect; the sentences between (a witness's words too) tell no other
    violence and name no place the attack's places do not hold."""
    by_sentence = _by_sentence(events)
    for index, event, _, _ in _attacks_and_next(sentences, by_sentence):
        if event["killed"] is not None or event["injured"] is not None:
            continue
        countries = {p["country_code"] for p in event["places"] if p["kind"] == "country"}
        for later in sentences[index + 1:index + 5]:
            told = by_sentence.get(later.start, [])
            if any(e["type"] in VIOLENT_TYPES or e["type"] == "reporting_period" for e in told) \
                    or text.count("\n\n", sentences[index].end, later.start) > 2 \
                    or not _counts_this_attack(text, later, event, by_place, toll_ok=True, quotes_ok=True,
                                               countries=countries):
                break
            statement = [e for e in told if e["type"] == "statement"]
            if statement and event["date"] <= statement[0]["date"] <= event["date"] + dt.timedelta(days=7) \
                    and not _quoted(later) and _TOLL_STATED.search(later.text) and not _OTHER_TOLL.search(later.text):
                _give_toll(context.casualties.get(later.text) or casualties(later.text), [event])
                break


# "said that 54 soldiers had been killed", "that 17 bodies had been recovered"
_TOLL_STATED = _words(r"that (?:at least |about |some |around )?[\w,-]+ (?:[\w-]+ ){0,3}had (?:been killed|died|"
                      r"been recovered|been found)")
_TOLL_TOLD = _words(r"(?:provisional|preliminary|initial|final|latest|overall) toll", r"the toll (?:is|was|stands|stood)")


_DAY_NAMED = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|January|"
                        r"February|March|April|June|July|August|September|October|November|December)\b",
                        re.IGNORECASE)


def _lead_paragraph(text: str, sentence: Sentence, nxt: Sentence) -> bool:
    """Wire copy, whose lead is a paragraph of its own: "... stormed a Frontier Corps camp in Panjgur
    late on Tuesday, the military said.\n\nNine soldiers were wounded, the ISPR said." The next
    paragraph goes on with the same story."""
    gap = text[sentence.end:nxt.start]
    if gap.count("\n") > 2 or "\n" not in gap:
        return False
    return sentence.start == 0 or text[max(0, sentence.start - 1):sentence.start] == "\n"


def _toll_told_in_pieces(text: str, sentences: list[Sentence], first: int, event: dict, by_place: "_Spans",
                         by_sentence: dict[int, list[dict]], context: _Context) -> tuple[int | None, int | None]:
    """The toll an attack's paragraph tells in the sentences after one that tells the fight on:
    "... attacked the gendarmerie brigade in Batibo. Soldiers engaged the assailants. After two hours
    of combat, seven terrorists were neutralised. Regrettably, one gendarme and one civilian lost their
    lives, while three gendarmes were wounded." Each sentence counts another group (9 killed, 3
    wounded); the run stops at a sentence of another event, place or total, or at the paragraph's end."""
    killed = injured = None
    for k in range(first, min(first + 2, len(sentences))):
        toll_sentence = sentences[k]
        if "\n" in text[sentences[k - 1].end:toll_sentence.start] or by_sentence.get(toll_sentence.start) \
                or _DAY_NAMED.search(toll_sentence.text) or not _counts_this_attack(text, toll_sentence, event, by_place):
            break  # ("On Sunday, families buried 14 of the dead": another day's doings)
        more_killed, more_injured = context.casualties.get(toll_sentence.text) or casualties(toll_sentence.text)
        if more_killed is None and more_injured is None:
            break
        if more_killed is not None:
            killed = (killed or 0) + more_killed
        if more_injured is not None:
            injured = (injured or 0) + more_injured
    return killed, injured


def _quoted(sentence: Sentence) -> bool:
    """A witness's words ("My husband and three children were killed") tell of one family."""
    return sentence.text.lstrip()[:1] in "\"“'‘"


def _counts_this_attack(text: str, sentence: Sentence, event: dict, by_place: "_Spans", toll_ok: bool = False,
                        quotes_ok: bool = False, countries: set[str] = frozenset()) -> bool:
    """Whether a sentence after an attack may count it: no total of another attack, no quotation,
    no place other than the attack's (``toll_ok``: a sentence that counts nothing passes;
    ``quotes_ok``: a quotation passes; ``countries``: any place in these passes)."""
    if (not toll_ok and _OTHER_TOLL.search(sentence.text)) or (_quoted(sentence) and not quotes_ok):
        return False
    named = {p["id"] for p in event["places"]} | {fold_name(p["admin1"]) for p in event["places"] if p["admin1"]}
    regions = {fold_name(p["name"]) for p in event["places"] if p["kind"] == "admin1"}
    return not any(p.place.kind != "country" and p.place.id not in named
                   and not (p.place.kind == "admin1" and fold_name(p.place.name) in named)
                   # a town of the region the attack is placed in: "Panzi Hospital in Bukavu said"
                   and not (p.place.admin1 and fold_name(p.place.admin1) in regions)
                   and not _search(_DESTINATION_BEFORE, text, max(0, p.start - 60), p.start)
                   and p.place.country_code not in countries
                   for p in by_place.within(sentence.start, sentence.end))


def _give_toll(toll: tuple[int | None, int | None], events: list[dict]) -> None:
    killed, injured = toll
    for event in events:
        if event["killed"] is None and killed is not None:
            event["killed"] = killed
        if event["injured"] is None and injured is not None:
            event["injured"] = injured


def _doers_from_next_sentence(sentences: list[Sentence], events: list[dict], by_actor: "_Spans",
                              scans: "_Scans") -> None:
    """Give an attack the armed group the next sentence has doing it, when it names none.

    "UNHCR is appalled by the attack on two displacement sites on the night of 10 February ...
    Survivors told UNHCR staff that dozens of fighters of the CODECO militia ... entered the
    sites and set fire to more than 200 shelters." The next sentence must tell no event of its
    own, name one armed group and no state or force, and tell of violence."""
    for _, event, nxt, next_events in _attacks_and_next(sentences, _by_sentence(events)):
        if any(a["type"] in ("state", "military", "armed_group") for a in event["actors"]):
            continue
        if next_events or nxt.text.lstrip()[:1] in "\"“'‘":
            continue
        named = [a for a in by_actor.within(nxt.start, nxt.end) if a.actor.type in ("state", "military", "armed_group")]
        blamed = next((a for a in named if a.actor.type == "armed_group"
                       and _BLAMED_ON.search(nxt.text, 0, max(0, a.start - nxt.start))), None)
        if blamed is not None:
            # "The regional army commander said it bore the hallmarks of Dawlah Islamiyah"
            event["actors"].append(_actor_value(blamed))
            continue
        doers = {a.actor.id: a for a in named}
        scan = scans.get(nxt.start, nxt.end)
        if len(doers) == 1 and named[0].actor.type == "military" and event["type"] == "armed_clash" \
                and (scan.search(_ENGAGED) or scan.search(_COMBAT)):
            # "... attacked the gendarmerie brigade in Batibo. Elements of the Rapid Intervention
            # Battalion (BIR) and the 51st Motorised Infantry Battalion engaged the assailants."
            # (a list of its own: another event may hold the one this event holds)
            event["actors"] = [*event["actors"], _actor_value(named[0])]
            continue
        if len(doers) != 1 or named[0].actor.type != "armed_group" \
                or not (scan.search(_HARM) or scan.search(_ONE_SIDED) or scan.search(_ATTACKED)
                        # "Fighters of the SSA and a rival local brigade fought with machine guns"
                        or event["type"] == "armed_clash" and scan.search(_COMBAT)):
            continue
        event["actors"].append(_actor_value(next(iter(doers.values()))))


def _defenders_later_in_the_sentence(text: str, events: list[dict], by_actor: "_Spans") -> None:
    """A battle's other side, told after a semicolon or a comma in its sentence: "JNIM fighters
    attacked Titao on 2 August; the army said it repelled them and lost four soldiers"."""
    for event in events:
        if event["type"] != "armed_clash" or any(a["type"] == "military" for a in event["actors"]):
            continue
        for match in by_actor.within(event["_timex_start"], event["end"]):
            if match.actor.type not in ("state", "military") or match.actor.id in {a["id"] for a in event["actors"]}:
                continue
            if _ENGAGED_AFTER.match(text, match.end):
                force = get_actor(military_of(match.actor.id)) or match.actor
                event["actors"] = [*event["actors"], _actor_dict(force)]
                break


# A force that took on the attackers: "engaged the assailants", "returned fire"
_FOUGHT_OFF = (r"returned\s+fire", r"fought\s+back", r"repelled", r"repulsed", r"fought\s+(?:them\s+)?off",
               r"pushed\s+(?:them\s+)?back", r"beat\s+(?:them\s+)?back")
_ENGAGED = _words(r"engaged (?:the |them|their )?(?:[\w-]+ ){0,2}?(?:assailants|attackers|militants|insurgents|terrorists|"
                  r"gunmen|fighters|bandits|enemy)", *_FOUGHT_OFF)
# Right after a force's name, that it fought the attack off: "the army said it repelled them"
_ENGAGED_AFTER = re.compile(r"\s+(?:(?:said|says|reported|added)\s+(?:that\s+)?(?:it|they|its\s+(?:troops|soldiers|"
                            r"forces|units))\s+(?:had\s+)?)?(?:" + "|".join(_FOUGHT_OFF) + r"|engaged\s+(?:the|them))\b",
                            re.IGNORECASE)
# Who the next sentence puts an attack down to, right before the name.
_BLAMED_ON = re.compile(
    r"\b(?:(?:bore|bears|had|has)\s+the\s+(?:hallmarks?|signature)\s+of|(?:was|were)\s+blamed\s+on|"
    r"blamed\s+(?:it|the\s+(?:attack|blast|bombing|killings?|raid|ambush))\s+on|carried\s+out\s+by|the\s+work\s+of)"
    r"\s+(?:the\s+)?$", re.IGNORECASE)


def _blamed_for_the_act(text: str, sentences: list[Sentence], events: list[dict], by_actor: "_Spans") -> None:
    """"Residents of Mir Ali blamed the military for the strike on the house": the one blamed did
    it, when the strike is one told in the three sentences before, on the thing named, and no
    armed side is given for it yet."""
    by_sentence = _by_sentence(events)
    for index, sentence in enumerate(sentences):
        if "blame" not in sentence.text and "accuse" not in sentence.text or by_sentence.get(sentence.start):
            continue
        for actor in by_actor.within(sentence.start, sentence.end):
            if actor.actor.type not in _PARTY_TYPES or not _BLAMED_BEFORE.search(text, sentence.start, actor.start):
                continue
            act = _FOR_THE_ACT.match(text, actor.end)
            if not act:
                continue
            noun, thing = act.group("noun").lower(), (act.group("thing") or "").lower()
            told = [e for k in range(max(0, index - 3), index) for e in by_sentence.get(sentences[k].start, ())
                    if e["type"] in VIOLENT_TYPES and noun[:5] in e["quote"].lower()
                    and (not thing or thing in e["quote"].lower())]
            if told and not any(a["type"] in _PARTY_TYPES for a in told[-1]["actors"]):
                told[-1]["actors"].append(_actor_value(actor))


# "..., a charge the party rejected the same day": the answer to what the clause before said
_ANSWER_CLAUSE = re.compile(r"(?:a|an)\s+(?:charge|claim|accusation|allegation|assertion|version)\b")
_ACCUSED_BEFORE = re.compile(r"\baccus(?:ed|es|ing)\s+(?P<accused>[^.;]{1,80}?)\s+of\b")


def _the_accused_answers(text: str, sentences: list[Sentence], events: list[dict], by_actor: "_Spans") -> None:
    """"Makuei accused the SPLM-IO of backing the militia, a charge the party rejected the same
    day": a denial in the answer, with no one named in it, is the accused's."""
    starts = [s.start for s in sentences]
    for event in events:
        if event["type"] != "denial" or event["actors"] or not _ANSWER_CLAUSE.match(text, event["_clause_start"]):
            continue
        sentence = sentences[bisect.bisect_right(starts, event["_clause_start"]) - 1]
        accusations = list(_ACCUSED_BEFORE.finditer(text, sentence.start, event["_clause_start"]))
        if not accusations:
            continue
        accused = accusations[-1]  # the last accusation before the answer
        named = [a for a in by_actor.within(*accused.span("accused")) if a.actor.type != "person"]
        if named:
            event["actors"].append(_actor_value(named[-1]))


def _attackers_named_after(text: str, sentences: list[Sentence], events: list[dict], by_actor: "_Spans") -> None:
    """"The secretariat's spokesman said the attackers belonged to the Jalisco New Generation
    Cartel": the group carried out each attack of the last of the three sentences before that
    tells of any, when it names no armed group."""
    by_sentence = _by_sentence(events)
    for index, sentence in enumerate(sentences):
        if "attackers" not in sentence.text and "gunmen" not in sentence.text or by_sentence.get(sentence.start):
            continue
        actor = next((a for a in by_actor.within(sentence.start, sentence.end) if a.actor.type == "armed_group"
                      and _MEMBERS_OF_BEFORE.search(text, sentence.start, a.start)), None)
        if actor is None:
            continue
        told = next((by_sentence[sentences[k].start] for k in range(index - 1, max(-1, index - 4), -1)
                     if any(e["type"] in VIOLENT_TYPES for e in by_sentence.get(sentences[k].start, ()))), [])
        for event in told:
            if event["type"] in VIOLENT_TYPES and not any(a["type"] == "armed_group" for a in event["actors"]):
                event["actors"].append(_actor_value(actor))


_MEMBERS_OF_BEFORE = re.compile(r"\bthe\s+(?:attackers|gunmen|assailants)\s+(?:belonged|belong)\s+to\s+(?:the\s+)?$"
                                r"|\bthe\s+(?:attackers|gunmen|assailants)\s+(?:were|are)\s+(?:members|fighters)\s+of\s+"
                                r"(?:the\s+)?$", re.IGNORECASE)
_BLAMED_BEFORE = re.compile(r"\b(?:blamed|blames|blame|accused|accuses|accuse)\s+(?:the\s+)?$", re.IGNORECASE)
_FOR_THE_ACT = re.compile(r"\s+(?:for|of)\s+(?:the|this|that)\s+(?P<noun>strike|attack|blast|bombing|killings?|raid|"
                          r"ambush|massacre|shelling|explosion)s?\b(?:\s+on\s+(?:the|a)\s+(?P<thing>[a-z]+))?",
                          re.IGNORECASE)


def _claimers(events: list[dict]) -> None:
    """A claim that names no claimer ("The group claimed the attack the next day") is made
    by the perpetrators of the violent event told before it."""
    last_violent = None
    last_group = None  # the armed groups of the latest violent event that names one
    for event in events:
        if event["type"] in VIOLENT_TYPES:
            last_violent = event
            groups = [a for a in event["actors"] if a["type"] == "armed_group"]
            last_group = groups or last_group
        elif event["_claim"] and last_violent is not None and not any(
                a["type"] in ("state", "military", "armed_group") for a in event["actors"]):
            # armed groups claim attacks: "The group claimed the raids on Tuesday" after an
            # ambush on an army patrol is the raiders' claim, not the army's
            perpetrators = last_group or [a for a in last_violent["actors"]
                                          if a["type"] in ("state", "military", "armed_group")]
            event["actors"] = perpetrators + [a for a in event["actors"] if a not in perpetrators]
            if perpetrators and event["attributed_to"] is None:
                event["attributed_to"] = perpetrators[0]["id"]


def _the_attack_told_again(events: list[dict]) -> None:
    """An attack told again in more detail is the same attack, by the same side: "Twenty-two
    people were killed early yesterday when gunmen stormed the housing estate, in an attack police
    blamed on the Los Lobos gang. Residents said about 20 armed men arrived shortly after 5 a.m. on
    Thursday ..."; "a Myanmar air force jet bombed a camp in Demoso township ... Hours later, a
    second strike hit a school nearby". The violent event told last before it, of the same kind,
    must span its day and no more than a week (not a war over years, whose fights are others) and
    hold its places (a strike elsewhere that night is another), and it must name no side of its own."""
    last_violent = None
    for event in sorted(events, key=lambda e: e["_clause_start"]):
        if event["type"] not in VIOLENT_TYPES:
            continue
        if last_violent is not None and last_violent["type"] == event["type"] \
                and last_violent["date"] <= event["date"] and event["date_end"] <= last_violent["date_end"] \
                and (last_violent["date_end"] - last_violent["date"]).days <= 7 \
                and all(p in last_violent["places"] for p in event["places"]) \
                and not any(a["type"] in ("state", "military", "armed_group") for a in event["actors"]):
            event["actors"] = [*event["actors"], *(a for a in last_violent["actors"] if a["type"] in ("state", "military", "armed_group"))]
        last_violent = event


def _unit_end(start: dt.date, precision: str) -> dt.date:
    """The last day of the month or year that starts on ``start`` ("since 2016, when ..."
    dates the clause to the whole of 2016); a day or week is that day."""
    if precision == "year":
        return dt.date(start.year, 12, 31)
    if precision == "month":
        following = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return start


def _nearest(text: str, places: list[PlaceMatch], timex: Timex, timexes: list[Timex]) -> list[PlaceMatch]:
    """The places of a sentence closer to ``timex`` than to its other dates.

    "seized Goma in late January and Bukavu on 16 February": each date takes its own town;
    "moved to Beni, in North Kivu, where the ADF began killing villagers that October": the place
    before "where" is the where-clause's.
    """
    def distance(place: PlaceMatch, other: Timex) -> int:
        return max(other.start - place.end, place.start - other.end, 0)

    def owner(place: PlaceMatch) -> Timex:
        where = _WHERE_AFTER.match(text, place.end)
        after = [t for t in timexes if t.start >= where.end()] if where else []
        if not after:
            # "retook the town in November 2024 and drove the RSF out of Wad Medani, the capital of
            # Gezira, in January 2025": a place after a second verb joined by "and" is in the
            # clause of the date that follows it
            before = [t for t in timexes if t.end <= place.start]
            later = [t for t in timexes if t.start >= place.end]
            if before and later and _AND_ANOTHER_ACT.search(text, before[-1].end, place.start):
                after = later
        if after:
            return after[0]
        # "drove the RSF out of Wad Medani, the capital of Gezira, in January 2025": a town and
        # what it is said to be are one, and as near the date after them as the words said of it
        aside = _APPOSITION_AFTER.match(text, place.end)
        if aside:
            place = PlaceMatch(place.start, aside.end(), place.text, place.place)
        return min(timexes, key=lambda t: (distance(place, t), t.start))

    if timex not in timexes:
        return places
    # "Last spring, on 28 April, a Russian missile hit a house in Dnipro": a date and the finer one
    # set beside it are one time, and share its places (not a list: "on 5 May, 12 June and 3 July")
    same = {id(timex)} | {id(t) for t in timexes if t is not timex and t.precision != timex.precision
                          and _APPOSED_DATES.fullmatch(text, min(t.end, timex.end), max(t.start, timex.start))}
    # "a strike hit the livestock market in En Nahud, which the RSF seized from the army in May 2025":
    # a place a which-clause tells of is the place of the clause's date and of the date before it
    return [p for p in places if id(owner(p)) in same or _WHICH_AFTER.match(text, p.end) and any(
        id(t) in same for t in (next((t for t in timexes if t.start >= p.end), None),
                                next((t for t in reversed(timexes) if t.end <= p.start), None)))]


_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")
_DISTANCE_AWAY = re.compile(r"\b\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:to\s+the\s+)?"
                            r"(?:(?:north|south|east|west)(?:-?(?:east|west))?|away)\b(?!\s+of\b)", re.IGNORECASE)
# "since" opening a clause of its own, not a date ("since the RSF seized", not "since then", "since 2019")
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?!(?:then|early|late|mid|last|this|the\s+(?:start|end|beginning))\b|\d)",
                           re.IGNORECASE)
# Where casualties were carried (narrower than _DESTINATION_BEFORE, whose "moved to Beni, where ..."
# and drones "on their way to Moscow" may still be the scene)
_CARRIED_TO_BEFORE = re.compile(r"\b(?:flown|airlifted|evacuated|rushed)\s+(?:by\s+[\w-]+\s+)?to\s+(?:the\s+)?"
                                r"(?:[\w-]+\s+){0,2}?(?:in\s+)?$", re.IGNORECASE)
_HISTORY_AFTER = re.compile(r"['’]s\s+(?:[a-z]+\s+)?history\b")
_APPOSED_DATES = re.compile(r"\s*,\s*(?:(?:on|in)\s+)?")
_WHICH_AFTER = re.compile(r",\s+which\b")
_AND_ANOTHER_ACT = re.compile(r"\band\s+(?:then\s+|later\s+)?(?!(?:the|a|an|in|on|at|near|of|its|their|his|her)\b)"
                              r"(?-i:[a-z])[a-z]+\s+(?:the|a|an|its|their|his|her)\b", re.IGNORECASE)
_WHERE_AFTER = re.compile(r"(?:,\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w'’ -]{0,40}?)?,\s+where\b")
_APPOSITION_AFTER = re.compile(r",\s+(?:an?|the)\s+[^,;.()]{1,60},")


def _fill_from_context(text: str, events: list[dict], places: list[PlaceMatch], context: _Context) -> None:
    """Give violent events the place and perpetrator the article has set out.

    An event dated to the day or week whose sentence names no place happened where the
    sentences just before it were (a dateline says where the story was filed, not where this
    happened); a month or a year sums up more than the incident just told. One that
    names no perpetrator is put down to the perpetrator of most of the article's violent
    events, when one stands out.
    """
    # ("fought alongside federal troops in the Tigray war": a war's name sets no scene)
    places = [p for p in places if not _names_a_war(text, p)]
    starts = [p.start for p in places]
    one_region: PlaceMatch | None | bool = False  # the article's one region, looked up when needed
    one_city: PlaceMatch | None | bool = False  # the town it keeps to, likewise
    main_region: PlaceMatch | None | bool = False  # the region most of its places lie in, likewise

    def under_heading(event: dict) -> list[dict]:
        """The one region of the section an event lies in, under a heading that names a place
        ("PAKISTAN: KURRAM"), all of whose towns lie in that region, which it names or not: an attack
        "near the village of Bagan, in Lower Kurram", places the gazetteer lacks, happened there."""
        k = bisect.bisect_right(place_headings, event["start"])
        if not k:
            return []
        end = place_headings[k] if k < len(place_headings) else len(text)
        section = places[bisect.bisect_left(starts, place_headings[k - 1]):bisect.bisect_left(starts, end)]
        region = _section_region(section)
        return _event_places([region]) if region is not None else []

    def kept_to_region(main: bool = True) -> list[dict]:
        """The article's one region, else (with ``main``) the region most of its places lie in, as an
        event's places."""
        nonlocal one_region, main_region
        if one_region is False:
            one_region = _article_region(text, places)
        if not main:
            return _event_places([one_region]) if one_region is not None else []
        if one_region is None and main_region is False:
            main_region = _main_region(text, places)
        return _event_places([one_region or main_region]) if (one_region or main_region) is not None else []

    # the headings in capitals that name a place ("PAKISTAN: KURRAM", not "KEY INCIDENTS"): each
    # starts another story
    place_headings = [h.start() for h in headings(text) if get_gazetteer().find(h.group("words").title())]
    perpetrators = Counter(
        a["id"] for e in events if e["type"] in VIOLENT_TYPES or e["type"] == "reporting_period"
        for a in e["actors"] if a["type"] in ("state", "military", "armed_group") and a["id"] != e["_held_by"]
        # (a state that counts, "according to government figures", is no perpetrator)
        and not (e["type"] == "reporting_period" and a["type"] == "state" and _STATE_COUNTS.search(e["quote"]))
    )
    violent = sum(1 for e in events if e["type"] in VIOLENT_TYPES)
    dominant = None
    if perpetrators:
        top, count = perpetrators.most_common(1)[0]
        # The only perpetrator named stands out if the article names it more than once
        # ("a Russian missile", "Russia's Defence Ministry"); one named once in a paragraph on
        # another place does not.
        if (count >= 2 and count * 2 > violent) or (len(perpetrators) == 1 and context.mentions[top] >= 2):
            dominant = next(a for e in events for a in e["actors"] if a["id"] == top)
    # the countries its own events lie in: a bulletin's item on Libya is not its Syrian and Iraqi items'
    dominant_countries = {p["country_code"] for e in events for p in e["places"]
                          if dominant is not None and any(a["id"] == dominant["id"] for a in e["actors"])}
    last_group: dict | None = None  # the armed group of the latest violent event that names one
    last_group_at = 0  # where that event's clause starts
    # the places of the violent events and counts placed so far, by their date's start (a clause
    # first, then the clause inside it: "fighting since 9 September, when gunmen clashed")
    placed: dict[int, list[dict]] = {}
    for event in sorted(events, key=lambda e: e["_clause_start"]):
        if event["type"] in VIOLENT_TYPES:
            groups = [a for a in event["actors"] if a["type"] == "armed_group"]
            if not groups and last_group is not None and event["type"] == "armed_clash" \
                    and not any(last_group_at < h < event["_clause_start"] for h in place_headings) \
                    and _THE_ATTACKERS.search(text, event["_clause_start"], event["end"]):
                # "troops tracked the attackers to nearby orchards": those of the attack just told,
                # the other side of the fight (drones that struck the attackers hit a target), in
                # the same section ("[MOZAMBIQUE - VO]" begins another story)
                event["actors"] = [*event["actors"], last_group]
            elif len(groups) == 1:
                last_group, last_group_at = groups[0], event["_clause_start"]
        if not event["places"] and (event["type"] in VIOLENT_TYPES or event["type"] in ("reporting_period",
                                                                                          "military_campaign")):
            again = _REGIONS_AGAIN.search(text, event["_clause_start"], event["end"])
            if again:
                event["places"] = _event_places(_listed_regions(text, places, again))
            sharing = None if again else _REGIONS_SHARING_A_NAME.search(text, event["_clause_start"], event["end"])
            country = _focus_country(places) if sharing else None
            if country is not None:
                # "14 attacks on health care in the Kordofan states": every region of the country
                # whose name holds that word (North, South and West Kordofan)
                event["places"] = _event_places([PlaceMatch(sharing.start("word"), sharing.end("word"),
                                                            sharing.group("word"), region)
                                                 for region in get_gazetteer().regions_sharing(
                                                     country.country_code, sharing.group("word"))])
            # "It was the first ISKP attack in the city since October 13, 2023, when a suicide bomber
            # killed seven worshippers": the when-clause of a date a superlative reaches back to
            # happened where the rank is counted, which the sentence names before the date
            looked_from = event["start"] if event["start"] < event["_timex_start"] < event["_clause_start"] \
                and _SUPERLATIVE_BEFORE.search(text, max(event["start"], event["_timex_start"] - 80),
                                               event["_timex_start"]) else event["_clause_start"]
            region = None if again else _THE_REGION.search(text, looked_from, event["end"])
            city = None if again or region else _THE_CITY.search(text, looked_from, event["end"])
            capital = None if again or region or city else _THE_CAPITAL.search(text, event["_clause_start"], event["end"])
            national = None if again or region or city or capital else \
                _THE_NATIONAL_CAPITAL.search(text, event["_clause_start"], event["end"])
            if national and _search(_DESTINATION_BEFORE, text, max(0, national.start() - 60), national.start()):
                national = None  # "cut National Road 3, the main link to the capital": where the road goes
            if city and not national:
                # "the deadliest attack on the capital this year and the worst since 8 July 2024, when
                # Russian missiles hit ... sites in the city": the city is the capital named before it
                national = _THE_NATIONAL_CAPITAL.search(text, event["start"], city.start())
                city = None if national else city
            if capital:
                event["places"] = _event_places(_capital_named(places, capital.start()))
            elif national:
                named = [p for p in places[:bisect.bisect_left(starts, national.start())]
                         if p.place.kind == "locality" and is_capital(p.place.name)]
                event["places"] = _event_places(named[-1:])
            elif region or city:
                # "recorded 167 homicides in the state": the region the text named last; "shelled a
                # camp on the northern edge of the city": the town or city it named last
                kind = "admin1" if region else "locality"
                before = places[:bisect.bisect_left(starts, (region or city).start())]
                # (not a place things went towards: "forces have pushed towards Huliaipole and
                # Stepnohirsk ... The city's worst day" is the city the story is about)
                # (nor a town told of as near another: "in Zawiya and nearby Al-Ajaylat ... fighting
                # in the city centre" is Zawiya's)
                named = [p for k, p in enumerate(before) if p.place.kind == kind
                         and not _search(_TOWARDS_BEFORE, text, max(0, p.start - 30), p.start)
                         and not (city and _NEARBY_BEFORE.search(text, max(0, p.start - 30), p.start))
                         and not (k and _search(_TOWARDS_BEFORE, text, max(0, before[k - 1].start - 30), before[k - 1].start)
                                  and _PLACE_LIST_JOIN.fullmatch(text, before[k - 1].end, p.start))]
                if region and not named:
                    # "killed 73 people across the strip" after "Gaza": the region of the town named last
                    towns = [p for p in before if p.place.kind == "locality"]
                    named = [r for r in map(_region_of, towns[-1:]) if r.place.kind == "admin1"]
                if named:
                    event["places"] = _event_places(named[-1:])
        # "14 civilians have been killed on the Thai side since Thursday": in that country
        named = _ONE_SIDE_OF.search(text, event["_clause_start"], event["end"]) \
            if not event["places"] and (event["type"] in VIOLENT_TYPES or event["type"] == "reporting_period") else None
        if named is None and not event["places"] and event["type"] == "reporting_period":
            # "Iran's health ministry says 224 people have been killed since Friday": a health
            # ministry counts the dead of its own country
            named = _HEALTH_MINISTRY_OF.search(text, event["_clause_start"], event["end"])
        if named:
            word = named.group("country")
            code = country_of().get(word.lower()) or next(
                (p.country_code for p in get_gazetteer().lookup(word) if p.kind == "country"), None)
            country = get_gazetteer().country(code) if code else None
            if country is not None:
                event["places"] = _event_places([PlaceMatch(named.start(), named.end(), named.group(), country)])
        if event["type"] == "reporting_period" and not event["places"] and (
                _THE_COUNTRY.search(text, event["_clause_start"], event["end"])
                # ("Health Minister Firass Abiad says Israeli strikes have killed 558 people since
                # Monday morning": a health ministry that names no country counts the dead of the
                # country the article is about)
                or _HEALTH_MINISTRY.search(text, event["start"], event["end"])
                # ("Since 2015, the conflict has killed more than 26,000 people": the country's war)
                or _THE_WAR_KILLED.search(text, event["start"], event["end"])):
            # "the deadliest year for the country's soldiers", "attacks across the country":
            # a count over the country the article is about.
            country = _focus_country(places)
            if country is not None:
                event["places"] = _event_places([PlaceMatch(0, 0, "", country)])
        if not event["places"] and (event["type"] in VIOLENT_TYPES or event["type"] == "reporting_period") \
                and _UNKNOWN_REGION.search(text, event["_clause_start"], event["end"]):
            # "80 people have been killed in the Catatumbo region since Thursday": an area the
            # gazetteer lacks, in the one region the article keeps to (or in the region most of its
            # places lie in: "94 civilians killed in the Mayo-Sava department alone", in a story of
            # the Far North that once names a town across the border)
            event["places"] = kept_to_region()
            if not event["places"] and event["type"] == "reporting_period":
                # (a count, in the region all its towns lie in, which it never names: "214 Maoists have
                # been killed across the Bastar division since January", in a story of Bijapur,
                # Sukma and Raipur, towns of Chhattisgarh)
                region = _section_region([p for p in places if not _in_header_line(text, p.start)])
                event["places"] = _event_places([region]) if region is not None else []
        if event["type"] == "reporting_period" and not event["places"] and (
                _UNKNOWN_PLACE_NAMED.search(text, event["_clause_start"], event["end"])
                or _unknown_place_of_clause(text, event, places)):
            # "troops had killed 11 ISWAP fighters around Fotokol since 1 August": a count at a place
            # the gazetteer lacks, in a story of one region, is a count in that region
            event["places"] = kept_to_region()
        if event["type"] == "reporting_period" and event["places"]:
            # "24 people have been killed in Israel since Friday night, when Iran fired ..."
            placed.setdefault(event["_timex_start"], event["places"])
        if event["type"] == "military_campaign" and not event["places"] and event["_timex_start"] in placed:
            # "80 killed in the region since Thursday, when the ELN launched an offensive": there
            event["places"] = placed[event["_timex_start"]]
        if not event["places"] and event["type"] == "military_campaign":
            # a campaign of an article that keeps to one region ("Since August 2023, when the
            # extremists took up arms", in a release on the Amhara region): there; or in the one
            # region of its section ("- On January 20, the army launched an operation against the
            # militants around Bagan", under "PAKISTAN: KURRAM"). Not the region most of the article
            # lies in: "Russia began its air campaign on Sept. 30", in a story of strikes on towns of
            # Homs province, is a campaign over the country.
            event["places"] = kept_to_region(main=False) or under_heading(event)
        if not event["places"] and event["type"] == "agreement" and _unknown_place_of_clause(text, event, places):
            # "Leaders of the two tribes signed a peace agreement at Wabag on 3 March": a deal made at
            # a place the gazetteer lacks, in a story of one region, was made in that region
            event["places"] = kept_to_region()
        if event["type"] not in VIOLENT_TYPES:
            continue
        if not event["places"] and event["_timex_start"] in placed:
            # "have been fighting for the state capital since 9 September, when gunmen clashed":
            # the day the fighting began happened where the fighting goes on
            event["places"] = placed[event["_timex_start"]]
        targeted = _TARGETED_BEFORE.search(text, max(0, event["start"] - 150), event["start"]) \
            if not event["places"] else None
        if targeted:
            # "The Doaba station has been targeted before. Last month, a quadcopter dropped a mortar
            # shell on its roof": the attack the sentence after tells of was on the place it names
            told = places[bisect.bisect_left(starts, targeted.start()):bisect.bisect_left(starts, targeted.end())]
            told = [p for p in told if p.place.kind != "country"]
            event["places"] = _event_places(told, text)
        unknown = None  # a place the gazetteer lacks, named in the event's clause
        # ("Earlier this month, gunmen burned a primary school in Homeyo district": an attack of the
        # month at a place the gazetteer lacks is placed like one of the day)
        if not event["places"] and (event["precision"] in ("day", "week") or event["precision"] == "month" and (
                _UNKNOWN_PLACE_NAMED.search(text, event["_clause_start"], event["end"])
                or _unknown_place_of_clause(text, event, places))):
            own_place = _UNKNOWN_PLACE_NAMED.search(text, event["_clause_start"], event["end"])
            # Places earlier in the sentence count too: "the deadliest in Kramatorsk since
            # 8 April 2022, when a missile hit the city's station"; "reached the edge of Aleppo
            # last Thursday and by Saturday had taken most of the city".
            anchor = event["_clause_start"]
            same = [p for p in places[bisect.bisect_left(starts, event["start"]):bisect.bisect_left(
                starts, event["_timex_start"])] if p.place.kind != "country" and not _names_a_war(text, p)]
            if same:
                anchor = event["_timex_start"]
            i = bisect.bisect_left(starts, anchor)
            # ("tracked the attackers to nearby orchards": near the place of the attack told of
            # before, however many sentences ago)
            reach = 3000 if "nearby" in text[event["_clause_start"]:event["end"]] else 400
            earlier = [p for p in places[max(0, i - 3):i] if p.place.kind != "country" and anchor - p.end < reach
                       and not _search(_DESTINATION_BEFORE, text, max(0, p.start - 60), p.start)
                       # ("United Nations Headquarters, New York | 16 July 2025": where it was filed)
                       and not _in_header_line(text, p.start)
                       # (a section heading that names a place, "PAKISTAN: KURRAM", starts another story)
                       and not any(p.end < h < anchor for h in place_headings)
                       # (another item of a list that names a place of its own is elsewhere)
                       and not (own_place and _LIST_ITEM.search(text, p.end, max(anchor, event["_timex_start"])))]
            last = earlier[-2:]
            if len(last) == 2 and _LANDMARK.fullmatch(text, last[0].end, last[1].start):
                # "gangs attacked Kenscoff, in the hills above Port-au-Prince ... pushed the gangs
                # back from two neighbourhoods": the town the second place only locates
                last = last[:1]
            if len(last) == 2 and not _PLACE_PAIR.fullmatch(text, last[0].end, last[1].start) and not (
                    # "Singa Teaching Hospital, the main referral hospital of Sennar state": a town, and
                    # the region it lies in named later in the sentence to locate it
                    last[0].place.kind == "locality" and last[1].place.kind == "admin1"
                    and fold_name(last[0].place.admin1 or "") == fold_name(last[1].place.name)
                    and not _SENTENCE_BREAK.search(text, last[0].end, last[1].start)):
                last = last[1:]
            unknown = own_place or _unknown_place_of_clause(text, event, places)
            if unknown is not None and not own_place and not last:
                # "troops clashed with ELN fighters near Tibú", two paragraphs after "Catatumbo, a
                # region of Norte de Santander": a town the gazetteer lacks, in the region told of last
                region = next((p for p in reversed(places[:i]) if p.place.kind == "admin1" and anchor - p.end < 1500
                               and not _in_header_line(text, p.start)
                               and not any(p.end < h < anchor for h in place_headings)), None)
                last = [region] if region is not None else []
            towns = [p for p in last if p.place.kind == "locality"]
            if unknown is None and not own_place and towns:
                # "was ambushed about 15 km to the south": some way from the town told of before, in its region
                unknown = _DISTANCE_AWAY.search(text, event["_clause_start"], event["end"])
            if unknown is not None and not own_place and towns:
                # "attacked rebel positions around Kaziba and Nzibira", after a paragraph on
                # Bukavu: villages the gazetteer lacks, in the region of the town told of before
                # (or of "Iskushuban, in the Bari region")
                region = _region_of(towns[-1])
                last = [region] if region.place.kind == "admin1" else last
            if own_place and last and not any(own_place.start() <= p.start < own_place.end() for p in places) \
                    and (_SUB_UNIT.search(own_place.group())
                         or not _NEARBY_BEFORE.search(text, max(0, own_place.start() - 30), own_place.start())):
                # "a village in Minbya township": a district the gazetteer lacks, in the region of
                # the place told of before, not at that place; so is a village or town it lacks
                # ("jets bombed Pauktaw, a town held by the rebels"), but not "a nearby village",
                # near the place told of before and so at it
                region = _region_of(last[-1]) if last[-1].place.kind == "locality" else last[-1]
                last = [region] if region.place.kind == "admin1" else []
            # "El Fasher, North Darfur": the town, which the region only locates.
            event["places"] = _event_places(last, text)
        if not event["places"]:
            # an article that keeps to one region, and names it: its attacks that name no place
            # the gazetteer has ("ELN gunmen went from house to house in Tibú") happened there; a
            # day's attack also in the one city it keeps to, named in two mentions of three
            # ("Fighting spread overnight to Abu Salim"), or in the region most of it is set in (an
            # attack of any date: "Fighting resumed in May", in a story of Enga province)
            if one_region is False:
                one_region = _article_region(text, places)
            kept_to = one_region
            if kept_to is None and (event["precision"] in ("day", "week") or unknown is not None):
                if one_city is False:
                    one_city = _article_city(text, places)
                if one_city is None and main_region is False:
                    main_region = _main_region(text, places)
                kept_to = one_city or main_region
                if kept_to is one_city and one_city is not None and unknown is not None:
                    # ("- 2025-05-06, Datu Piang: gunmen shot dead ...": a town the gazetteer
                    # lacks, in the region of the town the article keeps to)
                    region = _region_of(one_city)
                    kept_to = region if region.place.kind == "admin1" else None
            elif kept_to is None:
                if main_region is False:
                    main_region = _main_region(text, places)
                kept_to = main_region
            if kept_to is not None:
                event["places"] = _event_places([kept_to])
        if not event["places"]:
            event["places"] = under_heading(event)
        if not event["places"] and _PART_OF_THE_COUNTRY.search(text, event["_clause_start"], event["end"]):
            # "air strikes hit villages across the south of the country", where the text names no
            # finer place: the country the article is about
            country = _focus_country(places)
            if country is not None:
                event["places"] = _event_places([PlaceMatch(0, 0, "", country)])
        if dominant and event["type"] in VIOLENT_TYPES and not any(
                a["type"] in ("state", "military", "armed_group") for a in event["actors"]) \
                and not (dominant_countries and event["places"]
                         and not any(p["country_code"] in dominant_countries for p in event["places"])) \
                and not (event["type"] == "attack_on_civilians" and dominant["type"] in ("state", "military")) \
                and not (dominant["type"] in ("state", "military")
                         and (_POLICE_HIT.search(text, event["_clause_start"], event["end"])
                              # "an improvised explosive device planted by the terrorists exploded under
                              # a military vehicle": the forces were hit, others did it
                              or event["type"] == "explosion"
                              and (_GROUND_ATTACKERS.search(text, event["_clause_start"], event["end"])
                                   or _MILITARY_TARGET.search(text, event["_clause_start"], event["end"])))) \
                and not _UNNAMED_ATTACKER.search(text, event["_clause_start"], event["end"]) \
                and not _WAS_REPORTED.search(text, event["_clause_start"], event["end"]) \
                and not _UNCLAIMED.search(text, event["end"], _paragraph_end(text, event["end"])):
            # "gunmen on a motorcycle shot dead two vaccinators", "shelling was reported", "No
            # party has claimed either strike": the text says it does not know who; that is not
            # the article's main perpetrator.
            event["actors"] = [*event["actors"], dominant]
        if event["places"]:
            placed.setdefault(event["_timex_start"], event["places"])


def _places_the_text_locates(text: str, events: list[dict], places: list[PlaceMatch],
                             actors: list[ActorMatch] = ()) -> None:
    """Places the gazetteer lacks, located by the text itself: "the town of Nasir in Upper Nile
    state", "the so-called Point Triple in the Karimama area of Alibori department". An event that
    names no place but such a name ("overran the army's garrison in Nasir") happened in the
    region the text put it in."""
    located: dict[str, PlaceMatch] = {}
    for k, region in enumerate(places):
        if region.place.kind == "country":
            continue
        # the words just before a known place: "<Name> in (the ... of) <place>"
        match = _LOCATED_NAME.search(text, max(0, region.start - 90, places[k - 1].end if k else 0), region.start)
        if match is None or match.group("name") in located:
            continue
        if any(a.start < match.end("name") and match.start("name") < a.end for a in actors):
            continue  # "signed a charter with the RSF in Nairobi": an actor, not a place
        opening = text[:match.start()].rstrip()[-1:] in ("", ".", "!", "?", "\n", ":", "-")
        if opening and match.start() == match.start("name"):
            continue  # "Fighting in Tripoli": a capital that opens a sentence names nothing
        located[match.group("name")] = region if region.place.kind == "admin1" else _region_of(region)
    if not located:
        return
    names = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(located, key=len, reverse=True))) + r")\b")
    for event in events:
        if event["places"] or event["type"] not in VIOLENT_TYPES:
            continue
        named = names.search(text, event["_clause_start"], event["end"])
        if named:
            event["places"] = _event_places([located[named.group()]])


# "Nasir in Upper Nile state", "Point Triple in the Karimama area of Alibori department", "the
# village of Wajiroko, in southern Borno": a name, then "in" and a place the gazetteer knows.
_LOCATED_NAME = re.compile(
    r"\b(?:the\s+(?:so-called\s+|town\s+of\s+|village\s+of\s+)?)?(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)"
    r"\s*,?\s+in\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){1,3}(?:of|in)\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?$",
    re.IGNORECASE)


def _the_two(text: str, events: list[dict], actors: list[ActorMatch]) -> None:
    """Give "the two countries", "the two governments", "the two forces" the two states named last
    before them (their militaries for forces and armies): "cross-border fighting between Pakistani
    and Afghan forces ... On 15 October, fighting between the two forces killed 17 civilians"."""
    starts = [a.start for a in actors]
    for event in events:
        if event["type"] not in VIOLENT_TYPES and event["type"] != "agreement":
            continue  # (what a statement says of "the two countries" is not who says it)
        two = _THE_TWO.search(text, event["_clause_start"], event["end"])
        if two is None or any(a["type"] in ("state", "military") for a in event["actors"]):
            continue
        what = two.group("what").lower()
        # "the two sides sign a declaration": the two belligerents named last, whatever they are
        # ("fighters of the two groups exchanged fire": the two armed groups named last)
        sides = what in ("sides", "parties", "groups", "factions", "militias")
        named: list[str] = []  # the last two, latest first
        for match in reversed(actors[:bisect.bisect_left(starts, two.start())]):
            if sides:
                one = match.actor.id if match.actor.type in (
                    ("armed_group",) if what in ("groups", "factions", "militias") else
                    ("state", "military", "armed_group")) else None
            else:
                one = match.actor.id if match.actor.type == "state" else match.actor.part_of \
                    if match.actor.type == "military" else None
            if one and one not in named:
                named.append(one)
            if len(named) == 2:
                break
        if len(named) < 2:
            continue
        forces = what in ("forces", "armies", "militaries")
        for one in reversed(named):
            actor = get_actor(military_of(one) if forces else one)
            if actor is not None and actor.id not in {a["id"] for a in event["actors"]}:
                event["actors"].append(_actor_dict(actor))


def _article_region(text: str, places: list[PlaceMatch]) -> PlaceMatch | None:
    """The first-level region an article keeps to: it names the region, and every town it names
    (but those things are sent or fled to) lies in it. None when there is no such one region."""
    regions = {p.place.id: p for p in places if p.place.kind == "admin1"}
    towns = [p for p in places if p.place.kind == "locality"
             and not _search(_DESTINATION_BEFORE, text, max(0, p.start - 60), p.start)]
    if len(regions) != 1:
        return None
    (region,) = regions.values()
    if all(_in_header_line(text, p.start) for p in places if p.place.id == region.place.id) and not towns:
        return None  # "United Nations Headquarters, New York | 16 July 2025": named only where it was filed
    if any(fold_name(t.place.admin1 or "") != fold_name(region.place.name) for t in towns):
        return None
    return region


def _main_region(text: str, places: list[PlaceMatch]) -> PlaceMatch | None:
    """The first-level region an article names, in which at least three of every four of its
    towns and regions lie (those on filing lines and places things went to left out): an
    obituary set in Ituri that once recalls years in Beni, North Kivu."""
    named = [p for p in places if p.place.kind in ("locality", "admin1") and not _in_header_line(text, p.start)
             and not _search(_DESTINATION_BEFORE, text, max(0, p.start - 60), p.start)]
    regions = Counter(fold_name(p.place.name if p.place.kind == "admin1" else p.place.admin1 or "") for p in named)
    if not regions:
        return None
    key, count = regions.most_common(1)[0]
    own = next((p for p in named if p.place.kind == "admin1" and fold_name(p.place.name) == key), None)
    return own if own is not None and key and count >= 3 and count * 4 >= len(named) * 3 else None


def _section_region(places: list[PlaceMatch]) -> PlaceMatch | None:
    """The one first-level region that every town and region named in a section lies in (at
    least two of them), as a match of it (from a town's mention when the section names no region)."""
    named = [p for p in places if p.place.kind in ("locality", "admin1")]
    regions = {fold_name(p.place.name if p.place.kind == "admin1" else p.place.admin1 or "") for p in named}
    if len(named) < 2 or len(regions) != 1 or "" in regions:
        return None
    region = next((p for p in named if p.place.kind == "admin1"), None) or _region_of(named[0])
    return region if region.place.kind == "admin1" else None


def _article_city(text: str, places: list[PlaceMatch]) -> PlaceMatch | None:
    """The town an article keeps to: named at least three times, and in two of every three
    mentions of a town or region (those on filing lines left out)."""
    named = [p for p in places if p.place.kind != "country" and not _in_header_line(text, p.start)]
    counts = Counter(p.place.id for p in named)
    if not counts:
        return None
    top, count = counts.most_common(1)[0]
    first = next(p for p in named if p.place.id == top)
    return first if first.place.kind == "locality" and count >= 3 and count * 3 >= 2 * len(named) else None


def _capital_named(places: list[PlaceMatch], before: int) -> list[PlaceMatch]:
    """The town "the state capital" stands for: of the towns named before it in the region the
    text named last (or else the region of the town it named last), the largest (its last match);
    none when the text named no town there."""
    named = [p for p in places if p.start < before and p.place.kind != "country"]
    if not named:
        return []
    last = next((p for p in reversed(named) if p.place.kind == "admin1"), named[-1])
    region = last.place.name if last.place.kind == "admin1" else last.place.admin1 or ""
    towns = [p for p in named if p.place.kind == "locality" and p.place.country_code == last.place.country_code
             and fold_name(p.place.admin1 or "") == fold_name(region)]
    if not towns:
        return []
    largest = max(towns, key=lambda p: p.place.population).place.id
    return [next(p for p in reversed(towns) if p.place.id == largest)]


_AREA_QUALIFIERS = frozenset(fold_name(w) for w in REGION_QUALIFIERS) | {"strip"}


def _names_its_region(place) -> bool:
    """Whether the town's first-level region is its name and a word for an area: "Gaza" and the
    Gaza Strip, "Garissa" and Garissa County."""
    name, region = fold_name(place.name), fold_name(place.admin1 or "")
    return region.startswith(name + " ") and region[len(name) + 1:] in _AREA_QUALIFIERS


def _region_of(match: PlaceMatch) -> PlaceMatch:
    """The match with the first-level region of its locality in place of the locality (itself when
    the gazetteer has no such region)."""
    region = get_gazetteer().region_of(match.place)
    return PlaceMatch(match.start, match.end, match.text, region) if region is not None else match


def _listed_regions(text: str, places: list[PlaceMatch], again: re.Match) -> list[PlaceMatch]:
    """The regions an expression such as "the three states" or "both regions" counts back to: the
    last list of regions before it with a plural after it ("in Borno, Adamawa and Yobe states",
    "the North-West and South-West regions"), when it holds as many as the expression says."""
    wanted = 2 if again.group("both") else _SMALL_NUMBERS.get((again.group("n") or "").lower())
    i = bisect.bisect_left([p.start for p in places], again.start())
    for k in range(i - 1, -1, -1):
        last = places[k]
        if last.place.kind != "admin1" or not _LISTED_REGIONS_AFTER.match(text, last.end):
            continue
        listed = [last]
        while k > 0 and places[k - 1].place.kind == "admin1" \
                and _REGION_LIST_LINK.fullmatch(text, places[k - 1].end, listed[0].start):
            k -= 1
            listed.insert(0, places[k])
        if len(listed) >= 2 and (wanted is None or len(listed) == wanted):
            return listed
        return []
    return []


class _Spans:
    """Matches sorted by start, to pick those of one sentence in logarithmic time."""

    def __init__(self, items: list):
        self.items = sorted(items, key=lambda item: item.start)
        self.starts = [item.start for item in self.items]

    def within(self, start: int, end: int) -> list:
        """The matches that lie wholly inside [start, end)."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [item for item in self.items[lo:hi] if item.end <= end]


def _joints(text: str, timexes: list[Timex]) -> dict[int, tuple[int, int]]:
    """Where a sentence joins two dated clauses: "Rwanda deployed 1,000 soldiers in July 2021,
    and Rwandan forces retook Mocímboa da Praia on 8 August 2021". Each date keeps its own
    clause; "seized Goma in late January, and Bukavu on 16 February" has no verb after the
    joint and stays one clause. By id of each date: (start, end) of its clause."""
    bounds: dict[int, tuple[int, int]] = {}
    for a, b in zip(timexes, timexes[1:]):
        stop = text.find(".", b.end)
        for joint in _JOINT.finditer(text, a.end, b.start):
            # "...; the same morning, Russian cruise missiles killed 23": a semicolon parts two clauses
            # whatever opens the second
            semicolon = joint.group().lstrip().startswith(";") \
                and _FINITE_VERB.search(text, b.end, stop if stop >= 0 else len(text))
            # "..., and on 30 September Captain Traoré extended the decree": the date opens the
            # second clause, whose verb comes after it
            opened = _DATE_OPENS.fullmatch(text, joint.end(), b.start) \
                and _FINITE_VERB.search(text, b.end, stop if stop >= 0 else len(text))
            if not _PARTICIPLE.match(text, joint.end()) and (
                    semicolon or opened or _FINITE_VERB.search(text, joint.end(), b.start)):
                break
            # "..., and wounding 61, officials said on Wednesday": the same clause goes on (a later
            # joint may still part two: "killing 12, and wounding 2,800; radios blew up the next day")
        else:
            continue
        bounds[id(a)] = (bounds.get(id(a), (0, len(text)))[0], joint.start())
        bounds[id(b)] = (joint.end(), len(text))
    return bounds


def _events(text: str, sentence: Sentence, timex: Timex, places: list[PlaceMatch], actors: list[ActorMatch],
            context: _Context, published_at: dt.date, whens: list[Timex] = (),
            bounds: tuple[int, int] | None = None, dated: list[Timex] = ()) -> list[dict]:
    """The events one date of a sentence states: usually one, two for "since X, when <clause>".

    ``whens``: the sentence's dates of kind 'since' followed by a when-clause; ``dated``: all its
    dates; ``bounds``: the part of the sentence that is this date's clause, when the sentence
    joins several."""
    after = text[timex.end:sentence.end]
    when = _WHEN.match(after) if timex.kind == "since" else None
    if not when:
        relative = _RELATIVE.search(text, sentence.start, timex.start) \
            or _RESTRICTIVE.search(text, sentence.start, timex.start)
        if relative:
            # "the M23, which seized Goma on 16 February", "the war, which ended with a deal
            # signed on 2 November": the relative clause is what the date dates, done by the
            # name before it; the main clause is read only if the relative one tells nothing.
            start = relative.start() + 1
            stop = _CLAUSE_END.search(text, timex.end, sentence.end)
            end = stop.start() if stop else sentence.end
            antecedent = [a for a in actors if a.end <= relative.start() and relative.start() - a.end <= 2]
            # ("the livestock market in En Nahud, which the RSF seized from the army in May 2025": the
            # place the clause tells of is where it happened; not "the war in Tigray, which ended ...")
            event = _event(text, sentence, timex, [p for p in places if start <= p.start < end or (
                               p.end <= relative.start() and relative.start() - p.end <= 2
                               and not _A_WAR_IN_BEFORE.search(text, max(0, p.start - 30), p.start))],
                           antecedent[-1:] + [a for a in actors if start <= a.start < end], context,
                           published_at, (start, end), timex.date, timex.date_end)
            if event:
                return [event]
            if any(other is not timex and not start <= other.start < end for other in dated):
                # "In February 2011, artillery duels around the temple, which the court awarded to
                # Cambodia in 1962, killed 10": the main clause is the other date's
                return []
        first, last = (max(bounds[0], sentence.start), min(bounds[1], sentence.end)) if bounds else \
            (sentence.start, sentence.end)
        end = next((w.end for w in whens if w.start >= timex.end), last)
        for other in dated:
            if other.start > min(end, timex.end + _RESTRICTIVE_REACH):
                break  # (dates are in text order; a clause runs no further than this)
            if timex.end < other.start:
                # "killed seven on Wednesday, ..., after a bomb that had killed two the day before":
                # the later date's clause is its own
                own = _RESTRICTIVE.search(text, max(timex.end, other.start - _RESTRICTIVE_REACH), other.start)
                if own:
                    end = own.start()
                    break
        lead = _LEADING_AFTER.match(text, timex.end, end)
        if lead:
            # "On Saturday, after three rockets fired from Lebanon were intercepted, Israeli air
            # strikes hit villages": two acts of that day, when each names its own means
            a_start, a_end = lead.span("clause")
            cause_event = _event(text, sentence, timex, [p for p in places if a_start <= p.start < a_end],
                                 [a for a in actors if a_start <= a.start < a_end], context, published_at,
                                 (a_start, a_end), timex.date, timex.date_end)
            main_event = _event(text, sentence, timex, [p for p in places if lead.end() <= p.start < end],
                                [a for a in actors if lead.end() <= a.start < end], context, published_at,
                                (lead.end(), end), timex.date, timex.date_end)
            if cause_event and main_event and cause_event["type"] in VIOLENT_TYPES \
                    and main_event["type"] in VIOLENT_TYPES and cause_event["type"] != main_event["type"]:
                return [cause_event, main_event]
            cut = _AFTER_CLAUSE.match(text, timex.end, end)
            if main_event and cut:
                return [main_event]  # the date's act is the main clause's, not the cause cut off
        cause = _AFTER_CLAUSE.search(text, timex.end, end)
        if cause:
            # "suspended peace talks with the ELN on Jan. 17, after its fighters killed dozens of
            # civilians": what came before is another event, not this date's.
            end = cause.start()
        # "struck Aleppo on Saturday for the first time since 2016, when government forces
        # retook the city": the clause after a later date's "when" is that date's.
        event = _event(text, sentence, timex, [p for p in places if first <= p.start < end],
                       [a for a in actors if first <= a.start < end], context, published_at,
                       (first, end), timex.date, timex.date_end)
        found = [event] if event else []
        if timex.kind == "since" and _SINCE_THE_DEAL.match(text, timex.start):
            # "strikes since the ceasefire of 27 November": the ceasefire is an event of that day
            deal = _event(text, sentence, timex, [], [a for a in actors if first <= a.start < end
                                                      and a.actor.type in ("state", "armed_group")],
                          context, published_at, (first, end), timex.date,
                          timex.since_end or _unit_end(timex.date, timex.precision), force="agreement")
            if deal:
                found.insert(0, deal)
        return found
    # "since September 30, when Russia joined the war": the clause happened on that day, and
    # what the main clause counts since then is a period of its own.
    clause_start = timex.end + when.end()
    clause_end = sentence.end
    opened = not text[sentence.start:timex.start].strip()
    if opened:
        # "Since 8 October last year, when Hezbollah began firing at Israel, rockets from Lebanon
        # have killed 49 people": the main clause (in the present perfect that "since" asks for)
        # follows the when-clause
        main_clause = _SINCE_MAIN_CLAUSE.search(text, clause_start, sentence.end)
        if main_clause:
            clause_end = main_clause.start()
    results = []
    clause_event = _event(text, sentence, timex, [p for p in places if clause_start <= p.start < clause_end],
                          [a for a in actors if clause_start <= a.start < clause_end], context, published_at,
                          (clause_start, clause_end), timex.date,
                          timex.since_end or _unit_end(timex.date, timex.precision), dated_clause=True)
    if clause_event:
        results.append(clause_event)
    if opened and clause_end < sentence.end:
        period = _event(text, sentence, timex, [p for p in places if p.start >= clause_end],
                        [a for a in actors if a.start >= clause_end], context, published_at,
                        (clause_end, sentence.end), timex.date, timex.date_end)
        if period and period["type"] == "reporting_period":
            _count_its_attackers(text, period, clause_event, clause_start, clause_end)
            results.append(period)
        return results
    main = text[sentence.start:timex.start]
    fight = _ONGOING_FIGHT.search(main)  # "the group has been attacking soldiers": no monitor's count
    counts = _REPORT.search(main) or not fight and (_GENERIC_MONITOR.search(main) or _REPEATED.search(main))
    if counts or fight:
        # "the factions have been fighting for the city since September 9, when ...": the
        # fighting since that day is an event of its own, its parties those of the clash
        # (and who the sentence says counted it, at its end: "..., according to the federal Security Ministry")
        source = _ACCORDING.search(text, clause_end if clause_end < sentence.end else timex.end, sentence.end)
        period = _event(text, sentence, timex, [p for p in places if p.end <= timex.start],
                        [a for a in actors if a.end <= timex.start or source and a.start >= source.start()],
                        context, published_at,
                        (sentence.start, timex.end), timex.date, timex.date_end,
                        force="reporting_period" if counts else "armed_clash")
        if period:
            if not counts and not period["actors"] and clause_event:
                period["actors"] = list(clause_event["actors"])
            if counts:
                _count_its_attackers(text, period, clause_event, clause_start, clause_end)
            results.append(period)
    return results


# A when-clause that tells of fire, not of a war or an offensive begun: "when Iran fired its first
# wave of ballistic missiles", "when Hezbollah began firing at Israel", "when Hamas-led fighters
# attacked southern Israel" (not "when Russia launched its full-scale invasion").
_FIRE_TOLD = _words(r"fired", r"firing", r"(?:began|started) (?:firing|shelling|attacking|striking)", r"attacked",
                    r"struck", r"shelled", r"bombed")


def _count_its_attackers(text: str, period: dict, clause_event: dict | None, clause_start: int,
                         clause_end: int) -> None:
    """A count since the day of an attack counts that attacker's dead: "24 people have been killed in
    Israel since Friday night, when Iran fired its first wave of ballistic missiles" is Iran's, beside
    the ministry that counted. A count since a war or an offensive began ("civilian deaths since 24
    February 2022, when Russia launched its full-scale invasion") counts every side's dead."""
    if clause_event is None or not _FIRE_TOLD.search(text, clause_start, clause_end) \
            or _CAMPAIGN.search(text, clause_start, clause_end):
        return
    counted = {actor["id"] for actor in period["actors"]}
    period["actors"] += [actor for actor in clause_event["actors"] if actor["id"] not in counted]


# A clause that opens by saying nothing was hit: "No school in Tyre was hit", "None of the strikes hit Tyre".
_NOTHING_HIT = re.compile(r"\W*(?:No\s+(?!one\b)(?:[\w-]+\s+){1,5}?(?:was|were|has\s+been|have\s+been)\s+"
                          r"(?:hit|struck|damaged|attacked|targeted|shelled|bombed)\b"
                          r"|None\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:hit|struck|damaged)\b)")
# "at least 34 killings of civilians by M23 fighters, including six farmers shot dead near Kiwanja last
# week": an incident of the count, dated on its own
_INCIDENT_INCLUDED = re.compile(r"\bincluding\s+[^.;]{0,60}?\b(?:shot\s+dead|killed|beheaded|executed|burned|abducted|"
                                r"hacked\s+to\s+death)\b[^.;,]{0,60}$", re.IGNORECASE)
_BESIEGED_BY_BEFORE = re.compile(r"\b(?:besieged|blockaded|encircled|surrounded|under\s+siege)\s+by\s+(?:the\s+)?$",
                                 re.IGNORECASE)
_NIGHT_OF_BEFORE = re.compile(r"\bnight\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_RAGED = re.compile(r"\b(?:raged|lasted|continued|went\s+on|gunbattle|gun\s+battle|firefight)\b", re.IGNORECASE)
_NO_CLAIM = re.compile(r"\b(?:no\s+(?:group|one|organi[sz]ation|faction)|nobody|none\s+of\s+the\s+groups)\s+"
                       r"(?:has|had|have)\s+(?:yet\s+|so\s+far\s+)?claimed\b"
                       r"|\b(?:has|had|have)\s+(?:not|yet\s+to)\s+(?:yet\s+)?claim(?:ed)?\b", re.IGNORECASE)
_SINCE_THE_DEAL = re.compile(r"(?i:ever\s+)?(?i:since)\s+the\s+(?i:ceasefire|truce|agreement|deal|peace\s+deal)\s+(?i:of|on)\b")
# After a sentence-opening "Since X, when ...": the comma where the main clause starts, its verb in
# the present perfect within a few words ("rockets and drones from Lebanon have killed 49")
_SINCE_MAIN_CLAUSE = re.compile(r",\s+(?=[^,;.]{0,80}?\b(?:has|have)\s+(?:(?:also|now|since)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn)\b)")


def _event(text: str, sentence: Sentence, timex: Timex, places: list[PlaceMatch], actors: list[ActorMatch],
           context: _Context, published_at: dt.date, span: tuple[int, int], date: dt.date, date_end: dt.date,
           *, dated_clause: bool = False, force: str | None = None) -> dict | None:
    """Classify the clause ``span`` of a sentence dated by ``timex``; return its event, or None."""
    clause_start, clause_end = span
    precision = timex.precision
    held_by = None
    places = [p for p in places if not _names_a_war(text, p)
              and not (p.place.kind == "country" and _OWNER_AFTER.match(text, p.end))]
    actors = [a for a in actors if not _names_a_war(text, a)]
    if date > published_at:
        # "talks could start in December": what has not happened yet is a plan, not an event
        return None
    if date <= published_at < date_end:
        # A report cannot tell of what has not happened yet: "this year" ends on the day it is published.
        date_end = published_at
    scan = context.scans.get(clause_start, clause_end) if context.scans else _Scan(
        text[clause_start:clause_end], ascii_fold(text[clause_start:clause_end]))
    clause = scan.text
    before = text[clause_start:timex.start] if timex.start >= clause_start else ""
    after = text[timex.end:clause_end] if timex.end <= clause_end else ""
    reporter_speaks = any(a.actor.type in ("ngo", "international") for a in actors)
    event_type, verb = force, None
    if event_type is None:
        group_end = min((a.end for a in actors if a.actor.type == "armed_group" and clause_start <= a.start), default=None)
        # "killed 19 members of the VDP": those killed bore the arms of a force or an armed group
        armed_hit = any(a.actor.type in ("military", "armed_group") and clause_start <= a.start < clause_end
                        and (_search(_MEMBERS_HARMED_BEFORE, text, max(clause_start, a.start - 60), a.start)
                             or _counted_dead(text, a, clause_start))
                        for a in actors)
        event_type, verb = _classify(text, clause_start, scan, before, after, timex, context, dated_clause,
                                     reporter_speaks, group_end, armed_hit)
    if event_type is None:
        return None
    attribution = _attribution_match(text, clause_start, clause_end, context.scans and context.scans.low) \
        if scan.may(_ATTRIBUTION) else None
    if event_type in _SPEECH_TYPES or event_type == "military_campaign":
        place_values = []
        if event_type in ("agreement", "military_campaign"):
            # "signed a deal in Washington on Friday, committing both to ... in eastern Congo":
            # the participle says what was agreed, not where.
            terms = min((m for m in (_TERMS.search(text, max(clause_start, timex.end), clause_end),
                                     _AGREED_TO_DO.search(text, max(clause_start, timex.end), clause_end)
                                     if event_type == "agreement" else None,
                                     # "the AA has taken 14 of Rakhine's 17 townships, and the regime now holds
                                     # little beyond Sittwe": a clause of its own, joined to the campaign's, says
                                     # where else things stand
                                     _JOINT.search(text, max(clause_start, timex.end), clause_end)
                                     if event_type == "military_campaign" else None) if m is not None),
                        key=lambda m: m.start(), default=None)
            # (nor where its callers were or its people went: "after calls from Brussels and
            # Washington, the two ministers agreed to stop firing", "agreed to disarm, and ... fled to Armenia")
            place_values = _event_places([p for p in _without_origins(text, places, always=True)
                                          if (terms is None or p.start < terms.start())
                                          and not _search(_DESTINATION_BEFORE, text, max(0, p.start - 60), p.start)])
        speakers = _speakers(text, actors, verb, clause_start, clause_end)
        relative = _RELATIVE.search(text, clause_start, timex.start)
        if relative:
            # "the International Criminal Court, which issued a warrant on 17 March, ...": the
            # dated clause is the court's act, whoever says the rest of the sentence.
            antecedent = [a for a in actors if a.end <= relative.start() and relative.start() - a.end <= 2
                          and a.actor.type != "media"]
            if antecedent:
                speakers = antecedent[-1:]
        opener = _PARTICIPLE_OPENER.match(text, clause_start) if not speakers else None
        if opener is not None and opener.end() > timex.end:
            # "Since resuming its offensive on 13 November 2023, the AA has taken 14 townships": the
            # subject after the opening phrase did what its participle says
            speakers = [a for a in actors if opener.end() - 4 <= a.start <= opener.end()
                        and a.actor.type in _PARTY_TYPES][:1]
        if not speakers:
            # "In a report published on 15 September, Amnesty International said ...": the one who
            # speaks right after the dated phrase that opens the sentence
            speakers = [a for a in actors if a.start >= timex.end and a.actor.type != "media"
                        and _OPENER_TO_SPEAKER.fullmatch(text, timex.end, a.start)
                        and _SAYS_AFTER.match(text, a.end)][:1]
        if event_type == "report_published":
            # "took note of the report published last Tuesday by Amnesty International": its author
            by = [a for a in actors if clause_start <= a.start
                  and _PUBLISHED_BY.search(text, max(clause_start, a.start - 60), a.start)]
            speakers = by[:1] or speakers
        if event_type == "agreement":
            # "the peace agreement the government signed with the FARC": the two who signed;
            # "mediated by Qatar and Türkiye": not those who helped them to
            # ("The Government reaffirms its commitment to the agreement signed with Burkina Faso":
            # the speaker's side, and the one it signed with)
            speakers = _signatories(text, actors, clause_start, clause_end) or [
                *speakers, *(a for a in _signatories(text, actors, clause_start, clause_end, other_side_only=True)
                             if a.actor.id not in {b.actor.id for b in speakers})]
            speakers = [a for a in speakers if not _MEDIATOR_BEFORE.search(text, max(clause_start, a.start - 40), a.start)]
        if event_type == "military_campaign":
            owner = [a for a in actors if verb is not None and a.start <= verb[0] < a.end]
            besiegers = [a for a in actors if _BESIEGED_BY_BEFORE.search(text, max(clause_start, a.start - 30), a.start)]
            if owner:
                speakers = owner  # "a government offensive launched in August 2022": the name holds the noun
            elif besiegers:
                # "El Fasher, held by the Sudanese Armed Forces, has been besieged by the RSF since May 2024"
                speakers = besiegers[:1]
            if not speakers and verb is not None:
                # "the President of the Republic, ..., travelled to Barkaram and launched Operation
                # Haskanite": a long subject is still the one who launched it
                speakers = [a for a in actors if a.end <= verb[0] and a.actor.type in _PARTY_TYPES][-1:]
            speakers = [a for a in speakers if not _TARGETED.search(text, max(clause_start, a.start - 40), a.start)]
            backed = _BACKED_BY_BEFORE.search(text, max(clause_start, speakers[0].start - 60), speakers[0].start) \
                if len(speakers) == 1 else None
            if backed:
                # "Haitian National Police units backed by Kenyan officers of the MSS mission
                # launched an operation": the units it backs launched it with it
                speakers = [a for a in actors if clause_start <= a.start and a.end <= backed.start()
                            and a.actor.type in _PARTY_TYPES][-1:] + speakers
        actor_values = [_actor_value(a) for a in speakers]
        if event_type == "statement" and any(a.actor.type in ("ngo", "international") for a in speakers) \
                and _REPORT_NEXT.match(text, sentence.end, min(len(text), sentence.end + 400)):
            # "Amnesty said on Wednesday ...", then "... Amnesty said in a new report": the report.
            event_type = "report_published"
    else:
        if attribution:
            places = [p for p in places if p.start < attribution.start()]
            if event_type in VIOLENT_TYPES or event_type == "military_campaign":
                actors = [a for a in actors if a.start < attribution.start()]
        aside = _WHICH_ASIDE.search(text, clause_start, clause_end) if event_type in VIOLENT_TYPES else None
        if aside and not aside.start() <= timex.start < aside.end() \
                and any(a.start < aside.start() and a.actor.type in _PARTY_TYPES for a in actors):
            # "Israeli jets struck Hodeidah port, which Israel says the Houthis use to bring in
            # Iranian weapons": who is named in the aside on a place did not strike
            actors = [a for a in actors if not aside.start() <= a.start < aside.end()]
        contrast = _CONTRAST.search(text, max(clause_start, timex.end), clause_end)
        if contrast:
            # "killed 32 people on Sunday, residents said, but the government denied on Monday
            # that its forces ...": what follows answers the event, it is not part of it.
            places = [p for p in places if p.start < contrast.start()]
            actors = [a for a in actors if a.start < contrast.start()]
        places = [p for i, p in enumerate(places) if not (i and _LANDMARK.fullmatch(text, places[i - 1].end, p.start))
                  and not _search(_TOWARDS_BEFORE, text, max(0, p.start - 30), p.start)
                  # "a soldier was wounded by a landmine near Caño Flórez and was flown to Arauca city":
                  # where the wounded were carried
                  and not _search(_CARRIED_TO_BEFORE, text, max(0, p.start - 40), p.start)
                  # "one of the deadliest attacks in Haiti's recent history": what it is measured against
                  and not _HISTORY_AFTER.match(text, p.end)
                  # "The Defence Ministry in Damascus says gunmen attacked a checkpoint near Mayadin":
                  # where the ministry that speaks sits (still a place of the article, in its country)
                  and not (_search(_MINISTRY_IN_BEFORE, text, max(0, p.start - 40), p.start)
                           and _SAYS_AFTER.match(text, p.end) and is_capital(p.place.name))]
        places = _without_origins(text, places)
        # "around Baalbek, in the Bekaa valley": the valley locates the town (and is no region of it)
        places = [p for i, p in enumerate(places) if not (
            i and p.place.kind == "admin1" and places[i - 1].place.kind == "locality"
            and _IN_THE_AREA_BETWEEN.fullmatch(text, places[i - 1].end, p.start) and _VALLEY_AFTER.match(text, p.end))]
        # "near Kulachi, in neighbouring Dera Ismail Khan district": the district locates the town
        places = [p for i, p in enumerate(places) if not (
            i and p.place.kind == "locality" and places[i - 1].place.kind == "locality"
            and p.place.admin1 == places[i - 1].place.admin1 and p.place.country_code == places[i - 1].place.country_code
            and _IN_THE_AREA_BETWEEN.fullmatch(text, places[i - 1].end, p.start) and _AREA_AFTER.match(text, p.end))]
        places = [p for i, p in enumerate(places) if not (
            i > 1 and p.place.kind == "locality" and places[i - 2].place.kind == "locality"
            and places[i - 1].place.kind == "admin1" and p.place.admin1 == places[i - 2].place.admin1
            and _IN_THE_REGIONS_AREA_BETWEEN.fullmatch(text, places[i - 2].end, p.start) and _AREA_AFTER.match(text, p.end))]
        says = _WHO_SAY_ASIDE.search(text, clause_start, clause_end) if "who " in scan.low else None
        if says and not says.start() <= timex.start < says.end():
            # "The Houthis, who say they act in solidarity with Palestinians in Gaza, have fired ...
            # at Israel": what the actor says of itself is not where it acted
            places = [p for p in places if not says.start() <= p.start < says.end()]
        since = _SINCE_CLAUSE.search(text, clause_start, timex.start) if "since" in scan.low else None
        if since and any(p.start >= since.end() for p in places):
            # "El Obeid ... has come under growing pressure since the RSF seized El Fasher on 26 October":
            # the dated clause after "since" is the event; the town the main clause is about is not its place
            places = [p for p in places if p.start >= since.end()]
        if text.startswith(("When ", "After "), clause_start) and (comma := text.find(", ", timex.end, clause_end)) >= 0 \
                and any(p.end <= comma for p in places):
            # "When the war broke out in Khartoum on 15 April 2023, Babanusa felt far away": the dated
            # clause that opens the sentence ends at its comma; the places after it are the main clause's
            places = [p for p in places if p.end <= comma]
        part = _SUBGROUP_IN.search(text, clause_start, clause_end) if scan.may(_SUBGROUP_IN) else None
        if part and any(p.end <= part.start() for p in places):
            places = [p for p in places if p.end <= part.start()]
        # "in Walungu territory, southwest of Bukavu": a place the gazetteer lacks, located by one
        # it has; it lies in that town's region, not in the town
        places = [_region_of(p) if p.place.kind == "locality" and (
            _search(_DIRECTION_OF_BEFORE, text, max(clause_start, p.start - 60), p.start)
            or _MEASURED_FROM_BEFORE.search(text, max(clause_start, p.start - 70), p.start)) else p for p in places]
        # "near Korcholi village in Bijapur district", "at Tekalguda on the Bijapur-Sukma border": a
        # village the gazetteer lacks, in the region of the town whose area it lies in
        # (but "near Korcholi village in Bijapur district": the district is named after its seat,
        # the finest place the gazetteer has of it)
        places = [_region_of(p) if p.place.kind == "locality" and (
            _search(_VILLAGE_IN_BEFORE, text, max(clause_start, p.start - 50), p.start)
            and not _AREA_AFTER.match(text, p.end)
            or (_border := _ON_THE_BORDER_AFTER.match(text, p.end)) is not None
            and ("-" in _border.group() or JOINED_WORD_BEFORE.search(text, max(0, p.start - 30), p.start)))
            else p for p in places]
        # ("stormed Shag Alnom and neighbouring villages near Bara": villages the gazetteer lacks,
        # near a town, are the town's, like villages near it unnamed)
        if event_type == "reporting_period":
            # "Israeli fire has killed more than 600 Palestinians in Gaza since then", "23 officers killed
            # in Garissa, Wajir and Mandera since January": a count over a period, in a town that names
            # a region after it (the Gaza Strip, Garissa County), is the region's
            places = [_region_of(p) if p.place.kind == "locality" and _names_its_region(p.place) else p for p in places]
        place_values = _event_places(places, text)
        described = _PLACE_DESCRIBED.search(text, timex.end, clause_end) if "where" in scan.low else None
        if described:
            # "air strikes have killed 1,600 civilians in Sagaing, where armed groups known as People's
            # Defence Forces now control the countryside": who holds the place did not do the act
            actors = [a for a in actors if not described.start() <= a.start < described.end()]
        if event_type == "reporting_period" and _in_header_line(text, timex.start):
            # "CONFLICT TRACKER | Myanmar | January 2026": the country a tracker's heading names is its topic
            actors = [a for a in actors if not (a.actor.type == "state" and _in_header_line(text, a.start))]
        actor_values = _event_actors(text, actors, event_type, clause_start)
        home = {p["country_code"] for p in place_values if p.get("country_code")}
        home_state = state_of_country(home.pop()) if len(home) == 1 else context.place_state
        if event_type == "armed_clash" and home_state and scan.search(_ARMY_TARGET) \
                and not any(a["type"] == "military" for a in actor_values):
            # "JNIM fighters attacked an army post": the army that held it is the other side, the
            # army of the country the post is in ("army positions in Djibo, Burkina Faso")
            army = get_actor(military_of(home_state))
            if army is not None:
                actor_values.append(_actor_dict(army))
                held_by = army.id
    claim = event_type == "statement" and scan.search(_CLAIMED_TOLD) is not None
    reporter = _reporter(context, clause_start)
    answered = scan.search(_ANSWERED)  # "rejected the report": the report is the object
    monitor = scan.search(_GENERIC_MONITOR) if reporter is not None else None
    if monitor is not None and any(a.actor.type == "armed_group" and a.start == clause_start + monitor.start()
                                   for a in actors):
        monitor = None  # "the group would keep up its attacks": the armed group named before, no monitor
    if event_type in ("reporting_period", "report_published", "statement") and reporter is not None and not claim \
            and not answered \
            and monitor is not None and reporter.actor.id not in {a["id"] for a in actor_values}:
        # "the rights group says", "the watchdog said": the organisation the article cites most.
        actor_values.insert(0, _actor_value(reporter))
    if event_type in ("reporting_period", "report_published") and context.publisher is not None \
            and timex.start < context.head_end:
        actor_values = []  # "MALI: Monthly Conflict Brief - May 2025": the topic, not an actor
    if event_type in ("reporting_period", "report_published") and context.publisher is not None \
            and not any(a["type"] in ("ngo", "international") for a in actor_values) \
            and not any(_SAYS_AFTER.match(text, a.end) or _COUNTS_AFTER.match(text, a.end)
                        or _SOURCE_BEFORE.search(text, max(clause_start, a.start - 40), a.start) for a in actors
                        if a.actor.type in ("state", "military", "government_body") and clause_start <= a.start) \
            and not scan.search(_OTHER_COUNTERS):
        # A situation report or press release says who issued it at its head ("OCHA | Sudan:
        # Flash Update", "Issued: 14/10/2024 | International Rescue Committee"); a period it
        # counts over or its own publication, with no other reporter named, is the issuer's (not a
        # count the sentence gives to a force or a state that says it: "the army's 6th Infantry
        # Division said it had killed 64 BIFF fighters in the province since January").
        actor_values.insert(0, _actor_value(context.publisher))
    attribution_text, attributed_to = _attribution(text, attribution, actors, scan, clause_start, event_type,
                                                   actor_values, context)
    killed = injured = None
    if event_type in VIOLENT_TYPES or event_type == "reporting_period":
        killed, injured = _toll(text, clause_start, clause_end, timex, scan, context)
    confidence = 0.4 + (0.2 if precision == "day" else 0.0) + (0.2 if place_values else 0.0) \
        + (0.2 if actor_values else 0.0)
    return {
        "date": date,
        "date_end": date_end,
        "precision": precision,
        "type": event_type,
        "summary": _summary(clause),
        "killed": killed,
        "injured": injured,
        "places": place_values,
        "actors": actor_values,
        "confidence": round(min(confidence, 1.0), 2),
        "start": sentence.start,
        "end": sentence.end,
        "_clause_start": clause_start,
        "_timex_start": timex.start,
        "_claim": claim,
        "_held_by": held_by,  # the army attacked, which perpetrated nothing
        "timex": timex.text,
        "attribution": attribution_text,
        "attributed_to": attributed_to,
    }


def _toll(text: str, clause_start: int, clause_end: int, timex: Timex, scan: "_Scan",
          context: _Context) -> tuple[int | None, int | None]:
    """(killed, injured) that a clause states, in the article's language."""
    clause = text[clause_start:clause_end]
    if clause_start <= timex.start and timex.end <= clause_end and _DIGIT.search(timex.text):
        # the days of "On 10 and 11 March, soldiers killed 58", "el 3 de marzo murieron 5" count nobody
        clause = (clause[:timex.start - clause_start] + " " * len(timex.text) + clause[timex.end - clause_start:])
    if context.language != "en":
        return foreign_casualties(clause, context.language)

    def count(span: str) -> tuple[int | None, int | None]:
        known = context.casualties.get(span)
        if known is None:
            known = context.casualties[span] = casualties(span)
        return known

    part = _PART_IN_PERIOD.search(text, max(clause_start, timex.start - 40), timex.start)
    if part is not None:
        # "More than 1,600 people have been killed since then, 176 of them in July alone": the
        # period's share of the count
        whole = count(clause)
        value = int(part.group("n").replace(",", ""))
        if whole[0] is not None:
            return value, None
        if whole[1] is not None:
            return None, value
    war = _WARS_TOLL.search(clause) if scan.may(_WARS_TOLL) else None
    if war is not None:
        # "..., the latest attack in a conflict that has killed thousands": the war's toll, not
        # the event's (unless the date is the toll's: "fighting that has killed 40 since Monday")
        stop = _RELATIVE_END.search(clause, war.end())
        cut_end = stop.start() if stop else len(clause)
        if not clause_start + war.start("rel") <= timex.start < clause_start + cut_end:
            clause = clause[:war.start("rel")] + " " * (cut_end - war.start("rel")) + clause[cut_end:]
    included = _INCIDENT_INCLUDED.search(text, max(clause_start, timex.start - 120), timex.start) \
        if "including" in clause else None
    if included:
        # "34 killings ..., including six farmers shot dead near Kiwanja last week": the incident's own
        return count(text[included.start():clause_end])
    comparison = _comparison(text, clause_start, clause_end, scan)
    if comparison is None:
        return count(clause)
    if comparison.start() > timex.start:
        return count(text[clause_start:comparison.start()])
    # "1,102 deaths since 1 January, against 938 between January and May 2024": the figure after
    # the comparison counts what the one before it counts.
    first = count(text[clause_start:comparison.start()])
    number = _LEADING_NUMBER.match(text, comparison.end(), clause_end)
    value = int(number.group().replace(",", "")) if number else None
    return (value if first[0] is not None else None,
            value if first[0] is None and first[1] is not None else None)




def _comparison(text: str, start: int, end: int, scan: "_Scan") -> re.Match | None:
    """Where a span sets a second figure beside its first: "..., against 938 between January and
    May 2024", "..., and at least 310 so far this year"."""
    comparison = _COMPARISON.search(text, start, end) if scan.may(_COMPARISON) else None
    return comparison or _AND_FIGURE_FOR_PERIOD.search(text, start, end)


def _attribution_match(text: str, start: int, end: int, low: str | None = None) -> re.Match | None:
    """``_ATTRIBUTION.search(text, start, end)``, tried at the one offset where it can match.

    A match holds a single comma, its first character: nothing after it matches a comma,
    and it runs to the end. So only the last comma of the span can start one. ``low``, the
    :func:`ascii_fold` of ``text``, tells first whether it matches there: the pattern's
    case-sensitive copy matches at the same offsets in it, several times faster."""
    comma = text.rfind(",", start, end)
    if comma < 0 or _REGION_LIST_END.match(text, comma, end):
        return None  # "in Borno, Adamawa and Yobe states.": a list of states, not what someone states
    if low is not None and not _FOLDED[id(_ATTRIBUTION)].match(low, comma, end):
        return None
    return _ATTRIBUTION.match(text, comma, end)


# The end of a list of names of regions: ", Adamawa and Yobe states."
_REGION_LIST_END = re.compile(r",\s*(?:[A-Z][\w'’-]*\s+)+(?:and|or)\s+(?:[A-Z][\w'’-]*\s+)+states\b[^,]*$")


def _attribution(text: str, attribution: re.Match | None, actors: list[ActorMatch], clause: _Scan, clause_start: int,
                 event_type: str, actor_values: list[dict], context: _Context) -> tuple[str | None, str | None]:
    """Who the article says makes the claim: the words, and the actor when one is named.

    "..., according to opposition activists", "..., witnesses told the group": the trailing
    attribution; a statement is attributed to its speaker; "the rights group says" to the
    organisation the article cites most.
    """
    if event_type in _SPEECH_TYPES:
        return None, actor_values[0]["id"] if actor_values else None
    words = None
    if attribution:
        words = attribution.group().strip(" ,.;!")
        named = [a for a in actors if attribution.start() <= a.start < attribution.end()]
        if named:
            return words, named[0].actor.id
        reporter = _reporter(context, attribution.start())
        if reporter is not None and _GENERIC_MONITOR.search(words):
            return words, reporter.actor.id
        return words, None
    reporters = [a for a in actors if a.actor.type in ("ngo", "international")]
    if reporters and clause.search(_SPEECH_WORD):  # the same pattern as r"\b" + _SPEECH + r"\b", re.I
        return None, reporters[0].actor.id
    reporter = _reporter(context, clause_start)
    if reporter is not None and clause.search(_GENERIC_MONITOR):
        return None, reporter.actor.id
    return None, None


def _reporter(context: _Context, start: int) -> ActorMatch | None:
    """Whom "the watchdog" or "the group" at ``start`` stands for: the organisation cited most in
    its part of the page (a line of dashes parts a page's teasers of other stories), else in all."""
    if not context.reporters:
        return context.salient_reporter  # no part of the page cites an organisation
    i = bisect.bisect_right(context.parts, start)
    low = context.parts[i - 1] if i else 0
    high = context.parts[i] if i < len(context.parts) else float("inf")
    inside = Counter(a.actor.id for a in context.reporters if low <= a.start < high)
    if inside:
        top = inside.most_common(1)[0][0]
        return next(a for a in context.reporters if a.actor.id == top and low <= a.start)
    return context.salient_reporter


def _classify(text: str, clause_start: int, scan: _Scan, before: str, after: str, timex: Timex,
              context: _Context, dated_clause: bool, reporter_speaks: bool,
              group_end: int | None = None, armed_hit: bool = False) -> tuple[str | None, tuple[int, int] | None]:
    """Decide the event type of a clause dated by ``timex``: (type or None, span of the verb of saying).

    ``reporter_speaks``: an organisation that documents events (an NGO, an international
    body) is cited in the clause, so a period it gives with a count is the period of its count.
    ``group_end``: where the clause's first armed group ends, if it names one; ``armed_hit``: the
    clause counts members of a force or an armed group among those it harmed.
    """
    clause = scan.text
    if context.document and timex.start < context.head_end:
        # The heading of a report: "Issued: 14/10/2024 | IRC" is when it was published;
        # "Quarterly Snapshot - July to September 2024", "Reporting period: 1-12 June 2024"
        # is the period it counts over.
        if _ISSUED_BEFORE.search(before) or (timex.kind == "point" and timex.precision == "day"
                                             and _FIELD_BEFORE.search(before)):
            # "Report summary | Human Rights Watch | 15 May 2025": a day in the heading's fields
            return "report_published", None
        if timex.kind != "point" or timex.precision in ("month", "year"):
            return "reporting_period", None
    elif timex.start < context.head_end and _ISSUED_BEFORE.search(before):
        return None, None  # "Regional desk | Published 28 April 2026": a newspaper's own day, no event
    made = scan.search(_DEAL_MADE) if timex.kind == "point" else None
    if made and clause_start + made.start() < timex.start <= clause_start + made.end() + 30 \
            and not _HARM.search(clause, made.start(), timex.start - clause_start):
        # "Armenia and Azerbaijan agreed on Thursday to a ceasefire ... after the heaviest fighting
        # since 2022", "the peace agreement their leaders initialled at the White House last
        # August": the date is the deal's, whatever the clause says of the fighting
        return "agreement", (clause_start + made.start(), clause_start + made.start() + 1)
    if timex.kind == "point" and scan.search(_LEADER_VISITED) and _VISIT_DATED.search(before[-80:]):
        # "Yesterday, President Hassan Sheikh Mohamud visited wounded soldiers at a military hospital",
        # "Governor Hyacinth Alia, who visited Yelwata on Saturday, described the killings as ...": the
        # date is the leader's visit, whatever harm the visit was for
        visit = scan.search(_LEADER_VISITED)
        return "statement", (clause_start + visit.start("visit"), clause_start + visit.start("visit") + 1)
    moved = scan.search(_CASUALTIES_MOVED)
    if moved and not _HARM.search(clause, 0, moved.start()) and not _ANY_MEANS.search(clause, 0, moved.start()):
        # "The wounded were taken by Mi-17 helicopter to the base and flown yesterday to Lima": the
        # date is of the casualties' journey, told after the attack
        return None, None
    if scan.search(_COUP) or _NOTHING_HIT.match(clause) or "claim" in scan.low and _NO_CLAIM.search(clause) \
            and not scan.search(_KILLED_OR_HURT):  # (every match of _NO_CLAIM holds "claim")
        # ("No school in Tyre was hit at the weekend", "No group had claimed the attack by
        # Wednesday": what did not happen)
        return None, None
    if timex.kind == "point" and _PLANNED_BEFORE.search(before[-90:]) and not scan.search(_HARM):
        # "His office said he may travel to Marte this week", "Relatives say they will hold their
        # weekly march on Saturday": the date is the plan's, and a plan is no event
        return None, None
    if timex.kind == "point" and _search(_OFFICE_TAKEN_BEFORE, before[-40:]):
        # "Prime Minister Fils-Aimé, sworn in on 11 November, speaks to reporters": the date of
        # an office taken, no event of this taxonomy
        return None, None
    if timex.kind == "point" and _search(_DOCUMENT_DATED, before[-40:]):
        # "In a letter dated 5 June, the military rejected the findings": the date is the letter's
        return ("denial" if scan.search(_DENIAL) else "statement"), None
    if _search(_RECORDS_BEGAN, before[-60:]):
        # "the highest toll since it began recording casualties in 2005": when counting began
        return None, None
    if _reached_back_to(timex, before):
        # "the worst massacre in the valley since October" dates no event of its own (nor does
        # "this month" in "It was the second attack on the military in the VRAEM this month")
        return None, None
    if scan.search(_COMMEMORATION) and not scan.search(_SPEECH_WORD):
        # "stood in silence on Thursday to mark the anniversary of the attack": the attack is
        # not on this date, and a ceremony is no event of this taxonomy.
        return None, None
    if timex.kind != "point" and scan.search(_PRESENCE) and not scan.search(_HARM):
        return None, None
    if timex.kind == "point" and _STARTING_BEFORE.search(before):
        # "declared three days of national mourning, starting today": when a measure begins
        return None, None
    if scan.search(_CROWD_PROTEST) and not scan.search(_HARM) and not _means_in(scan):
        # "hundreds of residents blocked the main road and demanded an inquiry": a protest,
        # which this taxonomy does not code, not a statement.
        return None, None
    claimed = scan.search(_CLAIMED_TOLD)
    if claimed:
        # "The group claimed the attack through its news agency the next day": the date is
        # the claim's, a statement; "claimed a drone attack on the port on 14 September" is not.
        return "statement", (clause_start + claimed.start(), clause_start + claimed.start() + 7)
    ruling = scan.search(_SENTENCE_PASSED)
    if ruling and (timex.start < clause_start + ruling.start()
                   or not _CRIME_JUDGED.search(clause, ruling.end(), max(ruling.end(), timex.start - clause_start))
                   or not _HARM_TOLD_AFTER.match(clause, timex.end - clause_start)):
        # "was sentenced to death by an Iraqi court for the Halabja attack on 17 January 2010", "on
        # Wednesday ordered four men to stand trial": a court's ruling. (Not the date of what it judged,
        # when the harm is told after it: "to stand trial for the massacre at the Los Arcos bar on
        # December 14, in which gunmen killed nine people".)
        return "statement", None
    if timex.kind == "point" and (_search(_ARREST_BEFORE, before) and _ARREST_GROUND_AFTER.search(after)
                                  or _search(_ARREST_AFTER, after)):
        # "arrested a man yesterday in connection with Tuesday's attack", "On Friday, soldiers
        # detained two men suspected of planting the bomb": an arrest is no event here.
        return None, None
    # A figure outside the date itself: the "1992" of "since 1992" counts nothing.
    counted = bool(_DIGIT.search(before)) or bool(_DIGIT.search(after)) or bool(scan.search(_HARM))
    spoken = bool(scan.search(_SPEECH_WORD))
    period = timex.kind != "point"
    # "Earlier this month, the UN human rights office said it had recorded 40 deaths between
    # November and January": a recent span next to its verb of saying dates the saying.
    said_then = timex.precision != "day" and timex.kind == "point" and context.published is not None \
        and timex.date_end >= context.published - dt.timedelta(days=31) \
        and (said := _speech_verb(clause_start, before, after, timex, dated_clause, scan)) is not None \
        and text[said[0]:said[1]].lower() not in ("say", "says")  # ("police say 118 were killed this year")
    period = period and not said_then
    if period and timex.kind == "until" and timex.precision == "day" and (
            scan.search(_COMBAT) or _RAGED.search(clause)):
        # "in a gunbattle that raged until Wednesday morning": the fight's end, not a count
        period = False
    if period and timex.kind == "range" and timex.precision == "day" and (timex.date_end - timex.date).days <= 1 \
            and _NIGHT_OF_BEFORE.search(before[-20:]):
        # "the attack on the hospital in Mangina on the night of 16 to 17 February": one night's act
        period = False
    if period and timex.kind == "range" and timex.precision == "day" and (timex.date_end - timex.date).days < 7 \
            and not scan.search(_REPORT) and (_means_in(scan) or scan.search(_GROUND_ATTACKERS)
                                              or scan.search(_FORCES_KILLED) or scan.search(_ATTACKED)) \
            and not _SPEECH_WORD.search(_RELATIVE_ASIDE.sub(" ", before)):
        # "Between 20 and 23 September, RSF artillery shelled the camp, killing 17, according to
        # the ministry", "fighting killed 16 on Tuesday and Wednesday": a few days' attack, not a
        # count; "India's army says 40 soldiers were killed between 7 and 10 May" is a count
        period = False
    # A count over a period: "killed 200 between September and November, the group said",
    # "the death toll has risen since Saturday", "flew 600 sorties from Sept. 30 to November 20".
    if period and not dated_clause and scan.search(_DISPLACED) and not scan.search(_HARM):
        # "more than 115,000 people have fled their homes since 27 November": displacement is
        # counted, but it is no event of this taxonomy.
        return None, None
    if period and not dated_clause and scan.search(_RUMOURS) and not scan.search(_HARM):
        # "reports circulating on social media since Tuesday that the base was overrun": talk,
        # counted over no period
        return None, None
    if period and not dated_clause and scan.search(_CARE_COUNTED) and not scan.search(_HARM):
        # "MSF clinics treated 1,180 children for severe acute malnutrition between June and
        # August": care and disease are counted, no violence
        return None, None
    if period and not dated_clause and (
        scan.search(_REPORT) or scan.search(_GENERIC_MONITOR) or scan.search(_ACTS_COUNTED)
        or (counted and (reporter_speaks or spoken or scan.search(_ACCORDING)))
        # "Since 1 January, troops of the Division have neutralised 11 NPA members": a tally so far
        # ("air strikes have killed 80 people since the ceasefire" are strikes, counted)
        or timex.kind == "since" and scan.search(_TALLY) and not _means_in(scan)
        # ("- Between 1 and 15 May, Israeli forces killed 11 Palestinians", a key point of an OCHA
        # snapshot: a count the document's publisher made)
        or counted and context.publisher is not None and scan.search(_KILLED_OR_HURT)
    ):
        return "reporting_period", None
    if timex.precision in ("month", "year", "week") and spoken and scan.search(_TREND) and scan.search(_HARM):
        # "Officials said attacks in the capital rose in December": what the month counted
        return "reporting_period", None
    # ("since 8 October, when Hezbollah began firing at Israel": what began then goes on, a campaign)
    campaign = scan.search(_CAMPAIGN) or ((timex.precision in ("month", "year") or dated_clause and timex.kind == "since")
                                          and scan.search(_BEGAN_DOING)) \
        or not scan.search(_HARM) and scan.search(_FORCES_ARRIVED)
    if not campaign:
        intervened = scan.search(_INTERVENED)
        if intervened and 0 <= timex.start - (clause_start + intervened.end()) <= 4:
            campaign = intervened  # (the date is the intervention's: "which intervened on 26 March 2015")
    if campaign:
        said = _speech_verb(clause_start, before, after, timex, dated_clause, scan)
        if said is not None and said[1] <= timex.start < timex.end < clause_start + campaign.start():
            # "The envoy told the Council on Tuesday that ... the Houthis resumed attacks on
            # shipping": the date is the telling's, the campaign what was told
            return ("denial" if scan.search(_DENIAL) else "statement"), said
        return "military_campaign", (clause_start + campaign.start(), clause_start + campaign.start() + 1)
    publish = scan.search(_PUBLISH)
    if not period and publish and _near(timex, clause_start + publish.start(), clause_start + publish.end()):
        denial = scan.search(_DENIAL)
        published = _PUBLISHED_ON.search(text, max(clause_start, timex.start - 25), timex.start)
        if denial is not None and published is not None and clause_start + denial.end() <= published.start():
            # "denies the allegations in a report published on 07/08/2025 by Human Rights Watch":
            # the date is the report's, which the denial answers
            return "report_published", published.span()
        return ("denial" if denial else "report_published"), _speech_verb(
            clause_start, before, after, timex, dated_clause, scan)
    if timex.precision in ("month", "year", "week") and counted and not said_then and not dated_clause \
            and not _INCIDENT_INCLUDED.search(before[-120:]) \
            and (scan.search(_REPORT)
                 or scan.search(_GENERIC_MONITOR) and not (timex.precision == "week" and _means_in(scan))
                 or timex.precision != "week" and scan.search(_ACCORDING) and not _means_in(scan)
                 and not scan.search(_TERRITORY) and not scan.search(_RAIDS_KILLED)
                 # "police say 118 officers have been killed in the province this year": a count so far
                 or scan.search(_COUNT_SO_FAR) and not _THAN_BEFORE.search(before[-40:])
                 # "WHO says it verified 14 attacks on health care earlier this month, in which 58
                 # people were killed": acts a speaker counted over the month
                 or spoken and scan.search(_ACTS_COUNTED) and scan.search(_HARM)
                 # "said that junta air strikes had killed 143 civilians across Myanmar in February"
                 # "the Government Communication Service said the army had killed 120 Fano fighters in
                 # Amhara this month": a force's tally over the month, told
                 or spoken and scan.search(_TALLY) and not _means_in(scan)
                 # "In 2025, the Division neutralised 46 NPA members across Western Visayas", told or not
                 or _ACROSS_AREA.search(clause) and scan.search(_HARM)
                 and not _THAN_BEFORE.search(before[-40:])):
        # ("Earlier this week, Israeli drones struck a motorcycle, killing a commander, the
        # group said" is one strike the group told of, not its count over the week.)
        # "Last year was the deadliest ..., with at least 685 killed, according to the Center
        # for Research and Security Studies": a toll over the year, as someone counted it.
        return "reporting_period", None
    verb = _speech_verb(clause_start, before, after, timex, dated_clause, scan)
    if scan.search(_WAS_REPORTED) and (_means_in(scan) or scan.search(_COMBAT)) and not scan.search(_DENIAL):
        # "Sporadic shelling of villages was reported yesterday": the shelling, not a statement
        return _means_in(scan) or "armed_clash", None
    rejection = scan.search(_DENIAL)
    signed = scan.search(_AGREEMENT) if rejection else None
    if signed and signed.end() <= rejection.start() and ";" in clause[signed.end():rejection.start()] \
            and not _means_in(scan) and timex.start < clause_start + signed.end() + 60:
        # "The government signs a peace agreement with an OLA faction; the OLA's leadership
        # rejects it": the day's act is the signing, the rejection is told after it
        return "agreement", (clause_start + signed.start(), clause_start + signed.start() + 1)
    denied = scan.search(_DENIED_CLAIM)
    content = _CLAIMED_THAT.match(clause, denied.end()) if denied else None
    if denied and not (content and verb is None and clause_start + content.end() <= timex.start
                       and (_means_in(scan) or scan.search(_HARM))):
        # "an official dismissed the group's claim to have executed 50 captives as propaganda":
        # the killing is what is denied. (But in "rejected as baseless the claims that a drone
        # strike had killed four civilians on Saturday night" the date is the strike's, told of
        # and denied.)
        return "denial", verb
    if verb or scan.search(_DECLARATION) or scan.search(_PUBLISH):
        if scan.search(_DENIAL):
            return "denial", verb
        if scan.search(_PUBLISH):
            return "report_published", verb
        agreement = scan.search(_AGREEMENT)
        if agreement and not _means_in(scan) and not (
                verb is not None and verb[1] <= clause_start + agreement.start() and _ONE_SIDE.match(agreement.group())
                and not _TWO_SIDES_AGREED.search(clause)):
            return "agreement", (clause_start + agreement.start(), clause_start + agreement.start() + 1)
        # "the RSF said it had accepted a truce proposed by the United States": one side's word
        return "statement", verb
    agreement = scan.search(_AGREEMENT)
    if agreement and timex.kind == "point" and not _means_in(scan) \
            and clause_start + agreement.start() <= timex.start <= clause_start + agreement.end() + 30:
        # "An estimated 400,000 people had been killed by the time the government and the
        # SPLM-IO signed a peace deal in September 2018": the date is the signing's
        return "agreement", (clause_start + agreement.start(), clause_start + agreement.start() + 1)
    if (scan.search(_HAZARD) or context.hazard) and not _means_in(scan) \
            or timex.precision == "year" and not _YEAR_DIGITS.search(timex.text):
        # "an earthquake struck on Monday", "used in Libya this year": no datable violent event.
        return None, None
    if timex.precision == "year":
        # "Pakistani troops retook Miran Shah in 2014": a year dates an act its words name,
        # not a count or a mention of harm.
        if scan.search(_TERRITORY):
            return "armed_clash", None
        return _means_in(scan), None
    if scan.search(_CIVILIAN_AMBUSH) and not scan.search(_MILITARY_TARGET):
        # "ambushed civilian buses near Bure, killing nine passengers": an ambush on people who
        # could not fight back is violence against civilians
        return "attack_on_civilians", None
    victims = scan.search(_CIVILIAN_VICTIMS)
    if victims and not scan.search(_COMBAT) and not any(
            # (soldiers among the victims, "killed 10 civilians and two soldiers"; not the doers of
            # another clause: "killed civilians: ... found that soldiers and militiamen killed")
            _MILITARY_TARGET.search(clause, v.start(), _VICTIMS_END.search(clause, v.end(), v.end() + 60).start())
            for v in _CIVILIAN_VICTIMS.finditer(clause)) \
            and not _means_in(scan) and not (context.dominant_means and scan.search(_STRIKE)):
        # "stormed the town of Djibo on Sunday and killed at least 40 civilians", "soldiers
        # and militiamen killed at least 58 people": no one fought back; violence against civilians.
        return "attack_on_civilians", None
    war = scan.search(_WAR_BROKE_OUT)
    if scan.search(_TERRITORY) or scan.search(_RAID_ON_ARMED) or scan.search(_ARMED_VICTIMS) and not _means_in(scan) \
            or war and 0 <= timex.start - (clause_start + war.end()) <= 60 \
            or _means_in(scan) == "shelling" and scan.search(_EXCHANGE_OF_FIRE):
        # ("Thai and Cambodian troops exchanged artillery fire": a battle fought with guns)
        # (the date after "broke out": "Tuesday marked two years since war broke out ... on 15
        # April 2023" dates no fight on Tuesday)
        return "armed_clash", None
    means = _means_in(scan)
    if means:
        return means, None
    if scan.search(_ONE_SIDED):
        return "attack_on_civilians", None
    group_attack = scan.search(_GROUP_ATTACK) if group_end is not None else None
    if group_attack and group_end <= clause_start + group_attack.start() \
            or scan.search(_GROUND_ATTACKERS) and (scan.search(_HARM) or scan.search(_ATTACKED)):
        # "fighters attacked the market, killing 37": no weapon from the air; on soldiers or a
        # base it is a battle, on anyone else violence against civilians.
        return ("armed_clash" if armed_hit or scan.search(_MILITARY_TARGET) or scan.search(_COMBAT)
                else "attack_on_civilians"), None
    if scan.search(_HARM):
        if scan.search(_DIED_OF_WOUNDS):
            # "Two wounded constables died overnight in hospital": the toll of an attack told
            # already rises; nothing new happened
            return None, None
        # an article about air strikes or shelling: harm without a weapon named is more of it;
        # an article of battles does not make every killing one
        remote = context.dominant_means if context.dominant_means in ("air_strike", "shelling", "explosion") else None
        if remote:
            return remote, None
        # "four police officers were killed in the Thursday attacks": a fight with the forces
        return ("armed_clash" if armed_hit or scan.search(_MILITARY_TARGET) else "attack_on_civilians"), None
    agreement = scan.search(_AGREEMENT)
    if agreement:
        return "agreement", (clause_start + agreement.start(), clause_start + agreement.start() + 1)
    speech = scan.search(_SPEECH_WORD)  # the same pattern as r"\b" + _SPEECH + r"\b", re.I
    if speech and timex.kind == "point":
        # "In a letter dated 19 June, the minister rejected the report and said ...": a denial
        return ("denial" if scan.search(_DENIAL) else "statement"), (clause_start + speech.start(),
                                                                    clause_start + speech.end())
    decided = scan.search(_DECISION)
    if decided and timex.kind == "point":
        at = decided.start("visit") if decided.group("visit") else decided.start()
        return "statement", (clause_start + at, clause_start + at + 1)
    return None, None


def _near(timex: Timex, start: int, end: int, reach: int = 25) -> bool:
    """Whether a date lies within the span [start, end) or just after it ("released on Friday")."""
    return start <= timex.start <= end + reach


def _speech_verb(clause_start: int, before: str, after: str, timex: Timex, dated_clause: bool,
                 scan: _Scan | None = None) -> tuple[int, int] | None:
    """The span of the verb of saying that the date is attached to ("said on Monday"), if any.

    ``scan``: a span of the text that starts with ``before`` and holds ``after`` (the text from
    the end of the date), to skip scans; the answer is kept in it for the next call."""
    if dated_clause:
        return None
    if scan is not None and not scan.may(_SPEECH_WORD):
        return None  # _SPEECH_AFTER needs a verb of saying too
    if scan is None:
        return _find_speech_verb(clause_start, before, after, timex, scan)
    key = (clause_start, timex.end, len(before), len(after))
    if key not in scan.verbs:
        scan.verbs[key] = _find_speech_verb(clause_start, before, after, timex, scan)
    return scan.verbs[key]


def _find_speech_verb(clause_start: int, before: str, after: str, timex: Timex,
                      scan: _Scan | None) -> tuple[int, int] | None:
    """:func:`_speech_verb` for a date that dates no "when" clause, without keeping the answer."""
    window = max(0, len(before) - 45)
    # ``before`` starts the scan's span: its last 45 characters are scanned only when they hold a verb's word
    verbs = [m for m in _SPEECH_WORD.finditer(before, window)
             # ("the Kordofan states", "member states": the noun)
             if not (m.group().lower() == "states" and _STATES_NOUN_BEFORE.search(before, max(0, m.start() - 30), m.start()))
             # ("struck what the military called weapons depots": a naming, no saying)
             and not (m.group().lower() == "called" and _WHAT_BEFORE.search(before, max(0, m.start() - 40), m.start()))
             ] if scan is None or _gates().may(_SPEECH_WORD, _gates().present(scan.low[window:len(before)])) else []
    if verbs and _DATE_OPENS.fullmatch(before):
        verbs = []  # "In a video released yesterday, the spokesman denied": the opener's participle
    if _POSSESSIVE_DATE.match(after):
        return None  # "last month's attack": the date is the attack's
    if not verbs and "claimed" in before:
        # "The group claimed the Muidumbe raids through its Amaq news agency on Monday": a claim
        # of responsibility for an attack told already, made on that day
        claim = _CLAIMED_THE_ATTACK.search(before, max(0, len(before) - 120))
        if claim:
            return clause_start + claim.start(), clause_start + claim.start() + len("claimed")
    if verbs:
        last = verbs[-1]
        # (a word or two in quotes is no speech of its own: "called the attack "horrible" on Sunday")
        between = _SHORT_QUOTE.sub(" ", before[last.end():])
        # "Pakistan says its forces responded the same morning": the date is what was said
        if not _CLAUSE_CONTENT.search(between) and not _STOP_MARK.search(between) \
                and not _subject_and_verb(between) \
                and not (between.strip() and _CONTENT_VERB_NEXT.match(after)):
            # (but "says Israeli strikes on Sanaa this afternoon killed eight": a subject before
            # the date and its verb after it; the date is what was said)
            return clause_start + last.start(), clause_start + last.end()
    spoken = _SPEECH_AFTER.match(after) or (_DATE_OPENS.fullmatch(before) and _COMMON_SPEAKER_AFTER.match(after))
    if spoken and not (after[:1] == "," and (_HARM.search(before) or _ANY_MEANS.search(before))):
        # (after a comma that closes a clause of harm the saying only attributes it: "... killed
        # at least six people this afternoon, Lebanon's health ministry says")
        return timex.end + spoken.end() - 1, timex.end + spoken.end()
    if _OCCASION_BEFORE.search(before, max(0, len(before) - 70)):
        # "At a press conference yesterday afternoon, the police commander said ...": the date
        # is the saying's, whatever it tells
        verb = _SPEECH_WORD.search(after, 0, min(len(after), 200))
        if verb and not _STOP_MARK.search(after, 0, verb.start()):
            return timex.end + verb.start(), timex.end + verb.end()
    return None


_CLAIMED_THE_ATTACK = re.compile(r"\bclaimed\s+(?:responsibility\s+for\s+)?(?:the|both|these|those)\s+(?:[\w'’-]+\s+){0,2}?"
                                 r"(?:attacks?|raids?|bombings?|ambush(?:es)?|killings?|massacres?|strikes?)\b"
                                 r"(?:\s+(?:through|via|in|on)\s+(?:[\w'’-]+\s+){1,5}?)?\s*(?:on\s+|late\s+on\s+)?$")
# The words of a newsroom in a heading's lines
_DOCUMENT_KIND = re.compile(r"\b(?:flash\s+update|situation\s+(?:report|update)|sitrep|snapshot|tracker|report|"
                            r"briefing\s+note|humanitarian\s+update|press\s+release)\b", re.IGNORECASE)
_DOCUMENT_FIELD = re.compile(r"\b(?:issued|published|reporting\s+period)\b", re.IGNORECASE)
_NEWSROOM = re.compile(r"\b(?:desk|correspondents?|staff reporters?|local news)\b", re.IGNORECASE)
# ", which has pledged allegiance to the Islamic State group,": an aside on a name, no saying
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who)\b[^,;.]*,")
# A date that opens its sentence, and a speaker named by a common noun after it: "On 12 September,
# the army said", "On Monday, the army's 6th Infantry Division said"
_DATE_OPENS = re.compile(r"\s*(?:[-•*]\s*)?(?:in\s+(?:a|an|its|their|his|her)\s+[\w-]+\s+(?:(?:dated|issued|published|"
                         r"released|posted)\s+)?)?(?:(?:on|at|in|late|early)\s+)?", re.IGNORECASE)
_PUBLISHED_ON = re.compile(r"\b(?:published|released|issued)\s+(?:on\s+|in\s+|last\s+)?$", re.IGNORECASE)
# ("Late last night, an army spokesman denied")
_COMMON_SPEAKER_AFTER = re.compile(r",\s+(?:the|an?)\s+(?:[\w'’.&-]+\s+){1,4}?(?:has |had |have )?" + _SPEECH + r"\b")
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)
_STATES_NOUN_BEFORE = re.compile(r"\b(?:the\s+(?:[A-Z][\w'’-]*\s+){0,3}|(?:two|three|four|five|member|several|all|both|"
                                 r"other)\s+)$")
_CONTENT_VERB_NEXT = re.compile(r"\s+(?:also\s+|have\s+|has\s+|had\s+)?(?:killed|wounded|injured|hit|struck|destroyed|"
                                r"damaged|left|targeted)\b", re.IGNORECASE)


# An occasion for speaking, right before its date
_OCCASION_BEFORE = re.compile(
    r"\b(?:at|during|in)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:(?:press|news)\s+conference|"
    r"(?:press\s+)?briefing|interview|speech|(?:televised\s+)?address|news\s+release|press\s+release)\s+"
    r"(?:(?:held|given)\s+)?(?:on\s+)?$", re.IGNORECASE)


# (or a participle: "Chief Minister Mir Sarfraz Bugti, chairing an emergency meeting of the
# Provincial Apex Committee yesterday, said")
# (and "JNIM, al Qaeda's Sahel branch, which is also active in the area, denied": a possessive, then a
# relative clause)
_OPENER_TO_SPEAKER = re.compile(r"\s*,\s*(?:the\s+)?")
_APPOSITIVE_TO_VERB = re.compile(r"\)?,\s+(?:the|a|an|[a-z]{3,}ing|(?:(?:to|of|in|by|with|from|for)\s+)?(?:which|whom)|who"
                                 r"|[\w-]+(?:\s+[\w-]+)?['’]s)\s+"
                                 r"[^,;.:\"“”]{1,100},(?:\s+(?:which|who)\s+[^,;.:\"“”]{1,100},)?"
                                 r"\s*(?:(?:also|then|later|has|had)\s+)?")


def _subject_and_verb(words: str) -> bool:
    """Whether ``words`` hold a clause of their own: a finite verb after a word that can end
    its subject ("its forces responded"), not a participle after an article ("a televised")."""
    for verb in _FINITE_VERB.finditer(words):
        previous = words[:verb.start()].split()[-1:]
        if previous and previous[0].lower() not in _NOT_SUBJECT_END:
            return True
    return False


_NOT_SUBJECT_END = frozenset("a an the in on at of with by for from to and or his her its their our this that".split())


_PARTY_TYPES = ("state", "military", "armed_group", "government_body", "person")
_MEDIATOR_BEFORE = re.compile(r"\b(?:mediated|brokered|facilitated|hosted|sponsored|guaranteed)\s+by\s+"
                              r"(?:(?-i:[A-Z])[\w'’-]*\s*(?:,|and)?\s+)*(?:the\s+)?$", re.IGNORECASE)
_PARTY_AND_BETWEEN = re.compile(r"(?:['’]s\s+(?:government|authorities|delegation))?\s+and\s+(?:the\s+|an?\s+)?")
_PARTY_AGREED_AFTER = re.compile(r"(?:\s+[a-z-]+){0,3}?(?:\s*,[^,.;]{1,80},)?\s+(?:(?:had|have|has)\s+)?"
                                 r"(?:agreed|signed|reached|concluded)\b")
_AGREED_AFTER = re.compile(r"\s+(?:(?:had|have|has)\s+)?(?:agreed|signed|reached|concluded)\b")
# "announced that Israel and Hamas had agreed to a ceasefire": both sides agree, not one
_TWO_SIDES_AGREED = re.compile(r"\b(?-i:[A-Z])[\w'-]*\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*\s+(?:(?:had|have|has)\s+)?"
                               r"(?:agreed|signed|reached)\b", re.IGNORECASE)
_SIGNING = r"\b(?:signed|agreed|reached|concluded|struck|negotiated)"
_SIGNED_WITH = re.compile(_SIGNING + r"\s+(?:\w+\s+){0,5}?with\s+(?P<the>the\s+)?", re.IGNORECASE)
# "signed last Friday in Bangui between the Government and a faction of the AAKG"
_SIGNED_BETWEEN = re.compile(_SIGNING + r"\b[^.;]{0,60}?\bbetween\s+", re.IGNORECASE)
_AND_PART_OF = re.compile(r"\s+and\s+(?:an?\s+(?:faction|wing|branch|part)\s+of\s+)?(?:the\s+)?")
# "3R and the UPC, which signed an agreement with the Government in N'Djamena on 19 April 2025": the
# capital after a deal signed with "the government in" is where it was signed, not only the seat of
# the government (as it is in "officials in Bogotá expected a short push")
_SIGNED_WITH_THE_GOVERNMENT_IN = re.compile(_SIGNED_WITH.pattern + r"government\s+in\s+$", re.IGNORECASE)


def _signatories(text: str, actors: list[ActorMatch], start: int, end: int,
                 other_side_only: bool = False) -> list[ActorMatch]:
    """The two sides of "X signed (a deal) with Y" (the party just before the verb and the one
    just after "with") or of "X and Y (had) agreed/signed"; none when a side is missing.
    ``other_side_only``: Y alone, where the deal is named without X ("the agreement signed with
    Burkina Faso")."""
    parties = [a for a in actors if start <= a.start and a.end <= end and a.actor.type in _PARTY_TYPES]
    for k, (first, second) in enumerate(zip(parties, parties[1:])):
        # (and "Colombia's government and a FARC dissident faction agreed", "the government and the
        # Estado Mayor de Bloques y Frente, the faction to which the 10th Front belongs, agreed")
        if _PARTY_AND_BETWEEN.fullmatch(text, first.end, second.start) and _PARTY_AGREED_AFTER.match(text, second.end):
            # and the parties listed before them: "the defence ministers of Burkina Faso, Mali and Niger signed"
            while k and _REGION_LIST_LINK.fullmatch(text, parties[k - 1].end, parties[k].start):
                k -= 1
            return [*parties[k:parties.index(first)], first, second]
    for first, second in zip(parties, parties[1:]):
        # "the government and 14 armed groups, including 3R and the UPC, signed"
        if _AND_INCLUDING.fullmatch(text, first.end, second.start):
            listed = _listed_from(text, parties, second)
            if _LIST_AGREED_AFTER.match(text, listed[-1].end):
                return [first, *listed]
    for between in _SIGNED_BETWEEN.finditer(text, start, end):
        # "the accord signed on December 2, 1997 between the government and the PCJSS", "the agreement
        # signed last Friday in Bangui between the Government and a faction of the AAKG"
        first = [a for a in parties if between.end() <= a.start <= between.end() + 4]
        second = [a for a in parties if first and first[0].end < a.start <= first[0].end + 40
                  and _AND_PART_OF.fullmatch(text, first[0].end, a.start)]
        if first and second:
            return [first[0], second[0]]
    for signed in _SIGNED_WITH.finditer(text, start, end):
        first = [a for a in actors if a.end <= signed.start() and signed.start() - a.end <= 25
                 and a.actor.type in _PARTY_TYPES]
        leaders = _LEADERS_OF.match(text, signed.end())  # "with the leaders of 3R and the UPC"
        at = leaders.end() if leaders else signed.end()
        # (the other side's name may hold the article: "signed a peace agreement with the government")
        second = [a for a in parties if a.start == at or not leaders and a.start == signed.start("the")]
        if first and second:
            return [first[-1], *_listed_from(text, parties, second[0])]
        if other_side_only and second:
            return _listed_from(text, parties, second[0])
    return []


def _listed_from(text: str, parties: list[ActorMatch], head: ActorMatch) -> list[ActorMatch]:
    """``head`` and the parties listed right after it: "3R and the UPC", "A, B and C"."""
    listed = [head]
    end = head.end
    for nxt in parties[parties.index(head) + 1:]:
        if text[end:nxt.start].strip() == "(" and text[nxt.end:nxt.end + 1] == ")":
            end = nxt.end + 1  # "the Rapid Support Forces (RSF) and their allies in the SPLM-N": its short form
            continue
        if not _SPEAKER_JOIN.fullmatch(text, end, nxt.start):
            break
        listed.append(nxt)
        end = nxt.end
    return listed


_LIST_AGREED_AFTER = re.compile(r",?" + _AGREED_AFTER.pattern)  # "..., including 3R and the UPC, signed"
_AND_INCLUDING = re.compile(r"\s+and\s+[^.;,]{1,40},\s+(?:including|among\s+them|such\s+as)\s+(?:the\s+)?")
_LEADERS_OF = re.compile(r"(?:the\s+)?(?:leaders?|representatives?|heads?|delegations?|commanders?)\s+of\s+(?:the\s+)?",
                         re.IGNORECASE)


# "the UN envoy for Yemen", "Russia's ambassador to the UN": the place or body the speaker is sent to
_ENVOY_FOR_BEFORE = re.compile(r"\b(?:envoy|ambassador|representative|coordinator|rapporteur|delegation)\s+(?:for|to|on)\s+"
                               r"(?:the\s+)?$", re.IGNORECASE)


def _speakers(text: str, actors: list[ActorMatch], verb: tuple[int, int] | None, start: int, end: int) -> list[ActorMatch]:
    """Who says it: the actors just before the verb of saying ("Russia's Defence Ministry said"),
    else just after it ("said Amnesty International"), else the clause's first actor."""
    # (not one named inside the words said: 'called for attacks on "the agents of the Emirates"')
    candidates = [a for a in actors if a.actor.type != "media" and not in_quotation(text, a.start)]
    if not candidates:
        return []
    if verb is None:
        # (not one named in a relative clause about the subject: "The terrorist group, which Iranian
        # officials call Jaish al-Zolm, claimed responsibility")
        return [a for a in candidates if not _RELATIVE.search(text, start, a.start)][:1]
    before = [a for a in candidates if a.end <= verb[0] and verb[0] - a.end <= 60
              # ("The UN special envoy for Yemen, Hans Grundberg, told": the UN's envoy)
              and not _ENVOY_FOR_BEFORE.search(text, max(0, a.start - 40), a.start)]
    described = next((a for a in candidates if a.end <= verb[0]
                      and _APPOSITIVE_TO_VERB.fullmatch(text, a.end, verb[0])), None)
    if described is not None:
        # "Abu Mohammed al-Jolani, the leader of Hayat Tahrir al-Sham (HTS), told supporters":
        # the words between the commas describe the speaker.
        return [described]
    if before:
        chosen = [before[-1]]
        for previous in reversed(before[:-1]):
            if _SPEAKER_JOIN.fullmatch(text, previous.end, chosen[0].start):
                chosen.insert(0, previous)
            elif previous.actor.id == chosen[0].actor.id and text[previous.end:chosen[0].start].strip() == "(":
                chosen[0] = previous  # "the Rwanda Security Forces (RSF)": one name and its short form
            else:
                break
        return chosen
    # "said Amnesty International"; not the one told ("told Breitbart News"), nor one named in
    # what is said ("told reporters that Russia was ...").
    if _LISTENER_VERB.fullmatch(text, verb[0], verb[1]):
        return []
    after = [a for a in candidates if a.start >= verb[1] and a.start - verb[1] <= 40
             and not _CONTENT_START.search(text, verb[1], a.start)]
    if not after:
        return []
    chosen = after[:1]
    for following in candidates[candidates.index(chosen[0]) + 1:]:
        if not _SPEAKER_JOIN.fullmatch(text, chosen[-1].end, following.start):
            break
        chosen.append(following)  # "signed by the government and the TPLF"
    return chosen


def _attach_claim(text: str, sentence: Sentence, actors: list[ActorMatch], events: list[dict], window_start: int,
                  scan: _Scan | None = None) -> None:
    """Give the latest violent event without a perpetrator the group that claims it in this sentence."""
    if scan is None:
        scan = _Scan(sentence.text, ascii_fold(sentence.text))
    claim = scan.search(_CLAIM)
    if not claim or scan.search(_HEDGE) and not _BLAMED_WHO_DENIED.match(sentence.text, claim.end()) \
            or scan.search(_UNCLAIMED):
        return  # ("No group has claimed responsibility, and the Lebanese Armed Forces have opened an inquiry")
    claimants = [a for a in actors if a.actor.type in ("armed_group", "military", "state")
                 # ("claimed the killing, calling the brothers informants of the 10th Front": whom
                 # the victims were tied to claimed nothing)
                 and not _TIED_TO_BEFORE.search(text, max(sentence.start, a.start - 40), a.start)
                 # (nor those named in the claim's own words: "saying it had targeted 'the police who
                 # serve the army'", "saying its fighters had killed 62 'militiamen of the junta'")
                 and not in_quotation(text, a.start)]
    if claim.group().lower() == "blamed":
        # "The authorities blamed the attacks on the front", "officials blamed Iran": the one
        # blamed, not who blames.
        claimants = [a for a in claimants if a.start >= sentence.start + claim.end()]
        if any(_FOR_THE_ACT.match(text, a.end) for a in claimants):
            return  # "blamed the military for the strike on the house": that strike's, found by its words
        if claimants:
            # "Residents blamed La Mayiza, whose gunmen have been trying to drive Los Chapitos out":
            # the one blamed, and those listed with it, not whom its clause tells of
            claimants = _listed_from(text, claimants, claimants[0])
    if not claimants:
        return
    for event in reversed(events[-5:]):
        if event["start"] < window_start:
            return
        if event["start"] == sentence.start and event["type"] not in VIOLENT_TYPES:
            continue
        if event["type"] in VIOLENT_TYPES:
            if not any(a["type"] in ("armed_group", "military", "state") for a in event["actors"]):
                # one entry an actor, however often the sentence names it ("the Popular
                # Mobilization Forces (PMF)")
                known = {a["id"] for a in event["actors"]}
                claimed = {a.actor.id: a for a in claimants if a.actor.id not in known}
                event["actors"] = [*event["actors"], *(_actor_value(a) for a in claimed.values())]
            return


# Any means of violence (a clause that tells an act with one is no saying: "Russian warplanes carried
# out their first air strikes in Syria on Wednesday, the Defence Ministry in Moscow said")
_ANY_MEANS = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in _MEANS.values()), re.IGNORECASE)
_MISSILE_WORD = re.compile(r"missiles?\b")
_DRONE_WORD = re.compile(r"drones?\b")


def _means_in(clause: _Scan) -> str | None:
    """The means of violence a clause names most; a longer phrase hides the words inside it."""
    if clause.main_means is False:
        clause.main_means = _most_named_means(clause)
    return clause.main_means


def _most_named_means(clause: _Scan) -> str | None:
    """:func:`_means_in`, worked out."""
    hits = clause.means_hits()
    hits = [h for h in hits if not any(o[0] <= h[0] and h[1] <= o[1] and o[1] - o[0] > h[1] - h[0] for o in hits)]
    if hits and ("by" in clause.low or "of" in clause.low):
        # "units supported by the air force pursued the attackers": the support is not the act
        support = [m.span() for m in _SUPPORT.finditer(clause.text)]
        hits = [h for h in hits if not any(a <= h[0] and h[1] <= b for a, b in support)]
    if hits and "armed with" in clause.low:
        carried = [m.span() for m in _ARMED_WITH.finditer(clause.text)]
        hits = [h for h in hits if not any(a <= h[0] and h[1] <= b for a, b in carried)]
    if not hits:
        return None
    if any(kind == "shelling" and _MISSILE_WORD.search(clause.low, a, b) for a, b, kind in hits) \
            and any(kind == "air_strike" and _DRONE_WORD.search(clause.low, a, b) for a, b, kind in hits):
        # "attacked Kharkiv with attack drones and a ballistic missile", "launched 163 drones and
        # six missiles": a combined missile and drone attack is coded as a missile attack
        return "shelling"
    counts = Counter(kind for _, _, kind in hits)
    first = {kind: start for start, _, kind in reversed(hits)}
    return min(counts, key=lambda kind: (-counts[kind], first[kind]))


def _article_context(text: str, actors: list[ActorMatch], sentences: list[Sentence] | None = None,
                     scans: _Scans | None = None) -> _Context:
    """Find the means of violence the article names most, and the organisation it cites most.

    The means and hazards are counted sentence by sentence: no match of those patterns holds
    a line break or a sentence's closing punctuation, so none reaches beyond its sentence, and
    the characters between sentences are spaces or no word at all.
    """
    if sentences is None or scans is None:
        sentences, scans = [Sentence(0, len(text), text)], _Scans(text)
    per_kind = dict.fromkeys(_MEANS, 0)
    hazards = 0
    for sentence in sentences:
        scan = scans.get(sentence.start, sentence.end)
        for _, _, means in scan.means_hits():
            per_kind[means] += 1
        if scan.may(_HAZARD):
            hazards += len(_FOLDED[id(_HAZARD)].findall(scan.low))
    counts = Counter(per_kind)
    kind, count = max(counts.items(), key=lambda item: (item[1], -_SPECIFIC_MEANS.index(item[0])))
    reporters = Counter(a.actor.id for a in actors if a.actor.type in ("ngo", "international"))
    salient = None
    if reporters:
        top = reporters.most_common(1)[0][0]
        salient = next(a for a in actors if a.actor.id == top)
    # The heading: the lines before a blank line in the first 400 characters, else a first
    # line short enough to be a title; a text of one paragraph has none.
    blank = _HEAD_END.search(text, 0, 400)
    first_line = text.find("\n")
    head_end = blank.start() if blank else (first_line if 0 <= first_line <= 200 else 0)
    meta = _META_LINE.match(text, blank.end()) if blank and not text[:blank.start()].rstrip().endswith(".") else None
    if meta:
        # "Title\n\nPress release | UNICEF | 17 April 2025\n\n": a line of fields after the title
        head_end = meta.end()
    publisher = next((a for a in actors if a.start < head_end and a.actor.type in ("ngo", "international")), None)
    if publisher is not None and _NEWSROOM.search(text, 0, head_end):
        # "Justice desk | The Hague | 06/10/2025", "By our Africa correspondent": a newspaper's
        # story about the organisation named in its title, not the organisation's document
        publisher = None
    # "Flash Update No. 3 ... Issued: 28 April 2026 | Reporting period: 18-27 April 2026", "CONFLICT TRACKER |
    # Myanmar | January 2026 / ... | Published 3 February 2026": a document's heading, whoever issued it
    document = publisher is not None or bool(
        _DOCUMENT_KIND.search(text, 0, head_end) and _DOCUMENT_FIELD.search(text, 0, head_end)
        and not _NEWSROOM.search(text, 0, head_end))
    return _Context(dominant_means=kind if count else None, salient_reporter=salient, publisher=publisher,
                    document=document, head_end=head_end,
                    reporters=[a for a in actors if a.actor.type in ("ngo", "international")],
                    mentions=_mention_counts(actors),
                    parts=[m.start() for m in _PART_RULE.finditer(text)],
                    hazard=hazards > sum(counts.values()), scans=scans)


def _focus_country(places: list[PlaceMatch]):
    """The country of most of the article's places, when at least two thirds lie in it."""
    counts = Counter(p.place.country_code for p in places if p.place.country_code)
    if not counts:
        return None
    code, count = counts.most_common(1)[0]
    if count * 3 < sum(counts.values()) * 2:
        return None
    return get_gazetteer().country(code)


def _place_state(places: list[PlaceMatch]) -> str | None:
    """The state whose country the article's places lie in most often, if the list has it."""
    counts = Counter(p.place.country_code for p in places if p.place.country_code)
    if not counts:
        return None
    return state_of_country(counts.most_common(1)[0][0])


def _mention_counts(actors: list[ActorMatch]) -> Counter:
    """Mentions of each actor, counting those of its parts and of what it is part of."""
    counts: Counter = Counter()
    for match in actors:
        node, seen = match.actor, set()
        while node is not None and node.id not in seen:
            seen.add(node.id)
            counts[node.id] += 1
            node = get_actor(node.part_of) if node.part_of else None
        for related in descendants(match.actor.id) - seen:
            counts[related] += 1
    return counts


def _resolve_names(text: str, actors: list[ActorMatch], places: list[PlaceMatch]) -> tuple[list[ActorMatch], list[PlaceMatch]]:
    """Decide, where a name is both an actor and a place, which one the text means.

    A country's name after a locative word ("strikes in Syria", "across Yemen") is a place, but
    for the war it wages ("killed in Israel's offensive"); elsewhere ("Russia started", "Russia's
    bombing") it names the state as an actor. Any
    other actor name ("Moscow said", "the Kremlin") wins over a place inside it.
    """
    kept_actors = []
    dropped_places: set[int] = set()
    place_ends = {p.end: i for i, p in enumerate(places)}
    starts = [p.start for p in places]
    for actor in actors:
        first = max(0, bisect.bisect_left(starts, actor.start) - 1)
        last = bisect.bisect_left(starts, actor.end)
        overlapping = [i for i in range(first, last) if places[i].start < actor.end and actor.start < places[i].end]
        country = [i for i in overlapping if places[i].place.kind == "country"
                   and (places[i].start, places[i].end) == (actor.start, actor.end)]
        if country and actor.via in ("name", "alias") and _is_locative(text, actor.start, actor.end, place_ends,
                                                                       dropped_places) \
                and not _WAGER_AFTER.match(text, actor.end):
            continue  # (but "killed in Israel's offensive" names who wages it)
        if actor.actor.type == "state" and actor.via in ("name", "alias") and any(
                places[i].place.kind != "country" and (places[i].start, places[i].end) == (actor.start, actor.end)
                for i in overlapping):
            continue  # "in Costa Rica, a farming town": the text has the town, not the state
        if any(places[i].start <= actor.start and actor.end <= places[i].end
               and places[i].end - places[i].start > actor.end - actor.start for i in overlapping):
            continue  # "Port Sudan", "Mexico City": the place's name holds the state's
        kept_actors.append(actor)
        # ("signed a peace agreement with the government in Bogotá": the government signed, in Bogotá)
        dropped_places.update(i for i in overlapping if not (
            places[i].start > actor.start
            and _SIGNED_WITH_THE_GOVERNMENT_IN.search(text, max(0, places[i].start - 100), places[i].start)))
        if actor.actor.type in ("ngo", "international") and text[actor.end:actor.end + 1] == " ":
            # "a tally by Amnesty International Nigeria", "Save the Children Somalia said": the
            # organisation's branch in the country, not a place
            dropped_places.update(i for i in range(last, min(last + 2, len(places)))
                                  if places[i].start == actor.end + 1 and places[i].place.kind == "country")
    return kept_actors, [p for i, p in enumerate(places) if i not in dropped_places]


def _is_locative(text: str, start: int, end: int, place_ends: dict[int, int], dropped: set[int]) -> bool:
    """Whether a name at ``start`` follows a locative word, or continues a list of places (not
    as the first word of another name: "the northern Bari region, the US Africa Command said")."""
    if _LOCATIVE.search(text, max(0, start - 40), start):
        return True
    join = _LIST_JOIN.search(text, max(0, start - 12), start)
    if join and not _NAME_GOES_ON.match(text, end):
        previous = place_ends.get(join.start())
        return previous is not None and previous not in dropped
    return False


def _inside(item, spans: list[tuple[int, int]]) -> bool:
    """Whether a match lies inside one of the spans (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (item.start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= item.start and item.end <= spans[i][1]


_BORDER_AFTER = re.compile(r"(?:['’]s)?\s+(?:border|frontier)\b(?!\s+(?:town|city|village|post|crossing)s?\b)", re.IGNORECASE)


def _event_places(matches: list[PlaceMatch], text: str = "") -> list[dict]:
    """The places of an event, without the regions and countries its other places lie in.

    A town named like its region ("Darat Izza, Aleppo") is taken for the region, unless the
    text calls it a city ("struck Idlib city and the nearby town of Sarmin")."""
    if text and len(matches) > 1 and any(m.place.kind != "country" for m in matches):
        # "at Jibia, near the Niger border": the border locates the town; the other country is
        # not where it happened
        matches = [m for m in matches if not (m.place.kind == "country" and _BORDER_AFTER.match(text, m.end)
                                              and not any(o.place.country_code == m.place.country_code
                                                          for o in matches if o is not m))]
    if text and len(matches) > 1:
        # "Isulan, Sultan Kudarat": a town, then the province it lies in, which the gazetteer lacks
        # but knows a town of that name in another region of the country (not a list of towns:
        # "in Goma, Bukavu and Uvira")
        matches = [p for i, p in enumerate(matches) if not (
            i and p.place.kind == "locality" and matches[i - 1].place.kind == "locality"
            and p.place.country_code == matches[i - 1].place.country_code
            and p.place.admin1 != matches[i - 1].place.admin1
            and _COMMA_ONLY.fullmatch(text, matches[i - 1].end, p.start) and not _LIST_GOES_ON.match(text, p.end)
            and not (i > 1 and _COMMA_ONLY.fullmatch(text, matches[i - 2].end, matches[i - 1].start)))]
    unique = list({m.place.id: m.place for m in matches}.values())
    cities = {m.place.id for m in matches if text and (_CITY_AFTER.match(text, m.end)
                                                       or _CITY_BEFORE.search(text, max(0, m.start - 12), m.start))}
    first_at = {}
    for m in matches:
        first_at.setdefault(m.place.id, m.start)
    kept = []
    for place in unique:
        contains_other = any(
            other.id != place.id and (
                (place.kind == "country" and other.country_code == place.country_code)
                or (place.kind != "country" and other.kind != "country" and other.admin1
                    and fold_name(other.admin1) == fold_name(place.name) and other.country_code == place.country_code
                    and (place.kind == "admin1" or other.kind == "locality") and place.id not in cities
                    # (a town named like its region locates one named before it; the first of a
                    # list of towns, "in Kayes, Nioro du Sahel and Niono", is a town)
                    and (place.kind == "admin1" or first_at[other.id] < first_at[place.id]))
            )
            for other in unique
        )
        if not contains_other:
            kept.append(place)
    return [
        {
            "id": p.id, "name": p.name, "kind": p.kind, "admin1": p.admin1, "country": p.country,
            "country_code": p.country_code, "lat": p.lat, "lon": p.lon,
        }
        for p in kept
    ]


# "near a playground in Kryvyi Rih, Zelensky's home city": whose home the place is
_HOME_AFTER = re.compile(r"['’]s\s+(?:home\s+(?:city|town|village|region|province|state)|hometown|birthplace|"
                         r"native\s+(?:city|town|village|region|province))\b", re.IGNORECASE)
# A place struck, told as someone's seat ("drone attacks on Port Sudan, the army's wartime seat"):
# the side that holds it was hit (in a battle, it fought)
_SEAT_AFTER = re.compile(r"['’]s\s+(?:wartime\s+|de\s+facto\s+|provisional\s+|main\s+|last\s+)?"
                         r"(?:seat|capital|stronghold|bastion|headquarters)\b", re.IGNORECASE)
# What holds a place, told of it after a comma: "in Sagaing, where resistance groups now control
# much of the countryside", "in Ituri, where the ADF operates"
_PLACE_DESCRIBED = re.compile(
    # (or a noun that names the place first: "Kyaukpyu, the Rakhine State port town where China is
    # building a deep-sea harbour": what goes on there, told in the present, is not the event)
    r",\s+(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){1,5}?)?where\s+(?:[\w'’-]+\s+){0,10}?(?:now\s+|still\s+|largely\s+|also\s+)?"
    r"(?:control|controls|hold|holds|operate|operates|dominate|dominates|roam|roams|(?:is|are)\s+(?:active|based|present)|"
    r"(?:is|are)\s+[a-z]+ing)"
    r"\b[^.;]*", re.IGNORECASE)
# Those an actor's name only describes, people who carry no arms: "Taliban employees were queueing
# outside the bank when a suicide bomber blew himself up", "a strike on Houthi supporters' homes"
_UNARMED_AFTER = re.compile(
    r"(?:-run|-appointed)?\s+(?:government\s+|ministry\s+|civilian\s+)?(?:employees|staff(?:ers)?|workers|civil\s+servants|"
    r"pensioners|retirees|teachers|students|pupils|prisoners|detainees|captives|hostages|supporters|sympathi[sz]ers|"
    r"relatives|families|voters|pilgrims|worshippers|mourners|delegates|negotiators|diplomats|envoys)(?:['’]s?)?\b",
    re.IGNORECASE)
# A nationality on those an attack hurt: "one Irish soldier sustained a minor hand injury", "as an Irish
# logistics convoy passed, slightly injuring two soldiers", "three Irish personnel have been injured"
# (in a fight, the side that lost men is still a side: "a Cambodian soldier was killed in an exchange of fire")
_HARMED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:soldiers?|troops|personnel|peacekeepers?|convoys?|patrols?|nationals?|citizens?|"
    r"civilians?|workers?|tourists?|journalists?|sailors?|crew)\b[^.;]{0,50}?\b(?:sustained|suffered|(?:was|were|been)\s+"
    r"(?:slightly\s+|seriously\s+|critically\s+)?(?:injured|wounded|hurt|killed|hit)|passed|came\s+under)\b",
    re.IGNORECASE)


# A government the strikers say they worked with, which did not strike: "In coordination with the
# Federal Government of Somalia, U.S. Africa Command conducted three airstrikes"
_PARTNER_BEFORE = re.compile(r"\b(?:in\s+(?:coordination|cooperation|consultation)\s+with|at\s+the\s+request\s+of)"
                             r"\s+(?:the\s+)?(?:(?:federal\s+|transitional\s+)?government\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
# A force, then the one who leads it: "the Sudanese Armed Forces (SAF) of General Abdel Fattah al-Burhan",
# "the RSF of Mohamed Hamdan Dagalo" (the force fights; its leader is named, not coded)
_LEADER_OF_BETWEEN = re.compile(r"(?:\s*\([A-Z][\w-]{1,9}\))?\s+(?:of|led\s+by|under)\s+(?:(?:General|Gen\.|Lieutenant\s+"
                                r"General|Field\s+Marshal|Marshal|Commander|Colonel)\s+)?")
# A body that counts: "The Federal Ministry of Health recorded 112 deaths"
_COUNTS_AFTER = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:recorded|documented|counted|registered)\b")
# Others than an issuer who count, named as such: "local monitors in Rutshuru territory have recorded"
_OTHER_COUNTERS = _words(r"local (?:monitors|sources|officials|authorities|activists)(?: [\w-]+){0,3}? "
                         r"(?:have |had |has )?(?:recorded|documented|counted|reported|said)")
# The side attacks counted in a tally were on: "300 drone attacks on the security forces"
_ATTACKS_ON_BEFORE = re.compile(r"\b(?:attacks|strikes|airstrikes|assaults|ambushes)\s+(?:on|against)\s+(?:the\s+)?$",
                                re.IGNORECASE)
# Part of a count: "61 of them SDF members", "most of them soldiers"
_OF_THEM_BEFORE = re.compile(r"\b(?:[\d,]+|[a-z]+)\s+of\s+them\s+$", re.IGNORECASE)
# Between one of those hit and the next of their list: " commander Hossein Salami, "
_NEXT_HIT = re.compile(r"(?:\s+[\w'’.-]+){0,4},\s+(?:and\s+)?(?:the\s+)?")
# A side that says its air defences brought down the drones or missiles sent at it: it fended the
# strike off, someone else struck ("The Sudanese Armed Forces (SAF) said its air defences shot down
# drones over El Obeid", "It also claimed that air defences had shot down 64 Ukrainian drones")
_AIR_DEFENCE_SPEAKER = re.compile(
    r"(?:\s*\([A-Z]{2,8}\))?(?:\s+(?:also|later|then))?\s+(?:said|says|claimed|claims|reported|announced)\b"
    r"[^.;\"]{0,30}?(?:\bthat\s+)?(?:\b(?:its|their|our)\s+)?\bair\s+defen[cs]es?\s+(?:(?:had|have|has)\s+)?"
    r"(?:shot\s+down|intercepted|destroyed|downed|jammed)\b", re.IGNORECASE)


def _leads_a_force(text: str, person: ActorMatch, matches: list[ActorMatch]) -> bool:
    """Whether a person is named as the leader of a force named just before: "the RSF of Mohamed
    Hamdan Dagalo" (and so wherever the clause names him again: "..., known as Hemedti")."""
    return any(m.actor.type in ("military", "armed_group") and _LEADER_OF_BETWEEN.fullmatch(text, m.end, person.start)
               for m in matches if m.end <= person.start)


def _told_of_those_hit(text: str, match: ActorMatch, matches: list[ActorMatch], values: dict, clause_start: int) -> bool:
    """Whether a name lies in a relative clause that tells of those hit, after the doer was named:
    "JNIM fighters opened fire on residents of Barsalogho, who had been ordered by the army to dig
    trenches"."""
    relative = _RELATIVE.search(text, clause_start, match.start)
    return relative is not None and any(
        m.start < relative.start() and m.actor.id in values and m.actor.type in ("armed_group", "military", "state")
        for m in matches)


def _event_actors(text: str, matches: list[ActorMatch], event_type: str, clause_start: int) -> list[dict]:
    """The actors of an event: for violence and campaigns, who does it, not whom it hits or who
    reports it (news agencies and aid organisations are witnesses, not perpetrators)."""
    values: dict[str, dict] = {}
    groups: list[ActorMatch] = []  # armed groups named so far in the clause
    targeted_ends: set[int] = set()  # where the names of those hit end
    for match in matches:
        if match.actor.type == "media":
            continue
        if match.actor.type == "state" and event_type in VIOLENT_TYPES and _OWNER_AFTER.match(text, match.end) \
                and not _ROLE_AFTER.match(text, match.end):
            continue  # "fields operated by Norway's DNO": the firm's owner did not strike
        if match.actor.type == "armed_group" and event_type in VIOLENT_TYPES:
            patron = any(g.actor.id != match.actor.id for g in groups) and _PATRON_BEFORE.search(
                text, max(clause_start, match.start - 40), match.start)
            groups.append(match)
            if patron:
                continue
        if event_type in VIOLENT_TYPES or event_type == "military_campaign":
            # the forces a battle's attackers hit are its other side: "attacked the base of the
            # Chadian National Army", "raided a Gran Grif camp"
            # (a peacekeeping force's patrol attacked fights back too: "attacked a MINUSCA patrol")
            targeted = not (event_type == "armed_clash" and (match.actor.type in ("military", "armed_group")
                                                             or match.actor.forces)) \
                and (_TARGETED.search(text, max(clause_start, match.start - 60), match.start)
                     or match.actor.type in ("military", "armed_group") and _counted_dead(text, match, clause_start)
                     # "a patrol of the Rapid Intervention Battalion (BIR)": the name's short form
                     or match.start - 2 in targeted_ends and text[match.start - 1] == "("
                     # "killing the Revolutionary Guards commander Hossein Salami, the armed forces chief
                     # of staff Mohammad Bagheri and ...": the next of a list of those hit
                     or any(_NEXT_HIT.fullmatch(text, end, match.start) for end in targeted_ends if end < match.start))
            if targeted:
                targeted_ends.add(match.end)
            if event_type == "explosion" and (_VEHICLE_HIT_AFTER.match(text, match.end) or (
                    _BLAST_AT_BEFORE.search(text, max(clause_start, match.start - 20), match.start)
                    and _VEHICLE_AFTER.match(text, match.end))):
                continue  # "an FDS supply vehicle struck an improvised explosive device": the forces were hit
            if match.actor.type == "ngo" or targeted \
                    or match.via == "demonym" and event_type != "armed_clash" and _HARMED_AFTER.match(text, match.end) \
                    or _HOME_AFTER.match(text, match.end) or _UNARMED_AFTER.match(text, match.end) \
                    or _SOURCE_BEFORE.search(text, max(clause_start, match.start - 40), match.start) \
                    or match.actor.type != "armed_group" \
                    and _LOYAL_TO_BEFORE.search(text, max(clause_start, match.start - 50), match.start) \
                    or _COUNTING_BODY_AFTER.match(text, match.end) \
                    or match.actor.type == "international" and _REACTS.match(text, match.end) \
                    or match.actor.type == "state" and match.via in ("name", "alias") \
                    and _PARTNER_BEFORE.search(text, max(clause_start, match.start - 70), match.start) \
                    or _told_of_those_hit(text, match, matches, values, clause_start) \
                    or event_type != "armed_clash" and _SEAT_AFTER.match(text, match.end) \
                    or match.actor.type == "person" and any(
                        p.actor.id == match.actor.id and _leads_a_force(text, p, matches) for p in matches
                        if p.start <= match.start):
                continue  # "UNHCR is appalled by the attack": who reacts to it did not do it
        elif event_type == "reporting_period" and match.actor.type in ("military", "armed_group") \
                and (_COUNTED_BEFORE.search(text, max(clause_start, match.start - 40), match.start)
                     or _counted_dead(text, match, clause_start) or _killed_by_count(text, match, clause_start)
                     # "the ADF, which has pledged allegiance to the Islamic State group, has killed"
                     or _PATRON_BEFORE.search(text, max(clause_start, match.start - 40), match.start)
                     # "armed groups have carried out more than 300 drone attacks on the security forces"
                     or _ATTACKS_ON_BEFORE.search(text, max(clause_start, match.start - 30), match.start)
                     # "in which 104 people were killed, 61 of them SDF members"
                     or _OF_THEM_BEFORE.search(text, max(clause_start, match.start - 25), match.start)):
            continue  # "IS cells have killed 96 soldiers, SDF fighters and civilians": among the counted
        values.setdefault(match.actor.id, _actor_value(match))
    if event_type in VIOLENT_TYPES:
        for match in matches:
            if match.actor.id in values and _AIR_DEFENCE_SPEAKER.match(text, match.end):
                del values[match.actor.id]
                continue
            if match.actor.id in values and match.actor.type != "military" and text.endswith(", ", 0, match.start) \
                    and _SAYS_AFTER.match(text, match.end) \
                    and not any(m.actor.id == match.actor.id for m in matches if m.start < match.start) \
                    and any(m.actor.id in values and m.actor.type in ("state", "military", "armed_group")
                            for m in matches if m.start < match.start):
                # "Israeli strikes killed five people ... on Monday, the Health Ministry said, one of the
                # deadliest days": who tells of it after the doers, in an aside, did not do it (a force
                # that tells of its soldiers' battle fought it)
                del values[match.actor.id]
                continue
            says = _SAYS_AFTER.match(text, match.end)
            if match.actor.id not in values or not says:
                continue
            # (and the speaker itself named again after it, whatever it is: "Police said officers fought")
            others = [m for m in matches if m.start >= says.end() and m.actor.id in values
                      and (m.actor.type in ("state", "military", "armed_group") or m.actor.id == match.actor.id)]
            if says.group().rstrip().lower().endswith(("blamed", "blames", "accused", "accuses")):
                del values[match.actor.id]  # "It blamed the dissidents for the killing": not its own
                continue
            if any(m.actor.id == match.actor.id for m in others):
                continue  # "The army said on Tuesday that its forces had repelled": it did
            own = any(m.actor.part_of == match.actor.id for m in others)
            stop = text.find(".", says.end())
            doers = others or _UNNAMED_ATTACKER.search(text, says.end(), stop if stop >= 0 else len(text))
            pronoun = _OWN_PRONOUN.search(text, says.end(), min(len(text), says.end() + 30))
            if pronoun and _OWN_HARMED.match(text, pronoun.start()):
                pronoun = None  # "The Lebanese army said that one of its soldiers was wounded when an Israeli drone ..."
            if own or (doers and not pronoun):
                # "Pakistan says its forces responded with missiles": its forces did;
                # "India said the strikes answered ... in which gunmen killed 26": India only speaks
                del values[match.actor.id]
    return list(values.values())


def _actor_value(match: ActorMatch) -> dict:
    """An actor named in the text, as an event carries it."""
    return _actor_dict(match.actor)


def _actor_dict(actor: Actor) -> dict:
    """An actor as an event carries it."""
    return {"id": actor.id, "name": actor.name, "type": actor.type, "part_of": actor.part_of}


def _summary(clause: str, limit: int = 280) -> str:
    """The clause on one line, cut at a word boundary when long."""
    flat = " ".join(clause.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut + "…"
