"""A case study sent in by a member is translated like any admin-made page, through moderation."""

# The members tests' fixtures are imported below and then used as arguments (pytest fixtures).
# ruff: noqa: F811

import pytest
from django.test import Client
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from cms.demo_translations import translate_page
from members.models import Submission
from members.submissions.workflow import moderation_workflow
from stories.models import CaseStudyPage
from tests.members.conftest import area, form_data, member, moderator, stories_index, value  # noqa: F401

pytestmark = pytest.mark.django_db

WELSH = {
    "Stories": "Straeon",
    "Tenants win repairs together": "Tenantiaid yn ennill atgyweiriadau gyda'i gilydd",
    "Neighbours pooled their complaints and got the landlord to act.": (
        "Cyfunodd cymdogion eu cwynion a chael y landlord i weithredu."
    ),
}


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def _act(client, page, action):
    """Press a workflow button in the admin, as a moderator would."""
    task_state = page.current_workflow_state.current_task_state
    return client.post(f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/", {"comment": ""})


@pytest.fixture
def approved_case_study(translated_site, stories_index, member, moderator, form_data):
    """A member sends a case study in; a moderator approves it, which publishes it."""
    assert _client(member).post("/en/members/submissions/new/", form_data()).status_code == 302
    page = CaseStudyPage.objects.get(locale__language_code="en")
    assert Submission.objects.get().page_id == page.pk
    assert _act(_client(moderator), page, "approve").status_code == 302
    page.refresh_from_db()
    assert page.live
    return page


def test_submitted_case_study_is_translated_and_stays_a_draft_until_approved(
    client,
    approved_case_study,
    stories_index,
    moderator,
    locales,
    silent,
):
    page = approved_case_study
    # The same identity every admin-made page has: a locale and a translation key.
    assert page.locale == locales["en"] and page.translation_key
    # The admin's Translate action is offered to editors for it.
    translate_url = f"/admin/localize/submit/page/{page.pk}/"
    assert _client(moderator).get(translate_url).status_code in (200, 302)

    translate_page(stories_index, "cy", {k: {"cy": v} for k, v in WELSH.items()}, silent)
    # What the translation editor does: the page's strings as a TranslationSource, a Translation
    # into Welsh, the translator's strings, then a draft in the Welsh tree.
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locales["cy"])
    po = translation.export_po()
    for entry in po:
        entry.msgstr = WELSH.get(entry.msgid, "")
    translation.import_po(po, user=moderator, translation_type="manual")
    welsh, _created = source.create_or_update_translation(locales["cy"], user=moderator, publish=False, fallback=True)

    welsh = CaseStudyPage.objects.get(pk=welsh.pk)
    assert welsh.translation_key == page.translation_key
    assert not welsh.live
    assert welsh.get_latest_revision().as_object().title == "Tenantiaid yn ennill atgyweiriadau gyda'i gilydd"
    assert StringTranslation.objects.filter(locale=locales["cy"], translation_of__data=page.title).exists()
    welsh_url = f"/cy/stories/{page.slug}/"
    _shows_the_original_only(client, welsh_url)  # a draft: nobody sees it yet
    assert 'hreflang="cy"' not in client.get(page.url).content.decode()  # not offered in the switcher

    # Submitted for moderation like any edit; still not live until a moderator approves.
    moderation_workflow().start(welsh, moderator)
    welsh.refresh_from_db()
    assert not welsh.live
    _shows_the_original_only(client, welsh_url)
    assert _act(_client(moderator), welsh, "approve").status_code == 302

    welsh.refresh_from_db()
    assert welsh.live
    html = client.get(welsh_url).content.decode()
    assert "Tenantiaid yn ennill atgyweiriadau gyda&#x27;i gilydd" in html
    assert "Cyfunodd cymdogion eu cwynion" in html
    assert '<html lang="cy" dir="ltr">' in html
    assert f'href="{welsh_url}" lang="cy" hreflang="cy"' in client.get(page.url).content.decode()
    # The member's own record still points at the English page they sent in.
    assert Submission.objects.get().page_id == page.pk
    assert Page.objects.filter(translation_key=page.translation_key, live=True).count() == 2


def _shows_the_original_only(client, welsh_url):
    """The Welsh address of a page whose translation is a draft shows the English original,
    marked as such (cms/language_fallback.py), never the draft."""
    response = client.get(welsh_url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="language-original" lang="en" dir="ltr"' in html
    assert "Tenantiaid" not in html
