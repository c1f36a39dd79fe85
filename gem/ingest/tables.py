"""Word tables of indicators, flattened by the docx parser to 'cell | cell' lines, as sentences.

Two layouts are understood:
- a code column and a text column: "1 | Chỉ tiêu 1 | Tăng tỷ lệ ... đạt 60%" -> "Chỉ tiêu 1: ...";
- an annex with agency columns and no year columns ("TT | Chỉ tiêu | Cơ quan chủ trì | Cơ
  quan phối hợp") -> "Chỉ tiêu 1: <name> (chủ trì: ...; phối hợp: ...)." under its
  "Mục tiêu N" group rows;
- one column per due year: "Tỷ lệ ... | % | ≥ 55 | ≥ 60" under "Chỉ tiêu | ĐVT | Năm 2025 |
  Năm 2030" -> "Chỉ tiêu 1: Tỷ lệ ... đạt ít nhất 55% vào năm 2025; đạt ít nhất 60% vào năm 2030".
Rows of one cell, and rows starting with "Mục tiêu N", pass through as headings.
A unit named in the indicator's cell ("Tỷ số tử vong mẹ (trên 100.000 trẻ đẻ sống)", "(lần)")
is written after bare numbers. Columns of responsible agencies ("Cơ quan chủ trì", "Cơ quan
phối hợp") become a trailing "(chủ trì: ...; phối hợp: ...)" that assignments.py reads.
"""

import re

from gem.ingest.references import LETTERS

SEPARATOR = " | "
_YEAR_CELL = re.compile(
    r"^(?:(?:mục tiêu|chỉ tiêu|kế hoạch)?\s*(?:đến\s*)?(?:năm\s*)?)(20\d\d)$", re.I
)
_NAME_CELL = re.compile(r"chỉ tiêu|nội dung|tên", re.I)
_UNIT_CELL = re.compile(
    r"^(?:đơn vị tính|đơn vị đo|đvt|đơn vị)\b(?!\s*(?:chủ trì|phối hợp|thực hiện|theo dõi))", re.I
)
_CODE_CELL = re.compile(r"^(?:s?tt|số tt|mã(?: số)?|số thứ tự)$", re.I)
# the words of a column of responsible agencies (also agency_tables.py)
LEAD_HEADER = re.compile(r"chủ trì|thực hiện|theo dõi|phụ trách|đầu mối|chịu trách nhiệm", re.I)
SUPPORT_HEADER = re.compile(r"phối hợp", re.I)
_AGENCY_HEADER = re.compile(r"cơ quan|đơn vị|chủ trì|phối hợp", re.I)
_GROUP = re.compile(r"^Mục tiêu\s+\d{1,2}\s*[:.]\s*\S")
_OWN_CODE = re.compile(r"^Chỉ tiêu\s+(\d{1,2}|[a-zđ])\s*[:.)](?!\d)\s*", re.I)
_GROUP_CODE = re.compile(r"[\dIVX]+\.?|[A-ZĐ]\.?|[a-zđ]\)")
# A parenthesised unit at the end of an indicator's name: "(%)", "(lần)", "(số bé trai/100 bé
# gái)", "(trên 100.000 trẻ đẻ sống)", "(tin, bài/quý)".
_NAME_UNIT = re.compile(
    r"\s*\(((?:số\s+)?(?:%|lần|[^()]*/[^()]*|trên\s+[\d.]+[^()]*|tin,?\s*bài[^()]*))\)\s*$"
)
_SYMBOLS = [("≥", "đạt ít nhất "), (">=", "đạt ít nhất "), ("≤", "không quá "),
            ("<=", "không quá "),
            ("<", "dưới "), (">", "trên "), ("~", "khoảng "), ("=", "ở mức ")]  # fmt: skip


