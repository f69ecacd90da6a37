"""The moderation set-up member submissions need, created idempotently.

``ensure_moderation(apps)`` makes the Moderators group (admin access), the moderators' review
task for it and the "Moderate member submission" workflow with that one task. Migrations call
it with the historical models (members/0003 with Wagtail's ``GroupApprovalTask``, before the
project's own task existed; members/0007 with ``members.SubmissionReviewTask``, which then
replaces it), so tests and production get it; ``moderation_workflow()`` calls it with the real
models if the rows were flushed (browser tests). Moderators get no page permission but
"lock": the task itself lets them open, approve, return or decline what they review, and
nothing else (docs/roles.md, docs/decisions/0040).
"""

WORKFLOW_NAME = "Moderate member submission"
TASK_NAME = "Moderators review member submission"
OLD_TASK_NAME = "Moderators approve member submission"
GROUP_NAME = "Moderators"


def _task_model(apps):
    try:
        return apps.get_model("members", "SubmissionReviewTask")
    except LookupError:  # members/0003: the project's own task does not exist yet
        return apps.get_model("wagtailcore", "GroupApprovalTask")


def ensure_moderation(apps):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    Task = apps.get_model("wagtailcore.Task")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")

    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    group.permissions.add(access_admin)
    # Wagtail's own set-up gives its Moderators group add/edit/publish on the whole tree. They
    # keep only "lock", which lets them neither edit nor publish: Wagtail opens its page
    # screens (revision comparison, history) only to people with some page permission.
    GroupPagePermission.objects.filter(group=group).exclude(permission__codename="lock_page").delete()
    Page = apps.get_model("wagtailcore.Page")
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        page_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
        lock, _ = Permission.objects.get_or_create(
            content_type=page_type, codename="lock_page", defaults={"name": "Can lock page"}
        )
        GroupPagePermission.objects.get_or_create(group=group, page=root, permission=lock)

    task_model = _task_model(apps)
    meta = task_model._meta
    task_type, _ = ContentType.objects.get_or_create(app_label=meta.app_label, model=meta.model_name)
    name = TASK_NAME if meta.app_label == "members" else OLD_TASK_NAME
    task = task_model.objects.filter(name=name).first()
    if task is None:
        task = task_model.objects.create(name=name, content_type=task_type, active=True)
    task.groups.add(group)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.filter(workflow=workflow).exclude(task_id=task.pk).delete()
    WorkflowTask.objects.get_or_create(workflow=workflow, task_id=task.pk, defaults={"sort_order": 0})
    Task.objects.filter(name=OLD_TASK_NAME).exclude(pk=task.pk).update(active=False)
    return workflow
