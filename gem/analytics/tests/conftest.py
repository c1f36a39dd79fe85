from gem.analytics.tests.fixtures import world  # noqa: F401
