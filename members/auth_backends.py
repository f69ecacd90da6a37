"""Members sign in only through django-allauth's own views.

allauth's backend also accepts ``authenticate(username=<email>, password=…)`` "to play nice
with other apps", which let Wagtail's login views (``/admin/login/``, ``/<lang>/_util/login/``)
sign members in without allauth's email-verification check or rate limits. This backend
answers only allauth's sign-in, which passes the address as ``email=``; everything else gets
``None`` (the staff backend, ``cms.auth_backends``, decides those). allauth still checks the
password of unknown addresses against a dummy hash, so both take the same time.
"""

from allauth.account.auth_backends import AuthenticationBackend


class MemberBackend(AuthenticationBackend):
    def authenticate(self, request, **credentials):
        if not credentials.get("email") or credentials.get("username"):
            return None
        return super().authenticate(request, email=credentials["email"], password=credentials.get("password"))
