"""Statements candidates: direct quotations and who said them.

A quotation is words in “…”, "…", ‘…’, '…' or «…»; one that runs over paragraphs (each new paragraph
opening with a quotation mark, as press releases write them, or a mark only opening the first and closing the last) is
one quotation. Its speaker is read from
the attribution after it ("…,” said X", "X told reporters", "according to X") or, failing that, before it
in its paragraph ("X said:", "X called the pledge ‘…’", "the minister said … that the cell ‘…’"), or, with
no verb of saying, from the subject of a sentence the quotation follows ("X thought it had, ‘…’", "X laughed.
‘…’"). A pronoun ("she said") goes to the person the sentence before names, when it names one person or
the subject of a speech verb, leaving out anyone spoken to or through ("he told X", "through the
interpreter, X"); otherwise the speaker is left empty for review. A surname stands for the full name it belongs to. `speaker_kind` says
what the speaker is: `official` (a person the article introduces with an office, proposed in officials),
`person` (anyone else named: a lawyer, a migrant, an NGO worker) or `organization` ("the ministry").
The attribution may name the speaker after a role noun phrase ("…,” said council member X", "said
their solicitor, X", "said the Calais public prosecutor, X": the place or body before the title does not speak). A few
words in quotation marks with no attribution (scare quotes, nicknames) and a quoted title ("Iraq Mobility Snapshot 2024":
capitalised words, no sentence) are not proposed, but for a few words a verb of saying or describing governs ("X described
the program as “complementary”", "called it “historic”", "calling the sentence “political”") or a sentence of reported
speech holds them ("said his officers had received “real-time” data"; not a thing named after a determiner, "said the
“burner phones” were seized").
A quotation split by its attribution ("“We are,” she said, “committed …”") is one statement; one opening a sentence after
the attribution's ("“…,” said X, who flew in for the trial. “…”") is X's too; a quotation followed by
its translation in brackets ("“Nous …” (“We …”), X told AFP") has the translation's speaker. A first-person quotation
that is a paragraph of its own, unattributed (a survivor's testimony), goes to the subject of the paragraph before;
an unattributed quotation in a headline is not proposed (nor one closing a headline that a later quotation repeats), nor one
alone on its line that a later quotation repeats (a live blog entry's headline, a crosshead, even in the first person). An organisation speaks by its name less its article ("The Home Office said" gives Home Office;
"A statement by the Ministry of Interior … stated" gives Ministry of Interior); a title before the verb ("His Excellency the
Minister affirmed") stands for the one official named with it, in a debate the one a speaker heading names. A pronoun after a
sentence whose subject is someone unnamed ("A constituent of mine … He told me") is left for review; one after a sentence whose
subject is an office ("Iraq's interior minister spoke of …", "His Excellency the Prime Minister affirmed …", even after a
statement's unnamed author; "Responding to a debate secured by X, the minister said …", whom the participle names being its
object) is that office's holder. A quotation paragraph after one whose
last sentence has a named subject of a verb of saying ("Its director, X, says the numbers …") is X's. One a statement or a
channel "quoted X as saying" (or "X was quoted as saying") is X's, not the statement's; a verb of saying joined to an earlier
predicate ("The Ministry of Interior announced …, and said … had “…”") has the clause's subject, a body as much as a person (the
person named right before an earlier verb of saying: "X said … and accused ministers of “…”"; a pronoun opening the clause is
resolved as a pronoun). An accusation in the active ("X accused the government of “…”") is a verb of saying.
A pronoun after someone unnamed spoke ("A Home Office spokesperson said: “…”") is not the last named person's: in a
paragraph opening with the quotation it goes back to the story's main subject (the one person named most, three times or
more), else it is left for review. An office of a place ("The Governor of Sulaimani") after two holders of that office is the
one of that place. In a question-and-answer interview (transcripts.interview) each answer, in no quotation marks,
is a statement by the interviewee, the first person its introduction names outside the byline.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .candidates import Candidate
from .officials import (
    _CAP,
    _HEAD_ABBR,
    _HEADS_LOWER_RE,
    _HON,
    _PARTICLE,
    _POST_NOMINALS,
    RANK,
    _is_head,
    _looks_like_name,
    named_roles,
)
from .people import Mention, law_name, mention_at, mentions_before, people
from .text import BYLINE_START, FirstCharScan, is_heading
from .transcripts import contribution_statements, heading_officials, interview

# the quotation mark pairs; a paragraph break inside a quotation continues it only when the next paragraph (or a
# script's next line) opens with the same mark, or when the quotation opens a paragraph and closes at a later one's end with no mark
# between (a press release's speech over paragraphs). The opening marks are looked ahead for first: a position without one fails on one
# character test, not on every pair's lookbehind (tests/test_drafting_fast_paths.py)
QUOTE_AHEAD = "(?=[“\"«‘'])"
_QUOTES = re.compile(
    # (a thread's next post may reopen it after its number: "…live or die.\n\n6/8 “This network …”")
    QUOTE_AHEAD + r"(?:“(?:[^“”\n]|\n\n?(?:[1-9]\d?/[1-9]\d? )?“)+”"
    r"|(?<![\w\"])\"(?=\S)(?:[^\"\n]|\n\n?(?:[1-9]\d?/[1-9]\d? )?\")+(?<=\S)\"(?![\w])"
    # (tried only where the pair above fails: a mark opening a paragraph that closes on none)
    r"|(?<![^\n])“[^“”\n]+(?:\n\n[^“”\n]+){1,5}”(?=\n|$)"
    r"|(?<![^\n])\"(?=\S)[^\"\n]+(?:\n\n[^\"\n]+){1,5}(?<=\S)\"(?=\n|$)"
    # (guillemets too: a paragraph left open goes on at the next one opening with «)
    r"|«(?:[^«»\n]|\n\n«)+»"
    r"|(?<![\w‘’])‘(?=\S)(?:[^‘\n]|\n\n‘)*?(?<=\S)’(?![\w])"
    # an apostrophe between letters ("somebody's", "don't") is no closing mark
    # (a paragraph left open goes on at the next one opening with the mark, as with the other marks)
    r"|(?<![\w'])'(?=[A-Za-z])(?:[^'\n]|(?<=\w)'(?=\w)|(?<=[.!?])\n\n')*?(?<=[\w.,!?])'(?![\w]))"
)
VERBS = (r"said|says|say|told|tells|added|adds|stated|states|warned|warns|explained|noted|argued|argues|insisted|stressed|"
         r"declared|announced|wrote|writes|asked|urged|called|calls|described|describes|commented|replied|continued|"
         # (a live blog's present tense: "X replies that a process “…”"; a noun after a number or article is left out below, as
         # "calls" and "states" are, and one a verb follows is no saying: "the replies were frank")
         r"replies(?!\s+(?:were|was|had|have|came|from)\b)|"
         r"concluded|found that|finds that|recalled|recalls|claimed|"
         # a finding quoted straight after the verb, its report's ("X, whose report found “…”"; "found" alone is a search's; the
         # text before a quotation ends at its mark)
         r"found(?=\s*(?:[“\"‘]|$))|finds(?=\s*(?:[“\"‘]|$))|"
         # a cause given in the speaker's words, quoted straight after the verb ("X blamed “staff shortages”"; not "blamed the
         # gangs for …", whose blame is the story's telling)
         r"blamed(?=\s*(?:[“\"‘]|$))|blames(?=\s*(?:[“\"‘]|$))|"
         # a written opinion or submission, its words quoted after "that" ("X, who had written that “…”")
         r"written that|"
         # counsel's case in court, its words quoted after "that" ("X KC submitted that the judge had “…”")
         r"submitted that|submits that|"
         # an answer to a claim, its words quoted after "that" ("X responded that “…”"; not "responded to the attack")
         r"responded that|responds that|"
         # a member's question in the House: "X rose to ask whether the minister agreed that … was “…”"
         # (a letter's or a leader's verdict on someone's words, quoted: "X was right to warn that “…”", "X is wrong to claim")
         r"(?<!the )(?:right|wrong) to (?:warn|say|argue|insist|claim|suggest|note|point out|observe)|"
         r"rose to (?:ask|say|observe|note|point out|remark|suggest|complain)|admitted|acknowledged|emphasi[sz]ed|highlighted|welcomed|promised|vowed|"
         # (a review's present tense: "X, the town's former mayor, admits the town “…”")
         r"admits|acknowledges|concedes|conceded|"
         # a verdict on something, quoted: "X blasted the plans as “…”"
         r"blasted|slammed|branded|dismissed|hailed|labell?ed|critici[sz]ed|"
         # a memory told, as a feature writes it: "“…,” X remembers, laughing", "X recounted"
         r"remembers|remembered|recounts|recounted|"
         # (a magazine profile's words said with a laugh: "“I did worse in 2019,” she laughs")
         r"laughs|laughed|"
         # a tabloid's verbs of saying: "X scoffed: “…”", "X fumed"
         r"scoffed|scoffs|fumed|fumes|raged|rages|quipped|quips|sneered|sneers|retorted|retorts|"
         # (a boast caught on a hidden camera: "X bragged: “…”", "X boasts")
         r"bragged|brags|boasted|boasts|"
         # (a recording played in court: "X is heard telling a driver: “…”", "he can be heard saying")
         r"heard\s+(?:telling|saying|ordering|instructing)|"
         # (a heckle in the chamber, a sketch's: "“Rubbish,” muttered X", "X shouted")
         r"muttered|mutters|murmured|shouted|shouts|heckled|yelled|"
         # a state agency's statement: "the Minister affirmed “…”", "the Ambassador expressed his appreciation for “…”"
         r"affirmed|affirms|confirmed|confirms|reiterated|praised|praises|expressed|expresses|indicated|pointed out|"
         # a witness's word to a committee: "The Ambassador, X, assured us that Iraq was “…”"
         r"assured|assures|reassured|reassures|"
         # a reminder, its words quoted after "that": "X has reminded us that “…”" (not "reminded of the risks")
         # (how often may come between: "X has reminded the jury more than once that “…”")
         r"remind(?:ed|s)(?=\s+(?:us|me|him|her|them|(?:the\s+)?[\w’'-]+)"
         r"(?:\s+(?:more\s+than\s+once|again|repeatedly|twice|several\s+times|once\s+more|often))?\s+that\b)|"
         # a coroner's or a judge's finding, its words quoted: "the coroner recorded a conclusion that he died in a boat “…”"
         r"record(?:ed|s)\s+(?:a|an|the|her|his|its)\s+(?:[\w-]+\s+)?(?:conclusion|verdict|finding)s?|"
         # an accusation in the active, its object and "of" after it: "X accused the government of “…”" (not "the accused", "was
         # accused of", "three men accused of smuggling")
         r"(?<![Tt]he )(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!are )accus(?:ed|es|ing)(?=(?:\s+[\w’'-]+){1,4}?\s+of\b)"
         # crediting someone with what the words say, the quotation right after "with": "X credits the liaison officers with
         # “…”" (a review's present tense too; not "was credited with", which names no one who said it)
         r"|(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!are )credit(?:s|ed)(?=[^.;:!?“”\"«»\n]{1,200}?\swith\s*(?:[“\"‘«]|$))"
         # thanking or commending someone for what the words say, the quotation right after "for": "X thanked the police for
         # “…”" (not "were thanked for", which names no one who said it)
         r"|(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!are )(?:thank|commend|applaud)(?:s|ed)"
         r"(?=[^.;:!?“”\"«»\n]{1,200}?\sfor\s*(?:[“\"‘«]|$))")
_PRONOUN = r"(?i:he|she|they)"  # "She said" opening a sentence is a pronoun too, never a name
# capitalised words, a rank's abbreviation among them ("Commander Col. Murat Tekinalp"), an accented capital opening one
# ("Élodie Marchand")
# (a surname may open with a lowercase particle: "al-Rikabi said", "van Damme told"; after given names too: "Layla Hamid
# al-Rikabi told")
_NAMEISH = (rf"(?:(?:al|el)-|(?:de|van|von|der)\s+)?[A-ZÀ-ÖØ-ÞĀ-ŽȘȚ][^\s,.;:!?“”\"«»]*(?:\s+(?:{_PARTICLE}\s+){{0,2}}(?:{_HEAD_ABBR}(?!\w)|(?:(?:al|el)-)?[A-ZÀ-ÖØ-ÞĀ-ŽȘȚ][^\s,.;:!?“”\"«»]*)){{0,5}}")
# a learner or a witness reading words out is heard saying them: "“I have lived here two years,” he reads slowly from page 9"
# (not "the sign reads": only after a pronoun, and only with how or from what it is read)
_READS_ALOUD = r"reads?(?=\s+(?:aloud|out|slowly|carefully|haltingly|from)\b)"
# ... but "this" opening a time or the outlet spoken to takes no words as object: "“…,” he told this newspaper", "she said this week"
_THIS_NOT_WORDS = (r"(?:newspaper|paper|website|magazine|programme|program|podcast|reporter|correspondent|writer|"
                   r"week|weekend|month|year|morning|afternoon|evening|summer|spring|autumn|winter)")
# a lowercase title before the name of one who speaks: a title the officials' table takes only capitalised ("counsellor",
# "representative", "delegate": a "trauma counsellor" holds no post) still names who says the words: "…,” embassy
# counsellor X said"
# a body's lowercase head noun ("the ministry", "the British embassy in Baghdad")
_BODY_NOUNS = ("ministry", "embassy", "department", "directorate", "commission", "council", "authority", "agency", "committee",
               "consulate")
_BODY_NOUNS_EITHER = "|".join(f"[{n[0]}{n[0].upper()}]{n[1:]}" for n in _BODY_NOUNS)  # "embassy" or "Embassy"
_SPEAKER_HEADS_LOWER = rf"(?:{_HEADS_LOWER_RE}|counsellor|representative|delegate)"
_AFTER = re.compile(
    rf"[,.!?]?[’'\"”»]?\)?\s*,?\s*(?:"
    rf"(?P<pron>{_PRONOUN})\s+(?:{VERBS}|{_READS_ALOUD})\b(?!\s+(?:it|this)\b(?!\s+{_THIS_NOT_WORDS}\b))"  # "They wrote it down": the words, written by others
    # a place or body's name before a lowercase title, then the name: "…,” said the Calais public prosecutor, Anne Roux",
    # "said Home Office minister X" (the speaker is X, not the place or body)
    # (the place of the post after the title, before the name's comma: "said the French ambassador to Iraq, X")
    rf"|(?:{VERBS})\s+(?:(?:the\s+)?(?:[A-Z][\w’'-]*\s+){{1,3}}(?:[a-z][\w’'-]*\s+){{0,2}}{_HEADS_LOWER_RE})"
    rf"(?:\s+(?:in|to|at|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}}(?=,))?"
    rf",?\s+(?P<named_role_x>{_NAMEISH})"
    # a rank's abbreviation may open the name: "…,” Brig. Gen. Soran said", "said Col. Rebin"
    # (an honorific with its full stop too, as for x_said: "said Ms. X"; its stop ends no name, and the honorific is no speaker)
    rf"|(?:{VERBS})\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s+)?(?P<said_x>(?:the\s+)?(?:{_HEAD_ABBR}\s+)*{_NAMEISH})"
    # (an honorific with its full stop before the name, as for said_x: "…,” said his lawyer, Dr. X")
    rf"|(?:{VERBS})\s+(?P<role>(?:[a-z][\w’'-]*\s+){{0,3}}[a-z][\w’'-]*),?\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s+)?(?P<role_x>{_NAMEISH})"
    # a lowercase title before the name, then the verb: "…,” public prosecutor X told the court", "…,” Erbil police chief X said"
    # (the body the name serves may follow it: "…,” police spokesman X of the Y Police Administration told reporters"; or
    # the age, between commas: "…,” chief executive X, 52, said")
    rf"|(?:(?:[A-Z][\w’'-]*\s+){{0,3}}(?:[a-z][\w’'-]*\s+){{0,2}}{_SPEAKER_HEADS_LOWER})\s+(?P<lrole_x_said>{_NAMEISH})"
    # (or a relative clause on the name between commas: "…,” police inspector X, who leads the unit in Y, told this newspaper")
    rf"(?:,\s+(?:aged\s+)?\d{{1,3}},|,\s+who\s+[^,.;:!?“”\"«»\n]{{1,80}},)?(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][^,.;:!?“”\"«»\n]{{1,60}}?)?\s+(?:{VERBS})\b"
    # (an honorific with its full stop, as a state agency's English writes it: "…,” Ms. X said")
    # (a capitalised title before the rank's abbreviations: "…,” Provincial Gendarmerie Commander Brig. Gen. X told reporters")
    rf"|(?P<x_said>(?:the\s+|[A-Z]\w*[’']s\s+|(?:[A-Z][\w’'-]*\s+){{0,3}}(?:{_HEAD_ABBR}\s+)+|(?:Mr|Mrs|Ms|Dr|Prof)\.\s+)?{_NAMEISH})\s+(?:{VERBS})\b"
    # a body whose name joins its words with "of", "for" or "and": "…,” the Ministry of Interior said in a statement" (tried
    # only where x_said failed on the small word; a name holding a title word is a post, left to the role rules)
    rf"|(?P<body_said>the\s+[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w’'-]*){{1,6}}"
    # ... or whose capitalised words close on a lowercase body noun, an embassy with the city it sits in: "…,” the British
    # embassy in Baghdad said in a statement", "the British Embassy in Baghdad said" (the body as named there speaks)
    rf"|the\s+(?:[A-Z][\w’'-]*\s+){{1,3}}(?:{_BODY_NOUNS_EITHER})(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?)\s+(?:{VERBS})\b"
    # a capitalised title with its portfolio before the name: "…,” Deputy Minister of Migration X told reporters" (X, a person)
    # (a portfolio of two parts too: "Minister for Border Security and Asylum X told"; the name is found among its last words)
    # (a rank of two words before a name of three: "…,” Detective Sergeant X Y Z of the Kent Police told me", the name
    # found among the capitalised words before "of", as for a portfolio)
    # (a post's place after "in" or "to" as well: "…,” Consul General in Erbil X said", "Ambassador to Iraq X told reporters")
    rf"|(?:[A-Z][\w’'-]*\s+){{1,5}}(?:of|for|in|to)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*\s+){{1,3}}and\s+)?(?P<title_x_said>{_NAMEISH})\s+(?:{VERBS})\b"
    # a role before the name: "…”, Dunkirk's sub-prefect, Hélène Marchetti, told AFP"
    # (an honorific with its full stop: "…,” the head of the commission, Dr. X, told reporters")
    # (the age between commas after the name, as for lrole_x_said: "…,” his sister, X, 34, told reporters")
    rf"|(?P<role_x_said>[^,.;:!?“”\"«»\n]{{1,60}},\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s+)?{_NAMEISH}),(?:\s+(?:aged\s+)?\d{{1,3}},)?\s+(?:{VERBS})\b"
    # ... or after it: "…,” Colonel Azad Sindi, spokesman for the Duhok Asayish, told Nishtiman TV"
    # (an honorific with its full stop too: "…,” Dr. X, the committee's secretary, told reporters")
    rf"|(?P<x_role_said>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s+)?{_NAMEISH}),\s+[^,.;:!?“”\"«»\n]{{1,80}},\s+(?:{VERBS})\b"
    rf"|according\s+to\s+(?P<acc>(?:the\s+)?{_NAMEISH})"
    # the passive: "The words “…” were spoken by Brigadier General X", "was said by X"
    rf"|(?:were|was)\s+(?:spoken|said|uttered|written)\s+by\s+(?P<by_x>(?:the\s+)?(?:{_HEAD_ABBR}\s+)*{_NAMEISH}))")
# "…,” said the spokeswoman for the Trnava regional police, X": a role for a body told after the verb, then the name after its
# comma (the body's words may be lowercase, so its name is no speaker; X speaks)
_AFTER_ROLE_FOR_BODY_NAMED = re.compile(rf"[,.!?]?[’'\"”»]?\)?\s*,?\s*(?:{VERBS})\s+(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){{0,2}}?"
                                        rf"(?:spokes(?:person|man|woman)|{_SPEAKER_HEADS_LOWER})\s+(?:for|of|at|to)\s+"
                                        rf"[^,.;:!?“”\"«»\n]{{1,70}}?,\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s+)?(?P<x>{_NAMEISH})")
# "…,” said the woman, who gave her name as X": someone described after the verb, then named by the name they gave or
# asked to be known by ("who asked to be identified only as X", "who gave only his first name, X"): X speaks
_AFTER_SELF_NAMED = re.compile(rf"[,.!?]?[’'\"”»]?\)?\s*,?\s*(?:{VERBS})\s+(?:the|a|an|one|another)\s+(?:[\w’'-]+\s+){{0,4}}?"
                               rf"[a-z][\w’'-]*,\s+(?:aged\s+)?(?:\d{{1,3}},\s+)?who\s+(?:gave\s+(?:only\s+)?(?:his|her|their)\s+"
                               rf"(?:(?:first|given)\s+)?name(?:\s+(?:only\s+|just\s+)?as\s+|,\s+)|(?:asked|wished|wanted|preferred)\s+"
                               rf"to\s+be\s+(?:identified|named|called|known)(?:\s+(?:only|just))?(?:\s+as)?\s+)(?P<x>{_NAMEISH})")
# "X's evidence, which the tribunal accepted, was that … “…”": the one whose evidence or view it is speaks the words it
# quotes (an expert's or a witness's, in a ruling or a report)
_EVIDENCE_WAS = re.compile(r"(?P<x>[A-Z][^,.;:!?“”\"«»\n]{1,60}?)[’']s\s+(?:own\s+)?(?:evidence|testimony|view|opinion|position|"
                           r"account|argument|conclusion)(?:,[^,.;:!?“”\"«»\n]{1,80},)?\s+(?:was|is|had\s+been|has\s+been)\s+that\b")
_TITLE_AND_REST = re.compile(r"\s+and\s+(?:[A-Z][\w’'-]*\s+){1,4}")
# a possessor's kin or post, then the one it names in commas: "…,” said Karim's sister, Lana Aziz, 34 (the possessor is
# the said_x words, and says nothing; the post may name its place: "said Britain's consul in Basra, X")
_POSSESSED_NAMED = re.compile(rf"\s+(?:[a-z][\w’'-]*\s+){{0,3}}[a-z][\w’'-]*"
                              rf"(?:\s+(?:in|at|to|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}})?,\s+(?P<x>{_NAMEISH})")
# a capitalised title with its portfolio between the verb and the name: "…,” said Chief of Police X", "said Minister for
# Migration X" (the name is found among the last words, as for title_x_said; when no person is there, _AFTER reads on)
_AFTER_PORTFOLIO = re.compile(rf"[,.!?]?[’'\"”»]?\)?\s*,?\s*(?:{VERBS})\s+(?:[A-Z][\w’'-]*\s+){{1,3}}(?:of|for)\s+(?:the\s+)?(?P<x>{_NAMEISH})")
# a capitalised title, with its place or body, before the name: "…,” said the Danish Consul in Basra, Mette Holm"
# (or a lowercase title of a capitalised body, a retired rank before the name: "said the former director of the Border Ports
# Authority, retired Major General X"; a translation in brackets may close before it: "“…” (“…”), said the mayor of X, Y";
# an honorific with its full stop before the name, as for role_x: "said the president of X College, Dr. Y": Y, not X)
_AFTER_TITLE = re.compile(
    rf"[,.!?]?[’'\"”»]?\)?\s*,?\s*(?:{VERBS})\s+(?P<title>(?:the\s+)?(?:(?:[a-z][\w’'-]*\s+){{0,2}}{_HEADS_LOWER_RE}\s+(?:of|for)\s+"
    rf"(?:the\s+)?)?[A-Z][\w’'-]*(?:\s+(?:(?:of|to|for|in|on)\s+(?:the\s+)?)?[A-Z][\w’'-]*){{0,6}}),\s+(?:(?:retired|former)\s+)?"
    rf"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s+)?(?P<x>{_NAMEISH})")
# "…”, according to a letter from Iraq's ambassador, X,": the one a document is from speaks its words
_DOCUMENT_FROM = re.compile(r"(?:an?|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:letters?|statements?|notes?|e-?mails?|messages?|"
                            r"memos?|submissions?|reports?|briefings?|posts?|filings?|affidavits?|testimony|evidence)\s+"
                            r"(?:(?:sent|written|signed|issued|released|published|submitted)\s+)?(?:from|by)\s+")
_AFTER_DOCUMENT = re.compile(rf"[,.!?]?[’'\"”»]?\)?\s*,?\s*according\s+to\s+(?={_DOCUMENT_FROM.pattern})")
# "…,” a Home Office official said": someone the article does not name, so no speaker before the quotation either
_AFTER_UNNAMED = re.compile(rf"[,.!?]?[’'\"”»]?\s*,?\s*(?:an?|one|another)\s+(?:[\w’'-]+\s+){{1,5}}?(?:{VERBS})\b")
# words no role noun phrase ("council member", "their solicitor") holds: it is a clause, not a role
# a subject that is someone unnamed speaking for a body, the body's own clause after it: "A spokesperson for X Ferries,
# which runs the night crossings, said the firm was “…”" (no speaker: the body is only who the unnamed one speaks for)
# (or the body's appositive: "A spokesperson for X Travel, a tour firm in Erbil whose name was on the papers, said")
_UNNAMED_FOR_BODY = re.compile(r"\s*(?:An?|One|Another)\s+(?:[\w’'-]+\s+){0,3}?(?:spokes(?:person|man|woman)|representative|official)"
                               r"\s+(?:for|at|from|of)\s+[^,.;:!?“”\"«»\n]{1,80}?(?:,\s+(?:which|who|that|an?|the)\s[^.;:!?“”\"«»\n]{1,120}?,)?\s*")
_NOT_ROLE = re.compile(r"\b(?:in|on|at|to|from|by|with|after|before|during|that|which|who|when|while|and|or|but|"
                       r"is|was|has|had|will|would|not|last|this|next|yesterday|today|earlier|later)\b")
# a quoted title of a report or headline: a few capitalised words or numbers, no sentence punctuation
# (a subtitle after a colon too: "Beyond the Border: Returns in 2025"; a comma: "Paid Late, Never Paid")
# (its lowercase words the small ones a title leaves so: "Ferries between X and Y", "Roads across the Zagros")
_TITLE = re.compile(r"(?:(?:[A-Z0-9][\w’'&-]*[:,]?|of|the|and|for|in|on|to|a|an|at|from|with|by|after|or|between|across|into|"
                    r"beyond|under|over|through|against|without|within|behind|towards?)\s+){1,11}[A-Z0-9][\w’'&-]*"
                    # (a programme's years in brackets after it: "Safer Borders in Iraq (2025–2027)")
                    r"(?:\s+\((?:19|20)\d\d(?:\s?[–-]\s?(?:19|20)?\d\d)?\))?")
# a document named just before the quotation: "in a 48-page paper, “…”", "a report titled “…”"
# (or a project or programme, named by its title: "under the regional project “…”")
_DOCUMENT_BEFORE = re.compile(r"\b(?:paper|report|briefing|study|book|document|strategy|plan|film|project|programme|program|titled|entitled|headlined),?\s*$")
# ... and what "titled", "headed" name right before the quotation is a title even in sentence case ("The statement, headed
# “Court issues rulings against 5 defendants”"), as is its translation in brackets after it
_TITLED_BEFORE = re.compile(r"\b(?:titled|entitled|headlined|headed),?\s*$")
# ... and so is a quotation in commas after a document's noun, unattributed, a title in sentence case: "The report, “Owed: debts
# among survivors”, draws on 96 interviews" (the comma may close inside the marks)
_DOCUMENT_APPOSITIVE = re.compile(r"\b(?:paper|report|briefing|study|book|document|strategy|plan|film|review|guidance|survey|"
                                  r"analysis|dossier|leaflet|campaign|exhibition|documentary|podcast|series),\s*$")
# ... and a title-case quotation in commas after such a noun and a short qualifier, whoever the sentence names: "funded a
# campaign in Dari and Pashto, “Stay Safe at Home”, which ran …" (a name, no one's words)
_QUALIFIED_DOCUMENT_APPOSITIVE = re.compile(r"\b(?:report|study|strategy|plan|film|leaflet|campaign|exhibition|documentary|podcast|"
                                           r"series|programme|program|project)(?:\s(?:in|on|for|about|against|across)\s[^,.;:“”\"\n]{1,40})?,\s*$")
# (with no qualifier too: "A radio campaign, “Think Twice”, which …, was …, she says" names the campaign, whoever speaks around it)
# a quoted slogan right before the noun it names, a determiner before it: "posters from its “Stay off the boats” campaign"
# (a name of the campaign, no one's words, however many words it has)
_NAMING_NOUN_AFTER = re.compile(r"\s(?:campaigns?|slogans?|initiatives?|programmes?|programs?|projects?)\b")
# (a number's own comma or stop is inside it: "1,200 calls"; one after it closes a clause, "until 2019, calls the plan …")
_NOUN_BEFORE = re.compile(r"(?:\d(?:[\d,.]*\d)?|the|a|an|these|those|many|more|some|its|their|phone|emergency|member|other|all|"
                          r"hundreds|thousands|dozens|of)\s+$", re.IGNORECASE)
# "called" naming someone or something after an indefinite noun, the name capitalised after it: "a boy called X", "an old
# man called X" (not "a senior official called the deal “…”": its object lowercase)
_NAMED_CALLED = re.compile(r"\b(?:a|an)\s+(?:[a-z][\w-]*\s+){1,3}called\s+[A-Z]")
# (a participle describing something "as" the words quoted is its clause subject's saying: "X was kinder, describing the link as
# “…”", not the last finite verb's subject before it)
# (a wish whose words are quoted right after it is said too: "Aziz wants it done “before the winter, not after it”"; only
# with its quotation within 60 characters, as the text before a quotation ends at its mark)
_VERB_BEFORE = re.compile(rf"(?<![\w-])(?:{VERBS}|[Aa]ccording to|describing(?=(?:\s[\w’'-]+){{1,5}}?\sas\s)"
                          r"|want(?:s|ed)(?=[^.!?“”\"«»\n]{0,60}(?:[“\"«]|$))"
                          # a participle of telling after the clause's comma, its hearer next: "X jailed him on Friday, telling
                          # him he had run “…”" (the clause's subject tells it; not "telling jokes" nor one with no comma)
                          r"|(?<=,\s)telling(?=\s+(?:him|her|them|us|me|the\s+(?:court|jury|men|man|woman|women|defendants?|pair|gang)|[A-Z][a-z]+)\b))\b")  # not "so-called"
# "she said" in the paragraph's last sentence before the quotation (or the one before it: "…,” he said,
# sitting in his office. “We never saw her again.”)
_PRONOUN_BEFORE = re.compile(rf"\b({_PRONOUN})\s+(?:{VERBS})\b[^.!?]*(?:[.!?]\s*)?$", re.IGNORECASE)
# a relative clause opening after a person's name: "X, who visited Erbil, said"
_RELATIVE_OPEN = r",\s+who\s"
_RELATIVE_OPEN_RE = re.compile(_RELATIVE_OPEN)
# the title words before a sentence's subject: "Minister for Border Security | X", "Iraq's deputy interior minister | X" (not
# "After meeting | X": X is no subject)
_TITLE_LEAD = re.compile(rf"\s*(?:(?:[A-Z][\w’'.-]*|of|for|the|and|to|on),?\s+)*(?:(?:[a-z][\w-]*\s+){{0,3}}{_HEADS_LOWER_RE},?\s+)?")
# a speech verb's subject, across appositives ("X, 52, said") or a relative clause naming someone else, its commas its own
# ("X, who met Iraq's minister, Y, said")
_APPOSITIVE_SAYS = re.compile(rf",\s*(?:{VERBS}|told)\b(?!\s+(?:the|an?|his|her|its|their)\s+[\w’'-]+(?:\s+[\w’'-]+)?\s*[.,;])")
# (a barrister's or a member's letters after the name are no part of the sentence: "Prosecutor X KC said")
# (an address's abbreviation in the appositive ends no sentence: "X, a worker at the Y centre, ul. Z 14, who …, said")
_ADDRESS_DOT = r"(?:(?<=\bul)|(?<=\bal)|(?<=\bpl)|(?<=\bos)|(?<=\bnr)|(?<=\bstr))\.(?=\s[A-Z\d])"
_SPEECH_SUBJECT = re.compile(rf"(?:\s+(?:KC|QC|SC|MP|MSP|MS|MLA|MEP|OBE|MBE|CBE|KBE|DBE)\b)?"
                             rf"\s*(?:(?:,(?:[^,.;]|{_ADDRESS_DOT}){{1,90}}){{1,3}},\s*|{_RELATIVE_OPEN}[^.;:“”\"«»\n]{{1,200}}?,\s*)?(?:{VERBS}|told)\b")
# "the minister said", "said the ministry's spokesman", "the Iraqi minister said:": a role standing for an official
# (or capitalised, as agencies write a post: "…,” the Ambassador said"; only a title word is one: _role_speaker)
# (a translation in brackets may close before it, as for _AFTER: "“…” (“…”), said the mayor of X, Y")
# (a post of three capitalised words too, as a feature quotes its subject by post: "…,” the Border Protection Director told me")
# (a rank of two lowercase words too, its head the second: "…,” the lieutenant general said", after "Lieutenant General X")
_ROLE_REF = r"[Tt]he\s+(?:[A-Z][\w’'-]*\s+){{0,2}}(?:(?:lieutenant|major|brigadier|vice|rear)[\s-])?(?P<{}>[A-Za-z][a-z-]+)"
_AFTER_ROLE = re.compile(rf"[,.!?]?[’'\"”»]?\)?\s*,?\s*(?:{_ROLE_REF.format('head')}\s+(?:{VERBS})\b"
                         rf"|(?:{VERBS})\s+{_ROLE_REF.format('head2')}\b)")
# ... or, before the verb, a capitalised title: "His Excellency the Minister affirmed", "the British Ambassador praised"
# (its portfolio after it, and an auxiliary before the verb: "The Minister for Border Security has described")
# (a participle may qualify a lowercase role: "The sentencing judge described", "the presiding judge said")
_ROLE_BEFORE = re.compile(r"[Tt]he\s+(?:[A-Z][\w’'-]*\s+){0,2}(?:[a-z]{3,12}ing\s+)?(?P<head>[A-Za-z][a-z-]+)"
                          r"(?:\s+for\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,4})?(?:\s+(?:has|have|had))?\s*$")
# a name in quotation marks that is what someone calls themselves ("a smuggler calling himself “Kaka Dara”", "known as
# 'Abu Ali'"): their alias, no one's words, and the one a pronoun after it can stand for (so is the name a contact is kept
# under in a phone: "a contact saved as “Kak Rawa”", "listed in his phone as 'Uncle'")
_ALIAS_BEFORE = re.compile(r"\b(?:call(?:ing|s|ed)? (?:himself|herself|themselves)|(?:known|go(?:es|ing)? by|went by|(?:used|uses|using|gave|gives|giving)(?= the (?:name|alias|nickname)\b)) (?:only |simply )?"
                           r"(?:as |the (?:name|alias|nickname) (?:of )?)?|nicknamed|alias|under the (?:name|alias) (?:of )?|"
                           r"(?:saved|stored|listed|registered) (?:in (?:his|her|their|the) (?:phone|contacts) )?as)"
                           r"[^\S\n]?[“\"‘']$")
# a group, a channel or a business named in quotation marks ("ran a group called “Safe Passage”"): its name, no one's words
_NAMED_BEFORE = re.compile(r"\b(?:groups?|chats?|channels?|pages?|accounts?|gangs?|networks?|firms?|companies|company|agency|"
                           r"business|operation|outfit|app|website|scheme|campaign)\s(?:called|named|dubbed|branded)[^\S\n]?[“\"‘']$")
# ... or a work someone made, named in quotation marks ("a 45-minute talk she calls “Why we stay”", "a film called “Home”"):
# its title, in sentence case too, though the pronoun before it is the maker's
_WORK_CALLED = re.compile(r"\b(?:lessons?|class|classes|talks?|courses?|lectures?|workshops?|sessions?|presentations?|films?|"
                          r"documentar(?:y|ies)|books?|songs?|poems?|plays?|shows?|series|exhibitions?|projects?|games?|videos?)"
                          r"\s(?:(?:that|which)\s)?(?:(?:he|she|they|we|I)\s(?:calls?|called|names?|named|titles?|titled)|called|named|dubbed)"
                          r"[^\S\n]?[“\"‘']$")
# ... or what someone knew another by ("a man he knew as “Kaka Dilshad”"): an alias, though not the one a pronoun after stands for
_KNEW_AS = re.compile(r"\b(?:knew|know|knows)\s(?:(?:him|her|them)\s)?(?:only\s|simply\s)?as[^\S\n]?[“\"‘']$")
# "through the producer, Avin Rashid", "he told Whitaker": someone spoken through or to, not the one speaking
# ("through an interpreter, Shilan, …" names no interpreter: Shilan speaks; nor does a heading "What the children told us"
# name whom the paragraph under it opens on: the gaps keep to one paragraph)
_GAP = r"(?:[^\S\n]+\n?|\n)[^\S\n]*"
_ADDRESSEE = re.compile(rf"\b(?:through(?!\s+an?\s)|via|told|tells){_GAP}(?:[\w’'-]+{_GAP}){{0,3}}?(?:[\w’'-]+,{_GAP})?\Z")
# the subject of a sentence with no verb of saying: "Mr Hale thought it had, “…”", "Asked why, he laughed. “…”"
# (or a role that is a body's: "Its director, X, says", "The charity's head, X, said")
# (after a place opening the sentence: "In Baghdad, Iraq's minister, X, struck a different note: “…”"; or a participle's phrase:
# "Speaking outside the court, his brother, X, said …"; or a clause of time: "When we met, X, its director, put it: “…”")
# (a rank worn with the name after the role: "Its spokesman, Colonel X, sent us a statement: “…”")
# (one of a kind, then named: "One caller, X, 19, said he …")
# (a relative's description may run into the name with no comma: "Dana's cousin Aram, 31, said", "Her brother Karwan said")
_SUBJECT_BEFORE = re.compile(rf"\s*(?:(?:In|At|From)\s[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?,\s+|(?:When|After|Before|While)\s[a-z][^,.;“”\"]{{1,50}},\s+|[A-Z][a-z]{{2,12}}ing\s[^,.;“”\"]{{1,60}},\s+)?(?:(?:{_HON}|(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|One|Another|[A-Z][\w-]*[’']s)\s[^,.;]{{1,80}},)\s+(?:(?:{RANK})\s+)?"
                             r"|(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[A-Z][\w-]*[’']s)\s(?:(?:elder|eldest|younger|youngest|older|late|former)\s)?"
                             r"(?:brother|sister|son|daughter|cousin|uncle|aunt|nephew|niece|father|mother|husband|wife|"
                             r"grandson|granddaughter|grandfather|grandmother|friend|colleague)\s"
                             # (someone described, then named by the name they gave: "One of the men, a 23-year-old who gave
                             # his name as X, spoke to us")
                             r"|(?:(?:One|Another)\sof\sthe\s[\w-]+,\s+|(?:An?|One|Another)\s)[^,.;“”\"]{1,80}?\bwho\s(?:gave|gives)\s"
                             r"(?:his|her|their)\s(?:first\s)?name\s(?:only\s)?as\s)?$")
# (an asterisk may flag a changed name: "Aram*, 15, from Ranya, has lived …")
_SUBJECT_AFTER = re.compile(r"\*?(?:,[^,.;]{1,90}){0,3},?\s+(?!and\b|or\b)[a-z]")
# the subject's verb is one of saying: "X says", "X, 52, said", "X, its director, says" (an appositive may hold one of its
# own, in lower case: "X, a coordinator at Y, a group that runs a shelter, said"; but in "X, Y's sister, Z, said" Z speaks)
# ("X put it more bluntly over tea." then the quotation: how she said it, a verb of saying too)
_SAYS_AFTER = re.compile(rf"\*?(?:,[^,.;]{{1,90}}(?:,\s[a-z\d][^,.;]{{0,89}})?,)?,?\s+(?:{VERBS}|puts?\s+it)\b")
# (an adverb may open it with no comma: "Then he grins. “…”", "Slowly she nods"; so may a short phrase of time or of the
# medium: "In a voice note the next day he turned philosophical. “…”")
# ("On day four they were shown …": a plural there is the jurors or the police, no one named before)
# (a time with no preposition, no comma: "Last week he sent me a voice note. “…”", "Earlier this year she wrote:")
_PRONOUN_SUBJECT = re.compile(rf"\s*(?:(?:[^.!?]*,\s+|(?-i:Then|Now|Later|Still|Again|Here|Soon|[A-Z][a-z]{{2,12}}ly)\s+)?{_PRONOUN}"
                              rf"|(?-i:(?:In|On|At|After|Before|During|Over|Within)\s+(?:[a-z\d][\w’'-]*\s+){{1,7}}?"
                              rf"|(?:Last|That|This|Next|Earlier|Later|One|Every|Each)\s+(?:(?:this|that|last)\s+)?"
                              rf"(?:week|month|year|night|morning|afternoon|evening|weekend|day|spring|summer|autumn|winter|[A-Z][a-z]{{2,5}}day)\s+)"
                              rf"(?:he|she))\s+[a-z]",
                              re.IGNORECASE)
# an adverbial clause opening a sentence, whose subject the pronoun after it may be ("When X reached Calais, he said, …")
_ADVERBIAL_OPENING = re.compile(r"\s*(?:When|After|Before|While|As|Once|If|Although|Though|Since|Because|Until|Unless)\b")
# (one verb and "and" may come between: "he laughs and says: “…”", "she paused and added")
_PRONOUN_END = re.compile(rf"\b{_PRONOUN}(?:\s+[a-z]+\s+and)?\s*$", re.IGNORECASE)
# "the U.S. Embassy said": an initial ends no clause; a heading's colon does ("Carys Howell (LD): The Minister told")
# (nor does a number's or a part's abbreviation before its figure: "Law No. 28 of 2012", "Art. 5")
# (an honorific's dot ends no clause: "accompanied by the Ambassador, Ms. X, affirmed")
_CLAUSE_STOP = re.compile(r"(?<!\b[A-Z])(?<!\bM[rs])(?<!\bMrs)(?<!\bDr)(?<!\bProf)(?!(?:(?<=\bNo)|(?<=\bNos)|(?<=\bArt)|(?<=\bVol)|(?<=\bSec)|(?<=\bpara))\.\s\d)[.!?:] ")
_SENTENCE_END = re.compile(r"[.!?][’”\"»]?\s|\n")
# a participle of saying opening the quotation's clause: "He said …, stressing that “…”" (its subject is the sentence's), what
# was said maybe reported before the quoted words ("X pressed the minister, saying that 900 had returned “with nothing”")
# (so a promise or a boast, a smuggler's advert's words: "X posted videos of dinghies, promising “safe VIP trips”")
# a body's own "it" between two verbs of saying, the second told in its report: "X said (that) it had welcomed “…”"
# ("said in a statement that it welcomed “…”": the statement it was said in, between the verb and "it", changes no subject)
# (or told someone in it first: "said in a statement to the Kurdistan Times that it welcomed")
_SAID_TO_IT = re.compile(r"\s+(?:in\s+(?:a|its|an?\s+[a-z]+)\s+statement(?:\s+to\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?,?\s+)?"
                         r"(?:that\s+)?it\s+(?:(?:had|has|would|will|also|again|warmly|strongly)\s+){0,2}")
_SAID_IT = re.compile(r"\s+(?:in\s+(?:a|its|an?\s+[a-z]+)\s+statement,?\s+)?(?:that\s+)?it\s+(?:(?:had|has|would|will|also|again|warmly|strongly)\s+){0,2}")
_PARTICIPLE_OF_SAYING = re.compile(r",\s+(?=[abcdeinprsvw])(?:stressing|adding|noting|saying|warning|insisting|explaining|emphasi[sz]ing|"
                                   r"affirming|confirming|reiterating|pointing out|declaring|arguing|stating|indicating|describing (?:[\w’'-]+ ){1,5}?as|"
                                   r"promising|claiming|boasting(?: of)?|vowing)\s+(?:that\s+)?"
                                   r"(?:[^.;:!?“”\"«»‘’\n]{1,160}\s)?$")
# ... or the participle after the words the first quotation's clause goes on with: "X said it “welcomed the work” of the
# officers, adding that “…”" (the same clause, no other speaker named in it)
_WORDS_THEN_PARTICIPLE = re.compile(r"[^\S\n]+(?:of|for|by|in|on|at|to|from|with)\s[^.;:!?“”\"«»‘’\n]{1,80}?" + _PARTICIPLE_OF_SAYING.pattern)
# a source the article does not name, as the subject of the quotation's sentence: "A Home Office source put the cost at",
# "a senior source said", "sources close to the minister", "one government source"
_ANONYMOUS_SOURCE = re.compile(r"(?<!\w)(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){0,4}?sources?|[Ss]ources\s+(?:close|familiar)\s+(?:to|with)"
                               r"|(?:[Gg]overnment|[Ss]enior|[Ss]ecurity|[Dd]iplomatic|Whitehall|[Oo]fficial)\s+sources)\b")
# a social-media post introduced by its poster: "posted on X:", "wrote on Facebook:", "tweeted:"
_POSTED = re.compile(r"\b(?:(?:posted|wrote|said|shared)\s+on\s+(?:X|Twitter|Facebook|Instagram|Telegram|Bluesky|Threads|LinkedIn|"
                     r"TikTok|social media)|tweeted)(?:\s*\([^()\n]{0,40}\))?\s*:")
_MARKS = "“\"«‘'"
_HON_DOT = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Maj|Brig|Capt|St)\.$")
# the words before a sentence's subject: its role and honorific ("His Excellency the Minister of Interior, Mr. ")
# (or a title with no comma: "Interior Minister X met Y", "Our correspondent X spoke to Y"; a list item's bullet before it:
# "• X, whose cousin Y, 19, died, told us")
# (a title's place may follow it, lowercase "in" between: "British Consul General in Erbil X visited …")
_SUBJECT_LEAD = re.compile(rf"\s*(?:[•▪*]\s+)?(?:(?:His|Her) Excellency\s+)?(?:(?:[Tt]he\s)?[^,.;“”\"]{{1,100}},\s+|(?:[A-Z][\w’'-]*\s+){{1,4}}"
                           rf"(?:(?:in|for|to)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){{1,3}})?"
                           # (an opening phrase may come first: "In Ranya, our reporter X spoke to Y")
                           rf"|(?:[A-Z][^,.;“”\"\n]{{1,40}},\s+)?(?:[Oo]ur|[Tt]he|[Aa]n?)\s+(?:[A-Z][\w’'-]*\s+){{0,2}}"
                           rf"(?:correspondent|reporter|researcher|producer|team)\s+"
                           # (or a trade in lowercase words after the opening phrase: "In the bazaar, money changer X, 61, shows Y")
                           rf"|[A-Z][^,.;“”\"\n]{{1,40}},\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*(?:er|or|ist|ian|man|woman|ant|ent|eer)\s+"
                           rf")?(?:{_HON}\s+)?")
# the subject's talk with someone it names next: "X, 41, spoke to ", "X has interviewed " (_pronoun_referent)
_SPOKE_TO = re.compile(r"(?:,[^,.;:“”\"\n]{1,60},)?,?\s+(?:(?:has|had)\s+)?(?:(?:spoke|spoken|talked|talks|speaks)\s+(?:to|with)|interviewed)\s+")
# a later sentence opening with someone else as its subject: a name or a description ("The minister", "Police")
_OTHER_SUBJECT = re.compile(r"[.!?]\s+(?!(?:He|She|They|His|Her|Its|It|During|In|On|At|After|Before|The two|Both)\b)[A-Z]")
# ... but a sentence the same pronoun is said to say is no one else's: "X shows Y a ledger. A place costs $900, he says, …"
_SAID_BY_PRONOUN = re.compile(rf"[^.!?“”\"«»\n]*,\s+(?P<p>{_PRONOUN})\s+(?:{VERBS})[.!?,]")


def _other_subject_since(text: str, lo: int, hi: int, pronoun: str | None) -> bool:
    """Does a sentence between ``lo`` and ``hi`` open with someone else as its subject (not one "he says" of, the pronoun's own)?"""
    for m in _OTHER_SUBJECT.finditer(text, lo, hi):
        said = _SAID_BY_PRONOUN.match(text, m.end() - 1, hi)
        if pronoun is None or said is None or said.group("p").lower() != pronoun.lower():
            return True
    return False


# a verb of saying and the statement it was made in, a relative clause's verb after it: "said in a statement, which added"
_STATEMENT_WHICH_ADDED = re.compile(r"(?:said|says|announced)\s+in\s+(?:a|its|an?\s+[a-z]+)\s+statement,\s+which\s+")
# and the verb itself, a participle of saying after it: "…, the Y Ministry said (in a statement), adding that …“…”"
_SAID_THEN_ADDING = re.compile(r"(?:said|says|announced)(?:\s+in\s+(?:a|its|an?\s+[a-z]+)\s+statement)?(?=,\s)")


# between a quotation's attribution and its rest ("“We are,” she said, “committed …”"), or a quotation and its
# translation in brackets ("“Nous …” (“We …”), X told AFP")
_SPLIT = re.compile(r",\s*")
_TRANSLATION = re.compile(r"\s*\(")
# a verb of saying or describing with a subject governing a short quotation: "X described the program as “complementary”",
# "called it “historic”", "said it was “premature”" (not the passive "was described as", which names no one who said it)
_GOVERNED = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bbe )(?<![\w-])"
                       r"(?:(?:described|describes|describe|describing|characteri[sz]ed|characteri[sz]es|characteri[sz]ing) (?:[\w’'-]+ ){0,4}?as"
                       r"|(?:called|calls|call|calling|branded|brands|branding|labell?ed|labels|labell?ing|termed|terms|terming|dubbed|dubs|dubbing) (?:it|them|this|that|him|her|"
                       r"(?:the|a|an|his|her|their|its|our) (?:[\w’'-]+ ){0,3}?[\w’'-]+)(?: an?)?"  # "call it a “…”"
                       r"|(?:said|says|told \w+) (?:it|this|that|they|he|she|the [\w’'-]+) (?:was|is|were|are|would be|will be|had been|has been)"
                       # "declined to comment on “operational matters”": the words are the one declining's
                       r"|(?:to|not) comment on"
                       # "said he stood by the claim “100%”": the words are the one standing by it
                       r"|(?:stood|stands|stand|standing) by (?:it|this|that|(?:the|his|her|their|its) [\w’'-]+))"
                       r" ?$")
