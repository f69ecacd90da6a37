"""docs/roles.md's table, enforced: every task tried as each role through the real admin views.

The table is read from the document itself, so the two cannot drift: a "yes" must succeed and a
"no" must be refused (the admin answers with a redirect or a 403 and nothing changes).
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState

from cms.models import SiteText
from events.models import Person, Venue
from handbook.factories import FrameworkAreaFactory, GlossaryTermFactory, HandbookIndexPageFactory, HandbookPageFactory
from handbook.models import GapContribution, GlossaryTerm
from members.factories import MemberFactory
from members.models import Submission
from members.submissions import workflow
from stories.factories import StoryIndexPageFactory
from tests.admin_forms import form_data

pytestmark = pytest.mark.django_db

ROLES = {"Editors": "editor", "Moderators": "moderator"}


def _table() -> list[tuple[str, dict[str, bool]]]:
    text = (Path(settings.BASE_DIR) / "docs" / "roles.md").read_text()
    lines = [line for line in text.splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    rows = []
    for line in lines[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        rows.append((cells[0], {header[i]: cells[i] == "yes" for i in range(1, len(header))}))
    return rows


TABLE = _table()


class World:
    def __init__(self, home_page, user):
        self.user = user
        self.client = Client()
        self.client.force_login(user)
        handbook = HandbookIndexPageFactory(parent=home_page)
        self.page = HandbookPageFactory(parent=handbook, title="Listening first", slug="listening-first")
        self.home = home_page
        StoryIndexPageFactory(parent=home_page)
        self.term = GlossaryTermFactory(term="Mutual aid", slug="mutual-aid")
        self.area = FrameworkAreaFactory(name="Organise", slug="organise")
        self.site_text = SiteText.objects.create(locale=Locale.get_default(), tagline="Learning together")
        self.contribution = GapContribution.objects.create(
            gap_key="00000000-0000-0000-0000-000000000001",
            gap_title="Running a first meeting",
            name="Rhiannon Reader",
            email="reader@example.org",
            text="Start with names.",
            consent=True,
        )
        sender = MemberFactory(username="sender", email="sender@example.org")
        self.submission = self._submitted(sender, "Tenants win repairs")
        self.own_submission = self._submitted(user, "My own network")

    @staticmethod
    def _submitted(owner, title):
        submission = Submission.objects.create(
            owner=owner, title=title, summary="S", context="C", what_was_done="W", consent=True
        )
        workflow.submit(submission.pk, owner)
        submission.refresh_from_db()
        return submission

    def get(self, url):
        response = self.client.get(url)
        return response.content.decode() if response.status_code == 200 else None

    def edit_snippet(self, obj, publish=False, **changes):
        """Edit a snippet; with ``publish`` press "Publish" (a snippet with drafts changes what
        readers see only then), else the form's only button, "Save"."""
        url = reverse(type(obj).snippet_viewset.get_url_name("edit"), args=[obj.pk])
        html = self.get(url)
        if html is None:
            return False
        data = form_data(html, type(obj).snippet_viewset.get_form_class())
        data.update(changes)
        if publish:
            data["action-publish"] = "action-publish"
        self.client.post(url, data)
        obj.refresh_from_db()
        return all(getattr(obj, name) == value for name, value in changes.items())

    def add_snippet(self, model, publish=False, **values):
        url = reverse(model.snippet_viewset.get_url_name("add")) + "?locale=en"
        html = self.get(url)
        if html is None:
            return False
        data = form_data(html, model.snippet_viewset.get_form_class())
        data.update(values)
        if publish:
            data["action-publish"] = "action-publish"
        self.client.post(url, data)
        found = model.objects.filter(**values)
        return found.live().exists() if publish else found.exists()

    def act(self, submission, action, comment=""):
        page = Page.objects.get(pk=submission.page_id)
        task_state = page.current_workflow_state.current_task_state
        self.client.post(f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/", {"comment": comment})
        return page


def edit_and_publish(w):
    url = reverse("wagtailadmin_pages:edit", args=[w.page.pk])
    html = w.get(url)
    if html is None:
        return False
    data = form_data(html, type(w.page).get_edit_handler().get_form_class())
    data.update({"title": "Listening first, revised", "action-publish": "action-publish"})
    w.client.post(url, data)
    w.page.refresh_from_db()
    return w.page.live and w.page.title == "Listening first, revised"


def translate(w):
    url = reverse("wagtail_localize:submit_page_translation", args=[w.home.pk])
    if w.get(url) is None:
        return False
    welsh = Locale.objects.get_or_create(language_code="cy")[0]
    w.client.post(url, {"locales": [welsh.pk]})
    return Page.objects.filter(translation_key=w.home.translation_key, locale=welsh).exists()


def approve(w, submission):
    page = w.act(submission, "approve")
    page.refresh_from_db()
    return page.live


def request_changes(w):
    page = w.act(w.submission, "request_changes", "Please name the city.")
    return page.workflow_states.order_by("-pk").first().status == WorkflowState.STATUS_NEEDS_CHANGES


def decline(w):
    page = w.act(w.submission, "decline", "Outside the network.")
    w.submission.refresh_from_db()
    page.refresh_from_db()
    return w.submission.declined_at is not None and not page.live


TASKS = {
    "Edit and publish a handbook page": edit_and_publish,
    "Add and publish a glossary term": lambda w: w.add_snippet(
        GlossaryTerm, publish=True, term="Commons", slug="commons", short_definition="Shared."
    ),
    "Edit and publish a framework area": lambda w: w.edit_snippet(w.area, publish=True, summary="Organising, plainly."),
    "Edit and publish the site text (tagline, footer)": lambda w: w.edit_snippet(
        w.site_text, publish=True, tagline="Learning from each other"
    ),
    "Add a person (speaker)": lambda w: w.add_snippet(Person, name="Dafydd Speaker"),
    "Add a venue": lambda w: w.add_snippet(Venue, name="Chapel Hall"),
    "Translate a page": translate,
    "See which translations are missing or out of date (Reports → Translation status)": lambda w: (
        "Translation status" in (w.get(reverse("translation_status")) or "")
    ),
    "Read readers' gap contributions": lambda w: (
        "Rhiannon Reader" in (w.get(reverse(GapContribution.snippet_viewset.get_url_name("list"))) or "")
    ),
    "See who sent member submissions": lambda w: "sender@example.org" in (w.get("/admin/member-submissions/") or ""),
    "Approve and publish a member's case study": lambda w: approve(w, w.submission),
    "Request changes to a member's case study": request_changes,
    "Decline a member's case study": decline,
    "Approve one's own case study": lambda w: approve(w, w.own_submission),
}


def test_the_table_lists_every_task_the_test_knows():
    assert [task for task, _ in TABLE] == list(TASKS)
    assert all(set(allowed) == set(ROLES) for _, allowed in TABLE)


@pytest.mark.parametrize("role", list(ROLES))
@pytest.mark.parametrize(("task", "allowed"), TABLE, ids=[task for task, _ in TABLE])
def test_each_task_is_possible_only_for_its_roles(home_page, role, task, allowed):
    user = MemberFactory(username=ROLES[role], email=f"{ROLES[role]}@example.org")
    user.groups.add(Group.objects.get(name=role))
    done = TASKS[task](World(home_page, user))
    assert done == allowed[role], f"{role} {'could not' if allowed[role] else 'could'}: {task}"
