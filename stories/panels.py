"""A read-only panel in the page editor: who sent in a member's case study.

Wagtail idiom: a custom ``Panel`` whose ``BoundPanel`` is a template component with the page
being edited as ``instance``. It claims no form fields (``submitted_by`` is ``editable=False``),
so nothing about the sender can be changed or posted from the editor, and ``is_shown`` hides it
for pages an editor wrote. The sender is private: the public template, feeds, exports and the
API never read ``submitted_by``.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class SubmittedByPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Sent in by (private)"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "stories/admin/submitted_by_panel.html"

        def is_shown(self):
            return bool(getattr(self.instance, "submitted_by_id", None))

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            sender = self.instance.submitted_by
            profile = getattr(sender, "member_profile", None)
            context.update(
                sender=sender,
                display_name=profile.display_name if profile else "",
                organisation=profile.organisation if profile else "",
            )
            return context
