from gem.orgs.models import OrgUnit


def test_it_loads_the_2025_units(db):
    current = OrgUnit.objects.filter(valid_to__isnull=True)
    assert current.filter(level="province").count() == 34
    assert current.filter(level="commune").count() == 3321
    assert current.get(code="38").name == "Thanh Hóa"


def test_commune_kinds_follow_their_names(db):
    communes = OrgUnit.objects.filter(level="commune")
    assert communes.filter(kind="xa").count() == 2621
    assert communes.filter(kind="phuong").count() == 687
    assert communes.filter(kind="dac_khu").count() == 13


def test_paths_nest_communes_under_provinces(db):
    commune = OrgUnit.objects.get(code="14797")
    assert commune.path == "VN/38/14797/"
    assert commune.parent.code == "38"
