"""Shape checks for the reporting pages: figures typed the Vietnamese way, reasons, uploads.

The rules about figures (numerator ≤ denominator, no negatives, female + male = total, jumps)
belong to gem.reporting.services; these forms only turn what was typed into Decimals and
hand the service's findings back to the fields they concern.
"""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from gem.lib.numbers import parse_vn_number
from gem.reporting.services import ValueEntry

MAX_INTEGER_DIGITS = 14
MAX_DECIMAL_PLACES = 4
MAX_XLSX_BYTES = 2 * 1024 * 1024
SEX_COLUMNS = ("female", "male", "")
INPUT_FIELDS = {"numerator", "denominator", "value"}


def cell_key(indicator: str, part: int, sex: str) -> str:
    return f"{indicator}:{part}:{sex or 'total'}"


def value_name(indicator: str, part: int, sex: str, field: str) -> str:
    """The form field of one input: "v:3.2:0:female:numerator"."""
    return f"v:{cell_key(indicator, part, sex)}:{field}"


def comment_name(indicator: str, part: int, sex: str) -> str:
    return f"c:{cell_key(indicator, part, sex)}"


def narrative_name(objective_code: str) -> str:
    return f"n:{objective_code}"


def vn_input(value) -> str:
    """A stored figure as typed back into a box: decimal comma, no thousands dots."""
    if value is None or value == "":
        return ""
    text = format(Decimal(value).normalize(), "f")
    return text.replace(".", ",")


