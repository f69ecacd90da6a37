"""Shared StreamField blocks. Apps build their own streams from these pieces."""

from .content import (
    CalloutBlock,
    DocumentLinkBlock,
    HeadingBlock,
    ImageWithAltBlock,
    QuotationBlock,
)
from .streams import StandardStreamBlock

__all__ = [
    "CalloutBlock",
    "DocumentLinkBlock",
    "HeadingBlock",
    "ImageWithAltBlock",
    "QuotationBlock",
    "StandardStreamBlock",
]
