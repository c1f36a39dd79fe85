"""Compare an extracted plan with a hand-checked one: targets, assignments, reporting duties."""

import unicodedata
from dataclasses import dataclass


@dataclass
class Score:
    targets_right: int = 0
    targets_total: int = 0
    assign_tp: int = 0
    assign_fp: int = 0
    assign_fn: int = 0
    report_tp: int = 0
    report_fp: int = 0
    report_fn: int = 0

    def add(self, other: "Score") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def target_accuracy(self) -> float:
        return self.targets_right / self.targets_total if self.targets_total else 1.0

    @property
    def assignment_f1(self) -> float:
        return f1(self.assign_tp, self.assign_fp, self.assign_fn)

    @property
    def reporting_f1(self) -> float:
        return f1(self.report_tp, self.report_fp, self.report_fn)

    def precision_recall(self, kind: str) -> tuple[float, float]:
        tp, fp, fn = (getattr(self, f"{kind}_{x}") for x in ("tp", "fp", "fn"))
        return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)


def f1(tp: int, fp: int, fn: int) -> float:
    if tp + fp + fn == 0:
        return 1.0
    return 2 * tp / (2 * tp + fp + fn)


def score(got: dict, want: dict) -> Score:
    s = Score()
    got_targets = _targets(got)
    for key, target in _targets(want).items():
        s.targets_total += 1
        mine = got_targets.get(key)
        if mine and all(mine[k] == target[k] for k in ("value", "unit", "comparator", "year")):
            s.targets_right += 1
    s.assign_tp, s.assign_fp, s.assign_fn = _compare(_pairs(got), _pairs(want))
    s.report_tp, s.report_fp, s.report_fn = _compare(_duties(got), _duties(want))
    return s


def _targets(plan: dict) -> dict:
    out = {}
    for objective in plan.get("objectives", []):
        for indicator in objective["indicators"]:
            for i, target in enumerate(indicator["targets"]):
                out[(indicator["code"], i)] = target
    return out


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold().strip()


def _pairs(plan: dict) -> set:
    return {
        (_key(a["agency"]), code, a["role"])
        for a in plan.get("assignments", [])
        for code in a["indicators"]
    }


def _duties(plan: dict) -> set:
    return {(d["kind"], d["by"], d["due"]) for d in plan.get("reporting", [])}


def _compare(got: set, want: set) -> tuple[int, int, int]:
    return len(got & want), len(got - want), len(want - got)
