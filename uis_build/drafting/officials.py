"""Officials candidates: a person's name with the public role the article gives them.

Four ways news copy names an official: a title before the name ("UK Home Secretary Yvette
Cooper", "Minister for Border Security and Asylum Daniel Rourke"), a lowercase title before it
("Ranya mayor Dilshad Karim"), an appositive after it ("Mustafa al-Yasiri, head of Iraq's
Anti-Human Trafficking Directorate"), or a title and a comma ("the Iraqi Interior Minister,
Abdul Amir Al-Shammari"). "Member" is a role only of an institution ("council member X", not
"family member X"); a peer or knight with one name keeps the title in the name ("Baroness Ashcombe,
Minister of State"). A mention by the last words of another official's name ("Minister Hama Karim"
after "Rebwar Hama Karim") refers back: it is no new official. Of two posts joined by "and" ("spokesman and
MP for Ceredigion North") the first is proposed; a title after a name and "and" ("Home Secretary X and Iraq's Interior
Minister, Y") is the next person's. A barrister named by the side they argue holds a post ("X, prosecuting, told the court",
"Prosecuting, X said"; not the defence's). A newspaper's headline naming an office with no name ("Home Secretary in Erbil as
…") gives it to the person its standfirst opens with ("Helen Maitland promises …"), when the story calls someone by the
title too and gives that person no other role. A name with no such role is not proposed,
and neither is anyone the text introduces as a smuggler, suspect, victim or the like, whatever role words
surround them, nor anyone holding a post at a body the article calls a charity, NGO, company or university, or names
as one is named ("the Kent Refugee Action Network", "the Safe Passage Trust").
"""

from __future__ import annotations

import re
from functools import lru_cache

from uk_iraq_security.entities import entity_code

from ..parsing.geography import place_code
from ..parsing.numbers import fold, word_alternation
from .candidates import Candidate
from .text import BYLINE_START, FirstCharScan, at_line_starts, starts_ahead
from .transcripts import _PARTY as _PARTY_TEXT
from .transcripts import ADDRESSES, PARTY_RE, heading_officials

HEADS = (
    "Secretary|Minister|President|Vice-President|Commander|Director|Director-General|General|Chief|Head|"
    "Ambassador|Consul|Consul-General|Chancellor|Spokesperson|Spokesman|Spokeswoman|Governor|Mayor|"
    "Commissioner|Prefect|Sub-Prefect|Chair|Chairman|Chairwoman|Chairperson|Inspector|Superintendent|Constable|Judge|Recorder|Sheriff|Coroner|Colonel|"
    # (an air force's ranks above Group Captain: "Air Commodore X", "Air Vice-Marshal X")
    "Lieutenant|Brigadier|Captain|Sergeant|Admiral|Commodore|Marshal|Vice-Marshal|Envoy|Representative|Adviser|Advisor|Coordinator|Prosecutor|Speaker|"
    # (an Irish Dáil member is a "TD": "Fianna Fáil TD for Louth X")
    # (a legislator by the press's word for one, as "MP" is: "X, a Kurdistan Democratic Party lawmaker from Duhok")
    "Lawmaker|Legislator|"
    "Senator|MP|MEP|MSP|TD|Undersecretary|Under-Secretary|Councillor|Attorney|Executive|Officer|Official|Controller|Rapporteur|"
    # a judicial officer of the civil-law courts ("federal magistrate", "investigating magistrate"); an embassy's rank below
    # the ambassador's ("the Migration Counsellor at the British Embassy"); an agency's officer over a region ("Its regional
    # manager for Europe, X", of the NCA: _MANAGER_POST)
    "Magistrate|Counsellor|Manager|"
    # a central government's officer over a region, as Spain names it ("the Government Delegate in the Canary Islands"), and
    # over a province ("the government's sub-delegate in Cádiz": lowercase too, unlike a conference's "delegate")
    "Delegate|Sub-Delegate|Subdelegate|"
    # an Iraqi district's administrator, appointed by the state ("Soran's qaimaqam, X"; the Turkish spelling too)
    "Qaimaqam|Kaymakam|"
    # a state's or parliament's complaints officer, appointed by law to inspect its bodies ("Greece's ombudsman, X", "the
    # Prisons and Probation Ombudsman, X")
    "Ombudsman|Ombudswoman|Ombudsperson|"
    # an Italian province's chief of the state police, appointed by the interior ministry and heading its Questura ("the
    # Questore of Palermo, X"), as English stories keep the title untranslated
    "Questore|"
    # an embassy's head while it has no ambassador, before the name too: "British Chargé d'Affaires X" (and opening a
    # sentence with only its first word capitalised: "Chargé d'affaires X said")
    "Chargé d'Affaires|Chargé d’Affaires|Chargé d'affaires|Chargé d’affaires|"
    # the head of a Channel Island parish, elected and sitting in the States ("the Connétable of St Helier, X"); and the UK's
    # coastguard's head, whose title ends in the service's name ("Chief Coastguard X", not "Chief" of "Coastguard X")
    "Connétable|Connetable|Chief Coastguard|"
    # an embassy's officer posted from a ministry or a force, below the counsellor ("the embassy's migration attaché in
    # Baghdad, X", "Defence Attaché X")
    "Attaché|Attache|"
    # an elected council's leader, before the name ("council leader X", "Council leader X") or after it ("X, the council
    # leader"): "Leader" alone stays out, as a party's, a gang's or a community's leader holds no public post
    "Council Leader|Council leader|"
    # ... and a police or border force's section head, as Nordic forces title him ("Section leader X at the airport's border
    # control unit", the Norwegian "seksjonsleder"): "Section" bars a gang's or a community's leader
    "Section Leader|Section leader|"
    # an Irish police officer's rank, as "Detective Constable" is a British one ("Detective Garda X told the court"; "Garda"
    # alone names the force as often: "Garda National Immigration Bureau")
    "Detective Garda"
)
_HEADS_RE = word_alternation(HEADS.split("|"))  # a trie: one try per position, not one per title
# a title that is one only capitalised: "UNHCR's Representative in Iraq" holds a post, a "sales representative" or a "union
# representative" none
# (a "trauma counsellor" holds none either, nor a party conference's "delegate")
_CAPITAL_ONLY_HEADS = {"representative", "counsellor", "delegate", "td"}
# ... and one that is one only in lowercase: a village's "mukhtar" (its headman, appointed by the state) holds a post, while
# "Mukhtar" capitalised is a forename ("Mukhtar Ahmed")
_LOWER_ONLY_HEADS = {"mukhtar"}
_HEADS_LOWER_RE = word_alternation([h for h in HEADS.lower().split("|") if h not in _CAPITAL_ONLY_HEADS] + sorted(_LOWER_ONLY_HEADS))
# a lowercase "captain" right before a name leads a team or steers a boat ("captain X scored from the spot"); an officer's
# rank before the name is capitalised
_NOT_LOWER_BEFORE = _CAPITAL_ONLY_HEADS | {"captain"}
_HEADS_LOWER_BEFORE_RE = word_alternation([h for h in HEADS.lower().split("|") if h not in _NOT_LOWER_BEFORE] + sorted(_LOWER_ONLY_HEADS))
# "Rep." is a US representative's title ("Rep. Dana Whitfield, a Michigan Democrat")
# (a British police officer's rank is worn abbreviated before the name: "PC Jo Hart", "DCI Ben Ruiz", "PCSO Ann Lee"; a chief's
# rank too, "Ch" before it: "Det Ch Insp Ruth Oliver", whose name does not open at "Ch")
_HEAD_ABBR = r"(?:Brig|Gen|Lt|Col|Maj|Sgt|Capt|Cmdr|Adm|Insp|Supt|Det|Ch|Cllr|Rep|PCSO|PC|WPC|DCI|DC|DSU|DS|DI|DCS)\.?"
_HEAD_ABBR_RE = re.compile(_HEAD_ABBR)
# its words with and without the stop: _is_head asks of most words of a text, and a set answers far more cheaply than
# the pattern (tests/test_drafting_fast_paths.py)
_HEAD_ABBRS = frozenset(a + stop for a in _HEAD_ABBR.removeprefix("(?:").removesuffix(r")\.?").split("|") for stop in ("", "."))
_ROLE_TOKEN = re.compile(r"[^\s,]+")
_POSSESSIVE = re.compile(r"[’']s$")
# a plural's, owning a post only when a public body's, its name's start maybe cut before "and" ("the Ministry of Labour and
# | Social Affairs' director"; a firm's, "Rafa Wings' chief executive", keeps its name in the role for _private to judge)
_PLURAL_POSSESSIVE = re.compile(r"s[’']$")
# (an embassy's head while it has no ambassador is its "chargé d'affaires": two words, the title's noun the second)
_HEAD_WORDS = {h.lower() for h in HEADS.split("|")} | {"spokesperson", "head", "d'affaires", "d’affaires"} | _LOWER_ONLY_HEADS
# ("Miss Hollins" after Clara Hollins, as "Mrs Hollins" would be)
_HON = r"(?:Sir|Dame|Lord|Lady|Baroness|Baron|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Prof\.?|Professor|Ma[iî]tre)"
# a French or Belgian police officer's rank, worn before the name as an English "Superintendent" is
_POLICE_RANK_FR = r"Commissaire(?: divisionnaire| principal| en chef)?"
# a rank of a French force that no title list holds, worn before the name: "Commandant X" of the gendarmerie, "Commissaire X"
# of the police (as "Major" is, only before a name)
_FRENCH_RANK_BEFORE = rf"Commandant|{_POLICE_RANK_FR}"
# a German or Austrian police officer's rank, one word worn before the name: "Kriminalhauptkommissar X", "Polizeioberrat X",
# "Kriminaloberkommissarin X" (a woman's, "-in"), "Erster Polizeihauptkommissar X"
_GERMAN_POLICE_RANK = (r"(?:(?:Erster|Leitender) )?(?:Kriminal|Polizei)(?:haupt|ober)?(?:kommissar|rat|direktor|meister|inspektor)"
                       r"(?:in)?")
# a military or police rank: a title worn with the name, not the post held ("Brigadier General X, the spokesman"; one
# hyphenated word too, "Vice-Admiral X", else kept as the name's first word)
RANK = (r"(?:(?:Brigadier|Major|Lieutenant|Lt\.?|Maj\.?|Brig\.?)[ -])?(?:General|Colonel|Gen\.?|Col\.?)"
        r"|Brigadier|Captain|Major|Lieutenant|Sergeant|(?:(?:Vice|Rear)-)?Admiral|Commodore"
        # ... and a French navy's or army's, as a French service's spokesperson wears it: "Capitaine de frégate X"
        r"|Capitaine(?: de (?:frégate|vaisseau|corvette))?|Lieutenant de vaisseau|Commandant|Général|(?:Contre|Vice)-amiral"
        # ... and a continental police officer's, worn the same way and no part of the name: "Commissaire X" (a Belgian or
        # French police chief), "Hoofdcommissaris X", "Comisario X", "Commissario X"
        rf"|{_POLICE_RANK_FR}|Inspecteur(?: principal)?|(?:Hoofd)?commissaris|Hoofdinspecteur"
        r"|Commissaris|Comisario|Commissario"
        # ... and a German or Austrian police officer's: "Polizeihauptkommissar X, spokesman for ..." (X is the name)
        rf"|{_GERMAN_POLICE_RANK}")
# (the letters a rank can open on, looked ahead for first: most words asked of are a name's or a post's, and fail on that
# one test instead of entering every alternative)
_RANK_AHEAD = "(?=[ABCEGHIKLMPRSVc])"
_RANK_ONLY = re.compile(rf"{_RANK_AHEAD}(?:(?:{RANK})\s*)+")
_HON_RE = re.compile(_HON)
# letters past Latin-1 too: Turkish "Aktaş", "Şahin", Polish "Wałęsa", and Romanian's comma-below "ș"/"ț" (Latin
# Extended-B: "Mureșan", "Țurcanu"), which else cut a name at its first such letter
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ŽȘȚ][a-zß-öø-ÿĀ-žș-ț]+(?:[-’'][A-Z]?[a-zß-öø-ÿĀ-žș-ț]+)*"
# (an Irish "O'" joins a capitalised surname, no word of its own: "O'Rourke", "O’Brien", which "[A-Z][a-z]+" cut at the "O")
_NAME_TOKEN = rf"(?:(?:al|el)-{_CAP}|Mc{_CAP}|O[’']{_CAP}|{_CAP})"
# the lowercase particles a name holds between its capitalised words, one or two of them: "Pieter de Vries", "Ellen van den
# Berg", "Maria de la Cruz", "Hussein bin Ali"
PARTICLES = ("bin", "ibn", "bint", "al", "el", "de", "da", "di", "del", "della", "dos", "das", "van", "von", "der", "den", "ter", "ten",
             "du", "le", "la")
_PARTICLE = rf"(?:{'|'.join(PARTICLES)})"
_NAME = rf"{_NAME_TOKEN}(?: (?:{_PARTICLE} ){{0,2}}{_NAME_TOKEN}){{1,3}}"
_NAME_RE = re.compile(rf"{_NAME}(?![\w’'-])")
# "member" is a role only of an institution: "council member", "member of parliament" (not "family member")
_MEMBER = (r"(?i:(?:(?:city|town|provincial|district|parliamentary|security|executive) )?"
           r"(?:council|committee|board|cabinet|parliament|assembly|senate|commission) member"
           # (a body's name may run to a place and a kind before its head: "member of the Kirkuk Provincial Council")
           # (not a body told with "a": "a member of a tribal council" sits on no public one)
           # (its name may join two words by "and": "member of the Security and Defence Committee")
           r"|member of (?:the )?(?:(?!an? )[a-z]+ (?:and )?){0,3}(?:parliament|council|committee|board|cabinet|assembly|senate|commission))"
           # ... so is a legislator named with his party before: "a Kurdistan Democratic Party member of parliament from Duhok"
           r"|(?:[A-Z][\w’'-]* ){1,4}member of parliament\b"
           # a legislator by constituency: "the Labour member for Bradford Moor" (a debate's summary capitalises it: "the
           # Liberal Democrat Member for North Cornwall")
           r"|(?:[A-Z][\w’'-]* )*[Mm]ember for [A-Z]")
# a Scottish prosecutor's title, two words, the second or both lowercase: "Advocate depute X", "procurator fiscal X"
_PROSECUTOR = r"(?i:advocate depute|procurator fiscal(?: depute)?|fiscal depute)"
_MEMBER = rf"{_MEMBER}|{_PROSECUTOR}"
_MEMBER_RE = re.compile(_MEMBER)
# a barrister named by the side they argue, as court reports write it: "X, prosecuting, told the court", "X, prosecuting for
# the Crown, said"; only in apposition ("was prosecuting X" names the accused), and the defence's "X, defending Y," holds no post
_PROSECUTING = re.compile(r"prosecuting(?: counsel| for the (?:Crown|CPS|Crown Prosecution Service))?"
                          # ... or by the side counsel is for: "X, counsel for the Crown, submitted" (not the appellant's)
                          r"|(?:leading |junior )?counsel for the (?:Crown|prosecution|CPS)")
# ... or opening the sentence, before the name and its verb: "Prosecuting, X told the court" ("Defending, X said" holds no post)
# (or named as counsel, the name in apposition: "Prosecuting counsel, X KC, told the jury")
# (or by the speech that opens a trial, which only prosecuting counsel gives: "Opening the case for the prosecution, X KC told
# the jury")
_OPENING_CASE = r"Opening (?:the (?:case|trial) )?for the (?:prosecution|Crown)|Opening the (?:prosecution|Crown)(?:[’']s)? case"
_PROSECUTING_OPENING = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<role>Prosecuting(?: counsel| for the (?:Crown|CPS|Crown Prosecution Service))?|{_OPENING_CASE}),?\s(?P<name>{_NAME})"
    r"(?:\s(?:KC|QC))?,?(?=\s(?:told|tells|said|says|added|adds|opened|described|explained|argued|outlined|asked|showed|read)\b)")
# a peer's or knight's title with one name is the name as written: "Baroness Ashcombe", "Lord Pemberton"
_PEER = r"(?:Baroness|Baron|Lord|Lady|Dame|Sir)"
_PEER_WORDS = ("Baron", "Lord", "Lady", "Dame", "Sir")  # one is in every _PEER: without them the text is not scanned for a peer
# (a life peer's territorial designation is the name's too: "Lord Dunmore of Kelso", "Baroness Hale of Richmond")
_DESIGNATION = rf"(?: of {_CAP}(?: {_CAP})?(?![\w’'-]))?"
_ONE_NAMED_PEER = re.compile(rf"{_PEER} {_CAP}{_DESIGNATION}")
_ROLE_WORD = rf"(?:{_HEAD_ABBR}(?!\w)|[A-Z][\w’'&-]*|(?:of|for|and|on|to|the)(?= [A-Z]))"

_NOT_NAME = {
    "office", "agency", "ministry", "force", "command", "government", "region", "regional", "directorate",
    "department", "council", "statement", "agreement", "police", "unit", "service", "court", "crown", "group",
    "organization", "organisation", "committee", "republic", "kingdom", "union", "nations", "security", "border",
    "crime", "home", "interior", "foreign", "affairs", "federal", "national", "international", "migration",
    "relief", "board", "forum", "channel", "europe", "iraq", "iraqi", "british", "britain", "kurdistan", "kurdish",
    "news", "press", "release", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "the", "this", "that", "in", "on", "at", "and", "prime", "deputy", "state", "said",
    # the last word of a body's or a place's name, never a surname ("Border Ports Authority", "the Dispatch Box")
    "authority", "authorities", "administration", "bureau", "institute", "inspectorate", "tribunal", "secretariat",
    "taskforce", "corps", "gendarmerie", "army", "navy", "presidency", "consulate", "ports", "box", "chamber",
    "forces", "guard", "guards",  # "Commander of the Border Guard Forces": a body's words, no name
    "statistics",  # "Official Statistics", a release's masthead: no surname
    "company",  # "the General Company for Ports of Iraq": a rank's word before it, no name after
    # a crime a body fights, never a surname: "Director General of Combating Human Trafficking", "Office for Countering Terrorism"
    "trafficking", "smuggling", "terrorism", "extremism", "slavery", "exploitation",
    # ... or a financial crime: "Iraq's Anti-Money | Laundering and Counter-Terrorism Financing Office"
    "laundering", "financing", "corruption", "narcotics",
    # a portfolio's people, never a surname: "Corporate Director of Children, Young People and Education"
    "people", "children",
    # ... nor a portfolio's word a name pattern runs into: "Minister for Victims and Community | Safety Fiona Baird"
    "safety", "veterans", "equalities", "policing", "communities", "safeguarding", "asylum", "immigration", "housing", "welfare",
    # ... nor the crime a prosecuting or policing body is named for: "Specialist Prosecutor in the CPS | Serious Economic,
    # Organised Crime and International Directorate", "the Serious Fraud Office"
    "serious", "economic", "organised", "organized", "fraud",
    # ... nor a portfolio's last word before the name: "Director General of Vocational | Training Sherzad Othman"
    "training", "education", "employment",
    # ... nor a portfolio's abstract noun after "and" ("Minister for Migration and International | Protection X", "Trade and
    # Development X"): the last word of a portfolio of two words, never a forename
    "protection", "cooperation", "integration", "development", "reconstruction",
    # ... nor a directorate's last words: "Director of Immigration | Enforcement Operations" (after it, the name)
    "enforcement", "operations",
    # ... nor a directorate's abstract last word before the name: "Director of Threat | Leadership X", "Head of Border |
    # Intelligence Y", "Director of Returns | Strategy Z" (never a forename)
    "leadership", "intelligence", "strategy", "policy", "planning", "resilience", "partnerships",
    # a decree's or an act's name and its number, never a person's: "under the anti-trafficking law, Law No. 28 of 2012" ("Law"
    # is a surname too: people.law_name)
    "decree", "act", "no",
    # a charity's last word, never a surname: "Chief Executive of Freedom | Path Trust"
    "trust", "foundation", "charity",
    # the last word of a street's name, never a surname: an address line ("Office of the Commissioner, | Mill Road, Dover")
    "road", "street", "avenue", "boulevard",
    # ... nor a lodging's or a place of worship's, where a meeting is set: "Opening the talks at the Grand Tigris | Hotel,
    # the Interior Minister, X" names no Grand Tigris Hotel in office (no surname: "Kitchen" is, so eateries stay out)
    "hotel", "hostel", "motel", "mosque",
    # ... nor a world region a minister's portfolio ends on, which the gazetteer of countries lacks: "Minister for the Middle
    # East and North | Africa X", "Minister for the Americas and | Caribbean Y" (never a forename)
    "africa", "americas", "caribbean",
} | (_HEAD_WORDS - _LOWER_ONLY_HEADS)
# a capitalised word no name starts with: the portfolio goes on ("Commissioner for Home | Affairs Magnus Brunner")
_NOT_NAME_WORD = word_alternation(sorted(w.title() for w in _NOT_NAME if w.isalpha()))
# what the patterns below can start with, looked ahead for first: most word starts start none of them, and fail on one
# character test instead of every alternative (tests/test_drafting_fast_paths.py keeps them in step)
# a capital, "former", "acting", or "of|for|and|on|to|the" before a capital (the words whole: "the", "to", "of" without a
# capital after them, most lowercase word starts, fail here, not in the role's alternatives)
_TITLE_AHEAD = r"(?=[A-Z]|former |acting |(?:and|for|o[fn]|t(?:he|o)) [A-Z])"
_NAME_AHEAD = r"(?=[A-ZÀ-ÖØ-ÞĀ-ŽȘȚ]|[ae]l-)"  # a rank, title or honorific, or a name ("al-", "el-", "Mc", a capital)
# 1. capitalised title before the name; a portfolio ("for Border Security and Asylum") or a post's place ("Consul General in
# Erbil") may follow the title
_LISTED_ITEM = r"(?:, [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?(?=(?:, [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?){0,3},? and [A-Z]))"
_LOWER_BRIEF = r"(?!(?:the|a|an|his|her|its|their|our)\b)[a-z][\w’'-]*"
TITLE_BEFORE = re.compile(
    # ("Major" is no title word elsewhere, an adjective as often, "John Major" a name: only a rank before a name, "Major X Y")
    rf"(?<![\w’'-]){_TITLE_AHEAD}(?P<role>(?:(?:former|acting) )?(?:{_ROLE_WORD} )*?(?:{_HEADS_RE}|{_HEAD_ABBR}|Major|{_FRENCH_RANK_BEFORE}|{_GERMAN_POLICE_RANK})"
    # (a portfolio listed with commas, its last item after "and": "Minister for Justice, Home Affairs and Migration X")
    # (a post held at a ministry too: "State Secretary at the Interior Ministry X", also after its portfolio: "Secretary of
    # State at the Interior Ministry X")
    rf"(?: (?:of|for|to|on|in|at) (?:the )?[A-Z][\w’'-]*(?: (?:and |of |for |the |at the )?[A-Z][\w’'-]*|{_LISTED_ITEM})*?"
    # (a council's portfolio is written lowercase: "Director of children's services X", "Cabinet Member for adult social care X")
    # (no article among them: "Captain of the King's Bodyguard" is a capitalised portfolio, no name after "the")
    rf"| (?:of|for) {_LOWER_BRIEF}(?: {_LOWER_BRIEF}){{0,2}}?"
    # (a magistrates' court's chair is titled with the bench he chairs, lowercase and with its article: "Chair of the bench X")
    rf"| of the bench)?)"
    # (a rank's abbreviation after the role's first is the role's: "Lt Gen | Abdulkarim Hadi Al Zubaidi", not "Lt | Gen …" cut
    # at the name's fourth word)
    rf" (?:{_HON} )?(?P<name>(?!{_NOT_NAME_WORD}(?![\w’'-])|{_HEAD_ABBR} ){_NAME})(?![\w’'-])"
)
# 2. lowercase title before the name: "Ranya mayor Dilshad Karim", "spokesperson Brig. Gen. X"
# (a lowercase "counsellor" is a diplomat's rank only named with the mission: "embassy counsellor X", "consular counsellor Y";
# a "trauma counsellor" or a "school counsellor" holds no post)
_MISSION_COUNSELLOR = r"(?:embassy|consulate|consular) counsellor"
# (an "administrator" is the state's only named with its district, the English for "qaimaqam": "Soran district administrator
# X"; a "hospital administrator" or a "network administrator" before a name holds no public post)
_DISTRICT_ADMINISTRATOR = r"(?:district|sub-district|subdistrict|county) administrator"
LOWER_BEFORE = re.compile(
    rf"(?<![\w’'-])(?P<role>(?:[A-Z][\w’'-]* |[a-z]+ ){{0,2}}{_HEADS_LOWER_BEFORE_RE}|(?:[A-Z][\w’'-]* )?{_MEMBER}|{_MISSION_COUNSELLOR}"
    rf"|(?:[A-Z][\w’'-]* )?{_DISTRICT_ADMINISTRATOR})"
    rf" (?:(?:{_HEAD_ABBR}|{_HEADS_RE}) )*(?:{_HON} )?(?P<name>{_NAME})(?![\w’'-])"
)
# what every LOWER_BEFORE match holds: a lowercase title and a space before a capital (or "al-"), or "member";
# most articles have none and are not scanned with the slower pattern
_MAY_HOLD_LOWER_TITLE = re.compile(rf"{_HEADS_LOWER_BEFORE_RE} (?:[A-ZÀ-ÖØ-ÞĀ-ŽȘȚ]|al-|el-)|(?i:member|depute|fiscal)|{_MISSION_COUNSELLOR}|{_DISTRICT_ADMINISTRATOR}")
_LOWER_HEADS = tuple(f"{h} " for h in sorted({h.lower() for h in HEADS.split("|")} - _NOT_LOWER_BEFORE | _LOWER_ONLY_HEADS))
_NAME_START = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ŽȘȚ]|al-|el-")
_MISSION_COUNSELLOR_RE = re.compile(_MISSION_COUNSELLOR)
_DISTRICT_ADMINISTRATOR_RE = re.compile(_DISTRICT_ADMINISTRATOR)


def _may_hold_lower_title(text: str) -> bool:
    """``_MAY_HOLD_LOWER_TITLE.search(text)``, by ``str.find``: some fifty finds cost less than the trie tried at every
    position; ``fold`` lowers as the pattern's (?i:) compares."""
    for head in _LOWER_HEADS:
        at = text.find(head)
        while at != -1:
            if _NAME_START.match(text, at + len(head)):
                return True
            at = text.find(head, at + 1)
    folded = fold(text)
    return "member" in folded or "depute" in folded or "fiscal" in folded or ("counsellor" in text and bool(_MISSION_COUNSELLOR_RE.search(text))) \
        or ("administrator" in text and bool(_DISTRICT_ADMINISTRATOR_RE.search(text)))
# honours and post-nominals after a name are no part of it: "Fiona Sinclair KC", "Jane Doe MSP, the convener"
# (a senior civil servant's or diplomat's order too: "Sir X KCB", "Y CMG", and a police officer's medal: "Z QPM")
_POST_NOMINALS = r"(?: (?:KC|QC|MP|MSP|MS|AM|MLA|MEP|TD|OBE|MBE|CBE|KBE|DBE|GCB|KCB|DCB|CB|GCMG|KCMG|DCMG|CMG|KCVO|DCVO|CVO|LVO|QPM|KPM))*"
# 3. appositive: "Name, [the|a] role," (an age may come first: "X, 47, the agency's liaison officer in Iraq") -- the role ends at a comma, full stop, "said", a bracket or the line's end, or a bracket closing
# the line ("Made by: X, Minister for Border Security (Home Office)": a written statement's byline, its department in brackets)
# (a post in a ministry's directorate runs long: "X, Director General of the Anti-Smuggling Directorate at the Ministry of
# Interior of the Kurdistan Regional Government, also took part" is some 120 characters and 17 words)
# (a square bracket closes a broadcast script's cue, no word of the role: "[SOT – X, Minister for Border Security]"; so does a
# bar, the cue's next field: "[SOT – CAPTION: X, Minister for Border Security | RECORDED 0930]")
MAX_ROLE_CHARS, MAX_ROLE_WORDS = 160, 24
# (a member of the States of Jersey or of Guernsey is styled "Deputy" before the name, no word of it: "Deputy X Y, Minister for
# Home Affairs, said", "The Minister for Health, Deputy X Y, said"; not a deputy's post named after it, "Deputy Chief Constable
# X", "Deputy Prime Minister X")
_ISLAND_DEPUTY = rf"Deputy(?= (?!(?:[A-Z][\w’'-]* ){{0,2}}(?:{_HEADS_RE})(?![\w’'-]))[A-Z])"
APPOSITIVE = re.compile(
    rf"(?<![\w’'-]){_NAME_AHEAD}(?:(?:{RANK}|{_HEAD_ABBR}|{_HEADS_RE}|{_HON}|{_ISLAND_DEPUTY}) )*(?P<name>{_NAME}){_POST_NOMINALS}(?:,\s\d{{2}},\s(?:the|a|an) |,\s(?:(?:the|a|an) )?)"
    # (after an age, only with its article: "X, 49, became …" tells what X did, no post)
    # (a body's initials in brackets are a word of the role: "an MP from the Kurdistan Democratic Party (KDP) bloc")
    # (a gloss in brackets closes it before the comma, the body's name in its own language: "X, a press officer with police
    # region West (polisregion Väst), told reporters", lowercase; a body's initials stay a word of it, and "(retd)" says the
    # post is no longer held)
    rf"(?P<role>(?:[^,.;:()[\]“”\"\n]|\([A-Z]{{2,8}}\)){{2,{MAX_ROLE_CHARS}}}?)(?=,|\.(?:\s|$)|;|[)\]]| said\b| told\b| who\b| \([^()\n]*\)[^\S\n]*(?:\n|$)| \| |\n|$"
    rf"| \((?!(?:retd|retired|ret|rtd|former|emeritus|outgoing)\b)[a-zß-ÿ][^()\n]{{1,60}}\),)"
)
# 3b. a peer with one name, then the role after a comma: "Baroness Ashcombe, Minister of State at the Home Office"
PEER_APPOSITIVE = re.compile(
    rf"(?<![\w’'-])(?P<name>{_PEER} (?!{_NOT_NAME_WORD}(?![\w’'-])){_CAP}{_DESIGNATION}),\s(?:(?:the|a|an) )?"
    rf"(?P<role>[^,.;:()[\]“”\"\n]{{2,{MAX_ROLE_CHARS}}}?)(?=,|\.(?:\s|$)|;|[)\]]| said\b| told\b| who\b| \([^()\n]*\)[^\S\n]*(?:\n|$)| \| |\n|$)"
)
# 3c. the role in brackets after the name: "Fiona Reed (deputy director of returns at the Home Office) said" (a party, "(Lab)",
# or a seat, "(Dover)", holds no title and is not proposed)
PAREN_AFTER = re.compile(
    rf"(?<![\w’'-]){_NAME_AHEAD}(?:(?:{RANK}|{_HEAD_ABBR}|{_HEADS_RE}|{_HON}|{_ISLAND_DEPUTY}) )*(?P<name>{_NAME}){_POST_NOMINALS} \((?:(?:the|a|an) )?"
    rf"(?P<role>[^()“”\"\n]{{2,{MAX_ROLE_CHARS}}}?)\)"
)
# a party's or a country's possessive the name pattern took for a forename: "Labour's X, the MP for Y", "Norway's X, the
# ambassador in Baghdad" (a party's name in title case; its initials, "the SNP's", are no name word)
_OWNER_OPENING_NAME = re.compile(r"([A-Z][a-z]+)[’']s ")
_PARTY_OWNERS = {"Labour", "Reform", "Plaid", "Tory", "Alliance", "Gorran"}
# ... but a bracket opening with a capital "The" glosses a title in English, no post: "the station's phone-in, Dengi Gel (The
# Nation's Chair)", a programme's or a paper's name translated (a post in brackets takes a lower-case article, "(the consul)")
_TITLE_GLOSS = "The "
# an attribution closing the reported sentence: "..., the spokesman said." (an appositive takes a comma before the verb)
_ATTRIBUTION_AFTER = re.compile(r" (?:said|says|added|adds)[.,]")
# ... and the subject of the main clause after an opening phrase that ends with a name: "Answering a question tabled by the
# Labour peer X, the minister said the Government …" (an appositive closes with a comma before the verb: "X, the minister, said")
_MAIN_CLAUSE_AFTER = re.compile(r" (?:said|says|told|tells|added|adds|replied|replies|confirmed|confirms)[^\S\n](?=[\w“\"])")
_WORD_BEFORE_NAME = re.compile(r"[a-z][\w’'-]*[^\S\n]$")
# a verb after "Name, " opens the sentence's predicate, not an appositive: "X, met the ambassador", "X, told MPs"
# (a state agency's: "the Prime Minister, Mr. X, received the Minister of Finance, Mr. Y", "X, hosted the Consul")
_VERB_OPENING = re.compile(r"(?:met|meets|said|says|told|tells|asked|asks|visited|visits|urged|urges|added|warned|welcomed|announced|"
                           r"received|receives|hosted|hosts|inaugurated|inaugurates|attended|attends|thanked|thanks|"
                           r"discussed|discusses|reviewed|reviews|stressed|stresses|affirmed|affirms|"
                           # (an auxiliary opening a passive or a perfect: "the talks, held at Mansion House, were chaired by
                           # Minister X": the place's name is the subject of no post)
                           r"was|were|is|are|has\sbeen|had\sbeen|have\sbeen)\b")