def rewrite_tables(lines: list[str]) -> list[str]:
    out: list[str] = []
    block: list[list[str]] = []
    markdown = _markdown_rows(lines)
    for k, line in enumerate([*lines, ""]):
        if k in markdown:
            line = line[1:-1].strip()  # a Markdown table row
            if re.fullmatch(r"[\s|:\-]+", line):
                continue
        if SEPARATOR in line:
            # empty cells at the end of a row lose their spaces to the line cleaner: "a | b |"
            block.append([c.strip() for c in re.split(r"(?:(?<= )|^)\|(?= |$)", line)])
            continue
        if block:
            out.extend(_rewrite_block(block))
            block = []
        if line:
            out.append(line)
    return out


def _one_header(rows: list[list[str]]) -> list[list[str]]:
    """A header on two rows ("TT | Chỉ tiêu | Lộ trình thực hiện |" over "TT | Chỉ tiêu | Năm
    2028 | Năm 2030"): the lower row's cells, the upper's where the lower has none."""
    if len(rows) < 3 or any(_YEAR_CELL.match(c) for c in rows[0]):
        return rows
    lower = rows[1]
    if not any(_YEAR_CELL.match(c) for c in lower):
        return rows
    upper = rows[0] + [""] * (len(lower) - len(rows[0]))
    return [[b or a for a, b in zip(upper, lower, strict=False)], *rows[2:]]


def _markdown_rows(lines: list[str]) -> set[int]:
    """The lines of Markdown tables ("| a | b |" runs holding a "|---|---|" row). A Word row
    whose first and last cells are empty looks the same but has no such row."""
    out: set[int] = set()
    run: list[int] = []
    for k, line in enumerate([*lines, ""]):
        if line.startswith("|") and line.endswith("|") and len(line) > 2:
            run.append(k)
            continue
        if any(re.fullmatch(r"\|[\s|:\-]+\|", lines[i]) for i in run):
            out.update(run)
        run = []
    return out


def _rewrite_block(rows: list[list[str]]) -> list[str]:
    rows = _one_header(rows)
    header = rows[0]
    years = {i: int(m.group(1)) for i, c in enumerate(header) if (m := _YEAR_CELL.match(c))}
    if years or _is_assignment_table(header):
        return _year_table(header, years, rows[1:])
    return [_plain_row(r) for r in rows]


def _is_assignment_table(header: list[str]) -> bool:
    """An annex of indicators and who follows them: "TT | Chỉ tiêu | Cơ quan chủ trì | Cơ quan
    phối hợp" (no year columns)."""
    # the indicators by name ("Chỉ tiêu", "Mục tiêu, chỉ tiêu"), not an activities table
    # ("Nội dung hoạt động | Thời gian | Đơn vị chủ trì")
    named = any(re.search(r"chỉ tiêu", c, re.I) and not _AGENCY_HEADER.search(c) for c in header)
    lead = any(_AGENCY_HEADER.search(c) and LEAD_HEADER.search(c) for c in header)
    return named and lead and not any(_BUDGET_CELL.search(c) for c in header)


# A budget or activity table ("Nội dung hoạt động | Kinh phí (đồng) | Đơn vị chủ trì") names
# no indicators.
_BUDGET_CELL = re.compile(r"kinh phí|dự toán|nguồn vốn|thành tiền|triệu đồng", re.I)


def _plain_row(cells: list[str]) -> str:
    cells = [c for c in cells if c]
    while len(cells) > 1 and re.fullmatch(r"[\dIVX]+\.?", cells[0]):
        cells = cells[1:]
    if len(cells) >= 2 and re.fullmatch(r"(?:Chỉ tiêu|Mục tiêu)(?:\s+\d+(?:\.\d+)?)?", cells[0]):
        return f"{cells[0]}: {' '.join(cells[1:])}"
    return SEPARATOR.join(cells)