# the one who called a thing a short quotation's words, named after it: "hardly the “turning point” (that) the Home Office
# called it"
_CALLED_IT_AFTER = re.compile(r"[^\S\n]+(?:that[^\S\n]+|which[^\S\n]+)?(?P<who>(?:the[^\S\n]+)?[A-Z][^.,;:!?“”\"«»\n]{1,60}?)"
                              r"[^\S\n]+(?:had[^\S\n]+|has[^\S\n]+)?(?:called|calls|dubbed|dubs|branded|brands|termed|terms)"
                              r"[^\S\n]+(?:it|them|this|that)\b")
# a quotation's closing mark right before a verb of saying: "“…,” said X" (an apostrophe closes one only after a stop)
_CLOSED_BEFORE = re.compile(r"(?:[,.!?][’']|[,.!?]?[”\"»])\s*,?\s*$")
# a verb of saying and a colon introducing the quotation, however short and whoever "he" is: "He added: “More will follow.”"
_INTRODUCED = re.compile(rf"\b(?:{VERBS})\s*:\s*$")
# a verb of saying and what was said, in the sentence a short quotation stands in: "said he was “deeply ashamed”"
_REPORTED_BEFORE = re.compile(r"\b(?=[acistw])(?:said|says|told\s+[\w’'-]+|added|warned|insisted|claimed|admitted|stressed|wrote)"
                              r"\s[^.;:!?“”\"«»‘’\n]{1,160}$")
# a quotation in the first person: someone speaking, not a document's words
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b")
# a radio or TV script's label for a recorded clip, or a transcript's speaker, opening the quotation's line: "CLIP (KARIMI): “…”",
# "SOT (Claire Maddison):", "KARIMI:" (its name stands for the person the article names in full); a script's note in small
# letters may follow the name, how the words were given: "KARIMI (translated):", "KARIMI (in Kurdish):" (still the speaker's)
_LABEL = re.compile(r"[ \t]*(?P<bullet>[•▪][ \t]+)?(?:(?:CLIP|CUT|SOT|AUDIO|ACTUALITY|INSERT|VOX POP|VOX|GRAB|SOUNDBITE)\s*\(\s*(?P<name>[A-Z][\w’'-]*"
                    r"(?: [A-Z][\w’'-]*){0,3})\s*\)|(?P<bare>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,5})(?:[ \t]*\([a-z][a-z ,-]{0,30}\))?)\s*:\s*")
# a label naming a programme's or a debate's topic, opening the quotation's line: a few words and a colon, no sentence
# ("Phone-in transcript: ", "Tonight's debate: "; a speaker's label, "Q: ", "KARIMI: ", names whose the words are)
_LABELLED_LINE = re.compile(r"(?:^|\n)[^\S\n]*[A-Z][^\n.!?:“”\"]{0,40}\b(?i:transcript|debate|phone-in|programme|program|show|topic|"
                            r"subject|theme|episode|podcast|discussion|motion|poll)[^\n.!?:“”\"]{0,20}:\s*$")
# a document's date after its quoted title in a citation: ", 6 November 2026", ", March 2025", " (2024)"
# (or an event's in a listing, its day and hour: "Next: “Borders after Brexit”, 12 May, 7pm")
_CITED_AFTER = re.compile(r",\s(?:\d{1,2}\s)?(?:January|February|March|April|May|June|July|August|September|October|November|"
                          r"December)?\s?(?:19|20)\d\d\b|\s\((?:19|20)\d\d\)"
                          r"|,\s\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December),?"
                          r"\s(?:at\s)?\d{1,2}(?:[.:]\d\d)?\s?[ap]\.?m\b")
_PRONOUN_AFTER = re.compile(rf"[,.!?]?[’'\"”»]?\s*,?\s*(?P<p>(?i:he|she))\s+(?:{VERBS})\b")
# a heckle heard, its speaker unnamed: "“Answer the question!” came a cry from the Opposition benches"
_CRY_AFTER = re.compile(r"[,]?\s+(?:came|went up)\s+(?:a|the|one)\s+(?:[a-z]+\s+)?(?:cry|cries|shout|shouts|call|heckle|voice|yell|roar|chorus)\b")
# a police force's posts quoted one by one: "“…,” the force wrote", "“…,” the first post read" (the force named in the article,
# or the one said to have posted the thread)
_AFTER_FORCE_OR_POST = re.compile(r"[,.!?]?[’'\"”»]?\s*,?\s*(?:the\s+(?P<force>force)\s+(?:said|wrote|posted|added)"
                                  r"|the\s+(?:first|second|third|fourth|fifth|sixth|next|final|last|opening)\s+(?P<post>post|tweet)\s+"
                                  r"(?:read|said|says|reads|added))\b")
_POLICE_FORCE = re.compile(r"\b(?:[A-Z][a-z]+(?:\s(?:and|&)\s[A-Z][a-z]+|\s[A-Z][a-z]+)?\s(?:Police|Constabulary)|Police\sScotland)\b(?![’'\s]+(?:and|Service|Federation|Authority|Commissioner|Officer|Station))")
# (its subject just before the verb: "the force said in a six-post thread on X", "Kent Police posted a thread")
_THREAD_BY = re.compile(r"(?:the\s+(?P<force>force)|(?P<x>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,4}))\s+(?:said|posted|wrote|published|set\s+out)"
                        r"\s+(?:(?:in|on)\s+)?(?:a|an|its)\s+(?:[\w-]+\s+){0,2}thread\b")
_HEADLINE_CHARS = 400  # a headline and its standfirst open the text
# one person a headline names by who they are, not by name ("Grieving mother", "Widow", "Survivor of the crossing")
_HEADLINE_PERSON = re.compile(r"\b(?i:mother|father|widow|widower|son|daughter|brother|sister|grandmother|grandfather|survivor|"
                              r"migrant|refugee|teenager|boy|girl|man|woman)\b")
_UNNAMED_HEADS = frozenset({"source", "sources", "insider", "insiders", "whistleblower"})
MIN_WORDS = 4  # unattributed quotations shorter than this are scare quotes or names
_SCARE_WORDS = 8  # a fragment this short inside a sentence is a scare-quoted phrase, not a statement
# people named only as a group, by where they live or what they share: none of them a speaker one could name
_UNNAMED_GROUP = re.compile(r"(?:(?:local|some|many|other|angry|worried)\s+)?(?:Residents|Neighbou?rs|Families|Parents|Locals|"
                            r"Villagers|Relatives|Tenants|Pupils|Passengers|Mothers|Fathers|Shopkeepers|Traders|Commuters)\b",
                            re.IGNORECASE)
MAX_LOOKBACK = 800


def mark_officials(statements: list[Candidate], officials: list[Candidate]) -> None:
    """A named speaker who is among the article's proposed officials is an official, not a person to name."""
    names = {c.values.get("name") for c in officials}
    for c in statements:
        if c.values.get("speaker_kind") == "person" and c.values.get("speaker") in names:
            c.values["speaker_kind"] = "official"


