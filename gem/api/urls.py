from ninja import NinjaAPI

from gem.api import accounts, analytics, errors, reporting
from gem.api.auth import API_AUTH
from gem.api.orgunits import router as orgunits_router
from gem.api.plans import router as plans_router

api = NinjaAPI(
    title="GEM API",
    version="1",
    description="GEM - Gender Equality Monitor. Errors are {message, detail}.",
    auth=API_AUTH,
    urls_namespace="api",
)
errors.install(api)
api.add_router("/orgunits", orgunits_router, tags=["orgunits"])
api.add_router("/plans", plans_router, tags=["plans"])
api.add_router("/", reporting.router, tags=["reporting"])
api.add_router("/", analytics.router, tags=["analytics"])
api.add_router("/", accounts.router, tags=["accounts"])
