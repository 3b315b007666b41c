"""The container deployment, checked without a Docker engine: docker-compose.yml, the Dockerfiles it builds,
their .dockerignore files and the frontend's nginx.conf, read as text and held against the application."""

import fnmatch
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
import yaml

from app.core import middleware
from app.core.config import Settings
from app.core.migrations import MIGRATIONS_DIR

BACKEND_DIR = Path(__file__).resolve().parents[1]
REPO_ROOT = BACKEND_DIR.parent
COMPOSE_FILE = REPO_ROOT / "docker-compose.yml"
NGINX_CONF = REPO_ROOT / "frontend" / "nginx.conf"

# ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?message}, ${NAME?message}
_VARIABLE = re.compile(r"\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?])(?P<arg>[^}]*))?\}")


def interpolate(value: Any) -> str:
    """Compose's interpolation with none of the variables set: defaults apply, a required variable
    becomes "required-<NAME>", any other is empty; `$$` is a literal `$`."""

    def replace(match: re.Match[str]) -> str:
        operator, argument = match["op"] or "", match["arg"] or ""
        if operator.endswith("-"):
            return argument
        if operator.endswith("?"):
            return f"required-{match['name']}"
        return ""

    return _VARIABLE.sub(replace, str(value).replace("$$", "\0")).replace("\0", "$")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    assert COMPOSE_FILE.is_file(), "docker-compose.yml is missing at the repository root"
    return yaml.safe_load(COMPOSE_FILE.read_text())


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, Any]:
    return compose["services"]


def environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {key: "" if value is None else str(value) for key, value in env.items()}


def command_text(value: Any) -> str:
    return value if isinstance(value, str) else " ".join(str(part) for part in value)


def healthcheck_text(service: dict[str, Any]) -> str:
    test = service["healthcheck"]["test"]
    return command_text(test)


def depends_on_condition(service: dict[str, Any], other: str) -> str | None:
    depends = service.get("depends_on") or {}
    if isinstance(depends, list):
        return "service_started" if other in depends else None
    entry = depends.get(other)
    return None if entry is None else (entry or {}).get("condition", "service_started")


def assert_migrates_then_serves(command: str) -> None:
    migrate, serve = command.find("python -m app migrate"), command.find("python -m app serve")
    assert migrate >= 0, f"the command does not run `python -m app migrate`: {command!r}"
    assert serve > migrate, f"the command must serve after migrating: {command!r}"
    between = command[migrate:serve]
    assert "&&" in between and ";" not in between and "||" not in between, (
        f"serve must run only if migrate succeeded (join them with &&): {command!r}")


# --- docker-compose.yml ----------------------------------------------------------------------------------


def test_the_three_services_are_there(services: dict[str, Any]) -> None:
    assert {"db", "backend", "frontend"} <= set(services)
    for name in ("db", "backend", "frontend"):
        assert services[name].get("restart") in ("always", "unless-stopped"), f"{name} has no restart policy"


def test_db_is_postgres_16_with_a_named_volume_and_a_healthcheck(compose: dict[str, Any],
                                                                 services: dict[str, Any]) -> None:
    db = services["db"]
    assert re.fullmatch(r"postgres:16([.-][\w.-]*)?", db["image"]), db["image"]
    mounts = [str(volume).split(":") for volume in db.get("volumes", [])]
    data = [source for source, target, *_ in mounts if target == "/var/lib/postgresql/data"]
    assert data, "PostgreSQL's data directory is not on a volume"
    assert not data[0].startswith((".", "/", "~")), "use a named volume, not a bind mount"
    assert data[0] in (compose.get("volumes") or {}), f"volume {data[0]!r} is not declared at the top level"
    assert "pg_isready" in healthcheck_text(db)
    env = environment(db)
    assert {"POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD"} <= set(env)
    assert re.search(r"\$\{POSTGRES_PASSWORD(:\?|:-)", env["POSTGRES_PASSWORD"]), (
        "POSTGRES_PASSWORD must be required (${POSTGRES_PASSWORD:?...}) or have a documented default")


