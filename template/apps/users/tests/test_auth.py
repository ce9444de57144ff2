import threading
import time
from datetime import timedelta
from io import StringIO

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework import status
from rest_framework.test import APIClient, APIRequestFactory
from rest_framework.throttling import ScopedRateThrottle
from rest_framework_simplejwt.settings import api_settings as jwt_settings
from rest_framework_simplejwt.token_blacklist.models import OutstandingToken
from rest_framework_simplejwt.tokens import RefreshToken

from apps.users.factories import MembershipFactory, UserFactory
from apps.users.models import Membership, User
from apps.users.roles import OWNER_ROLE
from apps.users.throttles import FailedSignInThrottle
from apps.users.views import PasswordResetView

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
WRONG_CREDENTIALS = "The email or the password is wrong: check both and try again."


@pytest.fixture
def browser():
    """A client with CSRF checks on that already holds the CSRF cookie."""
    client = APIClient(enforce_csrf_checks=True)
    client.get("/api/v1/auth/csrf/")
    return client


def with_csrf(client) -> dict:
    """The header a front end sends: the token it asked the API for just before."""
    token = client.get("/api/v1/auth/csrf/").json()["csrf_token"]
    return {"HTTP_X_CSRFTOKEN": token}


def login(client, email: str, password: str = PASSWORD):
    return client.post(
        "/api/v1/auth/login/",
        {"email": email, "password": password},
        **with_csrf(client),
    )


def register(client, **body):
    return client.post("/api/v1/auth/register/", body, **with_csrf(client))


def test_register_creates_the_user_and_their_workspace(browser):
    response = register(
        browser,
        email="ada@example.com",
        password=PASSWORD,
        workspace_name="Analytical",
    )
    assert response.status_code == status.HTTP_201_CREATED, response.json()
    user = User.objects.get(email="ada@example.com")
    membership = Membership.objects.get(user=user)
    assert membership.role == OWNER_ROLE
    assert membership.workspace.name == "Analytical"
    assert response.json()["active_workspace"]["id"] == membership.workspace_id
    assert settings.AUTH_COOKIE_ACCESS in response.cookies


def test_register_refuses_a_taken_email_and_a_weak_password(browser):
    UserFactory.create(email="ada@example.com")
    response = register(browser, email="ADA@example.com", password="123")
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert set(response.json()["fields"]) >= {"email"}
    response = register(browser, email="new@example.com", password="123")
    assert "password" in response.json()["fields"]


@pytest.mark.django_db(transaction=True)
def test_an_email_registered_at_the_same_time_is_refused_as_a_duplicate(browser):
    """The other sign-up commits between this one's checks and its write."""
    headers = with_csrf(browser)
    answers: list = []

    def sign_up() -> None:
        body = {"email": "ada@example.com", "password": PASSWORD}
        answers.append(browser.post("/api/v1/auth/register/", body, **headers))
        connection.close()

    thread = threading.Thread(target=sign_up)
    with transaction.atomic():
        UserFactory.create(email="Ada@example.com")
        thread.start()
        wait_for_a_blocked_write()
    thread.join()
    [answer] = answers
    assert answer.status_code == status.HTTP_400_BAD_REQUEST, answer.json()
    assert answer.json()["fields"] == {
        "email": ["An account with this email already exists."]
    }


def wait_for_a_blocked_write() -> None:
    """Return once another connection waits for this transaction's row lock."""
    with connection.cursor() as cursor:
        for _ in range(500):
            cursor.execute(
                "SELECT count(*) FROM pg_locks WHERE NOT granted"
                " AND pg_backend_pid() = ANY(pg_blocking_pids(pid))"
            )
            if cursor.fetchone()[0]:
                return
            time.sleep(0.02)
    raise AssertionError("The other request never reached its write.")


def test_login_sets_httponly_cookies_and_returns_the_profile(browser):
    user = UserFactory.create()
    response = login(browser, user.email)
    assert response.status_code == status.HTTP_200_OK
    assert response.json()["email"] == user.email
    access = response.cookies[settings.AUTH_COOKIE_ACCESS]
    refresh = response.cookies[settings.AUTH_COOKIE_REFRESH]
    assert access["httponly"]
    assert refresh["httponly"]
    assert access["samesite"] == "Lax"
    assert refresh["path"] == settings.AUTH_COOKIE_REFRESH_PATH


def test_login_ignores_the_case_of_the_address(browser):
    UserFactory.create(email="Ada@example.com")
    assert login(browser, "ada@EXAMPLE.com").status_code == status.HTTP_200_OK


