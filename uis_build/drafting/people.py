"""People named in an article: every mention of a person's full name, and the surnames that stand for them.

A mention is a run of capitalised words ("Judge Rebecca Thornton", "Eric Van Damme", "Kareem al-Nouri")
with titles, places and organisation words trimmed off; what is left must look like a personal name
(two to four words, none of them an organisation or place word), or a peer's title and one name ("Lord Ardmore"). A later "Moretti" or "Al-Tamimi"
stands for the one full name whose last word it is (one said only in the possessive too: "Hawre Aziz's shop"), and is
left unresolved when two people share it; a
later "Hama Karim" (a surname of two words, or a title and one) stands for the one longer name it ends.
What a lowercase title is of ("mayor of Roccella Ionica") or whose it is ("Liberal Democrat spokesman") is
no person, nor is what "a"/"an" opens ("a Michigan Democrat"), nor a law ("the Penal Code"); one introduced by one name ("gave her name only
as Shilan", "only his first name, Ari,", "Rebwar, 27,", "Karwan*, 22,", "Shilan, a 34-year-old mother", a sentence opening
"Nazdar, who …") is. A forename alone ("says Saman", "Saman, 42,") stands for the one full name named before with it, as a
surname does (not after a preposition, "for Kent", nor a civil title, "Councillor Aziz"); a surname without its article
particle ("Tamimi") for the full name with it ("al-Tamimi").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .officials import (
    _CAP,
    _CHIEF_OF_TRADE,
    _COUNTY,
    _HEAD_ABBR_RE,
    _HON_RE,
    _NOT_NAME,
    _PARTICLE,
    _RANK_ONLY,
    BODY_NAME_ENDS,
    OPENING_ADVERBS,
    PARTICLES,
    _is_head,
    _is_place,
    place_named_apart,
)
from .text import OPENS_SENTENCE
from .transcripts import _PARTY, contributions

# capitalised words, joined by name particles ("bin", "al", "de", "van"): "Pieter de Vries", "Hussein Ali al-Tamimi"
# (words on one line only: a line break ends a name, as after a caption's date, "9 February\nAzad, 19,")
_RUN = re.compile(rf"(?<![\w’'-])(?:(?:al|el)-{_CAP}|{_CAP})(?:[^\S\n](?:{_PARTICLE} ){{0,2}}"
                  rf"(?:(?:al|el)-{_CAP}|Mc{_CAP}|{_CAP}))*(?![\w-])")
# a clause's opening word capitalised before one name ("When Rebwar, 26, walked in", "After Shilan, 31, left"): the run
# is the name alone, a person known by one name as "Rebwar, 26," is
_CLAUSE_OPENERS = frozenset({"When", "After", "Before", "While", "Since", "Until", "Once", "If", "As", "But", "And", "Then", "Now"})
# a tabloid's kinship word worn as a title is no forename: "Mum Galawezh, 48, said", "Dad Rebwar Aziz"
_KIN_TITLES = frozenset({"mum", "dad", "mother", "father", "widow", "gran", "grandad"})
# words that make a capitalised run an organisation, a publication or a place, not a person
_NOT_PERSON = _NOT_NAME | {
    "post", "times", "chronicle", "wire", "tribune", "herald", "journal", "gazette", "radio", "tv", "agency", "airport",
    "embassy", "university", "prosecution", "parliament", "commission", "bank", "programme", "program", "conference",
    "crossing", "sea", "coast", "river", "city", "province", "district", "camp", "street", "road", "avenue", "centre", "center", "gov",
    # (a headland's too: "off Cap Gris-Nez", "Cape Wrath")
    "cap", "cape",
    # (a Scottish prosecutor's title, as the officials' rules know it, capitalised after a name: "X, Procurator Fiscal for
    # Y, said" names X, no one called "Procurator Fiscal")
    "procurator", "fiscal", "depute",
    # (a holiday's: "on New Year's Eve" names a date, no one)
    "year's",
    # a ship's log opens an entry with its verb, no subject ("21.40 Sailed Dover.", "06.25 Landed 111 persons"): no forename
    "sailed", "landed", "departed", "arrived", "launched", "recovered", "transferred", "anchored", "berthed", "docked",
    "intercepted", "boarded", "embarked", "disembarked", "returned",
    # (a group of people by their plight or their bench, capitalised in a court's name or a title-case headline: "before
    # Leeds Magistrates' Court", "Police Find 31 Migrants Hidden in Truck", "Council on Refugees and Migrants"; and a
    # directorate's subject, "Director of Civil Status, Passports and Residence, Major General X": no one's name)
    "magistrates", "magistrates'", "magistrates’", "justices", "migrants", "refugees", "status", "passports",
    # (a London park or lane names a district and a stop as much as a street: "the imam of a mosque in Finsbury Park")
    "park", "lane", "lanes", "masjid", "mosque",
    # (a broadcast programme's: "Coastline Breakfast with X", "the Kent Drivetime phone-in")
    "breakfast", "drivetime", "podcast", "phone-in",
    "notes", "editors", "media", "enquiries", "explainer", "who", "what", "how", "why", "when", "where", "our", "their",
    "his", "her", "its", "my", "we", "they", "he", "she", "it", "but", "if", "after", "before", "among", "under", "a", "an",
    "for", "from", "by", "with", "as", "one", "two",
    # (a count in words opens a book's or a film's title, no name: "Nine Thousand Euros", "Twelve Borders"; "Ten" opens
    # Dutch surnames too: "Ten Hoeve")
    "three", "four", "five", "six", "seven", "eight", "nine", "eleven", "twelve", "twenty", "hundred", "thousand",
    "asayish", "frontex", "europol", "eurostat", "interpol", "instagram",
    "tiktok", "telegram", "facebook", "whatsapp", "crimestoppers", "mps", "nca", "cps", "un", "eu", "uk", "us",
    # an occupation opening a sentence ("Lawyer Zeynep Aktaş") is no forename
    "lawyer", "solicitor", "barrister", "campaigner", "activist", "researcher", "journalist", "reporter", "presenter",
    "producer", "analyst", "academic", "criminologist", "migrant", "smuggler", "resident", "witness",
    # (a scholar's discipline worn the same way: "Economist Jan Roe, 41, of the university, warned")
    "economist", "sociologist", "anthropologist", "historian", "demographer",
    # (a feature's trades worn as titles: "Barista Rebin Omer, 22")
    "barista", "waiter", "waitress", "cashier", "shopkeeper",
    # (a council's or an assembly's seat worn capitalised: "Cabinet Member for Housing", "Assembly Member X")
    "cabinet", "member",
    # (a school's posts too: "Headteacher Jan Roe said")
    "headteacher", "headmaster", "headmistress", "teacher", "lecturer",
    # (and those taught there, worn as a title by a local paper: "Pupil Jan Roe, 15, said")
    "pupil", "schoolboy", "schoolgirl",
    # (a tabloid's relation to the story worn as a title: "Neighbour Jan Roe, 67, said")
    "neighbour", "neighbor", "survivor", "tenant", "pensioner",
    # (a protest's or a village meeting's part in it: "Organiser Jan Roe, 58, insisted", "Protester Jan Roe")
    "organiser", "organizer", "protester", "protestor", "demonstrator", "villager", "parishioner",
    # ... nor a player's position or a coach in a sports report ("Striker Aso Karim scored twice")
    "striker", "goalkeeper", "defender", "midfielder", "winger", "footballer", "coach",
    # ... nor a lifeboat's or a ship's crew post ("Coxswain Mark Fennell")
    "coxswain", "skipper", "helmsman", "crewman", "volunteer",
    # ... nor a witness's trade on the shore or the land ("Fisherman Jan Roe, 58, saw the boats")
    "fisherman", "trawlerman", "boatman", "ferryman", "farmer", "shepherd", "mechanic",
    # ... nor a traveller's part in a story of checks or delays ("Commuter Jan Roe, 38, said", "Passenger Jan Roe")
    "commuter", "passenger", "traveller", "traveler",
    # a body's name, not a surname: "commander of the Federal Border Guard Forces"
    "forces", "guard", "guards",
    # (a crime unit's adjectives too, never a forename: "the CPS Serious Economic, Organised Crime and ... Directorate")
    "serious", "organised", "organized",
    # ... nor the word after a title in a body's name or a title of two words ("General Assembly", "Sheriff Principal")
    "assembly", "principal", "headquarters", "staff", "hospital", "hotel", "school", "academy", "college",
    # ... nor the word opening an eatery's name ("back at Café Nawroz", "Restaurant Zagros"): a venue, no forename
    "café", "cafe", "restaurant",
    # ... nor a civic body's own word, before its cause ("the League for | Human Rights", "the Alliance for | Refugee Rights"):
    # the cause after it goes on the body's name, no one named "Human Rights"
    "league", "alliance", "coalition", "association", "federation", "society", "movement", "observatory",
    # ... nor a research unit's last word: "the University of Nottingham's Rights Lab"
    "lab", "labs", "laboratory",
    # a preposition opening a sentence: "Outside Soran Barzani's bakery"
    "outside", "inside", "behind", "near", "beyond", "across", "through", "since", "until", "during", "like", "unlike",
    # a meeting's or a document's name, no surname: "the UK–Iraq Strategic Dialogue on Migration", "Progress Update"
    "dialogue", "summit", "talks", "update", "strategic",
    # a party's name is no one's: "the opposition Liberal Democrat group", "a Labour councillor"
    "democrat", "democrats", "labour", "conservative", "conservatives", "tory", "tories", "republican", "republicans",
    # (Kurdistan's too: "New Generation MP X", "a Gorran deputy")
    "generation", "gorran",
    # a participle opening a sentence before a scripture's or a book's name: "Quoting Surah X, verse 195, he told …"
    "quoting", "citing", "reciting", "paraphrasing", "invoking", "echoing",
    # (a chapter of the Quran is no one: "Surah Al-Baqarah"; "Sura" is a forename too)
    "surah",
    # a metropolitan county's word, no forename: "Greater Manchester" (else a later "in Manchester" is a surname of someone)
    "greater",
    "rt", "hon", "right", "honourable", "east", "west", "north", "south", "middle", "northern", "southern", "eastern", "western", "central",
} | OPENING_ADVERBS | _KIN_TITLES
# a cleric's title opens a name as a rank does and is no part of it ("Sheikh Abdulrahman Barzinji"); closing one, it may be
# the surname ("Omar Sheikh"), so only the opening one is cut
# (a Kurdish mosque's preacher is addressed as its teacher: "Mamosta X")
_CLERICS = {"sheikh", "shaikh", "sheik", "imam", "mullah", "mala", "mamosta", "ayatollah", "sayyid", "rabbi", "reverend", "rev", "rev.",
            "pastor"}
# a member's party opening the brackets after the name: the words after it are the seat ("Jo Roe (Lab, Hythe and Romney)")
_PARTY_SEAT = re.compile(rf"{_PARTY}, ")
# a day or a time after a place someone was in: "in Small Heath on Tuesday", "in Hall Green last week"
_WHEN_AFTER_PLACE = re.compile(r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+(?:week|month|year|night)"
                               r"|(?:this|that|on\s+the)\s+(?:week|morning|afternoon|evening|night)|overnight)\b")
_CONSTITUENCY_BEFORE = re.compile(r"\b(?:MP|MSP|MEP|member) for\s$")
# "the mayor of Roccella Ionica": what a lowercase title is of is a place or a body
_TITLE_OF_BEFORE = re.compile(r"\b([a-z]+) of\s$")
# "the Liberal Democrat spokesman": capitalised words before a lowercase title are a party, place or body
_TITLE_AFTER = re.compile(r"\s([a-z]+)\b")
# "of charity Safe Passage Now": the name after a kind of body is the body's
# (a centre or shelter a charity runs too: "the counselling centre Safe Harbour", "the shelter Noor House")
# (and after a kind of service a charity runs, lowercase: "the advice service Hevi Link", "the helpline Safe Call"; "the
# Crown Prosecution Service Max Hill" heads no name; nor an aid, rights or volunteers' group: "the refugee aid group Fluchtpunkt Nord")
_BODY_BEFORE = re.compile(r"\b(?:charity|NGO|organi[sz]ation|(?:campaign|pressure|advocacy|aid|rights|support|volunteer) group|think tank|company|firm|"
                          r"newspaper|association|coalition|(?-i:service|helpline|network|project|centre|center|shelter))\s$", re.IGNORECASE)
# "who gave her name only as Shilan": a person known by one name
# (or the name a writer gives someone to protect them: "whom we call Aram", "we will call her Shno"; or the one they give
# themselves, no quotation marks about it: "the man who calls himself Hiwa", "who goes by Soran")
# (a protected witness's court name too: "gave evidence under the pseudonym Aram")
# (where, or by whom: "identified in court only as Aram K.", with the initial of a withheld surname kept on the name;
# a determiner before the place or source too: "identified in the report only as Aram")
_ONE_NAME_BEFORE = re.compile(r"\b(?:name|named|identified|known) (?:(?:in|by|to) (?:(?:the|a|an|its|their|his|her) )?[a-z]{2,12} )?(?:only |just )?as\s$|\b(?:first|given) name,\s$|\bpseudonym(?: of)?\s$"
                              r"|\b(?:calls|called|calling) (?:himself|herself|themselves)\s$|\b(?:goes|went|going) by\s$"
                              r"|\b(?:whom|who) (?:we|I) (?:will |shall |have )?(?:call|called|are calling)\s$"
                              r"|\b(?:[Ww]e|I) (?:will |shall |have )?(?:call|called|are calling) (?:him|her|them)\s$"
                              # (the relative left out: "a woman I will call Shirin", "a man we’ll call Aram")
                              r"|\b(?:[Ww]e|I)(?: will| shall|[’']ll) call\s$"
                              # (or the one they asked for: "a man from Sulaimani who asked to be called Rawand", "… to be called only Rawand")
                              r"|\b(?:asked|asks|wished|wishes|wanted|wants|preferred|prefers) to be (?:called|named)(?: only| just)?\s$"
                              # (or someone described by a trade or an age, then named: "a former mechanic called Dilan")
                              r"|\b(?:man|woman|boy|girl|youth|teenager|driver|worker|labourer|builder|mechanic|farmer|shepherd|"
                              r"student|nurse|doctor|engineer|teacher|shopkeeper|barber|chef|cook|cleaner|smuggler|\d{1,3}-year-old)"
                              r" (?:called|named)\s$")
# ... or the name they asked the writer to call them by: "a woman who asked me to call her only Nasim" (not a day to ring
# them on: "asked me to call him Tuesday")
_CALL_ME_BEFORE = re.compile(r"\b(?:asked|asks|told|tells) (?:me|us) to call (?:him|her|them)(?: only| just| simply)?\s$")
_SURNAME_INITIAL = re.compile(r" [A-Z]\.(?=[,;:]| [a-z])")
# "Rebwar, 27, a mechanic", "Shilan, a 34-year-old mother", "Rebwar, who gave only his first name": one name, a person
# (an asterisk may flag a changed name: "Karwan*, 22,")
# (an age now, or given: "Yousif*, now 24, left Hawija", "Rawa, aged 31,")
# (or the age as the sentence's predicate: "Aram* is 24 and comes from Kalar", "Lana is 31 years old"; the asterisk of a
# changed name or the years mark a person, as "Unemployment is 12" is none)
# (or a bracket saying the name is not the person's own: "Karzan (not his real name), 31,", "Lana (name changed)")
_ONE_NAME_AFTER = re.compile(r"\*?,\s(?:(?:now\s|aged\s)?\d{1,2},|an?\s\d{1,2}-year-old\b|[^.;\n]{0,80}?\b(?:his|her|their) first name)"
                             r"|\*\s(?:is|was)\s(?:now\s)?\d{1,2}\b(?![.,]\d)|\s(?:is|was)\s(?:now\s)?\d{1,2}\syears\sold\b"
                             r"|\s\((?:not\s(?:his|her|their)\s(?:real\s)?name|(?:a\s)?pseudonym|(?:(?:his|her|their)\s)?name\s(?:has\sbeen\s)?changed)\)")
# ... or an age before one name, no article opening it: "26-year-old Hawkar, who came from Ranya" (not "a 26-year-old Iraqi": a kind)
_AGE_BEFORE = re.compile(r"(?<![\w-])(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Tt]he )\d{1,3}-year-old\s$")
# ... but not after a preposition of place: "a shop in Sulaymaniyah, a 44-year-old man runs it" (the place, then the person)
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:in|at|near|from|outside|inside|across|into|via)\s$", re.IGNORECASE)
# a district then its town after "in": "a banker in Small Heath, Birmingham, he said" (an address, no person)
_IN_BEFORE = re.compile(r"(?<![\w-])(?:in|near)\s$")
_TOWN_AFTER = re.compile(r",\s[A-Z][a-z]{2,20}(?:[,.;]|\s(?:and|where|which|on|in|at)\b)")
# "Nazdar, who cannot swim, held": one name opening a sentence before a relative clause on a person is a person ("from
# Qaladze, who came back" is a place)
# (so does a trade or a family's place in apposition: "Rizgar, a taxi driver from Folkestone, said"; "Ranya, a town in" is a place)
# (a service's name inside the trade: "Dave, a former Border Force officer, was not")
_WHO_AFTER = re.compile(r",\s(?:who\s|(?:a|an)\s(?:[a-z-]+\s){0,2}(?:[A-Z][\w-]*\s){0,3}(?:driver|officer|worker|labourer|builder|mechanic|farmer|shepherd|student|"
                        r"nurse|doctor|engineer|teacher|shopkeeper|barber|chef|cook|cleaner|caller|listener|mother|father|"
                        r"grandmother|grandfather|widow|widower|pensioner)\b)")
# ... or a phone-in's caller, one name and the town they ring from, opening a sentence or after "caller,": "Ian from
# Clacton said", "The first caller, Shirin in Ipswich, who". (No plural noun: "Families in Ranya say" are no one; no month:
# "Arrivals in August, …")
_CALLER_AFTER = re.compile(r"\s(?:from|in)\s(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]{2,20}"
                           r"(?=(?P<then>,\s(?:who|an?)\s|\s(?:asked|said|says|told|rang|phoned|wanted|wondered|insisted|argued|added)\b)|,)")
# a readers' panel or vox pop heads each section with the person's first name alone in capitals, an age and a description
# ("GEMMA, 38, a nurse from Doncaster"), then the section opens with that name as its subject ("Gemma backs the deal"):
# one name, a person ("BACKGROUND" or "NOTES TO EDITORS" heads no one: no age after it, no name opening the next line)
_PANEL_HEADER = re.compile(r"(?:^|(?<=\n))(?P<n>[A-Z][A-Z’'-]{1,20}), \d{1,3}, [^\n]{1,100}\n+")
_CALLER_OPENS = re.compile(r"(?:^|\n|[.!?][’”\"']?\s+)$")
_CALLER_BEFORE = re.compile(r"\b(?:[Cc]aller|[Ll]istener),\s$")  # (then any comma after the town: "caller, Ian from Clacton, said")


def _caller(text: str, start: int, end: int) -> bool:
    """Whether the one name ``text[start:end]`` is a phone-in caller's, their town after it."""
    if text[end - 1] == "s" or (town := _CALLER_AFTER.match(text, end)) is None:
        return False
    return bool(_CALLER_BEFORE.search(text, max(0, start - 12), start)) \
        or bool(town.group("then")) and bool(_CALLER_OPENS.search(text, max(0, start - 3), start))


