"""Factories for members: a user with a verified email address and a profile."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

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