def test_unknown_email_and_wrong_password_get_the_same_answer(browser):
    user = UserFactory.create()
    wrong_password = login(browser, user.email, "not the password")
    unknown_email = login(browser, "nobody@example.com")
    assert wrong_password.status_code == unknown_email.status_code
    assert wrong_password.status_code == status.HTTP_401_UNAUTHORIZED
    assert wrong_password.json() == unknown_email.json()
    assert wrong_password.json()["error"] == "invalid_credentials"
    assert wrong_password.json()["message"] == WRONG_CREDENTIALS


def test_token_sign_in_answers_wrong_credentials_as_login_does():
    user = UserFactory.create()
    body = {"email": user.email, "password": "not the password"}
    response = APIClient().post("/api/v1/auth/token/", body)
    assert response.status_code == status.HTTP_401_UNAUTHORIZED
    assert response.json()["error"] == "invalid_credentials"
    assert response.json()["message"] == WRONG_CREDENTIALS


@pytest.fixture
def two_tries(monkeypatch):
    """Two failed sign-ins allowed per account and per address."""
    monkeypatch.setitem(FailedSignInThrottle.THROTTLE_RATES, "login", "2/min")


def from_address(address: str) -> APIClient:
    client = APIClient(enforce_csrf_checks=True, REMOTE_ADDR=address)
    client.get("/api/v1/auth/csrf/")
    return client


def assert_throttled(response) -> None:
    assert response.status_code == status.HTTP_429_TOO_MANY_REQUESTS
    assert response.json()["error"] == "throttled"


def test_failed_sign_ins_are_throttled_per_account_whatever_the_case(two_tries):
    user = UserFactory.create(email="ada@example.com")
    login(from_address("10.0.0.1"), "ADA@example.com", "a guess")
    login(from_address("10.0.0.2"), "ada@EXAMPLE.com", "another guess")
    # Even the right password, from a third address: the account waits.
    assert_throttled(login(from_address("10.0.0.3"), user.email))
    assert login(from_address("10.0.0.3"), "grace@example.com").status_code == 401


def test_failed_sign_ins_are_throttled_per_address(two_tries):
    user = UserFactory.create()
    guesser = from_address("10.0.0.9")
    login(guesser, "ada@example.com", "a guess")
    login(guesser, "grace@example.com", "a guess")
    assert_throttled(login(guesser, user.email))
    assert login(from_address("10.0.0.10"), user.email).status_code == 200


def test_successful_sign_ins_are_not_counted(two_tries, browser):
    user = UserFactory.create()
    for _ in range(4):
        assert login(browser, user.email).status_code == status.HTTP_200_OK


def test_token_sign_in_failures_count_with_the_browser_ones(two_tries):
    user = UserFactory.create()
    client = from_address("10.0.0.20")
    for _ in range(2):
        body = {"email": user.email, "password": "a guess"}
        response = client.post("/api/v1/auth/token/", body)
        assert response.status_code == status.HTTP_401_UNAUTHORIZED
    assert_throttled(login(from_address("10.0.0.21"), user.email))
    body = {"email": user.email, "password": PASSWORD}
    assert_throttled(from_address("10.0.0.22").post("/api/v1/auth/token/", body))


def test_signing_in_or_up_rotates_the_csrf_token(browser):
    user = UserFactory.create()
    for sign_in in (
        lambda: login(browser, user.email),
        lambda: register(browser, email="ada@example.com", password=PASSWORD),
    ):
        before = browser.cookies[settings.CSRF_COOKIE_NAME].value
        response = sign_in()
        assert response.status_code < 300, response.json()
        assert response.cookies[settings.CSRF_COOKIE_NAME].value not in {"", before}
    # A token from before signing in no longer passes.
    stale = browser.post(
        "/api/v1/workspaces/", {"name": "Lab"}, HTTP_X_CSRFTOKEN=before
    )
    assert stale.status_code == status.HTTP_403_FORBIDDEN
    assert "CSRF" in stale.json()["message"]


def test_signing_in_or_up_needs_the_csrf_token(browser):
    """Another site cannot sign a visitor in to an account of its own (login CSRF)."""
    user = UserFactory.create()
    signed_in = browser.post(
        "/api/v1/auth/login/", {"email": user.email, "password": PASSWORD}
    )
    signed_up = browser.post(
        "/api/v1/auth/register/", {"email": "ada@example.com", "password": PASSWORD}
    )
    for response in (signed_in, signed_up):
        assert response.status_code == status.HTTP_403_FORBIDDEN
        assert "CSRF" in response.json()["message"]
        assert settings.AUTH_COOKIE_ACCESS not in response.cookies
    assert not User.objects.filter(email="ada@example.com").exists()


