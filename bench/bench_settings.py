"""Settings for the benchmark server: production settings plus the bench's own URLs.

Only the benchmark uses this module (DJANGO_SETTINGS_MODULE=bench.bench_settings); the bare
"framework floor" endpoint lives in bench/bench_urls.py and never in the product's URLs.
"""

import warnings

from gem.settings import *  # noqa: F403

ROOT_URLCONF = "bench.bench_urls"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]  # testserver: profiling
# The benchmark creates a few hundred throw-away users in its own database; hash quickly.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Static files are not collected for the benchmark (no page is measured); skip whitenoise's note.
warnings.filterwarnings("ignore", message="No directory at")
