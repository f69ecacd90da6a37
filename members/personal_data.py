"""The register of personal data: every field in the database that holds something about a member.

``REGISTER`` lists, model by model, the fields that hold something about a person, how to find
*this* person's rows, and what happens to them when the account is deleted. The same list drives
the member's data export (``export``: every holding, one JSON file) and account deletion
(``erase``), so a holding added here is exported and erased without touching either.
``tests/members/test_personal_data_register.py`` fails when a model with a link to a user or an
email field is in neither ``REGISTER`` nor ``NOT_PERSONAL``; ``test_deletion_scan.py`` deletes an
account and then reads every table in the database for the member's email, names and credit name.

What happens on deletion (``Holding.on_delete``):

- ``DELETE``: the rows are deleted (``erase`` does it, before the account goes).
- ``ANONYMISE``: the rows stay (an editor's history, a kept case study) with the person taken out.
- ``WITH_ACCOUNT``: the database deletes them with the user (``on_delete=CASCADE``).
- ``UNLINKED``: the rows belong to the site and only point at the user; the link becomes NULL
  (``on_delete=SET_NULL``).

Join-form answers, gap contributions, login logs and queued emails have no link to an account:
they are found by the member's email addresses (any address the account has).
"""

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import (
    Comment,
    CommentReply,
    ModelLogEntry,
    Page,
    PageLogEntry,
    PageSubscription,
    Revision,
    TaskState,
    WorkflowState,
)
from wagtail.users.models import UserProfile

from handbook.models import GapContribution
from stories.models import StoryEntry

from .models import MemberProfile, Submission

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
        as_json = self.export or (lambda row: {name: _plain(getattr(row, name)) for name in self.fields})
        return [as_json(row) for row in self.rows(person)]


def _plain(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "pk"):
        return str(value)
    return value


def _by_user(model, name="user"):
    return lambda person: model.objects.filter(**{name: person.user})


def _by_address(model, name="username"):
    return lambda person: model.objects.filter(**{f"{name}__in": [*person.emails, person.user.username.lower()]})


def _by_email(model, name="email"):
    def rows(person):
        match = Q(pk__in=[])
        for email in person.emails:
            match |= Q(**{f"{name}__iexact": email})
        return model.objects.filter(match)

    return rows


def _mentioning(model, name, *, by_name=False):
    def rows(person):
        found = model.objects.only("pk", name).iterator()
        return [row for row in found if person.mentioned_in(getattr(row, name), by_name=by_name)]

    return lambda person: model.objects.filter(pk__in=[row.pk for row in rows(person)])


def _page_content_type():
    return ContentType.objects.get_for_model(Page)


def _revisions(person):
    pages = Q(base_content_type=_page_content_type(), object_id__in=[str(pk) for pk in person.page_ids])
    return Revision.objects.filter(pages | Q(user=person.user)).order_by("created_at", "pk")


def _scrub_revisions(rows, person) -> None:
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


def _log_entries(person):
    return PageLogEntry.objects.filter(Q(user=person.user) | Q(page_id__in=person.page_ids)).order_by("timestamp")


def _scrub_log_entries(rows, person) -> None:
    rows = list(rows)
    PageLogEntry.objects.filter(pk__in=[r.pk for r in rows], user=person.user).update(user=None)
    existing = set(Page.objects.filter(pk__in=person.page_ids).values_list("pk", flat=True))
    gone = [r.pk for r in rows if r.page_id in person.page_ids and r.page_id not in existing]
    # The history keeps that something happened, not what the deleted draft was called.
    PageLogEntry.objects.filter(pk__in=gone).update(label=DELETED_LABEL, data={}, content_changed=False)


def _scrub_pages(rows, person) -> None:
    rows.update(**CREDIT_FIELDS)


def _submission(row) -> dict:
    return {
        "title": row.title,
        **{name: getattr(row, name) for name in _SUBMISSION_TEXT},
        "tags": row.tags,
        "lead_image": row.lead_image.title if row.lead_image_id else None,
        "consent": row.consent,
        "created_at": row.created_at.isoformat(),
        "submitted_at": row.submitted_at.isoformat() if row.submitted_at else None,
    }


