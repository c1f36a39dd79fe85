import codecs
import unicodedata

import pytest

from gem.lib.legacy_encodings import (
    TCVN3_DECODE,
    VNI_DECODE,
    decode_tcvn3,
    decode_vni,
    unicode_to_tcvn3,
    unicode_to_vni,
)
from gem.lib.vntext import decode_bytes

ALL_LOWER = "aàảãáạ ăằẳẵắặ âầẩẫấậ eèẻẽéẹ êềểễếệ iìỉĩíị oòỏõóọ ôồổỗốộ ơờởỡớợ uùủũúụ ưừửữứự yỳỷỹýỵ đ"
SENTENCE = "Tỷ lệ nữ đại biểu Hội đồng nhân dân cấp xã đạt từ 30% trở lên; Sở Nội vụ tổng hợp."


def test_it_has_one_code_per_letter_in_the_tables():
    assert len(set(TCVN3_DECODE.values())) == len(TCVN3_DECODE) == 67 + 7
    assert len(set(VNI_DECODE.values())) == len(VNI_DECODE)


@pytest.mark.parametrize("text", [ALL_LOWER, ALL_LOWER.upper(), SENTENCE])
def test_it_round_trips_vni(text):
    assert decode_vni(unicode_to_vni(text)) == text


@pytest.mark.parametrize("text", [ALL_LOWER, SENTENCE, "KẾ HOẠCH THỰC HIỆN"])
def test_it_round_trips_tcvn3(text):
    assert decode_tcvn3(unicode_to_tcvn3(text)) == text


def test_it_decodes_known_tcvn3_and_vni_bytes():
    # Byte values as the .VnTime and VNI-Times fonts draw them.
    assert decode_tcvn3(b"b\xd7nh \xae\xbcng gi\xedi") == "bình đẳng giới"
    assert decode_vni(b"b\xecnh \xf1a\xfang gi\xf4\xf9i") == "bình đẳng giới"


def _cp1258(text: str) -> bytes:
    """Windows-1258 spells the tone as a combining mark after a precomposed base letter."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            letter, *marks = unicodedata.normalize("NFD", ch)
            shape = "".join(m for m in marks if m in "\u0302\u0306\u031b")
            tones = "".join(m for m in marks if m not in shape)
            out.append((unicodedata.normalize("NFC", letter + shape) + tones).encode("cp1258"))
    return b"".join(out)


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: t.encode("utf-16"),
        lambda t: t.encode("utf-16-le"),
        _cp1258,
        unicode_to_tcvn3,
        unicode_to_vni,
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16le-nobom", "cp1258", "tcvn3", "vni"],
)
def test_it_detects_the_encoding_of_a_text_file(encode):
    text = "Kế hoạch thực hiện công tác bình đẳng giới của tỉnh năm 2026. " * 5
    assert decode_bytes(encode(text)) == text