# ... or before a relative clause telling a relative of theirs: "I met Sazan, whose son drowned" (not after a preposition of
# place: "X, 52, from Koya, whose son crossed" is X's son)
_WHOSE_KIN_AFTER = re.compile(r",\swhose\s(?:[\w-]+\s){0,2}?(?:sons?|daughters?|wife|husband|brothers?|sisters?|mother|father|"
                              r"children|child|nephew|niece|cousin|parents|family)\b")
# a kinship word and a comma before one name: "His wife, Lana,", "her son, Dilan,"
# (the possessive may be the relative's own name: "Roe's sister, Lana," as a court report names a defendant's family)
_KIN_BEFORE = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)|(?<![\w’'-])[A-Z][a-z][\w-]{0,25}[’']s)\s(?:(?:elder|eldest|younger|youngest|older|late)\s)?(?:wife|husband|partner|"
                         r"son|daughter|brother|sister|mother|father|cousin|uncle|aunt|nephew|niece|fianc[ée]e?),\s$")
# ... or with no commas: "while his wife Lana pours tea", "her son Dilan"
_KIN_BEFORE_BARE = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)|(?<![\w’'-])[A-Z][a-z][\w-]{0,25}[’']s)\s(?:(?:elder|eldest|younger|youngest|older|late)\s)?(?:wife|husband|"
                              r"son|daughter|brother|sister|mother|father|cousin|uncle|aunt|nephew|niece)\s$")
