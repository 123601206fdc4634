"""Events candidates: each event verb of a sentence (visited, met, signed, arrested, sentenced, will host...)
with its own date, its type and whether it happened or is planned. Types are guesses for the curator.

A sentence may hold several events ("visited Erbil on Sunday and met the officers"): each verb is one,
dated by the date words of its own stretch of the sentence (from the end of the previous event verb to
the next one), the nearest first; an event joined to the one before by "and" with no date of its own
shares that one's. A date that dates a speech act ("the police said on Sunday") dates no event, and an
announcement's date is not given to what it announces. A future form before the verb ("will meet",
"is due to", "is scheduled to", "plans to", "agreed to"), "is due (expected) in London" or a date still to come
("next month") makes it planned, and a date already past ("talks held last Thursday") occurred;
one "postponed until February" (a case "adjourned to the 3rd of March", a hearing "set for 15 January next year") is planned for
that date; an undated event "at a meeting" takes that meeting's date; a date after "and that" (or ";") is its own clause's, not the
verb's ("had arrested 96 men, and that training would start in the autumn");
"At Wednesday's meeting" is a meeting that Wednesday; an undated event "On the sidelines of the meeting" (at, during or
after "the meeting") takes the date of the meeting told last; visitors "received in his office" are a meeting, and so is a
question asking someone to meet ("Will the Minister meet families ... in January?": planned); a judge who "refused an
injunction" (dismissed an appeal, granted bail) made a court ruling, and so did a jury that cleared a defendant
("was cleared of all charges", "found not guilty"); a hearing told by its day ("will decide ... at a confiscation hearing on 16
March", "faces a sentencing hearing on Friday") is the ruling it is held for, planned when its clause tells of the future, and
the setting of a ruling told in its clause ("was jailed at a hearing on 3 October": one ruling, that day); a range of days ("on 3 and 4 March") dates it from the first to the last;
visitors hosted ("will host Iraqi and British officials"), a committee taking evidence or MPs who "will question" a minister and
officials who "review the programme in London" are a meeting; "will return to Zakho" and "inspect the crossing" are a visit; a
planned meeting has the type planned_meeting ("is due to visit X and will meet Y" is one planned visit), and so is one told in
the passive ("meetings of the committee are scheduled to be held in Erbil on 20 July", reported: "said the first meeting would take
place next month"); a plan at an hour with no day ("is due to
meet her at 10:00 GMT") is the reference day's, and so is a live blog entry's undated news in the simple past ("the minister met her
counterpart in London"); "in the coming months" makes a plan, undated; a date after ", and" with a subject of its own
("..., and 412 people crossed yesterday"), or the verb before's across ", and", is not the verb's.
"signed X on D1, and a joint statement in June" is two signings. A ruling still to come ("is due to rule on ... on 14 November") is
planned; a journey made to sign ("to visit the UK in December to sign") is that signing; an event "a day after" (the day before,
"two days after") a day told just before is dated by counting. A report "published on Monday", an arrival "on Monday", a witness who
"told the committee on 15 July" (or "appears before" it) and a dated "meeting between" two parties are events; a visit's purpose
("to visit Erbil on Monday for talks") is the visit's, a press conference where something is "announced" is the announcement's
setting, a day before "that"/"after" is the clause above's, and an arrest told again in its sentence is the same operation (one
joined by "and" shares the day told after it). Terms told for several convicts ("received terms of between three and five years"),
a public body's confirmation, a hearing "due to take place", a ring "broken up", a call held, a counterpart hosted and a report to be
published with a day of its own are events; one that "marked the day" takes the day told as marking an anniversary, one "on the
same day" (that week, the next day) the event told just before's, and one in a "where" clause the day of the event it hangs on.
A raid on premises ("raided three houses ... on Tuesday"), people "picked up in raids" and an arrest told as the noun announced
("announced on Wednesday the arrest of 11 people": the day is the announcement's) are arrests.
A report "laid before Parliament" with a day of its own is a publication.
An event told "a week later" ("two days later", "a month later") is dated by counting from the event told before it in its paragraph;
a place "toured" (not one told as the setting of a meeting on it: ", where she met"), a group or delegation led to a place and a place
"came to" with a day, week or month of its own (not a life story's year, a crowd or a course) are visits, and the people a visitor
"met" there ("toured the fair and met returnees and employers") are the visit's, no meeting; a session told by its day ("At a second
session on 4 November") is a meeting; a body's confirmation closing its sentence (", the Home Office confirmed.") is a speech tag.
A visitor "received at the Ministry's headquarters" is a meeting; "announced during the meeting" is the meeting told before (its
day, and no second meeting); an arrival "on her first visit to" a place is that visit, and a visit named as the setting of the event
before ("signed a memorandum on Wednesday during a visit to Baghdad by ...") takes that event's day; a visitor "briefed" in a "where"
clause after the visit is the visit's; arrests "during the past year" or "in the year to June" are a tally; a trial date "set for" a
day and an appeal a tribunal "will hear" are planned rulings; a study "by the University of X published on Thursday" is a publication.
A deal named by its signing ("an agreement signed in Baghdad in November 2024") was signed, whatever future its clause holds,
and a date in a relative clause set off before the verb ("The committee, which was set up in May 2024, will meet next month")
yields to one in the verb's own clause. Not events: questions (but an aside in one: "is the pact,
signed last November, working?", or an instrument "signed in May 2024" in one) and headlines, an undated deal named by its
signing ("the deal signed with Iraq"), a dated conviction's offences restated ("were convicted of conspiracy to ..."), "struck" without a deal, people counted as they arrive ("2,000 people arrived in Kent"), a plane landing, a source described as briefed
("a person briefed on the talks said"), people counted as convicted or arrested
over a period ("312 have been arrested since January", "arrested 87 between 1 July and 30 September", "had arrested 96
since January", "in October alone arrested 31", "have arrested 212 people since the country signed", "over the past six weeks";
arrests something "led to" are a figure too), a verb in a "since" clause ("Since Labour signed its pact, ...",
but not one with a date of its own: "since they signed it last May"), what a
correction says "an earlier version" said, officers arriving to take up their posts ("two liaison officers arrived in Baghdad"), a visitor ranked by the visit just told
("arrived on Tuesday, the first minister to travel to Iraq since ..."),
people returned ("thousands will return to Iraq"),
"ruled out", a reception ("met with criticism") or a life story's encounter ("she first met the smuggler"),
an undated event named only to date something else ("Four months after it was signed", "since the country signed"),
a count "(143)" arrested "during the first five months",
"a handwritten sign", a negated or pending one ("never signed", "not yet signed"), one called off ("the visit has been cancelled"), a habit in a quote ("the men we meet on their return"), a share of arrests told before ("most of the arrests were made in ..."), a press conference named
only as where someone spoke ("Speaking at a press conference"), people met on arrival ("were met on the tarmac by officials"),
an undated arrival in a life story ("had himself arrived in the UK"), trainees travelling for a course ("a second group of 60
would travel to Jordan"), a verb in a "whether" clause and an undated signing in the present perfect ("have
signed a new agreement") when the article dates a signing: the same signing in summary.
The other party's turn at a meeting ("For her part, the Ambassador announced") takes the meeting's day; a second verb after "and"
with a date of its own after it ("visited X on Monday and met Y on Tuesday") and a participle set off by a comma (", signed ... on
26 November 2024") take their own date, not the one before. A term a judge "gave" or each convict "was each given", an appeal "to
be heard", a trial people "are due to stand" are rulings; premises searched "detaining four men" an arrest. Not events either: arrests
something "led to", people arrested over a whole year told as a statistic ("96 suspected smugglers in 2025, up from 71"), a habit
("announced money again and again") and people described by a meeting ("the people she met last year").
An event "at the end of the talks" takes the day of the meeting told before; one under way as a dated speech act ("officials said
on Thursday, as the two sides held their first dialogue") takes that day; a dialogue held or a round of it hosted is a meeting;
a remand in custody by a magistrate, an extradition a court approved, convicts "sent down" and a man "was cleared" are rulings,
and a hearing "in July" is one; a site named by what it is ("visited a tailoring workshop in Erbil") is a visit. Not events: a
thing met in the passive ("the deadline is usually met"), people met undated with no article ("We met young men ...", "staff meet
returnees"), and hundreds arrested since a year (a tally). A dateline's date in brackets ("ZAKHO, Kurdistan Region (Nov. 5) –")
dates no event; two weekdays joined by "and" ("raids on Monday night and Tuesday") date it from the first to the last; "the
following week" ("month") is the one after the event told before's; one person's dated arrest something "led to" ("Last month
that work led to the arrest of a driver") is an arrest; people arrested with the verb left out after a dated arrest (", and eight
in Basra on Saturday") are an arrest of their own. Not events either: arrests "in the past week" (a tally), a press conference
someone "attended", a habit told by "every time" ("whenever") and a likelihood compared ("three times as likely to say they had
been detained"). An order that things be done ("has ordered all border posts to be connected to it by June 2026") is an
announcement, not dated by its deadline. Talks told first undated ("Interior ministers ... met for talks on the gangs") are the
talks the article dates later ("said after talks in Berlin on Tuesday"): told once, with their day.
A suspect "brought before" a judge, a court that "ordered" someone to pay, a jury to "retire to consider" its verdicts and a
hearing told "in a hearing on" a day are rulings; raids that "took place" are an arrest, a report "to be published" a publication,
a session held a meeting, and a visitor received "today, Sunday, at the Government Palace" a meeting; "At the same time" is the
day of the event told before, and a pronoun's sentence after "For her part" the meeting's turn. People described by an undated
arrest before their own verb ("The six men arrested in Hamburg will appear ...") are no arrest.
A deal "was agreed in Rome in March 2024" was signed; a judge "due to decide on Friday whether" and a court that "will begin the
trial" on a day are planned rulings; ministers who "will discuss" something at a place named, a planned meeting; "Giving evidence
on 2 March, X told the committee" is one hearing; one "ordered to pay back" money and a judge who "made a confiscation order" are
rulings; "I can today announce" is an announcement, and a "document which is published today" a publication. Not events either:
a quoted or record count of arrests ('arrested "more than 200"', "a record 1,300 ... last year"), a returnee who "signed up for the
returns scheme and flew to" a place, and a meeting recalled ("As the minister said when we met").
An arrest something led to told with its place first ("led to the arrest in Basra of a driver") is that arrest.
A visitor "welcomed" to the host's own site ("welcomed the minister to our shelter in Duhok") made a visit.
A count in the clause before a "when" clause ("seized 40 passports when the men were arrested") is no counted subject.
One more thing "also" done, in the paragraph of a dated meeting, visit or signing told just before ("The two ministers
also signed a protocol"), is that occasion's and takes its day.
A meeting in a clause of its own after a visit (", and the officers agreed to return for a second meeting on 12 July")
is no purpose of the visit.
An item of a list whose lead-in tells a dated plan ("In 2027 we will:" ... "2. publish our review") is planned, for that date.
A committee report's witness list tells each evidence session by a line of its day (a meeting), a witness who "told us" on a
day in it is a hearing, and a document's imprint line ("Published on 10 March 2026 by authority of ...") its publication; the
arrests one dated operation "led to" are an arrest, and a thing "is announced" undated, in the present, a habit.
A journey made "for the third meeting of" a body is that planned meeting; the arrest of one ring's members something led to,
dated, an arrest; a life term a court "gave" a ruling. Not events: courts of a place counted as convicting, anyone or no one
arrested ("Every smuggler arrested", "No one arrested"), a cost "met by a £180,000 grant" and a news story's time stamp
("Published on 14/08/2026 at 18:42").
A body's meeting "held" on a day with what it is of between, a case that "will return to the investigating court" on a day
and an appearance "before a special sitting of" a court named are events; a date after "told the court that" is the told
clause's. Not events: the people an arrest told before took, told again undated ("The men were detained in the hall"), and
a person described by whom they "met", undated ("a volunteer who met the group at the hospital").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from functools import lru_cache

from ..parsing.numbers import fold
from .candidates import Candidate
from .dates import (
    _MADE_BY,
    DATE_RE,
    LATER,
    MONTHS,
    SAME_DAY,
    SET_FOR_MONTH_RE,
    WEEKDAYS,
    clock_day,
    coming_day,
    dates_in,
    days_apart,
    future_tense,
    later,
    reference_day,
    resolve,
    same_day,
    shifted,
)
from .text import WITHDRAWN, EndsOnWords, KindScan, at_line_starts, clause_around, is_heading, keywords, list_lead_in

_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
_TERM = rf"(?:\d+|{_NUMBER_WORDS})(?: and a half)?"  # a prison term's number of years or months ("two and a half years")
_BROKEN_UP = r"(?:broken up|broke up|breaks up|dismantled|dismantles|busted|busts|smashed|smashes)\b"
_RING = r"(?:[Nn]etwork|[Rr]ing|[Gg]ang|[Cc]ell)"
_PARLIAMENT = r"(?:both Houses\b|(?:the )?(?:Scottish |Welsh |UK |Iraqi )?Parliament\b|the Senedd\b|the Dáil\b)"
# the premises a raid is told on (see "raided")
_PREMISES = (r"(?:houses?|homes?|premises|propert(?:y|ies)|address(?:es)?|flats?|apartments?|shops?|offices?|warehouses?|hideouts?|"
             r"buildings?|farms?|garages?|businesses|hotels?|factor(?:y|ies)|workshops?|camps?|villages?|compounds?|depots?|"
             r"car washes|restaurants?|caf[eé]s?|salons?|barbers?)")
# an instrument concluded: "to sign", "to agree a new returns deal", "to conclude the memorandum"
_TO_SIGN = (r"\bto (?:sign|(?:agree|conclude|finali[sz]e) (?:a|an|the|its|their) (?:(?!of\b)[\w-]+ ){0,3}?"
            r"(?:deal|agreement|pact|accord|memorandum|treaty|protocol)s?)\b")
# a journey made for a meeting named is that meeting, as one made "to meet" is: "is due to travel to Baghdad next month for the
# third meeting of the joint committee" (not one made "for talks", the visit's own programme)
# whom a sentencing named in running text sentenced, with no plan told after it in its clause: "the sentencing of three men"
# (not "the sentencing of the pair is set for 4 May", a hearing still to come)
_SENTENCING_NAMED = (r" (?:on [^,;.]{1,25}? )?of (?:(?:a|an|the|his|her|their|two|three|four|five|six|seven|eight|nine|ten|\d+)\b|[A-Z])"
                     r"(?![^,;.]{0,120}?\b(?:set|listed|fixed|scheduled|due|expected|will|take place)\b)")
_SENTENCING_NAMED_RE = re.compile(_SENTENCING_NAMED)
# a sentencing told bare by its day and the judge who passed it: "Sentencing on Thursday, Judge X said ..." (the ruling
# passed that day, no hearing still to come)
_SENTENCING_BY_JUDGE = r" (?:on|yesterday|today|last)\b[^.;,]{0,25}, (?:(?:the )?[Jj]udge|Recorder|(?:Mr|Mrs|Ms) Justice)\b"
_SENTENCING_BY_JUDGE_RE = re.compile(_SENTENCING_BY_JUDGE)
# ... or for a round of a dialogue, which is a meeting of its parties: "will travel to London in September for the next round of
# the Strategic Dialogue" (a round of talks stays the visit's purpose)
_ROUND_OF_DIALOGUE = r"round(?= of (?:the |their |its )?(?:[\w’'–-]+ ){0,4}?[Dd]ialogue\b)"
_FOR_A_MEETING = rf"\bfor (?:a|an|the|their|its) (?:[\w-]+ ){{0,2}}?(?:meeting|summit|{_ROUND_OF_DIALOGUE})\b"
# a place a visitor goes to see (see "visited")
_SITE = (r"(?:sites?|camps?|centres?|centers?|crossings?|ports?|facilit(?:y|ies)|projects?|schools?|factor(?:y|ies)|workshops?|"
         r"checkpoints?|bases?|prisons?|hospitals?|villages?|border posts?|headquarters|markets?|exhibitions?|airports?|shelters?|helplines?|hotlines?|call centres?|"
         r"directorates?|academ(?:y|ies)|embass(?:y|ies)|consulates?|ministr(?:y|ies)|(?<=[\s-])offices?"
         # a charity's or a landlord's own places: "visited our Birmingham hub", "visit dispersal properties in Hull"
         r"|hubs?|(?<=[\s-])propert(?:y|ies)"
         # a seat of learning, as a visitor meets its students or staff: "will visit the university to meet students"
         r"|universit(?:y|ies)|colleges?"
         # a joint team's post, as security partnerships name theirs: "visited the joint intelligence cell" (not a prison's cells)
         r"|(?<=intelligence )cells?|(?<=coordination )cells?|(?<=co-ordination )cells?|(?<=fusion )cells?|(?<=operations )cells?)")
# a site inspected, as a visit: "will inspect the new crossing", "inspected the completed section of the border fence" (a stretch
# of a barrier is the barrier's), "will inspect the forward positions"
_INSPECTED_SITE = (r"(?:the |a )?(?:[\w-]+ ){0,2}?(?:(?:section|stretch|part|length)s? of (?:the |a )?(?:[\w-]+ ){0,2}?)?"
                   # (or a force's posts along it: "will inspect the new positions", "inspected the outposts on the frontier")
                   # (the post the clause's last noun: not "the position papers")
                   r"(?:(?:crossing|border|checkpoint|port|camp|airport|site|trench|fence|wall)s?\b"
                   r"|(?:position|outpost|watchtower|barrack)s?\b(?=[,.;]| (?:on|in|at|near|along|of|by|later|next|this|last|and|to|with|during|before|after|when)\b))")
# event_type -> verb pattern (case-sensitive: a verb, not a capitalised name)
# the stay's words, looked for once in the text (its common words would let most sentences past the quick test)
# (each word's start is looked behind for after its letters, not with a "\b" before them: a pattern opening with a letter
# lets the engine skip to a "b" or "w" in one quick loop, where a "\b" is tried at every position of the text)
_STAY = re.compile(r"(?:be(?<!\wbe)|was(?<!\wwas)|were(?<!\wwere)) in (?=[A-Z])")
_STAY_DAY = (rf"(?:in (?:{'|'.join(MONTHS)})\b|on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|(?:next|last|this) (?:week|month)\b"
             r"|yesterday\b|today\b|tomorrow\b)")
# the official met, then their place and the day (see "raise" under "meeting")
_OFFICIAL_MET = (r"(?:the |his |her |their |a |an )?(?:[\w’'-]+ ){0,5}?(?:[Mm]inister|[Ss]ecretary|[Cc]ounterpart|[Aa]mbassador|[Pp]resident|[Ee]nvoy"
                 r"|[Cc]ommissioner)s?(?: (?:in|at) (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)? "
                 rf"(?:on (?:\d|(?:{'|'.join(WEEKDAYS)}|{'|'.join(MONTHS)})\b)|in (?:{'|'.join(MONTHS)})\b|next (?:week|month)\b|tomorrow\b"
                 # ... or a day past, for what was raised with them (see "raised" under "meeting"): "last Thursday", "yesterday"
                 rf"|last (?:week|month|{'|'.join(WEEKDAYS)})\b|yesterday\b)")
# counterparts met at a named body's sitting, with its day (see "present" under "meeting"): "his EU counterparts at the Justice
# and Home Affairs Council in Brussels on 12 June"
_COUNTERPARTS_AT_SITTING = (r"(?:the |his |her |their |its )?(?:[\w’'-]+ ){0,3}?(?:[Cc]ounterparts|[Mm]inisters|[Pp]artners) at (?:the |a )?"
                            r"(?:(?:[A-Z][\w’'-]*|and|of|for) ){1,6}?(?:Council|Summit|Conference|Forum)(?: (?:in|at) [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)? "
                            rf"(?:on (?:\d|(?:{'|'.join(WEEKDAYS)}|{'|'.join(MONTHS)})\b)|in (?:{'|'.join(MONTHS)})\b|next (?:week|month)\b|tomorrow\b)")
# an instrument its parties agreed, named as the verb's object with its own date (and place): "the two countries agreed
# their migration partnership in Amman in May 2023" (a signing; not "agreed the plan", nor one with no date)
# (an action plan agreed between states is such an instrument, a joint text, unlike a plan of one body: "the two interior
# ministries agreed a joint action plan in December 2024", not "the council agreed the plan in May")
_AGREED_DATED_OBJECT = re.compile(rf" (?:their|its|the|our|a|an) (?:(?!of\b)[\w-]+ ){{0,3}}?(?:deal|agreement|pact|accord|memorandum|treaty|protocol"
                                  rf"|arrangement|partnership|action plan)\b(?: (?:with|in) (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?){{0,2}} (?:in|on) (?:\d|(?:{'|'.join(MONTHS)})\b)")
EVENT_VERBS = (
    ("press_conference", r"\bpress conference\b"),
    # not the noun: "a sign", "signs of progress", "trained to spot signs that"; nor goods signed for: "he signed for fish" (not "signed for Britain")
    # (nor people let out on a register: "the guard signs out visitors"; nor a player joining a club, told by the league it
    # plays in: "signed for Ramsgate, who play in the Isthmian League")
    ("signing", r"\b(?<!\b[Aa] )(?<!\b[Tt]he )(?<!\b[Nn]o )(?<!\bany )(?<!\bspot )(?<!\bsee )(?<!\bshow )(?<!\bshows )(?<!\bwarning )(?<!\bearly )(?<!\bamid )(?:sign(?:ed|s|ing)?|Signed(?= (?:in|on|at) ))\b(?! up| of| out\b| for (?!the\b|[A-Z])[a-z]"
                r"| for (?:[A-Z][\w’'-]+ ){0,3}[A-Z][\w’'-]+,? (?:who|which) (?:play|plays|played|compete|competes) in\b)|\bsigning of\b|\b(?:struck|sealed|clinched)\b"
                # an instrument to be concluded: "is due in London to conclude the memorandum" (see _TO_SIGN)
                r"|\b(?:agree|conclude|finali[sz]e)\b(?:(?<=to agree)|(?<=to conclude)|(?<=to finalise)|(?<=to finalize))"
                r"(?= (?:a|an|the|its|their) (?:(?!of\b)[\w-]+ ){0,3}?(?:deal|agreement|pact|accord|memorandum|treaty|protocol)s?\b)"
                # a parliament's ratification binds its state as a signature does (the vocabulary has no type of its own for it):
                # "the parliament on Monday ratified a border-security protocol with Britain" (not "the ratified treaty")
                r"|\b(?:ratified|ratifies|ratify(?:(?<=to ratify)|(?<=will ratify)))\b(?= (?:a|an|the|its|their) (?:(?!of\b)[\w-]+ ){0,3}?"
                r"(?:deal|agreement|pact|accord|memorandum|treaty|protocol|convention)s?\b)"
                # an instrument its parties agreed, with its date (see _AGREED_INSTRUMENT): "the data-sharing arrangement Britain
                # and Iraq agreed in November 2024" (its place may come first: "agreed in Baghdad in November 2024"; its other
                # party too: "the returns arrangement agreed with Iraq in November 2024")
                # ... its parties named by what they are: "the joint statement agreed by our two governments in November 2024"
                # ... or both named by "between": "the returns arrangement agreed between Norway and Iraq in May 2023"
                # (a party's name of two words too: "agreed between the United Kingdom and Iraq in November 2024")
                rf"|\bagreed\b(?= (?:(?:by|with|between) (?:the )?[A-Z][\w’'-]+ (?:[A-Z][\w’'-]+ )?(?:and (?:the )?[A-Z][\w’'-]+ (?:[A-Z][\w’'-]+ )?)?"
                r"|by (?:the|our|both|their) (?:two )?(?:governments|countries|sides|states|parties|ministers) )?(?:in [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? )?"
                # (or its year told back from the reference: "the border cooperation agreed with Britain last year")
                rf"(?:(?:in|on|last) (?:\d|(?:{'|'.join(MONTHS)})\b)|last year\b))"
                # ... or agreed as a new instrument, its object: "Norway agreed a returns arrangement with Iraq" (see _AGREED_OBJECT)
                # (a titled joint text is one too, its capital telling it from a statement made: "agreed a Joint Declaration on ...")
                # (a partnership with a state too, named: "Norway has agreed a border security partnership with Iraq", not "a
                # partnership with local schools")
                r"|\bagreed\b(?= (?:a|an) (?:(?!of\b)[\w-]+ ){0,2}?(?:deal|agreement|pact|accord|memorandum|treaty|protocol|arrangement|partnership(?= with (?:the )?[A-Z])"
                r"|Statement|Declaration)\b)"
                # ... or agreed as the verb's object with its own date: "agreed their migration partnership in Amman in May 2023"
                rf"|\bagreed\b(?={_AGREED_DATED_OBJECT.pattern})"
                # ... or told by "concluded" after its name, with its date: "the memorandum on border security concluded between
                # the two countries in Baghdad on 26 November 2024" (not talks or an inquiry concluded: no instrument before)
                # (what it is on told between: the instrument's noun the event's word)
                r"|\b(?:memorandum|agreement|treaty|accord|protocol|arrangement|deal|pact)\b(?= (?:of understanding )?(?:(?:on|for) (?:[\w’'-]+ ){1,4}?)?"
                # (its parties told as the subject of "concluded": "the border agreement the two countries concluded in November")
                r"(?:(?:the|both|our|their) (?:two )?(?:countries|governments|sides|states|parties) "
                # ... or named, its month told back from the reference: "the agreement Britain and Iraq concluded last May"
                r"|(?:the )?[A-Z][\w’'-]+ and (?:the )?[A-Z][\w’'-]+ )?"
                # (its other party told by "with": "a returns pact concluded with Ankara in June 2025")
                rf"concluded(?: between [^,.;]{{1,60}}?| with (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)? (?:in|on|last) (?:\d|(?:{'|'.join(MONTHS)})\b))"
                # ... or told in the passive, where and when: "since it was agreed in Rome in March 2024" (not a decision told
                # by "that": "it was agreed in London on Monday that ...", see _not_an_event)
                rf"|\bagreed\b(?:(?<=\bwas agreed)|(?<=\bwere agreed))(?= in [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? (?:in|on|last) (?:\d|(?:{'|'.join(MONTHS)})\b))"),
    # (not the participle as an adjective: "a jailed driver", "the convicted smuggler"; the article a word of its own: a place
    # ending so is a subject, "a court in Basra sentenced", "a judge in Iran convicted")
    ("court_ruling", r"\b(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Tt]he )(?:sentenced|sentence[ds]?(?= \w+ to \d)|convicted|jailed|caged|locked up|found (?:not )?guilty|acquitted|"
                     # (a claim a court hears too, told as one at law: "will hear their civil claim against the driver on 3 May", or a
                     # confiscation claimed: "will hear a separate claim to confiscate his house on 2 June",
                     # not "hear claims of abuse")
                     # (or a case of a kind, as a tribunal's is named: "is due to hear a country guidance case", "a test case")
                     r"hear (?:(?:the|their|his|her|its|a) )?(?:(?:civil|criminal|test|lead|landmark|country guidance) )?cases?|hear (?:the |their |his |her |its )?(?:[\w-]+(?:[’']s?|s[’']) )?(?:(?:civil|compensation|damages) "
                     r"claims?|claims? against)|hear (?:a|the|their|his|her|its) (?:separate |further |new |fresh )?claims? to (?:confiscate|recover|seize|forfeit)|be sentenced)\b"
                     # a conviction told as a noun, at a court named (dated: see _not_an_event): "the conviction at Isleworth
                     # Crown Court in July of a hawala banker"
                     # ... whom it convicted told first: "the conviction of its organiser at Canterbury Crown Court last month"
                     r"|\bconviction\b(?= (?:of (?:[\w’'-]+ ){1,4}?)?(?:at|in|by) (?:the )?(?:[A-Z][\w’'-]* ){1,4}?Court\b)"
                     # a court's decision to hold or free those before it, as Iraqi and Arab reports tell a remand: "The Karkh
                     # Investigation Court decided, on 4 May, to detain them pending investigation" (not "Police decided to detain")
                     r"|\bdecided\b(?:(?<=[Cc]ourt decided)|(?<=[Jj]udge decided)|(?<=[Mm]agistrate decided))(?=,? (?:on [^,;.]{1,25}?,? )?"
                     r"to (?:detain|remand|release|free|jail|imprison|extradite|convict|acquit|sentence)\b)"
                     # ... or as what an operation led to, of one ring, dated: "led to the conviction of 14 members of a network in
                     # Brussels in February" (as "led to the arrest of", see _ONE_RING)
                     rf"|\bconvictions? of\b(?:(?<=\bto the conviction of)|(?<=\bto the convictions of))(?= (?:\d+|{_NUMBER_WORDS}) (?:[\w-]+ )?members of "
                     rf"(?:a|an|one|the) (?:[\w’'-]+ ){{0,2}}?{_RING}\b[^.;]{{0,60}}?\b(?:in (?:{'|'.join(MONTHS)})\b|on \d|last (?:week|month)\b))"
                     # ... or told as heard, by its day (a hearing held: not "heard" of news): "The appeals were heard over three
                     # days in May 2025", "the case was heard at Bristol Crown Court on 4 June"
                     r"|\bheard\b(?:(?<=appeals were heard)|(?<=appeal was heard)|(?<=case was heard)|(?<=cases were heard)|(?<=claim was heard)"
                     # (a venue given with its address, between commas: "heard at Field House, 2 Carey Street, London, on 4 May")
                     r"|(?<=claims were heard))(?= (?:over (?:[\w-]+ ){1,3}|(?:at|before|by) (?:[\w’'-]+ ){1,5}?|at (?:[\w’'-]+,? ){1,9}?)?"
                     rf"(?:on (?:the )?\d{{1,2}}|on (?:{'|'.join(WEEKDAYS)})|in (?:{'|'.join(MONTHS)})|last (?:week|month)|yesterday)\b)"
                     # a trial still to come at a court named: "will be tried at the Calais criminal court on Monday", "is to be
                     # tried at Hull Crown Court in May" (not "tried to cross", nor "tried by the smugglers")
                     r"|\btried\b(?:(?<=\bwill be tried)|(?<=\bto be tried)|(?<=\bwould be tried)|(?<=[’']ll be tried))"
                     r"(?= (?:at|in|before) (?:(?:a|an|the) )?(?:[\w’'-]+ ){0,3}?[Cc]ourt\b(?: (?:in|of) [A-Z][\w’'-]+)?,?"
                     rf" (?:on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|(?:next|this) (?:week|month|(?:{'|'.join(WEEKDAYS)}))\b|tomorrow\b|in (?:{'|'.join(MONTHS)})\b))"
                     # an appeal to be heard: "a tribunal will hear their appeal on 7 October" (not "hear their stories")
                     # an appearance still to come before a judge: "would appear before an examining magistrate on Friday" (not one
                     # told as done, "have appeared before magistrates", nor a committee's hearing: that is a meeting)
                     # ("go before" a court is the same appearance: "is expected to go before the criminal court next month")
                     # (or a chamber of the court, as Belgian and French reports translate it: "is due to appear before the council
                     # chamber on Thursday", which rules on a detention; not a "chamber of commerce")
                     # (or told with "'ll": "They'll appear at Hull Crown Court on Friday"; or as an arraignment still to come:
                     # "is expected to be arraigned before Magistrate Anna Vella on Monday")
                     r"|\b(?:appear|go|arraigned)\b(?:(?<=\bwill appear)|(?<=\bwould appear)|(?<=\bto appear)|(?<=\bwill go)|(?<=\bto go)"
                     # (a "next" between: "will next appear at Leeds Crown Court on 4 May", "He'll next appear at ...")
                     r"|(?<=[’']ll appear)|(?<=\bwill next appear)|(?<=\bto next appear)|(?<=[’']ll next appear)"
                     r"|(?<=\bto be arraigned)|(?<=\bwill be arraigned))(?= before (?:Magistrate|Judge) [A-Z]"
                     r"| before (?:a|an|the) (?:[\w-]+ ){0,2}?"
                     # (or before a prosecutor, as Greek and Italian reports tell the first appearance: "will appear before a
                     # prosecutor in Patras on Monday")
                     r"(?:magistrates?|judges?|courts?|prosecutors?|(?:council|pre-trial|indictments?) chambers?)\b"
                     # ... or a sitting of a court named: "is due to appear before a special sitting of Wexford District Court"
                     r"| before (?:a|an|the) (?:[\w-]+ )?sitting of (?:the )?(?:[A-Z][\w’'-]* ){1,4}?Court\b"
                     # ... or at a court named: "will appear at Leeds Crown Court on 4 May" (its place may open with a capital
                     # outside ASCII, "before Østfold District Court", and a translated court's kind may be lower case: "at Narva
                     # district court")
                     r"| (?:at|in|before) (?:the )?(?:[^\W\d_a-z][\w’'-]* ){1,4}?(?:Court|(?:district|regional|city|county|criminal) court)\b"
                     # ... or on a day, for the hearing it is: "where he is due to appear on 14 October for a plea hearing"
                     r"| on [^,;.]{1,25}? for (?:a|an|the|his|her|their) (?:[\w-]+ ){0,2}?(?:hearing|trial|sentencing)\b"
                     # ... or again on a day, the court told before: "He is due to appear again on 3 December"
                     # (or by video link, as a remand's next hearing often is: "will appear again by video link on 22 October")
                     r"| again (?:(?:by|via) video[- ]link )?on (?:\d{1,2} [A-Z]|[A-Z][a-z]+day\b|[A-Z][a-z]+ \d))"
                     # ... or at the court just named, where a case was sent: "sent the case to Leeds Crown Court, where he is
                     # due to appear on 4 May" (not at a place that is no court: "the festival in Leeds, where she is due to appear on 4 May")
                     rf"|(?:(?<=Court, )|(?<=court, ))where (?:he|she|they|the (?:[\w-]+ ){{0,2}}?(?:men|man|women|woman|pair|trio|defendants?|accused)) (?:is|are|will be) due to appear"
                     rf"(?= on (?:\d{{1,2}} (?:{'|'.join(MONTHS)})|(?:{'|'.join(WEEKDAYS)})|(?:{'|'.join(MONTHS)}) \d)\b)"
                     # ... or a case due back before its court: "The case will return to the investigating court on 2 November"
                     # (or a defendant due back, for a hearing named: "He will return to court for a confiscation hearing on 23 May")
                     r"|\breturn\b(?:(?<=case will return)|(?<=case is to return)|(?<=case is due to return)|(?<=case is expected to return)"
                     r"|(?<=\bwill return)(?= to court for (?:a|an|the) (?:[\w-]+ ){0,2}?hearing\b))"
                     r"(?= to (?:the |a )?(?:[\w’'-]+ ){0,2}?(?:court|judge|magistrates?)\b| to (?:the )?(?:[A-Z][\w’'-]* ){1,4}?Court\b)"
                     # ... or told as due, the verb left out: "is due before Leeds Magistrates' Court on Friday"
                     # ... or due back there, after a remand: "They are due back before the magistrate on 3 June"
                     # (or at it: "is due at Leeds Crown Court on 2 October")
                     r"|\bdue (?:back )?(?:before|at)\b(?= (?:a|an|the) (?:[\w-]+ ){0,2}?(?:magistrates?|judges?|courts?)\b| (?:the )?(?:[A-Z][\w’'-]* ){1,4}?Court\b)"
                     # ... or "due in court", with its day (its town may come between): "is due in court in Hull on 3 May"
                     rf"|\bdue (?:back )?in court\b(?=(?: (?:in|at) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)?,? (?:on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|next (?:week|month)\b|tomorrow\b))"
                     # an appearance told as done, at a court named, with the remand it ended in (dated: see _not_an_event):
                     # "appeared at Leeds Magistrates' Court on Friday and was remanded in custody" (the charges may come between: "appeared
                     # at Bolton Magistrates' Court today charged with conspiracy to ... and fraud, and was remanded")
                     # ... or before the magistrates of a town named: "appeared before Dover magistrates on Monday and was remanded"
                     # ... or before a judge named at the court: "appeared before Judge Ann Byrne at Cork District Court on Friday,
                     # where he was remanded"
                     # ... or before a judge unnamed, in a town or on a day: "appeared before a judge in Ceuta on Monday and was remanded"
                     r"|\bappeared\b(?= (?:(?:before (?:(?:District|Circuit) )?Judge (?:[A-Z][\w’'-]* ){1,3}?(?:at|in) |(?:at|in|before) )"
                     r"(?:the )?(?:[A-Z][\w’'-]* ){1,4}?(?:Court\b|magistrates\b)|before (?:a|an|the) (?:[\w-]+ )?(?:judge|magistrate)s?\b)[^.;]{0,110}?"
                     r"\b(?:and|where (?:he|she|they)) (?:was|were) (?:(?:later|then|also) )?remanded\b)"
                     # a jury sent out to decide: "expected them to retire to consider their verdicts next week", "would be sent out to
                     # consider their verdicts in May"
                     r"|\b(?:retire[sd]?|sent out)\b(?= to consider (?:its|their|the) verdicts?\b)"
                     # a suspect brought before a judge is a court's hearing: "will be brought before an investigating judge on Friday"
                     # (or a court named: "would be brought before the Canterbury Crown Court on Friday")
                     r"|\bbrought before\b(?= (?:a|an|the) (?:[\w-]+ ){0,2}?(?:[Mm]agistrates?|judges?|[Cc]ourts?)\b)"
                     # a court's order to pay: "The court also ordered the two men to pay compensation" (not a ministry's order)
                     r"|\bordered\b(?:(?<=[Cc]ourt ordered)|(?<=[Cc]ourt also ordered)|(?<=[Jj]udge ordered)|(?<=[Jj]udge also ordered))"
                     # ... or a confiscation: "The court also ordered the confiscation of $420,000"
                     # (the one named may carry an age or a town between commas: "ordered Jo Bell, 44, of Dover, to pay back")
                     r"(?= (?:[\w’'-]+,? ){1,8}?to (?:pay|repay|forfeit|hand over|hand back)\b| the (?:confiscation|forfeiture|seizure) of\b)"
                     # ... told after an auxiliary or between commas, any subject (a court's only: see _not_an_event): "A court in
                     # Zakho has ordered the seizure of his cars"
                     r"|\bordered\b(?= the (?:confiscation|forfeiture|seizure|freezing) of\b)"
                     # ... or the suspects' release, or that they stay held, its day between (whose order it was: see
                     # _not_an_event): "a court on Monday ordered the release of nine men", "the panel also ordered on Monday
                     # that three other defendants remain in detention"
                     r"|\bordered\b(?=(?: on \w+)? (?:the (?:release|acquittal) of\b|that (?:[\w’'-]+ ){1,6}?(?:remain|stay|be (?:held|kept)) in (?:pre-?trial )?(?:detention|custody|prison)\b))"
                     # ... or told in the passive, the court its agent, with its day: "The seizure of the lorries was ordered by the
                     # Duhok criminal court on Monday" (not an order told undated, nor a ministry's)
                     r"|\bordered\b(?:(?<=been ordered)|(?<=was ordered)|(?<=were ordered))(?= by (?:a|an|the) (?:[\w’'-]+ ){0,4}?"
                     r"(?:[Cc]ourt|[Jj]udge|[Mm]agistrates|[Tt]ribunal)\b[^.;:]{0,30}? "
                     rf"(?:on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|yesterday\b|today\b|last (?:week|month)\b|in (?:{'|'.join(MONTHS)})\b))"
                     # ... told in the passive, of the one who must pay: "has been ordered to hand back £2million" (see _not_an_event)
                     r"|\bordered\b(?:(?<=been ordered)|(?<=was ordered)|(?<=were ordered))(?=(?: (?:at|by) (?:the )?(?:[A-Z][\w’'-]* ){1,4}?Court(?: yesterday| today| on \w+)?)? to (?:pay back|pay|repay|forfeit|hand over|hand back|return) "
                     r"(?:(?:more than|over|nearly|almost|about|some|at least|a total of|a combined|a joint) )?(?:[£$€]|\d|assets|profits|proceeds|compensation|costs)\b)"
                     # a fine told in the passive, at a court named or by its sum: "was fined at Peterborough Magistrates' Court
                     # on Tuesday", "has been fined £8,000 after ..." (not a penalty a department or regulator imposes: "fined
                     # £20,000 by the Home Office")
                     r"|\bfined\b(?:(?<=was fined)|(?<=were fined)|(?<=been fined))(?= (?:at|by) (?:the )?(?:[A-Z][\w’'-]* ){1,4}?Court\b"
                     r"| (?:a total of |more than |over )?[£$€]\d[\d,.]*(?![\d,.])(?!(?:m|bn| million)? by (?!(?:a |an |the )?(?:[\w’'-]+ ){0,3}?(?:[Cc]ourts?|[Mm]agistrates|[Jj]udges?)\b)))"
                     # ... or told as the order a judge made: "Judge Amy Lowe made a confiscation order for £90,000 at Leeds Crown Court"
                     # (several at once, no article: "made confiscation orders against five men")
                     # ... or told in the passive, of the one it binds: "was made subject to a confiscation order at Leeds Crown Court"
                     # (or "the subject of" it, the article kept: "was made the subject of a restraint order")
                     r"|\bmade\b(?= (?:(?:the )?subject (?:to|of) )?(?:(?:a|an) (?:[\w-]+ ){0,2}?(?:confiscation|compensation|forfeiture|restraint|deprivation) order|(?:[\w-]+ )?(?:confiscation|compensation|forfeiture|restraint|deprivation) orders)\b)"
                     # ... or told in the passive, made against the ones it binds: "A Sexual Harm Prevention Order was made against
                     # him" (not a complaint or case made against someone)
                     r"|\bmade\b(?:(?<=[Oo]rder was made)|(?<=[Oo]rders were made))(?= against\b)"
                     # ... or granted to the party that asked for it: "magistrates granted the borough council a premises closure order
                     # on Friday" (not a permit or visa granted)
                     r"|\bgranted\b(?= (?:(?!an?\b)[\w’'-]+ ){0,5}?(?:a|an) (?:[\w-]+ ){0,3}?[Oo]rders?\b(?! (?:of|from)\b))"
                     # a tribunal's decision handed down (a tribunal's word), with its day: "the decision was promulgated on 3 March"
                     rf"|\bpromulgated\b(?= (?:on \d|in (?:{'|'.join(MONTHS)})\b))"
                     # ... or its finding that the judge below erred in law (a tribunal's words, its decision on appeal): "the Upper
                     # Tribunal found an error of law in the judge's decision on 3 May", "found no material error of law"
                     r"|\bfound\b(?= (?:an?|no) (?:material )?errors? of law\b)"
                     # an appeal told as failed, with its day: the court's dismissal of it, "his appeal failed in March" (not an
                     # undated one in a life story, nor "appeals for calm failed")
                     rf"|(?:(?<=\b[Aa]ppeal )|(?<=\b[Aa]ppeals ))failed\b(?= (?:in (?:{'|'.join(MONTHS)})\b|on \d|last (?:week|month)\b))"
                     # a judge's order that suspects be held (see _not_an_event): "a judge ordered six of them held in pre-trial detention"
                     # (Spain's "prisión provisional" told in English, and a committal held to its trial: "ordered seven of them held in
                     # provisional prison", "ordered 19 of the suspects held for trial", "ordered the pair kept pending trial")
                     # ... told with "to be", the one held described between: "ordered a local man accused of arranging the
                     # crossing to be held in custody"
                     # (a name cut to its initial, as courts in Austria and Germany give it: "ordered Karim S. held in detention")
                     # ... or held under the law's article named, as Iraqi investigating judges order it: "ordered him held under
                     # Article 5 of the anti-trafficking law"
                     # (its day may come between: "ordered him held on Friday under Article 5", "ordered them held on Monday in custody")
                     r"|\bordered\b(?= (?:(?:[\w’'-]+|[A-Z]\.),? ){1,10}?(?:to be )?(?:held|kept|detained|remanded) (?:on [A-Z][a-z]+day )?(?:in (?:pre-?trial |provisional )?(?:custody|detention|prison)|for trial|pending (?:their |his |her )?trial"
                     r"|under (?:[Aa]rticle|[Ss]ection|[Pp]aragraph) \d+"
                     # ... or held to be questioned further, as investigating judges order it: "ordered the men held for further questioning"
                     r"|for (?:further )?questioning)\b"
                     # ... or held for a term: "ordered the suspects held for a further 14 days"
                     rf"|(?: [\w’'-]+,?){{1,10}}? (?:to be )?(?:held|kept|detained|remanded) for (?:a further |another |up to )?(?:\d+|{_NUMBER_WORDS}) (?:more )?(?:days|weeks|months)\b"
                     # ... or the detention named as the thing ordered: "the court on Monday ordered the skipper's pre-trial detention"
                     r"| (?:the |his |her |their )?(?:[\w’'-]+[’'] ?s? )?(?:pre-?trial |provisional )(?:detention|custody)\b"
                     # ... or the detention alone, of those just named: "the court ordered their detention on Thursday", "ordered
                     # the detention of both suspects" (whose order it was: see _not_an_event)
                     r"| (?:his|her|their) (?:detention|custody)\b| the detention of\b"
                     # ... or by its term: "ordered one month of custody for both suspects", "ordered 30 days' detention"
                     rf"| (?:\d+|{_NUMBER_WORDS}|a) (?:days?|weeks?|months?)(?: of|[’']s?) (?:pre-?trial |provisional )?(?:detention|custody)\b"
                     # ... or the ones held sent into it: "the court ordered both drivers into pre-trial detention for 30 days",
                     # "ordered the pair into custody" (whose order it was: see _not_an_event)
                     r"|(?: (?:[\w’'-]+|[A-Z]\.),?){1,10}? into (?:pre-?trial |provisional |investigative )?(?:detention|custody)\b)"
                     # a court's fine, told in the active (a court its subject, see _not_an_event): "magistrates in Hull fined a
                     # Polish haulier", "the same court fined the company £40,000" (not a regulator's penalty)
                     r"|\bfined\b(?<!been fined)(?<!was fined)(?<!were fined)(?= (?:a|an|the|two|three|four|five|\d+|[A-Z][\w’'-]+)\b)"
                     # a sentence passed, told as the phrase that opens its clause, by its day: "Sentencing him at Hull Crown Court on
                     # Monday, the judge said ..."
                     r"|\bSentencing (?:him|her|them|the (?:[\w-]+ )?(?:men|women|pair|driver|defendants?))\b(?= (?:(?:at|in) (?:[\w’'-]+ ){1,6}?)?(?:on|yesterday|today|last)\b)"
                     # ... or bare, its day and then the judge who passed it: "Sentencing on Thursday, Judge X said ..."
                     rf"|\bSentencing\b(?={_SENTENCING_BY_JUDGE})"
                     # a court's freeze of what someone holds (a court or judge its subject: see _not_an_event): "the criminal court
                     # froze its accounts on 9 October", "a judge froze the assets of four suspects" (not "froze recruitment")
                     r"|\bfroze\b(?= (?:(?!by\b)[\w’'-]+ ){0,4}?(?:accounts?|assets|funds|propert(?:y|ies)|savings|wealth)\b)"
                     # a detention (a case) a court will review: "their custody will be reviewed by the court on 2 June"
                     r"|\breviewed\b(?:(?<=will be reviewed)|(?<=to be reviewed))(?= by (?:a|an|the) (?:[\w-]+ ){0,2}?"
                     r"(?:chamber|court|judge|magistrates?|tribunal)\b)"
                     # ... or in the active, the court its subject: "the court will review the detention on 24 September"
                     r"|(?:(?<=[Cc]ourt will )|(?<=[Jj]udge will )|(?<=[Tt]ribunal will ))review\b(?= (?:the|his|her|their|its) (?:[\w-]+ )?"
                     r"(?:detention|custody|remand|case)\b)"
                     # a trial to begin on its day: "goes on trial at Leeds Crown Court on 6 October" (not one told undated, nor one
                     # told as begun, "went on trial on Monday": a hearing told as done is no event, as the README and the opened
                     # frozen193_*, frozen499_* and frozen527_* golds have it)
                     rf"|\b(?:goes|(?:(?<=\bwill )|(?<=\bto ))go) on trial\b(?= (?:(?:at|in|before) (?:[\w’'-]+ ){{1,5}}?)?(?:on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|yesterday|today|last week))"
                     # a ruling told as the phrase that opens its clause, by its day, the court named after it: "in a ruling on 17
                     # September the Federal Administrative Court found that ..." (not one told again by a verb of its own: "ruled")
                     rf"|\b[Ii]n (?:a|an|its|the) (?:[\w-]+ )?(?:ruling|judgment|judgement)\b(?= (?:on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|last (?:week|month)\b)"
                     r"[^.;]{0,70}?\b(?:[Cc]ourt|[Tt]ribunal)\b(?![^.;]{0,80}?\b(?:ruled|sentenced|jailed|convicted|quashed|upheld)\b))"
                     # ... or the court told before it, dated by "of" (a court's own judgment: "its", "their"): "as the Court of Appeal
                     # noted in its judgment of 9 December" (not "in its judgment of the risks")
                     rf"|\b[Ii]n (?:its|their) (?:[\w-]+ )?(?:ruling|judgment|judgement)\b(?= of \d{{1,2}}(?:st|nd|rd|th)? (?:{'|'.join(MONTHS)})\b)"
                     # a judge's validation of an arrest (Italy's "convalida", which only a judge gives): "A preliminary
                     # investigations judge validated the arrest on Monday" (not police's: "confirmed the arrest")
                     r"|\b(?:validated|convalidated|validates)\b(?= (?:the |his |her |their |both )?(?:[\w-]+ )?(?:arrests?|detentions?)\b)"
                     # ... or told as a judge's confirmation of it (a judge its subject, see _not_an_event; police who "confirmed the
                     # arrest" only report it): "An investigating judge in Bari confirmed their detention on Friday"
                     r"|\bconfirmed\b(?= (?:the |his |her |their |both )?(?:[\w-]+ )?(?:arrests?|detentions?)\b)"
                     # ... or named by its court, dated right after: "cited a Court of Appeal ruling in December that ...", "a High
                     # Court judgment on 3 March" (its day its own: not "the court's ruling", told again)
                     # (its possessive too, dated by "of": "the Court of Appeal's judgment of 6 November")
                     rf"|\b(?:Court|Tribunal)(?: of [A-Z][\w’'-]*)?(?:[’']s)? (?:ruling|judgment|judgement)\b(?= (?:in (?:{'|'.join(MONTHS)})\b|of \d"
                     rf"|on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|last (?:week|month)\b))"
                     # ... or by its court told after, then its day: "cited a ruling by the Erbil Criminal Court on 5 May" (not "the
                     # ruling", told again)
                     r"|(?<=\b[Aa] )(?:ruling|judgment|judgement)\b(?= by (?:the )?(?:[A-Z][\w’'-]* ){1,4}?(?:Court|Tribunal)"
                     rf" (?:on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|in (?:{'|'.join(MONTHS)})\b))"
                     # an inquest's conclusion: "the coroner recorded a conclusion of accidental death", "returned a verdict of"
                     # ... or told as the inquest concluded on its day: "Concluding the inquest on Wednesday, the coroner recorded ..."
                     r"|\b[Cc]oncluding (?:the|an|her|his) inquest\b(?= (?:(?:at|in) (?:[\w’'-]+ ){1,6}?)?(?:on|yesterday|today|last)\b)"
                     r"|\b(?:recorded|records|returned|returns)\b(?= (?:a |an |the )?(?:[\w-]+ )?(?:conclusions?|verdicts?) (?:of|that)\b"
                     # ... or a jury's verdicts told bare: "the jury returned its verdicts on Thursday", "returned unanimous verdicts"
                     r"| (?:its |their )(?:(?:unanimous|majority|guilty|not guilty) )?verdicts?\b| (?:unanimous|majority|guilty|not guilty) verdicts?\b)"
                     r"|\bhear\b(?:(?<=\bwill hear)|(?<=\bto hear)|(?<=\bwill also hear)|(?<=\bto also hear))(?= (?:the |their |his |her |its |an |a )?(?:[\w-]+ )?(?:appeals?|challenges?)\b"
                     # ... or a request to hand someone over: "is due to hear the Belgian request for his extradition on 4 May"
                     r"| (?:the |an? )?(?:[\w-]+ )?(?:requests? for (?:(?:his|her|their|the) )?(?:surrender|extradition)|(?:extradition|surrender) requests?)\b"
                     # ... or defendants to hear the verdict they await: "are due to hear the State Security Court's verdict on 4 August"
                     r"| the (?:(?:[A-Z][\w-]* ){1,4}?(?:Court|Tribunal)[’']s |(?:court|judge|jury|tribunal)[’']s )?(?:verdicts?|sentences?|judgment)\b)"
                     # an acquittal is a ruling too: "was cleared of all charges", "cleared of smuggling charges", "cleared by a
                     # jury" (not "cleared the area", nor a body's finding: "cleared of wrongdoing by the regulator")
                     r"|\bcleared\b(?= (?:of (?:all |both |the |any |further )?(?:[\w’'-]+ ){0,3}?(?:charges?|counts?|offen[cs]es?)\b"
                     r"|of (?:murder|manslaughter|conspiracy|(?:people[- ])?smuggling|trafficking|money laundering|fraud|assault|rape)\b"
                     r"|(?:by|on) (?:a |an |the )?(?:jury|jurors|court|judge|magistrates|appeal)\b))"
                     # ... or told in the active: "the jury found him not guilty", "jurors found both men guilty"
                     r"|\bfound\b(?= (?:(?!that\b|not\b|guilty\b)[\w’'-]+ ){1,3}(?:not )?guilty\b)"
                     # ... or with the defendant named in full and described between commas before the verdict: "the court found
                     # Aram Qadir Salih, 39, who drove the van, guilty of smuggling"
                     r"|\bfound\b(?= (?-i:[A-Z])[\w’'-]+(?: (?-i:[A-Z])[\w’'-]+){1,4}, (?:\d{1,3}|(?:\d{1,3}, )?(?:who|a|an|the) [^;.:,\n“”\"]{1,100}?), (?:not )?guilty\b)"
                     # a ruling still to come: "is due to rule on the confiscation on 14 November", "will hand down judgment on
                     # Friday", "is expected to sentence them next week" (not "ruled out", nor the power "to rule the country")
                     r"|\brule\b(?:(?<=\bwill rule)|(?<=\bto rule))(?= (?:on|that|against|in (?:favour|favor)|whether)\b)"
                     # ... or told as what a judge (court) will decide: "a magistrate is due to decide on Friday whether to extend
                     # their custody" (a court its subject: see _not_an_event)
                     r"|\bdecide\b(?:(?<=\bwill decide)|(?<=\bto decide))(?= (?:on |next |this |by |tomorrow|today|whether)\b)"
                     # ... or as a request a court will consider, to hold or free someone: "a district court will consider a
                     # prosecutor's request to extend his detention on Monday" (a court its subject: see _not_an_event)
                     r"|\bconsider\b(?:(?<=\bwill consider)|(?<=\bto consider))(?= (?:a|an|the) (?:[\w’'-]+ ){0,2}?(?:request|application|motion)s? (?:to|for)\b)"
                     # ... or a trial a court will begin: "a court in Hamburg will begin the trial of four of them on 9 July"
                     # (told in reported speech too: "the chamber would begin hearing the case of six men on 3 May")
                     r"|\b(?:begin|open|start)\b(?:(?<=\bwill begin)|(?<=\bto begin)|(?<=\bwill open)|(?<=\bto open)|(?<=\bwill start)|(?<=\bto start)"
                     r"|(?<=\bwould begin)|(?<=\bwould open)|(?<=\bwould start))"
                     # ... or "to begin hearing the cases of nine defendants on 22 February", its hearing the trial
                     r"(?= (?:the|a|its|their|his|her) (?:[\w-]+ ){0,2}?(?:re)?trial\b| hearing (?:the |their |his |her )?(?:cases?|appeals?|trial)\b)"
                     # ... or one a court has begun, told with its day (a court its subject: see _not_an_event): "A court in
                     # Duhok on Monday opened the trial of two drivers"
                     r"|\b(?:opened|began)\b(?= (?:the|a|its) (?:[\w-]+ ){0,2}?(?:re)?trial of\b)"
                     r"|\bsentence\b(?:(?<=\bwill sentence)|(?<=\bto sentence))(?= (?:the|him|her|them|all|each|both)\b| [A-Z])"
                     # ... or passed in the judge's own words, as sentencing remarks tell each term: "the sentence I pass on you is
                     # one of 12 years' imprisonment", "On count 2 the sentence is 5 years" (not "the sentence is too lenient")
                     rf"|(?<=\b[Tt]he )\bsentence\b(?= (?:I (?:pass|impose) )?(?:on (?:you|him|her|count \d+) )?is (?:one of )?{_TERM} (?:years?|months?)\b)"
                     # ... or told in the present, as a timeline's entry tells it: "A court in Erbil sentences a smuggler to 15
                     # years", "jails three members of the network" (not the nouns: "the sentences", "Iraqi jails")
                     rf"|(?<!\b[Tt]he )(?<!\b[Tt]heir )(?<!\b[Ii]ts )\b(?:sentences|jails)\b(?= (?:a|an|the|him|her|them|both|all|each|\d+|{_NUMBER_WORDS}) "
                     # ... or the one sentenced named, the term right after the name (an age between commas): "jails Rebin Saleh,
                     # 41, for nine years" (not a name with no term: "jails Britain's ...")
                     rf"| (?:[A-Z][\w’'-]+ ){{1,3}}?[A-Z][\w’'-]+(?:, \d{{1,2}},)? (?:for|to) {_TERM} (?:years?|months?)\b)"
                     # ... or a judge's ruling so told: "a High Court judge rules that the deportation can go ahead" (in a
                     # timeline's or diary's entry only, see _not_an_event: "rules that" is as often the noun's)
                     r"|(?<!\b[Tt]he )(?<!\b[Nn]ew )(?<!\b[Tt]hese )(?<!\b[Ii]ts )(?<!\b[Tt]heir )\brules\b(?= (?:that|against|in (?:favour|favor) of)\b)"
                     # ... or the participle that opens a judge's words: "Jailing them on Monday, the judge said" (not "jailing
                     # smugglers is not enough": the one sentenced a pronoun)
                     r"|\b[Jj]ailing\b(?= (?:him|her|them|both)\b)"
                     r"|\b(?:hand(?:s|ed)? down|deliver(?:s|ed)?) (?:(?:a|the|her|his|its|their) )?(?:[\w-]+ )?"
                     r"(?:judgments?|judgements?|rulings?|verdicts?|sentences?)\b"
                     # ... or a court's verdict given, to come: "the court is expected to give its verdict in the trial" (not "gave
                     # evidence", nor "gave a ruling party": a verdict or judgment named)
                     r"|\bgive\b(?:(?<=expected to give)|(?<=due to give)|(?<=set to give)|(?<=will give))"
                     r"(?= (?:a|the|its|their|his|her) (?:[\w-]+ )?(?:verdicts?|judgments?|judgements?)\b)"
                     # ... or issued by a court (see _not_an_event), its day told between: "The Karkh Criminal Court issued last
                     # week a sentence of 15 years' imprisonment", or an order it made: "the judge issued the freezing order on Friday"
                     # ... or a warrant, only a court's (judge's) to issue: "the magistrates issued a warrant for his arrest on 3 May"
                     # (the day set off by commas too, its day of the month told: "The court issued, on 12 May, a sentence of ...")
                     r"|\bissued\b(?=(?:,? (?:on (?:\d{1,2} )?[A-Z][a-z]+(?: \d{1,2})?|last (?:week|month)|yesterday|today),?)? (?:a|an|the|its) (?:[\w-]+ )?"
                     r"(?:judgments?|judgements?|rulings?|verdicts?|sentences?|orders?|warrants?)\b)"
                     # ... or told by the ruling it made, named before it with its day set off by commas: "The verdict, issued on
                     # Friday, also banned him from driving" (the ruling's mention, its day told there)
                     rf"|(?:(?<=[Rr]uling, )|(?<=[Vv]erdict, )|(?<=[Jj]udgment, )|(?<=[Jj]udgement, )|(?<=[Ss]entence, ))issued\b"
                     rf"(?= (?:on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|yesterday\b|last (?:week|month)\b)[^,;.]{{0,20}},)"
                     # ... or a warrant told by its participle after it, a court issuing it, with a day of its own: "wanted under an
                     # arrest warrant issued by a Sulaimani court in November" (not undated, nor one a ministry issued)
                     r"|(?:(?<=[Ww]arrant )|(?<=[Ww]arrants ))issued\b(?= by (?:a|an|the) (?:[\w’'-]+ ){0,3}?(?:court|judge|magistrates?)\b"
                     rf"[^,;.]{{0,40}}? (?:in (?:{'|'.join(MONTHS)})|on (?:\d|(?:{'|'.join(WEEKDAYS)}))|last (?:week|month|year)|yesterday)\b)"
                     # ... or told in the passive, at (by) a court named: "The warrant was issued at Westminster Magistrates' Court on
                     # Thursday" (only a court issues there: not a visa "issued by the Home Office")
                     r"|\bissued\b(?:(?<=was issued)|(?<=were issued)|(?<=been issued))(?= (?:at|by) (?:the )?(?:[A-Z][\w’'-]* ){1,4}?Court\b)"
                     # ... or its participle after the ruling, dated: "in a decision handed down on Monday"
                     r"|\bhanded down\b(?:(?<=decision handed down)|(?<=judgment handed down)|(?<=ruling handed down)|(?<=verdict handed down)"
                     # ... or a judgment told by its case's name or citation: "[2026] UKSC 19 was handed down on Wednesday"
                     r"|(?<=verdicts handed down)|(?<=was handed down))(?= (?:on|yesterday|today|last|this)\b)"
                     # a term told as what the convict got: "got 11 years", "was handed six years", and several convicts' terms:
                     # "received terms of between three and five years", "were given sentences of four to six years", "received
                     # between five and seven years"
                     rf"|\b(?:got|gets|received|(?:was|were) (?:(?:each|both|all|also) )?(?:given|handed))\b(?= (?:(?:(?:jail|prison|custodial) )?(?:terms|sentences) "
                     rf"of )?(?:between )?{_TERM}(?: (?:and|to) {_TERM})? (?:years|months)\b"
                     # ... or "received a nine-year sentence", "were handed 12-year jail terms" (a suspended term is a ruling
                     # too: "was given an 18-month suspended sentence")
                     rf"|(?: an?)? {_TERM}-(?:year|month) (?:(?:suspended|jail|prison|custodial) ){{0,2}}(?:term|sentence)s?\b"
                     # ... or a suspended term with no length: "received a suspended sentence"
                     r"| (?:a|an) suspended (?:(?:jail|prison|custodial) )?(?:term|sentence)\b"
                     # ... or ranked against the others' terms: "received the heaviest sentence among the drivers"
                     r"| the (?:heaviest|longest|harshest|stiffest|toughest|lightest|shortest|most severe) (?:(?:jail|prison|custodial) )?(?:term|sentence)s?\b)"
                     # ... or as what the judge gave: "gave the heaviest term, 15 years, to the leader", "gave him a six-year sentence"
                     rf"|\bgave\b(?= (?:(?:him|her|them|each) )?(?:a|an|the) (?:[\w-]+ ){{0,2}}?(?:(?:jail|prison|custodial) )?(?:term|sentence)s?\b"
                     # ... or its years: "a court in Duhok gave nine years in prison to the driver", "gave him seven years"
                     rf"| (?:(?:him|her|them|each) )?{_TERM} (?:years|months) (?:in (?:prison|jail)|(?:of )?(?:imprisonment|jail))\b"
                     # ... or a life term: "a court in Duhok on 9 December gave life imprisonment to a man", "gave him life in prison"
                     r"| (?:(?:him|her|them|each) )?(?:a )?life (?:imprisonment|sentence|term|in (?:prison|jail))\b)"
                     # a trial still to come: "are due to stand trial at Leeds Crown Court on 14 September" (not "unfit to stand trial")
                     r"|\bstand trial\b(?:(?<=due to stand trial)|(?<=expected to stand trial)|(?<=will stand trial)|(?<=set to stand trial))"
                     # ... or "will go on trial at the same court on 2 March" (not "went on trial", told with its ruling)
                     r"|\b(?:(?<=\bwill )|(?<=\bdue to )|(?<=\bexpected to )|(?<=\bset to )|(?<=\bis to )|(?<=\bare to ))go on trial\b"
                     # ... or a plea hearing still to come, told by the pleas to be entered on its day: "the two men will enter
                     # pleas at York Crown Court on 4 March" (not pleas told as done: "Neither entered a plea")
                     r"|\bpleas?\b(?:(?<=will enter pleas)|(?<=to enter pleas)|(?<=will enter a plea)|(?<=to enter a plea)|(?<=will enter their pleas)"
                     r"|(?<=to enter their pleas)|(?<=will enter his plea)|(?<=to enter his plea)|(?<=will enter her plea)|(?<=to enter her plea))"
                     rf"(?= (?:(?:at|in|before) (?:the )?(?:[\w’'-]+ ){{1,5}}?)?(?:on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|in (?:{'|'.join(MONTHS)})\b"
                     r"|next (?:week|month)\b|tomorrow\b))"
                     # an appeal (a case) to be heard: "The appeal is expected to be heard in March" (see _HEARD_SUBJECT)
                     r"|\bbe heard\b(?:(?<=\bwill be heard)|(?<=\bto be heard))"
                     # a term told by "imprisoned" (not a life story's "was imprisoned in Iran"): "were imprisoned for terms of
                     # between two and four years", "was imprisoned for six years"
                     rf"|\bimprisoned\b(?= for (?:(?:(?:jail|prison) )?(?:terms|sentences) of |a total of )?(?:between )?{_TERM}\b)"
                     # ... or by who was "sent to prison" for a term: "the court sent the driver to prison for six years", "was sent
                     # to jail for 18 months" (its term told: not a prisoner moved, "sent to a prison in Basra")
                     rf"|\b(?:sent|sends)\b(?= (?:[\w’'-]+ ){{0,4}}?to (?:prison|jail) for (?:between )?{_TERM} (?:years|months)\b)"
                     # ... or a sentencing named bare after a timeline entry's date and dash or colon: "- 28 April: sentencing of the
                     # two drivers at Leeds Crown Court" (its day the entry's, as the bare "meeting of" below)
                     r"|(?<=[–—:] )sentencing\b(?= of\b)"
                     # a judge's or court's ruling, not "ruled out": "ruled at the tribunal on 2 May that ..."
                     # ... dated by its month: "the High Court ruled in October 2025 that ..." (not "ruled in 2003", a reign)
                     # (a bench's vote told between: "Judges ruled 4-1 that ...", "ruled unanimously that")
                     rf"|\bruled\b(?= (?:\d[-–]\d |unanimously |by a majority )?(?:that|against|at|on|yesterday\b|today\b|in (?:[\w’'-]+ ){{0,3}}?(?:favour|favor|case|appeal)|in (?:{'|'.join(MONTHS)})\b))"
                     # a case adjourned to a day is a hearing planned that day: "the case was adjourned to the 3rd of March"
                     # ... or what was adjourned named: "adjourned sentencing to 26 June", "adjourned the case until Friday"
                     # ... or a sentence deferred to a day, as a Scottish court does: "deferred sentence until July 9 for reports"
                     # (and told as what a judge went on to do: "heard the case before adjourning the trial until 3 May")
                     r"|\b(?:adjourned|deferred|adjourning)\b(?= (?:(?:the |his |her |their )?(?:case|sentenc(?:e|ing)|hearing|trial)s? )?(?:until|till|to) )"
                     # a hearing, trial or sentencing still to come (see _HEARING_AHEAD): "A confiscation hearing has been set for
                     # 4 May", "Sentencing is due to take place in June", "the trial, at which ..., will be held next spring"
                     # ... with what it is under or where told between: "A confiscation hearing under the 2002 Act was scheduled at
                     # Leeds Crown Court for 16 March"
                     # ... or what it is for: "A confiscation hearing to recover his profits will be held on 4 December"
                     # ... or a court's proceedings, so named: "Confiscation proceedings under the 2002 Act are listed for 4 May"
                     # ... or the verdict or ruling itself, due on its day: "A verdict is expected on 9 May", "The ruling is due next week"
                     # ... or a court's review of a case's progress: "A case management review in the linked appeal is listed for 3 May"
                     # ... or before whom, with what it is for: "A hearing before the judge for preliminary investigations to
                     # confirm their detention was set for Friday"
                     # ... or what it is on: "A hearing on extending their custody to 60 days is set for Monday" (not a committee's
                     # hearing: that is a meeting)
                     r"|\b(?:(?:(?<![Cc]ommittee )hearing|(?:re)?trial|[Ss]entencing|[Vv]erdict|[Rr]uling|[Jj]udge?ment)s?|(?:(?<=[Cc]onfiscation )|(?<=[Ee]xtradition )|(?<=[Cc]ommittal )|(?<=[Cc]ourt ))proceedings"
                     r"|(?<=[Cc]ase management )(?:review|conference|hearing)s?)"
                     r"(?: dates?)?\b(?=(?:, [^,;.]{1,120},| (?:under|of|against|into|at|in|on|over|to|for)(?: [\w’'-]+){1,7}?"
                     r"| before (?:a|an|the) (?:[\w-]+ ){0,2}?(?:judge|magistrates?|court|tribunal)\b(?: [\w’'-]+){0,9}?)? "
                     r"(?:(?:(?:has|have|had) been |(?:is|are|was|were) (?:now )?)?(?:set|listed|fixed|scheduled) (?:(?:at|in|before) (?:[\w’'-]+ ){1,6}?)?for "
                     r"|(?:(?:is|are) (?:due|scheduled|expected|set|likely) to|will) "
                     # (or one broken off, to go on: "The trial is due to resume at Hull Crown Court on 3 May")
                     r"(?:take place|be held|begin|start|open|resume)\b"
                     # ... or due on its day: "An appeal hearing is due on 2 February"
                     # ... at a court named, or in its month: "A confiscation hearing is due at Leeds Crown Court in March 2027"
                     # ... or the verb left out, as an aside: "at a tribunal hearing expected in January"
                     # ... or at the court just named: "a hearing for a third suspect is due there in September"
                     # ... or so named again: "a confiscation hearing is due at the same court in May"
                     rf"|(?:(?:is|are) )?(?:due|expected) (?:there |(?:at|in|before) (?:the )?(?:[A-Z][\w’'-]* ){{1,4}}?Court |(?:at|in|before) the same court )?"
                     rf"(?:on (?:the )?(?:\d|(?:{'|'.join(WEEKDAYS)})\b)|next (?:week|month|year|{'|'.join(WEEKDAYS)})\b|in (?:(?:early|mid|late)[- ])?(?:{'|'.join(MONTHS)})\b)))"
                     # a sentencing named in running text, of whom it sentenced, counted, named or told by a determiner (its day may
                     # come between): "welcomed the sentencing of four smugglers", "the sentencing on 3 May of a six-member gang"
                     # (not sentencing in general: "guidelines for the sentencing of people smugglers"; one still to come is the
                     # plan's above, and so is not ahead for _HEARING_AHEAD: see _SENTENCING_NAMED)
                     rf"|(?<=\b[Tt]he )sentencing\b(?={_SENTENCING_NAMED})"
                     # ... or told in the active, the judge (court) its subject: "The judge fixed the trial for 3 June" (planned: see
                     # _COURT_SETS)
                     # (or hearings with no determiner: "The judge scheduled further hearings for Thursday")
                     r"|\b(?:fixed|set|listed|scheduled)\b(?= (?:(?:the|a|his|her|their) (?:[\w-]+ )?(?:hearing|(?:re)?trial|sentencing)"
                     r"|(?:further |more |new )?hearings)(?: date)? for )"
                     # ... or told in an aside as listed for its day: "The confiscation hearing, listed for 9 July at Leeds Crown
                     # Court, is unaffected"
                     r"|\b(?:hearing|(?:re)?trial|[Ss]entencing)s?\b(?=, (?:set|listed|fixed|scheduled) for )"
                     # a sentencing that heads a diary's item, after its place and dash: "CANTERBURY - Sentencing at the Crown Court
                     # of ..." (its day the heading's: see _diary_day)
                     r"|(?:(?<= - )|(?<= – ))Sentencing\b(?= (?:at|of|in|before) )"
                     # ... or after its place and a colon, as a planning desk's diary sets it: "14:00 - CANTERBURY: Sentencing of ..."
                     r"|(?<=[A-Z]: )Sentencing\b(?= (?:at|of|in|before) )"
                     # a hearing told by its day is the ruling it is held for, planned when the clause tells of the future (see
                     # _HEARING_ON): "will decide ... at a confiscation hearing on 16 March", "faces a sentencing hearing on Friday"
                     # (not a committee's: that is a meeting)
                     # ... or one a remand (bail) runs until, still to come: "was bailed until a hearing at Hull Crown Court on 9 May"
                     r"|\b(?:[Aa]t|[Ii]n|[Ff]or|[Dd]uring|fac(?:es?|ing)|awaits?|awaiting|until) (?:a|an|the|his|her|their) "
                     r"(?:(?!(?:committee|inquiry|public|select|parliamentary)\b)[\w-]+ ){0,2}?hearing\b"
                     rf"(?=(?: (?:at|in|before)(?: [\w’'-]+){{1,5}}?)? (?:on (?:the )?(?:\d|(?:{'|'.join(WEEKDAYS)})\b)"
                     rf"|next (?:week|month|{'|'.join(WEEKDAYS)})\b|in (?:{'|'.join(MONTHS)})\b))"
                     # a remand in custody told as a court's ruling: "were remanded in custody by a magistrate on Wednesday" (not a
                     # remand told after a charge: "were charged and remanded in custody")
                     # ... its term told between: "were remanded in custody for eight days by a district court on Monday"
                     # ... or placed under arrest (detention) pending trial by a court, as Romanian and Moldovan courts order it:
                     # "was placed under pre-trial arrest for 30 days by the Cluj Tribunal on Monday"
                     r"|\b(?:remanded (?:in|into) (?:custody|prison|detention)|placed under (?:pre-?trial|preventive|provisional) (?:arrest|detention)) "
                     rf"(?:for (?:a further |another |up to )?(?:\d+|{_NUMBER_WORDS}) (?:more )?(?:days|weeks|months) )?"
                     r"by (?:(?:a|an|the) (?:[\w-]+ ){0,2}?(?:magistrate|judge|court|tribunal)s?\b"
                     # ... or a court named: "were remanded in custody by Folkestone Magistrates' Court on Wednesday"
                     r"|(?:the )?(?:[A-Z][\w’'-]* ){1,4}?(?:Court|Tribunal)\b)"
                     # ... or told in the active, the court its subject (see _not_an_event): "A judge at the district court remanded
                     # the suspects in custody on Wednesday" (a surname cut to its initial, as German and French courts name
                     # suspects, is a word of the name: "remanded Ionut P. in custody on Monday")
                     r"|\bremanded\b(?= (?!in\b|into\b)(?:[\w’'-]+ |[A-Z]\. ){1,6}?(?:in|into) (?:pre-?trial |provisional )?(?:custody|prison|detention)\b"
                     # ... whom it remanded told after the custody: "a court in Lille remanded in custody an Iraqi man, 29"
                     rf"| (?:in|into) (?:custody|prison|detention) (?:a|an|the|his|her|their|both|all|\d+|{_NUMBER_WORDS}) "
                     # ... or for a term, as Iraqi investigative courts remand: "a court in Koya remanded the two men for 15 days"
                     rf"|(?: [\w’'-]+){{1,4}}? for (?:a further |another |up to )?(?:\d+|{_NUMBER_WORDS}) (?:more )?(?:days|weeks|months)\b)"
                     # ... or in the passive, the court and the day told in the phrase that opens the sentence (see
                     # _not_an_event): "At the same court on Monday, a second man was also remanded in custody"
                     r"|\bremanded\b(?:(?<=was remanded)|(?<=were remanded)|(?<=also remanded))(?= (?:in|into) (?:custody|prison|detention)\b)"
                     # ... or told by a participle that opens the sentence, the judge the main clause's subject: "Remanding the
                     # driver in custody on Friday, the magistrate said ..."
                     r"|\bRemanding\b(?= (?:[\w’'-]+ ){1,4}?(?:in|into) (?:custody|prison|detention)\b)"
                     # ... as Belgian reports translate it, only a judge's to order (not "placed under arrest", police's): "were
                     # placed under arrest warrant by an investigating judge on Friday"
                     r"|\bplaced under (?:an |a )?arrest warrants?\b"
                     # ... in the active too, who was placed under it between: "a judge placed the driver under an arrest warrant"
                     # (or told by a pronoun: "a judge placed him under an arrest warrant")
                     rf"|\bplaced\b(?= (?:the|both|all|his|her|their|him|them|\d+|{_NUMBER_WORDS})(?: [\w’'-]+){{0,3}}? under (?:an |a )?arrest warrants?\b)"
                     # ... and so is judicial control (supervision), as Romanian and French reports translate it, a court's or
                     # judge's order: "was placed under judicial control by the court in Arad on Friday", "a judge placed them under
                     # judicial supervision"
                     r"|\bplaced under judicial (?:control|supervision)\b"
                     # ... or placed under arrest pending trial in the active, the court its subject (see _not_an_event): "a
                     # court in Cluj placed the two men under pre-trial arrest on Monday" (not police's: "Police placed him under arrest")
                     rf"|\bplaced\b(?= (?:the|both|all|his|her|their|him|them|\d+|{_NUMBER_WORDS})(?: [\w’'-]+){{0,3}}? under "
                     r"(?:pre-?trial|preventive|provisional) (?:arrest|detention)\b)"
                     rf"|\bplaced\b(?= (?:the|both|all|his|her|their|him|them|\d+|{_NUMBER_WORDS})(?: [\w’'-]+){{0,3}}? under judicial (?:control|supervision)\b)"
                     # ... and so is an extradition a court approves: "A court in Hamm approved his extradition last April"
                     r"|\b(?:approved|ordered|granted|refused|blocked|rejected|halted)\b(?= (?:his|her|their|the) extradition\b(?! (?:treat(?:y|ies)|agreements?|laws?|requests?|arrangements?)\b))"
                     # ... and bail a court grants, told by the release (see _not_an_event: only a court's, not police bail, "were
                     # released on bail pending further inquiries"): "a court in Duhok on Monday released on bail a man accused of"
                     r"|\breleased\b(?= on bail\b)"
                     # ... and a jailing told as "sent down": "Two of his lieutenants were also sent down" (not "sent down the river")
                     r"|\bsent down\b(?:(?<=was sent down)|(?<=were sent down)|(?<=also sent down)|(?<=been sent down))(?! the\b)"
                     # ... and a defendant cleared, told without the charges: "A fourth man was cleared." (not "the road was cleared")
                     r"|\bcleared\b(?:(?<=man was cleared)|(?<=men were cleared)|(?<=woman was cleared)|(?<=women were cleared)|(?<=defendant was cleared)|(?<=defendants were cleared)|(?<=accused was cleared)|(?<=suspect was cleared)|(?<=others were cleared)|(?<=other was cleared)|(?<=driver was cleared)|(?<=brother was cleared))"
                     # an appeal told as lost against what it challenged: the court's dismissal of it, "lost its appeal against the
                     # fine at Bristol Crown Court on Monday" (not "lost its appeal for tourists")
                     r"|\blost\b(?= (?:his|her|their|its|an|the) (?:[\w-]+ )?appeals? against\b)"
                     # a coroner's or judge's refusal of what was asked, told bare: "The coroner declined, but heard evidence"
                     # (not "declined to comment")
                     r"|\bdeclined\b(?:(?<=[Cc]oroner declined)|(?<=[Jj]udge declined)|(?<=[Cc]ourt declined)|(?<=[Tt]ribunal declined)"
                     r"|(?<=[Mm]agistrates declined))(?! to (?:comment|say|speak|answer|give)\b)"
                     # a judge's decision on what was sought: "had refused an injunction late last night", "dismissed the appeal"
                     # ... an appeal allowed, the appellant named: "had allowed RK's appeal in October 2025"
                     # ... or allowed (dismissed) only in part: "allowed in part an appeal against sentence"
                     r"|\b(?:refused|granted|rejected|dismissed|upheld|quashed|overturned|turned down|threw out|throws out|thrown out|allowed|set aside)\b(?=(?: in (?:part|full))? (?:an? |the |his |her |their |its )?"
                     r"(?:[\w’'-]+ )?(?:injunction|appeal|bail|judicial review|conviction|permission to appeal)s?\b"
                     # ... or an application made to the court, told by what it asked the court to do (not a claim the Home Office
                     # refuses: "refused his application for asylum"): "refused an application to stop the flight"
                     # ... whose it was told between: "rejected a last-minute application by two of the men to halt their removal"
                     # ... the applicant named, with an age, between commas, or leave to appeal asked: "dismissed an application
                     # by his co-accused, Jo Bell, 31, for leave to appeal"
                     r"| (?:an? |the |his |her |their |its )?(?:[\w’'-]+ )?applications? (?:by (?:[\w’'-]+,? ){1,8}?)?(?:to (?:stop|halt|block|prevent|quash|suspend|lift)\b"
                     r"|for (?:an? )?(?:injunction|judicial review|bail|stay|(?:leave|permission) to appeal)\b)"
                     # ... or a decision a court upheld or quashed: "the district court upheld the decision" (see _not_an_event)
                     # ... or the term a lower court gave: "the appeal court upheld a four-year sentence", "quashed his jail term"
                     # ... or set aside: "Judge X set aside a decision of the First-tier Tribunal"
                     # ... or the removal itself, told without "order": "upheld the removal of a family of five to Erbil"
                     r"|(?:(?<=upheld)|(?<=quashed)|(?<=set aside)) (?:the |a |an |its |their |his |her )?(?:[\w-]+ )?(?:decision|ruling|refusal|verdict|removal order|deportation order"
                     r"|(?:removal|deportation|expulsion)(?= of\b)"
                     r"|(?:(?:jail|prison) )?(?:sentence|term)s?)\b)"
                     # ... or a sentence an appeal court cut or replaced, the court (its judges) the subject: "The Court of Appeal
                     # today reduced from 14 years to 12 years the sentence of", "The court substituted a term of eight years"
                     r"|(?:(?<=[Cc]ourt )|(?<=[Cc]ourt today )|(?<=[Cc]ourt yesterday )|(?<=of Appeal )|(?<=of Appeal today )|(?<=of Appeal yesterday )"
                     r"|(?<=[Jj]udges )|(?<=[Jj]udge ))"
                     r"(?:reduced|substituted)\b(?= (?:from [^.;]{1,40}? to [^.;]{1,40}? )?(?:the|his|her|their|a|an) "
                     r"(?:[\w-]+ )?(?:sentences?|(?:jail |prison )?terms?)\b)"
                     # ... or told of the one sentenced, the court unnamed: "had his seven-year term reduced to five years" (the
                     # term's new length or "on appeal" after it, not a wish: "had hoped to have his sentence cut")
                     r"|\bhad (?:his|her|their) (?:[\w-]+ ){0,2}?(?:sentences?|(?:jail |prison )?terms?) (?:reduced|cut|increased|quashed|overturned)\b"
                     r"(?= (?:to|from|on appeal)\b)"
                     # ... or what a court (judge) cancelled or dismissed, the court its subject (a minister may reject a challenge
                     # too): "the Upper Tribunal dismissed a challenge to", "Judge X at Dover County Court cancelled a £9,000 penalty"
                     r"|(?:(?<=[Cc]ourt )|(?<=[Tt]ribunal )|(?<=[Jj]udge )|(?<=[Jj]udges )|(?<=[Mm]agistrates ))"
                     r"(?:dismissed|rejected|upheld|allowed|quashed|overturned|cancell?ed|threw out|struck down)\b(?= (?:an? |the |his |her |their |its )?"
                     r"(?:[\w’'£$€,.-]+ ){0,3}?(?:challenges?|penalt(?:y|ies)|fines?|claims?|objections?)\b)"
                     # ... or an order a court (judge) granted, to whom told between: "the magistrates' court granted police an
                     # order to freeze the account" (not a grant a minister gives: the court must be the subject)
                     r"|(?:(?<=[Cc]ourt )|(?<=[Tt]ribunal )|(?<=[Jj]udge )|(?<=[Mm]agistrates ))granted\b"
                     r"(?= (?:[\w’'-]+ ){0,3}?(?:an? |the )(?:[\w-]+ )?order\b)"
                     # ... told in the passive, by one judge or court: "it was refused by a High Court judge at 9pm on Wednesday"
                     # (not a generic "claims refused by the courts")
                     r"|\b(?:(?<=\bwas )|(?<=\bbeen ))(?:refused|granted|rejected|dismissed|upheld|quashed|overturned)\b"
                     r"(?= by (?:(?:a|an|the) (?:[\w-]+ ){0,3}?(?:[Jj]udge|[Cc]ourt|[Tt]ribunal|magistrate|[Jj]ustice)\b|(?:District )?Judge [A-Z]))"
                     # ... or leave to appeal, only a court's to give, told in the passive without it: "Permission to appeal to the
                     # Upper Tribunal was granted in January"
                     r"|\b(?:[Pp]ermission|[Ll]eave) to appeal\b(?=(?: to (?:the )?[A-Z][\w’'-]*(?: (?:of )?[A-Z][\w’'-]*){0,3})? "
                     r"(?:was|were|has been|had been) (?:granted|refused)\b)"
                     # a case listed in a court named for a day still to come: "A similar case ... is listed in the Court of
                     # Appeal on 14 July" (planned: see event_candidates)
                     # ... or the court just named: "is listed at the same court on 2 May"
                     rf"|\blisted\b(?:(?<=\bis listed)|(?<=\bare listed)|(?<=\bbeen listed))(?= (?:in|at|before) (?:the )?(?:[A-Z][\w’'-]* ){{0,4}}?"
                     rf"(?:Court|Tribunal|(?<=the )(?:same )?(?:court|tribunal))(?: of [A-Z][\w’'-]*)? (?:on (?:the )?(?:\d|(?:{'|'.join(WEEKDAYS)})\b)|in (?:{'|'.join(MONTHS)})\b|next (?:week|month)\b))"
                     # a sentence told as imposed at a court named (not a penalty a ministry imposes): "His term, imposed at Leeds
                     # Crown Court on 4 May, was cut"
                     r"|\bimposed\b(?= (?:at|in|by) (?:the )?(?:[A-Z][\w’'-]* ){1,4}?Court\b)"
                     # a national court's reference to a higher one is its order: "The Court of Session referred two questions
                     # to the Court of Justice in May" (not defendants "referred to the courts")
                     r"|\breferred\b(?= (?:[\w-]+ ){0,2}?questions? (?:for a preliminary ruling )?to (?:the )?(?:[A-Z][\w’'-]* ){0,4}?Court\b)"
                     # a coroner's (an inquest jury's) finding: "Recording a conclusion of unlawful killing on Friday, the coroner
                     # said", "the jury returned a verdict of suicide"
                     # (several deaths' findings in the plural, with no article: "Recording conclusions of accidental death at
                     # the coroner's court on Monday"; not a review's "conclusions of the review")
                     r"|\b(?:[Rr]ecord(?:s|ed|ing)?|[Rr]eturn(?:s|ed|ing)?)\b(?= (?:a|an) (?:[\w-]+ ){0,2}?(?:conclusion|verdict)\b"
                     r"| (?:conclusions|verdicts) of (?:[\w-]+ ){0,2}?(?:death|killing|misadventure|suicide)\b)"),
    # (its participle may open the sentence, told of the subject after the comma: "Arrested in Hull in May, he confessed";
    # a preposition after it, not a title's "Arrested Development" nor a plural's "Arrested migrants are held")
    ("arrest", r"\barrested\b|\bArrested\b(?= (?:in|at|on|by|after|during|last)\b)|\bdetaining\b(?= (?:the |some |all )?(?:[\w’'-]+ ){0,3}?(?:men|women|people|suspects|persons|members|others|"
               r"individuals|smugglers|drivers|migrants)\b)|\b(?:was|were|been) caught\b|\bswooped\b"
               # a tabloid's arrest, told in the passive: "has been nicked" (not a thing stolen "from" someone)
               # (detained after "of" is the people's status, not their arrest: "the fingerprints of detained migrants"; so after
               # "for": "a centre for detained foreigners")
               r"|\b(?:was|were|been) nicked\b(?! (?:from|off)\b)|\bdetained\b(?<!\bof detained)(?<!\bfor detained)(?! (?:at|in) (?:a |the )?(?:[\w-]+ ){0,2}(?:centre|center|camp|facility|facilities))"
               # (nor people held pending their removal, in immigration detention after an arrest told: "were detained
               # pending removal")
               r"(?! pending (?:their |his |her )?(?:removal|deportation)\b)"
               # (nor people held as a class, the participle naming their status: "holds men detained under immigration powers")
               + "".join(rf"(?!(?<=\b{who} detained) under (?:[\w-]+ )?powers\b)" for who in ("men", "women", "people", "those")) +
               # (what they were made under may come between: "the first arrests under Operation Kestrel were made in May")
               r"|\barrests (?:(?:under|in|by|of) (?:[\w’'-]+ ){1,4}?)?were made\b"
               # raids told as taking place are the arrest operation: "The raids took place on Tuesday in six countries"
               r"|\b[Rr]aids?\b(?= (?:took place|were carried out|was carried out)\b)"
               # ... or the action day, a police press release's name for the day of coordinated arrests, told with its day:
               # "The results of the action day on 4 March:" (undated, as in a headline, it restates the one told)
               rf"|\b[Aa]ction day\b(?= (?:on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|in (?:{'|'.join(MONTHS)})\b))"
               # an arrest told by what was broken up: "had broken up a network of five people", "dismantled a smuggling ring",
               # "the gang was busted" (not a count of them over a period: "dismantled 11 networks" is a figure)
               # ... or the hub it ran from, broken up as a ring is: "dismantled a people-smuggling hub" (not a hub that stays one)
               rf"|\b{_BROKEN_UP}(?= (?:a|an|another|the|one) (?:[\w’'-]+ ){{0,3}}?(?:{_RING}|hub)\b)"
               rf"|\b{_RING}\b(?= (?:[\w’'-]+ ){{0,6}}?(?:was|has been|had been) {_BROKEN_UP})"
               # a raid on premises is the operation that makes arrests: "officers raided three houses on Tuesday", "the flat was
               # raided at dawn" (not a budget raided, nor "the raided houses")
               rf"|(?<!\b[Tt]he )(?<!\b[Aa] )\braided\b(?= (?:[\w’'-]+ ){{0,4}}?{_PREMISES}\b)|\b(?:was|were|been) raided\b"
               # ... or told by those it took: "nine were picked up in raids on Saturday", "rounded up by police" (not people
               # picked up at sea: "picked up by a Border Force cutter")
               r"|\b(?:picked|rounded) up\b(?= (?:in|during) (?:[\w’'-]+ ){0,3}?raids?\b| by (?:the )?(?:[\w’'-]+ ){0,2}?"
               r"(?:police|officers|security forces|Asayish|agents|detectives)\b)"
               # ... or by whom it took, suspects (not migrants, who are picked up at sea), with a day of its own (undated, "the
               # suspects were picked up at homes in ..." restates the raids told before): "The remaining suspects were picked up
               # in Semel and Akre on 19 March"
               r"|\bpicked up\b(?:(?<=suspects were picked up)|(?<=smugglers were picked up)|(?<=members were picked up)"
               r"|(?<=accomplices were picked up)|(?<=suspect was picked up)|(?<=smuggler was picked up))"
               rf"(?=(?: (?:in|at|near)(?: [\w’'-]+){{1,5}}?)? (?:on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|in (?:{'|'.join(MONTHS)})\b|yesterday\b|last\b))"
               # ... or the bare verb with the dated raids it was made in, as a quiz asks it: "How many men did police arrest in
               # joint raids in Duhok on Sunday 4 May?" (the raids' day its own)
               rf"|(?<=\s)arrest\b(?= in (?:[\w’'-]+ ){{0,2}}?raids?\b[^.;:?]{{0,60}}? on (?:\d{{1,2}} (?:{'|'.join(MONTHS)})|(?:{'|'.join(WEEKDAYS)}))\b)"
               # ... its place told before whom it took: "led to the arrest in Zakho of a man" (see _LED_TO_BEFORE)
               # ... the place a port or an airport: "led to the arrest at Stansted airport of a man"
               # ... its day told first too: "cited the arrest on 4 May in Mosul of three men"
               # ... or "last week" told first: "briefed MPs on the arrest last week in Mosul of a gang" (a weekday too: "the arrest
               # last Friday in Basra of a forger")
               rf"|(?<=\b[Tt]he )arrests?(?: (?:on (?:\d{{1,2}} (?:{'|'.join(MONTHS)})|(?:{'|'.join(WEEKDAYS)}))|last (?:week|month|{'|'.join(WEEKDAYS)}))\b)?"
               r"(?: (?:in|at|near) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?(?: (?:airport|port|station|docks|harbour|terminal|crossing))?)?"
               # ... or its day after its place: "led to the arrest in Zakho on 3 May of a driver"
               rf"(?: on (?:\d{{1,2}} (?:{'|'.join(MONTHS)})|(?:{'|'.join(WEEKDAYS)}))\b)? of\b"
               # ... or one person's, told with its place and day: "held in custody since his arrest in Dortmund in February"
               # (or with its month or day alone: "between January 2024 and his arrest in April 2025")
               rf"|(?:(?<=\b[Hh]is )|(?<=\b[Hh]er )|(?<=\b[Tt]heir ))arrests?\b(?= (?:(?:in|at|near) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)? )?"
               rf"(?:in (?:{'|'.join(MONTHS)})\b|on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|last (?:week|month)\b))"
               # ... or told in the present, as a timeline's entry tells it: "Police arrest 11 members of a ring", "the team
               # makes its first arrests" (not a count made over time: "made 312 arrests")
               rf"|(?<!\bto )\barrest\b(?= (?:\d+|{_NUMBER_WORDS}) (?:[\w’'-]+ ){{0,2}}?(?:men|women|people|suspects|members|smugglers|drivers|others)\b)"
               r"|\b(?:makes|made) (?:its|their) (?:first |latest )?arrests\b"
               # ... or told as what an operation came to, the participle after its comma, whom it took counted: "officers
               # searched 30 homes on Tuesday, arresting 12 suspects" (not "the arresting officers")
               rf"|(?<=, )arresting\b(?= (?:\d[\d,]*|{_NUMBER_WORDS}) (?:[\w’'-]+ ){{0,2}}?(?:men|women|people|suspects|members|smugglers|drivers|others|individuals|persons)\b)"
               # ... or told as people caught, counted (not "caught fire", "caught the bus"): "police caught 46 irregular migrants
               # and a suspected smuggler near the border late Wednesday" (a tally since a day is a figure: see _not_an_event)
               rf"|\bcaught\b(?= (?:\d[\d,]*|{_NUMBER_WORDS}) (?:[\w’'-]+ ){{0,2}}?(?:suspects|smugglers|drivers)\b)"
               # ... or one suspect, told so: "officers caught a suspected people smuggler near Szeged on Sunday" (not "caught
               # a smuggler's boat")
               r"|\bcaught\b(?= (?:a|an|one) (?:suspected|alleged) (?:[\w’'-]+ ){0,2}?(?:smuggler|trafficker|driver|organi[sz]er|guide|courier)\b(?![’']))"
               # ... migrants (people, men) caught alone are intercepted, not arrested: the arrest is of whoever is caught with
               # them ("caught 146 irregular migrants ... ; seven organizers were detained" tells the arrest in its own words)
               rf"|\bcaught\b(?= (?:\d[\d,]*|{_NUMBER_WORDS}) (?:[\w’'-]+ ){{0,2}}?(?:men|women|people|migrants|others)"
               rf"(?: [\w’'-]+){{0,3}}? and (?:a|an|the|their|its|his|\d+|{_NUMBER_WORDS}) (?:suspected |alleged )?"
               rf"(?:drivers?|smugglers?|organi[sz]ers?|suspects?|traffickers?)\b)"
               # ... or people caught in the act of moving migrants, the act told after them: "guards caught two Moldovan men
               # late on Friday as they led a group of 12 migrants across the river" (not migrants caught as they were led)
               # (a time between: "at around 11 p.m. on Tuesday", "at 23:40")
               r"|\bcaught\b(?= (?:(?:[^.;:?!]|(?<=\d:)(?=\d)|(?<=\d)[:.](?=\d)|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.){1,90}? )?(?:as|while|when) (?:they|he|she) (?:(?:were|was) (?:leading|driving|guiding|smuggling|"
               r"transporting|ferrying|taking|bringing|moving|escorting)|led|drove|guided|smuggled|transported|ferried|took|brought|moved|"
               r"escorted) (?:[\w’'-]+ ){0,4}?(?:migrants|refugees|people|group|passengers)\b)"
               # ... or one person caught by those who make arrests, told by a pronoun: "Now the police have caught him", "they
               # finally caught her in Dohuk" (not "caught him on camera", "caught him off guard", nor "caught him by the arm")
               + r"|\bcaught\b(?:" + "|".join(rf"(?<=\b{who}{aux} caught)" for who in ("they", "They", "police", "officers", "guards", "Asayish")
                                           for aux in ("", " have", " had", " finally", " have finally", " eventually"))
               + r")(?= (?:him|her)\b(?! (?:on|off|out|up|by|in a|unawares|napping|red)\b))"),
    # (not a parliamentary committee briefed: a committee hearing is a meeting, see "meeting")
    ("briefing", r"\bbriefed\b(?! the (?:[A-Z][\w’'-]+ ){1,5}?Committee\b)"),
    # (a standard met, quoted too: 'met "every standard the Home Office sets"')
    # (nor a duty met, told by its pronoun: "we will meet it")
    # (nor a legal duty met, its name of several words: "the policy meets the statutory child welfare duty")
    # evidence given to a named body on its day is its meeting: "told the Corporate Parenting Board on 4 September: ..."
    # ... and so is a named committee briefed on its day, a committee hearing: "briefed the Public Accounts Committee on 4 June"
    ("meeting", rf"\bbriefed\b(?= the (?:[A-Z][\w’'-]+ ){{1,5}}?Committee\b)|\btold\b(?= the (?:[A-Z][\w’'-]+ ){{1,5}}?(?:Board|Committee|Panel|Commission|Forum|Assembly) on (?:\d{{1,2}} (?:{'|'.join(MONTHS)})|(?:{'|'.join(WEEKDAYS)}))\b)|"
                # ... and so are words told to a conference on its day, the conference what is told: "told a freight security
                # conference in Dover last Thursday that ..." (the verb takes in the conference, its day right after)
                rf"\btold (?:a|an|the) (?:[\w’'-]+ ){{0,3}}?(?:conference|summit|forum|seminar)(?: in [A-Z][\w’'-]+)?"
                # ... or in its month: "told a border conference in Erbil in March that ..." (that month's meeting)
                rf"(?= (?:on (?:\d{{1,2}} (?:{'|'.join(MONTHS)})|(?:{'|'.join(WEEKDAYS)}))|last (?:{'|'.join(WEEKDAYS)})|yesterday"
                rf"|in (?:{'|'.join(MONTHS)})(?! \d{{1,2}}\b))\b)|"
                # ... and a conference (forum, summit) still to come, held by its host on its day: "will hold a forum on smuggling
                # with teachers and police in Zakho on 4 March" (not a press conference, nor one told without a day)
                # (a seminar, workshop or symposium too: "would hold a second seminar, in Halabja, on 15 April")
                r"\bhold (?:a|an) (?:(?!press\b|news\b)[\w-]+ ){0,2}?(?:conference|forum|summit|seminar|symposium|workshop)\b(?=[^.;:]{0,100}? "
                rf"(?:on (?:\d{{1,2}} (?:{'|'.join(MONTHS)})|(?:{'|'.join(WEEKDAYS)}))|next (?:week|month|{'|'.join(WEEKDAYS)})|in (?:{'|'.join(MONTHS)}))\b)|"
                # ... and a witness due back before a committee on its day, that committee's next hearing: "She will return to the
                # committee on 14 October" (a committee, board or panel: not a case back in court, nor one told with no day)
                r"\b(?:return|come back|appear again)\b(?:(?<=will return)|(?<=to return)|(?<=would return)|(?<=will come back)|(?<=to come back)"
                r"|(?<=will appear again)|(?<=to appear again))"
                r"(?= (?:to|before) (?:the|a) (?:[\w’'-]+ ){0,5}?(?:[Cc]ommittee|Board|Panel|Commission)\b[^.;:]{0,40}? "
                rf"(?:on (?:\d{{1,2}} (?:{'|'.join(MONTHS)})|(?:{'|'.join(WEEKDAYS)}))|next (?:week|month|{'|'.join(WEEKDAYS)})|in (?:{'|'.join(MONTHS)}))\b)|"
                # ... or due before a committee, the verb left out, with its day: "The minister is due before the Home Affairs
                # Committee on 9 March" (as a defendant is "due before" a court: that is a hearing, above)
                r"\bdue (?:back )?before\b(?= (?:the|a|her|his|its|their|our|your) (?:[\w’'-]+ ){0,5}?(?:[Cc]ommittee|Board|Panel|Commission)\b[^.;:]{0,40}? "
                rf"(?:on (?:\d{{1,2}} (?:{'|'.join(MONTHS)})|(?:{'|'.join(WEEKDAYS)}))|next (?:week|month|{'|'.join(WEEKDAYS)})|in (?:{'|'.join(MONTHS)}))\b)|"
                # ... or a conference to be spoken to, with its day: "is due to address a conference of nurses in Basra on 4 May"
                # (a day of its own: not a habit, "she will speak to any conference that asks")
                r"\b(?:speak|address)\b(?:(?<=will speak)|(?<=due to speak)|(?<=expected to speak)|(?<=set to speak)|(?<=is to speak)"
                r"|(?<=will address)|(?<=due to address)|(?<=expected to address)|(?<=set to address)|(?<=is to address))"
                r"(?= (?:to |at )?(?:a|an|the) (?:[\w’'-]+ ){0,3}?(?:conference|summit|forum|seminar)\b[^.;:]{0,50}? "
                rf"(?:on (?:\d{{1,2}} (?:{'|'.join(MONTHS)})|(?:{'|'.join(WEEKDAYS)}))|next (?:week|month|{'|'.join(WEEKDAYS)})|in (?:{'|'.join(MONTHS)}))\b)|"
                # (a standard met may be named by its owner's possessive: "meets the Home Office's data protection standards"; or
                # by a code with a slash: "meet ISO/IEC 27001 standards")
                r"\b(?:met|meet|meets)\b(?! it\b)(?! [“\"‘]?(?:the |its |their |all |every |each |any )?(?:[\w’'/-]+ ){0,4}?(?:needs|dut(?:y|ies)|demands?|targets?|criteria|costs?|conditions|requirements|standards?|"
                r"thresholds?|obligations|expectations|deadlines?|tests?)\b)"
                # a thing come across, not people met: "drivers at the crossing met something new this week"
                r"(?! (?:something|nothing|anything|everything)\b)"
                # a reception, not a meeting: "the plan was met with criticism"
                r"(?! with (?:\w+ )?(?:criticism|opposition|resistance|scepticism|skepticism|anger|protests?|silence|"
                r"disbelief|dismay|approval|concern|suspicion|relief))"
                # a life story's encounter, not a meeting: "she first met the smuggler", "met his wife in Germany"
                # (but a body's first sitting, told with its place and month or day: "the working group first met in Baghdad in July")
                r"(?:(?<!\bfirst met)|(?<=\bfirst met)(?= (?:in [A-Z][\w’'-]+ )?"
                rf"(?:in (?:{'|'.join(MONTHS)})\b|on (?:\d|(?:{'|'.join(WEEKDAYS)})\b))))(?! (?:my|his|her|their|our) (?:wife|husband|famil(?:y|ies)|friends?|brothers?|sisters?|sons?|daughters?|"
                r"mother|father|parents|cousins?|fiancée?))"
                # ... nor a person come across, told by what befell them: "we met a boy who had spent 30 hours in a tanker"
                r"(?! (?:a|an|one) (?:young |little |teenage )?(?:boy|girl|man|woman|child|teenager|family|mother|father|lad)\b)"
                r"|\b(?:held|hold|holds|holding) "
                # ... several of them, bare in the plural, each on a day told soon after: "will hold public meetings in Leeds on 3
                # May", "held consultation events for practitioners in York on 9 June" (an event only as a consultation's or
                # engagement's; undated, "holds meetings with residents", is a habit)
                r"(?:(?:[\w-]+ ){0,2}?(?:meetings|workshops|(?:(?<=[Cc]onsultation )|(?<=[Ee]ngagement ))events)\b"
                rf"(?=[^.;:]{{0,60}}? on (?:the )?\d{{1,2}}(?:st|nd|rd|th)?(?: of)? (?:{'|'.join(MONTHS)})\b)|"
                r"talks|discussions|consultations|negotiations|(?:a|an|another|its|their|the) (?:[\w-]+ ){0,3}?(?:meeting|hearing|call(?! for)|videoconference|dialogue|session"
                # ... a briefing held for those it tells, as a meeting is (not a press briefing, where a spokesperson spoke):
                # "will hold a briefing for hauliers at the port on 21 October"
                r"|(?<!press )(?<!news )(?<!media )briefing"
                # ... a round table held with those consulted, a meeting too: "will hold a round-table with faith leaders next week"
                r"|round[ -]?table"
                # ... a team's sitting over its cases or progress, a meeting too: "will hold its first case review in Basra on 3 May"
                # (not a review of a policy held: "will hold a review of the rules", an inquiry)
                r"|(?:(?<=[Cc]ase )|(?<=[Pp]rogress ))review"
                # ... a tender's meeting with its bidders, told held (see "engagement day" below): "held a market engagement event"
                r"|(?:(?<=[Ee]ngagement )|(?<=[Ii]ndustry ))(?:event|day)"
                # ... or a round of one, what it is a round of taken in (one event, not a second for "talks in London"): "held
                # the fourth round of their dialogue on migration", "will hold their next round of talks in London"
                r"|round of (?:the |their |its )?(?:[\w’'–-]+ ){0,4}?(?:[Dd]ialogue|talks|negotiations|consultations|meetings))"
                # ... or a dialogue named by its parties and subject, capitalised: "held the third UK–Iraq Border Security Dialogue
                # in London" (a sitting of it, a meeting)
                r"|(?:a|an|the|their|its) (?:[\w’'–-]+ ){0,4}?[Dd]ialogue)\b|\b(?:at|for|during|in) (?:a|an|the|their|its) (?:[\w-]+ ){0,2}?(?:meeting|summit|(?<!press )(?<!news )briefing"
                r"|round(?= of (?:the |their |its )?(?:[\w’'–-]+ ){0,4}?[Dd]ialogue\b))\b"
                # ... its holder named in the possessive: "at the Police and Crime Panel's meeting in Rhyl on 12 March"
                # (a joint body's name may join its countries with a dash: "at the UK–Iraq Working Group's meeting"; or be named
                # before, told again by its kind: "at the group's next meeting in London in June"; opening its sentence, still the
                # body's own meeting, not one told before)
                r"|\b(?:[Aa]t|[Dd]uring) the (?:(?:[\w–-]+ ){0,4}?[A-Z][\w–-]*|group|committee|panel|board|council|forum|commission)[’']s (?:[\w-]+ )?meeting\b"
                # (a press briefing is where a spokesperson spoke, no meeting: "said a police spokesperson at a press briefing")
                # ... or opening its sentence, a meeting of its own: "At its meeting in Brussels on Tuesday, the committee
                # recommended" (not "At the meeting", the one told before)
                r"|\b(?:At|During) (?:a|an|their|its) (?:[\w-]+ ){0,2}?(?:meeting|summit)\b"
                # ... or the body itself named as where it happened, with its day: a committee's sitting, "said at the project's
                # steering committee in Amman on 2 May that ..." (not "at the committee's request", nor undated)
                rf"|\b(?:[Aa]t|[Dd]uring) the (?:[\w’'-]+ ){{0,3}}?(?:[Ss]teering|[Mm]onitoring|[Oo]versight|[Jj]oint) (?:[Cc]ommittee|[Bb]oard|[Gg]roup)\b"
                rf"(?=(?: in [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)? on (?:\d{{1,2}} (?:{'|'.join(MONTHS)})|(?:{'|'.join(WEEKDAYS)}))\b)"
                # a session told by its day (see _not_an_event), as a committee's hearing is told: "At a second session on 4
                # November he declined", "At a committee hearing on 4 November" (not a training session, nor a court's hearing)
                r"|\b(?:[Aa]t|[Dd]uring) (?:a|an|the|its|their) (?:(?!training|photo|practice|counselling|therapy|study|"
                r"court|teaching)[\w’'-]+ ){0,3}?(?:session|(?:(?<=committee )|(?<=Committee )|(?<=inquiry )|(?<=Inquiry )|(?<=parliamentary )|(?<=evidence ))hearing)\b"
                # a meeting chaired: "chaired on Sunday the periodic meeting of the committee" (not "who chairs the committee")
                # ... or one still to come: "the governor will chair a meeting of the security committee on Monday"
                # ... or co-chaired: "will co-chair a meeting of the committee"
                r"|\b(?:chaired|chairs|chairing|chair(?:(?<=\bwill chair)|(?<=\bto chair)|(?<=\bwill co-chair)|(?<=\bto co-chair))|presided over)\b(?= (?:(?:on \w+|yesterday|today|this \w+),? )?(?:a|an|the|its|their) "
                r"(?:[\w’'-]+ ){0,3}?(?:meeting|session|summit|conference)s?\b)"
                # ... and a dialogue of two governments chaired on an occasion, a meeting of its parties: "will co-chair the UK-Iraq
                # Strategic Dialogue", "chaired the dialogue on Monday" (not a standing chair's present, "who co-chairs the dialogue")
                r"|\b(?:chaired|chair(?:(?<=\bwill chair)|(?<=\bto chair)|(?<=\bwill co-chair)|(?<=\bto co-chair)))\b(?= (?:(?:on \w+|yesterday|today|this \w+),? )?the "
                r"(?:[\w’'-]+ ){0,3}?[Dd]ialogue\b)"
                # a cabinet's approval on its day is its session's: "The Council of Ministers on Tuesday approved the national
                # strategy" (a decision told with no day is no sitting told)
                r"|\b(?:Council of Ministers|[Cc]abinet)\b(?= (?:on [A-Z][a-z]+day|yesterday|today) (?:approved|endorsed|adopted)\b)"
                # a ministers' call, told as who spoke to whom: "spoke to Iraq's Foreign Minister", "spoke by phone with his
                # Kurdish counterpart", "had spoken to Iraq's interior minister" (not "spoke to reporters", nor to "the minister" a
                # source heard, nor "had spoken to his lawyer")
                r"|\b(?:spoke|spoken)\b(?= (?:(?:today|yesterday|on [A-Z][a-z]+day) )?(?:by (?:tele)?phone )?(?:to|with) (?:(?-i:[A-Z])[\w-]+[’']s|his|her|their) (?:[\w-]+ ){0,3}?"
                r"(?:[Mm]inister|[Ss]ecretary|counterparts?|President|[Aa]mbassador)\b)"
                # ... or to a leader told by a title then a name, no possessive: "spoke to the President of Turkey, Ahmet Yilmaz,
                # this morning", "last spoke to Foreign Minister al-Rashid on 2 May" (a name after: not "spoke to the Minister")
                # (its day may come first, and the office be of a body named with its article: "spoke yesterday with Interior
                # Minister Karim Aziz", "spoke by phone to the President of the Regional Council, Dara Aziz")
                r"|\bspoke\b(?= (?:(?:today|yesterday|on [A-Z][a-z]+day) )?(?:by (?:tele)?phone )?(?:to|with) (?:the )?(?:[A-Z][\w-]+ ){0,2}?(?:Minister|Secretary|President|Ambassador)"
                r"(?: of (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})?,? (?:[A-Z][a-z]|(?:al|el)-[A-Z]))"
                # a meeting told by its gerund, whom it was with named: "said after meeting Hassan in Baghdad on Sunday", "before
                # meeting his Iraqi counterpart" (not "after meeting the targets")
                r"|\bmeeting\b(?:(?<=\bafter meeting)|(?<=\bbefore meeting))(?= (?:(?:his|her|their) (?:[\w-]+ )?counterparts?\b"
                r"|[A-Z][a-z]|(?:al|el)-[A-Z]))"
                # a meeting the writer was at, where or when told: "told me at our meeting in Basra on 4 December" (not "at our
                # meeting", told again)
                rf"|\b(?:at|during|in) (?:our|my) (?:[\w-]+ )?meeting\b(?= (?:in [A-Z][\w’'-]+ )?(?:on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)"
                rf"|last (?:week|month)\b|in (?:{'|'.join(MONTHS)})\b))"
                # a cabinet's decision still to come, told by its day, is its session's: "its cabinet will decide on 11 March
                # whether to renew the grant" (a court's is its ruling: see "decide" under "court_ruling")
                r"|(?:(?<=[Cc]abinet )|(?<=Council of Ministers ))(?:will|is due to|is expected to) decide\b(?= (?:on|next|this|tomorrow)\b)"
                # a meeting asked to be held: "directed that the committee's next meeting be held on 5 October"
                r"|\b(?:[Mm]eeting|[Ss]ession|[Tt]alks|[Ss]ummit)\b(?= (?:should |shall )?be held\b)"
                # ... or one still to come, told held in the passive with its day: "The next summit is due to be held in Basra on
                # 4 May", "a joint review of the programme will be held in Amman next month" (a review only where it is held, a
                # place named: not "a review of the rules will be held in March", a report)
                r"|\b(?:(?:[Cc]onference|[Ff]orum|[Ss]ummit|[Mm]eeting|[Ww]orkshop|[Ss]eminar)\b(?=(?: of (?:the |its |their )?(?:[\w’'-]+ ){0,2}?[\w’'-]+)? "
                r"(?:will|is (?:due |expected |set |scheduled )?to) be held\b)|[Rr]eview\b(?=(?: of (?:the |its |their )?(?:[\w’'-]+ ){0,2}?[\w’'-]+)? "
                rf"(?:will|is (?:due |expected |set |scheduled )?to) be held in (?!(?:{'|'.join(MONTHS)})\b)[A-Z]))"
                rf"(?=[^.;:]{{0,60}}? (?:on (?:\d{{1,2}} (?:{'|'.join(MONTHS)})|(?:{'|'.join(WEEKDAYS)}))|next (?:week|month|{'|'.join(WEEKDAYS)})|in (?:{'|'.join(MONTHS)}))\b)"
                # a panel (seminar) told by its day, where held first: "a panel at the Halvergate Institute on Tuesday evening
                # heard" (not "a panel of judges": told with no day; nor one only named as where someone spoke: "Speaking at a
                # seminar in London on Monday")
                # ... or a meeting so told after what it came before: "The handover follows a meeting in Baghdad yesterday of the
                # working group" (the meeting's day its own, told nowhere else)
                r"|\b(?<![Aa]t )(?<![Tt]o )(?:[Aa]|[Tt]he) (?:[\w-]+ )?(?:panel|seminar|symposium|round-?table|webinar|(?<=follows a )meeting)\b(?=(?: (?:at|in|hosted by|organi[sz]ed by) "
                r"(?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,4})? (?:on [A-Z][a-z]+day|yesterday|last (?:week|night))\b)"
                # ... or a sitting of a dialogue named with capitals, told as where something is done, with its day: "will
                # discuss the plan at the next UK–Jordan Security Dialogue in Amman on 3 June" (undated, only its name)
                r"|\b(?:at|during) the (?:[\w’'–-]+ ){0,3}?[A-Z][\w’'–-]* Dialogue\b"
                rf"(?=(?: in [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)? on (?:\d{{1,2}} (?:{'|'.join(MONTHS)})|(?:{'|'.join(WEEKDAYS)}))\b)"
                # ... or a sitting attended, told by its day in the possessive: "who attended Tuesday's session of the
                # committee" (not "attended Tuesday's funeral")
                # (the sitting's place or body named after it: a bare "attended Monday's session" may be a court's)
                r"|\battended\b(?= (?:[A-Z][a-z]+day|yesterday|today)[’']s (?:[\w-]+ )?(?:session|meeting|talks|summit|conference) (?:at|of|in) )"
                # ... or a public meeting told by the crowd that packed it, with its day: "More than 200 parents packed a town hall
                # meeting in Dunmore on Thursday"; a hall packed on its day to question those who called it is that meeting:
                # "residents packed into a village hall in Ely on Monday night to quiz councillors" (not "fans packed the stadium")
                r"|\bpacked\b(?= (?:into )?(?:a|an|the) (?:[\w’'-]+ ){0,3}?(?:meeting|(?:hall|centre)(?=(?: in [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)? "
                r"on [A-Z][a-z]+day(?: night| evening)? to (?:question|quiz|confront|challenge|hear from)\b))"
                r"(?: in [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)? on [A-Z][a-z]+day\b)"
                # ... or a body's meeting told as where something was heard, by its day: "a meeting of the county's planning
                # sub-committee heard on Monday that ..." (the sitting of that body, a meeting)
                r"|\b(?:[Aa]|[Tt]he) meeting of (?:[\w’'-]+ ){1,6}?(?:[Cc]ommittee|[Ss]ub-committee|[Pp]anel|[Bb]oard|[Cc]ouncil|[Cc]abinet)"
                rf"(?= heard (?:on (?:\d{{1,2}} (?:{'|'.join(MONTHS)})|(?:{'|'.join(WEEKDAYS)}))|yesterday|today|last week)\b)"
                # talks told by how long they took: "after talks that took most of the morning", "talks which lasted three hours"
                r"|\btalks\b(?= (?:that|which) (?:took|lasted) (?:most of |all |much of |nearly |almost |more than |over |about )?"
                r"(?:the |an? |\d+ |two |three |four |five |six |several )?(?:morning|afternoon|evening|day|night|hours?)\b)"
                # (its parties named between: "follows talks between the two sides in London on 24 February", "talks between the
                # Home Secretary and the Iraqi foreign minister in Baghdad")
                # a decision put to the whole council at its sitting: "The recommendation goes to full council on 22 October"
                r"|\b(?:goes|go|going|went) (?:to|before) (?:a |the )?full (?:council|[Cc]ouncil|[Cc]abinet)\b"
                # a sitting someone is to attend: "Iraqi officials would attend a meeting of the joint working group in Rome on
                # 4 May" (not one attended, told as done, nor "will attend meetings" as a habit, nor one "refused to attend")
                r"|\battend\b(?:(?<=\bwill attend)|(?<=\bwould attend)|(?<=\bdue to attend)|(?<=\bexpected to attend))(?= (?:a|an|the|its|their|next week[’']s) "
                r"(?:(?!press\b|news\b)[\w’'–-]+ ){0,2}?(?:meeting|session)\b)"
                r"|\bbilateral meeting\b|\b(?:talks|summit)(?: between (?:(?:the )?(?:two|both) (?:sides|countries|governments|delegations|ministers)"
                r"|(?:the )?[A-Z][\w’'-]*(?: [\w’'-]+){0,5}? and (?:the )?[A-Z][\w’'-]*(?: [\w’'-]+){0,6}?))?"
                # (or set off as an aside, its day in it: "The talks, held at the Interior Ministry on Sunday, were the third round")
                r" (?:in|with)\b|\btalks(?:,| were)? held\b"
                # ... or what they are on told first, then where: "due to join talks on its work in Erbil" (a place named:
                # not "talks on security in the region")
                r"|\btalks on (?:[\w’'-]+ ){1,4}?in (?-i:[A-Z])"
                # ... or opening the sentence, where they were held and their day told: "In talks at the ministry on Monday
                # afternoon, the two ministers agreed ..." (the talks the meeting, what was agreed there its outcome)
                rf"|(?:(?<=\bIn )|(?<=\bDuring ))talks(?= at (?:the )?(?:[\w’'-]+ ){{1,5}}?on (?:\d|(?:{'|'.join(WEEKDAYS)})\b))"
                # talks told as begun: "began talks at the interior ministry at 10am", "opened formal talks"
                r"|\b(?:began|begun|opened|started) (?:(?:formal|their|the|fresh|new) )?talks\b"
                # ... or a dialogue told as launched, as a press release tells its first session: "today launched a High-Level
                # Dialogue on Migration in Brussels"
                r"|\blaunched\b(?= (?:a|an|the|their|its) (?:[\w’'-]+ ){0,3}?[Dd]ialogue\b)"
                # a council's debate told by the hall it sat in: "after a three-hour debate at Margate Town Hall on Thursday night"
                # (not a debate told at large: "the debate over asylum hotels")
                r"|\bdebate\b(?= (?:at|in) (?:the )?(?:[A-Z][\w’'-]* ){0,3}?(?:Town Hall|City Hall|County Hall|Guildhall|Civic Centre|Council (?:Chamber|House))\b)"
                # a meeting told by its participle, dated (see _not_an_event): "Minutes of a meeting held in the Council Chamber
                # on Wednesday, 21 January 2026"
                # ... or what it is of told between, set off: "the fifth meeting of the EU–Iraq Cooperation Council, held in
                # Baghdad on 4 November 2025" (see _MEETING_HELD)
                # ... or a roundtable (workshop, seminar) so told, whom it was with between: "a roundtable with local charities
                # and mayors held in Cardiff last week" (not people held: "held in custody")
                r"|\b(?:meeting|roundtable|round-table|workshop|seminar)\b(?=(?: of (?:the )?[\w’'–-]+(?: [\w’'–-]+){0,5}?,"
                r"| with (?:the )?[\w’'–-]+(?: [\w’'–-]+){0,5}?,?)? held\b(?! (?:in (?:custody|detention|prison)|captive|hostage)))"
                # ... or one still to come, told by its participle "planned" (scheduled) with its place and day: "with a round of
                # talks planned in Amman on 4 May" (no verb of its own: "Talks are planned" is told below)
                rf"|(?<=\w )(?:meeting|talks|summit|conference|round(?= of (?:talks|negotiations|consultations)\b))\b(?=(?: of (?:the )?[\w’'–-]+(?: [\w’'–-]+){{0,4}}?)? (?:planned|scheduled) "
                rf"(?:in|at|for) [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? (?:on \d{{1,2}} (?:{'|'.join(MONTHS)})|on (?:{'|'.join(WEEKDAYS)})|in (?:{'|'.join(MONTHS)}))\b)"
                # ... or a round of talks (a dialogue) told by its rank, set off with where it was held: "since the second round, held in
                # Amman in May 2024", "after the first Dialogue, held in Rome in May 2023"
                r"|(?:(?<=\bfirst )|(?<=\bsecond )|(?<=\bthird )|(?<=\bfourth )|(?<=\bfifth )|(?<=\bsixth )|(?<=\blast )|(?<=\bprevious )"
                r"|(?<=\blatest ))(?:round|[Dd]ialogue)\b(?=(?: of (?:the |their |its )?[\w’'–-]+(?: [\w’'–-]+){0,5}?)?, held (?:in|at) [A-Z])"
                # ... or named bare after a timeline entry's date and dash: "• 4 June 2026 – third meeting of the steering group,
                # Rome" (its day the entry's; ordinals whose first letter the quick look-ahead of _EVENT_RE admits)
                r"|(?<=[–—] )(?:(?:first|second|third|fourth|fifth|sixth|seventh|ninth|tenth) )?meeting\b(?= of\b)"
                # ... or a named council's sitting told by the body, held at a place on a day: "builds on the EU-Iraq Cooperation
                # Council held in Baghdad on 3 June 2026"
                rf"|\b(?<=\w )(?<!\b[Tt]he )(?<!\b[Aa] )(?:Council|Committee)\b(?= held (?:in|at) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){{0,2}} (?:on \d|in (?:{'|'.join(MONTHS)})\b))"
                # ... or a body's own session, as a cabinet's is told: "approved, in its regular session held on Tuesday, the
                # strategy" (its/their: a body's sitting, not "a training session held")
                r"|\bsession\b(?:(?<=\bits session)|(?<=\btheir session)|(?<=\bits regular session)|(?<=\bits weekly session)"
                r"|(?<=\bits ordinary session)|(?<=\bits periodic session)|(?<=\bits extraordinary session)|(?<=\bits emergency session))(?= held\b)"
                # ... or a committee that will hear witnesses: "the Home Affairs Committee will hear from NCA officials on 24 March"
                # ... or will hear (question, call back) an office-holder, named by the office: "The Administration Committee will
                # hear the minister on 7 October", "The committee will call the minister back on 4 March" (not "hear claims")
                r"|\b(?:hear|question|call|summon)\b(?:(?<=[Cc]ommittee will \w{4})|(?<=[Cc]ommittee will \w{6})|(?<=[Cc]ommittee will \w{8})"
                r"|(?<=[Cc]ommittee is to \w{4})|(?<=[Cc]ommittee is due to \w{4}))"
                r"(?= from\b|(?<!call) (?:the |its )?(?:[\w’'-]+ ){0,2}?(?:[Mm]inisters?|[Ss]ecretary|[Cc]ommissioner|[Aa]mbassador|officials)\b"
                r"|(?<=call) (?:the |its )?(?:[\w’'-]+ ){0,2}?(?:[Mm]inisters?|[Ss]ecretary|[Cc]ommissioner|[Aa]mbassador|officials) back\b)"
                # a body to be briefed in person: "He would brief the Police and Crime Panel on 5 February"
                r"|\bbrief\b(?:(?<=will brief)|(?<=would brief)|(?<=to brief))(?= (?:the )?(?:[\w’'-]+ ){0,6}?"
                r"(?:[Cc]ommittee|[Pp]anel|[Bb]oard|[Cc]ouncil|[Cc]abinet|MPs|[Mm]inisters?|[Ss]ecretary)\b)"
                # a meeting told in the passive: "meetings of the joint committee are scheduled to be held in Erbil", "the next
                # session will take place in Amman", "a conference on smuggling will be held", "talks are expected to resume"
                # ... its subject long, a list of places or parties in it: "a regional meeting of prosecutors from Iraq, Jordan and
                # Lebanon will be held in Amman" (a comma only before a name: no clause of its own between)
                # ... a workshop or seminar to be held is a meeting of its parties: "a workshop with donors will be held in Erbil"
                # (not a place of work: that is told as a site, never as held)
                # ... a dialogue, or a round of one told by its number: "The fifth round of the dialogue will take place in
                # Brussels", "The third round was held in June 2025" (see _OF_A_MEETING)
                # ... a tender's day for its bidders a meeting too: "A market engagement day for suppliers was held in Leeds"
                # ... a briefing given in person told by its turn, as a meeting's follow-up: "A second briefing for hauliers
                # will follow next month", its audience named (a written one, "a second briefing will follow in June", is published)
                # ... a working group named as its sitting, as a body's next one is: "The next Joint Returns Working Group will
                # take place in London" (a body that sits is its meeting; not one set up: "a working group was set up")
                r"|\b(?:[Mm]eetings?|[Tt]alks|[Ss]ummit|[Ss]ession|[Cc]onference|[Ff]orum|[Dd]ialogue|[Ww]orkshop|[Ss]eminar|[Rr]ound-?table"
                r"|(?<=[Ww]orking )[Gg]roup"
                r"|(?:(?<=[Ss]econd )|(?<=[Tt]hird )|(?<=[Ff]urther )|(?<=[Ff]ollow-up )|(?<=[Nn]ext ))briefing(?= for\b)"
                r"|(?:(?<=[Ee]ngagement )|(?<=[Ii]ndustry )|(?<=[Bb]idders’ )|(?<=[Bb]idders' ))[Dd]ay|[Rr]ound(?:(?<=first round)|(?<=second round)"
                r"|(?<=third round)|(?<=fourth round)|(?<=fifth round)|(?<=sixth round)|(?<=next round)|(?<=latest round)|(?<=last round)))\b"
                # (a joint body's name may join its countries with a dash: "the next meeting of the UK–Iraq Joint Working Group
                # on Migration will be held in London")
                # (with whom set aside between commas: "A second session, with the head of Border Force, is scheduled for")
                # (or its plan set after a comma: "at the next border security dialogue, to be held in Baghdad in October")
                r"(?=(?:, with [^,.;]{1,80},|,(?= to be held\b))? (?:[\w’'–-]+(?:,(?= [A-Z]))? ){0,12}?(?:(?<=, to )be held\b|(?:is|are|was|were|has been|have been) "
                r"(?:(?:scheduled|due|expected|set|planned|likely) to (?:be held|take place|resume|reconvene)|held"
                # ... or fixed for a day: "talks are scheduled in Amman for 11 June", "the summit is set for next month"
                # ... or planned for a month: "a workshop with the ministry is planned in Basra for October"
                r"|(?:scheduled|slated|set|planned)(?= (?:(?:in|at) (?:[\w’'-]+ ){1,3}?)?for (?:\d|next\b"
                rf"|(?:{'|'.join(MONTHS)})\b|(?:{'|'.join(WEEKDAYS)})\b)"  # (or a weekday: "is scheduled for Sunday")
                # ... or set for a place, its day told after it: "the first session is set for Basra on 9 December"
                rf"| for [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? on (?:\d|(?:{'|'.join(WEEKDAYS)})\b))"
                # ... or planned at a place for a month told with "in": "a follow-up meeting is planned in Basra in June"
                # (or for its day told with "on": "a second session is planned in Mosul on 9 May")
                rf"|planned(?= in [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? (?:in (?:{'|'.join(MONTHS)})\b"
                r"|on \d)))"
                # ... or a plan reported ("said the first meeting of the committee would take place next month", "is to be held"),
                # not a condition ("talks would take place only if ...")
                # ... or to follow another, its day told: "a further meeting will follow next month" (not "will follow the talks")
                r"|will follow(?= (?:next|later|this|in|on|within)\b)"
                r"|will (?:be held|take place|resume|reconvene)|(?:would|is to|are to) (?:be held|take place|resume|reconvene)\b(?![^,;.]*\b(?:if|unless)\b)"
                r"|took place|resumed|reconvened)\b)"
                # a meeting named by its day: "At Wednesday’s meeting of the working group", "during today's talks"
                # ... or by a part of its day, which is that day: "at Monday night's full council meeting"
                rf"|\b(?:[Aa]t|[Dd]uring) (?:(?:last|next|this) )?(?:{'|'.join(WEEKDAYS)}|yesterday|today|tomorrow)"
                r"(?: (?:morning|afternoon|evening|night))?[’']s "
                r"(?:[\w-]+ ){0,2}?(?:meeting|summit|talks)\b"
                # ... or opening its sentence as its subject, told as called, held or chaired (an aside between): "Monday's meeting,
                # the first in the province, was called by the governor" (not "Monday's meeting was cancelled": see _CALLED_OFF_AFTER)
                rf"|(?:(?<=^)|(?<=[.!?] )|(?<=\n))(?:{'|'.join(WEEKDAYS)}|Yesterday|Today)(?: (?:morning|afternoon|evening|night))?[’']s "
                r"(?:[\w-]+ ){0,2}?(?:meeting|summit|talks|session|conference)\b(?=(?:, [^,;.]{1,80},)? (?:was|were) (?:called(?! off)|held|chaired|convened"
                r"|organi[sz]ed|hosted|co-chaired|attended)\b)"
                # visitors received, as a state agency writes it: "received in his office in Erbil on Sunday a British delegation"
                # ... the day told between: "had received last week the Ambassador of ...", "received on Monday a delegation"
                # ... or to be received, a plan: "the minister will receive a British delegation in Baghdad next week"
                rf"|\b(?:received|[Rr]eceiving|receive)\b(?<!\b(?:not|n[’']t) receive)(?= (?:(?:yesterday|today|(?:on|last|this) \w+|{'|'.join(WEEKDAYS)}),? ){{0,2}}(?:(?:in|at) (?:his|her|their|its|the) "
                # ... a body's building named: "received at the Ministry's headquarters in Erbil on Sunday the ..."
                # ... or the building's name: "received today, Sunday, at the Government Palace"
                r"(?:[A-Z][\w-]*[’']s |(?:[A-Z][\w-]* ){1,2})?(?:office|headquarters|residence|[Pp]alace|ministry)\b"
                # ... whose envoy told before: "received the British Prime Minister's Trade Envoy to Iraq"
                r"|(?:a|an|the|our|his|her|their|its) (?:[\w’'-]+ ){0,4}?(?:[Dd]elegation|[Aa]mbassador|[Ee]nvoy|[Cc]onsul|[Cc]ounterpart)s?\b"
                # ... or a minister received: "received on Sunday the British Minister of State for Border Security" (not the
                # minister's letter, nor a letter from one)
                r"|(?:a|an|the) (?:(?!from\b|of\b|by\b)[\w-]+ ){0,3}?(?:[Mm]inister|[Ss]ecretary|[Pp]resident|[Cc]ommissioner)s?\b(?![’'])"
                # ... or an envoy's title without an article, the name following (as wire copy drops "the"): "received British
                # Ambassador Jane Doe" (a name must follow, not "received Home Secretary approval")
                r"|(?:[A-Z][\w-]* ){0,3}?(?:Ambassador|Envoy|Consul|Minister|Secretary|Commissioner)(?= [A-Z][a-z])"
                # ... or the visitor named before the building: "received Ms Doe at the ministry on Sunday"
                r"|(?:[A-Z][\w’'.-]* ){1,3}(?:in|at) (?:his|her|their|its|the) (?:office|headquarters|residence|[Pp]alace|ministry)\b))"
                # ... or told in the passive, the host an office-holder named: "the Home Secretary was received by the National
                # Security Adviser" (not a letter or bid received: see _not_an_event)
                r"|\breceived\b(?:(?<=\bwas received)|(?<=\bwere received))(?= by (?:the |his |her |their )?(?:[A-Z][\w’'-]* ){0,4}?"
                r"(?:Minister|Secretary|President|Adviser|Advisor|Ambassador|Governor|Commissioner|Speaker|Mayor|Envoy|Consul)\b)"
                # a committee's hearing: "the committee will take evidence on the pact", "MPs will question the minister"
                # (a further session too, told by whom or when: "we will take further evidence from the minister in May", not
                # "took more evidence of the abuse home")
                # ... or heard, a committee (its members) the subject, still to come (not a jury's or court's hearing): "The
                # Public Accounts Committee will hear evidence on border spending on 12 March"
                r"|(?:(?<=[Cc]ommittee will )|(?<=[Cc]ommittee is to )|(?<=[Cc]ommittee is due to )|(?<=MPs will )|(?<=[Pp]eers will ))"
                r"hear (?:oral |further )?evidence\b"
                # ... or to hear from witnesses named, with its day: "the Home Affairs Committee, which will hear from council
                # leaders on 4 May" (not a habit told undated: "the committee will hear from anyone who writes")
                r"|(?:(?<=[Cc]ommittee will )|(?<=[Cc]ommittee, which will )|(?<=[Cc]ommittee is to )|(?<=MPs will )|(?<=[Pp]eers will ))"
                rf"hear from\b(?=[^.;:]{{0,60}}? on (?:\d{{1,2}} (?:{'|'.join(MONTHS)})|(?:{'|'.join(WEEKDAYS)}))\b)"
                r"|\b(?:take|takes|took|taking) evidence\b|\b(?:take|takes|took|taking) (?:further|more|oral|fresh) evidence\b(?= (?:from|on|at|in|next)\b)|\bquestion\b(?:(?<=\bwill question)|(?<=\bwould question)|(?<=\bto question))"
                # (not a suspect someone asks, wants or seeks to question, as police and states put an interrogation: "would ask
                # to question Mahmoud about accomplices", "police want to question two men")
                r"(?<!\bask to question)(?<!\basks to question)(?<!\basked to question)(?<!\basking to question)"
                r"(?<!\bwant to question)(?<!\bwants to question)(?<!\bwanted to question)"
                r"(?<!\bseek to question)(?<!\bseeks to question)(?<!\bsought to question)"
                # (not a parliamentary question answered: "written answer to question UIN 41877")
                r"(?<!answer to question)(?<!answers to question)(?<!reply to question)(?<!response to question)(?= (?:the |a |[A-Z]|(?:senior |top )?(?:officials|ministers|officers|chiefs)\b))"
                # ... or in the present, a committee its subject, as a schedule tells it (planned with its day: see event_candidates):
                # "when the Home Affairs Committee questions her on 10 June"
                r"|\bquestions\b(?:(?<=[Cc]ommittee questions)|(?<=[Pp]anel questions)|(?<=[Ii]nquiry questions))(?= (?:her|him|them|the |[A-Z]))"
                # ... or a bill back before a house for a stage of its own, as a schedule tells it (planned with its day: see
                # event_candidates): "The Asylum Bill returns to the Commons on Tuesday for its report stage"
                r"|\breturns to the (?:Commons|Lords|House|Senate|chamber)\b(?=[^.;]{0,40}? for (?:its |a |the )?"
                r"(?:report stage|(?:second|third) reading|committee stage|final vote)\b)"
                # ... or that stage named, set down for its day: "with a second reading pencilled in for December"
                r"|(?:(?<=reading )|(?<=stage )|(?<=debate ))(?:pencilled in|penciled in|scheduled|timetabled)(?= for )"
                # ... told as done, or as officials summoned: "on Tuesday questioned senior police officials", "would summon the
                # minister again in May" (not suspects questioned by police, nor people told in the passive as questioned by
                # officials: "will be questioned by asylum officials")
                r"|\b(?:questioned|summon(?:s|ed|ing)?)\b(?! by\b)(?= (?:the |a |an |its |their |senior |top )?(?:[\w’'-]+ ){0,3}?"
                r"(?:officials|[Mm]inisters?|[Mm]inistry|[Ss]ecretary|[Cc]ommissioner|[Aa]mbassador|[Ee]nvoy|chiefs|[Dd]irector)\b)"
                # ... or a foreign mission's head summoned by the host state: "summoned the head of the UN mission in Kabul"
                # (not "questioned the head of the gang": only a summons, and only a mission's, delegation's or embassy's head)
                r"|\bsummon(?:s|ed|ing)?\b(?= the (?:acting )?head of (?:the |its |their )?(?:[\w’'-]+ ){0,4}?(?:[Dd]elegation|[Mm]ission|[Ee]mbassy)\b)"
                # ... or told in the passive, of the one called to a committee's hearing (a Nordic minister's consultation):
                # "has been called to a consultation in the Foreign Affairs Committee on 4 May", "was summoned before the committee"
                r"|\b(?:called|summoned)\b(?:(?<=been called)|(?<=been summoned)|(?<=was called)|(?<=was summoned)|(?<=is called)|(?<=is summoned))"
                r"(?= (?:to|before) (?:a|an|the) (?:[\w-]+ ){0,2}?(?:consultation|hearing|session|meeting) (?:in|of|before|with) (?:the )?"
                r"(?:[\w’'-]+ ){0,6}?[Cc]ommittee\b| before (?:the )?(?:[\w’'-]+ ){0,6}?[Cc]ommittee\b)"
                # a programme reviewed at a place named: "officials are due to review the programme in London in November"
                # (not one at a meeting: "will review progress at a meeting in Luxembourg" is that meeting)
                # ... or with the counterparts met: "will review the campaign with British counterparts in Sulaimani in July"
                # (the verb only: not a noun after its article, "The review tribunal in Catanzaro is expected to hear the case")
                rf"|(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Ii]ts )\breview(?:ed|s|ing)?\b(?= (?:the |their |its )?(?:(?!at\b)[\w-]+ ){{1,3}}?(?:with (?:[\w-]+ ){{0,4}}?(?:counterparts|officials|"
                rf"ministers|officers|partners) )?in (?!(?:{'|'.join(MONTHS)})\b)[A-Z])"
                # a witness before a committee: "appears before the Home Affairs Committee on 4 March", "told the committee on 15 July"
                # ... its participle opening the sentence too: "Giving evidence to the Home Affairs Committee on 3 March, the minister said"
                # (its participle opening the sentence too: "Appearing before the committee on Monday, she said")
                r"|\b(?:[Aa]ppear(?:s|ed|ing)? before|(?:[Gg]ave|gives|give|[Gg]iving) evidence to|testif(?:y|ies|ied|ying) (?:before|to)|told"
                # ... or a claim told as made there: "the claim, made to the Home Affairs Committee on 30 September, that ..."
                # (not a committee in what was told: "told reporters that the committee will ...")
                r"|(?<=, )made to) (?:the |a |its )?(?:(?!that\b)[\w’'-]+ ){0,5}?(?:[Cc]ommittee|[Ii]nquiry)\b(?![’'])"
                # ... or the committee named before in its sentence, by a pronoun: "explain that to the Home Affairs Committee when
                # she appears before it on 4 March" (kept only with a committee named before it: see _not_an_event)
                r"|\bappear(?:s|ed|ing)? before it\b"
                # ... or the questions the witness faced there, with their day (undated, the day may be another clause's): "faced
                # three hours of questions from the Public Accounts Committee on Monday"
                r"|\bquestions from (?:the |a |its )?(?:(?!that\b)[\w’'-]+ ){0,5}?(?:[Cc]ommittee|[Ii]nquiry)\b"
                rf"(?= on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)| last (?:week|{'|'.join(WEEKDAYS)})\b| yesterday\b)"
                # ... or the evidence told as given there, with its day (undated, it may be written evidence): "follows evidence
                # given to the Work and Pensions Committee on 3 June by the minister"
                rf"|(?<=\bevidence )given to (?:the |a |its )?(?:(?!that\b)[\w’'-]+ ){{0,5}}?(?:[Cc]ommittee|[Ii]nquiry)\b"
                rf"(?= on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)| last (?:week|month|{'|'.join(WEEKDAYS)})\b| yesterday\b| in (?:{'|'.join(MONTHS)})\b)"
                # ... or as given by a minister (an office-holder, named or not), with its day, the committee told elsewhere: "I read
                # the evidence given by the Immigration Minister, Jo Bloggs, on Monday" (not a witness's at a trial: no office)
                r"|(?<=\bevidence )given by (?:the )?(?:[\w’'-]+ ){0,4}?(?:[Mm]inister|[Ss]ecretary|[Cc]ommissioner|[Aa]mbassador)\b"
                r"(?:, [A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3},)?"
                rf"(?= on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)| last (?:week|month|{'|'.join(WEEKDAYS)})\b| yesterday\b| in (?:{'|'.join(MONTHS)})\b)"
                # ... or an occasion addressed, as the news of it: "telling a Security Council side event in New York that ..." (not a
                # press conference told, nor a conference only spoken at: see _SPOKE_AT)
                r"|\b(?:told|telling|addressed|addressing)\b(?= (?:a|an|the) (?:[\w’'-]+ ){0,3}?(?:side[- ]event|summit)\b"
                # ... or a meeting first named so, its day right after: "told a meeting last Thursday that ..." (not "told the
                # meeting", the one told before)
                rf"| (?:a|an) (?:[\w’'-]+ ){{0,3}}?meeting (?:last (?:week|night|{'|'.join(WEEKDAYS)})\b|on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|yesterday\b))"
                # a meeting named, dated in its clause (see _not_an_event): "a meeting between the two prime ministers last week"
                r"|\bmeeting (?=between |with )"
                # ... or its participle set off as an aside, with its place and day: "Interior ministers, meeting in Luxembourg
                # today, endorsed a package" (not a purpose: "for meeting in Erbil")
                rf"|(?<=, )meeting\b(?= in [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? (?:today|yesterday|on (?:\d{{1,2}} [A-Z][a-z]+|(?:{'|'.join(WEEKDAYS)}))),)"
                # ... or not set off, right after the people who met, with its place and day: "Foreign ministers meeting at the
                # Palace of Nations in Geneva on Friday agreed" (a participle names the meeting only with a plural of people)
                rf"|(?:(?<=ministers )|(?<=officials )|(?<=leaders )|(?<=delegates )|(?<=delegations )|(?<=envoys )|(?<=chiefs ))meeting\b"
                rf"(?= (?:in|at) (?:the )?[A-Z][^.;,]{{0,80}}? (?:today|yesterday|on (?:\d{{1,2}} [A-Z][a-z]+|(?:{'|'.join(WEEKDAYS)})))\b)"
                # a paper presented to a body, dated (see _not_an_event): "will present this brief to the All-Party Parliamentary
                # Group on Iraq on 22 September" (not a document's presenting of figures)
                r"|\bpresent(?:s|ed)?\b(?= (?:(?:this|the|its|their|our|a|an|his|her) (?:[\w’'-]+ ){0,3}?(?:brief|briefing|report|findings|paper|survey|"
                # (or to a government's officials: "will present its findings to officials from the ministry in Erbil on 2 June")
                # (or a body's own figures, to a parliamentary group or committee: "will present its annual figures to the
                # Home Affairs Committee on 3 March")
                # (or the paper named before, by a pronoun: "is due to present it to the assembly's petitions committee on Monday")
                r"review|study|evidence|recommendations|proposals|figures)|it|them) to (?:the |a )?(?:[\w’'-]+ ){0,5}?(?:[Cc]ommittee|[Gg]roup|[Cc]ouncil|"
                r"[Pp]arliament|MPs|[Mm]inisters|[Cc]abinet|[Ii]nquiry|officials)\b(?! (?:at|during) (?:a|an|the) ))"  # (at a briefing: that one)
                # a meeting still to come told by what will be raised with the official met, or a plan presented to them, its day
                # right after them and their place (not one told by another verb: "... with the minister when she appears before
                # the committee on 15 July"): "is due to raise the matter with Iraq's deputy interior minister in Vilnius next
                # month", "will present the plan to the regional interior minister in Erbil on 4 May"
                r"|\braise\b(?:(?<=\bwill raise)|(?<=\bdue to raise)|(?<=\bexpected to raise)|(?<=\bset to raise))"
                r"(?= (?!(?:money|funds?|cash|awareness)\b)(?:[\w’'-]+ ){1,4}?with "
                rf"{_OFFICIAL_MET})"
                # ... or raised with them, told as done, its day after them: "raised the checks with his German counterpart in
                # Berlin last Thursday"
                r"|\braised\b(?= (?!(?:money|funds?|cash|awareness)\b)(?:[\w’'-]+ ){1,4}?with "
                rf"{_OFFICIAL_MET})"
                # ... or to counterparts at a named body's sitting, with its day: "will present the declaration to his EU
                # counterparts at the Foreign Affairs Council in Brussels on 12 June" (that sitting the meeting)
                r"|\bpresent\b(?:(?<=\bwill present)|(?<=\bto present))(?= (?:the|its|their|his|her|a|an) (?:[\w’'-]+ ){0,2}?(?:plans?|proposals?|strategy|findings|report"
                rf"|declaration|roadmap) to (?:{_OFFICIAL_MET}|{_COUNTERPARTS_AT_SITTING}))"
                # ... or told in the passive, the paper its subject: "The strategy will be presented to the Security and Defence
                # Committee on 17 March"
                # ... or as done, to officials at a workshop of their own: "findings were presented to officials at a workshop in
                # Erbil on 2 May" (a workshop or seminar is proposed by no other rule: the presentation is that meeting)
                # a meeting that heads a diary's item, after its place and a colon or dash (its day the heading's: see
                # _diary_day): "BAGHDAD: Fourth meeting of the joint committee", "ROME - Annual meeting of the working group"
                r"|(?:(?<=[A-Z]: )|(?<=[A-Z] - )|(?<=[A-Z] – ))(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
                r"|Annual|Quarterly|Monthly|Joint|Regular|Inaugural|Final|Closing|Opening)(?:[ -][a-z]+)? )?[Mm]eeting\b(?= of )"
                r"|\bpresented\b(?:(?<=be presented)|(?<=been presented)|(?<=was presented)|(?<=were presented))(?= to (?:the |a )?(?:[\w’'-]+ ){0,5}?(?:[Cc]ommittee|[Gg]roup|"
                r"[Pp]arliament|MPs|[Mm]inisters|[Cc]abinet|[Ii]nquiry|officials)\b"
                r"(?! (?:at|during) (?:a|an|the) (?!(?:[\w-]+ )?(?:workshop|seminar|roundtable|round-table)\b)))"
                # a minister met, told by what was discussed (dated: see _not_an_event): "discussed returns with the Iraqi Minister
                # of Interior in London on 4 May"
                # ... or two office-holders named by title as its subject, a call's or talks' readout (see _not_an_event):
                # "Foreign Secretary Ann Vale and President Barzani discussed returns and border security"
                r"|(?<=[a-z] )discussed\b"
                r"|\bdiscussed\b(?= (?:[\w’'-]+ ){0,4}?with (?:the |his |her |their |a |an )?(?:[\w’'-]+ ){0,5}?(?:[Mm]inisters?|"
                r"[Ss]ecretary|[Cc]ounterparts?|[Aa]mbassadors?|[Dd]elegations?|[Pp]resident|[Ee]nvoys?|[Cc]onsul"
                # ... or a body named by its initials: "discussed the report with UNODC on Tuesday"
                r"|[A-Z]{3,6})\b)"
                # ... or a meeting still to come told by what will be discussed, at a place named (dated: see _not_an_event):
                # "Interior ministers will discuss the plan in Brussels on 20 June" (not a journey's purpose: "to travel to Rome
                # in May to discuss")
                # ... or told in reported speech: "said ministers would discuss the route in Vilnius on 15 October" (the place
                # named after it, as for "will discuss", keeps out a conditional's "would discuss it with his family")
                r"|\bdiscuss\b(?:(?<=\bwill discuss)|(?<=\bwould discuss)|(?<=\bdue to discuss)|(?<=\bare to discuss)|(?<=\bis to discuss)"
                r"|(?<=\bexpected to discuss))"
                # ... whom with told between: "is due to discuss smuggling with the British Home Secretary at the Council in Belfast"
                # ... or at a workshop of its own, which no other rule proposes: "will discuss the findings at a roundtable in
                # Westminster on 3 May" (not a meeting named: "at a conference in Rome" is that conference's)
                # (whom with may be told by a long title and name: "with Irish Deputy Justice Minister Mary Claire Doyle in Dublin")
                r"(?= (?:(?!at\b|during\b)[\w’'-]+ ){0,4}?(?:with (?:(?!at\b|during\b)[\w’'-]+ ){1,8}?)?(?:(?:in|at) (?:the )?[A-Z]"
                r"|at (?:a|an|the) (?:[\w-]+ )?(?:workshop|seminar|roundtable|round-table)\b))"
                # ... or a body's sitting still to come, told by its day: "The council's scrutiny committee will discuss the
                # findings on Thursday" (a body discusses only when it sits)
                # ... or what it will consider, as a body does a paper at a sitting: "The board will consider a final report on
                # the scheme on 3 June" (what it is on told between)
                r"|\bdiscuss\b(?:(?<=[Cc]ommittee will discuss)|(?<=[Cc]ouncil will discuss)|(?<=[Cc]abinet will discuss)|(?<=[Bb]oard will discuss)"
                rf"|(?<=[Pp]anel will discuss))(?= (?:[\w’'-]+ ){{1,5}}?(?:on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|in (?:{'|'.join(MONTHS)})\b|next (?:week|month)\b))"
                r"|\bconsider\b(?:(?<=[Cc]ommittee will consider)|(?<=[Cc]ouncil will consider)|(?<=[Cc]abinet will consider)"
                rf"|(?<=[Bb]oard will consider)|(?<=[Pp]anel will consider))(?= (?:[\w’'-]+ ){{1,7}}?(?:on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|in (?:{'|'.join(MONTHS)})\b|next (?:week|month)\b))"
                # ... or by the sitting named after what it will discuss, asides and all (see _DISCUSSED_GAP): "The regional
                # cabinet will discuss a draft of the new fisheries code, with its annexes, at a session in March" (the
                # discussing is the meeting, and where its words start; a Council of Ministers is such a body too; a law's
                # "No." is no sentence's end)
                r"|\bdiscuss\b(?:(?<=[Cc]ommittee will discuss)|(?<=[Cc]ouncil will discuss)|(?<=[Cc]abinet will discuss)|(?<=[Bb]oard will discuss)"
                r"|(?<=[Pp]anel will discuss)|(?<=of Ministers will discuss))(?=(?:[^.;:]|(?<=\bNo)\.){1,100}? at (?:a|an|its|their|the next) (?:[\w-]+ )?"
                rf"(?:meeting|session|sitting)s? (?:on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|in (?:{'|'.join(MONTHS)})\b|next (?:week|month)\b))"
                # a witness's evidence told by its day, the committee named after it: "Giving evidence on 2 March, the minister
                # told MPs ..." (the telling that follows is the same hearing: see event_candidates)
                # (a second session told by "again": "The Minister will give evidence again on Tuesday 25 March")
                rf"|\b(?:[Gg]iving|[Gg]ave|give|gives) evidence\b(?= (?:again )?(?:on|last|yesterday|in (?:{'|'.join(MONTHS)})\b))"
                # a round of a dialogue (talks) as where something is done: "will take stock at the next round of the dialogue in May" (not
                # what a meeting was for: "met for a second round of talks")
                r"|\b(?:[Aa]t|[Dd]uring) (?:the|a) (?:(?:next|first|second|third|fourth|fifth|sixth|latest|new|last) )?round of "
                r"(?:the )?(?:[\w’'–-]+ ){0,4}?(?:[Dd]ialogue|talks|negotiations|meetings?|[Ss]ummit|[Cc]onsultations)\b"
                # a conference told as where something happened: "announced a package ..., at a conference in Erbil" (not a press
                # or news conference, nor one only spoken at: see _SPOKE_AT)
                r"|\b(?:at|during) (?:a|an) (?:(?!press\b|news\b)[\w-]+ )?conference\b"
                # a conference opened by its host is held: "opened on Tuesday the International Conference on ... in Baghdad"
                # (not a press conference, nor an office, a crossing or a workshop opened: a workshop is a trade's too)
                # (or its close to come by a host: "is expected to close the conference on Wednesday", the meeting's last day)
                r"|\b(?:opened|inaugurated|(?<=\bto )close)\b(?= (?:on [A-Z][a-z]+ |today |yesterday )?(?:a|an|the|its) (?:(?!press\b|news\b)[\w’'-]+ ){0,3}?"
                r"(?:[Cc]onference|[Ss]ummit|[Ff]orum|[Ss]eminar)\b)"
                # ... or told by its subject, in the passive or as its end, in a ministry's release: "The conference was opened at
                # 10 a.m. on Sunday by the Minister", "The Forum on Border Security concluded its work in Erbil on Monday"
                r"|\b(?:[Cc]onference|[Ss]ummit|[Ff]orum|[Ss]eminar)\b(?= (?:was|were) (?:officially )?(?:opened|inaugurated)\b"
                r"| (?:[\w’'-]+ ){0,10}?(?:concluded|closed|ended) (?:its|their) (?:work|proceedings|deliberations|sessions)\b)"
                # ... or its opening told in a relative clause, with its day: "The forum, which opened on Sunday in Erbil, ..."
                r"|\b(?:(?<=onference, which )|(?<=ummit, which )|(?<=orum, which )|(?<=eminar, which ))(?:opened|began)\b"
                r"(?= (?:on (?:\d|[A-Z])|today\b|yesterday\b))"
                # ... or gathered for, its place and day told between: "officials gathered in Baghdad on Tuesday for the second
                # International Conference on ..." (not reporters gathered for a press conference)
                r"|\b(?:gathered|convened)\b(?= (?:[\w’'-]+ ){0,6}?for (?:a|an|the|its|their) (?:(?!press\b|news\b)[\w’'-]+ ){0,3}?"
                r"(?:[Cc]onference|[Ss]ummit|[Ff]orum|[Ss]eminar|meeting|talks)\b)"
                # ... or called for its day, still to come: "the governor has called an emergency meeting of the border mayors
                # for next Monday" (not "called for a meeting", a wish; nor one called with no day, nor for a bare date, whose
                # tense the past verb would mislead)
                r"|\b(?:called|convened|summoned)\b(?= (?:an? |the )?(?:urgent |emergency |special |extraordinary )?(?:meeting|summit|session)\b"
                rf"[^.;:]{{0,80}}? for (?:next (?:week|{'|'.join(WEEKDAYS)})|tomorrow)\b)"),
    # arrived in a year is a life story's ("who arrived in 2003"); arrived on a day is a visit ("the delegation arrived on Monday")
    # a journey made to sign is that signing, no visit: "is scheduled to visit the UK in early December to sign a memorandum"
    # ... or a site named by what it is: "visited the island's reception site at Agia", "visited a tailoring workshop in Erbil"
    # (not officers' enforcement or compliance visit, a raid: "arrested after an enforcement visit to a car wash")
    ("visit", rf"\b(?:visit(?:ed|s|ing)?\b(?= (?:to |the )?[A-Z]| (?:the|a|an|its|their|his|her|our|my) (?:[\w’'-]+ ){{0,3}}?{_SITE}\b| (?:[\w’'-]+ )?{_SITE}(?<=s) (?:in|at|near|across) [A-Z])|(?<![Ee]nforcement )(?<![Cc]ompliance )visit to\b)(?![^.,;]{{0,40}}{_TO_SIGN})"
              # ... or any place, told with the day of the visit: "visited the depot on Monday morning", "visited a clinic run by
              # volunteers in Duhok on 3 May"
              # ... or an inspection carried out on its days, as an inspectorate's report closes: "The inspection was carried out
              # between 3 and 7 March 2025" (the inspectors' visit; undated, it is only how a review was done)
              rf"|(?<=[Tt]he )inspection\b(?= (?:was|were) (?:carried out|conducted|undertaken) (?:between|from|on) (?:\d|(?:{'|'.join(WEEKDAYS)})\b))"
              # ... or an inspection as the setting a clause opens with, told with its day: "On an inspection of the depot last
              # week, the minister ..." (the inspector's visit; not a search of a vehicle or goods: "On an inspection of the
              # lorry on Monday, officers found ...")
              rf"|(?:(?<=\bOn an )|(?<=\bDuring an )|(?<=\bon an )|(?<=\bduring an ))inspection\b(?![^.,;]{{0,30}}?\b(?:lorry|lorries|trucks?|vans?|vehicles?|cars?|boats?|containers?|trailers?|bus|coach|cargo|luggage|bags?|documents?|passports?)\b)(?= (?:there |(?:of|at|to) (?:the |a |an )?(?:[\w’'-]+ ){{1,3}}?)?"
              rf"(?:last (?:week|month|year)|earlier this (?:week|month|year)|on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|in (?:{'|'.join(MONTHS)})\b))"
              # ... or a consular visit to nationals held abroad, by the diplomats who made it: "embassy staff had visited the
              # detainees" (not "police visited the families": consular or embassy staff named before)
              r"|(?:(?<=[Cc]onsular staff had )|(?<=[Ee]mbassy staff had )|(?<=[Cc]onsular officials had )|(?<=[Cc]onsular staff )"
              r"|(?<=[Ee]mbassy staff )|(?<=[Cc]onsular officials )|(?<=[Cc]onsuls had ))visited\b(?= (?:the|all|both) (?:[\w-]+ )?"
              r"(?:passengers|detainees|prisoners|migrants|nationals|citizens|men|women|survivors)\b)"
              # ... or a trip there told with the day of it: "on her day trip to the Kurdistan Region on Wednesday"
              rf"|\bday trip to\b(?= (?:the )?[A-Z][^.;\n]{{0,40}}? on (?:{'|'.join(WEEKDAYS)})\b)"
              # (or some of a group named: "will visit one of the hotels on Friday")
              rf"|\bvisit(?:ed|s|ing)?\b(?= (?:the|a|an|its|their|his|her|(?:one|two|three|some|several|each) of (?:the|its|their)) (?:[\w’'-]+ ){{1,6}}?(?:on (?:{'|'.join(WEEKDAYS)}|\d{{1,2}} (?:{'|'.join(MONTHS)}))\b|in (?:{'|'.join(MONTHS)})\b|yesterday\b|this (?:morning|afternoon)\b|(?:next|last|this) (?:week|month)\b))"
              # ... or named by its visitor, its day right after: "the minister's visit next month will focus on jobs"
              rf"|(?<=[’']s )visit\b(?= (?:(?:next|last|this) (?:week|month)|on (?:{'|'.join(WEEKDAYS)}|\d{{1,2}} (?:{'|'.join(MONTHS)})))\b)"
              # ... or named by who makes it, the place after (as "visit to" is): "will join a visit by the two interior
              # ministers to Calais next week"
              r"|\bvisit\b(?= by (?:[\w’'-]+ ){1,8}?to (?:the )?[A-Z])"
              # ... or as the setting of what was done: "the gates were switched on during a visit by the consul"
              r"|(?<=\b[Dd]uring a )visit\b(?= by (?:the |[A-Z]))"
              r"|\bmission\b(?= (?:[\w’'-]+ ){0,4}?to [A-Z])"
              # ... or a visitor a body will send there, told with the day: "would send an official to Dover on Wednesday", "will
              # send a consular team to Calais next week" (not an officer posted, no day told: "will send a liaison officer to Erbil")
              rf"|\bsend\b(?:(?<=\bwill send)|(?<=\bwould send)|(?<=\bto send))(?= (?:a|an|one|two|three) (?:[\w-]+ ){{0,2}}?"
              r"(?:official|officer|diplomat|envoy|delegation|team|minister|representative)s? to (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)? "
              rf"(?:on (?:\d{{1,2}} (?:{'|'.join(MONTHS)})|(?:{'|'.join(WEEKDAYS)}))\b|next (?:week|month)\b|tomorrow\b))"
              # ... or no place named, the place told before, its day straight after a plan's verb: "she is expected to visit on
              # 3 April" (not a right or a habit: "Relatives are allowed to visit on Sunday")
              rf"|\bvisit\b(?:(?<=\bwill visit)|(?<=expected to visit)|(?<=due to visit)|(?<=scheduled to visit)|(?<=set to visit))"
              rf"(?= on (?:\d{{1,2}} (?:{'|'.join(MONTHS)})|(?:{'|'.join(WEEKDAYS)}))\b)"
              # a stay at a place, told with its day, week or month (not a year: a life story's "was in Iraq in 2003"): "will be
              # in Baghdad in October for talks", "I was in Erbil in April" (a person's: not "the boat was in Calais")
              rf"|\bbe in\b(?:(?<=\bwill be in)|(?<=\bto be in))(?= [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? {_STAY_DAY})"
              rf"|\b(?:was|were) in\b(?:(?<=\bI was in)|(?<=\b[Ww]e were in)|(?<=\b[Hh]e was in)|(?<=\b[Ss]he was in)|(?<=\b[Tt]hey were in))"
              rf"(?= [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? {_STAY_DAY})"
              # ... or told as the time spent there: "I spent a week in Duhok and Zakho in March"
              # ... or to be spent, aboard a ship too: "is due to spend a night aboard in November", "will spend two days in Basra"
              rf"|\b(?:spent\b(?:(?<=\bI spent)|(?<=\b[Ww]e spent)|(?<=\b[Hh]e spent)|(?<=\b[Ss]he spent)|(?<=\b[Tt]hey spent))"
              rf"|spend\b(?:(?<=\bto spend)|(?<=\bwill spend)))"
              rf"(?= (?:a|an|one|two|three|four|five|six|ten|several|a few) (?:days?|nights?|weeks?|months?) (?:in [A-Z][\w’'-]+"
              rf"(?:,? (?:and )?[A-Z][\w’'-]+){{0,3}}|(?:aboard|on board)(?: (?:the|a|an|one of the) (?:[\w’'-]+ ){{0,2}}?[\w’'-]+)?) {_STAY_DAY}"
              # ... or one day there, its day told before it as a diary tells it: "Last Friday I spent the day at the Port of Dover"
              rf"| (?:the|a) (?:day|morning|afternoon) (?:at|in) (?:the )?[A-Z])"
              # ... or told as what took place, an aside between: "Her visit, her first to Iraq as minister, took place on 14 and
              # 15 January"
              r"|(?:(?<=[’']s )|(?<=\b[Hh]er )|(?<=\b[Hh]is )|(?<=\b[Tt]heir )|(?<=\b[Tt]he ))visit\b(?=(?:, [^,;.]{1,60},)? (?:took place|takes place|will take place)\b)"
              r"|\b(?:landed|arrived) in\b(?! (?:19|20)\d\d)"
              # ... or one to come, told with its place: "is expected to arrive in Baghdad on 3 March", "will arrive in Erbil"
              # (not a month, when it comes, nor a thing's arrival: "the first of which is due to arrive in June")
              rf"|(?:(?<=\bto )|(?<=\bwill ))arrive in\b(?= (?!(?:{'|'.join(MONTHS)})\b)[A-Z])"
              # (not days counted, when crossings came: "Boats arrived on 63 days of the quarter")
              rf"|\barrived\b(?= (?:on (?:\d{{1,2}}(?![\d,]|[ -]days?\b)|{'|'.join(WEEKDAYS)})|yesterday|today|this (?:morning|afternoon|evening|week)|last (?:night|week)))"
              # (not events of a series expected there, no visitor's: "the next events, which are expected in Ranya in May")
              # (nor one made for a meeting named, which is that planned meeting, as a journey "to travel to" one is: "is expected
              # in Baghdad next month for the third meeting of the joint committee")
              rf"|(?<!events, which )(?<!meetings, which )(?<!events )(?<!meetings )\b(?:is|are) (?:due|expected) in (?!(?:{'|'.join(MONTHS)})\b)(?=[A-Z])"
              rf"(?![^.,;]{{0,40}}{_FOR_A_MEETING})"
              # ... or on an island named, as one is on it: "is due on Crete on Friday" (not a day: "is due on Monday")
              rf"|(?<!events )(?<!meetings )\b(?:is|are) (?:due|expected) on (?!(?:{'|'.join(MONTHS)}|{'|'.join(WEEKDAYS)})\b)(?=[A-Z][a-z])"
              # ... or at a site named, not a court (a hearing's: see "court_ruling"): "a delegation is expected at Heathrow next month"
              r"|\b(?:is|are) (?:due|expected) at (?=[A-Z])(?!(?:[\w’'-]+ ){0,4}?(?:Court|Tribunal)s?\b)"
              # ... or back there: "A consular team is due back at Grande-Synthe on 4 November"
              r"|\b(?:is|are) (?:due|expected) back (?:in|at|to) (?:the )?(?=[A-Z])"
              # ... or a party named as expected there, with no verb of its own: "with a delegation of the German Federal Police
              # expected in Erbil next week"
              r"|\bdelegations?\b(?= (?:of|from) (?:(?!is\b|are\b|was\b|were\b)[\w’'-]+ ){1,6}?(?:due|expected) in (?=[A-Z]))"
              # ... or goes on to a second place: "travels on to Baghdad on Friday for talks"
              # (the bare form only as a verb: not the noun, "pays for minibus travel to away games")
              # (not a journey attempted, a migrant's: "most of whom later tried to travel on to Britain")
              # ... or as a gerund, the next leg of a programme: "is due to meet the prime minister on Thursday before
              # travelling to Erbil on Friday", "is travelling to Basra next week"
              rf"|\b(?:travel(?:led|ed|s)|(?:(?<=\bbefore )|(?<=\bis )|(?<=\bare ))travell?ing|(?:(?<=\bto )(?<!tried to )(?<!trying to )(?<!attempted to )|(?<=\bwill )|(?<=\bwould )|(?<=\bcould )|(?<=\bcan )|(?<=\bshall )|(?<=\bmay )"
              rf"|(?<=\bmight )|(?<=\bmust )|(?<=\band )|(?<=\balso )|(?<=\bthen )|(?<=\b[Ww]e )|(?<=\b[Tt]hey )|(?<=\bI )|(?<=\byou ))travel) (?:on )?to\b(?![^.,;]{{0,40}}(?:{_TO_SIGN}|\bto (?:meet|attend|hold|chair|co-chair)\b|{_FOR_A_MEETING}))"
              # (nor one whose purpose follows as a clause of the place: "travels on to Basra, where she will meet the governor")
              rf"(?![^.;]{{0,40}}?, where (?:[\w’'-]+ ){{1,3}}?(?:will|is to|are to|is due to|are due to) (?:meet|sign|attend|hold)\b)"
              # a return planned to a place: "he will return to Zakho on Friday" (people returned are no visit: see _not_an_event)
              # a flight to a place: "who flies to Baghdad next week for talks" (the talks its purpose; not "flies back"), or into
              # it: "who flew into Amman on Sunday"
              # (a flight to sign or meet is that event: see travel below)
              # ... or as a gerund, the next leg of a programme, its bearing told: "before flying north to Erbil on Wednesday"
              rf"|\b(?:flies|fly|flew|(?:(?<=\bbefore )|(?<=\bis )|(?<=\bare ))flying) (?:on |(?:north|south|east|west) )?(?:to|into)\b(?= [A-Z])(?![^.,;]{{0,40}}(?:{_TO_SIGN}|\bto (?:meet|attend|hold|chair|co-chair)\b|{_FOR_A_MEETING}))"
              # (nor one whose purpose follows as a clause of the place: "travels on to Basra, where she will meet the governor")
              rf"(?![^.;]{{0,40}}?, where (?:[\w’'-]+ ){{1,3}}?(?:will|is to|are to|is due to|are due to) (?:meet|sign|attend|hold)\b)"
              r"|\breturn to\b(?:(?<=\bwill return to)|(?<=\bto return to))(?= [A-Z])"
              # a site inspected: "the minister will inspect the new crossing on Monday"
              # (or a stretch of a barrier, its day told between: "inspected on Sunday the new section of the border fence")
              rf"|\binspect(?:ed|s|ing)?\b(?=(?: on (?:{'|'.join(WEEKDAYS)})| yesterday| today)? {_INSPECTED_SITE})"
              # a place toured: "the envoy toured the camp on Monday", "will tour the new crossing" (not "a tour"; nor one told
              # as the setting of what was done on it, as a press conference is an announcement's: "toured the camp on Saturday,
              # during which she met three families" is that meeting; but what was only looked at there is the tour's own:
              # "toured the port on Monday, where she inspected new scanners")
              r"|\b(?:toured|tour(?:(?<=\bwill tour)|(?<=\bto tour)))\b(?![^.;]{0,80}?, (?:during which|in which|where)\b"
              r"(?! (?:he|she|they|the [\w-]+) (?:also )?(?:inspected|saw|viewed|watched|(?:was|were) shown)\b))"
              r"(?= (?:the |a |an |its |their |his |her )?(?:[\w’'-]+ ){0,3}?(?:[A-Z]|(?:fair|camp|crossing|port|site|centre|center|"
              r"facilit(?:y|ies)|project|school|factory|workshop|border|checkpoint|base|prison|hospital|village|town|city|district|"
              r"area|region|ship|vessel|cutter|office|headquarters|market|exhibition|scheme)s?\b))"
              # a group led to a place: "would lead a group of committee members to Erbil", "led a delegation to Baghdad"
              r"|\b(?:lead|leads|leading|led)\b(?= (?:a|an|the|her|his|its|their) (?:[\w-]+ ){0,3}?(?:group|delegation|team)s?"
              r"(?: of(?: [\w’'-]+){1,4}?)? to [A-Z])"
              # a place come to, dated (see _not_an_event): "officers came to the Solent last month" (not "came to power")
              # ... or a site named by what it is: "the minister came to the port yesterday" (a visit; its day required as above)
              rf"|\bcame to\b(?= (?:the )?(?:[A-Z]|(?:[\w-]+ )?{_SITE}\b))"
              # ... or still to come: "a delegation will come to Erbil in December", "is due to come to London next week"
              # (not an offer: "companies ready to come to Erbil in the spring")
              r"|\bcome to\b(?:(?<=\bwill come to)|(?<=\bto come to)|(?<=\bshall come to))(?<!\bready to come to)(?<!\bwilling to come to)(?<!\bkeen to come to)(?= (?:the )?[A-Z])"
              # ... or told in the present, as a schedule: "is coming to Dover in July" (dated: see _not_an_event)
              r"|\bcoming to\b(?:(?<=\bis coming to)|(?<=\bare coming to))(?= (?:the )?[A-Z])"
              # a visitor welcomed to the host's own site: "we welcomed the minister, Jane Doe, to our clinic in Duhok" (not a
              # decision welcomed: no site after "to")
              rf"|\bwelcomed\b(?= (?:[\w’'-]+,? ){{1,8}}?to (?:our|the|its|their|his|her) (?:[\w’'-]+ ){{0,2}}?{_SITE}\b)"
              # ... or a delegation welcomed, wherever it came: "I welcomed a delegation from the ministry to our offices" (not
              # what a delegation did: "welcomed the delegation's offer", "welcomed a delegation's report")
              r"|\bwelcomed\b(?= (?:a|an|the) (?:[\w’'-]+ ){0,2}?delegations? (?:of|from|led by)\b)"),
    # ... or a round of talks: "will host the next round of the dialogue in October"
    # ... or an event of a series of debates: "hosted the third event in its Borders in Focus series", "hosts a roundtable"
    # (a named one capitalised: "will host the second UK–Iraq Migration Dialogue"; not its host's name: "hosted by the Lisbon Forum")
    ("host", r"\bhost(?:s|ed|ing)? (?!by\b)(?:a |an |the )?(?:[\w’'–-]+ ){0,3}?(?:[Cc]onference|meeting|[Ss]ummit|talks|[Ff]orum|[Dd]ialogue|round(?= of\b)"
             r"|event|debate|roundtable|round-table|seminar|workshop|panel discussion|working group)\b"
             # visitors hosted are a meeting: "will host Iraqi, British and American border officials in Baghdad"
             # (not staff posted there: "the office would host four liaison officers")
             # ... a title capitalised too: "hosted on Monday the Deputy Minister of Interior"
             # ... or a body's head, named by the post: "will host the chairman of the Border Ports Commission next week" (not
             # a head's office: "hosts the director's office", nor a rate: "hosts more people per head of population")
             r"|\bhost(?:s|ed|ing)? (?!of\b|by\b)(?:[\w’'-]+,? ){0,5}?(?:officials?|delegations?|[Mm]inisters?|counterparts?|[Ee]nvoys?|leaders?|chiefs?|[Aa]mbassadors?|representatives?"
             # (or a force's commander: "will host the Commander of the Coast Guard next week")
             r"|[Cc]hairm[ae]n|[Cc]hairwom[ae]n|[Cc]hairpersons?|[Dd]irectors?(?![’'])|[Gg]overnors?(?![’'])|(?<=[Tt]he )[Hh]eads?(?= of\b)|[Hh]eads(?= of\b)"
             r"|(?<=[Tt]he )[Cc]ommanders?(?= of\b)|[Cc]ommanders(?= of\b))\b"),
    ("publication", r"\b(?:released|published) (?:new |its |a |the )?(?:data|figures|a report|report|statistics)\b"
                    # statistics (a report) told due on their day: "The next quarterly asylum statistics are due on Tuesday 10 June"
                    r"|\bdue\b(?:(?<=statistics are due)|(?<=figures are due)|(?<=report is due))(?= (?:on|out on) (?:\d|[A-Z][a-z]+day\b))"
                    # ... or the release named as the noun: "The next quarterly statistics release is on 14 August 2025"
                    r"|\brelease\b(?<=statistics release)(?= is (?:due )?(?:on|out on) (?:\d|[A-Z][a-z]+day\b))"
                    # ... or a company's results reported on their day: "the group will report full-year results on 4 March"
                    r"|\breport\b(?:(?<=will report)|(?<=to report))(?= (?:its |their )?(?:[\w-]+ ){0,2}?results (?:on|in) )"
                    # ... or published on their day, still to come: "Harland Marine is due to publish its full-year results on 12
                    # March" (not results withheld, their day untold: "refused to publish the results in full")
                    rf"|\bpublish\b(?:(?<=will publish)|(?<=due to publish)|(?<=expected to publish))(?= (?:its |their )?(?:[\w-]+ ){{0,2}}?results "
                    rf"(?:on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|in (?:{'|'.join(MONTHS)})\b))"
                    # a report someone will send or issue: "would send a prevention of future deaths report to the Home Office"
                    r"|\b(?:send|issue)\b(?:(?<=will send)|(?<=would send)|(?<=to send)|(?<=will issue)|(?<=would issue)|(?<=to issue))"
                    r"(?= (?:a|an|her|his|its|their) (?:[\w’'-]+ ){0,4}?report\b)"
                    # a report to be published, in the passive with its date: "a joint review is expected to be published in November"
                    r"|\bbe (?:published|released)\b(?:(?<=\bto be published)|(?<=\bto be released)|(?<=\bwill be published)|(?<=\bwill be released))"
                    # a report told before its verb: "whose report was published on Monday", "a study published today by ..."
                    r"|\b(?:published|released)\b(?=,? (?:on|in|today|yesterday|last|this|next|earlier|by|at the end)\b"
                    # ... or its day and month bare after it, as a title page or summary dates it: "Annual review, published
                    # 4 March" (only with a report named: see _not_an_event)
                    rf"| \d{{1,2}} (?:{'|'.join(MONTHS)})\b)"
                    # ... or bare at its line's end, as a diary's item tells it: "- 26 February: quarterly crime statistics
                    # published" (only with a report or statistics named just before, under a date: see _not_an_event)
                    r"|\b(?:published|released)(?=[ \t]*(?:\n|\Z))"
                    # ... or launched, the report named just before: "A report launched today in Baghdad by UNODC finds ..."
                    r"|\blaunched\b(?<=(?:report|review|survey) launched)(?= (?:on|today|yesterday|last|this|earlier)\b)"
                    # ... or in the present, its day right after: "according to a report the charity publishes today"
                    rf"|\b(?:publishes|releases)\b(?= (?:today|tomorrow|on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)))"
                    # ... or its day right before, the report named after its title: 'The charity today publishes "Rooms
                    # Without Windows", a report on ...' (not figures: a count is told with them)
                    r"|(?:(?<=\btoday )|(?<=\btomorrow ))(?:publishes|releases)\b(?= [^.;]{0,60}?\b(?:report|review|study|survey|findings|briefing|paper)\b)"
                    # ... or the next release of statistics, told with its day (see _not_an_event): "will publish its next
                    # quarterly figures on 21 May" is a planned publication (tests/articles/README.md)
                    # ... or any release still to come (the bare verb: "will publish", "to release"), its figures named by their
                    # article: "will publish the full annual returns figures for 2025 on 3 June" (not figures cited: "published")
                    r"|\b(?:publish|release)\b(?= (?:(?:its |their |the )?next |its |their |the )(?:[\w-]+ ){0,3}?(?:figures|statistics|data)\b)"
                    # ... or the next edition or issue of a series still to come: "will publish the next bulletin, covering the
                    # spring, on 4 August" (not one told as published, "published the first edition of its guide")
                    r"|\b(?:publish|release)\b(?= (?:its |their |the )next (?:[\w-]+ ){0,2}?(?:edition|issue|bulletin|instalment)\b)"
                    # a report to be published, told with a day of its own (see _not_an_event): "will publish its report in the
                    # spring", "publishes its annual review today" (not figures or data, words any count is told with)
                    # (up to four words before the noun: "will publish its annual reintegration sustainability report in December"; a
                    # survey as a study is: "published a survey in August of 150 returnees")
                    # (a title's "of" too, between its capitals: "will publish a revised Nation of Welcome plan in May")
                    r"|\b(?:publish(?:es|ing|ed)?|release[sd]?)\b(?= (?:its |their |a |an |the |his |her )?(?:[A-Z][\w’'-]* of (?=[A-Z])|(?!of\b)[\w’'-]+ ){0,4}?"
                    # (a title's capitals too: "publishes its Annual Report 2025")
                    # (a country note's title too: "will publish an updated Country Policy and Information Note in June")
                    # (a strategy is a document published as a report is: "will publish a revised accommodation strategy in April")
                    # (a code of practice, guidance or a list of names is a document published as a report is: "will publish a
                    # revised code of practice for landlords in May", "will publish the names of the firms fined next month")
                    # (a plan is a document published as a strategy is: "will publish a refreshed resettlement plan in June")
                    r"(?:[Rr]eport|[Rr]eview|study|survey|findings|assessment|evaluation|inspection|audit|breakdown|analysis|briefing|paper|article|(?:Information )?Note|[Ss]trateg(?:y|ie)|[Pp]lan"
                    # (a guideline a council issues is published as guidance is: "published its first definitive guideline")
                    r"|[Cc]odes? of [Pp]ractice|guidance|guidelines?|names(?= of\b))s?\b"
                    # ... or official statistics, only as a diary's item (see _not_an_event): "publishes quarterly immigration statistics"
                    r"| (?:its |their |the |new )?(?:[\w-]+ ){0,3}?statistics\b)"
                    # a report laid before Parliament is published there, told with a day of its own: "the report will be laid
                    # before Parliament in January" (see _REPORT_BEFORE), "will lay its annual review before Parliament in March"
                    rf"|\blaid (?:before|in) {_PARLIAMENT}"
                    r"|\b(?:lay|lays|laid)\b(?= (?:its |their |a |an |the |his |her )?(?:(?!of\b)[\w’'-]+ ){0,3}?"
                    rf"(?:report|review|study|findings|assessment|evaluation|inspection|audit)s? (?:before|in) {_PARLIAMENT})"
                    # ... or the report named just before, its laying told in a clause of its own: "my annual report, which I will
                    # lay before Parliament on 24 March" (with a day of its own: see _not_an_event)
                    r"|(?:(?<=report, which )|(?<=review, which )|(?<=reports, which )|(?<=inspection, which )|(?<=assessment, which ))"
                    rf"(?:I|we|it|he|she|they) (?:will|shall|(?:intends?|plans?|am|is|are) to) lay\b(?= (?:it |them )?before {_PARLIAMENT})"),
    ("announcement", r"\b(?:announced|unveiled)\b"
                            # money announced in a sketch's present (see _sketch): "announces £3.2 million for ..."
                     r"|\bannounces\b(?= (?:a further |an extra |another )?[£$€]\d)"
                     # ... or the noun, told with its day: "the minister's announcement on 3 June of a £9 million package"
                     rf"|\bannouncement\b(?= on (?:\d{{1,2}}(?:st|nd|rd|th)? (?:{'|'.join(MONTHS)})\b|(?:{'|'.join(WEEKDAYS)})\b))"
                     # a minister's announcement made in the statement itself: "I can today announce a further £3 million", "I am
                     # pleased to announce", "we are today announcing"
                     r"|\bannounce\b(?:(?<=can today announce)|(?<=can now announce)|(?<=I can announce)|(?<=[Ww]e can announce)"
                     r"|(?<=pleased to announce)|(?<=delighted to announce)|(?<=able to announce)|(?<=glad to announce))"
                     # ... or money still to be announced: "is expected to announce £1.5 million for ...", "will announce a further
                     # £2 million" (a planned announcement; not "refused to announce", which tells none)
                     r"|\bannounce\b(?:(?<=expected to announce)|(?<=due to announce)|(?<=set to announce)|(?<=will announce))"
                     r"(?= (?:a further |an extra |another |a new )?[£$€]\d)"
                     r"|\bannouncing\b(?<=\bby announcing)(?= (?:a further |an extra |another |a new )?[£$€]\d)"  # what a speech opened with: "opened by announcing £18 million"
                     # ... or the participle opening its sentence, what was announced its object, the one who did its subject:
                     # "Announcing the grant, the minister said" (not "Announcing cuts is never easy": a comma after the object)
                     r"|(?<![\w’'-] )Announcing\b(?= (?:the|a|an|this|these|its|their|his|her|today's) (?:[\w’'-]+ ){0,3}?[\w’'-]+, (?:the |a |an )?[A-Z])"
                     r"|\bannouncing\b(?:(?<=am today announcing)|(?<=are today announcing)|(?<=I am announcing)|(?<=[Ww]e are announcing))"
                     # a plan set out by someone: "the labour minister set out a jobs plan for the districts" (not a document's
                     # contents: "the memorandum sets out a plan", see _DOCUMENT_BEFORE; nor "set out the package" announced before)
                     r"|\bset out\b(?= (?:a|an) (?:[\w-]+ ){0,3}?(?:plan|strategy|scheme|package|proposals?|"
                     r"programme|roadmap|blueprint)s?\b"
                     # ... or set out in a speech of its own (not its contents told again): "has set out the package in a speech"
                     r"| (?:the|its|their|his|her) (?:[\w-]+ ){0,3}?(?:plan|strategy|scheme|package|proposals?|programme|roadmap|blueprint)s? "
                     r"in (?:a|an|his|her|their|its) (?:[\w-]+ )?(?:speech|statement|address|lecture)\b)"
                     # a cabinet's decision told by its day, as its decree is announced: "The Cabinet decided on Monday to waive
                     # the fee" (not a decision told with no day, nor one still to come: see "decide" under "meeting")
                     r"|\bdecided\b(?:(?<=Council of Ministers decided)|(?<=[Cc]abinet decided))(?= (?:on (?:(?:"
                     rf"{'|'.join(WEEKDAYS)})|\d{{1,2}} (?:{'|'.join(MONTHS)}))\b|yesterday|today) to\b)"
                     # a body's confirmation (see _BODY_BEFORE): "The Home Office confirmed last week that ..."
                     r"|\bconfirmed\b"
                     # money the writer's own government pledged, as a minister's foreword tells it: "In November 2024 we pledged
                     # £800,000" (not "pledged to"; nor a third party's pledge, which a report tells as funding: "the Commission
                     # on Monday pledged €45 million")
                     r"|\bpledged\b(?:(?<=\b[Ww]e pledged)|(?<=\bI pledged))(?= (?:a further |an extra |another |a total of |more than |over |nearly |almost |about |some )?[£$€]\d)"
                     # an order or decision to set something up: "has ordered the creation of a new unit"
                     r"|\b(?:ordered|approved|authori[sz]ed|decreed|directed|instructed) the (?:creation|establishment|formation|setting[- ]up|launch) of\b"
                     # ... or an order that things be done: "has ordered all border posts to be connected to it by June 2026"
                     r"|\b(?:ordered|instructed|directed)\b(?= (?:all|the|every|each) (?:[\w’'-]+ ){0,4}?to be\b)"
                     # ... or a body's order told as what something made it give: "the seizures prompted the Customs Authority to
                     # order checks on every lorry" (a body named: not "prompted calls to ban")
                     r"|\b(?:prompted|forced|led)\b(?= (?:the )?(?:[A-Z][\w’'-]* ){1,5}?to (?:order|impose|introduce|ban|suspend|halt)\b)"
                     # a body's launch of a unit or a scheme, told with its day (see _not_an_event): "The ministry on Monday
                     # launched a dedicated unit to tackle forgery"
                     r"|\blaunched\b(?= (?:a|an|its|their|the) (?:[\w’'-]+ ){0,3}?(?:unit|team|task ?force|cell|directorate|office|"
                     r"centre|center|hotline|helpline|campaign|programme|program|scheme|service|platform|initiative"
                     # ... or a committee's inquiry (not police's investigation): "The Home Affairs Committee has today launched an inquiry"
                     r"|inquiry|inquiries|consultation)s?\b)"
                     # a government's designation under its sanctions regime, told by whom it counts: "The UK has today
                     # sanctioned four people and two firms" (not a person "sanctioned" by a benefits office: no count)
                     rf"|\bsanctioned\b(?= (?:a further |another )?(?:\d+|{_NUMBER_WORDS}) (?:more |further )?(?:individuals|people|men|women|"
                     r"companies|entities|firms|members|smugglers|traffickers|businesses)\b)"),
    # a post to be taken up, told with its day: "will take up the post in June", "is due to take up his new role on 1 May"
    # (not officers sent to take up posts with no day told: "arrived to take up their posts")
    ("taking_office", r"\btake up\b(?:(?<=will take up)|(?<=due to take up)|(?<=is to take up)|(?<=expected to take up)|(?<=set to take up))"
                      r"(?= (?:the|his|her|their) (?:new )?(?:post|role|position|office|job|appointment)\b"
                      rf" (?:in (?:(?:{'|'.join(MONTHS)})\b|(?:19|20)\d\d\b)|on (?:\d|(?:{'|'.join(WEEKDAYS)})\b)|from \d|next (?:week|month|year)\b))"),
)
# the subject of an event told as one more thing done on the occasion told just before: "The two ministers also signed ..."
# (a short subject, no clause before it)
# (or the one who met or visited, named again by a pronoun alone: "X met Y in Baghdad today. He announced £2 million of ...")
# a past participle set off after an event's object with a date of its own: "to review a campaign, launched in May," (the thing's date)
_PARTICIPLE_ASIDE = re.compile(r", (?:first |originally |only )?(?:launched|set up|signed|agreed|opened|founded|established|created|introduced"
                               r"|started|begun|adopted|approved|built|rolled out) (?:in|on|last|this|earlier|early|late) ")
_ALSO_SUBJECT = re.compile(r"(?:[\w’'-]+ ){1,4}also $|(?:He|She) $")
# ... or its parties named again as two, the occasion's own, in the paragraph after it too: "X today hosted Y. [new paragraph]
# The two ministers signed a memorandum" (that day's signing)
_PARTIES_SUBJECT = re.compile(r"The two (?:[\w-]+ )?(?:ministers|sides|leaders|delegations|governments|countries|officials) (?:also )?$")
_OCCASIONS = ("meeting", "visit", "signing")
_DONE_AT_OCCASIONS = ("signing", "announcement", "meeting")  # (not police's arrests: "Police also arrested three men")
_WHEN_PAST = re.compile(r"\bwhen\b[^,;.]*$")
# a meeting that is the purpose of a journey told in the present, as news tells a schedule: "in May she travels to Zakho to
# meet the families" (planned, whatever day it has)
# (its day may stand between the place and the purpose: "travels to Rome on Wednesday to meet", "flies to Paris next week to co-chair")
_JOURNEY_TO_MEET = re.compile(r"\b(?:travels|flies|goes|heads) to (?:[A-Z][\w’'-]*,? ){1,3}(?:(?:on|this|next) [\w-]+ |[Tt]omorrow )?to (?:co-)?$")
_SET_DOWN = ("pencilled in", "penciled in", "scheduled", "timetabled")  # a bill's stage set down for its day (see EVENT_VERBS)
_PRESENT_JOURNEY = re.compile(r"(?:travels|flies|visits)\b")
# the bare present as a plural subject's schedule ("Interior ministers meet in London on Tuesday"), not after an auxiliary or a
# negation ("did not meet on Tuesday", "could meet on Friday": no schedule told), nor a habit ("meet every Tuesday")
_BARE_AUX_BEFORE = re.compile(r"\b(?:not|n[’']t|did|do|does|could|can|cannot|might|may|must|should|to)\s+$")
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$")
# ... and so of any event told with its recurring day ("meet in Berlin every Thursday", "visit each week"), ...
# in its own clause ("talks every year" an accord commits to stays a planned meeting, as its gold has it)
_EVERY_DAY = re.compile(r"(?:(?!\bthat\b)[^,;.])*?\b(?:every|each)\s+(?:(?:other|second)\s+)?"
                        r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|day|morning|evening|week)\b")
# a decision's item, told by its infinitive: "1. To establish a directorate", "(b) To publish a report"
_DECISION_ITEM = re.compile(r"[ \t]*\(?(?:\d{1,2}|[a-z])[.)] To ")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PERIOD_COVERED = re.compile(r"\b(?:for|covering)\s+$")
# one scan for every type, each a named group: at one position the type listed first wins, and a match consumes its
# words, so each verb is one event
_EVENT_RE = KindScan(EVENT_VERBS)
# a word every event pattern holds: most sentences have none and are not searched with the alternation
_ANY_EVENT = keywords(
    "decided arraigned press meetings session pencilled penciled scheduled timetabled announcement agreed raid raids retire retired retires brought sign signed signs signing sentenced sentence sentences convicted jailed jailing found acquitted cleared hear ruled arrested "
    "lost detained arrests briefed met meet meets meeting held hold holds holding talks summit visit visited visits visiting "
    "landed arrived travel travelled traveled travels host hosts hosted hosting released published announced struck sealed packed "
    "clinched due expected ordered approved authorised authorized decreed caged locked imprisoned got gets received given handed caught nicked swooped "
    "fined ratified ratifies ratify mission unveiled toured tour lead leads leading led came adjourned deferred adjourning began hearing hearings trial trials evidence question review reviewed reviews reviewing return inspect "
    "inspected inspects inspecting inspection cancelled canceled refused granted rejected dismissed turned upheld quashed overturned committee inquiry rule rules hand hands board "
    "appeared discussed opened inaugurated round dialogue threw throws thrown went prompted forced "
    "deliver delivers delivered agree conclude finalise finalize confirmed sentencing retrial retrials receiving detaining detain detains gave stand heard "
    "concluded debate sent send issue issued declined launched remanded remanding instructed directed set broken broke breaks dismantled dismantles busted busts smashed smashes raided picked rounded arrest laid lay lays publish publishes publishing release releases report conference forum workshop seminar appear "
    "record recorded records recording returned returns returning referred chaired chairs chairing presided flies fly flew flying sanctioned questioned summon summons summoned summoning "
    "imposed arresting failed proceedings called decide begin open start discuss reduced substituted giving gave made announce announces announcing consider froze come coming welcomed conviction brief briefing jails makes concluding present presents presented allowed listed ruling judgment judgement validated convalidated validates promulgated plea pleas raise spent spend delegation delegations pledged convictions goes go panel symposium roundtable round-table webinar event gathered convened spoke spoken attend action judicial working raised tried take")
# "the pact the two countries struck", "sealed a deal": struck, sealed or clinched sign only a deal
_DEAL_NEAR = re.compile(r"\b(?:deal|pact|agreement|accord|memorandum|treaty)s?\b")
# an arrival of people counted, not a visit ("36,816 people arrived in the UK", "most of them landed in Kent")
# ... a number before it, but not a clock time's ("At 11:20 the minister arrived in Erbil")
# ... nor an aircraft landing ("The plane left Teesside just after two and landed in Erbil")
_CROWD_BEFORE = re.compile(r"(?<![\d:.])\d[\d,]*(?![\d:.])"
                           r"|\b(?:people|migrants|refugees|seekers|boats|dinghies|them|passengers|families|children|"
                           r"planes?|flights?|aircraft|jets?|charters?)\b")
# ... the sentence's subject a craft: "A returns flight carrying ...", "The charter plane"
_CRAFT_SUBJECT = re.compile(r"(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Aa]nother) (?:[\w-]+ ){0,3}?(?:planes?|flights?|aircraft|jets?|charters?)\b")
# people counted as convicted over a period are a figure, not an event ("112 smugglers were convicted in the year
# ending March", "a dozen smugglers had been convicted since the deal", "40 had so far been convicted"); a verdict on a day is one
# ... the count the subject's own, not one in the clause before a "when" clause ("seized 86 passports when the men were arrested")
_COUNTED_SUBJECT = EndsOnWords(re.compile(r"(?:\d|\b(?:dozen|hundreds|dozens|[a-z]+teen|twenty|thirty|forty|fifty|two|three|four|five|six|"
                              r"seven|eight|nine|ten|eleven|twelve)\b)(?:(?!\b(?:when|while|after|before|until|because|once|where)\b)[^,;:.]){0,40}\b(?:were|(?:had|have)\s+(?:already\s+|now\s+|also\s+|so\s+far\s+)?been)\s+"
                              # (another participle joined before it: "1,200 people were intercepted or arrested in the first half")
                              r"(?:[a-z]+ed\s+(?:or|and)\s+)?$", re.IGNORECASE), ("were", "been", "or", "and"))
# ... and so are people arrested over a period: "312 smugglers have been arrested since January", "arrested 87 suspects
# between 1 July and 30 September" (a date range, "between"/"from" one date "and"/"to" another)
_OVER_A_PERIOD = re.compile(r"\b(?:since|so far|over the (?:past|last|same)|in the (?:first|last|past)|this year|last year|"
                            r"in (?:19|20)\d\d)\b", re.IGNORECASE)
# ... but not a group told before, named again by "the" and its number: "The four were convicted in March" (one verdict)
_GROUP_AGAIN = re.compile(rf"\b[Tt]he (?:\d{{1,2}}|{_NUMBER_WORDS}) (?:men |women |defendants )?(?:were|(?:had|have) been)\s+$")
_RANGE_FROM = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+$")
_DAYS_BEFORE = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:and|to|until|[-–])\s*$")  # "between 3 and 9 March"
# ... or of months, the first without its year: "between January and September 2025", "from March to June 2024"
_MONTHS_BEFORE = re.compile(rf"\b(?:[Bb]etween|[Ff]rom)\s+(?:{'|'.join(MONTHS)})\s+(?:and|to|until|[-–])\s*$")
_RANGE_TO = re.compile(r"\s+(?:and|to|until)\s+")
_COUNTED = ("court_ruling", "arrest")
# ... but a court named as where they were sentenced tells one hearing: "Two of the gang were jailed at Hull Crown Court in May"
# (or one named without the word: "at the Old Bailey", "by the Court of Appeal")
# (or one unnamed, by its town: "were sentenced by a court in Boulogne-sur-Mer in April")
_AT_A_COURT = re.compile(r" (?:at|in|by) (?:the )?(?:(?:[A-Z][\w’'-]* ){1,4}?Court\b(?!s)|Old Bailey\b|Court of [A-Z])"
                         r"| (?:at|in|by) a (?:[\w-]+ )?court in (?-i:[A-Z])")
# ... or the court by its kind and place after "the": "were sentenced by the regional court in Bremen in July" (one court's ruling)
_BY_THE_COURT_IN = re.compile(r" (?:at|in|by) the (?:[\w-]+ ){0,2}?court (?:in|of|at) (?-i:[A-Z])")
# a list's item ("(a) ", "2) ") under a lead that names the period it counts over ("Between 1 May and 31 July:", "Since January:")
# ... nor a gang's members jailed at one hearing, their terms told as one sum: "were jailed in 2019 for a total of 90 years"
_JOINT_TERM = re.compile(r" (?:in (?:19|20)\d\d )?for a (?:total|combined) (?:of )?[\w-]+ (?:years|months)\b")
# (a count in the present perfect adds up over the period of the figures told before it: "Guards stopped 900 migrants in the first
# half of the year. Of them, 40 people suspected of smuggling have been detained")
_PERFECT_BEFORE = re.compile(r"\b(?:have|has)(?: been)? $")
_LIST_ITEM = re.compile(r"\(?[a-z0-9]{1,2}\) ")
_PERIOD_LEAD = re.compile(r"\b(?:[Bb]etween|[Ff]rom|[Ss]ince|[Ii]n the (?:[\w-]+ )?(?:year|months?|period|weeks?))\b[^.\n:]{0,80}:[ \t]*\n")

# courts, many of them, as the subject of a count convicted: "the region's courts convicted 38 people" (see _COUNT_AFTER)
# ... their place named between: "Courts in the Kurdistan Region convicted 64", "courts in Baghdad and Erbil had convicted 94"
_COURTS_BEFORE = re.compile(r"\b[Cc]ourts\s+(?:(?:in|of|across|throughout)\s+[^;.]{1,50}?\s+)?(?:have\s+|had\s+)?$")  # (a list of places: "courts in Erbil, Sulaimani and Duhok")
_AHEAD = re.compile(r"(?:[Nn]ext|[Tt]omorrow)\b")
# a date already past is no plan's, whatever future the clause holds: "agreed to set up a centre after talks held last Thursday"
_BEHIND = re.compile(r"\b(?:[Ll]ast|[Pp]ast)\b(?! quarter)|\b[Yy]esterday\b")
# an event named again only to say when something else happened: "Four months after it was signed, ..."
# ... or in the active: "212 arrested since the country signed its agreement"
_BACKGROUND = re.compile(r"\b(?:after|since|before|until|when)\s+(?:it|they|this|that|(?:the|this|that|our|their|its) (?:[\w–-]+\s+){0,2}?[\w–-]+"
                         # ... a thing named with its parties, by a dash or after it: "since the UK–Iraq security pact was
                         # signed", "since the pact with Baghdad was signed"
                         r"(?:\s+(?:with|between)\s+(?-i:[A-Z])\w+)?|both \w+"
                         # ... or a party named: "Eight months after Britain struck its border deal"
                         r"|(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?"
                         # ... or the police who acted: "When Asayish officers raided the house they found ...", "after police raided"
                         r"|(?:\w+\s+)?(?:police|officers|troops|agents|guards|detectives|forces)"
                         # ... or both parties named: "since the UK and Iraq signed their agreement"
                         # ... the second by a name of two words: "since Iraq and the United Kingdom signed a memorandum"
                         r"|(?:the\s+)?\w+\s+and\s+(?:the\s+)?\w+(?:\s+(?-i:[A-Z])\w+)?)\s+(?:(?:was|were|had been|had|have)\s+)?$"
                         # ... or a time counted into a deal its party signed: "ten months into the border pact Britain signed"
                         r"|\binto\s+(?:the|its|their|our)\s+(?:[\w-]+\s+){0,3}?(?:pact|deal|agreement|accord|partnership)\s+(?-i:[A-Z])\w+\s+$",
                         re.IGNORECASE)
# ... a date in a relative clause after it being that clause's, not the event's: "has spent £2 million since it was signed,
# of which half had gone by the end of May" (the signing is undated)
_LATER_RELATIVE = re.compile(r", (?:of |in |by |for )?(?:which|whom|who|whose)\b")
# "sign" as a noun after its determiner and adjectives ("put a handwritten sign in the window"), not a verb after a
# modal or "to" ("the minister will sign") nor one after a plural subject ("the two countries sign")
_SIGN_NOUN = re.compile(r"\b(?:a|an|the|no|any|this|that|his|her|their|its|our|my)\s+"
                        r"(?:(?!(?:will|would|shall|must|may|might|can|could|to|did|does|do|not|also|then|and)\b)[a-z][\w-]*(?<!s)\s+){1,2}$",
                        re.IGNORECASE)
# plural instruments a bare "sign" has as its object, told before it with no modal between (see "sign" in _not_an_event)
_DEALS_SIGNED_BEFORE = re.compile(r"\b(?:deals|agreements|pacts|accords|treaties|memorand(?:a|ums))"
                                  r"(?: (?!(?:will|would|shall|must|may|might|can|could|to|is|are|was|were)\b)[\w’'-]+){1,4} $")
# an arrest named as a noun is one only as a thing told (announced, confirmed, made): not when it dates something else ("after
# the arrest of the ringleader"), nor one sought, ordered or rewarded ("a warrant for the arrest of", "led to the arrest of ...
# since January" is a tally: see _TALLY)
_ARREST_NOUN_BEFORE = re.compile(r"\b(?:after|since|before|following|until|upon|despite|warrants?\s+for|call(?:ed|s|ing)?\s+for|"
                                 r"order(?:ed|s|ing)?|demand(?:ed|s|ing)?|seek(?:s|ing)?|sought|urg(?:ed|es|ing)|leading\s+to|"
                                 r"avoid(?:ed|ing)?|evad(?:ed|ing)|resist(?:ed|ing)?|reward\s+for|(?:led|lead|leads)\s+to)\s+the\s+$", re.IGNORECASE)
# ... but one person's arrest something led to, dated, is that arrest: "Last month the tip-off led to the arrest of a driver"
_LED_TO_BEFORE = re.compile(r"\b(?:led|leading|lead|leads)\s+to\s+the\s+$")
_ONE_PERSON = re.compile(r" (?:a|an|one)\s+(?![\w-]+\s+of\b)")
# ... or of the members of one ring, dated: "In May our joint work led to the arrest of 11 members of a network in Sulaymaniyah"
# (one ring's round-up, not a tally over many: "of 96 members of smuggling gangs")
_ONE_RING = re.compile(rf" (?:\d+|{_NUMBER_WORDS}) (?:[\w-]+ )?members of (?:a|an|one|the) (?:[\w’'-]+ ){{0,2}}?{_RING}\b")
# ... and so are the arrests one operation led to, dated: "In January an operation led by the NCA led to the arrest of 12
# people" (one day's or month's raids, no running tally)
_ONE_OPERATION_SUBJECT = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Tt]his|[Tt]hat)\s(?:[\w’'-]+\s){0,2}?(?:operation|raid|swoop|sting)\b")
# ... and so are the people an arrest names as taken in one operation, told right after them, over days too: "arrested
# 41 people in a week-long operation against illegal working between 9 and 13 June" (one operation's arrests, no running tally)
_IN_ONE_OPERATION = re.compile(r"(?: (?!in\b)[\w’'-]+){1,4}? in (?:a|an|one|the same|a single) (?:[\w-]+ ){0,2}?(?:operation|raid|swoop|sting)\b")
# a share of arrests already counted: "most of the arrests were made in Nineveh"
_SHARE_OF = re.compile(rf"\b(?:most|many|some|half|all|none|several|a third|a quarter|the majority|[a-z]+ (?:per ?cent|percent)|\d+|{_NUMBER_WORDS}) of the\s+$",
                       re.IGNORECASE)
# a press conference named only as where someone spoke: "Speaking at a press conference", "told a press conference"
# ... or where something was announced: "announced the results at a press conference in Baghdad on Sunday" (one announcement)
_SPEECH_SETTING = re.compile(r"\b(?:speaking|spoke|said|says|told|telling|addressing|addressed)\s+(?:at\s+|to\s+)?(?:a|the)\s+(?:[\w-]+\s+)?$"
                             # ... or a participle opening the sentence: "Presenting the annual results at a press conference in
                             # Baghdad, the spokesman said" (where he spoke)
                             r"|\b(?:announced|announcing|announces|unveiled|unveiling|(?-i:Presenting))\s+(?:[\w’'-]+\s+){0,5}?(?:at|during)\s+(?:a|the)\s+$",
                             re.IGNORECASE)
_SAID_BY_AT = re.compile(r"[,”\"’'] (?:said|says) (?:(?!that\b)[^.;:“”\"\n])*?, (?:at|during) (?:a|the) (?:[\w-]+ )?$")
# a signing told in the present perfect ("Britain and Iraq have signed a new agreement"): the article's news in summary,
# the same signing the article dates elsewhere
# the speech an announcement was made in, told after it: that occasion, not an earlier announcement told again
_IN_A_SPEECH = re.compile(r"[^.;:]{0,80}? in (?:a|an|his|her|their|its|today[’']s) (?:[\w-]+ )?(?:speech|statement|address|lecture)\b")
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:now\s+|just\s+|finally\s+)?$", re.IGNORECASE)
# ... and in the passive too, news just in on a live page: "a man has been arrested on suspicion of steering the boat"
_PERFECT_NEWS = re.compile(r"\b(?:has|have)\s+(?:now\s+|just\s+|finally\s+)?(?:been\s+)?$", re.IGNORECASE)
# ... or by a speaker's "we" in the simple past, undated: '"We signed a deal with Baghdad, and still the boats come," she said'
_WE_SIGNED = re.compile(r"\b(?:[Ww]e|I)\s+(?:already\s+|also\s+|even\s+)?$")
# a second thing signed with the verb left out: "signed X in Baghdad on 26 November 2024, and a joint statement in June"
_GAPPED_SIGNING = re.compile(r",?\s+and\s+(?P<thing>(?:a|an|the|another)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:statement|agreement|memorandum|deal|pact|accord|treaty|protocol|declaration)\b)")
# ... and others met, the verb left out: ", and to officials of the regional government in Erbil next month" (see _gapped_meeting)
# ... or again on a day of its own, its place after: "the group met on 4 May in Erbil and on 9 June in Rome"
# ... or again in a place of its own, before its day: "in Leeds on 3 May and in York on 10 May"
_GAPPED_MEETING = re.compile(r"(?:,\s+and\s+(?=to\s|with\s)|,?\s+and\s+(?=on\s|in [A-Z]))"
                             r"(?P<thing>(?:to|with)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:officials|ministers|MPs|members|officers|"
                             r"representatives|leaders|delegates|delegations?|counterparts|staff|governments?|authorities|committees?)\b"
                             rf"|(?:in [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? )?on (?:the )?\d{{1,2}}(?:st|nd|rd|th)?(?: of)? (?:{'|'.join(MONTHS)})\b)")
# ... and people arrested, the verb left out: ", and eight in Basra on Saturday" (see _gapped_arrest)
_GAPPED_ARREST = re.compile(rf"[,;]\s+and\s+(?P<thing>(?:\d+|{_NUMBER_WORDS})\s+(?:more\s+|others?\s+)?(?:in|at|near)\s+[A-Z])")
# a habit, not a meeting: "the young men we meet on their return" ("we will meet" has its modal between)
# ... opening its sentence too: '"We meet young men who were returned in March ..."' (its date the people's)
# ... an adverb of frequency or of a change between: "we now meet them earlier on the route", "we often meet families"
# a past told as what was done then, against now, undated: "Before, we arrested drivers; now we go after the bosses",
# "In the past, they detained migrants at the border" (a habit given as contrast, no one operation; see _not_an_event)
_THEN_HABIT = EndsOnWords(re.compile(r"(?:^|[\"“‘(]|[.;:]\s+)(?:[Bb]efore|[Ii]n the past|[Pp]reviously|[Bb]ack then|[Ii]n those days),\s+"
                         r"(?:we|they|you|police|officers)\s+(?:(?:often|usually|always|just|only|simply|mostly)\s+)?$"), ("we", "they", "you", "police", "officers", "often", "usually", "always", "just", "only", "simply", "mostly"))
# people named by what was done to them, the verb in a relative clause with no "who": "the traffickers we arrested"
_KIND_WE_ARRESTED = EndsOnWords(re.compile(r"\b(?:[Tt]he|[Tt]hose|[Aa]ll|[Mm]any|[Ee]very) (?:[\w’'-]+ ){0,2}?[a-z]+ (?:that |whom )?(?:we|I|you|they) $"), ("we", "i", "you", "they"))
# the people a body meets as its routine, one and all: "meets every returnee", "meets each flight", "meets all arrivals"
_MEETS_EVERY = re.compile(r" (?:every|each|all)\b(?! of the (?:[\w’'-]+ )?(?:ministers|leaders|delegations)\b)")
_HABIT = re.compile(r"\b(?:[Ww]e|I|[Yy]ou)\s+(?:(?:now|often|usually|regularly|always|sometimes|routinely|still|rarely|seldom|increasingly)\s+)?$")
# the terms of a verdict after its verb: "were sentenced to between five and eight years", "jailed for a total of 41 years",
# several convicts' terms: "were jailed for terms of between four and seven years", "imprisoned for sentences of six years"
_TERM_AFTER = re.compile(r"\s+(?:to|for)\s+(?:(?:(?:jail|prison|custodial)\s+)?(?:terms|sentences)\s+of\s+)?(?:a total of\s+|between\s+|up to\s+)?"
                         r"[\w-]+(?:\s+(?:and|to)\s+[\w-]+)?[- ](?:years?|months?)\b")
# ... or negated: "a party that never signed a single agreement", "did not meet", "hasn't visited", "does not even meet"
# (but not a person told as one of the people arrested: "the ringleader was among those arrested in Kiel" is that arrest)
# (the alternatives' first characters looked ahead for first: most positions of the window fail on that one test)
_HYPOTHETICAL = EndsOnWords(re.compile(r"(?=[IiUuOoWwTtbcdfhmnpswy])(?:\b(?:[Ii]f|[Uu]nless|could be|may be|might be|(?<!\bwas among )(?<!\bwere among )[Tt]hose|were not|was not|not(?: yet)? been|yet to be|never|not(?: yet| even)?)\s+$"
                           r"|n[’']t(?: yet| even)?(?: been)?\s+$"
                           # a guess or what was only possible, not an event told: "officers believe he may have travelled to Dover",
                           # "the deal could have been signed in May"
                           r"|\b(?:may|might|could|would|must) have(?: been)?\s+$"
                           # ... or only believed of people, no event told: "up to 20 are thought to have flown on to Athens"
                           r"|\b(?:believed|thought|suspected|feared|presumed) to have(?: been)?\s+$"
                           # ... or what someone had only meant to do, told as the aim a later event cut short: "said he had
                           # intended to travel on to Britain"
                           r"|\bhad (?:intended|meant|hoped|wanted) to\s+$"
                           # ... or a purpose denied: "came to review the work, not to sign new papers", "decided not to meet"
                           r"|\bnot to\s+$"
                           # ... or said as a past aim whose outcome is not told: "Most said they planned to travel on to Britain"
                           # (the verb looked ahead for first: the four look-behinds, tried at every position of the window,
                           # then run only where the verb stands)
                           r"|\b(?=planned|hoped|wanted)(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?:planned|hoped|wanted) to\s+$"
                           # a condition in the present, not a past event: "a new trial the day he is arrested", "once they are detained"
                           r"|\b(?:[Ii]f|[Uu]nless|[Oo]nce|[Ww]hen|day|moment|soon as) (?:he|she|they|we|you|I) (?:is|are|am|gets?) $"
                           # ... or anyone's, anything's, a free relative: "Whoever signed, ... will answer", "whatever is signed in Baghdad"
                           r"|\b[Ww]h(?:o|at)ever (?:(?:is|was|are|were|gets?|got|has been|had been) )?$"
                           # ... or what can or cannot be done, a verb's other sense: "commitments that cannot be met", "the
                           # deal will not be signed", "targets can be met only with more staff"
                           r"|(?:\b(?:not|cannot|can)|n[’']t) be\s+$)"),
                           ("if", "unless", "be", "those", "not", "been", "never", "yet", "even", "n't", "n’t", "have", "to", "is", "are",
                            "am", "get", "gets", "ever", "was", "were", "got"))
# people of a kind, described by an arrest, after a preposition and with no article: "checks on suspects arrested in
# Europe", "data on migrants detained at the border" (see _not_an_event)
_KIND_DESCRIBED = EndsOnWords(re.compile(r"\b(?:on|of|for|against|with|from|among|about)\s+(?!(?:the|these|those|its|their|his|her)\s)(?:[a-z-]+\s+)?"
                             r"(?:suspects|people|migrants|men|women|smugglers|drivers|foreigners|nationals|persons|individuals)\s+$"), ("suspects", "people", "migrants", "men", "smugglers", "drivers", "foreigners", "nationals", "persons", "individuals"))
# people named by their arrest before the sentence's own verb (see _not_an_event): "The six men arrested in Hamburg will ..."
# ... or counted: "Five men arrested in the UK were charged"; or one person, told again: "The man arrested remains in custody"
_PEOPLE_DESCRIBED = re.compile(r"(?:^|[.!?]\s+|\n)(?:(?:[Tt]he|[Tt]hose|[Aa]ll) (?:(?:\d+|[a-z]+) )?|(?:\d+|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
                               r"Eleven|Twelve) )(?:[a-z]+ )?(?:suspects?|m[ae]n|wom[ae]n|people|persons?|individuals?|migrants?|drivers?)\s+$")
# ... or as a share of them, a figure's words: "one in five people detained this year were Iraqi" (see _not_an_event)
_SHARE_IN_PEOPLE = re.compile(rf"\b(?:\d+|{_NUMBER_WORDS}) in (?:every )?(?:\d+|{_NUMBER_WORDS}|a hundred) (?:[a-z]+ )?"
                              r"(?:suspects|men|women|people|persons|individuals|migrants|drivers|nationals)\s+$", re.IGNORECASE)
# ... or counted as "the number of" them: "the number of drivers jailed for smuggling has doubled" (see _not_an_event)
_NUMBER_OF_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]) (?:(?:total|overall|rising|growing|record) )?number of (?:[\w’'-]+ ){1,3}$")
# ... or anyone of a kind, what can befall them: "a shared database means a smuggler arrested in Duhok can be matched"
# (or of a status: "a deportation order against a foreign national sentenced to at least 12 months")
_ANYONE_DESCRIBED = re.compile(r"\b(?:[Aa]n?|[Aa]ny|[Ee]very) (?:[a-z-]+ )?(?:smuggler|suspect|migrant|person|man|woman|driver|trafficker|national|offender)\s+$")
# ... or described by a perfect relative, as one who may be caught at any time: "a man who has been caught once cannot come
# back" (a kind of person, what the rule does to them; no arrest told; "cannot" is a modal too, see _MODAL_AFTER)
_VISITING_ADJECTIVE = re.compile(r"\b(?:[Aa]n?|[Tt]he) $")  # "visiting" as a noun's adjective (see _not_an_event)
_ANYONE_WHO_HAS = re.compile(_ANYONE_DESCRIBED.pattern[:-4] + r" who (?:has|have|had) $")
# ... or anyone of a kind who is (gets) arrested, in the present: "a driver who is caught at the port loses his lorry" (a
# rule of what happens, no arrest)
_ANYONE_WHO_IS = re.compile(r"\b(?:[Aa]n?|[Aa]ny|[Ee]very|[Ee]ach) (?:[a-z-]+ ){0,2}?[a-z]+ (?:who|that) (?:is|gets) $")
_MODAL_AFTER = re.compile(r"\b(?:can(?:not)?|could|may|might|must|will|would|should)\b")
_MAIN_VERB_AFTER = re.compile(r"\b(?:will|would|are|were|have|had|was|is|face|faces|remain|remains|remained|appeared|appear)\b")
# a body's numbered session held, told undated after its meeting's day (see event_candidates)
_NTH = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
# one at the meeting, told again by the title alone, announcing undated: "The ambassador announced that ..." (at that meeting)
_PARTICIPANT_SUBJECT = re.compile(r"The (?:[\w-]+ )?(?:ambassador|minister|adviser|advisor|envoy|delegation|secretary|commissioner|"
                                  r"governor|delegate)s? (?:also )?")
# talks given or delivered are lectures to an audience, not talks between parties: "will give talks in schools", "delivered
# short talks to parents" (not "held talks", "gave a press conference")
_GIVE_TALKS = re.compile(r"\b(?:give|gives|gave|given|giving|deliver|delivers|delivered|delivering)\s+(?:(?:a\s+)?(?:series|number|couple)\s+of\s+)?(?:[\w-]+\s+){0,2}$")
_HELD_ITS_NTH = re.compile(rf"held (?:its|their) (?:{_NTH}|latest) (?:[\w-]+ )?(?:session|meeting)\b")
# an instrument named, then the parties that agreed it (see "agreed"): "the arrangement Britain and Iraq agreed", "the deal
# the two governments agreed"
# (a cooperation named as what the parties agreed is an instrument too: "the border cooperation the two countries agreed in 2023")
# an instrument agreed as the verb's object is concluded, as one signed is: "Norway agreed a returns arrangement with Iraq"
_AGREED_OBJECT = re.compile(r" (?:a|an) (?:(?!of\b)[\w-]+ ){0,2}?(?:deal|agreement|pact|accord|memorandum|treaty|protocol|arrangement|partnership(?= with (?:the )?[A-Z])"
                            r"|Statement|Declaration)\b")
_SIGNED_LATER = re.compile(r"[^.;]{0,60}?,? (?:which|that) (?:was|were|is|will be) (?:formally |later )?signed\b")
_AGREED_INSTRUMENT = re.compile(r"\b(?:(?:arrangement|agreement|deal|pact|accord|memorandum|framework|protocol|partnership)s?|co-?operation) (?:that |which )?"
                                # (or its party told back by a pronoun: "the border-security partnership it agreed with Iraq in
                                # Baghdad in November 2024", "the deal they agreed in May 2023")
                                r"(?:(?:the )?(?:[A-Z][\w’'-]*|(?:two|2) \w+|both \w+)(?: and (?:the )?[A-Z][\w’'-]*)?|it|they|we) $")
# (the parties counted in a numeral, as some house styles write it: "the partnership the 2 countries agreed in May 2023")
# ... or an instrument named by its title, the participle in apposition after a comma: "the Joint Declaration on Tackling
# Serious Crime, agreed in Amman in March 2023" (a title's capitals, or a deal named plainly: "the returns pact, agreed in ...")
_AGREED_TITLED_INSTRUMENT = re.compile(r"(?:\b(?:Deal|Pact|Agreement|Arrangement|Partnership|Accord|Memorandum|Treaty|Statement|Protocol|Declaration|Framework)"
                                       r"(?: of Understanding)?(?: (?:on|for) (?:(?:[A-Z][\w’'-]*|and|of|the|in|against) ){0,6}[A-Z][\w’'-]*)?"
                                       # (a partnership too: "the border security partnership, agreed in Baghdad in May 2024,")
                                       r"|\b(?:deal|pact|agreement|arrangement|accord|memorandum|treaty|protocol|partnership)), $")
# a verb in a "whether" clause tells no event: "the system will show whether a man was caught last month"
_WHETHER = re.compile(r"\b[Ww]hether\s+(?:[\w’'-]+\s+){0,6}$"
                      # ... or a "why" ("how") clause a question asks: "asked why only six of the men arrested last year were charged"
                      r"|\b(?:ask(?:ed|s|ing)?|wonder(?:ed|s|ing)?|(?:want(?:ed|s)?|demand(?:ed|s)?) to know)\s+(?:why|how)\s+(?:[\w’'-]+\s+){0,14}$")
# "briefed" with no object is a participle: describing a source ("a person briefed on the talks said", "officials who were
# briefed by the ministry") names no briefing; one told in the passive ("MPs were briefed on the plan on Tuesday") does
_BRIEFED_ON = re.compile(r" (?:on|about|by)\b")
# "met" with no object or date, in a "when" clause of words recalled: "As the minister said when we met, ..."
_WHEN_WE_MET = re.compile(r"\b(?:said|told(?: (?!when\b)[\w’'-]+){0,2}|says|put it|remarked|explained|stressed|agreed)\s+when\s+(?:we|I|they|you|he|she)\s+(?:last\s+)?$")
_NO_OBJECT = re.compile(r"\s*[,;:.—–]")
# a decision told in the passive, no signing: "it was agreed in London on Monday that ...", "... to meet again"
_DECIDED_AFTER = re.compile(r"\b(?:that|to)\b")
# ... looked for in the verb's own clause only, the main clause after a comma another's: "Since the pact was agreed in Oslo in
# May 2023, tips from Norway have led to arrests" (a signing; "it was agreed in London on Monday that ..." none)
_AGREED_CLAUSE_END = re.compile(r"[,;:]")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be|get|gets|got)\s+$")
# a passive auxiliary with "also" before an arrest's verb (see the bare passive arrest in event_candidates)
_PASSIVE_ALSO_BEFORE = re.compile(r"\b(?:was|were) also\s+$")
_WHO_BEFORE = re.compile(r"\b(?:who|that)\s+(?:(?:had|has|have)\s+)?(?:been|was|were|are|is)\s+$")
_NOT_EVENT_AFTER = re.compile(r"\s+(?:up|off|on to)\b")
# called off: "a visit ... planned for 24 November has been called off", "cancelled his visit to Baghdad": nothing happened
_CALLED_OFF_AFTER = re.compile(r"\b(?:(?:was|were|has been|have been|had been|is being) (?:cancell?ed|called off|scrapped|abandoned|shelved)"
                               r"|(?:was|were|has been|have been|had been) (?:postponed|put back|pushed back|delayed) indefinitely)\b")
_CALLED_OFF_BEFORE = re.compile(r"\b(?:cancell?(?:ed|ing|s)?|call(?:ed|ing|s)? off|scrapp(?:ed|ing)|scraps?)\s+(?:(?:a|an|the|his|her|their|its|our)\s+)?"
                                r"(?:[\w’'-]+\s+){0,2}$")
# put off to a new date, which is the event's: "due to host a conference in October, but it was postponed until February"
# ... or fixed for a day: "a confiscation hearing has been set for 4 May", "talks are scheduled for 11 June" (the day right after)
_BEGUN_TALKS = re.compile(r"(?:began|begun|opened|started) (?:(?:formal|their|the|fresh|new) )?talks")  # see event_candidates
_SET_FOR = re.compile(r"\b(?:set|listed|fixed|scheduled|slated|planned|timetabled|pencill?ed in) (?:(?:at|in|before) (?:[\w’'-]+ ){1,6}?)?for ")  # "scheduled at Leeds Crown Court for"
# a place told by what converges there, the verb with no object nor day after it: "Mosul, where the roads from Erbil and
# Dohuk meet, is ..." (see _not_an_event; not "where ministers will meet", a plan, nor "where they met", a meeting told)
_WHERE_THINGS_MEET = re.compile(r"\bwhere (?:(?!(?:will|would|shall|to|can|could|may|might|must|should|did|do|does)\b)[\w’'–-]+ ){1,8}$")
_NOTHING_MET = re.compile(r"\s*(?:[,;.)]|$|and\b)")
# a clause of its own after an event verb: "had arrested 96 men, and that training would start in the autumn" (its dates are not
# the verb's); found with str.find, many times faster than a pattern's scan
_NEW_CLAUSES = (" and that ", ";")
# people counted as arrested since a day or month are a running tally, a figure: "have arrested 96 suspects since January"
# (not "since the country signed its agreement": no date, and an undated event)
_COUNT_AFTER = re.compile(rf" [“\"‘]?(?:a record |a total of |an estimated )?(?:more than |over |about |some |at least |nearly |almost )?\(?(?:\d[\d,]*|{_NUMBER_WORDS}|hundreds|thousands|dozens|scores|(?:a |half a )?dozen)\b")  # "(143)" too, a quoted
# count ('arrested "more than 300 smugglers"') and a record ("arrested a record 2,140 suspects")
# a meeting named again in an appositive after its verb (see event_candidates)
_TALKS_RENAMED = re.compile(r", (?:his|her|their|its|the) (?:[\w-]+ ){0,2}?$")
# an instrument's signing recalled in a clause of time, in the passive (see event_candidates)
# (its owner or its other party may be told: "since our agreement with the United Kingdom was signed")
_SIGNING_RECALLED = re.compile(r"\b(?:[Ss]ince|[Ww]hen|[Aa]fter|[Bb]efore|[Uu]ntil) (?:the|this|that|our|their|its) (?:[\w-]+ ){0,2}?(?:pact|deal|agreement|accord|"
                               r"memorandum|treaty|statement|protocol|declaration|arrangement)(?: (?:with|between)(?: [\w’'-]+){1,5}?)? (?:was|were|had been) $")
_NEW_PART = re.compile(r",| and ")
_SINCE_GERUND = re.compile(r"\b[Ss]ince [a-z]{2,14}ing(?: [\w’'-]+){0,3} $")
# a clause opened by "since" after the verb, its subject and verb told: its date is what the clause tells, not the verb's ("was
# fined £9,000, the largest penalty since the council raised its limits last year": the fine undated)
_SINCE_AFTER_VERB = re.compile(r"\b[Ss]ince (?:the|a|an|its|his|her|their|our|it|they|we|he|she|(?-i:[A-Z])[\w’'-]+)\b(?:(?! and\b)[^,;:.]){1,80}$")
_SINCE_DATE = re.compile(rf"\b[Ss]ince (?:(?:early|mid|late)[- ])?(?:(?:{'|'.join(MONTHS)})\b|(?:19|20)\d\d\b|the (?:start|beginning) of\b)")
# ... or counted before a verb in the present perfect, however long the words describing them: "38 people suspected of links to
# Kurdish smuggling networks have been arrested in the UK since the pact came into force"
_COUNTED_SO_FAR = EndsOnWords(re.compile(rf"(?:\d|\b(?:dozens|hundreds|[a-z]+teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|{_NUMBER_WORDS})\b)[^,;:.]{{0,100}}\b(?:have|has) been\s+$", re.IGNORECASE),
                              ("been",))
# ... or over a span told after the count: "have arrested 212 people since the country signed", "arrested 74 suspects over the
# past six weeks", "so far this year" (not arrests on a day: "arrested 17 on Monday, the most since January")
# ... "during the first five months of the current year", or before the verb: "In the first nine months, guards arrested 217"
# a count of people just before their participle (see the tally in event_candidates): "the 412 Iraqi nationals detained"
_COUNT_PARTICIPLE = re.compile(r"\b[Tt]he \d[\d,]*(?: [A-Za-z-]+){1,3} $")
# (the first letters are looked ahead for first: the pattern is tried at every word boundary of a sentence, and most fail
# on that one test before the alternatives are entered)
_TALLY = re.compile(r"\b(?=[BDFIOSTWbdfiostw])(?:[Ss]ince|[Ss]o far|to date|[Oo]ver the (?:past|last|same)|"
                    # ... or the span a count just told ran over: "In the same period, 47 suspects were arrested"
                    r"(?:[Ii]n|[Dd]uring|[Ww]ithin) the same period|"
                    # ... or between two months: "arrested 146 suspects between December and March"
                    rf"(?:[Bb]etween|[Ff]rom) (?:{'|'.join(MONTHS)}) (?:and|to|until) (?:{'|'.join(MONTHS)})|"
                    r"(?:[Ii]n|[Dd]uring|[Ww]ithin) the (?:past|last|first) "
                    r"(?:[\w-]+ )?(?:days|weeks?|months|years?)"
                    # ... a year to a month: "in the year to June", "in the 12 months to March"
                    r"|(?:[Ii]n|[Dd]uring|[Oo]ver) the (?:[\w-]+ )?(?:year|months|weeks) (?:to|ending|up to) "
                    rf"(?:(?:the )?end of |\d{{1,2}} )?(?:{'|'.join(MONTHS)})"
                    # ... or a whole year told as one: "arrested 412 persons during the year 2025", "throughout 2025"
                    r"|(?:[Dd]uring|[Tt]hroughout) (?:the (?:whole |entire )?year (?:of )?)?(?:19|20)\d\d"
                    # ... or the year a count just told ran over, named again: "317 cases in 2024 ... 198 suspects were
                    # arrested during the year" (not a year to a month: that is the alternative above)
                    r"|(?:[Dd]uring|[Tt]hroughout) the (?:whole |entire )?year(?! (?:to|ending|up to|of)\b)"
                    # ... or a quarter (half) of a year: "arrested 61 suspects during the third quarter of 2025"
                    r"|(?:[Ii]n|[Dd]uring|[Oo]ver|[Tt]hroughout) the (?:first|second|third|fourth|final|last) (?:quarter|half)(?= of\b)"
                    # ... or the quarter a count just told ran over, named again: "seized 90 passports in the second quarter ...
                    # 40 people were arrested during the quarter" (not "the quarter of the city", a place)
                    r"|(?:[Dd]uring|[Oo]ver|[Tt]hroughout) the (?:same )?quarter(?! of\b)"
                    # ... or a whole month: "arrested 63 people suspected of smuggling during August"
                    rf"|(?:[Dd]uring|[Tt]hroughout) (?:the month of )?(?:{'|'.join(MONTHS)})"
                    # ... or a week (fortnight, month) of action, a campaign of many operations counted: "arrested 45 people
                    # during a week of action against trafficking" (not "in a week of raids in Sulaimani", one operation)
                    r"|(?:[Dd]uring|[Oo]ver|[Tt]hroughout) (?:a|the|its|their) (?:[\w-]+ )?(?:week|fortnight|month)(?:-long)? of "
                    r"(?:[\w-]+ ){0,2}?(?:action|enforcement|activity))\b")


# ... or over a whole year, told as a statistic (suspects counted, a comparison, an area): "had arrested 96 suspected smugglers in
# 2025, up from 71", "arrested 112 people in the region last year" (not "police arrested ten men last year", nor a ring's members
# taken in one operation: "arrested 17 suspected members of a smuggling ring last year")
# a clause's subject told by a noun with its article, then its verb: "the man would be", "the two ministers will"
_THE_SUBJECT = re.compile(r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose) (?:[\w’'-]+ ){1,4}?(?:will|would|was|were|is|are|has|have|had|can|could|must|should|may|might)\b")
_RELATIVE = re.compile(r"\b(?:that|which|who|whose)\b")
_ONE_OPERATION = re.compile(rf"\b{_RING}s?\b|\b(?:raids?|operation|swoop)\b")
_YEAR_STATISTIC = re.compile(r"\b(?:suspect(?:s|ed)|up from|down from|compared with|against \d[\d,]*|in the (?:region|province|country|governorate|area)|"
                             r"across the|nationwide|"
                             # ... or counted by the charge they were held on: "arrested 164 people on smuggling charges in 2025"
                             r"on (?:[\w-]+ )?charges|"
                             # ... or shared out, or sourced to a body's figures: "about 38 percent of them Iraqis, according to ministry figures"
                             r"(?:per ?cent|percent) of them|according to (?:[\w’'-]+ ){0,4}?(?:figures|data|statistics))\b")

# ... or sourced to a body's figures before the verb, in its sentence: "According to police figures, officers arrested 230
# people in 2024" (see event_candidates)
_SOURCED_BEFORE = re.compile(r"\b[Aa]ccording to (?:[\w’'-]+ ){0,4}?(?:figures|data|statistics)\b")


# ... or a count cited from a report opening its sentence: "According to the agency's yearly review, published on Friday,
# courts convicted 412 people" (the day is the review's; not a day told after the source: "According to the report, on
# Tuesday police arrested 12 men")
_SOURCED_COUNT_LEAD = re.compile(r"[Aa]ccording to (?:[\w’'-]+ ){0,5}?(?:report|review|figures|data|statistics|survey|bulletin)\b")

# a span of weeks or months a trial, pilot or campaign ran over, opening the sentence before a count of arrests: "Over a
# three-month pilot last year, inspectors found 40 workers without papers. Nine employers were arrested." (not a day's
# operation: "During a two-day operation")
_SPAN_LEAD = re.compile(r"(?:[Dd]uring|[Oo]ver|[Tt]hroughout|[Ii]n) (?:a|an|the|its|their) (?:[\w-]+[- ])?(?:weeks?|months?)(?:-long)? "
                        r"(?:[\w-]+ )?(?:trial|pilot|campaign|period|crackdown|drive)\b")

# a list's lead-in telling a plan with its date: "In 2026 we will:" (its items are the plans: "1. publish our review")
_PLAN_LEAD_IN = re.compile(r"[^\n]{0,120}?\b(?:will|plans? to|aims? to|intends? to)\s*:[ \t]*$")
_PLAN_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[-•*–])\s")  # a list item's mark, on its own line
_LEAD_IN_WALK = 12  # lines looked back for the lead-in: a list is short, and an item must not cost the text's length


def _plan_lead_in_line(text: str, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The span of a list's lead-in telling a plan ("In the coming year we will:"), when the sentence is an item of that
    list; else None."""
    line = text.rfind("\n", 0, sentence[0]) + 1
    lead = _PLAN_ITEM.match(text, line) and list_lead_in(text, line, _PLAN_ITEM, _LEAD_IN_WALK)
    return (lead[0], lead[1] - 1) if lead and _PLAN_LEAD_IN.match(text, lead[0], lead[1] - 1) else None


def _plan_lead_in(text: str, sentence: tuple[int, int]) -> re.Match | None:
    """The date of the plan a list's lead-in tells ("In 2026 we will:"), when the sentence is an item of that list; else None."""
    span = _plan_lead_in_line(text, sentence)
    return DATE_RE.search(text, *span) if span else None


def _one_day(d: re.Match) -> bool:
    return bool(d.group("dm") or d.group("md") or d.group("num") or d.group("wd") or d.group("day"))


# cases a body counted over a whole period, told before the people it arrested in it: a report's tallies, not one operation
# ("The directorate recorded 48 cases of forced labour in March and arrested 70 suspects"; see event_candidates)
_PERIOD_COUNT_BEFORE = re.compile(r"\b(?:recorded|registered|logged|documented|foiled|thwarted)\s+(?:more than |over |about |some |nearly |almost )?\d[\d,]*\s")


# a clause of its own between the verb and a day, the day its own: "arrested a man who had arrived on Monday"
_OTHER_CLAUSE = re.compile(r"\b(?:who|which|that|after|before|when|since|until|while)\b|[;:]")


def _day_inside(d: re.Match, dates: list[re.Match], m: re.Match, reference: str | None) -> re.Match | None:
    """A single day told after the verb that falls inside the span ``d`` names ("last week", "last month"), or None: the
    span sets the scene, the day dates the event ("Last week police arrested 14 people in raids on 26 February")."""
    span = resolve(d, reference, False)
    if not span or "/" not in span:
        return None
    first, last = span.split("/", 1)
    for x in dates:
        if (x is not d and x.start() > m.end() and _one_day(x) and (day := resolve(x, reference, False)) and first <= day <= last
                and not _OTHER_CLAUSE.search(m.string, m.end(), x.start())):
            return x
    return None


# a report (study, inspection) named before the verb that published it: "whose report on Iraqi returns was published", "the
# inspection report, published in July", one with an aside between: "the first annual report, a 40-page document, was published"
# (not figures: "figures published today" cite a source)
# ... or its author between: "a report by the Chief Inspector of Prisons, Jane Hale, published on Thursday", "a study by Ann Lee, ..."
# ... or a relative clause: "the annual report, which was published on Thursday, found"
# ... or what it is of before the aside: "the first annual review of the pact, a 64-page report, is published today"
# (a poll and a statistical release are published as a report is: "a poll of 1,000 voters published on Monday", "the release
# published on 27 November")
# (research is published as a study is: "according to research by the University of X published today")
_REPORT_BEFORE = re.compile(r"\b(?:(?:report|briefing|study|review|inspection|audit|survey|poll|release|assessment|evaluation|paper|finding|document|note"
                            r"|research"
                            # (an edition of a series is one: "the previous edition, for the year ending June, was published")
                            r"|edition"
                            # (a government's reply to a report is one: "The Government's response is published today")
                            r"|response)s?|analys[ie]s|guidance"
                            # (guidelines are published as guidance is: "under new sentencing guidelines published today")
                            r"|guidelines?"
                            # (a company's results are its report: "the operator said in annual results published on Monday")
                            r"|results"
                            # (a book is published as a report is: "her memoir, which was published on Thursday")
                            r"|book|memoir|novel|biography"
                            # (a procurement notice is published as a report is, its reference number between: "tender notice
                            # 2024/S 118-998877, published 2 July 2024")
                            r"|(?:contract|tender|award|procurement|prior information) notices?(?: [\w/.-]*\d[\w/.-]*){0,3}"
                            # (a code a body issues is published as guidance is: "the revised code of practice, published last week")
                            r"|code of (?:practice|conduct)"
                            # (a strategy is a document published as a report is, its title capitalised too: "the country's first
                            # Anti-Slavery Strategy was published in 2019")
                            r"|[Ss]trateg(?:y|ies))\b"
                            # (its author told with what they did: "a review led by Sir John Doe, a former judge, published in May";
                            # ... after what it is of: "A survey of 520 returnees by the University of Basra, published in June")
                            r"(?:(?: (?:of|on|into) [\w’'-]+(?: [\w’'-]+){0,2}?)?(?:(?: (?:led|chaired|conducted|commissioned|written|carried out))? by (?:the )?[\w’'-]+(?: [\w’'-]+){0,7}(?=,)| by (?:the )?[A-Z][\w’'-]*(?: (?:of|for|and|the|[A-Z][\w’'-]*)){0,6}(?= ))"
                            # (what it is on may run to a phrase: "whose report on European aid for Iraqi border policing was published")
                            r"| (?:of|on|into|for) [\w’'-]+(?: [\w’'-]+){0,6}?(?=, | (?:was|were|is|are|has been|have been|had been|will be),? $))?"
                            # (its title set off before its author: "the evaluation, Dry Wells (30 pages), by Dr Jo Bell of the
                            # University of Leeds, was published")
                            # (a quoted title may hold commas of its own: 'The paper, "Boats, Brokers and Debts", was published')
                            r"(?:, (?:[^,;.]{1,60}|[“\"‘][^“”\"‘’\n]{1,60}[”\"’]),(?: by (?:the )?[\w’'-]+(?: [\w’'-]+){0,7},)?)?(?:,? (?:which|that))?"
                            # (a year span in its title too: "the Annual Report 2024–25 (HC 99), published")
                            # (a count its words: "a poll of 1,012 voters"; and where: "a survey of 310 families in Zakho published")
                            r"(?:(?: (?!(?:said|says|that|which|who)\b)[\w’'–-]+(?:,\d{3})*){0,5}?"
                            # ... or its author named as the subject of a clause with no "that", however long the name:
                            # "a report the International Organization for Migration published in September"
                            r"| (?:the )?(?-i:[A-Z])[\w’'-]*(?: (?:of|for|and|(?-i:[A-Z])[\w’'-]*)){1,6})"
                            # ... its edition in brackets after its name: "the note on Iraq (version 4.0), published in March"
                            r"(?: \([^()]{1,40}\))?(?: (?:was|were|is|are|has been|have been|had been|will be))?,? $",
                            re.IGNORECASE)
# ... or a series of statistics named as the release itself, its publishing an aside: "The quarterly migration statistics,
# published on 4 May, show ..." as the sentence's subject (figures cited from a source, "Home Office figures published last
# month show", "come from the monthly statistics, published on 2 June", are no release)
_SERIES_RELEASE_BEFORE = re.compile(r"[Tt]he (?:[\w’'-]+ ){0,2}?(?:quarterly|annual|monthly) (?:[\w-]+ ){0,2}?statistics, $")
# ... or a book named by its title, its publisher's bracket (pages, price) between: "Dry Rivers (Harbour Books, 240pp,
# £14.99), which was published on Monday"
_IMPRINT_BEFORE = re.compile(r"\b\d{2,4} ?pp\b[^()]{0,30}\),? (?:which|that) (?:was|is|has been) $")
# ... or named after it: "published an inspection of the unit", "released its annual review"
# (a guideline too: "published its first definitive guideline")
_REPORT_AFTER = re.compile(r" (?:its |their |a |an |the |his |her )?(?:(?!of\b)[\w’'-]+ ){0,3}?"
                           r"(?:report|review|study|survey|findings|assessment|evaluation|inspection|audit|breakdown|analysis|guideline)s?\b")
# ... or the bare item of a diary's date, ending its line: "- 26 February: quarterly crime statistics published"
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")
_ITEM_REPORT_BEFORE = re.compile(r"(?::|[–—-]) (?:(?:the|a|an|its|their|new|[\w’'-]+) ){0,4}?"
                                 r"(?:statistics|figures|data|report|review|study|survey|strategy|assessment|evaluation|inspection|audit)s? $",
                                 re.IGNORECASE)
# a report someone is asked to publish: "MPs urged the Home Office to publish its review by June"
# (or asked to be published: "has called for the full report to be published", matched at "be published")
_ASKED_TO = re.compile(r"\b(?:asked|asks|urged|urges|called on|calls on|called for|calls for|calling for|pressed|presses|wants?|demanded|demands)\b[^.;]{0,60}\bto $")
# a person described by a rank among those convicted, no event: "the fourth member of the network to be jailed"
_NTH_TO_BE = re.compile(rf"\b(?:{_NTH}|last|latest|only)\b"
                        r"(?: [\w’'-]+){0,5}? to be $")
# ... or by a participle straight after its rank and noun: "the first person convicted of advertising crossings, X, was jailed"
# describes X; the ruling is the main verb's (only for a court's verbs: "the first two men arrested on Monday" may be an arrest)
_RANKED_CONVICT = re.compile(rf"\b[Tt]he (?:{_NTH}|last|latest|only) (?:[\w’'-]+ ){{1,3}}$")
# a count asked for or not given, no event: "declined to say how many smugglers had been arrested"
# a thing still to be done, told after its noun: "a memorandum to be signed in London" (not one a person wished or refused:
# "asked to be heard", "refused to be arrested")
_TO_BE_DONE = re.compile(r"\b(?!(?:wants?|wanted|asks?|asked|refused|refuses|claimed|claims|appeared|seemed|proved|used|deserved|"
                         r"happened|chose|agreed|volunteered|expected|hoped|wished|needed|had|has|have)\b)[a-z]+,? to be $")
_HOW_MANY = re.compile(r"\b[Hh]ow many (?:[\w’'-]+ ){0,4}?(?:(?:have|has|had|were|was|are|is) )?(?:(?:been|being) )?$")
# a trend seen, no one event: "we are now seeing smugglers arrested", "we see more of them jailed"
_SEEING = re.compile(r"\b(?:seeing|see|sees)\s+(?:more\s+|fewer\s+)?(?:[\w’'-]+\s+){1,3}$")
# a visitor ranked by the visit told just before, no second visit: "arrived on Tuesday, the first British minister to travel to
# Iraq since the pact", "the most senior envoy to visit the camp"
_RANKED_VISITOR = re.compile(r"\bthe (?:first|second|third|\d+(?:st|nd|rd|th)|last|latest|only|most senior|highest[- ]ranking)\b"
                             r"(?: [\w’'-]+){0,5}? to $")
# a verb in a "since" clause dates something else: "Since Labour signed its pact, the boats have tripled"
# a future auxiliary, all that stands between a date and its verb (see event_candidates)
_REPORTED_BEFORE = re.compile(r"\b(?:emerged|said|reported|revealed|announced|confirmed|disclosed|learned|learnt|told \w+|wrote(?: to \w+)?)\s+$")
# (what a dated subject "has led to" is the verb's own: "the team set up in March has led to the arrest of a broker last week")
_AUX_BETWEEN = re.compile(r" (?:(?:is|are) (?:due|expected|set|scheduled|likely) to|will|(?:has|have|had) (?:already |now |also )?(?:led|resulted) (?:to|in) the) ")
_SINCE_CLAUSE = re.compile(r"\b[Ss]ince\s+(?:[\w’'-]+\s+){1,4}$")
# a date ending a participle phrase of the subject, right before the verb's passive auxiliary: "Four of those designated
# today were arrested in raids in March" (the designation's day; see event_candidates)
_PARTICIPLE_BEFORE_DATE = re.compile(r"\b[A-Za-z]+ (?:[a-z]+ed|held|caught|seen|found|sent|brought|named|taken) $")
_PASSIVE_AUX_BETWEEN = re.compile(r" (?:was|were|(?:has|have|had) been) (?:[a-z]+ly )?")
# an arrival told in a life story, undated: "said his client had himself arrived in the UK with nothing", "Aziz, who arrived
# in Britain as a boy" (a visitor's arrival is told with its day: "the minister, who arrived on Sunday")
# a body named after its sitting's noun: "the third meeting of the UK–Iraq Joint Working Group" (see "Group" under "meeting")
_OF_A_SITTING = re.compile(r"\b(?:[Mm]eetings?|[Ss]essions?|[Rr]ounds?|[Tt]alks|[Ss]ummits?|[Cc]onferences?) of [^.;,:]*$")
# a power or right to do a thing, no thing done: "the power to question ministers", "the right to visit detainees"
_CAPACITY_TO = re.compile(r"\b(?:power|powers|right|rights|authority|mandate|duty|ability|freedom|licence|license) to $")
_OPTION_OFFERED = re.compile(r"\b(?:can|could|may|might|should)\b")  # (see _not_an_event)
# (or what people described did after, undated: "Iraqi Kurds who later travelled on to Europe")
_LIFE_STORY_BEFORE = re.compile(r"\b(?:had|having|who)\s+(?:(?:himself|herself|themselves|only|just|first|also|later|then|eventually|subsequently)\s+)?$")
# trainees going for a course, no visitors: "a second group of 60 would travel to Jordan in September", "40 more officers
# will travel to Amman for training"
_TRAINEES = re.compile(r"\b(?:group|batch|cohort|intake|class|contingent)s? of \d"
                       r"|\d[\d,]* (?:more |further |other |new )?(?:[\w-]+ )?(?:officers|trainees|recruits|cadets|students|guards)\b")
_FOR_TRAINING = re.compile(r"[^.;]{0,50}?\b(?:for|to (?:attend|take|join|begin|start)) (?:(?:a|an|the|further|more|their|its) )?"
                           r"(?:[\w-]+ ){0,2}?(?:training|course)\b|[^.;]{0,50}?\bto (?:be trained|train)\b")
# a pronoun for whom a verb took (those told before): "met them at the airport"
# (or the arrivals named as such: "met the returnees at Erbil International Airport")
_THEM = re.compile(r" (?:them|him|her|us|the (?:[\w-]+ )?(?:returnees|deportees|arrivals|passengers|men|families))\b")
# people met on arrival, no meeting between officials: "the returnees were met on the tarmac by officials", "met off the plane"
_MET_ON_ARRIVAL = re.compile(r" (?:on|at|off) (?:the |their |his |her )?(?:(?:foot|bottom) of the )?(?:[\w-]+ ){0,2}?(?:tarmac|[Aa]irport|runway|arrival|landing|terminal|"
                             r"quayside|quay|docks?|harbour|port|plane|aircraft|flight|boat|ship|border|gate|steps|coach|bus)\b")
# ... their greeters named before the place: "will be met by staff of the ministry at the airport"
# ... or at several such places: "will be met by officials at both airports", "at all border crossings"
_AT_ARRIVAL_POINTS = re.compile(r" (?:on|at) (?:both|all|the|their|each of the) (?:[\w-]+ ){0,2}?(?:airports|terminals|ports|crossings|border posts)\b")
_MET_BY_AGENT = re.compile(r" by(?: [\w’'-]+){1,5}?(?= (?:on|at|off) )")
# ... or what they came on, met as its object: "staff meet every charter flight from the UK", "met the first returns plane"
_MET_CONVEYANCE = re.compile(r" (?:every|each|all|the|a|their|its) (?:[\w-]+ ){0,2}?(?:flights?|planes?|charters?|arrivals|ferry|ferries|"
                             r"coach(?:es)?|bus(?:es)?|trains?)\b")
# a boat met at sea by a vessel, an interception and no meeting: "the dinghy was met by a French navy patrol boat off Calais"
# (people who meet a vessel's crew are a meeting only when named as people: "was met by the captain")
_MET_BY_VESSEL = re.compile(r" by (?:a|an|the|two|three|its) (?:[\w’'-]+ ){0,3}?(?:cutters?|vessels?|patrol (?:boats?|ships?)|lifeboats?|"
                            r"ships?|warships?|tugs?|launch(?:es)?|frigates?|coastguard boats?|RIBs?)\b")
# a migrant's arrival, no visit: told by how the person came ("in the back of a lorry", "on a small boat", "as a teenager") or by
# its year alone ("arrived in the UK in 2016"); a visitor's is told by its day ("arrived in Baghdad on Sunday")
# (the vehicle right after the verb's own "in": "Most arrived in small boats")
_MIGRANT_ARRIVAL = re.compile(r"(?:[^.;]*?\b(?:in|on|by|inside|aboard|hidden in)|(?<=\bin)) (?:the back of |a |an |the )?(?:[\w-]+ )?"
                              r"(?:lorry|lorries|trucks?|small boats?|dinghy|dinghies|boats?|vans?)\b|[^.;]*?\bas an? (?:child|boy|girl|teenager|refugee|"
                              r"asylum seeker|minor)\b"
                              # ... a season of a year as coarse: "arrived in Baghdad in the summer of 2024" (taking up a post)
                              r"|(?: (?:(?:in|to) )?(?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?)?,? (?:in|back in) "
                              r"(?:the (?:early |late )?(?:spring|summer|autumn|winter) of )?(?:19|20)\d\d(?![\w-])")
# a person named by age and home town, as news names private people: "Hawre, 26, from Qaladiza, arrived in ..."
_AGED_FROM_BEFORE = re.compile(r"\b[A-Z][\w’'-]+, (?:aged )?\d{1,2}, from [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?,\s*$")
# a journey people are obliged to make, undated, is a chore rather than a visit: "applicants have had to travel to Amman"
# ... or a relative's, told by family: "said her son flew to Minsk in April" (a private journey, no visit)
_KIN_BEFORE = re.compile(r"\b(?:[Hh]er|[Hh]is|[Mm]y|[Tt]heir|[Oo]ur) (?:(?:eldest|youngest|older|younger|elder|teenage|\d{1,2}-year-old) )?"
                         r"(?:sons?|daughters?|brothers?|sisters?|cousins?|nephews?|nieces?|husband|wife|children|child|relatives)\s+$")
_RANKED_REPORT = re.compile(rf"\bthe (?:{_NTH}|latest) $")
_OBLIGED_TO = re.compile(r"\b(?:need|needs|needed|had|have|has|having)\s+to\s+$")
# ... or one people were told to make, an instruction they got rather than anyone's visit: "the recruits were told to fly to Amman
# and wait there"
_INSTRUCTED_TO = re.compile(r"\b(?:told|ordered|instructed|directed)\s+to\s+$")
# trips counted rather than one told: "has travelled to Erbil three times", "visited the camp twice"
_TRIPS_COUNTED = re.compile(r"[^.;,]{0,40}?\b(?:twice|(?:three|four|five|six|seven|eight|nine|ten|several|many|\d{1,2}) times)\b")
# people going home on a return scheme, no visitors: "flew to Erbil on 3 May with a reintegration grant", "travelled to Duhok
# under the assisted voluntary return programme"
_RETURNEES_AFTER = re.compile(r"[^.;]{0,80}?\b(?:with (?:a|an|the|their|his|her) (?:[\w£$€,.-]+ ){0,4}?(?:reintegration|resettlement|return|"
                              r"relocation|reinstallation) (?:grant|package|payment|allowance|support|money)"
                              r"|(?:under|through|on|as part of) (?:a|an|the|its|their) (?:[\w-]+ ){0,3}?(?:voluntary|assisted)[- ]returns? "
                              r"(?:programme|program|scheme))\b")
# ... or joined before the journey: "signed up for the voluntary returns scheme and flew to Erbil in May", "applied for assisted
# return and was flown to Baghdad" (the journey home under it, no visit)
# (or asked to go home under it, the journey still to come: "have asked to go back through the voluntary returns scheme and are
# expected to fly to Erbil in July")
_RETURNEES_BEFORE = re.compile(r"\b(?:signed up (?:for|to)|enrolled (?:in|on)|applied (?:for|to)|joined|accepted|took up|opted for|chose|"
                               r"asked (?:to|for))\b"
                               r"[^.;]{0,60}?\b(?:(?:voluntary|assisted)[- ]returns?|returns? (?:scheme|programme|program|package))\b"
                               r"[^.;]{0,40}?\band (?:then |later |was |were |(?:are|is|were|was) (?:expected|due|set|scheduled) to |will )?$")
# an aside set off by commas after a subject: ", which campaigners tracked under the call sign PVT041,"
_ASIDE_BEFORE = re.compile(r", (?:which|who|whose|where|when|a|an|the) [^,;]*,\s*$")


def _last_aside(before: str) -> re.Match | None:
    return _ASIDE_BEFORE.search(before)


# a name set off after its subject: "A Barcelona investigating judge, Marta Puig, ordered ..."
_NAMED_ASIDE = re.compile(r", [A-Z][\w’'.-]{0,30}(?: (?:[A-Z]|(?:de|van|von|der|den|al|el|bin|da|di|du|la|le)\b)[\w’'.-]{0,30}){0,4},\s*$")


# a standfirst told as a sentence, with its auxiliary: "Nine men were detained in Zakho and Duhok in raids led by ..."
# (not a headline's shorthand: "Four jailed after network sent hundreds across the Channel")
# ... or active with its auxiliary: "A British-funded scheme has paid grants to 310 returnees since last spring" (a
# headline's shorthand drops "has" too: "Scheme pays grants to 310 returnees")
# ... or with a participle not in -ed: "Families say 30 young men have left since June, despite a state-funded campaign ..."
# ... or in the present passive, what a statement brought ("..., as more liaison officers and a new database are promised"; a
# headline's shorthand drops "are": "Liaison officers promised")
# ... or in the future passive, a plan told with its auxiliary ("... and a returns deal will be signed in Erbil next month"; a
# headline's shorthand says "to be signed")
_FULL_CLAUSE = re.compile(r"\b(?:will be|was|were|has been|have been|had been|has|have|had|are|is)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|paid|made|"
                          r"sent|spent|built|set up|put up|given|brought|won|held|helped|found|taken|seen|"
                          # ... or an irregular participle of people's going: "say 30 young men have left since June"
                          r"left|gone|fled|run|come|become|fallen|risen|grown|lost)\b")


# a report's title page dating it, a heading of its own: "Summary of the annual review, published 4 March" (a page's bare
# "Published 4 March 2025" names no report, and is the page's date, no event)
# ... or a procurement notice's, its reference number between, as a tender record lists it: "Earlier notice: tender
# notice 2024/S 118-998877, published 2 July 2024"
_REPORT_DATELINE = re.compile(r"\b(?:(?i:report|review|briefing|study|inspection|audit|survey|evaluation|assessment)s?"
                              r"(?: (?:of|on|into) [^,.;:\n]{1,60})?|(?i:contract|tender|award|procurement) notice(?: [\w/.-]*\d[\w/.-]*){0,3})"
                              r", (?:published|released) "
                              rf"\d{{1,2}} (?:{'|'.join(MONTHS)})(?: (?:19|20)\d\d)?\s*$")


def _standfirst(text: str, sentence: tuple[int, int]) -> bool:
    """A line set under the headline that is a sentence without its full stop: a standfirst, which tells its events."""
    line_start = text.rfind("\n", 0, sentence[0]) + 1
    line_end = text.find("\n", sentence[1])
    line = text[line_start:len(text) if line_end == -1 else line_end]
    return (text[:line_start].strip() != "" and "\n\n" in text[:line_start] and len(line.split()) >= 12
            and _FULL_CLAUSE.search(line) is not None)


# a relative pronoun opening the verb's clause, a day or an adverb of time told before the verb ("who on Friday", "which later")
_RELATIVE_HEAD = re.compile(rf"^(?:who|which)(?: (?:on (?:{'|'.join(WEEKDAYS)})|yesterday|today|later|then|also))?$")


def _subject_clause(before: str) -> str:
    """The clause the verb's subject is told in: after the last comma, or before a name set off just before the verb."""
    clause = before[max(before.rfind(", "), before.rfind("; ")) + 1:]
    if _RELATIVE_HEAD.match(clause.strip()) and ", " in before:
        # a relative clause's subject is what it hangs on: "appeared before a judge on Monday, who ordered them held"
        # (its day may come before the verb: "was taken before a magistrate, who on Friday ordered him held for ten days")
        head = before[:before.rfind(", ")]
        return head[max(head.rfind(", "), head.rfind("; ")) + 1:]
    if not clause.strip() and (aside := _NAMED_ASIDE.search(before)) is not None:
        head = before[:aside.start()]
        return head[max(head.rfind(", "), head.rfind("; ")) + 1:]
    return clause


# a meeting asked for, no event told: "We ask to meet you before then", "has asked to meet the minister"
# ... or only wished for, as a letter's close offers one: "I would welcome the opportunity to meet you"
_ASK_TO_MEET = re.compile(r"\b(?:ask|asks|asked|asking|request|requests|requested|want|wants|wanted|would like|hope|hopes|hoped"
                          r"|(?:welcome|welcomes|welcomed)\s+(?:the|an|any)\s+(?:opportunity|chance))\s+to\s+$")


# ... or one urged on others, an appeal and no event told: "urged residents to meet the families", "called on both sides to meet"
_URGED_TO_MEET = re.compile(r"\b(?:urged|urges|urging|encouraged|encourages|encouraging|implored|implores|called on|calls on|calling on"
                            r"|appealed to|appeals to)\s+(?:[\w’'-]+\s+){1,5}?to\s+$")


# a conference named only as where someone spoke: "Speaking at a conference in Amman", "told reporters at a conference"
# ... or a statement read out there: "said in a statement read out at the briefing"
_SPOKE_AT = re.compile(r"\b(?:speaking|spoke|said|says|told|telling|addressing|addressed|speech|remarks|read out)\b(?:\s+[\w’'-]+){0,2}\s+$"
                      # ... or where someone answered questions: "Asked about the raids at a briefing in Erbil, the spokesman said"
                      r"|\b(?:asked|questioned) (?:about|on|over) (?:[\w’'-]+\s+){1,4}$", re.IGNORECASE)
# a meeting told as the setting of the event just before, undated in its own words: "announced on Monday a package ..., at a
# conference in Erbil" (that day)
_SETTING_JOIN = re.compile(r"^[^;:]*$")
# a day told right before a session set off by a comma, the decision's and the session's: "approved on Tuesday, at its session"
_DAY_BEFORE_SETTING = re.compile(rf"\b(?:on (?:{'|'.join(WEEKDAYS)}|\d{{1,2}} (?:{'|'.join(MONTHS)}))|yesterday|today),\s+$")
_SETTING = re.compile(r"(?:at|during) (?:a|an) ")
# what a body will discuss, up to the sitting named after it, set-off asides and a law's "No." in it: "will discuss the code,
# Decree No. 5 of 2019, at a session in May" (one sitting, that month's; no sentence ends inside)
_DISCUSSED_GAP = re.compile(r"(?:[^.;:]|(?<=\bNo)\.)+")


# a thing received, no visitor: "the petition was received by the Home Secretary"
_THING_RECEIVED = re.compile(r"\b(?:petition|request|application|bid|complaint|submission|proposal|invitation|note|message|"
                             r"email|call|payment|funds?|money|grant|donation|file|dossier|list|plan|claim|appeal|offer)s?\b[^,;]*$")


# a document setting out its contents, no announcement: "the memorandum set out a plan", "a report which set out a strategy"
_DOCUMENT_BEFORE = re.compile(r"\b(?:agreement|memorandum|deal|pact|accord|treaty|report|document|paper|statement|declaration|"
                              r"review|letter|bill|law|act|policy|white paper|framework|protocol)s?\b[^,;]*$", re.IGNORECASE)


# a person's name or identity made public, no report: "The name of the woman charged will be released after her hearing"
_NAME_RELEASED = re.compile(r"\b(?:[Nn]ames?|[Ii]dentit(?:y|ies))\b[^,;.]{0,60}$")
# officers posted, not visitors: "two National Crime Agency liaison officers arrived in Baghdad", "arrived to take up their posts"
_POSTED_BEFORE = re.compile(r"\b(?:liaison officers?|attach[ée]s?|secondees|seconded \w+)\b")
_POSTED_AFTER = re.compile(r"[^.;]*?\bto (?:take up (?:\w+ )?posts?|be (?:posted|based|stationed|seconded))\b")
# ... or one more of them, named before in its sentence: "a liaison officer is based in Erbil, and a second is due in Baghdad"
# (its coming told before the verb too: "and a third is due to arrive in Basra next month")
_ONE_MORE = re.compile(r"\b(?:[Aa] (?:second|third|fourth)|[Aa]nother|[Aa] further one)(?:\s+(?:is|are|will be) (?:due|expected|set) to)?\s+$")
# an event at a meeting told before, undated in its own words: "On the sidelines of the meeting, ... signed a memorandum"
# the other party's turn at a meeting: "For her part, ..."
_PART = r"[Ff]or (?:his|her|their|its) part\b"
_SIDELINES = re.compile(r"\b(?:[Oo]n the (?:sidelines|margins|fringes?) of|(?:[Aa]t|[Tt]owards?) the (?:end|close|conclusion) of|[Aa]t|[Dd]uring|[Ff]ollowing|[Aa]fter) the (?:[\w-]+ )?"
                        r"(?:meeting|talks|summit|dialogue|conference|forum)\b"
                        # ... or by those who opened or chaired it: "The dialogue was opened by X and Y, who signed a declaration"
                        r"|\b[Tt]he (?:meeting|talks|summit|dialogue|conference|forum) (?:was|were) (?:opened|chaired|co-chaired) by\b"
                        # ... or the other party's turn at it, as a state agency tells it: "For her part, the Ambassador announced"
                        rf"|\b{_PART}")
# ... or told after the verb, as what it followed: "The minister met returnees at a centre in Baghdad after the dialogue" (that
# meeting's day; people met there are no encounter undated: see _MET_ANYONE)
# ... or an occasion that is no meeting, told before with its day: "On the sidelines of the fair, the minister met ..." (the day
# the fair was held)
# ... or simply at it: "At the ceremony, the minister and the consul signed ..." (the ceremony told before with its day)
_SIDELINES_OF_OCCASION = re.compile(r"\b(?:[Oo]n the (?:sidelines|margins|fringes?) of|[Aa]t|[Dd]uring) the (?:[\w-]+ ){0,2}?"
                                    r"(?P<occasion>fair|exhibition|expo|ceremony|festival|launch|celebrations?)\b")
# ... or what was done once such an occasion was over, told in the past: "After the ceremony, the ambassador met ..."
_AFTER_THE_OCCASION = re.compile(r"\b(?:[Aa]fter|[Ff]ollowing) the (?:[\w-]+ ){0,2}?"
                                 r"(?P<occasion>fair|exhibition|expo|ceremony|festival|launch|celebrations?)\b")
# ... or the raids an arrest was made in, told before ("arrested seven men in the raids"), whom it took between
# (a police or gendarmerie "operation" is told as its raids are: "Seven organizers were detained in the operations")
_IN_THE_RAIDS = re.compile(r"(?: (?!(?:in|at|on|during)\b)[\w’'-]+){0,4}? (?:in|during) the (?:[\w-]+ )?(?:raids?|swoops?|operations?)\b")
# a visit named as where someone spoke, undated: "was speaking during a visit to", "Speaking on a visit to" (the day of the
# announcement told just before)
_SPEAKING_ON = re.compile(r"\b(?:[Ss]peaking|spoke) (?:during|on|at the end of) (?:a|an|her|his|their) (?:[\w-]+ )?$")
# ... or where someone told reporters what they said on a day told just before: 'X said on Monday that ... "...," he told
# reporters during a visit to Dover' (the saying's day, the visit's)
_TOLD_DURING = re.compile(r"\b(?:told (?:reporters|journalists)|said) (?:during|on) (?:a|an|her|his|their) (?:[\w-]+ )?$")
_OCCASION_WALK = 30  # sentences looked back for the occasion's day: it is told in the article's lead
# a deadline told in an infinitive after a past verb: "met the minister, and agreed to post two officers by the end of the year"
# (what was agreed is due then; the meeting is not)
_INFINITIVE_DEADLINE = re.compile(r"\bto (?!(?:the|a|an|his|her|their|its|our|this|that)\b)[a-z]+\b[^.;:]{0,120}?(?:\b(?:by|before|until)\s+)?$")
_HELD_NOUNS = frozenset(("conference", "Conference", "forum", "Forum", "summit", "Summit", "meeting", "Meeting", "workshop", "Workshop",
                         "seminar", "Seminar", "review", "Review"))
_TO_BE_HELD = re.compile(r"[^.;:]{0,40}? (?:will|is (?:due |expected |set |scheduled )?to) be held\b")  # (see the status's plan)
# (or the talks told by how long they ran: "at the end of six hours of talks", "after two days of negotiations")
_AFTER_THE_MEETING = re.compile(r"\b(?:after|following|at the (?:end|close) of) (?:the (?:[\w-]+ )?(?:meeting|talks|summit|dialogue)"
                                r"|(?:the |their )?(?:[\w-]+ ){1,2}?(?:hours?|days?) of (?:talks|negotiations|discussions))\b")
# ... or the meeting itself, named again as what the act was told to, or its delegations as who signed: "The observers briefed
# the meeting on ...", "addressed the talks", "a declaration signed by the five delegations" (see _SIDELINES)
_TO_THE_MEETING = re.compile(r" (?:the|that) (?:meeting|talks|summit|conference|session)\b"
                             r"| by (?:the|all) (?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve) )?(?:delegations|participants)\b")
# a sentence opening with a pronoun subject and its verb, and one opening with the other party's turn (see _SIDELINES)
_PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She|They) (?=[a-z])")
_PART_TURN = re.compile(rf"\s*{_PART}")
# an event told as made during a visit told after it (see event_candidates)
# ... or the visitor named before it: "to be signed during the British Security Minister's visit to Baghdad next month"
_DURING_A = re.compile(r"\b(?:during|on|in the course of) (?:(?:a|an|the|his|her|their|its) (?:[\w-]+ )?|(?:the )?(?:[A-Z][\w-]* ){0,4}[A-Z][\w-]*[’']s )$")
# an instrument named again as signed: "signed the document at the ministry", "signed it in the minister's office"
_THE_INSTRUMENT = re.compile(r" (?:it|(?:the|this) (?:new |extended |revised )?(?:document|agreement|deal|pact|accord|memorandum|text|extension))\b")
# the trip a visitor is on, told as the setting of an undated event: "making her first trip to the region", "on his visit"
_ON_THE_TRIP = re.compile(r"\b(?:making|[Oo]n|[Dd]uring|[Ii]n the course of) (?:his|her|their|its|the) (?:[\w-]+ ){0,2}?(?:trip|visit|tour)\b")
# a person described by whom they met, in a relative clause (see _not_an_event)
# a group of people met, holding no office (see _MET_PEOPLE): "met the group", "met the family", "met the boat"
_MET_GROUP = re.compile(r" (?:the|a|this|that) (?:[\w-]+ )?(?:group|family|boat|passengers|arrivals)\b")
# ... the "who" clause an aside on a person named before: "Shiro Aziz, 38, a volunteer with the Red Cross who"
_WHO_ASIDE = re.compile(r"[A-Z][\w’'-]+,(?: \d{1,3},)? (?:a|an) (?:[\w’'-]+ ){1,10}?who\s+(?:(?:had|has|have|first|also)\s+)?$")
# ... or helpers holding no office, met with people they help (see _not_an_event): "volunteers had met a group of ..."
_HELPERS_MET = re.compile(r"\b(?:[Vv]olunteers|[Rr]escuers|[Aa]id workers|[Cc]harity workers|[Oo]utreach workers|[Aa]ctivists|[Cc]ampaigners)"
                          r"\s+(?:(?:had|have|has|also|first)\s+)*$")
_WHO_MET = re.compile(r"\bwho\s+(?:(?:had|has|have|first|also)\s+)?$")
# a question asking someone to meet, as a member asks a minister: "Will the Minister meet families ...?"
# a reminder put as a question tells what follows "that" as fact: "May I remind the Minister that she is due before the
# committee on 9 July?" (as "May I point out that ...")
_REMINDS = re.compile(r"\s*(?:May|Can|Could|Might) I (?:remind|point out to|tell) (?:[\w’'.-]+ ){1,6}?that |\s*(?:May|Can|Could|Might) I point out that ")
_ASKS_TO_MEET = re.compile(r"\s*(?:Will|Would) (?:[\w’'-]+ ){1,4}?(?=meet\b)")
# (people "pushed back to Serbia", "moved to Erbil" were sent to a place, not put off to a day; a case "adjourned to" a
# court may still be put off)
_POSTPONED = re.compile(r"\b(?:postponed|put back|pushed back|delayed|moved|rescheduled|adjourned|deferred|adjourning) "
                        r"(?:(?:the |his |her |their )?(?:case|sentenc(?:e|ing)|hearing|trial)s? )?(?:until|till|to) "
                        rf"(?:(?<!pushed back to )(?<!moved to )|(?!(?!(?:{'|'.join(MONTHS)}|{'|'.join(WEEKDAYS)})\b)[A-Z]))")
# (not a clock's colon, "at 10:00 GMT", nor a wire's month abbreviated before its day, "on Nov. 3")
# (a name's initial ends no clause: "ordered Ahmad K. held"; the sentence's own end still bounds the clause)
# (the stop is matched before the abbreviations are looked behind for, over it: the same ends, but the look behind is made
# only at a stop, not at every character searched)
_CLAUSE = re.compile(r"[;!?]|:(?!\d)|\.(?<!\b(?:Jan|Feb|Mar|Apr|Aug|Sep|Oct|Nov|Dec)\.)(?<!\bSept\.)(?<!\s[A-Z]\.)(?=\s|$)(?! \d)|\s[—–]\s|$")
# an aside in a question, told as fact: "is the pact, signed last November, sending anyone home?"
_ASIDE = re.compile(r", $")
# ... or an instrument named by its signing and its date: "if the pact signed in Baghdad in May 2024 is working, why ...?"
# (what it is on may come between: "the joint statement on border security signed in Baghdad")
# ... or named with its parties and aim in an appositive before it: "the partnership with Iraq against smuggling gangs, agreed in ..."
# (a memorandum by its full name too: "the memorandum of understanding signed in London in 2024")
# (cooperation agreed between states is such an instrument, as in _AGREED_INSTRUMENT: "the border security cooperation agreed
# with Britain last year")
# (its noun's capital too, opening the sentence: "Agreements signed quickly are often implemented slowly")
_SIGNED_INSTRUMENT = re.compile(r"\b(?:(?:[Dd]eal|[Pp]act|[Aa]greement|[Aa]rrangement|[Pp]artnership|[Aa]ccord|[Mm]emorandum|[Tt]reat(?:y|ie)|[Ss]tatement"
                                r"|[Pp]rotocol|[Dd]eclaration)s?|[Cc]o-?operation) "
                                r"(?:of understanding )?(?:(?:on|for) (?:[a-z][\w-]* ){1,3}|(?:with|between) [\w’'-]+(?: [\w’'-]+){0,4}, )?$")
_SIGNED_WINDOW = 48  # characters looked back for the instrument: its noun and what it is on
# a plan named by its announcement, with the day it was made, was announced, whatever future the clause around it holds:
# "will rise to 40 under plans announced today by the minister", "measures unveiled yesterday" (not "plans to be announced")
# (a thing named by its title is one too, as is a programme or a fund: "a new £12 million Skills Programme announced today")
_ANNOUNCED_PLAN = re.compile(r"\b(?:(?i:plans|proposals|measures|package|reforms|changes|funding|strategy|scheme|programmes?|funds?|initiatives?)"
                             r"|[A-Z][\w’'-]*) $")
_TODAY_OR_BEHIND = re.compile(r"(?:today|yesterday|this morning|last (?:week|month))\b")  # (see the publication named by its day)
_TODAY_OR_PAST = re.compile(r"(?:today|yesterday|this (?:morning|afternoon|week)|last \w+|on (?:" + "|".join(WEEKDAYS) + r"))\b")
# ... or named by its maker, told between it and that day: "will face fines under rules unveiled by the Transport Secretary
# today" (the participle's maker marks it as done; not "will be announced by the minister today", see _MADE_BY)
_BY_MAKER = re.compile(r" by (?:the |a |an |its |their )?(?:[\w’'-]+ ){1,5}")
_QUESTION = re.compile(r'\?[\s"”’»]*$')
# a question asking only a detail of a dated past event tells the event as fact, as a quiz does: "The minister landed in
# which city on Monday?", "How many men did police arrest in Friday's raids on 7 May?" (not one asking why, or whether)
_DETAIL_QUESTION = re.compile(r"\b(?:[Ww]hich|[Hh]ow (?:many|much)|[Ww]ho)\b")
_WHY_OR_WHETHER = re.compile(r"\b(?:[Ww]hy|[Ww]hether|[Ii]f)\b|^\s*(?:[\d]+[.)] )?(?:Will|Would|Should|Could|Can|Is|Are|Was|Were|Has|Have|Do|Does)\b")
# where another event takes place: "signed at a follow-up meeting", "during the summit"
_AT_MEETING = re.compile(r"(?:at|during) ")
# a confirmation closing its sentence is the speech tag of what the sentence told before it: ", the Home Office confirmed."
# (its day may close it too: ", the ministry confirmed yesterday.")
_TAG_AFTER = re.compile(r"\s*(?:(?P<day>yesterday|today|on [A-Z][a-z]+day|last (?:week|night|[A-Z][a-z]+day))\s*)?(?:[.;]|$)")
# (with its day, a closing confirmation is a tag only after an event of its own still to come: "will meet Iraq's deputy
# minister on 5 August, the ministry confirmed yesterday"; of a step told, it is the announcement dated: "Two officers will
# be posted to Dover, the Home Office confirmed yesterday")
_COMING_EVENT = re.compile(r"\b(?:will|is due to|are due to|is to|are to|is expected to|are expected to)\s+(?:also\s+)?"
                           r"(?:meet|visit|travel|hold|sign|attend|host|fly)\b")
# a meeting named by its participle, what it is of between (see "meeting"): told only with a day of its own
_MEETING_HELD = re.compile(r"(?: of (?:the )?[\w’'–-]+(?: [\w’'–-]+){0,5}?,| with (?:the )?[\w’'–-]+(?: [\w’'–-]+){0,5}?,?)? held\b")
# a public body's confirmation is its announcement ("The Home Office confirmed last week that ...", "the interior ministry
# has confirmed"); a person's, a spokesman's or the police's is what they said ("She confirmed that an officer would be posted")
_BODY_BEFORE = re.compile(r"\b(?:[Oo]ffice|[Mm]inistry|[Dd]epartment|[Gg]overnment|[Aa]gency|[Ee]mbassy|[Cc]ommission|[Dd]irectorate|"
                          r"[Aa]uthority|Interior|Treasury|Downing Street|NCA|KRG)\s+(?:(?:has|have|had)\s+)?(?:also\s+|now\s+)?$")
# a person named and told by age, as a verb's objects are listed: "John Smith, 40, of Hull, and Adam Nowak, 38"
_AGED_NAME = re.compile(r"(?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+, (?:aged )?\d{1,2},")
# a clause with a subject of its own after ", and": "..., and 412 people crossed", "..., and police said"
# ... its own date first: "..., and on 19 February the Asayish arrested 14 men"
_NEW_SUBJECT = re.compile(rf"(?:(?:on|in|last|by) (?:\d{{1,2}}(?:st|nd|rd|th)? )?[A-Z][a-z]+(?: \d{{4}})?,? (?:the )?)?"
                          rf"(?:\d|[A-Z]|(?:he|she|they|it|we|police|officials|people|{_NUMBER_WORDS})\b)")
# a plan told after the verb: "the signing of a memorandum in the coming period"
_COMING = re.compile(r"\bin the (?:coming|upcoming|near) (?:period|days|weeks|months|future)\b")
# a hearing, trial or sentencing told as a noun is one still to come (its pattern holds a plan after it): "is due to take place"
# a court's act of fixing a hearing's day, told in the active ("fixed the trial for 3 June"): that hearing, still to come
_COURT_SETS = frozenset({"fixed", "set", "listed", "scheduled"})
_HEARING_AHEAD = re.compile(r"(?:(?:hearing|(?:re)?trial|[Ss]entencing)s?|proceedings)(?: dates?)?$")
# a hearing told by its day ("at a confiscation hearing on 16 March"): the setting of a ruling told with a verb of its own in the
# sentence ("was jailed at a hearing on 3 October") or on that day before, and no ruling besides; one a defendant "faces" is ahead
# a verdict, ruling or judgment told due or expected is ahead: "A verdict is expected on 9 May" (not "a ruling by the
# tribunal on 18 February", given)
_RULING_DUE = re.compile(r"(?:[Vv]erdict|[Rr]uling|[Jj]udge?ment)s? (?:is|are) (?:now )?(?:due|expected|set|scheduled|listed|fixed)\b")
_HEARING_ON = re.compile(r"(?P<ahead>fac|await|until)?\w* .*hearing$")
_AND_OR_CLAUSE = re.compile(r"\band\b|;")
# a meeting told in the passive, as a plan: "meetings of the committee are scheduled to be held", "the session will take place"
_MEETING_NOUNS = frozenset(("meeting", "meetings", "talks", "summit", "session", "conference", "forum", "press conference", "dialogue", "group",
                            "round", "workshop", "seminar", "roundtable", "round-table"))
# a meeting noun after another's "of", what that one is of: "the opening session of the forum would take place" is one meeting
# (its parties joined by a dash too, as a dialogue's name joins them: "the first round of the UK–Iraq Strategic Dialogue")
_OF_A_MEETING = re.compile(r"\b(?:[Mm]eetings?|[Tt]alks|[Ss]ummits?|[Ss]essions?|[Cc]onferences?|[Ff]orums?|[Rr]ounds?) of (?:[\w’'–-]+ ){0,4}$")
# a meeting asked to be held (the subjunctive of a directive): "directed that the next meeting be held on 5 October"
_BE_HELD = re.compile(r" (?:should |shall )?be held\b")
# people named by their arrest told before, undated: "The suspects arrested in Zakho face charges" (no arrest of its own)
# a court's order that people be held, the verb before them (see "ordered" under "court_ruling")
_ORDERED_HELD = re.compile(r"\bordered (?:[\w’'-]+,? ){1,8}?$")
_HELD_FOR = re.compile(rf" (?:for (?:a further |another |up to )?(?:\d+|{_NUMBER_WORDS}) (?:more )?(?:days|weeks|months)"
                       r"|in (?:pre-?trial |provisional )?(?:custody|detention)|pending (?:their |his |her )?trial"
                       r"|under (?:[Aa]rticle|[Ss]ection|[Pp]aragraph) \d+)\b")
# ... one or some of them, named again from an arrest told before: "One of the drivers detained on Monday, Ali Aziz, said ..."
_SOME_OF_ARRESTED = EndsOnWords(re.compile(rf"\b(?:{_NUMBER_WORDS}|\d+|each|both|some|most|all|several|many|none) of (?:the|those|these)\s+"
                               r"(?:[\w-]+\s+)?(?:suspects|men|women|people|smugglers|drivers|members|persons|individuals|accused|defendants)\s+$",
                               re.IGNORECASE), ("suspects", "men", "people", "smugglers", "drivers", "members", "persons", "individuals",
                                                "accused", "defendants"))
# the participle as an adjective, no arrest: "represents several of the detained employees", "the arrested men"
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|these|those|their|his|her|its|our|several|many|fellow)\s+(?:(?:recently|newly)\s+)?$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r" (?!(?:on|in|at|by|for|from|after|before|since|during|over|and|or|but|were|was|are|is|had|have|has|last|this|"
                         r"yesterday|today|earlier|under|near|without|with|as|when|while|until)\b)[a-z][\w-]*\b")
_ARRESTED_PEOPLE = re.compile(r"\b(?:[Tt]he|[Tt]hose|[Tt]hese)\s+(?:[\w-]+\s+)?(?:suspects|men|women|people|smugglers|drivers|members|"
                              r"persons|individuals|accused|defendants)\s+$")
# ... its subject long, with the parties named: "A coordination meeting with the British Embassy and the Kurdistan Regional
# Government's Ministry of Interior will be held" (no clause of its own between: not "the meeting lasted an hour, and officials said
# they would")
# (a name joining its parties with a dash, "UK–Iraq talks", is words of the subject too)
_PLAN_AFTER = re.compile(r"(?: (?!(?:said|says|that|which|who|when|while|after|before|but|if|lasted|ended|took)\b)[\w’'–-]+(?:,(?= [A-Z]))?){0,14}? "
                         r"(?:will|would|(?:is|are) (?:(?:scheduled|due|expected|set|planned|likely) )?to"
                         # ... or told with the day it is set for: "A joint mission to Akre is planned for 12 November"
                         # ... its place told first: "A workshop with donors is planned in Basra for October"
                         r"|(?:is|are) (?:scheduled|planned|set|slated|pencilled in) (?:(?:in|at) (?:[\w’'-]+ ){1,3}?)?for"
                         # ... or its month told with "in" after its place: "a follow-up meeting is planned in Basra in June"
                         # (or its day with "on": "a second session is planned in Mosul on 9 May")
                         rf"|(?:is|are) planned in [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? (?:in (?:{'|'.join(MONTHS)})|on \d))\b")
# a live blog's entry stamp leading its line: "16:45 GMT", "09.40 BST Minister arrives"
# (after a newline, a literal the scan jumps to: "^" in multiline mode is tried at every position)
_ENTRY_STAMP = re.compile(r"\n\d{1,2}[:.]\d{2}(?: (?:GMT|BST|UTC|CET|CEST|AST))?(?= |$)", re.MULTILINE)
_OWN_CLAUSE = re.compile(r", and |\b(?:that|after|before|since|when|once|until)\b")
_SUBORDINATE = re.compile(r"\b(?:that|after|before|since|when|once|until)\b")
# a claim in the first person, undated: "We have arrested the men who collect the money"
_WE_HAVE = re.compile(r"\b(?:[Ww]e|I)\s+(?:have|had|[’']ve)\s+(?:[\w-]+\s+)?$")
# people a visitor met there, no officials: "visited the camp and met families", "toured the fair and met returnees and
# employers" (not "met the district's mayor and young people": the mayor is met, nor "met the border officers")
# ... counted: "met about 30 of the students", "met 12 volunteers"; some of them: "met some of the families"
_MET_PEOPLE = re.compile(r" (?:(?:the|(?:some|many|several|most|all|a few) of|some|many|several|dozens of|a group of|local|young|former|about|around|nearly|almost|more than|\d[\d,]*(?: of)?) )*(?:[\w-]+ )?"
                         r"(?:returnees|employers|families|residents|students|workers|refugees|migrants|volunteers|survivors|people|"
                         r"traders|villagers|pupils|patients|staff|crews?|farmers|business owners|jobseekers|job seekers|graduates|"
                         r"trainees|children|women|men|locals|apprentices"
                         # ... or who work there and hold no office: "visited the processing site and met the interpreters"
                         r"|interpreters|translators|teachers|doctors|nurses|caseworkers|social workers"
                         # ... or who received its aid: "visited the bazaar and met grant recipients"
                         r"|recipients|beneficiaries)\b")
# ... or some of those told before, counted: "meets many of them weeks later" (see _not_an_event)
_THEM_COUNTED = re.compile(r" (?:many|most|some|all|few|several|each|both|hundreds|dozens) of them\b")
# a meeting still to come, its verb before "meet": "is due to meet", "will also meet", "plans to meet"
_MEET_AHEAD = re.compile(r"\b(?:will|would|shall|due to|expected to|set to|plans? to|planned to|going to|hopes? to|intends? to|is to|are to|"
                         r"agreed to|wants? to|invited to|asked to)\s+(?:[a-z]+\s+)?$")
# a journey's purpose, the journey's own programme: "is expected to visit Erbil on Monday for talks", "to visit London to meet"
_PURPOSE = re.compile(r"[^,;]{0,60}\s(?:for|to)\s$")
_HAVE_BEFORE = re.compile(r"\b(?:has|have|had|having)\s+(?:[\w-]+\s+)?$")
# the offence of a conviction, told undated after a dated one (its charges restated, as in a release's notes to editors: "were
# convicted of conspiracy to ...", "was also found guilty of money laundering"): that conviction, no other
# goods or a craft as what arrived (not its crew: "the ship's captain")
_GOODS = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir) (?:[\w-]+ ){0,2}?(?:containers?|shipments?|consignments?|"
                    r"cargo|parcels?|packages?|lorr(?:y|ies)|trucks?|boats?|dinghy|dinghies|vessels?|ships?"
                    # ... or equipment given: "The scanners are due to arrive in May"
                    r"|equipment|devices?|scanners?|cameras?|drones?|kits?|supplies)\b(?![’'])")
# a date told after the verb inside a clause that names a place or an occasion by what happened there or then, its own verb
# told: "have arrested a man accused of organising the crossing in which a boy drowned last month" (the drowning's month, not
# the arrest's), "toured the crossing where scanners were installed last year" (a clause of its own subject: not the people
# the verb told of, "arrested him at the checkpoint where he was stopped on Monday", the same incident's day)
_PLACE_RELATIVE_AFTER = re.compile(r"\b(?:(?:in|during|on|at) which|where) (?!(?:he|she|they|it|we|I|you|the (?:suspects?|men|man|woman|driver)s?)\b)(?:[\w’'-]+ ){1,8}?(?:[a-z]+ed|drowned|died|sank|ran|began|fell|came|went|took|"
                                   r"were|was|had been|had) (?:[\w’'-]+ ){0,4}?$")
# what a convict did, told in a clause of its own under the ruling: its dates are the offence's, not the ruling's
# ... or dated with its year, as a ruling told as news is not: "received four years for carrying 11 migrants ... in August 2024"
_OFFENCE_CLAUSE = re.compile(r" for [a-z]+ing\b[^.;]{0,80}?\b(?:that|which|who|whose|including)\b"
                             rf"| for [a-z]+ing\b(?=[^.;]{{0,100}}?\b(?:in|on) (?:\d{{1,2}} )?(?:{'|'.join(MONTHS)}) (?:19|20)\d\d\b)")
_CONVICTED = re.compile(r"convicted|found guilty")
_ALSO_BEFORE = re.compile(r"\b(?!(?:He|She|It|This|That)\b)[A-Z][\w’'-]+ was also $")  # one named defendant (not "Two of them were also")
_NOTES_HEADING = re.compile(r"^\s*Notes? (?:to|for) [Ee]ditors\b", re.MULTILINE)
# ... or the law it was under, told undated after any dated ruling (a sentencing too) of one referred back to: "He was convicted
# under Article 5 of ...", "The man, X, was convicted under ..." (not one first named there: "X, 41, was convicted under")
# (or in the active, the convict its pronoun, the court told again: "The court, presided over by X, convicted him under ...")
_OFFENCE_AFTER = re.compile(r"(?:convicted|found guilty) (?:(?:him|her|them) )?(of|under)\b")
_REFERRED_BACK = re.compile(r"\s*(?:He|She|They|The (?:man|woman|men|women|defendants?|accused|pair|driver|smuggler|court|judge|jury)s?"
                            # ... or by the surname alone, the sentence's subject: "Karimi was convicted under Article 298"
                            r"|[A-Z][\w’'-]+(?= (?:was|were) convicted\b))\b")
# ... but another defendant's, told by the subject that counts them on: "A fourth man, the driver, was convicted of the same offence"
_ANOTHER_DEFENDANT = re.compile(rf"(?:(?:A|An) (?:{_NTH}|further)|Another|One other) (?:[\w-]+ )?(?:man|woman|defendant|accused|suspect|co-defendant)\b"
                                # ... or the co-defendant named so: "His co-defendant, X, 29, was convicted of ..."
                                r"|(?:His|Her|Their|The|A) co-(?:defendants?|accused)\b")
# ... but a defendant named in full as the subject, first named there (a list's number, an age or a date of birth after the
# name; two named by "and"), is a ruling on that person, a mention of its own: "Omar Khalid Aziz (DOB 03/05/1990) was convicted
# of two counts", "Omar Aziz, 33, and Lana Jaf, 29, were found guilty of ..." (not "He", "The men", a surname alone)
_CONVICT_NAME = r"(?!(?:The|This|That|These|Those|His|Her|Their|Its|A|An|Both|All|Two|Three|Four|Five)\b)[A-Z][\w’'-]+(?: (?:[A-Z][\w’'-]+|al|el|bin|de|van|von|da)){1,4}"
_CONVICT_ASIDE = r"(?: \([^()\n]{1,40}\))?(?:, [^;.()\n]{1,80}?,)?"
_NAMED_CONVICT = re.compile(rf"(?:\d{{1,2}}[.)]\s+)?{_CONVICT_NAME}{_CONVICT_ASIDE}(?: and {_CONVICT_NAME}{_CONVICT_ASIDE})? (?:was|were) ")
_AND_PREDICATE = re.compile(r" and (?:is|are|was|were|will|would|has|have|had)\b")
_AND_JOIN = re.compile(r"^[^,;:]*\band\s+$")
# ... a name set off between: "visited the bakery on Tuesday with the deputy governor, Nizar Sleman, and announced"
_AND_JOIN_NAMED = re.compile(r"^[^,;:]*, [A-Z][\w’'.-]*(?: (?:[A-Z]|(?:al|el|bin|de|van|von)\b)[\w’'.-]*){0,4}, and\s+$")
_DAY_NAMED = re.compile(r"\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow),\s+(?:on\s+)?$")
# a second ruling of the same subject, undated, after asides: "was convicted at Hull Crown Court in 2023 of ..., having steered
# the boat, and was sentenced to 20 months": the case told once, by its dated ruling
# a trial's ruling, told by its verb (not a remand nor an order to hold a suspect, which follow an arrest at once)
_TRIAL_RULING = re.compile(r"\b(?:sentenced|jailed|convicted|imprisoned|found guilty)\b")
_RULING_AND = re.compile(r"^[^;:]*, and (?:(?:was|were) )?(?:also |then )?$")
# the verdict a sentence followed, told after it: "jailed him for six years after he was found guilty of", "after being convicted of"
_AFTER_CONVICTED = re.compile(r"[^;:.]*\b(?:after|following|once) (?:being |(?:he|she|they|both|all [\w’'-]+|the (?:[\w’'-]+ ){0,2}?[\w’'-]+) "
                              r"(?:was|were|had been) )")
# a clause hung on the event before shares its day: "visited Zakho on Monday, where she met the mayor", ", during which they signed"
# (not one told as before it: "where police had arrested ten men")
_WHERE_JOIN = re.compile(r"^[^,;:]*,\s+(?:where|during which|at which|in which)\s+(?:[\w’'-]+\s+){0,4}?(?<!had )$")
# ... or after a place told with commas before it: "held talks on Monday with the minister, Ali Hassan, at the Interior
# Ministry, where the two ministers signed ..." (the place the clause's last words: the same occasion, that day)
_WHERE_AT_PLACE_JOIN = re.compile(r"^[^;:]*\b(?:at|in) (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,4},\s+where\s+(?:[\w’'-]+\s+){0,4}?(?<!had )$")
# ... or a second party's act told as following it, no day of its own: "Police on Wednesday arrested two men, ..., and a
# court later ordered them held": the same day (a count of days after it is LATER's)
_LATER_JOIN = re.compile(r", and (?:[\w’'-]+ ){1,4}?later\s+$")
# ... or a clause of what happened meanwhile, hung on the event before by "as" or "while", no day of its own: "The ministry
# announced the grant on Monday, as its minister toured the camp" (the same day; not a perfect or a plan: "as officials had
# visited", nor "as well as", "as part of", "as a result")
_AS_WHILE_JOIN = re.compile(r"^[^;:]*,\s+(?:as|while)\s+(?!(?:well|part|such|a|an|if|though|soon|long|far|much|many|of|for|in|it|is|was|were)\b)"
                            r"(?:[\w’'()-]+\s+){1,8}?(?<!\bhad )(?<!\bhas )(?<!\bhave )(?<!\bwill )(?<!\bwould )(?<!\bwas )(?<!\bwere )$")
# ... or the parties of the meeting just told, signing at it: "held talks with the minister on Tuesday, and the two men signed a
# memorandum" (that day; not a subject of its own: ", and police signed")
_PARTIES_JOIN = re.compile(r"^[^;:]*, and (?:the two (?:[\w-]+ )?(?:men|women|ministers|sides|leaders|officials|delegations|countries|"
                           r"governments)|both (?:men|women|sides|ministers)|they)\s+(?:also\s+|then\s+|later\s+)?$")
_TAG_AND = re.compile(r", (?:[\w’'-]+ ){1,4}?(?:said|say|says|reported|confirmed), and ")
# a day told before the subject of a speech verb is the saying's, when the reported verb has a day of its own after it: "On
# Sunday police said they had arrested three men on 5 February" (5 February)
_DATED_SAYING = re.compile(r",? (?:[\w’'-]+ ){1,4}?(?:said|says|told [\w’'-]+|announced|confirmed|reported)(?: that)? (?:[\w’'-]+ ){1,3}?")
# (arrests made right after a raid are its own too: "have been arrested after officers raided a restaurant on Thursday")
_WHEN_JOIN = re.compile(r"\s+(?:when|as|after)\s+(?:[\w’'-]+\s+){1,3}")
# ... the ring named before its passive verb: "the network that organised his journey was broken up when 11 suspects were arrested"
_RING_BROKEN_WHEN = re.compile(rf"(?: [\w’'-]+){{0,6}}? (?:was|has been|had been) {_BROKEN_UP}\s+(?:when|as|after)\s+(?:[\w’'-]+\s+){{1,3}}")
_AND_THEN = re.compile(r"^[^,;:]*\band\s+(?:(?:will|would|shall|is to|are to|to)\s+)?$")
# a visit named as the setting of the event just before: "signed a memorandum during a visit to Baghdad by the minister" (that
# event's day), or as the journey of a visit just told: "arrived in Erbil on Saturday on her first visit to the Region" (that visit)
_VISIT_SETTING = re.compile(r"^[^;:]*\b(?:during|on|in the course of) (?:a|an|the|his|her|their|its) (?:[\w-]+ ){0,2}?$")
# a briefing given to a visitor where the visit went: "visited the crossing, where she was briefed by officers" (the visit's own)
_BRIEFED_THERE = re.compile(r"^[^;:]*,\s+where\s+(?:[\w’'-]+\s+){1,3}?(?:was|were|had been|has been|have been)\s+$")
# the visit told before, named again as the setting of an announcement: "announced during the tour that ..."
_DURING_THE_VISIT = re.compile(r" (?:during|on) (?:the|his|her|their) (?:tour|visit|trip)\b")
# the meeting told before, named again as the setting of the verb right before: "announced during the meeting that ..."
_THE_MEETING = re.compile(r"(?:at|during) the (?:[\w-]+ )?meeting$")
# an event told as under way while a dated speech act took place: "officials said on Thursday, as the two sides held talks"
# (the comma may be left out: "told the Commons yesterday as she announced a further £14.5 million")
_SPOKEN_AS = re.compile(r"\b(?:said|says|told(?: [\w’'-]+){1,3}?|announced|confirmed)\s+(?P<day>(?:on )?(?:" + "|".join(WEEKDAYS)
                        + r")|today|yesterday|on \d{1,2} \w+|on \w+ \d{1,2}),?\s+as\s+(?:[\w’'-]+\s+){1,5}$")
# ... or talks just ended as they spoke: "a minister said on Wednesday after talks in Erbil" (that day; not an arrest or a ruling
# "after" which something was said, whose day may be any before)
_SPOKEN_AFTER = re.compile(r"\b(?:said|says|told(?: [\w’'-]+){1,3}?|announced|confirmed)\s+(?P<day>(?:on )?(?:" + "|".join(WEEKDAYS)
                           + r")|today|yesterday|on \d{1,2} \w+|on \w+ \d{1,2}),?\s+(?:after|following)\s+(?:(?:the|their|his|her|its)\s+)?(?:[\w’'-]+\s+)?$")
# a dateline ("DUHOK, March 10 — ", "LONDON, Dec 13 (Agency) - "): the article's date, not an event's
# a second weekday after a weekday: "on Monday night and Tuesday" (the DATE_RE match of the second)
_WEEKDAY_PAIR = re.compile(rf"(?: (?:night|morning|afternoon|evening))? and (?:on )?(?P<wd>{'|'.join(WEEKDAYS)})\b(?![’'])")
# ... its date in brackets too: "ZAKHO, Kurdistan Region (Nov. 5) – "
_DATELINE = re.compile(r"(?:^|\n)[A-Z][A-Z/ .’'-]+(?:, [A-Z][\w ]*)?(?:, | ?\()$")


# what a body was made for, told by "to meet" after its making: "The office was set up to meet them", "was created to meet"
_SET_UP_TO = re.compile(r"\b(?:created|set up|established|formed|designed|built|founded|launched|made)\s+(?:(?:precisely|specifically|"
                        r"partly|largely|mainly|only|just)\s+)?to\s+$")
# an appearance told before a remand (the remand is told with it): "appeared at Hull Crown Court on Monday and was remanded"
_APPEARED = re.compile(r"\bappeared\b")
# a body named in a clause: "The federal Ministry of Interior on Monday launched"
_BODY_NOUN = re.compile(r"\b(?:Office|Ministry|Department|Government|[Gg]overnment|Agency|Embassy|Commission|Committee|Directorate|Authority|"
                        r"[Mm]inistry|NCA|KRG"
                        # ... or a local government: "Duhok governorate on Monday launched", "The city council on 3 May launched"
                        r"|[Gg]overnorates?|[Mm]unicipality|(?:[Cc]ity|[Cc]ounty|[Bb]orough|[Dd]istrict|[Pp]rovincial) [Cc]ouncil)\b")
# a court as the subject of a remand: "A judge at the district court remanded", "magistrates in Leeds remanded"
# whom a court placed under arrest pending trial, told after "placed" (see EVENT_VERBS): "placed the driver under preventive arrest"
_PRETRIAL_ARREST_AFTER = re.compile(r" (?:[\w’'-]+ ){1,4}?under (?:pre-?trial|preventive|provisional) (?:arrest|detention)\b")
_COURT_SUBJECT = re.compile(r"\b(?:[Jj]udges?|[Mm]agistrates?|[Cc]ourts?|[Tt]ribunal|[Jj]ustice|[Pp]anel)\b")  # (a court's bench of judges:
# "The panel also ordered ...")
# a fine told for people found hidden in a vehicle, or for carrying them: the clandestine-entrant civil penalty ("fined £8,000
# after three men were found in his lorry", "fined for carrying clandestine entrants")
_CARRIED_PEOPLE = re.compile(r"\b(?:(?:found|hidden|hiding|concealed|discovered)\b[^.;]{0,80}?\b(?:trailers?|lorr(?:y|ies)|trucks?|"
                             r"curtainsiders?|vehicles?|vans?|cabs?|pallets)\b|carrying (?:clandestine entrants|stowaways|migrants)\b)")
# a judge named by title and name as the remand's subject: "Judge Anna Berg remanded him in custody until sentencing" (the
# court's own ruling, told undated as the README's remands by a court are; not "a judge remanded them" after an appearance)
# (a circuit judge styled by the honorific: "His Honour Judge X remanded both in custody")
_NAMED_JUDGE = re.compile(r"(?:^|[.;]\s+)(?:(?:His|Her) Honour )?(?:(?:District|Circuit|Senior|Crown Court|High Court|Investigating) )?[Jj]udge(?: [A-Z][\w’'-]+){1,3}\s+$")
# ... or as its agent, in the passive: "were remanded in custody by magistrates in Leeds" (not "by police")
# (its day may come between: "was remanded in custody on Wednesday by an investigating judge")
_REMANDED_BY_COURT = re.compile(r" (?:in (?:custody|detention) |on bail )?(?:(?:on (?:[A-Z][a-z]+|\d{1,2} [A-Z][a-z]+)|yesterday|today) )?by (?:a |an |the )?(?:[\w’'-]+ ){0,2}?(?:[Jj]udges?|[Mm]agistrates?|[Cc]ourts?|[Tt]ribunal)\b")
# an appeal or a case is what is heard: "The appeal is expected to be heard in March" (not a voice: "wants to be heard", nor a
# principle: "every case must be heard")
# (a tribunal's country guidance is a case too: "Fresh country guidance on Iraq is listed to be heard on 22 October")
# (its owner may be named: "Karim's appeal is due to be heard on 4 June")
_HEARD_SUBJECT = re.compile(r"\b(?:(?:the|his|her|their|its|an?|[A-Z][\w-]*[’']s)\s+(?:[\w-]+\s+)?(?:appeals?|case|cases|challenge|application)|country guidance)\b[^,;.]{0,60}$",
                            re.IGNORECASE)
# a deadline set by an order, not the order's date: "by June 2026", "before the end of the year"
_DEADLINE = re.compile(r"(?:[Bb]y|[Bb]efore|[Uu]ntil)\b")
_DEADLINE_BEFORE = re.compile(r"\b(?:[Bb]y|[Bb]efore|[Uu]ntil)\s+$")
# the day a thing announced starts on, told after it, is the thing's, not the announcement's: "announced a poster campaign
# in schools starting next month" (undated, and told as done)
_STARTS_BEFORE = re.compile(r"\b(?:starting|beginning|commencing|to (?:start|begin|run)|due to (?:start|begin))\s+(?:from\s+)?$")
# talks told as a meeting in summary: "met for talks on ...", "met to discuss ..."
_MET_FOR_TALKS = re.compile(r" (?:(?:in|at) [A-Z][\w-]* )?(?:for (?:[\w-]+ )?talks|to discuss)\b")
# a press conference named again as what someone attended (see _not_an_event)
_ATTENDED_THE = re.compile(r"\b(?:attended|attending|attends)\s+the\s+$")
# a habit told by "every time": "Every time a gang is jailed, another one moves in", "whenever police arrest a driver"
_EVERY_TIME = re.compile(r"\b(?:[Ee]very time|[Ee]ach time|[Ww]henever)\b")
# a likelihood compared, a share and no event: "were three times as likely to say they had been detained", "more likely to be arrested"
_AS_LIKELY = re.compile(r"\b(?:as|more|less) likely\b[^.;:]{0,80}$")
# a habit, no event: "Ministers have announced money again and again", "have repeatedly met"
_HABITUAL = re.compile(r"\b(?:again and again|time and (?:time )?again|time after time|over and over|repeatedly)\b")
_APPOSITIVE_BEFORE = re.compile(r", (?:a|an|one|which|that) ")  # an aside naming the thing the verb told of (see _HABITUAL)
# ... or told in the present passive, undated: "every removal flight is announced as a success" (what is done each time)
# ... or as a gerund, the background to something else: "within days of the new rota being announced"
_IS_DONE = re.compile(r"\b(?:is|are|being)\s+(?:(?:\w+ly|always|often|never|still|now)\s+){0,2}$")
# a thing named by the announcement it was first made in: "up from the £800,000 first announced", "bigger than originally
# announced" (the earlier announcement named, undated, no event told)
_FIRST_MADE = re.compile(r"\b(?:first|originally|initially|previously)\s+$")
# a private family's announcement, news of a death or a birth, no public body's: "has died aged 71, his family announced on Friday"
_FAMILY_BEFORE = re.compile(r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he)\s+(?:family|relatives|widow|widower)\s+$")
# a quotation's closing mark (straight or curly)
_QUOTE_CLOSE = re.compile(r"[\"”]")


def _quote_end(text: str, sentence: tuple[int, int], m: re.Match, end: int) -> int:
    """Where the quotation a verb is told in closes, before ``end``; ``end`` for a verb told outside any quotation."""
    opened = text[sentence[0]:m.start()]
    if not (opened.count('"') % 2 or opened.rfind("“") > opened.rfind("”")):
        return end
    close = _QUOTE_CLOSE.search(text, m.end(), end)
    return close.start() if close is not None else end


# people described by a meeting, no meeting told: "40 percent of the people she met at the camp", "the families we met"
# a thing met, in the passive: "the deadline is now usually met" (people met on arrival: see _MET_ON_ARRIVAL)
# ... or a cost met by money: "the running costs are met by a £180,000 grant from the Home Office" (not "met by the consul")
_MET_BY_MONEY = re.compile(r" by (?:a |an |the |its |their )?(?:[\w’'-]+ ){0,2}?(?:[£$€]|\d|grants?\b|funds?\b|funding\b|donations?\b|budgets?\b)")
# a cost met out of a fund, no meeting: "The course cost £40,000, met from the Stability Fund", "costs are met out of the
# department's budget"
_MET_FROM_MONEY = re.compile(r" (?:from|out of) (?:a |an |the |its |their |our |existing )?(?:[\w’'-]+ ){0,4}?"
                             r"(?i:funds?|budgets?|reserves|allocations?|grants?|resources|accounts?|savings)\b")
_PASSIVE_MET = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|not|now|still|always|never|rarely|often)\s+){0,2}$")
# people met with no article or name, as a habit or a research encounter: "met young men", "meet returnees at the desks"
_MET_ANYONE = re.compile(r" (?!(?:the|a|an|his|her|their|its|our|my|two|three|four|five|\d+)\b)(?:(?:young|local|older|former|new|recent|many|"
                         r"other|some|hundreds of|dozens of|scores of)\s+)*(?:[\w-]+\s+)?(?:men|women|people|returnees|families|migrants|"
                         r"refugees|survivors|children|boys|girls|teenagers|mothers|fathers|parents|students|workers)\b")
# ... or a word of quantity standing for people told before, no noun: "I met several in Zakho who had never been paid"
# two office-holders named by title, the whole subject of the clause: "Foreign Secretary Ann Vale and President Barzani "
_TITLE_WORD = r"(?:Minister|Secretary|President|Ambassador|Governor|Commissioner|Chancellor|Premier|Mayor|Consul|Envoy)"
_TITLED_PAIR = re.compile(rf"(?:\A|[.;:]\s+|,\s+)(?:[A-Z][\w’'-]* ){{0,3}}{_TITLE_WORD} (?:[A-Z][\w’'-]+ ){{1,3}}and (?:the )?"
                          rf"(?:[A-Z][\w’'-]* ){{0,3}}{_TITLE_WORD} (?:[A-Z][\w’'-]+ ){{0,2}}[A-Z][\w’'-]+ \Z")
# whom with, as "discussed" under "meeting" tells it: "discussed returns with the Iraqi Minister of Interior"
_DISCUSSED_WITH = re.compile(r" (?:[\w’'-]+ ){0,4}?with (?:the |his |her |their |a |an )?(?:[\w’'-]+ ){0,5}?(?:[Mm]inisters?|"
                             r"[Ss]ecretary|[Cc]ounterparts?|[Aa]mbassadors?|[Dd]elegations?|[Pp]resident|[Ee]nvoys?|[Cc]onsul|[A-Z]{3,6})\b")
_MET_SOME_OF_THEM = re.compile(r" (?:several|many|some|a few|dozens|scores|hundreds|others)(?= (?:in [A-Z]|at (?:the |a )?[a-z]|who\b|whose\b))")
# ... people named by their country, or counted by a word of quantity: "many Iraqis she met", "most of the drivers we met"
_MET_BY_WHOM = re.compile(r"\b(?:people|those|m[ae]n|wom[ae]n|person|someone|families|migrants|refugees|returnees|children|ones|survivors|officers|officials|"
                          r"staff|guards|volunteers|doctors|teachers|soldiers|workers|smugglers?|traffickers?|agents?|brokers?"
                          r"|(?<=[Mm]any )[\w-]+s|(?<=[Mm]ost )[\w-]+s|(?<=[Ss]ome )[\w-]+s|(?<=[Aa]ll )[\w-]+s|(?<=[Ff]ew )[\w-]+s|(?<=[Ss]everal )[\w-]+s"
                          r"|(?<=[Mm]any of the )[\w-]+s|(?<=[Mm]ost of the )[\w-]+s|[A-Z][a-z]{2,}(?:is|ns|ds|bs|ks|ts))\s+(?:(?:who|whom|that)\s+)?"
                          r"(?:she|he|it|they|we|I|you)\s+(?:(?:had|has|have)\s+)?$")
# ... or by a group of someone's own, a possessive plural (people holding no office met): "the people her caseworkers had met"
_MET_BY_OWN = re.compile(r"\b(?:people|those|m[ae]n|wom[ae]n|families|migrants|refugees|returnees|children|survivors)\s+(?:(?:who|whom|that)\s+)?"
                         r"(?:her|his|their|our|my) (?:[\w-]+ )?[a-z][\w-]*s\s+(?:(?:had|has|have)\s+)?$")


# sites visited named by a bare plural: "visit schools in Ranya", "visited border crossings in Zakho" (see "visit")
_BARE_SITES = re.compile(rf" (?!(?:the|a|an|its|their|his|her)\b)(?:[\w’'-]+ )?{_SITE}(?<=s) (?:in|at|near|across) [A-Z]")


# a document signed by a count of people: "a petition signed by more than 3,000 people", "a letter signed by 40 MPs"
# a visit named as what a live blog covers, its events told in its entries: "Welcome to our live coverage of the minister's visit"
# "visit" after a possessive is the noun, the words after it a new clause, not its object: "During our visit the prison
# housed 210 women" (only before a determiner, which the verb's object would have; "our visit to Erbil" stays)
_VISIT_NOUN_BEFORE = re.compile(r"\b(?:[Oo]ur|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) (?:[\w-]+ )?$")
_VISIT_NOUN_AFTER = re.compile(r" (?:the|a|an|its|their|his|her|our|my) ")
_COVERAGE_OF = re.compile(r"\bcoverage of (?:the )?(?:[\w’'-]+ ){0,4}$")
# a plan carried out at once, as a moderator closes a session: "The ministers will now sign the action plan"
_NOW_AHEAD = re.compile(r"\b(?:will|shall|are to|is to) now\s+$")
_DAY_JUST_BEFORE = re.compile(r"\b(?:today|yesterday|this (?:morning|afternoon))\s+$")
# a day opening the sentence, its subject between, is a report's published: "On 3 June the Chief Inspector published an
# inspection of the unit" (a list's number may come first: "4. On Monday the charity published ...")
_OPENING_DAY = re.compile(rf"\s*(?:\d{{1,2}}[.)]\s+)?On (?:\d{{1,2}} (?:{'|'.join(MONTHS)})|(?:{'|'.join(WEEKDAYS)}))\b")
# minutes approved as a record, no instrument: "RESOLVED that the minutes be signed as a correct record"
# a record's sign-off, no signing of an instrument: minutes "signed as a correct record", accounts "approved by the Board ...
# and signed on its behalf by the Chair"
_SIGNED_AS_RECORD = re.compile(r" as an? (?:correct|true|accurate|full) record\b| on (?:its|their|the (?:[\w’'-]+ ){1,3}?[\w’'-]+[’']s?) behalf by\b")
# a share of the people whose arrest was told before, no arrest of its own: "Nine of those arrested were detained in Belgium"
_SHARE_OF_ARRESTED = re.compile(rf"\b(?:most|many|some|half|all|none|several|\d+|{_NUMBER_WORDS}) of (?:those|the (?:[\w-]+ )?"
                                r"(?:suspects|people|men|women)) (?:arrested|detained)\b(?: [\w’'-]+){0,3}? $", re.IGNORECASE)
# a person told as one of the people of an arrest told before: "The ringleader was among those arrested in Kiel" (that arrest's day)
_AMONG_THOSE_ARRESTED = re.compile(r"\b(?:was|were) among those $")
_OF_THOSE = re.compile(r"\bof (?:those|the (?:[\w-]+ )?(?:suspects|people|men|women)) $", re.IGNORECASE)
# the writer met by a source, as a feature tells its reporting: "The smuggler meets me in a tea house"
_MET_THE_WRITER = re.compile(r" (?:me|us)\b")
# a speaker set beside another before the press conference named: "Speaking alongside Iraq's interior minister, X, at a press
# conference at the ministry, Denholm said"
_SPOKE_ALONGSIDE = re.compile(r"\b[Ss]peaking (?:alongside|with|beside|next to) [^.;:]{0,100}?\bat (?:a|the) (?:[\w-]+ )?$")
# people signing papers, no instrument concluded: "they signed whatever the officer put in front of them", "made to sign
# forms", ... or the verb in such a clause itself: "what they were told to sign"
# (a limit first, as a defence puts it: "his client had signed only what his superiors put in front of him")
# (and a cheque, a decision, a decree or an order signed is paid or made, no instrument concluded between parties: "had
# signed a blank cheque", "the governor signed the decree on Monday")
_SIGNED_PAPERS = re.compile(r" (?:(?:only|just|merely|simply) )?(?:what|whatever|anything|everything|(?:the |some |their |his |her |a |an |"
                            r"(?:a |an |the |his |her |their |its )?blank )?(?:papers|forms|confessions?|waivers?|cheques?|checks|"
                            r"decisions?|decrees?|orders?)\b)")
# ... the same told in the passive: "The decision was signed by the governor"
_PAPER_SIGNED = re.compile(r"\b(?:[Dd]ecisions?|[Dd]ecrees?|[Oo]rders?|[Cc]heques?)\s+(?:(?:was|were|is|are|has been|had been|have been)\s+)$")
_WHAT_TO_SIGN = re.compile(r"\b(?:[Ww]hat|[Ww]hatever|[Aa]nything|[Ee]verything)\b[^.;:,]{0,40}\bto $")
_SIGNED_BY_COUNT = re.compile(rf" by (?:more than |over |nearly |almost |about |some |at least |around )?(?:\d[\d,]*|{_NUMBER_WORDS}|hundreds|thousands|dozens)\b")
# a participle with a preposition or an article before it and no subject: "of the 187 convicted", "from convicted smugglers"
# a subject of anyone or no one: "Every smuggler arrested ...", "Any driver caught ...", "No one arrested ..."
# a ruling hoped for or feared: "I expect my client to be acquitted", "we hope they will be convicted"
_HOPED_RULING = re.compile(r"\b(?:expect|expects|expected|hope|hopes|hoped|want|wants|believe|believes|trust|fear|fears|confident)\s+"
                           r"(?:[\w’'-]+\s+){0,3}?(?:to|will|would)\s+be\s+$")
# a journey made to hear a ruling: "travelled from Ranya to hear the verdict", "came to court to hear the sentences"
_CAME_TO_HEAR = re.compile(r"\b(?:travelled|traveled|came|went|flew|drove|gathered|queued|waited|arrived|returned)\b[^,;.]{0,60}\bto\s+$")
# an interval counted from an event: "two years after it was signed", "months after they were arrested"
_YEARS_AFTER = re.compile(r"\b(?:[\w-]+ )?(?:months?|years?) (?:after|since) (?:it|they|the (?:[\w-]+ )?\w+) (?:was|were|had been|has been) $")
# a power given to sign, no signing: "6. Authorising the Minister of Interior to sign a memorandum with the UK"
_OPTION_BEFORE = re.compile(r"\b(?:can|may)\s+(?:[\w’'-]+\s+){0,2}?$|\b(?:can|may)\s+(?:call|phone|ring|email|write|contact|apply|text)\b[^;]{0,160}\bor\s+$"
                            # ... or told by the gerund: "can check their claim by calling the helpline, 116, or visiting its office"
                            r"|\b(?:can|may)\s+(?:[\w’'-]+\s+){0,4}?by\s+(?:calling|phoning|ringing|emailing|writing|contacting|texting)\b[^;]{0,160}\bor\s+$")
_AUTHORISED_TO = re.compile(r"\b(?:[Aa]uthori[sz](?:e|es|ed|ing)|[Ee]mpower(?:s|ed|ing)?|[Mm]andat(?:e|es|ed|ing))\b[^.;:]{0,60}\bto $")
_BEING = re.compile(r"\bbeing $")
# (the count may be left out, people of a kind: "among them people convicted of assault", "the fingerprints of Iraqi nationals
# detained at the border")
_COUNTED_PEOPLE_BEFORE = EndsOnWords(re.compile(rf"\b(?:[Ff]rom|[Oo]n|[Aa]bout|[Oo]f|[Aa]mong|[Ww]ith|[Aa]gainst|[Ii]ncluding|them) (?:(?:\d[\d,]*|{_NUMBER_WORDS}) )?"
                                    r"(?:[\w-]+ ){0,3}?(?:smugglers|offenders|men|women|people|suspects|nationals|migrants|drivers|"
                                    r"criminals|prisoners|members)\s+$"), ("smugglers", "offenders", "men", "people", "suspects", "nationals", "migrants", "drivers", "criminals", "prisoners", "members"))
# whoever does a thing, told as the subject of what will befall them: "Anyone who smuggles people will be arrested"
_ANYONE_WHO_WILL_BE = re.compile(r"(?:^|[\s“\"‘(])(?:[Aa]nyone|[Aa]nybody|[Ww]hoever)\b[^,;:.?!]{0,90}\b(?:will|would|can|could|shall|must) (?:also |now |always )?be $")
# (a noun of two words too: "Every gang leader arrested in Iraq is one fewer")
_ANY_ONE_BEFORE = re.compile(r"(?:^|[\s“\"‘])(?:(?:[Ee]very|[Aa]ny|[Nn]o) (?:[\w’'-]+ ){0,2}|[Nn]obody )$")
_NO_SUBJECT_BEFORE = re.compile(r"\b(?:[Oo]f|[Ff]rom|[Aa]mong|[Aa]gainst|[Ww]ith|the|[Tt]he|[Tt]hose) (?:\d[\d,]* |newly |recently )?$")


# a condition, no event told: what had not been done ("If the government had arrested these men, ..."), or an arrest or a
# ruling that would follow it ("If he comes home, he will be arrested")
_COUNTERFACTUAL = re.compile(r"\b[Ii]f (?:[\w’'-]+ ){1,4}?had (?:\w+ly )?$")
_IF_THEN = re.compile(r"\b(?:[Ii]f|[Uu]nless) [^.;:?!«»“”\"]{1,80}?, (?:[\w’'-]+ ){1,3}?(?:will|would|could|might|may)(?: not)?(?: be| have been)? $")
# the party of a discussion named as a visitor still to come (its visit the event: see "visit")
_PARTY_EXPECTED = re.compile(r" with (?:a|an|the) delegations? (?:of|from) (?:(?!is\b|are\b|was\b|were\b)[\w’'-]+ ){1,6}?(?:due|expected) in [A-Z]")


# people counted inside a description of a larger group, as what they had done: "40 had served prison terms, including 12
# convicted of smuggling" (a profile of the group, no ruling of a day)
_INCLUDING_COUNT = re.compile(rf"\bincluding (?:\d+|{_NUMBER_WORDS})\s+$")


# a committee named before a pronoun that stands for it (see "appears before it")
_COMMITTEE_BEFORE = re.compile(r"\b(?:[Cc]ommittee|[Ii]nquiry)\b")


# a subject naming nobody, its clause running on to the verb (not one cut off by a clause of its own: "Nobody was hurt when
# police arrested the driver")
_NOBODY_SUBJECT = re.compile(r"(?:^|[\s“\"‘])(?:[Nn]obody|[Nn]o one|[Nn]one|[Nn]either|[Nn]ot (?:a single|one))\b"
                             r"(?:(?!\b(?:when|as|after|before|until|while|because|since|and|but|that|who|which|where|if)\b)[^,;:.])*$")


# a ruling named before its "issued" set off by commas (see "issued" under "court_ruling"): the ruling's own mention
_RULING_ASIDE = ("uling, ", "erdict, ", "udgment, ", "udgement, ", "entence, ")


# the person a ruling on a conviction is told of, a participle describing them by it next (that conviction)
_CONVICTION_OF_PERSON = re.compile(r"\bconvictions? of (?:a|an|the) (?:[\w’'-]+ ){1,3}$")


def _asked_to_meet(text: str, sentence: tuple[int, int], m: re.Match) -> bool:
    """Whether ``m`` is the meeting a question asks someone for: "Will the Secretary of State meet parents from Hull?" (a
    member's request of a minister, a planned meeting whoever is to be met)."""
    asks = _ASKS_TO_MEET.match(text, sentence[0])
    # (someone named, or an office: not a question of what people would do, "Would volunteers meet migrants at the port?")
    return (asks is not None and asks.end() == m.start() and re.search(r" [A-Z]", asks.group(0).strip()) is not None
            and _QUESTION.search(text, *sentence) is not None)


# an indirect question an inquiry or a person asks (see _not_an_event): "to establish how the group travelled", "trying to find out
# whether they met"
_INDIRECT_QUESTION = re.compile(r"\b(?:establish|determine|find out|ascertain|investigate|investigating|establishing|determining)"
                                r"\s+(?:how|whether|why|where|if)\s+(?:[\w’'-]+\s+){0,4}$")
# a "when" clause naming who will host the meeting a sentence's future told (see _not_an_event)
_WHEN_HOST = re.compile(r", when (?:the )?(?-i:[A-Z])[\w’'-]+(?: (?-i:[A-Z])[\w’'-]+){0,2} $")
_WILL = re.compile(r"\b(?:will|is to|are to|is due to|are due to)\b")


# a plea told as made, in the clause before a hearing (see _not_an_event): "admitted the offence at", "pleaded guilty at"
# a bare plural opening its clause, its verb in the present passive: "Treaties are signed by heads of state" (things of a kind,
# as a rule; not "The memorandum is signed", nor a relative clause, "the deals that are signed")
_KIND_SIGNED = re.compile(r"(?:\A|[,;:]\s+|\b(?:and|but|because|while|where|as)\s+)(?:(?:[Mm]ost|[Mm]any|[Ss]ome|[Aa]ll|[Ss]uch)\s+)?"
                          r"(?:[a-z]+\s+)?[A-Za-z][a-z]+s\s+(?:are|get)\s+(?:(?:usually|often|always|typically|generally|normally|rarely)\s+)?\Z")
# signings named by their ceremonies in the plural: "many signing ceremonies" (undated, a kind; see _not_an_event)
_CEREMONIES_AFTER = re.compile(r" (?:ceremonies|events)\b")
_PLEA_TOLD = re.compile(r"\b(?:admitted|pleaded (?:not )?guilty|denied|confessed)\b(?: (?:to )?(?:the |a |an |all |both |his |her |their )?(?:[\w-]+ ){0,3}?)?\s*$")


_GRANTED_ORDER = re.compile(r" (?:(?!an?\b)[\w’'-]+ ){0,5}?(?:a|an) (?:[\w-]+ ){0,3}?[Oo]rders?\b")  # an order granted (see _not_an_event)


# the participle as an adjective after "the" and a count of those it describes, no verdict told: "the three jailed men's
# families", "the two convicted drivers" (not a group counted as the verb's subject: "The two were convicted in May")
_COUNTED_CONVICTS = re.compile(rf"\b(?:[Tt]he|[Bb]oth|[Tt]hese|[Tt]hose) (?:\d{{1,3}}|{_NUMBER_WORDS}) $")
_CONVICTS_NOUN = re.compile(r" (?:[a-z-]+ )?(?:men|women|smugglers|drivers|defendants|traffickers|members|brothers|people)\b")


def _not_an_event(text: str, sentence: tuple[int, int], kind: str, m: re.Match, dated: bool = False) -> bool:
    """A verb that names no event here: "struck" without a deal, people counted as they arrive or are convicted, a verb in a
    "since" clause, what a correction says an earlier version said, officers arriving to take up their posts. ``dated``: the
    sentence takes a day from what it is listed under (a diary's day heading)."""
    before = text[max(sentence[0], m.start() - 80):m.start()]
    clause = before[max(before.rfind(", "), before.rfind("; ")) + 1:]
    word = m.group(0)
    described = _description(text, m.start(), sentence)  # (once: most of the tests below ask where the verb's clause ends)
    if kind == "court_ruling" and word.endswith("hearing") and _PLEA_TOLD.search(clause):
        return True  # a plea told as made at a hearing is an appearance told as done, no ruling: "Hassan admitted the charge at a
        # hearing in May", "pleaded guilty at a hearing on 3 June" (see _PLEA_TOLD)
    if WITHDRAWN.search(text, max(sentence[0], m.start() - 120), m.start()):
        return True
    if (kind == "announcement" and word == "sanctioned"
            and _SINCE_DATE.search(text, m.end(), comma if (comma := text.find(", ", m.end(), described[1])) != -1 else described[1])):
        return True  # "has sanctioned 31 people since July 2025": designations counted from a date, a running total (not one
        # on a day with a "since" set off after it: "on Monday, the first since March")
    if (kind == "court_ruling" and word in ("convicted", "jailed") and _COUNTED_CONVICTS.search(text, max(sentence[0], m.start() - 20), m.start())
            and _CONVICTS_NOUN.match(text, m.end())):
        return True  # "the two convicted men's phones": those it describes, no verdict told
    if ("one" in clause or "obody" in clause or "either" in clause) and _NOBODY_SUBJECT.search(clause):
        return True  # a subject that names nobody: "No one was arrested", "none of the families had been detained", "Nobody
        # here says they have met him" (no event told, whatever verb follows)
    if (kind == "signing" and word == "signed" and _KIND_SIGNED.search(text[sentence[0]:m.start()])
            and not DATE_RE.search(text, m.end(), described[1])):
        return True  # "Treaties are signed by heads of state": things of a kind, signed as a rule, no signing told
    if (kind == "signing" and word == "signing" and _CEREMONIES_AFTER.match(text, m.end())
            and not DATE_RE.search(text, m.end(), described[1])):
        return True  # "I have sat through many signing ceremonies": signings of a kind, undated, no one told
    if word in ("Group", "group") and _OF_A_SITTING.search(before):
        return True  # "The third meeting of the UK–Iraq Joint Working Group will be held": the meeting's, told once
    if before.endswith(" to ") and _CAPACITY_TO.search(before):
        return True  # "gives parliament the power to question ministers": what a body may do, no event told
    if kind == "court_ruling" and word.startswith("convicted") and _INCLUDING_COUNT.search(before):
        return True  # "..., including 12 convicted of smuggling": people counted in a group's profile
    if kind == "court_ruling" and word in ("found guilty", "convicted") and _CONVICTION_OF_PERSON.search(before):
        return True  # "upheld the conviction of a local man found guilty of ...": the person the ruling told is on, described
        # by the conviction it rules on, no ruling of its own
    if (kind in ("meeting", "host") and word.startswith("hosts") and _WHEN_HOST.search(before)
            and _WILL.search(text, sentence[0], m.start() - len(_WHEN_HOST.search(before).group(0)))):
        return True  # "Ministers will meet again in Oslo next year, when Norway hosts the fourth round": the coming meeting
        # told again by its host, in a "when" clause's present (its future), no meeting of its own
    if _INDIRECT_QUESTION.search(before):
        return True  # "Enquiries are ongoing to establish how the group travelled to Belfast": what an inquiry asks, no event told
    if _EVERY_DAY.match(text, m.end(), min(m.end() + 60, described[1])):
        return True  # "Police chiefs meet in Berlin every Thursday": a habit, no dated event
    if kind == "meeting" and word.startswith("talks") and _GIVE_TALKS.search(before):
        return True  # "nurses will give talks in village halls on the risks": lectures to an audience, no meeting of parties
    if (kind == "visit" and word.startswith("visit") and _BARE_SITES.match(text, m.end())
            and not DATE_RE.search(text, m.end(), described[1])):
        return True  # "Parents visit schools in Ranya every week": a habit (told with its day, a visit: "will visit schools in Ranya on Thursday")
    if (word == "Sentencing" and text.endswith(": ", 0, m.start())) or (kind == "meeting" and word[-7:] in ("meeting", "Meeting")
                                                                       and text.endswith((": ", "- ", "– "), 0, m.start())):
        return not dated  # "UPDATE: Meeting of the council ...": an item's head noun, only under a diary's day heading
    if word == "agreed" and text.startswith(" by ", m.end()):
        return not _SIGNED_INSTRUMENT.search(before)  # "the partnership agreed by the UK and Iraq in November 2024"
    if word == "agreed" and (obj := _AGREED_OBJECT.match(text, m.end())) and _SIGNED_LATER.match(text, obj.end()):
        return True  # "agreed a memorandum on returns, which was signed in London on 3 March": one signing, told by "signed"
    if word == "agreed" and not _AGREED_INSTRUMENT.search(before) and not _SIGNED_INSTRUMENT.search(before) and not _AGREED_TITLED_INSTRUMENT.search(before) and not _AGREED_OBJECT.match(text, m.end()) and not _AGREED_DATED_OBJECT.match(text, m.end()) and not (
            _PASSIVE_BEFORE.search(before) and not _DECIDED_AFTER.search(
                text, m.end(), (clause_end.start() if (clause_end := _AGREED_CLAUSE_END.search(text, m.end(), described[1])) else described[1]))):
        # agreed with its date but no instrument named before it: "the two sides agreed in May to meet again" (but an instrument's
        # signing told in the passive is one: "since it was agreed in Rome in March 2024"; not "it was agreed ... that";
        # nor one named by it: "the partnership agreed in Baghdad in November 2024", as one "signed in" is)
        return True
    if word == "rules" and not dated:
        return True  # a ruling in the present outside a timeline's entry: "the scheme rules that ..." (see "rules" under "court_ruling")
    if (word in ("decide", "begin", "open", "start") or kind == "court_ruling" and word == "consider") and not _COURT_SUBJECT.search(clause) and not (word != "decide" and "chamber" in clause):
        return True  # "the board will decide next month whether ...": no court's ruling (a court's chamber, a division of
        # it, begins a trial as the court does: "the new chamber would begin hearing the case")
    if word in ("sign", "signs", "signed", "signing") and (_SIGNED_PAPERS.match(text, m.end()) or _WHAT_TO_SIGN.search(before)
                                                          or word == "signed" and _PAPER_SIGNED.search(before)):
        return True
    if word == "signed" and _SIGNED_BY_COUNT.match(text, m.end()):
        return True  # "a petition signed by more than 3,000 people": names counted, no signing
    if word == "signed" and _SIGNED_AS_RECORD.match(text, m.end()):
        return True
    if word.endswith(" before it") and not _COMMITTEE_BEFORE.search(text, sentence[0], m.start()):
        return True  # "appears before it" with no committee named before it in its sentence: a court, a board, no hearing told
    if kind == "meeting" and word.startswith("told ") and _REPORT_BEFORE.search(before):
        return True  # "A report by officers told the committee that ...": a paper's contents, no witness's hearing
    if word in ("visit", "visiting") and _OPTION_BEFORE.search(text, max(sentence[0], m.start() - 200), m.start()):
        return True  # "can call the hotline, Sunday to Thursday, or visit Room 14": what a reader may do, no visit told
    if word == "visiting" and _VISITING_ADJECTIVE.search(before):
        return True  # "a visiting British delegation have agreed ...": who the people are, no visit told (the sentence's verb tells it)
    if word == "signed" and text.startswith((" a great deal", " a good deal"), m.end()):
        return True  # "Ministers have signed a great deal and measured very little": an amount, no deal signed
    if word in ("visit", "visit to") and _COVERAGE_OF.search(before):
        return True
    if word == "visit" and _VISIT_NOUN_AFTER.match(text, m.end()) and _VISIT_NOUN_BEFORE.search(before):
        return True
    if (kind == "arrest" and (_OF_THOSE.search(before) or _SHARE_OF_ARRESTED.search(clause))
            and not DATE_RE.search(text, m.end(), described[1])):
        return True
    if (word in ("met", "meet", "meets") and _MET_THE_WRITER.match(text, m.end())
            and not DATE_RE.search(text, m.end(), described[1])):
        return True
    if (word in ("fly to", "fly on to") and not future_tense(text, sentence, m.start())
            and not DATE_RE.search(text, m.end(), described[1])):
        return True  # "the ones who still want to leave ... fly to Istanbul": a habit, no journey told
    if (word in ("conviction", "talks, held") or word in ("meeting", "session", "roundtable", "round-table", "workshop", "seminar") and _MEETING_HELD.match(text, m.end())) and not DATE_RE.search(text, m.end(), described[1]):
        return True  # a conviction named at its court, a meeting named by "held": told only with a day of their own
    if (word in ("arrested", "detained") and _KIND_DESCRIBED.search(before)
            and not DATE_RE.search(text, m.end(), described[1])):
        return True  # "run checks on suspects arrested in Europe": people of a kind, no arrest told (not one with its day:
        # "questioned suspects arrested in Libya last week")
    if (word in ("arrested", "detained", "convicted", "jailed", "sentenced") and _NUMBER_OF_BEFORE.search(before)
            and not DATE_RE.search(text, m.end(), described[1])):
        return True  # "the number of offenders jailed for smuggling has risen": people counted, a figure's words, no event
    if word in ("arrested", "detained") and " in " in before and _SHARE_IN_PEOPLE.search(before):
        return True  # "one in five people detained this year were Iraqi": a share, a figure's words, no arrest (on any day)
    if (word in ("arrested", "detained") and _PEOPLE_DESCRIBED.search(before)
            and (main := _MAIN_VERB_AFTER.search(text, m.end(), min(sentence[1], m.end() + 80)))
            and not DATE_RE.search(text, m.end(), main.start())):
        # "The six men arrested in Hamburg will appear before a judge": people described by their arrest, no event (not one
        # with its day: "The six men arrested on Monday were released")
        return True
    if word in ("arrested", "detained", "caught", "convicted", "jailed", "sentenced") and _ANYONE_WHO_IS.search(before):
        return True
    if ((word in ("arrested", "detained") and _ANYONE_DESCRIBED.search(before) or word == "been caught" and _ANYONE_WHO_HAS.search(before))
            and (main := _MODAL_AFTER.search(text, m.end(), min(sentence[1], m.end() + 60)))
            and not DATE_RE.search(text, m.end(), main.start())):
        return True
    if (word in ("convicted", "jailed", "sentenced") and _ANYONE_DESCRIBED.search(before)
            and not DATE_RE.search(text, m.end(), described[1])):
        return True  # "upheld the sentence of a man convicted of organising the crossing": one person named by a past
        # verdict, undated, no ruling told (the sentence's own verb tells it)
    if word in ("convicted", "jailed") and _NO_SUBJECT_BEFORE.search(before):
        return True  # "Of the 187 convicted, 64 were Iraqi", "confiscation from convicted smugglers": people, no verdict
    if (kind == "arrest" and _BEING.search(before)
            and not DATE_RE.search(text, m.end(), described[1])):
        return True  # "victims are still being detained as offenders": a practice under way, no arrest told
    if (word in ("arrested", "detained", "convicted", "jailed", "sentenced") and _COUNTED_PEOPLE_BEFORE.search(before)
            and not DATE_RE.search(text, m.end(), described[1])):
        return True  # "phone data from 38 smugglers arrested in France", "among them 9 offenders convicted of assault": people
        # described by a past arrest or verdict, undated, no event told
    if (word.endswith(" caught") and text.startswith(" with ", m.end())
            and not DATE_RE.search(text, m.end(), described[1])):
        return True  # "The suspects were caught with 40 passports": what those arrested carried, undated, told after the arrest
    if (word in ("arrested", "detained", "caught", "convicted", "jailed", "sentenced") and before.endswith(" be ")
            and ("nyone" in before[-120:] or "nybody" in before[-120:] or "hoever" in before[-120:])
            and _ANYONE_WHO_WILL_BE.search(text, max(sentence[0], m.start() - 120), m.start())):
        return True  # "Anyone who moves people like cargo will be arrested": a warning to whoever does it, no arrest told
    if word in ("arrested", "detained", "caught", "convicted", "jailed", "sentenced") and _ANY_ONE_BEFORE.search(before):
        return True  # "Every smuggler arrested in Erbil is one fewer", "No one arrested the driver": anyone, or no one, no event
    # the phrase that opens the sentence, up to its first comma: "On Tuesday, the district court remanded", "In the same court on
    # Monday, a second man was remanded"
    opening = text[sentence[0]:m.start()].split(", ", 1)[0] if ", " in text[sentence[0]:m.start()] else ""
    if word == "Remanding":
        # "Remanding the driver in custody on Friday, the magistrate said": the judge the subject of the main clause
        main = text[m.end():min(sentence[1], m.end() + 100)]
        return ", " not in main or not _COURT_SUBJECT.search(main.split(", ", 1)[1][:40])
    # a subject named before an aside on it, the verb's clause left blank: "Judge Mary Cole, the Recorder of Leeds, remanded him"
    aside_subject = (before.rsplit(", ", 3)[-3:][0].rsplit("; ", 1)[-1] + " "
                     if word == "remanded" and not clause.strip() and before.count(", ") >= 2 else "")
    if word == "remanded" and (not (_COURT_SUBJECT.search(clause) or _COURT_SUBJECT.search(opening) or _REMANDED_BY_COURT.match(text, m.end())
                                    or _COURT_SUBJECT.search(aside_subject))
                               or not DATE_RE.search(text, m.end(), described[1])
                               # ... its day told before the court, in its clause: "On Friday a judge in Ghent remanded him"
                               and not DATE_RE.search(clause)
                               # ... or in the phrase that opens the sentence: "On Friday, a judge in Ghent remanded him"
                               and not DATE_RE.search(opening)
                               # ... or by the dated appearance told just before: "Yesterday he appeared at Leeds
                               # Magistrates' Court charged with ... A district judge remanded him in custody"
                               and _appearance_before(text, sentence) is None
                               # ... or a judge named as its subject: "Judge Anna Berg remanded him in custody"
                               and not _NAMED_JUDGE.search(clause) and not _NAMED_JUDGE.search(aside_subject)
                               # (a remand after an appearance at a court is told with that appearance: see "appeared")
                               or _APPEARED.search(text, sentence[0], m.start())):
        # "Police charged the men and remanded them in custody": no court's ruling; and a first appearance's outcome told with
        # no day of its own ("appeared in court this morning, where a judge remanded them in custody") tells the charge
        return True
    if (word == "placed" and kind == "court_ruling" and _PRETRIAL_ARREST_AFTER.match(text, m.end())
            and not (_COURT_SUBJECT.search(clause) or _COURT_SUBJECT.search(opening))):
        return True  # "Prosecutors placed the driver under preventive arrest": a court's order only when a court gives it
    if word == "be heard" and not _HEARD_SUBJECT.search(clause):
        return True
    if _HABITUAL.search(clause) or (habit := _HABITUAL.search(text, m.end(), described[1])) is not None and not _APPOSITIVE_BEFORE.search(
            text, m.end(), habit.start()):
        # (a habit told in an aside on the thing, set off by its comma, is the aside's: "announced the opening of a chamber,
        # a step officials said would spare victims testifying again and again")
        return True
    if (word in ("announced", "unveiled") and _IS_DONE.search(before) and not DATE_RE.search(clause)
            and not DATE_RE.search(text, m.end(), _quote_end(text, sentence, m, described[1]))):
        return True  # (a day after the quote closes is its speaker's: '"Every arrest is announced in London," he said in January')
    if word == "announced" and _FIRST_MADE.search(before) and not DATE_RE.search(text, m.end(), described[1]):
        return True  # "up from the £800,000 first announced": a sum named by its earlier announcement, undated, no event
    if word == "announced" and kind == "announcement" and _FAMILY_BEFORE.search(clause):
        return True  # "has died aged 71, his family announced on Friday": a family's news, no public announcement told
    if _EVERY_TIME.search(clause) or _AS_LIKELY.search(before):
        return True  # "Every time a gang is jailed, another moves in"; "were three times as likely to say they had been detained"
    if (kind == "court_ruling" and _HOPED_RULING.search(before)
            and not DATE_RE.search(text, m.end(), described[1])):
        return True  # "I expect my client to be acquitted": a hope, no hearing told
    if word.startswith("hear") and _CAME_TO_HEAR.search(before):
        return True  # "travelled from Ranya to hear the verdict": the ruling told as its own event, not this journey's
    if _YEARS_AFTER.search(before) and not DATE_RE.search(text, m.end(), described[1]):
        return True  # "criticised the pact today, two years after it was signed": an interval from the event, told undated
    if word in ("met", "meet", "meets") and (_MET_BY_WHOM.search(before) or _MET_BY_OWN.search(before)):
        return True
    if word == "met" and _HELPERS_MET.search(before) and (_MET_GROUP.match(text, m.end()) or _MET_PEOPLE.match(text, m.end())):
        return True  # "said volunteers had met a group of about 40 people on the beach": helpers who hold no office meeting
        # people they help, dated or not, an encounter and no meeting
    if (word == "met" and _WHO_MET.search(before) and (not DATE_RE.search(clause) and not DATE_RE.search(text, m.end(), described[1])
                                                       or (_MET_GROUP.match(text, m.end()) or _MET_PEOPLE.match(text, m.end())) and _WHO_ASIDE.search(before))):
        # "a volunteer with the Red Cross who met the group at the hospital, said": a person described, undated (and dated, in
        # an aside on a person, the people met holding no office: "Jo Bell, 38, an interpreter who met the group on Sunday, said")
        return True
    if word in ("meet", "meets") and _WHERE_THINGS_MEET.search(clause) and _NOTHING_MET.match(text, m.end()):
        return True  # "Mosul, where the roads from Erbil and Dohuk meet, is ...": a place where things converge, no meeting
    if word == "meet" and _SET_UP_TO.search(before):
        return True  # "The office was set up to meet them on equal terms": what a body was made for, no meeting
    if word == "met" and _MET_FROM_MONEY.match(text, m.end()):
        return True  # "the programme cost £2m, met from the Integrated Fund": a cost paid, no meeting
    if word == "met" and _PASSIVE_MET.search(before) and not _MET_ON_ARRIVAL.match(text, m.end()) and (
            not text.startswith(" by ", m.end()) or _MET_BY_MONEY.match(text, m.end())):
        return True  # "that deadline is now usually met", "the target was met": a thing met, no meeting ("was met by the consul" is one)
    if (word in ("met", "meet", "meets") and (_MET_ANYONE.match(text, m.end()) or _MET_SOME_OF_THEM.match(text, m.end()))
            and not DATE_RE.search(text, m.end(), described[1])
            # (its day may open the clause: "This morning I met families in Karrada"; a season is no day of one encounter:
            # "Last winter we met men with frostbite")
            and not ((dated := DATE_RE.search(clause)) and not dated.group("season"))
            and not _AFTER_THE_MEETING.search(text, m.end(), described[1])
            # (not a meeting a member asks for: "Will the Secretary of State meet parents from Hull?" asks for a meeting)
            and not _asked_to_meet(text, sentence, m)):
        return True  # "We met young men sleeping in kitchens", "staff meet returnees at the desks": people encountered, undated
    wide = text[max(sentence[0], m.start() - 160):m.start()]  # a "why" clause may run longer than ``before``
    if _WHETHER.search(clause) or _WHETHER.search(wide[max(wide.rfind(", "), wide.rfind("; ")) + 1:]):
        return True  # "will tell an officer whether a man was caught in Basra": a question, no event told
    if _SINCE_CLAUSE.search(before):  # but one dated in its own clause is told: "since they signed the pact in Baghdad last May"
        return not DATE_RE.search(text, m.end(), described[1])
    if word in ("came to", "come to", "coming to") and ((first := DATE_RE.search(text, m.end(), described[1])) is None
                              or first.group("yr")):
        # "who came to Britain as a boy", "came to Kent from Ranya in 2015": a life story's, no visit told (a visit is told by
        # its day, week or month: "came to the port last month")
        return True
    if kind == "visit" and word.startswith(("landed", "arriv", "came", "fl", "is due", "are due")) and (
            _POSTED_BEFORE.search(clause) or _POSTED_AFTER.match(text, m.end(), min(sentence[1], m.end() + 80))
            or _ONE_MORE.search(clause) and _POSTED_BEFORE.search(text, sentence[0], m.start())):
        return True
    if word in ("signed", "struck", "sealed", "clinched") and _SIGNED_INSTRUMENT.search(text, max(sentence[0], m.start() - _SIGNED_WINDOW), m.start()):
        # a participle naming the deal, undated: "the deal signed with Iraq has not changed that" (dated, it is told: "the pact
        # signed in Baghdad last November"; and so it is under a timeline's date: "• 3 May 2025 – memorandum signed in Rome")
        return not dated and not DATE_RE.search(text, m.end(), described[1])
    if word in ("struck", "sealed", "clinched"):
        return not (_DEAL_NEAR.search(before) or _DEAL_NEAR.search(text, m.end(), m.end() + 30))
    if (kind == "visit" and word.startswith(("landed", "arrived", "came", "fl", "travel")) and _LIFE_STORY_BEFORE.search(before)
            and not DATE_RE.search(text, m.end(), described[1])):
        return True  # (a journey told undated in an aside on a person too: "Colonel Aziz, who travelled to Leeds to testify, said")
    if kind == "visit" and before.endswith(" or ") and _OPTION_OFFERED.search(before):
        return True  # "can call the helpline or visit its office": one of the ways offered to the public, no visit told
    if (kind == "visit" and word.startswith("travel") and _OBLIGED_TO.search(before)
            and not DATE_RE.search(text, m.end(), described[1])):
        return True  # "no longer need to travel to Baghdad", "have had to travel to Amman": a chore of applicants, no one's visit
    if kind == "visit" and word.startswith(("travel", "fl")) and _INSTRUCTED_TO.search(before):
        return True  # "some were told to travel to Istanbul to wait": an instruction people got, no visit
    if kind == "visit" and word.startswith(("travel", "came")) and (
            _TRAINEES.search(clause) or _FOR_TRAINING.match(text, m.end(), min(sentence[1], m.end() + 80))):
        return True
    if kind == "meeting" and word == "met" and _MET_ON_ARRIVAL.match(text, m.end()) and _PASSIVE_BEFORE.search(before):
        return True
    if (kind in ("meeting", "planned_meeting") and word == "met" and _PASSIVE_BEFORE.search(before)
            and (agent := _MET_BY_AGENT.match(text, m.end()))
            and (_MET_ON_ARRIVAL.match(text, agent.end()) or _AT_ARRIVAL_POINTS.match(text, agent.end()))
            # (a delegation met on its day is the meeting told: "was met by regional officials at Sulaimani airport on Tuesday")
            and not DATE_RE.search(text, m.end(), described[1])):
        return True  # "those returned will be met by ministry staff at the airport": arrivals greeted, their greeters named first
    if kind == "meeting" and word == "met" and (them := _THEM.match(text, m.end())) and _MET_ON_ARRIVAL.match(text, them.end()) and (
            not them.group(0).startswith(" the ") or not DATE_RE.search(text, m.end(), described[1])):
        # (arrivals named, "met the returnees at the airport", are greeted only undated: with its day it is the meeting told)
        return True  # "Kurdish officials met them at the foot of the steps": arrivals greeted, told in the active
    if kind == "meeting" and word in ("meet", "meets", "met", "meeting") and _MET_CONVEYANCE.match(text, m.end()):
        return True
    if kind in ("meeting", "planned_meeting") and word == "met" and _MET_BY_VESSEL.match(text, m.end()):
        return True  # "the dinghy was met by a patrol vessel": a boat intercepted at sea, no meeting
    if kind == "visit" and word.startswith(("landed", "arrived", "came", "fl", "travel", "return")) and (
            _RETURNEES_AFTER.match(text, m.end()) or _RETURNEES_BEFORE.search(text, max(sentence[0], m.start() - 160), m.start())):
        return True  # "They flew to Erbil on 3 May with a reintegration grant": people going home, no visit
    if kind == "publication" and word.endswith(("released", "published")) and _NAME_RELEASED.search(before):
        return True  # "The names of the two men will be released once they are charged": people named, no publication
    if kind == "publication" and word in ("published", "released") and _RANKED_REPORT.search(before):
        return True  # "The report is the tenth published by the commission since 2016": one ranked in a series, no release told
    if kind == "visit" and word.startswith(("landed", "arrived", "came", "fl", "travel")) and (_AGED_FROM_BEFORE.search(before)
                                                                                             or _KIN_BEFORE.search(before)):
        return True  # "Hawre, 26, from Qaladiza, arrived in Dublin last month": a private person's journey, told by age and home
    if kind == "visit" and _TRIPS_COUNTED.match(text, m.end(), described[1]):
        return True  # "has travelled to Erbil three times to give samples": trips counted, no one dated
    if kind == "visit" and word.startswith(("landed", "arrived", "came", "fl")) and _MIGRANT_ARRIVAL.match(text, m.end(), described[1]):
        return True  # "arrived in the UK in the back of a lorry in 2016", "arrived in Britain in 2019": a migrant's, no visit
    if kind == "visit" and word.startswith(("landed", "arrived", "came", "fl", "return", "travel")):
        # the subject before an aside: "The flight, which campaigners tracked, landed in Erbil"
        subject = (before[:aside.start()] if not clause.strip() and (aside := _last_aside(before)) is not None else "")
        # (a date's numbers count no one: "In March 2025 two detectives travelled to Erbil")
        return bool(_CROWD_BEFORE.search(DATE_RE.sub(lambda x: " " * len(x.group()), clause))
                    or _CROWD_BEFORE.search(subject[max(subject.rfind(", "), subject.rfind("; ")) + 1:])
                    # ... or an aircraft named as the subject further back than the window, its load told between: "A returns
                    # flight carrying 40 people with no right to stay in the UK left Luton on Monday and landed in Erbil"
                    or m.start() - sentence[0] > 80 and _CRAFT_SUBJECT.match(text, sentence[0]) is not None
                    and not any(c in text[sentence[0]:m.start()] for c in ",;")
                    # goods or a craft arrived, no visitor: "The container, numbered MSKU 123, arrived on Tuesday aboard ..."
                    or _GOODS.search(clause) or not clause.strip() and _GOODS.match(text, sentence[0]))
    if kind == "visit" and word.startswith("arriv") and not word.startswith("arrived"):
        # goods still to come, no visitor: "The equipment is due to arrive in April"
        return bool(_GOODS.search(clause) or not clause.strip() and _GOODS.match(text, sentence[0]))
    if word == "sign":
        # deals in general, the head of the verb's relative clause, undated: "the deals I watched ministers sign" is a
        # career's many signings, no one event
        return bool(_SIGN_NOUN.search(before) or _AUTHORISED_TO.search(before)) or bool(
            _DEALS_SIGNED_BEFORE.search(before) and not DATE_RE.search(text, m.end(), described[1]))
    if word == "detained" and _HELD_FOR.match(text, m.end()) and _ORDERED_HELD.search(before):
        # "the judge ordered the nine detained for 15 days": the court's order, told as its ruling, no arrest (not "the
        # prosecutor ordered four of them detained on 3 December", an arrest)
        return True
    if word in ("arrested", "detained") and (_SOME_OF_ARRESTED.search(before)
                                              or _NOUN_AFTER.match(text, m.end()) and _ATTRIBUTIVE_BEFORE.search(before)):
        return True
    if word in ("arrested", "detained") and _ARRESTED_PEOPLE.search(before):
        return not DATE_RE.search(text, m.end(), described[1])
    if kind == "meeting" and _BE_HELD.match(text, m.end()):  # a meeting asked for, told only with its day
        return not DATE_RE.search(text, m.end(), described[1])
    if word.startswith("arrest") and word.endswith(" of"):
        if _LED_TO_BEFORE.search(before) and (_ONE_PERSON.match(text, m.end()) or _ONE_RING.match(text, m.end())) and DATE_RE.search(text, sentence[0], described[1]):
            return False  # "Last month that work led to the arrest of a driver": one arrest, dated (not "of 37 suspects")
        wide_clause = text[max(sentence[0], m.start() - 160):m.start()]
        if (_LED_TO_BEFORE.search(before) and _ONE_OPERATION_SUBJECT.search(wide_clause[max(wide_clause.rfind(", "), wide_clause.rfind("; ")) + 1:])
                and DATE_RE.search(text, sentence[0], described[1])):
            return False  # "In January an operation led by the NCA led to the arrest of 12 people": that operation's arrests
        if (_COUNT_AFTER.match(text, m.end()) and _LED_TO_BEFORE.search(before)
                and (day := DATE_RE.search(text, m.end(), described[1])) is not None and _one_day(day)
                and not text.endswith(("since ", "Since "), max(0, day.start() - 6), day.start())):
            return False  # "led to the arrest of 11 people in Basra on 6 January": one day's round-up (not a tally "since 3 May")
        return bool(_ARREST_NOUN_BEFORE.search(before))
    if word.startswith("arrests ") and word.endswith(" were made"):
        return bool(_SHARE_OF.search(before))
    if kind == "press_conference":  # ... or only as what someone attended: "the ambassador, who attended the press conference, said"
        # ... or after a speech tag, the speaker's name and post between: '"...," said Colonel Dara Aziz, the city's police chief,
        # at a press conference on Monday' (where the words were said; the window wider only in this rare branch)
        return bool(_SPEECH_SETTING.search(before) or _ATTENDED_THE.search(before)
                    or _SAID_BY_AT.search(text, max(sentence[0], m.start() - 160), m.start())
                    or _SPOKE_ALONGSIDE.search(text, max(sentence[0], m.start() - 160), m.start()))
    if kind == "meeting" and word.endswith(("conference", "briefing")) and _SPOKE_AT.search(before):
        return True  # "Speaking at a conference in Amman, the minister said": where someone spoke
    if word == "received" and _PASSIVE_BEFORE.search(before):
        return bool(_DOCUMENT_BEFORE.search(clause) or _THING_RECEIVED.search(clause))
    if word == "set out":
        return bool(_DOCUMENT_BEFORE.search(clause))
    if word == "launched" and kind == "announcement":
        # a body's launch, told with its day: "The ministry on Monday launched a unit" (not "officers launched a campaign", nor
        # one undated)
        return not (_BODY_NOUN.search(clause) and (DATE_RE.search(clause)
                                                   or DATE_RE.search(text, m.end(), described[1])))
    if word == "confirmed" and kind == "court_ruling":
        return not _COURT_SUBJECT.search(clause)  # "Police confirmed the arrest": a report of it, no judge's confirmation
    if word == "confirmed":
        # ... not one told as the source of the news told before it: "The minister is due in Basra on Monday, the Home Office
        # confirmed." (a speech tag, as "said" is)
        return not _BODY_BEFORE.search(before) or bool(", " in before and (tag := _TAG_AFTER.match(text, m.end())) and (
            tag.group("day") is None or _COMING_EVENT.search(text, sentence[0], m.start())))
    if word == "met" and _NO_OBJECT.match(text, m.end()) and _WHEN_WE_MET.search(before):
        return True  # "As the minister said when we met, ...": the setting of words recalled, a meeting told (or not) elsewhere
    if word in ("meet", "meets"):
        if _HABIT.search(before) or _ASK_TO_MEET.search(before) or _URGED_TO_MEET.search(before):
            return True
        if word == "meets" and _MEETS_EVERY.match(text, m.end()) and not DATE_RE.search(text, m.end(), described[1]):
            return True  # "The charity meets every returnee at the airport": a body's routine, no meeting told
        # people met as a job's round, undated and with no coming meeting's verb before it: "runs a shelter and meets many of
        # them weeks later", "are posted at the airport to meet returnees" (not "is due to meet returnees in Ranya on Monday";
        # a date after the next clause's ", and" is that clause's; one before the verb in its sentence dates the journey made
        # to meet them: "In November she travels to Halabja to meet other families")
        if ((_MET_PEOPLE.match(text, m.end()) or _THEM_COUNTED.match(text, m.end())) and not _MEET_AHEAD.search(before)
                and not _asked_to_meet(text, sentence, m)):
            end = text.find(", and ", m.end(), described[1])
            return not (DATE_RE.search(text, m.end(), described[1] if end == -1 else end)
                        or DATE_RE.search(text, sentence[0], m.start()))
        return False
    if (kind == "arrest" and word == "arrested" and _KIND_WE_ARRESTED.search(before)
            and not DATE_RE.search(text, sentence[0], described[1])):
        return True  # "We used to count the traffickers we arrested": people of a kind, no one operation (undated)
    if kind == "arrest" and _THEN_HABIT.search(before) and not DATE_RE.search(text, m.end(), described[1]):
        return True  # "Before, we arrested drivers and guides": what was done then, against now (no one operation)
    if word.lower() in _MEETING_NOUNS and _OF_A_MEETING.search(before):
        return True
    if word.endswith((" session", " hearing")) and not word.startswith(("held ", "hold")):  # a session at which something happened, told only
        # with a day of its own (not one held: "the board held its third session", a meeting as "held a meeting" is)
        # ... or the day of the decision it was taken at, told just before it: "approved on Tuesday, at its eleventh session"
        return not (DATE_RE.search(text, m.end(), described[1])
                    or _DAY_BEFORE_SETTING.search(text, max(sentence[0], m.start() - 40), m.start()))
    if word in ("be published", "be released") and _ASKED_TO.search(before):
        return True  # "The MP has called for the review to be published": a wish, no publication told
    if word in ("publish", "publishes", "publishing", "release", "releases", "lay", "lays", "laid", "report"):  # a report still to come: with a day, and not asked for
        if (word in ("publishes", "releases") and text.startswith((" today", " tomorrow", " on "), m.end())
                and not _REPORT_BEFORE.search(text, max(sentence[0], m.start() - 160), m.start())):
            return True  # "The ministry publishes today ...": told with its day, a report named before or after it
        return bool(_ASKED_TO.search(before)) or not (DATE_RE.search(text, m.end(), described[1])
                                                      or dated or _plan_lead_in(text, sentence)  # ... or its list's lead-in's
                                                      # ... or the day told just before it: "The charity today publishes a briefing"
                                                      or _DAY_JUST_BEFORE.search(text, max(sentence[0], m.start() - 20), m.start()))
    if kind == "court_ruling" and word == "released" and not _PASSIVE_BEFORE.search(before):  # "a court released him on bail"
        return not _COURT_SUBJECT.search(_subject_clause(before))  # (not police; "were released on bail" is police bail)
    if kind == "court_ruling" and word == "released":
        return True
    if word in ("published", "released") and _LINE_END.match(text, m.end()):
        return not (dated and _ITEM_REPORT_BEFORE.search(before))  # a diary's bare item: its date's, a report named in it
    # a report published (or "laid before Parliament"), a meeting named: told only with a day of their own
    # (a dialogue launched is its first session, whatever day is told: see "launched" under "meeting")
    if word in ("published", "released", "meeting ") or word == "launched" and kind != "meeting" or word.startswith("laid ") or word.endswith(" lay"):
        # ... the report named before the verb, or after it: "published an inspection of the unit on 3 June"
        # ... its day told after it, or just before: "the Chief Inspector today published his inspection"
        return (word != "meeting " and not _REPORT_BEFORE.search(text, max(sentence[0], m.start() - 160), m.start())
                and not _IMPRINT_BEFORE.search(text, max(sentence[0], m.start() - 60), m.start())
                and not (m.start() - sentence[0] < 80 and _SERIES_RELEASE_BEFORE.match(text, sentence[0], m.start()))
                and not _REPORT_AFTER.match(text, m.end())) or not (
            DATE_RE.search(text, m.end(), described[1])
            or word == "published" and _DAY_JUST_BEFORE.search(text, max(sentence[0], m.start() - 20), m.start())
            or word == "published" and _OPENING_DAY.match(text, sentence[0]) and _REPORT_AFTER.match(text, m.end()))
    if _COUNTERFACTUAL.search(clause) or kind in _COUNTED and _IF_THEN.search(text, max(sentence[0], m.start() - 120), m.start()):
        return True
    if word == "discussed" and _PARTY_EXPECTED.match(text, m.end()):
        return True  # "would be discussed with a delegation of the police expected in Erbil next week": that visit, told once
    if word == "discussed" and _TITLED_PAIR.search(text[sentence[0]:m.start()]):
        return False  # "Minister Hale and Governor Aziz discussed returns": the two holders' talks, told undated in a readout
    if word == "discussed" and not _DISCUSSED_WITH.match(text, m.end()):
        return True  # (the pair's alone: whom with is how the rest are told; see "discussed" under "meeting")
    if word in ("appeared", "discussed", "discuss", "present", "presents", "presented", "took evidence", "raise"):
        # an appearance told as done, a minister met told by what was discussed: told only with a day of their own
        # (evidence taken, undated, is how an inspection or review was done: "Inspectors took evidence from charities")
        return not DATE_RE.search(text, m.end(), described[1])
    if kind == "court_ruling" and word == "ordered" and not _PASSIVE_BEFORE.search(before):  # "a judge ordered them held in
        # detention" (not police who did; one ordered to pay is a court's order: "has been ordered to hand back £2million")
        return not _COURT_SUBJECT.search(_subject_clause(before))
    if (kind == "court_ruling" and word == "issued" and not _PASSIVE_BEFORE.search(before)
            and not before.endswith(_RULING_ASIDE) and not before.endswith(("warrant ", "warrants ", "Warrant "))):  # "the court issued a sentence" (not
        # a ministry's ruling; one "was issued at" a court named is the court's: see "issued" under "court_ruling")
        return not _COURT_SUBJECT.search(_subject_clause(before))
    if kind == "court_ruling" and word in ("opened", "began"):  # "the court opened the trial of ..." (not a ministry's
        # trial of a scheme)
        return not _COURT_SUBJECT.search(_subject_clause(before))
    if kind == "court_ruling" and (word == "froze" or word == "fined" and not _PASSIVE_BEFORE.search(before)):  # "the court
        # froze its accounts", "magistrates fined him" (not a ministry's freeze, nor a regulator's fine; one "was fined": see
        # "fined" under "court_ruling")
        subject = _subject_clause(before)
        return not (_COURT_SUBJECT.search(subject)
                    # ... or its subject left out after ", and", the first clause's: "The Court of Justice ruled in 2020 that ...,
                    # and in June 2024 fined Hungary €200 million"
                    or subject.startswith(" and ") and (cut := text.rfind(", and ", sentence[0], m.start())) > sentence[0]
                    and _COURT_SUBJECT.search(text, sentence[0], cut) is not None)
    if (kind == "court_ruling" and word == "fined" and _PASSIVE_BEFORE.search(before)
            and _CARRIED_PEOPLE.search(text, m.end(), sentence[1])
            and not _COURT_SUBJECT.search(text, sentence[0], sentence[1])):
        return True  # a fine for people found in a vehicle, no court named in its sentence: the Home Office's civil penalty on
        # a haulier or driver, no ruling ("the driver was fined £8,000 in May after three men were found in his lorry")
    if kind == "court_ruling" and word == "granted" and _GRANTED_ORDER.match(text, m.end()):  # "magistrates granted the
        # council a closure order" (not a ministry's; an injunction or bail granted is a ruling by what it is)
        return not (_COURT_SUBJECT.search(clause) or _AT_A_COURT.search(text, m.end(), described[1]))
    if kind == "court_ruling" and word == "made":  # "the judge made a confiscation order" (not a ministry's order)
        # (an order made against someone, told in the passive, is a court's whoever made it: "A Slavery Prevention Order was
        # made against him")
        return not (m.string.startswith(" against", m.end()) or _COURT_SUBJECT.search(clause) or _AT_A_COURT.search(text, m.end(), described[1]))
    if before.endswith(" to be ") and _NTH_TO_BE.search(before):
        return True
    if kind == "court_ruling" and word.endswith("ed") and _RANKED_CONVICT.search(before, max(0, len(before) - 60)):
        return True
    # (but the bare verb is matched only with the dated raids it was made in: "How many did police arrest in raids on
    # Sunday 4 May?" asks a count of an arrest told)
    if _HOW_MANY.search(clause) and word != "arrest":
        return True  # "declined to say how many smugglers had been arrested": a count asked for, no event told
    if kind in ("arrest", "court_ruling") and word.endswith("ed") and _SEEING.search(clause):
        return True  # "we are now seeing smugglers arrested in Erbil": a trend, no one arrest
    if kind == "briefing" and _BRIEFED_ON.match(text, m.end()):
        return not _PASSIVE_BEFORE.search(before) or bool(_WHO_BEFORE.search(before))
    return False


def _ruling_s_hearing(text: str, kind: str, m: re.Match, verbs: list[tuple[str | None, re.Match]]) -> re.Match | None:
    """The ruling told in the same clause as ``m``, when ``m`` is a hearing told by its day ("was jailed at a hearing on 3
    October", "At a hearing on 3 October, the judge jailed him"): the hearing is that ruling's setting, no ruling of its own.
    None otherwise, and for one after "and" ("was refused bail and faces a confiscation hearing on 16 March")."""
    if kind != "court_ruling" or not (on := _HEARING_ON.match(m.group(0))) or on.group("ahead") == "until":
        return None  # (a remand "until a hearing on 9 May" is a ruling, that hearing another still to come)
    return next((other for k, other in verbs if other is not m and k == "court_ruling" and not _AND_OR_CLAUSE.search(
        text, min(m.end(), other.end()), max(m.start(), other.start()))), None)


# a relative clause set off by commas before the verb: "The committee, which was set up ... in November 2024, will hold"
# ... or an apposition whose relative clause carries the date: "In July, X, an organiser whose boat was stopped in 2025, was
# jailed" (July, the ruling's)
_ASIDE_OPEN = re.compile(r", (?:(?:an?|the|one|another) (?:[\w’'-]+ ){1,3}?)?(?:which|who|whose) ")


def _in_aside(text: str, lo: int, d: re.Match, pos: int) -> bool:
    """Whether the date words ``d`` lie in a relative clause set off by commas and closed before the verb at ``pos``."""
    if d.end() > pos or text.find(",", d.end(), pos) == -1:
        return False
    opened = text.rfind(", ", lo, d.start())
    return opened != -1 and _ASIDE_OPEN.match(text, opened) is not None


def _month_set_for(text: str, pos: int, end: int) -> re.Match | None:
    """The month alone after a plan's "for" ("is planned in Erbil for September"), which no date form takes bare, or the
    year alone ("is planned for 2026")."""
    d = SET_FOR_MONTH_RE.match(text, pos, end)
    return d if d is not None and (d.group("mo") or d.group("y5") and d.group(0)[0].isdigit()) else None


def _in_range(text: str, dates: list[re.Match]) -> bool:
    """Whether ``dates`` give a range: "between 1 July and 30 September", "between 3 and 9 March", "from January to June 2025"."""
    return any(d.group("dr") and d.group(0)[0] in "BbFf" or _DAYS_BEFORE.search(text, max(0, d.start() - 25), d.start())
               or _MONTHS_BEFORE.search(text, max(0, d.start() - 25), d.start())
               for d in dates) or any(
        _RANGE_FROM.search(text, max(0, a.start() - 10), a.start()) and _RANGE_TO.fullmatch(text, a.end(), b.start())
        for a, b in zip(dates, dates[1:]))


def _may_be_coming(text: str, start: int, end: int) -> bool:
    """A quick test before _COMING's scan: most clauses hold neither word."""
    return text.find("coming ", start, end) != -1 or text.find(" near ", start, end) != -1


def _live_blog_entries(text: str) -> int | None:
    """Where a live blog's first timestamped entry starts ("16:45 GMT" leading a line, twice or more), or None."""
    stamps = _ENTRY_STAMP.finditer(text)
    first = next(stamps, None)
    if first is None or next(stamps, None) is None:
        return None
    # the summary a live page opens with tells the same day's news as its entries ("Summary\n- A man has been arrested")
    summary = text.find("\nSummary\n", 0, first.start())
    return summary if summary != -1 else first.start()


def _setting_after(text: str, m: re.Match, following: tuple[str | None, re.Match] | None) -> bool:
    """Whether the event verb after ``m`` names a meeting as its setting, right after it ("hosted officials at a meeting")."""
    return (following is not None and following[0] == "meeting" and _AT_MEETING.match(following[1].group(0)) is not None
            and not text[m.end():following[1].start()].strip())


@lru_cache(maxsize=1024)  # the rules for one verb ask it again
def _description(text: str, start: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """From the verb to the end of its clause."""
    limit = min(sentence[1], start + 300)  # a clause is short; a sentence with no stop must not cost its length per verb
    stop = _CLAUSE.search(text, start, limit)
    end = stop.start() if stop and stop.start() > start else limit
    while end > start and text[end - 1] in " ,":
        end -= 1
    return start, end


# a diary's day heading, on a line of its own in capitals: "MONDAY, JUNE 8" (a wire's week ahead); any other line in capitals
# ("LOOKING AHEAD") ends its day
_DIARY_HEADING = re.compile(r"^(?:(?P<wd>(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY),? (?P<day>[A-Z]{3,9}\.? \d{1,2}|\d{1,2} [A-Z]{3,9})"
                            r"|[A-Z][A-Z ,.&'’-]{2,40})[ \t]*$", re.MULTILINE)
# ... and an item under it, led by its place in capitals and a dash: "LONDON - The committee holds its fourth meeting"; a
# planning desk's diary puts the item's hour (or "All day") first and a colon after the place: "09:30 - LONDON: The minister ..."
_DIARY_ITEM = re.compile(r"(?:(?:\d{1,2}[:.]\d{2}|All day) [-–] )?[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?: [-–] |: )")
# a verb told in the past (or its participle): an item's background, not the day's plan ("convicted by a jury in April")
_PAST_WORD = re.compile(r"(?:[a-z]+ed|met|held|took|gave|made|came|went|heard|struck|brought|sent|laid|led|found|caught|flew|got)\b")


def _diary_days(text: str, reference: str | None) -> list[tuple[int, str | None]]:
    """Where each day of a diary starts (its heading's end) and its day, planned; a capitals line that is no day's heading ends
    the day before it (None). Empty for a text with no diary heading."""
    if "DAY" not in text:  # (most texts: no scan)
        return []
    out: list[tuple[int, str | None]] = []
    for h in _DIARY_HEADING.finditer(text):
        day = None
        if h.group("day") and (words := DATE_RE.fullmatch(h.group("day").title())) is not None:
            day = resolve(words, reference, True)
        if day is not None or out:
            out.append((h.end(), day))
    return out if any(day for _, day in out) else []


def _diary_day(text: str, sentence: tuple[int, int], days: list[tuple[int, str | None]]) -> str | None:
    """The day of the diary heading an item's sentence is under, the item led by its place ("LONDON - ..."), or None."""
    at = bisect_left(days, sentence[0], key=lambda x: x[0]) - 1
    if at < 0 or days[at][1] is None:
        return None
    return days[at][1] if _DIARY_ITEM.match(text, text.rfind("\n", 0, sentence[0]) + 1) is not None else None


# a log's day heading, on a line of its own: a weekday, bare or with its hour ("Thursday, 11:00", "Saturday evening"), as a
# blog's diary of the week just gone heads each day; what it tells under it happened that day (the latest such weekday on or
# before the reference date). Any other short line with no stop (a section's heading: "What comes next") ends that day.
_LOG_HEADING = re.compile(rf"^(?:(?P<wd>{'|'.join(WEEKDAYS)})(?:,? (?:\d{{1,2}}[:.]\d{{2}}(?: ?[ap]\.?m\.?)?|morning|afternoon|evening|night))?"
                          r"|[A-Z][^\n.!?:;\"“”]{2,40})[ \t]*$", re.MULTILINE)


def _log_days(text: str, reference: str | None) -> list[tuple[int, str | None]]:
    """Where each day of a log of days gone starts (its heading's end) and its day, occurred; another short heading ends the day
    before it (None). Empty for a text with no weekday heading."""
    if reference is None or "day" not in text:  # (most texts: no scan)
        return []
    out: list[tuple[int, str | None]] = []
    for h in _LOG_HEADING.finditer(text):
        day = None
        if h.group("wd") and (words := DATE_RE.fullmatch(h.group("wd"))) is not None:
            day = resolve(words, reference, False)
        if day is not None or out:
            out.append((h.end(), day))
    return out if any(day for _, day in out) else []


def _log_day(sentence: tuple[int, int], days: list[tuple[int, str | None]]) -> str | None:
    """The day of the log's heading a sentence is under, or None."""
    at = bisect_left(days, sentence[0], key=lambda x: x[0]) - 1
    return days[at][1] if at >= 0 else None


# a timeline's entry: a bullet leading its line with a date and a dash, "• 14 January 2026 – The minister visits ...", told in the
# present of its date (a chronology's historic present), two entries or more; a paper's milestones set the date off with a
# colon ("- April 2026: the working group holds its first meeting"), told in the same present
_ENTRY_MARK = re.compile(r"^[ \t]*[•▪●*-][ \t]+(?=[A-Z\d])", re.MULTILINE)
_ENTRY_DASH = re.compile(r"[ \t]*[–—-][ \t]+|:[ \t]+")
# ... or no bullet at all: a factbox's timeline, each paragraph opening with its date and a dash ("12 March – The minister
# visits Erbil"); the dash only (a line opening "March 2026: ..." is as often a heading's), two such lines or more
# ... a month alone after the bullet, as a diary's dates write it: "- March: the minister visits Erbil" (DATE_RE wants "in March")
_ENTRY_MONTH_RE = re.compile(DATE_RE.pattern.replace("(?<=[Uu]ntil )", "(?<=[•▪●*-] )|(?<=[Uu]ntil )", 1))
assert _ENTRY_MONTH_RE.pattern != DATE_RE.pattern
# ... or its date a line of its own over the entry's paragraph ("26 November 2024" over "In Baghdad, the ministers sign ..."),
# a feature's timeline: the entry is that next line
_DATED_LINE = re.compile(rf"^(?=(?:\d{{1,2}} )?(?:{'|'.join(MONTHS)})\b(?:[^\n–—]{{0,16}}? [–—-] |[^\n]{{0,16}}\n[A-Z]))", re.MULTILINE)
_LINE_DASH = re.compile(r"[ \t]*[–—-][ \t]+")
_LINE_ALONE = re.compile(r"[ \t]*\n(?=[A-Z])")
# ... or its date and a short title over it, no stop in the title ("3 March 2025 – Sulaimaniyah raids" over "Police arrest ...")
_TITLED_LINE = re.compile(r"[A-Z][^\n.!?:;]{0,50}$", re.MULTILINE)
# a verb in the past in an entry led by a bare weekday ("- Monday: police arrested ..."): a log of the week gone, its day the
# last one; an entry told in the present ("- Wednesday: the committee takes evidence") is a week ahead's, its day the coming one
_PAST_IN_ENTRY = re.compile(r" (?:[a-z]{2,}ed|met|held|took|gave|made|came|went|heard|struck|brought|sent|laid|led|found|caught|flew|got|was|were)\b")


def _timeline_entries(text: str, reference: str | None) -> list[tuple[int, int, re.Match, str]]:
    """Each timeline entry's line (start, end), its date's words and day, resolved as told ("2026-01-14"); empty unless two
    or more."""
    out = []
    if "•" in text or "\n- " in text or "\n* " in text:  # (most texts: no scan)
        for mark in _ENTRY_MARK.finditer(text):
            if ((d := DATE_RE.match(text, mark.end()) or _ENTRY_MONTH_RE.match(text, mark.end())) is not None
                    and _ENTRY_DASH.match(text, d.end()) and (day := _told_day(d, reference)) is not None):
                end = text.find("\n", d.end())
                if d.group(0) == d.group("w") and not _PAST_IN_ENTRY.search(text, d.end(), len(text) if end == -1 else end):
                    day = resolve(d, reference, True) or day  # a week ahead's weekday told in the present: the coming one
                out.append((mark.start(), len(text) if end == -1 else end, d, day))
    if not out:
        for mark in at_line_starts(_DATED_LINE, text):
            if ((d := DATE_RE.match(text, mark.end())) is not None
                    and ((dash := _LINE_DASH.match(text, d.end())) is not None or (alone := _LINE_ALONE.match(text, d.end())) is not None)
                    and (day := resolve(d, reference, False)) is not None):
                end = text.find("\n", d.end() if dash is not None else alone.end())  # (a date alone: to its next line's end)
                if dash is not None and end != -1 and _TITLED_LINE.match(text, dash.end(), end) and text[end + 1:end + 2].isupper():
                    end = text.find("\n", end + 1)  # "August 2023 – First talks" titling the paragraph below: the entry is that paragraph
                out.append((mark.start(), len(text) if end == -1 else end, d, day))
    return out if len(out) > 1 else []


def _told_day(d: re.Match, reference: str | None) -> str | None:
    """A timeline entry's day: as told, in the past, but for a day or month without its year that, read so, lies most of a
    year back: a diary's dates ahead, the coming one ("- 12 February: the working group meets", told on 5 February)."""
    day = resolve(d, reference, False)
    if (day is not None and reference is not None and len(reference) == 10 and not _A_YEAR.search(d.group(0))
            and (coming_day(d, reference) or d.group("m4") and len(day) == 7
                 and (date.fromisoformat(reference) - date.fromisoformat(f"{day}-01")).days > _FAR_BEHIND_MONTH_DAYS)):
        return resolve(d, reference, True)
    return day


_FAR_BEHIND_MONTH_DAYS = 300  # (as coming_day counts a day's)


def _timeline_entry(sentence: tuple[int, int], entries: list[tuple[int, int, re.Match, str]]) -> tuple[int, int, re.Match, str] | None:
    """The timeline entry a sentence is told in, or None."""
    at = bisect_left(entries, sentence[0] + 1, key=lambda x: x[0]) - 1
    return entries[at] if at >= 0 and entries[at][1] > sentence[0] else None


def _entry_day(d: re.Match, entry: tuple[int, int, re.Match, str], reference: str | None) -> str | None:
    """A date told in a timeline's entry: a day and month with no year is of the entry's year ("• 18 March 2025 – ... The team
    makes its first arrests in Zakho on 4 May": 2025)."""
    if (d.group("dm") or d.group("md")) and not _A_YEAR.search(d.group(0)):
        return resolve(d, f"{entry[3][:4]}-12-31", False)
    return resolve(d, reference, False)


# a document's imprint, a line of its own opening with its day: "Published on 10 March 2026 by authority of the House of
# Commons" (a site's stamp, "Published 4 June 2025", dates the page, no event)
# ... its place told first: "Published in Sulaimani on 18 February 2026."
# ... or its weekday before the day: "Published on Wednesday 25 June 2025 by authority of ..."
_IMPRINT = re.compile(r"^Published (?:in [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? )?(?=on (?:the )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?\d)", re.MULTILINE)
_AT_AN_HOUR = re.compile(r",? at \d{1,2}[:.h]\d\d\b")
# ... or a report's, its day right after, on a line telling the paper it is (its page count, its number as a paper of
# Parliament): "HC 1187, Session 2024–2026 | Published 24 June 2026 | 52 pages" (a news page's "Published 14 May 2026,
# 16:20" is no report's)
# ... or a paper's laying, as a Command or House paper tells it: "HC 312 | Presented to Parliament on 4 November 2025"
_PAPER_PUBLISHED = re.compile(rf"\b(?:Published:?|Presented to Parliament(?: (?:by|pursuant to) [^|\n,]{{1,120}}?)?,? on) "
                              rf"(?=\d{{1,2}} (?:{'|'.join(MONTHS)}) (?:19|20)\d\d\b)")
# ... or a charity's, its registration told on the line: "Published 17 May 2026 | Registered charity No. 1234567"
_PAPER_LINE = re.compile(r"\bPresented to Parliament\b|\b\d+ pages\b|\b(?:HC|HL) \d+\b|\bReport\b|\b[Rr]egistered charity\b")


def _imprint(text: str, reference: str | None) -> list[Candidate]:
    """The publication a document's imprint line tells."""
    if "Published" not in text and "Presented to Parliament" not in text:  # (most texts: no scan)
        return []
    if (line := _IMPRINT.search(text) or next((p for p in _PAPER_PUBLISHED.finditer(text) if _PAPER_LINE.search(
            text, text.rfind("\n", 0, p.start()) + 1, len(text) if (end := text.find("\n", p.end())) == -1 else end)), None)) is None:
        return []
    if (d := DATE_RE.match(text, line.end())) is None or (day := resolve(d, reference, False)) is None:
        return []
    if _AT_AN_HOUR.match(text, d.end()):
        return []  # "Published on 14/08/2026 at 18:42": a news story's time stamp, the article's own date, no event

    return [Candidate("events", line.start(), d.end(), {"event_type": "publication", "date": day, "status": "occurred"},
                      {"description": (line.start(), d.end()), "date": d.span()})]


# a statistics release's line telling when the next one is due: "Next release: 12 March 2026" (a planned publication; one
# told in a sentence is a routine: see _not_an_event)
_NEXT_RELEASE = re.compile(r"^Next (?:release|publication|update)(?: date)?:?[ \t]+(?=\d)", re.MULTILINE)
# ... or told in a sentence with its day, as a release's notes tell it: "The next release is on 21 August", "The next
# update will be published on 3 March" (a day of its own: no routine, "the next release is due in the spring")
_NEXT_RELEASE_TOLD = re.compile(r"\b[Tt]he next (?:release|publication|update)\b(?: of (?:[\w’'-]+ ){1,4}?)? (?:is|will be)"
                                r"(?: (?:due|scheduled|expected|planned|published|released))?(?: to be published)? on (?=\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")


def _next_release(text: str, reference: str | None) -> list[Candidate]:
    """The publication a statistics release's "Next release:" line plans, or a sentence telling the next release's day ("The
    next release is on 21 August")."""
    out = []
    if "Next " in text and (line := _NEXT_RELEASE.search(text)) is not None:  # (most texts: no scan)
        out.append((line, DATE_RE.match(text, line.end())))
    if "next release" in text or "next publication" in text or "next update" in text:
        out += [(told, DATE_RE.match(text, told.end())) for told in _NEXT_RELEASE_TOLD.finditer(text)]
    found = []
    for line, d in out:
        if d is None or (day := resolve(d, reference, True)) is None:
            continue
        planned = reference is None or day > reference
        found.append(Candidate("events", line.start(), d.end(), {"event_type": "publication", "date": day,
                                                                 "status": "planned" if planned else "occurred"},
                               {"description": (line.start(), d.end()), "date": d.span()}))
    return found


# a bulleted "dates for your diary" item, a meeting's name then a colon and its day: "- Community safety forum: Tuesday 14
# April, 19:00, Town Hall" (the day is the meeting's; a bullet opening with its date is a timeline's entry instead)
_LISTED_MEETING = re.compile(r"^[ \t]*[•▪●*-][ \t]+[A-Z][^\n:.;]{0,60}?\b(?:meeting|event|session|forum|briefing|surgery|workshop|"
                             r"conference|summit):[ \t]+(?=(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?\d)", re.MULTILINE)


def _listed_meetings(text: str, reference: str | None) -> list[Candidate]:
    """Each meeting a bulleted diary item names before its day ("- Panel meeting: Monday 16 March")."""
    if "\n- " not in text and "•" not in text and "\n* " not in text:  # (most texts: no scan)
        return []
    out = []
    for item in _LISTED_MEETING.finditer(text):
        if (d := DATE_RE.match(text, item.end())) is None or (day := resolve(d, reference, True)) is None:
            continue
        planned = reference is None or day > reference
        start = item.start() + len(item.group(0)) - len(item.group(0).lstrip(" \t•▪●*-"))
        out.append(Candidate("events", start, d.end(), {"event_type": "planned_meeting" if planned else "meeting",
                                                        "date": day, "status": "planned" if planned else "occurred"},
                             {"description": (start, d.end()), "date": d.span()}))
    return out


# a committee report's list of its witnesses, each oral evidence session under a line of its day: "Witnesses" ... "Tuesday 14
# October 2025" (a dated line elsewhere is a dateline, no event)
_WITNESSES = re.compile(r"^Witnesses[ \t]*$", re.MULTILINE)
_SESSION_LINE = re.compile(rf"^(?:{'|'.join(WEEKDAYS)}),? \d{{1,2}} (?:{'|'.join(MONTHS)}) (?:19|20)\d\d[ \t]*$", re.MULTILINE)
# ... whose "us" is the committee: "The Minister ... told us on 2 December 2025 that ..." is his evidence that day (in a
# story, "told us" is the writer's interview: no hearing)
_TOLD_US = re.compile(r"\btold us (?=on (?:the )?\d)")
# ... or a committee report with no witness list, told by its imprint: "Published on 3 March 2025 by authority of the House
# of Commons" (its "us" is the committee too)
_HOUSE_AUTHORITY = re.compile(r"\bby (?:the )?authority of the House of (?:Commons|Lords)\b")


def _witness_sessions(text: str, reference: str | None) -> list[Candidate]:
    """Each evidence session a committee report's witness list heads by its day, and each witness who "told us" on a day
    before it: a committee hearing, a meeting."""
    heading = _WITNESSES.search(text) if "Witnesses" in text else None  # (most texts: no scan)
    if heading is None and ("authority of the House" not in text or not _HOUSE_AUTHORITY.search(text)):
        return []
    told_end = heading.start() if heading is not None else len(text)  # no witness list: each "told us" in the whole report
    out = []
    for line in _SESSION_LINE.finditer(text, heading.end()) if heading is not None else ():
        end = len(line.group(0).rstrip())
        d = DATE_RE.match(text, line.start(), line.start() + end)
        if d is None or (day := resolve(d, reference, False)) is None:
            continue
        planned = reference is not None and day > reference
        out.append(Candidate("events", d.start(), d.end(), {"event_type": "planned_meeting" if planned else "meeting",
                                                             "date": day, "status": "planned" if planned else "occurred"},
                             {"description": d.span(), "date": d.span()}))
    for told in _TOLD_US.finditer(text, 0, told_end):
        if (d := DATE_RE.match(text, told.end())) is None or (day := resolve(d, reference, False)) is None or (
                reference is not None and day > reference):
            continue
        out.append(Candidate("events", told.start(), d.end(), {"event_type": "meeting", "date": day, "status": "occurred"},
                             {"description": (told.start(), d.end()), "date": d.span()}))
    return out


# a sketch of one day told in the present, each paragraph opening with its hour ("5.40am, RAF Brize Norton. The minister
# climbs aboard ..."): its undated present is that day, the weekday its standfirst tells before the first hour
# (or a 24-hour clock's time alone on its line, as a day-in-the-life feature heads its entries: "05:40")
_SKETCH_HOUR = re.compile(r"^(?:\d{1,2}[.:]\d\d ?[ap]\.?m\b|[012]\d:[0-5]\d[ \t]*$)", re.MULTILINE)


# a person told as announcing in the present, by a pronoun or a minister's title: "She also announces", "as the Home
# Secretary announces" (see _event_candidates)
_PERSON_ANNOUNCES = re.compile(r"(?:\b(?:[Ss]he|[Hh]e)|\b[Tt]he (?:[A-Z][a-z]+ )*(?:Secretary|Minister))(?: also)? $")
_EVERY = re.compile(r"\b(?:every|each year|annually|usually|often)\b")


def _sketch(text: str, reference: str | None) -> tuple[int, tuple[int, int], str] | None:
    """Where a one-day sketch's first hour opens, its day's words and its day; None unless three paragraphs open with an hour."""
    if "am" not in text and "pm" not in text and ":" not in text:  # (most texts: no scan)
        return None
    hours = [h.start() for h in at_line_starts(_SKETCH_HOUR, text)]
    if len(hours) < 3:
        return None
    # (the day the writer spent, told last before the first hour, not the edition's dateline: "spent Thursday's shift")
    day = next((d for d in reversed([*DATE_RE.finditer(text, 0, hours[0])]) if d.group("w")), None)
    if day is None or (resolved := resolve(day, reference, False)) is None:
        return None
    return hours[0], day.span(), resolved


# an archive column printed beside the day's story: a line of its own dating it in full, years before the article
# ("Friday 14 December 2001 - 24 years ago this week"), under or beside words naming it an archive's ("FROM OUR ARCHIVE",
# "On this day", "years ago"); what it tells after that line is dated from that day, not the article's
_ARCHIVE_LINE = re.compile(rf"^(?:(?:{'|'.join(WEEKDAYS)}),? )?(?=\d{{1,2}} (?:{'|'.join(MONTHS)}) (?:19|20)\d\d\b)", re.MULTILINE)
_ARCHIVE_WORDS = re.compile(r"\b(?i:archives?|on this day|years ago)\b")


def _archive_start(text: str, reference: str | None) -> tuple[int, str] | None:
    """Where an archive column's dating line starts and its day, or None (no such line, or none before the reference year)."""
    if reference is None or not _ARCHIVE_WORDS.search(text):  # (most texts: no scan)
        return None
    for line in _ARCHIVE_LINE.finditer(text):
        end = text.find("\n", line.start())
        end = len(text) if end < 0 else end
        heading = text.rfind("\n", 0, max(0, text.rfind("\n", 0, line.start())))  # the line before it, as its heading
        if (line.start() > 0 and _ARCHIVE_WORDS.search(text, heading + 1, end) and (d := DATE_RE.match(text, line.end())) is not None
                and (day := resolve(d, reference, False)) is not None and day[:4] < reference[:4]):
            return line.start(), day
    return None


def event_candidates(text: str, sentences: list[tuple[int, int]], reference: str | None = None) -> list[Candidate]:
    """Every event verb of every sentence, with its type, status and date (an archive column's, from its own day)."""
    if (archive := _archive_start(text, reference)) is None:
        return _event_candidates(text, sentences, reference)
    at, then = archive
    return (_event_candidates(text, [s for s in sentences if s[0] < at], reference)
            + _event_candidates(text, [s for s in sentences if s[0] >= at], then))


def _event_candidates(text: str, sentences: list[tuple[int, int]], reference: str | None = None) -> list[Candidate]:
    out = []
    summaries: set[int] = set()  # undated signings in the present perfect
    met_summary: Candidate | None = None  # an undated meeting told first ("ministers met for talks"), the talks in summary
    last_meeting: str | None = None  # the date of the last meeting told with one
    convicted = False  # whether a conviction was told with a date (see _OFFENCE_AFTER)
    entries_from = _live_blog_entries(text)
    days = _diary_days(text, reference)
    log_days = _log_days(text, reference)
    entries = _timeline_entries(text, reference)
    folded = fold(text)  # the quick test's text (text.keywords)
    stays = [x.start() for x in _STAY.finditer(text)]
    sketch = _sketch(text, reference)
    for i_sentence, sentence in enumerate(sentences):
        told_from = sentences[i_sentence - 1][0] if i_sentence else 0  # an event told since was "told just before"
        if not _ANY_EVENT.search(folded, *sentence) and not (
                stays and (at := bisect_left(stays, sentence[0])) < len(stays) and stays[at] < sentence[1]):
            continue
        verbs = [(m.lastgroup, m) for m in _EVENT_RE.finditer(text, *sentence)
                 if not _HYPOTHETICAL.search(text, max(0, m.start() - 24), m.start()) and not _NOT_EVENT_AFTER.match(text, m.end())]
        asked = None  # a question asking someone to meet: "Will the Minister meet families ... in January?"
        if verbs and _QUESTION.search(text, *sentence):
            asked = _ASKS_TO_MEET.match(text, sentence[0])
            told = (-1, -1)  # a reminder's first "that" clause, told as fact (to its ", and" or ";")
            if (reminder := _REMINDS.match(text, sentence[0])) is not None:
                ends = [e for e in (text.find(", and", reminder.end(), sentence[1]), text.find(";", reminder.end(), sentence[1])) if e != -1]
                told = (reminder.end(), min(ends, default=sentence[1]))
            detail = _DETAIL_QUESTION.search(text, *sentence) and not _WHY_OR_WHETHER.search(text[sentence[0]:sentence[1]])
            verbs = [(kind, m) for kind, m in verbs if told[0] <= m.start() < told[1]
                     or _ASIDE.search(text, max(sentence[0], m.start() - 2), m.start())
                     and "," in text[m.end():sentence[1]] or asked is not None and m.start() == asked.end()
                     or kind == "signing" and _SIGNED_INSTRUMENT.search(text, max(sentence[0], m.start() - _SIGNED_WINDOW), m.start())
                     and DATE_RE.search(text, m.end(), _description(text, m.start(), sentence)[1])
                     or detail and DATE_RE.search(text, m.end(), _description(text, m.start(), sentence)[1])]
        if sketch is None or sentence[0] < sketch[0]:
            # (only a sketch's present tells its news so, or a person's, as a live blog or a release tells the day's news: "She
            # also announces £750,000 for ...", "as the Home Secretary announces £24 million"; not a body's or a habit's: "The
            # ministry announces £2 million every spring")
            verbs = [(kind, m) for kind, m in verbs if m.group(0) != "announces" or _PERSON_ANNOUNCES.search(text, sentence[0], m.start())
                     and not _EVERY.search(text, m.end(), sentence[1])]
        if not verbs or is_heading(text, sentence) and not _standfirst(text, sentence) and not _REPORT_DATELINE.search(text, *sentence) and not (
                # a sketch's standfirst, its day told: "Our correspondent joined the minister on her day trip ... on Wednesday"
                sketch is not None and sentence[0] <= sketch[1][0] and sketch[1][1] <= sentence[1]):
            continue  # a headline, or a question ("Who signed it?"): it tells of no event, but in an aside told as fact
        diary = _diary_day(text, sentence, days) if days else None  # an item under a diary's "MONDAY, JUNE 8": that day's plan
        entry = _timeline_entry(sentence, entries) if entries else None  # "• 14 January 2026 – X visits ...": that day's
        verbs = [(kind, m) for kind, m in verbs if not _not_an_event(text, sentence, kind, m, diary is not None or entry is not None)]
        settings: dict[int, re.Match] = {}  # a ruling's hearing told after it by its day, by the ruling verb's start
        if sum(kind == "court_ruling" for kind, _ in verbs) > 1:
            for kind, m in verbs:
                if (ruling := _ruling_s_hearing(text, kind, m, verbs)) is not None:
                    settings[ruling.start()] = m
            verbs = [(kind, m) for kind, m in verbs if m not in settings.values()]
        if len(verbs) > 1 and any(kind == "meeting" for kind, _ in verbs):
            # "had questioned ministry officials on the text at a closed hearing on 18 February": the hearing a committee
            # questions officials at is that meeting's setting, no court's (its day the meeting's)
            verbs = [(kind, m) for i, (kind, m) in enumerate(verbs)
                     if not (i and kind == "court_ruling" and verbs[i - 1][0] == "meeting" and _HEARING_ON.match(m.group(0))
                             and not _AND_OR_CLAUSE.search(text, verbs[i - 1][1].end(), m.start()))]
        lead = _plan_lead_in(text, sentence)  # a list item under "In 2026 we will:": planned, that year when undated
        in_plan = _plan_lead_in_line(text, sentence) is not None
        previous = None
        before: tuple[re.Match, Candidate] | None = None  # the verb just before, and its event
        for i, (kind, m) in enumerate(verbs):
            lo = verbs[i - 1][1].end() if i else sentence[0]
            hi = verbs[i + 1][1].start() if i + 1 < len(verbs) else sentence[1]
            if kind in ("meeting", "host") and _setting_after(text, m, verbs[i + 1] if i + 1 < len(verbs) else None):
                # "will host officials at a conference in Brussels on 3 March": the conference's day is the hosting's
                hi = verbs[i + 2][1].start() if i + 2 < len(verbs) else sentence[1]
            for mark in _NEW_CLAUSES:  # a clause of its own after the verb, or before it (the verb's clause starts after it)
                if (cut := text.find(mark, m.end(), hi)) != -1:
                    hi = cut
                if (cut := text.rfind(mark, lo, m.start())) != -1:
                    lo = cut + len(mark)
            cut = text.find(", and ", m.end(), hi)
            while cut != -1 and (not _NEW_SUBJECT.match(text, cut + 6)
                                 # (not the verb's second person, told by age as the first was: "convicted John Smith, 40, of
                                 # Hull, and Adam Nowak, 38, of Derby, of smuggling on Thursday": one ruling on both)
                                 or _AGED_NAME.match(text, cut + 6) and _AGED_NAME.search(text, m.end(), cut)):
                cut = text.find(", and ", cut + 6, hi)
            hi = hi if cut == -1 else cut  # "met the minister in London, and 412 people crossed yesterday": not the meeting's day
            if kind not in _COUNTED and (cut := text.find(", which ", m.end(), hi)) != -1:
                hi = cut  # "announced £95,000 for a bakery, which will open in the autumn": the thing's date, not the verb's (but
                # a court's or police's act told by the clause is the ruling or arrest: "brought before the court, which on
                # Saturday ordered them held")
            if (kind not in _COUNTED and (cut := text.find(", ", m.end(), hi)) != -1
                    and (aside := _PARTICIPLE_ASIDE.search(text, cut, hi)) is not None):
                hi = aside.start()  # "will meet officials to review a campaign, launched in May, which ...": the campaign's
                # launch dated in its own participle, set off after the verb's object, not the meeting's day
            if kind == "meeting" and m.group(0).startswith("told") and (cut := text.find(" that ", m.end(), hi)) != -1:
                hi = cut  # "told the Committee that 53 people travelled on each boat in the final quarter of 2024": the told
                # clause's date, not the hearing's (which may be told before the verb: "Last Tuesday the minister told ...")
            if kind == "court_ruling" and (offence := _OFFENCE_CLAUSE.search(text, m.end(), hi)) is not None:
                hi = offence.start()  # "jailed for running a network that sent boats in September 2024": the offence's date
            dates = [d for d in dates_in(text, lo, hi, m.end()) if not _DATELINE.search(text, max(0, d.start() - 60), d.start())
                     # a weekday naming the day just told ("announced yesterday, Monday, the arrest of ..."): that day, told once
                     and not (d.group("w") and _DAY_NAMED.search(text, max(0, d.start() - 12), d.start()))
                     # a date after "since" starts a period, which ends now: it dates no event told at a point ("dismantled a
                     # network that sent boats since last summer"), but counts a tally from it (see _TALLY)
                     and not (text.startswith(("since ", "Since "), d.start()) or text.endswith(("since ", "Since "), max(0, d.start() - 6), d.start())
                              # ... and so does one after "since" and a gerund: "his first talks since taking office in 2022"
                              or _SINCE_GERUND.search(text, max(0, d.start() - 40), d.start()) is not None
                              # ... or one inside a "since" clause told after the verb (see _SINCE_AFTER_VERB)
                              or d.start() >= m.end() and _SINCE_AFTER_VERB.search(text, max(m.end(), d.start() - 90), d.start()) is not None)]
            # (a date after the verb in a clause naming a place or occasion by what happened there is that clause's: see
            # _PLACE_RELATIVE_AFTER; only past the verb's own object, no comma or clause between)
            dates = [d for d in dates if not (d.start() > m.end() and _PLACE_RELATIVE_AFTER.search(text, max(m.end(), d.start() - 120), d.start())
                                              and not any(c in text[m.end():d.start()] for c in ",;:"))]
            if dates and dates[0].end() <= m.start() and (tags := [*_TAG_AND.finditer(text, dates[0].end(), m.start())]):
                # a day told before a speech tag is the reported clause's, not the one joined after it: "capsized on Sunday,
                # authorities said, and police have arrested four men" (undated)
                dates = [x for x in dates if x.start() >= tags[-1].end()]
            if len(dates) > 1 and any(y.start() >= m.end() for y in dates):
                dates = [x for x in dates if not (x.end() <= m.start() and _DATED_SAYING.fullmatch(text, x.end(), m.start()))] or dates
            if previous is not None and (took := previous.spans.get("date")) and took[1] <= m.start():
                # the day the verb before took, told before ", and" or a clause under it: its own ("signed it in May 2024, and of
                # expediting the signing of", "announced on Tuesday that the UK had signed", "a week after the two signed")
                # ... and an arrest named as the noun that verb told: "announced on Wednesday the arrest of 11 people"
                # (but a "when" right after the day names that time: "will sign it on Thursday, when she is also due to visit
                # Dover": Thursday's visit)
                dates = [d for d in dates if d.span() != took or text.startswith(", when ", d.end()) or not (_OWN_CLAUSE.search(text, d.end(), m.start())
                                                                      or kind == "arrest" and m.group(0).endswith(" of")
                                                                      # ... or a phrase that opens the sentence, closed before
                                                                      # the clause's subject: "Under the pact they signed in
                                                                      # May, returnees will be met ..."
                                                                      or (comma := text.find(", ", d.end(), m.start())) != -1
                                                                      and (_NEW_SUBJECT.match(text, comma + 2) is not None
                                                                           or _THE_SUBJECT.match(text, comma + 2) is not None))]
            # a trial's ruling after an arrest is on a day of its own, told or not: "was arrested in Hamburg in May 2019 and was
            # sentenced by a court in Kiel to six years" (undated: the arrest's month is not the sentence's; a remand or an order
            # to hold them comes on the arrest's day, see _LATER_JOIN)
            if kind == "announcement" and m.group(0) == "announced" and reference and any(x.start() > m.end() for x in dates):
                # what is announced as the verb's object keeps its date still to come: "announced a further £3 million for cameras
                # along the border next year" was announced, not next year (so a day told before it, a visit's it was made on,
                # is the verb's: "visiting the port on Monday, announced ...")
                dates = [x for x in dates if x.start() < m.end() or (r := resolve(x, reference, False)) is None or r <= reference[:len(r)]]
            after_arrest = (kind == "court_ruling" and _TRIAL_RULING.search(m.group(0)) is not None
                            and previous is not None and previous.values["event_type"] == "arrest"
                            and (took := previous.spans.get("date")) is not None and took[1] <= m.start())
            if after_arrest:
                dates = [x for x in dates if x.span() != took]
            if previous is not None and (took := previous.spans.get("date")) and took[1] <= m.start() and any(x.start() >= m.end() for x in dates):
                # "visited the border on Monday and met the minister in Athens on Tuesday", "met on 3 December and will meet again
                # in the spring": the day before "and" is the verb before's, the one after this verb is its own
                dates = [x for x in dates if x.span() != took]
            if text.endswith(", ", 0, m.start()) and any(x.start() >= m.end() for x in dates):
                # a participle set off after what it tells of: "updating the House today on the Joint Statement, signed in Baghdad on
                # 26 November 2024": its own clause's date, not the main clause's
                dates = [x for x in dates if x.start() >= m.end()]
            if any(x.start() >= m.end() for x in dates) and any(text.find(", and ", x.end(), m.start()) != -1
                                                                or _AND_PREDICATE.search(text, x.end(), m.start()) for x in dates):
                # a second predicate with a date of its own after it: "a team set up in 2024, and was prepared at a meeting in The
                # Hague in June" (June, not 2024: the date before ", and" is the first predicate's)
                # ... or without the comma, its auxiliary telling a new predicate: "were remanded this morning and are due to
                # appear at the Crown Court on 10 July" (10 July)
                dates = [x for x in dates if x.start() >= m.end() or text.find(", and ", x.end(), m.start()) == -1
                         and not _AND_PREDICATE.search(text, x.end(), m.start())]
            if (previous is not None and (took := previous.spans.get("date")) and _HELD_ITS_NTH.match(m.group(0))
                    and text.startswith(", ", took[1]) and took[1] + 2 == m.start()):
                # "The board, set up under the deal the two sides signed last May, held its third session": the aside's day is
                # the signing's, not the session's
                dates = [x for x in dates if x.span() != took]
            if dates and not future_tense(text, sentence, m.start()):
                dates = [x for x in dates if x.start() < m.end() or not ((_DEADLINE.match(x.group(0)) or _DEADLINE_BEFORE.search(text, max(0, x.start() - 8), x.start()))
                                                                       and _INFINITIVE_DEADLINE.search(text, m.end(), x.start()))]
            if kind == "announcement":
                dates = [x for x in dates if not (x.start() >= m.end() and _STARTS_BEFORE.search(text, max(0, x.start() - 24), x.start()))]
            if len(dates) > 1 and (own := [x for x in dates if not _in_aside(text, sentence[0], x, m.start())]):
                dates = own  # "The committee, which was set up in November 2024, will meet next month": next month
            if kind == "publication" and len(dates) > 1:
                # the period a report covers is not the day it comes out: "its report for the first half of 2026 on 10 September"
                dates = [x for x in dates if not _PERIOD_COVERED.search(text, max(0, x.start() - 10), x.start())] or dates
            if len(dates) > 1:
                # a date in the possessive dates its noun: "sentenced the man behind last October's crossing"; and so does one
                # that ends the subject, right before the verb's auxiliary, when the verb has a date of its own after it: "two
                # men charged over deaths in August are due to stand trial in June" (June)
                dates = [x for x in dates if not (text.startswith(("'s ", "’s "), x.end())
                                                  or x.end() < m.start() and _AUX_BETWEEN.fullmatch(text, x.end(), m.start())
                                                  and any(y.start() >= m.end() for y in dates))] or dates
                dates = [x for x in dates if not (x.end() < m.start() and _PASSIVE_AUX_BETWEEN.fullmatch(text, x.end(), m.start())
                                                  and _PARTICIPLE_BEFORE_DATE.search(text, max(sentence[0], x.start() - 40), x.start())
                                                  and any(y.start() >= m.end() for y in dates))] or dates
            if len(dates) > 1 and any(y.start() >= m.end() for y in dates):
                # the day a thing was reported dates the report, not what it tells: "It emerged last month that three men
                # arrested in a raid in April ..." (April)
                dates = [x for x in dates if not (x.end() < m.start() and text.startswith((" that ", ", that "), x.end())
                                                  and _REPORTED_BEFORE.search(text, max(sentence[0], x.start() - 20), x.start()))] or dates
            if len(dates) > 1 and (opening := next((y for y in dates if y.start() == sentence[0] and text.startswith(",", y.end())), None)):
                # a date opening the sentence dates its verb; one in a relative clause of its subject is that clause's: "In
                # June, a man who steered a boat last year was jailed" (June)
                dates = [x for x in dates if x is opening or not (x.end() < m.start() and _RELATIVE.search(text, opening.end(), x.start()))]
            if (not dates and previous is not None and (took := previous.spans.get("date")) and took[1] <= m.start()
                    and (first := DATE_RE.search(text, sentence[0], took[1])) is not None
                    and _SAME_DAY_OPENING.fullmatch(text, sentence[0], first.start()) is not None
                    and (first.start() == took[0] or text[first.end():took[0]] == " (")  # (its date in brackets: "On Monday (8 June)")
                    and (cut := text.find(", and ", took[1], m.start())) != -1 and (_NEW_SUBJECT.match(text, cut + 6) is not None or text.startswith(("the ", "both "), cut + 6))
                    and not _SUBORDINATE.search(text, took[1], m.start()) and not future_tense(text, sentence, m.start())):
                # a day that opens the sentence dates each clause joined to it by ", and": "On Monday the minister met his
                # counterpart, and the two ministers signed a memorandum" (not one told as said: "that", nor one to come)
                dates = [*DATE_RE.finditer(text, took[0], took[1])][:1]
            apart = None if any(x.start() > m.start() for x in dates) else days_apart(text, sentence[0], m.start())
            if apart is not None and not _one_day(apart[0]):
                apart = None  # "in May, a day after the ministers met": no day to count from
            if apart is not None:
                dates = []  # "said on Sunday, a day after the delegation held talks": the Saturday, not the Sunday (see below)
            if (apart is None and ((bg := _BACKGROUND.search(text, max(sentence[0], m.start() - 40), m.start()))
                                   or _WE_HAVE.search(text, max(sentence[0], m.start() - 20), m.start()))
                    and not [x for x in dates if not (x.start() > m.end() and _LATER_RELATIVE.search(text, m.end(), x.start())
                                                      # a date before "before"/"after" is its main clause's: "was first posted
                                                      # in May 2019, years before the deal was signed" (the signing undated)
                                                      # (not before "when": "came on 3 October, when police arrested
                                                      # nine men" is the arrest's day)
                                                      or bg is not None and x.end() <= bg.start()
                                                      and not text.startswith(("when", "When"), bg.start()))]):
                continue
            desc = _description(text, m.start(), sentence)
            if _CALLED_OFF_AFTER.search(text, m.end(), desc[1]) or _CALLED_OFF_BEFORE.search(text, max(sentence[0], m.start() - 50), m.start()):
                continue
            if kind == "announcement" and m.group(0) in ("prompted", "forced", "led"):
                dates = [x for x in dates if x.start() > m.end()]  # "The seizures on 3 May prompted the Authority to order":
                # the days of what prompted it, not the order's
            if kind == "announcement" and m.group(0) in ("ordered", "instructed", "directed"):
                dates = [x for x in dates if not (_DEADLINE.match(x.group(0)) or _DEADLINE_BEFORE.search(text, max(0, x.start() - 8), x.start()))]  # "ordered ... to be connected by June 2026": its deadline
            if kind == "announcement" and text.startswith(" that ", m.end()):
                # what is announced keeps its own date: "announced that Britain would give a further £2 million next year" is
                # announced now, not next year (the announcement is dated by words before "that", or the article's day)
                dates = [x for x in dates if x.start() < m.end()]
            if (len(dates) > 1 and any(x.start() > m.end() for x in dates)
                    and (bg := _BACKGROUND.search(text, max(sentence[0], m.start() - 40), m.start())) is not None
                    and not text.startswith(("when", "When"), bg.start())):
                # a date before "since" ("after", "before") is its main clause's, the event named after it dated by its own:
                # "the third flight this year and the first since the two countries signed their pact in Rome on 2 May 2024"
                dates = [x for x in dates if x.end() > bg.start()] or dates
            d = min(dates, key=lambda d: min(abs(d.start() - m.end()), abs(m.start() - d.end()))) if dates else None
            if (d is not None and previous is not None and d.span() == previous.spans.get("date") and d.end() <= m.start()
                    and (LATER.search(text, m.end(), hi) or (after := SAME_DAY.search(text, m.end(), hi)) and after.group("after"))):
                d = None  # "arrested two men on 3 May and arrested their driver two days later" ("the following week"): counted
                # from 3 May (below)
            if d is not None and not _one_day(d) and (inside := _day_inside(d, dates, m, reference)) is not None:
                d = inside  # "Last week police arrested 14 people in raids on 26 February": the day inside the week told
            if (setting := settings.get(m.start())) is not None and setting.start() > m.start():
                # "was convicted in May and will be sentenced at a hearing on 5 December": the hearing's day, not May
                d = next((x for x in dates if x.start() >= setting.end()), d)
            if (entry is not None and sentence[0] <= entry[2].start() < sentence[1]
                    and (d is None or not (d.start() > m.end() and _one_day(d)))):
                # the entry's own date, not one its clause names in passing ("to review the pact, which runs until November
                # 2027"); a day told after the verb is its own ("sign it in London on 3 May")
                d = entry[2]
            # "On the sidelines of the meeting, ... signed a memorandum": the day of the meeting told before
            at_meeting = (last_meeting if d is None and last_meeting is not None
                          and (_SIDELINES.search(text, max(sentence[0], m.start() - 200), m.start())
                               # ... or what it followed told after it, in the past: "met returnees there after the dialogue"
                               or _AFTER_THE_MEETING.search(text, m.end(), desc[1]) and not future_tense(text, sentence, m.start())
                               # ... or the meeting named again just after the verb: "briefed the meeting", "signed by the delegations"
                               or kind in ("briefing", "signing") and _TO_THE_MEETING.match(text, m.end())
                               and not future_tense(text, sentence, m.start())
                               # ... or the sentence after, its subject the pronoun: "For her part, the Ambassador conveyed ...
                               # She announced that ...": the same turn at the meeting
                               or i_sentence and _PRONOUN_SUBJECT.match(text, sentence[0]) and "\n\n" not in text[told_from:sentence[0]]
                               and _PART_TURN.match(text, told_from)) else None)
            if (at_meeting is None and d is None and apart is None
                    and (occasion := _SIDELINES_OF_OCCASION.search(text, max(sentence[0], m.start() - 200), m.start()))):
                at_meeting = _occasion_day(text, sentences, i_sentence, occasion.group("occasion"), reference)
            if (at_meeting is None and d is None and apart is None
                    and (occasion := _AFTER_THE_OCCASION.search(text, max(sentence[0], m.start() - 200), m.start()))
                    and not future_tense(text, sentence, m.start())):
                # "After the ceremony, the ambassador met the minister": done once the occasion told before was over, its day
                at_meeting = _occasion_day(text, sentences, i_sentence, occasion.group("occasion"), reference)
            if (at_meeting is None and d is None and apart is None and kind == "arrest"
                    and _IN_THE_RAIDS.match(text, m.end(), min(desc[1], m.end() + 60))):
                # "Officers arrested seven men in the raids in Erbil": the raids told before with their day ("during raids on
                # 4 March"), that day
                at_meeting = _occasion_day(text, sentences, i_sentence, "(?:raids?|operations?)", reference)
            if (at_meeting is None and d is None and apart is None and kind != "visit"
                    and (trip := _ON_THE_TRIP.search(text, max(sentence[0], m.start() - 200), m.start()))):
                # "Maitland, making her first trip to the region, held talks with ...": during the visit told just before, its day
                # (one named back as "during her visit" is the visit told anywhere before: "announced today during a visit to
                # Baghdad. ... During her visit the minister met ...")
                back = trip.group(0)[0] in "dD" and trip.group(0).endswith("visit")
                at_meeting = next((c.values["date"] for c in reversed(out) if (back or c.start >= told_from)
                                   and c.values["event_type"] == "visit" and c.values["date"]), None)
            if (at_meeting is None and d is None and apart is None and kind == "visit"
                    and _SPEAKING_ON.search(text, max(sentence[0], m.start() - 40), m.start())):
                # "She was speaking during a visit to a hostel in Swansea": the visit is where the announcement told just before
                # was made, on its day ("today announced £3 million")
                at_meeting = next((c.values["date"] for c in reversed(out) if c.start >= told_from
                                   and c.values["event_type"] == "announcement" and c.values["date"]), None)
            if (at_meeting is None and d is None and apart is None and kind == "visit"
                    and _TOLD_DURING.search(text, max(sentence[0], m.start() - 40), m.start())):
                # '"...," he told reporters during a visit to Dover', after "X said on Monday": the saying's day
                said = [x for x in DATE_RE.finditer(text, told_from, m.start()) if _one_day(x) and text.endswith("said ", 0, x.start())]
                at_meeting = resolve(said[-1], reference, False) if said else None
            if (put_off := _POSTPONED.search(text, m.start(), min(desc[1], hi))) is not None:  # the verb itself: "adjourned to"
                d = next((x for x in dates if x.start() == put_off.end()), d)
            elif ((set_for := _SET_FOR.search(text, m.start(), desc[1]))
                  # (in its own clause: not "at a workshop on 9 June, and a second round is planned for the autumn")
                  and text.find(", and ", m.end(), set_for.start()) == -1
                  and (day := next((x for x in dates if x.start() == set_for.end()), None) or _month_set_for(text, set_for.end(), desc[1]))):
                d, put_off = day, set_for  # "a hearing has been set for 4 May": planned that day
            if kind == "court_ruling" and m.group(0) in ("set aside", "allowed") and d is None and apart is None:
                continue  # "The tribunal set aside the earlier decision and remade it", "allowed the appeal in a decision handed
                # down on Friday": the ruling told with its day, in summary or by what hands it down
            if (kind == "arrest" and d is None and apart is None and _THE_PEOPLE_WERE.search(text, max(sentence[0], m.start() - 40), m.start())
                    and any(c.values["event_type"] == "arrest" and c.values["date"] for c in out)):
                continue  # "... arrested five men at the terminal on Wednesday. ... The men were detained in the departure hall as
                # they ...": the arrest told before, told again undated
            if (d is None and apart is None and kind == "court_ruling" and (off := _OFFENCE_AFTER.match(text, m.start()))
                    and (convicted or off.group(1) == "under" and _REFERRED_BACK.match(text, sentence[0]) and any(c.values["event_type"] == "court_ruling" and c.values["date"]
                                                                      and c.values["status"] == "occurred" for c in out))
                    and not _ANOTHER_DEFENDANT.match(text, sentence[0])
                    and _NAMED_CONVICT.fullmatch(text, sentence[0], m.start()) is None
                    # (not one convicted "also" of a further offence in the body, a ruling on that person: "Omar was also
                    # convicted of fraud"; a release's notes to editors restate the charges)
                    and not (_ALSO_BEFORE.search(text, max(sentence[0], m.start() - 40), m.start())
                             and not _NOTES_HEADING.search(text, 0, sentence[0]))):
                continue  # "A jury convicted them in May. ... The defendants were convicted of conspiracy to ...": that conviction
            if kind in _COUNTED and not (kind == "arrest" and " in " in text[m.end():m.end() + 60] and _IN_ONE_OPERATION.match(text, m.end())) and (
                    # (a day named by its distance from the article's, "yesterday", "today", is a day: "The four were convicted
                    # in March and were sentenced yesterday" is one sentencing)
                    _in_range(text, dates) or not (d and (d.group("dr") or d.group("dm") or d.group("md") or d.group("wd") or d.group("day")))
                                     # (an arrest's auxiliary may be the verb's own: "were caught")
                                     and _COUNTED_SUBJECT.search(text, max(sentence[0], m.start() - 80),
                                                                 m.start() + (m.group(0).rfind(" ") + 1 if kind == "arrest" and m.group(0).startswith(("were ", "been ")) else 0))
                                     and not (kind == "court_ruling" and _GROUP_AGAIN.search(text, max(sentence[0], m.start() - 40), m.start()))
                                     and not (kind == "court_ruling" and (_AT_A_COURT.match(text, m.end()) or _BY_THE_COURT_IN.match(text, m.end())
                                                                     or _JOINT_TERM.match(text, m.end())))
                                     # (a jury's verdict, "found guilty", is no count unless a period is told: "Two drivers have been
                                     # found guilty of smuggling 14 migrants" is one trial's)
                                     and (kind == "court_ruling" and not _TERM_AFTER.match(text, m.end()) and not m.group(0).startswith("found ")
                                          or _period_told(text, sentence, m.end())
                                          # ... or the period told in the sentence just before, the count undated in the present perfect
                                          or kind == "arrest" and d is None and _PERFECT_BEFORE.search(text, max(sentence[0], m.start() - 10), m.start())
                                          and _TALLY.search(text, max(0, sentence[0] - 240), sentence[0]))):
                continue  # people counted as convicted or arrested over a period, not one verdict or arrest on a day
            if (kind in _COUNTED and not (d is not None and _one_day(d)) and _COUNT_AFTER.match(text, m.end())
                    and _LIST_ITEM.match(text, sentence[0]) and _PERIOD_LEAD.search(text, max(0, sentence[0] - 600), sentence[0])):
                continue  # a list's item under a period it counts over: "Between 1 May and 31 July:\n(a) police arrested 41 people"
            if kind == "meeting" and _FIRST_TIME_BEFORE.search(text, max(sentence[0], m.start() - 120), m.start()):
                continue  # "hosted the two ministers in London, the first time ministers from the three countries have met": the
                # meeting just told, ranked, no meeting of its own
            if kind == "court_ruling" and _COURTS_BEFORE.search(text, max(lo, m.start() - 80), m.start()) and _COUNT_AFTER.match(text, m.end()):
                continue  # "the region's courts convicted 38 people of smuggling last year": many courts' verdicts counted, a figure
            # "Since Monday, police have arrested 40 people", "have arrested 40 since 2 May": a day a tally counts from
            since_day = d is not None and text.endswith(("since ", "Since "), max(0, d.start() - 6), d.start())
            on_a_day = d is not None and _one_day(d) and not since_day  # "arrested 17 on Monday, the most since January"
            # (not a span told in a relative clause after the people, the arrest dated by words of its own: "Last month police
            # arrested six members of a gang that has run boats since 2021")
            tally_hi = (rel.start() if d is not None and not since_day and d.end() <= m.start()
                        and (rel := _RELATIVE.search(text, m.end(), hi)) else hi)
            if (kind == "arrest" and d is not None and (d.group("yr") or d.group("rel") and d.group("unit") == "year")
                    and _COUNT_PARTICIPLE.search(text, max(lo, m.start() - 50), m.start())):
                continue  # "of the 412 migrants detained in Latvia this year": people counted over a year, a figure
            if (kind == "arrest" or kind == "court_ruling" and m.group(0) in ("convicted", "jailed")) and (_COUNT_AFTER.match(text, m.end()) or _COUNTED_SO_FAR.search(text, max(lo, m.start() - 120), m.start())) and (
                    _SINCE_DATE.search(text, m.end(), tally_hi) and not on_a_day
                    or d is not None and (d.group("firstm") or text.startswith(" alone", d.end()) or since_day)
                    or not on_a_day and _TALLY.search(text, lo, tally_hi)
                    # ... or a sentence opened by the event it counts from: "Since the memorandum was signed in Baghdad in
                    # November last year, our forces have arrested 312 suspects"
                    or not on_a_day and text.startswith("Since ", sentence[0])
                    or d is not None and (d.group("yr") or d.group("rel") and d.group("unit") == "year") and not _ONE_OPERATION.search(text, m.end(), d.end() if d.start() >= m.end() else hi)
                    and (_YEAR_STATISTIC.search(text, m.end(), hi) or _SOURCED_BEFORE.search(text, sentence[0], m.start()))):
                # (a ring named after the year is no operation's: "arrested a record 900 suspects last year, but the gangs ...")
                continue  # "had arrested 96 suspected smugglers since January" ("since the agreement was signed", "in the first
                # half of 2025", "in October alone arrested 31", "over the past six weeks", "so far this year"): a running tally
            if (kind == "arrest" and d is not None and not _one_day(d) and _COUNT_AFTER.match(text, m.end())
                    and _PERIOD_COUNT_BEFORE.search(text, sentence[0], m.start())):
                continue  # "recorded 48 cases in March and arrested 70 suspects": a period's tally beside its other counts
            if ((kind == "arrest" or kind == "court_ruling" and m.group(0) in ("convicted", "jailed")) and _COUNT_AFTER.match(text, m.end())
                    and (src := _SOURCED_COUNT_LEAD.match(text, sentence[0])) is not None and src.end() <= m.start()
                    and (d is None or d.end() <= text.rfind(", ", sentence[0], m.start()))):
                continue  # "According to the agency's yearly review, published on Friday, courts convicted 412 people": a report's count
            if (kind == "arrest" and d is None and apart is None
                    and _COUNTED_SUBJECT.search(text, max(sentence[0], m.start() - 80),
                                                m.start() + (m.group(0).rfind(" ") + 1 if m.group(0).startswith(("were ", "been ")) else 0))
                    and any(_SPAN_LEAD.match(text, k) for k in (text.rfind("\n", 0, sentence[0]) + 1, sentence[0]))):
                continue  # "Over a three-month pilot, inspectors found 40 workers without papers. Nine employers were arrested": a tally
            # planned: a future form before the verb, "is due in London", or a date still to come ("meet next month")
            planned = (asked is not None or future_tense(text, sentence, m.start()) or lead is not None and d is None
                       # an item of a list under "will:" is a plan whatever date it or its lead-in tells ("In the coming
                       # year we will: ... 4. host the next meeting in Paris in May")
                       or in_plan or re.search(r" (?:due|expected) (?:back )?(?:in|at|to|on) ", m.group(0)) is not None
                       or m.group(0) == "due"  # statistics told due on their day are yet to come ("are due on 10 June")
                       or _may_be_coming(text, m.start(), clause_end := min(desc[1], hi))
                       and _COMING.search(text, m.start(), clause_end) is not None
                       or (m.group(0).lower().rstrip() in _MEETING_NOUNS or m.group(0) == "mission") and (_PLAN_AFTER.match(text, m.end(), desc[1]) is not None
                                                                   or _BE_HELD.match(text, m.end()) is not None)
                       or kind == "court_ruling" and m.group(0) in _COURT_SETS  # "fixed the trial for 3 June"
                       or kind == "court_ruling" and _RULING_DUE.match(text, m.start()) is not None
                       or _HEARING_AHEAD.match(m.group(0)) is not None
                       and not (m.group(0) == "sentencing" and text.endswith(("the ", "The "), 0, m.start())
                                and _SENTENCING_NAMED_RE.match(text, m.end()) is not None)
                       # (a bare "Sentencing on Thursday, Judge X said" is the sentence passed that day, no hearing ahead)
                       and not (m.group(0) == "Sentencing" and _SENTENCING_BY_JUDGE_RE.match(text, m.end()) is not None)
                       # a diary's item in the present is its day's plan: "LONDON - The Home Office publishes its statistics"
                       or diary is not None and d is None and not _PAST_WORD.match(m.group(0))
                       and not _HAVE_BEFORE.search(text, max(sentence[0], m.start() - 20), m.start())
                       and not _PASSIVE_BEFORE.search(text, max(sentence[0], m.start() - 20), m.start())
                       or kind == "court_ruling" and (on := _HEARING_ON.match(m.group(0))) is not None and on.group("ahead") is not None
                       or bool(d and _AHEAD.match(d.group(0))) or put_off is not None
                       # a journey in the present with its day is a plan, as news tells a schedule: "travels on to Baghdad on Friday"
                       or kind == "visit" and d is not None and _one_day(d) and _PRESENT_JOURNEY.match(m.group(0)) is not None
                       # ... as is a release in the present with its day of a month, told after it: "when the Home Office
                       # publishes its figures on 4 May" (not "publishes today", the day the article tells it)
                       or kind == "publication" and d is not None and (d.group("dm") or d.group("md")) and d.start() > m.end()
                       and m.group(0) in ("publishes", "releases")
                       or kind == "visit" and m.group(0) == "coming to"  # ... as the progressive is: "is coming to Dover in July"
                       # ... as is a gathering told "will be held" after its noun: "a joint review ... will be held in Amman on 4 March"
                       or kind == "meeting" and m.group(0) in _HELD_NOUNS and _TO_BE_HELD.match(text, m.end(), sentence[1]) is not None
                       or kind == "meeting" and m.group(0) in ("meet", "chair") and _JOURNEY_TO_MEET.search(text, max(sentence[0], m.start() - 50), m.start()) is not None
                       or kind == "meeting" and m.group(0) in _SET_DOWN  # a stage set down for its day: "reading pencilled in for May"
                       or m.group(0) in ("be heard", "due before", "due back before", "due at", "due back at")  # "will be heard", "is listed to be heard on 22 October": a hearing to come
                       # ... as is a thing still "to be signed" (published, held) after its noun: "under a memorandum to be signed in
                       # London on 4 May", whatever tense the main clause is told in (a rank is no plan: see _NTH_TO_BE)
                       or text.endswith(" to be ", max(0, m.start() - 7), m.start())
                       and _TO_BE_DONE.search(text, max(sentence[0], m.start() - 30), m.start()) is not None
                       or m.group(0) == "goes on trial"  # ... as is a trial in the present, told by its day: "goes on trial on 6 October"
                       or kind == "publication" and m.group(0) == "release"  # ... and a release that "is on" its day, the next one
                       or kind == "court_ruling" and m.group(0) == "listed"  # ... as a case listed in a court is
                       # ... and a hearing one "has been called" to: the summons told as done, its hearing ahead
                       or kind == "meeting" and m.group(0) in ("called", "summoned")
                       and text.endswith(("has been ", "have been ", "is "), max(0, m.start() - 9), m.start())
                       # ... and so is a meeting in the present with its day: "The joint committee meets in London on 2 December"
                       or kind == "meeting" and d is not None and _one_day(d) and d.start() > m.end()
                       and not _EVERY_BEFORE.search(text, max(0, d.start() - 8), d.start())
                       and (m.group(0) in ("meets", "takes evidence", "questions") or m.group(0).startswith("returns to the ")
                            # ... as is a witness's appearance in the present: "when he appears before her committee on 10 February"
                            or m.group(0).startswith(("appears before", "gives evidence", "testifies"))
                            or m.group(0) == "meet" and not _BARE_AUX_BEFORE.search(text, max(sentence[0], m.start() - 12), m.start()))
                       # a decision told as an infinitive item of its list: "7. To publish a quarterly report ..."
                       or _DECISION_ITEM.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()) is not None
                       # days apart from a day still to come: "will meet on Friday, a day after the envoy arrives"
                       or apart is not None and future_tense(text, sentence, apart[0].start())) and not (d and _BEHIND.search(d.group(0)))
            if (planned and m.group(0) == "signed" and not (d and _AHEAD.match(d.group(0)))
                    and _SIGNED_INSTRUMENT.search(text, max(sentence[0], m.start() - _SIGNED_WINDOW),
                                                  m.start() - (4 if text.endswith(" was ", 0, m.start()) else
                                                               5 if text.endswith(" were ", 0, m.start()) else 0))):
                # a deal named by its signing was signed, whatever future the clause around it holds: "routes the two
                # governments pledged to tackle in an agreement signed in Baghdad in November 2024" (... told in the
                # passive past too: "on top of the sum pledged when the pact was signed in June")
                planned = False
            if (planned and m.group(0) in ("announced", "unveiled") and d is not None and d.start() == m.end() + 1
                    and _TODAY_OR_PAST.match(d.group(0)) and _ANNOUNCED_PLAN.search(text, max(sentence[0], m.start() - 12), m.start())):
                planned = False
            if (planned and m.group(0) in ("announced", "unveiled") and d is not None and d.start() > m.end()
                    and _TODAY_OR_PAST.match(d.group(0)) and _MADE_BY.match(text, m.start())
                    and _BY_MAKER.fullmatch(text, m.end(), d.start())):
                planned = False  # (see _BY_MAKER)
            if (planned and kind == "publication" and m.group(0) in ("published", "released", "issued") and d is not None
                    and d.start() == m.end() + 1 and _TODAY_OR_BEHIND.match(d.group(0))
                    and not _PASSIVE_BEFORE.search(text, max(sentence[0], m.start() - 8), m.start())):
                planned = False  # a document named by its publication that day or before was published, whatever future the
                # clause around it holds: "Tenants will pay less under a new code published today" (not "will be published today")
            if (planned and d is not None and (_A_YEAR.search(d.group(0)) or d.group("dm") or d.group("md"))
                    and _WHEN_PAST.search(text, max(sentence[0], m.start() - 60), m.start())
                    and (m.group(0).endswith("ed") or m.group(0) == "met")):
                planned = False  # a past verb in a "when" clause with its year: "agreed when Britain and Iraq signed a pact in
                # Baghdad in November 2024", whatever the clause it dates ("would take place") holds; or with its day of a month,
                # the year left out: "agreed to share flights when the ministers met in Oslo on 8 January" (the last 8 January)
            if entry is not None and reference is not None:
                # a timeline tells its entries in the present: planned when its day is still to come, or told as a plan
                when = entry[3] if d is None or d is entry[2] else _entry_day(d, entry, reference)
                planned = bool(when and when > reference) or future_tense(text, sentence, m.start())
            if (not planned and d is not None and entry is None and not _PAST_WORD.match(m.group(0))
                    and not m.group(0).startswith(("was ", "were ", "had ", "has ", "have ")) and coming_day(d, reference)):
                planned = True  # a day without its year most of a year back is the coming one: "and to visit Erbil on 4 March"
                # (a verb in the past keeps its day past: "met in Basra on 28 December", told in early December)
            status = "planned" if planned else "occurred"
            if (kind in ("meeting", "host") and planned and previous is not None and previous.values["event_type"] == "visit"
                    and previous.values["status"] == "planned" and _AND_THEN.match(text[verbs[i - 1][1].end():m.start()])):
                continue  # "is due to visit Eastmoor on 14 October and will meet ...": the visit's own programme
            if (kind == "meeting" and m.group(0) == "met" and previous is not None and previous.values["event_type"] == "visit"
                    and _AND_THEN.match(text[verbs[i - 1][1].end():m.start()]) and _MET_PEOPLE.match(text, m.end())):
                continue  # "toured the fair on Saturday and met returnees and employers": whom the visit saw, no meeting of its own
            if (kind == "visit" and m.group(0) in ("toured", "tour") and (d is None or d.end() <= m.start()) and previous is not None
                    and previous.values["event_type"] == "visit" and _AND_THEN.match(text[verbs[i - 1][1].end():m.start()])):
                continue  # "visited Zakho in May and toured a clinic": a place the visit took in, no visit of its own (one with a
                # day of its own is: "and toured Duhok in June")
            if (kind == "meeting" and m.group(0) == "met" and d is None and _MET_PEOPLE.match(text, m.end())
                    and text.endswith(" also ", max(0, m.start() - 6), m.start())
                    and any(c.values["event_type"] == "visit" and c.values["status"] == "occurred" for c in out)):
                continue  # "I also met volunteers from the Trust", told later of the visit: whom it saw, no meeting of its own
            if (kind == "court_ruling" and apart is None and previous is not None
                    # (a date told in the first ruling's own clause is that clause's: "sentenced the organiser to six years for a
                    # crossing in which two died last September, and jailed the pilots")
                    and (d is None or verbs[i - 1][1].end() <= d.start() and d.end() <= m.start())
                    and previous.values["event_type"] == "court_ruling" and "date" in previous.spans
                    and _RULING_AND.match(text[verbs[i - 1][1].end():m.start()])):
                continue
            if (kind == "court_ruling" and d is None and previous is not None and previous.values["event_type"] == "court_ruling"
                    and m.group(0) in ("found guilty", "convicted") and _AFTER_CONVICTED.fullmatch(text, verbs[i - 1][1].end(), m.start())):
                continue  # "sentenced a smuggler to six years after he was found guilty of ...": the verdict the sentence
                # followed, in the same case, no ruling of its own (one told with its own day is: "after he was convicted in March")
            if (kind == "visit" and m.group(0).startswith(("inspect", "visit")) and previous is not None and previous.values["event_type"] == "visit"
                    and text[verbs[i - 1][1].end():m.start()].endswith(" to ")
                    # (not a second visit in a clause of its own: "visited Zakho on Monday and went on to visit the camp")
                    and " and " not in text[verbs[i - 1][1].end():m.start()]):
                continue  # "will travel to Zakho on Monday to inspect the crossing" ("is due on Crete on Friday to visit the camp"): the
                # visit's purpose, no visit of its own
            if (kind == "visit" and previous is not None and previous.values["event_type"] == "visit"
                    and m.group(0) in ("visit", "visit to") and _VISIT_SETTING.match(text[verbs[i - 1][1].end():m.start()])):
                continue  # "arrived in Erbil on Saturday on her first visit to the Region": the visit just told
            if (kind == "briefing" and previous is not None and previous.values["event_type"] == "visit"
                    and _BRIEFED_THERE.match(text[verbs[i - 1][1].end():m.start()])):
                continue  # "visited the crossing on Monday, where she was briefed by officers": what the visit was for
            if (kind == "meeting" and last_meeting is not None and previous is not None and _THE_MEETING.fullmatch(m.group(0))
                    and not text[verbs[i - 1][1].end():m.start()].strip() and "date" not in previous.spans
                    and not (d is not None and text[m.end():d.start()].strip() in ("", "on", "in"))):
                # "announced during the meeting that ...": the meeting told before (its day the verb's), no meeting of its own
                previous.values["date"] = last_meeting
                continue
            if (kind == "meeting" and last_meeting is not None and previous is None and d is None and apart is None and at_meeting is None
                    and _THE_MEETING.fullmatch(m.group(0)) and not future_tense(text, sentence, m.start())):
                continue  # "Figures presented at the meeting showed ...": the meeting told before, told again (no event of its own)
            if (kind in ("visit", "meeting") and previous is not None and previous.values["event_type"] == "visit"
                    and _RANKED_VISITOR.search(text, max(verbs[i - 1][1].end(), m.start() - 80), m.start())):
                continue  # "arrived in Baghdad on Tuesday, the first British minister to travel to Iraq since 2003" ("to hold talks
                # in Iraq"): that visit, ranked
            if (kind in ("meeting", "host") and previous is not None and previous.values["event_type"] == "visit"
                    and (_PURPOSE.fullmatch(text, verbs[i - 1][1].end(), m.start()) or m.group(0).startswith("for ")
                         # (not a meeting in a clause of its own: "will visit Erbil, and the officials agreed to return for a
                         # second meeting on 8 June")
                         and ", and " not in text[verbs[i - 1][1].end():m.start()])):
                continue  # "is expected to visit Erbil on Monday for talks", "to visit London to meet the minister": the visit's purpose
            if (kind == "meeting" and m.group(0).startswith("for ") and previous is not None and verbs[i - 1][0] in ("meeting", "host")
                    and previous.values["event_type"] in ("meeting", "planned_meeting")
                    and not any(c in text[verbs[i - 1][1].end():m.start()] for c in ";:") and ", and " not in text[verbs[i - 1][1].end():m.start()]):
                # "hosted the minister for the third round of the dialogue", "met her counterpart for a meeting": the meeting
                # hosted (held) and what it was for, one meeting (its day, told after, the hosting's)
                if d is not None and "date" not in previous.spans:
                    previous.values["date"], previous.spans["date"] = resolve(d, reference, status == "planned"), d.span()
                    previous.start, previous.end = clause_around(text, sentence, previous.start, max(previous.end, d.end()))
                continue
            if previous is not None and verbs[i - 1][0] in ("meeting", "host") and _setting_after(text, verbs[i - 1][1], (kind, m)):
                continue  # "hosted officials at a meeting in London": the meeting hosted, told once
            if (kind == "meeting" and previous is not None and previous.values["event_type"] == "meeting"
                    and verbs[i - 1][1].group(0).endswith(" evidence") and m.group(0).startswith("told")):
                continue  # "Giving evidence on 2 March, the minister told the committee ...": the hearing just told
            if (kind == "meeting" and m.group(0).startswith("told") and d is None and apart is None and at_meeting is None
                    and status == "occurred" and any(c.values["event_type"] == "meeting" and c.values["date"]
                                                     and c.values["status"] == "occurred" for c in out)):
                continue  # "questioned the ministers on Monday ... The minister told the committee that ...": the dated hearing
                # told before, its words told again undated (no hearing of its own)
            if (kind == "arrest" and previous is not None and previous.values["event_type"] == "arrest"
                    and (d is None or d.span() == previous.spans.get("date"))
                    and not (d is None and (LATER.search(text, lo, hi) or (nxt := SAME_DAY.search(text, lo, hi)) and nxt.group("next")))):
                continue  # "arrests were made on Thursday at Safwan, where police detained a ringleader": the same operation
            if (kind == "arrest" and m.group(0) in ("raid", "raids") and text.endswith(("The ", "the "), max(0, m.start() - 4), m.start())
                    and not (d is not None and _one_day(d)) and any(c.values["event_type"] == "arrest" for c in out)):
                continue  # "The raid was carried out under Operation Kestrel, a team set up last year": the raid told before, its
                # framework told (a year there is the team's)
            if (kind == "arrest" and d is not None and previous is not None and previous.values["event_type"] == "arrest"
                    and "date" not in previous.spans and (_AND_JOIN.match(between := text[verbs[i - 1][1].end():m.start()])
                                                          # ... or the raid it was made in: "were arrested when officers
                                                          # raided the shop on 14 May"
                                                          or _WHEN_JOIN.fullmatch(between) or _RING_BROKEN_WHEN.fullmatch(between))):
                # "dismantled a smuggling cell and arrested five men on Sunday": one operation, on Sunday
                previous.values["date"], previous.spans["date"] = resolve(d, reference, status == "planned"), d.span()
                previous.start, previous.end = clause_around(text, sentence, previous.start, max(previous.end, d.end()))
                continue
            if kind in ("meeting", "host") or kind == "visit" and re.match(r"travel", m.group(0)):
                kind = "planned_meeting" if status == "planned" and kind != "visit" else ("visit" if kind == "visit" else "meeting")
            cand = Candidate("events", 0, 0, {"event_type": kind, "date": None, "status": status}, {"description": desc})
            if d is not None:
                cand.spans["date"] = d.span()
                cand.values["date"] = (_entry_day(d, entry, reference) if entry is not None and d is not entry[2]
                                       else resolve(d, reference, status == "planned"))
                if (d.group("wd") and (pair := _WEEKDAY_PAIR.match(text, d.end())) and cand.values["date"]
                        and (second := DATE_RE.match(text, pair.start("wd"))) and (last := resolve(second, reference, status == "planned"))
                        and last > cand.values["date"]):
                    # "raids on Monday night and Tuesday", "on Monday and Tuesday": from the first day to the last
                    cand.values["date"] = f"{cand.values['date']}/{last}"
                    cand.spans["date"] = (d.start(), pair.end())
            elif apart is not None and (day := shifted(resolve(apart[0], reference, status == "planned"), apart[1])):
                cand.values["date"] = day  # days counted from a date told before: no date words of its own to span
            elif at_meeting is not None:
                cand.values["date"] = at_meeting
            elif entry is not None:
                cand.values["date"] = entry[3]  # "• 18 March 2025 – ... set up a team. The team makes its first arrests": the entry's day
            elif diary is not None and status == "planned":
                cand.values["date"] = diary  # "MONDAY, JUNE 8 ... LONDON - The committee holds its fourth meeting": its heading's day
            elif log_days and status == "occurred" and (logged := _log_day(sentence, log_days)) is not None:
                cand.values["date"] = logged  # "Thursday, 11:00 / Police arrested two men ...": the log's day, gone
            elif (kind in ("meeting", "visit") and status == "occurred"
                  and (there := _IN_PLACE_OPENING.match(text, sentence[0], m.start())) is not None
                  and not any(c in text[there.end():m.start()] for c in ";:\n")  # (... "and visited the cell": that stop too)
                  and (trip := next((c for c in reversed(out) if c.values["event_type"] == "visit"), None)) is not None
                  and trip.values["date"] and trip.values["status"] == "occurred" and trip.start >= sentence[0] - _SCENE_WINDOW
                  and re.search(rf"\b{re.escape(there.group('place'))}\b", text[trip.start:trip.end])):
                cand.values["date"] = trip.values["date"]  # "From 3 to 6 May I visited Amman and Aqaba ... In Amman I met the
                # minister": met on that trip, in a place it took in, its days
            elif (kind == "signing" and (_THE_INSTRUMENT.match(text, m.end())
                                         or _IT_WAS_SIGNED.fullmatch(text, sentence[0], m.start()) is not None)
                  and (signed := next((c for c in reversed(out) if c.values["event_type"] == "signing"), None)) is not None
                  and signed.start >= told_from and signed.values["date"] and signed.values["status"] == status):
                cand.values["date"] = signed.values["date"]  # "Iraq and Britain signed an agreement on Wednesday ... The ministers
                # signed the document at the ministry": the signing told just before, its day
            elif (kind == "visit" and status == "occurred" and _VISIT_NAMED_AGAIN.fullmatch(text, sentence[0], m.start()) is not None
                  and (trip := next((c for c in reversed(out) if c.values["event_type"] == "visit"), None)) is not None
                  and trip.start >= told_from and trip.values["date"] and trip.values["status"] == status):
                cand.values["date"] = trip.values["date"]  # "The minister toured Dover on 3 May. It was her first visit to Kent":
                # the visit told just before, named again as the sentence's complement, its days
            elif (spoken := (_SPOKEN_AS.search(text, max(sentence[0], m.start() - 160), m.start())
                             or (_SPOKEN_AFTER.search(text, max(sentence[0], m.start() - 160), m.start()) if kind == "meeting" else None))) is not None and (
                    said := next((x for x in DATE_RE.finditer(text, spoken.start("day"), spoken.end("day")) if x.span() == spoken.span("day")), None)):
                cand.values["date"] = resolve(said, reference, status == "planned")  # "officials said on Thursday, as the two sides
                # held talks": what was under way as they spoke, that day
            elif (out and "same day as " in text[lo:hi] and (as_ := _SAME_DAY_AS.search(text, lo, hi))
                  and (told := next((c for c in reversed(out) if c.values["date"]
                                     and c.values["event_type"] == _SAME_DAY_AS_KIND[as_.group("noun").lower()]), None)) is not None):
                cand.values["date"] = told.values["date"]  # "On the same day as the UK arrests, police in Iraq detained two men":
                # the day of the event of that kind told before (not of the last event told, another matter's)
            elif (out and (same := SAME_DAY.search(text, lo, hi)) is not None
                  and not same.group("now") and not same.group("after") and same.group("unit") in ("day", None)
                  and _SAME_DAY_OPENING.fullmatch(text, sentence[0], same.start()) is not None
                  and out[-1].values["date"] and _ONE_DAY_EDTF.fullmatch(out[-1].values["date"]) is None
                  and (dayed := next((c for c in reversed(out) if c.values["date"] and _ONE_DAY_EDTF.fullmatch(c.values["date"])), None)) is not None
                  and dayed.start >= sentence[0] - _SCENE_WINDOW and (day := same_day(dayed.values["date"], same))):
                cand.values["date"] = day  # "... in raids on Tuesday 12 May, under the partnership agreed in November 2024. On the
                # same day officers arrested two men": a day's words count from the last event told with a day (not a month's)
            elif (out and (same := SAME_DAY.search(text, lo, hi))
                  and (out[-1].start >= told_from
                       # ... or the sentence opens with it, the event told last a few sentences back (quotes between):
                       # "... at dawn on Tuesday. [two paragraphs of quotes] The next day in Lille, the court sentenced"
                       or out[-1].values["date"] and out[-1].start >= sentence[0] - _SCENE_WINDOW
                       and _SAME_DAY_OPENING.fullmatch(text, sentence[0], same.start()) is not None)
                  and (day := same_day(out[-1].values["date"], same))):
                cand.values["date"] = day  # "... on 12 June. On the same day officers arrested four men": the event before's day
            elif (status == "occurred" and out and out[-1].start >= told_from and out[-1].values["status"] == "occurred"
                  and out[-1].values["event_type"] in _OCCASIONS and kind in _DONE_AT_OCCASIONS
                  and ("\n" not in text[out[-1].start:m.start()]  # (a paragraph's news after the lead's is undated)
                       and _ALSO_SUBJECT.match(text, sentence[0], m.start()) or _PARTIES_SUBJECT.match(text, sentence[0], m.start()))):
                cand.values["date"] = out[-1].values["date"]  # "X met Y in Baghdad on Monday. The two ministers also signed a
                # memorandum": the same occasion, its day
            elif (out and "\n" not in text[out[-1].start:m.start()] and (after := LATER.search(text, lo, hi))
                  and (day := later(out[-1].values["date"], after))):
                cand.values["date"] = day  # "... on 14 November. ... A supplier was arrested a week later": counted from its day
            elif status == "occurred" and _HOURS_ON.match(text, sentence[0]) and (scene := _paragraph_day(text, sentence, reference)):
                cand.values["date"] = scene  # "... gathered outside the ministry on Saturday. After two hours, the minister came
                # out and met them": hours on from the scene told before, its day
            elif (kind == "meeting" and status == "occurred"
                  and _CAME_OUT_TO.search(text, sentence[0], m.start()) is not None
                  and (scene := _occasion_day(text, sentences, i_sentence, _GATHERING, reference)) is not None):
                cand.values["date"] = scene  # "Farmers protested outside the ministry on Tuesday. ... The minister came out to
                # address the crowd and later met their leaders": met at the protest told before, its day
            elif (kind == "arrest" and status == "occurred"
                  and (_AT_THE_SCENE.match(text, m.end())
                       # ... or told bare in the passive, closing the paragraph's account: "On Tuesday police stopped a minibus
                       # ... The driver, 26, and a second man, 31, were arrested." (or "detained", as a border guard tells it: "At
                       # 02:10 on Monday a patrol stopped a car ... The driver, a 40-year-old local man, was detained.")
                       or m.group(0) in ("arrested", "detained")
                       and (_PASSIVE_BEFORE.search(text, max(sentence[0], m.start() - 8), m.start())
                            # (an "also" between: more people taken in the same incident, "Two men travelling with him were
                            # also arrested.")
                            or _PASSIVE_ALSO_BEFORE.search(text, max(sentence[0], m.start() - 12), m.start()))
                       and _SENTENCE_CLOSED.match(text, m.end())
                       and (DATE_RE.search(text, (para := text.rfind("\n", 0, sentence[0]) + 1), sentence[0])
                            # (or early in a paragraph going on with the scene the paragraph before told: "... at Chiasso
                            # station late on Tuesday. / The group had been hiding in the toilets. A man was arrested on the
                            # platform."; not a paragraph opened on another matter, "Separately, a man was arrested ...")
                            or sum(lo >= para for lo, _ in sentences[max(0, i_sentence - 2):i_sentence]) <= 1
                            and not _ANOTHER_MATTER.match(text, para))
                       # ... or in the active, one more thing the patrol did there, its verb after " and " in a sentence with no
                       # perfect (a lead's "have arrested" stays undated): "Police turned the group back at the gate and detained
                       # two drivers waiting on the road."
                       or m.group(0) in ("arrested", "detained") and text[m.start() - 5:m.start()] == " and "
                       and not _PERFECT_IN.search(text, sentence[0], m.start())
                       # ... or in the passive by the police, right after the paragraph's sentence that told the incident with its
                       # day: "On 4 May a guard at the gate stopped a man with a forged visa. He was arrested by airport police and
                       # handed to prosecutors" (the police who took him named, what became of him told after)
                       or m.group(0) in ("arrested", "detained") and _PASSIVE_BEFORE.search(text, max(sentence[0], m.start() - 8), m.start())
                       and _BY_THE_POLICE.match(text, m.end())
                       and DATE_RE.search(text, max(text.rfind("\n", 0, sentence[0]) + 1, text.rfind(". ", 0, max(0, sentence[0] - 2)) + 2),
                                          sentence[0]) is not None
                       and not any(c.values["event_type"] == "arrest" and c.start >= sentence[0] - _SCENE_WINDOW for c in out)
                       # ... or in the passive with what it was on suspicion of, as British police tell an incident's arrest:
                       # "Eight people were found in a van on Friday. ... The driver was arrested on suspicion of ..."
                       # (a "later" before the verb too, as after it: "A man was later arrested on suspicion of ...")
                       or m.group(0) in ("arrested", "detained")
                       and (_PASSIVE_BEFORE.search(text, max(sentence[0], m.start() - 8), m.start())
                            # (an "also" between: more people taken in the operation just told, "Two lorry owners were also
                            # arrested on suspicion of ...")
                            or _PASSIVE_ALSO_BEFORE.search(text, max(sentence[0], m.start() - 12), m.start())
                            or text.startswith("later ", m.start() - 6)
                            and _PASSIVE_BEFORE.search(text, max(sentence[0], m.start() - 14), m.start() - 6))
                       and _ON_SUSPICION.match(text, m.end())
                       # ... or caught first, the arrest on suspicion joined to it: "was caught after a short chase and arrested on
                       # suspicion of ..." (one arrest, told by its first verb)
                       or m.group(0) == "was caught" and (joined := text.find(" and arrested", m.end(), min(sentence[1], m.end() + 60))) != -1
                       and (_ON_SUSPICION.match(text, joined + 13)
                            # (or the arrest closing the account: "tried to run but was caught near the hut and arrested.")
                            or _SENTENCE_CLOSED.match(text, joined + 13) and "\n" not in text[m.end():joined]
                            and not _ANOTHER_MATTER.match(text, text.rfind("\n", 0, sentence[0]) + 1)
                            and not _ANOTHER_MATTER.match(text, sentence[0]))
                       # ... or its subject the driver of the vehicle the scene told, named again by "the": "... were driven the
                       # last 200 kilometres in a van. The driver, a 40-year-old man, was detained on the far side of the border"
                       or m.group(0) in ("arrested", "detained") and _THE_DRIVER_WAS.fullmatch(text, sentence[0], m.start()) is not None
                       # ... or in the passive with the hour of the clock or the hours held told after it, a scene's detail: "The
                       # driver was arrested at the roadblock at 4.10am", "was detained for 24 hours"
                       or m.group(0) in ("arrested", "detained") and _PASSIVE_BEFORE.search(text, max(sentence[0], m.start() - 8), m.start())
                       and _AT_THE_HOUR.match(text, m.end())
                       # (not when the scene told before is the arrest itself, dated there: "Police arrested an Iraqi at the airport
                       # on Sunday evening. The man ... was detained at passport control at 19:40" is that arrest told again, a
                       # mention dated by its own words)
                       and not any(c.values["event_type"] == "arrest" and c.values["date"] and c.start >= sentence[0] - _SCENE_WINDOW
                                   for c in out))
                  # (the scene told in the sentence's clause before a semicolon is told before it too: "On Monday a patrol
                  # stopped a van at the port; its driver was arrested at the scene")
                  and (scene := _paragraph_day(text, sentence if (semi := text.rfind("; ", sentence[0], m.start())) == -1
                                               else (semi + 2, sentence[1]), reference)) is not None):
                cand.values["date"] = scene  # "... stopped the lorry on 21 September. ... The driver was arrested at the scene":
                # the day of what the paragraph told before
            elif (kind == "arrest" and status == "occurred" and _IN_THAT_OPERATION.match(text, m.end()) is not None
                  and (scene := _paragraph_day(text, sentence, reference)) is not None):
                cand.values["date"] = scene  # "Officers raided the warehouse on 2 June. ... Four men were arrested during that
                # operation": the operation named again by "that" or "the" is the one just told, its day
            elif (kind == "arrest" and status == "occurred" and (same := SAME_DAY.search(text, lo, hi)) is not None
                  and not same.group("now") and not same.group("after") and same.group("unit") in (None, "day")
                  and (scene := _paragraph_day(text, sentence, reference)) is not None
                  and (day := same_day(scene, same)) is not None):
                cand.values["date"] = day  # "... found 30 people in a lorry on Friday afternoon. ... Two men were detained
                # in the town later that night": told by the incident's day (no event told before it to count from)
            elif (kind == "arrest" and status == "occurred" and m.group(0) in ("arrested", "detained")
                  and (place := _AT_THE_PLACE.match(text, m.end())) is not None
                  and (_PASSIVE_BEFORE.search(text, max(sentence[0], m.start() - 8), m.start()) or text[m.start() - 2:m.start()] == ", ")
                  and (scene := _occasion_day(text, sentences, i_sentence, place.group("place"), reference)) is not None):
                cand.values["date"] = scene  # "... found two men in a lorry at the border crossing on Monday. ... The driver was
                # detained at the crossing." (or a participle: "charged a man, arrested at the station, with ..."): the place
                # named again by "the" is the incident's, and the sentence that told it there tells its day
            elif (kind == "announcement" and status == "occurred" and _AT_A_CEREMONY.match(text, sentence[0])
                  and (scene := _paragraph_day(text, sentence, reference)) is not None):
                cand.values["date"] = scene  # "On Sunday the minister decorated 14 officers. At a ceremony in Baghdad, he
                # announced a reward": the ceremony told before, its day
            elif (kind == "court_ruling" and status == "occurred" and m.group(0) == "remanded"
                  and (appeared := _appearance_before(text, sentence)) is not None):
                cand.values["date"] = resolve(appeared, reference, False)  # "Yesterday he appeared at Leeds Magistrates'
                # Court ... A judge remanded him in custody": the appearance's day
            elif (kind == "court_ruling" and status == "occurred" and m.group(0) == "remanded"
                  and _THE_JUDGE.match(text, sentence[0], m.start()) is not None
                  and (heard := next((c for c in reversed(out) if c.values["event_type"] == "court_ruling"), None)) is not None
                  and heard.values["status"] == "occurred" and len(heard.values["date"] or "") == 10
                  and m.start() - heard.start < _HEARING_WINDOW):
                cand.values["date"] = heard.values["date"]  # "... during the hearing at Newcastle Magistrates' Court on Tuesday.
                # [the case argued] The judge remanded him in custody": the judge told before is that hearing's, its day
            elif kind == "announcement" and status == "occurred" and m.group(0) == "announces" and (sketch is None or m.start() < sketch[0]):
                cand.values["date"] = reference_day(reference)  # "as the Home Secretary announces £24 million": a person's news
                # told in the present, the day's (a sketch's present is its own day, below)
            elif sketch is not None and status == "occurred" and m.start() > sketch[0]:
                cand.values["date"] = sketch[2]  # "12.30pm, Ministry of Interior. The talks in Mr X's office ...": the sketch's day
            elif (marked := _marked_day(text, sentence, m.start(), reference)) is not None:
                cand.values["date"] = marked  # "Today marks the first anniversary ... X marked the day at a meeting": today
            elif status == "planned" and lead is not None:
                cand.values["date"] = resolve(lead, reference, True)  # "In 2026 we will: ... 3. publish our review": 2026
            elif status == "planned" and _NOW_AHEAD.search(text, max(sentence[0], m.start() - 20), m.start()):
                cand.values["date"] = reference_day(reference)  # "The ministers will now sign the plan": at once, today
            elif status == "planned" and (today := clock_day(text, *desc, reference)):
                cand.values["date"] = today  # "is due to meet her counterpart at 10:00 GMT": a plan at an hour, no day, is today's
            elif (status == "occurred" and entries_from is not None and m.start() > entries_from
                  and (kind != "signing" and not _HAVE_BEFORE.search(text, max(sentence[0], m.start() - 20), m.start())
                       or (kind != "announcement" or _IN_A_SPEECH.match(text, m.end(), sentence[1]))
                       and _PERFECT_NEWS.search(text, max(sentence[0], m.start() - 20), m.start()))):
                # a live blog's entry tells the day's news: "the minister met her counterpart", and the news just in, in the
                # present perfect: "has arrived in Erbil", "have signed a joint statement" (but "has announced" is undated, unless
                # told with the speech the entry reports: "has set out the package in a speech"; and a signing told undated in
                # the past is the talks' background)
                cand.values["date"] = reference_day(reference)
            elif kind == "meeting" and status == "occurred" and last_meeting is not None and _HELD_ITS_NTH.match(m.group(0)):
                cand.values["date"] = last_meeting  # "... met in Baghdad on Wednesday. The committee ... held its third session at
                # the ministry": the meeting told before, told again by its session
            elif (kind == "announcement" and (m.group(0).startswith(("directed", "instructed"))
                                              or m.group(0) == "announced" and _PARTICIPANT_SUBJECT.fullmatch(text, sentence[0], m.start()))
                  and last_meeting is not None
                  and not any(c.values["event_type"] in ("meeting", "planned_meeting") and c.values["date"] != last_meeting
                              for c in out)):
                # a chair's direction after the one meeting told: "chaired on Sunday the meeting of the committee ... and directed
                # the launch of a campaign": given at that meeting, that day
                cand.values["date"] = last_meeting
            elif (previous is not None and "date" in previous.spans and not after_arrest
                  and (_AND_JOIN.match(between := text[verbs[i - 1][1].end():m.start()])
                                                                          or _AND_JOIN_NAMED.match(between)
                                                                          or _WHERE_JOIN.match(between)
                                                                          or _WHERE_AT_PLACE_JOIN.match(between)
                                                                          or _LATER_JOIN.search(between)
                                                                          or _AS_WHILE_JOIN.match(between)
                                                                          or kind == "signing" and _PARTIES_JOIN.match(between)
                                                                          and previous.values["event_type"] in ("meeting", "planned_meeting")
                                                                          or kind == "meeting" and _SETTING.match(m.group(0))
                                                                          and _SETTING_JOIN.match(between)
                                                                          or kind == "visit" and m.group(0) in ("visit", "visit to")
                                                                          and _VISIT_SETTING.match(between))):
                cand.values["date"] = previous.values["date"]  # "visited Erbil on Sunday and met ..." (", where she met"): the same day
                cand.spans["date"] = previous.spans["date"]
            if (kind == "court_ruling" and _HEARING_ON.match(m.group(0))
                    and any(c.values["event_type"] == "court_ruling" and c.values["date"] == cand.values["date"] for c in out)):
                continue  # "... was jailed on 3 October. At the hearing on 3 October the judge also ...": that ruling
            if (d is not None and d.end() <= m.start() and cand.values["date"] and "date" in cand.spans
                    and (same := SAME_DAY.search(text, m.end(), hi)) is not None and same.group("unit") in ("week", "month")
                    and (day := same_day(cand.values["date"], same))):
                # "to give evidence on 8 September and to travel to Amman later that month": the month of the day before
                cand.values["date"] = day
                cand.spans["date"] = same.span()
            if (status == "occurred" and d is not None and "date" in cand.spans and reference
                    and re.fullmatch(r"\d{4}-\d{2}-\d{2}", cand.values["date"] or "") and cand.values["date"] > reference_day(reference)):
                # a day still to come dates nothing done: "adjourned the case until 4 May and granted him bail" (the bail,
                # granted, is undated; the day is the adjournment's)
                cand.values["date"] = None
                del cand.spans["date"]
            lo_q = min(s for s, _ in cand.spans.values())
            hi_q = max(e for _, e in cand.spans.values())
            cand.start, cand.end = clause_around(text, sentence, lo_q, hi_q)
            if (before is not None and d is not None and "date" not in before[1].spans and kind == "arrest"
                    and before[1].values["event_type"] == "arrest" and m.group(0).lower() == "action day"
                    and _DURING_A.search(text, max(before[0].end(), m.start() - 60), m.start())
                    and not any(c in text[before[0].end():m.start()] for c in ",;:.")):
                # "arrested 26 suspects during a joint action day on Tuesday": the arrests are that action day's, one event, dated
                before[1].values["date"] = cand.values["date"]
                before[1].spans["date"] = cand.spans["date"]
                before[1].start, before[1].end = clause_around(text, sentence, min(s for s, _ in before[1].spans.values()),
                                                               max(e for _, e in before[1].spans.values()))
                continue
            if (before is not None and d is not None and "date" not in before[1].spans and _AT_MEETING.match(m.group(0))
                    and (before[1].values["event_type"] == "meeting" and kind == "meeting"
                         or before[0].group(0) in ("discuss", "question") and before[1].values["event_type"] == kind == "planned_meeting")
                    and before[1].values["date"] is None and 0 < m.start() - before[0].end() <= 100
                    and (not any(c in text[before[0].end():m.start()] for c in ",;:.")
                         or before[0].group(0) == "discuss" and _DISCUSSED_GAP.fullmatch(text, before[0].end(), m.start()))):
                # "discussed coordination with the Home Secretary at a meeting in London on 6 October": that one meeting, dated
                # (a body's sitting still to come too: "will discuss the code at a session in May", as are those it will question
                # there: "will question the mayor's aides at its session on 5 May"; not a paper presented at
                # one, whose gapped second meeting is told after it: see _gapped_meeting)
                before[1].values["date"] = cand.values["date"]
                before[1].spans["date"] = cand.spans["date"]
                before[1].start, before[1].end = clause_around(text, sentence, min(s for s, _ in before[1].spans.values()),
                                                               max(e for _, e in before[1].spans.values()))
                continue
            if (before is not None and d is not None and "date" not in before[1].spans and _AT_MEETING.match(m.group(0))
                    and not text[before[0].end():m.start()].strip()):
                before[1].values["date"] = cand.values["date"]  # "to be signed at a meeting due in the spring": that meeting's day
                before[1].spans["date"] = cand.spans["date"]
                before[1].start, before[1].end = clause_around(text, sentence, min(s for s, _ in before[1].spans.values()),
                                                               max(e for _, e in before[1].spans.values()))
            elif (before is not None and "date" in cand.spans and "date" not in before[1].spans and before[1].values["date"] is None
                  and kind == "visit" and _DURING_A.search(text, max(before[0].end(), m.start() - 60), m.start())
                  and not any(c in text[before[0].end():m.start()] for c in ",;:.")):
                # "announced the sanctions during a visit to Dover this morning": made during that visit, on its day
                before[1].values["date"] = cand.values["date"]
            if (kind == "meeting" and before is not None and before[1].values["event_type"] == "meeting" and before[0].start() >= sentence[0]
                    and m.group(0).startswith(("talks", "meeting")) and _TALKS_RENAMED.search(text, max(before[0].end(), m.start() - 40), m.start())):
                continue  # "met the Foreign Secretary at the Foreign Office, his first talks in Britain": that meeting, named again
            if (kind == "signing" and _SIGNING_RECALLED.search(text, max(sentence[0], m.start() - 60), m.start())
                    # (not with its own day: "since the agreement was signed in Baghdad in November 2024")
                    and not ((told := cand.spans.get("date")) and told[0] >= m.end() and not _NEW_PART.search(text, m.end(), told[0]))
                    and any(c.values["event_type"] == "signing" for c in out)):
                continue  # "have arrested 212 since the pact was signed, including 38 in September": the signing told before,
                # recalled as a bound (its dates are the clause's after it)
            if (kind == "announcement" and _DURING_THE_VISIT.match(text, m.end())
                    and (visit := next((c for c in reversed(out) if c.values["event_type"] == "visit" and c.values["date"]), None))):
                # "announced during the tour that Britain will fund a course next month": made on the visit's day (what it
                # announces keeps its own future)
                cand.values.update({k: visit.values[k] for k in ("date", "date_text", "status") if k in visit.values})
                cand.spans.pop("date", None)
            if (kind == "arrest" and cand.values["date"] is None and _AMONG_THOSE_ARRESTED.search(text, max(sentence[0], m.start() - 20), m.start())
                    and (raid := next((c for c in reversed(out) if c.values["event_type"] == "arrest" and c.values["date"]
                                       and c.values["status"] == "occurred"), None))):
                # "The ringleader was among those arrested in Kiel": one of the people of the arrest told before, on its day
                cand.values.update({k: raid.values[k] for k in ("date", "date_text") if k in raid.values})
                cand.spans.pop("date", None)
            out.append(cand)
            previous = cand
            convicted = convicted or d is not None and _CONVICTED.fullmatch(m.group(0)) is not None
            if kind in ("meeting", "planned_meeting") and cand.values["date"]:
                last_meeting = cand.values["date"]
            before = (m, cand)
            if kind == "signing" and d is None and cand.values["date"] is None and (
                    _PERFECT.search(text, max(sentence[0], m.start() - 20), m.start())
                    or m.group(0) == "signed" and _WE_SIGNED.search(text, max(sentence[0], m.start() - 20), m.start())):
                summaries.add(id(cand))
            elif (kind == "meeting" and cand.values["date"] is None and status == "occurred"
                  and (m.group(0) == "met" and _MET_FOR_TALKS.match(text, m.end()) or _BEGUN_TALKS.fullmatch(m.group(0)))
                  and not any(c.values["event_type"] == "meeting" for c in out[:-1])):
                # "Interior ministers ... met for talks on the gangs", "Denmark has begun talks with Iraq on returns": the
                # article's summary of its talks
                met_summary = cand
            elif kind == "signing" and d is not None and (g := _gapped_signing(text, d.end(), sentence, reference)):
                out.append(g)
            elif (cand.values["event_type"] in ("meeting", "planned_meeting") and d is not None
                  and (g := _gapped_meeting(text, d.end(), sentence, reference, cand))):
                out.append(g)
            elif (kind == "arrest" and d is not None and status == "occurred" and d.end() > m.start()
                  and (g := _gapped_arrest(text, d.end(), sentence, reference))):
                out.append(g)
    out += (_imprint(text, reference) + _witness_sessions(text, reference) + _next_release(text, reference)
            + _listed_meetings(text, reference))
    if any(c.values["event_type"] == "signing" and c.values["date"] for c in out):
        out = [c for c in out if id(c) not in summaries]
    if met_summary is not None and any(c.values["event_type"] == "meeting" and c.values["date"] and c.start > met_summary.start for c in out):
        out = [c for c in out if c is not met_summary]  # the talks told with their day later: the same talks
    return out


# the people whose arrest was told before, its subject: "The men were detained ...", "The two suspects were arrested ..."
# (not a share of them, arrested elsewhere: "two of the suspects were arrested in Birmingham")
_THE_PEOPLE_WERE = re.compile(r"(?<!\bof )\b(?:The|the) (?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+) )?"
                              r"(?:men|women|suspects|smugglers|drivers|pair)\s+(?:were|had been)\s+(?:later\s+|all\s+)?$")
# an arrest where what was told before happened: "was arrested at the scene", "were detained on the spot"
# a sentence opening with hours gone by, or a part of that day: the day of the scene told before it
_HOURS_ON = re.compile(r"(?:After (?:(?:an?|one|two|three|four|five|six|several|\d{1,2}) )?hours?|(?:(?:An?|One|Two|Three|Four|Five|Six|Several|\d{1,2}) )?"
                       r"[Hh]ours? later|Later that (?:day|morning|afternoon|evening)|That (?:afternoon|evening))\b,?")
# a sentence opening with a place, then its subject, before the verb: "In Amman I met ...", "In Aqaba, the delegation visited"
# (not a month: "In May I met")
_IN_PLACE_OPENING = re.compile(rf"In (?!(?:{'|'.join(MONTHS)})\b)(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?),? "
                               r"(?:I|we|he|she|they|(?:the|our|his|her|their) [\w-]+(?: [\w-]+)?) (?:also )?")
# an official who came out to those gathered at a protest told before, the meeting told after it that protest's (see
# event_candidates): "The governor came out to speak to the protesters and later received a delegation"
_CAME_OUT_TO = re.compile(r"\bcame out (?:of (?:the|his|her) [\w-]+ )?to (?:speak to|talk to|address|meet|greet) the "
                          r"(?:protesters|protestors|demonstrators|crowd|marchers|families)\b")
_GATHERING = r"(?:protest(?:ed|s)?|demonstrat(?:ed|ion)|rall(?:y|ied)|sit-in|gathered|marched)"
_PARAGRAPHS_BACK = 4  # (the window below bounds it: short paragraphs of quotes and detail may come between)
# an arrest made in the operation just told, named again: "were detained during that operation", "arrested in the raid"
_IN_THAT_OPERATION = re.compile(r" (?:during|in) (?:that|the same|the) (?:operation|raid|search|swoop)\b(?! (?:of|on|at|in|by)\b)")
# a meeting ranked as the first of its kind, the meeting just told: "the first time the three ministers have met"
_FIRST_TIME_BEFORE = re.compile(r"\bthe first time (?:(?!(?:and|but|since|after|when)\b)[\w’'-]+ ){1,8}(?:have|has|had) (?:ever )?$")
_SCENE_WINDOW = 1000  # characters looked back for the scene's day: an incident is told just before
# ... or on that same day, after its place: "was arrested at the dock the same morning" (the incident told before is no event)
# (whom it took told first, a few words: "arrested two men at the house that morning"; the place told by a road and a town
# near it: "were detained on the S8 expressway near Białystok the same morning"; not "the same day as the funeral", another's)
# (whom it took may be told with an aside between commas: "arrested the van's driver, a 40-year-old man from Mosul, at the scene")
_AT_THE_SCENE = re.compile(r"(?: (?!(?:at|in|on|near|during|the same|that)\b)[\w’'-]+){0,3}?(?:,(?: [^,;.:“”\"]{1,60}?),(?= at the scene| on the spot))?"
                           r" (?:at the scene|on the spot|(?:(?:at|in|on|near) (?:the |a )?[\w’'-]+ (?:[\w’'-]+ )?){0,2}?(?:the same|that) (?:day|morning|afternoon|evening|night)\b(?! as\b)"
                           # ... or during the operation told before (itself no event): "cleared the camp at dawn on Tuesday.
                           # ... Two smugglers were arrested at the camp during the operation"
                           r"|(?:(?:at|in) (?:the |a )?[\w’'-]+ )?during the (?:operation|raids?|clearance|search(?:es)?|swoop)"
                           # ... or when (after) a step of the scene was taken "later that" part of the day: "was arrested when the
                           # boat was brought into port later that morning" (that morning's scene told before)
                           r"|(?:when|after|as) (?:[\w’'-]+ ){1,8}?later that (?:day|morning|afternoon|evening|night)"
                           # ... or when the craft of the scene told before was brought in or reached land: "were arrested
                           # when it was brought into Dover harbour", "was detained as the boat reached the beach"
                           # (or the craft that picked them up: "when the lifeboat docked at Ramsgate", "as the ferry reached Dover")
                           r"|(?:when|after|as) (?:it|the (?:[\w-]+ )?(?:boat|dinghy|vessel|lorry|truck|van|ship|craft|cutter|ferry|lifeboat|coach)) "
                           r"(?:(?:was|were) (?:brought|towed|escorted|taken) (?:in)?to|reached|docked (?:at|in)|arrived (?:at|in)) (?:the |a )?[\w’'-]+"
                           # ... or some hours after the scene told before, as a chase ends the same night: "fled into the
                           # forest and was detained about two hours later" (hours on from it, its day)
                           r"|(?:an?|one|two|three|four|five|six|several|\d{1,2}) hours? later)\b")
# a place an arrest was made at, named by "the" and a common noun, the clause ending there: "was detained at the checkpoint."
# (not a time or a bidding: "at the time", "at the weekend", "at the request")
# (or with its address after it: "were arrested at the warehouse on Mill Lane, Hull," is the warehouse told before)
_AT_THE_PLACE = re.compile(r" at the (?!(?:time|moment|weekend|request|behest|end|start|outset)\b)(?P<place>[a-z]{4,})"
                           r"(?=[.,;]| (?:on|in) (?-i:[A-Z])[\w’'-]*(?: (?-i:[A-Z])[\w’'-]*){0,3}[.,;])")
# what an arrest was made on suspicion of, told right after it ("arrested nearby on suspicion of"), a place word between
# (or a short place between, where the incident was: "were arrested at the airport on suspicion of")
# (a harbour, a dock or a quay too, where a boat's landing is told: "was arrested at the harbour on suspicion of")
_ON_SUSPICION = re.compile(r"(?: (?:nearby|there|later|too|also|at the scene|(?:at|in) the (?:[a-z-]+ )?(?:airport|port|harbour|harbor|docks?|quay|border|scene|crossing|terminal|station|checkpoint)))? on suspicion of\b")
# the hour of the clock an arrest was made at, or the hours a man was held for, told a few words after the verb (a place
# between): "was arrested at the roadblock at 4.10am", "was detained for 24 hours"; a scene's detail, its day told before
_AT_THE_HOUR = re.compile(r"(?: (?!(?:and|but|who|which|after|before|when|since|until|that)\b)[\w’'-]+){0,8}? "
                          r"(?:at \d{1,2}[.:]\d\d(?!\d)|at \d{1,2}(?:[.:]\d\d)? ?[ap]\.?m\b|for (?:\d{1,2}|twenty-four|forty-eight) hours\b)")
# the police who made an arrest, named right after a passive verb: "was arrested by airport police", "by officers of the
# border unit" (see event_candidates)
_BY_THE_POLICE = re.compile(r" by (?:the )?(?:[\w’'-]+ ){0,2}?(?:police|policemen|officers|gendarmes|guards|carabinieri)\b")
# a perfect or pluperfect auxiliary in a clause (see the active arrest after " and " in event_candidates)
_PERFECT_IN = re.compile(r"\b(?:have|has|had|’ve|'ve)\b")
# a verb closing its sentence, nothing told after it
# (but a short place of the scene: "Mr X was arrested at the dock gate." closes the scene's account as well)
# (or "on" it: "was arrested on the platform."; not "on the orders." of someone)
# (or a place named: "at the Eastern Docks"; then, a step of the scene told by "the" and a passive, what was done with those
# found: "... after the passengers were handed to police.")
_SENTENCE_CLOSED = re.compile(r"(?: (?:at|in|on|near|outside) the(?! (?:orders|charges?|grounds)\b)(?: [a-z][a-z-]+){1,2}"
                              r"| at the(?: [A-Z][\w’'-]+){1,3})?"
                              r"(?: after the [a-z]+ (?:was|were) [a-z]+ed\b[^.;:!?\n]{0,40})?\s*(?:[.!]|$)")
# a paragraph opened on another matter than the scene told before it
_ANOTHER_MATTER = re.compile(r"(?:Separately|Elsewhere|Meanwhile|In (?:a |an )?(?:separate|another|other|unrelated)\b)")
# the day a source spoke on, not the scene's: "the division's spokeswoman said on Wednesday"
_SAID_ON = re.compile(r"\b(?:said|says|told (?:[\w’'-]+ ){0,2}?|added|announced|confirmed)\s*$")
# the words opening a sentence before its "the same day" ("The next day in Lille, ...", "On the same day police ...")
# "the same day as the UK arrests" ("as the raids", "as the signing"): the kind of the event whose day it names (see event_candidates)
_SAME_DAY_AS = re.compile(r"\b[Tt]he same day as (?:the |its |their |that )?(?:[\w’'-]+ ){0,3}?(?P<noun>arrests?|raids?|detentions?|signing|meeting|talks|visit)\b")
_SAME_DAY_AS_KIND = {"arrest": "arrest", "arrests": "arrest", "raid": "arrest", "raids": "arrest", "detention": "arrest",
                     "detentions": "arrest", "signing": "signing", "meeting": "meeting", "talks": "meeting", "visit": "visit"}
_SAME_DAY_OPENING = re.compile(r"(?:(?:On|At|By|Later|Then,?) )?")
# an event's date that is one day (not a month, a year or a span)
_ONE_DAY_EDTF = re.compile(r"\d{4}-\d{2}-\d{2}")


# an appearance told as done at a court named (an appearance with no remand of its own told: see "appeared")
_APPEARED_AT_COURT = re.compile(r"\bappeared (?:at|in|before) (?:the )?(?:[A-Z][\w’'-]* ){1,4}?(?:Court\b|magistrates\b)")


def _occasion_day(text: str, sentences: list[tuple[int, int]], i_sentence: int, occasion: str, reference: str | None) -> str | None:
    """The day of the nearest sentence before ``i_sentence`` naming the ``occasion`` ("fair") with a day of its own; None if none."""
    named = re.compile(rf"\b{occasion}\b")
    for lo, hi in reversed(sentences[max(0, i_sentence - _OCCASION_WALK):i_sentence]):
        if named.search(text, lo, hi) and (day := next((d for d in DATE_RE.finditer(text, lo, hi) if _one_day(d)), None)):
            first = resolve(day, reference, False)
            if (first and day.group("wd") and (pair := _WEEKDAY_PAIR.match(text, day.end()))
                    and (second := DATE_RE.match(text, pair.start("wd"))) and (last := resolve(second, reference, False)) and last > first):
                return f"{first}/{last}"  # raids "on Tuesday and Wednesday": the occasion's two days, as told there
            return first
    if occasion == "ceremony":
        # a ceremony named before only as a launch's, an opening's or a signing's, undated: the day that thing was told done
        # ("The ministry on Monday opened a centre in Zakho. Speaking at the opening ceremony, ... At the ceremony, ...")
        for lo, hi in reversed(sentences[max(0, i_sentence - _OCCASION_WALK):i_sentence]):
            if (named := _CEREMONY_OF.search(text, lo, hi)) is not None:
                return _occasion_day(text, sentences, i_sentence, _CEREMONY_DONE[named.group(1).lower()], reference)
    return None


# the instrument a signing told just before named again by a pronoun, the subject of its passive: "It was signed by the two
# ministers" (see event_candidates: that signing's day)
_IT_WAS_SIGNED = re.compile(r"(?:It|This) (?:was|had been) (?:also |formally |jointly )?")
# ... and a visit told just before named again the same way: "It was the minister's first visit to Kent" (see event_candidates)
_VISIT_NAMED_AGAIN = re.compile(r"(?:It|This) (?:was|had been) (?:(?:the|his|her|their|its) )?(?:[\w’'-]+ ){0,4}")


# the thing a ceremony was held for, named before it ("the launch ceremony"), and the verb that tells it done
_CEREMONY_OF = re.compile(r"\b(launch|opening|signing|inauguration|handover)\s+ceremony\b", re.IGNORECASE)
_CEREMONY_DONE = {"launch": "launch(?:ed|es)", "opening": "open(?:ed|s)", "signing": "sign(?:ed|s)",
                  "inauguration": "inaugurat(?:ed|es)", "handover": "hand(?:ed|s) over"}


# a remand told by "the judge" (the magistrate), undated: the judge of the hearing told before in the article, a few
# paragraphs of the case argued between
_THE_JUDGE = re.compile(r"(?:The|the) (?:[\w-]+ )?(?:judge|magistrates?|court) $")
_HEARING_WINDOW = 2000


def _appearance_before(text: str, sentence: tuple[int, int]) -> re.Match | None:
    """The date of an appearance at a court told in the sentence just before ``sentence``, in its paragraph; None if none.

    ... or told as the paragraph just before this one ends, the remand its outcome told after one sentence of the hearing
    between: "He appeared at Hull Magistrates' Court yesterday charged with ... / He entered no plea. Magistrates remanded
    him in custody" (a remand that opens its paragraph, or follows one sentence there)."""
    start = max(text.rfind("\n", 0, sentence[0]) + 1, text.rfind(". ", 0, max(0, sentence[0] - 2)) + 2, sentence[0] - 240)
    appeared = _APPEARED_AT_COURT.search(text, start, sentence[0])
    if appeared is not None:
        return next((d for d in DATE_RE.finditer(text, start, sentence[0]) if _one_day(d)), None)
    para = text.rfind("\n", 0, sentence[0]) + 1
    if para == 0 or text.count(". ", para, sentence[0]) > 1 or sentence[0] - para > 240:
        return None  # (the remand too far into its paragraph to be the hearing's outcome)
    hi = len(text[:para].rstrip())  # (the paragraph before, over the blank lines between)
    lo = text.rfind("\n", 0, hi) + 1
    appeared = next(iter(reversed(list(_APPEARED_AT_COURT.finditer(text, lo, hi)))), None)
    if appeared is None:
        return None
    told = text.find(". ", appeared.end(), hi)
    told = hi if told < 0 else told
    opening = max(text.rfind(". ", lo, appeared.start()) + 2, lo)
    return next((d for d in DATE_RE.finditer(text, opening, told) if _one_day(d)), None)


_AT_A_CEREMONY = re.compile(r"(?:At|During) (?:a|the) (?:[\w-]+ )?(?:ceremony|reception|parade)\b")


# the driver of the vehicle a scene told, named again as the subject of a passive arrest, an aside between commas
_THE_DRIVER_WAS = re.compile(r"(?:The|Its|Their) (?:[\w-]+ )?(?:driver|skipper|pilot)(?:, [^,;.:“”\"]{1,60},)? (?:was|were) (?:later |also )?")


# what befell those found after the scene, on a later day: "were discharged on Thursday" (not the scene's day)
# (or a state still lasting on a later day: "a woman was still missing on Sunday evening")
# (or a state the people found were in on a later day: "All were in a stable condition on Monday", "remained in hospital on Monday")
_AFTERMATH_ON = re.compile(r"\b(?:discharged|buried|repatriated|released)(?: from (?:the )?hospital| on bail)?\s+$|\bstill (?:[\w-]+ ){0,2}?[\w-]+\s+$"
                           r"|\bin (?:an? )?(?:[\w-]+ )?condition\s+$|\b(?:remained|remains) in (?:a )?(?:hospital|intensive care)\s+$")


_MONTH_NAMED = re.compile(rf"\b(?:{'|'.join(MONTHS)})\b")


def _period_told(text: str, sentence: tuple[int, int], verb_end: int) -> bool:
    """Whether the sentence tells a period a count runs over (see _OVER_A_PERIOD, _TALLY); not a "since" after "have", "has" or
    "had" told after the verb, which tells what followed the event, no period: "Three men were detained on suspicion of ... and
    have since been deported" (one arrest; "have since arrested 40" before any verb of its own still counts from something)."""
    for found in (*_OVER_A_PERIOD.finditer(text, *sentence), *_TALLY.finditer(text, *sentence)):
        if not (found.start() >= verb_end and _SINCE_AFTERWARDS.match(text, found.start())
                and _HAVE_BEFORE_SINCE.search(text, max(0, found.start() - 5), found.start())):
            return True
    return False


_SINCE_AFTERWARDS = re.compile(r"[Ss]ince (?:been|[a-z]+ed)\b")  # "since been deported", "since returned": an adverb, what came after
_HAVE_BEFORE_SINCE = re.compile(r"\b(?:have|has|had) $")


def _paragraph_day(text: str, sentence: tuple[int, int], reference: str | None) -> str | None:
    """The last day told in the sentence's paragraph before it (a day, not a month or a span), resolved as past; or, none told
    there, in the four paragraphs before (a release tells the incident, a quote or two, then what happened at the scene)."""
    start = text.rfind("\n", 0, sentence[0]) + 1
    told = [*DATE_RE.finditer(text, start, sentence[0])]
    # (a dateline's day is the article's, no scene's: "KIRKUK, Jan. 22 (Agency) – Police seized ..., and arrested two men")
    days = [d for d in told if _one_day(d) and not _SAID_ON.search(text, max(0, d.start() - 24), d.start())
            and not _DATELINE.search(text, max(0, d.start() - 60), d.start())]
    # (a paragraph that tells its scene by a month, no day, is that scene's: a day further back is another mention's, a
    # court's told in the lead: "... sentenced on Tuesday ... [two paragraphs] ... raided the workshop in October. The man
    # was arrested at the scene" is undated; a year told of something else, "a scanner bought last year", is no scene's)
    if not days and start and not any(_MONTH_NAMED.search(d.group()) for d in told):
        lo = start
        counted = 0
        while counted < _PARAGRAPHS_BACK:
            end = lo - 1
            while end > 0 and text[end - 1] == "\n":  # the blank lines between
                end -= 1
            if end <= 0:
                break
            lo = text.rfind("\n", 0, end) + 1
            # (a paragraph that is a quotation alone, a witness's aside on the scene, is not counted: "... late on Monday.
            # / [how it was found] / "It was freezing in there," he says. / [who they were] / The driver was arrested at the scene")
            counted += text[lo] not in "\"“"
        days = [d for d in DATE_RE.finditer(text, max(lo, sentence[0] - _SCENE_WINDOW), start)
                if _one_day(d) and not _SAID_ON.search(text, max(0, d.start() - 24), d.start())
                and not _AFTERMATH_ON.search(text, max(0, d.start() - 40), d.start())]
    return resolve(days[-1], reference, False) if days else None


# an event marking a day ("marked the day at a meeting with", "marked the occasion by visiting") and the day told as marking an
# anniversary before it ("Today marks the first anniversary of the joint statement", "Sunday marks five years since ...")
_MARKED_DAY = re.compile(r"\bmark(?:ed|s|ing) the (?:day|occasion|anniversary|milestone)\b")
_DAY_MARKS = re.compile(r" marks (?:the )?(?:[\w-]+ )?(?:anniversary|years? since|months since)\b")


def _marked_day(text: str, sentence: tuple[int, int], pos: int, reference: str | None) -> str | None:
    """The day an undated event at ``pos`` marks, when its clause says it "marked the day" (the occasion, the anniversary) and
    a day was told before as marking an anniversary ("Today marks ..."); None otherwise."""
    if not _MARKED_DAY.search(text, max(sentence[0], pos - 80), pos):
        return None
    marks = [*_DAY_MARKS.finditer(text, max(0, sentence[0] - 600), pos)]  # the last told before
    if not marks:
        return None
    at = marks[-1].start()
    day = next((d for d in DATE_RE.finditer(text, max(0, at - 30), at) if d.end() == at), None)
    return resolve(day, reference, False) if day else None


def _gapped_arrest(text: str, after: int, sentence: tuple[int, int], reference: str | None) -> Candidate | None:
    """People arrested with the verb left out, after a dated arrest, at a place and with a day of their own: "Nine were detained
    in al-Qaim on Thursday ..., and eight in Basra on Saturday"."""
    if not (g := _GAPPED_ARREST.search(text, after, sentence[1])) or _EVENT_RE.search(text, after, g.start()):
        return None
    desc = _description(text, g.start("thing"), sentence)
    if _EVENT_RE.search(text, *desc) or not (dates := dates_in(text, *desc)) or not _one_day(dates[0]):
        return None
    cand = Candidate("events", 0, 0, {"event_type": "arrest", "date": resolve(dates[0], reference, False), "status": "occurred"},
                     {"description": desc, "date": dates[0].span()})
    cand.start, cand.end = clause_around(text, sentence, desc[0], desc[1])
    return cand


def _gapped_meeting(text: str, after: int, sentence: tuple[int, int], reference: str | None, meeting: Candidate) -> Candidate | None:
    """A second meeting with the verb left out, right after a dated one, with others met and a date of its own: "will present the
    report to MPs at a meeting on 17 March, and to officials of the regional government in Erbil next month", or again on a
    day of its own: "met on 4 May in Erbil and on 9 June in Rome"."""
    if not (g := _GAPPED_MEETING.search(text, after, min(sentence[1], after + 40))) or _EVENT_RE.search(text, after, g.start()):
        return None
    desc = _description(text, g.start("thing"), sentence)
    if _EVENT_RE.search(text, *desc) or not (dates := dates_in(text, *desc)):
        return None
    planned = meeting.values["status"] == "planned"
    cand = Candidate("events", 0, 0, {"event_type": meeting.values["event_type"], "date": resolve(dates[0], reference, planned),
                                      "status": meeting.values["status"]}, {"description": desc, "date": dates[0].span()})
    cand.start, cand.end = clause_around(text, sentence, desc[0], desc[1])
    return cand


def _gapped_signing(text: str, after: int, sentence: tuple[int, int], reference: str | None) -> Candidate | None:
    """A second thing signed with the verb left out, right after a dated signing, with a date of its own:
    "signed an agreement in Baghdad on 26 November 2024, and a joint statement in London in June"."""
    if not (g := _GAPPED_SIGNING.match(text, after, sentence[1])):
        return None
    desc = _description(text, g.start("thing"), sentence)
    if _EVENT_RE.search(text, *desc) or not (dates := dates_in(text, *desc)):
        return None
    cand = Candidate("events", 0, 0, {"event_type": "signing", "date": resolve(dates[0], reference, False), "status": "occurred"},
                     {"description": desc, "date": dates[0].span()})
    cand.start, cand.end = clause_around(text, sentence, desc[0], desc[1])
    return cand