_LIST_GOES_ON = re.compile(r"(?:and|or)\s")
# a name closing the words taken for a role: "while the British side included Jo Roe" (the comma after it opens Jo Roe's own)
_NAME_CLOSES = re.compile(rf"\s{_NAME}$")
# ... and so does a pronoun: the name before it is addressed or a clause's subject ("Colonel X, you head the directorate",
# "X, he said, …"), the words after it no title
# (a relative pronoun for a thing too: "the Returns Framework, which the Home Secretary signed": the name is no person's)
_PRONOUN_OPENING = re.compile(r"(?:you|he|she|we|they|I|which|where)\s")
# ... and a participle with its preposition opens a clause: "X, travelling with the minister,", "X, speaking to the Home
# Secretary,": the title after it is someone else's ("acting" opens a title: "X, acting minister"); "X, prosecuting for the Crown," is counsel
# a participle's clause after the title tells what its holder does in the story, no part of the post: "X, the public
# prosecutor | representing Britain, told the court", "the officer | leading the inquiry" (only right after a head word:
# "senior investigating officer", "head of policing" keep theirs)
_DOING_AFTER_HEAD = re.compile(r"([A-Za-z]+) [a-z]{2,}ing (?=[\w“\"‘'])")
_PARTICIPLE_OPENING = re.compile(r"(?!(?:acting|prosecuting)\b)[a-z]+ing (?:with|to|alongside|beside|behind|next to|for|at|in|on)\b")
# an appositive opening with the circumstance of the mention, someone else's post after it: "X, in the presence of the Minister
# of Interior, Y", "X, at the invitation of the Prime Minister", "X, on behalf of the Home Secretary", "X, accompanied by the
# consul": no post of X's
_CIRCUMSTANCE_OPENING = re.compile(r"(?:(?:in|at|on|upon|under)\s+(?:the\s+|his\s+|her\s+)?(?!charge\s)[a-z]+\s+of|alongside|accompanied\s+by|"
                                   r"together\s+with|along\s+with|with)\s")
# 4. title, comma, name: "British Home Secretary, Yvette Cooper", "its director, Dr Nasreen Faraj"
# (a member's party and seat in brackets may follow the name: "The area's MP, Jo Roe (Lab, Dover and Deal), said")
# (a member of the States of Jersey or of Guernsey is styled "Deputy" before the name: "The Minister for Health, Deputy X
# Y, said"; not a deputy's post named after it, "Deputy Chief Constable X", "Deputy Prime Minister X": _ISLAND_DEPUTY)
# (a life peer's name keeps its territorial designation: "The Minister for Asylum, Lord Dunmore of Kelso, told the committee"; the
# designation's "of" is no body's, which takes "the")
# (a profession may be worn lowercase before the name, as "Engineer" is (_PROFESSION_STYLES): "the port's director,
# engineer X Y, said" names X Y)
TITLE_COMMA = re.compile(
    rf", (?:(?:{RANK}|{_HEAD_ABBR}|{_HON}|{_ISLAND_DEPUTY}|engineer|eng\.) )*(?P<name>{_PEER} {_CAP} of {_CAP}(?: {_CAP})?(?![\w’'-])|{_NAME}){_POST_NOMINALS}(?: \((?:{_PARTY_TEXT})(?:, [^()\n]{{1,60}})?\)"
    # ... or the seat alone, after a member's title ("My MP, Jo Roe (Dover and Deal), wrote"): kept only for one (_SEAT_HOLDER)
    r"| \((?P<seat>[A-Z][\w’'-]*(?:,? (?:and |& )?[A-Z][\w’'-]*){0,4})\))?"
    # ... or the body the holder serves, named after the name: "the senior investigating officer, X of the National Crime
    # Agency, told the court" (the body is no part of the name nor of the title before the comma)
    # ... or a colon opening the holder's quotation: "It quotes the Border Security Minister, X: “…”"
    r"(?=,| said\b| told\b| has\b| is\b| was\b|\.|;|$| and\b|:\s?[“\"]| of the (?:[A-Z][\w’'-]* (?:(?:of|for|and) )?){0,5}[A-Z][\w’'-]*(?:,| said\b| told\b|\.))"
)

# a role that only calls its holder an officer ("the Iraqi officer", "an interior ministry officer"): before a rank worn with
# the name, the rank is the title the holder is named by
_OFFICER_LAST = re.compile(r"\bofficer$")
_SEAT_HOLDER = re.compile(r"\b(?:MP|MSP|MS|MEP|MLA|TD)$")
# a party's initials in brackets after the name, as foreign parties are given whatever the post ("the state's interior
# minister, X (CSU), announced", "the mayor, Y (N-VA), said"): no seat, the title before the comma is the post
_PARTY_INITIALS = re.compile(r"[A-Z](?:[a-z]?[A-Z]|-[A-Z]){1,4}")

# Words that make a person a subject of the story, not an official, when they describe them.
NOT_OFFICIAL = re.compile(
    # a post against them is an office: "director of anti-smuggling operations", "counter-trafficking unit"
    r"(?<!anti-)(?<!counter-)\b(?:smuggl\w*|trafficker\w*|traffick\w* (?:ring|network|gang)s?|gang\w*|suspect\w*|accused|alleged\w*|"
    r"convicted|jailed|sentenced|defendant\w*|kingpin|ringleader|victim\w*|survivor\w*|passengers?|wanted|"
    r"arrested|charged|drowned|died|brother|sister|mother|father|son|daughter|wife|husband|relative|widow)\b",
    re.IGNORECASE,
)
# NOT_OFFICIAL tried only at a word start opening on a first letter of its words: after its look-behinds it held only
# "\b", and the engine tried its case-blind alternation at every character of a role
_NOT_OFFICIAL_AT_WORDS = re.compile(r"\b" + starts_ahead(NOT_OFFICIAL) + NOT_OFFICIAL.pattern, NOT_OFFICIAL.flags)
# ... but a word of NOT_OFFICIAL in a public unit's capitalised name is what the unit fights: "head of Europol's European
# Migrant Smuggling Centre", "the Trafficking Victims Unit"
# (its name may join capitalised words by "and", "of", "in": "Human Smuggling and Trafficking Unit")
_UNIT_NAME_AFTER = re.compile(r"(?: (?:(?:and|of|for|in|on) )?[A-Z][\w’'-]*)*? (?:Centre|Center|Unit|Directorate|Division|Department|Command|Office|Agency|"
                              r"Bureau|Branch|Team|Taskforce|Task Force|Service|Section)\b")


# ... and so is the crime a named body's unit is told by, in lowercase: "head of the NCA's people smuggling division",
# "director of Europol's trafficking unit" (the body's name and its possessive before; a gang's "smuggling network" stays)
_BODYS_UNIT_BEFORE = re.compile(r"\b[A-Z][\w-]*[’']s (?:[a-z-]+ ){0,3}$")
_LOWER_UNIT_AFTER = re.compile(r" (?:unit|division|department|section|directorate|branch|desk|squad)\b")


def _against_subject(role: str) -> bool:
    """Does ``role`` hold a word of NOT_OFFICIAL ("smuggler", "victim") other than in a capitalised unit's name?"""
    return any(not (m.group(0)[:1].isupper() and (_UNIT_NAME_AFTER.match(role, m.end()) or _PORTFOLIO_BEFORE.search(role, 0, m.start())
                                                  or _PORTFOLIO_HEAD_AFTER.match(role, m.end()))
                    or m.group(0).endswith("ing") and _LOWER_UNIT_AFTER.match(role, m.end())
                    and _BODYS_UNIT_BEFORE.search(role, 0, m.start()))
               for m in _NOT_OFFICIAL_AT_WORDS.finditer(role))


# ... or the people a minister's or a commissioner's portfolio serves: "Minister for Victims and Community Safety", "the
# Commissioner for Victims and Witnesses", "Victims' Commissioner"
_PORTFOLIO_BEFORE = re.compile(r"\b(?:Minister|Secretary|Commissioner)\s(?:of|for)\s(?:the\s)?(?:[A-Z][\w’'-]*,?\s(?:and\s)?){0,3}$")
_PORTFOLIO_HEAD_AFTER = re.compile(r"[’']?\s(?:Minister|Commissioner)\b")


# a post at a charity, a company or a university is no public office ("director of the charity X")
# (a charity is run by trustees: "Chair of Trustees", "a trustee of the X")
# (a volunteers' group too: "a coordinator for the volunteer group Shore Watch")
# (a French or Belgian aid group is "the association", lowercase: "a coordinator with the association"; capitalised it opens a
# body's name, "the Association of Chief Police Officers")
# (and an aid, advocacy or rights group: "coordinator of the migrant aid group X")
# (a food bank, pantry or soup kitchen is a charity's or a church's, never the state's: "The pantry served 900 households,
# according to its coordinator, X")
PRIVATE_BODY = re.compile(r"\b(?:charit(?:y|ies)|NGO|food ?banks?|pantry|pantries|soup kitchens?|non-profit|campaign group|pressure group|volunteer group|(?:aid|advocacy|rights|support) group|"
                          # (a group named lowercase by the people it gathers: "coordinator of a women's group", "head of a
                          # residents' group"; not a body's, "the ministry's group on smuggling", nor one of states or their
                          # ministers, "the donors' group"; a state's group is named capitalised, "the Contact Group")
                          r"(?-i:(?:(?<![\w-])(?!(?:minister|state|donor|government|ministrie|member|countrie|nation|agencie|"
                          r"officer|official|prosecutor|judge)s[’'])[a-z]+s[’']|\b(?:wo)?men[’']s|\bchildren[’']s|\bpeople[’']s)\s+groups?)|"
                          # (a centre or an organisation told lowercase as a partner, an aid programme's or a charity's: "director
                          # of the partner centre in Dohuk", "a partner organisation in Zakho"; a state's partners are forces,
                          # agencies or governments: "the partner force")
                          r"(?-i:partner\s+(?:cent(?:re|er)|organi[sz]ation|group|clinic|shelter|project)s?)|"
                          # (a maker told by its trade, lowercase: "a spokesperson for the shipbuilder X", "the boat manufacturer
                          # Y"; a state's yard is named so, "the state shipyard")
                          r"(?<!state )(?<!naval )(?<!navy )(?-i:(?:ship|boat)builders?|shipyards?|manufacturers?|carmakers?)|"
                          # (Iraq's state-owned companies are named so: "the General Company for Ports of Iraq", "the
                          # State Company for Oil Marketing": their posts are public)
                          r"(?<!general )(?<!state )(?<!state-owned )"
                          # (a force's unit is a "company" too: "the gendarmerie company at Calais", "an infantry company")
                          r"(?<!gendarmerie )(?<!police )(?<!infantry )(?<!rifle )(?<!army )(?<!military )company|firm|"
                          # a centre for victims is run by a charity: "Payoke, the Antwerp centre for victims of human trafficking"
                          r"cent(?:re|er) for (?:the )?(?:victims|survivors)|"
                          # (so is an advice centre or service described lowercase, by the people it advises: "head of the
                          # refugee advice centre X", "a migrant advice service"; the state advises no one by that name)
                          r"(?-i:advice (?:cent(?:re|er)|service|bureau)s?)|"
                          # (spelt hyphenated or closed up too: "a think-tank")
                          r"university|college|think[ -]?tank|law firm|newspaper|magazine|trustees?|(?-i:associations?)|"
                          # (companies joined for one contract are a consortium, a company's post: "a spokesperson for the
                          # consortium that built the scanners", "X, head of the Anglo-German consortium")
                          r"consorti(?:um|a)|"
                          # (a trade's or an industry's lobby, described by what it is: "policy director at the trade body
                          # X", "an industry group")
                          r"(?:trade|industry) (?:body|bodies|groups?|associations?)|"
                          # (a lowercase "organisation" described as local or by its cause is a civil-society one: "the
                          # Mosul-based organisation X", "a rights organisation"; a public one is named capitalised, "the
                          # International Organization for Migration")
                          r"(?-i:(?:[A-Z]?[a-z]+-based|local|community|grassroots|civil society|non-governmental|aid|rights) "
                          r"organi[sz]ations?)|"
                          # (a tribe or a clan is led by its own sheikhs, no state's office: "head of a branch of the X tribe";
                          # lowercase, as "the Ministry of Tribal Affairs" is a public body)
                          r"(?-i:tribes?|clans?)|"
                          # (and so is a council of the tribes' sheikhs, their own gathering: "who chairs the Maysan Tribal
                          # Council", "head of the tribal council"; the state's post for them is named by its affairs,
                          # "Director of Tribal Affairs")
                          r"(?-i:[Tt]ribal (?:[Cc]ouncils?|[Aa]ssembl(?:y|ies)|[Gg]atherings?))|"
                          # (a trade union told lowercase, by the trade or the staff it organises: "vice-president of the
                          # hauliers' union X", "a dockers' union", "the trade union"; the European or the African Union is
                          # capitalised, a union of states)
                          # (and a trade's federation, told lowercase by the members it gathers: "spokeswoman for the
                          # growers' federation X", "the hauliers' federation X", "the trade federation"; "the Russian
                          # Federation" is capitalised, a state; a haulier is a firm: "a Polish driver for the haulier X")
                          r"(?-i:(?:trade|[a-z]+s[’']) (?:unions?|federations?))|(?-i:hauliers?)|"
                          # (an insurance or a trading house told by its trade, lowercase: "head of marine at the broker X",
                          # "the insurer X", "a spokesman for the underwriter X"; the state brokers no cover)
                          r"(?-i:(?:insurance |shipping |customs )?(?:brokers?|brokerages?|insurers?|underwriters?))|"
                          # (a French or Belgian activists' "collectif" is "the collective", lowercase, as a noun: "coordinator
                          # of the collective X"; not the adjective, "collective security", a lowercase word after it)
                          r"(?-i:collectives?(?! (?!of\b)[a-z])))\b", re.IGNORECASE)
# one is in every PRIVATE_BODY (lowered as re.IGNORECASE compares): an article with none calls no body private
_PRIVATE_WORDS = ("charit", "advice ", "ngo", "food bank", "foodbank", "pantr", "soup kitchen", "non-profit", "campaign group", "pressure group", "volunteer group", "aid group", "advocacy group",
                  "rights group", "support group", "partner ", "builder", "shipyard", "manufacturer", "carmaker", "'s group", "’s group", "s' group", "s’ group", "company", "firm", "university", "college",
                  "think tank", "think-tank", "thinktank", "newspaper", "magazine", "trustee", "airline", "carrier", "bank", "lender", "platform", " app",
                  "exchange office", "association", "organisation", "organization", "centre for", "center for",
                  "trade bod", "trade group", "industry bod", "industry group", "tribe", "clan", "consorti",
                  "collective", "union", "federation", "haulier", "broker", "insurer", "underwriter")
# (one search for them all, in fold(...): PRIVATE_BODY's case-blind alternation is tried at every character, far dearer;
# its "\s+" lets a group, a partner's body or a tribal council be told over two spaces or a line break)
_PRIVATE_WORD_RE = re.compile("|".join(map(re.escape, (*_PRIVATE_WORDS, "group", "partner", "tribal"))))


def _private_body(string: str) -> re.Match | None:
    """``PRIVATE_BODY.search(string)``, asked only when ``string`` holds a word of _PRIVATE_WORDS."""
    return PRIVATE_BODY.search(string) if _PRIVATE_WORD_RE.search(fold(string)) else None


# an airline by its trade word ("the aircraft carrier" is a warship)
_AIRLINE = r"(?:airline|(?<!aircraft )carrier)"
# a trading body the article describes by its trade: "Rafidain Wings, a private carrier", "X, the messaging app" (not in
# PRIVATE_BODY: a public post may hold the word, "airline liaison officer"; a state or central bank, lender or platform is
# public: "the central bank", "a government platform"; an airline is a company whoever owns it, so "the national carrier"
# or "the state airline" speaks for a company (tests/articles/README.md); "the aircraft carrier" is a warship)
# (so is a transport operator by its trade, whoever owns it, as an airline: "a spokesperson for the train operator X", "head
# of security at the ferry operator X")
# (an airport's operator too, as its spokesperson's is: "a spokesperson for the airport operator")
# (and a port's container or cargo terminal's, a company leasing it from the port: "a spokeswoman for the terminal operator
# X"; the port's own authority is named so, "the port authority", and stays)
_TRANSPORT_OPERATOR = (r"(?:train|rail|railway|bus|coach|ferry|tour|haulage|freight|shipping|transport|airport|terminal|container|"
                       r"cargo|logistics) operator")
_TRADE_BODY = (rf"(?:[^,.;:\n]{{0,60}}?\b(?:{_AIRLINE}|{_TRANSPORT_OPERATOR})s?\b"
               r"|(?![^,.;:\n]{0,40}?\b(?:state|national|central|government|public|flag)\b)[^,.;:\n]{0,60}?"
               r"\b(?:bank|lender|platform|app|exchange office)s?\b)")
# the last words of a charity's or a campaign's name, so no office ("spokesperson for the Kent Refugee Action Network")
# and no surname (people.py)
BODY_NAME_ENDS = ("Network", "Trust", "Foundation", "Association", "Society", "Alliance", "Coalition", "Initiative", "Project",
                  "Forum", "Collective",  # "coordinator of the Trent Refugee Forum", "a member of the Border Justice Collective"
                  # a shelter run by a charity is named for what it is: "director of the Sara Women's Refuge", "Noor Shelter"
                  "Refuge", "Shelter")
# (every alternative's first character is a capital A-Z, looked ahead for first: the other positions, most of a text, fail
# on that one test instead of entering every alternative opening with "\b", five times less time over a text)
# (the alternatives opening with a capitalised word read it once for all their next words, and those opening with "\b" test
# it once: no two alternatives moved past each other match at one position, so the matches are the same)
_PRIVATE_NAME_AHEAD = "(?=[A-Z])"
_PRIVATE_NAME = re.compile(_PRIVATE_NAME_AHEAD + rf"(?:[A-Z][\w’'-]* (?:(?:{'|'.join(BODY_NAME_ENDS)})\b"
                           # ... or a charity named "X Aid" ("coordinator of Shore Aid"; not "the Legal Aid Agency", a public one)
                           r"|Aid\b(?! [A-Z]))"
                           # ... or a company by the last word of its trading name, no legal form given, one check for every
                           # trade: "managing director of Talon Systems", an airline even when the state owns it ("a spokesman
                           # for Gulf Airways"), a contractor trading as "X Global" (a visa centre's operator), a maker's works
                           # ("Delta Steel Works"), a polling or research firm ("Meridian Social Research"), which the state
                           # commissions and does not run. Not with a capital after it ("the Border Systems Programme", "UK
                           # Research and Innovation", "the Medical Research Council": public bodies' names), nor after "and"
                           # (the ministry of "Higher Education and Scientific Research"), nor a ministry's "Public Works"
                           r"|(?<!and )(?!Public Works\b)[A-Z][\w’'-]* (?:Systems|Technologies|Solutions|Holdings|Consulting|Logistics|"
                           r"Freight|Haulage|Airways|Airlines|Global|Works|Research)\b(?! [A-Z]| and\b)"
                           # ... or a recruiting agent or a school trading as "X Education" ("Zanko Gate Education, which
                           # recruits students"; not a field's name, "Higher Education", nor "Health Education England")
                           r"|(?<!and )(?!(?:Higher|Further|Adult|Public|Special|Primary|Secondary|Physical|Religious|Legal|"
                           r"Medical|Vocational|Technical|Continuing|Tertiary|Basic|General|Compulsory|National|State|Civic|"
                           r"Health|Sex|Catholic|Islamic|Christian|Jewish|Community|Teacher) Education\b)[A-Z][\w’'-]* Education\b(?! [A-Z]| and\b)"
                           # ... or, after a word boundary, an advice centre, run by a charity for the people it advises
                           # ("director of policy at the Leeds Migrant Advice Centre", "Citizens Advice"): the state advises no one
                           # by that name; or a youth, rights or law centre ("director of the Hana Youth Centre in Duhok")
                           r"|\b(?:[A-Z][\w’'-]* (?:Advice(?: (?:Centre|Center|Service|Project|Bureau))?\b(?! [A-Z])|(?:Youth|Rights|Law) Cent(?:re|er)\b)"
                           # ... or a refugee council, every one a charity ("chief executive of the Irish Refugee Council",
                           # the Norwegian, the Danish, the Scottish one, or London's bare "Refugee Council")
                           r"|Refugee Council\b"
                           # (or named the other way round, "on" or "for" refugees: "the European Council on Refugees and
                           # Exiles", "the Canadian Council for Refugees"; the UN's "High Commissioner for Refugees" is no council)
                           r"|Council (?:on|for) Refugees\b"
                           # ... or an organisation named for the people it helps: "the Tamkeen Organisation for Women", "the
                           # Organization for Women's Freedom" (not "the International Organization for Migration": no people)
                           # (or for the aid it gives them: "the Organisation for Aid to Refugees")
                           r"|Organi[sz]ations? (?:for|of) (?:(?:Aid|Help|Assistance|Support) (?:to|for) )?(?:the )?(?:Women|Girls|Children|Human Rights|Refugees|Victims|Survivors|"
                           r"Displaced|Orphans|Widows|Youth|Minorities|Returnees|Migrants|Asylum[ -][Ss]eekers|"
                           # ... or for its cause, a civil-society body's ("the Zhiyan Organisation for Development"; not "the
                           # Organisation for Economic Co-operation and Development"), the cause named with its kind too ("the
                           # Nawroz Organisation for Social Development", "for Humanitarian Relief"; not an economic one, a state's)
                           r"(?:(?!Economic\b)[A-Z][a-z]+ )?(?:Development|Relief))\b"
                           # ... or a group of airports, ports or ferries, a company owning and running them ("head of
                           # security for Northgate Airports Group"): a state runs its airports by an authority, no group
                           r"|(?:Airports?|Ports|Ferries|Shipping) Group\b"
                           # ... or a body of businesses, its members' lobby, no state's ("head of the Basra Chamber of
                           # Commerce", "the Federation of Small Businesses")
                           r"|Chambers? of (?:Commerce|Industry|Trade|Shipping)\b|Federation of Small Businesses\b"
                           # ... or of a profession's practitioners, who join it as freelancers, no state's staff: "chair of
                           # the Association of Kurdish Interpreters" (not "the Association of Chief Police Officers")
                           # (or of a trade's businesses, their lobby: "chief executive of the Federation of Independent
                           # Retailers", "the Association of Licensed Landlords"; a state's body is never named for traders)
                           r"|(?:Association|Society|Union|Guild|Institute|Federation|Confederation) of (?:[A-Z][\w’'-]* ){0,3}?"
                           r"(?:Interpreters|Translators|Lawyers|Solicitors|Barristers|Journalists|Doctors|Nurses|Teachers|Hauliers|"
                           r"Drivers|Retailers|Traders|Shopkeepers|Employers|Businesses|Manufacturers|Farmers|Landlords|Builders|"
                           r"Contractors|Wholesalers|Grocers|Restaurateurs)\b"
                           r"|Confederation of British Industry\b|Business Council\b"
                           # ... or an association named in its own language, Spanish, Italian, Portuguese, Dutch or German
                           # ("spokesman for the Asociación de X", "the Associazione Y"): a members' body, no state's office
                           r"|(?:Asociaci[óo]n|Associazione|Associa[çc][ãa]o|Vereniging|Verband|Verein)\b"
                           # ... or a national Red Cross or Red Crescent society, a charity ("a Red Cross volunteer coordinator";
                           # the International Committee and the Federation are international bodies)
                           r"|(?<!Committee of the )(?<!Federation of )Red (?:Cross|Crescent)\b"
                           # ... or a students' union, its officers elected by students, a charity's ("Students' Union
                           # president X", "the Guild of Students' welfare officer")
                           r"|Students?[’']? (?:Union|Association|Council)\b|Guild of Students\b"
                           # ... or a trade union, named for the staff it organises, its officers elected by its members
                           # ("the Port Staff Workers' Union (PSWU)", "the Trades Union Congress"; the European or the
                           # African Union is named for a continent, no staff)
                           r"|[A-Z][\w’'-]*s[’']? Union\b|Trades Union Congress\b"
                           # ... or a staff association of police or prison officers, a union in all but name (officers may
                           # not join a trade union), its chair elected by the members: "chair of the Police Federation",
                           # "the Prison Officers' Association", "the Police Superintendents' Association"
                           r"|Police Federation\b|(?:Police|Prison) (?:Officers|Superintendents|Staff)[’']? Association\b"
                           # ... or the UK's cultural relations body, a charity under royal charter, no government department
                           # ("who heads the British Council's programmes in Iraq")
                           r"|British Council\b"
                           # ... or an international charity known by its own name, with no kind word to tell it by: "Amnesty
                           # International's UK director X", "X of Human Rights Watch", "Oxfam's country director in Iraq"
                           r"|(?:Amnesty International|Human Rights Watch|Oxfam|Save the Children|M[ée]decins Sans Fronti[èe]res|"
                           r"Doctors Without Borders|International Rescue Committee|Mercy Corps|Caritas|Care4Calais|Safe Passage|"
                           r"Freedom from Torture|Refugee Action|Refugees International)\b"
                           # ... or a theatre or a troupe by its name, an arts group's, its director no state's officer ("the
                           # Volt Theatre's director, X"; not a force's "Eastern Theatre Command", a capital after it)
                           r"|[A-Z][\w’'-]* (?:Theatre|Theater)\b(?! [A-Z])))")
_PRIVATE_NAME_SCAN = FirstCharScan(_PRIVATE_NAME, "[A-Z]")  # (its scans over a whole text skip to the capitals)
# a post only a campaign or a law firm has, whatever body it names ("X, legal director, Rights First", never described): the
# state's lawyers are its "Director of Legal Services" or "General Counsel", and it runs no campaigns nor fundraising
_PRIVATE_POST = re.compile(r"\b(?:[Ll]egal|[Aa]dvocacy|[Cc]ampaigns?|[Ff]undraising) [Dd]irector\b"
                           r"|\b(?:[Dd]irector|[Hh]ead) of (?:[Aa]dvocacy|[Cc]ampaigns|[Ff]undraising)\b"
                           # (or a trade union's own: "national officer for aviation", "regional organiser", "branch
                           # secretary", "shop steward"; a public body's staff are officers of a named rank or unit)
                           r"|^(?:[Nn]ational|[Rr]egional) (?:[Oo]fficer|[Oo]rgani[sz]er)(?: (?:for|of) [a-z][\w -]*)?$"
                           r"|\b[Bb]ranch [Ss]ecretary\b|\b[Ss]hop [Ss]teward\b")
