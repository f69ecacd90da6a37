"""Forms of the member area."""

from allauth.account.forms import LoginForm, ResetPasswordForm, SignupForm
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.tokens import default_token_generator
from django.utils.translation import gettext_lazy as _

from cms.forms import AccessibleFormMixin
from cms.text import strip_bidi_controls

from .models import MemberProfile
from .privacy import KEEP, WITHDRAW, published_case_studies


class ProfileForm(AccessibleFormMixin, forms.ModelForm):
    class Meta:
        model = MemberProfile
        fields = ["display_name", "organisation", "credit_as"]
        widgets = {"credit_as": forms.RadioSelect}
        help_texts = {
            "display_name": _("Shown when we credit you, if you choose that below. Up to 80 characters."),
            "organisation": _("Optional. Up to 120 characters."),
            "credit_as": _("Editors use this when they publish something you sent in."),
        }

    def clean_display_name(self):
        return strip_bidi_controls(self.cleaned_data["display_name"]).strip()

    def clean_organisation(self):
        return strip_bidi_controls(self.cleaned_data["organisation"]).strip()


class DeleteAccountForm(AccessibleFormMixin, forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("To be sure it is you."),
    )
    confirm = forms.BooleanField(
        label=_("I understand my account and profile will be deleted and cannot be recovered."),
        error_messages={"required": _("Tick the box to confirm you want your account deleted.")},
    )

    published = forms.ChoiceField(
        label=_("Your published case studies"),
        choices=[
            (KEEP, _("Keep them on the site, credited as anonymous")),
            (WITHDRAW, _("Withdraw them: take them off the site")),
        ],
        widget=forms.RadioSelect,
        help_text=_("Anything you sent in that is not published yet is deleted with your account either way."),
        error_messages={"required": _("Choose what should happen to your published case studies.")},
    )
    field_order = ["published", "password", "confirm"]

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        self.published_pages = published_case_studies(user)
        if not self.published_pages:
            del self.fields["published"]

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your current password."))
        return password


class MemberLoginForm(AccessibleFormMixin, LoginForm):
    """allauth's sign-in form; the "forgot password" link moves below the form (see
    templates/account/login.html) so that Tab goes from the email field to the password."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].help_text = ""
        self.fields["password"].widget.attrs.pop("aria-describedby", None)


class MemberSignupForm(AccessibleFormMixin, SignupForm):
    """allauth's sign-up form with errors linked to their fields.

    With enumeration prevention allauth answers an address that already has an account with the
    same "check your email" page (and mails its owner instead of making an account), but only a
    new account hashes the password: ~0.04 s against ~0.8 s told anyone which addresses are
    members. The password is hashed either way, so both take the same time.
    """

    def try_save(self, request):
        if self.account_already_exists:
            make_password(self.cleaned_data.get("password1") or "")
        return super().try_save(request)


class MemberResetPasswordForm(AccessibleFormMixin, ResetPasswordForm):
    """allauth's reset form: a known address gets a link, an unknown one an "is there an account?"
    mail, with the same page either way. The link's token is the slow part, so an unknown address
    makes one too (for an unsaved user, and throws it away): both take the same time."""

    def save(self, request, **kwargs):
        if not self.users:
            default_token_generator.make_token(get_user_model()(email=self.cleaned_data["email"]))
        return super().save(request, **kwargs)
