import os
import socket
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import call_command


@pytest.mark.django_db
def test_wait_for_db_returns_once_the_database_answers(capsys):
    call_command("wait_for_db", timeout=5)
    assert "is ready" in capsys.readouterr().out


def test_wait_for_db_gives_up_after_the_timeout_and_says_what_to_check():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{port}/nowhere",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "wait_for_db", "--timeout", "0.2"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1, result.stdout
    assert f"'nowhere' at 127.0.0.1:{port} did not accept" in result.stderr
    assert "within 0.2 s" in result.stderr
    assert "Check DATABASE_URL" in result.stderr
