"""Vietnamese number notation: decimal comma, dot for thousands ("1,4", "100.000", "99,9%")."""

import re
from decimal import Decimal, InvalidOperation, localcontext

_NUMBER = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$|^[+-]?\d+(,\d+)?$")


def parse_vn_number(text: str) -> Decimal:
    """Parse a number written the Vietnamese way. Raises ValueError on anything else.

    "1,4" -> 1.4, "100.000" -> 100000, "99,9" -> 99.9, "04" -> 4.
    A plain "1.5" (a point with one or two digits after it) is read as a decimal point too,
    since spreadsheets and APIs write decimals that way.
    """
    s = text.strip().replace("\u00a0", "").replace(" ", "").rstrip("%")
    if re.fullmatch(r"[+-]?\d+\.\d{1,2}", s):
        return Decimal(s)
    if not _NUMBER.match(s):
        raise ValueError(f"not a number: {text!r}")
    try:
        return Decimal(s.replace(".", "").replace(",", "."))
    except InvalidOperation as exc:  # pragma: no cover - the regex admits only digits
        raise ValueError(f"not a number: {text!r}") from exc


def format_vn_number(value: Decimal | float | int | None, places: int | None = None) -> str:
    """Format with a decimal comma and dots for thousands; '' for None.

    places=None keeps the significant decimals of the value (up to 2), stripping zeros.
    """
    if value is None:
        return ""
    with localcontext() as ctx:
        ctx.prec = 80  # a huge figure (a tiny denominator) still formats, never raises
        return _format(Decimal(str(value)), places)


def _format(d: Decimal, places: int | None) -> str:
    if places is None:
        d = d.quantize(Decimal("0.01"))
        text = f"{d:,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{d:,.{places}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
