"""django-allauth adapter: members are never staff, and every member gets a profile."""

from allauth.account.adapter import DefaultAccountAdapter

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
