"""Which things count as data that must not leave the company: client contracts and NDAs pasted into a public AI tool
are a data incident, like personal data."""

import pytest

from agent.sensitive import topic_of


@pytest.mark.parametrize(
    "question",
    [
        "one of my analysts pasted a stack of client contracts into a public LLM to summarise them. what now?",
        "a junior uploaded our customer NDAs to a public AI chatbot to test prompts. steps?",
    ],
)
def test_confidential_documents_in_a_public_ai_tool_are_a_data_incident(question):
    topic = topic_of(question)
    assert topic is not None and topic.name == "data_incident"


def test_a_public_chatbot_we_build_is_no_incident():
    assert topic_of("we are building a public chatbot for client contracts, how do i staff it?") is None


def test_opening_a_record_with_no_case_reason_is_a_data_incident():
    topic = topic_of("the audit log shows one of my analysts looked up a celebrity's account records three times with no business reason. what do i do?")
    assert topic is not None and topic.name == "data_incident"


@pytest.mark.parametrize(
    "question",
    [
        # records about members of the public sent to a personal account: a data incident, whatever the reason
        "my analyst exported about 20k ambulance call records (caller names, home addresses, the notes) and emailed "
        "them to his personal gmail to work from home. he told me himself. what do i do?",
        "one of my data scientists copied the patient records extract onto her personal laptop over the weekend. do i report this?",
    ],
)
def test_public_records_sent_to_a_personal_account_are_a_data_incident(question):
    topic = topic_of(question)
    assert topic is not None and topic.name == "data_incident"


def test_a_file_sent_to_the_wrong_people_with_personal_fields_is_a_data_incident():
    from agent.sensitive import topic_of

    q = ("one of my analysts forwarded the wrong export to our print vendor last week: instead of the 200 venue contacts it "
         "was the whole alumni list, names, phone numbers and donation history. she only noticed today. what do i do")
    topic = topic_of(q)
    assert topic is not None and topic.name == "data_incident"


@pytest.mark.parametrize(
    "question",
    [
        "yesterday one of my analysts sent the claims workbook meant for our auditors to the wrong email address, an old "
        "contact at a competitor. it had about 900 policyholders in it with names and dates of birth. what now?",
        "a data scientist told me he synced the call recordings onto his personal google drive over the weekend to keep "
        "training at home; the transcripts include customer names and card numbers. how do i handle this today?",
    ],
)
def test_personal_data_sent_to_the_wrong_address_or_copied_outside_is_a_data_incident(question):
    topic = topic_of(question)
    assert topic is not None and topic.name == "data_incident"


def test_slurry_is_a_material_never_slurred_speech():
    assert topic_of("the plant wants her for eight days on the slurry-viscosity alarm from monday; should i agree?") is None
    topic = topic_of("he was slurring his words on the 9am call and smelled of beer. what do i do?")
    assert topic is not None and topic.name != "data_incident"


@pytest.mark.parametrize(
    "question",
    [
        # a list of people, with the fields run together and no data word at all
        "one of my engineers exported the whole loyalty-member list (names emails phone numbers, ~60k people) to his personal onedrive last month",
        "she forwarded the subscriber spreadsheet to her gmail to finish the analysis on sunday. it has names and emails for 40k people",
        "turns out our intern synced the donor database to his own dropbox so he could work on the train",
        "a contractor copied 20k customer records onto his wife's laptop to run the notebook at home",
    ],
)
def test_a_list_of_people_moved_outside_in_any_wording_is_a_data_incident(question):
    topic = topic_of(question)
    assert topic is not None and topic.name == "data_incident"


@pytest.mark.parametrize(
    "question",
    [
        "can you draft a note to the team about the new customer list dashboard going live monday",
        "my analyst wants to export the model metrics to google sheets so the sales team can see them",
        "Tom copied the training code to his personal github to show in an interview, it has no data in it",
    ],
)
def test_data_words_without_people_data_moved_outside_are_no_incident(question):
    assert topic_of(question) is None


def test_asked_whether_to_report_it_the_answer_is_yes_with_the_regulator_clock(offline_copilot):
    answer = offline_copilot.ask(
        "help. my analyst downloaded the member list with names and home addresses to his personal laptop 10 days ago to work "
        "on it at home. do i need to report this or can i just get him to delete it?"
    ).answer
    assert "Do you have to report it? Yes, today" in answer
    assert "72 hours" in answer


@pytest.mark.parametrize(
    "question",
    [
        "one of my analysts left an unencrypted laptop with the claims extract on the tube last night",
        "the new grad printed the patient spreadsheet and took it home to read over the weekend",
        "he emailed a file of 900 tenants (names, addresses, arrears) to the wrong landlord this morning",
    ],
)
def test_personal_data_lost_carried_home_or_sent_to_the_wrong_recipient_is_a_data_incident(question):
    topic = topic_of(question)
    assert topic is not None and topic.name == "data_incident"


def test_a_laptop_left_at_home_with_no_data_is_no_incident():
    assert topic_of("i left my laptop at home so i couldn't run the forecast, can you help me plan the week") is None


def test_a_breach_drill_is_no_incident():
    assert topic_of("can you help me plan the data breach drill for q1? we want a mock leak of a fake customer list") is None


@pytest.mark.parametrize("question", [
    "one of my analysts forwarded the draft board pack to her personal email so she could finish it on the train",
    "turns out he copied the interview recordings onto his own laptop because the shared drive was slow",
    "my contractor uploaded the claims extract to her private dropbox to work on it over the weekend",
])
def test_work_material_moved_to_a_persons_own_account_is_a_data_incident(question):
    assert topic_of(question).name == "data_incident"


def test_a_personal_account_named_without_anything_moved_there_is_no_data_incident():
    topic = topic_of("she asked if she can read slack on her personal phone while travelling, is that ok?")
    assert topic is None or topic.name != "data_incident"
