"""The moderation set-up member submissions need, created idempotently.

``ensure_moderation(apps)`` makes the Moderators group (admin access and page permissions on
the tree's root), a ``GroupApprovalTask`` for it, and the "Moderate member submission"
workflow. Migration members/0003 calls it with the historical models, so tests and production
get it; ``moderation_workflow()`` calls it with the real ones if the rows were flushed (browser
tests). Permissions are on the root page because the stories index may not exist yet when
migrations run, and the root covers it wherever editors put it (docs/decisions/0040).
"""

WORKFLOW_NAME = "Moderate member submission"
TASK_NAME = "Moderators approve member submission"
GROUP_NAME = "Moderators"
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page"]


def ensure_moderation(apps):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")

    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    group.permissions.add(access_admin)

    page_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for codename in PAGE_PERMISSIONS:
            permission, _ = Permission.objects.get_or_create(
                content_type=page_type, codename=codename, defaults={"name": codename.replace("_", " ")}
            )
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.add(group)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow
