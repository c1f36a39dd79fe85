"""Forms of the plan upload and draft correction pages.

`DraftEditor` holds one small form per part of a gem.plan/1 document (metadata, each objective,
each indicator, a formset of targets per indicator, the assignments, the reporting duties) and
turns what was typed back into a plan document plus the `origins` of its list items, for
gem.ingest.services.draft_update. What the plan must satisfy is checked there
(gem.plans.planformat); its errors come back to the field they name with `add_format_error`.
"""

import re
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from gem.ingest.selectors import manageable_units
from gem.ingest.services import item_paths, value_at
from gem.lib.numbers import parse_vn_number
from gem.orgs.selectors import orgunit_province
from gem.plans.planformat import COMPARATORS, DUE_PATTERN, DUTY_KINDS, LEVELS
from gem.plans.selectors import plan_list_for_user

UNIT_CHOICES = [
    ("%", "%"),
    ("times", _("times")),
    ("per_100000_live_births", _("per 100,000 live births")),
    ("per_1000_women", _("per 1,000 women")),
    ("boys_per_100_girls", _("boys per 100 girls")),
    ("items_per_quarter", _("items per quarter")),
    ("items_per_month", _("items per month")),
    ("count", _("count")),
    ("bool", _("yes/no")),
]
COMPARATOR_CHOICES = [(">=", "≥"), (">", ">"), ("<=", "≤"), ("<", "<"), ("=", "=")]
LEVEL_CHOICES = [
    ("national", _("national")),
    ("province", _("province")),
    ("district", _("district")),
    ("commune", _("commune")),
    ("agency", _("agency")),
]
ROLE_CHOICES = [("lead", _("lead")), ("support", _("support"))]
KIND_CHOICES = [
    ("semiannual", _("semi-annual report")),
    ("annual", _("annual report")),
    ("midterm", _("mid-term review")),
    ("final", _("final review")),
    ("adhoc", _("ad hoc report")),
    ("plan", _("lower plan issued")),
]
BY_CHOICES = [("units", _("units report in")), ("consolidator", _("consolidator reports up"))]
assert [c for c, _l in COMPARATOR_CHOICES] == list(COMPARATORS)
assert [c for c, _l in LEVEL_CHOICES] == list(LEVELS)
assert [c for c, _l in KIND_CHOICES] == list(DUTY_KINDS)

MAX_TEXT = 5000


def vn_input(value) -> str:
    """A JSON number as typed back into a box: decimal comma, no thousands dots."""
    if value is None or value == "":
        return ""
    return format(Decimal(str(value)).normalize(), "f").replace(".", ",")


def json_number(value: Decimal | None):
    if value is None:
        return None
    normal = value.normalize()
    return int(normal) if normal == normal.to_integral_value() else float(normal)


