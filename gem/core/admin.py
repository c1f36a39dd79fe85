"""The Django admin, for system administrators: every change it makes is in the audit log,
and only superusers may delete (normal use deletes nothing: services soft-delete)."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from gem.core import audit
from gem.core.models import AuditEvent
from gem.core.net import client_ip

admin.site.site_header = _("GEM administration")
admin.site.site_title = _("GEM administration")
admin.site.index_title = _("Data and accounts")


class GemModelAdmin(admin.ModelAdmin):
    """Records additions, changes and deletions as audit events; deletes for superusers only."""

    def has_delete_permission(self, request, obj=None):
        return bool(request.user.is_superuser) and super().has_delete_permission(request, obj)

    def _audit(self, request, action: str, obj, message="") -> None:
        audit.record(
            actor=request.user,
            action=f"admin.{action}",
            obj=obj,
            ip=client_ip(request),
            extra={"message": str(message)[:500]} if message else None,
        )

    def log_addition(self, request, obj, message):
        self._audit(request, "add", obj, message)
        return super().log_addition(request, obj, message)

    def log_change(self, request, obj, message):
        self._audit(request, "change", obj, message)
        return super().log_change(request, obj, message)

    def log_deletions(self, request, queryset):
        for obj in queryset:
            self._audit(request, "delete", obj)
        return super().log_deletions(request, queryset)


class ReadOnlyAdmin(GemModelAdmin):
    """For append-only or derived rows: viewable, never changed by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    list_display = ["at", "actor", "action", "object_type", "object_repr", "ip"]
    list_filter = ["action", "object_type"]
    search_fields = ["object_repr", "actor__username", "action"]
    date_hierarchy = "at"
