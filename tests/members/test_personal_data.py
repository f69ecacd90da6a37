"""The register of personal data: it lists every model that holds something about a person; the
data export has everything in it; deleting an account leaves nothing anywhere in the database.

The member does everything a member can: signs in (django-axes logs it), fails once, writes a
profile, sends a case study that is published with their credit name and another that stays a
draft in review (with an image), answers the join form and offers text for a handbook gap, and
gets emails (kept in the database queue). They delete their account with each choice for the
published case study; then every table is read, row by row, for their email, username, names,
credit name and the deleted draft's title.
"""

import json
import uuid

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection, models
from django.test import Client
from django.utils import timezone
from wagtail.models import TaskState

from cms.forms import signed_now
from handbook.models import GapContribution
from members.factories import JoinPageFactory, MemberFactory
from members.models import MemberProfile, Submission
from members.personal_data import NOT_PERSONAL, REGISTER
from stories.models import CaseStudyPage

from .test_submission_images import _png, _upload

pytestmark = pytest.mark.django_db

EMAIL = "zephyrine.quill@example.org"
USERNAME = "zquillfeather"
DISPLAY_NAME = "Zephyrine Quillfeather"
ORGANISATION = "Marigold Tenants Collective"
CREDIT_NAME = "Zeph Q. Marrowby"
DRAFT_TITLE = "Vellichor Street repairs"
NEEDLES = [EMAIL, USERNAME, DISPLAY_NAME, ORGANISATION, CREDIT_NAME, DRAFT_TITLE, "Quillfeather", "Marrowby"]
PASSWORD = "member-password"


def hits(needles=NEEDLES) -> list[tuple[str, str]]:
    """(table, needle) for every table row whose text contains one of ``needles``."""
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            # The names come from the database itself, quoted: nothing typed reaches this query.
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                text = " ".join(str(value) for value in row if value is not None).lower()
                found += [(table, needle) for needle in needles if needle.lower() in text]
    return sorted(set(found))


