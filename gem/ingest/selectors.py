"""Reads of plan drafts, scoped to the user: only those who manage a draft's unit see it."""

from django.db.models import Q, QuerySet

from gem.accounts.models import Role
from gem.core.errors import NotFound
from gem.ingest.models import PlanDraft
from gem.orgs import access
from gem.orgs.models import OrgUnit


def _managed_paths(user) -> list[str]:
    return [
        g.org_unit.path
        for g in access.user_grants(user)
        if g.role == Role.CONSOLIDATOR and g.org_unit is not None
    ]


def can_upload_plans(user) -> bool:
    """Whether the user manages any unit (consolidators and administrators)."""
    return access.is_admin(user) or bool(_managed_paths(user))


def manageable_units(user) -> QuerySet[OrgUnit]:
    """The current units whose plans the user may manage, provinces first."""
    qs = OrgUnit.objects.filter(valid_to__isnull=True)
    if not access.is_admin(user):
        cond = Q(pk__in=[])
        for path in _managed_paths(user):
            cond |= Q(path__startswith=path)
        qs = qs.filter(cond)
    return qs.order_by("path")


def draft_list_for_user(*, user, include_closed: bool = False) -> QuerySet[PlanDraft]:
    """The drafts of the units the user manages, newest first (open ones only by default)."""
    qs = PlanDraft.objects.select_related("org_unit", "created_by", "confirmed_plan")
    if not access.is_admin(user):
        cond = Q(pk__in=[])
        for path in _managed_paths(user):
            cond |= Q(org_unit__path__startswith=path)
        qs = qs.filter(cond)
    if not include_closed:
        qs = qs.filter(status=PlanDraft.Status.DRAFT)
    return qs.order_by("-created_at", "-id")


def draft_get_for_user(*, pk: int, user) -> PlanDraft:
    """One draft; NotFound for a draft of a unit the user does not manage."""
    draft = (
        PlanDraft.objects.select_related("org_unit", "parent", "created_by", "confirmed_plan")
        .filter(pk=pk)
        .first()
    )
    if draft is None or not access.can_manage_unit(user, draft.org_unit):
        raise NotFound(f"plan draft {pk}")
    return draft