# a word every match of _PRIVATE_POST holds: asked first, as most roles hold none and the search tries each alternative's
# word start at every character
_PRIVATE_POST_WORDS = ("irector", "dvocacy", "ampaigns", "undraising", "fficer", "rgani", "ecretary", "teward")
# a body the role itself calls private ("a spokesman for the private terminal operator X", "head of security at a privately
# owned clinic"): no public office, whatever its trade (a minister's "private secretary" or "private office" is the state's)
_CALLED_PRIVATE = re.compile(r"\b(?:the|a|an)\s(?:[\w’'-]+\s)?(?:private|privately[- ](?:owned|run|held))\s(?!secretary|office|sector\b)[a-z]")
# a body introduced by the city it is based in is a civil-society group or a company ("a spokesman for the Leeds-based Open
# Road Committee", "the Cork-based Talon Freight"): a state's body is introduced by its name; the international agencies
# a story may place so ("the Warsaw-based Frontex", "the Geneva-based International Organization for Migration") are public
_BASED_BODY = re.compile(r"\b(?:the|a|an) [A-Z][\w’'-]*-based (?!(?:UN|EU|Europol|Frontex|Eurojust|Interpol|UNHCR|UNODC|IOM)\b)"
                         r"(?!(?:[A-Z][\w’'-]* ){0,4}?(?:Agency|Office|Ministry|Commission|Police|Court|Authority|Government|"
                         r"Directorate|Service|Force|Organi[sz]ation for Migration)\b)[A-Z]")
# a private body named right after the name, as the holder's ("Refugee adviser X of the Kent Refugee Network said",
# "spokesman X from the Organisation for Aid to Refugees"): the title before the name is held there, no public post
_BODY_AFTER_NAME = re.compile(r",?\s(?:of|from|at|with)\s(?:the\s)?(?P<body>[A-Z][\w’'-]*(?:\s(?:(?:of|for|to|and|the|on)\s){0,2}[A-Z][\w’'-]*){0,6})")
# a trade in apposition after the name, the holder's day job ("The committee's spokesman, X, a teacher at a school in the
# town"; "organiser X, 52, a retired shopkeeper"): who earns a living so speaks for a group of citizens, not for the state
# (no public trade: a police or border "officer", a "civil servant" is not in the list)
_TRADE_AFTER_NAME = re.compile(r",\s(?:\d{1,3},\s)?(?:a|an)\s(?:[a-z][\w-]*\s){0,2}?(?:(?:school)?teacher|shopkeeper|shop owner|farmer|"
                               r"shepherd|student|mechanic|barber|taxi driver|lorry driver|labourer|builder|carpenter|tailor|baker|"
                               r"butcher|trader|merchant|businessman|businesswoman|pharmacist|housewife|pensioner)\b")
# who speaks for a body, before its name: "a spokeswoman for", "press officer at"
_SPOKESPERSON_OF = r"(?:[Ss]pokes(?:person|man|woman)|[Pp]ress officer) (?:for|at|of) "
# an airport's spokesperson speaks for its operator, a company ("a spokeswoman for Lakeside International Airport"); its
# director may be a civil servant where the state runs it, and "the Airport Police" (a capital after it) is a force
_AIRPORT_SPOKESPERSON = re.compile(rf"\b{_SPOKESPERSON_OF}(?:the )?"
                                   r"(?:[A-Z][\w’'-]* ){1,3}Airport\b(?! [A-Z])"
                                   # ... and titled by its airport before the name, the airport named in English or in its
                                   # own language, the operating company's name ("Gatwick Airport spokeswoman X", "Flughafen
                                   # Wien spokesman X"; not "Airport Police spokesman X", a force)
                                   r"|^(?:[A-Z][\w’'-]* ){1,3}Airport [Ss]pokes(?:person|man|woman)$"
                                   r"|^(?:[A-Z][\w’'-]* ){0,2}(?:Letiště|Letisko|Lotnisko|Flughafen|Luchthaven|Lufthavn|Flygplats|"
                                   r"Aéroports?|Aeropuerto|Aeroporto|Aeroportul|Havalimanı|Aerodrom)(?: [A-Z][\w’'-]*){0,3}"
                                   r" [Ss]pokes(?:person|man|woman)$")
# ... and so does a port's where the story calls the port's operator a company ("a spokeswoman for Port of Ostend" after
# "according to the port company"): a port run by the state ("Umm Qasr port", the General Company for Ports of Iraq's) stays
_PORT_SPOKESPERSON = re.compile(rf"\b{_SPOKESPERSON_OF}(?:the )?"
                                r"(?:Port of (?:[A-Z][\w’'-]* ){0,2}[A-Z][\w’'-]*|(?:[A-Z][\w’'-]* ){1,3}Port)\b(?! [A-Z])")
# ... or where the port is a British one: every British port is run by a company or an independent trust port, none by a
# state body, so its spokesperson speaks for no public office ("a spokesman for the Port of Felixstowe"; a state's port
# elsewhere, "Umm Qasr Port", stays), also named with words between the town and "Port" ("Harwich International Port",
# "Felixstowe Deepwater Port"; not the port's police, "Dover Port Police", a capital after it)
_BRITISH_PORTS = ("Dover", "Felixstowe", "Harwich", "Tilbury", "London", "Southampton", "Portsmouth", "Plymouth", "Poole",
                  "Newhaven", "Folkestone", "Ramsgate", "Hull", "Immingham", "Grimsby", "Killingholme", "Tyne", "Teesport",
                  "Tees", "Liverpool", "Holyhead", "Heysham", "Cairnryan", "Belfast", "Larne", "Aberdeen", "Purfleet")
_BRITISH_PORT_SPOKESPERSON = re.compile(rf"\b{_SPOKESPERSON_OF}(?:the )?"
                                        rf"(?:Port of {word_alternation(_BRITISH_PORTS)}|{word_alternation(_BRITISH_PORTS)}(?: [A-Z][\w’'-]*){{0,2}} Port)"
                                        r"\b(?! [A-Z])")
# ... and so does its head, by a company's or a trust's title ("chief executive of the Port of Tilbury", "managing director
# of Harwich International Port"; not a state officer posted there, "Border Force director at the Port of Felixstowe")
_BRITISH_PORT_HEAD = re.compile(r"\b(?:[Cc]hief [Ee]xecutive|[Mm]anaging [Dd]irector|[Cc]hair(?:man|woman|person)?|[Cc]hief "
                                r"[Oo]perating [Oo]fficer|[Hh]arbour [Mm]aster) (?:of|at) (?:the )?"
                                rf"(?:Port of {word_alternation(_BRITISH_PORTS)}|{word_alternation(_BRITISH_PORTS)}(?: [A-Z][\w’'-]*){{0,2}} Port)"
                                r"\b(?! [A-Z])")
# a spokesperson for a port, terminal or airport the article leaves unnamed, bare and lowercase ("a spokeswoman for the port,
# X, said"): the story does not say the body is a public one (a named state port's, as above, stays; so does "the port
# authority's", which names a body)
_UNNAMED_SITE_SPOKESPERSON = re.compile(rf"(?:[Aa] |[Tt]he )?{_SPOKESPERSON_OF}the "
                                        r"(?:port|terminal|airport|harbour)")
# a body named in a brand's camel case, lowercase first ("a spokeswoman for airBaltic", "head of safety at easyJet"): a
# company's trading name, as no state body spells its own
_BRAND_BODY = re.compile(r"\b(?:for|at|of|with) [a-z]{1,8}[A-Z][a-z]+\b")
# a film's or documentary's director is no public post ("It takes the director X 20 minutes", "director X's documentary"):
# a bare "director", naming no body nor rank, in a paragraph about a film (a rank or a body before it keeps the post)
_BARE_DIRECTOR = re.compile(r"(?:(?!deputy\b|assistant\b|acting\b|interim\b|executive\b|managing\b|regional\b|associate\b)"
                            r"[a-z]+ )?(?:the |a )?(?:film |documentary )?[Dd]irector")
_FILM_WORK = re.compile(r"\b(?:[Dd]ocumentar(?:y|ies)|[Ff]ilms?|[Ff]ilm-?makers?|[Dd]irected by|[Ss]creen(?:ed|ing)|[Ee]pisodes?)\b")
# a post at a port's operator, named so in the role ("a spokeswoman for the port operator X"): the operator runs the port as
# a company under concession (the port's own authority is named so and stays; so does "the state port operator")
_AT_PORT_OPERATOR = re.compile(r"\b(?:at|of|with|for)\s(?:(?:the|a|an)\s)?(?:private\s)?port\s(?:operator|operating\scompany)\b")
_PORT_COMPANY = re.compile(r"\bport(?:[’']s)? (?:company|operator|operating company)\b|\boperator of the port\b", re.IGNORECASE)
# a post held as a volunteer ("volunteer coordinator X at the shelter", "a volunteer with the night patrol") is a charity's or
# a group's: the state pays its staff (a police force's volunteers are sworn: "volunteer police officer", "Special Constable")
_VOLUNTEER_POST = re.compile(r"\b[Vv]olunteers?\b(?! (?:[Pp]olice|[Cc]onstable|[Ff]ire))")
# the technology companies whose platforms carry smugglers' adverts, named bare ("a spokesperson for Meta"): a company's post
_PLATFORM_OWNER = re.compile(r"\b(?:Meta|TikTok|ByteDance|Snap|Snapchat|Google|Alphabet|YouTube|X Corp|Telegram|Facebook|Instagram|"
                             r"WhatsApp|Microsoft|Apple|Amazon)\b")
# a post at a trading body the role itself tells by its trade, unnamed: "head of trust and safety at one of the participating
# platforms", "a manager at a money-transfer app" (lowercase: "the Trade Bank of Iraq" is a named, state-owned one)
_AT_TRADE_BODY = re.compile(rf"\b(?:at|of|with|for)\s(?:one\sof\s)?(?:the|a|an)\s{_TRADE_BODY}"
                            # ... or the trade word worn before the body's name with no article, as a title is: "a spokesperson
                            # for airport operator X", "head of security at ferry operator Y"
                            rf"|\b(?:at|of|with|for)\s(?:{_AIRLINE}|{_TRANSPORT_OPERATOR})\s[A-Z]")
# a body the article calls private: "Harbour Light Trust, the UK anti-trafficking charity", "X is a registered charity"
_PRIVATE_DESCRIBED = re.compile(rf",\s(?:the|a|an)\s[^,.;:\n]{{0,60}}?{PRIVATE_BODY.pattern}|\s(?:is|was)\s(?:a|an)\s(?:registered\s)?"
                                rf"{PRIVATE_BODY.pattern}|,\s(?:the|a|an)\s{_TRADE_BODY}", re.IGNORECASE)
# "Its director, X": a role whose holder's body is named before
_ITS_BEFORE = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s$")
# ... after a quotation it attributes: '"…," said its president, X'
# (or with the holder's name first: '"…," said X, its regional manager')
_SAID_ITS = re.compile(rf"[\"”],?\s(?:said|says|added|adds)\s(?:{_NAME},\s)?(?:its|their)\s$")
# "the charity's director", "the group's founder", "the company's chief executive": a body named before by what it is
# (a public one is "the agency's", "the ministry's", "the force's")
# ("the institute's director", "the think tank's chair": a research body's; "the cooperative's elected chairman": its members')
_PRIVATE_POSSESSOR = re.compile(r"\b(?:charity|group|organi[sz]ation|company|firm|NGO|network|trust|foundation|association|"
                                r"consortium|"
                                # ("the business's registered director, X": a trading business's, as a company's)
                                r"business|"
                                r"university|college|newspaper|magazine|paper|institute|think[ -]?tank|co-?operative|co-op|"
                                # ("the festival's director, X": a literary or film festival's, run by its own trust)
                                r"festival|"
                                # ("the film's director, X": a film's or documentary's, no public post)
                                r"film|documentary|"
                                # ("the union's branch secretary": a trade union's, lowercase; "the European Union's" is capitalised)
                                r"(?-i:(?<!customs )(?<!monetary )union))[’']s\s$",
                                re.IGNORECASE)
# "the bank's head of compliance", "the lender's chief executive": a bank's post is a private one when the story calls a bank
# private ("a private bank in Sulaimani"); a state's or a central bank's staff are officials, so a bank alone tells nothing
_BANK_POSSESSOR = re.compile(r"\b[Tt]he (?:bank|lender)[’']s\s$")
_PRIVATE_BANK = re.compile(r"\b(?:private|privately[- ](?:owned|run|held)|commercial)\s(?:[\w’'-]+\s)?(?:bank|lender)s?\b", re.IGNORECASE)
# a British trade union or a trade's own association, by the initials every story gives it unexplained ("the NFU's county
# adviser", "RMT general secretary X", "the ISU's national officer"): its staff speak for members, not for the state
_UNION_INITIALS = re.compile(r"\b(?:NFU|NFUS|TUC|CBI|RHA|BMA|RCN|GMB|PCS|FBU|POA|ISU|NUJ|NEU|RMT|ASLEF|Unison)\b")
_UNION_INITIALS_POSSESSOR = re.compile(rf"{_UNION_INITIALS.pattern}[’']s\s$")
# a spokesperson titled by a one-word body ("SBB spokesman X said the railway …") whom his own sentence shows speaking for a
# railway, an airline or an operator: a trading body's, whoever owns it (a public one by its initials stays: _public_acronym)
_ONE_WORD_SPOKESPERSON = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]* [Ss]pokes(?:person|man|woman)")
_SAID_THE_TRADE = re.compile(rf" {_NAME} said (?:that )?the (?:railway|airline|carrier|operator)\b")
# ... or whose one word the story has given a railway, an airline or an operator by its trade ("the national railway SBB
# ... SBB spokeswoman X", "Aerolink, the state airline, ... Aerolink spokesman X"): a trading body's, whoever owns it
_TRADE_WORD_BEFORE_NAME = rf"\b(?:railway|railways|{_AIRLINE}|{_TRANSPORT_OPERATOR})\s{{word}}\b"
_TRADE_WORD_AFTER_NAME = rf"\b{{word}},\s(?:the|a|an)\s(?:[\w’'-]+\s){{{{0,3}}}}?(?:railway|{_AIRLINE}|{_TRANSPORT_OPERATOR})\b"
# ... or whom his own sentence shows speaking for a service's customers, compensated: "An SBB spokeswoman, X, said travellers
# had been given vouchers" (a border agency's spokesman who "said passengers had been checked" stays)
_SAID_CUSTOMERS_COMPENSATED = re.compile(rf",? {_NAME},? said (?:that )?[^.!?\n]{{0,80}}?\b(?:vouchers|refunds?|refunded|rebooked|"
                                         r"replacement\s+(?:buses|coaches|trains))\b")
# a union of states the story may call "the union" too: "the union's envoy" after "the African Union"
_PUBLIC_UNION = re.compile(r"\b(?:European|African|Arab|Soviet|Eurasian|Postal|Customs) Union\b")
_CENTRE_POSSESSOR = re.compile(r"\b[Tt]he [Cc]ent(?:re|er)[’']s\s$")
_OPENING_POSSESSOR = re.compile(r"[a-z]+[’']s\s")
_SENTENCE_STOP = re.compile(r"[.!?]\s+|\n+")  # a paragraph break is one stop, not two
_DEMONYMS = {"british", "iraqi", "kurdish", "french", "german", "belgian", "dutch", "italian", "turkish", "greek",
             "swedish", "danish", "iranian", "syrian", "american", "european", "federal", "region", "regional",
             "government", "kurdistan", "the", "a", "an", "its", "his", "her", "their", "whose", "in", "on", "at", "by",
             "with", "as", "during", "after", "under", "from", "for", "and", "of", "to"}
_CLAUSE_STOP = {"the", "a", "an", "its", "his", "her", "their", "our", "whose", "with", "by", "said", "says", "told",
                "during", "as", "from", "at", "when", "while", "that", "which", "who", "met"}
# a sentence's opening adverb or phrase, no part of a title or a name: "Later Councillor Aziz said", "Meanwhile Interior
# Minister X", "According to Major General X" ("to" is cut after it)
OPENING_ADVERBS = {"later", "earlier", "meanwhile", "yesterday", "separately", "afterwards", "also", "according"}
# a conjunction opening a sentence is no part of the title after it: "But Detective Inspector X said", "Yet Minister X";
# nor is a day the sentence opens with ("On Friday Chief Constable X"), nor a date's month ("On 20 August Judge X": no
# title opens with a month)
_OPENING_WORDS = {"but", "yet", "so", "or", "nor", "then", "still", "however", "now",
                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december"}
# an emphatic "own" after the possessor the title is cut from is no word of it: "the Kurdistan Region's own border chief, X"
# holds the post "border chief"
_EMPHATIC_OWN = {"own"}
_NOT_OPENING = _DEMONYMS | _CLAUSE_STOP | OPENING_ADVERBS | _OPENING_WORDS | _EMPHATIC_OWN  # no role opens with these
# an honorific, capitalised, is worn with the title and no part of it: "His Honour Judge X", "HH Judge X", "The Honourable
# Judge X", "the Rt Hon Home Secretary X", "His Excellency Ambassador X" (a debate's "the honourable Member for X" is how a
# member is called, and stays)
# a lowercase ordinal counts the holders, not the post: "Britain's first Border Security Commander" (capitalised it is the
# title's own word: "First Secretary", "First Minister")
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
_HONORIFICS = {"Honour", "Honourable", "Hon", "Hon.", "HH", "Right", "Rt", "Rt.", "Excellency"}
# a profession worn before the name as "Dr" is, in Arabic-language news put into English ("muhandis"): "the director,
# Engineer X Y", "Eng. X Y" name X Y (no forename is "Engineer")
# a portfolio named after "of"/"for" right before the name ("Director of Threat", "Head for Border"), and a word whose ending
# makes it a common noun, no forename ("Leadership", "Operations", "Enforcement", "Readiness", "Terrorism", "Security")
_PORTFOLIO_RUNS_ON = re.compile(r" (?:of|for)(?: (?:the |and )?[A-Z][\w’'-]*)+$")
_PORTFOLIO_NOUN = re.compile(r"[A-Z][a-z]+(?:ship|tions?|sions?|ments?|ness|isms?|ities|ity|ency)(?= )")
_PROFESSION_STYLES = {"Engineer", "Eng.", "Eng"}
# ... and so is an English judge's "Justice" after "Mr", "Mrs", "Lord" or "Lady": "High Court judge Mr Justice Tom Oduya"
# names Tom Oduya (the Ministry of Justice's "Justice" has none of these before it)
_JUSTICE_HON_BEFORE = re.compile(r"(?<![\w’'-])(?:Lord|Lady|Mr|Mrs|Ms) $")


def _lines_holding(text: str, words: str):
    """(start, end) of each line of ``text`` holding ``words``: a pattern whose every match holds them and no line break
    is searched there only, not over the whole text."""
    at = text.find(words)
    while at != -1:
        start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        end = len(text) if end == -1 else end
        yield start, end
        at = text.find(words, end)


# the patterns above scanned over a whole text, each opening on a look-behind or a look-ahead: their scans skip to the
# characters a match can open on (a capital, "a" or "e" of "al-", "el-", or a title's first lowercase words)
_TITLE_BEFORE_SCAN = FirstCharScan(TITLE_BEFORE, "[A-Zfaot]")
_APPOSITIVE_SCAN = FirstCharScan(APPOSITIVE, "[A-ZÀ-ÖØ-ÞĀ-ŽȘȚae]")
_PAREN_AFTER_SCAN = FirstCharScan(PAREN_AFTER, "[A-ZÀ-ÖØ-ÞĀ-ŽȘȚae]")


def official_candidates(text: str) -> list[Candidate]:
    """One candidate per mention of a named official with a role; the quote is the mention."""
    found: dict[tuple[int, int], Candidate] = {}
    for pattern in (_TITLE_BEFORE_SCAN, LOWER_BEFORE):
        if pattern is LOWER_BEFORE and not _may_hold_lower_title(text):
            continue
        for m in pattern.finditer(text):
            role = (_org_start(text, m.start("role")), m.end("role"))
            _add(found, text, role[0], m.end("name"), role, m.span("name"))
    for pattern in (_APPOSITIVE_SCAN, PEER_APPOSITIVE):
        if pattern is PEER_APPOSITIVE and not any(w in text for w in _PEER_WORDS):
            continue
        at = 0
        while m := pattern.search(text, at):
            at = m.end()
            if text.startswith("who ", m.start("role")):
                _add_post_by_verb(found, text, m, peer=pattern is PEER_APPOSITIVE)
                continue
            if _VERB_OPENING.match(text, m.start("role")) or _PRONOUN_OPENING.match(text, m.start("role")):
                continue  # "the Home Secretary, Yvonne Reid, met Iraq's ambassador in London": a clause, no appositive
            if _PARTICIPLE_OPENING.match(text, m.start("role")):
                continue  # "Our correspondent X, travelling with the minister, says": no appositive
            if _ATTRIBUTION_AFTER.match(text, m.end("role")) and text.endswith("the ", 0, m.start("role")):
                continue  # "a building near Azadi Park, the spokesman said.": who said the sentence, no appositive
            if _MAIN_CLAUSE_AFTER.match(text, m.end("role")) and text.endswith("the ", 0, m.start("role")) \
                    and m.group("role").islower() and _WORD_BEFORE_NAME.search(text, max(0, m.start("name") - 30), m.start("name")):
                continue  # "tabled by the peer X, the minister said the …": the minister is the main clause's subject
            if _CIRCUMSTANCE_OPENING.match(text, m.start("role")):
                continue  # "X, in the presence of the Minister of Interior, Y": the post is Y's
            if _LIST_GOES_ON.match(text, m.start("role")):
                # "attended by X, and the Director General of Y, Z": the list's next item, no appositive; that item may
                # open one of its own ("the Governor, X, and Jane Roe, deputy head of mission, …")
                at = m.start("role")
                continue
            role = _role_span(text, *m.span("role"))
            if role and text.startswith(", ", role[1]) and (briefs := _BRIEFS_AFTER.match(text, role[1])) \
                    and _ONE_BRIEF.search(text, role[0], role[1]):
                role = (role[0], briefs.end())  # "X, Minister for Justice, Home Affairs and Migration of Ireland": one post
                at = max(at, role[1])  # (the briefs' last words, "and Cwm Tawe", open no name of their own)
            if role and "ing " in text[role[0]:role[1]] and (doing := _DOING_AFTER_HEAD.search(text, *role)) \
                    and _is_head(doing.group(1)):
                role = (role[0], doing.start() + len(doing.group(1)))  # "X, the public prosecutor | representing Britain,"
            # ("X, the KRG's representative in Paris,": the government before the role makes him an envoy)
            if role and (_has_role(text[role[0]:role[1]]) or text.startswith("representative ", role[0])
                         and _envoy_representative(text, role[0], role[1])) and not _names_someone(text, role) \
                    and not _one_bodys_administrator(text, role):
                name = m.span("name")
                if "s " in text[name[0]:name[1]] and (owner := _OWNER_OPENING_NAME.match(text, *name)) \
                        and (owner.group(1) in _PARTY_OWNERS or _is_place(owner.group(1))):
                    name = (owner.end(), name[1])  # "Labour's X, the MP for Y": the party or the country owns X, no name word
                _add(found, text, name[0], role[1], role, name, peer=pattern is PEER_APPOSITIVE)
            elif text[m.start("role")].isupper() or _NAME_CLOSES.search(m.group("role")):
                # "In Erbil, Hoshyar Mirani, who runs …": a place before the comma took the name for its role; the name
                # opens an appositive of its own ("X, while the other side included Y, the agency's liaison officer": a
                # clause that is no role ends with a name, which opens its own)
                at = m.start("role")
    for line in _lines_holding(text, " ("):  # every PAREN_AFTER match holds " (" and no line break
        for m in _PAREN_AFTER_SCAN.finditer(text, *line):
            if text.startswith(_TITLE_GLOSS, m.start("role")):
                continue  # "Dengi Gel (The Nation's Chair)": a translated title, not a post
            role = _role_span(text, *m.span("role"))
            if role and text.startswith(", ", role[1]) and (briefs := _BRIEFS_AFTER.match(text, role[1])) \
                    and _ONE_BRIEF.search(text, role[0], role[1]):
                role = (role[0], briefs.end())  # "X, Minister for Justice, Home Affairs and Migration of Ireland": one post
            if role and _has_role(text[role[0]:role[1]]) and not _names_someone(text, role):
                _add(found, text, m.start("name"), role[1], role, m.span("name"))
    for m in TITLE_COMMA.finditer(text):
        if _is_head(m.group("name").split()[0]):
            continue  # "The judge, Recorder Paul Mason,": the title worn with the name is the role (TITLE_BEFORE)
        if (own := _OWN_POST.match(text, m.end("name"))) and _has_role(own.group("role")) \
                and _private(text, own.span("role"), own.group("role")):
            continue  # "At the invitation of the Minister, X, director of the Y Association,": X holds her own post, not his
        role = _role_before(text, m.start())
        if role and "of" in text[role[0]:role[1]] and _names_body(text[role[0]:role[1]]):
            continue  # "Office of the Police and Crime Commissioner, Mill House,": the office, a body; its address after
        if role and _OFFICER_LAST.search(text, role[0], role[1]) and _RANK_ONLY.fullmatch(text[m.start() + 2:m.start("name")].strip()):
            continue  # "The Iraqi officer, Major X": the rank says which officer X is, and is the role (TITLE_BEFORE)
        if role and m.group("seat") and not _SEAT_HOLDER.search(text, role[0], role[1]) and not _PARTY_INITIALS.fullmatch(m.group("seat")):
            continue
        if role and (other := _APPOSITIVE_BEFORE.search(text, max(0, role[0] - 60), role[0])) and _looks_like_name(other.group("name")) \
                and (post := _POST_FOR.search(text, *role)) and any(_is_head(w) for w in post.group("post").split()):
            # "X, spokesman for the Border Security Minister, Y": X's post is given; Y holds the one X's is for
            role = post.span("post")
        if role and _role_span(text, *role):  # "the judge, Lord Ardmore,": a peer's title with one name is the name
            _add(found, text, role[0], m.end("name"), role, m.span("name"), peer=_ONE_NAMED_PEER.fullmatch(m.group("name")) is not None)
    if " became " in text or " appointed " in text:
        _add_post_taken(found, text)
    if " has been " in text:
        _add_post_held_since(found, text)
    if " as " in text and any(v in text for v in _SUCCESSION_VERBS):
        _add_post_succeeded(found, text)
    for note in (_WRITER_NOTE, _WRITER_NOTE_OWNED):
        for m in at_line_starts(note, text):
            _add(found, text, m.start("name"), m.end("role"), m.span("role"), m.span("name"))
    if "Prosecuting," in text or "Prosecuting for" in text or "Prosecuting counsel" in text or "Opening " in text:
        for m in _PROSECUTING_OPENING.finditer(text):
            _add(found, text, m.start(), m.end("name"), m.span("role"), m.span("name"))
    if "Asked by " in text or "Tabled by " in text:
        _add_asking_members(found, text)
    _add_titled_surnames(found, text)
    if "\nThe " in text or text.startswith("The "):
        _add_title_subject_named_next(found, text)
    if "tatistician:" in text:
        for m in _STATISTICIAN_LINE.finditer(text):
            cand = Candidate("officials", m.start("role"), m.end("name"), {"name": m.group("name"), "role": m.group("role")},
                             {"name": m.span("name"), "role": m.span("role")})
            found.setdefault((cand.start, cand.end), cand)
    for m in _PLURAL_TITLE_SCAN.finditer(text):
        # "Upper Tribunal Judges X and Y": the title, made singular, is each one's
        before = _ROLE_WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        role = (before.start() if before else m.start(), m.end("head") - 1)
        for k in ("first", "second"):
            _add(found, text, role[0], m.end(k), role, m.span(k))
    if " to " in text or " in " in text:
        _add_post_next_sentence(found, text)
    if " the " in text and (" told" in text or " said" in text):
        _add_title_speaking_after_subject(found, text)
    if "counterpart, " in text:
        _add_counterparts(found, text)
    if "Justice " in text or "J " in text:
        _add_judges(found, text)
    _add_headline_title(found, text)
    if "Lord " in text or "Lady " in text:
        _add_peer_judges(found, text)
    if any(w in text for w in _PEER_WORDS):
        _add_titled_peers(found, text)
    # a transcript's headings name officials; "My Lords, as chair of …" names no one (transcripts.py)
    found = {k: c for k, c in found.items() if c.values["name"] not in ADDRESSES} | {(c.start, c.end): c for c in heading_officials(text)}
    # "Minister Hama Karim" after "Minister of Interior Rebwar Hama Karim": the same official, named shorter
    tails = {" ".join(n.split()[k:]) for n in {c.values["name"] for c in found.values()} for k in range(1, len(n.split()) - 1)}
    found = {k: c for k, c in found.items() if c.values["name"] not in tails}
    # "The Director of Labour Market Enforcement, Y": "Director of Labour | Market Enforcement" took the portfolio's last words
    # for a name; they end the post that Y, after the comma, holds ("aide to Minister X, Y": X follows a head word, and stays)
    role_ends = {c.spans["role"][1] for c in found.values() if c.spans["name"][0] > c.spans["role"][1]}
    found = {k: c for k, c in found.items() if c.spans["name"][1] not in role_ends
             or c.spans["role"][1] > c.spans["name"][0] or _is_head(text[slice(*c.spans["role"])].split()[-1])}
    if "Dear " in text:
        _add_addressees(found, text)
    _add_signatories(found, text)
    if "\n\n" in text:
        _add_signature_blocks(found, text)
    if any(f" {p}\n" in text for p in _SEAT_NOMINALS):
        _add_member_signatures(found, text)
    if (sign_off := next(at_line_starts(_SIGN_OFF, text), None)) is not None:
        # (the lines after a "cc:" are the letter's other addressees, not its signatories)
        copied = _COPIED_TO.search(text, sign_off.end())
        found = {k: c for k, c in found.items() if c.start < sign_off.end() or copied is not None and c.start >= copied.start()
                 or not _signs_for_other_body(text, c)}
    if "From:" in text:
        found = {k: c for k, c in found.items() if not _FROM_HEADER.match(text, text.rfind("\n", 0, c.start) + 1)
                 or not _signs_for_other_body(text, c)}
    if "itnesses" in text and (witnesses := _WITNESS_LIST.search(text)) is not None:
        found = {k: c for k, c in found.items() if c.start < witnesses.end() or not _witness_for_other_body(text, c)}
    if "ignat" in text or "upporters" in text or "Sponsors" in text:
        _add_motion_signatures(found, text)
    if "retired" in text:
        found = {k: c for k, c in found.items() if not _retired_since(text, c.values["name"])}
    if "dies at" in text or "died a" in text:
        found = {k: c for k, c in found.items() if not _died_since(text, c.values["name"])}
    # a rank alone is no role when the article gives the person's post too (but a post told by a verb, "X, who heads the
    # Coast Guard's sub-centre", is a clause some gold files give only as "head of …": the rank stays beside it)
    posts = {c.values["name"] for c in found.values() if not _RANK_ONLY.fullmatch(c.values["role"])
             and c.values["role"].split(" ", 1)[0] not in _POST_VERBS}
    return sorted((c for c in found.values() if c.values["name"] not in posts or not _RANK_ONLY.fullmatch(c.values["role"])),
                  key=lambda c: (c.start, c.end))


# a holder the story says has left the post since ("X retired in 2010 and now lives in Deal", "X has since retired", "X, now
# retired,"): an archive's or a profile's past post, a former one (a retirement to come, "will retire", "is to retire", stays)
_RETIRED_AFTER = re.compile(r"(?:\s(?:has\s|had\s)?(?:since\s|later\s|then\s)?retired(?=\s(?:in|on|at|from|last|after|since|two|three|"
                            r"four|five|several|years|\d)\b|[,.;])|,\s(?:who\s(?:has|had)\s(?:since\s)?retired|now\sretired)\b"
                            # (or "who retired" with a time of its own: "His predecessor, X, who retired in 2023, says"; not
                            # "X, who retired from the army in 2019, is now governor", a post held since)
                            r"|,\swho\sretired(?=\s(?:in|on|last|earlier|this)\b|[,.;]))")


def _retired_since(text: str, name: str) -> bool:
    """Does the story say, after naming ``name``, that its holder has retired?"""
    return any(_RETIRED_AFTER.match(text, m.end()) for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text))