# ... or the one someone married: "He married Nasrin, a teacher, in 2016" (the wife or husband a later "his wife" stands for)
_MARRIED_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he|[A-Z][\w’'-]+) (?:later |had )?married\s$")
# "a Michigan Democrat", "an Erbil Asayish officer": what an indefinite article opens is a kind, not a person
# (a thing's make too, after a participle or a price: "a rented Lamborghini Urus", "a £31,000 Rolex Daytona")
_KIND_BEFORE = re.compile(r"(?<![\w’'-])(?:[Aa]n?)\s(?:[a-z][a-z-]{1,20}ed\s|[£$€][\d,.]{1,12}\s)?$")
# the qualifiers a place's name may open with after "the" (a title there keeps the name: "the Interior Minister X"):
# "the Western Jet Foil", "the Old Bailey"
_PLACE_PREFIX = frozenset({"western", "eastern", "northern", "southern", "north", "south", "east", "west", "central",
                           "old", "new", "upper", "lower", "great", "little", "royal"})
_OF_BODY = re.compile(r",?\s+of\s+(?:the\s+)?")  # "Dana Karim, of the Refugee Network" too
# a peer (or a Scottish judge, who sits as one) is named by the title and one name: "Lord Ardmore", "Lady Harwood"
_ONE_NAMED_PEER = re.compile(r"(?:Lord|Lady|Baroness|Baron)\s\S+")
# ... and with the place of their title after it, which is part of the name: "Lord Dunmore of Kelso" (said again as
# "Lord Dunmore", the same peer)
_PEER_PLACE_AFTER = re.compile(r"[^\S\n]of[^\S\n](?:the[^\S\n])?[A-Z][a-z][\w’'-]{1,25}(?:[^\S\n][A-Z][a-z][\w’'-]{1,25})?(?![\w’'-])")
_PEER_DESIGNATED = re.compile(r"(?:Lord|Lady|Baroness|Baron) (\S+) of \S.*")
# an English judge is named by the title and the surname alone ("Lord Justice Ashcombe", "Mrs Justice Varga"): the surname is
# the name, as a peer's title and one name are; the same judge is called by the surname and a post-nominal later ("Ashcombe LJ")
# (a run may cross a line's end: "Mr Justice Oduya\nJudgment: …" names Oduya, the heading after no one); a news story
# may give the forename too, which is then part of the name ("Mr Justice Tom Oduya": Tom Oduya, no "Justice Tom Oduya")
JUSTICE_TITLED = re.compile(r"(?:^|\s)(?:Lord|Lady|Mr|Mrs|Ms)[^\S\n]Justice[^\S\n]((?:[^\s’']+[^\S\n])?\S+)(?:$|(?=\n))")
JUDGE_POST_NOMINAL = re.compile(r"[^\S\n](?:LJ|LCJ|J)(?=[\s,.;:)])")
# ... but "Lord Advocate", "Lord Provost", "Lord Justice" are offices, not names
_PEER_OFFICES = {"Advocate", "Provost", "Justice", "Justices", "Chamberlain", "Lieutenant", "Mayor", "Chancellor", "President"}
# the last word of a charity's or a campaign's name, never a surname: "the Kurdish Refugee Network", "Harbour Light Trust"
_BODY_END = {w.lower() for w in BODY_NAME_ENDS}
# ... nor the last word of a public body's name or an institution's: the capitalised words before it are its name's
_BODY_NOUN_END = {"centre", "center", "embassy", "university", "commission", "programme", "program", "conference", "academy",
                  "college", "hospital", "headquarters", "parliament", "airport", "prosecution", "council",
                  # (a school's too, its grade before it: "the Martyr Aram High School" names no "Martyr Aram High")
                  "school"}
# ... nor a street's: "a car wash on Stoney Stanton Road" names no Stoney Stanton (no "Lane": a surname too)
_STREET_END = {"road", "street", "avenue", "boulevard", "square"}
# ... nor a lodging's or a place of worship's: "manager of the 96-room Citadel View Hotel" names no Citadel View
# (nor an eatery's, as a feature sets its scenes: "across the road at Zagros Kitchen" names no one a later "he says" could be)
_PREMISES_END = {"hotel", "hostel", "motel", "mosque", "kitchen", "restaurant", "bakery", "teahouse", "takeaway", "diner"}
_PLACE_NOUN_END = _BODY_NOUN_END | _STREET_END | _PREMISES_END
# ... nor a company's legal form: "a spokesperson for Harlow Foods Ltd" names no "Foods Ltd"
_COMPANY_FORM_END = {"ltd", "limited", "plc", "llp", "inc", "gmbh"}
# a plural possessive inside a body's name: "the Zakho Money Changers' Association", "the Seafarers’ Union" (the run stops
# at the apostrophe, and the words before it are the members the body is named for, no one's name)
_PLURAL_POSSESSIVE_BODY = re.compile(r"[’'][^\S\n](?:[A-Z][\w’'-]*[^\S\n]){0,2}(?P<end>[A-Z][\w-]*)")
_MEMBERS_BODY_END = _BODY_END | _BODY_NOUN_END | {"union", "unions", "federation", "council", "chamber", "syndicate", "guild",
                                                  "club", "league", "committee", "cooperative", "co-operative", "fund", "group"}
_POSSESSIVE_END = re.compile(r"[’']s$")
# "the Dijla Centre for Strategic Studies": capitalised words after a body's word and "for"/"of" go on the body's name
_BODY_OF_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) (?:for|of) (?:the )?$")
# a title and "in" before a run: its first word is the post's place ("Consul General in | Erbil Cara Whitlock")
# ... but "State" there is a minister's rank, its portfolio after it: "Secretary of State for | Justice X", "Minister of
# State for | Borders X" (the run holds the holder's name)
_OF_STATE_BEFORE = re.compile(r"\b(?:Secretary|Minister) of State (?:for|of) (?:the )?$")
_POST_IN_BEFORE = re.compile(r"(?<!\S)(\S+) in\s$")
_PARTICLES = set(PARTICLES)
# the last word of a law's or an instrument's name, never a surname: "the Penal Code", "the Nationality and Borders Act"
_LAW_END = {"code", "act", "acts", "convention", "treaty", "protocol", "charter", "constitution", "statute", "directive", "decree",
            "regulations", "ordinance"}
