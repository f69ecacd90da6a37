"""On-site registration for events: registrants, places and the waiting list, their emails and
calendar invitations, and the organisers' admin. Other apps use ``events.registration.public``
only (docs/decisions/0014-on-site-registration.md)."""
