import json
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from gem.plans.models import Plan

GOOD = {
    "format": "gem.plan/1",
    "title": "Kế hoạch thử",
    "issuer": "UBND tỉnh",
    "level": "province",
    "area": "Thanh Hóa",
    "period": {"start": 2026, "end": 2030},
    "objectives": [
        {
            "code": "1",
            "title": "Chính trị",
            "indicators": [
                {
                    "code": "1.1",
                    "text": "đạt 75%",
                    "targets": [{"value": 75, "unit": "%", "comparator": ">=", "year": 2030}],
                }
            ],
        }
    ],
    "assignments": [{"agency": "Sở Nội vụ", "role": "lead", "indicators": ["1.1"]}],
    "reporting": [{"kind": "annual", "by": "units", "due": "12-15"}],
}


def broken(path: str, value):
    doc = json.loads(json.dumps(GOOD))
    node = doc
    keys = path.split(".")
    for key in keys[:-1]:
        node = node[int(key)] if key.isdigit() else node[key]
    last = keys[-1]
    if value is KeyError:
        del node[last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return doc


CASES = [
    (broken("format", "gem.plan/2"), "format"),
    (broken("title", KeyError), "title"),
    (broken("level", "village"), "level"),
    (broken("period.start", "năm 2026"), "period.start"),
    (broken("period.end", 2020), "period.end"),
    (
        broken("objectives.0.indicators.0.targets.0.unit", "phần trăm"),
        "objectives[0].indicators[0].targets[0].unit",
    ),
    (
        broken("objectives.0.indicators.0.targets.0.comparator", "=>"),
        "objectives[0].indicators[0].targets[0].comparator",
    ),
    (
        broken("objectives.0.indicators.0.targets.0.value", "nhiều"),
        "objectives[0].indicators[0].targets[0].value",
    ),
    (
        broken("objectives.0.indicators.0.targets.0.value", None),
        "objectives[0].indicators[0].targets[0]",
    ),
    (broken("assignments.0.indicators.0", "9.9"), "assignments[0].indicators[0]"),
    (broken("assignments.0.role", "boss"), "assignments[0].role"),
    (broken("reporting.0.due", "15/12"), "reporting[0].due"),
    (broken("reporting.0.kind", "weekly"), "reporting[0].kind"),
    ([1, 2, 3], "document"),
]


@pytest.mark.parametrize(("doc", "field"), CASES, ids=[c[1] for c in CASES])
def test_it_names_the_broken_field_and_writes_nothing(doc, field, tmp_path, province):
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = Plan.objects.count()
    with pytest.raises(CommandError) as exc:
        call_command("import_plan", str(path), unit="38")
    assert exc.value.returncode == 2
    message = str(exc.value)
    assert message.startswith(field), message
    assert "\n" not in message
    assert Plan.objects.count() == before


def test_it_refuses_invalid_json(tmp_path, province):
    path = tmp_path / "plan.json"
    path.write_text('{"format": "gem.plan/1", "title": ', encoding="utf-8")
    with pytest.raises(CommandError, match="invalid JSON"):
        call_command("import_plan", str(path), unit="38")


def test_it_refuses_an_unknown_unit(tmp_path, db):
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    with pytest.raises(CommandError) as exc:
        call_command("import_plan", str(path), unit="99999")
    assert exc.value.returncode == 2


def test_the_command_line_exits_2_with_one_line_and_no_traceback(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(broken("level", "village")), encoding="utf-8")
    env = {
        "SECRET_KEY": "x" * 50,
        "GEM_HTTPS": "0",
        "GEM_VAR_DIR": str(tmp_path),
        "PATH": "/usr/bin:/bin",
    }
    subprocess.run([sys.executable, "-m", "gem", "migrate", "-v0"], env=env, check=True)
    result = subprocess.run(
        [sys.executable, "-m", "gem", "import-plan", str(path), "--unit", "38"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0
    assert "level" in result.stderr and "Traceback" not in result.stderr