# ... and two that are surnames too ("Jude Law"): a law's only with "the" before or its number after ("the Residency Law",
# "Trafficking Law No. 28")
_LAW_OR_SURNAME = {"law", "bill"}
_THE_BEFORE = re.compile(r"\b[Tt]he\s$")
# a place's possessive before a run: "Dover's ", "Erbil’s " (whose place it is)
_PLACE_OWNER_BEFORE = re.compile(r"\b[A-Z][a-z]+[’']s\s$")
_PLACE_OWNER_WORD = re.compile(r"[A-Z][a-z]+[’']s")
# a saint's name is a church's, a place's or a feast's, no one speaking ("vicar of St Nicholas' Church", "St Albans")
_SAINT = ("St ", "St. ", "Saint ")


# what every law's run ends with, tried first: most runs are names and fail on one str.endswith
_LAW_ENDINGS = tuple(w.title() for w in _LAW_END | _LAW_OR_SURNAME) + ("No",)


def _names_a_law(text: str, run: re.Match) -> bool:
    """Is the capitalised run a law's name ("Penal Code", "Anti-Human Trafficking Law No")?"""
    return run.group(0).endswith(_LAW_ENDINGS) \
        and law_name(run.group(0), _THE_BEFORE.search(text, max(0, run.start() - 4), run.start()) is not None)


def law_name(words: str, after_the: bool = False) -> bool:
    """Do the capitalised ``words`` name a law ("Penal Code", "the Nationality and Borders Act", "Trafficking Law No")?
    ``after_the``: "the" stands before them."""
    tokens = words.split()
    if not tokens:
        return False
    numbered = len(tokens) > 1 and tokens[-1].rstrip(".") == "No"
    last = _key(tokens[-2 if numbered else -1])
    return last in _LAW_END or last in _LAW_OR_SURNAME and (numbered or after_the or tokens[0] in ("The", "the"))


@dataclass(frozen=True)
class Mention:
    """One mention of a person: where the name is, and the full name it stands for (None if ambiguous)."""

    start: int
    end: int
    name: str | None


def _other(w: str) -> bool:
    """A title, honorific, place or organisation word: no part of a personal name."""
    low = w.lower().strip("’'")
    # a compound descriptor opening a run ("Mum-of-two Lana Aziz", "Grandfather-of-six"): the person's family, no name
    # (the plural of an office's word ending "-ion" too: "Director of Public Prosecutions X", no "Prosecutions X")
    return low in _NOT_PERSON or low.endswith("ions") and low[:-1] in _NOT_PERSON or "-of-" in low or _is_head(w) or bool(_HON_RE.fullmatch(w)) or _is_place(w) or low.endswith(("’s", "'s"))


# a word after "Chief" that may be its trade: capitalised, no particle or article opening a surname ("Chief Coastguard")
_CHIEF_TRADE_WORD = re.compile(r"[A-Z][a-z]{3,}")


def _strip(words: list[re.Match], text: str = "", lo: int = 0, hi: int = 0) -> list[re.Match]:
    """The words of a capitalised run left once titles, places and organisation words are cut from both ends;
    none when the run ends in an organisation word ("Refugee Rights Forum" names no person)."""
    # a title may open with a word of no title list ("Detective Inspector Lee Foster"): cut up to the last
    # title word that leaves a name of two words
    cut = max((i + 1 for i, w in enumerate(words[:-2]) if _other(w.group(0))), default=0)
    if len(words) > 2 and cut == 0 and _is_head(words[-2].group(0)) and not _other(words[0].group(0)):
        # ... or a title of such words and a rank before a surname alone ("Detective Superintendent X", the full name
        # given earlier): the surname
        cut = len(words) - 1
    if 0 < cut and words[cut - 1].group(0) == "Chief" and len(words) - cut >= 3 and _CHIEF_TRADE_WORD.fullmatch(words[cut].group(0)):
        # "Chief" is a title's first word, the trade after it its second ("Chief Coastguard X Y", "Chief Scientist X Y"),
        # when two words are left for the name
        cut += 1
    words = words[cut:]
    while words and (_other(words[0].group(0)) or _RANK_ONLY.fullmatch(words[0].group(0)) or _key(words[0].group(0)) in _CLERICS
                     or len(words) > 2 and _COUNTY.fullmatch(words[0].group(0))):
        words = words[1:]  # a rank opens a name and is no part of it ("Major Karwan Barzani"); "John Major" keeps it
    # (in the possessive too: "Coventry City Council's cabinet member" names no Coventry)
    if words and ((last_key := _key(words[-1].group(0)).removesuffix("'s")) in _BODY_END | _COMPANY_FORM_END or len(words) > 1 and last_key in _PLACE_NOUN_END):
        return []  # "the Joint Crisis Coordination Centre", "the Kurdistan Reintegration Programme": a body, no "Joint Crisis …"
    if len(words) > 2 and _is_head(last := words[-1].group(0)) and last[1:].islower() \
            and words[-1].string[words[-2].end():words[-1].start()] == " ":
        return []  # "a former Independent Anti-Slavery Commissioner": the words before a title on its line are its portfolio
    while words and (_other(words[-1].group(0)) or words[-1].group(0).lower() in _PARTICLES):
        if len(words) == 2 and not _other(words[0].group(0)) and _surname_too(text, lo, hi):
            break  # "Its director, Sophie Lane, said": a forename and a surname between an appositive's commas, no lane
        if len(words) > 1 and _BARE_RANK_ABBR.fullmatch(words[-1].group(0)) and not _other(words[-2].group(0)):
            break  # a rank stands before a name, never after it: "Lt. Agnieszka Maj" ends in the surname Maj, no "Maj."
        if _key(words[-1].group(0)) in _NOT_NAME and not _is_head(words[-1].group(0)):
            return []
        words = words[:-1]
    return words