_SUBMISSION_TEXT = [
    "summary",
    "context",
    "what_was_done",
    "who_took_part",
    "outcomes",
    "lessons",
    "do_differently",
    "resources",
    "place",
    "period",
    "organisations",
    "lead_image_alt",
    "credit_name",
    "credit_anonymous",
]


def _login(row) -> dict:
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


def _queued_email(row) -> dict:
    message = (row.args_kwargs.get("args") or [{}])[0]
    return {
        "subject": message.get("subject"),
        "to": message.get("to"),
        "status": row.status,
        "queued": _plain(row.enqueued_at),
    }


def _account(user) -> dict:
    return {"username": user.username, "date_joined": _plain(user.date_joined), "last_login": _plain(user.last_login)}


def _page_credit(page) -> dict:
    return {"title": page.title, "live": page.live, "credit_name": page.credit_name, "url": page.url or None}


def _revision(row) -> dict:
    return {"of": row.object_str, "created_at": _plain(row.created_at), "by_me": row.user_id is not None}


def _log_entry(row) -> dict:
    return {"action": row.action, "page": row.label, "time": _plain(row.timestamp)}


def _join_answers(row) -> dict:
    return {"form": str(row.page), "answers": row.form_data, "sent_at": _plain(row.submit_time)}


def _contribution(row) -> dict:
    fields = ("gap_title", "name", "email", "text", "consent", "status")
    return {**{name: getattr(row, name) for name in fields}, "sent_at": _plain(row.submitted_at)}


User = get_user_model()

REGISTER: list[Holding] = [
    Holding(
        User,
        ("username", "email", "first_name", "last_name", "date_joined", "last_login"),
        "The account: sign-in name, address, when it was made and last used.",
        DELETE,
        lambda person: User.objects.filter(pk=person.user.pk),
        export=_account,
    ),
    Holding(
        EmailAddress,
        ("user", "email", "verified", "primary"),
        "The account's email addresses and whether they are verified.",
        WITH_ACCOUNT,
        _by_user(EmailAddress),
        export=lambda row: {"email": row.email, "verified": row.verified, "primary": row.primary},
    ),
    Holding(
        MemberProfile,
        ("user", "display_name", "organisation", "credit_as", "updated_at"),
        "Profile: display name, organisation, how to be credited.",
        WITH_ACCOUNT,
        _by_user(MemberProfile),
    ),
    Holding(
        Submission,
        ("owner", "title", *_SUBMISSION_TEXT, "tags", "lead_image", "consent", "created_at", "submitted_at"),
        "Case studies as the member wrote them (drafts and sent in).",
        WITH_ACCOUNT,
        _by_user(Submission, "owner"),
        export=_submission,
    ),
    Holding(
        StoryEntry,
        ("submitted_by", "credit_name", "credit_anonymous"),
        "Who sent a case study in, and the credit it shows. Kept or withdrawn case studies lose both "
        "(members.privacy removes the unpublished ones).",
        ANONYMISE,
        lambda person: StoryEntry.objects.filter(pk__in=person.page_ids),
        export=_page_credit,
        anonymise=_scrub_pages,
    ),
    Holding(
        Revision,
        ("user", "content"),
        "Every saved version of the member's case studies (the credit and sender in each) and who saved it.",
        ANONYMISE,
        _revisions,
        export=_revision,
        anonymise=_scrub_revisions,
    ),
    Holding(
        PageLogEntry,
        ("user", "label", "data"),
        "The site history: what the member did, and the titles of their case studies.",
        ANONYMISE,
        _log_entries,
        export=_log_entry,
        anonymise=_scrub_log_entries,
    ),
    Holding(
        ModelLogEntry,
        ("user",),
        "History of snippets and images: who did it.",
        ANONYMISE,
        _by_user(ModelLogEntry),
        export=lambda row: {"action": row.action, "of": row.label, "time": _plain(row.timestamp)},
        anonymise=lambda rows, person: rows.update(user=None),
    ),
    Holding(
        WorkflowState,
        ("requested_by",),
        "Reviews the member started by sending a case study in.",
        UNLINKED,
        _by_user(WorkflowState, "requested_by"),
        export=lambda row: {"status": row.status, "started": _plain(row.created_at)},
    ),
    Holding(
        TaskState,
        ("finished_by",),
        "Review steps a moderator finished.",
        UNLINKED,
        _by_user(TaskState, "finished_by"),
        export=lambda row: {"status": row.status, "finished": _plain(row.finished_at)},
    ),
    Holding(
        Comment,
        ("user", "text", "resolved_by"),
        "Comments in the page editor.",
        WITH_ACCOUNT,
        _by_user(Comment),
        export=lambda row: {"text": row.text, "time": _plain(row.created_at)},
    ),
    Holding(
        CommentReply,
        ("user", "text"),
        "Replies to comments in the page editor.",
        WITH_ACCOUNT,
        _by_user(CommentReply),
        export=lambda row: {"text": row.text, "time": _plain(row.created_at)},
    ),
    Holding(
        PageSubscription,
        ("user",),
        "Notifications about page comments.",
        WITH_ACCOUNT,
        _by_user(PageSubscription),
        export=lambda row: {"page": str(row.page), "comment_notifications": row.comment_notifications},
    ),
    Holding(
        UserProfile,
        ("user",),
        "Admin preferences (language, notifications).",
        WITH_ACCOUNT,
        _by_user(UserProfile),
        export=lambda row: {"preferred_language": row.preferred_language, "time_zone": row.current_time_zone},
    ),
    Holding(
        FormSubmission,
        ("form_data",),
        'Answers to the "Join the network" form sent with one of the member\'s addresses.',
        DELETE,
        _mentioning(FormSubmission, "form_data"),
        export=_join_answers,
    ),
    Holding(
        GapContribution,
        ("name", "email", "text"),
        "Text offered for a handbook gap from one of the member's addresses.",
        DELETE,
        _by_email(GapContribution),
        export=_contribution,
    ),
    Holding(
        AccessLog,
        ("username", "ip_address", "user_agent"),
        "Sign-ins (django-axes).",
        DELETE,
        _by_address(AccessLog),
        export=_login,
    ),
    Holding(
        AccessFailureLog,
        ("username", "ip_address", "user_agent"),
        "Failed sign-ins (django-axes).",
        DELETE,
        _by_address(AccessFailureLog),
        export=_login,
    ),
    Holding(
        AccessAttempt,
        ("username", "ip_address", "user_agent", "post_data"),
        "Failed sign-ins being counted towards a lockout (django-axes).",
        DELETE,
        _by_address(AccessAttempt),
        export=_login,
    ),
    Holding(
        DBTaskResult,
        ("args_kwargs",),
        "Emails to or about the member waiting in (or sent from) the email queue.",
        DELETE,
        _mentioning(DBTaskResult, "args_kwargs", by_name=True),
        export=_queued_email,
    ),
]


