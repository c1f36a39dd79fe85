"""The client's address, trusting X-Forwarded-For only from as many proxies as configured."""

import ipaddress

from django.conf import settings


def client_ip(request) -> str | None:
    """REMOTE_ADDR, or with GEM_TRUSTED_PROXIES = n the n-th address from the right of
    X-Forwarded-For (the one our own nearest proxy saw). None if it is not an IP address."""
    hops = int(getattr(settings, "GEM_TRUSTED_PROXIES", 0))
    candidate = request.META.get("REMOTE_ADDR", "")
    if hops > 0:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [a for a in forwarded if a]
        if len(forwarded) >= hops:
            candidate = forwarded[-hops]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return None
