"""Background tasks: each email is sent once, transient failures are retried, the
daily purge keeps live rows, and a real worker takes the invitation email from
Redis.

The test settings run tasks eagerly, in the test's process; the worker test
turns that off and starts a Celery worker on the test broker
(CELERY_TEST_BROKER_URL, Redis database 14 by default).
"""

from datetime import timedelta
from smtplib import SMTPServerDisconnected
from time import monotonic, sleep

import pytest
import redis
from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun
from django.conf import settings
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.db import connections
from django.test import override_settings
from django.utils import timezone
from rest_framework import status
from rest_framework_simplejwt.token_blacklist.models import (
    BlacklistedToken,
    OutstandingToken,
)
from rest_framework_simplejwt.tokens import RefreshToken

from apps.users import services, tasks
from apps.users.factories import UserFactory
from apps.users.models import Invitation
from apps.users.roles import ROLES
from config.celery import app as celery_app

pytestmark = pytest.mark.django_db

LEAST = ROLES[-1]


class FlakyEmailBackend(EmailBackend):
    """The in-memory backend behind a mail server that drops the first connections."""

    failures_left = 0

    def send_messages(self, messages):
        if FlakyEmailBackend.failures_left:
            FlakyEmailBackend.failures_left -= 1
            raise SMTPServerDisconnected("Connection unexpectedly closed")
        return super().send_messages(messages)


def invite(member, workspace, email: str = "grace@example.com"):
    return services.invite(workspace=workspace, email=email, role=LEAST, by=member)


def test_an_invitation_is_emailed_once(member, workspace):
    invitation, token = invite(member, workspace)
    tasks.send_invitation.delay(invitation.pk, token)
    tasks.send_invitation.delay(invitation.pk, token)
    assert [message.to for message in mail.outbox] == [["grace@example.com"]]
    assert token in mail.outbox[0].body
    invitation.refresh_from_db()
    assert invitation.emailed_at is not None


def test_an_accepted_or_expired_invitation_is_not_emailed(member, workspace):
    accepted, accepted_token = invite(member, workspace, "ada@example.com")
    services.accept_invitation(
        token=accepted_token, user=UserFactory.create(email="ada@example.com")
    )
    expired, expired_token = invite(member, workspace, "alan@example.com")
    Invitation.objects.filter(pk=expired.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    tasks.send_invitation.delay(accepted.pk, accepted_token)
    tasks.send_invitation.delay(expired.pk, expired_token)
    assert mail.outbox == []


def test_a_password_reset_link_is_emailed_once():
    user = UserFactory.create()
    tasks.send_password_reset.delay(user.pk, "a-single-use-token")
    tasks.send_password_reset.delay(user.pk, "a-single-use-token")
    assert len(mail.outbox) == 1
    assert "token=a-single-use-token" in mail.outbox[0].body


@pytest.fixture
def flaky_mail_server(settings):
    """Mail that fails ``failures_left`` times; task errors land in their results.

    Eager tasks retry in the same call, but only when errors do not propagate.
    """
    settings.EMAIL_BACKEND = f"{__name__}.FlakyEmailBackend"
    propagates = celery_app.conf.task_eager_propagates
    celery_app.conf.task_eager_propagates = False
    yield FlakyEmailBackend
    celery_app.conf.task_eager_propagates = propagates
    FlakyEmailBackend.failures_left = 0


def test_a_transient_mail_failure_is_retried(flaky_mail_server, member, workspace):
    invitation, token = invite(member, workspace)
    flaky_mail_server.failures_left = 2
    result = tasks.send_invitation.delay(invitation.pk, token)
    assert result.successful()
    assert flaky_mail_server.failures_left == 0
    assert len(mail.outbox) == 1


def test_retries_stop_after_max_retries_and_a_later_run_still_sends(
    flaky_mail_server, member, workspace
):
    invitation, token = invite(member, workspace)
    flaky_mail_server.failures_left = tasks.send_invitation.max_retries + 1
    result = tasks.send_invitation.delay(invitation.pk, token)
    assert result.failed()
    assert isinstance(result.result, SMTPServerDisconnected)
    assert mail.outbox == []
    invitation.refresh_from_db()
    assert invitation.emailed_at is None
    tasks.send_invitation.delay(invitation.pk, token)
    assert len(mail.outbox) == 1


def test_the_purge_deletes_expired_credentials_and_keeps_live_ones(member, workspace):
    past = timezone.now() - timedelta(seconds=1)
    user = UserFactory.create()
    live_token = RefreshToken.for_user(user)
    expired_token = RefreshToken.for_user(user)
    expired_token.blacklist()
    OutstandingToken.objects.filter(jti=expired_token["jti"]).update(expires_at=past)
    live, _ = invite(member, workspace, "ada@example.com")
    expired, _ = invite(member, workspace, "alan@example.com")
    accepted, accepted_token = invite(member, workspace, "grace@example.com")
    services.accept_invitation(
        token=accepted_token, user=UserFactory.create(email="grace@example.com")
    )
    Invitation.objects.filter(pk__in=[expired.pk, accepted.pk]).update(expires_at=past)

    deleted = tasks.purge_expired_credentials.delay().get()

    assert deleted == {
        "token_blacklist.BlacklistedToken": 1,
        "token_blacklist.OutstandingToken": 1,
        "users.Invitation": 1,
    }
    assert list(OutstandingToken.objects.values_list("jti", flat=True)) == [
        live_token["jti"]
    ]
    assert not BlacklistedToken.objects.exists()
    assert set(Invitation.objects.values_list("pk", flat=True)) == {
        live.pk,
        accepted.pk,
    }
    assert tasks.purge_expired_credentials.delay().get() == {}


@pytest.fixture
def worker():
    """A Celery worker in a thread, taking tasks from the test broker."""
    try:
        redis.Redis.from_url(settings.CELERY_BROKER_URL).ping()
    except redis.ConnectionError as error:
        pytest.skip(
            f"Redis does not answer at {settings.CELERY_BROKER_URL} ({error}); "
            "start it or point CELERY_TEST_BROKER_URL at one"
        )

    def close_connections(**kwargs):
        # The worker's thread has its own database connection: close it, or the
        # test database could not be dropped at the end of the run.
        connections.close_all()

    eager = celery_app.conf.task_always_eager
    task_postrun.connect(close_connections, weak=False)
    celery_app.conf.task_always_eager = False
    try:
        with start_worker(celery_app, perform_ping_check=False) as running:
            yield running
    finally:
        celery_app.conf.task_always_eager = eager
        task_postrun.disconnect(close_connections)
        with celery_app.connection_for_write() as connection:
            connection.default_channel.queue_delete(settings.CELERY_TASK_DEFAULT_QUEUE)


@pytest.mark.django_db(transaction=True)
@override_settings(INVITATION_EMAILS=True)
def test_a_worker_sends_the_invitation_email_through_redis(
    worker, member_client, workspace
):
    response = member_client.post(
        f"/api/v1/workspaces/{workspace.pk}/invitations/",
        {"email": "grace@example.com", "role": LEAST},
    )
    assert response.status_code == status.HTTP_201_CREATED
    deadline = monotonic() + 30
    while not mail.outbox and monotonic() < deadline:
        sleep(0.05)
    assert [message.to for message in mail.outbox] == [["grace@example.com"]]
    assert Invitation.objects.get().emailed_at is not None
