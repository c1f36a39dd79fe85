"""No lost or half-written data: atomic imports, soft deletes, an admin that cannot delete."""

import json
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib import admin
from django.test import RequestFactory

from gem.core.models import AuditEvent
from gem.orgs.models import Agency
from gem.plans.models import Assignment, Indicator, Objective, Part, Plan, Target
from gem.plans.services import plan_delete, plan_import

FIXTURES = Path(__file__).resolve().parents[2] / "plans" / "tests" / "fixtures"
FIXTURE = FIXTURES / "thanh-hoa-2026-2030.expected.json"
TABLES = [Plan, Objective, Indicator, Part, Target, Assignment, Agency, AuditEvent]


def counts() -> dict:
    return {model.__name__: model.objects.count() for model in TABLES}


def failing_late() -> dict:
    """A valid plan whose last assignment names an agency too long for the database: the
    import fails after the objectives, indicators, targets and other agencies were written."""
    doc = json.loads(FIXTURE.read_text(encoding="utf-8"))
    doc["assignments"].append({"agency": "Sở " + "x" * 250, "role": "lead", "indicators": []})
    return doc


def test_an_import_that_fails_late_leaves_nothing_behind(consolidator, province):
    before = counts()
    with pytest.raises(Exception):  # noqa: B017 - whatever the error, nothing may remain
        plan_import(data=failing_late(), org_unit=province, actor=consolidator)
    assert counts() == before


def test_an_api_import_that_fails_late_leaves_nothing_behind(consolidator, api_client):
    client = api_client(consolidator)
    client.get("/api/v1/plans")  # the token's first use of the day is audited: not part of it
    before = counts()
    response = client.post("/api/v1/plans?orgUnit=38", failing_late())
    assert response.status_code >= 400
    assert response.json()["message"]
    assert counts() == before


def test_deleting_a_plan_is_a_soft_delete_and_is_audited(consolidator, province):
    doc = json.loads(FIXTURE.read_text(encoding="utf-8"))
    plan = plan_import(data=doc, org_unit=province, actor=consolidator)
    plan_delete(plan=plan, actor=consolidator)
    assert Plan.objects.filter(pk=plan.pk, is_deleted=True).exists()
    assert Indicator.objects.filter(plan=plan).exists()
    assert AuditEvent.objects.filter(action="plan.delete", object_id=str(plan.pk)).exists()


# Apps whose models have no admin registration yet (reported; not the security engineer's).
ADMIN_PENDING: set[str] = set()


def gem_models():
    return [m for m in apps.get_models() if m.__module__.startswith("gem.")]


def test_the_admin_covers_every_model():
    inline_models = {i.model for ma in admin.site._registry.values() for i in ma.inlines}
    missing = [
        m._meta.label
        for m in gem_models()
        if m not in admin.site._registry
        and m not in inline_models
        and m._meta.app_label not in ADMIN_PENDING
    ]
    assert not missing, missing


def test_only_superusers_may_delete_in_the_admin(make_user, admin_user):
    staff = make_user("staff-only")
    staff.is_staff = True
    staff.save()
    rf = RequestFactory()
    as_staff, as_root = rf.get("/admin/"), rf.get("/admin/")
    as_staff.user, as_root.user = staff, admin_user
    for model, model_admin in admin.site._registry.items():
        if not model.__module__.startswith("gem."):
            continue
        assert not model_admin.has_delete_permission(as_staff), model._meta.label
        for inline in model_admin.inlines:
            assert not inline(model, admin.site).has_delete_permission(as_staff), inline


def test_admin_changes_are_in_the_audit_log(client, admin_user, province):
    client.force_login(admin_user)
    url = f"/admin/orgs/orgunit/{province.pk}/change/"
    page = client.get(url)
    assert page.status_code == 200
    form = page.context["adminform"].form
    data = {k: ("" if v is None else v) for k, v in form.initial.items()}
    data.update(name="Thanh Hóa (sửa)", parent=province.parent_id, successor="")
    data = {k: v for k, v in data.items() if k in form.fields}
    response = client.post(url, data)
    assert response.status_code == 302, response.content[:500]
    assert AuditEvent.objects.filter(action="admin.change", object_id=str(province.pk)).exists()
