"""Settings from the environment: what production requires, and values refused with the variable named."""

import pytest

from backend.core.settings import LOOPBACK_HOSTS, Settings, SettingsError

PRODUCTION = {"KOUSHIN_ENV": "production", "KOUSHIN_SECRET_KEY": "k" * 32, "KOUSHIN_ALLOWED_HOSTS": "koushin.example"}


def test_development_serves_the_loopback_names_and_trusts_no_proxy() -> None:
    settings = Settings.from_environ({})
    assert settings.allowed_hosts == LOOPBACK_HOSTS == ("127.0.0.1", "localhost", "[::1]")
    assert settings.trusted_proxies == ()


def test_production_names_its_hosts_and_proxies() -> None:
    settings = Settings.from_environ(
        PRODUCTION
        | {
            "KOUSHIN_ALLOWED_HOSTS": " Koushin.Example , *.koushin.example,",
            "KOUSHIN_TRUSTED_PROXIES": "10.0.0.0/8, ::1",
        }
    )
    assert settings.allowed_hosts == ("koushin.example", "*.koushin.example")
    assert settings.trusted_proxies == ("10.0.0.0/8", "::1")


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        (PRODUCTION | {"KOUSHIN_ALLOWED_HOSTS": ""}, "KOUSHIN_ALLOWED_HOSTS must be set in production"),
        (PRODUCTION | {"KOUSHIN_SECRET_KEY": "short"}, "KOUSHIN_SECRET_KEY must be set to at least 32 characters"),
        ({"KOUSHIN_ALLOWED_HOSTS": "*"}, "KOUSHIN_ALLOWED_HOSTS: '*' is not a host name"),
        ({"KOUSHIN_ALLOWED_HOSTS": "https://koushin.example"}, "KOUSHIN_ALLOWED_HOSTS: 'https://koushin.example'"),
        ({"KOUSHIN_ALLOWED_HOSTS": "koushin.example:443"}, "KOUSHIN_ALLOWED_HOSTS: 'koushin.example:443'"),
        ({"KOUSHIN_TRUSTED_PROXIES": "proxy.internal"}, "KOUSHIN_TRUSTED_PROXIES: 'proxy.internal' is not an IP"),
        ({"KOUSHIN_TRUSTED_PROXIES": "10.0.0.1/8"}, "KOUSHIN_TRUSTED_PROXIES: '10.0.0.1/8' is not an IP"),
        ({"KOUSHIN_TRUSTED_PROXIES": "*"}, "KOUSHIN_TRUSTED_PROXIES: '*' is not an IP"),
    ],
)
def test_unusable_values_stop_the_app_naming_the_variable(environ: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError) as raised:
        Settings.from_environ(environ)
    assert str(raised.value).startswith(message)