def test_a_cookie_authenticated_write_needs_the_csrf_token(browser):
    login(browser, UserFactory.create().email)
    without = browser.post("/api/v1/workspaces/", {"name": "Lab"})
    assert without.status_code == status.HTTP_403_FORBIDDEN
    assert "CSRF" in without.json()["message"]
    with_token = browser.post(
        "/api/v1/workspaces/", {"name": "Lab"}, **with_csrf(browser)
    )
    assert with_token.status_code == status.HTTP_201_CREATED


def test_the_authorization_header_needs_no_csrf_token():
    user = UserFactory.create()
    client = APIClient(enforce_csrf_checks=True)
    tokens = client.post(
        "/api/v1/auth/token/", {"email": user.email, "password": PASSWORD}
    ).json()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {tokens['access']}")
    response = client.post("/api/v1/workspaces/", {"name": "Lab"})
    assert response.status_code == status.HTTP_201_CREATED


def test_refresh_rotates_and_the_old_token_cannot_be_reused(browser, settings):
    settings.JWT_REFRESH_GRACE_SECONDS = 0
    login(browser, UserFactory.create().email)
    old = browser.cookies[settings.AUTH_COOKIE_REFRESH].value
    response = browser.post("/api/v1/auth/refresh/", **with_csrf(browser))
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert browser.cookies[settings.AUTH_COOKIE_REFRESH].value != old
    browser.cookies[settings.AUTH_COOKIE_REFRESH] = old
    reused = browser.post("/api/v1/auth/refresh/", **with_csrf(browser))
    assert reused.status_code == status.HTTP_401_UNAUTHORIZED
    assert reused.json()["error"] == "token_not_valid"


@pytest.mark.parametrize("path", ["/api/v1/auth/refresh/", "/api/v1/auth/logout/"])
def test_a_refresh_token_is_a_string_in_a_json_body(path):
    client = APIClient()
    number = client.post(path, {"refresh": 0}, format="json")
    assert number.status_code == status.HTTP_400_BAD_REQUEST
    assert number.json()["fields"] == {"refresh": ["Not a valid string."]}
    # A form cannot tell an empty token from none.
    form = client.post(path, {"refresh": ""}, format="multipart")
    assert form.status_code == status.HTTP_415_UNSUPPORTED_MEDIA_TYPE


def token_pair(client, user) -> dict:
    body = {"email": user.email, "password": PASSWORD}
    return client.post("/api/v1/auth/token/", body).json()


def test_a_second_refresh_within_the_grace_window_gets_the_same_pair():
    client = APIClient()
    old = {"refresh": token_pair(client, UserFactory.create())["refresh"]}
    first = client.post("/api/v1/auth/refresh/", old)
    second = client.post("/api/v1/auth/refresh/", old)
    assert first.status_code == second.status_code == status.HTTP_200_OK
    assert first.json() == second.json()
    assert first.json()["refresh"] != old["refresh"]
    # The new refresh token works; the old one only within the window.
    cache.clear()
    assert client.post("/api/v1/auth/refresh/", old).status_code == 401
    newer = client.post("/api/v1/auth/refresh/", {"refresh": first.json()["refresh"]})
    assert newer.status_code == status.HTTP_200_OK


def test_the_grace_window_ends_when_the_new_pair_is_revoked(browser):
    """A sign-out after a refresh also refuses the old token, in the body or a cookie."""
    client = APIClient()
    old = token_pair(client, UserFactory.create())["refresh"]
    first = client.post("/api/v1/auth/refresh/", {"refresh": old}).json()
    signed_out = client.post("/api/v1/auth/logout/", {"refresh": first["refresh"]})
    assert signed_out.status_code == status.HTTP_204_NO_CONTENT
    replay = client.post("/api/v1/auth/refresh/", {"refresh": old})
    assert replay.status_code == status.HTTP_401_UNAUTHORIZED
    assert replay.json()["error"] == "token_not_valid"
    browser.cookies[settings.AUTH_COOKIE_REFRESH] = old
    replay = browser.post("/api/v1/auth/refresh/", **with_csrf(browser))
    assert replay.status_code == status.HTTP_401_UNAUTHORIZED
    assert replay.json()["error"] == "token_not_valid"