def statement_candidates(text: str) -> list[Candidate]:
    """One candidate per quotation that someone is said to have said, with its speaker where found."""
    speeches = contribution_statements(text)  # a transcript's speeches under speaker headings (transcripts.py)
    speeches += _posts(text)  # "X posted on X:" and the post, without quotation marks
    speeches += _thread_posts(text)  # a thread reproduced, each post under its author's name and handle
    speeches += _numbered_thread(text)  # a thread reproduced as numbered paragraphs ("1/8 …" to "8/8 …")
    speeches += _interview_answers(text)  # a question-and-answer interview's answers, without quotation marks
    if "\n– " in text or "\n— " in text:
        speeches += _dash_quotes(text)  # a paragraph opened by a dash, no quotation marks: "– …, said X."
    if not any(mark in text for mark in "“\"«‘'"):
        return speeches
    out: list[Candidate] = []
    last_end = -1  # where the last proposed quotation and its attribution end
    title_end = -1  # where the last quoted title ends
    by_pronoun: tuple[str, int, dict] | None = None  # the last quotation "he" or "she" was found to have said: pronoun, end, speaker
    for q in _quotations(text):
        inner = _inner(text, q.start(), q.end())
        if inner is None:
            continue
        if out and _SPLIT.fullmatch(text, last_end, q.start()) and text[inner[0]].islower():
            # "“We are,” she said, “committed to …”": the rest of one quotation, its attribution between
            out[-1].end, out[-1].spans["text"] = q.end(), (out[-1].spans["text"][0], inner[1])
            continue
        words = len(text[inner[0]:inner[1]].split())
        speaker, quote_start, quote_end = _attribution(text, q.start(), q.end())
        if (asked := _quiz_question(text, q.start())) is not None:
            speaker = _quiz_answer_speaker(text, asked)
        # "the “turning point” the Home Office called it": the words the caller put it in
        if (called_it := _CALLED_IT_AFTER.match(text, q.end())) is not None \
                and (caller := _speaker_in(text, *called_it.span("who"))) is not None:
            if speaker is None and quote_end == q.end():
                speaker, quote_end = caller, called_it.end()
        else:
            called_it = None
        governed = words < MIN_WORDS and (bool(_GOVERNED.search(text, max(0, q.start() - 80), q.start())) or called_it is not None
                                          or bool(_CRY_AFTER.match(text, q.end()))
                                          or bool(_INTRODUCED.search(text, max(0, q.start() - 30), q.start()))
                                          or _in_reported_speech(text, q.start(), q.end(), inner))
        if speaker is None and quote_end == q.end() and words < MIN_WORDS and not governed:
            continue
        if words < MIN_WORDS and not governed and not (speaker is not None and _SHARE_WORDS_OF.search(text, inner[0], q.end() + 4)) \
                and (_TERM_BEFORE.search(text, max(0, q.start() - 12), q.start())
                                                   or _LIST_END_BEFORE.search(text, max(0, q.start() - 50), q.start())) \
                and q.end() < len(text) \
                and text[q.end()] not in ",.;:!?\n" and text[q.end() - 2] not in ",.!?":
            # "X say smugglers sell a “Dublin package” for €4,500": words after a determiner, the sentence going on, name a
            # thing, whoever the sentence says spoke
            continue
        if words < MIN_WORDS and speaker is None and _NOUN_OR_BEFORE.search(text, max(0, q.start() - 40), q.start()) \
                and q.end() < len(text) and text[q.end()] not in ",.;:!?\n" and text[q.end() - 2] not in ",.!?":
            # "nine said a boss or “fixer” had taken their papers": a term set beside a noun, the sentence going on, even
            # after a verb of saying
            continue
        if speaker is None and quote_end == q.end() and _TITLE.fullmatch(text, *inner) and not governed:
            continue  # "Iraq Mobility Snapshot 2024": the title of a document, not words someone said
        if _TITLE.fullmatch(text, *inner) and (_ALIAS_BEFORE.search(text, max(0, inner[0] - 50), inner[0])
                                               or _KNEW_AS.search(text, max(0, inner[0] - 30), inner[0])
                                               or _NAMED_BEFORE.search(text, max(0, inner[0] - 30), inner[0])):
            continue  # "paid a man he knew as “Kaka Dilshad”": an alias, whoever the sentence's speaker is
        if text[inner[0]].isupper() and _WORK_CALLED.search(text, max(0, inner[0] - 40), inner[0]):
            continue  # "a lesson he calls “Boats and borders”": the work's title, no words he is said to have said
        if words < 2 and not governed and not (speaker is not None and quote_end > q.end() and text[q.end() - 2] in ",!?"):
            # one word in quotation marks is a term, not a statement, unless someone is said to have said it (or is named
            # saying it after it, the mark closing on its comma: "“Good,” says X")
            continue
        if _TITLE.fullmatch(text, *inner) and _DOCUMENT_BEFORE.search(text, max(0, q.start() - 30), q.start()) \
                or _TITLED_BEFORE.search(text, max(0, q.start() - 12), q.start()) \
                or title_end >= 0 and _TRANSLATION.fullmatch(text, title_end, q.start()) \
                or speaker is None and quote_end == q.end() and (text.startswith(",", q.end()) or text[q.end() - 2] == ",") \
                and _DOCUMENT_APPOSITIVE.search(text, max(0, q.start() - 20), q.start()) \
                or _TITLE.fullmatch(text, *inner) and (text.startswith(",", q.end()) or text[q.end() - 2] == ",") \
                and _QUALIFIED_DOCUMENT_APPOSITIVE.search(text, max(0, q.start() - 70), q.start()):
            title_end = q.end()
            continue  # a document's title, whoever published it
        if speaker is None and _NAMING_NOUN_AFTER.match(text, q.end()) and _TERM_BEFORE.search(text, max(0, q.start() - 12), q.start()):
            continue  # "its “Stay off the boats” campaign": the campaign's name before its noun, not a statement
        if speaker is None and q.start() < _HEADLINE_CHARS and text.startswith(":", q.start() - 2) \
                and text.find("\n", 0, q.start()) == -1 and _HEADLINE_PERSON.search(text, 0, q.start()) \
                and text.find(text[inner[0]:inner[1]], q.end()) == -1 and (main := _main_subject(text, len(text))):
            # "Akre mother turns grief into a campaign: “…”": a headline's words after its colon, said by someone it names
            # only by who they are, never given below, are the story's main subject's (the one named most)
            speaker = Mention(q.start(), q.start(), main.name)
        if speaker is None and (is_heading(text, (q.start(), q.end())) and not (text[q.end() - 1] == "'" and text[q.end() - 2] in ".!?")
                                or _closes_headline(text, q.start(), q.end()) and (text.find(text[inner[0]:inner[1]], q.end()) != -1
                                                                                   or text.find("\n", 0, q.start()) == -1)):
            continue  # a headline quoting words the story attributes in full below (not a line ending "….'", a sentence)
            # (the article's own headline, its first line, whether or not the words come again: "Small boats: committee says pact
            # “has yet to prove its worth”" sums a report up in words no one is named saying)
        if speaker is not None and (q.start() < _HEADLINE_CHARS or _entry_headline(text, q.start())) \
                and (q.end() == len(text) or text[q.end()] == "\n") \
                and text[q.end() - 2] not in ".!?," and text.find(text[inner[0]:inner[1]], q.end()) != -1:
            # ... even with a speaker in the headline or the standfirst, the line closing on the quotation with no full stop
            # ("Cousin says he was “a passenger”", "Ministers insist returns are “safe and lawful”"): its words given below
            continue
        if speaker is None and _standfirst_label_echo(text, q.start(), q.end(), inner):
            continue  # a standfirst's 'Crotone prefect: "Camp close to its limit"', the body quoting "close to its limit"
        if speaker is None and _repeated_line(text, q.start(), q.end()):
            continue  # ... or a live blog entry's headline that is the quotation alone ("“They told us …”"), repeated below
        if speaker is None and (text[inner[1] - 1] == "?" and _LABELLED_LINE.search(text, max(0, q.start() - 80), q.start())
                                and (q.end() == len(text) or text[q.end()] == "\n")
                                or _CITED_AFTER.match(text, q.end())):
            # a programme's or a debate's topic under a label ("Phone-in transcript: “Is the deal working?”"), or a document's
            # title in a citation, its date after it ("[3] Embassy, “Two years on”, 6 November 2026"): no one's words
            continue
        if speaker is None and text[inner[1] - 1] == "?" and (layout := interview(text)) is not None and layout.letters:
            continue  # an advice column's headline quoting a reader's question ("'Will my husband be sent back?'"): no one's statement
        pron = _PRONOUN_AFTER.match(text, q.end(), q.end() + 40)
        if speaker is not None and speaker.name is None and pron and by_pronoun and by_pronoun[0] == pron.group("p").lower() \
                and q.start() - by_pronoun[1] <= MAX_LOOKBACK \
                and not any(by_pronoun[1] <= m.start < q.start() and not quoted(text, m.start) for m in people(text)) \
                and not any(not quoted(text, v.start()) for v in _VERB_BEFORE.finditer(text, by_pronoun[1], q.start())):
            # "“…,” he says …. The route was the one many take …. “…,” he says": no one named since the last quotation he was
            # found to have said (its name further back than a pronoun is looked for), nor anyone said to speak (not "a
            # smuggler who asked not to be named described …"): the same speaker goes on
            speaker = Mention(speaker.start, speaker.end, by_pronoun[2]["speaker"])
        elif speaker is None and by_pronoun and q.start() - by_pronoun[1] <= MAX_LOOKBACK \
                and _subject_pronoun(text, q.start()) == by_pronoun[0] and _same_referent(text, by_pronoun[1], q.start(), by_pronoun[0]):
            # "“…,” he told me. … He claimed …. In a voice note he turned philosophical. “…”": the pronoun opening the
            # quotation's sentence, its name too far back to be looked for, stands for whom the same pronoun last said words
            speaker = Mention(q.start(), q.start(), by_pronoun[2]["speaker"])
        if speaker is not None and speaker.name and speaker.end <= q.start() and words <= _SCARE_WORDS \
                and text[inner[0]].islower() and _UNNAMED_GROUP.match(speaker.name):
            # "Residents on X Road say they were “the last to know”": a few words a group of people no one names are
            # said to share, no one's statement
            continue
        cand = Candidate("statements", quote_start, quote_end, {"speaker": None}, {"text": inner})
        if speaker is not None:
            cand.values["speaker"] = speaker.name if speaker.name else None
            # a named person or an office; whether the person is an official is decided beside the officials (propose)
            # (a script's label, "CLIP (KARIMI):", is no mention of its own but stands for the person named in full)
            person = speaker in people(text) or speaker.name in {m.name for m in people(text) if m.name} \
                or bool(speaker.name) and text[speaker.start:speaker.end].isupper() and _looks_like_name(speaker.name)  # "AZIZ" for one said only as "Shwan Aziz's"
            cand.values["speaker_kind"] = "person" if person else "organization" if speaker.name else None
            if speaker.name and (short := _SPEAKER_ACRONYM_TAIL.fullmatch(speaker.name)):
                # a body named with its acronym in brackets ("The State Secretariat for Migration (SEM) said ..."): the
                # body by its name, as the gold names it, the acronym left off
                cand.values["speaker"] = short.group(1)
            if speaker.start >= quote_start and speaker.end <= quote_end and speaker.end > speaker.start:
                cand.spans["speaker"] = (speaker.start, speaker.end)
        elif out and out[-1].values["speaker"] and (_continues_speech(text, last_end, q.start(), q.end())
                                                    or _ATTRIBUTION_REST.fullmatch(text, last_end, q.start())
                                                    or _PARTICIPLE_OF_SAYING.fullmatch(text, last_end, q.start())
                                                    or _WORDS_THEN_PARTICIPLE.fullmatch(text, last_end, q.start())):
            # "“…,” Minister X told the BBC." then a paragraph that is only "“…”": X goes on speaking; so in the paragraph
            # ("“…,” said the minister, who cut the ribbon. “…”")
            cand.values.update({k: out[-1].values[k] for k in ("speaker", "speaker_kind")})
        elif words >= MIN_WORDS and (earlier := _said_before(text, out, inner)) is not None:
            # a claim quoted again with no attribution ('Claim 2: "Crossings are down by half"' after X said "… Crossings
            # are down by half. …"): the words are those of whom the earlier quotation gave them to
            cand.values.update({k: earlier.values[k] for k in ("speaker", "speaker_kind")})
        if out and speaker is not None and out[-1].values["speaker"] is None and _TRANSLATION.fullmatch(text, last_end, q.start()):
            out[-1].values.update({k: cand.values[k] for k in ("speaker", "speaker_kind")})  # “…” (“…”), X said: both X's
        out.append(cand)
        last_end = max(quote_end, q.end())
        if pron and cand.values["speaker"] and cand.values.get("speaker_kind") == "person":
            by_pronoun = (pron.group("p").lower(), last_end, cand.values)
    return out + speeches


# a speaker's name ending in an acronym in brackets, capitals with at most a lower-case letter between ("(SEM)",
# "(BAMF)", "(BKA)", "(OM)"): not a bracketed word that is part of a name ("Refugee Council (Scotland)")
_SPEAKER_ACRONYM_TAIL = re.compile(r"(.*\S)\s+\((?-i:[A-Z]{2,}[a-z]?[A-Z]*)\)")
_QUOTE_END_MARKS = " .,;:!?…"


def _said_before(text: str, out: list[Candidate], inner: tuple[int, int]) -> Candidate | None:
    """The earlier quotation, given to a speaker, whose words hold this quotation's words whole (its case and its closing
    stop aside), if exactly one speaker said them."""
    words = text[inner[0]:inner[1]].strip(_QUOTE_END_MARKS).casefold()
    found = [c for c in out if c.values.get("speaker") and words in text[slice(*c.spans["text"])].casefold()]
    return found[-1] if found and len({c.values["speaker"] for c in found}) == 1 else None


# a quiz's numbered question asking who said the words ("5. Who said on Monday: “…”?", "3. Which minister said … “…”?"):
# its subject is no speaker, and the answer numbered the same further down names who said them ("5. Colonel X, …")
_QUIZ_QUESTION = re.compile(r"(?m)^(?P<n>\d{1,2})[.)][^\S\n]+(?:Who|Which|What)\b[^\n]*\?[^\S\n]*$")


def _quiz_question(text: str, start: int) -> re.Match | None:
    line = text.rfind("\n", 0, start) + 1
    return _QUIZ_QUESTION.match(text, line)


def _quiz_answer_speaker(text: str, asked: re.Match) -> Mention | None:
    """The first person named at the head of the answer numbered as ``asked`` after it; None when there is no such answer
    (the question's "Who" is still no one)."""
    answer = re.compile(rf"(?m)^{asked.group('n')}[.)][^\S\n]+(?!(?:Who|Which|What)\b)").search(text, asked.end())
    if answer is None:
        return None
    return next((m for m in people(text) if answer.end() <= m.start and m.end <= answer.end() + 80 and m.name
                 and not quoted(text, m.start)), None)


_QUOTES_SCAN = FirstCharScan(_QUOTES, "[“\"«‘']")  # (its scan over a whole text skips to the quotation marks)


@lru_cache(maxsize=16)
def _quotations(text: str) -> tuple[re.Match, ...]:
    """Every quotation in ``text``, found once: the statements are read from them, and no speaker is inside one."""
    return tuple(_QUOTES_SCAN.finditer(text))


@lru_cache(maxsize=16)
def _quotation_starts(text: str) -> tuple[int, ...]:
    return tuple(q.start() for q in _quotations(text))


def quoted(text: str, start: int) -> bool:
    """Is ``start`` inside a quotation's marks? (A speaker is never inside one, nor a figure of speech: statistics.py.)"""
    k = bisect_right(_quotation_starts(text), start) - 1
    return k >= 0 and start < _quotations(text)[k].end()


# a quotation opened by a dash at a paragraph's start, with no marks, as Scandinavian and continental papers set speech out
# ("– We cannot wait for another winter, said Berg.", "– …, she said."): its words run to the last comma before a verb of
# saying that ends the paragraph
_DASH_QUOTE = re.compile(r"(?m)^[–—][^\S\n]+(?P<w>[^\n]{8,}),[^\S\n]+(?=[^,\n]{0,60}\b(?:said|says|told|added|adds|explained|explains)\b[^\n]*$)")


def _dash_quotes(text: str) -> list[Candidate]:
    """Each dash-opened quotation whose speaker is named, or referred to, after its words (_attribution)."""
    out = []
    for m in _DASH_QUOTE.finditer(text):
        lo, hi = m.start("w"), m.end("w")
        if len(text[lo:hi].split()) < MIN_WORDS:
            continue
        speaker, quote_start, quote_end = _attribution(text, m.start(), hi)
        if speaker is None or not speaker.name or quote_end <= hi:
            continue  # no one said after the words: a list's item, not speech
        cand = Candidate("statements", quote_start, quote_end, {"speaker": speaker.name}, {"text": (lo, hi)})
        person = speaker in people(text) or speaker.name in {p.name for p in people(text) if p.name}
        cand.values["speaker_kind"] = "person" if person else "organization"
        if speaker.start >= quote_start and speaker.end <= quote_end and speaker.end > speaker.start:
            cand.spans["speaker"] = (speaker.start, speaker.end)
        out.append(cand)
    return out


def _posts(text: str) -> list[Candidate]:
    """A social-media post quoted without quotation marks after "X posted on X:", "X wrote on Facebook:", "X tweeted:":
    its words to the end of their paragraph are a statement by the person who posted them."""
    if ":" not in text or not any(w in text for w in (" on ", "tweeted")):
        return []
    out = []
    for m in _POSTED.finditer(text):
        lo = m.end()
        while lo < len(text) and text[lo].isspace():
            lo += 1
        if lo >= len(text) or text[lo] in _MARKS:
            continue  # a quotation: found with the others
        hi = text.find("\n", lo)
        hi = len(text) if hi == -1 else hi
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if hi <= lo:
            continue
        para = text.rfind("\n", max(0, m.start() - MAX_LOOKBACK), m.start()) + 1
        who = mention_at(text, _sentence_start(text, para, m.start()) or para, m.start())
        cand = Candidate("statements", lo, hi, {"speaker": None}, {"text": (lo, hi)})
        if who is not None and who.name:
            cand.start = who.start
            cand.values.update(speaker=who.name, speaker_kind="person")
            cand.spans["speaker"] = (who.start, who.end)
        out.append(cand)
    return out


# a social-media post reproduced under its author's name and handle, on a line of their own ("Rachel Osei MP
# (@RachelOseiMP), shadow Home Office minister"), its words on the lines after up to a blank line or its timestamp
# ("7:42 AM · 4 Mar 2026 · 2,418 likes"); a thread's numbering ("1/6") is no part of its words
_THREAD_HEAD = re.compile(r"^(?P<who>[A-Z][^\n()@:“”\"]{2,60}?) \(@\w{1,30}\)(?:,[^\n]{0,100})?\n(?=\S)", re.MULTILINE)
_THREAD_STAMP = re.compile(r"\d{1,2}[:.]\d{2}\s?(?:AM|PM|am|pm)?\s?·|\d{1,2} [A-Z][a-z]{2} \d{4} ·")
_THREAD_NUMBER = re.compile(r"\d{1,2}/\d{1,2}\s+")


def _thread_posts(text: str) -> list[Candidate]:
    """Each post reproduced under its author's name and handle: a statement by its author, no quotation marks."""
    if "(@" not in text:
        return []
    out = []
    for m in _THREAD_HEAD.finditer(text):
        lo = m.end()
        if number := _THREAD_NUMBER.match(text, lo):
            lo = number.end()
        hi = pos = lo
        for _ in range(12):  # a post's lines, up to a blank line or its timestamp
            if pos >= len(text) or text[pos] == "\n" or pos > lo and _THREAD_STAMP.match(text, pos):
                break
            end = text.find("\n", pos)
            hi = end = len(text) if end == -1 else end
            pos = end + 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        who = mention_at(text, m.start("who"), m.end("who"))
        if hi <= lo or who is None or not who.name:
            continue
        out.append(Candidate("statements", who.start, hi, {"speaker": who.name, "speaker_kind": "person"},
                             {"text": (lo, hi), "speaker": (who.start, who.end)}))
    return out


# a thread reproduced as paragraphs of its own, numbered "1/N" to "N/N", without quotation marks: one statement from the
# first post to the last, by the person whom the last sentence before it that mentions a thread names ("The minister, X,
# used an eight-post thread on X …. The thread is reproduced below.")
_THREAD_POST_LINE = re.compile(r"(?m)^[^\S\n]*([1-9]\d?)/([1-9]\d?)[^\S\n]+(?=\S)")
_THREAD_WORD = re.compile(r"\bthread\b", re.IGNORECASE)


def _numbered_thread(text: str) -> list[Candidate]:
    """The posts "1/N" … "N/N" of a thread, each opening a paragraph in order: one statement by the thread's author."""
    if "/" not in text or "thread" not in text.lower():
        return []
    out = []
    posts = list(_THREAD_POST_LINE.finditer(text))
    for i, first in enumerate(posts):
        total = int(first.group(2))
        if first.group(1) != "1" or total < 2 or i + total > len(posts):
            continue
        run = posts[i:i + total]
        if any(int(p.group(1)) != n + 1 or int(p.group(2)) != total for n, p in enumerate(run)):
            continue
        lo, hi = first.end(), text.find("\n", run[-1].end())
        hi = len(text) if hi == -1 else hi
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        who = None
        for word in reversed(list(_THREAD_WORD.finditer(text, max(0, first.start() - MAX_LOOKBACK), first.start()))):
            sentence = _sentence_start(text, 0, word.start()) or 0
            named = [m for m in people(text) if sentence <= m.start < word.start() and m.name]
            if named:
                who = named[0]
                break
        cand = Candidate("statements", lo, hi, {"speaker": None}, {"text": (lo, hi)})
        if who is not None:
            cand.start = who.start
            cand.values.update(speaker=who.name, speaker_kind="person")
            cand.spans["speaker"] = (who.start, who.end)
        out.append(cand)
    return out


# a paper's name in its masthead ("Calder Valley Courier | Saturday 14 June"): no interviewee
_MASTHEAD_BAR = re.compile(r"[^|•\n]{0,40}[|•]")
# an interview's credit line naming who asked the questions ("Interview by X", "Interviewed by X", "Questions by X"):
# the interviewer, no interviewee
_INTERVIEWER_CREDIT = re.compile(r"[^\S\n]*(?:\*\*|_)?(?:[Ii]nterview(?:ed)?|[Qq]uestions|[Ii]nterview\s+and\s+photos?)[^\S\n]+by[^\S\n]+")


def _interview_answers(text: str) -> list[Candidate]:
    """Each answer of a question-and-answer interview (transcripts.interview), a statement by the interviewee:
    the first person its introduction names outside a byline ("… Brigadier General X has headed …, he spoke to …");
    its speaker is left empty when the introduction names no one."""
    if (layout := interview(text)) is None:
        return []
    named = [m for m in people(text) if m.start < layout.intro_end and m.name
             and not BYLINE_START.match(text, text.rfind("\n", 0, m.start) + 1) and not _MASTHEAD_BAR.match(text, m.end)
             and not _INTERVIEWER_CREDIT.match(text, text.rfind("\n", 0, m.start) + 1)]
    # turns labelled with a name ("Ormsby: …"): the person the introduction names so
    # (or, in capitals, "RAED AL-SAEDI:", the name written in full where the first question names him; or a label less the
    # middle name the introduction gives, "Shwan Jalal:" after "Shwan Kamal Jalal")
    label = layout.answerer.split() if layout.answerer else []
    who = next((m for m in named if layout.answerer and (m.name == layout.answerer or m.name.endswith(f" {layout.answerer}")
                                                         or len(label) > 1 and len(m.name.split()) <= len(label) + 2
                                                         and m.name.split()[0] == label[0] and m.name.split()[-1] == label[-1])),
               None)
    if who is None and layout.answerer:
        who = next((m for m in people(text) if m.name == layout.answerer), None)
    if who is None:
        who = None if layout.answerer and any(layout.answerer in m.name.split() for m in people(text) if m.name) else \
            next(iter(named), None)
    out = []
    for lo, hi in layout.answers:
        cand = Candidate("statements", lo, hi, {"speaker": None}, {"text": (lo, hi)})
        if who is not None:
            cand.values.update(speaker=who.name, speaker_kind="person")
        out.append(cand)
    return out


# the rest of the attribution's sentence closing its paragraph ("…,” X told | the BBC."), and a quotation's closing stop
_REST_OF_SENTENCE = re.compile(r"[^.!?\n]*[.!?]?[’”\"»]?[^\S\n]*")
_CLOSING = re.compile(r"[.!?]?[^\S\n]*")
# ... and that sentence ending before the next quotation in its paragraph, with no quotation between
_ATTRIBUTION_REST = re.compile(r"[^.!?\n“”\"«»]*[.!?][^\S\n]+")


def _continues_speech(text: str, last_end: int, start: int, end: int) -> bool:
    """Is the quotation a paragraph of its own (no attribution in it) right after a paragraph whose last sentence holds the
    last attributed quotation, which ended at ``last_end``?"""
    # (a line break alone ends a paragraph too, in a caption's or a post's plain lines: "…,” she said.\n“…”")
    if start < 1 or text[start - 1] != "\n":
        return False
    gap = start - 2 if text[start - 2:start] == "\n\n" else start - 1
    if last_end > gap:
        return False
    line_end = text.find("\n", end)
    return _CLOSING.fullmatch(text, end, len(text) if line_end == -1 else line_end) is not None \
        and _REST_OF_SENTENCE.fullmatch(text, last_end, gap) is not None


# a live page's entry opens with its time on a line of its own, its headline the next line ("15:35 GMT")
_ENTRY_TIME = re.compile(r"[^\S\n]*\d{1,2}[:.]\d{2}(?:[^\S\n]*(?:GMT|BST|UTC|CET|CEST|AST|[ap]\.?m\.?))?[^\S\n]*\n")


def _entry_headline(text: str, start: int) -> bool:
    """Is the quotation on the line right after a live page entry's time (that entry's headline)?"""
    line = text.rfind("\n", 0, start)
    if line < 1 or start - line > 200:
        return False
    return _ENTRY_TIME.fullmatch(text, text.rfind("\n", 0, line) + 1, line + 1) is not None


def _closes_headline(text: str, start: int, end: int) -> bool:
    """Does the quotation close a short line with no sentence in it ("… as MP warns the course “must not be a stunt”")?"""
    line = text.rfind("\n", 0, start) + 1
    return start - line < 200 and (end == len(text) or text[end] == "\n") and text[end - 2] not in ".!?" and not _SENTENCE_END.search(text, line, start)


# the last three words of a quotation, to find them quoted again below
_LAST_THREE_WORDS = re.compile(r"\w[\w’'-]*(?:\W+\w[\w’'-]*){2}\W*$")


def _standfirst_label_echo(text: str, start: int, end: int, inner: tuple[int, int]) -> bool:
    """Is the quotation a headline's or a standfirst's label ('Crotone prefect: "…"'), closing its line with no full stop,
    whose last three words the body quotes again (the words' own statement is the body's)?"""
    if start >= _HEADLINE_CHARS or not text.startswith(": ", start - 2) or not (end == len(text) or text[end] == "\n") \
            or text[end - 2] in ".!?":
        return False
    tail = _LAST_THREE_WORDS.search(text, inner[0], inner[1])
    return tail is not None and any(q.start() >= end and tail.group(0).rstrip(" ,.;:!?").lower() in q.group(0).lower()
                                    for q in _quotations(text))


def _own_line(text: str, start: int, end: int) -> bool:
    """Is the quotation a line of its own?"""
    return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")


def _repeated_line(text: str, start: int, end: int) -> bool:
    """Is the quotation a line of its own whose words a later quotation repeats (a headline or a crosshead)?"""
    # (a crosshead capitalises words the story quotes mid-sentence: 'Nothing in my pocket' over "… and nothing in my pocket")
    return _own_line(text, start, end) and (inner := _inner(text, start, end)) is not None \
        and (text.find(text[inner[0]:inner[1]], end) != -1 or text.lower().find(text[inner[0]:inner[1]].lower(), end) != -1)


# words joined by "and" or "but" in quotation marks between a determiner and a noun qualify the noun, as someone put it
# ("said London valued the “quick and thorough” work"): no thing's name, as "the “Dublin package”" is
_QUOTED_MODIFIERS = re.compile(r"[a-z][a-z-]+(?:,\s[a-z][a-z-]+)*,?\s(?:and|but|yet)\s(?:not\s|very\s)?[a-z][a-z-]+")
_NOUN_AFTER = re.compile(r"\s[a-z][a-z-]+")


def _in_reported_speech(text: str, start: int, end: int, inner: tuple[int, int]) -> bool:
    """Does a short quotation close a sentence of reported speech, its verb of saying earlier in the sentence ("X said
    London and Berlin shared information "every single week".", "His solicitor said he was "deeply ashamed".")? Or stand
    inside one as what was said, not as a thing's name after a determiner ("He added that his officers had received
    "real-time" data", not "said the "burner phones" were seized", "the so-called "safe routes"")? Capitalised words alone
    ("the "Kurdish Route"", "known as "Sunrise"") are a name, never words someone said."""
    if _TITLE.fullmatch(text, *inner) or _CAPITALISED_WORD.fullmatch(text, *inner):
        return False
    closes = end == len(text) or text[end] in ".!?\n" or text[end - 2] in ".!?"
    if not closes and _TERM_BEFORE.search(text, max(0, start - 12), start) \
            and not (_QUOTED_MODIFIERS.fullmatch(text, *inner) and _NOUN_AFTER.match(text, end)):
        # ... unless the words are what the subject welcomed or faulted, the phrase closed by the quotation ("X welcomed
        # the “clear rules” but said …"): the words the subject put it in, as "called it a “…”"
        return text[inner[0]].islower() and _REACTED_TO.search(text, max(0, start - 30), start) is not None \
            and _PHRASE_ENDS_AHEAD.match(text, end) is not None
    return _REPORTED_BEFORE.search(text, max(0, start - 160), start) is not None or _HEARD_AFTER.match(text, end) is not None


# a sentence of evidence a court heard, told after it: "… packed them in “like sardines” for the drive, a jury heard."
_HEARD_AFTER = re.compile(r"[^.;:!?“”\"«»\n]{0,160}?,\s+(?:a|the)\s+(?:jury|court|tribunal|inquest|hearing)\s+"
                          r"(?:heard|has\s+heard|was\s+told|were\s+told)[.!?]")
# a short quotation inside a sentence whose close names who said it all: "… had “no idea at all” of what was stored there,
# his lawyer, X, said." (the role in commas optional: "…, X said."): X, a person, said the sentence the words stand in
_NAMED_SAID_AT_END = re.compile(rf"[^.;:!?“”\"«»\n]{{0,160}}?,\s+(?:(?:his|her|their|its|the|an?)\s+[^,.;:!?“”\"«»\n]{{1,60}}?,\s+)?"
                                rf"(?P<x>{_NAMEISH}),?\s+(?:said|says|added|insisted|argued)[.!]")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w’'&-]*")
# a verb of welcoming or faulting and the determiner before the quotation it takes: "welcomed the “…”", "criticised the “…”"
_REACTED_TO = re.compile(r"\b(?=[wpchda])(?:welcom(?:ed|es|ing)|prais(?:ed|es|ing)|hail(?:ed|s|ing)|critici[sz](?:ed|es|ing)|"
                         r"condemn(?:ed|s|ing)|applaud(?:ed|s|ing)|deplor(?:ed|es|ing))\s(?:the|a|an|its|their|his|her)\s$")
# ... the quotation closing the phrase, no noun after it: "welcomed the “…” but said", "…”, adding"
_PHRASE_ENDS_AHEAD = re.compile(r"[,;:)]|\s(?:but|and|as|while|though|although|yet)\b")
# a determiner, or "so-called", before a quotation inside a sentence: the quoted words name a thing
# a speaker's own words for a share of a group, the group after them: 'said the "vast majority" of its members obeyed the
# law' (a quantity said, no thing named by the quoted words)
_SHARE_WORDS_OF = re.compile(r"\b(?:majority|minority|handful|fraction|proportion|bulk|few)[’'\"”]\s+of\s", re.IGNORECASE)
_TERM_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|these|those|this|that|its|their|his|her|our|so-called)\s$", re.IGNORECASE)
# ... or the last item of a list after its comma ("fake offers, forged permits and “fixers” who …"): a thing named too
# a noun after a determiner, then "or" or "and": "a boss or “fixer”" (the quoted word a term beside it)
_NOUN_OR_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|their|his|her|its)\s[a-z][\w-]*\s(?:or|and)\s$", re.IGNORECASE)
_LIST_END_BEFORE = re.compile(r",\s(?:[\w’'-]+\s){1,4}(?:and|or)\s$")


def _force_or_poster(text: str, found: re.Match, before: int) -> Mention | None:
    """The police force "the force" stands for (the only one the article names), or the poster of the thread a post is of."""
    if found.group("post"):
        thread = text.rfind(" thread", 0, before)
        by = list(_THREAD_BY.finditer(text, max(0, thread - 200), thread + 8)) if thread != -1 else []
        if not by:
            return None
        if not by[-1].group("force"):
            return mention_at(text, *by[-1].span("x")) or Mention(*by[-1].span("x"), by[-1].group("x"))
    forces = {m.group(0): m for m in _POLICE_FORCE.finditer(text, 0, before)} if "Police" in text or "Constabulary" in text else {}
    if len(forces) != 1:
        return None
    m = next(iter(forces.values()))
    return Mention(m.start(), m.end(), m.group(0))


