"""Measures candidates: phrases naming a measure (a campaign, training, a data system, a liaison officer,
equipment, a joint intelligence cell or investigation team, faster or voluntary returns, reintegration,
jobs, a new command, a new unit told by its target, removal flights and the charter flights of people deported (or flown under the pact), a hotline or helpline however it is told
(set up, run, or given to call: the authorities' or a charity's), a shelter for returned migrants, "a second phase of training", "a four-week course on document fraud",
information shared on the gangs...), from the phrase to the end of its
clause. One candidate per kind of measure and wording: a measure named again later is the same measure (a reintegration grant and a programme that
helps returnees find work are two, and so are centres and the start-up grants they offer, in one sentence); training named bare ("for training and equipment") is the training its
paragraph says more of ("300 officers will be trained"), or one the article named before, or, in the article's opening, the one
its body names exactly ("will receive specialist training" ... "training in document-fraud detection for 320 officers"); equipment
named bare ("new scanners", "will receive patrol boats") is the same kind named more exactly or counted elsewhere ("20 fingerprint
scanners", "eight fast patrol boats"), and returns told only by an adverb ("returned faster") are the returns named otherwise.
Liaison officers of another agency, or posted to other cities, are another measure. The items of a list a package leads
into ("The package includes:") are body text, equipment given. Training offered to returnees is their reintegration. A grant is reintegration only
in a sentence about returnees (not one paying for equipment or keeping a charity going). Headlines and headings (a question on a line of its own too) and a motion ("That this House has considered ...") are skipped, and so is a measure
only recommended or called for (in its sentence, or as an item of a list of recommendations) or the subject of an approach still to be
discussed ("will discuss a common approach to returns"), and returnees counted as
already helped ("has supported 186 returnees since January": a figure), and so are returns counted ("returns had tripled", "1,136
voluntary returns"). A measure only asked about ("When will the first returns flight leave?") is told by the sentence stating it, if any. Types are guesses for the curator to check; kinds
the schema does not list yet (data_system, training, ...) say what the measure is."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..parsing.numbers import NUMBER_WORD, fold
from .candidates import Candidate
from .events import _standfirst
from .measure_model import DETERMINERS, model_candidates
from .text import MEASURE_CLAUSE_MARKS, KindScan, clause_around, is_heading, keywords, list_lead_in, sentence_at

# ... or told as given after it: "twelve cameras and four vehicles were handed over to the border directorate"
# ... or promised in reported speech: "said ... that cameras would be installed at the bus station"
# ... or handed without "over", to whoever got it: "radios and drones were handed to the coastguard"
# ... or bought under a project, a public one: "the detectors in use at the crossing had been bought under an EU project"
# ... "also" or "soon" maybe inside a verb to come: "cameras will also be installed on the roads to the port"
# (a quotation's end closes the words a verb after it can tell given: 'said "the gangs fly drones every night" and asked
# why no police drones were supplied' tells the gangs' drones, not given)
_SUPPLIED_AFTER = re.compile(r"[^.;\"“”]{0,80}?\b(?:was|were|have been|has been|had been|are being|is being|will be|would be|are to be|is to be|are|is|"
                             r"(?:will|would) (?:also|soon) be) (?:handed over|handed(?= to\b)|delivered|donated|"
                             r"supplied|installed|provided|given|gifted|bought(?= under\b)"
                             # ... or sent to work at a place: "two more sniffer-dog teams have been deployed at the port" (not
                             # "deployed by the gangs", nor "at night": a place told after it)
                             r"|deployed(?= (?:at|to|in|on|along|across) (?!night|dawn|dusk|weekends?|the weekend|times\b)))\b"
                             # ... or told put to work after it, its price between: "two X-ray scanners costing £4m went into
                             # service at the port" (see _SUPPLY for the verb before)
                             r"|(?:[^.;]|\.\d){0,60}?\b(?:went|go|goes|gone|will go|came|come|comes|(?:was|were|has been|have been|will be) (?:put|brought)) "
                             r"into (?:service|operation|use)\b"
                             # ... or by the giver of all the things its sentence lists: "the unit has used drone scanners, and
                             # 30 officers have taken a course, both funded by the EU" (the giver told once, for both)
                             r"|[^.;]{0,160}?,\s+(?:both|all|all of them|each) (?:paid for|funded|financed|provided|supplied|donated|bought) by\b"
                             # ... or by the giver in a relative clause: "two X-ray container scanners that the United Kingdom
                             # handed over to the port" (not "boats that the smugglers bought")
                             # ... or told at work on a check by what it found: "CO2 detectors picked up movement in the
                             # trailer" (what a search finds, not a device seen: "drones detected near the prison")
                             # ... where it stands told between, or what it showed: "a scanner at the gate showed people inside"
                             r"|(?:\s+(?:at|on) (?:the |a )?[\w’'-]+(?: [\w’'-]+)?)?\s+(?:picked up|detected|registered|revealed|showed|shows) "
                             r"(?:the |a |an )?(?:movement|heartbeats?|signs? of|people|"
                             r"migrants|body heat|carbon dioxide|CO2)\b"
                             # ... or its price and who paid for it set off between: "drones and night-vision goggles
                             # worth £1.2 million, funded mostly by the Home Office, would be delivered to the coastguard"
                             r"|(?:\s+and (?:[\w’'-]+ ){0,3}?[\w’'-]+)?\s+(?:worth|costing|valued at) (?:about |some |around |nearly |over |more than )?"
                             r"[£$€]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|m|bn))?(?:,[^.;,\"“”]{1,100},)?\s+"
                             r"(?:was|were|have been|has been|had been|will be|would be|are to be|is to be|(?:will|would) (?:also|soon) be) "
                             r"(?:handed over|delivered|donated|supplied|installed|provided|given|gifted)\b"
                             r"|\s+(?:that|which) (?!(?:[\w’'-]+ ){0,3}?(?:gangs?|smugglers?|traffickers?|criminals?|networks?)\b)"
                             r"(?:[\w’'-]+ ){1,4}?(?:handed over|delivered|donated|supplied|installed|provided|gave|gifted|funded|paid for|"
                             # ... or got by the force or the place, with a donor's or a fund's money: "a baggage scanner that
                             # the airport received last year with Dutch funding" (a bare "received" may be anyone's getting)
                             r"(?:received|acquired|obtained)(?= (?:[\w’'-]+ ){0,3}?(?:with|from|under|through) (?:the |an? )?(?:[\w’'-]+ ){0,3}?"
                             r"(?:funding|funds|money|grant|aid|donation|programme|project|fund|government|EU|UK|Britain|embassy)\b))\b"
                             # ... or in a reduced relative: "40 document readers delivered to Iraqi crossings", told after the
                             # list it closes or under the project that gave it ("two drones and a patrol car supplied under a
                             # British-funded project")
                             r"|(?:\s+and (?:[\w’'-]+ ){1,4}?[\w’'-]+)?\s+(?:handed over|delivered|donated|supplied|installed|provided|gifted) (?:to|at|in|by|under)\b"
                             r"(?![^.;]{0,40}?\b(?:gangs?|smuggl\w*|traffick\w*|criminals?|courier)\b)"
                             # ... or fitted to the craft a force patrols in: "the radar sets fitted to the two patrol boats"
                             # (not to a dinghy or a smuggler's boat: an engine fitted to the boat is the crossing's own)
                             r"|\s+(?:fitted|mounted) (?:to|on|in) (?:the |its |their |all |each |every |both |\w+ )?(?:[\w-]+ ){0,2}?"
                             r"(?:cutters?|(?:patrol|rescue|coastguard|Border Force|navy|naval) (?:boats?|vessels?|ships?|cars?)|"
                             r"vessels?|ships?|aircraft|helicopters?|watchtowers?|towers?)\b"
                             # ... or on new towers or masts put up for them: "thermal cameras on 12 new towers along the fence"
                             # (the towers new, the cameras with them; "cameras on the old towers" are none)
                             r"|\s+(?:on|atop) (?:\d+ |the |its |their |(?:two|three|four|five|six|seven|eight|nine|ten|twelve|several) )?new (?:[\w-]+ )?(?:watchtowers?|towers?|masts?|poles?)\b"
                             # ... or fitted with a public grant's or fund's money: "to fit carbon-dioxide detectors across its fleet
                             # using money from the equipment grant" (a firm's own buying, with no such money, is none)
                             r"|[^.;\"“”]{0,60}?\busing (?:money|funds|funding) from (?:the |a |an )?(?:[\w’'-]+ ){0,3}?(?:grant|fund|scheme)\b"
                             # ... or by whoever paid for it: "cameras paid for by Britain" (not a gang's buying: the same test)
                             # (set off by a comma too: "drones with night sights, funded by Britain, will patrol")
                             r"|(?:\s+and (?:[\w’'-]+ ){1,4}?[\w’'-]+)?,?\s+(?:paid for|funded|financed|bought) by\b"
                             r"(?![^.;]{0,40}?\b(?:gangs?|smuggl\w*|traffick\w*|criminals?|courier)\b)"
                             # ... or with its price and its payer set off after it, where it is bound maybe told first: "four
                             # thermal cameras for Zakho and Duhok, worth £900,000 and paid for by Denmark, are due in spring"
                             # (the same test for a gang)
                             r"|(?:\s+for [A-Z][^.;,]{0,60}?)?,?\s+(?:worth|costing|valued at) (?:about |some |around |nearly |over |more than )?"
                             r"[£$€]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|m|bn))?,?\s+and (?:(?:was|were) )?(?:paid for|funded|financed) by\b"
                             r"(?![^.;]{0,40}?\b(?:gangs?|smuggl\w*|traffick\w*|criminals?|courier)\b)"
                             # ... told in the passive, where they stand and how much paid told between: "cameras along the
                             # wall were paid for in part by the UK" (the same test for a gang)
                             r"|(?:\s+and (?:[\w’'-]+ ){1,4}?[\w’'-]+)?(?:\s+(?:along|on|at|in) [^.;,]{1,60}?)?\s+(?:was|were|has been|have been) "
                             r"(?:paid for|funded|financed|bought)(?: in part| partly| jointly| largely)? by\b"
                             r"(?![^.;]{0,40}?\b(?:gangs?|smuggl\w*|traffick\w*|criminals?|courier)\b)"
                             # ... or bought with money a programme gave: "detectors bought with 1.1 billion dinars from a
                             # British-funded border programme" (a gang's money comes from no programme or fund)
                             # ... or from a government, the time of buying told between: "a detector bought last year with
                             # €300,000 from the Dutch government"
                             r"|(?:\s+and (?:[\w’'-]+ ){1,4}?[\w’'-]+)?\s+(?:bought|purchased|paid for)(?: (?:last|this) (?:year|month|spring|summer|autumn|winter)| in \d{4})? "
                             r"with (?:[^.;]|\.\d){1,60}?\b(?:from|under) "
                             # (a named one in capitals too: "from the EU's Internal Security Fund"; or a body's funds named
                             # by its capitals, no article: "from European Union funds")
                             r"(?:(?:a|an|the) (?:[\w’'-]+ ){0,3}?(?:[Pp]rogramme|[Pp]rogram|[Ff]und|[Gg]rant|budget|[Pp]roject|government)\b"
                             r"|(?:[A-Z][\w’'-]* ){1,3}(?:funds|funding|money)\b)"
                             # ... or with a country's money, whom it was bought for maybe told between: "detectors bought for
                             # the border police with British money" (a gang's money is no nation's: "with the smugglers' money")
                             r"|(?:\s+and (?:[\w’'-]+ ){1,4}?[\w’'-]+)?\s+(?:bought|purchased|paid for)(?: for (?:the |its |their )?(?:[\w’'-]+ ){0,2}?[\w’'-]+)? "
                             r"with (?:[A-Z][\w’'-]*\s){1,2}(?:money|funds|funding|aid)\b"
                             # ... or with a grant or donation told by its sum: "six scanners bought with a £4.5 million grant"
                             # (a gang's money is told by no grant)
                             r"|(?:\s+and (?:[\w’'-]+ ){1,4}?[\w’'-]+)?\s+(?:bought|purchased|paid for) with (?:a|an|the) [£$€]\s?\d[\d.,]*"
                             r"(?:\s?(?:million|billion|m|bn))? (?:[\w’'-]+ ){0,2}?(?:grant|donation)\b"
                             # ... or told still to be put in place, a reduced infinitive after it: "plans for plate cameras on the
                             # ring road, to be installed by the end of the year" ("cameras found in the van, to be examined" is none)
                             r"|[^.;\"“”]{0,80}?,\s+to be (?:installed|delivered|handed over|supplied|deployed|"
                             r"put up|fitted|mounted|donated|provided)\b"
                             # ... or told as a part of an aid package: "12 mobile scanners, part of a £2 million equipment package"
                             # ... or told as due where they are bound: "12 passport scanners for Umm Qasr arrive next month"
                             r"|\s+for (?:the )?[A-Z][^.;]{0,80}?\b(?:arrive|will arrive|(?:is|are) due to arrive|(?:is|are) due)\b(?! (?:in|on) (?:the )?(?:beach|shore|coast))"
                             r"|,?\s+(?:(?:as |which are |which were )?part of|under|from) (?:a|an|the|this|that) (?:[£$€]\s?\d[\d.,]*(?:\s?(?:million|billion|m|bn))?\s+)?"
                             r"(?:[\w’'-]+\s+){0,2}?(?:equipment|aid|assistance|support|donation)\s+package\b"
                             # ... or fitted to what was newly bought: "the night-vision sights mounted on the navy's new
                             # cutters" (the devices come with the new craft; what carries them is only where they are)
                             r"|\s+(?:fitted|mounted|installed) (?:to|on|in|aboard) (?:the |its |their )?(?:[\w’'-]+ ){0,3}?new\b"
                             # ... or told at work watching the border: "drones now patrol the frontier around the clock" (a
                             # gang's craft crosses it, it patrols nothing)
                             r"|\s+(?:now |also |already |constantly )?(?:patrol(?:s|led)?|monitor(?:s|ed)?|watch(?:es|ed)?|survey(?:s|ed)?) "
                             r"(?:the |its |their )?(?:[A-Z][\w’'-]* )?(?:border|frontier|coast|coastline|beaches|crossings?)\b"
                             # ... or one of those an authority named by its capitals got: "a mobile X-ray scanner, one of two the
                             # Ministry of the Interior bought last year" (a gang's buying names no such body)
                             r"|,\s+one of (?:two|three|four|five|six|seven|eight|nine|ten|\d+|the [\w-]+) (?:that |which )?(?:the )?"
                             r"[A-Z][\w’'-]*(?: (?:of|the|for|and|[A-Z][\w’'-]*)){0,6}? (?:(?:has|have|had) )?"
                             r"(?:bought|purchased|procured|received|acquired|installed)\b")
# ... or money's worth of it: "asked for up to £2 million in thermal cameras" (not "seized $420,000 in cash, ... vehicles")
# ... or a package of it: "a £12million package of equipment and training"
# ... or more of them put in place, counted: "has put 12 more drones over the beaches", "stationed four extra patrol boats"
# (or announced so: "the minister announced three more X-ray scanners for the northern ports")
# (a count seen, "detected 12 more drones", tells the gangs' craft)
_PUT_MORE = re.compile(rf"\b(?:put|puts|putting|plac(?:e|es|ed|ing)|station(?:s|ed|ing)?|position(?:s|ed|ing)?|add(?:s|ed|ing)?|"
                       rf"brought in|bring(?:s|ing)? in|announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?)\s+(?:\d[\d,]*|(?:{NUMBER_WORD})\b|a dozen)\s+(?:more|extra|additional)\s+"
                       r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_MORE_TOLD_DONE = re.compile(r"\s+(?:had|have|has|were|was|are|is|arrived|landed|reached|crossed|came|sank)\b")
_MONEY_IN = re.compile(r"[£$€]\s?\d[\d.,]*(?:\s?(?:million|billion|m|bn))?\s+(?:in|worth of|(?:aid\s+|support\s+)?package\s+of)\s+(?:new\s+)?$")
# places in Iraq a measure's flight goes to, its centre stands in or its officers are posted to
_IRAQI_PLACE = (r"(?:Iraq|Baghdad|Erbil|Irbil|Sulaimani|Sulaymaniyah|Slemani|Duhok|Dohuk|Kurdistan|Basra|Mosul|Kirkuk|Najaf|Zakho|"
                r"Ranya|Halabja)\b")
# a team named by its place in Iraq set before it: "will join the Erbil team in April" (as "the team in Erbil")
_TEAM_THERE = rf"{_IRAQI_PLACE} (?:team|cell|unit|office)s?\b"
_STAFF = r"(?:officers|officials|staff|guards|investigators|police|policemen|personnel|caseworkers|detectives|analysts|judges|prosecutors|agents|examiners|inspectors|clerks)"
# ... as a sentence may start with them ("Detectives in Hull are now working with ..."), a capital spelt out: the quick test
# of first letters below reads a pattern's letters, not a case flag
_STAFF_ANY_CASE = "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _STAFF[3:-1].split("|")) + ")"
# equipment given, bought or installed (or paid for: "£1.2 million ... for forensic equipment"; or listed in what was given: "the
# equipment delivered to three crossings, which includes 18 thermal cameras"), not seized
# (bought with an auxiliary, as money's purchase is told, "Some of that has bought document scanners"; a gang's "bought
# inflatable boats in Germany" is told bare)
_SUPPLY = re.compile(
    r"(?:\b(?:provid\w*|giv\w*|gave|suppl\w*|donat\w*|fund\w*|pay for|pays for|paid for|paying for|buy\w*|purchas\w*|(?:has|have|had) (?:already |also )?bought|equip\w*|send|sends|sent|deploy\w*|"
    r"promis\w*|pledg\w*|(?:package|aid|assistance|donation|delivery|consignment)\s+(?:\w+\s+){0,2}?includ\w*|support\s+(?:\w+\s+){0,4}?includ\w*|"
    r"deliver\w*|including|new(?! (?:[\w’'-]+ ){0,3}?(?:figures|statistics|numbers|estimates?|reports?|research|study|survey|analysis)\b| (?:[\w’'-]+ ){1,3}?(?:along|beside|near|around|by) (?:the|a|its) (?:[\w’'-]+ ){0,2}$)|install\w*|hand\w* over|handed|handing|(?:has|have|had|will|would|to) (?:also |already |now )?offer(?:ed)?|(?<!statement )(?<!letter )(?<!report )(?<!email )(?<!message )receiv\w*|moderni[sz]\w*|upgrad\w*|allocat\w*"
    # (handed to whoever got it, its receiver told between: "had handed the command 20 document kits"; or offered by a
    # government, with its auxiliary: "Britain has offered thermal cameras"; a gang's bare "smugglers offered drones for sale" is no gift)
    # (nor a "new" of a thing the measure stands by: "12 new towers along the fence" tells the towers new, not the fence)
    # (not a "new" of a count or a study: "new Home Office figures show 900 people crossed in small boats")
    # (nor a statement an outlet received, no equipment: "in a letter received by the paper, the group said 12 boats were lost")
    # ... or what a force works with: "the gendarmerie, backed by thermal cameras and drones, patrols the border"
    r"|(?:supported|backed|assisted|aided) by)\b"
    # ... or put to use by the force itself, an ongoing practice: "police have also used heartbeat detectors at the port since
    # May", "border guards are now using drones" (a bare past "officers used a ladder" is one night's deed)
    # ... where they work told between: "border guards at the ferry terminal now use fingerprint readers" (two to four words)
    # ... or carry now: "officers on the ferries now carry handheld passport readers" (an adverb before, the practice ongoing)
    r"|\b(?:police|border guards?|coastguard|customs|" + _STAFF[3:-1] + r") (?:(?:at|in|on) (?:[\w’'-]+ ){1,3}?)?"
    r"(?:(?:has|have|had) (?:also |already |now )?(?:used|been using)|"
    r"(?:is|are) (?:also |already |now )?using|(?:also |already |now )(?:use|carry))\b"
    # ... or a mobile kit taken to a check, used there: "guards used a mobile passport reader to check the passengers" (a
    # checking device carried out to the road is the force's own; a smuggler's "mobile" is a phone, no equipment)
    r"|\b(?:used|uses|using) (?:a |an |its |their |two |three |several )?mobile (?=(?:[\w-]+ ){0,1}$)"
    # ... or carried by the force's own staff on a check: "Officers with thermal cameras boarded the train" (its words
    # just before the equipment, not "officers with ten years' service")
    r"|\b(?:police|border guards?|coastguard|customs|" + _STAFF[3:-1] + r") (?:armed |equipped )?with (?=(?:[\w’'-]+ ){0,3}$)"
    # ... or put to work by the authority that got it: "began operating two X-ray scanners", "switched on the scanners"
    # ... or opened with a ceremony: "the governor inaugurated three baggage scanners at the airport"; or
    # what a project's next phase brings: "a second phase, with four more scanners at the port"
    # ... or brought into service, as put into it: "customs has brought into service a new baggage scanner"
    r"|\b(?:(?:began|begun|begins|begin|started|starts|start) operating|switch(?:ed|es|ing)? on|(?:put|brought|bring|brings|bringing) into (?:service|operation)|"
    r"inaugurat(?:e|es|ed|ing)|"
    r"(?:second|third|fourth|next|further|final) (?:phase|stage))\b"
    # ... a list of what was given: "the equipment delivered to three crossings, which includes ..."
    r"|\b(?:delivered|supplied|provided|donated|given|handed over)\b[^.;]{0,100}?\b(?:which|that) (?:includ\w*|compris\w*)\b"
    # ... or what a facility is fitted with: "The centre has room for 600 trainees and includes a forensic laboratory"
    # ... or what the places people are checked at are fitted with: "the checkpoints have been fitted with plate cameras"
    r"|\b(?:centre|center|facility|academy|college|base|laborator(?:y|ies)|lab|checkpoint|crossing|border post|border gate|terminal)s?\b[^.;]{0,80}?"
    r"\b(?:includ(?:es|ed)|houses|housed|contains|contained|"
    r"(?:is|was|are|were|has been|have been) (?:fitted|equipped) with)\b"
    # ... money for it: "£800,000 for", "30 billion dinars ... for", "£6m went on", "€45 million to extend" (not payments
    # of a sum, a deal's price told in a ledger or a court: "payments of £1m for 19 boats")
    r"|(?<!payments of )(?<!payment of )(?:[£$€]\s?\d[\d.,]*|\b(?:PLN|EUR|USD|GBP|IQD|DKK|SEK|NOK|CHF)\s?\d[\d.,]*|\d[\d.,]*\s+(?:million|billion)\s+(?:(?:Iraqi|US|British|Kurdish)\s+)?(?:dinars|euros|pounds|dollars|złoty|zloty|kroner|kronor|francs))[^.;]{0,60}?"
    r"\b(?:for|(?:went|spent|gone|go|goes|going) on|to (?:build|extend|buy|install|upgrade|equip|supply|provide|replace|repair)"
    # ... or the sum added to a programme of it: "would add £1.5 million this year to its programme of equipment for the
    # border guards" (the programme's things are what the money buys: only what it is of, not a later item of the clause,
    # "£2m to its programme of road repairs, and vehicles were diverted")
    r"|to (?:its|their|the|a|an|this|that) (?:[\w-]+ )?(?:programme|program|project|scheme|package)s? of(?= (?:[\w’'-]+ ){0,2}$)"
    # ... or what the sum covers, told after it: "gave £2m to the project, covering 30 cameras and a control room"
    r"|covering|to cover"
    # ... or the sum invested in it, its investor and time told between: "the £90,000 the council invested last year in two
    # drones" (the sum told first: a bare "invested in" may be a gang's)
    r"|invest(?:s|ed)?\b[^.;]{0,30}?\bin)\b"
    # ... or the share of the sum it took, told after the sum: "£3m has been spent so far, most of it on scanners"
    r"|[£$€]\s?\d(?:[^.;]|\.\d){0,100}?\b(?:most|much|some|part|half|all|the bulk|the rest) of (?:it|that|this|the money|the sum) "
    r"(?:(?:went|goes|has gone|was spent|has been spent) )?on\b"
    # ... or a sum committed to it: "the UK committed £800,000 to body scanners" (a sum told after the verb: "committed
    # offences" is no money)
    r"|\bcommit(?:s|ted|ting)\s+(?:(?:a further|another|an extra|about|around|some|more than|over|up to)\s+)?(?:[£$€]|\b(?:EUR|USD|GBP)\s?)\s?\d"
    # ... or what watches a border or a fence, the force's own at work: "the fence is now watched by 620 cameras"
    # (only a border, a fence or a wall watched: "drivers were watched by cameras at the depot" tells no measure)
    r"|\b(?:fence|wall|border|frontier|coast|coastline|crossing)s?\b[^.;]{0,100}?\b(?:watched|monitored|guarded|covered) "
    r"(?:round the clock |around the clock |day and night )?by"
    # ... or money to be spent on it, told first: "would spend 20 million kroner this year on cameras"
    r"|\b(?:spend|spends|spending)\b(?:[^.;]|\.\d){0,80}?\bon\b"
    # ... or the sum told first, its spending in the passive: "£3m will be spent next year on scanners"
    r"|[£$€]\s?\d[\d.,]*(?:\s?(?:million|billion|m|bn))?\s+(?:will|would|is to|are to|is due to|has|have|had)\s+(?:be|been)\s+spent\b(?:[^.;]|\.\d){0,40}?\bon\b"
    # ... or built by the authority itself: "the province has built 90 km of wall" (a bare "built" is any builder's)
    r"|\b(?:has|have|had) (?:already |also |now )?(?:built|constructed|erected)\b"
    # ... or the room the devices just named feed, told as linked to them: "the scanners are connected to a new control
    # room in the capital" (where what they record is watched: part of what was put in; a phone is no such device; only the
    # room itself, not what a database so linked flags: "linked to a database that flags suspect vehicles")
    r"|\b(?:cameras?|scanners?|sensors?|detectors?|document readers?|plate readers?|drones?)\b[^.;]{0,40}?"
    r"\b(?:linked|connected|wired|networked|hooked up|relayed) (?:directly )?(?:to|into|with)\b(?= (?:a|an|the|its|their) (?:[\w’'-]+ ){0,2}$)"
    # ... or the sum as what bought it: "Another £800,000 (about $1 million) bought scanners" (a gang's buying has a buyer
    # as its subject: "the gang bought boats")
    r"|[£$€]\s?\d[\d.,]*(?:\s?(?:million|billion|m|bn))?(?:\s+\((?:[^().;]|\.\d){0,40}\))?\s+(?:(?:has|have|had|also|already) ){0,2}(?:bought|purchased)\b"
    # ... or money spent on it, told after: "had spent more than 3 billion dinars on thermal cameras" (the sum said: "spent
    # two nights on the boats" is time)
    r"|\bspent\s+(?:(?:more than|over|about|almost|nearly|some|around|roughly|at least|up to|a further|another)\s+)?"
    r"(?:(?:[£$€]|\b(?:PLN|EUR|USD|GBP|IQD|DKK|SEK|NOK|CHF)\s?)\s?\d[\d.,]*(?:\s?(?:million|billion|m|bn))?|\d[\d.,]*\s+(?:million|billion)\s+(?:(?:Iraqi|US|British|Kurdish)\s+)?"
    r"(?:dinars|euros|pounds|dollars|złoty|zloty|kroner|kronor|francs))(?:\s+\((?:[^().;]|\.\d){0,40}\))?"
    # ... the time it took told between: "had spent £1.2 million since 2024 on heartbeat detectors"
    # ... or whose money it was: "has spent more than $30 million of its own money on cameras"
    r"(?:\s+of\s+(?:its|their|our|his|her|the\s+(?:state|government)[’']s)\s+own\s+(?:money|funds|budget|resources))?"
    r"(?:\s+(?:since|in|over|during|this|last)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?\s+on\b"
    # (a sum's decimal point between is no sentence's end: "handed over a £2.5 million package of scanners")
    # (not a verb of another clause: "the smugglers send groups at night, because they know our cameras see less")
    r")(?:(?!,\s*(?:because|although|though|whereas)\b)(?:[^.;]|\.\d)){0,80}$",
    re.IGNORECASE)
# where a device watches the border from: "on the border fence", "along the frontier"
# (its capital too, a force's post so named: "a thermal camera at the Border Police post")
_ON_BORDER = r" (?:on|at|along|mounted on|installed on|fixed to) (?:the |a )?(?:[Bb]order|[Ff]rontier)\b"
# how good staff are, not training given: "well-trained officers", "highly trained guards", "poorly-trained police"
_AS_QUALITY = "".join(rf"(?<!\b{w}{sep})" for w in ("well", "ill", "highly", "poorly", "badly", "properly", "fully", "better", "best")
                      for sep in "- ")
# a phone number given next: "on 0800 555 111.", "on 1099 or online"; its trunk prefix may stand apart, a digit or
# two before a group of three: "on 8 800 12 345", "on 0 800 44 55 66"
_ON_NUMBER = r"(?= on \+?(?:\d{3,}|\d{1,2}(?= \d{3}))(?:[ -]\d{2,}){0,3}(?:[.,;)\n]|\s+(?:or|and)\b|$))"
# (a body's own number of three digits is an emergency or police line, no hotline: "call the Guardia Civil on 062")
_ON_LONG_NUMBER = _ON_NUMBER.replace(r"\d{3,}", r"\d{4,}")
# "train" after a determiner is the vehicle, no training: "the train from Mosul carried ... eight staff", "every train"
_NOT_AFTER_DETERMINER = "".join(f"(?<![{w[0].upper()}{w[0]}]{w[1:]} )" for w in DETERMINERS)
MEASURES = (
    ("joint_intelligence_cell", r"\bjoint (?:financial |criminal )?intelligence (?:cell|centre|center|unit|hub|room)s?\b"
                                # ... or named with capitals, as a plan's list names what it sets up: "a Joint Intelligence
                                # Cell in Erbil staffed by six officers"
                                r"|\bJoint (?:Financial |Criminal )?Intelligence (?:Cell|Centre|Center|Unit|Hub|Room)s?\b"
                                # (what intelligence it pools may be said: "a joint financial intelligence unit in Erbil")
                                # ... whose partners are named: "a joint UK–Iraq intelligence cell", "the joint Anglo-Kurdish ..."
                                r"|\bjoint [A-Z][\w’']*(?:[-–/][A-Z][\w’']*){0,2} intelligence (?:cell|centre|center|unit|hub|room)s?\b"
                                # a centre where several countries' officers work together: "a regional coordination centre",
                                # "the joint operations room in Erbil"
                                r"|\b(?:regional|joint) (?:coordination|operations?) (?:cell|centre|center|hub|room)s?\b"
                                # ... or named short where it stands: "intelligence passed through the joint cell in Erbil"
                                rf"|\bjoint (?:cell|hub)s?(?=(?: with(?: [\w’'-]+){{1,3}}?)? (?:in|at) (?:the )?{_IRAQI_PLACE})"
                                # ... or without "joint", where it stands in Iraq: "the intelligence cell in Erbil is the best
                                # thing in the deal" (an intelligence unit of one's own is not placed in Iraq)
                                rf"|\bintelligence (?:cell|hub)s?(?= (?:in|at) (?:the )?{_IRAQI_PLACE})"),
    ("joint_investigation_team", r"\bjoint investigation teams?\b"
                                 # ... or its name in capitals, as a force's own notes write it: "the NCA's Joint Investigation Team"
                                 r"|\bJoint Investigation Teams?\b"
                                 # ... or with its partners joined by a dash between: "a joint Dutch–Belgian investigation team"
                                 r"|\bjoint [A-Z][\w’']*(?:[-–][A-Z][\w’']*)+ investigation teams?\b"
                                 # ... or a team of the partners' officers, the partners joined by a dash before it: "a joint
                                 # Swedish-British team of customs and police officers" (the staff words as for "a joint team of")
                                 r"|\bjoint [A-Z][\w’']*(?:[-–][A-Z][\w’']*)+ teams? of (?:(?:and )?(?:police|border|customs|immigration),? ){0,3}"
                                 r"(?:investigators|detectives|prosecutors|police|officers|guards)\b"
                                 # ... or told as a team of the partners' investigators: "a joint team of Dutch and Iraqi
                                 # detectives" (not any joint team: "a joint team of engineers")
                                 # ... or of the partners' police or officers: "a joint team of Greek and Iraqi border police"
                                 # ... or told as a team formed with the other side's: "formed a joint team with Dutch investigators"
                                 r"|\bjoint team (?:of|with) (?:(?:and )?[A-Z][\w’'-]*,? ){1,5}(?:(?:police|border|border police|customs) )?"
                                 r"(?:investigators|detectives|prosecutors|police|officers|guards)\b"
                                 # ... or named short where it stands in Iraq, as the joint cell is: "a joint team in Erbil
                                 # arrested a man" (not a joint team anywhere: "a joint team in Dover")
                                 # ... or a team formed with another country's named force: "a joint team with the Dutch Royal
                                 # Marechaussee" (the force in capitals, as a service is named; not "a joint team with local schools")
                                 r"|\bjoint team with (?:the )?(?:[A-Z][\w’'-]* ){0,3}?(?:Border Force|Border Guard|Border Police|Police|"
                                 r"Customs|Gendarmerie|Marechaussee|Coastguard|Coast Guard)\b"
                                 rf"|\bjoint teams?(?= (?:in|at|based in) (?:the )?{_IRAQI_PLACE})"
                                 # ... or the joint work told by its target: "will run joint investigations into smuggling networks"
                                 # (one joint investigation, "arrested in a joint investigation into a gang", is an operation)
                                 r"|\bjoint (?:criminal )?investigations (?:into|of|against|targeting) (?:the )?(?:[\w’'-]+ ){0,3}?"
                                 r"(?:smuggl\w+|traffick\w+|gangs?|networks?|rings?)\b"),
    # patrols two countries' police run together: "joint patrols with Croatian officers", "a joint patrol arrangement with
    # Austrian police", "joint Croatian-Slovenian police patrols" (one patrol's stop is no measure: plural, or the arrangement)
    # ... or "mixed" with the two forces' nations, the same patrols: "the mixed Austrian-Slovene patrols on the trains" (a bare
    # "mixed patrols" may be of men and women); or named by the roads or trains they cover: "joint highway patrols"
    ("joint_patrol", r"\b(?:[Jj]oint (?:[A-Z][\w’'-]*(?:[-–][A-Z][\w’'-]*)* )?|[Mm]ixed [A-Z][\w’'-]*[-–][A-Z][\w’'-]* )"
                     r"(?:police |border |motorway |highway |road |train |rail )?"
                     r"(?:patrols\b|patrol (?:arrangements?|"
                     r"schemes?|agreements?|programmes?)\b)"),
    # ... or named by two media it runs on: "a poster and video campaign"
    ("communications_campaign", r"\b(?:communications?|social media|information|awareness|public information|advertising|media|radio|"
                                r"poster|billboard|online|digital|prevention|video|television|TV|TikTok|Instagram|Facebook|YouTube|Snapchat)(?: and (?:poster|video|radio|online|billboard|print|"
                                r"television|TV|social media|leaflet))? campaigns?\b|\b(?:awareness|information) drives?\b"
                                # ... or the talks that carry it: "ran awareness sessions in 30 schools" (or the programme
                                # that pays for them: "a £300,000 awareness programme")
                                # (not talks told as part of a campaign the sentence names: "runs awareness sessions ... as
                                # part of a UK-funded information campaign": the campaign is the measure, the talks its means)
                                # ... or talks funded, run or held for the young where they learn, told by that place: "will fund a
                                # series of question-and-answer sessions with returnees in schools and youth centres" (a measure
                                # of its own beside a campaign told before it; not classes a school holds, nor talks anywhere else)
                                r"|\b(?:fund|funds|funded|funding|pay for|pays for|paid for|paying for|run|runs|ran|running|hold|holds|held|"
                                r"holding|organi[sz](?:e|es|ed|ing)|lay on|lays on|laid on|laying on) (?:an? |the )?(?:(?:new|further|"
                                r"series of|programme of|round of|number of|free) ){0,2}(?:(?:question-and-answer|Q&A|information|outreach|"
                                r"prevention) )?(?:sessions|talks|workshops|seminars|assemblies)(?= (?:[\w’'&-]+ ){0,5}?(?:in|at|across|for) "
                                r"(?:\d+ |[a-z]+ )?(?:local |secondary |primary |high |the |its |their )?(?:schools|universities|colleges|"
                                r"youth (?:centres|centers|clubs))\b)"
                                r"|\bawareness(?:[- ]raising)? (?:sessions|talks|workshops|events|lectures|programmes?|programs?)\b"
                                r"(?![^.;:!?]{0,80}?\bas part of (?:a|an|the|its|their) (?:[\w’'-]+ ){0,3}?campaigns?\b)"
                                # ... or one of them, told by the subject it warns of: "held an awareness seminar on
                                # smuggling for students" (a bare "awareness session" may be any meeting's)
                                r"|\bawareness(?:[- ]raising)? (?:session|talk|workshop|lecture|seminar)\b(?= (?:on|about) )"
                                # ... or talks told by the risks they warn of: "information sessions on the risks of the crossing"
                                r"|\binformation (?:sessions|talks|workshops|events|lectures) (?:on|about) the (?:risks|dangers)\b"
                                # ... or a campaign told by the warnings it carries: "A campaign with the IOM will take warnings
                                # about trafficking into schools" (in its clause: not "the election campaign, he warned")
                                r"|\bcampaigns?\b(?=[^.;:,!?\"“”]{0,80}?\bwarn(?:s|ed|ing|ings)?\b)"
                                # ... or by the people it urges to act: "a campaign urging tenants to report ..." (what it asks
                                # of the public, in its clause)
                                r"|\bcampaigns?\b(?=[^.;:,!?\"“”]{0,40}?\burg(?:e|es|ed|ing) (?:[\w’'-]+ ){1,6}?to\b)"
                                # ... or asking traders to report, its launch told between: "the Boat Watch campaign, launched
                                # in May, asks 200 dealers in Kent to report cash sales" (an ask to report is the public's part)
                                r"|\bcampaigns?\b(?=(?:, (?:launched|started|begun|run) [^.;:,!?]{0,30},)?[^.;:,!?\"“”]{0,20}?"
                                r"\b(?:asks|asked|asking|encourages|encouraged) (?:[\w’'-]+ ){1,10}?to (?:report|tell|alert|contact)\b)"
                                # ... or by the ministry or office that runs it: "part of a campaign by the Ministry of Religious
                                # Affairs" (not an election's or an army's: "a bombing campaign by the Defence Ministry")
                                r"|(?<!election )(?<!electoral )(?<!military )(?<!bombing )(?<!recruitment )(?<!lobbying )"
                                r"\bcampaigns? (?:by|run by|of) (?:the )?(?:[A-Z][\w’'-]* ){0,4}?(?:Ministry|Directorate|Department)\b(?![’']s)"
                                # a campaign on named platforms: "a campaign on TikTok and Instagram", "a campaign across social media"
                                # a campaign told by what it warns against: "a campaign against irregular migration"
                                # ... or told as what governments commit to: "commits both to share intelligence ... and to
                                # warn young people about the dangers of the journey" (not a person's warning: "he warned")
                                r"|(?<=to )warn (?:[\w’'-]+ ){1,3}?(?:about|of|against) (?:the )?(?:dangers|risks|perils) of "
                                r"(?:the )?(?:journey|crossing|trip|route|irregular migration|smuggl\w+)\b"
                                # ... or one paid for in Iraq: "is paying £800,000 for a campaign in Duhok" (told funded,
                                # not "the election campaign in Erbil")
                                rf"|(?:(?<=\bfor a )|(?<=\bfund a )|(?<=\bfunds a )|(?<=\bfunding a )|(?<=\bfunded a ))"
                                rf"campaign (?:in|across|throughout) (?:the )?{_IRAQI_PLACE}"
                                # ... or told by the public it is aimed at: "a campaign this spring aimed at van drivers at
                                # ferry ports" (not a military or election one, shut out above, nor one aimed at gangs)
                                r"|(?<!election )(?<!electoral )(?<!military )(?<!bombing )(?<!recruitment )(?<!lobbying )"
                                r"\bcampaigns? (?:[\w’'-]+ ){0,3}?(?:aimed at|targeting|targeted at|directed at) (?:[\w’'-]+ ){0,2}?"
                                r"(?:drivers|hauliers|truckers|young people|young men|youths|teenagers|students|families|parents|"
                                r"migrants|would-be migrants|travellers|passengers)\b"
                                r"|\bcampaigns? (?:against|warning (?:of|against|about)) (?:irregular|illegal|unsafe|dangerous|undocumented) "
                                r"(?:migration|journeys|crossings|routes)\b"
                                r"|\bcampaigns? (?:on|across|via|through) (?:[A-Z][\w-]+ )?(?:social media|radio|television|TV|TikTok|Instagram|Facebook|"
                                r"YouTube|Twitter|X|WhatsApp|Telegram|Snapchat)\b"
                                # ... or told by its media without the word: "put up billboards and ran videos on TikTok" (both
                                # together, or the videos told with their warning: not a poster an appeal or a smuggler puts up)
                                r"|\b(?:put up|puts up|putting up|erected) (?:[\w’'-]+ ){0,2}?(?:billboards|posters|hoardings) and "
                                r"(?:ran|runs|run|running|posted|aired|broadcast) (?:[\w’'-]+ ){0,2}?(?:videos|adverts|ads|advertisements|"
                                r"clips|spots) on (?:social media|radio|television|TV|TikTok|Instagram|Facebook|YouTube|Snapchat)\b"
                                # ... or the posters told with the warning they carry: "will put up posters at bus stations
                                # warning passengers that ..." (an appeal's poster asks, it does not warn)
                                r"|\b(?:put up|puts up|putting up|erected) (?:[\w’'-]+ ){0,2}?(?:billboards|posters|hoardings)\b"
                                r"(?=[^.;:!?\"“”]{0,60}?\bwarn(?:s|ed|ing)? (?:[\w’'-]+ ){0,4}?(?:about|of|against|off|that)\b)"
                                r"|\b(?:ran|runs|running|aired|broadcast) (?:[\w’'-]+ ){0,2}?(?:videos|adverts|ads|advertisements|clips) on "
                                r"(?:social media|radio|television|TV|TikTok|Instagram|Facebook|YouTube|Snapchat)\b"
                                r"(?=[^.;:!?\"“”]{0,60}?\bwarn(?:s|ed|ing)? (?:[\w’'-]+ ){0,4}?(?:about|of|against|off)\b)"
                                # ... or posters told as up in the schools, where the young people it warns are:
                                # "posters are now up in every school in the province" (not a shop's or a wanted poster)
                                r"|\b(?:warning |information |awareness )?posters\b(?= (?:are|were|have been|had been|will be|went) "
                                r"(?:now |already |also )?(?:up|put up|displayed|hung) in (?:every|all|each|the|\d+|[a-z]+) "
                                r"(?:[\w’'-]+ )?(?:schools?|universities|colleges)\b)"
                                # ... or in the languages of those it addresses: "a campaign in Kurdish and Arabic"
                                r"|\bcampaigns? in (?:Kurdish|Sorani|Badini|Kurmanji|Arabic|Farsi|Persian|Dari|Pashto|Turkish|Tigrinya|"
                                r"Amharic|Somali|Albanian|Vietnamese)\b"
                                # ... or named by that language before it: "an Arabic-language campaign on the risks"
                                r"|\b(?:Kurdish|Sorani|Badini|Kurmanji|Arabic|Farsi|Persian|Dari|Pashto|Turkish|Tigrinya|"
                                r"Amharic|Somali|Albanian|Vietnamese)-language campaigns?\b"
                                # ... or told by the gangs' words it answers: "a campaign to counter traffickers' lies" (their
                                # messages, not the gangs themselves: "a campaign against smugglers in the north" is policing)
                                r"|\bcampaigns? (?:against|to (?:counter|combat|expose|debunk|challenge)|countering|combating|exposing) "
                                r"(?:the )?(?:smugglers|traffickers|gangs)[’'] (?:[\w-]+ ){0,2}?(?:adverts|advertisements|ads|lies|"
                                r"promises|claims|messages|posts|propaganda|videos)\b"
                                # ... or the adverts named with no owner, the gangs' use told after them: "a campaign against
                                # the online adverts that traffickers post" (not adverts in general: "against junk-food adverts")
                                r"|\bcampaigns? (?:against|to (?:counter|combat|expose|debunk|challenge)|countering|combating|exposing) "
                                r"(?:the )?(?:[\w-]+ ){0,2}?(?:adverts|advertisements|ads|posts|videos)\b"
                                r"(?=,? (?:that|which|used by|posted by|placed by|run by) (?:[\w-]+ ){0,2}?(?:smugglers|traffickers|gangs)\b)"
                                # ... or leaflets printed in the languages of those they warn: "safety leaflets in Kurdish
                                # and Farsi" (told by what they are for: a smuggler's bare "leaflets in Arabic" sell a crossing)
                                r"|\b(?:safety|warning|information|awareness) leaflets in (?:Sorani |Badini |Kurmanji )?"
                                r"(?:Kurdish|Sorani|Badini|Kurmanji|Arabic|Farsi|Persian|Dari|Pashto|Turkish|Tigrinya|Amharic|Somali|"
                                r"Albanian|Vietnamese)\b(?: and (?:Sorani |Badini |Kurmanji )?[A-Z][a-z]+\b)?"
                                # ... or an advert a government paid for, its language or medium told between: "an advert in
                                # Pashto, funded by the Home Office" (a smuggler's advert is paid for by no government)
                                r"|\b(?:adverts?|advertisements?)\b(?=[^.;:!?\"“”]{0,60}?\b(?:paid for|funded|financed|sponsored|commissioned) by "
                                r"(?:the )?(?:[\w’'-]+ ){0,4}?(?:governments?|Home Office|[Mm]inistry|[Mm]inistries|[Ee]mbassy|authorities)\b)"
                                # ... or by the quoted name given it: "the campaign, called \"Safe Home\" (The Way Back)" (its
                                # gloss in brackets kept with the name)
                                r"|\b[Cc]ampaigns?,? (?:called|named|dubbed|titled|entitled|known as) [\"“][^\"“”\n]{1,40}[\"”]"
                                r"(?: \([^()\n]{1,40}\))?"
                                # ... or named by its capitals, launched: "the force is launching a Spot the Signs campaign"
                                # (a launch is the step; not any named one run, "she ran the Vote Leave campaign")
                                r"|(?:" + "|".join(rf"(?<=\b{verb} {det} )" for verb in ("launch", "launches", "launched", "launching")
                                                  for det in ("a", "an", "the", "its", "their"))
                                + r")(?:new )?[A-Z][\w’'-]*(?: (?:the |and |of |on )?[A-Z][\w’'-]*){0,4} [Cc]ampaigns?\b"),
    ("task_force", r"\b(?:specialized |specialised |new |joint )?task ?force\b"
                   # ... or one named by its capitals: "the Anglo-Turkish Joint Smuggling Taskforce" (its name kept whole)
                   r"|\b(?:[A-Z][\w’'–-]* ){1,4}Task ?[Ff]orce\b"
                   # a new unit named by what it fights: "a new anti-smuggling unit", "a new organised crime squad"
                   # ... or a military formation so named: "a new counter-trafficking brigade"
                   r"|\bnew (?:anti-[\w-]+|organi[sz]ed[- ]crime|counter-[\w-]+) (?:[\w-]+ )?(?:unit|team|squad|battalion|brigade)s?\b"
                   r"|\b(?:dedicated|specialist|specialised|specialized) "
                   r"(?:[\w-]+ ){0,2}(?:unit|team)s?\b"
                   # a new unit told by its target or by what it does: "a new regional unit targeting smuggling gangs", "a new
                   # police squad that follows the gangs' cash"
                   r"|\bnew (?:[\w-]+ ){0,2}?(?:unit|team|squad)s?\b(?= (?:targeting|targetting|tackling|against|to (?:target|tackle|combat|"
                   r"fight|disrupt|dismantle|investigate)|(?:that|which) (?:(?:will|would|is to|can) [a-z]+|(?:now |also )?[a-z]+s))\b)"
                   # ... or by the staff it is given: "a new illicit finance unit at the NCA, with 12 additional financial investigators"
                   rf"|\bnew (?:[\w-]+ ){{0,2}}?(?:unit|team|squad)s?\b(?=(?: (?:at|in|within) (?:the )?[\w’'-]+)?,? (?:with|staffed by) "
                   rf"(?:\d+|[a-z]+) (?:additional |new |more |extra |specialist |dedicated )?(?:[\w-]+ )?{_STAFF}\b)"
                   # ... or by the staff who join it or the money that pays for it: "six more detectives in a new cross-border
                   # crime team", "£1m to fund a new anti-smuggling squad" (not "I welcome the new unit")
                   rf"|\b(?:{_STAFF} (?:in|into|for|at|joining|(?:to|will|would) join)|fund(?:s|ed|ing)?(?: for)?|pay(?:s|ing)? for|paid for|"
                   r"financ(?:e|es|ed|ing)) (?:a|the) new (?:[\w’'-]+ ){0,4}?(?:unit|team|squad|cell)s?\b"
                   # ... or a unit named by what it fights, paid for or backed: "keep funding the Asayish anti-smuggling unit"
                   r"|\b(?:fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|pa(?:y|ys|id|ying) for|support(?:s|ed|ing)?|equip(?:s|ped|ping)?|"
                   r"train(?:s|ed|ing)?) (?:a |an |the |its |their )?(?:[\w’'-]+ ){0,3}?(?:anti|counter)-(?:smuggling|trafficking) "
                   r"(?:unit|team|squad|cell|force)s?\b"
                   # ... or a unit named by its capitals, made larger: "expand the NCA's Online Smuggling Unit" (a unit's
                   # growth is the government's step; its name tells it is a standing one, not any team)
                   r"|\b(?:expand(?:s|ed|ing)?|enlarg(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)) (?:the |its |their )?(?:[A-Z][\w-]*(?:[’']s)? ){1,5}(?:Unit|Team|Squad|Cell|Taskforce)\b"
                   # ... or a force's team named by the crime it fights, money given for it: "received £180,000 for its
                   # modern slavery team" (its words from the crime on)
                   r"|(?:(?<=\bfor its )|(?<=\bfor their )|(?<=\bfor the )|(?<=\bfor a new )|(?<=\bfund its )|(?<=\bfund a new ))"
                   r"(?:modern[- ]slavery|human[- ]trafficking|people[- ]smuggling|organi[sz]ed[- ]immigration[- ]crime) "
                   r"(?:unit|team|squad|cell)s?\b"),
    ("data_system", r"\b(?:[Bb]iometric|[Ff]ingerprint)\b(?:[- ][\w-]+){0,2}? (?:system|database|data[- ]sharing|data|registration|registers?|registry|link|connection)\b"
                    # (or the register it keeps: "a biometric register of everyone entering")
                    # identities or names checked against records: "cross-check suspects' names against a British watch list",
                    # "check the identity of each person due to be returned against fingerprint records"
                    r"|\b(?:check|cross-check|screen|match|verify)(?:s|ed|ing)? (?:the )?(?:[\w’'-]+ )?(?:names|identity|identities|"
                    r"fingerprints|passports|details)\b(?: of [^.;]{0,60}?)? (?:against|with) (?:[\w’'-]+ ){0,4}?(?:watch[- ]?lists?|"
                    r"databases?|records)\b"
                    # a database of the people sought, a passport system: "a database of known smugglers", "its passport system"
                    r"|\bdatabases? of (?:known |wanted |suspected )?(?:smuggling |trafficking )?(?:smugglers|traffickers|suspects|criminals|offenders|"
                    r"wanted (?:persons|people)|cases)\b"
                    # ... or a watchlist of them kept together by partners: "a common watch list of wanted traffickers" (a
                    # watchlist bare may be any list, a force's own)
                    r"|\b(?:shared|joint|common) watch[- ]?lists? of (?:known |wanted |suspected )?(?:smuggling |trafficking )?"
                    r"(?:smugglers|traffickers|suspects|criminals|offenders)\b"
                    r"|\bpassport (?:system|database|registry)s?\b"
                    # ... or a programme matching the dead or missing by their DNA: "the institute's DNA identification
                    # programme" (not DNA evidence in a case)
                    r"|\bDNA (?:identification|matching|profiling) (?:programmes?|programs?|projects?|systems?|databases?)\b"
                    # ... or one told by its proper name, a data word before it: "the Schengen Information System", "the
                    # EU's Entry/Exit System" (not a name of no records: "the Points-Based System")
                    r"|\b(?:(?!(?:A|An|The|This|That|Its|Their|Our|Her|His)\b)[A-Z][\w-]* ){0,3}?(?:Information|Entry/Exit|Entry-Exit|Records|Identification|Registration|Tracking|"
                    r"Fingerprint|Biometric|Data|Intelligence) (?:System|Database|Register)\b"
                    # (a department's style writes the last word small: "the new Border Operational Data system")
                    r"|\b(?:(?!(?:A|An|The|This|That|Its|Their|Our|Her|His)\b)[A-Z][\w-]* ){1,3}?(?:Data|Information|Records) (?:system|database)\b"
                    # records put on computers: "digitising Iraq's civil registry", "the digitisation of birth records"
                    r"|\bdigiti[sz](?:ing|ed|es|e|ation of) (?:[\w’'-]+ ){0,2}?(?:civil|population|birth|identity|land|court) "
                    r"(?:regist(?:ry|ries|er|ers)|records)\b"
                    # ... or one all posts report to: "a central database that flags suspect vehicles"
                    r"|\bcentral(?:i[sz]ed)? (?:[\w-]+ )?(?:database|data system|records system)s?\b"
                    # ... or by the check it makes: "a passport-verification database", "a document checking system"
                    r"|\b(?:passport|document|identity)[- ](?:verification|checking|screening) (?:system|database|registry|platform)s?\b"
                    # ... or one told by the posts it links: "a new visa database connecting every airport" (records
                    # each post reads, as a central one)
                    r"|\b(?:database|data system|records system)s? (?:linking|connecting|that (?:links|connects)|which (?:links|connects)) "
                    r"(?:all |the |every |its |their )?(?:[\w-]+ ){0,2}?(?:crossings|posts|checkpoints|airports|ports|offices|stations|"
                    r"crossing points|border points)\b"
                    # ... or one to be joined to another body's records: "will link the passport database at the airport
                    # with the Interior Ministry's electronic system" (two systems joined; the verb with it is the step)
                    r"|\blink(?:s|ed|ing)? (?:the |its |their )?(?:[\w-]+ ){0,2}?(?:database|data system|records system)s?\b"
                    r"(?=[^.;]{0,100}?\b(?:with|to) (?:the |its |their )?(?:[\w’'-]+ ){0,3}?(?:system|database|records)\b)"
                    # ... or one told by the papers it checks: "a database that verifies Iraqi passports at the airport"
                    r"|\bdatabases? (?:that|which) (?:checks?|verif(?:y|ies)|holds?|stores?|records?) (?:[\w’'-]+ ){0,3}?"
                    r"(?:documents|passports|identities|identity papers|fingerprints|visas)\b"
                    # ... or one two services share: "a shared database so an Iraqi officer can check a name against ours"
                    r"|\b(?:shared|joint) (?:[\w-]+ )?(?:database|data system|records system|documentation system)s?\b"
                    # ... or told shared after it, its sharers two: "a database that the NCA and Iraqi partners have shared
                    # since May" (not one shared by anybody: "a database that hackers shared online")
                    r"|\b(?:database|data system|records system)s? (?:that|which) (?:the )?(?:[\w’'-]+ ){1,4}?and (?:[\w’'-]+ ){1,4}?"
                    r"(?:(?:have|had|now|jointly) )?(?:share|shared|pool|pooled|exchange|use jointly)\b"
                    # ... or another body's records one side's staff are let into: "the British officers have access to
                    # the Border Guard's vehicle database" (its owner named: access to one's own records is no step taken)
                    r"|(?:(?<=have access to )|(?<=has access to )|(?<=had access to )|(?<=given access to )|(?<=granted access to )|"
                    r"(?<=direct access to )|(?<=full access to ))(?:the )?(?:[A-Z][\w’'-]* ){0,3}?(?:[A-Z][\w’'-]*[’']s|partners[’']|"
                    r"counterparts[’']) (?:[\w-]+ ){0,2}?(?:database|data system|records system)s?\b"
                    r"|\b[Bb]iometric data[- ]sharing\b|\bcase[- ](?:management|tracking) (?:system|software|database|platform|link|connection)s?\b|\b(?:data[- ]sharing|registration) (?:system|database|platform)s?\b"
                    r"|\bdata[- ]sharing (?:agreement|arrangement|deal|pact|protocol)s?\b"
                    # ... or a link for data between two bodies: "a secure data link between the ministry and the border
                    # agency" (a link told by whom it joins: a bare "data link" may be any wire)
                    r"|\b(?:(?:secure|encrypted|direct) )?data(?:[- ]sharing)? (?:link|connection)s?(?= between\b)"
                    # ... or a safeguard added to one, told with the system it guards: "added an audit log to its visa
                    # case-working system" (the log alone may be any record; on a system it is a change made to it)
                    r"|\baudit (?:logs?|trails?) (?:to|on|in|for) (?:its |the |their |our )?(?:[\w’'-]+ ){0,3}?"
                    r"(?:system|database|platform|register|registry)s?\b"
                    # fingerprint records shared or swapped: "on sharing fingerprint records of people suspected of smuggling"
                    r"|\b(?:shar|exchang|swap|pool)(?:e|es|ed|ing|s|ped|ping)? (?:their |its |the )?(?:fingerprint|biometric|criminal) records\b"
                    # ... or criminal records so swapped, told by the noun: "a deal on the exchange of criminal records" (a man
                    # "with criminal records" is no step)
                    r"|\b(?:exchange|sharing|swapping|pooling) of (?:(?:their|its|the) )?(?:fingerprint|biometric|criminal) records\b(?! data\b)"
                    # ... or a register of the things smugglers use, told by the serial numbers it keeps: "a register of
                    # outboard motors by serial number" (the numbers say it tracks each item, not a list of names)
                    r"|\b(?:register|registry|database)s? of (?:[\w’'-]+ ){1,3}?(?:by|with) (?:their |its )?serial numbers?\b"
                    # a scheme to take fingerprints: "a scheme to fingerprint everyone arriving by small boat"
                    r"|\b(?:scheme|plan|programme|program|pilot)s? to fingerprint\b"
                    # ... or told by whose they are: "will connect their national databases through a shared platform"
                    r"|\b(?:link|connect)\w* (?:their|our|the two countries[’']|both countries[’']) (?:(?:fingerprint|national|immigration|police|border) )?(?:databases|systems|records)\b"
                    # ... or records linked by what they hold: "is linking fingerprint records from the crossings to ..."
                    # ... whose owners are told between: "a system linking UK and Iraqi fingerprint records"
                    r"|\b(?:link|connect)(?:s|ed|ing)? (?:up )?(?:(?!(?:to|with|him|her|them|it)\b)[\w’'-]+ ){0,4}?(?:fingerprint|biometric|passport|"
                    r"immigration|criminal|visa) (?:records|databases|data|systems)\b"
                    # ... or one record store joined to another, whose each is told: "to link Iraq's civil registry database
                    # with the British visa system" (both ends a database, system or register, not "connect the camp to the town")
                    r"|\b(?:link|connect)(?:s|ed|ing)? (?:the |their |its |[\w’'-]+[’']s )(?:[\w’'-]+ ){0,4}?(?:database|register|registry)s? "
                    r"(?:to|with) (?:the |their |its |[\w’'-]+[’']s )(?:[\w’'-]+ ){0,4}?(?:database|system|register|registry)s?\b"
                    # ... or a place joined to an agency's record store, whose owner is told: "will connect its ports to
                    # Interpol's information systems" (the far end a named body's systems, not "connect the camp to the town")
                    r"|\b(?:link|connect)(?:s|ed|ing)? (?:up )?(?:the |their |its |[\w’'-]+[’']s )(?:[\w’'-]+ ){0,3}?(?:to|with|into) "
                    r"(?:the )?[A-Z][\w’'-]*[’']s (?:[\w’'-]+ ){0,2}?(?:information|data|police|immigration|border|intelligence) "
                    r"(?:systems?|databases?)\b"
                    # ... or told joined to it, the place its subject: "the unit is connected to Europol's database of
                    # wanted persons" (the far end a named body's records, not "the town is connected to the city's road")
                    r"|(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bbeen )|(?<=\bbe ))(?:linked|connected) (?:up )?(?:to|with|into) "
                    r"(?:the )?[A-Z][\w’'-]*[’']s (?:[\w’'-]+ ){0,2}?(?:databases?|data systems?|records systems?)\b"
                    # ... or to a database named by its owner's capitals: "connected its border posts to the Europol database"
                    r"|\b(?:link|connect)(?:s|ed|ing)? (?:up )?(?:the |their |its |[\w’'-]+[’']s )(?:[\w’'-]+ ){0,3}?(?:to|with|into) "
                    r"the [A-Z][\w’'-]* databases?\b"
                    # ... or records joined into one store: "will link its visa records and police files in a single database"
                    r"|\b(?:link|connect)(?:s|ed|ing)? (?:the |their |its |[\w’'-]+[’']s )[^.;:]{0,60}? (?:in|into|on) "
                    r"(?:a|one) (?:single|shared|common|joint) (?:system|database|platform)\b"
                    # ... or the link named: "a digital link between the two countries' immigration databases", "a secure
                    # connection to the British police database" (not "a link between the gangs")
                    r"|\b(?:(?:secure|electronic|digital|online|direct|new) )?(?:link|connection)s? (?:between|to|with) (?:[\w’'-]+ ){0,4}?(?:databases?|records|(?:data|records|computer|IT|"
                    r"immigration|police|border|visa|fingerprint|biometric) systems)\b"
                    # a system told by what it holds: "an advance passenger information system", "a visa screening database"
                    r"|\b(?:(?:advance )?passenger (?:[\w-]+ )?|(?:visa|border|migration|identity|travel) (?:management )?(?:information|data|screening) )"
                    r"(?:system|database)s?\b"
                    # ... or named so with capitals, what it manages told between: "a Border Management Information System"
                    r"|\b(?:Visa|Border|Migration|Identity|Travel) (?:Management )?(?:Information|Data) (?:System|Database)s?\b"
                    # ... or told by what it does: "a secure link letting officers check visitors' fingerprints against police
                    # records", "a platform matching passports with the Interpol watch list" (not "a link between the gangs")
                    # ... its kind told before it: "a secure data-sharing link now lets officers check the fingerprints of
                    # returnees against police records"
                    r"|\b(?:(?:secure|electronic|digital|online|shared|joint|new) )?(?:data[- ]sharing |computer |IT )?(?:system|link|database|platform)s?\b[^.;:]{0,80}?"
                    r"\b(?:check|match|link|compar|cross-check|screen)\w* (?:[\w’'-]+ ){0,3}?(?:fingerprints|passports|passenger "
                    r"(?:lists|data|manifests)|records|biometrics|biometric data|names|identities|travel documents|visas|details)\b"
                    r"(?: [\w’'-]+){0,4}? (?:against|with) (?:[\w’'-]+ ){0,5}?(?:databases?|records|watch[- ]?lists?|lists|files)\b"
                    # ... or by what it checks alone, told as its purpose: "a secure electronic system for checking travel
                    # documents at the airports" (a system for it is the data system, whatever records it checks against)
                    r"|\b(?:(?:secure|electronic|digital|online|shared|joint|new|computeri[sz]ed) )*(?:system|platform|database)s? for "
                    r"(?:checking|screening|verifying|scanning|matching|reading) (?:[\w’'-]+ ){0,2}?(?:travel documents|passports|"
                    r"fingerprints|visas|identity (?:documents|cards)|ID cards|biometrics)\b"),
    ("employment", r"\bjobs? (?:centres?|centers?|creation|fairs?|schemes?|programmes?|programs?)\b"
                   # ... or a fund for them, its name in capitals too: "a new Youth Jobs Fund" (a fund's money goes to jobs)
                   r"|\b(?:[Jj]obs|JOBS) (?:[Ff]unds?|FUND)\b"
                   # a place that trains for work: "a vocational training centre"
                   r"|\b(?:[Vv]ocational|[Ss]kills|[Jj]ob) training (?:centres?|centers?)\b"
                   # ... or a college for trades, told opened or paid for: "funded a vocational school in Zakho" (not one a
                   # person went to)
                   r"|(?:(?<=\bopened a )|(?<=\bopens a )|(?<=\bopen a )|(?<=\bopened a new )|(?<=\bbuilt a )|(?<=\bbuild a )|"
                   r"(?<=\bfunded a )|(?<=\bfunds a )|(?<=\bfund a ))vocational (?:colleges?|schools?|institutes?)\b"
                   # ... or a workshop or centre teaching trades, named as a place by its title: "the Al-Noor Vocational
                   # Workshop, run by the council" (not one told bare, a person's, wished for or gone to: "now runs a vocational
                   # centre in Zakho", "want Britain to fund the vocational centre", "had studied at a vocational centre")
                   r"|(?<!\battended a )(?<!\battended the )(?<!\bstudied at a )(?<!\bstudied at the )(?<!\bwent to a )(?<!\bwent to the )"
                   r"(?<!\btrained at a )(?<!\btrained at the )\bVocational (?:Workshops?|Centres?|Centers?)\b"
                   r"|\b(?:create|creating|created) (?:\S+ ){0,3}?jobs\b"
                   # places to learn a trade paid for or offered, counted: "would fund a further 250 apprenticeships" (the
                   # count tells them given, not the word alone: "apprenticeships are hard to find")
                   r"|\b(?:fund|funds|funded|funding|finance[sd]?|financing|offer|offers|offered|offering|create[sd]?|creating|provide[sd]?|providing) "
                   r"(?:a further |another |an extra |an additional )?\d[\d,]* (?:new |more |extra |additional |paid )?(?:apprenticeships|internships)\b"
                   # ... or a scheme of them, told by whom it takes: "a programme of paid internships for 500 graduates"
                   r"|\b(?:programmes?|programs?|schemes?) of (?:paid |unpaid |work |six-month |three-month )?(?:apprenticeships|internships|work placements)"
                   r"(?: for (?:\d[\d,]* |up to \d[\d,]* )?(?:young |unemployed |jobless |university )?(?:graduates|people|returnees|women|men|students))?\b"
                   # ... and so are jobs, when told as given to people sent home: "will offer 30 jobs to returnees" (not
                   # "offered 200 jobs", a firm's hiring)
                   r"|\b(?:offer|offers|offered|offering|provide[sd]?|providing|reserve[sd]?|reserving) (?:a further |another |an extra |an additional )?"
                   r"\d[\d,]* (?:new |more |extra |additional |paid )?jobs\b(?= (?:to|for) (?:returnees|returned|those who (?:have )?(?:returned|come back|came back))\b)"
                   # ... or to the young, as a way to keep them home, what the jobs are told between: "will offer 200 temporary
                   # jobs in road repair to young men" (not a firm's hiring: "offered 200 jobs at its new plant")
                   r"|\b(?:offer|offers|offered|offering|provide[sd]?|providing|reserve[sd]?|reserving) (?:a further |another |an extra |an additional )?"
                   r"\d[\d,]* (?:new |more |extra |additional |paid )?(?:seasonal |temporary |short-term |public |municipal |part-time |full-time )?"
                   r"jobs\b(?= (?:in (?:[\w’'-]+ ){1,5}?)?(?:to|for) (?:young (?:men|women|people|Iraqis|Kurds)|youths?|unemployed (?:young )?(?:men|women|people|youths?))\b)"
                   # a scheme finding people work: "a job-matching programme with local employers", "work-placement schemes"
                   r"|\b(?:[Jj]ob|[Ww]ork)[- ](?:placement|matching) (?:schemes?|programmes?|programs?|projects?|services?)\b"
                   # ... or the placement itself, told by the employer who takes people on: "a three-month paid placement
                   # with a local employer" (not "paid placement" of an advert)
                   # ... or by the organisation that runs them: "job placements run by the IOM in Sulaimani"
                   r"|\b(?:[Pp]aid|[Ww]ork|[Jj]ob) placements?\b(?= (?:with|at) (?:an? |the |local |private )?(?:[\w’'-]+ ){0,2}?"
                   r"(?:employers?|firms?|compan(?:y|ies)|business(?:es)?|workshops?)\b"
                   r"| (?:run|organi[sz]ed|offered|arranged|funded) (?:by|with) (?:the )?[A-Z])"
                   # a trade taught in courses told by their length, as courses given are: "have begun six-month vocational
                   # courses" (not courses a grant pays for, or a programme's places on them; courses for returnees are their
                   # reintegration, below)
                   r"|(?:(?<=-day )|(?<=-week )|(?<=-month )|(?<=-year ))[Vv]ocational (?:courses?|classes)\b(?! for (?:returnees|returned)\b)"
                   # ... or told as courses people are sent on, which someone gives: "will refer young men to vocational
                   # courses", "enrolled 40 women on vocational classes" (not a place offered on them)
                   r"|\b(?:refer|refers|referred|referring|send|sends|sent|sending|enrol|enrols|enrolled|enrolling|enroll|enrolls) "
                   r"(?:[\w’'-]+ ){1,3}?(?:to|on|onto|in|into) vocational (?:courses?|classes)\b(?! for (?:returnees|returned)\b)"
                   # money lent to start work at home: "microloans for returnees", "soft loans to young people" (not "loans to
                   # pay the smugglers")
                   r"|\b(?:(?:[Ss]mall(?:[- ]business)?|[Ss]oft|[Ii]nterest-free|[Ll]ow-interest|[Ss]tart-?up|[Bb]usiness) loans|[Mm]icro-?(?:loans|finance|credit))"
                   r"(?= (?:to|for) (?:young|youths?\b|returnees|returned|jobless|unemployed|graduates|families|women|those who)| (?:of|worth) (?:up to )?[£$€\d])"
                   # work learnt with an employer, offered as places or a scheme: "pledged 400 apprenticeship places" (not one
                   # person's own apprenticeship, "did an apprenticeship as a baker")
                   r"|\b[Aa]pprenticeship (?:places|positions|posts|schemes?|programmes?|programs?)\b"
                   # staff who find people work, lent or sent to a place: "will second eight of its job advisers to the centre"
                   r"|\b(?:second|seconds|seconded|seconding|assign\w*|send|sends|sent|sending|deploy\w*|post|posts|posted|posting) "
                   r"(?:[\w’'-]+ ){0,5}?(?:employment|job|careers?) (?:advisers|advisors|counsellors|counselors|coaches)\b(?= (?:to|in|at)\b)"),
    # "train and equip Iraqi and Kurdish border forces": forces trained (and equipped) are staff trained
    # (not across a colon: "Training looks good on paper: 700 officers ...")
    # (nor staff's quality told by an adverb: "what well-trained officers can do", "highly trained guards": see _AS_QUALITY;
    # nor "trained" as the adjective after a count, "escorted by 40 trained guards": staff who have it, no training given)
    # (up to eight words between: a count, two nationalities and two roles, "train 30 Iraqi and Kurdish consular and border staff";
    # not the noun after its article, "the train from Mosul carried 300 passengers and eight staff")
    # (nor "trained" as a bare adjective after a preposition: "escorted by trained officers", how staff are, no course)
    ("training", rf"{_AS_QUALITY}{_NOT_AFTER_DETERMINER}(?<!\d )(?!(?<=\bby )trained |(?<=\bwith )trained )\btrain(?:s|ed|ing)?(?: and (?:equip|mentor|advise|support)\w*)? (?:[^\s:;]+ ){{0,8}}?(?:{_STAFF}|forces)\b"
                 # courses told as taken: "have passed through UK-run courses", "have been through courses", "completed a two-week course"
                 # (its length, medium and subject before it: "completed a ten-day online forensics course")
                 r"|\b(?:passed|gone|went|been) through (?:[\w-]+ ){0,2}?(?:courses|training)\b"
                 # ... or told by who trained them: "police officers trained by Dutch experts" (a person's own teacher is none)
                 r"|\b(?:trained|mentored|instructed) by (?:[\w’'-]+ ){0,3}?(?:instructors|trainers|experts|specialists|advisers|advisors|"
                 r"officers|police|teams|mentors)\b"
                 # ... or mentors placed with a force's unit to teach on the job: "has placed two mentors with the
                 # Basra investigations unit" (not mentors for young people or returnees)
                 rf"|\b(?:plac|post|deploy|embedd|second|station)(?:e|es|s|ed|ing)? (?:[\w’'-]+ ){{0,3}}?mentors\b(?= (?:with|to|in|at|into|inside) (?:the |an? |its |their )?"
                 rf"(?:[\w’'-]+ ){{0,4}}?(?:units?|forces?|directorates?|departments?|agenc(?:y|ies)|services?|ministry|ministries|teams?|{_STAFF})\b)"
                 r"|\b(?:completed|attended|graduated from) (?:an? |the )?(?:[\w-]+ ){0,3}?(?:courses?|training)\b"
                 r"|\btraining (?:programme|program|course|scheme|centre)s?\b"
                 # ... a centre named as such: "the Border Security Training Centre" (no bare training)
                 r"|\bTraining (?:Centre|Center|Academy|Institute|School)\b"
                 # a service's capacity built to do its work: "to build the capacity of the Interior Ministry to investigate smuggling"
                 r"|\bbuild(?:s|ing)? (?:the |their |its )?capacity of (?:the )?(?:[\w’'-]+ ){0,6}?to (?:investigate|prosecute|detect|police|"
                 r"tackle|combat|fight|counter|identify|disrupt)\b"
                 # skills passed on to another country's staff: "the unit will share its expertise with Libyan coastguard
                 # officers" (not skills shared with a firm or the public: the receivers are a force's staff)
                 rf"|\bshar(?:e|es|ed|ing) (?:their|its|our|his|her|the) (?:skills|expertise|know-how|knowhow|experience) with "
                 rf"(?:the |their |its |our )?(?:[\w’'-]+ ){{0,3}}?(?:{_STAFF}|forces|coastguards?|coast guards?)\b"
                 # staff taught a skill: "600 border officers taught to spot forged documents"
                 rf"|\b{_STAFF} (?:(?:have been|had been|were|are|being|now) )?(?:taught|schooled|instructed|coached) (?:to|in|how)\b"
                 # trainers at work there, or sent: "a dozen Border Force trainers had worked in Erbil", "sent trainers to Basra"
                 r"|\btrainers\b(?= (?:(?:have|had|has) (?:been )?|are |were |(?:will|would) (?:be )?)?(?:now |also )?(?:work(?:ed|ing|s)?|based|posted|"
                 r"deployed|stationed|teaching|taught|qualified|certified|accredited|trained) (?:in|at|with|alongside|by)\b)"
                 rf"|\b(?:send|sends|sent|deploy(?:s|ed)?|post(?:s|ed)?) (?:[\w’'-]+ ){{0,4}}?trainers (?:to|in) (?:the )?(?:[\w’'-]+ )?(?:{_IRAQI_PLACE}|[A-Z])"
                 # courses for staff: "courses for nearly 700 Iraqi and Kurdish officers"
                 # ... or for those who will train them: "a second course, for 40 instructors from the directorate"
                 rf"|\bcourses?,? for (?:[\w’'-]+ ){{0,5}}?(?:{_STAFF}|forces|instructors|trainers)\b"
                 # ... or the services' capabilities developed: "the development of the capabilities of the security agencies"
                 rf"|\b(?:develop(?:s|ed|ing|ment)?|strengthen(?:s|ed|ing)?|enhanc(?:e|es|ed|ing|ement)|improv(?:e|es|ed|ing|ement)|"
                 rf"build(?:s|ing)?) (?:of )?(?:the |their |its )?(?:capabilities|capacities|skills) of (?:the )?(?:[\w’'-]+ ){{0,4}}?"
                 rf"(?:{_STAFF}|forces|agencies|services)\b"
                 # a new stage of training, not the bare word: "a second phase of training", "another round of training"
                 r"|\b(?:phase|round|stage|cycle|wave|module)s? of (?:[\w-]+ )?training\b"
                 # ... or a further course told as planned: "A second course is planned for November" (the course given before
                 # is another)
                 # (the place or staff it is for between: "a further course for Mosul is planned for March")
                 r"|\b(?:[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]urther|[Aa]nother) (?:[\w-]+ )?course\b(?: for (?:the )?(?:[\w’'-]+ ){0,2}?[\w’'-]+)?"
                 r"(?=,? (?:is|are|was|has been|will be) "
                 r"(?:planned|scheduled|due|expected|to be held)\b)"
                 # a workshop told held, as a programme's: "concluded the fourth workshop of its regional programme" (not a
                 # tailor's workshop, which is rented or opened)
                 r"|\b(?:held|holds|hosted|hosts|concluded|concludes|completed|organi[sz]ed|organi[sz]es|ran|runs|delivered|delivers|convened) "
                 r"(?:a |an |the |its |their )?(?:[\w-]+ ){0,2}?workshops?\b"
                 # a course told by its length or subject: "a four-week course on document fraud" (not "of course", nor a
                 # vessel's heading: "the boat drifted off course on its way to Kent", "kept on course in heavy seas")
                 r"|\bcourses?\b(?:(?<=-day course)|(?<=-week course)|(?<=-month course)"
                 r"|(?<!\bof course)(?<!\boff course)(?<!\bon course)(?= (?:on|in) [a-z]))"
                 rf"|\b(?:will be|to be|are being|were|be|been) trained\b"
                 # ... or teaching told by its subject: "paying for ... and English-language instruction", "firearms tuition
                 # for the new recruits" (a bare "instruction" is an order given)
                 r"|\b(?:[A-Z][a-z]+-language|[Ll]anguage|[Ff]irearms|[Ww]eapons|[Dd]riving|[Ss]pecialist|[Tt]echnical|[Ff]orensic) "
                 r"(?:instruction|tuition)\b"
                 # staff who begin training: "60 officers are due to begin training"
                 rf"|\b{_STAFF} (?:[\w-]+ ){{0,3}}?(?:begin|began|begun|start|started|undergo|underwent|receive|received|complete|completed) training\b"
                 r"|\b(?:(?:[Jj]ob|[Vv]ocational|[Pp]olice|[Bb]order|[Ss]pecialist|[Ff]orensic|[Ll]anguage|[Ss]kills) )?[Tt]raining\b(?! camps?\b| and Research\b| simulators?\b)"),
    # ... or the money itself, as a return scheme offers it: "a ticket home and up to €1,200 in reintegration aid"
    ("reintegration", r"\breintegration (?:programme|program|scheme|grants?|support|aid|assistance|package|centres?|projects?)\b"
                      # ... or the staff a government pays for where returnees are helped: "Britain would pay for two caseworkers
                      # there" (kept only in a passage about returnees, see _STAFF_PAID; staff who help victims are theirs)
                      rf"|\b(?:pay|pays|paid|paying) for (?:\d+ |(?i:{NUMBER_WORD}) )?(?:more |extra |additional |new )?"
                      r"(?:caseworkers|case workers|social workers|counsell?ors|case managers)\b"
                      r"(?![^.;:]{0,60}?\b(?:victims|survivors)\b)"
                      # ... or first claim on homes or land given to people sent back: "will give returnees priority on 300
                      # new flats" (see _FOR_RETURNEES: in a sentence about returnees only)
                      r"|\b(?<=returnees )priority (?:on|for|in) (?:[\w’'-]+ ){0,3}?(?:plots|land|flats|apartments|homes|houses|housing)\b"
                      # ... or a programme whose quoted name says it: "the \"Safe Return and Reintegration in Iraq\" programme"
                      r"|(?<=[\"“])(?:[A-Z][\w’'-]* (?:(?:and|of|for|in|to) )?){0,4}Reintegration(?: (?:in|of|for|and|to) (?:the )?[A-Z][\w’'-]*){0,3}"
                      r"(?=[\"”] (?:programme|program|project|scheme|initiative)s?\b)"
                      # ... or named with capitals, what it gives between: "the Return and Reintegration Employment Programme"
                      r"|(?:\b[Rr]eturn (?:and|&) )?\b[Rr]eintegration (?:[A-Z][\w-]* ){1,2}(?:Programme|Program|Scheme|Project|Fund)s?\b"
                      # ... or by its donor's initials alone before it: "the EU Reintegration Programme"
                      r"|\b[A-Z]{2,4} Reintegration (?:Programme|Program|Scheme|Project|Fund)\b"
                      # ... or told of whom it helps: "€9 million for the reintegration of people returning from Europe"
                      # ... or of how many: "the reintegration of up to 3,000 people returning to Iraq"
                      r"|\breintegration of (?:(?:up to|as many as|more than|some|about|around) [\d,]+ |(?:[\w’'-]+ ){0,2}?)(?:returnees|(?:people|migrants|citizens|nationals|Iraqis|those|families) "
                      r"(?:returning|returned|who (?:return|returned|have returned|go back|went back)|sent (?:home|back)|deported|removed))\b"
                      # ... or by what it helps them do: "a programme to help people who go back to Iraq rebuild their lives"
                      r"|\b(?:programme|program|scheme|project)s? to help (?:[\w’'-]+ ){1,12}?(?:rebuild|restart) (?:their|his|her) lives\b"
                      # counselling, in a passage about returnees (see _COUNSELLING): "It will provide ..., psychological counselling"
                      r"|\b(?:psychological|psychosocial|mental[- ]health|trauma) (?:counsell?ing|support)\b"
                      # courses for people sent home: "vocational courses for returnees"
                      r"|\b(?:courses?|classes) for (?:returnees|returned (?:migrants|people))\b"
                      r"|\b(?:help|helps|helping|support\w*|assist\w*|resettle|reintegrate)\b(?: \w+){0,3}? returnees\b"
                      # ... or money paid to them: "pays returnees up to £3,000 through a scheme run with the IOM"
                      r"|\b(?:pay|pays|paid|paying|offer|offers|offered|offering|give|gives|gave|giving) (?:each )?returnees "
                      r"(?:up to |about |around |as much as )?(?=[£$€]|US\$|\d[\d,.]* (?:dinars|euros|pounds|dollars|kroner)\b)"
                      # ... or named for those it serves: "the IOM's returnee programme in Duhok", "a returnees' scheme"
                      r"|\breturnees?[’']? (?:programme|program|scheme|project)s?\b"
                      r"|\b(?:scheme|programme|program|project|support|grant|package|centre|shelter|fund|office|desk|hub)s? for (?:returnees|returned "
                      r"(?:migrants|people|families|men|women|children))\b"
                      r"|\bgrants? (?:of|worth) (?:up to |about |around |roughly )?(?=[£$€\d]|US\$|EUR|IQD|USD|GBP)"
                      # money added for the most vulnerable, in a passage about returnees (see _TOP_UP): "received top-up
                      # assistance of up to $1,000 each"
                      r"|\btop-up (?:assistance|grants?|payments?|support)\b"
                      # ... or paid while they train, in such a passage too (see _ALLOWANCE): "a monthly allowance of 250,000 dinars"
                      r"|\b(?:monthly|weekly|daily|living|subsistence|training) (?:allowances?|stipends?)\b"
                      # a grant named by what it starts: "start-up grants", "small-business grants"; or by what it pays for:
                      # "a resettlement grant"
                      # ... or by the trade it sets up: "vocational grants" (to returnees only, see _for_returnees)
                      r"|\b(?:(?:small[- ]|business )?(?:start-?up|business)|resettlement|vocational) grants?\b"
                      # a programme named by what it gives: "a livelihood programme"
                      r"|\blivelihoods? (?:programmes?|programs?|schemes?|projects?|support)\b"
                      # ... or by the help it gives to go home and settle: "under the return assistance programme" (cash and
                      # a business grant on arrival; a returns programme alone is the returns' own, see returns)
                      r"|\breturn (?:assistance|help) (?:programmes?|programs?|schemes?|packages?)\b"
                      # where returnees arrive home: "reception centres in Baghdad and Erbil" (see _IN_IRAQ)
                      # ... named with the work it also does: "a reception and reintegration centre", "the reception and identification centre"
                      r"|\breception (?:and (?:identification|registration|reintegration) )?(?:centres?|centers?|facilit(?:y|ies)|desks?|offices?)\b"
                      # ... or a further one to open in Iraq, in a passage about returnees (see _FOR_RETURNEES): "a third centre will
                      # open in Basra next year"
                      rf"|\b(?:second|third|fourth|another|further) (?:reception )?(?:centre|center)\b(?= (?:would|will|is to|was to|is due to|"
                      rf"to) (?:open|be (?:opened|built|set up)) (?:in|at) (?:the )?{_IRAQI_PLACE}"
                      # ... or told only by its place, after a centre of the article's own (see _centre_kind): "a second
                      # centre, in Zakho, is planned", "£1 million into a second centre in Kirkuk"
                      rf"|,? (?:in|at) (?:the )?{_IRAQI_PLACE})"
                      # money to start again: "can receive up to £3,000 to help them start again", "the £1,500 he was given on arrival"
                      r"|\b(?:receive|get|be given|be offered)\w* (?:up to |about |around )?[£$€]\s?\d[\d,]*(?= to (?:help (?:them|him|her) )?"
                      r"(?:start|rebuild|set up|begin)\b)"
                      r"|(?<=\d )(?:he|she|they|each returnee|returnees) (?:was|were|is|are) (?:given|paid|handed) (?:on arrival|when)\b"),
    # (not the role told of in general: "what every liaison officer learns within a month")
    ("liaison_officer", r"(?<!\bevery )(?<!\bany )\b(?:immigration |police |NCA |Frontex |Europol )?liaison (?:officers?|office|posts)\b"
                        # ... or a British or European agency's officers told as working in Iraq, in a clause of their own: "the
                        # Home Office, whose officers in Baghdad check ..." (not Iraq's own: "the Kurdish police, whose officers in Erbil")
                        rf"|(?:(?<=\bNCA, )|(?<=\bAgency, )|(?<=\bEuropol, )|(?<=\bFrontex, )|(?<=\bOffice, )|(?<=\bForce, ))whose (?:own )?(?:officers|agents|investigators|staff) "
                        rf"(?:(?:based|posted|stationed|working) )?(?:in|at) (?:the )?{_IRAQI_PLACE}"
                        # (an adviser too, posted as an officer is: "would post a document adviser at Baghdad airport")
                        r"|\b(?:post(?:ed|ing|s)?|embed(?:s|ded|ding)?|station(?:ed|ing|s)?) (?:\S+ ){0,6}?(?:officers?|agents?|experts?|advis[eo]rs?)\b(?= (?:to|in|at)\b)"
                        # ... or a team of them, told where in Iraq it works: "who leads the Home Office liaison team in
                        # Baghdad" (not a liaison team at home: "the council's liaison team in Leeds")
                        rf"|\bliaison teams?\b(?=,? (?:(?:based|working|posted|stationed) )?(?:in|at) (?:the )?(?:[\w’'-]+ )?{_IRAQI_PLACE})"
                        # ... or sent there: "will deploy two more immigration officers to Baghdad" ("second" is too common a word
                        # to search every sentence for: "seconded to" is caught below)
                        rf"|\b(?:deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?) (?:\S+ ){{0,5}}?(?:officers?|agents?|experts?) (?:to|in) "
                        rf"(?:the )?(?:(?:British|UK|Iraqi|Kurdish) )?(?:{_IRAQI_PLACE}|[Ee]mbass(?:y|ies)\b|[Cc]onsulates?\b|[Ii]nterior [Mm]inistry\b|"
                        r"[Mm]inistry of [Ii]nterior\b)"
                        # ... or the officer told first, posted to Iraq or a mission: "an NCA officer is now posted in Erbil",
                        # "two officers are stationed at the embassy", "an officer has been working from the British Embassy in Baghdad"
                        # (not "an officer based in Dover")
                        # (an embassy's attaché too: "a police attaché will be posted to Erbil")
                        # (or an expert of an agency: "a Home Office document fraud expert will also be based at the embassy";
                        # the adverb may come inside the verb, "will also be based")
                        # ... its agency named after it, posted to any country's mission: "an officer of the National Crime
                        # Agency based at the British Embassy in Rome", "an officer of Italy's Directorate for Immigration and
                        # Border Police has been posted to the Italian Embassy in Baghdad" (the name's words capitalised)
                        r"|\b(?:officers?|agents?|attach[ée]s?|experts?|advis[eo]rs?)(?: of (?:the )?(?:[A-Z][\w’'-]*(?: (?:for|and|of|on))?(?: |(?=,? (?:is|are|was|were|has|have|had|will|would|to|now|already|permanently|also|posted|based|stationed|embedded|seconded|working)\b))){1,8}?,?)?"
                        r"(?: (?:is|are|was|were|(?:has|have|had)(?: (?:now|already|also))? been|"
                        r"(?:will|would)(?: (?:now|already|also))? be|to be))?"
                        r"(?: (?:now|already|permanently|also))? (?:(?:posted|based|stationed|embedded|seconded) (?:to|in|at)|working (?:from|out of|at)) (?:the )?"
                        rf"(?:(?:British|UK|Iraqi|[A-Z][a-z]+(?:an|ish|ese|ch|ic|i)) )?(?:{_IRAQI_PLACE}|[Ee]mbass(?:y|ies)\b|[Cc]onsulates?\b)"
                        # officers lent to the other side: "began 12-month secondments to the cell in Erbil", "were seconded to"
                        r"|\bsecondments?\b|\bseconded to\b"
                        # ... or lent with the officer named between: "has seconded a detective sergeant to the agency's team in
                        # Erbil" (only to a post in Iraq: "seconded two officers to the Met" is no liaison)
                        rf"|\b(?:seconded|seconding|seconds|(?:will|would|to) second) (?:\S+ ){{0,5}}?(?:officers?|agents?|experts?|detectives?|"
                        rf"sergeants?|inspectors?|constables?|investigators?|analysts?) to (?:the )?(?:[\w’'-]+ ){{0,5}}?(?:in|at) (?:the )?{_IRAQI_PLACE}"
                        # ... or lent to a joint or new cell, team or unit, wherever it sits: "will second three Peshmerga
                        # officers to the joint team in Rome" (not "seconded two officers to the murder team in Leeds")
                        r"|\b(?:seconded|seconding|seconds|(?:will|would|to) second) (?:\S+ ){0,5}?(?:officers?|agents?|experts?|detectives?|"
                        r"investigators?|analysts?) to (?:the|a|an|its|their) (?:new |joint |international |multinational )(?:[\w’'-]+ ){0,2}?"
                        r"(?:cell|team|unit|centre|center|hub|task ?force)\b"
                        # ... or placed there: "has placed two NCA officers in Erbil" (not "placed officers at the scene")
                        rf"|\bplac(?:e|es|ed|ing) (?:\S+ ){{0,5}}?(?:officers?|agents?|experts?) (?:in|at|to|with) (?:the )?"
                        rf"(?:(?:British|UK|Iraqi|Kurdish) )?(?:{_IRAQI_PLACE}|[Ee]mbass(?:y|ies)\b|[Cc]onsulates?\b|[Ii]nterior [Mm]inistry\b)"
                        # ... or Iraq's officers placed with British forces, the other way: "will embed four Kurdish
                        # detectives in UK police forces" (an exchange of officers is a liaison posting whichever side sends them)
                        r"|\b(?:plac(?:e|es|ed|ing)|embed(?:s|ded|ding)?) (?:\S+ ){0,4}?(?:Iraqi|Kurdish|KRG) (?:[\w’'-]+ )?"
                        r"(?:officers?|investigators?|detectives?|agents?|experts?|analysts?) (?:in|at|with|into) (?:the )?"
                        r"(?:British|UK|English|Scottish|Home Office|National Crime Agency|NCA|Border Force)\b"
                        # ... or Iraq's officers told posted at a British body, the verb after them: "three Kurdish fingerprint
                        # officers are now based at Border Force's centre in Dover" (not "Iraqi officers based at the Zakho crossing")
                        r"|\b(?:Iraqi|Kurdish|KRG) (?:[\w’'-]+ )?(?:officers?|officials?|investigators?|detectives?|agents?|experts?|analysts?) "
                        r"(?:(?:is|are|was|were|(?:has|have|had) been|will be)(?: (?:now|already|also))? )?(?:posted|based|stationed|embedded|"
                        r"seconded) (?:to|in|at|with) (?:the )?(?:British|UK|Home Office|National Crime Agency|NCA|Border Force)\b"
                        # ... or Britain told as having officers in Iraq: "the British have officers in Basra and Erbil now",
                        # "the UK already has two officers in Baghdad" (not Iraq's own: "Kurdish police have officers in Erbil"; a liaison
                        # officer counted, "has four liaison officers in Erbil", is the liaison officers' words above)
                        rf"|\b(?:Britain|[Tt]he British|[Tt]he UK|London|[Tt]he Home Office)(?: (?:now|also|already))? (?:has|have|had) "
                        rf"(?:(?!liaison\b)\S+ ){{0,2}}?(?:officers|agents|investigators)(?: (?:now|also|already))? (?:in|at) (?:the )?{_IRAQI_PLACE}"
                        # ... or an officer joining a team there: "a second NCA officer would join the team in Erbil"
                        # (an adviser too: "a second adviser is due to join the team in Baghdad")
                        r"|\b(?:officers?|agents?|investigators?|advis[eo]rs?)(?: (?:will|would|is to|are to|is due to|are due to|has|have|had))? "
                        r"(?:join(?:s|ed|ing)?|to join) (?:the |a |an |their |its )?(?:[\w’'-]+ ){0,3}?(?:(?:team|cell|unit|office|embassy|mission)s? "
                        rf"(?:in|at) (?:the )?{_IRAQI_PLACE}|{_TEAM_THERE})"
                        # ... or an agency's officer told by where they are: "had spoken to the National Crime Agency's
                        # officer in Erbil" (a British agency's man in Iraq is its posting there)
                        rf"|\b(?:NCA|(?:[A-Z][\w-]* ){{1,3}}(?:Agency|Force))[’']s (?:(?:own|senior|resident|new|liaison) )?officers? "
                        rf"(?:in|at) (?:the )?{_IRAQI_PLACE}"
                        # ... or the agency's name set before the officer as a word of the post, no verb of posting: "as a
                        # National Crime Agency officer in Erbil starts chasing the gangs", "has two NCA officers in Baghdad"
                        # (a British agency's officer in Iraq is its posting there; not one at home: "an NCA officer in Dover")
                        rf"|\b(?:NCA|National Crime Agency(?: \(NCA\))?|Border Force|Immigration Enforcement) (?:(?:senior|resident|new|"
                        rf"immigration|financial) )?(?:officers?|investigators?) (?:in|at) (?:the )?{_IRAQI_PLACE}"
                        # ... or a British agency's adviser told by where in Iraq they serve: "with the help of the Home Office
                        # document adviser in Erbil" (an agency's adviser posted there; not one at home: "a CPS adviser in Leeds")
                        rf"|\b(?:CPS|Crown Prosecution Service|Home Office|NCA|National Crime Agency|Border Force) (?:[a-z][\w-]* ){{0,2}}?"
                        rf"advis[eo]rs? (?:in|at) (?:the )?{_IRAQI_PLACE}"
                        # ... or told by "its", the agency named just before (see _ITS_OFFICER): "The National Crime Agency
                        # ... Its officer in Erbil now swaps intelligence with ..."
                        rf"|\b[Ii]ts (?:(?:own|senior|resident|new|liaison) )?officers? (?:in|at) (?:the )?{_IRAQI_PLACE}"
                        # ... or a further posting told as a post, its place in Iraq saying which: "added a second post
                        # in Erbil" (a bare "post" is too common a word: a border post, a post on social media)
                        # ... its place maybe set off by commas, any ordinal counting it: "A fourth post, in Erbil, is due
                        # to be filled"
                        rf"|\b(?:second|third|fourth|fifth|sixth|another|further) (?:liaison )?post,? (?:in|at) (?:the )?{_IRAQI_PLACE}"
                        # ... or a further officer told by the ordinal alone after the officers posted ("two officers work
                        # at the embassy, and a third will be posted to Basra"; see _ORDINAL_ALONE)
                        r"|\b[Aa] (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:is|will|would) "
                        r"(?:(?:due|expected|set) to )?(?:arrive|be posted|be based|be stationed)\b"
                        # ... or joining a team there, the officer left out: "one officer starts in Basra, and a third will
                        # join the team in Erbil" (the team's place in Iraq says it is a posting)
                        r"|\b[Aa] (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:will|would|is to|is due to|is set to) "
                        r"join (?:the |a |an |their |its )?(?:[\w’'-]+ ){0,3}?(?:(?:team|cell|unit|office|embassy|mission)s? "
                        rf"(?:in|at) (?:the )?{_IRAQI_PLACE}|{_TEAM_THERE})"
                        # ... or Iraq's officers assigned to work beside a British team: "Iraq would assign two officers of its
                        # own to work alongside the British team in Baghdad" (an exchange of officers, as the embedding above)
                        r"|\b(?:assign|detail|second|send)(?:s|ed|ing)? (?:[\w’'-]+ ){0,2}?(?:officers?|investigators?|detectives?|agents?)"
                        r" (?:of (?:its|their) own )?to work (?:alongside|with) (?:the )?(?:British|UK|NCA|Home Office) "
                        r"(?:[\w’'-]+ )?(?:team|officers|investigators)\b"
                        # ... or joining the officers just named, told by "them": "Three liaison officers are based in Erbil,
                        # and a fourth will join them in January" (a time or place next, or the clause's end: not "join them
                        # in hospital"; see _ORDINAL_ALONE, which wants officers named before it)
                        r"|\b[Aa] (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:will|would|is to|is due to|is set to) "
                        r"join (?:them|those)\b(?= (?:in|by|from|at) [A-Z0-9]| (?:next|later|soon|shortly|this)\b|\s*[.,;]|$)"
                        # ... or a further officer of a British agency paid for, its posting told as "in the region" or in
                        # Iraq: "Britain would fund a second NCA financial investigator in the region" (the ordinal says
                        # one is there already; a first officer funded is told as posted)
                        r"|(?<=\b[Aa] )(?:second|third|fourth|fifth|further) (?:NCA|National Crime Agency|Home Office|Border Force) "
                        r"(?:[\w’'-]+ ){0,2}?(?:officer|investigator|analyst|detective)\b"
                        rf"(?= (?:in|at|to) (?:the )?(?:region\b|{_IRAQI_PLACE}))"
                        # ... or told as due where it will serve, the verb left out: "one officer works in Basra and a
                        # second is expected in Erbil next month" (a place in Iraq says it is a posting)
                        rf"|\b[Aa] (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:is|are) (?:due|expected) "
                        rf"(?:in|at) (?:the )?{_IRAQI_PLACE}"
                        # ... or one more told as due to start work there: "two officers are based in Basra, and another
                        # is due to start in Erbil in May" (see _ORDINAL_ALONE, which wants officers named before it)
                        rf"|\b(?:[Aa] (?:second|third|fourth|fifth|sixth)|another) (?:is|was) (?:due|expected|set) to (?:start|begin|arrive) "
                        rf"(?:work )?(?:in|at) (?:the )?{_IRAQI_PLACE}"
                        # ... or more of a British crime agency's officers sent to a named place abroad: "will send three more
                        # NCA officers to Kurdistan", "pledged two extra NCA officers for Sulaimani" (the agency's own
                        # officers sent somewhere named are its postings; not "two more NCA officers to help with the case")
                        r"|\b(?:two|three|four|five|six|several|a few) (?:more|additional|extra) (?:NCA|National Crime Agency) "
                        r"officers\b(?= (?:for|to) (?:the )?(?:[a-z]+(?:al|ern) )?[A-Z])"),
    ("equipment", r"\b(?:(?:patrol|fast|rigid[- ]hull|new) )?boats\b"
                  # ... or ships named by their work: "two new coastguard patrol vessels"
                  # ... or aircraft named by their watching, told put where they will fly from: "a second surveillance
                  # aircraft would be based at the airbase", "two patrol helicopters will be deployed to the coast" (a
                  # smuggler's plane is named by no watching)
                  r"|\b(?:surveillance|patrol|reconnaissance|maritime patrol|spotter) (?:aircraft|aeroplanes?|planes?|helicopters?)\b"
                  r"(?= (?:(?:will|would|is to|are to|is due to|are due to) (?:also |now )?be |(?:is|are|was|were|has been|have been) (?:now |also )?)?"
                  r"(?:based|deployed|stationed|posted|sent) (?:at|to|in|from|over|along)\b)"
                  r"|\b(?:patrol|rescue|interceptor) (?:vessels?|ships?)\b|\b(?:(?:thermal|body|surveillance|CCTV|night[- ]vision|(?:licen[cs]e|number)[- ]plate recognition) )?cameras\b"
                  # ... or a barrier of sensors, not of wire: "an electronic barrier of thermal cameras and motion sensors"
                  r"|\b(?:electronic|virtual) (?:barriers?|fences?)\b"
                  # ... one told watching the border, given or not (see _ON_BORDER): "a thermal-imaging camera on the fence"
                  r"|\b(?:thermal(?:[- ]imaging)?|surveillance|CCTV|night[- ]vision) camera\b(?=" + _ON_BORDER + ")"

                  # ... or simulators staff train on, given: "paying for a laboratory, 20 training simulators and ..." (the
                  # training word names their use: the machines are equipment, see the training word's lookahead)
                  r"|\b(?:(?:training|driving|flight|firing|shooting) )?simulators\b"
                  r"|\bvehicles\b|\bdrones\b|\b(?:fingerprint )?scanners\b|\b(?:night[- ]vision|forensic|surveillance|[Bb]iometric|(?:(?:fraud|forgery|document|drugs?|explosives?|metal)[- ])?(?:detection|examination|scanning|inspection|verification)|(?:document|passport|identity|fraud)[- ]checking) equipment\b"
                  # (or named by the biometrics it takes: "biometric equipment installed at the crossings")
                  r"|\b(?:(?:night[- ]vision|thermal[- ]imaging) )?(?:goggles|binoculars)\b|\b(?:two-way )?radios\b"
                  # detectors named by what they find: "heartbeat detectors installed at the port" (a smoke detector finds none; the gas
                  # hyphened too, "carbon-dioxide detectors")
                  r"|\b(?:heartbeat|CO2|carbon[- ]dioxide|metal|explosives?|drugs?) detectors\b"
                  # ... or one of them, only when bought with a government's money (see _SUPPLIED_AFTER): "a heartbeat
                  # detector bought last year with €200,000 from the Dutch government" (one used at a search is the force's own)
                  r"|\b(?:heartbeat|CO2|carbon dioxide) detector\b(?=(?: and (?:[\w’'-]+ ){1,4}?[\w’'-]+)? bought (?:[^.;]|\.\d){1,80}?\bfrom (?:the |a )?(?:[\w’'-]+ ){0,2}?government\b)"
                  # ... or alarms named by what they guard: "spent £9,000 on door alarms" (a fire alarm is a building's own)
                  r"|\b(?:door|window|intruder|burglar|perimeter) alarms\b"
                  # scanning portals a lorry drives through, counted (see _PORTALS_COUNTED): "six of its drive-through portals"
                  # (a maker's model named before them is part of their name: "20 of its Model 7 portals" are not the "two
                  # portals" installed elsewhere)
                  r"|\b(?:[A-Z][\w-]* (?:[IVX]+|\d{1,3}) )?(?:(?:scanning|scanner|detection|X-ray|drive-through) )?portals\b"
                  # ... or probes named by the gas they sense in a lorry: "carbon dioxide probes" (one probe's reading is no measure)
                  r"|\b(?:CO2|carbon dioxide) probes\b"
                  # ... or named bare beside the training it comes with, as what money pays for: "£4.5 million for training
                  # and equipment", "paying for training, equipment and liaison officers", "has funded equipment, training
                  # and ..." (the training listed next as well as before) (given: see _SUPPLY)
                  r"|(?:(?<=training and )|(?<=training, ))equipment\b|\bequipment\b(?=,? (?:and )?(?:specialist |new )?training\b)"
                  # ... or told by what it is worth: "provide equipment worth EUR 6.2 million, including 40 cameras" (the
                  # package as a whole, the items it lists part of it)
                  r"|\bequipment (?:worth|valued at) (?=(?:up to |about |around |some |over |more than )?(?:[£$€]|US\$|EUR |USD |GBP |\d))"
                  # "scanning devices", "the surveillance systems at the ports"
                  r"|\b(?:surveillance|scanning|monitoring|detection|inspection|x-ray|X-ray) (?:systems?|devices?)\b"
                  # ... or the room their cameras are watched from: "30 cameras and a central monitoring room" (given: see _SUPPLY)
                  r"|\b(?:surveillance|monitoring|CCTV) rooms?\b"
                  # ... or named by what they check: "two passport readers", "baggage X-ray machines", "fraud-detection kits"
                  # ... or by the biometrics they take: "biometric enrolment kits", "fingerprint capture devices"
                  # ... or by what they see in the dark or the vehicle they search: "120 night-vision devices", "a lorry
                  # scanner"; or the desk a document is checked at: "two document-examination workstations"
                  r"|\b(?:(?:document|passport|forgery|fraud|body|baggage|luggage|cargo|explosives?|drugs?|x-ray|X-ray|forensics?|phone|"
                  r"[Bb]iometric|[Ff]ingerprint|night[- ]vision|thermal[- ]imaging|lorry|truck|container)[- ])"
                  r"(?:(?:examination|verification|detection|inspection|scanning|checking|extraction|download|enrol(?:l?ment)|capture)[- ])?"
                  r"(?:devices?|readers?|scanners?|machines?|kits?|workstations?)\b"
                  # ... or mobile scanners named by their rays: "the new mobile X-ray units" (a bare "unit" is a team)
                  r"|\b(?:x-ray|X-ray) units?\b"
                  # ... or the building a vehicle is scanned in: "a £1.9 million X-ray scanning shed" (a bare "shed" is any
                  # shed; given or installed only, see _SUPPLY)
                  r"|\b(?:(?:x-ray|X-ray|lorry|vehicle|freight)[- ])?(?:scanning|scanner|screening) (?:sheds?|halls?|bays?|tunnels?)\b"
                  # ... or dogs trained to find people or drugs, given as teams: "four sniffer-dog teams" (a dog's search
                  # is no measure: given only, see _SUPPLY)
                  r"|\b(?:sniffer|detection|detector)[- ]dog (?:teams|units)\b"
                  # what is built or fitted out: "a document verification laboratory", "four new border posts and a fence"
                  # ... its field told as a compound: "a document-forensics laboratory" (a lab named so is not the bare "laboratory")
                  r"|\b(?:(?:(?:(?:document|digital|DNA|fingerprint)[- ])?forensics?|DNA|fingerprint|document(?:[- ](?:verification|examination|fraud))?)[- ])?(?:laborator(?:y|ies)|labs?)\b"
                  r"|\b(?:border|observation|guard) (?:posts?|towers?)\b|\bwatch-?towers?\b|\bfenc(?:es?|ing)\b|\bborder walls?\b"
                  # ... or towers named by what they do, "18 new surveillance towers" (given: see _SUPPLY), and a wall named by where
                  # it stands, "the modular wall along the Iranian frontier" (a wall of a house or a prison stands on no border)
                  r"|\bsurveillance towers?\b|\bwalls?\b(?= (?:along|on) (?:the |its )?(?:[A-Z][\w’'-]* )?(?:[Bb]order|[Ff]rontier)\b)"
                  # ... or told by its length: "182 kilometres of the wall" (the count goes with it)
                  r"|\b(?:kilometres|kilometers|km|miles) of (?:the )?(?:new )?(?:border )?(?:wall|fence|fencing)\b"
                  # booths passengers are checked at: "64 biometric booths", "passport e-gates" ... or the same named again
                  # where they go next: "before similar booths are installed at Erbil" (another place, another measure)
                  # ... or named by the biometrics they take: "new fingerprint and facial-recognition kiosks"
                  r"|\b(?:(?:electronic|automated|biometric) )?(?:biometric|passport|e-?passport|self-service|automated|"
                  r"(?:fingerprint and )?facial[- ]recognition|fingerprint) (?:booths|kiosks|e-?gates|gates)\b"
                  # ... or gates told electronic or by the documents they scan: "48 electronic gates", "document-scanning gates"
                  # (given: see _SUPPLY; a bare "gates" is a port's or a camp's)
                  r"|\b(?:electronic|(?:document|passport|ID)[- ](?:scanning|checking|reading|verification)) (?:e-?)?gates\b"
                  r"|\b[Ss]imilar (?:booths|kiosks|e-?gates|scanners|cameras)\b(?= (?:are|were|will be|would be|to be) (?:installed|fitted|deployed) (?:at|in)\b)"
                  # ... or the borders fortified, money given for it: "allocated 45 billion dinars to fortifying the western
                  # and northern borders"
                  r"|\bfortif(?:y|ies|ied|ying|ication of) (?:the |its |their )?(?:[\w’'-]+ (?:and [\w’'-]+ )?)?(?:borders?|frontiers?|border posts|crossings)\b"
                  # equipment for the staff who use it: "£800,000 for equipment for the Kurdistan Region's border guards"
                  rf"|\bequipment for (?:[\w’'-]+ ){{0,4}}?(?:{_STAFF}|forces|coastguards?)\b"
                  # ... or for the body or the place that uses it: "including equipment for the new centre"
                  r"|\bequipment for (?:the |its |their )?(?:new )?(?:centre|center|unit|directorate|agency|crossings?|border posts?|checkpoints?)\b"
                  # ... or money given for it, named bare: "1.5 billion Iraqi dinars for equipment", "£2m on new equipment" (the
                  # match starts at the preposition: a measure starts at a word start, see text.KindScan)
                  r"|(?:(?<=\d )|(?<=\dm )|(?<=\dbn )|(?<=million )|(?<=billion )|(?<=dinars )|(?<=euros )|(?<=pounds )|(?<=dollars )|(?<=kroner )|(?<=kronor )|(?<=francs ))"
                  r"(?:for|on) (?:new )?equipment\b(?! (?:and|or)\b)"
                  # ... or told as the sum's worth of it: "handed over £2.3 million of equipment", "$400,000 worth of new
                  # equipment" (the money is what was given; the match starts at its "of", as above)
                  r"|(?:(?<=\d )|(?<=\dm )|(?<=\dbn )|(?<=million )|(?<=billion )|(?<=dinars )|(?<=euros )|(?<=pounds )|(?<=dollars )|(?<=worth ))"
                  r"of (?:new |specialist |border[- ]security )?equipment\b"
                  # ... or the equipping of the places or staff it goes to: "for the equipment of the border crossings"
                  rf"|\bequip(?:ment|ping) of (?:the )?(?:[\w’'-]+ ){{0,3}}?(?:crossings|crossing points|posts|ports|checkpoints|"
                  rf"airports|{_STAFF}|forces|coastguards?)\b"
                  # ... or the same equipment extended to another place: "to roll the scanners out to two more ports", "would
                  # extend the system to the northern crossings" (the verb tells it given: see _EXTENDED)
                  r"|\b(?:extend(?:s|ed|ing)?|bring(?:s|ing)?|brought|expand(?:s|ed|ing)?|roll(?:s|ed|ing)? out) (?:the (?:same )?|these |those |its |their )"
                  r"(?:[\w-]+ )?(?:system|systems|cameras|scanners|equipment|devices|network)(?: out)? to (?:the )?(?:[\w’'-]+ ){0,3}?"
                  r"(?:crossings?|border posts?|airports?|ports?|checkpoints?|provinces?)\b"),
    # a further check of travellers' papers brought in, told begun or by the gate it is made at: "began a second document
    # check at the boarding gate", "introduced extra passport checks on flights to Istanbul" (the routine passport check
    # a traveller passes is no step taken)
    ("document_checks", r"(?:(?<=began )|(?<=begun )|(?<=begins )|(?<=begin )|(?<=started )|(?<=starts )|(?<=introduced )|(?<=introduces )|"
                        r"(?<=introduce )|(?<=launched )|(?<=added )|(?<=adds )|(?<=imposed )|(?<=brought in )|(?<=set up ))"
                        r"(?:a |an )?(?:second|extra|additional|further|new|tighter|stricter) (?:[\w-]+ )?(?:document|passport|identity|ID|travel[- ]document|exit) "
                        r"checks?\b"
                        r"|\b(?:second|extra|additional|further) (?:document|passport|identity|ID|travel[- ]document) checks? at the (?:boarding )?gates?\b"
                        # ... or begun as a check of everyone boarding: "have started checking the passports of all passengers"
                        r"|(?:(?<=began )|(?<=begun )|(?<=begin )|(?<=started )|(?<=start ))checking (?:the )?(?:travel |identity )?"
                        r"(?:documents|passports|papers|IDs) of (?:every|all|each) (?:[\w-]+ )?(?:passengers?|travell?ers?)\b"),
    ("returns", r"\b(?:[Ff]aster|[Qq]uicker|[Ss]peedier|[Ss]wift) (?:returns?|removals?|deportations?)(?: process(?:es)?| arrangement)?\b"
                # people who face return under an arrangement between states: "rejected applicants face removal under a
                # readmission agreement the two countries signed" (the arrangement named in the clause; "could face
                # deportation if convicted" is a risk to one person, no measure)
                r"|\b(?:face|faces|facing) (?:return|removal|deportation|readmission)(?= under (?:a|an|the|its|their) (?:[\w’'-]+ ){0,3}?"
                r"(?:memorandum|agreement|deal|pact|arrangement|accord|protocol)\b)"
                # a country agreeing to take its people back: "Iraq agreed to accept the return of its nationals", "readmit"
                r"|\b(?:accept(?:s|ed|ing)?|readmit(?:s|ted|ting)?) (?:the )?(?:return|readmission) of\b"
                # ... or returns of a kind it had refused: "Iraq agreed to accept enforced returns"
                r"|\baccept(?:s|ed|ing)? (?:enforced|forced|involuntary) (?:returns|removals|deportations)\b"
                # ... or returns carried in a way it had refused: "agreed to accept returns on scheduled flights" (the flights
                # the promise names are a measure beside the faster process the same sentence tells)
                r"|\baccept(?:s|ed|ing)? (?:enforced |forced |involuntary )?(?:returns|removals|deportations|returnees) (?:on|by|via|aboard) "
                r"(?:scheduled|commercial|charter(?:ed)?|regular|passenger) flights?\b"
                # ... or "to take back its nationals", "takes back citizens refused asylum"
                r"|\b(?:take|takes|took|taken|taking) back (?:its |their |the )?(?:own )?(?:nationals|citizens)\b"
                # ... or those not allowed to stay: "to take back people from Iraq who are not allowed to remain here"
                r"|\b(?:take|takes|took|taking) back (?:those|people|anyone|migrants|nationals|citizens)(?: [\w’'-]+){0,3}? "
                r"who (?:are|is|were|was) not allowed to (?:remain|stay)\b"
                # ... or those with no right to stay sent home: "to deport anyone without a right to remain", "send back people
                # with no right to be here" (not "people with no right to stay would be sent home", a promise told of them);
                # or received back by their own country: "we receive our citizens who have no right to remain in Britain"
                r"|\b(?:send|sends|sending|return|returning|remove|removing|deport|deporting|receive|receives|receiving|readmit|readmits|"
                # ... their nationality told before them: "returning Iraqi nationals with no right to stay"
                r"readmitting) (?:home |back )?(?:(?:our|its|their) (?:own )?)?(?:[A-Z][a-z]+(?:i|an|ish|ese) )?(?:those|people|anyone|"
                r"everyone|migrants|foreigners|nationals|citizens|individuals)(?: [\w’'-]+){0,3}? (?:with no |without (?:a |any |the )?|"
                r"who (?:have|has|had) no )(?:legal )?right to (?:be here|be in (?:the UK|Britain|the country)|remain|stay)\b"
                # ... or told as a noun, an agreement's subject: "a memorandum on the return of Iraqis with no right to remain"
                # (not counted: "the return of 300 people ..." is a figure)
                r"|\b(?:return|removal|readmission|deportation)s? of (?:(?!\d)[\w’'-]+ ){1,4}?(?:with no |without (?:a |any |the )?|"
                r"who (?:have|has|had) no )(?:legal )?right to (?:be here|be in (?:the UK|Britain|the country)|remain|stay)\b"
                # ... or of those whose claim failed, as such a noun: "an accord on the removal of failed asylum seekers" (those
                # with no right to stay told by their refused claim; not counted, as above)
                r"|\b(?:return|removal|readmission|deportation)s? of (?:(?:their|its|our) )?(?:rejected|failed|refused|unsuccessful) "
                r"asylum[- ](?:seekers|applicants|claimants)\b"
                # ... or cooperation on them, or their arranging, agreed: "commits both governments to cooperate on returns",
                # "Baghdad would arrange their return"
                r"|\bco-?operat(?:e|es|ed|ing|ion) on (?:the )?(?:returns|removals|readmission|deportations)\b"
                r"|\barrang(?:e|es|ed|ing) (?:for )?(?:their|the) (?:safe )?(?:return|repatriation)\b(?! (?:flight|ticket|journey|trip))"
                # ... or the return flights an agency organises ("return flights run by Frontex"; a traveller's return flight is none)
                # ... or free flights home an agency runs: "free flights to Erbil run by the IOM" (told with where they go)
                rf"|\b(?:return flights?|free flights?(?= (?:home |back )?to (?:the )?{_IRAQI_PLACE}))(?: (?:home |back )?to (?:the )?{_IRAQI_PLACE})? "
                r"(?:organi[sz]ed|run|operated|chartered|arranged|coordinated|co-ordinated|funded) (?:with|by|jointly with)\b"
                # ... or told by an adverb: "are returned more quickly", "will be removed faster" (not "returned quickly home");
                # where the article names the returns more exactly (a flight, a process), that is the measure (see _ADVERB)
                r"|\b(?:returned|removed|deported|repatriated|sent (?:back|home))(?: (?:much|far))? (?:more (?:quickly|swiftly|rapidly|"
                r"speedily|promptly)|faster|quicker|sooner)\b"
                r"|\breturns? (?:process|arrangement)\b|\b(?:timetable|schedule|plan)s? for (?:the )?(?:returns?|removals?|deportations?)\b|\b[Ss]peed(?:ing)? up (?:the )?(?:returns?|removals?|deportations?)\b"
                # ... or what they wait on: "speeding up identity checks for returns", "speed up the paperwork for removals"
                r"|\b[Ss]peed(?:s|ing)? up (?:the )?(?:[\w-]+ ){1,3}?(?:for|of|before) (?:the )?(?:returns?|removals?|deportations?)\b"
                # ... or the papers for them issued faster: "speed up the issuance of travel documents for citizens returning"
                r"|\b(?:[Ss]peed(?:s|ing)? up|[Ff]ast-track\w*|[Aa]ccelerat\w*) (?:the )?(?:issu(?:ance|ing) of )?(?:emergency )?"
                r"(?:travel documents|laissez-passers?)\b"
                # ... or issued within a time: "Iraq now issues emergency passports within ten days", "its pledge to issue
                # travel documents within a month" (a measure of its own beside a returns desk or flights: see _DOCUMENTS)
                r"|\bissu(?:e|es|ed|ing) (?:emergency |new )?(?:travel documents|laissez-passers?|passports) within\b"
                # ... or stepped up: "has stepped up returns", "will step up removals to Iraq"
                r"|\b(?:step|steps|stepped|stepping) up (?:the )?(?:returns|removals|deportations)\b"
                # ... or the identity of those to be returned confirmed: "confirm the identity of nationals facing removal"
                r"|\bconfirm(?:s|ed|ing)? (?:the )?(?:identity|identities|nationality) of (?:[\w’'-]+ ){0,3}?(?:nationals|citizens|people|"
                r"migrants|those|returnees)\b(?= (?:facing|due|to be|being|who (?:are|face))\b)"
                # ... or the flights an agreement runs: "the first flights under the new arrangement"
                r"|\bflights? under (?:the|this|that|a|an) (?:new )?(?:agreement|deal|pact|arrangement|memorandum|scheme)\b"
                r"|\b(?:deportations|returns|removals)(?: processes)?\b(?= (?:to|of) (?:Iraq|Baghdad|the Kurdistan)\b)"
                # ... or a kind of them told as what its clause goes on to say is done: "Forced returns are carried out by
                # charter" (not counted: "the number of enforced returns has fallen")
                r"|(?<!\bof )\b(?:[Ee]nforced|[Ff]orced|[Ii]nvoluntary) (?:returns|removals|deportations)\b(?= (?:go|are|take|"
                r"will|resume|resumed|restart|restarted|began|begin|have|were|can)\b)"
                # the flights that carry them: "the first removal flight to leave the North East" (not a traveller's "return flight")
                r"|\b(?:removal|deportation|returns|repatriation) flights?\b"
                # ... or the flights people returned were carried on, told by where they go or who runs them: "returned 90
                # Iraqis, most of them on scheduled flights to Baghdad" (kept only after such a verb: see _RETURNED_ON)
                rf"|\b(?:(?:voluntary|special|scheduled|commercial|chartered) )?flights?\b(?= (?:to (?:the )?{_IRAQI_PLACE}|"
                r"(?:organi[sz]ed|run|operated|arranged|coordinated|co-ordinated|funded|paid for) (?:with|by|jointly with)\b))"
                # ... or told by what they do: "regular flights to bring back Iraqis", "flights to return people"
                r"|\bflights? to (?:(?:bring|send|fly|take) (?:back|home)|return|repatriate|deport|remove)\b"
                # ... or return flights (plural: a run of them, not one traveller's) told by where in Iraq they go: "will
                # add more return flights to Erbil" (not one's own: "booked return flights to Erbil for the holidays")
                rf"|(?<!\bbooked )(?<!\bbought )(?<!\bcheap )(?<!\bhis )(?<!\bher )(?<!\bmy )(?<!\btheir )\breturn flights(?= to (?:the )?{_IRAQI_PLACE})"
                # ... or chartered, in a sentence about people deported or returned (see _FOR_RETURNEES)
                r"|\bcharter(?:ed|s)? (?:[\w-]+ ){0,3}?flights?\b"
                # ... or named with capitals and its acronym: "the Assisted Voluntary Return and Reintegration (AVRR) programme"
                r"|\b(?:[Aa]ssisted )?[Vv]oluntary [Rr]eturns?(?: (?:and|&) [Rr]eintegration)?(?: \([A-Z]{2,8}\))? "
                r"(?:[Pp]rogrammes?|[Pp]rograms?|[Ss]chemes?|[Pp]rojects?|[Ss]ervices?)\b"
                # (its flight named with it is a flight, not the scheme: "on a voluntary return flight from London" ... "under
                # the voluntary returns programme" are two measures)
                r"|\b(?:assisted |support(?:ing)? )?voluntary returns?(?: flights?)?\b"
                # ... or told by what a scheme does for people: "a programme that helps migrants stranded abroad return home
                # voluntarily" (present: "helped 143 people return" counts them)
                r"|\bhelp(?:s|ing)? (?:[\w’'-]+ ){1,5}?(?:to )?return (?:home|back) voluntarily\b"
                # ... or voluntary schemes or programmes people leave under: "the rest left under voluntary schemes"
                r"|\bvoluntary (?:return |departure |returns )?(?:schemes?|programmes?|programs?)\b"
                # ... or a programme for people's return: "the programme for the safe return of its citizens from abroad"
                r"|\b(?:programme|program|scheme|plan|process)s? for (?:the )?(?:[\w-]+ ){0,2}?(?:return|repatriation|readmission) of "
                r"(?:its |their |the )?(?:own )?(?:citizens|nationals|migrants|Iraqis|asylum seekers|people)\b"
                # a returns office or scheme: "a returns desk at the airport", "the returns programme"
                r"|\breturns? (?:desk|office|unit|programme|program|scheme|centre|center|hub)s?\b"
                # ... or named with capitals: "Returnees under the Facilitated Returns Scheme receive ..."
                r"|\bReturns? (?:Scheme|Programme|Program)s?\b"),
    # a hotline or helpline (the authorities' or a charity's) is a measure however it is told: set up, run, or given to call
    # ("can call the directorate's hotline on 0750 ...": its number is no figure), with all the words telling what line it
    # is ("the free, anonymous smuggling hotline": the clause cut at its comma is the line's, not a measure of its own)
    ("hotline", r"\b(?:(?:24-hour|round-the-clock|toll-free|free|joint|new|anti-trafficking|anti-smuggling|smuggling|trafficking|"
                r"anonymous|confidential)(?:,? | and )){0,3}[Hh](?:otline|elpline)s?\b"
                # a line for advice: "a free advice line for families facing removal"
                # ... or for emergencies: "the charity's emergency line for children travelling alone", told by what it finds
                # ("the state's emergency housing line")
                # (not the police's own emergency number: "the police emergency line at 112")
                r"|(?<!police )\b(?:(?:24-hour|free|confidential|new) )?(?:advice|telephone|information|emergency|crisis)"
                r"(?: (?:accommodation|housing|shelter|support))? lines?\b(?! (?:at|on) \d{2,3}\b)"
                # ... or such a line named with capitals, whose name says whose it is: "the Kurdish Families Advice Line, which
                # our charity runs on 0800 ..." (not the police's, "the Police Emergency Line", nor a firm's "Customer Information Line")
                r"|(?<!Police )\b(?:Advice|Emergency|Crisis|Support) Lines?\b(?! (?:at|on) \d{2,3}\b)"
                # ... or a line free to call, whatever it is for: "Returnees can reach IOM on the toll-free line 5112", "the free line"
                # ... or a line to report on, told free or safe to call ("its free reporting line on 0790 ..."; not a
                # bare "reporting line", a post's line of command)
                r"|\b(?:toll-free|freephone|[Ff]ree) (?:tele)?(?:phone )?(?:reporting )?(?:line|number)s?\b|\b(?:confidential|anonymous) reporting lines?\b"
                # ... or a line open all hours that its callers report on, told by whom it is for: "a 24-hour line for
                # dock workers to report suspicious loads" (a bare "line" is any line: the report it takes says what it is)
                r"|\b(?:24-hour|round-the-clock|dedicated) (?:tele)?(?:phone )?lines?\b(?= for (?:[\w’'-]+ ){1,4}?to report\b| to report\b)"
                # ... or a call centre told by the reports it takes: "a 24-hour call centre for reporting smugglers" (a firm's call
                # centre, or a scam's, takes no reports)
                r"|\b(?:(?:24-hour|round-the-clock|free|toll-free|dedicated|new) )?call cent(?:re|er)s?\b"
                r"(?= for (?:[\w’'-]+ ){0,3}?(?:reporting|to report)\b| to report\b)"
                # ... or a charity's or a named line given to call on its number: "can ring the charity Fearless in confidence on
                # 0800 ...", "call the modern slavery line on 0800 ..." (its number is cut off, see _hotline; not "called the
                # minister on 5 March", nor a force's own number, "call Kent Police on 101")
                r"|\b(?:[Cc]ontact|[Cc]all|[Rr]ing|[Pp]hone)(?:ing|ed|s)?(?: [\w’'-]+){0,3}? (?:charity|NGO|line)(?: [\w’'-]+){0,4}?"
                + _ON_NUMBER +
                # ... or a charity that information can be passed to on its number: "passed to the independent charity
                # Crimestoppers, anonymously, on 0800 ..."
                r"|\b(?:pass|passed|report|reported|give|given)\b[^.;]{0,60}?\bto (?:the )?(?:independent )?charity "
                r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2},?(?: (?:anonymously|confidentially|in confidence|free),?)?"
                + _ON_NUMBER +
                # ... or any body named, given to call on its number: "can contact Crimestoppers anonymously on 0800 ...",
                # "phone Victim Support free on ..." (not a force, "call Police Scotland on 101", nor one called: "phoned X on")
                r"|\b(?:[Cc]ontact|[Cc]all|[Rr]ing|[Pp]hone)(?:ing|s)? (?:the )?(?!Police\b)[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}"
                r"(?<!Police)(?<!Constabulary)(?: (?:anonymously|confidentially|in confidence|free(?: of charge)?|for free))?"
                + _ON_LONG_NUMBER +
                # ... or a body that a fraud or a crime can be reported to on its number: "Report the advert to Action Fraud on
                # 0300 ...", "can report it to Stop Scams UK on 0800 ..." (not a force, "report it to Kent Police on 101")
                r"|\b[Rr]eport(?:ing)?\b(?: [\w’'-]+){0,4}? to (?:the )?(?!Police\b)[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}"
                r"(?<!Police)(?<!Constabulary)(?: (?:anonymously|confidentially|in confidence|free(?: of charge)?|for free))?"
                + _ON_LONG_NUMBER),
    # a law changed: "drafting an amendment to the Anti-Trafficking Law", "the amended anti-smuggling law"
    ("legal_reform", r"\b(?:a|the|new) bill to (?:raise|increase|toughen|double|extend|create|introduce|make|tighten)\b"
                     # ... or a bill told by what it will do, named or aside set off between: "The Border and Asylum Bill, now
                     # in the Lords, will extend the checks to agency staff" (a bill is a law still to be made; not a man
                     # named Bill: "Bill will introduce the speakers")
                     r"|\b(?:[A-Z][\w’'-]* |(?:the|a|this|that|new) )[Bb]ill(?:, [^,.;:!?]{1,60},)? (?:will|would|is to|is set to|is due to)(?: also)? "
                     r"(?:extend|introduce|create|raise|increase|toughen|double|tighten|expand|require|oblige|ban)\b"
                     # ... or the rules made tougher, told in the passive: "since the penalty regime was toughened in 2024",
                     # "after the maximum fines were raised" (not border controls tightened: enforcement, no law)
                     r"|\b(?:(?:the|a|its|their|this|that|new) )?(?:(?:penalty|civil penalty|sanctions|immigration|visa) )?"
                     r"(?:regime|rules|regulations|laws?|legislation)(?: (?:was|were|has been|have been|had been))? "
                     r"(?:toughened|tightened|stiffened)\b"
                     r"|\b(?:(?:the|its|their) )?(?:maximum |civil )?(?:penalties|fines) (?:was|were|has been|have been|had been) "
                     r"(?:toughened|tightened|stiffened|raised|increased|doubled)\b"
                     r"|\b(?:raise|raises|raised|raising|increase|increases|increased|increasing|double|doubles|doubled|doubling) the "
                     r"maximum (?:sentence|penalty|jail term|prison term)\b"
                     r"|\bamend(?:s|ed|ing)? (?:the |its |their |a |an )?(?:[\w’'-]+ ){0,3}?(?:laws?|legislation|[Pp]enal [Cc]ode|Act)\b"
                     r"|\bamendments? to (?:the |its |their |a |an )?(?:(?:[Aa]rticle|[Ss]ection|[Cc]lause|[Pp]aragraph)s? \d+[A-Za-z]?(?:\(\d+\))? of (?:the |its )?)?"
                     r"(?:[\w’'-]+ ){0,5}?(?:[Ll]aws?|legislation|[Cc]ode|Act)\b"
                     # a new sanctions regime, or one told by whom it targets: "a new sanctions regime aimed at people
                     # smugglers", "the sanctions framework targeting trafficking networks"
                     r"|\bnew (?:[\w-]+ ){0,2}?sanctions (?:regime|framework|powers)\b"
                     # a new crime written into law, told by what it punishes: "a new offence of selling boat engines to
                     # smugglers" (a charge under a named offence, "the offence of assisting unlawful immigration", is none)
                     r"|\b(?:a |the )?new (?:criminal )?offences? of [a-z]+ing\b"
                     # ... or told as what doing something will be, or now is: "From May it will be a criminal offence to sell
                     # engines to smugglers", "Renting out a dinghy is now a crime in its own right" (not a crime already in
                     # law, "it is an offence to employ ...", nor what a speaker calls one: "that chain is now a crime with ...")
                     r"|\b(?:will be|will become|is to become|has become|is now|becomes) (?:a |an )?(?:new )?(?:criminal )?"
                     r"offence to [a-z]+\b"
                     r"|\b(?:is|are) now (?:a |an )?(?:new )?(?:criminal )?(?:offence|crime)s? in (?:its|their) own right\b"
                     # ... or new offences told as taking effect: "as new offences come into force" (not the offences a course teaches)
                     r"|\bnew (?:criminal )?offences?(?=(?: [^.;:!?]{0,80}?)? (?:take|takes|took|taking|come|comes|came|coming) "
                     r"(?:into )?(?:effect|force)\b)"
                     r"|\bsanctions (?:regime|framework)s? (?:aimed at|targeting|targetting|against|for|on) "
                     # a law told as having made penalties heavier is a reform, however it is named: "Law No. 6 of 2025 on
                     # combating human trafficking, in force since April, had strengthened penalties" (a law a court applies,
                     # "under Law No. 28 of 2012", is none)
                     r"|\b(?:Law|Act)(?: No\.? ?\d+)?(?: of (?:19|20)\d\d)?(?=(?: on [\w’' -]{0,60}?)?,? (?:[^.;]{0,60}?\s)?"
                     r"(?:has |have |had )?(?:strengthened|toughened|tightened|increased|raised|doubled) (?:the )?(?:maximum )?"
                     r"(?:penalties|sentences|punishments|prison terms)\b)"
                     # a duty the law puts on the firms that carry the gangs' adverts: "a duty on platforms to remove smuggling
                     # adverts within 24 hours" (the duty is new law, whoever asks about it)
                     # a licensing scheme for a trade, to be brought in: "will consult on a licensing scheme for nail bars",
                     # "a new licensing regime for labour providers" (not one told as running: "the council runs a licensing
                     # scheme for taxis"; nor a driving licence's system, "the vehicle licensing system")
                     r"|\b(?:(?:introduc\w+|consult\w* (?:[\w’'-]+ ){0,3}?on|plans? for|propos\w+|bring(?:s|ing)? in|brought in|"
                     r"creat\w+|set(?:s|ting)? up|launch\w*) (?:a |the )?(?:(?:national|mandatory|statutory) )?|new )"
                     r"(?:(?:national|mandatory|statutory) )?licensing (?:scheme|regime)s?\b"
                     # new powers in law, told as coming into force: "new powers that come into force in May" (not "the new
                     # powers in the region", rising states; nor the powers named only as what a step is taken under, "face
                     # travel bans under new powers": the step told there is the measure)
                     r"|\bnew (?:[\w-]+ )?powers\b(?= (?:(?:that|which) (?:will )?(?:come|comes|came) into (?:force|effect)|"
                     r"(?:coming|due to come|set to come) into (?:force|effect)))"
                     r"|\b(?:a |the |new )(?:new )?(?:legal |statutory )?duty on (?:[\w’'-]+ ){0,3}?(?:platforms|companies|firms|providers|"
                     r"websites|sites|networks|services) to (?:remove|take down|block|delete|report|flag)\b"
                     # a power a law's provision gives officers: "Clause 13 lets officers seize and search the phones of ...",
                     # "the Act allows police to detain ..." (what the provision does, from its verb; its number is no measure)
                     r"|(?:(?<=[Cc]lause \d )|(?<=[Cc]lause \d\d )|(?<=[Ss]ection \d )|(?<=[Ss]ection \d\d )|(?<=[Bb]ill )|(?<=Act )|(?<=law ))"
                     r"(?:lets|allows|will let|would let|will allow|would allow|empowers|gives) (?:(?:police|immigration|border) )?"
                     r"(?:officers|police|officials)(?: (?:the )?(?:new )?powers?)? (?:to )?(?:seize|search|stop|detain|arrest|confiscate|"
                     r"examine|download)\b"
                     # new rules drafted or brought in, told by what they oblige or forbid: "the ministry was drafting rules that
                     # would require print shops to register their equipment", "issued regulations obliging hauliers to ..."
                     # (not rules only followed or broken: "broke the rules that require drivers to check")
                     r"|\b(?:draft(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|issu(?:e|es|ed|ing)|prepar(?:e|es|ed|ing)|"
                     r"bring(?:s|ing)? in|brought in|(?:put|puts|putting) in place) (?:new |tougher |stricter |tighter )?(?:rules|regulations)"
                     r"(?= (?:(?:that|which) (?:would|will|are to|are due to|could) )?(?:require|oblige|force|ban|bar|forbid|prohibit|"
                     r"requiring|obliging|forcing|banning|barring|forbidding|prohibiting)\b)"),
    # help for the victims: "legal advice and protection for victims of trafficking", "shelters for survivors"
    # ... or named so: "a victim support programme", "victim protection services"
    ("victim_support", r"\b[Vv]ictim (?:support|protection|assistance|care) (?:programmes?|programs?|schemes?|services?|projects?|funds?)\b"
                       # ... or the work finding victims, told as a body's that is paid for: "pays for the Red Cross's victim
                       # identification project in Basra" (not the skill a course teaches: "trained in victim identification")
                       r"|(?<=[’']s )victim (?:identification|screening|referral) (?:work|programmes?|programs?|projects?|schemes?|services?)\b"
                       # ... or legal help taken to migrants where they are, or for them: "a mobile legal information service
                       # in Dunkirk", "legal advice clinics for asylum seekers" (not "a legal aid service's budget" told bare)
                       r"|\b(?:(?:[Mm]obile|[Ff]ree|[Oo]utreach) legal (?:information|advice|aid|assistance|counsell?ing) (?:services?|clinics?|desks?|points?|teams?)"
                       r"|legal (?:information|advice|aid|assistance) (?:services?|clinics?|desks?|points?) for (?:migrants|refugees|asylum[- ]seekers|"
                       r"people on the move|those (?:stranded|camped|sleeping)))\b"
                       r"|\b(?:legal (?:advice|aid)|protection|support(?: services?| schemes?| lines?)?|shelters?|safe ?houses?|counsell?ing|care|assistance|help)"
                       # ... the scheme giving it named between: "an EU-funded legal aid scheme for trafficking victims"
                       r"(?: (?:scheme|service|programme|project|fund)s?)?"
                       r"(?: (?:and|or) [\w-]+(?: [\w-]+)?)? (?:for|to) (?:trafficking |trafficked |the )?(?:victims|survivors)\b"
                       # ... or a safe house or refuge (for victims: the words are theirs) made larger or new: "is to expand its
                       # safe house"
                       r"|\b(?:expand|extend|enlarge|build)(?:s|ed|ing)? (?:its |their |the |a |an |a new )?(?:safe ?houses?|refuges?)\b"
                       # ... a shelter told of where and how before whom it is for: "a shelter in the Kurdistan Region run
                       # specifically for survivors of human trafficking"
                       r"|\b(?:shelters?|safe ?houses?|refuges?)(?: [\w’'-]+){1,8}? (?:for|to) (?:trafficking |trafficked |the )?(?:victims|survivors)\b"
                       # ... or a further one being built or to open, where told between: "a second safe house, in Zakho, will
                       # open in May" (the ones before it are the victims' whom the passage names; a further one, theirs too)
                       r"|\b(?:second|third|fourth|fifth|another|further) (?:shelter|safe ?house|refuge)(?:,? (?:in|at) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?,?)?"
                       r"(?= (?:is|was) (?:now )?being (?:built|set up|opened|prepared)\b| (?:will|would|is to|is due to|should) (?:open|be (?:built|opened|set up))\b)"
                       # ... or the one already there, named beside a further one just told: "will open a second safe house.
                       # The existing safe house in Duhok is full" (kept only so: see _FURTHER_SHELTER_BEFORE)
                       r"|\b(?:existing|original|first) (?:shelter|safe ?house|refuge)(?= (?:in|at) [A-Z])"
                       # ... or one for women or children, whom the words name instead: "a shelter for women and children in
                       # Sulaimani" (a shelter for returnees is their reintegration, told there)
                       r"|\b(?:shelters?|safe ?houses?|refuges?) for (?:vulnerable )?(?:women|girls|children|minors)(?: and (?:children|girls|minors))?\b"
                       # ... or the staff paid to help them, told by what they do: "funds three caseworkers in Duhok who assist
                       # trafficking survivors"
                       r"|\b(?:caseworkers?|case workers?|support workers?|counsell?ors?)\b(?= (?:[\w’'-]+ ){0,3}?(?:who|to|that) "
                       r"(?:support|help|assist|advise|care for)s? (?:trafficking |trafficked |the )?(?:victims|survivors)\b)"
                       # ... or the victims referred to them: "were referred to safe houses and counselling"
                       r"|\b(?:referred|sent|taken|admitted|moved) (?:on )?(?:to|into) (?:(?:specialised|specialized|specialist|emergency|"
                       r"secure|women’s|women's) )?(?:shelters?|safe ?houses?|refuges?|(?:support|care|protection) services)"
                       r"(?: (?:and|or) [\w-]+(?: [\w-]+)?)?\b"
                       # ... or the referral system that places them: "a referral pathway agreed with the ministry", "offered
                       # support through the National Referral Mechanism" (not the victims it counts: "612 were referred to
                       # the National Referral Mechanism")
                       r"|\b(?:an?|new) (?:(?:new|national|joint|formal|single) )?referral (?:mechanism|pathway|system)s?\b"
                       r"|\b(?:support(?:ed)?|protection|assistance|help(?:ed)?)(?: [\w’'-]+){0,5}? (?:through|under|via) (?:the |a |an |its |their )?"
                       r"(?:[\w’'-]+ ){0,2}?[Rr]eferral (?:[Mm]echanism|[Pp]athway|[Ss]ystem)s?\b"
                       # ... or a desk or office set up to help those left behind, told by whom it serves: "a help desk for
                       # families of missing migrants", "an advice office for relatives of the drowned" (a help desk for
                       # travellers at an airport serves no victim)
                       r"|\b(?:help ?desks?|helpdesks?|support desks?|advice (?:desks?|offices?))"
                       r" for (?:the )?(?:families|relatives|victims|survivors)\b"),
    ("intelligence_sharing", r"\bintelligence[- ]sharing\b|\bintelligence shared\b"
                             # ... or what investigators learnt, told as passed on to another country's police or an
                             # agency: "the details gathered will be forwarded to Interpol and to Turkish police" (not to a
                             # coroner or the press)
                             r"|\b(?:findings|information|intelligence|evidence|details)(?: (?:gathered|collected|obtained))? (?:(?:will|would) be|(?:is|are|was|were) (?:being )?|"
                             r"(?:has|have) been) (?:passed|handed|forwarded|sent|shared) (?:on )?(?:to|with) (?:Europol|Interpol|"
                             r"(?:the )?(?:[A-Z][\w-]+ ){1,2}(?:police|Police|authorities|counterparts))\b"
                             # ... or information shared under a standing arrangement, which names its partners: "an
                             # information-sharing arrangement with Spain" (not information shared with the press)
                             r"|\b[Ii]nformation[- ]sharing (?:arrangements?|agreements?|deals?|protocols?|mechanisms?|schemes?|"
                             r"platforms?|systems?|networks?|pacts?)\b"
                             # ... or what the other side's services share, told by its receiver: "checked against the lists
                             # our partners share with us" (the sharer named as partners: not a gang's lists)
                             r"|\b(?:the )?(?:lists|names|data|information|intelligence|records) (?:that |which )?(?:our|their|its) "
                             r"(?:[\w-]+ )?(?:partners|counterparts|allies) (?:share|shared|pass|passed|send|sent|give|gave|provide|provided) "
                             r"(?:with|to) (?:us|them|it|the)\b"
                             # ... or its source told before the verb: "intelligence from raids in the UK is shared with the Asayish"
                             r"|\bintelligence (?:from|gathered|collected|obtained) (?:[\w’'-]+ ){0,5}?(?:is|are|was|were|(?:will|would) be|has been|have been|is being) "
                             r"(?:(?:now|routinely|regularly|also) )?shared with\b"
                             # ... or leads so gathered, told shared with another force: "leads from the seized laptops will be
                             # shared with Europol" (not leads from the public shared with a family)
                             r"|\bleads (?:from|gathered|collected|obtained) (?:[\w’'-]+ ){0,5}?(?:is|are|was|were|(?:will|would) be|has been|have been) "
                             r"(?:(?:now|routinely|regularly|also) )?shared with (?:the )?(?:[\w’'-]+ ){0,3}?(?:Agency|NCA|[Pp]olice|authorities|"
                             r"counterparts|partners|Europol|Interpol|Frontex|Asayish|Border Force)\b"
                             # ... or information an operation yielded, passed to another force: "information from the raids has
                             # already been shared with Europol" (not information from residents, a tip: only arrests, raids and
                             # the like, and only to a force)
                             r"|\binformation (?:from|gathered in|obtained in) (?:these |those |the |this |its |their |our )?(?:[\w-]+ )?"
                             r"(?:arrests?|raids?|searches|seizures?|interviews|operations?|investigations?) "
                             r"(?:is|are|was|were|will be|has (?:already |now |also )?been|have (?:already |now |also )?been|had (?:already )?been) "
                             r"(?:(?:now|routinely|regularly|also|already) )?shared with (?:the )?(?:[\w’'-]+ ){0,3}?(?:Agency|NCA|"
                             r"[Pp]olice|authorities|counterparts|partners|Europol|Interpol|Frontex|Asayish|Border Force|officers?|investigators)\b"
                             # ... or data told shared with a service set up to receive it: "the data will also be shared with
                             # the joint intelligence cell" (not data shared with the public or a researcher)
                             r"|\b(?:data|records|information|footage|images|fingerprints) (?:is|are|was|were|(?:will|would) (?:also |now )?be|has been|have been|is being) "
                             r"(?:(?:now|routinely|regularly|also) )?shared with (?:the |a |an )?(?:[\w’'-]+ ){0,3}?(?:intelligence|police|security) "
                             r"(?:cells?|units?|centres?|centers?|teams?|services?|agenc(?:y|ies))\b"
                             # ... or information on the gangs: "London and Berlin shared information on smuggling routes"
                             r"|\bshar(?:e|es|ed|ing) (?:\w+ )?(?:intelligence\b|information\b(?= (?:on|about|with) ))"
                             # ... or a suspect's records handed to the other force: "shared phone records with British officers"
                             r"|\bshar(?:e|es|ed|ing) (?:the |their |his |her )?(?:phone|call|bank|financial|travel|banking|money[- ]transfer) "
                             r"records (?:of (?:[\w’'-]+ ){1,6}?)?with\b"
                             # ... or a force's handing over of such records, its receiver left untold: "Police in Duhok,
                             # working with Interpol, shared phone records linking him to the boat" (the force named before)
                             r"|\b(?:[Pp]olice|Agency|NCA|authorities|Asayish|Border Force|[Ss]ervices?)\b(?:[^.;\"“”]|\.\d){0,160}?"
                             r"\bshar(?:e|es|ed|ing) (?:the |their |his |her )?(?:phone|call|bank|financial|travel|banking|money[- ]transfer) records\b"
                             # ... or passed between them: "information passed between the two countries"
                             # ... or acted on, as another country's agency shared it: "acting on information shared by Britain's
                             # National Crime Agency" (not a tip from the public)
                             # ... or an operation run with it: "with intelligence provided by the United Kingdom's National
                             # Crime Agency, police arrested nine" (not "with information provided by", a source named; but
                             # "with information shared by our British partners": shared, it crossed from another service)
                             r"|(?:(?<=acting on )|(?<=acted on )|(?<=act on )|(?<=with )(?=intelligence|information shared))(?:information|intelligence) "
                             r"(?:shared|passed(?: on)?|provided|supplied) "
                             r"by (?:the )?(?:[\w’'-]+ ){0,4}?(?:Agency|NCA|[Pp]olice|authorities|counterparts|partners|Europol|Interpol|"
                             r"Frontex|Asayish|Border Force|[Ss]ervices?)\b"
                             # ... or passed on by one, whatever it led to: "information passed on by the NCA's liaison officer
                             # in Erbil had led Kurdish forces to two men" ("passed on" tells it went to another force, unlike
                             # "information provided by police", a source named)
                             r"|\b(?:information|intelligence) passed (?:on by|through) (?:the )?(?:[\w’'-]+ ){0,4}?(?:Agency|NCA|[Pp]olice|authorities|"
                             r"counterparts|partners|Europol|Interpol|Frontex|Asayish|Border Force|[Ss]ervices?|liaison officers?)\b"
                             # ... or swapped with the other side's services, told by them: "the information exchange with
                             # Moroccan authorities", "an exchange of data with the Turkish police" (not an exchange with
                             # the public or a reporter)
                             r"|\b(?:[Tt]he |[Aa]n? |[Ii]ts |[Tt]heir )?(?:information|intelligence|data) exchanges? with (?:the )?(?:[\w’'-]+ ){0,4}?"
                             r"(?:Agency|NCA|[Pp]olice|authorities|counterparts|partners|Europol|Interpol|Frontex|Asayish|Border Force|[Ss]ervices?)\b"
                             r"|\b[Ee]xchanges? of (?:information|intelligence|data) with (?:the )?(?:[\w’'-]+ ){0,4}?"
                             r"(?:Agency|NCA|[Pp]olice|authorities|counterparts|partners|Europol|Interpol|Frontex|Asayish|Border Force|[Ss]ervices?)\b"
                             # ... or what an inquiry found, told shared with another force: "Evidence collected has been
                             # passed to the Albanian police", "Information gathered was shared with the Asayish" (not with the
                             # victims' families, nor the press)
                             r"|\b(?:[Ii]nformation|[Ee]vidence|[Ii]ntelligence|[Dd]ata) (?:gathered|collected|obtained|seized) (?:(?:[\w’'-]+ ){0,4}?)?"
                             r"(?:is|are|was|were|will be|has been|have been|is being) (?:(?:now|routinely|regularly|also) )?(?:shared with|passed (?:on )?to) "
                             r"(?:the )?(?:[\w’'-]+ ){0,4}?(?:Agency|NCA|[Pp]olice|authorities|counterparts|partners|Europol|Interpol|Frontex|"
                             r"Asayish|Border Force|[Ss]ervices?)\b"
                             # ... or witnesses' accounts handed to another force: "sharing the survivors' statements with
                             # Greek police" (told by whom they go to: testimony shared with a court is evidence given)
                             r"|\bshar(?:e|es|ed|ing) (?:the |their |his |her )?(?:[\w’'-]+ ){0,2}?(?:testimony|testimonies|statements|accounts|interviews) "
                             r"(?=with (?:the )?(?:[\w’'-]+ ){0,4}?(?:Agency|NCA|[Pp]olice|authorities|counterparts|partners|Europol|Interpol|Frontex|"
                             r"Asayish|Border Force|[Ss]ervices?)\b)"
                             # ... or told by the service it came from and the one it went to: "information from the Asayish,
                             # passed on to the NCA" (not "information from residents", a source named)
                             r"|\b(?:information|intelligence) from (?:the )?(?:[\w’'-]+ ){0,4}?(?:Agency|NCA|[Pp]olice|authorities|counterparts|"
                             r"partners|Europol|Interpol|Frontex|Asayish|Border Force|[Ss]ervices?),? (?:passed(?: on)?|shared|handed(?: on| over)?) "
                             r"(?:to|with|through)\b"
                             # ... or told by the channel between services it went through: "intelligence passed through the
                             # joint analysis centre" (not "information shared through social media")
                             r"|\b(?:information|intelligence|data) (?:shared|passed(?: on)?|exchanged) through (?:the |a |an |its |their )?"
                             r"(?:[\w’'-]+ ){0,3}?(?:(?:intelligence|police|security|analysis|liaison) (?:cells?|units?|centres?|centers?|desks?|hubs?)|"
                             r"Agency|NCA|Europol|Interpol|Frontex)\b(?![’']s)"  # (an agency's officers it went through: the posting)
                             # ... or received from the other side's services: "intelligence from Kurdish partners had contributed to
                             # 23 arrests" (not a source of one's own: "intelligence from informants")
                             r"|\b(?:information|intelligence) (?:from|supplied by|provided by) (?:the |their |our |its )?(?:[\w’'-]+ ){0,3}?"
                             r"(?:partners|counterparts)\b"
                             r"|\b(?:information|intelligence|data|evidence) (?:passed|shared|exchanged|swapped|flowing)(?: (?:almost |nearly )?(?:every|each|daily|"
                             r"weekly|regularly|routinely|constantly|quickly|directly)(?: day| week)?)? (?:between|with)\b"
                             # ... or told in the passive, through a channel: "data were exchanged in real time over a secure link"
                             r"|\b(?:information|intelligence|data) (?:was|were|is|are|has been|have been|had been|will be|is being|are being) "
                             r"(?:exchanged|shared|swapped|passed)(?: (?:in real time|directly|securely|quickly|daily|routinely))? "
                             r"(?:between|with|through|via|over)\b"
                             # ... or who someone is, passed on to the other side's authorities: "passed his details to the Kurdish
                             # authorities", "handed the names of the drivers to Iraqi police" (information passed is told above)
                             r"|\b(?:pass(?:es|ed|ing)?|hand(?:s|ed|ing)? over|handed|gave|gives?|sent|sends?) (?:on )?(?:(?:his|her|their|its|the|these|those) )?"
                             r"(?:[\w’'-]+ )?(?:details|names|identities|photographs|fingerprints|phone numbers|data|records)\b(?: of [^.;:]{0,40}?)? to (?:the )?"
                             r"(?:[\w’'-]+ ){0,3}?(?:authorities|police|counterparts|partners|investigators|prosecutors|Asayish|"
                             # ... or to an agency that fights the gangs across borders: "to the UK's National Crime Agency"
                             r"National Crime Agency|NCA|Europol|Interpol)\b"
                             # ... or information itself passed on by staff to the other side's: "the British officers ... pass
                             # information to colleagues in Erbil" (colleagues told by their place, abroad; not a tip a resident
                             # gives the police, who are no receiver here)
                             r"|\bpass(?:es|ed|ing)? (?:on )?(?:(?:the|this|that|such|their|its|any) )?(?:information|intelligence) (?:on )?to "
                             r"(?:their |its |our |the )?(?:[\w’'-]+ ){0,2}?(?:counterparts|partners|colleagues(?= (?:in|at) [A-Z])|"
                             r"National Crime Agency|NCA|Europol|Interpol|Asayish)\b"
                             # ... or shared with them, as the same thing told with "with": "has shared the driver's details with the
                             # authorities in Turkey" (not with the public or reporters: only a force named)
                             r"|\bshar(?:es|ed|ing|e) (?:(?:his|her|their|its|the|these|those) )?(?:[\w’'-]+ )?(?:details|names|identities|"
                             r"photographs|fingerprints|phone numbers)\b(?: of [^.;:]{0,40}?)? with (?:the )?(?:[\w’'-]+ ){0,3}?(?:authorities|"
                             r"police|counterparts|partners|investigators|prosecutors|Asayish|National Crime Agency|NCA|Europol|Interpol)\b"
                             # ... told in the passive, to a ministry too: "details of the lorry had been passed to the Iraqi
                             # Interior Ministry"
                             r"|\b(?:details|names|identities|photographs|fingerprints|phone numbers|records)\b(?: of [^.;:]{0,40}?)? "
                             r"(?:was|were|is|are|has|have|had|will|would)(?: already| now| also)?(?: been| be)? "
                             r"(?:passed|handed|sent|given)(?: on| over)? to (?:the )?(?:[\w’'-]+ ){0,3}?(?:authorities|police|"
                             r"counterparts|partners|investigators|prosecutors|Asayish|[Mm]inistry)\b"
                             # ... or swapped or pooled: "agencies swap information on smugglers' phones"
                             r"|\b(?:swap|swaps|swapped|swapping|pool|pools|pooled|pooling) (?:\w+ )?(?:intelligence|information|data)\b"
                             # "the exchange of information on smuggling networks", "exchanging intelligence", "information exchange"
                             r"|\bexchang(?:e|es|ed|ing) (?:of )?(?:intelligence|information)\b|\b(?:intelligence|information) exchanges?\b"
                             # ... or the reports banks file with a financial intelligence unit, passed between two units:
                             # "the two units will exchange suspicious activity reports"
                             r"|\b(?:exchang|shar)(?:e|es|ed|ing) (?:of )?(?:(?:their|its|the) )?(?:suspicious (?:activity|transaction) reports|SARs|STRs)\b"
                             # ... or the analysts' assessments of the routes and gangs: "Frontex exchanges risk analysis with the
                             # Home Office", "sharing threat assessments"
                             r"|\b(?:exchang|shar)(?:e|es|ed|ing) (?:of )?(?:(?:its|their|the) )?(?:risk|threat) (?:analys[ie]s|assessments?)\b"
                             # ... or a country's intelligence that suspects were arrested on: "41 suspected smugglers have been
                             # arrested in Iraq on British intelligence"
                             r"|\b(?:arrested|detained|captured|caught|held|stopped|intercepted|raided|seized|acting|acted)\b(?: [\w’'-]+){0,4}? "
                             r"on (?:(?:British|UK|Iraqi|Kurdish|Turkish|German|French|Dutch|Belgian|Italian|Greek|Bulgarian|Danish|"
                             r"Swedish|Norwegian|European|Europol|Frontex|Interpol|NCA)(?:[- ](?:supplied|provided))? )intelligence\b"
                             # ... or data on the gangs, or who and where they are: "the exchange of data on networks", "the two
                             # services exchange names and routes every week" (not data on travellers, told below)
                             r"|\bexchang(?:e|es|ed|ing) of data (?:on|about) (?:the )?(?:networks?|gangs?|smuggl\w+|traffick\w+|suspects?|routes?)\b"
                             r"|\b(?<!an )exchang(?:e|es|ed|ing) (?:the )?(?:names|identities|phone numbers)(?: and (?:routes|numbers|photographs|locations))?\b"
                             # ... or data on travellers, shared as they are exchanged ("exchanging passenger lists"): "an MoU on
                             # sharing migration data", "share travel records with Iraq", "sharing advance passenger data on
                             # flights" (data sent before the flight lands) (biometric data is a data system, and a
                             # data-sharing agreement or system too: see data_system)
                             # ... or reports shared stripped of names, as a charity's with the authorities: "to share anonymised reports"
                             r"|\bshar(?:e|es|ed|ing) (?:anonymi[sz]ed|de-identified) (?:reports|data|records|case files|information)\b"
                             r"|\bshar(?:e|es|ed|ing) (?:advance )?(?:(?:migration|immigration|passenger|travel|border|visa) )?(?:data|records|lists)"
                             r"(?=[.,;:)\n]|$| (?:with|on|about|between|of)\b)"
                             # ... or data on the vehicles crossing, as the border's cameras read them, wherever it comes
                             # from: "will share licence-plate data from the port's cameras"
                             r"|\bshar(?:e|es|ed|ing) (?:(?:number|licen[cs]e|registration)[- ]plate|ANPR) (?:data|records|reads)\b"
                             # ... told as the exchange itself, as a police pact provides for it: "the exchange of passenger
                             # lists", "exchanging advance travel data"
                             r"|\bexchang(?:e|es|ed|ing) (?:of )?(?:advance )?(?:passenger|travel|visa) (?:data|records|lists|information)\b"
                             # ... or the suspects' own data, given to the other side's services: "shared the drivers' phone
                             # data with Kurdish police" (the receiver told, as a person's own data shared is no sharing between forces)
                             r"|\bshar(?:e|es|ed|ing) (?:the |their |its )?(?:[\w-]+(?:[’']s|s[’']) )?(?:(?:mobile )?phone|telephone|call|travel|bank) "
                             r"(?:data|records) with (?:the )?(?:[\w’'-]+ ){0,3}?(?:authorities|police|counterparts|partners|investigators|"
                             r"prosecutors|Asayish|NCA|Agency)\b"
                             # ... or passed on by officials, whoever received them: "Dutch police passed on the names of 12
                             # suspects" (a smuggler's passing on of a route is no sharing: the subject is a service's staff)
                             r"|(?:(?<=officials )|(?<=officers )|(?<=police )|(?<=Police )|(?<=authorities )|(?<=investigators )|(?<=NCA )|"
                             r"(?<=Agency )|(?<=Office ))passed on (?:the )?(?:details|names|identities|photographs|fingerprints|phone numbers)\b"),
    # working together against the gangs: "joint operations against smuggling networks", "joint work against the gangs"
    ("law_enforcement_cooperation", r"\b(?:joint )?law enforcement (?:initiatives|cooperation|collaboration)\b"
                                    r"|\b[Jj]oint (?:work|operations|efforts?|action)\b(?= against (?:the )?(?:[\w’'-]+ ){0,2}?(?:networks|"
                                    r"gangs|rings|smugglers|traffickers)\b)"
                                    # officers working with the other side's ("NCA officers working with Iraqi and Kurdish partners")
                                    rf"|\b{_STAFF_ANY_CASE}(?: in [A-Z][\w’'-]*)?(?: (?:are|were|is|was|have been|had been))?(?: now)? "
                                    r"work(?:ing|s)? (?:directly |closely )?(?:with|alongside|side by side with) (?:their )?"
                                    r"(?:[\w’'-]+ ){0,4}?(?:partners|counterparts|authorities|police|investigators|prosecutors)\b"
                                    # (not working with them to learn one case's facts, an inquiry: "officers were working with
                                    # Dutch police to find out where the lorry had been loaded")
                                    r"(?! to (?:find out|establish|work out|determine|learn) (?:where|who|how|whether|when|what|why)\b)"
                                    # ... or a service's teams, in the past: "our investigation teams have worked closely with
                                    # Kurdish police" (the adverb says two services worked as one, not one met in passing)
                                    r"|\b(?:[Ii]ntelligence|[Ii]nvestigation|[Ii]nvestigative|[Ee]nforcement) teams (?:have |had )?"
                                    r"(?:work(?:ed|ing|s)? (?:directly|closely) |been working (?:directly |closely )?)(?:with|alongside) (?:their )?"
                                    r"(?:[\w’'-]+ ){0,4}?(?:partners|counterparts|authorities|police|investigators|prosecutors)\b"
                                    # joint visits or inspections by two services: "unannounced joint visits to barbers"
                                    r"|\b[Jj]oint (?:[\w-]+ ){0,2}?(?:visits|inspections|patrols|checks|raids)\b"
                                    # suspects handed from one country to the other ("the transfer of wanted suspects")
                                    r"|\b(?:transfers?|extraditions?|handovers?|hand-overs?) of (?:wanted |suspected |convicted )?"
                                    r"(?:suspects|fugitives|smugglers|traffickers|prisoners|offenders)\b"),
    ("human_rights_commitment", r"\bhuman rights (?:standards|commitments?)\b|\bhumanitarian (?:commitments?|law)\b"),
    # sanctions on the smugglers told by what they do: "imposed asset freezes and travel bans on 14 individuals", "the
    # designations impose an asset freeze", "are also subject to a travel ban" (only when put on someone: "breaching an
    # asset freeze is an offence" tells none, nor a country's ban on travel)
    ("sanctions", r"\b(?:impos(?:e|es|ed|ing)|subject to) (?:an? )?(?:asset freezes?(?: and (?:an? )?travel bans?)?|travel bans?)\b"
                  # ... or sanctions a government commits to put on the gangs' people: "agreed to coordinate sanctions
                  # against the bosses of the networks", "will impose sanctions on smugglers" (a verb that does it: not
                  # "will discuss coordinated sanctions", nor sanctions against a country)
                  r"|\b(?:coordinate|coordinates|coordinating|co-ordinate|co-ordinates|co-ordinating|impose|imposes|imposed|imposing) "
                  r"(?:joint |new |further |targeted )?sanctions (?:against|on) (?:the )?(?:[\w’'-]+ ){0,4}?(?:individuals|people|leaders|"
                  r"bosses|smugglers|traffickers|gangs|networks|members|financiers|ringleaders|kingpins)\b"),
    ("new_body", r"\b(?:launch(?:ing|es|ed)?|establish(?:ing|es|ed)?|set(?:ting)? up) (?:a |an )?new [A-Z][\w’']*(?: [A-Z][\w’']*)*"
                 # ... or a named body a law makes lasting: "the bill places the Border Command on a statutory footing" (a
                 # body's work, "puts the border work on a legal footing", is no body)
                 r"|\b(?:plac(?:e|es|ed|ing)|put(?:s|ting)?) (?:the |a |an |its )?(?:[A-Z][\w’'-]* ){1,4}(?:Command|Agency|Unit|"
                 r"Directorate|Authority|Commission|Office|Centre|Center|Force|Service|Board|Taskforce) on a (?:statutory|legal|"
                 r"permanent(?: legal| statutory)?) footing\b"
                 r"|\bnew (?:[A-Z][\w’']* )+(?:Command|Agency|Unit|Directorate|Authority|Centre|Center|Force)\b"
                 # ... or its name given with "a", a body not there before: "to establish a Directorate for Combating Smuggling"
                 # (not "established the National Crime Agency")
                 r"|\b(?:launch(?:ing|es|ed)?|establish(?:ing|es|ed)?|set(?:ting)? up) (?:a|an) (?:[A-Z][\w’'-]* ){0,3}"
                 r"(?:Command|Agency|Directorate|Department|Authority|Office|Commission)\b"
                 # a new body not yet named: "the creation of a special directorate to combat smuggling"
                 r"|\b(?:special|new) (?:[\w-]+ ){0,2}?(?:directorate|department|agency|authority|command)\b"
                 # ... or a centre named by the crime it fights, set up: "the establishment of a National Centre for Combating
                 # Smuggling" (a joint or training centre is told by its own kind)
                 r"|\b(?:establish(?:ment|es|ed|ing)?|creat(?:ion|e|es|ed|ing)|launch(?:es|ed|ing)?|set(?:ting)? up) (?:of )?(?:a|an) "
                 r"(?!(?:[A-Z][\w’'-]* ){0,2}?(?:Joint|Intelligence|Training|Reception|Reintegration|Coordination|Operations)\b)"
                 # ... or a directorate or agency so named: "the law creates a National Agency for Combating Smuggling"
                 r"(?:[A-Z][\w’'-]* ){1,3}(?:Centre|Center|Directorate|Agency|Authority|Commission|Office|Department) for "
                 r"(?:Combating|Combatting|Countering|Fighting|Tackling) "),
)
_ONE_OF_A_KIND = {"joint_intelligence_cell", "joint_investigation_team", "liaison_officer", "data_system", "returns",
                  "communications_campaign", "intelligence_sharing", "task_force", "hotline"}
# one scan of a sentence for every kind: each kind a named group, the kind listed first winning at a position
_MEASURE_RE = KindScan(MEASURES)
# a word every pattern above holds: the sentences without one (most) are not searched with the alternation
_ANY_MEASURE = keywords(
    "intelligence investigation campaign campaigns task taskforce force unit units team teams biometric fingerprint case "
    "squad squads cell cells platform platforms desk desks helpdesk helpdesks "
    "data registration database databases link linked linking links connect connected connecting connects train trains "
    "trained training reintegration liaison post posted posting posts boats camera cameras vehicles drones scanners equipment "
    "goggles binoculars radios detectors probes simulators device devices reader readers scanner machine machines kit kits workstation workstations "
    "contact contacting contacted contacts call calling called calls ring ringing rings phone phoned phones "
    "faster quicker speedier swift returns return removals removal deportation deportations speed speeding share shares "
    "shared sharing hotline hotlines helpline helplines shelter shelters enforcement rights humanitarian launch launching launches launched establish establishing "
    "establishes established set setting job jobs returnee returnees grant grants voluntary new special directorate department agency "
    "authority command coordination secondment secondments seconded course courses charter chartered operations operation "
    "reception equipping surveillance scanning monitoring detection inspection x-ray exchange exchanges exchanged exchanging "
    "join joins joined joining embed embedded embedding embeds station stationed based returned removed deported repatriated sent stationing passenger system systems livelihood livelihoods passed gone went "
    "booths kiosks gates e-gates kilometres kilometers km miles billboards posters hoardings videos adverts ads advertisements advert advertisement clips portals "
    "vessel vessels ship ships trainers completed attended graduated laboratory laboratories lab labs towers watchtower watchtowers watch-tower watch-towers fence "
    "fences fencing flight flights repatriation amend amends amended amending amendment amendments victims survivors "
    "apprenticeship apprenticeships internships placement matching loans sanctions placed place places placing referred admitted moved refuge refuges safehouse safehouses microloans microfinance microcredit micro joint connection connections "
    "deploy deploys deployed deploying dispatch dispatches dispatched dispatching drive drives "
    "offence offences crime crimes "
    "advertising media anti-smuggling anti-trafficking organised organized counter-smuggling counter-trafficking "
    "receive receives received receiving get gets be advice telephone line lines check checks checked checking cross-check "
    "cross-checks cross-checked cross-checking screen screens screened screening match matches matched matching verify verifies "
    "verified verifying "
    "pass passed passes passing handed hands handing gave gives sends report reported give given taught schooled instructed coached information intelligence data visits "
    "inspections patrols checks raids digitising digitizing digitised digitized digitises digitizes digitise digitize "
    "digitisation digitization serial "
    "swap swaps swapped swapping pool pools pooled pooling take takes took taken taking bill raise raises raised raising "
    "increase increases increased increasing double doubles doubled doubling "
    "work working works transfer transfers extradition extraditions handover handovers hand-over hand-overs "
    "build builds building capacity capabilities capacities skills "
    "extend extends extended extending bring brings brought bringing expand expands expanded expanding roll rolls rolled rolling "
    "centre center issue issues issued issuing "
    "officers agents investigators licensing enlarge enlarges enlarged enlarging fortify fortifies fortified fortifying fortification workshop workshops "
    "classes accept accepts accepted accepting readmit readmits readmitted readmitting databases passport forensics forensic "
    "send sending remove removing deport deporting returning mentored rebuild counselling counseling warn awareness top-up "
    "placements allowance allowances legal stipend stipends caseworker caseworkers wall walls law act advisers advisors coaches "
    "vocational duty nca instruction tuition leaflets rules regulations schools universities colleges youth counsellors counselors "
    "toughened tightened stiffened freeze freezes ban bans")
_CLAUSE = re.compile(MEASURE_CLAUSE_MARKS + r"|\s\|\s|$")  # ... or a table's cell: the next cell is another column


def _description(text: str, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """From the phrase to the end of its clause (at least the phrase itself)."""
    limit = min(sentence[1], end + 300)
    stop = _CLAUSE.search(text, end, limit)
    return start, stop.start() if stop and stop.start() > end else max(end, limit if not stop else end)


def measure_candidates(text: str, sentences: list[tuple[int, int]]) -> list[Candidate]:
    """The first mention of each measure (kind and wording), outside headlines; one only asked about ("When will the
    first returns flight leave?") is told by the sentence that states it, if any."""
    # each: the candidate, a bare training's key, its paragraph, equipment's words, and "counted" (equipment) or "adverb" (returns)
    out: list[tuple[Candidate, tuple | None, int, str, str]] = []
    seen: set = set()
    postings: list[tuple[str, frozenset, str]] = []  # each liaison officer measure's agency and places
    lines: dict[str, str] = {}  # each hotline's words: the number first told with them ("" for none)
    programmes: set[tuple[int, int]] = set()  # sentences naming a reintegration programme
    reintegrating: set[tuple[int, int]] = set()  # sentences naming the reintegration money pays (not a centre)
    # sentences telling what returnees receive (a reintegration measure kept): the next sentence goes on about them
    # ("... offered a start-up grant. Each trainee receives a monthly allowance. Trainees also receive psychosocial counselling")
    helped: set[tuple[int, int]] = set()
    bare_at: dict[tuple, int] = {}  # a sentence's bare training: its index in out
    paid_at: dict[tuple, int] = {}  # a sentence's training told as what a sum paid for: its index in out
    loose_at: dict[str, int] = {}  # a posting told in the opening with no "liaison": its index in out
    loose_grants: dict[tuple, int] = {}  # a grant told in the opening with no sum: its index in out
    loose_sharing: int | None = None  # intelligence sharing told in the opening: its index in out
    opening: int | None = None  # where the article's opening ends, once a posting asks
    # a scheme for returnees kept (a centre, a programme): its trainees' allowance and its grants are theirs, told after
    # it in sentences that name the trainees, not the returnees ("a centre for young people who have returned ... Each
    # trainee receives a monthly allowance"); and the kind of its centre, a further centre's kind
    scheme_kept = False
    centre_kind = ""
    folded = fold(text)  # the quick test's text (text.keywords)
    searched = [s for s in sentences if _ANY_MEASURE.search(folded, *s)]
    searched.sort(key=lambda s: _asks(text, s))  # questions last (stable)
    process_named = set()  # the paragraphs naming a faster returns process or a returns arrangement
    returns_told: list[str] = []  # the words of each returns measure kept, to know one referred back to by its last words
    sped_up: tuple[int, tuple] | None = None  # returns told only by their pace: index in out and key
    barriers: dict[str, tuple[int, int, tuple[int, int]]] = {}  # each barrier's first mention not told built: its span, sentence
    worded: list[tuple[int, int]] = []  # every wording above matched, kept or not: the head pass leaves them be
    # the patterns' words are lowercase: a sentence's capital is read as one ("Removal flights to Iraq will run ...")
    matched = _first_words_lowered(text, searched)
    for m in (m for sentence in searched for m in _MEASURE_RE.finditer(matched, *sentence)):
        kind = m.lastgroup
        worded.append(m.span())
        sentence = sentence_at(sentences, m.start()) if sentences else None
        if sentence is None or not (sentence[0] <= m.start() < sentence[1]) or _heading(text, sentence) and not _table_row(text, sentence):
            continue  # (a table's row reads like a heading, a short line with no stop, but its first cell names what was done)
        # (a line told by the verb to call it is read with its verb: "urged to call Crimestoppers" is the public's appeal,
        # which _PROPOSAL tells by the verb after "urged")
        at = verb.end() if kind == "hotline" and (verb := _CALL.match(text, m.start())) else m.start()
        if _proposed(text, sentence, at) and not _PROMISED_AFTER.match(text, m.end(), sentence[1]) \
                and not _STANDING_AFTER.match(text, m.end(), sentence[1]) \
                and not _MORE_OF_STANDING_BEFORE.search(text, max(sentence[0], m.start() - 50), m.start()) \
                and not (_DEFINITE.search(text, max(sentence[0], m.start() - 4), m.start()) and _FUNDED_PROPERLY_AFTER.match(text, m.end(), sentence[1])) \
                and not (kind in _OPENED_KINDS and _OPENED_AFTER.match(text, m.end(), sentence[1])) or _TO_DISCUSS.search(text, max(sentence[0], m.start() - 80), m.start()) \
                or m.group(0).endswith("arrangement") and _DISCUSSED.search(text, max(sentence[0], m.start() - 60), m.start()) \
                or _TALKS_ON.search(text, max(sentence[0], m.start() - 60), m.start()) \
                or _TO_ALIGN.search(text, max(sentence[0], m.start() - 40), m.start()) \
                or m.group(0).lower().startswith(("cooperat", "co-operat")) and _MEET_TO_REVIEW.search(text, sentence[0], m.start()):
            continue  # a recommendation, or a subject still to be discussed, not a measure taken
        if kind != "hotline" and _SUPPOSED_IF.match(text, sentence[0], m.start()):
            continue  # what a speaker's "if we" supposes done is no measure taken
        if kind == "returns" and _READMISSION.match(m.group(0)) and _ASKED_WHETHER.search(text, max(sentence[0], m.start() - 100), m.start()):
            # "Asked whether Iraq would accept forced returns, he replied ...": a country's stance asked about is none told
            # (a measure asked about is still one: "asked whether training Iraqi border guards works")
            continue
        if _question_line(text, sentence) or _MOTION.match(text, sentence[0]) or _quoted_question(text, sentence):
            continue  # a question on a line of its own (a headline) asks, and a motion names a debate's subject
            # (and so does a speaker's quoted question, its tag after it: '"What do we get, a course in welding?" he asked.')
        if (negated := _NEGATED.search(text, max(sentence[0], m.start() - 60), m.start())) \
                and _denied_before(text, max(sentence[0], m.start() - 60), m.start()) \
                and not (_WHO_NOT.search(text, max(sentence[0], negated.start() - 20), negated.start())
                         and (_MODAL.search(text, negated.start(), m.start()) or text.startswith("fac", m.start()))):
            continue  # "do not create jobs", "does not leave because of a returns flight": a measure denied is none told
            # (those a relative clause denies something of, who "face removal under" an arrangement, face it: told)
        if _OPENS_CLAUSE.search(text, max(sentence[0], m.start() - 7), m.start()) and _DENIED_AFTER.match(text, m.end(), sentence[1]):
            continue  # "'Training police will not feed anyone,' he said": a measure said to do no good, the subject of a denial
        if kind != "equipment" and _WITHOUT_OPENS.search(text, max(sentence[0], m.start() - 20), m.start()) \
                and _WITHOUT_DENIED.match(text, m.end(), sentence[1]):
            continue  # "Without the liaison officers, we would never have found them": credit for a result, as a denial's "without"
            # (a kit credited so, "Without the X-ray scanner we would never have found them", is one in use: its first mention)
        if _COST_TO_FIRM.match(text, m.end(), sentence[1]):
            continue  # "... warned that biometric checks would cost it $4 million": a firm's objection (see _COST_TO_FIRM)
        if kind == "reintegration" and m.group(0).startswith("reception") and not _IN_IRAQ.match(text, m.end(), sentence[1]) \
                and not _FOR_RETURNEES_AFTER.match(text, m.end(), sentence[1]) \
                and (_VISITED.search(text, max(sentence[0], m.start() - 40), m.start())
                     or _STAYED_IN.search(text, max(sentence[0], m.start() - 40), m.start())
                     or _SPOKE_AT.search(text, max(sentence[0], m.start() - 90), m.start())
                     or _SCENE.match(text, sentence[0], m.start()) and _SCENE_ENDS.match(text, m.end(), sentence[1])):
            continue  # "the consul will visit the reception centres" (to sign people up for going home): a place visited
            # (one for returnees receives people home wherever it is told: "will visit a reception centre for returnees")
            # ... or one a returnee lived in abroad: "came back after two years in a reception centre there"
            # ... or the scene a reporter sets for whom they met there: "At the Joutseno reception centre, a man said ..."
            # (its place may follow it before the comma: "At the Joutseno reception centre in Lappeenranta, a man said")
            # ... or where someone's words were said, told after them: "he told reporters at the Fylakio reception centre"
        if kind == "returns" and _TOOK_UP_COUNT.search(text, max(sentence[0], m.start() - 80), m.start()):
            continue  # "Nine families have opted for voluntary return": a count of people who went, no measure (README)
        if kind == "reintegration" and any(c.values["measure_type"] == "reintegration" for c, *_ in out) \
                and _SUPPORT_TAKEN_COUNT.search(text, max(sentence[0], m.start() - 90), m.start()):
            continue  # "... 480 people had received UK-funded reintegration support": a running total of those helped by the
            # reintegration measure already told (its own row); told first so, it is the measure's first mention
        if kind == "returns" and _TO_COVER.search(text, max(sentence[0], m.start() - 24), m.start()):
            continue  # "extend the data-sharing deal to cover all returns flights": the flights are the reach of the
            # measure told before them (its own row), not one of their own
        if kind == "reintegration" and m.group(0).startswith("reception") and not (
                _IN_IRAQ.match(text, m.end(), sentence[1]) or _FOR_RETURNEES.search(text, *sentence)):
            if not (_OPENED_BEFORE.search(text, max(sentence[0], m.start() - 40), m.start())
                    # (not a standing one people were taken to: "were bussed to the Moria reception centre")
                    or _NAMED_CENTRE.search(text, max(sentence[0], m.start() - 40), m.start())
                    and not _TAKEN_TO.search(text, max(sentence[0], m.start() - 40), m.start())
                    # ... and so is one named by its official function: "the reception and identification centre on Leros"
                    # (a state's screening facility, not any shelter people are bussed to)
                    # (not when people were only taken there, unless its work for them follows: "were taken to the
                    # reception and identification centre at Fylakio" names a place, "..., where they will be registered"
                    # tells the centre's work)
                    or _OFFICIAL_CENTRE.match(m.group(0)) and not (
                        _TAKEN_TO.search(text, max(sentence[0], m.start() - 40), m.start())
                        and not _WHERE_ITS_WORK.match(text, m.end(), sentence[1]))
                    or _INITIAL.search(text, max(sentence[0], m.start() - 12), m.start())
                    # ... or one told as set up for the arrivals, makeshift: "housed in a temporary reception centre in
                    # the sports hall" (not one they were only taken to: "were bussed to an emergency reception centre")
                    or _MAKESHIFT.search(text, max(sentence[0], m.start() - 14), m.start())
                    and not _TAKEN_TO.search(text, max(sentence[0], m.start() - 40), m.start())
                    # ... or one a town or the state owns: "the town's reception centre was full"
                    or _AUTHORITYS.search(text, max(sentence[0], m.start() - 20), m.start())
                    # (not one people found were put in: "They were taken to a reception centre run by Fedasil")
                    or _RUN_BY_AFTER.match(text, m.end(), sentence[1]) and not _TAKEN_TO.search(text, max(sentence[0], m.start() - 30), m.start())
                    # ... or one told opened after its name: "A temporary reception centre for 80 people opened in May"
                    or _OPENED_AFTER_NAME.match(text, m.end(), sentence[1]) and not _TAKEN_TO.search(text, max(sentence[0], m.start() - 30), m.start())):
                continue  # a reception centre for arrivals in Europe receives no one home ...
            kind = "reception_centre"  # ... but one the authorities open or run, or one named, is a measure of its own kind
        if kind == "reintegration" and _COUNSELLING.match(m.group(0)) and (
                not (_FOR_RETURNEES.search(text, _sentence_before(sentences, sentence), sentence[1]) or _after_helped(sentences, sentence, helped))
                or _OFFERED_BY.search(text, max(sentence[0], m.start() - 200), m.start())):
            continue  # counselling is returnees' reintegration only in a passage about them (victims' is victim support) ...
            # ... and a measure of its own only when no centre or package named before it offers it ("a reintegration
            # package ..., which may include ... psychosocial counselling": the package is the measure)
        if kind == "reintegration" and _ALLOWANCE.match(m.group(0)) and not (
                _for_returnees(text, sentences, sentence) or _after_helped(sentences, sentence, helped)
                or _users_of_scheme(text, sentences, sentence, scheme_kept)):
            continue  # "asylum seekers receive a weekly allowance": paid to returnees only in a passage about them
        if kind == "reintegration" and _FURTHER_CENTRE.match(m.group(0)):
            if centre_kind:
                kind = centre_kind  # "opened a vocational training centre ... a second centre in Kirkuk": another of the same
            elif not _TO_OPEN.match(text, m.end()) or not _FOR_RETURNEES.search(text, _sentence_before(sentences, sentence), sentence[1]):
                continue  # "a second centre will open in Basra": a centre for returnees only in a passage about them
            else:
                kind = "reception_centre"
        if kind == "training" and text[m.start()].isupper() and _BODY_OF.search(text, max(sentence[0], m.start() - 40), m.start()):
            continue  # "the General Directorate of Vocational Training": a body's name, no training given
        if kind in ("training", "employment") and _POST_OF.search(text, max(sentence[0], m.start() - 40), m.start()):
            continue  # "the director general of vocational training at the ministry": a post's field, no training given
        if _STAT_LABEL_AFTER.match(text, m.end()) and not _PAID_OUT.search(m.group(0)) and not _funded_item(text, sentence):
            continue  # "Charter flights to Baghdad since January: 11": a fact box's count or cost, no measure taken
        if kind == "training" and not _STAFF_RE.search(m.group(0)):
            if _MONEY_TOWARDS.search(text, max(sentence[0], m.start() - 80), m.start()):
                continue  # "up to £2,500 each towards housing, training or a small business": what a grant pays for
            if _ONE_PERSON.search(text, sentence[0], m.start()):
                continue  # "he will go home for a training course": one person's own course
            if _CAREER_STEP.search(text, max(sentence[0], m.start() - 30), m.start()) and _POSTED_AFTER.match(text, m.end(), sentence[1]):
                continue  # "after Arabic training at Shemlan was posted to Baghdad": a career's step, no training given
            if m.group(0) == "training" and _SESSION_BEFORE.search(text, max(sentence[0], m.start() - 20), m.start()) \
                    and _SESSION_AFTER.match(text, m.end(), sentence[1]):
                continue  # "speaking after training, he said": a team's practice session as a time, no training given
            # (not staff trained to deal with returnees: "Police will be trained to spot victims among returnees")
            if _TO_RETURNEES.search(text, max(sentence[0], m.start() - 80), m.start()) or _TO_RETURNEES_AFTER.match(text, m.end()) \
                    and not _STAFF_TRAINED.search(text, max(sentence[0], m.start() - 60), m.start()):
                # "a reintegration programme ..., offering each returnee vocational training": training offered to returnees
                # is their reintegration (the programme itself, when the sentence names it: one of a kind a sentence)
                if _GRANT_USE.search(text, max(sentence[0], m.start() - 140), m.start()):
                    continue  # "... a reintegration grant to start a business or pay for training": what the grant is for
                if _RETURNEES_DONE.search(text, max(sentence[0], m.start() - 60), m.start()):
                    continue  # "1,200 returnees have completed a course": returnees already helped, counted, are a figure
                kind = "reintegration"
            elif sentence in programmes and _PROGRAMME_OFFERS.search(text, max(sentence[0], m.start() - 120), m.start()):
                continue  # the programme is the measure, its training what it offers
            elif _IT_OFFERS.match(text, sentence[0]) and _after_helped(sentences, sentence, programmes):
                continue  # ... and so is what it offers told in the next sentence: "... a reintegration programme for
                # returnees. It offers up to £3,000 in business or training support"
            elif m.group(0).startswith(("vocational", "Vocational")) or m.group(0).startswith("course") and _TRADE.match(text, m.end()):
                kind = "employment"  # a trade taught to people, never officers' training: a measure of its own, never bare
                # ("courses in welding and plumbing": the trade named instead of "vocational")
            elif _LENGTH_COURSE.search(text, max(sentence[0], m.start() - 20), m.end()) and _THE_BEFORE.search(text, max(sentence[0], m.start() - 20), m.start()) \
                    and _users_of_scheme(text, sentences, sentence, scheme_kept):
                continue  # "Each trainee receives an allowance during the six-month course": the course of the scheme named before
        if kind == "training" and m.group(0).endswith(("instruction", "tuition")) \
                and not _SUPPLY.search(text, max(sentence[0], m.start() - 120), m.start()):
            continue  # teaching told by its subject is a measure only given or paid for ("paying for ... English-language
            # instruction"), not a person's line of work ("now works in English-language instruction")
        if kind == "equipment" and not (_EXTENDED.match(m.group(0)) or _MONEY_FOR.match(m.group(0)) or m.group(0).endswith("camera")
                                        or _WATCH_CRAFT.fullmatch(m.group(0)) or _SUPPLY.search(text, max(sentence[0], m.start() - 120), m.start())
                                        or _SUPPLIED_AFTER.match(text, m.end(), sentence[1])
                                        or _SENT_TO_IRAQ.match(text, m.end(), sentence[1])
                                        # ... or finished by whoever had it built: "Estonia completed a fence along its eastern frontier"
                                        or _FINISHED_IT.search(text, max(sentence[0], m.start() - 40), m.start())
                                        or _MONEY_IN.search(text, max(sentence[0], m.start() - 40), m.start())
                                        # a facility is opened or built, not handed over: "has opened a forensics laboratory"
                                        or _FIXTURE.search(m.group(0)) and (_OPENED_BEFORE.search(text, max(sentence[0], m.start() - 40), m.start())
                                                                            # ... or told opened after it: "the forensics lab opened in Duhok in March"
                                                                            or _FIXTURE_OPENED.match(text, m.end(), sentence[1])
                                                                            # ... or told due to open, its place set off before:
                                                                            # "A third lab, in Mosul, is due to open next year"
                                                                            or _FIXTURE_DUE.match(text, m.end(), sentence[1]))
                                        # ... or told at work first and given in a sentence after that names it again: "checked
                                        # the van with a handheld scanner. ... The scanner was donated by Britain in 2023"
                                        or _given_later(text, sentences, sentence, m.group(0))
                                        or _supplied_in_lead_in(text, sentence)
                                        # ... or told at work on a vehicle checked: "the lorry was put through the scanner"
                                        or _PUT_THROUGH.search(text, max(sentence[0], m.start() - 60), m.start())
                                        # ... or credited with a find: "Without the X-ray scanner we would never have found them"
                                        or _WITHOUT_STARTS.search(text, max(sentence[0], m.start() - 20), m.start())
                                        and _WITHOUT_FOUND.match(text, m.end(), sentence[1])
                                        or _BARRIER.match(m.group(0)) and _RAISED_AFTER.match(text, m.end(), sentence[1])
                                        or _BARRIER.match(m.group(0)) and _EXTENDED_BARRIER.search(text, max(sentence[0], m.start() - 50), m.start())
                                        or _listed_with_measure(text, matched, m, sentence)
                                        # ... or joined to a list its clause's verb supplies, however long the items before:
                                        # "will fund 30 mobile units for the border police ..., as well as night sights"
                                        or _JOINED_ITEM.search(text, max(sentence[0], m.start() - 40), m.start())
                                        and _SUPPLY_VERB.search(text, sentence[0], m.start())
                                        or _PUT_MORE.search(text, max(sentence[0], m.start() - 60), m.start())
                                        and not _GANGS.search(text, sentence[0], m.start())
                                        # (not a count announced with its own verb: "announced two more boats had landed")
                                        and not _MORE_TOLD_DONE.match(text, m.end())
                                        or _COUNT_BEFORE.search(text, max(sentence[0], m.start() - 40), m.start())
                                        and not (_BOAT.search(m.group(0)) or m.group(0).endswith("vehicles"))
                                        and _ARRIVED_AFTER.match(text, m.end(), sentence[1])):
            if (head := _BARRIER_WORD.search(m.group(0))) and head.group(0) not in barriers:
                barriers[head.group(0)] = (m.start(), m.end(), sentence)  # a barrier first named as a scene (below)
            continue  # "seized three cars, two boats": equipment only when given, bought or installed ...
            # ... or listed beside another kind of measure: "spoke of new boats at Fao and courses for 200 coastguards"
        if kind == "equipment" and _GENERIC_EQUIPMENT.fullmatch(m.group(0)) and not text.startswith(" for ", m.end()) and any(
                n.lastgroup == "equipment" and not _PURSUED.search(text, max(sentence[0], n.start() - 60), n.start())
                for n in _MEASURE_RE.finditer(matched, m.end(), sentence[1])):
            continue  # "£15 million in equipment and training, including ... 40 vehicles": the equipment its sentence names exactly
            # (not the boats it stops: "equipment and training ... is stopping boats")
        if kind == "liaison_officer" and _ITS_OFFICER.match(m.group(0)) and not _POSTING_AGENCY.search(text, _sentence_before(sentences, sentence), m.start()):
            continue  # "its officer in Erbil" is a posting only when "its" is an agency that posts officers abroad, named just before
        if kind == "equipment" and m.group(0).endswith("portals") and not _PORTALS_COUNTED.search(text, max(sentence[0], m.start() - 40), m.start()):
            continue  # portals uncounted may be websites ("online portals for visa applications"); scanners are counted
        if kind == "equipment" and _TRADED.search(text, max(sentence[0], m.start() - 40), m.start()):
            continue  # "targeting ... suppliers of boats and engines": what the gangs' suppliers sell, no equipment given
        if kind == "equipment" and _CHARGED_SUPPLY.search(text, max(sentence[0], m.start() - 80), m.start()):
            continue  # "accuse him of storing and delivering 60 boats and 40 engines": the supply charged is the crime, no gift
        if kind == "victim_support" and _EXISTING_SHELTER.match(m.group(0)) and not _FURTHER_SHELTER_BEFORE.search(
                text, max(0, m.start() - 600), m.start()):
            continue  # "the existing shelter in Moria" alone is where people stay; the victims' only beside a further one told
        if kind == "intelligence_sharing" and _case_information(text, m.start(), m.end()) >= 0:
            continue  # "the case relied on information passed on by Iraqi authorities. ... have exchanged intelligence": the
            # exchange told after it is the measure (see measure_candidates' end)
        if kind == "equipment" and _AT_PLACE.search(text, max(sentence[0], m.start() - 40), m.start()):
            continue  # "fingerprints taken at Iraqi border posts": where something is done, no equipment given
        if kind == "equipment" and _TAKEN_THERE.search(text, max(sentence[0], m.start() - 40), m.start()):
            continue  # "people delivered to the fence by a gang": where someone is brought, not what was handed over
        if kind == "equipment" and _LAB.intersection(m.group(0).lower().split()[-1:]) \
                and _SENT_TO_LAB.search(text, max(sentence[0], m.start() - 60), m.start()):
            continue  # "the phone was sent to the police laboratory in Via Roma for analysis": where evidence goes, no lab given
        if kind == "equipment" and (_BOAT.search(m.group(0)) or m.group(0).endswith("vehicles")) and (
                _MIGRANTS_IN.search(text, max(sentence[0], m.start() - 50), m.start())
                or _CARRYING_PEOPLE.match(text, m.end(), sentence[1])):
            continue  # "870 migrants in 31 small boats", "bigger boats with more people on them": the crossings' boats (and "people hidden in vehicles": the lorries')
        if kind == "victim_support" and _PURPOSE_BEFORE.search(text, max(sentence[0], m.start() - 100), m.start()):
            worded.pop()  # ... which the head pass or the model may tell
            continue  # "funds a referral mechanism so that victims are sent to shelters": the purpose of a measure named before it
        if kind == "returns" and (_WILLING.search(text, max(sentence[0], m.start() - 30), m.start())
                                  # ... or help a country says it lacks: "we get no help returning those with no right to stay"
                                  or _NO_HELP.search(text, max(sentence[0], m.start() - 30), m.start())
                                  or _UNIT_COST.search(text, max(sentence[0], m.start() - 160), m.start())
                                  or _EACH.search(text, max(sentence[0], m.start() - 12), m.start()) and _SAVES_SUM.match(text, m.end(), sentence[1])):
            continue  # "Baghdad was ready to take back its citizens", "£2,000 for a voluntary return": a stance, a cost
        if kind == "returns" and _DONOR_FOR.search(text, max(sentence[0], m.start() - 30), m.start()):
            continue  # "the largest donor for returns to Iraq": returns as the field a donor gives to, the programme it funds told apart
        if kind == "equipment" and _GANGS_OWN.search(text, max(sentence[0], m.start() - 40), m.start()):
            continue  # "died when one of the network's boats deflated": the gang's own, whatever else the sentence includes
        if kind == "equipment" and (_WHO_RAN.search(text, max(sentence[0], m.start() - 40), m.start())
                                    or _GANG_THAT_RAN.search(text, max(sentence[0], m.start() - 90), m.start())):
            continue  # "jailed a man who ran boats from Calais": a smuggler's own boats
        if kind == "equipment" and _RAN_THEN_BOUGHT.search(text, max(sentence[0], m.start() - 160), m.start()):
            continue  # "ran the network from Essen, buying boats and engines in Turkey": what the one who ran it bought
        if kind == "equipment" and _SUPPLIED_BY_GANG.match(text, m.end(), sentence[1]):
            continue  # "the dinghies sold by the ring had carried 300 people": what the gang sold, told with it as agent after
        if kind == "equipment" and _GANG_SUPPLIED.search(text, max(sentence[0], m.start() - 60), m.start()):
            continue  # "the group had supplied 'dozens of boats'": what a smuggling network sold, no equipment given
        if kind == "equipment" and _PURSUED.search(text, max(sentence[0], m.start() - 60), m.start()):
            continue  # "the tools to follow the money and the phones, not just the boats": what is tracked, not given
        if kind == "equipment" and _ANYONE_CAN.search(text, max(sentence[0], m.start() - 40), m.start()):
            continue  # "you can buy scanners, but ...": what anyone might get, a saying, no equipment given
        if kind == "equipment" and text.find("including", max(sentence[0], m.start() - 50), m.start()) >= 0 \
                and _PRICE_INCLUDES.search(text, max(sentence[0], m.start() - 90), m.start()):
            continue  # "Each boat costs £80,000, including engines and radio equipment": what a unit's price covers, no lot given
        if kind == "equipment" and _SEIZED.search(text, sentence[0], m.start()):
            continue  # "seized ... documents, including ..., printers, laminating machines": the gang's, found
        if kind == "equipment" and _THEY_BEFORE.search(text, sentence[0], m.start()) and (
                _GANGS.search(text, _sentence_before(sentences, sentence), m.start())
                and not _AGAINST.search(text, _sentence_before(sentences, sentence), m.start())):
            continue  # "Networks like this one ... 'They buy boats in bulk'": the gangs' own boats
        if kind == "returns" and m.group(0) != text[m.start():m.end()] and _BARE_RETURNS.fullmatch(m.group(0)):
            continue  # "Returns to Iraq are being carried out lawfully": returns in general, the sentence's topic
        if kind == "liaison_officer" and _ONE_OF_THOSE.search(text, max(sentence[0], m.start() - 40), m.start()):
            continue  # "Major X, one of the two Iraqi liaison officers at the port, said": a named person's post among
            # officers told before, referred back to (the posting is told where they were posted, if at all)
        if kind == "returns" and _KEEP_DOING.search(text, max(sentence[0], m.start() - 25), m.start()):
            continue  # "We will keep removing people with no right to be here": the work goes on as before, no step taken
        if kind == "returns" and _BARE_RETURNS.fullmatch(m.group(0)) and _HOW_BEFORE.search(text, max(sentence[0], m.start() - 25), m.start()):
            continue  # "questions about how returns to Iraq work": returns in general, what is explained
        if kind == "returns" and (_COUNT_CHANGED.match(text, m.end(), sentence[1]) or _RETURN_OF_COUNT.match(text, m.end(), sentence[1])
                                  or _COUNTED_BEFORE.search(text, max(sentence[0], m.start() - 60), m.start())
                                  and not _FLIGHT.search(m.group(0))):
            continue  # "returns to Iraq had tripled", "1,136 enforced and voluntary returns": returns counted are a figure
            # (counted after it too: "has supported the voluntary return of more than 900 Iraqis since 2021")
            # (but flights counted are still the flights that carry them: "nine charter flights to Erbil" is the measure)
        if kind == "returns" and _PLAIN_FLIGHTS.fullmatch(m.group(0)) and not _RETURNED_ON.search(text, max(sentence[0], m.start() - 120), m.start()):
            worded.pop()  # ... which the head pass or the model may tell
            continue  # "direct flights to Erbil resumed": any airline's, unless people returned were carried on them
        if kind == "returns" and _BARE_RETURNS.fullmatch(m.group(0)) and _TALLIED_PERIOD.search(text, max(sentence[0], m.start() - 40), m.start()):
            continue  # "our busiest month for returns to Iraq": the period's tally of returns, a figure, no step taken
        if kind == "returns" and _RETURNS_PROCESS.search(m.group(0)) and _REPORT_ON.search(text, max(sentence[0], m.start() - 100), m.start()):
            continue  # "a report by the chief inspector on the returns process": what a report looks into, no step taken
            # (the faster returns an article tells of elsewhere are the measure, not the inspection's topic)
        if kind == "data_system" and _RECORDS_SWAPPED.fullmatch(m.group(0)) and _TO_SIGN.search(text, max(sentence[0], m.start() - 120), m.start()):
            continue  # "will travel to London to sign a memorandum on the exchange of criminal records": the planned
            # instrument's subject, no step yet (one signed is: "signed a memorandum on the exchange of criminal records")
        if _judged_more(text, m.start()):
            continue  # "a charity said faster deportations would not stop young men leaving": a view of the step (see below)
        if kind == "returns" and (_RETURNS_PROCESS.search(m.group(0)) or _SPED_UP.fullmatch(m.group(0))):
            process_named.add(_paragraph(text, m.start()))  # travel documents issued within a time are this process, if its paragraph names it (below)
            # (a promise told paragraphs later, "Iraq has promised to issue travel documents within ten days", is its own)
            # (returns told sped up, "to speed up the return of Iraqis", are the faster process named by its verb)
        if kind == "reintegration" and m.group(0).startswith("top-up") and not _for_returnees(text, sentences, sentence):
            continue  # a top-up to wages or to a phone's credit: returnees' reintegration only in a passage about them
        if kind == "reintegration" and _STAFF_PAID.match(m.group(0)) and not _FOR_RETURNEES.search(
                text, max(0, sentence[0] - _RETURNEES_BEFORE), sentence[1]):
            continue  # staff paid for are returnees' help only where the passage is about them ("pay for 200 more caseworkers
            # to clear the asylum backlog" is none)
        if kind == "reintegration" and _HELPED_COUNT.match(m.group(0)):
            continue  # "has supported 186 returnees since January": returnees already helped, counted, are a figure
        if kind == "reintegration" and _TARGET_COUNT.match(m.group(0)) and _EXPECTS_TO.search(text, max(sentence[0], m.start() - 30), m.start()):
            continue  # ... and so are those a body expects to help: "the agency aims to support about 900 returnees by 2027"
            # (its target, a figure; the programme that helps them is the measure)
        if kind == "reintegration" and _BODY_THAT.search(text, max(sentence[0], m.start() - 40), m.start()):
            continue  # "a non-governmental organisation that supports returnees": a body told by its work, no measure
        if kind in ("reintegration", "employment", "training") and (sentence in helped or _after_helped(sentences, sentence, helped)) \
                and _FORM_OF.search(text, max(sentence[0], m.start() - 80), m.start()):
            continue  # "reintegration support worth up to $2,000, in the form of a business grant or training": the forms
            # the support named before takes are that one measure
        if kind == "intelligence_sharing" and _WITH_THE_PUBLIC.match(text, m.end()):
            continue  # "Police shared information with the public": an appeal or a briefing, no sharing between forces
        grant = bool(_GRANT.search(m.group(0)))  # "reintegration grants ..., with grants of up to £2,000": one grant
        if grant and kind == "reintegration" and any(k[0] == "reintegration" for k in seen) \
                and _OTHER_LEVEL.search(text, max(sentence[0], m.start() - 15), m.start()):
            helped.add(sentence)  # ... its sentence still tells what returnees receive
            continue  # "... up to £3,000 in reintegration support. Those detained receive a smaller grant": that support
        if kind == "reintegration" and _PROGRAMME.search(m.group(0)):
            programmes.add(sentence)
        elif grant and sentence in programmes:
            continue  # "a livelihood programme ..., offering small-business grants": the programme's grants are the programme
        elif grant and sentence in reintegrating and _WITH_GRANTS.search(text, max(sentence[0], m.start() - 30), m.start()):
            continue  # "€18 million for the reintegration of returnees ..., with grants of up to €2,000": what that money pays
        if kind == "reintegration" and _REINTEGRATION_PAID.match(m.group(0)):
            reintegrating.add(sentence)
        # (the sentences before may say whom the money is for: "... helping Iraqis sent home. The money will pay for grants";
        # "40 returnees have joined the course. Most finished it. Graduates can apply for start-up grants")
        if grant and (not (_for_returnees(text, sentences, sentence) or _users_of_scheme(text, sentences, sentence, scheme_kept))
                      # (a grant named for reintegration is one whatever it paid for: "a shop paid for with the reintegration grant")
                      or _BUILT_WITH.search(text, max(sentence[0], m.start() - 40), m.start()) and not m.group(0).startswith("reintegration")) \
                or m.group(0).startswith("charter") and not (
                _DEPORTED.search(text, *sentence) or _UNDER_PACT.match(text, m.end(), sentence[1])
                # ... or run under new rules, in a passage about people returned: "Judges ruled that the Home Office can
                # return the two men. Officials expect the first charter flight under the new rules within weeks"
                or _UNDER_RULES.match(text, m.end(), sentence[1]) and _about_returns(text, sentences, sentence)
                or _RETURN_WORD.search(m.group(0)) or _TO_IRAQ.search(text, m.end(), sentence[1]) or _LEFT_FOR_IRAQ.match(text, m.end())
                or _CARRIED_BACK.match(text, m.end()) and not _REMOVAL_FLIGHT_NEXT.match(text, sentence[1])
                or _RETURNEES_ON_BOARD.match(text, m.end(), sentence[1])
                or _LANDED_IN_IRAQ.search(text, max(sentence[0], m.start() - 120), m.start())
                or _PAID_FOR.search(text, max(sentence[0], m.start() - 80), m.start()) and (
                    _IN_IRAQ_AFTER.match(text, m.end()) or _about_returns(text, sentences, sentence)
                    or _returned_next(text, sentences, sentence))
                or (_CHARTER_TO_IRAQ.search(matched, *sentence) or _COST_THE_STATE.match(text, m.end(), sentence[1])
                    or _TIMETABLED.search(text, max(sentence[0], m.start() - 30), m.start()))
                # (the passage may go on to the returns after it: "The charter flight to Erbil left Stansted with 41 on
                # board. Removals have doubled since the pact"; unless the next sentence names it a removal flight, the
                # words the measure is then told by)
                and (_about_returns(text, sentences, sentence)
                     or _removals_next(text, sentences, sentence) and not _REMOVAL_FLIGHT_NEXT.match(text, sentence[1]))
                # ... or in an article that has already named a centre or help for people sent home: "The first charter
                # flight to use the centre lands in May" (a holiday charter has no place in one; once returns flights are
                # named, one man's charter flight told after them is one of those: "he was flown home on a charter flight")
                or any(k[0] in ("reception_centre", "reintegration") for k in seen) and not any(k[0] == "returns" for k in seen)):
            continue  # a grant paying for equipment or keeping a charity going is no reintegration, a charter flight no removal
        # a measure of a kind that names one thing is the same measure when named again
        # (a flight is not the programme it serves: "The first charter flight ..., and ... £5 million for the returns programme")
        flight = kind == "returns" and bool(_FLIGHT.search(m.group(0)))
        # ... and a system of travellers' data is not the biometric one ("an advance passenger information system"), nor is a
        # link between other records ("a digital link between the two countries' immigration databases")
        # ... and a country's promise to take its people back is not the desk or flights that carry it out
        readmission = kind == "returns" and bool(_READMISSION.match(m.group(0)))
        what = "documents" if kind == "returns" and _DOCUMENTS.match(m.group(0)) else ("flights" if _FLIGHT.search(m.group(0)).group(0) == "flights" or _REGULAR.match(text, m.end()) else "flight") if flight else "readmission" if readmission else _data_kind(m.group(0)) if kind == "data_system" else ""
        if kind == "intelligence_sharing" and _TRAVELLERS_SHARED.match(m.group(0)):
            what = "travel"  # travellers' data shared is not the intelligence on the gangs told beside it
        elif kind == "intelligence_sharing" and (partner := _EXCHANGED_WITH.search(m.group(0))):
            what = "with " + partner.group(1).lower()  # an exchange told with its partner is not the sharing told bare beside it
        elif kind == "intelligence_sharing" and _FINDINGS_PASSED_ON.match(m.group(0)):
            what = "case"  # ... and so are what investigators learnt, passed on ("their findings will be passed to Interpol")
        elif kind == "intelligence_sharing" and _ONE_CASE_SHARED.search(text, m.start(), min(sentence[1], m.end() + 40)):
            what = "case"  # details of one case passed on ("shared details of the arrest with Europol") are not the standing
            # sharing a pact sets up, told beside it ("under which the two countries exchange information on smugglers")
        elif kind == "reintegration" and _COUNSELLING.match(m.group(0)):
            what = "counselling"  # beside a programme's training or grants in one sentence, a measure of its own
        elif kind == "reintegration" and m.group(0).startswith("reception"):
            what = "reception"  # ... and so is a reception centre ("€6 million for a reintegration programme, ... a reception centre")
        elif kind == "employment" and m.group(0).endswith("jobs"):
            what = "jobs"  # ... and jobs given are not the centre that trains for them ("offer 50 jobs ... a vocational training centre")
        elif kind == "employment" and _LOANS.search(m.group(0)):
            what = "loans"  # ... nor is money lent the courses its sentence offers beside it ("vocational courses, and soft loans")
        if kind == "returns" and not what and _VOLUNTARY.search(m.group(0)):
            what = "voluntary"  # a scheme people leave under of their own accord is not the process that returns the others
        elif kind == "returns" and not what and _ENFORCED.match(m.group(0)):
            what = "enforced"  # ... nor are the removals of those who would not go ("Enforced removals go by charter")
        elif kind == "returns" and not what and _RETURNS_PROGRAMME.match(m.group(0)):
            what = "programme"  # ... nor is a programme money pays for ("to speed up returns" ... "£3m for a returns programme")
        if kind == "returns" and _DEFINITE.search(text, max(sentence[0], m.start() - 5), m.start()) and any(
                told.endswith(" " + m.group(0).lower()) for told in returns_told):
            continue  # "the voluntary returns scheme" ... "told me about the returns scheme": the one named before, by its last words
        elif kind == "returns" and _BARE_RETURNS.fullmatch(m.group(0)) and any(k[0] == "returns" for k in seen):
            continue  # "the returns programme ... a ruling that returns to the Kurdistan Region were safe": returns in general
        if kind == "communications_campaign" and m.group(0).endswith(_TALKS) and not m.group(0).lower().startswith("awareness"):
            what = "talks"  # talks funded in schools are not the media campaign told beside them ("will also fund ... sessions")
        elif kind == "communications_campaign" and _NEW_CAMPAIGN.search(text, max(sentence[0], m.start() - 40), m.start()):
            # a campaign told as new, in other words than one named before ("a new awareness campaign in schools" ... "A
            # British-funded information campaign on TikTok"), is another campaign; the same words are the same one
            what = re.sub(r"\W+", " ", m.group(0).lower()).strip()
        elif kind == "communications_campaign" and _DEFINITE.search(text, max(sentence[0], m.start() - 5), m.start()) \
                and (kind, words := re.sub(r"\W+", " ", m.group(0).lower()).strip(), False) in seen:
            what = words  # "Run an information campaign ..." ... "£1.1 million will pay for the information campaign": that one
        if kind == "communications_campaign" and _CAMPAIGN_NAMED.match(m.group(0)) \
                and _THE_ONE.search(text, max(sentence[0], m.start() - 5), m.start()) \
                and any(k[0] == "communications_campaign" for k in seen):
            continue  # "launched a campaign against ... The campaign, called \"Safe Home\", is funded by ...": its name, told of it
        if kind in _ANOTHER_KINDS and _ANOTHER_ONE.search(text, max(sentence[0], m.start() - 12), m.start()):
            what = "another"  # "£750,000 for a second joint investigation team": not the team named before
        if kind == "hotline" and ((number := _LINE_NUMBER.match(text, m.end()))
                                  or (number := _NUMBER_THEN_LINE.search(text, max(sentence[0], m.start() - 60), m.start()))):
            what = re.sub(r"\D", "", number.group(1))  # two lines given with two numbers are two measures
            if m.group(0).lower() in ("hotline", "helpline") and any(k[0] == "hotline" for k in seen) \
                    and _DEFINITE.search(text, max(sentence[0], m.start() - 4), m.start()) and _told_before(text, what, m.start()):
                continue  # "a free hotline, 5050, for families ... Call the hotline on 5050": the line told before, its number again
        elif kind == "hotline" and m.group(0).lower() in ("hotline", "helpline") and any(k[0] == "hotline" for k in seen) \
                and _DEFINITE.search(text, max(sentence[0], m.start() - 4), m.start()):
            continue  # "call the ministry's hotline on 0750 ... The hotline, set up in March, ...": the line told before
        if kind == "hotline" and _FIRMS_LINE.search(text, max(sentence[0], m.start() - 30), m.end()):
            continue  # "call the airline's information line": a firm's line for its customers, no hotline set up
        if kind == "hotline" and (name := _LINE_NAME.search(text, max(sentence[0], m.end() - 80), m.end())):
            words = re.sub(r"\W+", " ", name.group(0).lower()).strip()  # however it is told: "a caller to", "ring the"
            if lines.setdefault(words, what) != what and "" in (what, lines[words]):
                continue  # "a caller to the X Helpline" ... "can call the X Helpline on 0800 ...": one line, its number told once
        if kind == "liaison_officer":
            # officers of another agency, or posted elsewhere, are another measure: "embedded NCA officers in Erbil ...
            # a Frontex plan to post a liaison officer"; the same officers named again are the same
            post = _posting(text, m, sentence)
            if _ITS_OFFICER.match(m.group(0)) and not post[0] and (named := _AGENCY.findall(text, _sentence_before(sentences, sentence), m.start())):
                # "its officer in Erbil": the agency "its" stands for, named just before, says whose posting it is
                agency = _AGENCY_ALIASES.get(named[-1].lower(), named[-1].lower())
                post = agency, post[1], post[2] or _SENDER_COUNTRY.get(agency, "")
            if not post[2] and _PLACED_FROM_IRAQ.match(m.group(0)):
                post = post[0], post[1], "iraq"  # "place six Iraqi investigators in UK forces": Iraq sends them
            if _LENT_TO_CELL.search(m.group(0)):
                post = "lent to a cell", post[1], post[2]  # no agency's officers posted abroad told beside them
            what = str(next((i for i, p in enumerate(postings) if _same_posting(p, post)), len(postings)))
            if _ORDINAL_ALONE.match(m.group(0)) and not _OFFICERS_BEFORE.search(text, _sentence_before(sentences, sentence), m.start()):
                # (in its sentence or the one before: "An NCA officer works in Basra. A second is due to start in Erbil")
                continue  # "a second is due to arrive" tells nothing of officers unless they are named before it
            if _POST_SET_OFF.search(m.group(0)) and not _OFFICERS_BEFORE.search(text, _sentence_before(sentences, sentence), m.start()):
                continue  # "a fourth post, in Erbil" is an officer's post only after officers posted are told ("a second post, in Mosul" may be an army's)
            if _ORDINAL_ALONE.match(m.group(0)) or _FURTHER_POST.match(m.group(0)) or _MORE_OFFICERS.match(m.group(0)) \
                    or _FURTHER_OFFICER.search(text, max(sentence[0], m.start() - 16), m.end()):
                # "added a second post in Erbil": its word says it is another
                # ... and so does the ordinal before the officer's kind: "post a fourth police liaison officer to Basra"
                what = str(len(postings))
            elif " already " in m.group(0) and (_MORE_OFFICERS.search(text, sentence[0], m.start())
                                                 or _FURTHER_OFFICER.search(text, sentence[0], m.start())):
                # the officer "already" posted, told after further ones in its sentence ("post two more officers to
                # Baghdad, joining the officer already based at the embassy"), is the posting there before them: another
                what = str(len(postings))
        # things named with "such" are the kind told before, counted again ("a thermal scanner ... paid for two such
        # scanners"): no measure of their own
        if kind == "equipment" and text.find(" such ", max(sentence[0], m.start() - 30), m.start()) >= 0 \
                and _SUCH_BEFORE.search(text, max(sentence[0], m.start() - 30), m.start()):
            continue
        # equipment counted ("eight fast patrol boats") is the exact mention of the kind named bare ("patrol boats")
        counted = kind == "equipment" and bool(_COUNT_BEFORE.search(text, max(sentence[0], m.start() - 40), m.start()))
        # a new offence named again with or without its "criminal" ("a new criminal offence of supplying engines" ... "create a
        # new offence of supplying engines"): the same crime, told by the deed it punishes
        crime = _NEW_OFFENCE.search(m.group(0)) if kind == "legal_reform" else None
        if kind == "legal_reform" and not crime and (" offence" in m.group(0) or " crime" in m.group(0)):
            crime = _OFFENCE_TO_DO.search(m.group(0)) or _DEED_OPENS.match(text, sentence[0])
        key = (kind, what if kind in _ONE_OF_A_KIND else "offence of " + _gerund(crime.group(1).lower()) if crime
               else re.sub(r"\W+", " ", m.group(0).lower()).strip(), counted)
        if counted and _MORE_COUNTED.search(text, max(sentence[0], m.start() - 40), m.start()) \
                or kind == "equipment" and _ANOTHER_ONE.search(text, max(sentence[0], m.start() - 12), m.start()):
            # "two X-ray scanners at Safwan ... four more scanners at Umm Qasr": a further batch, another measure
            # ... and so is a further facility told with its ordinal ("opened a forensics lab ... a second lab will open in Basra")
            key = (*key, "more")
        if kind == "reintegration" and what == "reception" and ("reception_centre", key[1], counted) in seen:
            continue  # "taken to a reception centre run by the KRG ... At the reception centre each returnee": the same centre
        desc = _description(text, m.start(), m.end(), sentence)
        # training named bare ("specialist training") unless its clause says who is trained ("training in ... for 320 officers")
        # ... or what it teaches ("training in detecting forged documents": a course told exactly, whoever takes it)
        bare = kind == "training" and bool(_BARE_TRAINING.fullmatch(m.group(0))) and not _STAFF_RE.search(text, *desc) \
            and not _TRAINING_SUBJECT.match(text, m.end()) and not _TRAINING_DONOR.match(text, m.end())
        # one of a kind a sentence, but a grant to returnees beside the programme paying it ("centres ..., offering start-up grants")
        # ... and trainers at work there and the courses officers completed are two
        # ... and so are two lines given with their numbers ("contact Crimestoppers on 0800 ... or the Modern Slavery Helpline on 08000 ...")
        # ... and so are two postings told apart by agency, place or sender ("two NCA officers to the ministry in Baghdad, and that
        # an Iraqi liaison officer will join the Home Office in London")
        # ... and so is a programme paid for by a donor its words name beside another's support ("Returnees from the UK receive
        # ... reintegration support, ... while those returning from EU member states receive ... under an EU-funded
        # reintegration programme")
        if kind == "reintegration" and _FUNDED_BY.search(text, max(sentence[0], m.start() - 30), m.start()):
            what = what or "funded"
        # ... and so is a programme told by the organisation that runs it after the package a returnee receives ("may receive a
        # reintegration package ..., and the UK funds reintegration projects run by the IOM"; told first, what it offers after
        # it is the programme's)
        elif kind == "reintegration" and _PROGRAMME.search(m.group(0)) and _RUN_BY_AFTER.match(text, m.end(), sentence[1]) \
                and any(len(h) > 3 and h[0] == "reintegration" and h[1] == sentence for h in seen):
            what = what or "run"
        if kind == "reintegration":
            helped.add(sentence)
        elif kind == "sanctions":
            what = m.group(0)[-6:]  # an asset freeze and a travel ban told in two clauses are two sanctions ("... freeze, and ... ban")
        here = (kind, sentence, grant, what if flight or what in ("documents", "counselling", "reception", "funded", "run", "jobs", "loans") or kind in ("hotline", "liaison_officer", "sanctions") else flight,
                # ... and so is a further course told after the training given ("120 officers have completed training ...,
                # and a second course for 60 officers is due to begin")
                # ... or a further group of trainees told after those trained ("14 officers were trained in May, and a
                # second group of 20 will begin training in June")
                kind == "training" and ("trainers" in m.group(0) or m.group(0).startswith("course")
                                        and bool(_FURTHER_COURSE.search(text, max(sentence[0], m.start() - 20), m.start()))
                                        # (the ordinal inside the match: "... and a further course for Mosul is planned")
                                        or bool(_ORDINAL_COURSE.match(m.group(0)))
                                        or bool(_FURTHER_GROUP.search(text, max(sentence[0], m.start() - 70), m.start()))
                                        or bool(_FURTHER_TRAINEES.search(text, max(sentence[0], m.start() - 40), m.start()))),
                # ... and so are a facility built and devices given, or equipment extended to another place, in one sentence
                # ... or equipment a further sum pays for ("installed four scanners last year, and plans to spend a further
                # €1.8 million on CO2 detectors")
                # ... or equipment told in a further reported clause ("said the wall was 92 percent complete and that 18 new
                # towers had been put into service": two things said, two measures)
                # ... and so are a fence or wall and the devices told watching it ("the fence ... is now watched by 620
                # cameras"; not listed with it: "a new fence and cameras" is one)
                kind == "equipment" and ("site" if _FIXTURE.search(m.group(0)) else "extended" if _EXTENDED.match(m.group(0))
                                         else "watching" if _WATCHING_BY.search(text, max(sentence[0], m.start() - 40), m.start())
                                         else "further" if _FURTHER_SUM.search(text, max(sentence[0], m.start() - 40), m.start())
                                         else f"said {said}" if (said := text.count(" and that ", sentence[0], m.start()))
                                         # ... or in a further clause with a finishing verb of its own ("finished a fence in
                                         # 2022, and last year completed a network of cameras": two works, two measures)
                                         else f"clause {done}" if (done := len(_FURTHER_WORK.findall(text, sentence[0], m.start())))
                                         else ""))
        # training named bare first in a sentence ("Training has been generous: 520 officers have passed through courses")
        # gives way to the training the sentence says more of
        replaced = here in bare_at and not bare and key not in seen
        # ... and so does training told as what a sum paid for ("£4.2 million has gone on equipment and training for border
        # forces") to the staff the same sentence counts as trained ("and 310 officers have been trained in ..."): the sum
        # is the measure's cost, the count the measure told exactly
        trained = _COUNTED_TRAINED.search(text, max(sentence[0], m.start() - 50), m.start()) \
            if kind == "training" and here in paid_at and not bare else None
        counted_over = trained is not None
        if trained:
            desc = trained.start(), desc[1]  # who were trained is part of what it is
        # ... and so are the staff a passive training tells as trained, counted as its subject with where they serve: "a
        # course in which 30 guards from the northern crossings were trained by Dutch experts"
        if kind == "training" and _PASSIVE_TRAINED.match(m.group(0)) \
                and (trained := _COUNTED_SUBJECT.search(text, max(sentence[0], m.start() - 130), m.start())):
            desc = min(desc[0], trained.start()), desc[1]
        # officers told in the article's opening only as posted ("will post an officer to Baghdad") give way to the same
        # posting named as liaison officers after it ("will station a police liaison officer in Baghdad"): the opening sums up
        exact_posting = kind == "liaison_officer" and what in loose_at and "liaison" in m.group(0).lower()
        # ... and so does a grant told there with no sum ("Now, with a reintegration grant, he bakes bread") to the same grant
        # told in the body with its sum ("he received a reintegration grant of £2,000")
        exact_grant = grant and key in loose_grants and bool(_GRANT_SUM.match(text, m.end()))
        process = kind == "returns" and sped_up is not None and key == sped_up[1] and bool(_RETURNS_PROCESS.search(m.group(0))) \
            and not _MEET_TO_REVIEW.search(text, sentence[0], m.start())
        # ... and so does sharing told there ("as the two countries agree to share financial intelligence") to the same
        # sharing told in the body, where who swaps what is said ("the two units will exchange suspicious activity reports")
        # (only sharing the opening tells as agreed or to come: sharing acted on there, "acting on intelligence shared by
        # the NCA, officers stopped the lorry", is its own)
        exact_sharing = kind == "intelligence_sharing" and loose_sharing is not None and key in seen \
            and sentence[0] >= (opening or 0)
        # training told of a course or trainees the article has named, referred back to as the sentence's subject ("the
        # course, worth £2m, has trained 40 officers so far", "said the new officers would be trained by ..."): the
        # training told before, said more of (a further course or group is caught above by its ordinal)
        # ... or of the course named with "the" as what trainees completed ("said 85 officers had completed the course"): the
        # training told before, its trainees counted
        told_again = kind == "training" and not bare and any(c.values["measure_type"] == "training" for c, *_ in out) \
            and bool(_TRAINING_REFERRED.search(text, max(sentence[0], m.start() - 60), m.start())
                     or _COMPLETED_THE.match(m.group(0))
                     or _TRAINING_SUBJECT_VERB.match(text, m.start()) and _TRAINING_AGAIN.search(text, max(sentence[0], m.start() - 12), m.start()))
        if told_again or not replaced and not counted_over and not process and not exact_posting and not exact_grant \
                and not exact_sharing and ((key in seen and not bare) or here in seen):
            if (apposed := _APPOSITIVE.search(text, max(sentence[0], m.start() - 40), m.start())) and not bare:
                # "A charter flight carrying 41 men landed in Erbil, the first returns flight of the year": the measure
                # named again in apposition is part of what it is
                for cand, *_ in out:
                    if cand.values["measure_type"] == kind and cand.spans["description"][1] == apposed.start():
                        cand.spans["description"] = cand.spans["description"][0], _description(text, m.start(), m.end(), sentence)[1]
                        cand.start, cand.end = clause_around(text, sentence, *cand.spans["description"])
                        break
            continue
        seen.update({here} if bare else {key, here})  # a bare one's wording is settled below
        if kind == "returns":
            returns_told.append(m.group(0).lower())
        if kind == "liaison_officer" and what == str(len(postings)):
            postings.append(post)
            if "liaison" not in m.group(0).lower():
                opening = _opening_end(text) if opening is None else opening
                # ... and so does an officer named only as whom information went to ("shared with the NCA's officer in
                # Erbil"): the posting itself, told with "liaison" after it, is the measure
                if sentence[0] < opening or _SENT_TO_OFFICER.search(text, max(sentence[0], m.start() - 20), m.start()):
                    loose_at[what] = len(out)
            elif _HELD_BY_NAMED.search(text, max(sentence[0], m.start() - 60), m.start()):
                # a posting told only as the post a named person holds ("says Hale, 47, the NCA's senior liaison officer
                # in Iraq") gives way to the posting itself told after it ("the agency has kept a liaison officer in
                # Baghdad since 2019"): that is the measure, told with its place
                loose_at[what] = len(out)
        if kind == "intelligence_sharing" and not exact_sharing:
            opening = _opening_end(text) if opening is None else opening
            if sentence[0] < opening and _PROMISED.search(text, max(sentence[0], m.start() - 30), m.start()):
                loose_sharing = len(out)
        if kind == "reintegration" and grant and not exact_grant and not _GRANT_SUM.match(text, m.end()):
            opening = _opening_end(text) if opening is None else opening
            if sentence[0] < opening:
                loose_grants[key] = len(out)
        if kind == "hotline":
            desc = _hotline(text, m, desc, sentence)
        if kind == "equipment":
            desc = desc[0], _items_end(text, m.end(), desc[1])
            if (said_too := text.find(" and that ", m.end(), desc[1])) != -1:
                desc = desc[0], said_too  # "said the wall was 92 percent complete and that 18 towers ...": the next thing said
            if _GENERIC_EQUIPMENT.fullmatch(m.group(0)) and (items := _ITEMS_LISTED.match(text, desc[1], sentence[1])):
                # ... and equipment told by whom it is for runs on over the items it lists: "equipment for the coastguard,
                # including 12 radars and four boats" (the items are what was given, part of the one measure)
                desc = desc[0], _items_end(text, items.end(), _description(text, items.end(), items.end(), sentence)[1])
        told_at = sentence
        if kind == "equipment" and (head := _BARRIER_WORD.search(m.group(0))) and (first := barriers.get(head.group(0))) \
                and _BARRIER_AGAIN.fullmatch(m.group(0)) and _THE_BARRIER.search(text, max(sentence[0], m.start() - 30), m.start()):
            # a barrier told built or raised ("The 175-kilometre fence, first built in 2015 and raised ...") that the body
            # named before only as a scene ("a gang that cut holes in the border fence"): a measure is listed at its first
            # mention in the body (tests/articles/README.md); not a new one ("will spend €4.2 million on a new fence"), nor a
            # length of it built ("has built 182 kilometers of the wall"), a measure of its own
            told_at = first[2]
            desc = _description(text, first[0], first[1], told_at)
        if kind == "reception_centre" and (name := _NAMED_CENTRE.search(text, max(sentence[0], m.start() - 40), m.start())):
            desc = name.start("name"), desc[1]  # "the San Marco reception centre": its name is part of what it is
        elif kind == "reception_centre" and (makeshift := _MAKESHIFT.search(text, max(sentence[0], m.start() - 14), m.start())):
            desc = makeshift.start(), desc[1]  # "a temporary reception centre": what kind of centre it is, part of it too
        cand = Candidate("measures", 0, 0, {"measure_type": kind}, {"description": desc})
        cand.start, cand.end = clause_around(text, told_at, *desc)
        how = "counted" if counted else "adverb" if kind == "returns" and _ADVERB.search(m.group(0)) else \
            "documents" if what == "documents" else \
            "received" if grant and _RECEIVED_BEFORE.search(text, max(sentence[0], m.start() - 40), m.start()) \
            and not _GRANT_TERMS.match(text, m.end()) else ""
        found = (cand, key if bare else None, _paragraph(text, m.start()), m.group(0) if kind == "equipment" else "", how)
        if replaced:
            out[bare_at.pop(here)] = found
            continue
        if counted_over:
            out[paid_at.pop(here)] = found
            continue
        if exact_posting:
            out[loose_at.pop(what)] = found
            continue
        if exact_grant:
            out[loose_grants.pop(key)] = found
            continue
        if exact_sharing and loose_sharing is not None:
            out[loose_sharing], loose_sharing = found, None
            continue
        if process and sped_up:
            out[sped_up[0]], sped_up = found, None
            continue
        if kind == "returns" and sped_up is None and _SPED_UP.fullmatch(m.group(0)):
            sped_up = (len(out), key)
        if bare:
            bare_at[here] = len(out)
        elif kind == "training" and _PAID_FOR.search(text, max(sentence[0], m.start() - 60), m.start()):
            paid_at[here] = len(out)
        if kind in ("reintegration", "employment") and _FOR_RETURNEES.search(text, *sentence):
            scheme_kept = True
            if not centre_kind and _CENTRE_WORD.search(m.group(0)):
                centre_kind = kind
        out.append(found)
    out.sort(key=lambda found: found[0].start)
    # "£500,000 for training and equipment. About 300 officers will be trained": one training, the one saying who, and so is
    # training named bare after a training that says who ("training for border guards ... £3m for training") or in the
    # article's opening, which sums up what its body tells exactly ("will receive specialist training ... - training for 320
    # border officers"; a bare training in the body beside a different one that says who is a measure of its own)
    specific = [(para, cand.start) for cand, bare, para, *_ in out if cand.values["measure_type"] == "training" and not bare]
    first = min((start for _, start in specific), default=len(text))
    opening = _opening_end(text) if specific else 0
    # equipment named bare ("new scanners", "will receive patrol boats") where the article names the same kind more exactly
    # ("20 fingerprint scanners", "eight fast patrol boats") is that equipment
    exact = {words.split()[-1].lower() for *_, words, _ in out if words and not _BARE_EQUIPMENT.fullmatch(words)}
    counted = [(words.lower(), _modifier(text, cand)) for cand, *_, words, how in out if how == "counted"]
    # ... and equipment named bare beside training ("£800,000 for equipment and training") is the equipment the article
    # names as things, if it does ("eight new vehicle scanners")
    named_equipment = any(words and words != "equipment" for *_, words, _ in out)
    # returns told only by an adverb ("will be returned faster") are the returns the article names otherwise ("a returns
    # flight twice a month"), if it does
    named_returns = any(cand.values["measure_type"] == "returns" and how != "adverb" for cand, *_, how in out)
    kept = []
    for cand, bare, para, words, how in out:
        if bare and (bare in seen or cand.start > first or cand.start < opening or any(p == para for p, _ in specific)):
            continue
        # ... and so is "the training" anywhere: the definite article points at a training the reader is told of ("we give
        # the guards the tools, the training and the data" ... "train 1,400 border guards"), not a new one
        if bare and specific and _DEFINITE.search(text, max(0, cand.spans["description"][0] - 5), cand.spans["description"][0]):
            continue
        # ... and so is one a speaker names in passing, quoted ("We are putting British money behind Iraqi jobs, Iraqi
        # training and an Iraqi welcome"): a quote sums up, as the opening does
        if bare and specific and _QUOTE_OPENS.match(text, sentence_at(sentences, cand.start)[0]):
            continue
        if how == "adverb" and named_returns or how == "documents" and para in process_named:
            continue
        if how == "received" and programmes and (any(_paragraph(text, s) == para for s, _ in programmes)
                                                  or _THE_PROGRAMME.search(text, *sentence_at(sentences, cand.start))):
            continue  # "He received a grant worth $3,500", "860 returnees have received grants": the programme's grants, paid out  # ... and travel documents issued within a time are the faster returns process the article names
            # (when its paragraph names the programme or its sentence refers to it, "since the programme began"; a grant a
            # returnee was given in a passage of its own, "went home under the voluntary returns scheme. He received a grant
            # of £2,000", is told for itself)
        # ... but a counted one is exact itself ("18 vehicle scanners" beside "body scanners"), and only the same words are
        # the same equipment ("patrol boats" of "eight fast patrol boats", not "body scanners" of "18 ... scanners")
        # (and so are they counted after "the": "The four scanners were supplied under a contract" counts the lot told before)
        if words and _BARE_EQUIPMENT.fullmatch(words) and (how != "counted" and _DEFINITE.search(
                text, max(0, cand.spans["description"][0] - 4), cand.spans["description"][0]) or how == "counted" and _THE_COUNTED.search(
                text, max(0, cand.spans["description"][0] - 16), cand.spans["description"][0])) and any(
                re.search(rf"\b{re.escape(words)}\b", text[slice(*k.spans["description"])]) for k in kept
                if k.values["measure_type"] == "equipment"):
            continue  # "The scanners were supplied by ...": the items a measure told before listed, named again
        if words in _LAB and "laboratory" in exact and _DEFINITE.search(text, max(0, cand.spans["description"][0] - 5), cand.spans["description"][0]):
            continue  # "the document-examination laboratory opened in March ... paid £420,000 for the lab": the one named, whatever paid
        # (not a further one told with its ordinal: "a forensics laboratory ... a second laboratory will open in Basra")
        if words and how != "counted" and (_BARE_EQUIPMENT.fullmatch(words) and words.split()[-1].lower() in exact
                                           and not _ANOTHER_ONE.search(text, max(0, cand.spans["description"][0] - 12),
                                                                       cand.spans["description"][0])
                                           or words == "equipment" and named_equipment
                                           or any(c.endswith(re.sub(r"^new ", "", words.lower()))
                                                  # ... unless each says its own kind: "long-range drones" are not "18
                                                  # smaller drones" (another lot, another craft)
                                                  # (a compound tells a kind, a bare word may be a verb's: "get drones")
                                                  and not ("-" in mod and c_mod and mod != c_mod)
                                                  for c, c_mod in counted for mod in (_modifier(text, cand),)))\
                and not (how != "counted" and counted and _BEING_INSTALLED.match(text, cand.spans["description"][0] + len(words))):
            continue
            # (but equipment told being put up is that work, a measure of its own beside the lot counted: "thermal cameras
            # began to be installed on the towers" ... "£2m covering 30 thermal cameras")
        seen.add(bare)
        kept.append(cand)
    bare_equipment = [cand for cand, *_, words, _ in out if words == "equipment" and cand in kept]
    kept += _named_by_head(text, folded, sentences, kept, worded, scheme_kept)
    # a campaign the opening tells ("A Home Office campaign ... has been viewed 14 million times") gives way to the campaign
    # the body names as the one ("The £2.2 million social media campaign ..."): as with postings and grants told there,
    # the opening sums it up, however new its "a" makes it sound (a bare "The campaign, called ..." only refers back to it)
    if sum(c.values["measure_type"] == "communications_campaign" for c in kept) > 1:
        body_at = _opening_end(text)
        if any(k.values["measure_type"] == "communications_campaign" and k.start >= body_at
               and not text.startswith(("campaign", "Campaign"), k.spans["description"][0])
               and _THE_CAMPAIGN.search(text, max(0, k.spans["description"][0] - 40), k.spans["description"][0]) for k in kept):
            kept = [c for c in kept if c.values["measure_type"] != "communications_campaign" or c.start >= body_at]
    if bare_equipment and len([c for c in kept if c.values["measure_type"] == "equipment"]) > len(bare_equipment):
        kept = [c for c in kept if c not in bare_equipment]  # ... named as things by their noun alone ("20 passport scanners")
    # training an academy named before gives, told of it again, is the academy's, no measure of its own: "the academy will train
    # 500 officers a year", "Recruits take a 12-week course in ..." (its curriculum; the academy's opening is the measure)
    if "cadem" in text or "ollege" in text:
        named = _ACADEMY.search(text)
        kept = [c for c in kept if not (named and c.values["measure_type"] == "training" and c.spans["description"][0] > named.end()
                                        and (sentence := sentence_at(sentences, c.start) if sentences else None)
                                        and (_ACADEMY_TRAINS.search(text, max(sentence[0], c.spans["description"][0] - 60),
                                                                    c.spans["description"][0])
                                             # ... or told of the academy as its sentence's subject ("The academy, built on
                                             # ..., will graduate its first class after a twelve-month course")
                                             # (named before it: "The academy runs courses ..." alone is the measure)
                                             or sentence[0] >= named.end() and _ACADEMY_SUBJECT.match(text, sentence[0])))]
    # what a measure named before holds, told after it again with "which": "has paid for the campaign, which includes posters
    # and radio spots" (its contents, no measure of its own)
    kept = [c for c in kept if not (_HOLDS.match(text, c.spans["description"][0])
                                    and (back := _WHICH_BACK.search(text, max(0, c.spans["description"][0] - 40), c.spans["description"][0]))
                                    and text.find(back.group(1), 0, back.start()) >= 0)]
    # what a centre or campaign named before offers, told with it as its sentence's subject: "The clinic, opened last year,
    # will offer courses in ...", "The campaign will put up 2,000 leaflets" (its contents, no measure of its own; "The
    # clinic also runs a hotline" is one, and so is what a programme or scheme offers: grants, training, counselling)
    if len(kept) > 1:
        kept = [c for c in kept if not ((sentence := sentence_at(sentences, c.start) if sentences else None)
                                        and (subject := _REFERRED_OFFERS.match(text, sentence[0], c.spans["description"][0]))
                                        and any(k.start < sentence[0] and subject.group(1) in text[slice(*k.spans["description"])]
                                                for k in kept))]
    # a grant paid under a returns programme that frames its sentence is the programme's, one measure: "Under the voluntary
    # return scheme run with the IOM, each family receives a grant of up to €2,000" (a grant told on its own is one)
    framed = [c for c in kept if c.values["measure_type"] == "returns" and _RETURNS_PROGRAMME.search(text, *c.spans["description"])]
    if framed:
        paid = []
        for c in kept:
            if c.values["measure_type"] == "reintegration" and _PAID_OUT.match(text, c.spans["description"][0]):
                sentence = sentence_at(sentences, c.start) if sentences else None
                frame = sentence and _FRAME.match(text, sentence[0], c.spans["description"][0])
                if frame and any(frame.start() <= r.spans["description"][0] < frame.end() for r in framed):
                    paid.append(c)
        kept = [c for c in kept if c not in paid]
    # the model's clauses: none a rule above judged (a measure kept, or one left out as recommended, told before,
    # a tourist's flight ...), nor any in a sentence that tells no measure taken
    judged = [c.spans["description"] for c in kept] + worded
    # ... nor the frame that opens a measure's sentence: "Under its working arrangement with the United Kingdom, Frontex
    # exchanges risk analysis with ..." (the arrangement is the agreement's, the measure is what follows)
    for c in kept:
        sentence = sentence_at(sentences, c.start) if sentences else None
        if sentence and (frame := _FRAME.match(text, sentence[0], c.spans["description"][0])):
            judged.append((sentence[0], frame.end()))
        # ... nor the relative clause that goes on about it: "a shared alerts database, which officers ... will use to warn"
        # (or its participle aside: "a new fingerprint register, shared between the two police forces, opens in May")
        # (or who staffs or runs it now: "a joint intelligence cell in Tirana, now staffed by four officers and ...")
        if sentence and (relative := _RELATIVE_AFTER.match(text, c.spans["description"][1], sentence[1])
                         or _STAFFED_ASIDE.match(text, c.spans["description"][1], sentence[1])):
            stop = _CLAUSE.search(text, relative.end(), sentence[1])
            judged.append((relative.start(), stop.start() if stop else sentence[1]))
    model = model_candidates(text, folded, sentences, judged, _HEAD_KIND, _tells_none)
    # ... nor a clause about a measure kept before it, referred back to as its subject: "The campaign also receives
    # £180,000 from the consulate" (what is said of it, no new measure)
    # ... nor an item of a list of a plan's headings: "over five axes: prevention, ..., and the return of victims"
    model = [c for c in model if not _PARTS_LISTED.search(text, max(0, c.spans["description"][0] - 200), c.spans["description"][0])]
    # ... nor the rest of a list of places that a kept measure's clause began: "internships for 300 graduates in Basra,
    # Najaf and Kut would start in May" (its predicate, no measure of its own)
    ends = {k.spans["description"][1] for k in kept if _NAME_BEFORE_COMMA.search(text, max(0, k.spans["description"][1] - 40),
                                                                                 k.spans["description"][1] + 1)}
    model = [c for c in model if not (c.spans["description"][0] - 2 in ends and (_PLACES_TAIL.match(text, c.spans["description"][0])
                                                                              or _NAMED_PLACES_TAIL.match(text, c.spans["description"][0])))]
    # ... nor an aside after a comma that only tells whom the subject works with, or what a campaign named before warns
    # of: "Customs officers, acting with the coastguard, seized ...", "a radio campaign, urging parents not to pay" (how
    # something is done, no measure of its own; a clause naming a measure noun has a kind, not "TODO")
    model = [c for c in model if not (c.values["measure_type"] == "TODO" and _AFTER_COMMA.search(text, max(0, c.spans["description"][0] - 3),
                                                                                                c.spans["description"][0])
                                      and _HOW_ASIDE.match(text, c.spans["description"][0]))]
    model = [c for c in model if not ((back := _REFERRED_SUBJECT.match(text, c.spans["description"][0]))
                                      and any(k.values["measure_type"] == _HEAD_KIND.get(back.group(1).lower()) and k.start < c.start
                                              for k in kept))]
    # ... nor a clause that tells what the measure before it replaces: "new radars went into service, replacing equipment
    # bought in 2009" (the old kit retired, no step taken)
    model = [c for c in model if not _REPLACING.match(text, c.spans["description"][0])]
    # ... nor a clause that frames the step told before it as part of a campaign, when a campaign is kept before it: "has put
    # up posters in every school, in a campaign teachers hope will reach parents" (the campaign those posters make, told again)
    model = [c for c in model if not (c.values["measure_type"] == "communications_campaign"
                                      and _CAMPAIGN_FRAME.match(text, c.spans["description"][0])
                                      and any(k.values["measure_type"] == "communications_campaign" and k.start <= c.start
                                              for k in kept))]
    # ... nor a clause (of no measure noun) telling something other than a step taken (see _told_of_no_step)
    model = [c for c in model if not (c.values["measure_type"] == "TODO" and _told_of_no_step(text, c))]
    # ... nor what staff can now do, told before the equipment its sentence names as what lets them: "Jordanian guards can
    # now read passports at six crossings, using scanners paid for by Britain" (the scanners are the measure)
    model = [c for c in model if not (c.values["measure_type"] == "TODO" and _STAFF_NOW_DO.match(text, c.spans["description"][0])
                                      and any(k.values["measure_type"] == "equipment" and c.spans["description"][1] <= k.spans["description"][0] < sentence_at(sentences, c.start)[1]
                                              for k in kept))]
    # ... nor teams named only as those the subject works alongside: "Iraqi officers have been working with British teams since
    # May" (the other side's staff, no team set up; "a new joint team" is one)
    model = [c for c in model if not (c.values["measure_type"] == "task_force"
                                      and _WORKS_WITH_TEAMS.search(text, c.spans["description"][0], c.spans["description"][1]))]
    # a measure whose words lie inside another measure's words, told as what that one goes through or links, is a part of
    # it, no measure of its own: "reintegration support through the Home Office's Voluntary Returns Scheme" (the scheme that
    # pays it), "a data-sharing system linking border posts with ..." (the places it links); not an item joined to it ("a
    # course for 80 coastguards and 12 patrol boats": two)
    found = kept + model
    spans = [c.spans["description"] for c in found]
    found = [c for c, (lo, hi) in zip(found, spans)
             if not any(a <= lo and hi <= b and (a, b) != (lo, hi) and _PART_LINK.search(text, max(a, lo - 60), lo) for a, b in spans)]
    # information one case got from the other side ("the case relied on information passed on by Iraqi authorities",
    # "Information supplied by Iraq's ... Office helped investigators") is no measure when its paragraph goes on to the
    # exchange it came under ("... have exchanged financial intelligence on 40 suspects"; or shared): the exchange is the measure
    # (told alone, "information passed on by the NCA's liaison officer led police to two men" is the sharing itself)
    # (the model's clause given way to the exchange proposed after it; a rule's match, in the loop above)
    found = [c for c in found if not ((at := _case_information(text, *c.spans["description"])) >= 0
                                      and any(k.spans["description"][0] <= at < k.spans["description"][1] for k in found))]
    # a measure named only by more of it, as what a speaker judges it would do: 'a charity said tougher checks would only
    # push people to sea', '"Faster deportations mean nothing," she said' (a view of the step, told where the article
    # tells it; no step of its own)
    found = [c for c in found if not _judged_more(text, c.spans["description"][0])]
    # a step named only as lacking ("over what Brussels calls insufficient cooperation on returns", "a lack of joint
    # patrols"): its absence is told, no step taken
    found = [c for c in found if not _LACKING_BEFORE.search(text, max(0, c.spans["description"][0] - 20), c.spans["description"][0])]
    return sorted(found, key=lambda c: c.start)


_EXISTING_SHELTER = re.compile(r"(?:existing|original|first) (?:shelter|safe ?house|refuge)$")
_FURTHER_SHELTER_BEFORE = re.compile(r"\b(?:second|third|fourth|fifth|another|further|new) (?:shelter|safe ?house|refuge)s? for "
                                     r"(?:trafficking |trafficked |the )?(?:victims|survivors)\b|\b(?:second|third|another|further) "
                                     r"(?:shelter|safe ?house|refuge)\b")
_LACKING_BEFORE = re.compile(r"\b(?:insufficient|inadequate|poor|too little|(?:a|the) lack of|(?:an|the) absence of) $")


# (only the records named alone: a planned memorandum's "exchange of criminal records data" is the data system named in full)
# what investigators learnt, told as passed on (see intelligence_sharing): one case's, not a standing exchange
_FINDINGS_PASSED_ON = re.compile(r"(?:findings|information|intelligence|evidence|details)(?: \w+)? (?:(?:will|would) be|(?:is|are|was|were)(?: being)?|"
                                 r"(?:has|have) been) (?:passed|handed|forwarded|sent|shared)\b")
_RECORDS_SWAPPED = re.compile(r"(?:exchange|sharing|swapping|pooling) of (?:(?:their|its|the) )?(?:fingerprint|biometric|criminal) records")
_TO_SIGN = re.compile(r"\b(?:to|will|would) sign\b(?:[^.;]|\.\d)*$")


def _gerund(verb: str) -> str:
    """The -ing form of a verb, or the verb already in it: "create" -> "creating", "sell" -> "selling"."""
    if verb.endswith("ing"):
        return verb
    return (verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb) + "ing"


def _judged_more(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` name a measure only by more of it, as what a speaker judges it would do (see
    measure_candidates' end)."""
    judged = _JUDGED_MORE.match(text, pos)
    return judged is not None and (judged.group(1) is not None or _SAID_BEFORE.search(text, max(0, pos - 12), pos) is not None)


_JUDGED_MORE = re.compile(r"((?:said|says|argued|argues|warned|warns|added):?\s+(?:that\s+)?[\"“]?)?"
                          r"(?:[Ff]aster|[Qq]uicker|[Ss]wifter|[Mm]ore|[Tt]ougher|[Hh]arsher|[Ss]tricter|[Bb]igger) (?:[a-z-]+ )?[a-z]+s\s+"
                          # (judged: denied, belittled or quoted as its effect; "said faster returns will start in May" is news)
                          r"(?:(?:(?:would|will|could|can|do|does)\s+(?:not|never|only|just|simply|merely)|won[’']t|can[’']t|cannot|"
                          r"don[’']t|doesn[’']t|mean|means|only|just|alone)\b|would\s+[\"“])")
_SAID_BEFORE = re.compile(r"\b(?:said|says|argued|argues|warned|warns|added):?\s+(?:that\s+)?[\"“]?$|^[\"“]$|[\"“]\s*$")


def _case_information(text: str, lo: int, hi: int) -> int:
    """Where the exchange told after information one case got, from ``lo`` to ``hi``, is (see measure_candidates' end);
    -1 for none."""
    if not (text.startswith(("information ", "Information ", "intelligence ", "Intelligence "), lo) and _CASE_INFO.match(text, lo)):
        return -1
    end = text.find("\n\n", hi)
    exchange = _EXCHANGE_AFTER.search(text, hi, end if end >= 0 else len(text))
    return exchange.start() if exchange else -1


_CASE_INFO = re.compile(r"(?:[Ii]nformation|[Ii]ntelligence) (?:passed on|supplied|provided|given) by\b")
_EXCHANGE_AFTER = re.compile(r"\b(?:exchang|shar)(?:e|es|ed|ing) (?:[\w’'-]+ ){0,2}?(?:intelligence|information|data)\b")


def _told_of_no_step(text: str, c: Candidate) -> bool:
    """Whether a clause the model proposes with no kind tells something other than a step taken: a court's ruling on
    people ("Last month a court in Basra convicted three members of another ring": an event), the stage in Parliament of a
    bill referred back to ("The Bill had its second reading on 3 March"; the bill named in full is the legal reform
    itself), what a law of years before gives ("Iraq's 2012 anti-trafficking law, Law No. 28, gave victims a right to
    shelter": the law in force; a law of the story's year may be the reform), or a broadcast's guest joined by telephone
    ("we've now got the mayor on the line": a caller, no helpline)."""
    lo, hi = c.spans["description"]
    return (_COURT_RULED.search(text, lo, hi) is not None
            or _BILL_STAGE.search(text, lo, hi) is not None and _BILL_BACK.search(text, lo, hi) is not None
            or _PROVIDES.match(text, lo) is not None and _old_law_before(text, lo)
            or _GUEST_ON_LINE.search(text, lo, hi) is not None
            # ... or a court case told as its subject ("The trial was the first to use evidence sent through the new
            # arrangement": the case, no step; the arrangement's own mention is judged where it is told)
            or _CASE_SUBJECT.match(text, lo) is not None
            # ... or the section of a law what was told before is set under ("The new fines are set under section 15 of the
            # 2006 Act": its legal basis cited, the change itself told where the article tells it)
            or text.find("ection ", lo, hi) >= 0 and _SET_UNDER_SECTION.search(text, lo, hi) is not None
            or _ROUND_SUBJECT.match(text, lo) is not None
            or (text.find(" body", lo, hi) >= 0 or text.find(" remains", lo, hi) >= 0) and _BODY_HOME.search(text, lo, hi) is not None
            # ... or a count of people returned as its subject ("More than 900 people have been returned to Iraq since
            # May": returns counted are a figure, the returns measure is the arrangement or flights named; tests/articles/README.md;
            # but "have been returned under the returns agreement" names the arrangement in the clause)
            or (text[lo:lo + 1].isdigit() or text.startswith(_COUNT_OPENERS, lo)) and _RETURNS_COUNTED.match(text, lo, hi) is not None
            and text.find(" under ", lo, hi) < 0
            # ... or only who said the sentence ("..., the interior ministry said": an attribution, no step)
            or text.startswith(("said", "says"), hi - 4) and _ATTRIBUTION_ONLY.fullmatch(text, lo, hi) is not None
            # ... or one private person as its subject ("A neighbour passed information to colleagues of the victim": what
            # one person did, no step a government or an agency took)
            or _PRIVATE_PERSON_SUBJECT.match(text, lo) is not None
            # ... or only the arrangement something is done under, maybe with who agreed it and when ("under a deal Rome and
            # Tunis struck in May": the agreement's frame and its signing, no step of its own; what is done is told beside it)
            or text.startswith(("under ", "Under "), lo) and _UNDER_ARRANGEMENT_ONLY.fullmatch(text, lo, hi) is not None
            # ... or only which law something was done by ("..., in line with Hungarian law": the law that applies, no step)
            or _BY_LAW_ONLY.fullmatch(text, lo, hi) is not None
            # ... or only another's support voiced for a step told elsewhere ("Germany has welcomed the reform": a view of
            # it, no step of its own; "backed the reform with funding for ..." tells more, and stays)
            or _BACKING_ONLY.fullmatch(text, lo, hi) is not None
            # ... or only the law data is handled under ("Passenger records will be processed in accordance with the Data
            # Protection Act 2018": its legal safeguard, no step; "shared with the Iraqi police in line with ..." tells one)
            or _HANDLED_BY_LAW.fullmatch(text, lo, hi) is not None
            # ... or only when a pact was agreed, as the time a sentence's step runs from ("Since the two interior ministries
            # agreed a joint action plan in May 2023, ...": the signing dates what follows, no step; the step is told after it)
            or text.startswith(("Since ", "since "), lo) and _SINCE_PACT_ONLY.fullmatch(text, lo, hi) is not None
            # ... or only a person's name, an aside between commas ("the ministry's spokesman, Karim Hassan al-Rubaie, said":
            # who is told of, no step)
            or text.startswith(", ", lo - 2) and text.startswith(",", hi) and _PERSONAL_NAME_ONLY.fullmatch(text, lo, hi) is not None
            # ... or people arrested, charged or convicted ("Six men have been charged following a police investigation":
            # the case's news, an event; a joint team or an investigation set up is judged where told, with its noun)
            # (arrests made in operations run jointly tell the cooperation, and stay)
            or _PEOPLE_PROSECUTED.search(text, lo, hi) is not None and _JOINT_OPERATIONS.search(text, lo, hi) is None)


_PERSONAL_NAME_ONLY = re.compile(r"[A-Z][\w’'-]+(?: (?:[A-Z][\w’'-]+|(?:al|el|bin|ibn|abu)-?[A-Z]?[\w’'-]*)){1,4}")
_PEOPLE_PROSECUTED = re.compile(r"\b(?:has|have|had) (?:now |since |also )?been (?:arrested|charged|convicted|jailed|sentenced|"
                                r"detained|found guilty)\b")
_JOINT_OPERATIONS = re.compile(r"\b(?:operations?|raids?|patrols?) (?:\w+ )?(?:run|carried out|conducted|led|mounted) jointly\b|"
                               r"\bjoint (?:operations?|raids?|patrols?)\b")
_SINCE_PACT_ONLY = re.compile(r"[Ss]ince (?:(?:the|a|an|its|their) )?(?:[\w’'-]+ ){0,6}?(?:agreed|signed|struck|reached|concluded|adopted) "
                              r"(?:a|an|the|its|their) (?:[\w’'-]+ ){0,4}?(?:plan|arrangement|agreement|pact|deal|memorandum(?: of understanding)?|"
                              r"accord|protocol|partnership|statement|declaration)(?: (?:in|on|at|last|this) [\w’'-]+(?: [\w’'-]+){0,2})?")
_BY_LAW_ONLY = re.compile(r"(?:[Ii]n line|[Ii]n accordance|[Ii]n keeping|[Cc]onsistent|[Cc]omplying) with (?:the )?(?:[A-Z][\w’'-]* |national |local )?"
                          r"(?:law|laws|legislation|rules|regulations|procedures?)")


_BACKING_ONLY = re.compile(r"(?:(?:[Tt]he )?[A-Z][\w’'-]* ){1,4}(?:(?:has|have|had) )?(?:also |publicly |strongly )?"
                           r"(?:backed|welcomed|supported|endorsed|praised|applauded) (?:the|this|that|its|their) "
                           r"(?:[\w’'-]+ ){0,2}?(?:amendments?|bills?|laws?|reforms?|move|decision|proposals?|changes?|plans?)")
_HANDLED_BY_LAW = re.compile(r"(?:[A-Z][\w’'-]* )?(?:[\w’'-]+ ){0,2}?(?:data|records|information|details) (?:will be|would be|is|are|must be) "
                             r"(?:shared|processed|handled|stored|held|kept|used|exchanged) (?:[Ii]n line|[Ii]n accordance|[Ii]n keeping|"
                             r"[Cc]omplying) with (?:the )?(?:[A-Z][\w’'-]*|\d{4})(?: (?:[A-Z][\w’'-]*|\d{4}|and|of|the))*")


_UNDER_ARRANGEMENT_ONLY = re.compile(r"[Uu]nder (?:a|an|the|its|their|this|that|[A-Z][\w’'-]*[’']s?) (?:[\w’'-]+ ){0,5}?"
                                     r"(?:arrangement|agreement|pact|deal|memorandum(?: of understanding)?|regime|accord|protocol)"
                                     r"(?: (?:that |which )?(?:[\w’'-]+ ){0,6}?(?:agreed|signed|struck|reached|concluded)(?: [\w’'-]+){0,4})?")


_PRIVATE_PERSON_SUBJECT = re.compile(r"(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne) (?:neighbou?r|relative|friend|cousin|passer-by|"
                                     r"witness|brother|sister|father|mother|son|daughter|wife|husband|uncle|aunt)\b")
_SET_UNDER_SECTION = re.compile(r"\b(?:is|are|was|were) (?:set|made|laid down|imposed|fixed|set out|provided for) (?:under|in|by) "
                                r"[Ss]ections? \d")
_ATTRIBUTION_ONLY = re.compile(r"(?:[Tt]he |[Aa]n? |[Ii]ts |[Tt]heir )?(?:[\w’'-]+ ){0,8}?(?:said|says)")
_COUNT_OPENERS = ("More than ", "Over ", "About ", "Around ", "Nearly ", "Almost ", "Some ", "At least ")
_RETURNS_COUNTED = re.compile(r"(?:(?:More than|Over|About|Around|Nearly|Almost|Some|At least) )?\d[\d,]*\b[^.;:]{0,80}? "
                              r"(?:have|has|had)? ?(?:been|were|was) (?:returned|removed|deported)\b")
# what a measure goes through or links, told inside its words (see measure_candidates' end)
_PART_LINK = re.compile(r"\b(?:through|via|linking|connecting)\s+(?:[\w’'-]+\s+){0,4}$")
# (an investigation too, and how a case began: "The investigation was supported by ...", "The case began with information
# passed ...": help one case got, no step taken)
# ... or one named as what an operation was part of, its agency before and a relative clause after: "as part of Operation
# X, an NCA investigation that began in 2021" (a case, no step; "a joint investigation" is the other kind, lower case)
_CASE_SUBJECT = re.compile(r"(?:(?:The|This|That|His|Her|Their) |(?:[Aa]n?|the) (?=[A-Z]))(?:[A-Z][\w’'-]* ){0,3}?(?:court )?"
                           r"(?:case|trial|prosecution|conviction|investigation|inquiry)s? (?:(?:that|which) )?"
                           r"(?:was|were|is|are|became|had|has|began|begins|started|starts)\b")
# a round of talks told as its subject ("The third round is planned for 2026"): a meeting, an event, no step
_ROUND_SUBJECT = re.compile(r"(?:The|A|This) (?:(?:first|second|third|fourth|fifth|next|last|final|latest|new) )?round (?:of (?:[\w-]+ )?talks )?"
                            r"(?:is|was|will|would|took|takes|has|had)\b")
# a dead person's body brought home ("would help return his body to his family"): a consulate's duty, no step against smuggling
_BODY_HOME = re.compile(r"\b(?:return|repatriat|send|sent|bring|brought|fly|flown|transfer)\w* (?:back )?(?:his|her|their|the) (?:bod(?:y|ies)|remains)\b")
_COURT_RULED = re.compile(r"\b(?:[Cc]ourts?|judges?|magistrates|jury)\b[^.;:]{0,60}?\b(?:convicted|sentenced|jailed|acquitted|"
                          r"found (?:\w+ )?guilty)\b")
_BILL_STAGE = re.compile(r"\b(?:(?:first|second|third) reading|report stage|committee stage|[Rr]oyal [Aa]ssent)\b")
_BILL_BACK = re.compile(r"\b[Tt]he [Bb]ill\b")
_PROVIDES = re.compile(r"(?:gave|gives|grants|granted|guarantees|guaranteed|entitles|entitled|provides|provided)\b")
# a law named by its year as the subject just before ("the 2012 law, Law No. 28, "), a name or number set off after it
_LAW_OF_YEAR = re.compile(r"\b((?:19|20)\d\d)(?: [\w’'-]+){0,3}? (?:law|act|code)\b(?:,? (?:[^;:.]|\.\s?\d){0,30}?)?,?\s*$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _old_law_before(text: str, pos: int) -> bool:
    """Whether a law named by a year earlier than the latest the text names is the subject just before ``pos``."""
    law = _LAW_OF_YEAR.search(text, max(0, pos - 80), pos)
    return bool(law) and int(law.group(1)) < max(int(y) for y in _YEAR.findall(text))


_GUEST_ON_LINE = re.compile(r"\b(?:got|have|has|joined by|joins us|joining us|with us)\b[^.;:\d]{0,40}?\bon the (?:line|phone)\b")
_WORKS_WITH_TEAMS = re.compile(r"\bwork(?:s|ed|ing)? (?:closely |directly )?(?:with|alongside) (?:the |their )?"
                               r"(?!joint\b)(?:[\w’'-]+ ){0,2}?teams\b")
_QUOTE_OPENS = re.compile(r"\s{0,4}[\"“]")
# (see the model's asides in measure_candidates) a partner named after an -ing verb, or a message told by one
_AFTER_COMMA = re.compile(r",\s*$")
_HOW_ASIDE = re.compile(r"(?:working|acting|operating|cooperating|co-operating|collaborating|partnering) (?:closely |jointly |together )?"
                        r"(?:with|alongside)\b|(?:warning|urging|advising|reminding|telling) (?:[\w’'-]+ ){0,3}?(?:of|about|against|not to)\b")
_REFERRED_SUBJECT = re.compile(r"(?:The|This|That|Its) ([a-z]+) (?:(?:also|now|already) )?(?:receives|received|gets|got|costs|cost|"
                               r"(?:is|was|will be|has been) (?:(?:also|now|partly|jointly) )?(?:funded|financed|paid for|backed)"
                               # ... or where it goes next: "The campaign moves to Koya next" (the same one on tour)
                               r"|(?:will |is to )?(?:(?:next |then )?(?:moves?|goes|go|travels?|heads?)|is (?:moving|heading|going)) (?:on )?to)\b")


_SENTENCE_OPENING = re.compile(r"[\s\"“‘'(•*–-]{0,4}")
# a written question in Parliament asks without a question mark: "To ask His Majesty's Government what assessment ..."
_TO_ASK = re.compile(r"\s{0,4}To ask (?:His|Her|the)\b")


# ... and a quoted question keeps its "?" inside the quotation, its speech tag after it: '"Is a course all we get?" he asked.'
_QUOTED_QUESTION = re.compile(r"\?[\"”’»]\s+(?:[\w’'-]+\s+){0,3}(?:asked|asks|wondered|wonders|demanded|demands)\b[^\"“”?!]{0,40}$")


def _quoted_question(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence is a speaker's quoted question with its speech tag after it ('"...?" he asked.')."""
    told = text[sentence[0]:sentence[1]].rstrip(_CLOSERS)
    return "?" in told and bool(_QUOTED_QUESTION.search(told))


def _asks(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence is a question: it ends with "?", or is a written question's "To ask ..."."""
    return text[sentence[0]:sentence[1]].rstrip(_CLOSERS).endswith("?") or bool(_TO_ASK.match(text, sentence[0])) \
        or _quoted_question(text, sentence)


def _first_words_lowered(text: str, sentences: list[tuple[int, int]]) -> str:
    """``text`` with the capital of each sentence's first word lowered ("Removal flights" as "removal flights"; not an acronym,
    "NCA"), the same length, so that a match's span is the text's."""
    chars = None
    for start, end in sentences:
        at = _SENTENCE_OPENING.match(text, start, end).end()
        if at + 1 < end and text[at].isupper() and text[at + 1].islower() and len(low := text[at].lower()) == 1:
            chars = chars or list(text)
            chars[at] = low
    return text if chars is None else "".join(chars)


def _clause_end(text: str, pos: int, sentence: tuple[int, int]) -> int:
    stop = _CLAUSE.search(text, pos, sentence[1])
    return stop.start() if stop else sentence[1]


def _tells_none(text: str, sentence: tuple[int, int], pos: int) -> bool:
    """Whether what ``sentence`` tells at ``pos`` is no measure taken: a heading, a question, a motion, a recommendation,
    a subject still to discuss, a measure denied, one person's own doing, or a police force's own number to call (no
    hotline: tests/articles/README.md)."""
    return bool(_heading(text, sentence) or _asks(text, sentence)
                or _MOTION.match(text, sentence[0]) or _proposed(text, sentence, pos)
                or _SUPPOSED_IF.match(text, sentence[0], pos)
                or _TO_DISCUSS.search(text, max(sentence[0], pos - 80), pos) or _WILL_DISCUSS.search(text, sentence[0], pos)
                or _NEGATED.search(text, max(sentence[0], pos - 60), pos) or _ONE_PERSON.search(text, sentence[0], pos)
                or _FORCE_TO_CALL.search(text, pos, _clause_end(text, pos, sentence))
                or _ONLY_WHEN_DUE.fullmatch(text, pos, _clause_end(text, pos, sentence))
                or _OTHER_BODY_NO_NUMBER.fullmatch(text, pos, _clause_end(text, pos, sentence))
                and bool(_FORCE_NUMBER_BEFORE.search(text, sentence[0], pos))
                or _FOR_TALKS.search(text, pos, _clause_end(text, pos, sentence))
                or _LEADS_LIST.match(text, sentence[1] - 1) or _CARRIED_OUT_BY.match(text, pos) or _SETTING.match(text, pos)
                or _HELPED_COUNT.search(text, pos, _clause_end(text, pos, sentence))
                or _RECEIVED_COUNT.search(text, pos, _clause_end(text, pos, sentence))
                or _BY_SMUGGLERS.search(text, pos, _clause_end(text, pos, sentence))
                or _WITNESS_APPEAL.search(text, pos, _clause_end(text, pos, sentence))
                or _HOME_SECONDMENT.search(text, pos, _clause_end(text, pos, sentence))
                and not re.search(_IRAQI_PLACE, text[sentence[0]:sentence[1]])
                or _NAME_TAIL.fullmatch(text, pos, _clause_end(text, pos, sentence))
                and bool(_NAME_BEFORE_COMMA.search(text, max(sentence[0], pos - 40), pos))
                or _PEOPLE_ALONE.fullmatch(text, pos, _clause_end(text, pos, sentence))
                or _AGREEMENT_ALONE.fullmatch(text, pos, _clause_end(text, pos, sentence)))


# what a measure would cost those made to apply it, told as their objection right after it: "the carrier says biometric
# checks would cost it £3 million a year" (a firm's complaint of a measure told elsewhere, none taken in that clause)
_COST_TO_FIRM = re.compile(r"[^.;:,]{0,40}?\b(?:would|could|might) cost (?:it|us|them|(?:the|each|every|an?) (?:company|firm|operator|carrier|"
                           r"airline|business|shop)s?)\b")


# a clause that only drafts, negotiates or signs an agreement named by its title ("Officials are also drafting a Memorandum of
# Understanding on Border Data"): the agreements table's row, no measure (one it sets up is told after it: "... to set up a
# joint team" goes on past the title)
_AGREEMENT_ALONE = re.compile(r"(?:[\w’'-]+ ){0,5}?(?:draft|drafts|drafting|drafted|negotiat\w+|sign|signs|signing|signed|finali[sz]\w+|"
                              r"prepar\w+|conclud\w+|initial(?:l)?(?:ed|ing)) (?:a|an|the|its|their) (?:new |draft |bilateral |formal )?"
                              r"(?=(?:[A-Z][\w’'-]*\s+(?:(?:of|on|for|and|to|in)\s+)?)*?(?:Memorandum|Agreement|Accord|Protocol|Treaty|"
                              r"Arrangement)\b)(?:[A-Z][\w’'-]*(?:\s+(?:(?:of|on|for|and|to|in)\s+)?|$)){1,10}\s*")


# a clause that is only people counted, a subject its commas cut from its verb ("Three Turkish men, aged 40 and 29,
# ... were arrested"): who someone is, no measure taken
_PEOPLE_ALONE = re.compile(rf"(?:\d[\d,]*|(?i:{NUMBER_WORD})|[Ss]everal|[Dd]ozens of|[Tt]he) (?:[A-Z][\w’'-]* ){{0,2}}"
                           r"(?:citizens|nationals|men|women|migrants|people|suspects|brothers|drivers|passengers|teenagers)\s*")


# officers lent from one police force to another at home are no liaison post abroad: "has seconded two detectives to
# the Metropolitan Police in London" (a sentence placing them in Iraq still tells one)
_HOME_SECONDMENT = re.compile(r"\b(?:seconded|seconding|seconds|second) (?:\S+ ){0,5}?to (?:the )?(?:[A-Z][\w’'-]* ){1,3}"
                              r"(?:Police|Constabulary)\b")


# a police appeal for witnesses of one incident is an inquiry's step, no measure: "put up posters asking for witnesses to
# the crash", "appealed for anyone who saw the van to come forward"; so is a reward offered for information on one person
# sought ("is offering a reward of up to £5,000 for information leading to her arrest"; one for leads on smugglers is a measure)
_WITNESS_APPEAL = re.compile(r"\b(?:ask(?:ing|ed|s)?|appeal(?:ing|ed|s)?|call(?:ing|ed|s)?) for (?:any )?(?:witnesses|"
                             r"anyone who (?:saw|witnessed|was))\b|\breward\b[^.;:]{0,40}?\bfor information (?:leading|that leads|that could lead) to (?:his|her) "
                             r"(?:arrest|capture|conviction)\b")


# what the smugglers themselves hand out, run or sell is their doing, no measure against them: "Leaflets handed out by
# the smugglers promise a safe journey" (but "victims exploited by traffickers" may still be a measure's aim)
_BY_SMUGGLERS = re.compile(r"\b(?:handed out|given out|distributed|posted|printed|made|run|sent|shared|spread|circulated|"
                           r"offered|sold|advertised|used) by (?:the |these |those )?(?:people[- ])?(?:smugglers?|gangs?|"
                           r"traffickers?)\b")


# where and when something was said or shown, no measure: "..., at a ceremony held at the River Police headquarters"
_SETTING = re.compile(r"(?:at|during|in|after) (?:a|an|the) (?:[\w’'-]+ ){0,2}?(?:ceremony|meeting|press conference|news conference|"
                      r"visit|event|reception|briefing|signing)\b")
# the words of a title after a comma inside it: "signed a Joint Statement on Migration, Returns and Reintegration" (the
# name's tail, no clause of its own)
_NAME_TAIL = re.compile(r"(?:[A-Z][\w’'-]*,? (?:(?:and|of|on|for|the|in|&) )?){0,6}[A-Z][\w’'-]*[\"”’)]?[.!]?[\"”’)]?\s*")
_NAME_BEFORE_COMMA = re.compile(r"\b[A-Z][\w’'-]*,\s?$")
# staff told doing something now, a clause's opening: "Jordanian guards can now read", "officers are now checking"
_STAFF_NOW_DO = re.compile(rf"(?:[A-Z][\w’'-]* ){{0,2}}(?:[a-z]+ )?{_STAFF_ANY_CASE} (?:can now|are now|now) [a-z]+")
# a list's last names, after its first and a comma: "Erbil and Duhok", "Najaf, Kut and Amara"
_PLACES_TAIL = re.compile(r"(?:[A-Z][\w’'-]*, ){0,4}[A-Z][\w’'-]* and [A-Z][\w’'-]*\b")
# ... the names of several words each, the last with its article: "Mosul Airport, Kirkuk Central Station and the Zakho
# crossing" (places of a kept measure's list, after "to Erbil International Airport,")
_NAMED_PLACES_TAIL = re.compile(r"(?:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}, ){0,4}[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3} and (?:the )?[A-Z][\w’'-]*\b")


# a clause telling who carries out the measure of the clause before it: ", implemented by the International Organization for
# Migration", ", to be implemented with the IOM", "a free hotline, 533, run by the interior ministry" (no measure of its own)
# grants told as what a reintegration named before them pays: ", with reintegration grants of up to ...", "including cash grants"
# (a centre and the grants it offers are two: "will open a reintegration centre, with small-business grants ...")
_REINTEGRATION_PAID = re.compile(r"(?:[Ss]ustainable )?[Rr]eintegration (?:of|support|assistance|aid)\b")
_WITH_GRANTS = re.compile(r"\b(?:with|including) (?:[\w’'-]+ ){0,2}$")
_CARRIED_OUT_BY = re.compile(r"(?:(?:to be|being|which (?:is|will be|was)|that (?:is|will be)) )?(?:implemented|run|managed|operated|"
                             r"administered|delivered|carried out|overseen|co-?ordinated) (?:jointly )?(?:by|with|through)\b")


# a list's lead-in, its colon ending the line: "Here are the details of the package:" names the measures its items tell
_LEADS_LIST = re.compile(r":[ \t]*\n")


# a visit or meeting told by what it will discuss: "will visit Baghdad next week for talks on returns" (the subject of talks is
# no measure taken)
# ... the other side maybe told before the subject: "will travel to Rome for talks with the Italian police on sharing data"
_FOR_TALKS = re.compile(r"\b(?:visit|travel|fly|go|meet)\w*\b[^.;:,]{0,80}?\bfor (?:talks|discussions|consultations|negotiations) "
                        r"(?:with (?:the )?(?:[\w’'-]+ ){1,6}?)?(?:on|about|over)\b")


# ... and a measure named as the subject of such talks: "for talks with the Italian police on sharing fingerprint records"
_TALKS_ON = re.compile(r"\bfor (?:talks|discussions|consultations|negotiations) (?:with (?:the )?(?:[\w’'-]+ ){1,6}?)?(?:on|about|over) $")


# a line a firm keeps for its customers: "the ferry company's information line", "the airport's telephone line"
# (however the line is reached: "can call the airport's information line on +44 ...")
_FIRMS_LINE = re.compile(r"\b(?:airport|airline|airways|carrier|company|firm|operator|terminal|ferries|ferry line)[’']s? "
                         r"(?:information|enquiry|enquiries|customer(?: service)?|booking|reservations|telephone) lines?\b", re.IGNORECASE)


# cooperation a meeting is to review or discuss is the meeting's subject, nothing done yet: "officials will meet in Rome
# next month to review cooperation on returns" (and a returns process a meeting reviews is no process named in place of
# faster returns told before: "agreed to speed up returns ... will meet ... to review the returns process")
_MEET_TO_REVIEW = re.compile(r"\b(?:meet|meets|meeting|talks|hold talks)\b[^.;:]{0,80}?\bto (?:review|discuss|assess|evaluate|"
                             r"take stock of|consider|look at) (?:the |their |bilateral |joint )?"
                             # ... the cooperation told closer or more: "meet in Vienna to discuss closer cooperation on returns"
                             r"(?:closer |better |greater |deeper |further |more |stronger |improved )?$")


# a measure denied: "laboratories do not create jobs", "does not leave because of a returns flight" ("not only", "not yet"
# still tell it)
# (nor one a denial says was needed: "it would not have happened without the liaison officers")
# (and "cannot", its "not" inside the word: "money they cannot spend on boats")
_NEGATED = re.compile(r"(?:\bnot|(?<=\bcan)not|n[’']t|\bnever)\b(?!\s+(?:only|just|yet|least)\b)(?![^.;:,!?\"“”]{0,40}\bwithout (?:[\w’'-]+ ){0,2}$)"
                      r"[^.;:,!?\"“”]{0,50}$"
                      # ... or by "no" right before it: "had received no reintegration support at all"
                      r"|\b[Nn]o\s+$"
                      # ... or by a subject that denies any hope of it: "Nobody should expect a training course to change that"
                      r"|\b(?:[Nn]obody|[Nn]o(?: |-)one)\s+(?:should|can|could|would|will)\s+(?:expect|believe|imagine|pretend|think)\s+"
                      r"(?:that\s+)?(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+){0,2}$"
                      # ... or a law's change only supposed, with "any": "enough to pass any related amendment to the act"
                      r"|\b(?:pass|approve|block|oppose|support|back)\s+any\s+(?:[\w-]+\s+)?$")
# (a denial in a clause that says who uses a measure denies none: "Families who have not been paid can call the hotline")
# (... a modal's too, "Those who could not attend can register through the hotline"; "couldn't" is denied at its "n't")
_WHO_NOT = re.compile(r"\b(?:who|that)\s+(?:(?:have|has|had|do|does|did|are|is|was|were|could|can|would|will)\s+|(?:could|can|ca|wo|would|did|does|do|has|have|had)$)")
_MODAL = re.compile(r"\s(?:can|may|should|must|could)\s")
# ... nor one whose clause closes before the sentence's own verb, a passive one: "Every migrant who had not been convicted
# was offered a grant" (the grant is told; "who were not offered a grant" denies it, no verb between)
_MAIN_PASSIVE_AFTER = re.compile(r"[^.;:!?\"“”]*?\s(?:was|were|is|are|will be|would be)\s+(?:[a-z]+ly\s+)?"
                                 r"(?:offered|given|paid|provided|granted|awarded|entitled to|eligible for)\s")


def _denied_before(text: str, lo: int, pos: int) -> bool:
    """Whether a denial in ``text[lo:pos]`` denies what ``pos`` tells: not one inside a "who" clause about the subject,
    closed before a passive main verb ("Every returnee who did not have a conviction was offered a package")."""
    if not (negated := _NEGATED.search(text, lo, pos)):
        return False
    return not (_WHO_NOT.search(text, max(lo, negated.start() - 20), negated.start())
                and _MAIN_PASSIVE_AFTER.match(text, negated.start() + 3, pos) is not None
                and not _NEGATED.search(text, negated.start() + 3, pos))
# ... or told as its clause's subject with a denial after it: "Training police will not feed anyone" (not a plan's timing:
# "training will not start until June"; nor "not only")
# (an article may come first, and a figure's comma is no clause's end: "'A grant of £3,000 does not outbid a gang,' she said")
_OPENS_CLAUSE = re.compile(r"(?:^|[\"“‘']|\n)\s*(?:(?:A|An|The|a|an|the)\s+)?$")
# ... or named after a sentence's opening "Without", a denial after it: "Without the shared database we could not have
# traced them" (the credit "it would not have happened without the liaison officers" gives, the other way round)
_WITHOUT_OPENS = re.compile(r"(?:^|[\"“‘']|\n)\s*[Ww]ithout\s+(?:(?:the|our|their|its|this|that|these|those)\s+)?$")
# ... and a kit credited with a find after such an opening, also after a sentence's end within a paragraph ("... in
# March. Without the X-ray scanner we would never have found them"); the credit rule above keeps to a quotation's or a
# line's start, as a measure after a sentence's end there ("... from Iraq. Without the intelligence shared by our partners,
# we could not have ...") is listed by the golds
_WITHOUT_STARTS = re.compile(r"(?:^|(?<=[\"“‘'\n])|(?<=[\"“‘'.!?\n]\s))[Ww]ithout\s+(?:(?:the|our|their|its|this|that|these|those)\s+)?$")
_WITHOUT_DENIED = re.compile(r"[^.;:!?\"“”]{0,60}?\b(?:would|could|might|will|can)(?: not|n[’']t| never)\b")
_WITHOUT_FOUND = re.compile(r"[^.;:!?\"“”]{0,30}?\b(?:would|could)(?: not|n[’']t| never) have (?:seen|found|spotted|detected)\b")
_DENIED_AFTER = re.compile(r"(?:[^.;:,!?\"“”]|[.,]\d){0,40}?\b(?:will|would|does|do|did|can|could|is|are)(?: not|n[’']t)\b(?! (?:yet|only|just|be)\b)"
                           r"(?![^.;]{0,40}\b(?:until|before|till)\b)"
                           # ... or granted only to be waved aside: "Training border guards abroad is all very well" (the
                           # but that follows is the speaker's point, no measure told)
                           r"|(?:[^.;:,!?\"“”]|[.,]\d){0,40}?\b(?:is|are|was|were|may be|might be) all (?:very )?(?:well|fine|well and good)\b")
# a posting named as a further one: "a second post in Erbil"
_PLACED_FROM_IRAQ = re.compile(r"(?:plac|embed)\w* (?:\S+ ){0,4}?(?:Iraqi|Kurdish|KRG) "  # its sender inside its words
                               # ... or told by the British side they work beside: "assign two officers to work alongside the
                               # British team" (officers sent to work with Britain's are the other side's, another posting)
                               r"|[^.;]* to work (?:alongside|with) (?:the )?(?:British|UK|NCA|Home Office) ")
_FURTHER_POST = re.compile(r"(?:second|third|fourth|fifth|sixth|another|further) ")
# officers counted as more than those there: "send two more NCA officers to ...", another posting than the one told before
_LENT_TO_CELL = re.compile(r"^(?:seconded|seconding|seconds|will second|would second|to second)\b.*\b(?:cell|team|unit|centre|center|hub|task ?force)$")
_MORE_OFFICERS = re.compile(r"(?:two|three|four|five|six|several|a few) (?:more|additional|extra) ")
_POST_SET_OFF = re.compile(r"\bpost, ")  # a further post, its place set off by commas (see _OFFICERS_BEFORE)
# ("another" only told with a verb next, as "another is due to start in Erbil": not "another post in Erbil")
_ORDINAL_ALONE = re.compile(r"(?:[Aa] (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|another(?= (?:is|was) )) ")
# officers named before such an ordinal in its sentence (those posted, of whom it is one more)
# (one officer named is enough: "a liaison officer has worked in Erbil since May, and a second is due in Basra")
_OFFICERS_BEFORE = re.compile(r"\b(?:officers?|agents?|investigators?)\b")
# an ordinal or "another" just before a liaison officer, or inside the posting matched ("will post a third immigration
# liaison officer to ..."): a further posting, not the one named before
# ... or a count of further ones inside it: "has posted two further officers to Iraq"
_FURTHER_OFFICER = re.compile(r"\b(?:[Aa]nother|[Aa] (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|further)"
                              r"|(?:two|three|four|five|six|several) further)\s+"
                              r"(?=(?:[\w’'-]+\s+){0,3}?(?:officers?|posts?|agents?|experts?|advis[eo]rs?)\b)")
# the post a named person holds, in apposition after the name (and age): "Hale, 47, the NCA's senior ", "Hale, an "
_HELD_BY_NAMED = re.compile(r"\b[A-Z][a-z]+, (?:\d{2}, )?(?:the |an? )(?:(?:[A-Z][\w-]*\s){0,3}?[A-Z][\w-]*[’']s )?"
                            r"(?:(?:senior|chief|deputy|resident|lead) )?$")
# a reception centre opened or run: "the council had reopened its reception centre near Ashford"
# ... its cost told between ("opened a £1.8 million reception centre": a price's token is one word)
# ... or told as run by someone after it: "a reception centre on the airport road run by the regional government"
# what names a measure again in apposition, right after its clause: ", the first returns flight of the year"
_APPOSITIVE = re.compile(r",\s+(?:the|its|their)\s+(?:[\w’'-]+\s+){0,2}$")
# people moved into a centre: "were taken to a reception centre", "transferred to the centre"
# (a centre's name may hold an apostrophe: "taken to the Sant'Elia centre")
# ... or only staying or held there: "were staying at the Miral temporary reception centre" (where they are, no step taken)
_TAKEN_TO = re.compile(r"\b(?:taken|brought|moved|transferred|transported|bussed|sent|placed|staying|stayed|living|lived|held|kept)\s+"
                       r"(?:in|into|to|at)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}$")
# one of a group named before, its count or its words after the article: "one of the two Iraqi ", "one of its "
_ONE_OF_THOSE = re.compile(r"\bone of (?:the|its|their|our|his|her) (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) )?"
                           r"(?:[\w’'-]+ ){0,2}$")
_KEEP_DOING = re.compile(r"\b(?:keep|keeps|kept|keeping|continu(?:e|es|ed|ing)(?: to)?) (?:on )?$")
# ... or the subject of a report or review: "the inspector's report on returns to Iraq" (what is written about, no step taken)
_HOW_BEFORE = re.compile(r"\b(?:how|why|whether) $|\b(?:report|review|inspection|inquiry|study|audit|evaluation)s? (?:on|into) $",
                         re.IGNORECASE)
# money given towards a list of uses: "up to £2,500 each towards housing, training or starting a business"
_MONEY_TOWARDS = re.compile(r"(?:[£$€]\s?\d[\d.,]*(?:\s?(?:million|billion|m|bn))?|\bgrants?|\bloans?|\bpayments?)(?: each| per person| a head)? "
                            r"(?:towards|to pay for|to cover|to spend on) (?:[\w’'-]+,? ){0,4}?(?:(?:or|and) )?$")
# the headings a plan is divided into, listed: "distributed over five axes: prevention, protection, ..."
_PARTS_LISTED = re.compile(rf"\b(?:\d{{1,2}}|{NUMBER_WORD}) (?:main |key |core |strategic )?(?:axes|pillars|strands|priorities|themes|"
                           r"objectives|goals|principles|areas)\s*:[^.;:]{0,200}$")
_OPENED_AFTER_NAME = re.compile(r"[^.;:!?]{0,50}?\s(?:(?:was|were|has been|have been|had been|will be)\s+)?(?:(?:re)?opened|set up|built)\b")
_RUN_BY_AFTER = re.compile(r"[^.;,]{0,50}?\s(?:run|operated|managed|staffed) by\b")
_OPENED_BEFORE = re.compile(r"\b(?:(?:re)?open(?:s|ed|ing)?|set(?:s|ting)? up|buil[dt]s?|built|run(?:s|ning)?|fund(?:s|ed|ing)?|"
                            r"establish(?:es|ed|ing)?|launch(?:es|ed|ing)?)\s+(?:[£$€]?[\w’'.-]+\s+){0,3}$")
# ... or, after a colon, the clause that goes on about its subject: "promised to speed up returns: it now issues travel
# documents within 10 days" (how the measure is carried out, not another)
# ... or a reduced relative after a comma: "a case-management system, installed in March with British money" (who gave it)
# ... or what the person a measure posts did: "a liaison officer based in Vienna, who had received details from ..." (the
# officer's own work, told of the measure kept, no measure of its own)
# (or where an officer is posted: "a liaison officer, posted to Basra in May under the pact, ...")
_STAFFED_ASIDE = re.compile(r",\s+(?:now\s+|already\s+|currently\s+)?(?:staffed|manned|crewed|run|led|headed)\s+by\b")
_RELATIVE_AFTER = re.compile(r",\s+(?:which|who|where|shared|installed|delivered|supplied|donated|funded|financed|paid for|handed over|posted|based|stationed|seconded)\b|:\s+(?:it|they)\s+(?:now\s+|also\s+)?[a-z]+s?\b")
_AUTHORITYS = re.compile(r"\b(?:town|city|municipality|council|prefecture|region|province|state|government|ministry)[’']s\s+$")
_OFFICIAL_CENTRE = re.compile(r"reception and (?:identification|registration) ")
# what is done for people at a centre, told after it: "..., where they will be registered and can apply for asylum"
_WHERE_ITS_WORK = re.compile(r"[^.;:!?]{0,60}?, where (?:they|he|she|each|all|the [\w-]+) (?:will|would|can|could|are|were|is|was|must) "
                             r"(?:be |then )?(?:registered|screened|fingerprinted|identified|interviewed|processed|examined|apply|receive)\b")
# ... or by the stage of the asylum procedure it serves: "the initial reception centre in Deggendorf" (the state's own)
# aircraft named by their watching, matched only when told based or deployed (see MEASURES): a force's craft put to work
# a clause telling what a new thing replaces: "..., replacing equipment bought in 2009" (the old kit, no measure of its own)
# a clause opening on the campaign its sentence's step is part of: "in a campaign ...", "as part of its campaign ..."
_CAMPAIGN_FRAME = re.compile(r"(?:in|as part of|part of) (?:a|an|the|its|their) (?:(?:public|new|wider|broader) )?campaigns?\b")
# a supply a person is charged with, accused of or admits: "accuses him of buying and supplying 60 boats", "admitted
# delivering engines to the gang" (the crime told, not equipment given to a force)
_CHARGED_SUPPLY = re.compile(r"\b(?:accus(?:e|es|ed|ing)|charg(?:e|es|ed|ing)|convicted|suspected|guilty|indicted|admit(?:s|ted)?|den(?:y|ies|ied))\b "
                             r"(?:[\w’'-]+ ){0,2}?(?:(?:of|with|to) )?(?:[a-z]+ing (?:and|or) )?(?:supplying|delivering|providing|sending|buying|"
                             r"purchasing|storing|selling|smuggling|importing)\b[^.;:]*$")
# a further clause of its sentence telling a work of its own done: ", and last year completed ...", ", and has since installed"
_FURTHER_WORK = re.compile(r", and (?:(?:has|have|had) )?(?:[\w’'-]+ ){0,3}?(?:completed|finished|installed|built|erected|put up)\b")
_REPLACING = re.compile(r"(?:replacing|which (?:replaces|replaced|will replace)|to replace) ")
_WATCH_CRAFT = re.compile(r"(?:surveillance|patrol|reconnaissance|maritime patrol|spotter) (?:aircraft|aeroplanes?|planes?|helicopters?)")
_INITIAL = re.compile(r"\b(?:[Ii]nitial|[Ff]irst-line|[Ss]tate-run|[Ss]tate) $")
# ... or by its being makeshift, set up for those who came: "a temporary reception centre at the gymnasium"
_MAKESHIFT = re.compile(r"\b(?:[Tt]emporary|[Mm]akeshift|[Ee]mergency|[Ii]mprovised|[Pp]rovisional|[Pp]op-up) $")
# a place visited: "is due to visit the reception centres", "toured two reception centres"
_VISITED = re.compile(r"\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|inspect(?:s|ed|ing)?)\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|several\s+)?"
                      r"(?:[\w’'-]+\s+){0,2}$")
# people counted as taking up a return, told before it: "Nine families have opted for voluntary return" (a count)
_COUNTED_HAVE = rf"(?:\b\d[\d,]*|\b(?i:{NUMBER_WORD})) (?:[\w’'-]+ ){{0,5}}?(?:have|has|had) (?:now |already |so far )?"
_TOOK_UP_COUNT = re.compile(_COUNTED_HAVE + r"(?:taken up|accepted|opted for|chosen|signed up for|applied for|gone for) $")
# ... and a count of people who received support (see measure_candidates): "480 people ... had received UK-funded "
_SUPPORT_TAKEN_COUNT = re.compile(_COUNTED_HAVE + r"(?:received|been given|been paid|got) (?:[\w-]+-(?:funded|financed|backed) )?$")
# what a measure is widened to reach, told after it: "... to cover all returns flights" (see measure_candidates)
_TO_COVER = re.compile(r"\b(?:to|will|would|now) (?:also )?(?:cover|include)s? (?:all |every |the |any )?(?:[\w-]+ )?$")
# a centre named by its own name, not by a nationality: "the San Marco reception centre" (not "the Italian reception centre")
_NAMED_CENTRE = re.compile(r"\b(?:the|a|its|their)\s+(?P<name>(?!(?:Italian|Greek|French|British|German|Belgian|Dutch|Spanish|"
                           r"European|Iraqi|Kurdish|Turkish|Bulgarian|Maltese|Cypriot|UK|EU|Government|State|National|New|Migrant)\b)"
                           r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+$")
# (its partner may be named in full: "Under the assisted return programme run with the International Organization for Migration,")
_FRAME = re.compile(r"\s{0,4}(?:Under|As part of|Within) [^,.;:]{3,120},")
_ACADEMY = re.compile(r"\b(?:[Aa]cadem(?:y|ies)|[Cc]olleges?)\b")
_ACADEMY_TRAINS = re.compile(r"\b(?:[Tt]he|[Tt]his|[Ii]ts) (?:new )?(?:academy|college)(?: (?:would|will|is to|can|could|should|aims to|"
                             r"is expected to|is due to))? (?:also )?$|"
                             # ... or what it is set up for, told in apposition: "..., the first institution dedicated to training"
                             r"\b(?:[Aa]cadem(?:y|ies)|[Cc]olleges?|[Ii]nstitution|[Ss]chool)\b[^.;:]{0,40}?\b(?:dedicated|devoted) to $|\b(?:[Cc]adets|[Rr]ecruits|[Tt]rainees|[Ss]tudents)\b[^.;:]{0,40}?"
                             r"\b(?:follow|take|attend|complete|undergo)s? (?:an?|the) (?:[\w-]+ ){0,2}$")
_SUCH_BEFORE = re.compile(r"\bsuch (?:[\w-]+ )?$")
_ACADEMY_SUBJECT = re.compile(r"[\s\"“‘'(]{0,4}(?:The|This|Its) (?:new )?(?:academy|college)\b")
_HOLDS = re.compile(r"(?:includes|included|include|comprises|covers)\b")
_WHICH_BACK = re.compile(r"\b(?:the|this|that|its) ([a-z]{4,}),\s+which\s+$")
_REFERRED_OFFERS = re.compile(r"[\s\"“‘'(]{0,4}(?:The|This|Its) (centre|center|campaign|hub|academy|college|clinic|shelter)(?:,[^,.;:]{1,120},)? (?:also |now )?(?:will |would |is to |are to )?"
                              r"(?:offer|offers|provide|provides|put up|puts up|teach|teaches)\b[^.;:]{0,40}$")
_RETURNS_PROGRAMME = re.compile(r"[Rr]eturns? (?:programme|program|scheme)s?\b")
_RETURNEE = re.compile(r"\b[Rr]eturnees?\b")
_FUNDED_BY = re.compile(r"\b[\w-]+-(?:funded|financed|backed) (?:[\w-]+ )?$")
# a body's name going on in capitals after "of" or "for": "the General Directorate of Vocational Training", "the Directorate
# General of Labour and Vocational Training" (its words joined by "and" or commas)
_BODY_OF = re.compile(r"\b(?:Director|Minister|Head|Chief|Directorate|Department|Ministry|Office|Institute|Agency|Authority|Commission|Council|Board|"
                      r"Centre|Center|Academy|College|School)(?: General)? (?:of|for) (?:[A-Z][\w’'-]*,? (?:(?:and|&) )?){0,3}$")
# ... or a post told in small letters by the field it runs: "director general of vocational training", "the deputy minister
# for employment and training" (a field's words, none of them a sum, a count or a trainee)
_POST_OF = re.compile(r"\b(?:[Dd]irector|[Mm]inister|[Hh]ead|[Cc]hief|[Cc]ommissioner|[Ss]ecretary)(?:[- ]general)? (?:of|for) "
                      r"(?:[a-z][\w-]*,? (?:(?:and|&) )?){0,3}$")
# a fact box's line labelled by a measure and giving its count or cost: "Charter flights since January: 11", "Cost of one
# removal flight: around £200,000" (the number alone ends the line; but a grant's sum so given is its terms:
# "Reintegration grant per adult: £2,000")
_PAID_OUT = re.compile(r"\b(?:grants?|allowances?|stipends?|loans?|payments?|packages?)\b", re.IGNORECASE)
_STAT_LABEL_AFTER = re.compile(r"[^:.;\n]{0,60}:[ \t]*(?:(?:about|around|some|nearly|almost|over|more than|roughly)[ \t]+)?"
                               r"[£$€]?\d[\d.,]*(?:[ \t]?(?:million|billion|m|bn|k))?[ \t]*(?:\n|$)")
# ... but an item of a list led into by the money that pays for it is a measure funded, its cost given: "UK funding this
# year:" over "2. Patrol boats for the coastguard: £3 million" (a fact box's lead-in names no funding)
_FUNDING_LEAD = re.compile(r"\b(?:fund(?:s|ed|ing)?|spen[dt]\w*|budget\w*|paid for|pays for|paying for|where the money goes)\b", re.IGNORECASE)


def _funded_item(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence is an item of a list whose lead-in tells funding or spending."""
    lead = _lead_in(text, sentence)
    return bool(lead and _FUNDING_LEAD.search(text, *lead))


_COUNSELLING = re.compile(r"(?:psychological|psychosocial|mental|trauma)")
_ALLOWANCE = re.compile(r"[a-z]+ (?:allowances?|stipends?)$")
_OFFERED_BY = re.compile(r"\b(?:centres?|centers?|shelters?|packages?|programmes?|programs?|schemes?)\b[^.;]*$", re.IGNORECASE)
# a trade taught: "courses in welding, plumbing and tailoring"
_TRADE = re.compile(r" in (?:[\w-]+ ){0,2}?(?:welding|plumbing|tailoring|sewing|carpentry|hairdressing|baking|cookery|catering|bricklaying|"
                    r"plastering|beekeeping|(?:phone|car|motorcycle|appliance) repair|electrical installation|solar(?: panel)? installation)\b")
_LENGTH_COURSE = re.compile(r"\d-(?:day|week|month|year) course$|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)-(?:day|week|month|year) course$")
_THE_BEFORE = re.compile(r"\b(?:the|this|that|its) (?:[\w-]+ ){0,2}$")
# a sentence opened by the place its story is told at, the comma closing it ("At the Oulu reception centre, a woman said")
_SCENE = re.compile(r"\s*(?:At|Inside|Outside) (?:the|a) (?:[A-Z][\w’'-]*\s+){1,3}$")
# where the scene's place ends: at once, or after the town it is in ("... reception centre in Lappeenranta, a man")
_SCENE_ENDS = re.compile(r"(?:\s+(?:in|on|near|outside) (?:[A-Z][\w’'-]*\s?){1,3})?,")
# words said at a centre, the centre their place: "she told us through an interpreter at the Fylakio reception centre"
_SPOKE_AT = re.compile(r"\b(?:told|said|says|spoke|speaking)\b[^.;,“”\"]{0,60}?\bat (?:the|a) (?:[A-Z][\w’'-]*\s+){0,3}$")
_STAYED_IN = re.compile(r"\b(?:days|weeks|months|years|nights|a (?:day|week|month|year)) in (?:a|the|one) $")
_FOR_RETURNEES_AFTER = re.compile(r"\s+for\s+(?:returnees|returned\s+(?:migrants|people|families|men|women|children))\b")
_STAFF_RE = re.compile(rf"\b(?:{_STAFF}|forces)\b")
# one person as the subject: "he will go home in the summer for a training course"
# a thing sent or shown to one person: "he would send me photos of the boats"
_TO_ONE_PERSON = re.compile(r"\b(?:send|sends|sent|sending|show|shows|showed|shown|showing)\s+(?:me|us|him|her)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_ONE_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|I)\s+(?:will|would|is|was|has|had|hopes|plans|wants|wanted|intends|might|may)\b[^.;]{0,80}$")
_PROGRAMME = re.compile(r"(?:programmes?|programs?|schemes?|packages?|projects?)$")
_TRAVEL_DATA = re.compile(r"(?:advance |visa |travel |passenger )")
# travellers' data shared: "the two services share passenger data on flights to Minsk", "sharing travel records"
_TRAVELLERS_SHARED = re.compile(r"(?:shar(?:e|es|ed|ing)|exchang(?:e|es|ed|ing)(?: of)?) (?:advance )?(?:passenger|travel|visa) (?:data|records|lists)")
# information swapped with a partner its words name ("the information exchange with Iraqi authorities") is an exchange of
# its own beside the sharing an agency "facilitated" told bare
# the one case an exchange is about, told after what is swapped: "shared details of the arrest", "information on the case"
_ONE_CASE_SHARED = re.compile(r"\b(?:on|of|about|in) (?:the|this|that|his|her|their) (?:[\w’'-]+ )?"
                              r"(?:case|cases|arrest|arrests|investigation|inquiry|find|seizure|raid|suspects?|detentions?)\b")
_EXCHANGED_WITH = re.compile(r"\bexchanges?(?: of \w+)? with (?:the )?([\w’'\- ]+)$")
# ... or told as linked by a verb: "will link the visa and passport databases of the member states" (records other than
# fingerprints joined are not the biometric data two states then agree to exchange)
_LINK_OF_RECORDS = re.compile(r"(?:(?:[\w-]+ )?(?:link|connection)s? (?:between|to|with) |(?:link|connect)(?:s|ed|ing)? (?:up )?(?:the|their|its) )"
                              r"(?![^.;]*\b(?:fingerprint|biometric))")
_NEW_OFFENCE = re.compile(r"\bnew (?:criminal )?offences? of ([a-z]+ing)\b")
# the deed an offence told as what doing it will be punishes: "it will be an offence to sell" (selling), or the doing its
# sentence opens with: "Selling engines to smugglers is now a crime in its own right"
_OFFENCE_TO_DO = re.compile(r"\boffence to ([a-z]+)\b")
_DEED_OPENS = re.compile(r"[\"“]?([A-Z][a-z]+ing)\b")
_RETURN_WORD = re.compile(r"\b(?:return|removal|deportation|repatriation)\b")
# a flight's destination in Iraq: "Eleven charter flights carried 1,460 people from the UK to Erbil"
_TO_IRAQ = re.compile(rf"\bfrom (?:the UK|the United Kingdom|Britain|England)\b[^.;]{{0,40}}?\bto (?:the )?{_IRAQI_PLACE}")
# ... or told as landed there, its people on it: "38 men who landed in Erbil on a charter flight from Manchester"
# ... the flights' operator named between: "Most landed at Erbil airport on Home Office charter flights"
# ... or the people it carries told as returned there by the state: "the Iraqi nationals would be returned to Erbil on a charter
# flight from Van" (not "will return to Iraq on charter flights", people going home of their own accord)
_LANDED_IN_IRAQ = re.compile(rf"\b(?:(?:landed|arrived|touched down|flown back|flew back)\s+(?:at|in)|(?:be|been|being|are|were|is|was)\s+"
                             # (where from told between: "had been sent back from Britain to Erbil on a charter flight")
                             rf"(?:returned|repatriated|deported|removed|flown back|sent back|sent home)(?:\s+from\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?\s+to"
                             # ... or told returned by the state, the people counted ("Poland returned 410 Iraqis to Erbil, most of
                             # them on charter flights"; a count, not "he returned to Erbil", one going home of his own accord)
                             rf"|(?:returned|repatriated|deported|removed)\s+(?:(?:more than|over|about|some|nearly|almost)\s+)?\d[\d,]*\s+(?:[\w’'-]+\s+){{0,3}}?to)"
                             rf"\s+(?:the\s+)?{_IRAQI_PLACE}[^.;]{{0,60}}?\bon\s+"
                             # (one of many: "was returned to the Kurdistan Region in May on one of the charter flights")
                             # (flights told bare, the people returned on them named before: "the Iraqi nationals would be
                             # returned to Erbil on charter flights")
                             r"(?:(?:one|some|each) of\s+)?(?:(?:a|an|the)\s+|(?=[A-Z])|(?<=\bon ))(?:[A-Z][\w’'-]*(?:[’']s)?\s+){0,3}$")
# ... or told as gone there: "Eleven charter flights have left for Erbil since May", "the charter flight departed for Baghdad"
# ... with what it carries and where and when it left said between: "A charter flight carrying 40 people left Gatwick on
# Monday for Baghdad", "charter flights have left Manchester for Erbil"
# ... or told as landing there, in a report's present: "a charter flight from Stansted lands in Erbil"
_LEFT_FOR_IRAQ = re.compile(rf"\s+(?:[^.;]{{0,40}}?\s)?(?:(?:have|has|had)\s+)?(?:(?:now|already)\s+)?(?:(?:left|flown|departed|taken off|gone|returned|deported|removed|repatriated)\s+"
                            rf"(?:[^.;]{{0,50}}?\s)?(?:for|to)|(?:lands?|landed|touch(?:es|ed)? down|arrives?|arrived)\s+(?:at|in))\s+(?:the\s+)?{_IRAQI_PLACE}")
# ... or told by the people it carries back there: "a charter flight carrying 52 Iraqis back to Erbil left Vienna on Friday"
# (not "a flight carrying 52 passengers to Erbil", any airliner; and not when the next sentence names it a removal flight,
# the words the measure is then told by: "... back to Iraq took off overnight. It is the first removal flight from ...")
_CARRIED_BACK = re.compile(rf"\s+(?:carrying|taking|flying|bringing)\s+(?:[^.;]{{0,40}}?\s)?(?:back|home)\s+to\s+(?:the\s+)?{_IRAQI_PLACE}")
# ... or told by the people sent home it carries, counted: "a charter flight from Leeds lands with 44 Kurdish returnees on
# board", "a charter flight carrying 30 deportees" (not "carrying 180 holidaymakers", any charter)
_RETURNEES_ON_BOARD = re.compile(r"\s+(?:[^.;]{0,40}?\s)?(?:with|carrying)\s+(?:about\s+|some\s+|more than\s+)?\d[\d,]*\s+(?:[\w’'-]+\s+){0,2}?"
                                 r"(?:returnees|deportees|returned migrants)\b")
_REMOVAL_FLIGHT_NEXT = re.compile(r"\s*[^.;]{0,80}?\b(?:removal|deportation|returns?|repatriation) flight")
# whose a hotline is: "the Asayish hotline", "the Home Office's helpline"; and its number after it: "hotline on 0750 ..."
_OWNER_BEFORE = re.compile(r"(?:\b[A-Z][\w’'-]*\s+(?:&\s+)?){1,3}$")  # (its name's ampersand too: "Modern Slavery & ...")
_NUMBER_NEXT = re.compile(r"\s+(?:on|at)\s+\+?\d")
# ... or as a body to report to: "Report the advert to Action Fraud" (its line starts at the body's name)
_REPORTED_TO = re.compile(r"[Rr]eport(?:ing)?\b(?: [\w’'-]+){0,4}? to (?:the )?")
_CALL = re.compile(r"(?:contact|call|ring|phone)", re.IGNORECASE)  # a hotline told as a line to call: its owner is in its words
# returnees counted as already helped: "has supported 186 returnees", "helped more than 40 returnees last year" (not a plan:
# "will help 500 returnees find work" names the measure)
_HELPED_COUNT = re.compile(r"(?:help|support|assist|resettl|reintegrat)ed (?:(?:more than|over|some|about|around|nearly|almost) )?"
                           r"(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
                           r"seventy|eighty|ninety|a hundred|hundreds|thousands|dozens)\b)")
_RETURN_OF_COUNT = re.compile(r"\s+of\s+(?:(?:more than|over|some|about|around|nearly|almost|at least|roughly) )?\d[\d,]*\s")
_TARGET_COUNT = re.compile(r"(?:help|support|assist|reach)\w* (?:(?:more than|over|some|about|around|nearly|almost|up to) )?\d")
_EXPECTS_TO = re.compile(r"\b(?:expects?|expected|aims?|hopes?|plans?|intends?) to $")
# ... and so are reports a body received, counted: "the unit received 1,200 suspicious activity reports last year" (a figure
# of its work, no measure taken)
_RECEIVED_COUNT = re.compile(r"\b(?:received|receives|handled|processed|logged|recorded)\s+(?:(?:more than|over|some|about|around|nearly|"
                             r"almost)\s+)?\d[\d,.]*\s+(?:[\w-]+\s+){0,3}?(?:reports|referrals|disclosures|alerts)\b")
# (its name between: "the charity Lana, which supports returnees"; or a group someone runs: "who runs a support group for returnees")
_BODY_THAT = re.compile(r"\b(?:organi[sz]ations?|NGOs?|charit(?:y|ies)|association|foundation|society)(?:\s+[A-Z][\w’'-]*){0,3},?\s+(?:that|which|who)\s+$"
                        # ... or named with its kind last: "the Hope Street Foundation, which helps returnees"
                        r"|\b(?:Organi[sz]ation|Foundation|Association|Society|Trust|Charity),?\s+(?:that|which|who)\s+$"
                        r"|\bwho (?:runs|ran|founded|leads|heads|set up) (?:a|an) (?:[\w-]+ ){0,2}$")
# a programme named before it in its sentence, what it offers: "a reintegration programme for returnees, offering vocational training"
# (or pays for: "a reintegration programme run with the IOM in Erbil, which pays for vocational courses")
_PROGRAMME_OFFERS = re.compile(r",?\s+(?:offering|providing|including|which offers|which provides|which pays for|which funds)\s+(?:[\w-]+\s+){0,2}$"
                               # ... or a later item of the list of what it offers: "which offers returnees up to £3,000 each in
                               # business grants, housing support and job training"
                               r"|\b(?:offering|providing|which offers|which provides|that offers|that provides)\s+[^.;:!?]{0,80}?"
                               r"(?:,|\band|\bor)\s+(?:[\w-]+\s+){0,2}$")
# ... or the sentence after it opened by the programme, what it offers: "It offers up to £3,000 in training support"
_IT_OFFERS = re.compile(r"\s{0,4}(?:It|The (?:programme|program|scheme)|This (?:programme|program|scheme)) (?:also )?"
                        r"(?:offers|provides|pays for|funds|includes)\b")
# ... and the list of what it pays for: "..., which pays for vocational courses and tool kits" (its items the programme's)
_PROGRAMME_PAYS = re.compile(r",\s+which (?:pays for|funds|offers|provides)\s+(?:[\w-]+\s+){0,5}$")
# returnees counted as having been through it: "About 900 returnees have completed a course" (a figure of the programme's work)
_RETURNEES_DONE = re.compile(r"(?:\d[\d,]*|hundreds|thousands|dozens) (?:[\w-]+ ){0,2}?returnees (?:have|has|had) (?:now |already |so far )?$")
_FORM_OF = re.compile(r"\bin the (?:form|shape) of\b[^.;:]{0,80}$|\b(?:given|paid|provided|offered) as\b[^.;:]{0,60}$"
                      # ... or what the rest of it pays for: "the remainder goes towards rent or training"
                      r"|\b(?:goes|go|went|going) (?:towards?|to pay for)\b[^.;:]{0,60}$")
# a grant told by its size beside another: "those detained get a smaller grant" (the support named before, at another level)
_OTHER_LEVEL = re.compile(r"\b(?:smaller|larger|bigger|reduced|lower|higher|reduced-rate) $")
_DEFINITE = re.compile(r"\b[Tt]he $")
_THE_COUNTED = re.compile(rf"\b[Tt]he (?:\d{1,3}|{NUMBER_WORD}) $")  # a lot told before, counted again: "the four scanners"
# an agency's officer told by "its" (see the liaison_officer pattern), and the agencies that post officers abroad
_ITS_OFFICER = re.compile(r"[Ii]ts ")
_POSTING_AGENCY = re.compile(r"\b(?:NCA|National Crime Agency|Home Office|Border Force|Europol|Frontex|(?:[A-Z][\w-]* ){1,3}(?:Agency|Police))\b")
# equipment told being put up, right after its name: "cameras began to be installed", "scanners are being fitted"
_BEING_INSTALLED = re.compile(r"\s+(?:(?:began|begun|begins|started|starts) to be|(?:are|were) (?:now )?being) (?:installed|fitted|mounted|put up)\b")
# ... or with what tells it between: "The £2.2 million ", "This "
# a campaign's name given it with "called" (see measure_candidates), and the "The"/"This" that refers back to one told before
_CAMPAIGN_NAMED = re.compile(r"[Cc]ampaigns?,? (?:called|named|dubbed|titled|entitled|known as) [\"“]")
_THE_ONE = re.compile(r"\b(?:[Tt]he|[Tt]his) $")
_THE_CAMPAIGN = re.compile(r"\b(?:[Tt]he|[Tt]his|[Ii]ts) (?:[£$€]?[\w.,’'-]+ ){0,3}$")
_BARE_TRAINING = re.compile(r"(?:\w+ )?[Tt]raining")
# ... or who pays for it, named: "training paid for by the United Kingdom" beside another's course is a training of its own
_TRAINING_DONOR = re.compile(r" (?:paid for|funded|financed|sponsored|provided) by (?:the )?[A-Z]")
# a biography's training before a posting: "after Arabic training at Shemlan in Lebanon was posted to Baghdad"
_CAREER_STEP = re.compile(r"\b(?:[Aa]fter|[Ff]ollowing) (?:[\w-]+ )?$")
# bare "training" as a moment ("after training,", "missed training.", "at training on Tuesday"): a team's session, told
# with no article, subject or trainee, ending its clause
_SESSION_BEFORE = re.compile(r"\b(?:after|before|at|from|missed|skipped) $")
_SESSION_AFTER = re.compile(r"(?: (?:on|this|last|yesterday|today)\b[^.;:,]{0,20}?)?\s*[,.;:!?]")
_POSTED_AFTER = re.compile(r"[^.;]{0,60}?\b(?:was|he was|she was) (?:posted|appointed|sent|transferred|seconded|moved)\b")
# what a training teaches, after it: "in detecting forged documents", "on document fraud" (not a place or a time, "in Erbil",
# "in March", nor "in the ...", which may be either)
_TRAINING_SUBJECT = re.compile(r" (?:in|on) (?!(?:the|a|an|its|their|this|that|these|those|each|every|all|two|three|four|five|six|"
                               r"seven|eight|nine|ten|part|total|time|site|future|addition|return|turn)\b)[a-z][\w-]+")
_BARE_EQUIPMENT = re.compile(r"(?:new )?\w+")
# what money or files went through on their way ("sent on through an informal transfer system")
# ... or money paid or goods supplied through it, sums and brackets on the way, and the system's owner named between:
# "moving about €3.2 million (around £2.8 million) for the networks through an informal hawala system", "supplied through
# the Council of Europe's PRADO system" (the channel, no system given)
_SENT_THROUGH = re.compile(r"\b(?:sen[dt]s?|sending|mov(?:e|es|ed|ing)|transferr?(?:s|ed|ing)?|passe[ds]|passing|wired|smuggled|leaked|"
                           r"suppl(?:y|ies|ied|ying)|pa(?:y|ys|id|ying)|launder(?:s|ed|ing)?|channell?(?:s|ed|ing)?|rout(?:e|es|ed|ing))\b"
                           r"(?: [^\s;:]+){0,10}? (?:through|over|via|using) (?:(?:the|a|an) (?:[A-Z][\w’'-]* (?:of )?){0,3})?$")
# a system the text tells new ("a new electronic system"): one set up, not a channel someone used
_NEW_SYSTEM = re.compile(r"(?:(?:a|an|the) )?new\b", re.IGNORECASE)
# equipment named only as a whole, bare or as what a sum paid for ("equipment", "£1 million for equipment"): the items its
# sentence lists after it ("..., including 12 scanners and two vehicles") are what was given (equipment told by whom or
# where it is for, "equipment for Iraqi border guards, including ...", is itself the measure, its items part of it)
_GENERIC_EQUIPMENT = re.compile(r"(?:(?:for|on) (?:new )?)?equipment")
# the items such equipment is said to include, set off after it: ", including 40 scanners and two vans"
_ITEMS_LISTED = re.compile(r",\s+(?:including|among them|such as)\s+(?=(?:\d[\d,]*|an?|new|(?:[\w-]+\s+){0,2}[\w-]+s\b))")
# the word that tells equipment's own kind, just before its noun: "long-range" of "long-range drones", "smaller" of "18
# smaller drones" (not a count, an article or a word of more, which tell no kind)
_MODIFIER_BEFORE = re.compile(r"(?<![\w’'-])([A-Za-z]+(?:-[A-Za-z]+)*) $")
_NO_KIND = re.compile(rf"(?:new|more|extra|additional|further|other|another|the|a|an|its|their|his|her|our|of|for|and|or|some|"
                      rf"several|dozen|dozens|these|those|such|{NUMBER_WORD})", re.IGNORECASE)


def _modifier(text: str, cand: Candidate) -> str:
    start = cand.spans["description"][0]
    m = _MODIFIER_BEFORE.search(text, max(0, start - 30), start)
    return "" if m is None or _NO_KIND.fullmatch(m.group(1)) else m.group(1).lower()


# a course after one given: "a second course for 60 officers" (not "a second-year course": the words must stand alone)
_FURTHER_GROUP = re.compile(r"\b(?:[Aa]|[Tt]he) (?:second|third|fourth|fifth|further|next) (?:group|batch|cohort|intake)\b[^.;,]{0,50}$")
# ... or a further number counted as to be trained ("40 officers finished the course, and a further 25 will be trained in May")
_FURTHER_TRAINEES = re.compile(r"\b(?:[Aa] further|[Aa]nother|[Aa]n additional|[Aa]n extra) \d[\d,]* (?:[\w-]+ ){0,2}$")
# a course or trainees referred back to as a clause's subject, an aside in commas allowed: "the course, worth £2m, has "
# (its length may describe it, "the two-year programme will train", but not an ordinal making it another: "the second
# programme"; nor a count after a conjunction: "and that 200 officers had completed courses")
_TRAINING_REFERRED = re.compile(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose) (?:new |same |[a-z]+-[a-z-]+ )?"
                                rf"(?:course|programme|program|scheme|{_STAFF})"
                                r"(?:, (?:[^,.;:]|[.,]\d){1,40},)? (?:(?:has|have|had|will|would|were|was|are|is)(?: now| already| also)? )?(?:been )?$")
# ... or the training named with "the" as its clause's subject ("said the training would ..."): the training told before,
# its purpose said (not "thanked them for the training of 340 officers": told there first)
_TRAINING_AGAIN = re.compile(r"\b(?:[Tt]he|[Tt]his|[Ii]ts) (?:same )?$")
_TRAINING_SUBJECT_VERB = re.compile(r"training (?:would|will|is|was|has|had|could|should)\b")
_COMPLETED_THE = re.compile(r"(?:completed|attended|graduated from) (?:the|this|that) (?:courses?|training)\b")
_FURTHER_COURSE = re.compile(r"\b(?:[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]urther|[Aa]nother|[Nn]ext) (?:[\w-]+ )?$")
# ... or the ordinal opening the course matched, told as planned: "a further course for Mosul is planned for March"
_ORDINAL_COURSE = re.compile(r"(?:[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]urther|[Aa]nother) (?:[\w-]+ )?course\b")
_MORE_COUNTED = re.compile(r"\b(?:more|further|additional|extra) (?:[\w-]+ ){0,2}$")
# staff counted just before their training: "310 officers have been trained", "240 guards were trained"
# a passive training ("were trained") and the count of staff its subject, with where they are from ("30 guards from the
# northern crossings "; no clause between)
_PASSIVE_TRAINED = re.compile(r"(?:was|were|have been|has been|had been|will be) trained\b")
_COUNTED_SUBJECT = re.compile(rf"\b\d(?:[\d,]*\d)? (?:[\w’'-]+ ){{0,3}}?{_STAFF}(?: (?:from|at|of|in|on) [^.;,:\"“”]{{1,100}}?)? $")
# a vehicle checked by the kit named next: "the coach was passed through an X-ray scanner" (the kit at work at a check)
_PUT_THROUGH = re.compile(r"\b(?:was|were|is|are|been|being) (?:passed|put|driven|sent|run) through (?:an? |the |its |a new |the new )?$")
_COUNTED_TRAINED = re.compile(rf"\b\d(?:[\d,]*\d)? (?:[\w’'-]+ ){{0,3}}?{_STAFF} (?:have |has |had |will )?$")
_FURTHER_SUM = re.compile(r"\b(?:a further|another|an extra|an additional) [£$€]\s?\d[\d.,]*(?:\s?(?:million|billion|m|bn))?\s+(?:on|for|in)\s+(?:new\s+)?$")
_LAB = {"lab", "labs", "laboratory", "laboratories"}  # a facility's names told bare
# a grant to a person named by what it is for: "grants of up to €2,000", "start-up grants"
_LOANS = re.compile(r"loans$|^[Mm]icro")  # money lent (see employment), and nothing else the kind names
_GRANT = re.compile(r"(?:start-?up |business |small-business )?grants?\b")
# a grant told as received by someone: "She was given a grant of ...", "412 returnees have received start-up grants" (not
# the scheme named: "only 14 had received the reintegration grant the Home Office offers")
# ... but grants told with their terms are the scheme itself: "received reintegration grants of up to 3 million dinars each"
# a grant's sum told after it: "a reintegration grant of £2,000", "grants worth up to 3 million dinars"
_GRANT_SUM = re.compile(r"\s+(?:of|worth)\s+(?:(?:up to|as much as|about|around|some|nearly|almost)\s+)?"
                        r"(?:[£$€]\s?\d|\d[\d,.]*\s+(?:million\s+)?(?:Iraqi\s+)?(?:dinars|dollars|euros|pounds)\b)")
_GRANT_TERMS = re.compile(r"\s+(?:of|worth)\s+(?:up to|as much as)\b")
_RECEIVED_BEFORE = re.compile(r"\b(?:received|receives?|receiving|got|gets?|(?:was|were|been|is|are) (?:given|paid|awarded|handed))\s+"
                              r"(?:an?\s+|his\s+|her\s+|their\s+)?$")
# what may close a sentence after its stop: a question's "?" is looked for past them
_CLOSERS = " \t\n\"”’»)"
# a count that changed: "returns to Iraq had tripled", "removals to Iraq rose by 40%"
# ... or with the verb between: "318 were enforced returns and 808 were voluntary returns"
# ... or people told as counted so: "many of those counted as voluntary returns"
# ... or a kind added to or left out of a count: "Counting voluntary returns too, 2,640 left", "not counting deportations"
_COUNTED_BEFORE = re.compile(r"\d\s+(?:(?:were|are|was|being)\s+)?(?:(?:enforced|forced|voluntary|assisted|and|or)\s+){0,4}$"
                             r"|\b(?:counted|recorded|classed|classified|registered|listed) as\s+(?:(?:enforced|forced|voluntary|assisted)\s+){0,2}$"
                             r"|\b(?:[Cc]ounting|[Ee]xcluding)\s+(?:(?:enforced|forced|voluntary|assisted|and|or)\s+){0,3}$"
                             # ... or what a count takes in, a table's note: "Returns figures include enforced and voluntary returns"
                             # ... or one figure told with its count: "The figure of 1,400 returns covers both enforced and ..."
                             r"|\b(?:[Ff]igures?|[Ss]tatistics|[Tt]otals?|[Dd]ata|[Nn]umbers?)(?:\s+of\s+\d[\d,.]*(?:\s+[a-z]+)?)?\s+"
                             r"(?:(?:also|only)\s+)?(?:include|included|includes|"
                             r"exclude|excluded|excludes|cover|covers|covered)\s+(?:(?:both|all|enforced|forced|voluntary|assisted|and|or)\s+){0,4}$")
# returns named bare, as a sentence's opening names its topic (see _first_words_lowered)
_BARE_RETURNS = re.compile(r"(?:deportations|returns|removals)(?: processes)?")
# flights told bare, with where they go or who runs them: "voluntary flights to Erbil", "flights organised with Frontex"
_PLAIN_FLIGHTS = re.compile(r"(?:(?:voluntary|special|scheduled|commercial|chartered) )?flights?", re.IGNORECASE)
# ... kept as returns when people returned are told carried on them: "returned 90 Iraqis, most of them on flights to Baghdad",
# "were deported on flights run by the agency"
_RETURNED_ON = re.compile(r"\b(?:returned|deported|removed|repatriated|sent (?:back|home)|flown (?:back|home))\b[^.;]{0,80}?\b(?:on|aboard|by) (?:the )?$",
                          re.IGNORECASE)
# a period told as the top or bottom of a tally: "the busiest month for returns", "a record year for removals" (returns
# counted, a figure; the flights or arrangement that carried them are told in words of their own)
_TALLIED_PERIOD = re.compile(r"\b(?:busiest|biggest|best|worst|record|highest|lowest|quietest|slowest|strongest)\s+(?:[\w-]+\s+)?"
                             r"(?:day|week|month|quarter|year|period|season|summer|winter)\s+(?:yet\s+|so\s+far\s+|on\s+record\s+)?(?:for|of)\s+$",
                             re.IGNORECASE)
# (an aside between commas first: "returns to Iraq, enforced and voluntary, reached 1,980")
_COUNT_CHANGED = re.compile(r"(?:\s+\w+){0,3}?(?:,(?: [\w’'-]+){1,4},)?\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:really\s+)?[\"“‘']?(?:tripled|trebled|doubled|"
                            r"quadrupled|halved|r[io]sen?|fell|fallen|increased|decreased|dropped|grew|grown|climbed|jumped|soared|"
                            r"plummeted|plunged|(?:gone|went|go|goes) (?:up|down)|"
                            # ... or told as more often: "Removal flights to Iraq have become far more frequent"
                            r"(?:become|became|becoming|grown|got) (?:far |much |even |a lot )?(?:more|less) (?:frequent|common|regular)"
                            # ... or their total told: "reached 1,980 in the year to March", "totalled more than 400"
                            r"|(?:reached|totalled|totaled|numbered|stood at|hit) (?:a (?:record|total) of |(?:about|around|nearly|almost|"
                            r"more than|over|some) )?\d[\d,.]*)\b")
# a motion put to a House names a debate's subject: "That this House has considered ..."
_ASKED_WHETHER = re.compile(r"\b(?:[Aa]sked|[Aa]sking|[Ww]ondered|[Ww]ondering)\s+(?:[\w’'-]+\s+){0,3}?(?:whether|if)\b[^.;:!?\"“”«»]{0,90}$")
# a sentence opening on a condition a speaker supposes, its doer a pronoun or a government giving something ("If we put money
# into scanners at the crossing, we would ...", "If London paid for training, ..."): what the if-clause names, up to its
# comma, is only supposed, no measure taken (a measure as the clause's subject, "If the scanners at Safwan find someone,
# ...", is one at work, and so is one its doer only wants kept: "If ministers want the returns programme to last, ...")
_SUPPOSED_IF = re.compile(r"[\s\"“‘'(]{0,4}(?:[Aa]nd |[Bb]ut |[Ss]o )?[Ii]f (?:we|you|they|I|ministers|the government|the UK|Britain|London|"
                          r"Baghdad|Erbil|the Home Office) (?:only |just |really |actually |were to |did |could |would )?"
                          r"(?:put|puts|pay|pays|paid|fund|funds|funded|spend|spends|spent|invest|invests|invested|give|gives|gave|"
                          r"send|sends|sent|build|builds|built|buy|buys|bought|install|installs|installed|deploy|deploys|deployed|"
                          r"provide|provides|provided|train|trains|trained|set up|sets up|introduce|introduces|introduced)\b"
                          r"[^,;:.!?\"”]*$")
_MOTION = re.compile(r"That (?:this|the) (?:House|Chamber|Assembly|Parliament|Council|Committee)\b")
# a place in Iraq after a measure: "reception centres in Baghdad and Erbil"
_IN_IRAQ = re.compile(rf"\s+(?:in|at|near|across)\s+(?:the\s+)?{_IRAQI_PLACE}")
# ... or equipment told as shipped there, its giver left unsaid: "ten passport scanners have been sent to Erbil" (seized
# things sent on go to a lab or a court, not to an Iraqi city)
_SENT_TO_IRAQ = re.compile(rf"\s+(?:have|has|had|were|was|will|are)(?: been| be| being)? (?:sent|shipped|flown) (?:out )?to (?:the )?{_IRAQI_PLACE}")
# a measure only the subject of an approach or plan to be discussed is none yet: "ministers will discuss a common approach to
# returns" (but "is in Baghdad to discuss the returns programme" names a programme that is)
# ... or a whole clause still to be talked about: "Ministers will discuss a joint approach to returns"
# ... or what several parties meet to bring into line: "will meet in May to align their training programmes"
_TO_ALIGN = re.compile(r"\b(?:align|co-?ordinate|harmoni[sz]e|synchroni[sz]e|dovetail)\s+(?:their\s+|its\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}$",
                       re.IGNORECASE)
# a thing told better than it was, in a speaker's praise, is no thing given: "gives the police better tools"
_PROMISED = re.compile(r"\b(?:agree[sd]?|agreeing|will|pledged?|pledges|committed|commits?|plans?|planned|promised?|promises)"
                       r"(?: to)? (?:[\w-]+ )?$")
_COMPARED = re.compile(r"\b(?:better|stronger|sharper|smarter)\s+$", re.IGNORECASE)
# ... or an arrangement named among the things a meeting is to discuss: "is due to meet the minister to discuss the new link
# and the returns arrangement", "to discuss a written return arrangement" (an arrangement still talked over is not yet made;
# a programme discussed, "to discuss the returns programme", runs already)
_DISCUSSED = re.compile(r"\b(?:will|to|would|are to|is to) (?:discuss|debate|consider|examine|explore) (?:[\w’'-]+ ){1,6}$")
_DISCUSS_DOING = re.compile(r"\b(?:will|to|would|are to|is to) (?:discuss|debate|consider|examine|explore) (?:how to |whether to )?"
                            r"[a-z]+ing\b[^.;:!?]{0,60}$")
_WILL_DISCUSS = re.compile(r"\b(?:will|to|would|are to|is to) (?:discuss|debate|consider|examine|explore)\b")
# (talks held on projects are talks, nothing yet given: "the two sides discussed projects to create jobs")
_TO_DISCUSS = re.compile(r"\b(?:discuss(?:ed)?|debate|consider|examine|explore)\s+(?:a\s+|an\s+|possible\s+|new\s+)?(?:[\w-]+\s+)?"
                         r"(?:approach|approaches|proposals?|plans?|ways?|options?|ideas?|projects)\s+(?:to|for|on|of)\s+(?:[\w-]+\s+){0,2}$")
# people removed, in the sentence of a charter flight: "deported ... most of them on charter flights to Erbil"
# ... or the returns the pact runs ("the returns programme"; not people "returned on charter flights" by a third country)
# ... or people who may not stay: "for people with no right to remain", "failed asylum seekers", "26,000 Iraqis are obliged to leave"
_DEPORTED = re.compile(r"\b(?:[Dd]eport(?:ed|ations?|ing)|[Rr]emov(?:ed|als?)|[Rr]eturns|no (?:legal )?right to (?:remain|stay)|"
                       r"(?:failed|refused|rejected) asylum|(?:obliged|required|ordered) to leave|"
                       # ... or told as what awaits those refused: "those whose claims fail face return to Iraq"
                       r"(?:face|faces|faced|facing) (?:forced |enforced )?(?:return|removal|deportation))\b")
# ... or a flight run under the pact: "The first charter flight under the agreement is planned for January"
# (its destination in Iraq told between, and a pact named by its two parties: "the first charter flight to Basra under the
# UK–Iraq deal")
_UNDER_PACT = re.compile(rf"(?:\s+to (?:the )?{_IRAQI_PLACE})?\s+under (?:the|this|that|its|their|a|an) (?:[\w–-]+ ){{0,2}}?"
                         r"(?:agreement|deal|pact|arrangement|scheme|programme|memorandum)\b")
_UNDER_RULES = re.compile(r"\s+under (?:the|these|those|its|their) (?:[\w-]+ ){0,2}?(?:rules|law|laws|legislation|ruling|policy)\b")
_FOR_RETURNEES = re.compile(r"\b(?:[Rr]eturnees?|[Rr]eturn(?:s|ed|ing)?|[Rr]eintegrat\w*|[Dd]eport\w*|[Rr]esettle\w*|sent (?:home|back)|(?:come|comes|came|coming|go|goes|went|going|gone) (?:home|back))\b")
# what a report recommends or someone calls for is a proposal: "the report calls for a joint investigation team",
# and so is each item of a list a recommendation leads into ("makes five recommendations: 1. ... 2. ...")
# (calls counted are no appeal: "has received 900 calls on its hotline")
# (an appeal to the public to use a measure is none: "police urged residents to report smugglers through the hotline",
# however the people it is addressed to are told: "urged parents who fear a son may leave to ring the hotline")
_PROPOSAL = re.compile(r"\b(?:recommend\w*|propos(?:e|es|ed|ing|als?)|calls? for|called for|(?:is|are|was|were|been) calling for|"
                       # ... or asked for more of than there is: "and asked for more training for its officers" (what is
                       # asked for is not given; "asked for" alone is too common: "asked for details")
                       # (whoever is asked told between: "Slovenia would ask Croatia for more joint patrols")
                       r"ask(?:s|ed|ing)? (?:(?:[A-Z][\w’'-]+|(?:the|its|their|our) [\w’'-]+(?: [\w’'-]+)?) )?for (?:more|extra|additional|further|better)|"
                       # ... or asked of the authorities by someone else, a charity or a group: "has asked the authorities
                       # to set up a hotline for families" (what is asked for is not yet set up)
                       r"ask(?:s|ed|ing)? (?:the )?(?:[\w-]+ ){0,2}?(?:authorities|government) to (?:set up|create|open|launch|establish)\b|"
                       # ... or told as what must go with another step, still wanted: "warn that it must be matched by
                       # shelters for victims"
                       r"(?:must|should|needs? to|has to|have to|will have to) be (?:matched|backed|accompanied|complemented) by|"
                       # ... or wished for by the writer or speaker: "I would ask the minister to bring back job centres"
                       # (its wish made stronger too: "we would much rather see ...")
                       # (not a wish to be told something, which asks a question: "I would like to know how much has gone on training")
                       r"(?:I|we) (?:would|[’']d|should) (?:(?:much|far|really|very much) )?(?:ask|like|urge|want|prefer|rather|suggest)"
                       r"(?! to (?:know|learn|find out|understand|hear|see how|see whether|see what|ask)\b)"
                       # (but not an appeal to the public to use a line: "I would urge anyone worried to ring the helpline"
                       # asks people to call, as "police urged residents to report" does; no measure wished for)
                       r"(?!(?:(?<=ask)|(?<=urge))\s+(?:[\w’'-]+\s+){1,4}?to\s+(?:report|call|ring|phone|contact|text|message)\b(?!\s+for\b))|"
                       # ... or advised as what someone should pay for: "If London wants results, it should fund jobs"
                       r"\b(?:should|ought to) (?:also |now |instead |rather |first )?(?:fund|finance|pay for|invest in|spend (?:more )?on)\b|"
                       # ... or asked for outright, as a letter's or a petition's list of asks: "We therefore ask you to:",
                       # "we respectfully request that the minister"
                       r"(?:I|we) (?:(?:therefore|also|now|respectfully|strongly|urgently|again|further|jointly) ){0,2}"
                       # ... or asked in the present of partners: "we are asking our British friends to put more into jobs"
                       r"(?:(?:are|am) )?(?:ask(?:s|ing)?|request(?:s|ing)?|urg(?:e|es|ing)|implor(?:e|es|ing)|beg(?:s|ging)?|invit(?:e|es|ing)) "
                       r"(?:(?:you|ministers?|the (?:[\w-]+ ){0,3}?[\w-]+|(?:our|their) (?:[\w-]+ ){0,2}?(?:friends|partners|allies|"
                       r"counterparts)) (?:urgently )?to|that)\b|"
                       # ... or said to be needed: "What they need most is better data sharing", "we still need faster returns"
                       r"what (?:we|they|Iraq|Britain|the [\w-]+) (?:really |still )?needs? (?:now |most |next )?is|"
                       r"(?:we|they) (?:still |now |urgently |also )?need(?=(?: (?:more|better|faster|quicker|greater|closer)(?: [\w-]+)?)? ?$)|(?:(?<!\d\s)calls? on|called on|urg(?:es|ed|ing))\b"
                       r"(?!\s+(?:all\s+|any\s+|local\s+|worried\s+|other\s+|fellow\s+|more\s+)?(?:the\s+public|members\s+of\s+the\s+public|citizens|residents|"
                       r"people|anyone|everyone|families|parents|relatives|communities|victims|young\s+(?:people|men|women)|"
                       r"travellers|witnesses|Iraqis|Britons|"
                       # ... or any group of the public addressed by what they are: "urged students to call the hotline"
                       r"students|pupils|drivers|hauliers|passengers|workers|employers|landlords|jobseekers|women|men)\b"
                       r"(?:[^.;:!?]{0,100}?\s)?to\b"
                       # ... however it is told, the public passive before it: "Citizens were urged to report smuggling
                       # to the hotline" (an appeal to call or report is to the public, never a government's ask)
                       r"|\s+to\s+(?:report|call|ring|phone|contact|text|message)\b(?!\s+for\b)))\b", re.IGNORECASE)
# ... but an ask for what was promised already is a measure the government took on, told as late: "calls for a shared
# database, which has been promised since the pact was agreed"
_PROMISED_AFTER = re.compile(r"[^.;:!?]{0,60}?,?\s+(?:which|that)\s+(?:(?:has|have|had)\s+been|was|were|is|are)\s+"
                             r"(?:(?:already|long|repeatedly|first|twice)\s+)?(?:promised|pledged|agreed|announced|committed to)\b")
# ... and an ask for the use of a place or line a named body has opened already is none for the place: "access to the
# shelter that the Ministry of Labour opened in March" (the shelter stands)
_OPENED_AFTER = re.compile(r"[^.;:!?]{0,40}?\s+(?:which|that)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:of|and|for)\s+)?){1,6}"
                           r"(?:(?:has|had)\s+)?(?:opened|launched|set up|established|built)\b")
_OPENED_KINDS = {"victim_support", "reception_centre", "hotline"}
# ... and an ask to do more with what already stands is none for what stands: "send more than the two liaison officers now
# working in Iraq", "fund the reception centre in Erbil properly" (the officers serve, the centre is open)
_STANDING_AFTER = re.compile(r"\s+(?:(?:who|which|that)\s+(?:are|is)\s+)?(?:now|already|currently)\s+"
                             r"(?:working|posted|based|deployed|serving|stationed|operating|running|open)\b"
                             # ... or asked to be carried further, to more places or beyond its end: "called for the awareness
                             # campaign in the north to be extended to the south" (the campaign runs in the north)
                             r"|[^.;:!?]{0,60}?\s(?:to\s+)?be\s+(?:extended|expanded|widened|rolled\s+out)\s+(?:to|beyond|into|across)\b")
# ... nor is an ask to hurry or add to what is under way: "called on London to speed up work on the joint biometric
# database and to increase the number of training courses" (the database is being built, the courses are given)
_MORE_OF_STANDING_BEFORE = re.compile(r"\b(?:(?:speed|step)(?:s|ed|ing)?\s+up|accelerat(?:e|es|ed|ing))\s+(?:the\s+)?work\s+on\s+"
                                      r"(?:the|its|their)\s+(?:[\w-]+\s+){0,2}$"
                                      r"|\b(?:increas|expand|rais)(?:e|es|ed|ing)\s+the\s+(?:number|numbers)\s+of\s+(?:[\w-]+\s+){0,2}$"
                                      # ... or to widen one already running: "should expand the reintegration programme" (the
                                      # programme runs; not "expand the use of", nor a new one, "expand into a new scheme")
                                      r"|\b(?:expand|extend|enlarg|widen|scal(?=e\w*\s+up))\w*(?:\s+up)?\s+(?:the|its|their)\s+"
                                      r"(?:existing\s+|current\s+)?(?:[\w-]+\s+){0,2}$")
_FUNDED_PROPERLY_AFTER = re.compile(r"(?:\s+(?:in|at)\s+[A-Z][\w’'-]+)?\s+(?:properly|adequately)\b")
# a report's section of findings beside its asks, "Conclusions and recommendations": its items state measures taken ("The
# Government has spent £2.1 million on a biometric system") as often as they ask for new ones
_FINDINGS_AND_PROPOSALS = re.compile(r"\b(?:conclusions?|findings?|observations?)\s+and\s+recommendations?\b"
                                     r"|\brecommendations?\s+and\s+(?:conclusions?|findings?|observations?)\b", re.IGNORECASE)
# ... and a list of recommendations a body adopted is its decision: "The conference adopted the following
# recommendations:" leads into measures agreed, its items asks only when each says so
_ADOPTED_PROPOSALS = re.compile(r"\b(?:adopted|approved|endorsed|accepted|agreed(?:\s+on)?)\s+(?:the\s+following\s+|these\s+|its\s+|"
                                r"(?:the\s+)?(?:[\w-]+\s+){0,2}?)recommendations?\b", re.IGNORECASE)
# ... and in such a section an item that tells what someone should do is an ask, whatever its verb: "3. The department
# should publish yearly figures on returns", "No one ... should be put on a removal flight until ..." (a finding tells
# what was done: "has spent", "introduced")
_ITEM_ASKS = re.compile(r"\b(?:should|ought to)\s")
# ... or a table's row, "Thermal cameras for border crossings | Border Ports Commission | £2,400,000": its items are read
# under the table's caption as a list's under its lead-in ("Table 1: projects funded in 2025")
_LIST_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-•*–])\s|[^\n|]{1,200}? \| ")
# a list's lead-in naming what a package holds: "The package includes:"
_INCLUDES = re.compile(r"\b(?:includ(?:es|ed|e)|compris(?:es|ed|e)|consists? of|covers?)\b[^.;]{0,40}$")
# a count before equipment: "eight fast patrol boats", "60 thermal-imaging cameras", "a dozen drones"
# (a "new" or "more" before two words of kind is no word of kind: "48 new four-wheel-drive patrol vehicles" is counted)
_COUNT_BEFORE = re.compile(rf"(?:\b\d[\d,]*|\b(?:{NUMBER_WORD})(?:-(?:{NUMBER_WORD}))?|\b(?:a|two|three) dozen|\bdozens of)\s+"
                           r"(?:(?:new|more|extra|additional)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# portals counted, the maker's model name between: "two portals", "14 of its Mark II portals"
_PORTALS_COUNTED = re.compile(rf"(?:\b\d[\d,]*|\b(?:{NUMBER_WORD}))\s+(?:of (?:its|their|the) )?(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
# returnees offered something in the same clause before it: "offering each returnee up to $2,500 in vocational training"
# (not "a scheme for returnees in Duhok, and Germany has pledged €3.2m for job training")
# ... or after it: "vocational training to 1,000 returnees"
# staff the training is for, named before it: "Police in Ranya will also be trained", "officers are to receive training"
_STAFF_TRAINED = re.compile(rf"\b{_STAFF_ANY_CASE}\b")
_TO_RETURNEES_AFTER = re.compile(r"(?:[^,;:.]|[,.]\d){0,60}?\b(?:[Rr]eturnees?|[Rr]eintegrat)")
# a further centre for returnees: "a second centre would open in Zakho"
_FURTHER_CENTRE = re.compile(r"(?:second|third|fourth|another|further) ")
_TO_OPEN = re.compile(r" (?:would|will|is to|was to|is due to|to) (?:open|be (?:opened|built|set up))\b")
_CENTRE_WORD = re.compile(r"\b(?:centre|center)s?\b")
# those a scheme serves, named instead of returnees: "Each trainee will receive", "graduates can apply", "1,800 beneficiaries"
_SCHEME_USERS = re.compile(r"\b(?:[Tt]rainees?|[Gg]raduates|[Bb]eneficiar(?:y|ies)|[Pp]articipants|[Ss]tudents)\b")
# equipment extended to another place: "bring the same scanners to the southern ports"
_EXTENDED = re.compile(r"(?:extend|bring|brought|expand|roll)")
# equipment told by the money given for it: "1.5 billion Iraqi dinars for equipment"
_MONEY_FOR = re.compile(r"(?:for|on) ")
# a facility built rather than devices given: "a forensic laboratory" beside "drones and scanners"
# a barrier told as built or extended after it: "as the border wall on the Iranian frontier was extended" (a state's
# works, whoever tells of them; boats "built in Turkey" are no barrier)
_BARRIER = re.compile(r"(?:border (?:posts?|towers?|walls?)|walls?|fenc|watch)")  # (a wall is matched only on a border)
_BARRIER_WORD = re.compile(r"fenc|wall")  # a fence or wall named again, whatever its words: "the border fence" ... "the fence"
_BARRIER_AGAIN = re.compile(r"(?:border )?(?:fences?|fencing|walls?)")
_THE_BARRIER = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts) (?!new\b)(?:[\w’'-]+ ){0,2}$")
# (... or told so in a participle set off by a comma: "The fence along the Serbian border, first built in 2015 and raised")
_RAISED_AFTER = re.compile(r"[^.;]{0,60}?(?:\b(?:was|were|is|are|has been|have been|had been|is being|are being|will be|to be) "
                           r"|,\s+(?:(?:first|originally|later|recently|since|then)\s+)?)"
                           r"(?:extended|built|erected|completed|reinforced|lengthened|raised|constructed|upgraded)\b"
                           # ... or told how far it is built: "the wall along the frontier was 92 percent complete"
                           r"|[^.;]{0,60}?\b(?:was|were|is|are|now) (?:\d[\d.]*(?: percent| per cent|%)|nearly|almost|largely|half) complete\b")
# (passport gates are opened to travellers as a lab is: "to open its first electronic passport gates")
# a barrier or system told finished, its verb just before it (a fence "was completed" is caught by _RAISED_AFTER)
_FINISHED_IT = re.compile(r"\b(?:finished|completed|(?:has|have|had) (?:now |already |also )?(?:finished|completed))\s+"
                          r"(?:building\s+|work on\s+)?(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){0,2}$")
# a barrier a state lengthened: "Bulgaria has extended its razor-wire fence along the Turkish border" (a gang's crossing of
# it is no measure: "extended their route along the fence")
_EXTENDED_BARRIER = re.compile(r"\b(?:extended|lengthened|(?:has|have|had|will|to) (?:now |already |also |further )?"
                               r"(?:extend|extended|lengthen|lengthened))\s+(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){0,2}$")
_WATCHING_BY = re.compile(r"\b(?:watched|monitored|guarded|covered) (?:round the clock |around the clock |day and night )?by\b")
_FIXTURE = re.compile(r"\b(?:laborator(?:y|ies)|labs?|e-?gates|gates|booths|kiosks)$")
_FIXTURE_OPENED = re.compile(r"\s+(?:(?:that|which) )?(?:(?:was|were|has been|have been|had been|is being|will be) )?(?:(?:re)?opened|built|set up|"
                             r"established|launched|fitted out|equipped)\b")
_FIXTURE_DUE = re.compile(r"(?:,[^,.;:]{1,60},)?\s+(?:is|are) (?:due|set|expected|scheduled|planned) to (?:open|be (?:opened|built|set up))\b")


def _given_later(text: str, sentences: list[tuple[int, int]], sentence: tuple[int, int], words: str) -> bool:
    """Whether a later sentence opens on the equipment named again ("The scanner ...") and tells it given."""
    if sentence not in sentences:
        return False
    again = re.compile(rf"[\s\"“‘'(]{{0,4}}(?:The|This|That|Its) {re.escape(words.split()[-1])}\b")
    here = sentences.index(sentence)
    return any((hit := again.match(text, lo, hi)) and _SUPPLY_VERB.search(text, hit.end(), hi) and not _GANGS.search(text, lo, hi)
               for lo, hi in sentences[here + 1:])


# travel documents issued within a time, a measure beside the desk or flights that carry out returns
_DOCUMENTS = re.compile(r"issu")
# ... which are the returns process or arrangement, where the article names one ("a faster returns process", "the returns
# arrangement"), and a measure of their own beside a returns desk or flights
_RETURNS_PROCESS = re.compile(r"^(?:[Ff]aster|[Qq]uicker|[Ss]peedier|[Ss]wift) |\b(?:process|processes|arrangement)$")
# a smuggler's own doing: "a man who ran boats out of Calais"
_WHO_RAN = re.compile(r"\bwho (?:had |has )?(?:ran|run|runs|launched|launches|sailed|piloted|steered|organised|organized|operated|"
                      r"bought|buys|used|uses) (?:[\w’'-]+ ){0,2}$")
# ... or a gang's, told by what it does with them: "a network that runs boats from the coast", "a racket that sent 450
# migrants across the Channel in small boats"
_GANG_THAT_RAN = re.compile(r"\b(?:gangs?|networks?|rings?|rackets?|cartels?|smugglers) (?:that|which) (?:had |has )?(?:ran|run|runs|sent|sends|"
                            r"launched|launches|sailed|organised|organized|operated|operates|bought|buys|used|uses|packed|crammed) "
                            r"(?:[\w’'-]+ ){0,10}$")
# ... or told as what the one who ran a network or its supply did, a participle after it: "ran the ring's supply chain,
# buying boats and engines in Germany" (an agency's purchase is told by its own verb: "Border Force bought new boats")
_RAN_THEN_BOUGHT = re.compile(r"\b(?:ran|runs|run|running|led|leads|headed|heads|organised|organized|masterminded)\b[^.;:]{0,120}?,\s+"
                              r"(?:buying|purchasing|sourcing|acquiring|ordering|stockpiling|storing)\s+(?:[\w’'-]+\s+){0,2}$")
# what suppliers or dealers trade in: "suppliers of boats and engines", "dealers in inflatable boats"
_TRADED = re.compile(r"\b(?:suppliers?|sellers?|dealers?|vendors?|traders?|makers?|manufacturers?|buyers?) (?:of|in) (?:[\w’'-]+ ){0,2}$",
                     re.IGNORECASE)
# a place where something is done, told after a preposition: "fingerprints taken at Iraqi border posts", "checked at the labs"
# the boats people cross in, told by who is in them (a patrol boat carries officers, never migrants)
_BOAT = re.compile(r"(?:boats?|dinghy|dinghies)$")
# devices counted, told arrived where they will serve, their worth between: "six thermal cameras worth £90,000 arrived in
# Zakho last week" (a boat or a car that arrives is the crossing's or the smugglers', not what was given: see above)
_ARRIVED_AFTER = re.compile(r"(?:[^.;]|\.\d){0,60}?\s(?:arrived|(?:has|have) (?:now |already )?arrived|(?:is|are) due to arrive|will arrive) "
                            r"(?:in|at) (?:the )?[A-Z]")  # (a place named: not "arrived at the scene")
# (and people found hidden in vehicles: "312 people hidden in vehicles at the port" are the lorries' stowaways; so is one
# counted alone, as a fine is: "£2,000 for each person found in their vehicles")
_MIGRANTS_IN = re.compile(r"\b(?:migrants?|passengers?|asylum seekers?|refugees?|crossings?|people|persons?|stowaways?)\s+(?:[\w’'-]+\s+){0,2}?(?:in|on|aboard)\s+"
                          r"(?:\d[\d,]*\s+|[a-z]+\s+){0,2}$"
                          # ... or by the places sold on them: "paying for places in lorries and small boats"
                          r"|\b(?:places?|seats?|spots?|berths?|spaces?|passage)\s+(?:in|on|aboard)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,3}$"
                          # ... or by the crossing made in them, its landing place between: "people detected arriving in
                          # the UK on small boats", "those who crossed by small boat"
                          r"|\b(?:arriv(?:e|es|ed|ing)|cross(?:es|ed|ing)?)\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*\s+)?"
                          r"(?:in|on|aboard|by)\s+(?:[a-z]+\s+){0,2}$"
                          # ... or by the trust or fear the migrants have of them, or the wrecks of them: "no longer trusted
                          # the boats", "afraid of the small boats", "the bodies of boats washed up"
                          r"|\b(?:trust(?:s|ed|ing)?|distrust(?:s|ed)?|fear(?:s|ed|ing)?|afraid of|scared of|wary of|avoid(?:s|ed|ing)?|"
                          r"bodies of|wrecks? of|wreckage of)\s+(?:the\s+)?(?:[a-z]+\s+)?$")
_CARRYING_PEOPLE = re.compile(r"\s+(?:with|carrying|packed with|crammed with)\s+(?:more\s+|\d[\d,]*\s+|up to\s+\d[\d,]*\s+)?"
                              r"(?:people|migrants|passengers|asylum seekers|refugees)\b"
                              # ... or told lost at sea: "boats washed up near the beach", "boats that capsized"
                              r"|\s+(?:(?:that|which)\s+(?:had\s+)?)?(?:washed up|capsized|sank|deflated|overturned)\b")
# evidence sent to a laboratory, a few words naming it between: "sent to the Polizia Scientifica laboratory" (see _TAKEN_THERE)
_SENT_TO_LAB = re.compile(r"\b(?:sent|taken|passed|handed|submitted|delivered|forwarded) (?:on )?to (?:the |a |an |its |their )(?:[\w’'-]+ ){0,4}$")
_TAKEN_THERE = re.compile(r"\b(?:delivered|taken|brought|driven|sent|led|walked|pushed|dropped off|escorted) (?:back )?(?:to|up to|towards) (?:the |a )?$")
_AT_PLACE = re.compile(r"\b(?:at|from|near|outside|inside)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w’'-]*\s+)?$")
# a purpose clause: what follows is what a measure named before it does
_PURPOSE_BEFORE = re.compile(r"\b(?:so that|in order that|so as to|to ensure that)\b[^.;]{0,80}$")
# a country said ready to take its people back ("Baghdad is willing to accept the return of its nationals"): a stance, no measure
_NO_HELP = re.compile(r"\bno (?:help|support|assistance) (?:with |in |for )?$", re.IGNORECASE)
_WILLING = re.compile(r"\b(?:ready|willing|prepared|happy|open|keen|glad|eager)\s+to\s+$"
                      # ... or returns a government says it welcomes: "welcomes voluntary return" (a stance, no scheme)
                      r"|\b(?:welcome[sd]?|welcoming)\s+$", re.IGNORECASE)
# what one return costs, compared or told as a unit ("costs about £1,800 per voluntary return"): a cost, no returns measure
_UNIT_COST = re.compile(r"\bcost(?:s|ing|ed)?\b[^.;]{0,100}?[£$€]\s?\d[\d.,]*(?:\s?(?:million|billion|m|bn|k))?\s+(?:for|per)\s+"
                        r"(?:(?:a|an|each|every|one)\s+)?(?:[\w-]+\s+){0,2}$"
                        # ... or the cost of one return told as its subject: "The average cost of an enforced removal was
                        # £9,000" (a unit's cost; "the cost of the returns programme" names the programme)
                        r"|\b(?:average |unit |typical |estimated )?cost (?:of|per) (?:a|an|each|every|one) (?:[\w-]+\s+){0,2}$")
# ... or one return's worth told after it: "each voluntary return saves about £28,000" (an estimate of the unit, no measure)
_EACH = re.compile(r"\b(?:[Ee]ach|[Ee]very|[Oo]ne|[Aa] single|[Tt]he average) $")
_SAVES_SUM = re.compile(r"s?\s+(?:saves|saved|costs|cost|is worth|was worth)\s+(?:the (?:[\w-]+ ){0,2}?)?"
                        r"(?:(?:about|around|roughly|some|nearly|almost|over|more than|up to|an average of|on average)\s+)?(?:[£$€]|US\$)\s?\d")
# what a returnee's grant or loan pays for ("a grant of £2,000 to open a shop or pay for training"): the grant's use, no measure
_GRANT_USE = re.compile(r"\b(?:grants?|loans?|payments?|allowances?|stipends?)\b[^.;]{0,100}?\b(?:pay(?:s|ing)?|spend(?:s|ing)?|use(?:s|d)?|"
                        r"using) (?:it |them |the money )?(?:for|on) $")
# ... or a building paid for with it: "the new reception centre ..., built with a grant of $600,000 from the United Kingdom"
# ... or things paid for with it: "new watchtowers, paid for with a British grant of £750,000"
_BUILT_WITH = re.compile(r"\b(?:built|rebuilt|constructed|refurbished|renovated|extended|equipped|paid for|funded|financed|bought|"
                         r"purchased) (?:with|from|through|using|by) "
                         r"(?:an? |the )?(?:[\w-]+ ){0,2}$")
# a donor named by the field it gives to: "IOM's largest donor for returns to Iraq"
# a report, inspection or review told as being on what follows: "a report by the chief inspector on the returns process"
# (not past a setting the words come against: "the inspection took place against the background of the returns
# arrangement" tells of the arrangement as the inspection's setting, a measure in force, not what it looked into)
_SETTING_OF = r"(?:against the (?:background|backdrop)|in the (?:context|wake|light|shadow)) of "
_REPORT_ON = re.compile(rf"\b(?:report|inspection|review|audit|inquiry|evaluation)\b(?:(?!{_SETTING_OF})(?:[^.;]|\.\d)){{0,80}}?"
                        r"\b(?:on|into|of) (?:the |its |their )?$", re.IGNORECASE)
_DONOR_FOR = re.compile(r"\b(?:donors?|funders?|contributors?|sponsors?|backers?) (?:for|of|to) $", re.IGNORECASE)
# a campaign new to the text, told with an indefinite article: "A British-funded information campaign on TikTok" (not "the campaign")
_ANOTHER_ONE = re.compile(r"\b(?:[Aa]nother|[Ss]econd|[Tt]hird|[Ff]ourth|[Ss]eparate)\s+$")
# (a line too: "our helpline" ... "a second helpline in Sorani" is a line of its own, one of a kind or not)
_ANOTHER_KINDS = {"joint_investigation_team", "joint_intelligence_cell", "task_force", "hotline"}
_TALKS = ("sessions", "talks", "workshops", "seminars", "assemblies")  # (see the talks funded in schools, MEASURES)
_STAFF_PAID = re.compile(r"pa(?:y|ys|id|ying) for ")
_RETURNEES_BEFORE = 400  # characters looked back for the returnees a centre's staff serve (a paragraph or two, never the text)
_NEW_CAMPAIGN = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Ss]econd|[Ss]eparate)\s+(?:[\w’'-]+\s+){0,2}$")
# an officer named as the one information was passed to ("shared with the NCA's officer in Erbil")
_SENT_TO_OFFICER = re.compile(r"\b(?:shared with|passed (?:on )?to|sent to|handed to) (?:the )?$")

# information shared with people, not another force: "shared information with the public", "with reporters"
_WITH_THE_PUBLIC = re.compile(r" with (?:the )?(?:public|press|media|journalists|reporters|residents|families|community|communities)\b")
# a programme referred back to: "since the programme began"
_THE_PROGRAMME = re.compile(r"\b(?:the|this|that|its) (?:[\w-]+ )?(?:programme|program|scheme|project)\b")
# returns told as voluntary: a scheme of their own beside the process that carries out enforced returns
_VOLUNTARY = re.compile(r"\b[Vv]oluntary\b")
# ... and returns told as enforced: the kind done to those who would not go, not the process named before them
_ENFORCED = re.compile(r"(?:[Ee]nforced|[Ff]orced|[Ii]nvoluntary) ")
# (or to receive them, or to cooperate on returns: a commitment, not the process that carries it out)
_READMISSION = re.compile(r"(?:accept|readmit|take|took|receiv|co-?operat)", re.IGNORECASE)
# ... (a force's number with a charity's line as the other choice, "on 101 or to the charity Crimestoppers", gives the line)
# ... (or told as where to give what one knows: "information can be given to the police on 112", "can report suspicious
# activity to police on 110": what is reported named between the verb and "to")
_FORCE_TO_CALL = re.compile(r"\b(?:call|ring|phone|contact|passed to|report(?:s|ed|ing)? (?:[\w’'-]+ ){0,3}?to|given to)\b[^.;]{0,20}?\b(?:Police|police|Constabulary)\s+on\s+\d+"
                            r"(?!\d|\s+or\b)")
# what is sold for a fee ("accounts offering visas and jobs in exchange for fees of up to £2,000"): a scam's or a
# smuggler's offer, no measure the authorities take
_FOR_A_FEE = re.compile(r"\s+in (?:exchange|return) for (?:a )?(?:fees?|payments?|cash|money)\b")
# a clause that only tells when the measure told before it is due ("two new scanners at the port, due to be installed in
# the spring"): that measure's own time, no measure of its own
_ONLY_WHEN_DUE = re.compile(r"(?:(?:which|that) (?:is|are|was|were) |and (?:is|are) )?(?:due|set|expected|scheduled|planned) to "
                            r"(?:be )?(?:installed|fitted|delivered|in place|operational|opened|open|launched|start|begin|go live)"
                            r"(?: (?:by|in|from|before|on|at|within|next|this|early|later|the|[A-Z0-9][\w’'-]*|of)\b(?: [\w’'-]+){0,3}?)?[.!]?\s*")
# ... and the other body given after a force's number with no number of its own ("call Kent Police on 101, quoting its
# reference, or Crimestoppers anonymously") names no line either (tests/articles/README.md: a line with no number is none)
_OTHER_BODY_NO_NUMBER = re.compile(r"or (?:to )?(?:the )?(?:(?:independent )?charity )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}"
                                   r"(?: (?:anonymously|confidentially|in confidence|free(?: of charge)?))?[.!]?\s*")
_FORCE_NUMBER_BEFORE = re.compile(r"\b(?:Police|police|Constabulary)\s+on\s+\d+")
# ... or its number told first, the line named after it: "call 115, the state's emergency line"
_NUMBER_THEN_LINE = re.compile(r"\b(?:call|ring|dial|phone|on)\s+(\+?\d[\d -]{1,14}\d),\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}$",
                               re.IGNORECASE)
# (or told after what the line is: "the X Helpline is free and open 24 hours a day on 08000 ...", "the ministry's hotline is
# on 0750 ...": two lines so told are two)
# a number told anywhere before (its digits alone): "a free hotline, 5050, ..." then "the hotline on 5050" is one line
_A_NUMBER = re.compile(r"\+?\d[\d -]{2,}\d")


def _told_before(text: str, digits: str, pos: int) -> bool:
    return any(re.sub(r"\D", "", n) == digits for n in _A_NUMBER.findall(text, 0, pos))


_LINE_NUMBER = re.compile(r"(?:,? (?:anonymously|confidentially|in confidence|free(?: of charge)?),?| (?:is|are)(?: [\w-]+){0,8}?)?"
                          r" on (\+?\d[\d -]{2,}\d)")
# a flight's destination in Iraq straight after it, paid for: "spent on equipment and on charter flights to Baghdad" (not
# "Tourists took charter flights to Erbil")
# (a sum's decimal point between is no sentence's end: "spent £6.8 million on charter flights")
_PAID_FOR = re.compile(r"\b(?:spent|spending|went|gone|paid|paying|pays|funds?|funded|funding|budget)\b(?:[^.;]|\.\d){0,80}?\bon\b|\bpa(?:y|ys|id|ying) for\b")
_IN_IRAQ_AFTER = re.compile(rf"\s+to\s+(?:the\s+)?{_IRAQI_PLACE}")
# ... or flown to Iraq in a passage about people returned: "2,310 Iraqis were returned from the UK. Three charter flights to
# Erbil carried 96 people; the next charter flight is planned for May" (a tourists' charter flight has none)
# ... where it left from and what it carried told between: "A charter flight from Leipzig carried 61 men to Erbil", "the
# charter flights that carried returnees to Basra", "charter flights and escorts on scheduled flights that had carried
# 900 people to Erbil"
# ... how often told between: "two charter flights a month to Baghdad"
_CHARTER_TO_IRAQ = re.compile(rf"\bcharter(?:ed|s)? (?:[\w-]+ ){{0,3}}?flights?(?: (?:a|per|each|every) (?:week|fortnight|month))?(?: from [A-Z][\w’'-]*)?"
                              rf"(?:(?: [^.;]{{1,50}}?)? (?:that |which )?(?:(?:had|have|has) )?(?:carried|carrying|took|taking|flew|flying|brought|bringing) "
                              rf"[^.;]{{0,40}}?)? to (?:the )?{_IRAQI_PLACE}")
# ... or the flights' timetable agreed, in a passage about people returned: "the joint returns committee ... agreed a
# timetable for charter flights" (officials plan removal flights; a holiday charter's timetable is no news in such a passage)
_TIMETABLED = re.compile(r"\b(?:timetable|schedule|calendar|rota)s? (?:for|of) (?:the |more |further |new |regular |monthly |weekly )?$")
# ... or told by what it costs the state, in a passage about people returned: "charter flights cost the department £19m"
# (a holiday charter's price is paid by its passengers, never by a ministry)
_COST_THE_STATE = re.compile(r"\s+(?:(?:have|has|had|will|would)\s+)?(?:(?:already|now)\s+)?(?:cost|costs|costing)\s+(?:the\s+)?"
                             r"(?:department|Home Office|government|ministry|taxpayers?|state|public purse|(?:UK|British|Iraqi) (?:government|taxpayers?))\b"
                             # ... or the share of the state's spending they took: "charter flights accounted for £14.8 million"
                             r"|\s+(?:(?:have|has|had)\s+)?accounted for (?:(?:about|around|some|nearly|almost|over|more than)\s+)?(?:[£$€]|US\$)\s?\d")
# a line's name, its capitals up to its last word: "the Modern Slavery and Exploitation Helpline"
_LINE_NAME = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*\s+(?:(?:and|of|for)\s+)?){1,5}[\w’'-]*[Ll]ines?$")
# a flight run again and again is a service, not the one flight told before: "a removal flight to Iraq every month"
_REGULAR = re.compile(r"[^.;]{0,40}?\b(?:every|each)\s+(?:week|month|fortnight)|[^.;]{0,40}?\b(?:monthly|weekly|regular)\b")
_ADVERB = re.compile(r"(?:faster|quicker|sooner|ly)$")
# returns told only by a verb of pace ("to speed up the return of people with no right to remain") are the returns process the
# article names after them, if it does ("a faster returns process for Iraqi nationals"): that is the measure, told exactly
_SPED_UP = re.compile(r"[Ss]peed(?:s|ing)? up (?:the )?(?:returns?|removals?|deportations?)")
_TO_RETURNEES = re.compile(r"\b(?:[Rr]eturnees?|[Rr]eintegrat\w*)\b(?:[^,;:.]|[,.]\d)*$")
# the agencies whose liaison officers the articles tell of, to tell two postings apart
_AGENCY = re.compile(r"\b(?:NCA|National Crime Agency|Home Office|Border Force|Frontex|Europol|Interpol|Bundespolizei|"
                     # (Ireland's police too, whose officers the UK's ports host: "a Garda liaison officer at the port")
                     r"[Ff]ederal [Pp]olice|Metropolitan Police|Garda)\b")
_AGENCY_ALIASES = {"national crime agency": "nca", "federal police": "bundespolizei"}
# (a city's airport is a post of its own: "a further officer will be based at Erbil International Airport" is not one of the
# officers "posted to Erbil")
_CITY = re.compile(r"\b(?:Baghdad|Erbil|Irbil|Sulaimani|Sulaymaniyah|Slemani|Duhok|Dohuk|Basra|Mosul|Kirkuk|Najaf|Zakho|Ranya|Halabja)\b"
                   r"(?:(?: International)? [Aa]irport\b)?")
_BLOCK = re.compile(r"\S[^\n]*(?:\n[ \t]*\S[^\n]*)*")  # a paragraph: lines with no blank line between them
_SENTENCE_END = ".!\"”’»"
_LIST_WALK = 40  # lines looked back for a list's lead-in: a list is short, and a long text must not cost its length per item


def _lead_in(text: str, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The line leading into the list whose item the sentence is ("The package includes:"), or None for no list item."""
    line = text.rfind("\n", 0, sentence[0]) + 1
    if not _LIST_LINE.match(text, line):
        return _plain_lead_in(text, line)
    return list_lead_in(text, line, _LIST_LINE, _LIST_WALK)


# a numbered section's title: "4. Training" on a line of its own, a blank line and a paragraph after it (not the next item
# of a list, nor an item that ends like a sentence)
# ... or an item's title with its subject before a colon, over a line of particulars that is no sentence either: a written
# answers page's "3. Iraq: Border equipment" over "UIN HL1234, answered on 2 May 2026"
_SECTION_TITLE = re.compile(r"[ \t]*\d{1,2}\.[ \t]+[A-Z][^\n.!?:;,]{0,60}\n[ \t]*\n(?![ \t]*(?:\d{1,2}[.)]|[-•*–])\s)"
                            r"|[ \t]*\d{1,2}\.[ \t]+[A-Z][^\n.!?:;,]{0,40}:[ \t]+[A-Z][^\n.!?:;,]{0,60}\n"
                            r"(?![ \t]*(?:\d{1,2}[.)]|[-•*–])\s)[^\n]{1,120}(?<![.!?:;”\"’»)])\n")


# a list's lead-in ending with a colon, on a line of its own: "Here are the details of the package:"
_COLON_LINE = re.compile(r"[^\n]{20,300}:[ \t]*\n")


def _plain_lead_in(text: str, line: int) -> tuple[int, int] | None:
    """The lead-in of an unbulleted list whose item starts at ``line``: a line ending with a colon, then (after at most
    one blank line) a block of two or more lines with no blank between them, or None. A web page's list loses its bullets
    when copied ("Here are the details:" then "£4m for training ..." on lines of their own): its items read as headings."""
    lines = 1 if text.find("\n", line) == -1 or not text[text.find("\n", line) + 1:].partition("\n")[0].strip() else 2
    blank = False
    for _ in range(_LIST_WALK):
        if line == 0:
            return None
        prev = text.rfind("\n", 0, line - 1) + 1
        if _COLON_LINE.fullmatch(text, prev, line):
            return (prev, line) if lines >= 2 else None
        if not text[prev:line].strip():
            if blank:
                return None
            blank = True
        elif blank or text[prev:line].rstrip()[-1:] in ".!?:;":
            return None  # a paragraph before the block, or a line that ends like a sentence: no list of bare lines
        else:
            lines += 1
        line = prev
    return None


def _heading(text: str, sentence: tuple[int, int]) -> bool:
    """A headline or heading, or a numbered section's title (which text.is_heading reads as a list's item); an item of an
    unbulleted list under a lead-in with a colon is neither."""
    if is_heading(text, sentence):
        # (a standfirst told as a sentence without its full stop is body, and tells its measures: "the case has been passed
        # to a joint team of ... investigators", as tests/articles/README.md has it)
        # (nor is one told in two sentences, the first with its full stop: "Arrivals fell, helped by a new database at the
        # consulate. Charities say the figures hide much", as a headline never is)
        return _plain_lead_in(text, text.rfind("\n", 0, sentence[0]) + 1) is None and not _standfirst(text, sentence) \
            and not _reported_standfirst(text, sentence) and not _two_sentence_standfirst(text, sentence)
    start = text.rfind("\n", 0, sentence[0]) + 1
    return "0" <= text[start:start + 3].lstrip()[:1] <= "9" and bool(_SECTION_TITLE.match(text, start))


# a sentence's end inside a line, after a lowercase word and before a capital: "... at the consulate. Charities say"
_INNER_STOP = re.compile(r"[a-z]{3,}\. +[A-Z]")


def _two_sentence_standfirst(text: str, sentence: tuple[int, int]) -> bool:
    """A line under the headline (not the first line, after a blank one) of two sentences, the last without its full stop:
    a standfirst, which is body (tests/articles/README.md)."""
    line_start = text.rfind("\n", 0, sentence[0]) + 1
    line_end = text.find("\n", sentence[1])
    line = text[line_start:len(text) if line_end == -1 else line_end]
    return "\n\n" in text[:line_start] and text[:line_start].strip() != "" and len(line.split()) >= 16 \
        and _INNER_STOP.search(line) is not None


def _reported_standfirst(text: str, sentence: tuple[int, int]) -> bool:
    """The line under the headline (the article's second paragraph), without its full stop but long and told in two clauses
    set off by a semicolon: "Police say the driver hid six men in the trailer; a Dutch liaison officer raised the alarm" (a
    headline is told in one clause) and in the past tense (a present-tense one is a headline's second deck: "Border chiefs
    back joint patrols and a hotline; memorandum awaits signatures", as the development gold has it)."""
    line_start = text.rfind("\n", 0, sentence[0]) + 1
    head = text[:line_start].strip()
    if not head or "\n\n" in head:
        return False  # the first line, or a line under the second paragraph
    line_end = text.find("\n", sentence[1])
    line = text[line_start:len(text) if line_end == -1 else line_end]
    return "; " in line and len(line.split()) >= 12 and _PAST_TOLD.search(line) is not None


_PAST_TOLD = re.compile(r"\b(?:[a-z]{2,}ed|was|were|had|hid|found|took|sent|gave|made|paid|held|left|told|caught|brought|seized)\b")


_CELL = " | "


def _table_row(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence is a row of a table: a line of cells, with a line of cells above or below it (a breadcrumb or a
    byline, "News | Crime", is one line alone)."""
    start = text.rfind("\n", 0, sentence[0]) + 1
    end = text.find("\n", sentence[1])
    end = len(text) if end == -1 else end
    if _CELL not in text[start:end]:
        return False
    above = text.rfind("\n", 0, max(0, start - 1)) + 1
    below = text.find("\n", end + 1)
    return start > 0 and _CELL in text[above:start] or end < len(text) and _CELL in text[end:len(text) if below == -1 else below]


def _asked(text: str, start: int, pos: int) -> bool:
    """Whether the words from ``start`` to ``pos`` ask for what follows: a recommendation the government accepted is its
    decision ("The Home Office has accepted recommendation b) and will introduce ...", as tests/articles/README.md has it)."""
    for ask in _PROPOSAL.finditer(text, start, pos):
        if not (ask.group(0)[:9].lower() == "recommend" and any(
                a.start() <= ask.start() < a.end() for a in _ADOPTED_PROPOSALS.finditer(text, max(start, ask.start() - 40), ask.end()))):
            return True
    return False


# an item lettered "a)" or "(b)", and the line leading into such items that tells what someone should do: "12. The Home
# Office should:" (an ask, as a report's recommendations are; a lead-in that asks for a decision, "Cabinet is asked to:",
# or tells of one, is read as before)
_LETTERED = re.compile(r"[ \t]*\(?[a-z]\)[ \t]")
_SHOULD_LEAD = re.compile(r"\b(?:should|ought to)(?: also| now| therefore)?:[ \t]*$")


def _lettered_ask(text: str, line: int) -> bool:
    """Whether the line at ``line`` is a lettered item under a lead-in telling what someone should do."""
    lead = _LETTERED.match(text, line) and list_lead_in(text, line, _LETTERED, _LIST_WALK)
    return bool(lead and _SHOULD_LEAD.search(text, lead[0], lead[1] - 1))


def _proposed(text: str, sentence: tuple[int, int], pos: int) -> bool:
    """Whether the measure at ``pos`` is only recommended: in its sentence, or in the lead-in of the list it is an item of."""
    if _lettered_ask(text, text.rfind("\n", 0, sentence[0]) + 1):
        return True
    if not _LIST_LINE.match(text, text.rfind("\n", 0, sentence[0]) + 1):
        if _asked(text, sentence[0], pos):
            return True
        if not is_heading(text, sentence):
            return False  # (an unbulleted list's item reads as a heading: "The report recommends:" may lead into it)
    lead = _lead_in(text, sentence)
    if lead and (_FINDINGS_AND_PROPOSALS.search(text, *lead) or _ADOPTED_PROPOSALS.search(text, *lead)):
        # each item tells which it is: a finding or an ask
        return bool(_PROPOSAL.search(text, sentence[0], pos)) or bool(_FINDINGS_AND_PROPOSALS.search(text, *lead)
                                                                          and _ITEM_ASKS.search(text, *sentence))
    # (an item telling the recommendation accepted is the decision, under a recommendations heading too: "13. The Home
    # Office has accepted recommendation b) and will introduce ...")
    return bool(lead and _PROPOSAL.search(text, *lead)) and not _ADOPTED_PROPOSALS.search(text, sentence[0], pos)


_FOR_JOINT = re.compile(rf",?\s+and for\s+(?:an?\s+|the\s+|new\s+|\d[\d,]*\s+|(?:{NUMBER_WORD})\s+)?(?:(?:more|extra|additional|further)\s+)?"
                        r"(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_JOINED_ITEM = re.compile(r"(?:\bas well as|\b(?:together|along) with)\s+(?:an?\s+|the\s+|new\s+|\d[\d,]*\s+)?(?:[\w’'-]+\s+){0,2}$")
_SUPPLY_VERB = re.compile(r"\b(?:fund(?:s|ed|ing)?|pa(?:y|ys|id|ying) for|provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|donat(?:e|es|ed|ing)|"
                          r"deliver(?:s|ed|ing)?|bought|buy(?:s|ing)?|purchas(?:e|es|ed|ing))\b")
_LIST_STOP = re.compile(r"[;:!?]|\.(?=\s|$)")
# what comes between two items of one list, before the second: "..., a " or "... and the "
# (its words before the item's own are modifiers: no clause's opening, ", while enforced returns", ", acting on intelligence",
# nor a preposition, "and on charter flights")
# ... or a phrase that adds the second to the first: "received training from British experts in May, along with new scanners"
_LIST_JOINT = re.compile(r"(?:,|\band|\b(?:along|together) with|\bas well as)\s+(?:an?\s+|the\s+|new\s+|\d[\d,]*\s+)?(?:(?!(?:while|whereas|but|as|so|on|in|at|for|to|"
                         r"from|with|by|of|into|via|after|before|under|over|which|who|that|when|where)\b)(?![\w’'-]*ing\b)[\w’'-]+\s+){0,2}$",
                         re.IGNORECASE)


def _listed_with_measure(text: str, matched: str, m: re.Match, sentence: tuple[int, int]) -> bool:
    """Whether the equipment at ``m`` is an item of a list (in its clause, up to a stop, a colon or a semicolon) whose
    other items hold a measure of another kind: "vehicle scanners at the border, a forensic lab and courses for 300
    officers" names the equipment given beside the training."""
    start = max(sentence[0], m.start() - 200)
    for stop in _LIST_STOP.finditer(text, start, m.start()):
        start = stop.end()
    after = _LIST_STOP.search(text, m.end(), sentence[1])
    end = min(sentence[1], m.end() + 200, after.start() if after else sentence[1])
    for other in _MEASURE_RE.finditer(matched, start, end):
        if other.lastgroup == "equipment" or other.start() < m.end() and other.end() > m.start():
            continue
        if other.start() >= m.end() and _LIST_JOINT.search(text, m.end(), other.start()) \
                or other.end() <= m.start() and _LIST_JOINT.search(text, other.end(), m.start()):
            return True
        # ... or the preposition repeated for each item: "will pay for training for 300 staff ..., and for six more detectors"
        if other.end() <= m.start() and text.endswith("for ", max(0, other.start() - 4), other.start()) \
                and _FOR_JOINT.search(text, other.end(), m.start()):
            return True
    return False


def _question_line(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence is a question standing alone on its line (a headline, a sub-heading)."""
    s0, s1 = sentence
    line_end = text.find("\n", s1)
    rest = text[s1:len(text) if line_end == -1 else line_end]
    return (s1 - s0 < 200 and not text[text.rfind("\n", 0, s0) + 1:s0].strip() and not rest.strip(_CLOSERS)
            and text[s0:s1].rstrip(_CLOSERS).endswith("?"))


def _hotline(text: str, m: re.Match, desc: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int]:
    """A hotline's description with the name of whose it is ("the Asayish hotline") and without its number
    ("hotline on 0750 ..."): the number is no part of what the measure is."""
    start, end = desc
    if reported := _REPORTED_TO.match(m.group(0)):  # the body reported to is the line, not the report's verb and object
        start = m.start() + reported.end()
    elif not _CALL.match(m.group(0)) and (owner := _OWNER_BEFORE.search(text, max(sentence[0], m.start() - 40), m.start())):
        # (without the article opening its sentence: "The Kurdish Families Advice Line, which our charity runs ...")
        start = owner.start() + (4 if text.startswith("The ", owner.start()) and owner.end() > owner.start() + 4 else 0)
    if _NUMBER_NEXT.match(text, m.end()) or _LINE_NUMBER.match(text, m.end()):
        end = m.end()
    return start, end


# a data system's proper name, as the data_system pattern matches it: "Entry/Exit System", "Schengen Information System"
_NAMED_SYSTEM = re.compile(r"(?:Information|Entry/Exit|Entry-Exit|Records|Identification|Registration|Tracking|Fingerprint|Biometric|"
                           r"Data|Intelligence) (?:System|Database|Register)$|[A-Z][\w-]* (?:Data|Information|Records) (?:system|database)$")


def _data_kind(words: str) -> str:
    """Which data system ``words`` name, to tell two apart: travellers' data, a link between records other than fingerprints,
    a central database all posts report to, one that follows cases (the casework's, beside the biometric check it waits on),
    or (empty) the biometric one."""
    if _NAMED_SYSTEM.search(words):
        return words.lower()  # a system told by its proper name is that system, not another told before it
    return "travel" if _TRAVEL_DATA.match(words) else "link" if _LINK_OF_RECORDS.match(words) else \
        "central" if words.startswith("central") else "cases" if words.startswith("case") else ""


# ... or by what a deal holds: "Here are the main points of the deal:"
# ... or by its parts counted, as an explainer answers what a deal does: "There are five strands:", "It has three main parts:"
_DEAL_POINTS = re.compile(r"\b(?:points|elements|measures|terms|parts|details) of the (?:deal|agreement|package|plan|pact|memorandum)\b"
                          rf"|\b(?:\d{{1,2}}|{NUMBER_WORD}) (?:main |key |core )?(?:strands|pillars|parts|elements|components|"
                          r"planks|prongs|measures)\s*:\s*$",
                          re.IGNORECASE)


def _supplied_in_lead_in(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the list the sentence is an item of is led into by what is given: "The package includes:", "Britain will
    provide:" (its items, "- eight fast patrol boats", are the equipment given)."""
    lead = _lead_in(text, sentence)
    return bool(lead and (_SUPPLY.search(text, *lead) or _INCLUDES.search(text, *lead) or _DEAL_POINTS.search(text, *lead)))


_WHOLE_REGION = {"Iraq", "Kurdistan", "Iraqi Kurdistan", "Kurdistan Region", "The Kurdistan"}
# ("at" too: "two airline liaison officers also work at Frankfurt" are others than the one "at Erbil airport")
_POSTED_IN = re.compile(r"\b(?:in|at) ((?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                        r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)")


# the country sending liaison officers, told before them ("Swedish police will post an officer", "British liaison officers"):
# another country's officers are another posting, the UK deal's beside a Nordic one (the host, Iraq, sends none)
_SENDER = re.compile(r"\b(?:British|Britain|UK|Swedish|Sweden|Danish|Denmark|Norwegian|Norway|Finnish|Finland|German|Germany|Dutch|"
                     r"Netherlands|Belgian|Belgium|French|France|Italian|Italy|Austrian|Austria|EU|European"
                     # ... or Iraq's own, seconded the other way: "Two Iraqi police officers have been seconded to Dover"
                     r"|Iraqi"
                     # ... or a country named as the one sending them: "and Iraq sent an interior ministry liaison officer"
                     # (the country's name alone may be the posting's place: "liaison officers in Iraq")
                     r"|Iraq(?= (?:has |have |had |will |would |is to |also |now ){0,2}(?:sent|sends|send|posted|posts|post|"
                     r"seconded|seconds|second|deployed|deploys|deploy|assigned|assigns|assign)\b))\b")
_SENDER_COUNTRY = {"british": "uk", "britain": "uk", "swedish": "sweden", "danish": "denmark", "norwegian": "norway",
                   "finnish": "finland", "german": "germany", "dutch": "netherlands", "belgian": "belgium", "french": "france",
                   "italian": "italy", "austrian": "austria", "iraqi": "iraq", "european": "eu", "nca": "uk", "national crime agency": "uk",
                   "home office": "uk", "border force": "uk", "metropolitan police": "uk", "frontex": "eu", "europol": "eu",
                   "garda": "ireland"}


# a phrase of its own begun between an agency and the officers after it: "the NCA and by an Iraqi officer" (not "the NCA
# and Border Force officers", who share the officers)
_ANOTHER_PHRASE = re.compile(r"\band (?:by |with |from |through )?(?:an?|the|two|three|four|\d+) ")


def _posting(text: str, m: re.Match, sentence: tuple[int, int]) -> tuple[str, frozenset, str]:
    """The agency of the liaison officers at ``m`` (named around it: "a Frontex plan to post", "officer of the NCA"), the
    cities they are posted to ("in Erbil and Baghdad") and the country sending them (its agency's, or the nearest told
    before them), each empty when not told."""
    agency = _AGENCY.search(text, max(sentence[0], m.start() - 40), min(sentence[1], m.end() + 50))
    if agency and agency.end() <= m.start() and _ANOTHER_PHRASE.search(text, agency.end(), m.start()):
        agency = None  # "supported by the NCA and by an Iraqi liaison officer": the agency is the other helper, not the officer's
    name = agency.group(0).lower() if agency else ""
    places = [re.sub(r"(?: International)? [Aa]irport$", " airport", p)
              for p in _CITY.findall(text, m.start(), min(sentence[1], m.end() + 40))]
    # ... or any place named after "in" where they work: "at the embassy in Madrid" and "at headquarters in The Hague" are two
    # (Iraq or the Kurdistan Region holds every city there: "liaison officers in Iraq" are the ones posted to Erbil)
    places += [p.removeprefix("The ") for p in _POSTED_IN.findall(text, m.end(), min(sentence[1], m.end() + 60))
               if p not in _WHOLE_REGION]
    senders = _SENDER.findall(text, max(sentence[0], m.start() - 40), m.start() + 1)
    country = _SENDER_COUNTRY.get(name, "") or (_SENDER_COUNTRY.get(senders[-1].lower(), senders[-1].lower()) if senders else "")
    return _AGENCY_ALIASES.get(name, name), frozenset(places), country


def _same_posting(a: tuple[str, frozenset, str], b: tuple[str, frozenset, str]) -> bool:
    """Two mentions are one posting unless both name agencies (or sending countries) and they differ, or both name cities
    and none is shared."""
    return not (a[0] and b[0] and a[0] != b[0] or a[1] and b[1] and not a[1] & b[1] or a[2] and b[2] and a[2] != b[2])


_NUMBERED_PARAGRAPH = re.compile(r"1\.?[ \t]+[A-Z]")


def _opening_end(text: str) -> int:
    """Where an article's opening ends: after its first two paragraphs that end like sentences (a standfirst and the lede;
    headline, byline and dateline lines do not count), or at a question on a line of its own (an explainer's sub-heading)."""
    prose = 0
    for block in _BLOCK.finditer(text):
        para = block.group(0).rstrip()
        if "\n" not in para and para.endswith("?"):
            return block.start()
        if para[-1] in _SENTENCE_END:
            if not prose and _NUMBERED_PARAGRAPH.match(para):
                return 0  # a report's numbered paragraphs ("1 In November 2024 ...") have no standfirst and lede to sum up its body
            prose += 1
            if prose == 2:
                return block.end()
    return len(text)


def _sentence_before(sentences: list[tuple[int, int]], sentence: tuple[int, int]) -> int:
    """Where the sentence before ``sentence`` starts (its own start for the first)."""
    i = bisect_left(sentences, sentence)
    return sentences[i - 1][0] if i > 0 else sentence[0]


def _after_helped(sentences: list[tuple[int, int]], sentence: tuple[int, int], helped: set[tuple[int, int]]) -> bool:
    """Whether the sentence before ``sentence`` told what returnees receive."""
    i = bisect_left(sentences, sentence)
    return i > 0 and sentences[i - 1] in helped


# people sent back to Iraq, told in the sentence after a sum spent on flights: "The Department spent £6.8 million on charter
# flights. It returned 2,140 people to Iraq" (a ministry's charter flights are the returns its audit counts next)
_RETURNED_TO_IRAQ = re.compile(rf"\b(?:returned|removed|deported|flown|flew)\b[^.;]{{0,60}}?\bto\s+(?:the\s+)?{_IRAQI_PLACE}")


def _returned_next(text: str, sentences: list[tuple[int, int]], sentence: tuple[int, int]) -> bool:
    """Whether the sentence after ``sentence`` tells of people returned to Iraq."""
    i = bisect_left(sentences, sentence) + 1
    return i < len(sentences) and bool(_RETURNED_TO_IRAQ.search(text, *sentences[i]))


def _removals_next(text: str, sentences: list[tuple[int, int]], sentence: tuple[int, int]) -> bool:
    """Whether the sentence after ``sentence`` tells of people deported, removed or returned however they went."""
    i = bisect_left(sentences, sentence) + 1
    return i < len(sentences) and bool(_DEPORTED.search(text, *sentences[i]))


def _about_returns(text: str, sentences: list[tuple[int, int]], sentence: tuple[int, int]) -> bool:
    """Whether the sentence or the two before it tell of people returned or removed ("1,640 Iraqis left the UK, either
    removed or leaving voluntarily. About 62% went voluntarily. Charter flights to Erbil resumed in March")."""
    i = bisect_left(sentences, sentence)
    start = sentences[max(0, i - 2)][0] if i > 0 else sentence[0]
    return bool(_FOR_RETURNEES.search(text, start, sentence[1]) or _DEPORTED.search(text, start, sentence[1]))


def _for_returnees(text: str, sentences: list[tuple[int, int]], sentence: tuple[int, int]) -> bool:
    """Whether the sentence or the two before it name returnees, as a passage telling what a scheme gives them does
    ("240 returnees have enrolled in courses. Of the 180 who have completed them, ... Graduates can apply for grants")."""
    i = bisect_left(sentences, sentence)
    return bool(_FOR_RETURNEES.search(text, sentences[max(0, i - 2)][0] if i > 0 else sentence[0], sentence[1]))


def _users_of_scheme(text: str, sentences: list[tuple[int, int]], sentence: tuple[int, int], scheme_kept: bool) -> bool:
    """Whether a scheme for returnees was kept before and the sentence or the one before it names those it serves."""
    return scheme_kept and bool(_SCHEME_USERS.search(text, _sentence_before(sentences, sentence), sentence[1]))


def _paragraph(text: str, pos: int) -> int:
    return text.rfind("\n\n", 0, pos)


# Measures no wording above names, found by what they are: a noun phrase headed by a measure's noun ("an electronic system",
# "a new unit", "small loans", "four devices") in a clause that tells it given, set up or run ("will fund", "launched",
# "were handed over", "a new ..."). Its kind is the head's; a curator checks it.
_HEADS = (
    ("data_system", "system systems database databases platform platforms register registers registry registries portal "
                    "portals app apps"),
    ("task_force", "unit units team teams squad squads cell cells taskforce taskforces"),
    ("new_body", "directorate directorates department departments office offices desk desks command centre centres center "
                 "centers hub hubs"),
    ("hotline", "hotline hotlines helpline helplines"),
    ("communications_campaign", "campaign campaigns drive drives adverts advertisements broadcasts videos leaflets posters "
                                "billboards messaging"),
    ("training", "course courses training workshops seminars mentoring drills"),
    ("equipment", "device devices kits equipment scanners readers cameras vehicles boats drones machines tools gear computers "
                  "laptops radars sensors trucks jeeps speedboats aircraft planes helicopters drone towers watchtowers simulators"),
    ("employment", "loans microloans jobs apprenticeships placements internships"),
    ("reintegration", "grants stipends stipend allowances"),
    ("returns", "flight flights"),
    ("programme", "programme programmes program programs scheme schemes project projects initiative initiatives package "
                  "packages pilot"),
    ("law_enforcement_cooperation", "patrols checkpoints"),
    # forces sent to a border ("the deployment of a new battalion along the frontier"): a deployment
    ("deployment", "brigade brigades battalion battalions"),
)
_HEAD_KIND = {word: kind for kind, words in _HEADS for word in words.split()}
_HEAD_WORDS = keywords(" ".join(_HEAD_KIND))
# a government's doing: given, paid for, set up, run or sent ("will fund", "launched", "has handed over", "plans to open")
_ACTION_WORDS = (r"(?:set(?:s|ting)? up|launch\w*|establish\w*|creat\w*|introduc\w*|open(?:s|ed|ing)?|fund(?:s|ed|ing)?|"
                     # (the verb, not the adjective: "the police's financial crime unit" is named, not funded)
                     r"financ(?:e|es|ed|ing)|pa(?:y|ys|id|ying) for|provid\w*|suppl(?:y|ies|ied|ying)|deliver\w*|donat\w*|hand(?:s|ed|ing)? over|"
                     r"install\w*|deploy\w*|send(?:s|ing)?|sent|post(?:s|ed|ing)?|roll(?:s|ed|ing)? out|expand\w*|extend\w*|build(?:s|ing)?|"
                     # (equipment paid for, "£2 million went on equipment ... and £1 million on adverts", tells money spent;
                     # equipment named as a subject, "The equipment is welcome, but the push factor is jobs", does not)
                     r"built|equip(?:s|ped|ping)?|(?<=on )equipment|(?<=for )equipment|"
                     r"giv(?:e|es|en|ing)|gave|offer\w*|receiv\w*|start\w*|began|begin\w*|run(?:s|ning)?|operat\w*|"
                     r"develop\w*|pilot\w*|trial\w*|unveil\w*|announc\w*|pledg\w*|commit\w*|agree\w*|plan(?:s|ned|ning)?|buy\w*|"
                     # (money spent on it: "has spent £1.1m on its own adverts")
                     r"bought|purchas\w*|procur\w*|spen(?:d|ds|ding|t)|add(?:s|ed|ing)?|recruit\w*|hir(?:e|es|ed|ing)|train\w*|upgrad\w*|moderni[sz]\w*|"
                     r"strengthen\w*|boost\w*|step(?:s|ped|ping)? up|intensif\w*|bolster\w*|allocat\w*|earmark\w*|award\w*|"
                     r"support\w*|help(?:s|ed|ing)?|shar(?:e|es|ed|ing)|"
                     # ... or turned on: "switched on an electronic checkpoint system"
                     r"switch(?:es|ed|ing)? on|activat\w*|inaugurat\w*)\b")
_ACTION = re.compile(r"\b" + _ACTION_WORDS, re.IGNORECASE)
# what opens a thing new to the text: an article, a count or a word of more ("a", "four", "new", "extra", "the new")
# (each starts with a word character, looked ahead for first: a position between words fails on that one test)
_OPENER = (rf"(?:(?=\w)(?:an?|more|extra|additional|further|another|several|(?:a|two|three) dozen|dozens of|(?<![\d.,])\d[\d,]*|"
           rf"(?:{NUMBER_WORD})(?:-(?:{NUMBER_WORD}))?)\s+)")
# a head's modifiers are words that describe it, not a clause's ("the people running these boats", "has bought boats")
# (nor "no", which denies it: "if there are no jobs" is read with _REFERRED)
# ("training course" has one: a verb's -ing form names a kind)
# (and "pilot" before a singular head names a trial run, no verb: "a pilot course run in Sulaimani")
# (a word's first character, then the common words, are tested first: most positions fail there, before the long
# alternations of action words and numbers are tried)
_NOT_MOD = ("the|these|those|this|that|a|an|of|for|to|and|or|with|in|on|at|by|from|is|are|was|were|be|been|has|have|had|"
            "will|would|its|their|his|her|our|who|which|million|billion|bn|m|no|"
            # (nor a modal, whose next word is a verb: "a desk where people can register")
            "can|could|must|should|shall|might")
_MOD = (rf"(?=[\w’'-])(?!(?:{_NOT_MOD})\s)"
        rf"(?:(?=training\b)|(?=pilot\s+(?:course|scheme|project|programme|program|initiative|system|platform|database|unit|team|"
        rf"flight|hotline|helpline|campaign|centre|center)\b)|(?!{_ACTION_WORDS}(?![-’'])))(?!(?:\d|(?:{NUMBER_WORD})\b))"
        r"[\w’'-]+\s+")
# an account's own posts ("The account has posted 212 videos"): a campaign is told by who runs it, not by a channel posting
_ACCOUNT_POSTED = re.compile(r"\b(?:account|page|channel|profile)s?\s+(?:(?:has|have|had)\s+)?(?:posted|uploaded|shared|put up)\s+"
                             r"(?:[\w,’'-]+\s+){0,2}$", re.IGNORECASE)
_PILOT_BEFORE = re.compile(r"\b(?:an?|the)\s+pilot\s+$", re.IGNORECASE)
# ... and it ends the noun phrase: what follows is a stop, a preposition, a verb or a conjunction ("a training course in
# Erbil", not "the training numbers")
# ... or a relative clause with no "that" tells who made it: "a data system it built with the ministry"
_MADE_BY_THEM = r"\s+(?:it|they|we)\s+(?:(?:has|have|had)\s+)?(?:built|set up|developed|created|launched|installed|funded)\b"
_PHRASE_END = (r"(?=\s*(?:[.,;:!?)\"”’]|$)|\s+(?:to|for|in|at|on|with|that|which|who|will|would|is|are|was|were|has|have|had|"
               r"and|or|of|from|across|between|by|under|worth|costing|linking|allowing|letting|run|set|funded|paid|where|so|as|"
               r"along|near|inside|within|into|through|via|over|against|targeting|tracking|helping|to)\b|"
               # ... or the thing told switched on by the next words: "a shared alert system went live in March"
               r"\s+(?:went|goes)\s+live\b|" + _MADE_BY_THEM + ")")
_HEAD_NOUN = "|".join(sorted(_HEAD_KIND, key=len, reverse=True))
_HEAD_AT = re.compile(rf"\b(?:{_HEAD_NOUN})\b{_PHRASE_END}", re.IGNORECASE)  # found first: few words are heads
_PHRASE_BEFORE = re.compile(rf"\b{_OPENER}?(?:{_MOD}){{0,4}}$", re.IGNORECASE)  # ... then where its phrase starts
# no phrase holds a word no modifier nor opener can be ("the", "will"): the search starts after the last one, the engine
# tried every word before it against the long alternations of _MOD (an opener holds "a", "an" and "of": they stay)
_PHRASE_BREAKS = frozenset(_NOT_MOD.split("|")) - {"a", "an", "of"}


def _phrase_before(text: str, lo: int, end: int) -> re.Match | None:
    """``_PHRASE_BEFORE.search(text, lo, end)``, started after the window's last word in _PHRASE_BREAKS followed by a space."""
    words = text[lo:end].split()
    for back, word in enumerate(reversed(words[:-1]), 1):  # (the last word may end the window with no space after it)
        if word.isascii() and word.lower() in _PHRASE_BREAKS:
            lo += len(text[lo:end].rsplit(None, back)[0])
            break
    return _PHRASE_BEFORE.search(text, lo, end)
_HEAD_PHRASE = re.compile(rf"{_OPENER}?(?P<mods>(?:{_MOD}){{0,4}}?)(?P<head>{_HEAD_NOUN})\b{_PHRASE_END}", re.IGNORECASE)
_FLIGHT = re.compile(r"\bflights?\b")
# ... or told given by someone after it: "posters paid for by the British embassy", "a hotline run by the ministry"
# ... or one more of a kind told due to enter service: "a second patrol drone is due to start flying in May"
_FUNDED_MOD = re.compile(r"\w-(?:funded|financed|sponsored)\b")
# ... or told set up or going live after it, its "of" phrase and an aside between: "a national register of licensed
# moneychangers, built with EU money, will go live in June", "a shared database of case files is being set up" (not a
# relative clause's verb: "a register of firms that were set up abroad")
_LIVE_AFTER = re.compile(r"(?:\s+(?:of|for)(?:\s+(?!(?:that|which|who|whom|whose|where|when)\b)[^\s.;,:\"“”]+){1,6})?(?:,[^.;:\"“”]{1,60},)?\s+(?:(?:will|would|should|is to|are to|"
                         r"(?:is|are|was|were) (?:due|set|expected|scheduled) to) go live|goes live|go live|went live|(?:has|have) gone live|"
                         r"(?:is|are|was|were|has been|have been|will be|would be) (?:being )?(?:set up|established|created|launched|"
                         r"introduced|developed|built))\b")
_FURTHER_ONE = re.compile(r"(?:an?\s+)?(?:second|third|fourth|another|further|extra|additional)\s", re.IGNORECASE)
_DUE_TO_START = re.compile(r"(?:[^.;]|\.\d){0,100}?\b(?:is|are|was|were) (?:due|set|expected|scheduled) to (?:start|begin|enter|go into)\b")
_GIVEN_BY = re.compile(r"\s+(?:paid for|funded|financed|provided|supplied|donated|sponsored|run|set up|installed|bought) by\b|"
                       # ... or its funding told after where and when it ran: "A pilot course run in Sulaimani last autumn,
                       # funded with £310,000 from the United Kingdom"
                       r"\s+[^.;:,!?]{0,50}?,\s+(?:funded|paid for|financed) (?:with|by)\b|"
                       # ... or told set up in a reduced relative, where or when said next: "after a financial investigation unit
                       # set up in Sulaimani last year traced the transfers" (not the active verb: "a team set up a roadblock")
                       r"\s+(?:set up|established|created|formed|launched)\s+(?:in|at|last|this|earlier|early|under|after|within)\b|"
                       + _MADE_BY_THEM)
# what investigators pursue, no thing given: "tools to follow the money and the phones, not just the boats", "to track boats"
# ... or stopped before they sail: "the funding was about stopping the boats before they leave"
# (not a sum that came next, its time told at once: "a second tranche followed last year, paying for scanners")
_PURSUED = re.compile(r"\b(?:follow|track|trace|chase|hunt|trail)(?:s|ed|ing)?\b(?! by\b|,| (?:last|later|soon|shortly|next|this|in)\b)[^.;:]{0,50}$"
                      r"|\b(?:stop(?:s|ped|ping)?|intercept(?:s|ed|ing)?|turn(?:s|ed|ing)? back)\s+(?:the\s+|their\s+)?(?:small\s+)?$",
                      re.IGNORECASE)
# where a thing given is installed or tried out: "will be installed in 12 pilot units", "deployed at four border posts"
_PLACE_OF_USE = re.compile(r"\b(?:install\w*|deploy\w*|rolled out|piloted|tested|trialled|trialed)\s+(?:in|at|across|into|to)\s+"
                           r"(?:(?:the|all|every|each|\d[\d,]*|[\w’'-]+)\s+){0,3}$", re.IGNORECASE)
# money owed, not lent by a scheme: "could not pay back loans", "repaying the loans they took"
_DEBT = re.compile(r"\b(?:pa(?:y|ys|id|ying)\s+(?:back|off)|repa(?:y|ys|id|ying)|owe(?:s|d)?|owing|default(?:s|ed|ing)?\s+on)\s+"
                   r"(?:(?:the|their|his|her|its|any)\s+)?$", re.IGNORECASE)
# (nor a haulier's vehicles: "runs 40 tractor units", "refrigerated units")
_UNIT_NO_TEAM = re.compile(r"\b(?:commercial|industrial|storage|retail|business|warehouse|residential|"
                           r"tractor|trailer|refrigerated|\d+-(?:hour|day|week)|"
                           r"(?:one|two|three|four|five|six|seven|eight|nine|ten)-(?:hour|day|week)) $", re.IGNORECASE)
# a thing told before ("the new unit", "its equipment") or none ("any aid programme", "no hotline")
_REFERRED = re.compile(r"\b(?:the|this|that|these|those|its|their|his|her|our|any|no)\s+(?:new\s+)?$", re.IGNORECASE)
# (a phrase opened by "a" or "an" has no determiner before it: "said that a new database ..." reads "that" as the
# conjunction, not "that database" told before)
_ARTICLE_OPENS = re.compile(r"an?\s", re.IGNORECASE)
_SET_UP = re.compile(r"\b(?:set(?:s|ting)? up|launch\w*|establish\w*|creat\w*|open(?:s|ed|ing)?|form(?:s|ed|ing)?)\s+(?:[\w’'-]+\s+){0,4}$",
                     re.IGNORECASE)
# ... told as theirs by a possessive before the thing (not a force fighting them, "the anti-smuggling unit's boats")
_GANGS_OWN = re.compile(r"(?<![-\w])(?:gangs?|networks?|smugglers?|traffickers?|criminals?|rings?|cartels?)(?:[’']s|s[’'])\s+"
                        r"(?:own\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# the gangs' own things are no measure: "the smugglers' boats", "a trafficking network's cells" (but "an anti-smuggling unit")
_GANGS = re.compile(r"(?<![-\w])(?:smuggl\w*|traffick\w*|gangs?|criminals?|networks?)\b(?![-\w])", re.IGNORECASE)
# the smugglers, or the suspects, as the suppliers: "the group had supplied \"dozens of boats\"" (a government that
# supplied boats names itself, never "the group")
# ... or told with the gang as the agent after them: "boats supplied by the network", "engines sold by the smugglers"
_SUPPLIED_BY_GANG = re.compile(r"\s+(?:(?:that|which)\s+(?:had\s+|have\s+|has\s+)?been\s+|(?:that|which)\s+(?:was|were)\s+)?"
                               r"(?:supplied|sold|provided|bought|sourced|delivered)\s+by\s+(?:the|this|that|a|an|its|their|his|her)\s+"
                               r"(?:[\w’'-]+\s+){0,2}?(?:group|gangs?|networks?|rings?|smugglers|traffickers|suspects|cell)\b")
_GANG_SUPPLIED = re.compile(r"(?:\b(?:the|this|that|a|an|its|their) (?:[\w’'-]+ ){0,2}?(?:group|gangs?|networks?|rings?|smugglers|traffickers|suspects|cell)\s+"
                            r"(?:(?:had|has|have|was|were|is|are)\s+)?(?:(?:also|allegedly|reportedly)\s+)?"
                            # ... or the people arrested for it: "arrested nine people suspected of supplying engines and boats"
                            r"|\b(?:suspected|accused|charged|convicted) of )"
                            r"(?:supplied|supplying|sold|selling|provided|providing|bought|buying|sourced|sourcing)\s+[\"“]?(?:[\w’'-]+\s+){0,3}$",
                            re.IGNORECASE)
# a generic "you" with a modal: what anyone could do, no authority's step ("You can buy drones, but not trust")
_ANYONE_CAN = re.compile(r"\b[Yy]ou (?:can|could|may|might|cannot|can[’']t) (?:[\w’'-]+ ){1,3}$")
# a price told, then what it covers: "costs about £95,000, including armour and radio equipment" (parts of what was given)
_PRICE_INCLUDES = re.compile(r"\bcost(?:s|ing)?\b[^.;]{0,40}?,\s+including\s+(?:[\w’'-]+,?\s+){0,4}$")
_SEIZED = re.compile(r"\b(?:seiz(?:e|es|ed|ing)|confiscat\w*|impound\w*)\b", re.IGNORECASE)
# a clause whose subject is "they", as a quotation goes on about the gangs named before
_THEY_BEFORE = re.compile(r"(?:^|[.!?“\"‘]\s*)[Tt]hey\s+(?:[\w’'-]+\s+){1,2}$")
_AGAINST = re.compile(r"\b(?:anti|counter)-|\b(?:against|combat\w*|tackl\w*|fight\w*|target\w*|disrupt\w*|dismantl\w*)\b",
                      re.IGNORECASE)


# a cell that someone is given, put or held in: "he got a cell", "locked in a cell", "spent a week in a cell"
_HELD_IN = re.compile(r"\b(?:got|gets|get|given|put|locked|thrown|held|kept|placed|shared|(?:spent|spend|spends|spending)\b[^.;:]{0,30}?\bin|"
                      r"in|into)\s+(?:up\s+)?(?:a|one|my|his|her|our|their)\s+$", re.IGNORECASE)


def _named_by_head(text: str, folded: str, sentences: list[tuple[int, int]], found: list[Candidate],
                   worded: list[tuple[int, int]], scheme_kept: bool = False) -> list[Candidate]:
    """Measures named by their noun where no wording above matched: the first mention of each kind and head (each noun
    phrase judged is added to ``worded``)."""
    out: list[Candidate] = []
    seen: set[tuple[str, str]] = set()
    told = [c.spans["description"] for c in found]
    skipped: dict[tuple[int, int], bool] = {}
    for word in _HEAD_WORDS.finditer(folded):  # one pass over the text: few words are heads
        sentence = sentence_at(sentences, word.start()) if sentences else None
        if sentence is None or not sentence[0] <= word.start() < sentence[1] or (head := _HEAD_AT.match(text, word.start())) is None:
            continue
        if sentence not in skipped:  # a heading, a motion or a question (it asks, it tells no measure)
            skipped[sentence] = bool(_heading(text, sentence) or _MOTION.match(text, sentence[0]) or _asks(text, sentence))
        if skipped[sentence]:
            continue
        # (a phrase spans at most six words, an opener's two and four modifiers: the search starts at the window's sixth-last)
        lo = max(sentence[0], head.start() - 80)
        if len(words := text[lo:head.start()].rsplit(None, 6)) == 7:
            lo += len(words[0])
        before = _phrase_before(text, lo, head.start())
        if head.group(0)[-1] not in "sS" and (pilot := _PILOT_BEFORE.search(text, max(sentence[0], head.start() - 12), head.start())):
            before = pilot  # (its search stops at the head, so "pilot" reads as the verb there)
        m = _HEAD_PHRASE.match(text, before.start() if before else head.start())
        if m is None or m.end("head") != head.end() or any(s < m.end() and m.start("head") < e for s, e in worded):
            continue  # a wording above told it, or chose to leave it out ("new cameras" named more exactly later)
        worded.append((m.start("head"), m.end("head")))  # judged here, kept or not: the model leaves it be
        if (cand := _head_measure(text, sentence, m, found, told)) is None:
            continue
        if cand.values["measure_type"] == "training" and not _STAFF_RE.search(text, *sentence) \
                and _users_of_scheme(text, sentences, sentence, scheme_kept):
            continue  # "Its first 120 trainees began ten-month courses": the courses of the scheme for returnees named before
        if m.group("head").lower() == "stipend" and not _for_returnees(text, sentences, sentence):
            continue  # one person's stipend is reintegration only in a passage about returnees (not a student's or a judge's)
        key = (cand.values["measure_type"], re.sub(r"\W+", " ", (m.group("mods") + m.group("head")).lower()).strip(),
               # (a further lot given is another measure: "80 laptops ... A further 40 laptops will be handed over")
               cand.values["measure_type"] == "equipment" and bool(_FURTHER_LOT.search(text, max(sentence[0], m.start() - 30), m.start("head")))
               and bool(_SUPPLIED_AFTER.match(text, m.end(), sentence[1])))
        if key not in seen:
            seen.add(key)
            out.append(cand)
            told.append(cand.spans["description"])
    return out


# the next item of a list, a measure of another kind: "... and a joint case-management database", ", and training courses"
# (... or the system it is linked to: "plate cameras linked to a new vehicle database", the database a measure of its own)
_NEXT_ITEM = re.compile(rf"(?:,?\s+and|\s+(?:linked|connected) to)\s+(?:(?:an?|the|new|\d[\d,]*)\s+)?(?:[\w’'-]+\s+){{0,3}}?(?P<head>{_HEAD_NOUN})\b",
                        re.IGNORECASE)


def _items_end(text: str, pos: int, end: int) -> int:
    """Where equipment's description ends, at ``end`` or before a list's next item that names a measure of another kind
    ("12 scanners at the airports and a shared database of suspects": the database is a data system of its own)."""
    for item in _NEXT_ITEM.finditer(text, pos, end):
        if _HEAD_KIND[item.group("head").lower()] != "equipment":
            return item.start()
    return end


# a further sum spent on things of a kind told before: new ones bought, not the earlier ones named again ("will spend a
# further €2 million on radars and cameras along the coast", after "the UK has supplied six cameras")
_FURTHER_SPENT_ON = re.compile(r"\bspen(?:d|ds|ding|t)\s+(?:an?\s+|another\s+)?(?:further|extra|additional|another)\s+[£$€]\s?\d[\d.,]*"
                               r"(?:\s?(?:million|billion|m|bn))?\s+(?:(?:this|next|each|every|a)\s+year\s+)?on\s+(?:[\w-]+\s+){0,3}$")
# a further lot of things of a kind told before, counted and told given after it: another batch, a measure of its own ("a
# further 40 radios will be handed over in May", after "the UK supplied 80 radios")
_FURTHER_LOT = re.compile(r"\b(?:[Aa] further|[Aa]nother|[Aa]n additional|[Aa]n extra|[Aa] second batch of) \d[\d,]* (?:[\w-]+ ){0,2}$")
# what people are said to need or lack, named straight after the verb (quoted or not): a want, no measure given
_NEEDED_BEFORE = re.compile(r"\b(?:needs?|needed|lacks?|lacked|lacking)\s+(?:(?:more|better|real|proper|decent)\s+)?[\"“‘']?$")


_DEPLOYED_BEFORE = re.compile(r"\b(?:deploy\w*|sen[dt]s?|sending|dispatch\w*|mov(?:e|es|ed|ing)|station\w*)\b(?:\s+of)?\s+(?:[\w’'-]+\s+){0,3}$",
                              re.IGNORECASE)
# a unit, squad, office or desk named by the crime it fights ("an anti-fraud desk", "a people-smuggling unit"): a task force,
# the crime's name no gang's own (not a cell: "a smuggling cell" is the gang's)
_FIGHTING_HEADS = frozenset("unit units squad squads office offices desk desks".split())
_CRIME_FOUGHT = re.compile(r"\b(?:anti|counter)-[\w-]+|\b(?:smuggling|trafficking|(?:vehicle|organi[sz]ed|economic|financial|serious) crime)\b",
                           re.IGNORECASE)


def _head_measure(text: str, sentence: tuple[int, int], m: re.Match, found: list[Candidate],
                  told: list[tuple[int, int]]) -> Candidate | None:
    """The measure the noun phrase ``m`` names, or None when it names none, or one told already."""
    head, mods = m.group("head").lower(), m.group("mods")
    if m.group("head")[0].isupper() and m.start("head") > sentence[0]:
        return None  # a body's name, not a measure: "the UN Development Programme"
    if not (mods or m.group(0) != m.group("head") or head.endswith("s")):
        return None  # a bare singular noun ("training", "equipment") is the worded rules' to tell
    if head.startswith("placement") and re.search(r"\b(?:foster|care|school|residential|housing|hospital|nursery)\b", mods, re.IGNORECASE):
        return None  # "20 more foster placements": a child's home or a school place, no work found for anyone
    if head.startswith("cell") and not mods and _HELD_IN.search(text, max(sentence[0], m.start("head") - 40), m.start("head")):
        return None  # "I got a cell in a camp", "locked in a cell": where someone is held, no team set up
    if head == "course" and mods.strip().lower() == "due":
        return None  # "in due course": no course
    if head.startswith("unit") and _UNIT_NO_TEAM.search(text, max(sentence[0], m.start("head") - 20), m.start("head")):
        return None  # premises ("a warrant at a commercial unit") or a course's part ("a two-day unit on passports"): no team
    if head.endswith("loans") and _DEBT.search(text, max(sentence[0], m.start() - 30), m.start("head")):
        return None  # "asked how to pay back loans": debts owed, no loans given
    if not _ARTICLE_OPENS.match(m.group(0)) and _REFERRED.search(text, max(sentence[0], m.start() - 12), m.start()):
        return None  # "the new unit", "its equipment": one told before; "any aid programme": none told
    if _FOR_A_FEE.match(text, m.end(), sentence[1]):
        return None  # "accounts offering visas and jobs in exchange for fees": sold by scammers, no measure taken
    desc = _description(text, m.start(), m.end(), sentence)
    if any(s <= m.start("head") < e for s, e in told):
        return None  # a measure told already, in words that run on to this one ("a reintegration programme offering grants")
    kind = _HEAD_KIND[head]
    fights = head in _FIGHTING_HEADS and bool(_CRIME_FOUGHT.search(mods))
    if fights:
        kind = "task_force"  # "a dedicated anti-trafficking office", "a vehicle crime and smuggling unit": a squad against a crime
    if kind == "new_body" and re.search(r"\breturnees?\b", mods, re.IGNORECASE):
        kind = "reintegration"  # "two more returnee support offices": a body for returnees is their reintegration
    if kind == "training" and _RETURNEE.search(text, *sentence) and not _STAFF_RE.search(text, *sentence):
        kind = "reintegration"  # "a grant to start a business or pay for a course": training offered to returnees is their reintegration
    if kind in ("training", "equipment", "employment") and _PROGRAMME_PAYS.search(text, max(sentence[0], m.start() - 70), m.start()) and any(
            c.values["measure_type"] == "reintegration" and sentence[0] <= c.start < sentence[1] for c in found):
        return None  # "a reintegration programme ..., which pays for vocational courses": the programme is the measure
    if kind == "communications_campaign" and _ACCOUNT_POSTED.search(text, max(sentence[0], m.start() - 40), m.start()):
        return None  # "The account has posted 212 videos": what someone's account posts, no campaign
    if kind == "equipment" and _TRADED.search(text, max(sentence[0], m.start() - 40), m.start()):
        return None  # "suppliers of engines": what the gangs' suppliers sell
    if kind == "equipment" and text.find("including", max(sentence[0], m.start() - 50), m.start()) >= 0 \
            and _PRICE_INCLUDES.search(text, max(sentence[0], m.start() - 90), m.start()):
        return None  # "Each boat costs £80,000, including engines and radio equipment": what a unit's price covers
    if kind == "data_system" and _SENT_THROUGH.search(text, max(sentence[0], m.start() - 120), m.start()) \
            and not _NEW_SYSTEM.match(m.group(0)):
        # (a system told new is one set up: "data will be passed to the police through a new digital system")
        return None  # "sent the files over an encrypted messaging app": the channel someone used, no system given
    if kind in ("programme", "reintegration") and _FOR_RETURNEES.search(text, *sentence):
        kind = "reintegration"  # a programme or grants for returnees are their reintegration (jobs and courses keep their kind)
    elif kind == "programme":
        return None  # a programme or project paid for is the funding's purpose, not a measure it names
    if any(c.values["measure_type"] == kind and (not mods or sentence[0] <= c.start < sentence[1])
           # (a stipend paid while training and the grant offered after are two: "a monthly stipend ... and start-up grants")
           and not (head.startswith("stipend") and "stipend" not in text[slice(*c.spans["description"])]) for c in found) \
            and not (kind == "equipment" and _FURTHER_SPENT_ON.search(text, max(sentence[0], m.start() - 100), m.start())) \
            and not (kind == "equipment" and _FURTHER_LOT.search(text, max(sentence[0], m.start() - 30), m.start("head"))
                     and _SUPPLIED_AFTER.match(text, m.end(), sentence[1])) \
            and not (kind == "training" and _FURTHER_GROUP.search(text, max(sentence[0], m.start() - 70), m.start())):
        return None  # "more equipment", or a kind its sentence names already: the measure told already
        # (a further group's course is a course of its own: "A second group of 30 officers begins a course in June")
    phrase = re.sub(r"s$", "", re.sub(r"\W+", " ", (mods + head).lower()).strip())
    if mods and any(c.values["measure_type"] == kind and phrase in text[slice(*c.spans["description"])].lower() for c in found):
        return None  # "a reintegration package of up to £2,000" ... "will fund reintegration packages": the same, named again
    # ... or told paid for in its own words: "a Home Office-funded campaign"
    new = bool(re.search(r"\bnew\b", mods, re.IGNORECASE) or _FUNDED_MOD.search(mods))
    if kind == "equipment":  # given, bought or installed, as the worded equipment is ("new" says so too)
        given = (new or _SUPPLY.search(text, max(sentence[0], m.start() - 120), m.start()) or _MONEY_IN.search(
            text, max(sentence[0], m.start() - 40), m.start())) and not _SEIZED.search(text, sentence[0], m.start())
    elif kind == "deployment":  # a force is a measure only when sent: "the deployment of a new battalion" (not "supported by
        # three battalions", there already)
        given = _DEPLOYED_BEFORE.search(text, max(sentence[0], m.start() - 40), m.start())
    elif kind == "new_body":  # a body is a measure only when it is new: "set up a special desk"
        given = new or _SET_UP.search(text, max(sentence[0], m.start() - 40), m.start())
    else:
        given = new or _ACTION.search(text, max(sentence[0], m.start() - 200), m.start())
    if kind == "equipment" and _FURTHER_ONE.match(m.group(0)) and _DUE_TO_START.match(text, m.end(), sentence[1]):
        given = True
    if not (given or _SUPPLIED_AFTER.match(text, m.end(), sentence[1]) or _GIVEN_BY.match(text, m.end(), sentence[1])
            or _LIVE_AFTER.match(text, m.end(), sentence[1])
            or _supplied_in_lead_in(text, sentence)):
        return None  # named, not given or set up: "the system is slow", "a boat capsized", "the border directorate"
    if _NEEDED_BEFORE.search(text, max(sentence[0], m.start() - 20), m.start()):
        return None  # "returnees still need \"jobs, not promises\"": what people lack, nothing given (an action word before it,
        # "a good start", says nothing of it)
    clause = max([sentence[0], *(c.end() for c in _CLAUSE.finditer(text, sentence[0], m.start()))])
    if any(_GANGS.search(words) and not _AGAINST.search(words) for words in ("" if fights else mods, text[clause:m.start()])):
        return None  # the gangs' own: "the smugglers bought new boats" (but "a new anti-smuggling unit")
    if _proposed(text, sentence, m.start()) or _TO_DISCUSS.search(text, max(sentence[0], m.start() - 80), m.start()) \
            or _DISCUSS_DOING.search(text, max(sentence[0], m.start() - 80), m.start()) \
            or _TO_ALIGN.search(text, max(sentence[0], m.start() - 40), m.start()) or _COMPARED.search(mods) \
            or _denied_before(text, max(sentence[0], m.start() - 60), m.start()) or _ONE_PERSON.search(text, sentence[0], m.start()) \
            or _TO_ONE_PERSON.search(text, max(sentence[0], m.start() - 40), m.start("head")):
        return None  # recommended, to be discussed, denied, or one person's own
        # (a step still to be talked over, told by its verb, sets nothing up: "to discuss connecting the registry with
        # Italian border systems", though another clause's "opened" tells something done; a system named as what is
        # discussed, "to discuss a shared alert system", is the measure itself)
    if kind == "returns" and not (_DEPORTED.search(text, *sentence) or _FOR_RETURNEES.search(text, *sentence)
                                  or _UNDER_PACT.match(text, m.end(), sentence[1]) or _TO_IRAQ.search(text, m.end(), sentence[1])):
        return None  # a flight paid for in a sentence about no one returned ("the bodies arrived on a flight paid for by ..."): no removal
    if not new and _PLACE_OF_USE.search(text, max(sentence[0], m.start() - 60), m.start()):
        return None  # "It will be installed in 12 pilot units": where a thing given goes, no measure of its own
    cand = Candidate("measures", 0, 0, {"measure_type": kind}, {"description": desc})
    cand.start, cand.end = clause_around(text, sentence, *desc)
    return cand
