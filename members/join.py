"""The "Join the network" page: a form whose questions editors choose in the admin.

Wagtail idiom: ``wagtail.contrib.forms`` turns a page into a form builder. ``AbstractEmailForm``
gives the page a ``to_address``, ``from_address`` and ``subject``; its ``form_fields`` are
``AbstractFormField`` rows edited inline (``InlinePanel``); each send is a ``FormSubmission``
listed under **Forms** in the admin, with CSV/XLSX export built in.

Added here: the shared accessible-form behaviour, the honeypot and the minimum fill time
(``cms.forms``), the rate limit (``cms.ratelimit``), and an email to the site's contact address
(Settings → Site settings) built by ``join_email()`` in one place and sent, like every email,
through the email queue (``cms.mail``, docs/decisions/0060).
The honeypot and timestamp never reach the stored submission, its export or the email.
"""

from django import forms
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import models
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import BaseForm, FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.views import SubmissionsListView
from wagtail.models import TranslatableMixin
from wagtail.search import index

from cms import ratelimit
from cms.forms import AccessibleFormMixin, HoneypotMixin, MinimumFillTimeMixin
from cms.models import BasePage, SiteSettings

# Fields every join form has besides the editors' questions; never stored or emailed.
SPAM_CHECK_FIELDS = ("website", "started")


class JoinFormField(TranslatableMixin, AbstractFormField):
    """One question. ``TranslatableMixin`` makes its label, hint and choices translatable with the
    page in wagtail-localize (without it they would be copied unchanged into every language);
    ``clean_name``, the key answers are stored under, stays the same in every language."""

    page = ParentalKey("members.JoinPage", on_delete=models.CASCADE, related_name="form_fields")

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        pass


class JoinForm(AccessibleFormMixin, HoneypotMixin, MinimumFillTimeMixin, BaseForm):
    """The base of the class ``FormBuilder`` makes from the editors' fields."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order_fields([name for name in self.fields if name not in SPAM_CHECK_FIELDS])
        for name, field in self.fields.items():
            if field.required and name not in SPAM_CHECK_FIELDS:
                field.error_messages["required"] = _("Please answer this question: %(label)s.") % {"label": field.label}
            if isinstance(field.widget, forms.CheckboxSelectMultiple):
                field.is_checkbox_group = True

    def answers(self) -> list[tuple[str, str]]:
        """(question, answer) pairs in the form's order, without the spam checks."""
        pairs = []
        for bound in self:
            if bound.name in SPAM_CHECK_FIELDS:
                continue
            value = self.cleaned_data.get(bound.name)
            if isinstance(value, list):
                value = ", ".join(value)
            elif isinstance(value, bool):
                value = _("Yes") if value else _("No")
            pairs.append((str(bound.label), "" if value is None else str(value)))
        return pairs


class JoinFormBuilder(FormBuilder):
    def get_form_class(self):
        return type("JoinPageForm", (JoinForm,), self.formfields)


def recipients(page, site) -> list[str]:
    """The site's contact address (Settings → Site settings), or else the page's own "to address"."""
    contact = SiteSettings.for_site(site).contact_email if site else ""
    if contact:
        return [contact]
    return [address.strip() for address in page.to_address.split(",") if address.strip()]


def join_email(page, form, site) -> EmailMultiAlternatives | None:
    """The notification for one join request: plain text with an HTML alternative that says why
    the recipient gets it. Built here and sent by the caller (through the email queue)."""
    to = recipients(page, site)
    if not to:
        return None
    context = {
        "page": page,
        "answers": form.answers(),
        "site_name": (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME,
        "submissions_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + f"/admin/forms/submissions/{page.pk}/",
    }
    subject = page.subject or str(_("Someone asked to join the network"))
    text = render_to_string("members/email/join.txt", context)
    html = render_to_string("members/email/join.html", context)
    # Replying goes straight to the person, if the editors asked for an email address.
    reply_to = [
        form.cleaned_data[name]
        for name, field in form.fields.items()
        if isinstance(field, forms.EmailField) and form.cleaned_data.get(name)
    ][:1]
    message = EmailMultiAlternatives(
        subject, text, page.from_address or settings.DEFAULT_FROM_EMAIL, to, reply_to=reply_to
    )
    message.attach_alternative(html, "text/html")
    return message


class JoinSubmissionsListView(SubmissionsListView):
    """The admin's list of join requests; its CSV export, like every admin export, defuses
    formulas and is UTF-8 with a BOM (``cms.spreadsheets.protect_wagtail_exports``)."""


class JoinPage(BasePage, AbstractEmailForm):
    """ "Join the network": an introduction, the editors' questions, and a thank-you message."""

    intro = models.TextField(
        _("introduction"), max_length=1000, blank=True, help_text=_("Shown above the form. Plain text.")
    )
    thank_you_text = models.TextField(
        _("thank-you message"),
        max_length=1000,
        blank=True,
        help_text=_("Shown after someone sends the form. Plain text."),
    )

    form_builder = JoinFormBuilder
    submissions_list_view_class = JoinSubmissionsListView
    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Questions")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Email"),
            help_text=_(
                "Requests go to the contact address in Site settings; the address here is used if that is empty."
            ),
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    template = "members/join_page.html"
    landing_page_template = "members/join_page_landing.html"

    class Meta:
        verbose_name = _("join page")

    def get_meta_description(self) -> str:
        return self.search_description or self.intro

    def process_form_submission(self, form):
        """Store the answers (not the spam checks) and email the contact address."""
        data = {name: value for name, value in form.cleaned_data.items() if name not in SPAM_CHECK_FIELDS}
        submission = self.get_submission_class().objects.create(form_data=data, page=self)
        message = join_email(self, form, self.get_site())
        if message is not None:
            message.send()
        return submission

    def serve(self, request, *args, **kwargs):
        status = 200
        if request.method == "POST":
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            if ratelimit.is_limited(request, "join"):
                ratelimit.refuse(form)
                status = 429
            elif form.is_valid():
                submission = None if form.is_spam() else self.process_form_submission(form)
                return self.render_landing_page(request, submission, *args, **kwargs)
        else:
            form = self.get_form(page=self, user=request.user)
        context = self.get_context(request)
        context["form"] = form
        response = TemplateResponse(request, self.get_template(request), context, status=status)
        return ratelimit.mark_limited(response) if status == 429 else response
