"""The demo's content arrives as if editors wrote it: each page and each snippet with drafts has
a revision saved and published by a named demo editor, so the admin's "Updated" column, History
and "Compare" show who did what instead of nothing.

Runs last in ``load_demo_content`` (after every app's content and the translations). Generic: it
walks every page and every snippet model with ``DraftStateMixin`` + ``RevisionMixin``, without
importing any app. Idempotent: whatever already has a revision by a demo editor is left alone.
Pages that are not live (a member's case study waiting for review) are never touched: the
moderators decide on those.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import DraftStateMixin, Page, Revision, RevisionMixin
from wagtail.snippets.models import get_snippet_models

from .demo_tools import Progress

EDITORS_GROUP = "Editors"  # made by migration (members/roles.py)
DEMO_EDITORS = [
    {"username": "demo-editor-gwen", "email": "gwen.editor@example.org", "first_name": "Gwen", "last_name": "Parry"},
    {"username": "demo-editor-sam", "email": "sam.editor@example.org", "first_name": "Sam", "last_name": "Okafor"},
]


def demo_editors() -> list:
    """The named demo editors (no usable password: ``ensure_dev_admin`` sets one in development)."""
    editors = []
    group = Group.objects.filter(name=EDITORS_GROUP).first()
    for details in DEMO_EDITORS:
        user, created = get_user_model().objects.get_or_create(username=details["username"], defaults=details)
        if created:
            user.set_unusable_password()
            user.save()
        if group is not None:
            user.groups.add(group)
        editors.append(user)
    return editors


def _written_by_editor(obj, editor_ids) -> bool:
    return Revision.objects.for_instance(obj).filter(user_id__in=editor_ids).exists()


def _draftable_snippet_models() -> list:
    return [
        model
        for model in get_snippet_models()
        if issubclass(model, DraftStateMixin) and issubclass(model, RevisionMixin)
    ]


def load(progress: Progress) -> None:
    progress.section("Revisions by the demo editors")
    editors = demo_editors()
    ids = [editor.pk for editor in editors]
    pages = Page.objects.filter(depth__gt=1, live=True, has_unpublished_changes=False).order_by("path")
    for number, page in enumerate(pages.specific().iterator()):
        done = _written_by_editor(page, ids)
        if not done:
            editor = editors[number % len(editors)]
            page.save_revision(user=editor, log_action=True).publish(user=editor)
        progress.made(f"revision of {page.title} ({page.url_path})", created=not done)
    for model in _draftable_snippet_models():
        objects = model._default_manager.filter(live=True, has_unpublished_changes=False).order_by("pk")
        for number, obj in enumerate(objects):
            done = _written_by_editor(obj, ids)
            if not done:
                editor = editors[number % len(editors)]
                obj.save_revision(user=editor, log_action=True).publish(user=editor)
            progress.made(f"revision of {model._meta.verbose_name} {obj}", created=not done)
