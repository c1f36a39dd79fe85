from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnalyticsConfig(AppConfig):
    name = "gem.analytics"
    label = "analytics"
    verbose_name = _("Analytics")

    def ready(self) -> None:
        from gem.analytics.services import rollup_apply
        from gem.reporting import hooks

        hooks.listen(rollup_apply)
