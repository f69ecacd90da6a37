"""In a real browser, no injection payload typed into a public search box ever runs."""

from urllib.parse import urlencode

import pytest

from tests.security.xss_payloads import PAYLOADS

pytestmark = pytest.mark.django_db(transaction=True)


def test_no_payload_opens_a_dialog(page, live_server, home_page):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for payload in PAYLOADS:
        # The search page echoes the query in its heading, summary, field and <title>.
        page.goto(f"{live_server.url}/en/search/?{urlencode({'q': payload})}", wait_until="domcontentloaded")
    assert dialogs == []
    assert "pwned" not in page.title()
