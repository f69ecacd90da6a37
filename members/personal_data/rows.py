"""The pieces the register of personal data is made of: who a person is, one holding (model,
fields, how to find this person's rows, what deletion does), and how rows are found, exported
and anonymised. The register itself is ``members.personal_data.REGISTER``."""

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page, PageLogEntry, Revision

from stories.models import StoryEntry

from ..models import MemberProfile, Submission
from ..submissions.workflow import PAGE_FIELDS

DELETE = "delete"
ANONYMISE = "anonymise"
WITH_ACCOUNT = "with the account"
UNLINKED = "unlinked"

# What a deleted case study's history says instead of its title.
DELETED_LABEL = "Deleted case study"
# Revision fields that name or point at the member who sent a case study in.
CREDIT_FIELDS = {"credit_name": "", "credit_anonymous": True, "submitted_by": None}


@dataclass(frozen=True)
class Person:
    """Who the rows are about: the account, every address it has, and every name it used."""

    user: object
    emails: frozenset[str]
    names: frozenset[str]
    page_ids: frozenset[int] = field(default=frozenset())  # case studies they sent in
    titles: frozenset[str] = field(default=frozenset())  # of everything they wrote

    @classmethod
    def of(cls, user) -> "Person":
        emails = {user.email, *EmailAddress.objects.filter(user=user).values_list("email", flat=True)}
        profile = MemberProfile.objects.filter(user=user).first()
        submissions = Submission.objects.filter(owner=user)
        page_ids = {*submissions.exclude(page=None).values_list("page_id", flat=True)}
        page_ids |= {*StoryEntry.objects.filter(submitted_by=user).values_list("pk", flat=True)}
        titles = {*submissions.values_list("title", flat=True)}
        names = {*submissions.values_list("credit_name", flat=True)}
        names |= {*StoryEntry.objects.filter(pk__in=page_ids).values_list("credit_name", flat=True)}
        if profile is not None:
            names |= {profile.display_name, profile.organisation}
        return cls(
            user=user,
            emails=frozenset(e.strip().lower() for e in emails if e and e.strip()),
            names=frozenset(n.strip() for n in names if n and n.strip()),
            page_ids=frozenset(page_ids),
            titles=frozenset(t for t in titles if t),
        )

    def mentioned_in(self, value, *, by_name: bool = False) -> bool:
        """Whether a JSON value (form answers, a queued email) contains one of the addresses, or
        (``by_name``) one of their names or the title of something they wrote."""
        text = json.dumps(value, ensure_ascii=False, default=str).lower()
        words = [*self.emails, *((n.lower() for n in (*self.names, *self.titles)) if by_name else ())]
        return any(word in text for word in words)


@dataclass(frozen=True)
class Holding:
    model: type
    fields: tuple[str, ...]
    what: str
    on_delete: str
    rows: Callable[[Person], Iterable]
    export: Callable[[object], dict] | None = None  # one row as JSON; None: the fields as they are
    anonymise: Callable[[Iterable, Person], None] | None = None

    @property
    def label(self) -> str:
        return self.model._meta.label

    def exported(self, person) -> list[dict]:
        as_json = self.export or (lambda row: {name: plain(getattr(row, name)) for name in self.fields})
        return [as_json(row) for row in self.rows(person)]


def plain(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "pk"):
        return str(value)
    return value


def by_user(model, name="user"):
    return lambda person: model.objects.filter(**{name: person.user})


def by_address(model, name="username"):
    return lambda person: model.objects.filter(**{f"{name}__in": [*person.emails, person.user.username.lower()]})


def by_email(model, name="email"):
    def rows(person):
        match = Q(pk__in=[])
        for email in person.emails:
            match |= Q(**{f"{name}__iexact": email})
        return model.objects.filter(match)

    return rows


def mentioning(model, name, *, by_name=False):
    def rows(person):
        found = model.objects.only("pk", name).iterator()
        return [row for row in found if person.mentioned_in(getattr(row, name), by_name=by_name)]

    return lambda person: model.objects.filter(pk__in=[row.pk for row in rows(person)])


