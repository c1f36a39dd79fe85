"""Word tables of indicators, flattened by the docx parser to 'cell | cell' lines, as sentences.

Two layouts are understood:
- a code column and a text column: "1 | Chỉ tiêu 1 | Tăng tỷ lệ ... đạt 60%" -> "Chỉ tiêu 1: ...";
- one column per due year: "Tỷ lệ ... | % | ≥ 55 | ≥ 60" under "Chỉ tiêu | ĐVT | Năm 2025 |
  Năm 2030" -> "Chỉ tiêu 1: Tỷ lệ ... đạt ít nhất 55% vào năm 2025; đạt ít nhất 60% vào năm 2030".
Rows of one cell, and rows starting with "Mục tiêu N", pass through as headings.
"""

import re

SEPARATOR = " | "
_YEAR_CELL = re.compile(
    r"^(?:(?:mục tiêu|chỉ tiêu|kế hoạch)?\s*(?:đến\s*)?(?:năm\s*)?)(20\d\d)$", re.I
)
_NAME_CELL = re.compile(r"chỉ tiêu|nội dung|tên", re.I)
_UNIT_CELL = re.compile(r"đơn vị|đvt", re.I)
_CODE_CELL = re.compile(r"^(?:s?tt|số tt|mã(?: số)?|số thứ tự)$", re.I)
_SYMBOLS = [("≥", "đạt ít nhất "), (">=", "đạt ít nhất "), ("≤", "không quá "),
            ("<=", "không quá "),
            ("<", "dưới "), (">", "trên "), ("~", "khoảng "), ("=", "ở mức ")]  # fmt: skip


def rewrite_tables(lines: list[str]) -> list[str]:
    out: list[str] = []
    block: list[list[str]] = []
    for line in [*lines, ""]:
        if line.startswith("|") and line.endswith("|") and len(line) > 2:
            line = line[1:-1].strip()  # a Markdown table row
            if re.fullmatch(r"[\s|:\-]+", line):
                continue
        if SEPARATOR in line:
            block.append([c.strip() for c in line.split(SEPARATOR)])
            continue
        if block:
            out.extend(_rewrite_block(block))
            block = []
        if line:
            out.append(line)
    return out


def _rewrite_block(rows: list[list[str]]) -> list[str]:
    header = rows[0]
    years = {i: int(m.group(1)) for i, c in enumerate(header) if (m := _YEAR_CELL.match(c))}
    if years:
        return _year_table(header, years, rows[1:])
    return [_plain_row(r) for r in rows]


def _plain_row(cells: list[str]) -> str:
    cells = [c for c in cells if c]
    while len(cells) > 1 and re.fullmatch(r"[\dIVX]+\.?", cells[0]):
        cells = cells[1:]
    if len(cells) >= 2 and re.fullmatch(r"(?:Chỉ tiêu|Mục tiêu)(?:\s+\d+(?:\.\d+)?)?", cells[0]):
        return f"{cells[0]}: {' '.join(cells[1:])}"
    return SEPARATOR.join(cells)


def _year_table(header: list[str], years: dict[int, int], rows: list[list[str]]) -> list[str]:
    name_col = next((i for i, c in enumerate(header) if _NAME_CELL.search(c)), None)
    unit_col = next((i for i, c in enumerate(header) if _UNIT_CELL.search(c)), None)
    code_col = next((i for i, c in enumerate(header) if _CODE_CELL.match(c)), None)
    out, number = [], 0
    for cells in rows:
        filled = [c for c in cells if c]
        if len(filled) == 1 or (filled and filled[0].startswith("Mục tiêu")):
            out.append(_plain_row(cells))
            number = 0
            continue
        number += 1
        name = _cell(cells, name_col) or max(cells, key=len)
        unit = _cell(cells, unit_col)
        code = _cell(cells, code_col)
        code = code if re.fullmatch(r"\d+(?:\.\d+)?", code or "") else str(number)
        goals = [_goal(_cell(cells, i), unit, y) for i, y in sorted(years.items())]
        goals = [g for g in goals if g]
        out.append(f"Chỉ tiêu {code}: {name.rstrip('.')} " + "; ".join(goals) + ".")
    return out


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _goal(value: str, unit: str, year: int) -> str:
    value = value.strip()
    if not value or value in {"-", "–", "x"}:
        return ""
    words = ""
    for symbol, phrase in _SYMBOLS:
        if value.startswith(symbol):
            words, value = phrase, value[len(symbol) :].strip()
            break
    if not words and re.match(r"^\d", value):
        words = "đạt "
    if re.fullmatch(r"[\d.,]+", value) and unit:
        value = f"{value}{unit}" if unit == "%" else f"{value} {unit}"
    return f"{words}{value} vào năm {year}"
