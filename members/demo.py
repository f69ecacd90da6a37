"""Demo content for members: one member with one case study waiting in the moderation queue.

The member has no usable password here (the loader may run anywhere); ``ensure_dev_admin``
(DEBUG only) gives them and the demo moderator known passwords and prints them.
"""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Site

from cms.demo_tools import Progress, child_page
from handbook.models import FrameworkArea, FrameworkValue
from stories.models import StoryIndexPage

from .factories import JoinPageFactory
from .models import MemberProfile, Submission
from .submissions import workflow

DEMO_MEMBER = {"username": "demo-member", "email": "member@example.org"}
DEMO_MODERATOR = {"username": "moderator", "email": "moderator@example.org"}

SUBMISSION = {
    "title": "A tool library run by a street",
    "summary": "Households on one street started lending each other tools, and the lending turned into a "
    "residents' group that now meets every month.",
    "context": "Most people owned the same few tools and lacked the rest; neighbours barely knew each other.",
    "what_was_done": "Two neighbours listed what they could lend on a shared sheet, put a note through every "
    "door, and held a first swap morning outside the corner shop. Borrowers signed a simple paper log.",
    "who_took_part": "About thirty households, a corner shop and a local faith group that lent its hall.",
    "outcomes": "Over a hundred loans in the first year, and a residents' group that took on a parking dispute.",
    "lessons": "Starting with something practical made it easy for shy people to join in.",
    "do_differently": "Agree early who looks after the log, so it does not fall to one person.",
    "resources": "A one-page lending agreement\nA shared spreadsheet of tools",
    "tags": "mutual aid, neighbours",
    "place": "Sheffield",
    "period": "2023 to 2024",
    "organisations": "Hill Street Residents",
    "credit_name": "Jo from Hill Street",
    "consent": True,
}


JOIN_QUESTIONS = [
    {
        "label": "Your name",
        "field_type": "singleline",
        "required": True,
        "help_text": "Whatever you like to be called.",
    },
    {
        "label": "Your email address",
        "field_type": "email",
        "required": True,
        "help_text": "Only the people who look after the network see it, to write back to you.",
    },
    {"label": "Your group or network", "field_type": "singleline", "required": False, "help_text": "If you have one."},
    {
        "label": "About you",
        "field_type": "multiline",
        "required": True,
        "help_text": "A few lines about you and the people you organise with: who you are, where, and what you do.",
    },
    {
        "label": "What you hope to get from the network",
        "field_type": "multiline",
        "required": True,
        "help_text": "For example: people to learn from, a place to share what worked, company for the hard bits.",
    },
    {
        "label": "How you might take part",
        "field_type": "checkboxes",
        "required": False,
        "choices": "Sending in stories or case studies\nComing to events\nHelping with the handbook",
        "help_text": "Optional. Tick any that appeal.",
    },
    {
        "label": "The network's organisers may keep these answers and write to me about joining",
        "field_type": "checkbox",
        "required": True,
        "help_text": "We never publish your answers or pass them on.",
    },
]


def demo_user(details: dict):
    user, created = get_user_model().objects.get_or_create(username=details["username"], defaults=details)
    if created:
        user.set_unusable_password()
        user.save()
    EmailAddress.objects.get_or_create(user=user, email=details["email"], defaults={"verified": True, "primary": True})
    return user, created


def load_join_page(progress: Progress) -> None:
    progress.section("Join the network page")
    home = Site.objects.get(is_default_site=True).root_page.specific
    child_page(
        home,
        "join",
        JoinPageFactory,
        progress,
        title="Join the network",
        intro="There is no fee and no test. Tell us who you are and what you are hoping for, and one of "
        "the organisers will write back within a week or two.",
        thank_you_text="Thank you for getting in touch. One of the organisers will read your answers and "
        "write back to you soon.",
        show_in_menus=True,
        questions=JOIN_QUESTIONS,
    )


def load(progress: Progress) -> None:
    load_join_page(progress)
    progress.section("Members and a submission waiting for review")
    moderator, created = demo_user(DEMO_MODERATOR)
    moderator.groups.add(Group.objects.get(name="Moderators"))
    progress.made("demo moderator account (password: run ensure_dev_admin)", created)
    member, created = demo_user(DEMO_MEMBER)
    MemberProfile.objects.get_or_create(user=member, defaults={"display_name": "Jo", "credit_as": "display_name"})
    progress.made("demo member account", created)
    if not StoryIndexPage.objects.exists():
        return
    fields = {key: value for key, value in SUBMISSION.items() if key != "title"}
    submission, created = Submission.objects.get_or_create(owner=member, title=SUBMISSION["title"], defaults=fields)
    if created:
        submission.framework_areas.set(FrameworkArea.objects.filter(slug__in=["organise", "connect"]))
        submission.framework_values.set(FrameworkValue.objects.filter(slug="participation"))
    if submission.page_id is None:
        workflow.submit(submission.pk, member)
    progress.made(f"submission in review: {submission.title}", created)