# Models with an email field or a link to a user that hold nothing about a member, and why.
NOT_PERSONAL = {
    "cms.SiteSettings": "contact_email is the organisation's own address",
    "members.JoinPage": "from_address is the site's sending address",
    "wagtailcore.Page": "owner and locked_by are editors at work; a member never owns or locks a page (SET_NULL)",
    "wagtailimages.Image": "uploaded_by_user: member images are stored without it; editors' uploads (SET_NULL)",
    "wagtaildocs.Document": "uploaded_by_user: only editors upload documents (SET_NULL)",
    "wagtailcore.UploadedFile": "uploaded_by_user: editors' uploads in progress (SET_NULL)",
    "wagtailadmin.EditingSession": "an editor's open editing session, deleted with the account (CASCADE)",
    "wagtailadmin.FormState": "an editor's unsaved form, deleted with the account (CASCADE)",
    "wagtail_localize.StringTranslation": "last_translated_by: editors translating (SET_NULL)",
    "wagtail_localize.SegmentOverride": "last_translated_by: editors translating (SET_NULL)",
    "auth.User_groups": "which groups an account is in, deleted with it (CASCADE)",
    "auth.User_user_permissions": "an account's own permissions, deleted with it (CASCADE)",
}


def export(person) -> dict:
    """Everything the register holds about ``person``, one list per holding."""
    return {holding.label: {"what": holding.what, "rows": holding.exported(person)} for holding in REGISTER}


def erase(person) -> None:
    """Delete or anonymise every row about ``person`` (the account itself last)."""
    for holding in REGISTER:
        if holding.on_delete == ANONYMISE:
            holding.anonymise(holding.rows(person), person)
    for holding in REGISTER:
        if holding.on_delete == DELETE and holding.model is not User:
            holding.rows(person).delete()
    person.user.delete()
