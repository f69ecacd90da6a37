"""What the site keeps about a member beyond their login."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class MemberProfile(models.Model):
    class Credit(models.TextChoices):
        DISPLAY_NAME = "display_name", _("My display name")
        ORGANISATION = "organisation", _("My organisation's name")
        ANONYMOUS = "anonymous", _("Anonymous")

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="member_profile")
    display_name = models.CharField(_("display name"), max_length=80, blank=True)
    organisation = models.CharField(_("organisation or network"), max_length=120, blank=True)
    credit_as = models.CharField(
        _("how to credit what you send in"), max_length=20, choices=Credit.choices, default=Credit.DISPLAY_NAME
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return self.display_name or f"member {self.user_id}"

    def public_credit(self) -> str:
        """The name to show publicly for this member's contributions (never their email)."""
        if self.credit_as == self.Credit.ORGANISATION and self.organisation:
            return self.organisation
        if self.credit_as == self.Credit.DISPLAY_NAME and self.display_name:
            return self.display_name
        return str(_("Anonymous"))
