"""The tag through-model shared by stories and case studies."""

from django.db import models
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase


class TaggedStory(TaggedItemBase):
    """Links a taggit ``Tag`` to a story or case study.

    Wagtail idiom: ``ClusterTaggableManager`` needs a through-model whose ``content_object`` is
    a ``ParentalKey``, so tags are saved with page revisions and previews show them before
    publishing. Tags themselves are global (taggit's ``Tag``), shared with other apps.
    """

    content_object = ParentalKey("stories.StoryEntry", on_delete=models.CASCADE, related_name="tagged_items")