def test_backend_waits_for_a_healthy_db_and_migrates_before_serving(services: dict[str, Any]) -> None:
    backend = services["backend"]
    assert depends_on_condition(backend, "db") == "service_healthy"
    assert_migrates_then_serves(command_text(backend["command"]))


def test_backend_healthcheck_asks_readiness_on_its_own_port(services: dict[str, Any]) -> None:
    backend = services["backend"]
    check = healthcheck_text(backend)
    port = interpolate(environment(backend).get("PORT", "8000"))
    assert f"127.0.0.1:{port}/api/v1/health/ready" in check or f"localhost:{port}/api/v1/health/ready" in check, check
    assert "curl" not in check and "wget" not in check, "python:*-slim has neither curl nor wget"
    words = check.split()
    program = words[1] if words[0] in ("CMD", "CMD-SHELL") else words[0]
    assert program in ("python", "python3"), check


def test_backend_is_reached_only_through_the_frontend(services: dict[str, Any]) -> None:
    assert not services["backend"].get("ports"), "the backend must not publish a host port"
    assert not services["db"].get("ports"), "the database must not publish a host port"


def test_frontend_waits_for_a_healthy_backend_and_publishes_nginx(services: dict[str, Any]) -> None:
    frontend = services["frontend"]
    assert depends_on_condition(frontend, "backend") == "service_healthy"
    assert frontend.get("healthcheck", {}).get("test"), "the frontend has no healthcheck"
    ports = frontend.get("ports") or []
    assert ports, "the frontend publishes no port"
    targets = {int(interpolate(port).rsplit(":", 1)[-1]) if isinstance(port, str) else int(port["target"])
               for port in ports}
    assert targets == {nginx_listen_port()}, "the published container port is not the one nginx listens on"
    assert str(nginx_listen_port()) in healthcheck_text(frontend)


def test_every_backend_variable_is_a_setting(services: dict[str, Any]) -> None:
    names = set(environment(services["backend"]))
    fields = {name.upper() for name in Settings.model_fields}
    assert names, "the backend gets no environment"
    assert not names - fields, f"not settings of app.core.config.Settings: {sorted(names - fields)}"


def test_backend_environment_with_its_defaults_is_valid_settings(services: dict[str, Any],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    raw = environment(services["backend"])
    for name, value in raw.items():
        monkeypatch.setenv(name, interpolate(value))
    settings = Settings(_env_file=None)  # type: ignore[call-arg]

    assert re.search(r"\$\{SECRET_KEY:\?", raw["SECRET_KEY"]), "SECRET_KEY must be required: ${SECRET_KEY:?...}"
    assert settings.secret_key == "required-SECRET_KEY"
    assert settings.host == "0.0.0.0"
    assert settings.demo_data is False, "DEMO_DATA must default to false"
    assert not settings.is_sqlite
    db_env = {name: interpolate(value) for name, value in environment(services["db"]).items()}
    user, password, database = db_env["POSTGRES_USER"], db_env["POSTGRES_PASSWORD"], db_env["POSTGRES_DB"]
    assert settings.database_url == f"postgresql+psycopg://{user}:{password}@db:5432/{database}"


# --- Dockerfiles -------------------------------------------------------------------------------------------


@dataclass
class Stage:
    base: str
    name: str | None
    instructions: list[tuple[str, str]] = field(default_factory=list)


def parse_dockerfile(path: Path) -> list[Stage]:
    text = re.sub(r"\\\n", " ", "\n".join(
        line for line in path.read_text().splitlines() if not line.lstrip().startswith("#")))
    stages: list[Stage] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        instruction, _, args = line.strip().partition(" ")
        instruction, args = instruction.upper(), args.strip()
        if instruction == "FROM":
            parts = args.split()
            parts = [part for part in parts if not part.startswith("--")]
            stages.append(Stage(parts[0], parts[2] if len(parts) > 2 and parts[1].upper() == "AS" else None))
        else:
            assert stages, f"{path}: {instruction} before FROM"
            stages[-1].instructions.append((instruction, args))
    return stages


def copy_arguments(args: str) -> tuple[dict[str, str], list[str], str]:
    """`--from=build --chown=x /a /b ./dest` → ({from: build, chown: x}, [/a, /b], ./dest)."""
    words = shlex.split(args) if not args.startswith("[") else yaml.safe_load(args)
    flags = {}
    while words and words[0].startswith("--"):
        key, _, value = words.pop(0)[2:].partition("=")
        flags[key] = value
    return flags, words[:-1], words[-1]


def build_contexts(services: dict[str, Any]) -> dict[str, tuple[Path, Path]]:
    contexts = {}
    for name, service in services.items():
        build = service.get("build")
        if build is None:
            continue
        context = build if isinstance(build, str) else build.get("context", ".")
        dockerfile = "Dockerfile" if isinstance(build, str) else build.get("dockerfile", "Dockerfile")
        contexts[name] = ((REPO_ROOT / context).resolve(), (REPO_ROOT / context / dockerfile).resolve())
    return contexts


def ignore_patterns(context: Path) -> list[str]:
    ignore = context / ".dockerignore"
    if not ignore.is_file():
        return []
    return [line.strip().rstrip("/") for line in ignore.read_text().splitlines()
            if line.strip() and not line.startswith("#")]


def is_ignored(relative: str, patterns: list[str]) -> bool:
    ignored = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        pattern = pattern.lstrip("!").removeprefix("**/")
        parts = PurePosixPath(relative).parts
        candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))] + list(parts)
        if any(fnmatch.fnmatch(candidate, pattern) for candidate in candidates):
            ignored = not negate
    return ignored


