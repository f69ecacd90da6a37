"""The demo loader builds a browsable site and changes nothing when run again."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from cms.models import SiteSettings
from handbook.models import FrameworkArea, FrameworkValue

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