def page_content_type():
    return ContentType.objects.get_for_model(Page)


def revisions(person):
    pages = Q(base_content_type=page_content_type(), object_id__in=[str(pk) for pk in person.page_ids])
    return Revision.objects.filter(pages | Q(user=person.user)).order_by("created_at", "pk")


def scrub_revisions(rows, person) -> None:
    for revision in rows:
        content = dict(revision.content)
        if str(revision.object_id) in {str(pk) for pk in person.page_ids}:
            content.update(CREDIT_FIELDS)
        for name in ("owner", "locked_by"):
            if content.get(name) == person.user.pk:
                content[name] = None
        revision.content = content
        if revision.user_id == person.user.pk:
            revision.user = None
        revision.save(update_fields=["content", "user"])


def log_entries(person):
    return PageLogEntry.objects.filter(Q(user=person.user) | Q(page_id__in=person.page_ids)).order_by("timestamp")


def scrub_log_entries(rows, person) -> None:
    rows = list(rows)
    PageLogEntry.objects.filter(pk__in=[r.pk for r in rows], user=person.user).update(user=None)
    existing = set(Page.objects.filter(pk__in=person.page_ids).values_list("pk", flat=True))
    gone = [r.pk for r in rows if r.page_id in person.page_ids and r.page_id not in existing]
    # The history keeps that something happened, not what the deleted draft was called.
    PageLogEntry.objects.filter(pk__in=gone).update(label=DELETED_LABEL, data={}, content_changed=False)


def scrub_pages(rows, person) -> None:
    rows.update(**CREDIT_FIELDS)


def submission(row) -> dict:
    return {
        "title": row.title,
        **{name: getattr(row, name) for name in SUBMISSION_TEXT},
        "tags": row.tags,
        "lead_image": row.lead_image.title if row.lead_image_id else None,
        "consent": row.consent,
        "created_at": row.created_at.isoformat(),
        "submitted_at": row.submitted_at.isoformat() if row.submitted_at else None,
        "declined_at": row.declined_at.isoformat() if row.declined_at else None,
    }


# What a member writes into a submission: the same fields the case study page carries.
SUBMISSION_TEXT = PAGE_FIELDS


def login(row) -> dict:
    return {
        "time": row.attempt_time.isoformat(),
        "address": row.ip_address,
        "browser": row.user_agent,
        "path": row.path_info,
        **(
            {"signed_out": row.logout_time.isoformat() if row.logout_time else None}
            if hasattr(row, "logout_time")
            else {}
        ),
    }


def queued_email(row) -> dict:
    message = (row.args_kwargs.get("args") or [{}])[0]
    return {
        "subject": message.get("subject"),
        "to": message.get("to"),
        "status": row.status,
        "queued": plain(row.enqueued_at),
    }


def account(user) -> dict:
    return {"username": user.username, "date_joined": plain(user.date_joined), "last_login": plain(user.last_login)}


def page_credit(page) -> dict:
    return {"title": page.title, "live": page.live, "credit_name": page.credit_name, "url": page.url or None}


def revision(row) -> dict:
    return {"of": row.object_str, "created_at": plain(row.created_at), "by_me": row.user_id is not None}


def log_entry(row) -> dict:
    return {"action": row.action, "page": row.label, "time": plain(row.timestamp)}


def join_answers(row) -> dict:
    return {"form": str(row.page), "answers": row.form_data, "sent_at": plain(row.submit_time)}


def contribution(row) -> dict:
    fields = ("gap_title", "name", "email", "text", "consent", "status")
    return {**{name: getattr(row, name) for name in fields}, "sent_at": plain(row.submitted_at)}


def registration(row) -> dict:
    return {
        "event": row.page.title,
        "date": plain(row.occurrence_date) if row.occurrence_date else None,
        "name": row.name,
        "email": row.email,
        "access_needs": row.access_needs,
        "status": row.status,
        "registered": plain(row.created_at),
    }
