"""Context values a view works out only if its template asks for them.

A page body kept by ``{% cachedhtml %}`` needs none of the view's listing work when it is
already cached, so views hand their expensive parts to the template lazily.
"""

from functools import partial

from django.utils.functional import SimpleLazyObject


def lazy_context(build, names) -> dict:
    """``{name: lazy value}`` for each of ``names``, all from one call of ``build()`` (a dict),
    made the first time the template reads any of them, and never if it reads none."""
    built = {}

    def part(name):
        if not built:
            built.update(build())
        return built[name]

    return {name: SimpleLazyObject(partial(part, name)) for name in names}