# ... or one the story says has died, told with the age at death as an obituary tells it ("X, Iraqi border general who
# guarded the desert, dies at 71", "X, a former judge, has died aged 80"): a past post, not a serving official's (a death
# told otherwise, "X died at the scene", stays: the post may still be named as held)
_DIED_AFTER = re.compile(r"(?:,[^.;:\n]{1,90}?,)?\s(?:has\s|had\s)?(?:dies|died)\s(?:at|aged)\s(?:the\sage\sof\s)?\d")


def _died_since(text: str, name: str) -> bool:
    """Does the story say, after naming ``name``, that its holder has died at an age?"""
    return any(_DIED_AFTER.match(text, m.end()) for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text))


# an official statistics release names the civil servant answerable for it on a contact line of its own: "Responsible
# statistician: Dr X" (no head word: a statistician elsewhere may be anyone's)
_STATISTICIAN_LINE = re.compile(rf"^[^\S\n]*(?P<role>(?:Responsible|Lead|Chief|Senior) [Ss]tatistician)[^\S\n]*:[^\S\n]*"
                                rf"(?:{_HON} )?(?P<name>{_NAME})[^\S\n]*$", re.MULTILINE)
# one title for two people, made plural: "Upper Tribunal Judges X and Y", "Labour MPs X and Y"
_PLURAL_TITLE = re.compile(rf"(?<![\w’'-])(?=[A-Z])(?P<head>{word_alternation([h + 's' for h in HEADS.split('|') if h[:1].isupper()])})"
                           rf" (?:{_HON} )?(?P<first>{_NAME}) and (?:{_HON} )?(?P<second>{_NAME})(?![\w’'-])")
_PLURAL_TITLE_SCAN = FirstCharScan(_PLURAL_TITLE, "[A-Z]")  # (its scan over a whole text skips to the capitals)
_ROLE_WORDS_BEFORE = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]* ){1,3}$")


# a post told by the verb that gave it, its capitalised title after: "X, 54, became the UK's Border Security Commander in
# spring", "X was appointed Minister for Migration in May" (lowercase, "became a driver", it is no office's name)
_TAKEN_ROLE = (rf"(?:[A-Z][\w’'-]*[’']s\s)?(?P<role>(?:[A-Z][\w’'-]*\s){{0,4}}(?:{_HEADS_RE})"
               r"(?:\s(?:of|for|to)\s(?:the\s)?[A-Z][\w’'-]*(?:\s(?:and\s|of\s|for\s|the\s)?[A-Z][\w’'-]*){0,5})?)(?![\w’'-])")
_POST_TAKEN = re.compile(r"(?:,\s\d{2},)?\s(?:became|was appointed|has been appointed)\s(?:as\s)?(?:the\s)?" + _TAKEN_ROLE)
_NAME_ENDING = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME})$")
# a writer's note, a line of its own that opens with the name: "Jane Roe is the Labour MP for Dover and a member of …" closing
# a column (only at a line's start: within a paragraph "X is the minister" is as often a claim the story weighs)
# (a broadcast's transcript opens the line with the turn's label, its time stamp before it: "[12:05] NARRATOR: X is the …": the
# narrator introduces the one heard next as a writer's note does)
_TURN_LABEL = r"(?:\[\d{1,2}(?::\d{2}){1,2}\][^\S\n]+)?(?:[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+){0,3}:[^\S\n]+)?"
_WRITER_NOTE = re.compile(rf"^[^\S\n]{{0,8}}{_TURN_LABEL}(?P<name>{_NAME}) is (?:the|a|an) " + _TAKEN_ROLE, re.MULTILINE)
# ... and one that gives the post lowercase after its owner's possessive, an honorific before the name: "Dr Jane Roe is
# Norway's ambassador to Iraq", "Jane Roe is the Home Office's director of returns policy" (the owner tells the post a public
# or a private body's, as a capital tells it in the note above; a portfolio's lowercase words, "of returns policy", are the
# post's, up to a word that opens the sentence's next part)
_NOTE_OWNER = r"(?:the\s)?(?:[A-Z][\w’'-]*\s){0,3}[A-Z][\w’'-]*[’']s\s"
_LOWER_PORTFOLIO = r"(?:\s(?!(?:and|or|who|which|since|until|but|when|where|in|at|on|with|from|by)\b)[a-z][\w’'-]*){1,4}"
_WRITER_NOTE_OWNED = re.compile(rf"^[^\S\n]{{0,8}}{_TURN_LABEL}(?:{_HON}[^\S\n]+)?(?P<name>{_NAME}) is {_NOTE_OWNER}"
                                rf"(?P<role>(?:[a-z][\w’'-]*\s){{0,2}}?{_HEADS_LOWER_RE}"
                                rf"(?:\s(?:of|for)(?:\sthe)?{_LOWER_PORTFOLIO}"
                                r"|\s(?:to|in|for|at)\s(?:the\s)?[A-Z][\w’'-]*(?:\s(?:and\s|of\s|the\s)?[A-Z][\w’'-]*){0,4})?)(?=[.,;]?(?:\s|$))",
                                re.MULTILINE)


def _add_post_taken(found: dict, text: str) -> None:
    """"X became the Border Security Commander": X holds the post the verb gave."""
    for m in _POST_TAKEN.finditer(text):
        if name := _NAME_ENDING.search(text, max(0, m.start() - 50), m.start()):
            n0, n1 = name.span("name")
            # ("In May Jane Roe became …": the month opens the sentence, no part of the name)
            while not _looks_like_name(text[n0:n1]) and (space := text.find(" ", n0, n1)) != -1:
                n0 = space + 1
            _add(found, text, n0, m.end("role"), m.span("role"), (n0, n1))


# ... or told as held since a date, lowercase, with its place: "X has been mayor of Duhok since 2023", "X has been the
# governor of Nineveh since May" ("has been": held now, as "had been" need not be; the place tells which office)
_POST_HELD_SINCE = re.compile(rf"(?:,\s\d{{2}},)?\shas\sbeen\s(?:the\s)?(?P<role>(?:[a-z][\w’'-]*\s){{0,2}}?{_HEADS_LOWER_RE}"
                              r"\s(?:of|for|in)\s(?:the\s)?[A-Z][\w’'-]*(?:\s(?:and\s|of\s|the\s)?[A-Z][\w’'-]*){0,3})"
                              r"\s(?:since|for)\s")


def _add_post_held_since(found: dict, text: str) -> None:
    """"X has been mayor of Duhok since 2023": X holds the post now."""
    for m in _POST_HELD_SINCE.finditer(text):
        if name := _NAME_ENDING.search(text, max(0, m.start() - 50), m.start()):
            n0, n1 = name.span("name")
            while not _looks_like_name(text[n0:n1]) and (space := text.find(" ", n0, n1)) != -1:
                n0 = space + 1
            _add(found, text, n0, m.end("role"), m.span("role"), (n0, n1))
# a post told by the one its holder took it from: "X replaces Y as home secretary", "X succeeded Y as Minister for Border
# Security" (the title after "as", capitalised or not; Y, who held it, is a former holder and not proposed)
_SUCCESSION_VERBS = ("replace", "succeed", "took over from", "takes over from", "taken over from")
_POST_SUCCEEDED = re.compile(
    rf"\s(?:has\s)?(?:replace[sd]|succeed(?:s|ed)|t(?:akes|ook|aken)\sover\sfrom)\s(?:{_HON}\s)?{_NAME_TOKEN}(?:\s{_NAME_TOKEN}){{0,3}}"
    rf"\sas\s(?:the\s)?(?:[A-Z][\w’'-]*[’']s\s)?(?:{_TAKEN_ROLE.replace('(?P<role>', '(?P<role_capital>', 1)}|(?P<role>(?:[a-z][\w’'-]*\s){{0,2}}"
    rf"{_HEADS_LOWER_BEFORE_RE}(?:\s(?:of|for)\s(?:the\s)?[A-Z][\w’'-]*(?:\s(?:and\s|of\s|the\s)?[A-Z][\w’'-]*){{0,4}})?)(?![\w’'-]))")


def _add_post_succeeded(found: dict, text: str) -> None:
    """"X replaces Y as home secretary": X holds the post Y held."""
    for m in _POST_SUCCEEDED.finditer(text):
        if name := _NAME_ENDING.search(text, max(0, m.start() - 50), m.start()):
            n0, n1 = name.span("name")
            # ("In May Jane Roe replaced …": the month opens the sentence, no part of the name)
            while not _looks_like_name(text[n0:n1]) and (space := text.find(" ", n0, n1)) != -1:
                n0 = space + 1
            role = m.span("role") if m.group("role") else m.span("role_capital")
            _add(found, text, n0, role[1], role, (n0, n1))


# the name's own appositive after it: "X, director of the Y Association,"
_OWN_POST = re.compile(r",\s(?:(?:the|a|an)\s)?(?P<role>[^,.;:()“”\"\n]{2,160}?)(?=,|\.(?:\s|$)|;|\n|$)")
# a role right after another's name and a comma: an appositive of that name ("Adam Roe, | spokesman for …")
_APPOSITIVE_BEFORE = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME}),\s(?:(?:the|a|an)\s)?$")
# ... whose post is for or to another title-holder: "spokesman for the Minister", "adviser to the Home Secretary"
_POST_FOR = re.compile(r"\b(?:for|to)\s(?:the\s)?(?P<post>[^,.;:()\n]{2,80})$")


# a letter's sign-off ("Yours sincerely,", "Signed:", "Signatories:"): the lines after it are its signatories
_SIGN_OFF = re.compile(r"^[^\S\n]{0,8}(?:Yours (?:sincerely|faithfully|truly)|(?:With )?(?:[Kk]ind|[Bb]est|[Ww]arm) regards|"
                       r"(?:With )?(?:[Mm]any )?[Tt]hanks(?: and (?:[Kk]ind|[Bb]est|[Ww]arm) (?:regards|wishes))?|(?:[Kk]ind|[Bb]est|[Ww]arm) wishes|"
                       r"Signed(?: by| on behalf of [^\n]{1,80})?|(?:The )?[Ss]ignatories|[Ss]igned by)[^\S\n]{0,4}[,:.]?[^\S\n]{0,4}$",
                       re.MULTILINE)
_LINE_REST = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]*")
# an e-mail's sender line, as a signature: "From: X, Director, Y Relief <appeals@…>" (a charity's appeal signed by its staff)
_FROM_HEADER = re.compile(r"[^\S\n]{0,8}From:[^\S\n]*")


# a letter's line of its other addressees after the signatures: "cc: X MP, Minister for …"
_COPIED_TO = re.compile(r"^[^\S\n]{0,8}(?:[Cc][Cc]|Copy to|Copied to)[^\S\n]{0,4}:", re.MULTILINE)
# a letter's address block: the addressee's name on its own line, an honorific or a post-nominal with it ("The Rt Hon X MP"),
# the post on the line below ("Home Secretary"); a letter greets its addressee ("Dear …") soon after
# (a peer is addressed by the style and one name, which are the name: "Lord Ashby\nMinister of State for …", "Baroness Roe of
# Leith\nChair, …"; the style tells the name from a heading as an honorific does)
_ADDRESSEE = re.compile(rf"^[^\S\n]{{0,8}}(?P<hon>(?:The )?(?:Rt\.? Hon\.?|Right Honourable)(?: {_HON})? |{_HON} )?"
                        rf"(?P<name>{_NAME}|{_PEER} {_CAP}{_DESIGNATION})"
                        rf"(?P<post>{_POST_NOMINALS})[^\S\n]*\n[^\S\n]{{0,8}}(?P<role>[A-Z][^\n,.;:()]{{2,80}}?"
                        # (a committee after the post's comma is the post's own: "Chair, Home Affairs Committee")
                        r"(?:,[^\S\n]*(?:the )?[A-Z][^\n,.;:()]{1,80}? Committee)?)[^\S\n]*$", re.MULTILINE)
_LETTER_GREETING = re.compile(r"^[^\S\n]{0,8}Dear ", re.MULTILINE)


# ... and a foreword's or a statement's signature, the same two lines closing the text ("X MP\nMinister for …\nJuly 2026"):
# a post-nominal is needed, as nothing else tells a name from a heading there
_SIGNATURE_TAIL = 300
# a printed page's number closing the text: "Page 47", "47", "Page 3 of 12"
_PAGE_FOOTER = re.compile(r"[^\S\n]*(?:[Pp]age[^\S\n]+)?\d{1,4}(?:[^\S\n]+of[^\S\n]+\d{1,4})?\s*\Z")
_AFTER_SIGNATURE = re.compile(r"\s*(?:[^\n]{0,40}\s*)?$")
_SIGNED_SEAT = re.compile(r"(?:MP|MSP|MS|MEP|MLA|Member of (?:Parliament|the Scottish Parliament|the Senedd)) for [A-Z]")
# ... and an office of state needs none either ("Yours sincerely,\nJane Roe\nIndependent Anti-Slavery Commissioner"); a post any
# body has ("Chief Executive", "Director") may be a charity's, whose letters are signed the same way
_SIGNED_OFFICE = re.compile(r"\b(?:Minister|Commissioner|Ambassador|Consul|Consul-General|Ombudsman|Mayor|Governor)\b")


def _add_signatories(found: dict, text: str) -> None:
    lo = hi = text.rfind("\n\n", max(0, len(text) - _SIGNATURE_TAIL))
    if lo == -1:
        return
    # a letter's copy line may close it after the signature ("cc: X, Minister for …"): the signature is the paragraph before
    if _COPIED_TO.match(text, lo + 2):
        lo = text.rfind("\n\n", max(0, len(text) - _SIGNATURE_TAIL), hi)
        if lo == -1:
            return
    elif _PAGE_FOOTER.match(text, lo + 2):
        # ... and so may a report's page number, its footer ("Page 47"): the signature is the paragraph before
        hi = lo
        lo = text.rfind("\n\n", max(0, len(text) - _SIGNATURE_TAIL), hi)
        if lo == -1:
            return
    else:
        hi = len(text)
    m = _ADDRESSEE.match(text, lo + 2)
    seat = signed = False
    if m is not None:
        # the sign-off may close the paragraph before the signature's ("Yours sincerely,\n\nJane Roe\nIndependent Anti-Slavery
        # Commissioner"): it tells the name from a heading as a post-nominal does
        line = text.rfind("\n", 0, lo) + 1
        signed = _SIGN_OFF.fullmatch(text, line, lo) is not None and _SIGNED_OFFICE.search(m.group("role")) is not None
    elif (sign_off := _SIGN_OFF.match(text, lo + 2)) is not None:
        # a letter's or a newsletter's sign-off before the signature tells the name from a heading: a member signing by
        # the seat needs no post-nominal ("Best wishes,\nJane Roe\nMember of Parliament for Dover")
        at = sign_off.end() + 1
        while text.startswith("\n", at):
            at += 1  # (a blank line may part the sign-off from the signature: "Yours sincerely,\n\nBaroness X\nChair, …")
        m = _ADDRESSEE.match(text, at)
        seat = m is not None and _SIGNED_SEAT.match(m.group("role")) is not None
        signed = m is not None and _SIGNED_OFFICE.search(m.group("role")) is not None
    peer = m is not None and _ONE_NAMED_PEER.fullmatch(m.group("name")) is not None  # "Baroness X": the style tells a name too
    if m and (m.group("post") or seat or peer or signed) and _AFTER_SIGNATURE.match(text, m.end(), hi) \
            and _has_role(m.group("role").split(",", 1)[0]):
        _add(found, text, m.start("name"), m.end("role"), m.span("role"), m.span("name"), peer=peer)


# a letters page's signature under each letter, not only the text's last: the name on a line of its own after the letter's last
# sentence, the post on the next ("Cllr X\nCabinet member for housing, Y Borough Council"), a blank line or the end after; the
# post line gives the role (the body after its comma is the employer, a public one or no office); the title before the name
# ("Cllr") is only worn with it
# (the name line holds no line break, and the post line opens on a capital: a paragraph followed by a blank line fails on
# that look-ahead instead of reading its first words as a name)
_SIGNATURE_AHEAD = r"(?=[^\n]*\n[^\S\n]{0,8}[A-Z])"
_SIGNATURE_BLOCK = re.compile(rf"^{_SIGNATURE_AHEAD}[^\S\n]{{0,8}}(?:(?:{_HON}|{_HEAD_ABBR}) )?(?P<name>{_NAME}){_POST_NOMINALS}[^\S\n]*\n"
                              r"[^\S\n]{0,8}(?P<role>[A-Z][^\n,.;:()]{2,80}?)(?:,[^\S\n]*(?P<body>[A-Z][^\n,.;:()]{1,80}?))?[^\S\n]*"
                              r"(?=\n[^\S\n]*\n|\n?\Z)", re.MULTILINE)
_LETTER_END = re.compile(r"[.!?\"”’)][^\S\n]*\n$")


def _add_signature_blocks(found: dict, text: str) -> None:
    for m in at_line_starts(_SIGNATURE_BLOCK, text):
        if not _LETTER_END.search(text, max(0, m.start() - 4), m.start()) or not _has_role(m.group("role")) \
                or m.group("body") and not _PUBLIC_BODY.search(m.group("body")):
            continue
        before = len(found)
        _add(found, text, m.start("name"), m.end("role"), m.span("role"), m.span("name"))
        if len(found) > before:  # the name line's own reading ("Cllr X": "Councillor") gives way to the post line's
            line_end = m.start("role") - 1
            for k in [k for k, c in found.items() if m.start() <= c.start and c.end <= line_end]:
                del found[k]


# a member's signature under a letter with no post line: the name and the seat's post-nominal on a line of their own after
# the letter's last sentence ("Jo Roe MP", with or without a blank line before), and below it only lines that tell no post (a
# party and seat, "Labour, Calder Vale"; an address, "House of Commons"): the post-nominal is the role, the member's seat (a
# post line below, "Minister for …" or "Shadow Minister for …", is _SIGNATURE_BLOCK's or the sign-off's to read)
_SEAT_NOMINALS = ("MP", "MSP", "MS", "MEP", "MLA", "TD")
_MEMBER_SIGNATURE = re.compile(rf"[^\S\n]{{0,8}}(?:(?:The )?(?:Rt\.? Hon\.?|Right Honourable) )?(?:{_HON} )?(?P<name>{_NAME})"
                               rf" (?P<post>{'|'.join(_SEAT_NOMINALS)})[^\S\n]*(?:\n|\Z)")
_LETTER_END_APART = re.compile(r"[.!?\"”’)][^\S\n]*\n(?:[^\S\n]*\n)?$")


def _add_member_signatures(found: dict, text: str) -> None:
    for post in _SEAT_NOMINALS:
        at = text.find(f" {post}\n")
        while at != -1:
            line = text.rfind("\n", 0, at) + 1
            at = text.find(f" {post}\n", at + 1)
            if not (m := _MEMBER_SIGNATURE.match(text, line)) or not _LETTER_END_APART.search(text, max(0, line - 6), line):
                continue
            block_end = text.find("\n\n", m.end() - 1) % (len(text) + 1)
            below = text[m.end():block_end].split("\n")[:3]
            if any(_has_role(part.strip()) for row in below for part in row.split(",")):
                continue
            _add(found, text, m.start("name"), m.end("post"), m.span("post"), m.span("name"))


def _add_addressees(found: dict, text: str) -> None:
    for m in _ADDRESSEE.finditer(text):
        peer = _ONE_NAMED_PEER.fullmatch(m.group("name")) is not None
        if not (m.group("hon") or m.group("post") or peer) or not _LETTER_GREETING.search(text, m.end(), m.end() + 400):
            continue
        if _has_role(m.group("role").split(",", 1)[0]):  # (the title before a committee's comma: "Chair, X Committee")
            _add(found, text, m.start("name"), m.end("role"), m.span("role"), m.span("name"), peer=peer)


def _signs_for_other_body(text: str, c: Candidate) -> bool:
    """Does a signatory's line ("Jane Roe, Director, Harbour Refugee Network, Dover") name, besides the post and the name, a
    body that is no public one (a charity, a campaign, an association signing an open letter)?"""
    lo = text.rfind("\n", 0, c.start) + 1
    if header := _FROM_HEADER.match(text, lo):
        lo = header.end()
    hi = text.find("\n", c.end) % (len(text) + 1)
    kept = [(a, b) for a, b in sorted(c.spans.values()) if lo <= a <= b <= hi]
    rest, at = [], lo
    for a, b in kept:
        rest.append(text[at:max(at, a)])
        at = max(at, b)
    rest.append(text[at:hi])
    words = " ".join(rest)
    return _LINE_REST.search(words) is not None and not _PUBLIC_BODY.search(words)


# a committee report's list of its witnesses, each "Name, Post, Body" and a semicolon between ("Tom Ashby, Chief Executive,
# Refugee Pathways; Rob Carrick, Director General, Border Force (Q65–130)"): as a letter's signatories, one whose body is no
# public one (a charity, a university) holds no office
_WITNESS_LIST = re.compile(r"^[^\S\n]{0,8}(?:Witnesses|The following witnesses gave (?:oral )?evidence\b[^\n]{0,200})[^\S\n]{0,4}[:.]?[^\S\n]{0,4}$",
                           re.MULTILINE)
_WITNESS_BODY = re.compile(r",[^\S\n]*(?P<body>[A-Z][^;,()\n]{1,80})")
# (a public body's name need hold no word of _PUBLIC_BODY: "Immigration Enforcement", "HM Revenue and Customs"; nor a British
# state body's initials, which stories use unspelt: "X, Head of the CPS Organised Crime Division")
_PUBLIC_BODY_MORE = re.compile(r"\b(?:Enforcement|Immigration|Visas|Customs|Revenue|Service|HM|Home Office|Crown|"
                               r"CPS|NCA|HMRC|COPFS|PSNI|FCDO|HMPPS)\b")


def _names_public_body(words: str) -> bool:
    """Do ``words`` hold a public body's word, of _PUBLIC_BODY or _PUBLIC_BODY_MORE ("Home Office", "Immigration Enforcement")?"""
    return bool(_PUBLIC_BODY.search(words) or _PUBLIC_BODY_MORE.search(words))


def _witness_for_other_body(text: str, c: Candidate) -> bool:
    """Does a witness list's entry ("Name, Post, Body") give, after the post, a body that is no public one?"""
    role, name = c.spans.get("role"), c.spans.get("name")
    # (a post before the name is the story's, told after the list: "The Chair, Dame X, opened by asking …")
    if role is None or name is None or name[0] > role[0] or not (body := _WITNESS_BODY.match(text, role[1])):
        return False
    words = body.group("body")
    return not (_names_public_body(words) or _public_acronym(text, words))


# a written question's asker named with a seat in brackets: "Asked by Jo Smith (Castleford and Ryde)" is an MP (a peer has no
# seat, and a party in the brackets tells none)
# (the seat may stand on the line below, bare: "Asked by Jo Smith\nCastleford and Ryde", as the Commons' written questions
# page prints it; only capitalised words and their joining words, no sentence)
_ASKING_MEMBER = re.compile(rf"^(?:Asked|Tabled) by (?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?(?P<name>{_NAME})"
                            rf"(?: \((?P<seat>[A-Z][^()\n]{{1,60}})\)|[ \t]*\n(?P<line_seat>[A-Z][\w’'-]*(?:,? (?:(?:and|upon|on|the|of) )*[A-Z][\w’'-]*){{0,6}}))"
                            r"[ \t]*$", re.MULTILINE)


def _add_asking_members(found: dict, text: str) -> None:
    for m in _ASKING_MEMBER.finditer(text):
        seat = "seat" if m.group("seat") else "line_seat"
        if PARTY_RE.fullmatch(m.group(seat)) or _ONE_NAMED_PEER.match(m.group("name")) or not _looks_like_name(m.group("name")) \
                or seat == "line_seat" and (_PUBLIC_BODY.search(m.group(seat)) or any(_is_head(w) for w in m.group(seat).split())):
            continue  # (a line below naming a department or a post is no seat: "Home Office", "Minister of State")
        found[(m.start("name"), m.end(seat))] = Candidate("officials", m.start("name"), m.end(seat) + (seat == "seat"),
                                                         {"name": m.group("name"), "role": "MP"},
                                                         {"name": m.span("name"), "role": m.span(seat)})


# a Commons motion's signature list (an early day motion as published): under a heading line of its own ("Signatures"),
# one member a line, "Name, Party, Seat", the party written out and a "(primary sponsor)" note after the seat; the party
# tells an MP from any list of "Name, Post, Body" (a witness's, a letter's signatory), and the seat is the role
_MOTION_SIGNATURES = re.compile(r"^[^\S\n]{0,8}(?:Signatures|Signatories|Supporters|Sponsors)(?:[^\S\n]+\(\d{1,3}\))?[^\S\n]{0,4}:?[^\S\n]*$",
                                re.MULTILINE)
_COMMONS_PARTY = (r"(?:Labour(?: and Co-operative(?: Party)?|/Co-operative)?|Conservative(?: Party)?|Liberal Democrats?|"
                  r"Scottish National Party|Plaid Cymru|Green Party|Democratic Unionist Party|Ulster Unionist Party|"
                  r"Social Democratic (?:and|&) Labour Party|Sinn Féin|Alliance(?: Party)?|Traditional Unionist Voice|"
                  r"Reform UK|Independent|SNP|DUP|UUP|SDLP|TUV)")
_SIGNATURE_LINE = re.compile(rf"[^\S\n]{{0,8}}(?:{_HON} )?(?P<name>{_NAME}),[^\S\n]*{_COMMONS_PARTY},[^\S\n]*"
                             r"(?P<seat>[A-Z][\w’'-]*(?:,? (?:(?:and|upon|on|the|of|with) )*[A-Z][\w’'-]*){0,6})"
                             r"(?:[^\S\n]+\([a-z][^()\n]{0,30}\))?[^\S\n]*(?:\n|\Z)")


def _add_motion_signatures(found: dict, text: str) -> None:
    for heading in _MOTION_SIGNATURES.finditer(text):
        at = heading.end() + 1
        while text.startswith("\n", at):
            at += 1  # (a blank line may part the heading from the list)
        while m := _SIGNATURE_LINE.match(text, at):
            at = m.end()
            if _looks_like_name(m.group("name")):
                found[(m.start("name"), m.end("seat"))] = Candidate(
                    "officials", m.start("name"), m.end("seat"), {"name": m.group("name"), "role": f"MP for {m.group('seat')}"},
                    {"name": m.span("name"), "role": m.span("seat")})


# a post told by a verb in a relative clause: "X, who heads the KRG's representation in Brussels,", "X, who chairs the
# Commons home affairs committee,"; the role is the verb and its object as written ("heads the KRG's …", which the gold
# files accept everywhere, where "head of the KRG's …" only some). The past ("who headed") is a former post, and what is
# headed must be named ("the …" or a capital: not "who heads home")
# ("leads on" names a portfolio, its body after it: "who leads on people smuggling for the Crown Prosecution Service")
_POST_BY_VERB = re.compile(r"who (?:(?:also|now|currently) )?(?:(?P<verb>heads|chairs|leads|runs|commands|directs|oversees|coordinates|"
                           r"manages) (?=the |[A-Z])|(?P<on>leads) on (?=[^,.;]* for ))")
_POST_VERBS = {"heads", "chairs", "leads", "runs", "commands", "directs", "oversees", "coordinates", "manages"}
# ... and it must be a public body, as a title alone would show: a ministry's "directorate", the Commons' "committee" (a
# body named otherwise, "the Kurdistan Organisation for Migrant Rights", may be a charity)
_PUBLIC_BODY = re.compile(
    r"\b(?:[Gg]overnment|[Mm]inistry|[Dd]epartment|[Dd]irectorate|[Aa]gency|[Oo]ffice|[Cc]ommittee|[Cc]ommission|[Cc]ouncil|"
    r"[Pp]arliament|[Aa]ssembly|[Ss]enate|Commons|Lords|[Cc]abinet|[Pp]olice|[Ff]orces?|[Cc]ommand|[Aa]uthority|[Cc]ourt|"
    r"[Tt]ribunal|[Ii]nspectorate|[Ee]mbassy|[Cc]onsulate|[Dd]elegation|[Rr]epresentation|[Bb]order|[Aa]rmy|[Gg]uards?|Asayish|"
    r"[Pp]rosecution|[Ss]ecretariat|[Tt]askforce|[Bb]ureau|[Aa]dministration|[Pp]refecture|[Gg]endarmerie|[Cc]oast ?[Gg]uard)\b")


