#!/usr/bin/env bash
# The production stack on one machine: nginx (TLS, static files, X-Accel private files) in front of two
# gunicorn app servers, one db_worker, with this machine's PostgreSQL and Redis.
#
#   lms/deploy/stack.sh up      start what is not running; return once https://127.0.0.1:8443/ answers 200
#   lms/deploy/stack.sh run     up, then stay in the foreground; Ctrl-C stops everything
#   lms/deploy/stack.sh down    stop everything this script started
#   lms/deploy/stack.sh status  what runs, and what the home page answers
#
# Runtime files live in .stack/ at the checkout root: env (export lines: DATABASE_URL, REDIS_URL, ...),
# nginx.conf, tls/, pids, logs/, the secret key, the stack's own media and private folders, and mail/ (sent mail).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
STACK="$ROOT/.stack"
LOGS="$STACK/logs"
PY="$ROOT/.venv/bin/python"
PORT="${STACK_PORT:-8443}"
URL="https://127.0.0.1:${PORT}/"
APP_PORTS=(8001 8002)
DATABASE="${STACK_DATABASE:-lms_stack}"
# Two app servers on two cores: 2 processes of 4 threads each (see the README's measurements).
WORKERS="${GUNICORN_WORKERS:-2}"
THREADS="${GUNICORN_THREADS:-4}"
export PATH="$PATH:/usr/sbin:/sbin"