@pytest.mark.parametrize("user_id", ["not-an-id", [1], {"id": 1}, 2**31 - 1])
def test_a_refresh_token_naming_no_user_is_refused(user_id):
    """Signed by the project, but its user is not an id or no longer exists."""
    token = RefreshToken()
    token[jwt_settings.USER_ID_CLAIM] = user_id
    response = APIClient().post("/api/v1/auth/refresh/", {"refresh": str(token)})
    assert response.status_code == status.HTTP_401_UNAUTHORIZED
    assert response.json()["error"] == "token_not_valid"


@pytest.mark.django_db(transaction=True)
def test_two_tabs_refreshing_at_once_both_stay_signed_in():
    user = UserFactory.create()
    tabs = [APIClient(enforce_csrf_checks=True) for _ in range(2)]
    shared = token_pair(APIClient(), user)["refresh"]
    start = threading.Barrier(len(tabs))
    answers: list = []

    def refresh(tab) -> None:
        tab.cookies[settings.AUTH_COOKIE_REFRESH] = shared
        headers = with_csrf(tab)
        start.wait()
        answers.append(tab.post("/api/v1/auth/refresh/", **headers))
        connection.close()

    threads = [threading.Thread(target=refresh, args=(tab,)) for tab in tabs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [a.status_code for a in answers] == [204, 204]
    cookies = {a.cookies[settings.AUTH_COOKIE_REFRESH].value for a in answers}
    assert len(cookies) == 1
    assert shared not in cookies


def test_logout_blacklists_a_refresh_token_sent_in_the_body():
    client = APIClient(enforce_csrf_checks=True)
    user = UserFactory.create()
    tokens = client.post(
        "/api/v1/auth/token/", {"email": user.email, "password": PASSWORD}
    ).json()
    body = {"refresh": tokens["refresh"]}
    response = client.post("/api/v1/auth/logout/", body)
    assert response.status_code == status.HTTP_204_NO_CONTENT
    again = client.post("/api/v1/auth/refresh/", body)
    assert again.status_code == status.HTTP_401_UNAUTHORIZED


def test_a_cookie_refresh_or_logout_needs_the_csrf_token(browser):
    login(browser, UserFactory.create().email)
    for path in ("/api/v1/auth/refresh/", "/api/v1/auth/logout/"):
        response = browser.post(path)
        assert response.status_code == status.HTTP_403_FORBIDDEN, path
        assert "CSRF" in response.json()["message"]


def test_logout_blacklists_the_refresh_token_and_clears_the_cookies(browser):
    login(browser, UserFactory.create().email)
    refresh = browser.cookies[settings.AUTH_COOKIE_REFRESH].value
    response = browser.post("/api/v1/auth/logout/", **with_csrf(browser))
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert response.cookies[settings.AUTH_COOKIE_ACCESS].value == ""
    browser.cookies[settings.AUTH_COOKIE_REFRESH] = refresh
    again = browser.post("/api/v1/auth/refresh/", **with_csrf(browser))
    assert again.status_code == status.HTTP_401_UNAUTHORIZED


def test_me_lists_memberships_and_the_active_workspace(
    member_client, member, workspace
):
    body = member_client.get("/api/v1/auth/me/").json()
    assert body["email"] == member.email
    assert body["active_workspace"] == {"id": workspace.pk, "name": workspace.name}
    assert body["memberships"] == [
        {"workspace": {"id": workspace.pk, "name": workspace.name}, "role": OWNER_ROLE}
    ]


def test_me_reads_any_number_of_workspaces_in_the_same_queries(member_client, member):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert member_client.get("/api/v1/auth/me/").status_code == 200
        return len(captured)

    one = queries()
    MembershipFactory.create_batch(3, user=member)
    assert queries() == one


def test_me_patch_changes_the_names_only(member_client, member):
    response = member_client.patch(
        "/api/v1/auth/me/",
        {"first_name": "Ada", "last_name": "Lovelace", "email": "x@example.com"},
    )
    assert response.status_code == status.HTTP_200_OK, response.json()
    assert response.json()["first_name"] == "Ada"
    member.refresh_from_db()
    assert (member.first_name, member.last_name) == ("Ada", "Lovelace")
    assert member.email != "x@example.com"
    too_long = member_client.patch("/api/v1/auth/me/", {"first_name": "x" * 151})
    assert too_long.status_code == status.HTTP_400_BAD_REQUEST
    assert "first_name" in too_long.json()["fields"]


def test_anonymous_me_is_401(api_client):
    response = api_client.get("/api/v1/auth/me/")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED


def test_password_change_is_throttled(member_client, monkeypatch):
    monkeypatch.setattr(
        ScopedRateThrottle, "THROTTLE_RATES", {"password_change": "2/min"}
    )
    guess = {"old_password": "a guess", "new_password": "a brand new passphrase"}
    for _ in range(2):
        member_client.post("/api/v1/auth/password/change/", guess)
    response = member_client.post("/api/v1/auth/password/change/", guess)
    assert response.status_code == status.HTTP_429_TOO_MANY_REQUESTS


def test_password_change_signs_out_other_devices(browser):
    user = UserFactory.create()
    other_device = APIClient()
    login(other_device, user.email)
    login(browser, user.email)
    wrong = browser.post(
        "/api/v1/auth/password/change/",
        {"old_password": "nope", "new_password": "a brand new passphrase"},
        **with_csrf(browser),
    )
    assert "old_password" in wrong.json()["fields"]
    response = browser.post(
        "/api/v1/auth/password/change/",
        {"old_password": PASSWORD, "new_password": "a brand new passphrase"},
        **with_csrf(browser),
    )
    assert response.status_code == status.HTTP_204_NO_CONTENT
    stale = other_device.post("/api/v1/auth/refresh/")
    assert stale.status_code in {
        status.HTTP_401_UNAUTHORIZED,
        status.HTTP_403_FORBIDDEN,
    }
    user.refresh_from_db()
    assert user.check_password("a brand new passphrase")


def ask_for_a_reset(email: str):
    request = APIRequestFactory().post(
        "/api/v1/auth/password/reset/", {"email": email}, format="json"
    )
    with CaptureQueriesContext(connection) as queries:
        response = PasswordResetView.as_view()(request)
        response.render()
    return response, len(queries)


def test_password_reset_answers_alike_before_any_lookup_or_email(
    django_capture_on_commit_callbacks,
):
    user = UserFactory.create()
    known, known_queries = ask_for_a_reset(user.email)
    unknown, unknown_queries = ask_for_a_reset("nobody@example.com")
    assert known.status_code == unknown.status_code == status.HTTP_202_ACCEPTED
    assert known.content == unknown.content
    assert known_queries == unknown_queries == 0
    assert mail.outbox == []
    # What the response's close() runs once the server has sent it.
    with django_capture_on_commit_callbacks(execute=True):
        unknown.then()
        known.then()
    assert [message.to for message in mail.outbox] == [[user.email]]


def test_password_reset_by_emailed_single_use_link(
    api_client, django_capture_on_commit_callbacks
):
    user = UserFactory.create()
    with django_capture_on_commit_callbacks(execute=True):
        unknown = api_client.post(
            "/api/v1/auth/password/reset/", {"email": "no@example.com"}
        )
        known = api_client.post("/api/v1/auth/password/reset/", {"email": user.email})
    assert unknown.status_code == known.status_code == status.HTTP_202_ACCEPTED
    assert len(mail.outbox) == 1
    link = mail.outbox[0].body.split("reset-password?")[1].split()[0]
    params = dict(part.split("=", 1) for part in link.split("&"))
    confirm = {**params, "new_password": "a brand new passphrase"}
    done = api_client.post("/api/v1/auth/password/reset/confirm/", confirm)
    assert done.status_code == status.HTTP_204_NO_CONTENT
    user.refresh_from_db()
    assert user.check_password("a brand new passphrase")
    reused = api_client.post(
        "/api/v1/auth/password/reset/confirm/",
        {**params, "new_password": "yet another one!"},
    )
    assert reused.status_code == status.HTTP_400_BAD_REQUEST
    assert reused.json()["error"] == "invalid_reset_link"


def test_the_purge_command_deletes_expired_refresh_tokens():
    user = UserFactory.create()
    live = RefreshToken.for_user(user)
    expired = RefreshToken.for_user(user)
    past = timezone.now() - timedelta(seconds=1)
    OutstandingToken.objects.filter(jti=expired["jti"]).update(expires_at=past)
    output = StringIO()
    call_command("purge_expired_credentials", stdout=output)
    jtis = list(OutstandingToken.objects.values_list("jti", flat=True))
    assert jtis == [live["jti"]]
    assert output.getvalue() == "Deleted 1 token_blacklist.OutstandingToken.\n"
