# django-genome: `make demo` and `make test` each set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
GENOME ?= examples/project_management.yml
DEMO_DIR ?= demo

.PHONY: setup demo test lint schema clean

setup: $(VENV)/.installed

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

lint: setup
	$(BIN)/ruff check extensions hooks tests benchmarks
	$(BIN)/ruff format --check extensions hooks tests benchmarks

schema: setup
	cd extensions && ../$(BIN)/python -m genome.schema > ../docs/genome.schema.json

clean:
	rm -rf $(VENV) $(DEMO_DIR)
