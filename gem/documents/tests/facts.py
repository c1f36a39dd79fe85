"""Hand-built facts (what data.py gathers) for testing compose and the renderers without a DB."""

from datetime import date
from decimal import Decimal as D


def _part(number=0, label=None, unit="%", measure="ratio", by_sex=True, target=D(90)):
    return {
        "number": number,
        "label": label,
        "unit": unit,
        "measure": measure,
        "factor": D(100) if measure == "ratio" else D(1),
        "is_by_sex": by_sex,
        "numerator_label": "số người được hỗ trợ" if measure == "ratio" else "",
        "denominator_label": "số người bị bạo lực được phát hiện" if measure == "ratio" else "",
        "targets": [{"year": 2030, "value": target, "unit": unit, "comparator": ">="}],
    }


def progress_part(part, value, num=None, den=None, female=None, male=None, status="on_track"):
    by_sex = {}
    if female is not None:
        by_sex = {"female": {"value": female}, "male": {"value": male}}
    return {
        "part": part,
        "label": None,
        "value": value,
        "numerator": num,
        "denominator": den,
        "bySex": by_sex,
        "targets": [{"year": 2030, "value": 90, "comparator": ">="}],
        "status": status,
        "projection": None,
    }


def facts(*, empty: bool = False, kind: str = "semiannual", agency: dict | None = None) -> dict:
    progress = {
        "plan": 1,
        "orgUnit": "38",
        "period": "2026S1",
        "indicators": []
        if empty
        else [
            {"code": "1.1", "parts": [progress_part(0, 35.5, 71, 200, 40.25, 30.75)]},
            {
                "code": "3.2",
                "parts": [
                    progress_part(0, 8.89, 4, 45, 9.09, 8.33, "acceleration_needed"),
                    progress_part(1, None, status="not_enough_data"),
                ],
            },
            {"code": "3.1", "parts": [progress_part(0, 1.6, status="limited_progress")]},
        ],
        "completeness": {"expected": 12, "submitted": 0 if empty else 10, "onTime": 8},
    }
    return {
        "kind": kind,
        "issuer_kind": "department" if agency else "committee",
        "issued_on": date(2026, 6, 25),
        "unit": {"code": "38", "name": "Thanh Hóa", "level": "province"},
        "agency": agency,
        "plan": {
            "id": 1,
            "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên "
            "địa bàn tỉnh Thanh Hóa",
            "number": "",
            "issued_on": None,
            "issuer": "UBND tỉnh Thanh Hóa",
            "start_year": 2026,
            "end_year": 2030,
        },
        "period": {
            "code": "2026S1" if kind == "semiannual" else "2026",
            "kind": kind,
            "year": 2026,
            "starts_on": date(2025, 12, 15),
            "ends_on": date(2026, 6, 14),
        },
        "objectives": [
            {
                "code": "1",
                "title": "Trong lĩnh vực chính trị",
                "indicators": [
                    {
                        "code": "1.1",
                        "text": "Tỷ lệ nữ đại biểu Quốc hội, Hội đồng nhân dân "
                        "các cấp đạt từ 60% trở lên vào năm 2030.",
                        "parts": [_part(target=D(60))],
                    },
                ],
            },
            {
                "code": "3",
                "title": "Trong đời sống gia đình và phòng ngừa bạo lực trên cơ sở giới",
                "indicators": [
                    {
                        "code": "3.1",
                        "text": "Giảm số giờ làm việc nội trợ của phụ nữ còn 1,4 lần "
                        "so với nam giới.",
                        "parts": [
                            {
                                **_part(unit="times", measure="value", by_sex=False),
                                "targets": [
                                    {
                                        "year": 2030,
                                        "value": D("1.4"),
                                        "unit": "times",
                                        "comparator": "<=",
                                    }
                                ],
                            }
                        ],
                    },
                    {
                        "code": "3.2",
                        "text": "Đạt 90% người bị bạo lực được hỗ trợ.",
                        "parts": [_part(0, "người bị bạo lực"), _part(1, "người gây bạo lực")],
                    },
                ],
            },
        ],
        "progress": progress,
        "completeness": {
            "expected": 12,
            "submitted": 0 if empty else 10,
            "on_time": 0 if empty else 8,
            "late": [] if empty else ["Sở Y tế", "Xã Hoằng Hóa"],
            "missing": ["Công an tỉnh", "Xã Nga Sơn"],
        },
        "narratives": {}
        if empty
        else {
            "3": [
                {
                    "source": "Sở Văn hóa, Thể thao và Du lịch",
                    "text": "Tổ chức 12 lớp "
                    "tập huấn về phòng, chống bạo lực gia đình cho 1.250 người.",
                }
            ]
        },
        "annex_rows": {}
        if empty
        else {
            ("1.1", 0): [
                {
                    "unit": "Sở Nội vụ",
                    "total": {"numerator": D(31), "denominator": D(100)},
                    "female": {"numerator": D(20), "denominator": D(50)},
                    "male": {"numerator": D(11), "denominator": D(50)},
                },
                {"unit": "Xã Hoằng Hóa", "total": {"numerator": D(40), "denominator": D(100)}},
            ],
            ("3.1", 0): [{"unit": "Thống kê tỉnh", "total": {"value": D("1.6")}}],
        },
    }
