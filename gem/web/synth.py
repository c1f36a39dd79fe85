"""A realistic national data set for load tests and benchmarks (`python -m gem synth`).

Provinces and communes get plans imported through `plan_import` (derived from the national
strategy, local targets varied), about 20 agencies per province with their assignments,
periods from `periods_generate`, and per period one form per reporting agency with
sex-disaggregated figures following trends with noise: most approved, some late, returned,
left in draft or missing. The latest period is the one being reported now (about a third in).
Plans are marked "(dữ liệu tổng hợp)" and `is_demo`.
"""

import random
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.management import call_command, get_commands
from django.db import connection, transaction
from django.utils import timezone

from gem.core import audit
from gem.core.errors import ValidationError
from gem.orgs.models import Agency, OrgUnit
from gem.reporting.models import DataValue, ReportingPeriod, Submission
from gem.web import synth_plans as plans
from gem.web.synth_figures import form_fate
from gem.web.synth_load import PlanInfo, load_plan_infos, periods_create, unit_rows
from gem.web.synth_write import Progress, analyze, submissions_insert, values_insert


@dataclass
class SynthOptions:
    provinces: int = 34
    communes: int = 3321
    years: int = 10
    seed: int = 1
    today: date | None = None
    rollups: bool = True
    progress: bool = True
    stream: Any = None  # where the progress bar goes (default: stderr)


@dataclass
class SynthSummary:
    provinces: int = 0
    communes: int = 0
    years: int = 0
    plans: int = 0
    agencies: int = 0
    periods: int = 0
    submissions: int = 0
    values: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def _bar(options: SynthOptions, label: str, total: int) -> Progress:
    return Progress(label, total, stream=options.stream, enabled=options.progress)


def choose_units(n_provinces: int, n_communes: int) -> tuple[list[OrgUnit], list[OrgUnit]]:
    """The first provinces by code, and communes spread evenly over them (round-robin)."""
    current = OrgUnit.objects.filter(valid_to__isnull=True)
    provinces = list(current.filter(level="province").order_by("code")[:n_provinces])
    by_province = defaultdict(list)
    for commune in current.filter(level="commune", parent__in=provinces).order_by("code"):
        by_province[commune.parent_id].append(commune)
    chosen: list[OrgUnit] = []
    queues = [by_province[p.pk] for p in provinces]
    depth = 0
    while len(chosen) < n_communes and any(depth < len(q) for q in queues):
        chosen += [q[depth] for q in queues if depth < len(q)][: n_communes - len(chosen)]
        depth += 1
    return provinces, chosen


def synth_run(options: SynthOptions) -> SynthSummary:
    if plans.synthetic_plans().exists():
        raise ValidationError("This database already holds a synthetic data set.")
    today = options.today or timezone.localdate()
    first_year = today.year - options.years + 1
    summary, clock = SynthSummary(), time.monotonic()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO OFF")  # a bulk load; this session only
    provinces, communes = choose_units(options.provinces, options.communes)
    summary.provinces, summary.communes = len(provinces), len(communes)
    summary.years = options.years
    plan_ids = _import_plans(options, provinces, communes, (first_year, today.year))
    summary.seconds["plans"], clock = time.monotonic() - clock, time.monotonic()
    periods_create(plan_ids, bar=_bar(options, "periods", len(plan_ids)))
    summary.seconds["periods"], clock = time.monotonic() - clock, time.monotonic()
    infos = load_plan_infos(plan_ids)
    _write_forms(options, infos, today, first_year)
    summary.seconds["values"], clock = time.monotonic() - clock, time.monotonic()
    analyze()
    if options.rollups and "rollup_rebuild" in get_commands():
        call_command("rollup_rebuild", stdout=options.stream or sys.stderr)
        summary.seconds["rollups"] = time.monotonic() - clock
    _count(summary, plan_ids)
    audit.record(actor=None, action="synth.run", after=summary.__dict__)
    return summary


def _import_plans(options, provinces, communes, years) -> list[int]:
    strategy = plans.strategy_document()
    communes_of = defaultdict(list)
    for commune in communes:
        communes_of[commune.parent_id].append(commune)
    bar = _bar(options, "plans", len(provinces) + len(communes))
    plan_ids = []
    for province in provinces:
        rng = random.Random(f"{options.seed}:plan:{province.code}")
        doc = plans.province_plan_document(strategy, province, years, rng)
        with transaction.atomic():
            plan = plans.import_province_plan(province, doc)
            plan_ids.append(plan.pk)
            bar.advance(1, province.name)
            for commune in communes_of[province.pk]:
                child = plans.commune_plan_document(doc, commune, rng)
                plan_ids.append(plans.import_commune_plan(commune, child, plan).pk)
                bar.advance(1)
    bar.close()
    return plan_ids


def _write_forms(options, infos: list[PlanInfo], today: date, first_year: int) -> None:
    tz = timezone.get_current_timezone()
    total = sum(len(i.reporters) * len(i.periods) for i in infos)
    bar = _bar(options, "forms", total)
    chunk: list[PlanInfo] = []
    for info in infos:
        chunk.append(info)
        if len(chunk) >= 50:
            _write_chunk(options, chunk, today, first_year, tz, bar)
            chunk = []
    if chunk:
        _write_chunk(options, chunk, today, first_year, tz, bar)
    bar.close()


@transaction.atomic
def _write_chunk(options, chunk, today, first_year, tz, bar) -> None:
    forms = []
    for info in chunk:
        rng = random.Random(f"{options.seed}:forms:{info.unit_code}")
        current = info.current_period(today)
        for agency_id in info.reporters:
            for period in info.periods:
                if current is not None and period.units_due_on > current.units_due_on:
                    continue  # a future period: nothing reported yet
                fate = form_fate(
                    due_on=period.units_due_on,
                    today=today,
                    current=period is current,
                    rng=rng,
                    tz=tz,
                )
                if fate is not None:
                    forms.append((info, agency_id, period, fate))
    submissions = submissions_insert([_submission(*form) for form in forms])
    rows = (
        row
        for (info, agency_id, period, fate), sub in zip(forms, submissions, strict=True)
        for row in unit_rows(options.seed, info, agency_id, period, sub, first_year, options.years)
    )
    values_insert(rows)
    bar.advance(sum(len(i.reporters) * len(i.periods) for i in chunk))


def _submission(info: PlanInfo, agency_id: int, period, fate) -> Submission:
    return Submission(
        period_id=period.id,
        org_unit_id=info.unit_id,
        agency_id=agency_id,
        status=fate.status,
        submitted_at=fate.submitted_at,
        reviewed_at=fate.reviewed_at,
        return_reason=fate.return_reason,
    )


def _count(summary: SynthSummary, plan_ids: list[int]) -> None:
    summary.plans = len(plan_ids)
    units = OrgUnit.objects.filter(plans__in=plan_ids)
    summary.agencies = Agency.objects.filter(org_unit__in=units).count()
    summary.periods = ReportingPeriod.objects.filter(plan__in=plan_ids).count()
    summary.submissions = Submission.objects.filter(period__plan__in=plan_ids).count()
    summary.values = DataValue.objects.filter(period__plan__in=plan_ids).count()
