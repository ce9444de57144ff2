"""Make migrations app by app, each app after the apps it points to.

``makemigrations`` for all apps at once splits an app's changes across two
migrations whenever that app points to another app changed in the same run.
Making them one app at a time, dependencies first, gives one migration per
changed app (two only where relations form a cycle).
"""

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand


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


class Command(BaseCommand):
    help = (
        "Make migrations for the project's apps, one app at a time, dependencies first."
    )

    def handle(self, *args, **options) -> None:
        configs = [c for c in apps.get_app_configs() if c.name.startswith("apps.")]
        for label in dependency_order(configs):
            call_command(
                "makemigrations",
                label,
                interactive=False,
                verbosity=options["verbosity"],
            )
