"""Load the nation, the 34 provinces and the 3,321 communes in force from 1 July 2025."""

import csv
import datetime
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data"
REFORM = datetime.date(2025, 7, 1)


def _commune_kind(name: str) -> str:
    for prefix, kind in (("Phường", "phuong"), ("Đặc khu", "dac_khu"), ("Xã", "xa")):
        if name.startswith(prefix):
            return kind
    return "xa"


def load(apps, schema_editor):
    OrgUnit = apps.get_model("orgs", "OrgUnit")
    nation = OrgUnit.objects.create(
        code="VN", name="Việt Nam", level="nation", kind="quoc_gia", path="VN/"
    )
    provinces = {}
    with open(DATA / "provinces-2025.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            kind = "thanh_pho" if row["name"].startswith("Thành phố") else "tinh"
            provinces[row["code"]] = OrgUnit.objects.create(
                code=row["code"], name=row["name"], level="province", kind=kind,
                parent=nation, path=f"VN/{row['code']}/", valid_from=REFORM,
            )
    with open(DATA / "communes-2025.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    OrgUnit.objects.bulk_create(
        [
            OrgUnit(
                code=row["code"], name=row["name"], level="commune",
                kind=_commune_kind(row["name"]), parent=provinces[row["province_code"]],
                path=f"VN/{row['province_code']}/{row['code']}/", valid_from=REFORM,
            )
            for row in rows
        ],
        batch_size=500,
    )


def unload(apps, schema_editor):
    apps.get_model("orgs", "OrgUnit").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("orgs", "0001_initial")]
    operations = [migrations.RunPython(load, unload)]