# a thread's post number opening a post quoted from it ("“1/6 On Tuesday …”"; not "9/11", a date)
_POST_NUMBER = re.compile(r"(?!9/11\b)([1-9]\d?)/([1-9]\d?)\s+(?=[A-Z])")


def _inner(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quoted words without the marks (and without a comma closing them, as the build cites them)."""
    lo, hi = start + 1, end - 1
    while lo < hi and text[lo].isspace():
        lo += 1
    if text[lo:lo + 1].isdigit() and (n := _POST_NUMBER.match(text, lo, hi)) and int(n.group(1)) <= int(n.group(2)):
        lo = n.end()
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] == ","):
        hi -= 1
    return (lo, hi) if hi > lo else None


# a signature line under a message: "Professor X, Chair of Trustees", "— X, Director" (no sentence in it); right under the
# closing mark too, no blank line between, as a report's foreword is signed
_SIGNATURE = re.compile(r"\n\n?[^\S\n]*(?:[—–][^\S\n]*)?(?=[A-Z])[^\n.!?:;“”\"«»]{3,120}(?:\n|$)")
_SIGNATURE_LEAD = re.compile(rf"[^\S\n]*(?:[—–][^\S\n]*)?(?:{_HON}[^\S\n]+)?")


# (only a name, an age and a place may follow it, up to the line's end)
_DASH_CREDIT = re.compile(r"[^\S\n]*[—–][^\S\n]*(?P<x>[A-Z][\w’'-]{1,30}(?: [A-Z][\w’'-]{1,30}){0,3})"
                          r"(?:,[^\S\n]*\d{1,3})?(?:,[^\S\n]*[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})?[^\S\n]*(?=\n|$)")


# ... or after any quotation that closes its sentence, a title and a name with the occasion after a comma, to the line's end
_DASH_SPEAKER = re.compile(r"[’”\"»]?[^\S\n]+[-—–][^\S\n]+(?P<x>[A-Z][\w’'.-]*(?: (?:(?:of|for|the|and) )?[A-Z][\w’'.-]*){1,7})"
                           # (the speaker's age may come first: "— X, 58, a mother from Ranya")
                           r"(?:,[^\S\n]+\d{1,3}(?=,|[^\S\n]*(?:\n|$)))?"
                           # (or the credit's post, venue and date, capitalised, no sentence among them: "- X, Minister
                           # for Border Security, House of Commons, 9 March 2026")
                           r"(?:,[^\S\n]+[a-z][^\n“”\"«»]{0,100}|,[^\S\n]+[A-Z][^\n“”\"«».!?;]{0,140})?[^\S\n]*(?=\n|$)")

# ... or with no dash, when the credit closes on the day it was said, as a fact-check cites a claim: "The claim: “…” Home
# Secretary X, Sunday Politics, 8 February." (the date at the line's end makes it a citation, not a sentence of its own)
_DATED_CREDIT = re.compile(r"[’”\"»]?[^\S\n]+(?P<x>[A-Z][\w’'.-]*(?: (?:(?:of|for|the|and) )?[A-Z][\w’'.-]*){1,7})"
                           r",[^\S\n]+(?:[A-Z][^\n“”\"«».!?;]{0,100}?,[^\S\n]+)?(?:\d{1,2}[^\S\n]+(?:January|February|March|April|"
                           r"May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|"
                           r"July|August|September|October|November|December)[^\S\n]+\d{1,2})(?:,?[^\S\n]+(?:19|20)\d\d)?\.?"
                           r"[^\S\n]*(?=\n|$)")

# ... or on the line right under a quotation that has its line to itself: "“…”\n- X, Director General, Border Force"
_DASH_CREDIT_BELOW = re.compile(r"[^\S\n]*\n[^\S\n]*[-—–][^\S\n]*(?P<x>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3})"
                                r"(?:,[^\S\n]+[A-Z][^\n“”\"«».!?;:]{0,140})?[^\S\n]*(?=\n|$)")


def _signatory(text: str, end: int) -> Mention | None:
    """The one who signs a quotation that is a message of its own paragraphs: the person a signature line right under it
    opens with, the rest of the line their post ("Professor X, Chair of Trustees")."""
    if not (line := _SIGNATURE.match(text, end)):
        return None
    found = mentions_before(text, line.end(), line.end() - line.start())
    lead = end + (2 if text.startswith("\n\n", end) else 1)
    if not found or not found[0].name or not _SIGNATURE_LEAD.fullmatch(text, lead, found[0].start):
        return None
    if text[found[0].start:found[0].end].isupper() and found[0].name \
            and text.startswith(found[0].name, line.end() + (text[line.end():line.end() + 1] == "\n")):
        return None  # "HAROLD, 71, …" then "Harold drove …": a readers' panel's next section, headed by its speaker's name
    rest = text[found[0].end:line.end()].strip()
    return found[0] if not rest or rest.startswith(",") else None


# the subject's appositive, or its comma, between a person's name and the verb: "X, Iraq's minister of interior, said"
_REPORTED_APPOSITIVE = re.compile(r"\s*(?:,[^,.;:!?“”\"«»\n]{1,80})?,?\s*")


def _reported_speaker(text: str, start: int) -> Mention | None:
    """The person named as subject of a verb of saying opening the quotation's own sentence, the words in the reported
    clause ("X said the records would “…”"), no quotation mark between; None when the sentence names no such person."""
    para = max(text.rfind("\n", 0, start) + 1, start - 300)
    before = text[para:start]
    clause = _last_sentence(before)
    if any(mark in before[clause:] for mark in "“”\"«»"):
        return None
    verb = _VERB_BEFORE.search(before, clause)
    if verb is None or (who := mention_at(text, para + clause, para + verb.start())) is None \
            or not _REPORTED_APPOSITIVE.fullmatch(text, who.end, para + verb.start()):
        return None
    return who


def _last_sentence(before: str) -> int:
    """Where the last sentence of ``before`` opens."""
    ends = [m.end() for m in _SENTENCE_END.finditer(before, max(0, len(before) - 400))]
    return ends[-1] if ends else 0


def _possessor_named_before(text: str, lo: int, hi: int) -> Mention | None:
    """The one person named before ``lo`` whose surname ends ``text[lo:hi]`` ("Dr Voss" in "Dr Voss's evidence"), or None."""
    surname = text[lo:hi].split()[-1]
    names = {m.name for m in people(text) if m.end <= lo and m.name.split()[-1] == surname}
    return Mention(lo, hi, names.pop()) if len(names) == 1 else None


# a quotation making a paragraph of its own, the next paragraph handing it to its speaker: "“…”" and then "That is what the
# Labour MP for Dover, Tom Ridley, said in a post on Monday." (the one named in the lead-in back to it)
_THAT_IS_WHAT = re.compile(r"\n[^\S\n]*\n[^\S\n]*(?:That|This|Those)\s+(?:is|was|are|were)\s+(?:what|how)\s+"
                           r"(?P<x>[^.;:!?“”\"\n]{2,160}?),?\s+(?:(?:has|had)\s+)?(?:said|says|wrote|writes|posted|told|claimed|"
                           r"declared|tweeted|put\s+it)\b")


def _that_is_what_speaker(text: str, start: int, end: int) -> Mention | None:
    """The person a paragraph opening "That is what X said" names, the quotation before it a paragraph of its own."""
    para = text.rfind("\n", 0, start) + 1
    if text[para:start].strip() or not (m := _THAT_IS_WHAT.match(text, end + (text[end:end + 1] in ".!?"))):
        return None
    named = [w for w in people(text) if m.start("x") <= w.start and w.end <= m.end("x") and w.name]
    return named[-1] if named else None


# the passive's auxiliary right before a verb of saying, an adverb between: "were often ", "had been ", "was " (the
# subject is the one the words were said to)
_PASSIVE_AUX_END = re.compile(r"\b(?:was|were|is|are|been|being|be|get|got|gets)\s+(?:[a-z]+ly\s+|often\s+|also\s+|never\s+|"
                              r"always\s+|then\s+|later\s+|still\s+|even\s+|once\s+)?$", re.IGNORECASE)


def _attribution(text: str, start: int, end: int) -> tuple[Mention | None, int, int]:
    """(speaker mention, quote start, quote end): the attribution after the quotation, else before it."""
    if text.startswith("\n", end) or text.startswith("\n", end + 1):
        if (who := _that_is_what_speaker(text, start, end)) is not None:
            return who, start, end
    if ":" in text[max(0, start - 3):start] and (who := _labelled_speaker(text, start)):
        return who, who.start, end
    if start > 0 and text[start - 1] == "\n" and text[start - 2:start - 1] != "\n" \
            and (who := _cued_speaker(text, start)):
        return who, who.start, end
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if text[end:end + 1] in (".", "!", "?"):
        line_end = end  # "…in the back”. She said she would appeal": the sentence ended; what follows is no attribution
    elif text[end - 2:end - 1] in (".", "!", "?") and text[max(0, start - 2):start].strip() == ":" \
            and text[end:end + 2].strip()[:1].isupper():
        line_end = end  # "X told him: “… no air.” His barrister, Y, said …": the colon named the speaker; a new sentence follows
    if (t := _AFTER_TITLE.match(text, end, min(line_end, end + 200))) and any(_is_head(w) for w in t.group("title").split()) \
            and (who := _speaker_in(text, t.start("x"), t.end("x"))) is not None and who in people(text):
        return who, start, max(t.end("x"), who.end)
    if (w := _AFTER_WRITER.match(text, end, min(line_end, end + 40))) and (who := byline_author(text)) is not None:
        return who, start, w.end()  # the writer's own question, put to the one they report on
    if (t := _AFTER_PORTFOLIO.match(text, end, min(line_end, end + 200))) \
            and (who := _speaker_in(text, t.start("x"), t.end("x"))) is not None and who in people(text):
        return who, start, max(t.end("x"), who.end)
    if (n := _AFTER_ROLE_FOR_BODY_NAMED.match(text, end, min(line_end, end + 200))) \
            and (who := mention_at(text, *n.span("x"))) is not None and who in people(text):
        return who, start, max(n.end("x"), who.end)
    if (n := _AFTER_SELF_NAMED.match(text, end, min(line_end, end + 200))) \
            and (who := mention_at(text, *n.span("x"))) is not None and who in people(text):
        return who, start, max(n.end("x"), who.end)
    if m := _AFTER.match(text, end, min(line_end, end + 200)):
        if m.group("pron"):
            who = _pronoun_speaker(text, start, m.group("pron").lower() != "they", pronoun=m.group("pron"))
            if "I " in text[start:end] and (own := _self_described_speaker(text, start, end)) is not None:
                return own, start, m.end()  # "“I was a teacher for 31 years,” he said": the one named "a retired schoolteacher"
            if who is not None and start - who.start <= MAX_LOOKBACK:
                return who, min(who.start, start), m.end()
            return Mention(m.start("pron"), m.end("pron"), None), start, m.end()
        group = next(g for g in ("named_role_x", "said_x", "role_x", "lrole_x_said", "x_said", "title_x_said", "role_x_said", "x_role_said", "acc",
                                 "by_x", "body_said")
                     if m.group(g))
        who = _speaker_in(text, m.start(group), m.end(group))
        if group == "said_x" and who is not None and who not in people(text) \
                and (named := mention_at(text, m.end(group), min(line_end, m.end(group) + 80))) is not None \
                and (joined := _TITLE_AND_REST.fullmatch(text, m.end(group), named.start)) \
                and any(_is_head(w) for w in (m.group(group) + joined.group(0)).split()):
            who = named  # "said Comptroller and Auditor General Sir X": a title of two parts joined by "and", then the name
        if group == "said_x" and m.group(group)[-2:] in ("'s", "’s") \
                and (owned := _POSSESSED_NAMED.match(text, m.end(group), min(line_end, m.end(group) + 120))) \
                and (named := _speaker_in(text, *owned.span("x"))) is not None and named in people(text):
            who = named  # "said Karim's sister, Lana Aziz": Lana, whom the possessor's kin word names
        if group == "title_x_said" and (named := mention_at(text, m.start(), m.start(group))) is not None and named in people(text):
            who = named  # "…,” Superintendent X of Y Garda Division told reporters": X, named before the body she serves
        if group in ("named_role_x", "role_x", "lrole_x_said", "title_x_said", "role_x_said", "x_role_said") and (group == "role_x" and _NOT_ROLE.search(m.group("role"))
                                                                  or who not in people(text)):
            who = None  # "said the ministry on Sunday": no role noun phrase, or no person after it
        if group == "body_said" and _is_head(re.split(r"\s+(?:of|for|and)\s", m.group(group))[0].split()[-1]):
            # "the Minister of Interior said": a post (its head noun a title), whose holder the role rules find; "the General
            # Company for Ports" is a company's name, a rank's word though its first
            who = None
        if group in ("x_said", "body_said") and who is not None and "said" in text[max(0, start - 300):start] \
                and who not in people(text) and (reported := _reported_speaker(text, start)) is not None:
            # "X said the records would “…”, the Home Office said": the body only reports X's words, X's own reported speech
            return reported, reported.start, m.end()
        if who is not None:
            return who, start, max(m.end(group) if group not in ("lrole_x_said", "x_said", "title_x_said", "role_x_said", "x_role_said",
                                                                 "body_said") else m.end(),
                                   who.end)
    if (k := _AFTER_KIN.match(text, end, min(line_end, end + 200))) and (who := _kin_speaker(text, *k.span(k.lastgroup or "kin"))):
        return who, start, k.end()  # "“…,” his wife said": the one the article names as his wife
    if (doc := _AFTER_DOCUMENT.match(text, end, min(line_end, end + 200))) and (who := _document_author(text, doc.end(), line_end)):
        return who, start, max(doc.end(), who.end)
    if (f := _AFTER_FORCE_OR_POST.match(text, end, min(line_end, end + 60))) and (who := _force_or_poster(text, f, start)):
        return who, start, f.end()
    if _AFTER_UNNAMED.match(text, end, min(line_end, end + 200)):
        return None, start, end
    if (r := _AFTER_ROLE.match(text, end, min(line_end, end + 200))) and r.group(r.lastgroup or "head") in _UNNAMED_HEADS:
        return None, start, end  # "“…,” the source told us": someone left unnamed, not whom the sentence before names
    if r \
            and (r.group(r.lastgroup or "head").islower() or _is_head(r.group(r.lastgroup or "head"))) \
            and (who := _role_speaker(text, r.span(r.lastgroup or "head"), start)):
        return who, start, r.end()
    if r and r.group(r.lastgroup or "head") in _STATEMENT_HEADS and _reported_speaker(text, start) is None \
            and (who := _statement_issuer(text, start)):
        # "“…,” the statement said" after "A statement issued by X said …": X's words (not the words it reports someone
        # told: "Y told the minister that Britain saw Iraq as “…”, the statement said" are Y's)
        return who, start, r.end()
    if r and (body := _THE_BODY.fullmatch(text, r.start(r.lastgroup or "head") - 4, r.end(r.lastgroup or "head"))) \
            and (who := _body_named_in_paragraph(text, body.group("noun"), start)
                 or (text[start - 1:start] == "\n"
                     and (said := _body_named_in_paragraph(text, body.group("noun"), len(text[:start].rstrip())))
                     and _SAYS_NEXT.match(text, said.end) and said)):
        # "“…,” the ministry said" after its paragraph named the ministry (or, the quotation opening a paragraph of its own,
        # after the paragraph before it named it saying something: "The X Consulate General in Erbil said …\n\n“…,” the
        # consulate said"; not one only cited there: "According to a statement from X, …")
        return who, start, r.end()
    if (start == 0 or text[start - 1] == "\n") and (who := _signatory(text, end)):
        return who, start, end
    if (start == 0 or text[start - 1] == "\n") and (d := _DASH_CREDIT.match(text, end)):
        # a reader's comment or a vox pop credited after a dash on its line: "“…” — Brenda_K, 71, Thornbury" (a handle too)
        return mention_at(text, *d.span("x")) or Mention(*d.span("x"), d.group("x")), start, d.end("x")
    if (start == 0 or text[start - 1] == "\n") and (d := _DASH_CREDIT_BELOW.match(text, end)) \
            and (who := _speaker_in(text, *d.span("x"))) is not None and who in people(text):
        # a comment boxed in a report, credited under it with the post after the name (the dash opens the credit's line)
        return who, start, end
    if text[end - 2:end - 1] in (".", "!", "?") and (d := _DASH_SPEAKER.match(text, end, min(line_end, end + 200))) \
            and (who := _speaker_in(text, *d.span("x"))) is not None and who in people(text):
        # a claim quoted and credited after a dash, as a fact-check sets it out: "The claim: “…” - Home Secretary X, speaking
        # in Dover" (the quotation closed its sentence: a dash after it opens no clause of its own)
        return who, start, who.end
    # (read to the line's own end: after "The claim: “….”" line_end stopped at the closing mark, yet the credit is no sentence)
    if text[end - 2:end - 1] in (".", "!", "?") and text[end:end + 1] in (" ", "\t") \
            and (d := _DATED_CREDIT.match(text, end, min(len(text), end + 200))) \
            and (who := _speaker_in(text, *d.span("x"))) is not None and who in people(text):
        return who, start, who.end  # "The claim: “….” Minister X, Sunday Politics, 8 February": the credit, dated
    if text[end - 2:end - 1] not in (".", "!", "?") and text[end:end + 1] not in (".", "!", "?") \
            and (n := _NAMED_SAID_AT_END.match(text, end, line_end)) \
            and (who := _speaker_in(text, *n.span("x"))) is not None and who in people(text):
        return who, start, n.end()  # the sentence goes on past the words and closes on who said them
    # before it: the subject of the last speech verb of its paragraph (or of the paragraph ending "X said:")
    para = text.rfind("\n", max(0, start - MAX_LOOKBACK), start) + 1 or max(0, start - MAX_LOOKBACK)
    # (a line break alone ends the paragraph too, in a blog's or a post's plain lines: "X put it this way:\n“…”")
    prev_end = para - 2 if text[max(0, para - 2):para] == "\n\n" else para - 1
    if para >= 1 and text[para - 1] == "\n":
        prev = text.rfind("\n", max(0, para - MAX_LOOKBACK), prev_end) + 1
        if text[prev:para].rstrip().endswith(":") and not text[para:start].strip():
            para = prev
    before = text[para:start]
    if "ource" in before and _ANONYMOUS_SOURCE.search(before, _sentence_start(before) or 0):
        return None, start, end  # "A Home Office source put the cost at “…”": someone the article does not name
    if ("put it" in before[-260:] or "puts it" in before[-260:] or "words of" in before[-260:] or "As " in before[-260:]
            or "as " in before[-260:]) \
            and (who := _put_it_speaker(text, para, start)):
        return who, who.start, end
    verbs = [v for v in _VERB_BEFORE.finditer(before) if not _NOUN_BEFORE.search(before, max(0, v.start() - 30), v.start())
             or v.group(0) not in ("calls", "states", "replies")]  # "takes 200 calls", "EU member states": nouns, no verbs of saying
    if "called" in before:
        # "playing a boy called X": what someone is named, no verb of saying (X says nothing)
        verbs = [v for v in verbs if v.group(0) != "called" or not _NAMED_CALLED.search(before, max(0, v.start() - 30), v.end() + 2)]
    if len(verbs) > 1 and verbs[-1].group(0).startswith("want") and verbs[-2].group(0)[:4] != "want" \
            and not any(c in before[verbs[-2].end():verbs[-1].start()] for c in ".!?;\n"):
        verbs.pop()  # "X said Iraq wanted “…”": the wish is inside what X reports, X's words (a wish is said only in a clause
        # of its own: "Aziz wants it done “…”")
    if len(verbs) > 2 and verbs[-1].group(0) == "describing" \
            and _SAID_TO_IT.fullmatch(before, verbs[-3].end(), verbs[-2].start()) \
            and not any(c in before[verbs[-2].end():verbs[-1].start()] for c in ".!?;\n“”\"«»"):
        del verbs[-2:]  # "The X embassy said it welcomed the raids, describing the forgers as “…”": the participle shares
        # the subject of the verb before it, the body that said so ("it" is that body)
    if len(verbs) > 1 and _SAID_IT.fullmatch(before, verbs[-2].end(), verbs[-1].start()):
        verbs.pop()  # "The X consulate said it welcomed “…”": "it" is the body that said so, the earlier verb's subject
    if "aption" in before and (who := _caption_speaker(text, para, start)):
        return who, start, end
    if "I " in before and (who := _writer_speaker(text, para, start)):
        return who, start, end  # the writer's name is in the byline, outside the quotation's span
    if "quot" in before and (who := _quoted_as_speaker(text, para, start, verbs[-1].start() if verbs else 0)):
        return who, who.start, end
    if (" by " in before or " of " in before) and (who := _noun_by_speaker(text, para, start, verbs[-1].end() if verbs else 0)):
        return who, who.start, end
    if len(verbs) > 1 and before.endswith(", which ", 0, verbs[-1].start()) \
            and _STATEMENT_WHICH_ADDED.fullmatch(before, verbs[-2].start(), verbs[-1].start()) \
            and (comma := before.rfind(", ", 0, verbs[-2].start())) != -1 \
            and (who := _speaker_in(text, para + comma + 2, para + verbs[-2].start() - 1)) is not None:
        # "X will visit on Monday, the Y Embassy said in a statement, which added that …“…”": the statement's issuer, named
        # right before its verb, not the sentence's subject X
        return who, who.start, end
    # (the participle "describing … as" is a verb of its own among verbs: the said before it is the one that names)
    said_at = verbs[-2] if len(verbs) > 1 and verbs[-1].group(0) == "describing" else verbs[-1] if verbs else None
    if said_at and (said := _SAID_THEN_ADDING.match(before, said_at.start())) \
            and _PARTICIPLE_OF_SAYING.match(before, said.end()) \
            and (comma := before.rfind(", ", 0, said_at.start() - 2)) != -1 and before[said_at.start() - 2] != "," \
            and (who := _speaker_in(text, para + comma + 2, para + said_at.start() - 1)) is not None \
            and who.start - (para + comma + 2) <= 4:
        # "X will visit on Thursday, the Y Ministry said in a statement, adding that …“…”": the one who said it, named
        # right before its verb after the comma (as its name's opening, past "the"), not the sentence's subject X
        return who, who.start, end
    if " which " in before or " where " in before:
        if who := _writer_in_which(text, para, start, verbs[-1].end() if verbs else 0):
            return who, who.start, end
    if "s " in before and (ev := _EVIDENCE_WAS.search(text, para + _last_sentence(before), start)) \
            and (who := _possessor_named_before(text, *ev.span("x"))) is not None:
        return who, who.start, end
    if verbs and before.rstrip().endswith(":") and not _VERB_BEFORE.search(before, _last_sentence(before)) \
            and (who := _subject_speaker(text, para, start)):
        # "X told MPs …. In Baghdad, Y struck a different note: “…”": a sentence of its own, its subject the speaker, no
        # speech verb of it (the last one is the sentence before's)
        return who, who.start, end
    if verbs:
        verb = verbs[-1]
        stops = [m.end() for m in _CLAUSE_STOP.finditer(before, 0, verb.start())]
        clause = stops[-1] if stops else 0
        if verb.group(0).lower() == "according to":
            # "According to X, a lawyer in Erbil, “…”": X, named before the comma (not someone the appositive names)
            lo = para + verb.end() + 1  # past the space: "according to | the Home Office, “…”" is Home Office's
            comma = text.find(",", lo, start)
            who = _document_author(text, lo, start) or _speaker_in(text, lo, start if comma == -1 else comma)
        elif _CLOSED_BEFORE.search(before, max(clause, verb.start() - 4), verb.start()):
            # "“He was 22,” said X, who flew in for the trial. “…”": the verb closes the quotation before, and its speaker
            # is named after it; the quotation's own words are no subject
            who = _named_after(text, para + verb.end(), start)
        elif pron_end := _PRONOUN_END.search(before, clause, verb.start()):
            # "But, she added, it “…”": not an organisation named "But, she"; "X …, which he said would “…”": X, named before "he"
            # ("X had wanted to become an engineer, he said.": the pronoun after the comma, its verb closing the sentence, reports
            # the clause before it, whose subject it is not; it stands for whom it would have at the clause's opening; not after
            # an adverbial clause, whose subject it may be: "When X reached Calais, he said, …", nor inside the subject's own
            # clause: "X climbs aboard with a folder and, she says, “…”")
            reported = before.startswith(".", verb.end()) and before.endswith(", ", clause, pron_end.start()) \
                and not _ADVERBIAL_OPENING.match(before, clause) \
                and bool(mentions_before(text, para + pron_end.start(), pron_end.start() - clause))
            who = (_AT_DOCUMENT_PART.fullmatch(before, clause, pron_end.start()) and _document_part_author(text, para + clause)) \
                or (_pronoun_speaker(text, para + clause, pronoun=pron_end.group(0).split()[0]) if reported
                    else _pronoun_speaker(text, para + pron_end.start()))
            if (closed := _CLOSED_BEFORE.search(before, clause, pron_end.start())) \
                    and (opened := max(before.rfind("“", 0, closed.start()), before.rfind('"', 0, closed.start()))) != -1 \
                    and "I " in before[opened:closed.start()] \
                    and (own := _self_described_speaker(text, para + opened, para + closed.start())) is not None:
                # "“I was a teacher …,” he said. “…”": the words picked up again are the same self-described speaker's
                return own, para + pron_end.start(), end
        elif verb.group(0).lower() == "told" and _PASSIVE_AUX_END.search(before, clause, verb.start()) \
                and not any(v.start() >= _last_sentence(before) for v in verbs[:-1]):
            # "Women were often told they could cross “…”": the subject heard the words, unnamed told them (but "X said
            # families were being told …": X's report, X's words)
            return None, start, end
        elif _UNNAMED_FOR_BODY.fullmatch(before, clause, verb.start()):
            return None, start, end  # "A spokesperson for X, which runs …, said …": someone unnamed, not the body X
        else:
            if before[clause:clause + 2].lstrip()[:1] in _MARKS \
                    and (k := bisect_right(_quotation_starts(text), para + clause + 1) - 1) >= 0 \
                    and para + clause <= (q := _quotations(text)[k]).start() and q.end() <= para + verb.start():
                # "“…,” the X said, calling it “…”": the clause opens on words quoted before; its subject follows them, and no
                # place or person named inside them is it
                clause = q.end() - para + len(before[q.end() - para:verb.start()]) - len(before[q.end() - para:verb.start()].lstrip(" ,"))
            # "The Ministry of Interior announced …, and said …": the verb shares the clause's subject, named at its opening
            # ("But Tory shadow home secretary X said … and accused …": X, the subject named right before the first verb)
            who = (_body_opening_clause(text, para + clause, para + verb.start())
                   or _earlier_verb_subject(text, para, clause, verbs) or _clause_subject(text, para + clause, para + verb.start())) \
                if _COORDINATED.search(before, clause, verb.start()) else _which_document_author(text, para + clause, para + verb.start())
            if who is None and (what := _WHAT_IT_CALLS.search(before, clause, verb.start())):
                who = _what_it_calls_subject(text, para + clause, para + what.start())
            if who is None and _IT_IN_STATEMENT.fullmatch(before, clause, verb.start()):
                who = _body_subject_before(text, para, para + clause)  # "The X Embassy welcomed it. In a statement, it said"
            if who is None and _THE_STATEMENT.fullmatch(before, clause, verb.start()):
                who = _statement_issuer(text, para + clause)  # "The statement said the two sides “…”": its issuer's words
            who = who or mention_at(text, para + clause, para + verb.start())
            if who is not None:
                who = _before_appositive(text, who, para + clause, para + verb.start())
            if who is None and (r := _ROLE_BEFORE.search(before, clause, verb.start())):
                who = _role_speaker(text, (para + r.start("head"), para + r.end("head")), start)  # before "The minister" as words
            if who is None and (body := _THE_BODY.fullmatch(before, clause, verb.start())):
                who = _body_named_in_paragraph(text, body.group("noun"), para + clause) \
                    or _body_said_before(text, body.group("noun"), para)  # "The ministry said" after its name
            if who is None and _COORDINATED.search(before, clause, verb.start()) \
                    and (earlier := [v for v in verbs[:-1] if v.start() >= clause]) \
                    and (r := _ROLE_BEFORE.search(before, clause, earlier[-1].start())):
                # "In the ruling, the judge described it as “…” and said …": the role is the earlier verb's subject too
                who = _role_speaker(text, (para + r.start("head"), para + r.end("head")), start)
            if who is None and _EXCELLENCY_SUBJECT.fullmatch(before, clause, verb.start()):
                who = _excellency_speaker(text, para + before.index("Excellency", clause), start)
            who = who or _kin_speaker(text, para + clause, para + verb.start()) \
                or _own_writing_speaker(text, para + clause, para + verb.start())
            who = who or _speaker_in(text, para + clause, para + verb.start()) or _named_after(text, para + verb.end(), start)
            if who is not None and who.end <= para + verb.start() \
                    and _WHICH_PLACE_BEFORE.search(text, para + clause, who.start) and _WHICH_PLACE_AFTER.match(text, who.end, para + verb.end()):
                who = None  # "Volunteers at X, which runs a shelter on Y Street, said": Y, where the body works, says nothing
        if who is not None:
            return who, who.start, end
        if pron := _PRONOUN_BEFORE.search(before):
            who = _pronoun_speaker(text, para + pron.start())
            if who is not None and start - who.start <= MAX_LOOKBACK:
                return who, who.start, end
    if who := _subject_speaker(text, para, start):
        return who, who.start, end
    if who := _list_lead_speaker(text, para, start):
        return who, start, end
    # a crosshead quoting words the story gives in full below is no testimony, though a first-person line of its own
    if para == start and not _repeated_line(text, start, end) \
            and (who := _testimony_speaker(text, start, bool(_FIRST_PERSON.search(text, start, end)))):
        return who, start, end
    if who := _named_in_next_paragraph(text, start):
        return who, start, end  # "A preacher in X told them that “…”.\n\nMullah Y, 61, …, told worshippers …": Y
    return None, start, end


# the speaker's own trade told in the words ("I was a teacher for 31 years", "I have been a fisherman"): with a pronoun
# after them, the one person the article named before with that trade in an appositive ("X, a retired schoolteacher,")
# speaks, not the pronoun's nearest referent
_SELF_TRADE = re.compile(r"\bI\s(?:was|am|have\sbeen|had\sbeen|worked\sas)\s(?:an?\s)(?:[a-z]+\s)??(?P<trade>[a-z]{4,})\b")
_TRADE_APPOSITIVE = r",\s(?:\d{{1,3}},\s)?(?:an?|the)\s(?:[a-z-]+\s){{0,2}}[a-z]*{trade}s?\b"


def _self_described_speaker(text: str, start: int, end: int) -> Mention | None:
    """The one person named before ``start`` with the trade the quotation ``text[start:end]`` gives as the speaker's own."""
    if not (own := _SELF_TRADE.search(text, start, end)):
        return None
    trade = re.compile(_TRADE_APPOSITIVE.format(trade=own.group("trade")))
    found = {m.name: m for m in people(text) if m.end < start and m.name and trade.match(text, m.end, m.end + 80)}
    return next(iter(found.values())) if len(found) == 1 else None


# a lede that describes its speaker before naming them ("A preacher in X told worshippers that “…”", then a paragraph
# "Mullah Y Z, 61, who has preached there since 2004, told them …"): the one the next paragraph opens with, as its speech
# verb's subject and given an age, is the one described (a paragraph naming no one, opening with "A"/"An")
_DESCRIBED_OPENING = re.compile(r"(?:An?)\s+(?:[\w’'-]+\s+){0,4}?[a-z][\w-]+\s")
_NAME_OPENING = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,3}")
# ... or a defendant's plea, when the lede's one told the court of himself: "A driver told a jury he had “no idea” …" and
# then "X, 47, of Y Road, denies one count of …" (the one accused is the one who said it; a witness speaks of others)
_PLEA_SUBJECT = re.compile(r",\s*\d{1,3},(?:[^,.;\n]{1,90},){0,2}\s*(?:denies|denied|admits|admitted|pleads|pleaded)\b")
_OF_ONESELF = re.compile(r"\btold\s+(?:a|the)\s+(?:jury|court)\s+(?:that\s+)?(?:he|she)\b")


