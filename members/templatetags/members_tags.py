"""Template tags other parts of the site use to invite readers to take part.

- ``{% share_story_url area=… value=… as url %}``: the address of the case-study form, with a
  framework area and value already ticked. An anonymous reader who follows it is asked to sign
  in (or to create an account) and then comes straight back to the form (``?next=``).
- ``{{ next|leads_to_story_form }}``: whether a sign-in is on its way to that form (the sign-in
  page then says why it is asking).
"""

from urllib.parse import urlencode

from django import template
from django.urls import reverse

from members.submissions.forms import AREA_PARAMETER, VALUE_PARAMETER

register = template.Library()


@register.simple_tag
def share_story_url(area: str = "", value: str = "") -> str:
    """The submission form's address; ``area`` and ``value`` are framework slugs (or empty)."""
    query = urlencode([(key, slug) for key, slug in ((AREA_PARAMETER, area), (VALUE_PARAMETER, value)) if slug])
    url = reverse("members:submission_new")
    return f"{url}?{query}" if query else url


@register.filter
def leads_to_story_form(next_url) -> bool:
    return isinstance(next_url, str) and next_url.split("?", 1)[0] == reverse("members:submission_new")
