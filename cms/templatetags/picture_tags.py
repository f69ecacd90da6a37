"""``{% responsive_picture %}``: Wagtail's ``{% picture %}`` without repeated widths.

Wagtail never upscales, so ``width-{480,960,1440}`` of a 700px original gives two 700px
renditions per format and a ``srcset`` listing "700w" twice, which HTML forbids. This tag takes
the same arguments and drops, per format, every width above the first one the original does
not reach (that one already gives the original's full width; ``cms.renditions.specs_within``).
The sizes the templates use are listed in ``cms.renditions.PICTURE_SIZES``, which are made
when an image is added, so a page's first reader does not wait for them.
"""

from django import template
from wagtail.images.models import Filter, Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.images.templatetags.wagtailimages_tags import PictureNode, image

from cms.renditions import specs_within

register = template.Library()


class ResponsivePictureNode(PictureNode):
    """Its filters are made once, when the template is compiled: Wagtail's own node makes new
    ``Filter`` objects on every render, and each new one looks up the registered image
    operations again to parse its spec."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters = {spec: Filter(spec=spec) for spec in Filter.expand_spec(self.filter_specs)}

    def render(self, context):
        picture = self.validate_image(context)
        if not picture:
            return ""
        filters = [self.filters[spec] for spec in specs_within(list(self.filters), picture.width)]
        renditions = get_renditions_or_not_found(picture, filters)
        if self.output_var_name:
            context[self.output_var_name] = Picture(renditions)
            return ""
        attrs = {key: value.resolve(context) for key, value in self.attrs.items()}
        return Picture(renditions, attrs).__html__()


@register.tag("responsive_picture")
def responsive_picture(parser, token):
    """Same syntax as ``{% picture %}``."""
    token.contents = token.contents.replace("responsive_picture", "picture", 1)
    node = image(parser, token)
    return ResponsivePictureNode(
        node.image_expr, node.filter_specs, attrs=node.attrs, output_var_name=node.output_var_name
    )