def _named_in_next_paragraph(text: str, start: int) -> Mention | None:
    """The person opening the paragraph after the quotation's, the subject of its speech verb, when the quotation's
    paragraph opens with an indefinite description and names no one (_DESCRIBED_OPENING); None otherwise."""
    para = text.rfind("\n", 0, start) + 1
    nxt = text.find("\n\n", start)
    if nxt == -1 or not _DESCRIBED_OPENING.match(text, para) or any(para <= m.start < nxt for m in people(text) if m.name):
        return None
    lo = nxt + 2
    who = next((m for m in people(text) if m.start >= lo), None)
    # (introduced with an age, as a story's person is, no office named by the way: "Home Secretary X said" after a lede's
    # "A man in Dover told …" is someone else)
    if who is None or not who.name or not _NAME_OPENING.fullmatch(text, lo, who.start) or not _AGE_BETWEEN.match(text, who.end) \
            or not (_SPEECH_SUBJECT.match(text, who.end)
                    or (_PLEA_SUBJECT.match(text, who.end) and _OF_ONESELF.search(text, para, start))):
        return None
    return who


# a lead-in that hands the quotation to someone by name, with no verb of saying of its own: "As my colleague X, who …,
# puts it: ‘…’", "In the words of X: “…”", "X put it this way: “…”" (the last speech verb of the paragraph is someone
# else's, whom the writer quoted before)
_PUT_IT_LEAD = re.compile(r"(?:\b[Aa]s\s+(?P<a>[^.!?:;“”\"«»\n]{2,150}?)\s+(?:(?:has|had|once|later|memorably|recently)\s+)?puts?\s+it"
                          r"(?:\s+[a-z]{3,12}ly)?"
                          r"|\b[Ii]n\s+the\s+(?:[a-z]+\s+)?words\s+of\s+(?P<b>[^.!?:;“”\"«»\n]{2,150}?)"
                          r"|(?P<c>[^.!?:;“”\"«»\n]{2,150}?)\s+(?:has\s+|had\s+|once\s+)?puts?\s+it\s+(?:this|that|another)\s+way"
                          # "As the court observed in its judgment, at paragraph 40, “…”": the one the "as" clause names
                          r"|\b[Aa]s\s+(?P<d>[^.!?:;,“”\"«»\n]{2,100}?)\s+(?:(?:has|had|once)\s+)?"
                          r"(?:observed|noted|remarked|wrote|ruled|found|concluded|warned)\b[^.!?:;“”\"«»\n]{0,120}?)"
                          r"\s*[,:]\s*$")

# ... or a pronoun's sentence of its own, the quotation opening the next: "… he put it more bluntly. “…”"
_PUT_IT_PRONOUN = re.compile(r"\b(?P<p>[Hh]e|[Ss]he)\s+(?:(?:has|had|once|later)\s+)?puts?\s+it\s+"
                             r"(?:(?:more|most|less|rather|quite|very|even)\s+)?[a-z]{3,12}ly\s*[.:]\s*$")


def _put_it_speaker(text: str, para: int, start: int) -> Mention | None:
    """The one a lead-in of the last sentence before the quotation names as its speaker ("As X puts it: …")."""
    before = text[para:start]
    # (the lead-in may be a paragraph of its own, the quotation opening the next: its sentence is the one before the break)
    lead = _PUT_IT_LEAD.search(before, _last_sentence(before.rstrip()))
    if lead is None and (pron := _PUT_IT_PRONOUN.search(before, max(0, len(before) - 80))):
        who = _pronoun_speaker(text, para + pron.start("p"), True, pronoun=pron.group("p"))
        return who if who is not None and who.name else None
    if lead is None:
        return None
    group = lead.lastgroup or "c"
    lo, hi = para + lead.start(group), para + lead.end(group)
    if group == "d":
        return mention_at(text, lo, hi) or _speaker_in(text, lo, hi)  # "As the High Court observed": a body, too
    if group != "c" and (comma := text.find(",", lo, hi)) != -1 and (who := mention_at(text, lo, comma)):
        return who  # "As X, who studies Y, puts it": X, named before the relative clause
    if group == "c" and (comma := text.find(",", lo, hi)) != -1:
        if text[hi - 1] == ",":
            # "X, a mother of three from Y, put it this way:": X, named before the appositive closed right before the verb
            # (not whom a body's relative clause names: "The charity, which Y runs, put it this way")
            return mention_at(text, lo, comma)
        return mention_at(text, text.rfind(",", lo, hi) + 1, hi)  # "In Y, X put it this way": X, past the opening phrase
    return mention_at(text, lo, hi)


# a pronoun writing at a numbered part of a document ("At paragraph 87 she wrote:") is the document's author, named where
# the story introduced it ("The judgment, by Employment Judge X, covers …"), however many names came between
_AT_DOCUMENT_PART = re.compile(r"\s*(?:At|In)\s+(?:paragraph|para\.?|section|page|chapter)\s+\d{1,4},?\s+")
_AUTHORED_BY = re.compile(r"\b(?:judgment|ruling|decision|determination|report|review|findings),?\s+(?:written\s+|handed\s+down\s+)?by\s+")
_AUTHOR_LOOKBACK = 3000


def _document_part_author(text: str, lo: int) -> Mention | None:
    """The person named right after the last "judgment, by …" (or "report by …") before ``lo``."""
    if (found := next(reversed(list(_AUTHORED_BY.finditer(text, max(0, lo - _AUTHOR_LOOKBACK), lo))), None)) is None:
        return None
    for m in people(text):
        if m.start >= found.end():
            gap = text[found.end():m.start]
            return m if m.name and len(gap) <= 40 and not re.search(r"[,.;:!?“”\"«»\n]", gap) else None
    return None


# the one a report or a statement quotes, named as its object ("The statement quoted X as saying that …", "state media quoted him
# as saying") or, in the passive, as the subject ("X was quoted by the agency as saying"): X, not the statement, speaks
_QUOTED_AS = re.compile(r"\b(?:(?P<passive>(?:was|were|is|are|has been|had been) quoted(?: by [^.;:!?“”\"«»\n]{1,60}?)?)"
                        r"|quot(?:ed|es|ing) (?P<x>[^.;:!?“”\"«»\n]{1,80}?)) as (?:saying|telling|describing|calling|warning|stating)\b"
                        # ... or its object before a colon, the quotation right after: "The paper quotes the minister, X: “…”"
                        r"|\bquot(?:ed|es|ing) (?P<y>(?!(?:him|her|them|it|this|that)\s*:)[^.;:!?“”\"«»\n]{1,80}?):\s*\Z")


def _quoted_as_speaker(text: str, para: int, start: int, last_verb: int) -> Mention | None:
    """The one the quotation's sentence says was quoted as saying it, when no verb of saying comes after."""
    sentence = _sentence_start(text, para, start) or para
    if not (every := list(_QUOTED_AS.finditer(text, max(sentence, para + last_verb), start))):
        return None
    found = every[-1]
    if found.group("y") is not None:
        lo, hi = found.span("y")
        if (comma := text.rfind(",", lo, hi)) != -1 and (who := mention_at(text, comma + 1, hi)):
            return who  # "quotes the Border Minister, X:": X, the name after the title
        return mention_at(text, lo, hi) or _speaker_in(text, lo, hi)
    if found.group("x") is None:
        return mention_at(text, sentence, found.start()) or _speaker_in(text, sentence, found.start())
    lo, hi = found.span("x")
    if found.group("x") in ("him", "her", "them"):
        return _pronoun_speaker(text, lo)
    if who := mention_at(text, lo, hi):
        return who
    if role := _ROLE_BEFORE.search(text, lo, hi):
        return _role_speaker(text, role.span("head"), start)  # "quoted the minister as saying"
    return _speaker_in(text, lo, hi)


# words someone wrote, quoted from what they wrote: "she had seen messages in which X offered …", "a letter where he called it"
# words named by a noun of saying and their speaker, the quotation in the clause after them: "the comment by Dr X of the
# University of Y that returnees are “…”", "the warning by X that …" (what X said, whatever verb the sentence has)
# (or "of" and the speaker's title: "the claim of the Home Secretary, X, made to the committee, that returns have “…”")
# (a motion's or a letter's "notes the words of X, whose son drowned, that “…”", "the statement of the Minister of Y, X,
# that “…”", "the warning of the former chief inspector of prisons, Sir X, that …": the title may hold lowercase words
# and "of", and a named speaker may take a relative clause before "that")
_NOUN_BY = re.compile(r"\b(?:comments?|remarks?|claims?|warnings?|assertions?|descriptions?|words|testimony|prediction|statement)\s+"
                      r"(?:(?:made\s+)?by\s+(?=[A-Z])|of\s+(?=the\s+(?:[\w’'-]+\s+){0,6}?[\w’'-]+,\s"
                      r"|(?:[A-Z][\w’'-]*\s+){1,3}[A-Z][\w’'-]*,\s+(?:whose|who)\s))")
# ... the clause after the name: "of" and the speaker's body (or where it was made: ", made to the committee on 30 September,"),
# then "that" and no more than the quotation's lead-in
_HON_LEAD = re.compile(rf"(?:the\s+(?:[\w’'-]+\s+){{0,6}}?[\w’'-]+,\s+)?(?:{_HON}\s+)?")
_NOUN_BY_REST = re.compile(r"(?:,?\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][^,.;:!?“”\"«»\n]{1,60}?"
                           r"|,\s+(?:made|given|put)\s+(?:to|in|at|on|before)\s+[^,.;:!?“”\"«»\n]{1,80}?,"
                           r"|,\s+(?:whose|who)\s+[^,.;:!?“”\"«»\n]{1,80}?,)?,?\s+(?:that|as)\s+[^.;:!?“”\"«»\n]{0,120}$")


def _noun_by_speaker(text: str, para: int, start: int, last_verb: int) -> Mention | None:
    """The one named after "the comment by", when the quotation ends that clause and no verb of saying follows the noun."""
    lo = max(para + last_verb, para + _last_sentence(text[para:start]))
    nouns = list(_NOUN_BY.finditer(text, lo, start))
    if not nouns:
        return None
    at = nouns[-1].end()
    found = [m for m in mentions_before(text, start, start - at) if m.start >= at]
    if not found or not found[0].name or not _HON_LEAD.fullmatch(text, at, found[0].start) \
            or not _NOUN_BY_REST.match(text, found[0].end, start):
        return None
    return found[0]


_IN_WHICH = re.compile(r"\b(?:messages?|texts?|letters?|e-?mails?|posts?|notes?|videos?|recordings?|calls?|chats?|conversations?|"
                       r"voice\s+notes?)\s+(?:in\s+which|where)\s+")


def _writer_in_which(text: str, para: int, start: int, last_verb: int) -> Mention | None:
    """The one named right after "messages in which" in the quotation's sentence, after its last verb of saying ("X told
    the court she had seen messages in which Y quoted a price for “…”": Y's words, not X's), when a lowercase verb follows."""
    sentence = _sentence_start(text, para, start) or para
    if not (every := list(_IN_WHICH.finditer(text, max(sentence, para + last_verb), start))):
        return None
    at = every[-1].end()
    if re.match(rf"{_PRONOUN}\s+[a-z]", text[at:start]):
        return _pronoun_speaker(text, at)  # "messages in which he offered": whom the pronoun stands for
    found = [m for m in mentions_before(text, start, start - at) if m.start == at]
    if found and found[0].name and re.match(r"\s+[a-z]", text[found[0].end:start]):
        return found[0]
    return None


# a verb of saying joined to an earlier predicate of its clause: "X announced the arrests, and said …", "X met Y but warned …"
_COORDINATED = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?$")
# the capitalised words opening a clause before its first lowercase word, its verb: "The Ministry of Interior | announced"
# (not "A former minister, X, …": someone described, named later in the clause)
# (nor a participle opening the sentence: "Speaking at a side event, X welcomed …")
# (nor a preposition opening it, a lowercase word after: "In the ruling, the judge described … and said": no body "In")
_OPENING_SUBJECT = re.compile(r"(?!(?:An?|One|Another)\s)(?![A-Z][a-z]+ing\s+(?:at|to|on|in|after|before|during|from|with)\s)"
                              r"(?!(?:In|At|On|From|After|Before|During|Under|Within|Throughout|Despite)\s+[a-z\d])(?:(?:al|el)-)?[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?(?:(?:al|el)-)?[A-Z][\w’'.-]*){0,6}"
                              r"(?=\s+(?!(?:al|el)-)[a-z])")  # "Kadhim Jawad | al-Maliki": a particle goes on the name, no verb


def _body_opening_clause(text: str, lo: int, hi: int) -> Mention | None:
    """The body (an embassy, a consulate, a ministry, ...) whose whole name opens the clause ``text[lo:hi]``, past an opening
    "In a statement, " and "the", a lowercase verb after it: "In a statement, the British Embassy in Amman welcomed the
    verdict and said ..." is the British Embassy in Amman's; None when the clause opens on no such body."""
    opening = _STATEMENT_OPENING.match(text, lo, hi)
    name_at = _THE_OPENING.match(text, opening.end() if opening else lo, hi).end()  # type: ignore[union-attr]
    for noun in _BODY_NOUNS:
        if (m := _BODY_NAMED[noun].match(text, name_at, hi)) \
                and (_PAST_VERB_AFTER.match(text, m.end(), hi) or _SAYS_NEXT.match(text, m.end(), hi)):
            return Mention(m.start(), m.end(), m.group(0))  # (its verb after it: "Committee member X said" opens on no body)
    return None


def _earlier_verb_subject(text: str, para: int, clause: int, verbs: list[re.Match]) -> Mention | None:
    """The person named right before an earlier verb of saying of the clause (``verbs`` are found in ``text[para:]``, the
    last the quotation's): "X said the boats were … and accused ministers of “…”" is X's."""
    earlier = [v for v in verbs[:-1] if v.start() >= clause]
    if not earlier:
        return None
    at = para + earlier[-1].start()
    who = mention_at(text, para + clause, at)
    if who is None or not who.name:
        return None
    # (the last name before that verb may be the body in the subject's appositive: "X, spokesperson for the ferry operator Y,
    # said … but asked for “…”": X, named before it)
    who = _before_appositive(text, who, para + clause, at)
    # (an appositive with no one in it may stand between: "X, an MP from Basra, said … and asked why …")
    # (or the body they speak for: "X of the Erbil-based Civil Development Organisation welcomed … but said …")
    return who if not text[who.end:at].strip() or _NAMELESS_APPOSITIVE.fullmatch(text, who.end, at) \
        or _BODY_OF_NAMED.fullmatch(text, who.end, at) else None


_NAMELESS_APPOSITIVE = re.compile(r",\s+[^,.;:“”\"«»\n]{1,80}?,\s*")
_BODY_OF_NAMED = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][^,.;:“”\"«»\n]{1,80}?\s*")


# a phrase its clause's subject coins, the pronoun standing for that subject: "The Herald leads with what it calls “…”",
# "X opened what she called “…”" (the subject before "what", not the words up to the pronoun); a paper's title keeps its
# "The" where the text sets the title on a line of its own ("2. The Herald")
_WHAT_IT_CALLS = re.compile(r"\s+what\s+(?:it|he|she|they)\s+(?:has\s+|had\s+)?$")


def _what_it_calls_subject(text: str, lo: int, hi: int) -> Mention | None:
    """The subject of the clause ``text[lo:hi]`` that ends before "what it calls"."""
    who = _clause_subject(text, lo, hi)
    if who is None and (comma := text.rfind(", ", lo, hi)) != -1:
        who = _clause_subject(text, comma + 2, hi)  # "Elsewhere, X published what it calls": past the opening phrase
    if who is None or not who.name:
        return None
    titled = f"The {who.name}"
    if text[max(0, who.start - 4):who.start] == "The " \
            and re.search(rf"(?m)^[^\S\n]*(?:\d{{1,2}}[.)][^\S\n]+)?{re.escape(titled)}[^\S\n]*$", text):
        return Mention(who.start - 4, who.end, titled)
    return who


def _clause_subject(text: str, lo: int, hi: int) -> Mention | None:
    """The person or body whose name opens the clause ``text[lo:hi]`` (past an opening time phrase and "The")."""
    opening = _SUBJECT_OPENING.match(text, lo, hi).end()  # type: ignore[union-attr]
    if not (subject := _OPENING_SUBJECT.match(text, opening, hi)):
        return None
    if subject.group(0)[-2:] in ("'s", "’s") and (named := _POSSESSOR_ROLE_NAMED.match(text, subject.end(), hi)) \
            and (who := _speaker_in(text, *named.span("x"))) is not None and who in people(text):
        return who  # "Norway's consul in Erbil, X, met … and said": X, the one the possessor's title names
    if any(_is_head(w) for w in subject.group(0).split()) and (named := _TITLE_REST_NAMED.match(text, subject.end(), hi)) \
            and (who := _speaker_in(text, *named.span("x"))) is not None and who in people(text) \
            and _speaker_in(text, *subject.span()) not in people(text):
        return who  # "Iraq's Deputy Minister for Police Affairs, Major General X, welcomed … and said": X, whom the title names
    return _speaker_in(text, *subject.span())


# a lowercase title after a possessive, then the name in commas: "(Norway's) consul in Erbil, Ingrid Dahl, …"
_POSSESSOR_ROLE_NAMED = re.compile(r"\s+[a-z][\w’'-]*(?:\s+[\w’'-]+){0,5}?,\s+(?P<x>[A-Z][^,.;:!?“”\"«»\n]{1,60}),")
# ... and the rest of a capitalised title the subject's words hold, then the name in commas: "(Iraq's Deputy Minister of
# Interior) for Police Affairs, Major General X, …" (the subject's words stop before the title's lowercase "for")
_TITLE_REST_NAMED = re.compile(r"(?:\s+(?:of|for|on|and|the|[A-Z][\w’'-]*))*,\s+(?P<x>[A-Z][^,.;:!?“”\"«»\n]{1,60}),")


def _document_author(text: str, start: int, end: int) -> Mention | None:
    """Whom the document at ``start`` ("a letter from Iraq's ambassador in London, X, quoted in …", "a statement by the
    Home Office") is from: the first person named after "from" in its sentence, else the body before the next comma."""
    if not (doc := _DOCUMENT_FROM.match(text, start, end)):
        return None
    stop = _SENTENCE_END.search(text, doc.end(), end)
    hi = stop.start() if stop else end
    found = [m for m in mentions_before(text, hi, hi - doc.end()) if m.start >= doc.end()]
    if found and found[0].name and not re.search(r"[.;:!?“”\"«»]| to ", text[doc.end():found[0].start]):
        return found[0]
    close = _DOCUMENT_BY_END.search(text, doc.end(), hi)
    return _speaker_in(text, doc.end(), close.start() if close else hi)


# the relative pronoun right after a document's author, before the verb: "…, according to a statement from the ministry, which said"
_WHICH_BEFORE_VERB = re.compile(r",\s+which\s+(?:also\s+|later\s+|then\s+)?$")


def _which_document_author(text: str, lo: int, verb: int) -> Mention | None:
    """The body a document is from, when the verb of saying is its relative clause's ("… ordered the unit set up, according
    to a statement from the ministry, which said it would have “…”": the ministry, not the sentence's subject)."""
    if not (which := _WHICH_BEFORE_VERB.search(text, max(lo, verb - 20), verb)):
        return None
    for doc in reversed(list(_DOCUMENT_FROM.finditer(text, lo, which.start()))):
        who = _document_author(text, doc.start(), which.start())
        return who if who is not None and who.end == which.start() else None
    return None


# where the body a document is from is named to: "a statement from the Home Office, which …", "a letter from the ministry to MPs"
_DOCUMENT_BY_END = re.compile(r",| (?:to|on|about|which|that|quoted|seen|obtained|dated|in|last|this)\b")


def _sentence_start(text: str, lo: int = 0, hi: int | None = None) -> int | None:
    """Where the last sentence of ``text[lo:hi]`` starts (None if it holds no sentence's end): an honorific's dot
    ("Mr. Alistair Penrose") ends none."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, len(text) if hi is None else hi)
            if not _HON_DOT.search(text, max(0, m.start() - 6), m.start() + 1)]
    return ends[-1] if ends else None


# a header line naming the writer: "By X", "OPINION | X | Baghdad, 10 June", "… | Made by: X, Minister of State …"
_BYLINE_LINE = re.compile(r"[^\S\n]*(?:\*\*|_)?By[^\S\n]+|[^\n]{0,80}?(?:[^\S\n]\|[^\S\n]|\b[Mm]ade by:\s)")
_HEAD_LINES = 6  # the writer is named among the first lines, above the text


@lru_cache(maxsize=16)
def byline_author(text: str) -> Mention | None:
    """The person a byline or a header line names as the article's writer, the "I" of a column or a written statement; None
    when the head names none (or names no one on such a line)."""
    at = 0
    for _ in range(_HEAD_LINES):
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        if end - at <= 250 and _BYLINE_LINE.match(text, at, end):
            found = [m for m in people(text) if at <= m.start and m.end <= end and m.name]
            if found:
                return found[0]
        elif end - at <= 40:
            # a column's byline may be the writer's name alone on its line, above the date: "Rupert Hallam\n\n15 May 2026"
            lo, hi = at + len(text[at:end]) - len(text[at:end].lstrip()), at + len(text[at:end].rstrip())
            found = [m for m in people(text) if m.start == lo and m.end == hi and m.name]
            if found:
                return found[0]
        at = end + 1
        while text.startswith("\n", at):
            at += 1
        if at >= len(text):
            break
    return None


# the writer telling of words they said: "I told the delegation:", "But I remember telling them in 2017:" (a column's author)
# (or in reported speech, "that" opening the clause the words close: "I wrote at the time that the plan was “…”", no one
# else said to speak in it, and the writer no one told: "I was told that …" is someone else's)
_WRITER_SAID = re.compile(r"\bI\s+(?:[a-z]+\s+){0,3}?(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbeing\s)(?:told|tell|telling|said|say|saying|"
                          r"wrote|writing|warned|warning|asked|asking|reminded|reminding)\b[^.!?“”\"«»\n]{0,120}(?:[:,]|\sthat\s"
                          r"(?:(?!\b(?:said|says|say|told|tells|called|calls|described|describes|wrote|writes)\b)[^.!?“”\"«»\n]){0,80}?)\s*$")


# ... or after the words: "“How much for two?” I asked." (the writer an undercover reporter or a columnist)
_AFTER_WRITER = re.compile(r"[,.!?]?[’'\"”»]?\s*,?\s*I\s+(?:asked|said|replied|told\s+(?:him|her|them)|pressed|added|insisted|"
                           r"wrote|countered|protested)\b")


def _writer_speaker(text: str, para: int, start: int) -> Mention | None:
    """The byline's author, when the quotation's sentence has "I" say it ("I told them: “…”")."""
    sentence = _sentence_start(text, para, start) or para
    if not _WRITER_SAID.search(text, sentence, start):
        return None
    return byline_author(text)


# a post's caption, quoted: "a photo of him with the caption “…”", "a video captioned “…”": the words of whoever posted it
_CAPTION = re.compile(r"\b(?:(?:with|under|and|beneath)\s+(?:the\s+|a\s+)?caption|captioned|caption\s+(?:read|reads|reading))\s*:?\s*$")
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her|his|himself|herself)\b")


def _caption_speaker(text: str, para: int, start: int) -> Mention | None:
    """Whoever posted the picture a quoted caption is under: the person its sentence names, else the one "him" or "her" in it
    stands for ("One clip showed him on a yacht with the caption “…”")."""
    sentence = _sentence_start(text, para, start) or para
    if not _CAPTION.search(text, max(sentence, start - 40), start):
        return None
    if who := mention_at(text, sentence, start):
        return who
    if _OBJECT_PRONOUN.search(text, sentence, start):
        return _pronoun_speaker(text, sentence, singular=True)  # whom the sentences before name ("One clip" names no one)
    return None


def _labelled_speaker(text: str, start: int) -> Mention | None:
    """The person a script's label opening the quotation's line names: "CLIP (KARIMI): “…”", "KARIMI: “…”"."""
    line = text.rfind("\n", 0, start) + 1
    if not (label := _LABEL.fullmatch(text, line, start)):
        return None
    span = label.span("name" if label.group("name") else "bare")
    if label.group("bullet"):
        # a briefing's bullet gives a quote after its speaker's title and name, named there for the first time:
        # "• Deputy Director X Y: “…”" (a script's label is a name in capitals the story gave before)
        return _named_in_capitals(text, *span) or mention_at(text, *span)
    return _named_in_capitals(text, *span)


# ... or a clip's cue on the line before the quotation's, the name first, then the post or place and the duration:
# "CLIP: DET SUPT X Y, NCA – DUR: 0'21\"" (a cue naming no one, "CLIP: NEIGHBOUR, …", gives no speaker)
_CUE_LINE = re.compile(r"[ \t]*(?:CLIP|CUT|SOT|AUDIO|ACTUALITY|INSERT|VOX POP|VOX|GRAB|SOUNDBITE)\s*:[ \t]*"
                       r"(?P<name>[A-Z][A-Z’'.-]*(?: [A-Z][A-Z’'.-]*){0,5})(?:[,–—-][^\n]{0,160})?\n")

# ... or a TV script's bracketed cue, the name in ordinary case (a rank before it, a post or a note after its comma):
# "[SOT – Brigadier X Y, Ministry of Interior]", "[SOT – X Y]" (the name is read as the article's other mentions are);
# a running order gives the on-screen caption's words after a bar: "[SOT | SUPER: X Y, Kent Police]", "[SOT | ASTON: X Y]"
_CUE_BRACKET = re.compile(r"[ \t]*\[(?:CLIP|CUT|SOT|AUDIO|ACTUALITY|INSERT|VOX POP|VOX|GRAB|SOUNDBITE)[ \t]*[–—:|/-][ \t]*"
                          r"(?:(?:SUPER|SUPERS|ASTON|CAPTION|CG|LOWER THIRD|L3)[ \t]*:[ \t]*)?"
                          r"(?P<name>[A-Z][^,\[\]\n]{1,60})(?:,[^\[\]\n]{0,160})?\][ \t]*\n")


def _cued_speaker(text: str, start: int) -> Mention | None:
    """The person a clip's cue on the line before the quotation's names, in capitals or in a script's brackets."""
    line = text.rfind("\n", 0, max(0, start - 1)) + 1
    if cue := _CUE_LINE.fullmatch(text, line, start):
        return _named_in_capitals(text, *cue.span("name"))
    if text[start - 2:start - 1] == "]" and (cue := _CUE_BRACKET.fullmatch(text, line, start)):
        return mention_at(text, *cue.span("name"))
    return None


def _named_in_capitals(text: str, lo: int, hi: int) -> Mention | None:
    """The one person named before ``lo`` whom a script's name in capitals stands for: "KARIMI" the Nasrin Karimi named
    before, "DET SUPT GARETH ORMSBY" the Gareth Ormsby (a rank before the name is no part of it)."""
    words = " " + text[lo:hi].lower()
    names = {m.name for m in people(text) if m.name and m.start < lo
             and ((" " + m.name.lower()).endswith(words) or len(m.name.split()) > 1 and words.endswith(" " + m.name.lower()))}
    if not names and " " not in words.strip() and words.strip().isalpha():
        # a surname whose full name is only said in the possessive before ("SOT (AZIZ):" after "Shwan Aziz's younger
        # brother"): people() keeps no mention of it
        owned = re.compile(rf"(?<![\w’'-])((?:{_CAP} ){{1,2}}{re.escape(text[lo:hi].strip().title())})[’']s\b")
        names = {m.group(1) for m in owned.finditer(text, 0, lo) if _looks_like_name(m.group(1))}
    return Mention(lo, hi, names.pop()) if len(names) == 1 else None


# someone described, not named: "A spokesperson for the embassy", "An official", "McIlvanney's solicitor", "the family's lawyer"
_DESCRIPTION = re.compile(r"^(?:An?|One|Another)\s|\b(?:lawyers?|solicitors?|barristers?|counsel|attorneys?|advocates?|spokes(?:person|man|woman)|"
                          r"sources?|aides?|friends?|relatives?|brother|sister|mother|father|son|daughter|wife|husband|cousin|"
                          r"uncle|aunt|neighbou?r|colleague|employer|partner)$")


