# Two commands matter: `make run` (the site with its seed content, on SQLite) and
# `make test` (the whole suite). Everything else is a step they depend on.

SHELL := /bin/bash
HOST ?= 127.0.0.1
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.stamps

# A Python of at least 3.12 (Django 6.1 needs it): the pyenv one .python-version names,
# or the newest python3.1x on the PATH.
PYTHON ?= $(shell for candidate in python3.13 python3.12 python3 python; do \
	if command -v $$candidate >/dev/null 2>&1 && $$candidate -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
	echo $$candidate; break; fi; done)

export DJANGO_SETTINGS_MODULE := pariopportunita.settings

.PHONY: run serve test lint format messages makemessages assets chromium nginx postgresql redis pango \
	wrk weight bench \
	clean help backup restore

help:
	@echo "make run   - set up everything and serve the site at http://$(HOST):$(PORT)/"
	@echo "make test  - set up everything and run the whole test suite"
	@echo "make serve - the production stack (nginx keeping pages, gunicorn, DEBUG off) at http://$(HOST):$(PORT)/"
	@echo "make backup - back up the database and the uploads to var/backups/ (a dated pair of files)"
	@echo "make restore ARCHIVE=path - restore such a backup (either file of the pair), replacing the database"
	@echo "make bench - load benchmark of the production stack (nginx, PostgreSQL, Redis, wrk)"

$(PY):
	@if [ -z "$(PYTHON)" ]; then \
		echo "Python 3.12 or newer is required (Django 6.1). Install it, e.g. 'pyenv install 3.12' or your distribution's python3.12 package."; \
		exit 1; fi
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP)/requirements: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	@mkdir -p $(STAMP) && touch $@

