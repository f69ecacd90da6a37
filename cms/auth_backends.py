"""Who may sign in with a username and password (Wagtail's own login views).

Wagtail's admin login (``/admin/login/``) and its login for private pages (``/<lang>/_util/login/``)
call ``authenticate(username=…, password=…)``. Only people who work in the admin — staff,
superusers, or anyone whose group grants "Can access Wagtail admin" — are accepted there.
Members never are: they sign in through django-allauth (``members.auth_backends``), which
enforces email verification and its rate limits. django-axes (the first backend) counts every
failure on every path, so a locked-out username or address is refused here too.
"""

from django.contrib.auth.backends import ModelBackend

ADMIN_ACCESS = "wagtailadmin.access_admin"


class StaffBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or "email" in kwargs:
            # allauth's sign-in passes ``email=``: that is the member backend's job.
            return None
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is not None and (user.is_staff or user.is_superuser or self.has_perm(user, ADMIN_ACCESS)):
            return user
        return None