class VnDecimalField(forms.CharField):
    """A number typed the Vietnamese way ("1,4", "99,9", "100.000"); empty is None."""

    default_error_messages = {"invalid": _("Enter a number, e.g. 1,4 or 75.")}

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal", "size": 7}))
        super().__init__(**kwargs)

    def to_python(self, value):
        text = super().to_python(value)
        if text in self.empty_values:
            return None
        try:
            number = parse_vn_number(text)
        except ValueError:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None
        if not number.is_finite() or abs(number) >= 10**10:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return number

    def prepare_value(self, value):
        return vn_input(value) if isinstance(value, int | float | Decimal) else value


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Plan document (.docx, .pdf, .txt, .md)"))
    org_unit = forms.ModelChoiceField(label=_("Unit"), queryset=None, empty_label=None)
    parent = forms.ModelChoiceField(
        label=_("Parent plan (optional)"), queryset=None, required=False
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        units = manageable_units(user)
        self.fields["org_unit"].queryset = units
        self.fields["org_unit"].label_from_instance = lambda u: f"{u.name} ({u.code})"
        self.fields["parent"].queryset = plan_list_for_user(user=user)
        self.fields["parent"].label_from_instance = lambda p: f"{p.title} ({p.period_label})"
        self.fields["file"].widget.attrs["accept"] = ".docx,.pdf,.txt,.md"
        first = units.filter(level="province").first() or units.first()
        if first is not None:
            self.fields["org_unit"].initial = orgunit_province(first) or first


def _text(label, *, required=False, rows=None, max_length=MAX_TEXT):
    widget = forms.Textarea(attrs={"rows": rows}) if rows else forms.TextInput()
    return forms.CharField(label=label, required=required, max_length=max_length, widget=widget)


class MetaForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    title = _text(_("Title"), required=True, rows=2)
    issuer = _text(_("Issuer"), max_length=255)
    level = forms.ChoiceField(label=_("Level"), choices=LEVEL_CHOICES)
    area = _text(_("Area"), max_length=255)
    period_start = forms.IntegerField(label=_("First year"), min_value=1900, max_value=2200)
    period_end = forms.IntegerField(label=_("Last year"), min_value=1900, max_value=2200)
    legal_bases = _text(_("Legal bases (one per line)"), rows=4, max_length=50000)
    parent = _text(_("Parent plan as cited"), rows=2)

    def initial_from(self, plan: dict, version: int) -> None:
        period = plan.get("period") or {}
        self.initial.update(
            version=version,
            title=plan.get("title", ""),
            issuer=plan.get("issuer", ""),
            level=plan.get("level", ""),
            area=plan.get("area", ""),
            period_start=period.get("start"),
            period_end=period.get("end"),
            legal_bases="\n".join(plan.get("legal_bases") or []),
            parent=plan.get("parent") or "",
        )

    def plan_part(self) -> dict:
        d = self.cleaned_data
        bases = [line.strip() for line in d["legal_bases"].splitlines() if line.strip()]
        return {
            "title": d["title"],
            "issuer": d["issuer"],
            "level": d["level"],
            "area": d["area"],
            "period": {"start": d["period_start"], "end": d["period_end"]},
            "legal_bases": bases,
            "parent": d["parent"] or None,
        }


class ObjectiveForm(forms.Form):
    code = _text(_("Code"), required=True, max_length=16)
    title = _text(_("Objective"), max_length=MAX_TEXT)


class IndicatorForm(forms.Form):
    code = _text(_("Code"), required=True, max_length=16)
    text = _text(_("Indicator"), rows=2)


class ItemForm(forms.Form):
    """A list item that remembers its path in the draft as shown (empty for a new one)."""

    src = forms.CharField(required=False, widget=forms.HiddenInput, max_length=200)


class TargetForm(ItemForm):
    value = VnDecimalField(label=_("Value"))
    unit = forms.ChoiceField(label=_("Unit"), choices=UNIT_CHOICES)
    comparator = forms.ChoiceField(label=_("Comparator"), choices=COMPARATOR_CHOICES)
    year = forms.IntegerField(label=_("Year"), min_value=1900, max_value=2200)
    baseline = VnDecimalField(label=_("Baseline"))
    label = _text(_("Part"), max_length=255)

    def clean(self):
        data = super().clean()
        if data.get("value") is None and data.get("unit") not in (None, "bool"):
            self.add_error("value", _("Enter the value (only a yes/no target has none)."))
        return data

    def item(self) -> dict:
        d = self.cleaned_data
        return {
            "value": json_number(d["value"]),
            "unit": d["unit"],
            "comparator": d["comparator"],
            "year": d["year"],
            "baseline": json_number(d["baseline"]),
            "label": d["label"] or None,
        }


class AssignmentForm(ItemForm):
    agency = _text(_("Agency"), required=True, max_length=255)
    role = forms.ChoiceField(label=_("Role"), choices=ROLE_CHOICES)
    indicators = _text(_("Indicators (codes, comma-separated)"), max_length=2000)
    note = _text(_("Note"), max_length=2000)

    def item(self) -> dict:
        d = self.cleaned_data
        codes = [c for c in re.split(r"[\s,;]+", d["indicators"]) if c]
        out = {"agency": d["agency"], "role": d["role"], "indicators": codes}
        if d["note"]:
            out["note"] = d["note"]
        return out


class DutyForm(ItemForm):
    kind = forms.ChoiceField(label=_("Report"), choices=KIND_CHOICES)
    by = forms.ChoiceField(label=_("Who reports"), choices=BY_CHOICES)
    due = forms.RegexField(
        label=_("Due (MM-DD, YYYY-MM-DD or YYYY)"),
        regex=DUE_PATTERN,
        required=False,
        max_length=10,
        error_messages={"invalid": _("Write the date as MM-DD, YYYY-MM-DD or YYYY.")},
    )
    to = _text(_("To"), max_length=500)

    def item(self) -> dict:
        d = self.cleaned_data
        out = {"kind": d["kind"], "by": d["by"], "due": d["due"] or None}
        if d["to"]:
            out["to"] = d["to"]
        return out


class ItemFormSet(forms.BaseFormSet):
    """Items with a `src` path each; the extra row (to add one) starts from `default`."""

    def __init__(self, *args, default: dict | None = None, **kwargs):
        self.default = default or {}
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        if index is not None and index >= len(self.initial or []):
            kwargs["initial"] = dict(self.default)
        return kwargs

    def rows(self) -> list[forms.Form]:
        """The forms that make an item: not deleted, and not a blank extra row."""
        out = []
        for form in self.forms:
            if self.can_delete and self._should_delete_form(form):
                continue
            if form in self.extra_forms and not form.has_changed():
                continue
            out.append(form)
        return out


TargetFormSet = forms.formset_factory(TargetForm, formset=ItemFormSet, extra=1, can_delete=True)
AssignmentFormSet = forms.formset_factory(
    AssignmentForm, formset=ItemFormSet, extra=1, can_delete=True
)
DutyFormSet = forms.formset_factory(DutyForm, formset=ItemFormSet, extra=1, can_delete=True)

META_KEYS = {"title", "issuer", "level", "area", "period", "legal_bases", "parent", "format"}
META_FIELD = {"period.start": "period_start", "period.end": "period_end", "period": "period_end"}
ITEM_KEYS = {
    "objective": {"code", "title", "indicators"},
    "indicator": {"code", "text", "targets"},
    "target": {"value", "unit", "comparator", "year", "baseline", "label"},
    "assignment": {"agency", "role", "indicators", "note"},
    "duty": {"kind", "by", "due", "to"},
}


def _extras(item, kind: str) -> dict:
    """Keys of an item the form does not edit, kept as they were."""
    if not isinstance(item, dict):
        return {}
    return {k: v for k, v in item.items() if k not in ITEM_KEYS[kind]}


def _item_initial(item: dict, path: str, keys) -> dict:
    initial = {"src": path}
    for key in keys:
        value = item.get(key)
        initial[key] = ", ".join(value) if isinstance(value, list) else value
    return initial


class DraftEditor:
    """All the forms of one draft, and the plan document they make together."""

    def __init__(self, data=None, *, draft):
        self.plan = draft.plan_data
        self.paths = set(item_paths(self.plan))
        self.errors: list[str] = []
        self.meta = MetaForm(data, prefix="m")
        self.meta.initial_from(self.plan, draft.version)
        end = (self.plan.get("period") or {}).get("end")
        target_default = {"unit": "%", "comparator": ">=", "year": end}
        self.objectives = []
        for i, objective in enumerate(self.plan.get("objectives") or []):
            indicators = []
            for j, indicator in enumerate(objective.get("indicators") or []):
                path = f"objectives[{i}].indicators[{j}]"
                targets = [
                    _item_initial(t, f"{path}.targets[{k}]", ITEM_KEYS["target"])
                    for k, t in enumerate(indicator.get("targets") or [])
                ]
                indicators.append(
                    {
                        "path": path,
                        "form": IndicatorForm(data, prefix=f"o{i}i{j}", initial=indicator),
                        "targets": TargetFormSet(
                            data, prefix=f"o{i}i{j}t", initial=targets, default=target_default
                        ),
                    }
                )
            form = ObjectiveForm(data, prefix=f"o{i}", initial=objective)
            self.objectives.append(
                {"path": f"objectives[{i}]", "form": form, "indicators": indicators}
            )
        self.assignments = AssignmentFormSet(
            data,
            prefix="a",
            initial=self._initials("assignments", "assignment"),
            default={"role": "lead"},
        )
        self.duties = DutyFormSet(
            data,
            prefix="d",
            initial=self._initials("reporting", "duty"),
            default={"kind": "semiannual", "by": "units"},
        )
        self.by_path: dict[str, forms.Form] = {}

    def _initials(self, section: str, kind: str) -> list[dict]:
        items = self.plan.get(section) or []
        return [_item_initial(x, f"{section}[{n}]", ITEM_KEYS[kind]) for n, x in enumerate(items)]

    def all_forms(self):
        yield self.meta
        for objective in self.objectives:
            yield objective["form"]
            for indicator in objective["indicators"]:
                yield indicator["form"]
                yield indicator["targets"]
        yield self.assignments
        yield self.duties

    def is_valid(self) -> bool:
        results = [form.is_valid() for form in self.all_forms()]  # every form, for its errors
        return all(results)

    def version(self) -> int:
        return self.meta.cleaned_data["version"]

    def _src(self, form) -> str | None:
        src = form.cleaned_data.get("src") or None
        return src if src in self.paths else None

    def result(self) -> tuple[dict, dict[str, str | None]]:
        """The corrected plan and {new path: path before the edit} of its list items."""
        plan = {k: v for k, v in self.plan.items() if k not in META_KEYS}
        plan = {"format": "gem.plan/1", **self.meta.plan_part(), **plan}
        origins: dict[str, str | None] = {}
        plan["objectives"] = [self._objective(i, o, origins) for i, o in enumerate(self.objectives)]
        for section, formset, kind in (
            ("assignments", self.assignments, "assignment"),
            ("reporting", self.duties, "duty"),
        ):
            plan[section] = []
            for n, form in enumerate(formset.rows()):
                path, src = f"{section}[{n}]", self._src(form)
                origins[path] = src
                self.by_path[path] = form
                plan[section].append(
                    {**_extras(value_at(self.plan, src or "-"), kind), **form.item()}
                )
        return plan, origins

    def _objective(self, i: int, objective: dict, origins: dict) -> dict:
        form = objective["form"]
        self.by_path[objective["path"]] = form
        indicators = []
        for indicator in objective["indicators"]:
            path = indicator["path"]
            self.by_path[path] = indicator["form"]
            targets = []
            for k, target_form in enumerate(indicator["targets"].rows()):
                new = f"{path}.targets[{k}]"
                src = self._src(target_form)
                origins[new] = src
                self.by_path[new] = target_form
                old = value_at(self.plan, src or "-")
                targets.append({**_extras(old, "target"), **target_form.item()})
            old = value_at(self.plan, path)
            data = indicator["form"].cleaned_data
            indicators.append(
                {
                    **_extras(old, "indicator"),
                    "code": data["code"],
                    "text": data["text"],
                    "targets": targets,
                }
            )
        old = value_at(self.plan, objective["path"])
        data = form.cleaned_data
        return {
            **_extras(old, "objective"),
            "code": data["code"],
            "title": data["title"],
            "indicators": indicators,
        }

    def add_format_error(self, field: str | None, message: str) -> None:
        """Put a service error next to the field its path names (else at the top)."""
        field = field or ""
        head = field.split(".")[0].split("[")[0]
        if head in META_KEYS:
            name = META_FIELD.get(field, head)
            if name in self.meta.fields:
                self.meta.add_error(name, message)
                return
        owner = max((p for p in self.by_path if _within(field, p)), key=len, default=None)
        if owner is None:
            self.errors.append(f"{field}: {message}" if field else message)
            return
        form = self.by_path[owner]
        rest = field[len(owner) :].lstrip(".")
        name = re.split(r"[.\[]", rest)[0] if rest else None
        form.add_error(name if name in form.fields else None, message)


def _within(field: str, path: str) -> bool:
    return field == path or field.startswith((path + ".", path + "["))
