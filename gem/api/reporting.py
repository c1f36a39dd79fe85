"""API routes for reporting (mounted under /api/v1/ by gem/api/urls.py)."""

from ninja import Router

router = Router()
