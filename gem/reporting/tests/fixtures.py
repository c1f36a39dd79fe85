"""Fixtures for reporting tests: a small province plan with every kind of measure.

Import the ones you use into a test module (the API tests do) or rely on conftest.py here.
"""

from datetime import date

import pytest

from gem.accounts.models import Role
from gem.orgs.models import Agency
from gem.plans.services import plan_import
from gem.reporting.models import ReportingPeriod
from gem.reporting.services import periods_generate, submission_open


def _ind(code, text, *targets):
    return {"code": code, "text": text, "targets": list(targets)}


def _t(value, unit, label=None, comparator=">=", year=2030):
    return {
        "value": value,
        "unit": unit,
        "comparator": comparator,
        "year": year,
        "baseline": None,
        "label": label,
    }


PLAN_DOC = {
    "format": "gem.plan/1",
    "title": "Kế hoạch thử nghiệm bình đẳng giới tỉnh Thanh Hóa 2026-2030",
    "issuer": "UBND tỉnh Thanh Hóa",
    "level": "province",
    "area": "Thanh Hóa",
    "period": {"start": 2026, "end": 2030},
    "legal_bases": [],
    "parent": None,
    "objectives": [
        {
            "code": "1",
            "title": "Chính trị",
            "indicators": [
                _ind("1.1", "75% các cơ quan nhà nước có lãnh đạo chủ chốt là nữ", _t(75, "%")),
            ],
        },
        {
            "code": "3",
            "title": "Đời sống gia đình",
            "indicators": [
                _ind(
                    "3.1",
                    "Thời gian làm việc nhà không được trả công của nữ so với nam",
                    _t(1.4, "times", comparator="<="),
                ),
                _ind(
                    "3.2",
                    "Tỷ lệ người bị bạo lực được hỗ trợ; người gây bạo lực được tư vấn",
                    _t(90, "%", "người bị bạo lực"),
                    _t(90, "%", "người gây bạo lực"),
                ),
            ],
        },
        {
            "code": "4",
            "title": "Y tế",
            "indicators": [
                _ind(
                    "4.1", "Tỷ số giới tính khi sinh", _t(109, "boys_per_100_girls", comparator="=")
                ),
                _ind("4.2", "Tỷ số tử vong mẹ", _t(42, "per_100000_live_births", comparator="<")),
            ],
        },
        {
            "code": "5",
            "title": "Giáo dục",
            "indicators": [
                _ind(
                    "5.1",
                    "Đưa nội dung bình đẳng giới vào chương trình",
                    _t(None, "bool", comparator="=", year=2026),
                ),
            ],
        },
    ],
    "assignments": [
        {"agency": "Sở Nội vụ", "role": "lead", "indicators": ["1.1", "3.2"]},
        {"agency": "Sở Y tế", "role": "lead", "indicators": ["4.1", "4.2"]},
        {"agency": "Sở Y tế", "role": "support", "indicators": ["3.2"]},
        {"agency": "Sở Văn hóa, Thể thao và Du lịch", "role": "lead", "indicators": ["3.2"]},
        {"agency": "Thống kê tỉnh", "role": "lead", "indicators": ["3.1"]},
        {"agency": "Sở Giáo dục và Đào tạo", "role": "lead", "indicators": ["5.1"]},
    ],
    "reporting": [
        {"kind": "semiannual", "by": "units", "due": "06-10"},
        {"kind": "semiannual", "by": "consolidator", "due": "06-25"},
        {"kind": "annual", "by": "units", "due": "12-15"},
        {"kind": "annual", "by": "consolidator", "due": "12-25"},
        {"kind": "final", "by": "units", "due": "2030-10-05"},
    ],
}


@pytest.fixture
def rplan(province):
    plan = plan_import(data=PLAN_DOC, org_unit=province)
    periods_generate(plan=plan)
    return plan


@pytest.fixture
def period(rplan):
    return ReportingPeriod.objects.get(plan=rplan, code="2026S1")


@pytest.fixture
def annual(rplan):
    return ReportingPeriod.objects.get(plan=rplan, code="2026")


@pytest.fixture
def syt(rplan):
    return Agency.objects.get(org_unit=rplan.org_unit, name="Sở Y tế")


@pytest.fixture
def snv(rplan):
    return Agency.objects.get(org_unit=rplan.org_unit, name="Sở Nội vụ")


@pytest.fixture
def syt_reporter(make_user, syt):
    user = make_user("reporter-syt", Role.REPORTER, syt.org_unit, syt)
    user.email = "reporter-syt@example.vn"
    user.save()
    return user


@pytest.fixture
def snv_reporter(make_user, snv):
    return make_user("reporter-snv", Role.REPORTER, snv.org_unit, snv)


@pytest.fixture
def outsider(make_user, other_province):
    """A reporter of another province (Hà Nội)."""
    agency = Agency.objects.create(org_unit=other_province, name="Sở Y tế")
    return make_user("reporter-hn", Role.REPORTER, other_province, agency)


@pytest.fixture
def leader(make_user, province):
    return make_user("leader-38", Role.LEADER, province)


@pytest.fixture
def syt_form(period, syt, syt_reporter):
    return submission_open(period=period, agency=syt, actor=syt_reporter)


@pytest.fixture
def snv_form(period, snv, snv_reporter):
    return submission_open(period=period, agency=snv, actor=snv_reporter)


TODAY = date(2026, 6, 1)
