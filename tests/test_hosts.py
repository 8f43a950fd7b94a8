"""Hosts read as a browser reads them (the URL standard's IPv4 parser), and where they are."""

from __future__ import annotations

import pytest

from stallpatterns import hosts


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("127.0.0.1", "127.0.0.1"),
        ("127.0.0.1.", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("0X7F000001", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("0177.1", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("127.0.1", "127.0.0.1"),
        ("0", "0.0.0.0"),
        ("0x", "0.0.0.0"),
        ("192.168.257", "192.168.1.1"),
        ("4294967295", "255.255.255.255"),
        ("[::1]", "::1"),
        ("[::ffff:127.0.0.1]", "127.0.0.1"),
        ("[::ffff:c0a8:1]", "192.168.0.1"),
    ],
)
def test_a_host_is_read_as_the_address_a_browser_reaches(host: str, address: str):
    assert str(hosts.address_of(host)) == address


@pytest.mark.parametrize(
    "host",
    ["www.gov.uk", "localhost", "1.2.3.4.5", "256.0.0.1", "4294967296", "09.0.0.1", "0x7g", "127..1", "1.2.3.com", "[::1", "[not::an:address]"],
)
def test_a_name_or_a_host_no_browser_reads_is_no_address(host: str):
    assert hosts.address_of(host) is None


@pytest.mark.parametrize(
    ("host", "place"),
    [
        ("localhost", "computer"),
        ("LOCALHOST.", "computer"),
        ("app.localhost", "computer"),
        ("2130706433", "computer"),
        ("[::]", "computer"),
        ("intranet", "network"),
        ("files.corp.local", "network"),
        ("172.20.0.1", "network"),
        ("[fe80::1]", "network"),
        ("nas.home.arpa", "network"),
        ("198.51.100.7", "reserved"),
        ("255.255.255.255", "reserved"),
        ("www.gov.uk", None),
        ("93.184.215.14", None),
        ("[2a00:1450::1]", None),
        ("localhost.co.uk", None),
    ],
)
def test_where_a_host_is(host: str, place: str | None):
    assert hosts.place_of(host) == place