def test_both_images_are_built_from_their_own_directory(services: dict[str, Any]) -> None:
    contexts = build_contexts(services)
    assert contexts["backend"][0] == BACKEND_DIR
    assert contexts["frontend"][0] == REPO_ROOT / "frontend"
    assert not services["db"].get("build")


def test_every_dockerfile_exists_and_copies_only_what_the_context_has(services: dict[str, Any]) -> None:
    for name, (context, dockerfile) in build_contexts(services).items():
        assert dockerfile.is_file(), f"{name}: {dockerfile.relative_to(REPO_ROOT)} is missing"
        patterns = ignore_patterns(context)
        assert patterns, f"{name}: the build context has no .dockerignore"
        stages = parse_dockerfile(dockerfile)
        stage_names = {stage.name for stage in stages}
        for stage in stages:
            for instruction, args in stage.instructions:
                if instruction not in ("COPY", "ADD"):
                    continue
                flags, sources, _ = copy_arguments(args)
                if "from" in flags:
                    assert flags["from"] in stage_names, f"{name}: COPY --from={flags['from']} names no stage"
                    continue
                for source in sources:
                    matches = list(context.glob(source.removeprefix("./"))) if source not in (".", "./") else [context]
                    assert matches, f"{name}: COPY source {source!r} does not exist in {context.name}/"
                    assert source in (".", "./") or not is_ignored(source.removeprefix("./"), patterns), (
                        f"{name}: COPY source {source!r} is excluded by .dockerignore")
        final = stages[-1].instructions
        users = [args for instruction, args in final if instruction == "USER"]
        assert users and users[-1].split(":")[0] not in ("root", "0"), f"{name}: the image runs as root"
        assert any(instruction == "EXPOSE" for instruction, _ in final), f"{name}: the image exposes no port"


def test_dockerignore_files_keep_local_state_out() -> None:
    backend = ignore_patterns(BACKEND_DIR)
    for path in (".venv", "data", "app/__pycache__", ".pytest_cache", ".ruff_cache", ".env", "tests"):
        assert is_ignored(path, backend), f"backend/.dockerignore lets {path} in"
    frontend = ignore_patterns(REPO_ROOT / "frontend")
    for path in ("node_modules", "dist", "test-results"):
        assert is_ignored(path, frontend), f"frontend/.dockerignore lets {path} in"
    for path in ("src/main.tsx", "package-lock.json", ".npmrc", "nginx.conf", "index.html"):
        assert not is_ignored(path, frontend), f"frontend/.dockerignore keeps out {path}, which the build needs"


