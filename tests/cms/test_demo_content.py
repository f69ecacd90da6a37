"""The demo loader builds a browsable site and changes nothing when run again."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from cms.models import SiteSettings
from handbook.models import FrameworkArea, FrameworkValue, GlossaryTerm

pytestmark = pytest.mark.django_db


def _snapshot():
    return (
        list(Page.objects.order_by("path").values_list("path", "title", "live")),
        SiteSettings.objects.count(),
        FrameworkArea.objects.count(),
        FrameworkValue.objects.count(),
    )


def test_demo_content_is_idempotent_and_serves(client, capsys):
    call_command("load_demo_content")
    first = _snapshot()
    out = capsys.readouterr().out
    assert "created" in out  # progress is shown
    call_command("load_demo_content")
    assert _snapshot() == first
    assert "0 created" in capsys.readouterr().out

    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class.__name__ == "HomePage"
    # Eight areas and four values, each also translated into Welsh and Arabic by the demo.
    assert FrameworkArea.objects.filter(locale__language_code="en").count() == 8
    assert FrameworkValue.objects.filter(locale__language_code="en").count() == 4
    assert FrameworkArea.objects.count() == 8 * 3
    for url in ("/en/", "/en/about/", "/en/search/?q=network", "/sitemap.xml"):
        assert client.get(url).status_code == 200, url


def test_demo_content_arrives_written_by_named_editors(admin_client):
    """Every live demo page and every published snippet with drafts has a revision saved and
    published by a named demo editor: the admin's "Updated" column and History are not empty."""
    from django.urls import reverse
    from wagtail.models import DraftStateMixin, Revision
    from wagtail.snippets.models import get_snippet_models

    from cms.demo_editors import DEMO_EDITORS

    call_command("load_demo_content")
    names = {f"{editor['first_name']} {editor['last_name']}" for editor in DEMO_EDITORS}
    editors = {details["username"] for details in DEMO_EDITORS}
    pages = Page.objects.filter(depth__gt=1, live=True)
    assert pages.count() > 20
    for page in pages:
        assert page.latest_revision_id is not None, page.url_path
        assert page.live_revision.user.username in editors, page.url_path
    drafted = [model for model in get_snippet_models() if issubclass(model, DraftStateMixin)]
    assert {model.__name__ for model in drafted} >= {"SiteText", "GlossaryTerm", "FrameworkArea", "FrameworkValue"}
    for model in drafted:
        rows = model.objects.all()
        assert rows.exists(), model.__name__
        for obj in rows:
            assert Revision.objects.for_instance(obj).filter(user__username__in=editors).exists(), obj
            assert obj.live_revision is not None, obj

    page = Page.objects.get(url_path="/home/about/")
    history = admin_client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert any(name in history for name in names), "the page's history names no demo editor"
    term = GlossaryTerm.objects.filter(locale__language_code="en").first()
    viewset = type(term).snippet_viewset
    term_history = admin_client.get(reverse(viewset.get_url_name("history"), args=[term.pk])).content.decode()
    assert any(name in term_history for name in names), "the term's history names no demo editor"
