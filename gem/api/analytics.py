"""API routes for analytics (mounted under /api/v1/ by gem/api/urls.py)."""

from ninja import Router

router = Router()
