"""Calendar invitations (iTIP, RFC 5546) for one registrant, built by the site's own
``CalendarBuilder`` so an invitation and the public feeds describe an event the same way and
share its UID: a calendar that subscribed to the feed and got the invitation shows one event.

``REQUEST`` puts the event (or one date of a series, with ``RECURRENCE-ID``) in the person's
calendar, and updates it when sent again with a higher ``SEQUENCE``; ``CANCEL`` takes it out.
The joining link is in an invitation only where the public may see it too (never before its
time): registrants get it in its own email.
"""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language

from events.ical import CalendarBuilder, original_identities


def invitation(registrant, occurrence, *, method: str, sequence: int, now=None) -> str:
    from .emails import page_in_language

    page = page_in_language(registrant)
    identities = original_identities([page])
    builder = CalendarBuilder(
        name=page.title,
        description=page.summary,
        url=page.get_full_url() or "",
        now=(now or timezone.now()).replace(microsecond=0),
        language=get_language() or "",
        identities=identities,
        method=method,
    )
    # A translation shares its original's identity; its own sequence may be lower.
    sequence = max(sequence, identities.get(page.translation_key, (None, 0))[1])
    if page.pk != registrant.page_id:
        occurrence = _same_occurrence(page, occurrence)
    builder.add_invitation(
        page,
        occurrence,
        attendee=(registrant.email, registrant.name),
        organizer=(settings.DEFAULT_FROM_EMAIL, settings.WAGTAIL_SITE_NAME),
        sequence=sequence,
        cancelled=method == "CANCEL",
    )
    return builder.to_ical().decode()


def _same_occurrence(page, occurrence):
    from .dates import key_of, occurrence_for

    return occurrence_for(page, key_of(occurrence)) or occurrence
