"""What happens to the text a reader offers for a gap ("section needed").

- ``notify_editors``: each new contribution is emailed to the editors (the Editors group and
  superusers) through the site's email queue (``cms.mail``: the email backend queues every
  message), with a link to it in the admin.
- ``move_into_draft``: an editor puts the offered text into a *draft* of the gap's page, in
  place of the gap, credited to the name the reader gave for credit; nothing is published
  until an editor publishes the page. The contribution is marked "used".
- ``waiting``: the contributions nobody has finished with, for the dashboard panel.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext as _

from .models import GapContribution

EDITORS_GROUP = "Editors"


def editor_addresses() -> list[str]:
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    users = users.filter(Q(groups__name=EDITORS_GROUP) | Q(is_superuser=True)).distinct()
    return sorted(set(users.values_list("email", flat=True)))


def notify_editors(contribution: GapContribution) -> None:
    to = editor_addresses()
    if not to:
        return
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    edit_url = reverse(GapContribution.snippet_viewset.get_url_name("edit"), args=[contribution.pk])
    context = {"contribution": contribution, "admin_url": base + edit_url}
    subject = _("A reader offered text for “%(gap)s”") % {"gap": contribution.gap_title}
    message = EmailMultiAlternatives(
        subject, render_to_string("handbook/email/contribution.txt", context), settings.DEFAULT_FROM_EMAIL, to
    )
    message.attach_alternative(render_to_string("handbook/email/contribution.html", context), "text/html")
    message.send()


@receiver(post_save, sender=GapContribution, dispatch_uid="handbook.notify_editors")
def on_contribution_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        transaction.on_commit(lambda: notify_editors(instance))


def credited_html(contribution: GapContribution) -> str:
    paragraphs = [part.strip() for part in contribution.text.replace("\r\n", "\n").split("\n\n") if part.strip()]
    body = "".join(f"<p>{escape(part)}</p>".replace("\n", "<br/>") for part in paragraphs)
    credit = _("Contributed by %(name)s") % {"name": contribution.name}
    return body + f"<p><i>{escape(credit)}</i></p>"


def move_into_draft(contribution: GapContribution, user):
    """Save a draft revision of the page with the text where the gap was; return the page."""
    page = contribution.page.specific.get_latest_revision_as_object()
    paragraph = page.body.stream_block.child_blocks["paragraph"].to_python(credited_html(contribution))
    key = str(contribution.gap_key)
    position = next((i for i, child in enumerate(page.body) if child.block_type == "gap" and child.id == key), None)
    if position is None:  # the gap was edited away meanwhile: add the text at the end
        page.body.append(("paragraph", paragraph))
    else:
        page.body[position] = ("paragraph", paragraph)
    page.save_revision(user=user, log_action=True)
    contribution.status = GapContribution.Status.USED
    contribution.save(update_fields=["status"])
    return page


def waiting(limit: int = 10):
    open_statuses = [GapContribution.Status.NEW, GapContribution.Status.READING]
    return list(
        GapContribution.objects.filter(status__in=open_statuses)
        .select_related("page")
        .order_by("-submitted_at")[:limit]
    )
