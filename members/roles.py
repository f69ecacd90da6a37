"""The groups the site ships with and what each may do (docs/roles.md is the table).

- **Editors** curate all content: every page (add, edit, publish, lock, unlock) and every
  snippet (glossary terms, framework areas and values, people, venues, organisations, site
  text; readers' gap contributions to read, triage and delete), images, documents and
  translations. They do not decide on member submissions: pages in the moderators' review are
  locked to them (members.review_task).
- **Moderators** review member submissions (the workflow task gives them the case study in
  review and nothing else; of page permissions only "lock") and readers' gap contributions (read and
  triage); they publish only what they approve, never their own.

``ensure_roles(apps)`` sets this up idempotently; migration members/0006 calls it with the
historical models. Wagtail's own set-up (wagtailcore 0002) made both groups, giving Moderators
add/edit/publish on the whole tree; wagtail-localize lets both translate. Both are corrected here.
"""

from .submissions.setup import GROUP_NAME as MODERATORS
from .submissions.setup import ensure_moderation

EDITORS = "Editors"
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"]
# (app label, model): what editors may do with each snippet.
CURATED = ["add", "change", "delete", "view"]
# Snippets with drafts and revisions (cms.models.drafts): editors also publish, lock and unlock.
DRAFTED = CURATED + ["publish", "lock", "unlock"]
SNIPPETS = {
    ("handbook", "glossaryterm"): DRAFTED,
    ("handbook", "frameworkarea"): DRAFTED,
    ("handbook", "frameworkvalue"): DRAFTED,
    ("cms", "sitetext"): DRAFTED,
    ("events", "venue"): CURATED,
    ("events", "person"): CURATED,
    ("events", "organisation"): CURATED,
    ("handbook", "gapcontribution"): ["change", "delete", "view"],
}
MODERATOR_SNIPPETS = {("handbook", "gapcontribution"): ["change", "view"]}


def _permission(apps, app_label, model, action):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {model}"}
    )
    return permission


def ensure_roles(apps):
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    ensure_moderation(apps)

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(_permission(apps, "wagtailadmin", "admin", "access"))
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for codename in EDITOR_PAGE_PERMISSIONS:
            permission = _permission(apps, "wagtailcore", "page", codename.removesuffix("_page"))
            GroupPagePermission.objects.get_or_create(group=editors, page=root, permission=permission)
    for (app_label, model), actions in SNIPPETS.items():
        editors.permissions.add(*[_permission(apps, app_label, model, action) for action in actions])
    editors.permissions.add(_permission(apps, "wagtail_localize", "translation", "submit"))

    moderators = Group.objects.get(name=MODERATORS)
    for (app_label, model), actions in MODERATOR_SNIPPETS.items():
        moderators.permissions.add(*[_permission(apps, app_label, model, action) for action in actions])
    moderators.permissions.remove(_permission(apps, "wagtail_localize", "translation", "submit"))