$(STAMP)/requirements-dev: requirements-dev.txt requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@mkdir -p $(STAMP) && touch $@ $(STAMP)/requirements

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# Rebuilt when the build, the styles, the templates or the template tags (which name the
# icons) change.
static/build/.built: node_modules/.package-lock.json scripts/build-assets.mjs \
		$(wildcard static/scss/*.scss) $(shell find templates -name '*.html') \
		$(wildcard */templatetags/*.py)
	npm run --silent build
	@touch $@

assets: static/build/.built

messages: $(STAMP)/requirements
	DJANGO_DEBUG=1 $(MANAGE) compilemessages --ignore=$(VENV) --ignore=node_modules -v 0

run: $(STAMP)/requirements assets messages pango
	DJANGO_DEBUG=1 $(MANAGE) migrate --no-input -v 0
	DJANGO_DEBUG=1 $(MANAGE) seed_content
	DJANGO_DEBUG=1 DJANGO_ALLOWED_HOSTS="$${DJANGO_ALLOWED_HOSTS:-localhost,127.0.0.1,[::1],$(HOST)}" \
		$(MANAGE) runserver $(HOST):$(PORT)

# The production stack on this machine, as deployed (scripts/serve.sh): nginx with the
# project's rendered configuration on HOST:PORT, keeping the public pages and serving the
# static files and uploads, in front of gunicorn (deploy/gunicorn.conf.py) on PORT+1 with
# DEBUG off; JSON logs on stdout. Plain HTTP on loopback, so no secure-only cookies and no
# HSTS; a secret key is made once and kept in var/ (docs/deploy.md: a real server).
SERVE_ENV = DJANGO_DEBUG=0 \
	DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$(cat var/secret-key)}" \
	DJANGO_SECURE_COOKIES="$${DJANGO_SECURE_COOKIES:-0}" \
	DJANGO_HSTS_SECONDS="$${DJANGO_HSTS_SECONDS:-0}" \
	DJANGO_SERVE_MEDIA="$${DJANGO_SERVE_MEDIA:-0}" \
	DJANGO_TRUSTED_PROXY_COUNT="$${DJANGO_TRUSTED_PROXY_COUNT:-1}" \
	DJANGO_ALLOWED_HOSTS="$${DJANGO_ALLOWED_HOSTS:-localhost,127.0.0.1,[::1]}"

var/secret-key:
	@mkdir -p var
	@$(PY) -c 'import secrets; print(secrets.token_urlsafe(50))' > $@
	@chmod 600 $@

serve: $(STAMP)/requirements assets messages var/secret-key nginx pango
	$(SERVE_ENV) $(MANAGE) collectstatic --no-input -v 0
	$(SERVE_ENV) $(MANAGE) migrate --no-input -v 0
	$(SERVE_ENV) $(MANAGE) seed_content
	$(SERVE_ENV) HOST=$(HOST) PORT=$(PORT) bash scripts/serve.sh

# Backups of the local (`make run`) site with django-dbbackup (operations/backups.py): the
# database and MEDIA_ROOT as a pair of dated files in var/backups/ (DJANGO_BACKUP_DIR
# changes where). A restore replaces the database, then migrates it to this version.
backup: $(STAMP)/requirements
	DJANGO_DEBUG=1 $(MANAGE) sitebackup

restore: $(STAMP)/requirements
	@if [ -z "$(ARCHIVE)" ]; then \
		echo "Usage: make restore ARCHIVE=var/backups/pariopportunita-YYYYmmdd-HHMMSS-database.sqlite3.gz"; \
		exit 1; fi
	DJANGO_DEBUG=1 $(MANAGE) siterestore "$(ARCHIVE)"
	DJANGO_DEBUG=1 $(MANAGE) migrate --no-input -v 0

# Debian packages some targets need: installed when missing and running as root on
# Debian, otherwise a clear message. $(call debian_install,check,packages,what for): the
# check is a shell command that succeeds when they are there.
define debian_install
	@if ! ( $(1) ); then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "Installing $(2) from Debian's packages for $(3)"; \
			(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) >/dev/null; \
		else \
			echo "Debian's $(2) is needed for $(3): install it (apt-get install $(2))."; \
			exit 1; \
		fi; \
	fi
endef

# A package that brings a command. $(call debian_package,command,package,what for)
debian_package = $(call debian_install,command -v $(1) >/dev/null 2>&1 || [ -x /usr/sbin/$(1) ],$(2),$(3))

# Packages that bring shared libraries. $(call debian_library,library files,packages,what for)
debian_library = $(call debian_install,for lib in $(1); do $$(command -v ldconfig || echo /sbin/ldconfig) -p 2>/dev/null | grep -q "$$lib" || exit 1; done,$(2),$(3))

# The pocket card's PDF (pocketcard/, WeasyPrint) is laid out by Pango and HarfBuzz.
pango:
	$(call debian_library,libpango-1.0.so.0 libpangoft2-1.0.so.0 libharfbuzz-subset.so.0,libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0,the pocket card's PDF)

# The browser tests drive Debian's Chromium (Playwright never downloads a browser here).
chromium:
	$(call debian_package,chromium,chromium,the browser tests)

# nginx with deploy/nginx/'s configuration, for `make serve` and the integration tests
# (tests/integration/): started on a loopback port, never as a service.
nginx:
	$(call debian_package,nginx,nginx,make serve and the integration tests)

# PostgreSQL and Redis: the tests that need a real server use the running one, or start a
# throw-away one from these binaries (tests/services.py); never started as a service here.
postgresql:
	$(call debian_package,pg_ctlcluster,postgresql,the tests of the production stack)

redis:
	$(call debian_package,redis-server,redis-server,the tests of the shared cache)

# The load benchmark measures with wrk.
wrk:
	$(call debian_package,wrk,wrk,the benchmark)

test: $(STAMP)/requirements-dev assets messages chromium nginx postgresql redis pango
	DJANGO_SECRET_KEY=test-only-secret-key $(VENV)/bin/pytest $(PYTEST_ARGS)

lint: $(STAMP)/requirements-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)/requirements-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Refresh every language's catalogue after changing interface strings (then translate the
# new entries of each .po file: a test fails while one is empty or fuzzy).
makemessages: $(STAMP)/requirements
	DJANGO_DEBUG=1 $(MANAGE) makemessages --all --ignore=$(VENV) --ignore=node_modules --ignore=static/build --no-obsolete

clean:
	rm -rf $(VENV) node_modules static/build staticfiles

# Bytes transferred (compressed) for a first visit of the home page and a second page, in
# Italian, Arabic and Macedonian (bench/page_weight.py); fails when one is over its target.
weight: $(STAMP)/requirements-dev assets messages chromium
	$(PY) bench/page_weight.py

# Load benchmark of the production stack as deployed (bench/run.py): nginx with the rendered
# configuration in front of two gunicorn instances on loopback, with the seed content and
# with a generated large data set, each in a throw-away PostgreSQL database; measures the
# targets of issue 16 through nginx (cached pages against static files, 256 connections,
# rendered pages' p99, an admin edit, every sitemap page with the app stopped) and writes
# bench/results/latest.md and latest.json. BENCH_DURATION=5 BENCH_SHORT_DURATION=3
# BENCH_DATASETS=seed for a quick look.
bench: $(STAMP)/requirements-dev assets messages wrk nginx
	$(PY) bench/run.py