# a word that ends a district's or a street's name and is a surname too ("Finsbury Park", "Sophie Lane"): a name when it is
# set off by a comma after a role and said to speak ("Its director, X Lane, said"; "X Lane, 52, said"), a forename and it
# alone (a district there is followed by its subject: "Near the station, Finsbury Park, police said")
_SURNAME_TOO = frozenset({"lane", "park"})
_APPOSITIVE_NAME_END = re.compile(r",? (?:said|says|told|added|warned)\b|, \d{1,3},")


def _surname_too(text: str, lo: int, hi: int) -> bool:
    """Is the run ``text[lo:hi]`` a name whose last word is a street's or a district's too, set off as an appositive?"""
    return text[lo:hi].rsplit(None, 1)[-1].lower() in _SURNAME_TOO and text[max(0, lo - 2):lo] == ", " \
        and _APPOSITIVE_NAME_END.match(text, hi) is not None


def _key(word: str) -> str:
    return word.lower().replace("’", "'")


_ARTICLE_PARTICLE = re.compile(r"(?:al|el)-(?=\w)")


def _surname_keys(name: str) -> set[str]:
    """The keys a later surname may match a full name by: its last word, and that word without its article particle
    ("Tamimi" for Qasim Abbas al-Tamimi, as the wires write him again)."""
    words = name.split()
    last = _key(peer.group(1) if (peer := _PEER_DESIGNATED.fullmatch(name)) else words[-1])
    keys = {last, _ARTICLE_PARTICLE.sub("", last, count=1)} if _ARTICLE_PARTICLE.match(last) else {last}
    if len(words) > 2 and words[-2].lower() in _PARTICLES:
        keys.add(f"{_key(words[-2])} {last}")  # "Al Zubaidi" for Abdulkarim Hadi Al Zubaidi: the particle goes with the surname
    return keys