def _year_table(header: list[str], years: dict[int, int], rows: list[list[str]]) -> list[str]:
    agency_cols = {
        i: "phối hợp" if SUPPORT_HEADER.search(c) else "chủ trì"
        for i, c in enumerate(header)
        if i not in years
        and (_AGENCY_HEADER.search(c) and LEAD_HEADER.search(c) or SUPPORT_HEADER.search(c))
    }
    skip = set(years) | set(agency_cols)
    name_col = next(
        (i for i, c in enumerate(header) if i not in skip and _NAME_CELL.search(c)), None
    )
    unit_col = next((i for i, c in enumerate(header) if _UNIT_CELL.search(c)), None)
    base_col = next(
        (i for i, c in enumerate(header) if i not in skip and _BASE_CELL.search(c)), None
    )
    code_col = next((i for i, c in enumerate(header) if _CODE_CELL.match(c)), None)
    out, number, group = [], 0, ""
    last: dict | None = None
    for cells in rows:
        # a "Mục tiêu N: ..." column beside the indicator (a vertically merged cell, repeated
        # on each of its rows) heads its indicators
        heading = next((c for i, c in enumerate(cells) if i != name_col and _GROUP.match(c)), "")
        if heading and heading != group and len([c for c in cells if c]) > 2:
            out.append(heading)
            group, number, last = heading, 0, None
        if _is_group_row(cells, skip):
            out.append(_plain_row(cells))
            number, last = 0, None
            continue
        name = _cell(cells, name_col) or max(cells, key=len)
        unit = _unit_words(_cell(cells, unit_col))  # "Số bé trai/100 bé gái" -> the unit
        if not unit and (m := _NAME_UNIT.search(name)):
            name, unit = name[: m.start()], _unit_words(m.group(1))
        unit = unit or _unit_in_name(name)
        raw_code = _cell(cells, code_col)
        if last is not None and _is_part_row(raw_code, name, last, code_col):
            # a part of the indicator above: "- Tỷ lệ người bị bạo lực ..." under "Bạo lực gia
            # đình ... được phát hiện:", or a second row under the same (merged) code cell
            goals = [_goal(_cell(cells, i), unit, y) for i, y in sorted(years.items())]
            name += _baseline(cells, base_col, header, unit)
            last["parts"].append(
                f"{_PART_MARK.sub('', name).rstrip('.')} " + "; ".join(g for g in goals if g)
            )
            out[last["at"]] = _indicator_line(last)
            continue
        number += 1
        code = raw_code if re.fullmatch(r"\d+(?:\.\d+)?", raw_code or "") else str(number)
        if re.fullmatch(r"\d{1,2}\.\d{1,2}", name):  # an annex naming the indicator by code
            code, name = name, ""
        if own := _OWN_CODE.match(name):  # "Chỉ tiêu b: ..." in a table numbered 1..15 overall
            mark = own.group(1)
            code = mark if mark.isdigit() else str(LETTERS.index(mark) + 1)
            name = name[own.end() :]
        goals = [_goal(_cell(cells, i), unit, y) for i, y in sorted(years.items())]
        goals = [g for g in goals if g]
        name = name.rstrip(".") + _baseline(cells, base_col, header, unit)
        last = {"code": code, "raw": raw_code, "name": name.rstrip("."), "goals": goals,
                "who": _agencies(cells, agency_cols), "parts": [], "at": len(out)}  # fmt: skip
        out.append(_indicator_line(last))
    return out


_PART_MARK = re.compile(r"^(?:[-+•]|[a-zđ]\))\s*")


def _is_part_row(raw_code: str, name: str, last: dict, code_col) -> bool:
    if code_col is None:
        return False
    if raw_code and raw_code == last["raw"]:
        return True  # the code cell merged down over the indicator's parts
    # a row without its number under a numbered one: "- Người gây bạo lực ..." (or unmarked)
    return not raw_code and bool(last["raw"] or _PART_MARK.match(name) or not last["goals"])


def _indicator_line(ind: dict) -> str:
    parts = [ind["name"] + " " + "; ".join(ind["goals"])] if ind["goals"] else [ind["name"]]
    if ind["parts"]:
        first = parts[0].rstrip(" :")
        parts = [first + ":" if not ind["goals"] else first, *ind["parts"]]
    return f"Chỉ tiêu {ind['code']}: " + "; ".join(parts).replace(":;", ":") + ind["who"] + "."


