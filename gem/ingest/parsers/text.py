"""Plain text and Markdown: detect the encoding (UTF-8/16, cp1258, TCVN3, VNI)."""

from gem.ingest.errors import fail
from gem.lib.vntext import decode_bytes


def parse(data: bytes) -> str:
    if _looks_binary(data):
        raise fail("unreadable")
    return decode_bytes(data)


def _looks_binary(data: bytes) -> bool:
    """Control bytes that text never has (UTF-16 NULs are allowed by the decoder)."""
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    zeros = sample.count(0)
    if zeros and not (0.3 < zeros / len(sample) < 0.6):
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 0))
    return controls / max(len(sample), 1) > 0.02
