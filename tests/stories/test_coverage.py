"""The framework coverage grid: an accessible table of areas × values with live counts."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory

pytestmark = pytest.mark.django_db


def render_coverage(request=None, **context):
    request = request or RequestFactory().get("/en/framework/")
    return Template("{% load stories_tags %}{% framework_coverage " + context.pop("args", "") + " %}").render(
        Context({"request": request, **context})
    )


@pytest.fixture
def entries(framework, make_story, make_case):
    areas, values = framework["areas"], framework["values"]
    make_story(framework_areas=[areas["organise"]], framework_values=[values["participation"]])
    make_case(
        framework_areas=[areas["organise"], areas["connect"]],
        framework_values=[values["participation"], values["accountability"]],
    )
    make_story(framework_areas=[areas["reach"]], framework_values=[values["learning"]])
    make_story(framework_areas=[areas["reach"]], framework_values=[values["learning"]], live=False)
    make_story(framework_areas=[areas["change"]])  # no value: sits in no cell


def cell(html, area, value):
    """The text of one cell, found by its row header and the column order."""
    columns = ["Participation", "Accountability", "Reflection", "Learning"]
    row = html.split(f'<th scope="row">{area}</th>', 1)[1].split("</tr>", 1)[0]
    return row.split("<td")[columns.index(value) + 1]


def test_table_is_accessible(entries):
    html = render_coverage()
    caption = (
        '<caption id="coverage-caption">Published stories and case studies for each framework area and value</caption>'
    )
    assert caption in html
    # A wide table scrolls inside its own region, named by the caption and reachable by keyboard.
    assert '<div class="coverage" role="region" aria-labelledby="coverage-caption" tabindex="0">' in html
    assert html.count('<th scope="col">') == 4
    assert html.count('<th scope="row">') == 8


def test_counts_published_entries_per_cell_and_links_to_filtered_library(entries):
    html = render_coverage()
    organise_participation = cell(html, "Organise", "Participation")
    assert '<span aria-hidden="true">2</span>' in organise_participation
    assert 'href="/en/stories/?area=organise&amp;value=participation"' in organise_participation
    assert "2 stories and case studies in Organise and Participation" in organise_participation
    assert '<span aria-hidden="true">1</span>' in cell(html, "Connect", "Accountability")
    # The draft is not counted.
    assert '<span aria-hidden="true">1</span>' in cell(html, "Reach", "Learning")


def test_empty_cells_lead_to_the_form_with_their_area_and_value_ticked(entries):
    empty = cell(render_coverage(), "Listening", "Reflection")
    assert 'class="coverage__invite" href="/en/members/submissions/new/?area=listening&amp;value=reflection"' in empty


def test_empty_cells_invite_a_story(entries):
    html = render_coverage(args='invite_url="/en/share/"')
    empty = cell(html, "Listening", "Reflection")
    assert 'class="coverage__invite" href="/en/share/"' in empty
    assert "No stories yet in Listening and Reflection: share one" in empty


def test_coverage_costs_the_same_few_queries_at_any_size(entries, framework, make_story):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def measure():
        # As on a real page, the site and its root paths are already known for this request.
        request = RequestFactory().get("/en/framework/")
        render_coverage(request)
        with CaptureQueriesContext(connection) as queries:
            html = render_coverage(request)
        return len(queries), html

    small, _html = measure()
    for _number in range(12):
        make_story(
            framework_areas=list(framework["areas"].values()), framework_values=list(framework["values"].values())
        )
    large, html = measure()
    assert small == large <= 4
    assert '<span aria-hidden="true">14</span>' in cell(html, "Organise", "Participation")


def test_without_a_library_the_grid_still_renders(framework):
    html = render_coverage()
    assert html.count('<th scope="row">') == 8
    assert "coverage__invite" not in html