def resolved_destinations(stage: Stage, context: Path) -> dict[str, PurePosixPath]:
    """Where each COPY source from the context lands in the image (Docker's rules: a directory's contents go
    into the destination; a file goes into it when it ends in "/" or there are several sources)."""
    workdir, result = PurePosixPath("/"), {}
    for instruction, args in stage.instructions:
        if instruction == "WORKDIR":
            workdir = workdir / args
        elif instruction == "COPY":
            flags, sources, dest = copy_arguments(args)
            if "from" in flags:
                continue
            target = workdir / dest
            for source in sources:
                name = source.removeprefix("./").rstrip("/")
                into = (context / name).is_file() and (dest.endswith("/") or len(sources) > 1)
                result[name] = target / PurePosixPath(name).name if into else target
    return result


def workdir(stage: Stage) -> PurePosixPath:
    path = PurePosixPath("/")
    for instruction, args in stage.instructions:
        if instruction == "WORKDIR":
            path = path / args
    return path


def test_backend_image_keeps_the_migrations_beside_the_app() -> None:
    stages = parse_dockerfile(BACKEND_DIR / "Dockerfile")
    assert len(stages) >= 1
    version = re.match(r"python:3\.(\d+)", stages[-1].base)
    assert version and int(version[1]) >= 11, f"the backend needs Python 3.11+, not {stages[-1].base}"
    runs = " ".join(args for instruction, args in stages[-1].instructions if instruction == "RUN")
    assert re.search(r"pip install (.* )?-r requirements\.txt", runs), "the image installs the pinned requirements"
    assert "--no-cache-dir" in runs, "pip's cache stays out of the image"
    destinations = resolved_destinations(stages[-1], BACKEND_DIR)
    assert {"requirements.txt", "app", "migrations"} <= set(destinations), destinations
    assert destinations["requirements.txt"] == workdir(stages[-1]) / "requirements.txt"
    # app.core.migrations finds them relative to the package, as in the repository.
    assert MIGRATIONS_DIR.relative_to(BACKEND_DIR) == Path("migrations")
    assert destinations["migrations"].parent == destinations["app"].parent
    assert destinations["app"].name == "app"
    cmd = [args for instruction, args in stages[-1].instructions if instruction == "CMD"]
    assert cmd, "the backend image has no CMD"
    assert_migrates_then_serves(command_text(yaml.safe_load(cmd[-1])) if cmd[-1].startswith("[") else cmd[-1])
    env = " ".join(args for instruction, args in stages[-1].instructions if instruction == "ENV")
    assert "DATA_DIR=" in env, "set DATA_DIR: the repository-relative default means nothing in the image"


def test_frontend_image_builds_with_node_and_serves_with_nginx() -> None:
    stages = parse_dockerfile(REPO_ROOT / "frontend" / "Dockerfile")
    assert len(stages) >= 2, "build and serve are separate stages"
    build, serve = stages[0], stages[-1]
    assert build.base.startswith("node:20"), build.base
    assert serve.base.startswith("nginx:") and "alpine" in serve.base, serve.base
    runs = " ".join(args for instruction, args in build.instructions if instruction == "RUN")
    assert "npm ci" in runs and "npm run build" in runs
    copies = [copy_arguments(args) for instruction, args in serve.instructions if instruction == "COPY"]
    workdir = next(PurePosixPath(args) for instruction, args in build.instructions if instruction == "WORKDIR")
    assert any(flags.get("from") == build.name and sources == [str(workdir / "dist")]
               and dest.rstrip("/") == "/usr/share/nginx/html" for flags, sources, dest in copies), copies
    assert any(sources == ["nginx.conf"] and dest.startswith("/etc/nginx/conf.d/") for _, sources, dest in copies)


# --- nginx.conf --------------------------------------------------------------------------------------------