@lru_cache(maxsize=64)
def people(text: str) -> tuple[Mention, ...]:
    """Every person mention in ``text``, in order: full names, and surnames resolved to one full name."""
    full: list[tuple[int, int, str]] = []
    singles: list[tuple[int, int, str]] = []
    one_names: list[tuple[int, int, str]] = []
    kin: list[tuple[int, int, str]] = []  # one name after a kinship word ("His wife, Lana,"), maybe the forename of a full name
    owners: list[str] = []  # full names only said in the possessive ("Hawre Aziz's shop"): later surnames stand for them
    owned_at: list[tuple[int, int, str]] = []  # ... and where they are said, for a later forename ("says Hawre, 44,")
    last_full = -1  # where the last full name ends
    rank_words: list[tuple[int, int, str]] = []  # a rank's abbreviation alone, with no full stop: maybe the surname of a full name
    # a transcript heading's seat ("Carys Howell (Ceredigion Preseli) (LD):") names no person
    seats = [c.role for c in contributions(text) if c.role and c.role_text and c.role_text.startswith("Member for ")]
    designation_end = -1  # where the last peer's title's place ends
    headed: dict[str, tuple[int, str]] = {}  # a panel section's capitalised name -> where it heads and the name it gives
    for head in _PANEL_HEADER.finditer(text):
        name = head.group("n").title()
        if text.startswith(name, head.end()) and not text[head.end() + len(name):head.end() + len(name) + 1].isalpha() \
                and not _other(name):
            headed[_key(name)] = (head.start(), name)
            one_names.append((head.start("n"), head.end("n"), name))
    for run in _RUN.finditer(text):
        if run.start() < designation_end:
            continue
        seat_first = _CONSTITUENCY_BEFORE.search(text, max(0, run.start() - 12), run.start()) is not None
        if seat_first and _seat_then_name(text, run):
            pass  # "MP for Ashford Tom Rylance": a one-word seat, then its member's name (cut below)
        elif seat_first \
                or seats and any(lo <= run.start() and run.end() <= hi for lo, hi in seats):
            continue  # "MP for Dover and Deal", "(Ceredigion Preseli)": a constituency, not a person
        if text.endswith(" in ", max(0, run.start() - 4), run.start()) and _WHEN_AFTER_PLACE.match(text, run.end()):
            continue  # "arrested two men in Small Heath on Tuesday": a district the gazetteer lacks, not a person
        if (bracket := text.rfind("(", max(0, run.start() - 70), run.start())) != -1 and ")" not in text[bracket:run.start()] \
                and _PARTY_SEAT.match(text, bracket + 1):
            continue  # "Jo Roe (Lab, Hythe and Romney)": the member's seat after the party, no person
        if _beside_lowercase_title(text, run.start(), run.end()) or _BODY_BEFORE.search(text, max(0, run.start() - 20), run.start()) \
                or _KIND_BEFORE.search(text, max(0, run.start() - 28), run.start()):
            continue
        if _names_a_law(text, run) or run.group(0).startswith(_SAINT):
            continue
        if run.group(0).endswith("s") and (owned := _PLURAL_POSSESSIVE_BODY.match(text, run.end())) \
                and _key(owned.group("end")) in _MEMBERS_BODY_END:
            continue
        if text.endswith((" of ", " for ", " the "), max(0, run.start() - 5), run.start()) and _portfolio_of_holder(text, run.start(), run.end()):
            continue
        if last_full >= 0 and _OF_BODY.fullmatch(text, last_full, run.start()):
            continue  # "Rebwar Aziz of the Families Network": whom the person speaks for, no person
        if " " not in run.group(0) and (_ONE_NAME_BEFORE.search(text, max(0, run.start() - 36), run.start())
                                        or "call" in text[max(0, run.start() - 20):run.start()] and not _other(run.group(0))
                                        and _CALL_ME_BEFORE.search(text, max(0, run.start() - 36), run.start())):
            end = initial.end() if (initial := _SURNAME_INITIAL.match(text, run.end())) else run.end()
            full.append((run.start(), end, text[run.start():end]))
            continue
        if " " not in run.group(0) and not _other(run.group(0)) and (
                text.startswith(",", run.end()) and _KIN_BEFORE.search(text, max(0, run.start() - 30), run.start())
                or _KIN_BEFORE_BARE.search(text, max(0, run.start() - 30), run.start())
                or _MARRIED_BEFORE.search(text, max(0, run.start() - 40), run.start())):
            # "His wife, Lana, was at home", "while his wife Nasrin pours tea": one name, a person
            kin.append((run.start(), run.end(), run.group(0)))
            continue
        if " " not in run.group(0) and not _other(run.group(0)) and (_ONE_NAME_AFTER.match(text, run.end())
                                                                    and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, run.start() - 8), run.start())
                                                                    or _WHO_AFTER.match(text, run.end())
                                                                    and OPENS_SENTENCE.search(text, max(0, run.start() - 3), run.start())
                                                                    or _WHOSE_KIN_AFTER.match(text, run.end())
                                                                    and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, run.start() - 8), run.start())
                                                                    or not run.group(0).endswith("s") and _caller(text, run.start(), run.end())
                                                                    or text[run.start() - 9:run.start()] == "year-old "
                                                                    and _AGE_BEFORE.search(text, max(0, run.start() - 20), run.start())):
            one_names.append((run.start(), run.end(), run.group(0)))
            continue
        if (judge := JUSTICE_TITLED.search(run.group(0))) and not any(_other(w) for w in judge.group(1).split()):
            full.append((run.start() + judge.start(1), run.start() + judge.end(1), judge.group(1)))  # "Mrs Justice Varga": the judge is "Varga"
            continue
        if _ONE_NAMED_PEER.fullmatch(run.group(0)) and not _other(second := run.group(0).split()[1]) and second not in _PEER_OFFICES:
            if place := _PEER_PLACE_AFTER.match(text, run.end()):
                full.append((run.start(), place.end(), text[run.start():place.end()]))
                designation_end = place.end()  # the place's words are no one's name
                continue
            full.append((run.start(), run.end(), run.group(0)))  # "Lord Ardmore": a peer's title and one name are the name
            continue
        if " " in run.group(0) and _POSSESSIVE_END.search(run.group(0)) and not _other(run.group(0).split()[-1][:-2]):
            # "Hawre Aziz's barber's shop": the owner's name, for a later surname; no mention ("X's office" speaks as an office)
            tokens = [w.group(0) for w in _strip(list(re.finditer(r"\S+", run.group(0)[:-2])))]
            if 2 <= len([t for t in tokens if t.lower() not in _PARTICLES]) <= 4 and not any(_key(t) in _NOT_PERSON for t in tokens):
                owners.append(" ".join(tokens))
                owned_at.append((run.start(), run.end(), " ".join(tokens)))
            continue
        if " " in run.group(0) and _TOWN_AFTER.match(text, run.end()) and _IN_BEFORE.search(text, max(0, run.start() - 6), run.start()):
            continue
        words = _strip(list(re.finditer(r"\S+", run.group(0))), text, run.start(), run.end())
        if not words and _BARE_RANK_ABBR.fullmatch(last := run.group(0).split()[-1]) and not text.startswith(".", run.end()):
            rank_words.append((run.end() - len(last), run.end(), last))  # "Lt. Maj said", "Maj added": a surname, if someone wears it
            continue
        if not words or len(words) == len(run.group(0).split()) and _of_body(text, run.start()):
            continue
        if len(words) >= 3 and words[0].start() == 0 and (_in_portfolio(text, run.start()) or _post_in_before(text, run.start())
                                                          or seat_first):
            # "Minister for Border Security and | Asylum Daniel Rourke": the portfolio's last word; "Consul General in | Erbil
            # Cara Whitlock": the post's place
            words = words[1:]
            # ... of two words: "Mayor of Velika | Kladuša | Fikret Osmanović", the place told apart elsewhere
            if len(words) >= 3 and place_named_apart(text, run.start(), run.start() + words[0].end()):
                words = words[1:]
        if _THE_BEFORE.search(text, max(0, run.start() - 4), run.start()) \
                and all(_key(w) in _PLACE_PREFIX for w in run.group(0)[:words[0].start()].split()):
            # "met her at the Jet Foil", "the Western Jet Foil": the article makes it a place or a thing, no one's name (a
            # portfolio's place cut first: "Commissioner for the Mediterranean X" names X)
            continue
        prefix = run.group(0)[:words[0].start()].split()
        owned = bool(prefix) and _PLACE_OWNER_WORD.fullmatch(prefix[0]) is not None
        if owned:
            prefix = prefix[1:]
        if prefix and all(_key(w) in _PLACE_PREFIX for w in prefix) \
                and (owned or _PLACE_OWNER_BEFORE.search(text, max(0, run.start() - 30), run.start())):
            # "landed at Dover's Western Jet Foil": a place's possessive, then a compass or an "Old", "New" word makes it a
            # place or a thing of that place, no one's name ("Britain's Keir Starmer", with no such word, stays a person)
            continue
        start, end = run.start() + words[0].start(), run.start() + words[-1].end()
        tokens = [w.group(0) for w in words]
        if any(_key(t) in _NOT_PERSON for t in tokens) \
                and not (len(tokens) == 2 and _key(tokens[0]) not in _NOT_PERSON and _surname_too(text, run.start(), run.end())):
            continue
        if 2 <= len([t for t in tokens if t.lower() not in _PARTICLES]) <= 4:
            full.append((start, end, text[start:end]))
            last_full = end
        elif len(tokens) == 1 and _key(run.group(0).split()[0]) in _KIN_TITLES and _ONE_NAME_AFTER.match(text, end):
            one_names.append((start, end, tokens[0]))  # "Mum Galawezh, 48,": one name, a person, as "Galawezh, 48," is
        elif len(tokens) == 1 and run.group(0).split()[0] in _CLAUSE_OPENERS and not _other(tokens[0]) \
                and _ONE_NAME_AFTER.match(text, end):
            one_names.append((start, end, tokens[0]))  # "When Rebwar, 26, walked in": the opener is no part of the name
        elif len(tokens) == 1:
            singles.append((start, end, tokens[0]))
        elif len(tokens) == 2 and tokens[0].lower() in _PARTICLES and tokens[0][:1].isupper():
            singles.append((start, end, " ".join(tokens)))  # "Lt Gen Al Zubaidi": a surname with its particle
    surnames = {k for name in [n for _, _, n in full] + owners for k in _surname_keys(name)}
    singles += [m for m in rank_words if _key(m[2]) in surnames]
    # a surname with an age ("Haidari, 45,") stands for its full name; another word is a person known by one name
    singles += [m for m in one_names if _key(m[2]) in surnames]
    # "Saman, 42," after "Saman Hassan": a forename standing for the one full name named before with it, as a surname does
    forenamed = [(s, e, names.pop()) for s, e, word in one_names if _key(word) not in surnames
                 and len(names := _named_before_by_forename(full + owned_at, word, s)) == 1]
    full = sorted(full + [m for m in one_names if _key(m[2]) not in surnames and m[0] not in {f[0] for f in forenamed}])
    full = _tails_resolved(text, full)
    by_surname: dict[str, set[str]] = {}
    by_forename: dict[str, set[str]] = {}
    for name in [n for _, _, n in full] + owners:
        for k in _surname_keys(name):
            by_surname.setdefault(k, set()).add(name)
        by_forename.setdefault(_key(name.split()[0]), set()).add(name)
    out = [Mention(s, e, n) for s, e, n in full + forenamed]
    kin_names: dict[str, str] = {}  # a kinship's one name -> whom it stands for, for the bare name said again
    for s, e, word in kin:
        # "His wife, Lana," then "Lana Aziz said": the one full name she is named by, before or after; else "Lana"
        names = {n for n in by_forename.get(_key(word), ()) if " " in n}
        out.append(Mention(s, e, names.pop() if len(names) == 1 else word))
        kin_names.setdefault(_key(word), out[-1].name or word)
    first_at: dict[str, int] = {}
    for s, _, n in full:
        first_at.setdefault(n, s)
    for s, e, word in sorted(singles):  # in the text's order: a surname goes on naming whom those before it named
        # a knight or dame is named later by title and forename: "Dame Helen" for Dame Helen Carrow
        knighted = re.search(r"\b(?:Sir|Dame)\s$", text[max(0, s - 5):s])
        names = (by_forename if knighted else by_surname).get(_key(word))
        if not names and _rank_before(text, s):
            # Kurdish and Arab usage names an officer again by rank and forename: "Brig. Gen. Soran" after "Brigadier General
            # Soran Jalal Mahmoud" is that officer, no one new (only one named in full before, and no one's surname); a civil
            # title is worn with the surname ("Councillor Aziz" is no Aziz Rahman)
            names = {n for n in by_forename.get(_key(word), ()) if first_at.get(n, s) < s}
        if not names and (not _PREPOSITION_BEFORE.search(text, max(0, s - 8), s) or _FOR_OPENING.match(text, s - 4, e + 1)
                          and OPENS_SENTENCE.search(text, max(0, s - 8), s - 4)) and not titled_surname(text, s):
            # "says Saman" after "Saman Hassan" (and no one's surname): that person; no one when two share the forename
            # ("Councillor Aziz" wears a surname: someone else)
            names = _named_before_by_forename(full + owned_at, word, s)
        if names and not knighted and all(first_at.get(n, -1) > s for n in names) \
                and len(forenamed_before := _named_before_by_forename(full, word, s)) == 1:
            # "Kamal said" after "Kamal Hama Saeed", before his daughter "Shilan Kamal" is named: a surname no one has worn
            # yet names no one; the forename of the one named in full before does (Kurdish usage)
            names = forenamed_before
        if not names and not knighted and not _PREPOSITION_BEFORE.search(text, max(0, s - 8), s):
            # Spanish usage names someone again by the first of two surnames: "Morales said" after "Captain Javier Morales
            # Ortega" (only the one named so before, and no one's surname or forename)
            names = _named_before_by_first_surname(full, word, s)
        # (every one of them named in full, not only in the possessive: where "Rana Aziz's café" is, is not kept)
        if names and len(names) > 1 and all(n in first_at for n in names) and len(earlier := {n for n in names if first_at[n] < s}) == 1:
            names = earlier  # "Mr Aziz" after Karwan Aziz, before his daughter Lana Aziz is named: Karwan Aziz
        elif names and len(names) > 1 and all(n in first_at for n in names) and _MR_BEFORE.search(text, max(0, s - 4), s) \
                and len(earlier := {n for n in names if first_at[n] < s}) > 1:
            # "Mr Aziz" after Karwan Aziz and his daughter Lana Aziz: a family's story calls the one it names first by the
            # honorific, the others by their forenames
            names = {min(earlier, key=lambda n: first_at[n])}
        elif names and len(names) > 1 and all(n in first_at for n in names) \
                and len(told := [m.name for m in out if m.start < s and m.name in names and text[m.start:m.end] == word]) >= 2 \
                and len(set(told)) == 1:
            # "Kettering says" after the profile called Joanne Kettering so twice, then named her husband Graham Kettering:
            # the surname the story has settled on for one of them goes on naming that one, the relative named in full
            names = set(told)
        if names and not knighted and not _MR_BEFORE.search(text, max(0, s - 4), s) \
                and len(told_alone := {m.name for m in out if m.start < s and m.name and text[m.start:m.end] == word}) == 1 \
                and (settled := next(iter(told_alone))) not in names and _key(settled.split()[0]) == _key(word):
            # "Kamal says" after "Kamal, 58, said" named Kamal Hama Saeed by his forename, and his son Rawa Kamal was named
            # since: the bare word the story has settled on for the father goes on naming him, no one's surname
            names = {settled}
        if not names and (h := headed.get(_key(word))) is not None and h[0] < s:
            names = {h[1]}  # "Gemma backs the deal" under "GEMMA, 38, a nurse": the one the section heads
        if names:
            out.append(Mention(s, e, next(iter(names)) if len(names) == 1 else None))
        elif (known := kin_names.get(_key(word))) is not None and not _PREPOSITION_BEFORE.search(text, max(0, s - 8), s):
            out.append(Mention(s, e, known))  # "Nasrin says" after "his wife Nasrin": the one named by that kinship
        elif titled_surname(text, s) or JUDGE_POST_NOMINAL.match(text, e):
            out.append(Mention(s, e, word))  # "Councillor Aziz said", "Ashcombe LJ said", no forename anywhere: the person is "Aziz"
    return tuple(sorted(out, key=lambda m: m.start))