# the body a statement is by: "A statement by the Ministry of Interior", "a joint statement issued by the Home Office"
_STATEMENT_BY = re.compile(r"\b[Ss]tatement\s+(?:(?:issued|released|published)\s+)?(?:by|from)\s+(?:the\s+)?"
                           r"(?P<org>[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,5})")
# "The statement said the two sides …", "The statement, received by X, said": the statement the article told of before,
# its words those of who issued it ("…, the governor's office said in a statement", "In a statement, the embassy said")
_THE_STATEMENT = re.compile(r"\s*(?:[A-Z][\w’'-]*(?:\s+[a-z]+){0,3},\s+)?[Tt]he\s+(?:(?:same|latest|joint|written|official)\s+)?"
                            r"(?:statement|press\s+release|communiqué)(?:,[^,.;:!?“”\"«»\n]{1,80},)?\s*$")
_ISSUED_STATEMENT = re.compile(r"(?:^|[.!?]\s+|,\s+|\n)(?P<who>[^,.;:!?“”\"«»\n]{2,80}?)\s+(?:said|says|announced|added)\s+in\s+a\s+"
                               r"(?:(?:written|joint|short|brief)\s+)?statement\b"
                               r"|\b[Ii]n\s+a\s+(?:(?:written|joint|short|brief)\s+)?statement,\s+(?P<who2>[^,.;:!?“”\"«»\n]{2,80}?)\s+"
                               r"(?:said|says|announced|added)\b")
_STATEMENT_LOOKBACK = 3000
# the statement itself as the subject after a quotation: "“…,” the statement said" (_statement_issuer)
_STATEMENT_HEADS = frozenset({"statement", "communiqué"})


# a body taken up again by its bare noun ("The ministry said …", "“…,” the embassy said") after its paragraph named it
# ("According to a statement by the Ministry of Interior, …. The ministry said …"): that body speaks; named only in an
# earlier paragraph, the noun is a back-reference the text leaves open (no speaker)
_THE_BODY = re.compile(rf"\s*[Tt]he\s+(?P<noun>{'|'.join(_BODY_NOUNS)})\s*$")
# (a possessor before the name is no part of it: "the Kurdistan Regional Government's Department of Foreign Relations" is
# the Department of Foreign Relations)
_NOT_PLACE = (r"(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember|October|"
              r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|The|Its|His|Her|Their)\b")
_EMBASSY_IN = rf"(?:\s+in\s+(?!{_NOT_PLACE})[A-Z][\w’'-]*(?:\s+(?!{_NOT_PLACE})[A-Z][\w’'-]*)?)?"
# an embassy or consulate named with the city it sits in, after "a statement from": "the British Embassy in Amman" (the
# seat is part of its name, not where the statement was made; not a month's or a day's "in")
_SEAT_BODY_END = re.compile(r"(?<![\w’'-])(?:Embassy|Consulate(?:[ -]General)?)$")
_SEAT_PLACE = re.compile(_EMBASSY_IN)
_COUNTRY_POSSESSIVE = r"(?:[A-Z][a-z]+[’']s\s+)?"  # "Britain's Consulate General": the country names its consulate
_BODY_NAMED = {noun: re.compile(rf"(?<![\w’'-]){_COUNTRY_POSSESSIVE if noun == 'consulate' else ''}(?:(?!(?:The|A|An|In|By|From|According)\s)[A-Z][\w’'.-]*(?<![’']s)\s+){{0,3}}{noun.capitalize()}"
                                rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){{0,3}})?"
                                # (an embassy is named with the capital it sits in: "the British Embassy in Baghdad said … “…,” the
                                # embassy said" is the British Embassy in Baghdad's; not a month's or a day's "in")
                                # (a consulate too, its rank after the noun: "the British Consulate General in Erbil", and the
                                # country's possessive that names it: "Britain's Consulate General")
                                rf"{'(?:[ -]General)?' if noun == 'consulate' else ''}"
                                rf"{_EMBASSY_IN if noun in ('embassy', 'consulate') else ''}(?![\w’'-])")
               for noun in _BODY_NOUNS}


# a body's "it" opening a sentence of its statement: "In a statement, it said", "It said in a statement" (the body the sentence
# before opened on, as its subject)
_IT_IN_STATEMENT = re.compile(r"\s*(?:In\s+(?:a|its)\s+(?:(?:written|joint|short|brief)\s+)?statement,\s+)?[Ii]t\s+(?:(?:also|later|then)\s+)?$")
_THE_OPENING = re.compile(r"(?:[Tt]he\s+)?")


def _body_subject_before(text: str, para: int, at: int) -> Mention | None:
    """The body (an embassy, a ministry, ...) named as the subject opening the sentence before ``at`` in its paragraph,
    a verb after its name; None when that sentence opens on no such body."""
    lo = _sentence_start(text, para, at - 2)
    lo = para if lo is None else lo
    name_at = _THE_OPENING.match(text, lo).end()
    for noun in _BODY_NOUNS:
        if (m := _BODY_NAMED[noun].match(text, name_at, at)) and re.match(r"\s+[a-z]", text[m.end():at]):
            return Mention(m.start(), m.end(), m.group(0))
    return None


_SAYS_NEXT = re.compile(rf"\s+(?:(?:also|later|then)\s+)?(?:{VERBS})\b")  # a body named saying something


def _body_named_in_paragraph(text: str, noun: str, before: int) -> Mention | None:
    """The one body named with ``noun`` ("Ministry of Interior", "Interior Ministry") in the paragraph before ``before``;
    None when none or two are."""
    para = text.rfind("\n", 0, before) + 1
    found = [m for m in _BODY_NAMED[noun].finditer(text, para, before) if not quoted(text, m.start())]
    if len({m.group(0) for m in found}) != 1:
        return None
    return Mention(found[-1].start(), found[-1].end(), found[-1].group(0))


def _body_said_before(text: str, noun: str, before: int) -> Mention | None:
    """The one body named with ``noun`` in the text before ``before`` (a paragraph naming none), which said something
    there: "..., the Ministry of Interior said.\n\n... The ministry said in a statement that ..." is the Ministry of
    Interior's; None when two bodies are named with the noun, or the one named said nothing."""
    found = [m for m in _BODY_NAMED[noun].finditer(text, 0, before) if not quoted(text, m.start())]
    if len({m.group(0) for m in found}) != 1 or not any(_SAYS_NEXT.match(text, m.end()) for m in found):
        return None
    return Mention(found[-1].start(), found[-1].end(), found[-1].group(0))


def _statement_issuer(text: str, before: int) -> Mention | None:
    """Who issued the statement the article last told of before ``before``: a person named in the subject, else the
    subject's words without their article ("governor's media office", "U.S. Embassy in Baghdad")."""
    lo = max(0, before - _STATEMENT_LOOKBACK)
    found = [m for m in _ISSUED_STATEMENT.finditer(text, lo, before) if not quoted(text, m.start())]
    if by := [m for m in _STATEMENT_BY.finditer(text, lo, before) if not quoted(text, m.start())]:
        if not found or by[-1].start() > found[-1].start():
            return mention_at(text, *by[-1].span("org")) or Mention(*by[-1].span("org"), by[-1].group("org"))
    if not found:
        return None
    group = "who" if found[-1].group("who") else "who2"
    a, b = found[-1].span(group)
    if who := mention_at(text, a, b):
        return who
    if lead := re.match(r"[Tt]he\s+", text[a:b]):
        a += lead.end()
    return Mention(a, b, text[a:b]) if b - a > 2 and len(text[a:b].split()) <= 6 else None


_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# an opening time phrase is no part of the subject: "Last week the Border Agency warned", "On Monday the Home Office said",
# "In March the ministry said", "Earlier this year the council said", "Meanwhile the embassy said"
_TIME_NOUN = rf"(?:week|month|year|weekend|night|morning|afternoon|evening|spring|summer|autumn|winter|{_DAY}|{_MONTH})"
# ("Last Chance Trust said": "Last" alone opens a name)
_TIME_OPENING = (rf"(?:(?:Last|This|Next)\s+{_TIME_NOUN}|(?:Earlier|Later)(?:\s+(?:this|last|that)\s+{_TIME_NOUN})?"
                 rf"|On\s+(?:{_DAY}|\d{{1,2}}(?:st|nd|rd|th)?)(?:\s+(?:\d{{1,2}}(?:st|nd|rd|th)?|{_MONTH}|\d{{4}})){{0,3}}"
                 rf"|In\s+(?:{_MONTH}|\d{{4}})(?:\s+\d{{4}})?|Yesterday|Today|Tonight|Meanwhile|Separately"
                 r"|For\s+(?:her|his|its|their|our|my)\s+part),?\s+")  # a turn in a readout: "For her part, the Ambassador …"
# "Others told the agency …", "Many said …", "Some of them told us": people the article counts but does not name speak no
# quotation, nor are they a body
_INDEFINITE = re.compile(r"(?:Others|Some|Many|Several|Most|Few|All|Both|Everyone|Everybody|Someone|Somebody|Nobody|None|Anyone|"
                         r"Each|Another|Neither|Either)(?:\s+(?:of\s+(?:them|us|those|these|the\s+\w+)|others|more))?")
# (a conjunction opening the sentence too: "As one young man from Ranya told us:" is someone unnamed, no body "As one …")
# "Staff described the link as …", "Some caseworkers said": the people who work somewhere, counted but named by no one,
# are no speaker and no body either (a role such as "Officers" is already none, by its head)
_STAFF_GROUP = re.compile(r"(?:[A-Za-z][a-z-]+\s+)?(?:[Ss]taff|[Ee]mployees|[Ww]orkers|[Pp]ersonnel|[Cc]olleagues|[Vv]olunteers|"
                          r"[Cc]aseworkers|[Ii]nterviewees|[Rr]espondents)")
# (a relative "what" too, a preposition before it: "…, in what the Delegation in X described as “…”": the Delegation in X)
_SUBJECT_OPENING = re.compile(rf"(?:{_TIME_OPENING})?(?:(?:which|that|who|[Aa]s|[Aa]nd|[Bb]ut|[Ww]hile|[Ww]hereas"
                              rf"|(?i:(?:in|to|by|on|at|from|for|with|of)\s+)?(?i:what))\s+)?(?:[Tt]he\s+)?")
_SUBJECT_CLOSING = re.compile(r"(?:\s+(?:itself|themselves|also|too|again|later|then|now|already|has|have|had|today|yesterday|tonight))*\s*$")
# a body's own relative clause counting what it has, closing right before its verb, the thousands comma no end of it:
# "The X Union, which represents more than 6,000 officers, today called": the body before it is the subject
# (or any relative clause a body's own: "Iraq's embassy in Helsinki, which also covers Estonia, said": the embassy)
_WHICH_BEFORE_VERB_REST = re.compile(r",\s+which\s(?:[^,.;:“”\"«»\n]|(?<=\d),(?=\d{3}\b)){1,160},\s*(?:(?:today|yesterday|tonight)\s+)?$")


# a body's statement or release as a subject: its words are the body's ("The Interior Ministry's statement said")
_BODYS_DOCUMENT = re.compile(r"([A-Z][^’']{1,60})[’']s\s+(?:(?:own|latest|written|official|joint|earlier)\s+)?"
                             r"(?:statement|press release|news release|communiqué|announcement)")
_BODYS_DOCUMENT_LEAD = re.compile(r"\s*(?:The\s+)?([A-Z][^’',.;:\n]{1,60})[’']s\s+(?:(?:own|latest|annual|written|official|joint|"
                                  r"earlier|new)\s+)?(?:report|statement|press release|communiqué)\b(?=[^.;:!?\n]{0,120}$)")
_PRONOUNS_CAP = {"It", "He", "She", "They", "We", "I", "You", "This", "That"}
# a numbered part of a document: "Section 4 of the text", "Annex B", "Paragraph 12"
_DOCUMENT_PART = re.compile(r"(?:Section|Article|Clause|Paragraph|Annex|Appendix|Chapter|Part|Schedule|Page)s?\s+(?:\d|[A-Z](?![\w’'-]))")


# a body's name in capitals, then an appositive with no one in it, up to the verb: "The X Trust, a charity based in Leeds, |"
_BODY_THEN_APPOSITIVE = re.compile(r"\s*(?:The\s+)?[A-Z][\w’'&-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w’'&-]*))*"
                                   r"(?=,\s+(?:a|an)\s+[a-z][^,.;:“”\"«»\n]{0,80},\s*$)")


# a body described in lowercase words, then named in an appositive closing right before the verb: "The ferry operator, X,"
_DESCRIBED_THEN_NAMED = re.compile(r"\s*(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*,\s+"
                                   r"(?P<x>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4}),\s*$")


# a body's full name, longer than the six words a subject may have, its words all capitalised but the joining ones: "The
# Ministry of Interior of the Kurdistan Region said" (a clause, "Some of the families in the camp said", has lowercase words)
_LONG_BODY_NAME = re.compile(r"[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|the|in|on)\s+)*[A-Z][\w’'&-]*){2,9}")


# ... or a French, Italian or Spanish body's full name, its words joined by "de", "la", "du", "et", "di", "del", ...: "The
# Préfecture maritime de la Manche et de la mer du Nord said" (lowercase nouns after the joins, but a capital to end it)
_ROMANCE_JOIN = r"(?:de|du|des|au|aux|di|del|della|dei|degli|et|e|y)"
_ROMANCE_BODY_NAME = re.compile(rf"[A-Z][\w’'-]*(?:\s+[a-zà-ÿ][\w’'-]*)?(?:(?:\s+{_ROMANCE_JOIN})+(?:\s+(?:la|le|les))?"
                                rf"\s+[\w’'-]+){{1,5}}(?<=[\w’'-])(?<![’']s)")

def _romance_body_name(words: str) -> bool:
    """Whether ``words`` are a French, Italian or Spanish body's full name, ending on a capitalised word."""
    return bool(_ROMANCE_BODY_NAME.fullmatch(words)) and words.split()[-1][0].isupper()


def _speaker_in(text: str, start: int, end: int) -> Mention | None:
    """The person named in ``text[start:end]`` (the last one), or the words themselves for an organisation."""
    if who := mention_at(text, start, end):
        return who
    # "A statement by the Ministry of Interior, a copy of which …, stated": the body whose statement it is
    if "tatement" in text[start:end] and (by := _STATEMENT_BY.search(text, start, end)):
        org_end = by.end("org")
        if _SEAT_BODY_END.search(text, by.start("org"), org_end) and (seat := _SEAT_PLACE.match(text, org_end, end)) \
                and seat.end() > org_end:
            org_end = seat.end()  # "A statement from the British Embassy in Amman said": the city it sits in names it
        return mention_at(text, by.start("org"), org_end) or Mention(by.start("org"), org_end, text[by.start("org"):org_end])
    # "The National Audit Office's report, published on Tuesday, says": the body whose document it is, before any comma
    if (lead := _BODYS_DOCUMENT_LEAD.match(text, start, end)) and lead.group(1) not in _PRONOUNS_CAP:
        return Mention(lead.start(1), lead.end(1), lead.group(1))
    if (clause := _WHICH_BEFORE_VERB_REST.search(text, start, end)) and clause.start() > start:
        end = clause.start()  # "The X Union, which represents 6,000 officers, today called": the body before its clause
    if text.startswith(", ", end - 2) and (body := _BODY_THEN_APPOSITIVE.match(text, start, end)):
        end = body.end()  # "The X Trust, a charity based in Leeds, said": the body before its appositive, which names no one
    elif text.startswith(", ", end - 2) and (named := _DESCRIBED_THEN_NAMED.match(text, start, end)):
        return Mention(*named.span("x"), named.group("x"))  # "The ferry operator, X, said": the body the appositive names
    # "In a statement, the U.S. Embassy": an opening phrase before a comma is no part of the subject
    if (comma := text.rfind(", ", start, end)) != -1:
        start = comma + 2
    # "which the Home Office itself describes": the relative clause's subject; an article is no part of a name
    start = _SUBJECT_OPENING.match(text, start, end).end()  # type: ignore[union-attr]
    end = _SUBJECT_CLOSING.search(text, start, end).start()  # type: ignore[union-attr]
    words = text[start:end].strip()
    if any(mark in words for mark in "“”\"«»"):
        return None  # words with a quotation mark are some quotation's, never a speaker's name
    if ":" in words:
        return None  # "A: Officials say": a Q&A label or a heading before the verb, not a name
    # "Its author warns": a possessive opens a reference to someone unnamed, not a name; "A spokesperson for the
    # embassy", "McIlvanney's solicitor": a description of someone unnamed, not an organisation ("Cooper's office" is one)
    if _DESCRIPTION.search(words) or words and _is_head(re.sub(r"(?<=[^s])s$", "", words.split()[-1])):
        return None  # ... nor is a role standing for officials it names none of ("The minister", "Officers")
    if law_name(words, True):
        return None  # "Article 298 of the Penal Code says …": a law's words are quoted, no one speaks them
    if _DOCUMENT_PART.match(words):
        return None  # "Section 4 of the text says it …", "Paragraph 12 states": a document's words, no one's
    if words and (len(words.split()) <= 6 or _LONG_BODY_NAME.fullmatch(words) or _romance_body_name(words)) and words[0].isupper() and not re.match(r"(?:I|We|It|He|She|They|You|This|That|There|Its|His|Her|Their|Our|My)\b", words) \
            and not _INDEFINITE.fullmatch(words) and not _STAFF_GROUP.fullmatch(words):
        lo = start + (len(text[start:end]) - len(text[start:end].lstrip()))
        if owner := _BODYS_DOCUMENT.fullmatch(words):
            words = owner.group(1)  # "The Interior Ministry's statement said": the ministry's words
        return Mention(lo, lo + len(words), words)  # "the ministry", "Cooper’s office": the words as written
    return None


# the comma closing an appositive before the verb, and the one opening it after the subject's name
# (an auxiliary before the verb too: "X KC, for Y, had told the jury"; the post-nominals after X are no part of the appositive)
_POST_NOMINALS_RE = re.compile(_POST_NOMINALS)
_APPOSITIVE_CLOSE = re.compile(r",\s*(?:(?:had|has|have)\s+)?")
_APPOSITIVE_OPEN = re.compile(r",\s+[^,.;:“”\"«»\n]{1,80}?$")


# (a time or a place in commas after Y too, never Y's appositive: "X, who met Y, on Thursday, said")
_CLAUSE_REST = re.compile(r"(?:,\s*(?:on|last|this|earlier|later|in|at)\s)?[^,.;:“”\"«»\n]{1,80},\s*")
# a role, then the relative clause naming someone else: "X, a former director of the agency who now teaches | Y"
_ROLE_THEN_RELATIVE = re.compile(r",\s+(?:a|an|the|his|her)\s+[^,.;:“”\"«»\n]{1,80}?\swho\s[^,.;:“”\"«»\n]{1,60}?\s")
# ... or a role whose capitalised body reads as a name, the relative clause after it: "X, a former Director of | Y | who
# now advises Z, said" (Y, the post's office, is inside X's appositive; X speaks)
_ROLE_OF_BEFORE = re.compile(r",\s+(?:a|an|the|his|her)\s+[^,.;:“”\"«»\n]{1,60}?\s(?:of|for|to|at)\s+(?:the\s+)?")
_WHO_AFTER = re.compile(r"\s+who\s")
_WHICH_REST = re.compile(r",\s+which\s[^,.;:“”\"«»\n]{1,80},\s*")
_WHOSE_REST = re.compile(r",\s+whose\s[^,.;:“”\"«»\n]{1,80},\s*")
# ... or the body's own appositive saying what it is, after X's role for it: "X, a lawyer for Y, one of the firms at Z, said"
# (with "the" too: "X, a spokesman for Y, the Ankara-based firm that runs the ferry, said")
_BODY_APPOSITIVE_REST = re.compile(r",\s+(?:one\s+of|an?|the)\s[^,.;:“”\"«»\n]{1,80},\s*")
_ROLE_FOR_BODY = re.compile(r",\s+(?:a|an|the)\s+[a-z][^,.;:“”\"«»\n]{0,60}?\s(?:for|at|of|with)\s+(?:the\s+)?")
_PLACE_TAIL = re.compile(r"\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?=,)")
_WHOSE_OPEN = re.compile(r",\s+whose\s")
_AGE_TAIL = re.compile(r",\s*\d{1,3}(?=,)")
_AGE_BETWEEN = re.compile(r",\s*\d{1,3}")  # "X, 61, a shepherd from Y, said": X's age between X and X's appositive
_ROLE_OF_NAMED = re.compile(r",\s+(?:the|a|an|his|her|their)\s+[a-z][^,.;:“”\"«»\n]{1,60}?\s(?:for|of|to)\s+[^,.;:“”\"«»\n]{1,60},\s+")
# a rank or honorific alone between the comma and Y is Y's own title, no appositive naming someone else: in "the
# coordinator in X, Captain Y, said" Y is the coordinator and speaks, X being the place of the post
_RANK_ONLY_OPEN = re.compile(rf",\s+(?:(?:{RANK}|{_HON})\s+)+")
_NAME_IN_COMMAS = re.compile(rf",\s+(?:(?:{RANK}|{_HON})\s+)*")  # ... or nothing: "the coordinator in X, Y, said"


# a place named inside a body's relative clause closed right before the verb ("…, which runs a shelter on Y Street, said"):
# the object of its preposition, never the verb's subject
_WHICH_PLACE_BEFORE = re.compile(r",\s+(?:which|where)\s+[^,.;:!?“”\"«»\n]{0,80}?\b(?:on|in|at|near|off|along|outside|behind|beside)\s+(?:the\s+)?\Z")
_WHICH_PLACE_AFTER = re.compile(rf"\s*,\s+(?:{VERBS})\b")


def _before_appositive(text: str, who: Mention, lo: int, verb: int) -> Mention:
    """The subject of "X, defending Y, said", "X, who represents Y, said", "X, a former aide to Y, said": X, the person
    before the appositive that names Y (``who``), when X is named right before it. A relative clause may hold commas of its
    own ("X, who visited Erbil and met the KRG's minister, Y, said"): X, the first person of the clause, opening it."""
    # (the appositive may end in the body's place after the body: "X, a lawyer at the Y Clinic in Baghdad, said")
    close = place.end() if (place := _PLACE_TAIL.match(text, who.end, verb)) else who.end
    close = age.end() if (age := _AGE_TAIL.match(text, close, verb)) else close  # "…, Y, 39, said": Y's age is no clause
    if text[who.start - 1:who.start] == "(" and text.startswith(")", close):
        # "X, Vice-President of the Court of Appeal (Criminal Division), said": the brackets close a part of X's post,
        # never a speaker of its own; the appositive they end is X's
        close += 1
    if not _APPOSITIVE_CLOSE.fullmatch(text, close, verb):
        # "X, whose brother Y, 24, drowned when …, said": Y is named inside X's relative clause, however many its commas
        found = mentions_before(text, who.start, who.start - lo)
        if found and found[0].name and found[0].name != who.name and _WHOSE_OPEN.match(text, found[0].end) \
                and _TITLE_LEAD.fullmatch(text, lo, found[0].start) and _APPOSITIVE_CLOSE.search(text, verb - 3, verb):
            return found[0]
        if _WHICH_REST.fullmatch(text, who.end, verb) or _WHOSE_REST.fullmatch(text, who.end, verb) \
                or _BODY_APPOSITIVE_REST.fullmatch(text, who.end, verb) \
                and any(_ROLE_FOR_BODY.fullmatch(text, m.end, who.start) for m in mentions_before(text, who.start, who.start - lo)):
            # "X, a caseworker at the Y Link, which has been supporting the men, said": the body's own relative clause
            # closes X's appositive; X, opening the sentence, is the subject (so does a place's "whose" clause: "X, head
            # of the guards at the Y crossing, whose officers took the course, said")
            found = mentions_before(text, who.start, who.start - lo)
            if found and found[0].name and found[0].name != who.name and text.startswith(", ", found[0].end) \
                    and _TITLE_LEAD.fullmatch(text, lo, found[0].start):
                return found[0]
        if _CLAUSE_REST.fullmatch(text, who.end, verb):
            # "X, who met Y at the ministry last week, called …": Y is named inside X's relative clause, not at its end
            # (or at its end with a time after: "X, who met Y, on Thursday, said")
            found = mentions_before(text, who.start, who.start - lo)
            if found and found[0].name and found[0].name != who.name \
                    and (_RELATIVE_OPEN_RE.match(text, found[0].end) or _ROLE_THEN_RELATIVE.fullmatch(text, found[0].end, who.start)
                         or _WHO_AFTER.match(text, who.end) and _ROLE_OF_BEFORE.fullmatch(text, found[0].end, who.start)) \
                    and _TITLE_LEAD.fullmatch(text, lo, found[0].start) \
                    and not (text.startswith(",", who.end) and _VERB_BEFORE.search(text, found[0].end, who.start)):
                return found[0]  # (X's clause closed by a verb of saying before Y: "X, who …, calls it …, while Y, in Erbil, says")
        return who
    if not (opening := _APPOSITIVE_OPEN.search(text, lo, who.start)):
        found = mentions_before(text, who.start, who.start - lo)
        if found and found[0].name and found[0].name != who.name and _ROLE_OF_NAMED.fullmatch(text, found[0].end, who.start) \
                and _TITLE_LEAD.fullmatch(text, lo, found[0].start):
            return found[0]  # "X, the lawyer for the accused, Y, said": Y names the one X's role is for; X speaks
        if found and found[0].name and _RELATIVE_OPEN_RE.match(text, found[0].end) and _TITLE_LEAD.fullmatch(text, lo, found[0].start):
            return found[0]
        return who
    if _RANK_ONLY_OPEN.fullmatch(text, opening.start(), who.start):
        # (but a person whose relative clause the ranked name closes is the subject: "X, who toured the port with its
        # director, Colonel Y, added that …": X, opening the sentence, speaks)
        found = mentions_before(text, who.start, who.start - lo)
        if found and found[0].name and found[0].name != who.name and _RELATIVE_OPEN_RE.match(text, found[0].end) \
                and _TITLE_LEAD.fullmatch(text, lo, found[0].start):
            return found[0]
        return who
    subject = [m for m in mentions_before(text, opening.start(), opening.start() - lo)
               if m.end == opening.start() or _POST_NOMINALS_RE.fullmatch(text, m.end, opening.start())
               or _AGE_BETWEEN.fullmatch(text, m.end, opening.start())]
    if subject and subject[-1].name:
        return subject[-1]
    if text.startswith(", which ", opening.start()):
        # "X, a caseworker at the Y Trust, which supported Z, said": Z is the object of the body's own relative clause,
        # not the subject; X, opening the sentence before the body's appositive, is
        found = mentions_before(text, who.start, who.start - lo)
        if found and found[0].name and found[0].name != who.name and text.startswith(", ", found[0].end) \
                and _TITLE_LEAD.fullmatch(text, lo, found[0].start):
            return found[0]
    return who


# a subject that is a kinship description: "His wife says", "Her eldest son told" (the word, its possessive and what it is)
_KIN_WORDS = (r"(?:His|Her|Their|his|her|their)\s(?:(?:elder|eldest|younger|youngest|older|late)\s)?(?:wife|husband|"
              r"partner|son|daughter|brother|sister|mother|father|cousin|uncle|aunt|nephew|niece|fianc[ée]e?)")
_KIN_SUBJECT = re.compile(rf"\s*({_KIN_WORDS})\s*")


# after the quotation: "“…,” his wife said", "“…,” said her husband"
_AFTER_KIN = re.compile(rf"[,.!?]?[’'\"”»]?\s*,?\s*(?:(?P<kin>{_KIN_WORDS})\s+(?:{VERBS})\b|(?:{VERBS})\s+(?P<kin2>{_KIN_WORDS})\b)")
_SPOUSES = ("wife", "husband", "partner")
# ... or the one whose own sentence names the other as her kin the other way round: "Nasrin, 54, held her son's arm" is
# "his mother" (the kin word gives the sex, so the pronoun)
_KIN_INVERSE = {kin: re.compile(rf"[^.!?\n]{{0,100}}?\b{pron}\s(?:{inv})(?:[’']s)?\b") for kin, pron, inv in (
    ("mother", "her", "son|daughter"), ("father", "his", "son|daughter"),
    ("wife", "her", "husband"), ("husband", "his", "wife"))}


def _kin_speaker(text: str, start: int, end: int) -> Mention | None:
    """The person a kinship subject ("His wife says") stands for: the one the article introduces by those words and a
    name ("His wife, Lana, was at home"), before or after (a standfirst speaks of her before the story names her); a
    spouse is the one the article says was married ("He married Nasrin")."""
    if not (kin := _KIN_SUBJECT.fullmatch(text, start, end)):
        return None
    words = kin.group(1).lower()
    inverse = _KIN_INVERSE.get(words.rsplit(" ", 1)[-1])
    named = {m.name for m in people(text) if m.name and (text[max(0, m.start - len(words) - 2):m.start].lower() == f"{words}, "
                                                         or words.endswith(_SPOUSES) and text.endswith("married ", 0, m.start)
                                                         or inverse is not None and bool(inverse.match(text, m.end, m.end + 120)))}
    return Mention(kin.start(1), kin.end(1), named.pop()) if len(named) == 1 else None


# a subject that is someone's own writing: "One of his messages, read to the court, said", "Her letter stated" (its words are
# the writer's, whom the possessive stands for)
_OWN_WRITING_SUBJECT = re.compile(r"\s*(?:(?:One|Another|Some|Several|Many|Two|Three|A\s+few)\s+of\s+)?(?P<p>[Hh]is|[Hh]er)\s+"
                                  r"(?:[a-z]+\s+)?(?:messages?|texts?|letters?|e-?mails?|posts?|notes?|voice\s+notes?|tweets?)"
                                  r"(?:,[^,.;:!?“”\"«»\n]{1,60},)?\s*")


def _own_writing_speaker(text: str, start: int, end: int) -> Mention | None:
    """The one whose own writing the clause's subject is ("One of his messages said"): whom the possessive stands for."""
    if not (own := _OWN_WRITING_SUBJECT.fullmatch(text, start, end)):
        return None
    who = _pronoun_speaker(text, own.start("p"), True, pronoun="he" if own.group("p").lower() == "his" else "she")
    return who if who is not None and who.name else None


