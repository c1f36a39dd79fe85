def test_the_login_page_speaks_vietnamese(client, db):
    response = client.get("/login/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="vi"' in html
    assert "Đăng nhập" in html


def test_home_sends_strangers_to_the_login_page(client, db):
    response = client.get("/")
    assert response.status_code == 302
    assert response.url.startswith("/login/")


def test_a_demo_user_signs_in_and_sees_the_plans(client, demo):
    response = client.post("/login/", {"username": "snv", "password": "demo-snv"}, follow=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030" in html


def test_a_wrong_password_is_refused(client, demo):
    response = client.post("/login/", {"username": "snv", "password": "wrong"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_a_reporter_lands_on_its_forms_and_a_leader_on_the_overview(client, demo):
    client.login(username="xa01", password="demo-xa01")
    assert client.get("/").url == "/reporting/"
    client.login(username="lanhdao", password="demo-lanhdao")
    assert client.get("/").url == "/analytics/"
