"""The register of personal data: every field in the database that holds something about a member.

``REGISTER`` lists, model by model, the fields that hold something about a person, how to find
*this* person's rows, and what happens to them when the account is deleted. The same list drives
the member's data export (``export``: every holding, one JSON file) and account deletion
(``erase``), so a holding added here is exported and erased without touching either.
In ``tests/members/test_personal_data.py`` one test fails when a model with a link to a user or an
email field is in neither ``REGISTER`` nor ``NOT_PERSONAL``; another deletes an account and then
reads every table in the database for the member's email, names and credit name.

What happens on deletion (``Holding.on_delete``):

- ``DELETE``: the rows are deleted (``erase`` does it, before the account goes).
- ``ANONYMISE``: the rows stay (an editor's history, a kept case study) with the person taken out.
- ``WITH_ACCOUNT``: the database deletes them with the user (``on_delete=CASCADE``).
- ``UNLINKED``: the rows belong to the site and only point at the user; the link becomes NULL
  (``on_delete=SET_NULL``).

Join-form answers, gap contributions, login logs and queued emails have no link to an account:
they are found by the member's email addresses (any address the account has).
"""

from allauth.account.models import EmailAddress
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth import get_user_model
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import (
    Comment,
    CommentReply,
    ModelLogEntry,
    PageLogEntry,
    PageSubscription,
    Revision,
    TaskState,
    WorkflowState,
)
from wagtail.users.models import UserProfile

from events.registration.public import Registrant, registrations_of
from handbook.models import GapContribution
from stories.models import StoryEntry

from ..models import MemberProfile, Submission
from .rows import (
    ANONYMISE,
    DELETE,
    SUBMISSION_TEXT,
    UNLINKED,
    WITH_ACCOUNT,
    Holding,
    Person,
    account,
    by_address,
    by_email,
    by_user,
    contribution,
    join_answers,
    log_entries,
    log_entry,
    login,
    mentioning,
    page_credit,
    plain,
    queued_email,
    registration,
    revision,
    revisions,
    scrub_log_entries,
    scrub_pages,
    scrub_revisions,
    submission,
)

__all__ = ["NOT_PERSONAL", "REGISTER", "Person", "erase", "export"]

User = get_user_model()