# a name that a preposition governs, inside the words said: "A guard said the fence at Umm Rasa was “…”" (a place, no speaker;
# "says Nadia Berwari" and "said the ministry's spokesman, X" have none right before the name)
_PLACE_OBJECT_BEFORE = re.compile(r"\b(?:at|in|near|from|into|outside|inside|across|of)\s+$")


def _named_after(text: str, verb_end: int, before: int) -> Mention | None:
    """The person a speech verb names after it, in the same clause: "‘…,’ says Nadia Berwari, 52. ‘…"."""
    found = [m for m in mentions_before(text, before, before - verb_end) if m.start >= verb_end]
    if found and found[0].name and not re.search(r"[.;:!?]", text[verb_end:found[0].start]) and found[0].start - verb_end <= 40 \
            and not _PLACE_OBJECT_BEFORE.search(text, verb_end, found[0].start):
        return found[0]
    return None


# a title worn before the subject's name, a place's or a body's words before it: "Duhok MP | X pressed …", "Interior Minister | X"
_TITLE_BEFORE_SUBJECT = re.compile(r"\s*(?:[A-Z][\w’'-]*\s+){0,3}(?P<head>[\w.’'-]+)\s+")
# ... its portfolio lowercase: "Former housing minister | X was …" (no article nor preposition among the words, nor an opening
# phrase before them: "After meeting minister | X" names no subject)
_LOWER_TITLE_BEFORE_SUBJECT = re.compile(r"\s*(?!(?:After|Before|On|Upon|When|While|Since|Following|Despite|Having)\s)"
                                         r"(?:[A-Z][\w’'-]*\s+){0,3}(?:(?!(?:the|a|an|with|by|to|for|of|and)\s)[a-z][\w-]*\s+){1,2}"
                                         r"(?P<head>[\w.’'-]+)\s+")


def _titled_subject(text: str, lo: int, hi: int) -> bool:
    return bool((m := _TITLE_BEFORE_SUBJECT.fullmatch(text, lo, hi) or _LOWER_TITLE_BEFORE_SUBJECT.fullmatch(text, lo, hi))
                and _is_head(m.group("head")))


# the subject right before a verb of saying that no "he" or "she" could stand for: the writer, a plural ("families confirmed");
# or a possessive, the verb's form a noun ("his calls")
_NOT_THIRD_SINGULAR = re.compile(r"(?:\b(?:I|[Ww]e|[Tt]hey|[Hh]is|[Hh]er|[Mm]y|[Oo]ur)|\b[a-z]{2,}[^s\W]s)\s+$")


def _subject_pronoun(text: str, start: int) -> str | None:
    """The pronoun ("he", "she") opening the sentence a quotation ends after a comma or colon, or the sentence before it in
    its paragraph when the quotation stands alone (as _subject_speaker reads them)."""
    para = text.rfind("\n", max(0, start - MAX_LOOKBACK), start) + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(text, para, start)]
    sentence = ends[-1] if ends else para
    if text[sentence:start].strip():
        if not re.search(r"[,:]\s*$", text[sentence:start]):
            return None
        span = (sentence, start)
    elif ends:
        span = (ends[-2] if len(ends) > 1 else para, sentence)
    else:
        return None
    if mentions_before(text, span[1], span[1] - span[0]) or not (m := _PRONOUN_SUBJECT.match(text, *span)):
        return None
    p = re.search(r"\b(he|she)\s+[a-z]$", m.group(0), re.IGNORECASE)
    return p.group(1).lower() if p else None


def _same_referent(text: str, lo: int, hi: int, pronoun: str) -> bool:
    """Can ``pronoun`` between ``lo`` and ``hi`` stand for no one but whom it stood for at ``lo``: no one named, no one
    unnamed or by office made a subject, and no verb of saying outside a quotation with another singular subject."""
    if any(lo <= m.start < hi and not quoted(text, m.start) for m in people(text)) or _unnamed_speaker(text, lo, hi) \
            or _office_subject(text, lo, hi):
        return False
    if any(not quoted(text, m.end() - 1) and not _THING_SUBJECT.match(text, m.start("first"), min(len(text), m.start("first") + 60))
           for m in _INDEFINITE_SUBJECT.finditer(text, lo, hi)):
        return False
    for v in _VERB_BEFORE.finditer(text, lo, hi):
        if quoted(text, v.start()):
            continue
        # (an adverb may come between: "he never wrote", "she later told")
        if not (re.search(rf"\b(?i:{pronoun})\s+(?:(?:never|also|then|[a-z]{{2,12}}ly|later)\s+)?$", text[max(lo, v.start() - 30):v.start()])
                or _NOT_THIRD_SINGULAR.search(text, max(lo, v.start() - 30), v.start())
                or _NOUN_BEFORE.search(text, max(lo, v.start() - 30), v.start())):
            return False
    return True


# a sentence opened by a clause of time or reason whose subject is a name, its main clause's subject a pronoun that ends in
# the quotation's colon or comma: "When X sat down beside the boy, he began with a line: “…”" (the pronoun is X); not
# when the main clause has someone else in it ("…, she told him:") or the opening clause names a second subject
_CLAUSE_OPENER = re.compile(r"\s*(?:When|Whenever|After|Before|While|As|Once|Since|Until|Although|Though|Because)\s+")
_MAIN_PRONOUN = re.compile(r"(?:,[^,.;:!?“”\"«»\n]{1,60},)?\s+[a-z][^,.;:!?“”\"«»\n]{0,150}?,\s+(?P<p>he|she)\s+"
                           r"(?![^.;:!?“”\"«»\n]*?\b(?:him|her|them|who|which)\b)[a-z][^.;:!?“”\"«»\n]{0,150}?[,:]\s*")

# a subject setting out a list after a colon ("X ticks off where the money goes: …", "she lists the failings: …"): words
# quoted inside the list, in the same sentence, are the subject's account (a verb of listing, not any verb: "X faces three
# charges: … “…”" quotes someone else's words)
_ACCOUNT_COLON = re.compile(r"\s(?:lists?|listed|(?:ticks?|ticked|reels?|reeled|counts?|counted)\s+off|(?:sets?|spells?|spelled)\s+out"
                            r"|(?:runs?|ran)\s+through)\b[^.;:!?“”\"«»\n]{0,80}:\s")


def _subject_speaker(text: str, para: int, start: int) -> Mention | None:
    """The subject of the sentence a quotation ends after a comma or colon ("Mr Hale thought it had, “…”"), or
    of the sentence before in its paragraph when the quotation stands alone ("X laughed. “…”"); None otherwise."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, para, start)]
    sentence = ends[-1] if ends else para
    if text[sentence:start].strip():
        if ":" in text[sentence:start] and (lead := _ACCOUNT_COLON.search(text, sentence, start)):
            span = (sentence, lead.end())  # "X ticks off where it goes: …, and a check “…”": the subject's own account
        elif not re.search(r"[,:]\s*$", text[sentence:start]) and not _PARTICIPLE_OF_SAYING.search(text, sentence, start):
            return None  # "arrested after “a long chase”": words the sentence uses, not a reply
        else:
            span = (sentence, start)
    elif ends:
        span = (ends[-2] if len(ends) > 1 else para, sentence)
    else:
        return None
    found = mentions_before(text, span[1], span[1] - span[0])
    if found and found[0].name and (_SUBJECT_BEFORE.fullmatch(text, span[0], found[0].start) or _titled_subject(text, span[0], found[0].start)) \
            and _SUBJECT_AFTER.match(text, found[0].end):
        return found[0]
    if not found and _PRONOUN_SUBJECT.match(text, *span):
        return _pronoun_speaker(text, span[0])
    if found and found[0].name and (", he " in text[found[0].end:span[1]] or ", she " in text[found[0].end:span[1]]) \
            and all(m.name == found[0].name for m in found) and _CLAUSE_OPENER.fullmatch(text, span[0], found[0].start) \
            and (main := _MAIN_PRONOUN.fullmatch(text, found[0].end, span[1])) \
            and not _titled_other_sex(text, found[0].name, main.group("p").lower()):
        return found[0]  # "When X sat down beside him, he began: “…”": the pronoun opening the main clause is X
    lo = _SPACES.match(text, *span).end()  # type: ignore[union-attr]
    if (office := _office_opening(text, lo, span[1])) and not (found and found[0].start < office[0]):
        return _role_speaker(text, office, start)  # "For her part, the Ambassador conveyed …, stating that “…”"
    if not found and text[sentence:start].strip() and (part := _PARTICIPLE_OF_SAYING.search(text, sentence, start)):
        # "In a statement, the X Agency thanked …, saying the case showed “…”": a body, the participle's subject, names no
        # person; its name opens the clause right before its verb in the past ("Kurdish officials thanked" is no body)
        lo = opening.end() if (opening := _STATEMENT_OPENING.match(text, sentence, part.start())) else sentence
        if (who := _clause_subject(text, lo, part.start())) is not None and _PAST_VERB_AFTER.match(text, who.end, part.start()):
            return who
    return None


# a statement or a post the sentence opens with, no part of its subject: "In a statement, ", "In its post on X, "
_STATEMENT_OPENING = re.compile(r"\s*(?:In|Through|Via)\s+(?:a|an|its|their)\s+[^,.;:“”\"«»\n]{1,40},\s+")
_PAST_VERB_AFTER = re.compile(r"\s+(?:(?:has|had|also|later|then)\s+)?[a-z]{3,}ed\b")


# a list item's marker opening its paragraph ("1. ", "2) ", "• ", "- "), and a lead-in paragraph ending in a colon above the list
_LIST_ITEM = re.compile(r"[^\S\n]*(?:\d{1,2}[.)]|[•▪*-])[^\S\n]+")
_LIST_LEAD = re.compile(r"[^\n]*:[^\S\n]*\n")


def _list_lead_speaker(text: str, para: int, start: int) -> Mention | None:
    """The one a list's lead-in names as its sentence's subject ("X sets out three points:\n\n1. … “…”"), for a quotation
    in one of its items that names no one before it: the items are what the lead-in's subject says."""
    if not _LIST_ITEM.match(text, para) or mentions_before(text, start, start - para):
        return None
    lead = para
    for _ in range(12):  # back over the list's earlier items to its lead-in
        prev = text.rfind("\n", 0, max(0, lead - 1))
        while prev > 0 and text[prev - 1] == "\n":
            prev -= 1
        lo = text.rfind("\n", 0, prev) + 1 if prev > 0 else 0
        if prev <= 0 or not text[lo:prev].strip():
            return None
        if not _LIST_ITEM.match(text, lo):
            if not _LIST_LEAD.fullmatch(text, lo, prev + 1):
                return None
            ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, prev)]
            sentence = _SPACES.match(text, ends[-1] if ends else lo).end()  # type: ignore[union-attr]
            found = mentions_before(text, prev, prev - sentence)
            if found and found[0].name and (_SUBJECT_BEFORE.fullmatch(text, sentence, found[0].start)
                                            or _titled_subject(text, sentence, found[0].start)) \
                    and _SUBJECT_AFTER.match(text, found[0].end):
                return found[0]
            return None
        lead = lo
    return None


def _testimony_speaker(text: str, start: int, first_person: bool) -> Mention | None:
    """The speaker of a quotation that is a paragraph of its own with no attribution: the subject of the last sentence
    of the paragraph before, if the quotation is in the first person ("Karwan*, 22, paid … He spent eleven months …"
    then “My father …”) or that subject's verb is one of saying ("Its director, X, says the numbers …" then ‘We …’)."""
    if start < 2 or text[start - 2:start] != "\n\n":
        return None
    prev = text.rfind("\n", max(0, start - 2 - MAX_LOOKBACK), start - 2) + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(text, prev, start - 2)]
    span = (ends[-1] if ends else prev, start - 2)
    if text[span[0]:span[1]].lstrip().startswith(("“", '"', "‘", "«")):
        return None  # the paragraph before is itself a quotation
    found = mentions_before(text, span[1], span[1] - span[0])
    # (a title before the name, as in the sentence a quotation closes: "Chief Inspector X, who heads …, said …"; only with a
    # verb of saying: "Interior Minister X met Y." then “We …,” the minister said" is no more X's than Y's)
    if found and found[0].name and (_SUBJECT_BEFORE.fullmatch(text, span[0], found[0].start)
                                    or _titled_subject(text, span[0], found[0].start) and _SAYS_AFTER.match(text, found[0].end)) \
            and _SUBJECT_AFTER.match(text, found[0].end):
        return found[0] if first_person or _SAYS_AFTER.match(text, found[0].end) else None
    if first_person and not found and not _PRONOUN_SUBJECT.match(text, *span) and ends \
            and not _SOMEONE_OPENS.match(text, *span):
        # "X's sister, Y, said he had left in 2024. The family borrowed $12,000." then “He called me …”: the last sentence
        # names no one, and the one before it has the paragraph's one named subject of a verb of saying
        lo = ends[-2] if len(ends) >= 2 else prev
        said = {m.name: m for m in mentions_before(text, span[0], span[0] - lo) if m.start >= lo and m.name
                and _SAYS_AFTER.match(text, m.end)}
        if said:
            return said.popitem()[1] if len(said) == 1 else None
        # "X*, 23, paid a smuggler …. He was put to work …. Police found him in a raid." then “For a year I …”: no one said to
        # speak, the paragraph names one person only, the subject of its first sentence, whose testimony it introduces
        named = [m for m in mentions_before(text, span[0], span[0] - prev) if m.start >= prev]
        if named and named[0].name and len({m.name for m in named}) == 1 \
                and _SUBJECT_BEFORE.fullmatch(text, prev, named[0].start) and _SUBJECT_AFTER.match(text, named[0].end):
            return named[0]
        return None
    # (no first person, the pronoun's sentence saying something: "She welcomes … but says the deal has left out safe
    # routes." then “Aram didn't want …”: hers, as a named subject's verb of saying hands it to the name)
    if found or not (pm := _PRONOUN_SUBJECT.match(text, *span)) or not (first_person or _SAYS_IN.search(text, *span)):
        return None
    # (the pronoun itself, even after an opening phrase: "By then, he says, …" is a "he" for a profile's subject)
    word = pm.group(0)[:-1].split()[-1]
    return _pronoun_speaker(text, span[0], pronoun=word if word.lower() in ("he", "she") else None)


_SAYS_IN = re.compile(r"\b(?:says|said|tells|told|adds|added|insists|insisted|argues|argued|warns|warned)\s")


# a sentence whose subject is someone unnamed: "A neighbour …", "One survivor …"
_SOMEONE_OPENS = re.compile(r"\s*(?:An?|One|Another|Some|Many|Several)\s")


# what an office is of or for, after its word: "Governor | of Sulaimani", "Minister | for Border Security"
_ROLE_OF = re.compile(r"\s+(?:of|for|in)\s+(?:the\s+)?((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,3})")


# the role word right after "the" (or "His Excellency the"), nothing qualifying it: "The Minister explained"
_BARE_ROLE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he\s+$")


_TITLE_WORDS_BEFORE = re.compile(r"(?<![\w’'-])(?:(?!The\s)[A-Z][a-z][\w’'-]*\s){1,2}$")


# a post, its comma, then a title written before the name: "the committee chairman, MP | X"
_POST_THEN_TITLE = re.compile(r"\b(\w+),\s+((?:[A-Z][\w.]*\s+){1,2})$")


# a party to a criminal case, named by the Crown's case against them ("R v X", "Regina v. X")
_CASE_PARTIES = frozenset({"appellant", "defendant", "accused", "applicant"})
_CASE_AGAINST = re.compile(r"\b(?:R|Rex|Regina)\.?\s+v\.?\s+$")


def _last_written(text: str, role: str) -> int:
    """Where ``role`` is last written in ``text`` as whole words ("minister of interior", not inside "prime minister"); -1 if not."""
    found = [m.start() for m in re.finditer(rf"(?<![\w’'-]){re.escape(role)}(?![\w’'-])", text)]
    return found[-1] if found else -1


_CAPITAL_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*\s+$")


# someone unnamed holding a post, told of after the one named in it: "a British embassy spokesperson said", "an official at the port"
_UNNAMED_HOLDER = r"(?<![\w’'-])(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w’'-]+\s+){{0,4}}?(?P<w>{})(?=[\s,.;:])"


def _role_speaker(text: str, head: tuple[int, int], before: int) -> Mention | None:
    """The official a role word stands for ("the minister"): the one official named before ``before`` whose
    role ends in that word; None when none or several are."""
    word = text[slice(*head)].lower()
    if text[head[0]].isupper() and not _is_head(word) and _CAPITAL_BEFORE.search(text, max(0, head[0] - 30), head[0]):
        return None  # "The Home Office said": a capitalised noun no one holds after a capitalised word is a body's own name,
        # not the "office" a spokeswoman's post names ("a spokeswoman for the prosecutor's office")

    def holds(role: str) -> bool:
        return role.lower().split()[-1] == word or _is_head(word) and word in role.lower().split()

    roles = {(name, role.lower()) for end, name, role in named_roles(text) if end <= before and holds(role)}
    if not roles:  # in a debate "the Minister" is the one a speaker heading names, if only later
        roles = {(c.values["name"], c.values["role"].lower()) for c in heading_officials(text) if holds(c.values["role"])}
    if not roles and (title := _TITLE_WORDS_BEFORE.search(text, max(0, head[0] - 40), head[0])):
        # "The Home Secretary replied" before the one entry naming her ("The Home Secretary, X, told MPs"), as a live blog
        # runs newest first: a title of two words or more, held by one official named anywhere in the text
        full = (title.group(0) + text[slice(*head)]).lower()
        roles = {(name, role.lower()) for _, name, role in named_roles(text) if role.lower() == full or role.lower().endswith(" " + full)}
    if not roles and len(word) > 2:
        # "the colonel says" after "Colonel X Y, who heads …": a rank or title written before the name, not in the post
        title = word.capitalize() + " "
        roles = {(m.name, word) for m in people(text) if m.name and m.start < before and text.startswith(title, m.start - len(title))}
    if not roles and len(word) > 2:
        # "The committee chairman said" after "chaired by the committee chairman, MP X": the post before a comma and a title
        # written before the name, which the name's role is read from ("MP"), not the post
        roles = {(m.name, word) for m in people(text) if m.name and m.start < before
                 and (post := _POST_THEN_TITLE.search(text, max(0, m.start - 60), m.start)) and post.group(1).lower() == word
                 and all(_is_head(w) or re.fullmatch(_HON, w) for w in post.group(2).split())}
    if not roles and word in _CASE_PARTIES:
        # "the appellant wrote" in a judgment's summary: the one the case is brought against ("R v X")
        roles = {(m.name, word) for m in people(text) if m.name and _CASE_AGAINST.search(text, max(0, m.start - 14), m.start)}
    names = {name for name, _ in roles}
    if names and (last_named := max((end for end, name, _ in named_roles(text) if end <= before and name in names), default=0)) \
            and any(not quoted(text, m.start()) for m in
                    re.compile(_UNNAMED_HOLDER.format(re.escape(word)), re.I).finditer(text, last_named, head[0])):
        return None  # "…, police spokesperson X told us. … a British embassy spokesperson said. “…,” the spokesperson said":
        # someone unnamed of that post came in since the one named, and the bare post takes them up
    if len(names) > 1 and (author := byline_author(text)) is not None and author.name in names and author.start < head[0]:
        names.discard(author.name)  # the writer of a statement or a column says "I": "the Minister" in it is someone else
    if len(names) > 1:  # "Iraq's interior minister" after two ministers: the one whose post has "interior"
        # (only among those still in play: the writer's own "Minister for the Middle East" is out)
        words = text[max(0, head[0] - 40):head[0]].lower().split()[-2:]
        narrowed = {name for name, role in roles if name in names and any(w in role.split() for w in words)}
        names = narrowed if len(narrowed) == 1 else names
    if len(names) > 1 and _BARE_ROLE_BEFORE.search(text, max(0, head[0] - 30), head[0]):
        # a bare "the Minister" after the Prime Minister and the Minister of Interior: the one whose post opens with the word
        narrowed = {name for name, role in roles if role.split()[0] == word}
        names = narrowed if len(narrowed) == 1 else names
    if len(names) > 1 and _BARE_ROLE_BEFORE.search(text, max(0, head[0] - 30), head[0]):
        # "The Minister told me" after "the Minister of Interior and I signed": the one whose post its paragraph last wrote
        # out in full after naming them all (the bare word takes up the post just written; after the namings alone it is
        # either of them)
        named = max((end for end, name, _ in named_roles(text) if end <= before and name in names), default=0)
        lo = max(named, text.rfind("\n", 0, head[0]) + 1)
        written = text[lo:head[0]].lower()
        last = max((_last_written(written, role), len(role), role) for name, role in roles if name in names)
        narrowed = {name for name, role in roles if name in names and role == last[2]}
        names = narrowed if last[0] != -1 and len(narrowed) == 1 else names
    if len(names) > 1 and (of := _ROLE_OF.match(text, head[1])):
        # "The Governor of Sulaimani" after two governors: the one whose post is of that place
        place = of.group(1).lower().split()
        narrowed = {name for name, role in roles if all(w in role.split() for w in place)}
        if len(narrowed) > 1:  # a name listed with two such posts ("the Mayor of X, Mr. A, and the Mayor of Y, Mr. B" read
            # with Y's post on A too) is the one of the post that names no other place
            narrowed = {name for name in narrowed if all(all(w in role.split() for w in place) for n, role in roles if n == name)}
        names = narrowed if len(narrowed) == 1 else names
    return Mention(head[0], head[1], names.pop()) if len(names) == 1 else None


# "His Excellency stressed that “…”": the honorific alone as the subject, as a ministry's statement names its minister
_EXCELLENCY_SUBJECT = re.compile(r"\s*(?:(?:[Aa]lso|[Tt]hen|[Ll]ater|[Ff]urther),?\s+)?(?:His|Her) Excellency\s+(?:(?:also|further|then)\s+)?")
_EXCELLENCY_ROLE = re.compile(r"(?:His|Her) Excellency\s+(?:the\s+)?")
_HON_AFTER_EXCELLENCY = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Sheikh)\.?\s+)?")


def _excellency_speaker(text: str, head: int, before: int) -> Mention | None:
    """The official "His Excellency" stands for: the one the article names with the honorific before his title ("His
    Excellency the Minister of Interior, Mr. X"); None when it names none or several so."""
    names = set()
    for m in _EXCELLENCY_ROLE.finditer(text, 0, before):
        names |= {name for end, name, role in named_roles(text)
                  if text.startswith(role, m.end()) and m.end() + len(role) <= end <= m.end() + len(role) + 80}
        # ... or with the honorific before the name itself: "His Excellency Mr. X, Minister and Head of …"
        names |= {p.name for p in people(text) if p.name and _HON_AFTER_EXCELLENCY.fullmatch(text, m.end(), p.start)}
    return Mention(head, head + len("Excellency"), names.pop()) if len(names) == 1 else None


# a sentence opening with someone unnamed as its subject: "A constituent of mine, …", "One man …", "Another passenger"
# ... a number of people ("A dozen of her classmates"), whom "he" or "she" is not
_PLURAL_INDEFINITE = re.compile(r"(?:[.!?:]\s+|\n)(?:An?|One|Another)\s+(?:dozen|few|number|handful|couple|group|hundred|score)\s+of\s")
# (an age opening the description too: "A 23-year-old Iraqi man, who cannot be named, gave evidence")
# (or the speaker's own talk with someone unnamed, the sentence's object: "I spoke to a young man from Kalar. He told me")
# (after a place it is found in, too: "In a café in east Amman, a smuggler in his forties …")
_INDEFINITE_SUBJECT = re.compile(r"(?:[.!?:]\s+|\n)(?:(?:I|We)\s+(?:spoke|talked)\s+(?:to|with)\s+(?:an?|one|another)"
                                 r"|(?:In|At|Outside|Inside|Near|Behind)\s[^,.;:!?“”\"\n]{1,60},\s+(?:an?|one|another)"
                                 # (a nationality may come first: "An Iraqi Kurd from Kirkuk, who asked not to be named, said")
                                 r"|(?:An?|One|Another))\s+(?P<first>(?:[A-Z][a-z]+\s+(?=[A-Z]?[a-z])){0,2}(?:[a-z]|\d{1,3}-year-old|Kurd\b)[\w-]*)"
                                 r"(?:\s+of\s+(?:mine|ours|his|hers|theirs))?[\s,]")
# ... but a thing or an animal is no one a "he" or "she" could stand for: "A detection dog had indicated at the doors."
# (nor a court or a hearing: "A court in Bruges jailed two of them in May. “…,” he said" is still the officer's words before)
_THING_SUBJECT = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}(?:[a-z][\w-]*\s+){0,2}?(?:dog|lorry|lorries|truck|van|car|boat|dinghy|vessel|ferry|trailer|container|"
                            r"vehicle|search|raid|report|statement|letter|video|photo|message|warrant|camera|scanner|"
                            r"court|tribunal|hearing|trial|inquest)s?\b"
                            # (a campaign or a scheme too, "A television campaign, …, was …, she adds"; but "a campaign worker"
                            # is someone, the word only a modifier of the noun after it)
                            r"|(?:[A-Z][a-z]+\s+){0,2}(?:[a-z][\w-]*\s+){0,2}?(?:campaign|programme|program|scheme)s?"
                            r"(?=\s*[,.;:(]|\s+(?:of|for|to|against|that|which|was|were|is|are|has|had|ran|will|would)\b)"
                            r"|[a-z][\w-]*\s+(?:of\s+)?[$€£¥]\d")  # a sum ("An extra £800 would buy a seat", "A deposit of $1,000 was
    # required") is no one either
# ... but not one a pronoun is said to have said: "A second trial will open in May, he added." is the pronoun's words, its
# subject a thing, and the one speaking is still the person before (the sentence may go on: "A permit costs £50, he said, but
# the journey costs more")
_REPORTED_BY_PRONOUN = re.compile(rf"[^.!?“”\"«»\n]*,\s+{_PRONOUN}\s+(?:{VERBS})[.!?,]")
# ... nor one heading a list's entry, a price or a figure after its colon: "A seat on a boat from Dunkirk: €1,800" is a thing
_LISTED_THING = re.compile(r"[^.!?:;“”\"«»\n]{0,80}:[^\S\n]*[$€£¥]?\d")
# ... nor one describing the pronoun's own holder before it: "A grandmother of five, she has volunteered since 2023"
_DESCRIBES_PRONOUN = re.compile(r"[^,.;:!?“”\"«»\n]{0,60},\s+(?:he|she)\s+[a-z]")


# a sentence opening with an office as its subject: "The minister added", "Iraq's interior minister spoke of", "His Excellency the
# Prime Minister affirmed"
_OFFICE_OPENING = re.compile(r"(?:(?:His|Her)\s+Excellency\s+)?(?:[Tt]he|[A-Z][\w-]*[’']s)((?:\s+[\w-]+){1,3})")
# a sentence opening with a participle phrase ("Responding to …", "Asked about …"), then its subject, an office: ", the minister said"
_PARTICIPLE_START = re.compile(r"\s*(?:(?:After|Before|While|When|On|Upon)\s+[a-z]+ing|Asked|[A-Z][a-z]+ing)\s")
_OFFICE_AFTER_PHRASE = re.compile(rf",\s+[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?P<head>[\w-]+)\s+(?:{VERBS}|told)\b")


def _office_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the office word is of the last sentence in ``text[start:end]`` whose subject is an office."""
    found = None
    for m in _SENTENCE_END.finditer(text, start, end):
        found = _office_opening(text, m.end(), end) or found
    return found


_SPACES = re.compile(r"\s*")
# a short phrase opening a sentence before its subject: "For her part, the Ambassador …", "On the same day, the Minister …"
# (a participle's phrase runs longer: "Addressing dockworkers in the harbour's main office, the mayor said …")
_OPENING_PHRASE = re.compile(r"[A-Z][^.!?,;:“”\"«»\n]{0,80},\s+")


def _office_opening(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the office word is when the sentence at ``lo`` has an office as its subject ("The minister added", "For her
    part, the Ambassador conveyed"), past a short opening phrase."""
    at = [lo]
    if phrase := _OPENING_PHRASE.match(text, lo, hi):
        at.append(phrase.end())
    for pos in at:
        if opening := _OFFICE_OPENING.match(text, pos, hi):
            words = list(re.finditer(r"[\w-]+", opening.group(1)))
            k = next((i for i, w in enumerate(words) if _is_head(w.group(0))), None)
            if k is not None and k + 1 < len(words) and words[k + 1].group(0).islower():
                return opening.start(1) + words[k].start(), opening.start(1) + words[k].end()
    return None


# a sentence whose subject is someone unnamed speaking: "A Home Office spokesperson said:", "One official added"
_UNNAMED_SPEAKER = re.compile(rf"(?:[.!?:][’”\"']?\s+|\n)(?:An?|One|Another)\s+(?P<first>(?:[\w’'-]+\s+){{1,5}}?)(?:{VERBS})\b")


# ... or someone's relative left unnamed: "The dead man's cousin, reached by telephone in Leeds, said", "His sister told"
# (a name in apposition, "His brother, Karwan Aziz, said", is a mention of its own, and the pronoun after is his)
_UNNAMED_KIN_SPEAKER = re.compile(r"(?:[.!?:][’”\"']?\s+|\n)(?:The\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[’']s|His|Her|Their)\s+"
                                  r"(?:elder\s+|eldest\s+|younger\s+|youngest\s+|older\s+)?"
                                  r"(?:brother|son|husband|father|uncle|nephew|grandson|grandfather|sister|daughter|wife|mother|aunt|"
                                  r"niece|granddaughter|grandmother|cousin|widow|widower)"
                                  rf"(?:,\s+[a-z][^,.;:!?“”\"«»\n]{{0,60}},)?\s+(?:{VERBS})\b")

# ... or anyone the sentence says is left unnamed, whoever they are to someone named: "X's neighbour, a 19-year-old who asked
# not to be named, said", "A friend of Y, speaking on condition of anonymity, told" (the pronoun after is theirs, no named one's)
_ANONYMOUS_SPEAKER = re.compile(r"(?:[.!?:][’”\"']?\s+|\n)[A-Z][^.!?:;“”\"«»\n]{0,80}?,\s+(?:[^,.;:!?“”\"«»\n]{0,40}?\s)?"
                                r"(?:who\s+(?:asked|declined|did\s+not\s+want|refused|wished)\s+not\s+to\s+be\s+(?:named|identified)"
                                r"|who\s+(?:cannot|could\s+not|can(?:not|'t|’t)|may\s+not)\s+be\s+(?:named|identified)"
                                r"|(?:speaking\s+)?on\s+condition\s+of\s+anonymity),\s+"
                                rf"(?:{VERBS}|told)\b")


