"""Small text helpers for Vietnamese names."""

import re
import unicodedata


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lowercase, without diacritics ("Sở Nội vụ" -> "so noi vu"), for matching names."""
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return text.lower()


def match_key(name: str) -> str:
    """A key under which two spellings of one agency name compare equal."""
    text = fold(name)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())
