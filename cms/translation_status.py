"""Translation status: a report of every page and translatable snippet, per language.

Wagtail idiom: a ``ReportView`` (a listing with a filter set and table columns) registered by
``register_admin_urls`` and put under Reports by ``register_reports_menu_item``
(cms/wagtail_hooks.py). It is for those who may translate (wagtail-localize's
``submit_translation`` permission: Editors, not Moderators, docs/roles.md).

Each row is an original in the site's default language (English); each other language's cell
is one of:

- **missing**: no translation in that language (an alias copy of the English page counts as
  missing: it shows English); the cell links to wagtail-localize's "Translate" form with that
  language ticked.
- **out of date**: the original was published after its text was last sent for translation
  (wagtail-localize's ``TranslationSource.last_updated_at``, shared by all languages of a synced
  translation), or, for a translation that is not synced by wagtail-localize, after the
  translation was last published; the cell links to "Sync translations" (or the translation's
  editor when it is not synced).
- **not yet published**: up to date but the translation, or its latest changes, is a draft
  (translations made in the admin stay drafts); the cell links to its editor.
- **up to date**.

Statuses are SQL annotations (correlated subqueries on ``translation_key``), so filtering by
status happens in the database and a page of results costs the same number of queries however
many pages there are. Snippets are the translatable ones with drafts (``DraftStateMixin``): only
they record when they were published, which "out of date" needs. They are found from Wagtail's
registries, so this module imports no app.
"""

from urllib.parse import urlencode

import django_filters
from django import forms
from django.conf import settings
from django.contrib.admin.utils import quote
from django.db.models import Case, CharField, F, OuterRef, Q, Subquery, Value, When
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import get_supported_language_variant
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BaseColumn, Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_languages
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation, TranslationSource

MISSING, OUTDATED, DRAFT, CURRENT = "missing", "outdated", "draft", "current"
STATUSES = {
    MISSING: _("Missing"),
    OUTDATED: _("Out of date"),
    DRAFT: _("Not yet published"),
    CURRENT: _("Up to date"),
}
# What each cell's link does, by status.
ACTIONS = {
    MISSING: _("Translate"),
    OUTDATED: _("Sync translation"),
    DRAFT: _("Review and publish"),
}
PAGES = "pages"
PERMISSION = "wagtail_localize.submit_translation"


def may_see(user) -> bool:
    return user.is_active and user.has_perm(PERMISSION)


def snippet_models() -> dict:
    """Translatable snippets with drafts, by ``app_label.model_name``."""
    models = [
        model
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin) and issubclass(model, DraftStateMixin)
    ]
    return {model._meta.label_lower: model for model in sorted(models, key=lambda m: str(m._meta.verbose_name))}


def kinds() -> dict:
    return {PAGES: Page, **snippet_models()}


def default_language() -> str:
    return get_supported_language_variant(settings.LANGUAGE_CODE)


def target_locales() -> list:
    """Every locale but the default language's, in the order of ``LANGUAGES`` (one query)."""
    languages = list(get_content_languages())
    locales = [locale for locale in Locale.objects.all() if locale.language_code in languages]
    return sorted(
        (locale for locale in locales if locale.language_code != default_language()),
        key=lambda locale: languages.index(locale.language_code),
    )


def language_name(code: str) -> str:
    return str(get_content_languages().get(code, code))


def annotate_statuses(queryset, model, locales):
    """``status_<code>`` for each locale, and what its cell's link needs (see the docstring)."""
    key = OuterRef("translation_key")
    annotations = {
        "source_pk": Subquery(
            TranslationSource.objects.filter(object_id=key, locale_id=OuterRef("locale_id")).values("pk")[:1]
        )
    }
    for locale in locales:
        code = locale.language_code.replace("-", "_")
        translated = model._default_manager.filter(translation_key=key, locale_id=locale.pk)
        if model is Page:
            translated = translated.filter(alias_of__isnull=True)
        synced = Translation.objects.filter(
            source__object_id=key, source__locale_id=OuterRef("locale_id"), target_locale_id=locale.pk, enabled=True
        )
        annotations |= {
            f"{code}_pk": Subquery(translated.values("pk")[:1]),
            f"{code}_live": Subquery(translated.values("live")[:1]),
            f"{code}_unpublished": Subquery(translated.values("has_unpublished_changes")[:1]),
            f"{code}_published": Subquery(translated.values("last_published_at")[:1]),
            f"{code}_synced": Subquery(synced.values("source__last_updated_at")[:1]),
        }
    queryset = queryset.annotate(**annotations)
    statuses = {}
    for locale in locales:
        code = locale.language_code.replace("-", "_")
        changed_since_sync = Q(last_published_at__gt=F(f"{code}_synced"))
        changed_since_published = Q(**{f"{code}_synced__isnull": True}) & Q(
            last_published_at__gt=F(f"{code}_published")
        )
        statuses[f"status_{code}"] = Case(
            When(**{f"{code}_pk__isnull": True}, then=Value(MISSING)),
            When(changed_since_sync | changed_since_published, then=Value(OUTDATED)),
            When(Q(**{f"{code}_live": False}) | Q(**{f"{code}_unpublished": True}), then=Value(DRAFT)),
            default=Value(CURRENT),
            output_field=CharField(),
        )
    return queryset.annotate(**statuses)


