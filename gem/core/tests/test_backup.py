"""Backup and restore: a restored database answers the API exactly as before; a damaged
backup changes nothing; a backup restores into a new, empty database."""

import gzip
import io
import json
import os
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from gem.accounts.models import Role
from gem.plans.models import Plan
from gem.plans.services import plan_delete, plan_import
from gem.reporting.services import ValueEntry, values_save
from gem.reporting.tests.fixtures import PLAN_DOC

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def filled(syt_form, syt_reporter, rplan, period):
    values_save(
        submission=syt_form,
        entries=[
            ValueEntry(indicator="4.1", part=0, sex="", numerator=D(5400), denominator=D(4950)),
            ValueEntry(indicator="4.2", part=0, sex="", numerator=D(21), denominator=D(50000)),
        ],
        actor=syt_reporter,
    )
    return rplan, period


def answers(client, plan_ids, plan, form_period) -> dict:
    urls = ["/api/v1/plans?limit=5000", "/api/v1/orgunits?limit=5000"]
    urls += [f"/api/v1/plans/{pk}" for pk in plan_ids]
    urls.append(f"/api/v1/periods?plan={plan.pk}")
    urls.append(f"/api/v1/datavalues?plan={plan.pk}&orgUnit=38&period={form_period.code}")
    out = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.content[:300])
        out[url] = response.json()
    return out


def test_a_restored_database_gives_identical_api_answers(
    tmp_path, filled, make_user, province, api_client
):
    plan, form_period = filled
    consolidator = make_user("cons-backup", Role.CONSOLIDATOR, province)
    client = api_client(consolidator)
    plan_ids = list(Plan.objects.values_list("pk", flat=True))
    before = answers(client, plan_ids, plan, form_period)
    assert before[f"/api/v1/datavalues?plan={plan.pk}&orgUnit=38&period={form_period.code}"]
    path = tmp_path / "gem.backup.gz"
    call_command("backup", str(path), stdout=io.StringIO())

    plan_delete(plan=plan, actor=consolidator)
    doc = dict(PLAN_DOC, title="Kế hoạch thêm sau khi sao lưu")
    plan_import(data=doc, org_unit=province, actor=consolidator)
    assert answers_or_none(client, before) != before

    call_command("restore", str(path), "--noinput", stdout=io.StringIO())
    assert answers(client, plan_ids, plan, form_period) == before
    new = plan_import(data=doc, org_unit=province, actor=consolidator)
    assert new.pk > max(plan_ids)  # sequences follow the restored ids


def answers_or_none(client, before) -> dict:
    return {url: client.get(url).json() for url in before}


def test_a_damaged_backup_changes_nothing(tmp_path, filled, consolidator):
    path = tmp_path / "gem.backup.gz"
    call_command("backup", str(path), stdout=io.StringIO())
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        lines = stream.read().splitlines()
    damaged = tmp_path / "damaged.gz"
    lines[-3] = lines[-3][:-20] + "###"  # a late row, after thousands have been loaded
    with gzip.open(damaged, "wt", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    plan_delete(plan=filled[0], actor=consolidator)
    plans_before = list(Plan.objects.values_list("pk", "is_deleted").order_by("pk"))
    with pytest.raises(CommandError, match="nothing was changed"):
        call_command("restore", str(damaged), "--noinput")
    assert list(Plan.objects.values_list("pk", "is_deleted").order_by("pk")) == plans_before
    with pytest.raises(CommandError, match="not a GEM backup"):
        call_command("restore", __file__, "--noinput")


def test_a_backup_restores_into_an_empty_sqlite_database(tmp_path, filled):
    path = tmp_path / "gem.backup.gz"
    call_command("backup", str(path), stdout=io.StringIO())
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        header = json.loads(stream.readline())
    assert header["format"] == "gem.backup/1"
    env = dict(os.environ, GEM_VAR_DIR=str(tmp_path), SECRET_KEY="x" * 50, GEM_HTTPS="0")
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    env.pop("DJANGO_SETTINGS_MODULE", None)
    gem = [sys.executable, "-m", "gem"]
    run = subprocess.run(
        [*gem, "restore", str(path), "--noinput"], cwd=REPO, env=env, capture_output=True
    )
    assert run.returncode == 0, run.stderr.decode()[-2000:]
    count = subprocess.run(
        [*gem, "shell", "-c", "from gem.plans.models import Plan; print(Plan.objects.count())"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert int(count.stdout.split()[-1]) == Plan.objects.count()
