"""The "Join the network" form page: editors' questions, accessible errors, spam checks, rate
limit, the email to the site's contact address, and submissions with export in the admin."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Site

from cms.forms import signed_now
from cms.models import SiteSettings
from home.models import HomePage
from members.factories import JoinPageFactory
from members.join import JoinPage
from tests.query_counts import COLD_BUDGET

pytestmark = pytest.mark.django_db

XSS = "<script>alert(1)</script>"
QUESTIONS = [
    {"label": "Your name", "field_type": "singleline", "required": True, "help_text": "What we should call you."},
    {"label": "Your email address", "field_type": "email", "required": True},
    {"label": "About you", "field_type": "multiline", "required": True},
    {
        "label": "How you might take part",
        "field_type": "checkboxes",
        "required": False,
        "choices": "Stories\nEvents",
    },
    {"label": "I agree to be contacted", "field_type": "checkbox", "required": True},
]


@pytest.fixture
def join(home_page):
    return JoinPageFactory(
        parent=home_page,
        slug="join",
        intro="No fee, no test.",
        thank_you_text="Thanks, we will write back.",
        to_address="page-fallback@example.org",
        questions=QUESTIONS,
    )


@pytest.fixture
def contact(home_page):
    return SiteSettings.objects.create(site=Site.objects.get(), contact_email="hello@example.org")


def answers(**overrides):
    data = {
        "your_name": "Kai",
        "your_email_address": "kai@example.org",
        "about_you": f"I run a food co-op. {XSS}",
        "how_you_might_take_part": ["Stories"],
        "i_agree_to_be_contacted": "on",
        "website": "",
        "started": signed_now(offset=60),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_the_page_renders_the_editors_questions_accessibly(client, join):
    response = client.get(join.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Join the network</h1>" in html and "No fee, no test." in html
    assert '<label for="id_your_name">Your name</label>' in html
    assert 'id="id_your_name-hint"' in html and 'aria-describedby="id_your_name-hint"' in html
    assert "<legend" in html and "How you might take part" in html  # checkboxes as a fieldset
    assert 'class="honeypot" hidden' in html and 'name="started"' in html


def test_a_valid_request_is_stored_thanked_and_emailed_to_the_contact_address(client, join, contact):
    response = client.post(join.url, answers())
    html = response.content.decode()
    assert response.status_code == 200
    assert "Thanks, we will write back." in html
    stored = FormSubmission.objects.get(page=join)
    data = stored.get_data()
    assert data["your_name"] == "Kai" and data["how_you_might_take_part"] == ["Stories"]
    assert "website" not in stored.form_data and "started" not in stored.form_data
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["hello@example.org"]
    assert message.reply_to == ["kai@example.org"]
    assert "because your address is the contact address of Test Hub" in message.body
    assert "About you\nI run a food co-op. <script>" in message.body  # plain text is plain
    html_body, mime = message.alternatives[0]
    assert mime == "text/html"
    assert "because your address is the contact address" in html_body
    assert "<script>alert" not in html_body and "&lt;script&gt;" in html_body
    assert "website" not in message.body and "started" not in message.body


def test_without_a_contact_address_the_page_address_is_used(client, join):
    client.post(join.url, answers())
    assert mail.outbox[0].to == ["page-fallback@example.org"]


def test_errors_are_next_to_each_field_with_a_summary_and_nothing_typed_is_lost(client, join):
    response = client.post(join.url, answers(your_name="", i_agree_to_be_contacted=None, your_email_address="nope"))
    html = response.content.decode()
    assert 'class="error-summary"' in html
    for name in ("your_name", "your_email_address", "i_agree_to_be_contacted"):
        assert f'id="id_{name}-error"' in html and f'href="#id_{name}"' in html
    assert "Please answer this question: Your name." in html
    assert 'aria-invalid="true"' in html
    assert "I run a food co-op." in html and 'value="nope"' in html
    assert not FormSubmission.objects.exists() and not mail.outbox


def test_the_honeypot_is_thanked_but_nothing_is_stored_or_sent(client, join):
    response = client.post(join.url, answers(website="http://spam.example"))
    assert "Thanks, we will write back." in response.content.decode()
    assert not FormSubmission.objects.exists() and not mail.outbox


def test_too_fast_is_refused_politely(client, join):
    response = client.post(join.url, answers(started=signed_now()))
    html = response.content.decode()
    assert "quicker than we expect from a person" in html and "I run a food co-op." in html
    assert not FormSubmission.objects.exists()


def test_the_next_request_over_the_limit_is_refused_politely_per_address(join, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "join": 2}
    visitor = Client(REMOTE_ADDR="192.0.2.1")
    for _ in range(2):
        assert "Thanks, we will write back." in visitor.post(join.url, answers()).content.decode()
    refused = visitor.post(join.url, answers(your_name="Third"))
    html = refused.content.decode()
    assert refused.status_code == 429 and refused["Retry-After"]
    assert 'class="error-summary"' in html and "please wait" in html.lower()
    assert 'value="Third"' in html
    assert FormSubmission.objects.count() == 2
    assert Client(REMOTE_ADDR="192.0.2.2").post(join.url, answers()).status_code == 200
    assert FormSubmission.objects.count() == 3


def test_editors_see_submissions_and_export_them(admin_client, join):
    Client().post(join.url, answers())
    listing = admin_client.get(f"/admin/forms/submissions/{join.pk}/")
    assert listing.status_code == 200 and "Kai" in listing.content.decode()
    export = admin_client.get(f"/admin/forms/submissions/{join.pk}/?export=csv")
    assert export.status_code == 200
    csv_text = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert "Your name" in csv_text and "Kai" in csv_text and "website" not in csv_text


def test_join_pages_live_under_the_home_page_only():
    assert JoinPage.parent_page_types == ["home.HomePage"]
    assert JoinPage.subpage_types == []
    assert "members.JoinPage" in HomePage.subpage_types


def test_editors_can_add_a_join_page_under_home(admin_client, home_page):
    response = admin_client.get(f"/admin/pages/add/members/joinpage/{home_page.pk}/")
    assert response.status_code == 200
    assert "Questions" in response.content.decode()


def test_the_join_page_translates_with_its_questions(join):
    from cms.demo_tools import Progress
    from cms.demo_translations import translate_page

    progress = Progress(lambda line: None)
    translate_page(join.get_parent(), "cy", {}, progress)
    strings = {"No fee, no test.": {"cy": "Dim ffi, dim prawf."}, "About you": {"cy": "Amdanoch chi"}}
    welsh = translate_page(join, "cy", strings, progress).specific
    assert welsh.locale.language_code == "cy" and welsh.live
    assert welsh.intro == "Dim ffi, dim prawf."
    labels = [field.label for field in welsh.form_fields.all()]
    assert len(labels) == len(QUESTIONS) and "Amdanoch chi" in labels
    html = Client().get(welsh.url).content.decode()
    assert "Dim ffi, dim prawf." in html and 'name="your_name"' in html


def test_the_join_page_query_cost_does_not_grow_with_its_questions(join, same_cost):
    from members.join import JoinFormField

    def grow(count):
        for number in range(JoinFormField.objects.filter(page=join).count(), count):
            JoinFormField.objects.create(
                page=join, sort_order=number, label=f"Question {number}", field_type="singleline", required=False
            )

    same_cost(join.url, grow, small=10, large=40, budget=COLD_BUDGET["join page"])


def test_join_requests_appear_on_the_dashboard_of_those_who_may_read_them(client, join, django_user_model):
    client.post(join.url, answers())
    people = {}
    for group in ("Editors", "Moderators"):
        user = django_user_model.objects.create_user(group.lower(), f"{group.lower()}@example.org", "pw")
        user.groups.add(Group.objects.get(name=group))
        people[group] = Client()
        people[group].force_login(user)
    editors = people["Editors"].get("/admin/").content.decode()
    assert "Join requests" in editors
    assert f"/admin/forms/submissions/{join.pk}/" in editors
    assert "kai@example.org" not in editors  # names and emails stay in the submissions list
    assert people["Editors"].get(f"/admin/forms/submissions/{join.pk}/").status_code == 200
    assert "Join requests" not in people["Moderators"].get("/admin/").content.decode()
