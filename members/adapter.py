"""django-allauth adapter: members are never staff, every member gets a profile, and every
link in allauth's emails is on the site's public address (BASE_URL), not the request's host."""

from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings

from cms.addresses import base_url

from .models import MemberProfile


class MemberAccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        # Signing up never grants the Wagtail admin, whatever the form contained.
        user.is_staff = False
        user.is_superuser = False
        if commit:
            user.save()
            MemberProfile.objects.get_or_create(user=user)
        return user

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """allauth builds its links (confirm, reset, sign up) with ``request.build_absolute_uri``
        and names the site after the request's host: both are put on BASE_URL here."""
        request = allauth_context.request
        origin = request.build_absolute_uri("/").rstrip("/") if request is not None else None
        public = base_url()

        def on_public_address(value):
            if origin and isinstance(value, str) and value.startswith(origin + "/"):
                return public + value[len(origin) :]
            return value

        context = {key: on_public_address(value) for key, value in context.items()}
        context["current_site"] = SimpleNamespace(name=settings.WAGTAIL_SITE_NAME, domain=urlsplit(public).netloc)
        super().send_mail(template_prefix, email, context)