def edit_url(model, pk) -> str:
    if model is Page:
        return reverse("wagtailadmin_pages:edit", args=[pk])
    return reverse(model.snippet_viewset.get_url_name("edit"), args=[quote(pk)])


def translate_url(model, obj, language_code: str) -> str:
    if model is Page:
        url = reverse("wagtail_localize:submit_page_translation", args=[obj.pk])
    else:
        meta = model._meta
        url = reverse(
            "wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name, quote(obj.pk)]
        )
    return f"{url}?{urlencode({'select_locale': language_code})}"


def action_url(model, obj, locale, status: str, next_url: str) -> str:
    """The admin view that brings this cell up to date, or "" when nothing needs doing."""
    code = locale.language_code.replace("-", "_")
    if status == MISSING:
        return translate_url(model, obj, locale.language_code)
    if status == OUTDATED and getattr(obj, f"{code}_synced") is not None and obj.source_pk:
        url = reverse("wagtail_localize:update_translations", args=[obj.source_pk])
        return f"{url}?{urlencode({'next': next_url})}"
    if status in (OUTDATED, DRAFT):
        return edit_url(model, getattr(obj, f"{code}_pk"))
    return ""


class StatusColumn(BaseColumn):
    """One language's status, with a link to the action that fixes it."""

    cell_template_name = "cms/admin/translation_status_cell.html"

    def __init__(self, locale, model, next_url):
        code = locale.language_code.replace("-", "_")
        super().__init__(f"status_{code}", label=language_name(locale.language_code), sort_key=f"status_{code}")
        self.locale, self.model, self.next_url = locale, model, next_url

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        status = getattr(instance, self.name)
        context |= {
            "status": status,
            "label": STATUSES[status],
            "url": action_url(self.model, instance, self.locale, status, self.next_url),
            "action": ACTIONS.get(status, ""),
            "language": language_name(self.locale.language_code),
        }
        return context


class TranslationStatusFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Content"), method="by_nothing", empty_label=None, widget=forms.RadioSelect
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), method="by_nothing", empty_label=_("All"), widget=forms.RadioSelect
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=list(STATUSES.items()),
        method="by_status",
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, locales=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.locales = list(locales)
        choices = [(PAGES, _("Pages"))] + [
            (label, model._meta.verbose_name_plural.capitalize()) for label, model in snippet_models().items()
        ]
        self.filters["kind"].extra["choices"] = choices
        self.filters["language"].extra["choices"] = [
            (locale.language_code, language_name(locale.language_code)) for locale in self.locales
        ]

    def by_nothing(self, queryset, name, value):
        return queryset  # read by the view: which model, which columns

    def by_status(self, queryset, name, value):
        chosen = self.form.cleaned_data.get("language")
        codes = [locale.language_code for locale in self.locales if not chosen or locale.language_code == chosen]
        wanted = Q()
        for code in codes:
            wanted |= Q(**{f"status_{code.replace('-', '_')}": value})
        return queryset.filter(wanted)


class TranslationStatusView(ReportView):
    page_title = _("Translation status")
    header_icon = "site"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    filterset_class = TranslationStatusFilterSet
    permission_policy = ModelPermissionPolicy(Translation)
    permission_required = "submit"
    paginate_by = 50

    @cached_property
    def locales(self):
        return target_locales()

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "queryset": Page.objects.none(), "locales": self.locales}

    def chosen(self, name):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get(name) or None
        return None

    @cached_property
    def model(self):
        return kinds().get(self.chosen("kind"), Page)

    @cached_property
    def shown_locales(self):
        language = self.chosen("language")
        return [locale for locale in self.locales if language in (None, locale.language_code)]

    @cached_property
    def columns(self):
        model = self.model
        query = self.request.GET.copy()
        query.pop("_w_filter_fragment", None)  # the filters' results fragment: come back to the whole report
        next_url = f"{self.index_url}?{query.urlencode()}" if query else self.index_url
        columns = [TitleColumn("title", label=_("Title"), accessor=str, get_url=lambda obj: edit_url(model, obj.pk))]
        if model is Page:
            columns.append(Column("type", label=_("Type"), accessor=lambda page: page.content_type.name.capitalize()))
        return columns + [StatusColumn(locale, model, next_url) for locale in self.shown_locales]

    def get_base_queryset(self):
        model = self.model
        queryset = model._default_manager.filter(locale__language_code=default_language())
        if model is Page:
            queryset = queryset.filter(depth__gt=1, alias_of__isnull=True).select_related("content_type")
        return annotate_statuses(queryset, model, self.locales)

    def order_queryset(self, queryset):
        if self.ordering:
            return super().order_queryset(queryset)
        return queryset.order_by("path" if self.model is Page else "pk")


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see(request.user)
