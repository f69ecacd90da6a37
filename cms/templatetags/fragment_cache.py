"""``{% cachedhtml %}``: keep a rendered piece of a page until the next content write.

Like Django's ``{% cache %}`` tag, but keyed by the content generation (``cms.cache``), so it
is never stale and needs no timeout to be right: publishing, unpublishing, moving a page or
saving a snippet moves every key on at once. It serves what the page cache cannot: readers
who are signed in (members, editors) and the first reader after the page cache is cleared
while the fragments still stand.

    {% load fragment_cache %}
    {% cachedhtml "event-body" page.pk %} … {% endcachedhtml %}
    {% cachedhtml "site-header" request.path user.is_authenticated only=page unless=search_query %}
      …
    {% endcachedhtml %}

The key is the name, the vary values, the reader's language and the host. Wrap only what
depends on nothing else: no per-reader data and no form tokens. As a guard, a piece whose
output carries a CSRF token is rendered but never kept, and nothing is cached: in a preview
(the page there is an unsaved revision) or for a page that is not live; for anything but GET
and HEAD (a form sent back with errors); when a vary value is None (an unsaved object); when
``only`` is false or ``unless`` is true.
"""

from django import template
from django.utils.translation import get_language

from cms.cache import cached_fragment, digest

register = template.Library()

_CSRF_FIELD = "csrfmiddlewaretoken"


class _Uncacheable(Exception):
    """Raised inside the build to keep a freshly rendered piece out of the cache."""

    def __init__(self, html: str):
        self.html = html


class CachedHtmlNode(template.Node):
    def __init__(self, nodelist, name, vary, only, unless):
        self.nodelist = nodelist
        self.name = name
        self.vary = vary
        self.only = only
        self.unless = unless

    def render(self, context):
        request = context.get("request")
        vary = [value.resolve(context) for value in self.vary]
        if (
            request is None
            or request.method not in ("GET", "HEAD")
            or getattr(request, "is_preview", False)
            or not getattr(context.get("page"), "live", True)  # a draft, however it is shown
            or any(value is None for value in vary)
            or (self.only is not None and not self.only.resolve(context))
            or (self.unless is not None and self.unless.resolve(context))
        ):
            return self.nodelist.render(context)
        key = digest(request.get_host(), get_language(), *(str(value) for value in vary))

        def build():
            html = self.nodelist.render(context)
            if _CSRF_FIELD in html:
                raise _Uncacheable(html)
            return str(html)

        try:
            return cached_fragment(f"html:{self.name.resolve(context)}:{key}", build)
        except _Uncacheable as uncacheable:
            return uncacheable.html


@register.tag
def cachedhtml(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("'cachedhtml' needs a name: {% cachedhtml \"name\" vary… %}")
    conditions = {"only": None, "unless": None}
    vary = []
    for bit in bits[2:]:
        word, equals, expression = bit.partition("=")
        if equals and word in conditions:
            conditions[word] = parser.compile_filter(expression)
        else:
            vary.append(parser.compile_filter(bit))
    nodelist = parser.parse(("endcachedhtml",))
    parser.delete_first_token()
    return CachedHtmlNode(nodelist, parser.compile_filter(bits[1]), vary, **conditions)
