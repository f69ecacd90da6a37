"""Factories for members: a user with a verified email address and a profile; the join page."""

import factory
import wagtail_factories
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from .join import JoinFormField, JoinPage
from .models import MemberProfile


class MemberFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"member{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", "member-password")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create:
            self.save()
            verified = True if extracted is None else extracted
            EmailAddress.objects.create(user=self, email=self.email, verified=verified, primary=True)
            MemberProfile.objects.get_or_create(user=self, defaults={"display_name": self.username.title()})


class JoinPageFactory(wagtail_factories.PageFactory):
    """A "Join the network" page; pass ``questions=[{…}, …]`` to give it form fields
    (``label``, ``field_type``, ``required``, ``help_text``, ``choices``)."""

    title = "Join the network"
    intro = "Tell us a little about yourself."
    thank_you_text = "Thank you: someone from the network will write back."

    class Meta:
        model = JoinPage
        skip_postgeneration_save = True

    @factory.post_generation
    def questions(self, create, extracted, **kwargs):
        if not create:
            return
        for order, question in enumerate(extracted or []):
            JoinFormField.objects.create(page=self, sort_order=order, **question)
