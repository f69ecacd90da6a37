"""The project's own drawings (SVG, in cms/demo_drawings/) rasterised with CairoSVG, so that
Wagtail makes its AVIF, WebP and JPEG renditions from them like from any uploaded photo."""

from pathlib import Path

import cairosvg

DRAWINGS = Path(__file__).resolve().parent / "demo_drawings"
WIDTH = 1440  # the widest rendition the templates ask for; the drawings are 16:9


def rasterise(scene: str, width: int = WIDTH) -> bytes:
    """The drawing ``scene`` (its SVG file's name) as a PNG ``width`` pixels wide."""
    return cairosvg.svg2png(url=str(DRAWINGS / f"{scene}.svg"), output_width=width)
