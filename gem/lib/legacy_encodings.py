"""Legacy Vietnamese font encodings (TCVN3/ABC and VNI) to Unicode NFC.

Before Unicode, Vietnamese text was typed with 8-bit fonts: ".VnTime" (TCVN3, also called
ABC: one byte per accented letter) or "VNI-Times" (VNI: a base letter followed by a byte
for the diacritics). Such text reaches us either as raw bytes (a .txt file) or as Unicode
text whose characters are those bytes read as Latin-1/cp1252 (a Word file typed with the
font). Both forms are handled: `decode_*` take bytes, `*_to_unicode` take such text.
"""

import re
import unicodedata

# TCVN3 (TCVN 5712:1993, VN3). Upper-case accented letters have no code of their own: the
# .VnTimeH font draws the lower-case codes as capitals, so they convert to lower case.
_TCVN3_ROWS = {
    "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9),  # à ả ã á ạ
    "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3_SINGLE = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
}  # fmt: skip
# Combining marks in the order the tables above list the tones.
_TONES = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # grave hook tilde acute dot


def _tcvn3_table() -> dict[int, str]:
    table = dict(_TCVN3_SINGLE)
    for base, codes in _TCVN3_ROWS.items():
        for code, tone in zip(codes, _TONES, strict=True):
            table[code] = unicodedata.normalize("NFC", base + tone)
    return table


TCVN3_DECODE: dict[int, str] = _tcvn3_table()
TCVN3_ENCODE: dict[str, int] = {v: k for k, v in TCVN3_DECODE.items()}

# VNI: the letter, then one byte for its diacritics. Lower-case marks; upper-case letters
# take the upper-case form of the same byte (0xF9 "ù" -> 0xD9 "Ù").
_VNI_MARKS = {
    # on a/ă/â, e/ê, o/ô, u, y and the tone alone
    0xF8: "\u0300", 0xFB: "\u0309", 0xF5: "\u0303", 0xF9: "\u0301", 0xEF: "\u0323",
    0xE2: "\u0302",  # circumflex
    0xEA: "\u0306",  # breve (ă)
    # circumflex + tone
    0xE0: "\u0302\u0300", 0xE5: "\u0302\u0309", 0xE3: "\u0302\u0303",
    0xE1: "\u0302\u0301", 0xE4: "\u0302\u0323",
    # breve + tone
    0xE8: "\u0306\u0300", 0xFA: "\u0306\u0309", 0xFC: "\u0306\u0303",
    0xE9: "\u0306\u0301", 0xEB: "\u0306\u0323",
}  # fmt: skip
# Letters with a code of their own in VNI.
_VNI_SINGLE = {
    0xF4: "ơ", 0xD4: "Ơ", 0xF6: "ư", 0xD6: "Ư", 0xF1: "đ", 0xD1: "Đ",
    0xEC: "ì", 0xCC: "Ì", 0xED: "í", 0xCD: "Í", 0xE6: "ỉ", 0xC6: "Ỉ",
    0xF3: "ĩ", 0xD3: "Ĩ", 0xF2: "ị", 0xD2: "Ị",
}  # fmt: skip
# y with dot below uses its own mark byte.
_VNI_Y_DOT = (0xEE, 0xCE)
_VNI_BASES = "aeouyAEOUY" + "ơƠưƯ"
# Which marks each base accepts (circumflex only on a/e/o, breve only on a).
_VNI_ALLOWED = {
    "a": set(_VNI_MARKS),
    "e": {0xF8, 0xFB, 0xF5, 0xF9, 0xEF, 0xE2, 0xE0, 0xE5, 0xE3, 0xE1, 0xE4},
    "o": {0xF8, 0xFB, 0xF5, 0xF9, 0xEF, 0xE2, 0xE0, 0xE5, 0xE3, 0xE1, 0xE4},
    "u": {0xF8, 0xFB, 0xF5, 0xF9, 0xEF},
    "y": {0xF8, 0xFB, 0xF5, 0xF9},
    "ơ": {0xF8, 0xFB, 0xF5, 0xF9, 0xEF},
    "ư": {0xF8, 0xFB, 0xF5, 0xF9, 0xEF},
}


