from gem.accounts.models import Role


def test_it_lists_the_provinces_of_the_nation(api_client, make_user):
    ministry = make_user("ministry", Role.MINISTRY)
    body = api_client(ministry).get("/api/v1/orgunits", {"parent": "VN"}).json()
    assert body["count"] == 34
    assert {"code": "38", "name": "Thanh Hóa", "level": "province", "parent": "VN"} in body["items"]


def test_it_lists_a_provinces_communes(api_client, consolidator):
    body = api_client(consolidator).get("/api/v1/orgunits", {"parent": "38"}).json()
    assert body["count"] == 166
    assert all(u["parent"] == "38" and u["level"] == "commune" for u in body["items"])
    assert {"code": "14797", "name": "Phường Hạc Thành", "level": "commune", "parent": "38"} in (
        body["items"]
    )


def test_a_consolidator_sees_only_its_province(api_client, consolidator):
    client = api_client(consolidator)
    assert client.get("/api/v1/orgunits", {"parent": "01"}).status_code == 404
    codes = {u["code"] for u in client.get("/api/v1/orgunits", {"limit": 5000}).json()["items"]}
    assert "38" in codes and "01" not in codes and "00070" not in codes


def test_it_pages_long_lists(api_client, make_user):
    ministry = make_user("ministry", Role.MINISTRY)
    body = api_client(ministry).get("/api/v1/orgunits", {"limit": 10, "offset": 10}).json()
    assert len(body["items"]) == 10
    assert body["count"] == 1 + 34 + 3321
