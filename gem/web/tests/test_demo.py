from gem.accounts.models import User
from gem.plans.models import Plan
from gem.web.demo import load_demo


def test_it_loads_the_demo_twice_without_duplicates(demo):
    load_demo()
    province_plans = Plan.objects.filter(org_unit__code="38", is_demo=True)
    assert province_plans.count() == 1
    commune_plans = Plan.objects.filter(org_unit__level="commune", is_demo=True)
    assert commune_plans.count() == 12
    assert set(commune_plans.values_list("parent", flat=True)) == {province_plans.get().pk}
    assert province_plans.get().parent.is_builtin


def test_each_demo_user_signs_in_with_the_documented_password(demo):
    for username in ["admin", "snv", "syt", "xa01", "lanhdao", "bonv"]:
        assert User.objects.get(username=username).check_password(f"demo-{username}")


def test_the_plan_page_shows_targets_in_vietnamese_notation(client, demo):
    client.login(username="lanhdao", password="demo-lanhdao")
    plan = Plan.objects.get(org_unit__code="38", is_demo=True)
    html = client.get(f"/plans/{plan.pk}/").content.decode()
    assert "≤ 1,4 lần" in html
    assert "≥ 99,9%" in html


def test_a_commune_reporter_cannot_open_another_communes_plan(client, demo):
    client.login(username="xa01", password="demo-xa01")
    other = Plan.objects.filter(org_unit__level="commune", is_demo=True).order_by("-id").first()
    assert client.get(f"/plans/{other.pk}/").status_code == 404


def test_the_demo_command_leaves_the_hands_on_forms_open(db):
    from django.core.management import call_command

    from gem.reporting.models import Submission

    call_command("demo")
    call_command("demo")  # twice: reuses what exists
    xa01 = Submission.objects.filter(
        agency__grants__user__username="xa01", period__code="2026"
    ).get()
    assert xa01.status == Submission.Status.DRAFT and not xa01.values.exists()
    submitted = Submission.objects.filter(period__code="2026S1", status="submitted")
    assert submitted.count() >= 10
