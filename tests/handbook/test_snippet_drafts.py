"""Glossary terms and framework areas keep drafts, revisions and previews (issue #16).

Everything goes through the real admin views, as an editor would: "Save draft" changes nothing
readers see (neither the row nor the page cache), "Publish" does; History lists each version,
"Revert" brings an old one back, and the preview shows the draft with the admin's policy.
"""

import pytest
from django.urls import reverse

from cms import cache
from handbook.factories import FrameworkAreaFactory, FrameworkPageFactory, GlossaryTermFactory
from handbook.models import FrameworkArea, GlossaryTerm
from tests.admin_forms import form_data

pytestmark = pytest.mark.django_db

TERM_URL = "/en/handbook/glossary/can/"


def _url(obj_or_model, name, *args):
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    return reverse(model.snippet_viewset.get_url_name(name), args=args)


def _edit(client, obj, publish=False, **changes):
    url = _url(obj, "edit", obj.pk)
    data = form_data(client.get(url).content.decode(), type(obj).snippet_viewset.get_form_class())
    data.update(changes)
    if publish:
        data["action-publish"] = "action-publish"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    obj.refresh_from_db()
    return data


def _published_once(obj, user):
    """A snippet as the site has it after a migration or the demo: live, with one revision."""
    obj.save_revision(user=user).publish(user=user)
    obj.refresh_from_db()
    return obj


@pytest.fixture
def page_cache(settings):
    settings.CMS_PAGE_CACHE = True


@pytest.fixture
def term(handbook, can_term, admin_user):
    return _published_once(can_term, admin_user)


def test_a_saved_draft_leaves_the_term_page_and_the_cache_alone_until_published(admin_client, client, page_cache, term):
    assert "A group of neighbours" in client.get(TERM_URL).content.decode()
    generation = cache.generation()

    _edit(admin_client, term, short_definition="A draft definition nobody should read yet.")
    assert term.has_unpublished_changes
    assert term.short_definition.startswith("A group of neighbours"), "the draft reached the live row"
    assert cache.generation() == generation, "saving a draft emptied the page cache"
    html = client.get(TERM_URL).content.decode()
    assert "A group of neighbours" in html and "A draft definition" not in html
    assert "A draft definition" not in client.get("/en/handbook/glossary/").content.decode()

    _edit(admin_client, term, publish=True, short_definition="Neighbours acting together.")
    assert cache.generation() != generation
    assert not term.has_unpublished_changes
    assert "Neighbours acting together." in client.get(TERM_URL).content.decode()
    assert "Neighbours acting together." in client.get("/en/handbook/glossary/").content.decode()


def test_a_term_never_published_is_nowhere_readers_look(admin_client, client, handbook, term, ways):
    url = _url(GlossaryTerm, "add") + "?locale=en"
    data = form_data(admin_client.get(url).content.decode(), GlossaryTerm.snippet_viewset.get_form_class())
    data.update({"term": "Commons", "slug": "commons", "short_definition": "What a group holds together."})
    assert admin_client.post(url, data).status_code == 302
    draft = GlossaryTerm.objects.get(slug="commons")
    assert not draft.live
    assert client.get("/en/handbook/glossary/commons/").status_code == 404
    assert "Commons" not in client.get("/en/handbook/glossary/").content.decode()
    assert "Commons" not in client.get("/en/search/?q=commons").content.decode()
    assert "/handbook/glossary/commons/" not in client.get("/sitemap.xml").content.decode()

    # A live page that points at the draft term shows nothing of it.
    ways.body.append(("term", {"term": draft, "note": ""}))
    ways.save_revision().publish()
    assert "What a group holds together" not in client.get(ways.url).content.decode()

    draft.get_latest_revision().publish()
    assert client.get("/en/handbook/glossary/commons/").status_code == 200
    assert "What a group holds together" in client.get(ways.url).content.decode()


def test_history_lists_each_version_and_revert_brings_one_back(admin_client, client, term):
    _edit(admin_client, term, publish=True, short_definition="Second version.")
    _edit(admin_client, term, short_definition="Third version, a draft.")
    revisions = list(term.revisions.order_by("created_at"))
    assert len(revisions) == 3
    history = admin_client.get(_url(term, "history", term.pk)).content.decode()
    assert history.count("revisions/compare/") >= 2 or history.count("/revert/") >= 2
    assert "Published" in history or "published" in history

    first = revisions[0]
    revert_url = _url(term, "revisions_revert", term.pk, first.pk)
    form_html = admin_client.get(revert_url).content.decode()
    assert "A group of neighbours" in form_html  # the old version, ready to save again
    data = form_data(form_html, GlossaryTerm.snippet_viewset.get_form_class())
    data["action-publish"] = "action-publish"
    assert admin_client.post(revert_url, data).status_code == 302
    term.refresh_from_db()
    assert term.short_definition.startswith("A group of neighbours")
    assert term.revisions.count() == 4
    assert "A group of neighbours" in client.get(TERM_URL).content.decode()


def _directives(header: str) -> dict:
    return {name: values for name, *values in (part.split() for part in header.split(";") if part.strip())}


