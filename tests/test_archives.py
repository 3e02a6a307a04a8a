"""Archives operations replayed from cassettes built on NP6's documented examples.

NP6 answers them with the media type application/vnd.np6.cm.mail.archive (JSON).
"""

from __future__ import annotations

import datetime

import pytest

from np6 import Client
from np6.api.archives import list_action_target_archives, list_archives
from np6.models import MailArchive

UTC = datetime.UTC


@pytest.mark.vcr
def test_list_archives(client: Client) -> None:
    archives = list_archives.sync(client=client)
    assert all(isinstance(a, MailArchive) for a in archives)
    first, second = archives
    assert (first.id, first.action, first.target) == ("0bdecb51-8e51-4a2c-8a82-6fe516d0a8f9", "00000A", "000T123")
    assert first.sending_date == datetime.datetime(2025, 4, 1, 12, 40, 39, 207000, tzinfo=UTC)
    assert first.url.strip() == ""
    assert second.url.startswith("https://mcom032.blob.core.windows.net/")
    assert second.expires_on == datetime.datetime(2025, 5, 3, 12, 40, 39, 209000, tzinfo=UTC)


@pytest.mark.vcr
def test_list_archives_between(client: Client) -> None:
    archives = list_archives.sync(
        client=client,
        start_date=datetime.datetime(2025, 4, 1, tzinfo=UTC),
        end_date=datetime.datetime(2025, 5, 1, tzinfo=UTC),
    )
    assert [a.action for a in archives] == ["00000A", "00000B"]


@pytest.mark.vcr
def test_list_action_target_archives(client: Client) -> None:
    (archive,) = list_action_target_archives.sync("000ABC", "000T123", client=client)
    assert archive.id == "43fb9527-e5b2-4bcd-8dfd-b5a8bc881e11"
    assert archive.target == "000T123"
    assert archive.sending_date == datetime.datetime(2026, 2, 5, 9, 27, 58, 670000, tzinfo=UTC)
    assert archive.expires_on > archive.sending_date
    assert ".eml?" in archive.url