def _add_post_by_verb(found: dict, text: str, m: re.Match, peer: bool) -> None:
    """"X, who heads Y," (the appositive ``m``): X holds the post of head of Y, when Y is a public body."""
    if not (verb := _POST_BY_VERB.match(text, m.start("role"))):
        return
    role, name = (verb.start(verb.lastgroup or "verb"), m.end("role")), m.span("name")
    body = text[verb.end():role[1]]
    if verb.group("on"):  # "leads on people smuggling cases for …": the portfolio is what is worked on, the body after "for"
        if (at := body.find(" for ")) == -1:
            return
        body = body[at + 1:]
    if not (_PUBLIC_BODY.search(body) or _public_acronym(text, body)) or not _looks_like_name(text[slice(*name)], peer) or _against_subject(body) \
            or _private(text, (verb.end(), role[1]), body) or NO_OFFICE.search(body):
        return
    cand = Candidate("officials", name[0], role[1], {"name": text[slice(*name)], "role": text[slice(*role)]}, {"name": name, "role": role})
    found.setdefault((cand.start, cand.end), cand)


# a body named by its initials: "the NCA's work on …", "the IOM's mission in Iraq"; or an international one by its one-word name
# ("Europol's", "Frontex")
_ACRONYM = re.compile(r"\b[A-Z][A-Za-z]{1,11}\b")


def _public_acronym(text: str, body: str) -> bool:
    """Do the initials in ``body`` (or its one-word name: "Europol") name an international organisation
    (uk_iraq_security.entities: "IOM", "UNHCR") or a
    body the article spells out as a public one ("the National Crime Agency (NCA)")? A charity's initials do neither."""
    for acronym in _ACRONYM.findall(body):
        if entity_code(acronym):
            return True
        if not acronym.isupper() or len(acronym) > 7:
            continue  # a capitalised word is no body's initials
        at = text.find(f" ({acronym})")
        if at != -1 and (spelt := _SPELT_OUT.search(text, max(0, at - 80), at)) and _PUBLIC_BODY.search(spelt.group(0)):
            return True
    return False


# the capitalised words a body's initials in brackets spell out: "the Crown Prosecution Service (CPS)"
_SPELT_OUT = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?: (?:(?:of|for|and|on|the) )*[A-Z][\w’'-]*)*$")


@lru_cache(maxsize=64)
def named_roles(text: str) -> tuple[tuple[int, str, str], ...]:
    """(where the mention ends, name, role) of every official the article names, in order."""
    return tuple((c.end, c.values["name"], c.values["role"]) for c in official_candidates(text))


# "spokesman and MP for X", "MP for Dover and Deal and a member of the Home Affairs Committee": a second post
# ... a party's member named by seat is one too: "Minister for X and Labour MP for Y" (the party word is no post's)
# ... and a deputy's post is the post it deputises in: "MP and deputy chair of the committee", "and vice-chair of"
_SECOND_TITLE = re.compile(r" and (?:(?:the|a|an) )?(?:(?:Labour|Conservative|Tory|Liberal Democrat|Lib Dem|SNP|Green|Reform UK|Reform|"
                           r"Plaid Cymru|Independent|DUP|SDLP|Alliance)(?= (?:MP|MSP|MS|MEP|AM|MLA|member|councillor)\b) )?"
                           r"(?:(?i:deputy|vice|acting|assistant|joint)[ -])?([\w-]+)")
# a job noun's unit or employer after it ("a specialist prosecutor in the CPS's fraud division", "branch commander at
# the NCA"): no part of the post; a place ("in the UK") and a portfolio ("Minister of State at the Home Office") are
_UNIT_AFTER = re.compile(r" (?:in|at) the ([\w’'-]+)")
# ... so is the ministry or agency after a post in its unit, the unit named lowercase: "head of the returnee support unit at the
# KRG Ministry of Labour" holds the post "head of the returnee support unit" (a capitalised unit is a name: left whole); so does
# a post over a field written lowercase in a ministry ("director general of labour and vocational training | at the Kurdistan
# Region's Ministry of Labour and Social Affairs"; at an office or agency it keeps it: "deputy director of returns at the Home Office")
_SUBUNIT_POST = re.compile(r"(?P<post>(?:[\w’'-]+ ){0,2}?(?P<head>[\w’'-]+) of (?:the (?:[a-z][\w’'-]* ){1,4}"
                           r"(?:unit|department|division|section|office|team|branch|desk|directorate|cell)"
                           r"|(?!(?:the|a|an)\b)[a-z][\w’'-]*(?: (?!the\b)[a-z][\w’'-]*){0,4}"
                           r"(?= at the (?:[A-Z][\w’'-]* ){0,3}(?:[A-Z][\w’'-]*[’']s )?Ministry\b))) at the (?=[A-Z])")
# a portfolio's last word when the next word goes on it: "Minister for the Middle | East", "for Northern | Ireland"
_REGION_WORDS = {"north", "south", "east", "west", "middle", "northern", "southern", "eastern", "western", "central"}
# a rank word ending a role before the name ("Provincial Gendarmerie Commander Col.")
_TRAILING_RANK = re.compile(rf" (?:{RANK}|{_HEAD_ABBR})$")
# a manager over a region or a country is an agency's officer ("the NCA's regional manager for Europe"); any other manager
# ("service manager", "hotel manager", "campaign manager") is a business's or a charity's; a camp's manager ("camp manager
# X") runs a displaced people's camp for the authorities that run it (one a charity runs is told so, and _private drops it)
_MANAGER_POST = re.compile(r"\b(?:[Rr]egional|[Aa]rea|[Cc]ountry|[Cc]amp) [Mm]anager\b")
# ... and so is one a public body owns: "the council's housing enforcement manager", "the agency's operations manager"
_PUBLIC_POSSESSOR = re.compile(r"\b(?:council|ministry|agency|department|authority|force)[’']s\s$", re.IGNORECASE)
# ... or one whose role names the public body it is at: "a watch manager at HM Coastguard's Holyhead station", "operations
# manager at the Home Office" (not "a manager at the Harbour Hotel")
_MANAGER_AT_BODY = re.compile(r"\b[Mm]anager,? (?:at|with|in|of|for) (?P<body>.{3,80})$")
# ... or a country: "Britain's immigration liaison manager in The Hague", "the UK's returns manager" (a country's post is the
# state's; a shop's or a hotel's manager is never told as a country's)
_COUNTRY_POSSESSOR = re.compile(r"\b([A-Z][\w’'-]*)[’']s\s$")
# ... or "its" standing for a public body its sentence opens with: "The agency plans to widen the scheme, its programme
# manager, X, said" (the sentence's subject is the owner, as "the agency's programme manager"; "The hotel ..., its manager" stays)
_ITS_MANAGER_BEFORE = re.compile(r"\bits\s$")
_PUBLIC_SUBJECT = re.compile(r"\s*[\"“‘]?The\s(?:council|ministry|agency|department|authority|force)\b")
# (unless a place a manager runs comes between, nearer the "its": "The council will shut the hotel, its manager said")
_OWNER_BETWEEN = re.compile(r"\b(?:hotel|shop|store|firm|company|business|charity|centre|center|restaurant|factory|site|camp)s?\b")
# a post its holder no longer holds, or an opposition's ("Former Border Force chief X", "a retired admiral", "shadow home secretary X")
# (a post held at the time told, "set up by the then Home Secretary, X", "then-minister X", is held no longer; a bare "then"
# before a title is the story's next step, "and then Minister X spoke")
NO_OFFICE = re.compile(r"\b(?:(?:former|shadow|retired|the then)\b|ex-|then-)", re.IGNORECASE)
# ... "then-" worn by a title's first word that the role leaves out: "then-Interior | Minister X"
_THEN_BEFORE = re.compile(r"\b(?:the then |then-)(?:[A-Z][\w’'-]* ){1,3}$", re.IGNORECASE)
# ... and "then" opening an appositive after the name: "signed by X, then the home secretary," (the post held at the time
# told; a bare "then" before a title ahead of the name is the story's next step, and stays)
_THEN_APPOSED = re.compile(r",\s+then\s+(?:the\s+)?$")
# ... and a bare "then" after a preposition before a title ahead of the name ("a deal struck by then Interior Minister X"), or
# after a comma or a bracket before a lowercase one ("In Baghdad, then home secretary X and ..."): the post held at the time
# told (the story's next step comes after "and", opens a sentence, or follows a comma before a capital: ", then Minister X spoke")
_THEN_AFTER_PREPOSITION = re.compile(r"\b(?:by|with|under|from|between|of|for|to|as|alongside)\s+then\s+(?:[A-Z][\w’'-]*\s){0,2}$")
_THEN_AFTER_PAUSE = re.compile(r"[,(]\s*then\s+$")
# ... or held over years that have both ended: "Britain's ambassador in Baghdad from 2013 to 2016", "(2013-2016)"
_PAST_TENURE = re.compile(r",?\s(?:from|between)\s(?:19|20)\d\d\s(?:to|until|and)\s(?:19|20)\d\d\b|\s\((?:19|20)\d\d[-–](?:19|20)?\d\d\)")
# a party's spokesman ("the Scottish Conservatives' justice spokesman", "Labour's spokeswoman on policing") speaks for a
# party, not from a public post; one who holds a seat as well ("spokesman and MP for X") is an official by the seat
# (a Kurdish or Iraqi party is often a "List" or an "Islamic Union": "the Kurdistan Islamic Union's spokesman", "a spokesman
# for the opposition Sharezur List")
_PARTY_POST = re.compile(r"\b(?:Conservatives?|Tory|Tories|Labour|Liberal Democrats?|Lib Dems?|SNP|Greens?|Reform(?: UK)?|"
                         # (Ireland's and Northern Ireland's parties: "Sinn Féin's justice spokesperson")
                         r"Plaid(?: Cymru)?|Sinn F[ée]in|Fianna F[áa]il|Fine Gael|Aont[úu]|DUP|SDLP|UUP|"
                         r"[Pp]arty|List|Islamic Union)(?:[’']s?)?\s(?:[\w’'-]+\s){0,3}?spokes(?:man|woman|person)\b"
                         # ... or the party after the title: "a spokesman for the opposition New Generation movement"
                         r"|\bspokes(?:man|woman|person)\s(?:for|of)\s(?:the\s)?(?:opposition\s)?(?:[A-Z][\w’'-]*\s){0,4}?"
                         # (a European party is often named by its members: "the opposition Social Democrats")
                         r"(?:party|movement|Party|List|Conservatives|Labour|Democrats|Lib Dems|SNP|Greens|Socialists|Liberals)\b"
                         # ... or the opposition's own, as the Lords' front bench is styled: "Opposition Spokesperson for Home
                         # Affairs", "the opposition spokesman on justice" (a shadow minister's post, no office held)
                         r"|\b[Oo]pposition\s(?:[\w’'-]+\s){0,2}?[Ss]pokes(?:man|woman|person)\b")


def _rank_cut(text: str, role: tuple[int, int]) -> tuple[int, int]:
    """A post followed by ranks ("Commander Col. | Murat Tekinalp") is the post: the ranks go with the name.
    A role of ranks alone ("Lt. Gen.", "Brigadier General") stays as it is."""
    end = role[1]
    while rank := _TRAILING_RANK.search(text, role[0], end):
        before = text[role[0]:rank.start()].split()[-1:] or [""]
        if rank.group(0) == " General" and _is_head(before[0]) and not _RANK_ONLY.fullmatch(before[0]):
            break  # "Director General", "Attorney General": one post
        end = rank.start()
    post = text[role[0]:end]
    posts = [w for w in post.split() if _is_head(w) and w not in _HEAD_ABBRS and not _RANK_ONLY.fullmatch(w)]
    return (role[0], end) if posts else role


# a Scottish judge sits as a Lord or Lady and is named so, with one name: what the peer does on the bench tells the office
# ("Sentencing Aziz, Lord Ardmore said", "Lady Harwood jailed him for six years", "Lord Ardmore told the jury"); a peer in
# the Lords who speaks, or one told the court of, is none
_PEER_JUDGE = re.compile(
    rf"(?P<cue>\bSentencing)\s[^.;:!?“”\"\n]{{1,60}},\s(?P<name>(?:Lord|Lady) (?!{_NOT_NAME_WORD}(?![\w’'-])){_CAP})(?=\s(?:said|told|added)\b)"
    rf"|(?<![\w’'-])(?P<name2>(?:Lord|Lady) (?!{_NOT_NAME_WORD}(?![\w’'-])){_CAP})\s(?:(?:also|then|later)\s)?"
    rf"(?P<cue2>sentenced|jailed|told the (?:jury|accused|defendants?|dock|gang)|directed the jury|passed sentence|ruled that"
    # ... or what a judge in a civil court or a judicial review does to a decision or a case ("Lord X quashed the Home
    # Office's decision", "Lady Y refused the petition", "Lord Z allowed the appeal")
    rf"|(?:quashed|overturned|upheld|set aside|reduced) (?:the|his|her|their|a|an)"
    rf"|(?:refused|granted|allowed|dismissed) (?:the|his|her|their|a|an) (?:[\w’'-]+ ){{0,2}}?"
    rf"(?:appeal|petition|application|challenge|bail|review))\b")


# a peer named by his title after his post: "the Home Office minister Lord Pennard of Kew said"; the name patterns take
# "Lord" for an honorific and find one name left (the peer's single name is all of it, with its territorial designation)
_TITLED_PEER = re.compile(rf"(?<![\w’'-])(?P<name>{_PEER} (?!{_NOT_NAME_WORD}(?![\w’'-])){_CAP}{_DESIGNATION})(?![\w’'-]| [A-Z])")
_PEERS_POST_BEFORE = re.compile(rf"(?<![\w’'-])(?P<role>(?:[A-Z][\w’'-]* ){{0,3}}(?:{_HEADS_RE}|{_HEADS_LOWER_RE})) $")


def _add_titled_peers(found: dict, text: str) -> None:
    for m in _TITLED_PEER.finditer(text):
        if (post := _PEERS_POST_BEFORE.search(text, max(0, m.start() - 60), m.start())) is not None:
            role = (_org_start(text, post.start("role")), post.end("role"))
            _add(found, text, role[0], m.end("name"), role, m.span("name"), peer=True)


def _add_peer_judges(found: dict, text: str) -> None:
    """A judge named as a peer, by what he does on the bench; role "judge" (the article need not write the word)."""
    named = {c.values["name"] for c in found.values()}
    for m in _PEER_JUDGE.finditer(text):
        name, cue = m.span("name") if m.group("name") else m.span("name2"), m.span("cue") if m.group("cue") else m.span("cue2")
        if text[slice(*name)] in named or not _looks_like_name(text[slice(*name)], peer=True):
            continue
        named.add(text[slice(*name)])
        cand = Candidate("officials", min(name[0], cue[0]), max(name[1], cue[1]), {"name": text[slice(*name)], "role": "judge"},
                         {"name": name, "role": cue})
        found.setdefault((cand.start, cand.end), cand)


# an English judge by title and surname ("Lord Justice Ashcombe", "Mrs Justice Varga"), or by surname and post-nominal
# ("Ashcombe LJ", "Oduya J"): the surname is the name, as the judgment's heading gives it; "Justice" names no post of its own
# (HEADS has no "Justice": "the Ministry of Justice", "Justice Minister X"); a news story may give the forename too
# ("Mr Justice Tom Oduya"): the forename and the surname are the name
_JUSTICE_TITLED = re.compile(rf"(?<![\w’'-])(?P<role>(?:Lord|Lady|Mr|Mrs|Ms) Justice) (?P<name>(?:{_CAP} )?{_CAP})(?![\w’'-]| {_CAP})")
_JUDGE_POST_NOMINAL = re.compile(rf"(?<![\w’'-])(?P<name>{_CAP}) (?:LJ|LCJ|J)(?=[\s,.;:)])")


def _add_judges(found: dict, text: str) -> None:
    titled = set()
    for m in _JUSTICE_TITLED.finditer(text):
        titled.add(m.group("name").split()[-1])  # "Tom Oduya" is "Oduya J" later
        _add(found, text, m.start(), m.end(), m.span("role"), m.span("name"), surname=True)
    for m in _JUDGE_POST_NOMINAL.finditer(text):
        if m.group("name") not in titled and not _is_head(m.group("name")) and m.group("name") not in _HONORIFICS:
            titled.add(m.group("name"))
            _add(found, text, m.start(), m.end(), m.span(), m.span("name"), surname=True)


# a lone capitalised word after another, the first maybe a title ("Councillor Aziz said"): what a titled surname needs
# (the capital first, the look behind after it: a pattern opening with a character class is scanned by that class, in C,
# not tried at every position)
_TITLE_THEN_WORD = re.compile(r"([A-Z](?<![\w’'-].)[\w.’'-]*)[^\S\n][A-Z][\w’'-]*(?![\w’'-]|[^\S\n][A-Z])")


# a profile names its subject bare, then gives the post in the next sentence's subject: "Jane Roe starts her day at six. The
# British ambassador to Iraq takes the first call at home." (a nation and a place: a bare "The judge said" after "X was
# jailed" is someone else)
# (its literal "The" goes first and the sentence start is looked behind for after it, over "The": the same matches, as the
# lookbehinds test the same characters before the "T", but a pattern opening with a literal is searched for by that literal
# over a text instead of testing both lookbehinds at every position: thirty times less time over an article)
_POST_NEXT_SENTENCE = re.compile(r"The(?:(?<=[.!?] The)|(?<=\nThe)) (?:British|UK|Iraqi|Kurdish|Irish|French|German|Dutch|Belgian|Turkish) "
                                 rf"(?P<role>{_HEADS_LOWER_RE} (?:to|in) [A-Z][\w’'-]*)(?= [a-z]+s\b)")
_SUBJECT_NAME = re.compile(rf"(?P<name>{_NAME}) (?=[a-z]+s\b)")


# an official's counterpart named after a comma ("the Finnish minister, X, and her Swedish counterpart, Y, will meet") holds
# the same post for another state: the role is the words written, kept only after an official named earlier in the sentence
# (a firm's chief and "his Dutch counterpart" are no officials)
_COUNTERPART = re.compile(rf"\b(?:his|her|their|its) (?P<role>(?:[A-Z][\w’'-]* ){{0,2}}counterpart), (?P<name>{_NAME})(?=,| (?:said|told|says|will|has|had|is|was)\b|\.)")


def _add_counterparts(found: dict, text: str) -> None:
    named = sorted(c.spans["name"][1] for c in found.values())
    for m in _COUNTERPART.finditer(text):
        if not _looks_like_name(m.group("name")):
            continue
        opening = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()))
        if not any(opening < end <= m.start() for end in named):
            continue
        cand = Candidate("officials", m.start("role"), m.end("name"), {"name": m.group("name"), "role": m.group("role")},
                         {"name": m.span("name"), "role": m.span("role")})
        found.setdefault((cand.start, cand.end), cand)


def _add_post_next_sentence(found: dict, text: str) -> None:
    roled = {c.values["name"] for c in found.values()}
    for m in _POST_NEXT_SENTENCE.finditer(text):
        lo = max(0, m.start() - 300)
        dot, line = text.rfind(". ", lo, m.start() - 2), text.rfind("\n", lo, m.start())
        if dot < 0 and line < 0 and lo > 0:
            continue
        before = max(dot + 2 if dot >= 0 else 0, line + 1)
        if not (subject := _SUBJECT_NAME.match(text, before)) or subject.group("name") in roled:
            continue  # the sentence before must open with its subject's name, someone the article gives no other post
        _add(found, text, m.start("role"), m.end("role"), m.span("role"), subject.span("name"))


# an interview feature opens a paragraph on its subject's full name, then quotes them by their post alone: "Jane Roe keeps
# a map above her desk. | “…,” the Border Protection Director told me." (a capitalised title of two words or more, no
# name after it, in the paragraph that opens with the name or the next one: the post is the subject's, when the article
# gives them no other role)
# (its literal "the" goes first, the closing quotation mark looked behind for, as _POST_NEXT_SENTENCE does)
_TITLE_SAYS_AFTER_QUOTE = re.compile(r"the(?<=[,.!?][”\"’'] the) (?P<role>(?:[A-Z][\w’'-]*\s){1,3}(?:" + _HEADS_RE + r"))"
                                     r" (?:told|said|says|tells)\b")


def _add_title_speaking_after_subject(found: dict, text: str) -> None:
    roled = {c.values["name"] for c in found.values()}
    for m in _TITLE_SAYS_AFTER_QUOTE.finditer(text):
        para = text.rfind("\n", 0, m.start()) + 1
        if text[para:para + 1] in "“\"‘'" and para >= 2:  # the quotation opens its paragraph: the paragraph before
            para = text.rfind("\n", 0, len(text[:para].rstrip())) + 1
        if m.start() - para > 700 or not (subject := _SUBJECT_NAME.match(text, para)) or subject.group("name") in roled:
            continue
        _add(found, text, m.start("role"), m.end("role"), m.span("role"), subject.span("name"))


# a story may open a paragraph on the office alone ("The Border Security Minister was grilled by listeners …") and name its
# holder only in the next, as the one speaking ("… , Rachel Hennessy insisted the pact was working"): the title is theirs
# when the article gives them no other role (a speaker named in a paragraph further on is no longer the same subject)
_TITLE_SUBJECT = re.compile(rf"^The (?P<role>(?:[A-Z][\w’'-]*\s){{0,3}}?(?:{_HEADS_RE}))(?=\s(?:was|is|has|had|will|would)\s)", re.MULTILINE)
_SPEAKING_NAME = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME}) (?:said|says|insisted|insists|told|tells|argued|argues|replied|"
                            r"admitted|admits|stressed|stresses|warned|warns|claimed|claims)\b")


def _add_title_subject_named_next(found: dict, text: str) -> None:
    roled = {c.values["name"] for c in found.values()}
    for m in at_line_starts(_TITLE_SUBJECT, text):
        if m.group("role").split()[0] in _HONORIFICS or (here := text.find("\n\n", m.end(), m.end() + 600)) < 0:
            continue
        nxt = text.find("\n\n", here + 2, here + 602)
        speaker = _SPEAKING_NAME.search(text, here + 2, nxt if nxt >= 0 else min(len(text), here + 602))
        if speaker and " " in speaker.group("name") and speaker.group("name") not in roled:
            _add(found, text, m.start("role"), m.end("role"), m.span("role"), speaker.span("name"))


def _add_titled_surnames(found: dict, text: str) -> None:
    """An official the article names only by title and surname ("Councillor Aziz said", "Superintendent Hughes told"),
    giving no forename anywhere: the surname with the title as role. One named in full elsewhere is that person."""
    from .people import people, titled_surname  # people.py reads this module's word lists

    # most articles have no title before a lone capitalised word: they skip finding every person
    if not any(_is_head(m.group(1)) or _RANK_ONLY.fullmatch(m.group(1)) for m in _TITLE_THEN_WORD.finditer(text)):
        return
    # a rank's abbreviation may cut a full name short ("Lt. Agnieszka | Maj"): the full name found there is the person
    named_at = {c.spans["name"][0] for c in found.values() if " " in c.values["name"]}
    for m in people(text):
        if m.name and " " not in m.name and m.name == text[m.start:m.end] and titled_surname(text, m.start) \
                and m.start not in named_at:
            title = text.rfind(" ", max(0, m.start - 40), m.start - 1) + 1
            _add(found, text, _org_start(text, title), m.end, (_org_start(text, title), m.start - 1), (m.start, m.end), surname=True)


# a headline opening with a title and no name after it: "Home Secretary in Erbil as …", "UK Interior Minister to fly to …"
_HEADLINE_TITLE = re.compile(rf"(?:(?:UK|British|Britain[’']s|Iraqi|Iraq[’']s|Kurdish|German|French)\s)?(?P<role>(?:[A-Z][\w’'-]*\s){{0,3}}?"
                             rf"(?:{_HEADS_RE}))(?=\s+[a-z]|[:,]\s|\s*$)")


_HEADLINE_CLAUSE = re.compile(r"[,:;]\s(?=[A-Z])")


def _add_headline_title(found: dict, text: str) -> None:
    """A newspaper's headline names the office ("Home Secretary in Erbil as …") and its standfirst, the next line, opens
    with the holder's name and no role ("Helen Maitland promises …"): when the story calls the office "the Home Secretary"
    too and gives that person no other role, the title is the person's."""
    head_end = text.find("\n")
    if head_end == -1:
        return
    title = _HEADLINE_TITLE.match(text, 0, head_end)
    if title is None and (clause := _HEADLINE_CLAUSE.search(text, 0, head_end)):
        # "Iraq returns reach 2,310, Home Secretary tells MPs": the office opens the headline's second clause
        title = _HEADLINE_TITLE.match(text, clause.end(), head_end)
    if title is None or not _is_head(title.group("role").split()[-1]):
        return
    line = head_end
    while line < len(text) and text[line] == "\n":
        line += 1
    role = title.group("role")
    if not (the_role := re.search(rf"\b[Tt]he {re.escape(role)}\b", text[line:])):
        return
    # the holder opens the standfirst, or the paragraph after the lede that calls the office "the Home Secretary" first
    # ("... the Home Secretary told the Commons. | Miriam Oakley, who rose at 12.34pm, said ...")
    opens = {line}
    if (lede_end := text.find("\n\n", line + the_role.end())) != -1 and lede_end - line - the_role.end() < 600:
        opens.add(lede_end + 2)
    from .people import people  # people.py reads this module's word lists

    who = next((m for m in people(text) if m.start in opens), None)
    if who is None or not who.name or " " not in who.name or who.name != text[who.start:who.end] \
            or text.startswith((",", " ("), who.end) and not text.startswith(", who ", who.end):
        return
    if any(c.values["name"] == who.name for c in found.values()):
        return  # the person holds a role the article gives with the name
    _add(found, text, 0, who.end, title.span("role"), (who.start, who.end))


# a post named by the portfolios it joins, listed with commas: "Police, Fire and Crime Commissioner" (the role scan stops at
# the comma after the first); the list's next word is capitalised, and "and" follows it
_SERIAL_PORTFOLIO_OPENS = re.compile(r"[A-Z][a-z]+ and [A-Z]")
# (the list opened by "the" or an owner's possessive: "Essex's Police, Fire and ..."; not "In Dover, Fire and Rescue
# Commissioner X", "On Monday, Home and Justice Minister X", a clause before the post)
_SERIAL_PORTFOLIO_BEFORE = re.compile(r"(?:\b[Tt]he|[A-Z][\w-]*[’']s) ([A-Z][a-z]+), $")


