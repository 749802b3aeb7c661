"""The nginx configuration of the stack, made from ``nginx.conf.template`` for one machine's paths and ports.

Used by ``lms/deploy/stack.sh`` (``python -m lms.deploy.nginx_config``, reading the stack's settings) and
by tests/lms/test_nginx.py, which puts the same configuration in front of a test server.
"""

from __future__ import annotations

import argparse
import os
import pwd
from pathlib import Path

TEMPLATE = Path(__file__).with_name("nginx.conf.template")
MIME_TYPES = "/etc/nginx/mime.types"


def render(
    *,
    listen: str,
    upstreams: list[str],
    static_root: Path,
    media_root: Path,
    private_root: Path,
    accel_prefix: str,
    documents_accel_prefix: str,
    run_dir: Path,
    log_dir: Path,
    max_body_mb: int,
    certificate: tuple[Path, Path] | None = None,
    worker_user: str | None = None,
    worker_processes: str = "auto",
) -> str:
    """The configuration text. ``certificate`` (certificate, key) turns on TLS; ``worker_user`` only as root."""
    for prefix in (accel_prefix, documents_accel_prefix):
        if not prefix.startswith("/") or not prefix.endswith("/") or prefix == "/":
            raise ValueError("An X-Accel prefix is a location such as /_private/.")
    if accel_prefix == documents_accel_prefix:
        raise ValueError("Private files and documents need X-Accel prefixes of their own.")
    tls = ""
    if certificate is not None:
        cert, key = certificate
        tls = (
            f"        ssl_certificate {cert};\n"
            f"        ssl_certificate_key {key};\n"
            "        ssl_protocols TLSv1.2 TLSv1.3;\n"
            "        ssl_session_cache shared:lms_tls:10m;\n"
        )
    values = {
        "USER": f"user {worker_user};" if worker_user else "",
        "WORKER_PROCESSES": worker_processes,
        "RUN_DIR": str(run_dir),
        "LOG_DIR": str(log_dir),
        "MIME_TYPES": MIME_TYPES,
        "MAX_BODY": f"{max_body_mb}m",
        # A server that fails a few times (restarting) is left alone briefly; the request goes to the other one.
        "UPSTREAM_SERVERS": "\n".join(
            f"        server {address} max_fails=3 fail_timeout=5s;" for address in upstreams
        ),
        "LISTEN": f"{listen} ssl" if certificate is not None else listen,
        "TLS": tls,
        "STATIC_ROOT": str(static_root),
        "MEDIA_ROOT": str(media_root),
        "PRIVATE_ROOT": str(private_root),
        "ACCEL_PREFIX": accel_prefix,
        "DOCUMENTS_ACCEL_PREFIX": documents_accel_prefix,
    }
    text = TEMPLATE.read_text()
    for key, value in values.items():
        text = text.replace(f"@@{key}@@", value)
    return text


def default_worker_user() -> str | None:
    """As root, workers drop to www-data (Debian's nginx user) when it exists, otherwise they stay root."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("www-data")
    except KeyError:
        return "root"
    return "www-data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--listen", required=True)
    parser.add_argument("--upstream", action="append", required=True)
    parser.add_argument("--run-dir", type=Path, required=True)
    parser.add_argument("--certificate", type=Path)
    parser.add_argument("--key", type=Path)
    parser.add_argument("--worker-user", default=None)
    arguments = parser.parse_args()

    import django
    from django.conf import settings

    django.setup()
    run_dir = arguments.run_dir.resolve()
    print(
        render(
            listen=arguments.listen,
            upstreams=arguments.upstream,
            static_root=Path(settings.STATIC_ROOT).resolve(),
            media_root=Path(settings.MEDIA_ROOT).resolve(),
            private_root=Path(settings.PRIVATE_MEDIA_ROOT).resolve(),
            accel_prefix=settings.PRIVATE_FILES_ACCEL_PREFIX,
            documents_accel_prefix=settings.DOCUMENTS_ACCEL_PREFIX,
            run_dir=run_dir,
            log_dir=run_dir / "logs",
            max_body_mb=settings.H5P_MAX_UPLOAD_BYTES // (1024 * 1024) + 10,
            certificate=(arguments.certificate.resolve(), arguments.key.resolve()) if arguments.certificate else None,
            worker_user=arguments.worker_user or default_worker_user(),
        ),
        end="",
    )


if __name__ == "__main__":
    main()
