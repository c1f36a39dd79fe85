"""Measurement 5: the province annual report (.docx) against one commune's, through the
documents engineer's `python -m gem report` command (run in this process, median of 3)."""

import statistics
import tempfile
import time
from io import StringIO
from pathlib import Path

from django.core.management import call_command, get_commands
from django.db.models import Count

from gem.orgs.models import OrgUnit
from gem.web.synth_plans import synthetic_plans

ROUNDS = 3


def biggest_province_plan():
    """Thanh Hóa (166 communes) when present, else the province with the most communes."""
    provinces = synthetic_plans().filter(level="province").select_related("org_unit")
    counts = dict(
        OrgUnit.objects.filter(level="commune", valid_to__isnull=True)
        .values("parent_id")
        .annotate(n=Count("id"))
        .values_list("parent_id", "n")
    )
    return max(provinces, key=lambda p: (p.org_unit.code == "38", counts.get(p.org_unit_id, 0)))


def _time_report(plan, period: str, out: Path) -> float:
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        call_command(
            "report",
            "--plan",
            str(plan.pk),
            "--unit",
            plan.org_unit.code,
            "--period",
            period,
            "--kind",
            "annual",
            "--format",
            "docx",
            "-o",
            str(out),
            stdout=StringIO(),
        )
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def report_ratio(annual_period: str) -> dict:
    if "report" not in get_commands():
        return {"skipped": "the documents engineer's `report` command has not landed yet"}
    province = biggest_province_plan()
    commune = synthetic_plans().filter(parent=province).select_related("org_unit").first()
    with tempfile.TemporaryDirectory() as tmp:
        p = _time_report(province, annual_period, Path(tmp) / "province.docx")
        c = _time_report(commune, annual_period, Path(tmp) / "commune.docx")
        size = (Path(tmp) / "province.docx").stat().st_size
    return {
        "province": province.org_unit.name,
        "communes": synthetic_plans().filter(parent=province).count(),
        "period": annual_period,
        "province_s": p,
        "commune_s": c,
        "ratio": p / c,
        "docx_bytes": size,
        "goal": "<= 3",
        "ok": p / c <= 3,
    }
