"""Fuzz every public query parameter and form with Hypothesis: no input gives a server error.

Runs against the demo content. Each URL gets a fixed number of generated examples of
arbitrary text (any Unicode, control characters, very long values) in each of its parameters.
"""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

EXAMPLES = 15
# Any text a browser or a bot could send; surrogates cannot be encoded in a URL at all.
anything = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
page_numbers = st.one_of(anything, st.integers(min_value=-(10**12), max_value=10**12).map(str))

QUERY_PARAMETERS = {
    "/en/search/": ["q", "page"],
    "/en/stories/": ["q", "tag", "area", "value", "place", "kind", "completeness", "sort", "page"],
    "/en/stories/tags/peer-support/": ["page"],
    "/en/events/": ["format", "tag", "area", "month", "page"],
    "/en/events/past/": ["format", "tag", "area", "month", "page"],
    "/en/handbook/glossary/": ["q"],
}
FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)


@pytest.fixture
def demo(demo_home):
    """The demo content, built once for this module (tests/conftest.py ``demo_once``)."""
    return demo_home


@pytest.mark.parametrize("url", list(QUERY_PARAMETERS))
def test_query_parameters_never_cause_a_server_error(demo, url):
    client = Client(raise_request_exception=False)
    names = QUERY_PARAMETERS[url]

    @FUZZ_SETTINGS
    @given(values=st.fixed_dictionaries({name: page_numbers if name == "page" else anything for name in names}))
    def check(values):
        response = client.get(url, values)
        assert response.status_code < 500, (url, values, response.status_code)

    check()


def test_path_segments_never_cause_a_server_error(demo):
    client = Client(raise_request_exception=False)
    templates = [
        "/en/stories/tags/{}/",
        "/en/handbook/glossary/{}/",
        "/en/framework/{}/",
        "/en/events/feed/tag/{}.ics",
        "/en/events/feed/area/{}.ics",
        "/en/{}/",
    ]

    @FUZZ_SETTINGS
    @given(
        segment=st.text(
            alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="/?#"), min_size=1, max_size=120
        )
    )
    def check(segment):
        for template in templates:
            response = client.get(template.format(segment))
            assert response.status_code < 500, (template, segment, response.status_code)

    check()


def test_contribution_form_never_causes_a_server_error(demo):
    from handbook.models import HandbookGap

    gap = HandbookGap.objects.first()
    assert gap is not None, "the demo has open gaps"
    url = f"/en/handbook/contribute/{gap.key}/"
    client = Client(raise_request_exception=False)

    @FUZZ_SETTINGS
    @given(name=anything, email=anything, text=anything, consent=st.sampled_from(["", "on", "yes", "\x00"]))
    def check(name, email, text, consent):
        response = client.post(url, {"name": name, "email": email, "text": text, "consent": consent})
        assert response.status_code < 500, (name, email, text, response.status_code)

    check()


NASTY = [
    "\x00",
    "nul\x00byte",
    "x" * 20_000,
    "%",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "٣",
    "-1",
    "1e309",
]


@pytest.mark.parametrize("url", list(QUERY_PARAMETERS))
def test_known_nasty_values_in_every_parameter(demo, url):
    client = Client(raise_request_exception=False)
    for name in QUERY_PARAMETERS[url]:
        for value in NASTY:
            response = client.get(url, {name: value})
            assert response.status_code < 500, (url, name, value[:30], response.status_code)
            if "\x00" in value:
                assert response.status_code == 400, (url, name)


def test_oversized_requests_get_a_clean_400(demo):
    from handbook.models import HandbookGap

    client = Client(raise_request_exception=False)
    url = f"/en/handbook/contribute/{HandbookGap.objects.first().key}/"
    many_fields = {f"field{i}": "x" for i in range(1000)}
    assert client.post(url, many_fields).status_code == 400
    assert client.get("/en/stories/", many_fields).status_code == 400
    huge = {"name": "A", "email": "a@example.org", "text": "x" * (3 * 1024 * 1024), "consent": "on"}
    assert client.post(url, huge).status_code == 400
    assert client.get("/en/search/", {"q": "x" * 20_000}).status_code == 200  # long, but harmless: trimmed
