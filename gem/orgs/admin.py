from django.contrib import admin

from gem.core.admin import GemModelAdmin
from gem.orgs.models import Agency, AgencyAlias, OrgUnit


@admin.register(OrgUnit)
class OrgUnitAdmin(GemModelAdmin):
    list_display = ["code", "name", "level", "parent", "valid_from", "valid_to", "is_demo"]
    list_filter = ["level", "is_demo"]
    search_fields = ["code", "name"]
    raw_id_fields = ["parent", "successor"]
    readonly_fields = ["path"]


class AgencyAliasInline(admin.TabularInline):
    model = AgencyAlias
    extra = 0
    readonly_fields = ["key"]


@admin.register(Agency)
class AgencyAdmin(GemModelAdmin):
    list_display = ["name", "org_unit", "kind", "is_consolidator", "is_active"]
    list_filter = ["kind", "is_consolidator", "is_active"]
    search_fields = ["name", "short_name", "org_unit__name", "org_unit__code"]
    raw_id_fields = ["org_unit"]
    inlines = [AgencyAliasInline]


@admin.register(AgencyAlias)
class AgencyAliasAdmin(GemModelAdmin):
    list_display = ["name", "agency"]
    search_fields = ["name", "agency__name"]
    raw_id_fields = ["agency"]
    readonly_fields = ["key"]
