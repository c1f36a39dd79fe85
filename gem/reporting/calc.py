"""Pure date logic for reporting periods (no database): codes, cut-off windows, deadlines.

Decree 09/2019/NĐ-CP sets the data cut-off: a 6-month report covers 15/12 of the previous year
to 14/6, an annual report 15/12 of the previous year to 14/12. A plan may set other windows in
`plan.extra["reporting_cutoff"]`, e.g. {"semiannual": {"from": "12-15", "to": "06-14"}}; a "from"
later in the year than "to" falls in the previous year.
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta

SEMIANNUAL, ANNUAL, MIDTERM, FINAL = "semiannual", "annual", "midterm", "final"
ROUTINE_KINDS = (SEMIANNUAL, ANNUAL)
REVIEW_KINDS = (MIDTERM, FINAL)
DEFAULT_CUTOFF: dict[str, dict[str, str]] = {
    SEMIANNUAL: {"from": "12-15", "to": "06-14"},
    ANNUAL: {"from": "12-15", "to": "12-14"},
}
SUFFIX = {SEMIANNUAL: "S1", ANNUAL: "", MIDTERM: "M", FINAL: "F"}
_MONTH_DAY = re.compile(r"^(\d{2})-(\d{2})$")
_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
# A recurring deadline more than this long before the data cut-off belongs to the next year
# ("01-15" for an annual report means 15 January of the following year).
_NEXT_YEAR_SLACK = timedelta(days=60)


@dataclass(frozen=True)
class Duty:
    kind: str
    by: str  # "units" or "consolidator"
    due: str | None


@dataclass(frozen=True)
class PeriodSpec:
    code: str
    kind: str
    year: int
    starts_on: date
    ends_on: date
    units_due_on: date | None = None
    consolidator_due_on: date | None = None


def period_code(kind: str, year: int) -> str:
    return f"{year}{SUFFIX[kind]}"


def month_day(text: str, year: int) -> date:
    """date(year, MM, DD) from "MM-DD"; 29 February falls back to the 28th in other years."""
    m = _MONTH_DAY.match(text or "")
    if not m:
        raise ValueError(f"not MM-DD: {text!r}")
    month, day = int(m.group(1)), int(m.group(2))
    if month == 2 and day == 29:
        try:
            return date(year, 2, 29)
        except ValueError:
            return date(year, 2, 28)
    return date(year, month, day)


def cutoff_config(extra: dict | None) -> dict[str, dict[str, str]]:
    """The plan's cut-off windows merged over the decree's defaults. Raises ValueError."""
    config = {kind: dict(window) for kind, window in DEFAULT_CUTOFF.items()}
    custom = (extra or {}).get("reporting_cutoff") or {}
    if not isinstance(custom, dict):
        raise ValueError("reporting_cutoff must be an object")
    for kind, window in custom.items():
        if kind not in config or not isinstance(window, dict):
            raise ValueError(f"unknown cut-off kind {kind!r}")
        for key in ("from", "to"):
            if key in window:
                month_day(str(window[key]), 2024)  # validates, leap year admits 02-29
                config[kind][key] = str(window[key])
    return config


def window(kind: str, year: int, config: dict[str, dict[str, str]] | None = None) -> tuple:
    """(starts_on, ends_on) of a routine period's data for the year."""
    cfg = (config or DEFAULT_CUTOFF)[kind]
    ends_on = month_day(cfg["to"], year)
    starts_on = month_day(cfg["from"], year)
    if starts_on > ends_on:
        starts_on = month_day(cfg["from"], year - 1)
    return starts_on, ends_on


def due_date(due: str | None, year: int, ends_on: date) -> date | None:
    """The deadline a duty's `due` gives for a period of `year` ending on `ends_on`.

    "MM-DD" recurs every year (moved to the next year when it would fall long before the
    cut-off); "YYYY-MM-DD" applies only to a period of that year; "YYYY" gives no day.
    """
    due = (due or "").strip()
    if _MONTH_DAY.match(due):
        try:
            result = month_day(due, year)
        except ValueError:
            return None
        if result < ends_on - _NEXT_YEAR_SLACK:
            result = month_day(due, year + 1)
        return result
    m = _FULL_DATE.match(due)
    if m and int(m.group(1)) in (year, year + 1):
        try:
            result = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        return result if result >= ends_on - _NEXT_YEAR_SLACK else None
    return None


