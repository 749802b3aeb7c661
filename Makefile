# Young Cities Academy: two commands, `make run` and `make test`.
# Everything installs into .venv; nothing outside the checkout is touched.

VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?= -n 2

# Finds the newest Python >= 3.12 by *running* each candidate: pyenv shims answer
# `command -v` but fail when their version is not selected, so only a real run counts.
define FIND_PYTHON
best=""; best_rank=0; \
pyenv_root=$$(pyenv root 2>/dev/null || echo "$$HOME/.pyenv"); \
for candidate in python3.14 python3.13 python3.12 \
    $$(ls -d "$$pyenv_root"/versions/3.*/bin/python3 /usr/local/bin/python3.1[2-9] /usr/bin/python3.1[2-9] 2>/dev/null) python3; do \
  found=$$("$$candidate" -c 'import sys; v = sys.version_info; print(v[0] * 1000 + v[1], sys.executable) if v >= (3, 12) else sys.exit(1)' 2>/dev/null) || continue; \
  rank=$${found%% *}; \
  if [ "$$rank" -gt "$$best_rank" ]; then best_rank=$$rank; best=$${found#* }; fi; \
done; \
if [ -z "$$best" ]; then \
  echo "Young Cities Academy needs Python 3.12 or newer (Django 6.1 requires it). None was found: install python3.13 and run make again." >&2; exit 1; \
fi; \
echo "$$best"
endef

# The H5P player (h5p-standalone) comes from npm at install time and is never committed.
# `npm pack` is used because the package's own `npm install` needs a TTY; the tarball is
# checked against the registry's integrity hash before anything is unpacked.
H5P_PLAYER_VERSION := 3.8.2
H5P_PLAYER_INTEGRITY := sha512-r7eQtTzBk/dbaQZ+tA9XD5FeSmyMxlypRZXudiheCnC8zAT0/zNgUvO4MZtZaznwfYVo98o7do5uxLTUQrxxwg==
H5P_PLAYER_DIR := lms/static/vendor/h5p-standalone

.PHONY: run test bench lint messages translations player debian-packages clean-venv help stack stack-up stack-down load lighthouse

help:
	@echo "make run    install, migrate, load the demo catalogue and serve http://$(HOST):$(PORT)/"
	@echo "make test   install, lint and run the whole test suite"
	@echo "make bench  run the benchmarks in tests/benchmarks/"
	@echo "make player fetch the H5P player (h5p-standalone) from npm into $(H5P_PLAYER_DIR)"
	@echo "make stack  the production stack on this machine (nginx, 2 gunicorn, db_worker) at https://127.0.0.1:8443/; Ctrl-C stops it"
	@echo "make stack-up / stack-down  start it in the background (returns once it answers) / stop it"
	@echo "make load   load test of the stack with Locust (USERS=50 DURATION=60s), then check every write in the database"
	@echo "make lighthouse  Lighthouse (mobile) on the stack's main pages in Arabic: performance >= 95, accessibility 100"

$(VENV)/.runtime: requirements.txt
	@if [ -x $(PY) ] && ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
	  echo "Removing $(VENV): it was made with a Python older than 3.12."; rm -rf $(VENV); fi
	@if [ ! -x $(PY) ]; then \
	  interpreter=$$($(FIND_PYTHON)) || exit 1; \
	  echo "Creating $(VENV) with $$interpreter"; \
	  "$$interpreter" -m venv $(VENV); \
	fi
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

# Compiled with polib (a wagtail-localize dependency) so that no gettext install is needed.
translations: $(VENV)/.runtime
	@$(PY) -c "import glob, polib; [polib.pofile(p).save_as_mofile(p[:-3] + '.mo') for p in glob.glob('locale/*/LC_MESSAGES/*.po')]"

player: $(VENV)/.runtime
	@if [ "$$(cat $(H5P_PLAYER_DIR)/VERSION 2>/dev/null)" = "$(H5P_PLAYER_VERSION)" ]; then exit 0; fi; \
	if ! command -v npm >/dev/null 2>&1; then \
	  echo "npm was not found: the H5P player is not installed, and H5P activities will say so."; exit 0; fi; \
	work=$$(mktemp -d); \
	if ! (cd "$$work" && npm pack --silent h5p-standalone@$(H5P_PLAYER_VERSION) >/dev/null); then \
	  echo "npm could not fetch h5p-standalone: the H5P player is not installed."; rm -rf "$$work"; exit 0; fi; \
	tarball="$$work/h5p-standalone-$(H5P_PLAYER_VERSION).tgz"; \
	actual=$$($(PY) -c "import base64, hashlib, sys; print('sha512-' + base64.b64encode(hashlib.sha512(open(sys.argv[1], 'rb').read()).digest()).decode())" "$$tarball"); \
	if [ "$$actual" != "$(H5P_PLAYER_INTEGRITY)" ]; then \
	  echo "h5p-standalone $(H5P_PLAYER_VERSION) does not match its integrity hash; refusing to install it." >&2; rm -rf "$$work"; exit 1; fi; \
	tar -xzf "$$tarball" -C "$$work"; \
	rm -rf $(H5P_PLAYER_DIR); mkdir -p $(dir $(H5P_PLAYER_DIR)); \
	cp -r "$$work/package/dist" $(H5P_PLAYER_DIR); cp "$$work/package/LICENSE" $(H5P_PLAYER_DIR)/LICENSE; \
	echo "$(H5P_PLAYER_VERSION)" > $(H5P_PLAYER_DIR)/VERSION; rm -rf "$$work"; \
	echo "Installed the H5P player h5p-standalone $(H5P_PLAYER_VERSION) in $(H5P_PLAYER_DIR)."

run: $(VENV)/.runtime translations player
	$(PY) manage.py migrate --no-input
	$(PY) manage.py generate_badge_key --if-missing
	$(PY) manage.py move_private_files
	$(PY) manage.py load_demo
	$(PY) manage.py runserver $(HOST):$(PORT)

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Debian packages the suite needs (browser, PDF and QR tools, fonts): installed as root with apt-get,
# otherwise listed, and the tests that need them skip with a reason. `.ci/run` gets them the same way.
debian-packages:
	@bash .ci/debian-packages

test: debian-packages $(VENV)/.dev translations player lint
	$(VENV)/bin/pytest $(PYTEST_ARGS) --ignore=tests/benchmarks

bench: $(VENV)/.dev translations player
	$(VENV)/bin/pytest tests/benchmarks -p no:xdist -s -q

# Re-extracts UI strings into locale/*/LC_MESSAGES/django.po after code changes.
messages: $(VENV)/.runtime
	$(PY) manage.py makemessages --locale ar --locale fr --ignore '.venv/*' --ignore 'tests/*' --no-obsolete
	$(PY) manage.py makemessages --domain djangojs --locale ar --locale fr --ignore '.venv/*' --ignore 'static/*' --ignore 'lms/static/vendor/*' --no-obsolete

# The production stack on one machine (lms/deploy/stack.sh): runtime files in .stack/.
stack: $(VENV)/.runtime translations player
	@bash lms/deploy/stack.sh run

stack-up: $(VENV)/.runtime translations player
	@bash lms/deploy/stack.sh up

stack-down:
	@bash lms/deploy/stack.sh down

# Load test (tests/load/): Locust drives the stack on loopback, bounded in users and time; locust goes into
# the venv here only (not for `make test`). The stack is left running: `make stack-down` stops it.
USERS ?= 50
DURATION ?= 60s
$(VENV)/.load: $(VENV)/.runtime requirements-load.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-load.txt
	@touch $@

load: $(VENV)/.load
	@$(MAKE) --no-print-directory stack-up
	$(PY) tests/load/run.py --users $(USERS) --duration $(DURATION)

# Lighthouse (tests/lighthouse/, pinned in its package-lock.json; 12.2.3 is the last release for Node 20) with the
# Debian Chromium, on the stack; npm installs it there only (not for `make test`). The stack is left running.
tests/lighthouse/node_modules/.bin/lighthouse: tests/lighthouse/package-lock.json
	cd tests/lighthouse && npm ci --no-audit --no-fund --silent
	@touch $@

lighthouse: $(VENV)/.runtime tests/lighthouse/node_modules/.bin/lighthouse
	@$(MAKE) --no-print-directory stack-up
	$(PY) tests/lighthouse/run.py

clean-venv:
	rm -rf $(VENV)
