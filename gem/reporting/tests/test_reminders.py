"""Deadline reminders through a real SMTP server on loopback (aiosmtpd)."""

import socket
from datetime import date
from decimal import Decimal as D
from email import message_from_bytes
from email.policy import default as email_policy

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command

from gem.reporting.models import ReminderLog
from gem.reporting.services import ValueEntry, reminders_send, submission_submit, values_save

pytest_plugins = ["gem.reporting.tests.fixtures"]
DUE = date(2026, 6, 10)  # the 2026S1 units' deadline of the test plan


class Sink:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        message = message_from_bytes(envelope.content, policy=email_policy)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 OK"

    def subjects(self):
        return [str(m["Subject"]).strip() for _to, m in self.messages]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp(settings):
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.GEM_BASE_URL = "https://gem.thanhhoa.gov.vn"
    yield sink
    controller.stop()


@pytest.fixture
def agencies_with_mail(rplan, snv, syt_reporter):
    """Sở Y tế has a reporter with an address; Sở Nội vụ its own address; others none."""
    snv.email = "snv@thanhhoa.gov.vn"
    snv.save()
    return rplan


def test_it_reminds_agencies_seven_days_before(smtp, agencies_with_mail, period, syt):
    sent = reminders_send(today=date(2026, 6, 3))
    assert sent == 2
    by_rcpt = {tuple(to): m for to, m in smtp.messages}
    message = by_rcpt[("reporter-syt@example.vn",)]
    assert message["Subject"].strip() == (
        "[GEM] Nhắc hạn: Báo cáo 6 tháng 2026S1 phải nộp trong 7 ngày nữa (hạn 10/06/2026)"
    )
    body = message.get_content()
    assert "Kính gửi Sở Y tế" in body
    link = next(line for line in body.splitlines() if line.startswith("Mở biểu mẫu: "))
    assert link.startswith("Mở biểu mẫu: https://gem.thanhhoa.gov.vn/")
    assert link.rstrip("/").endswith(f"/{period.pk}/{syt.pk}")
    assert "10/06/2026" in body
    assert ("snv@thanhhoa.gov.vn",) in by_rcpt


def test_a_rerun_the_same_day_sends_nothing_twice(smtp, agencies_with_mail):
    assert reminders_send(today=date(2026, 6, 3)) == 2
    assert reminders_send(today=date(2026, 6, 3)) == 0
    assert len(smtp.messages) == 2
    assert ReminderLog.objects.filter(kind="before_7").count() == 2


def test_no_reminder_on_other_days_and_an_overdue_one_the_day_after(smtp, agencies_with_mail):
    assert reminders_send(today=date(2026, 6, 4)) == 0
    assert reminders_send(today=date(2026, 6, 10)) == 0
    assert reminders_send(today=date(2026, 6, 11)) == 2
    assert all(s.startswith("[GEM] Quá hạn") for s in smtp.subjects())


def test_agencies_that_submitted_are_not_reminded(smtp, agencies_with_mail, syt_form, syt_reporter):
    values_save(
        submission=syt_form,
        entries=[ValueEntry("4.1", 0, numerator=D(5400), denominator=D(4950))],
        actor=syt_reporter,
    )
    submission_submit(submission=syt_form, actor=syt_reporter)
    assert reminders_send(today=date(2026, 6, 9)) == 1
    assert smtp.messages[0][0] == ["snv@thanhhoa.gov.vn"]
    assert "1 ngày" in smtp.subjects()[0]


def test_the_command_takes_a_day(smtp, agencies_with_mail, capsys):
    call_command("send_reminders", "--today", "2026-06-07")
    assert "2 reminder(s) sent" in capsys.readouterr().out
    assert len(smtp.messages) == 2