def _vni_tables() -> tuple[dict[str, str], dict[str, str]]:
    """Return (two-character VNI sequence -> letter, letter -> VNI sequence), as Latin-1 text."""
    decode: dict[str, str] = {}
    for base in _VNI_BASES:
        for code in _VNI_ALLOWED[base.lower()]:
            for upper in (False, True):
                letter = base.upper() if upper else base.lower()
                byte = code - 0x20 if upper else code
                marks = _VNI_MARKS[code]
                key = _latin1_letter(letter) + chr(byte)
                decode[key] = unicodedata.normalize("NFC", letter + marks)
    for upper, byte in enumerate(_VNI_Y_DOT):
        letter = "Y" if upper else "y"
        decode[letter + chr(byte)] = unicodedata.normalize("NFC", letter + "\u0323")
    encode = {v: k for k, v in decode.items()}
    for code, letter in _VNI_SINGLE.items():
        encode.setdefault(letter, chr(code))
    return decode, encode


def _latin1_letter(letter: str) -> str:
    """ơ/ư are single VNI codes; as a base for a tone they are written with that code."""
    for code, single in _VNI_SINGLE.items():
        if single == letter:
            return chr(code)
    return letter


VNI_DECODE, VNI_ENCODE = _vni_tables()
_VNI_ALL = {**{chr(c): letter for c, letter in _VNI_SINGLE.items()}, **VNI_DECODE}
# One pass, pairs before single codes, so a converted letter is never converted again.
_VNI_RE = re.compile("|".join(re.escape(k) for k in sorted(_VNI_ALL, key=len, reverse=True)))
_WORD = re.compile(r"\S+")


def tcvn3_to_unicode(text: str) -> str:
    """Convert TCVN3 text (its bytes read as Latin-1) to Unicode NFC.

    TCVN3 has no codes for capital accented letters (the .VnTimeH font draws the small ones
    as capitals), so a word written in capitals ("KẾ HOẠCH") comes out mixed ("Kế HOạCH");
    such words are put back in capitals.
    """
    out = [TCVN3_DECODE.get(ord(ch), ch) if ord(ch) < 0x100 else ch for ch in text]
    return _restore_capitals(unicodedata.normalize("NFC", "".join(out)))


def _restore_capitals(text: str) -> str:
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
    out, pos = [], 0
    for i, (start, end, word) in enumerate(words):
        out.append(text[pos:start])
        neighbours = [w for _s, _e, w in words[max(0, i - 1) : i + 2] if w is not word]
        if _capital_word(word) or (_no_ascii_lower(word) and any(map(_capital_word, neighbours))):
            word = word.upper()
        out.append(word)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _no_ascii_lower(word: str) -> bool:
    return any(c.isupper() for c in word) and not any("a" <= c <= "z" for c in word)


def _capital_word(word: str) -> bool:
    """A word in capitals: two or more capital letters, no small ones, no digits."""
    if any(c.isdigit() for c in word):
        return False
    return _no_ascii_lower(word) and sum("A" <= c <= "Z" for c in word) >= 2


def vni_to_unicode(text: str) -> str:
    """Convert VNI text (its bytes read as Latin-1) to Unicode NFC."""
    text = _VNI_RE.sub(lambda m: _VNI_ALL[m.group(0)], text)
    return unicodedata.normalize("NFC", text)


def unicode_to_tcvn3(text: str) -> bytes:
    """Encode Unicode text as TCVN3 (upper-case accented letters become lower case)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        code = TCVN3_ENCODE.get(ch)
        if code is None and ch.lower() in TCVN3_ENCODE and ord(ch) > 0x7F:
            code = TCVN3_ENCODE[ch.lower()]
        out.extend(bytes([code]) if code is not None else ch.encode("latin-1", "replace"))
    return bytes(out)


def unicode_to_vni(text: str) -> bytes:
    """Encode Unicode text as VNI."""
    parts = []
    for ch in unicodedata.normalize("NFC", text):
        parts.append(VNI_ENCODE.get(ch, ch))
    return "".join(parts).encode("latin-1", "replace")


def decode_tcvn3(data: bytes) -> str:
    return tcvn3_to_unicode(data.decode("latin-1"))


def decode_vni(data: bytes) -> str:
    return vni_to_unicode(data.decode("latin-1"))
