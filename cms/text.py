"""Text clean-up shared by public forms.

Bidirectional control characters (the embeddings, overrides and isolates of Unicode's bidi
algorithm, and the LRM/RLM/ALM marks) can make a name or title display differently from what it
is — a file name written "U+202E txt.exe" shows as "exe.txt" — so they are removed from names
and titles people type.
Arabic and Hebrew text needs none of them: its direction comes from its letters.
"""

import re

BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def strip_bidi_controls(value: str) -> str:
    return BIDI_CONTROLS.sub("", value or "")
