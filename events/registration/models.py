"""Registrants: the people who registered for an event (or one date of a series) on this site.

A registration starts *pending* until its email address is confirmed (double opt-in). It then
takes a place (*confirmed*) or, when the places are all taken, joins the *waiting* list. A freed
place is *offered* to the first person waiting, with a deadline; they accept (confirmed) or the
offer *expires* and goes to the next person. Anyone can *cancel* from a link in every email.

Personal links carry a token derived from the row's id and a random nonce with the site's
secret (HMAC): unguessable, never stored, and revoked by changing the nonce (``tokens.py``).
After the event (``EVENTS_REGISTRANT_RETENTION_DAYS``) the name, address and access needs are
wiped and the row kept, so the counts stay (``anonymised_at``).
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    PENDING = "pending", _("Email not yet confirmed")
    CONFIRMED = "confirmed", _("Has a place")
    WAITING = "waiting", _("On the waiting list")
    OFFERED = "offered", _("Offered a place")
    CANCELLED = "cancelled", _("Cancelled")
    EXPIRED = "expired", _("Lapsed")


# Statuses that hold one of the places.
HOLDS_PLACE = (Status.CONFIRMED, Status.OFFERED)
# Statuses of people still taking part (or hoping to).
ACTIVE = (Status.PENDING, Status.CONFIRMED, Status.WAITING, Status.OFFERED)


def new_nonce() -> str:
    return secrets.token_hex(16)


class RegistrantQuerySet(models.QuerySet):
    def for_date(self, page, occurrence_date):
        return self.filter(page=page, occurrence_date=occurrence_date)

    def holding_places(self):
        return self.filter(status__in=HOLDS_PLACE)

    def active(self):
        return self.filter(status__in=ACTIVE)


class Registrant(models.Model):
    page = models.ForeignKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="registrants", verbose_name=_("event")
    )
    occurrence_date = models.DateField(
        _("date of the series"), null=True, blank=True, help_text=_("Empty for a single event.")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="event_registrations",
        verbose_name=_("member"),
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email address"), max_length=254)
    access_needs = models.TextField(_("access needs"), blank=True, max_length=1000)
    language = models.CharField(max_length=12, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    nonce = models.CharField(max_length=32, default=new_nonce, editable=False)

    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("place since"), null=True, blank=True)
    waiting_since = models.DateTimeField(_("waiting since"), null=True, blank=True)
    offered_at = models.DateTimeField(null=True, blank=True)
    offer_expires_at = models.DateTimeField(_("offer open until"), null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    # What was sent, so every email goes once.
    # The event's SEQUENCE this person last heard about, and whether their calendar has it.
    known_sequence = models.PositiveIntegerField(default=0, editable=False)
    invited = models.BooleanField(default=False, editable=False)
    # When and where the occurrence was as this person last heard (``changes.fingerprint``).
    known_when = models.CharField(max_length=200, blank=True, editable=False)
    join_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    reminders_sent = models.JSONField(default=list, blank=True, editable=False)
    thanked_at = models.DateTimeField(null=True, blank=True, editable=False)
    anonymised_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = RegistrantQuerySet.as_manager()

    class Meta:
        verbose_name = _("registrant")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["page", "occurrence_date", "status"], name="events_registrant_seats")]

    def __str__(self) -> str:
        return self.name or _("(details deleted)")

    @property
    def holds_place(self) -> bool:
        return self.status in HOLDS_PLACE
