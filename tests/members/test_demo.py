"""Demo content: a moderator and a member whose case study waits for review; the dev logins."""

import pytest
from django.core.management import call_command
from django.test import Client, override_settings
from wagtail.models import Locale

from members.join import JoinPage
from members.models import Submission
from members.submissions import workflow
from stories.models import CaseStudyPage

pytestmark = pytest.mark.django_db


@override_settings(DEBUG=True)
def test_demo_submission_in_review_moderator_login_and_loading_twice_changes_nothing(capsys):
    call_command("load_demo_content")
    submission = Submission.objects.get(owner__username="demo-member")
    assert workflow.status_of(submission).code == workflow.Status.IN_REVIEW
    pages = CaseStudyPage.objects.count()

    call_command("ensure_dev_admin")
    out = capsys.readouterr().out
    assert "Moderator login" in out and "username: moderator" in out and "password: demo-dev-only" in out
    client = Client()
    assert client.login(username="moderator", password="demo-dev-only")
    assert "A tool library run by a street" in client.get("/admin/").content.decode()

    join = JoinPage.objects.get(locale=Locale.get_default())  # the Welsh and Arabic ones are its translations
    labels = [field.label for field in join.form_fields.all()]
    assert "About you" in labels and "What you hope to get from the network" in labels
    assert join.form_fields.filter(field_type="checkbox", required=True).exists()  # consent
    assert Client().get(join.url).status_code == 200

    call_command("load_demo_content")
    assert JoinPage.objects.count() == 3 and join.form_fields.count() == len(labels)  # English, Welsh, Arabic
    assert Submission.objects.count() == 1
    assert CaseStudyPage.objects.count() == pages
    assert submission.page.workflow_states.count() == 1