@pytest.fixture
def busy_member(settings, home_page, stories_index, moderator, form_data):
    settings.AXES_ENABLED = True
    settings.EMAIL_BACKEND = "cms.mail.QueuedEmailBackend"  # every email waits in the database queue
    settings.TASKS = {**settings.TASKS, "email": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    member = MemberFactory(username=USERNAME, email=EMAIL)
    MemberProfile.objects.filter(user=member).update(display_name=DISPLAY_NAME, organisation=ORGANISATION)
    client = Client(REMOTE_ADDR="203.0.113.40")
    Client(REMOTE_ADDR="203.0.113.41").post("/en/accounts/login/", {"login": EMAIL, "password": "wrong"})
    assert client.post("/en/accounts/login/", {"login": EMAIL, "password": PASSWORD}).status_code == 302
    new = "/en/members/submissions/new/"
    client.post(new, form_data(title="Tenants win repairs together", credit_name=CREDIT_NAME))
    page = CaseStudyPage.objects.get()
    TaskState.objects.get(pk=page.current_workflow_state.current_task_state_id).approve(user=moderator)
    image = _upload(_png(), "p.png", "image/png")
    client.post(new, form_data(title=DRAFT_TITLE, credit_name=CREDIT_NAME, new_image=image, lead_image_alt="A square"))
    join = JoinPageFactory(
        parent=home_page,
        slug="join",
        to_address="hello@example.org",
        questions=[
            {"label": "Your name", "field_type": "singleline", "required": True},
            {"label": "Your email", "field_type": "email", "required": True},
        ],
    )
    answers = {"your_name": DISPLAY_NAME, "your_email": EMAIL.upper(), "website": "", "started": signed_now(60)}
    assert client.post(join.url, answers).status_code == 200
    GapContribution.objects.create(
        gap_key=uuid.uuid4(), gap_title="Sharing forward", name=DISPLAY_NAME, email=EMAIL, text="What we learned."
    )
    before = {table for table, _needle in hits()}
    # Everything the test means to cover really holds the member's data before the deletion.
    expected = {
        "auth_user",
        "account_emailaddress",
        "members_memberprofile",
        "members_submission",
        "stories_storyentry",
        "wagtailcore_revision",
        "wagtailcore_pagelogentry",
        "wagtailforms_formsubmission",
        "handbook_gapcontribution",
        "axes_accesslog",
        "axes_accessattempt",
        "django_tasks_database_dbtaskresult",
    }
    assert expected <= before, expected - before
    return client, page


@pytest.mark.parametrize("choice", ["keep", "withdraw"])
def test_nothing_about_the_member_is_left_anywhere(busy_member, choice):
    client, page = busy_member
    response = client.post("/en/members/delete/", {"published": choice, "password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    assert hits() == []
    page.refresh_from_db()
    assert page.live is (choice == "keep")
    if choice == "keep":
        html = Client().get(page.url).content.decode()
        assert "Tenants win repairs together" in html and "Anonymous" in html
        # No old version an editor could go back to still names them.
        for revision in page.revisions.all():
            assert revision.as_object().credit == "Anonymous"


def _personal_fields(model) -> set[str]:
    """Fields declared on the model's own table that link to a user or hold an email address."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    return {
        f.name
        for f in model._meta.get_fields()
        if f.concrete
        and f.model is model
        and ((f.is_relation and f.related_model is user_model) or isinstance(f, models.EmailField))
    }


def test_every_model_with_a_user_link_or_an_email_is_in_the_register():
    listed = {holding.label: holding for holding in REGISTER}
    missing, unlisted_fields = [], []
    for model in apps.get_models(include_auto_created=True):
        personal = _personal_fields(model)
        if not personal or model._meta.label in NOT_PERSONAL:
            continue
        holding = listed.get(model._meta.label)
        if holding is None:
            missing.append(model._meta.label)
        elif personal - set(holding.fields):
            unlisted_fields.append((model._meta.label, personal - set(holding.fields)))
    assert missing == [], f"add these to members.personal_data.REGISTER (or NOT_PERSONAL, with why): {missing}"
    assert unlisted_fields == []
    for holding in REGISTER:
        for name in holding.fields:
            holding.model._meta.get_field(name)  # a typo in the register fails here


def test_the_export_has_everything_in_the_register(busy_member):
    client, _page = busy_member
    response = client.get("/en/members/my-data.json")
    data = json.loads(response.content)
    everything = data["everything"]
    assert set(everything) == {holding.label for holding in REGISTER}
    assert {row["email"] for row in everything["account.EmailAddress"]["rows"]} == {EMAIL}
    assert everything["members.MemberProfile"]["rows"][0]["display_name"] == DISPLAY_NAME
    revisions = everything["wagtailcore.Revision"]["rows"]
    assert {row["of"] for row in revisions} >= {"Tenants win repairs together", DRAFT_TITLE}
    assert any(row["by_me"] for row in revisions)
    assert [row["answers"]["your_email"] for row in everything["wagtailforms.FormSubmission"]["rows"]] == [
        EMAIL.upper()
    ]
    assert [row["name"] for row in everything["handbook.GapContribution"]["rows"]] == [DISPLAY_NAME]
    assert [row["address"] for row in everything["axes.AccessLog"]["rows"]] == ["203.0.113.40"]
    assert [row["address"] for row in everything["axes.AccessAttempt"]["rows"]] == ["203.0.113.41"]
    assert everything["django_tasks_database.DBTaskResult"]["rows"]
    assert {row["title"] for row in everything["stories.StoryEntry"]["rows"]} == {
        "Tenants win repairs together",
        DRAFT_TITLE,
    }
    assert "wagtailcore.PageLogEntry" in everything and everything["wagtailcore.PageLogEntry"]["rows"]


# Fields of the members app's own models that say nothing about a person (ids and links to
# pages or terms). Every other field is something about the member and must be in the register.
NOT_ABOUT_A_PERSON = {
    "id",
    "page",
    "framework_areas",
    "framework_values",
    "related_events",
    "updated_at",
    "lead_image_alt",
}


def test_every_field_of_a_member_model_is_in_the_register():
    """A new field on a member model (``declined_at`` was one) fails here until it is listed."""
    listed = {holding.label: set(holding.fields) for holding in REGISTER}
    unlisted = []
    for model in (MemberProfile, Submission):
        own = {f.name for f in model._meta.get_fields() if f.concrete and f.model is model}
        unlisted += [(model._meta.label, name) for name in sorted(own - listed[model._meta.label] - NOT_ABOUT_A_PERSON)]
    assert unlisted == []


def test_the_export_says_when_a_case_study_was_declined(busy_member):
    client, _page = busy_member
    submission = Submission.objects.exclude(page=None).first()
    submission.declined_at = timezone.now()
    submission.save(update_fields=["declined_at"])
    rows = json.loads(client.get("/en/members/my-data.json").content)["everything"]["members.Submission"]["rows"]
    assert submission.declined_at.isoformat() in {row["declined_at"] for row in rows}
