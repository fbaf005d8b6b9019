"""The deploy/ example hangs together: the compose file's services, files and database URL, and an nginx
configuration with sticky sessions that nginx itself accepts (when nginx is installed)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def test_compose_has_postgres_two_replicas_and_nginx():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert set(services) == {"db", "app1", "app2", "nginx"}
    for name in ("app1", "app2"):
        app = services[name]
        assert (DEPLOY / app["build"]["context"] / app["build"]["dockerfile"]).is_file()
        assert app["environment"]["PRAATPLAAT_DATABASE_URL"].startswith("postgresql+psycopg://")
        assert "db" in app["depends_on"]
    config = services["nginx"]["volumes"][0].split(":")[0]
    assert (DEPLOY / config).is_file()


def test_nginx_sticks_to_a_replica_by_cookie_and_passes_websockets(tmp_path):
    conf = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    assert re.search(r"upstream praatplaat \{\s*hash \$praatplaat_route consistent;", conf)
    assert "server app1:8501" in conf and "server app2:8501" in conf
    assert "Set-Cookie \"praatplaat_route=$praatplaat_route" in conf
    assert "proxy_set_header Upgrade $http_upgrade" in conf
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").is_file() else None)
    if nginx is None:
        pytest.skip("nginx not installed: only the text of nginx.conf was checked")
    assert re.search(r"upstream praatplaat_sync \{\s*hash \$praatplaat_doc consistent;", conf), "sync by praatplaat"
    assert re.search(r"location /sync/ \{[^}]*proxy_pass http://praatplaat_sync;[^}]*Upgrade \$http_upgrade", conf)
    site = conf.replace("app1:8501", "127.0.0.1:1").replace("app2:8501", "127.0.0.1:2")
    site = site.replace("listen 80;", "listen 127.0.0.1:1;")
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
                                         f"http {{ access_log off; include {tmp_path}/site.conf; }}\n")
    done = subprocess.run([nginx, "-t", "-c", str(tmp_path / "nginx.conf")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