def _add(found: dict, text: str, start: int, end: int, role: tuple[int, int], name: tuple[int, int],
         peer: bool = False, surname: bool = False) -> None:
    # a possessive the name pattern took as a name's last letters ("Minister X Y's office said") is no part of the name:
    # the owner is the person named ("O'Brien" keeps its apostrophe, as a letter other than a lone "s" follows it)
    if text.endswith(("'s", "’s"), name[0], name[1]):
        name = (name[0], name[1] - 2)
    # a title the name pattern took for a first name belongs to the role: "Chief | Constable Ian Marsh"
    # (so is a rank the name pattern took: "spokesperson Major | Anna Nowak": worn with the name, no part of it)
    while not peer and (m := re.match(r"(\S+) ", text[name[0]:name[1]])) and (_is_head(m.group(1)) or _HON_RE.fullmatch(m.group(1))
                                                                               or m.group(1) in _HONORIFICS
                                                                               or m.group(1) in _PROFESSION_STYLES
                                                                               or _RANK_ONLY.fullmatch(m.group(1))
                                                                               or m.group(1) == "Justice"
                                                                               and _JUSTICE_HON_BEFORE.search(text, max(0, name[0] - 5), name[0])):
        if _is_head(m.group(1)) and role[1] <= name[0]:
            role = (role[0], name[0] + len(m.group(1)))
        elif m.group(1) in _PROFESSION_STYLES and role[1] == name[0] - 1:
            role = (role[0], name[0] + len(m.group(1)))  # "Chief Engineer X": the profession right after the title is the title's
        name = (name[0] + m.end(), name[1])
        # the words the name pattern spent on the title may have cut the name short: "Major General | Abbas Naji al-Maliki"
        if (whole := _NAME_RE.match(text, name[0])) and whole.end() > name[1]:
            name = (name[0], whole.end())
    # a portfolio's last word the name pattern took for a forename belongs to the role: "Director of Threat | Leadership
    # Jane Roe" (a common noun by its ending, never a forename; only after "of"/"for" and with two name words left)
    if role[1] <= name[0] and text[role[1]:name[0]] == " " and _PORTFOLIO_RUNS_ON.search(text, role[0], role[1]) \
            and (noun := _PORTFOLIO_NOUN.match(text, name[0], name[1])) and text.count(" ", noun.end(), name[1]) >= 2:
        role, name = (role[0], noun.end()), (noun.end() + 1, name[1])
    role = _role_span(text, *role)
    if role:
        role = _rank_cut(text, role)
    if role and _SERIAL_PORTFOLIO_OPENS.match(text, *role) \
            and (first := _SERIAL_PORTFOLIO_BEFORE.search(text, max(0, role[0] - 40), role[0])) and not _is_place(first.group(1)):
        role = (first.start(1), role[1])  # "Police, Fire and Crime Commissioner": a post's portfolios listed, the comma's too
    if role and (two := next((m for m in _SECOND_TITLE.finditer(text, *role) if _is_head(m.group(1)) or m.group(1) == "member"), None)):
        role = (role[0], two.start())  # "spokesman and MP for Ceredigion North": two posts; the first is proposed
    elif role and _PARTY_POST.search(text, max(0, role[0] - 30), role[1]):
        return  # a party's spokesman with no seat named
    employer = role  # the post with its employer, before the employer is cut: "director at the charity X" is a charity's post
    if role and (unit := _UNIT_AFTER.search(text, *role)) and _is_head(text[role[0]:unit.start()].split()[-1]) \
            and not _is_place(unit.group(1)):
        role = (role[0], unit.start())
    elif role and (sub := _SUBUNIT_POST.match(text, role[0], role[1])) and _is_head(sub.group("head")):
        role = (role[0], sub.end("post"))  # "head of the returnee support unit | at the KRG Ministry of Labour"
    # a legislator's party after the seat is no part of the post: "an MP for Erbil from the Kurdistan Democratic Party bloc"
    if role and (party := _FROM_PARTY.search(text, *role)) and _LEGISLATOR.search(text, role[0], party.start()):
        role = (role[0], party.start())
    # "Minister for the Middle East Sarah Linwood": the name pattern took the portfolio's last word (only with the name right
    # after the title: after a comma, "The MP for Stoke Central, Jo Roe", the seat and the name are apart)
    if role and role[1] <= name[0] and text[role[0]:role[1]].split()[-1].lower() in _REGION_WORDS and " " in text[name[0]:name[1]] \
            and text[role[1]:name[0]] == " ":
        role, name = (role[0], name[0] + text[name[0]:name[1]].index(" ")), (name[0] + text[name[0]:name[1]].index(" ") + 1, name[1])
    # ... and a county it took too, the portfolio's place: "Senior Coroner for Leeds and South East | Hampshire Mary Holt"
    if role and role[1] <= name[0] and text[role[1]:name[0]] == " " and (county := _COUNTY.match(text, name[0], name[1])) \
            and text.count(" ", county.end(), name[1]) >= 2 and text[county.end()] == " ":
        role, name = (role[0], county.end()), (county.end() + 1, name[1])
    # ... and a place of two words the gazetteer lacks: "Mayor of Velika | Kladuša Fikret Osmanović"; the story names the place
    # elsewhere without the name after it ("in Velika Kladuša, most …"), and a forename never stands so
    elif role and role[1] <= name[0] and text[role[1]:name[0]] == " " and text.count(" ", *name) >= 2 \
            and _POST_PLACE_END.search(text, role[0], role[1]) \
            and place_named_apart(text, text.rindex(" ", 0, role[1]) + 1, text.index(" ", *name)):
        first = text.index(" ", *name)
        role, name = (role[0], first), (first + 1, name[1])
    if role is None or not _looks_like_name(text[name[0]:name[1]], peer, surname):
        return
    if role[1] <= name[0] and text[role[1]:name[0]] == " " and _SEAT_TITLE.search(text, role[0], role[1]) \
            and _APPOSED_TO_NAME.search(text, max(0, role[0] - 40), role[0]):
        return  # "X, the Labour MP for Birmingham Hall Green, said": the seat's words, its holder named before the comma
    role_text = text[role[0]:role[1]]
    if "anager" in role_text and not _MANAGER_POST.search(role_text) \
            and not ((at_body := _MANAGER_AT_BODY.search(role_text))
                     and _names_public_body(at_body.group("body"))) \
            and not _PUBLIC_POSSESSOR.search(text, max(0, role[0] - 20), role[0]) \
            and not _country_possessor(text, role[0]) \
            and not (_ITS_MANAGER_BEFORE.search(text, max(0, role[0] - 5), role[0]) and _public_subject(text, role[0])) \
            and {w.lower() for w in role_text.split() if _is_head(w)} == {"manager"}:
        return  # a shop's, a hotel's, a support service's manager holds no public post
    if _against_subject(role_text) or _private(text, role, role_text) \
            or _other_named_body(text, role_text) and not _public_owner_before(text, role[0]) \
            or _introduced_as_subject(text, start, name[1]) \
            or employer and employer != role and _private(text, employer, text[employer[0]:employer[1]]):
        return
    # (the body or the day job told after the name: a gate on the next characters first, most names have neither)
    if text.startswith((" of ", " from ", " at ", " with ", ", of ", ", from "), name[1]) \
            and (after := _BODY_AFTER_NAME.match(text, name[1])) and _PRIVATE_NAME.search(after.group("body")):
        return
    if text.startswith(", ", name[1]) and _TRADE_AFTER_NAME.match(text, name[1]):
        return
    # (a past tenure's "from", "between" or bracket is asked for in the window before the search: most roles have none)
    if NO_OFFICE.search(text, max(0, min(start, role[0]) - 12), role[1]) \
            or _THEN_BEFORE.search(text, max(0, min(start, role[0]) - 50), min(start, role[0])) \
            or role[0] > name[1] and _THEN_APPOSED.search(text, max(0, role[0] - 12), role[0]) \
            or role[1] <= name[0] and (_THEN_AFTER_PREPOSITION.search(text, max(0, role[0] - 60), role[0])
                                       or text[role[0]].islower() and _THEN_AFTER_PAUSE.search(text, max(0, role[0] - 8), role[0])) \
            or ("(" in (role_on := text[role[0]:role[1] + 30]) or "from" in role_on or "between" in role_on) \
            and (tenure := _PAST_TENURE.search(text, role[0], min(len(text), role[1] + 30))) and tenure.start() <= role[1]:
        return
    line = text.rfind("\n", 0, min(start, name[0])) + 1
    line_end = text.find("\n", line) % (len(text) + 1)
    if _JOURNALIST.search(f"{role_text} {text[name[0]:name[1]]}") or _JOURNALIST_BEFORE.search(text, max(0, name[0] - 40), name[0]) \
            or BYLINE_START.match(text, line) \
            and not _SENTENCE_STOP.search(text[line:line_end].rstrip() + " "):
        return  # a newspaper's or a broadcaster's staff ("Chief Crime Correspondent"), or a byline's author ("By X, …")
        # (a title before "Political Correspondent" took it for a name: no one either)
    while m := re.match(r"[a-z]+ ", text[start:role[0]]):  # "and Iraqi Interior Minister ...": quote from "Iraqi"
        start += m.end()
    start = min(start, role[0], name[0])
    cand = Candidate("officials", start, max(end, role[1], name[1]),
                     {"name": text[name[0]:name[1]], "role": _TITLE_WRITTEN_OUT.get(role_text.rstrip("."), role_text)},
                     {"name": name, "role": role})
    found.setdefault((cand.start, cand.end), cand)


# a councillor's title abbreviated before the name ("Cllr X") is the post "Councillor", as the gold files write it (the
# role's span keeps the abbreviation)
_TITLE_WRITTEN_OUT = {"Cllr": "Councillor"} | {  # the trial's opening speech is prosecuting counsel's
    f"Opening {case}": "prosecuting counsel" for case in ("the case for the prosecution", "the case for the Crown", "the trial for the prosecution",
                                                         "the trial for the Crown", "for the prosecution", "for the Crown",
                                                         "the prosecution case", "the Crown case", "the prosecution's case", "the Crown's case",
                                                         "the prosecution’s case", "the Crown’s case")}
_FROM_PARTY = re.compile(r" from the (?=[A-Z])")
_LEGISLATOR = re.compile(r"\b(?:MP|MEP|MSP|MLA|TD|[Ss]enator|[Cc]ouncill?or|[Mm]ember)\b")
# a legislator's seat named after the title, and the title in apposition to a name before it
_SEAT_TITLE = re.compile(r"\b(?:MP|MEP|MSP|MLA|MS|AM|TD|[Mm]ember)\s+for\s+[A-Z]")
_APPOSED_TO_NAME = re.compile(r"[A-Z][\w’'-]+,\s+(?:the|an?)\s+$")


# a post at a newspaper or a broadcaster: whoever holds it reports the story and holds no public post
_JOURNALIST = re.compile(r"\b(?:[Cc]orrespondents?|[Rr]eporters?|[Ee]ditors?|[Cc]olumnists?|[Jj]ournalists?|[Ss]taff [Ww]riters?)\b")
# ... told before the name too: "Our correspondent X, travelling with the minister, says": the minister is whom she travels with
_JOURNALIST_BEFORE = re.compile(rf"{_JOURNALIST.pattern}[^\S\n]+(?:{_HON}[^\S\n]+)?$")


# a legislator named by party, the party's name ending as a charity's may ("Alliance", "Coalition"): no body has members of
# parliament but a party
_PARTY_LEGISLATOR = re.compile(r"(?:[A-Z][\w’'-]*\s){1,4}(?:MP|MEP|MSP|MLA|TD)(?:\sfor\s[A-Z][\w’'-]*(?:\s(?:and\s)?[A-Z][\w’'-]*){0,4})?")


# a member of parliament's bare title, as a town's possessive wears it: "Hillside's MP"
_MEMBER_OF_PARLIAMENT = re.compile(r"(?:[A-Z][\w’'-]*[’']s\s)?(?:MP|MEP|MSP|MLA|TD)")


_BODY_BY_NOUN = re.compile(r"\b(?:at|of|with|for) the ([a-z]{4,})$")
# ... or by that word as the possessor of a unit in the post: "head of the council's asylum department" after "the Irish
# Refugee Council"
_BODY_BY_NOUN_POSSESSIVE = re.compile(r"\b(?:of|at|with|for) the ([a-z]{4,})[’']s\s")


# a spokesperson's title alone, naming no body, opening its sentence ("Spokeswoman X is available for interview"): the
# spokesperson speaks for the body the sentence before is about
_BARE_SPOKESPERSON = re.compile(r"[Ss]pokes(?:person|man|woman)")
# the body a spokesperson speaks for, called a company in the words reported from it: "said the company worked …"
_SAID_THE_COMPANY = re.compile(r"^[^.!?\n]*?\b(?:said|says|added)\s(?:that\s)?the\s(?:company|firm)\b(?!\s(?:was|had been) fined)")


def _sentence_before_names_private(text: str, at: int, names: tuple[str, ...]) -> bool:
    """Does a role at `at` open its sentence, and does the sentence before, in the same paragraph, name a body the article
    calls private ("The charity says …", "… run by the Tees Welcome Project.")?"""
    starts = [max(0, at - 400)] + [m.end() for m in _SENTENCE_STOP.finditer(text, max(0, at - 400), at)]
    if len(starts) < 2 or text[starts[-1]:at].strip():
        return False
    if "\n" in text[starts[-2]:at]:
        return False  # (the paragraph before may be about another body)
    window = text[starts[-2]:starts[-1]]
    if _private_body(window) or _PRIVATE_NAME.search(window) or any(n in window for n in names):
        return True
    # ... or the spokesperson's own sentence calls the body the sentence before is about "the company" or "the firm"
    # ("Northgate Harbours, which runs the quay, said … Spokesman X said the company worked …"), a body told by no public
    # word there (not after "Kent Police raided the yard.": a force's spokesman speaking of a company)
    own = text[at:at + 200]
    return ("the company" in own or "the firm" in own) and bool(_SAID_THE_COMPANY.search(own)) \
        and not _names_public_body(window)


# a managing director's title alone, naming no body, opening its sentence ("Managing director X said …"): the post of the
# company or firm the paragraph, or the one before it, is about ("A Leeds removals firm was fined … \n\nManaging director X
# said"); Iraq's state companies have managing directors too ("the State Company for Oil Marketing … Managing director X"),
# so a paragraph naming one keeps the post public
# (so is a chief executive's, a board's post too, and so after the verb attributing a quotation: '"…," said chief executive X'
# after "The company handled 1,310 claims")
_BARE_MANAGING_DIRECTOR = re.compile(r"[Mm]anaging [Dd]irector|[Cc]hief [Ee]xecutive")
_SAID_BEFORE = re.compile(r"[”\"’'],?\s(?:said|says|added|adds)\s$")
# (a company or firm as a noun after its article, not "a firm commitment")
# (or the firms or companies it is one of: "Among the firms fined was Y Transport")
_A_COMPANY = re.compile(r"\b(?:the|a|an|its|their)\s(?:[\w’'-]+\s){0,3}?(?:company|firm|companies|firms)\b", re.IGNORECASE)
_STATE_COMPANY = re.compile(r"\b(?:[Gg]eneral|[Ss]tate|[Ss]tate-owned|[Pp]ublic|[Nn]ational) [Cc]ompan(?:y|ies)\b")


# a body the story says a charity, an NGO or a local organisation runs ("a shelter run by the local organisation X"): its
# centre's staff hold no public post
_RUN_BY_PRIVATE = re.compile(r"\brun by (?:the |a |an )?(?:local |small |grassroots |[A-Z][\w’'-]* )?(?:organi[sz]ation|charity|NGO|"
                             r"non-governmental organi[sz]ation|volunteer group|community group)\b")
# a paragraph's opening subject before its verb of saying: "Port operator X said it was cooperating", "The firm said"
_PARAGRAPH_SUBJECT_SAID = re.compile(r"([^.!?\n\"“”]{3,80}?)\s(?:said|says|told)\b")


def _paragraph_opens_with_company(text: str, at: int) -> bool:
    """Does the paragraph holding `at` open with a port operator or a company as the subject of its verb of saying ("Port
    operator X said it was cooperating with police"), none of them a state company?"""
    start = text.rfind("\n", 0, at) + 1
    subject = _PARAGRAPH_SUBJECT_SAID.match(text, start, at)
    return bool(subject and (_PORT_COMPANY.search(subject.group(1)) or _A_COMPANY.search(subject.group(1)))
                and not _STATE_COMPANY.search(subject.group(1)))


def _state_company_before(text: str, at: int) -> bool:
    """Is the last company the story named before `at` one of Iraq's state companies ("the company's director general, X"
    after "Iraq's General Company for Ports": the state company's post, a public one)?"""
    last = max(text.rfind("company", 0, at), text.rfind("Company", 0, at), text.rfind("Companies", 0, at), text.rfind("companies", 0, at))
    return last > 0 and _STATE_COMPANY.search(text, max(0, last - 14), last + 9) is not None


def _paragraph_before_names_company(text: str, at: int) -> bool:
    """Does a role at `at` open its sentence (or follow a quotation's "said"), and does its paragraph before it, or the
    paragraph before that, call a body a company or firm (none of them one of Iraq's state companies)?"""
    starts = [max(0, at - 400)] + [m.end() for m in _SENTENCE_STOP.finditer(text, max(0, at - 400), at)]
    if (len(starts) < 2 or text[starts[-1]:at].strip()) and not _SAID_BEFORE.search(text, max(0, at - 10), at):
        return False
    head = text[:text.rfind("\n", 0, at) + 1].rstrip("\n")  # the text up to the end of the paragraph before
    window = text[head.rfind("\n") + 1:at]
    return bool(_A_COMPANY.search(window)) and not _STATE_COMPANY.search(window)


# a company's officers below its chief executive, by their corporate titles (not a state's "chief information officer")
_C_SUITE_POST = re.compile(r"[Cc]hief (?:operating|financial|commercial|technology|marketing) officer\b")


def _private(text: str, role: tuple[int, int], role_text: str) -> bool:
    """Is the role a post at a body the article calls a charity, company, university or the like ("chief executive of
    Harbour Light Trust" after "Harbour Light Trust, the UK anti-trafficking charity"), or, for "its director, X",
    is the body "its" stands for (named in its sentence, or in the sentence before when "Its" opens one) such a body?"""
    if _PARTY_LEGISLATOR.fullmatch(role_text):
        return False  # "Red-Green Alliance MP": a party, named as a charity may be, whose seat is an elected one
    if role_text[:1] in "Cc" and _C_SUITE_POST.match(text, role[0]):
        return True  # "X, chief operating officer of the port's owner": a company's officer, whatever its role was trimmed to
    names = _private_bodies(text)
    if (_private_body(role_text) or _PRIVATE_NAME.search(role_text) or _PLATFORM_OWNER.search(role_text)
            or any(w in role_text for w in _PRIVATE_POST_WORDS) and _PRIVATE_POST.search(role_text) or _AT_TRADE_BODY.search(role_text) or any(n in role_text for n in names)
            or _VOLUNTEER_POST.search(role_text) or _AIRPORT_SPOKESPERSON.search(role_text)
            or _BASED_BODY.search(role_text)
            or "rivate" in role_text and _CALLED_PRIVATE.search(role_text)
            or _PORT_SPOKESPERSON.search(role_text) and _PORT_COMPANY.search(text)
            or "port" in role_text and _AT_PORT_OPERATOR.search(role_text)
            or _BRITISH_PORT_SPOKESPERSON.search(role_text)
            or _BRITISH_PORT_HEAD.search(role_text)
            or _UNNAMED_SITE_SPOKESPERSON.fullmatch(role_text) or _BRAND_BODY.search(role_text)):
        return True
    # (a company's name opening with a country's word the role was trimmed of: "Iraqi | Airways spokesman X", "Turkish |
    # Airlines' director"; the trade word is the name's last, the country its first)
    if role_text[:1].isupper() and (first := _CAP_WORD_BEFORE.search(text, max(0, role[0] - 30), role[0])) \
            and (company := _PRIVATE_NAME.match(text, first.start())) and company.end() > role[0]:
        return True
    if _BARE_DIRECTOR.fullmatch(role_text) and _FILM_WORK.search(
            text, text.rfind("\n", 0, role[0]) + 1, (text.find("\n", role[1]) + 1 or len(text) + 1) - 1):
        return True  # "the director X" in a paragraph about her documentary: the film's director
    # (or by its name's last word, lowercase, after the story named it in full: "a legal officer with the council" after "the
    # Irish Refugee Council")
    if (noun := _BODY_BY_NOUN.search(role_text) or _BODY_BY_NOUN_POSSESSIVE.search(role_text)) and any(m.group(0).endswith(" " + noun.group(1).title())
                                                        for m in _PRIVATE_NAME_SCAN.finditer(text, 0, role[0])):
        return True
    # (or by the initials it gave itself: "executive director of KFHRD")
    if any(n.isupper() and re.search(rf"\b{n}\b", role_text) for n in _private_short_names(text)):
        return True
    # (or by its short name, ending a post held at it: "chief executive of Halden" after "Halden Detection Systems")
    if (at_short := _AT_SHORT_NAME.search(role_text)) and at_short.group(1) in _private_short_names(text):
        return True
    # (the possessor may open the role: "the organisation’s head", kept with a bare "head")
    at = role[0] + own.end() if (own := _OPENING_POSSESSOR.match(role_text)) else role[0]
    if (owner := _PRIVATE_POSSESSOR.search(text, max(0, at - 20), at)) \
            and not (owner.group(0).startswith("union") and _PUBLIC_UNION.search(text)) \
            and not (owner.group(0)[1:].startswith("ompany") and _state_company_before(text, owner.start())):
        return True
    if _UNION_INITIALS_POSSESSOR.search(text, max(0, at - 10), at) or _UNION_INITIALS.search(role_text):
        return True  # "the NFU's Kent adviser, X", "RMT organiser X": a trade union's or a trade association's post
    if _ONE_WORD_SPOKESPERSON.fullmatch(role_text) and not (_PUBLIC_BODY.search(role_text) or _public_acronym(text, role_text)):
        word = "(?-i:" + re.escape(role_text.split()[0]) + ")"
        if (_SAID_THE_TRADE.match(text, role[1], role[1] + 80) or _SAID_CUSTOMERS_COMPENSATED.match(text, role[1], role[1] + 160)
                or re.search(_TRADE_WORD_BEFORE_NAME.format(word=word), text, re.IGNORECASE)
                or re.search(_TRADE_WORD_AFTER_NAME.format(word=word), text, re.IGNORECASE)):
            # "SBB spokesman X said the railway supported …", "the federal railway SBB ... SBB spokeswoman X": the
            # railway's spokesman, a company's
            return True
    if _BANK_POSSESSOR.search(text, max(0, at - 14), at) and _PRIVATE_BANK.search(text):
        return True  # "the bank's head of compliance, X" after "a private bank in Erbil": the bank's staff
    # (a community centre the story then calls "the centre": "The centre's chair, X")
    if _CENTRE_POSSESSOR.search(text, max(0, at - 16), at) and (_COMMUNITY_CENTRE.search(text) or _RUN_BY_PRIVATE.search(text)):
        return True  # (or one the story says a charity or a local organisation runs: "run by the charity Bright Steps")
    if _BARE_SPOKESPERSON.fullmatch(role_text) and _paragraph_opens_with_company(text, role[0]):
        return True  # "Port operator X said it … \"…,\" spokeswoman Y said": the company's spokeswoman
    # (or by its whole trading name: "Talon Freight’s managing director")
    # (or by the name the story gave it as a charity's: "ECPAT UK's director" after "the charity ECPAT UK")
    if (named := _name_possessor(text, at)) and (_PRIVATE_NAME.fullmatch(named.group(1))
                                                                         or named.group(1) in names
                                                                         or _ends_private_name(named.group(1))):
        return True
    # (or by that trading name less its last word, as the story calls it once it has named it in full: "Zanko Gate's
    # director" after "Zanko Gate Education")
    if named and named.group(1) in _private_name_stems(text):
        return True
    # (or by that name's initials in the post: "MSF project coordinator" after "the charity Médecins Sans Frontières")
    if names and (caps := _CAPS_WORD.findall(role_text)) and any(c in _private_initials(names) for c in caps):
        return True
    # (or by "whose" after its name: "the NGO Save the Children, whose country director X": the charity's post)
    if text.startswith(", whose ", role[0] - 8) and ((window := text[max(0, role[0] - 68):role[0] - 8])
                                                     and (_private_body(window) or any(n in window for n in names))):
        return True
    if (short := _SHORT_POSSESSOR.search(text, max(0, at - 30), at)) and short.group(1) in _private_short_names(text) \
            and not _MEMBER_OF_PARLIAMENT.fullmatch(role_text):
        # "Jiyan’s executive director" after "the Jiyan Organisation for Human Rights": the body by its first word (not
        # "Hillside's MP" after the charity "Hillside Welcome": no body but a place has a member of parliament, the town
        # the charity is named for)
        return True
    if any(re.search(rf"\b{n}\b", role_text) for n in _writer_initials(text)) and _writer_private(text):
        return True  # "IBSU General Secretary X" in the IBSU's own statement: the post is the private writer's
    if _CONTACT_LINE.match(text, text.rfind("\n", 0, role[0]) + 1) and _writer_private(text):
        return True  # "Media enquiries: X, communications officer" closing a charity's release: the writer's own staff
    if _SUPPLIER_CONTACT_LINE.match(text, text.rfind("\n", 0, role[0]) + 1):
        return True  # "Supplier contact: X, Bid Director" in an award notice: the contractor's staff, not the buyer's
    if (at_body := _AT_BODY_AFTER.match(text, role[1]) or _AT_BODY_AFTER.search(role_text)) and _writer_campaigns(text) \
            and at_body.group(1) in text[:text.find("\n\n", _HEADER_CHARS) % (len(text) + 1)]:
        return True  # "X, Senior Policy Officer at the Y Council" in Y's own briefing, whose demands it lists: Y's staff
    if (_OUR_BEFORE.search(text, max(0, role[0] - 5), role[0]) or " our " in role_text) and _writer_private(text):
        return True  # "Our chief executive, X" in a charity's own briefing: the post is the writing charity's
    if (role_text.islower() or len(role_text.split()) <= 2 and _writer_registered(text)) \
            and role_text.rsplit(None, 1)[-1].lower() in _STAFF_HEADS and not _PUBLIC_BODY.search(role_text) \
            and not _POSSESSIVE_BEFORE.search(text, max(0, role[0] - 3), role[0]) and _writer_private(text):
        # "said helpline coordinator X" in a charity's newsletter: a post no body is named for is the writer's ("the
        # committee's chair, X" names the committee); so is a bare title in a registered charity's or company's own report,
        # as its signatory writes it ("signed on the board's behalf by X, Chair"; a newspaper's headline naming charities
        # makes the paper no charity, so its "Deputy Director X" keeps his post)
        return True
    if (body := _BODY_AFTER_COMMA.match(text, role[1])) and body.group(1).rsplit(None, 1)[-1] in BODY_NAME_ENDS:
        # "X, chair, Medway Refugee Network, Chatham" signing a letter: the body after the title is the post's (by a
        # charity's last name word only: "Procurement Lead, Border Systems" may be a public programme's)
        return True
    if role_text in _STAFF_HEADS and (body := _BODY_AFTER_COMMA.match(text, role[1])) \
            and text.startswith("\n", body.end()) and text.startswith("\n", role[0] - len(text[:role[0]].rsplit("\n", 1)[-1]) - 1) \
            and not _names_public_body(body.group(1)):
        # "X, coordinator, Harborough Welcome" closing a letter: a bare lowercase post of a body told by no public word is
        # a group's or a firm's (a council's or a force's signatory names it: "X, manager, Kent County Council")
        return True
    if _UNDER_CONTRACT_AFTER.match(text, role[1]):
        return True  # "a spokesperson for X Services, which runs 40 hotels under contract": a contractor, a company
    if _HELPS_AFTER.match(text, role[1]) and not (_names_public_body(role_text)
                                                  or _public_acronym(text, role_text)):
        return True  # "director of the Hope Bridge Organisation, which helps returnees": a body told by whom it helps
    if _BARE_SPOKESPERSON.fullmatch(role_text) and _sentence_before_names_private(text, role[0], names):
        return True  # "… the charity says. Spokeswoman X is available for interview": the charity's spokeswoman
    if _BARE_MANAGING_DIRECTOR.fullmatch(role_text) and _paragraph_before_names_company(text, role[0]):
        return True  # "… fined the haulage firm. \n\nManaging director X said": the firm's managing director
    if (owner_name := _name_possessor(text, role[0])) \
            and _HOLDER_SAYS_PRIVATE_AHEAD.match(text, role[1]) and _STAFF_POST_HEAD.search(role_text) \
            and not _STATE_POSSESSOR_WORD.search(owner_name.group(1)):
        return True  # "X, the Harbour Fund's welfare officer, said the charity had …": the holder tells the body a charity
    if _HOLDER_BODY_AFTER.match(text, role[1]):
        return True  # "said X, coordinator of Y. Her association counted …": the next sentence calls the holder's body a private one
    if not _ITS_BEFORE.search(text, max(0, role[0] - 6), role[0]):
        return False
    if _HOLDER_SAYS_COMPANY.match(text, role[1]):
        return True  # "Its spokesperson, X, said the company employed …": the holder's own words tell what "its" body is
    # ('"…," said its president, X': "its" looks back past the quotation to the sentence before it, as an opening "Its" does)
    at = role[0]
    if said := _SAID_ITS.search(text, max(0, role[0] - 80), role[0]):
        at = max(text.rfind('"', max(0, said.start() - 600), said.start()), text.rfind("“", max(0, said.start() - 600), said.start()))
        at = at if at >= 0 else role[0]
    starts = [max(0, at - 400)] + [m.end() for m in _SENTENCE_STOP.finditer(text, max(0, at - 400), at)]
    opens = at < role[0] or text[starts[-1]:role[0]].lstrip().lower().startswith(("its ", "their "))
    k = len(starts) - 2 if opens and len(starts) > 1 else len(starts) - 1
    # ... and further back while the sentence before also speaks of it by a pronoun ("… run by the charity X. It is staffed
    # by volunteers. Its coordinator, Y,"): the body the chain of pronouns started from
    while opens and k > 0 and len(starts) - k <= 4 and text[starts[k]:role[0]].lstrip().lower().startswith(("it ", "its ", "they ", "their ")):
        k -= 1
    window = text[starts[k]:role[0]]
    if _GROUP_SUBJECT.match(window.lstrip()):
        return True  # "The group now speaks for 90 families, according to its coordinator, X": a group's post, no public office
    # (so a body named as a charity is, by its name's last word: "run by the Tees Welcome Project, ... Its coordinator, X")
    # (or a body told by its volunteers: "Volunteers from the Dunmore Welcome Group ... Its coordinator, X": the state pays its staff)
    return bool(_private_body(window) or _ITS_NOT_PUBLIC.search(window) or _PRIVATE_NAME.search(window)
                or _VOLUNTEER_POST.search(window)
                or _ITS_AIRLINE.match(window.lstrip())) or any(n in window for n in names) \
        or "the cent" in window and bool(_COMMUNITY_CENTRE.search(text)) and bool(re.search(r"\bthe cent(?:re|er)\b", window)) \
        or any(re.search(rf"\b{n}\b(?! [A-Z])", window) for n in _private_short_names(text) if n in window) \
        or any(re.search(rf"(?<![\w’'-]){re.escape(n)}\b(?! [A-Z])", window) for n in _private_name_stems(text) if n in window)


def _private_name_stems(text: str) -> frozenset[str]:
    """A private body's full name less its last word, which the story calls it by once it has named it in full ("Severn
    Outboard" for Severn Outboard Holdings, "Talon Freight" for Talon Freight Systems): two words or more, so a place or a
    first name alone is never one."""
    out = set()
    for name in list(_private_bodies(text)) + [text[_org_start(text, m.start()):m.end()] for m in _PRIVATE_NAME_SCAN.finditer(text)]:
        words = _NAME_OPENING.sub("", name).split()
        if len(words) >= 3 and all(w[:1].isupper() for w in words[:-1]):
            out.add(" ".join(words[:-1]))
    return frozenset(out)


def _ends_private_name(name: str) -> bool:
    """Do a possessor's last words name a private body, its first words a place or an article ("The Irish Refugee Council",
    "Kent Refugee Action Network"), as a two-word name does whole ("Action Network")?"""
    return any(m.end() == len(name) for m in _PRIVATE_NAME.finditer(name))


# the sentence after a post calls its holder's body by a private body's noun: "said X, coordinator of Y. Her association
# counted …" (a body a charity, a group or a company; "His department" or "Her force" names a public one and stays)
_HOLDER_BODY_AFTER = re.compile(r"[^.!?\n]{0,80}?[.!?][^\S\n]+(?:Her|His|Their)\s(?:association|charity|organi[sz]ation|NGO|"
                                r"group|company|firm|network|trust|foundation|collective)\b"
                                # (or the holder's own quotation opening on it, told as "her" or "our": 'X, the coordinator
                                # of Y, said: "Our association has found classes for them"')
                                r"|,?\s(?:said|says|added|adds|told\s[^.!?\n,:]{1,40})[,:]?\s[\"“‘](?:Her|His|Their|Our|My)\s(?:association|"
                                r"charity|organi[sz]ation|NGO|group|company|firm|network|trust|foundation|collective)\b(?!\s(?:with|between|to)\b)")
# "its" in a sentence whose subject is "the group", lowercase: a group of people, as a charity's or a campaign's ("The
# group now speaks for 90 families, according to its coordinator"; "The Contact Group" or "the working group" is a body
# of states or officials, and stays)
_GROUP_SUBJECT = re.compile(r"[Tt]he group\b")
# the holder of an "Its" post calling the body a company in their own words: "Its head of safety, X, said the platform had
# …", "Its spokesperson, X, said the company employed …" (a body named before only by a brand, "Meta said …", is a firm)
_HOLDER_SAYS_COMPANY = re.compile(rf",\s{_NAME},\s(?:said|says|added|adds)\s(?:that\s)?the\s(?:company|firm|platform|app|airline|"
                                  r"business|charity)\b")


