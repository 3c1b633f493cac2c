"""Settings from the environment: what production requires, and values refused with the variable named."""

import pytest

from backend.core.settings import LOOPBACK_HOSTS, MAIL_CATCHER_PORT, Settings, SettingsError, SmtpTls

PRODUCTION = {
    "KOUSHIN_ENV": "production",
    "KOUSHIN_SECRET_KEY": "k" * 32,
    "KOUSHIN_ALLOWED_HOSTS": "koushin.example",
    "KOUSHIN_SMTP_HOST": "smtp.example.jp",
    "KOUSHIN_MAIL_FROM": "Koushin ライセンス更新 <no-reply@koushin.example>",
    "KOUSHIN_PUBLIC_URL": "https://koushin.example/",
}


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


def test_development_mail_goes_to_the_local_catcher() -> None:
    mail = Settings.from_environ({}).mail
    assert (mail.smtp_host, mail.smtp_port, mail.smtp_tls) == ("127.0.0.1", MAIL_CATCHER_PORT, SmtpTls.NONE)
    assert str(mail.sender) == "Koushin ライセンス更新 <no-reply@koushin.localhost>"
    assert mail.public_url == "http://127.0.0.1:8000"
    assert Settings.from_environ({}).background_work is True


def test_production_mail_defaults_to_submission_over_starttls() -> None:
    settings = Settings.from_environ(PRODUCTION | {"KOUSHIN_BACKGROUND_WORK": "off"})
    mail = settings.mail
    assert (mail.smtp_host, mail.smtp_port, mail.smtp_tls) == ("smtp.example.jp", 587, SmtpTls.STARTTLS)
    assert (mail.sender.display_name, mail.sender.addr_spec) == ("Koushin ライセンス更新", "no-reply@koushin.example")
    assert mail.public_url == "https://koushin.example"
    assert settings.background_work is False
    implicit = Settings.from_environ(PRODUCTION | {"KOUSHIN_SMTP_TLS": "tls"}).mail
    assert (implicit.smtp_port, implicit.smtp_tls) == (465, SmtpTls.TLS)
    relay = Settings.from_environ(PRODUCTION | {"KOUSHIN_SMTP_TLS": "none", "KOUSHIN_SMTP_PORT": "2525"}).mail
    assert (relay.smtp_port, relay.smtp_tls) == (2525, SmtpTls.NONE)


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        (PRODUCTION | {"KOUSHIN_ALLOWED_HOSTS": ""}, "KOUSHIN_ALLOWED_HOSTS must be set in production"),
        (PRODUCTION | {"KOUSHIN_SMTP_HOST": ""}, "KOUSHIN_SMTP_HOST must be set in production"),
        (PRODUCTION | {"KOUSHIN_MAIL_FROM": " "}, "KOUSHIN_MAIL_FROM must be set in production"),
        (PRODUCTION | {"KOUSHIN_PUBLIC_URL": ""}, "KOUSHIN_PUBLIC_URL must be set in production"),
        (PRODUCTION | {"KOUSHIN_PUBLIC_URL": "http://koushin.example"}, "KOUSHIN_PUBLIC_URL must be an https:// URL"),
        ({"KOUSHIN_PUBLIC_URL": "javascript:alert(1)"}, "KOUSHIN_PUBLIC_URL must be an http:// or https:// URL"),
        ({"KOUSHIN_PUBLIC_URL": "https://koushin.example/?next=x"}, "KOUSHIN_PUBLIC_URL must be a plain base URL"),
        ({"KOUSHIN_MAIL_FROM": "no address"}, "KOUSHIN_MAIL_FROM must be a display name and address"),
        ({"KOUSHIN_MAIL_FROM": "K <a@b.jp>\r\nBcc: x@y.jp"}, "KOUSHIN_MAIL_FROM must be a display name and address"),
        ({"KOUSHIN_SMTP_TLS": "ssl"}, "KOUSHIN_SMTP_TLS must be 'none', 'starttls' or 'tls', not 'ssl'"),
        ({"KOUSHIN_SMTP_PORT": "65536"}, "KOUSHIN_SMTP_PORT must be a port number, not '65536'"),
        ({"KOUSHIN_SMTP_HOST": "smtp.example.jp\nX: y"}, "KOUSHIN_SMTP_HOST: 'smtp.example.jp\\nX: y' is not a host"),
        ({"KOUSHIN_SMTP_USERNAME": "koushin"}, "KOUSHIN_SMTP_USERNAME and KOUSHIN_SMTP_PASSWORD must be set together"),
        ({"KOUSHIN_BACKGROUND_WORK": "yes"}, "KOUSHIN_BACKGROUND_WORK must be 'on' or 'off', not 'yes'"),
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