@dataclass
class Directive:
    name: str
    args: list[str]
    block: list["Directive"] | None = None


def nginx_tokens(text: str) -> list[str]:
    """Words, quoted strings (unquoted), `{`, `}` and `;`; comments dropped. Enough of nginx's syntax here."""
    tokens, position = [], 0
    while position < len(text):
        char = text[position]
        if char.isspace():
            position += 1
        elif char == "#":
            end_of_line = text.find("\n", position)
            position = len(text) if end_of_line < 0 else end_of_line
        elif char in "{};":
            tokens.append(char)
            position += 1
        elif char in "\"'":
            end = position + 1
            while text[end] != char:
                end += 2 if text[end] == "\\" else 1
            tokens.append(text[position + 1 : end])
            position = end + 1
        else:
            end = position
            while end < len(text) and not text[end].isspace() and text[end] not in "{};\"'":
                end += 1
            tokens.append(text[position:end])
            position = end
    return tokens


def parse_nginx(tokens: list[str]) -> list[Directive]:
    def block(index: int) -> tuple[list[Directive], int]:
        result, words = [], []
        while index < len(tokens):
            token = tokens[index]
            if token == ";":
                result.append(Directive(words[0], words[1:]))
                words = []
            elif token == "{":
                children, index = block(index + 1)
                result.append(Directive(words[0], words[1:], children))
                words = []
            elif token == "}":
                assert not words, f"nginx.conf: {words} without ';'"
                return result, index
            else:
                words.append(token)
            index += 1
        assert not words, f"nginx.conf: {words} without ';'"
        return result, index

    directives_, _ = block(0)
    return directives_


@pytest.fixture(scope="module")
def nginx() -> list[Directive]:
    assert NGINX_CONF.is_file(), "frontend/nginx.conf is missing"
    return parse_nginx(nginx_tokens(NGINX_CONF.read_text()))


def walk(block: list[Directive]) -> list[Directive]:
    found = []
    for directive in block:
        found.append(directive)
        found.extend(walk(directive.block or []))
    return found


def server(nginx: list[Directive]) -> list[Directive]:
    servers = [directive for directive in nginx if directive.name == "server"]
    assert len(servers) == 1, "nginx.conf holds one server block"
    return servers[0].block or []


def location(nginx: list[Directive], *match: str) -> list[Directive]:
    found = [d for d in walk(nginx) if d.name == "location" and tuple(d.args) == match]
    assert found, f"nginx.conf has no `location {' '.join(match)} {{...}}`"
    return found[0].block or []


def args_of(block: list[Directive], name: str) -> list[list[str]]:
    """The arguments of every `name` directive directly in `block` (not in nested blocks)."""
    return [directive.args for directive in block if directive.name == name]


def nginx_listen_port() -> int:
    listens = args_of(server(parse_nginx(nginx_tokens(NGINX_CONF.read_text()))), "listen")
    assert listens, "nginx.conf listens nowhere"
    return int(listens[0][0].rsplit(":", 1)[-1])


def test_nginx_config_parses_into_one_server(nginx: list[Directive]) -> None:
    # The file goes into conf.d, inside `http {}`: server and map blocks only, and exactly one server.
    assert {d.name for d in nginx} <= {"server", "map"}, [d.name for d in nginx]
    assert server(nginx)


def test_nginx_proxies_api_to_the_backend_service(nginx: list[Directive], services: dict[str, Any]) -> None:
    api = location(nginx, "/api/")
    port = interpolate(environment(services["backend"]).get("PORT", "8000"))
    targets = args_of(api, "proxy_pass")
    assert len(targets) == 1, targets
    target = targets[0][0]
    if target.startswith("$"):  # proxy_pass $variable, set in the block, re-resolved through Docker's DNS
        values = [args[1] for args in args_of(api, "set") if args[0] == target]
        assert values, f"{target} is not set in location /api/"
        target = values[0]
        assert args_of(server(nginx), "resolver"), "proxy_pass with a variable needs a resolver"
    assert target == f"http://backend:{port}", f"/api/ must go to the backend service unchanged, not to {target}"
    headers = {args[0].lower(): args[1] for args in args_of(api, "proxy_set_header")}
    assert {"host", "x-forwarded-for", "x-forwarded-proto"} <= set(headers), headers
    assert not args_of(api, "add_header"), "the backend sets the API's headers itself"