_MR_BEFORE = re.compile(r"(?<![\w.])Mr\.?\s$")
# "for Kent", "in Erbil": a lone word after a preposition is most often a place, never taken for a forename
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:in|at|for|to|from|of|by|near|into|via|on|across|outside|inside)\s$", re.IGNORECASE)


# ... but a sentence opening "For Karwan, the campaign came too late" names the one it is told for, no place
_FOR_OPENING = re.compile(r"For [^\s,]+,")


def _named_before_by_first_surname(full: list[tuple[int, int, str]], word: str, start: int) -> set[str]:
    names = {n for s, _, n in full if s < start and len(parts := n.split()) == 3 and _key(parts[1]) == _key(word)
             and parts[1].lower() not in _PARTICLES}
    return names if len(names) == 1 else set()


def _named_before_by_forename(full: list[tuple[int, int, str]], word: str, start: int) -> set[str]:
    """The full names (two words or more) named before ``start`` whose first word is ``word``."""
    return {n for s, _, n in full if s < start and " " in n and _key(n.split()[0]) == _key(word)}


_WORD_BEFORE = re.compile(r"(\S+)[^\S\n]$")
_NAMED_AFTER_COMMA = re.compile(rf",\s(?:{_HON_RE.pattern}\s)?[A-Z][a-z]+\s[A-Z]")


# a body whose name ends in "General" ("Consulate General", "Secretariat General", "Inspectorate General"): the word after
# it is the body's city or field, not a general's surname
_BODY_BEFORE_GENERAL = re.compile(r"\b(?:Consulate|Secretariat|Directorate|Inspectorate|Commissariat)[^\S\n]$")


def titled_surname(text: str, start: int) -> bool:
    """Does a title or a rank stand right before the word at ``start`` ("Councillor | Aziz", "Supt | Hughes")?"""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is None or before.group(1).endswith(".") and not _HEAD_ABBR_RE.fullmatch(before.group(1)) \
            and not _RANK_ONLY.fullmatch(before.group(1)):
        return False  # "said the minister. Then": a title ending a sentence, no title of the next one's first word ("Supt. Hughes" is)
    if before.group(1) == "General" and _BODY_BEFORE_GENERAL.search(text, max(0, before.start() - 16), before.start()):
        return False  # "the British Consulate General | Erbil": a mission's name and its city, no general's surname
    if before.group(1) == "Chief" and _CHIEF_OF_TRADE.fullmatch(text, start, end := text.find(",", start, start + 20)) \
            and _NAMED_AFTER_COMMA.match(text, end):
        return False  # "the Chief | Interpreter, Dr X": the trade ends the title, the name after the comma holds it
    return _is_head(before.group(1)) or bool(_RANK_ONLY.fullmatch(before.group(1)))


_BARE_RANK_ABBR = re.compile(r"Brig|Gen|Lt|Col|Maj|Sgt|Capt|Cmdr|Adm")  # (with no full stop: a surname as well)
# a military or police rank's abbreviation ("Brig. Gen.", "Col.")
_RANK_ABBR = re.compile(r"(?:Brig|Gen|Lt|Col|Maj|Sgt|Capt|Cmdr|Adm)\.?")


def _rank_before(text: str, start: int) -> bool:
    """Does a rank stand right before the word at ``start`` ("Gen. | Soran", "Colonel | Rebin")?"""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and bool(_RANK_ONLY.fullmatch(before.group(1)) or _RANK_ABBR.fullmatch(before.group(1)))


# a preposition after a title or a capitalised word, so inside a portfolio: "Minister for | Asylum", "Security and | Asylum" (not
# "according to | Soran Salim Aziz", "spoke to | X"); an article may stand between: "Commissioner for the | Gulf"
_PORTFOLIO_BEFORE = re.compile(r"(?<!\S)(\S+) (?:and|for|of|to|on)\s(?:the\s)?$")


def _in_portfolio(text: str, start: int) -> bool:
    before = _PORTFOLIO_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and (before.group(1)[:1].isupper() or _is_head(before.group(1))) \
        and before.group(1).lower() not in OPENING_ADVERBS  # "According to": a capital opening a sentence


def _seat_then_name(text: str, run: re.Match) -> bool:
    """Are the three capitalised words after "MP for" a seat of one word, then its member's name, the sentence's subject
    ("MP for Ashford | Tom Rylance said")? A seat's own second word ("Bristol North", "Hall Green") is no forename."""
    words = run.group(0).split()
    return len(words) == 3 and words[1] not in _SEAT_WORDS and not _is_place(words[1]) and bool(_SAYS_NEXT.match(text, run.end()))


# the words a constituency's name goes on with: "Bristol North West", "Birmingham Hall Green", "Sutton Coldfield"
_SEAT_WORDS = frozenset({"North", "South", "East", "West", "Central", "Mid", "Upper", "Lower", "Green", "Heath", "Park", "Vale", "Valley",
                         "Coast", "Coldfield", "Town", "City", "Hill", "Hills", "Moor", "Moors", "Forest", "Wood", "Island", "Isles"})