# the holder of a post at a body named by its possessive, then saying what the body is in their own words: ", said the charity
# had …", ", says the company employs …" (a minister's "said the charity had been warned" names no possessor before the post)
_HOLDER_SAYS_PRIVATE_AHEAD = re.compile(r",\s(?:said|says|added|adds)\s(?:that\s)?(?:the|his|her|their)\s(?:charity|company|"
                                        r"firm|business|organisation|organization|group)\s(?:had|has|was|is|would|will|could|"
                                        r"employ|run|ran|gave|give)")
# (only for a staff post any body has, "welfare officer", "project manager", not a minister's, and at a body not named as the
# state's: "the Kent Police's liaison officer, said the charity had …" speaks of another body)
_STAFF_POST_HEAD = re.compile(r"\b(?i:officer|co-?ordinator|manager|worker|adviser|advisor|director|spokes(?:person|man|woman)|"
                              r"head|lead|chair(?:man|woman|person)?)\b")
_STATE_POSSESSOR_WORD = re.compile(r"\b(?i:police|office|ministry|council|force|agency|border|customs|government|department|"
                                   r"court|prosecution|service|embassy|consulate|army|navy|coastguard|authority|commission)\b")


# a company's own post ending in the one capitalised word of the body it is held at: "chief executive of Halden" (not "of
# Halden Port"; only a board's posts, as a public body's "director of X" may share a word with a firm's name)
_AT_SHORT_NAME = re.compile(r"\b(?i:chief executive|managing director|chief operating officer|founder|owner) (?:of|at) ([A-Z][\w’'-]{3,})$")


# a word in capitals in a post ("MSF project coordinator"): perhaps the initials of a body named in full
_CAPS_WORD = re.compile(r"\b[A-Z]{2,6}\b")


@lru_cache(maxsize=64)
def _private_initials(names: tuple[str, ...]) -> frozenset[str]:
    """The initials of the private bodies' names, their small words left out ("MSF" for Médecins Sans Frontières)."""
    out = set()
    for name in names:
        words = [w for w in name.split() if w[:1].isupper()]
        # (three words at least, none in capitals itself: "ECPAT UK" is no "EU")
        if len(words) >= 3 and all(w[1:2].islower() for w in words):
            out.add("".join(w[0] for w in words).upper())
    return frozenset(out)


# a generic post that names its own body ("a spokeswoman for Thrace Steel Works", "research director at Meridian Social
# Research", "chair of the Association of Kurdish Interpreters UK", "Gulf Airways' spokesman") is an official's only at a
# body of a public kind: any body has a spokesperson, a director, a chair. A bare post ("the director said") takes its body
# from the story and is left to the rules above, and so is a portfolio or a place after "of"/"for" ("Director General of
# Vocational Training", "regional manager for the Gulf"): they name a body only as "of the …" or before a body's last word
_GENERIC_HEAD = (r"(?:[Ss]pokes(?:person|man|woman)|[Dd]irector|[Cc]hair(?:man|woman|person)?|[Cc]o-?ordinator|[Ss]ecretary|"
                 r"[Mm]anager|[Oo]fficer|[Hh]ead|[Aa]dvis[eo]r|[Ll]ead)")
_BODY_NAME = r"[A-Z][\w’'&-]*(?:\s(?:(?:of|for|and|de|del|the)\s)*[A-Z][\w’'&-]*){0,5}"
_BODY_LAST_WORD = (r"(?:Airport|Airways|Airlines|Works|Global|Services|Research|Ltd|plc|Group|Union|Association|Foundation|Trust|"
                   r"Partners|Consulting|Company|Organi[sz]ation|Committee|Council|Centre|Center|Network|Society|Institute)")
_OWN_BODY = re.compile(
    rf"(?P<before>.*?)\b(?:(?P<spokes>[Ss]pokes(?:person|man|woman))\s(?:for|of|at)\s(?:the\s)?|{_GENERIC_HEAD}\s(?:at|with)\s(?:the\s)?"
    rf"|{_GENERIC_HEAD}\s(?:of\sthe\s(?=[A-Z])|(?:of|for)\s(?={_BODY_NAME}\s?{_BODY_LAST_WORD}\b)))(?P<body>{_BODY_NAME}.*)"
    rf"|(?:the\s)?(?P<owner>{_BODY_NAME})[’']s?\s(?:[\w-]+\s){{0,2}}?{_GENERIC_HEAD}\b")
# (the words a public body's name holds beyond _PUBLIC_BODY's: "Duhok police", "the Guardia Civil", "the Ibrahim Khalil
# crossing", "the Kurdistan Region's Joint Crisis Coordination Centre", "the UK Mission to the United Nations", "the Global
# Britain Unit"; Iraq's state-owned firms are each a "General Company": "the General Company for Iraqi Railways")
_PUBLIC_BODY_WORDS = re.compile(r"(?i)\b(?:ministry|ministries|minister|asayish|police|ports?|crossings?|customs|prosecutor\w*|state|"
                                r"federal|public|coastguard|mission|united nations|marechaussee|guardia civil|bundeskriminalamt|"
                                r"carabinieri|nca|jcc|emsc|coordination centre|kurdistan region(?:al government)?|krg|downing street|units?|general company)\b")


# a public body owning the post right before it: "Border Force's Director of the Short Straits, X" (what the post is "of" is its
# area, not the holder's employer)
_OWNER_BEFORE = re.compile(r"(?<![\w’'-])(?P<owner>(?:[A-Z][\w-]* ){0,3}[A-Z][\w-]*)[’']s\s$")


def _public_owner_before(text: str, start: int) -> bool:
    """Is the post starting at ``start`` owned by a public body named just before it ("the Home Office's", "Border Force's")?"""
    owner = _OWNER_BEFORE.search(text, max(0, start - 50), start)
    return owner is not None and _public_kind(text, owner.group("owner"))


def _other_named_body(text: str, role_text: str) -> bool:
    """Is ``role_text`` a generic post at a body it names ("spokesman for VisaLink Global"), a body of no public kind?"""
    if not (m := _OWN_BODY.match(role_text)):
        return False
    body = m.group("body") or m.group(0)
    if all(_is_place(w) or w.lower() in _REGION_WORDS for w in re.findall(r"[A-Z][\w’'-]*", body) if w != "The"):
        return False  # "spokesman for Erbil police" names a place: the body is the story's
    if m.group("body") and not m.group("spokes") and re.search(r"\bAirport\b", body):
        return False  # an airport's director may be the state's (its spokesperson speaks for the operator: _private)
    return not (_public_kind(text, body) or m.group("before") and _public_kind(text, m.group("before")))


def _public_kind(text: str, words: str) -> bool:
    """Do ``words`` name a body of a public kind: a ministry, a police force, a court, an agency by its initials?"""
    return bool(_names_public_body(words) or _PUBLIC_BODY_WORDS.search(words)
                or _public_acronym(text, words))


# a body the article describes by the people it helps, right after the post at it: "director of the X Organisation, which helps
# returnees in Erbil" (a ministry or an agency is named as one, and _PUBLIC_BODY keeps its posts)
_HELPS_AFTER = re.compile(r",\s(?:which|that)\s(?:helps|supports|assists|advises|shelters|houses|campaigns|advocates|works\swith)\b")
# a body told as working for the state under contract is a company the state pays, whatever its name ("X Services, which
# runs the hotels under a Home Office contract", "which holds the contract")
_UNDER_CONTRACT_AFTER = re.compile(r",\s(?:which|that)\s(?:[^,.;:\n]{0,60}?\b(?:under|on)\s(?:an?\s|its\s)?(?:[\w-]+\s){0,3}?"
                                   r"contracts?\b|(?:holds|won|has)\s(?:the|a)\s(?:[\w-]+\s){0,3}?contract\b)")
# what "its" stands for may be a political movement or party ("The opposition New Generation movement boycotted the session.
# Its spokesperson, X"): a party's post is no public one
_ITS_NOT_PUBLIC = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s(?:opposition\s)?(?:[\w’'-]+\s){0,4}?(?:movement|party)\b")
# ... or an airline, the subject of the sentence "its" looks back to, after its dateline too ("LONDON, 4 May - An airline
# that flies ... Its regional manager"; "The airline has flown there since March. Its
# spokesman, X"): a company whoever owns it, the national carrier too (tests/articles/README.md); only as the subject, as
# "The ministry ordered the airline to stop. Its spokesman" is the ministry's
# (so is a transport operator by its trade, as _TRADE_BODY tells it: "The ferry operator, X, said it was cooperating. Its
# spokeswoman, Y")
_ITS_AIRLINE = re.compile(rf"(?:[A-Z][A-Z .'-]+,[^\n]{{0,40}}?\s[-–—]\s)?(?:The|An?)\s(?:[\w’'-]+\s){{0,2}}?(?:{_AIRLINE}|{_TRANSPORT_OPERATOR})\b|[A-Z][\w’'-]*\s(?:Airways|Airlines)\b")
# ... or a community centre the story then calls "the centre" ("according to the centre. Its chairman, X")
# (or a youth, rights, law or women's centre, each run by a charity: "the Migrant Rights Centre … the centre's chief
# executive"; not a reception or removal centre, the state's)
# ... or a research centre the story names by its field, a think tank ("the Centre for Migration Studies": "the Centre's director
# of research, X", capitalised as its own name)
_COMMUNITY_CENTRE = re.compile(r"\b(?:[Cc]ommunity|Youth|Rights|Law|Women[’']s) [Cc]ent(?:re|er)\b"
                               r"|\bCent(?:re|er) for [A-Z][\w ,&-]{0,60}?\b(?:Studies|Research)\b")
# "our" before a post: the writer's body holds it ("Our chief executive, X"); a public body's own release says so too ("our
# ambassador"), so only a private writer makes it a private post
_OUR_BEFORE = re.compile(r"\b[Oo]ur\s$")
# the heads a charity's or a company's staff hold too (a lowercase "inspector", "judge" or "minister" is the state's whoever writes)
_POSSESSIVE_BEFORE = re.compile(r"[’']s?\s$")
_STAFF_HEADS = {"coordinator", "director", "manager", "officer", "adviser", "advisor", "chair", "chairman", "chairwoman",
                "chairperson", "executive", "head", "spokesperson", "spokesman", "spokeswoman", "representative"}
_HEADER_LINE = re.compile(r"[^\n]{1,150}(?=\n|$)")
_SENTENCE_IN_LINE = re.compile(r"[.!?](?:\s|$)")
# ... or whose footer gives its charity or company number ("Registered charity no. 1234567", "Charity number SC012345",
# "Registered in England and Wales, company no. 0123456"): only a private writer is registered so
# (the register's nation may come between, then the number itself, in brackets or not: "X is a registered charity in England
# and Wales (No. 1234567)", "Registered charity in Scotland, number SC012345")
_REGISTERED_FOOTER = re.compile(r"(?:^|\n)[^\S\n]*(?:[^\n]{0,60}\b)?(?:[Rr]egistered [Cc]harity|[Cc]harity|[Cc]ompany)"
                                r"(?: [Rr]egistration)?(?: (?:[Nn]o\b|[Nn]umber\b|[Nn]o\.)"
                                r"| in (?:England|Scotland|Wales|Northern Ireland)(?: and Wales)?,? \(?(?:[Nn]o\.?|[Nn]umber) ?(?:SC|NI)?\d{5,8}\b)")
_FOOTER_CHARS = 400
# a trade union named in a header line, capitalised or in capitals ("Immigration Services Union", "BORDER STAFF UNION"); a
# union of states is a public body ("EUROPEAN UNION")
_UNION_HEADER = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*\s(?:(?:and|AND|of|OF|for|FOR)\s)?){1,5}(?:Union|UNION)\b")
_PUBLIC_UNION_ANY_CASE = re.compile(_PUBLIC_UNION.pattern, re.IGNORECASE)
_INITIALS_IN_BRACKETS = re.compile(r"\(([A-Z]{2,8})\)")
_MASTHEAD_CHARS = 300


# a writer that campaigns, as no public body writes of itself: "What we are calling for", "We call on the Government to …"
_CAMPAIGNS = re.compile(r"\b(?:[Ww]e are calling (?:for|on)|[Ww]e call on (?:the )?(?:UK |British )?(?:Government|Home Office|ministers))\b")
_AT_BODY_AFTER = re.compile(r",?\s(?:at|of|for|with)\s(?:the\s)?([A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){1,5})")
# a body named right after a bare title, by a comma, as a letter's signatory or a list of speakers gives it: "X, chair,
# Medway Refugee Network" (the title's own body, which a following "of" would have joined to it)
_BODY_AFTER_COMMA = re.compile(r",\s(?:the\s)?([A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){1,5})")
_HEADER_CHARS = 200  # the header lines naming the writer, above the body


@lru_cache(maxsize=64)
def _writer_campaigns(text: str) -> bool:
    # every match of _CAMPAIGNS holds "e are calling " or "e call on " (case-sensitive, as the pattern): a text with neither
    # (most) has none, and two substring tests are far cheaper than the pattern's search of the whole text
    return ("e are calling " in text or "e call on " in text) and bool(_CAMPAIGNS.search(text))


@lru_cache(maxsize=64)
def _writer_private(text: str) -> bool:
    """Do the article's header lines (its first three short lines with no sentence, above the body) name a body it calls
    private, or call the publisher a charity or the like ("Briefing | The Lantern Fund | London" after "The Lantern Fund is
    a registered charity"), or does its footer give a charity's or company's registered number?"""
    names, at = [re.sub(r"^[Tt]he ", "", n) for n in _private_bodies(text)], 0
    for _ in range(3):
        while text.startswith("\n", at):
            at += 1
        if not (line := _HEADER_LINE.match(text, at)) or _SENTENCE_IN_LINE.search(line.group(0)):
            break
        # (a writer names itself as one body: a plural in a headline, "Tribes sign pledge", "Charities warn", names others)
        if any(not (b.group(0).endswith("s") and " for " not in b.group(0)) for b in PRIVATE_BODY.finditer(line.group(0))) \
                or _PRIVATE_NAME.search(line.group(0)) or any(n in line.group(0) for n in names):
            return True
        if (union := _UNION_HEADER.search(line.group(0))) and not _PUBLIC_UNION_ANY_CASE.search(union.group(0)):
            return True  # "IMMIGRATION AND BORDER STAFF UNION (IBSU)" heading a statement: a trade union writes it
        at = line.end()
    # (a newsletter gives its number under its masthead: "Published 22 January · Registered charity no. 1234567")
    return _writer_registered(text)


@lru_cache(maxsize=64)
def _writer_initials(text: str) -> frozenset[str]:
    """The initials the writer gives itself in brackets in its header lines ("... STAFF UNION (IBSU)")."""
    out, at = set(), 0
    for _ in range(3):
        while text.startswith("\n", at):
            at += 1
        if not (line := _HEADER_LINE.match(text, at)) or _SENTENCE_IN_LINE.search(line.group(0)):
            break
        out.update(_INITIALS_IN_BRACKETS.findall(line.group(0)))
        at = line.end()
    return frozenset(out)


@lru_cache(maxsize=64)
def _writer_registered(text: str) -> bool:
    return _registered_in(text, max(0, len(text) - _FOOTER_CHARS), len(text)) or _registered_in(text, 0, _MASTHEAD_CHARS)


def _registered_in(text: str, lo: int, hi: int) -> bool:
    # every match of _REGISTERED_FOOTER holds "harity" or "ompany" (case-sensitive, as the pattern): a footer with neither
    # (most) gives no number, and two substring tests are far cheaper than the pattern's search
    return (text.find("harity", lo, hi) >= 0 or text.find("ompany", lo, hi) >= 0) and bool(_REGISTERED_FOOTER.search(text, lo, hi))


# a possessor's one capitalised word before a post: "Jiyan’s | executive director"
_SHORT_POSSESSOR = re.compile(r"(?<![\w’'-])([A-Z][\w-]{3,})[’']s\s$")
# (a country or a place may stand between the name and the post: "Amnesty International's UK director", "Oxfam's Iraq director")
_NAME_POSSESSOR = re.compile(r"(?<![\w’'-])([A-Z][\w-]*(?: [A-Z][\w-]*){0,3})[’']s\s(?:[A-Z][\w-]*\s)?$")


def _name_possessor(text: str, at: int) -> re.Match | None:
    """A name's possessive ending in the 50 characters before ``at`` ("Talon Freight’s "), as _NAME_POSSESSOR finds it."""
    lo = max(0, at - 50)
    # every match holds "’s" or "'s": a window with neither (most) holds none, and two substring tests are far cheaper than
    # the pattern's search, which opens on a look-behind and is tried at every character
    if text.find("’s", lo, at) < 0 and text.find("'s", lo, at) < 0:
        return None
    return _NAME_POSSESSOR.search(text, lo, at)


# the contact line closing a press release: "Media enquiries: X, press officer", "4. Press contact: X"
_CONTACT_LINE = re.compile(r"[^\S\n]*(?:\d{1,2}\.[^\S\n]*)?(?:[Mm]edia|[Pp]ress)[^\S\n]+(?:[Ee]nquiries|[Ii]nquiries|[Cc]ontacts?)[^\S\n]*:")
# ... and a contract award notice's line naming the winning firm's own contact: "Supplier contact: X, Bid Director" (the
# buyer's officer is named on lines of her own: "Contact: X, Commercial Lead, Home Office")
_SUPPLIER_CONTACT_LINE = re.compile(r"[^\S\n]*(?:[Ss]upplier|[Cc]ontractor|[Bb]idder|[Tt]enderer)(?:[’']s)?[^\S\n]+[Cc]ontacts?[^\S\n]*:")
# a company named with its legal form: "Halden Vision Systems Ltd", "Nordveil Biometrics AB of Gothenburg"
# (a word hyphened lowercase is no part of the name: "Sheffield-based | Halden Vision Systems Ltd")
_COMPANY = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'&]*(?:-[A-Z][\w’'&]*)*[^\S\n]){1,4})(?:Ltd|Limited|PLC|plc|LLP|LLC|Inc|GmbH|AG|AB|BV|NV|SA|SAS|SpA|Oy|ASA)\b")
_COMPANY_FORMS = (" Ltd", " Limited", " PLC", " plc", " LLP", " LLC", " Inc", " GmbH", " AG", " AB", " BV", " NV", " SA", " SAS",
                  " SpA", " Oy", " ASA")


@lru_cache(maxsize=64)
def _private_short_names(text: str) -> frozenset[str]:
    """The first words a story calls a private body by once it has named it in full ("Jiyan" for the Jiyan Organisation for
    Human Rights, "Halden" for Halden Vision Systems Ltd): none a place, a people or a public word ("Kent" of the Kent
    Refugee Action Network is the county's)."""
    named = list(_PRIVATE_NAME_SCAN.finditer(text))  # (one scan of the text for both loops)
    full = list(_private_bodies(text)) + [_org_name(text, m.start()) for m in named]
    out = set()
    for name in full:
        first = _NAME_OPENING.sub("", name).split()[:1]
        if first and len(first[0]) >= 4 and first[0][:1].isupper() and first[0].lower() not in _NOT_NAME | _DEMONYMS \
                and not _is_place(first[0]) and not _is_head(first[0]) and not _opens_public_body(text, first[0]):
            out.add(first[0])
    # ... or its initials in brackets after the name: "Peshkawtin Organisation for Migrants and Returnees (POMR)"
    for m in named:
        if initials := _INITIALS_AFTER.match(text, m.end()):
            out.add(initials.group(1))
    return frozenset(out)


# the words before a body's name that are no part of it: "the", and the city it is based in, capitalised at a sentence's
# start ("Hull-based Halden Detection Systems has …": the short name is "Halden", not "Hull-based")
_NAME_OPENING = re.compile(r"^(?:[Tt]he )?(?:[A-Z][\w’'-]*-based )?")


def _opens_public_body(text: str, word: str) -> bool:
    """Does the article put ``word`` before a public body's name too ("Kent Police", "Kent County Council")? Then it is a
    county's or a town's name, which a charity borrows ("the Kent Interpreters' Association"): "Kent's Chief Constable" is
    the force's."""
    return re.search(rf"(?<![\w’'-]){re.escape(word)} (?:[A-Z][a-z]+ )?(?:{_PUBLIC_BODY.pattern})", text) is not None


# (a long name's too: "Kirkuk Foundation for Human Rights and Development (KFHRD)")
_INITIALS_AFTER = re.compile(r"(?: (?:and|of|for|the|[A-Z][\w’'-]*)){0,6} \(([A-Z]{3,8})\)")


def _org_name(text: str, start: int) -> str:
    """The capitalised words of a body's name from ``start`` back to its first ("Jiyan | Organisation for Human Rights")."""
    lo = _org_start(text, start)
    return text[lo:text.find(" ", start) % (len(text) + 1)]


# (a few words may qualify it first: "the UK charity", "a Dover-based charity"; "firm" is left out, an adjective as often: "a
# firm Government commitment")
# (the article's word start is looked behind for after its letters: a pattern opening with a letter lets the engine skip to
# a "t" or "a" in one quick loop, where a "\b" first is tried at every position of the text)
_PRIVATE_NAMED_AFTER = re.compile(r"(?:the(?<!\wthe)|a(?<!\wa)n?)\s(?:[\w’'-]+\s){0,3}?(?:charity|NGO|company|think[ -]?tank|campaign group|"
                                  r"volunteer group|pressure group|haulier|airline|(?-i:[a-z]+s[’'] federation))\s(?P<name>[A-Z][\w’'&-]*(?:\s(?:of\s|for\s|and\s)?[A-Z0-9][\w’'&-]*){0,4})")


# a translation or the initials in brackets right after a body's name: ' ("The Way")', " (HBT)"
_NAME_GLOSS = re.compile(r"[^\S\n]*\(([^()\n]{1,40})\)$")


@lru_cache(maxsize=64)
def _private_bodies(text: str) -> tuple[str, ...]:
    """The names of the bodies the article calls private: the capitalised words before ", the … charity", or before a
    company's legal form ("Halden Vision Systems Ltd")."""
    companies = [m.group(1).strip() for m in _COMPANY.finditer(text)] if any(f in text for f in _COMPANY_FORMS) else []
    folded = fold(text)
    if not any(w in folded for w in _PRIVATE_WORDS):
        return tuple(dict.fromkeys(companies))
    out = companies
    # the body named after what it is: "the Margate charity Open Door", "the company Talon Data" (its name alone later in a
    # post, "coordinator of Open Door", is that charity's)
    out += [m.group("name") for m in _PRIVATE_NAMED_AFTER.finditer(text) if len(m.group("name")) >= 4]
    for m in _PRIVATE_DESCRIBED.finditer(text):
        before = text[text.rfind("\n", max(0, m.start() - 80), m.start()) + 1:m.start()]
        # a gloss in brackets between the name and its description is no part of the name: 'Sarbast ("Free Man"), a
        # charity', "Hope Bridge Trust (HBT), a charity" (the initials are a name it goes by too)
        if before.endswith(")") and (gloss := _NAME_GLOSS.search(before)):
            before = before[:gloss.start()]
            if gloss.group(1).isupper() and gloss.group(1).isalpha() and len(gloss.group(1)) >= 3:
                out.append(gloss.group(1))
        words = before.split()
        k = len(words)
        while k and (words[k - 1][:1].isupper() or words[k - 1] in ("of", "for", "and") and k < len(words)):
            k -= 1
        while k < len(words) and words[k] in ("of", "for", "and"):
            k += 1
        if k < len(words):
            out.append(" ".join(words[k:]))
    return tuple(dict.fromkeys(out))


# the capitalised words of an organisation's name a lowercase title is cut in: "National Crime | Agency branch commander";
# never across a line break (a headline's last words are no part of the role on the next line)
_CAP_WORD_BEFORE = re.compile(r"(?<![\w’'-])(?!(?:The|A|An|Its|His|Her|Their|Our|This|That)\s)[A-Z][\w’'-]*[^\S\n]$")


# (a foreign body's name keeps its small words, a lowercase title cut at one: "French Police | aux Frontières commander")
_FOREIGN_LINKS = ("aux ", "de ", "du ", "des ", "del ", "della ")


def _org_start(text: str, start: int) -> int:
    """Where a role starting inside a run of capitalised words (an organisation's name) really starts."""
    if not text[start:start + 1].isupper() and not (text.startswith(_FOREIGN_LINKS, start)
                                                      and _CAP_WORD_BEFORE.search(text, max(0, start - 40), start)):
        return start
    while m := _CAP_WORD_BEFORE.search(text, max(0, start - 40), start):
        start = m.start()
    return start


def _names_someone(text: str, span: tuple[int, int]) -> bool:
    """Does a would-be role hold another "Title Name" (a list of officials, not an appositive)?"""
    # (a seat's last words after "MP for" are no name: "MP for Birmingham | Hall Green and Moseley")
    return any(_looks_like_name(m.group("name")) and not _SEAT_TITLE.search(m.group("role"))
               for m in _TITLE_BEFORE_SCAN.finditer(text, *span))


_CLAUSE_AHEAD = re.compile(r"[^.;\n]{0,60}")


def _introduced_as_subject(text: str, start: int, name_end: int) -> bool:
    """Is the person introduced as a smuggler, suspect or victim right around the mention?"""
    before = text[max(0, start - 30):start]
    after = _CLAUSE_AHEAD.match(text, name_end).group(0)
    if re.search(r"\b(?:smuggler|suspect|victim|trafficker|defendant|passenger|survivor)s?,?\s*$", before, re.IGNORECASE):
        return True
    # (not where "was" says where the holder was or was not: "X, who was not at the meeting,", "who was on the cutter's deck")
    # (an adverb may come first: "X, who was also at Monday's meeting,")
    if re.match(r",\s*who\s+(?:was|had been|used to be|served as)\b(?!\s+(?:(?:also|still|then)\s+)?(?:not|never|absent|present|unable|away|there|on|aboard|"
                r"at|in(?!\s+charge)|among|inside|outside|"
                # ... nor what befell the holder or what the holder was given: "Captain X, who was wounded in the raid,",
                # "who was promoted last year"
                r"wounded|injured|hurt|shot|promoted|decorated|honoured|commended|awarded|appointed)\b)", after):
        return True  # "X, who was the Home Office's director of returns until 2023": a former official
    return bool(re.match(r",?\s*(?:\d+,\s*)?(?:who\s+)?(?:was|is|has been|had been)\s+(?:arrested|charged|convicted|"
                         r"jailed|sentenced|accused|wanted|detained|killed|drowned|rescued)", after, re.IGNORECASE))


_TALKED_TO = re.compile(r"spoke|speak(?:s|ing)?|talked|talking|wr(?:ote|ites|iting|itten)|sent|went|turned|appeal(?:ed|s|ing)|"
                        r"replied|responded|reported|handed|passed|introduced|listened|complained|wrote|apologi[sz]ed|sp?oken|"
                        # ... or a noun of what is addressed to someone: "extended an invitation to | the Minister of Interior, X"
                        r"invitations?|letters?|messages?|requests?|appeals?|replies|reply|responses?|thanks|condolences|"
                        r"congratulations|greetings|gifts?|tributes?|petitions?|complaints?")


_SUBJECT_PRONOUNS = {"I", "We", "we", "You", "you", "He", "he", "She", "she", "They", "they"}