def test_nginx_falls_back_to_index_html_but_not_for_assets(nginx: list[Directive]) -> None:
    fallback = args_of(location(nginx, "/"), "try_files")
    assert fallback and fallback[0][-1] == "/index.html", fallback
    assets = location(nginx, "/assets/")
    assert args_of(assets, "try_files") == [["$uri", "=404"]], "a missing bundle must be a 404, not index.html"
    expires = args_of(assets, "expires")
    assert expires and expires[0][0] not in ("off", "epoch") and not expires[0][0].startswith("-")
    assert args_of(location(nginx, "=", "/index.html"), "expires") in ([["-1"]], [["epoch"]])


def test_nginx_sends_the_spa_security_headers_of_the_backend(nginx: list[Directive]) -> None:
    root = location(nginx, "/")
    headers = {args[0].lower(): args[1] for args in args_of(root, "add_header")}
    assert headers.get("content-security-policy") == middleware._SPA_CSP, (
        "nginx's CSP for the SPA differs from the backend's (app.core.middleware._SPA_CSP)")
    assert headers.get("x-content-type-options") == "nosniff"
    assert headers.get("referrer-policy") == "no-referrer"
    assert headers.get("x-frame-options") == "DENY"
    # A nested location with an add_header of its own would drop all of these (nginx does not merge them).
    for nested in ("/assets/",), ("=", "/index.html"):
        assert not args_of(location(nginx, *nested), "add_header"), f"location {nested} would lose the headers"


def test_nginx_body_limit_is_at_least_the_backends(nginx: list[Directive]) -> None:
    sizes = args_of(server(nginx), "client_max_body_size")
    assert sizes, "nginx's default body limit is 1 MiB, below the backend's"
    number, unit = re.fullmatch(r"(\d+)([kKmMgG]?)", sizes[0][0]).groups()  # type: ignore[union-attr]
    limit = int(number) * {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[unit.lower()]
    default = Settings.model_fields["max_body_bytes"].default
    assert default <= limit <= 4 * default, f"client_max_body_size {sizes[0][0]} vs MAX_BODY_BYTES {default}"


@pytest.mark.skipif(shutil.which("nginx") is None, reason="no nginx here to check the syntax with")
def test_nginx_accepts_the_config(tmp_path: Path) -> None:
    """`nginx -t` on the file inside a minimal http block, as the image's nginx.conf includes it."""
    temp = {name: tmp_path / name for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")}
    main = tmp_path / "nginx.conf"
    main.write_text(
        f"pid {tmp_path / 'nginx.pid'};\nevents {{}}\nhttp {{\n    access_log off;\n"
        + "".join(f"    {name}_temp_path {path};\n" for name, path in temp.items())
        + f"    include {NGINX_CONF};\n}}\n")
    result = subprocess.run([shutil.which("nginx") or "nginx", "-t", "-q", "-e", "stderr", "-p", str(tmp_path),
                             "-c", str(main)], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr


def compose_spec_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.compose-spec",
                           str(path)], capture_output=True, text=True, check=False, timeout=120)


def test_compose_file_follows_the_compose_specification() -> None:
    """Validated against the Compose Specification's JSON schema (vendored by check-jsonschema, so offline):
    Debian's docker-compose 1.29 is too old for the `name:` key and no judge of a current file."""
    result = compose_spec_check(COMPOSE_FILE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_catches_a_wrong_file(tmp_path: Path) -> None:
    wrong = tmp_path / "docker-compose.yml"
    wrong.write_text("services:\n  backend:\n    ports: 8000\n    restart: sometimes-maybe\n")
    assert compose_spec_check(wrong).returncode == 1