_SAYS_NEXT = re.compile(r"\s(?:said|says|told|tells|added|warned|claimed|insisted)\b")


def _post_in_before(text: str, start: int) -> bool:
    """Does a title and "in" stand right before ``start`` ("Consul General in | Erbil", "the ambassador in | Baghdad")?"""
    before = _POST_IN_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and _is_head(before.group(1))


def _of_body(text: str, start: int) -> bool:
    """Do the capitalised words at ``start`` go on a body's name ("Centre for | Strategic Studies", "Institute of | Public
    Policy")? A title's portfolio ("Minister for | Asylum Daniel Rourke") may hold a name and is not cut."""
    if not text.endswith((" for ", " of ", " the "), max(0, start - 5), start):
        return False
    body = _BODY_OF_BEFORE.search(text, max(0, start - 30), start)
    return body is not None and _key(body.group(1)) in _NOT_PERSON and not _is_head(body.group(1)) \
        and not (body.group(1) == "State" and _OF_STATE_BEFORE.search(text, max(0, start - 40), start))


# a capitalised title and "of" or "for" before a run, and a comma and its holder after: the run is the title's portfolio
# ("The Director General of | Vocational Training | , Ms. X"), no one's name (the holder is named after the comma)
_CAPITAL_TITLE_OF_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w-]+) (?:of|for) (?:the )?$")
_HOLDER_AFTER = re.compile(r",\s(?:Sir|Dame|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Professor)\s[A-Z]")


def _portfolio_of_holder(text: str, start: int, end: int) -> bool:
    """Is the run a capitalised title's portfolio, its holder named with an honorific after the comma?"""
    return (before := _CAPITAL_TITLE_OF_BEFORE.search(text, max(0, start - 30), start)) is not None and _is_head(before.group(1)) \
        and _HOLDER_AFTER.match(text, end) is not None


def _beside_lowercase_title(text: str, start: int, end: int) -> bool:
    """Is the run what a lowercase title is of ("mayor of Roccella Ionica") or says whose it is ("Liberal Democrat
    spokesman"), or a place's name before what the place is ("Brook House immigration removal centre")? Then it is a
    place, a party or a body."""
    before = _TITLE_OF_BEFORE.search(text, max(0, start - 20), start)
    after = _TITLE_AFTER.match(text, end, end + 20)
    if after is not None and after.group(1) in _PLACE_WORDS_FIRST and _PLACE_AFTER.match(text, end, end + 40):
        return True
    if after is not None and after.group(1) in _BODY_AFTER:
        return True  # "the opposition New Generation movement": a party or a movement, no one's name
    if after is not None and after.group(1) in _SERVICE_BEFORE_HEAD and (head := _TITLE_AFTER.match(text, after.end(), after.end() + 20)) \
            and _is_head(head.group(1)):
        return True  # "the Wadi Sur police chief": whose service the title is of (a place of two words), no one's name
    return any(m is not None and _is_head(m.group(1)) for m in (before, after))


# what a place named before it is, in lowercase: "Brook House immigration removal centre", "Whitemoor prison"
# (a border's too: "the Ibrahim Khalil crossing", "the Zakho checkpoint")
_PLACE_NOUN = r"(?:centre|center|prison|jail|camp|hospital|hotel|barracks|airport|airbase|facility|hostel|compound|crossing|checkpoint)"
_PLACE_AFTER = re.compile(rf"(?:\s(?:immigration|removal|detention|holding|reception|refugee|military|police|asylum|"
                          rf"transit|processing|central|city|general))*\s{_PLACE_NOUN}(?![\w-])")
# the first words of every _PLACE_AFTER, tried before it: most words after a run are none of them
_PLACE_WORDS_FIRST = {"immigration", "removal", "detention", "holding", "reception", "refugee", "military", "police", "asylum",
                      "transit", "processing", "central", "city", "general", "centre", "center", "prison", "jail",
                      "camp", "hospital", "hotel", "barracks", "airport", "airbase", "facility", "hostel", "compound", "crossing",
                      "checkpoint"}


# the service a lowercase title of two words is in, after the place it serves: "the Wadi Sur police chief", "the Basra
# Gate port director"
_SERVICE_BEFORE_HEAD = frozenset({"police", "border", "customs", "port", "army", "security", "intelligence", "coastguard",
                                  "traffic", "prison", "health", "passports", "residency", "immigration"})


# what a political body named before it is, in lowercase: "the New Generation movement", "the Gorran party"
_BODY_AFTER = frozenset({"movement", "party", "bloc", "faction", "militia", "coalition", "alliance"})


# a relative named in apposition: "Aram's father, Kawa Mustafa," (a Kurdish son carries his father's name: "Aram Kawa Mustafa")
_KIN_APPOSITION_BEFORE = re.compile(r"(?:[’']s|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s(?:(?:elder|eldest|younger|youngest|older|late)\s)?"
                                    r"(?:father|mother|brother|sister|son|daughter|uncle|aunt|cousin|wife|husband|grandfather),?\s$")


# a parent named after the child's own full name: "the second of five children of Kawa Mustafa" after "Aram Kawa Mustafa"
_PARENT_OF_BEFORE = re.compile(r"\b(?:sons?|daughters?|child|children)[^\S\n]+of[^\S\n]+$")


_PEER_TITLE_BEFORE = re.compile(r"(?<![\w’'-])(Lord|Lady|Baroness|Baron)[^\S\n]$")


def _tails_resolved(text: str, full: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each name that is the last words of one longer name named before it ("Hama Karim" after "Rebwar Hama
    Karim") stands for that name, unless it is named as a relative ("Aram's father, Kawa Mustafa," or "a son of Kawa
    Mustafa" after "Aram Kawa Mustafa": the father, whose name the son carries; so is every later mention of it)."""
    first: dict[str, int] = {}
    for s, _, name in full:
        first.setdefault(name, s)
    longer: dict[str, set[str]] = {}
    for name in first:
        words = _key(name).split()
        for k in range(1, len(words) - 1):  # tails of two words or more
            longer.setdefault(" ".join(words[k:]), set()).add(name)
        if _PEER_DESIGNATED.fullmatch(name):
            longer.setdefault(" ".join(words[:2]), set()).add(name)  # "Lord Dunmore" after "Lord Dunmore of Kelso"
        elif len(words) >= 2 and (title := _PEER_TITLE_BEFORE.search(text, max(0, first[name] - 10), first[name])):
            # "Baroness Ashworth" after "Baroness Celia Ashworth": a peer is named again by the title and the surname
            longer.setdefault(f"{_key(title.group(1))} {words[-1]}", set()).add(name)
    out = []
    relatives: set[str] = set()  # names once named as the relative: later mentions are that relative too ("Kawa Mustafa said")
    for s, e, name in full:
        owners = {n for n in longer.get(_key(name), ()) if first[n] < s}
        if owners and (_KIN_APPOSITION_BEFORE.search(text, max(0, s - 30), s)
                       or _PARENT_OF_BEFORE.search(text, max(0, s - 30), s)):
            relatives.add(name)
        if name in relatives:
            owners = set()
        out.append((s, e, owners.pop() if len(owners) == 1 else name))
    return out


@lru_cache(maxsize=64)
def _starts(text: str) -> tuple[int, ...]:
    return tuple(m.start for m in people(text))


def mention_at(text: str, start: int, end: int) -> Mention | None:
    """The person mention lying inside ``text[start:end]`` and ending last, if any."""
    found, starts = people(text), _starts(text)
    for k in range(bisect_left(starts, end) - 1, bisect_left(starts, start) - 1, -1):
        if found[k].end <= end:
            return found[k]
    return None


def mentions_before(text: str, pos: int, window: int) -> list[Mention]:
    """The person mentions ending at or before ``pos`` that start less than ``window`` characters before it."""
    found, starts = people(text), _starts(text)
    return [m for m in found[bisect_left(starts, pos - window):bisect_right(starts, pos)] if m.end <= pos]
