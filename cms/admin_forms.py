"""Admin forms shared by the apps' translatable snippets.

Django's ``ModelForm`` checks a ``unique_together`` rule only when every field of it is on the
form. A translatable snippet's ``locale`` never is (Wagtail sets it from the language chosen),
so a second glossary term or framework value with a slug already used in that language went
straight to the database and ended in an ``IntegrityError`` (HTTP 500), losing what was typed.
``LocaleUniqueForm`` checks every rule that includes ``locale`` itself and reports a clash on
the first visible field of the rule (the slug), so the form comes back with the input kept.
"""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale


class LocaleUniqueForm(WagtailAdminModelForm):
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