def _role_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim a role to its title: drop leading articles, places and possessors ("UK's", "Iraqi")."""
    words = list(_ROLE_TOKEN.finditer(text[start:end]))
    # two posts joined by "and", the second a country's or a place's: two people, and the one named holds the post next to
    # the name ("the Minister of State and Iraq's Interior Minister, X"); its possessor is cut below
    for i in range(len(words) - 2, 0, -1):
        if words[i].group(0) == "and" and _POSSESSIVE.search(owner := words[i + 1].group(0)) \
                and _is_place(_POSSESSIVE.sub("", owner)) and any(_is_head(w.group(0)) for w in words[:i]) \
                and any(_is_head(w.group(0)) for w in words[i + 2:]):
            words = words[i + 1:]
            break
    # everything up to a possessive before the title belongs to the organisation ("KRG's President")
    head_at = next((i for i, w in enumerate(words) if _is_head(w.group(0))
                    or w.group(0) == "representative" and i > 0 and words[i - 1].group(0) in _REPRESENTATIVE_QUALIFIERS), len(words))
    for i in range(head_at - 1, -1, -1):
        if _POSSESSIVE.search(words[i].group(0)) and any(
                words[of].group(0) == "of" and words[of - 1].group(0).lower() == "member" for of in range(max(1, i - 4), i)):
            break  # "a member of parliament's security committee": the member sits in the possessor, his committee is its own
            # (so of a body named in up to three words: "a member of the Kirkuk Provincial Council's security committee")
        if (_POSSESSIVE.search(words[i].group(0)) or _PLURAL_POSSESSIVE.search(words[i].group(0))
                and _PUBLIC_BODY.search(text, max(0, start - 40) if text.endswith(" and ", 0, start) else start,
                                        start + words[i].end())) \
                and not (i == head_at - 1 and _SERVED_POSSESSIVE.fullmatch(words[i].group(0))):
            # ... but "head" alone names no post: "the directorate's head" keeps the body it heads (a common noun)
            bare_head = len(words) == i + 2 and words[i + 1].group(0) == "head" and words[i].group(0).islower()
            words = words[i:] if bare_head else words[i + 1:]
            break
    # nor does it reach back over a verb and its preposition: "The minister spoke to | the consul general in Erbil, X"
    # (not "Ambassador to the UN" nor "head of the delegation to the talks": no verb before "to")
    for i in range(len(words) - 1, 1, -1):
        if words[i].group(0).lower() in ("the", "a", "an") and words[i - 1].group(0) in ("to", "with", "from", "by") \
                and _TALKED_TO.fullmatch(words[i - 2].group(0)):
            words = words[i + 1:]
            break
    # ... nor over a clause with its own subject, whatever its verb: "I will put this directly to | the Minister for
    # Border Security, X", "we wrote again to | the Governor, X" (a pronoun is never a title's word)
    for i in range(len(words) - 1, 1, -1):
        if words[i].group(0).lower() in ("the", "a", "an") and words[i - 1].group(0) in ("to", "with", "from", "by") \
                and any(w.group(0) in _SUBJECT_PRONOUNS for w in words[:i - 1]):
            words = words[i + 1:]
            break
    # nor does a role open with a verb of the clause before it ("said council member X")
    # a title is never a place, though "MP" is a country code
    # (but a party's name opens with its place or people: "Kurdistan Democratic Party member of parliament")
    while words and (words[0].group(0).lower() in _NOT_OPENING or words[0].group(0) in _HONORIFICS | _ORDINALS
                     or _is_place(words[0].group(0)) and not _is_head(words[0].group(0))) and not _qualifies_title(words) \
            and not (words[0].group(0)[:1].isupper() and _PARTY_NAME.match(text, start + words[0].start(), end)):
        words = words[1:]
    # nor with the place or occasion of a mention: "(in the) presence of | the British Consul General", "the office of",
    # "the sidelines of", "at the invitation of": the role starts at the title after it (so after the work a title-holder
    # wrote: "the report by | rapporteur X")
    # (a document's heading word is the work, even capitalised: "the Opinion of | Advocate General X")
    of = next((i for i, w in enumerate(words) if w.group(0) in ("of", "by")), 0)
    if 0 < of < 3 and all(w.group(0).islower() and not _is_head(w.group(0)) or w.group(0) in _WORK_HEADINGS for w in words[:of]) \
            and (any(_is_head(w.group(0)) for w in words[of + 1:]) or _COUNCIL_LEADER.fullmatch(text, start + words[-2].start(), end)):
        words = words[of + 1:]
        while words and (words[0].group(0).lower() in _NOT_OPENING or _is_place(words[0].group(0))
                         and not _is_head(words[0].group(0))):
            words = words[1:]
    while words and words[-1].group(0).lower() in ("the", "a", "an"):
        words = words[:-1]
    if not words:
        return None
    return start + words[0].start(), start + words[-1].end()


# an elected council's leader, its two words the title (HEADS): "tabled by | council leader X", "X, the council leader"
# ("leader" alone is no head word, so the words are read together)
_COUNCIL_LEADER = re.compile(r"(?:[Cc]ouncil [Ll]eader)(?![\w’'-])")

_WORK_HEADINGS = {"Opinion", "Opinions", "Report", "Judgment", "Judgement", "Conclusions", "Findings", "Submissions"}


# ... but whom a post serves, its possessive right before the title, is the title's: "the Children's Commissioner for England"
_SERVED_POSSESSIVE = re.compile(r"(?:Children|Women)[’']s")
_PARTY_NAME = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){1,3} Party\b")


def _qualifies_title(words: list[re.Match]) -> bool:
    """Is the first word a lowercase qualifier of the title after it ("regional director", "federal prosecutor")? Then it
    is the post's; capitalised ("Regional Government", "Federal Police") it is the body's name."""
    if words[0].group(0) == "Federal":
        # ... but a federal state's ministers are named with it: "Federal Chancellor", "Federal Interior Minister"; and a
        # federal body's name keeps it, as "Police" alone is another body: "Federal Police spokesman", "Federal Criminal
        # Police Office spokesman"
        return len(words) > 1 and (_is_head(words[1].group(0))
                                   or len(words) > 2 and words[1].group(0) in _FEDERAL_PORTFOLIOS and _is_head(words[2].group(0))
                                   or any(_FEDERAL_BODY.fullmatch(" ".join(w.group(0) for w in words[1:i])) and _is_head(words[i].group(0))
                                          for i in range(2, min(len(words), 5))))
    if words[0].group(0) == "Government":
        # a state's officer over a region is named with it: "the Government Delegate in the Canary Islands" (Spain's Delegado
        # del Gobierno); elsewhere the word is a body's ("Regional Government")
        return len(words) > 1 and words[1].group(0) == "Delegate"
    if words[0].group(0) in _DIPLOMATIC_ORDINALS:
        # a diplomat's rank counts the grade, not the holders: "first secretary for migration at the Embassy"
        return len(words) > 1 and words[1].group(0) == "secretary"
    if words[0].group(0) == "federal" and len(words) > 2 \
            and any(_FEDERAL_BODY.fullmatch(" ".join(w.group(0).capitalize() for w in words[1:i])) and _is_head(words[i].group(0))
                    for i in range(2, min(len(words), 5))):
        return True  # written lowercase, the body keeps its word as capitalised: "a federal police spokesperson"
    return words[0].group(0) in _QUALIFIERS and len(words) > 1 and (_is_head(words[1].group(0)) or words[1].group(0) == "representative")


_DIPLOMATIC_ORDINALS = {"first", "second", "third"}


_QUALIFIERS = {"regional", "federal"}
_FEDERAL_BODY = re.compile(r"(?:Criminal |Border |Migration )?(?:Police|Office|Agency)(?: Office)?")
_FEDERAL_PORTFOLIOS = {"Interior", "Foreign", "Justice", "Finance", "Economy", "Economics", "Health", "Defence", "Defense", "Labour",
                       "Transport", "Education", "Development", "Family", "Environment", "Agriculture"}


_SENT_TO_HOLDER = {"case", "cases", "letter", "letters", "question", "questions", "request", "requests", "complaint", "complaints",
                   "petition", "appeal", "plea", "report", "submission", "concerns", "message", "email", "invitation",
                   # what a body presents or hands over: "will present the findings to the Minister for Asylum, X"
                   "findings", "recommendations", "proposals", "evidence", "reports", "results", "demands", "warning"}


# a body's word before "of" and the title: "Office of the Commissioner", "Department of the Mayor" name the holder's office, a
# body (what follows its comma is its address or its staff, no holder)
_BODY_OF_TITLE = {"Office", "Department", "Ministry", "Chambers", "Secretariat"}


def _names_body(role: str) -> bool:
    """Does the role end with a body's name, its word with "of" before the first title word ("Office of the Mayor", not "Head
    of the Office of the Mayor")? A post named after the body is its holder's: "Ministry of Interior's deputy minister",
    "Ministry of Migration spokesman" (a possessive or a lowercase title after the name)."""
    words = role.split()
    for i, w in enumerate(words):
        if _is_head(w):
            return False
        if w in _BODY_OF_TITLE and i + 1 < len(words) and words[i + 1] == "of":
            return all((x[:1].isupper() or x in _PORTFOLIO_WORDS) and not _POSSESSIVE.search(x) for x in words[i + 2:])
    return False


def _role_before(text: str, comma: int) -> tuple[int, int] | None:
    """The title ending just before ", Name": walk back to an article, a verb or the clause start."""
    if comma <= 0 or text[comma] != ",":
        return None
    base = max(0, comma - MAX_ROLE_CHARS)
    # the time the post was held, between the title and the name, is no part of the title: "the duty officer that night, X"
    role_end = when.end(1) if (when := _TIME_AFTER_TITLE.search(text, base, comma)) and _is_head(when.group(1)) else comma
    # ... nor is a gloss of the title in brackets: "Soran's qaimaqam (district mayor), X" (tried only on a bracket closing there)
    if text[comma - 1] == ")" and (gloss := _GLOSS_AFTER_TITLE.search(text, base, comma)) and _is_head(gloss.group(1)):
        role_end = gloss.end(1)
    # a body's acronym in brackets is a word of the title: "Chief of Mission of the International Organization for Migration
    # (IOM) in Iraq, X"
    words = list(re.finditer(rf"\([A-Z][A-Za-z]{{1,9}}\)|{_HEAD_ABBR}(?!\w)|[\w’'&-]+", text[base:role_end]))
    # an Irish or Australian minister's portfolio lists its briefs: "Minister for Justice, Home Affairs and Migration, X"
    commas_from = role_end
    if ", " in text[base:role_end] and " and " in text[base:role_end] \
            and (listed := _BRIEFS_LISTED.search(text, max(base, role_end - 90), role_end)) and _is_head(listed.group("head")):
        commas_from = listed.start("briefs")
    kept: list[re.Match] = []
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        gap = text[base + w.end():base + (kept[0].start() if kept else role_end - base)]
        if gap == ", " and base + w.end() >= commas_from:
            gap = " "
        in_portfolio = w.group(0) == "the" and kept and (re.search(r"\b(?:of|for|to|at)\s+$", text[max(0, base + w.start() - 8):base + w.start()])
                                                   # "in the" only after a title: "a judge in the town, X" (not "in the presence of"),
                                                   # or after a public body's word in a post: "head of the KRG's representation in the UK, X"
                                                   # or after a body's envoy, his lowercase post owned by it ("the KRG's
                                                   # representative in the UK, X"; a "sales representative in the UK" is a firm's)
                                                   or k > 1 and words[k - 1].group(0) == "in" and (_is_head(words[k - 2].group(0))
                                                                                                   or _PUBLIC_BODY.fullmatch(words[k - 2].group(0))
                                                                                                   or k > 2 and words[k - 2].group(0) == "representative"
                                                                                                   and _ENVOY_OWNER.search(words[k - 3].group(0)) is not None
                                                                                                   and _envoy_representative(text, base + words[k - 2].start(), role_end)))
        # ... and "at" between a post or body and the body it is in: "Minister of State at the Home Office", "Directorate at the
        # Ministry of Interior" (not "met officials at the Ministry": a verb's object is lowercase)
        # ... and "the" joining a portfolio's second place to its first: "Envoy to Iraq and the Kurdistan Region"; a place's own
        # "The" is capitalised: "chargé d'affaires in The Hague"
        in_portfolio = in_portfolio or w.group(0) in ("the", "The") and kept and kept[0].group(0)[:1].isupper() and k > 2 \
            and (w.group(0) == "the" and words[k - 1].group(0) == "and" and words[k - 2].group(0)[:1].isupper()
                 and words[k - 3].group(0) in ("to", "of", "for", "in")
                 or w.group(0) == "The" and words[k - 1].group(0) in ("in", "to", "at") and text[base + words[k - 1].end()] == " ")
        # (or after a lowercase title: "a judge at the National Court, X")
        in_portfolio = in_portfolio or w.group(0) == "at" and kept and kept[0].group(0) == "the" and k > 0 \
            and (words[k - 1].group(0)[:1].isupper() or words[k - 1].group(0).islower() and _is_head(words[k - 1].group(0)))
        # (or a body named without "the" after a portfolio: "Director of Returns at Border Enforcement, X", "Head of Intelligence
        # at Border Force, X,"; "at" after a bare title, "the Home Secretary at Westminster, X", is where she was, and a name
        # not closed by a comma may open the attribution: "he met the Minister of Finance at Lancaster House, X said")
        # (the portfolio may run to two words: "Director of International Operations at Border Force, X,")
        in_portfolio = in_portfolio or w.group(0) == "at" and kept and kept[0].group(0)[:1].isupper() and k > 1 \
            and words[k - 1].group(0)[:1].isupper() and (words[k - 2].group(0) in ("of", "for")
                                                         or k > 2 and words[k - 2].group(0)[:1].isupper()
                                                         and words[k - 3].group(0) in ("of", "for")) \
            and _APPOSITIVE_CLOSED.match(text, comma) is not None
        # (or one place after a lowercase title, the station or port the post is at: "the Coastguard's duty commander at Dover,
        # X"; a country or a British port, as no gazetteer holds towns)
        in_portfolio = in_portfolio or w.group(0) == "at" and len(kept) == 1 and k > 0 and words[k - 1].group(0).islower() \
            and _is_head(words[k - 1].group(0)) and (kept[0].group(0) in _BRITISH_PORTS or _is_place(kept[0].group(0))) \
            and _APPOSITIVE_CLOSED.match(text, comma) is not None  # (not "met the commander at Dover, X said")
        # (a line break ends the title: the line above is a headline or a dateline, "Baghdad - INA", never the title's words)
        if gap.strip() or "\n" in gap or w.group(0).lower() in _CLAUSE_STOP and not in_portfolio or len(kept) >= MAX_ROLE_WORDS:
            break  # "the" starts the clause, except inside a portfolio: "Director General of the NCA"
        if (w.group(0) == "and" or w.group(0).islower() and w.group(0) not in _PORTFOLIO_WORDS and bool(kept) and kept[0].group(0)[:1].isupper()) \
                and k > 1 and any(_is_head(x.group(0)) for x in kept) \
                and _looks_like_name(f"{words[k - 2].group(0)} {words[k - 1].group(0)}"):
            # "Home Secretary Jane Roe and Iraq's Interior Minister, Y": after a name, the title is the next person's; so
            # after a name and its verb ("Minister Jane Roe hosted Iraq's Interior Minister, Y")
            break
        if k > 0 and words[k - 1].group(0) == "to" and w.group(0).islower() and w.group(0) not in _PORTFOLIO_WORDS \
                and w.group(0) not in _TITLE_QUALIFIERS and kept and kept[0].group(0)[:1].isupper():
            # an infinitive's verb before the title: "X will fly to Erbil on Monday to meet | Iraq's Interior Minister, Y"; the
            # clause before it is someone else's (not "adviser to the deputy Minister": a title's qualifier is no verb)
            break
        kept.insert(0, w)
    # what is sent to the title's holder is no part of the title: "I put his case to the Minister for Asylum, X", "a letter to
    # the Home Secretary, X" (an aide's post is: "aide to the Home Secretary, X")
    for i in range(2, min(len(kept) - 1, 4)):
        if kept[i].group(0) == "the" and kept[i - 1].group(0) in ("to", "for") and kept[i - 2].group(0) in _SENT_TO_HOLDER \
                and (first_head := next((j for j in range(i + 1, len(kept)) if _is_head(kept[j].group(0))), None)) is not None \
                and all(x.group(0)[:1].isupper() for x in kept[i + 1:first_head + 1]):
            kept = kept[i + 1:]
            break
    heads = [i for i, w in enumerate(kept) if _is_head(w.group(0)) and not _general_of_body(kept, i)
             or w.group(0).lower() == "member" and i + 1 < len(kept) and kept[i + 1].group(0) == "for"  # "member for Dover"
             # (or "member of" an institution named to the title's end: "A member of the Housing and Planning Committee, X")
             or w.group(0).lower() == "member" and i + 1 < len(kept) and kept[i + 1].group(0) == "of"
             and (inst := _MEMBER_OF_INSTITUTION.match(text, base + w.start())) is not None and inst.end() == base + kept[-1].end()
             or w.group(0) == "representative" and _envoy_representative(text, base + w.start(), role_end)
             # (or qualified by his reach, before the name as after it: "UNHCR's country representative, X")
             or w.group(0) == "representative" and i > 0 and kept[i - 1].group(0) in _REPRESENTATIVE_QUALIFIERS]
    # after the title only a portfolio may follow ("Ambassador to Iraq"), not another name; but "Chief" names a post with the
    # capitalised trade it heads, one word ending the title ("the Chief Interpreter, X", "the Chief Nurse, X")
    if heads and heads[-1] == len(kept) - 2 and kept[-2].group(0) == "Chief" and _CHIEF_OF_TRADE.fullmatch(kept[-1].group(0)):
        heads.append(len(kept) - 1)
    if not heads and kept and kept[-1].group(0) == "member" and len(kept) <= 3 \
            and all(w.group(0).lower() in _MEMBER_DETERMINERS for w in kept[:-1]) and _members_of_institution_before(text, base + kept[0].start()):
        # "Another member, X," after "Members of the Security and Defence Committee questioned …": the body the story has
        # named members of is an institution, so the bare "member" is a seat in it (not after "members of the ring")
        return base + kept[-1].start(), base + kept[-1].end()
    if not heads or heads[-1] < len(kept) - 1 and kept[heads[-1] + 1].group(0) not in ("of", "for", "to", "at", "on", "in"):
        return None
    return base + kept[0].start(), base + kept[-1].end()  # _add trims it; the quote keeps "British ..."


_PORTFOLIO_WORDS = {"of", "for", "to", "at", "on", "in", "the", "and"}
# a member's seat in an institution named in capitals, to the end of its name ("member of the Housing and Planning Committee")
_MEMBER_OF_INSTITUTION = re.compile(r"[Mm]ember of (?:the )?(?:[A-Z][\w’'-]* (?:and )?){0,5}(?:Committee|Council|Parliament|Assembly|Senate|"
                                    r"Commission|Cabinet)\b")
# the words a bare "member" may follow, pointing back at members named before: "Another member, X", "A fellow member, X"
_MEMBER_DETERMINERS = {"another", "a", "one", "fellow"}
# a mention of members that says what they are members of: "committee members", "members of the Iraqi Council of
# Representatives' Security and Defence Committee" (group "body" when an institution's), or "members of the ring"
_MEMBERS_NAMED = re.compile(r"(?i:\b(?P<inst>council|committee|board|cabinet|parliament|assembly|senate|commission)(?:[’']s)? members?\b"
                            r"|\bmembers? of\b(?:[^,.;:\n]{0,50}?\b(?P<body>council|committee|board|cabinet|parliament|assembly|senate|"
                            r"commission)\b)?)")


def _members_of_institution_before(text: str, at: int) -> bool:
    """Does the last mention before `at` of members that names their body name an institution (a committee, a council)?"""
    last = next(reversed(list(_MEMBERS_NAMED.finditer(text, 0, at))), None)
    return last is not None and bool(last.group("inst") or last.group("body"))
# lowercase words that qualify a title after "to" ("adviser to former Interior Minister, X"), no verb of an infinitive
_TITLE_QUALIFIERS = {"former", "acting", "deputy", "interim", "assistant", "senior", "junior", "then", "late", "new", "outgoing",
                     "incoming", "current", "first", "second", "chief", "principal", "special", "regional", "permanent"}
# a name in apposition closed by its comma: ", X," (cheap: tried only on a title with "at" and a bare body)
_APPOSITIVE_CLOSED = re.compile(r", [A-Z][^,.;:\n]{2,60},")
# the trade a "Chief" heads, one capitalised noun for a person's work (no body's word: "Chief Police" is no post)
_CHIEF_OF_TRADE = re.compile(r"[A-Z][a-z]{3,}(?:er|or|ist|ian|ant|ent|urse|ician)")
# "General" before a body's word is the body's adjective, no rank: "spokesman for the General Company for Ports of Iraq",
# "head of the General Directorate of Residency", "President of the UN General Assembly"
_GENERAL_BODIES = {"Company", "Directorate", "Authority", "Assembly", "Staff", "Secretariat", "Command", "Administration",
                   "Commission", "Establishment", "Department", "Federation", "Union"}


def _general_of_body(kept: list[re.Match], i: int) -> bool:
    return kept[i].group(0) == "General" and i + 1 < len(kept) and kept[i + 1].group(0) in _GENERAL_BODIES
_BRIEF = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?"
# ... so in apposition after the name, the role's first brief before the comma: "X, Minister for Justice, | Home Affairs and
# Migration of Ireland," (no comma before "and": "X, Minister for Justice, and Y, …" lists another person)
# ... and a member's seat named by its places, as a constituency joins them: "X, the MP for Ayr, | Carrick and Cumnock,"
# ... and a directorate's fields, as its name lists them: "X, Director General of Nationality, | Passports and Residence,"
# (its own words, "the General Directorate of", "the Directorate of", before the first)
_ONE_BRIEF = re.compile(rf"\b(?:Minister (?:for|of) (?:the )?|(?:MP|MSP|MS|MEP|MLA|TD) for "
                        rf"|[Dd]irector(?:[- ][Gg]eneral)? of (?:the )?(?:(?:General )?Directorate of )?){_BRIEF}$")
_BRIEFS_AFTER = re.compile(rf"(?:, {_BRIEF}){{1,3}} and {_BRIEF}(?![\w’'-])")
_BRIEFS_LISTED = re.compile(rf"\b(?P<head>[A-Z][a-z]+) (?:for|of) (?:the )?(?P<briefs>{_BRIEF}(?:, {_BRIEF}){{1,3}},? and {_BRIEF})$")
# (so is the case it was held in: "the public prosecutor in her cases, X", "the judge in the trial, X")
# a title's gloss in lowercase words in brackets after it: "qaimaqam (district mayor)", "mayor (qaimaqam)" (not a bracket
# opening with a conjunction or a pronoun, "the minister (and her deputy)", which names someone else)
_GLOSS_AFTER_TITLE = re.compile(r"(?<![\w-])([\w-]{1,40}) \((?!(?:and|or|with|who|his|her|their)\b)[a-z][\w’'-]*(?: [a-z][\w’'-]*){0,3}\)$")
_TIME_AFTER_TITLE = re.compile(r"(?<![\w-])([\w-]{1,40})(?:\s+(?:that|this|on\s+the)\s+(?:night|day|morning|evening|afternoon|weekend)|\s+at\s+the\s+time"
                               r"|\s+(?:in|on)\s+(?:the|her|his|their|this|that|these|those)\s+(?:case|trial|prosecution|investigation|inquiry)s?)$")


def _is_head(word: str) -> bool:
    head = word.lower().rstrip(".")
    return head in _HEAD_WORDS and (head not in _CAPITAL_ONLY_HEADS or word[:1].isupper()) \
        and (head not in _LOWER_ONLY_HEADS or word[:1].islower()) or word in _HEAD_ABBRS


# an "attaché case" is a briefcase, no embassy's officer ("X, carrying an attaché case, said")
_ATTACHE_CASE = re.compile(r"\battach[ée] cases?\b", re.IGNORECASE)


def _has_role(role: str) -> bool:
    """A title among the first four words, an institution's member ("a council member"), or a prosecuting barrister."""
    if "ttach" in role and _ATTACHE_CASE.search(role):
        return False
    return any(_is_head(w) for w in role.split()[:4]) or "ouncil leader" in role and bool(_COUNCIL_LEADER.search(role, 0, 60)) \
        or bool(_MEMBER_RE.match(role)) or bool(_PROSECUTING.fullmatch(role)) \
        or bool(_LONG_LOWER_TITLE.fullmatch(role)) and _is_head(role.rsplit(" ", 1)[-1]) \
        or "representative" in role and bool(_QUALIFIED_REPRESENTATIVE.search(role, 0, 60) or _ENVOY_REPRESENTATIVE.match(role)) \
        or "counsellor" in role and bool(_DIPLOMATIC_COUNSELLOR.match(role)) \
        or "ustice" in role and bool(_JUSTICE_OF_COURT.match(role)) \
        or role.endswith(" Lead") and bool(_FIELD_LEAD.fullmatch(role)) \
        or "administrator" in role and bool(_PLACE_ADMINISTRATOR.fullmatch(role))


def _one_bodys_administrator(text: str, role: tuple[int, int]) -> bool:
    """"X, a Tesco administrator": one of a body's many administrators, a company's staff; a place has one administrator,
    named with "the" ("X, the Sidakan administrator")."""
    return text.endswith(" administrator", role[0], role[1]) and text.endswith(("a ", "an "), 0, role[0]) \
        and _BARE_ADMINISTRATOR.fullmatch(text, role[0], role[1]) is not None


_BARE_ADMINISTRATOR = re.compile(r"[A-Z][a-z][\w’'-]* administrator")


# the state's administrator of a district or a place, named with the place or the district ("X, the Sidakan administrator",
# "district administrator of Soran", the English for "qaimaqam"); a "hospital administrator" or a "network administrator"
# names no place, and holds no public post by the word
_PLACE_UNIT = r"(?:district|sub-district|subdistrict|province|governorate|administration|county)"
_PLACE_ADMINISTRATOR = re.compile(rf"(?:[A-Z][a-z][\w’'-]*(?:[’']s)? (?:{_PLACE_UNIT} )?|(?:district|sub-district|subdistrict|"
                                  rf"provincial|county) )administrator(?: of (?:the )?[A-Z][a-z][\w’'-]*(?: {_PLACE_UNIT})?)?"
                                  rf"|administrator of (?:the )?[A-Z][a-z][\w’'-]*(?: [A-Z][a-z][\w’'-]*)? {_PLACE_UNIT}")


# a civil servant's post named for the field she leads, in apposition: "X, Category Lead, Language Services" (capitalised
# and closing the role: lowercase "lead" is a verb or an adjective, "lead investigator")
_FIELD_LEAD = re.compile(r"(?:[A-Z][a-z]+ ){1,2}Lead")


# a senior judge's post is "Justice" of the court she sits on, a word HEADS lacks ("the Ministry of Justice", "Justice
# Minister X" hold none): "Lady X, a Justice of the Supreme Court", "Y, a Supreme Court justice", "Lord Justice of Appeal"
_JUSTICE_OF_COURT = re.compile(r"(?:(?:Deputy|Chief|Lord|Lady) )?Justices? of (?:the )?(?:Supreme Court|High Court|Court of Appeal|Appeal)\b"
                               r"|(?:Supreme|High) Court [Jj]ustices?\b")


# a lowercase counsellor holds a post at a mission, or over an embassy's affairs ("counsellor for consular affairs at the
# Embassy of Iraq", "political counsellor at the British Embassy"); a "trauma counsellor" holds none
_DIPLOMATIC_COUNSELLOR = re.compile(r"(?:[a-z-]+ )?counsellor (?:for (?:consular|political|economic|press|cultural|trade|"
                                    r"commercial|defence|security|migration|home) affairs\b|(?:at|to|in) (?:the |[A-Z][\w-]*[’']s )"
                                    r"(?:[A-Z][\w-]* ){0,3}?(?:Embassy|High Commission|Consulate|Permanent Mission)\b)")


# a lowercase representative holds a post when his reach qualifies him, as an international body's envoy does ("UNODC's
# regional representative for …", "the UN's special representative", the EU's or a regional government's "high
# representative"): a "sales representative" holds none
_REPRESENTATIVE_QUALIFIERS = ("regional", "special", "permanent", "resident", "country", "high")
_QUALIFIED_REPRESENTATIVE = re.compile(rf"^(?:[\w’'-]+ )?(?:{'|'.join(_REPRESENTATIVE_QUALIFIERS)}) representative\b")
# ... or when he represents his government in a country, as a region without embassies sends one ("the Kurdistan Regional
# Government's representative to the UK", "its deputy representative in Britain"): a firm's man is "in" a city or "for" a market
_ENVOY_OWNER = re.compile(r"[’']s$|^(?:its|their|deputy)$")
_ENVOY_REPRESENTATIVE = re.compile(r"(?:deputy )?representative (?:to|in) (?:the )?(?:UK|United Kingdom|Britain|Iraq|US|United States|"
                                   r"EU|European Union|Germany|France|Iran|Turkey|Sweden|Netherlands|Belgium)\b")
# ... or in any capital city when a government owns him ("the Kurdistan Regional Government's representative in Paris", "the
# KRG's representative in Berlin"): a firm's man in a city is the company's, never a government's
_GOVERNMENT_OWNER = re.compile(r"(?:[Gg]overnment|KRG|[Mm]inistry)[’']s (?:deputy )?$")
_POSTED_REPRESENTATIVE = re.compile(r"(?:deputy )?representative (?:to|in) (?:the )?[A-Z]")


def _envoy_representative(text: str, at: int, end: int) -> bool:
    """Does the "representative" at ``at`` name an envoy's post (his place after it, a government owning him)?"""
    return bool(_ENVOY_REPRESENTATIVE.match(text, at, end)) \
        or bool(_POSTED_REPRESENTATIVE.match(text, at, end)) and bool(_GOVERNMENT_OWNER.search(text, max(0, at - 30), at))


# a council's or an agency's post is named by its duties, lowercase, two joined by "and", and ends at the title: "principal
# licensing and enforcement officer" (no article, number or preposition among them: "a father of two and a police officer" is
# no post's name)
_LONG_LOWER_TITLE = re.compile(r"(?:(?!(?:a|an|the|of|for|to|in|at|on|with|by|his|her|their|its|former|who|was|is)\b)[a-z]+ ){4,5}[a-z]+")


# a post's place right before the name: "Mayor of Velika", "Governor in Nova"
_POST_PLACE_END = re.compile(r" (?:of|for|in) [A-Z][\w’'-]*$")


def place_named_apart(text: str, start: int, end: int) -> bool:
    """Do the words ``text[start:end]`` stand elsewhere with a punctuation mark or a lowercase word after them, as a place
    does ("in Velika Kladuša, most …") and a forename before a surname never does?"""
    pair = text[start:end]
    at = text.find(pair)
    while at >= 0:
        after = text[at + len(pair):at + len(pair) + 2]
        if at != start and (after[:1] in {",", ".", ";", ":", ")"} or after[:1] == " " and after[1:].islower()):
            return True
        at = text.find(pair, at + 1)
    return False


def _public_subject(text: str, start: int) -> bool:
    """Does the sentence ``start`` stands in open with a public body ("The agency plans …, its programme manager")?"""
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, max(0, start - 300), start)]
    subject = _PUBLIC_SUBJECT.match(text, stops[-1] if stops else max(0, start - 300))
    return subject is not None and not _OWNER_BETWEEN.search(text, subject.end(), start)


def _country_possessor(text: str, start: int) -> bool:
    """A country's possessive right before ``start``: "Britain's | immigration liaison manager"."""
    m = _COUNTRY_POSSESSOR.search(text, max(0, start - 30), start)
    return m is not None and _is_place(m.group(1))


def _is_place(word: str) -> bool:
    word = re.sub(r"[’']s$", "", word)
    if len(word) <= 3 and not word.isupper():
        return False  # "Al", "Abu" are parts of names, not ISO codes
    if word == "HM":
        return False  # His Majesty's, a Crown body's name ("HM Coastguard spokeswoman"), not Heard Island's code
    return place_code(word) is not None  # a country, not an organisation: "EU Commissioner" keeps its "EU"


# an English county the gazetteer lacks, ending a title's portfolio before the name ("Senior Coroner for Leeds and South
# East Hampshire Mary Holt"): no forename, so it opens no name of three words (a surname may be one: "Jack Wiltshire")
_COUNTY = re.compile(r"[A-Z][a-z]{2,12}shire")


def _looks_like_name(name: str, peer: bool = False, surname: bool = False) -> bool:
    """Two to four name words; a peer's title and one name ("Lord Ardmore"); one surname when ``surname`` ("Aziz")."""
    # (a peer's designation is a place: "Lord Ahmad of Wimbledon")
    tokens = [t for t in (name.split(" of ", 1)[0].split()[1:] if peer else name.split()) if t not in PARTICLES]
    if tokens and tokens[0].lower() in _REGION_WORDS:
        return False  # "MP for Leeds | North East": a constituency's compass words, never a forename
    if len(tokens) > 2 and _COUNTY.fullmatch(tokens[0]):
        return False
    if any(_POSSESSIVE.search(t) for t in tokens[:-1]):
        return False  # a possessive ends a name: "Government's Joint Crisis Unit" is a body's name run on past the owner
    return (1 if peer or surname else 2) <= len(tokens) <= 4 and not any(t.lower().strip("’'") in _NOT_NAME or _is_place(t) for t in tokens)
