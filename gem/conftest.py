"""Shared fixtures: real database, real users with role grants, the demo data set."""

import pytest
from django.test import Client

from gem.accounts.models import Role
from gem.accounts.services import grant_ensure, token_create, user_ensure
from gem.orgs.selectors import orgunit_get_by_code


@pytest.fixture
def province(db):
    return orgunit_get_by_code("38")


@pytest.fixture
def other_province(db):
    return orgunit_get_by_code("01")


@pytest.fixture
def demo(db):
    from gem.web.demo import load_demo

    return load_demo()


@pytest.fixture
def make_user(db):
    def make(username: str, role: str | None = None, org_unit=None, agency=None):
        user = user_ensure(username=username, password=f"pw-{username}-Long1!")
        if role:
            grant_ensure(user=user, role=role, org_unit=org_unit, agency=agency)
        return user

    return make


@pytest.fixture
def admin_user(make_user):
    user = make_user("root-admin")
    user.is_superuser = user.is_staff = True
    user.save()
    return user


@pytest.fixture
def consolidator(make_user, province):
    return make_user("consolidator-38", Role.CONSOLIDATOR, province)


@pytest.fixture
def api_client():
    """A client speaking JSON with a bearer token: api_client(user).get(url)."""

    class ApiClient(Client):
        def __init__(self, user=None):
            super().__init__()
            self.token = token_create(user=user)[1] if user else None

        def _auth(self, extra):
            if self.token:
                extra.setdefault("HTTP_AUTHORIZATION", f"Bearer {self.token}")
            return extra

        def get(self, path, data=None, **extra):
            return super().get(path, data, **self._auth(extra))

        def post(self, path, data=None, content_type="application/json", **extra):
            return super().post(path, data, content_type=content_type, **self._auth(extra))

        def put(self, path, data=None, content_type="application/json", **extra):
            return super().put(path, data, content_type=content_type, **self._auth(extra))

        def delete(self, path, data=None, **extra):
            return super().delete(path, data, **self._auth(extra))

    return ApiClient
