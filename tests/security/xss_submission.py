"""One case study that carries the whole XSS corpus: every field of the member's form filled
with as many payloads as its length limit allows (fields that refuse some characters — digits
in a place, commas inside a tag — get the payloads they accept)."""

from .xss_payloads import PAYLOADS

LONG_FIELDS = {
    "context": 4000,
    "what_was_done": 6000,
    "who_took_part": 3000,
    "outcomes": 4000,
    "lessons": 4000,
    "do_differently": 3000,
    "resources": 3000,
    "organisations": 1000,
}
TITLE_WORD = "Tenants"


def pack(limit: int, payloads=PAYLOADS, separator: str = "\n") -> str:
    """As many payloads as fit in ``limit`` characters, in corpus order."""
    chosen, size = [], 0
    for payload in payloads:
        extra = len(payload) + (len(separator) if chosen else 0)
        if size + extra <= limit:
            chosen.append(payload)
            size += extra
    return separator.join(chosen)


def payload_fields() -> dict:
    no_digits = [payload for payload in PAYLOADS if not any(character.isdigit() for character in payload)]
    tag_safe = [payload for payload in PAYLOADS if "," not in payload and len(payload.strip()) == len(payload)]
    fields = {
        "title": f"{TITLE_WORD} " + pack(120 - len(TITLE_WORD) - 1, separator=" "),
        "summary": pack(400, separator=" "),
        "place": pack(120, no_digits, separator=" "),
        "period": pack(80, PAYLOADS[::-1], separator=" "),
        "credit_name": pack(120, PAYLOADS[20:], separator=" "),
        "tags": pack(300, tag_safe[5:], separator=", "),
        **{name: pack(limit) for name, limit in LONG_FIELDS.items()},
    }
    return fields


def payloads_used(fields: dict) -> set[str]:
    return {payload for payload in PAYLOADS if any(payload in value for value in fields.values())}
