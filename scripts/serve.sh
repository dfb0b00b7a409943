#!/usr/bin/env bash
# `make serve`: the production stack as deployed, on this machine. nginx with the
# project's rendered configuration (deploy/nginx/) listens on HOST:PORT and keeps the
# public pages; one gunicorn (deploy/gunicorn.conf.py) listens on HOST:PORT+1 behind it.
# Everything nginx needs lives in var/serve/ (configuration, logs, the page cache); once
# both answer, every page of the sitemap is asked for once (manage.py warm_cache).
# Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

HOST="${HOST:-127.0.0.1}"
PORT="${PORT:-8000}"
APP_PORT="${APP_PORT:-$((PORT + 1))}"
PY="${PY:-.venv/bin/python}"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
HERE="$(pwd)"
VAR="$HERE/var/serve"
STATIC_ROOT="${DJANGO_STATIC_ROOT:-$HERE/staticfiles}"
MEDIA_ROOT="${DJANGO_MEDIA_ROOT:-$HERE/media}"

# nginx makes the page cache and temp folders itself, owned by its workers' user.
mkdir -p "$VAR/logs" "$VAR/temp" "$VAR/run" "$MEDIA_ROOT"

"$PY" deploy/nginx/render.py \
  --server-name "$HOST" --server-name localhost \
  --listen "$HOST:$PORT" \
  --app-server "$HOST:$APP_PORT" \
  --static-root "$STATIC_ROOT" --media-root "$MEDIA_ROOT" \
  --log-dir "$VAR/logs" --cache-dir "$VAR/cache" \
  --hsts-seconds "${DJANGO_HSTS_SECONDS:-0}" \
  --admin-url "${DJANGO_ADMIN_URL:-admin/}" \
  --output "$VAR/pariopportunita.conf" --main-config "$VAR"

"$NGINX" -p "$VAR" -c "$VAR/nginx.conf" -t -q

GUNICORN_BIND="$HOST:$APP_PORT" .venv/bin/gunicorn -c deploy/gunicorn.conf.py pariopportunita.wsgi &
app=$!
"$NGINX" -p "$VAR" -c "$VAR/nginx.conf" -g "daemon off;" &
proxy=$!
trap 'kill $proxy $app 2>/dev/null; wait' INT TERM EXIT

for _ in $(seq 1 100); do
  "$PY" -c "import urllib.request; urllib.request.urlopen('http://$HOST:$PORT/healthz', timeout=2)" \
    2>/dev/null && break
  sleep 0.2
done
"$PY" manage.py warm_cache --base-url "http://$HOST:$PORT" || true
echo "The site: http://$HOST:$PORT/ (nginx in front of gunicorn on $HOST:$APP_PORT)"
wait