def review_year(kind: str, duties: list[Duty], start_year: int, end_year: int) -> int:
    """The year of a mid-term or final review: from a dated duty, else mid-plan / plan end."""
    for duty in duties:
        if duty.kind != kind:
            continue
        due = (duty.due or "").strip()
        m = _FULL_DATE.match(due) or _YEAR.match(due)
        if m:
            return int(m.group(1))
    return (start_year + end_year + 1) // 2 if kind == MIDTERM else end_year


def review_window(kind, year, duties, start_year, config) -> tuple[date, date]:
    """A review covers the plan from its start to the latest routine cut-off before it is due.

    With only a year given, it runs to that year's annual cut-off (14/12).
    """
    starts_on = window(ANNUAL, start_year, config)[0]
    annual_end = window(ANNUAL, year, config)[1]
    due = _first_full_date(kind, duties, year)
    if due is None:
        return starts_on, annual_end
    candidates = [window(k, year, config)[1] for k in ROUTINE_KINDS]
    candidates += [window(ANNUAL, year - 1, config)[1]]
    before = [d for d in candidates if d < due]
    return starts_on, max(before) if before else annual_end


def _first_full_date(kind: str, duties: list[Duty], year: int) -> date | None:
    for duty in duties:
        m = _FULL_DATE.match((duty.due or "").strip())
        if duty.kind == kind and m and int(m.group(1)) == year:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


def _deadlines(kind: str, year: int, ends_on: date, duties: list[Duty]) -> dict:
    out: dict[str, date | None] = {"units": None, "consolidator": None}
    for duty in duties:
        if duty.kind != kind or duty.by not in out or out[duty.by] is not None:
            continue
        out[duty.by] = due_date(duty.due, year, ends_on)
    return out


def routine_kinds(duties: list[Duty]) -> list[str]:
    """The routine kinds the duties name; both when they name none (the decree's regime)."""
    named = [k for k in ROUTINE_KINDS if any(d.kind == k for d in duties)]
    return named or list(ROUTINE_KINDS)


def plan_periods(
    *, start_year: int, end_year: int, duties: list[Duty], extra: dict | None = None
) -> list[PeriodSpec]:
    """Every period a plan's reporting duties call for, in date order."""
    config = cutoff_config(extra)
    specs: list[PeriodSpec] = []
    for year in range(start_year, end_year + 1):
        for kind in routine_kinds(duties):
            starts_on, ends_on = window(kind, year, config)
            specs.append(_spec(kind, year, starts_on, ends_on, duties))
    for kind in REVIEW_KINDS:
        if any(d.kind == kind for d in duties):
            year = review_year(kind, duties, start_year, end_year)
            starts_on, ends_on = review_window(kind, year, duties, start_year, config)
            specs.append(_spec(kind, year, starts_on, ends_on, duties))
    return sorted(specs, key=lambda s: (s.ends_on, s.code))


def _spec(kind: str, year: int, starts_on: date, ends_on: date, duties: list[Duty]) -> PeriodSpec:
    due = _deadlines(kind, year, ends_on, duties)
    return PeriodSpec(
        code=period_code(kind, year),
        kind=kind,
        year=year,
        starts_on=starts_on,
        ends_on=ends_on,
        units_due_on=due["units"],
        consolidator_due_on=due["consolidator"],
    )


def parse_period_code(code: str) -> tuple[int, str]:
    """ "2026S1" -> (2026, "semiannual"); "2026" annual; "2028M" mid-term; "2030F" final."""
    m = re.fullmatch(r"(\d{4})(S1|M|F)?", (code or "").strip())
    if not m:
        raise ValueError(f"not a period code: {code!r}")
    kind = {None: ANNUAL, "S1": SEMIANNUAL, "M": MIDTERM, "F": FINAL}[m.group(2)]
    return int(m.group(1)), kind


def reminder_kind(today: date, due_on: date, days_before: list[int]) -> str | None:
    """Which reminder is due today: "before_7", ..., "overdue" (the day after), or None."""
    if today == due_on + timedelta(days=1):
        return "overdue"
    for n in sorted(set(days_before), reverse=True):
        if n > 0 and today == due_on - timedelta(days=n):
            return f"before_{n}"
    return None
