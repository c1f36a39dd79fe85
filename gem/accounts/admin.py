"""Admin for users, role grants, API tokens, sign-in attempts and two-factor devices.

Every sign-in goes through GEM's own page (lock-out, second factor): the admin's login page
sends visitors there.
"""

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.decorators import login_required
from django.utils.translation import gettext_lazy as _

from gem.accounts.lockout import login_unlock
from gem.accounts.models import ApiToken, LoginAttempt, RoleGrant, TotpDevice, User
from gem.core.admin import GemModelAdmin, ReadOnlyAdmin
from gem.core.net import client_ip

admin.site.login = login_required(admin.site.login)


class RoleGrantInline(admin.TabularInline):
    model = RoleGrant
    extra = 0
    autocomplete_fields = ["org_unit", "agency"]

    def has_delete_permission(self, request, obj=None):
        return bool(request.user.is_superuser)


@admin.register(User)
class GemUserAdmin(GemModelAdmin, UserAdmin):
    list_display = ["username", "full_name", "email", "is_active", "is_superuser", "last_login"]
    search_fields = ["username", "full_name", "email"]
    fieldsets = (
        *UserAdmin.fieldsets,
        (_("Contact"), {"fields": ("full_name", "phone")}),
    )
    inlines = [RoleGrantInline]
    actions = ["unlock_sign_in"]

    @admin.action(description=_("Unlock sign-in (after too many failed attempts)"))
    def unlock_sign_in(self, request, queryset):
        for user in queryset:
            login_unlock(username=user.username, actor=request.user, ip=client_ip(request))
        self.message_user(request, _("Unlocked."), messages.SUCCESS)


@admin.register(RoleGrant)
class RoleGrantAdmin(GemModelAdmin):
    list_display = ["user", "role", "org_unit", "agency"]
    list_filter = ["role"]
    search_fields = ["user__username", "org_unit__name", "agency__name"]
    autocomplete_fields = ["user", "org_unit", "agency"]


@admin.register(ApiToken)
class ApiTokenAdmin(GemModelAdmin):
    list_display = ["user", "name", "prefix", "created_at", "last_used_at", "revoked_at"]
    search_fields = ["user__username", "name", "prefix"]
    readonly_fields = ["user", "prefix", "digest", "created_at", "last_used_at"]
    fields = ["user", "name", "prefix", "digest", "created_at", "last_used_at", "revoked_at"]

    def has_add_permission(self, request):
        return False  # tokens are created by their owner (web page or `python -m gem token`)


@admin.register(LoginAttempt)
class LoginAttemptAdmin(ReadOnlyAdmin):
    list_display = ["at", "username", "ip", "outcome"]
    list_filter = ["outcome"]
    search_fields = ["username", "ip"]
    date_hierarchy = "at"


@admin.register(TotpDevice)
class TotpDeviceAdmin(GemModelAdmin):
    list_display = ["user", "confirmed_at", "created_at"]
    search_fields = ["user__username"]
    fields = ["user", "confirmed_at", "created_at"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False