say() { echo "stack: $*"; }
fail() { echo "stack: $*" >&2; exit 1; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# The root redirects to the visitor's language (/ar/ first): the answer after redirects counts.
home_status() { curl -ksL -o /dev/null -w '%{http_code}' --max-time 10 "$URL" 2>/dev/null || true; }

services() {
  # This machine's PostgreSQL and Redis, started the way .ci/run starts them when they are down.
  if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    [ "$(id -u)" -eq 0 ] || fail "PostgreSQL is not answering on 127.0.0.1:5432; start it (as root: pg_ctlcluster <version> main start)."
    say "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  fi
  if ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
    [ "$(id -u)" -eq 0 ] || fail "Redis is not answering on 127.0.0.1:6379; start it (redis-server --daemonize yes)."
    say "starting Redis"
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
      --dir /var/lib/redis --logfile /var/log/redis/stack.log
  fi
  command -v nginx >/dev/null 2>&1 || install_nginx
}

install_nginx() {
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing the Debian package nginx"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null; } \
      || fail "apt-get could not install nginx."
  else
    fail "nginx is not installed: as root, apt-get install nginx."
  fi
}

write_env() {
  mkdir -p "$STACK" "$LOGS" "$STACK/tls" "$STACK/media" "$STACK/private"
  if [ ! -s "$STACK/secret_key" ]; then
    (umask 077; "$PY" -c 'import secrets; print(secrets.token_urlsafe(50))' > "$STACK/secret_key")
  fi
  # Quoted for the shell: `. .stack/env` (or `set -a; . .stack/env`) gives the stack's settings.
  cat > "$STACK/env" <<ENV
export DJANGO_SETTINGS_MODULE='lms.settings.production'
export SECRET_KEY='$(cat "$STACK/secret_key")'
export ALLOWED_HOSTS='127.0.0.1,localhost'
export CSRF_TRUSTED_ORIGINS='https://127.0.0.1:${PORT},https://localhost:${PORT}'
export WAGTAILADMIN_BASE_URL='https://127.0.0.1:${PORT}'
export DATABASE_URL='postgres://postgres@127.0.0.1:5432/${DATABASE}'
export REDIS_URL='redis://127.0.0.1:6379/3'
export CACHE_KEY_PREFIX='lms_stack'
export TASKS_BACKEND='database'
export SMTP_HOST='127.0.0.1'
export SMTP_PORT='8025'
export SMTP_USE_TLS='false'
export MEDIA_ROOT='${STACK}/media'
export PRIVATE_MEDIA_ROOT='${STACK}/private'
export OPENBADGES_PRIVATE_KEY_FILE='${STACK}/openbadges-ed25519.pem'
export PRIVATE_FILES_ACCEL_PREFIX='/_private/'
export DOCUMENTS_ACCEL_PREFIX='/_documents/'
export GUNICORN_WORKERS='${WORKERS}'
export GUNICORN_THREADS='${THREADS}'
export STACK_URL='${URL}'
ENV
  chmod 600 "$STACK/env"
}

prepare() {
  # shellcheck disable=SC1091
  set -a; . "$STACK/env"; set +a
  if ! psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '${DATABASE}'" postgres | grep -q 1; then
    say "creating the database ${DATABASE}"
    psql -h 127.0.0.1 -U postgres -q -c "CREATE DATABASE ${DATABASE}" postgres
  fi
  "$PY" manage.py migrate --no-input -v 0
  "$PY" manage.py generate_badge_key --if-missing
  "$PY" manage.py collectstatic --no-input -v 0
  # The demo is loaded once: its learner exists afterwards (load_demo is safe to repeat, only slow).
  if ! "$PY" manage.py shell -v 0 -c "from lms.accounts.models import User; import sys; sys.exit(0 if User.objects.filter(email='learner@academy.example').exists() else 1)" 2>/dev/null; then
    say "loading the demo (once)"
    "$PY" manage.py load_demo --with-demo-accounts > "$LOGS/load_demo.log" 2>&1
  fi
  if [ ! -s "$STACK/tls/cert.pem" ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=127.0.0.1" \
      -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
      -keyout "$STACK/tls/key.pem" -out "$STACK/tls/cert.pem" 2>/dev/null
  fi
  mkdir -p "$STACK/nginx-tmp"
  local upstreams=()
  for port in "${APP_PORTS[@]}"; do upstreams+=(--upstream "127.0.0.1:${port}"); done
  "$PY" -m lms.deploy.nginx_config --listen "127.0.0.1:${PORT}" "${upstreams[@]}" --run-dir "$STACK" \
    --certificate "$STACK/tls/cert.pem" --key "$STACK/tls/key.pem" > "$STACK/nginx.conf"
  nginx -q -t -p "$STACK/" -e "$LOGS/nginx-error.log" -c "$STACK/nginx.conf"
}

start() {  # name, command...: in its own session, so that Ctrl-C reaches it only through `down`
  local name=$1; shift
  if alive "$STACK/$name.pid"; then return; fi
  # 9>&-: a server must not hold the start/stop lock for its whole life.
  setsid "$@" >> "$LOGS/$name.log" 2>&1 < /dev/null 9>&- &
  echo $! > "$STACK/$name.pid"
}

up() {
  services
  write_env
  prepare
  local index=1
  for port in "${APP_PORTS[@]}"; do
    GUNICORN_BIND="127.0.0.1:${port}" start "app-${index}" "$ROOT/.venv/bin/gunicorn" -c gunicorn.conf.py \
      --control-socket "$STACK/app-${index}.ctl" lms.wsgi
    index=$((index + 1))
  done
  # Mail goes out over SMTP as in production, to a sink that writes .stack/mail/*.eml (lms/deploy/mail_sink.py).
  start mail "$PY" -m lms.deploy.mail_sink --port 8025 --folder "$STACK/mail"
  start db_worker "$PY" manage.py db_worker
  # nginx writes its own pid file (daemon off, so the pid is the master's either way).
  if ! alive "$STACK/nginx.pid"; then
    setsid nginx -p "$STACK/" -e "$LOGS/nginx-error.log" -c "$STACK/nginx.conf" >> "$LOGS/nginx.log" 2>&1 < /dev/null 9>&- &
  fi
  local waited=0
  until [ "$(home_status)" = "200" ]; do
    waited=$((waited + 1))
    if [ "$waited" -gt 90 ]; then
      status || true
      fail "${URL} did not answer 200 within 90 s; see the logs in ${LOGS}."
    fi
    sleep 1
  done
  say "up: ${URL} (self-signed certificate; curl -k). Settings: .stack/env. Logs: ${LOGS}/{app-1,app-2,db_worker,nginx-access,nginx-error}.log"
}

stop() {  # name, signal
  local pidfile="$STACK/$1.pid" pid
  alive "$pidfile" || { rm -f "$pidfile"; return 0; }
  pid=$(cat "$pidfile")
  kill "-$2" "$pid" 2>/dev/null || true
  for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  rm -f "$pidfile"
}

down() {
  stop nginx QUIT  # graceful: finishes the requests in flight
  stop app-1 TERM
  stop app-2 TERM
  stop db_worker TERM
  stop mail TERM
  say "down"
}

status() {
  local name state code=0
  for name in nginx app-1 app-2 db_worker mail; do
    if alive "$STACK/$name.pid"; then state="running (pid $(cat "$STACK/$name.pid"))"; else state="stopped"; code=1; fi
    printf '  %-10s %s\n' "$name" "$state"
  done
  printf '  %-10s %s\n' "${URL}" "$(home_status)"
  return $code
}

run() {
  say "running in the foreground; Ctrl-C stops everything"
  while true; do
    for name in nginx app-1 app-2 db_worker mail; do
      alive "$STACK/$name.pid" || { say "${name} stopped; see ${LOGS}/${name}.log"; down; exit 1; }
    done
    sleep 2
  done
}

# One start or stop at a time: `make load` may call stack-up while someone else stops the stack.
locked() {
  mkdir -p "$STACK"
  exec 9> "$STACK/lock"
  flock 9
  "$@"
  exec 9>&-
}

case "${1:-}" in
  up) locked up ;;
  run)
    trap 'echo; locked down; exit 0' INT TERM
    locked up
    run
    ;;
  down) locked down ;;
  status) status ;;
  *) echo "usage: $0 up|run|down|status" >&2; exit 2 ;;
esac