REGISTER: list[Holding] = [
    Holding(
        User,
        ("username", "email", "first_name", "last_name", "date_joined", "last_login"),
        "The account: sign-in name, address, when it was made and last used.",
        DELETE,
        lambda person: User.objects.filter(pk=person.user.pk),
        export=account,
    ),
    Holding(
        EmailAddress,
        ("user", "email", "verified", "primary"),
        "The account's email addresses and whether they are verified.",
        WITH_ACCOUNT,
        by_user(EmailAddress),
        export=lambda row: {"email": row.email, "verified": row.verified, "primary": row.primary},
    ),
    Holding(
        MemberProfile,
        ("user", "display_name", "organisation", "credit_as", "created_at", "updated_at"),
        "Profile: display name, organisation, how to be credited.",
        WITH_ACCOUNT,
        by_user(MemberProfile),
    ),
    Holding(
        Submission,
        (
            "owner",
            "title",
            *SUBMISSION_TEXT,
            "tags",
            "lead_image",
            "consent",
            "created_at",
            "submitted_at",
            "declined_at",
        ),
        "Case studies as the member wrote them (drafts and sent in).",
        WITH_ACCOUNT,
        by_user(Submission, "owner"),
        export=submission,
    ),
    Holding(
        StoryEntry,
        ("submitted_by", "credit_name", "credit_anonymous"),
        "Who sent a case study in, and the credit it shows. Kept or withdrawn case studies lose both "
        "(members.privacy removes the unpublished ones).",
        ANONYMISE,
        lambda person: StoryEntry.objects.filter(pk__in=person.page_ids),
        export=page_credit,
        anonymise=scrub_pages,
    ),
    Holding(
        Revision,
        ("user", "content"),
        "Every saved version of the member's case studies (the credit and sender in each) and who saved it.",
        ANONYMISE,
        revisions,
        export=revision,
        anonymise=scrub_revisions,
    ),
    Holding(
        PageLogEntry,
        ("user", "label", "data"),
        "The site history: what the member did, and the titles of their case studies.",
        ANONYMISE,
        log_entries,
        export=log_entry,
        anonymise=scrub_log_entries,
    ),
    Holding(
        ModelLogEntry,
        ("user",),
        "History of snippets and images: who did it.",
        ANONYMISE,
        by_user(ModelLogEntry),
        export=lambda row: {"action": row.action, "of": row.label, "time": plain(row.timestamp)},
        anonymise=lambda rows, person: rows.update(user=None),
    ),
    Holding(
        WorkflowState,
        ("requested_by",),
        "Reviews the member started by sending a case study in.",
        UNLINKED,
        by_user(WorkflowState, "requested_by"),
        export=lambda row: {"status": row.status, "started": plain(row.created_at)},
    ),
    Holding(
        TaskState,
        ("finished_by",),
        "Review steps a moderator finished.",
        UNLINKED,
        by_user(TaskState, "finished_by"),
        export=lambda row: {"status": row.status, "finished": plain(row.finished_at)},
    ),
    Holding(
        Comment,
        ("user", "text", "resolved_by"),
        "Comments in the page editor.",
        WITH_ACCOUNT,
        by_user(Comment),
        export=lambda row: {"text": row.text, "time": plain(row.created_at)},
    ),
    Holding(
        CommentReply,
        ("user", "text"),
        "Replies to comments in the page editor.",
        WITH_ACCOUNT,
        by_user(CommentReply),
        export=lambda row: {"text": row.text, "time": plain(row.created_at)},
    ),
    Holding(
        PageSubscription,
        ("user",),
        "Notifications about page comments.",
        WITH_ACCOUNT,
        by_user(PageSubscription),
        export=lambda row: {"page": str(row.page), "comment_notifications": row.comment_notifications},
    ),
    Holding(
        UserProfile,
        ("user",),
        "Admin preferences (language, notifications).",
        WITH_ACCOUNT,
        by_user(UserProfile),
        export=lambda row: {"preferred_language": row.preferred_language, "time_zone": row.current_time_zone},
    ),
    Holding(
        FormSubmission,
        ("form_data",),
        'Answers to the "Join the network" form sent with one of the member\'s addresses.',
        DELETE,
        mentioning(FormSubmission, "form_data"),
        export=join_answers,
    ),
    Holding(
        GapContribution,
        ("name", "email", "text"),
        "Text offered for a handbook gap from one of the member's addresses.",
        DELETE,
        by_email(GapContribution),
        export=contribution,
    ),
    Holding(
        Registrant,
        ("user", "name", "email", "access_needs"),
        "Registrations for events, made signed in or with one of the member's addresses: name, address, "
        "access needs, and the place or waiting-list turn (deleted; a freed place goes to the next person waiting).",
        DELETE,
        lambda person: registrations_of(person.user, person.emails),
        export=registration,
    ),
    Holding(
        AccessLog,
        ("username", "ip_address", "user_agent"),
        "Sign-ins (django-axes).",
        DELETE,
        by_address(AccessLog),
        export=login,
    ),
    Holding(
        AccessFailureLog,
        ("username", "ip_address", "user_agent"),
        "Failed sign-ins (django-axes).",
        DELETE,
        by_address(AccessFailureLog),
        export=login,
    ),
    Holding(
        AccessAttempt,
        ("username", "ip_address", "user_agent", "post_data"),
        "Failed sign-ins being counted towards a lockout (django-axes).",
        DELETE,
        by_address(AccessAttempt),
        export=login,
    ),
    Holding(
        DBTaskResult,
        ("args_kwargs",),
        "Emails to or about the member waiting in (or sent from) the email queue.",
        DELETE,
        mentioning(DBTaskResult, "args_kwargs", by_name=True),
        export=queued_email,
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
    "cms.SiteText": "locked_by: an editor's lock; members never edit snippets (SET_NULL)",
    "handbook.GlossaryTerm": "locked_by: an editor's lock; members never edit snippets (SET_NULL)",
    "handbook.FrameworkArea": "locked_by: an editor's lock; members never edit snippets (SET_NULL)",
    "handbook.FrameworkValue": "locked_by: an editor's lock; members never edit snippets (SET_NULL)",
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