# "Ước thực hiện năm 2025", "Kết quả năm 2025", "Hiện trạng 2025": the level the targets start
# from, written "(số liệu năm 2025: 54%)" for targets.py
_BASE_CELL = re.compile(
    r"(?:ước|thực hiện|kết quả|hiện trạng|số liệu|năm gốc|cơ sở)\D*(20\d\d)", re.I
)


def _baseline(cells: list[str], col: int | None, header: list[str], unit: str) -> str:
    value = _cell(cells, col)
    number = re.search(r"\d[\d.,]*", value or "")
    if col is None or not number:
        return ""
    year = _BASE_CELL.search(header[col]).group(1)
    percent = "%" if unit == "%" or "%" in value else ""
    return f" (số liệu năm {year}: {number.group().rstrip('.,')}{percent})"


_COUNTED = re.compile(
    r"^Số\s+(tin,?\s*bài|chuyên mục|chương trình|bản tin|mô hình|câu lạc bộ|lớp|hội nghị|cuộc)\b",
    re.I,
)


_RATE_IN_NAME = re.compile(
    r"(?:bé trai\s*/\s*100 bé gái|/\s*100\.000 trẻ (?:đẻ|sinh)(?: ra)? sống|/\s*1\.000 phụ nữ)",
    re.I,
)


def _unit_in_name(name: str) -> str:
    """ "Số tin, bài ... mỗi quý", "... thai sản/100.000 trẻ đẻ ra sống" over bare numbers: what
    is counted, and per what."""
    if rate := _RATE_IN_NAME.search(name):
        return rate.group(0)
    m = _COUNTED.match(name)
    if not m:
        return ""
    per = " mỗi quý" if re.search(r"\bquý\b", name) else " mỗi tháng" if "tháng" in name else ""
    return m.group(1) + per


def _is_group_row(cells: list[str], value_cols: set[int]) -> bool:
    """A heading row: one filled cell (after a "I", "1." or "a)" code), or "Mục tiêu N ..."."""
    filled = [c for c in cells if c]
    if (
        len(filled) == 2
        and re.fullmatch(r"\d{1,2}", filled[0])
        and re.search(r"(?::|trong đó:?)\s*$", filled[1])
    ):
        return False  # "1 | Tỷ lệ ... hoàn thành chương trình, trong đó: | |" heads its parts
    if filled and _GROUP_CODE.fullmatch(filled[0]) and len(filled) > 1:
        filled = filled[1:]
    if not filled:
        return False
    values = [c for i, c in enumerate(cells) if i in value_cols and c]
    return len(filled) == 1 or (filled[0].startswith("Mục tiêu") and not values)


def _unit_words(unit: str) -> str:
    unit = re.sub(r"^số\s+", "", unit.strip(), flags=re.I)
    return re.sub(r"^trên\s+(?=\d)", "/", unit)


def _agencies(cells: list[str], agency_cols: dict[int, str]) -> str:
    # "Công an tỉnh; Sở Y tế" in one cell: a comma, as ";" separates the roles
    parts = [
        f"{role}: {_cell(cells, i).replace(';', ',')}"
        for i, role in agency_cols.items()
        if _cell(cells, i)
    ]
    return f" ({'; '.join(parts)})" if parts else ""


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
    if not words:
        value = value[:1].lower() + value[1:]  # "Dưới 20%" -> "dưới 20%"
    bare = re.search(r"(\d[\d.,]*)(?!.*\d)\s*(?:trở lên|trở xuống)?\s*$", value)
    if bare and unit and not re.search(r"%|/|lần", value):
        at = bare.end(1)
        glue = "" if unit == "%" else " "
        value = f"{value[:at]}{glue}{unit}{value[at:]}"
    return f"{words}{value} vào năm {year}"