class VnNumberField(forms.CharField):
    """A number with a decimal comma ("1,4", "1.250", "99,9"); empty is None."""

    default_error_messages = {
        "invalid": _("Enter a number, e.g. 1,4 or 1.250."),
        "too_long": _("At most 14 digits before the comma and 4 after it."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        attrs = {"inputmode": "decimal", "class": "cell", "autocomplete": "off"}
        kwargs.setdefault("widget", forms.TextInput(attrs=attrs))
        super().__init__(**kwargs)

    def to_python(self, value):
        text = super().to_python(value)
        if text in self.empty_values:
            return None
        try:
            number = parse_vn_number(text)
        except ValueError:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None
        sign, digits, exponent = number.as_tuple()
        places = max(-exponent, 0) if isinstance(exponent, int) else 0
        if places > MAX_DECIMAL_PLACES or len(digits) - places > MAX_INTEGER_DIGITS:
            raise forms.ValidationError(self.error_messages["too_long"], code="too_long")
        return number


class YesNoField(forms.TypedChoiceField):
    """A qualitative figure: yes (1), no (0) or not given."""

    def __init__(self, **kwargs):
        choices = [("", "–"), ("1", _("Yes")), ("0", _("No"))]
        super().__init__(
            choices=choices, coerce=Decimal, empty_value=None, required=False, **kwargs
        )


def _stored(row, sex: str, field: str):
    stored = (row.values or {}).get(sex)
    return getattr(stored, field, None) if stored is not None else None


class ValuesForm(forms.Form):
    """The figures, comments and narratives of one form, plus the version it was read at."""

    version = forms.IntegerField(min_value=0, widget=forms.HiddenInput)

    def __init__(self, data=None, *, form, **kwargs):
        super().__init__(data, **kwargs)
        self.gem_form = form
        self.initial["version"] = form.version
        self.cells: dict[str, tuple] = {}  # cell key -> (row, sex, [input fields])
        self.warnings: dict[str, list[str]] = {}
        for objective in form.objectives:
            name = narrative_name(objective.code)
            self.fields[name] = forms.CharField(
                required=False, max_length=20000, widget=forms.Textarea(attrs={"rows": 3})
            )
            self.initial[name] = (form.narratives or {}).get(objective.code, "")
            for row in objective.rows:
                if row.role == "lead":
                    for sex in row.sexes:
                        self._add_cell(row, sex)

    def _add_cell(self, row, sex: str) -> None:
        code, part = row.indicator.code, row.part.number
        inputs = ["value"] if list(row.inputs) == ["bool"] else list(row.inputs)
        for field in inputs:
            name = value_name(code, part, sex, field)
            self.fields[name] = YesNoField() if "bool" in row.inputs else VnNumberField()
            self.fields[name].widget.attrs["aria-label"] = f"{code} {sex or 'total'} {field}"
            stored = _stored(row, sex, field)
            self.initial[name] = (
                ("1" if stored else "0")
                if "bool" in row.inputs and stored is not None
                else vn_input(stored)
            )
        name = comment_name(code, part, sex)
        self.fields[name] = forms.CharField(required=False, max_length=2000)
        self.initial[name] = _stored(row, sex, "comment") or ""
        self.cells[cell_key(code, part, sex)] = (row, sex, inputs)

    def entries(self) -> list[ValueEntry]:
        """The cells whose figures or comment differ from what is stored."""
        out = []
        for row, sex, inputs in self.cells.values():
            code, part = row.indicator.code, row.part.number
            typed = {f: self.cleaned_data.get(value_name(code, part, sex, f)) for f in inputs}
            comment = self.cleaned_data.get(comment_name(code, part, sex), "")
            changed = any(typed[f] != _stored(row, sex, f) for f in inputs)
            if changed or comment != (_stored(row, sex, "comment") or ""):
                out.append(ValueEntry(indicator=code, part=part, sex=sex, comment=comment, **typed))
        return out

    def narratives(self) -> dict[str, str]:
        """Objective code -> text, for the narratives that changed."""
        stored = self.gem_form.narratives or {}
        out = {}
        for objective in self.gem_form.objectives:
            text = self.cleaned_data.get(narrative_name(objective.code), "")
            if text != stored.get(objective.code, ""):
                out[objective.code] = text
        return out

    def add_problems(self, *, errors: list[dict], warnings: list[dict]) -> None:
        """Put the service's findings next to the fields they concern (or atop the form)."""
        shown: set[str] = set()
        for item in errors:
            name = self._field_for(item)
            if name in self.fields and self.gem_form.can_edit:
                self.add_error(name, item["message"])
            elif (text := _problem_text(item)) not in shown:
                shown.add(text)
                self.add_error(None, text)
        for item in warnings:
            key = cell_key(item.get("indicator", ""), item.get("part", 0), item.get("sex", ""))
            self.warnings.setdefault(key, []).append(item["message"])

    def _field_for(self, item: dict) -> str:
        code, part, sex = item.get("indicator", ""), item.get("part", 0), item.get("sex", "")
        field = item.get("field") or ""
        if field == "comment":
            return comment_name(code, part, sex)
        if field not in INPUT_FIELDS:
            return ""
        cell = self.cells.get(cell_key(code, part, sex))
        if cell and field not in cell[2]:
            field = cell[2][0]
        return value_name(code, part, sex, field)


def _problem_text(item: dict) -> str:
    if not item.get("field"):  # about the whole form (locked, closed period)
        return str(item["message"])
    where = " ".join(str(item.get(k)) for k in ("indicator", "sex") if item.get(k))
    return f"{where}: {item['message']}" if where else str(item["message"])


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Give a reason.")},
    )


class EvidenceForm(forms.Form):
    file = forms.FileField(
        label=_("Evidence file"), error_messages={"required": _("Choose a file to upload.")}
    )


class XlsxUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Filled-in Excel form (.xlsx)"),
        error_messages={"required": _("Choose a file to upload.")},
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_XLSX_BYTES:
            raise forms.ValidationError(_("The file is too large (at most 2 MB)."))
        if not upload.name.lower().endswith(".xlsx"):
            raise forms.ValidationError(_("Upload the form as an .xlsx file."))
        return upload


class XlsxConfirmForm(forms.Form):
    token = forms.CharField(max_length=64)


class BoardFilterForm(forms.Form):
    period = forms.CharField(label=_("Period"), max_length=16, required=False)
    plan = forms.IntegerField(label=_("Plan"), required=False, min_value=1)
