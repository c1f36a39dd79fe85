"""The product's URLs plus one bare endpoint, the framework floor of the deadline rush.

POST /bench/floor inserts one row into the table `bench_floor` (created by the benchmark, not
a product model) and answers a small JSON document: what any Django view costs on this server.
"""

import json

from django.db import connection
from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from gem.urls import urlpatterns as product_urlpatterns

FLOOR_TABLE = "bench_floor"
FLOOR_DDL = (
    f"CREATE TABLE IF NOT EXISTS {FLOOR_TABLE} "
    "(id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), body text NOT NULL)"
)


@csrf_exempt
@require_POST
def floor(request):
    try:
        body = json.loads(request.body)
    except ValueError:
        return HttpResponseBadRequest("not JSON")
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {FLOOR_TABLE} (body) VALUES (%s) RETURNING id",  # noqa: S608
            [json.dumps(body)[:200]],
        )
        (row_id,) = cursor.fetchone()
    return JsonResponse({"id": row_id})


urlpatterns = [path("bench/floor", floor, name="bench-floor"), *product_urlpatterns]
