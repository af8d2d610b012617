"""Which hosts and URLs are this machine: the check that decides whether data leaves it."""

import pytest

from lead_core.network import is_loopback, is_loopback_url


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]", " LOCALHOST "])
def test_loopback_hosts(host):
    assert is_loopback(host)


@pytest.mark.parametrize("url", ["https://api.openai.com/v1", "http://10.0.0.5:8000", "example.com", "http://0.0.0.0"])
def test_remote_urls_are_not_loopback(url):
    assert not is_loopback_url(url)


def test_loopback_url_without_scheme():
    assert is_loopback_url("127.0.0.1:8080/v1")
