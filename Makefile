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

.PHONY: run test bench lint messages translations clean-venv help

help:
	@echo "make run    install, migrate, load the demo catalogue and serve http://$(HOST):$(PORT)/"
	@echo "make test   install, lint and run the whole test suite"
	@echo "make bench  run the benchmarks in tests/benchmarks/"

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

run: $(VENV)/.runtime translations
	$(PY) manage.py migrate --no-input
	$(PY) manage.py generate_badge_key --if-missing
	$(PY) manage.py load_demo
	$(PY) manage.py runserver $(HOST):$(PORT)

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: $(VENV)/.dev translations lint
	$(VENV)/bin/pytest $(PYTEST_ARGS) --ignore=tests/benchmarks

bench: $(VENV)/.dev translations
	$(VENV)/bin/pytest tests/benchmarks -p no:xdist -s -q

# Re-extracts UI strings into locale/*/LC_MESSAGES/django.po after code changes.
messages: $(VENV)/.runtime
	$(PY) manage.py makemessages --locale ar --locale fr --ignore '.venv/*' --ignore 'tests/*' --no-obsolete
	$(PY) manage.py makemessages --domain djangojs --locale ar --locale fr --ignore '.venv/*' --ignore 'static/*' --ignore 'lms/static/vendor/*' --no-obsolete

clean-venv:
	rm -rf $(VENV)
