"""Settings, read once from the environment (and `.env`); every setting is documented in the README."""

import secrets
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[3]
API_VERSION = "0.4.0"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    data_dir: Path = REPO_ROOT / "data"
    database_url: str = ""
    secret_key: str = ""
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    workers: int = Field(1, ge=1, le=64, description="uvicorn workers; SQLite always uses one")
    # Longer than a load balancer's idle timeout (often 60 s): otherwise the server may close a kept-alive
    # connection just as the balancer or a client sends the next request on it, which then fails unanswered.
    keep_alive_seconds: int = Field(75, ge=1, le=3600, description="how long an idle HTTP connection stays open")
    # The database work runs in worker threads. Few of them make the requests queue first come, first served
    # instead of sharing the GIL: with 40 (anyio's default) a catalogue page's p99 at 16 clients was 156 ms, with 4
    # 85 to 116 ms at a higher rate (bench d, decision 0019); 2 leaves the database's waits unused.
    threads_per_worker: int = Field(4, ge=1, le=256, description="worker threads per process for database work")
    # Proxies whose X-Forwarded-For/-Proto are believed; "*" only where nothing but the proxy reaches us.
    forwarded_allow_ips: str = "127.0.0.1"
    cors_origins: Annotated[list[str], NoDecode] = []
    demo_data: bool = False
    demo_password: str = ""
    session_ttl: int = Field(8 * 3600, ge=300, description="idle lifetime of a login session, seconds")
    cookie_secure: bool = True
    max_body_bytes: int = Field(2 * 1024 * 1024, ge=1024)
    # The login throttle (decision 0009): strict per account and client address, and per client address;
    # per account alone it slows to one attempt per delay, so an attacker cannot lock the owner out.
    login_max_failures: int = Field(5, ge=1, description="failed logins per account and client address per window")
    login_window: int = Field(15 * 60, ge=10, description="seconds over which failed logins are counted")
    login_account_max_failures: int = Field(20, ge=1, description="failed logins per account before it slows")
    login_account_delay: int = Field(30, ge=1, description="seconds between attempts on a slowed account")
    login_client_max_failures: int = Field(30, ge=1, description="failed logins per client address per window")
    # The respondent API's rate limits (sliding windows of a minute), kept in each process's memory: with several
    # workers each counts on its own. Per address generous: a whole town hall may share one NAT address.
    respondent_token_limit: int = Field(120, ge=1, description="requests per invitation token per minute")
    respondent_unknown_limit: int = Field(30, ge=1, description="unknown tokens per client address per minute")
    respondent_address_limit: int = Field(6000, ge=1, description="respondent requests per client address per minute")
    frontend_dist: Path = REPO_ROOT / "frontend" / "dist"
    # Where people reach the web app: the base of the links in invitation e-mails and the mail-merge file
    # (empty: the address the request came in on).
    public_url: str = ""
    # Outgoing mail for invitations and reminders; with no SMTP_HOST Leerkoers sends nothing and gives the links.
    smtp_host: str = ""
    smtp_port: int = Field(587, ge=1, le=65535)
    smtp_username: str = ""
    smtp_password: str = ""
    smtp_from: str = ""
    smtp_starttls: bool = True
    log_level: str = "INFO"

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'leerkoers.db'}"

    @property
    def is_sqlite(self) -> bool:
        return self.resolved_database_url.startswith("sqlite")

    def resolved_secret_key(self) -> str:
        """SECRET_KEY, or one generated into the data directory on first use and kept there."""
        if self.secret_key:
            return self.secret_key
        key_file = self.data_dir / "secret_key"
        if not key_file.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            key_file.touch(mode=0o600)
            key_file.write_text(secrets.token_urlsafe(48))
        return key_file.read_text().strip()


@lru_cache
def get_settings() -> Settings:
    return Settings()
