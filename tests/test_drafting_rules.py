"""Each drafting rule of issue 20 on a sentence of its own (none of them from tests/articles): statements
and their speakers, events with their dates and status, measures, the numbers that are not figures or
money, and the fields (officials' roles, producers, purposes)."""

from __future__ import annotations

import pytest

from uis_build.drafting import candidate_records


def proposed(text: str, table: str, reference: str | None = None) -> list[dict]:
    text += "\n"
    return [c for c in candidate_records(text, reference=reference) if c["table"] == table]


def one(text: str, table: str, reference: str | None = None) -> dict:
    found = proposed(text, table, reference)
    assert len(found) == 1, found
    return found[0]


# -- statements ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("“We will not stop until the gangs are gone,” said Farida Osman, the border commissioner.",
     "We will not stop until the gangs are gone", "Farida Osman"),
    ('"The routes have moved east this year," Jonas Becker said.', "The routes have moved east this year", "Jonas Becker"),
    ("«Nous devons agir ensemble contre les passeurs», Claire Dubois told reporters.",
     "Nous devons agir ensemble contre les passeurs", "Claire Dubois"),
    ("Minister Goran Aziz spoke in Erbil. ‘Every family here knows someone who left,’ he said.",
     "Every family here knows someone who left", "Goran Aziz"),
    ("Director Hevi Rashid visited the camp. 'Nobody here wants to go back to the sea,' she said.",
     "Nobody here wants to go back to the sea", "Hevi Rashid"),
    ('The scheme "will change how returns work", according to Paul Hendricks, the agency’s chief executive.',
     "will change how returns work", "Paul Hendricks"),
    ('Inspector Amal Youssef said: "We are seeing younger and younger children on the boats."',
     "We are seeing younger and younger children on the boats.", "Amal Youssef"),
    ("Ambassador Laura Finch called the plan ‘a serious step forward for both countries’.",
     "a serious step forward for both countries", "Laura Finch"),
])
def test_a_quotation_is_a_statement_with_its_speaker(text, words, speaker):
    c = one(text, "statements")
    assert c["text_text"] == words and c["speaker"] == speaker
    assert c["quote"] == (text + "\n")[c["char_start"]:c["char_end"]] and speaker in c["quote"]


def test_a_surname_stands_for_the_full_name_named_before():
    c = proposed("Minister Dara Salih opened the centre.\n\n“It is a start,” Salih told the crowd.", "statements")[0]
    assert c["speaker"] == "Dara Salih" and c["speaker_text"] == "Salih"


def test_a_quotation_over_paragraphs_is_one_statement():
    text = "Kamal Hussein said:\n\n“The first part of what I want to say.\n\n“And the second part of it.”"
    c = one(text, "statements")
    assert c["text_text"].startswith("The first part") and c["text_text"].endswith("the second part of it.")
    assert c["speaker"] == "Kamal Hussein"


def test_a_pronoun_with_two_people_named_before_is_left_for_review():
    text = "Judge Anna Berg and Colonel Rawa Ali were both in court. “It was a long trial,” she said."
    assert one(text, "statements")["speaker"] is None


def test_scare_quotes_are_not_statements():
    assert proposed("The two sides signed two “important” deals, known as the “Erbil accords”.", "statements") == []


@pytest.mark.parametrize("text, speaker, kind", [
    ("Home Office minister Rachel Morland visited Baghdad.\n\n“Returns are working,” Morland said.", "Rachel Morland", "official"),
    ("Sara Ahmed, a lawyer who represents asylum seekers, said: “Nobody should be sent back unheard.”", "Sara Ahmed", "person"),
    ("“I paid them everything we had,” said Aram Sabir, who crossed the Channel in a dinghy.", "Aram Sabir", "person"),
    ("The Interior Ministry said: “We will publish the figures every month.”", "Interior Ministry", "organization"),
])
def test_a_speaker_is_an_official_a_person_named_or_an_office(text, speaker, kind):
    """A person in no officials entry (a lawyer, a migrant) is named (speaker_name), never guessed to be an official."""
    c = one(text, "statements")
    assert (c["speaker"], c["speaker_kind"]) == (speaker, kind)


def test_the_draft_says_which_speaker_column_to_curate():
    from uis_build.drafting.draft import draft_annotation

    text = ("Minister Dara Salih opened the centre.\n\n“It is a start,” Salih told the crowd.\n\n"
            "“It is not enough,” said Lena Vogt, a lawyer at the Migrant Justice Forum.\n")
    draft = draft_annotation(candidate_records(text), "005-test")
    assert "said by Dara Salih, an official -> records.yaml: speaker_official_id: off-TODO-1" in draft
    assert "said by Lena Vogt, not in officials -> records.yaml: speaker_name: Lena Vogt" in draft
    assert "speaker_official_id: off-TODO-2" not in draft


# -- events -------------------------------------------------------------------------------------------

def _event(text, reference="2024-12-04"):
    return [(c["event_type"], c["date"], c["status"], c["date_text"]) for c in proposed(text, "events", reference)]


@pytest.mark.parametrize("text, expected", [
    # day and month without a year: the latest on or before the reference for what happened ...
    ("The two ministers met in Basra on 28 November.", [("meeting", "2024-11-28", "occurred", "on 28 November")]),
    ("The two ministers met in Basra on 28 December.", [("meeting", "2023-12-28", "occurred", "on 28 December")]),
    # ... and the earliest on or after it for what is planned
    ("The ministers will meet in Basra on 10 January.", [("planned_meeting", "2025-01-10", "planned", "on 10 January")]),
    # a weekday: the last one for what happened, the next one for what is planned (2024-12-04 is a Wednesday)
    ("Police arrested six men in Dohuk on Monday.", [("arrest", "2024-12-02", "occurred", "on Monday")]),
    ("The minister is scheduled to visit Kirkuk on Friday.", [("visit", "2024-12-06", "planned", "on Friday")]),
    ("Officials are due to hold talks in Amman next month.", [("planned_meeting", "2025-01", "planned", "next month")]),
    ("The ministry plans to host a donors’ conference in Erbil in March.",
     [("planned_meeting", "2025-03", "planned", "in March")]),
    ("The delegation landed in Baghdad last week.", [("visit", "2024-11-25/2024-12-01", "occurred", "last week")]),
    # the date of the announcement is not the date of what it announces
    ("The ministry announced on Tuesday that the two sides had signed the deal last week.",
     [("announcement", "2024-12-03", "occurred", "on Tuesday"), ("signing", "2024-11-25/2024-12-01", "occurred", "last week")]),
    # a sentence with two events gives two; the second shares the first's day
    ("The envoy visited Zakho on Sunday and met the mayor.",
     [("visit", "2024-12-01", "occurred", "on Sunday"), ("meeting", "2024-12-01", "occurred", "on Sunday")]),
    # a conviction is dated by its verdict, never by the offence period
    ("He was convicted on 20 November of smuggling people between 2019 and 2022.",
     [("court_ruling", "2024-11-20", "occurred", "on 20 November")]),
])
def test_events_are_typed_dated_and_planned_or_occurred(text, expected):
    assert _event(text) == expected


def test_a_date_said_of_the_speaking_dates_no_event():
    assert _event("Police have arrested nine smugglers, the ministry said on Sunday.") == [("arrest", None, "occurred", None)]


def test_a_dateline_dates_no_event():
    assert _event("ZAKHO, Dec 3 — Police arrested nine smugglers near the border.") == [("arrest", None, "occurred", None)]


def test_if_convicted_is_no_event():
    assert _event("The men face ten years in prison if convicted.") == []


# -- measures -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("The two ministries will build a biometric registration system for returnees.", "data_system"),
    ("The agency will train 80 Iraqi customs officers in document checks.", "training"),
    ("Returnees will join a reintegration programme run by the city.", "reintegration"),
    ("The Home Office will post an immigration liaison officer to Basra.", "liaison_officer"),
    ("Britain will provide ten patrol boats for the river police.", "equipment"),
    ("A joint intelligence cell in Duhok will track the networks.", "joint_intelligence_cell"),
    ("Police in both countries set up a joint investigation team.", "joint_investigation_team"),
    ("The deal allows faster returns of rejected asylum seekers.", "returns"),
    ("An awareness campaign will run in schools.", "communications_campaign"),
    ("Both sides agreed to share intelligence on smuggling routes.", "intelligence_sharing"),
])
def test_each_kind_of_measure_is_proposed(text, kind):
    assert one(text, "measures")["measure_type"] == kind


def test_seized_boats_are_no_equipment_measure_and_headlines_are_skipped():
    assert proposed("Police seized three cars and two boats.", "measures") == []
    assert proposed("Britain to fund awareness campaign in Iraq\n\nThe plan was welcomed.", "measures") == []


@pytest.mark.parametrize("text", [
    "Britain is paying for a digital platform that lets Kurdish police match visitors' passports with the Interpol watch list.",
    "The ministry will install a system at Mosul airport comparing passenger manifests with its records of wanted men.",
    "A secure link will let officers in Zakho check lorry drivers' fingerprints against British police databases.",
])
def test_a_data_system_told_by_what_it_checks_is_a_data_system(text):
    assert one(text, "measures")["measure_type"] == "data_system"


def test_a_link_that_checks_nothing_against_records_is_no_data_system():
    assert proposed("The gang used a messaging platform to check customers' passports with a photo.", "measures") == []


@pytest.mark.parametrize("text, words", [
    ("Officials said a secure connection to the British police database would open in May.", "secure connection"),
    ("A direct link between Iraq's and Britain's visa systems is planned.", "direct link"),
    ("Engineers are building an electronic link with the Kurdistan Region's immigration records.", "electronic link"),
])
def test_a_link_between_databases_is_a_data_system(text, words):
    found = one(text, "measures")
    assert (found["measure_type"], found["description_text"].startswith(words)) == ("data_system", True)


@pytest.mark.parametrize("text", [
    "Police found a link between the gangs and a car wash in Derby.",
    "Lawyers noted a link between the two legal systems.",
])
def test_a_link_between_other_things_is_no_data_system(text):
    assert proposed(text, "measures") == []


def test_a_link_between_other_records_is_a_second_data_system_and_one_between_fingerprint_databases_the_same():
    first = "Britain paid for a biometric data-sharing system. "
    other = proposed(first + "A secure link to the Iraqi police database will follow in May.", "measures")
    assert [c["description_text"].split()[0] for c in other] == ["biometric", "secure"]
    same = proposed(first + "A secure link between the fingerprint databases will follow in May.", "measures")
    assert [c["description_text"].split()[0] for c in same] == ["biometric"]


@pytest.mark.parametrize("text", [
    "The embassy donated six passport readers to the airport police.",
    "Britain will supply baggage X-ray machines for Erbil airport.",
    "The unit received forgery-detection kits last month.",
    "Germany gave the port two document scanners and an X-ray machine.",
])
def test_equipment_named_by_what_it_checks_is_equipment(text):
    assert {c["measure_type"] for c in proposed(text, "measures")} == {"equipment"}


def test_equipment_named_by_what_it_checks_but_found_is_no_measure():
    assert proposed("Police found two passport readers in the van.", "measures") == []


def test_an_appeal_to_the_public_to_use_a_hotline_is_no_proposal():
    text = ("Police urged residents to report smugglers on the free hotline 1122, and said they were running an awareness "
            "campaign on local radio.")
    assert [c["measure_type"] for c in proposed(text, "measures")] == ["hotline", "communications_campaign"]
    assert proposed("The report urged ministers to set up a hotline for victims.", "measures") == []


@pytest.mark.parametrize("text, kind", [
    ("The colonel urged parents who fear a son may leave with a smuggler to ring the ministry's hotline, 1122.", "hotline"),
    ("Police called on worried relatives to use the free hotline 4455.", "hotline"),
    ("The governor urged young men thinking of the journey to follow the awareness campaign on local radio.",
     "communications_campaign"),
])
def test_an_appeal_to_the_people_it_names_to_use_a_measure_is_no_proposal(text, kind):
    assert one(text, "measures")["measure_type"] == kind


@pytest.mark.parametrize("text", [
    "The charity urged the government to help families by setting up a hotline.",  # the appeal is to the government
    "The MP called on the Home Office to fund a helpline for parents.",
])
def test_a_call_on_the_authorities_for_a_measure_is_still_a_proposal(text):
    assert proposed(text, "measures") == []


@pytest.mark.parametrize("text, words", [
    ("Victims can ring the charity Safe Haven in confidence on 0808 200 3344.", "ring the charity Safe Haven in confidence"),
    ("Call the modern slavery line on 0800 0121 700 or online.", "Call the modern slavery line"),
    ("Witnesses can phone Victim Care Kurdistan free on 0750 900 1100.", "phone Victim Care Kurdistan free"),
    ("Anyone worried about a relative can contact Safe Passage UK in confidence on 0808 555 2020.",
     "contact Safe Passage UK in confidence"),
    ("To report a crossing, ring Fearless on 0800 123 4567.", "ring Fearless"),
])
def test_a_charity_or_a_named_line_given_to_call_is_a_hotline(text, words):
    found = one(text, "measures")
    assert (found["measure_type"], found["description_text"]) == ("hotline", words)


@pytest.mark.parametrize("text", [
    "Anyone with information can call Essex Police on 101.",  # a force's own number
    "The minister called the ambassador on 5 March.",
    "Witnesses should contact Durham Constabulary on 101, or Fearless anonymously.",  # a force's number, a line with none
    "Call Police Scotland on 101 to report a sighting.",
    "Her brother phoned Karwan on 0770 222 3344 from the lorry.",  # a person called, not a line given to call
])
def test_a_body_called_on_a_number_or_a_day_is_no_hotline(text):
    assert proposed(text, "measures") == []


@pytest.mark.parametrize("text", [
    "The grant pays for six more detectives in a new cross-border crime team.",
    "£1m will fund a new anti-smuggling squad in Hull.",
])
def test_a_new_unit_told_by_its_staff_or_its_money_is_a_task_force(text):
    assert one(text, "measures")["measure_type"] == "task_force"


def test_a_new_unit_only_welcomed_is_no_task_force():
    assert proposed("I welcome the new unit, the MP said.", "measures") == []


@pytest.mark.parametrize("text", [
    "Officials said a new police squad that follows the gangs' cash had made six arrests.",
    "The ministry set up a new financial team which now investigates hawala brokers.",
    "A new Asayish unit that will monitor the border crossings opened on Sunday.",
])
def test_a_new_unit_told_by_what_it_does_is_a_task_force(text):
    assert one(text, "measures")["measure_type"] == "task_force"


def test_a_new_team_told_by_what_it_once_did_is_no_task_force():
    assert proposed("The new team that won the league was welcomed home.", "measures") == []


@pytest.mark.parametrize("text", [
    "The IOM runs a job-matching programme with local employers in Duhok.",
    "Britain funds work-placement schemes for returnees in Erbil.",
    "The fund offers microloans for returnees who want to open a shop.",
    "The ministry will give soft loans to young people in Ranya.",
    "Micro-finance for women in Halabja starts next year.",
])
def test_a_placement_scheme_or_loans_to_start_work_are_an_employment_measure(text):
    assert one(text, "measures")["measure_type"] == "employment"


def test_loans_taken_to_pay_smugglers_are_no_employment_measure():
    assert proposed("Many families took out small loans to pay the smugglers.", "measures") == []


@pytest.mark.parametrize("text, kind", [
    ("The two ministries will sign a memorandum on sharing visa data.", "intelligence_sharing"),
    ("Iraq has agreed to share passenger lists with Britain before each flight.", "intelligence_sharing"),
    ("Police now share records of wanted smugglers with Erbil.", "intelligence_sharing"),
    ("The deal covers sharing biometric data between the interior ministries.", "data_system"),  # as before
    ("Border forces in both countries run joint operations against smuggling networks.", "law_enforcement_cooperation"),
    ("The pact included joint work against the gangs and a new coastguard base.", "law_enforcement_cooperation"),
])
def test_data_shared_and_joint_work_against_the_gangs_are_measures(text, kind):
    assert one(text, "measures")["measure_type"] == kind


@pytest.mark.parametrize("text", [
    "Teenagers sharing data plans on their phones paid the smugglers.",
    "The arrests were made in a joint operation with Danish police on Friday.",  # one operation: an arrest, no measure
])
def test_data_shared_by_anyone_and_one_joint_operation_are_no_measure(text):
    # no rule's measure; the model's untyped ("TODO") clauses are a curator's to type or delete, and move as it is retrained
    assert [c for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == []


# -- numbers that are neither figures nor money ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Notes\n\n1. The plan covers three years.\n\n2. The plan is public.",  # numbered notes
    "ZAKHO, Dec 3 — The border was quiet.",  # a dateline
    "The 36-page report was published. It runs to 52 pages.",  # page counts
    "Iraq has 18 governorates, and the region's four governorates have their own police.",  # administrative units
    "Saman Qadir, 52, a teacher, was there. Girls under 16 were on the boat.",  # ages
    "The 2019 law was amended in the 2021 session.",  # years
    "Call the hotline on 0750 987 6543.",  # a phone number
    "Under Article 12 of Law No. 8, smuggling is a crime.",  # law article numbers
    "It was the third raid and the 21st arrest this year.",  # ordinals
    "Amounts use a rate of $1.25 to the pound.",  # an exchange rate
    "Euro sums are turned into pounds at €1.18 to £1.",  # ... told with both sides
    "Posted Tue 4 Mar 2025 09.05 GMT",  # a time stamp with its zone
    "Last updated 18.20 BST",
    "Sterling slipped to $1.19 on Friday, and one euro buys about 1,560 dinars.",  # a currency's price in another
    "The dinar has been pegged at 1,320 to the dollar since 2023.",  # ... with no sign of its own
])
def test_numbers_that_are_not_figures_are_not_proposed(text):
    assert proposed(text, "statistics") == [] and proposed(text, "funding") == []


def test_a_conversion_in_brackets_belongs_to_the_amount_before_it():
    (c,) = proposed("The UK gave £2 million (about $2.5 million at $1.25 to the pound).", "funding")
    assert (c["amount"], c["converted_amount"], c["converted_currency"]) == (2_000_000, 2_500_000, "USD")
    assert proposed("The UK gave £2 million (about $2.5 million at $1.25 to the pound).", "statistics") == []


def test_the_first_number_of_a_range_of_money_is_not_a_figure():
    assert proposed("Smugglers charge between 9 and 14 million dinars a person.", "statistics") == []


@pytest.mark.parametrize("text, words, amount, currency, others", [
    ("Smugglers charge between 9 and 14 million dinars a person.", "9", 9_000_000, "IQD", "currency_from_article"),
    ("The grant rose from £2 to £3 million this year.", "£2", 2_000_000, "GBP", "stated"),  # "£2" alone: two pounds
    ("Informants were paid between two and three million pounds.", "two", 2_000_000, "GBP", "stated"),
    ("Fines run from five to ten thousand dinars a boat.", "five", 5_000, "IQD", "currency_from_article"),
    # the far end takes the first's currency, and "$5" the far end's scale: both ends shared
    ("New radar for the port will cost $5–7 million.", "7 million", 7_000_000, "USD", "shared_from_range"),
    ("The grant rose from £2 to 3 million this year.", "3 million", 3_000_000, "GBP", "shared_from_range"),
])
def test_an_end_of_a_range_of_money_shares_the_other_end_s_scale_or_currency(text, words, amount, currency, others):
    found = proposed(text, "funding")
    (c,) = [c for c in found if c["amount_text"] == words]
    assert (c["amount"], c["currency"], c["qualifier"], c["amount_basis"]) == (amount, currency, None, "shared_from_range")
    assert len(found) == 2 and all(o["amount_basis"] == others for o in found if o is not c)
    assert proposed(text, "statistics") == []


def test_both_ends_of_a_range_in_number_words_are_money():
    found = proposed("Informants were paid between two and three million pounds.", "funding")
    assert [(c["amount_text"], c["amount"], c["amount_basis"]) for c in found] == [
        ("two", 2_000_000, "shared_from_range"), ("three million pounds", 3_000_000, "stated")]


def test_one_unit_of_a_currency_is_money_unless_a_rate_comes_before_it():
    assert [c["amount"] for c in proposed("The levy rose to £1 a ticket, and to $1 at the port.", "funding")] == [1, 1]
    assert [c["value"] for c in proposed("Police said 23 men were arrested at 23.10 CET.", "statistics")] == [23]


def test_a_group_counted_near_the_family_and_age_rules_is_still_a_figure():
    assert [c["value"] for c in proposed("He was one of 12 children who were on the boat; 30 as young as that.", "statistics")] == [12, 30]
    assert [c["value"] for c in proposed("One man was arrested in May, and 4 officers saw it.", "statistics")] == [1, 4]
    assert [c["value"] for c in proposed("A dinghy sank off Gravelines, killing one woman.", "statistics")] == [1]
    assert [c["value"] for c in proposed("Nine people were taken to hospital, two in a serious condition.", "statistics")] == [9, 2]


def test_a_range_with_no_currency_is_no_money():
    assert proposed("Between 9 and 14 people crossed each night.", "funding") == []


# -- names and fields ---------------------------------------------------------------------------------

def test_according_to_name_the_ministry_s_role_is_an_official():
    c = one("According to Zana Karim, the ministry’s director general, 300 people were helped.", "officials")
    assert (c["name"], c["role"]) == ("Zana Karim", "director general")


def test_a_rank_is_a_title_not_the_role():
    c = one("The ministry’s spokesman, Brigadier General Hamid Jasim al-Saadi, said the border was calm.", "officials")
    assert (c["name"], c["role"]) == ("Hamid Jasim al-Saadi", "spokesman")


def test_in_a_sentence_naming_two_people_each_role_goes_to_its_own():
    found = {(c["name"], c["role"]) for c in proposed(
        "Home Secretary Ruth Penrose and Iraqi Interior Minister Salam Hadi signed the plan.", "officials")}
    assert found == {("Ruth Penrose", "Home Secretary"), ("Salam Hadi", "Interior Minister")}


def test_new_figures_show_names_no_producer():
    c = one("New figures show 2,400 people were returned in 2024.", "statistics")
    assert c["producer_text"] is None
    assert one("Home Office figures show 2,400 people were returned in 2024.", "statistics")["producer_text"] == "Home Office"


def test_a_funding_purpose_comes_from_the_sentence_never_the_headline():
    (head, body) = proposed("Britain gives £4 million to Iraqi border effort\n\nBritain will give £4 million to train "
                            "border guards.", "funding")
    assert head["purpose_text"] is None and body["purpose_text"] == "train border guards"


def test_a_figure_s_period_comes_from_its_own_clause():
    c = proposed("The ring moved 450 people between 2021 and 2023. This year the police opened 12 cases.", "statistics")[0]
    assert (c["value"], c["period_text"]) == (450, "between 2021 and 2023")


# -- what the parsers now read, used by drafting ------------------------------------------------------

@pytest.mark.parametrize("text, words, value, unit", [
    ("Hundreds of migrants slept in the park near Dunkirk.", "Hundreds", 200, "persons"),
    ("Dozens of forged passports were found in the van.", "Dozens", 24, None),
    ("Tens of thousands of people have left the region since 2015.", "Tens of thousands", 20_000, "persons"),
    ("Thousands more are waiting in Belarus.", "Thousands", 2_000, None),
])
def test_a_vague_plural_is_a_figure_at_least_its_floor(text, words, value, unit):
    c = one(text, "statistics")
    assert (c["value_text"], c["value"], c["qualifier"], c["unit"]) == (words, value, "at_least", unit)


@pytest.mark.parametrize("text", [
    "The two capitals are thousands of miles apart.",
    "Smuggling routes through the mountains are hundreds of years old.",
    "The gangs make millions of pounds a year.",
    "Officers checked the boat dozens of times.",
])
def test_a_vague_plural_of_distance_time_money_or_times_is_no_figure(text):
    assert proposed(text, "statistics") == []


@pytest.mark.parametrize("text, words, value, qualifier", [
    ("Convictions rose to nearly double the figure for 2022.", "nearly double", 2, "nearly"),
    ("Detections almost doubled in the first half of the year.", "almost doubled", 2, "nearly"),
    ("Reported cases have tripled since 2020.", "tripled", 3, None),
    ("Deaths at sea halved in 2023.", "halved", 0.5, None),
    ("Crossings are expected to treble by 2026.", "treble", 3, None),
])
def test_a_multiplier_is_a_ratio_never_a_count(text, words, value, qualifier):
    c = one(text, "statistics")
    assert (c["value_text"], c["value"], c["qualifier"], c["unit"]) == (words, value, qualifier, "ratio")


@pytest.mark.parametrize("text", ["Police are treating it as a double murder.", "The striker scored a triple in the cup."])
def test_double_or_triple_as_a_plain_adjective_is_no_figure(text):
    assert proposed(text, "statistics") == []


@pytest.mark.parametrize("text, period", [
    # a month without a year: the next one in a sentence about the future, the last one otherwise
    ("The agency will train 120 border guards in March.", "2025-03"),
    ("The agency trained 120 border guards in March.", "2024-03"),
    ("Britain is due to send 40 investigators in January.", "2025-01"),
])
def test_a_figure_s_period_in_a_future_sentence_is_read_forward(text, period):
    assert one(text, "statistics", reference="2024-12-04")["period"] == period


@pytest.mark.parametrize("text, expected", [
    ("Officials meet in Amman next month.", [("planned_meeting", "2025-01", "planned", "next month")]),
    ("The foreign minister is due in Berlin in February.", [("visit", "2025-02", "planned", "in February")]),
    ("The two envoys will meet on the 9th of December.", [("planned_meeting", "2024-12-09", "planned", "on the 9th of December")]),
    ("The men were arrested on 9th November.", [("arrest", "2024-11-09", "occurred", "on 9th November")]),
    ("The accord commits both sides to exchange data and to hold talks every year.", [("planned_meeting", None, "planned", None)]),
    # the planned day is the first after the reference date (a Wednesday), as the build's parser reads it
    ("Ministers will meet on Wednesday.", [("planned_meeting", "2024-12-11", "planned", "on Wednesday")]),
])
def test_future_events_are_planned_and_dated_forward(text, expected):
    assert _event(text) == expected


def test_an_arabic_or_persian_number_the_parser_reads_is_proposed_not_dropped():
    assert one("A leaflet in Arabic said ٣٠٠ شخص had drowned.", "statistics")["value"] == 300
    assert one("A post in Persian said ۱۲۰ نفر were held in 2024.", "statistics")["value"] == 120
    assert one("The fund holds ٣٠٠ ألف dinars.", "funding")["amount"] == 300_000


@pytest.mark.parametrize("text", ["The banner read ٣٠٠ ألفاً.", "The banner read ٣٠٠ألف.", "A mixed 1٣ count."])
def test_a_number_in_another_script_read_only_in_part_is_skipped(text):
    assert proposed(text, "statistics") == [] and proposed(text, "funding") == []


# -- more of each rule ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Notes to editors: 1. The plan is new. 2. It is funded.",  # a list run on in one paragraph
    "The convoy was 5 km long and the boat 10 metres; it was 45 degrees.",  # measurements
    "The Group of 20 met; Flight TK 784 landed; she spoke on Radio 4 about Goal 10.",  # labels
    "Karwan (28) and Hawre (31), aged between 20 and 35, were held.",  # ages
    "Updated: 13.12.2024 | 4 min read | 12 comments",  # a page's furniture
    "Call 07700 900123 or see Article 322(1).",  # a mobile number, a subsection
    "The 27 EU member states agreed.",  # administrative units
    "Boys as young as 13 worked for the ring; one driver was as old as 67.",  # the far end of an age range
    "The gang stored cash at 22 Beech Grove and 9 Mill Crescent.",  # addresses
    "He is one of 11 children, the eldest of four brothers.",  # a family's size
    "By Ann Lee\n07:15, 3 MAR 2025\n\nThe court sat late.",  # a byline's date in capitals
    "Erbil, 4 May 2025 (Zagros 7) – The court sat late.",  # an outlet's name in brackets
    "\"Deporting one man changes nothing,\" she said.",  # one acted on in general
    "An Airbus 320 flew them home. Page 1 of 4",  # an aircraft's model, a page of pages
])
def test_more_numbers_that_are_not_figures(text):
    assert proposed(text, "statistics") == []


def test_an_undated_event_named_only_to_date_something_else_is_no_event():
    assert _event("Two months after it was signed, the pact has changed little.") == []


@pytest.mark.parametrize("text, expected", [
    ("The pact the two ministers struck in Basra in October was welcomed.", [("signing", "2024-10", "occurred", "in October")]),
    ("The boat struck rocks off Lesbos.", []),
    ("Some 2,000 people arrived in Kent by boat in 2024, and most of them landed in Dover.", []),
    ("Nationally, 75 smugglers were convicted in the year to March.", []),
    ("Three men were sentenced in Bruges on Monday.", [("court_ruling", "2024-12-02", "occurred", "on Monday")]),
    ("A suspect was detained at Erbil airport.", [("arrest", None, "occurred", None)]),
    ("Migrants detained at a reception centre were moved.", []),
    ("A sign at the border warns of smugglers.", []),
    # arrests counted since a day are a running tally; arrests on a day stay one, whatever record they set
    ("Since Tuesday, guards have arrested 19 men at the crossing.", []),
    ("Guards have detained 19 men since 26 November.", []),
    ("Guards arrested 19 men on Tuesday, the most since August.", [("arrest", "2024-12-03", "occurred", "on Tuesday")]),
    # talks fixed for a day, with their place told between or not; a plan "set for failure" is none
    ("Talks are scheduled in Zakho for 12 December.", [("planned_meeting", "2024-12-12", "planned", "12 December")]),
    ("The next session is set for next month.", [("planned_meeting", "2025-01", "planned", "next month")]),
    ("The meeting is set for failure, critics say.", []),
    # a report published, told in a relative clause; figures so published cite a source
    ("The audit, which was published on Monday, was critical.", [("publication", "2024-12-02", "occurred", "on Monday")]),
    ("Figures, which were published on Monday, show a rise.", []),
])
def test_event_verbs_that_name_an_event_and_those_that_do_not(text, expected):
    assert _event(text) == expected


@pytest.mark.parametrize("text, kind", [
    ("The fund will help returnees start small businesses.", "reintegration"),
    ("Germany funds a scheme for returnees in Zakho.", "reintegration"),
    ("Returnees can receive a grant of up to 5 million dinars.", "reintegration"),
    ("The IOM will support voluntary returns from Belgium.", "returns"),
    ("The region will open two job centres in Koya.", "employment"),
    ("London created its new Border Security Command in 2024.", "new_body"),
    ("The UK gave £600,000 for forensic equipment.", "equipment"),
    ("Denmark pays for job training in Duhok.", "training"),
    # measures told in everyday words: officers sent abroad, a unit named by what it fights, campaigns by their medium,
    # a database of the people sought, courses for returnees, a country taking its people back, forensic kits
    ("Sweden will deploy three police officers to Erbil.", "liaison_officer"),
    ("The agency will dispatch two officers to the Ministry of Interior.", "liaison_officer"),
    ("Baghdad is setting up a new anti-trafficking squad.", "task_force"),
    ("A billboard campaign will run in Ranya.", "communications_campaign"),
    ("An information drive began in Zakho.", "communications_campaign"),
    ("The grant pays for a database of wanted smugglers.", "data_system"),
    ("Kurdish authorities offer computer classes for returnees.", "reintegration"),
    ("Baghdad agreed to accept the return of 300 citizens.", "returns"),
    ("Britain donated forensic kits to the border police.", "equipment"),
])
def test_more_kinds_of_measure(text, kind):
    assert one(text, "measures")["measure_type"] == kind


@pytest.mark.parametrize("text", [
    "The police will deploy officers to the match in Leeds.",  # officers sent at home
    "He took a second officer's advice.",
    "The mayor praised the new unit.",  # a unit with nothing told of it
    "A database of recipes went online.",
])
def test_everyday_words_near_a_measure_are_none(text):
    # no rule names a measure here; the model's untyped clauses (TODO) are judged by tests/test_models.py and the
    # evaluation, and move with each retraining
    assert [c for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == []


def test_a_measure_kind_worded_differently_is_another_measure():
    text = "The EU adds reintegration grants for returnees. A charity helps returnees find work in Erbil."
    assert [c["measure_type"] for c in proposed(text, "measures")] == ["reintegration", "reintegration"]


def test_a_title_opening_with_a_word_of_no_title_list_is_not_the_name():
    c = one("Detective Sergeant Omar Baban of Kent Police said the ring was “among the largest we have seen”.", "statements")
    assert c["speaker"] == "Omar Baban"


def test_an_organisation_is_no_speaker_and_a_quotation_after_he_said_is_the_same_speaker():
    text = ("Lena Vogt, a lawyer at the Migrant Justice Forum, said the plan was “rushed and unfair”.\n\n"
            "Her client, Aram Sabir, said he had paid a smuggler twice. “I lost everything,” he said, looking at the "
            "sea. “I will not go back.”")
    assert [(c["text_text"], c["speaker"]) for c in proposed(text, "statements")] == [
        ("rushed and unfair", "Lena Vogt"), ("I lost everything", "Aram Sabir"), ("I will not go back.", "Aram Sabir")]


def test_a_portfolio_is_part_of_the_title_not_the_name():
    c = one("EU Commissioner for Home Affairs Magnus Lind visited Baghdad.", "officials")
    assert (c["name"], c["role"]) == ("Magnus Lind", "EU Commissioner for Home Affairs")


# -- numbers that are labels, tallies, ages, samples or codes --------------------------------------------

@pytest.mark.parametrize("text", [
    "The raid began at 4 a.m. and ended at 6 p.m. on Friday.",  # a time written with full stops
    "Officers from Brigade 9 and the 3rd Battalion searched a shop on Street 40.",  # a unit's and a street's number
    "Appendix 4 lists the sources; Figure 3 and Table 6 give the breakdown (pages 70–75).",  # a report's furniture
    "It supports target 16.2 of the goals and objective 9 of the compact.",  # a goal's labels
    "Deportation follows Schedule 3 to the 1999 Act and paragraphs 12 to 19 of the rules.",  # schedules, paragraphs
    "He applied for a Rule 39 measure under ILO Convention 105.",  # a rule's and a convention's number
    "They slept in Camp 5, were stopped at Checkpoint 11 and at kilometre 30, between junctions 4 and 5.",  # places
    "The assembly voted 54 to 7 for the motion; the bill passed by 310 votes to 195, with 12 abstentions.",  # tallies
    "Erbil FC beat Duhok 3–2 on Friday, their sixth win in 9 matches.",  # a score and a match count
    "The study interviewed 1,850 families, with a margin of error of ±2 percentage points.",  # a survey's sample
    "See the minister's statement HLWS 402 and the case reference AB-2023-000918.",  # references
    "The two brothers, both 17, were trafficked to Belgium at 15, and freed in May.",  # ages
    "Anyone with information should contact the unit by calling 999.",  # a number to call
])
def test_labels_tallies_ages_samples_and_codes_are_no_figures(text):
    assert proposed(text, "statistics") == []


@pytest.mark.parametrize("text, words", [
    ("Police found 30-40 migrants in the lorry.", "40"),  # a range's second number is kept when it counts something
    ("Departures fell by 17% in the first half of the year.", "17%"),  # a percentage of change is a figure
    ("The police freed ٣٥ migrants at the checkpoint.", "٣٥"),  # Eastern Arabic-Indic digits
    ("Police seized 4 vehicles and 90 passports.", "4"),  # seized vehicles, as the gold files count them
])
def test_figures_near_the_new_rules_are_still_proposed(text, words):
    assert words in [c["value_text"] for c in proposed(text, "statistics")]


# -- officials and speakers named after a role noun phrase ---------------------------------------------

@pytest.mark.parametrize("text, name, role", [
    ("The plan was welcomed by committee member Darya Qadir on Monday.", "Darya Qadir", "committee member"),
    ("Provincial council member Bahar Salih visited the camp.", "Bahar Salih", "Provincial council member"),
    ("Tomas Lindgren, a member of parliament for the Greens, visited the camp.", "Tomas Lindgren",
     "member of parliament for the Greens"),
])
def test_a_member_of_an_institution_is_an_official(text, name, role):
    c = one(text, "officials")
    assert (c["name"], c["role"]) == (name, role)


def test_a_role_never_reaches_back_over_a_line_break():
    c = one("Working Together to Stop the Boats\nHome Secretary Dana Whitlock said the plan would work.", "officials")
    assert (c["name"], c["role"]) == ("Dana Whitlock", "Home Secretary") and "\n" not in c["quote"]


@pytest.mark.parametrize("text, role", [
    ("The envoy spoke to the governor of Duhok, Ali Saleh, on Monday.", "governor of Duhok"),
    ("The envoy talked with the mayor of Zakho, Ann Poole, on Monday.", "mayor of Zakho"),
    ("The head of the delegation to the talks, Ali Saleh, said little.", "head of the delegation to the talks"),  # no verb
    ("Britain's ambassador to the UN, Ann Poole, spoke.", "ambassador to the UN"),
])
def test_a_role_never_reaches_back_over_a_verb_and_its_preposition(text, role):
    (c,) = [c for c in proposed(text, "officials") if c["role"] == role]
    assert c["name"] in ("Ali Saleh", "Ann Poole")


def test_a_family_member_is_no_official():
    assert proposed("The boat carried family member Rezan Omar and two friends.", "officials") == []


@pytest.mark.parametrize("text, name, role", [
    ("The reply came from Lord Fairweather, Minister for Migration, on Tuesday.", "Lord Fairweather", "Minister for Migration"),
    ("Answered by Baroness Kellow, Parliamentary Under-Secretary of State\n", "Baroness Kellow",
     "Parliamentary Under-Secretary of State"),
])
def test_a_peer_with_one_name_keeps_the_title_in_the_name(text, name, role):
    c = one(text, "officials")
    assert (c["name"], c["role"]) == (name, role) and c["quote"].startswith(name)


def test_a_peer_with_no_role_is_no_official():
    assert proposed("Asked by Lord Fairweather\n\nWhat is the Government doing about returns?", "officials") == []


@pytest.mark.parametrize("text, speaker, kind", [
    ("“Nobody in this town is untouched by it,” said council member Rojin Karim.", "Rojin Karim", "official"),
    ("“The ruling puts the families first,” said their lawyer, Emma Hartley of Hartley Law.", "Emma Hartley", "person"),
])
def test_the_speaker_follows_a_role_noun_phrase(text, speaker, kind):
    c = one(text, "statements")
    assert (c["speaker"], c["speaker_kind"]) == (speaker, kind)
    assert c["quote"] == (text + "\n")[c["char_start"]:c["char_end"]] and c["quote"].endswith(speaker)


def test_a_clause_after_said_names_no_speaker():
    c = one("“We will publish the figures every month,” said the ministry on Sunday.", "statements")
    assert c["speaker"] is None


def test_a_quoted_title_is_no_statement():
    text = 'The agency published "Border Crossings Review 2025" and the report "Safe Routes for the Kurdistan Region" today.'
    assert proposed(text, "statements") == []


def test_a_single_quoted_quotation_over_paragraphs_is_one_statement():
    text = ("‘It was the first thing I noticed,’ says Nadia Berwari, 52, a teacher in Hull. ‘Then the calls started.\n\n"
            "‘Every night, the same voice.’")
    c = proposed(text, "statements")[-1]
    assert c["text_text"].startswith("Then the calls") and c["text_text"].endswith("the same voice.")
    assert c["speaker"] == "Nadia Berwari"


def test_a_pronoun_goes_to_the_subject_of_says_after_several_appositives():
    text = ("Hemin Zebari, 33, who volunteers with Maria Lund at a food bank, says the queue is longer.\n\n"
            "“We see new faces every week,” he says.")
    assert one(text, "statements")["speaker"] == "Hemin Zebari"


def test_a_pronoun_after_a_conjunction_is_a_pronoun():
    text = "Professor Dana Holm wrote the report. But, she added, it “cannot say why anyone leaves”."
    assert one(text, "statements")["speaker"] == "Dana Holm"


@pytest.mark.parametrize("text, speaker", [
    ("Interior Minister Karim Barzinji opened the session.\n\n«We will not rest,» the minister said.", "Karim Barzinji"),
    ("«We will not rest,» said the spokesman, according to state television. Its spokesman, Colonel Azad Hawrami, "
     "spoke later.", None),  # the spokesman is named only after the quotation
    ("Interior Minister Karim Barzinji met Foreign Minister Lena Storm.\n\n«We will not rest,» the minister said.", None),
    ("Justice Minister Laila Berzinji spoke next.\n\nSpeaking through an interpreter, the Iraqi minister said: "
     "“The courts are ready.”", "Laila Berzinji"),
])
def test_the_role_stands_for_the_one_official_named_with_it_before(text, speaker):
    assert proposed(text, "statements")[0]["speaker"] == speaker


def test_cllr_is_a_councillor_s_title():
    text = "Councillor Ruth Danvers chairs the panel.\n\n‘We need the money here,’ says Cllr Danvers."
    assert one(text, "statements")["speaker"] == "Ruth Danvers"
    assert one("The grant was backed by Cllr Omar Talabani.", "officials")["name"] == "Omar Talabani"


def test_a_title_that_is_also_a_country_code_stays_a_title():
    c = one("The town’s MP, Gareth Lomax, opened the centre on Friday.", "officials")
    assert (c["name"], c["role"]) == ("Gareth Lomax", "MP")


@pytest.mark.parametrize("text", [
    "“Returns must be voluntary,” said Ellen Marsh, director of the charity Safe Passage Now.",
    "Jonas Berg, chief executive of a security company in Hull, said the fences were sold out.",
    "Soran Ali, head of the politics department at the University of Koya, was sceptical.",
])
def test_a_post_at_a_charity_a_company_or_a_university_is_no_public_office(text):
    assert proposed(text, "officials") == []


def test_a_mention_by_kind_takes_the_one_title_of_its_kind():
    text = "Britain and Iraq signed a Memorandum of Understanding on Police Training on Monday. Under the MoU, 40 officers will train in Leeds."
    found = proposed(text, "agreements")
    assert [c["title"] for c in found] == ["Memorandum of Understanding on Police Training"] * 2
    assert [c["title_basis"] for c in found] == [None, "titled_elsewhere_in_article"] and found[1]["title_text"] is None
    two = text + " A Memorandum of Understanding on Coastal Patrol was also signed. The text of each MoU is secret."
    assert [c["title"] for c in proposed(two, "agreements")][-1] == "MoU"


def test_bare_training_is_the_training_its_paragraph_describes():
    text = "Denmark will give €200,000 for training and vehicles. Some 80 border guards will be trained in Aarhus."
    found = [c for c in proposed(text, "measures") if c["measure_type"] == "training"]
    assert [c["description_text"] for c in found] == ["will be trained in Aarhus"]
    alone = proposed("Denmark will give €200,000 for training and vehicles.", "measures")
    assert [c["measure_type"] for c in alone if c["measure_type"] == "training"] == ["training"]


# -- numbers that are sizes, parts, labels, times, ages or families (issue 20, second round) -----------------

@pytest.mark.parametrize("text", [
    "The council adopted a 7-point plan and named a 9-member board to run it.",  # a size as an adjective
    "The grant is paid in three instalments under Strand 4 and Pillar 3, and Lot 5 went to a charity.",  # parts, labels
    "Delegates from 14 countries and all 20 governments met; raids took place in 6 of the 18 governorates.",  # states
    "She pleaded guilty to count 2 and counts 4 and 5 in Court 7.",  # an indictment's counts, a court room
    "On day 4 of the trial the jury saw the car, plate 73310, parked near Kilo 18.",  # a day's label, a plate, a marker
    "The ferry was stopped at 2245 and searched from 7.40 onwards.",  # clock times
    "The last defendant was Soran Aziz, 29.",  # an age closing a sentence
    "The driver, a father of three, was released.",  # a family's size
    "He was jailed for nine and a half years.",  # a term with a half
    "He lived at House 12 in Building 7, Flat 2, as Decree No 45 allows.",  # an address, a decree's number
])
def test_sizes_parts_labels_times_ages_and_families_are_no_figures(text):
    assert proposed(text, "statistics") == []


@pytest.mark.parametrize("text, words", [
    ("Police arrested 14 people in Erbil and, in Duhok, 22.", "22"),  # a count after a place, not an age after a name
    ("In a single day 300 people crossed the river.", "300"),  # a day that is no label
    ("A 50-strong gang was broken up, with 20-odd members held.", "50"),  # a strength is a count
    ("By 2230 officers had stopped 1,480 people at the border.", "1,480"),  # a count next to a clock time
])
def test_counts_near_the_second_round_rules_are_still_figures(text, words):
    assert words in [c["value_text"] for c in proposed(text, "statistics")]


def test_a_numeric_date_dates_an_event_day_first():
    assert _event("The ministers met in Rome on 4/12/2024.") == [("meeting", "2024-12-04", "occurred", "on 4/12/2024")]


@pytest.mark.parametrize("text, expected", [
    # a judge's or a court's ruling is one; "ruled out" is not (2024-12-04 is a Wednesday)
    ("On Monday the appeal court ruled that the deportation order stood.", [("court_ruling", "2024-12-02", "occurred", "On Monday")]),
    ("Judge Maria Costa ruled in the family's appeal on 19 November.", [("court_ruling", "2024-11-19", "occurred", "on 19 November")]),
    ("The minister ruled out new talks.", []),
    # a part of a day is that day
    ("Kurdish and Dutch police met in Zakho this morning.", [("meeting", "2024-12-04", "occurred", "this morning")]),
    ("Two suspects were arrested in Koya last night.", [("arrest", "2024-12-03", "occurred", "last night")]),
    # "hold a further meeting" is a meeting, planned when agreed
    ("The envoys agreed to hold a second meeting in Amman next month.",
     [("planned_meeting", "2025-01", "planned", "next month")]),
    # a reception is no meeting
    ("The new rules were met with anger in Ranya.", []),
    # an arrival after a clock time is a visit (a count before it would be people arriving)
    ("At 14:05 the delegation arrived in Basra.", [("visit", None, "occurred", None)]),
])
def test_third_round_event_rules(text, expected):
    assert _event(text) == expected


@pytest.mark.parametrize("text", [
    "He first met the driver at a petrol station in Zakho.",  # a life story's encounters
    "In Hamburg she met her cousins for the first time in years.",
])
def test_a_personal_encounter_is_no_meeting(text):
    assert _event(text) == []


@pytest.mark.parametrize("text", [
    "Border guards arrested 64 suspected smugglers between 1 August and 31 October.",  # a range of dates
    "Asayish units detained 19 people between 4 and 11 June.",  # a range of days
    "Over the past two years, 950 smugglers have been arrested in the region.",  # a counted subject over a period
    "Dozens of traffickers were arrested last year.",
])
def test_arrests_counted_over_a_period_are_no_event(text):
    assert _event(text) == []


def test_an_arrest_of_a_few_on_no_period_is_still_an_event():
    assert _event("Four drivers were arrested near Penjwen.") == [("arrest", None, "occurred", None)]


def test_a_recommended_measure_is_no_measure():
    assert proposed("The charity urges ministers to fund a reintegration programme for returnees.", "measures") == []
    listed = "The review sets out three recommendations:\n\n1. Set up a joint investigation team.\n2. Train more border police.\n"
    assert proposed(listed, "measures") == []
    # a list of what a deal does is a list of measures
    done = "The deal has three parts:\n\n1. A joint investigation team.\n2. Training for border police.\n"  # a list item opens with a capital
    assert sorted(c["measure_type"] for c in proposed(done, "measures")) == ["joint_investigation_team", "training"]


@pytest.mark.parametrize("text, kind", [
    ("Border guards received 25 radios and eight drones from Denmark.", "equipment"),
    ("Sweden handed over night-vision goggles to the river police.", "equipment"),
    ("The two ministers agreed a timetable for removals of failed asylum seekers.", "returns"),
])
def test_third_round_kinds_of_measure(text, kind):
    assert one(text, "measures")["measure_type"] == kind


@pytest.mark.parametrize("text", [
    "The study makes seven recommendations to ministers.",  # a report's parts
    "The 80-page review has 12 chapters and two annexes.",
    "Patrols were doubled between 12 and 20 May.",  # the first day of a range of days
    "The clinic opens from 9 to 11am for returnees.",  # the first hour of a range of hours
    "The protest outside 14 Whitehall Road was peaceful.",  # an address
    "Operation Desert Hawk 3 ended in January.",  # an operation's name
    "Her son, now 16, works in a bakery.",  # an age
])
def test_a_report_s_parts_and_a_day_range_are_no_figures(text):
    assert [c["value_text"] for c in proposed(text, "statistics") if c["unit"] != "ratio"] == []


def test_a_hotline_set_up_is_a_measure_and_so_is_one_to_call():  # the convention settled on 2026-12-03 (F3 below)
    assert one("Calls rose after the launch of a free hotline for families.", "measures")["measure_type"] == "hotline"
    assert one("Families can call the ministry’s hotline on 0750 123 9999.", "measures")["measure_type"] == "hotline"


def test_one_person_s_deportation_is_no_returns_measure():
    assert proposed("The smuggler faces deportation to Iraq after his term.", "measures") == []
    assert one("The deal speeds deportations to Iraq.", "measures")["measure_type"] == "returns"


def test_a_lowercase_title_keeps_the_whole_organisation_before_it():
    c = one("Border Force regional director Anna Lee said the checks worked.", "officials")
    assert (c["name"], c["role"]) == ("Anna Lee", "Border Force regional director")


# -- fourth round: statements and officials ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Governor Shilan Dara Aziz opened the bridge.\n\n“The road is open again,” Governor Dara Aziz said.",
    "Governor Shilan Dara Aziz opened the bridge.\n\n“The road is open again,” Dara Aziz said.",
])
def test_a_later_two_word_surname_stands_for_the_full_name_and_is_no_new_official(text):
    assert one(text, "statements")["speaker"] == "Shilan Dara Aziz"
    assert {c["name"] for c in proposed(text, "officials")} == {"Shilan Dara Aziz"}


def test_an_honourable_title_is_no_part_of_a_name():
    text = "From: The Rt Hon Maria Lowe MP\n\nHome Secretary Maria Lowe said:\n\n“The new checks start today.”"
    assert one(text, "statements")["speaker"] == "Maria Lowe"


@pytest.mark.parametrize("text", [
    "Q: When will flights start?\n\nA: Officials say the first flight is planned for spring. "
    "“We are ready when the courts are,” a senior border official said.",
    "Ministers say the plan is working. “We have never seen numbers this low,” one government adviser told reporters.",
])
def test_an_unnamed_speaker_after_the_quotation_and_an_answer_label_are_no_speakers(text):
    assert one(text, "statements")["speaker"] is None


def test_an_answer_label_before_the_verb_is_no_speaker():
    assert one("A: Officials say: “The first flight is planned for the spring.”", "statements")["speaker"] is None


def test_a_document_s_quoted_title_is_no_statement_whoever_published_it():
    text = 'The institute published its review on Friday in a 30-page report, "Beyond the Border: Returns in 2025".'
    assert proposed(text, "statements") == []
# -- fourth round: events, measures and figures of the new genres --------------------------------------

@pytest.mark.parametrize("text", [
    "Did Denmark and Jordan sign the accord?",  # a question tells of no event
    "Kurdish police arrested 40 people after the two sides signed the protocol.",  # an undated event dating another
    "The cafe owner hung a bright sign above the door.",  # "sign" as a noun after adjectives
    "Speaking at a press conference in Amman, the spokeswoman said the border was calm.",  # where someone spoke
])
def test_a_question_a_background_signing_a_sign_and_a_speech_setting_are_no_events(text):
    assert [e for e in _event(text) if e[0] != "arrest"] == []


def test_a_share_of_arrests_told_before_is_no_arrest():
    assert _event("The ministry said half of the arrests were made in Basra.") == []
    assert _event("The arrests were made in a dawn raid on Friday.") == [("arrest", "2024-11-29", "occurred", "on Friday")]


def test_an_undated_perfect_signing_is_the_dated_one_in_summary():
    text = "Jordan and Iraq have signed a transit accord.\n\nThe two ministers signed it in Amman on 2 December."
    assert _event(text) == [("signing", "2024-12-02", "occurred", "on 2 December")]
    assert _event("Jordan and Iraq have signed a transit accord.") == [("signing", None, "occurred", None)]  # no dated one


def test_an_order_to_create_a_body_and_an_expected_visit():
    assert _event("The prime minister has ordered the creation of a new border agency.") == [
        ("announcement", None, "occurred", None)]
    assert _event("A Danish delegation is expected in Erbil next week.") == [
        ("visit", "2024-12-09/2024-12-15", "planned", "next week")]


def test_a_planned_visit_s_programme_is_one_planned_visit():
    assert _event("The envoy is due to visit Zakho on Friday and will meet the mayor.") == [
        ("visit", "2024-12-06", "planned", "on Friday")]
    assert len(_event("The envoy visited Zakho on Sunday and met the mayor.")) == 2  # what happened: two events


def test_a_second_thing_signed_with_the_verb_left_out_is_a_signing():
    text = "Jordan and Iraq signed a transit accord in Amman on 2 May 2023, and a joint declaration in Rome in March."
    assert _event(text) == [("signing", "2023-05-02", "occurred", "on 2 May 2023"), ("signing", "2024-03", "occurred", "in March")]


@pytest.mark.parametrize("text, kind", [
    ("The interior minister approved a special directorate to fight trafficking.", "new_body"),
    ("A returns office will open at Erbil airport in spring.", "returns"),
    ("The ministry runs a campaign on Facebook and YouTube for young men.", "communications_campaign"),
    ("Forty Kurdish police officers will begin training in Leeds next year.", "training"),
])
def test_fourth_round_kinds_of_measure(text, kind):
    assert one(text, "measures")["measure_type"] == kind


@pytest.mark.parametrize("text", [
    "Denmark gave a grant of €90,000 for night-vision goggles and drones.",  # a grant paying for equipment
    "The shelter lives on a grant of £20,000 from the city.",  # a grant keeping a charity going
])
def test_a_grant_not_for_returnees_is_no_reintegration(text):
    assert [c for c in proposed(text, "measures") if c["measure_type"] == "reintegration"] == []
    assert one("Returnees get a grant of £1,000 each.", "measures")["measure_type"] == "reintegration"


def test_training_named_bare_after_training_that_says_who_is_that_training():
    text = ("Denmark will fund training for Kurdish coastguards.\n\n"
            "Copenhagen will give €2 million, mainly for training and boats.")
    assert [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "training"] == [
        "training for Kurdish coastguards"]


@pytest.mark.parametrize("text", [
    "The baker now employs four young apprentices from Zakho.",  # a workplace's staff
    "Demand for its legal advice has tripled since January.",  # a multiplier of what is no count
])
def test_a_workplace_s_staff_and_a_multiplied_demand_are_no_figures(text):
    assert proposed(text, "statistics") == []


# Task R: officials and statements of a Commons sketch, a podcast write-up and an Italian landing report


def test_a_prefect_and_a_member_for_a_constituency_are_officials():
    text = ("The prefect, Lucia Bellini, said the centre was full. The Labour member for Hallam Vale, Imran Yusuf, "
            "asked a question. Nadia Rasul, the Green member for Ashford Quay, agreed.")
    got = {(c["name"], c["role"]) for c in proposed(text, "officials")}
    assert got == {("Lucia Bellini", "prefect"), ("Imran Yusuf", "Labour member for Hallam Vale"),
                   ("Nadia Rasul", "Green member for Ashford Quay")}


def test_someone_who_was_in_office_until_a_date_is_no_official():
    text = "Peter Lang, who was the Home Office's head of removals until 2022, said little had changed."
    assert proposed(text, "officials") == []


def test_a_dame_named_by_her_forename_later_is_the_same_speaker():
    text = ("The Minister for Border Security, Dame Ruth Ellery, opened the debate.\n\n"
            'Dame Ruth replied that she would "not be lectured by the party opposite".')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Ruth Ellery"]


def test_a_constituency_is_no_person_a_pronoun_could_stand_for():
    text = ('Sara Kaya, the member for Hallam Vale, whose parents came from Duhok, told the House of her uncle. '
            '"He sold his car to pay them," she said.')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Sara Kaya"]



# Task T: speakers with no verb of saying, a role and a clause before the quotation, spoken-to people, two posts


def test_the_subject_of_a_sentence_with_no_verb_of_saying_speaks_the_quotation():
    text = ("Tomas Okafor ran the port authority for a decade.\n\n"
            'Mr Okafor doubted it, "at least not before the winter storms".\n\n'
            'The governor of Halden Bay, Rosa Vint, shrugged. "We have no boats left to send out."\n\n'
            'Asked about the money, she laughed. "It would not buy a single patrol boat."')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Tomas Okafor", "Rosa Vint", "Rosa Vint"]


def test_words_a_sentence_uses_are_no_reply_of_its_subject():
    text = 'Tomas Okafor was arrested after "a long chase through the harbour streets".'
    assert [c["speaker"] for c in proposed(text, "statements")] == [None]


def test_the_role_word_before_a_reporting_clause_stands_for_the_one_official_holding_it():
    text = ("The Minister for Coastal Affairs, Priya Dunmore, opened the session. Was the radar ready? "
            'The minister said engineers were on site and that it "will be running by March".')
    got = proposed(text, "statements")
    assert [(c["text_text"], c["speaker"]) for c in got] == [("will be running by March", "Priya Dunmore")]


def test_a_person_known_by_one_name_speaks_after_a_paraphrase():
    text = ("A farmer, who gave his name only as Rebin, said through the interpreter that his son had left in May. "
            '"He went by truck. Now his cousin wants to go by sea."')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Rebin"]


def test_a_pronoun_never_goes_to_the_person_spoken_through_or_to():
    text = ("Hawre Salim, 41, lost his nephew off Calais in 2023. Speaking through his lawyer, Dana Weiss, he said the "
            'boat had "no lights at all".\n\n"They sold him a lie," he said.\n\n'
            'Later he told Ruth Amble that the family was in debt. "We still pay every month," he said.')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Hawre Salim"] * 3


def test_a_party_before_a_lowercase_title_is_no_speaker_and_two_posts_give_the_first():
    text = ("Owen Tregarth, the Plaid Cymru spokesman and MP for Arfon West, welcomed the plan. In his next breath "
            'he accused ministers of "buying silence with aid money".')
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == [("Owen Tregarth", "Plaid Cymru spokesman")]
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Owen Tregarth"]
# --- Task S (fifth round: briefing notes, a Turkish outlet's English service, a tabloid) ---

@pytest.mark.parametrize("text, kind, date, status", [
    ("The envoy will lead a technical mission with UNHCR to Sinjar on 9 March.", "visit", "2025-03-09", "planned"),
    ("A courier was caught near Silopi on Monday.", "arrest", "2024-12-09", "occurred"),
    ("Officers swooped on the ring in dawn raids in June last year.", "arrest", "2023-06", "occurred"),
    ("The prosecutor ordered four of them detained on Dec. 3.", "arrest", "2024-12-03", "occurred"),
    ("Delegations are due to hold talks in Ankara on Jan. 8.", "planned_meeting", "2025-01-08", "planned"),
    ("The ministry unveiled a new plan against smuggling.", "announcement", None, "occurred"),
    ("The driver got nine years.", "court_ruling", None, "occurred"),
    ("The Leeds gang were caged for a total of 30 years.", "court_ruling", None, "occurred"),
    ("Two others were sentenced to between three and six years.", "court_ruling", None, "occurred"),
])
def test_fifth_round_events(text, kind, date, status):
    event = one(text, "events", reference="2024-12-10")
    assert (event["event_type"], event["date"], event["status"]) == (kind, date, status)


def test_a_habit_in_the_present_is_no_meeting():
    assert proposed('"The families we meet in the camps have nothing left," she said.', "events") == []


@pytest.mark.parametrize("text", [
    "Most of them were under the age of 25.",  # an age limit
    "They were jailed for between two and five years.",  # a range of prison terms
    "The brokers are making millions from the route.",  # money, not a count
    "The organiser, known as A.R., 52, fled to Erbil.",  # an age after initials
    "Her firm represents three of the drivers.",  # a lawyer's clients
])
def test_fifth_round_no_figures(text):
    assert proposed(text, "statistics") == []


def test_the_rest_of_a_group_is_a_figure():
    assert [c["value"] for c in proposed("Nine suspects were charged. The remaining five were released on bail.", "statistics")] == [9, 5]


@pytest.mark.parametrize("text, amount, currency, qualifier", [
    ("Police seized 2.5 million Turkish liras in cash.", 2500000, "TRY", None),
    ("The council will spend £8million on it.", 8000000, "GBP", None),
    ("A father handed over €9,000 to the smugglers.", 9000, "EUR", None),
])
def test_fifth_round_money(text, amount, currency, qualifier):
    money = one(text, "funding")
    assert (money["amount"], money["currency"], money["qualifier"]) == (amount, currency, qualifier)


def test_a_bulleted_list_item_is_no_heading():
    text = "The minister said the government will:\n\n• Post 12 liaison officers to Erbil\n• Speed up returns to Iraq\n"
    assert {c["measure_type"] for c in proposed(text, "measures")} == {"liaison_officer", "returns"}


# Task V: opposition and former posts, a rank after the post, speakers after a two-sentence quotation, a sentence
# ending after a partial quote, a charity's campaigner, names past Latin-1


@pytest.mark.parametrize("text", [
    "Labour shadow justice secretary Owen Barlow attacked the scheme.",
    "Former Coastguard chief Fiona Reddy, 58, said it was late.",
    "The ex-Home Secretary Alan Pike wrote to the paper.",
    "Nora Quill, a former minister for borders, disagreed.",
])
def test_an_opposition_or_former_post_makes_no_official(text):
    assert proposed(text, "officials") == []


@pytest.mark.parametrize("text, role", [
    ("Provincial Police Commander Maj. Selim Varol inspected the post.", "Provincial Police Commander"),
    ("Coast Guard Commander Captain Lena Dorsch met them.", "Coast Guard Commander"),
    ("Agency Director General Tom Ashby met them.", "Agency Director General"),  # "General" is part of this post
    ("Brig. Gen. Omar Tahir inspected the post.", "Brig. Gen."),  # a rank alone stays the role
])
def test_a_rank_after_the_post_goes_with_the_name(text, role):
    assert one(text, "officials")["role"] == role


def test_a_speaker_with_a_post_and_rank_after_a_quotation_of_two_sentences():
    text = ('"The boats were empty. The men had left at night," Harbour Police Chief Insp. Dario Lenz said.')
    c = one(text, "statements")
    assert c["speaker"] == "Dario Lenz" and c["text_text"].endswith("left at night")


def test_a_sentence_ended_after_a_partial_quote_is_no_attribution():
    text = ('Solicitor Maren Ødegård, who acts for one driver, said he was "only paid to drive". '
            "She said she would appeal.")
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Maren Ødegård"]


def test_a_pronoun_opening_a_sentence_is_never_a_speaker_name():
    text = 'Police said "the smugglers had long gone from the beach". She said nothing more.'
    assert all(c["speaker"] != "She" for c in proposed(text, "statements"))


def test_a_campaigner_of_a_charity_speaks_not_the_charity():
    text = 'And campaigner Tom Reyes, of charity Open Borders Watch, warned: "Arrests alone change nothing."'
    assert one(text, "statements")["speaker"] == "Tom Reyes"


def test_a_verdict_on_plans_quoted_names_its_speaker():
    text = 'But opposition leader Mara Quint slammed the plans as "a press release, not a policy".'
    assert one(text, "statements")["speaker"] == "Mara Quint"


def test_a_name_with_letters_past_latin_1_is_one_person():
    text = 'Lawyer Zeynep Aktaş said her clients were drivers "who never saw the cargo at all".'
    assert one(text, "statements")["speaker"] == "Zeynep Aktaş"
# --- Task U (money, figures, events, measures: a hedge after an amount, distances, generic counts, planned visits) ---

def test_a_hedge_after_an_amount_is_its_qualifier():
    money = one("A seat on the lorry costs another $900 or so.", "funding")
    assert (money["amount"], money["currency"], money["qualifier"]) == (900, "USD", "about")


@pytest.mark.parametrize("text", [
    "The trawler sank some 25 nautical miles off the coast.",  # a distance
    "Whenever a ring is broken up, three new ones take its place.",  # a generic statement
    "Deporting one man could take two years of paperwork.",  # a hypothetical
    "Officers questioned the lorry's two drivers.",  # a possessive: which ones, not how many
])
def test_no_figures(text):
    assert proposed(text, "statistics") == []


@pytest.mark.parametrize("text, kind, date, status", [
    ("She hopes for progress, and Ms Omar says both sides expect to settle it when the envoy visits Erbil in March.",
     "visit", "2025-03", "planned"),
    ("Was the accord, signed last June, worth it?", "signing", "2024-06", "occurred"),
])
def test_events(text, kind, date, status):
    event = one(text, "events", reference="2024-12-10")
    assert (event["event_type"], event["date"], event["status"]) == (kind, date, status)


def test_a_negated_signing_is_no_event():
    assert proposed("The opposition never signed any deal with Baghdad.", "events") == []


def test_a_hotline_set_up_after_its_name_is_a_measure():
    text = "Families praised the helpline the charity launched in May for people stranded in Libya."
    assert [c["measure_type"] for c in proposed(text, "measures")] == ["hotline"]


@pytest.mark.parametrize("words, qualifier", [("€2,000 or so", "about"), ("about €2,000 or thereabouts", "about"),
                                              ("€2,000", None)])
def test_the_build_reads_a_hedge_after_an_amount(words, qualifier):
    from uis_build.parsing import parse_money
    money = parse_money(words)
    assert (money.amount, money.currency, money.qualifier) == (2000, "EUR", qualifier)


# -- events, dates, measures: a timeline page, a regional conference report) --------------------

@pytest.mark.parametrize("text, kind, date, status", [
    ("3 Mar: The two interior ministries signed a protocol on document checks.", "signing", "2025-03-03", "occurred"),
    ("Officials will meet in Basra in the spring of 2026.", "planned_meeting", "2026-21", "planned"),
    ("The envoys are due to meet in Mosul in the summer.", "planned_meeting", "2026-22", "planned"),
    ("Both sides will hold a meeting in Q2 2026 to take stock.", "planned_meeting", "2026-04/2026-06", "planned"),
    ("Ministers agreed to build a new crossing after talks held in Zakho last Tuesday.", "meeting", "2025-11-04", "occurred"),
    ("Erbil had been due to host a forum on trafficking in May, but it was postponed until March.", "planned_meeting", "2026-03",
     "planned"),
])
def test_events_dated_by_seasons_quarters_short_months_and_postponements(text, kind, date, status):
    event = one(text, "events", reference="2025-11-12")
    assert (event["event_type"], event["date"], event["status"]) == (kind, date, status)


@pytest.mark.parametrize("text", [
    "A trip to Ankara by the deputy minister planned for 3 December has been cancelled.",
    "The governor cancelled his visit to Basra on Monday.",
    "The protocol was initialled in Amman but has not yet been signed.",
])
def test_an_event_called_off_or_not_yet_done_is_none(text):
    assert proposed(text, "events", reference="2025-11-12") == []


def test_an_undated_event_at_a_dated_meeting_takes_its_date():
    text = "The accord is expected to be signed at a summit of interior ministers due in the spring."
    events = proposed(text, "events", reference="2025-11-12")
    assert [(e["event_type"], e["date"], e["status"]) for e in events] == [("signing", "2026-21", "planned"),
                                                                          ("planned_meeting", "2026-21", "planned")]


@pytest.mark.parametrize("words, reference, planned, edtf", [
    ("in the autumn", "2025-11-12", True, "2025-23"), ("the winter", "2026-01-10", False, "2025-24"),
    ("next spring", "2025-04-10", True, "2026-21"), ("last summer", "2025-04-10", False, "2024-22"),
    ("Autumn 2024", "2025-04-10", False, "2024-23"), ("the third quarter of 2024", "2025-04-10", False, "2024-07/2024-09"),
])
def test_seasons_and_quarters_resolve_to_edtf(words, reference, planned, edtf):
    from uis_build.drafting.dates import DATE_RE, resolve
    m = DATE_RE.search(words)
    assert m and m.group(0) == words and resolve(m, reference, planned) == edtf


@pytest.mark.parametrize("text, kind", [
    ("Eight night-vision cameras and two vans were handed over to the Duhok police last month.", "equipment"),
    ("Three Europol analysts began secondments to the Kurdish interior ministry.", "liaison_officer"),
    ("The agencies signed a data-sharing arrangement on asylum records.", "data_system"),
    ("The two ministries will open a joint coordination centre in Basra.", "joint_intelligence_cell"),
])
def test_measures(text, kind):
    assert [c["measure_type"] for c in proposed(text, "measures")] == [kind]
# -- an agency wire from the French coast, a US outlet's Washington report ---------------------------------

@pytest.mark.parametrize("text, name, role", [
    ("Calais's sub-prefect, Odile Varennes, visited the beach.", "Odile Varennes", "sub-prefect"),
    ("Rep. Carla Montoya, a Texas Republican, backed the bill.", "Carla Montoya", "Rep."),
])
def test_officials(text, name, role):
    c = one(text, "officials")
    assert (c["name"], c["role"]) == (name, role)


def test_what_an_indefinite_article_opens_is_no_speaker():
    text = 'Rep. Carla Montoya, a Texas Republican on the Armed Services Committee, said the plan needed "real oversight, not slogans."'
    assert one(text, "statements")["speaker"] == "Carla Montoya"


@pytest.mark.parametrize("text, words, speaker", [
    # a quotation and its translation in brackets, attributed after a role and the name
    ('"Les réseaux se déplacent vers le sud" ("The networks are moving south"), Calais\'s sub-prefect, Odile Varennes, '
     "told reporters.", "Les réseaux se déplacent vers le sud", "Odile Varennes"),
    ('"Les réseaux se déplacent vers le sud" ("The networks are moving south"), Calais\'s sub-prefect, Odile Varennes, '
     "told reporters.", "The networks are moving south", "Odile Varennes"),
    # a person known by one name: an age after it, or "gave only her first name"
    ('Speaking through an interpreter, Avan, a 29-year-old nurse from Kirkuk, said the camp flooded twice. '
     '"We sleep in wet blankets every night," she said.', "We sleep in wet blankets every night", "Avan"),
    ('"The police took our tent again," said Hawre, 22, who gave only his first name. He said he would try again. '
     '"The sea is the only road left for us."', "The sea is the only road left for us.", "Hawre"),
    # an opening phrase before the subject, and an initial's full stop, are no part of an organisation's name
    ('In a statement, the U.S. Consulate in Erbil said the grants would "give young people a reason to stay."',
     "give young people a reason to stay.", "U.S. Consulate in Erbil"),
])
def test_speakers(text, words, speaker):
    found = [c for c in proposed(text, "statements") if c["text_text"] == words]
    assert [c["speaker"] for c in found] == [speaker], proposed(text, "statements")


def test_a_quotation_split_by_its_attribution_is_one_statement():
    text = '"We are," Grace Okafor said, "ready to share every lead we have with Baghdad." She did not give details.'
    c = one(text, "statements")
    assert c["speaker"] == "Grace Okafor"
    assert c["text_text"].startswith("We are") and c["text_text"].endswith("with Baghdad.")
# -- training named as a verb phrase, visitors hosted, replies, one-word quotations said ---------------


@pytest.mark.parametrize("text", [
    "Denmark will spend €2 million to train and equip Syrian and Lebanese coastguard forces, the ministry said.",
    "The grant will train Moldovan border forces at two crossings.",
])
def test_training_forces_is_a_training_measure(text):
    assert [c["measure_type"] for c in proposed(text, "measures")] == ["training"]


def test_visitors_hosted_are_a_planned_meeting_and_staff_hosted_are_no_event():
    text = "The consulate in Erbil will host Kurdish, Turkish and Dutch customs officials in Duhok later this month."
    assert _event(text, "2025-06-10") == [("planned_meeting", "2025-06", "planned", "this month")]
    assert _event("The new office will host four liaison officers from Rome.", "2025-06-10") == []


def test_a_reply_after_a_question_goes_to_the_person_before_a_forces_name():
    text = ("The team was led by Brigadier Samir Yousef al-Obaidi, head of the Western Desert Guard Forces, who said the "
            "road was quiet. Asked whether more patrols were needed, he replied that “the desert does not forgive mistakes.”")
    assert one(text, "statements")["speaker"] == "Samir Yousef al-Obaidi"


@pytest.mark.parametrize("text, word", [
    ('A senior Dutch diplomat, who asked not to be named, described the plan as "premature" to the Kurdish delegation.', "premature"),
    ("The governor called the deal “historic” on Monday.", "historic"),
    ("The ambassador said it was “unworkable”.", "unworkable"),
])
def test_a_one_word_quotation_a_verb_of_saying_governs_is_a_statement(text, word):
    assert one(text, "statements")["text_text"] == word


@pytest.mark.parametrize("text", [
    "The so-called “hubs” opened in March.",
    "The plan was described as “premature” in the report.",
    "Smugglers now sell “packages” of three attempts.",
])
def test_a_one_word_quotation_no_one_is_said_to_have_said_is_a_term(text):
    assert proposed(text, "statements") == []
# -- unnamed sources, declined comment, headline quotes, testimony paragraphs, posts at private bodies ----------


def test_words_declined_comment_on_are_a_statement_of_no_named_speaker():
    text = "A Foreign Office spokeswoman declined to comment on “security arrangements” with Ankara."
    c = one(text, "statements")
    assert (c["text_text"], c["speaker"]) == ("security arrangements", None)


def test_a_possessive_reference_names_no_speaker():
    text = "The briefing paper was leaked in May. Its author warns that the gangs are “switching to cargo ferries at night”."
    assert one(text, "statements")["speaker"] is None


def test_a_quotation_in_a_headline_is_not_proposed():
    text = ("‘They took my brother’s passport’: families in Duhok wait for news\n\n"
            "“They took my brother’s passport and we never heard from him again,” said Nasrin Omer, 31.")
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Nasrin Omer"]


def test_a_first_person_paragraph_goes_to_the_subject_of_the_paragraph_before():
    text = ("Dilovan*, 19, left Zakho in 2024 with his cousin. He crossed three borders before he was stopped in Vienna.\n\n"
            "“I believed the man who sold us the tickets. My mother still pays his brother every month.”\n\n"
            "*Dilovan’s name has been changed.")
    assert one(text, "statements")["speaker"] == "Dilovan"


def test_a_paragraph_quotation_in_no_one_s_voice_keeps_no_speaker():
    text = ("Lena Vogt read the ruling slowly. It ran to nine pages.\n\n"
            "“The appeal is dismissed in full and the order stands.”")
    assert one(text, "statements")["speaker"] is None


_WARD = "“Nobody should pay a smuggler for a seat,” Inspector Lucy Ward told reporters."


@pytest.mark.parametrize("text, speakers", [
    # a paragraph that is only a quotation, after one closing with an attributed quotation: the same speaker goes on
    (f"{_WARD}\n\n“Those boats are not safe, and they never were.”\n\n“We will keep saying it until people listen.”",
     ["Lucy Ward", "Lucy Ward", "Lucy Ward"]),
    ("Lucy Ward said: 'Nobody should pay a smuggler for a seat.'\n\n'Those boats are not safe, and they never were.'",
     ["Lucy Ward", "Lucy Ward"]),
    # another sentence closes the paragraph before, its quotation names no one, or the new one has its own attribution
    (f"{_WARD} The road was shut soon after.\n\n“Those boats are not safe, and they never were.”", ["Lucy Ward", None]),
    ("An official said: “Nobody should pay a smuggler for a seat.”\n\n“Those boats are not safe, and they never were.”",
     [None, None]),
    (f"{_WARD}\n\n“Those boats are not safe, and they never were,” said Omar Saleh, a boatman.", ["Lucy Ward", "Omar Saleh"]),
])
def test_a_quotation_paragraph_after_an_attributed_one_continues_its_speaker(text, speakers):
    assert [c["speaker"] for c in proposed(text, "statements")] == speakers


@pytest.mark.parametrize("text, speaker", [
    ("According to Dana Aziz, a teacher in Ranya, “the young men were promised jobs in Leeds”.", "Dana Aziz"),
    ("According to Dana Aziz, who taught Omar Salih, “the young men were promised jobs in Leeds”.", "Dana Aziz"),
    ("According to the Home Office, “the young men were promised jobs in Leeds”.", "Home Office"),
    # someone described, not named, speaks for no one the drafter can name
    ("Things changed, according to a teacher, when “the young men were promised jobs in Leeds”.", None),
])
def test_according_to_before_a_quotation_names_its_speaker(text, speaker):
    assert one(text, "statements")["speaker"] == speaker


@pytest.mark.parametrize("text, expected", [
    # a verb of saying and a colon introduce a quotation however short; "She" goes where a pronoun always goes
    ("She said: “The port will stay shut all week.” She added: “Stay away.”",
     [("The port will stay shut all week.", None), ("Stay away.", None)]),
    ("Major Hevi Aziz spoke at the gate. She said: “The port will stay shut all week.” She warned: “Stay away.”",
     [("The port will stay shut all week.", "Hevi Aziz"), ("Stay away.", "Hevi Aziz")]),
    # a sign's words after a colon are no one's speech
    ("The sign on the gate read: “Stay away.”", []),
])
def test_a_short_quotation_a_verb_of_saying_and_a_colon_introduce_is_a_statement(text, expected):
    assert [(c["text_text"], c["speaker"]) for c in proposed(text, "statements")] == expected


def test_a_post_at_a_body_the_article_calls_a_charity_is_no_office():
    text = ("Open Doors Kurdistan, the Sulaimani refugee charity, runs two shelters. "
            "Hevar Salih, director of Open Doors Kurdistan, said the shelters were full.")
    assert proposed(text, "officials") == []


@pytest.mark.parametrize("text, officials", [
    ("The families are supported by a Dutch NGO, the Meridian Network in Kirkuk. Its director, Anouk de Graaf, said "
     "most had lost their homes.", []),
    ("Cases recorded by the region’s anti-smuggling directorate rose again, its director, Colonel Aso Karim Hama, told "
     "reporters.", ["Aso Karim Hama"]),
])
def test_its_director_holds_office_only_at_a_public_body(text, officials):
    assert [c["name"] for c in proposed(text, "officials")] == officials


# -- events, dates and measures of a newsletter roundup and a radio bulletin ------------------

def test_a_meeting_named_by_its_day_is_dated_that_day():
    text = "At Tuesday’s meeting of the border committee in Zakho, the two sides agreed on joint patrols."
    assert [e[:3] for e in _event(text)] == [("meeting", "2024-12-03", "occurred")]


def test_a_case_adjourned_to_a_day_is_a_hearing_planned_that_day():
    assert [e[:3] for e in _event("The hearing was adjourned until 9 January, the magistrates said.")] == [
        ("court_ruling", "2025-01-09", "planned")]
    assert _event("The hearing was adjourned after the interpreter fell ill.") == []


@pytest.mark.parametrize("text", [
    "It was the first removal since Britain and Iraq signed the accord.",  # a signing named only to date something else
    "The aircraft left Stansted at midnight and landed in Baghdad early on Friday.",  # a plane landing is no visit
])
def test_no_event(text):
    assert _event(text) == []


def test_a_range_of_days_gives_no_single_day():
    # no longer its last day alone: since then the build's parser reads the range, and the event spans it
    assert [e[:3] for e in _event("Officials met in Amman on 11 and 12 November.")] == [("meeting", "2024-11-11/2024-11-12", "occurred")]


@pytest.mark.parametrize("text, kind", [
    ("The ministry has set up a new unit targeting document forgers.", "task_force"),
    ("A pilot to fingerprint all new arrivals will start in June.", "data_system"),
    ("The third deportation flight of the year left Birmingham on Sunday.", "returns"),
    ("The court ruled that removals to Iraq could go ahead.", "returns"),
])
def test_more_kinds_of_measure_are_proposed(text, kind):
    assert one(text, "measures")["measure_type"] == kind


def test_a_return_flight_is_no_measure():
    assert proposed("Her return flight to Sulaimani was delayed by fog.", "measures") == []


def test_equipment_named_bare_is_the_equipment_named_more_exactly():
    text = "The fund pays for new cameras at the crossings. Twelve thermal cameras were installed at Ibrahim Khalil in May."
    assert "thermal cameras" in one(text, "measures")["description_text"]


# -- events, measures, statements, dates -----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Delegates met in Vienna on 9 and 10 October.", [("meeting", "2024-10-09/2024-10-10", "occurred", "on 9 and 10 October")]),
    ("The envoys held talks in Oslo on 20-21 November 2024.",
     [("meeting", "2024-11-20/2024-11-21", "occurred", "on 20-21 November 2024")]),
    ("The committee will meet in Geneva on the 16th and 17th of January.",
     [("planned_meeting", "2025-01-16/2025-01-17", "planned", "on the 16th and 17th of January")]),
    ("The minister visited Basra between 2 and 4 December.",
     [("visit", "2024-12-02/2024-12-04", "occurred", "between 2 and 4 December")]),
])
def test_a_range_of_days_dates_an_event_from_its_first_day_to_its_last(text, expected):
    assert _event(text) == expected


@pytest.mark.parametrize("text", [
    "Police in Mosul detained 23 suspects between 5 and 9 November.",  # counted over a range of days: no one arrest
    "Coastguards arrested 11 people from 2 to 6 October.",
    # ... or of months, the first without its year, or over the first months told before the verb
    "Patrols turned back 1,200 people between February and July 2025 and arrested 88 suspected drivers.",
    "Coastguards arrested 46 people from March to June 2024, officials said.",
    "In the first seven months, river police arrested 39 suspected smugglers.",
])
def test_arrests_counted_over_a_range_of_days_are_no_event(text):
    assert _event(text) == []


def test_an_arrest_in_one_month_or_between_two_places_is_still_an_event():
    assert [e[:3] for e in _event("Police arrested nine smugglers in June 2024.")] == [("arrest", "2024-06", "occurred")]
    assert [e[:3] for e in _event("Police arrested four men between Zakho and Duhok in June.")] == [("arrest", "2024-06", "occurred")]


@pytest.mark.parametrize("text", [
    "One diplomat briefed on the negotiations said Ankara had asked for more money.",  # a source described, no briefing
    "Officials who were briefed by the ministry said the cell had been moved to Duhok.",
    "Two people briefed about the plan described it as a pilot.",
])
def test_a_source_described_as_briefed_is_no_briefing(text):
    assert _event(text) == []


@pytest.mark.parametrize("text", [
    "Members of parliament were briefed on the plan on Tuesday.",  # a briefing told in the passive
    "The ambassador briefed reporters in Erbil on Monday.",  # ... or in the active, with its object
])
def test_a_briefing_told_as_such_is_still_an_event(text):
    assert [e[0] for e in _event(text)] == ["briefing"]


@pytest.mark.parametrize("text", [
    "The shelter in Sulaimani has supported 312 returnees since March.",  # returnees already helped, counted: a figure
    "Last year the clinic assisted more than 90 returnees.",
])
def test_returnees_counted_as_helped_are_no_measure(text):
    assert [c for c in proposed(text, "measures") if c["measure_type"] == "reintegration"] == []


def test_a_plan_to_help_returnees_is_still_a_measure():
    assert one("The new fund will support 500 returnees in Duhok.", "measures")["measure_type"] == "reintegration"


@pytest.mark.parametrize("label", ["CLIP (OSMAN):", "SOT (Farida Osman):", "OSMAN:", "Osman:"])
def test_a_script_label_names_the_clip_s_speaker(label):
    text = (f"Farida Osman from the Tyneside Refugee Network was at the station.\n\n{label} \"We waited all night. Nobody came.\"\n\n"
            "The council says it will review the case.")
    c = one(text, "statements")
    assert (c["speaker"], c["speaker_kind"], c["text_text"]) == ("Farida Osman", "person", "We waited all night. Nobody came.")


def test_a_label_naming_no_one_of_the_article_gives_no_speaker():
    text = "Jonas Berg and Lena Berg spoke to us.\n\nCLIP (BERG): \"We waited all night for the bus to come.\""
    assert one(text, "statements")["speaker"] is None  # two people share the surname: left for review
    assert one("Q: \"Will the flights continue after the summer?\"", "statements")["speaker"] is None
# Task S1: figures that are no figures (names, timeline days, sources, clients, ages, research, mastheads, digests, clock and
# running times) and figures after a timeline's dash, after "more" and before "of the men"


@pytest.mark.parametrize("text", [
    "Most of them slept rough, according to the volunteer group Calais 24.",  # a number in a name
    "3 Mar: The two ministries opened a joint hotline in Basra.",  # a day leading a timeline line
    "Three people familiar with the plan said the cell would move to Duhok.",  # a count of sources
    "A solicitor acting for three Iraqi nationals said they would appeal.",  # a lawyer's clients
    "Dilan†, 19, from near Koya, was stopped at the port.",  # an age after a name marked as changed
    "The study is based on 52 interviews in Ranya and Qaladze.",  # a report's research interviews
    "Monday 2 June · Edition 47 · The border digest",  # a masthead's issue number
    "Five stories today, from Dover to Duhok.",  # a digest's count of its own items
    "Runtime: 2'15\" Presenter: Sam Cole",  # a running time in minutes and seconds
    "The convoy reached the crossing at about eight this evening.",  # a clock time in words
    "The minister arrived at eleven o'clock.",
])
def test_no_figure(text):
    assert proposed(text, "statistics") == []


@pytest.mark.parametrize("text, words, value, qualifier", [
    ("April 2025 – Nine patrol boats were handed over to the river police.", "Nine", 9, None),  # after a timeline's dash
    ("The council agreed to send three more Border Force search teams to Basra.", "three", 3, None),  # the noun after "more"
    ("Lawyers say at least five of the women have children in Britain.", "at least five", 5, "at_least"),  # of a group
])
def test_figure(text, words, value, qualifier):
    c = one(text, "statistics")
    assert (c["value_text"], c["value"], c["qualifier"]) == (words, value, qualifier)


# Task S1: a bare "dinars" is the dinar its article names (Iraq's when it names none, unknown when it names two)


@pytest.mark.parametrize("text, currency", [
    ("Kuwait gave 300,000 Kuwaiti dinars last year. This year it gives 400,000 dinars.", "KWD"),
    ("Amman will add JD1.2 million. The city adds 500,000 dinars.", "JOD"),
    ("Smugglers charge 9 million dinars a person.", "IQD"),
    ("Iraq pays 5 million Iraqi dinars, Jordan 3 million Jordanian dinars. Fees are 2 million dinars.", None),
])
def test_a_bare_dinar_is_the_article_s_dinar(text, currency):
    assert proposed(text, "funding")[-1]["currency"] == currency


def test_a_bare_dinar_is_drafted_as_the_build_reads_it():
    """The drafter and the build share one rule (parsing.money.bare_dinar): the draft says so, and where the article
    names two dinars, that the build refuses a bare one."""
    from uis_build.drafting.draft import draft_annotation
    for text, note in (("Amman will add JD1.2 million. The city adds 500,000 dinars.\n", "500000 JOD (a bare 'dinars': "),
                       ("Iraq pays 5 million Iraqi dinars, Jordan 3 million Jordanian dinars. Fees are 2 million dinars.\n",
                        "the build refuses it")):
        found = [c for c in candidate_records(text) if c["table"] == "funding"]
        draft = draft_annotation(found, "999-test")
        assert note in draft and draft.count("a bare 'dinars'") == 1  # not for "JD1.2 million", whose words name the dinar
        assert found[-1]["amount_basis"] == "currency_from_article" and found[0]["amount_basis"] == "stated"


# Transcripts: a speech under a speaker heading (Hansard's Commons and Lords, and the like) is its speaker's statement;
# a heading's post or seat names an official; a citation's column and volume numbers are no figures

_COMMONS = """Small Boats: Iraq
Volume 760: debated on Wednesday 4 December 2024

11.32 am

Mr Tom Harlow (Dover and Deal) (Lab)

What recent progress her Department has made on returns to Iraq.

The Minister for Border Security and Asylum (Dame Angela Ross)

The agreement signed in Baghdad is already working. We returned 46 people this month.

Column 310

Mr Speaker: Order. The House must come to order.

Hon. Members: Hear, hear!

Dr Priya Nandra (Ealing North) (Con)

Will the Minister say when the next flight leaves?

[Interruption.]

Members opposite may laugh, but my constituents do not.

Dame Angela Ross

The next flight leaves in January.

Sir Ian Crewe (Gainsborough) (Con) rose—

12.01 pm
"""

_LORDS = """Asked by Baroness Linwood

To ask His Majesty's Government what steps they are taking against smuggling gangs.

The Minister of State, Home Office (Lord Avery of Stoke) (Lab)

My Lords, we are funding 12 new officers in Erbil.

Baroness Linwood (Con)

My Lords, as chair of the Border Affairs Committee, I welcome that. Rebwar Aziz of the Families Network told me, “We see them in the camps every week.”

Noble Lords: Oh!

Lord Merriot (LD)

My Lords—

Lord Avery of Stoke

The noble Baroness is right, and I will write to her.
"""


@pytest.mark.parametrize("text, expected", [
    (_COMMONS, [("Tom Harlow", "What recent progress", "returns to Iraq."),
                ("Angela Ross", "The agreement signed", "46 people this month."),
                ("Mr Speaker", "Order.", "come to order."),
                ("Priya Nandra", "Will the Minister", "my constituents do not."),  # on over an interruption
                ("Angela Ross", "The next flight", "in January.")]),
    (_LORDS, [("Baroness Linwood", "To ask His Majesty's Government", "against smuggling gangs."),
              ("Lord Avery of Stoke", "we are funding", "officers in Erbil."),  # less "My Lords,"
              ("Baroness Linwood", "as chair of", "every week.”"),
              ("Rebwar Aziz", "We see them", "every week."),  # a quotation inside a speech stays its speaker's
              ("Lord Avery of Stoke", "The noble Baroness", "write to her.")]),
])
def test_transcripts_each_speech_is_its_speaker_s_statement(text, expected):
    found = sorted((c["spans"]["text"][0], c["speaker"], c["text_text"]) for c in proposed(text, "statements"))
    assert [(who, words.split()[0]) for _, who, words in found] == [(who, first.split()[0]) for who, first, _ in expected]
    assert all(words.startswith(first) and words.endswith(last) for (_, _, words), (_, first, last) in zip(found, expected))


@pytest.mark.parametrize("text, expected", [
    (_COMMONS, {("Tom Harlow", "Member for Dover and Deal"), ("Angela Ross", "Minister for Border Security and Asylum"),
                ("Priya Nandra", "Member for Ealing North"), ("Ian Crewe", "Member for Gainsborough")}),
    # a peer headed with a party alone is no official, nor is "My Lords"; a chair says so in the speech
    (_LORDS, {("Lord Avery of Stoke", "Minister of State, Home Office"),
              ("Baroness Linwood", "chair of the Border Affairs Committee")}),
    ("The honourable Member for Dover and Deal, Mr Tom Harlow, said 300 people landed.",
     {("Tom Harlow", "honourable Member for Dover and Deal")}),
])
def test_transcripts_a_heading_s_post_or_seat_names_an_official(text, expected):
    assert {(c["name"], c["role"]) for c in proposed(text, "officials")} == expected


def test_transcripts_speakers_are_linked_to_their_official_records():
    kinds = {c["speaker"]: c["speaker_kind"] for c in proposed(_LORDS, "statements")}
    assert kinds["Lord Avery of Stoke"] == "official" and kinds["Rebwar Aziz"] == "person"


@pytest.mark.parametrize("text, values", [
    (_COMMONS, [46]),  # not the volume, the column or the time stamps
    (_LORDS, [12]),
    ("HL Deb 3 December 2024 vol 842 c1423 records that 40 people were returned; see also cols 1424-25.", [40]),
])
def test_transcripts_citation_numbers_are_no_figures(text, values):
    assert [c["value"] for c in proposed(text, "statistics")] == values


def test_transcripts_a_written_answer_or_a_news_story_has_no_speeches():
    written = "Asked by Lord Pemberton\n\nTo ask His Majesty's Government how many were returned.\n\nAnswered by Baroness Ashcombe"
    story = "Lord Pemberton (Con) asked about returns.\n\nThe minister said the figures would be published soon."
    assert proposed(written, "statements") == proposed(story, "statements") == []
# -- a writer's own hedges on money, idioms with number words, Scottish court officers, quotations ending reported speech ---

@pytest.mark.parametrize("text, words, amount", [
    ("The treasurer thinks the true bill is nearer £3 million.", "nearer £3 million", 3_000_000),
    ("Auditors put the refit closer to €750,000 than the quoted price.", "closer to €750,000", 750_000),
    ("Each pilot earns in the region of $90,000 a year.", "in the region of $90,000", 90_000),
    ("Repairs will cost something like 400 million dinars.", "something like 400 million dinars", 400_000_000),
])
def test_a_writer_s_hedge_is_about(text, words, amount):
    c = one(text, "funding")
    assert (c["amount_text"], c["amount"], c["qualifier"]) == (words, amount, "about")


@pytest.mark.parametrize("text", [
    "Three cheers for the new coastguard crews, the mayor wrote.",
    "Only one or two officers knew the route.",
    "The minister said she was a hundred per cent sure of the numbers.",
    "Nine times out of ten the smugglers are caught.",
    "The council is in two minds about the plan.",
])
def test_a_number_word_in_an_idiom_is_no_figure(text):
    assert proposed(text, "statistics") == []


def test_a_percentage_of_something_counted_is_still_a_figure():
    assert [c["value_text"] for c in proposed("Police seized 100 per cent of the boats they stopped.", "statistics")] == \
        ["100 per cent"]


@pytest.mark.parametrize("text, name, role", [
    ("Passing sentence, the judge, Lady Harwood, told the accused he was a danger.", "Lady Harwood", "judge"),
    ("Advocate depute Calum Reid KC told the court the van was locked.", "Calum Reid", "Advocate depute"),
    ("procurator fiscal Anne Dunlop said the case was closed.", "Anne Dunlop", "procurator fiscal"),
    ("The prosecutor, Morven Tait KC, said the men were paid.", "Morven Tait", "prosecutor"),
    ("Alan Gow MSP, the justice minister, said the law worked.", "Alan Gow", "justice minister"),
])
def test_scottish_court_officers_and_post_nominals(text, name, role):
    c = one(text, "officials")
    assert (c["name"], c["role"]) == (name, role)


@pytest.mark.parametrize("text, words, speaker", [
    # a British single-quoted quotation after "told X:", apostrophes inside it; the judge named as a peer before it
    ("Imposing the sentence, the judge, Lady Harwood, told Aziz: 'You put children's lives at risk. Nobody's safety "
     "mattered to you.'", "You put children's lives at risk. Nobody's safety mattered to you.", "Lady Harwood"),
    ("The sheriff, Sheriff Ann Dow, told the driver: ‘You knew the lorry’s doors could not be opened.’",
     "You knew the lorry’s doors could not be opened.", "Ann Dow"),
])
def test_a_single_quoted_quotation_after_told_x(text, words, speaker):
    c = one(text, "statements")
    assert (c["text_text"], c["speaker"]) == (words, speaker)


@pytest.mark.parametrize("text, words, speaker", [
    ('"Smugglers sell a dream and deliver a nightmare," Major Karwan Barzani, spokesman for the Erbil police, told Rudaw TV.',
     "Smugglers sell a dream and deliver a nightmare", "Karwan Barzani"),
    ("“The border is quieter than it was last year,” Hevi Aziz, a senior Asayish officer, said on Monday.",
     "The border is quieter than it was last year", "Hevi Aziz"),
])
def test_a_name_then_an_appositive_then_the_verb_after_a_quotation(text, words, speaker):
    c = one(text, "statements")
    assert (c["text_text"], c["speaker"]) == (words, speaker)


def test_a_rank_opens_a_name_but_a_surname_major_stays():
    assert one("Major Karwan Barzani, spokesman for the Erbil police, said little.", "officials")["name"] == "Karwan Barzani"
    assert one('Former prime minister John Major said: "It was a mistake to leave."', "statements")["speaker"] == "John Major"


@pytest.mark.parametrize("text, words", [
    # a short quotation closing reported speech: a statement, its speaker unnamed (a description is no name)
    ("A spokeswoman for the Iraqi consulate in Paris said both governments compared notes on forged visas "
     '"almost every day".', "almost every day"),
    ('Hassan\'s lawyer said his client had been paid £300 a night and was "truly sorry".', "truly sorry"),
    ("An official said the patrols would continue “for the time being”.", "for the time being"),
])
def test_a_short_quotation_closing_reported_speech_has_no_named_speaker(text, words):
    c = one(text, "statements")
    assert (c["text_text"], c["speaker"]) == (words, None)


@pytest.mark.parametrize("text", [
    'The minister said the so-called "safe routes" were a fiction.',  # "so-called" is no verb of saying
    'Officers said the "burner phones" were seized in a raid on Tuesday.',  # a short quotation inside the sentence
])
def test_a_short_quotation_inside_reported_speech_is_no_statement(text):
    assert proposed(text, "statements") == []


def test_a_role_naming_no_official_is_no_speaker():
    assert one('The Interior Minister said: "We will not stop until the gangs are gone."', "statements")["speaker"] is None


def test_a_peer_s_title_and_one_name_is_a_person_but_lord_advocate_is_an_office():
    from uis_build.drafting.people import people
    text = "The Lord Advocate met the judge, Lord Kinross, and Lady Harwood in Edinburgh.\n"
    assert [m.name for m in people(text)] == ["Lord Kinross", "Lady Harwood"]


# events and measures of new genres (a committee's hearing, a planned return, a hearing set for a day, ...)


@pytest.mark.parametrize("text, expected", [
    # a committee's hearing is a meeting (2025-05-20 is a Tuesday)
    ("The Lords justice committee will take evidence on the scheme on 3 July.",
     [("planned_meeting", "2025-07-03", "planned", "on 3 July")]),
    ("MPs will question the Home Secretary on Thursday.", [("planned_meeting", "2025-05-22", "planned", "on Thursday")]),
    ("The inquiry will hold a hearing in Cardiff next month.", [("planned_meeting", "2025-06", "planned", "next month")]),
    # a return planned to a place is a visit, dated by the weekday after the reference
    ("She will return to Basra on Friday with the governor to open the new office.",
     [("visit", "2025-05-23", "planned", "on Friday")]),
    ("The minister will inspect the Faysh Khabur crossing on Monday.", [("visit", "2025-05-26", "planned", "on Monday")]),
    ("He will travel to Zakho on Monday to inspect the crossing.", [("visit", "2025-05-26", "planned", "on Monday")]),
    # reported speech of the future: "would" is planned, "next week" its Monday to Sunday
    ("The prosecutor said a court in Erbil would hear the cases of the nine men next week.",
     [("court_ruling", "2025-05-26/2025-06-01", "planned", "next week")]),
    # a hearing set (listed, fixed) for a day is planned that day; "next year" after a day is the year after the reference's
    ("A sentencing hearing has been listed for 12 March next year.", [("court_ruling", "2026-03-12", "planned", "12 March next year")]),
    ("The trial was fixed for 9 September, the sheriff said.", [("court_ruling", "2025-09-09", "planned", "9 September")]),
    # a programme reviewed at a place named is a meeting
    ("Iraqi and Danish officials are due to review the scheme in Copenhagen in October.",
     [("planned_meeting", "2025-10", "planned", "in October")]),
])
def test_events_of_new_genres(text, expected):
    assert _event(text, "2025-05-20") == expected


@pytest.mark.parametrize("text", [
    "Thousands of migrants will return to Iraq on charter flights.",  # people returned: no visit
    "The governor said police had arrested 40 suspects since March, and that new patrols would begin in the summer.",  # a tally
    "Police arrested 12 men over the first half of 2024.",  # ... over a period
    "Local officers say the tip-offs have led to 41 arrests.",  # an undated count of arrests: a figure
    "The raids had led to 31 arrests in the first six months of 2025.",  # ... or one over a period (a running total)
    "Police inspected the lorry at the roadside.",  # no site inspected
])
def test_no_event_of_the_new_genres(text):
    assert _event(text, "2025-05-20") == []


def test_a_date_of_a_clause_after_and_that_is_not_the_verb_s():
    found = _event("The general said his men had arrested a smuggler in Zakho, and that a new course would start in the winter.",
                   "2025-05-20")
    assert found == [("arrest", None, "occurred", None)]


@pytest.mark.parametrize("text, kind", [
    ("Another round of training for Kurdish guards will start in the spring.", "training"),  # not the bare word
    ("Sixty officers finished a two-week course on forged documents.", "training"),
    ("The academy runs courses in forensic accounting for Iraqi detectives.", "training"),
    ("The new centre will offer returnees small-business grants worth $3,000 each.", "reintegration"),
    ("Some 400 Iraqis were removed last year, most on chartered flights to Baghdad.", "returns"),
    ("Police in Mosul shared information on the gangs with Jordanian officers last year.", "intelligence_sharing"),
    ("Families can ring the police helpline, free of charge, around the clock.", "hotline"),  # a service told as one
    ("Residents can call a toll-free hotline run by the directorate.", "hotline"),
])
def test_measures_of_new_genres(text, kind):
    assert one(text, "measures")["measure_type"] == kind


@pytest.mark.parametrize("text", [
    "Of course, the minister said, nothing is settled.",
    "Tourists arrived on charter flights to Erbil.",  # no one removed
    "Police shared information with the public.",  # nothing on the gangs
    "Ministers will discuss a joint approach to returns at the summit in June.",  # only to be discussed
])
def test_no_measure(text):
    assert proposed(text, "measures") == []


def test_a_grant_beside_the_programme_paying_it_is_a_second_reintegration_measure():
    found = proposed("Oslo will fund reintegration centres in Duhok, offering returnees start-up grants of up to €2,000.", "measures")
    assert [(c["measure_type"], c["description_text"].split()[0]) for c in found] == [
        ("reintegration", "reintegration"), ("reintegration", "start-up")]


def test_a_programme_to_be_discussed_is_still_a_measure():
    assert one("A delegation will visit Baghdad to discuss the returns programme.", "measures")["measure_type"] == "returns"
# figures, statements and officials of a fact-check, a state agency's statement, a live blog and a Hansard extract


def _figures(text: str) -> list[tuple[str, object, object]]:
    return [(c["value_text"], c["value"], c["qualifier"]) for c in proposed(text, "statistics")]


@pytest.mark.parametrize("text", [
    "Baghdad, 3 March 2025 (3 Ramadan 1446 AH) – The council met on Monday.",
    "The decree is dated 14 Rabi' al-Thani 1446 and was read out in Najaf.",
    "The pilgrims set out on 9 Dhu al-Hijjah, the day of Arafat.",
    "Its founders left Mecca in AH 1 for Medina.",
])
def test_a_hijri_date_is_no_figure(text):
    assert _figures(text) == []


@pytest.mark.parametrize("text", [
    "Correction, 2 May 2025: An earlier version of this report said 35 boats were seized in April. It was 25.",
    "This entry was updated at 11.20: the previous version stated that seven people had drowned.",
    "An earlier version of this story wrongly said crossings had doubled.",
])
def test_numbers_a_correction_withdraws_are_no_figures(text):
    assert [f for f in _figures(text) if f[1] != 25] == []


def test_a_correction_withdraws_only_what_the_earlier_version_said():
    assert _figures("An earlier version of this story said 35 boats. Police later seized 12 boats in Calais.") == [("12", 12, None)]


@pytest.mark.parametrize("text", [
    "Pressed on the number, the councillor said he backed the estimate “100%” and left the studio.",
    "She was asked whether she trusted the data and replied '110%'.",
])
def test_a_percentage_standing_alone_as_a_quotation_is_no_figure(text):
    assert _figures(text) == []


@pytest.mark.parametrize("text, words, value, qualifier", [
    ("Nearly one in five of the men held in Ramadi was a minor.", "Nearly one in five", 0.2, "nearly"),
    ("Officials said one in every ten boats now carries a satellite phone.", "one in every ten", 0.1, None),
    ("The charity said three in 10 returnees left again within a year.", "three in 10", 0.3, None),
])
def test_n_in_m_is_a_ratio(text, words, value, qualifier):
    c = one(text, "statistics")
    assert (c["value_text"], c["value"], c["qualifier"], c["unit"]) == (words, value, qualifier, "ratio")


@pytest.mark.parametrize("text, found", [
    ("Police arrested two in three raids in Zakho.", [("two", 2, None), ("three", 3, None)]),  # no ratio
    ("Officers detained one in 24 hours.", []),
    ("The court jailed 12 in 2023 for smuggling.", [("12", 12, None)]),
])
def test_n_in_m_is_no_ratio_when_m_counts_something_else(text, found):
    assert _figures(text) == found


@pytest.mark.parametrize("text, found", [
    ('He added: "Forty per cent of those we stopped were from Duhok."', [("Forty per cent", 40, None)]),
    ("Youth unemployment in Duhok exceeded 30 percent last year, the study found.", [("exceeded 30 percent", 30, "more_than")]),
    ("Arrivals on Lampedusa surpassed 9,000 by the end of May.", [("surpassed 9,000", 9000, "more_than")]),
    ("The fund bought six four-wheel-drive trucks and nine two-way radios.", [("six", 6, None), ("nine", 9, None)]),
    ("Baghdad sent three Interior Ministry forensic experts to Calais.", [("three", 3, None)]),
])
def test_number_words_before_a_percentage_a_compound_or_a_name_and_a_verb_of_exceeding(text, found):
    assert _figures(text) == found


def test_one_hundred_and_twenty_five_is_still_one_number():
    assert _figures("Police questioned one hundred and twenty-five passengers.") == [("one hundred and twenty-five", 125, None)]


@pytest.mark.parametrize("text", [
    "Latest\n14.05 GMT Three charged over Dover crossing\n\nThe men appear in court on Friday.",
    "Three detained at Calais port\n\nFrench police said the men were held overnight.",
])
def test_a_count_opening_a_headline_line_before_a_past_participle_is_a_figure(text):
    assert _figures(text)[0] == ("Three", 3, None)


def test_a_flight_of_people_is_no_flight_number():
    assert _figures("A flight of 46 men landed in Erbil.") == [("46", 46, None)]


@pytest.mark.parametrize("text", [
    'Ministers met in Rome. A Downing Street source described the talks as "frank but useful in the end".',
    'The ministry said little. Sources close to the minister called the plan "dead in the water by March".',
])
def test_an_anonymous_source_is_no_speaker(text):
    assert one(text, "statements")["speaker"] is None


def test_a_participle_of_saying_gives_the_quotation_to_the_sentence_s_subject():
    text = ("Her Excellency the Minister of Migration, Ms. Layla Hassan Aziz, hosted a French delegation led by Mr. Paul Girard.\n\n"
            'She said the camps would close by June, adding that "no family will be left without a roof this winter".')
    assert one(text, "statements")["speaker"] == "Layla Hassan Aziz"


def test_a_one_word_quotation_someone_stands_by_is_their_statement_but_no_figure():
    text = 'Asked about the numbers, Ms Rowan Pike said she stood by the estimate "100%" and left.'
    assert one(text, "statements")["speaker"] == "Rowan Pike"
    assert proposed(text, "statistics") == []


def test_a_post_on_social_media_without_quotation_marks_is_a_statement():
    text = ("The opposition leader, Karen Holt, wrote on Facebook:\n\n"
            "Twelve boats in one night and still no plan. The minister must go.\n\nThe ministry did not reply.")
    c = one(text, "statements")
    assert (c["text_text"], c["speaker"]) == ("Twelve boats in one night and still no plan. The minister must go.", "Karen Holt")
    assert [f["value_text"] for f in proposed(text, "statistics")] == ["Twelve"]


@pytest.mark.parametrize("text, role", [
    ("The talks were held in the presence of the Iraqi Ambassador to Rome, Mr. Salim Dawood Hamid.", "Ambassador to Rome"),
    ("The letter was read at the invitation of the Deputy Interior Minister, Ms. Nadia Kareem Saleh.", "Deputy Interior Minister"),
])
def test_a_role_never_opens_with_the_occasion_of_the_mention(text, role):
    assert one(text, "officials")["role"] == role


# events and measures settled on 2026-12-03 (arrests counted over a period, a hotline however told, a meeting received, one
# at "the sidelines of the meeting", a meeting asked for in a question, a judge's refusal, a quarter of next year, "since" clauses,
# officers posted, a correction's withdrawn words, a charter flight under the pact)


@pytest.mark.parametrize("text, expected", [
    # visitors received, as a state agency writes it (2025-06-09 is a Monday)
    ("The governor received at his office in Kirkuk on Saturday a delegation of Danish police officers.",
     [("meeting", "2025-06-07", "occurred", "on Saturday")]),
    # a body holding its next meeting, with a "mid-" month
    ("The steering group will hold its next meeting in Amman in mid-March 2026.",
     [("planned_meeting", "2026-03", "planned", "in mid-March 2026")]),
    # a quarter of next year
    ("The deputy minister is expected to pay a visit to Denmark in the second quarter of next year.",
     [("visit", "2026-04/2026-06", "planned", "in the second quarter of next year")]),
    # a question asking a minister to meet someone is a meeting planned
    ("Will the Secretary of State meet the mayors of Zakho and Duhok when they visit Westminster in July?",
     [("planned_meeting", "2025-07", "planned", "in July")]),
    # a judge's refusal of what was sought, last night
    ("Her lawyer said a High Court judge had rejected the appeal last night.",
     [("court_ruling", "2025-06-08", "occurred", "last night")]),
    # arrests in one operation stay an event
    ("Six men were arrested in Calais on Monday.", [("arrest", "2025-06-09", "occurred", "on Monday")]),
])
def test_events_settled_on_their_conventions(text, expected):
    assert _event(text, "2025-06-09") == expected


def test_an_event_on_the_sidelines_of_a_meeting_takes_the_day_of_the_meeting_told_before():
    text = ("The ministers met in Duhok on Thursday to review the border plan.\n\nThey discussed patrols.\n\n"
            "On the sidelines of the meeting, the two police chiefs signed a protocol on joint training.")
    assert _event(text, "2025-06-09") == [("meeting", "2025-06-05", "occurred", "on Thursday"),
                                          ("signing", "2025-06-05", "occurred", None)]


@pytest.mark.parametrize("text", [
    # counts of arrests over a period are a running total (a figure)
    "Police in Mosul have arrested 58 suspected smugglers since the new law came into force.",
    "The coastguard said that in September alone it arrested 27 people.",
    "The unit's tip-offs had led to 90 arrests in the first ten months of 2025.",
    "Border guards have arrested 44 men over the past three weeks.",
    # a verb in a "since" clause dates something else, even in a sentence with a date
    'Speaking on Friday, the MP said: "Since the Government signed its deal with Baghdad, nothing has changed."',
    # officers posted, not visitors
    "Three Home Office liaison officers arrived in Erbil last month.",
    "Two detectives arrived in Basra on Monday to take up their posts at the new centre.",
    # what a correction says an earlier version said is withdrawn
    "Correction: a previous version of this report said 12 people had been arrested in Zakho.",
])
def test_no_event_by_those_conventions(text):
    assert _event(text, "2025-06-09") == []


@pytest.mark.parametrize("text", [
    "Witnesses can report traffickers on the police hotline, 119.",  # given to call
    "Parents can ring the charity's helpline on 0800 555 0101 for advice.",
    "The first charter flight under the returns deal will leave Manchester in May.",  # a flight under the pact
])
def test_measures_settled_on_their_conventions(text):
    assert [c["measure_type"] for c in proposed(text, "measures")] == [("returns" if "charter" in text else "hotline")]


def test_a_charter_flight_and_the_programme_it_serves_are_two_returns_measures():
    text = "The first charter flight under the deal leaves in March, and the returns programme has £2 million."
    assert [c["description_text"].split()[0] for c in proposed(text, "measures")] == ["charter", "returns"]


def test_a_hotline_s_number_is_no_figure():
    assert proposed("Witnesses can report traffickers on the police hotline, 119.", "statistics") == []


# -- frozen4 statements and officials: organisations as speakers, a state agency's reported speech, a transcript's seats and quotations
# reported in a speech, a headline repeating a quotation, long ambassadorial posts, a title after "and", and bodies'
# names that are no person's

def _statements(text: str) -> list[tuple[str, str | None]]:
    return [(c["text_text"], c["speaker"]) for c in proposed(text, "statements")]


@pytest.mark.parametrize("text, speaker", [
    ('The Foreign Office said on Monday that "at least 300 families" had applied.', "Foreign Office"),
    ('The Border Agency warned in a report that crossings were "rising again".', "Border Agency"),
    ('A statement by the Ministry of Migration, which was sent to reporters, said "the first flight will leave in May".',
     "Ministry of Migration"),
    ('The figures are provisional, which the Statistics Office itself describes as "liable to change".', "Statistics Office"),
])
def test_an_organisation_speaks_without_its_article(text, speaker):
    assert [s for _, s in _statements(text)] == [speaker]


def test_a_second_quotation_in_the_sentence_goes_to_the_same_organisation():
    text = 'The Cabinet Office said that "nine in ten claims" were settled "within the first month".'
    assert _statements(text) == [("nine in ten claims", "Cabinet Office"), ("within the first month", "Cabinet Office")]


@pytest.mark.parametrize("text, speaker", [
    ("His Excellency the Governor of Basra, Mr. Adil Kareem al-Hamdani, met the delegation today.\n\n"
     'His Excellency the Governor affirmed "the province is ready to host the returnees in dignity".', "Adil Kareem al-Hamdani"),
    ("The Consul General of Sweden in Erbil, Ms. Ingrid Holm, visited the centre.\n\n"
     'For her part, the Swedish Consul General praised "the efforts made by the local authorities".', "Ingrid Holm"),
    ("The Director of Passports, Brigadier Hashim Saleh, received the team.\n\n"
     'The Director reiterated "the need to speed up the issuing of travel documents".', "Hashim Saleh"),
])
def test_a_title_before_a_state_agency_s_verb_stands_for_the_official_named_earlier(text, speaker):
    assert [s for _, s in _statements(text)][-1] == speaker


@pytest.mark.parametrize("text, words", [
    ("Nadia Brook (Lab): I am grateful. A neighbour of mine, a nurse from Kirkuk, waited two years. She told me, "
     '"Nobody ever answered my letters."', "Nobody ever answered my letters."),
    ('Inspector Paul Rhee gave evidence. One witness, a taxi driver, saw the boat leave. He said, "The engine was already smoking."',
     "The engine was already smoking."),
])
def test_a_pronoun_after_someone_unnamed_is_left_for_review(text, words):
    assert (words, None) in _statements(text)


@pytest.mark.parametrize("seat", ["Ynys Môn", "Clwyd North", "Stoke Central"])
def test_a_two_word_seat_in_a_heading_is_no_speaker_and_the_minister_is_the_one_headed(seat):
    text = (f"Jane Corbett ({seat}) (LD): The Minister said last month that the new centre was \"ready to open\".\n\n"
            "The Minister for Safeguarding (Mr Owain Price): I thank the hon. Lady for her question.\n")
    found = _statements(text)
    assert ("ready to open", "Owain Price") in found and all(s != seat for _, s in found)


@pytest.mark.parametrize("text", [
    '09:10\n"We waited nine hours in the water"\n\nSara, 31, from Zakho, arrived on Friday. "We waited nine hours in the water. '
    'Nobody came," she said.',
    'Pull quote\n\n"The smugglers lied about everything"\n\nRawand Omar told us: "The smugglers lied about everything, from the '
    'price to the boat."',
])
def test_a_headline_that_repeats_a_quotation_below_is_not_proposed(text):
    assert [s for _, s in _statements(text)] == [s for _, s in _statements(text) if s is not None] != []


@pytest.mark.parametrize("text, name, role", [
    ("The Minister received the Ambassador of the Kingdom of the Netherlands to the Republic of Iraq, Mr. Joost Verhagen, today.",
     "Joost Verhagen", "Ambassador of the Kingdom of the Netherlands to the Republic of Iraq"),
    ("Attending was the Ambassador of the United Arab Emirates to Iraq, Mr. Saeed al-Mazrouei, and his delegation.",
     "Saeed al-Mazrouei", "Ambassador of the United Arab Emirates to Iraq"),
])
def test_a_long_ambassadorial_post_is_the_role(text, name, role):
    assert (name, role) in {(c["name"], c["role"]) for c in proposed(text, "officials")}


@pytest.mark.parametrize("text, expected", [
    ("Foreign Secretary Alan Pryce and Turkey's Interior Minister, Murat Kaya, met in Ankara.",
     {("Alan Pryce", "Foreign Secretary"), ("Murat Kaya", "Interior Minister")}),
    ("Mayor Ruth Adler and the city's Police Commissioner, Dan Moreno, opened the office.",
     {("Ruth Adler", "Mayor"), ("Dan Moreno", "Police Commissioner")}),
    ("The Police and Crime Commissioner, Matthew Dorne, welcomed it.", {("Matthew Dorne", "Police and Crime Commissioner")}),
])
def test_a_title_after_and_belongs_to_the_next_name(text, expected):
    assert {(c["name"], c["role"]) for c in proposed(text, "officials")} == expected


@pytest.mark.parametrize("text", [
    "The Minister said he would not discuss it at the Despatch Box, Mr Speaker, nor anywhere else.",
    "It was signed by the Director General of the Civil Aviation Authority, Colonel Amir Hadi.",
    "The Chief Executive of the Harbour Port Authority, Lena Voss, said the scanners were late.",
    "Questions went to the Chief of the Federal Migration Bureau, Dr. Karl Stein.",
])
def test_a_body_s_or_a_place_s_name_is_no_official(text):
    names = {c["name"] for c in proposed(text, "officials")}
    assert not names & {"Despatch Box", "Aviation Authority", "Port Authority", "Harbour Port Authority", "Migration Bureau"}
# -- events of frozen4's classes (a meeting received with its day between, or told in the passive; a plan at an hour
# with no day; a live blog's undated news; arrests counted in brackets over months; a date of another clause or verb across
# ", and"; "in the coming months"; a dated signing in a "since" clause or naming an instrument in a question) --------------

@pytest.mark.parametrize("text, expected", [
    # visitors received, the day told between the verb and the visitors (2025-06-09 is a Monday)
    ("The governor had received on Tuesday a delegation of Dutch border officials.", [("meeting", "2025-06-03", "occurred", "on Tuesday")]),
    ("The minister received last week the Ambassador of Japan to Iraq.",
     [("meeting", "2025-06-02/2025-06-08", "occurred", "last week")]),
    # a meeting told in the passive: planned, or held
    ("The next session of the joint working group is expected to take place in Amman on 3 September.",
     [("planned_meeting", "2025-09-03", "planned", "on 3 September")]),
    ("Further talks between the two interior ministries will be held in Basra in October.", [("planned_meeting", "2025-10", "planned", "in October")]),
    ("A meeting of the border committee was held in Zakho on Saturday.", [("meeting", "2025-06-07", "occurred", "on Saturday")]),
    ("Meetings of the steering group will take place in Duhok next month.", [("planned_meeting", "2025-07", "planned", "next month")]),
    # arrests counted in brackets over months are a tally, not an operation
    ("The director said that police arrested (61) suspects during the first three months of the year.", []),
    ("Border guards arrested (85) people within the past four weeks, the statement added.", []),
    # a date told after ", and" with a subject of its own dates that clause, not the verb before
    ("The minister visited Zakho, and three boats reached Kent yesterday.", [("visit", None, "occurred", None)]),
    ("The envoys met in Basra, and 200 people crossed the border on Friday.", [("meeting", None, "occurred", None)]),
    # a signing dated in a "since" clause is told; an undated one is not (test_f3_no_event)
    ("Nothing has changed since Britain and Iraq signed the accord in Amman last March.", [("signing", "2025-03", "occurred", "last March")]),
    ("Crossings have doubled since the two governments signed their protocol on 4 May 2024.",
     [("signing", "2024-05-04", "occurred", "on 4 May 2024")]),
    # an instrument named by its signing and date in a question is a signing told as fact; an undated one in a question is not
    ("If the accord signed in Amman in March 2025 is working, why are the boats still coming?",
     [("signing", "2025-03", "occurred", "in March 2025")]),
    ("Does the memorandum signed on 4 May 2025 cover returns?", [("signing", "2025-05-04", "occurred", "on 4 May 2025")]),
    ("Was the accord signed by both ministers?", []),
])
def test_events_of_the_frozen4_classes(text, expected):
    assert _event(text, "2025-06-09") == expected


@pytest.mark.parametrize("text, expected", [
    # the signing before ", and" keeps its day; the signing called for after it is planned "in the coming months", undated
    ("The two ministers signed the protocol in Amman in March 2025, and agreed on speeding up the signing of a new accord in "
     "the coming months.", [("signing", "2025-03", "occurred", "in March 2025"), ("signing", None, "planned", None)]),
    ("Both sides praised the statement signed in Erbil in May 2024, and urged the signing of a further memorandum in the near "
     "future.", [("signing", "2024-05", "occurred", "in May 2024"), ("signing", None, "planned", None)]),
])
def test_a_day_the_verb_before_took_across_and_is_not_the_next_verb_s(text, expected):
    assert _event(text, "2025-06-09") == expected


@pytest.mark.parametrize("text, expected", [
    # a plan at an hour, no day: the reference day (a later day would be named)
    ("The two delegations are due to meet at 3pm.", [("planned_meeting", "2025-06-09", "planned", None)]),
    ("Officials will hold talks with the Iraqi envoy at 11.15 BST.", [("planned_meeting", "2025-06-09", "planned", None)]),
    ("The home secretary is due to meet her counterpart at 10:00 GMT.", [("planned_meeting", "2025-06-09", "planned", None)]),
    # ... but a day named is that day's, and what happened at an hour is not dated by it
    ("The home secretary is due to meet her counterpart on Friday at 10:00.", [("planned_meeting", "2025-06-13", "planned", "on Friday")]),
    ("At 11:20 the minister arrived in Erbil.", [("visit", None, "occurred", None)]),
    ("The ministers will meet to set the levy at 12.50 per cent.", [("planned_meeting", None, "planned", None)]),  # no hour
])
def test_a_plan_at_an_hour_with_no_day_is_today_s(text, expected):
    assert _event(text, "2025-06-09") == expected


def test_a_live_blog_entry_s_undated_news_is_of_its_day_but_not_a_perfect_or_a_signing():
    blog = ("Border talks live\n\n14:10 GMT\nChiefs meet in Dover\n\nThe chief constable met French officers in Dover.\n\n"
            "12:05 BST\nWhat was agreed?\n\nThe Home Office has announced a new fund. The two countries signed a pact.\n")
    assert _event(blog, "2025-06-09") == [("meeting", "2025-06-09", "occurred", None), ("announcement", None, "occurred", None),
                                          ("signing", None, "occurred", None)]
    # without entry stamps, a story's undated event stays undated
    assert _event("The chief constable met French officers in Dover.", "2025-06-09") == [("meeting", None, "occurred", None)]
# -- frozen4 classes: measures in numbered lists, joint operations rooms, information exchanged, equipment
# modernised, returns flights, reception centres at home, charter flights for people with no right to stay, headline
# questions, motions, returns counted, a question's measure told by the statement; ratios "N times as many", "pass N",
# percentage-point changes, numbers in brackets ("(5) million pounds sterling") ----------------------------------

@pytest.mark.parametrize("text, kind", [
    ("The ministers agreed:\n\n1. a joint intelligence cell in Basra from March;\n2. more patrols.", "joint_intelligence_cell"),
    ("Points agreed:\n\na) three more NCA liaison officers posted to Erbil;\nb) nothing else.", "liaison_officer"),
    ("The meeting praised the joint operations room set up in Duhok last spring.", "joint_intelligence_cell"),
    ("Police in both countries run a joint operations centre at the crossing.", "joint_intelligence_cell"),
    ("The cell led to the exchange of information on 40 smuggling routes.", "intelligence_sharing"),
    ("Both forces are exchanging intelligence every week.", "intelligence_sharing"),
    ("The province allocated 3 billion dinars to upgrade the surveillance systems at the crossing.", "equipment"),
    ("The money will modernise the scanning devices at Zakho.", "equipment"),
    ("The Home Office spent £2 million on returns flights last year.", "returns"),
    ("Baghdad has opened reception centres in Erbil and Mosul.", "reintegration"),
    ("Donors fund a reception centre for returnees near the airport.", "reintegration"),
    ("Weekly charter flights to Baghdad will carry people with no right to remain.", "returns"),
    ("Monthly charter flights will take failed asylum seekers home.", "returns"),
])
def test_frozen4_measures(text, kind):
    assert [c["measure_type"] for c in proposed(text, "measures")] == [kind]


@pytest.mark.parametrize("text", [
    "Are deportations to Iraq really working?\n\nBy A. Writer",  # a headline question
    "Will returns to Iraq rise after the deal?\n\nThe analysis follows.",
    "That this House has considered deportations to Iraq.",  # a motion names a debate's subject
    "That the Council has considered returns to Iraq and the Kurdistan Region.",
    "Ministers say returns to Iraq had “doubled” in a year.",  # returns counted
    "Removals to Iraq have risen sharply this year.",
    "There were 812 enforced and voluntary returns in 2024.",
    "The migrant reception centre in Calais is full.",  # arrivals received in Europe, not returnees at home
])
def test_frozen4_no_measure(text):
    assert proposed(text, "measures") == []


def test_frozen4_a_measure_asked_about_is_told_by_the_sentence_stating_it():
    text = ("When will the first returns flight under the deal leave?\n\n"
            "The minister said the first returns flight under the deal is planned for May.")
    (c,) = proposed(text, "measures")
    assert c["quote"].startswith("The minister")


@pytest.mark.parametrize("text", [
    "The charity spent £90,000 on reintegration grants in 2024, with grants of up to £1,500 per family.",
    "It paid reintegration grants, and grants of up to $3,000 each, to returnees.",
])
def test_frozen4_a_grant_named_twice_is_one_measure_and_a_thousands_comma_cuts_no_description(text):
    (c,) = proposed(text, "measures")
    assert c["description_text"].startswith("reintegration grants")


def test_frozen4_a_thousands_comma_does_not_cut_a_description():
    assert one("Returnees receive grants of up to £2,000 each.", "measures")["description_text"] == "grants of up to £2,000 each"


@pytest.mark.parametrize("text, value, qualifier", [
    ("Removals rose from 40 to 130, just over three times as many.", 3, "more_than"),
    ("Arrests in Duhok were 2.5 times higher than in 2023.", 2.5, None),
    ("The camp now holds four times the number it was built for.", 4, None),
])
def test_frozen4_a_multiple_compared_is_a_ratio(text, value, qualifier):
    ratios = [c for c in proposed(text, "statistics") if c["unit"] == "ratio"]
    assert [(c["value"], c["qualifier"]) for c in ratios] == [(value, qualifier)]


@pytest.mark.parametrize("text", ["He crossed the border three times a week.", "Police were called five times that night."])
def test_frozen4_times_repeated_is_no_ratio(text):
    assert [c for c in proposed(text, "statistics") if c["unit"] == "ratio"] == []


@pytest.mark.parametrize("text", ["Arrivals pass 12,000\n\nThe count rose again.", "Channel arrivals passed 8,500 on Sunday.",
                                  "Removals have topped 900 this year."])
def test_frozen4_passing_a_number_is_more_than_it(text):
    assert [c["qualifier"] for c in proposed(text, "statistics")] == ["more_than"]


@pytest.mark.parametrize("text, amount, currency", [
    ("The ministry said Britain will provide (5) million pounds sterling for training.", 5_000_000, "GBP"),
    ("The governorate set aside (250) thousand US dollars for the shelter.", 250_000, "USD"),
])
def test_frozen4_digits_in_brackets_before_a_currency_are_money_and_no_figure(text, amount, currency):
    c = one(text, "funding")
    assert (c["amount"], c["currency"]) == (amount, currency)
    assert proposed(text, "statistics") == []


def test_frozen4_a_count_in_brackets_is_a_figure():
    (c,) = proposed("The security services arrested (97) accused persons in March.", "statistics")
    assert c["value"] == 97 and c["value_text"] == "97"


# -- frozen2: a surname after a full name said in the possessive, a quotation paragraph after "Its director, X,
# says …", a pronoun after a sentence whose subject is an office or a titled name, a body's last word (Network, Trust)
# that is no person's, a quotation closing its line with an apostrophe, and an agreement's title ending in "s"

@pytest.mark.parametrize("text, speaker", [
    ("Outside Soran Barzani's bakery on Mill Lane the queue is long.\n\n\"Nobody here trusts the boats,\" says Barzani, 38.",
     "Soran Barzani"),
    ("Lena Korbel's clinic treats twenty people a day.\n\nMs Korbel said: \"Most of them owe money to somebody back home.\"",
     "Lena Korbel"),
])
def test_frozen2_a_surname_stands_for_the_full_name_said_before_in_the_possessive(text, speaker):
    assert [s for _, s in _statements(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("The Hope Street Project is a charity in Bristol that runs a night shelter.\n\nIts manager, Aram Jaff, says the winter "
     "is the worst time.\n\n'The beds are full by nine. The men who come later sleep in the park.'", "Aram Jaff"),
    ("Most of the calls come at night, the charity says.\n\nIts director, Helen Baird, says the volunteers are tired.\n\n"
     "“Some of them have done three shifts this week. We need more people.”", "Helen Baird"),
])
def test_frozen2_a_quotation_paragraph_goes_to_the_speaker_of_the_paragraph_before_who_is_no_official(text, speaker):
    assert [s for _, s in _statements(text)] == [speaker]
    assert proposed(text, "officials") == []


@pytest.mark.parametrize("text, speaker", [
    ("Security Minister Paul Grange and Turkey's Interior Minister, Murat Kaya, met in Ankara.\n\nGrange called the talks "
     "\"a real step forward\" for both sides.\n\nTurkey's interior minister was more careful. \"We will judge it by results,\" he said.",
     "Murat Kaya"),
    ("Home Secretary Ann Rowe spoke first and thanked Ambassador Omar Saleh.\n\nThe ambassador then took questions. "
     "\"Our embassy will open a desk for this,\" he said.", "Omar Saleh"),
])
def test_frozen2_a_pronoun_after_a_sentence_whose_subject_is_an_office_is_its_holder(text, speaker):
    assert (speaker in [s for _, s in _statements(text)])


@pytest.mark.parametrize("text, speaker", [
    ("Justice Minister Rana Aziz met the French consul, Paul Girard, in Erbil on Monday and asked for scanners.\n\n"
     "\"We need machines, not promises,\" she said.", "Rana Aziz"),
    ("Police Commissioner Tom Hale greeted Inspector Ana Ruiz at the port and praised her team.\n\n"
     "\"They worked through the night,\" he said.", "Tom Hale"),
])
def test_frozen2_a_pronoun_goes_to_the_titled_subject_of_the_sentence_before(text, speaker):
    assert _statements(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Omid Rahimi, of the Northern Migrant Network, a charity in Hull, said:\n\n\"The camps are full again.\"", "Omid Rahimi"),
    ("Sara Lind, of the Harbour Light Trust, said: \"We see the debts first.\"", "Sara Lind"),
    ("Colonel Ali Nouri, head of the border unit, welcomed the Coastline Foundation grant, which he said would "
     "\"pay for two more boats\".", "Ali Nouri"),
])
def test_frozen2_a_person_of_a_body_speaks_and_the_body_s_last_word_is_no_name(text, speaker):
    assert [s for _, s in _statements(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "A Home Office spokesperson said: 'We have returned more people this year than last, and we will go further.'",
    "Asked about the delays, a ministry official said: 'The new scanners will arrive before the summer.'",
])
def test_frozen2_an_unattributed_quotation_closing_its_line_with_an_apostrophe_is_no_headline(text):
    assert [s for _, s in _statements(text)] == [None]


@pytest.mark.parametrize("text, title", [
    ("The two ministers signed a Memorandum of Understanding on Border Security and Returns.",
     "Memorandum of Understanding on Border Security and Returns"),
    ("Britain and Iraq signed a Joint Statement on Smuggling Routes and Finances in Baghdad.",
     "Joint Statement on Smuggling Routes and Finances"),
])
def test_frozen2_a_capitalised_on_subject_belongs_to_the_title_even_ending_in_s(text, title):
    assert [c["title"] for c in proposed(text, "agreements")] == [title]


def test_frozen2_a_surname_two_people_share_is_left_for_review():
    text = ("Rana Aziz's café is next to the mosque, and her cousin Dilan Aziz works the till.\n\n"
            "\"Half the street has sent someone across,\" says Aziz.")
    assert [s for _, s in _statements(text)] == [None]


# -- a change between two shares in percentage points is no figure (tests/articles/README.md) ----------------------------
@pytest.mark.parametrize("text, kept", [
    ("The refusal rate rose from 18% to 30%, an increase of 12 percentage points.", {18, 30}),
    ("Turnout fell by nine percentage points to 44 per cent.", {44}),
    ("Its share dropped 4 percentage-points in a year.", set()),
])
def test_a_change_in_percentage_points_is_no_figure(text, kept):
    assert {value for _, value, _ in _figures(text)} == kept


# -- events, second round (a report published on its day, an arrival on a day but not in a year, a witness before a committee,
# a meeting named with its day, a plan across a name in apposition, a journey's purpose, a day of the clause above, an undated
# event after a named party, a rank among the convicted, an announcement's setting, an arrest told again, a first-person claim)

@pytest.mark.parametrize("text, expected", [
    # a report, study or inspection published on a day told (2025-06-09 is a Monday)
    ("The study, whose findings on Syrian returns were published on Friday, found little change.",
     [("publication", "2025-06-06", "occurred", "on Friday")]),
    ("Ministers were criticised in an audit published today by the Borders Observatory.",
     [("publication", "2025-06-09", "occurred", "today")]),
    ("The watchdog's inspection report, released in April, called the scheme patchy.", [("publication", "2025-04", "occurred", "in April")]),
    # ... but figures cited, an undated report and people released are no publication
    ("Arrivals rose by a fifth, according to figures published today.", []),
    ("A report published by the agency describes the route.", []),
    ("The two men were released on Sunday.", []),
    # an arrival on a day is a visit; an arrival in a year tells a life story
    ("The delegation of Kurdish judges arrived on Tuesday and leaves on Friday.", [("visit", "2025-06-03", "occurred", "on Tuesday")]),
    ("The envoy arrived yesterday for a three-day stay.", [("visit", "2025-06-08", "occurred", "yesterday")]),
    ("Rostam, who arrived in 1999, now runs a bakery.", []),
    # a witness before a committee: a meeting, planned when ahead
    ("The Home Secretary gave evidence to the Justice Committee on 3 June.", [("meeting", "2025-06-03", "occurred", "on 3 June")]),
    ("The minister told the Foreign Affairs Committee on Tuesday that returns were rising.",
     [("meeting", "2025-06-03", "occurred", "on Tuesday")]),
    ("He will ask the director about it when she appears before the public accounts committee on 14 July.",
     [("planned_meeting", "2025-07-14", "planned", "on 14 July")]),
    # a meeting named, with a day of its own; undated, it is only named
    ("The accord follows a meeting between the two interior ministers in Amman last month.",
     [("meeting", "2025-05", "occurred", "last month")]),
    ("A meeting with the Kurdish delegation would help, officials say.", []),
    # a plan across a name in apposition between commas
    ("The mayor will raise the issue with the county's police chief, Ravi Anand, at a meeting in Leeds on 2 July.",
     [("planned_meeting", "2025-07-02", "planned", "on 2 July")]),
    # a journey's purpose is the journey's own programme: one visit
    ("The minister is due to visit Basra on Thursday for talks with the governor.", [("visit", "2025-06-12", "planned", "on Thursday")]),
    ("The envoy will visit Amman on 20 June to meet his Jordanian counterpart.", [("visit", "2025-06-20", "planned", "on 20 June")]),
    # a day told before "that" or "after" is the clause above's, not the verb's below
    ("The council said on Monday it announced on Friday that Denmark had signed its accord with Iraq last week.",
     [("announcement", "2025-06-06", "occurred", "on Friday"), ("signing", "2025-06-02/2025-06-08", "occurred", "last week")]),
    ("The levy was announced on Thursday, two weeks after the two governments signed a protocol in Amman.",
     [("announcement", "2025-06-05", "occurred", "on Thursday")]),
    # an undated event after a named party dates something else
    ("Six months after Denmark sealed its returns deal with Iraq, the flights have not started.", []),
    ("A year after Germany signed its accord, arrivals are down.", []),
    # a rank among those convicted is no verdict
    ("Ali was the third member of the gang to be convicted; two are still at large.", []),
    ("She is the only smuggler from the ring to be jailed so far.", []),
    # something announced at a press conference: one announcement, of the conference's day
    ("The governor announced the new checkpoints at a press conference in Duhok on Saturday.",
     [("announcement", "2025-06-07", "occurred", "on Saturday")]),
    ("The minister unveiled the plan during a press conference on 4 June.", [("announcement", "2025-06-04", "occurred", "on 4 June")]),
    # an arrest told again in the same sentence is the same operation
    ("Arrests were made on Friday in Zakho, where officers detained a driver.", [("arrest", "2025-06-06", "occurred", "on Friday")]),
    ("Police arrested four men in Mosul on Sunday and detained a fifth in Erbil.", [("arrest", "2025-06-08", "occurred", "on Sunday")]),
    # an undated first-person claim is no event
    ("“We have arrested the couriers, now we want the bosses,” the colonel said.", []),
    ("“I have met every family that lost a son,” she said.", []),
])
def test_events_of_the_second_round_classes(text, expected):
    assert _event(text, "2025-06-09") == expected


# -- a briefing published with a day of its own is a publication, as a report is (tests/articles/README.md) -----------------
@pytest.mark.parametrize("text, expected", [
    ("Returns have risen, according to a briefing published on Monday by a London think-tank.",
     [("publication", "2025-06-09", "occurred")]),
    ("The institute's briefing, published on 3 June, found little change.", [("publication", "2025-06-03", "occurred")]),
])
def test_a_briefing_published_on_its_day_is_a_publication(text, expected):
    assert [e[:3] for e in _event(text, "2025-06-10")] == expected


# -- events of the fifth set's classes (a ruling still to come, a report with an aside before its verb, ...) ---------------
@pytest.mark.parametrize("text, expected", [
    # a ruling still to come is a planned court ruling (2025-06-10 is a Tuesday)
    ("Judge Harrow is due to rule on the forfeiture of the boats on 3 July.", [("court_ruling", "2025-07-03", "planned", "on 3 July")]),
    ("The tribunal will rule whether the deportations were lawful in September.",
     [("court_ruling", "2025-09", "planned", "in September")]),
    ("The appeal judges will hand down judgment on Friday.", [("court_ruling", "2025-06-13", "planned", "on Friday")]),
    ("Judge Ames is expected to sentence the two drivers next month.", [("court_ruling", "2025-07", "planned", "next month")]),
    ("The recorder will sentence Karimi on 20 June.", [("court_ruling", "2025-06-20", "planned", "on 20 June")]),
    # ... and one handed down is a ruling that happened
    ("The Court of Appeal handed down its judgment on 2 June.", [("court_ruling", "2025-06-02", "occurred", "on 2 June")]),
    # not a ruling: "rule out", a power to rule, a sentence as a noun
    ("The minister refused to rule out more flights in July.", []),
    ("No party has a mandate to rule the region alone.", []),
    ("He will serve his sentence in Erbil.", []),
])
def test_a_ruling_still_to_come_is_a_planned_court_ruling(text, expected):
    assert _event(text, "2025-06-10") == expected


@pytest.mark.parametrize("text, expected", [
    # a report with an aside between it and its verb is still the report published
    ("The inspectorate's second review, a 30-page paper, was published on 2 June.", [("publication", "2025-06-02", "occurred")]),
    ("Notes for editors\n\n3. The charity's study, which covers 2023 and 2024, was released last month.",
     [("publication", "2025-05", "occurred")]),
    # ... but figures with an aside are cited, not published
    ("Ministry figures, the latest there are, were published on Monday.", []),
])
def test_a_report_with_an_aside_before_its_verb_is_a_publication(text, expected):
    assert [e[:3] for e in _event(text, "2025-06-10")] == expected


@pytest.mark.parametrize("text, expected", [
    # a journey made to sign (agree, conclude an instrument) is that signing, and no visit besides
    ("The Danish minister is due to visit Rome next week to sign a returns protocol.",
     [("signing", "2025-06-16/2025-06-22", "planned", "next week")]),
    ("A Kurdish delegation will visit Berlin in November to agree a new returns deal.", [("signing", "2025-11", "planned", "in November")]),
    ("The envoy will travel to Oslo next month to conclude the transit accord.", [("signing", "2025-07", "planned", "next month")]),
    ("Officials are expected to visit the Netherlands in late July to finalise the memorandum.",
     [("signing", "2025-07", "planned", "in late July")]),
    # ... but a journey to meet someone is a visit, and agreeing the terms of a deal signs nothing
    ("The envoy will visit Amman on 20 June to meet his Jordanian counterpart.", [("visit", "2025-06-20", "planned", "on 20 June")]),
    ("The ministers will try to agree the terms of the deal.", []),
])
def test_a_journey_made_to_sign_is_that_signing(text, expected):
    assert _event(text, "2025-06-10") == expected


@pytest.mark.parametrize("text, expected", [
    # an event told days apart from a day just before is dated by counting (2025-06-10 is a Tuesday); the build's parser
    # reads no such words, so the date has no span of its own
    ("The ministry said on Sunday, a day after a Dutch delegation held talks in Duhok, that the route was closing.",
     [("meeting", "2025-06-07", "occurred", None)]),
    ("Police arrested nine smugglers on Friday, two days after ministers met in Basra.",
     [("arrest", "2025-06-06", "occurred", "on Friday"), ("meeting", "2025-06-04", "occurred", None)]),
    ("On 3 June, the day before the envoys held talks in Erbil, a boat sank off Lesbos.", [("meeting", "2025-06-04", "occurred", None)]),
    ("The ministers will meet on Friday, a day after the envoy visits Zakho.",
     [("planned_meeting", "2025-06-13", "planned", "on Friday"), ("visit", "2025-06-12", "planned", None)]),
    # with no day to count from, the event named only to date another stays no event
    ("A day after the two ministers met, the levy was announced.", [("announcement", None, "occurred", None)]),
    ("The levy was announced in May, a day after the ministers met in Rome.", [("announcement", "2025-05", "occurred", "in May")]),
])
def test_an_event_told_days_apart_from_a_day_is_dated_by_counting(text, expected):
    assert _event(text, "2025-06-10") == expected


# -- events of the sixth set's classes (terms told for several, a body's confirmation, a hearing still to come, a ring broken
# up, a count since an event, a meeting marking the day, calls, conferences and reports ahead); 2025-06-10 is a Tuesday -----------

@pytest.mark.parametrize("text, expected", [
    # each term told after a sentencing is a ruling of its own, several convicts' at once too (tests/articles/README.md)
    ("Three couriers from Leeds received terms of between two and four years.", [("court_ruling", None, "occurred", None)]),
    ("The two drivers were given sentences of six to eight years.", [("court_ruling", None, "occurred", None)]),
    ("Both cousins were handed prison terms of nine years each.", [("court_ruling", None, "occurred", None)]),
    ("The accountant received a seven-year sentence on Friday.", [("court_ruling", "2025-06-06", "occurred", "on Friday")]),
    # ... but terms with no years are no ruling
    ("The charity received terms of reference for its review.", []),
])
def test_terms_told_for_several_convicts_at_once_are_a_ruling(text, expected):
    assert _event(text, "2025-06-10") == expected


@pytest.mark.parametrize("text, expected", [
    # a public body's confirmation is its announcement, dated by its own words (what it confirms keeps its own date)
    ("The Foreign Office confirmed last week that the scheme will be extended.",
     [("announcement", "2025-06-02/2025-06-08", "occurred", "last week")]),
    ("The interior ministry has confirmed that the two brothers were arrested on Sunday.",
     [("announcement", None, "occurred", None), ("arrest", "2025-06-08", "occurred", "on Sunday")]),
    # ... but a person's or a spokesman's confirmation is what they said, and a thing confirmed is no announcement
    ("He confirmed on Monday that a third officer would be posted to Mosul.", []),
    ("A government spokeswoman confirmed on Monday that the flight had left.", []),
    ("The dates were confirmed last week.", []),
])
def test_a_body_s_confirmation_is_an_announcement(text, expected):
    assert _event(text, "2025-06-10") == expected


@pytest.mark.parametrize("text, expected", [
    # a hearing, trial or sentencing still to come is a planned court ruling, an aside between noun and verb too
    ("A forfeiture hearing, where the Crown will ask for the lorries, is due to take place in August next year.",
     [("court_ruling", "2026-08", "planned", "in August next year")]),
    ("A sentencing hearing will be held on 2 July.", [("court_ruling", "2025-07-02", "planned", "on 2 July")]),
    ("Sentencing is expected to take place next month.", [("court_ruling", "2025-07", "planned", "next month")]),
    ("The retrial will begin at Hull Crown Court in September.", [("court_ruling", "2025-09", "planned", "in September")]),
    # ... but one held is no plan, "Sentencing, the judge said" names none, nor does a trial hearing witnesses
    ("The hearing was held behind closed doors.", []),
    ("Sentencing, Judge Marsh said the scheme was cynical.", []),
    ("The trial will hear from a dozen witnesses before the jury begins.", []),
])
def test_a_hearing_still_to_come_is_a_planned_court_ruling(text, expected):
    assert _event(text, "2025-06-10") == expected


@pytest.mark.parametrize("text, expected", [
    # an arrest told by what was broken up, the announcement's day kept apart from it
    ("The ministry said on Sunday that its officers had broken up a gang of four forgers.", [("arrest", None, "occurred", None)]),
    ("Police dismantled a smuggling cell in Kirkuk on Friday.", [("arrest", "2025-06-06", "occurred", "on Friday")]),
    ("Asayish forces busted a ring of document forgers last week.",
     [("arrest", "2025-06-02/2025-06-08", "occurred", "last week")]),
    ("A trafficking network operating from Basra was broken up on Monday.", [("arrest", "2025-06-09", "occurred", "on Monday")]),
    # ... with an arrest joined to it by "and", one operation on the day told
    ("Police smashed a smuggling gang and detained its leader on Saturday.", [("arrest", "2025-06-07", "occurred", "on Saturday")]),
    # ... but networks counted over a period are a figure, and a window smashed is no arrest
    ("Guards dismantled 14 smuggling networks between March and May.", []),
    ("The men smashed a window of the lorry.", []),
])
def test_an_arrest_told_by_what_was_broken_up(text, expected):
    assert _event(text, "2025-06-10") == expected


@pytest.mark.parametrize("text, expected", [
    # people counted as arrested since an event, however long the words describing them, are a running total: a figure
    ("Europol says 52 people thought to belong to Iraqi Kurdish smuggling gangs have been detained in Germany since the accord "
     "took effect.", []),
    ("Nineteen drivers working for the Calais end of the route have been arrested since the joint unit was set up.", []),
    ("Police have arrested 27 suspects since the memorandum came into force.", []),
    # ... but people told as arrested with no span are one arrest
    ("Three brothers accused of running the Duhok end of the crossings have been arrested, police said.",
     [("arrest", None, "occurred", None)]),
])
def test_a_count_arrested_since_an_event_is_a_running_total(text, expected):
    assert _event(text, "2025-06-10") == expected


@pytest.mark.parametrize("text, expected", [
    # an event that marks a day told before as marking an anniversary takes that day (the date words are the other sentence's)
    ("Today marks five years since the Erbil office opened its doors. Envoy Mark Hale marked the occasion at a meeting with the "
     "governor in Erbil.", [("meeting", "2025-06-10", "occurred", None)]),
    ("Sunday marks the second anniversary of the returns accord. The minister marked the day with a visit to Duhok.",
     [("visit", "2025-06-08", "occurred", None)]),
    # ... but with no day told as marking one it stays undated, and a meeting that marks nothing takes no day from it
    ("The consul marked the anniversary at a meeting with the governor.", [("meeting", None, "occurred", None)]),
    ("Today marks the first anniversary of the accord. The consul met the governor in Mosul.", [("meeting", None, "occurred", None)]),
])
def test_an_event_marking_a_day_takes_that_day(text, expected):
    assert _event(text, "2025-06-10") == expected


@pytest.mark.parametrize("text, expected", [
    # a call held is a meeting, and so are visitors hosted, one of them too
    ("The two interior ministers held a phone call on Friday.", [("meeting", "2025-06-06", "occurred", "on Friday")]),
    ("The Foreign Secretary hosted the Kurdish prime minister at Chevening in May.", [("meeting", "2025-05", "occurred", "in May")]),
    # a meeting told in the passive: talks to resume, a conference or forum to be held
    ("Negotiations stalled, but talks are likely to resume in September.",
     [("planned_meeting", "2025-09", "planned", "in September")]),
    ("A regional forum on border security will be held in Amman on 2 July.",
     [("planned_meeting", "2025-07-02", "planned", "on 2 July")]),
    ("Talks reconvened in Erbil on Monday.", [("meeting", "2025-06-09", "occurred", "on Monday")]),
    ("Talks on the returns protocol are due to resume next month.", [("planned_meeting", "2025-07", "planned", "next month")]),
    ("A press conference will be held on Friday.", [("press_conference", "2025-06-13", "planned", "on Friday")]),
    # a report to be published with a day of its own is a planned publication (a season is EDTF's season code)
    ("The inspectorate will publish its findings in the autumn.", [("publication", "2025-23", "planned", "in the autumn")]),
    # ... but not one hosted by someone, a call for evidence, figures to be published, a report with no day, nor one asked for
    ("A lunch hosted by the ambassador took place on the terrace.", []),
    ("The committee held a call for evidence in March.", []),
    ("The ministry will publish new quarterly figures on 20 June.", []),
    ("The committee will publish its report.", []),
    ("Campaigners urged the ministry to publish its review in July.", []),
])
def test_calls_hosts_meetings_to_come_and_reports_to_be_published(text, expected):
    assert _event(text, "2025-06-10") == expected


# -- events of the seventh set's classes (terms told after "jailed for", ...); 2025-06-10 is a Tuesday ----------------------

@pytest.mark.parametrize("text, expected", [
    # several convicts' terms told after "jailed", "sentenced" or "imprisoned for" are a ruling (tests/articles/README.md)
    ("Five couriers were jailed for terms of between three and eight years.", [("court_ruling", None, "occurred", None)]),
    ("The four drivers were sentenced to prison terms of up to six years.", [("court_ruling", None, "occurred", None)]),
    ("Two forgers were imprisoned for sentences of four years each.", [("court_ruling", None, "occurred", None)]),
    ("Both brothers were imprisoned for seven years.", [("court_ruling", None, "occurred", None)]),
    # ... but a life story's prison is no ruling, nor are people counted as jailed over a period
    ("He was imprisoned in Syria for two years as a student.", []),
    ("Forty smugglers were jailed for terms of up to ten years in 2024.", []),
])
def test_terms_told_after_jailed_for_are_a_ruling(text, expected):
    assert _event(text, "2025-06-10") == expected


@pytest.mark.parametrize("text, expected", [
    # "the same day" (that day, the same week or month) takes the date of the event told just before; "the next day" counts one
    ("Customs officers stopped a lorry and arrested its driver in Dover on 2 April 2025. On the same day French police detained "
     "three men in Lille.", [("arrest", "2025-04-02", "occurred", "on 2 April 2025"), ("arrest", "2025-04-02", "occurred", None)]),
    ("The envoys held talks in Basra on Monday. Later that day the consul visited Zakho.",
     [("meeting", "2025-06-09", "occurred", "on Monday"), ("visit", "2025-06-09", "occurred", None)]),
    ("The envoys held talks in Basra on Monday. The following day the consul visited Zakho.",
     [("meeting", "2025-06-09", "occurred", "on Monday"), ("visit", "2025-06-10", "occurred", None)]),
    ("The envoys held talks in Basra on Monday. The same week, guards detained nine men near Zakho.",
     [("meeting", "2025-06-09", "occurred", "on Monday"), ("arrest", "2025-06-09/2025-06-15", "occurred", None)]),
    # ... but with no date told before it stays undated, and "the same day as" something else is that thing's
    ("The envoys held talks in Basra. On the same day guards detained nine men near Zakho.",
     [("meeting", None, "occurred", None), ("arrest", None, "occurred", None)]),
    ("The envoys held talks in Basra on Monday. Guards detained nine men near Zakho on the same day as the funeral.",
     [("meeting", "2025-06-09", "occurred", "on Monday"), ("arrest", None, "occurred", None)]),
])
def test_an_event_on_the_same_day_takes_the_day_of_the_event_before(text, expected):
    assert _event(text, "2025-06-10") == expected


@pytest.mark.parametrize("text, expected", [
    # a hearing or trial set for a day is planned that day, with what it is under or where it sits told between
    ("A restraint hearing under the Criminal Finances Act was listed at Leeds Crown Court for 9 February 2026.",
     [("court_ruling", "2026-02-09", "planned", "9 February 2026")]),
    ("The trial of the four drivers has been fixed at Hull Crown Court for 3 November.",
     [("court_ruling", "2025-11-03", "planned", "3 November")]),
    ("The retrial against the brothers will begin at the Old Bailey in October.", [("court_ruling", "2025-10", "planned", "in October")]),
    # ... but a trial's judge beginning something, or a hearing only told of, is no ruling to come
    ("The trial judge will begin her summing-up on Monday.", []),
    ("The hearing in the case was adjourned.", []),
])
def test_a_hearing_set_for_a_day_with_words_between_is_planned(text, expected):
    assert _event(text, "2025-06-10") == expected


@pytest.mark.parametrize("text, expected", [
    # a report's author named between the report and "published": a body and its head, or a person
    ("An inspection by the Chief Inspector of Prisons for Scotland, Ewan Baird, published on Thursday, found long delays.",
     [("publication", "2025-06-05", "occurred", "on Thursday")]),
    ("A study by Dr Lena Varga, released last week, found most returnees had left again.",
     [("publication", "2025-06-02/2025-06-08", "occurred", "last week")]),
    # ... but figures compiled by a body and published are cited, not a publication
    ("Figures compiled by the Home Office, published on Monday, show a rise.", []),
])
def test_a_report_with_its_author_before_its_verb_is_a_publication(text, expected):
    assert _event(text, "2025-06-10") == expected


@pytest.mark.parametrize("text, expected", [
    # a "where" ("during which") clause hung on a dated event shares its day
    ("On Monday, the ambassador visited Zakho, where he met the governor and local traders.",
     [("visit", "2025-06-09", "occurred", "On Monday"), ("meeting", "2025-06-09", "occurred", "On Monday")]),
    ("The consul toured the camp at Domiz on Saturday, during which she met three families.",
     [("meeting", "2025-06-07", "occurred", "on Saturday")]),
    # ... but not what had happened there before, nor what has a date of its own
    ("On Monday, the ambassador visited Zakho, where police had arrested ten men.",
     [("visit", "2025-06-09", "occurred", "On Monday"), ("arrest", None, "occurred", None)]),
    ("On Monday, the ambassador visited Zakho, where police arrested ten men last year.",
     [("visit", "2025-06-09", "occurred", "On Monday"), ("arrest", "2024", "occurred", "last year")]),
])
def test_a_where_clause_shares_the_day_of_the_event_it_hangs_on(text, expected):
    assert _event(text, "2025-06-10") == expected


@pytest.mark.parametrize("text, expected", [
    # a participle naming the deal, with no date, is no signing (tests/articles/README.md: named only to describe another thing)
    ('"The accord signed with Ankara has changed nothing," she said.', []),
    ("The pact struck with Baghdad has not slowed the crossings.", []),
    ("Under the agreement signed between the two interior ministries, officers will share data.", []),
    # ... but one dated is told, and a signing with its signers is an event
    ("The memorandum signed in Rome last November covers returns.", [("signing", "2024-11", "occurred", "last November")]),
    ("The two ministers signed a deal with Iraq.", [("signing", None, "occurred", None)]),
])
def test_an_undated_deal_named_by_its_signing_is_no_event(text, expected):
    assert _event(text, "2025-06-10") == expected


@pytest.mark.parametrize("text, expected", [
    # the offences of a dated conviction, restated undated (as in notes to editors), are that conviction
    ("A jury at Hull convicted the five men in March. The men were convicted of conspiracy to facilitate unlawful entry. Two of "
     "them were also found guilty of money laundering.", [("court_ruling", "2025-03", "occurred", "in March")]),
    # ... but each term told after it stays a ruling of its own, and so does a conviction of its own day
    ("A jury at Hull convicted the five men in March. The ringleader received 12 years.",
     [("court_ruling", "2025-03", "occurred", "in March"), ("court_ruling", None, "occurred", None)]),
    ("A jury at Hull convicted the five men in March. A sixth man was convicted of forgery on 2 May.",
     [("court_ruling", "2025-03", "occurred", "in March"), ("court_ruling", "2025-05-02", "occurred", "on 2 May")]),
    # ... and with no dated conviction told, one told undated is the only one
    ("The men were convicted of conspiracy to facilitate unlawful entry.", [("court_ruling", None, "occurred", None)]),
])
def test_the_offences_of_a_dated_conviction_restated_are_that_conviction(text, expected):
    assert _event(text, "2025-06-10") == expected


# -- measures (embedded officers, travellers' data systems, flights told by what they do, laboratories, posts and fences,
# livelihood programmes, legal reform, victim support, reception centres opened, courses taken, a measure denied, one
# person's course, a programme's own grants) and figures (units of one per country, traffic, a person's age, an age limit
# after "were", an interview sample, a phone number before a comma, a supposed count) -----------------------------------
@pytest.mark.parametrize("text, kind", [
    ("Rome has embedded two Carabinieri officers in Duhok to work on smuggling cases.", "liaison_officer"),
    ("Copenhagen stationed police officers at the airport in Erbil last year.", "liaison_officer"),
    ("An agency is rolling out an advance passenger data system at Basra airport.", "data_system"),
    ("Vienna funds a visa screening database for its consulates.", "data_system"),
    ("Poland has chartered two joint removal flights to Erbil since May.", "returns"),
    ("Four charter flights took 310 people from the UK to Baghdad this spring.", "returns"),
    ("The ministries will arrange monthly flights to send back Kurds who have no right to stay.", "returns"),
    ("Oslo will pay for a forensic laboratory at the port of Umm Qasr.", "equipment"),
    ("The grant will also buy two watchtowers and a fence along the river.", "equipment"),
    ("Brussels asked for €3 million in night-vision goggles for the guards.", "equipment"),
    ("A livelihood scheme run by a charity gives returnees seed money.", "reintegration"),
    ("The ministry is drafting an amendment to the Residence Law to punish smugglers.", "legal_reform"),
    ("Lawyers say the region's amended trafficking law is hard to enforce.", "legal_reform"),
    ("The fund also pays for legal aid and shelter for victims of trafficking.", "victim_support"),
    ("Some £200,000 goes on counselling for survivors of exploitation.", "victim_support"),
    ("The city council had reopened its reception centre near the port.", "reception_centre"),
    ("So far 340 Kurdish police have passed through British-run courses.", "training"),
    ("Ninety guards completed a two-week course in Zakho.", "training"),
])
def test_measure_classes_of_the_second_money_round(text, kind):
    assert [c["measure_type"] for c in proposed(text, "measures")] == [kind]


@pytest.mark.parametrize("text", [
    '"Fences and scanners do not create jobs," the economist said.',  # a measure denied
    "A fisherman in Fao will not stay because of a removal flight.",
    "His niece Shilan, 22, says she will travel to Duhok for a training course.",  # one person's own course
    "Tourists took charter flights to Erbil for the festival.",  # no one returned
    "The reception centre in Lampedusa is full again.",  # neither opened nor run by the authorities told
])
def test_no_measure_of_the_second_money_round(text):
    assert proposed(text, "measures") == []


def test_a_programme_s_grants_are_the_programme_and_bare_training_gives_way_to_the_training_told():
    found = proposed("They run a livelihood project, offering start-up grants to 400 returnees in Basra.", "measures")
    assert [c["description_text"].split()[0] for c in found] == ["livelihood"]
    found = proposed("Training looks good on paper: 700 officers have passed through the courses.", "measures")
    assert [c["description_text"].split()[0] for c in found] == ["passed"]


@pytest.mark.parametrize("text", [
    "The council's hotline on 0800 123 4567 is open at night.",
    "Parents can call the Asayish hotline on 0770 111 2233.",
])
def test_a_hotline_s_description_stops_before_its_number(text):
    (found,) = proposed(text, "measures")
    assert "0" not in found["description_text"] and found["description_text"].endswith("hotline")


@pytest.mark.parametrize("text", [
    '"We are 12 jurisdictions with 12 sets of rules," the commissioner said.',
    "Ports on the coast handle thousands of lorries a week.",
    "The terminal clears 900 trucks a day.",
    "He was 15 at the time of the crossing.",
    "The girl, who was 17 when she arrived, now studies in Leeds.",
    "The study rests on interviews with 260 returnees in Duhok.",
    "The helpline is on 0161 496 0000, seven days a week.",
    '"We could end up with 12 rival plans," the envoy warned.',
])
def test_no_figure_of_the_second_money_round(text):
    assert [v for _, v, _ in _figures(text)] == []
# -- officials, statements and agreements of a regional daily, an Iraqi outlet, a European outlet and a charity's release:
# an MEP's post, a lowercase qualifier of a post, a post against smuggling, bodies' names (Forces, Network, Centre for),
# a surname with a particle, "call it a", a title with a comma, a quotation closing a headline, "Deal" in a place's name,
# a Hansard editor's citation

def _officials(text: str) -> dict[str, str]:
    return {c["name"]: c["role"] for c in proposed(text, "officials")}


@pytest.mark.parametrize("text, name", [
    ("Inés Calvo Peña, the Portuguese MEP who sits on the budgets committee, said the money was late.", "Inés Calvo Peña"),
    ("Aoife Ní Bhriain, an Irish MEP, asked the Commission for the figures.", "Aoife Ní Bhriain"),
    ("Glasgow MSP Fraser Duncan raised the flights in Holyrood.", "Fraser Duncan"),
])
def test_a_member_of_the_european_or_scottish_parliament_holds_a_post(text, name):
    roles = _officials(text)
    assert list(roles) == [name] and roles[name].endswith(("MEP", "MSP"))


@pytest.mark.parametrize("text, name, role", [
    ("Tom Ashby, Border Force's regional director for Wales, said the port was busy.", "Tom Ashby",
     "regional director for Wales"),
    ("Anna Weber, the country's federal prosecutor, charged the four men.", "Anna Weber", "federal prosecutor"),
])
def test_a_lowercase_qualifier_before_a_post_is_the_post_s(text, name, role):
    assert _officials(text) == {name: role}


@pytest.mark.parametrize("text, name, role", [
    ("Colonel Sami Aziz, head of the anti-smuggling unit in Duhok, said the road was closed.", "Sami Aziz",
     "head of the anti-smuggling unit in Duhok"),
    ("Lieutenant Colonel Dara Ali, director of counter-trafficking operations, gave the figures.", "Dara Ali",
     "director of counter-trafficking operations"),
])
def test_a_post_against_smuggling_is_an_office_and_replaces_the_rank(text, name, role):
    assert _officials(text) == {name: role}


@pytest.mark.parametrize("text, kept", [
    ("The Commander of the Coastal Guard Forces (Major General Ali Hasan) attended.", {"Ali Hasan"}),
    ("He met the Commander of the Federal Border Guards in Erbil.", set()),
    ("Jane Moor, a spokesperson for the Channel Refugee Support Network, said the boats were full.", set()),
    ("Omar Saleh, chief executive of the Migrant Rights Alliance, called for safe routes.", set()),
    ("Ruth Kerr, director of the Safe Passage Trust, wrote to the minister.", set()),
])
def test_a_body_s_last_words_are_no_name_and_a_post_at_a_charity_like_body_is_no_office(text, kept):
    assert set(_officials(text)) == kept


@pytest.mark.parametrize("text, words, speaker", [
    ('Interior Minister Ali Hassan al-Jubouri visited Basra.\n\n"We will close the route," al-Jubouri said.',
     "We will close the route", "Ali Hassan al-Jubouri"),
    ("Commissioner Pieter van Leeuwen spoke in Brussels.\n\n“Every state must do its part,” van Leeuwen told reporters.",
     "Every state must do its part", "Pieter van Leeuwen"),
])
def test_a_surname_with_a_lowercase_particle_after_a_quotation_is_its_speaker(text, words, speaker):
    assert _statements(text) == [(words, speaker)]


@pytest.mark.parametrize("text, speaker", [
    ('Sara Khalil, a lecturer at the Nahrain Institute for Policy Research, told reporters the plan was "thin on detail".',
     "Sara Khalil"),
    ("Omar Farouk, a fellow at the Basra Centre for Gulf Studies, called the boats “a good start”.", "Omar Farouk"),
])
def test_the_words_after_a_centre_for_are_the_body_s_and_the_person_before_speaks(text, speaker):
    assert [s for _, s in _statements(text)] == [speaker]


@pytest.mark.parametrize("text, words", [
    ('Opposition parties were quick to call it a "token gesture".', "token gesture"),
    ("Several aid groups call it an ‘empty promise’ and want more.", "empty promise"),
])
def test_call_it_a_governs_a_short_quotation_whose_speaker_is_unnamed(text, words):
    assert _statements(text) == [(words, None)]


@pytest.mark.parametrize("text", [
    'The study, "Gone Quiet, Not Gone Away", counts 300 cases in Duhok.',
    "“Safe Harbour, Hard Border, Long Wait” was published on Tuesday by the charity.",
])
def test_a_quoted_title_with_a_comma_is_no_statement(text):
    assert _statements(text) == []


@pytest.mark.parametrize("text, words, speaker", [
    ('New scanners at Zakho are "only the beginning", says minister\n\nThe minister, Dara Aziz, visited on Monday. '
     '"These are only the beginning," Dara Aziz said.', "These are only the beginning", "Dara Aziz"),
    ("Kent councillor warns plan “cannot be done on the cheap”\n\nCouncillor Ruth Hale spoke at County Hall. "
     "“It cannot be done on the cheap,” she said.", "It cannot be done on the cheap", "Ruth Hale"),
])
def test_a_quotation_closing_a_headline_and_repeated_below_is_one_statement(text, words, speaker):
    assert _statements(text) == [(words, speaker)]


@pytest.mark.parametrize("text", [
    "Folkestone and Deal MP Anna Carr said she welcomed the course.",
    "Deal Town Council agreed on Monday to host the visiting officers.",
])
def test_a_generic_instrument_word_inside_a_place_s_name_is_no_agreement(text):
    assert proposed(text, "agreements") == []


@pytest.mark.parametrize("text", [
    "The Minister repeated the pledge. [Official Report, 3 March 2025; Vol. 763, c. 88.]",
    "[Official Report, 12 May 2024, Vol. 750, c. 1021W.]\n\nHe answered the question.",
])
def test_a_hansard_editor_s_citation_holds_no_figure(text):
    assert _figures(text) == []


# -- officials: a role's second post or unit, a body named by what it is, a region ending a portfolio ----------

@pytest.mark.parametrize("text, name, role", [
    ("Helen Marsh, the Conservative MP for Ashford and a member of the Public Accounts Committee, asked about costs.",
     "Helen Marsh", "Conservative MP for Ashford"),
    ("Omar Sadiq, a police superintendent and an adviser to the task force, said little.", "Omar Sadiq", "police superintendent"),
    ("Ruth Cole, a senior prosecutor in the county's fraud unit, opened the case.", "Ruth Cole", "senior prosecutor"),
    ("Dilan Aziz, a border commander at the Ibrahim Khalil crossing, said queues were shorter.", "Dilan Aziz", "border commander"),
    # a portfolio or a place after the title stays: no job noun comes right before "at the"/"in the"
    ("Lord Fenwick, Minister of State at the Foreign Office, replied.", "Lord Fenwick", "Minister of State at the Foreign Office"),
    ("Mark Ellis, Consul General in the Netherlands, attended.", "Mark Ellis", "Consul General in the Netherlands"),
])
def test_a_role_ends_before_a_second_post_or_the_unit_of_its_job_noun(text, name, role):
    c = one(text, "officials")
    assert (c["name"], c["role"]) == (name, role)


@pytest.mark.parametrize("text", [
    "“Nobody is listening,” said Mara Boyd, the charity's director.",
    "Tom Rees, the organisation’s head, said the shelter was full.",
    "Ana Petrova, the company's chief executive, said the lorries were checked.",
    "Sam Oyelaran, the network's director, said the helpline had been busy.",
])
def test_a_post_at_a_body_named_by_what_it_is_is_no_public_office(text):
    assert proposed(text, "officials") == []


def test_a_post_at_an_agency_named_by_what_it_is_is_still_an_office():
    c = one("Jane Rowe, the agency's director, said the figures were final.", "officials")
    assert (c["name"], c["role"]) == ("Jane Rowe", "director")


@pytest.mark.parametrize("text, name, role", [
    ("Minister for the Middle East Tom Ashby arrived in Baghdad.", "Tom Ashby", "Minister for the Middle East"),
    ("Minister for South Asia Leena Kapoor met the delegation.", "Leena Kapoor", "Minister for South Asia"),
    ("Secretary of State for Northern Ireland Conor Walsh spoke first.", "Conor Walsh", "Secretary of State for Northern Ireland"),
    ("Minister for the North East Paula Dean opened the centre.", "Paula Dean", "Minister for the North East"),
])
def test_a_region_of_two_words_ending_a_portfolio_is_no_part_of_the_name(text, name, role):
    c = one(text, "officials")
    assert (c["name"], c["role"]) == (name, role)


# -- speakers: the person before an appositive naming someone else, a subject after an opening time phrase ----------

@pytest.mark.parametrize("text, speaker", [
    ("Sam Boyd, 40, was jailed. Ffion Rees, defending Boyd, said her client had been “a small part of a large machine”.", "Ffion Rees"),
    ("Mira Holt sued Tom Ward. Ruth Kane, acting for Ward, said: “He denies every part of it.”", "Ruth Kane"),
    ("Mira Holt sued Tom Ward. Ruth Kane, who represents Tom Ward, said: “He denies every part of it.”", "Ruth Kane"),
    ("Mira Holt sued Tom Ward. Ruth Kane, for Ward, told the court: “He denies every part of it.”", "Ruth Kane"),
    ("Dara Salih met Tom Ward. Lena Berg, a former aide to Dara Salih, said: “The talks went nowhere at all.”", "Lena Berg"),
    # no appositive: the person named last before the verb speaks
    ("Tom Ward met the delegation. Speaking after Tom Ward, Ruth Kane said: “He denies every part of it.”", "Ruth Kane"),
])
def test_the_speaker_is_the_person_before_an_appositive_naming_someone_else(text, speaker):
    assert one(text, "statements")["speaker"] == speaker


@pytest.mark.parametrize("text, speakers", [
    # a relative clause holding a name in apposition, its commas its own: the subject before ", who" speaks, and "he" is them
    ("Home Office minister Ruth Pryce, who toured Basra in May and met Iraq's deputy interior minister, Hadi Salim, said the "
     "talks had been “frank and useful”.\n\n“We now share more than we ever did,” she said.", ["Ruth Pryce", "Ruth Pryce"]),
    ("Chief Constable Owen Hale, who chairs the board with the NCA's director, Rosa Quint, told the panel: “Every force "
     "will take part.”", ["Owen Hale"]),
    # a person named in an opening phrase is no subject: the one named before the verb speaks
    ("After meeting Tom Ward, who chairs the board, the NCA's director, Rosa Quint, said: “Every force will take part.”",
     ["Rosa Quint"]),
    # "who said": the relative clause's subject speaks
    ("Ruth Pryce met Iraq's deputy interior minister, Hadi Salim, who said the talks had been “frank and useful”.",
     ["Hadi Salim"]),
])
def test_the_speaker_is_the_subject_before_a_relative_clause_naming_someone_else(text, speakers):
    assert [c["speaker"] for c in proposed(text, "statements")] == speakers


@pytest.mark.parametrize("text, speaker", [
    ("Last week the Border Agency warned: “Crossings will rise again in spring.”", "Border Agency"),
    ("On Monday the Interior Ministry said: “Crossings will rise again in spring.”", "Interior Ministry"),
    ("On 3 May the Home Office said: “Crossings will rise again in spring.”", "Home Office"),
    ("Earlier this year the Home Office said: “Crossings will rise again in spring.”", "Home Office"),
    ("Meanwhile Border Force said: “Crossings will rise again in spring.”", "Border Force"),
    # "Last" opening a body's name is its name
    ("“Crossings will rise again in spring,” Last Harbour Trust said.", "Last Harbour Trust"),
])
def test_an_opening_time_phrase_is_no_part_of_the_speaking_organisation(text, speaker):
    assert one(text, "statements")["speaker"] == speaker


def test_an_opening_adverb_is_no_part_of_a_title_and_a_surname_after_it_stands_for_the_full_name():
    text = "Councillor Nia Lloyd opened the centre. Later Councillor Lloyd said: “We will keep it open all winter.”"
    assert one(text, "statements")["speaker"] == "Nia Lloyd"
    c = one("Later Councillor Nia Lloyd said the road would close.", "officials")
    assert (c["name"], c["role"]) == ("Nia Lloyd", "Councillor")


# -- an official named only by title and surname ------------------------------------------------------------

@pytest.mark.parametrize("text, name, role", [
    ("Councillor Okoro said the bridge would reopen in May.", "Okoro", "Councillor"),
    ("Later Councillor Okoro said the bridge would reopen in May.", "Okoro", "Councillor"),
    ("Chief Superintendent Walsh told reporters the road was shut.", "Walsh", "Chief Superintendent"),
    ("Brigadier General Sabir said the post had been reinforced.", "Sabir", "Brigadier General"),
])
def test_a_title_and_a_surname_alone_is_an_official_known_by_the_surname(text, name, role):
    c = one(text, "officials")
    assert (c["name"], c["role"]) == (name, role)


def test_a_title_and_a_surname_speak_as_that_official():
    c = one("“The bridge will reopen in May,” Councillor Okoro said.", "statements")
    assert (c["speaker"], c["speaker_kind"]) == ("Okoro", "official")


@pytest.mark.parametrize("text, officials", [
    # the article gives the forename: the surname stands for the full name, no second official
    ("Judge Maria Lindqvist heard the case. Judge Lindqvist is due to sentence on Friday.", [("Maria Lindqvist", "Judge")]),
    # a suspect's surname after a title is no new official
    ("Police arrested Soran Qadir in Dover. Inspector Qadir said he was shocked.", []),
    # a body's word or a second title word after a title is no surname
    ("The UN General Assembly voted on Friday. The Sheriff Principal said it was late.", []),
    # an honorific is no title
    ("Mr Okoro said the bridge would reopen in May.", []),
])
def test_a_title_and_a_surname_make_no_new_official_otherwise(text, officials):
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == officials


@pytest.mark.parametrize("text", [
    "On Friday the Home Secretary, Ruth Okafor, met Iraq's ambassador in Paris to settle the plan.",
    "The Home Secretary, Ruth Okafor, told the Iraqi ambassador in Paris that the plan was settled.",
])
def test_a_verb_after_a_name_and_comma_opens_no_appositive_role(text):
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == [("Ruth Okafor", "Home Secretary")]


# -- officials: a barrister prosecuting, a post at a forum or collective, a recorder's title ---------------------

@pytest.mark.parametrize("text, officials", [
    ("Marcus Webb, prosecuting, said the lorry had crossed twice that week.", [("Marcus Webb", "prosecuting")]),
    ("Ayesha Khan, prosecuting for the Crown, told jurors the phones were shared.",
     [("Ayesha Khan", "prosecuting for the Crown")]),
    # the defence's barrister holds no post, and "prosecuting" before a name is what is done to the accused
    ("Marcus Webb, defending, said his client had been a driver.", []),
    ("Marcus Webb, defending Rekan Salih, said his client had been a driver.", []),
    ("The CPS is prosecuting Rekan Salih Amin for the crossings.", []),
])
def test_a_barrister_prosecuting_is_an_official_and_one_defending_is_not(text, officials):
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == officials


@pytest.mark.parametrize("text", [
    "Grace Mensah, coordinator of the Medway Asylum Forum, said the hostel was full.",
    "Leo Hart, a founder of the Dover Migrant Support Collective, said the hostel was full.",
])
def test_a_post_at_a_forum_or_a_collective_is_no_public_office(text):
    assert proposed(text, "officials") == []


@pytest.mark.parametrize("text", [
    "Recorder Alan Price said the men had shown no remorse.",
    "The judge, Recorder Alan Price, said the men had shown no remorse.",
])
def test_recorder_is_a_judge_s_title_not_part_of_the_name(text):
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == [("Alan Price", "Recorder")]


def test_a_recorder_speaks_by_name_without_the_title():
    text = "Sentencing, Recorder Alan Price told the men: “You put every life on that boat at risk.”"
    assert one(text, "statements")["speaker"] == "Alan Price"


# -- officials and speakers: an opening "According to", a post's place, a judge's honorific, a place before a lowercase title --

@pytest.mark.parametrize("text, name, role", [
    ("According to Brigadier General Saman Rauf Hamad, the post was reinforced in May.", "Saman Rauf Hamad", "Brigadier General"),
    ("According to Deputy Governor Lana Aziz, the camp holds 900 families.", "Lana Aziz", "Deputy Governor"),
    ("The road reopened on Friday, according to Police Commissioner Ivo Brandt.", "Ivo Brandt", "Police Commissioner"),
])
def test_according_to_is_no_part_of_the_role(text, name, role):
    c = one(text, "officials")
    assert (c["name"], c["role"]) == (name, role)


def test_according_to_a_name_with_no_title_is_no_official():
    assert proposed("According to Saman Rauf Hamad, a shopkeeper, the road reopened on Friday.", "officials") == []


@pytest.mark.parametrize("text, name, role", [
    ("Consul General in Basra Helen Ashdown opened the visa office.", "Helen Ashdown", "Consul General in Basra"),
    ("British Ambassador in Amman Peter Garside met the minister.", "Peter Garside", "Ambassador in Amman"),
    ("Governor of Duhok Ali Rasul Tatar toured the crossing.", "Ali Rasul Tatar", "Governor of Duhok"),
    ("Ambassador to Baghdad Mark Ellery signed the letter.", "Mark Ellery", "Ambassador to Baghdad"),
    ("Minister for Kurdistan Affairs Dara Salih spoke first.", "Dara Salih", "Minister for Kurdistan Affairs"),
])
def test_a_post_s_place_after_the_title_stays_in_the_title(text, name, role):
    c = one(text, "officials")
    assert (c["name"], c["role"]) == (name, role)


def test_a_post_s_place_is_no_part_of_the_speaker_named_later_by_surname():
    text = "Consul General in Mosul Helen Ashdown toured the camp.\n\n'We will keep paying,' Ashdown told reporters."
    assert one(text, "statements")["speaker"] == "Helen Ashdown"
    # no title before "in": the words after it are all the name
    other = "Families had left homes in Mosul.\n\nRekan Aziz Salih said: 'We will keep paying for the school.'"
    assert one(other, "statements")["speaker"] == "Rekan Aziz Salih"


@pytest.mark.parametrize("text", [
    "His Honour Judge Owen Pryce jailed the driver for six years.",
    "Her Honour Judge Owen Pryce jailed the driver for six years.",
    "HH Judge Owen Pryce jailed the driver for six years.",
    "The Honourable Judge Owen Pryce jailed the driver for six years.",
])
def test_a_judge_s_honorific_is_no_part_of_the_role(text):
    c = one(text, "officials")
    assert (c["name"], c["role"]) == ("Owen Pryce", "Judge")


def test_a_judge_named_with_an_honorific_speaks_by_name():
    text = "“You knew the boat would sink,” His Honour Judge Owen Pryce told the driver."
    assert one(text, "statements")["speaker"] == "Owen Pryce"


@pytest.mark.parametrize("text, speaker, role", [
    ("“We owe the families answers,” said the Dunkirk deputy prosecutor, Anne Roux.", "Anne Roux", "Dunkirk deputy prosecutor"),
    ("“We owe the families answers,” said the Saint-Omer public prosecutor, Anne Roux.", "Anne Roux",
     "Saint-Omer public prosecutor"),
    ("“We owe the families answers,” said Home Office security minister Tom Ashby.", "Tom Ashby", "Home Office security minister"),
])
def test_a_place_or_body_before_a_lowercase_title_is_no_speaker(text, speaker, role):
    assert one(text, "statements")["speaker"] == speaker
    c = one(text, "officials")
    assert (c["name"], c["role"]) == (speaker, role)


@pytest.mark.parametrize("text", [
    "“We owe the families answers,” said the Home Office on Monday.",
    "“We owe the families answers,” said the Home Office.",
])
def test_a_body_speaking_with_no_title_after_it_is_still_the_speaker(text):
    assert one(text, "statements")["speaker"] == "Home Office"


# -- measures: a package's list, a kind named bare in the opening, postings told officer first, two agencies' officers ----

@pytest.mark.parametrize("text, items", [
    ("Denmark's support covers:\n\n- twelve rigid-hull boats for the coastguard at Faw\n- radios for the Zakho crossing\n", 2),
    ("The aid package includes:\n\n• 40 body cameras and six vehicles for the Duhok border police\n", 1),
])
def test_equipment_in_a_list_of_what_a_package_holds_is_a_measure(text, items):
    assert [c["measure_type"] for c in proposed(text, "measures")] == ["equipment"] * items


def test_equipment_in_a_list_of_what_was_seized_is_no_measure():
    assert proposed("Officers found:\n\n- three boats\n- two vehicles\n", "measures") == []


def test_a_kind_named_bare_in_the_opening_is_the_exact_mention_in_the_body():
    text = ("Kurdish coastguards are to get drones and expert training from Denmark.\n\n"
            "Copenhagen will pay €1 million for equipment and training, the ministry said.\n\n"
            "The money buys 14 surveillance drones for the lake patrol.\n\n"
            "There will also be training in night navigation for 90 Kurdish border officers.\n")
    found = [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures")]
    assert found == [("equipment", "drones for the lake patrol"),
                     ("training", "training in night navigation for 90 Kurdish border officers")]


def test_bare_training_in_the_body_beside_another_training_stays_its_own_measure():
    text = ("Two years on, what has changed?\n\nWhat did Denmark pay?\n\nDenmark lists €600,000 in training and patrols.\n\n"
            "Who trains the guards?\n\nThe region trained 200 border guards last year.\n")
    assert [c["measure_type"] for c in proposed(text, "measures")] == ["training", "training"]


@pytest.mark.parametrize("text", [
    "Funds will go to a joint Danish-Iraqi intelligence cell in Basra.",
    "Officers from both sides staff the joint UK–Kurdistan intelligence centre.",
    "Ministers opened a joint Anglo-Kurdish intelligence hub in Duhok.",
])
def test_a_joint_intelligence_cell_named_with_its_partners(text):
    assert one(text, "measures")["measure_type"] == "joint_intelligence_cell"


@pytest.mark.parametrize("text", [
    "Under the deal, people refused asylum are deported more swiftly.",
    "The minister says failed claimants will be removed faster than before.",
    "Iraqis with no right to stay can now be sent back much more quickly.",
])
def test_returns_told_by_an_adverb(text):
    assert one(text, "measures")["measure_type"] == "returns"


def test_returns_told_by_an_adverb_are_the_returns_named_otherwise_and_a_quick_trip_is_none():
    text = "Iraq will take a removal flight every week.\n\n“They will be returned faster,” the minister said."
    assert [c["description_text"] for c in proposed(text, "measures")] == ["removal flight every week"]
    assert proposed("He returned quickly to his village after the wedding.", "measures") == []


@pytest.mark.parametrize("text", [
    "A Home Office officer is now stationed in Duhok to work with the Asayish.",
    "Two Border Force officers based at the British embassy check visa files.",
    "Since May a Europol agent has been posted to Baghdad.",
])
def test_an_officer_told_before_the_posting_is_a_liaison_officer(text):
    assert one(text, "measures")["measure_type"] == "liaison_officer"


def test_an_officer_based_at_home_is_no_liaison_officer():
    # no rule names a measure here; the model's untyped clauses (TODO) move with each retraining (tests/test_models.py)
    found = proposed("A Border Force officer based in Harwich said the queues were long.", "measures")
    assert [c for c in found if c["measure_type"] != "TODO"] == []


def test_two_agencies_officers_are_two_measures_and_the_same_officers_named_again_one():
    two = ("Britain has posted NCA officers to Basra. Germany also plans to post a Bundespolizei liaison officer to Erbil.")
    assert [c["measure_type"] for c in proposed(two, "measures")] == ["liaison_officer", "liaison_officer"]
    places = "Britain posted an immigration liaison officer to Basra. A second liaison officer works in Mosul."
    assert [c["measure_type"] for c in proposed(places, "measures")] == ["liaison_officer", "liaison_officer"]
    again = "Europol will open a liaison office in Mosul. The office will hold three liaison officers."
    assert [c["measure_type"] for c in proposed(again, "measures")] == ["liaison_officer"]


def test_training_offered_to_returnees_is_their_reintegration_not_officer_training():
    text = ("The fund pays for a reintegration scheme run by a charity in Duhok, giving every returnee up to €3,000 in "
            "language training and start-up grants.")
    assert [c["measure_type"] for c in proposed(text, "measures")] == ["reintegration"]
    alone = "Each returnee can get €900 of skills training."
    assert [c["measure_type"] for c in proposed(alone, "measures")] == ["reintegration"]
    beside = "A scheme for returnees opened in Zakho, and Norway paid for police training."
    assert sorted(c["measure_type"] for c in proposed(beside, "measures")) == ["reintegration", "training"]


def test_a_campaign_on_a_country_s_social_media_is_a_campaign():
    assert one("Britain will fund a campaign on Kurdish social media about the crossing.", "measures")["measure_type"] == (
        "communications_campaign")


# -- measures named only by their noun (a system, a unit, loans, devices ...) ------------------------------

@pytest.mark.parametrize("text, words, kind", [
    ("The ministry has launched an online platform where families can check an agent's licence.", "online platform", "data_system"),
    ("The province will set up a new border crimes squad of 40 officers.", "new border crimes squad", "task_force"),
    ("Denmark delivered fifteen handheld ID-verification tools to the crossing at Ibrahim Khalil.",
     "fifteen handheld ID-verification tools", "equipment"),
    ("The governor said the council would offer interest-bearing loans to returnees opening shops.", "loans to returnees",
     "employment"),
    ("The agency has started an advertising drive on buses and billboards in Sulaimani.", "advertising drive",
     "communications_campaign"),
    ("Ministers agreed to open a special desk at the embassy to handle travel-document requests.", "special desk", "new_body"),
    ("The navy will run weekly patrols along the Shatt al-Arab waterway.", "weekly patrols", "law_enforcement_cooperation"),
])
def test_a_measure_named_only_by_its_noun_is_proposed(text, words, kind):
    found = proposed(text, "measures")
    assert any(words in c["description_text"] and c["measure_type"] == kind for c in found), found


@pytest.mark.parametrize("text", [
    "The smugglers bought new boats in Turkey last spring.",  # the gangs' own
    "Officers said the network ran several cells across the region.",
    "He added that nobody from any aid programme had called him.",  # none told
    "Will the new platform be ready before the summer?",  # a question asks
    "Britain pledged £2 million for border projects in the region.",  # a programme paid for is the money's purpose
    "The director of the border directorate spoke at the ceremony.",  # a body named, not one set up
    "A boat carrying 40 people capsized near the coast.",  # named, not given
])
def test_a_noun_that_names_no_measure_taken_is_not_proposed(text):
    assert proposed(text, "measures") == []


def test_a_thing_told_before_is_not_a_second_measure():
    text = "Britain will set up a new financial crimes unit in Erbil. Local MPs welcomed the new unit on Monday."
    assert len(proposed(text, "measures")) == 1


@pytest.mark.parametrize("text", [
    '"Dana was 19. She wanted to study medicine," her brother said.',
    "He was only 16 when he left Zakho with a cousin.",
    "Britain will spend up to £4 million over the next three financial years.",
])
def test_an_age_told_of_a_sentences_subject_and_a_span_of_financial_years_are_no_figures(text):
    assert proposed(text, "statistics") == []


def test_a_count_after_a_place_and_was_is_still_a_figure():
    assert one("The toll in Mosul was 31.", "statistics")["value"] == 31


@pytest.mark.parametrize("text, words, kind", [
    ("Since March, Dutch police officers working with their Turkish counterparts have traced 40 boats.",
     "officers working with their Turkish counterparts", "law_enforcement_cooperation"),
    ("The committee will also discuss the extradition of convicted smugglers held in Erbil.", "extradition of convicted smugglers",
     "law_enforcement_cooperation"),
    ("The grant will help families deported from Germany. The money will also pay for small-business grants of up to €1,500.",
     "small-business grants", "reintegration"),
    ("The fund will pay for vocational training and a new clinic in Duhok.", "vocational training", "employment"),
])
def test_more_measures_told_in_everyday_words(text, words, kind):
    found = proposed(text, "measures")
    assert any(words in c["description_text"] and c["measure_type"] == kind for c in found), found


def test_a_list_item_a_lead_in_gives_is_a_measure_named_by_its_noun():
    text = "The second phase will fund:\n\n- apprenticeships and start-up help for young people in Halabja\n- new clinics"
    assert any("apprenticeships" in c["description_text"] for c in proposed(text, "measures"))


def test_colleagues_in_a_cell_are_no_cooperation_of_their_own():
    assert proposed("Twelve officers work alongside Iraqi colleagues at the desk.", "measures") == []


@pytest.mark.parametrize("text, expected", [
    # a report with what it is of told before an aside, then its verb: still the report published (2025-06-10 is a Tuesday)
    ("2. The second yearly evaluation of the scheme, a 90-page document, is published today on the council's website.",
     [("publication", "2025-06-10", "occurred", "today")]),
    ("The inspectorate's audit of Kurdish border posts, its first since 2019, was released on Friday.",
     [("publication", "2025-06-06", "occurred", "on Friday")]),
    # ... but figures drawn from a source published on a day are cited, not published, whatever they are of
    ("3. Numbers on asylum claims come from the ministry's monthly migration statistics, published on 2 June.", []),
    ("Figures on removals, the latest available, were published on Monday.", []),
])
def test_a_report_with_what_it_is_of_and_an_aside_before_its_verb_is_a_publication(text, expected):
    assert _event(text, "2025-06-10") == expected


@pytest.mark.parametrize("text, expected", [
    # a meeting reported as a plan, "would take place" ("is to be held"): planned, dated by its own words (2025-06-10 a Tuesday)
    ("A ministry source said the opening session of a new border forum would take place in Amman next month.",
     [("planned_meeting", "2025-07", "planned", "next month")]),
    ("The inaugural meeting of the returns working group is to be held in Basra on 24 June.",
     [("planned_meeting", "2025-06-24", "planned", "on 24 June")]),
    ("Diplomats said talks between the two interior ministries would resume in September.",
     [("planned_meeting", "2025-09", "planned", "in September")]),
    # ... one meeting, however told: a meeting noun after another's "of" is what that one is of
    ("The closing session of the regional conference will take place in Rome on 3 July.",
     [("planned_meeting", "2025-07-03", "planned", "on 3 July")]),
    # ... but one that took place is occurred, and one on a condition is no plan told
    ("The first meeting of the oversight board took place in Erbil last month.", [("meeting", "2025-05", "occurred", "last month")]),
    ("He said a second session would take place only if Ankara sent a delegation.", []),
])
def test_a_meeting_reported_as_to_take_place_is_planned(text, expected):
    assert _event(text, "2025-06-10") == expected


@pytest.mark.parametrize("text, expected", [
    # a visitor ranked by the visit just told ("the first ... to travel to", "the most senior ... to visit"): that one visit
    ("The Danish envoy landed in Erbil on Sunday, the first Nordic diplomat to travel to the region since the ceasefire.",
     [("visit", "2025-06-08", "occurred", "on Sunday")]),
    ("Ms Varga arrived in Mosul yesterday, the most senior EU official to visit Nineveh in a decade.",
     [("visit", "2025-06-09", "occurred", "yesterday")]),
    # ... but a ranked visit told alone is the visit, and a second visit told after an arrival is one of its own
    ("On Monday she became the first Austrian minister to visit the Domiz camp.", [("visit", "2025-06-09", "occurred", "On Monday")]),
    ("The envoy arrived in Erbil on Monday and will visit Duhok on Friday.",
     [("visit", "2025-06-09", "occurred", "on Monday"), ("visit", "2025-06-13", "planned", "on Friday")]),
])
def test_a_visitor_ranked_by_the_visit_just_told_is_no_second_visit(text, expected):
    assert _event(text, "2025-06-10") == expected
# -- a long post: a directorate's head at a ministry of a regional government ------------------------------

@pytest.mark.parametrize("text", [
    "Roza Karwan Hamid, Deputy Director of the Border Crossings Monitoring Directorate at the Ministry of Interior of the "
    "Kurdistan Regional Government, also attended.",
    "Talks were also attended by the Deputy Director of the Border Crossings Monitoring Directorate at the Ministry of "
    "Interior of the Kurdistan Regional Government, Roza Karwan Hamid.",
])
def test_a_long_post_at_a_ministry_in_apposition_is_the_role(text):
    c = one(text, "officials")
    assert c["name"] == "Roza Karwan Hamid"
    assert c["role"] == ("Deputy Director of the Border Crossings Monitoring Directorate at the Ministry of Interior of the "
                         "Kurdistan Regional Government")


def test_at_after_a_verb_s_lowercase_object_opens_no_post():
    assert proposed("The envoy met local officials at the Ministry of Planning, Soran Dilan Aziz said on Monday.",
                    "officials") == []
    # a post at a body with no name before the comma: the post alone
    c = one("He was received by the Minister of State at the Home Office, Alan Brierley.", "officials")
    assert (c["name"], c["role"]) == ("Alan Brierley", "Minister of State at the Home Office")


# -- a second quotation after "“…,” said X, who …." in its paragraph; a crosshead quoting the words below ----------------

@pytest.mark.parametrize("text, last, speaker", [
    ('"Rebwar was 19. He wanted to open a bakery," said Nasrin Qadir, who had flown in from Erbil for the verdict. '
     '"He phoned us from the lorry and promised to ring again from Calais. He never did."', "He phoned us", "Nasrin Qadir"),
    # the first quotation, one word, is no statement: the verb before the second still names its speaker after it
    ("“Never,” said Nasrin Qadir, shaking her head. “We will not go back to that camp again.”", "We will not", "Nasrin Qadir"),
    # a role standing for the official named before
    ('Interior Minister Soran Dilan opened the centre.\n\n"It is a start for all of us," said the minister, who cut the '
     'ribbon. "We will open two more centres next year."', "We will open", "Soran Dilan"),
])
def test_a_quotation_after_said_x_and_the_rest_of_its_sentence_is_x_s(text, last, speaker):
    found = proposed(text, "statements")
    assert found and all(c["speaker"] == speaker for c in found), found
    assert found[-1]["text_text"].startswith(last)


def test_a_quotation_after_another_s_attribution_keeps_its_own_speaker_and_no_quoted_words_speak():
    text = ('"We were told nothing at all," said Nasrin Qadir. Her lawyer, Tom Blake, later added: "The family will appeal."')
    assert [(c["text_text"], c["speaker"]) for c in proposed(text, "statements")] == [
        ("We were told nothing at all", "Nasrin Qadir"), ("The family will appeal.", "Tom Blake")]
    # the words a quotation closes before "said" are never a speaker, whoever it is
    text = '"Dana was 30. She loved the job," said a guard at the gate. "Nobody crossed here that night."'
    assert all(c["speaker"] is None or '"' not in c["speaker"] for c in proposed(text, "statements"))


def test_a_crosshead_quoting_words_given_below_is_no_testimony():
    text = ("Judge Mara Kell passed sentence on Friday.\n\nShe said the gang had shown no remorse at all.\n\n"
            "'We paid them everything we had'\n\nThe family sat at the back.\n\n"
            '"We paid them everything we had and they still put us on that boat," said Hana Qadir, his aunt.')
    assert [(c["text_text"], c["speaker"]) for c in proposed(text, "statements")] == [
        ("We paid them everything we had and they still put us on that boat", "Hana Qadir")]
    # a first-person paragraph of its own that no later quotation repeats is the testimony of the one the paragraph before names
    text = "Karwan Sabir, 22, paid smugglers $9,000. He spent eleven months in a camp.\n\n“My father sold his car to pay for it.”"
    assert one(text, "statements")["speaker"] == "Karwan Sabir"


def test_a_title_ending_a_sentence_makes_no_surname_of_the_next_sentence_s_first_word():
    text = ('Interior Minister Soran Dilan opened the centre.\n\n"It is a start for all of us," said the minister. Then the '
            'crowd cheered. "We will open two more centres next year."')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Soran Dilan", None]
    # an abbreviated title's dot ends no sentence: "Supt. Hughes" is a titled surname
    c = one("The inquiry will go on for as long as it takes, said Supt. Hughes.", "officials")
    assert (c["name"], c["role"]) == ("Hughes", "Supt.")


@pytest.mark.parametrize("opening, closing", [('"', '"'), ("“", "”")])
def test_a_quotation_over_paragraphs_with_marks_only_at_its_ends_is_one_statement(opening, closing):
    text = (f"Border Minister Alan Pryce said:\n\n{opening}We have closed four routes this year and we will close more.\n\n"
            f"Every gang we stop is a boat that never leaves.{closing}\n\nThe figures were published on Monday.")
    c = one(text, "statements")
    assert c["speaker"] == "Alan Pryce"
    assert c["text_text"].startswith("We have closed") and c["text_text"].endswith("never leaves.")


@pytest.mark.parametrize("text", [
    # the paragraph after an unclosed mark holds a quotation of its own: no quotation runs over the break
    'Alan Pryce said:\n\n"We have closed four routes this year and we will close more.\n\nThe figures came out on Monday. '
    'Officials called them "encouraging but early".',
    # ... nor over paragraphs none of which ends with the closing mark
    '"We have closed four routes this year and we will close more.\n\nThe figures came out on Monday.\n\n'
    'Officials said more would follow.',
])
def test_an_unclosed_mark_opens_no_quotation_over_paragraphs(text):
    assert all("\n" not in c["text_text"] for c in proposed(text, "statements"))
    assert all("We have closed" not in c["text_text"] for c in proposed(text, "statements"))


@pytest.mark.parametrize("text", [
    '"You cannot run a border with two rulebooks," the minister said.',
    "Anyone with information can contact Thames Valley Police on 101 or the charity's helpline on 0800.",
])
def test_a_speakers_two_things_and_a_forces_short_number_are_no_figures(text):
    assert proposed(text, "statistics") == []


@pytest.mark.parametrize("text, value", [
    ('"Three boats left that night," she said.', 3),
    ('"We arrested two men in Ranya," the colonel said.', 2),
    ("Officers found two vans on the A1.", 2),
])
def test_a_count_a_speaker_gives_of_boats_or_people_is_still_a_figure(text, value):
    assert [c["value"] for c in proposed(text, "statistics")] == [value]


@pytest.mark.parametrize("text, words, kind", [
    ("The EU will pay for courses for some 400 Iraqi border and customs officers.", "courses for some 400", "training"),
    ("Erbil is linking passport records from its airports to the federal database.", "linking passport records", "data_system"),
    ("The two forces now swap intelligence on money transfers every week.", "swap intelligence", "intelligence_sharing"),
    ("Under the deal Baghdad agreed to take back its nationals refused asylum in Britain.", "take back its nationals", "returns"),
    ("MPs in Baghdad are debating a bill to toughen penalties for people smugglers.", "bill to toughen", "legal_reform"),
    ("A small fund offers start-up grants of up to €2,000 to Iraqis who come home from Germany.", "start-up grants",
     "reintegration"),
])
def test_measures_of_the_ninth_sets_classes_told_in_words_of_our_own(text, words, kind):
    found = proposed(text, "measures")
    assert any(words in c["description_text"] and c["measure_type"] == kind for c in found), found


def test_a_promise_to_take_people_back_and_the_desk_that_does_it_are_two_measures():
    text = ("The memorandum commits Iraq to take back its citizens with no right to remain. "
            "A returns desk will open at Basra airport.")
    assert len(proposed(text, "measures")) == 2
# -- acquittals and hearings told by their day ---------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("A third defendant, a 33-year-old courier from Hull, was cleared of all charges.", [("court_ruling", None, "occurred")]),
    ("Her brother was cleared of people-smuggling charges after a short retrial.", [("court_ruling", None, "occurred")]),
    ("The van driver was cleared of conspiracy by a jury at Exeter Crown Court on 2 October.",
     [("court_ruling", "2025-10-02", "occurred")]),
    ("The younger man was acquitted.", [("court_ruling", None, "occurred")]),
    ("The taxi owner was found not guilty of money laundering.", [("court_ruling", None, "occurred")]),
    ("On Tuesday the jury found the boat's pilot not guilty.", [("court_ruling", "2025-11-04", "occurred")]),
])
def test_an_acquittal_is_a_court_ruling(text, expected):
    assert [e[:3] for e in _event(text, "2025-11-10")] == expected


@pytest.mark.parametrize("text", [
    "Firefighters cleared the area around the warehouse.",
    "The beach was cleared by early afternoon.",
    "The charity was cleared of wrongdoing by the regulator.",
    "Investigators found that the ledger was not a forgery.",
    "Officers found the dinghy on a beach near Calais.",
])
def test_what_is_cleared_or_found_outside_a_court_is_no_ruling(text):
    assert [e for e in _event(text, "2025-11-10") if e[0] == "court_ruling"] == []


@pytest.mark.parametrize("text, expected", [
    # a hearing still to come, told by its day, is the ruling planned that day (the next such day after the reference)
    ("The judge will fix the costs at a compensation hearing on 16 March.", [("court_ruling", "2026-03-16", "planned")]),
    ("Magistrates will set the sum at a hearing at Hull Crown Court on 3 February.", [("court_ruling", "2026-02-03", "planned")]),
    ("Both brothers face a confiscation hearing on 21 January.", [("court_ruling", "2026-01-21", "planned")]),
    ("The courier is awaiting a sentencing hearing on Friday.", [("court_ruling", "2025-11-14", "planned")]),
    ("An appeal hearing is due on 2 February.", [("court_ruling", "2026-02-02", "planned")]),
    ("The boatman is due to be sentenced on 9 January.", [("court_ruling", "2026-01-09", "planned")]),
    # ... and one already held, in the past tense, occurred that day
    ("At a hearing on 3 October, the court ordered the driver to repay £20,000.", [("court_ruling", "2025-10-03", "occurred")]),
    # a ruling told with a verb of its own at the hearing is one ruling
    ("The haulier was jailed at a sentencing hearing on 3 October.", [("court_ruling", "2025-10-03", "occurred")]),
    ("The cashier will be sentenced at a hearing on 5 December.", [("court_ruling", "2025-12-05", "planned")]),
])
def test_a_hearing_told_by_its_day_is_a_court_ruling_that_day(text, expected):
    assert [e[:3] for e in _event(text, "2025-11-10")] == expected


@pytest.mark.parametrize("text", [
    "The hearing was adjourned.",
    "The minister spoke at a committee hearing on 4 March.",
    "The family travelled from Sulaimani for the hearing.",
])
def test_a_hearing_without_its_day_is_no_ruling(text):
    assert [e for e in _event(text, "2025-11-10") if e[0] == "court_ruling"] == []


def test_a_hearing_on_the_day_of_a_ruling_told_before_is_that_ruling():
    text = "The pilot was jailed on 3 October. At the hearing on 3 October, the judge also banned him from driving."
    assert [e[:3] for e in _event(text, "2025-11-10")] == [("court_ruling", "2025-10-03", "occurred")]


@pytest.mark.parametrize("text, expected", [
    # a ruling to come, told at a hearing by its day after a ruling of another day: the hearing's day
    ("The skipper was convicted in May and will be sentenced at a hearing on 5 December.",
     [("court_ruling", "2025-05", "occurred"), ("court_ruling", "2025-12-05", "planned")]),
    ("Both cousins were convicted last week and will be sentenced at a hearing at Leeds Crown Court on Friday.",
     [("court_ruling", "2025-11-03/2025-11-09", "occurred"), ("court_ruling", "2025-11-14", "planned")]),
    # a hearing after "and" is a ruling of its own, not the setting of the one before
    ("The lorry driver was refused bail and faces a confiscation hearing on 16 March.",
     [("court_ruling", None, "occurred"), ("court_ruling", "2026-03-16", "planned")]),
])
def test_a_ruling_s_hearing_gives_it_its_day_and_one_after_and_is_a_ruling_of_its_own(text, expected):
    assert [e[:3] for e in _event(text, "2025-11-10")] == expected


@pytest.mark.parametrize("text, speaker", [
    ('Major General Dilshad Omar Aziz, commander of the Duhok border guards, told journalists that nine men were held.\n\n'
     '"The gangs move people at night across the mountains," Maj. Gen. Dilshad said.', "Dilshad Omar Aziz"),
    ("Colonel Rebin Hawre Salih, the Asayish spokesman in Koya, confirmed the arrests.\n\n"
     "“They had forged passports from three countries,” said Col. Rebin, adding that more raids would follow.", "Rebin Hawre Salih"),
])
def test_an_officer_named_again_by_rank_and_forename_is_the_one_named_in_full(text, speaker):
    # Kurdish and Arab usage: the rank and forename refer back; they are no new official and the quotation is theirs
    assert [c["name"] for c in proposed(text, "officials")] == [speaker]
    assert one(text, "statements")["speaker"] == speaker


def test_a_rank_and_forename_shared_by_two_or_a_civil_title_and_forename_resolve_to_no_one_named_in_full():
    # two officers share the forename: the mention stands for neither
    text = ('Captain Lana Sherzad Omar led the patrol and Captain Lana Qadir Ali followed her. "We found nobody at the '
            'crossing," Capt. Lana said.')
    assert one(text, "statements")["speaker"] is None
    # a civil title is worn with a surname: "Councillor Aziz" is someone else, not Aziz Rahman
    text = 'Councillor Aziz Rahman opened the centre. "We will not close it while I sit here," Councillor Aziz said.'
    assert one(text, "statements")["speaker"] == "Aziz"


@pytest.mark.parametrize("text, speaker", [
    ('The Minister for Integration, Siobhan Darcy, said the plan was overdue.\n\n"Nobody should think the Common Schengen '
     'Area solves this for us," she said. "The routes run through every port we have."', "Siobhan Darcy"),
    ('Deputy Minister Karzan Aziz Omar said the border would stay open.\n\n"We cannot wait for Director Hewa Salim Rashid to '
     'fix it," he said. "Every week counts for the families."', "Karzan Aziz Omar"),
])
def test_a_name_inside_a_quotation_is_never_the_speaker_a_pronoun_stands_for(text, speaker):
    # the second quotation goes on with the speaker "she said" stands for, not with words the first one quoted
    assert [c["speaker"] for c in proposed(text, "statements")] == [speaker, speaker]


def test_a_pronoun_whose_only_name_before_is_quoted_is_left_for_review():
    text = ('Officials were cautious on Monday. "Minister Dara Karim Salih has promised a decision within the month," one '
            'official said. "We shall see what comes of it," he said.')
    assert [c["speaker"] for c in proposed(text, "statements")] == [None, None]


@pytest.mark.parametrize("text, name, role", [
    ("Dara Salim Aziz, who heads the Duhok Governorate's liaison office in London, said the talks would resume.",
     "Dara Salim Aziz", "heads the Duhok Governorate's liaison office in London"),
    ("Fiona Maclure, who chairs the Scottish Parliament's justice committee, said MSPs would ask for evidence.",
     "Fiona Maclure", "chairs the Scottish Parliament's justice committee"),
    ("Lt. Col. Aras Jamil Kareem, who now commands the Zakho border guards, said patrols had doubled.",
     "Aras Jamil Kareem", "commands the Zakho border guards"),
    ("Baroness Ashcombe, who chairs the Lords justice committee, said peers would look at the scheme.",
     "Baroness Ashcombe", "chairs the Lords justice committee"),
])
def test_a_post_told_by_a_verb_in_a_relative_clause_is_the_role(text, name, role):
    # "X, who heads Y,": the role is the verb and what it heads, as written
    assert (name, role) in {(c["name"], c["role"]) for c in proposed(text, "officials")}


@pytest.mark.parametrize("text", [
    "Rebwar Hama Salih, who heads home after the hearing, said he was relieved.",
    "Shilan Omar Qadir, who heads the Erbil Traders Association, said business had slowed.",
    "Karim Jaff, who runs the Duhok-based Organisation for Returnee Rights, said the grants were too small.",
    "Tom Hale, who runs a logistics company in Dover, said lorries were checked twice.",
    "Hana Karim Aziz, who heads the charity's office in Erbil, said families were afraid.",
    "Nadia Berwari, who headed the border directorate until 2023, said the cameras had helped.",
])
def test_a_relative_clause_heading_no_public_body_or_a_past_one_is_no_role(text):
    # going home, a trade body, a rights group, a company, a charity's office: no public post; "headed": a former one
    assert proposed(text, "officials") == []


def test_a_forces_number_with_a_charitys_line_as_the_other_choice_gives_the_line():
    text = "Tips can be passed to Kent Police on 101 or to the independent charity Crimestoppers, anonymously, on 0800 555 111."
    assert len(proposed(text, "measures")) == 1


def test_two_lines_given_with_two_numbers_are_two_hotlines():
    text = ("Victims can call the charity Hope Line free on 0800 111 222. "
            "Tips can also be passed to the independent charity Crimestoppers, anonymously, on 0800 555 111.")
    assert len(proposed(text, "measures")) == 2


@pytest.mark.parametrize("text, value", [
    ("Roughly three-quarters of those interviewed had paid a smuggler.", 0.75),
    ("Two thirds of the arrivals were under 25.", 2 / 3),
    ("A group of 40 will begin training in May.", 40),
    ("Nine men were found at the farm, and four have since been charged.", 4),
])
def test_fractions_a_group_and_an_elided_count_are_figures(text, value):
    assert any(abs(c["value"] - value) < 1e-9 for c in proposed(text, "statistics"))


@pytest.mark.parametrize("text", [
    "He will serve two-thirds of his sentence in custody.",
    "Arrests rose in the third quarter of the year.",
    "The family lived in a flat at 27 Ferry Road for six years.",
    "Anyone with concerns can contact Police Scotland on 101.",
    "Leaders of the Group of 20 met in Rome.",
])
def test_a_term_served_a_house_number_a_forces_number_and_a_groups_name_are_no_figures(text):
    assert proposed(text, "statistics") == []


@pytest.mark.parametrize("text, words, kind", [
    ("Since May, 240 customs officers have been taught to spot cloned passports.", "officers have been taught",
     "training"),
    ("Officials said information passed between the two police forces had led to the arrests.",
     "information passed between", "intelligence_sharing"),
    ("Detectives in Hull are now working closely with investigators in Duhok.", "working closely with investigators",
     "law_enforcement_cooperation"),
    ("Council and police officers carried out joint inspections of car washes in the city.", "joint inspections",
     "law_enforcement_cooperation"),
    ("The women were referred to a support service for trafficking victims run by a charity.", "support service for trafficking victims",
     "victim_support"),
])
def test_measures_of_the_tenth_sets_classes_told_in_words_of_our_own(text, words, kind):
    found = proposed(text, "measures")
    assert any(words in c["description_text"] and c["measure_type"] == kind for c in found), found


def test_one_flight_and_a_run_of_flights_in_a_sentence_are_two_returns_measures():
    text = ("A charter flight carrying 40 men landed in Erbil on Monday, the latest of the removal flights the two "
            "governments have stepped up.")
    assert len([c for c in proposed(text, "measures") if c["measure_type"] == "returns"]) == 2


@pytest.mark.parametrize("text, title", [
    ("The UK–Iraq Joint Statement on Returns was signed in Baghdad on 3 May 2025.", "Joint Statement on Returns"),
    ("The British-Iraqi Memorandum of Understanding on Border Security was agreed.", "Memorandum of Understanding on Border Security"),
])
def test_an_instruments_title_leaves_out_its_article_and_parties(text, title):
    assert one(text, "agreements")["title"] == title


@pytest.mark.parametrize("text, expected", [
    # a raid on premises is the arrest operation, dated by its own day (2025-03-12 is a Wednesday)
    ("Detectives raided two flats in Duhok and a money exchange office in Zakho at about 5 a.m. on Monday.",
     [("arrest", "2025-03-10", "occurred")]),
    ("Police raided the warehouse and a farm outside Mosul in a dawn operation on 2 February last year, arresting four men.",
     [("arrest", "2024-02-02", "occurred")]),
    ("Three houses in Kirkuk were raided on Sunday.", [("arrest", "2025-03-09", "occurred")]),
    # ... and so are those it took
    ("Six of the suspects were picked up in dawn raids in Halabja on Friday, officials said.", [("arrest", "2025-03-07", "occurred")]),
    ("Four men were rounded up by police in Basra on Tuesday.", [("arrest", "2025-03-11", "occurred")]),
    # an arrest told as the noun announced: the announcement's day is not the arrest's
    ("The directorate announced on Tuesday the arrest of nine people accused of forging residence permits.",
     [("announcement", "2025-03-11", "occurred"), ("arrest", None, "occurred")]),
    ("Police announced the arrests of two brothers in Erbil on Monday.",
     [("announcement", None, "occurred"), ("arrest", "2025-03-10", "occurred")]),
])
def test_a_raid_those_picked_up_in_one_and_an_arrest_announced_as_a_noun_are_arrests(text, expected):
    assert [e[:3] for e in _event(text, "2025-03-12")] == expected


@pytest.mark.parametrize("text", [
    "The finance ministry raided the reserve fund on Monday to pay salaries.",  # nothing a raid is made on
    "The raided shops stayed shut on Monday.",  # an adjective
    "Forty migrants were picked up by a coastguard vessel off Dunkirk on Sunday.",  # rescued at sea
    "After the arrest of the ringleader, the network fell apart.",  # named to date something else
    "A judge issued a warrant for the arrest of the two brothers on Monday.",  # sought, not made
    "The tip-off led to the arrest of 52 people since January.",  # a running total
])
def test_a_fund_raided_a_rescue_and_an_arrest_sought_or_dating_another_are_no_arrests(text):
    assert _event(text, "2025-03-12") == []


@pytest.mark.parametrize("text, expected", [
    ("The inspectorate's annual report, some 60 pages long, will be laid before Parliament in March.",
     [("publication", "2025-03", "planned")]),
    ("The Home Secretary laid the independent review before Parliament on Monday.", [("publication", "2024-12-02", "occurred")]),
])
def test_a_report_laid_before_parliament_with_a_day_of_its_own_is_a_publication(text, expected):
    assert [e[:3] for e in _event(text)] == expected


@pytest.mark.parametrize("text", [
    "The new immigration rules were laid before Parliament on Monday.",  # rules, no report
    "The minister said the review would be laid before Parliament in due course.",  # no day of its own
    "MPs urged the minister to lay the report before Parliament by June.",  # asked for
    "Veterans laid wreaths at the memorial on Sunday.",
])
def test_rules_laid_a_report_laid_with_no_day_or_asked_for_and_wreaths_laid_are_no_publication(text):
    assert _event(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The working group, which was formed after the two ministries signed a protocol in Amman in March 2024, will meet in "
     "Erbil next month.", [("signing", "2024-03", "occurred"), ("planned_meeting", "2025-01", "planned")]),
    # no date in the verb's own clause: the one before it stays
    ("The envoy, who arrived on Sunday, met the governor.", [("visit", "2024-12-01", "occurred"), ("meeting", "2024-12-01", "occurred")]),
])
def test_a_date_in_a_relative_clause_before_the_verb_yields_to_one_in_the_verb_s_own_clause(text, expected):
    assert [e[:3] for e in _event(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The gangs run routes that both governments vowed to close under a protocol signed in Amman in March 2024.",
     [("signing", "2024-03", "occurred")]),
    ("Ministers will build on the memorandum signed in Erbil in October.", [("signing", "2024-10", "occurred")]),
    # near-miss: a signing still to come is planned
    ("The ministers hope the protocol will be signed in Amman in March.", [("signing", "2025-03", "planned")]),
])
def test_a_deal_named_by_its_signing_was_signed_whatever_future_its_clause_holds(text, expected):
    assert [e[:3] for e in _event(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # people met on arrival: no meeting between officials
    ("The deportees were met at the airport by officials of the migration ministry.", []),
    ("The returnees were met off the plane by staff of the charity.", []),
    ("The governor was met by the British consul on Monday.", [("meeting", "2024-12-02", "occurred")]),
    ("The minister met the returnees at the airport on Monday.", [("meeting", "2024-12-02", "occurred")]),
    # an undated arrival in a life story: no visit
    ("Her lawyer said she had herself arrived in Britain in the back of a lorry.", []),
    ("Omar Faraj, who arrived in the UK as a teenager, now runs a bakery.", []),
    ("The delegation had arrived in Erbil on Saturday.", [("visit", "2024-11-30", "occurred")]),
    # trainees going for a course: no visit
    ("A first group of 45 cadets finished the course in May, and a further group of 30 will travel to Amman in February.", []),
    ("Twenty border guards will travel to Jordan in March for training.", []),
    ("The interior minister will travel to Amman in February.", [("visit", "2025-02", "planned")]),
])
def test_people_met_on_arrival_a_migrant_s_arrival_and_trainees_travelling_are_no_meeting_or_visit(text, expected):
    assert [e[:3] for e in _event(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ('The scanner "will show a guard within a minute whether a driver was caught at another crossing last week".', []),
    ("It was not clear whether the envoy met the minister on Monday.", []),
    ("Those convicted of forging visas face up to seven years in prison.", []),
    ("If convicted, the two men face life sentences.", []),
    # near-miss: the clause the "whether" hangs on is told
    ("The minister met the envoy on Monday to discuss whether the pact was working.", [("meeting", "2024-12-02", "occurred")]),
])
def test_a_verb_in_a_whether_clause_or_after_a_capitalised_those_or_if_is_no_event(text, expected):
    assert [e[:3] for e in _event(text)] == expected


@pytest.mark.parametrize("text, name, role", [
    ("Tomasz Wrobel, who leads the NSA's work on cross-border fraud, said the cases had doubled. The National Smuggling "
     "Agency (NSA) opened an office in Basra last year.",
     "Tomasz Wrobel", "leads the NSA's work on cross-border fraud"),
    ('"Most returnees want work, not charity," said Ines Dahl, who heads the UNHCR\'s office in Duhok. "We see it daily."',
     "Ines Dahl", "heads the UNHCR's office in Duhok"),
    ("Morag Lennie, who leads on people smuggling cases for the Crown Prosecution Service, said two trials were due.",
     "Morag Lennie", "leads on people smuggling cases for the Crown Prosecution Service"),
    ("Bakhtiyar Qadir Omar, who oversees the ministry's passport directorate, said forged visas were down.",
     "Bakhtiyar Qadir Omar", "oversees the ministry's passport directorate"),
])
def test_a_post_told_by_leads_on_or_a_public_bodys_initials_is_the_role(text, name, role):
    # the initials of an international organisation or of a body spelt out as public, "leads on … for" a public body
    assert (name, role) in {(c["name"], c["role"]) for c in proposed(text, "officials")}


@pytest.mark.parametrize("text", [
    "Sanna Berg, who leads the KRN's work on returns, said families were afraid. The Kurdish Refugee Network (KRN) is a charity.",
    "Leila Haddad, who heads the ARC's work in Erbil, said grants were too small.",
    "Owen Pryce, who leads on fundraising for the Harbour Rescue Trust, said donations had fallen.",
    "Joanna Keel, who leads on policy at the campaign, said ministers had not listened.",
    "Rania Aziz, who coordinates the volunteers' rescue teams, said boats were overcrowded.",
])
def test_initials_or_a_portfolio_of_no_public_body_give_no_role(text):
    # a charity's initials (spelt out as one, or not at all), a trust's portfolio, no body after "leads on": no public post
    assert proposed(text, "officials") == []


@pytest.mark.parametrize("text, speaker", [
    ('According to Soran Salim Aziz, the ring sold fake permits. The men face trial under the Criminal Code, which covers fraud.\n\n'
     '"Nobody will be let off lightly," he said.', "Soran Salim Aziz"),
    ('Colonel Rebin Hamad Karim briefed reporters. The case falls under the 2019 Residency Law No. 76.\n\n'
     '"We traced every permit back to the same office," he said.', "Rebin Hamad Karim"),
    ('Nasreen Othman Faraj spoke after the vote. The Nationality and Borders Act applies to the case.\n\n'
     '"The families deserve to know what comes next," she said.', "Nasreen Othman Faraj"),
])
def test_a_laws_name_is_never_the_one_a_pronoun_stands_for(text, speaker):
    # "the Criminal Code", "Residency Law No.", "the … Act": a law's name, no person, so "he" goes to the one named before
    assert _statements(text)[-1][1] == speaker


def test_a_surname_that_is_also_a_laws_word_is_still_a_person():
    # "Law" ends a law's name only after "the" or before its number: "Fiona Law" is a person
    text = 'Fiona Law, the council\'s housing director, visited the hostel.\n\n"We need more beds before winter," she said.'
    assert _statements(text) == [("We need more beds before winter", "Fiona Law")]


@pytest.mark.parametrize("text, speaker", [
    ('The smugglers charged "up to $9,000 a head", according to Soran Salim Aziz.', "Soran Salim Aziz"),
    ('Officers spoke to Hawre Jalal Omar, who said the boats "left every night".', "Hawre Jalal Omar"),
])
def test_a_three_word_name_after_a_verbs_preposition_keeps_its_forename(text, speaker):
    # "according to | Soran …", "spoke to | Hawre …": a verb's preposition, no portfolio ("Minister for | Asylum X") ending there
    assert [s for _, s in _statements(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    ('A council press release quoted Nadia Rahim Saleh as saying that the shelter "will open before the first snow" and '
     'that funding had "finally come through".',
     [("will open before the first snow", "Nadia Rahim Saleh"), ("finally come through", "Nadia Rahim Saleh")]),
    ('Minister Karwan Jamal Aziz toured the crossing on Friday. State television quoted him as saying the new scanners '
     '"catch what the eye misses".', [("catch what the eye misses", "Karwan Jamal Aziz")]),
    ('Ahmed Salih Barwari was quoted by the agency as saying the convoy "had been stopped twice before dawn".',
     [("had been stopped twice before dawn", "Ahmed Salih Barwari")]),
])
def test_the_one_quoted_as_saying_is_the_speaker(text, expected):
    # "quoted X as saying", "quoted him as saying", "X was quoted … as saying": X speaks, not the release or the channel
    assert _statements(text) == expected


def test_a_verb_of_saying_after_quoted_as_saying_names_the_speaker():
    # a later verb of saying in the sentence governs the quotation: Lena Brandt's words, though she quotes a report
    text = ('Lena Brandt quoted the report as saying little, but Omar Farouk Jalal said the checks were "slow and patchy".')
    assert _statements(text) == [("slow and patchy", "Omar Farouk Jalal")]


@pytest.mark.parametrize("text, expected", [
    ('The Border Agency seized 40 passports at Dover on Monday, and said the haul was "the largest this year".',
     [("the largest this year", "Border Agency")]),
    ('On Friday the Ministry of Migration opened two offices in Duhok, and also said returns had "picked up".',
     [("picked up", "Ministry of Migration")]),
    ('Soran Jalal Aziz met Fiona Hale in Erbil on Sunday, and said the talks had been "frank and useful".',
     [("frank and useful", "Soran Jalal Aziz")]),
])
def test_a_verb_of_saying_joined_to_an_earlier_predicate_has_the_clauses_subject(text, expected):
    # "X seized …, and said …": X speaks, a body as much as a person, not someone the first predicate names
    assert _statements(text) == expected


@pytest.mark.parametrize("text", [
    'The ministry announced the raids, and police said the gang had been "running for years".',
    'A spokesman for the council visited the site, and said repairs were "well under way".',
])
def test_a_joined_verb_with_a_subject_of_its_own_or_an_unnamed_one_names_no_body(text):
    # "…, and police said": its own subject, unnamed; "A spokesman for the council …": someone described, not the council
    assert [s for _, s in _statements(text)] == [None]


@pytest.mark.parametrize("text", [
    'Article 41 of the Criminal Code says anyone forging a visa faces "up to seven years in prison".',
    'The Residency Law says that every visitor must "register with the police within 15 days".',
])
def test_a_law_whose_words_are_quoted_is_no_speaker(text):
    # a code or a law "says" what its text says: no one speaks the words, and no body either
    assert [s for _, s in _statements(text)] == [None]


@pytest.mark.parametrize("text, words, value, qualifier", [
    ("Removals reached 900, more than twice as many as a year earlier.", "more than twice", 2, "more_than"),
    ("Nearly half of them were under 18.", "Nearly half", 0.5, "nearly"),  # a share is a ratio (tests/articles/README.md)
    ("About half of them were under 25, the police said.", "About half", 0.5, "about"),
    ("Families owe ten times that to the smugglers.", "ten times", 10, None),
    ("The study interviewed 50 returnees. Thirty-one of the 50 said they had debts.", "Thirty-one", 31, None),
    ("Officers searched nine homes in Leeds, four in Bradford and two near Wakefield.", "two", 2, None),
    ("Kent will receive 12 drones and 30 night-vision cameras.", "30", 30, None),
])
def test_ratios_in_words_a_count_of_a_base_a_listed_count_and_night_vision_kit_are_figures(text, words, value, qualifier):
    found = [c for c in proposed(text, "statistics") if c["value_text"] == words]
    assert found and abs(found[0]["value"] - value) < 1e-9 and found[0]["qualifier"] == qualifier, proposed(text, "statistics")


@pytest.mark.parametrize("text", [
    "Arrests rose in the first half of the year.",
    "He spent 40 nights in the camp at Dunkirk.",
    "They met at two in the afternoon.",
])
def test_half_a_year_nights_and_a_time_are_no_figures(text):
    assert proposed(text, "statistics") == []


def test_a_hedged_amount_is_approximate():
    assert one('"A job here pays maybe 500,000 dinars a month," he said.', "funding")["qualifier"] == "about"


def test_a_speakers_count_of_one_familys_children_is_no_figure():
    assert proposed('"You are taking a father away from three British children," the MP said.', "statistics") == []
    assert [c["value"] for c in proposed('"Three children drowned that night," the captain said.', "statistics")] == [3]


@pytest.mark.parametrize("text, words, kind", [
    ("Officers now cross-check travellers' names against an Interpol watch list.", "names against an Interpol watch list",
     "data_system"),
    ("The fund offers small loans of up to $4,000 for people starting a business.", "small loans", "employment"),
    ("Families can call a free advice line run by the charity.", "advice line", "hotline"),
    ("Those sent back can receive up to £2,500 to help them start again in Erbil.", "£2,500", "reintegration"),
    ("Most of the money went on patrol boats and on charter flights to Erbil.", "charter flights", "returns"),
    ("The Home Office plans to run a removal flight to Iraq every month. The first removal flight left Stansted on Monday.",
     "every month", "returns"),
    ("Iraq will build a fingerprint-sharing system with Britain.", "fingerprint-sharing system", "data_system"),
])
def test_measures_of_the_eleventh_sets_classes_told_in_words_of_our_own(text, words, kind):
    found = proposed(text, "measures")
    assert any(words in c["description_text"] and c["measure_type"] == kind for c in found), found


@pytest.mark.parametrize("text, name, role", [
    ("Marta Lindqvist, director of Interpol's Human Trafficking Unit, said the cases had doubled.",
     "Marta Lindqvist", "director of Interpol's Human Trafficking Unit"),
    ("Pavel Dusek, head of the Smuggling Investigations Directorate, told reporters the route had closed.",
     "Pavel Dusek", "head of the Smuggling Investigations Directorate"),
])
def test_a_post_at_a_unit_named_for_what_it_fights_is_an_office(text, name, role):
    # "Smuggling", "Trafficking" in a capitalised unit's name say what the unit fights, not what its head is
    assert _officials(text) == {name: role}


@pytest.mark.parametrize("text", [
    "Pavel Dusek, head of a smuggling network in Calais, was arrested on Friday.",
    "Marta Lindqvist, a trafficking victim, told the court she had been held for weeks.",
])
def test_a_smuggler_or_a_victim_is_still_no_official(text):
    assert _officials(text) == {}


@pytest.mark.parametrize("text, name, role", [
    ("In Basra, Nawzad Qadir, who runs the Ministry of Migration's office at the port, said the numbers were falling.",
     "Nawzad Qadir", "runs the Ministry of Migration's office at the port"),
    ("At Dover, Helen Brightwell, deputy director of the Border Force, met the delegation.",
     "Helen Brightwell", "deputy director of the Border Force"),
])
def test_a_place_before_the_comma_does_not_hide_the_officials_appositive(text, name, role):
    # "In Basra, X, role": the place is no name whose role is "X"; X's own appositive names the post
    assert _officials(text) == {name: role}


@pytest.mark.parametrize("text", [
    "Dr Lucy Ferrand, the institute's director, said the pact had failed.",
    "Omar Siddiqui, the think tank's chair, said the money was late.",
])
def test_a_research_institutes_head_is_no_official(text):
    # "the institute's director": a think tank's or a research institute's post is no public office
    assert _officials(text) == {}


def test_a_ministrys_director_is_still_an_official():
    assert _officials("Dr Lucy Ferrand, the ministry's director, said the pact had worked.") == {"Lucy Ferrand": "director"}


@pytest.mark.parametrize("text, expected", [
    ('His brother, Dilan, rang from Harmondsworth immigration removal centre on Monday. "They took my phone and my shoes," '
     'he told us.', [("They took my phone and my shoes", "Dilan")]),
    ('Her son, Rawa, called from Campsfield House detention centre, near Oxford. "I have not slept for two days," he said.',
     [("I have not slept for two days", "Rawa")]),
    ('Dilan Aziz was moved on Monday. His family drove to Campsfield House detention centre, near Oxford, on Tuesday. '
     '"They took my phone and my shoes," he said.', [("They took my phone and my shoes", "Dilan Aziz")]),
    ('Rawa Karim was flown out on Friday. He had spent a month in Yarls Wood immigration removal centre before that. '
     '"I did not sleep at all," he told us.', [("I did not sleep at all", "Rawa Karim")]),
])
def test_a_place_named_before_what_it_is_is_no_speaker(text, expected):
    # "Harmondsworth immigration removal centre": a building's name, never the one a pronoun stands for; "His brother, Dilan,"
    # names a person by one name
    assert _statements(text) == expected


def test_a_person_named_before_a_lowercase_word_is_still_a_person():
    text = 'Rebaz Hamid visited the detention centre on Friday. "Nobody told them anything," he said.'
    assert _statements(text) == [("Nobody told them anything", "Rebaz Hamid")]


def test_a_kinship_subject_stands_for_the_one_the_article_introduces_by_it():
    # "Her husband says …" in a standfirst, then "Her husband, Karzan, …" and "Karzan Hamid": one man, named in full
    text = ('Her husband says the family "cannot go back to Mosul now".\n\n'
            'Her husband, Karzan, works nights at a bakery in Leeds. "We have nowhere else," he said.\n\n'
            'Karzan Hamid said the landlord had given them a month.')
    assert _statements(text) == [("cannot go back to Mosul now", "Karzan Hamid"), ("We have nowhere else", "Karzan Hamid")]


def test_a_kinship_subject_no_one_is_introduced_by_names_no_speaker():
    text = 'His sister says he "never wanted to leave Erbil at all". Rebaz Hamid was flown out on Tuesday.'
    assert [s for _, s in _statements(text)] in ([], [None])
# -- frozen11's classes: a bid refused by a judge, a conference, a plan set out, arrivals that are no visits ------------------

def _kinds_dates(text, reference="2024-12-04"):
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference)]


@pytest.mark.parametrize("text, expected", [
    # a bid refused (granted) by one judge or court is a ruling, dated by its weekday whatever the hour
    ("Lawyers for the family sought a stay, but it was refused by an Upper Tribunal judge at 11pm on Monday.",
     [("court_ruling", "2024-12-02", "occurred")]),
    ("The stay had been granted by the Court of Appeal on Tuesday morning.", [("court_ruling", "2024-12-03", "occurred")]),
])
def test_a_bid_refused_by_a_judge_is_a_ruling(text, expected):
    assert _kinds_dates(text) == expected


def test_claims_refused_by_the_courts_in_general_are_no_ruling():
    assert _kinds_dates("Anyone whose claim has been refused by the courts can be deported, the minister said.") == []


@pytest.mark.parametrize("text", [
    "The charter, which monitors followed on a flight tracker, landed in Sulaimani shortly before dawn.",  # a plane, after an aside
    "Her cousin, a trained electrician, arrived in the UK hidden in a van in 2018.",  # a migrant's, by how he came
    "Her brother arrived in Britain in 2019.",  # a life story's, by its year alone
    "He arrived in Germany as a teenager and later moved to Leeds.",
])
def test_a_plane_landing_after_an_aside_and_a_migrants_arrival_are_no_visits(text):
    assert _kinds_dates(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The minister, who leads the talks, arrived in Baghdad on Sunday.", [("visit", "2024-12-01", "occurred")]),
    ("The envoy landed in Erbil on 3 March 2023 for two days of talks.", [("visit", "2023-03-03", "occurred")]),
])
def test_a_visitors_arrival_on_a_day_stays_a_visit(text, expected):
    assert _kinds_dates(text) == expected


@pytest.mark.parametrize("text", [
    "A prosecutor told the forum that judges in the city had convicted 57 people of forgery so far this year.",
    "Magistrates have jailed 19 drivers since March, the council said.",
])
def test_people_counted_as_convicted_over_a_period_in_the_active_are_a_figure(text):
    assert _kinds_dates(text) == []


def test_a_court_convicting_people_on_a_day_is_a_ruling():
    assert _kinds_dates("The court in Dohuk convicted 4 men on Monday.") == [("court_ruling", "2024-12-02", "occurred")]


def test_a_plan_set_out_by_someone_is_an_announcement():
    text = "The deputy governor of Duhok, Karwan Ali, set out a housing plan for families who return from Europe."
    assert _kinds_dates(text) == [("announcement", None, "occurred")]


@pytest.mark.parametrize("text", [
    "The memorandum set out a plan for joint patrols on the river.",  # a document's contents
    "The minister set out the package during a speech in Leeds.",  # a package told before, restated
    "The two men set out from Zakho before dawn.",  # a journey's start
])
def test_a_documents_plan_a_package_restated_and_a_journey_set_out_are_no_announcements(text):
    assert [k for k, _, _ in _kinds_dates(text) if k == "announcement"] == []


def test_a_conference_told_as_the_setting_of_a_dated_announcement_is_a_meeting_that_day():
    text = ("Iraqi and Jordanian officials on Tuesday unveiled a scheme of border patrols and exchanges meant to cut crossings, "
            "at a conference in Amman attended by about 90 delegates.")
    assert _kinds_dates(text) == [("announcement", "2024-12-03", "occurred"), ("meeting", "2024-12-03", "occurred")]


@pytest.mark.parametrize("text, expected", [
    ("Ministers from six countries will discuss returns at a conference in Rome next week.",
     [("planned_meeting", "2024-12-09/2024-12-15", "planned")]),  # a conference next week is planned
    ("Speaking at a conference in Basra, the governor said the checkpoints were working.", []),  # where someone spoke
    ("Not everyone at the conference agreed with the governor.", []),  # the conference told before
    ("The spokesman announced the figures at a press conference on Monday.", [("announcement", "2024-12-02", "occurred")]),
])
def test_conferences_planned_spoken_at_told_again_or_for_the_press(text, expected):
    assert _kinds_dates(text) == expected


@pytest.mark.parametrize("text", [
    "Dutch police have broken up a gang of Iraqi smugglers that moved hundreds of people to Hull since last spring.",
    "Belgian officers have dismantled a forgery ring which sold passports to migrants since March 2023.",
])
def test_a_date_after_since_starts_a_period_and_dates_no_arrest(text):
    assert _kinds_dates(text) == [("arrest", None, "occurred")]


def test_people_arrested_since_a_day_stay_a_tally_and_a_day_of_its_own_still_dates():
    assert _kinds_dates("Police have arrested 31 people since 2 November, the ministry said.") == []
    assert _kinds_dates("Police arrested two men on Monday, the first arrests since last summer.") == [("arrest", "2024-12-02", "occurred")]


@pytest.mark.parametrize("text", [
    "She said the two agencies were each the other half of one job.",
    "Officials had asked for the data on three occasions, he said.",
    "The minister was questioned on four separate occasions.",
])
def test_one_side_of_a_pair_and_a_count_of_occasions_are_no_figures(text):
    assert proposed(text, "statistics") == []


@pytest.mark.parametrize("text, words, value, qualifier", [
    ("Officers have handed over 40 radios to the Iraqi border guard.", "40", 40, None),  # "over" of the verb
    ("The force has over 40 radios on order.", "over 40", 40, "more_than"),
    ("Last year more than half of the 300 boats were bought in Germany.", "More than half", 0.5, "more_than"),
])
def test_over_of_a_verb_qualifies_no_figure(text, words, value, qualifier):
    found = [c for c in proposed(text, "statistics") if c["value_text"].lower() == words.lower()]
    assert found and abs(found[0]["value"] - value) < 1e-9 and found[0]["qualifier"] == qualifier, proposed(text, "statistics")


@pytest.mark.parametrize("text, amount, qualifier", [
    ("Families often borrow $12,000 or more for the journey.", 12000, "at_least"),
    ("A seat costs €3,000 or less in winter.", 3000, "up_to"),
    ("The smugglers took €900 or so from each man.", 900, "about"),
])
def test_a_qualifier_after_an_amount_is_its_qualifier(text, amount, qualifier):
    found = one(text, "funding")
    assert (found["amount"], found["qualifier"]) == (amount, qualifier)


@pytest.mark.parametrize("text, kind, words", [
    ("Denmark pledged €300,000 for equipment for Jordan's coastguard units.", "equipment", "equipment for Jordan's coastguard"),
    ("Of the grant, £2 million went on equipment for police at the Zakho crossing.", "equipment", "equipment for police"),
    ("A jobs fair for young returnees opened in Kirkuk last week.", "employment", "jobs fair"),
    ("A Europol officer has been working from the embassy in Baghdad since May.", "liaison_officer",
     "officer has been working"),
    ("An NCA officer is working out of the embassy in Erbil.", "liaison_officer", "officer is working out of the embassy"),
])
def test_equipment_paid_for_a_jobs_fair_and_an_officer_working_from_an_embassy_are_measures(text, kind, words):
    found = [c for c in proposed(text, "measures") if c["measure_type"] == kind]
    assert found and words.split()[0] in found[0]["description_text"], proposed(text, "measures")


@pytest.mark.parametrize("text", [
    "The Home Office will publish its reply to the committee in due course.",
    "Gangs in Turkey move people in lorries. \"They buy boats in bulk and sell seats by the hundred,\" a detective said.",
    "An officer working from home was fined.",
])
def test_due_course_the_gangs_buying_boats_and_an_officer_at_home_are_no_measures(text):
    assert [c for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == []


# -- names holding lowercase particles (opened frozen12) ----------------------------------------------

@pytest.mark.parametrize("text, name, role", [
    ("Senior judge Marieke van der Linden told the men they had put lives at risk.", "Marieke van der Linden", "Senior judge"),
    ("Chief Inspector Joris ter Haar said the raids had ended the ring.", "Joris ter Haar", "Chief Inspector"),
    ("Interior Minister Ana de la Fuente met her British counterpart.", "Ana de la Fuente", "Interior Minister"),
])
def test_a_name_with_two_particles_is_read_whole_as_an_officials_name(text, name, role):
    assert _officials(text) == {name: role}


@pytest.mark.parametrize("text, speaker", [
    ('Trial judge Sophie van den Bosch said the driver had shown "no remorse at any stage".', "Sophie van den Bosch"),
    ('Chief Inspector Joris ter Haar spoke outside the court. "We followed the money for two years," he said.', "Joris ter Haar"),
    ('"The ports are where we win or lose," said Ana de la Fuente, the interior minister.', "Ana de la Fuente"),
])
def test_a_speaker_whose_name_holds_particles_is_named_whole(text, speaker):
    assert [s for _, s in _statements(text)] == [speaker]


@pytest.mark.parametrize("text, name, role", [
    ('"We follow the money," said Tomas Lindgren, who heads Interpol\'s Human Smuggling and Trafficking Unit.',
     "Tomas Lindgren", "heads Interpol's Human Smuggling and Trafficking Unit"),
    ("Agnieszka Zielinska, who runs Frontex's Risk Analysis Unit, said the routes had moved.",
     "Agnieszka Zielinska", "runs Frontex's Risk Analysis Unit"),
])
def test_who_heads_an_international_bodys_unit_named_for_what_it_fights_is_an_office(text, name, role):
    # the body named by its one word ("Interpol's"), and "Smuggling" in the unit's capitalised name says what it fights
    assert _officials(text) == {name: role}


@pytest.mark.parametrize("text", [
    "Tomas Lindgren, who heads a smuggling ring in Calais, was arrested on Friday.",
    "Tomas Lindgren, who runs Lindgren Boats, said the orders had stopped.",
])
def test_who_heads_a_smuggling_ring_or_a_firm_is_still_no_official(text):
    assert _officials(text) == {}


@pytest.mark.parametrize("text, name, role", [
    ("Marcus Delaney (deputy director of returns at the Home Office) said the flights would resume in May.",
     "Marcus Delaney", "deputy director of returns at the Home Office"),
    ("The committee heard from Hana Qadir (the head of the Kurdistan Region's border directorate) on Tuesday.",
     "Hana Qadir", "head of the Kurdistan Region's border directorate"),
])
def test_a_role_in_brackets_after_the_name_is_the_officials_post(text, name, role):
    assert _officials(text) == {name: role}


@pytest.mark.parametrize("text", [
    "Lord Benton Harris (Lab) asked about the flights.",
    "Marcus Delaney (pictured) said the flights would resume in May.",
    "Marcus Delaney (former director of returns at the Home Office) said the flights would never resume.",
    "Marcus Delaney (director of the charity Safe Harbour) said the flights should stop.",
])
def test_brackets_after_a_name_with_no_public_post_in_them_make_no_official(text):
    assert _officials(text) == {}


@pytest.mark.parametrize("text", [
    "Leona Pratt, campaigns director at the charity Open Shores, said the money was wasted.",
    "Dev Malhotra, research director at the think tank Borderline, said the numbers were unclear.",
    "Leona Pratt, a director in the company Harbour Freight, said the lorries were searched.",
])
def test_a_post_at_a_private_body_named_after_at_the_is_no_office(text):
    # "director at the charity X": the employer after "at the" is cut from the role, but it still makes the post private
    assert _officials(text) == {}


def test_a_post_at_a_public_body_named_after_at_the_is_still_an_office():
    assert _officials("Leona Pratt, a director at the Home Office, said the money was well spent.") == {"Leona Pratt": "director"}


@pytest.mark.parametrize("text, speaker", [
    ('The pact was "working better than anyone hoped", according to a letter from Britain\'s ambassador in Baghdad, '
     'Colin Arbuthnot, seen by this newspaper.', "Colin Arbuthnot"),
    ('Returns were "on course to double", according to a briefing note from the Home Office to MPs.', "Home Office"),
    ('According to an email sent by Inspector Dara Saleh, "the boats were never stored in the port".', "Dara Saleh"),
])
def test_the_one_a_document_is_from_speaks_its_quoted_words(text, speaker):
    assert [s for _, s in _statements(text)] == [speaker]


def test_a_document_from_someone_unnamed_names_no_speaker():
    assert [s for _, s in _statements('Returns were "on course to double", according to a letter from one of the officials.')] == [None]


@pytest.mark.parametrize("text, kind", [
    ("Denmark has stepped up removals to Iraq since the summer.", "returns"),
    ("Iraq will confirm the identity of citizens facing deportation within ten days.", "returns"),
    ("The first flights under the new agreement will leave Stansted in June.", "returns"),
    ("Leaflets funded by the Dutch embassy warn families about the sea crossing.", "communications_campaign"),
])
def test_returns_stepped_up_identities_confirmed_flights_under_a_deal_and_leaflets_funded_by_someone_are_measures(text, kind):
    assert kind in [c["measure_type"] for c in proposed(text, "measures")], proposed(text, "measures")


@pytest.mark.parametrize("text", [
    "Police confirmed the identity of the victims on Monday.",  # no one to be returned
    "Leaflets handed out by the smugglers promise a safe journey.",  # not given by someone named by "by"
])
def test_identities_confirmed_of_victims_and_leaflets_without_a_giver_are_no_measures(text):
    assert [c for c in proposed(text, "measures") if c["measure_type"] in ("returns", "communications_campaign")] == []


def test_a_signed_memorandum_is_one_of_understanding_and_an_explanatory_one_is_none():
    found = proposed("The two countries signed a memorandum on data sharing on Monday.", "agreements")
    assert [(c["title"], c["instrument_type"]) for c in found] == [("memorandum", "memorandum_of_understanding")]
    assert proposed("The bill's explanatory memorandum runs to 40 pages.", "agreements") == []


@pytest.mark.parametrize("text", ["($1 = 0.79 pounds)", "(£1 = €1.17)", "Rates used: $1 = 1,310 dinars."])
def test_a_wire_storys_rate_line_is_no_money(text):
    assert proposed(text, "funding") == []


# -- events: relative days, tours, sessions, hopes, groups led, places come to, confirmations as tags ---------------------

@pytest.mark.parametrize("text, expected", [
    # "a week later" counts from the day of the event told before it in the paragraph
    ("Border guards detained four drivers at Zakho on 12 October. They had forged papers. Their fixer was detained in Duhok a "
     "week later.", [("arrest", "2024-10-12", "occurred"), ("arrest", "2024-10-19", "occurred")]),
    ("Two brothers were arrested in Leeds on 2 March. Three days later, police arrested their cousin in Hull.",
     [("arrest", "2024-03-02", "occurred"), ("arrest", "2024-03-05", "occurred")]),
    # ... in the same sentence too, not folded into the first arrest
    ("Officers arrested a courier in Dover on 8 May and arrested the man who paid him two days later.",
     [("arrest", "2024-05-08", "occurred"), ("arrest", "2024-05-10", "occurred")]),
    # months count from a month
    ("The two ministers met in Amman in June. They signed the protocol a month later.",
     [("meeting", "2024-06", "occurred"), ("signing", "2024-07", "occurred")]),
])
def test_an_event_told_days_or_weeks_later_is_counted_from_the_one_before(text, expected):
    assert _kinds_dates(text) == expected


def test_later_counts_from_nothing_in_another_paragraph_or_with_no_day_before():
    assert _kinds_dates("Police raided a flat in Kirkuk on Friday.\n\nA second man was arrested a week later.") == [
        ("arrest", "2024-11-29", "occurred"), ("arrest", None, "occurred")]
    assert _kinds_dates("A week later, officers arrested the boat's owner.") == [("arrest", None, "occurred")]


@pytest.mark.parametrize("text, expected", [
    ("The ambassador toured the training centre in Basra on Sunday.", [("visit", "2024-12-01", "occurred")]),
    ("The interior minister will tour the new crossing at Fishkhabour on Monday.", [("visit", "2024-12-09", "planned")]),
    # the people a visitor met there are the visit's, officials met are a meeting of their own
    ("The consul toured the job fair in Duhok on Thursday and met young jobseekers and local employers.",
     [("visit", "2024-11-28", "occurred")]),
    ("The envoy toured the port on Thursday and met the governor.",
     [("visit", "2024-11-28", "occurred"), ("meeting", "2024-11-28", "occurred")]),
])
def test_a_place_toured_is_a_visit(text, expected):
    assert _kinds_dates(text) == expected


def test_a_tour_as_a_noun_is_no_visit():
    assert _kinds_dates("The band announced a tour of Kurdistan.") == [("announcement", None, "occurred")]


@pytest.mark.parametrize("text, expected", [
    ("At a third session on 19 November the director refused to name a figure.", [("meeting", "2024-11-19", "occurred")]),
    ("At the committee's last session on 2 December, MPs pressed the minister on costs.", [("meeting", "2024-12-02", "occurred")]),
    ("At a training session on Monday, officers practised searching lorries.", []),
    ("During the session the director refused to name a figure.", []),
])
def test_a_session_told_by_its_day_is_a_meeting(text, expected):
    assert _kinds_dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a hope or aim is a plan: its month is the next such month
    ("The two governments hope to sign a returns protocol in March.", [("signing", "2025-03", "planned")]),
    ("Officials aim to hold the first joint patrol talks in Amman in February.", [("planned_meeting", "2025-02", "planned")]),
    # ... and a purpose clause before a dated past signing is no plan
    ("The accord, which aims to cut crossings, was signed in Erbil in October.", [("signing", "2024-10", "occurred")]),
])
def test_a_hope_or_aim_to_do_something_is_planned(text, expected):
    assert _kinds_dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The chair said he would lead a group of MPs to Basra and Erbil in May.", [("visit", "2025-05", "planned")]),
    ("The deputy minister led a delegation to London last week.", [("visit", "2024-11-25/2024-12-01", "occurred")]),
    ("The captain led the team to victory on Saturday.", []),
])
def test_a_group_led_to_a_place_is_a_visit(text, expected):
    assert _kinds_dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Six Kurdish border guards came to Dover last week to watch the searches.", [("visit", "2024-11-25/2024-12-01", "occurred")]),
    ("Three coastguard officers came to the Humber in October and spent a week with the crews.", [("visit", "2024-10", "occurred")]),
    # a life story's arrival, a crowd, a course and an idiom are no visit
    ("Karwan, who came to Leeds from Koya in 2016, drives a taxi.", []),
    ("He came to Britain as a teenager.", []),
    ("More than 400 people came to Kent last week in small boats.", []),
    ("A group of 20 officers came to Hendon last month for a training course.", []),
    ("The party came to power last year.", []),
])
def test_a_place_come_to_on_a_day_week_or_month_is_a_visit(text, expected):
    assert _kinds_dates(text) == expected


def test_a_confirmation_closing_the_sentence_is_its_speech_tag_and_no_announcement():
    assert _kinds_dates("The foreign secretary is due to visit Erbil on Monday, the Foreign Office confirmed.") == [
        ("visit", "2024-12-09", "planned")]
    assert _kinds_dates("The interior ministry confirmed on Sunday that the crossing would reopen.") == [
        ("announcement", "2024-12-01", "occurred")]


def test_a_tour_told_as_the_setting_of_a_meeting_on_it_is_that_meeting():
    assert _kinds_dates("The envoy toured the reception centre on Tuesday, where she met the camp's director.") == [
        ("meeting", "2024-12-03", "occurred")]


@pytest.mark.parametrize("text, counted", [
    ("The valley has lost hundreds of young men to the route.", True),  # a verb of money, but people counted after "of"
    ("The gangs are making millions from the crossings.", False),
    ("Families have paid thousands of dollars to the smugglers.", False),
])
def test_a_vague_plural_after_a_verb_of_money_counts_what_follows_its_of(text, counted):
    assert bool(proposed(text, "statistics")) == counted, proposed(text, "statistics")


def test_equipment_listed_in_what_was_given_is_equipment_and_in_what_was_seized_is_none():
    given = ("He thanked Britain for the kit supplied to the crossings at Zakho, Faysh Khabur, Rabia and Ibrahim Khalil "
             "last winter, which includes 12 thermal cameras and six document readers.")
    assert any(c["measure_type"] == "equipment" and "cameras" in c["description_text"] for c in proposed(given, "measures"))
    seized = "Police seized the gang's van, which included 12 cameras and six phones."
    assert "equipment" not in [c["measure_type"] for c in proposed(seized, "measures")]


@pytest.mark.parametrize("text, expected", [
    # a visitor received at a body's building named by its owner is a meeting, dated by its day
    ("The Governor of Basra received at the Governorate's headquarters in Basra on Monday the Dutch Ambassador, Ms. Anna de Vries.",
     [("meeting", "2024-12-02", "occurred")]),
    # things and help received are no meeting
    ("The crossing received 18 thermal cameras on Monday.", []),
    ("Families received support from the programme last year.", []),
])
def test_a_visitor_received_at_a_named_body_s_headquarters_is_a_meeting(text, expected):
    assert _kinds_dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "during the meeting" right after a verb is the meeting told before: its day, and no second meeting
    ("The envoy met the governor in Zakho on Monday. The envoy announced during the meeting that Britain would fund two new "
     "scanners in 2025.", [("meeting", "2024-12-02", "occurred"), ("announcement", "2024-12-02", "occurred")]),
    ("The envoy met the governor on Monday. A memorandum was signed during the meeting.",
     [("meeting", "2024-12-02", "occurred"), ("signing", "2024-12-02", "occurred")]),
    # ... but a meeting with a day of its own is that day's
    ("The envoy met the governor on Monday. A memorandum was signed at the meeting on Tuesday.",
     [("meeting", "2024-12-02", "occurred"), ("signing", "2024-12-03", "occurred"), ("meeting", "2024-12-03", "occurred")]),
])
def test_an_event_during_the_meeting_told_before_takes_its_day(text, expected):
    assert _kinds_dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an arrival "on his second visit to" a place is one visit
    ("The minister arrived in Basra on Tuesday on his second visit to Iraq.", [("visit", "2024-12-03", "occurred")]),
    # ... a visit told apart after "and" is another
    ("The minister arrived in Basra on Tuesday and will pay a visit to Erbil on Friday.",
     [("visit", "2024-12-03", "occurred"), ("visit", "2024-12-06", "planned")]),
    # a visit named as the setting of the event before takes that event's day
    ("The two ministers signed a protocol on Tuesday during a visit to London by the Iraqi interior minister.",
     [("signing", "2024-12-03", "occurred"), ("visit", "2024-12-03", "occurred")]),
    # ... not one in a sentence of its own
    ("The two ministers signed a protocol on Tuesday. A visit to London by the minister is also under discussion.",
     [("signing", "2024-12-03", "occurred"), ("visit", None, "occurred")]),
])
def test_a_visit_named_as_an_arrival_s_journey_or_an_event_s_setting(text, expected):
    assert _kinds_dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a visitor briefed where the visit went: the visit's own programme
    ("The envoy visited the Zakho checkpoint on Monday, where she was briefed by customs officers on the new scanners.",
     [("visit", "2024-12-02", "occurred")]),
    # ... a briefing of its own, or a meeting there, is told
    ("The committee was briefed by customs officers on Monday.", [("briefing", "2024-12-02", "occurred")]),
    ("The envoy visited the Zakho checkpoint on Monday, where she met the customs director.",
     [("visit", "2024-12-02", "occurred"), ("meeting", "2024-12-02", "occurred")]),
])
def test_a_visitor_briefed_where_the_visit_went_is_the_visit(text, expected):
    assert _kinds_dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # arrests counted over the past year or a year to a month are a running total
    ("Police said they had arrested 140 suspected smugglers during the past year.", []),
    ("Border guards arrested 96 people in the year to October, officials said.", []),
    # ... arrests on a day are an operation
    ("Police arrested nine suspected smugglers in Zakho on Monday.", [("arrest", "2024-12-02", "occurred")]),
])
def test_arrests_over_the_past_year_or_the_year_to_a_month_are_a_tally(text, expected):
    assert _kinds_dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a trial date set, an appeal a tribunal will hear: a ruling planned that day
    ("A trial date has been set for 3 March 2025 at Southwark Crown Court.", [("court_ruling", "2025-03-03", "planned")]),
    ("An immigration tribunal will hear his appeal on 20 January.", [("court_ruling", "2025-01-20", "planned")]),
    ("The trial date was not given.", []),
    ("Ministers want to hear the stories of returnees.", []),
    ("The tribunal heard on Monday that he had been beaten.", []),
])
def test_a_trial_date_set_and_an_appeal_to_be_heard_are_planned_rulings(text, expected):
    assert _kinds_dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a study by a named author, no comma, published on a day
    ("A study by the University of Leeds published on Monday found that most returnees were unemployed.",
     [("publication", "2024-12-02", "occurred")]),
    ("Figures by the Home Office published on Monday showed a rise.", []),
    ("A study by the University of Leeds found that most returnees were unemployed.", []),
])
def test_a_study_by_a_named_author_published_on_a_day_is_a_publication(text, expected):
    assert _kinds_dates(text) == expected


_TWO_MAYORS = ("The meeting was attended by the Mayor of Zakho, Mr. Harun Sabri Dosky, and the Mayor of Akre, "
               "Mr. Farhad Omer Bapir.\n\n")


@pytest.mark.parametrize("text, speaker", [
    (_TWO_MAYORS + "The Mayor of Akre said the bridge would reopen in May. “We have waited long enough,” he said.",
     "Farhad Omer Bapir"),
    (_TWO_MAYORS + "The Mayor of Zakho said the bridge would reopen in May. “We have waited long enough,” he said.",
     "Harun Sabri Dosky"),
])
def test_an_office_of_a_place_after_two_holders_of_that_office_is_the_one_of_that_place(text, speaker):
    assert [s for _, s in _statements(text)] == [speaker]


def test_an_office_of_a_place_no_holder_has_names_no_speaker():
    text = _TWO_MAYORS + "The Mayor of Dohuk said the bridge would reopen in May. “We have waited long enough,” he said."
    assert [s for _, s in _statements(text)] == [None]


@pytest.mark.parametrize("text, speaker", [
    ("Iraq's trade minister, Mahmoud Jabbar al-Rubaie, met the delegation on Monday. Rubaie said the talks had been "
     '"frank and useful".', "Mahmoud Jabbar al-Rubaie"),
    ("The envoy, Salim Kadhim el-Hashimi, arrived in Basra. \"We came to listen,\" Hashimi told reporters.",
     "Salim Kadhim el-Hashimi"),
])
def test_a_surname_written_without_its_article_particle_stands_for_the_full_name(text, speaker):
    assert [s for _, s in _statements(text)] == [speaker]


def test_a_surname_without_its_particle_shared_by_two_people_is_left_for_review():
    text = ("Mahmoud al-Rubaie and Karim Rubaie met the delegation on Monday. "
            'Rubaie said the talks had been "frank and useful".')
    assert [s for _, s in _statements(text)] == [None]


@pytest.mark.parametrize("text, speaker", [
    ('Dilan Aziz runs a bakery in Koya.\n\n"We baked through the whole winter," says Dilan, 38, a father of three.',
     "Dilan Aziz"),
    ('Dilan Aziz runs a bakery in Koya.\n\n"We baked through the whole winter," says Dilan.', "Dilan Aziz"),
    ('Dilan Aziz runs a bakery in Koya.\n\nDilan, 38, a father of three, in Leeds. "We baked through the whole winter."',
     "Dilan Aziz"),
])
def test_a_forename_alone_stands_for_the_one_full_name_named_before_with_it(text, speaker):
    assert [s for _, s in _statements(text)] == [speaker]


def test_a_forename_shared_by_two_full_names_is_left_for_review():
    text = ('Dilan Aziz and Dilan Karim run a bakery in Koya.\n\n"We baked through the whole winter," says Dilan.')
    assert [s for _, s in _statements(text)] in ([None], [])


def test_a_lone_word_after_a_preposition_is_no_forename_of_a_full_name():
    text = ("Leeds Harbour Watch met the ministers. Maryam Okoye, regional director for Leeds, said the visitors had "
            'asked "hard questions".')
    assert [s for _, s in _statements(text)] == ["Maryam Okoye"]


@pytest.mark.parametrize("text, speaker", [
    ("The smuggler agreed to talk on condition that only his first name, Dara, was used. "
     '"The price goes up every spring," he said.', "Dara"),
    ("Shno, who cannot read, signed the form with her thumb. 'Nobody explained anything to me,' she says.", "Shno"),
])
def test_a_person_introduced_by_one_name_speaks_by_it(text, speaker):
    assert [s for _, s in _statements(text)] == [speaker]


def test_a_place_before_who_is_no_person_known_by_one_name():
    text = ("Hemn Rashid, 31, from Darbandikhan, who returned in May, spoke to us. "
            "'I lost two years,' he said.")
    assert [s for _, s in _statements(text)] == ["Hemn Rashid"]


def test_a_single_quoted_paragraph_left_open_goes_on_at_the_next_paragraph_opening_with_the_mark():
    text = ("Shirin Mahmoud, 51, lost her shop in the floods. 'We had nothing left,' she says. 'The water took the shelves.\n\n"
            "'Then the bank took the house.'")
    found = _statements(text)
    assert found[-1] == ("The water took the shelves.\n\n'Then the bank took the house.", "Shirin Mahmoud")


def test_single_quoted_words_closed_in_their_paragraph_do_not_run_into_the_next():
    text = ("Shirin Mahmoud, 51, called the loan 'a trap.'\n\n'Then the bank took the house,' she said.")
    assert _statements(text) == [("a trap.", "Shirin Mahmoud"), ("Then the bank took the house", "Shirin Mahmoud")]


_PROFILE = ("Hawre Salih drives a taxi in Duhok. Hawre, 35, spent two years in a camp in Belgium.\n\n"
            "\"Nobody there knew my name,\" says Hawre.\n\n"
            "Researchers at the Erbil Policy Forum say returns are rising. \"The numbers will double,\" says its director, "
            "Sara Kamal.\n\n")


def test_a_pronoun_after_someone_unnamed_spoke_goes_back_to_the_story_main_subject():
    text = _PROFILE + ('A ministry spokesman said: "We are helping every returnee."\n\n'
                       '"If I have to leave again," he says, "I will go alone."')
    assert _statements(text)[-2:] == [("If I have to leave again", "Hawre Salih"), ("I will go alone.", "Hawre Salih")]


def test_a_pronoun_after_the_last_person_named_is_still_theirs():
    text = _PROFILE + '"If I have to leave again," she says, "I will go alone."'
    assert [s for _, s in _statements(text)][-2:] == ["Sara Kamal", "Sara Kamal"]


def test_a_pronoun_after_someone_unnamed_spoke_with_no_main_subject_is_left_for_review():
    text = ('"The numbers will double," says Sara Kamal, a researcher.\n\n'
            'A ministry spokesman said: "We are helping every returnee."\n\n'
            '"If I have to leave again," he says.')
    assert _statements(text)[-1] == ("If I have to leave again", None)


@pytest.mark.parametrize("text, values", [
    ("The boat carried 40 people, three of whom drowned.", [40, 3]),  # "N of whom": a count of people
    ("Police held 19 people. Eleven of those detained were Afghans.", [19, 11]),
    ("Frontex will send two more surveillance aircraft to the border.", [2]),  # an irregular plural counted
    ("The boats leave between 3 and 5 in the morning.", []),  # a range of hours
    ("Call the police on 101, quoting incident 417 of 2 May.", []),  # an incident's number
    ("One woman from Leeds was freed on appeal.", []),  # one person a sentence opens on and describes
    ("One man was arrested in May.", [1]),  # ... but a count of an arrest
])
def test_people_of_whom_irregular_plurals_hours_incident_numbers_and_one_person_described(text, values):
    assert [c["value"] for c in proposed(text, "statistics")] == values


@pytest.mark.parametrize("text, kind", [
    ("Only 9 of the 30 fingerprint scanners delivered to the border posts last year work.", "equipment"),
    ("Athens has set aside €20 million to extend the fence along the Evros.", "equipment"),
    ("Frontex will deploy three more surveillance aircraft over the Aegean.", "equipment"),
    ("The ministry pledged to speed up the issuance of travel documents for Iraqis being returned.", "returns"),
])
def test_equipment_delivered_or_paid_to_extend_aircraft_sent_and_travel_documents_sped_up_are_measures(text, kind):
    assert kind in [c["measure_type"] for c in proposed(text, "measures")], proposed(text, "measures")


@pytest.mark.parametrize("text", [
    "Police found 30 scanners delivered to the gang's warehouse by a courier.",  # the gang's own, found
    "The smugglers paid €20,000 to buy a boat.",
])
def test_equipment_the_gangs_got_is_still_no_measure(text):
    assert "equipment" not in [c["measure_type"] for c in proposed(text, "measures")], proposed(text, "measures")


# frozen17/frozen18 classes, on sentences of their own


def test_a_capitalised_title_after_the_quotation_stands_for_the_one_official_holding_it():
    text = ("The Governor of Dohuk Province, Mr. Karwan Fattah Aziz, met the Consul of France, Ms. Odile Marchand, on Monday.\n\n"
            '"France sees the region as a friend in this fight," the Consul said.')
    assert _statements(text)[-1] == ("France sees the region as a friend in this fight", "Odile Marchand")


def test_a_capitalised_word_after_the_quotation_that_is_no_title_names_no_official():
    text = ("The Governor of Dohuk Province, Mr. Karwan Fattah Aziz, met the Consul of France, Ms. Odile Marchand, on Monday.\n\n"
            '"France sees the region as a friend in this fight," the Province said.')
    assert _statements(text)[-1][1] != "Odile Marchand"


def test_a_lowercase_title_then_the_name_after_the_quotation_is_the_speaker():
    text = ("Four men were jailed in Erbil on Monday.\n\n"
            "“They traded in hope and sold only graves,” chief prosecutor Lana Omar Mirza told the court.")
    assert _statements(text) == [("They traded in hope and sold only graves", "Lana Omar Mirza")]
    text2 = "“We will appeal at once,” police spokesman Dara Kamal Ali said on Tuesday."
    assert _statements(text2) == [("We will appeal at once", "Dara Kamal Ali")]


def test_a_lowercase_word_before_the_name_that_is_no_title_does_not_make_an_attribution():
    text = "“We will appeal at once,” every Dara Kamal Ali said."
    assert _statements(text) == [("We will appeal at once", None)]  # "every" is no title


def test_a_thing_as_an_indefinite_subject_said_by_a_pronoun_does_not_break_the_pronoun_chain():
    text = ("Colonel Shwan Aziz Hamad, spokesman for the Erbil police, said the raids had been planned for months.\n\n"
            "He said 40 people were held in 2025. A new unit will open in the spring, he added.\n\n"
            '"Our work with the French side is now weekly. We share names," he said.')
    assert _statements(text)[-1] == ("Our work with the French side is now weekly. We share names", "Shwan Aziz Hamad")


def test_an_unnamed_person_as_indefinite_subject_still_leaves_the_pronoun_for_review():
    text = ("Colonel Shwan Aziz Hamad, spokesman for the Erbil police, said the raids had been planned for months.\n\n"
            "A farmer from Koya lost two sons to the sea.\n\n"
            '"Our work with the French side is now weekly. We share names," he said.')
    assert _statements(text)[-1][1] is None


def test_whom_an_opening_participle_names_is_not_the_pronoun_that_is_its_subject():
    text = ("The Turkish Minister of Interior, Mr. Selim Kaya Demir, will visit Rome on 3 March. "
            "Welcoming our Consul in Ankara, Helen Price, on Friday, he described the talks as “a new chapter for two neighbours”.")
    assert _statements(text) == [("a new chapter for two neighbours", "Selim Kaya Demir")]
    text2 = ("The Turkish Minister of Interior, Mr. Selim Kaya Demir, will visit Rome on 3 March. "
             "After meeting Helen Price on Friday, he described the talks as “a new chapter for two neighbours”.")
    assert _statements(text2) == [("a new chapter for two neighbours", "Selim Kaya Demir")]


def test_a_person_named_in_the_sentence_before_a_pronoun_with_no_opening_participle_is_still_the_antecedent():
    text = ("The ministry welcomed the vote. Later, Helen Price spoke to reporters, and she described the talks as "
            "“a new chapter for two neighbours”.")
    assert _statements(text) == [("a new chapter for two neighbours", "Helen Price")]


def test_a_crime_a_body_fights_is_no_person_after_its_title():
    text = ("The meeting was attended by the Director of Countering Organised Trafficking, Colonel Rawa Adil Kareem, "
            "and the Head of Combating Modern Slavery, Brigadier Nawal Sami Yasin.")
    found = _officials(text)
    assert "Organised Trafficking" not in found and "Modern Slavery" not in found
    assert found.get("Rawa Adil Kareem") == "Director of Countering Organised Trafficking"
    assert found.get("Nawal Sami Yasin") == "Head of Combating Modern Slavery"


def test_a_list_item_after_a_named_official_is_no_appositive_of_theirs():
    text = ("The talks were attended by the Commander of the Coast Guard, General Farid Omar Salem, and the Director of "
            "Passports, Major Lina Haddad Aziz.")
    found = _officials(text)
    assert found.get("Farid Omar Salem") == "Commander of the Coast Guard"


def test_a_written_statement_byline_names_the_minister_and_post_before_the_department_in_brackets():
    text = ("Written statement to Parliament\n\nMade by: Dame Helen Oduya, Minister for Safeguarding (Home Office)\n\n"
            "1. I am today updating the House on the new unit.")
    assert _officials(text) == {"Helen Oduya": "Minister for Safeguarding"}


def test_a_bracket_inside_a_post_mid_sentence_does_not_cut_it():
    text = ("The raids were planned for weeks, Colonel Ari Kamal Sabir, spokesman for the Koya Asayish (security) office, "
            "told Rudaw.")
    assert _officials(text).get("Ari Kamal Sabir") != "spokesman for the Koya Asayish"  # no cut at a bracket mid-line


def test_a_named_dialogue_or_summit_is_no_person():
    text = ("Minister of Interior Lieutenant General Omar Saleh Jabbar will attend the second round of the Iraq–Turkey "
            "Strategic Dialogue on Migration. Speaking after the Regional Summit, he said “the routes must close”.")
    names = {c["name"] for c in proposed(text, "officials")}
    assert "Strategic Dialogue" not in names and "Regional Summit" not in names
    assert _statements(text)[-1] == ("the routes must close", "Omar Saleh Jabbar")


def test_the_other_party_s_turn_at_a_meeting_takes_its_day():
    text = ("The governor received in his office in Basra on Sunday the Consul of France. "
            "For his part, the Consul announced that France will fund two patrol boats.")
    assert _event(text, "2024-12-04")[-1] == ("announcement", "2024-12-01", "occurred", None)
    # with no meeting told before, "for his part" dates nothing
    assert _event("For his part, the Consul announced that France will fund two patrol boats.", "2024-12-04")[-1][1] is None


def test_a_visitor_told_as_receiving_an_ambassador_is_a_meeting():
    text = "Receiving the Ambassador of Japan in Erbil, Kenji Sato, last week, the governor praised the partnership."
    assert _event(text, "2024-12-04") == [("meeting", "2024-11-25/2024-12-01", "occurred", "last week")]
    assert _event("Receiving treatment in Erbil last week, the man said he was tired.", "2024-12-04") == []


def test_a_report_published_next_month_or_an_analysis_published_on_a_day():
    assert _event("A review of the scheme, led by Dr Ali Rahim of Leeds University, will be published next month.", "2024-12-04") \
        == [("publication", "2025-01", "planned", "next month")]
    assert _event("The agency's quarterly threat analysis, published on 2 December, warned of new routes.", "2024-12-04") \
        == [("publication", "2024-12-02", "occurred", "on 2 December")]
    assert _event("The figures were published next to the chart.", "2024-12-04") == []


def test_a_second_verb_after_and_takes_the_date_after_it_not_the_first_verb_s():
    assert _event("The envoy visited Umm Qasr port on Monday and met the transport minister in Baghdad on Tuesday.",
                  "2024-12-04") == [("visit", "2024-12-02", "occurred", "on Monday"), ("meeting", "2024-12-03", "occurred", "on Tuesday")]
    assert _event("The working group met in Amman on 4 November and will meet again in Rome in the autumn.", "2024-12-04") \
        == [("meeting", "2024-11-04", "occurred", "on 4 November"), ("planned_meeting", "2025-23", "planned", "in the autumn")]
    # with no date of its own, it shares the first verb's
    assert _event("The envoy visited Umm Qasr on Monday and met the harbour master.", "2024-12-04")[-1][1] == "2024-12-02"


def test_a_participle_set_off_after_an_instrument_takes_its_own_date_not_the_main_clause_s():
    text = ("We are today reporting on the Memorandum on Returns, signed by the two interior ministers in London on "
            "3 March 2023.")
    assert _event(text, "2024-12-04") == [("signing", "2023-03-03", "occurred", "on 3 March 2023")]


def test_an_arrest_a_cooperation_led_to_is_no_event():
    assert _event('"Our work together has led to the arrest of traffickers in both countries.', "2024-12-04") == []
    assert "arrest" in [e[0] for e in _event("Police announced on Monday the arrest of four men.", "2024-12-04")]


def test_each_defendant_s_term_told_as_given_by_the_judge_or_given_to_each_is_a_ruling():
    assert _event("The judge gave the longest sentence, nine years, to the gang's driver, Omar Said.", "2024-12-04") \
        == [("court_ruling", None, "occurred", None)]
    assert _event("The two couriers were each given four years.", "2024-12-04") == [("court_ruling", None, "occurred", None)]
    assert _event("The minister gave the best speech of the day.", "2024-12-04") == []
    assert _event("The officers were each given new radios.", "2024-12-04") == []


def test_an_appeal_to_be_heard_and_a_trial_to_stand_are_planned_rulings():
    assert _event("His appeal is due to be heard in February.", "2024-12-04") == [("court_ruling", "2025-02", "planned", "in February")]
    assert _event("The three women will stand trial at Leeds Crown Court on 9 June.", "2024-12-04") \
        == [("court_ruling", "2025-06-09", "planned", "on 9 June")]
    assert _event('"Families want to be heard in March," she said.', "2024-12-04") == []
    assert _event('"Every claim must be heard," she said.', "2024-12-04") == []
    assert _event("A doctor said he was unfit to stand trial.", "2024-12-04") == []


def test_premises_searched_while_detaining_people_is_an_arrest():
    assert _event("Detectives searched six homes in Leeds on Monday morning, detaining three men and a woman.", "2024-12-04") \
        == [("arrest", "2024-12-02", "occurred", "on Monday")]
    assert _event("The centre has been detaining asylum claims for months.", "2024-12-04") == []


def test_people_arrested_over_a_whole_year_are_a_tally_not_an_operation():
    assert _event("He said border police had arrested 54 suspected smugglers in 2023, up from 40 in 2022.", "2024-12-04") == []
    assert _event("Officers also arrested 80 suspected smugglers in the province last year.", "2024-12-04") == []
    # one ring taken in a raid is one operation, however it is dated, and so are people arrested told with no statistic's words
    assert _event("Police arrested 12 suspected members of a smuggling ring in 2023.", "2024-12-04") == [("arrest", "2023", "occurred", "in 2023")]
    assert _event("Police arrested 12 men in Zakho last year.", "2024-12-04") == [("arrest", "2023", "occurred", "last year")]
    assert _event("Police arrested 12 men in Dohuk on Monday.", "2024-12-04") == [("arrest", "2024-12-02", "occurred", "on Monday")]


def test_a_habit_told_in_a_quote_and_people_described_by_a_meeting_are_no_events():
    assert _event('"Governments have announced new money again and again," he said.', "2024-12-04") == []
    assert _event("The charity said half of the families it met last year had been returned.", "2024-12-04") == []
    assert _event("A lawyer said a third of the men she met in Calais last year were Kurdish.", "2024-12-04") == []
    assert _event("The minister announced new money on Monday.", "2024-12-04") == [("announcement", "2024-12-02", "occurred", "on Monday")]
    assert _event("She met the families in Calais last year.", "2024-12-04") == [("meeting", "2023", "occurred", "last year")]


def test_the_end_of_the_month_or_year_is_that_month_or_year():
    assert _event("The inspectorate's report on the camps will be published at the end of the month.", "2024-12-04") \
        == [("publication", "2024-12", "planned", "at the end of the month")]
    assert _event("The agency will publish its review by the end of next year.", "2024-12-04") \
        == [("publication", "2025", "planned", "by the end of next year")]
    assert _event("The report was published at the end of the war.", "2024-12-04") == []


@pytest.mark.parametrize("text, values", [
    ("Police held 30 men in the raids. Twelve were charged on Friday.", [30, 12]),  # a sentence opening on people counted
    ("The video has been watched more than 3million times.", [3_000_000]),  # digits run on into their scale word
    ("Two held after raid on Dover hotel\n\nTwo men have been arrested in Dover.", [2, 2]),  # a headline ending "... Channel"
    ("Migrants crossed the Channel\n\nSix men were rescued off Kent.", [6]),  # labels no number on the next line
    ("The study is based on interviews with 80 returnees, and with 15 of their parents.", []),  # the sample's second group
    ("Officers will call each family 2, 4 and 8 weeks after their return.", []),  # a list of durations
    ("Police arrested 3, 6 and 12 people in three raids.", [3, 6, 12, 3]),  # ... but a list of counts is counted
])
def test_sentence_openers_glued_scales_headline_labels_samples_and_lists_of_durations(text, values):
    assert [c["value"] for c in proposed(text, "statistics")] == values


@pytest.mark.parametrize("text, value, qualifier", [
    ("Of the 200 people asked, half had found work.", 0.5, None),
    ("Almost a third said they would try to cross again.", 1 / 3, "nearly"),
    ("More than a quarter were held at the airport.", 0.25, "more_than"),
])
def test_a_share_of_those_counted_told_by_what_they_did_is_a_ratio(text, value, qualifier):
    found = [c for c in proposed(text, "statistics") if c["unit"] == "ratio"]
    assert found and abs(float(found[0]["value"]) - value) < 1e-9 and found[0]["qualifier"] == qualifier, proposed(text, "statistics")


@pytest.mark.parametrize("text", ["Half the time the boats turn back.", "A quarter of the year had passed before the trial."])
def test_half_the_time_and_a_quarter_of_a_year_are_no_shares(text):
    assert proposed(text, "statistics") == []


@pytest.mark.parametrize("text, kind, words", [
    ("Britain has promised night-vision goggles for the Zakho crossing.", "equipment", "goggles"),
    ("The aid package includes 30 radios and six drones.", "equipment", "radios"),
    ("Baghdad set aside 12 billion dinars for the new posts, each of which will carry thermal cameras.", "equipment", "cameras"),
    ("The ministry will open three more returnee advice offices in Kirkuk this year.", "reintegration", "offices"),
    ("The directorate now shares suspects' fingerprints with Baghdad through a joint database.", "data_system", "database"),
])
def test_equipment_promised_or_in_a_package_offices_for_returnees_and_a_database_shared_through(text, kind, words):
    assert any(c["measure_type"] == kind and words in c["description_text"] for c in proposed(text, "measures")), \
        proposed(text, "measures")


def test_counted_equipment_and_other_equipment_of_the_same_last_word_are_two_measures():
    text = ("Since May we have received 12 vehicle scanners from Britain. Britain has also promised body scanners for the "
            "Zakho crossing.")
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "equipment"]
    assert len(found) == 2 and any("body scanners" in d for d in found), found
    same = "Italy will give patrol boats to Libya. The eight fast patrol boats arrive in June."
    assert len([c for c in proposed(same, "measures") if c["measure_type"] == "equipment"]) == 1


def test_a_season_before_a_noun_dates_nothing():
    assert _event("The ministers signed a memorandum in Rome on Monday ahead of the winter crossing season.", "2024-12-04") \
        == [("signing", "2024-12-02", "occurred", "on Monday")]
    assert _event("The two ministers will meet again in the spring.", "2024-12-04") == [("planned_meeting", "2025-21", "planned", "in the spring")]


def test_an_event_at_the_end_of_a_meeting_takes_its_day():
    text = "The ministers held talks in Rome on Monday. At the end of the talks the two ministers signed a memorandum on returns."
    assert [e[:3] for e in _event(text, "2024-12-04")] == [("meeting", "2024-12-02", "occurred"), ("signing", "2024-12-02", "occurred")]
    # ... not an event with no meeting told before
    assert [e[:3] for e in _event("At the end of the talks the two ministers signed a memorandum.", "2024-12-04")] == [("signing", None, "occurred")]


def test_an_event_under_way_as_a_dated_speech_act_takes_its_day():
    assert [e[:3] for e in _event("Aid will rise, officials said on Monday, as the two sides held their second annual security dialogue.",
                                  "2024-12-04")] == [("meeting", "2024-12-02", "occurred")]
    assert [e[:3] for e in _event("Officials said on Monday that the two sides held talks in the past.", "2024-12-04")] == [("meeting", None, "occurred")]


def test_a_round_of_talks_hosted_is_a_meeting():
    assert _event("The envoy said Rome would host the next round of negotiations in March.", "2024-12-04") \
        == [("planned_meeting", "2025-03", "planned", "in March")]
    assert _event("The envoy said Rome would host the third round of the dialogue in March.", "2024-12-04") \
        == [("planned_meeting", "2025-03", "planned", "in March")]
    assert _event("The band will host a round-the-clock stream.", "2024-12-04") == []


def test_hundreds_arrested_since_a_year_are_a_tally():
    assert _event("He said police had arrested hundreds of suspected smugglers since 2022.", "2024-12-04") == []
    assert _event("Police arrested dozens of suspected smugglers in Basra on Monday.", "2024-12-04") \
        == [("arrest", "2024-12-02", "occurred", "on Monday")]


def test_rulings_told_as_remand_extradition_sent_down_and_cleared():
    assert _event("The two drivers were remanded in custody by a judge in Patras on Monday.", "2024-12-04") \
        == [("court_ruling", "2024-12-02", "occurred", "on Monday")]
    assert _event("Both were charged and remanded in custody.", "2024-12-04") == []
    assert _event("A court in Lyon approved her extradition last March.", "2024-12-04") == [("court_ruling", "2024-03", "occurred", "last March")]
    assert _event("The ministry approved the extradition treaty's text.", "2024-12-04") == []
    assert [e[:3] for e in _event("Three of the gang's drivers were also sent down.", "2024-12-04")] == [("court_ruling", None, "occurred")]
    assert _event("Orders were sent down the chain of command.", "2024-12-04") == []
    assert [e[:3] for e in _event("A fifth woman was cleared.", "2024-12-04")] == [("court_ruling", None, "occurred")]
    assert _event("The road was cleared.", "2024-12-04") == []


def test_a_hearing_in_a_month_is_a_planned_ruling():
    assert _event("Prosecutors will seek to seize his houses at a hearing in March.", "2024-12-04") \
        == [("court_ruling", "2025-03", "planned", "in March")]
    assert _event("She spoke at a hearing of the committee.", "2024-12-04") == []


def test_a_site_visited_named_by_what_it_is_is_a_visit():
    assert _event("The commissioner visited the town's new reception centre at Pylos on Monday.", "2024-12-04") \
        == [("visit", "2024-12-02", "occurred", "on Monday")]
    assert _event("The envoy visited a sewing workshop in Duhok on Monday.", "2024-12-04") \
        == [("visit", "2024-12-02", "occurred", "on Monday")]
    assert _event("Few tourists visited the region's beaches last year.", "2024-12-04") == []


def test_things_met_and_people_encountered_undated_are_no_meetings():
    assert _event("Ministers say the target is now mostly met.", "2024-12-04") == []
    assert _event("We met young women working in their uncles' shops.", "2024-12-04") == []
    assert _event("Charity staff meet returnees at the bus station.", "2024-12-04") == []
    assert _event("The minister met returnees in Duhok on Monday.", "2024-12-04") == [("meeting", "2024-12-02", "occurred", "on Monday")]
    assert [e[:3] for e in _event("The minister met the families of the victims.", "2024-12-04")] == [("meeting", None, "occurred")]


def test_one_persons_dated_arrest_something_led_to_is_an_arrest():
    assert _event("Last month the tip-off led to the arrest of a lorry driver in Duhok.", "2024-12-04") \
        == [("arrest", "2024-11", "occurred", "Last month")]
    assert _event("The hotline led to the arrest of 40 suspects last year.", "2024-12-04") == []
    assert _event("Our work has led to the arrest of smugglers in both countries.", "2024-12-04") == []
    assert _event("The tip-off led to the arrest of a driver.", "2024-12-04") == []


def test_a_bracketed_dateline_dates_no_event():
    text = "DUHOK, Kurdistan Region (Dec. 4) – Police in Duhok have arrested 12 people suspected of smuggling, officials said."
    assert [e[:3] for e in _event(text, "2024-12-04")] == [("arrest", None, "occurred")]
    assert [e[:3] for e in _event("Police in Duhok arrested 12 people (on Monday) in raids.", "2024-12-04")] == [("arrest", "2024-12-02", "occurred")]


def test_two_weekdays_joined_by_and_are_an_interval():
    assert [e[:3] for e in _event("The men were detained in raids on farms near Zakho on Sunday night and Monday.", "2024-12-04")] \
        == [("arrest", "2024-12-01/2024-12-02", "occurred")]
    assert [e[:3] for e in _event("Police arrested six men in Duhok on Monday and Tuesday.", "2024-12-04")] \
        == [("arrest", "2024-12-02/2024-12-03", "occurred")]
    assert [e[:3] for e in _event("Police arrested six men in Duhok on Monday and Tuesday's raids were quieter.", "2024-12-04")][0][1] == "2024-12-02"


def test_the_following_week_or_month_counts_from_the_event_before():
    text = "The minister will visit Basra on Friday, officials said, and will meet Kuwaiti officials in Kuwait the following week."
    assert [e[:3] for e in _event(text, "2024-12-04")] == [("visit", "2024-12-06", "planned"),
                                                           ("planned_meeting", "2024-12-09/2024-12-15", "planned")]
    text = "The ministers met in Rome in March 2024 and signed a memorandum the following month."
    assert [e[:3] for e in _event(text, "2024-12-04")] == [("meeting", "2024-03", "occurred"), ("signing", "2024-04", "occurred")]


def test_people_arrested_with_the_verb_left_out_are_an_arrest_of_their_own():
    text = "Six were detained in Tal Afar on Monday after a tip-off, and five in Mosul on Tuesday, among them a forger."
    assert [e[:3] for e in _event(text, "2024-12-04")] == [("arrest", "2024-12-02", "occurred"), ("arrest", "2024-12-03", "occurred")]
    text = "Six were detained in Tal Afar on Monday with 40 migrants, and five in Mosul were later freed."
    assert [e[:3] for e in _event(text, "2024-12-04")] == [("arrest", "2024-12-02", "occurred")]


def test_arrests_in_the_past_week_are_a_tally():
    assert _event("In the past week, border guards arrested 23 suspected smugglers in Anbar, the spokesman said.", "2024-12-04") == []
    assert _event("Border guards arrested 23 suspected smugglers in Anbar last week.", "2024-12-04") \
        == [("arrest", "2024-11-25/2024-12-01", "occurred", "last week")]


def test_a_press_conference_attended_a_habit_every_time_and_a_likelihood_are_no_events():
    assert _event("The envoy, who attended the press conference, said the deal was working.", "2024-12-04") == []
    assert [e[:3] for e in _event("The ministry held a press conference in Basra on Monday.", "2024-12-04")] \
        == [("press_conference", "2024-12-02", "occurred")]
    assert _event('She said: "Every time a smuggler is jailed, two more appear."', "2024-12-04") == []
    assert _event("Whenever a boss is convicted, his deputy takes over.", "2024-12-04") == []
    assert _event("Deportees were twice as likely as others to say they had been detained at the airport.", "2024-12-04") == []
    assert [e[:3] for e in _event("The smuggler was jailed in Leeds on Monday.", "2024-12-04")] == [("court_ruling", "2024-12-02", "occurred")]


def test_an_order_that_things_be_done_is_an_announcement_not_dated_by_its_deadline():
    assert [e[:3] for e in _event("The minister has ordered all checkpoints to be fitted with scanners by March 2026.", "2024-12-04")] \
        == [("announcement", None, "occurred")]
    assert [e[:3] for e in _event("The governor on Monday instructed the police to be on alert by 5 January.", "2024-12-04")] \
        == [("announcement", "2024-12-02", "occurred")]
    assert _event("The officers were ordered to leave.", "2024-12-04") == []


def test_talks_summed_up_undated_before_their_dated_telling_are_one_meeting():
    text = ("Ministers from Rome and Baghdad met for talks on smuggling routes.\n\n"
            "Italy and Iraq will share data, the two governments said after talks in Rome on Monday.")
    assert [e[:3] for e in _event(text, "2024-12-04")] == [("meeting", "2024-12-02", "occurred")]
    # ... but one with no dated talks after it stays
    text = "Ministers from Rome and Baghdad met for talks on smuggling routes.\n\nItaly will pay for new radar, officials said."
    assert [e[:3] for e in _event(text, "2024-12-04")] == [("meeting", None, "occurred")]


# -- opened frozen13, frozen19 and frozen20: officials and statements -------------------------------------------------

def test_a_bylines_author_and_a_newspapers_staff_are_no_officials():
    assert proposed("By Tessa Marlow, Chief Political Correspondent\n\nThe minister visited Dover.", "officials") == []
    assert proposed("By Senior Editor Tessa Marlow\n\nThe minister visited Dover.", "officials") == []
    assert proposed("The paper's chief reporter, Tessa Marlow, asked the minister.", "officials") == []
    # a line opening "By" that is a sentence keeps its official
    c = one("By Friday Chief Constable Owen Rees had ordered extra patrols.", "officials")
    assert (c["name"], c["role"]) == ("Owen Rees", "Chief Constable")


def test_a_sentence_opening_conjunction_is_no_part_of_a_title():
    c = one("But Chief Superintendent Nia Powell, of the Gwent force, said the boats were unsafe.", "officials")
    assert (c["name"], c["role"]) == ("Nia Powell", "Chief Superintendent")
    c = one("Yet Home Secretary Ruth Penrose refused to comment.", "officials")
    assert (c["name"], c["role"]) == ("Ruth Penrose", "Home Secretary")
    c = one("The Mayor Owen Rees opened the bridge.", "officials")
    assert c["role"] == "Mayor"


def test_a_title_after_a_named_subject_and_its_verb_is_the_next_persons():
    found = {(c["name"], c["role"]) for c in proposed(
        "Dutch Justice Minister Pieter Aalders received Turkey's Interior Minister, Selim Kaya, in The Hague.", "officials")}
    assert found == {("Pieter Aalders", "Justice Minister"), ("Selim Kaya", "Interior Minister")}
    # a title with a lowercase word of its own after a body's name is kept whole
    c = one("The regional police commissioner, Anke Vogel, said the route had moved.", "officials")
    assert (c["name"], c["role"]) == ("Anke Vogel", "police commissioner") or c["name"] == "Anke Vogel"


def test_a_bodys_name_ending_in_centre_is_no_speaker_cut_short():
    c = one('Rozhan Kamal, head of the Duhok Joint Returns Centre, said the numbers were still "far too many".', "statements")
    assert (c["text_text"], c["speaker"]) == ("far too many", "Rozhan Kamal")
    c = one('The Duhok Joint Returns Centre said the numbers were still "far too many for us".', "statements")
    assert c["speaker"] == "Duhok Joint Returns Centre"


def test_a_tabloids_verb_of_saying_attributes_the_quotation():
    c = one('Opposition spokesman Gareth Bowen scoffed: "Two cameras will not stop a single gang."', "statements")
    assert c["speaker"] == "Gareth Bowen"
    c = one('Councillor Mair Lewis fumed: "Nobody in this town was ever asked about it."', "statements")
    assert c["speaker"] == "Mair Lewis"


_QA = """Interview: the port's new harbour master on patrols and drones

By Lowri Evans, Coast Daily

HOLYHEAD — Captain Morwenna Price has run the port's marine operations since May. She spoke to Coast Daily about the new patrols.

Q: What has changed this summer?

A: We have two new patrol boats. They go out every night now.

Q: Critics call the drones a gimmick.

A: I hear that often. The drones found four dinghies in August alone.

Q: What comes next?

A: A third boat arrives in March, and our crews start their training in January.

*This interview has been edited for length.*
"""


def test_a_question_and_answer_interview_gives_each_answer_to_the_interviewee():
    found = [(c["text_text"], c["speaker"]) for c in proposed(_QA, "statements")]
    assert found == [
        ("We have two new patrol boats. They go out every night now.", "Morwenna Price"),
        ("I hear that often. The drones found four dinghies in August alone.", "Morwenna Price"),
        ("A third boat arrives in March, and our crews start their training in January.", "Morwenna Price"),
    ]


def test_bold_questions_with_unlabelled_answers_are_an_interview_too():
    text = ("Detective Sergeant Huw Jenkins leads the unit. He spoke to us in Cardiff.\n\n"
            "**How many gangs are you watching?**\n\nWe watch six at the moment. Two are new.\n\n"
            "**Do they use the ports?**\n\nWe see them at every port in Wales.\n")
    found = [(c["text_text"], c["speaker"]) for c in proposed(text, "statements")]
    assert found == [("We watch six at the moment. Two are new.", "Huw Jenkins"),
                     ("We see them at every port in Wales.", "Huw Jenkins")]


def test_an_explainers_questions_and_a_features_crossheads_are_no_interview():
    explainer = ("Q&A: What does the deal do?\n\nMinister Ruth Penrose signed it on Monday.\n\n"
                 "Q: Who pays for it?\n\nA: The Home Office pays for the first year.\n\n"
                 "Q: Can courts stop it?\n\nA: Not so far. Judges have upheld it twice.\n")
    assert proposed(explainer, "statements") == []
    feature = ("The podcast interviewed Owen Rees, a former official, for its new episode.\n\n"
               "Has the deal worked?\n\nMr Rees thought it had, slowly. The real change was training.\n\n"
               "What about the families?\n\nThe episode ends in Ranya, where families wait for news.\n\n"
               "What comes next?\n\nBoth governments meet again in May.\n")
    assert proposed(feature, "statements") == []


@pytest.mark.parametrize("text, values", [
    ("3. Three more Border Force liaison officers for Erbil.", [3]),  # "more" and a body's name before the noun counted
    ("Police held a gang of six accused in Mosul.", [6]),
    ("Ms Kaya, a lawyer for two of the men, said they were innocent.", []),  # a lawyer's clients
    ("Arrests are only half of the battle, he said.", []),
    ("A poll of 2,000 adults found 64 per cent backed the deal.", [64]),  # a survey's sample
    ("The coastguard arrived 40 minutes after the first 999 call.", []),  # a number dialled
])
def test_more_and_a_name_accused_clients_half_the_battle_a_polls_sample_and_999(text, values):
    assert [c["value"] for c in proposed(text, "statistics")] == values


def test_a_deals_points_listed_are_its_measures_and_a_database_of_smuggling_suspects_is_one():
    text = ("These are the key elements of the agreement:\n\n1. Night-vision goggles for the Zakho crossing.\n"
            "2. A joint database of smuggling suspects' phone numbers.")
    kinds = [c["measure_type"] for c in proposed(text, "measures")]
    assert "equipment" in kinds and "data_system" in kinds, kinds
    assert "equipment" not in [c["measure_type"] for c in proposed("Points raised in the debate:\n\n1. Night-vision goggles.", "measures")]


def test_a_future_appearance_before_a_magistrate_is_a_planned_ruling_and_a_past_one_no_event():
    assert _event("The three drivers will appear before a judge in Antwerp on Tuesday, prosecutors said.") == [
        ("court_ruling", "2024-12-10", "planned", "on Tuesday")]
    assert _event("Two brothers have appeared before magistrates in Hull.") == []


def test_a_coroners_recorded_conclusion_is_a_ruling_on_its_day():
    assert _event("The senior coroner on Monday recorded a conclusion of misadventure.") == [
        ("court_ruling", "2024-12-02", "occurred", "on Monday")]
    assert _event("The clerk recorded the names of the witnesses.") == []


def test_a_meeting_chaired_asked_to_be_held_or_told_by_its_length_is_a_meeting():
    assert _event("The governor chaired on Tuesday the monthly meeting of the border council.") == [
        ("meeting", "2024-12-03", "occurred", "on Tuesday")]
    assert _event("Dr Hale, who chairs the border council, said it was too early.") == []
    assert _event("She directed that the council's next session be held on 9 January.") == [
        ("planned_meeting", "2025-01-09", "planned", "on 9 January")]
    assert _event("Campaigners insist that talks be held in public.") == []
    assert _event("The two envoys signed the protocol on Monday after talks that lasted three hours.")[0][:3] == (
        "signing", "2024-12-02", "occurred")
    assert [e[0] for e in _event("The talks that took years to arrange were praised.")] == []


def test_a_flight_to_a_place_is_a_visit_unless_it_is_made_to_sign():
    assert _event("The envoy, who flies to Amman next month for talks with Jordanian officials, said little.") == [
        ("visit", "2025-01", "planned", "next month")]
    assert [e[0] for e in _event("Mr Osei will fly to Erbil next week to sign a new accord.")] == ["signing"]
    assert _event("Families keep flying to Istanbul.") == []


def test_a_directive_after_the_one_meeting_told_takes_its_day():
    text = ("The minister chaired on Sunday the quarterly meeting of the returns board. "
            "He praised the staff and directed the launch of a radio campaign in the north.")
    assert _event(text) == [("meeting", "2024-12-01", "occurred", "on Sunday"), ("announcement", "2024-12-01", "occurred", None)]
    assert _event("The director directed the launch of a radio campaign in the north.") == [("announcement", None, "occurred", None)]


def test_people_named_by_an_undated_arrest_and_a_share_of_a_tally_are_no_events():
    assert _event("The drivers arrested in Dohuk face charges of people smuggling.") == []
    assert _event("The drivers arrested in Dohuk on Friday face charges.") == [("arrest", "2024-11-29", "occurred", "on Friday")]
    assert _event("Police said they had detained 52 people since June and that a dozen of them had already been jailed.") == []


def test_a_live_pages_entry_in_the_present_perfect_takes_the_pages_day_but_not_an_announcement():
    text = ("Live: Minister in Amman\n\n11:20 GMT\nTalks end\n\nThe two ministers have signed a memorandum on returns.\n\n"
            "09:05 GMT\nArrival\n\nThe minister has arrived in Amman. The Home Office has announced a new fund.\n")
    assert [e[:3] for e in _event(text)] == [("signing", "2024-12-04", "occurred"), ("visit", "2024-12-04", "occurred"),
                                             ("announcement", None, "occurred")]


def test_a_coroner_named_with_the_title_before_the_name_is_an_official_and_the_speaker():
    text = ("Senior Coroner Gareth Pellow closed the inquest in Truro on Tuesday.\n\n"
            "He said the fishermen had \"no chance at all\" once the hull split. \"The sea took them in minutes,\" he said.\n")
    officials = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert officials == [("Gareth Pellow", "Senior Coroner")]
    speakers = [c["speaker"] for c in proposed(text, "statements")]
    assert speakers == ["Gareth Pellow", "Gareth Pellow"]
    # a former coroner holds no post, and the coroner's court named without a person names no one
    assert proposed("Former Coroner Ines Trewin wrote to the paper.\n", "officials") == []
    assert proposed("The Coroner Court in Bodmin sat on Friday.\n", "officials") == []


def test_an_agencys_representative_capitalised_is_an_official_and_a_lowercase_representative_is_not():
    text = ("The agency's Representative in Jordan, Anne-Marie Dubois, said the camps were full.\n\n"
            "UNHCR Representative Paul-Henri Lacoste visited Amman on Monday.\n")
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == [
        ("Anne-Marie Dubois", "Representative in Jordan"), ("Paul-Henri Lacoste", "UNHCR Representative")]
    for lower in ("Sales representative Tom Baker said the firm would cope.\n",
                  "The union representative Tom Baker said members were angry.\n",
                  "Tom Baker, a union representative, said members were angry.\n"):
        assert proposed(lower, "officials") == []


def test_a_correspondent_named_after_the_title_holds_no_post_though_a_minister_is_in_the_appositive():
    text = ("Our political correspondent Tomos Pryce, travelling with the minister, says the talks ran late.\n\n"
            "The reporter Dr Ffion Hale, speaking to the Home Secretary, asked about the camps.\n")
    assert proposed(text, "officials") == []
    # an official whose appositive names the minister he travels with still is one, told by his own title
    official = "Border Force director Owain Reece, travelling with the minister, said the cutters were ready.\n"
    assert [(c["name"], c["role"]) for c in proposed(official, "officials")] == [("Owain Reece", "Border Force director")]


def test_his_excellency_alone_as_the_subject_is_the_official_named_with_the_honorific_before_his_title():
    text = ("His Excellency the Minister of Transport, Mr. Karwan Saleh Rasul, opened the new port office on Monday, "
            "in the presence of the Deputy Minister, Mr. Dara Hassan Omar.\n\n"
            "His Excellency emphasised that \"no vessel will leave the port without a full inspection of its cargo\", and "
            "ordered new cameras.\n")
    found = [(c["text_text"], c["speaker"]) for c in proposed(text, "statements")]
    assert found == [("no vessel will leave the port without a full inspection of its cargo", "Karwan Saleh Rasul")]
    # two officials each named as His Excellency: the honorific alone names neither
    two = ("His Excellency the Minister of Transport, Mr. Karwan Saleh Rasul, received His Excellency the Minister of "
           "Trade, Mr. Sherko Jamal Aziz, on Monday.\n\n"
           "His Excellency emphasised that \"no vessel will leave the port without a full inspection of its cargo\".\n")
    assert [c["speaker"] for c in proposed(two, "statements")] == [None]


def test_a_judge_named_as_a_peer_is_an_official_by_what_he_does_on_the_bench():
    text = ("Three men were jailed at the High Court in Edinburgh yesterday.\n\n"
            "Lady Carnbrae told the gang they had treated people \"as cargo\" for money.\n\n"
            "Sentencing Baxter, Lord Strathmore said: \"You showed no pity to anyone in that van.\"\n")
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == [("Lady Carnbrae", "judge"), ("Lord Strathmore", "judge")]
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Lady Carnbrae", "Lord Strathmore"]
    # a peer speaking in the Lords, or a peer told of, holds no office here; nor is the Lord Advocate's title a name
    others = ("Lord Pennard told the House that the bill went too far.\n\n"
              "The court heard that Lady Ormsby had sold the farm in 2019.\n\n"
              "Lord Advocate Moira Kerr told the jury the case was strong.\n")
    assert ("Lord Pennard", "judge") not in [(c["name"], c["role"]) for c in proposed(others, "officials")]
    assert all(c["role"] != "judge" for c in proposed(others, "officials"))


@pytest.mark.parametrize("text, values", [
    ("The force now has nine analysts, up from three last year.", [9, 3]),  # the count a change is from
    ("Four officers are in Basra and two more will be sent in May.", [4, 2]),  # "N more" with the noun left out
    ("Sales were down from five in the spring.", [5]),
])
def test_a_count_a_change_is_from_and_n_more_with_the_noun_left_out_are_figures(text, values):
    assert [c["value"] for c in proposed(text, "statistics")] == values


@pytest.mark.parametrize("text, kind", [
    ("Britain will pay for fraud-detection equipment at Erbil airport.", "equipment"),
    ("Schools in Halabja will host a campaign against irregular migration next month.", "communications_campaign"),
])
def test_detection_equipment_and_a_campaign_against_irregular_migration_are_measures(text, kind):
    assert kind in [c["measure_type"] for c in proposed(text, "measures")], proposed(text, "measures")


def test_machines_seized_in_a_list_after_including_are_no_equipment():
    text = "Police seized 900 fake passports, including blank visas, as well as two printers and laminating machines."
    assert "equipment" not in [c["measure_type"] for c in proposed(text, "measures")]


def _ev6_events(text, reference="2026-03-05"):
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference=reference)]


def test_a_report_named_with_what_it_is_on_before_was_published_is_a_publication_on_its_day():
    text = "Dr Lena Ward, whose study of the coastal camps was published on 12 February, told reporters that conditions were poor.\n"
    assert _ev6_events(text) == [("publication", "2026-02-12", "occurred")]
    text = "The review into the deaths at sea was published on Monday.\n"
    assert _ev6_events(text) == [("publication", "2026-03-02", "occurred")]
    # no report before the verb: figures published are no event
    assert _ev6_events("The numbers of people returned to the north was published on Monday.\n") == []


def test_a_visit_to_sites_named_by_a_bare_plural_at_a_place_is_a_visit_when_told_with_its_day():
    assert _ev6_events("The governor will visit camps in Duhok on Friday.\n") == [("visit", "2026-03-06", "planned")]
    assert _ev6_events("The envoy visited border crossings near Zakho on Tuesday.\n") == [("visit", "2026-03-03", "occurred")]
    # a habit, undated, is no visit; nor are sites with no place named
    assert _ev6_events("Volunteers visit shelters in Calais every week with food.\n") == []
    assert _ev6_events("Inspectors visit factories to check papers.\n") == []


def test_a_document_signed_by_a_count_of_people_is_no_signing():
    assert _ev6_events("The family may stay for now, after a letter signed by 40 MPs reached the minister.\n") == []
    assert _ev6_events("A petition was signed by thousands of residents.\n") == []
    # signed by the parties, with its day: a signing
    assert _ev6_events("The memorandum was signed by the two ministers in Erbil on Monday.\n") == [("signing", "2026-03-02", "occurred")]


def test_convicted_or_jailed_after_a_preposition_or_article_names_people_not_a_verdict():
    assert _ev6_events("Of the 52 convicted, nine were women.\n") == []
    assert _ev6_events("The court seized £2 million from convicted traffickers.\n") == []
    # with a subject, or in the passive, a verdict
    assert _ev6_events("A jury convicted the three men on Friday.\n") == [("court_ruling", "2026-02-27", "occurred")]
    assert _ev6_events("The driver was jailed on 3 February.\n") == [("court_ruling", "2026-02-03", "occurred")]


def test_a_subject_with_an_article_particle_in_its_surname_speaks_a_coordinated_quotation_in_full():
    text = ("Nabil Sami al-Dulaimi, a retired customs officer, told reporters the new gates were \"a long time coming\", but warned "
            "that \"a gate does nothing if the guard is asleep\".\n")
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Nabil Sami al-Dulaimi", "Nabil Sami al-Dulaimi"]
    # a subject with no particle is read as before
    plain = ("Tara Wells, a retired customs officer, told reporters the gates were \"a long time coming\", but warned that "
             "\"a gate does nothing if the guard is asleep\".\n")
    assert [c["speaker"] for c in proposed(plain, "statements")] == ["Tara Wells", "Tara Wells"]


def test_someone_named_only_as_a_given_name_is_the_person_a_later_pronoun_stands_for():
    text = ("A woman from Ranya who reached Dover in May, and who asked to be named only as Shirin, told the hearing the "
            "dinghy had no engine cover. She was 19 then. \"I prayed the whole night,\" she said.\n")
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Shirin"]
    # with no name given, the pronoun after someone unnamed is left for review
    unnamed = ("A woman from Ranya who reached Dover in May told the hearing the dinghy had no engine cover. "
               "\"I prayed the whole night,\" she said.\n")
    assert [c["speaker"] for c in proposed(unnamed, "statements")] == [None]


def test_a_titled_subject_with_a_comma_before_the_name_speaks_across_a_relative_clause_naming_someone_else():
    text = ("Jordan's Minister of Labour, Samir Adnan Haddad, who toured the depot on Friday with the Danish Ambassador "
            "to Jordan, Mette Holm, said traffickers had \"preyed on families for far too long\".\n")
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Samir Adnan Haddad"]
    # no one named before the relative clause: the one it names is read as before
    own = "The visitors, who toured the depot with the Danish Ambassador, Mette Holm, said the site was \"a model for all the others\".\n"
    assert [c["speaker"] for c in proposed(own, "statements")] == ["Mette Holm"]


def test_a_surname_two_people_share_stands_for_the_one_named_before_it_or_after_mr_the_first_named():
    text = ("Dilan Rashid, 39, has been told he will be removed.\n\n"
            "Mr Rashid, a former nurse, says he fled in 2019. \"We came with papers and asked for help,\" he said.\n\n"
            "His son, Aram Rashid, 14, plays for the town's youth team. A few of his teammates have signed a letter. "
            "\"This is the only place I know,\" he said.\n\n"
            "Mr Rashid said the family would stay. \"Safety matters more than anything,\" he said.\n")
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Dilan Rashid", "Aram Rashid", "Dilan Rashid"]
    # a surname both share with no honorific, after both are named, stays unresolved; "they" after a group is for review
    bare = ("Dilan Rashid and his son Aram Rashid were at home.\n\n"
            "Rashid said the family would stay. \"Safety matters more than anything,\" he said.\n\n"
            "A few of the neighbours came too. \"We will stand with this family,\" they said.\n")
    assert [c["speaker"] for c in proposed(bare, "statements")] == [None, None]


def test_a_title_after_has_written_to_the_is_the_role_without_the_clause_before_it():
    text = "The councillor said she had written to the Fisheries Minister, Owen Pryce, and would press the case again.\n"
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == [("Owen Pryce", "Fisheries Minister")]
    # a title that opens its own clause is read as before
    plain = "The Fisheries Minister, Owen Pryce, said the quota would stand.\n"
    assert [(c["name"], c["role"]) for c in proposed(plain, "officials")] == [("Owen Pryce", "Fisheries Minister")]


@pytest.mark.parametrize("text, expected", [
    ("Her appeal was refused by Judge Amir Khan at the tribunal in Leeds in June.", [("court_ruling", "2024-06", "occurred")]),
    ("The Court of Appeal turned down permission to appeal on 4 October.", [("court_ruling", "2024-10-04", "occurred")]),
    ("The agency is due to publish its annual breakdown of arrests on 3 February.", [("publication", "2025-02-03", "planned")]),
    ("Flights would resume under the deal agreed when the two countries signed a pact in Erbil in March 2023.",
     [("signing", "2023-03", "occurred")]),
])
def test_a_ruling_by_a_named_judge_permission_turned_down_a_breakdown_published_and_a_past_signing_in_a_when_clause(text, expected):
    assert _kinds_dates(text) == expected


def test_a_future_signing_in_a_when_clause_stays_planned():
    assert _kinds_dates("The flights will start when the two ministers sign the deal in January 2025.") == [
        ("signing", "2025-01", "planned")]


def test_equipment_a_report_found_was_given_is_still_equipment():
    # only a seizure's verbs ("seized", "confiscated", "impounded") make the things in a sentence the gang's
    text = "An inspection found that Britain had provided 40 thermal cameras to the border guards."
    assert "equipment" in [c["measure_type"] for c in proposed(text, "measures")]


@pytest.mark.parametrize("text, words, speaker", [
    # one word, inside the sentence: a verb of saying earlier in it governs the quotation
    ('Colonel Dara Hamid said his unit had been sent "outdated" radios by the ministry.', "outdated", "Dara Hamid"),
    ("Mira Stone, a defence lawyer, said her client had been \"badly advised\" by the firm.", "badly advised", "Mira Stone"),
    # a participle of describing governs it too: "calling it “…”"
    ('Mira Stone, a defence lawyer, criticised the ruling, calling it "rushed".', "rushed", "Mira Stone"),
])
def test_a_short_quotation_in_reported_speech_or_after_a_participle_of_describing_is_a_statement(text, words, speaker):
    c = one(text, "statements")
    assert c["text_text"] == words and c["speaker"] == speaker


def test_capitalised_words_or_a_thing_named_after_a_determiner_in_reported_speech_are_no_statement():
    assert proposed('The ferry, which locals call "Blue Star", left at dawn, the captain said.', "statements") == []
    assert proposed('Officials said the camp known as "Sunrise" would close.', "statements") == []
    assert proposed('Dara Hamid said their "runners" were paid by the week.', "statements") == []


def test_an_accusation_in_the_active_is_a_verb_of_saying_and_a_pronoun_opening_a_coordinated_clause_is_resolved():
    text = ("The shadow immigration minister, Carys Dunn, accused the Home Office of \"moving the same money around\". "
            "She noted that Spain had received large sums since 2022 and asked why Iraq got \"small change\" in return.\n")
    assert [(c["text_text"], c["speaker"]) for c in proposed(text, "statements")] == [
        ("moving the same money around", "Carys Dunn"), ("small change", "Carys Dunn")]
    # "the accused", "was accused of", "men accused of" are no one saying anything
    assert proposed('Carys Dunn was accused of "playing politics" by the minister.', "statements") == []


def test_a_verb_coordinated_with_an_earlier_one_shares_the_person_named_right_before_that_one():
    text = ('But Labour immigration spokesman Owen Pryce said the centres were "full every night" and accused the '
            'government of "hiding the numbers".\n')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Owen Pryce", "Owen Pryce"]


def test_a_pronoun_after_a_sentence_whose_subject_is_his_excellency_and_an_office_is_that_office_s_holder():
    text = ("The Minister of Transport, Salam Faris, received on Monday the Danish Ambassador, Ms. Mette Holm.\n\n"
            "A statement from the ministry's press office said the talks covered port security.\n\n"
            "His Excellency the Minister stressed Iraq's wish to \"close every gap the smugglers use\".\n\n"
            "He added that new scanners would arrive in March, \"so that no container leaves Basra unchecked\".\n")
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Salam Faris", "Salam Faris"]


def test_a_pronoun_after_a_participle_phrase_naming_someone_then_an_office_as_subject_is_that_office_s_holder():
    text = ("The Housing Minister, Gwen Royle, answered questions on Tuesday.\n\n"
            "Replying to a question tabled by Martin Cole, the Liberal Democrat MP for Bath East, the minister said 300 "
            "families had been rehoused.\n\n"
            "\"We have done more in a year than in the five before it,\" she said.\n")
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Gwen Royle"]


@pytest.mark.parametrize("text, officials", [
    # a constituency ending in compass words is the seat, no person: the MP is named before it
    ("Tom Reyes, MP for Glasgow South West and a member of the Justice Committee, said the plan was late.",
     [("Tom Reyes", "MP for Glasgow South West")]),
    ("Ann Ward, the Labour MP for Bristol North East, said the plan was late.", [("Ann Ward", "Labour MP for Bristol North East")]),
    # a portfolio ending in one is read as before
    ("Minister for the Middle East Hamish Reid spoke too.", [("Hamish Reid", "Minister for the Middle East")]),
])
def test_compass_words_after_a_title_end_a_seat_or_a_portfolio_and_open_no_name(text, officials):
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == officials


@pytest.mark.parametrize("text, officials", [
    # a noun of what is addressed to someone is no part of the title after "to the"
    ("The envoy extended an invitation to the Minister of Transport, Major General Salam Faris Hadi, to visit Copenhagen.",
     [("Salam Faris Hadi", "Minister of Transport")]),
    ("She handed a letter to the Governor of Basra, Adel Karim Jabir, on Monday.", [("Adel Karim Jabir", "Governor of Basra")]),
    # a post with "to" in it stays whole
    ("The Deputy Ambassador to Iraq, Hugh Marlow, said the talks were useful.", [("Hugh Marlow", "Deputy Ambassador to Iraq")]),
])
def test_an_invitation_or_a_letter_to_an_official_is_no_part_of_the_role(text, officials):
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == officials


@pytest.mark.parametrize("text, officials", [
    ("Prosecuting, Nadia Haque told the court the lorry had crossed twice that week.", [("Nadia Haque", "Prosecuting")]),
    ("The trial opened on Monday. Prosecuting for the Crown, Nadia Haque said the phones were shared.",
     [("Nadia Haque", "Prosecuting for the Crown")]),
    # the defence's barrister holds no post
    ("Defending, Nadia Haque said her client had been a driver.", []),
])
def test_prosecuting_opening_the_sentence_before_a_barrister_s_name_is_the_role(text, officials):
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == officials


@pytest.mark.parametrize("text, found", [
    # the people a verb of harm or rescue befell, nothing counted after them: closing a headline, or before a time or place
    ("Coastguard praised after rescue that saved eleven\n\nThe crew were at sea for nine hours.", [("eleven", 11, None)]),
    ("The fire killed six in Mosul on Sunday.", [("six", 6, None)]),
])
def test_a_bare_number_after_a_verb_of_harm_or_rescue_counts_the_people_it_befell(text, found):
    assert _figures(text) == found


@pytest.mark.parametrize("text, found", [
    # more of those a verb just counted, their noun left out
    ("Greek police arrested five drivers, and Turkish officers held three more near Edirne.",
     [("five", 5, None), ("three", 3, None)]),
    ("The lifeboat crew rescued two more.", [("two", 2, None)]),
    # ... but "two more weeks" counts no people
    ("The court detained him for two more weeks.", []),
])
def test_n_more_after_a_counting_verb_is_a_figure_with_its_noun_left_out(text, found):
    assert _figures(text) == found


@pytest.mark.parametrize("text, found", [
    # an age limit told of the people counted, named before in the clause
    ("About 60 per cent of the refugees registered in Patras last year were under 30, the agency said.",
     [("About 60 per cent", 60, "about")]),
    ("Most of the recruits are over 40.", []),
    # ... but a count that names no people is a figure
    ("Weekly arrests were under 50, police said.", [("under 50", 50, "less_than")]),
])
def test_were_under_an_age_after_people_counted_is_an_age_limit_not_a_figure(text, found):
    assert _figures(text) == found


def test_a_headline_s_title_is_the_role_of_the_person_the_standfirst_opens_with_when_the_story_calls_them_by_it():
    text = ("Foreign Secretary to visit Basra as oil deal nears\n\n"
            "Marcus Hale hopes to seal a £200m agreement on his first trip to southern Iraq\n\n"
            "By Jo Bright\n\n"
            "The Foreign Secretary will land in Basra on Monday, officials said.\n")
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == [("Marcus Hale", "Foreign Secretary")]
    # a standfirst opening with someone described otherwise, or a story that never calls anyone by the title, proposes no one
    described = text.replace("Marcus Hale hopes", "Marcus Hale, a trade envoy, hopes")
    assert [(c["name"], c["role"]) for c in proposed(described, "officials")] == [("Marcus Hale", "trade envoy")]
    untitled = text.replace("The Foreign Secretary will land", "He will land")
    assert proposed(untitled, "officials") == []


@pytest.mark.parametrize("text, expected", [
    # a plan made, told as a participle with its maker, is done: what its clause dates happened, whatever the main clause plans
    ("Deportation flights will leave weekly from March under a timetable agreed by the two ministers during a meeting in Basra "
     "on Monday.", [("meeting", "2024-12-02", "occurred")]),
    # ... but a passive in the future is still a plan
    ("The timetable will be agreed by the two ministers during a meeting in Basra on Monday.",
     [("planned_meeting", "2024-12-09", "planned")]),
])
def test_a_plan_agreed_by_someone_at_a_dated_event_dates_an_event_past(text, expected):
    assert _kinds_dates(text) == expected


def test_a_journey_on_in_the_present_with_its_day_is_a_planned_visit_and_talks_are_its_purpose():
    assert _kinds_dates("The envoy flies on to Amman on Saturday for talks with the Jordanian foreign minister.", "2024-12-05") == [
        ("visit", "2024-12-07", "planned")]
    # told in the past, it happened
    assert _kinds_dates("The envoy travelled on to Amman on Saturday for talks.", "2024-12-05") == [("visit", "2024-11-30", "occurred")]


def test_an_undated_event_on_the_trip_told_just_before_takes_the_visit_s_day():
    text = "The envoy arrived in Amman on Saturday. The envoy, on his second trip to Jordan, met the foreign minister."
    assert _kinds_dates(text, "2024-12-05") == [("visit", "2024-11-30", "occurred"), ("meeting", "2024-11-30", "occurred")]
    # no trip named: the meeting stays undated
    plain = "The envoy arrived in Amman on Saturday. The envoy met the foreign minister."
    assert _kinds_dates(plain, "2024-12-05") == [("visit", "2024-11-30", "occurred"), ("meeting", None, "occurred")]


def test_a_minister_received_is_a_meeting_but_not_a_letter_from_one():
    assert _kinds_dates("The governor received on Monday the Danish Minister for Development, Ms Anna Holm, and her delegation.") == [
        ("meeting", "2024-12-02", "occurred")]
    assert _kinds_dates("The governor received the Danish Foreign Minister in his office on Monday.") == [
        ("meeting", "2024-12-02", "occurred")]
    assert _kinds_dates("The governor received a letter from the minister on Monday.") == []
    assert _kinds_dates("The governor received the minister's reply on Monday.") == []


@pytest.mark.parametrize("text", [
    "The minister extended an invitation to her counterpart, Dr Samir Aziz, to visit Copenhagen in March.",
    "The minister invited her counterpart to visit Copenhagen in March.",
])
def test_a_visit_someone_is_invited_to_make_is_planned(text):
    assert _kinds_dates(text) == [("visit", "2025-03", "planned")]


def test_one_invited_before_a_visit_told_in_the_past_visited():
    assert _kinds_dates("The envoy, who was invited to Baghdad by the government, visited the camp in March.") == [
        ("visit", "2024-03", "occurred")]


def test_a_second_meeting_with_the_verb_left_out_has_its_own_date():
    text = ("The charity will present its findings to peers at a meeting in Westminster on Thursday 12 December, and to officials "
            "of the Iraqi embassy in London next month.")
    assert _kinds_dates(text) == [("planned_meeting", "2024-12-12", "planned"), ("planned_meeting", "2025-01", "planned")]
    # with no date of its own, no second meeting is told
    assert _kinds_dates("The charity presented its findings to peers at a meeting in Westminster on 2 December, and to officials "
                        "of the Iraqi embassy.") == [("meeting", "2024-12-02", "occurred")]


@pytest.mark.parametrize("text, expected", [
    # a weekday with its day of the month is that day, not the next (last) such weekday
    ("The envoy will visit Erbil on Thursday 12 December.", [("visit", "2024-12-12", "planned")]),
    ("The minister visited Erbil on Monday, 25 November.", [("visit", "2024-11-25", "occurred")]),
])
def test_a_weekday_with_its_day_of_the_month_is_that_day(text, expected):
    assert _kinds_dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a trial still to come, told as going on trial: a planned ruling that day, beside the arrest told before it
    ("Three other men, arrested in Basra in October, will go on trial at the same court on 14 January.",
     [("arrest", "2024-10", "occurred"), ("court_ruling", "2025-01-14", "planned")]),
    ("The men went on trial in May.", []),
    # a hearing told by what it is for, to be held on its day
    ("A confiscation hearing to seize the gang's assets will be held on 9 January.", [("court_ruling", "2025-01-09", "planned")]),
])
def test_a_trial_to_go_on_and_a_hearing_told_by_its_purpose_are_planned_rulings(text, expected):
    assert _kinds_dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a remand told in the active, a court its subject, with a day of its own: a court ruling
    ("A judge at the Basra criminal court remanded all four suspects in custody on Thursday.", [("court_ruling", "2024-11-28", "occurred")]),
    # ... not the police's, nor a first appearance's outcome with no day of its own
    ("Police charged the four men and remanded them in custody on Thursday.", []),
    ("They appeared in court on Thursday, where a judge remanded them in custody.", []),
])
def test_a_remand_by_a_court_told_in_the_active_with_its_day_is_a_ruling(text, expected):
    assert _kinds_dates(text) == expected


def test_a_second_predicate_after_comma_and_is_dated_by_its_own_date_not_the_first_s():
    text = ("The operation was led by a unit that Italy formed in 2023 with Europol's help, and was planned at a meeting of Italian "
            "and Iraqi officers in Rome in March.")
    assert _kinds_dates(text) == [("meeting", "2024-03", "occurred")]


def test_an_instrument_named_again_as_signed_takes_the_day_of_the_signing_told_just_before():
    text = "Jordan and Iraq signed a border agreement in Amman on Tuesday. The two interior ministers signed the document at the royal palace."
    assert _kinds_dates(text) == [("signing", "2024-12-03", "occurred"), ("signing", "2024-12-03", "occurred")]
    # another instrument signed is not that signing
    other = "Jordan and Iraq signed a border agreement in Amman on Tuesday. The two ministers once signed a different deal."
    assert _kinds_dates(other) == [("signing", "2024-12-03", "occurred"), ("signing", None, "occurred")]


@pytest.mark.parametrize("text, expected", [
    # a measure's words opening a sentence are read as in its middle
    ("Deportation flights to Iraq will leave every month from January.", ["Deportation flights to Iraq will leave every month from January"]),
    ("Reintegration grants of up to £2,000 will be offered to each family.",
     ["Reintegration grants of up to £2,000 will be offered to each family"]),
    # ... but returns named bare opening a sentence are its topic, returns in general
    ("Returns to Iraq are being carried out lawfully, the minister said.", []),
    # flights counted as more frequent (gone up) are a figure's change, as returns counted are
    ("Deportation flights to Iraq have become much more frequent this year.", []),
    ("The minister said deportation flights to Iraq have gone up.", []),
])
def test_a_measure_opening_its_sentence_is_read_and_flights_counted_as_more_frequent_are_none(text, expected):
    assert [c["description_text"] for c in proposed(text, "measures")] == expected


def test_training_of_staff_is_not_read_across_a_colon():
    # "training ... officers" within its clause says who is trained; a colon starts another
    found = proposed("Their view of training looks good on paper: 700 officers have passed through the courses.", "measures")
    assert [c["description_text"].split()[0] for c in found] == ["passed"]


@pytest.mark.parametrize("text, expected", [
    # who someone is, passed on to the other side's authorities, is intelligence shared
    ("He was arrested in Zakho last month after Dutch police passed his details to the Iraqi authorities.",
     [("intelligence_sharing", "passed his details to the Iraqi authorities")]),
    ("Border Force handed the names of the drivers to Iraqi police.",
     [("intelligence_sharing", "handed the names of the drivers to Iraqi police")]),
    ("She passed her details to a friend.", []),
])
def test_details_passed_to_the_other_side_s_authorities_are_intelligence_shared(text, expected):
    # the rules' proposals: the measure model's second opinion (type TODO) is tested in test_models.py
    assert [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == expected


@pytest.mark.parametrize("text, expected", [
    # trainers at work there, or sent, are training given; the courses officers completed beside them are a second
    ("She said six Border Force trainers have worked in Basra since March and that 200 officers had completed courses in forgery "
     "detection.", ["trainers", "completed"]),
    ("Britain sent eight police trainers to Erbil last year.", ["sent"]),
    ("The trainers were tired.", []),
])
def test_trainers_at_work_or_sent_are_training(text, expected):
    assert [c["description_text"].split()[0] for c in proposed(text, "measures")] == expected


@pytest.mark.parametrize("text, words", [
    # returns sped up by what they wait on
    ("The minister met the ambassador on Monday to discuss speeding up nationality checks for removals.",
     "speeding up nationality checks for removals"),
    ("Officials want to speed up the paperwork before deportations.", "speed up the paperwork before deportations"),
])
def test_speeding_up_what_returns_wait_on_is_the_returns_measure(text, words):
    assert [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures")] == [("returns", words)]


@pytest.mark.parametrize("text, expected", [
    # a measure as its clause's subject, denied after it: said to do no good, no measure told
    ('"Training border guards will not bring jobs back," the mayor said.', []),
    # ... but a plan's timing told by a negation still tells it
    ("Training for the guards will not start until June.", ["Training for the guards will not start until June"]),
])
def test_a_measure_denied_after_it_as_its_clause_s_subject_is_none(text, expected):
    assert [c["description_text"] for c in proposed(text, "measures")] == expected



@pytest.mark.parametrize("text, value, qualifier", [
    # "over" of a case, a charge or a quarrel tells what it is about, no floor
    ("A Kurdish man was jailed over £2m people-smuggling fraud.", 2000000, None),
    ("Donations topped £2m last year.", 2000000, "more_than"),
])
def test_over_of_a_case_is_no_floor(text, value, qualifier):
    found = one(text, "funding")
    assert (found["amount"], found["qualifier"]) == (value, qualifier)


@pytest.mark.parametrize("text, value, qualifier", [
    # ... but "over" a count after a verb of prosecution is a floor: the people it befell, not what a case is about
    ("Police arrested over 300 people last year.", 300, "more_than"),
    ("Courts in Erbil jailed over 20 smugglers in 2024.", 20, "more_than"),
    ("The row over 300 jobs went on.", 300, None),
])
def test_over_a_count_after_a_verb_of_prosecution_is_a_floor(text, value, qualifier):
    found = one(text, "statistics")
    assert (found["value"], found["qualifier"]) == (value, qualifier)


@pytest.mark.parametrize("text, value, qualifier", [
    # "passed" of things handed on to someone is no floor; passing a total is
    ("The unit has passed 40 files to the police since May.", 40, None),
    ("The new team passed a dozen dossiers on to prosecutors.", 12, None),
    ("Crossings passed 36,000 this year.", 36000, "more_than"),
])
def test_passed_of_things_handed_on_is_no_floor(text, value, qualifier):
    found = one(text, "statistics")
    assert (found["value"], found["qualifier"]) == (value, qualifier)


@pytest.mark.parametrize("text, amounts", [
    # a range written with the symbol at both ends: two amounts, the first no exchange rate
    ("Fees ran from £2,000 to £5,000 a seat.", [2000, 5000]),
    ("Brokers charge €4,500 to €6,000 for the crossing.", [4500, 6000]),
    ("The rate was 1,310 dinars to the dollar.", []),
])
def test_an_amount_before_to_and_another_amount_is_no_exchange_rate(text, amounts):
    assert [c["amount"] for c in proposed(text, "funding")] == amounts


@pytest.mark.parametrize("text, amounts", [
    # ... but a rate's far end is one unit of the other currency
    ("Euro sums were converted at €1.17 to £1.", []),
    ("Grants rose from £800,000 to £1m.", [800000, 1000000]),
])
def test_a_rate_s_far_end_is_one_unit(text, amounts):
    assert [c["amount"] for c in proposed(text, "funding")] == amounts



def test_a_kind_named_short_after_its_full_words_takes_them():
    # "the memorandum" after "a memorandum of understanding": the same instrument, named in full before
    found = proposed("Iraq signed a memorandum of understanding with Britain in May. Since the signing of the memorandum, "
                     "40 people have been returned.", "agreements")
    assert [(c["title"], c["title_basis"]) for c in found] == [
        ("memorandum of understanding", None), ("memorandum of understanding", "titled_elsewhere_in_article")]
    assert one("Ministers signed a memorandum on returns.", "agreements")["title"] == "memorandum"


@pytest.mark.parametrize("text", [
    # an international phone number whose area code is one digit, or a number's groups of one to five digits
    "For interviews, contact the press office in Amman on +962 6 550 4700.",
    "Press: Embassy of Iraq, Rome, +39 06 8522 3456.",
])
def test_an_international_phone_number_is_no_figure(text):
    assert proposed(text, "statistics") == []


@pytest.mark.parametrize("text, values", [
    # "more" standing for more of those counted, a verb after it
    ("Four were held; a dozen more remain at large.", [4, 12]),
    ("Officials believe a dozen more are hiding in Turkey.", [12]),
    ("There are two more to come.", []),
])
def test_more_of_those_counted_before_a_verb_is_a_figure(text, values):
    assert [c["value"] for c in proposed(text, "statistics")] == values


@pytest.mark.parametrize("text, values", [
    # a clause opening on a number of people and their death or survival
    ("Rescuers pulled 40 people from the water; three drowned, two of them children.", [40, 3, 2]),
    ("The dinghy sank off Gravelines and eleven survived.", [11]),
])
def test_a_clause_opening_on_the_dead_or_the_survivors_is_a_figure(text, values):
    assert [c["value"] for c in proposed(text, "statistics")] == values


@pytest.mark.parametrize("text", [
    # a number word before a noun of speech ("stories", "reasons", "lessons") counts nothing
    "The data tell two very different stories",
    "The plan fails for three reasons.",
    "Officials drew four lessons from the raid.",
])
def test_a_number_of_stories_or_reasons_is_no_figure(text):
    assert proposed(text, "statistics") == []


@pytest.mark.parametrize("text, values", [
    # a line's use counted in calls is a figure; the number to call it on is not
    ("Modern slavery hotline fields 450 calls in a year", [450]),
    ("The helpline received 120 referrals in May.", [120]),
    ("Call the hotline on 116 000 at any hour.", []),
])
def test_calls_a_line_takes_are_a_figure(text, values):
    assert [c["value"] for c in proposed(text, "statistics")] == values


@pytest.mark.parametrize("text, values", [
    # the users a vague plural describes are no count
    ("The shop, used by hundreds of Iraqi families, was searched.", []),
    ("Hundreds of Iraqis were detained.", [200]),
])
def test_a_vague_plural_of_users_is_no_figure(text, values):
    assert [c["value"] for c in proposed(text, "statistics")] == values


@pytest.mark.parametrize("text, expected", [
    # a court's rulings told in other words: an appeal thrown out, an appearance at a court named (still to come, or done and
    # ended in a remand), a judge's order that suspects be held, a detention a court will review, a trial begun on its day
    ("The Supreme Court threw out her appeal on 2 March.", [("court_ruling", "2026-03-02", "occurred")]),
    ("The driver will appear at Leeds Crown Court on 9 June.", [("court_ruling", "2026-06-09", "planned")]),
    ("She appeared at Bristol Magistrates' Court on Friday and was remanded in custody.",
     [("court_ruling", "2026-03-13", "occurred")]),
    ("She appeared at Bristol Magistrates' Court and was remanded in custody.", []),
    ("On Tuesday a magistrate in Ghent ordered three of the men held in pre-trial detention.",
     [("court_ruling", "2026-03-10", "occurred")]),
    ("Police ordered the men held in detention.", []),
    ("Their custody will be reviewed by the appeals chamber on 4 April.", [("court_ruling", "2026-04-04", "planned")]),
    ("Three men went on trial at Hull Crown Court on Wednesday.", [("court_ruling", "2026-03-11", "occurred")]),
    ("He went on trial and was acquitted.", [("court_ruling", None, "occurred")]),
])
def test_court_rulings_told_in_other_words(text, expected):
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-03-14")] == expected


@pytest.mark.parametrize("text, expected", [
    # a minister met, told by what was discussed with them on a day; a round of a dialogue as where something will be done
    ("The Foreign Secretary discussed visas with the Jordanian Foreign Minister in Amman on 2 February.",
     [("meeting", "2026-02-02", "occurred")]),
    ("The Foreign Secretary discussed visas with the Jordanian Foreign Minister.", []),
    ("Both sides will take stock at the third round of the strategic dialogue in Amman in July.",
     [("planned_meeting", "2026-07", "planned")]),
    ("Officials met in Amman on Monday for a second round of talks.", [("meeting", "2026-03-09", "occurred")]),
    # a report published, named after the verb; a helpline visited
    ("The ombudsman published an audit of the asylum helpline on 5 March.", [("publication", "2026-03-05", "occurred")]),
    ("The minister visited the hotline on Thursday.", [("visit", "2026-03-12", "occurred")]),
])
def test_meetings_publications_and_visits_told_in_other_words(text, expected):
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-03-14")] == expected


@pytest.mark.parametrize("text, expected", [
    # people counted as jailed at a court named: one hearing, a ruling (counted over a period with no court, a figure)
    ("Three of the drivers were jailed at Hull Crown Court in February.", [("court_ruling", "2026-02", "occurred")]),
    ("Three hundred smugglers were jailed in 2025.", []),
    # a share of arrests counted by a number; many courts' verdicts counted; an undated raid in a clause dating what was found
    ("Nine of the arrests were made in Mosul.", []),
    ("The province's courts convicted 52 people of forgery in 2025.", []),
    ("When border police raided the warehouse they found forged passports.", []),
    ("Border police raided the warehouse on Sunday.", [("arrest", "2026-03-08", "occurred")]),
    # a list's item under a lead naming the period it counts over: a tally
    ("The figures are as follows. From 1 March to 31 August 2025:\n\n(a) police arrested 64 people on suspicion of forgery;\n\n"
     "(b) 200 people were returned.", []),
])
def test_counts_of_rulings_and_arrests_and_background_raids(text, expected):
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-03-14")] == expected


@pytest.mark.parametrize("text, expected", [
    # returns counted with the verb between are a figure
    ("Of those sent back, 40 were enforced returns and 95 were voluntary returns.", []),
    # charter flights told as gone to Iraq are the returns measure
    ("Six charter flights have left for Baghdad since March.", [("returns", "charter flights have left for Baghdad since March")]),
    ("Six charter flights have left for Malaga since March.", []),
    # a link named with its kind before it, and the records it checks told with more words
    ("A new secure data-sharing link lets officers check the passports of Syrian travellers against Interpol records.",
     [("data_system", "secure data-sharing link lets officers check the passports of Syrian travellers against Interpol records")]),
    # a service's capacity built to do its work is training
    ("The grant will build the capacity of the Kurdish border police to detect forged documents.",
     [("training", "build the capacity of the Kurdish border police to detect forged documents")]),
])
def test_returns_counted_charter_flights_gone_links_and_capacity_built(text, expected):
    assert [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures")] == expected


@pytest.mark.parametrize("text, expected", [
    # a flight named by its noun is the returns measure only in a sentence about people returned
    ("The bodies of four men arrived at Erbil airport on Sunday on a flight paid for by the regional government.", []),
    ("Returnees arrived on a flight paid for by the Home Office.", [("returns", "a flight paid for by the Home Office")]),
    # where a thing given is installed or tried out is no measure of its own
    ("The software will be installed in 12 pilot units by the end of June.", []),
])
def test_flights_with_no_one_returned_and_places_of_use_are_no_measures(text, expected):
    assert [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures")] == expected


@pytest.mark.parametrize("text, expected", [
    # what investigators pursue is no equipment given, though the sentence gives something
    ('"Now we are giving detectives the means to trace the cash and the phones, not only the boats."', []),
    ("Britain is giving Iraq four patrol boats to track smugglers.", [("equipment", "patrol boats to track smugglers")]),
])
def test_things_pursued_are_no_equipment_given(text, expected):
    assert [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures")] == expected


@pytest.mark.parametrize("text, speaker", [
    # a quotation closed by "said the <capitalised title with its place>, <name>": the name speaks
    ('"We will not let the smugglers win this fight," said the Danish Consul in Basra, Mette Holm. "Today is a start."',
     "Mette Holm"),
    # ... and with no title before the comma, the first name still speaks
    ('"We will not let the smugglers win this fight," said John Smith, Sara Jones\'s lawyer.', "John Smith"),
])
def test_said_the_capitalised_title_then_the_name_speaks(text, speaker):
    assert proposed(text, "statements")[0]["speaker"] == speaker


def test_a_possessor_s_title_then_the_name_in_commas_is_the_subject_not_the_possessor():
    text = ("Norway's consul in Erbil, Ingrid Dahl, thanked the police and said her country was "
            '"proud to stand with the Kurdistan Region".')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Ingrid Dahl"]


def test_a_possessor_s_title_then_a_name_with_a_lowercase_particle_is_the_subject():
    text = ("Jordan's envoy to Denmark, Samir Khalid al-Rawi, praised the arrests and said his country was "
            '"determined to follow the money wherever it goes".')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Samir Khalid al-Rawi"]


def test_a_pronoun_far_from_any_name_stands_for_the_office_that_was_the_subject_since():
    filler = " ".join(["The fund will pay for new scanners at the border crossings and for training of customs staff."] * 9)
    text = ("The Minister of Transport, Karim Saleh Jaafar, received a delegation from the World Bank on Sunday.\n\n"
            f"{filler}\n\nThe Minister said the railway would open next year.\n\n"
            'He added that the new line "will carry goods from Basra to the north in a single day".')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Karim Saleh Jaafar"]


def test_a_pronoun_stands_for_the_name_in_commas_that_said_it_among_other_names():
    text = ("The funerals of Lana Aziz and Rawa Aziz took place on Sunday.\n\n"
            "Lana and Rawa's mother, Sabiha Omer Aziz, said the family had sold land to pay for the trip. "
            '"We gave everything we had. They promised us a safe road," she told reporters at the funeral.\n\n'
            '"Now there is nobody left to help us."')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Sabiha Omer Aziz", "Sabiha Omer Aziz"]


def test_the_subject_of_a_relative_clause_sentence_still_wins_over_a_name_in_commas_inside_it():
    text = ("Security Minister Alan Pryce, who toured Basra in May and met Iraq's Minister of Interior, Hussein Kamil Nouri, "
            'said the talks had "opened doors".\n\n"We now share lists every week," he said.')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Alan Pryce", "Alan Pryce"]


@pytest.mark.parametrize("text, expected", [
    # "calls" after a number is a noun: a headline's scare quote after it is nobody's statement
    ("Charity line gets 200 calls as court hears of farm 'slave labour'\n\nBy Jo Bell | Monday\n\n"
     "A charity line has taken 200 calls since June.", []),
    # ... the verb still introduces one
    ('Ahmed Karim calls the new camp "a disgrace to the whole city".', ["Ahmed Karim"]),
])
def test_calls_as_a_noun_introduces_no_statement(text, expected):
    assert [c["speaker_text"] for c in proposed(text, "statements")] == expected


@pytest.mark.parametrize("text, expected", [
    # a body's acronym in brackets inside a title before ", Name"
    ("The minister received the Head of Mission of the International Committee of the Red Cross (ICRC) in Iraq, Paolo Bianchi, "
     "on Monday.", [("Paolo Bianchi", "Head of Mission of the International Committee of the Red Cross (ICRC) in Iraq")]),
    # a silk's letters after the name of counsel opening the sentence
    ("Prosecuting, Mark Denholm KC told the jury the men had been kept in a shed.", [("Mark Denholm", "Prosecuting")]),
    # a lowercase title with its place after "in the"
    ("A judge in the town, Rebin Aziz Karim, refused bail in May.", [("Rebin Aziz Karim", "judge")]),
    # a written question's asker with a seat in brackets is an MP; with a party, or a peer, none
    ("Asked by Tom Fenwick (Castleford and Ryde)\n\nTo ask the Home Secretary how many boats crossed.", [("Tom Fenwick", "MP")]),
    ("Asked by Tom Fenwick (Lab)\n\nTo ask the Home Secretary how many boats crossed.", []),
])
def test_titles_with_an_acronym_counsel_with_letters_a_judge_in_the_town_and_an_asking_member(text, expected):
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == expected


@pytest.mark.parametrize("text, expected", [
    # "Its director" after a chain of "It" sentences back to a charity: the charity's post, no official
    ("The phone line, run by the charity Safe Passage Wales, opened in May. It is staffed by six volunteers. "
     "Its director, Sana Aziz, 41, said the calls had doubled.", []),
    # ... back to the police: an official
    ("The phone line, run by the police, opened in May. It is staffed by six officers. "
     "Its director, Sana Aziz, 41, said the calls had doubled.", ["Sana Aziz"]),
])
def test_its_title_after_a_chain_of_it_sentences_belongs_to_the_body_they_started_from(text, expected):
    assert [c["name"] for c in proposed(text, "officials")] == expected


@pytest.mark.parametrize("text, values", [
    # "several" or "a few" before a scale word: a vague count, at least two of the scale
    ("Customs officers found several hundred forged visas in the lorry.", [200]),
    ("A few thousand people slept at the port that week.", [2000]),
    # ... but not of money or a distance
    ("The smuggler asked several hundred pounds and walked them a few hundred metres to the beach.", []),
])
def test_several_or_a_few_before_a_scale_word_is_a_vague_figure(text, values):
    found = proposed(text, "statistics")
    assert [c["value"] for c in found] == values
    assert all(c["qualifier"] == "at_least" for c in found)


@pytest.mark.parametrize("text, values", [
    # a hedged "double" or "treble" as the verb closing a headline or a clause: a ratio
    ("Asylum claims by Iraqi nationals more than double\n\nLONDON (Agency) - Officials said so.", [2]),
    ("Detentions at the crossing nearly treble in a year, the ministry says.", [3]),
    # ... not an adjective
    ("He was charged with a double murder in Hull.", []),
])
def test_a_hedged_double_closing_a_clause_is_a_ratio(text, values):
    assert [c["value"] for c in proposed(text, "statistics")] == values


@pytest.mark.parametrize("text, values", [
    # people counted before, named again after "the" as suspects or defendants: a figure at each mention
    ("Four men were detained in Dohuk. The four suspects were handed to prosecutors on Monday.", [4, 4]),
    ("The jury heard that the three defendants shared a flat in Bradford.", [3]),
    ("The two other drivers were released without charge.", [2]),
    # ... or after a counting verb, their noun left out, and those "already there"
    ("Asayish officers detained the six at a checkpoint near Koya.", [6]),
    ("Three more caseworkers will go to Baghdad, joining the five already in post.", [3, 5]),
    # ... not the sides of a pact, a gang's leaders or one family's members
    ("The two countries agreed to meet again. The gang's two leaders fled. Their two sons live in Derby.", []),
])
def test_the_people_counted_named_again_are_a_figure(text, values):
    assert [c["value"] for c in proposed(text, "statistics")] == values


@pytest.mark.parametrize("text, expected", [
    # a course for counted staff, with a comma before "for"; trainers told as qualified
    ("The opening course, for 30 officers of the river police, starts in May, and eight trainers were certified in Scotland "
     "in March.", ["course, for 30 officers", "trainers were certified"]),
    # the services' capabilities developed
    ("Rome will pay for the strengthening of the skills of the coastguard forces in Basra.", ["skills of the coastguard forces"]),
    # a training centre named with capitals is no bare training, even after a training told exactly
    ("About 90 officers will be trained in Duhok this year.\n\nIn June the governor opened the Customs Training Centre.",
     ["will be trained", "Training Centre"]),
])
def test_training_told_by_a_course_for_staff_trainers_qualified_capabilities_developed_or_a_named_centre(text, expected):
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "training"]
    assert len(found) == len(expected) and all(e in f for e, f in zip(expected, found)), found


@pytest.mark.parametrize("text, expected", [
    # the equipping of the places it goes to, paid for in a currency named with its country
    ("Germany will give up to €3 million (about 4 billion Iraqi dinars) over the next two years for the equipment of the "
     "airports in the south.", [("equipment", "equipment of the airports")]),
    # what a facility is fitted with
    ("The academy, built with Danish money, can take 200 cadets and houses a fingerprint laboratory.",
     [("equipment", "fingerprint laboratory")]),
    # voluntary schemes people leave under, and a programme for people's return
    ("Most of the rest went home under voluntary schemes.", [("returns", "voluntary schemes")]),
    ("The cabinet backed the scheme for the safe return of its nationals held in Libya.",
     [("returns", "scheme for the safe return of its nationals")]),
    # ... not the return of displaced families at home
    ("The cabinet backed the plan for the orderly return of displaced families to Sinjar.", []),
])
def test_equipment_of_places_and_facilities_fitted_and_returns_by_voluntary_schemes_or_a_programme_for_return(text, expected):
    found = [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures")]
    assert len(found) == len(expected) and all(k == fk and e in f for (k, e), (fk, f) in zip(expected, found)), found


@pytest.mark.parametrize("text, expected", [
    # evidence shared with how often told between, and data or records passed to the other side's service
    ("The case was built on evidence shared nearly every day between the two forces.",
     [("intelligence_sharing", "evidence shared nearly every day between")]),
    ("Dutch police passed phone data to the Kurdistan Region’s Asayish in May.",
     [("intelligence_sharing", "passed phone data to the Kurdistan Region’s Asayish")]),
    # fingerprint records swapped are a data system
    ("The two ministers also agreed on swapping fingerprint records of suspected smugglers.",
     [("data_system", "swapping fingerprint records")]),
    # a unit named by what it fights, paid for without "new"
    ("Denmark said it would keep funding the border police anti-trafficking unit.",
     [("task_force", "funding the border police anti-trafficking unit")]),
    # an officer joining a team in Iraq
    ("The consul said that a third Home Office officer would join the team in Basra in June.",
     [("liaison_officer", "officer would join the team in Basra")]),
    # ... not a team at home
    ("The consul said that a third officer would join the team in Leeds in June.", []),
])
def test_evidence_or_data_shared_fingerprint_records_swapped_a_funded_anti_smuggling_unit_and_an_officer_joining_a_team(
        text, expected):
    found = [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures")]
    assert len(found) == len(expected) and all(k == fk and e in f for (k, e), (fk, f) in zip(expected, found)), found


@pytest.mark.parametrize("text, expected", [
    # an appositive opening with the circumstance of the mention holds someone else's post, not the name's
    ("The Governor received the Consul General of France, Mr. Pierre Laval, in the presence of the Minister of Transport, "
     "Dr. Salah Hadi Abbas.", [("Pierre Laval", "Consul General of France"), ("Salah Hadi Abbas", "Minister of Transport")]),
    ("The Governor met Colonel Tariq Sami Hassan, accompanied by the Director of Police, on Friday.",
     [("Tariq Sami Hassan", "Colonel")]),
])
def test_an_appositive_of_circumstance_holds_no_post_of_the_name(text, expected):
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of a state agency's report after "Name, " opens the predicate: the title after it is its object's
    ("The Governor of Basra, Mr. Karim Salih Nouri, received the Consul of Denmark, Ms. Freja Lund, on Monday.",
     [("Karim Salih Nouri", "Governor of Basra"), ("Freja Lund", "Consul of Denmark")]),
    ("The Mayor of Erbil, Mr. Karim Salih Nouri, hosted the Ambassador of Japan, Mr. Kenji Sato, at the council.",
     [("Karim Salih Nouri", "Mayor of Erbil"), ("Kenji Sato", "Ambassador of Japan")]),
])
def test_a_verb_after_name_and_comma_opens_no_appositive_title(text, expected):
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == expected


@pytest.mark.parametrize("text, expected", [
    # a bare "the Minister" after the Prime Minister and a Minister of something: the one whose post opens with the word
    ("His Excellency the Prime Minister, Mr. Karim Salih Nouri, received the Minister of Finance, Mr. Ayad Hamid Jabbar, "
     "on Monday.\n\nThe Minister explained that the new budget would be approved in March. He stated: \"The budget will pay "
     "for every post at the border.\"", ["Ayad Hamid Jabbar"]),
    # an office as the subject past a short opening phrase, the quotation after ", stating that"
    ("The Governor of Basra, Mr. Karim Salih Nouri, received the Consul of Denmark, Ms. Freja Lund, on Monday.\n\n"
     "For her part, the Consul conveyed the thanks of her government, stating that \"the port has become far safer this year\".",
     ["Freja Lund"]),
])
def test_a_bare_office_and_an_office_subject_after_an_opening_phrase_stand_for_their_holder(text, expected):
    assert [c["speaker"] for c in proposed(text, "statements")] == expected


@pytest.mark.parametrize("text, expected", [
    # someone described by age and not named comes between: "he" is not the one named before
    ("Detective Sergeant Paula Reid told the court the boat had sunk.\n\nA 19-year-old Syrian man, who cannot be named, "
     "gave evidence by video link. He said \"the water was up to my chest within minutes\".", [None]),
    ("Detective Sergeant Paula Reid told the court the boat had sunk.\n\nA 19-year-old Syrian man gave evidence by video link.\n\n"
     "\"We could hear the engine stop,\" he said.", [None]),
])
def test_he_after_an_unnamed_person_described_by_age_is_nobody_named(text, expected):
    assert [c["speaker"] for c in proposed(text, "statements")] == expected


@pytest.mark.parametrize("text, expected", [
    # words quoted from messages in which someone wrote: that one's, not the witness's who saw them
    ("Officer Dana Pike said she had read texts in which Soran Rashid Ali offered places on a boat for \"a good family price\".",
     ["Soran Rashid Ali"]),
    # ... with no such clause, the witness's
    ("Officer Dana Pike said she had read texts offering places on a boat for \"a good family price, paid in cash\".",
     ["Dana Pike"]),
])
def test_words_quoted_from_messages_in_which_someone_wrote_are_theirs(text, expected):
    assert [c["speaker"] for c in proposed(text, "statements")] == expected


@pytest.mark.parametrize("text, expected", [
    # a short quotation in a sentence of evidence told after it ("…, a jury heard."): words someone said, though no one is named
    ("A driver crammed nine men into a car boot \"like luggage\" on the ring road, a jury heard.", [None]),
    # ... with no court hearing it, a scare quote
    ("A driver crammed nine men into a car boot \"like luggage\" on the ring road last year.", []),
])
def test_a_short_quotation_in_evidence_a_court_heard_is_a_statement(text, expected):
    assert [c["speaker"] for c in proposed(text, "statements")] == expected


@pytest.mark.parametrize("text, reference, expected", [
    # a bare verb after "and" shares the future told before it
    ("The envoy is due to meet the governor this morning and travel on to Mosul on Friday for talks.", "2025-03-04",
     [("planned_meeting", "2025-03-04", "planned"), ("visit", "2025-03-07", "planned")]),
    # a report to be published, told in the passive with its month
    ("An audit of the scheme is expected to be published in March.", "2025-01-10", [("publication", "2025-03", "planned")]),
    # raids told as taking place are the arrest operation
    ("The raids were carried out on Monday in three towns.", "2025-03-05", [("arrest", "2025-03-03", "occurred")]),
    # a suspect brought before a judge is a court's hearing, planned or held
    ("The four men will be brought before a magistrate in Antwerp on Thursday.", "2025-03-04",
     [("court_ruling", "2025-03-06", "planned")]),
    ("The driver was brought before a judge in Duhok on Sunday.", "2025-03-04", [("court_ruling", "2025-03-02", "occurred")]),
    # a court's order to pay is a ruling
    ("The court also ordered the smuggler to pay 20 million dinars to the family.", "2025-03-04", [("court_ruling", None, "occurred")]),
    # a hearing told with "in" and its day
    ("Letters from the victims were read out in a hearing on 2 March.", "2025-03-04", [("court_ruling", "2025-03-02", "occurred")]),
    # a jury to retire to consider its verdicts
    ("The judge said the jury would retire to consider its verdicts next week.", "2025-03-05",
     [("court_ruling", "2025-03-10/2025-03-16", "planned")]),
    # people described by an undated arrest before their sentence's own verb: no arrest ...
    ("The two women arrested in Calais will be questioned by a judge.", "2025-03-04", []),
    # ... but one with its day is
    ("The two women arrested on Monday were released without charge.", "2025-03-05", [("arrest", "2025-03-03", "occurred")]),
    # a session held is a meeting
    ("The board held its fifth session in Basra on Monday.", "2025-03-05", [("meeting", "2025-03-03", "occurred")]),
    # "during" a month dates a plan
    ("The working group will hold its next meeting in Rome during October.", "2025-03-05", [("planned_meeting", "2025-10", "planned")]),
    # "At the same time" is the day of the event told before
    ("Police arrested two men in Hull on 3 March. At the same time, officers in Erbil detained a third man.", "2025-03-05",
     [("arrest", "2025-03-03", "occurred"), ("arrest", "2025-03-03", "occurred")]),
    # a visitor received with two date words and a named building
    ("The President received yesterday, Monday, at the Peace Palace in Baghdad the Ambassador of Norway.", "2025-03-04",
     [("meeting", "2025-03-03", "occurred")]),
    # the other party's turn told on into the next sentence by its pronoun takes the meeting's day
    ("The minister received on Monday the Ambassador of Japan. For his part, the Ambassador praised the work. "
     "He announced that his country will fund a new unit.", "2025-03-05",
     [("meeting", "2025-03-03", "occurred"), ("announcement", "2025-03-03", "occurred")]),
])
def test_events_told_by_shared_futures_hearings_raids_sessions_and_turns(text, reference, expected):
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference)] == expected


@pytest.mark.parametrize("text, reference, expected", [
    # an instrument its parties agreed, with its date, is a signing
    ("The case relied on the data-sharing arrangement Norway and Jordan agreed in March 2023.", "2025-03-04",
     [("signing", "2023-03", "occurred")]),
    # ... "agreed" with a date but no instrument before it is none
    ("The two sides agreed in January to keep talking.", "2025-03-04", []),
    # a body's numbered session held, told undated after its meeting's day, is that meeting (not the aside's signing day)
    ("Officials met in Mosul on Monday. The joint board, set up under the deal the two countries signed in Amman last May, "
     "held its fourth session at the governor's office.", "2025-03-05",
     [("meeting", "2025-03-03", "occurred"), ("signing", "2024-05", "occurred"), ("meeting", "2025-03-03", "occurred")]),
])
def test_an_instrument_agreed_and_a_numbered_session_told_again(text, reference, expected):
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference)] == expected


# A krone with its country or code is that country's; a bare "kroner" is the krone of the krone country the article
# names (parsing.money.bare_krone), or of several names far most often; unknown when none or no clear one; either
# way it is money, never a figure

@pytest.mark.parametrize("text, currency", [
    ("Back in Duhok, the brothers still owe a Trondheim lender 85,000 Norwegian kroner.", "NOK"),
    ("Swedish caseworkers said the family received 12,500 kronor before the flight.", "SEK"),
    ("Denmark's scheme pays up to DKK 30,000, and the family got 18,000 kroner in March.", "DKK"),
    ("A lender in Bergen, Norway, was owed about 85,000 kroner when the brothers left.", "NOK"),
    ("The brothers still owed a lender 85,000 kroner.", None),
    ("Oslo paid 85,000 kroner to families from Norway and Denmark alike.", None),
])
def test_a_krone_is_the_country_s_it_names_or_the_article_s(text, currency):
    funding = proposed(text, "funding")
    assert funding[-1]["currency"] == currency and funding[-1]["amount"] in (85_000, 12_500, 18_000)
    assert not [c for c in proposed(text, "statistics") if c["value"] in (85_000, 12_500, 18_000)]


def test_a_bare_krone_is_drafted_as_the_build_reads_it():
    """A bare krone's basis is currency_from_article, and the draft says whether the build reads it or refuses it."""
    from uis_build.drafting.draft import draft_annotation
    for text, currency, note in (
            ("Norway's programme gave the couple 40,000 kroner (about £2,900).\n", "NOK", "(a bare 'kroner': the krone of the one"),
            ("The programme gave the couple 40,000 kroner.\n", None, "the build refuses it")):
        found = [c for c in candidate_records(text) if c["table"] == "funding"]
        assert (found[0]["amount"], found[0]["currency"], found[0]["amount_basis"]) == (40_000, currency, "currency_from_article")
        assert note in draft_annotation(found, "999-test")
    conv = proposed("He paid $3,000 (roughly 31,000 kroner at that week's rate) to reach Sweden.", "funding")[0]
    assert (conv["amount"], conv["currency"], conv["converted_amount"], conv["converted_currency"]) == (3000, "USD", 31_000, "SEK")


def test_a_broadcast_transcript_labelled_by_surnames_gives_the_answers_to_the_one_answering():
    text = ("Harbour chief Tomasz Wren talked to presenter Ellen Crake on Sunday's programme.\n\n"
            "Crake: How many boats left the bay this month?\n\n"
            "Wren: Fewer than last year. We stopped nine at the slipway.\n\n"
            "Crake: And will the patrols go on?\n\n"
            "Wren: Yes, every night until March.\n\n"
            "Our crews are trained now.\n\n"
            "Crake: Thank you?\n\n"
            "Wren: Thank you.\n\n"
            "The programme is on every Sunday at noon.\n")
    found = [(c["text_text"], c["speaker"]) for c in proposed(text, "statements")]
    assert found == [("Fewer than last year. We stopped nine at the slipway.", "Tomasz Wren"),
                     ("Yes, every night until March.", "Tomasz Wren"), ("Our crews are trained now.", "Tomasz Wren"),
                     ("Thank you.", "Tomasz Wren")]


def test_labels_of_two_speakers_who_both_state_make_no_interview():
    text = ("Two councillors, Ann Vale and Rob Tyne, debated the plan.\n\nVale: The plan works.\n\nTyne: It does not.\n\n"
            "Vale: We have the figures.\n\nTyne: Show them then.\n")
    assert [c["text_text"] for c in proposed(text, "statements")] == []


def test_a_post_and_a_partys_seat_joined_by_and_give_the_first_post():
    text = "Mark Delaney, the Minister for Trade and Industry and Conservative MP for Hollins Cross, spoke in Leeds."
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == [("Mark Delaney", "Minister for Trade and Industry")]


def test_a_lists_next_item_after_an_appositive_may_open_its_own_appositive():
    text = ("The port was opened by the mayor of Hull, Dina Cole, and Peter Lomax, deputy high commissioner in Accra, "
            "on Friday.")
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == [
        ("Dina Cole", "mayor of Hull"), ("Peter Lomax", "deputy high commissioner in Accra")]


def test_a_lone_word_after_a_preposition_of_place_and_before_an_age_is_a_place_not_a_person():
    text = ("Above a bakery in Penwick, a 51-year-old woman runs a forging ring.\n\n"
            "Major Lena Brook Hart, deputy head of the Penwick police, said her officers had watched the ring “for months”.")
    assert [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")] == [("Lena Brook Hart", "for months")]


def test_a_forename_after_a_full_name_said_only_in_the_possessive_stands_for_it():
    text = "The boxes are still in Soran Kakel's hallway in Koya.\n\n\"We sold everything,\" says Soran, 51, a former driver."
    assert [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")] == [("Soran Kakel", "We sold everything")]


def test_a_relative_named_without_commas_is_a_person_a_pronoun_may_stand_for():
    text = ("\"We sold everything,\" says Soran Kakel, while his wife Leyla cooks.\n\n"
            "Soran has found work at a garage. Leyla keeps the accounts, week by week.\n\n"
            "\"If the road were safe, we would go,\" she says.")
    assert [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")] == [
        ("Soran Kakel", "We sold everything"), ("Leyla", "If the road were safe, we would go")]


def test_she_after_a_brother_named_as_someones_brother_is_that_someone():
    text = ("Mina Darwish’s brother, Yusuf Darwish, paid a smuggler in Izmir and vanished in March. "
            "“He called us from the beach,” she said. “Then nothing.”")
    assert [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")] == [
        ("Mina Darwish", "He called us from the beach"), ("Mina Darwish", "Then nothing.")]
    text = "Mina Darwish’s brother, Yusuf Darwish, paid a smuggler in Izmir. “I called them from the beach,” he said."
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Yusuf Darwish"]


def test_a_post_at_an_organisation_named_for_the_people_it_helps_is_no_official():
    text = "Laila Omar Salih, director of the Erbil-based Hana Organisation for Children, said her staff had seen 30 cases."
    assert proposed(text, "officials") == []
    text = "Laila Omar Salih, Chief of Mission of the International Organization for Migration in Iraq, said it worked."
    assert [c["name"] for c in proposed(text, "officials")] == ["Laila Omar Salih"]


@pytest.mark.parametrize("text, reference, expected", [
    # a meeting named with "an" as where something was done, with its day
    ("The colonel said the raids had been planned at an emergency meeting in Mosul on 2 February.", "2025-03-05",
     [("meeting", "2025-02-02", "occurred")]),
    # a committee that questioned officials (its day before the verb) held a hearing: a meeting
    ("The budget committee on Tuesday questioned senior Finance Ministry officials about the delays.", "2025-03-06",
     [("meeting", "2025-03-04", "occurred")]),
    # ... and one that would summon a ministry again: a planned meeting
    ("The chairman said the panel would summon the ministry again in October.", "2025-03-06",
     [("planned_meeting", "2025-10", "planned")]),
    # a report to be published "at the end of" a month named is that month's
    ("The inspectorate is due to publish its review of the scheme at the end of April.", "2025-03-06",
     [("publication", "2025-04", "planned")]),
    # "will" contracted after its subject makes a plan
    ("We’ll travel to Basra on Friday to meet the port authority.", "2025-03-04", [("planned_meeting", "2025-03-07", "planned")]),
    # a court's decision upheld is a ruling
    ("In May 2023 the Court of Appeal upheld the decision to deport him.", "2025-03-04", [("court_ruling", "2023-05", "occurred")]),
    # a term a court gave, told by its years
    ("Last week a court in Kirkuk gave nine years in prison to the driver.", "2025-03-12", [("court_ruling", "2025-03-03/2025-03-09", "occurred")]),
])
def test_meetings_named_questioned_summoned_reports_at_a_month_s_end_contracted_plans_and_rulings(text, reference, expected):
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference)] == expected


@pytest.mark.parametrize("text, reference", [
    # a verb in a "why" clause a question asks tells no event
    ("The senator asked why only three of the 40 men detained at the border last spring had been charged.", "2025-03-04"),
    # arrests over "the same" months and between two months are a tally
    ("Guards in the district arrested 19 suspected couriers over the same four months.", "2025-03-04"),
    ("Customs officers arrested 58 people between October and January with help from Interpol.", "2025-03-04"),
    ("Officers arrested a dozen drivers between May and August.", "2025-03-04"),
    # people going home on a return scheme are no visitors
    ("The couple flew to Duhok on 4 February with a resettlement grant of 20,000 euros.", "2025-03-04"),
    ("Her brother travelled to Zakho last week under the assisted voluntary return programme.", "2025-03-04"),
])
def test_questions_asked_tallies_over_months_and_returnees_journeys_are_no_events(text, reference):
    assert proposed(text, "events", reference) == []


def test_a_speaker_s_undated_we_signed_is_the_signing_the_article_dates():
    text = ("The accord was signed in Amman in March 2024. \"We signed a deal with Rome, we got boats and radios, "
            "and still nothing changes,\" the governor said.")
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2025-03-04")] == [("signing", "2024-03")]


@pytest.mark.parametrize("text, words", [
    # equipment among what a country's support included is given
    ("Danish support to the coastguard has included two workshops, 40 passport readers at Mosul airport and a radio mast.",
     "passport readers at Mosul airport"),
    # the same equipment extended to another place is a measure of its own
    ("The council will find 200 million dinars to extend the system to the two northern crossings.", "extend the system"),
    ("A second phase would bring the same scanners to the river port in Basra.", "bring the same scanners"),
])
def test_equipment_a_support_included_or_extended_to_another_place_is_a_measure(text, words):
    assert any(c["measure_type"] == "equipment" and words in c["description_text"] for c in proposed(text, "measures")), \
        proposed(text, "measures")


def test_a_laboratory_and_devices_paid_for_in_one_sentence_are_two_measures():
    found = proposed("The grant paid for drones at the coast, for a forensic laboratory in Mosul, and for fuel.", "measures")
    assert [c["measure_type"] for c in found] == ["equipment", "equipment"], found


def test_the_boats_a_smuggler_ran_are_no_equipment():
    assert not proposed("A judge in Duhok jailed a woman who ran boats from the Belgian coast for nine years.", "measures")


@pytest.mark.parametrize("text, words", [
    # a charter flight its people landed in Iraq on is a removal flight
    ("The 25 men who arrived at Baghdad airport on a charter flight from Stansted were met by officials.",
     "charter flight from Stansted"),
    # travel documents issued within a time are a returns measure
    ("Officials said Baghdad now issues emergency passports within ten days for people refused asylum.",
     "issues emergency passports within ten days"),
])
def test_returns_told_by_a_charter_landing_in_iraq_or_by_documents_issued_within_a_time(text, words):
    assert any(c["measure_type"] == "returns" and words in c["description_text"] for c in proposed(text, "measures")), \
        proposed(text, "measures")


def test_a_returns_desk_and_documents_issued_within_a_time_are_two_measures_but_a_faster_process_and_them_one():
    found = proposed("The figures owe much to a returns office at Erbil airport and Iraq's pledge to issue travel documents "
                     "within a month.", "measures")
    assert [c["measure_type"] for c in found] == ["returns", "returns"], found
    found = proposed("The deal set up a quicker returns process. Iraq is to issue travel documents within a month.", "measures")
    assert [c["measure_type"] for c in found] == ["returns"], found


def test_a_further_centre_to_open_in_iraq_for_returnees_is_a_reception_centre():
    found = proposed("Returned migrants can get a bed and advice for a week. The governor said a third centre will open in "
                     "Zakho in the spring.", "measures")
    assert any(c["measure_type"] == "reception_centre" and "third centre will open in Zakho" in c["description_text"]
               for c in found), found
    assert not proposed("A third centre will open in Zakho in the spring, the sports minister said.", "measures")


def test_information_exchanged_in_the_passive_through_a_channel_is_intelligence_sharing():
    found = proposed("Officers from six countries sat in one room in Vienna, and data were exchanged directly over a secure "
                     "platform.", "measures")
    assert any(c["measure_type"] == "intelligence_sharing" and "data were exchanged directly over a secure platform"
               in c["description_text"] for c in found), found


@pytest.mark.parametrize("text", [
    '"What they need most is closer sharing of intelligence on the gangs," the mayor said.',
    "We still need faster returns, the minister told the committee.",
])
def test_a_measure_said_to_be_needed_is_no_measure(text):
    assert not proposed(text, "measures")


@pytest.mark.parametrize("text, values", [
    ("Officers searched a flat in Leeds and found seven boys aged 12 or 13.", [7]),
    ("The charity housed five girls aged fifteen or sixteen last winter.", [5]),
])
def test_the_second_age_of_an_alternative_after_aged_is_no_figure(text, values):
    assert [c["value"] for c in proposed(text, "statistics")] == values


@pytest.mark.parametrize("text", [
    "A woman who was made to clean a hostel in Derby when she was 15 has been granted leave to remain.",
    "He has worked for the gang since he was 14 and now wants out.",
])
def test_an_age_in_a_clause_of_time_is_no_figure(text):
    assert not proposed(text, "statistics")


def test_a_lines_short_number_before_its_noun_is_no_figure_but_lines_counted_are():
    assert not proposed("Callers can use the KRG 119 hotline or the 116 helpline, officials said.", "statistics")
    assert [c["value"] for c in proposed("The ministry opened three hotlines last year.", "statistics")] == [3]


@pytest.mark.parametrize("text, values", [
    ("Police charged six of the men and released two on bail, the force said.", [6, 2]),
    ("Detectives questioned 11 of the drivers but freed four without charge.", [11, 4]),
])
def test_a_count_after_a_verb_coordinated_with_a_count_is_a_figure(text, values):
    assert [c["value"] for c in proposed(text, "statistics")] == values


# a Scottish judge named by a judicial title and one name is a judge by what she does to a decision or a case in a civil
# court or a judicial review, and "the judge" quoted later is her
@pytest.mark.parametrize("text, name", [
    ("In Edinburgh on Friday, Lord Balmerino quashed the refusal of asylum to a woman from Kirkuk.", "Lord Balmerino"),
    ("Lady Corsewall refused the petition for judicial review brought by the shipping firm.", "Lady Corsewall"),
    ("At the Inner House, Lord Kinnaird allowed the appeal and sent the case back to the tribunal.", "Lord Kinnaird"),
])
def test_a_scottish_judge_who_quashes_a_decision_or_decides_an_appeal_is_a_judge(text, name):
    found = one(text, "officials")
    assert (found["name"], found["role"]) == (name, "judge")


def test_the_judge_quoted_in_her_written_opinion_is_the_scottish_judge_named_before():
    text = ("Lady Corsewall set aside the decision to deport the Erbil student on Wednesday.\n\n"
            "In her written opinion, the judge said: “The tribunal did not ask what would await him on his return.”")
    assert one(text, "officials")["name"] == "Lady Corsewall"
    assert one(text, "statements")["speaker"] == "Lady Corsewall"


@pytest.mark.parametrize("text", [
    "Lord Pitcaple refused to comment on the bill as he left the chamber.",
    "Lord Pitcaple dismissed the figures as guesswork during the debate.",
])
def test_a_peer_who_refuses_or_dismisses_something_else_is_no_judge(text):
    assert proposed(text, "officials") == []


# a party's spokesman speaks for a party, not from a public post; one who holds a seat as well is proposed by the seat
@pytest.mark.parametrize("text", [
    "The Welsh Conservatives’ policing spokesman, Rhodri Bevan, called the figures alarming.",
    "Labour's home affairs spokeswoman Janet Pryce said the pact had failed.",
    "The Green Party spokesperson on migration, Orla Quinn, said the camps should close.",
])
def test_a_party_spokesman_with_no_seat_is_no_official(text):
    assert proposed(text, "officials") == []


def test_a_party_spokesman_who_is_also_an_mp_is_still_proposed():
    found = one("Aled Morgan, the Liberal Democrat spokesman and MP for Brecon West, welcomed the deal.", "officials")
    assert found["name"] == "Aled Morgan"


# "Others", "Many", "Some of them" opening the next sentence after a quotation count people without naming them: they say
# no quotation, and a quotation that goes on after "he said." stays its speaker's
@pytest.mark.parametrize("after", ["Others told the charity", "Many said", "Some of them told reporters"])
def test_an_indefinite_subject_after_a_quotation_is_no_speaker(after):
    text = (f"Dana Rauf, 31, returned to Halabja in March. “I borrowed from my uncle to leave,” she said. "
            f"“The bakery pays the rent now.” {after} that they still owed money to smugglers.")
    found = [s for s in proposed(text, "statements") if s["text_text"].startswith("The bakery")]
    assert len(found) == 1 and found[0]["speaker"] == "Dana Rauf", found
# -- frozen35/37's event classes: a remand dated before its court, a caught count over months, a dated visit to any place,
# an arrest dated before a relative clause's "since", an announcement during a dated visit, a signing's date in an opening phrase

def test_a_remand_by_a_court_dated_before_the_court_is_a_court_ruling():
    assert _kinds_dates("On Friday a magistrate in Ghent remanded the driver in custody.", "2025-03-12") == [
        ("court_ruling", "2025-03-07", "occurred")]
    assert _kinds_dates("A Lyon court on Monday remanded nine of the men in custody pending trial.", "2025-03-12") == [
        ("court_ruling", "2025-03-10", "occurred")]


def test_people_caught_between_two_months_are_a_count_and_no_arrest():
    assert _kinds_dates("Coastguards say 4,310 migrants were caught at sea between February and April.", "2025-06-05") == []
    assert _kinds_dates("Seven men were caught on Sunday near the border.", "2025-06-05") == [("arrest", "2025-06-01", "occurred")]


def test_a_visit_to_any_place_told_with_its_day_is_a_visit():
    assert _kinds_dates("The mayor visited the depot on Monday morning.", "2025-09-18") == [("visit", "2025-09-15", "occurred")]
    assert _kinds_dates("The consul, who visited a clinic run by volunteers in Duhok on 4 May, said little.", "2025-09-18") == [
        ("visit", "2025-05-04", "occurred")]


def test_an_arrest_dated_by_its_own_words_is_no_tally_for_a_since_in_a_relative_clause():
    assert _kinds_dates("Last week detectives arrested six members of a gang in Leuven which officers say has run boats since "
                        "2021.", "2025-09-18") == [("arrest", "2025-09-08/2025-09-14", "occurred")]
    assert _kinds_dates("Police have arrested 40 people since January.", "2025-09-18") == []


def test_an_announcement_made_during_a_visit_takes_the_visit_s_day():
    assert _kinds_dates("The minister announced the sanctions during a visit to the port of Dover this morning.", "2026-03-10") == [
        ("announcement", "2026-03-10", "occurred"), ("visit", "2026-03-10", "occurred")]


def test_a_signing_s_date_in_a_phrase_opening_the_sentence_does_not_date_the_clause_after_it():
    found = _kinds_dates("Under the pact Britain signed with Iraq in March 2025, the two ministers will meet in Basra.", "2026-02-12")
    assert ("signing", "2025-03", "occurred") in found and ("planned_meeting", "2025-03", "planned") not in found, found


def test_a_visit_in_the_present_with_its_day_is_a_plan_as_a_journey_is():
    assert _kinds_dates("The minister visits the warehouse on Friday.", "2025-03-04") == [("visit", "2025-03-07", "planned")]
    assert _kinds_dates("The minister visited the warehouse on Friday.", "2025-03-04") == [("visit", "2025-02-28", "occurred")]


@pytest.mark.parametrize("text", [
    "The Treasury has unveiled a new financial sanctions regime against the leaders of smuggling rings.",
    "Ministers said the sanctions framework targeting trafficking networks would freeze their assets.",
])
def test_a_new_sanctions_regime_is_a_legal_reform(text):
    found = proposed(text, "measures")
    assert any(c["measure_type"] == "legal_reform" and "sanctions" in c["description_text"] for c in found), found


def test_officers_placed_in_iraq_are_liaison_officers():
    found = proposed("Since the spring the Home Office has placed three Border Force officers in Sulaimani.", "measures")
    assert any(c["measure_type"] == "liaison_officer" and "placed three Border Force officers in Sulaimani"
               in c["description_text"] for c in found), found
    assert not proposed("The sergeant placed two officers at the door of the flat.", "measures")


def test_a_second_campaign_told_as_new_is_another_measure():
    found = proposed("The council will run a poster campaign in bus stations. Separately, a radio campaign in Kurdish aired "
                     "in Zakho last winter, paid for by Britain. The campaign will return next year.", "measures")
    words = [c["description_text"] for c in found if c["measure_type"] == "communications_campaign"]
    assert len(words) == 2 and "poster campaign" in words[0] and "radio campaign" in words[1], found


def test_a_returns_programme_named_with_capitals_and_its_acronym_is_returns():
    found = proposed("Families who sign up to the Voluntary Returns Scheme (VRS) get their tickets paid.", "measures")
    assert any(c["measure_type"] == "returns" and "Voluntary Returns Scheme (VRS)" in c["description_text"] for c in found), found


def test_victims_referred_to_shelters_are_victim_support():
    found = proposed("Of the women rescued, 27 were referred to safe houses and counselling in Duhok.", "measures")
    assert any(c["measure_type"] == "victim_support" and "safe houses and counselling" in c["description_text"]
               for c in found), found


def test_victims_sent_to_shelters_as_the_purpose_of_a_measure_named_before_are_that_measure():
    found = proposed("The grant pays for a helpdesk in each province so that women freed by police are sent to refuges.",
                     "measures")
    assert not any(c["measure_type"] == "victim_support" and "sent to refuges" in c["description_text"] for c in found), found


def test_what_suppliers_trade_in_is_no_equipment_given():
    found = proposed("The Treasury today launched new asset freezes on fixers and on suppliers of engines and boats.",
                     "measures")
    assert not any(c["measure_type"] == "equipment" for c in found), found


def test_training_a_returnee_grant_pays_for_is_the_grant():
    found = proposed("Each returnee can claim a start-up grant to open a shop or pay for a course.", "measures")
    assert [c["measure_type"] for c in found] == ["reintegration"], found


def test_returns_named_as_the_field_a_donor_gives_to_are_no_measure():
    assert not proposed("Denmark, the second-largest donor for returns to Iraq, gave no figures.", "measures")


def test_a_phone_number_in_five_pairs_of_digits_is_no_figure():
    found = proposed("The refuge's night line, on 04 91 33 62 08, logged 52 calls in a week.", "statistics")
    assert [c["value_text"] for c in found] == ["52"], found


def test_a_short_number_a_line_takes_calls_on_is_no_figure():
    found = proposed("The new helpline for parents will answer calls in Kurdish on 7070 from March.", "statistics")
    assert not found, found


def test_a_number_word_after_a_hotline_is_no_number_to_call():
    found = proposed("The advice hotline is staffed by four volunteers in a Mosul office.", "statistics")
    assert [(c["value_text"], c["unit"]) for c in found] == [("four", "persons")], found


def test_a_part_of_a_duration_told_before_is_no_figure():
    assert not proposed("She served nine years in the border police, the first three of them in Basra.", "statistics")


def test_a_count_in_a_generic_you_is_no_figure():
    assert not proposed('"You could deport a hundred couriers and the bosses would find a hundred others," he said.',
                        "statistics")


def test_a_number_word_sharing_the_noun_of_the_count_after_it_is_a_figure():
    found = proposed("The centre is run by six Danish and 14 Kurdish officials.", "statistics")
    assert [(c["value_text"], c["unit"]) for c in found] == [("six", "persons"), ("14", "persons")], found


def test_people_named_again_as_suspected_with_the_is_a_figure():
    found = proposed("Gendarmes questioned the three suspected couriers at the port on Friday.", "statistics")
    assert [c["value_text"] for c in found] == ["three"], found


def test_a_range_s_first_amount_with_its_own_scale_is_money():
    found = proposed("Smugglers made between 3 billion and 5 billion dollars, the report said.", "funding")
    assert [(c["amount_text"], c["amount"], c["currency"]) for c in found] == \
        [("3 billion", 3_000_000_000, "USD"), ("5 billion dollars", 5_000_000_000, "USD")], found


def test_a_speaker_named_with_an_accented_capital_after_a_role_is_found():
    found = one("“These roads belong to the gangs, who set the rules,” the governor of the Somme, Émile Dupré-Vasseur, said "
                "in a statement.", "statements")
    assert found["speaker"] == "Émile Dupré-Vasseur", found


def test_a_compound_family_descriptor_is_no_part_of_a_speakers_name():
    found = one("Grandmother-of-five Shilan Rauf Omar, whose son died at sea, waited outside.\n\n"
                "She said afterwards: “Nothing will bring my boy home to me again.”", "statements")
    assert found["speaker"] == "Shilan Rauf Omar", found


def test_a_columnist_quoting_what_they_told_someone_is_the_bylines_author():
    found = one("COMMENT | Dr Lana Omar Rashid | Erbil, 3 March 2025\n\n"
                "When the governor, Hoshyar Salih Amin, met the British envoy, Clare Dunmore, last week, they spoke of "
                "scanners.\n\nNobody listens. But I also remember telling a Danish delegation in 2019: “You cannot fence off a whole "
                "generation.” They wrote it down carefully. Then they left.", "statements")
    assert found["speaker"] == "Lana Omar Rashid", found


def test_pronoun_and_verb_taking_the_quotation_as_object_is_no_attribution():
    found = one("Clare Dunmore visited the camp on Monday. On the wall of a tent was painted “You cannot fence off a whole "
                "generation.” She wrote it down in her notebook.", "statements")
    assert found["speaker"] is None, found


def test_the_minister_in_a_ministers_written_statement_is_the_other_minister():
    found = one("Statement made on 4 May 2025 | Home Office | Made by: Dame Ruth Ellery, Minister of State for Security\n\n"
                "I flew to Erbil on 3 May, where I met the Minister of Justice, Dara Hassan Rauf. As the Minister said when we "
                "met, “no court can close a route that a family has paid for”.", "statements")
    assert found["speaker"] == "Dara Hassan Rauf", found


def test_a_posts_quoted_caption_is_the_words_of_whoever_posted_it():
    found = one("On TikTok, where he had 20,000 fans, Dilshad Omar Faraj filmed himself beside a hired Ferrari Roma and a "
                "£12,000 Cartier Santos. One clip showed him counting euros on a bed in Antalya with the caption “Money never "
                "sleeps”.", "statements")
    assert found["speaker"] == "Dilshad Omar Faraj", found


@pytest.mark.parametrize("text, reference, expected", [
    ("The Foreign Secretary intends to visit Basra in the new year.", "2025-10-14", [("visit", "2026", "planned")]),
    ("The minister will visit Erbil in the new year, officials said.", "2026-01-05", [("visit", "2026", "planned")]),
])
def test_a_plan_in_the_new_year_is_dated_by_the_year_after_a_late_reference(text, reference, expected):
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference)] == expected


@pytest.mark.parametrize("text, reference, expected", [
    # an instrument's signing told in the passive, where and when (not a decision "agreed ... that")
    ("Crossings fell after the deal, which was agreed in Rome in March 2024, came into force.", "2025-05-06",
     [("signing", "2024-03", "occurred")]),
    ("It was agreed in Rome in March 2024 that officials would exchange lists.", "2025-05-06", []),
    # a ruling still to come, told by what a judge (court) will decide or by the trial it will begin
    ("A magistrate in Lille is due to decide on Friday whether to extend their custody.", "2025-05-06",
     [("court_ruling", "2025-05-09", "planned")]),
    ("A court in Hamburg will begin the trial of four of the men on 9 July.", "2025-05-06",
     [("court_ruling", "2025-07-09", "planned")]),
    ("The board will decide on Friday whether to pay.", "2025-05-06", []),
    # a meeting still to come, told by what will be discussed at a place named (not a journey's purpose)
    ("Interior ministers of the bloc will discuss the plan in Brussels on 20 June.", "2025-05-06",
     [("planned_meeting", "2025-06-20", "planned")]),
    ("She is due to fly to Rome in May to discuss the database.", "2025-05-06", [("visit", "2025-05", "planned")]),
    # a witness's evidence told by its day: one hearing, not a second for the telling after it
    ("Giving evidence on 2 March, the Security Minister, Jane Doe, told the committee that the plan was working.", "2025-05-06",
     [("meeting", "2025-03-02", "occurred")]),
    # a court's order to pay, told in the passive, and a confiscation order a judge made (not a ministry's order)
    ("A smuggler from Leeds has been ordered to pay back £230,000.", "2026-02-10", [("court_ruling", None, "occurred")]),
    ("Judge Amy Lowe made a confiscation order for £90,000 at Leeds Crown Court yesterday.", "2026-02-10",
     [("court_ruling", "2026-02-09", "occurred")]),
    ("The Home Office made a deprivation order last week.", "2026-02-10", []),
    ("He was ordered to leave the country.", "2026-02-10", []),
    # a minister's announcement made in the statement itself
    ("I can today announce a further £2 million for the scheme.", "2026-02-10", [("announcement", "2026-02-10", "occurred")]),
    # a document published with a day of its own
    ("The review, a 40-page document which is published today, sets out the plan.", "2026-02-10",
     [("publication", "2026-02-10", "occurred")]),
])
def test_passive_signings_rulings_and_meetings_to_come_orders_to_pay_and_statements_own_announcements(text, reference, expected):
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference)] == expected


@pytest.mark.parametrize("text, reference", [
    ("In a letter to MPs in January, the consul said police had arrested “more than 200 smugglers” since the pact.", "2026-02-10"),
    ("Police across the region arrested a record 1,300 suspected smugglers in joint operations last year, but the gangs are "
     "earning more, the agency said.", "2026-02-10"),
    ("After his claim failed, he signed up for an assisted return package and flew to Sulaimani in March.", "2026-02-10"),
    ('As the envoy told me when we met, "borders are no barrier to crime".', "2026-02-10"),
])
def test_quoted_and_record_tallies_a_returnees_journey_and_a_recalled_meeting_are_no_events(text, reference):
    assert proposed(text, "events", reference) == []


def test_charter_flights_counted_are_still_the_returns_measure():
    found = proposed("Since the deal, 1,200 people were deported, most of them on 9 charter flights to Basra.", "measures")
    assert any(c["measure_type"] == "returns" and "charter flights to Basra" in c["description_text"] for c in found), found


def test_a_charitys_emergency_line_is_a_hotline():
    found = proposed("Volunteers said the group's emergency line for lone children, on 01 42 55 60 70, rang all night.", "measures")
    assert [c["measure_type"] for c in found] == ["hotline"] and "emergency line for lone children" in found[0]["description_text"], found


def test_what_a_writer_would_ask_for_is_no_measure_taken():
    text = "I would ask the ministers to agree on something better than drones: job centres in Kalar and Koya."
    assert not proposed(text, "measures")


def test_a_reception_centre_in_europe_named_by_its_own_name_is_a_reception_centre():
    found = proposed("The mayor said the San Marco reception centre, built for 300, now holds 520 people.", "measures")
    assert any(c["measure_type"] == "reception_centre" and c["description_text"].startswith("San Marco reception centre")
               for c in found), found
    assert not proposed("The mayor said the Italian reception centre now holds 520 people.", "measures")


def test_reception_centres_abroad_an_official_visits_are_a_place_no_measure():
    text = "The Iraqi ambassador will tour the reception centres near Lille next week to register people who want to go home."
    assert not any(c["measure_type"] in ("reintegration", "reception_centre") for c in proposed(text, "measures"))


def test_grants_told_as_received_are_the_reintegration_programme_named():
    text = ("A reintegration programme funded by Denmark helps returnees in Duhok. Last spring she received a grant of €2,000 "
            "to open a salon. So far 315 returnees have received start-up grants, the ministry said.")
    found = [c for c in proposed(text, "measures") if c["measure_type"] == "reintegration"]
    assert [c["description_text"].split()[0] for c in found] == ["reintegration"], found


def test_equipment_listed_beside_another_kind_of_measure_is_equipment_given():
    text = ("The minutes mention drones for the Fao coast, a forgery lab at Basra airport and courses for 250 border guards.")
    kinds = [c["measure_type"] for c in proposed(text, "measures")]
    assert kinds.count("equipment") == 2 and "training" in kinds, kinds
    assert not any(c["measure_type"] == "equipment" for c in proposed("Smugglers bought drones, boats and engines in Izmir.",
                                                                         "measures"))


def test_equipment_s_description_ends_before_a_listed_measure_of_another_kind():
    text = "Britain has supplied 30 passport readers to Erbil airport and a shared registration platform for the border police."
    found = proposed(text, "measures")
    equipment = [c for c in found if c["measure_type"] == "equipment"]
    assert equipment and "platform" not in equipment[0]["description_text"], found
    assert any(c["measure_type"] == "data_system" and "platform" in c["description_text"] for c in found), found


def test_the_grant_scheme_named_as_received_stays_a_measure_beside_a_programme():
    text = ("A reintegration programme runs in Erbil. Only 9 returnees had received the resettlement grant of up to "
            "£1,500 that Britain offers to people who go home.")
    found = [c for c in proposed(text, "measures") if c["measure_type"] == "reintegration"]
    assert any("grant" in c["description_text"] for c in found), found


def test_equipment_beside_a_measure_in_another_clause_is_no_list_item():
    for text in ("Crossings in small boats fell by 20%, while enforced returns to Iraq rose to 700.",
                 "Police arrested three men accused of running boats from Belgium, acting on intelligence shared by the NCA.",
                 "Most of the money went on vehicles for the police and on charter flights to Erbil."):
        assert not any(c["measure_type"] == "equipment" for c in proposed(text, "measures")), text


def test_a_charter_flight_told_as_leaving_somewhere_for_iraq_is_the_returns_measure():
    for text in ("A charter flight with 52 men on board left Gatwick shortly after dawn on Friday for Baghdad.",
                 "Since the spring, charter flights have left Manchester for Sulaimani about every six weeks."):
        assert any(c["measure_type"] == "returns" and c["description_text"].startswith("charter flight")
                   for c in proposed(text, "measures")), text
    assert not any(c["measure_type"] == "returns"
                   for c in proposed("A charter flight with 180 fans left Gatwick on Friday for Lisbon.", "measures"))


def test_sending_back_those_with_no_right_to_stay_is_returns():
    text = "The deal commits both governments to break up the gangs and send back people without a right to remain."
    assert any(c["measure_type"] == "returns" and "send back people" in c["description_text"]
               for c in proposed(text, "measures"))


def test_return_flights_an_agency_organises_are_the_returns_measure():
    text = "Most of the 70 men went home last year on return flights run by Frontex from Riga."
    assert any(c["measure_type"] == "returns" and "return flights run by Frontex" in c["description_text"]
               for c in proposed(text, "measures"))


def test_officers_trained_by_foreign_instructors_are_training():
    text = "Coastguards at Fao, trained by Italian instructors since the spring, now patrol the estuary at night."
    assert any(c["measure_type"] == "training" and "trained by Italian instructors" in c["description_text"]
               for c in proposed(text, "measures"))


def test_liaison_officers_posted_in_two_cities_abroad_are_two_measures():
    text = ("The force has had a liaison officer at the consulate in Milan since 2023. Since May a Kurdish police liaison "
            "officer has worked at Interpol's offices in Lyon.")
    assert [c["measure_type"] for c in proposed(text, "measures")].count("liaison_officer") == 2


def test_a_country_said_ready_to_take_its_people_back_is_no_measure():
    text = "The Iraqi consul told the paper that his government is willing to take back its nationals."
    assert not any(c["measure_type"] == "returns" for c in proposed(text, "measures"))


def test_what_one_return_costs_is_no_returns_measure():
    text = "A forced removal costs the taxpayer roughly £12,000, against £1,500 per assisted voluntary return."
    assert not any(c["measure_type"] == "returns" for c in proposed(text, "measures"))


def test_training_a_returnees_grant_pays_for_is_no_measure_of_its_own():
    text = "Each returnee may claim a reintegration grant of €2,000 to buy tools or pay for training."
    found = proposed(text, "measures")
    assert [c["measure_type"] for c in found] == ["reintegration"] and "grant" in found[0]["description_text"], found


def test_a_letters_list_of_asks_is_recommended_not_taken():
    text = ("We respectfully ask the Home Secretary to:\n\n1. Open a returns desk at every airport;\n"
            "2. Extend reintegration grants to families of those removed.\n")
    assert not proposed(text, "measures")
# -- ages told after a person's noun, an age limit of one child, digits told of a number, a sample told by its verb ------

@pytest.mark.parametrize("text", [
    "The recruiters in the camp target lads of 15 or 16 who have dropped out of school.",
    "“A girl of 14 should be in a classroom, not in a lorry,” the teacher said.",
    "Tickets are free for each child under 5 travelling with a parent.",
    "Officers traced the courier through a mobile ending in 2086 and a bank card ending 3317.",
    "The gang's ledger listed an account whose last four digits are 5520.",
    "Over the summer our caseworkers in Kirkuk interviewed 86 women deported from Germany.",
])
def test_an_age_digits_of_a_number_or_a_sample_told_by_its_verb_is_no_figure(text):
    assert _figures(text) == [], _figures(text)


def test_a_count_of_kinds_after_children_of_and_suspects_interviewed_stay_figures():
    assert [f[1] for f in _figures("The shelter took in children of 11 nationalities last year.")] == [11]
    assert [f[1] for f in _figures("Detectives interviewed 9 suspects after the raid in Dover.")] == [9]


# -- a penalty made heavier by a multiplier is no ratio of a count ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Under the new decree, fines for forged visas will be tripled.",
    "The maximum prison term for smugglers has been doubled.",
])
def test_a_penalty_multiplied_is_no_figure(text):
    assert _figures(text) == [], _figures(text)


def test_cases_doubled_is_still_a_ratio():
    assert [f[1] for f in _figures("Recorded smuggling cases have doubled since the spring.")] == [2]


# -- one person told as what one costs, or under a name given for the story ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Housing one migrant costs the council about £1,200 a month.",
    "One woman, whom we will call Shilan, spent four months in a Belgian camp.",
    "We met one man (not his real name) who sold his car to pay for the crossing.",
    "One boy, who asked not to be named, said he had paid in cash.",
])
def test_one_person_as_a_unit_cost_or_a_story_s_subject_is_no_figure(text):
    assert _figures(text) == [], _figures(text)


def test_one_person_counted_by_what_befell_them_stays_a_figure():
    assert [f[1] for f in _figures("One woman was rescued off Gravelines on Friday.")] == [1]


# -- a ratio "N in M" with no noun after it, a share "a third of those" ---------------------------------------------------

def test_a_ratio_with_no_noun_after_its_base_is_one_ratio():
    found = _figures("Of the 412 people stopped at the port, nearly three in four were under 30.")
    assert ("nearly three in four", 0.75, "nearly") in found, found
    assert not any(f[1] in (3, 4) for f in found), found
    assert not any("in three" in f[0] for f in _figures("Inspectors searched two in three vans at the port."))


@pytest.mark.parametrize("text, value_text, value", [
    ("Roughly a quarter of those held at the border were women.", "Roughly a quarter", 0.25),
    ("The charity reached 600 families, and about a fifth of them had been returned twice.", "about a fifth", 0.2),
])
def test_a_share_of_those_counted_is_a_ratio(text, value_text, value):
    assert any(f[0] == value_text and float(f[1]) == value for f in _figures(text)), _figures(text)


def test_a_plain_interviews_prompt_without_a_question_mark_and_the_story_after_its_last_answer():
    text = ("Interview: the harbour's patrol chief on a busy summer\n\n"
            "Commander Idris Talwar has led the coast patrol since 2021. He spoke to Shore News at the quay.\n\n"
            "What changed this year?\n\nWe got two faster boats. Our crews trained on them in April.\n\n"
            "How many crossings did you stop?\n\nWe stopped eleven in June alone.\n\n"
            "Do you share radar with France?\n\nEvery night. Our radar room talks to Boulogne.\n\n"
            "Fishermen say your boats scare off the catch.\n\nI know that complaint. We keep clear of the nets.\n\n"
            "What happens next?\n\nWe hope for a third boat in spring.\n\n"
            'Nia Morgan, who skippers a trawler, said the patrols were "loud but harmless".\n')
    found = [c["text_text"] for c in proposed(text, "statements") if c["speaker"] == "Idris Talwar"]
    assert found == ["We got two faster boats. Our crews trained on them in April.", "We stopped eleven in June alone.",
                     "Every night. Our radar room talks to Boulogne.", "I know that complaint. We keep clear of the nets.",
                     "We hope for a third boat in spring."]


def test_a_name_in_quotation_marks_that_is_an_alias_is_whom_a_pronoun_after_stands_for():
    text = ("Our reporter was added to the chat by a fixer calling himself \"Abu Sherwan\" last spring.\n\n"
            "\"The lorry leaves Thursday, no questions,\" he wrote in one message.\n")
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Abu Sherwan"]


def test_a_letters_signatories_at_charities_are_no_officials_and_rt_hon_is_no_part_of_a_name():
    text = ("To: The Rt Hon Owen Castell MP, Secretary of State for Wales\n\n"
            "Dear Secretary of State,\n\nWe ask you to fund legal advice for people held at the port.\n\n"
            "Yours faithfully,\n\n"
            "Ffion Price, Director, Harbour Refugee Network\n"
            "Jean-Luc Moreau, President, Accueil Sans Frontières, Calais\n"
            "Gareth Lloyd, Chief Constable, Gwent Police\n")
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Owen Castell", "Secretary of State for Wales"), ("Gareth Lloyd", "Chief Constable")], found


def test_a_post_with_its_portfolio_and_an_auxiliary_before_the_verb_stands_for_its_named_holder():
    text = ("The letter was copied to Carys Bevan MP, Minister for Legal Migration and the Border.\n\n"
            "The Minister for Legal Migration has called the scheme \"firm but fair\". Campaigners disagree.\n")
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Carys Bevan"]
    bare = "The Minister for Fisheries has described the quota as \"final\".\n"
    assert "has" not in (proposed(bare, "statements")[0]["speaker"] or "")


def test_an_inspector_who_found_that_a_quotation_holds_is_its_speaker():
    text = ("The Chief Inspector of Prisons, Moira Haddow, whose report came out in May, found that the wing was "
            "\"not fit for anyone to live in\".\n")
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Moira Haddow"]


def test_a_name_the_writer_gives_someone_to_protect_them_is_a_person():
    text = ("A woman deported in March, whom we call Shirin for her safety, told us: \"Nobody met me at the airport.\"\n")
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Shirin"]


def test_a_person_named_inside_a_relative_clause_before_more_words_is_not_the_subject():
    text = ("French Consul Hélène Marchal, who thanked Omar Sadiq in Basra on Monday, called the raids \"a turning point\".\n")
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Hélène Marchal"]


@pytest.mark.parametrize("text, expected", [
    # a court's freeze of someone's accounts or assets is its ruling (not a body's freeze of hiring)
    ("A court in Duhok froze the bank accounts of the two brothers on 3 April.",
     [("court_ruling", "2024-04-03", "occurred")]),
    ("The ministry froze recruitment to the border police on 3 April.", []),
    # a judge's order named after the judge, set off by commas, is still the judge's
    ("An examining magistrate, Pieter de Vos, ordered four of the men to be remanded in custody on Tuesday.",
     [("court_ruling", "2024-12-03", "occurred")]),
])
def test_a_court_s_freeze_and_an_order_told_after_the_judge_s_name(text, expected):
    assert _kinds_dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body's premises visited, told with "our" ("visited our unit" would be no site)
    ("The German ambassador visited our ministry in October.", [("visit", "2024-10", "occurred")]),
    # a place still to be come to is a planned visit
    ("A team from the Foreign Office will come to Basra in January.", [("visit", "2025-01", "planned")]),
    ("We hope the children will come to Britain one day.", []),
])
def test_a_premises_visited_and_a_place_still_to_be_come_to(text, expected):
    assert _kinds_dates(text) == expected


def test_a_committee_to_question_officials_is_a_planned_hearing_and_a_meeting_asked_for_is_none():
    assert _kinds_dates("The Justice Committee will question ministers about the scheme on 12 December.") == [
        ("planned_meeting", "2024-12-12", "planned")]
    assert _kinds_dates("The families have asked to meet the minister, and want an answer by 20 December.") == []


def test_a_standfirst_told_as_a_sentence_tells_its_event_and_a_headline_still_none():
    text = ("Police break up Kurdish smuggling ring in Zakho\n\n"
            "Eleven men were detained in Zakho, Duhok and Semel in raids carried out with help from British investigators\n\n"
            "By Staff Reporter\n\nThe raids followed a year-long inquiry, officials said.")
    assert [k for k, _, _ in _kinds_dates(text)] == ["arrest"]
    assert _kinds_dates("Eleven smugglers jailed after ring sent hundreds of migrants across the sea to Italy\n\n"
                        "The men were sentenced in Rome, a court official said.") == [("court_ruling", None, "occurred")]


@pytest.mark.parametrize("text, expected", [
    # a signing named only to date a tally, both parties named and the second by a name of two words, is no event
    ("Police have held 52 drivers in the six months since Iraq and the United Kingdom signed a joint plan.", []),
    # ... but one with a date of its own is told
    ("Iraq and the United Kingdom signed a joint plan in Baghdad on 3 March.", [("signing", "2025-03-03", "occurred")]),
])
def test_a_signing_by_two_parties_named_only_to_date_a_tally_is_no_event(text, expected):
    assert _kinds_dates(text, "2025-06-11") == expected


@pytest.mark.parametrize("text, expected", [
    # what a body was made for, told by "to meet", is no meeting
    ("The office was set up to meet them on equal terms.", []),
    ("The team was created specifically to meet the threat.", []),
    # ... but a journey made to meet someone is still one
    ("The minister will travel to Basra to meet the governor on Monday.", [("planned_meeting", "2025-06-16", "planned")]),
])
def test_to_meet_after_a_body_s_making_is_its_purpose_and_no_meeting(text, expected):
    assert _kinds_dates(text, "2025-06-11") == expected


@pytest.mark.parametrize("text, expected", [
    # a remand by a court, its day told in the phrase that opens the sentence
    ("On Monday, Leeds Crown Court remanded four of the men in custody for three weeks.",
     [("court_ruling", "2025-06-09", "occurred")]),
    # ... told in the passive, the court and the day in that opening phrase
    ("In the same court on Monday, Ali Hassan, 40, of Mill Lane, Hull, was also remanded in custody after appearing charged "
     "with smuggling.", [("court_ruling", "2025-06-09", "occurred")]),
    # ... or told by a participle, the judge the main clause's subject
    ("Remanding the driver in custody on Friday, the magistrate said the case was grave.",
     [("court_ruling", "2025-06-06", "occurred")]),
    # ... but a remand after a charge, or one with no court, is none, and an appearance's remand is told once
    ("The men were charged and remanded in custody on Monday.", []),
    ("On Monday, police said, the driver was remanded in custody.", []),
    ("Remanding him in custody, police said the inquiry was over.", []),
    ("He appeared at Hull Crown Court on Monday and was remanded in custody.", [("court_ruling", "2025-06-09", "occurred")]),
])
def test_a_remand_dated_by_the_opening_phrase_or_told_by_a_participle_is_a_court_ruling(text, expected):
    assert _kinds_dates(text, "2025-06-11") == expected


@pytest.mark.parametrize("text, expected", [
    # an arrest at the scene takes the day the paragraph told before it
    ("Officers stopped the van near Hull at about 2am on 3 May, the court heard. Four men were found inside. The driver was "
     "arrested at the scene.", [("arrest", "2025-05-03", "occurred")]),
    # ... but with no day told before in its paragraph (a month is no day) it stays undated
    ("Officers stopped the van near Hull in May. The driver was arrested at the scene.", [("arrest", None, "occurred")]),
    ("The driver was arrested at the scene.", [("arrest", None, "occurred")]),
])
def test_an_arrest_at_the_scene_is_dated_by_the_paragraph_s_day(text, expected):
    assert _kinds_dates(text, "2025-06-11") == expected


@pytest.mark.parametrize("text, expected", [
    # a body's launch of a unit, told with its day, is an announcement
    ("The interior ministry on Monday launched a dedicated unit to tackle document forgery.",
     [("announcement", "2025-06-09", "occurred")]),
    # ... but not one undated, nor one by people who are no body
    ("The interior ministry launched a dedicated unit to tackle document forgery.", []),
    ("Volunteers on Monday launched a campaign to help families.", []),
])
def test_a_body_s_launch_told_with_its_day_is_an_announcement(text, expected):
    assert _kinds_dates(text, "2025-06-11") == expected


@pytest.mark.parametrize("text, expected", [
    # a coroner's (judge's) bare refusal of what was asked is a ruling; a report to be sent, a planned publication
    ("The family asked for a jury inquest. The coroner declined, but heard evidence from the pilot.",
     [("court_ruling", None, "occurred")]),
    ("She said she would send a prevention of future deaths report to the Home Office.",
     [("publication", None, "planned")]),
    # ... but a judge who declined to comment ruled on nothing, and a report sent by a family is no publication
    ("The judge declined to comment.", []),
    ("The family sent a report to the council.", []),
])
def test_a_coroner_s_refusal_is_a_ruling_and_a_report_to_be_sent_a_planned_publication(text, expected):
    assert _kinds_dates(text, "2025-06-11") == expected


@pytest.mark.parametrize("text", [
    # a surname with "al-" after given names, the attribution after the quotation
    '"We will open two more offices before the summer," Noor Karim al-Tamimi told the agency.\n',
    # ... and a capitalised title with its portfolio before the name
    '"We will open two more offices before the summer," Deputy Minister of Labour Noor Karim al-Tamimi told the agency.\n',
])
def test_a_speaker_after_the_quotation_with_an_al_surname_and_a_titled_portfolio(text):
    assert _statements(text) == [("We will open two more offices before the summer", "Noor Karim al-Tamimi")]


def test_a_speech_in_guillemets_left_open_goes_on_at_the_next_paragraph_opening_with_one():
    text = ("«The scanners are already working,» Khalid Jassim Rahim said. «Our officers use them every night at the port.\n\n"
            "«Nobody crosses there without being checked now.»\n")
    assert _statements(text) == [
        ("The scanners are already working", "Khalid Jassim Rahim"),
        ("Our officers use them every night at the port.\n\n«Nobody crosses there without being checked now.",
         "Khalid Jassim Rahim")]


def test_a_portfolio_with_an_article_is_no_part_of_the_speakers_name():
    text = 'Commissioner for the Economy Marta Lindgren said: "The money will reach the border posts this year."\n'
    assert _statements(text) == [("The money will reach the border posts this year.", "Marta Lindgren")]


def test_a_body_speaks_in_the_relative_clause_after_the_statement_it_issued():
    text = ('The governor closed the crossing in June, according to a statement from the Border Ports Authority, which said '
            'the closure would last "until the new scanners are installed".\n')
    assert _statements(text) == [("until the new scanners are installed", "Border Ports Authority")]


def test_a_coroner_recording_a_conclusion_says_the_words_quoted_in_it():
    text = ('The assistant coroner, Helen Marsh, recorded a narrative conclusion that the lorry was "far too hot for anyone '
            'to survive in".\n')
    assert _statements(text) == [("far too hot for anyone to survive in", "Helen Marsh")]


@pytest.mark.parametrize("text", [
    "The inquest heard from the ambulance service's duty controller that night, Gareth Lloyd, who took the first call.",
    "The court heard from the coastguard's duty officer at the time, Gareth Lloyd, who said the boat was already sinking.",
])
def test_a_post_held_at_the_time_is_a_title_before_the_name(text):
    assert "Gareth Lloyd" in _officials(text)
    assert "night" not in _officials(text)["Gareth Lloyd"] and "time" not in _officials(text)["Gareth Lloyd"]


# A bare "kroner" in an article naming several krone countries is the krone of the one it names far most often (at least
# three times, and twice as often as the others together: the story's setting, parsing.money.bare_krone); else unknown
@pytest.mark.parametrize("text, currency", [
    ("Norwegian customs stopped the coach near Oslo. Norway's police said the Norwegians on board were safe, and two "
     "Swedish drivers were held. The passengers had paid 7,000 kroner each.", "NOK"),
    ("Norwegian customs stopped the coach. Two Swedish drivers were held. The passengers had paid 7,000 kroner each.", None),
])
def test_a_bare_krone_in_an_article_naming_several_krone_countries_is_the_one_named_far_most_often(text, currency):
    funding = proposed(text, "funding")
    assert [(c["amount"], c["currency"]) for c in funding] == [(7_000, currency)]


# A number given to contact someone "on" is no figure: "you can reach the harbour office on 2290."
@pytest.mark.parametrize("text", [
    "Witnesses should contact the coastguard on 118.",
    "Anyone who saw the van can ring the station on 4100 or email the team.",
    "Families can get in touch with the council on 3030 from Monday.",
])
def test_a_number_to_contact_someone_on_is_no_figure(text):
    assert proposed(text, "statistics") == []


def test_a_contact_count_is_still_a_figure():
    assert [c["value"] for c in proposed("The unit contacted 45 families in Erbil last month.", "statistics")] == [45]


# A family's size told by one's place in it or by the kin one leaves or has, and the age at which one did something before
# what for, are no figures (tests/articles/README.md)
@pytest.mark.parametrize("text", [
    "Raised in Koya, the third of seven children, Dara trained as a welder.",
    "She was the middle of three sisters.",
    "Aras is survived by his wife, his mother and four daughters.",
    "The driver has two brothers in Leeds.",
    "She leaves her husband and two sons.",
    "Karim left home at 16 to join an uncle in Mosul.",
    "She came to Britain at 14 to study.",
])
def test_a_family_s_size_by_place_or_kin_and_an_age_before_its_purpose_are_no_figures(text):
    assert proposed(text, "statistics") == []


@pytest.mark.parametrize("text, value", [
    ("Two brothers from Zakho were arrested at the port.", 2),
    ("Officers found three sisters hidden in the lorry.", 3),
    ("The gang smuggled 40 people in March, charging at least 16 to cross at 15 to 20 a boat.", 40),
])
def test_kin_counted_by_what_befell_them_is_still_a_figure(text, value):
    assert value in [c["value"] for c in proposed(text, "statistics")]


# People counted by their being taken to hospital, no noun after the number: "Four were hospitalised after the crash."
@pytest.mark.parametrize("text, value", [
    ("Four were taken to hospital after the boat capsized.", 4),
    ("Police freed 12 men from the container, and three were hospitalised with heat exhaustion.", 3),
    ("Seven were treated for hypothermia at the quay.", 7),
])
def test_people_counted_by_their_being_taken_to_hospital_are_a_figure(text, value):
    assert value in [c["value"] for c in proposed(text, "statistics")]


def test_calls_counted_on_a_hotline_are_no_appeal_and_the_hotline_stays_a_measure():
    text = "The charity has taken more than 900 calls on its free helpline 118 since the summer."
    assert [c["measure_type"] for c in proposed(text, "measures")] == ["hotline"]
    assert not proposed("The mayor calls on the ministry to open new reception centres.", "measures")


def test_equipment_named_by_the_check_it_does_is_equipment():
    text = "The Dutch government is helping the airport with passport-verification equipment and training worth €200,000."
    assert "equipment" in [c["measure_type"] for c in proposed(text, "measures")]


def test_people_counted_as_returns_are_no_returns_measure():
    text = "A researcher at the university said that many people recorded as voluntary returns had been pressured to leave."
    assert not any(c["measure_type"] == "returns" for c in proposed(text, "measures"))


def test_things_sent_to_one_person_are_no_measure():
    text = '"My cousin used to send us videos of the harbour every week," she said.'
    assert not proposed(text, "measures")


def test_examiners_trained_are_the_training_the_bare_training_beside_equipment_names():
    text = ("Norway is supporting the new centre with fingerprint scanners and training worth £300,000. "
            "Four Norwegian specialists trained 30 Iraqi examiners in Oslo in March.")
    found = [c for c in proposed(text, "measures") if c["measure_type"] == "training"]
    assert len(found) == 1 and "examiners" in found[0]["description_text"], found


def test_money_to_be_spent_on_equipment_tells_it_given():
    text = "The interior minister said the state would spend 12 million euros next year on thermal cameras at the northern ports."
    assert "equipment" in [c["measure_type"] for c in proposed(text, "measures")]


def test_a_programme_parties_meet_to_align_is_no_measure():
    text = "Officials from the three countries will meet in Athens in June to align training programmes for coastguard officers."
    assert not any(c["measure_type"] == "training" for c in proposed(text, "measures"))


def test_better_tools_in_praise_are_no_equipment():
    text = '"This grant gives our customs officers better tools and more confidence," the director said.'
    assert not any(c["measure_type"] == "equipment" for c in proposed(text, "measures"))


def test_money_to_be_spent_told_with_a_decimal_and_praise_after_a_possessive():
    text = "The ministry will spend 9 million dinars (about $6.9 thousand) this spring on night-vision cameras at the crossings."
    assert "equipment" in [c["measure_type"] for c in proposed(text, "measures")]
    text = '"The fund gives Jordan\'s customs officers better tools," she said.'
    assert not any(c["measure_type"] == "equipment" for c in proposed(text, "measures"))


def test_grants_received_told_with_their_terms_are_the_scheme_beside_a_programme():
    text = ("People returning from Sweden received reintegration grants of up to 4 million dinars each. "
            "The IOM is still raising money for its reintegration programme in Duhok.")
    assert [c["measure_type"] for c in proposed(text, "measures")].count("reintegration") == 2


def test_one_more_of_a_kind_due_to_enter_service_is_equipment():
    text = "A third coastal surveillance drone, costing about £1.4 million a year, is due to start flying from Dover in June."
    assert "equipment" in [c["measure_type"] for c in proposed(text, "measures")]
    assert not proposed("A drone was seen over the beach on Sunday.", "measures")


def test_fixa_a_memory_told_is_an_attribution():
    text = ('"We slept on the floor of the bus station for a week," Rozhin Aziz, 41, remembers, smiling. '
            '"Then a teacher took us home."')
    found = proposed(text, "statements")
    assert [c["speaker"] for c in found] == ["Rozhin Aziz", "Rozhin Aziz"], found


def test_fixa_a_party_before_a_group_is_no_speaker():
    text = ('Cllr Peter Hanley, deputy leader of the Social Democrat group, said the cuts would be '
            '"the end of the one scheme that works".')
    assert one(text, "statements")["speaker"] == "Peter Hanley"


def test_fixa_a_cleric_title_and_a_park_are_no_part_of_a_name():
    text = ('The imam of a mosque in Victoria Park, Sheikh Omar Qaradaghi, said he had preached against the crossings. '
            '"No family should trust a man who sells seats on a boat," he said.')
    assert one(text, "statements")["speaker"] == "Omar Qaradaghi"


def test_fixa_a_crew_post_before_a_name_is_no_part_of_it():
    text = ('Skipper Alan Brierley, who has fished out of Ramsgate for 30 years, said the sea was rising fast. '
            '"We pulled eleven of them out before the coastguard came," he said.')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Alan Brierley"]


def test_fixa_the_dead_speak_no_later_words():
    text = ('Karwan Saleh has his own reason to warn teenagers. His cousin, Dilan, paid a smuggler $7,000 and drowned off Calais in 2023.\n\n'
            'He now visits youth clubs across the county for the council.\n\n'
            '"I show them the last photo he sent us," he said.')
    assert one(text, "statements")["speaker"] == "Karwan Saleh"


def test_fixa_a_numbered_part_of_a_document_speaks_nothing():
    text = 'It is no treaty. Paragraph 9 of the agreement says it "creates no obligations in international law".'
    assert one(text, "statements")["speaker"] is None


def test_fixa_a_signature_line_under_a_message_is_its_speaker():
    text = ('Message from the Director\n\n'
            '"Our volunteers answered more calls this year than ever before. We thank every one of them.\n\n'
            '"Next year we will open a second office in Duhok."\n\n'
            'Dr Hana Berwari, Executive Director\n\n'
            'The year in figures\n')
    assert one(text, "statements")["speaker"] == "Hana Berwari"


def test_fixa_a_post_in_a_country_after_a_body_word():
    text = ("The meeting heard from the head of the Iraqi government's trade office in the Netherlands, "
            "Dr Sarwar Hamid, and from officials of the Dutch police.")
    assert one(text, "officials")["name"] == "Sarwar Hamid"


def test_fixa_a_chair_of_trustees_holds_no_office():
    text = "Sir Colin Blake, Chair of Trustees, thanked the staff for a hard year."
    assert not proposed(text, "officials")


def test_fixb_a_kind_denied_names_no_instrument():
    assert proposed("The paper the two ministers signed is not a treaty, officials stressed.", "agreements") == []
    assert [c["instrument_type"] for c in proposed("Britain and Iraq signed a treaty on extradition in May.", "agreements")] \
        == ["treaty"]


def test_fixb_the_first_of_rates_sharing_their_currency_is_a_rate():
    text = "Euro and dinar figures are converted at rates of €1.17 and 1,700 dinars to the pound."
    assert proposed(text, "funding") == [] and proposed(text, "statistics") == []


def test_fixb_a_dotted_section_number_heading_its_line_is_no_figure():
    text = "Annual review\n\n2.4 Our partners abroad\n\nWe placed 2.5 thousand leaflets in Basra clinics in 2024."
    assert [c["value"] for c in proposed(text, "statistics")] == [2500]


def test_fixb_a_venue_s_street_number_is_no_figure():
    text = "About 300 families met at the Iraqi Cultural Centre at 48 Harrow Road on Sunday."
    assert [c["value"] for c in proposed(text, "statistics")] == [300]
    text = "Supporters gathered at the Kurdish Community Hall at 12 Mill Lanes to hear the speakers."
    assert [c["value"] for c in proposed(text, "statistics")] == []


def test_fixb_an_age_told_of_a_relative_is_no_figure():
    assert proposed("Her cousin was 17 and had never left Ranya before.", "statistics") == []
    assert proposed("My sister is 15, and she is scared.", "statistics") == []


def test_fixb_an_early_year_after_a_preposition_is_no_figure():
    text = "The harbour, which was built in 1794, handled 120 migrants this year."
    assert [c["value"] for c in proposed(text, "statistics")] == [120]


def test_fixb_a_headline_verb_of_prosecution_counts_the_people_it_befell():
    assert [c["value"] for c in proposed("Erbil judge jails four over people-smuggling ring", "statistics")] == [4]
    assert [c["value"] for c in proposed("Police arrest five for smuggling at Calais", "statistics")] == [5]


def test_fixb_an_ordinal_after_a_count_of_one_fewer_is_no_share():
    text = ("The embassy hosts two British police officers; a third will join them in the spring.")
    assert not any(c["value"] < 1 for c in proposed(text, "statistics"))
    assert [c["value"] for c in proposed("Of the 90 men questioned, a third said they owed money.", "statistics")][-1] < 1


def test_fixd_items_of_a_list_led_in_by_its_parts_counted_are_equipment_given():
    text = ("What is in the plan?\n\nIt has three main parts:\n\n1. Night-vision goggles and radios for the Syrian border.\n"
            "2. A database so that passports read at Iraqi airports can be matched with British records.\n"
            "3. Reception centres in Basra for people sent home.\n")
    found = proposed(text, "measures")
    equipment = [c["description_text"] for c in found if c["measure_type"] == "equipment"]
    assert any(d.startswith("Night-vision goggles") for d in equipment), found
    assert not any("airports" in d for d in equipment), found  # a place where passports are read, nothing given


def test_fixd_equipment_told_as_a_place_where_something_is_done_is_none():
    text = "Britain is funding the checks, and fingerprints taken at Kurdish border posts are now compared in London."
    found = [c for c in proposed(text, "measures") if c["measure_type"] == "equipment"]
    assert not any("border posts" in c["description_text"] for c in found), found


def test_fixd_training_told_by_what_it_teaches_is_a_measure_beside_training_counted():
    text = ("Coastguards in Basra will get new radar and training in spotting overloaded dinghies under a £3 million deal "
            "signed on Tuesday.\n\nUnder a separate accord, Border Force will train 120 Iraqi border officers by 2028.\n")
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "training"]
    assert any(d.startswith("training in spotting overloaded dinghies") for d in found), found
    assert any("120 Iraqi border officers" in d for d in found), found


def test_fixd_a_campaign_told_by_its_languages_is_a_communications_campaign():
    text = "The fund also paid for a £400,000 campaign in Sorani and Farsi telling families what the crossing costs."
    found = proposed(text, "measures")
    assert any(c["measure_type"] == "communications_campaign" and c["description_text"].startswith("campaign in Sorani")
               for c in found), found


def test_fixd_a_voluntary_returns_scheme_and_an_enforced_returns_process_are_two_measures():
    text = ("Some 900 people left under the Assisted Voluntary Return scheme last year. Under the returns arrangement agreed "
            "in 2024, Baghdad must confirm a deportee's nationality within a fortnight.")
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "returns"]
    assert any("Voluntary Return scheme" in d for d in found) and any(d.startswith("returns arrangement") for d in found), found


def test_fixd_a_grant_received_in_a_passage_of_its_own_is_a_reintegration_measure():
    text = ("The Foreign Office has spent £2 million on a reintegration programme in Duhok.\n\n"
            "Karwan, 31, flew home in May under the voluntary returns scheme. She received a grant of £1,800 and now sells "
            "phones in Zakho.\n")
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "reintegration"]
    assert any(d.startswith("grant of £1,800") for d in found), found
    # ... but not when the sentence refers back to the programme
    text2 = ("The Foreign Office has spent £2 million on a reintegration programme in Duhok.\n\n"
             "Some 300 returnees have received grants of £1,800 since the scheme opened.\n")
    assert not any(c["description_text"].startswith("grants") for c in proposed(text2, "measures")
                   if c["measure_type"] == "reintegration")


def test_fixc_an_arrest_something_led_to_told_with_its_place_before_whom_it_took():
    text = ("Police say the tip-offs have led to 40 arrests since March. "
            "Last month it led to the arrest in Basra of a driver suspected of running lorries.")
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2025-06-10")] == [("arrest", "2025-05")]


def test_fixc_a_visitor_welcomed_to_the_host_s_own_site_is_a_visit():
    text = "In March 2025 we welcomed the Deputy Minister for Migration, Omar Said, to our shelter in Duhok."
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-01-10")] == [("visit", "2025-03")]
    assert proposed("The charity welcomed the decision to fund the centre in Duhok.", "events", "2026-01-10") == []


def test_fixc_a_count_in_the_clause_before_a_when_clause_is_no_counted_subject():
    text = "Officers seized 40 passports when the men were arrested in a raid in the Karada district in May last year."
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-02-18")] == [("arrest", "2025-05")]


def test_fixc_one_more_thing_also_done_at_the_occasion_told_just_before_takes_its_day():
    text = ("The home secretary met Turkey's interior minister in Ankara on Tuesday. "
            "The two ministers also signed a protocol on coastguard training.")
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-03-05")] == [
        ("meeting", "2026-03-03"), ("signing", "2026-03-03")]
    text = "The home secretary met Turkey's interior minister in Ankara on Tuesday. Police also arrested three men."
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-03-05")] == [
        ("meeting", "2026-03-03"), ("arrest", None)]


def test_fixc_a_meeting_in_a_clause_of_its_own_after_a_visit_is_no_purpose_of_it():
    text = ("Mr Rahimi said he would visit Duhok later this month, and the council officers agreed to return for a "
            "second meeting on 12 July.")
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2025-07-01")] == [
        ("visit", "2025-07", "planned"), ("planned_meeting", "2025-07-12", "planned")]


def test_fixc_a_plan_in_a_list_under_a_dated_lead_in_takes_its_year():
    text = ("Plans for the year\n\nIn 2027 we will:\n\n1. open a second shelter, in Zakho;\n"
            "2. publish our review of the helpline (see page 12).\n\nThe board met on 3 May.")
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-05-10")] == [
        ("publication", "2027", "planned"), ("meeting", "2026-05-03", "occurred")]
    text = "Plans for the year\n\nWe want to:\n\n1. publish our review of the helpline."
    assert proposed(text, "events", "2026-05-10") == []


def test_fixa_a_relative_whose_death_is_told_leaves_the_speaker():
    text = ('Shilan Omar, whose brother Rebwar set off from Duhok in 2021 and drowned near Dunkirk, keeps his coat by the door.\n\n'
            '"He wanted to be a mechanic," she said.')
    assert one(text, "statements")["speaker"] == "Shilan Omar"


def test_fixa_a_heading_with_told_names_no_addressee_under_it():
    text = ('What the families told us\n\n'
            'Soran*, 15, from a town near Koya, reached Dover in June after two nights in a lorry.\n\n'
            '"I thought I would die in the dark," he told our volunteers.')
    assert one(text, "statements")["speaker"] == "Soran"


def test_fixa_a_name_after_a_kind_of_service_is_no_person():
    text = ('"Most of them had jobs and homes here," said Rozh Karimi, who runs the legal advice service Dosti Point in Bradford.\n\n'
            'She added: "They were given two days\' notice."')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Rozh Karimi", "Rozh Karimi"]


def test_fixa_the_one_a_reporter_spoke_to_says_the_words_after():
    text = ('Our correspondent in Duhok, Sara Mendes, spoke to Rebin, 27, who was returned from Leeds in March.\n\n'
            '"I still owe the smuggler $3,000," he said.')
    assert one(text, "statements")["speaker"] == "Rebin"


def test_fixa_a_colon_sentence_of_its_own_is_its_subjects_words():
    text = ("The Home Secretary, Laura Kemp, told MPs on Monday that the scheme had \"turned the corner\". "
            "In Erbil, the region's interior minister, Rebaz Hamid Karim, sounded more cautious: \"We are only at the start.\"")
    found = proposed(text, "statements")
    assert [c["speaker"] for c in found] == ["Laura Kemp", "Rebaz Hamid Karim"], found


def _fixb_figures(text: str) -> list:
    return [c["value"] for c in proposed(text, "statistics", "2026-03-01")]


def test_fixb_a_note_s_mark_or_a_minute_s_paragraph_number_is_no_figure():
    assert _fixb_figures("Removals rose to 2,210 last year, a record [4].\n\n[4] Border Agency, annual tables, p. 7.") == [2210]
    assert _fixb_figures("(2) Mr Doyle said the unit had arrested 35 people.") == [35]


def test_fixb_an_agenda_item_or_a_question_s_number_is_a_label():
    assert _fixb_figures("Cllr Moss declared an interest in item 9 as a governor.") == []
    assert _fixb_figures("The minister replied to written question 51207 on Monday.") == []


def test_fixb_a_pronoun_ends_the_phrase_a_year_s_unit_is_read_from():
    assert _fixb_figures("After the flood of 1998 they moved migrants across the border.") == []


def test_fixb_an_age_told_of_a_full_name_opening_a_paragraph_is_no_figure():
    assert _fixb_figures("Obituary\n\nDilan Rashid Aziz was 41 when the boat sank off Calais.") == []


def test_fixb_the_children_a_couple_has_are_a_family_s_size():
    assert _fixb_figures("She trained as a nurse; they have four children, the eldest at university.") == []
    assert _fixb_figures("The couple had two children with them on the dinghy.") == [2]


def test_fixb_an_emergency_number_dialled_is_no_figure():
    assert _fixb_figures("A lorry driver dialled 999 after hearing shouts from the trailer.") == []


def test_fixb_a_clock_time_announced_is_no_figure():
    assert _fixb_figures("It's 8.45, and time for the travel news.") == []


def test_fixb_a_count_of_a_named_country_s_provinces_is_no_figure():
    assert _fixb_figures("The scheme now runs in three of Syria's 14 governorates.") == []


def test_fixb_a_single_abstention_is_a_vote_s_tally():
    assert _fixb_figures("The motion passed by 11 votes to 2, with 1 abstention.") == []


def test_fixb_a_french_street_address_is_no_figure():
    assert _fixb_figures("The shelter moved to 17 avenue de la Mer in Calais.") == []


def test_fixb_an_argument_s_own_commitments_are_no_figure():
    assert _fixb_figures("The government should come to the summit with four commitments.") == []


def test_fixb_a_vague_plural_in_an_idiom_of_complaint_is_no_figure():
    assert _fixb_figures("All we hear is thousands this, thousands that.") == []


def test_fixb_a_sample_told_by_whose_interviews_or_as_a_second_group_is_no_figure():
    assert _fixb_figures("Interviews by our reporters with 33 drivers suggest bribes are common.") == []
    assert _fixb_figures("The study draws on interviews with 40 migrants and 12 lawyers in Calais.") == []


def test_fixb_the_people_a_line_is_staffed_by_are_counted():
    assert _fixb_figures("The new helpline will be staffed by 18 Arabic-speaking officers.") == [18]


def test_fixb_a_number_in_a_name_before_its_possessive_is_no_figure():
    assert _fixb_figures("Ahmed Karimi, who leads Refuge 21's team in Calais, said the tents were back.") == []


def test_fixb_a_count_out_of_a_base_told_first_is_a_figure():
    assert _fixb_figures("Of the 60 men the charity met in Dunkirk, only seven had heard of the campaign.") == [60, 7]


def test_fixb_an_exchange_rate_told_before_its_number_is_no_figure_nor_money():
    text = "In the market, dollars trade at about 1,480 dinars, above the official rate of 1,310."
    assert _fixb_figures(text) == []
    assert proposed(text, "funding", "2026-03-01") == []


def test_fixb_an_instrument_s_kind_as_an_adjective_is_no_agreement():
    assert proposed("The next government should put the pact on a treaty footing.", "agreements") == []
    assert [c["instrument_type"] for c in proposed("The two ministers signed a treaty on returns in May.", "agreements")] == ["treaty"]


def test_fixd_a_fund_for_returnees_is_their_reintegration():
    text = "The provincial council has set aside 2 billion dinars for a fund for returnees in Duhok."
    assert [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures")] == [
        ("reintegration", "fund for returnees in Duhok")]


def test_fixd_an_emergency_line_told_by_what_it_finds_and_named_after_its_number_is_a_hotline_of_its_own():
    text = ("A charity runs a helpline for families of missing migrants, on 0800 321 654. "
            "Those sleeping rough were told to ring 119, the council's emergency housing line.")
    assert [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures")] == [
        ("hotline", "helpline for families of missing migrants"), ("hotline", "emergency housing line")]


def test_fixd_a_named_body_set_up_with_an_indefinite_article_is_a_new_body():
    text = "The cabinet agreed to establish a Directorate for Border Investigations under the interior ministry."
    assert [c["measure_type"] for c in proposed(text, "measures")] == ["new_body"]
    text = "The minister praised the officers of the Directorate for Border Investigations, established in 2019."
    assert [c for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == []


def test_fixd_details_passed_to_the_other_sides_ministry_in_the_passive_are_intelligence_shared():
    text = "The driver's phone records were passed to the Kurdish Interior Ministry on Friday, a spokesman said."
    assert [c["measure_type"] for c in proposed(text, "measures")] == ["intelligence_sharing"]


def test_fixd_a_system_told_made_by_a_relative_clause_without_that_is_a_measure():
    text = "The agency said most of the leads came from a records platform it set up with the Kurdish police last year."
    assert [c["measure_type"] for c in proposed(text, "measures")] == ["data_system"]
    text = "The smugglers used a network they developed over years."
    assert [c for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == []


def test_fixc_an_arrest_at_the_scene_takes_the_day_of_the_incident_told_paragraphs_before():
    text = ("Officers stopped a van carrying nine people on the M20 near Ashford on Friday, 6 March.\n\n"
            "Two of them were treated for dehydration.\n\n"
            "The driver, aged 29, was arrested at the scene. A second man was arrested in Folkestone later the same day.")
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-03-09")] == [
        ("arrest", "2026-03-06"), ("arrest", "2026-03-06")]


def test_fixc_a_remand_of_people_told_in_six_words_is_a_ruling():
    text = "On Monday a magistrate in Ghent remanded four of the Iraqi drivers in custody."
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-05-06")] == [("court_ruling", "2026-05-04")]


def test_fixc_visitors_hosted_at_a_dated_conference_are_one_meeting_on_its_day():
    text = ("Police will also train 30 officers in Ghent this summer, and the minister will host Iraqi officials at a "
            "conference on border finance in Ghent on 9 June.")
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-05-06")] == [
        ("planned_meeting", "2026-06-09", "planned")]


def test_fixc_a_share_of_the_people_arrested_is_no_arrest_of_its_own():
    text = "Officers arrested 20 people on Monday. Six of those arrested were detained in Liege, including a lawyer."
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-05-06")] == [("arrest", "2026-05-04")]


def test_fixc_a_briefing_published_today_is_a_publication():
    text = "The Refugee Council today publishes a briefing on young Iraqis crossing the Channel."
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-05-06")] == [("publication", "2026-05-06")]


def test_fixc_people_who_fly_somewhere_as_a_habit_make_no_visit():
    text = "Those who still want to go take a bus to Erbil and fly to Ankara."
    assert proposed(text, "events", "2026-05-06") == []


def test_fixc_a_decision_told_by_its_infinitive_item_is_planned():
    text = ("The committee took the following decisions:\n\n"
            "1. To publish a monthly review of returns, the first of which will appear in September 2026.\n")
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-05-06")] == [
        ("publication", "2026-09", "planned")]


def test_fixc_a_visit_named_by_its_visitor_and_dated_right_after_is_a_visit():
    text = "The secretary's visit next week will look at the returns desk."
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-05-06")] == [
        ("visit", "2026-05-11/2026-05-17", "planned")]


def test_fixc_a_visit_to_a_family_told_by_its_week_is_a_visit():
    text = "The governor is due to visit the family in Zakho next week."
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-05-06")] == [
        ("visit", "2026-05-11/2026-05-17", "planned")]


def test_fixc_talks_begun_are_a_meeting():
    text = "The two ministers began talks at the foreign ministry in Amman on Tuesday."
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-05-06")] == [("meeting", "2026-05-05")]


def test_fixc_a_signing_named_only_to_date_a_quote_after_a_determiner_is_background():
    text = 'She said: "A year after this deal was signed, nothing has changed."'
    assert proposed(text, "events", "2026-05-06") == []


def test_fixc_a_press_conference_where_someone_spoke_beside_another_is_no_event():
    text = "Speaking alongside Jordan's interior minister, Ahmed Saleh, at a press conference in Amman, the minister said the plan would work."
    assert [c for c in proposed(text, "events", "2026-05-06") if c["event_type"] == "press_conference"] == []


def test_fixc_a_meeting_in_the_present_with_its_day_is_planned():
    text = "The steering group meets in Rome on 3 June, and ministers will attend."
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-05-06")] == [
        ("planned_meeting", "2026-06-03", "planned")]


def test_fixc_a_conviction_named_at_its_court_with_its_month_is_a_ruling():
    text = "The unit's work led to the conviction at Southwark Crown Court in March of a money launderer."
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-05-06")] == [("court_ruling", "2026-03")]


def test_fixc_minutes_of_a_meeting_held_on_a_day_are_a_meeting():
    text = "MINUTES of a meeting held at County Hall, Lewes on Tuesday, 14 April 2026 at 2.00 pm."
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-05-06")] == [("meeting", "2026-04-14")]
    assert proposed("RESOLVED that the minutes be signed as a correct record.", "events", "2026-05-06") == []


def test_fixc_a_panel_to_be_briefed_on_a_day_is_a_planned_meeting():
    text = "The superintendent would brief the Police and Crime Panel on 12 June."
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-05-06")] == [
        ("planned_meeting", "2026-06-12", "planned")]


def test_fixc_arrests_counted_under_a_since_clause_are_a_tally():
    text = "Since the protocol was signed in Amman in March last year, our officers have arrested 140 suspects."
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-05-06")] == [("signing", "2025-03")]


def test_fixc_a_source_who_meets_the_writer_is_no_meeting():
    assert proposed("The driver meets me in a cafe near the bus station in Duhok.", "events", "2026-05-06") == []


def test_fixc_the_visit_a_live_blog_covers_is_no_event_of_its_own():
    text = "Welcome to our live coverage of the Foreign Secretary's visit to Jordan."
    assert proposed(text, "events", "2026-05-06") == []


def test_a_number_in_a_name_told_again_unmarked_is_no_figure():
    text = ("Staff of Refuge 21's day centre counted 40 people sleeping outside. "
            "Refuge 21 runs a night line for families in the camps.")
    assert [c["value"] for c in proposed(text, "statistics")] == [40]
    # with no mention marking it a name, the number is counted
    assert [c["value"] for c in proposed("Refuge 21 were found in a lorry on Monday.", "statistics")] == [21]


def test_a_radio_station_s_frequency_is_no_figure():
    assert proposed("Radio Kawa 97.4 FM — The Morning Show\n\nThe host said 30 boats had crossed.", "statistics")[0]["value"] == 30
    assert [c["value"] for c in proposed("Tees Talk 101.8 — Drive with Amy Cole\n\nAMY: Good evening.", "statistics")] == []
    # a decimal that is a rate stays a figure
    assert [c["value"] for c in proposed("Arrests rose to 14.5 per month.", "statistics")] == [14.5]


def test_fixa2_a_phone_in_labelled_in_capitals_gives_each_turn_to_its_speaker():
    text = ("Valley Radio — Drive with Owen Pritchard\n\n"
            "OWEN PRITCHARD: Good afternoon. Today we ask whether the returns scheme works. With me is Lucy Danes of the Home Office.\n\n"
            "LUCY DANES: Thanks, Owen. The scheme has sent home more families than any before it.\n\n"
            "OWEN PRITCHARD: First on the line is Dilan in Rotherham.\n\n"
            "DILAN (Rotherham): My brother went back last spring and found no work.\n\n"
            "LUCY DANES: I am sorry to hear that. The grants are meant to help.")
    found = [(c["speaker"], c["text_text"][:20]) for c in proposed(text, "statements")]
    assert found == [("Owen Pritchard", "Good afternoon. Toda"), ("Lucy Danes", "Thanks, Owen. The sc"),
                     ("Owen Pritchard", "First on the line is"), ("Dilan", "My brother went back"),
                     ("Lucy Danes", "I am sorry to hear t")], found


def test_fixa2_a_capitals_interview_closing_with_thanks_gives_whole_answers_to_the_guest():
    text = ("The border chief on the British pact\n\n"
            "NAZ OMER: Colonel Baran Salih Rashid, you command the border guards in Duhok. What has changed?\n\n"
            "BARAN RASHID: Thank you. We now share lists with the British every week.\n\n"
            "And the crossings have fallen.\n\n"
            "NAZ OMER: Will more money come?\n\n"
            "BARAN RASHID: We hope so. Training costs more each year.\n\n"
            "NAZ OMER: Colonel Rashid, thank you.\n\n"
            "BARAN RASHID: Thank you.")
    found = [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")]
    assert found == [("Baran Salih Rashid", "Thank you. We now share lists with the British every week.\n\n"
                                            "And the crossings have fallen."),
                     ("Baran Salih Rashid", "We hope so. Training costs more each year."),
                     ("Baran Salih Rashid", "Thank you.")], found


def test_fixa2_a_name_addressed_before_you_takes_no_clause_for_its_role():
    text = "Brigadier General Karwan Ali Mustafa, you head the Interior Ministry's Directorate of Border Crossings in Zakho. Has anything changed?"
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Karwan Ali Mustafa", "Brigadier General")], found


def test_fixa3_our_post_in_a_charity_own_briefing_is_no_office():
    text = ("Update | The Meadow Hope Fund | Leeds, Monday 3 March 2025\n\n"
            "The Meadow Hope Fund today warns that more children are crossing alone. Our director, Clara Benton, said the "
            "figures were alarming. The Home Office minister, Alan Royce, disagreed.\n\n"
            "The Meadow Hope Fund is a registered charity.")
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Alan Royce", "Home Office minister")], found


def test_fixa3_our_post_in_a_police_release_stays_an_office():
    text = ("Press release | Kent Police\n\n"
            "Our Chief Constable, Clara Benton, said the arrests followed months of work. "
            "She thanked the charity Safe Harbour Trust for its help.")
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Clara Benton", "Chief Constable")], found


def test_fixa3_a_name_with_its_own_private_post_is_not_the_title_before_it():
    text = ("At the request of the Governor, Mr Karim Aziz Salih, chair of the Zakho Families Association, "
            "spoke to the council about the missing men.")
    assert proposed(text, "officials") == []


def test_fixa3_people_is_no_surname_in_a_portfolio():
    text = "PRESENT: Helen Marsh, Director of Adults, Older People and Health; and Inspector Tom Reyes, Essex Police."
    names = [c["name"] for c in proposed(text, "officials")]
    assert "Older People" not in names and "Tom Reyes" in names, names


def test_fixa3_a_village_mukhtar_holds_a_public_post():
    text = "Nine young men have left since the spring, said the village mukhtar, Salar Omer Rasul, who keeps a list."
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Salar Omer Rasul", "village mukhtar")], found


def test_fixa3_mukhtar_capitalised_is_a_forename_not_a_title():
    text = "Mukhtar Ahmed Salih, a farmer, sold his land to pay for the journey."
    assert proposed(text, "officials") == []


def test_fixa3_a_name_after_a_post_for_a_title_holds_that_title():
    text = "Joining us is Tom Hale, press secretary to the Immigration Minister, Sara Quinn."
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Tom Hale", "press secretary to the Immigration Minister"), ("Sara Quinn", "Immigration Minister")], found


def test_fixa3_a_quoted_question_under_a_label_and_a_cited_title_are_no_statements():
    text = ("Northgate FM\n\n"
            "Late debate: \"Are the new returns flights working?\"\n\n"
            "The flights resumed in May.\n\n"
            "Sources\n"
            "[2] Home Office, \"Returns to Iraq: a review of the first year\", 4 May 2025, p. 9.")
    assert proposed(text, "statements") == []


def test_fixa3_his_wife_after_a_quotation_is_the_one_he_married():
    text = ("Born in Zakho, Aram joined the police in 2010. He married Shilan, a nurse, in 2015; they have two sons.\n\n"
            "\"He loved his work more than anything,\" his wife said at their home.")
    found = [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")]
    assert found == [("Shilan", "He loved his work more than anything")], found


def test_fixb_an_explainer_s_numbered_label_or_a_bold_list_mark_is_no_figure():
    assert _fixb_figures("Myth 3: Returns flights leave every week.\nFact 2: They leave once a month.") == []
    assert _fixb_figures("**4. Patrols.** Police in Erbil arrested 17 suspected smugglers.") == [17]


def test_fixb_a_judgment_s_paragraphs_and_a_ship_s_berth_are_labels():
    assert _fixb_figures("The judge allowed the appeal (paras 12 to 15) and ordered a rehearing.") == []
    assert _fixb_figures("The tanker docked at berth 7 before dawn.") == []


def test_fixb_an_age_then_or_of_about_or_signing_a_comment_is_no_figure():
    assert _fixb_figures("Dara, then 19, reached Calais in a lorry.") == []
    assert _fixb_figures("A girl of about 12 was found in the back of the van.") == []
    assert _fixb_figures("\"The hotel should close.\" — MarshRoad_Dave, 52\n\"It should stay.\" — Jo K, 33") == []


def test_fixb_seconds_counts_of_charges_and_a_house_number_on_a_gate_are_no_figures():
    assert _fixb_figures("The scanner reads a passport in four seconds.") == []
    assert _fixb_figures("He admitted three counts of assisting unlawful immigration.") == []
    assert _fixb_figures("Write to the consulate at 18 Prince's Gate, London.") == []


def test_fixb_what_a_corrections_column_says_the_article_told_is_withdrawn():
    text = ("Corrections\n\nThe report about the new patrols also misspelt a name. The article also said 950 people "
            "had been returned; the correct figure is 870. A photo caption with the same article gave the age of a "
            "returnee as 16.")
    assert _fixb_figures(text) == [870]
    assert _fixb_figures("The article also said 950 people had been returned.") == [950]  # no corrections column


def _fixd_measures(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures") if c["measure_type"] != "TODO"]


def test_fixd_charter_flights_landed_on_with_their_operator_named():
    found = _fixd_measures("Most of them landed at Erbil airport on Home Office charter flights; 200 chose to go back on their own.")
    assert [k for k, _ in found] == ["returns"], found


def test_fixd_charter_flights_to_iraq_after_people_returned():
    text = ("Last year 1,200 Iraqis were returned from Britain. Four charter flights to Baghdad carried 150 of them; "
            "the next charter flight is due in June.")
    assert [k for k, _ in _fixd_measures(text)] == ["returns", "returns"], _fixd_measures(text)
    assert _fixd_measures("Tourists filled four charter flights to Erbil for the festival.") == []


def test_fixd_a_returns_scheme_named_with_capitals():
    found = _fixd_measures("Returnees under the Assisted Departure Scheme and the Returns Programme get advice.")
    assert [k for k, _ in found] == ["returns"], found


def test_fixd_information_shared_by_an_agency_acted_on():
    found = _fixd_measures("Police in Zakho arrested four men, acting on information shared by Britain's National Crime Agency.")
    assert found == [("intelligence_sharing", "information shared by Britain's National Crime Agency")], found


def test_fixd_a_campaign_told_paid_for_in_its_own_words():
    found = _fixd_measures("Some pupils appeared in a video for a Foreign Office-funded campaign, shot in Duhok.")
    assert [k for k, _ in found] == ["communications_campaign"], found


def test_fixd_a_shared_database_is_a_data_system():
    found = _fixd_measures("The grant pays for scanners at the border, and a shared database so officers can check a passport.")
    assert "data_system" in [k for k, _ in found], found


def test_fixd_a_written_question_asks_the_answer_tells():
    text = ("To ask His Majesty's Government what support they give to the helpline for trafficking victims in Erbil.\n\n"
            "The free helpline, 1234, is run by the directorate with UK funding.")
    assert _fixd_measures(text) == [("hotline", "The free helpline")], _fixd_measures(text)


def test_fixd_a_system_switched_on():
    found = _fixd_measures("The ministry on Monday switched on an electronic border system linking 30 crossings.")
    assert [k for k, _ in found] == ["data_system"], found


def test_fixd_equipment_handed_over_in_a_relative_clause():
    found = _fixd_measures("The raid used one of three cargo scanners that Britain handed over to the port in May.")
    assert [k for k, _ in found] == ["equipment"], found
    assert _fixd_measures("The raid found two boats that the smugglers bought in Turkey.") == []


def test_fixd_a_charity_calling_for_a_fund_proposes_it():
    assert [c for c in proposed("The charity is calling for a dedicated fund for victims within the pact.", "measures")] == []


def test_fixd_boats_stopped_are_no_equipment():
    text = "Security Minister Tom Reed said the funding was \"about stopping the boats before they leave Zakho\"."
    assert _fixd_measures(text) == []


def test_fixe_a_sentence_after_a_quotation_introduced_by_a_colon_is_no_attribution():
    text = ("Judge Helen Dray told the defendant: \"You put a child in a locked van for nine hours.\" "
            "His solicitor, Mark Penrose, said the van had been ventilated.")
    found = [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")]
    assert ("Helen Dray", "You put a child in a locked van for nine hours.") in found, found


def test_fixe_a_peer_with_a_post_and_its_department_in_brackets_is_an_official():
    text = "Answered on 4 May 2026 by Lord Fenwick, Minister of State (Foreign Office)\n\nThe embassy reopened in April."
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Lord Fenwick", "Minister of State")], found


def test_fixe_the_head_of_a_body_named_by_its_possessive_keeps_the_body():
    text = "The agency's head, Colonel Dilan Rashid, said the checkpoint would reopen on Friday."
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Dilan Rashid", "agency's head")], found


def test_fixe_the_portfolio_before_a_capitalised_title_is_no_speaker():
    text = ("The review came out in June. Its author, Dr Omar Haddad, a former Independent Prisons Commissioner, called the plan "
            "\"a start, not a solution\".")
    found = [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")]
    assert found == [("Omar Haddad", "a start, not a solution")], found


def test_fixe_someone_unnamed_inside_a_quotation_does_not_block_the_pronoun():
    text = ("\"Rents rise every month,\" said Nora Quayle, the union's organiser. \"Nobody is spared. A cleaner on "
            "the minimum wage cannot keep up.\"\n\n"
            "She added that tenants had been offered grants of £400 (about $500), \"which barely covers one month's deposit\".")
    found = [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")]
    assert ("Nora Quayle", "which barely covers one month's deposit") in found, found


def test_fixe_a_comment_credited_after_a_dash_on_its_line_is_its_author():
    text = ("Your views\n\n"
            "\"The bus station has been shut for a year. Nobody listens to us.\" — Gail_R, 64, Westfield\n\n"
            "\"I moved here for work and stayed for the people.\" — Tariq Mann, 29\n")
    found = [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")]
    assert found == [("Gail_R", "The bus station has been shut for a year. Nobody listens to us."),
                     ("Tariq Mann", "I moved here for work and stayed for the people.")], found


def test_fixa_an_interview_under_a_capitals_rubric_answers_in_plain_paragraphs():
    text = ("THE INTERVIEW\n\n"
            "Inspector Mark Dunn leads the port's anti-smuggling team. He spoke about his first year.\n\n"
            "What has changed since the pact?\n\n"
            "We now send a name to Erbil and get an answer the same day.\n\n"
            "Before, the lists were theirs and ours, and nobody compared them.\n\n"
            "Who pays for the scanners?\n\n"
            "The Home Office paid for the scanners and the database links to ours.\n\n"
            "Do the gangs adapt?\n\n"
            "All the time. I see new routes every month.\n\n"
            "What is your message to families?\n\n"
            "Don't. The price you are told is never the price you pay.")
    found = [(c["speaker"], c["text_text"][:30]) for c in proposed(text, "statements")]
    assert found == [("Mark Dunn", "We now send a name to Erbil an"), ("Mark Dunn", "The Home Office paid for the s"),
                     ("Mark Dunn", "All the time. I see new routes"), ("Mark Dunn", "Don't. The price you are told ")], found
    assert proposed(text, "statements")[0]["text_text"].endswith("nobody compared them.")


def test_fixa_a_lowercase_captain_before_a_name_is_no_officer():
    text = "The visitors levelled before half-time, and captain Hemin Aziz, 22, scored the winner from a corner."
    assert proposed(text, "officials") == []


def test_fixa_his_excellency_is_worn_with_the_title_not_part_of_it():
    text = "The reception was opened by His Excellency Ambassador Karim Hadi Salman at the embassy in Kensington."
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Karim Hadi Salman", "Ambassador")], found


def test_fixa_a_sports_position_opening_a_sentence_is_no_forename():
    text = ("Goalkeeper Dana Karim, 20, saved a penalty, and coach Lisa Hart, 44, watched from the bench.\n\n"
            "Dana fled Mosul with her mother in 2019. \"I never thought I would play again,\" she said.")
    found = [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")]
    assert found == [("Dana Karim", "I never thought I would play again")], found


def test_fixa_words_said_to_have_been_spoken_by_someone_are_theirs():
    text = ("A quotation last week was wrongly attributed. The words \"no border is closed to a determined gang\" were spoken "
            "by Colonel Aram Jalal Faraj at a briefing in Duhok.")
    found = [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")]
    assert found == [("Aram Jalal Faraj", "no border is closed to a determined gang")], found


def test_fixa_a_headed_title_and_its_translation_are_no_statements():
    text = ("The ministry's notice, headed \"تعليمات جديدة لمكاتب الحوالة\" (\"New instructions for hawala offices from "
            "the first of the month\"), set out the rules.")
    assert proposed(text, "statements") == []


def test_fixc_verdicts_handed_down_and_a_decision_handed_down_are_rulings():
    found = [(c["event_type"], c["date"]) for c in proposed("The Erbil Criminal Court handed down the verdicts on Monday after a two-day trial.",
                                                            "events", "2026-03-12")]
    assert found == [("court_ruling", "2026-03-09")], found
    found = [(c["event_type"], c["date"]) for c in proposed("The tribunal allowed the appeal in a decision handed down on Friday.",
                                                            "events", "2026-03-12")]
    assert found == [("court_ruling", "2026-03-06")], found


def test_fixc_a_court_s_confiscation_order_is_a_ruling():
    found = [c["event_type"] for c in proposed("The judge also ordered the confiscation of $300,000 held by the men.", "events")]
    assert found == ["court_ruling"], found


def test_fixc_a_jailed_driver_is_no_ruling():
    assert proposed("Smugglers simply replace a jailed driver, she said.", "events") == []


def test_fixc_an_offence_s_date_in_a_clause_under_the_ruling_is_not_the_ruling_s():
    text = "A court in Erbil has sentenced three men to prison terms for running a network that moved migrants to Belgium in August 2023."
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-03-12")]
    assert found == [("court_ruling", None)], found


def test_fixc_a_remand_and_an_order_to_pay_at_a_court_named_are_rulings():
    found = [(c["event_type"], c["date"]) for c in proposed("Two men were remanded in custody by Dover Magistrates' Court on Tuesday.",
                                                            "events", "2026-03-12")]
    assert found == [("court_ruling", "2026-03-10")], found
    found = [(c["event_type"], c["date"]) for c in proposed("A haulier was ordered at Canterbury Crown Court yesterday to pay back £40,000.",
                                                            "events", "2026-03-12")]
    assert found == [("court_ruling", "2026-03-11")], found


def test_fixc_a_case_listed_to_be_heard_is_a_planned_hearing():
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed("An appeal is listed to be heard on 3 November.", "events", "2026-07-10")]
    assert found == [("court_ruling", "2026-11-03", "planned")], found


def test_fixc_a_policy_note_published_is_a_publication():
    text = "The Home Office's revised country policy note on Syria, published in May, will need updating."
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-07-10")]
    assert found == [("publication", "2026-05")], found


def test_fixc_a_judge_s_detention_order_with_an_aside_is_a_ruling():
    text = "A judge in Basel on Friday ordered the main suspect, a 39-year-old Turkish national, held in pre-trial detention."
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-07-14")]
    assert found == [("court_ruling", "2026-07-10")], found


def test_fixc_a_committee_taking_evidence_on_a_day_to_come_is_planned():
    text = "The Public Accounts Committee takes evidence on the scheme on 20 July."
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-07-10")]
    assert found == [("planned_meeting", "2026-07-20", "planned")], found


def test_fixc_a_visitor_coming_to_a_place_is_a_planned_visit():
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed("The envoy is coming to Leeds in September.", "events", "2026-07-10")]
    assert found == [("visit", "2026-09", "planned")], found
    assert proposed("The envoy is coming to Leeds because of the storms.", "events", "2026-07-10") == []


def test_fixc_goods_arrived_are_no_visit():
    assert proposed("The shipment, numbered ABC 123, arrived on Monday aboard a cargo ship.", "events", "2026-07-10") == []
    assert proposed("Police said the boat arrived in Dover on Monday.", "events", "2026-07-10") == []


def test_fixc_a_visit_that_took_place_is_a_visit():
    text = "His visit, his second to the region as envoy, took place on 3 and 4 June."
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-07-10")]
    assert found == [("visit", "2026-06-03/2026-06-04")], found


def test_fixc_travel_as_a_noun_is_no_visit():
    assert proposed("The club relies on minibus travel to away games.", "events", "2026-07-10") == []


def test_fixc_a_meeting_named_with_two_words_before_it_is_a_meeting():
    text = "The motion passed by 20 votes to 9 at a full council meeting on Tuesday night."
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2025-10-20")]
    assert found == [("meeting", "2025-10-14")], found


def test_fixc_a_briefing_for_mps_is_a_meeting_but_not_one_only_spoken_at():
    text = "She will present the findings to MPs at a briefing in Westminster on 12 July."
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-07-01")]
    assert found == [("planned_meeting", "2026-07-12")], found
    assert proposed("A spokesman told reporters at a briefing in Baghdad on Monday that the talks had ended.", "events", "2026-07-01") == []


def test_fixc_a_stay_at_a_place_told_with_its_month_is_a_visit():
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed("I was in Basra in March for three days with the customs service.",
                                                                         "events", "2026-07-01")]
    assert found == [("visit", "2026-03", "occurred")], found
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed("The Foreign Secretary will be in Amman in September for the next round of talks.",
                                                                         "events", "2026-07-01")]
    assert found == [("visit", "2026-09", "planned")], found
    assert proposed("He was in Iraq in 2003 as a soldier.", "events", "2026-07-01") == []
    assert proposed("The boat was in Calais on Monday.", "events", "2026-07-01") == []


def _fixb2_figures(text: str) -> list:
    return [(c["value"], c["qualifier"]) for c in proposed(text, "statistics", "2026-03-01")]


def test_fixb2_a_year_in_arabic_indic_digits_is_no_figure():
    assert _fixb2_figures("The men were first charged in ٢٠٢٣ in Erbil.") == []
    assert _fixb2_figures("They were tried in case number ٥/ج/٢٠٢٤ at the court.") == []


def test_fixb2_months_in_arabic_are_a_duration_no_figure():
    assert _fixb2_figures("The unit said: \"عملت الشبكة لمدة ٩ أشهر\" before the arrests.") == []
    assert _fixb2_figures("The judge said: \"سُجن لمدة ١٢ شهراً\" in a statement.") == []


def test_fixb2_years_in_arabic_or_an_age_in_kurdish_is_no_figure():
    assert _fixb2_figures("The court said: \"حكم عليه بالسجن ٧ سنوات\" on Monday.") == []
    assert _fixb2_figures("\"کچەکەم ١٦ ساڵی بوو\" (My daughter was 16), she said.") == []


def test_fixb2_at_least_written_after_an_arabic_count_is_its_qualifier():
    assert _fixb2_figures("The police said: \"أوقفت الشرطة ٣٥ شخصاً على الأقل\" at the border.") == [(35, "at_least")]


def test_fixb2_a_bare_franc_is_money_swiss_when_the_article_names_switzerland():
    def funding(text):
        return [(c["amount"], c["currency"], c["amount_basis"]) for c in proposed(text, "funding")]
    text = "Geneva prosecutors froze CHF 2.4 million and customs officers seized 800,000 francs at the airport."
    assert funding(text) == [(2_400_000, "CHF", "stated"), (800_000, "CHF", "currency_from_article")]
    assert _fixb2_figures(text) == []
    assert funding("A court in Lomé ordered 800,000 francs paid to the family.") == [(800_000, None, "currency_from_article")]


def test_fixb2_millions_laundered_or_embezzled_are_money_no_figure():
    assert _fixb2_figures("Two currency dealers in Basra laundered millions for the smuggling gangs.") == [(2, None)]
    assert _fixb2_figures("The clerk had embezzled thousands from the port authority.") == []
    assert _fixb2_figures("The network moved thousands of migrants through Turkey.") == [(2000, "at_least")]  # people: a count


def test_fixb2_a_sum_refused_after_not_or_in_a_cited_headline_is_no_funding():
    def amounts(text):
        return [c["amount"] for c in proposed(text, "funding")]
    assert amounts("Britain has given $8 million to the programme, not $12 million as first reported.") == [8_000_000]
    assert amounts("A report on the new camps (Britain pays £6m for Erbil camps, 12 March, page 9) misnamed the town.") == []
    assert amounts("Britain pays £6m (about $7.6m) for camps in Erbil, officials said on 12 March.") == [6_000_000]
    assert _fixb2_figures("Britain has given $8 million to the programme, not $12 million as first reported.") == []


def test_fixd_a_table_row_names_a_measure_under_its_caption():
    text = ("Britain set out what it paid for this year.\n\n"
            "Table 2: work funded by the UK in 2026\n\n"
            "Item | Partner | Cost\n"
            "Night-vision goggles and drones for the Syrian border | Border Ports Commission | £900,000\n"
            "Forged-passport course for 60 airport officers | Border Force | £120,000\n"
            "Total | | £1,020,000\n")
    assert _fixd_measures(text) == [("equipment", "Night-vision goggles and drones for the Syrian border"),
                                    ("training", "course for 60 airport officers")]
    # a byline's cells are one line alone, a heading still
    assert _fixd_measures("Training for police | Erbil | 3 May\n\nThe minister spoke in Erbil on Monday.") == []


def test_fixd_returns_told_by_their_pace_give_way_to_the_returns_process_named_after():
    text = ("The two interior ministries agreed to speed up the return of migrants with no right to stay. "
            "Under the deal, a faster removal process will start in May for Iraqis whose claims fail.")
    assert _fixd_measures(text) == [("returns", "faster removal process will start in May for Iraqis whose claims fail")]
    # ... and to no other returns named after them
    text = "The ministers agreed to speed up the return of failed asylum seekers. Deportations to Iraq must be humane, a charity said."
    assert _fixd_measures(text) == [("returns", "speed up the return of failed asylum seekers")]


def test_fixd_officers_who_have_been_through_courses_are_trained():
    text = "Since March, about 400 Kurdish customs officers have been through courses taught by Border Force."
    assert _fixd_measures(text) == [("training", "been through courses taught by Border Force")]


def test_fixd_a_joint_cell_named_short_where_it_stands_is_the_joint_intelligence_cell():
    text = "The arrests followed a tip shared through the joint cell in Sulaimani, police said."
    assert _fixd_measures(text) == [("joint_intelligence_cell", "joint cell in Sulaimani")]
    # ... only where it stands in Iraq: elsewhere "joint cell" may be anything
    assert "joint_intelligence_cell" not in [k for k, _ in _fixd_measures("The two men shared a joint cell in Wandsworth.")]


def _fixb4_figures(text: str) -> list[tuple[str, object, object]]:
    return [(c["value_text"], c["value"], c["qualifier"]) for c in proposed(text, "statistics")]


def test_fixb_a_vote_s_or_jury_s_split_is_no_figure():
    assert _fixb4_figures("The motion on border policing passed with 310 votes in favour, 45 against and 12 abstentions.") == []
    assert _fixb4_figures("The planning board backed the hostel by a vote of seven to four after a long night.") == []
    assert _fixb4_figures("A jury at Leeds Crown Court convicted the driver by a majority of 11 to 1.") == []
    assert _fixb4_figures("A majority of 300 migrants came from Iraq.") == [("300", 300, None)]  # people counted


def test_fixb_a_fact_check_s_claim_number_is_a_label():
    assert _fixb4_figures("Claim 4: Deportations rose\n\nThe minister said so on the radio.") == []


def test_fixb_a_phone_number_s_first_digits_are_no_figure():
    assert _fixb4_figures("She rang a Dutch mobile number beginning +31 612 and left a message.") == []
    assert _fixb4_figures("The caller used a number starting 0750 and hung up.") == []


def test_fixb_a_change_told_as_a_share_is_a_ratio():
    assert _fixb4_figures("Border data show arrivals of Syrian nationals fell by about a fifth in 2024.") == [
        ("about a fifth", 0.2, "about")]
    # (after a count of two, four or nine a share is no ordinal when a change is told by it)
    assert [t for t, _, _ in _fixb4_figures("Four raids took place; arrests fell by a fifth.")] == ["Four", "a fifth"]
    assert _fixb4_figures("The shelter's budget was cut by half last year.") == []
    assert _fixb4_figures("The complaint was passed on by a third party.") == []


def test_fixb_dh_is_the_uae_dirham():
    found = [(c["amount"], c["currency"]) for c in proposed("A Dubai court fined the travel agency Dh250,000 last week.", "funding")]
    assert found == [(250_000, "AED")]
    assert _fixb4_figures("A Dubai court fined the travel agency Dh250,000 last week.") == []


def test_fixb_a_treaty_cited_by_its_article_is_no_agreement():
    def titles(text):
        return [c["title"] for c in proposed(text, "agreements")]
    assert titles("The court cited Section 3 of the Treaty on European Union in its ruling.") == []
    assert titles("The two governments signed the Treaty of Friendship in London on Monday.") == ["Treaty of Friendship"]
    # the instrument itself, quoted by its clause, is kept
    assert titles("Clause 2 of the joint statement covers returns.") == ["joint statement"]


def test_a_score_kept_in_a_list_after_score_is_no_figure():
    text = "The verdict, for anyone counting: a draw. Final score: the minister 3, her shadow 2, the families 0."
    assert proposed(text, "statistics") == []
    # a count after the list's colon with its noun is still counted
    assert [c["value"] for c in proposed("The score so far: 14 boats stopped in a week.", "statistics")] == [14]


def _fixc_events(text, reference="2026-05-20"):
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference)]


def test_fixc_a_sentence_opening_at_its_own_meeting_is_that_meeting():
    assert _fixc_events("At their meeting in Vienna on Monday, the interior ministers endorsed a common list of safe routes.") == [
        ("meeting", "2026-05-18", "occurred")]
    assert _fixc_events("At the meeting, the interior ministers endorsed a common list of safe routes.") == []  # the one told before


def test_fixc_a_committee_hearing_told_by_its_day_is_a_meeting():
    assert _fixc_events("At an inquiry hearing on 12 February, the port's director told members that the scanners were idle.") == [
        ("meeting", "2026-02-12", "occurred")]
    assert _fixc_events("At an inquiry hearing, the port's director told members that the scanners were idle.") == []


def test_fixc_people_convicted_at_the_old_bailey_are_one_verdict_not_a_count():
    assert _fixc_events("Two brothers have been convicted at the Old Bailey of laundering smugglers' money.") == [
        ("court_ruling", None, "occurred")]


def test_fixc_a_jury_that_returned_its_verdicts_on_a_day_made_a_ruling():
    assert _fixc_events("After a five-week trial, the jurors returned their verdicts on Monday.") == [
        ("court_ruling", "2026-05-18", "occurred")]
    assert _fixc_events("The inquiry returned its findings to the minister.") == []


def test_fixc_sentencing_adjourned_to_a_day_is_a_planned_ruling_and_leaves_the_verb_before_its_day():
    assert _fixc_events("The recorder bailed the driver on Tuesday and adjourned the hearing until 3 July.") == [
        ("court_ruling", "2026-07-03", "planned")]
    assert _fixc_events("The judge remanded both men in custody on Tuesday and adjourned sentencing to 3 July.") == [
        ("court_ruling", "2026-05-19", "occurred"), ("court_ruling", "2026-07-03", "planned")]


def test_fixc_a_standard_met_is_no_meeting():
    assert _fixc_events("The magistrate found that the application met the statutory requirements of the act.") == []
    assert _fixc_events("The minister met the governor of Duhok on Monday.") == [("meeting", "2026-05-18", "occurred")]


def test_fixc_the_officers_i_met_are_people_described_by_a_meeting():
    assert _fixc_events("When we toured Basra in April, the guards we met were short of scanners.") == [
        ("visit", "2026-04", "occurred")]


def test_fixc_a_paper_to_be_published_with_its_month_is_a_planned_publication():
    assert _fixc_events("The institute will publish a working paper on reintegration in September.") == [
        ("publication", "2026-09", "planned")]


def test_fixc_a_date_opening_the_clause_after_and_is_that_clause_s_not_the_verb_s():
    assert _fixc_events("Kurdish police have detained 90 suspects since the deal was signed, and on 2 May the Asayish "
                        "arrested nine men in Ranya.") == [("arrest", "2026-05-02", "occurred")]


def test_fixa_a_forename_label_in_capitals_stands_for_the_full_name_given_before():
    text = ("Nadia Brook and Karwan Tahir host the show this week.\n\n"
            "NADIA: Welcome back. Today we look at the new returns flights.\n\n"
            "KARWAN: Thanks. The first flight left Manchester on Friday.\n\n"
            "NADIA: And who was on it?\n\n"
            "KARWAN: Mostly men from Duhok who had lost their appeals.")
    speakers = [c["speaker"] for c in proposed(text, "statements")]
    assert speakers == ["Nadia Brook", "Karwan Tahir", "Nadia Brook", "Karwan Tahir"]


@pytest.mark.parametrize("text, speaker", [
    ('Mum Shilan, 44, said: "I cannot eat. Every day I wait for the phone to ring."', "Shilan"),
    ('Dad Rebwar Aziz told the paper: "We will never stop looking for him now."', "Rebwar Aziz"),
])
def test_fixa_a_tabloid_kinship_word_before_a_name_is_no_part_of_it(text, speaker):
    assert [c["speaker"] for c in proposed(text, "statements")] == [speaker]


def test_fixa_capitalised_words_before_movement_or_party_are_a_body_no_speaker():
    text = 'Sara Omar, a spokeswoman for the opposition New Horizon movement, said the plan "counts boats, not the bosses".'
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Sara Omar"]


@pytest.mark.parametrize("text", [
    "Sara Omar, a spokeswoman for the opposition New Horizon movement, said the plan was a show.",
    "Sara Omar, a spokeswoman for the New Horizon party, said the plan was a show.",
])
def test_fixa_a_spokesman_for_a_party_or_movement_named_after_the_title_is_no_official(text):
    assert proposed(text, "officials") == []


def test_fixa_a_name_before_crossing_or_checkpoint_is_a_place_no_speaker():
    text = ('One of them, a captain at the Haji Omaran crossing who asked not to be named, said to me: '
            '"We see the same faces every single week."')
    assert [c["speaker"] for c in proposed(text, "statements")] == [None]


def test_fixa_a_pronoun_after_the_speaker_spoke_to_someone_unnamed_is_left_for_review():
    text = ("Minister Goran Aziz opened the office on Monday. I spoke to a young woman from Koya who came back in May. "
            'She told me: "They promised us jobs and nobody ever called again."')
    assert [c["speaker"] for c in proposed(text, "statements")] == [None]


def test_fixa_a_relative_named_by_the_tail_of_a_longer_name_is_that_relative():
    text = ("The body of Dilan Saman Aziz, 19, came home on Monday.\n\n"
            'Dilan\'s father, Saman Aziz, 55, stood by the grave. "He promised to call me from London every week."')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Saman Aziz"]


@pytest.mark.parametrize("text", [
    'Karwan Tahir was jailed last year. Helen Marsh KC, for Tahir, had told the court her client was "a driver who asked no questions".',
    'Karwan Tahir was jailed last year. Helen Marsh KC, for Tahir, told the court her client was "a driver who asked no questions".',
])
def test_fixa_counsel_with_post_nominals_before_an_appositive_naming_the_client_speaks(text):
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Helen Marsh"]


def test_fixa_who_was_not_at_a_meeting_tells_no_former_post():
    text = "Hartley MP Joan Pryce, who was not at the meeting, said she would raise the cost."
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == [("Joan Pryce", "Hartley MP")]


@pytest.mark.parametrize("text", [
    "The report by rapporteur Lena Vos (Renew, NL) was adopted with 41 votes in favour.",
    "Lena Vos, the rapporteur, said the text was balanced.",
])
def test_fixa_a_parliament_rapporteur_is_a_post_and_the_work_before_by_is_no_part_of_it(text):
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == [("Lena Vos", "rapporteur")]


def test_fixa_she_is_no_one_titled_sir_and_goes_to_the_woman_named_before_him():
    text = ("Sir Tom Harlow asked about the boats again.\n\nIn the gallery sat Lana Aziz, a teacher from Hull. Afterwards, "
            'outside, she was less impressed than Sir Tom.\n\n"They talked about numbers for ten whole minutes," she said.')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Lana Aziz"]


def test_fixa_a_member_who_rose_to_ask_speaks_the_words_quoted_in_the_question():
    text = ("It began at question 4. Ann Rowe, the Labour member for Dover, rose to ask whether the minister agreed that "
            'the deal was "working better than anyone expected".')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Ann Rowe"]


def test_fixa_a_retired_officer_holds_no_office():
    text = "Nikos Pappas, a retired admiral who was chief of the coast guard until 2020, said the plan was weak."
    assert proposed(text, "officials") == []


def test_fixa5_our_post_in_a_report_with_a_charity_number_footer_is_no_office():
    text = ("Annual review 2025\n\nWe answered 9,000 calls this year. Our chief executive, Mara Lindqvist, thanked the volunteers. "
            "The minister, Alan Royce, visited in May.\n\nCharity number 1123456")
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Alan Royce", "minister")], found


def test_fixa5_a_post_at_a_body_described_as_a_private_carrier_is_no_office():
    text = ("Skyway Jets, a private carrier based in Basra, says demand has fallen.\n\n\"Seats are empty,\" said Hawre Omar "
            "Karim, Skyway Jets' chief executive. Iraq's transport minister, Faris Adel, said checks would go on.")
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Faris Adel", "transport minister")], found


def test_fixa5_a_spokesperson_for_a_platform_owner_holds_no_office():
    text = "Ruth Ellery, a spokesperson for TikTok, said the videos had been removed. The security minister, Alan Royce, welcomed it."
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Alan Royce", "security minister")], found



def test_fixc_an_arrest_a_day_earlier_is_the_day_before_the_event_told_before():
    text = ("Police arrested nine people in raids on 14 May 2025. Their driver, a 31-year-old man, was detained "
            "two days earlier in Duhok by the Asayish.")
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2025-09-27")]
    assert found == [("arrest", "2025-05-14"), ("arrest", "2025-05-12")], found


def test_fixc_defendants_due_to_hear_their_case_or_verdict_is_a_planned_ruling():
    for text, day in (("Four smugglers are due to hear the Basra Criminal Court's verdict on 9 October.", "2025-10-09"),
                      ("A tribunal in Lille is expected to hear his case on Tuesday.", "2025-09-30")):
        found = [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2025-09-27")]
        assert found == [("court_ruling", day, "planned")], (text, found)


def test_fixc_a_court_ruled_in_a_month_is_a_ruling():
    text = "The Court of Appeal ruled in March 2024 that the removal of the Kurdish asylum seeker was lawful."
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2025-09-27")]
    assert found == [("court_ruling", "2024-03")], found


def test_fixc_a_date_in_the_subject_or_the_possessive_dates_no_ruling():
    for text, day in (("Two men charged over a crash in March are due to stand trial at the Duhok court in November.", "2025-11"),
                      ("On 4 August the Erbil Criminal Court jailed the man behind last January's crossing for eight years.", "2025-08-04")):
        found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2025-09-27") if c["event_type"] == "court_ruling"]
        assert found == [("court_ruling", day)], (text, found)


def test_fixa_a_spokesman_after_three_capitalised_words_says_the_words_before_him():
    text = '"The border will stay open to trade," Iraqi Ports Authority spokesman Karim Jaafar al-Hilli told Radio Dijla.'
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Karim Jaafar al-Hilli"]


def test_fixa_a_saint_named_with_a_church_is_no_one_a_pronoun_stands_for():
    text = ("The service was taken by the Rev Alan Tidmarsh, rector of St Andrew's Church in Deal, who lit a candle.\n\n"
            '"Each of these lives mattered, and each of them was loved by someone," he told the congregation.')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Alan Tidmarsh"]


def test_fixa_a_bulleted_speaker_is_the_subject_before_the_one_his_relative_clause_names():
    text = ("• Dara Khalil, whose nephew Rawand, 17, was on the boat, told us from Koya that the family had borrowed the money.\n\n"
            '"He phoned us from the lorry park and we told him to come home," he said.')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Dara Khalil"]


def test_fixa_a_kurdish_party_before_a_title_is_no_person():
    text = ('New Generation MP Shirin Omar was blunt. "The checkpoints catch the poor and wave through the smugglers," she said.')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Shirin Omar"]


def test_fixa_a_hyphenated_admiral_is_a_rank_and_no_part_of_the_name():
    text = "The figures were given by the prefect for the Atlantic, Vice-Admiral Marc Delorme, at a briefing in Brest."
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Marc Delorme", "prefect for the Atlantic")], found


def test_fixa_a_federal_magistrate_holds_an_office():
    text = "Lies Janssens, investigating magistrate at the court in Bruges, said four suspects had been charged."
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Lies Janssens", "investigating magistrate")], found


def test_fixa_an_embassy_counsellor_holds_an_office_but_a_trauma_counsellor_none():
    text = ("The governor received the Political Counsellor at the Dutch Embassy in Baghdad, Mr. Pieter Smit. Later Nasrin "
            "Ali, a trauma counsellor in Duhok, said the children slept badly.")
    found = [c["name"] for c in proposed(text, "officials")]
    assert found == ["Pieter Smit"], found


def test_fixc6_a_diary_item_in_the_present_is_planned_on_its_day_heading():
    text = ("DIARY-Border talks, a verdict and new figures\n\n"
            "BRUSSELS, March 2 (Example Wire) - Scheduled events for the week ahead.\n\n"
            "TUESDAY, MARCH 3\n\n"
            "ROME - The Italian-Iraqi working group on returns holds its second meeting.\n\n"
            "MILAN - Sentencing at Milan Criminal Court of two Iraqi drivers, convicted in January of people smuggling.\n\n"
            "THURSDAY, MARCH 5\n\n"
            "PARIS - The Interior Ministry publishes monthly asylum statistics.\n\n"
            "LOOKING AHEAD\n\n"
            "OSLO - The ministers sign a border accord.\n")
    found = sorted((c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-03-02"))
    assert found == [("court_ruling", "2026-01", "occurred"), ("court_ruling", "2026-03-03", "planned"),
                     ("planned_meeting", "2026-03-03", "planned"), ("publication", "2026-03-05", "planned"),
                     ("signing", None, "occurred")], found


def test_fixc6_next_statistics_told_in_passing_are_no_publication():
    text = "The ministry will publish its next monthly asylum statistics on 14 April."
    assert [c["event_type"] for c in proposed(text, "events", "2026-03-02")] == [], text


def test_fixc6_people_met_are_a_meeting_when_the_day_opens_the_clause():
    text = "Yesterday afternoon the envoy met families in the Sadr City district whose sons drowned off Lampedusa."
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-03-05")]
    assert found == [("meeting", "2026-03-04", "occurred")], found


def test_fixc6_a_plan_the_ministers_will_now_carry_out_is_today():
    text = "Thank you all. The two ministers will now sign the memorandum on returns."
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-03-05")]
    assert found == [("signing", "2026-03-05", "planned")], found


def test_fixb_thousands_grouped_with_a_space_are_one_amount_and_one_figure():
    text = "Police seized EUR 48 500 in cash and counted 2 700 migrants at the camp; one caller used a number beginning +44 770."
    assert [(c["amount"], c["currency"]) for c in proposed(text, "funding")] == [(48500, "EUR")]
    assert [c["value"] for c in proposed(text, "statistics")] == [2700]


def test_fixb_no_less_than_is_a_floor_and_no_more_than_a_ceiling():
    text = "The agency said it was owed no less than EUR 3 million, and that fees were no more than £250 a head."
    assert [(c["amount"], c["qualifier"]) for c in proposed(text, "funding")] == [(3000000, "at_least"), (250, "up_to")]


def test_fixb_a_sum_that_added_up_to_an_amount_has_no_ceiling_but_add_up_to_does():
    text = ("The court heard the transfers added up to £61,250 in all. The council said it would add up to £8,000 for "
            "translators.")
    assert [(c["amount"], c["qualifier"]) for c in proposed(text, "funding")] == [(61250, None), (8000, "up_to")]


def test_fixb_a_posts_reposts_are_page_furniture_no_figure():
    text = "10:02 AM · 3 May 2026 · 4,310 likes · 856 reposts\n\nThe minister said 40 smugglers had been charged."
    assert [c["value"] for c in proposed(text, "statistics")] == [40]


def test_fixb_a_hotlines_number_after_a_colon_is_no_figure():
    text = "Police arrested 12 people on Monday.\n\nHotline for relatives of the missing: 4455 (free, all day)."
    assert [c["value"] for c in proposed(text, "statistics")] == [12]


def test_fixb_a_rate_quoted_per_hundred_dollars_is_no_money_but_a_range_to_a_hundred_is():
    text = ("Markets: the dollar traded at 146,200 dinars per $100 in Baghdad. Fees rose from £50 to £100 a head, and "
            "the fund gave $100 to each family.")
    assert [(c["amount"], c["currency"]) for c in proposed(text, "funding")] == [(50, "GBP"), (100, "GBP"), (100, "USD")]


def test_fixb_a_bare_dinar_in_a_story_filed_from_jordan_is_jordans():
    text = "Border news\n\nIRBID — Police seized 6,200 dinars from two smugglers, officials said."
    assert [(c["amount"], c["currency"]) for c in proposed(text, "funding")] == [(6200, "JOD")]


def test_fixb_a_time_zones_offset_is_no_figure():
    text = "Monday, 2 March 2026 — all times Basra (UTC+3).\n\nPolice arrested 14 people."
    assert [c["value"] for c in proposed(text, "statistics")] == [14]


def test_fixb_a_wires_local_clock_time_is_no_figure_but_local_people_are():
    text = "BASRA - The court sits again on Monday, 1100 local. Police arrested 14 people, and 30 local men joined."
    assert [c["value"] for c in proposed(text, "statistics")] == [14, 30]


def test_fixb_a_cited_note_and_a_psalm_are_labels_no_figures():
    text = "Police arrested 14 people.\n\n[4] As note 3\n\nThe imam read Surah 36 and the vicar read Psalm 121."
    assert [c["value"] for c in proposed(text, "statistics")] == [14]


def test_fixb_an_age_said_at_the_age_of_is_no_figure():
    text = "Her nephew Karwan died in a lorry in May 2023 at the age of 23. Police arrested 14 people."
    assert [c["value"] for c in proposed(text, "statistics")] == [14]


def test_fixa6_press_conference_turns_under_capitals_headings_are_their_speakers_statements():
    text = ("Transcript: joint press briefing in Basra\n\n"
            "MAJOR GENERAL NOURI SALIM AL-JABOURI, GOVERNOR OF BASRA:\n\n"
            "Welcome to Basra. Our port police seized three boats this month.\n\n"
            "FOREIGN SECRETARY, ALICE MORTON:\n\n"
            "Thank you, Governor, for hosting us today.\n\n"
            "QUESTION, PAUL DENT, SKY NEWS:\n\n"
            "Foreign Secretary, how many officers will you send to Basra next year?\n\n"
            "FOREIGN SECRETARY:\n\n"
            "Paul, we will send six officers by the spring.\n\n"
            "GENERAL AL-JABOURI (through an interpreter):\n\n"
            "We will welcome them at the port.\n")
    found = [(c["speaker"], c["text_text"][:20]) for c in proposed(text, "statements")]
    assert found == [("Nouri Salim al-Jabouri", "Welcome to Basra. Ou"), ("Alice Morton", "Thank you, Governor,"),
                     ("Paul Dent", "Foreign Secretary, h"), ("Alice Morton", "Paul, we will send s"),
                     ("Nouri Salim al-Jabouri", "We will welcome them")], found
    officials = {(c["name"], c["role"]) for c in proposed(text, "officials")}
    assert ("Nouri Salim al-Jabouri", "Governor of Basra") in officials and ("Alice Morton", "Foreign Secretary") in officials
    assert "Paul Dent" not in {n for n, _ in officials}, officials


def test_fixa6_reproduced_thread_posts_under_name_and_handle_are_their_authors_statements():
    text = ("The mayor's thread drew two replies. We print them below.\n\n"
            "Karen Ashby MP (@KarenAshbyMP)\n"
            "1/2 Proud to open the new coastguard station in Ramsgate this morning.\n"
            "10:15 AM · 9 May 2026 · 310 likes\n\n"
            "Dr Omid Rasul (@omidrasul), historian of migration\n"
            "A station is welcome. Safe routes would be better.\n"
            "10:40 AM · 9 May 2026 · 95 likes\n")
    found = [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")]
    assert found == [("Karen Ashby", "Proud to open the new coastguard station in Ramsgate this morning."),
                     ("Omid Rasul", "A station is welcome. Safe routes would be better.")], found


def test_fixa6_a_volunteer_group_and_a_charity_named_aid_hold_no_public_office():
    text = ("Marta Keel, a coordinator for the volunteer group Coast Lantern, said the beaches were empty. Owen Tarrant, "
            "coordinator of Harbour Aid, said the grants came late. Nadia Quill, chief executive of the Legal Aid Agency, "
            "said applications had doubled.")
    found = {c["name"] for c in proposed(text, "officials")}
    assert "Marta Keel" not in found and "Owen Tarrant" not in found, found
    assert "Nadia Quill" in found, found


def test_fixa6_a_kurdish_party_list_or_islamic_union_spokesman_holds_no_public_office():
    text = ("Dara Hasan, spokesman for the opposition Garmiyan List in the Kurdistan Parliament, said the money was wasted. "
            "Karwan Aziz, the Kurdistan Islamic Union's spokesman, called the hearing a show.")
    found = {c["name"] for c in proposed(text, "officials")}
    assert not found & {"Dara Hasan", "Karwan Aziz"}, found


def test_fixa6_present_tense_argues_attributes_the_quotation_to_its_subject():
    text = ("The minister has called the scheme \"a lifeline for families\". Professor Hana Dlovan of Keele University "
            "argues that \"grants without training simply delay the next crossing\".")
    found = {(c["speaker"], c["text_text"]) for c in proposed(text, "statements")}
    assert ("Hana Dlovan", "grants without training simply delay the next crossing") in found, found


def test_fixa6_an_unnamed_subject_after_a_place_opening_takes_the_pronoun_from_the_named_official_before():
    text = ("Major Ziad Harb, a police spokesman, said 40 forged visas had been seized this year.\n\n"
            "At a bus station outside Zarqa, a driver who would not give his name described the route. "
            "\"The border is easy now,\" he said.")
    found = {(c["speaker"], c["text_text"]) for c in proposed(text, "statements")}
    assert found == {(None, "The border is easy now")}, found


def test_fixa6_a_title_with_between_or_across_is_no_statement():
    text = ("The study, \"Lines in the Water: Ferries between Mersin and Bodrum\", was published on Monday. "
            "Another paper, \"Roads across the Zagros\", followed.")
    found = [c["text_text"] for c in proposed(text, "statements")]
    assert found == [], found


def test_a_study_s_interviews_and_analysis_a_rank_s_bound_and_a_post_s_views_are_no_figures():
    text = ("The study is based on 180 interviews in Erbil and on an analysis of 900 online adverts. "
            "The 180 interviews include 12 with border officials. Iraqis were among the top three nationalities. "
            "Her post was viewed more than 50,000 times. Police arrested 14 smugglers.")
    assert [c["value"] for c in proposed(text, "statistics")] == [14]
    # a campaign's views tell its reach: a figure
    assert [c["value"] for c in proposed("The campaign's video has been viewed nearly 2 million times.", "statistics")] == [2000000]


def test_fixd_a_numbered_section_title_is_a_heading_not_the_measure():
    text = ("Quarterly report\n\n3. Helpline\n\nFamilies of missing migrants can ring the agency's confidential helpline 1190 "
            "at any hour.\n\n4. Information campaign\n\nThe \"Stay Safe\" information campaign reached 40 villages near Zakho.")
    found = [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures") if c["measure_type"] != "TODO"]
    assert [t for t, _ in found] == ["hotline", "communications_campaign"], found
    assert all(d not in ("Helpline", "Information campaign") for _, d in found), found


def test_fixd_exchanging_data_on_gangs_or_their_names_is_intelligence_sharing():
    text = ("The accord provides for the exchange of data on smuggling gangs between the two ports. Dutch and Iraqi police "
            "exchange phone numbers and locations of suspects each month.")
    found = [c for c in proposed(text, "measures") if c["measure_type"] == "intelligence_sharing"]
    assert len(found) == 1 and found[0]["description_text"].startswith("exchange of data"), found
    text = "Customs officers in Basra and Felixstowe exchange the names and photographs of couriers every week."
    assert [c["measure_type"] for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == ["intelligence_sharing"]


def test_fixd_a_measure_said_to_be_needed_behind_not_without_is_told():
    text = "\"These arrests could not have been made without the immigration liaison officers in Baghdad,\" the commander said."
    assert [c["measure_type"] for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == ["liaison_officer"]


def test_fixd_an_attache_posted_to_iraq_is_a_liaison_officer():
    text = "Berlin said a federal police attaché would be posted to Baghdad from January."
    assert [c["measure_type"] for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == ["liaison_officer"]


def test_fixd_a_prevention_campaign_is_a_communications_campaign():
    text = "Officials said prevention campaigns in Basra had reached 9,000 families by the summer."
    assert [c["measure_type"] for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == ["communications_campaign"]


def test_fixd_equipment_told_as_part_of_an_aid_package_was_given():
    text = "Six thermal cameras, part of a £700,000 border aid package, now watch the Zakho road."
    found = [c for c in proposed(text, "measures") if c["measure_type"] != "TODO"]
    assert [(c["measure_type"], c["description_text"]) for c in found] == [("equipment", "thermal cameras")], found


def test_fixd_a_country_receiving_its_citizens_with_no_right_to_stay_is_returns():
    text = "Under the accord Iraq receives its nationals who have no right to stay in Germany within a month."
    assert [c["measure_type"] for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == ["returns"]


def test_fixd_a_pledge_to_cooperate_on_returns_is_beside_the_returns_process():
    text = ("The memorandum binds both sides to co-operate on removals. A returns process lets Iraq confirm identity within "
            "a fortnight.")
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "returns"]
    assert len(found) == 2 and found[0].startswith("co-operate on removals"), found


def test_fixd_a_government_arranging_their_return_is_returns():
    text = "The consul said the embassy would arrange the repatriation of the eleven stranded men."
    assert [c["measure_type"] for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == ["returns"]
    text = "She said she had arranged her return flight before the strike."
    assert [c for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == []


def test_fixd_equipment_named_as_a_subject_is_no_doing_that_makes_a_head_a_measure():
    text = "All that equipment is fine, but the real issue in Ranya remains jobs."
    assert [c for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == []
    text = "Of the budget, £3 million went on equipment for customs officers, and £250,000 on television adverts in Basra warning families."
    assert "communications_campaign" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd_money_a_committee_votes_to_propose_is_no_measure_taken():
    text = "After the vote, the committee agreed unanimously to propose 9 billion dinars in the 2028 budget for jobs for young people in Ranya."
    assert [c for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == []


def test_fixd_a_grant_a_building_for_returnees_was_built_with_is_no_reintegration_grant():
    text = "The governor opened a shelter for returnees in Akre, refurbished with a grant of €250,000 from the Netherlands."
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] != "TODO"]
    assert not any(d.startswith("grant") for d in found), found


def test_fixd_a_visit_for_talks_on_a_measure_is_no_measure_taken():
    text = "The Dutch justice minister will visit Erbil and Duhok next month for talks on returns and the accord's third year."
    assert proposed(text, "measures") == []  # the model's clause too


def test_asylum_interviews_cancelled_are_a_figure_a_study_s_interviews_are_not():
    text = ("In the 12 months to September, 1,120 interviews with Iraqi applicants were cancelled. "
            "The report draws on fieldwork in Erbil; its 64 interviews were held in 2025.")
    assert [c["value"] for c in proposed(text, "statistics")] == [1120]


def test_fixa7_a_judge_by_title_and_surname_is_an_official_named_by_the_surname_and_speaks():
    text = ("The appeal was heard by Lady Justice Pemberley and Mr Justice Okonjo.\n\n"
            "Pemberley LJ said the sentence had been “manifestly excessive” and cut it by two years.")
    officials = {(c["name"], c["role"]) for c in proposed(text, "officials")}
    assert {("Pemberley", "Lady Justice"), ("Okonjo", "Mr Justice")} <= officials
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Pemberley"]
    text = "Giving judgment, Harrow LJ said the ruling was “plainly wrong”."
    assert ("Harrow", "Harrow LJ") in {(c["name"], c["role"]) for c in proposed(text, "officials")}


def test_fixa7_a_member_named_with_party_and_seat_in_brackets_holds_the_title_and_speaks():
    text = ("The local MP, Gareth Pryce (Lab, Deal and Walmer), toured the harbour and said the crews had been “heroic”.")
    assert ("Gareth Pryce", "local MP") in {(c["name"], c["role"]) for c in proposed(text, "officials")}
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Gareth Pryce"]


def test_fixa7_a_surname_with_its_particle_after_two_ranks_is_the_full_name():
    text = ("The minister met the army chief, Maj Gen Saad Jabir Al Khafaji, in Basra.\n\n"
            "“Our checkpoints are full every night,” Maj Gen Al Khafaji said.")
    names = {c["name"] for c in proposed(text, "officials")}
    assert "Saad Jabir Al" not in names, names
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Saad Jabir Al Khafaji"]


def test_fixa7_a_post_at_a_company_named_with_its_legal_form_is_no_official():
    text = ("The order went to Tamsin Optics Ltd of Leeds. Tamsin, which employs 300 people, called it a record. "
            "Its chief executive, Joanna Whitlow, said the kits would ship in May.")
    assert proposed(text, "officials") == []
    text = "The scanners come from Varde Sensing AB. Nils Ekdahl, managing director of Varde Sensing, said they were ready."
    assert proposed(text, "officials") == []


def test_fixa7_a_coordinator_with_the_association_is_no_official():
    text = "Lucie Marchand, a volunteer coordinator with the association, said the tents had been taken again."
    assert proposed(text, "officials") == []


def test_fixa7_the_staff_of_a_charity_releasing_its_own_news_are_no_officials():
    text = ("NEWS RELEASE\n\nRasan Foundation for Human Rights\nDuhok\n\n"
            "“We are full every night,” said Berivan Sadiq Ali, Rasan’s executive director.\n\n"
            "Media enquiries: Hana Tofiq, press officer, press@example.org\n")
    assert proposed(text, "officials") == []


def test_fixa7_an_agency_s_regional_manager_is_an_official_a_service_manager_is_not():
    text = ("The National Crime Agency welcomed the verdict. Its regional manager for the Gulf, Duncan Rowe, said the case took two years.")
    assert ("Duncan Rowe", "regional manager for the Gulf") in {(c["name"], c["role"]) for c in proposed(text, "officials")}
    text = "Moira Lennox, service manager at the Ferry Road Support Service, said the families were waiting."
    assert proposed(text, "officials") == []


def test_fixb7_an_age_in_brackets_after_an_initial_is_no_figure():
    text = "The court jailed the organiser, Dilan R. (38), and his driver Aso M. (27) for smuggling 90 migrants."
    assert [c["value"] for c in proposed(text, "statistics")] == [90]


def test_fixb7_a_neutral_citation_s_number_is_no_figure():
    text = "The judge followed R v Karimi [2023] EWCA Crim 614 and Osman v Home Office [2021] EWCA Civ 88 on 40 migrants."
    assert [c["value"] for c in proposed(text, "statistics")] == [40]


def test_fixb7_a_report_s_numbered_recommendation_and_its_paragraph_count_are_no_figures():
    text = ("Recommendation 2: Train 300 border guards in document checks.\n"
            "see recommendation 4 below. The annex runs to 18 paragraphs.")
    assert [c["value"] for c in proposed(text, "statistics")] == [300]


def test_fixb7_a_cricket_margin_is_no_figure_a_smuggler_s_runs_are_left_alone():
    text = "The police eleven lost to the fire brigade by 14 runs on Saturday, and 20 migrants landed at Hythe."
    assert [c["value"] for c in proposed(text, "statistics")] == [20]


def test_fixb7_a_street_named_before_its_number_is_an_address():
    text = ("Federal Police, Avenue Louise 54, Brussels, and Kerkstraat 12, Antwerp, reported 61 arrests.\n"
            "Secretariat\nRue de la Science 23 - B-1040 BRUSSELS")
    assert [c["value"] for c in proposed(text, "statistics")] == [61]


def test_fixb7_a_figure_a_fact_check_rejects_is_no_figure():
    text = "Claim 2. Arrests: 140 smugglers, not 400, were held in the year to June."
    assert [c["value"] for c in proposed(text, "statistics")] == [140]


def test_fixb7_a_number_said_alone_as_an_answer_is_no_figure():
    text = 'Asked how long he waited in the hotel, he laughs. "Three hundred and twelve. Every one of them counted."'
    assert proposed(text, "statistics") == []


def test_fixb7_a_tender_s_score_and_a_pupil_s_mark_are_no_figures():
    text = ("The winning bid was rated 91 out of 100 for technical merit. His daughter Shilan finished first in her "
            "school with an average of 98, and got 95 per cent in her final exams. Some 70 officers will use the kit.")
    assert [c["value"] for c in proposed(text, "statistics")] == [70]


def test_fixb7_a_people_count_after_a_full_month_closing_a_paragraph_is_a_figure():
    text = "The trial is listed for 3 March.\n\nFour other men were bailed until April."
    assert [c["value"] for c in proposed(text, "statistics")] == [4]


def test_fixb7_a_number_in_a_french_association_s_name_after_an_elision_is_no_figure():
    text = "About 700 people sleep rough near the port, says the association Maison d'Accueil 62."
    assert [c["value"] for c in proposed(text, "statistics")] == [700]


def test_fixb7_the_crew_a_station_relies_on_is_a_count_a_study_s_sources_are_not():
    text = "The lifeboat station relies on 31 volunteer crew. The study is based on 45 migrants' accounts."
    assert [c["value"] for c in proposed(text, "statistics")] == [31]


def test_fixb7_boys_and_girls_counted_in_a_quotation_are_a_figure():
    text = "“The night three girls from Ranya drowned, nobody in the village slept,” she said."
    assert [c["value"] for c in proposed(text, "statistics")] == [3]


def test_fixc7_a_timeline_entry_is_dated_and_settled_by_its_own_date():
    text = ("A chronology of the scheme\n\n"
            "• 3 February 2025 – The Deputy Minister, Sara Lind, visits the Faraj checkpoint near Akre.\n\n"
            "• 9 July 2025 – Auditors set up a review panel in Duhok. The panel makes its first arrests, of four clerks, in Akre on 2 August.\n\n"
            "• 11 March 2026 – Officials are due to meet in Rome to sign a renewal, which would run until June 2028.\n")
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2025-12-01")]
    assert ("visit", "2025-02-03", "occurred") in found  # a past entry in the present: done, that day
    assert ("arrest", "2025-08-02", "occurred") in found  # a day with no year: the entry's year
    assert ("planned_meeting", "2026-03-11", "planned") in found  # the entry's day, not the renewal's term


def test_fixc7_a_timeline_entry_s_rulings_and_arrests_in_the_present_are_events():
    text = ("• 5 May 2024 – Police in Kirkuk arrest nine members of a forgery ring.\n\n"
            "• 20 June 2024 – A court in Kirkuk jails four of them for six years.\n\n"
            "• 2 July 2024 – A judge in Basra sentences a driver to eight years.\n")
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2025-01-10")]
    assert found == [("arrest", "2024-05-05", "occurred"), ("court_ruling", "2024-06-20", "occurred"),
                     ("court_ruling", "2024-07-02", "occurred")]


def test_fixc7_a_meeting_told_as_a_participle_aside_an_inquest_concluded_and_a_paper_presented():
    found = _event("Justice ministers, meeting in Vienna today, approved a new fund for the border police.")
    assert [f[:3] for f in found] == [("meeting", "2024-12-04", "occurred")]
    found = _event("Closing the case, the judge said more. Concluding the inquest on Monday, the coroner recorded that the man drowned.")
    assert [f[:3] for f in found] == [("court_ruling", "2024-12-02", "occurred")]
    found = _event("The researchers will present their findings to the Foreign Affairs Committee on 9 January.")
    assert [f[:3] for f in found] == [("planned_meeting", "2025-01-09", "planned")]
    assert _event("The researchers will present their findings to the Foreign Affairs Committee.") == []


def test_fixd7_items_of_an_unbulleted_list_under_a_colon_are_measures_not_headings():
    text = ("The ministry set out what the new money pays for:\n\n"
            "£3m for a reintegration programme in Duhok run by a local charity\n"
            "£2m for a fingerprint database shared by the two police forces\n\n"
            "The minister left for Basra in the afternoon.")
    found = [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures") if c["measure_type"] != "TODO"]
    kinds = [k for k, _ in found]
    assert "reintegration" in kinds and "data_system" in kinds, found
    assert not any(d.startswith("The ministry") for _, d in found), found
    text = "Border crossings\nSmugglers in Zakho\n\nThe police said little."  # headings stay headings
    assert [c for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == []


def test_fixd7_the_lead_in_of_a_list_is_no_measure_of_its_own():
    text = ("Here are the details of the package the minister announced in Basra yesterday, according to the ministry:\n\n"
            "£1m for training for 400 border guards\n£2m for 30 vehicles for the coastguard\n")
    assert not any(c["description_text"].startswith("Here are") for c in proposed(text, "measures")), proposed(text, "measures")


def test_fixd7_a_reception_centre_for_returnees_visited_is_still_a_measure():
    text = "Tomorrow the minister will tour a reception centre for returnees before flying home."
    assert [c["measure_type"] for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == ["reintegration"]


def test_fixd7_information_passed_on_by_an_agency_is_intelligence_sharing():
    text = "The sergeant said information passed on by the Dutch police had led Iraqi officers to a warehouse in Zakho."
    assert "intelligence_sharing" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd7_reintegration_told_of_whom_it_helps_or_what_it_helps_them_do():
    text = "The Danish grant sets aside €4 million for the reintegration of migrants sent home from Denmark."
    assert [c["measure_type"] for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == ["reintegration"]
    text = "Oslo added £1 million for a scheme to help families who return to Duhok rebuild their lives."
    assert [c["measure_type"] for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == ["reintegration"]


def test_fixd7_counselling_for_returnees_is_a_measure_unless_a_package_offers_it():
    text = ("Norway will fund the plan for people sent home from Oslo. It will offer language classes for 300 returnees, "
            "trauma counselling, and start-up grants of £900.")
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "reintegration"]
    assert any(d.startswith("trauma counselling") for d in found), found
    text = "Each returnee may get a resettlement package, which can include a tool kit or psychological counselling."
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] != "TODO"]
    assert not any(d.startswith("psychological") for d in found), found


def test_fixd7_charter_flights_to_iraq_after_a_passage_on_people_removed_are_returns():
    text = ("Official data show 900 Iraqis were removed from Norway last year. Most were men in their twenties. "
            "Charter flights to Baghdad restarted in June.")
    assert "returns" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd7_a_system_linking_two_countries_fingerprint_records_is_a_data_system():
    text = "Officials said a platform linking Danish and Kurdish fingerprint records would start in May."
    assert "data_system" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd7_a_shelter_told_of_where_before_whom_it_is_for_is_victim_support():
    text = "The charity will open a shelter in Duhok run by trained staff for victims of forced labour."
    assert "victim_support" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd7_training_in_a_body_s_name_is_no_training():
    text = "The courses are run by the Directorate of Police Training in Basra, the ministry said."
    assert [c for c in proposed(text, "measures") if c["measure_type"] == "training"
            and c["description_text"].startswith("Police Training")] == []


def test_fixd7_intelligence_passed_through_a_liaison_officer_is_intelligence_sharing():
    text = "The judge said intelligence passed through the Dutch liaison officer in Basra had been decisive."
    assert "intelligence_sharing" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd7_governments_committed_to_warn_people_of_the_journey_s_dangers_is_a_campaign():
    text = "The accord binds Oslo and Baghdad to return failed applicants and to warn teenagers about the risks of the crossing."
    assert "communications_campaign" in [c["measure_type"] for c in proposed(text, "measures")]
    text = "His mother warned him about the risks of the crossing."
    assert [c for c in proposed(text, "measures") if c["measure_type"] == "communications_campaign"] == []


def test_fixd7_a_reception_centre_beside_a_reintegration_programme_is_a_measure_of_its_own():
    text = ("Denmark gave €2 million for a reintegration programme in Zakho, and the regional government built a reception "
            "centre for returnees at Sulaimani airport.")
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] != "TODO"]
    assert len(found) == 2 and found[1].startswith("reception centre"), found


def test_fixa8_a_news_script_s_presenter_and_clip_labels_speak_no_words():
    text = ("HARBOUR FM NEWS – 6PM\nREADER: JANE DOE   PRODUCER: SAM ROE   DUR: 3'00\"\n\n"
            "PRESENTER: Police have charged two men over a lorry found at Purfleet.\n\n"
            "Inspector Mark Fenwick of Essex Police said the inquiry goes on.\n\n"
            "CLIP: INSP MARK FENWICK, ESSEX POLICE – DUR: 0'12\"\n\"We are still looking for the driver who left them there.\"\n\n"
            "PRESENTER: The court will hear the case next month.\n\n"
            "PRESENTER: Rina Azad, who runs a drop-in centre in Tilbury, fears more crossings.\n\n"
            "CLIP: RINA AZAD, TILBURY DROP-IN – DUR: 0'10\"\n\"People will keep paying whatever it costs them.\"\n\n"
            "PRESENTER: Sport next.\n")
    found = proposed(text, "statements")
    assert [c["speaker"] for c in found] == ["Mark Fenwick", "Rina Azad"], found


def test_fixa8_a_price_list_entry_is_no_unnamed_speaker_a_pronoun_skips():
    text = ("The driver calls himself Kak Dara. He has worked the route for a decade.\n\n"
            "His rates are fixed. Erbil to Ankara: $2,000. A place in a van to the coast: €1,500.\n\n"
            "\"I never promise anything I cannot deliver,\" he says.")
    assert one(text, "statements")["speaker"] == "Kak Dara"


def test_fixa8_a_rank_before_the_name_is_the_role_a_later_the_rank_stands_for():
    text = ("Major Rebaz Karim Aziz, who heads the checkpoint police in Koya, says seizures have doubled.\n\n"
            "\"We stop three cars a night now,\" the major says.")
    assert one(text, "statements")["speaker"] == "Rebaz Karim Aziz"


def test_fixa8_an_age_before_one_name_makes_a_person():
    text = ("Refugee groups are doubtful, said Anna Keller of the aid group Brücke. \"Money for jobs would help,\" she said.\n\n"
            "In Kassel, 31-year-old Dilan, who arrived from Duhok in 2019, said his brother had tried twice. "
            "\"They believe the boats are safe,\" he told us.")
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Anna Keller", "Dilan"]


def test_fixa8_a_witness_at_a_charity_in_a_committee_s_witness_list_is_no_official():
    text = ("Witnesses\n\nThe following witnesses gave evidence.\n\n"
            "Tuesday 3 March 2026\nJo Pike, Chief Executive, Safe Harbour Pathways; Alan Reeve, Director General, Border Force (Q1–40)\n")
    names = [c["name"] for c in proposed(text, "officials")]
    assert "Jo Pike" not in names and "Alan Reeve" in names, names


def test_fixa8_assured_is_a_verb_of_saying():
    text = "The Iraqi Ambassador, Dr Salim Hadi al-Amiri, assured us that Iraq was \"ready to receive its nationals\"."
    assert one(text, "statements")["speaker"] == "Salim Hadi al-Amiri"


def test_fixb8_money_said_in_words_with_a_half_is_one_amount():
    text = "The ministry has set aside another three and a half million euros for border police in Zakho."
    assert [(c["amount"], c["currency"]) for c in proposed(text, "funding")] == [(3500000, "EUR")]


def test_fixb8_a_number_after_a_hash_is_a_label():
    text = "Bulletin #42 · Monday 9 February 2026 · news for caseworkers on asylum and returns"
    assert 42 not in [c["value"] for c in proposed(text, "statistics")]


def test_fixb8_an_age_after_a_name_with_now_is_an_age_whatever_follows():
    text = "One survivor, Dilan Karim, now 31 and working in Cardiff, told the court he had paid the gang."
    assert 31 not in [c["value"] for c in proposed(text, "statistics")]
    text = "The death toll, now 31 and rising, was confirmed by coastguards."
    assert 31 in [c["value"] for c in proposed(text, "statistics")]


def test_fixb8_a_second_source_of_a_report_is_its_method_too():
    text = "The review, based on 18 site visits and five roundtable meetings, found gaps in training."
    assert [c["value"] for c in proposed(text, "statistics")] == []


def test_fixb8_relatives_a_family_borrows_from_are_no_figure():
    text = "To pay the smuggler, his parents sold their car and borrowed money from two aunts in Koya."
    assert [c["value"] for c in proposed(text, "statistics")] == []


def test_fixb8_people_like_the_speaker_are_a_manner_of_speaking():
    text = '"Arrest me and tomorrow there will be a hundred drivers like me waiting at the port," he said.'
    assert [c["value"] for c in proposed(text, "statistics")] == []


def test_fixb8_the_places_people_were_found_in_are_no_figure():
    text = "Police said the 14 migrants were found in three garages near the ring road."
    assert [c["value"] for c in proposed(text, "statistics")] == [14]


def test_fixb8_one_person_s_repetitions_are_no_figure():
    text = "Hawkar, 27, said he changed his mind after three sessions with a counsellor."
    assert [c["value"] for c in proposed(text, "statistics")] == []
    text = "Each ticket includes two attempts at the crossing, the advert said."
    assert [c["value"] for c in proposed(text, "statistics")] == []


def test_fixb8_officers_named_again_by_their_posting_are_counted():
    text = "The audit looked at the four Border Force and Europol liaison officers deployed to Basra last year."
    assert 4 in [c["value"] for c in proposed(text, "statistics")]


def _fixc8_events(text: str, reference: str = "2026-06-30") -> list[tuple]:
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference)]


def test_fixc8_a_committee_report_s_witness_list_tells_its_evidence_sessions():
    text = ("Public Accounts Committee\n\nWitnesses\n\nThe following witnesses gave evidence.\n\nWednesday 21 January 2026\n"
            "Jane Roe, Chief Executive, Border Trust (Q1–40)\n\nMonday 9 March 2026\nJohn Doe, Permanent Secretary (Q41–90)")
    assert _fixc8_events(text) == [("meeting", "2026-01-21", "occurred"), ("meeting", "2026-03-09", "occurred")]
    # a dated line with no witness list is a dateline, no hearing
    assert _fixc8_events("Local news\n\nWednesday 21 January 2026\nThe council's budget was debated.") == []


def test_fixc8_a_witness_who_told_us_on_a_day_is_a_committee_hearing_only_in_a_committee_report():
    text = ("Justice Committee\n\n7. The Director of Prisons told us on 3 February 2026 that the estate was full. (Paragraph 12)\n\n"
            "Witnesses\n\nTuesday 3 February 2026\nAnna Bell, Director of Prisons (Q1–55)")
    assert ("meeting", "2026-02-03", "occurred") in _fixc8_events(text)
    assert _fixc8_events("The fisherman told us on 3 February 2026 that the nets were empty.") == []


def test_fixc8_a_document_s_imprint_line_is_its_publication():
    text = "Defence Committee\n\nThird Report of Session 2025–26\n\nPublished on 14 May 2026 by authority of the House of Commons\n\nSummary"
    assert _fixc8_events(text) == [("publication", "2026-05-14", "occurred")]
    # a web page's stamp is no event
    assert _fixc8_events("Coastguard news\n\nPublished 14 May 2026\n\nSummary") == []


def test_fixc8_arrests_one_dated_operation_led_to_are_an_arrest():
    text = "In March 2026, a joint operation by Dutch and Iraqi police led to the arrest of nine men in Rotterdam and Duhok."
    assert _fixc8_events(text) == [("arrest", "2026-03", "occurred")]
    # ... not arrests a programme led to, counted
    assert _fixc8_events("Since 2025 the hotline has led to the arrest of 40 people.") == []


def test_fixc8_a_thing_announced_in_the_present_passive_undated_is_a_habit():
    text = "Each new patrol boat is always announced as a turning point, the fishermen say."
    assert [e for e in _fixc8_events(text) if e[0] == "announcement"] == []
    text = "The new patrol boat was announced on 4 May 2026."
    assert ("announcement", "2026-05-04", "occurred") in _fixc8_events(text)


def test_fixd8_a_finding_in_a_report_s_conclusions_and_recommendations_is_a_measure_taken():
    text = ("Findings and recommendations\n\n"
            "1. The Department has paid £900,000 for an awareness campaign on TikTok in Sulaimani. We ask for its results.\n\n"
            "2. A further liaison officer has been stationed in Basra since May.\n")
    found = [c["measure_type"] for c in proposed(text, "measures")]
    assert "communications_campaign" in found and "liaison_officer" in found, found
    # ... while an item that asks is still a proposal
    text = "Findings and recommendations\n\n1. We recommend a joint investigation team with the Iraqi police.\n"
    assert [c for c in proposed(text, "measures") if c["measure_type"] == "joint_investigation_team"] == []


def test_fixd8_victims_referred_to_support_services_or_a_referral_pathway_are_victim_support():
    text = "Nine women rescued in the raid were referred to specialist support services, the prosecutor said."
    assert "victim_support" in [c["measure_type"] for c in proposed(text, "measures")]
    text = "Under a referral pathway set up with the provincial health office, survivors can see a doctor within a day."
    assert "victim_support" in [c["measure_type"] for c in proposed(text, "measures")]
    text = "Once found, the girl will be given protection through the National Referral Mechanism."
    assert "victim_support" in [c["measure_type"] for c in proposed(text, "measures")]
    # ... not the victims the mechanism counts
    text = "Last year 812 Iraqis were referred to the National Referral Mechanism."
    assert [c for c in proposed(text, "measures") if c["measure_type"] == "victim_support"] == []


def test_fixd8_two_lines_given_with_their_numbers_in_one_sentence_are_two_hotlines():
    text = ("Witnesses can ring Crimestoppers anonymously on 0800 555 111, or the Missing People Helpline on "
            "116 000, which is free.")
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "hotline"]
    assert len(found) == 2, found


def test_fixd8_money_given_for_equipment_named_bare_is_equipment():
    text = "The Danish embassy will add 4 million kroner for equipment at the Zakho crossing."
    assert "equipment" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd8_a_suspect_s_records_shared_with_another_force_are_intelligence_sharing():
    text = "Kurdish police later shared bank records with Danish detectives, the court heard."
    assert "intelligence_sharing" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixa9_a_rank_after_a_lowercase_title_is_no_part_of_the_name():
    text = "Danish Navy spokesperson Commodore Lars Holmgaard said patrols in the strait had doubled since March."
    found = {(c["name"], c["role"]) for c in proposed(text, "officials")}
    assert ("Lars Holmgaard", "Navy spokesperson") in found, found
    text = "Greek coastguard spokesman Major Eleni Vasilaki said 40 people were rescued overnight."
    assert [c["name"] for c in proposed(text, "officials")] == ["Eleni Vasilaki"]


def test_fixa9_a_director_of_a_local_or_a_rights_organisation_is_no_official():
    text = "Mr. Karzan Aziz, director of the Duhok-based organisation Safe Return, said families needed housing first."
    assert proposed(text, "officials") == []
    text = "Ms. Runak Salih, head of a local rights organisation, said the shelter was full."
    assert proposed(text, "officials") == []


def test_fixa9_a_title_and_the_case_it_was_held_in_before_a_comma_and_the_name():
    text = "The state prosecutor in his trials, Sardar Hamid Qadir, disagrees with the defence."
    found = {(c["name"], c["role"]) for c in proposed(text, "officials")}
    assert ("Sardar Hamid Qadir", "state prosecutor") in found, found


def test_fixa9_a_coordinated_verb_of_saying_after_a_subject_and_its_appositive():
    text = ('Council member Shilan Aziz Ahmed, a lawyer from Kirkuk, said the city had no shelter, and asked why the '
            'province was "still waiting on Baghdad" before acting.')
    found = [(c["text_text"], c["speaker"]) for c in proposed(text, "statements")]
    assert ("still waiting on Baghdad", "Shilan Aziz Ahmed") in found, found


def test_fixa9_a_numbered_law_s_abbreviation_ends_no_clause_before_a_coordinated_verb():
    text = ('Rebwar Omar Salih said the council had drafted changes to Decree No. 12 of 2019, which covers shelters, and '
            'urged ministers to approve them "before the winter".')
    found = [(c["text_text"], c["speaker"]) for c in proposed(text, "statements")]
    assert ("before the winter", "Rebwar Omar Salih") in found, found


def test_fixa9_a_participle_of_saying_with_reported_words_before_the_quotation():
    text = ('Erbil MP Hawre Jalal Faraj questioned the deputy minister, saying that 300 families had returned to Sinjar '
            '"with no help at all".')
    found = [(c["text_text"], c["speaker"]) for c in proposed(text, "statements")]
    assert ("with no help at all", "Hawre Jalal Faraj") in found, found


def test_fixa9_one_word_quoted_with_its_speaker_after_it_is_a_statement():
    text = 'Asked whether the crossing would reopen, she paused. "Never," says Peri Nawzad Karim. "Not while I am here."'
    found = [(c["text_text"], c["speaker"]) for c in proposed(text, "statements")]
    assert ("Never", "Peri Nawzad Karim") in found, found


def test_fixb9_a_size_in_square_metres_told_as_an_adjective_is_no_figure():
    assert _figures("Her cousin now rents a 9-square-metre kiosk near the bus station.") == []
    assert _figures("Engineers are building a 30-km-long fence along the river.") == []
    assert ("9", 9, None) in _figures("They found 9 migrants in a 20-square-metre room.")


def test_fixb9_a_handbook_s_or_course_s_module_number_is_a_label():
    assert _figures("Module 4 of the course covers cross-border evidence.") == []
    assert _figures("Trainees who finished modules 2 and 5 got a certificate.") == []


def test_fixb9_the_components_of_a_project_are_no_figure():
    assert _figures("The programme has three components: training, equipment and legal reform.") == []
    assert _figures("Funding is split across five workstreams run from Erbil.") == []


def test_fixb9_one_person_quoted_after_an_opening_phrase_is_no_figure():
    text = "In evidence given by video link, one woman, who was 15 when she was trafficked, said she had been beaten."
    assert [f for f in _figures(text) if f[1] == 1] == []
    assert [f for f in _figures("At the hearing, one migrant told the judge he had paid in cash.") if f[1] == 1] == []
    # ... while one person counted by what befell them is still a figure
    assert ("one", 1, None) in _figures("After the raid, one man was arrested in Dover.")


def _fixc9_events(text: str, reference: str = "2026-06-30") -> list[tuple]:
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference)]


def test_fixc9_a_place_ending_like_an_article_before_a_ruling_verb_is_its_subject():
    assert _fixc9_events("In March, a tribunal in Samarra sentenced three smugglers to eight years in prison.") == [
        ("court_ruling", "2026-03", "occurred")]
    assert _fixc9_events("Last month a court in Amman convicted the driver of manslaughter.") == [
        ("court_ruling", "2026-05", "occurred")]
    # ... while the article itself still makes the participle an adjective
    assert _fixc9_events("Police said a sentenced smuggler had escaped.") == []


def test_fixc9_a_term_an_appeal_court_upheld_or_quashed_is_a_ruling():
    assert _fixc9_events("In February, the High Court of Justiciary upheld a nine-year sentence for the organiser.") == [
        ("court_ruling", "2026-02", "occurred")]
    assert _fixc9_events("The appeal court in Duhok quashed his prison term on 2 June.") == [
        ("court_ruling", "2026-06-02", "occurred")]


def test_fixc9_a_meeting_to_be_held_with_a_long_subject_naming_parties_is_planned():
    assert _fixc9_events("A joint meeting of border officials from Syria, Türkiye and Iraq will be held in Gaziantep on 4 September.") == [
        ("planned_meeting", "2026-09-04", "planned")]
    assert _fixc9_events("A planning meeting with the Danish Embassy and the Interior Ministry's Directorate of Residency Affairs "
                         "will take place in Baghdad on 9 October.") == [("planned_meeting", "2026-10-09", "planned")]
    # ... not one told done, a plan in a clause of its own after it
    assert ("meeting", "2026-06-29", "occurred") in _fixc9_events(
        "A meeting with the Danish Embassy took place in Baghdad on Monday, but officials said they would return in July.")


def test_fixc9_an_arrest_the_same_morning_as_an_incident_told_before_takes_its_day():
    text = ("Customs officers stopped a van at 6am on 12 March 2026 and found nine men inside.\n\n"
            "The driver was arrested at the port the same morning.")
    assert _fixc9_events(text) == [("arrest", "2026-03-12", "occurred")]
    # ... and one the same evening as an event told just before takes that event's day
    text = "Police raided a house in Leeds on 4 May. Two more men were arrested that evening."
    assert _fixc9_events(text) == [("arrest", "2026-05-04", "occurred"), ("arrest", "2026-05-04", "occurred")]


def test_fixd9_equipment_bought_with_money_told_before_is_equipment():
    text = ("The Danish grant came to 2 million kroner. Part of it has bought passport scanners for the Zakho crossing.")
    assert "equipment" in [c["measure_type"] for c in proposed(text, "measures")]
    # ... not a gang's purchase, told bare
    text = "The court heard that the network bought inflatable boats in Belgium."
    assert [c for c in proposed(text, "measures") if c["measure_type"] == "equipment"] == []


def test_fixd9_equipment_named_bare_beside_training_is_equipment_unless_named_as_things():
    text = "Sweden is paying for training, equipment and two liaison officers in Baghdad."
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "equipment"]
    assert any(d.startswith("equipment") for d in found), found
    text = ("Sweden gave 9 million kroner for equipment and training. Ten fingerprint scanners were handed over in Duhok "
            "in May.")
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "equipment"]
    assert found and not any(d.startswith("equipment") for d in found), found


def test_fixd9_our_databases_connected_are_a_data_system():
    text = "We are connecting our databases so that a name checked in Basra is checked in Oslo too."
    assert "data_system" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd9_a_border_information_system_named_with_capitals_is_a_data_system():
    text = "1. A Migration Management Information System linking six airports to a central server in Erbil;"
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "data_system"]
    assert any(d.startswith("Migration Management Information System") for d in found), found


def test_fixd9_a_workshop_held_is_training():
    text = "The Council of Europe this week held the third workshop of its justice project for 30 Iraqi prosecutors in Basra."
    assert "training" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd9_money_paid_to_returnees_is_reintegration():
    text = ("Norway's reintegration grant is paid out in Erbil. Finland pays returnees up to €4,000 through a scheme run "
            "with a charity in Helsinki.")
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "reintegration"]
    assert any("€4,000" in d for d in found), found


def test_fixd9_an_amendment_to_an_article_of_a_law_is_legal_reform():
    text = "The ministry has drafted an amendment to Article 9 of the Foreign Nationals Residency Law No. 76 of 2017, an official said."
    assert "legal_reform" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd9_a_legal_aid_scheme_for_victims_and_a_safe_house_expanded_are_victim_support():
    text = "A Dutch-funded legal aid scheme for trafficking victims opened in Kirkuk in March."
    assert "victim_support" in [c["measure_type"] for c in proposed(text, "measures")]
    text = "The women's charity in Duhok will enlarge its safe house next year."
    assert "victim_support" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd9_intelligence_from_partners_and_anonymised_reports_shared_are_intelligence_sharing():
    text = "Officials said intelligence from Iraqi counterparts had led to nine arrests in Bulgaria."
    assert "intelligence_sharing" in [c["measure_type"] for c in proposed(text, "measures")]
    text = "The charity agreed with the police to share anonymised case files every month."
    assert "intelligence_sharing" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd9_borders_fortified_with_money_given_are_equipment():
    text = "The cabinet allocated 20 billion dinars to fortifying the southern borders, the spokesman said."
    assert "equipment" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixa10_a_capitalised_member_for_a_seat_after_the_name_is_a_role():
    text = "Closing the debate, Nadia Forsyth, the Green Member for Bristol Central, said the figures were stark."
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == [("Nadia Forsyth", "Green Member for Bristol Central")]


def test_fixa10_major_before_a_name_is_a_rank():
    text = "The team in Koya was commanded by Major Sardar Omer Khalil. A major operation followed in May."
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == [("Sardar Omer Khalil", "Major")]


def test_fixa10_a_rank_stays_beside_a_post_told_by_a_verb():
    text = ("\"We found them at dawn,\" said Lieutenant Paola Greco, who heads the Coast Guard's patrol station in Otranto. "
            "The boat was towed in.")
    roles = {c["role"] for c in proposed(text, "officials") if c["name"] == "Paola Greco"}
    assert "Lieutenant" in roles, roles


def test_fixa10_a_pronoun_subject_of_the_last_sentence_goes_back_past_its_object():
    text = ("Karim Saleh, 41, is a baker from Koya. In spring he sold his shop to take their daughters, Zhian, 9, and Avin, 6, "
            "to Germany.\n\n\"The man in Koya told us the lorry had beds,\" he says.")
    assert one(text, "statements")["speaker"] == "Karim Saleh"


def test_fixa10_he_goes_on_speaking_when_no_one_is_named_since():
    text = ("Karim Saleh, 41, is a baker from Koya who left for Germany last spring with his wife and their two daughters, "
            "having sold the shop his father opened in the bazaar in 1979 and the car he had bought to deliver bread to the "
            "villages, in a summer when the flour price had risen for the third time and customers paid in credit.\n\n"
            "\"The man in Koya told us the lorry had beds,\" he says, sitting in the bakery he has reopened on the main street "
            "of the town, where the ovens are heated with diesel that has doubled in price since the summer began.\n\n"
            "The journey took them across Turkey and Bulgaria in lorries and cars, and through Serbia and Hungary on foot and "
            "by train, a route that thousands of families from the Kurdistan Region have taken in the past decade, often "
            "more than once, and often paying for each border twice.\n\n"
            "\"We slept in a forest near the border for four nights,\" he says.")
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Karim Saleh", "Karim Saleh"]


def test_fixa10_a_lowercase_title_of_a_capitalised_body_then_a_retired_rank_and_the_name():
    text = ("\"Walls alone will not keep young men at home,\" said the former head of the Border Guard Command, retired "
            "Brigadier General Sabah Nouri al-Amiri, adding that wages in the south \"cannot match what the smugglers promise\".")
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Sabah Nouri al-Amiri", "Sabah Nouri al-Amiri"]


def test_fixb10_a_file_size_is_no_figure():
    assert _figures("Download the annual report (PDF, 2.3 MB, 48 pages) or the summary (Word, 96 KB).") == []


def test_fixb10_an_age_hedged_after_a_person_is_no_figure():
    text = "A woman, thought to be about 40, was pulled from the water near Dunkirk by a French patrol."
    assert [f for f in _figures(text) if f[1] == 40] == []


def test_fixb10_what_someone_owns_is_no_figure_unless_counted():
    assert [f for f in _figures("The businessman, who owns 14 shops in Duhok, denied the claim.") if f[1] == 14] == []
    assert ("12", 12, None) in _figures("Prosecutors said the gang owned 12 boats stored in a Belgian warehouse.")


def test_fixb10_interviews_conducted_by_officers_are_a_sample():
    text = "In 230 interviews carried out by debriefing teams in Italy during the year, Kurds said the trip cost more."
    assert [f for f in _figures(text) if f[1] == 230] == []


def test_fixb10_a_year_after_a_determiner_is_no_figure():
    text = "The court heard that the 2023 convictions had broken the network's hold on the port."
    assert [f for f in _figures(text) if f[1] == 2023] == []


def test_fixb10_people_named_again_by_their_death_are_a_figure():
    text = "His cousin was among the three who died when the dinghy capsized off Calais."
    found = [c for c in proposed(text, "statistics") if c["value"] == 3]
    assert found and found[0]["unit"] == "persons", found


def test_fixb10_two_vague_sizes_set_against_each_other_in_a_quote_are_no_figures():
    text = ('The imam said the project was "help for several hundred families when millions are struggling".')
    assert _figures(text) == []
    assert [f for f in _figures('"Hundreds of people crossed last week," the mayor said.') if f[0] == "Hundreds"]


def test_fixb10_a_decisions_citations_are_no_figure():
    assert _figures("The ruling has since been quoted in scores of later cases.") == []
    assert _figures("The judgment was cited in 40 determinations last year.") == []


def test_fixc10_a_short_month_without_its_stop_dates_an_event():
    # wire copy writes "Nov 26, 2024" and a timeline "Sept 19 - ...": the day, not the year told later in passing
    text = "Oct 3 - A court in Duhok jailed two smugglers for ten years over a crossing in 2023."
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2025-12-01")] == [("court_ruling", "2025-10-03")]
    text = "Denmark and Iraq signed a readmission memorandum in Copenhagen on Feb 9, 2025, officials said."
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2025-12-01")] == [("signing", "2025-02-09")]


def test_fixc10_a_plural_subject_meeting_in_the_bare_present_on_a_weekday_is_planned():
    # 2025-12-01 is a Monday
    text = "Police chiefs from Germany and Iraq meet in Berlin on Thursday to discuss the smuggling routes."
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2025-12-01")] == [
        ("planned_meeting", "2025-12-04", "planned")]
    # ... but not one negated, nor a habit
    text = "The police chiefs did not meet in Berlin on Thursday, officials said."
    assert all(c["status"] != "planned" for c in proposed(text, "events", "2025-12-01"))
    text = "Police chiefs from Germany and Iraq meet in Berlin every Thursday to discuss the routes."
    assert proposed(text, "events", "2025-12-01") == []


def test_fixc10_a_decision_set_aside_on_its_day_and_an_appeal_allowed_are_rulings():
    text = "In a judgment handed down on 3 March, Judge Anna Kell set aside the decision of the lower tribunal."
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-04-01")] == [("court_ruling", "2026-03-03")]
    text = "The first judge, who had allowed Omar's appeal in May 2025, gave no reasons."
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-04-01")] == [("court_ruling", "2025-05")]
    # ... undated, a ruling told in summary
    assert proposed("The tribunal set aside the earlier decision and remade it.", "events", "2026-04-01") == []


def test_fixc10_permission_to_appeal_granted_in_the_passive_is_a_ruling():
    text = "Permission to appeal to the Court of Appeal was refused in February because no error of law was found."
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-04-01")] == [
        ("court_ruling", "2026-02", "occurred")]


def test_fixc10_a_case_listed_in_a_court_named_on_a_day_is_a_planned_ruling():
    text = "A second appeal, brought by a returnee to Duhok, is listed in the High Court on 9 May."
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-04-01")] == [
        ("court_ruling", "2026-05-09", "planned")]


def test_fixc10_a_report_with_its_edition_in_brackets_published_on_a_day_is_a_publication():
    text = "The court cited the ministry's guidance note on returns (edition 2.1), published in January 2026, at length."
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-04-01")] == [("publication", "2026-01")]


def test_fixc10_an_undated_sentence_after_a_dated_conviction_of_the_same_subject_is_that_case():
    text = "In 2024 she was convicted at Leeds Crown Court of people smuggling, having driven the van, and was jailed for four years."
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-04-01")] == [("court_ruling", "2024")]


def test_fixc10_a_weekday_naming_yesterday_dates_no_arrest_announced_with_its_own_day():
    # 2026-03-11 is a Wednesday: "yesterday, Tuesday" is the announcement's day, the arrest's is Sunday
    text = "The police announced yesterday, Tuesday, the arrest of three smugglers in Kirkuk on Sunday."
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-03-11")]
    assert ("arrest", "2026-03-08") in found and ("arrest", "2026-03-10") not in found, found


def test_fixd10_grants_two_sentences_after_the_returnees_are_reintegration():
    text = ("Since June, 90 returnees have joined a welding course in Kirkuk. Most of those who finished it now have work. "
            "Graduates may also apply for start-up grants of up to $2,500.")
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "reintegration"]
    assert any("start-up grants" in d for d in found), found


def test_fixd10_a_grant_paying_for_equipment_is_no_reintegration():
    text = ("Returnees were welcomed at the airport. The governor said that new radars, bought with a Danish grant of "
            "€400,000, would be installed on the coast.")
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "reintegration"]
    assert not any("grant" in d for d in found), found


def test_fixd10_a_stipend_beside_grants_in_a_passage_about_returnees_is_reintegration():
    text = ("About 150 returnees are taking part in the bakery course in Duhok. Each participant receives a weekly stipend "
            "of 60,000 dinars and graduates can apply for business grants of up to $2,000.")
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "reintegration"]
    assert any(d.startswith(("a weekly stipend", "weekly stipend")) for d in found), found
    text = "The university pays each doctoral student a monthly stipend of 400,000 dinars, the dean said."
    assert "reintegration" not in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd10_intelligence_an_operation_ran_with_or_arrests_were_made_on_is_intelligence_sharing():
    text = "With intelligence provided by the Dutch National Police, Iraqi officers detained four men in Basra on Monday."
    assert "intelligence_sharing" in [c["measure_type"] for c in proposed(text, "measures")]
    text = "Eleven suspects have been detained in Erbil on German intelligence since the spring, the ministry said."
    assert "intelligence_sharing" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd10_risk_analysis_exchanged_is_intelligence_sharing():
    text = "Europol now shares threat assessments with the Iraqi Interior Ministry every quarter."
    assert "intelligence_sharing" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd10_a_course_for_instructors_is_training():
    text = "The next course, for 25 instructors from Basra and Najaf, was due in January."
    assert "training" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd10_a_returns_programme_paid_for_is_apart_from_returns_sped_up():
    text = ("The two ministers agreed to speed up returns of people refused asylum. In May the Home Office gave a further "
            "£2 million to a returns scheme run with a Danish charity.")
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "returns"]
    assert any(d.startswith("returns scheme") for d in found), found


def test_fixd10_returns_told_in_general_after_a_returns_measure_are_no_new_measure():
    text = ("The first removal flight to Erbil left Stansted in May. Last month a court ruled that returns to "
            "Iraq were lawful for most men.")
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "returns"]
    assert not any(d.startswith("returns to Iraq") for d in found), found


def test_fixd10_the_frame_opening_a_measures_sentence_is_no_measure_of_its_own():
    text = ("Under a working arrangement with the United Kingdom agreed in 2023, Europol shares threat assessments with the "
            "Iraqi Interior Ministry.")
    found = [c["description_text"] for c in proposed(text, "measures")]
    assert not any(d.startswith("Under a working arrangement") for d in found), found


def test_fixa11_a_director_of_a_womens_refuge_holds_no_public_office():
    text = "Leyla Rashid, director of Asoy Women's Refuge, said the beds were full."
    assert [c["name"] for c in proposed(text, "officials")] == [], proposed(text, "officials")


def test_fixa11_a_post_at_a_company_named_by_its_trade_is_no_public_office():
    text = ("Interior Minister Sarah Linwood opened the centre.\n\n"
            "Mark Tolland, managing director of Corvane Technologies, which supplied the scanners, said the work was hard.")
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Sarah Linwood", "Interior Minister")], found


def test_fixa11_a_charity_named_after_what_it_is_makes_its_posts_private():
    text = ("The fair was run by the Margate charity Harbour Door.\n\n"
            "Ellen Voss, coordinator of Harbour Door, said the charity had helped 80 families.")
    assert [c["name"] for c in proposed(text, "officials")] == [], proposed(text, "officials")


def test_fixa11_a_police_rank_abbreviated_before_the_name_is_a_title():
    text = "PC Nadia Fenwick, of Essex Police's exploitation team, spoke to parents at the school gates."
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Nadia Fenwick", "PC")], found


def test_fixa11_she_meeting_a_titled_official_goes_on_being_whom_she_was_before():
    text = ("Margate MP Joanna Leigh said the town had been patient. She will see the Home Secretary, Alan Breck, on Monday.\n\n"
            "\"I have met families who lost two sons,\" she said.")
    found = [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")]
    assert ("Joanna Leigh", "I have met families who lost two sons") in found, found


def test_fixa11_a_relative_named_without_a_comma_speaks_the_first_person_paragraph_after():
    text = ("Rebin's uncle Kawa, 52, who drives a taxi in Erbil, said the family had sold their land.\n\n"
            "\"We told him not to go. We begged him.\"")
    found = [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")]
    assert found and found[0][0] == "Kawa", found


def test_fixb11_an_age_asked_as_a_question_is_no_figure():
    text = '"What should I tell his sister? That he was 19? That he wanted to study in Leeds?"'
    assert [f for f in _figures(text) if f[1] == 19] == []


def test_fixb11_a_survey_dated_before_its_sample_is_no_figure():
    text = "A researcher at the university carried out a survey in May of 320 returnees in Soran."
    assert [f for f in _figures(text) if f[1] == 320] == []
    text = "A poll last month of 1,200 residents found that most opposed the plan."
    assert [f for f in _figures(text) if f[1] == 1200] == []


def test_fixb11_a_planned_multiplier_with_its_target_leaves_the_target_alone():
    text = "Denmark will triple the number of its police advisers in Erbil to nine, the ministry said."
    assert [(f[1], f[2]) for f in _figures(text)] == [(9, None)]


def test_fixb11_a_range_of_borders_or_countries_crossed_is_no_figure():
    text = '"Smugglers move people across four or five borders, so we must work together," she said.'
    assert _figures(text) == []
    text = "The network operated in seven or eight countries, prosecutors said."
    assert _figures(text) == []


def test_fixb11_one_case_file_is_no_count_of_cases():
    text = '"One unit, one case file, one prosecutor for every network," the minister said.'
    assert _figures(text) == []
    text = "Police opened one case in Dohuk last week."
    assert [f[1] for f in _figures(text)] == [1]


def test_fixc11_a_survey_published_with_its_month_is_a_publication():
    text = "A sociologist at Salahaddin University published a survey in March of 200 families in Koya."
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-05-02")] == [("publication", "2026-03")]


def test_fixc11_a_report_named_by_three_words_to_be_published_is_a_publication():
    text = "The agency will publish its annual rural employment report for Duhok in November."
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-05-02")] == [
        ("publication", "2026-11", "planned")]


def test_fixc11_a_court_that_gave_life_imprisonment_made_a_ruling():
    text = "A criminal court in Kirkuk on 4 February gave life imprisonment to the leader of the ring."
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-05-02")] == [("court_ruling", "2026-02-04")]


def test_fixc11_courts_of_a_place_counted_as_convicting_are_a_figure():
    text = "Courts in Nineveh and Anbar province convicted 51 people of smuggling offences during the year, he said."
    assert [c for c in proposed(text, "events", "2026-05-02") if c["event_type"] == "court_ruling"] == []
    text = "He said police had made 90 arrests and that courts in Basra had convicted 37 of them."
    assert [c for c in proposed(text, "events", "2026-05-02") if c["event_type"] == "court_ruling"] == []


def test_fixc11_the_arrest_of_one_rings_members_something_led_to_dated_is_an_arrest():
    text = "In March the shared database led to the arrest of nine members of a gang in Kirkuk that forged visas."
    assert [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-05-02")] == [("arrest", "2026-03")]


def test_fixc11_a_journey_made_for_a_meeting_named_is_that_planned_meeting():
    text = "The minister is expected to travel to Erbil in July for the fourth meeting of the steering board."
    assert [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-05-02")] == [
        ("planned_meeting", "2026-07", "planned")]


def test_fixc11_anyone_or_no_one_arrested_is_no_arrest():
    text = '"Every trafficker detained in Basra is a boat that never leaves Turkey," the colonel said.'
    assert [c for c in proposed(text, "events", "2026-05-02") if c["event_type"] == "arrest"] == []
    text = '"No one arrested the man who took our money," her brother said.'
    assert [c for c in proposed(text, "events", "2026-05-02") if c["event_type"] == "arrest"] == []


def test_fixc11_a_cost_met_by_money_is_no_meeting():
    text = "The clinic's annual rent of $40,000 is met by a £30,000 grant from the Foreign Office."
    assert [c for c in proposed(text, "events", "2026-05-02") if c["event_type"] == "meeting"] == []


def test_fixc11_a_news_storys_time_stamp_is_no_publication():
    text = "By Jean Martin, in Calais\nPublished on 02/05/2026 at 07:15\n\nThe harbour was quiet on Saturday."
    assert [c for c in proposed(text, "events", "2026-05-02") if c["event_type"] == "publication"] == []


def test_fixd11_an_intelligence_cell_placed_in_iraq_is_the_joint_one_without_the_word():
    text = "Officials say the intelligence hub at Basra has paid for itself twice over since it opened."
    assert "joint_intelligence_cell" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd11_awareness_talks_are_a_communications_campaign():
    text = "Volunteers from the charity gave awareness talks in 12 villages near Zakho over the winter."
    assert "communications_campaign" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd11_a_campaign_told_by_its_warnings_is_a_communications_campaign():
    text = "A campaign run with UNICEF will carry warnings about smugglers to youth clubs in Kirkuk from March."
    assert "communications_campaign" in [c["measure_type"] for c in proposed(text, "measures")]
    text = "The election campaign, the mayor warned on Tuesday, would be a bitter one."
    assert "communications_campaign" not in [c["measure_type"] for c in proposed(text, "measures")
                                             if c["measure_type"] != "TODO"]


def test_fixd11_a_refuge_for_women_and_girls_is_victim_support():
    text = "Norway paid for a refuge for women and girls in Dohuk, which opened its doors in May."
    assert "victim_support" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd11_top_up_payments_are_reintegration_only_for_returnees():
    text = "Some 200 returnees with disabilities were given top-up payments of up to €800 each, the agency said."
    assert "reintegration" in [c["measure_type"] for c in proposed(text, "measures")]
    text = "The council makes top-up payments to low-paid nurses in the city, the mayor said."
    assert "reintegration" not in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd11_a_programme_another_donor_funds_is_a_measure_apart_in_its_sentence():
    text = ("People sent back from Britain receive reintegration support through the Home Office, while those returning "
            "from Sweden join a Swedish-funded reintegration project in Erbil.")
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "reintegration"]
    assert any(d.startswith("Swedish-funded") or d.startswith("reintegration project") for d in found), found


def test_fixa12_a_post_held_over_years_both_ended_is_no_office():
    text = "Dame Olivia Trent, Britain's consul-general in Erbil from 2009 to 2012, thought the plan sound."
    assert "Olivia Trent" not in [c["name"] for c in proposed(text, "officials")]
    text = "Tomas Lindgren, Sweden's ambassador in Baghdad, thought the plan sound."
    assert "Tomas Lindgren" in [c["name"] for c in proposed(text, "officials")]


def test_fixa12_a_spokesperson_for_an_opposition_party_named_by_its_members_is_no_official():
    text = "Erik Holm, justice spokesperson for the opposition Christian Democrats, said the deal came late."
    assert "Erik Holm" not in [c["name"] for c in proposed(text, "officials")]


def test_fixa12_his_excellency_as_a_sentence_subject_stands_for_the_minister_named_after_it():
    text = ("His Excellency Mr. Dilshad Omer Rasul, Minister of Interior of the Kurdistan Region, received a delegation headed "
            "by Mr. Peter Hollis, accompanied by Colonel Ian Rowe, Defence Attaché at the British Embassy.\n\n"
            "The two sides reviewed the work done under the memorandum of understanding on returns signed between the two "
            "governments, the training of border guards at the crossings with Turkey and Iran, the equipment supplied to the "
            "airports of Erbil and Sulaimani, the campaign on the dangers of the journey broadcast on local channels, the grants "
            "paid to returnees who open small businesses, and the exchange of information on the networks that move people "
            "across the borders of the Region.\n\n"
            "His Excellency praised the cooperation between the two governments on the return of migrants over the past year, "
            "noting that the courts of the Region had convicted dozens of smugglers in the same period and that the ministry "
            "had opened offices to receive returnees in Erbil, Duhok, Sulaimani and Halabja, with more to follow next year. "
            "He stated that \"no young person of the Region should have to risk the sea to build a life.\"")
    found = [c for c in proposed(text, "statements") if "risk the sea" in c["text_text"]]
    assert found and found[0]["speaker"] == "Dilshad Omer Rasul"


def test_fixa12_whose_relative_clause_names_someone_the_subject_speaks_after():
    text = ("Layla Hamid, whose son Rawa, 19, died off Calais when the dinghy overturned in 2024, said: "
            "\"Nobody told us the sea would be that cold.\"")
    found = [c for c in proposed(text, "statements") if "sea would be" in c["text_text"]]
    assert found and found[0]["speaker"] == "Layla Hamid"


def test_fixa12_a_sentence_opening_for_a_forename_names_the_one_a_pronoun_stands_for():
    text = ("Dara Salih Karim lost two cousins at sea in 2023. Dara, 31, now drives a taxi in Sulaimani.\n\n"
            "A trade minister visited the city in June.\n\n"
            "For Dara, the new rules changed nothing. \"The boys still watch the same videos every night,\" he said.")
    found = [c for c in proposed(text, "statements") if "same videos" in c["text_text"]]
    assert found and found[0]["speaker"] == "Dara Salih Karim"


def test_fixa12_he_after_his_wife_named_stands_for_the_husband():
    text = ("Ambassador Tariq Salman Hadi keeps a map of Basra on his desk. Hadi says the talks will go on. Hadi was in "
            "Rome before.\n\nHis wife, Dr Nour Abbas, a surgeon, joined him in March.\n\n"
            "\"My daughters ask me every week when we are going home,\" he says.")
    found = [c for c in proposed(text, "statements") if "daughters ask" in c["text_text"]]
    assert found and found[0]["speaker"] == "Tariq Salman Hadi"


def test_fixb12_an_estimated_cost_before_an_amount_is_approximate():
    found = proposed("The ministry will build the centre at an estimated cost of 6 billion Iraqi dinars.", "funding")
    assert [(c["amount"], c["currency"], c["qualifier"]) for c in found] == [(6000000000, "IQD", "about")], found


def test_fixb12_a_count_opening_the_sentence_after_its_base_is_a_figure():
    text = "Only five of the 40 drivers we met held licences. Three said they would give up driving."
    assert "Three" in [c["value_text"] for c in proposed(text, "statistics")]


def test_fixb12_the_sons_a_family_lost_are_no_figure():
    text = "Neighbours gathered outside the house of the Aziz family, who lost three sons in the sinking."
    assert proposed(text, "statistics") == []


def test_fixb12_a_short_number_written_in_groups_is_no_figure():
    text = "Anyone who saw the boat can ring the coastguard on 112 23, the agency said."
    assert proposed(text, "statistics") == []


def test_fixb12_a_vague_plural_of_posts_something_is_shown_in_is_no_figure():
    assert proposed("• A diamond necklace worth £9,000, shown off in hundreds of TikTok videos", "statistics") == []
    assert [c["value"] for c in proposed("Police found hundreds of photos of forged passports on his phone.", "statistics")] == [200]


def test_fixb12_a_numeric_date_written_with_spaces_is_no_figure():
    assert proposed("Press Release 07 / 11 / 2025\n\nThe talks opened in Basra.", "statistics") == []


def test_fixb12_a_title_listing_its_subjects_runs_to_the_list_end():
    titles = [c["title"] for c in proposed("The two ministers signed a Memorandum of Understanding on Policing, Borders "
                                           "and Asylum Support.", "agreements")]
    assert titles == ["Memorandum of Understanding on Policing, Borders and Asylum Support"], titles
    titles = [c["title"] for c in proposed("The two sides signed a Joint Statement on Returns, Britain and Iraq said.", "agreements")]
    assert titles == ["Joint Statement on Returns"], titles


def test_fixc12_a_hearing_due_at_a_court_in_a_month_is_a_planned_ruling():
    text = "The smuggler was jailed for nine years. A restraint hearing is due at Leeds Crown Court in March 2027."
    rulings = [c for c in proposed(text, "events", reference="2026-05-01") if c["date"] == "2027-03"]
    assert [(c["event_type"], c["status"]) for c in rulings] == [("court_ruling", "planned")], rulings


def test_fixc12_a_round_of_a_dialogue_held_is_one_meeting():
    event = one("On Tuesday in Amman, Jordan and Iraq held the second round of their strategic dialogue on border security.",
                "events", reference="2026-04-09")
    assert (event["event_type"], event["date"], event["status"]) == ("meeting", "2026-04-07", "occurred")
    event = one("The two ministries will hold their next round of talks in Erbil in October.", "events", reference="2026-04-09")
    assert (event["event_type"], event["date"], event["status"]) == ("planned_meeting", "2026-10", "planned")


def test_fixc12_a_dialogue_or_its_numbered_round_told_in_the_passive_is_a_meeting():
    event = one("The sixth round of the dialogue will take place in Amman in May 2027.", "events", reference="2026-04-09")
    assert (event["event_type"], event["date"], event["status"]) == ("planned_meeting", "2027-05", "planned")
    event = one("The first Jordan–Iraq Border Dialogue took place in Amman in 2021.", "events", reference="2026-04-09")
    assert (event["event_type"], event["date"], event["status"]) == ("meeting", "2021", "occurred")
    event = one("The second round was held in Baghdad in July 2024.", "events", reference="2026-04-09")
    assert (event["event_type"], event["date"], event["status"]) == ("meeting", "2024-07", "occurred")


def test_fixc12_people_met_after_the_meeting_are_met_on_its_day():
    text = ("On Monday the two ministers held talks in Amman. The minister met refugees at a UNHCR centre in the city after "
            "the talks.")
    met = [c for c in proposed(text, "events", reference="2026-04-09") if "refugees" in c["quote"]]
    assert [(c["event_type"], c["date"]) for c in met] == [("meeting", "2026-04-06")], met


def test_fixc12_giving_evidence_to_a_committee_opening_the_sentence_is_a_meeting():
    event = one("Giving evidence to the Public Accounts Committee on 12 February, the permanent secretary said costs had doubled.",
                "events", reference="2026-04-09")
    assert (event["event_type"], event["date"], event["status"]) == ("meeting", "2026-02-12", "occurred")


def test_fixc12_a_written_answer_to_a_question_is_no_meeting():
    text = "Source: Hansard, written answer to question HL2291, 4 March."
    assert [c for c in proposed(text, "events", reference="2026-04-09") if c["event_type"] == "meeting"] == []


def test_fixd12_joint_investigations_told_by_their_target_are_a_joint_investigation_team():
    text = "The two police forces will carry out joint investigations into trafficking gangs from next spring."
    assert "joint_investigation_team" in [c["measure_type"] for c in proposed(text, "measures")]
    # one joint investigation that led to arrests is an operation, no team set up
    text = "Four men were held in a joint investigation into a Leeds gang, the force said."
    assert "joint_investigation_team" not in [c["measure_type"] for c in proposed(text, "measures") if c["measure_type"] != "TODO"]


def test_fixd12_the_return_of_people_with_no_right_to_stay_is_returns():
    text = "The deal signed in Baghdad covers the removal of foreign nationals with no right to stay in the UK."
    assert "returns" in [c["measure_type"] for c in proposed(text, "measures")]


def test_fixd12_returns_whose_total_is_told_after_an_aside_are_a_figure():
    text = "Last year, removals to Iraq, forced and voluntary, reached 2,400, the ministry said."
    assert "returns" not in [c["measure_type"] for c in proposed(text, "measures") if c["measure_type"] != "TODO"]


def test_fixd12_liaison_officers_of_another_country_are_another_posting():
    text = ("Denmark will post an officer to Erbil next year. Under an older deal, British liaison officers already "
            "work in Erbil.")
    found = [c for c in proposed(text, "measures") if c["measure_type"] == "liaison_officer"]
    assert len(found) == 2, found


def test_fixd12_a_posting_summed_up_in_the_opening_is_the_liaison_officer_named_after_it():
    text = ("Norway will post an officer to Baghdad under a new deal.\n\n"
            "The police liaison officer in Baghdad will start work in March, the ministry said.")
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "liaison_officer"]
    assert len(found) == 1 and "liaison officer" in found[0], found


def test_fixd12_a_clause_telling_who_carries_a_measure_out_is_no_measure():
    text = ("Sweden will give €3 million towards reintegration support for families going home to Mosul, implemented jointly "
            "with the International Organization for Migration.")
    found = [c["description_text"] for c in proposed(text, "measures")]
    assert not any(d.startswith("implemented") for d in found), found


def test_fixd12_a_title_cut_at_its_comma_is_no_measure():
    text = "At the end of the talks, the ministers signed a Joint Declaration on Borders, Returns and Reintegration."
    found = [c["description_text"] for c in proposed(text, "measures")]
    assert not any(d.startswith("Returns and") for d in found), found


def test_fixd12_grants_the_reintegration_money_pays_are_that_reintegration():
    text = "Norway gave €5 million for the reintegration of returnees in Erbil, with business grants of up to €1,500 each."
    assert [c["measure_type"] for c in proposed(text, "measures")].count("reintegration") == 1
    # ... but a centre and the grants it offers are two
    text = "The ministry will open a reintegration centre in Zakho, with start-up grants of up to $2,000 for returnees."
    assert [c["measure_type"] for c in proposed(text, "measures")].count("reintegration") == 2


def test_fixa13_a_legislator_named_with_a_bracketed_party_is_an_mp():
    text = ("Sara Hamid, an MP for Duhok from the Kurdistan Islamic Union (KIU) bloc, asked for the figures. "
            "Karwan Aziz, an MP from the Gorran (Change) list, agreed.")
    found = {(c["name"], c["role"]) for c in proposed(text, "officials")}
    assert ("Sara Hamid", "MP for Duhok") in found, found


def test_fixa13_a_post_at_an_aid_group_is_no_office():
    text = 'Marta Janssens, coordinator of the refugee aid group Open Harbour, said the fines were "too late".'
    assert not [c for c in proposed(text, "officials") if c["name"] == "Marta Janssens"]


def test_fixa13_its_spokesperson_of_a_movement_holds_no_office():
    text = "The opposition Free Voice movement walked out of the debate. Its spokesperson, Dara Kamal, called it a farce."
    assert not [c for c in proposed(text, "officials") if c["name"] == "Dara Kamal"]


def test_fixa13_its_chairman_of_a_community_centre_holds_no_office():
    text = ("Families met at the Lewisham Kurdish Community Centre on Friday. About 900 members use it, according to the centre. "
            "Its chairman, Soran Qadir, said the boys rarely listen.")
    assert not [c for c in proposed(text, "officials") if c["name"] == "Soran Qadir"]


def test_fixb13_the_officers_named_with_the_place_they_serve_are_counted():
    text = "Then there are the three NCA liaison officers in Basra, who began work in the spring."
    assert [c["value"] for c in proposed(text, "statistics")] == [3]


def test_fixb13_one_person_told_by_the_state_they_remain_in_is_no_figure():
    text = "Six were rescued from the dinghy on Monday, and one woman is still in a critical condition."
    assert [c["value"] for c in proposed(text, "statistics")] == [6]
    # ... but one person counted by what befell them is
    assert [c["value"] for c in proposed("Officers said one man was arrested in Hull.", "statistics")] == [1]


def test_fixb13_a_cause_driving_an_untold_many_to_act_is_no_figure():
    assert proposed("Unemployment is pushing thousands to gamble on the smugglers, one MP said.", "statistics") == []
    # ... but the people a network sends, counted by their noun, are
    text = "The gangs send hundreds of young Kurds towards Germany each month."
    assert [c["value"] for c in proposed(text, "statistics")] == [200]


def test_fixc13_a_workshop_or_seminar_to_be_held_is_a_planned_meeting():
    text = "A workshop for prosecutors from Basra and Mosul will be held in Baghdad on 14 September."
    found = [(c["event_type"], c.get("date"), c["status"]) for c in proposed(text, "events", reference="2026-05-20")]
    assert ("planned_meeting", "2026-09-14", "planned") in found, found
    text = "A seminar for border guards will take place in Zakho next month."
    found = [(c["event_type"], c["status"]) for c in proposed(text, "events", reference="2026-05-20")]
    assert ("planned_meeting", "planned") in found, found


def test_fixd13_a_toll_free_line_is_a_hotline():
    text = "Families of missing migrants can reach the Red Crescent on the toll-free line 4433 at any hour."
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "hotline"]
    assert found and found[0].startswith("toll-free line"), found


def test_fixd13_a_reception_desk_in_iraq_receives_returnees():
    text = "Charity volunteers staff a reception desk at Baghdad International Airport for people flown back from Germany."
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] != "TODO"]
    assert any(d.startswith("reception desk") for d in found), found


def test_fixd13_information_sessions_on_the_risks_are_a_campaign():
    text = "Information sessions on the dangers of crossing the Channel were held in six villages near Duhok last month."
    found = [c["measure_type"] for c in proposed(text, "measures")]
    assert "communications_campaign" in found, found


def test_fixd13_case_management_software_is_a_data_system():
    text = "Denmark paid for case-management software for Iraqi border judges."
    found = [c["measure_type"] for c in proposed(text, "measures")]
    assert "data_system" in found, found


def test_fixd13_information_shared_by_partners_is_intelligence_sharing():
    text = "Kurdish police arrested the pair with information shared by their Dutch partners, a spokesman said."
    found = [c["measure_type"] for c in proposed(text, "measures")]
    assert "intelligence_sharing" in found, found


def test_fixd13_a_second_team_is_another_measure():
    text = ("The joint investigation team has made 20 arrests in Duhok. Norway will fund a second joint investigation team "
            "in Mosul from next year.")
    found = [c for c in proposed(text, "measures") if c["measure_type"] == "joint_investigation_team"]
    assert len(found) == 2, found


def test_fixa14_a_date_month_opens_no_title():
    text = "On 14 March Judge Rowan Hale refused the couple's appeal at the tribunal in Leeds."
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Rowan Hale", "Judge")], found


def test_fixa14_a_council_post_named_by_its_duties_is_a_role():
    text = "Priya Dunmore, Wakefield Council's senior housing and environmental health officer, said the flats were unsafe."
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Priya Dunmore", "senior housing and environmental health officer")], found


def test_fixa14_a_crosshead_recased_from_a_later_quotation_is_no_statement():
    text = ("The minister, Tom Vale, said more flights would leave this spring.\n\n'All my savings are gone'\n\n"
            "Among the men on board was Karwan Saleh, 29.\n\n\"I paid the smugglers and all my savings are gone,\" he said.")
    found = [c["text_text"] for c in proposed(text, "statements")]
    assert "All my savings are gone" not in found, found


def test_fixb14_a_numbered_training_course_is_no_figure():
    assert proposed("Cohort 3 graduated in May; Course 9 starts in Basra next week.", "statistics") == []


def test_fixb14_a_growing_debt_is_no_ratio():
    assert proposed("Their loan has already tripled since they reached Calais.", "statistics") == []
    # ... but a count that doubled is one
    assert [c["unit"] for c in proposed("Arrests have already doubled this year.", "statistics")] == ["ratio"]


def test_fixb14_the_size_of_groups_people_are_moved_in_is_no_figure():
    assert proposed("Guards walked the detainees to the plane in groups of four.", "statistics") == []


def test_fixb14_a_duration_told_again_without_its_unit_is_no_figure():
    assert proposed("The offence carries up to 7 years in jail, rising to 12 for repeat offenders.", "statistics") == []
    assert proposed("She said the war will not end in ten years, or in fifty.", "statistics") == []


def test_fixb14_a_parents_children_after_whose_are_no_figure():
    text = "Rezan Ali, a father from Ranya whose three daughters crossed to Turkey last year, spoke to us."
    assert proposed(text, "statistics") == []


def test_fixb14_a_charge_of_what_a_policy_has_done_to_an_untold_many_is_no_figure():
    text = "The charity attacked the scheme, arguing it has returned hundreds of families to camps near Mosul."
    assert proposed(text, "statistics") == []


def test_fixc14_remand_by_magistrates_and_a_later_appearance():
    text = ("The pair were remanded in custody by magistrates in Dover this morning and are due to appear at "
            "Canterbury Crown Court on 4 August.")
    found = {(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2025-07-02")}
    assert ("court_ruling", "2025-07-02", "occurred") in found, found
    assert ("court_ruling", "2025-08-04", "planned") in found, found


def test_fixc14_due_before_a_court_is_a_planned_hearing():
    text = "A second suspect has been charged and is due before Hull Magistrates' Court on Monday."
    found = {(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2025-07-02")}
    assert ("court_ruling", "2025-07-07", "planned") in found, found


def test_fixc14_someone_met_and_nobody_arrested_are_no_events():
    text = '"She paid a man she met in a tea house in Duhok. Everyone knew the boss, and nobody arrested him for years."'
    assert proposed(text, "events", "2025-07-02") == []


def test_fixc14_talks_just_ended_as_a_minister_spoke_take_that_day():
    text = "The envoy said on Thursday after talks in Basra with the provincial governor that more patrols would follow."
    found = {(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-05-14")}
    assert ("meeting", "2026-05-14") in found, found


def test_fixc14_hoped_rulings_journeys_to_a_verdict_and_intervals_are_no_events():
    text = ("The lawyer said courts in Basra, Najaf and Karbala had convicted 31 of them. \"I expect my client to be cleared "
            "of all charges.\" His brother drove from Kirkuk to hear the verdict. The charity spoke out on Monday, three "
            "years after it was signed.")
    found = [(c["event_type"], c["description_text"]) for c in proposed(text, "events", "2026-05-14")]
    assert found == [], found


def test_fixd14_public_urged_to_report_to_a_hotline_is_a_measure():
    text = "Residents of Zakho were urged to report boat sellers to the provincial council's free anti-smuggling helpline."
    found = [c["measure_type"] for c in proposed(text, "measures")]
    assert "hotline" in found, found


def test_fixd14_reception_centre_run_by_an_authority_is_a_measure_named_once():
    text = ("The men were driven to a reception centre beside the motorway run by the provincial government. "
            "At the reception centre every returnee was interviewed by a caseworker.")
    found = [c for c in proposed(text, "measures") if c["measure_type"] != "TODO"]
    assert len(found) == 1 and "beside the motorway" in found[0]["description_text"], found


def test_fixd14_flight_named_again_in_apposition_is_one_description():
    text = ("A charter flight with 30 men deported from Britain touched down in Basra on Friday, the second removal flight "
            "of the month under the agreement.")
    found = [c for c in proposed(text, "measures") if c["measure_type"] == "returns"]
    assert len(found) == 1 and "charter flight" in found[0]["description_text"], found
    assert "removal flight of the month" in found[0]["description_text"], found


def test_fixa15_federal_ministers_title_keeps_federal():
    text = "Federal Foreign Minister Jonas Brenner flew to Baghdad on Tuesday for two days of talks."
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert ("Jonas Brenner", "Federal Foreign Minister") in found, found


def test_fixa15_charge_d_affaires_is_a_title():
    text = "The Dutch chargé d'affaires in Erbil, Maartje Smit, said the embassy would fund two more courses."
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert ("Maartje Smit", "chargé d'affaires in Erbil") in found, found


def test_fixa15_aid_groups_name_is_no_speaker():
    text = ('Joris Vermeulen of the migrant aid group Vluchtweg Zuid said the camp was full. "We turn away ten families '
            'every night," he said.')
    found = [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")]
    assert ("Joris Vermeulen", "We turn away ten families every night") in found, found


def test_fixa15_one_name_someone_calls_himself_is_a_person():
    text = ("The driver who calls himself Baran parks outside the bakery every morning. He earns little, he says, "
            '"barely enough for the fuel and the bribes".')
    found = [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")]
    assert ("Baran", "barely enough for the fuel and the bribes") in found, found


def test_fixa15_sentence_case_title_in_commas_after_a_document_is_no_statement():
    text = ('The study, "Waiting rooms: life in the camps after return", follows 40 families for a year. '
            'Its author, Dr Lina Haddad of the University of Leeds\'s Migration Lab, said the camps were "a second exile".')
    found = [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")]
    assert found == [("Lina Haddad", "a second exile")], found


def test_fixa15_portfolio_before_a_holders_honorific_is_no_person():
    text = ('The Director General of Technical Schooling, Mr. Karwan Aziz Salih, said the workshops would stay open. '
            '"We will not close them again," he said.')
    found = [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")]
    assert ("Karwan Aziz Salih", "We will not close them again") in found, found


def _fixb15_figures(text: str) -> list:
    return [(c["value_text"], c["value"]) for c in proposed(text, "statistics", "2026-03-01")]


def test_fixb15_ratio_opening_its_sentence_before_its_noun_is_one_figure():
    found = _fixb15_figures("Police gave no figure. Two in five Syrian returnees interviewed by the agency had no papers.")
    assert found == [("Two in five", 0.4)], found


def test_fixb15_school_grades_are_no_figures():
    found = _fixb15_figures("The lessons reach about 8,000 pupils in grades 7 to 10 across Soran.")
    assert [v for _, v in found] == [8000], found


def test_fixb15_distance_in_streets_or_doors_is_no_figure():
    assert _fixb15_figures("His cousin, who runs a bakery three doors down, saw the van.") == []
    assert _fixb15_figures("The family lives four streets away from the mosque.") == []


def test_fixb15_the_officers_already_based_somewhere_are_counted_again():
    found = _fixb15_figures("Three more liaison officers will go to Basra, joining the five already stationed in Basra.")
    assert [v for _, v in found] == [3, 5], found


def test_fixb15_phone_data_of_people_counts_the_people():
    found = _fixb15_figures("Detectives searched phone records from 27 couriers detained in Belgium.")
    assert [v for _, v in found] == [27], found


def test_fixb15_noun_left_out_after_and_counted_by_origin():
    found = _fixb15_figures("The team, made up of five officers of the Border Police and three from the Interior Ministry, met.")
    assert [v for _, v in found] == [5, 3], found


def test_fixd15_vocational_courses_told_by_length_and_a_placement_with_an_employer_are_measures():
    text = ("Ninety returnees in Kirkuk started twelve-week vocational courses in plumbing this month. "
            "Those who finish are offered a paid placement with a local building firm.")
    found = [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures")]
    assert any(t == "employment" and d.startswith("vocational courses") for t, d in found), found
    assert any(t == "employment" and d.startswith("paid placement") for t, d in found), found


def test_fixd15_allowance_and_counselling_in_a_passage_going_on_about_returnees():
    text = ("Young men deported to Basra can join a carpentry course and receive a start-up grant of up to $2,000. "
            "The course lasts four months. Each trainee receives a weekly allowance of 60,000 dinars. "
            "Trainees also receive psychosocial counselling from a local charity.")
    found = [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures")]
    assert any(t == "reintegration" and d.startswith("weekly allowance") for t, d in found), found
    assert any(t == "reintegration" and d.startswith("psychosocial counselling") for t, d in found), found


def test_fixd15_an_asylum_seekers_allowance_is_no_measure():
    text = "Asylum seekers housed in hotels receive a weekly allowance of £8.86, the Home Office said."
    found = [c for c in proposed(text, "measures") if c["measure_type"] != "TODO"]
    assert found == [], found


def test_fixd15_a_directors_title_names_no_training():
    text = "The Deputy Director of Vocational Training, Mr. Karwan Ali, said the workshops were full."
    found = [c for c in proposed(text, "measures") if c["measure_type"] != "TODO"]
    assert found == [], found


def test_fixd15_caseworkers_who_help_survivors_are_victim_support():
    text = "A small grant from the council pays for three caseworkers in Duhok who help survivors of trafficking."
    found = [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures")]
    assert any(t == "victim_support" and d.startswith("caseworkers in Duhok") for t, d in found), found


def test_fixd15_charter_flight_told_with_its_origin_and_load_after_people_obliged_to_leave():
    text = ("Some 9,000 Iraqis in Austria are obliged to leave, officials say. "
            "A charter flight from Vienna took 38 men to Baghdad on Tuesday.")
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "returns"]
    assert any(d.startswith("charter flight from Vienna") for d in found), found


def test_fixd15_joint_documentation_system_is_a_data_system_wording():
    # the wording rule, not only the head pass (which an article's context may rule out)
    from uis_build.drafting.measures import _MEASURE_RE
    found = [m.lastgroup for m in _MEASURE_RE.finditer("Under the deal, a joint documentation system links both ministries' files.")]
    assert "data_system" in found, found


def test_fixd15_new_unit_told_by_the_staff_it_gets_is_a_task_force_wording():
    from uis_build.drafting.measures import _MEASURE_RE
    found = [m.lastgroup for m in _MEASURE_RE.finditer("Kent Police now has a new cyber fraud unit at headquarters, with 9 more detectives.")]
    assert "task_force" in found, found


def test_fixc15_session_dated_by_the_decision_told_just_before_it():
    text = "The regional cabinet endorsed a new returns plan on Sunday, at its fourth extraordinary session of the year, officials said."
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-05-14")]
    assert ("meeting", "2026-05-10", "occurred") in found, found


def test_fixc15_signing_during_a_named_visitor_s_visit_takes_the_visit_s_date():
    text = "The protocol is due to be signed during the Danish Justice Minister's visit to Erbil next month, an aide said."
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-05-14")]
    assert ("signing", "2026-06", "planned") in found, found


def test_fixc15_paper_presented_to_a_committee_in_the_passive_is_a_planned_meeting():
    text = "The draft law will be presented to the Legal Affairs Committee of parliament on 3 June, its chairman said."
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-05-14")]
    assert ("planned_meeting", "2026-06-03", "planned") in found, found


def test_fixc15_power_to_sign_and_detentions_under_way_are_no_events():
    text = ("3. Empowering the Foreign Minister to sign a cooperation agreement with Denmark on returns. "
            "Lawyers said migrants were still being detained without charge.")
    found = [(c["event_type"], c["description_text"]) for c in proposed(text, "events", "2026-05-14")]
    assert found == [], found


def test_fixc15_arrest_told_with_the_raid_it_was_made_in_is_one_arrest_dated_by_the_raid():
    text = "Two brothers were arrested when detectives raided a garage in Luton on 2 April 2026, the agency said."
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-05-14")]
    assert found == [("arrest", "2026-04-02")], found


def test_fixc15_people_described_by_an_undated_arrest_or_verdict_are_no_events():
    text = ("An analyst said the messages had come from 14 drivers arrested in Belgium and Italy. "
            "The coach carried 30 men, among them 6 Iraqi offenders convicted of burglary. "
            "A spokesman said the three men detained in Dohuk had links to the gang. "
            "Four men arrested in Kent were released on bail.")
    found = [(c["event_type"], c["description_text"]) for c in proposed(text, "events", "2026-05-14")]
    assert found == [], found


def test_fixc15_day_before_a_speech_tag_does_not_date_the_clause_joined_after_it():
    text = ("Three people drowned when a dinghy sank off Calais on Saturday, French officials said, and police have arrested "
            "two men suspected of piloting it.")
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-05-14")]
    assert ("arrest", None) in found, found


def test_fixc15_abbreviated_month_does_not_end_the_clause_of_a_dated_arrest():
    text = "Their tip-off led to the arrest of a suspected forger at Erbil airport on Feb. 9, the ministry told reporters."
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-05-14")]
    assert ("arrest", "2026-02-09") in found, found


def test_fixc15_instrument_agreed_by_its_parties_with_its_date_is_a_signing():
    text = "The scheme is part of the wider migration partnership agreed by Denmark and Iraq in March 2025, officials said."
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-05-14")]
    assert ("signing", "2025-03", "occurred") in found, found


def test_fixc15_ruling_told_by_its_day_before_the_court_is_a_court_ruling():
    text = ("Police in Bavaria raided two flats in Passau on 2 May, and in a judgment on 6 May the Regional Court in Munich "
            "found that the deportations were lawful.")
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-05-14")]
    assert ("court_ruling", "2026-05-06") in found, found


def test_fixc15_visit_dated_by_its_month_and_review_with_counterparts_at_a_place():
    text = ("The Danish Justice Minister visited the team in March. Prosecutors will review the pilot with Iraqi "
            "counterparts in Basra in August.")
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-05-14")]
    assert ("visit", "2026-03", "occurred") in found, found
    assert ("planned_meeting", "2026-08", "planned") in found, found


def test_fixc15_report_named_before_its_present_publication_day_is_a_publication():
    text = "Most of the women had never been paid, according to a study the institute publishes today."
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-05-14")]
    assert ("publication", "2026-05-14", "occurred") in found, found


def test_fixc15_what_a_reader_may_do_is_no_visit():
    text = ("Families who want advice can phone the helpline on 2040 from 9 a.m. to 4 p.m., Monday to Friday, "
            "or visit the ministry's office in Duhok.")
    found = [(c["event_type"], c["description_text"]) for c in proposed(text, "events", "2026-05-14")]
    assert found == [], found


def test_fixa16_mp_for_a_seat_ending_in_a_compass_word_before_a_comma_and_the_name():
    text = "The MP for Bradford West Central, Alison Pryce, told the Commons the money had not arrived."
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert ("Alison Pryce", "MP for Bradford West Central") in found, found


def test_fixa16_a_dateline_above_the_first_paragraph_is_no_part_of_the_title():
    text = ("Minister meets returnees in Basra\n\nBasra - NINA\n\n"
            "Minister of Migration, Dr Hamid Salman al-Obeidi, met on Sunday a group of families returned from Germany.")
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert ("Hamid Salman al-Obeidi", "Minister of Migration") in found, found


def test_fixa16_a_written_question_with_the_seat_on_the_line_below_the_asker():
    text = ("Asylum: Iraq\nQuestion for Home Office\n\nAsked by Gareth Lowry\nKeighley and Ilkley\n\n"
            "To ask the Secretary of State for the Home Department, how many Iraqi nationals were returned in 2025.")
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert ("Gareth Lowry", "MP") in found, found


def test_fixa16_a_post_in_a_lowercase_unit_stops_before_the_ministry_it_sits_in():
    text = ("Rawa Aziz, director of the returns liaison section at the Ministry of Interior in Baghdad, said the "
            "shelter was full.")
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert ("Rawa Aziz", "director of the returns liaison section") in found, found


def test_fixa16_an_interview_turn_goes_on_in_a_paragraph_opening_with_a_conjunction():
    text = ("Former driver Karzan Latif talked to presenter Ruth Moss about his return.\n\n"
            "Moss: Why did you come home?\n\n"
            "Latif: My father was ill. I could not work in Germany.\n\n"
            "But I also owed money to the man who drove us.\n\n"
            "Moss: And what do you do now?\n\n"
            "Latif: I drive a taxi in Duhok.\n\n"
            "And I tell my cousins not to go.\n\n"
            "The programme is repeated on Thursday.\n")
    found = [(c["text_text"], c["speaker"]) for c in proposed(text, "statements")]
    assert found == [("My father was ill. I could not work in Germany.\n\nBut I also owed money to the man who drove us.",
                      "Karzan Latif"),
                     ("I drive a taxi in Duhok.\n\nAnd I tell my cousins not to go.", "Karzan Latif")], found


def test_fixa16_a_speaker_before_an_appositive_ending_in_its_bodys_place():
    text = ('Lana Karim, an adviser at the Hevi Law Clinic in Duhok, said that "most families never see the '
            'money they were promised".')
    found = [c["speaker"] for c in proposed(text, "statements")]
    assert found == ["Lana Karim"], found


def test_fixa16_a_participle_of_promise_before_a_smugglers_advert():
    text = 'Dara Mahmoud, 31, ran a Facebook page with thousands of followers, promising "safe crossings every single night".'
    found = [c["speaker"] for c in proposed(text, "statements")]
    assert found == ["Dara Mahmoud"], found


def test_fixa16_the_comment_by_a_named_speaker_gives_the_quotation_after_it():
    text = ('The committee asked what the department made of the warning by Dr Helen Marsh of the University of Kent that '
            'the scheme was "building a queue with no door at the end".')
    found = [c["speaker"] for c in proposed(text, "statements")]
    assert found == ["Helen Marsh"], found


def _fixb16_figures(text: str) -> list:
    return [c["value"] for c in proposed(text, "statistics")]


def test_fixb16_last_age_of_a_list_after_aged_is_no_figure():
    assert _fixb16_figures("The four suspects, aged 23, 30, 47 and 61, were bailed.") == [4]


def test_fixb16_ages_of_young_people_told_by_a_copula_are_no_figure():
    assert _fixb16_figures('"Many of the girls were 16 or 17 when they came," she said.') == []


def test_fixb16_lodgers_sharing_a_room_are_no_figure():
    assert _fixb16_figures("Dara Karim: A small cell with five other men and a bucket.") == []
    assert _fixb16_figures("He shared a caravan with two others near Calais.") == []


def test_fixb16_an_adverts_hundred_per_cent_promise_is_no_figure():
    assert _fixb16_figures('The page offered "100% guaranteed" crossings to Italy.') == []


def test_fixb16_money_hyphened_into_an_adjective_is_proposed():
    found = [(c["amount_text"], c["amount"], c["currency"]) for c in proposed("Athens signed a 2.5-million-euro deal.", "funding")]
    assert found == [("2.5-million-euro", 2_500_000, "EUR")], found


def test_fixb16_price_gone_up_to_an_amount_has_no_qualifier():
    found = [(c["amount"], c["qualifier"]) for c in proposed("The fare has gone up to $7,000, families say.", "funding")]
    assert found == [(7000, None)], found


def test_fixc16_smuggler_told_as_nicked_is_an_arrest():
    text = "A Kurdish gang boss who sold lorry places on Facebook was nicked in Coventry, the paper understands."
    found = [(c["event_type"], c["status"]) for c in proposed(text, "events", "2026-06-11")]
    assert ("arrest", "occurred") in found, found


def test_fixc16_same_day_opening_a_sentence_takes_the_day_of_the_event_told_sentences_before():
    text = ("Detectives raided two houses in Luton on Thursday. They found six passports and a ledger of payments. "
            "On the same day officers in Erbil arrested his cousin, 40.")
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-06-13")]
    assert ("arrest", "2026-06-11") in found, found
    assert ("arrest", None) not in found, found


def test_fixc16_arrest_during_the_operation_takes_the_day_of_the_operation_told_before():
    text = ("Riot police cleared the tents beside the motorway at first light on Wednesday. About 400 people were moved "
            "to shelters. Three alleged drivers were arrested during the operation.")
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-09-04")]
    assert ("arrest", "2026-09-02") in found, found


def test_fixc16_remand_by_a_judge_after_a_dated_appearance_is_a_ruling_that_day():
    text = ("On Monday the driver appeared at Bristol Magistrates' Court charged with assisting unlawful immigration. "
            "A district judge remanded him in custody.")
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-06-11")]
    assert ("court_ruling", "2026-06-08", "occurred") in found, found


def test_fixc16_report_launched_with_its_day_is_a_publication():
    text = "A survey launched yesterday in Erbil by the IOM shows that most returnees found no work within six months."
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-04-16")]
    assert ("publication", "2026-04-15", "occurred") in found, found


def test_fixc16_discussed_with_a_body_named_by_its_initials_on_a_day_is_a_meeting():
    text = "The border directorate discussed the new checkpoints with UNHCR on Monday."
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-04-16")]
    assert ("meeting", "2026-04-13") in found, found


def test_fixc16_conference_opened_by_a_minister_is_a_meeting_and_a_signing_on_its_sidelines_takes_its_day():
    text = ("The Foreign Minister opened on Monday a regional forum on migration in Erbil. On the sidelines of the "
            "forum, the two ministers signed a protocol on returns.")
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-05-20")]
    assert ("meeting", "2026-05-18") in found, found
    assert ("signing", "2026-05-18") in found, found


def test_fixc16_workshop_opened_by_a_returnee_is_no_meeting():
    text = "Back in Duhok, he opened a small tyre workshop in 2024."
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-05-20")]
    assert not any(t == "meeting" for t, _ in found), found


def test_fixc16_court_that_issued_a_sentence_last_week_made_a_ruling():
    text = "The Rusafa Criminal Court issued last week a sentence of life imprisonment against two smugglers."
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-05-20")]
    assert ("court_ruling", "2026-05-11/2026-05-17") in found, found


def test_fixc16_ministry_that_issued_a_ruling_made_no_court_ruling():
    text = "The ministry issued on Sunday a ruling on residence permits for returnees."
    found = [c["event_type"] for c in proposed(text, "events", "2026-05-20")]
    assert "court_ruling" not in found, found


def test_fixc16_arrests_during_a_whole_year_are_a_tally():
    text = "The minister said the police arrested 318 people accused of forgery during the year 2025."
    found = [c["event_type"] for c in proposed(text, "events", "2026-05-20")]
    assert "arrest" not in found, found


def test_fixc16_the_raid_restated_with_its_framework_is_no_second_arrest():
    text = ("Officers raided two houses in Dudley on Monday.\n\n"
            "The raid was carried out under Operation Heron, a task force formed last year with the NCA.")
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-05-20")]
    assert found == [("arrest", "2026-05-18")], found


def test_fixc16_suspects_picked_up_with_a_day_of_their_own_are_an_arrest():
    text = "Two further suspects were picked up in Kalar and Chamchamal on 4 April."
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-04-20")]
    assert ("arrest", "2026-04-04") in found, found


def test_fixc16_suspects_picked_up_undated_restate_the_raids_told_before():
    text = ("Police detained nine people in raids on Sunday. A spokesman said the suspects were picked up at homes in "
            "Kalar and Chamchamal.")
    found = [(c["event_type"], c["date"]) for c in proposed(text, "events", "2026-04-20")]
    assert ("arrest", None) not in found, found


def test_fixd16_forensics_laboratory_opened_is_the_equipment_the_summary_names_bare():
    text = ("A new laboratory funded by Denmark will help police in Basra check seized phones.\n\n"
            "Denmark has opened a digital-forensics laboratory in Basra for the provincial police.")
    found = [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures", "2026-05-14")]
    assert any(t == "equipment" and d.startswith("digital-forensics laboratory") for t, d in found), found
    assert not any(d.startswith("laboratory funded by Denmark") for _, d in found), found


def test_fixd16_devices_a_laboratory_is_fitted_with_are_equipment():
    text = "The lab in Mosul is fitted with eight spectral comparators and 15 infrared document readers."
    found = [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures", "2026-05-14")]
    assert any(t == "equipment" and "document readers" in d for t, d in found), found


def test_fixd16_expert_based_at_the_embassy_is_a_liaison_officer():
    text = "An NCA financial crime expert will also be based at the British Embassy in Baghdad from June."
    found = [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures", "2026-05-14")]
    assert any(t == "liaison_officer" for t, _ in found), found


def test_fixd16_reception_and_identification_centre_is_a_reception_centre():
    text = "The 40 passengers were brought to the reception and identification centre on Samos, where they were registered."
    found = [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures", "2026-05-14")]
    assert ("reception_centre", "reception and identification centre on Samos") in found, found


def test_fixd16_patrol_vessels_bought_are_equipment():
    text = "Italy bought three new patrol vessels for its coastguard in Sicily last spring."
    found = [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures", "2026-05-14")]
    assert any(t == "equipment" and d.startswith("patrol vessels") for t, d in found), found


def test_fixd16_relative_clause_about_a_measure_is_not_another_measure():
    text = ("Officers will log every seized phone in a shared evidence database, which analysts in both countries will use "
            "to warn border staff of new smuggling routes within hours.")
    found = [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures", "2026-05-14")]
    assert not any(d.startswith("which analysts") for _, d in found), found
    assert any(t == "data_system" for t, _ in found), found


def test_fixa17_headline_office_in_second_clause_is_held_by_who_opens_the_next_paragraph():
    text = ("Channel crossings fall by a third, Immigration Minister tells peers\n\n"
            "Crossings by small boat fell by a third over the winter, the Immigration Minister told the Lords on Monday.\n\n"
            "Gareth Pennock, who spoke for twenty minutes, said the new patrols had made the difference.")
    assert _officials(text).get("Gareth Pennock") == "Immigration Minister", _officials(text)


def test_fixa17_minister_whose_portfolio_lists_briefs_with_commas():
    text = "The Minister for Children, Equality, Disability and Integration, Orla Keaney, opened the centre in Galway."
    assert _officials(text).get("Orla Keaney") == "Minister for Children, Equality, Disability and Integration", _officials(text)


def test_fixa17_head_of_a_refugee_council_is_no_official():
    text = "Bridget Fahy, director of the Scottish Refugee Council, said the families needed lawyers at once."
    assert "Bridget Fahy" not in _officials(text), _officials(text)


def test_fixa17_the_title_said_closing_a_sentence_is_no_appositive_of_the_place_before():
    text = "The men were held at a flat behind Gardens Square, the spokesman said."
    assert not _officials(text), _officials(text)
    text = "The men were held at a flat, said Karwan Latif, the spokesman, on Monday."
    assert _officials(text).get("Karwan Latif") == "spokesman", _officials(text)


def test_fixa17_its_coordinator_after_a_body_named_as_a_charity_is_no_official():
    text = ("The sessions are run by the Hartlepool Befriending Network, which also gets a grant from the county council. "
            "Its coordinator, Sana Karimi, arrived from Duhok as a teenager.")
    assert "Sana Karimi" not in _officials(text), _officials(text)


def test_fixa17_staff_of_a_charity_writing_its_own_report_are_no_officials():
    text = ("Roj Organisation for Returnees and Migrants (ROMA)\n\nReview of the year\n\n"
            "ROMA's director, Kani Faraj, thanked the donors. Sirwan Qadir, head of our outreach team, said 400 families "
            "were visited. General Hemin Aziz, head of the Duhok Directorate of Residency, opened the new office.")
    found = _officials(text)
    assert "Kani Faraj" not in found and "Sirwan Qadir" not in found, found
    assert "Hemin Aziz" in found, found


def _speakers(text: str) -> dict[str, str | None]:
    return {c["text_text"]: c["speaker"] for c in proposed(text, "statements")}


def test_fixa17_an_indefinite_description_of_the_pronoun_holder_is_no_other_speaker():
    text = ("Her neighbour, Shilan Baban, ran a bakery in Koya. A mother of three, she now works nights at a depot.\n\n"
            "\"Nobody here asks where you are from,\" she says.")
    assert _speakers(text).get("Nobody here asks where you are from") == "Shilan Baban", _speakers(text)


def test_fixa17_words_read_aloud_by_a_pronoun_and_a_quotation_after_his_gesture():
    text = ("In the library, Dilan Qadir opens his workbook.\n\n"
            "\"The train leaves at nine o'clock,\" he reads aloud. Then he laughs. \"Every train here leaves late.\"")
    found = _speakers(text)
    assert found.get("The train leaves at nine o'clock") == "Dilan Qadir", found
    assert found.get("Every train here leaves late.") == "Dilan Qadir", found


def test_fixa17_whom_a_phrase_before_the_pronoun_names_is_not_what_the_pronoun_stands_for():
    text = ("Karim Barzani, 41, denies the charge.\n\nDetective Sergeant Ruth Okafor said the van was tracked for six weeks.\n\n"
            "Under questioning by Simon Lusk KC, for Barzani, she agreed the tracker had failed twice.\n\n"
            "\"Did you ever see my client drive it?\" Mr Lusk asked.\n\n"
            "\"Not with my own eyes, I did not,\" she replied.")
    assert _speakers(text).get("Not with my own eyes, I did not") == "Ruth Okafor", _speakers(text)


def test_fixa17_a_witness_under_a_pseudonym_and_an_alias_he_knew_someone_by():
    text = ("The court then heard from a young man from Koya who gave evidence under the pseudonym Dana. He said he paid a "
            "driver he knew as \"Mamosta Rauf\" and hid in the trailer for a day.\n\n"
            "\"We had no water after the first night,\" he told the jury.")
    found = _speakers(text)
    assert found.get("We had no water after the first night") == "Dana", found
    assert "Mamosta Rauf" not in found, found


def test_fixb17_a_joint_communique_is_a_joint_statement():
    text = "Britain and Iraq agreed to share flight data, according to a joint communique issued in Baghdad."
    found = [(c["title"], c["instrument_type"]) for c in proposed(text, "agreements", "2026-05-14")]
    assert found == [("joint communique", "joint_statement")], found


def test_fixb17_a_reference_after_letters_and_a_slash_is_no_figure():
    assert [c["value"] for c in proposed("Police seized a notebook, item RT/52, and two phones.", "statistics", "2026-05-14")] == [2]
    # (a count of people after it is kept; the veto drops "listed 40 names", a thing no unit names, since 2026-12-05)
    assert [c["value"] for c in proposed("The memo, file HO/2231, listed 40 suspects.", "statistics", "2026-05-14")] == [40]


def test_fixb17_a_ratio_to_another_group_is_no_figure_but_a_change_over_time_is():
    text = "About 3,000 people crossed in boats last year, nearly twice the number deported, she said."
    assert [(c["value"], c["unit"]) for c in proposed(text, "statistics", "2026-05-14")] == [(3000, "persons")]
    text = "About 3,000 people crossed in boats last year, nearly twice the number deported a year earlier."
    assert (2, "nearly") in [(c["value"], c["qualifier"]) for c in proposed(text, "statistics", "2026-05-14")]


def _fixc17_events(text: str, reference: str = "2026-05-20") -> list[tuple]:
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference)]


def test_fixc17_date_in_the_clause_a_hearer_is_told_dates_the_event():
    text = "The officer told the jury that in April 2025 he flew to Sulaimani to meet detectives from the Asayish."
    assert ("meeting", "2025-04", "occurred") in _fixc17_events(text)


def test_fixc17_we_meet_opening_a_quote_is_a_habit():
    text = '"We meet families who were sent back in January and are already planning to leave again," the aid worker said.'
    assert not [e for e in _fixc17_events(text) if e[0] in ("meeting", "planned_meeting")]


def test_fixc17_meeting_of_a_body_held_on_a_day_is_a_meeting():
    text = "The plan was drawn up after the third meeting of the Joint Border Committee, held in Erbil on 9 March 2026."
    assert ("meeting", "2026-03-09", "occurred") in _fixc17_events(text)


def test_fixc17_meeting_of_a_body_held_undated_is_no_event():
    text = "The plan was drawn up after the third meeting of the Joint Border Committee, held in Erbil."
    assert not [e for e in _fixc17_events(text) if e[0] == "meeting"]


def test_fixc17_case_returning_to_court_on_a_day_is_a_planned_ruling():
    text = "The case will return to the criminal court in Duhok on 4 June."
    assert ("court_ruling", "2026-06-04", "planned") in _fixc17_events(text)


def test_fixc17_appearance_before_a_sitting_of_a_court_named_is_a_planned_ruling():
    text = "The driver is due to appear before a special sitting of Cork District Court on Friday."
    assert ("court_ruling", "2026-05-22", "planned") in _fixc17_events(text)


def test_fixc17_discussion_with_someone_at_a_place_named_is_a_planned_meeting():
    text = "The minister will discuss returns with her Iraqi counterpart at the Migration Forum in Vienna on 2 July."
    assert ("planned_meeting", "2026-07-02", "planned") in _fixc17_events(text)


def test_fixc17_imprint_with_its_place_is_a_publication():
    text = "Returns monitor 2026\n\nPublished in Erbil on 12 May 2026. The report is available in three languages.\n"
    assert ("publication", "2026-05-12", "occurred") in _fixc17_events(text)


def test_fixc17_arrest_at_an_airport_named_is_an_arrest():
    text = "Last month the new database led to the arrest at Gatwick airport of a 41-year-old man wanted in Erbil."
    assert ("arrest", "2026-04", "occurred") in _fixc17_events(text)


def test_fixc17_press_conference_where_results_were_presented_is_no_event():
    text = ("Presenting the directorate's figures at a press conference in Erbil, its spokesman said 310 smugglers had been "
            "detained between 1 January and 31 December.")
    assert not [e for e in _fixc17_events(text) if e[0] == "press_conference"]


def test_fixc17_announcement_as_a_minister_told_a_house_a_day_takes_that_day():
    text = "The minister told the Senate yesterday as she announced a further €6 million for the returns programme."
    assert ("announcement", "2026-05-19", "occurred") in _fixc17_events(text)


def test_fixc17_arrest_told_again_by_its_people_undated_is_the_same_arrest():
    text = ("Border police arrested four men at the Ibrahim Khalil crossing on Monday. The men were detained at dawn in a "
            "lorry park as they loaded 12 migrants into a van.")
    assert [e for e in _fixc17_events(text) if e[0] == "arrest"] == [("arrest", "2026-05-18", "occurred")]


def test_fixc17_share_of_the_people_arrested_elsewhere_stays_an_arrest():
    text = "Police arrested 14 people in Zakho on Monday. Two of the suspects were detained in Duhok."
    assert len([e for e in _fixc17_events(text) if e[0] == "arrest"]) == 2


def test_fixc17_person_described_by_whom_they_met_undated_is_no_meeting():
    text = "Sara Lind, a nurse with the charity who met the migrants at the port, said most of them were exhausted."
    assert not [e for e in _fixc17_events(text) if e[0] in ("meeting", "planned_meeting")]


def _fixd17_measures(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures", "2026-05-14")]


def test_fixd17_lowercase_border_management_information_system_is_a_data_system():
    found = _fixd17_measures("The grant will pay to set up a border management information system at the Zakho crossing.")
    assert any(t == "data_system" and d.startswith("border management information system") for t, d in found), found


def test_fixd17_equipment_told_by_its_worth_is_the_measure_its_items_belong_to():
    found = _fixd17_measures("Denmark will deliver equipment worth €3 million, including 12 thermal cameras and 30 radios, to the coastguard.")
    assert [t for t, _ in found] == ["equipment"], found
    assert found[0][1].startswith("equipment worth"), found


def test_fixd17_reintegration_of_a_number_of_returnees_is_reintegration():
    found = _fixd17_measures("The fund will back the reintegration of up to 1,500 people returning to Kurdistan, with grants of up to $1,800.")
    assert [t for t, _ in found] == ["reintegration"], found
    assert found[0][1].startswith("reintegration of up to 1,500"), found


def test_fixd17_equipment_closing_a_list_supplied_under_a_project_is_given():
    found = _fixd17_measures("Border police used three drones and a thermal camera van supplied under a Dutch-funded project.")
    assert any(t == "equipment" and d.startswith("drones") for t, d in found), found
    # ... but not the gangs' own, told as supplied to them
    assert not [t for t, _ in _fixd17_measures("The gang ran three drones and a van supplied to smugglers in Van.")
                if t == "equipment"]


def test_fixd17_charter_flight_people_are_returned_to_iraq_on_is_the_returns_measure():
    found = _fixd17_measures("The 45 Iraqis will be returned to Duhok on a charter flight from Sofia next week.")
    assert any(t == "returns" and d.startswith("charter flight") for t, d in found), found
    assert not [t for t, _ in _fixd17_measures("The fans will return to Erbil on a charter flight from Doha.")
                if t == "returns"]


def test_fixd17_border_wall_told_as_extended_is_equipment():
    found = _fixd17_measures("Smugglers have moved east since the border wall along the Syrian frontier was lengthened.")
    assert any(t == "equipment" and d.startswith("border wall") for t, d in found), found
    assert not [t for t, _ in _fixd17_measures("They climbed the border wall at night.") if t == "equipment"]


def test_fixd17_returns_arrangement_still_to_be_discussed_is_no_measure_and_leaves_the_pace_told():
    text = ("The scheme should speed up the return of Iraqis with no right to stay in Britain. "
            "The minister will fly to Baghdad in June to discuss the visa rules and the returns arrangement.")
    found = [(t, d) for t, d in _fixd17_measures(text) if t != "TODO"]
    assert any(t == "returns" and d.startswith("speed up the return") for t, d in found), found
    assert not any("arrangement" in d for _, d in found), found


def test_fixd17_the_training_named_bare_is_the_training_the_article_names_exactly():
    text = ("Britain and Iraq signed a border plan in Baghdad on Monday.\n\n"
            "The plan runs for three years and covers the Kurdistan Region.\n\n"
            "\"This money gives Kurdish police the radios, the training and the vehicles they lack,\" the envoy said.\n\n"
            "Under the plan, instructors will train 500 Kurdish police officers in Duhok.")
    found = [(t, d) for t, d in _fixd17_measures(text) if t == "training"]
    assert len(found) == 1 and found[0][1].startswith("train 500"), found


def test_fixd17_a_measure_said_to_do_no_good_after_an_article_and_a_figure_is_none():
    text = ("\"Returnees we meet are soon talking to smugglers again,\" the lawyer said. "
            "\"A grant of $2,500 will not stop a boy who wants London.\"")
    found = [(t, d) for t, d in _fixd17_measures(text) if t != "TODO"]
    assert not any(d.startswith("grant") for _, d in found), found


# -- fixa18: officials (a body's name read as a person's, a script cue's bracket, a councillor's abbreviated title, a
# peer's territorial designation, the subject of the main clause after an opening phrase)

def test_fixa18_words_of_a_crime_body_name_are_no_person():
    text = ("Rhona Castell, Senior Prosecutor in the CPS Serious Fraud, Bribery and Corruption Division, said the men "
            "had laundered the fees through shops in Leeds.")
    found = _officials(text)
    assert "Serious Fraud" not in found, found
    assert found.get("Rhona Castell") == "Senior Prosecutor", found


def test_fixa18_a_script_cue_bracket_ends_the_role():
    text = "[INTERVIEW – Gwen Halloway, Minister for Safe and Legal Routes]\nWe will not let the gangs decide."
    assert _officials(text).get("Gwen Halloway") == "Minister for Safe and Legal Routes", _officials(text)


def test_fixa18_a_peer_with_a_territorial_designation_keeps_it_in_the_name():
    text = ("Baroness Pellworth of Hythe, Parliamentary Under-Secretary of State at the Home Office, told peers the flights "
            "would resume. Lord Carrow of Ness, who chairs the Lords International Agreements Committee, asked for the text.")
    found = _officials(text)
    assert found.get("Baroness Pellworth of Hythe") == "Parliamentary Under-Secretary of State at the Home Office", found
    assert found.get("Lord Carrow of Ness") == "chairs the Lords International Agreements Committee", found


def test_fixa18_the_main_clause_subject_after_a_name_closing_an_opening_phrase_is_not_its_role():
    text = ("Replying to a question from the crossbench peer Lord Tenby, the minister said the returns flights would double. "
            "Martha Quill, the minister, said the same in the Commons.")
    found = _officials(text)
    assert "Lord Tenby" not in found, found
    assert found.get("Martha Quill") == "minister", found


def test_fixa18_a_councillor_abbreviated_before_the_name_holds_the_post_councillor():
    text = "Cllr Noreen Baptiste, who represents Eastgate ward, opposed the plan."
    cands = [c for c in proposed(text, "officials") if c["name"] == "Noreen Baptiste"]
    assert [(c["role"], c["role_text"]) for c in cands] == [("Councillor", "Cllr")], cands


def test_fixb18_one_person_s_own_staff_is_no_figure():
    text = ("Karwan Aziz, 31, came back to Erbil in May and opened a bakery with the grant. "
            "\"Today I have three young women working for me, and the oven never cools,\" he said.")
    assert not [f for f in _figures(text) if f[0] == "three"], _figures(text)
    # ... but the staff a force posts are counted
    posted = "The agency has three liaison officers working with Kurdish police in Erbil."
    assert [f for f in _figures(posted) if f[0] == "three"], _figures(posted)


def test_fixb18_a_headline_s_bare_instrument_told_again_in_the_body_is_no_second_agreement():
    text = ("Britain and Iraq sign new border memorandum, pledge joint patrols\n\n"
            "BAGHDAD, May 4 - The two interior ministers signed a memorandum of understanding on border security "
            "in Baghdad on Monday.")
    assert [c["title"] for c in proposed(text, "agreements")] == ["memorandum of understanding"]
    # ... a headline's instrument the body does not name again stays
    alone = "Britain and Iraq sign new border memorandum\n\nThe ministers met in Baghdad on Monday."
    assert [c["instrument_type"] for c in proposed(alone, "agreements")] == ["memorandum_of_understanding"]


def _fixc18_events(text: str, reference: str = "2026-05-20") -> list[tuple]:
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference)]


def test_fixc18_mission_planned_for_a_day_is_a_planned_visit():
    text = "A UNHCR mission to Sinjar is planned for 3 February, officials said."
    assert ("visit", "2027-02-03", "planned") in _fixc18_events(text), _fixc18_events(text)


def test_fixc18_witness_appearing_before_a_committee_on_a_day_ahead_is_planned():
    text = "The senator asked the envoy to explain the returns figures when she appears before his committee on 9 June."
    assert ("planned_meeting", "2026-06-09", "planned") in _fixc18_events(text), _fixc18_events(text)


def test_fixc18_arrest_of_a_count_something_led_to_on_one_day_is_an_arrest():
    text = "Intelligence shared by the two forces led to the arrest of 14 suspects in Mosul on 2 April, police said."
    assert ("arrest", "2026-04-02", "occurred") in _fixc18_events(text), _fixc18_events(text)
    tally = "Intelligence shared by the two forces has led to the arrest of 140 suspects since 2 April."
    assert not [e for e in _fixc18_events(tally) if e[0] == "arrest"], _fixc18_events(tally)


def test_fixc18_ruling_named_by_its_court_and_dated_is_a_court_ruling():
    text = "The charity pointed to a High Court ruling in February that the detention of a Kurdish asylum seeker was unlawful."
    assert ("court_ruling", "2026-02", "occurred") in _fixc18_events(text), _fixc18_events(text)


def test_fixc18_review_as_a_noun_before_its_place_is_no_meeting():
    text = "The review board in Palermo is due to consider the appeal next week."
    assert not [e for e in _fixc18_events(text) if e[0] in ("meeting", "planned_meeting")], _fixc18_events(text)


def test_fixc18_judge_validating_an_arrest_is_a_court_ruling():
    text = "An investigating magistrate validated the detention of the skipper on Tuesday morning."
    assert ("court_ruling", "2026-05-19", "occurred") in _fixc18_events(text), _fixc18_events(text)


def test_fixc18_another_defendant_convicted_of_the_same_offence_is_a_ruling_of_its_own():
    text = ("Three brothers were convicted on 4 May of people smuggling at Hull Crown Court. "
            "A fourth defendant, their cousin Aras Omar, was convicted of money laundering.")
    found = [e for e in _fixc18_events(text) if e[0] == "court_ruling"]
    assert len(found) == 2, found


def test_fixc18_anyone_described_by_an_arrest_that_can_befall_them_is_no_arrest():
    text = "The new scanners mean a driver arrested in Calais could be identified in Erbil within a day."
    assert not [e for e in _fixc18_events(text) if e[0] == "arrest"], _fixc18_events(text)


def test_fixc18_time_spent_at_places_in_a_month_is_a_visit():
    text = "We spent two weeks in Erbil and Sulaimani in January, talking to families of those who drowned."
    assert ("visit", "2026-01", "occurred") in _fixc18_events(text), _fixc18_events(text)


def test_fixe18_a_tv_scripts_bracketed_cue_names_the_clips_speaker():
    text = ("[VO]\nThe harbour was quiet when the patrol came back.\n\n"
            "[SOT – Colonel Dara Faraj, Basra coastguard]\n"
            "\"We stopped two boats last night and we will stop more of them.\"\n\n"
            "[SOT – Leyla Hamid]\n"
            "\"My son left on one of those boats in May.\"\n")
    found = _statements(text)
    assert ("We stopped two boats last night and we will stop more of them.", "Dara Faraj") in found, found
    assert ("My son left on one of those boats in May.", "Leyla Hamid") in found, found


def test_fixe18_a_scripts_quotation_goes_on_at_the_next_line_opening_with_its_mark():
    text = ("[SOT – Leyla Hamid]\n"
            "\"My son left on one of those boats in May. We sold the car for it.\n"
            "\"Now we wait for a call that never comes.\"\n")
    found = _statements(text)
    assert len(found) == 1 and found[0][0].startswith("My son left") and found[0][0].endswith("never comes.") \
        and found[0][1] == "Leyla Hamid", found


def test_fixe18_a_peers_name_keeps_the_place_of_the_title_and_the_short_form_stands_for_it():
    text = ("Lord Penrose of Alnwick, the Home Office minister, spoke for the Government in the Lords on Monday.\n\n"
            "\"We will not let the smugglers set the terms of this debate,\" Lord Penrose said.\n\n"
            "Baroness Tilly of Hexham said the plan was \"a promise with no money behind it\".")
    found = _statements(text)
    assert ("We will not let the smugglers set the terms of this debate", "Lord Penrose of Alnwick") in found, found
    assert ("a promise with no money behind it", "Baroness Tilly of Hexham") in found, found


def test_fixe18_a_crime_units_adjectives_are_no_persons_name():
    text = ("Anna Rowe, Deputy Head of the NCA Serious Financial, Organised Crime and Trafficking Unit, said: "
            "\"This gang moved people like freight and we took it apart.\"")
    found = _statements(text)
    assert ("This gang moved people like freight and we took it apart.", "Anna Rowe") in found, found


def test_fixe18_a_bodys_statement_as_the_subject_gives_the_body_as_speaker():
    text = "The Foreign Ministry's statement said the new radars would \"watch every metre of the coast\" from June."
    found = _statements(text)
    assert ("watch every metre of the coast", "Foreign Ministry") in found, found


def test_fixe18_a_bodys_report_with_an_appositive_as_the_subject_gives_the_body_as_speaker():
    text = ("The Refugee Council's annual report, released on Monday, says on its first page that the scheme "
            "\"has not reached the families it was built for\".")
    found = _statements(text)
    assert ("has not reached the families it was built for", "Refugee Council") in found, found


def _fixd18_measures(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures", "2026-05-14")]


def test_fixd18_charter_flight_told_as_landing_in_iraq_is_the_returns_measure():
    found = _fixd18_measures("Shortly after dawn, a charter flight from Luton touches down in Sulaimani.")
    assert any(t == "returns" and d.startswith("charter flight") for t, d in found), found
    assert not [t for t, _ in _fixd18_measures("A charter flight from Luton touches down in Malaga.") if t == "returns"]


def test_fixd18_charter_flights_told_with_how_often_before_their_iraqi_destination():
    text = ("Under the memorandum, Iraq will accept people facing removal. "
            "The plan foresees three charter flights a week to Erbil and Basra.")
    found = _fixd18_measures(text)
    assert any(t == "returns" and d.startswith("charter flights a week") for t, d in found), found


def test_fixd18_fingerprint_link_is_a_data_system():
    found = _fixd18_measures("The new fingerprint link, funded by the Home Office, went live in May.")
    assert any(t == "data_system" and d.startswith("fingerprint link") for t, d in found), found


def test_fixd18_resettlement_grant_of_people_gone_home_is_reintegration():
    found = _fixd18_measures("Most returnees left under the assisted scheme and took a resettlement grant.")
    assert any(t == "reintegration" and d == "resettlement grant" for t, d in found), found


def test_fixd18_system_for_checking_passports_is_a_data_system():
    found = _fixd18_measures("Officials reviewed a new digital system for checking passports at Basra airport.")
    assert any(t == "data_system" and d.startswith("new digital system for checking passports") for t, d in found), found


def test_fixd18_law_told_as_having_toughened_sentences_is_a_legal_reform():
    found = _fixd18_measures("The minister said Law No. 9 of 2026 on migrant smuggling, passed in May, had toughened sentences.")
    assert any(t == "legal_reform" and d.startswith("Law No. 9 of 2026") for t, d in found), found
    # ... but a law a court applies is none
    assert not [t for t, _ in _fixd18_measures("The court jailed him under Law No. 9 of 2026 on migrant smuggling.")
                if t == "legal_reform"]


def test_fixd18_forms_a_reintegration_support_takes_are_that_one_measure():
    text = ("Every returnee can get reintegration support worth up to $2,500, "
            "in the form of a start-up grant, vocational training or rent.")
    found = [(t, d) for t, d in _fixd18_measures(text) if t != "TODO"]
    assert [t for t, _ in found] == ["reintegration"], found
    assert found[0][1].startswith("reintegration support"), found


def test_fixd18_what_someone_should_fund_is_a_proposal():
    found = [(t, d) for t, d in _fixd18_measures("\"If Britain wants fewer boats, it should fund jobs in Ranya,\" she said.")
             if t != "TODO"]
    assert not any(t == "employment" for t, _ in found), found


def test_fixd18_an_organisation_told_by_its_help_to_returnees_is_no_measure():
    text = "The delegation met Sara Aziz, head of Roj, a charity that helps returnees in Zakho."
    assert not [t for t, _ in _fixd18_measures(text) if t == "reintegration"]


def test_fixd18_model_clause_of_people_helped_counted_or_of_a_setting_is_no_measure():
    from uis_build.drafting.measures import _tells_none
    text = "In 2025, the agency helped 2,400 Iraqis to return home, at a ceremony in Erbil."
    sentence = (0, len(text))
    assert _tells_none(text, sentence, text.index("the agency"))
    assert _tells_none(text, sentence, text.index("at a ceremony"))
    assert not _tells_none(text, sentence, 0)


# -- fixa19: officials and statements ------------------------------------------------------------------

def test_fixa19_head_of_a_chamber_of_commerce_is_no_official():
    text = ("The chairman of the Basra Chamber of Commerce, Haidar Salim Jabbar, said traders would hire 300 returnees. "
            "The Governor of Basra, Asaad Kadhim Nasser, welcomed the plan.")
    names = [c["name"] for c in proposed(text, "officials")]
    assert "Haidar Salim Jabbar" not in names, names
    assert "Asaad Kadhim Nasser" in names, names


def test_fixa19_verb_opening_a_logs_timed_entry_is_no_forename():
    text = ("Captain Mary Colbeck is 48. She has run the Vigil, a patrol boat based at Ramsgate, since 2020. "
            "She hates the word \"hero\".\n\n"
            "\"We find them, we count them, we bring them in,\" she says.\n\n"
            "The log reads:\n\n22.10 Sailed Ramsgate.\n01.05 Landed 40 persons at Ramsgate.\n")
    found = [c for c in proposed(text, "statements") if c["text_text"].startswith("We find them")]
    assert found and found[0]["speaker"] == "Mary Colbeck", found


def test_fixa19_comma_after_a_year_is_no_count_before_calls():
    text = ("Critics are unconvinced. Janet Pryor, who led the inspectorate until 2021, calls the scheme "
            "\"a press release with a budget\". Ministers disagree.")
    found = [c for c in proposed(text, "statements") if c["text_text"] == "a press release with a budget"]
    assert found and found[0]["speaker"] == "Janet Pryor", found


def test_fixa19_quoted_title_in_an_events_listing_is_no_statement():
    text = "Our next seminar: \"Boats, borders and the law of the sea\", 14 May, 7pm, Lecture Theatre 2."
    assert not proposed(text, "statements")


def test_fixb19_a_numbered_tower_is_a_label():
    assert _figures("The border posts, among them Tower 23 near Kastanies, now have new floodlights.") == []
    # the rule itself, whatever the learnt veto says
    from uis_build.drafting.statistics import _is_figure
    text = "Guards in Watchtower 9 near Kipoi spotted the dinghy."
    at = text.index("9")
    assert not _is_figure(text, at, at + 1, 9)


def test_fixb19_a_helplines_hundred_per_cent_promise_is_no_figure():
    assert _figures('"Callers stay 100% anonymous and nobody will trace you," the charity said.') == []
    assert _figures("Witnesses can report smugglers 100 per cent confidentially online.") == []
    # ... but a share of people counted still is
    assert [f for f in _figures("Police said 40% of callers gave their names.") if f[0].startswith("40")]


def test_fixb19_vague_plural_a_body_acts_on_as_a_rule_is_no_figure():
    text = "Campaigners say nobody checks on the thousands of migrants it deports to Erbil each year."
    assert not [f for f in _figures(text) if f[0] == "thousands"], _figures(text)
    # ... but what it did in a period, told with a count, still is
    assert [f for f in _figures("The gangs moved thousands of migrants across the border last year.") if f[0] == "thousands"]


def test_fixb19_time_stamp_opening_a_logs_line_is_no_figure():
    text = "Patrol log, 4 May.\n19.25 Left Ramsgate harbour.\n22.10 Boat sighted, 41 persons aboard.\n"
    assert [f[0] for f in _figures(text)] == ["41"], _figures(text)


def _fixd19_measures(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures", "2026-05-14")]


def test_fixd19_charter_flights_told_by_their_cost_to_the_state_are_returns():
    text = ("Auditors said 900 returnees had gone home last year. "
            "They found that charter flights had cost the Home Office £7m, about £190,000 each.")
    found = _fixd19_measures(text)
    assert any(t == "returns" and d.startswith("charter flights") for t, d in found), found


def test_fixd19_an_ask_for_what_was_promised_already_is_a_measure():
    text = ("The watchdog calls for a joint records system with the Iraqi ministry, "
            "which was pledged two years ago but is still not working.")
    found = _fixd19_measures(text)
    assert any(t == "data_system" and d.startswith("joint records system") for t, d in found), found
    # ... an ask alone is still none
    found = _fixd19_measures("The watchdog calls for a joint records system with the Iraqi ministry.")
    assert not [t for t, _ in found if t == "data_system"], found


def test_fixd19_apprenticeship_places_are_employment():
    found = _fixd19_measures("Local firms have offered 250 apprenticeship places to young returnees in Zakho.")
    assert any(t == "employment" and d.startswith("apprenticeship places") for t, d in found), found


def test_fixd19_money_spent_on_equipment_told_after_is_equipment_given():
    text = "The interior ministry has spent about 2 billion dinars on night-vision cameras for the Syrian frontier."
    found = _fixd19_measures(text)
    assert any(t == "equipment" and "cameras" in d for t, d in found), found


def test_fixd19_a_gangs_own_boats_are_no_equipment():
    text = "Four men, including a teenager, drowned when one of the gang's boats sank off Dunkirk."
    found = [t for t, _ in _fixd19_measures(text) if t != "TODO"]
    assert "equipment" not in found, found


def test_fixd19_a_hotline_named_again_with_its_number_is_the_same_line():
    text = ("The raid followed a tip to the Forced Labour Helpline about the car wash.\n\n"
            "Police said 14 workers were freed.\n\n"
            "Anyone worried can ring the Forced Labour Helpline on 0800 123 456.")
    found = [d for t, d in _fixd19_measures(text) if t == "hotline"]
    assert len(found) == 1, found


def test_fixd19_loans_paid_back_are_debts_no_measure():
    text = "The charity said it had launched a phone line in 2024, and that most callers could not repay loans."
    found = [(t, d) for t, d in _fixd19_measures(text) if t == "employment"]
    assert not found, found


def test_fixd19_a_pilot_course_funded_after_is_a_measure():
    text = "A pilot course run in Zakho last spring, funded with £200,000 from Britain, helped 40 returnees find work."
    found = [(t, d) for t, d in _fixd19_measures(text) if t != "TODO"]
    assert any(d.startswith("A pilot course") for _, d in found), found


def _fixc19_events(text: str, reference: str = "2026-04-20") -> list[tuple]:
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference)]


def test_fixc19_a_date_in_an_apposition_s_relative_clause_is_not_the_ruling_s():
    text = "In March, Dara Karim, a driver whose lorry was stopped at Calais in 2024, was jailed for six years at Hull Crown Court."
    assert _fixc19_events(text) == [("court_ruling", "2026-03", "occurred")]


def test_fixc19_talks_between_the_two_sides_at_a_place_are_a_meeting():
    text = "The new plan follows talks between the two governments in Baghdad on 2 April."
    assert _fixc19_events(text) == [("meeting", "2026-04-02", "occurred")]


def test_fixc19_a_night_to_be_spent_aboard_is_a_visit():
    text = "The Home Secretary is expected to spend two nights aboard the patrol ship in June."
    assert _fixc19_events(text) == [("visit", "2026-06", "planned")]


def test_fixc19_terms_of_two_and_a_half_years_are_a_ruling():
    text = "Two other drivers received terms of between one and a half and three years."
    assert _fixc19_events(text) == [("court_ruling", None, "occurred")]


def test_fixc19_an_announcement_after_a_named_aside_shares_the_visit_s_day():
    text = ("The ambassador toured the clinic on Saturday with its director, Lana Aziz, and announced that Britain would fund "
            "a second clinic, which is due to open in the spring.")
    assert _fixc19_events(text) == [("visit", "2026-04-18", "occurred"), ("announcement", "2026-04-18", "occurred")]


def test_fixc19_findings_presented_to_officials_are_a_planned_meeting():
    text = "The charity will present its report to officials from the Ministry of Interior in Baghdad on 12 May."
    assert _fixc19_events(text) == [("planned_meeting", "2026-05-12", "planned")]


def test_fixc19_an_event_of_a_series_hosted_is_a_meeting():
    text = "On Thursday the Harbour Forum hosted the second event in its Migration Matters series."
    assert _fixc19_events(text) == [("meeting", "2026-04-16", "occurred")]


def test_fixc19_a_delegation_expected_somewhere_is_its_visit_not_a_discussion():
    text = "The case will be discussed with a delegation of the Dutch police expected in Duhok next month."
    assert _fixc19_events(text) == [("visit", "2026-05", "planned")]


def test_fixc19_a_condition_tells_no_arrest():
    assert _fixc19_events("\"If the police had arrested the driver last year, my brother would be here,\" he said.") == []
    assert _fixc19_events("\"If she goes back to Zakho, she will be arrested,\" her lawyer said.") == []


def _fixa20(text: str, table: str) -> list[tuple]:
    from uis_build.drafting import propose

    found = [c for c in propose(text) if c.table == table]
    if table == "officials":
        return [(c.values["name"], c.values["role"]) for c in found]
    return [(text[c.spans["text"][0]:c.spans["text"][1]] if "text" in c.spans else None, c.values.get("speaker")) for c in found]


def test_fixa20_a_letter_s_address_block_names_its_addressee_and_post():
    text = ("The letter follows.\n\nThe Rt Hon Priya Dunmore MP\nSecretary of State for Justice\n102 Petty France\nLondon\n\n"
            "Dear Secretary of State,\n\nWe write about the detention of families.\n")
    assert _fixa20(text, "officials") == [("Priya Dunmore", "Secretary of State for Justice")]


def test_fixa20_the_lines_copied_to_after_a_sign_off_are_addressees_not_signatories():
    text = ("We ask you to act.\n\nYours faithfully,\n\nJo Bell, Director, Harbour Refugee Trust\n\n"
            "cc: Sam Okafor MP, Minister for Prisons\nDame Ruth Hale MP, Chair of the Justice Committee\n")
    assert _fixa20(text, "officials") == [("Sam Okafor", "Minister for Prisons"), ("Ruth Hale", "Chair of the Justice Committee")]


def test_fixa20_a_qualified_lowercase_representative_holds_a_post():
    text = "Ana Lopes, UNHCR's regional representative for Southern Europe, said the talks had stalled. A sales representative, Tim Cole, said nothing."
    assert _fixa20(text, "officials") == [("Ana Lopes", "regional representative for Southern Europe")]


def test_fixa20_an_advice_centre_s_staff_hold_no_office():
    text = "\"Decisions are harsher,\" said Omar Rauf, head of casework at the Bradford Migrant Advice Centre in Yorkshire."
    assert _fixa20(text, "officials") == []


def test_fixa20_a_claim_credited_after_a_dash_is_its_speaker_s():
    text = ("Minister Paul Greer spoke at the port.\n\nThe claim: \"Crossings have halved since the deal.\" - Immigration Minister "
            "Paul Greer, speaking in Folkestone on Friday.\n\nThe figures tell another story.\n")
    assert ("Crossings have halved since the deal.", "Paul Greer") in [(t.rstrip(".") + ".", s) for t, s in _fixa20(text, "statements")]


def test_fixa20_responded_that_introduces_a_quoted_speech():
    text = "The Lib Dem spokesman, Owen Price, responded that \"barely a dozen flights\" had left all year."
    assert [s for _, s in _fixa20(text, "statements")] == ["Owen Price"]


def test_fixa20_an_honorific_with_its_full_stop_before_the_verb_names_the_speaker():
    text = "The envoy Helen Marsh met the minister.\n\n\"We see a partner, not a problem,\" Ms. Marsh said."
    assert [s for _, s in _fixa20(text, "statements")] == ["Helen Marsh"]


def test_fixb20_a_hedged_age_after_aged_is_no_figure():
    text = "Three bodies, those of a woman and a girl aged around 6, were recovered from the lorry."
    assert [f[0] for f in _figures(text)] == ["Three"], _figures(text)


def test_fixb20_a_jurys_make_up_is_no_figure():
    text = "A jury of eight men and four women took two days to convict the smugglers."
    assert not [f for f in _figures(text) if f[0] in ("eight", "four")], _figures(text)


def test_fixb20_a_conferences_delegations_are_no_figure():
    text = "The summit in Amman drew delegations from nine countries and three UN agencies."
    assert not [f for f in _figures(text) if f[0] in ("nine", "three")], _figures(text)


def test_fixb20_job_candidates_interviewed_in_a_vague_plural_are_no_figure():
    assert _figures("The bakery's owner said he had interviewed hundreds of applicants this spring.") == []
    assert [f[0] for f in _figures("A researcher who has interviewed hundreds of deportees said so.")] == ["hundreds"]


def test_fixb20_people_counted_by_a_nationals_plural_are_a_figure():
    text = "Those held were eleven Iraqi nationals, four Albanians and two Pakistanis, police said."
    assert [f[0] for f in _figures(text)] == ["eleven", "four", "two"], _figures(text)


def test_fixb20_a_fold_word_is_a_ratio():
    text = "Deportations to Erbil have grown nearly sixfold since 2022."
    assert [(f[0], f[1]) for f in _figures(text)] == [("nearly sixfold", 6)], _figures(text)


def test_fixb20_victims_named_again_after_the_are_a_figure():
    text = "Police found six workers sleeping in a barn. The six workers, all from Duhok, were given shelter."
    assert [f[0] for f in _figures(text)] == ["six", "six"], _figures(text)


def _fixc20_events(text: str, reference: str = "2026-04-20") -> list[tuple]:
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference)]


def test_fixc20_a_meeting_on_the_sidelines_of_a_fair_takes_the_fair_s_day():
    text = ("The governorate opened a careers fair for returnees in Duhok on Thursday. About 40 firms took part. "
            "On the sidelines of the fair, the Governor met the Dutch ambassador.")
    assert ("meeting", "2026-04-16", "occurred") in _fixc20_events(text)


def test_fixc20_a_deadline_of_what_was_agreed_does_not_date_the_meeting():
    text = ("The envoy visited Mosul last week, where he met the governor, Omar Saleh, and agreed to open two more centres "
            "in the city by the end of the year.")
    assert ("meeting", "2026-04-13/2026-04-19", "occurred") in _fixc20_events(text)


def _fixd20_measures(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures", "2026-05-14")]


def test_fixd20_a_kind_of_returns_added_to_a_count_is_no_measure():
    text = "Including enforced removals, 480 people went back. Counting assisted voluntary returns too, 1,900 Kurds left Germany last year."
    assert [f for f in _fixd20_measures(text) if f[0] != "TODO" and "voluntary" in f[1]] == []


def test_fixd20_databases_connected_told_by_whose_they_are():
    text = "The five ministries agreed to connect their national databases within a year."
    assert any(t == "data_system" and d.startswith("connect their national databases") for t, d in _fixd20_measures(text))


def test_fixd20_apprenticeships_funded_and_counted_are_employment():
    # the rule, not the head pass alone (which misses them in some passages): the description opens with the funding
    text = "The embassy said it would fund another 120 apprenticeships in Zakho next year."
    assert any(t == "employment" and d.startswith("fund another 120 apprenticeships") for t, d in _fixd20_measures(text))


def test_fixd20_enforced_returns_accepted_are_returns_but_not_when_asked_about():
    text = "Under the memorandum, Baghdad agreed last year to accept forced removals from the Netherlands."
    assert any(t == "returns" and d.startswith("accept forced removals") for t, d in _fixd20_measures(text))
    asked = "Asked if Baghdad would now accept forced removals, the minister smiled."
    assert [f for f in _fixd20_measures(asked) if f[0] == "returns"] == []


def test_fixd20_a_victim_support_programme_named_so():
    text = "Norway will pay €3 million towards border scanners and a victim protection scheme."
    assert ("victim_support", "victim protection scheme") in _fixd20_measures(text)


def test_fixd20_training_in_a_longer_body_name_is_no_measure():
    text = "The figures came from the Directorate of Labour, Youth and Vocational Training, which runs the fair."
    assert [f for f in _fixd20_measures(text) if f[0] != "TODO"] == []


def test_fixd20_a_reintegration_programme_named_with_capitals():
    text = "The clinic is part of the Return and Reintegration Health Programme, paid for by Denmark."
    assert any(t == "reintegration" and d.startswith("Return and Reintegration Health Programme") for t, d in _fixd20_measures(text))


def test_fixd20_intelligence_told_by_its_source_before_it_is_shared():
    text = "Intelligence gathered at the ports is routinely shared with the Dutch police, the agency said."
    assert any(t == "intelligence_sharing" for t, _ in _fixd20_measures(text))


# -- fixa21: a named-turns interview's answerer labelled without the middle name the introduction gives; a turn over
# paragraphs opening "Before, …" (told against the one before); a speaker's post-nominal letters before the verb; a post before
# the name after a witness list is the story's

_FIXA21_TURNS = (
    "Zagros Weekly spoke to the head of the returns office, Colonel Darya Karim Salih, in Duhok.\n\n"
    "Zagros Weekly: How many people came back this spring?\n\n"
    "Darya Salih: We received 230 families between March and May. Most had been in Germany.\n\n"
    "Zagros Weekly: Who pays for their flights?\n\n"
    "Darya Salih: The German side pays for the flights and we pay for the first month of rent.\n\n"
    "Before, a family waited half a year for a house. Now we find one in a fortnight.\n\n"
    "Zagros Weekly: What is your advice to those still abroad?\n\n"
    "Darya Salih: Ask us first. We answer every message within a day.\n"
)


def test_fixa21_an_answerer_labelled_less_the_middle_name_is_the_one_introduced_in_full():
    got = _statements(_FIXA21_TURNS)
    assert any(t.startswith("We received 230 families") and s == "Darya Karim Salih" for t, s in got)
    assert all(s == "Darya Karim Salih" for _, s in got)


def test_fixa21_a_turn_s_paragraph_opening_with_a_time_told_against_the_one_before_goes_on_with_it():
    got = _statements(_FIXA21_TURNS)
    assert any(t.startswith("The German side pays") and t.endswith("in a fortnight.") for t, _ in got)
    assert not any(t.startswith("Before, a family waited") for t, _ in got)


def test_fixa21_a_speaker_s_post_nominal_letters_before_the_verb():
    text = ("Defence counsel Maria Okafor KC said Rebwar Aziz had never met the drivers.\n\n"
            'She told the court: "My client was a delivery man, nothing more, and the jury should remember that."')
    assert ("My client was a delivery man, nothing more, and the jury should remember that.", "Maria Okafor") in _statements(text)


def test_fixa21_a_post_before_the_name_after_a_witness_list_is_no_witness_entry():
    text = ("Witnesses\n\n"
            "Jo Marsh, Director, Harbour Refugee Trust; Ian Pell, Chief Constable, Kent Police.\n\n"
            "The Chair, Sir Anthony Blythe, began by asking why the centre had closed.\n")
    got = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert ("Anthony Blythe", "Chair") in got
    assert not any(n == "Jo Marsh" for n, _ in got)


def test_fixb21_views_told_in_prose_are_a_reach_but_a_bare_count_is_page_furniture():
    # a channel's reach told by what it amassed is a figure, a post's "1,204 views" under it is not
    assert _figures("The gang's reels clocked up more than 2.4 million views in a year.") == [
        ("more than 2.4 million", 2400000, "more_than")]
    assert _figures("Her reel drew 85,000 views before it was removed.") == [("85,000", 85000, None)]
    assert _figures("Posted 4 June\n\n3,418 views") == []


def test_fixb21_an_age_guessed_by_comparison_is_no_figure():
    assert _figures('"The boy on the back seat can\'t have been younger than 14," the driver said.') == []
    assert _figures("The cook looked no older than 17.") == []
    assert _figures("Police detained more than 30 workers.") == [("more than 30", 30, "more_than")]


def _fixc21_events(text, reference="2026-05-06"):
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference=reference)]


def test_fixc21_a_journey_told_as_a_gerund_after_a_planned_meeting_is_a_planned_visit():
    # 2026-05-06 is a Wednesday
    text = "The envoy is due to meet the interior minister on Thursday before travelling to Basra on Saturday for talks with port officials."
    events = _fixc21_events(text)
    assert ("planned_meeting", "2026-05-07", "planned") in events
    assert ("visit", "2026-05-09", "planned") in events


def test_fixc21_talks_between_named_parties_with_their_place_and_day_are_a_meeting():
    text = "The new rules follow talks between the Home Secretary and the Iraqi foreign minister in Baghdad on 28 April."
    assert _fixc21_events(text) == [("meeting", "2026-04-28", "occurred")]


def test_fixc21_a_civil_claim_a_court_will_hear_on_a_day_is_a_planned_ruling():
    text = "A judge in Basra will hear the drivers' compensation claims on 19 May."
    assert ("court_ruling", "2026-05-19", "planned") in _fixc21_events(text)
    against = "The tribunal will hear their claim against the ferry operator on 2 June."
    assert ("court_ruling", "2026-06-02", "planned") in _fixc21_events(against)
    # not claims heard by an inquiry
    assert _fixc21_events("The inquiry will hear claims of abuse from former detainees.") == []


def test_fixc21_terms_told_as_a_range_of_years_received_are_a_ruling():
    text = "The two drivers received between three and four years."
    assert _fixc21_events(text) == [("court_ruling", None, "occurred")]


def test_fixc21_arrests_made_after_a_dated_raid_are_that_raid():
    text = "Four men were arrested after police raided a barber shop in Derby on Monday."
    assert _fixc21_events(text) == [("arrest", "2026-05-04", "occurred")]


def test_fixc21_a_ruling_joined_by_and_takes_no_date_from_the_first_ruling_s_clause():
    text = ("A court in Lille on Monday sentenced the organiser to five years for a crossing in which a boy drowned last August, "
            "and jailed the two drivers.")
    assert _fixc21_events(text) == [("court_ruling", "2026-05-04", "occurred")]


def _fixd21_measures(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures", "2026-05-14")]


def test_fixd21_a_reception_centre_opened_with_its_cost_between():
    text = "The Danish minister opened a €1.7 million reception centre for Kurds sent away from Denmark in Sulaimani."
    assert any(t == "reception_centre" and d.startswith("reception centre for Kurds") for t, d in _fixd21_measures(text))


def test_fixd21_vocational_courses_people_are_referred_to_are_employment():
    text = "Staff there will refer young women to vocational courses run by a local charity, the consul said."
    assert any(t == "employment" and "vocational courses" in d for t, d in _fixd21_measures(text))


def test_fixd21_a_charter_flight_after_a_returnee_centre_is_returns_but_not_after_returns_flights():
    text = ("Norway opened a reception centre for returnees in Duhok in March. "
            "The first charter flight to use it is expected in late May.")
    assert any(t == "returns" and d.startswith("charter flight") for t, d in _fixd21_measures(text))
    holiday = "Tourists were stranded in Palma when a charter flight to Manchester was cancelled."
    assert [f for f in _fixd21_measures(holiday) if f[0] == "returns"] == []


def test_fixd21_a_further_shelter_being_built_is_victim_support():
    text = "The charity said a second shelter, in Zakho, will open in May."
    assert any(t == "victim_support" and d.startswith("second shelter, in Zakho") for t, d in _fixd21_measures(text))


def _fixa22_officials(text: str) -> dict[str, str]:
    return {c["name"]: c["role"] for c in proposed(text, "officials")}


def test_fixa22_a_federal_body_keeps_federal_in_its_officials_role():
    text = "Federal Migration Office spokeswoman Helga Brandt told reporters the file had been closed."
    assert _fixa22_officials(text) == {"Helga Brandt": "Federal Migration Office spokeswoman"}
    assert _fixa22_officials("Federal Interior Minister Jonas Weber visited the camp.") == {"Jonas Weber": "Federal Interior Minister"}


def test_fixa22_a_regional_governments_representative_in_a_country_is_an_official():
    before = "The minister later met the Kurdistan Regional Government's representative in Britain, Darya Omar Salih, in Whitehall."
    assert _fixa22_officials(before) == {"Darya Omar Salih": "representative in Britain"}
    after = "Rebin Faris, the regional government's deputy representative to the UK, laid a wreath."
    assert _fixa22_officials(after) == {"Rebin Faris": "deputy representative to the UK"}
    sales = "Lena Hart, a sales representative in Leeds, said prices had risen."
    assert _fixa22_officials(sales) == {}


def _fixa22_speakers(text: str) -> list[tuple[str | None, str]]:
    return [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")]


def test_fixa22_a_pronoun_after_a_reporter_who_spoke_to_someone_is_the_interviewees():
    text = ("Our reporter Dilan Kareem spoke to Bahar Omar, 52, in Duhok, whose son left for France last spring. "
            "\"We sold the car to pay for it,\" she said.")
    assert _fixa22_speakers(text) == [("Bahar Omar", "We sold the car to pay for it")]


def test_fixa22_a_street_name_is_no_person_a_pronoun_could_stand_for():
    text = ("The march was led by his uncle Azad Karimi, 51, who runs a bakery on Melton Mowbray Road.\n\n"
            "\"He wanted to be an electrician,\" he said.")
    assert _fixa22_speakers(text) == [("Azad Karimi", "He wanted to be an electrician")]


def test_fixa22_a_councils_name_in_the_possessive_names_no_surname():
    text = ("\"We will keep asking,\" the family told Leicester Beat.\n\n"
            "Councillor Meera Patel, Leicester City Council's lead member for housing, said: \"The city stands with them.\"")
    assert ("Meera Patel", "The city stands with them.") in _fixa22_speakers(text)


def test_fixa22_a_participle_describing_something_as_the_quoted_words_is_its_subjects():
    text = ("The charity's director, Rona Hale, called the scheme \"a cruel lottery for the families\". "
            "Omar Baban, a former police chief in Erbil, was gentler, describing the new centre as \"a start that families can build on\".")
    assert ("Omar Baban", "a start that families can build on") in _fixa22_speakers(text)


def _fixb22_figure_texts(text: str) -> list[str]:
    return [c["value_text"] for c in proposed(text, "statistics")]


def test_fixb22_a_small_shops_headcount_by_a_bare_staff_noun_is_no_figure():
    text = "These days she employs three staff and delivers cakes across Duhok."
    assert "three" not in _fixb22_figure_texts(text)
    # ... but who a firm was caught employing is counted
    raid = "Officers found that the warehouse employed 14 people who had no right to work in Britain."
    assert "14" in _fixb22_figure_texts(raid)


def test_fixb22_goods_counted_by_their_container_are_no_figure():
    text = "The ambassador toured the market in May and went home with three boxes of dates."
    assert "three" not in _fixb22_figure_texts(text)


def test_fixb22_a_count_opening_the_next_sentence_out_of_a_base_told_in_words():
    text = ("Five of the eleven women have been granted asylum, the tribunal was told. "
            "Three have since been moved to a hostel in Leeds.")
    assert "Three" in _fixb22_figure_texts(text)
    text = "Of the twelve men detained in the raid, only four were later charged."
    assert "four" in _fixb22_figure_texts(text)


def _fixd22_measures(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures", "2026-06-15")]


def test_fixd22_a_measure_denied_by_no_before_it_gives_way_to_the_one_told():
    text = ("Of the 50 families we met, 18 said they had been given no reintegration support. "
            "The ministry says £1.4 million has gone on reintegration support for families sent home from Germany.")
    found = [(t, d) for t, d in _fixd22_measures(text) if t != "TODO"]
    assert [d for t, d in found if t == "reintegration"] == ["reintegration support for families sent home from Germany"]


def test_fixd22_a_grant_summed_up_in_the_opening_is_the_one_the_body_tells_with_its_sum():
    text = ("Home to Duhok\n\nLayla Hassan came back from Manchester last year. Today, thanks to a reintegration grant, "
            "she runs a tailoring shop.\n\nShe flew home in May 2025 under the voluntary returns scheme. "
            "In Duhok she was given a reintegration grant of £1,800 through a programme run by a local charity.\n")
    grants = [d for t, d in _fixd22_measures(text) if t == "reintegration"]
    assert len(grants) == 1 and grants[0].startswith("reintegration grant of £1,800")


def test_fixd22_the_clause_after_a_colon_going_on_about_a_measure_is_no_measure_of_its_own():
    text = ("Baghdad also agreed to speed up returns: it now issues emergency passports for people refused asylum in Britain "
            "within a week, against months before.")
    found = _fixd22_measures(text)
    assert [f for f in found if f[0] == "TODO"] == []
    assert any(t == "returns" and d == "speed up returns" for t, d in found)


def _fixc22_events(text, reference="2026-03-17"):
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference=reference)]


def test_fixc22_a_representative_hosted_is_a_planned_meeting():
    text = "The mayor will host the Basra Provincial Council's representative in London, Omar Saleh, on Thursday."
    assert _fixc22_events(text) == [("planned_meeting", "2026-03-19", "planned")]


def test_fixc22_a_judge_refusing_an_application_to_the_court_is_a_ruling_but_not_an_asylum_refusal():
    text = "At the Court of Session, Lord Harlow this afternoon refused an application to block the removal of a man from Duhok."
    assert _fixc22_events(text) == [("court_ruling", "2026-03-17", "occurred")]
    assert _fixc22_events("The Home Office refused her application for asylum in 2024.") == []


def test_fixc22_a_package_set_out_in_a_speech_in_a_live_blog_entry_is_the_days_announcement():
    text = ("Border plan: live\n\n16.05 GMT\nReaction\n\nUnions gave the plan a cautious welcome.\n\n"
            "14.30 GMT\nSpeech\n\nThe immigration minister has set out the new strategy in a speech at Dover.\n")
    assert _fixc22_events(text) == [("announcement", "2026-03-17", "occurred")]


def test_fixc22_a_judge_ordering_suspects_held_for_a_term_is_a_ruling():
    text = "On Monday a judge in Ghent ordered the four drivers held for another 30 days."
    assert _fixc22_events(text) == [("court_ruling", "2026-03-16", "occurred")]


def test_fixc22_a_named_committees_hearing_dated_is_a_meeting():
    text = "Pressed on costs at a Public Accounts Committee hearing on 3 March, the permanent secretary said the figures were under review."
    assert _fixc22_events(text) == [("meeting", "2026-03-03", "occurred")]


def test_fixc22_ones_arrest_named_with_its_place_and_month_is_an_arrest():
    text = "She has been on remand since her arrest in Calais in January."
    assert _fixc22_events(text) == [("arrest", "2026-01", "occurred")]


def test_fixc22_a_count_asked_for_or_a_trend_seen_is_no_arrest():
    assert _fixc22_events("The minister would not say how many traffickers had been arrested in Erbil.") == []
    assert _fixc22_events('"We are finally seeing gang leaders arrested in Duhok," the envoy said.') == []


def test_fixc22_talks_ranking_the_visitor_just_told_are_no_meeting():
    text = ("Holloway, who arrived in Erbil on Sunday evening, is the first British defence secretary to hold talks in the "
            "Kurdistan Region since the war.")
    assert _fixc22_events(text) == [("visit", "2026-03-15", "occurred")]


def test_fixc22_a_courts_act_told_as_later_in_the_same_sentence_takes_the_arrests_day():
    text = ("Police on Friday detained three men, all from Zakho, on suspicion of forging visas, and a magistrate later "
            "ordered them held for six days.")
    assert _fixc22_events(text) == [("arrest", "2026-03-13", "occurred"), ("court_ruling", "2026-03-13", "occurred")]


def test_fixa23_a_director_of_a_body_described_as_a_centre_for_victims_holds_no_office():
    text = 'Marleen Claes, director of Voorhaven, the Ghent centre for victims of exploitation, said: "They arrive with nothing."'
    assert _officials(text) == {}


def test_fixa23_a_director_of_an_organisation_for_development_holds_no_office():
    text = "Shirin Kamal, director of the Roj Organisation for Development, said half the places had gone to women."
    assert _officials(text) == {}


def test_fixa23_a_spokesman_for_an_iraqi_general_company_holds_a_public_post():
    text = "The spokesman for the General Company for Iraqi Railways, Saad Jabbar al-Tamimi, said the wagons had been searched."
    assert _officials(text) == {"Saad Jabbar al-Tamimi": "spokesman for the General Company for Iraqi Railways"}


def test_fixa23_a_party_named_member_of_parliament_keeps_the_party_and_seat():
    text = "Karwan Salih, a Kurdistan Democratic Party member of parliament from Zakho who abstained, said the law was vague."
    assert _officials(text) == {"Karwan Salih": "Kurdistan Democratic Party member of parliament from Zakho"}


def test_fixa23_a_managers_post_a_council_owns_is_public():
    assert _officials("Helen Brice, the council's licensing enforcement manager, said the flats were unsafe.") == {
        "Helen Brice": "licensing enforcement manager"}
    assert _officials("Helen Brice, the hotel's night manager, said the rooms were full.") == {}


def test_fixa23_a_capitalised_post_the_person_became_is_their_role():
    assert _officials("Tom Hale, 49, became the UK's Chief Immigration Inspector in March after a career in the army.") == {
        "Tom Hale": "Chief Immigration Inspector"}
    assert _officials("In June Rosa Miles was appointed Minister for Borders and Asylum.") == {
        "Rosa Miles": "Minister for Borders and Asylum"}
    assert _officials("Tom Hale became a lorry driver in 2019.") == {}


def test_fixa23_a_minister_for_victims_and_a_portfolio_word_before_the_name():
    text = "New money for refuges was announced today by Minister for Victims and Community Safety Morven Kerr in Dundee."
    assert _officials(text) == {"Morven Kerr": "Minister for Victims and Community Safety"}


def test_fixa23_a_childrens_commissioner_keeps_whom_the_post_serves():
    text = "The charity will brief the Children's Commissioner for Wales, Ffion Rhys, on Monday."
    assert _officials(text) == {"Ffion Rhys": "Children's Commissioner for Wales"}


def test_fixa23_a_thing_indicating_between_is_no_unnamed_speaker():
    text = ("Customs officer Linda Hayes told the court she opened the container at dawn. A sniffer dog had barked at the "
            "seal.\n\n\"Nobody inside could speak,\" she said.")
    assert _speakers(text).get("Nobody inside could speak") == "Linda Hayes", _speakers(text)


def test_fixa23_a_name_someone_asked_to_be_called_is_the_pronouns_speaker():
    text = ("One passenger, a 30-year-old from Koya who asked to be called Dara, said the crossing took nine hours.\n\n"
            "\"The engine stopped twice,\" he said.")
    assert _speakers(text).get("The engine stopped twice") == "Dara", _speakers(text)


def test_fixa23_a_changed_name_with_its_asterisk_speaks_the_first_person_paragraph_after():
    text = ("Hana*, 16, from Kalar, has shared a room in a hostel with her aunt since March.\n\n"
            "\"I go to school by two buses. Nobody has told me what happens next.\"\n\n"
            "*Hana's name has been changed.")
    assert _speakers(text).get("I go to school by two buses. Nobody has told me what happens next.") == "Hana", _speakers(text)


def test_fixa23_a_bodys_which_clause_closing_the_appositive_leaves_the_person_the_speaker():
    text = ('Soran Latif, an adviser at Fenland Welcome Hub, which has housed two of the families, said: '
            '"They had no idea who owned the house."')
    assert _speakers(text).get("They had no idea who owned the house.") == "Soran Latif", _speakers(text)


def _fixc23_events(text, reference="2026-03-17"):
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference=reference)]


def test_fixc23_an_arrest_that_morning_after_whom_it_took_takes_the_scenes_day():
    text = ("Inspectors searched a flat in Hull on 9 March and found eleven men sleeping on the floor. Police detained the "
            "tenant at the flat that morning on suspicion of facilitation.")
    assert ("arrest", "2026-03-09", "occurred") in _fixc23_events(text)


def test_fixc23_the_scenes_day_is_not_the_day_a_source_spoke_and_may_be_three_paragraphs_back():
    text = ("Guards stopped a minibus carrying 14 Iraqis near Narewka early on Monday.\n\n"
            "The group was found near the barrier, the agency's spokesman said on Wednesday.\n\n"
            '"They had walked all night," he said.\n\n'
            "Two drivers were detained on the DK19 road near Siemiatycze the same morning with five more Iraqis.")
    assert _fixc23_events(text)[-1] == ("arrest", "2026-03-16", "occurred")


def test_fixc23_a_fine_told_in_the_passive_at_a_court_or_by_its_sum_is_a_ruling():
    assert _fixc23_events("A haulier from Ashford was fined at Folkestone Magistrates' Court on Friday.") == [
        ("court_ruling", "2026-03-13", "occurred")]
    assert _fixc23_events("A Luton landlord has been fined £9,500 after officers found nine men in his loft.") == [
        ("court_ruling", None, "occurred")]
    # a civil penalty a department imposes is no court's ruling
    assert _fixc23_events("The car wash was fined £45,000 by the Home Office for employing six illegal workers.") == []


def test_fixc23_a_hearing_expected_in_a_month_told_as_an_aside_is_a_planned_ruling():
    text = "The council will seek a banning order at an Upper Tribunal hearing expected in June."
    assert _fixc23_events(text) == [("court_ruling", "2026-06", "planned")]


def test_fixc23_a_parliaments_ratification_of_an_instrument_is_a_signing():
    text = "The Kurdistan Parliament on Tuesday ratified a returns memorandum with the Netherlands."
    assert _fixc23_events(text) == [("signing", "2026-03-17", "occurred")]


def test_fixc23_a_hearing_a_committee_questions_officials_at_is_that_meetings_setting():
    text = "The security committee questioned border police officials on the deal at a private hearing on 2 March."
    assert _fixc23_events(text) == [("meeting", "2026-03-02", "occurred")]


def test_fixc23_a_judges_finding_ruled_yesterday_is_a_ruling():
    text = "The courier hid £600,000 in suitcases for the network, a judge at Isleworth Crown Court ruled yesterday."
    assert _fixc23_events(text) == [("court_ruling", "2026-03-16", "occurred")]


def test_fixc23_a_report_published_today_told_before_its_verb_is_a_publication():
    text = 'Refugee Action today publishes "Nowhere Safe", a report on Kurdish teenagers in Kent.'
    assert _fixc23_events(text) == [("publication", "2026-03-17", "occurred")]


def test_fixc23_a_cabinets_approval_on_its_day_is_its_session():
    text = "The Kurdistan Region's Council of Ministers on Wednesday approved a plan to register returnees."
    assert _fixc23_events(text) == [("meeting", "2026-03-11", "occurred")]


def test_fixc23_a_team_due_back_at_a_place_is_a_planned_visit():
    text = "A consular team is due back at Grande-Synthe on 9 April."
    assert _fixc23_events(text) == [("visit", "2026-04-09", "planned")]
# -- fixd23: measures of a scheme for returnees told after it -----------------------------------------

def _fixd23_measures(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures")]


def test_fixd23_a_further_centre_told_by_its_place_is_of_the_kind_of_the_centre_before():
    text = ("The labour ministry opened a vocational training centre in Kirkuk for men who came back from Germany. "
            "Norway will pay for a third centre, in Basra, next spring.")
    kinds = _fixd23_measures(text)
    assert ("employment", "third centre") in kinds, kinds


def test_fixd23_a_further_centre_with_no_centre_before_and_no_opening_is_none():
    text = "Families who went home from Greece asked about a second centre in Mosul."
    assert not [k for k in _fixd23_measures(text) if k[0] in ("employment", "reintegration", "reception_centre")]


def test_fixd23_the_allowance_and_grants_of_a_scheme_for_returnees_named_by_its_trainees():
    text = ("A charity opened a reintegration centre in Zakho for people deported from Europe. "
            "It was paid for by Denmark. "
            "The mayor praised the staff. "
            "Every trainee gets a weekly allowance of 40,000 dinars, and graduates may apply for small start-up grants of up to $2,500.")
    kinds = _fixd23_measures(text)
    assert any(k == "reintegration" and d.startswith("weekly allowance") for k, d in kinds), kinds
    assert any(k == "reintegration" and d.startswith("small start-up grants") for k, d in kinds), kinds


def test_fixd23_an_allowance_of_trainees_with_no_scheme_for_returnees_is_none():
    text = "The police academy opened in Basra. The chief praised the staff. Every trainee gets a weekly allowance of 40,000 dinars."
    assert not [k for k in _fixd23_measures(text) if k[0] == "reintegration"]


def test_fixd23_a_reception_centre_a_returnee_lived_in_abroad_is_none():
    text = "Karwan, who went home last spring after three years in a reception centre near Munich, now drives a taxi."
    assert not [k for k in _fixd23_measures(text) if k[0] in ("reintegration", "reception_centre")]


def test_fixd23_courses_in_a_trade_are_employment_not_officers_training():
    kinds = _fixd23_measures("The governorate has begun courses in carpentry and sewing for 80 young people.")
    assert [k for k, _ in kinds if k != "TODO"] == ["employment"], kinds


def test_fixd23_the_course_of_a_scheme_for_returnees_named_again_is_no_training():
    text = ("An NGO opened a vocational training centre in Duhok for young men who returned from Britain. "
            "Each trainee is paid a small stipend during the nine-month course.")
    assert not [k for k in _fixd23_measures(text) if k[0] == "training"]


def test_fixd23_job_advisers_seconded_to_a_centre_are_employment():
    kinds = _fixd23_measures("The ministry said it would second eight of its job advisers to the new centre.")
    assert ("employment", "second eight of its job advisers to the new centre") in kinds, kinds


def test_fixd23_money_spent_in_other_currencies_on_a_surveillance_system_is_equipment():
    text = "Lithuania has spent about 90 million euros (some $98 million) on its thermal surveillance system."
    kinds = _fixd23_measures(text)
    assert any(k == "equipment" and "surveillance system" in d for k, d in kinds), kinds
    text = "Norway has spent 300 million kroner on surveillance systems along its coast."
    assert any(k == "equipment" for k, _ in _fixd23_measures(text)), _fixd23_measures(text)


def test_fixd23_free_flights_home_run_by_an_agency_are_returns():
    text = "About 40 men from the camp have registered for free flights to Sulaimani run by the IOM."
    kinds = _fixd23_measures(text)
    assert any(k == "returns" and d.startswith("free flights to Sulaimani") for k, d in kinds), kinds


def test_fixd23_equipment_for_a_new_body_is_equipment():
    text = "Denmark will give €2 million, including equipment for the new directorate."
    kinds = _fixd23_measures(text)
    assert any(k == "equipment" and d.startswith("equipment for the new directorate") for k, d in kinds), kinds


def test_fixd23_a_centre_named_by_the_crime_it_fights_set_up_is_a_new_body():
    text = "The decree orders the creation of a Regional Centre for Countering Human Trafficking in Basra."
    kinds = _fixd23_measures(text)
    assert any(k == "new_body" and "Regional Centre for Countering" in d for k, d in kinds), kinds


def test_fixd23_a_database_of_smuggling_cases_is_a_data_system():
    kinds = _fixd23_measures("Point two: a single database of smuggling cases for police and judges, costing IQD 3 billion.")
    assert any(k == "data_system" for k, _ in kinds), kinds


def test_fixd23_a_charter_flight_of_one_sent_back_from_a_country_to_iraq_is_returns():
    text = "Dilan, 31, said he had been sent back from Germany to Sulaimani on a charter flight in May."
    kinds = _fixd23_measures(text)
    assert any(k == "returns" and d.startswith("charter flight") for k, d in kinds), kinds


def test_fixd23_a_towns_own_reception_centre_is_a_reception_centre():
    text = "Officials said the city's reception centre was holding 600 people, twice its capacity."
    kinds = _fixd23_measures(text)
    assert any(k == "reception_centre" for k, _ in kinds), kinds


def test_fixd23_counted_equipment_due_at_a_named_place_is_equipment():
    text = "Twenty fingerprint scanners for Basra airport and the Safwan crossing are due in March."
    kinds = _fixd23_measures(text)
    assert any(k == "equipment" and "fingerprint scanners" in d for k, d in kinds), kinds
    assert not [k for k, _ in _fixd23_measures("Two boats for Lampedusa arrive on the beach every night.") if k == "equipment"]


def test_fixd23_a_charity_named_or_a_group_someone_runs_told_by_its_work_is_no_measure():
    text = "Shirin Karim, who works for the Erbil charity Hevi, which helps returnees, was doubtful."
    assert not [k for k in _fixd23_measures(text) if k[0] == "reintegration"]
    text = "Aras Omer, who runs a small support group for returnees in Zakho, disagreed."
    assert not [k for k in _fixd23_measures(text) if k[0] == "reintegration"]


def test_fixd23_the_training_a_programme_offers_in_its_sentence_is_the_programme():
    text = "Point four: a reintegration programme for returnees, providing vocational training and housing advice."
    kinds = _fixd23_measures(text)
    assert [k for k, _ in kinds if k != "TODO"] == ["reintegration"], kinds
# -- fixb23: money, figures and agreements ---------------------------------------------------------------

def _fixb23_figures(text: str) -> list[str]:
    return [c["value_text"] for c in proposed(text, "statistics")]


def test_fixb23_how_full_a_place_is_is_no_figure():
    text = "The ferry that sailed from Hull last week left port three-quarters empty, the operator admitted."
    assert _fixb23_figures(text) == []


def test_fixb23_a_sample_after_surveyed_and_its_interviews_are_no_figures():
    text = "Last spring the two of us surveyed 930 residents of Halabja and held 27 follow-up interviews."
    assert _fixb23_figures(text) == []


def test_fixb23_a_votes_tally_told_by_its_verb_and_the_members_present_are_no_figures():
    text = "Of the 180 deputies present in the 250-seat assembly, 142 voted in favour, 20 against and 18 abstained."
    assert _fixb23_figures(text) == []


def test_fixb23_a_multiplier_of_a_workplaces_staff_is_no_figure():
    assert _fixb23_figures("The unit has tripled its staff since the spring.") == []


def test_fixb23_the_count_an_alternative_replaces_is_no_figure():
    assert _fixb23_figures("Each child now gets one meal a day instead of three.") == []


def test_fixb23_a_duration_put_right_in_the_next_sentence_is_no_figure():
    assert _fixb23_figures('"The agent promised us four hours in the van. It was more than nine," the boy said.') == []


def test_fixb23_a_number_the_reader_is_bidden_to_ask_is_no_figure():
    assert _fixb23_figures("Ask a thousand mothers in Zakho what they fear, and few will mention the border.") == []


def test_fixb23_those_one_tent_is_for_are_no_figure():
    assert _fixb23_figures('"We have one tent for five people," she said.') == []


def test_fixb23_a_source_close_to_a_party_is_no_figure():
    assert _fixb23_figures("He got five years in prison, a term one person close to the defence called a relief.") == []


def test_fixb23_a_border_fences_numbered_post_is_no_figure():
    assert _fixb23_figures("The men were stopped near post 214 on the eastern frontier.") == []


def test_fixb23_a_public_offices_staff_is_a_figure():
    text = "The verification office on the second floor has a staff of 14: nine clerks and five examiners."
    assert _fixb23_figures(text) == ["14", "nine", "five"]
    assert _fixb23_figures("The barber shop has a staff of four.") == []


def test_fixb23_broke_up_is_no_duration_of_a_count_after_it():
    assert "15" in _fixb23_figures("Police held 20 suspects over the past two years, and broke up 15 gangs.")


def test_fixb23_goods_told_by_maker_and_model_are_a_figure():
    assert _fixb23_figures("Officers took six cars, including two Porsche Cayennes, worth £400,000.") == ["six", "two"]


def test_fixb23_zloty_is_money_not_a_figure():
    text = "Warsaw has set aside about 2.3 billion złoty for the new fence."
    assert _fixb23_figures(text) == []
    assert [(c["amount"], c["currency"], c["qualifier"]) for c in proposed(text, "funding")] == [(2300000000, "PLN", "about")]


def test_fixb23_a_titled_protocol_is_a_treaty():
    text = "The Protocol on Maritime Cooperation and Returns was signed in Rome on 2 May by both ministers."
    assert [(c["title"], c["instrument_type"]) for c in proposed(text, "agreements")] == \
        [("Protocol on Maritime Cooperation and Returns", "treaty")]
    assert proposed("Officers followed the protocol on searches.", "agreements") == []


def test_fixb23_the_few_a_courts_ruling_on_an_act_is_about_are_no_figure():
    text = "Last month a tribunal ruled that housing three Syrian sisters, aged 15 to 17, in a men's hostel was unlawful."
    assert _fixb23_figures(text) == []


# -- fixa24: timestamped podcast turns, a caption's bar, NGO-only posts, relative clauses, described subjects ----------------

def test_fixa24_timestamped_caps_turns_are_each_speakers_statement():
    text = ("Episode 12 of Far Shores, presented by Nina Ward, with Rebaz Omer, a returnee, and Dr Lana Qadir of Home Again.\n\n"
            "[00:00:40] NINA WARD: Rebaz, where were you when the letter came?\n\n"
            "[00:00:52] REBAZ OMER: At work in Leeds. I read it twice before I understood it.\n\n"
            "[00:01:30] NINA WARD: Dr Qadir, how many people come to you each month?\n\n"
            "[00:01:41] LANA QADIR: About forty. Most of them arrive with nothing.\n\n"
            "[00:02:10] REBAZ OMER: I arrived with one bag.\n")
    found = [(c["speaker"], c["text_text"][:12]) for c in proposed(text, "statements")]
    assert ("Nina Ward", "Rebaz, where") in found
    assert ("Rebaz Omer", "At work in L") in found
    assert ("Lana Qadir", "About forty.") in found


def test_fixa24_a_surname_worn_only_later_names_the_forename_said_before():
    text = ("Dara Hama Amin, 58, a baker, said the family sold their car.\n\n"
            "\"We have nothing left,\" Dara said.\n\n"
            "His niece, Kani Dara, said she had written to the embassy.\n")
    speakers = {c["text_text"]: c["speaker"] for c in proposed(text, "statements")}
    assert speakers["We have nothing left"] == "Dara Hama Amin"


def test_fixa24_a_caption_bar_closes_the_appositive_post():
    text = ("[SOT – CAPTION: Sir Alan Pryce, Minister for Legal Migration | RECORDED 1015 | DUR 0'12\"]\n"
            "\"The system is working.\"\n")
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == [("Alan Pryce", "Minister for Legal Migration")]


def test_fixa24_a_campaigns_legal_director_is_no_official():
    assert proposed("Dr Ruth Adeyemi, legal director of Open Borders Now, said the removals were unlawful.", "officials") == []
    assert proposed("[SOT – CAPTION: Tariq Noor, advocacy director, Fair Exit | DUR 0'10\"]\n\"Stop the flights.\"\n",
                    "officials") == []


def test_fixa24_a_relative_clause_with_a_time_after_its_object_keeps_the_subject():
    text = ("Justice Minister Karwan Saleh Aziz, who received the Dutch Ambassador, Anna de Wit, on Monday, said the talks had "
            "\"opened a new chapter\".\n")
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Karwan Saleh Aziz"]


def test_fixa24_a_pronoun_after_a_described_subject_is_the_one_so_described():
    text = ("The fixer, Soran Bakr, 41, runs his trade from a phone shop in Kalar.\n\n"
            "He has posted more than 300 videos. Our reporter asked about a crossing for two adults in a message sent late at "
            "night, giving a false name and saying he was from Chamchamal and that he had the money ready in cash.\n\n"
            "Prices for a boat from the French coast have risen since the spring, charities across northern France say, "
            "and the crossings have become more dangerous as the boats become more crowded than before.\n\n"
            "Families in the town say the price of a place has doubled in two years, and that many now borrow from relatives "
            "or sell land, gold and cars to pay, often without knowing who will take the money or where it will go.\n\n"
            "Police in the province say arrests have risen this year, but that the networks move their money through "
            "exchange offices and change their numbers every few weeks, which makes them hard to follow for long.\n\n"
            "After some hours of silence, the fixer replied with a voice note.\n\n"
            "\"Come on Friday, the weather will be good,\" he said.\n")
    speakers = {c["text_text"]: c["speaker"] for c in proposed(text, "statements")}
    assert speakers["Come on Friday, the weather will be good"] == "Soran Bakr"


def _fixb24_figures(text: str) -> list[str]:
    return [c["value_text"] for c in proposed(text, "statistics")]


def test_fixb24_a_reports_bare_paragraph_numbers_are_no_figures():
    text = ("Summary\n\n1 In March 2025 the ministry opened two screening centres at the border.\n\n"
            "2 The centres trained 300 officers in their first year.\n")
    assert _fixb24_figures(text) == ["two", "300"]
    # a headline's count at the start of its line, with no numbered neighbour, stays a figure
    assert "3" in _fixb24_figures("3 Iraqis held at Dover port\n\nThe men were found in a lorry.")


def test_fixb24_one_of_a_kind_at_a_time_is_no_figure():
    assert _fixb24_figures('"We will win this fight one case at a time," the lawyer said.') == []
    assert _fixb24_figures("The trainers take 60 people at a time.") == ["60"]


def test_fixb24_a_performances_songs_are_no_figure():
    assert _fixb24_figures("The singer, who performed 12 songs at the vigil, thanked the crowd.") == []


def test_fixb24_an_agreements_articles_are_no_figure():
    assert _fixb24_figures("The new accord has 22 articles and runs for five years.") == []
    assert "400" in _fixb24_figures("Officers seized 400 articles of counterfeit clothing.")


def test_fixb24_the_party_a_priced_package_covers_is_no_figure():
    text = "His advert offers a 'family deal' for $9,000, covering three adults and four children."
    assert _fixb24_figures(text) == []


def test_fixb24_people_counted_in_a_clause_of_place_are_a_figure():
    text = "The survivors were flown to the clinic in Kos, where three were treated for severe shock."
    assert "three" in _fixb24_figures(text)


def test_fixb24_banknotes_of_a_value_are_no_sum():
    assert proposed("A photo shows stacks of €100 notes on a table.", "funding") == []
    assert [c["amount"] for c in proposed("He carried one €100 note and a phone.", "funding")] == [100]


def _fixd24_measures(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures") if c["measure_type"] != "TODO"]


def test_fixd24_liaison_posts_are_liaison_officers():
    text = "The Foreign Office will pay £3 million for courses, radios and liaison posts in Basra, officials said."
    assert ("liaison_officer", "liaison posts in Basra") in _fixd24_measures(text)


def test_fixd24_two_postings_in_one_sentence_are_two_measures():
    text = ("The minister said Britain will post three liaison officers from the National Crime Agency to the police in Erbil, "
            "and that a Kurdish liaison officer will join Border Force in Dover in March.")
    kinds = [kind for kind, _ in _fixd24_measures(text)]
    assert kinds.count("liaison_officer") == 2


def test_fixd24_officers_counted_in_iraq_are_the_ones_posted_to_its_city():
    text = ("Three more NCA liaison officers will be posted to Basra in June, taking the number of British liaison "
            "officers in Iraq to nine.")
    assert [kind for kind, _ in _fixd24_measures(text)].count("liaison_officer") == 1


def test_fixd24_heartbeat_detectors_paid_for_are_equipment():
    text = "The Home Office also paid for heartbeat detectors fitted at the port of Santander in 2025."
    assert [kind for kind, _ in _fixd24_measures(text)] == ["equipment"]


def test_fixd24_boats_a_gang_supplied_are_no_equipment():
    text = ("Police detained six men accused of supplying engines and boats to a Kurdish ring. The prosecutor said "
            "the network had sold \"scores of boats\" since 2023.")
    assert [kind for kind, _ in _fixd24_measures(text)] == []


def test_fixd24_charter_flights_a_returnee_came_home_on_and_their_share_of_spending_are_returns():
    text = ("Karwan, 31, was sent back to Erbil in June on one of the charter flights the Home Office has been running "
            "since the spring.")
    assert [kind for kind, _ in _fixd24_measures(text)] == ["returns"]
    text = ("The Home Office spent £30 million on removals to Iraq last year. Charter flights accounted for £11 million of it, "
            "the auditors found.")
    assert ("returns", "Charter flights accounted for £11 million of it") in _fixd24_measures(text)


def test_fixd24_a_reports_first_numbered_paragraph_is_no_opening():
    text = ("Summary\n\n1 In 2025 the Department committed £6 million to training, radios and vehicles in Iraq.\n\n"
            "2 The Department spent £9 million in the first year.\n\n"
            "3 By May 2026, 300 Iraqi officers had completed UK-funded courses.\n")
    assert ("training", "training") in _fixd24_measures(text)


def _fixc24_events(text, reference="2026-04-15"):
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference)]


def test_fixc24_a_closed_quotation_ends_its_future():
    text = ('"Next year we will do better," the minister told journalists after the delegations met for two hours on '
            'Tuesday afternoon at the embassy.')
    assert _fixc24_events(text) == [("meeting", "2026-04-14", "occurred")]


def test_fixc24_a_report_imprint_is_its_publication_but_no_news_dateline():
    report = "Annual review of returns\n\nHC 442, Session 2025–2026 | Published 3 March 2026 | 40 pages\n\nThe review finds gaps."
    assert _fixc24_events(report) == [("publication", "2026-03-03", "occurred")]
    news = "Lorry driver charged\n\nPublished 3 March 2026, 09:15\n\nThe driver was charged."
    assert _fixc24_events(news) == []


def test_fixc24_a_visitor_received_in_the_passive_by_an_office_holder_is_a_meeting():
    assert _fixc24_events("On Monday the British envoy was received by the Deputy Prime Minister in Baghdad.") == \
        [("meeting", "2026-04-13", "occurred")]
    assert _fixc24_events("On Monday the petition was received by the Home Secretary.") == []


def test_fixc24_a_remand_with_whom_it_remanded_after_the_custody():
    assert _fixc24_events("On 2 April a judge in Lille remanded in custody two Iraqi men suspected of steering the dinghy.") == \
        [("court_ruling", "2026-04-02", "occurred")]
    assert _fixc24_events("Both were charged and remanded in custody a day later.") == []


def test_fixc24_an_instrument_concluded_on_its_day_is_its_signing():
    text = "Officials reviewed the returns agreement concluded between the two governments in London on 4 June 2025."
    assert ("signing", "2025-06-04", "occurred") in _fixc24_events(text)
    assert _fixc24_events("The inquiry concluded that the checks were weak.") == []


def test_fixc24_a_council_debate_at_its_hall_is_a_meeting():
    text = "After a long debate at Dover Town Hall on Monday evening, councillors rejected the plan."
    assert _fixc24_events(text) == [("meeting", "2026-04-13", "occurred")]
    assert _fixc24_events("The debate over hotels goes on in Dover.") == []


def test_fixc24_a_committee_questioning_in_the_present_with_its_day_is_planned():
    text = "The MP will raise the case when the Justice Committee questions him on 28 April."
    assert _fixc24_events(text) == [("planned_meeting", "2026-04-28", "planned")]
    assert _fixc24_events("The committee questions whether the scheme works.") == []


def test_fixc24_a_bare_passive_arrest_closing_its_paragraph_takes_the_paragraph_s_day():
    text = ("On Sunday, 12 April, officers at a checkpoint near Zakho stopped a van carrying nine migrants. "
            "The driver, 40, and his cousin, 22, were arrested.")
    assert _fixc24_events(text) == [("arrest", "2026-04-12", "occurred")]


def test_fixc24_a_quoted_standard_met_is_no_meeting():
    text = 'The operator said its staff met "every standard the regulator expects" and would appeal.'
    assert _fixc24_events(text) == []


def test_fixc24_arrests_counted_over_a_whole_month_are_a_tally():
    text = "Border guards in Basra arrested 48 people suspected of smuggling fuel during March, the ministry said."
    assert _fixc24_events(text) == []


def test_fixc24_a_briefing_a_statement_was_read_out_at_is_no_second_meeting():
    text = ("The governor, who met the French ambassador on Monday, said in a statement read out at the briefing that "
            "cooperation was improving.")
    assert _fixc24_events(text) == [("meeting", "2026-04-13", "occurred")]


def test_fixc24_arrivals_greeted_in_the_active_are_no_meeting():
    assert _fixc24_events("Ministry staff met them at the foot of the steps with blankets.") == []


def test_fixc24_a_ring_broken_up_when_its_members_were_arrested_is_one_dated_arrest():
    text = "Officers said the gang that ran the crossings was broken up when nine men were arrested in Zakho in February."
    assert _fixc24_events(text) == [("arrest", "2026-02", "occurred")]


def test_fixc24_goods_signed_for_are_no_signing():
    assert _fixc24_events('"She only drove the van. She signed for tyres," her solicitor said.') == []
    assert _fixc24_events("The memorandum was signed for Iraq by its ambassador on 9 April.") == [("signing", "2026-04-09", "occurred")]


def _fixb25_figures(text: str) -> list:
    return [(c["value_text"], c["value"]) for c in proposed(text, "statistics", "2026-03-01")]


def test_fixb25_an_age_in_brackets_after_a_person_s_noun_is_no_figure():
    assert _fixb25_figures("Van driver (47) charged after migrants found in trailer") == []


def test_fixb25_the_youngest_s_age_is_no_figure():
    found = _fixb25_figures("Six men were found in the loft. The oldest was 58.")
    assert [v for _, v in found] == [6], found


def test_fixb25_a_hedged_age_with_no_comma_before_it_is_no_figure():
    found = _fixb25_figures("Two of the passengers, including a girl believed to be 12, were airlifted to Calais.")
    assert [v for _, v in found] == [2], found


def test_fixb25_a_count_of_those_found_is_a_figure():
    found = _fixb25_figures("Three of those found were taken to hospital in Ashford.")
    assert [v for _, v in found] == [3], found


def test_fixb25_an_age_limit_of_a_share_is_no_figure():
    found = _fixb25_figures("Nearly 40% were under 21 when they first left home.")
    assert [v for _, v in found] == [40], found


def test_fixb25_an_ordinal_before_a_number_word_picks_which_ones():
    assert _fixb25_figures("The first three cohorts finished their training in Basra.") == []


def test_fixb25_a_digest_s_takeaways_and_a_plan_s_priority_actions_are_no_figures():
    assert _fixb25_figures("Five takeaways from the summit") == []
    assert _fixb25_figures("The strategy sets out 14 priority actions for the coming year.") == []


def test_fixb25_a_short_line_number_told_after_is_is_no_figure():
    assert _fixb25_figures("The embassy's switchboard number is 734 2200.") == []


def test_fixb25_a_rule_s_threshold_is_no_figure():
    assert _fixb25_figures("Petitions that reach 50,000 signatures are debated, and those that pass 200,000 go to a vote.") == []
    found = _fixb25_figures("The petition reached 50,000 signatures on Friday.")
    assert [v for _, v in found] == [50000], found


def test_fixb25_half_of_a_price_paid_is_no_share_of_people():
    assert _fixb25_figures("Half had to be paid before the boat left, the court heard.") == []
    assert [v for _, v in _fixb25_figures("Half had found work in Erbil.")] == [0.5]


def test_fixb25_snaps_posted_in_a_vague_plural_are_no_figure():
    assert _fixb25_figures("His cousin posted dozens of blurry snaps of the watches online.") == []


def test_fixb25_one_person_heard_or_bereaved_in_a_story_is_no_figure():
    assert _fixb25_figures("A woman was sobbing and one man just kept praying.") == []
    assert _fixb25_figures("One woman lost her husband and her son in the sinking.") == []


def test_fixb25_what_it_costs_to_act_on_one_person_is_no_figure():
    assert _fixb25_figures("Nobody could say what it costs to deport one person to Erbil.") == []


def test_fixb25_a_hoped_for_doubling_is_no_ratio():
    assert _fixb25_figures("Organisers hope to double the number of stalls next summer.") == []


def test_fixb25_the_last_count_of_a_list_of_places_is_a_figure():
    found = _fixb25_figures("Returns rose in April: Nineveh recorded 158, Kirkuk 96 and Anbar 61, while the rest went to Basra.")
    assert [v for _, v in found] == [158, 96, 61], found


def test_fixb25_a_speaker_s_two_gangs_taken_apart_are_a_figure():
    found = _fixb25_figures('"We have shut down two gangs this year," the commander said.')
    assert [v for _, v in found] == [2], found


def test_fixb25_friends_someone_came_with_are_no_figure():
    assert _fixb25_figures("He watched from the gallery with three friends.") == []


def test_fixb25_the_companions_of_someone_s_own_crossing_are_no_figure():
    assert _fixb25_figures("Rebin said he crossed to Kent in a rubber boat with 47 other people.") == []
    found = _fixb25_figures("Smugglers forced the family onto a boat with 47 other people.")
    assert [v for _, v in found] == [47], found


def _fixc25_events(text, reference="2026-04-15"):
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference)]


def test_fixc25_an_instrument_agreed_where_then_when_was_signed():
    text = "The clinic is paid for under the returns partnership that Italy and Iraq agreed in Rome in June 2025, officials said."
    assert _fixc25_events(text) == [("signing", "2025-06", "occurred")]


def test_fixc25_a_quote_closed_by_a_plain_apostrophe_is_no_headline():
    text = ("The commander said: 'It works.\n\n'Since Italy and Iraq signed their returns deal in June 2025 we have had two "
            "officers in Basra.'")
    assert _fixc25_events(text) == [("signing", "2025-06", "occurred")]


def test_fixc25_an_instrument_named_with_what_it_is_on_is_signed_whatever_future_its_clause_holds():
    text = ("The course is paid with £2 million from the £6 million that Italy committed to Iraqi border posts for 2025-26 "
            "under the joint statement on border security signed in Rome in June 2025.")
    assert _fixc25_events(text, "2025-10-15") == [("signing", "2025-06", "occurred")]


def test_fixc25_a_panel_told_by_its_day_is_a_meeting():
    text = "A seminar hosted by the Lisbon Forum on Thursday heard that crossings had fallen."
    assert _fixc25_events(text) == [("meeting", "2026-04-09", "occurred")]
    assert _fixc25_events("Speaking at a seminar in Lisbon on Thursday, the envoy said crossings had fallen.") == []


def test_fixc25_an_appearance_due_on_a_day_for_a_hearing_is_a_planned_ruling():
    text = ("On Monday she appeared at Carlisle Magistrates' Court. The judge remanded her in custody and sent the case to "
            "Carlisle Crown Court, where she is due to appear on 9 June for a plea hearing.")
    assert _fixc25_events(text) == [("court_ruling", "2026-04-13", "occurred"), ("court_ruling", "2026-06-09", "planned")]


def test_fixc25_a_remand_by_the_judge_takes_the_day_of_the_hearing_told_before():
    text = ("A driver from Basra appeared for a short hearing at Carlisle Magistrates' Court on Monday.\n\n"
            "Her lawyer said she would deny the charge.\n\n"
            "The judge remanded her in custody and sent the case to Carlisle Crown Court, where she is due to appear on 9 June "
            "for a plea hearing.")
    assert _fixc25_events(text) == [("court_ruling", "2026-04-13", "occurred"), ("court_ruling", "2026-04-13", "occurred"),
                                    ("court_ruling", "2026-06-09", "planned")]


def _fixd25_measures(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures") if c["measure_type"] != "TODO"]


def test_fixd25_a_quote_closed_by_a_plain_apostrophe_is_no_headline():
    text = ("The commander said: 'Our officers are on the case.\n\n"
            "'Today we have two Border Force liaison officers in Basra working with the port police.'\n")
    assert [kind for kind, _ in _fixd25_measures(text)] == ["liaison_officer"]
    assert _fixd25_measures("Smuggler 'boss' given ten years for Channel crossings\n\nHe was jailed on Friday.") == []


def test_fixd25_the_public_urged_to_call_a_named_line_is_a_hotline():
    text = "Anyone who sees a suspicious van is urged to call Victim Support free on 0808 168 9111."
    assert [kind for kind, _ in _fixd25_measures(text)] == ["hotline"]
    assert _fixd25_measures("The inspector urged the minister to phone Border Force on 0300 123 7000.") == []


def test_fixd25_charter_flights_that_carried_people_to_iraq_are_returns():
    text = ("The audit found that removals had fallen. The nine charter flights that carried deportees to Basra "
            "in 2025 cost £4 million.")
    assert [kind for kind, _ in _fixd25_measures(text)] == ["returns"]


def test_fixd25_people_with_no_right_to_stay_named_by_nationality_are_returns():
    text = "The ministry's plan for removing Kuwaiti citizens who have no right to remain has stalled."
    assert [kind for kind, _ in _fixd25_measures(text)] == ["returns"]


def test_fixd25_clerks_trained_are_training():
    text = "The charity has trained 30 court clerks to record the cases of trafficking victims."
    assert [kind for kind, _ in _fixd25_measures(text)] == ["training"]


def test_fixd25_a_denial_in_the_clause_naming_the_line_s_callers_denies_no_line():
    text = "Families who have not heard from the ministry can ring its free helpline, the spokesman said."
    assert [kind for kind, _ in _fixd25_measures(text)] == ["hotline"]
    assert _fixd25_measures("The ministry has not set up a helpline for families.") == []


def test_fixd25_an_ask_for_access_to_a_shelter_a_ministry_opened_keeps_the_shelter():
    text = ("The charity recommends that the courts refer victims to the shelter for trafficking survivors that the "
            "Directorate of Social Care opened in Basra last spring.")
    assert [kind for kind, _ in _fixd25_measures(text)] == ["victim_support"]
    assert _fixd25_measures("The charity recommends a shelter for trafficking survivors in Basra.") == []


def test_fixd25_a_sum_s_decimal_point_between_the_supply_and_the_kit_is_no_sentence_end():
    text = "Last month Britain handed over a £3.7 million consignment of passport scanners to the airport police."
    assert [kind for kind, _ in _fixd25_measures(text)] == ["equipment"]


def test_fixd25_a_camera_watching_the_border_is_equipment():
    text = "Guards were alerted when a thermal camera along the frontier spotted two men near the river."
    assert [kind for kind, _ in _fixd25_measures(text)] == ["equipment"]
    assert _fixd25_measures("The smuggler filmed the crossing with a camera on his phone.") == []


def test_fixd25_a_database_told_by_the_papers_it_checks_is_a_data_system():
    text = "Officials said a database which verifies visas at Erbil airport has been running since June."
    assert [kind for kind, _ in _fixd25_measures(text)] == ["data_system"]


def test_fixd25_boats_a_gang_ran_or_sent_people_in_are_no_equipment():
    text = "Police broke up a ring that sent some 200 Kurdish men over the Aegean in rubber boats last year."
    assert _fixd25_measures(text) == []
    assert [kind for kind, _ in _fixd25_measures("The coastguard has been given six new boats.")] == ["equipment"]


def test_fixd25_partners_asked_in_the_present_to_fund_a_measure_is_an_ask():
    text = '"So we are asking our European partners to put their money into training inside Iraq," the minister said.'
    assert _fixd25_measures(text) == []


def test_fixd25_charter_flights_told_with_other_travel_before_what_they_carried_are_returns():
    text = ("Removals to Iraq rose again last year. The bill paid for 11 charter flights and seats on airline flights "
            "that had carried 870 people to Baghdad since the summer.")
    assert [kind for kind, _ in _fixd25_measures(text)] == ["returns"]
    assert _fixd25_measures("Tour firms sold 11 charter flights and hotel packages that had carried tourists to Erbil.") == []


# A multiple of a place's capacity is a ratio, also set after the count it sizes up (tests/articles/README.md)
@pytest.mark.parametrize("text, kept", [
    ("The shelter housed 212 women on Friday, nearly twice the number it was designed for.", [(212, "persons"), (2, "ratio")]),
    ("The camp now holds four times the number it was built for.", [(4, "ratio")]),
    ("The hostel had 90 residents last week, almost three times its capacity.", [(90, None), (3, "ratio")]),
    ("The centre held 300 people, twice its capacity.", [(300, "persons"), (2, "ratio")]),
])
def test_a_capacity_multiple_is_a_ratio_also_after_its_count(text, kept):
    assert [(c["value"], c["unit"]) for c in proposed(text, "statistics")] == kept


def _fixa25_table(text: str, table: str, *keys: str) -> list[tuple]:
    return [tuple(c[k] for k in keys) for c in candidate_records(text) if c["table"] == table]


def test_fixa25_a_boast_is_a_verb_of_saying():
    text = ("Hemin Qadir, 51, owns three takeaways in Leicester.\n\nRecorded in his stockroom, Qadir boasted: "
            '"The kebabs pay the rent. The lorries pay for everything else."')
    assert _fixa25_table(text, "statements", "speaker") == [("Hemin Qadir",)]


def test_fixa25_a_district_and_its_town_after_in_name_no_speaker():
    text = ("Hemin Qadir, 51, owns three takeaways.\n\nThe cash went to a money changer in Moss Side, Manchester, he said.\n\n"
            '"Nobody asks where it comes from," he said.')
    assert _fixa25_table(text, "statements", "speaker") == [("Hemin Qadir",)]


def test_fixa25_a_witness_identified_in_court_by_a_forename_and_an_initial_speaks():
    text = ("A 23-year-old from Koya, identified in court only as Sirwan M., described the crossing by video link. "
            '"The water came over the side and nobody had a jacket," he said.')
    assert _fixa25_table(text, "statements", "speaker") == [("Sirwan M.",)]


def test_fixa25_one_name_with_an_age_now_is_a_person_for_a_later_pronoun():
    text = ("The report was written by Prof. Dara Hassan Rauf of Salahaddin University.\n\n"
            "Shirwan*, now 19, left Koya in 2024 after a broker promised him a factory job in Leeds.\n\n"
            '"They kept my phone and told my family I was working," he told the researchers.')
    assert _fixa25_table(text, "statements", "speaker") == [("Shirwan",)]


def test_fixa25_a_post_at_a_body_by_its_initials_is_no_office():
    text = ("Duhok Foundation for Women's Rights and Civic Development (DFWCD)\n\nThe study was launched on Monday.\n\n"
            "Dr. Bayan Omar Salih, director of DFWCD, said the findings were alarming.")
    assert _fixa25_table(text, "officials", "name") == []


def test_fixa25_the_chair_of_the_community_centre_called_the_centre_is_no_office():
    text = ("Volunteers at a Kurdish community centre in Swansea run Sunday classes.\n\n"
            "The centre's chair, Soran Aziz, said the classes were full. Swansea Council leader Rob Stewart praised them.")
    assert ("Soran Aziz",) not in _fixa25_table(text, "officials", "name")


def test_fixa25_a_member_rising_to_observe_speaks():
    text = ('The shadow minister, Alan Pryce, rose to observe that ministers had found "more money for leaflets than for '
            'lifeboats".')
    assert _fixa25_table(text, "statements", "speaker") == [("Alan Pryce",)]


def test_fixa25_a_muttered_word_is_said():
    text = '"Nonsense," muttered Sir Robert Gale, the member for Hove, from the back benches.'
    assert _fixa25_table(text, "statements", "speaker", "text_text") == [("Robert Gale", "Nonsense")]


def test_fixa25_a_heckle_that_came_from_the_benches_is_a_statement_of_no_one_named():
    text = '"Sit down!" came a shout from the government side as the minister rose again.'
    assert _fixa25_table(text, "statements", "speaker", "text_text") == [(None, "Sit down!")]


def test_fixa25_an_honorifics_dot_in_a_relative_clause_ends_no_clause():
    text = ("Minister of Transport Saad Hameed al-Rawi, who opened the terminal accompanied by the Danish Ambassador, "
            'Mr. Lars Holm, affirmed that "the days of paper tickets are behind us".')
    assert _fixa25_table(text, "statements", "speaker") == [("Saad Hameed al-Rawi",)]


def test_fixa25_a_participle_opening_the_sentence_is_no_speaker():
    text = ("Speaking at a youth forum, Nour Haddad of the Basra-based Youth Futures Organisation welcomed the plan but "
            'said young people "want work, not workshops".')
    assert _fixa25_table(text, "statements", "speaker") == [("Nour Haddad",)]


def test_fixa25_a_trade_worn_as_a_title_is_no_forename():
    text = ('Waiter Dara Salih, 24, who came back from Austria last year, said the job had "changed everything" for him.')
    assert _fixa25_table(text, "statements", "speaker") == [("Dara Salih",)]


def test_fixa25_a_post_at_the_campaigning_writer_named_in_its_header_is_no_office():
    text = ("BRIEFING | March 2027\n\nReturns to Iraq: what the figures show\n\nMigrant Justice Council, 2 March 2027\n\n"
            "Refusals rose by a third in a year.\n\n"
            "Karim Baban, Head of Research at the Migrant Justice Council, said the rise was unexplained.\n\n"
            "What we are calling for\n\n1. Publish the data.")
    assert _fixa25_table(text, "officials", "name") == []


def test_fixa25_one_unnamed_official_is_no_speaker():
    text = ('One diplomat close to the talks said the delay was "a matter of stamps, not principle". Sarah Vine, the '
            "minister, later met her counterpart.")
    assert _fixa25_table(text, "statements", "speaker") == [(None,)]


def test_fixa25_the_source_after_a_quotation_is_no_one_the_sentence_before_names():
    text = ("Hemin Qadir, 51, owns three takeaways.\n\nA senior detective said officers had followed Qadir for a year. "
            '"He lets others carry the money and never the risk," the source told us.')
    assert _fixa25_table(text, "statements", "speaker") == [(None,)]


def test_fixa25_a_district_qaimaqam_holds_a_post():
    text = "The delegation will meet Ranya's qaimaqam, Hemin Saeed, on Thursday."
    assert _fixa25_table(text, "officials", "name", "role") == [("Hemin Saeed", "qaimaqam")]


def test_fixa25_a_relative_clause_saying_where_an_officer_was_keeps_the_post():
    text = "Coastguard officer Lena Marsh, who was aboard the lifeboat at dawn, said the engine had failed."
    assert _fixa25_table(text, "officials", "name", "role") == [("Lena Marsh", "Coastguard officer")]


def test_fixa25_a_portfolio_listed_with_commas_is_one_title():
    text = "Minister for Enterprise, Trade and Employment Niamh Doyle said the port checks would be doubled."
    assert _fixa25_table(text, "officials", "name", "role") == [("Niamh Doyle", "Minister for Enterprise, Trade and Employment")]


def test_fixa25_a_standfirst_quoting_words_given_in_full_below_is_no_statement():
    text = ("Port checks to be doubled\n\nStaff are stretched, unions warn. Campaigners say the plan is \"fully funded\"\n\n"
            'The Home Office said: "The plan is fully funded and will be delivered on time," in a statement on Monday.')
    assert _fixa25_table(text, "statements", "text_text") == [("The plan is fully funded and will be delivered on time",)]


def _fixb26_figures(text: str) -> list:
    return [(c["value_text"], c["value"]) for c in proposed(text, "statistics", "2026-03-01")]


def test_fixb26_a_hedge_before_a_range_of_money_hedges_its_far_end():
    found = [(c["amount"], c["qualifier"]) for c in proposed("Each seat cost roughly $3,200 to $4,800, the driver said.", "funding")]
    assert found == [(3200, "about"), (4800, "about")], found


def test_fixb26_a_change_from_a_hedged_sum_leaves_the_new_sum_as_stated():
    found = [(c["amount"], c["qualifier"]) for c in proposed("Fees went up from around $3,200 to $4,800 in a year.", "funding")]
    assert found == [(3200, "about"), (4800, None)], found


def test_fixb26_a_word_limit_is_no_figure():
    assert _fixb26_figures("Entries must not run beyond 1,500 words and are due by Friday.") == []


def test_fixb26_any_one_of_a_few_is_no_figure():
    assert _fixb26_figures('The defence said the van "could have been driven by any one of six men" that night.') == []


def test_fixb26_a_few_of_the_writing_body_s_own_fellows_are_no_figure():
    assert _fixb26_figures("Three of our senior researchers gave evidence to the committee on Tuesday.") == []


def test_fixb26_the_hands_a_rescue_took_are_no_figure():
    assert _fixb26_figures('"It took five of us to lift him onto the quay," the coxswain said.') == []


def test_fixb26_a_witness_s_few_who_could_not_walk_are_no_figure():
    assert _fixb26_figures('"Three of them couldn\'t walk at all," the paramedic told the inquest.') == []


def test_fixb26_a_board_s_make_up_is_no_figure_but_a_panel_s_workers_are():
    assert _fixb26_figures("The trust's board, made up of four council and three police members, meets in May.") == []
    found = _fixb26_figures("The inquiry will be run by a panel of nine judges and officials from both states.")
    assert [v for _, v in found] == [9], found


def _fixc26_events(text: str, reference: str = "2026-04-20") -> list[tuple]:
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference)]


def test_fixc26_an_event_at_the_ceremony_told_before_takes_its_day():
    text = ("The governor on Saturday presented certificates to 80 trainees at a ceremony in Duhok. At the ceremony, the "
            "governor and the Dutch ambassador, Anna de Wit, signed a memorandum on a second intake.")
    assert ("signing", "2026-04-18", "occurred") in _fixc26_events(text)


def test_fixc26_a_judge_named_before_a_relative_clause_orders_the_remand():
    text = "The two men appeared before a judge in Zakho on Sunday, who ordered them held for ten days pending inquiries."
    assert _fixc26_events(text) == [("court_ruling", "2026-04-19", "occurred")]


def test_fixc26_a_committee_launching_an_inquiry_is_an_announcement():
    text = ("The Justice Committee has today launched an inquiry into legal aid for asylum appeals, two years after the "
            "Government signed its returns deal with Tirana.")
    assert _fixc26_events(text) == [("announcement", "2026-04-20", "occurred")]


def test_fixc26_a_witness_who_will_give_evidence_in_a_month_is_a_planned_meeting():
    text = "The Security Minister, Tom Avery MP, will give evidence in June."
    assert _fixc26_events(text) == [("planned_meeting", "2026-06", "planned")]


def test_fixc26_a_claim_made_to_a_committee_on_a_day_is_its_hearing():
    text = "The Minister's statement, made to the Justice Committee on 3 March, that removals had trebled is not borne out."
    assert _fixc26_events(text) == [("meeting", "2026-03-03", "occurred")]


def test_fixc26_a_side_event_told_is_a_meeting():
    text = ("Denmark and Jordan on Friday pledged $9 million to a joint fund, telling a General Assembly side event in Geneva that "
            "traffickers were changing routes.")
    assert _fixc26_events(text) == [("meeting", "2026-04-17", "occurred")]


def test_fixc26_a_hearing_due_there_in_a_month_is_a_planned_ruling():
    text = "A court in Ghent fined the firm in February, and a hearing for its director is due there in July."
    assert ("court_ruling", "2026-07", "planned") in _fixc26_events(text)


def test_fixc26_delegates_gathered_for_a_conference_is_a_meeting():
    text = "Ministers from nine countries gathered in Amman on Wednesday for the third Regional Forum on Irregular Migration."
    assert _fixc26_events(text) == [("meeting", "2026-04-15", "occurred")]
    assert _fixc26_events("Journalists gathered outside on Wednesday for a press conference.") == [
        e for e in _fixc26_events("Journalists gathered outside on Wednesday for a press conference.") if e[0] != "meeting"]
# -- fixd26: measures ---------------------------------------------------------------------------------

def _fixd26_measures(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures") if c["measure_type"] != "TODO"]


def test_fixd26_suspects_phone_data_shared_with_the_other_sides_police_is_intelligence_sharing():
    found = _fixd26_measures("Kent Police shared the drivers' phone data with Kurdish police after the arrests.")
    assert [kind for kind, _ in found] == ["intelligence_sharing"]


def test_fixd26_details_passed_on_by_officials_are_intelligence_sharing_without_a_receiver():
    found = _fixd26_measures("The inquiry opened after Dutch police passed on the names of eight drivers seen at the port.")
    assert [kind for kind, _ in found] == ["intelligence_sharing"]


def test_fixd26_a_database_named_by_the_check_it_makes_is_a_data_system():
    found = _fixd26_measures("A document-verification database at Basra airport will go live next spring.")
    assert [kind for kind, _ in found] == ["data_system"]


def test_fixd26_kits_a_pact_pays_for_are_equipment():
    found = _fixd26_measures("The deal also pays for £300,000 of phone-extraction kits for the Asayish.")
    assert found == [("equipment", "phone-extraction kits for the Asayish")]


def test_fixd26_a_campaign_named_by_two_media_is_a_communications_campaign():
    found = _fixd26_measures("A billboard and video campaign went up at bus stations in Ranya in May.")
    assert [kind for kind, _ in found] == ["communications_campaign"] and found[0][1].startswith("billboard and video campaign")


def test_fixd26_vocational_grants_to_returnees_are_reintegration():
    found = _fixd26_measures("On Sunday the ministry handed its first vocational grants under the Fresh Start scheme to 90 young "
                             "men who had come back from Austria.")
    assert [kind for kind, _ in found] == ["reintegration"] and found[0][1].startswith("vocational grants")


def test_fixd26_an_initial_reception_centre_is_the_states_reception_centre():
    found = _fixd26_measures("The 14 men were driven to the initial reception centre in Bamberg on Sunday.")
    assert [kind for kind, _ in found] == ["reception_centre"]


def test_fixd26_a_foundation_told_by_its_work_with_returnees_is_no_measure():
    assert _fixd26_measures("Lana Aziz, head of the Rebuild Foundation, which supports returnees in Duhok, spoke at the launch.") == []


def test_fixd26_a_smaller_grant_and_the_forms_it_takes_are_the_support_named_before():
    text = ("The scheme gives each returnee up to £2,500 in reintegration support. Those who were detained get a smaller "
            "grant of about £1,200. Part is paid in cash; the rest is given as goods, training or rent.")
    assert [kind for kind, _ in _fixd26_measures(text)] == ["reintegration"]


def _fixa26_table(text: str, table: str, *keys: str) -> list[tuple]:
    return [tuple(c[k] for k in keys) for c in candidate_records(text) if c["table"] == table]


def test_fixa26_a_portfolio_ending_in_training_is_no_forename():
    text = "Director General of Adult Training Dana Rauf opened the new workshop in Koya."
    assert _fixa26_table(text, "officials", "name", "role") == [("Dana Rauf", "Director General of Adult Training")]


def test_fixa26_a_post_at_a_body_that_helps_returnees_is_no_office():
    text = "Shirin Aziz, director of the New Dawn Organisation, which supports returnees in Duhok, said the grants came late."
    assert _fixa26_table(text, "officials", "name") == []


def test_fixa26_a_red_cross_post_is_no_office():
    text = "Marta Ruiz, a Red Crescent field coordinator in Mersin, said the families were exhausted."
    assert _fixa26_table(text, "officials", "name") == []


def test_fixa26_a_spanish_government_delegate_holds_a_post():
    text = "The Government Delegate in Andalusia, Pilar Ortega, said the boat had left from Algeria."
    assert _fixa26_table(text, "officials", "name", "role") == [("Pilar Ortega", "Government Delegate in Andalusia")]


def test_fixa26_a_court_between_is_no_one_the_pronoun_stands_for():
    text = ("Sergeant Paul Greer of Kent Police told the hearing the men had paid a gang in Lille. A court in Lille jailed "
            'two of its members last year.\n\n"We know who loaded that van and we will find them," he said.')
    assert _fixa26_table(text, "statements", "speaker") == [("Paul Greer",)]


def test_fixa26_a_pronoun_with_a_verb_and_and_before_the_verb_of_saying():
    text = ("Lawan Sabir, 29, ran the crossings from Calais.\n\nIn a later message he sighs and adds: "
            '"Tell the drivers to wait for the wind to drop."')
    assert _fixa26_table(text, "statements", "speaker") == [("Lawan Sabir",)]


def test_fixa26_a_recording_heard_telling_is_a_verb_of_saying():
    text = 'In the first clip, played to jurors on Monday, Lawan Sabir is heard telling a driver: "Go now, the coast is clear."'
    assert _fixa26_table(text, "statements", "speaker") == [("Lawan Sabir",)]


def test_fixa26_a_testimony_after_a_sentence_naming_no_one_is_the_one_who_said_before_it():
    text = ("In a statement read by the family's lawyer, Jon Pike, his mother, Awaz Omar, said he had left in March. The family sold "
            'their car to pay for it.\n\n"He phoned me from Calais every night and told me not to worry."')
    assert _fixa26_table(text, "statements", "speaker") == [("Awaz Omar",)]


def test_fixa26_the_claim_of_a_titled_speaker_made_somewhere_is_the_speakers():
    text = ("The article repeats the claim of the Border Minister, Anna Berg, made to the Lords on 4 May, that arrivals have "
            '"fallen by half since the deal".')
    assert _fixa26_table(text, "statements", "speaker") == [("Anna Berg",)]


def _fixa27_table(text: str, table: str, *keys: str) -> list[tuple]:
    return [tuple(c[k] for k in keys) for c in candidate_records(text) if c["table"] == table]


def test_fixa27_a_lowercase_ordinal_counts_holders_and_is_no_part_of_the_role():
    text = "Helen Brightwell, Scotland's second Drugs Policy Commissioner, opened the new clinic in Leith on Monday."
    assert _fixa27_table(text, "officials", "name", "role") == [("Helen Brightwell", "Drugs Policy Commissioner")]


def test_fixa27_a_neighbour_worn_as_a_title_is_no_forename():
    text = 'Neighbour Brian Tolley, 71, said: "The van was parked outside every night for a month."'
    assert _fixa27_table(text, "statements", "speaker") == [("Brian Tolley",)]


def test_fixa27_his_mother_is_the_one_named_with_her_son_in_her_own_sentence():
    text = ("Shirin Ahmed, 61, kept a hand on her son's shoulder all evening. Dilan Rasul, 23, had flown back from "
            'Birmingham that morning.\n\n"I did not sleep for a week before he landed," his mother said.')
    assert _fixa27_table(text, "statements", "speaker") == [("Shirin Ahmed",)]


def test_fixa27_a_changed_name_with_its_age_as_predicate_is_a_person():
    text = ("Soran* is 31 and grew up near Koya. He was made to work on a farm in Lincolnshire for a year.\n\n"
            '"Nobody paid me and nobody let me leave the caravan."')
    assert _fixa27_table(text, "statements", "speaker") == [("Soran",)]


def _fixb27_figures(text: str) -> list:
    return [c["value_text"] for c in candidate_records(text) if c["table"] == "statistics"]


def test_fixb27_a_dwellings_number_on_its_street_is_no_figure():
    assert "23" not in _fixb27_figures("Neighbours crowded into the courtyard of house 23 on Kawa Street in Koya on Sunday evening.")
    assert "118" not in _fixb27_figures("The yard of flat 118 on Mill Road was full.")
    assert "12" in _fixb27_figures("Police arrested 12 on Castle Road in Koya.")


def test_fixb27_a_count_in_a_message_quoted_as_it_read_is_no_figure():
    text = 'Jurors were shown a text in Arabic, sent at 21:15 on 3 May 2024, which read: "Thirty-one passengers, all paid."'
    assert "Thirty-one" not in _fixb27_figures(text)
    assert "31" in _fixb27_figures('The police statement read: "Officers arrested 31 people."')


def _fixc27_events(text: str, reference: str) -> list[tuple]:
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference)]


def test_fixc27_an_appearance_remanded_with_its_charges_between_is_a_ruling():
    text = ("Karwan Ali appeared at Bolton Magistrates' Court today charged with conspiracy to help migrants enter the country "
            "and with fraud, and was remanded in custody.")
    assert ("court_ruling", "2026-04-02", "occurred") in _fixc27_events(text, "2026-04-02")


def test_fixc27_a_jury_likely_to_be_sent_out_is_a_planned_ruling():
    text = "The judge told the jury they were likely to be sent out to consider their verdicts in late June."
    assert ("court_ruling", "2026-06", "planned") in _fixc27_events(text, "2026-05-20")


def test_fixc27_a_working_group_hosted_is_a_meeting():
    text = "The Iraqi interior ministry will host the UK–Iraq joint working group on 9 July in Baghdad."
    assert ("planned_meeting", "2026-07-09", "planned") in _fixc27_events(text, "2026-06-01")


def test_fixc27_flying_on_to_a_place_is_a_visit():
    text = "The minister met officials in Basra on Monday before flying north to Mosul on Tuesday for talks with the governor."
    assert ("visit", "2026-06-02", "occurred") in _fixc27_events(text, "2026-06-04")


def test_fixc27_people_sanctioned_by_a_government_is_an_announcement():
    text = "The Foreign Office has today sanctioned four people and two firms tied to a smuggling ring in Sulaimani."
    assert ("announcement", "2026-06-04", "occurred") in _fixc27_events(text, "2026-06-04")


def test_fixc27_a_charity_reports_published_line_is_its_publication():
    text = "Hope House Annual Review\n\nPublished 3 June 2026 | Registered charity No. 1098765\n\nWe helped 200 men this year."
    assert ("publication", "2026-06-03", "occurred") in _fixc27_events(text, "2026-06-03")


def _fixd27_measures(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], c["description_text"]) for c in candidate_records(text + "\n")
            if c["table"] == "measures" and c["measure_type"] != "TODO"]


def test_fixd27_a_second_helpline_after_the_first_is_a_line_of_its_own():
    found = _fixd27_measures("The charity's helpline took 900 calls last year. Next spring it will open a second helpline "
                             "in Arabic and Farsi.")
    assert [kind for kind, _ in found] == ["hotline", "hotline"] and "Arabic and Farsi" in found[1][1]


def test_fixd27_a_voluntary_return_flight_is_not_the_voluntary_returns_scheme():
    found = _fixd27_measures("Karwan Ali flew into Sulaimani on Monday on a voluntary return flight from Manchester.\n\n"
                             "Under the voluntary returns scheme he will also get help to find a flat.")
    assert [kind for kind, _ in found] == ["returns", "returns"]
    assert found[0][1].startswith("voluntary return flight") and found[1][1].startswith("voluntary returns scheme")


def test_fixd27_jobs_offered_to_returnees_are_employment_beside_a_training_centre():
    found = _fixd27_measures("The governorate will offer 40 jobs to returnees at its water plant, and it plans a vocational "
                             "training centre in Koya.")
    assert [kind for kind, _ in found] == ["employment", "employment"] and "40 jobs to returnees" in found[0][1]


def test_fixd27_the_boats_migrants_cross_in_are_no_equipment():
    for text in ("The gang was paid for moving 300 asylum seekers on nine small boats, the jury heard.",
                 '"Tighter patrols just mean larger dinghies crammed with more migrants," a volunteer said.'):
        assert "equipment" not in [kind for kind, _ in _fixd27_measures(text)]
    assert [kind for kind, _ in _fixd27_measures("Britain has paid for eight patrol boats for the Iraqi coastguard.")] == ["equipment"]


# What the smugglers hand out, run or sell is their doing, no measure, whoever proposes it (a rule or the model)
@pytest.mark.parametrize("text", ["Posters printed by the gangs promise work in London within a week.",
                                  "Adverts shared by the gangs on TikTok offer crossings for £2,000."])
def test_what_the_smugglers_hand_out_is_no_measure(text):
    assert [c for c in proposed(text, "measures") if c["measure_type"] == "communications_campaign"] == []


def _fixb28_figures(text: str) -> list[str]:
    return [c["value_text"] for c in proposed(text, "statistics")]


def test_fixb28_kin_with_an_adjective_are_one_familys_members():
    assert _fixb28_figures("He now shares a caravan near Dunkirk with his wife and three young sons.") == []
    assert _fixb28_figures("Three young sons of the accused were questioned by police.") == ["Three"]


def test_fixb28_a_matched_donation_is_no_ratio():
    assert _fixb28_figures("Any donation given this week will be tripled by our partners.") == []
    assert _fixb28_figures("Arrests have tripled since the spring.") == ["tripled"]


def test_fixb28_housemates_after_the_place_lived_in_are_no_count():
    assert _fixb28_figures("For a year I stayed at a hostel near Bradford with four other men.") == []


def test_fixb28_a_clock_time_at_night_is_no_figure():
    assert _fixb28_figures("The vans still come round at 10 at night, a resident said.") == []


def test_fixb28_the_people_who_died_named_again_are_a_toll():
    assert _fixb28_figures("Rafiq was among the five people who drowned off Gravelines in March.") == ["five"]


def _fixc28_events(text: str, reference: str = "2026-05-20") -> list[tuple]:
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference)]


def test_fixc28_an_inquest_concluded_at_its_court_is_a_ruling():
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed(
        "Concluding the inquest at Kent Coroner's Court in Maidstone yesterday, the coroner said the driver had died of cold.",
        "events", "2026-05-20")]
    assert found == [("court_ruling", "2026-05-19", "occurred")]


def test_fixc28_a_trial_told_in_the_present_with_its_day_is_planned():
    assert ("court_ruling", "2026-09-14", "planned") in _fixc28_events(
        "The lorry driver goes on trial at Hull Crown Court on 14 September, prosecutors said.")


def test_fixc28_a_challenge_a_court_will_hear_is_a_planned_ruling():
    assert ("court_ruling", "2026-06-03", "planned") in _fixc28_events(
        "The Court of Appeal will hear a challenge to the deportation flights on June 3.")


def test_fixc28_a_month_first_range_of_days_dates_a_meeting():
    assert ("planned_meeting", "2026-07-09/2026-07-10", "planned") in _fixc28_events(
        "The two interior ministers will meet in Erbil on July 9-10 to discuss returns.")


def test_fixc28_money_we_pledged_is_an_announcement_but_not_a_pledge_to_act():
    assert ("announcement", "2025-03", "occurred") in _fixc28_events("In March 2025 we pledged £2 million to the border guards.")
    assert [e for e in _fixc28_events("In March 2025 we pledged to do more for the border guards.") if e[0] == "announcement"] == []


def test_fixc28_a_speech_opened_by_announcing_money_is_an_announcement():
    assert ("announcement", "2026-05-20", "occurred") in _fixc28_events(
        "The minister opened today's debate by announcing £6 million for the Kurdistan Region's coastguard.")


def test_fixc28_a_conviction_an_operation_led_to_is_a_dated_ruling():
    assert ("court_ruling", "2026-01", "occurred") in _fixc28_events(
        "Shared intelligence led to the conviction of nine members of an Erbil-based gang in Antwerp in January.")


def test_fixc28_the_heaviest_sentence_received_is_a_ruling():
    assert [e[0] for e in _fixc28_events("The organiser received the longest sentence of the five, nine years.")] == ["court_ruling"]


def _fixd28_measures(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], c["description_text"]) for c in candidate_records(text + "\n")
            if c["table"] == "measures" and c["measure_type"] != "TODO"]


def test_fixd28_money_spent_since_a_year_on_gas_probes_is_equipment():
    assert _fixd28_measures("The ministry had spent £2m since 2023 on CO2 probes for its ferry ports.") == [
        ("equipment", "CO2 probes for its ferry ports")]
    found = _fixd28_measures("The agency has spent €900,000 over the past two years on carbon dioxide probes and heartbeat detectors.")
    assert [kind for kind, _ in found] == ["equipment"] and "carbon dioxide probes" in found[0][1]


def test_fixd28_people_hidden_in_vehicles_are_no_equipment():
    for text in ("Statistics given to MPs show officers found 45 people hidden in vehicles at Dover in 2024.",
                 "The new checks found stowaways concealed in vehicles at Calais."):
        assert "equipment" not in [kind for kind, _ in _fixd28_measures(text)]
    assert [kind for kind, _ in _fixd28_measures("The embassy paid for 12 vehicles for the border police.")] == ["equipment"]


def test_fixd28_travel_documents_issued_in_time_are_the_returns_sped_up():
    found = _fixd28_measures("The two ministers agreed to speed up the return of failed asylum seekers. Baghdad will issue "
                             "travel documents within five days of a request.")
    assert [kind for kind, _ in found] == ["returns"] and found[0][1].startswith("speed up the return")


def test_fixd28_the_returns_scheme_after_the_voluntary_one_is_the_same_scheme():
    found = _fixd28_measures("Last year she went home under the voluntary returns scheme run by the Home Office.\n\n"
                             "Her brother also heard about the returns scheme from a charity.")
    assert found == [("returns", "voluntary returns scheme run by the Home Office")]


def _fixa28(text: str, table: str) -> list[dict]:
    return [c for c in candidate_records(text) if c["table"] == table]


def test_fixa28_one_name_before_whose_and_a_relative_is_a_person_who_speaks():
    text = ("In Koya we visited Shno, whose 20-year-old brother drowned last spring. \"Nobody warned him about the sea,\" "
            "she said.")
    assert [(c["speaker"], c["text_text"]) for c in _fixa28(text, "statements")] == [("Shno", "Nobody warned him about the sea")]


def test_fixa28_one_name_after_a_place_preposition_before_whose_stays_a_place():
    text = ("We met Aveen Rauf, 40, from Koya, whose son left in 2023. \"He calls every Friday,\" she said.")
    assert [c["speaker"] for c in _fixa28(text, "statements")] == ["Aveen Rauf"]


def test_fixa28_reminded_someone_that_is_a_verb_of_saying():
    text = ("Professor Alan Breck, who leads the Marine Rescue Trust, reminded the committee that \"every crossing is a gamble "
            "with children's lives\".")
    assert [c["speaker"] for c in _fixa28(text, "statements")] == ["Alan Breck"]


def test_fixa28_a_forewords_signature_names_its_minister():
    text = ("Foreword\n\nWe have done much this year to make our borders safer, and we will do more.\n\n"
            "David Pryce MP\nMinister for Legal Migration and the Border\nMarch 2026\n")
    assert [(c["name"], c["role"]) for c in _fixa28(text, "officials")] == [("David Pryce", "Minister for Legal Migration and the Border")]


def test_fixa28_an_emails_sender_at_a_charity_is_no_official():
    text = ("Subject: Winter appeal\n\nFrom: Joan Ellis, Chief Executive, Harbour Lights Trust <info@harbourlights.org>\n"
            "Date: 2 December 2025\n\nDear friend,\n\nThis winter we need your help.\n\nWith thanks and best wishes,\n\n"
            "Joan Ellis\nChief Executive, Harbour Lights Trust\n")
    assert "Joan Ellis" not in [c["name"] for c in _fixa28(text, "officials")]


def test_fixa28_a_live_blogs_title_before_the_entry_naming_its_holder():
    text = ("14.02 BST\n\nThe Home Secretary replied that the scheme \"is working better than anyone predicted\".\n\n"
            "13.30 BST\n\nThe Home Secretary, Priya Langford, opened the debate by announcing a new fund.\n")
    assert [c["speaker"] for c in _fixa28(text, "statements")] == ["Priya Langford"]


def test_fixa28_a_rule_after_the_last_answer_keeps_its_rest_in_no_first_person():
    text = ("Builder back from Britain\n\nDara Aziz, 31, came home to Erbil last year. He spoke to us about the road.\n\n"
            "Why did you leave?\n\nI had no work. My father was ill and I wanted to help him.\n\n"
            "How was the journey?\n\nI walked for nine days. I was afraid every night.\n\n"
            "What would you tell a young man?\n\nI tell them to stay. A boat is no future.\n\nWork here is hard but it is safe.\n\n"
            "---\n\nReturns in numbers\n\nThe ministry says 400 people came back in 2025.\n")
    answers = [c["text_text"] for c in _fixa28(text, "statements") if c["speaker"] == "Dara Aziz"]
    assert answers[-1].endswith("Work here is hard but it is safe.")


def test_fixa28_a_two_part_portfolio_before_the_name_and_told():
    text = ("\"The camps are emptier than a year ago,\" Minister for Immigration and Citizenship Laura Quayle told reporters "
            "on Monday.")
    assert [c["speaker"] for c in _fixa28(text, "statements")] == ["Laura Quayle"]


def test_fixa28_a_quotation_paragraph_after_a_participles_phrase_and_the_subjects_said():
    text = ("Talking to reporters after the hearing, her sister, Shilan Rauf, 29, said the family still hoped for news.\n\n"
            "\"She sent me a photo from the beach and then nothing. We are still waiting by the phone.\"\n")
    assert [c["speaker"] for c in _fixa28(text, "statements")] == ["Shilan Rauf"]


def test_fixa28_a_quotation_paragraph_after_someone_who_gave_his_name():
    text = ("The men were taken to a hostel in Passau. One of the passengers, a 30-year-old from Kalar who gave his name as "
            "Rebaz, spoke to reporters at the gate.\n\n\"We paid for a lorry with water. We had no water for two days.\"\n")
    assert [c["speaker"] for c in _fixa28(text, "statements")] == ["Rebaz"]


def _fixa29(text: str, table: str) -> list[dict]:
    return [c for c in candidate_records(text) if c["table"] == table]


def test_fixa29_a_sum_opening_a_sentence_is_no_one_a_pronoun_stands_for():
    text = ("For £3,000, Rawand Qadir said, a man could reach Calais by lorry. An extra £400 would buy a seat in the cab.\n\n"
            "\"Nobody checks the cab. The drivers are my friends,\" he told me over coffee.")
    assert [c["speaker"] for c in _fixa29(text, "statements")][-1] == "Rawand Qadir"


def test_fixa29_the_writers_own_question_after_the_quotation():
    text = ("Inside the booking office\n\nBy Tamsin Hale, Home Affairs Reporter\n\nThe agent showed me a list of prices.\n\n"
            "\"Is there a discount for two brothers?\" I asked. He shook his head.")
    assert [c["speaker"] for c in _fixa29(text, "statements")] == ["Tamsin Hale"]


def test_fixa29_a_phrase_of_time_before_the_pronoun_subject_then_the_quotation():
    text = ("Karzan Ahmed runs a grocery in Leeds and sends money home every month. "
            "In a phone call the next evening he sounded tired. \"We cannot keep paying for this, the family has nothing left.\"")
    assert [c["speaker"] for c in _fixa29(text, "statements")] == ["Karzan Ahmed"]


def test_fixa29_headteacher_worn_as_a_title_is_no_forename():
    text = "Headteacher Mona Evans said the pupils had been \"deeply shaken by the news\"."
    assert [c["speaker"] for c in _fixa29(text, "statements")] == ["Mona Evans"]


def test_fixa29_the_seats_last_words_are_no_name_after_an_appositive_mp():
    text = "Sara Malik, the Labour MP for Bristol Hill Park and Stoke, said she was \"shocked but not surprised\"."
    officials = _fixa29(text, "officials")
    assert [c["name"] for c in officials] == ["Sara Malik"]


def test_fixa29_a_counsellor_for_consular_affairs_at_an_embassy_holds_a_post():
    text = ("The panel included Omar Saleh, counsellor for consular affairs at the Embassy of the Republic of Iraq in London, "
            "and two academics.")
    assert [c["name"] for c in _fixa29(text, "officials")] == ["Omar Saleh"]


def test_fixa29_a_district_after_in_and_before_a_weekday_is_no_speaker():
    text = ("The force said officers had arrested two men in Bordesley Green on Friday in a separate inquiry. In May a man "
            "from Dudley was jailed for running a similar \"ticket office\" from a flat.")
    assert all(c["speaker"] != "Bordesley Green" for c in _fixa29(text, "statements"))


def test_fixb29_a_part_of_a_sum_after_of_which_is_money_in_the_sums_currency_and_no_figure():
    text = "The new clinic costs 40 million dinars, of which 25 million was raised by the council."
    assert [(c["amount"], c["currency"]) for c in proposed(text, "funding")] == [(40_000_000, "IQD"), (25_000_000, "IQD")]
    assert [c["value_text"] for c in proposed(text, "statistics")] == []


def test_fixb29_a_worded_range_start_before_to_is_money():
    text = "Guides asked three to four thousand dollars a head for the crossing."
    assert [(c["amount"], c["currency"]) for c in proposed(text, "funding")] == [(3000, "USD"), (4000, "USD")]


@pytest.mark.parametrize("text, gone", [
    ("Relatives held up photos of 30 missing men, the oldest of them 52 when he left.", "52"),
    ("The lorry's hidden compartment was barely 40 centimetres deep.", "40"),
    ("Shwan Aziz, whose three sisters still live in Kirkuk, spoke at the rally.", "three"),
    ("To pay the smuggler his father sold five sheep and a car.", "five"),
])
def test_fixb29_an_age_a_length_a_persons_kin_or_livestock_is_no_figure(text, gone):
    assert gone not in [c["value_text"] for c in proposed(text, "statistics")]


def test_fixc29_a_judge_who_confirmed_a_detention_is_a_ruling_police_who_confirmed_an_arrest_not():
    found = proposed("A magistrate in Lecce confirmed the detention of the three drivers on Friday.", "events")
    assert [c["event_type"] for c in found] == ["court_ruling"]
    assert [c for c in proposed("Police confirmed the arrest of the three drivers on Friday.", "events")
            if c["event_type"] == "court_ruling"] == []


def test_fixc29_a_judges_order_to_pay_with_the_payers_age_and_town_between_commas():
    found = proposed("At Hull Crown Court on Monday, a judge ordered Sami Haddad, 51, of Goole, to pay back £40,000 within three "
                     "months.", "events", reference="2026-03-20")
    assert [c["event_type"] for c in found] == ["court_ruling"]


def test_fixc29_a_reports_day_not_the_period_it_covers():
    found = proposed("The agency will publish its annual Channel rescue coordination report for the first half of 2026 on 3 "
                     "November.", "events", reference="2026-07-01")
    assert [(c["event_type"], c["date"], c["status"]) for c in found] == [("publication", "2026-11-03", "planned")]


def test_fixc29_a_visit_named_by_its_visitors_then_the_place():
    found = proposed("Her deputy will join a visit by the Dutch and Belgian justice ministers to Zeebrugge next week.", "events",
                     reference="2026-07-24")
    assert [(c["event_type"], c["status"]) for c in found] == [("visit", "planned")]


def test_fixc29_a_hotlines_or_visiting_its_office_is_no_visit():
    found = proposed("Tenants can renew their permits by phoning the council's helpline, 0800 123, or visiting its offices "
                     "between 8:00 and 15:00, Monday to Friday.", "events", reference="2026-02-08")
    assert [c for c in found if c["event_type"] == "visit"] == []


def _fixd29(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], text[slice(*c["spans"]["description"])]) for c in candidate_records(text)
            if c["table"] == "measures" and c["measure_type"] != "TODO"]


def test_fixd29_an_officer_of_a_named_agency_posted_to_a_foreign_embassy_is_a_liaison_officer():
    text = ("Since April an officer of Germany's Federal Criminal Police Office has been posted to the German Embassy in Erbil, "
            "under a memorandum signed last year.")
    assert [k for k, _ in _fixd29(text)] == ["liaison_officer"]
    text = "An officer of the Home Office based at the British Embassy in Athens met Greek coastguards on Friday."
    assert [k for k, _ in _fixd29(text)] == ["liaison_officer"]


def test_fixd29_small_business_loans_to_returnees_beside_courses_are_their_own_measure():
    text = ("Returnees to Duhok can join three-month vocational courses run with a local charity, and small-business loans "
            "of up to $4,000 are on offer.")
    found = _fixd29(text)
    assert [k for k, _ in found] == ["employment", "employment"]
    assert found[1][1].startswith("small-business loans")


def test_fixd29_a_hyphenated_laboratory_told_opened_after_it_is_equipment_and_the_lab_again_the_same():
    text = ("Police praised the document-verification laboratory opened at the Zakho police headquarters in May. "
            "Britain paid £300,000 for the lab and its staff.")
    found = _fixd29(text)
    assert [k for k, _ in found] == ["equipment"]
    assert found[0][1].startswith("document-verification laboratory")


def test_fixd29_job_placements_run_by_an_organisation_are_employment():
    text = "The job placements run by the Danish Refugee Council in Kirkuk are popular."
    assert [k for k, _ in _fixd29(text)] == ["employment"]


def test_fixd29_a_mobile_legal_information_service_is_victim_support():
    text = "The charity has opened a mobile legal information service in Calais for people sleeping rough."
    assert [k for k, _ in _fixd29(text)] == ["victim_support"]


def test_fixd29_equipment_a_further_sum_pays_for_is_its_own_measure():
    text = ("The port installed six vehicle scanners in 2024, and the ministry will spend a further €900,000 on heartbeat "
            "detectors next year.")
    found = _fixd29(text)
    assert [k for k, _ in found] == ["equipment", "equipment"]
    assert found[1][1].startswith("heartbeat detectors")


@pytest.mark.parametrize("text, expected", [
    ("A court in Duhok sentenced eight other defendants to prison terms on Sunday.", [(8, "persons")]),
    ("The judge said 12 accused had been held for more than a year.", [(12, "persons")]),
])
def test_veto2_people_on_trial_are_a_count_of_persons_the_veto_is_never_asked_of(monkeypatch, text, expected):
    monkeypatch.setattr("uis_build.drafting.figure_model.VETO", float("inf"))  # a veto that would drop any number it is asked of
    assert [(c["value"], c["unit"]) for c in proposed(text, "statistics")] == expected


@pytest.mark.parametrize("text, expected", [
    ("The ministry said its 14 regional offices would take applications from Sunday.", []),
    ("Returns were registered at the governorate's nine district offices, he said.", []),
    # ... but offices raided or closed are counted
    ("Police closed nine unlicensed exchange offices in March.", [9]),
])
def test_veto2_an_administrations_own_offices_are_no_figure(monkeypatch, text, expected):
    monkeypatch.setattr("uis_build.drafting.figure_model.VETO", float("-inf"))  # the rules alone
    assert [c["value"] for c in proposed(text, "statistics")] == expected


@pytest.mark.parametrize("text, expected", [
    ("The men slept on the floor in three rooms above the shop and worked twelve-hour days.", []),
    ("Police said the gang kept the boys in two flats in Leeds.", []),
    # ... but what a building has is counted
    ("The hotel's 120 rooms were booked by the council until March.", [120]),
])
def test_veto2_the_rooms_people_were_kept_or_slept_in_are_a_place_no_figure(monkeypatch, text, expected):
    monkeypatch.setattr("uis_build.drafting.figure_model.VETO", float("-inf"))  # the rules alone
    assert [c["value"] for c in proposed(text, "statistics")] == expected
_FIXA29B_FILLER = ("He drove a grey van with a cracked windscreen and kept two phones on the dashboard at all times.\n\n"
                   "He seemed relaxed, smoked thin cigarettes and ordered sweet tea for both of us without asking.\n\n"
                   "He showed me photographs of young men standing on a beach at dawn, their life jackets orange against the sand.\n\n"
                   "He claimed that his lorries had carried more than a hundred people across the sea since the spring.\n\n"
                   "He never wrote anything down, and he paid for everything in cash from a thick roll of notes.\n\n"
                   "He took every call outside, walking up and down the pavement with one hand over his ear.\n\n"
                   "His calls kept coming for weeks after our last meeting, usually late at night and always short.\n\n")


def test_fixa29b_a_pronoun_chain_keeps_its_speaker_past_the_look_back():
    text = ("By Jane Ruddock\n\nIn a flat above a launderette in Leeds, a man who calls himself Abu Faris arranges lorry "
            "crossings.\n\n“Everything is arranged from Erbil. The families pay there,” he told me over coffee.\n\n"
            + _FIXA29B_FILLER + "On our last evening he grew reflective. “Nobody is forced onto my lorries. They come to me on "
            "their own feet.”\n")
    found = [c for c in proposed(text, "statements") if "Nobody is forced" in c["quote"]]
    assert [c["speaker"] for c in found] == ["Abu Faris"]


def test_fixa29b_a_pronoun_chain_breaks_where_another_person_is_named():
    # two named between: the pronoun is ambiguous near, and must not go back past them to the one it stood for before
    filler = _FIXA29B_FILLER.replace("He took every call outside, walking up and down the pavement with one hand over his ear.\n\n", "")
    text = ("By Jane Ruddock\n\nIn a flat above a launderette in Leeds, a man who calls himself Abu Faris arranges lorry "
            "crossings.\n\n“Everything is arranged from Erbil. The families pay there,” he told me over coffee.\n\n"
            "Two of his drivers, Rebaz Omar and Dara Aziz, waited outside in the rain.\n\n"
            + filler + "On our last evening he grew reflective. “Nobody is forced onto my lorries. They come to me on "
            "their own feet.”\n")
    found = [c for c in proposed(text, "statements") if "Nobody is forced" in c["quote"]]
    assert [c["speaker"] for c in found] == [None]


def test_fixa30_an_advice_columns_answers_to_signed_letters_are_the_experts_and_the_quoted_letter_no_ones():
    text = ("Harbour Town Gazette | Monday 3 March 2025\n\n"
            "'Can my son stay in Britain?' An adviser answers your questions\n\n"
            "This week caseworker Darya Khoshnaw, of the Riverside Law Centre, answers readers' letters.\n\n"
            "1. My son came from Duhok in 2022. His claim was refused last spring. Can he still appeal? – Jwan, Rotherham\n\n"
            "Appeals are possible within 14 days of a refusal. After that he needs fresh evidence.\n\n"
            "2. Who pays the lawyer? I have asked three firms. – Name withheld, Sheffield\n\n"
            "Legal aid covers most asylum appeals. The Law Society keeps a list of firms that take it.\n")
    found = _statements(text)
    assert ("Appeals are possible within 14 days of a refusal. After that he needs fresh evidence.",
            "Darya Khoshnaw") in found
    assert ("Legal aid covers most asylum appeals. The Law Society keeps a list of firms that take it.",
            "Darya Khoshnaw") in found
    assert not any(t.startswith("Can my son stay") for t, _ in found)


def test_fixa30_a_portfolio_listed_with_commas_in_apposition_is_one_role():
    text = ("The talks were chaired by Aoife Brennan, Minister for Enterprise, Trade and Employment of Ireland, "
            "which holds the presidency.")
    roles = {(c["name"], c["role"]) for c in proposed(text, "officials")}
    assert ("Aoife Brennan", "Minister for Enterprise, Trade and Employment") in roles
# fixb30: figures told again as a whole ("All five"), by a posting, as losses at sea, under an "in numbers" heading, and a
# postal address's house number


def _fixb30_values(text: str) -> list[str]:
    return [c["value_text"] for c in proposed(text, "statistics")]


def test_fixb30_all_of_a_count_told_again_is_a_figure():
    text = ("Police found five Syrian men locked in a van near Hull. All five had paid a gang in Istanbul. "
            "All five men were later released.")
    assert _fixb30_values(text).count("five") == 3


def test_fixb30_a_count_told_by_its_posting_is_a_figure():
    text = "The tip came from a Border Force officer in Basra, one of three posted to Iraq last spring."
    assert "three" in _fixb30_values(text)


def test_fixb30_people_a_speaker_lost_to_the_sea_are_a_figure():
    text = '"We lost two young cousins to the Channel," the farmer said.'
    assert "two" in _fixb30_values(text)


def test_fixb30_an_in_numbers_heading_takes_its_noun_from_the_paragraph_under_it():
    text = ("The campaign in numbers\n\n6\n\nBorder Force Maritime officers now working from Calais.\n\n"
            "1.4 million\n\nViews of the ministry's Arabic-language advert on YouTube.\n")
    values = _fixb30_values(text)
    assert "6" in values and "1.4 million" in values


def test_fixb30_a_house_number_in_a_postal_address_is_no_figure():
    text = "Letters to the Editor, Wakefield Herald, 27 Northgate, Wakefield WF1 3BJ. We reply to every one."
    assert _fixb30_values(text) == []


def test_fixb30_a_school_year_is_no_figure():
    text = "He had been a Year 11 pupil at Ysgol Gyfun in Neath until his family left."
    assert "11" not in _fixb30_values(text)


def _fixc30_events(text, reference="2026-04-17"):
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference)]


def test_fixc30_a_one_day_sketch_in_the_present_is_dated_by_its_standfirst_day():
    text = ("A long day in Basra with the security minister\n\n"
            "Our reporter went along on the minister's day trip to Basra on Tuesday\n\n"
            "6.10am, Northolt. The minister boards a small jet with two aides.\n\n"
            "10.20am, Basra. The governor waits on the tarmac in the sun.\n\n"
            "1.15pm, governor's office. The minister announces £1.4 million for a new crossing at Safwan.\n\n"
            "3.30pm. The two ministers sign a memorandum of understanding on the coastguard.\n")
    found = _fixc30_events(text)
    assert ("visit", "2026-04-14", "occurred") in found
    assert ("announcement", "2026-04-14", "occurred") in found
    assert ("signing", "2026-04-14", "occurred") in found


def test_fixc30_a_present_announcement_outside_a_sketch_is_no_event():
    assert _fixc30_events("The ministry announces £2 million for new scanners every spring.") == []


def test_fixc30_a_sentence_deferred_to_a_day_is_a_ruling_planned_that_day():
    assert _fixc30_events("Sheriff Alan Boyd deferred sentence until August 4 so that social work reports could be prepared.") == [
        ("court_ruling", "2026-08-04", "planned")]


def _fixd30(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], text[slice(*c["spans"]["description"])]) for c in candidate_records(text + "\n")
            if c["table"] == "measures" and c["measure_type"] != "TODO"]


def test_fixd30_a_course_told_completed_with_its_length_medium_and_subject_is_training():
    text = "Since June 25 customs officers have completed a ten-day online forensics course in Basra."
    assert [k for k, _ in _fixd30(text)] == ["training"]


def test_fixd30_equipment_and_a_course_both_paid_for_by_one_giver_are_both_measures():
    text = ("Since May the customs unit has used detection equipment for parcels, and 25 of its officers have completed "
            "a ten-day online forensics course, both paid for by the Danish embassy in Baghdad.")
    found = _fixd30(text)
    assert sorted(k for k, _ in found) == ["equipment", "training"]
    assert any(d.startswith("detection equipment for parcels") for _, d in found)


def test_fixd30_an_awareness_programme_is_a_communications_campaign():
    text = "The lessons are paid for from a £250,000 awareness programme funded by Denmark and run by a local charity."
    assert [k for k, _ in _fixd30(text)] == ["communications_campaign"]


def test_fixd30_information_from_one_service_passed_on_to_another_is_intelligence_sharing():
    text = "Information from the Iraqi Interior Ministry's police, passed on to Europol in March, helped trace the van in Austria."
    assert [k for k, _ in _fixd30(text)] == ["intelligence_sharing"]


def test_fixd30_a_programme_run_by_an_organisation_after_a_package_in_one_sentence_is_a_second_measure():
    text = ("Each returnee may receive a reintegration package of up to €2,000, and Denmark funds reintegration projects "
            "in Basra run by a Danish charity.")
    assert [k for k, _ in _fixd30(text)] == ["reintegration", "reintegration"]


def test_fixd30_training_the_rest_of_a_returnees_support_goes_towards_is_no_measure():
    text = ("Returnees from Sweden receive reintegration support worth up to €2,500. About €800 is paid in cash; "
            "the remainder goes towards rent, tools or training.")
    assert [k for k, _ in _fixd30(text)] == ["reintegration"]


def test_fixd30_no_jobs_said_of_a_future_is_no_employment_measure():
    text = 'The mayor said: "Training helps, but where there are no jobs for graduates, the young will go again."'
    assert [k for k, _ in _fixd30(text) if k == "employment"] == []


def test_fixd30_a_vocational_college_opened_for_returnees_its_students_allowance_and_courses():
    text = ("The ministry on Monday opened a vocational college in Zakho for young people who have come back from Germany. "
            "Its first 90 students began ten-month courses this week. "
            "Each receives a monthly allowance of 150,000 dinars.")
    found = _fixd30(text)
    assert [k for k, _ in found] == ["employment", "reintegration"]
    assert found[1][1].startswith("monthly allowance")


# -- fixa31: officials in a court summary, a column's writer's note, a letter's addressee; non-officials at platforms and
# a relative clause after a policy's name

def test_fixa31_prosecuting_counsel_opening_the_sentence_with_the_name_in_apposition_is_an_official():
    text = "Prosecuting counsel, Miriam Oakley KC, told the jury that the lorry had been tracked from Calais."
    assert _officials(text) == {"Miriam Oakley": "Prosecuting counsel"}


def test_fixa31_a_columns_writer_note_line_gives_the_writers_post():
    text = "The returns are rising.\n\nGareth Fenwick is the Conservative MP for Hartley Vale and sits on the Justice Committee."
    assert _officials(text) == {"Gareth Fenwick": "Conservative MP for Hartley Vale"}


def test_fixa31_what_is_sent_to_a_minister_is_no_part_of_the_ministers_title():
    text = "When I put her case to the Minister for Legal Migration, Oliver Brandt, he answered within a week."
    assert _officials(text) == {"Oliver Brandt": "Minister for Legal Migration"}


def test_fixa31_a_post_at_an_unnamed_platform_is_no_public_office():
    text = ('Clara Vogt, head of content policy at one of the largest messaging platforms, said: "We removed the adverts."')
    assert _officials(text) == {}


def test_fixa31_a_policys_name_before_which_is_no_person():
    text = "Officials summarised the Joint Returns Compact, which the Home Secretary, Ruth Halloran, signed in Erbil."
    assert "Returns Compact" not in " ".join(_officials(text))


def test_fixa31_a_scripts_label_in_capitals_for_a_name_said_only_in_the_possessive():
    text = ("Karwan Mahmoud's cousin crossed the Channel in a dinghy last spring.\n\n"
            'SOT (MAHMOUD): "We sold the car to pay for it. He called us from the beach at night."')
    c = one(text, "statements")
    assert (c["speaker"], c["speaker_kind"]) == ("Karwan Mahmoud", "person")


def test_fixa31_a_name_the_writer_gives_without_a_relative_is_a_persons():
    text = ('At my advice surgery I met a father I will call Dlovan. He told me: "My son left in May and I have heard '
            'nothing since."')
    assert one(text, "statements")["speaker"] == "Dlovan"


def _fixc31_events(text: str, reference: str = "2026-05-10") -> list[tuple]:
    return [(c["event_type"], c["date"], c["status"]) for c in candidate_records(text, reference=reference)
            if c["table"] == "events"]


def test_fixc31_a_papers_milestones_set_off_by_a_colon_are_planned_after_the_reference_day():
    text = ("Next steps\n\n"
            "- July 2026: the steering board holds its first meeting in Erbil\n"
            "- October 2026: the reception hall opens to returnees\n"
            "- March 2027: the Foreign Secretary visits Erbil for the first review\n")
    found = _fixc31_events(text)
    assert ("planned_meeting", "2026-07", "planned") in found
    assert ("visit", "2027-03", "planned") in found


def test_fixc31_a_review_led_by_a_named_author_with_an_aside_is_published_on_its_day():
    text = ("The new rules follow a review led by Dame Ann Foster, a retired chief inspector of prisons, "
            "published in February 2026.")
    assert ("publication", "2026-02", "occurred") in _fixc31_events(text)


def test_fixc31_a_court_that_opened_a_trial_on_its_day_is_a_ruling():
    text = "A criminal court in Duhok on Monday opened the trial of two drivers accused of smuggling 40 people."
    assert ("court_ruling", "2026-05-04", "occurred") in _fixc31_events(text)


def test_fixc31_a_ministry_that_opened_a_trial_of_a_scheme_is_no_ruling():
    text = "The ministry on Monday opened the trial of a new passport scanner at Erbil airport."
    assert [e for e in _fixc31_events(text) if e[0] == "court_ruling"] == []


def test_fixc31_a_judge_adjourning_a_trial_to_a_day_plans_it():
    text = "The judge heard two witnesses on Monday before adjourning the trial until 2 June."
    assert ("court_ruling", "2026-06-02", "planned") in _fixc31_events(text)


def _fixb31_figures(text: str) -> list:
    return [c["value"] for c in proposed(text, "statistics")]


def test_fixb31_a_sentence_credit_for_a_plea_is_no_share():
    assert _fixb31_figures("The judge gave Rahman credit of one third for his early plea.") == []
    assert _fixb31_figures("Omar received a one-quarter discount for pleading guilty on the day of trial.") == []


def test_fixb31_a_verse_quoted_in_a_sermon_is_no_figure():
    assert _fixb31_figures("The preacher spoke to the crowd at length, reading out verse 112 of the chapter.") == []


def test_fixb31_a_prison_term_with_its_years_left_out_is_no_figure():
    text = "Rebwar Ali, 44, got nine years, while his brother, who drove the van to Dover, was jailed for seven."
    assert _fixb31_figures(text) == []


def test_fixb31_one_thing_shared_between_many_is_a_ration_not_a_count():
    text = "They lay in the trailer for two days with one loaf of bread between twelve of them."
    assert _fixb31_figures(text) == []


def test_fixb31_an_age_after_a_trade_and_a_name_is_no_figure():
    assert _fixb31_figures("Teenage refugee Dana Karim was 18 when traffickers sold him a place in a lorry for £8,000.") == []


def test_fixb31_a_count_after_an_age_opening_a_clause_is_a_figure():
    text = "Seven of them were men, the oldest aged 66, and four were teenagers."
    assert sorted(_fixb31_figures(text)) == [4, 7]


def _fixd31(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], text[slice(*c["spans"]["description"])]) for c in candidate_records(text + "\n")
            if c["table"] == "measures" and c["measure_type"] != "TODO"]


def test_fixd31_equipment_an_authority_began_operating_is_equipment():
    text = "Customs at the Faw port on Sunday began operating three mobile X-ray scanners for containers."
    assert [k for k, _ in _fixd31(text)] == ["equipment"]


def test_fixd31_more_equipment_a_later_phase_brings_is_another_measure():
    text = ("The directorate began operating two vehicle scanners at Zurbatiyah on Sunday. "
            "A third phase, with six more scanners at the airports of Najaf and Mosul, should end in 2027.")
    assert [k for k, _ in _fixd31(text)] == ["equipment", "equipment"]


def test_fixd31_a_central_database_is_a_data_system_apart_from_a_biometric_one():
    text = ("Officers enter the fingerprints of each suspect into a biometric database. "
            "The cameras feed a central database in Baghdad that alerts every checkpoint in the province.")
    assert [k for k, _ in _fixd31(text)] == ["data_system", "data_system"]


def test_fixd31_a_training_and_research_hospital_is_no_training():
    text = "Two of the injured men were taken to Erzurum Training and Research Hospital on Friday night."
    assert [k for k, _ in _fixd31(text) if k == "training"] == []


def test_fixd31_a_campaign_named_new_then_referred_back_to_is_one_campaign():
    text = ("The ministry will run an information campaign in Kurdish and Arabic on the risks of the route. "
            "The embassy gives £400,000 for the information campaign.")
    assert [k for k, _ in _fixd31(text)] == ["communications_campaign"]


def test_fixd31_a_package_named_again_in_the_plural_is_the_same_measure():
    text = ("Every returnee can receive a reintegration package of up to £1,500. "
            "Of this, £3 million will fund reintegration packages and the shelter.")
    assert [k for k, _ in _fixd31(text) if k == "reintegration"] == ["reintegration"]


def test_fixd31_bare_training_a_speaker_names_in_passing_is_the_training_named_exactly():
    text = ("The two ministers met in Baghdad on Monday.\n\nThey spoke for two hours about migration.\n\n"
            '"We back Iraqi jobs, Iraqi training and Iraqi hope," the minister said.\n\n'
            "The UK will train 150 Iraqi border officers in document checks this year.")
    assert [k for k, _ in _fixd31(text)] == ["training"]


def _fixa32_officials(text: str) -> list[tuple[str, str]]:
    return [(r["name"], r["role"]) for r in candidate_records(text) if r["table"] == "officials"]


def test_fixa32_a_charity_number_under_the_masthead_makes_our_director_the_writers_staff():
    text = ("NORTHERN CROSSINGS\nSupporting survivors across Cumbria\n\nSpring Bulletin · Issue 4\n"
            "Published Monday 3 March 2025 · Registered charity no. 1187733\n\n"
            "Next month our director, Helen Marsh, will travel to Erbil to meet partners.\n\n"
            "Our volunteers ran the winter appeal again this year, and the shop on Mill Street stayed open every Saturday. "
            "We thank everyone who gave coats, blankets and time, and the schools that held collections for the families. "
            "The spring walk along the lake starts at the old boathouse, and tickets are on sale at the door on the day. "
            "Please tell your friends about the walk, and bring a packed lunch and good boots.")
    assert _fixa32_officials(text) == []


def test_fixa32_a_lowercase_staff_post_in_a_charitys_newsletter_is_no_office():
    text = ("NORTHERN CROSSINGS\nSupporting survivors across Cumbria\n\nSpring Bulletin · Issue 4\n"
            "Published Monday 3 March 2025 · Registered charity no. 1187733\n\n"
            '"Calls doubled over the winter," said outreach coordinator Peter Lang.\n\n'
            "The committee's chair, Dame Alice Ward, will hear the findings.")
    assert _fixa32_officials(text) == [("Alice Ward", "chair")]


def test_fixa32_a_body_fighting_money_laundering_is_no_name():
    text = ("Dr Karim Hadi al-Zubaidi, Director General of Iraq's Anti-Money Laundering and Counter-Terrorism Financing Office, "
            "said the two units would share reports.")
    assert _fixa32_officials(text) == [
        ("Karim Hadi al-Zubaidi", "Director General of Iraq's Anti-Money Laundering and Counter-Terrorism Financing Office")]


def test_fixa32_counsel_opening_the_case_for_the_prosecution_is_prosecuting_counsel():
    text = ("The trial began at Southwark Crown Court on Monday.\n\n"
            "Opening the case for the Crown, Daniel Frost KC told the jury the defendant had run the network from Leeds.")
    assert _fixa32_officials(text) == [("Daniel Frost", "prosecuting counsel")]


def _fixb32_figures(text: str) -> list:
    return [c["value"] for c in candidate_records(text + "\n") if c["table"] == "statistics"]


def test_fixb32_an_inquirys_evidence_gathering_is_its_method_no_figure():
    text = "The committee took 29 pieces of written evidence and held four oral evidence sessions in Westminster."
    assert _fixb32_figures(text) == []


def test_fixb32_an_age_by_which_something_is_so_is_no_figure():
    assert _fixb32_figures('"By 16 most of them have already chosen the road," the teacher told us.') == []


def test_fixb32_tally_marks_on_a_wall_are_no_figure():
    text = "He scratched each night into the cell wall with a nail. By the end there were 212 marks above his mattress."
    assert _fixb32_figures(text) == []


def test_fixb32_a_headline_count_before_runs_aground_is_a_figure():
    assert _fixb32_figures("Boat carrying 63 runs aground near Calais as police look on") == [63]


def test_fixb32_an_earlier_count_compared_with_its_noun_left_out_is_a_figure():
    text = "Police say nine lorries have been stopped at the port since May, compared with four in the whole of last year."
    assert sorted(_fixb32_figures(text)) == [4, 9]


def test_fixb32_firms_named_again_after_the_are_a_figure():
    text = ("Ministers sanctioned four exchange houses in Erbil on Monday. "
            "The four companies moved payments worth millions for the gang, officials said.")
    assert _fixb32_figures(text) == [4, 4]


def _fixd32(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], text[slice(*c["spans"]["description"])]) for c in candidate_records(text + "\n")
            if c["table"] == "measures" and c["measure_type"] != "TODO"]


def test_fixd32_a_timetable_for_charter_flights_in_a_passage_about_returns_is_returns():
    text = ("Official figures show that 900 people were returned to Iraq last year. "
            "The bilateral returns working group met in Erbil in May. "
            "It agreed a schedule for charter flights that ministers will review in the autumn.")
    assert any(k == "returns" and "charter flights" in d for k, d in _fixd32(text))


def test_fixd32_exchanging_suspicious_transaction_reports_is_intelligence_sharing():
    text = "Under the new agreement, the two agencies will exchange suspicious transaction reports on payments to smugglers."
    assert [k for k, _ in _fixd32(text)] == ["intelligence_sharing"]


def test_fixd32_sharing_agreed_in_the_opening_gives_way_to_the_sharing_the_body_tells():
    text = ("Money men targeted\n\nBritain and Iraq agree to share intelligence on smuggling money.\n\n"
            "The two governments signed a deal in London on Monday.\n\n"
            "Under it, the two financial units will exchange suspicious activity reports every week.")
    assert [(k, d) for k, d in _fixd32(text) if k == "intelligence_sharing"] == [
        ("intelligence_sharing", "exchange suspicious activity reports every week")]


def test_fixd32_sharing_acted_on_in_the_opening_stays_its_own_mention():
    text = ("Lorry stopped\n\nSeven men were found in a lorry at the port on Tuesday.\n\n"
            "Police, acting on intelligence shared by the NCA, stopped the lorry at dawn.\n\n"
            "The two forces have exchanged intelligence on the network since 2024.")
    found = [d for k, d in _fixd32(text) if k == "intelligence_sharing"]
    assert len(found) == 1 and "acting" not in found[0] and "shared by the NCA" in found[0]


def test_fixd32_a_financial_crime_unit_in_an_officers_post_is_no_task_force():
    text = "Inspector Sara Holm, who heads the county police's financial crime unit, said the inquiry was continuing."
    assert [k for k, _ in _fixd32(text) if k == "task_force"] == []


def test_fixd32_reports_a_unit_received_counted_are_no_task_force():
    text = "In 2024 the Dutch intelligence unit received 1,870 suspicious activity reports on smuggling gangs."
    assert [k for k, _ in _fixd32(text) if k == "task_force"] == []


def test_fixd32_a_joint_financial_intelligence_unit_is_a_joint_intelligence_cell():
    text = "Britain is paying £500,000 for a joint financial intelligence unit in Sulaimani that traces hawala transfers."
    assert [k for k, _ in _fixd32(text)] == ["joint_intelligence_cell"]


def _fixc32_events(text: str, reference: str) -> list[tuple]:
    return [(c["event_type"], c["date"], c["status"]) for c in candidate_records(text, reference=reference) if c["table"] == "events"]


def test_fixc32_a_day_without_its_year_most_of_a_year_back_is_the_coming_one():
    # the noun list ("lawyers and judges") ends the future's clause; the day itself still tells a plan
    text = "The report will be shown to lawyers and judges at a meeting in Vienna on 2 May."
    assert ("planned_meeting", "2026-05-02", "planned") in _fixc32_events(text, "2026-04-20")


def test_fixc32_a_recent_day_without_its_year_stays_past():
    text = "The two ministers met in Vienna on 2 April."
    assert ("meeting", "2026-04-02", "occurred") in _fixc32_events(text, "2026-04-20")


def test_fixc32_an_arrival_to_come_with_its_place_is_a_planned_visit():
    text = "The Interior Minister is due to arrive in Rome on 14 May for talks on returns."
    assert ("visit", "2026-05-14", "planned") in _fixc32_events(text, "2026-05-02")


def test_fixc32_a_date_opening_the_sentence_dates_its_verb_not_a_relative_clause_date():
    text = "In April, a smuggler who ran boats from Dunkirk last summer was sentenced to nine years at Leeds Crown Court."
    assert [e[:2] for e in _fixc32_events(text, "2026-07-10") if e[0] == "court_ruling"] == [("court_ruling", "2026-04")]


def _fixa39(text: str, table: str) -> list[dict]:
    return [c for c in candidate_records(text) if c["table"] == table]


def test_fixa39_a_numbered_decree_is_no_official():
    text = "An investigating judge in Zakho remanded three men on Sunday under Iraq's passport law, Act No. 32 of 2015."
    assert [c["name"] for c in _fixa39(text, "officials") if c["name"].endswith("No")] == []


def test_fixa39_a_capitalised_title_with_a_lowercase_portfolio_before_the_name():
    text = "Head of adult social care Miriam Holloway told the panel that placements had doubled."
    assert ("Miriam Holloway", "Head of adult social care") in [(c["name"], c["role"]) for c in _fixa39(text, "officials")]


def test_fixa39_a_lowercase_portfolio_takes_no_article():
    text = "The Captain of the Queen’s Guard of the Honourable Company (Lord Wexcombe) (Con) rose to answer."
    assert [c["name"] for c in _fixa39(text, "officials") if "Guard" in c["name"]] == []


def test_fixa39_a_post_in_the_hague_keeps_the_capitalised_the():
    text = "Britain's deputy ambassador in The Hague, Robert Fennimore Clarke, said the talks went well."
    assert ("Robert Fennimore Clarke", "deputy ambassador in The Hague") in [(c["name"], c["role"]) for c in _fixa39(text, "officials")]


def test_fixa39_a_portfolio_of_two_places_joined_by_and_the():
    text = "The Governor met the Special Envoy to Syria and the Levant Region, Lady Miranda Holt, in Basra on Monday."
    assert ("Miranda Holt", "Special Envoy to Syria and the Levant Region") in [(c["name"], c["role"]) for c in _fixa39(text, "officials")]


def test_fixa39_a_peer_named_again_by_title_and_surname_is_the_full_name():
    text = ("The delegation was led by Lord Peter Halvering, the Home Office's returns envoy.\n\n"
            "Lord Halvering said: \"We want every returnee to find work within a year.\"")
    assert [c["speaker"] for c in _fixa39(text, "statements")] == ["Peter Halvering"]


def test_fixa39_a_descriptive_word_before_the_name_is_no_part_of_it():
    text = "Protester Dawn Kettering, 61, said: \"We only want to be asked before the hotel is filled.\""
    assert [c["speaker"] for c in _fixa39(text, "statements")] == ["Dawn Kettering"]


def test_fixa39_one_name_with_a_trade_in_apposition_is_a_person():
    text = ("The minister said the scheme was working.\n\n"
            "Kawa, a bus driver from Margate, said his cousin wanted to come.\n\n"
            "\"He is 17 and he believes everything on Snapchat,\" he said.")
    assert [c["speaker"] for c in _fixa39(text, "statements") if "Snapchat" in c["quote"]] == ["Kawa"]


def _fixb39_figures(text):
    from uis_build.drafting import propose
    return [text[slice(*c.spans["value"])] for c in propose(text) if c.table == "statistics"]


def test_fixb39_quarters_of_a_year_are_periods_not_counts_or_shares():
    assert _fixb39_figures("Arrivals have risen for six quarters in a row, officers said.") == []
    assert _fixb39_figures("Choosing the two quarters that flatter the minister proves nothing.") == []
    assert _fixb39_figures("Three quarters of those stopped were Iraqi.") == ["Three quarters"]


def test_fixb39_companions_while_waiting_on_ones_journey_are_no_count():
    assert _fixb39_figures('"In Athens we hid for a month in a flat with 25 other people."') == []


def test_fixb39_children_named_with_a_spouse_are_one_family():
    assert "three" not in _fixb39_figures("Karim was flown back in May with his wife and three children.")


def test_fixb39_ratio_word_said_again_for_stress_is_a_figure():
    assert _fixb39_figures('He said: "Since the deal, arrivals have doubled. Doubled!" Officials disagreed.') == ["doubled", "Doubled"]


def _fixc39_events(text: str, reference: str) -> list[tuple]:
    return [(c["event_type"], c["date"], c["status"]) for c in candidate_records(text, reference=reference) if c["table"] == "events"]


def test_fixc39_a_decision_going_to_full_council_on_a_day_is_a_planned_meeting():
    text = "The borough's housing plan goes to full council on 14 May."
    assert ("planned_meeting", "2026-05-14", "planned") in _fixc39_events(text, "2026-05-01")


def test_fixc39_an_envoy_received_named_by_whose_envoy_is_a_meeting():
    text = "The Governor of Duhok received the Home Secretary's Special Envoy for Migration, Sir Tom Reed, in Duhok on Monday."
    assert ("meeting", "2026-05-04", "occurred") in _fixc39_events(text, "2026-05-06")


def test_fixc39_a_report_telling_a_committee_is_no_meeting():
    text = "A paper by council officers told the scrutiny committee that 40 children were in care on 1 April."
    assert [e for e in _fixc39_events(text, "2026-05-06") if e[0] == "meeting"] == []


def test_fixc39_migrants_arriving_in_small_boats_make_no_visit():
    text = "Most of the teenagers arrived in small boats and were housed by the county."
    assert [e for e in _fixc39_events(text, "2026-05-06") if e[0] == "visit"] == []


def test_fixc39_a_duty_met_told_by_its_pronoun_is_no_meeting():
    text = '"The law gives us this duty and we will meet it," the mayor said.'
    assert [e for e in _fixc39_events(text, "2026-05-06") if e[0] in ("meeting", "planned_meeting")] == []


def test_fixc39_firms_ready_to_come_to_a_place_make_no_visit():
    text = "She said she had five firms ready to come to Basra in the autumn."
    assert [e for e in _fixc39_events(text, "2026-05-06") if e[0] == "visit"] == []


def test_fixc39_the_day_a_thing_was_reported_does_not_date_the_arrest_it_tells():
    text = "It was revealed last week that two drivers arrested at a depot in Harwich in March had used false papers."
    assert [e[:2] for e in _fixc39_events(text, "2026-05-06") if e[0] == "arrest"] == [("arrest", "2026-03")]


def _fixd39(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], text[slice(*c["spans"]["description"])]) for c in candidate_records(text + "\n")
            if c["table"] == "measures" and c["measure_type"] != "TODO"]


def test_fixd39_money_in_reintegration_aid_is_reintegration():
    text = "Families who sign up get free flights to Erbil and as much as £900 in reintegration aid from the German scheme."
    assert "reintegration" in [k for k, _ in _fixd39(text)]


def test_fixd39_equipment_in_a_money_package_beside_training_is_equipment_despite_boats_stopped():
    text = "Officials say a €5million package of equipment and training for Kurdish coastguards has been stopping boats at sea."
    assert ("equipment", "equipment") in _fixd39(text)


def test_fixd39_foster_placements_are_no_employment():
    text = "The council grant funds 35 extra foster placements for unaccompanied children arriving in Kent."
    assert "employment" not in [k for k, _ in _fixd39(text)]


def test_fixd39_projects_discussed_are_no_measure():
    text = "The minister and the ambassador discussed projects to create jobs for young men deported from Germany."
    assert _fixd39(text) == []


def test_fixa40_turns_labelled_with_a_three_word_name_under_a_kicker_headline_are_answers():
    text = ("Interview: the Dohuk teacher who tracks missing pupils\n\n"
            "Roza Salih Amin, 39, teaches in Dohuk. She spoke to the Valley Post about pupils who left.\n\n"
            "Valley Post: How many pupils have gone?\n\n"
            "Roza Salih Amin: Eleven from my school since 2023.\n\n"
            "Valley Post: Do their families hear from them?\n\n"
            "Roza Salih Amin: Rarely. Most of them stop writing after Turkey.\n")
    found = [(c["text_text"], c["speaker"]) for c in proposed(text, "statements")]
    assert found == [("Eleven from my school since 2023.", "Roza Salih Amin"),
                     ("Rarely. Most of them stop writing after Turkey.", "Roza Salih Amin")]


def test_fixa40_a_lists_second_point_goes_on_with_the_answer_that_named_the_first():
    text = ("Q&A: the Dohuk teacher who tracks missing pupils\n\n"
            "Roza Amin, 39, teaches in Dohuk. She spoke to the Valley Post about pupils who left.\n\n"
            "Valley Post: What do schools need?\n\n"
            "Roza Amin: Counsellors, first. Children talk about leaving in class.\n\n"
            "Second, buses for the villages. We will see.\n\n"
            "Valley Post: Will you stay?\n\n"
            "Roza Amin: Yes, I will stay here.\n")
    found = [c["text_text"] for c in proposed(text, "statements")]
    assert found[0] == ("Counsellors, first. Children talk about leaving in class.\n\nSecond, buses for the villages. "
                        "We will see.")


def test_fixa40_a_french_naval_rank_before_a_spokespersons_name_is_no_bar_to_the_post():
    text = ("The maritime prefecture in Brest said two trawlers had been searched.\n\n"
            "Its spokesperson, Capitaine de corvette Marc Delorme, said the checks would go on all summer.")
    assert [(c["name"], c["role"]) for c in proposed(text, "officials")] == [("Marc Delorme", "spokesperson")]


def test_fixa40_miss_and_a_surname_is_the_woman_named_in_full_before():
    text = ("Defending, Clara Hollins told the jury her client had only rented the unit.\n\n"
            "\"He never once opened those crates,\" Miss Hollins said.")
    assert [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")] == [
        ("Clara Hollins", "He never once opened those crates")]


def test_fixa40_a_quotation_after_a_speaker_with_an_appositive_inside_an_appositive_is_theirs():
    text = ("Officers searched a warehouse near the ring road on Tuesday.\n\n"
            "Joris Peeters, a volunteer at Open Deur, a charity that feeds people near the port, said the men came back "
            "within days.\n\n"
            "\"Raids are needed, but the next van is already waiting behind the lorry park.\"")
    assert [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")] == [
        ("Joris Peeters", "Raids are needed, but the next van is already waiting behind the lorry park.")]


def _fixb40_figures(text: str) -> list[str]:
    return [text[slice(*c["spans"]["value"])] for c in candidate_records(text + "\n") if c["table"] == "statistics"]


def test_fixb40_the_party_a_speaker_met_someone_with_is_no_figure():
    text = "In March we visited the ambassador at his residence in Amman, along with three other teachers, to ask for visas."
    assert "three" not in _fixb40_figures(text)


def test_fixb40_a_committee_question_number_in_a_note_is_no_figure():
    assert _fixb40_figures("[3] Justice Committee, oral evidence, 4 March 2025, Q 87.") == []


def test_fixb40_a_plan_s_axes_are_no_figure():
    text = "The minister said the new plan rests on four axes and would cost little."
    assert "four" not in _fixb40_figures(text)


def test_fixb40_a_nordic_street_number_is_no_figure():
    for text in ("Officers raided a flat on Nørrebrogade 52 in Copenhagen.",
                 "Officers raided a flat on Drottninggatan 52 in Stockholm on Monday."):
        assert "52" not in _fixb40_figures(text)


def test_fixb40_a_body_s_own_officers_counted_by_their_posting_are_a_figure():
    text = '"Our three liaison officers in Baghdad work with Iraqi police every day," the ambassador said.'
    assert "three" in _fixb40_figures(text)


def test_fixb40_police_is_a_plural_head_of_a_count():
    text = "Twenty-two airport police and immigration officers finished the course in Zakho in June."
    assert "Twenty-two" in _fixb40_figures(text)


def _fixc40_events(text: str, reference: str) -> list[tuple[str, str | None, str]]:
    return [(c["event_type"], c["date"], c["status"]) for c in candidate_records(text + "\n", reference=reference)
            if c["table"] == "events"]


def test_fixc40_a_briefing_sentence_ending_in_a_note_mark_is_no_heading():
    text = "On 4 May 2026 the Foreign Office announced a further £2 million for border posts in Duhok.[12]"
    assert ("announcement", "2026-05-04", "occurred") in _fixc40_events(text, "2026-05-20")


def test_fixc40_a_report_s_capitalised_title_is_a_publication():
    text = "Harbourlight, a charity for trafficking survivors, today publishes its Annual Review 2025, which shows rising referrals."
    assert ("publication", "2026-04-08", "occurred") in _fixc40_events(text, "2026-04-08")


def test_fixc40_a_cabinet_s_session_held_on_its_day_is_a_meeting():
    text = "The Council of Ministers endorsed, in its weekly session held on Monday under the Premier's chairmanship, a new border plan."
    assert ("meeting", "2026-01-12", "occurred") in _fixc40_events(text, "2026-01-13")


def test_fixc40_a_smuggling_hub_dismantled_is_an_arrest():
    text = "Dutch police have dismantled a smuggling hub that worked from a café in Rotterdam, prosecutors said."
    assert [e[0] for e in _fixc40_events(text, "2026-02-05")] == ["arrest"]


def test_fixc40_a_belgian_arrest_warrant_placed_by_a_judge_is_a_ruling_but_an_arrest_is_not():
    ruled = "Four of the suspects were placed under arrest warrant by an investigating judge in Antwerp on Monday."
    assert ("court_ruling", "2026-02-02", "occurred") in _fixc40_events(ruled, "2026-02-05")
    arrested = "Two men were placed under arrest in Ghent on Monday."
    assert "court_ruling" not in [e[0] for e in _fixc40_events(arrested, "2026-02-05")]


def _fixd40(text: str, todo: bool = False) -> list[tuple[str, str]]:
    return [(c["measure_type"], text[slice(*c["spans"]["description"])]) for c in candidate_records(text + "\n")
            if c["table"] == "measures" and (todo or c["measure_type"] != "TODO")]


def test_fixd40_a_campaign_urging_the_public_to_act_is_a_communications_campaign():
    text = "Merseyside Police began a campaign last month urging taxi drivers to report passengers who seem to be under someone's control."
    assert "communications_campaign" in [k for k, _ in _fixd40(text)]


def test_fixd40_a_data_sharing_platform_is_a_data_system():
    text = "The Home Office will pay £900,000 for a data-sharing platform with the Iraqi border directorate."
    assert "data_system" in [k for k, _ in _fixd40(text)]


def test_fixd40_returns_explained_are_no_measure():
    text = "Readers often write to ask us how returns to Iraq work in practice."
    assert "returns" not in [k for k, _ in _fixd40(text)]


def test_fixd40_training_a_grant_pays_towards_is_no_measure():
    text = "Each family is given £1,800 towards rent, training or buying tools for a trade."
    assert "training" not in [k for k, _ in _fixd40(text)]


def test_fixd40_a_centre_people_were_taken_to_is_no_measure():
    text = "The nine passengers were moved to a reception centre run by the Dutch asylum agency."
    assert "reception_centre" not in [k for k, _ in _fixd40(text)]


def test_fixd40_a_plans_listed_headings_are_no_measure():
    text = "The minister said the plan is built on four pillars: prevention, prosecution, and the return and reintegration of victims."
    assert _fixd40(text, todo=True) == []


def test_fixa41_rank_does_not_cut_name_short():
    from uis_build.drafting.officials import official_candidates
    text = "Duhok Police Chief Major General Karwan Aziz al-Doski told reporters the raid was planned for weeks."
    names = {c.values["name"] for c in official_candidates(text)}
    assert "Karwan Aziz al-Doski" in names


def test_fixa41_trading_name_post_is_private():
    from uis_build.drafting.officials import official_candidates
    text = "Lowther Haulage's managing director, Megan Lowther, said the firm would fit alarms. Its rival Pike Freight's director, Tom Pike, agreed."
    assert not official_candidates(text)


def test_fixa41_organisation_for_asylum_seekers_is_private():
    from uis_build.drafting.officials import official_candidates
    text = "Henrik Dahl Sæther, a legal adviser at the Danish Organisation for Asylum Seekers, said the returns were rushed."
    assert not official_candidates(text)


def test_fixa41_counsel_for_the_crown_holds_a_post():
    from uis_build.drafting.officials import official_candidates
    text = "Helen Okafor, counsel for the Crown, submitted that the term was lenient."
    assert {(c.values["name"], c.values["role"]) for c in official_candidates(text)} == {("Helen Okafor", "counsel for the Crown")}


def test_fixa41_said_title_with_portfolio_then_name():
    from uis_build.drafting.statements import statement_candidates
    text = 'Officials met in Bergen.\n\n"We will keep the flights small," said Director of Immigration Lars Holmen Berg, who runs the agency.'
    assert [c.values["speaker"] for c in statement_candidates(text)] == ["Lars Holmen Berg"]


def _fixe41_speakers(text: str) -> list:
    from uis_build.drafting.statements import statement_candidates
    return [c.values["speaker"] for c in statement_candidates(text)]


def test_fixe41_counsel_submitted_that_fragment():
    text = 'At the hearing, for the respondent, Imogen Salter KC submitted that the tribunal had "misread the evidence" entirely.'
    assert _fixe41_speakers(text) == ["Imogen Salter"]


def test_fixe41_participle_qualified_role_before_verb():
    text = ('Omar Haddad was jailed by Judge Rosalind Kemp at Luton Crown Court in March. '
            'The presiding judge called him "a cold and careful organiser of misery".')
    assert _fixe41_speakers(text) == ["Rosalind Kemp"]


def test_fixe41_the_appellant_is_the_one_the_case_names():
    text = ('R v Bakhtiyar Omar Salih [2027] EWCA Crim 55\n\nThe appeal was heard on 3 May. '
            'In a note handed up at the hearing, the appellant wrote: "I regret every crossing I arranged for money."')
    assert _fixe41_speakers(text) == ["Bakhtiyar Omar Salih"]


def test_fixe41_a_sum_opening_a_sentence_is_no_one():
    text = ('The seller, who called himself Kak Sherwan, offered a place for £4,000. A fee of £600 was due at once.\n\n'
            '"The lorry is safe and nobody checks it," he said in a message.')
    assert _fixe41_speakers(text) == ["Kak Sherwan"]


def test_fixe41_trade_called_one_name_is_a_person():
    from uis_build.drafting.people import people
    text = 'I met a young driver called Rebaz in Koya. "I will go back when the debt is paid," he told me.'
    assert "Rebaz" in {p.name for p in people(text)}
    assert _fixe41_speakers(text) == ["Rebaz"]


def test_fixe41_my_former_colleague_name_then_colon():
    text = 'My former colleague Nadia Verhoeven, who led the port team until 2021, puts it plainly: "Walls do not pay debts."'
    assert _fixe41_speakers(text) == ["Nadia Verhoeven"]


def _fixb41_figures(text: str) -> list[tuple[str, object]]:
    return [(c["value_text"], c["value"]) for c in proposed(text, "statistics")]


def test_fixb41_a_share_of_that_term_served_is_no_figure():
    found = _fixb41_figures("The man was jailed for nine years. He will serve two-thirds of that sentence before he can be released on licence.")
    assert found == [], found


def test_fixb41_a_number_closing_a_quoted_name_is_no_figure():
    found = _fixb41_figures('The largest, a TikTok account called "Safe Journey Italy 22", posted 140 adverts between March and May.')
    assert found == [("140", 140)], found


def test_fixb41_a_speakers_supposed_firm_with_a_few_of_something_is_no_figure():
    found = _fixb41_figures('"For a small haulier with four lorries, the rules are a burden," said the trade body\'s chair.')
    assert found == [], found


def test_fixb41_a_counterfactual_would_have_had_count_is_no_figure():
    found = _fixb41_figures('"Without the Dutch data, we would have had three suspects and no case," the prosecutor said.')
    assert found == [], found


def test_fixb41_goods_estimated_at_a_sum_are_about_it():
    found = [(c["amount"], c["qualifier"]) for c in proposed("Police seized €20,000 in cash and a BMW estimated at €35,000.", "funding")]
    assert found == [(20000, None), (35000, "about")], found


def test_fixb41_a_speakers_few_routes_shut_are_a_figure():
    found = _fixb41_figures('"We have shut three smuggling routes in Zakho," he said.')
    assert found == [("three", 3)], found


def test_fixb41_a_count_before_two_kinds_joined_and_their_noun_is_a_figure():
    found = _fixb41_figures("Detectives are investigating three separate small-boat and forgery incidents along the Suffolk coast.")
    assert found == [("three", 3)], found


def _fixc41_events(text: str, reference: str) -> list[tuple[str, str | None, str]]:
    return [(c["event_type"], c["date"], c["status"]) for c in candidate_records(text + "\n", reference) if c["table"] == "events"]


def test_fixc41_an_appearance_before_a_towns_magistrates_with_its_remand_is_a_ruling():
    text = "Darko Penev, 39, appeared before Dover magistrates on Monday and was remanded in custody."
    assert ("court_ruling", "2026-03-02", "occurred") in _fixc41_events(text, "2026-03-04")


def test_fixc41_an_arrest_on_suspicion_takes_the_incident_day_and_the_following_morning_the_next():
    text = ("Fourteen men were found inside a refrigerated container at Harwich on Sunday evening.\n\n"
            "A lorry driver, 52, was arrested on suspicion of assisting unlawful immigration, and three men were detained the "
            "following morning at a flat in Colchester.")
    events = _fixc41_events(text, "2026-03-04")
    assert ("arrest", "2026-03-01", "occurred") in events
    assert ("arrest", "2026-03-02", "occurred") in events


def test_fixc41_a_dialogue_launched_is_a_meeting_and_those_who_opened_it_acted_at_it():
    text = ("Canada and Jordan today launched a Strategic Dialogue on Border Security in Ottawa. The dialogue was opened by the "
            "two foreign ministers, who signed a Memorandum on information exchange.")
    events = _fixc41_events(text, "2026-04-15")
    assert ("meeting", "2026-04-15", "occurred") in events
    assert ("signing", "2026-04-15", "occurred") in events


def test_fixc41_a_named_council_held_at_a_place_on_a_day_is_a_meeting():
    text = "The agreement follows the EU-Jordan Association Council held in Amman on 12 February 2026."
    assert ("meeting", "2026-02-12", "occurred") in _fixc41_events(text, "2026-04-15")


def test_fixc41_an_appeal_court_that_reduced_a_sentence_made_a_ruling():
    text = "The Court of Appeal today reduced from nine years to seven years the sentence of a lorry driver from Leeds."
    assert ("court_ruling", "2026-05-20", "occurred") in _fixc41_events(text, "2026-05-20")


def test_fixc41_a_hearing_listed_for_a_day_in_an_aside_is_a_planned_ruling():
    text = "His retrial, listed for 3 November 2026 at Hull Crown Court, will go ahead."
    assert ("court_ruling", "2026-11-03", "planned") in _fixc41_events(text, "2026-05-20")


def test_fixc41_a_court_that_rejected_someones_application_to_halt_a_removal_ruled():
    text = "Bergen District Court on Monday rejected an urgent application by three of the families to stop the flight."
    assert ("court_ruling", "2026-03-02", "occurred") in _fixc41_events(text, "2026-03-05")


def test_fixc41_a_past_meeting_in_a_when_clause_keeps_its_day_past_after_agreed_to():
    text = "Denmark and Britain agreed to pool removal flights when the two ministers met in Copenhagen on 9 February."
    assert ("meeting", "2026-02-09", "occurred") in _fixc41_events(text, "2026-03-05")


def test_fixc41_an_arrest_in_the_raids_takes_the_day_the_raids_were_told_with():
    text = ("Police found forged visas at a shop in Duhok during raids on 12 May.\n\n"
            "The judge said the evidence was clear.\n\n"
            "Officers arrested four men in the raids in Duhok and Zakho, a police spokesman told reporters.")
    assert ("arrest", "2025-05-12", "occurred") in _fixc41_events(text, "2025-10-16")


def test_fixc41_a_committee_that_will_hear_from_officials_is_a_planned_meeting():
    text = "The Public Accounts Committee will hear from Home Office officials on 14 April."
    assert ("planned_meeting", "2026-04-14", "planned") in _fixc41_events(text, "2026-03-12")


def test_fixc41_an_arrest_at_the_scene_takes_the_incident_day_four_short_paragraphs_back():
    text = ("Customs officers at Ibrahim Khalil found 30 fake visas in a lorry's spare tyre on Sunday, officials said.\n\n"
            "The visas were for Poland and Latvia.\n\n"
            "Some were printed on stolen blanks.\n\n"
            "\"They were very good copies,\" an officer said.\n\n"
            "The lorry's driver, 44, was arrested at the scene.")
    assert ("arrest", "2025-10-12", "occurred") in _fixc41_events(text, "2025-10-16")


def _fixd41(text: str, todo: bool = False) -> list[tuple[str, str]]:
    return [(c["measure_type"], text[slice(*c["spans"]["description"])]) for c in candidate_records(text + "\n")
            if c["table"] == "measures" and (todo or c["measure_type"] != "TODO")]


def test_fixd41_a_biographys_training_before_a_posting_is_no_measure():
    text = "After language training in Amman she was posted to the embassy in Kabul."
    assert "training" not in [k for k, _ in _fixd41(text)]


def test_fixd41_a_programme_named_for_reintegration_is_reintegration():
    text = "Germany funds the “Return and Reintegration to Kurdistan” project in Duhok."
    assert "reintegration" in [k for k, _ in _fixd41(text)]


def _fixa42_officials(text: str) -> list[tuple[str, str]]:
    return [(c["name"], c["role"]) for c in candidate_records(text + "\n") if c["table"] == "officials"]


def test_fixa42_an_irish_partys_spokesperson_holds_no_office():
    text = "Fianna Fáil's housing spokesperson, Niamh Kelleher, said the scheme had failed."
    assert "Niamh Kelleher" not in [n for n, _ in _fixa42_officials(text)]


def test_fixa42_a_youth_or_rights_centres_staff_hold_no_office():
    text = "Tara Quinn, director of the Lantern Youth Centre in Cork, said the grant had helped."
    assert "Tara Quinn" not in [n for n, _ in _fixa42_officials(text)]
    text = ("The Harbour Migrant Rights Centre said so in a report on Monday.\n\n"
            "\"Nobody is listening,\" said the centre's director, Tara Quinn.")
    assert "Tara Quinn" not in [n for n, _ in _fixa42_officials(text)]


def test_fixa42_a_lowercase_title_at_a_court_before_the_name_is_the_post():
    text = "On Friday, a judge at the Provincial Court, Marta Olmedo Ruiz, remanded four of the men in custody."
    assert ("Marta Olmedo Ruiz", "judge") in _fixa42_officials(text)


def test_fixa42_a_rank_abbreviation_cutting_a_full_name_gives_no_forename_official():
    text = ("Two vans were stopped near the river, spokeswoman Lt. Joanna Maj said.\n\n"
            "\"They had been waiting for hours,\" Lt. Maj said.")
    assert "Joanna" not in [n for n, _ in _fixa42_officials(text)]


def test_fixa42_a_profiles_subject_gets_the_post_the_next_sentence_opens_with():
    text = ("Tom Reed begins each morning with a call to Erbil. The British ambassador to Iraq takes it in his kitchen.")
    assert ("Tom Reed", "ambassador to Iraq") in _fixa42_officials(text)
    text = "Tom Reed was jailed for six years. The British judge in London says the case was grave."
    assert "Tom Reed" not in [n for n, _ in _fixa42_officials(text)]


def _fixb42_speakers(text: str) -> list[tuple[str, str | None]]:
    from uis_build.drafting.statements import statement_candidates
    return [(text[slice(*c.spans["text"])], c.values["speaker"]) for c in statement_candidates(text)]


def test_fixb42_words_said_with_a_laugh_are_the_profiled_persons():
    text = ("Miriam Oduya chairs the returns board in Lagos. Oduya has run it since 2019.\n\n"
            "Is the work hard? “I ran a field hospital in 2014,” she laughs. “Nothing here keeps me awake.”")
    assert _fixb42_speakers(text) == [("I ran a field hospital in 2014", "Miriam Oduya"),
                                      ("Nothing here keeps me awake.", "Miriam Oduya")]


def test_fixb42_a_surname_spelt_like_a_rank_abbreviation_is_the_surname():
    from uis_build.drafting.people import people
    text = ("The boat was stopped at dawn, coastguard spokesman Lt. Piotr Col said.\n\n"
            "“Nobody on board had a life jacket,” Col added.")
    assert [m.name for m in people(text)] == ["Piotr Col", "Piotr Col"]
    assert _fixb42_speakers(text) == [("Nobody on board had a life jacket", "Piotr Col")]


def test_fixb42_a_description_of_who_someone_is_counts_no_children():
    from uis_build.drafting.statistics import _is_figure
    text = "“She is a widow with three children and no savings,” her brother said."
    at = text.index("three")
    assert not _is_figure(text, at, at + 5, 3)


def test_fixb42_a_role_then_an_honorific_with_its_full_stop_names_the_speaker():
    text = "“Every case is a family,” the chair of the panel, Dr. Leyla Karwan Aziz, told reporters in Duhok."
    assert _fixb42_speakers(text) == [("Every case is a family", "Leyla Karwan Aziz")]


def test_fixb42_a_short_term_after_a_determiner_is_no_statement_even_with_a_speaker():
    text = "Police say gangs now offer a 'Paris bundle' for up to £3,000 a head."
    assert _fixb42_speakers(text) == []


def test_fixb42_a_holiday_is_no_person():
    from uis_build.drafting.people import people
    text = "A video posted on New Year's Eve showed the dinghy."
    assert [m.name for m in people(text)] == []


def _fixc42_events(text: str, reference: str) -> list[tuple[str, str | None, str]]:
    return [(c["event_type"], c["date"], c["status"]) for c in candidate_records(text + "\n", reference) if c["table"] == "events"]


def test_fixc42_a_day_told_that_year_takes_the_year_told_before_it():
    text = "The envoy took up the post in the spring of 2023, well before the minister flew in to sign the border pact on 14 October that year."
    assert ("signing", "2023-10-14", "occurred") in _fixc42_events(text, "2025-10-20")


def test_fixc42_visiting_an_academy_is_a_visit():
    text = "Yesterday the minister was in Basra, visiting the naval academy that British officers advise."
    assert ("visit", "2025-10-19", "occurred") in _fixc42_events(text, "2025-10-20")


def test_fixc42_an_arrival_in_a_season_of_a_year_is_no_visit():
    text = "The new consul arrived in Erbil in the autumn of 2023 and has run the mission since."
    assert "visit" not in [k for k, _, _ in _fixc42_events(text, "2025-10-20")]


def test_fixc42_a_person_named_by_age_and_home_town_arriving_is_no_visit():
    text = "Another passenger, Karwan, 31, from Chamchamal, arrived in Calais last week after a month in Brussels."
    assert "visit" not in [k for k, _, _ in _fixc42_events(text, "2025-10-20")]


def test_fixc42_trips_counted_are_no_visit():
    text = "Her father has travelled to Sulaimani four times to ask the police for news."
    assert "visit" not in [k for k, _, _ in _fixc42_events(text, "2025-10-20")]


def test_fixc42_a_case_to_go_before_a_court_is_a_planned_ruling():
    text = "Prosecutors said the smuggler is due to go before the Duhok criminal court on 3 November."
    assert ("court_ruling", "2025-11-03", "planned") in _fixc42_events(text, "2025-10-20")


def _fixd42(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], text[slice(*c["spans"]["description"])]) for c in candidate_records(text + "\n")
            if c["table"] == "measures" and c["measure_type"] != "TODO"]


def test_fixd42_cameras_named_by_what_they_read_and_paid_for_by_a_donor_are_equipment():
    text = "Six checkpoints near Zakho now carry number-plate recognition cameras funded by Denmark."
    assert any(k == "equipment" and "recognition cameras" in d for k, d in _fixd42(text))


def test_fixd42_the_share_of_a_sum_spent_on_kits_makes_them_equipment():
    text = "Some £1.4 million has gone out so far, officials in Basra say, much of it on biometric kits for the port."
    assert any(k == "equipment" and d.startswith("biometric kits") for k, d in _fixd42(text))


def test_fixd42_an_electronic_barrier_bought_with_a_sum_in_a_currency_code_is_equipment():
    text = "Lithuania spent EUR 40 million on an electronic barrier of radar and cameras along its border."
    assert any(k == "equipment" and d.startswith("electronic barrier") for k, d in _fixd42(text))


def test_fixd42_a_place_people_were_brought_to_is_no_equipment():
    text = "The migrants were delivered to the fence by drivers working for a network in Minsk."
    assert "equipment" not in [k for k, _ in _fixd42(text)]


def test_fixd42_a_charter_flight_told_by_the_people_it_returned_to_iraq_is_returns():
    text = "In March a charter flight returned 27 Iraqi men from Oslo to Baghdad."
    assert "returns" in [k for k, _ in _fixd42(text)]


def test_fixd42_charter_flights_after_a_count_returned_to_iraq_are_returns():
    text = "Sweden returned 95 Iraqi nationals to Erbil last year, most of them on charter flights arranged by the police."
    assert "returns" in [k for k, _ in _fixd42(text)]


def test_fixa43_a_capitalised_place_after_the_is_no_speaker():
    from uis_build.drafting.people import people
    from uis_build.drafting.statements import statement_candidates
    text = "It is dawn at the Eastern Harbour Gate, and Nasrin Qadir is pouring tea.\n\n\"I have met every boat since 2019,\" she says."
    assert "Harbour Gate" not in {m.name for m in people(text)}
    assert [c.values["speaker"] for c in statement_candidates(text)] == ["Nasrin Qadir"]


def test_fixa43_a_deputy_post_after_and_is_a_second_post():
    from uis_build.drafting.officials import official_candidates
    text = "Shilan Aziz, a Labour MP and vice-chair of the all-party group on refugees, wrote to the Home Secretary."
    roles = {c.values["name"]: c.values["role"] for c in official_candidates(text)}
    assert roles.get("Shilan Aziz") == "Labour MP"


def test_fixa43_an_unnamed_speaker_after_a_sentence_opening_as_is_no_body():
    from uis_build.drafting.statements import statement_candidates
    text = 'As one man from Duhok told us: "We cannot wait another winter."'
    assert [c.values["speaker"] for c in statement_candidates(text)] == [None]


def _fixb43_values(text: str) -> list:
    return [v for _, v, _ in _figures(text)]


def test_fixb43_numbered_questions_range_is_no_figure():
    assert 8 not in _fixb43_values("Questions 3 to 8 of the survey are dealt with in a later annex.")


def test_fixb43_penalty_cap_as_share_of_revenue_is_no_figure():
    text = "Hosting sites would face penalties of up to £6 million or 4% of annual global turnover."
    assert 4 not in _fixb43_values(text)


def test_fixb43_share_of_revenue_without_a_penalty_is_still_a_figure():
    assert 30 in _fixb43_values("Investigators found the gang kept 30% of its revenue in cash.")


def test_fixb43_opening_hours_on_a_24_hour_clock_are_no_figure():
    values = _fixb43_values("The embassy's consular desk is open from Monday to Thursday between 8 and 16.")
    assert 8 not in values and 16 not in values


def test_fixb43_typical_case_a_speaker_supposes_is_no_figure():
    text = '"When a van pulls up with 40 people and two of them are babies, Sara is the one they call," he says.'
    assert _fixb43_values(text) == []


def test_fixb43_a_quoted_past_case_keeps_its_count():
    assert 39 in _fixb43_values('"When a dinghy sank off Calais in 2021 with 39 people on it, we all went," she said.')


def test_fixb43_quoted_antithesis_of_multipliers_is_no_figure():
    text = '"The council has tripled the caseload it hands out and halved the pay of the staff who do the work," she says.'
    assert _fixb43_values(text) == []


def test_fixb43_officers_now_working_abroad_named_again_are_a_figure():
    text = "Critics want more than the three liaison officers currently working in Erbil."
    assert 3 in _fixb43_values(text)


def test_fixb43_bodies_a_sum_is_shared_among_are_no_figure():
    text = "The opposition said £4 million divided among 39 police forces was far too little."
    assert 39 not in _fixb43_values(text)


def test_fixc43_a_court_upholding_a_removal_told_without_order_is_a_ruling():
    found = one("On 5 May the Court of Appeal upheld the deportation of a Yazidi couple to Duhok.", "events", reference="2026-06-01")
    assert (found["event_type"], found["date"], found["status"]) == ("court_ruling", "2026-05-05", "occurred")


def test_fixc43_a_committee_that_will_hear_or_call_back_a_minister_is_a_planned_meeting():
    found = one("The Justice Committee will hear the deputy minister on the bill on 12 November.", "events", reference="2026-10-01")
    assert (found["event_type"], found["date"], found["status"]) == ("planned_meeting", "2026-11-12", "planned")
    found = one("The panel's chair said the committee will call the secretary back on 3 December.", "events", reference="2026-10-01")
    assert (found["event_type"], found["date"]) == ("planned_meeting", "2026-12-03")


def test_fixc43_a_committee_that_will_hear_claims_is_no_meeting():
    assert not proposed("The committee will hear claims from residents about the camp.", "events", reference="2026-10-01")


def test_fixc43_a_judge_ordering_people_detained_is_one_dated_ruling_and_no_arrest():
    found = one("Investigating judge Sami Karim ordered the six drivers detained for seven days pending trial on Sunday.",
                "events", reference="2026-05-06")
    assert (found["event_type"], found["date"]) == ("court_ruling", "2026-05-03")


def _fixd43(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], text[slice(*c["spans"]["description"])]) for c in candidate_records(text + "\n")
            if c["table"] == "measures" and c["measure_type"] != "TODO"]


def test_fixd43_equipment_told_by_the_money_paying_for_it_is_equipment():
    text = ("The Kurdish interior ministry has had £1.2 million from London since the talks in Erbil in March, paying for "
            "passport scanners at Basra airport.")
    assert any(k == "equipment" and d.startswith("passport scanners") for k, d in _fixd43(text))


def test_fixd43_officers_already_serving_in_an_ask_for_more_are_a_measure():
    text = "They should fund the reception centre in Duhok properly and send more than the three liaison officers now working in Baghdad."
    assert any(k == "liaison_officer" and "now working" in d for k, d in _fixd43(text))


def test_fixd43_a_centre_an_ask_wants_funded_properly_stands_already():
    text = "Campaigners say ministers should fund the reception centre in Duhok properly."
    assert any(d.startswith("reception centre in Duhok") for _, d in _fixd43(text))


def test_fixd43_charter_flights_paid_for_before_people_returned_to_iraq_are_returns():
    text = "The ministry spent £3.2 million on charter flights in 2024. It deported 870 people to Baghdad that year."
    assert "returns" in [k for k, _ in _fixd43(text)]


def test_fixd43_charter_flights_paid_for_with_no_return_told_are_no_returns():
    text = "The football club spent £1.5 million on charter flights for its squad. It won the league in May."
    assert "returns" not in [k for k, _ in _fixd43(text)]


def test_fixd43_a_duty_on_firms_to_remove_adverts_is_a_legal_reform():
    text = "The bill places a new statutory duty on social media firms to take down posts selling Channel crossings."
    assert "legal_reform" in [k for k, _ in _fixd43(text)]


def test_fixd43_a_named_unit_made_larger_is_a_task_force():
    text = "The money will enlarge the Border Force's Maritime Intelligence Unit by a dozen analysts."
    assert any(k == "task_force" and "Maritime Intelligence Unit" in d for k, d in _fixd43(text))


def _fixa44_officials(text):
    return [(r["name"], r["role"]) for r in candidate_records(text) if r["table"] == "officials"]


def test_fixa44_a_food_bank_coordinator_holds_no_public_post():
    text = "The town's food bank fed 600 families last winter, according to its coordinator, Helen Marsh."
    assert not any(n == "Helen Marsh" for n, _ in _fixa44_officials(text))


def test_fixa44_a_pantry_named_before_its_coordinator_is_a_charity():
    text = "The pantry gave out 2,100 parcels in 2024, according to its coordinator, Helen Marsh."
    assert not any(n == "Helen Marsh" for n, _ in _fixa44_officials(text))


def test_fixa44_a_justice_of_the_supreme_court_is_an_official():
    text = "Dissenting, Lady Marlow, a Justice of the Supreme Court, said the appeal should have been allowed."
    assert ("Lady Marlow", "Justice of the Supreme Court") in _fixa44_officials(text)


def test_fixa44_a_high_court_justice_is_an_official():
    text = "Tom Reed, a High Court justice, said the detention had been unlawful."
    assert ("Tom Reed", "High Court justice") in _fixa44_officials(text)


def _fixb44(text: str) -> list[tuple]:
    return [(c["value"], c["qualifier"]) for c in candidate_records(text + "\n") if c["table"] == "statistics"]


def test_fixb44_areas_of_cooperation_a_declaration_sets_out_are_no_figure():
    text = "The two ministers signed a memorandum listing four areas of co-operation on border policing."
    assert 4 not in [v for v, _ in _fixb44(text)]


def test_fixb44_a_number_after_a_food_bank_at_is_its_address():
    text = "He helps out at the food bank at 52 Elmhill on Tuesdays."
    assert 52 not in [v for v, _ in _fixb44(text)]


def test_fixb44_a_parliamentary_motion_number_is_a_label():
    text = "An MP tabled Early Day Motion 212 praising the volunteers."
    assert 212 not in [v for v, _ in _fixb44(text)]


def test_fixb44_a_count_in_anyone_supposed_by_a_speaker_is_no_figure():
    text = '"When somebody orders five engines and pays in cash, you know what it is for," she said.'
    assert 5 not in [v for v, _ in _fixb44(text)]


def test_fixb44_ages_of_young_people_the_speaker_meets_are_no_figures():
    text = '"Many of the boys I teach were only 14 or 15 when they left Iraq," he said.'
    values = [v for v, _ in _fixb44(text)]
    assert 14 not in values and 15 not in values


def test_fixb44_an_age_bound_on_students_is_no_figure_but_a_rate_above_is():
    text = "Among students under 25 the rate was 41%. Unemployment among graduates is above 20 percent."
    values = [v for v, _ in _fixb44(text)]
    assert 25 not in values and 41 in values and 20 in values


def test_fixb44_a_share_promised_after_a_bid_in_a_quote_is_no_figure():
    for text in ('"Pay them a fair wage and a third of them will come home," he said.',
                 '"Give them a trade and half of them will stay," he said.'):
        assert not [v for v, _ in _fixb44(text) if v < 1], text


def test_fixb44_up_to_people_moved_is_a_ceiling():
    text = "He is accused of having moved up to 700 people into Greece."
    assert (700, "up_to") in _fixb44(text)


def test_fixc44_a_ruling_by_an_unnamed_court_in_a_town_is_one_hearing():
    text = "Three of the gang's skippers were jailed by a court in Dunkirk in May for five and seven years."
    assert ("court_ruling", "2024-05", "occurred") in [(e, d, s) for e, d, s, _ in _event(text, "2024-06-20")]


def test_fixc44_a_ministers_call_told_as_who_spoke_to_whom_is_a_meeting():
    assert [e for e, *_ in _event("The Home Secretary spoke by phone with his Kurdish counterpart on Monday.")] == ["meeting"]
    assert [e for e, *_ in _event("The Home Secretary spoke to reporters on Monday.")] == []


def test_fixc44_a_judgment_handed_down_told_by_its_citation_is_a_ruling():
    text = "Their case, [2025] EWCA Civ 944, was handed down on Thursday by a majority of two to one."
    assert [(e, d) for e, d, *_ in _event(text)] == [("court_ruling", "2024-11-28")]


def test_fixc44_a_cabinets_decision_to_come_on_its_day_is_a_planned_meeting():
    text = "The borough gave the shelter £9,000 in 2023, and its cabinet will decide on 14 January whether to extend the lease."
    assert [(e, d, s) for e, d, s, _ in _event(text)] == [("planned_meeting", "2025-01-14", "planned")]


def test_fixc44_a_court_to_begin_hearing_cases_on_a_day_is_a_planned_ruling():
    text = "The judge said the tribunal was expected to begin hearing the cases of six drivers on 9 December."
    assert [(e, d, s) for e, d, s, _ in _event(text)] == [("court_ruling", "2024-12-09", "planned")]


def _fixd44(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], text[slice(*c["spans"]["description"])]) for c in candidate_records(text + "\n")
            if c["table"] == "measures" and c["measure_type"] != "TODO"]


def test_fixd44_taking_back_people_not_allowed_to_stay_is_returns():
    text = "Under the deal, Baghdad will take back people who are not allowed to remain in Britain."
    assert "returns" in [k for k, _ in _fixd44(text)]


def test_fixd44_digitising_a_civil_registry_is_a_data_system():
    text = "The embassy has paid £400,000 towards digitising the Kurdistan civil registry in Duhok."
    assert any(k == "data_system" and d.startswith("digitising") for k, d in _fixd44(text))


def test_fixd44_returns_a_minister_says_his_country_gets_no_help_with_are_none():
    text = 'The minister said: "We are a small island and get no help returning people with no right to remain."'
    assert "returns" not in [k for k, _ in _fixd44(text)]


def test_fixd44_a_campaign_asking_traders_to_report_is_a_campaign():
    text = "The council's Safe Harbour campaign, launched in April, asks marinas and boat dealers along the coast to report suspicious sales."
    assert "communications_campaign" in [k for k, _ in _fixd44(text)]


def test_fixa45_a_dotted_honorific_after_said_is_no_speaker():
    text = '"Traffickers keep ledgers like any shopkeeper," said Ms. Karin Lindqvist, head of the agency\'s crime branch.'
    assert one(text, "statements")["speaker"] == "Karin Lindqvist"


def test_fixa45_a_students_union_officer_is_no_official():
    text = 'Students\' Union president Tom Ashdown said the scheme showed "what our campus can do".'
    assert [c["name"] for c in proposed(text, "officials")] == []


def test_fixa45_a_projects_title_with_its_years_is_no_statement():
    text = 'The workshop, the fifth under the project "Safer Borders for Returnees in Iraq (2024–2026)", was held in Erbil.'
    assert proposed(text, "statements") == []


def test_fixa45_one_asking_to_be_called_only_by_a_name_is_a_speaker():
    text = ('A passenger, a 30-year-old man from Koya who asked to be called only Rawand, said the crew had promised '
            '"a fast boat with a good engine".\n\n"We were 40 people in a boat for 20," he said.')
    assert [c["speaker"] for c in proposed(text, "statements")] == ["Rawand", "Rawand"]


def _fixb45(text: str) -> list[str]:
    return [text[slice(*c["spans"]["value"])] for c in candidate_records(text + "\n") if c["table"] == "statistics"]


def test_fixb45_in_one_case_is_an_example_not_a_count():
    text = "In one case last spring, officers in Linz found 14 people hidden in a lorry."
    assert "one" not in _fixb45(text)
    assert "14" in _fixb45(text)


def test_fixb45_a_plans_objectives_are_no_figure():
    text = "The ministry set four objectives for the programme in 2026."
    assert "four" not in _fixb45(text)


def test_fixb45_a_blow_struck_and_more_taking_its_place_is_no_count():
    text = '"Arrest one driver in Calais and five more are working the same road by Friday," he said.'
    assert "five" not in _fixb45(text)


def test_fixb45_a_speakers_friends_no_longer_alive_are_no_count():
    text = 'She said: "Three of them are no longer alive."'
    assert "Three" not in _fixb45(text)


def test_fixb45_a_gerund_with_its_object_acting_on_one_person_is_no_count():
    text = 'The lawyer said: "Seizing a yacht from one man will not end the trade."'
    assert "one" not in _fixb45(text)


def _fixc45_events(text: str) -> list[tuple[str, str]]:
    from uis_build.drafting import candidate_records
    return [(c["event_type"], text[slice(*c["spans"]["description"])])
            for c in candidate_records(text + "\n", reference="2026-03-01") if c["table"] == "events"]


def test_fixc45_a_suspended_term_given_is_a_court_ruling():
    text = "Her co-accused, a taxi driver from Leeds, was given an 18-month suspended sentence."
    assert [k for k, _ in _fixc45_events(text)] == ["court_ruling"]


def test_fixc45_migrants_counted_travelling_on_are_no_visit():
    text = "About 250 of them later travelled on to France, the prosecutor said."
    assert "visit" not in [k for k, _ in _fixc45_events(text)]


def test_fixc45_a_thing_being_announced_undated_is_no_announcement():
    text = "A trainer at the workshop said dozens had signed up within days of the new timetable being announced."
    assert "announcement" not in [k for k, _ in _fixc45_events(text)]


def _fixd45(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], text[slice(*c["spans"]["description"])]) for c in candidate_records(text + "\n")
            if c["table"] == "measures" and c["measure_type"] != "TODO"]


def test_fixd45_an_ask_to_hurry_or_add_to_a_measure_under_way_keeps_the_measure():
    text = "The senator called on Washington to speed up work on the joint biometric database and to increase the number of training courses for border guards."
    kinds = [k for k, _ in _fixd45(text)]
    assert "data_system" in kinds and "training" in kinds


def test_fixb45_a_journey_time_with_its_unit_left_out_is_no_figure():
    text = 'Most of the group\'s videos show teenagers on a beach near Calais; one, shared 40,000 times, offers "Italy in 8 days, France in 12".'
    assert [c["value"] for c in proposed(text, "statistics", "2026-06-01")] == [40000]
    text = 'The advert promised "Austria in 6 days, Britain in 14", the court heard.'
    assert [c["value"] for c in proposed(text, "statistics", "2026-06-01")] == []


def _fixa47_officials(text: str) -> list[tuple[str, str]]:
    from uis_build.drafting.officials import official_candidates
    return [(c.values["name"], c.values["role"]) for c in official_candidates(text)]


def _fixa47_statements(text: str) -> list[tuple[str | None, str]]:
    from uis_build.drafting.statements import statement_candidates
    return [(c.values.get("speaker"), text[slice(*c.spans["text"])]) for c in statement_candidates(text)]


def test_fixa47_a_body_in_the_possessive_is_no_name_after_a_title():
    text = ("The Tribune met Dr Lana Omer Saleh, Deputy Director of the Provincial Government's Joint Flood Response "
            "Centre, in Basra.")
    names = [n for n, _ in _fixa47_officials(text)]
    assert "Lana Omer Saleh" in names
    assert not any("Government's" in n for n in names)


def test_fixa47_a_registered_charitys_signatory_with_a_bare_title_is_no_official():
    text = ("The Harbourside Refuge Trust\nTrustees' Annual Report 2025\nRegistered charity number 1187654\n\n"
            "We helped 140 survivors of trafficking this year.\n\n"
            "Approved by the trustees on 2 June 2026 and signed on their behalf by Martha Quinlan, Chair.")
    assert "Martha Quinlan" not in [n for n, _ in _fixa47_officials(text)]


def test_fixa47_our_reporter_after_an_opening_phrase_spoke_to_the_speaker():
    text = ("In Kalar, our reporter Dara Latif spoke to Hemin Ali Rasul, 58, whose nephew Karwan died in the Channel last year.\n\n"
            '"He sold the family land to pay them. Nothing came back," he said.')
    assert ("Hemin Ali Rasul", "He sold the family land to pay them. Nothing came back") in _fixa47_statements(text)


def test_fixa47_a_live_entry_headline_quoting_words_given_below_is_no_statement():
    text = ("Live: ministers meet in Erbil\n\nInterior Secretary Ella Rowe flew to Erbil on Monday. Opening paragraph of the page, which runs on for a while before the entries "
            "begin so that the headline zone is well behind us, and then it keeps going for a few more words so that it is long "
            "enough to push the entries past the top of the page, the way a real live page would look in a browser window. "
            "A second paragraph of background follows, as live pages summarise the day's key points before the entries, "
            "and it too runs on for a good many words.\n\n"
            "11:20 GMT\nRowe: 'We will close the routes'\n\n"
            "Interior Secretary Ella Rowe said: \"We will close the routes, one by one, and we will not stop.\"\n")
    texts = [t for _, t in _fixa47_statements(text)]
    assert "We will close the routes" not in texts
    assert any(t.startswith("We will close the routes, one by one") for t in texts)


def _fixb47_values(text: str) -> list:
    return [c["value"] for c in proposed(text, "statistics", "2026-06-01")]


def test_fixb47_a_city_wards_are_no_figure():
    assert 21 not in _fixb47_values("Most of the money went to four of the borough's 21 wards.")


def test_fixb47_doors_from_a_place_is_a_distance():
    assert _fixb47_values("The agents worked from a flat four doors from the mosque.") == []


def test_fixb47_a_reporter_checking_with_people_counts_its_sources():
    assert _fixb47_values("We verified the fares with three former drivers and a broker.") == []


def test_fixb47_sources_who_told_the_reporter_are_no_figure():
    assert _fixb47_values("Three sources told us the broker charged more.") == []


def test_fixb47_a_speaker_forecast_by_tomorrow_is_no_share():
    text = '"They cleared the camp at dawn. By tomorrow half of them will be back under the bridge," she said.'
    assert _fixb47_values(text) == []


def test_fixb47_a_third_after_two_officers_named_by_their_force_is_one_more():
    text = "Two National Crime Agency intelligence liaison officers work in Erbil, and a third will join them in May."
    assert _fixb47_values(text) == [2]


def test_fixb47_a_fortune_blown_or_someone_own_is_no_count():
    assert _fixb47_values("The trafficker who squandered his ill-gotten thousands on cars was jailed.") == []
    assert _fixb47_values("A CRIME boss who blew their dirty millions on yachts was jailed.") == []


def test_fixb47_a_headline_top_before_money_is_a_floor():
    money = proposed("Port charges top £3m as ferry firms cut sailings", "funding")
    assert [(c["amount"], c["qualifier"]) for c in money] == [(3000000, "more_than")]


def test_fixb47_the_people_counted_named_again_by_what_befell_them():
    text = "Police arrested four Syrian men in Calais last week. The four were remanded in custody on Friday."
    assert _fixb47_values(text) == [4, 4]


def _fixd47(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], text[slice(*c["spans"]["description"])]) for c in candidate_records(text + "\n")
            if c["table"] == "measures" and c["measure_type"] != "TODO"]


def test_fixd47_a_new_battalion_named_by_what_it_fights_is_a_task_force():
    text = "The interior ministry has formed a new counter-trafficking brigade to guard the northern crossings."
    assert [k for k, _ in _fixd47(text)] == ["task_force"]


def test_fixd47_devices_fitted_to_newly_bought_craft_are_the_equipment():
    text = "Officers found the raft at night using the night-vision cameras mounted on the navy's new patrol vessels, officials said."
    found = _fixd47(text)
    assert [k for k, _ in found] == ["equipment"] and found[0][1].startswith("night-vision cameras")


def test_fixd47_a_named_centre_people_were_moved_to_is_no_new_centre():
    text = "Forty survivors were treated at the port; the rest had been moved to the Kara Tepe reception centre by noon."
    assert "reception_centre" not in [k for k, _ in _fixd47(text)]


def test_fixd47_a_verb_after_a_modal_is_no_measure_noun():
    text = "Since June the charity has run a reception desk at the bus station, funded by Denmark, where travellers can register and rest."
    assert "data_system" not in [k for k, _ in _fixd47(text)]


def test_fixc47_a_court_s_cancellation_or_dismissal_is_a_court_ruling():
    for text in ("In March, a judge at Hull County Court cancelled a £9,500 penalty imposed on a coach firm.",
                 "On 2 April the Upper Tribunal dismissed a challenge to the removal policy."):
        events = proposed(text, "events", reference="2026-05-01")
        assert [e["event_type"] for e in events] == ["court_ruling"], events


def test_fixc47_a_report_s_sign_off_on_a_body_s_behalf_is_no_signing():
    text = "Approved by the Council of Governors on 9 May 2025 and signed on its behalf by Ann Moss, Treasurer."
    assert not [e for e in proposed(text, "events") if e["event_type"] == "signing"]


def test_fixe47_visit_to_a_hub_or_properties() -> None:
    # a charity's hub and a landlord's properties are sites a visitor goes to see
    hub = proposed("The regional commander visited our Leeds hub in October 2025.", "events", reference="2026-01-10")
    assert [(e["event_type"], e["date"], e["status"]) for e in hub] == [("visit", "2025-10", "occurred")], hub
    homes = proposed("Inspectors are due to visit asylum properties in Hull and Goole in April.", "events", reference="2026-01-10")
    assert [(e["event_type"], e["date"], e["status"]) for e in homes] == [("visit", "2026-04", "planned")], homes


def test_fixe47_report_of_something_by_an_author_published() -> None:
    # the report named with what it is of and its author before the aside; a government's response is a report too
    survey = proposed("A study of 300 drivers by the University of Hull, published in May, found most had been fined.",
                      "events", reference="2026-01-10")
    assert [(e["event_type"], e["date"]) for e in survey] == [("publication", "2025-05")], survey
    reply = proposed("The Government's response is published today as Command Paper CP 999.", "events", reference="2026-01-10")
    assert [(e["event_type"], e["date"]) for e in reply] == [("publication", "2026-01-10")], reply


def test_fixe47_instrument_named_by_its_agreement() -> None:
    # "the partnership agreed in X in <month>" names a signing, as "the deal signed in X" does
    events = proposed("This forms part of the returns partnership agreed in Erbil in March 2025.", "events", reference="2026-01-10")
    assert [(e["event_type"], e["date"], e["status"]) for e in events] == [("signing", "2025-03", "occurred")], events


def test_fixb48_share_recorded_in_an_age_band_is_no_figure_of_the_band():
    text = "Of those landing in 2024, 71% were male and 22% were recorded as under 16 on arrival."
    assert [c["value"] for c in proposed(text, "statistics")] == [71, 22]


def test_fixb48_load_supposed_for_a_sum_is_no_count():
    text = "A dinghy place costs £900, so a lorry carrying 40 migrants can earn about £36,000 for the gang."
    assert proposed(text, "statistics") == []


def test_fixb48_headline_range_far_end_with_its_count_noun_is_a_figure():
    text = "BOSS SELLS SPOTS FOR £900 TO 31,000 SUBSCRIBERS"
    assert [c["amount"] for c in proposed(text, "funding")] == [900]
    assert [c["value"] for c in proposed(text, "statistics")] == [31000]


def test_fixd48_campaign_money_spent_on_adverts() -> None:
    # money spent on adverts tells them paid for, as "paid for" does
    kinds = _fixd_measures("The Interior Ministry spent £400,000 on Facebook and Instagram adverts in Basra warning teenagers of the crossing.")
    assert [k for k, _ in kinds] == ["communications_campaign"], kinds


def test_fixd48_account_posts_are_no_campaign() -> None:
    # what a smuggler's account posts is its own, no campaign
    kinds = _fixd_measures("The page has posted 90 videos in three months.")
    assert [k for k, _ in kinds if k != "TODO"] == [], kinds


def test_fixd48_returns_told_by_scheme_helping_people_home() -> None:
    # a scheme told by what it does for people is a returns measure; a stance welcoming returns is none
    kinds = _fixd_measures("Germany pays for a scheme that helps Iraqi families stuck in Belarus to return back voluntarily.")
    assert "returns" in [k for k, _ in kinds], kinds
    stance = _fixd_measures('The foreign minister said Baghdad "welcomes voluntary returns from Europe".')
    assert [k for k, _ in stance if k != "TODO"] == [], stance


def test_fixc48_spotting_signs_is_no_signing() -> None:
    text = "Some 300 nurses were coached in March to spot signs that a patient is being trafficked."
    assert not [e for e in proposed(text, "events", reference="2026-05-01") if e["event_type"] == "signing"]


def test_fixc48_travel_people_must_make_is_no_visit() -> None:
    for text in ("Families in Duhok no longer need to travel to Ankara to renew their papers.",
                 "Until this year, some 4,000 students have had to travel to Beirut to sit the exam."):
        assert not [e for e in proposed(text, "events", reference="2026-05-01") if e["event_type"] == "visit"], text


def test_fixc48_poll_release_and_country_note_published() -> None:
    poll = proposed("A Gallup poll of 2,040 adults published on Friday found most oppose the plan.", "events", reference="2026-05-06")
    assert [(e["event_type"], e["date"]) for e in poll] == [("publication", "2026-05-01")], poll
    release = proposed("Asylum figures, in the release published on 12 February 2026, were revised.", "events", reference="2026-05-06")
    assert [(e["event_type"], e["date"]) for e in release] == [("publication", "2026-02-12")], release
    note = proposed("The ministry will publish a revised Country Policy and Information Note in August.", "events", reference="2026-05-06")
    assert [(e["event_type"], e["date"], e["status"]) for e in note] == [("publication", "2026-08", "planned")], note


def test_fixc48_confiscation_orders_combined_sum_and_promulgation() -> None:
    orders = proposed("At Leeds Crown Court on Friday (8 May 2026), Judge Ann Hale made confiscation orders against three men.",
                      "events", reference="2026-05-12")
    assert [(e["event_type"], e["date"]) for e in orders] == [("court_ruling", "2026-05-08")], orders
    paid = proposed("The remaining brothers were ordered to pay a combined £41,300.", "events", reference="2026-05-12")
    assert [e["event_type"] for e in paid] == ["court_ruling"], paid
    decision = proposed("The determination was promulgated on 9 April 2026 and binds lower tribunals.", "events", reference="2026-05-12")
    assert [(e["event_type"], e["date"]) for e in decision] == [("court_ruling", "2026-04-09")], decision


def test_fixe48_hearing_listed_at_the_same_court() -> None:
    text = "A confiscation hearing for a fourth defendant is listed at the same court on 10 October."
    events = proposed(text, "events", reference="2026-05-01")
    assert [(e["event_type"], e["date"], e["status"]) for e in events] == [("court_ruling", "2026-10-10", "planned")], events


def test_fixe48_court_will_also_hear_an_appeal() -> None:
    events = proposed("The Supreme Court will also hear the appeal in a linked case on 3 June.", "events", reference="2026-05-01")
    assert [(e["event_type"], e["date"], e["status"]) for e in events] == [("court_ruling", "2026-06-03", "planned")], events


def test_fixe48_appeals_heard_on_their_days() -> None:
    events = proposed("The appeals were heard over three days in October 2025.", "events", reference="2026-05-01")
    assert [(e["event_type"], e["date"], e["status"]) for e in events] == [("court_ruling", "2025-10", "occurred")], events
    assert not proposed("Her appeal was heard by the tribunal, which found for her.", "events", reference="2026-05-01")


def test_fixe48_committee_in_what_was_told_is_no_meeting() -> None:
    text = "MP Ali Hassan told reporters that the committee will host the minister on Sunday."
    events = proposed(text, "events", reference="2025-11-20")
    assert [(e["event_type"], e["date"]) for e in events] == [("planned_meeting", "2025-11-23")], events


def test_fixe48_arrests_over_a_quarter_are_a_tally() -> None:
    text = "The unit said it arrested 40 suspects during the second quarter of 2025."
    assert not [e for e in proposed(text, "events", reference="2026-05-01") if e["event_type"] == "arrest"]


def test_fixe48_talks_begun_are_the_talks_dated_later() -> None:
    text = "Sweden has begun talks with Iraq on returns. Officials from both sides held a first round of talks in Stockholm on Tuesday."
    events = proposed(text, "events", reference="2026-05-01")
    assert [(e["event_type"], e["date"]) for e in events] == [("meeting", "2026-04-28")], events


def _fixa48_officials(text: str) -> list[tuple[str, str]]:
    return [(c["name"], c["role"]) for c in proposed(text, "officials")]


def test_fixa48_irish_td_before_the_name() -> None:
    # an Irish Dáil member's title, with party and seat before the name
    found = _fixa48_officials("Sinn Féin TD for Kerry Padraig Walsh said the checks at Rosslare were too slow.")
    assert ("Padraig Walsh", "Sinn Féin TD for Kerry") in found, found


def test_fixa48_party_named_alliance_is_no_charity() -> None:
    # a party's name may end as a charity's does; its MP holds an elected seat
    found = _fixa48_officials("Liberal Alliance MP Karen Dahl Mortensen told reporters the plan would fail.")
    assert ("Karen Dahl Mortensen", "Liberal Alliance MP") in found, found


def test_fixa48_plural_title_before_two_names() -> None:
    # one title, made plural, for the two people named after it
    found = _fixa48_officials("The appeal was heard by Deputy Upper Tribunal Judges Rhona Baird and Tomasz Wilk in March.")
    assert ("Rhona Baird", "Deputy Upper Tribunal Judge") in found, found
    assert ("Tomasz Wilk", "Deputy Upper Tribunal Judge") in found, found


def test_fixa48_responsible_statistician_contact_line() -> None:
    # an official statistics release names the statistician answerable for it on a contact line
    text = "Enquiries\nResponsible statistician: Dr Imogen Parfitt\nBorder Force Statistics, Home Office\nEmail: stats@example.gov.uk"
    found = _fixa48_officials(text)
    assert ("Imogen Parfitt", "Responsible statistician") in found, found


def test_fixa48_post_at_a_private_body_called_by_its_last_word() -> None:
    # "the council" after "the Welsh Refugee Council": the charity, so its officer holds no public post
    text = ("The Welsh Refugee Council published its findings on Monday. \"Nobody checks,\" said Jo Bark, a casework "
            "officer with the council.")
    assert "Jo Bark" not in [n for n, _ in _fixa48_officials(text)]


def test_fixa48_statistics_masthead_is_no_name() -> None:
    # a statistics release's masthead "Official Statistics" is no official named "Statistics"
    text = ("Official Statistics\n\nAsylum applications, year ending June 2026: Syrian nationals\n\nA summary of the latest "
            "figures.\n\nFrom: Home Office\nPublished 3 March 2026")
    assert "Statistics" not in [n for n, _ in _fixa48_officials(text)]


def _fixa48_speakers(text: str) -> list[tuple[str | None, str]]:
    return [(c["speaker"], c["text_text"]) for c in proposed(text, "statements")]


def test_fixa48_pronoun_after_subject_titled_with_a_place() -> None:
    # the subject's title holds its place lowercase ("in Sweden"); the one visited with comes after the verb
    text = ("Iraqi Ambassador in Stockholm Karim Abdul Hadi toured a camp near Malmo on Monday with Jonas Berg, the town's "
            "deputy mayor. \"Every return must be voluntary,\" he said.")
    assert ("Karim Abdul Hadi", "Every return must be voluntary") in _fixa48_speakers(text)


def test_fixa48_thing_reported_by_the_pronoun_mid_sentence() -> None:
    # "A permit costs …, he said, but …": a thing the pronoun reports, no one unnamed between
    text = ("The researcher, Dr Lana Rauf Aziz, said most families had applied twice. A permit costs only 2,500 dinars, she "
            "said, but the bus to the capital costs far more. \"The paper is easy; the road is hard,\" she told the panel.")
    assert ("Lana Rauf Aziz", "The paper is easy; the road is hard") in _fixa48_speakers(text)


def test_fixa48_subject_with_lowercase_portfolio_governs_a_fragment() -> None:
    # "Former immigration minister X …, saying … “…”": the subject, her title's portfolio lowercase
    text = "Former housing minister Birgit Aalund, now a lecturer, was blunter, saying the plan had \"come years too late\"."
    assert ("Birgit Aalund", "come years too late") in _fixa48_speakers(text)


def test_fixa48_member_named_after_a_one_word_seat() -> None:
    # "MP for <seat> <name> said": the seat is one word, the speaker the name after it
    text = "Conservative MP for Harlow Nadia Brookes said on Sunday: \"This app is a shop window for smugglers.\""
    assert ("Nadia Brookes", "This app is a shop window for smugglers.") in _fixa48_speakers(text)


def _fixb49_values(text: str) -> list[str]:
    return [t for t, _, _ in _figures(text)]


def test_fixb49_co_defendants_named_again_are_a_figure() -> None:
    # "the five co-defendants" names again people counted earlier (as "the five defendants" does)
    text = "Police detained five men in Duhok in May. The five co-defendants were remanded in custody on Friday."
    assert _fixb49_values(text).count("five") == 2


def test_fixb49_children_named_again_are_a_figure() -> None:
    # "and the two children": the minors of a group counted just before, named again
    text = ("Coastguards found 11 people, two of them children, in a van at Calais. The group, six men, three women and "
            "the two children, was handed to the police.")
    assert _fixb49_values(text).count("two") == 2


def test_fixb49_first_part_of_a_breakdown_after_a_colon() -> None:
    # "23 arrests: seven in Italy, ...": the first part by place, after the count and its colon
    text = "Results of the operation:\n- 23 arrests: seven in Italy, six in Austria and ten in Greece;\n"
    assert {"seven", "six", "ten"} <= set(_fixb49_values(text))


def test_fixb49_agency_officers_in_a_quote_are_a_figure() -> None:
    # a speaker's "three Border Force intelligence officers" posted: a deployment, no manner of speaking
    text = '"We have sent three Border Force intelligence officers to Sulaimani this year," the minister told peers.'
    assert "three" in _fixb49_values(text)


def test_fixb49_interviewing_a_sample_is_no_figure() -> None:
    # "spent a month interviewing 52 families": a writer's own research sample, as "interviewed 52 families" is
    text = "Last year I spent a month in Zakho interviewing 52 families about why their sons leave."
    assert "52" not in _fixb49_values(text)


def test_fixb49_half_of_a_sum_offered_is_no_figure() -> None:
    # "could pay her half of that": a share of a wage, money, no ratio of anything counted
    text = "A clerk earns about 600,000 dinars a month. A forger could pay her half of that for a single stamp."
    assert "half" not in _fixb49_values(text)


def test_fixb49_queues_doubled_is_no_figure() -> None:
    # a wait told by a queue's length doubling: no count the dataset keeps
    text = "A taxi driver said queues at the border crossing had doubled since the new checks began."
    assert "doubled" not in _fixb49_values(text)


def test_fixb49_days_counted_by_a_speaker_are_no_figure() -> None:
    # a child counting the days of her wait by a daily thing, the count told just after: time waited
    text = '"I count the days by the bus rides to school. There are 312 of them now. I want to go home."'
    assert "312" not in _fixb49_values(text)


def test_fixb49_a_family_size_is_no_figure() -> None:
    # "a household of five": one household's size, no count
    text = "The charity says a household of five gets £200 a week and cannot pay for heating."
    assert "five" not in _fixb49_values(text)


def test_fixb49_an_emergency_line_at_its_number_is_no_figure() -> None:
    # "the emergency line at 155": a number to call, told with "at"
    text = "Residents can report suspected smugglers to the gendarmerie emergency line at 155."
    assert "155" not in _fixb49_values(text)


def test_fixc49_action_day_with_its_day_is_an_arrest() -> None:
    events = proposed("Outcome of the action day on 14 March in four countries:", "events", reference="2026-03-20")
    assert [(e["event_type"], e["date"]) for e in events] == [("arrest", "2026-03-14")], events


def test_fixc49_people_caught_counted_is_an_arrest() -> None:
    events = proposed("Gendarmes caught 31 migrants and their driver on a mountain road on Tuesday.", "events", reference="2026-03-20")
    assert [(e["event_type"], e["date"]) for e in events] == [("arrest", "2026-03-17")], events
    assert not proposed("The barn caught fire on Tuesday.", "events", reference="2026-03-20")


def test_fixc49_talks_on_a_topic_then_a_place_are_a_meeting() -> None:
    events = proposed("Danish officers will take part in talks on the new unit in Basra on 2 April.", "events", reference="2026-03-20")
    assert [(e["event_type"], e["date"], e["status"]) for e in events] == [("planned_meeting", "2026-04-02", "planned")], events


def test_fixc49_arrest_in_a_present_condition_is_no_event() -> None:
    text = "The law lets him ask for a retrial the moment he is arrested in any member state, his lawyer said."
    assert not [e for e in proposed(text, "events", reference="2026-03-20") if e["event_type"] == "arrest"]


def _fixe49_speakers(text: str) -> list[tuple[str | None, str]]:
    return [(c.get("speaker"), text[slice(*c["spans"]["text"])]) for c in candidate_records(text) if c["table"] == "statements"]


def test_fixe49_podcast_turns_labelled_with_full_names() -> None:
    # a podcast's turns labelled "Name Surname:" in small letters: each turn is its speaker's, short ones and questions too
    text = ("The Borderline, episode 12\n\nMaya Corrin talks to the researcher Dilan Sabri about the route.\n\n"
            "TRANSCRIPT\n\nMaya Corrin: Has anything changed since the spring?\n\n"
            "Dilan Sabri: Hardly. The drivers still wait at the same petrol station.\n\n"
            "Maya Corrin: And the prices?\n\nDilan Sabri: Up again. A seat costs more than it did last year.\n\n"
            "Maya Corrin: We put that to the minister at a committee hearing last month.\n\n"
            "[Clip] Owen Pryce, Minister for Borders: We are working with our partners every day.\n\n"
            "Maya Corrin: Thank you, Dilan.\n\nHOW TO LISTEN\nFind us wherever you get your podcasts.\n")
    found = _fixe49_speakers(text)
    assert ("Maya Corrin", "And the prices?") in found
    assert ("Dilan Sabri", "Hardly. The drivers still wait at the same petrol station.") in found
    assert ("Owen Pryce", "We are working with our partners every day.") in found
    assert ("Maya Corrin", "Thank you, Dilan.") in found  # the page's heading after it is no part of the turn


def test_fixe49_rank_between_role_and_name_before_colon_quote() -> None:
    # "Its spokesman, Colonel X, sent us a statement: “…”": X is the subject, his rank no obstacle
    text = ('We asked the border police. Its spokesman, Colonel Aram Qadir, sent us a short statement: '
            '"Every checkpoint now has a scanner."')
    assert ("Aram Qadir", "Every checkpoint now has a scanner.") in _fixe49_speakers(text)


def _fixa49_officials(text: str) -> list[tuple[str, str]]:
    return [(c["name"], c["role"]) for c in proposed(text, "officials")]


def test_fixa49_peer_named_after_his_post() -> None:
    # "the Treasury minister Lord X of Y": the peer's title is his whole name, his post before it
    text = "Closing the debate, the Treasury minister Lord Alderley of Moss Side said the fund had been spent in full."
    assert ("Lord Alderley of Moss Side", "Treasury minister") in _fixa49_officials(text)


def test_fixa49_findings_sent_to_the_holder_are_no_part_of_the_title() -> None:
    # "present the findings to the Minister for X, Y": the findings are sent to the post, no words of it
    text = "The trust's director will present its findings to the Minister for Rural Affairs, Owen Pryce MP, on Friday."
    assert ("Owen Pryce", "Minister for Rural Affairs") in _fixa49_officials(text)


def _fixd49_measures(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures") if c["measure_type"] != "TODO"]


def test_fixd49_booths_installed_and_similar_ones_elsewhere() -> None:
    # passport booths installed, and the same kind due at other airports: two equipment measures
    kinds = _fixd49_measures("Officials said 12 passport kiosks were installed in Mosul last week. Guards will be taught to use "
                             "them before similar kiosks are installed at Najaf airport.")
    texts = [d for k, d in kinds if k == "equipment"]
    assert any(d.startswith("passport kiosks") for d in texts)
    assert any(d.startswith("similar kiosks are installed at Najaf") for d in texts)


def test_fixd49_sum_spent_in_the_passive_on_kits() -> None:
    kinds = _fixd49_measures("Some £900,000 will be spent next year on 15 passport-checking kits for the northern crossings.")
    assert any(k == "equipment" and "passport-checking kits" in d for k, d in kinds)


def test_fixd49_wall_told_by_its_length_built_by_the_authority() -> None:
    kinds = _fixd49_measures("The governorate has built 40 kilometres of fencing and 12 watchtowers since 2020.")
    assert any(k == "equipment" and d.startswith("kilometres of fencing") for k, d in kinds)


def test_fixd49_joint_cell_with_partners_in_an_iraqi_city() -> None:
    kinds = _fixd49_measures("A joint cell with Dutch detectives in Erbil has traced 11 gangs.")
    assert any(k == "joint_intelligence_cell" for k, _ in kinds)


def test_fixd49_lists_shared_by_partners() -> None:
    kinds = _fixd49_measures("Each name is checked against the records our foreign partners send to us.")
    assert any(k == "intelligence_sharing" and d.startswith("the records our foreign partners") for k, d in kinds)


def test_fixf49_letters_page_signature_post_line_gives_the_role() -> None:
    # a letter signed mid-page: the name line ("Cllr X") then the post line; the post line's words are the role
    text = ("Sir, the ferry port needs more than cameras. The county has asked twice and heard nothing back.\n"
            "Cllr Priya Holloway\nCabinet member for transport, Folkestone Borough Council\n\n"
            "Sir, another letter follows here.\nJohn Smith\nHythe, Kent\n")
    officials = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert ("Priya Holloway", "Cabinet member for transport") in officials
    assert ("Priya Holloway", "Councillor") not in officials


def test_fixf49_member_of_a_bodys_committee_keeps_the_body() -> None:
    # "a member of parliament's finance committee": the member sits in parliament, the committee is its own
    text = "Salim al-Nouri, a member of parliament's finance committee, says the budget is late."
    officials = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert ("Salim al-Nouri", "member of parliament's finance committee") in officials


def test_fixf49_message_read_out_from_an_unnamed_writer() -> None:
    # a peer reads out a message from an unnamed mother: the words after ("…, she wrote") are hers, not the peer's
    text = ("Lord Wexcombe (Con), who met families in Basra, read out a letter from a widow whose husband drowned. "
            '"Nobody told us where he was buried," she wrote.')
    speakers = _fixe49_speakers(text)
    assert (None, "Nobody told us where he was buried") in speakers or (None, "Nobody told us where he was buried,") in speakers
    assert all(s != "Lord Wexcombe" for s, _ in speakers)


def _fixc50_events(text: str, reference: str | None = "2025-05-14") -> list[tuple[str, str | None]]:
    return [(c["event_type"], c["date"]) for c in proposed(text, "events", reference)]


def test_fixc50_discussed_at_a_meeting_is_one_dated_meeting() -> None:
    assert _fixc50_events("The envoy discussed visa checks with the Danish Interior Minister at a meeting in Oslo on 2 May.") == [
        ("meeting", "2025-05-02")]


def test_fixc50_undated_evidence_taken_by_inspectors_is_no_meeting() -> None:
    assert _fixc50_events("Auditors took evidence from councils, charities and two former caseworkers.") == []


def test_fixc50_press_briefing_is_no_meeting() -> None:
    assert _fixc50_events('"The van was full," said a border police spokesman, Tomas Kral, at a press briefing on Monday.') == []


def test_fixc50_day_spent_at_a_place_is_a_visit_and_people_met_later_are_its_own() -> None:
    found = _fixc50_events("On Saturday we spent the day at the Humber Reception Centre.\n\n"
                           "We also met families from the Hull Welcome Network, who house new arrivals.")
    assert found == [("visit", "2025-05-10")]


def _fixb50_figures(text: str) -> list:
    return [(c["value_text"], c["value"]) for c in proposed(text, "statistics", "2026-03-01")]


def test_fixb50_a_number_word_after_a_month_is_a_count():
    assert [v for _, v in _fixb50_figures("Since March three customs officers have been based in Basra.")] == [3]


def test_fixb50_a_demanded_doubling_is_no_ratio():
    assert _fixb50_figures("Second, double the number of interpreters at the embassy.") == []


def test_fixb50_a_denied_multiplier_is_no_ratio():
    assert _fixb50_figures("Deportations have grown, but they have not risen fivefold as claimed.") == []


def test_fixb50_a_household_s_size_is_no_figure():
    assert _fixb50_figures('"My household has seven people and one income," she said.') == []


def test_fixb50_an_inspection_s_sample_of_files_is_no_figure():
    assert _fixb50_figures("Auditors reviewed 250 case files at the Croydon office.") == []


def test_fixb50_a_headline_s_second_clause_counts_people():
    found = _fixb50_figures("Boat sinks off Calais, four rescued\nThe coastguard said the men were taken to hospital.")
    assert [v for _, v in found] == [4], found


def test_fixb50_a_wait_s_length_after_another_is_no_figure():
    # the years were told as a duration before; "another 22" repeats the wait, not a count
    found = _fixb50_figures("My father spent 22 years in that camp. He cannot wait another 22 for a passport.")
    assert found == [], found


def test_fixb50_the_base_of_a_part_in_words_is_a_figure():
    found = _fixb50_figures("Three of the five interpreter posts in Basra were empty for a year.")
    assert sorted(v for _, v in found) == [3, 5], found


def test_fixb50_a_multiplier_told_as_a_noun_is_a_ratio():
    found = _fixb50_figures("The latest quarter shows a tripling of removals to Erbil.")
    assert [v for _, v in found] == [3], found


def _fixa50_officials(text: str) -> list[tuple[str, str]]:
    from uis_build.drafting.officials import official_candidates
    return [(c.values["name"], c.values["role"]) for c in official_candidates(text)]


def test_fixa50_lowercase_federal_body_before_a_post_is_kept() -> None:
    found = _fixa50_officials("The lorry carried 30 people, a federal police spokesperson, Petra Vogel, told reporters.")
    assert ("Petra Vogel", "federal police spokesperson") in found


def test_fixa50_diplomatic_ordinal_rank_is_kept() -> None:
    found = _fixa50_officials("The talks went well, said Owen Hartley, second secretary for justice at the British Embassy in Rome.")
    assert ("Owen Hartley", "second secretary for justice at the British Embassy in Rome") in found


def test_fixa50_member_signing_by_seat_after_sign_off() -> None:
    found = _fixa50_officials("I will keep you posted.\n\nWarm regards,\nTom Ashworth\nMember of Parliament for Harlow East\n")
    assert ("Tom Ashworth", "Member of Parliament for Harlow East") in found


def test_fixa50_claim_credited_after_dash_with_capitalised_post_and_venue() -> None:
    from uis_build.drafting.statements import statement_candidates
    text = ("THE CLAIM\n\n\"We are now sending back twice as many people to Iraq as we did last year.\" – Tom Ashworth, "
            "Minister for Borders, House of Commons, 9 March 2026\n\nOUR VERDICT\n\nTom Ashworth was partly right.")
    assert any(c.values.get("speaker") == "Tom Ashworth" for c in statement_candidates(text))


def _fixd50_measures(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures") if c["measure_type"] != "TODO"]


def test_fixd50_biometric_kits_shipped_to_an_iraqi_city() -> None:
    # kits named by the biometrics they take, told as shipped to Iraq with no giver named: equipment given
    kinds = _fixd50_measures("Last spring eight fingerprint enrolment kits were shipped to Erbil for the passport office.")
    assert any(k == "equipment" and d.startswith("fingerprint enrolment kits") for k, d in kinds)


def test_fixd50_case_tracking_system_beside_a_biometric_one() -> None:
    # a system following cases is another than the biometric check the cases wait on
    kinds = _fixd50_measures("Delays began when the biometric data system with Baghdad failed. The Home Office says a new "
                             "case-tracking system for Iraqi returns will follow every file from referral to flight.")
    systems = [d for k, d in kinds if k == "data_system"]
    assert any(d.startswith("biometric data system") for d in systems)
    assert any(d.startswith("case-tracking system") for d in systems)


def test_fixd50_free_line_is_a_hotline() -> None:
    kinds = _fixd50_measures("The free line, 4040, is staffed round the clock by volunteers from the governorate.")
    assert any(k == "hotline" for k, _ in kinds)


def test_fixd50_liaison_officers_at_another_airport_are_another_posting() -> None:
    kinds = _fixd50_measures("Britain has posted a liaison officer at Sulaimani International Airport. Three British airline "
                             "liaison officers also work at Istanbul, checking passengers before they board.")
    assert sum(k == "liaison_officer" for k, _ in kinds) == 2


def test_fixd50_returns_that_go_on_as_before_are_no_measure() -> None:
    kinds = _fixd50_measures("\"Britain will continue to deport anyone without a right to remain,\" the minister told reporters.")
    assert not any(k == "returns" for k, _ in kinds)


def test_fixf50_subject_before_a_bodys_which_clause_speaks():
    from uis_build.drafting.statements import statement_candidates
    text = ("Nadia Karimi arrived in May. Tom Fenwick, an adviser at the Northgate Law Centre, which represented Ms Karimi, "
            "said the ruling was overdue. \"We had waited two years for this.\"")
    assert [c.values["speaker"] for c in statement_candidates(text)] == ["Tom Fenwick"]


def test_fixf50_pronoun_at_a_documents_paragraph_is_its_author():
    from uis_build.drafting.statements import statement_candidates
    text = ("The ruling, by Tribunal Judge Alison Marsh, was handed down on Monday. The landlord, Peter Gask, 51, was fined "
            "in March. At paragraph 40 she wrote: \"The tenant was owed far more than the deposit.\"")
    assert [c.values["speaker"] for c in statement_candidates(text)] == ["Alison Marsh"]


def test_fixf50_portfolio_words_before_the_holders_name_are_no_name():
    from uis_build.drafting.officials import official_candidates
    text = "Last week the Director of Water Quality Control, Jane Okafor, wrote to councils."
    assert [(c.values["name"], c.values["role"]) for c in official_candidates(text)] == \
        [("Jane Okafor", "Director of Water Quality Control")]


def _fixe50_events(text: str, reference: str | None = "2025-05-14") -> list[tuple[str, str | None]]:
    return [(c["event_type"], c["date"]) for c in proposed(text, "events", reference)]


def test_fixe50_research_published_today_is_a_publication() -> None:
    assert _fixe50_events("Most returnees found work within a year, according to research by the University of Mercia published today.") == [
        ("publication", "2025-05-14")]


def test_fixe50_report_published_with_its_day_just_before_is_a_publication() -> None:
    assert _fixe50_events("The Prisons Ombudsman, Ruth Kell, today published her review of the escorting contract.") == [
        ("publication", "2025-05-14")]


def test_fixe50_findings_presented_to_officials_at_a_workshop_are_a_meeting() -> None:
    assert _fixe50_events("The draft results were presented to officials at a workshop in Duhok on 2 May.") == [("meeting", "2025-05-02")]


def test_fixe50_judge_ordered_a_described_suspect_to_be_held_is_a_ruling() -> None:
    assert _fixe50_events("A judge in Zakho on Monday ordered a lorry driver suspected of hiding the group to be held in custody.") == [
        ("court_ruling", "2025-05-12")]


def test_fixe50_deals_in_general_that_ministers_sign_are_no_signing() -> None:
    assert _fixe50_events("Over two decades in customs I saw plenty of flashy agreements our ministers sign with a smile.") == []
    assert _fixe50_events("The agreements the ministers will sign on Monday cover returns.") == [("signing", "2025-05-19")]


def test_fixa51_document_heading_word_is_no_part_of_role() -> None:
    from uis_build.drafting.officials import official_candidates
    text = "The panel adopted the Opinion of Advocate General Maria Lindqvist on the question of residence permits."
    roles = {c.values["name"]: c.values["role"] for c in official_candidates(text)}
    assert roles.get("Maria Lindqvist") == "Advocate General"


def test_fixa51_written_that_names_the_relative_clause_subject() -> None:
    from uis_build.drafting.statements import statement_candidates
    text = ("The chamber followed the view of the rapporteur, Helga Brandt, who had written that \"borders are not walls against "
            "the law\" in her draft.")
    speakers = [c.values["speaker"] for c in statement_candidates(text)]
    assert speakers == ["Helga Brandt"]


def test_fixa51_hyphenated_think_tank_is_private() -> None:
    from uis_build.drafting.officials import official_candidates
    text = ("\"The fund is too small,\" says Oliver Grantley, director of the Northgate Institute, a think-tank. \"It will not "
            "last a year.\"")
    assert "Oliver Grantley" not in {c.values["name"] for c in official_candidates(text)}


def test_fixa51_police_thread_posts_are_the_forces() -> None:
    from uis_build.drafting.statements import statement_candidates
    text = ("Kent Police charged three men, the force said in a four-post thread on X.\n\n"
            "\"1/4 Officers searched two houses in Dover and Folkestone on Monday,\" the first post read.\n\n"
            "\"3/4 The men will appear before magistrates in Margate on Friday,\" the force wrote.")
    found = statement_candidates(text)
    assert [c.values["speaker"] for c in found] == ["Kent Police", "Kent Police"]
    assert text[slice(*found[0].spans["text"])].startswith("Officers searched")


def _fixc51_events(text: str) -> list[tuple[str, str | None]]:
    return [(c["event_type"], c["date"]) for c in candidate_records(text + "\n", reference="2026-09-10") if c["table"] == "events"]


def test_fixc51_report_on_a_long_subject_published_is_a_publication() -> None:
    found = _fixc51_events("Ann Lee, whose report on European aid for Iraqi border policing was published on 3 September, said the money was well spent.")
    assert ("publication", "2026-09-03") in found


def test_fixc51_people_signing_papers_is_no_signing() -> None:
    found = _fixc51_events('"The clerks signed whatever the manager gave them. They signed what they were told to sign," he said.')
    assert not [f for f in found if f[0] == "signing"]


def test_fixc51_detained_as_adjective_is_no_arrest() -> None:
    found = _fixc51_events("A lawyer who acts for several of the detained clerks said they were innocent.")
    assert not [f for f in found if f[0] == "arrest"]


def test_fixc51_one_of_those_arrested_named_again_is_no_new_arrest() -> None:
    found = _fixc51_events("Police arrested four men in Zakho on Friday. Two of the men arrested on Friday, Ali Aziz and Omar Said, told reporters they were innocent.")
    assert found.count(("arrest", "2026-09-04")) == 1


def test_fixc51_national_court_referral_is_a_ruling() -> None:
    found = _fixc51_events("The Court of Session referred two questions to the Court of Justice in May 2025.")
    assert ("court_ruling", "2025-05") in found


def test_fixc51_coroner_recording_a_conclusion_is_a_ruling() -> None:
    found = _fixc51_events("The coroner recorded a conclusion of unlawful killing on Friday.")
    assert ("court_ruling", "2026-09-04") in found


def _fixd51_measures(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures") if c["measure_type"] != "TODO"]


def test_fixd51_equipment_promised_in_reported_speech() -> None:
    # "would be installed": what was said will be put in place, told in indirect speech, is equipment given
    kinds = _fixd51_measures("The governor said on Monday that scanners would be installed at the Ibrahim Khalil crossing.")
    assert any(k == "equipment" and d.startswith("scanners would be installed") for k, d in kinds), kinds


def _fixe51_speakers(text: str) -> list[tuple[str | None, str]]:
    from uis_build.drafting.statements import statement_candidates
    return [(c.values.get("speaker"), text[slice(*c.spans["text"])]) for c in statement_candidates(text)]


def test_fixe51_phone_in_caller_named_with_town_is_the_speaker() -> None:
    text = ("The phone lines were busy all morning.\n\nPriya from Bexhill asked whether the scheme was \"just more paperwork for "
            "everyone\". The minister disagreed.\n\nThe next caller, Colin from Rainham, said the crossings were \"worse "
            "than ever this year\".")
    found = _fixe51_speakers(text)
    assert ("Priya", "just more paperwork for everyone") in found
    assert ("Colin", "worse than ever this year") in found


def test_fixe51_caller_pattern_spares_plural_nouns_and_places() -> None:
    from uis_build.drafting.people import people
    text = "Families in Halifax said the rules had changed. Back in Dover, the queues grew."
    assert not [m for m in people(text) if m.name in {"Families", "Back"}]


def test_fixe51_one_name_with_a_service_in_the_trade_is_a_person() -> None:
    text = ("The programme then went back to the phones.\n\nKeith, a retired Coastguard officer, agreed. \"Nobody on the "
            "beach believes a word of it any more,\" he said.")
    assert ("Keith", "Nobody on the beach believes a word of it any more") in _fixe51_speakers(text)


def _fixb51_figures(text: str) -> list:
    return [(c["value_text"], c["value"], c["qualifier"]) for c in proposed(text, "statistics", "2026-03-01")]


def test_fixb51_a_multiple_of_what_is_usual_is_a_ratio():
    found = _fixb51_figures("Each traveller was charged nearly eight times the normal price for the crossing.")
    assert [(v, q) for _, v, q in found] == [(8, "nearly")], found


def test_fixb51_a_part_of_a_named_owners_things_is_a_count():
    found = _fixb51_figures("Customs seized three of the Silver Road Haulage firm's lorries at Ibrahim Khalil.")
    assert [v for _, v, _ in found] == [3], found


def test_fixb51_a_count_before_two_names_joined_is_a_count():
    found = _fixb51_figures("Five Border Force and British Transport Police officers were sent to Basra last month.")
    assert [v for _, v, _ in found] == [5], found


def test_fixb51_a_breakdown_after_a_colon_counts_each_part():
    found = _fixb51_figures("Nine customs advisers now work in Iraq: six in Basra and three in Mosul.")
    assert [v for _, v, _ in found] == [9, 6, 3], found


def test_fixg51_a_short_capitals_exchange_inside_a_story_is_one_paragraph_a_turn() -> None:
    text = ("The Policing Minister took questions on the morning show.\n\nThe host pressed him:\n\nLUCY MORLAND: Will the new "
            "patrols reach Hull before the summer?\n\nDANIEL ASHER: They will. Forty more officers start in June.\n\n"
            "LUCY MORLAND: Listeners in Grimsby have heard that before.\n\nThe phone lines stayed busy until noon, and the "
            "station said it would put more questions to the minister next week.")
    found = _fixe51_speakers(text)
    assert ("Lucy Morland", "Will the new patrols reach Hull before the summer?") in found, found
    assert ("Daniel Asher", "They will. Forty more officers start in June.") in found, found
    assert ("Lucy Morland", "Listeners in Grimsby have heard that before.") in found, found


def test_fixg51_an_unnamed_title_as_subject_is_held_by_the_speaker_named_next() -> None:
    text = ("The Immigration Minister was questioned by readers in a live chat on Tuesday about the returns scheme.\n\n"
            "Answering questions for an hour, Colin Ashby insisted the scheme was \"doing what it promised\".")
    found = [(c["name_text"], c["role_text"]) for c in proposed(text, "officials")]
    assert ("Colin Ashby", "Immigration Minister") in found, found


def test_fixa52_one_name_identified_in_the_study_only_as_speaks() -> None:
    text = ("A 31-year-old welder from Koya, identified in the study only as Sirwan, told interviewers: \"The factory closed "
            "and nobody came to tell us why.\"")
    assert _fixe51_speakers(text) == [("Sirwan", "The factory closed and nobody came to tell us why.")]


def test_fixa52_one_of_a_kind_then_named_holds_the_next_paragraph_quote() -> None:
    text = ("One driver, Kawa, 23, from Koya, said he was told to wait three days at a petrol station near Zakho.\n\n"
            "\"Nobody came for me. I slept in the car and my money ran out.\"")
    assert _fixe51_speakers(text) == [("Kawa", "Nobody came for me. I slept in the car and my money ran out.")]


def _fixc52_events(text: str) -> list[tuple[str, str | None]]:
    return [(c["event_type"], c["date"]) for c in candidate_records(text + "\n", reference="2026-09-10") if c["table"] == "events"]


def test_fixc52_a_referral_by_a_court_without_session_in_its_name_is_a_ruling() -> None:
    found = _fixc52_events("The Amtsgericht Köln (Local Court, Cologne) referred four questions to the Court in March 2025.")
    assert ("court_ruling", "2025-03") in found, found


def test_fixc52_a_conclusion_recorded_by_an_opening_participle_is_a_ruling() -> None:
    found = _fixc52_events("Recording a narrative conclusion on Tuesday, the senior coroner praised the lifeboat crew.")
    assert ("court_ruling", "2026-09-08") in found, found


def _fixd52_measures(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures") if c["measure_type"] != "TODO"]


def test_fixd52_two_lines_each_told_with_its_number_after_is_are_two() -> None:
    found = _fixd52_measures("The Victim Care & Support Helpline is open every day on 0800 300 4411. In Duhok, the "
                             "governor's anti-smuggling hotline is on 0751 220 3344.")
    assert ("hotline", "Victim Care & Support Helpline") in found, found
    assert ("hotline", "anti-smuggling hotline") in found, found


def test_fixd52_an_emergency_number_is_no_hotline() -> None:
    assert not [k for k, _ in _fixd52_measures("Witnesses should call the Carabinieri on 112 straight away.")
                if k == "hotline"]
    assert not [k for k, _ in _fixd52_measures("Drivers can report the lorries to the police emergency line at 999.")
                if k == "hotline"]


def test_fixd52_money_for_a_forces_crime_named_team_is_a_task_force() -> None:
    found = _fixd52_measures("The constabulary was given £95,000 by the Home Office for its human trafficking team.")
    assert ("task_force", "human trafficking team") in found, found


def test_fixd52_a_named_campaign_launched_is_a_campaign() -> None:
    found = _fixd52_measures("Next month the council is launching a Know the Risks campaign in twelve schools.")
    assert [d for k, d in found if k == "communications_campaign"][0].startswith("Know the Risks campaign"), found


def _fixc53_events(text: str) -> list[tuple[str, str | None, str]]:
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference="2026-05-14")]


def test_fixc53_a_live_entry_s_news_in_the_perfect_passive_is_today_s() -> None:
    found = _fixc53_events("Live: Fire at the depot\n\n09:10 BST\nSmoke seen\n\nFirefighters are at the scene.\n\n"
                           "08:40 BST\nArrest\n\nPolice say a 40-year-old woman has been arrested on suspicion of arson.")
    assert ("arrest", "2026-05-14", "occurred") in found, found


def test_fixc53_a_live_page_s_summary_tells_the_day_s_news() -> None:
    found = _fixc53_events("Live: Fire at the depot\n\nSummary\n- Police have arrested a 40-year-old woman over the blaze\n\n"
                           "09:10 BST\nSmoke seen\n\nFirefighters are at the scene.\n\n08:40 BST\nAlarm\n\nThe alarm was raised.")
    assert ("arrest", "2026-05-14", "occurred") in found, found


def test_fixb53_the_goods_one_priced_unit_holds_are_no_figure() -> None:
    assert _fixb22_figure_texts("A box of twelve eggs now costs 4,000 dinars at the market.") == []
    assert "twelve" not in _fixb22_figure_texts("The grocer asks 4,000 dinars for a box of twelve.")
    assert "30" in _fixb22_figure_texts("Officers found a box of 30 passports under the seat.")


def test_fixb53_a_wind_force_is_no_figure() -> None:
    assert _fixb22_figure_texts("Skippers said the wind was force 5 by dawn and the swell rising.") == []


def test_fixb53_the_parties_to_talks_named_again_are_no_figure() -> None:
    assert _fixb22_figure_texts("The two women also held talks on visas, aides to both delegations said.") == []
    assert _fixb22_figure_texts("The two men were bailed by magistrates in Folkestone.") == ["two"]


def test_fixb53_a_grouped_range_start_before_to_shares_the_far_ends_currency() -> None:
    found = [(c["amount_text"], c["amount"], c["currency"]) for c in proposed("A place on a lorry cost 12,000 to 18,000 euros.", "funding")]
    assert ("12,000", 12000, "EUR") in found, found


def _fixa53_statements(text: str) -> list[tuple[str | None, str]]:
    return [(c.get("speaker"), c["text_text"]) for c in proposed(text, "statements")]


def test_fixa53_an_answers_paragraph_adding_with_also_goes_on_with_it() -> None:
    text = ("Ranya Omar runs the border post at Ibrahim Khalil. We spoke to her in her office.\n\n"
            "Reporter: What has changed this year?\n\n"
            "Omar: A great deal. The new scanners arrived in March and we now check every lorry.\n\n"
            "Twelve of my inspectors also went to Dover for training in April. More will go in the autumn.\n\n"
            "Reporter: Do the smugglers still try?\n\n"
            "Omar: Every night. They have moved to the hill roads.\n\n"
            "Reporter: What do you need most?\n\n"
            "Omar: More people on the night shift.\n")
    found = _fixa53_statements(text)
    assert any(t.startswith("A great deal") and t.endswith("More will go in the autumn.") for _, t in found), found


def test_fixa53_a_fishermans_trade_before_his_name_is_no_forename() -> None:
    found = _fixa53_statements('Fisherman Dylan Parfitt, 61, saw the dinghy from his trawler.\n\n'
                               '"There were children in the water and nobody was wearing a life jacket," he said.')
    assert ("Dylan Parfitt", "There were children in the water and nobody was wearing a life jacket") in found, found


def test_fixa53_a_charitys_trust_is_no_surname_after_a_role() -> None:
    names = [c["name"] for c in proposed("The report was launched by the Chief Executive of Safe Harbour Trust at a "
                                         "meeting in Leeds on Monday.", "officials")]
    assert "Harbour Trust" not in names and "Safe Harbour Trust" not in names, names


def test_fixa53_hm_opening_a_crown_bodys_role_is_no_place() -> None:
    roles = [(c["name"], c["role"]) for c in proposed("HM Prison Service spokesman Tobias Wren said the inquiry would "
                                                      "report in the spring.", "officials")]
    assert ("Tobias Wren", "HM Prison Service spokesman") in roles, roles


def test_fixd53_a_list_of_recommendations_adopted_holds_measures() -> None:
    text = ("The regional forum ended in Amman on Thursday.\n\nDelegates approved the following recommendations:\n"
            "1. Setting up a regional hotline for victims of smuggling.\n2. Opening two shelters for rescued migrants in Aqaba.\n")
    found = _fixd_measures(text)
    assert [k for k, _ in found if k == "hotline"], found
    asked = text.replace("Delegates approved the following recommendations", "The study makes two recommendations")
    assert not _fixd_measures(asked)


def test_fixd53_an_office_for_returnees_is_reintegration() -> None:
    found = _fixd_measures("The provincial council will open an advice office for returnees in Duhok next spring.")
    assert [d for k, d in found if k == "reintegration" and d.startswith("office for returnees")], found


def test_fixd53_money_spent_of_its_own_on_equipment_is_equipment() -> None:
    found = _fixd_measures("The interior ministry says it has spent $12 million of its own money on drones for the "
                             "southern border.")
    assert [d for k, d in found if k == "equipment" and d.startswith("drones")], found


def test_fixd53_a_case_management_link_is_a_data_system() -> None:
    found = _fixd_measures("A case-management link between the two ministries opened in March.")
    assert [d for k, d in found if k == "data_system" and d.startswith("case-management link")], found


def test_fixd53_a_further_course_planned_is_training() -> None:
    found = _fixd_measures("Twelve customs officers took a two-day course in Basra last month. A third course is scheduled "
                             "for the spring.")
    assert [d for k, d in found if k == "training" and d.startswith("third course")], found


def test_fixf53_a_put_it_lead_in_names_the_quotations_speaker() -> None:
    said = 'The minister, Lena Ford, told MPs that the queues were "a sign of success". '
    for lead, quote in (("But as my colleague Dr Omar Bakr, who studies ferry routes, puts it: ", "'Long queues mean a busy port.'"),
                        ("In the words of Omar Bakr, a researcher at Kent: ", '"Long queues mean a busy port."'),
                        ("Omar Bakr put it this way: ", '"Long queues mean a busy port."')):
        found = _fixa53_statements(said + lead + quote)
        assert ("Omar Bakr", "Long queues mean a busy port.") in found, (lead, found)
        assert ("Lena Ford", "Long queues mean a busy port.") not in found, (lead, found)


def test_fixf53_a_profiles_he_says_far_from_any_name_is_its_main_subject() -> None:
    text = ("Rebwar Salih, 44, ran boats out of Zakho for a decade. Salih says he stopped in 2023. "
            "Friends still call Salih the captain.\n\n"
            + "The trade moved on without him. The routes shifted east, the prices rose and the boats got smaller. " * 9
            + "\n\n\"Nobody asks what happens after the money is paid,\" he says.")
    found = _fixa53_statements(text)
    assert ("Rebwar Salih", "Nobody asks what happens after the money is paid") in found, found


def _fixe53_events(text: str) -> list[tuple[str, str | None, str]]:
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference="2026-03-02")]


def test_fixe53_a_discussion_at_a_roundtable_is_that_planned_meeting() -> None:
    found = _fixe53_events("Our researchers will discuss the results at a seminar in Leeds on 19 March with local councillors.")
    assert ("planned_meeting", "2026-03-19", "planned") in found, found


def test_fixe53_findings_presented_named_by_a_possessive() -> None:
    found = _fixe53_events("The charity will present the survey's findings to the Scottish Affairs Committee on 11 May.")
    assert ("planned_meeting", "2026-05-11", "planned") in found, found


def test_fixe53_a_workshop_planned_at_a_place_for_a_month() -> None:
    found = _fixe53_events("A training workshop with the Interior Ministry is planned in Basra for October.")
    assert ("planned_meeting", "2026-10", "planned") in found, found


def test_fixe53_a_month_planned_for_in_a_later_clause_is_not_the_meeting_s() -> None:
    found = _fixe53_events("We will present the report to officials of the provincial council at a seminar in Basra on 9 April, "
                           "and a follow-up study "
                           "is planned for May.")
    assert ("planned_meeting", "2026-04-09", "planned") in found, found


def test_fixe53_a_meeting_negated_with_even_is_no_event() -> None:
    assert not _fixe53_events("Buyers do not even meet the forger who prints the passports.")


def test_fixe53_a_journey_attempted_is_no_visit() -> None:
    assert not _fixe53_events("About half of the buyers were Syrians, most of whom later tried to travel on to Sweden through Denmark.")


def test_fixe53_a_when_clause_after_a_day_takes_that_day() -> None:
    found = _fixe53_events("The ministers are expected to sign the accord on Friday, when the envoy is also due to visit "
                           "the new crossing at Zakho.")
    assert ("visit", "2026-03-06", "planned") in found, found


def test_fixe53_talks_named_again_after_the_meeting_are_that_meeting() -> None:
    found = _fixe53_events("The envoy met the interior minister in Erbil on 20 February, her first talks with the Kurdish "
                           "government since taking up the post in 2023.")
    assert found == [("meeting", "2026-02-20", "occurred")], found


def test_fixe53_a_signing_recalled_as_a_bound_is_not_a_second_signing() -> None:
    found = _fixe53_events("The two countries signed the accord in Rome in May 2024. Police have detained 90 people since the "
                           "accord was signed, including 12 in Milan in April.")
    assert found == [("signing", "2024-05", "occurred")], found


def test_fixe53_a_conference_opened_in_the_passive_or_closing_its_work_is_held() -> None:
    found = _fixe53_events("The Erbil Forum on Irregular Migration concluded its work at the Divan Hotel on 25 February. "
                           "The forum was opened on 24 February by the Minister of Interior.")
    assert ("meeting", "2026-02-25", "occurred") in found, found
    assert ("meeting", "2026-02-24", "occurred") in found, found


def test_fixa54_a_county_a_charity_borrows_keeps_its_chief_constable() -> None:
    # "Tyneside" opens a translators' association's name and Tyneside Police's too: "Tyneside's Chief Constable" is the force's
    text = ("The Tyneside Translators' Association says its members are rarely thanked. \"He was fearless,\" said Tyneside's "
            "Chief Constable, Mark Olden. Tyneside Police will name a room after him.")
    found = {(c["name"], c["role"]) for c in candidate_records(text) if c["table"] == "officials"}
    assert ("Mark Olden", "Chief Constable") in found, found


def test_fixb54_a_hedged_count_in_a_second_clause_with_an_adverb_is_a_figure() -> None:
    found = _fixb22_figure_texts("Twelve sailors were pulled from the water and at least two are still missing after the ferry fire.")
    assert any("two" in f for f in found), found
    assert any("six" in f for f in _fixb22_figure_texts("Firefighters reached the barn; about six were later rescued by crews."))


def test_fixb54_a_bare_count_posted_after_its_noun_is_a_figure() -> None:
    found = _fixb22_figure_texts("The pact lets Denmark send customs advisers to Mosul. Three are already deployed, the ministry said.")
    assert "Three" in found, found


def test_fixb54_a_lodger_s_strangers_are_no_figure() -> None:
    assert _fixb22_figure_texts("My brother now lives in a flat he shares with four strangers near the port.") == []


def test_fixd54_a_further_course_after_training_given_is_another_measure() -> None:
    found = _fixd_measures("Under the same scheme, 80 guards of the Ports Directorate have completed training in forgery "
                             "detection, and a third course for 45 inspectors is expected to start in June.")
    assert [d for k, d in found if k == "training" and "45 inspectors" in d], found
    assert len([k for k, _ in found if k == "training"]) == 2, found


def test_fixd54_places_sold_on_boats_are_no_equipment() -> None:
    found = _fixd_measures("Ledgers showed the cash came from people paying for seats in lorries and small boats.")
    assert not [k for k, _ in found if k == "equipment"], found
    assert [k for k, _ in _fixd_measures("The ministry handed over eight fast patrol boats to the coastguard in Basra.")
            if k == "equipment"]


def test_fixd54_a_campaign_told_by_its_quoted_name() -> None:
    found = _fixd_measures("Students in Duhok have visited 40 schools. The campaign, called \"Safe Home\" (The Way Back), "
                             "is run by 90 volunteers.")
    assert ("communications_campaign", 'campaign, called "Safe Home" (The Way Back)') in found, found


def test_fixd54_data_shared_with_a_joint_unit_is_intelligence_sharing() -> None:
    found = _fixd_measures("Scans from the new gates will be analysed, and the data will also be shared with a joint police "
                             "unit in Zakho.")
    assert [k for k, _ in found if k == "intelligence_sharing"], found


def test_fixd54_a_measure_nobody_should_expect_or_any_amendment_is_none() -> None:
    assert not [k for k, _ in _fixd_measures("Nobody should expect a training course to change why people leave.")
                if k == "training"]
    assert not [k for k, _ in _fixd_measures("The coalition's majority would be enough to pass any related amendment to "
                                               "the Aliens Act.") if k == "legal_reform"]
    assert [k for k, _ in _fixd_measures("Parliament will pass an amendment to the Aliens Act in May.") if k == "legal_reform"]


def test_fixc54_arrests_made_under_an_operation_are_an_arrest() -> None:
    found = _fixe53_events("The first arrests under Operation Larkspur were made in February in Grimsby.")
    assert ("arrest", "2026-02", "occurred") in found, found


def test_fixc54_an_appeal_allowed_in_part_is_a_ruling() -> None:
    found = _fixe53_events("The Court of Appeal today allowed in part an appeal against conviction by a lorry driver from Hull.")
    assert ("court_ruling", "2026-03-02", "occurred") in found, found


def test_fixc54_an_application_for_leave_by_a_named_defendant_dismissed_is_a_ruling() -> None:
    found = _fixe53_events("On Friday the judges dismissed an application by his brother, Karwan Ali, 41, for leave to appeal.")
    assert ("court_ruling", "2026-02-27", "occurred") in found, found


def test_fixc54_a_sentence_imposed_at_a_court_is_a_ruling() -> None:
    found = _fixe53_events("Her term of nine years, imposed at Leeds Crown Court on 3 March 2025, was cut to seven.")
    assert ("court_ruling", "2025-03-03", "occurred") in found, found


def test_fixc54_confiscation_proceedings_listed_are_a_planned_ruling() -> None:
    found = _fixe53_events("Confiscation proceedings against the driver are listed for 2pm on 9 April 2026 at Hull Crown Court.")
    assert ("court_ruling", "2026-04-09", "planned") in found, found


def test_fixc54_people_met_counted_on_a_visit_are_no_meeting() -> None:
    found = _fixe53_events("The ambassador visited the school on Saturday and met around 25 of the pupils.")
    assert found == [("visit", "2026-02-28", "occurred")], found


def test_fixc54_signs_of_a_trend_are_no_signing() -> None:
    found = _fixe53_events("Officers at Calais stopped two vans on Tuesday amid signs that the gangs are changing routes.")
    assert not any(kind == "signing" for kind, _, _ in found), found


def test_fixc54_a_tour_where_things_were_inspected_is_a_visit() -> None:
    found = _fixe53_events("The minister toured the Ibrahim Khalil crossing on Friday, where she inspected new scanners.")
    assert ("visit", "2026-02-27", "occurred") in found, found


def test_fixc54_a_minister_called_to_a_committee_consultation_is_a_planned_meeting() -> None:
    found = _fixe53_events("The minister has been called to a consultation in the Folketing's Legal Affairs Committee on 12 March.")
    assert ("planned_meeting", "2026-03-12", "planned") in found, found


def test_fixc54_a_survey_presented_to_a_council_is_a_planned_meeting() -> None:
    found = _fixe53_events("The volunteers are due to present their survey to Duhok's provincial council on 20 March.")
    assert ("planned_meeting", "2026-03-20", "planned") in found, found


def _fixf54_statements(text: str) -> list[tuple[str | None, str]]:
    return [(c.get("speaker"), c["text_text"]) for c in candidate_records(text) if c["table"] == "statements"]


def test_fixf54_a_bracketed_part_of_a_post_is_no_speaker() -> None:
    # the brackets close a division of the body in the judge's post; the judge, named before the post, speaks
    found = _fixf54_statements("Lady Justice Marlowe, Chancellor of the High Court (Family Division), said in her ruling: "
                               "\"The appeal fails on every ground raised before us today.\"")
    assert [s for s, _ in found] == ["Marlowe"], found


def test_fixf54_a_group_no_one_names_is_no_speaker_of_a_scare_quoted_phrase() -> None:
    text = ("Canal-side flats to become offices\n\nNeighbours on Mill Lane say they were \"kept in the dark\" as the town "
            "council signs the deal\n\nThe council approved the plan on Monday.")
    assert _fixf54_statements(text) == []


def test_fixc55_a_roundtable_to_be_held_is_a_planned_meeting() -> None:
    found = _fixe53_events("A roundtable with returnees will be held in Duhok on 18 April, the charity said.")
    assert ("planned_meeting", "2026-04-18", "planned") in found, found


def test_fixc55_a_meeting_planned_at_a_place_in_a_month_is_planned() -> None:
    found = _fixe53_events("A second meeting of the border officials is planned in Sulaimani in June, the ministry said.")
    assert ("planned_meeting", "2026-06", "planned") in found, found


def test_fixc55_a_meeting_to_be_chaired_is_a_planned_meeting() -> None:
    found = _fixe53_events("The governor will chair a meeting of the provincial security committee on Thursday to review patrols.")
    assert ("planned_meeting", "2026-03-05", "planned") in found, found


def test_fixc55_a_titled_report_with_its_author_set_off_is_a_publication() -> None:
    found = _fixe53_events("The final review, Closed Doors (62 pages), by Dr Tom Reyes of the University of Leeds, "
                           "was published on 14 February 2026.")
    assert ("publication", "2026-02-14", "occurred") in found, found


def _fixb55_figures(text: str) -> list[str]:
    out = []
    for c in candidate_records(text):
        if c["table"] == "statistics":
            s, e = c["spans"]["value"]
            out.append(text[s:e])
    return out


def test_fixb55_part_of_a_commons_possessive_whole_of_wards_is_no_figure() -> None:
    found = _fixb55_figures("Most hostel places sit in three of the borough's 21 wards, the report found.")
    assert "three" not in found and "21" not in found, found


def test_fixb55_a_chart_row_of_month_labels_and_counts_gives_figures() -> None:
    text = ("Figure 3: Arrivals at the port, by month\n"
            "Jul 84 | Aug 139 | Sep 205\n"
            "Source: port authority")
    found = _fixb55_figures(text)
    assert {"84", "139", "205"} <= set(found), found


def test_fixb55_a_chart_row_keeps_a_month_day_out() -> None:
    found = _fixb55_figures("Key dates | Jul 14 | Aug 2\nThe talks resumed after the summer.")
    assert "14" not in found and "2" not in found, found


def test_fixb55_a_mobile_with_six_subscriber_digits_is_no_figure() -> None:
    found = _fixb55_figures("In Erbil, Signal +44 7911 123456.")
    assert "44" not in found, found


def test_fixb55_shares_summing_to_a_hundred_are_no_figure() -> None:
    found = _fixb55_figures("Method: shares are rounded and might not sum to 100.")
    assert "100" not in found, found


def test_fixb55_part_of_a_career_in_years_is_no_figure() -> None:
    found = _fixb55_figures("She served 19 years in the customs service, four of them at Dover.")
    assert "four" not in found, found


def test_fixa55_a_capitalised_title_before_rank_abbreviations_names_the_speaker() -> None:
    found = _fixf54_statements("\"The smugglers now move people at night in the worst weather, because our cameras see less,\" "
                               "Provincial Gendarmerie Commander Brig. Gen. Kemal Ozturk told reporters in Hakkari.")
    assert [s for s, _ in found] == ["Kemal Ozturk"], found


def test_fixa55_a_group_named_in_quotation_marks_is_no_statement() -> None:
    found = _fixf54_statements("Karim Dosky ran a chat called \"Fast Boats Europe\", which had 900 members. Messages were sent nightly.")
    assert found == [], found


def test_fixa55_ones_own_message_speaks_for_whom_the_possessive_stands_for() -> None:
    found = _fixf54_statements("Karim Dosky ran a chat group. One of his messages, shown to the jury, said: "
                               "\"Sea calm Friday. Two seats left, pay now.\"")
    assert found == [("Karim Dosky", "Sea calm Friday. Two seats left, pay now.")], found


def test_fixa55_a_pronoun_putting_it_plainly_speaks_the_next_quotation() -> None:
    text = ("The minister, Jane Corbell, said the scheme was \"a clear success\".\n\n"
            "When I met Soran Barzani at his shop in Duhok, he put it more plainly. \"Nobody here believes the adverts. "
            "They believe their friends in Leeds.\"")
    found = _fixf54_statements(text)
    assert ("Soran Barzani", "Nobody here believes the adverts. They believe their friends in Leeds.") in found, found


_FIXA55_HANSARD = """Ferries: Co-operation with France
Volume 790: debated on Tuesday 3 March 2026

2.10 pm

Mrs Alison Tregarth (Dover North) (Con)

I beg to move,

That this House has considered co-operation with France on ferry checks.

The checks at the port have doubled the queues since January.

Peter Mellis (Hull West) (Lab)

Will the hon. Lady give way on that point about the queues?

Mrs Tregarth

I will not, because the queues are the whole of my case today.
"""


def test_fixa55_a_motion_opening_on_a_comma_is_speech() -> None:
    found = _fixf54_statements(_FIXA55_HANSARD)
    assert any(s == "Alison Tregarth" and t.startswith("I beg to move,") and t.endswith("since January.") for s, t in found), found


def test_fixa55_a_member_headed_by_title_and_surname_is_the_one_headed_in_full() -> None:
    found = _fixf54_statements(_FIXA55_HANSARD)
    assert ("Alison Tregarth", "I will not, because the queues are the whole of my case today.") in found, found


def test_fixd55_staff_counted_as_trained_after_a_sum_for_training_is_the_training() -> None:
    found = _fixd_measures("Britain has spent £3.1 million on scanners and training for Iraqi border guards since 2024, "
                             "and 240 guards have been trained in spotting fake visas.")
    assert ("training", "240 guards have been trained in spotting fake visas") in found, found
    assert not any(k == "training" and d.startswith("training for") for k, d in found), found


def test_fixd55_staff_trained_uncounted_after_a_sum_leave_the_paid_training() -> None:
    found = _fixd_measures("Britain has spent £3.1 million on training for Iraqi border guards since 2024, and the "
                             "guards have been trained in spotting fake visas.")
    assert ("training", "training for Iraqi border guards since 2024") in found, found


def test_fixd55_the_role_told_in_general_is_no_posting() -> None:
    found = _fixd_measures("Back then I found out what every liaison officer finds out in a week. Today three NCA "
                             "liaison officers work in the embassy in Baghdad.")
    assert [k for k, _ in found].count("liaison_officer") == 1, found
    assert not any("finds out" in d for _, d in found), found


def test_fixd55_people_returned_to_iraq_on_bare_charter_flights_are_returns() -> None:
    text = ("Border police held 37 Iraqi men near the frontier on Sunday. Officials said the men would be sent back to "
            "Basra on charter flights next week.")
    assert [k for k, _ in _fixd_measures(text)] == ["returns"], _fixd_measures(text)


def test_fixd55_people_going_back_on_bare_charter_flights_of_their_own_accord_are_no_returns() -> None:
    text = "Many Iraqi students said they will return to Erbil on charter flights in the summer holidays."
    assert not any(k == "returns" for k, _ in _fixd_measures(text)), _fixd_measures(text)


def _fixe55_events(text: str, reference: str = "2026-03-06") -> list[tuple]:
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference=reference)]


def test_fixe55_migrants_caught_alone_are_no_arrest() -> None:
    assert _fixe55_events("Border troops caught 212 undocumented migrants near Hakkari on Monday, the ministry said.") == []
    # ... but caught with whoever brought them, the arrest of those
    found = _fixe55_events("Border troops caught 212 undocumented migrants and two smugglers near Hakkari on Monday.")
    assert ("arrest", "2026-03-02", "occurred") in found, found


def test_fixe55_arrests_in_the_operations_take_the_operations_days() -> None:
    found = _fixe55_events("Troops intercepted 80 migrants in operations near Yuksekova on Monday and Tuesday. "
                           "Four guides were detained in the operations, officials said.")
    assert ("arrest", "2026-03-02/2026-03-03", "occurred") in found, found


def test_fixe55_suspects_caught_with_things_undated_tell_no_new_arrest() -> None:
    found = _fixe55_events("Police in Kirkuk arrested three brokers on Tuesday. The brokers were caught with 12 forged visas.")
    assert found == [("arrest", "2026-03-03", "occurred")], found


def test_fixg55_the_whole_or_rest_of_a_count_as_an_object_gives_figures() -> None:
    found = _fixb55_figures("Officers stopped five men at a lay-by near Hull. A judge bailed all five on Friday.")
    assert found.count("five") == 2, found
    found = _fixb55_figures("Police held three women overnight; a magistrate charged one and freed the other two without charge.")
    assert "two" in found, found


def test_fixg55_a_count_before_a_named_body_and_its_bracketed_acronym_is_a_figure() -> None:
    found = _fixb55_figures("Eight extra Border Force (BF) officers were sent to the port in spring.")
    assert "Eight" in found, found


def test_fixg55_these_new_officers_named_again_give_a_figure() -> None:
    found = _fixb55_figures('The force said: "These four new liaison officers will change how we work in Basra."')
    assert "four" in found, found


def _fixh55_measures(text: str) -> list[tuple[str, str]]:
    return [(c["measure_type"], c["description_text"]) for c in candidate_records(text)
            if c["table"] == "measures" and c["measure_type"] != "TODO"]


def test_fixh55_an_officer_at_a_city_airport_is_a_posting_of_its_own() -> None:
    found = _fixh55_measures("Four NCA officers have been posted to Basra, the minister said on Friday. Two of them will "
                             "train local detectives, and another officer will be based at Basra International Airport "
                             "to check passports.")
    assert [k for k, _ in found].count("liaison_officer") == 2, found


def test_fixh55_a_directorate_for_combating_a_crime_created_is_a_new_body() -> None:
    found = _fixh55_measures("Under the bill, Article 12 creates a Federal Directorate for Combating Migrant Smuggling "
                             "within the Ministry of Interior.")
    assert any(k == "new_body" and "Federal Directorate for Combating Migrant Smuggling" in d for k, d in found), found


def test_fixh55_equipment_a_force_is_backed_by_is_equipment() -> None:
    found = _fixh55_measures("The coastguard, backed by night-vision goggles and patrol boats, stopped four dinghies "
                             "off Calais on Sunday.")
    assert any(k == "equipment" for k, _ in found), found


def test_fixh55_a_supply_verb_of_another_clause_gives_no_equipment() -> None:
    found = _fixh55_measures("The gangs now send families across at dawn, because they know the drones are grounded in fog.")
    assert not any(k == "equipment" for k, _ in found), found


def test_fixh55_returns_as_a_report_subject_are_no_measure() -> None:
    found = _fixh55_measures("The watchdog's review into returns to Iraq, out on Monday, runs to 90 pages.")
    assert not any(k == "returns" for k, _ in found), found


def test_fixa56_a_clause_of_time_before_the_subject_keeps_it_the_speaker() -> None:
    found = _fixa47_statements('When we met in May, Omar Zebari, head of the refugee office, put it to me bluntly: '
                             '"We give them a bus ticket and a meal. After a year most of them are gone again."')
    assert [s for s, _ in found] == ["Omar Zebari"], found


def test_fixa56_a_bullet_names_its_quotes_speaker_before_a_colon() -> None:
    found = _fixa47_statements('• Foreign Secretary Alan Brook: "We have done what we said. Every flight is now checked twice."')
    assert [s for s, _ in found] == ["Alan Brook"], found


def test_fixa56_the_one_a_role_is_for_named_with_an_age_is_not_the_speaker() -> None:
    found = _fixa47_statements('Shwan Ali Karim, the lawyer for the accused, Rebwar Omar, 41, said the police had lied. '
                             '"My client runs a bakery in the old town. He was held for a year for nothing."')
    assert [s for s, _ in found] == ["Shwan Ali Karim"], found


def test_fixa56_a_title_of_two_parts_joined_by_and_is_no_speaker() -> None:
    found = _fixa47_statements('"The department has spent money, but it cannot yet show results," said Comptroller and '
                             'Auditor General Sir Alan Pike.')
    assert [s for s, _ in found] == ["Alan Pike"], found


def test_fixd56_a_sum_that_followed_still_pays_for_equipment() -> None:
    found = _fixh55_measures("A further grant of £2 million followed in June, paying for 30 passport readers at Basra airport.")
    assert any(k == "equipment" for k, _ in found), found


def test_fixd56_an_agencys_officer_in_an_iraqi_city_is_a_liaison_officer() -> None:
    found = _fixh55_measures("On Monday the minister called the Border Force's officer in Basra before the talks began.")
    assert any(k == "liaison_officer" for k, _ in found), found


def test_fixd56_what_you_can_buy_is_no_equipment_given() -> None:
    found = _fixh55_measures('"You could buy drones by the dozen, but you cannot buy honest guards," the chief said.')
    assert not any(k == "equipment" for k, _ in found), found


def test_fixd56_returnees_counted_through_a_course_are_a_figure() -> None:
    found = _fixh55_measures("Some 2,400 returnees have completed a course since the scheme opened in Mosul last year.")
    assert not any(k == "reintegration" for k, _ in found), found


def test_fixd56_what_a_reintegration_programme_pays_for_is_that_programme() -> None:
    found = _fixh55_measures("Germany gave €3 million to a reintegration programme in Duhok and Zakho, which pays for "
                             "tailoring courses and sewing machines.")
    assert [k for k, _ in found] == ["reintegration"], found


def _fixc56_events(text: str, reference: str = "2026-06-14") -> list[tuple]:
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference=reference)]


def test_fixc56_an_edition_published_on_a_day_is_a_publication() -> None:
    found = _fixc56_events("The last edition, covering the year to March 2026, was published on 21 May 2026.")
    assert ("publication", "2026-05-21", "occurred") in found, found


def test_fixc56_a_judge_jailing_a_pronoun_is_a_ruling() -> None:
    found = _fixc56_events("Jailing them on Wednesday, Judge Ann Cole said the pair had preyed on desperate families.")
    assert ("court_ruling", "2026-06-10", "occurred") in found, found


def test_fixc56_a_sentence_opening_signed_is_a_signing() -> None:
    found = _fixc56_events("Signed in Erbil in March 2025, the memorandum pays for new scanners at the crossing.")
    assert ("signing", "2025-03", "occurred") in found, found


def test_fixc56_a_courts_judgment_of_a_day_is_a_ruling() -> None:
    found = _fixc56_events("Campaigners cite the High Court's judgment of 12 February, which found the detention unlawful.")
    assert ("court_ruling", "2026-02-12", "occurred") in found, found


def test_fixc56_members_jailed_for_a_total_term_in_a_year_are_one_ruling() -> None:
    found = _fixc56_events("Nine of the gang's members were jailed in 2021 for a total of 64 years at Leeds Crown Court.")
    assert ("court_ruling", "2021", "occurred") in found, found


def test_fixc56_a_perfect_count_under_the_period_told_before_is_a_tally() -> None:
    found = _fixc56_events("Border police stopped 820 migrants in the first five months of the year. Syrians were the largest "
                           "group, and 35 people suspected of smuggling have been detained.")
    assert not any(k == "arrest" for k, _, _ in found), found


def test_fixb56_a_train_service_number_is_no_figure() -> None:
    found = _fixb55_figures("Officers boarded the 6.15am freight train 61208 to Lyon and found 23 migrants.")
    assert "61208" not in found and "23" in found, found


def test_fixb56_the_places_of_arrests_are_no_figure() -> None:
    found = _fixb55_figures("Twelve suspects were arrested in three Belgian towns on Tuesday, prosecutors said.")
    assert "three" not in found and "Twelve" in found, found


def test_fixb56_a_digest_counting_its_items_before_what_follows_is_no_figure() -> None:
    found = _fixb55_figures("Morning. A quiet week in Westminster. Three items, then the diary. Police stopped 40 "
                            "migrants at Dunkirk.")
    assert "Three" not in found and "40" in found, found


def test_fixg56_a_witness_aside_on_some_of_a_group_already_counted_is_no_figure() -> None:
    found = _fixb55_figures('Guards found 12 migrants, among them four women, in a lorry at the port. "When we lifted '
                            'the tarpaulin, three of the women were barely conscious," an officer said.')
    assert "three" not in found and "12" in found, found


def test_fixg56_a_multiple_of_a_sum_told_after_it_is_a_ratio() -> None:
    found = _fixb55_figures("The ministry spent £2.1 billion on detention last year, almost four times the £540 million "
                            "it spent a decade ago.")
    assert "almost four times" in found or "four times" in found, found


def test_fixg56_a_count_a_level_verb_puts_at_a_number_word_is_a_figure() -> None:
    found = _fixb55_figures("The deal has not changed the number of joint patrols, which stood at seven in the year.")
    assert "seven" in found, found


def test_fixe56_a_relative_named_after_a_possessive_surname_speaks() -> None:
    # "Roe's brother, Tom," names one person by a forename, as "His brother, Tom," does
    found = one("Janet Roe was jailed for six years. Roe's brother, Tom, who waited on the steps, said afterwards: "
                "\"She has let every one of us down and she knows it.\"", "statements")
    assert found["speaker"] == "Tom"


def test_fixe56_a_pronoun_after_a_bare_time_phrase_is_the_subject() -> None:
    # "Last month she sent us a letter. “…”": the time needs no preposition before the pronoun
    found = one("Shilan, 31, went back to Duhok in May. Last month she sent us a letter. "
                "\"Nobody here will give me a job and the rent keeps going up.\"", "statements")
    assert found["speaker"] == "Shilan"


def test_fixe56_a_printed_interviews_turn_over_paragraphs_is_one_statement() -> None:
    # a turn labelled with the full name is edited to one answer; its second paragraph opens with no conjunction
    text = ("Erbil Review spoke to the lawyer Sara Omer Baban in her office.\n\n"
            "Erbil Review: Do the judges listen to families?\n\n"
            "Sara Baban: More often now. I had four hearings in January and every judge asked the mother to speak.\n\n"
            "Three of those cases ended in prison terms for the drivers.\n\n"
            "Erbil Review: What do you tell a young man who wants to leave?\n\n"
            "Sara Baban: I tell him to come and see me first. I have buried too many clients.\n")
    got = [(c["text_text"], c["speaker"]) for c in proposed(text, "statements")]
    assert any(t.startswith("More often now.") and t.endswith("for the drivers.") for t, _ in got), got
    assert not any(t.startswith("Three of those cases") for t, _ in got), got


def test_fixc57_a_court_remanding_for_a_term_is_a_ruling() -> None:
    # Iraqi investigative courts remand for a number of days, with no "in custody" told
    found = one("A judge in Zakho remanded the three drivers for 12 days on Sunday under the anti-smuggling law.", "events",
                reference="2025-10-08")
    assert (found["event_type"], found["date"], found["status"]) == ("court_ruling", "2025-10-05", "occurred")
    # not a remand by police, nor one with no day told
    assert not proposed("Police in Zakho remanded the three drivers for 12 days on Sunday.", "events", reference="2025-10-08")


def test_fixc57_an_arrest_noun_dated_before_its_place_is_an_arrest() -> None:
    # "the arrest on <day> in <place> of ...": the day told between the noun and whom it took
    found = one("The statement listed the arrest on 9 April in Kirkuk of three couriers for a smuggling ring.", "events",
                reference="2025-10-08")
    assert (found["event_type"], found["date"], found["status"]) == ("arrest", "2025-04-09", "occurred")


def test_fixc57_a_ruling_by_a_named_court_dated_after_is_a_ruling() -> None:
    found = one("Officials pointed to a ruling by the Dohuk Appeals Court on 11 May jailing a driver for six years.", "events",
                reference="2025-10-08")
    assert (found["event_type"], found["date"], found["status"]) == ("court_ruling", "2025-05-11", "occurred")
    # "the ruling", told again, is not a new one
    assert not proposed("Officials pointed to the ruling by the Dohuk Appeals Court on 11 May.", "events", reference="2025-10-08")


def _fixb57_figures(text: str) -> list[str]:
    text += "\n"
    return [text[slice(*c["spans"]["value"])] for c in candidate_records(text) if c["table"] == "statistics"]


def test_fixb57_a_vote_majority_closing_the_sentence_is_no_figure() -> None:
    found = _fixb57_figures("The assembly backed the plan after members voted by 140 votes to 95, a majority of 45.")
    assert "45" not in found, found
    assert "300" in _fixb57_figures("A majority of 300 migrants arrived by lorry."), "a majority counting people stays"


def test_fixb57_a_speakers_share_of_their_own_caseload_is_no_figure() -> None:
    found = _fixb57_figures('"Half of the patients we treat at the clinic have an uncle in Dohuk," the nurse said.')
    assert "Half" not in found, found


def test_fixb57_a_generic_you_not_expecting_a_number_is_no_figure() -> None:
    found = _fixb57_figures('The baker was surprised. "You never expect thirty engines behind a bakery," he said.')
    assert "thirty" not in found, found


def test_fixb57_a_seized_haul_measured_in_litres_is_a_figure() -> None:
    found = _fixb57_figures("Officers seized 12 boats, 40 engines and about 2,500 litres of petrol from the yard.")
    assert "about 2,500" in found, found
    assert not any("1.5" in f for f in _fixb57_figures("The crates weighed about 1.5 tonnes each.")), "a weight is none"


def test_fixa57_a_columnists_bare_name_byline_is_the_i_who_spoke() -> None:
    # the writer's name alone on a head line, the date below it, is the byline; "I told the House:" quotes the writer
    text = ("Opinion\n\nThe returns deal is failing and ministers know it\n\nMarcus Denholm\n\n3 June 2026\n\n"
            "Last week I told the House: \"This department has mistaken a photo call for a policy.\" Nothing since has "
            "changed my mind.\n")
    got = [c["speaker"] for c in proposed(text, "statements")]
    assert got == ["Marcus Denholm"], got


def test_fixa57_a_lowercase_title_and_name_with_its_body_after_speak() -> None:
    # the body the spokesman serves between his name and the verb: "spokesman X of the Y Police Directorate told"
    found = one("\"The men were carrying no water and two of them could barely walk,\" border police spokesman Tomas "
                "Gradnik of the Maribor Police Directorate told reporters.", "statements")
    assert found["speaker"] == "Tomas Gradnik"


def test_fixa57_a_title_held_at_a_ministry_before_the_name() -> None:
    # "State Secretary at the Justice Ministry X": a post at a ministry, as "of the" one would be
    c = one("State Secretary at the Justice Ministry Andrej Kovač said the new courts would open in spring.", "officials")
    assert c["name"] == "Andrej Kovač" and c["role_text"].startswith("State Secretary"), c


def test_fixa57_a_thread_posts_quotation_reopened_after_the_next_posts_number() -> None:
    # a quotation left open at one post's end goes on in the next post, which opens with its number and the mark
    text = ("3/5 Inspector Dana Webb said: \"We found the engines under tarpaulins behind the warehouse.\n\n"
            "4/5 \"Whoever packed them expected to move them within days.\"\n\n5/5 Thanks to all who called in.\n")
    got = [(c["text_text"], c["speaker"]) for c in proposed(text, "statements")]
    assert len(got) == 1 and got[0][1] == "Dana Webb" and got[0][0].startswith("We found the engines"), got


def _fixg57_figures(text: str) -> list[str]:
    return [text[c["spans"]["value"][0]:c["spans"]["value"][1]]
            for c in candidate_records(text + "\n") if c["table"] == "statistics"]


def test_fixg57_views_that_a_speaker_reads_as_evidence_are_a_figure() -> None:
    # views as a sentence's subject, with a verb saying what they mean, are a campaign's reach, no page furniture
    found = _fixg57_figures("The minister said: \"Nine million views show that the warnings are being heard in Duhok.\"")
    assert "Nine million" in found, found


def test_fixg57_a_family_told_by_its_children_is_no_count() -> None:
    # "a family with four children" is one household's size, as "a family of six" is
    found = _fixg57_figures("A Syrian family with four children was stopped at the border crossing near Zakho on Friday.")
    assert "four" not in found, found


def test_fixg57_some_of_a_familys_children_are_no_count() -> None:
    # once a family is told of, "Three of the children" are its members, no count of anything that happened
    found = _fixg57_figures("Police found a family of six sheltering in a barn near Mosul. Three of the children were "
                            "taken to hospital with dehydration, officers said.")
    assert "Three" not in found, found
    # ... but children counted with no family told of are a figure
    found = _fixg57_figures("Police stopped a lorry carrying 40 migrants near Calais. Three of the children were "
                            "taken to hospital with dehydration, officers said.")
    assert "Three" in found, found


def test_fixg57_a_count_sharing_its_noun_with_a_second_count_is_a_figure() -> None:
    # "six Iranian and two Turkish passports": the first count's noun comes after the second's kind
    found = _fixg57_figures("Customs officers at Stansted found six Iranian and two Turkish passports in a parcel.")
    assert "six" in found and "two" in found, found


def test_fixg57_an_age_closing_a_dashed_list_of_names_is_no_figure() -> None:
    # the last name's age comes before the closing dash, not a comma
    found = _fixg57_figures("The two drivers – Karim Salih Aziz, 44, and Peter Doyle, 58 – were charged in Felixstowe on Monday.")
    assert "58" not in found and "44" not in found, found


def test_fixd57_a_press_releases_end_mark_leaves_its_last_line_a_paragraph() -> None:
    found = _fixh55_measures("Anyone with concerns can contact the charity Fearless in confidence on 0800 123 456. -ENDS-")
    assert [kind for kind, _ in found] == ["hotline"]


def test_fixd57_training_a_named_donor_pays_for_is_its_own() -> None:
    found = _fixh55_measures("Some 90 customs officers in Basra finished a course on cargo checks in May. The Dutch project "
                             "complements training funded by the British embassy in Baghdad.")
    assert any(kind == "training" and desc.startswith("training funded by the British embassy") for kind, desc in found)


def test_fixd57_a_bills_clause_giving_officers_a_power_is_a_legal_reform() -> None:
    found = _fixh55_measures("Section 9 allows police to search the vehicles of people suspected of smuggling.")
    assert ("legal_reform", "allows police to search the vehicles of people suspected of smuggling") in found


def test_fixd57_a_unit_that_is_premises_or_a_course_part_is_no_team() -> None:
    found = _fixh55_measures("1/6 On Monday officers from our Economic Crime Unit, supported by Border Force, executed a warrant "
                             "at a business unit on the Westfield trading estate in Leeds. Here is what they found.")
    assert not [kind for kind, _ in found if kind == "task_force"]
    found = _fixh55_measures("Two trainers from Madrid taught Module 2, a five-day unit on visas.")
    assert not [kind for kind, _ in found if kind == "task_force"]


def test_fixd57_the_hotline_after_one_given_with_its_number_is_that_one() -> None:
    found = _fixh55_measures("Relatives can ring the council's helpline on 0770 111 2233. The helpline, which opened in April, "
                             "is staffed by six volunteers.")
    assert [kind for kind, _ in found] == ["hotline"]


def test_fixe57_sharing_advance_passenger_data_is_intelligence_sharing() -> None:
    found = _fixd23_measures("Greek and British officials will meet in Athens next week to discuss sharing advance "
                             "passenger data on ferries bound for Italy.")
    assert any(k == "intelligence_sharing" and "advance passenger data" in d for k, d in found), found


def test_fixe57_equipment_listed_before_training_is_equipment() -> None:
    found = _fixd23_measures("Under the deal, Denmark has paid for equipment, training and a radio campaign in Basra.")
    assert any(k == "equipment" and "equipment" in d for k, d in found), found


def test_fixe57_a_reduced_relative_after_a_measure_is_no_measure_of_its_own() -> None:
    text = ("An audit praises the electronic case-tracking system, installed in January with funding from the British "
            "Embassy in Baghdad, for cutting delays in Basra.")
    found = _fixd23_measures(text)
    assert not any(k == "TODO" for k, _ in found), found
    assert any(k == "data_system" for k, _ in found), found


def test_fixe57_a_campaign_the_opening_sums_up_gives_way_to_the_bodys() -> None:
    text = ("Radio campaign on Balkan route reaches two million listeners\n\n"
            "A Danish campaign on the radio in Iraq has reached two million listeners since March, officials said.\n\n"
            "A Danish-funded campaign warning young men about the smugglers' lies has reached two million listeners in "
            "three months, the ministry announced on Monday.\n\n"
            "The £900,000 radio campaign, broadcast in Arabic and Sorani on 12 stations, began in March.\n")
    found = [(k, d) for k, d in _fixd23_measures(text) if k == "communications_campaign"]
    assert len(found) == 1 and "radio campaign" in found[0][1], found


@pytest.mark.parametrize("text, found", [
    # the counted noun told before the level it stood at names the unit, so the words around the number are not asked
    ("Weekly arrests were under 50, police said.", [("under 50", 50, "less_than", "arrests")]),
    ("Crossings stood at 310 in March.", [("310", 310, None, "crossings")]),
    # ... a noun that counts nothing names none
    ("The ones I met were 23, she said.", []),
])
def test_a_noun_told_before_its_level_names_the_unit(text, found):
    assert [(c["value_text"], c["value"], c["qualifier"], c["unit"]) for c in proposed(text, "statistics", "2026-05-14")] == found


def test_forensic_experts_are_people_counted():
    assert [(c["value"], c["unit"]) for c in proposed("Baghdad sent three Interior Ministry forensic experts to Calais.",
                                                       "statistics", "2026-05-14")] == [(3, "persons")]


def test_fixd58_a_reintegration_programme_named_by_its_donors_initials_is_a_measure():
    text = "Migrants sent back from Sweden may join the EU Reintegration Programme once they reach Erbil."
    found = [(k, d) for k, d in _fixd23_measures(text) if k != "TODO"]
    assert any(k == "reintegration" and "EU Reintegration Programme" in d for k, d in found), found


def test_fixd58_a_campaign_told_by_its_billboards_and_videos_is_a_measure():
    text = "Officials in Duhok put up posters and ran adverts on Facebook last month to warn teenagers about the sea crossing."
    found = [(k, d) for k, d in _fixd23_measures(text) if k != "TODO"]
    assert any(k == "communications_campaign" and "posters" in d for k, d in found), found


def test_fixd58_posters_put_up_alone_are_no_campaign():
    found = [k for k, _ in _fixd23_measures("The police put up posters asking for witnesses to the crash.") if k != "TODO"]
    assert "communications_campaign" not in found, found




def test_fixb58_foot_passengers_are_people_not_a_length() -> None:
    assert _fixb_figures("At Fishguard, staff screened 2,715 foot passengers over the weekend.") == [2715]
    assert _fixb_figures("Officers questioned 640 foot and coach passengers off the night boat.") == [640]
    assert _fixb_figures("The cliff there rises 300 foot above the beach.") == []


def test_fixb58_the_base_of_a_part_counts_before_a_verb() -> None:
    assert _fixb_figures("Police in Hull held six men overnight. Two of the six have since been bailed.") == [6, 2, 6]


def test_fixb58_those_released_are_counted_like_those_jailed() -> None:
    assert 3 in _fixb_figures("The magistrate remanded nine of the suspects and released three for lack of evidence.")


def test_fixb58_a_hundred_or_more_premises_is_an_estate_not_a_scene() -> None:
    assert 312 in _fixb_figures("By June, 18,200 people were housed in 312 hotels across the country.")
    assert 2 not in _fixb_figures("The migrants were found in two flats above a shop.")


def test_fixb58_an_estimated_value_told_after_a_clause_is_about() -> None:
    (c,) = proposed("The estimated value of the framework when it was first published was £12 million.", "funding")
    assert (c["amount"], c["qualifier"]) == (12000000, "about")
    (c,) = proposed("The framework's value when it was first published was £12 million.", "funding")
    assert c["qualifier"] is None


@pytest.mark.parametrize("text, date", [
    # a remand told as Spain's "provisional prison", and a committal for trial, are a court's order that suspects be held
    ("A court in Valencia on Friday ordered nine of the detainees held in provisional prison.", "2026-05-08"),
    ("The Nineveh Investigative Court on 4 May ordered 12 of the men held for trial under the smuggling law.", "2026-05-04"),
])
def test_fixc58_court_ordering_suspects_held_in_prison_or_for_trial_is_a_ruling(text, date):
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-05-14")]
    assert found == [("court_ruling", date, "occurred")], found


def test_fixc58_arrangement_agreed_with_a_party_on_its_date_is_a_signing():
    text = "Under the returns arrangement agreed with Iraq in March 2025, 300 people left."
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-05-14")]
    assert found == [("signing", "2025-03", "occurred")], found


def test_fixc58_court_to_hear_a_confiscation_claim_is_a_planned_ruling():
    text = "The High Court will hear a separate claim to recover a house in Dover owned by Karim on 2 June."
    found = [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", "2026-05-14")]
    assert found == [("court_ruling", "2026-06-02", "planned")], found


@pytest.mark.parametrize("text, found", [
    # a speaker's aside on a few of those already counted, turned away when they sought help: no count of its own
    ('The charity said it had helped 14 women. "Two of them were turned away at the police station," its director said.',
     [14]),
    ('Twelve men were rescued. "Four of them had been sent away by the coastguard the week before," a volunteer said.', [12]),
    # ... told outside a quotation, it is a count
    ("Twelve men were rescued. Four of them had been sent away by the coastguard the week before.", [12, 4]),
])
def test_a_few_of_them_turned_away_in_a_speaker_s_aside_are_no_figure(text, found):
    assert [c["value"] for c in proposed(text, "statistics", "2026-05-14")] == found


def test_fixa58_a_titled_subject_of_the_paragraph_before_speaks_a_quotation_of_its_own() -> None:
    text = ("Detective Superintendent Alan Brierley, who leads the county's organised crime team, said the raids had gone "
            "well.\n\n\"We found the ledgers in a shed behind the garage. It took four hours to box it all up.\"")
    found = proposed(text, "statements")
    assert [c["speaker"] for c in found] == ["Alan Brierley"], found


def test_fixa58_a_spanish_first_surname_stands_for_the_full_name() -> None:
    text = ("Police spokeswoman Inspector Carmen Vidal Soler told reporters in Malaga that the vans had been watched "
            "for weeks.\n\n\"They moved at night and changed plates in every town,\" Vidal said.")
    assert one(text, "statements")["speaker"] == "Carmen Vidal Soler"


def test_fixa58_a_provincial_sub_delegate_holds_a_post() -> None:
    found = proposed("Luis Navarro Gil, the central government's sub-delegate in Huelva, said the province would get "
                     "more patrol boats.", "officials")
    assert [(c["name"], c["role"]) for c in found] == [("Luis Navarro Gil", "sub-delegate in Huelva")], found


def test_fixa58_an_officer_who_was_wounded_is_still_an_officer() -> None:
    found = proposed("The medals went to Major Omar Salih Dawood and Captain Yusuf Karim Naji, who was wounded "
                     "during the arrests.", "officials")
    assert ("Yusuf Karim Naji", "Captain") in [(c["name"], c["role"]) for c in found], found


def test_fixa58_a_members_seat_alone_in_brackets_after_the_name() -> None:
    found = proposed("Our MP, Graham Tilney (Selby and Ainsty), told the meeting the hotel would shut.", "officials")
    assert [c["name"] for c in found] == ["Graham Tilney"], found


def test_fixa58_a_breakfast_programme_is_no_official() -> None:
    text = ("Home Secretary grilled on smuggling deal\n\nHarbour Breakfast with Jo Lane | Monday 4 May\n\n"
            "The Home Secretary, Ian Marr, joined Jo Lane in the studio today.")
    assert [c["name"] for c in proposed(text, "officials")] == ["Ian Marr"]


def test_fixa58_an_unnamed_foreign_national_comes_between_the_pronoun_and_the_name() -> None:
    text = ("Tom Reeve, a former border official, said the plan was costly. \"It will never work,\" he said.\n\n"
            "A Syrian Kurd from Qamishli, who has lived in a hostel in Hull since May, said he had waited a year. \"Nobody calls me back,\" he said.")
    found = proposed(text, "statements")
    assert [c["speaker"] for c in found] == ["Tom Reeve", None], found


def test_fixc59_an_instrument_named_with_its_parties_before_agreed_is_a_signing() -> None:
    found = proposed("The ambassador said the training was part of Britain's wider pact with Iraq on border crime, agreed in "
                     "Erbil in March 2025.", "events", "2025-10-01")
    assert [(c["event_type"], c["date"], c["status"]) for c in found] == [("signing", "2025-03", "occurred")], found


def test_fixc59_meeting_every_flight_is_no_meeting() -> None:
    found = proposed("The charity's drop-in centre in Duhok, opened in June 2024, now meets every removal flight from London.",
                     "events", "2025-10-01")
    assert [c for c in found if c["event_type"] == "meeting"] == [], found


def test_fixc59_a_meeting_hours_after_the_scene_takes_its_day() -> None:
    found = proposed("About 40 fishermen protested outside the port authority in Basra on Monday.\n\n"
                     "Three hours later, the port director came out and met five of them in his office.", "events", "2025-10-01")
    assert [(c["event_type"], c["date"]) for c in found if c["event_type"] == "meeting"] == [("meeting", "2025-09-29")], found


def test_fixc59_a_report_its_long_named_author_published_is_a_publication() -> None:
    found = proposed("According to a report the Danish National Council for Refugee Affairs published in September, at least "
                     "212 Iraqis died.", "events", "2025-10-01")
    assert [(c["event_type"], c["date"]) for c in found] == [("publication", "2025-09")], found


def test_fixc59_an_article_to_be_published_is_a_planned_publication() -> None:
    found = proposed("We will publish an article on Iraqi-born residents of Scotland in May 2026.", "events", "2025-10-01")
    assert [(c["event_type"], c["date"], c["status"]) for c in found] == [("publication", "2026-05", "planned")], found


def test_fixb59_a_methods_precision_is_no_figure() -> None:
    text = ("The survey put returns at 8,400 (90% confidence interval: 7,100 to 9,700). Totals are rounded to the "
            "nearest 500. Intervals are shown at the 90% level.")
    values = [c["value"] for c in proposed(text, "statistics")]
    assert 90 not in values and 500 not in values, values
    assert 8400 in values, values


def test_fixb59_interviews_told_with_their_commissioner_and_interviewer_are_a_sample() -> None:
    text = ("Interviews conducted for the charity by a researcher at the University of Leeds with 42 Syrian families "
            "found most had borrowed money.")
    assert 42 not in [c["value"] for c in proposed(text, "statistics")]


def test_fixb59_a_share_of_a_sum_after_of_which_is_a_figure_not_money() -> None:
    text = "The clinic's budget was £1,250,000, of which 62% paid for nurses."
    assert [c["amount"] for c in proposed(text, "funding")] == [1250000]
    assert 62 in [c["value"] for c in proposed(text, "statistics")]


def test_fixd59_a_second_post_in_an_iraqi_city_is_another_posting() -> None:
    text = ("Border Force has had an immigration liaison officer in Basra since 2021. Last spring it opened a third "
            "post in Sulaymaniyah, officials said.")
    found = [text[slice(*c["spans"]["description"])] for c in proposed(text, "measures")
             if c["measure_type"] == "liaison_officer"]
    assert len(found) == 2 and found[1].startswith("third post in Sulaymaniyah"), found


def test_fixd59_a_post_a_named_person_holds_gives_way_to_the_posting_told_after() -> None:
    text = ("\"The calls come at night,\" says Okafor, 52, the Home Office's senior liaison officer in Iraq.\n\n"
            "The department has kept a liaison officer in Erbil since 2020.")
    found = [text[slice(*c["spans"]["description"])] for c in proposed(text, "measures")
             if c["measure_type"] == "liaison_officer"]
    assert len(found) == 1 and found[0].startswith("liaison officer in Erbil"), found


@pytest.mark.parametrize("text, found", [
    # equipment each told with its own kind is two: the high-altitude drones bought are not the "12 small drones" counted
    ("The ministry paid £8 million for high-altitude drones to watch the desert border. A second contract will supply "
     "12 small drones to the coastguard.", ["drones to watch the desert border", "drones to the coastguard"]),
    # ... but equipment named without its kind is the counted one
    ("The ministry bought new drones to watch the desert border. A second contract will supply "
     "12 small drones to the coastguard.", ["drones to the coastguard"]),
])
def test_fixg58_equipment_of_its_own_kind_is_not_the_counted_one(text, found):
    got = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "equipment"]
    assert got == found, got


@pytest.mark.parametrize("text", [
    "Officials say each voluntary return saves the taxpayer about £20,000 in housing costs.\n",
    "Every voluntary return costs around £15,000, the ministry said.\n",
])
def test_fixg58_one_return_s_worth_is_no_returns_measure(text):
    assert [c for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == []


def test_fixg58_returns_offered_to_a_number_are_still_a_measure():
    text = "The scheme offers assisted voluntary return to 500 people, each saving the state money."
    assert [c["measure_type"] for c in proposed(text, "measures")] == ["returns"]


def test_fixa59_the_papers_own_correspondent_is_not_whom_a_pronoun_stands_for() -> None:
    text = ("Priya Lomax stood up at 2pm. Our home affairs correspondent, Ben Corrie, is watching from the press seats.\n\n"
            "\"We have stopped more boats than ever,\" she told MPs.")
    found = proposed(text, "statements")
    assert [c["speaker"] for c in found] == ["Priya Lomax"], found


def test_fixa59_a_surname_the_story_settled_on_outlives_a_relative_named_in_full() -> None:
    text = ("Helen Marwick runs the unit. Marwick, 52, arrived in 2023. Marwick spends Sundays at the range.\n\n"
            "Her brother, Peter Marwick, lives in Leeds.\n\n"
            "Marwick will fly home in May. Asked about the job, she smiles. \"It is worth it,\" she says.")
    found = proposed(text, "statements")
    assert [c["speaker"] for c in found] == ["Helen Marwick"], found


def test_fixa59_an_age_between_the_name_and_its_post() -> None:
    found = proposed("Moira Feltham, 51, the Border Force's chief inspector at Dover, said the scanners were late.", "officials")
    assert [c["name"] for c in found] == ["Moira Feltham"], found


def test_fixa59_a_cooperatives_chairman_holds_no_public_post() -> None:
    found = proposed("Baran Qadir, the co-operative's elected chairman, said the ovens came from Germany.", "officials")
    assert found == [], found


def _fixe58_events(text: str, reference: str = "2026-05-20") -> list[tuple]:
    return [(c["event_type"], c["date"], c["status"]) for c in proposed(text, "events", reference=reference)]


def test_fixe58_subject_dated_before_led_to_takes_the_events_own_date():
    found = _fixe58_events("The task force formed with Kurdish police in January has already led to the arrest of a suspected passport forger in Duhok last week.")
    assert ("arrest", "2026-05-11/2026-05-17", "occurred") in found
    assert not any(f[1] == "2026-01" for f in found)


def test_fixe58_day_a_letter_was_written_does_not_date_what_it_tells():
    found = _fixe58_events("The councillor wrote to residents this month that the ministry will publish its review of the scheme in the new year.",
                           reference="2025-10-14")
    assert ("publication", "2026", "planned") in found


def test_fixe58_instrument_agreed_as_object_is_a_signing():
    assert ("signing", "2025", "occurred") in _fixe58_events("Denmark agreed a readmission arrangement with Baghdad last year, officials said.",
                                                            reference="2026-02-01")
    # ... but one signed in its own clause is told once, by "signed"
    found = _fixe58_events("The ministers agreed a memorandum on policing, which was signed in Erbil on 4 April 2025.")
    assert [f for f in found if f[0] == "signing"] == [("signing", "2025-04-04", "occurred")]


def test_fixe58_engagement_day_held_is_a_meeting():
    assert _fixe58_events("An industry engagement day for prospective bidders was held in Bristol on 3 June 2025.") == [
        ("meeting", "2025-06-03", "occurred")]


def test_fixe58_meeting_named_by_its_holders_possessive():
    found = _fixe58_events("The superintendent will report on the raids at the Fire and Rescue Authority's meeting in Bangor on 2 June.")
    assert ("planned_meeting", "2026-06-02", "planned") in found


def test_fixe58_announcement_at_a_ceremony_takes_the_day_told_before():
    text = ("The governor on Tuesday honoured nine coastguards who rescued a family at sea.\n\n"
            "At a ceremony at the port in Umm Qasr, he thanked the crews and announced a bonus for each of them.")
    assert ("announcement", "2026-05-19", "occurred") in _fixe58_events(text)


def test_fixh59_members_of_parliament_are_people_counted() -> None:
    found = proposed("A delegation of nine MPs, led by the committee's deputy chair, toured the port of Umm Qasr.", "statistics")
    assert (9, "persons") in [(c["value"], c["unit"]) for c in found], found


def test_fixh59_a_count_from_a_body_by_its_initials_shares_the_noun_left_out() -> None:
    found = proposed("The cell has five Kurdish analysts and three from the FBI.", "statistics")
    assert 3 in [c["value"] for c in found], found


def test_fixh59_a_lawyers_share_of_the_wronged_families_is_a_figure() -> None:
    found = proposed("Dara, an advocate who represents 31 of the families, called the inquiry too slow.", "statistics")
    assert 31 in [c["value"] for c in found], found
    found = proposed("Dara, an advocate who represents three of the suspects, called the inquiry too slow.", "statistics")
    assert 3 not in [c["value"] for c in found], found


def test_fixh59_people_counted_before_named_again_by_their_number_alone_are_figures() -> None:
    text = ("Coastguards rescued five Syrian migrants off Kos on Friday. The five, all from Aleppo, were taken to a camp. "
            "Rami, whose nephew was among the five, spoke to us.")
    assert [c["value"] for c in proposed(text, "statistics")].count(5) == 3
    assert [c["value"] for c in proposed("Talks between the two, he said, went well.", "statistics")] == []




def test_fixd60_equipment_a_sum_paid_for_gives_way_to_the_items_listed() -> None:
    found = _fixh55_measures("Most of the money, £2.1 million, was spent on equipment, including 15 patrol vehicles and "
                             "30 night-vision goggles sent to the Zakho crossing.")
    assert [k for k, _ in found] == ["equipment"], found
    assert "30 night-vision goggles" in found[0][1], found
    found = _fixh55_measures("The package includes:\n\n- £900,000 for equipment, including 8 handheld passport readers and "
                             "3 cargo scanners for crossings on the Syrian border\n")
    assert [k for k, _ in found] == ["equipment"], found
    assert "3 cargo scanners" in found[0][1], found


def test_fixd60_audit_log_added_to_a_system_is_a_data_system() -> None:
    found = _fixh55_measures("The ministry said it had added an audit trail to its visa case-working system that records "
                             "every clerk who opens a file.")
    assert [k for k, _ in found] == ["data_system"], found
    assert found[0][1].startswith("audit trail to its visa case-working system"), found


def test_fixd60_system_files_or_money_were_sent_through_is_no_measure() -> None:
    assert _fixh55_measures("The clerk copied the passport scans and sent them over an encrypted messaging app to a broker "
                            "in Dubai.") == []
    assert _fixh55_measures("Police think the cash was being collected for smuggling gangs in Turkey and sent on through an "
                            "informal money transfer system.") == []
    # ... but a system given still is one
    assert [k for k, _ in _fixh55_measures("The ministry will launch a new app for reporting smugglers.")] == ["data_system"]




def test_fixa60_romanian_comma_below_letters_stay_in_the_name():
    text = '"The river rose in an hour," said Chief Inspector Ana Ștefănescu, spokesperson for the inspectorate.'
    assert [c["name"] for c in _fixa28(text, "officials")][:1] == ["Ana Ștefănescu"]
    assert [c.get("speaker") for c in _fixa28(text, "statements")] == ["Ana Ștefănescu"]
    assert "Ion Țurcanu" in [c["name"] for c in _fixa28("Police spokesperson Ion Țurcanu said the road was shut.", "officials")]


def test_fixa60_age_between_lowercase_title_name_and_verb():
    text = '"We are a bakery, not a bank," chief executive Joan Marlow, 47, said on Monday.'
    assert [c.get("speaker") for c in _fixa28(text, "statements")] == ["Joan Marlow"]


def test_fixa60_county_ending_a_portfolio_opens_no_name():
    text = ('Senior Coroner for Leeds and South East Hampshire Mary Holt recorded a verdict.\n\n'
            'Recording her verdict, Ms Holt said: "This was avoidable, and it was not the first time."')
    assert [(c["name"], c["role"]) for c in _fixa28(text, "officials")] == [
        ("Mary Holt", "Senior Coroner for Leeds and South East Hampshire")]
    assert [c.get("speaker") for c in _fixa28(text, "statements")] == ["Mary Holt"]


def test_fixa60_name_after_a_centre_is_the_centres_not_a_referent():
    text = ("All nine boys are in care now, said Jane Roe of the advice centre Open Door, which supports them.\n\n"
            '"They came for work and found a debt," she said.')
    assert [c.get("speaker") for c in _fixa28(text, "statements")] == ["Jane Roe"]


def test_fixc60_court_orders_detention_by_name():
    found = [c for c in proposed("The Basra Criminal Court on Monday ordered the skipper's pre-trial detention.", "events")
             if c["event_type"] == "court_ruling"]
    assert len(found) == 1 and found[0]["status"] == "occurred"
    assert not [c for c in proposed("Border police on Monday ordered the skipper's pre-trial detention.", "events")
                if c["event_type"] == "court_ruling"]


def test_fixc60_court_fines_in_the_active():
    found = [c for c in proposed("Last week magistrates in Hull fined a Polish haulier £3,000.", "events")
             if c["event_type"] == "court_ruling"]
    assert len(found) == 1
    assert not [c for c in proposed("The regulator fined the company £3,000 last week.", "events") if c["event_type"] == "court_ruling"]


def test_fixc60_sentencing_phrase_opens_the_clause():
    found = [c for c in proposed("Sentencing him at Hull Crown Court on Monday, Judge Ann Roe called the scheme cynical.", "events")
             if c["event_type"] == "court_ruling"]
    assert len(found) == 1


def test_fixc60_company_results_are_a_report_published():
    found = [c for c in proposed("The operator said in its half-year results published on Monday that checks cost more.", "events")
             if c["event_type"] == "publication"]
    assert len(found) == 1


def test_fixc60_opening_day_dates_the_clause_joined_by_and():
    found = [(c["event_type"], c["date"]) for c in proposed(
        "On Tuesday (9 June) the minister met the Interior Minister, Karwan Aziz, and the two men signed a memorandum on border policing.",
        "events", "2026-06-11")]
    assert ("signing", "2026-06-09") in found
    # ... not a signing told as said, nor one to come
    said = proposed("On Tuesday the minister announced that Britain had signed a memorandum on policing.", "events", "2026-06-11")
    assert [c["date"] for c in said if c["event_type"] == "signing"] == [None]


def test_fixb60_leu_and_forint_sums_are_money_not_figures():
    text = "Police in Arad seized 4,800 lei from the driver, and a court in Szeged fined his employer 2.1 million forints."
    assert sorted((c["amount"], c["currency"]) for c in proposed(text, "funding")) == [(4800, "RON"), (2100000, "HUF")]
    assert [c for c in proposed(text, "statistics") if c.get("value") in (4800, 2100000)] == []


def test_fixb60_share_price_in_pence_is_money():
    text = "The haulier's shares slipped 3p to 187p after it lifted the interim dividend to 2.6p a share."
    found = sorted(c["amount"] for c in proposed(text, "funding"))
    assert found == [0.026, 0.03, 1.87]


def test_fixb60_views_milestone_passed_is_a_reach():
    found = proposed("The charity's clips have crossed 2.4 million views, its director said.", "statistics")
    assert [(c["value"], c["qualifier"]) for c in found] == [(2400000, None)]


def test_fixb60_hedged_count_opening_a_sentence_of_people_who_said_they():
    text = "The boat carried Iraqi and Iranian families. At least eight said they had paid the crew in cash."
    assert [(c["value"], c["qualifier"]) for c in proposed(text, "statistics")] == [(8, "at_least")]
    # ... but a bare count saying something may be sources, no count of the dataset
    assert proposed("The talks went on past midnight. Two said the deal had stalled.", "statistics") == []


def test_fixb60_a_speakers_companions_and_lenders_are_no_figure():
    text = "The second witness, a 19-year-old from Akre, said he had slept on a sofa in a garage with five other men."
    assert proposed(text, "statistics") == []
    assert proposed('"We borrowed from four people to pay him," she said.', "statistics") == []


def test_fixb60_one_ruled_out_as_a_cause_is_no_figure():
    assert proposed("The coroner said the deaths were not down to one mistake by one person.", "statistics") == []
    assert [c["value"] for c in proposed("Police arrested one man in Dover on Sunday.", "statistics")] == [1]


def test_fixd61_returns_accepted_on_scheduled_flights_beside_faster_returns():
    text = "The deal promised quicker removals, and Baghdad agreed to accept returns on commercial flights from London."
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "returns"]
    assert len(found) == 2 and found[1].startswith("accept returns on commercial flights")


def test_fixd61_free_reporting_line_is_a_hotline():
    text = "Police asked residents to pass any tips to the free reporting line on 07712 450 450."
    assert [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "hotline"] == ["free reporting line"]
    # ... but a post's line of command is none
    assert [c for c in proposed("The unit has a clear reporting line to the minister.", "measures")
            if c["measure_type"] == "hotline"] == []


def test_fixd61_campaign_named_by_its_platform():
    text = "A British-paid TikTok campaign reached 900,000 young people in Duhok last spring."
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "communications_campaign"]
    assert len(found) == 1 and found[0].startswith("TikTok campaign")


def test_fixd61_awareness_talks_part_of_a_campaign_give_way_to_the_campaign():
    text = "Volunteers give awareness talks in mosques as part of an EU-funded information campaign across Duhok."
    found = [c["description_text"] for c in proposed(text, "measures") if c["measure_type"] == "communications_campaign"]
    assert len(found) == 1 and found[0].startswith("information campaign")


def test_fixc61_sentence_passed_in_a_judges_own_words_is_a_ruling():
    text = ("Mr Rahimi, you organised the crossings. The sentence I pass on you is one of 11 years' imprisonment. "
            "Mr Osei, the sentence on you is 7 years' imprisonment. On count 2 the sentence is 3 years and 6 months.")
    found = [c for c in proposed(text, "events") if c["event_type"] == "court_ruling"]
    assert len(found) == 3
    assert all(c["status"] == "occurred" for c in found)
    # ... but the sentence judged by others is no ruling
    assert proposed("Campaigners said the sentence is too lenient.", "events") == []


def test_fixc61_encounters_over_a_season_and_a_smuggler_met_are_no_meeting():
    assert proposed("\"Last summer we met women who had walked for days,\" the nurse said.", "events") == []
    text = "Rawand Karim, 40, whose brother paid a smuggler he had met in a cafe in 2023, spoke to reporters."
    assert [c for c in proposed(text, "events") if c["event_type"] == "meeting"] == []


def test_fixc61_people_counted_by_their_participle_over_a_year_are_no_arrest():
    text = "The spokesman said that of the 318 Syrian nationals detained inside Estonia this year, most had paid in cash."
    assert [c for c in proposed(text, "events") if c["event_type"] == "arrest"] == []


def test_fixa61_post_over_a_lowercase_field_ends_before_its_ministry():
    text = ("Rebaz Hama Salih, director general of youth and sport at the Kurdistan Region's Ministry of Culture, "
            "opened the hall on Monday.")
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Rebaz Hama Salih", "director general of youth and sport")]


def test_fixa61_research_firms_staff_hold_no_public_post():
    text = ("The survey was carried out by Harbourline Opinion Research. Dr Nadia Ferris, senior research director at "
            "Harbourline Opinion Research, said the replies were frank.")
    assert proposed(text, "officials") == []


def test_fixa61_title_comma_name_then_the_body_served():
    text = "The court heard from the duty inspector, Colin Ashby of the Port of Dover Police, that the lorry was sealed."
    found = [(c["name"], c["role"]) for c in proposed(text, "officials")]
    assert found == [("Colin Ashby", "duty inspector")]


def test_fixb61_a_wagons_or_carriages_number_is_a_label():
    text = "Border guards found the group hiding in carriage 9 of goods train 61830 near Basel on Tuesday."
    assert [c for c in proposed(text, "statistics") if c.get("value") == 9] == []
    # the rule itself, whatever the learnt veto says (a retrained veto brought such a number back once)
    from uis_build.drafting.statistics import _is_figure
    for sentence in (text, "Heat sensors picked up movement in wagon 6 of the night freight to Milan."):
        at = sentence.index(" 9 " if " 9 " in sentence else " 6 ") + 1
        assert not _is_figure(sentence, at, at + 1, int(sentence[at]))
    # ... but after an article the noun may open a count: "the wagon 12 people had boarded"
    text = "Officers searched the wagon 12 people had boarded in Verona."
    at = text.index("12")
    assert _is_figure(text, at, at + 2, 12)


def test_fixb61_the_children_an_addressed_defendant_has_are_no_figure():
    text = "I am told that you have four children and that your mother depends on you."
    assert proposed(text, "statistics") == []


def test_fixb61_a_counterfactual_toll_is_no_figure():
    text = '"Had the crew not spotted the dinghy, we might be dealing with 30 deaths today," the coastguard said.'
    assert proposed(text, "statistics") == []


def test_fixb61_the_sample_of_several_surveys_is_no_figure():
    text = "The study is based on three online surveys of 2,450 adults, run in March and again in October."
    assert [c for c in proposed(text, "statistics") if c.get("value") == 2450] == []


def test_fixb61_the_people_whose_phone_numbers_were_passed_on_are_counted():
    text = "The agency said it had handed the phone numbers of 23 Leeds-based brokers to Dutch police."
    assert [c["value"] for c in proposed(text, "statistics")] == [23]
    # ... but a number to call is still no figure
    assert proposed("Anyone with information should phone the incident line on 101.", "statistics") == []


@pytest.mark.parametrize("text, found", [
    # a share a sum just told is of: money, no count of anything
    ("The minister should move £12 million, half of the pact's budget, into jobs for returnees.", []),
    ("Kurdistan received 40 million euros, nearly half of the fund, last year.", []),
    ("Hungary paid 400 million forints, half of its grant, to the border agency.", []),
    # ... but a share of people counted is a ratio
    ("Of the 300 returnees interviewed, more than half said they had found work.", [0.5]),
])
def test_a_share_a_sum_just_told_is_of_is_no_figure(text, found):
    assert [c["value"] for c in proposed(text, "statistics", "2026-05-14") if c["unit"] == "ratio"] == found


def test_fixe61_pronoun_telling_this_newspaper_is_an_attribution():
    text = ("Lucy Brann chairs the panel.\n\nA retired coastguard, Owen Telford, was less kind. "
            "\"Nobody on that shore was ready,\" he told this newspaper.")
    assert one(text, "statements")["speaker"] == "Owen Telford"
    text = ("A retired coastguard, Owen Telford, was less kind. \"Nobody on that shore was ready,\" he said this week.")
    assert one(text, "statements")["speaker"] == "Owen Telford"


def test_fixe61_named_relative_putting_it_bluntly_speaks_the_next_paragraph():
    text = ("My uncle, Rebin Saleh, put it more plainly over dinner in his flat in Leeds.\n\n"
            "\"The ministers come with speeches. Nobody comes with jobs.\"")
    assert one(text, "statements")["speaker"] == "Rebin Saleh"


def test_fixe61_capitalised_rank_name_and_body_before_the_verb_is_the_named_one():
    text = ("The van was stopped at Cairnryan and its driver held at Stranraer Police Office overnight.\n\n"
            "\"They had no water at all,\" Inspector Morag Leckie of Galloway Police Division told reporters.")
    assert one(text, "statements")["speaker"] == "Morag Leckie"


def test_fixe61_pronoun_after_a_sentence_opening_with_a_possessive_name():
    text = ("Soran Baban, 30, left Koya in 2022. Ilse Vogt runs the hostel where he stayed.\n\n"
            "Baban's appeal failed in March. Now he sells phones in Erbil. \"I owe more than I earn,\" he says.")
    assert one(text, "statements")["speaker"] == "Soran Baban"
    # ... but a possessive name that is no sentence's subject leaves the pronoun to whom the sentence before names
    text = ("Soran Baban, 30, left Koya in 2022. Ilse Vogt runs the hostel.\n\n"
            "In May she found the man who held Baban's passport. \"He laughed at me,\" she says.")
    assert one(text, "statements")["speaker"] == "Ilse Vogt"


def _fixb62_values(text):
    return [c["value_text"] for c in proposed(text, "statistics")]


def test_fixb62_a_wish_that_others_double_something_is_no_ratio():
    text = "Asked what the council should do, the imam said: \"I would want them to double the youth grants.\""
    assert "double" not in _fixb62_values(text)


def test_fixb62_a_whole_hundred_per_cent_closing_a_boast_is_no_figure():
    text = "\"The passage is 100 per cent,\" the fixer said, showing us a phone full of photos."
    assert "100 per cent" not in _fixb62_values(text)


def test_fixb62_taken_to_a_named_hospital_counts_people():
    text = "The smugglers had 31 passengers on board, 20 Kurds and 11 Afghans. Three were taken to Dohuk General Hospital overnight."
    assert "Three" in _fixb62_values(text)


def test_fixb62_a_ratio_with_its_noun_between():
    text = "A survey found one household in four had a relative in Europe."
    assert [c["value"] for c in proposed(text, "statistics") if c["value_text"] == "one household in four"] == [0.25]


def test_fixb62_hours_of_a_service_and_words_a_year_are_volumes():
    assert "12,400" in _fixb62_values("Last year the council paid for 12,400 hours of Arabic interpreting at its clinics.")
    assert "about two million" in _fixb62_values("The contract covers about two million words a year of written translation.")
    assert _fixb62_values("The report ran to 3,000 words. He waited 14 hours.") == []


def test_fixa62_chief_of_a_trade_before_a_comma_and_name_is_the_named_ones_post():
    text = ("In its annual report the Border Force's Chief Surveyor, Dr Owen Pascoe, wrote that "
            "\"every port we inspect now has the scanners it was promised\".")
    assert _officials(text) == {"Owen Pascoe": "Chief Surveyor"}
    assert one(text, "statements")["speaker"] == "Owen Pascoe"


def test_fixa62_air_force_ranks_above_group_captain_are_titles():
    text = "Air Commodore Helen Varga, who commands the training wing, said the course would run twice a year."
    assert _officials(text) == {"Helen Varga": "Air Commodore"}
    text = "Air Vice-Marshal Tom Keane opened the new hangar at Waddington."
    assert _officials(text) == {"Tom Keane": "Air Vice-Marshal"}


def test_fixa62_a_professional_association_is_no_public_body():
    text = ("Ruth Bekele, chair of the Association of Court Translators, said her members had not had a pay rise "
            "since 2019.")
    assert "Ruth Bekele" not in _officials(text)


def test_fixa62_a_field_lead_in_apposition_holds_a_post():
    text = "Enquiries about the tender: Martin Okafor, Procurement Lead, Border Systems."
    assert _officials(text) == {"Martin Okafor": "Procurement Lead"}


def test_fixd62_money_spent_on_equipment_with_a_decimal_gloss_in_brackets():
    text = "The governor said the province had spent 2.6 billion dinars (about $1.9 million) on heartbeat detectors for its two crossings."
    assert [c["measure_type"] for c in proposed(text, "measures")] == ["equipment"]


def test_fixd62_equipment_bought_with_a_sum_from_a_programme():
    text = "Border guards at the crossing now use night-vision goggles bought with €400,000 from an EU-funded security project."
    assert [c["measure_type"] for c in proposed(text, "measures")] == ["equipment"]
    # ... not what a gang bought with its own money
    text = "The gang used night-vision goggles bought with cash from the migrants."
    assert [c for c in proposed(text, "measures") if c["measure_type"] != "TODO"] == []


def test_fixd62_charter_flights_awaiting_those_who_face_return():
    text = "Anyone whose appeal is dismissed faces return to Iraq on the charter flights the Dutch government runs to Erbil."
    assert [c["measure_type"] for c in proposed(text, "measures")] == ["returns"]


def test_fixd62_reception_office_in_iraq():
    text = "The minister told MPs that a reception office at Erbil airport would open next month for citizens sent back from Europe."
    found = [c for c in proposed(text, "measures") if c["measure_type"] != "TODO"]
    assert len(found) == 1 and found[0]["description_text"].startswith("reception office"), found


def test_fixd62_posters_told_with_the_warning_they_carry():
    text = "The police said they would put up posters at bus stations warning passengers that smugglers abandon people at sea."
    assert [c["measure_type"] for c in proposed(text, "measures")] == ["communications_campaign"]


def test_fixc62_day_before_a_speech_verb_is_the_sayings_not_the_reported_events():
    text = "On Tuesday, the ministry said that officers had detained four lorry drivers near the border crossing on 2 March."
    event = one(text, "events", reference="2026-03-10")
    assert (event["event_type"], event["date"], event["status"]) == ("arrest", "2026-03-02", "occurred")


def test_fixc62_court_ordering_a_suspect_named_by_initial_held():
    text = "A district court in Graz on Friday ordered Dilan R. held in custody pending trial."
    event = one(text, "events", reference="2026-05-22")
    assert (event["event_type"], event["date"], event["status"]) == ("court_ruling", "2026-05-22", "occurred")
    assert event["description_text"] == "ordered Dilan R. held in custody pending trial"


def test_fixc62_tender_engagement_event_held_is_a_meeting():
    text = "The Ministry of Justice held a supplier engagement event in Swindon on 12 January."
    event = one(text, "events", reference="2026-02-01")
    assert (event["event_type"], event["date"], event["status"]) == ("meeting", "2026-01-12", "occurred")
    assert not proposed("The charity held a fundraising event in Swindon on 12 January.", "events", reference="2026-02-01")


def test_fixc62_hosting_a_capitalised_minister_is_a_meeting():
    text = "The border committee hosted on Tuesday the Assistant Minister for Migration and his advisers."
    event = one(text, "events", reference="2026-03-06")
    assert (event["event_type"], event["date"], event["status"]) == ("meeting", "2026-03-03", "occurred")


def _fixe62_values(text):
    return [c["value_text"] for c in proposed(text, "statistics")]


def test_fixe62_a_witness_aside_on_peoples_bodily_state_is_no_figure():
    text = ("Inside the lorry the air was stifling, a rescuer told reporters. \"Three children had fainted. "
            "Two men could barely walk when we opened the doors.\"")
    assert "Three" not in _fixe62_values(text)
    assert "Two" not in _fixe62_values(text)


def test_fixe62_bodily_state_counts_outside_a_quotation_or_deaths_stay_figures():
    assert "Three" in _fixe62_values("Three children had fainted in the lorry before police opened it near Passau.")
    assert "Two" in _fixe62_values("\"Two women had died before we reached them,\" the rescuer said.")


def test_fixe62_the_individuals_named_again_are_counted_each_mention():
    text = ("The Treasury froze the assets of six members of a forged-visa ring on Tuesday. "
            "The six individuals may no longer enter the UK.")
    assert _fixe62_values(text).count("six") == 2
# -- fixf62: a podcast's turns with honorifics, letters after the name and a part in brackets; "…," she says ----------------

def test_fixf62_timestamped_caps_turns_with_honorific_postnominal_and_part_in_brackets():
    text = ("The Long Road, episode 9, 3 March 2026\n\n"
            "[00:00:12] SARA BELL (host): Hello and welcome. With me is Dr Omed Karim, who studies returns.\n\n"
            "[00:00:30] DR OMED KARIM: Glad to be here.\n\n"
            "[00:00:33] SARA BELL (host): The minister says the scheme works.\n\n"
            "[00:00:40] JAMES ROWE MP (clip): Every returnee gets a grant, and most of them take it.\n\n"
            "[00:00:52] DR OMED KARIM: Most do. The grant is small.\n\n"
            "It runs out within a month.\n\n"
            "[00:01:20] SARA BELL (host): Thank you.\n")
    found = {(c["speaker"], c["text_text"]) for c in proposed(text, "statements")}
    assert ("Omed Karim", "Glad to be here.") in found
    assert ("James Rowe", "Every returnee gets a grant, and most of them take it.") in found
    assert ("Sara Bell", "The minister says the scheme works.") in found
    # a turn goes on over the paragraphs after it, up to the next label
    assert ("Omed Karim", "Most do. The grant is small.\n\nIt runs out within a month.") in found
    assert not any(s == "Dr Omed Karim" or (s or "").endswith(" MP") for s, _ in found)


def test_fixf62_a_dateline_and_a_contact_line_are_no_turns():
    text = ("LONDON: Officials met on Monday. DR OMED KARIM was not there.\n\n"
            "Contact: press office, 020 7946 0000.\n\n"
            "The meeting ended at noon.\n")
    assert [c for c in proposed(text, "statements") if c["speaker"] in ("Omed Karim", "London")] == []


def test_fixf62_a_hotels_name_is_no_person_a_pronoun_could_stand_for():
    text = ("\"Guests come back every spring,\" says Hana Rauf, who runs the 40-room Mountain Gate Hotel in Akre.\n\n"
            "\"My cousin left for Dunkirk in 2021,\" she says.\n")
    speakers = {c["text_text"]: c["speaker"] for c in proposed(text, "statements")}
    assert speakers["My cousin left for Dunkirk in 2021"] == "Hana Rauf"


def test_fixf62_an_unnamed_relative_speaking_takes_the_pronoun_after():
    text = ("Rawa Salih, 52, who owns the bakery, said the boy had worked for him for a year.\n\n"
            "The missing boy's uncle, reached by phone in Derby, said the family had sold land to pay for the crossing. "
            "\"We have heard nothing since Friday,\" he said.\n")
    speakers = {c["text_text"]: c["speaker"] for c in proposed(text, "statements")}
    assert speakers["We have heard nothing since Friday"] is None
    # a relative named in apposition speaks as themself
    text = ("Rawa Salih, 52, who owns the bakery, said the boy had worked for him for a year.\n\n"
            "His brother, Aram Salih, said the family had sold land. \"We have heard nothing since Friday,\" he said.\n")
    speakers = {c["text_text"]: c["speaker"] for c in proposed(text, "statements")}
    assert speakers["We have heard nothing since Friday"] == "Aram Salih"


def test_fixb63_a_places_kit_counted_after_its_possessive():
    text = "The harbour master said the airport's three new body scanners had cut queues since March."
    assert [c["value"] for c in proposed(text, "statistics")] == [3]


def test_fixb63_a_part_of_a_count_after_including():
    text = "Police stopped 40 lorries on the motorway, including seven suspected of carrying migrants."
    assert sorted(c["value"] for c in proposed(text, "statistics")) == [7, 40]
    text = "The agency runs 30 reception centres, including four in the Basra province."
    assert sorted(c["value"] for c in proposed(text, "statistics")) == [4, 30]


def test_fixb63_a_speakers_anecdote_in_a_quotation():
    text = '"We once pulled three boys out of a freezer lorry near Dover," the retired officer recalls.'
    assert not proposed(text, "statistics")


def test_fixb63_a_number_a_condition_supposes():
    text = "\"If one man reads the warning and stays home,\" the officer said, \"the campaign is worth it.\""
    assert not proposed(text, "statistics")
    assert not proposed("If two boats go down in one night, the coastguard cannot cope, she warned.", "statistics")


def test_fixb63_kin_described_in_apposition_then_their_story():
    text = "Three children, two sisters and their cousin, moved schools in March after the family was housed in Bradford."
    assert not proposed(text, "statistics")


def test_fixa63_a_vox_pop_section_headed_by_a_capitalised_first_name_is_that_persons() -> None:
    text = ("We asked shoppers in Leeds what they made of the scheme.\n\n"
            "PRIYA, 52, a bus driver from Headingley\n\n"
            "Priya is unconvinced. \"Nobody on my route has noticed any difference at all this year.\"\n\n"
            "\"The fares keep going up and the buses keep getting later,\" she adds.\n\n"
            "TOMASZ, 33, warehouse supervisor from Beeston\n\n"
            "Tomasz likes the idea. \"My cousin got a job through it within two weeks of signing up.\"\n\n"
            "BACKGROUND\n\n"
            "\"The scheme has cost the council far more than it ever planned to spend on it.\"")
    found = proposed(text, "statements")
    assert [c["speaker"] for c in found] == ["Priya", "Priya", "Tomasz", None], found
    assert not proposed(text, "officials")


def test_fixa63_a_capitalised_header_naming_the_next_section_signs_nothing_above_it() -> None:
    text = ("DARA, 41, a taxi driver from Hull\n\n"
            "Dara came over in 2009. \"My brother waited three years for his papers,\" he said.\n\n"
            "\"He still has the letter from the Home Office and the stamp on it is smudged.\n\n"
            "\"Nobody ever explained the delay to him or to anyone in our family.\"\n\n"
            "WENDY, 66, retired teacher from Selby\n\n"
            "Wendy is doubtful. \"I have heard these promises before, every single year of my working life.\"")
    found = proposed(text, "statements")
    assert [c["speaker"] for c in found] == ["Dara", "Dara", "Wendy"], found


def test_fixa63_a_paragraph_quotation_after_she_says_is_hers_without_a_first_person() -> None:
    text = ("Lena Hartwig runs a shelter in Calais. She doubts the new patrols but says the shelter is short of beds.\n\n"
            "\"Families arrive after midnight with nothing, and the volunteers cannot turn them back into the rain.\"")
    found = proposed(text, "statements")
    assert [c["speaker"] for c in found] == ["Lena Hartwig"], found


def test_fixd63_passport_gates_opened_are_equipment():
    text = "The transport minister will travel to the port in June to open its first electronic passport gates."
    assert [(c["measure_type"], c["description_text"]) for c in proposed(text, "measures")] == \
        [("equipment", "electronic passport gates")]


def test_fixd63_what_a_count_includes_is_no_returns_measure():
    text = "Departure statistics cover both enforced and voluntary returns."
    assert not [c for c in proposed(text, "measures") if c["measure_type"] != "TODO"]


def test_fixd63_measure_granted_as_all_very_well_is_none():
    text = "\"Training coastguards in Libya is all very well, but the boats keep coming,\" she said."
    assert not [c for c in proposed(text, "measures") if c["measure_type"] != "TODO"]


def test_fixd63_step_still_to_discuss_names_no_system():
    text = ("The port opened new kiosks, while a delegation will visit Rome next month to discuss connecting the registry "
            "with Italian border systems.")
    assert "data_system" not in [c["measure_type"] for c in proposed(text, "measures")]
    kept = "The port opened new kiosks, while a delegation will visit Rome next month to discuss a shared alert system."
    assert "data_system" in [c["measure_type"] for c in proposed(kept, "measures")]


def test_fixd63_training_listed_late_in_what_a_programme_offers_is_the_programme():
    text = ("The ministry funds a reintegration programme, run by a charity, which offers returnees up to £2,000 in small "
            "grants, counselling and job training.")
    assert [c["measure_type"] for c in proposed(text, "measures")] == ["reintegration"]
