"""Admin forms shared by the apps' translatable snippets.

Django's ``ModelForm`` checks a ``unique_together`` rule only when every field of it is on the
form. A translatable snippet's ``locale`` never is (Wagtail sets it from the language chosen),
so a second glossary term or framework value with a slug already used in that language went
straight to the database and ended in an ``IntegrityError`` (HTTP 500), losing what was typed.
``LocaleUniqueForm`` checks every rule that includes ``locale`` itself and reports a clash on
the first visible field of the rule (the slug), so the form comes back with the input kept.

``OneLanguageChoicesMixin``: checkbox lists and choices of translatable objects (framework
areas and values, glossary terms, related events) list each object once, in the language of
the page or snippet being edited (docs/decisions/0056).
"""

from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.models import Locale, TranslatableMixin


class OneLanguageChoicesMixin:
    """Each translatable object once, named in the edited object's language.

    Translations keep their original's links (wagtail-localize copies many-to-many links as
    they are), so what a page links to is the *original* of a framework area, a glossary term
    or an event: the choices are the originals (and whatever is already chosen), each labelled
    with its translation in the edited object's language where there is one ("Gwrando", not
    "Gwrando, Listening, الإصغاء"). One query per field for the labels, on a translation only.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).values_list("pk", flat=True).first()
        parent = getattr(self, "parent_page", None)
        locale_id = getattr(self.instance, "locale_id", None) or getattr(parent, "locale_id", None) or default
        for name, field in self.fields.items():
            model = getattr(getattr(field, "queryset", None), "model", None)
            if model is None or not issubclass(model, TranslatableMixin) or default is None:
                continue
            chosen = self.initial.get(name) or []
            items = chosen if hasattr(chosen, "__iter__") and not isinstance(chosen, str) else [chosen]
            chosen = [getattr(item, "pk", item) for item in items]
            field.queryset = field.queryset.filter(Q(locale_id=default) | Q(pk__in=chosen))
            if locale_id != default:
                names = {item.translation_key: str(item) for item in model._default_manager.filter(locale_id=locale_id)}
                field.label_from_instance = lambda obj, names=names: names.get(obj.translation_key, str(obj))


class OneLanguagePageForm(OneLanguageChoicesMixin, WagtailAdminPageForm):
    """The admin form of a page that links to translatable objects."""


class LocaleUniqueForm(OneLanguageChoicesMixin, WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        model = self._meta.model
        locale_id = self.instance.locale_id or Locale.get_default().pk
        for rule in model._meta.unique_together:
            if "locale" not in rule:
                continue
            shown = [name for name in rule if name != "locale"]
            if not shown or any(name not in self.fields or name not in cleaned for name in shown):
                continue
            values = {name: cleaned[name] for name in shown}
            clash = model._default_manager.filter(locale_id=locale_id, **values)
            if self.instance.pk is not None:
                clash = clash.exclude(pk=self.instance.pk)
            if clash.exists():
                self.add_error(
                    shown[0],
                    _("Another %(thing)s in %(language)s already uses this %(field)s. Please choose another.")
                    % {
                        "thing": model._meta.verbose_name,
                        "language": Locale.objects.get(pk=locale_id).get_display_name(),
                        "field": model._meta.get_field(shown[0]).verbose_name,
                    },
                )
        return cleaned
