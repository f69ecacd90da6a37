"""For organisers, in the Wagtail admin: each event's counts, registrants, waiting list and
access needs, a formula-safe CSV export (``cms.spreadsheets``), and a message to everyone
registered, sent through the email queue.

Who may: anyone with the ``events.view_registrant`` permission (Editors, from migration
events/0003) who may also edit the event page; sending a message needs ``change_registrant``.
"""

from __future__ import annotations

import csv
from functools import wraps

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.auth import permission_denied

from cms.spreadsheets import BOM, CONTENT_TYPE, safe_cell

from . import emails
from .dates import occurrence_for
from .models import ACTIVE, Registrant, Status

VIEW, CHANGE = "events.view_registrant", "events.change_registrant"


def staff_view(view):
    """Refuse the way the rest of the admin does: back to the dashboard with a message."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied:
            return permission_denied(request)

    return wrapped


def may_see(user, page=None) -> bool:
    if not user.has_perm(VIEW):
        return False
    return page is None or page.permissions_for_user(user).can_edit()


def _event_or_403(request, page_id: int):
    from events.models import EventPage

    page = get_object_or_404(EventPage, pk=page_id)
    if not may_see(request.user, page):
        raise PermissionDenied
    return page


@staff_view
def index(request):
    from events.models import EventPage

    if not may_see(request.user):
        raise PermissionDenied
    pages = EventPage.objects.filter(registration="site").order_by("-starts_at")
    counts = {}
    for page_id, status, number in (
        Registrant.objects.filter(page__in=pages).values_list("page_id", "status").annotate(number=Count("pk"))
    ):
        counts.setdefault(page_id, {})[status] = number
    rows = [
        {"page": page, "counts": counts.get(page.pk, {})}
        for page in pages
        if page.permissions_for_user(request.user).can_edit()
    ]
    context = {"page_title": _("Registrations"), "header_icon": "group", "rows": rows}
    return TemplateResponse(request, "events/admin/registrations_index.html", context)


def _by_date(page):
    """Registrants grouped by date (one group for a single event), each split by status."""
    groups: dict = {}
    for registrant in Registrant.objects.filter(page=page).order_by("waiting_since", "created_at", "pk"):
        groups.setdefault(registrant.occurrence_date, []).append(registrant)
    result = []
    for key, people in sorted(groups.items(), key=lambda item: (item[0] is not None, item[0] or 0)):
        result.append(
            {
                "occurrence": occurrence_for(page, key),
                "places": [r for r in people if r.status == Status.CONFIRMED],
                "offered": [r for r in people if r.status == Status.OFFERED],
                "waiting": [r for r in people if r.status == Status.WAITING],
                "pending": [r for r in people if r.status == Status.PENDING],
                "gone": len([r for r in people if r.status in (Status.CANCELLED, Status.EXPIRED)]),
                "needs": [r for r in people if r.access_needs and r.status in ACTIVE],
            }
        )
    return result


@staff_view
def detail(request, page_id: int):
    page = _event_or_403(request, page_id)
    context = {
        "page_title": _("Registrations: %(title)s") % {"title": page.title},
        "header_icon": "group",
        "event": page,
        "groups": _by_date(page),
        "may_message": request.user.has_perm(CHANGE),
        "export_url": reverse("events_registrations_export", args=[page.pk]),
        "message_url": reverse("events_registrations_message", args=[page.pk]),
    }
    return TemplateResponse(request, "events/admin/registrations_detail.html", context)


EXPORT_COLUMNS = [
    ("date", gettext_lazy("Date")),
    ("name", gettext_lazy("Name")),
    ("email", gettext_lazy("Email")),
    ("status", gettext_lazy("Status")),
    ("access_needs", gettext_lazy("Access needs")),
    ("created_at", gettext_lazy("Registered")),
]


class _Echo:
    def write(self, value):
        return value


@staff_view
def export(request, page_id: int):
    page = _event_or_403(request, page_id)
    writer = csv.writer(_Echo())

    def rows():
        yield BOM + writer.writerow([str(label) for _name, label in EXPORT_COLUMNS])
        for registrant in Registrant.objects.filter(page=page).order_by("occurrence_date", "created_at", "pk"):
            values = [
                registrant.occurrence_date.isoformat() if registrant.occurrence_date else page.start.date().isoformat(),
                registrant.name,
                registrant.email,
                registrant.get_status_display(),
                registrant.access_needs,
                timezone.localtime(registrant.created_at).strftime("%Y-%m-%d %H:%M"),
            ]
            yield writer.writerow([safe_cell(value) for value in values])

    response = StreamingHttpResponse(rows(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="registrations-{page.slug}.csv"'
    return response


class MessageForm(forms.Form):
    WHO = [
        ("places", gettext_lazy("People with a place")),
        ("all", gettext_lazy("Everyone registered, the waiting list included")),
    ]
    to = forms.ChoiceField(label=gettext_lazy("Send to"), choices=WHO, widget=forms.RadioSelect, initial="places")
    subject = forms.CharField(label=gettext_lazy("Subject"), max_length=150)
    text = forms.CharField(label=gettext_lazy("Message"), widget=forms.Textarea(attrs={"rows": 10}), max_length=5000)


@staff_view
def message(request, page_id: int):
    page = _event_or_403(request, page_id)
    if not request.user.has_perm(CHANGE):
        raise PermissionDenied
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        statuses = [Status.CONFIRMED, Status.OFFERED]
        if form.cleaned_data["to"] == "all":
            statuses.append(Status.WAITING)
        people = Registrant.objects.filter(page=page, status__in=statuses).select_related("page")
        sent = 0
        for registrant in people:
            emails.send(registrant, "message", subject=form.cleaned_data["subject"], text=form.cleaned_data["text"])
            sent += 1
        messages.success(request, _("Your message is on its way to %(count)d people.") % {"count": sent})
        return redirect("events_registrations_detail", page.pk)
    context = {
        "page_title": _("Message to the people registered for %(title)s") % {"title": page.title},
        "header_icon": "mail",
        "event": page,
        "form": form,
    }
    return TemplateResponse(request, "events/admin/registrations_message.html", context)
