"""Story, case study and index pages: what a reader sees, and where editors may create them."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page

from cms.factories import StandardPageFactory
from stories.factories import StoryIndexPageFactory
from stories.models import CaseStudyPage, Completeness, StoryEntry, StoryIndexPage, StoryPage
from tests.page_rules import admin_add_status, assert_creatable_only_under

pytestmark = pytest.mark.django_db

QUOTE = [
    (
        "quotation",
        {
            "quote": "We only had soup and a room.",
            "person": "Nadia",
            "role": "Cook",
            "source_title": "",
            "source_url": "",
        },
    )
]


def test_story_page_shows_narrative_credit_completeness_and_classification(client, framework, make_story):
    story = make_story(
        title="Soup night",
        summary="How a shared meal started a union.",
        place="Leeds",
        credit_name="Nadia",
        completeness=Completeness.REVIEWED,
        body=[("paragraph", "<p>We knocked on three doors.</p>")],
        quotations=QUOTE,
        tags=["housing", "shared meals"],
        framework_areas=[framework["areas"]["listening"]],
        framework_values=[framework["values"]["participation"]],
    )
    response = client.get(story.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Soup night</h1>" in html
    assert "How a shared meal started a union." in html
    assert "We knocked on three doors." in html
    assert "<dd>Nadia</dd>" in html
    assert "Reviewed by editors" in html
    assert 'href="/en/stories/?completeness=reviewed"' in html
    assert "We only had soup and a room." in html
    assert 'href="/en/stories/tags/housing/"' in html
    assert 'href="/en/stories/?area=listening">Listening</a>' in html
    assert 'href="/en/stories/?value=participation">Participation</a>' in html
    assert "Leeds" in html


def test_anonymous_credit_hides_the_name(client, make_story):
    story = make_story(title="Quiet story", credit_name="Secret Person", credit_anonymous=True)
    html = client.get(story.url).content.decode()
    assert "<dd>Anonymous</dd>" in html
    assert "Secret Person" not in html


def test_empty_credit_reads_anonymous(make_story):
    assert make_story(credit_name="  ").credit == "Anonymous"


def test_case_study_shows_its_sections_in_order_and_skips_empty_ones(client, make_case):
    case = make_case(
        title="Fridge network",
        period="2022 to 2024",
        organisations="Food group\nSupermarket",
        context="No group could afford the checks.",
        what_was_done="They shared one log.",
        outcomes="Four fridges opened.",
        lessons="",
        do_differently="Agree who owns the log.",
    )
    html = client.get(case.url).content.decode()
    assert "<dd>2022 to 2024</dd>" in html
    assert "<li>Food group</li>" in html and "<li>Supermarket</li>" in html
    headings = ["Context and problem", "What was done", "Outcomes", "What they would do differently"]
    positions = [html.index(f'">{heading}</h2>') for heading in headings]
    assert positions == sorted(positions)
    assert "What was learned</h2>" not in html
    assert '<a href="#what-was-done">What was done</a>' in html


def test_case_study_text_is_escaped(client, make_case):
    case = make_case(context="<script>alert('x')</script>", organisations="<b>Group</b>")
    html = client.get(case.url).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html
    assert "&lt;b&gt;Group&lt;/b&gt;" in html


def test_lead_image_renders_with_its_alt_text(client, make_story):
    image = Image.objects.create(title="Chairs", file=get_test_image_file())
    story = make_story(lead_image=image, lead_image_alt="Chairs set out in a ring")
    html = client.get(story.url).content.decode()
    assert 'alt="Chairs set out in a ring"' in html


def test_lead_image_needs_alt_text_and_place_refuses_addresses(make_story):
    image = Image.objects.create(title="Chairs", file=get_test_image_file())
    story = make_story()
    story.lead_image, story.lead_image_alt = image, ""
    with pytest.raises(ValidationError) as error:
        story.full_clean()
    assert "lead_image_alt" in error.value.message_dict
    story.lead_image_alt, story.place = "Chairs", "12 High Street, LS1 4AB"
    with pytest.raises(ValidationError) as error:
        story.full_clean()
    assert "town or region only" in error.value.message_dict["place"][0]


def test_publishing_a_revision_keeps_tags_areas_and_values(framework, make_case):
    case = make_case(title="Revised")
    case.tags.add("food")
    case.framework_areas.set([framework["areas"]["connect"]])
    case.framework_values.set([framework["values"]["learning"]])
    case.save_revision().publish()
    fresh = CaseStudyPage.objects.get(pk=case.pk)
    assert [tag.name for tag in fresh.tags.all()] == ["food"]
    assert fresh.area_names == ["Connect"]
    assert fresh.value_names == ["Learning"]


def test_index_renders_cards(client, index, make_story, make_case):
    make_story(title="A story", summary="Story summary.")
    make_case(title="A case", summary="Case summary.")
    response = client.get(index.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "A story" in html and "A case" in html
    assert "2 stories and case studies" in html
    assert 'rel="alternate" type="application/rss+xml"' in html


def test_index_only_under_home_page_and_only_once(admin_client, home_page):
    about = StandardPageFactory(parent=home_page, slug="about")
    root = Page.get_first_root_node()
    assert_creatable_only_under(admin_client, StoryIndexPage, allowed=[home_page], refused=[root, about])
    index = StoryIndexPageFactory(parent=home_page)
    # One library per home page: a second one is refused, and nothing nests inside the first.
    assert_creatable_only_under(admin_client, StoryIndexPage, allowed=[], refused=[home_page, index])


def test_stories_and_case_studies_only_under_the_index(admin_client, home_page, index, make_story):
    story = make_story()
    about = StandardPageFactory(parent=home_page, slug="about")
    for model in (StoryPage, CaseStudyPage):
        assert_creatable_only_under(admin_client, model, allowed=[index], refused=[home_page, about, story])


def test_shared_base_is_never_created_directly(admin_client, index):
    assert StoryEntry.is_creatable is False
    assert admin_add_status(admin_client, StoryEntry, index) in (302, 403)


def test_admin_edit_forms_load_for_both_kinds(admin_client, framework, make_story, make_case):
    for page in (make_story(tags=["a"]), make_case(tags=["b"])):
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200
        assert 'name="framework_areas"' in response.content.decode()


def test_reserved_slugs_are_refused(make_story):
    story = make_story()
    story.slug = "tags"
    with pytest.raises(ValidationError) as error:
        story.full_clean()
    assert "used by the library itself" in error.value.message_dict["slug"][0]


def test_preview_shows_unsaved_tags_and_areas(framework, make_story):
    story = make_story(title="Previewed", tags=["old"])
    story.tags.set(["fresh-tag"])
    story.framework_areas.set([framework["areas"]["reach"]])
    response = story.make_preview_request()
    html = response.content.decode()
    assert response.status_code == 200
    assert "fresh-tag" in html
    assert ">Reach</a>" in html


def test_admin_preview_of_a_new_case_study(admin_client, index, framework):
    url = reverse("wagtailadmin_pages:preview_on_add", args=("stories", "casestudypage", index.pk))
    data = {
        "title": "New case",
        "slug": "new-case",
        "summary": "Just started.",
        "context": "A context.",
        "what_was_done": "Something.",
        "quotations-count": "0",
        "tags": "alpha, beta",
        "framework_areas": [framework["areas"]["reach"].pk],
        "completeness": "needs-detail",
    }
    assert admin_client.post(url, data).json()["is_valid"] is True
    html = admin_client.get(url).content.decode()
    assert "<h1>New case</h1>" in html
    assert "alpha" in html and ">Reach</a>" in html
    assert "Nothing closely related yet." in html