def test_the_preview_shows_the_draft_on_the_term_page_with_the_admin_policy(admin_client, client, term):
    url = _url(term, "preview_on_edit", term.pk)
    data = form_data(admin_client.get(_url(term, "edit", term.pk)).content.decode())
    data["short_definition"] = "Only in the preview."
    assert admin_client.post(url, data).json() == {"is_valid": True, "is_available": True}
    for params in ({"in_preview_panel": "true"}, {}):
        response = admin_client.get(url, params)
        html = response.content.decode()
        assert response.status_code == 200
        assert "Only in the preview." in html
        assert "<h1><dfn>CAN</dfn></h1>" in html  # the term's own glossary page
        assert _directives(response["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]
    assert "Only in the preview." not in client.get(TERM_URL).content.decode()


@pytest.fixture
def area(home_page, admin_user):
    FrameworkPageFactory(parent=home_page)
    area = FrameworkAreaFactory(name="Organise", slug="organise", summary="People acting together.")
    return _published_once(area, admin_user)


def test_a_framework_area_draft_waits_for_publishing(admin_client, client, page_cache, area):
    assert "People acting together." in client.get("/en/framework/organise/").content.decode()
    generation = cache.generation()
    _edit(admin_client, area, summary="Draft summary.")
    assert cache.generation() == generation
    assert "Draft summary." not in client.get("/en/framework/organise/").content.decode()
    assert "Draft summary." not in client.get("/en/framework/").content.decode()
    _edit(admin_client, area, publish=True, summary="Published summary.")
    assert "Published summary." in client.get("/en/framework/organise/").content.decode()
    assert "Published summary." in client.get("/en/framework/").content.decode()


def test_a_framework_area_never_published_is_not_shown_or_offered(admin_client, client, area):
    url = _url(FrameworkArea, "add") + "?locale=en"
    data = form_data(admin_client.get(url).content.decode(), FrameworkArea.snippet_viewset.get_form_class())
    data.update({"name": "Rest", "slug": "rest", "summary": "Time off.", "sort_order": "9"})
    assert admin_client.post(url, data).status_code == 302
    assert not FrameworkArea.objects.get(slug="rest").live
    assert client.get("/en/framework/rest/").status_code == 404
    assert "Time off." not in client.get("/en/framework/").content.decode()
    assert list(FrameworkArea.objects.live().same_facet("rest")) == []


def test_the_area_preview_is_its_framework_page_with_the_admin_policy(admin_client, area):
    url = _url(area, "preview_on_edit", area.pk)
    data = form_data(admin_client.get(_url(area, "edit", area.pk)).content.decode())
    data["summary"] = "Previewed summary."
    data.setdefault("practices-count", "0")
    assert admin_client.post(url, data).json()["is_valid"]
    response = admin_client.get(url, {"in_preview_panel": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Previewed summary." in html and "<h1" in html and "Organise" in html
    assert _directives(response["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]


def test_editors_can_lock_a_term(admin_client, term):
    assert admin_client.post(_url(term, "lock", term.pk)).status_code == 302
    term.refresh_from_db()
    assert term.locked


def test_the_migration_gives_existing_rows_a_live_first_revision(handbook, can_term):
    """cms.first_revisions (run by handbook 0004) on rows that have no revision yet."""
    from django.apps import apps

    from cms import first_revisions

    mutual = GlossaryTermFactory(term="Mutual aid", slug="mutual-aid")
    can_term.related_terms.set([mutual])
    can_term.save()
    assert can_term.latest_revision is None
    assert first_revisions.record(apps, "handbook", "GlossaryTerm", lambda obj: obj.term) == 2
    can_term.refresh_from_db()
    assert can_term.live and not can_term.has_unpublished_changes
    assert can_term.live_revision_id == can_term.latest_revision_id is not None
    restored = can_term.live_revision.as_object()
    assert restored.short_definition == can_term.short_definition
    assert [term.pk for term in restored.related_terms.all()] == [mutual.pk]
    assert first_revisions.record(apps, "handbook", "GlossaryTerm", lambda obj: obj.term) == 0


def test_a_term_scheduled_for_later_goes_live_when_publish_scheduled_runs(admin_client, client, handbook):
    """Scheduling from the editor's status panel: published "for later" is not live until
    Wagtail's ``publish_scheduled`` (deploy/systemd/hub-publish-scheduled.timer) runs after the time."""
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    url = _url(GlossaryTerm, "add") + "?locale=en"
    data = form_data(admin_client.get(url).content.decode(), GlossaryTerm.snippet_viewset.get_form_class())
    later = timezone.localtime() + timedelta(hours=1)
    data.update(
        {
            "term": "Commons",
            "slug": "commons",
            "short_definition": "What a group holds together.",
            "go_live_at": later.strftime("%Y-%m-%d %H:%M"),
            "action-publish": "action-publish",
        }
    )
    assert admin_client.post(url, data).status_code == 302
    term = GlossaryTerm.objects.get(slug="commons")
    assert not term.live and term.go_live_at is not None
    call_command("publish_scheduled")
    assert client.get("/en/handbook/glossary/commons/").status_code == 404

    # An hour later (moved back rather than waiting): the approved time and the version's own.
    revision = term.revisions.get(approved_go_live_at__isnull=False)
    earlier = timezone.now() - timedelta(minutes=1)
    revision.approved_go_live_at = earlier
    revision.content["go_live_at"] = earlier.isoformat()
    revision.save()
    call_command("publish_scheduled")
    term.refresh_from_db()
    assert term.live
    assert client.get("/en/handbook/glossary/commons/").status_code == 200
