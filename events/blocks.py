"""The programme of an event: timed items, each with a title and its speakers.

Block logic lives in the block: ``ProgrammeItemValue`` formats the time range and speaker
line; ``clean()`` refuses an end before the start.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock


class ProgrammeItemValue(blocks.StructValue):
    def time_range(self) -> str:
        start, end = self.get("start_time"), self.get("end_time")
        if not start:
            return ""
        return f"{start:%H:%M}–{end:%H:%M}" if end else f"{start:%H:%M}"

    def speaker_list(self) -> list:
        return [person for person in self.get("speakers") or [] if person is not None]


class ProgrammeItemBlock(blocks.StructBlock):
    start_time = blocks.TimeBlock(required=False, label=_("Starts"), help_text=_("In the event's time zone."))
    end_time = blocks.TimeBlock(required=False, label=_("Ends"))
    title = blocks.CharBlock(max_length=200)
    description = blocks.TextBlock(required=False, max_length=800)
    speakers = blocks.ListBlock(SnippetChooserBlock("events.Person"), default=[], label=_("Speakers"))

    class Meta:
        icon = "time"
        template = "events/blocks/programme_item.html"
        value_class = ProgrammeItemValue
        label = _("Programme item")
        preview_value = {"title": "Welcome and introductions", "description": "Who is here and why."}
        description = _("One part of the programme: when, what and who.")

    def clean(self, value):
        value = super().clean(value)
        start, end = value.get("start_time"), value.get("end_time")
        if end and not start:
            raise StructBlockValidationError({"start_time": ValidationError(_("Give a start time as well."))})
        if start and end and end <= start:
            raise StructBlockValidationError({"end_time": ValidationError(_("The end is not after the start."))})
        return value


class ProgrammeBlock(blocks.StreamBlock):
    item = ProgrammeItemBlock()

    class Meta:
        template = "events/blocks/programme.html"
