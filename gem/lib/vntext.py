"""Vietnamese text helpers: decoding, legacy-font repair, scoring, case."""

import codecs
import re
import unicodedata

from gem.lib.legacy_encodings import tcvn3_to_unicode, vni_to_unicode

# Frequent words of administrative Vietnamese; their count tells real text from mojibake.
_COMMON = re.compile(
    r"(?<!\w)(?:của|và|các|được|thực hiện|bình đẳng|giới|năm|trong|phụ nữ|người|"
    r"chỉ tiêu|mục tiêu|kế hoạch|báo cáo|tỉnh|xã|đạt|về|với|có|những|nhiệm vụ|"
    r"tổ chức|triển khai|theo|đến|tăng cường|cơ quan|đơn vị|lĩnh vực)(?!\w)",
    re.IGNORECASE,
)
# Vietnamese letters outside Latin-1 (ă â đ ê ô ơ ư and the dotted/hooked ones): text read
# from TCVN3 or VNI bytes as Latin-1/UTF-8 has none of them.
_UNICODE_ONLY = re.compile(
    r"[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]"
)
_VIET_LETTER = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]")


def vietnamese_score(text: str) -> float:
    """Share of common Vietnamese words per 100 characters; mojibake scores near zero."""
    sample = text[:20000]
    if not sample.strip():
        return 0.0
    return 100.0 * len(_COMMON.findall(sample)) / max(len(sample), 1)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def repair_legacy(text: str) -> str:
    """Return text converted from TCVN3 or VNI when it reads better that way, else as is."""
    if not any(0xA0 <= ord(ch) <= 0xFF for ch in text[:20000]):
        return nfc(text)
    # Choose on a head long enough to give the 20,000 characters the score reads (VNI at
    # most halves a text), then convert the whole text only with the winner.
    head = text[:40000]
    if len(_UNICODE_ONLY.findall(head)) > 0.01 * len(head):
        return nfc(text)  # letters no legacy font yields (ư, ơ, đ, ạ ...): already Unicode
    converters = [nfc, lambda t: _safe(tcvn3_to_unicode, t), lambda t: _safe(vni_to_unicode, t)]
    best = max(converters, key=lambda convert: vietnamese_score(convert(head)))
    return best(text)


def _safe(convert, text: str) -> str:
    try:
        return convert(text)
    except (ValueError, KeyError):  # pragma: no cover - converters map char by char
        return text


def decode_bytes(data: bytes) -> str:
    """Decode a text file: BOMs, UTF-16 without BOM, UTF-8, cp1258, TCVN3, VNI."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            return nfc(data.decode(codec, errors="replace"))
    guess = _utf16_without_bom(data)
    if guess is not None:
        return nfc(guess)
    try:
        return repair_legacy(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    latin = data.decode("latin-1")
    candidates = [
        nfc(data.decode("cp1258", errors="replace")),
        tcvn3_to_unicode(latin),
        vni_to_unicode(latin),
    ]
    return max(candidates, key=vietnamese_score)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_zero = sample[1::2].count(0) / (len(sample) / 2)
    odd_zero = sample[0::2].count(0) / (len(sample) / 2)
    codec = "utf-16-le" if even_zero > 0.3 else "utf-16-be" if odd_zero > 0.3 else None
    if codec is None:
        return None
    return data.decode(codec, errors="replace")


def title_case(name: str) -> str:
    """'NINH THUẬN' -> 'Ninh Thuận' (each syllable capitalised)."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in name.split())


def is_mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8