def _unnamed_speaker(text: str, lo: int, hi: int) -> bool:
    """Does someone unnamed speak between ``lo`` and ``hi`` ("A Home Office spokesperson said")? A thing "indicating" or
    "showing" is no one ("A detection dog had indicated at the doors", "A video showed")."""
    return any(not _THING_SUBJECT.match(text, m.start("first"), m.end("first")) for m in _UNNAMED_SPEAKER.finditer(text, lo, hi)) \
        or _UNNAMED_KIN_SPEAKER.search(text, lo, hi) is not None or _ANONYMOUS_SPEAKER.search(text, lo, hi) is not None


def _main_subject(text: str, before: int, least: int = 3) -> Mention | None:
    """The person named most often before ``before`` (surnames and forenames standing for them count), if named three
    times (``least``) or more and more often than anyone else; a mention at ``before`` standing for them."""
    counts: dict[str, int] = {}
    for m in people(text):
        if m.start < before and m.name:
            counts[m.name] = counts.get(m.name, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < least or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return Mention(before, before, ranked[0][0])


# a sentence opening with a participle phrase, then its subject: "Receiving X, ", "After meeting X last week, "
_PARTICIPIAL_OPENING = re.compile(r"(?:(?:After|Before|While|When|On|Upon|Since)\s+[a-z]+ing|[A-Z][a-z]+ing)\s[^.!?;:“”\"«»\n]*,\s*")


# a sentence whose subject pronoun follows a phrase of circumstance: "Under cross-examination by X, for Y, she accepted"
_PHRASE_BEFORE_PRONOUN = re.compile(r"(?:Under|During|In|On|After|Before|Asked|Questioned|Pressed|Challenged|Cross-examined)\s"
                                    r"[^.!?;:“”\"«»\n]{1,120}?,\s+(?P<p>[Hh]e|[Ss]he)\s+[a-z]")

# a relative named in apposition to whose relative they are: "Rana Aziz's brother, Karwan Aziz," (the sex the kin word tells)
# (or "His wife, Dr Y,": whose wife she is, whom "his" stands for)
_KIN_OF = re.compile(r"(?:(?P<owner>[A-Z][\w-]{1,30}(?:\s(?:al-|el-)?[A-Z][\w-]{1,30}){1,3})[’']s|(?<![\w-])(?P<poss>[Hh]is|[Hh]er))\s"
                     r"(?:(?:elder|eldest|younger|youngest|older|late)\s)?"
                     r"(?P<kin>brother|son|husband|father|uncle|nephew|grandson|grandfather|sister|daughter|wife|mother|aunt|niece|"
                     r"granddaughter|grandmother),?\s(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s)?$")
# (the comma after the kin word may be left out: "her son Karwan, 19, last called from Belarus" names a son as much)
_MALE_KIN = {"brother", "son", "husband", "father", "uncle", "nephew", "grandson", "grandfather"}


def _kin_of_other_sex(text: str, who: Mention, pronoun: str) -> Mention | None:
    """The one whose relative ``who`` is, when the pronoun cannot stand for the relative: "Rana Aziz's brother, Karwan
    Aziz, drowned in May. “…,” she said" is Rana Aziz's."""
    kin = _KIN_OF.search(text, max(0, who.start - 90), who.start)
    if kin is None or (kin.group("kin") in _MALE_KIN) == (pronoun == "he"):
        return None
    if kin.group("poss"):
        own = "he" if kin.group("poss").lower() == "his" else "she"
        # (a profile's "his" with no one named since its subject: the story's main subject)
        return (_pronoun_referent(text, kin.start(), pronoun=own) or _main_subject(text, kin.start())) if own == pronoun else None
    return Mention(kin.start("owner"), kin.end("owner"), kin.group("owner"))


_HE_SHE = re.compile(r"(?i:he|she)\b")


def _pronoun_speaker(text: str, before: int, singular: bool = False, pronoun: str | None = None) -> Mention | None:
    """The person a pronoun before ``before`` (or the pronoun at it) stands for (_pronoun_referent), or the one whose relative
    that person is, when "he" or "she" cannot stand for a sister or a brother (_kin_of_other_sex)."""
    if pronoun is None and (at := _HE_SHE.match(text, before)):
        pronoun = at.group(0)
    who = _pronoun_referent(text, before, singular, pronoun=pronoun)
    if who is not None and (author := byline_author(text)) is not None and who.start == author.start:
        return None  # "By X … They promised to “…”": the byline's writer is the column's "I", never a pronoun's referent
    if who is not None and who.name and pronoun is not None and _titled_other_sex(text, who.name, pronoun.lower()):
        # "she was less impressed than Sir Geoffrey. “…,” she said": "she" is no one titled Sir; the one before him
        who = _pronoun_referent(text, before, singular, exclude=who.name, pronoun=pronoun)
    if who is not None and pronoun is not None and pronoun.lower() in ("he", "she") \
            and _READ_FROM_UNNAMED.search(text, who.end, before):
        return None  # "X read out a message from a mother …. “…,” she wrote": the words are the unnamed writer's, not X's
    if who is not None and pronoun is not None and pronoun.lower() in ("he", "she"):
        return _kin_of_other_sex(text, who, pronoun.lower()) or who
    return who


# someone reading out what an unnamed person wrote: the pronoun after the words stands for the writer, named by no name
_READ_FROM_UNNAMED = re.compile(r"\b(?:read|reading)\s+(?:out|aloud|from)\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:message|letter|e-?mail|text|note|"
                                r"statement|testimony)\s+(?:from|by|written\s+by|sent\s+by)\s+(?:a|an|one)\s+[a-z]")


# the subject's own death, told in its clause: "X drowned", "X, 19, was killed", "X paid smugglers $9,000 and drowned";
# "X, whose son left in 2022 and drowned" tells a relative's death, and X speaks on
_DIED = re.compile(r"(?!,\s*whose\b)(?:,[^,.;:!?“”\"«»\n]{1,40},|,)?\s+(?:[a-z][^.;:!?“”\"«»\n]{0,60}?\s+and\s+)?"
                   r"(?:drowned|died|perished|(?:was|were)\s+(?:killed|murdered|shot\s+dead)|lost\s+(?:his|her|their)\s+lives?)\b")


# someone the paragraph's speaker tells of as arrested or charged ("X of Kent Police told the inquest that the two men had
# been identified. One of them, Y, was arrested in May. “…,” he said"): the one acted on in the passive, no subject of the
# pronoun's words, which go on being the speaker's named before in the paragraph
_HELD = re.compile(r"(?:,[^,.;:!?“”\"«»\n]{1,40},|,)?\s+(?:was|were|had\s+been|has\s+been)\s+(?:later\s+)?"
                   r"(?:arrested|detained|charged|convicted|jailed|sentenced|extradited|remanded|deported|caught|identified|traced)\b")
_TOLD_OF_BODY = re.compile(rf"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}})?"
                           rf"\s*(?:,[^,.;:“”\"«»\n]{{1,90}},\s*)?(?:{VERBS}|told)\b")


def _speaker_before_held(text: str, mentions: list[Mention], before: int) -> Mention | None:
    """The one subject of a speech verb in the pronoun's paragraph before its last named person, when that person was
    arrested or charged (_HELD); None otherwise."""
    last = mentions[-1]
    para = text.rfind("\n", 0, before) + 1
    if last.start < para or not _HELD.match(text, last.end):
        return None
    speakers = [m for m in mentions[:-1] if m.start >= para and m.name and m.name != last.name and _TOLD_OF_BODY.match(text, m.end)]
    return speakers[-1] if len({m.name for m in speakers}) == 1 else None


_WHOSE_KIN_BEFORE = re.compile(r"\bwhose\s(?:[a-z-]+\s)?(?:sons?|daughters?|brothers?|sisters?|husband|wife|father|mother|"
                               r"nephew|niece|cousin|grandson|granddaughter)\s$")


# one relative named after "whose", the kin word telling the relative's sex: "X, whose son Y, 24, ..."
_WHOSE_KIN_NAMED = re.compile(r"\bwhose\s(?:[a-z-]+\s)?(?P<kin>son|daughter|brother|sister|husband|wife|father|mother|nephew|niece|"
                              r"grandson|granddaughter),?\s$")


# an honorific that tells its holder's sex: "Sir Geoffrey", "Mrs Aziz"
_MALE_TITLE = re.compile(r"(?<![\w-])(?:Sir|Mr\.?|Lord)\s$")
_FEMALE_TITLE = re.compile(r"(?<![\w-])(?:Dame|Mrs\.?|Ms\.?|Miss|Lady|Baroness)\s$")


def _titled_other_sex(text: str, name: str, pronoun: str) -> bool:
    """Is the person ``name`` ever titled with an honorific of the other sex than "he" or "she" tells?"""
    if pronoun not in ("he", "she"):
        return False
    title = _MALE_TITLE if pronoun == "she" else _FEMALE_TITLE
    # (a peer's title is part of the name the people pattern gives: "Lord Hadley")
    if " " in name and title.search(name.split(" ", 1)[0] + " "):
        return True
    return any(m.name == name and title.search(text, max(0, m.start - 10), m.start) for m in people(text))


# a sentence whose subject is "he" or "she", an opening phrase before it: "Last summer he sold …", "In 2019, she left …"
_PRONOUN_OPENS = re.compile(r"(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3},?\s+)?(?P<p>[Hh]e|[Ss]he)\s+[a-z]")


# a sentence whose first word is "he" or "she", its subject ("Asked whether he is afraid, X lit …" is X's sentence)
_PRONOUN_FIRST = re.compile(r"\s*(?P<p>[Hh]e|[Ss]he)\s+[a-z]")
# the title right before a name, in apposition or not: "the Border Security Minister, | X", "Interior Minister | X"
_TITLE_ENDS = re.compile(r"(?<![\w’'-])(?P<head>[\w.’'-]+),?\s+$")


# the last sentence's subject a description, no name nor office: "…, the smuggler replied within minutes. “…,” he said"
_DESCRIBED_SUBJECT = re.compile(rf"(?:^|,\s+)[Tt]he\s+(?P<noun>[a-z][\w-]{{2,20}})\s+(?:{VERBS}|answered|messaged|texted|wrote back)\b")


def _described_speaker(text: str, before: int) -> Mention | None:
    """The one person the text named with the description that is the last sentence's subject ("The smuggler, X, 34," or "X,
    the smuggler,"), for a pronoun after it when no one is named near."""
    end = before
    while end > 0 and text[end - 1].isspace():
        end -= 1
    end -= 1  # the last sentence's own stop
    lo = _sentence_start(text, max(0, end - 400), end)
    if lo is None or not (m := _DESCRIBED_SUBJECT.search(text, lo, before)):
        return None
    noun = re.escape(m.group("noun"))
    described = re.compile(rf"[Tt]he\s+{noun},\s+$")
    after = re.compile(rf"(?:,[^,.;]{{1,40}})?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}{noun}\b")
    names = {p.name for p in people(text) if p.name and p.end < lo
             and (described.search(text, max(0, p.start - 30), p.start) or after.match(text, p.end))}
    return Mention(m.start("noun"), m.end("noun"), names.pop()) if len(names) == 1 else None


# the paper's own journalist, named to say where they report from ("Our political correspondent, X, is in the gallery"): no one
# whose quoted words a pronoun after stands for, unless said to speak there ("Our correspondent X says")
_OWN_REPORTER = re.compile(r"\b[Oo]ur\s+(?:[a-z]+\s+){0,2}(?:correspondent|reporter|editor|journalist),?\s+$")


# someone named again only in the possessive, in a sentence after the last name ("Hawkar's claim was refused. He flew back",
# "The messages on Mr Aziz's phones show how he …"): whom the story goes on about, unless what follows is a person of theirs
# ("Aziz's lawyer", "Roe's sister"), who may be the one the pronoun stands for
_POSSESSIVE_NAME = re.compile(r"(?<![\w’'-])(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?(?P<w>[A-Z][a-z][\w-]{1,25})[’']s\s+"
                             r"(?P<n>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")
# (in the sentence's subject: "the man who held Hawkar's debt" is someone else, the owner no subject)
_POSSESSIVE_OPENS = re.compile(r"(?:[.!?][’”\"]?\s+|\n)(?:The\s(?:[a-z][\w-]*\s){1,4})?$")
_PERSON_OF_OWNER = frozenset({
    "brother", "sister", "son", "daughter", "cousin", "uncle", "aunt", "nephew", "niece", "father", "mother", "husband",
    "wife", "partner", "grandson", "granddaughter", "grandfather", "grandmother", "friend", "colleague", "lawyer",
    "solicitor", "barrister", "counsel", "advocate", "spokesman", "spokeswoman", "spokesperson", "aide", "driver", "widow",
    "child", "children", "family", "parents", "boss", "deputy", "assistant", "neighbour", "girlfriend", "boyfriend",
})


def _possessive_owner(text: str, lo: int, hi: int) -> Mention | None:
    """The one person a possessive name after the sentence ``lo`` ends in stands for, between ``lo`` and ``hi``."""
    stop = _SENTENCE_END.search(text, lo, hi)
    if stop is None or "’s " not in text[stop.end():hi] and "'s " not in text[stop.end():hi]:
        return None
    found = [m for m in _POSSESSIVE_NAME.finditer(text, stop.end(), hi) if not quoted(text, m.start())
             and _POSSESSIVE_OPENS.search(text, max(0, m.start() - 50), m.start())]
    if len({m.group("w") for m in found}) != 1 or any(w in _PERSON_OF_OWNER or _is_head(w) for m in found for w in m.group("n").split()):
        return None
    key = found[0].group("w").lower()
    names = {m.name for m in people(text) if m.name and m.start < found[0].start()
             and (m.name.lower() == key or key in {w.lower() for w in m.name.split()[-1:]})}
    if len(names) != 1:
        return None
    return Mention(found[0].start("w"), found[0].end("w"), names.pop())


# a rule on a line of its own between a page's items (letters, posts, entries): "---", "***", "* * *", "___"
_ITEM_RULE = re.compile(r"(?m)^[^\S\n]*(?:-{3,}|\*{3,}|(?:\* ){2,}\*|_{3,})[^\S\n]*$")


@lru_cache(maxsize=16)
def _item_rules(text: str) -> tuple[int, ...]:
    """Where each rule between a page's items ends, found once per article (none without three rule marks in a row)."""
    if "---" not in text and "**" not in text and "* *" not in text and "___" not in text:
        return ()
    return tuple(m.end() for m in _ITEM_RULE.finditer(text))


# the words that tell one sex of whom they stand for: "he", "his", "him"; "she", "her"
_SEX_PRONOUNS = {"he": re.compile(r"(?<![\w’'-])(?i:he|him|his|himself)(?![\w’'-])"),
                 "she": re.compile(r"(?<![\w’'-])(?i:she|her|hers|herself)(?![\w’'-])")}


def _named_as_other_sex(text: str, who: Mention, lo: int, hi: int, pronoun: str) -> bool:
    """Is ``who``, the one person the sentence ``lo``..``hi`` names, told of there by the other sex's pronoun after the name
    (and never by ``pronoun``'s), with ``pronoun``'s sex before it only ("her son … when X said he would")?"""
    own, other = _SEX_PRONOUNS[pronoun], _SEX_PRONOUNS["she" if pronoun == "he" else "he"]
    return own.search(text, lo, who.start) is not None and other.search(text, lo, who.start) is None \
        and other.search(text, who.end, hi) is not None and own.search(text, who.end, hi) is None


# the stretch between a speaker's name and a pronoun after that speaker's quotation: a verb of saying, a colon or a comma, and
# nothing but quoted paragraphs (closed or run on) and blank lines after it
_SAYS_THEN_QUOTES = re.compile(rf"\s*(?:{VERBS}|told)\b[^.;:!?“”\"«»\n]{{0,40}}?[:,]\s*")


# a name in a list of places ending in a plural place noun ("in X, Y and Z districts"): places, no one a pronoun stands for
_LISTED_PLACES = re.compile(r"(?:(?:,\s+|,?\s+(?:and|or)\s+)(?:al-|el-)?[A-Z][\w’'-]*(?:\s+(?:al-|el-)?[A-Z][\w’'-]*){0,3})*"
                            r"\s+(?:districts|provinces|governorates|neighbourhoods|neighborhoods|regions|counties|boroughs|"
                            r"suburbs|villages|towns|camps|areas)\b")

# (led by a word a place follows, "in", "across", or by the list's own comma or "and": "run by X and Y areas" names X)
_PLACE_LIST_LEAD = re.compile(r"(?:(?<![\w-])(?:in|across|from|of|and|or)|,)\s+(?:al-|el-)?$")


def _speaker_of_quotes_before(text: str, before: int) -> Mention | None:
    """The one named person who opened the quotation that runs on, paragraph after paragraph, to the sentence at ``before``
    (each paragraph between opening with a quotation mark), when that name is further back than the lookback window."""
    found = [m for m in mentions_before(text, before, 4 * MAX_LOOKBACK) if m.name and not quoted(text, m.start)]
    if not found:
        return None
    last = found[-1]
    says = _SAYS_THEN_QUOTES.match(text, last.end)
    if says is None or says.end() >= before or text[says.end():says.end() + 1] not in _MARKS:
        return None
    lo = says.end()
    # every paragraph from the quotation's opening to the pronoun's opens with a quotation mark, and all is quoted but gaps
    paras = [p for p in re.split(r"\n\s*\n", text[lo:before].strip()) if p]
    if not paras or any(p[0] not in _MARKS for p in paras):
        return None
    pos = lo
    while pos < before:
        if not text[pos].isspace() and text[pos] not in _MARKS and not quoted(text, pos):
            return None
        pos += 1
    return last


def _pronoun_referent(text: str, before: int, singular: bool = False, exclude: str | None = None,
                      pronoun: str | None = None, depth: int = 0) -> Mention | None:
    """The person a pronoun before ``before`` stands for: the last sentence naming someone names one person,
    or one of them is the subject of a speech verb; None when it is ambiguous."""
    # a name inside a quotation is someone the speaker spoke of ("“… the Common Travel Area makes this …,” she said")
    # "Receiving X last week, he described …", "After meeting X, she said": the pronoun is the participle's subject, and whom
    # the participle names is its object, not the one the pronoun stands for
    opening = _sentence_start(text, max(0, before - 300), before)
    if opening is not None and _PARTICIPIAL_OPENING.fullmatch(text, opening, before):
        before = opening
    mentions = [m for m in mentions_before(text, before, MAX_LOOKBACK)
                if (exclude is None or m.name != exclude) and not _ADDRESSEE.search(text, max(0, m.start - 60), m.start)
                and not (_OWN_REPORTER.search(text, max(0, m.start - 50), m.start) and not _SPEECH_SUBJECT.match(text, m.end))
                and (not quoted(text, m.start) or _ALIAS_BEFORE.search(text, max(0, m.start - 40), m.start))
                and not (_LISTED_PLACES.match(text, m.end) and _PLACE_LIST_LEAD.search(text, max(0, m.start - 12), m.start))]
    # "…\n\nX, Kibworth\n\n---\n\nSir, … my cousin … “…,” he told me": a pronoun in one item of a page (a letter, a post) stands
    # for no one named only in an item before its rule
    if mentions and (rules := _item_rules(text)) and (k := bisect_right(rules, before) - 1) >= 0 \
            and rules[k] > mentions[-1].start:
        mentions = [m for m in mentions if m.start > rules[k]]
        if not mentions:
            return None
    # "His brother, X, paid smugglers and drowned in 2021. … “…,” he said": the dead speak no later words; the pronoun is
    # the one named before them (whose relative they were)
    # (the name after "whose son" is the son's, though it may resolve to a parent named after him: "Umm Karim, whose son
    # Karim drowned" speaks on)
    dead = {m.name for m in mentions if m.name and (died := _DIED.match(text, m.end)) and not _VERB_BEFORE.search(died.group(0))
            and not _WHOSE_KIN_BEFORE.search(text, max(0, m.start - 40), m.start)}
    if dead and mentions[-1].name in dead and (kin := _KIN_OF.search(text, max(0, mentions[-1].start - 90), mentions[-1].start)) \
            and kin.group("owner"):
        return Mention(kin.start("owner"), kin.end("owner"), kin.group("owner"))  # "X's brother, Y, … drowned": X
    if dead:
        mentions = [m for m in mentions if m.name not in dead]
    if mentions and (teller := _speaker_before_held(text, mentions, before)):
        return teller  # "X told the inquest that …. One of them, Y, was arrested …. “…,” he said": X
    # "His Excellency Mr. X, Minister …, received Y, accompanied by Z, Defence Attaché …. His Excellency affirmed …. He stated":
    # a ministry's statement names its minister by the honorific alone, the subject of a sentence since the last name
    lo = mentions[-1].end if mentions else max(0, before - MAX_LOOKBACK)
    if (exc := text.rfind("Excellency", lo, before)) != -1 and (opening := _sentence_start(text, max(lo, exc - 30), exc)) is not None \
            and _EXCELLENCY_SUBJECT.match(text, opening) and (who := _excellency_speaker(text, exc, before)):
        return who
    if not mentions and pronoun is not None and pronoun.lower() in ("he", "she") \
            and (long_speaker := _speaker_of_quotes_before(text, before)) is not None:
        return long_speaker  # "X said: “…\n\n“…\n\n“…”\n\nShe added": X, whose quotation ran on past the window to the pronoun
    if not mentions:
        # no one named near, but an office the subject of a sentence since ("… The Minister stressed …. He added"): its holder
        head = _office_subject(text, max(0, before - MAX_LOOKBACK), before)
        who = _role_speaker(text, head, before) if head else _described_speaker(text, before)
        if who is None and pronoun is not None and pronoun.lower() in ("he", "she") \
                and (main := _main_subject(text, before, 2)) and not _titled_other_sex(text, main.name or "", pronoun.lower()):
            # a profile's "he says" long after its subject was last named, no one else named since: the one it is about
            # (named twice is enough when no one else is: a profile names its subject in the standfirst and once in the text)
            who = main
        return who
    last = mentions[-1]
    if _unnamed_speaker(text, last.end, before):
        # "…, says X.\n\nA Home Office spokesperson said: “…”\n\n“…,” he says": someone unnamed spoke between, so the pronoun
        # is not X's; a paragraph of its own opening with the quotation goes back to the story's main subject, the one
        # person named most (three times or more)
        para = text.rfind("\n\n", last.end, before)
        opens = para != -1 and text[para + 2:para + 3] in _MARKS and not _unnamed_speaker(text, para, before)
        return _main_subject(text, before) if opens else None
    head = _office_subject(text, last.end, before)
    # (one inside a quotation is someone the speaker spoke of: "“… A young man from Ranya who owes $14,000 is …” She added")
    unnamed = [m for m in _INDEFINITE_SUBJECT.finditer(text, last.end, before)
               if not _REPORTED_BY_PRONOUN.match(text, m.end()) and not _LISTED_THING.match(text, m.end())
               and not (singular and _PLURAL_INDEFINITE.match(text, m.start()))
               and not quoted(text, m.end() - 1) and not _DESCRIBES_PRONOUN.match(text, m.end())
               and not _THING_SUBJECT.match(text, m.start("first"), min(len(text), m.start("first") + 60))]
    if unnamed and not (head and head[0] > unnamed[-1].end()):
        # "X: … A constituent of mine paid smugglers. He told me": someone unnamed came between (a judge, a driver); but a
        # profile's paragraph of its own opening with the quotation, "he says" after it, goes back to the story's main
        # subject, as after someone unnamed spoke (above)
        para = text.rfind("\n\n", last.end, before)
        if pronoun is not None and pronoun.lower() in ("he", "she") and para != -1 and text[para + 2:para + 3] in _MARKS \
                and (main := _main_subject(text, before)) and not _titled_other_sex(text, main.name or "", pronoun.lower()):
            return main
        return None
    if (owner := _possessive_owner(text, last.end, before)) is not None and not (head and head[0] > owner.start) \
            and not (pronoun is not None and _titled_other_sex(text, owner.name or "", pronoun.lower())):
        return owner
    if head:
        # "X said … Iraq's interior minister spoke of …. «…», he said" (an office named after a statement's subject too: "A
        # statement from the Media Office stated …. His Excellency the Prime Minister affirmed …. He stressed")
        return _role_speaker(text, head, before)
    # the sentence of the last mention: every mention in it ("Mr. Alistair Penrose": an honorific's dot ends none)
    sentence_start = _sentence_start(text, max(0, last.start - 400), last.start) or max(0, last.start - 400)
    stop = _SENTENCE_END.search(text, last.end, before)
    if _PARTICIPLE_START.match(text, sentence_start) \
            and (office := _OFFICE_AFTER_PHRASE.search(text, last.end, stop.start() if stop else before)) \
            and _is_head(office.group("head")) and (who := _role_speaker(text, office.span("head"), before)):
        # "Responding to a debate secured by X, the MP for Y, the minister said …. She told members": the office is the subject,
        # whom the participle names its object
        return who
    # "Under cross-examination by X, for Y, she accepted …. “…,” she replied": whom the opening phrase names is no subject;
    # the pronoun stands for whom it stood for there
    if pronoun is not None and depth < 2 and (phrase := _PHRASE_BEFORE_PRONOUN.match(text, sentence_start, before)) \
            and phrase.group("p").lower() == pronoun.lower() and phrase.start("p") > last.end:
        return _pronoun_referent(text, sentence_start, singular, exclude, pronoun, depth + 1)
    same = [m for m in mentions if m.start >= sentence_start]
    if pronoun is not None and pronoun.lower() in ("he", "she"):
        # "“…,” said X, 52, whose son Y, 24, is missing. … “…,” she said": the relative named after "whose", of the other sex
        # than the pronoun tells, is not whom it stands for
        same = [m for m in same if not ((k := _WHOSE_KIN_NAMED.search(text, max(0, m.start - 40), m.start))
                                        and (k.group("kin") in _MALE_KIN) != (pronoun.lower() == "he"))] or same
    names = {m.name for m in same}
    if len(names) == 1 and None not in names and pronoun is not None and pronoun.lower() in ("he", "she") and depth < 2 \
            and _named_as_other_sex(text, same[-1], sentence_start, stop.start() if stop else before, pronoun.lower()) \
            and (prior := _pronoun_referent(text, sentence_start, singular, exclude, pronoun, depth + 1)) is not None \
            and prior.name != same[-1].name:
        # "Her son last rang in May, when X, 22, said he would cross. “…,” she said": X, told of as "he" after "her", is not
        # whom "she" stands for; whom "her" stood for is
        return prior
    if len(names) == 1 and None not in names:
        # ... unless that sentence opens with the same pronoun and names an official by title as its object: "She will meet
        # the minister, X, on Friday. “…,” she said" goes on with whom "she" stood for before (X when no one is found there)
        # ("He asks that I call him Hawkar": a name given to the pronoun's own holder, no title, stays his)
        if pronoun is not None and depth < 2 and (opens := _PRONOUN_FIRST.match(text, sentence_start, same[0].start)) \
                and opens.group("p").lower() == pronoun.lower() \
                and (title := _TITLE_ENDS.search(text, max(0, same[0].start - 40), same[0].start)) and _is_head(title.group("head")):
            return _pronoun_referent(text, sentence_start, singular, exclude, pronoun, depth + 1) or same[-1]
        return same[-1]
    # ... a name in commas after a description being one ("Their uncle, X, said …": X, the appositive, says it)
    # (only when no name is the subject otherwise: "X, who met Y's minister, Z, said": X)
    subjects = [m for m in same if m.name and _SPEECH_SUBJECT.match(text, m.end)] \
        or [m for m in same if m.name and _APPOSITIVE_SAYS.match(text, m.end) and text[max(0, m.start - 2):m.start] == ", "]
    # (a place or body whose name the speaker's, in commas, follows is no subject of its own: "the coordinator in X,
    # Captain Y, said …. “…,” he said": Y)
    subjects = [next((o for o in same if o.name and o.start > m.end and _NAME_IN_COMMAS.fullmatch(text, m.end, o.start)
                      and _APPOSITIVE_SAYS.match(text, o.end)), m) for m in subjects]
    if len({m.name for m in subjects}) == 1:
        return subjects[-1]
    # (one named inside the other's appositive shares its verb: "X, a worker at the centre in Y, who …, said": X, the first)
    if len(subjects) > 1 and len({(sm := _SPEECH_SUBJECT.match(text, m.end)) and sm.end() for m in subjects}) == 1 \
            and _SUBJECT_LEAD.fullmatch(text, sentence_start, subjects[0].start):
        return subjects[0]
    # ... or, when the subject spoke to or interviewed the one named next ("Our reporter, X, spoke to Y, 31, who …"), the one
    # interviewed: a reporter's or a researcher's talk is told for the words it drew
    if len(same) >= 2 and same[0].name and same[1].name and same[1].name != same[0].name \
            and _SUBJECT_LEAD.fullmatch(text, sentence_start, same[0].start) \
            and (talk := _SPOKE_TO.match(text, same[0].end)) and talk.end() == same[1].start:
        return same[1]
    # ... or, when that sentence's subject (not a name after it) is the same pronoun, named only before it ("Rashid, 38, is
    # from Ranya. Last summer he took their children, X, 9, and Y, 6, to Britain. “…,” he says": whom the pronoun stood for
    # there, not whom he took)
    if pronoun is not None and depth < 2 and same and (opens := _PRONOUN_OPENS.match(text, sentence_start, same[0].start)) \
            and opens.group("p").lower() == pronoun.lower():
        return _pronoun_referent(text, sentence_start, singular, exclude, pronoun, depth + 1)
    # ... or the sentence's subject, named first after its role ("His Excellency the Minister of Interior, Mr. X, received
    # a delegation headed by Y", "Interior Minister X met Y"; not "X and Y were"), when no sentence since has a subject of its own other than a pronoun or an honorific
    if same and same[0].name and _SUBJECT_LEAD.fullmatch(text, sentence_start, same[0].start) \
            and _SUBJECT_AFTER.match(text, same[0].end) and not _other_subject_since(text, last.end, before, pronoun):
        return same[0]
    return None
