"""Rendered fragments ({% cachedhtml %}) and the worker's own memory of cached fragments.

What readers would notice if these went wrong: one reader's page showing another's header,
a form with a stale token, an edit or a passing hour not showing up. Each test renders,
changes one thing, and renders again.
"""

from types import SimpleNamespace
from unittest import mock

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from cms import cache as content_cache
from cms.cache import _LocalFragments, cached_fragment, invalidate_all

pytestmark = pytest.mark.django_db


class Counter:
    """Counts how often the template really rendered the wrapped piece."""

    def __init__(self):
        self.calls = 0

    def __str__(self):
        self.calls += 1
        return f"render {self.calls}"


def render(body, request=None, **context):
    request = request or RequestFactory().get("/en/somewhere/")
    template = Template("{% load fragment_cache %}" + body)
    return template.render(Context({"request": request, **context}))


def test_a_piece_is_rendered_once_until_content_changes():
    counter = Counter()
    body = '{% cachedhtml "piece" 1 %}{{ counter }}{% endcachedhtml %}'
    assert render(body, counter=counter) == "render 1"
    assert render(body, counter=counter) == "render 1"
    invalidate_all()  # what any publish, edit or deletion does
    assert render(body, counter=counter) == "render 2"


def test_vary_values_and_language_each_get_their_own_copy():
    counter = Counter()
    body = '{% cachedhtml "piece" which %}{{ counter }}{% endcachedhtml %}'
    assert render(body, counter=counter, which="a") == "render 1"
    assert render(body, counter=counter, which="b") == "render 2"
    with translation.override("cy"):
        assert render(body, counter=counter, which="a") == "render 3"
    assert render(body, counter=counter, which="a") == "render 1"


def test_a_piece_with_a_form_token_is_never_kept():
    counter = Counter()
    body = '{% cachedhtml "form" 1 %}<form method="post">{% csrf_token %}{{ counter }}</form>{% endcachedhtml %}'
    request = RequestFactory().get("/en/contribute/")
    first = render(body, request=request, counter=counter, csrf_token="token-one")
    second = render(body, request=request, counter=counter, csrf_token="token-two")
    assert "token-one" in first and "render 1" in first
    assert "token-two" in second and "render 2" in second


@pytest.mark.parametrize(
    "request_for, overrides",
    [
        ("preview", {}),
        ("get", {"page": SimpleNamespace(pk=7, live=False)}),  # a draft shown outside Wagtail's preview
        ("post", {}),
        ("get", {"which": None}),  # an unsaved object has no key of its own
        ("get", {"only": False}),
        ("get", {"unless": "typed words"}),
    ],
)
def test_nothing_is_kept_when_it_could_be_wrong(request_for, overrides):
    factory = RequestFactory()
    request = factory.post("/en/page/") if request_for == "post" else factory.get("/en/page/")
    if request_for == "preview":
        request.is_preview = True
    counter = Counter()
    body = '{% cachedhtml "piece" which only=only unless=unless %}{{ counter }}{% endcachedhtml %}'
    values = {"which": "a", "only": True, "unless": "", **overrides}
    assert render(body, request=request, counter=counter, **values) == "render 1"
    assert render(body, request=request, counter=counter, **values) == "render 2"


def test_signed_in_readers_get_their_own_header(client, django_user_model, home_page):
    anonymous = client.get("/en/").content.decode()
    assert "Sign in" in anonymous and "Your account" not in anonymous
    member = django_user_model.objects.create_user("reader", "reader@example.org", "a-long-passphrase-1")
    client.force_login(member)
    signed_in = client.get("/en/").content.decode()
    assert "Your account" in signed_in and ">Sign in<" not in signed_in
    client.logout()
    assert "Your account" not in client.get("/en/").content.decode()


class TestWorkerMemory:
    def test_each_reader_gets_its_own_copy(self):
        memory = _LocalFragments(max_bytes=1_000_000)
        memory.set("k", {"items": [1, 2]})
        first = memory.get("k")
        first["items"].append(3)
        assert memory.get("k") == {"items": [1, 2]}

    def test_it_stays_within_its_size_forgetting_the_least_used(self):
        memory = _LocalFragments(max_bytes=10_000)
        for number in range(40):
            memory.set(f"k{number}", "x" * 500)  # ~1 KB each as counted
            memory.get("k0")  # keep the first one in use
        assert memory.get("k0") == "x" * 500
        assert memory.get("k1") is memory._MISSING
        assert memory.get("k39") == "x" * 500
        assert memory._size <= 10_000

    def test_a_fragment_is_fetched_from_the_shared_cache_once_per_worker(self):
        built, asked = [], []
        shared_get = content_cache.cache.get

        def get(key, *args, **kwargs):
            asked.append(key)
            return shared_get(key, *args, **kwargs)

        assert cached_fragment("thing", lambda: built.append(1) or "value") == "value"
        with mock.patch.object(content_cache.cache, "get", side_effect=get):
            assert cached_fragment("thing", lambda: built.append(1) or "value") == "value"
        assert built == [1]
        assert not [key for key in asked if key.startswith("fragment:")]  # only the generation was read

    def test_another_workers_write_is_seen_after_the_next_content_change(self):
        assert cached_fragment("menu", lambda: "old menu") == "old menu"
        invalidate_all()  # another worker saved a page: the generation moved on in the shared cache
        assert cached_fragment("menu", lambda: "new menu") == "new menu"
