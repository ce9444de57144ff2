"""Make migrations app by app, each app after the apps it points to.

``makemigrations`` for all apps at once splits an app's changes across two
migrations whenever that app points to another app changed in the same run.
Making them one app at a time, dependencies first, gives one migration per
changed app (two only where relations form a cycle).

``--renames`` (written by django-genome's post-update hook from the genome's
``renamed_from`` keys) turns renames into RenameModel and RenameField operations,
in the same migration as the app's other changes: Django's autodetector would
otherwise drop the old column and add an empty new one. Every app's renames are
written before the first ``makemigrations``, which compares the whole project
whichever app it writes for.

Before any migration is written, the rows of the database (``DATABASE_URL``) are
checked against the genome's rules that their tables do not hold yet: rows that
break a new rule stop the command, which says how many of which entity break which
rule. A database without the tables, or without a server, has nothing to check.

A run that fails leaves no migration behind, so it can simply be run again.
"""

import importlib
import json
import sys
from pathlib import Path

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection, migrations, models, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.operations.base import Operation
from django.db.migrations.writer import MigrationWriter


def dependency_order(configs) -> list[str]:
    """App labels, each after the apps its models point to (cycles broken)."""
    labels = {config.label for config in configs}
    points_to = {}
    for config in configs:
        targets = set()
        for model in config.get_models():
            for field in model._meta.get_fields():
                if field.is_relation and not field.auto_created and field.related_model:
                    target = field.related_model._meta.app_label
                    if target != config.label and target in labels:
                        targets.add(target)
        points_to[config.label] = sorted(targets)

    order: list[str] = []
    visiting: set[str] = set()

    def visit(label: str) -> None:
        if label in order or label in visiting:
            return
        visiting.add(label)
        for target in points_to[label]:
            visit(target)
        visiting.discard(label)
        order.append(label)

    for label in sorted(points_to):
        visit(label)
    return order


def new_migration(
    name: str, label: str, dependencies: list, operations: list[Operation]
) -> migrations.Migration:
    """A migration built as Django's autodetector builds one: a subclass holds the
    lists, which Migration declares on the class."""
    attrs = {"dependencies": dependencies, "operations": operations}
    return type("Migration", (migrations.Migration,), attrs)(name, label)


def rename_operations(plan: dict) -> list[Operation]:
    operations: list[Operation] = []
    model = plan.get("model")
    if model:
        operations.append(migrations.RenameModel(old_name=model[0], new_name=model[1]))
    for model_name, old_name, new_name in plan.get("fields", []):
        operations.append(
            migrations.RenameField(
                model_name=model_name.lower(), old_name=old_name, new_name=new_name
            )
        )
    return operations


def broken_rules(configs) -> list[str]:
    """For each rule new to the database, the rows that break it, in a sentence."""
    found = []
    try:
        with connection.cursor() as cursor:
            tables = set(connection.introspection.table_names(cursor))
            for config in configs:
                for model in config.get_models():
                    if model._meta.db_table in tables:
                        held = connection.introspection.get_constraints(
                            cursor, model._meta.db_table
                        )
                        found += broken_rows(model, held)
    except DatabaseError:
        return []  # No database to check: nothing to break.
    return found


def broken_rows(model: type[models.Model], held: dict) -> list[str]:
    found = []
    for rule in model._meta.constraints:
        if not isinstance(rule, models.CheckConstraint) or rule.name in held:
            continue
        try:
            with transaction.atomic():
                count = model._base_manager.exclude(rule.condition).count()
        except DatabaseError:
            continue  # A column the migration adds: its rows get their default.
        if count:
            rows = "1 row" if count == 1 else f"{count} rows"
            breaks = "breaks" if count == 1 else "break"
            found.append(
                f"{rows} of {model.__name__} {breaks} the rule {rule.name} "
                f"({rule.violation_error_message})"
            )
    return found


def migration_files(label: str) -> set[Path]:
    folder = Path(apps.get_app_config(label).path) / "migrations"
    return set(folder.glob("0*.py"))


class Command(BaseCommand):
    help = (
        "Make migrations for the project's apps, one app at a time, dependencies first."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--renames",
            help="A JSON file: {app_label: {model: [old, new], fields: [[model, old, new]]}}.",
        )

    def handle(self, *args, **options) -> None:
        renames = (
            json.loads(Path(options["renames"]).read_text())
            if options["renames"]
            else {}
        )
        configs = [c for c in apps.get_app_configs() if c.name.startswith("apps.")]
        broken = broken_rules(configs)
        if broken:
            raise CommandError(
                "The database has rows that break rules this update adds, so no "
                "migration was made:\n  "
                + "\n  ".join(broken)
                + "\nChange those rows (in the admin or manage.py shell), or the rules "
                "in genome.yml, then run: python manage.py genome_finish"
            )
        before = {config.label: migration_files(config.label) for config in configs}
        try:
            renamed = {
                label: self.write_renames(label, plan)
                for label, plan in renames.items()
            }
            for label in dependency_order(configs):
                existing = migration_files(label)
                call_command(
                    "makemigrations",
                    label,
                    interactive=False,
                    verbosity=options["verbosity"],
                )
                made = migration_files(label) - existing
                if label in renamed and len(made) == 1:
                    self.merge(label, renamed[label], made.pop())
        except BaseException:
            # makemigrations exits (SystemExit) when it cannot decide alone.
            for label, files in before.items():
                for path in migration_files(label) - files:
                    path.unlink()
            raise

    def write_renames(self, label: str, plan: dict) -> Path:
        """A migration holding the renames, so the autodetector sees them done."""
        loader = MigrationLoader(None, ignore_no_migrations=True)
        leaves = loader.graph.leaf_nodes(label)
        number = max((int(name[:4]) for _, name in leaves), default=0) + 1
        migration = new_migration(
            f"{number:04d}_genome_renames", label, leaves, rename_operations(plan)
        )
        writer = MigrationWriter(migration)
        path = Path(writer.path)
        path.write_text(writer.as_string())
        return path

    def merge(self, label: str, renamed: Path, path: Path) -> None:
        """Fold the migration makemigrations just made into the renames: one migration.

        (Where relations form a cycle makemigrations makes two, which stay apart.)
        """
        package = f"{apps.get_app_config(label).name}.migrations"
        first = importlib.import_module(f"{package}.{renamed.stem}").Migration
        second = importlib.import_module(f"{package}.{path.stem}").Migration
        dependencies = [
            *first.dependencies,
            *(d for d in second.dependencies if d != (label, renamed.stem)),
        ]
        operations = [*first.operations, *second.operations]
        migration = new_migration(renamed.stem, label, dependencies, operations)
        renamed.write_text(MigrationWriter(migration).as_string())
        path.unlink()
        # The next app's makemigrations must load the merged file, not the cached one.
        for stem in (renamed.stem, path.stem):
            sys.modules.pop(f"{package}.{stem}", None)
