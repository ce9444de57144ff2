"""`copier update` brings genome changes to a living project: one migration per
changed app, data kept, the user's code kept, silent removals refused.

Each scenario copies a project from a git copy of the template, migrates a real
PostgreSQL database and writes rows, edits genome.yml, commits, runs
`copier update --trust --defaults --data-file genome.yml`, and reads the rows back.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import (
    EXAMPLES,
    GENERATED_TESTS_SERIAL,
    ROOT,
    TEMPLATE_PARTS,
    copy_template,
    database_url,
    git_commit,
    sh,
)

COPIER = str(Path(sys.executable).parent / "copier")


class Project:
    def __init__(self, root: Path, template: Path):
        self.root = root
        self.template = template
        self.database = database_url(root.name)
        self.env = {
            **os.environ,
            "GENOME_PYTHON": sys.executable,
            "GENOME_STRICT": "1",
            "DATABASE_URL": self.database,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            **GENERATED_TESTS_SERIAL,
        }

    def copy(self, genome: dict) -> None:
        data = self.root.parent / f"{self.root.name}-genome.yml"
        data.write_text(yaml.safe_dump(genome, sort_keys=False))
        sh(
            COPIER,
            "copy",
            "--trust",
            "--defaults",
            "--data-file",
            str(data),
            str(self.template),
            str(self.root),
            cwd=self.root.parent,
            env=self.env,
        )
        sh("git", "init", "-q", cwd=self.root)
        git_commit(self.root, "generated")

    @property
    def genome(self) -> dict:
        return yaml.safe_load((self.root / "genome.yml").read_text())

    def change(self, genome: dict) -> None:
        (self.root / "genome.yml").write_text(yaml.safe_dump(genome, sort_keys=False))
        git_commit(self.root, "genome changed")

    def update(self, check: bool = True) -> subprocess.CompletedProcess:
        return sh(
            COPIER,
            "update",
            "--trust",
            "--defaults",
            "--data-file",
            "genome.yml",
            cwd=self.root,
            env=self.env,
            check=check,
        )

    def manage(self, *args: str) -> str:
        return sh(sys.executable, "manage.py", *args, cwd=self.root, env=self.env).stdout

    def python(self, code: str) -> str:
        return self.manage("shell", "--no-imports", "-c", code).strip()

    def migrations(self) -> dict[str, str]:
        return {
            str(path.relative_to(self.root)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(self.root.glob("apps/*/migrations/0*.py"))
        }

    def status(self) -> list[str]:
        return sh("git", "status", "--porcelain", cwd=self.root).stdout.splitlines()

    def psql(self, command: str, check: bool = True) -> None:
        sh("psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", command, cwd=self.root.parent, check=check)

    def create_database(self) -> None:
        """The project's database, as the copy's hook creates it."""
        self.psql(f'CREATE DATABASE "{self.database.rsplit("/", 1)[1]}"')

    def drop(self) -> None:
        name = self.database.rsplit("/", 1)[1]
        for database in (name, f"test_{name}"):
            self.psql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)', check=False)


@pytest.fixture(scope="session")
def notebook(template_repo, tmp_path_factory) -> Path:
    """The minimal example copied once, its hook and generated tests run, committed.

    Each scenario starts from a copy of it with a database of its own, so that it
    runs the generated tests once, after its update, not also after a copy.
    """
    made = Project(tmp_path_factory.mktemp("notebook") / "notebook", template_repo)
    made.copy(yaml.safe_load((EXAMPLES / "minimal.yml").read_text()))
    made.drop()
    return made.root


@pytest.fixture
def project(notebook, template_repo, tmp_path):
    made = Project(tmp_path / "notebook", template_repo)
    shutil.copytree(notebook, made.root, symlinks=True)
    made.create_database()
    made.manage("migrate", "--no-input")
    made.python(
        "from apps.users.models import Workspace; from apps.note.models import Note; "
        "w = Workspace.objects.create(name='W'); "
        "Note.objects.create(workspace=w, title='First', body='kept')"
    )
    yield made
    made.drop()


NOTE_TITLE = "from apps.note.models import Note; print(Note.objects.get().title)"


def fields(genome: dict, entity: str = "Note") -> list[dict]:
    return next(e for e in genome["entities"] if e["name"] == entity)["fields"]


def assert_finished(project: Project, before: dict[str, str], new: set[str]) -> None:
    """Old migrations untouched, exactly the expected new ones, no drift, tests passed."""
    after = project.migrations()
    assert {k: v for k, v in after.items() if k in before} == before
    assert set(after) - set(before) == new
    project.manage("makemigrations", "--check", "--dry-run")


def test_add_a_field(project):
    before = project.migrations()
    genome = project.genome
    fields(genome).append({"name": "pinned", "type": "boolean", "filter": True})
    project.change(genome)
    result = project.update()
    assert " passed" in result.stderr
    assert_finished(project, before, {"apps/note/migrations/0002_note_pinned.py"})
    project.manage("migrate", "--no-input")
    assert (
        project.python("from apps.note.models import Note; n = Note.objects.get(); print(n.title, n.pinned)")
        == "First False"
    )


def test_a_new_required_field_takes_its_default_on_existing_rows(project):
    genome = project.genome
    fields(genome).append({"name": "priority", "type": "integer", "required": True, "default": 3})
    project.change(genome)
    project.update()
    project.manage("migrate", "--no-input")
    assert project.python("from apps.note.models import Note; print(Note.objects.get().priority)") == "3"


def test_a_new_required_field_without_default_is_refused(project):
    before_status = project.status()
    genome = project.genome
    fields(genome).append({"name": "priority", "type": "integer", "required": True})
    project.change(genome)
    result = project.update(check=False)
    assert result.returncode != 0
    assert "entities[0].fields[2].default" in result.stderr
    assert "Traceback" not in result.stderr
    assert project.status() == before_status


def test_a_silent_removal_is_refused_with_nothing_changed(project):
    before = project.migrations()
    genome = project.genome
    fields(genome)[:] = [f for f in fields(genome) if f["name"] != "body"]
    project.change(genome)
    result = project.update(check=False)
    assert result.returncode != 0
    assert "Note.body is in the previous genome and gone" in result.stderr
    assert "removed: true" in result.stderr
    assert project.status() == []
    assert project.migrations() == before
    assert project.python("from apps.note.models import Note; print(Note.objects.get().body)") == "kept"


def test_remove_a_field_by_tombstone(project):
    genome = project.genome
    next(f for f in fields(genome) if f["name"] == "body")["removed"] = True
    project.change(genome)
    project.update()
    project.manage("migrate", "--no-input")
    columns = project.python(
        "from django.db import connection; "
        "print(sorted(c.name for c in connection.introspection.get_table_description(connection.cursor(), 'note_note')))"
    )
    assert "'body'" not in columns
    assert project.python(NOTE_TITLE) == "First"


def test_rename_a_field_keeps_its_data(project):
    before = project.migrations()
    genome = project.genome
    body = next(f for f in fields(genome) if f["name"] == "body")
    body.update(name="content", renamed_from="body")
    project.change(genome)
    project.update()
    new = set(project.migrations()) - set(before)
    assert len(new) == 1
    assert "RenameField" in (project.root / new.pop()).read_text()
    project.manage("migrate", "--no-input")
    assert project.python("from apps.note.models import Note; print(Note.objects.get().content)") == "kept"


def test_add_an_entity_related_to_an_existing_one(project):
    before = project.migrations()
    genome = project.genome
    genome["entities"].append(
        {
            "name": "Tag",
            "fields": [{"name": "label", "type": "string", "required": True}],
            "relations": [{"name": "note", "to": "Note", "required": True}],
        }
    )
    project.change(genome)
    project.update()
    assert_finished(project, before, {"apps/tag/migrations/0001_initial.py"})
    assert "('note', '0001_initial')" in (
        project.root / "apps/tag/migrations/0001_initial.py"
    ).read_text().replace('"', "'")
    project.manage("migrate", "--no-input")
    assert project.python(NOTE_TITLE) == "First"


def test_turning_on_soft_delete_and_audit(project):
    """One migration adds deleted_at; the audit log app arrives with its own."""
    before = project.migrations()
    genome = project.genome
    note = next(e for e in genome["entities"] if e["name"] == "Note")
    note |= {"soft_delete": True, "audit": True}
    project.change(genome)
    result = project.update()
    assert " passed" in result.stderr
    assert_finished(
        project,
        before,
        {"apps/note/migrations/0002_note_deleted_at.py", "apps/audit/migrations/0001_initial.py"},
    )
    project.manage("migrate", "--no-input")
    assert (
        project.python(
            "from apps.note.models import Note; n = Note.objects.get(); n.soft_delete(); "
            "print(Note.objects.count(), Note.all_objects.count())"
        )
        == "0 1"
    )


def test_user_code_and_a_hand_edit_survive_an_update(project):
    models = project.root / "apps" / "note" / "models.py"
    models.write_text(
        models.read_text() + "\n    def shout(self) -> str:\n        return self.title.upper()\n"
    )
    generated = project.root / "apps" / "note" / "generated" / "views.py"
    hand_edit = "    # Reviewed by hand: keep the queryset below.\n"
    generated.write_text(generated.read_text().replace("    queryset = ", hand_edit + "    queryset = "))
    git_commit(project.root, "my code")
    genome = project.genome
    fields(genome).append({"name": "pinned", "type": "boolean"})
    project.change(genome)
    project.update()
    assert "def shout(self)" in models.read_text()
    assert hand_edit in generated.read_text()
    project.manage("migrate", "--no-input")
    assert project.python("from apps.note.models import Note; print(Note.objects.get().shout())") == "FIRST"


def test_a_serializer_of_yours_that_fills_a_field_from_the_request_keeps_the_tests_passing(project):
    """Your NoteSerializer sets title from the signed-in user: the generated tests of
    what clients may send in title skip, saying why, and every other test passes."""
    serializers = project.root / "apps" / "note" / "serializers.py"
    signed_in_email = (
        "class SignedInEmail:\n"
        "    requires_context = True\n\n"
        "    def __call__(self, field):\n"
        '        return field.context["request"].user.email\n\n\n'
    )
    serializers.write_text(
        serializers.read_text()
        .replace(
            "from apps.note.generated", "from rest_framework import serializers\n\nfrom apps.note.generated"
        )
        .replace("class NoteSerializer", signed_in_email + "class NoteSerializer")
        .replace(
            '    """Validates note input; responds with NoteReadSerializer."""\n',
            '    """Validates note input; responds with NoteReadSerializer."""\n\n'
            "    title = serializers.HiddenField(default=SignedInEmail())\n",
        )
    )
    git_commit(project.root, "my serializer")
    genome = project.genome
    fields(genome).append({"name": "pinned", "type": "boolean"})
    project.change(genome)
    assert " passed" in project.update().stderr
    assert "HiddenField(default=SignedInEmail())" in serializers.read_text()
    tests = sh(
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-rs",
        "-p",
        "no:cacheprovider",
        "apps/note",
        cwd=project.root,
        env=project.env,
    )
    assert "NoteSerializer sets title itself, so no client sends it" in tests.stdout


def test_a_conflicted_update_stops_before_migrations_and_genome_finish_completes_it(project):
    before = project.migrations()
    generated = project.root / "apps" / "note" / "generated" / "serializers.py"
    text = generated.read_text()
    assert "read_only_fields = fields\n" in text
    generated.write_text(text.replace("read_only_fields = fields\n", "read_only_fields = fields  # all\n"))
    git_commit(project.root, "hand edit where the genome will change")
    genome = project.genome
    fields(genome).append({"name": "pinned", "type": "boolean"})
    project.change(genome)
    result = project.update(check=False)
    assert result.returncode != 0
    assert "python manage.py genome_finish" in result.stderr
    assert project.migrations() == before
    text = generated.read_text()
    assert "<<<<<<<" in text
    resolved = re.sub(r"<<<<<<< .*?\n(.*?)=======\n.*?>>>>>>> .*?\n", r"\1", text, flags=re.DOTALL)
    generated.write_text(resolved)
    finished = project.manage("genome_finish")
    assert "The update is finished." in finished
    assert set(project.migrations()) - set(before) == {"apps/note/migrations/0002_note_pinned.py"}


def test_a_failed_update_step_fails_copier_and_genome_finish_completes_it(project):
    """Without GENOME_STRICT too: copier deletes nothing on a failed update, so the
    command fails and says how to finish; the renames wait for genome_finish."""
    del project.env["GENOME_STRICT"]
    before = project.migrations()
    models = project.root / "apps" / "note" / "models.py"
    mine = models.read_text().replace("\nfrom ", "\nfrom django.db import models\nfrom ", 1)
    models.write_text(mine + "\n    reviewer = models.CharField(max_length=40)\n")
    git_commit(project.root, "my field, without a default for the existing rows")
    genome = project.genome
    next(f for f in fields(genome) if f["name"] == "body").update(name="content", renamed_from="body")
    project.change(genome)
    result = project.update(check=False)
    assert result.returncode != 0
    assert "making migrations failed" in result.stderr
    assert "Field 'reviewer' on model 'note' not migrated" in result.stderr
    assert "the update is not finished" in result.stderr
    assert "run in the project: python manage.py genome_finish" in result.stderr
    assert project.migrations() == before
    assert (project.root / ".genome-renames.json").is_file()

    models.write_text(mine + "\n    reviewer = models.CharField(max_length=40, default='')\n")
    assert "The update is finished." in project.manage("genome_finish")
    assert not (project.root / ".genome-renames.json").exists()
    assert_finished(project, before, {"apps/note/migrations/0002_genome_renames.py"})
    migration = (project.root / "apps/note/migrations/0002_genome_renames.py").read_text()
    assert "RenameField" in migration
    assert "AddField" in migration
    project.manage("migrate", "--no-input")
    assert project.python("from apps.note.models import Note; print(Note.objects.get().content)") == "kept"


def test_a_new_rule_is_one_migration_once_no_row_breaks_it(project):
    """Rows that break a new rule stop the update before any migration is written."""
    before = project.migrations()
    genome = project.genome
    genome["entities"][0]["rules"] = [{"check": "title != 'First'", "message": "Not the first."}]
    project.change(genome)
    result = project.update(check=False)
    assert result.returncode != 0
    assert "1 row of Note breaks the rule note_title_ne_first_check (Not the first.)" in result.stderr
    assert "then run: python manage.py genome_finish" in result.stderr
    assert project.migrations() == before

    project.python("from apps.note.models import Note; Note.objects.update(title='Second')")
    assert "The update is finished." in project.manage("genome_finish")
    new = set(project.migrations()) - set(before)
    assert len(new) == 1
    assert "migrations.AddConstraint(" in (project.root / new.pop()).read_text()
    project.manage("migrate", "--no-input")


def test_rename_an_entity_keeps_its_rows_and_the_users_code(project):
    models = project.root / "apps" / "note" / "models.py"
    models.write_text(
        models.read_text() + "\n    def shout(self) -> str:\n        return self.title.upper()\n"
    )
    git_commit(project.root, "my code")
    genome = project.genome
    note = genome["entities"][0]
    note.update(name="Memo", renamed_from="Note", app_label="note")
    project.change(genome)
    project.update()
    assert "class Memo(MemoBase):" in models.read_text()
    assert "def shout(self)" in models.read_text()
    project.manage("migrate", "--no-input")
    assert project.python("from apps.note.models import Memo; print(Memo.objects.get().shout())") == "FIRST"


def test_a_renamed_entity_must_keep_its_app(project):
    genome = project.genome
    genome["entities"][0].update(name="Memo", renamed_from="Note")
    project.change(genome)
    result = project.update(check=False)
    assert result.returncode != 0
    assert "entities[0].app_label" in result.stderr
    assert "app_label: note" in result.stderr


def test_remove_an_entity_by_tombstone_drops_its_table(project):
    genome = project.genome
    genome["entities"].append({"name": "Tag", "fields": [{"name": "label", "type": "string"}]})
    project.change(genome)
    project.update()
    genome = project.genome
    genome["entities"][0] = {"name": "Note", "removed": True}
    project.change(genome)
    result = project.update()
    assert " passed" in result.stderr
    project.manage("migrate", "--no-input")
    tables = project.python("from django.db import connection; print(connection.introspection.table_names())")
    assert "note_note" not in tables
    assert "tag_tag" in tables


# The last release, by commit, for clones that carry no tags.
PREVIOUS_RELEASE_COMMIT = "4d25d91f81ebfd41616ccc5a42664dfa1af47814"


def previous_release() -> str | None:
    """The newest v* tag, else the last release's commit if this clone has it."""
    tag = subprocess.run(
        ["git", "-C", str(ROOT), "describe", "--tags", "--abbrev=0", "--match", "v*"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    if tag:
        return tag
    has_commit = subprocess.run(
        ["git", "-C", str(ROOT), "cat-file", "-e", f"{PREVIOUS_RELEASE_COMMIT}^{{commit}}"],
        capture_output=True,
        check=False,
    )
    return PREVIOUS_RELEASE_COMMIT if has_commit.returncode == 0 else None


def test_a_project_from_the_previous_release_upgrades_to_this_one(tmp_path):
    tag = previous_release()
    if tag is None:
        pytest.skip(
            f"this clone has no release tag (v*) and no commit {PREVIOUS_RELEASE_COMMIT} to upgrade from"
        )
    repo = tmp_path / "template-repo"
    repo.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", tag, *TEMPLATE_PARTS], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(repo)], input=archive, check=True)
    sh("git", "init", "-q", cwd=repo)
    git_commit(repo, f"release {tag}")
    sh("git", "tag", "v0.0.1", cwd=repo)
    copy_template(repo)
    git_commit(repo, "working tree")
    sh("git", "tag", "v0.0.2", cwd=repo)

    project = Project(tmp_path / "acme", repo)
    try:
        # The example as the release had it: a genome may use keys added since.
        data = tmp_path / "genome.yml"
        data.write_text(
            sh("git", "-C", str(ROOT), "show", f"{tag}:examples/project_management.yml", cwd=tmp_path).stdout
        )
        # Finished as the release's hook finishes it, but for its generated tests:
        # they are that release's, not what this test checks, and its factories can
        # draw the same value of a unique field twice.
        sh(
            COPIER,
            "copy",
            "--trust",
            "--defaults",
            "--skip-tasks",
            "--vcs-ref",
            "v0.0.1",
            "--data-file",
            str(data),
            str(repo),
            str(project.root),
            cwd=tmp_path,
            env=project.env,
        )
        project.manage("genome_migrations")
        for command in (("check", "--fix", "--quiet", "."), ("format", "--quiet", ".")):
            sh(sys.executable, "-m", "ruff", *command, cwd=project.root, env=project.env)
        sh("git", "init", "-q", cwd=project.root)
        git_commit(project.root, "generated")
        before = project.migrations()
        result = sh(
            COPIER,
            "update",
            "--trust",
            "--defaults",
            "--vcs-ref",
            "v0.0.2",
            cwd=project.root,
            env=project.env,
        )
        assert " passed" in result.stderr
        after = project.migrations()
        assert {k: after[k] for k in before} == before
        project.manage("makemigrations", "--check", "--dry-run")
        assert yaml.safe_load((project.root / ".copier-answers.yml").read_text())["_commit"] == "v0.0.2"
    finally:
        project.drop()


NOTEBOOK = {
    "project_name": "Shelf",
    "entities": [
        {
            "name": "Folder",
            "fields": [
                {"name": "name", "type": "string", "required": True},
                {"name": "state", "type": "choice", "choices": ["open", "archived"], "default": "open"},
            ],
        },
        {
            "name": "Note",
            "fields": [
                {"name": "headline", "type": "string", "required": True},
                {"name": "body", "type": "text"},
            ],
            "relations": [{"name": "folder", "to": "Folder", "required": True}],
        },
    ],
}


def test_a_chain_of_updates_keeps_rows_code_and_tests(template_repo, tmp_path):
    """One project through the updates of a living product, one after the other:
    each keeps the rows written before it, makes one migration per changed app and
    leaves the generated tests passing."""
    project = Project(tmp_path / "shelf", template_repo)
    project.copy(NOTEBOOK)
    try:
        project.manage("migrate", "--no-input")
        project.python(
            "from apps.users.models import Workspace; from apps.folder.models import Folder; "
            "from apps.note.models import Note; w = Workspace.objects.create(name='W'); "
            "f = Folder.objects.create(workspace=w, name='Inbox'); "
            "Note.objects.create(workspace=w, folder=f, headline='First', body='kept')"
        )

        def updated(genome: dict, new: set[str]) -> None:
            before = project.migrations()
            project.change(genome)
            result = project.update()
            assert " passed" in result.stderr
            assert_finished(project, before, new)
            git_commit(project.root, "updated")
            project.manage("migrate", "--no-input")

        # An added field.
        genome = project.genome
        fields(genome).append({"name": "pinned", "type": "boolean"})
        updated(genome, {"apps/note/migrations/0002_note_pinned.py"})
        assert (
            project.python(
                "from apps.note.models import Note; n = Note.objects.get(); print(n.headline, n.body, n.pinned)"
            )
            == "First kept False"
        )

        # Transitions on a choice field with rows: no migration, the row keeps its value.
        genome = project.genome
        fields(genome, "Folder")[1]["transitions"] = {"open": ["archived"]}
        updated(genome, set())
        assert (
            project.python("from apps.folder.models import Folder; print(Folder.objects.get().state)")
            == "open"
        )

        # An owner: the relation to the current user is the one migration; members
        # then change their own folders only. The existing row keeps no owner.
        genome = project.genome
        folder = next(e for e in genome["entities"] if e["name"] == "Folder")
        folder.setdefault("relations", []).append(
            {"name": "created_by", "to": "User", "default": "current_user"}
        )
        folder["owner"] = "created_by"
        folder["permissions"] = {"update": ["owner", "admin", "member:own"], "delete": ["owner", "admin"]}
        updated(genome, {"apps/folder/migrations/0002_folder_created_by.py"})
        assert (
            project.python(
                "from apps.folder.models import Folder; f = Folder.objects.get(); print(f.name, f.created_by_id)"
            )
            == "Inbox None"
        )

        # The user's code in the modules they own, then a required field renamed in
        # `note`, which comes after `folder` in dependency order.
        models = project.root / "apps" / "note" / "models.py"
        models.write_text(
            models.read_text()
            + "\n    def path(self) -> str:\n        return f'{self.folder.name}/{self.pk}'\n"
        )
        git_commit(project.root, "my code")
        genome = project.genome
        next(f for f in fields(genome) if f["name"] == "headline").update(
            name="title", renamed_from="headline"
        )
        updated(genome, {"apps/note/migrations/0003_genome_renames.py"})
        assert "RenameField" in (project.root / "apps/note/migrations/0003_genome_renames.py").read_text()
        assert "def path(self)" in models.read_text()
        assert (
            project.python(
                "from apps.note.models import Note; n = Note.objects.get(); print(n.title, n.path() == f'Inbox/{n.pk}')"
            )
            == "First True"
        )

        # A silent drop is refused, with nothing changed.
        before = project.migrations()
        genome = project.genome
        body = next(f for f in fields(genome) if f["name"] == "body")
        fields(genome).remove(body)
        project.change(genome)
        refused = project.update(check=False)
        assert refused.returncode != 0
        assert "Note.body is in the previous genome and gone" in refused.stderr
        assert "keep it as {name: body, removed: true}" in refused.stderr
        assert project.status() == []
        assert project.migrations() == before

        # The same field dropped as the refusal says: a tombstone of its name alone.
        fields(genome).append({"name": "body", "removed": True})
        updated(genome, {"apps/note/migrations/0004_remove_note_body.py"})
        assert (
            project.python(
                "from apps.note.models import Note; print(sorted(f.name for f in Note._meta.concrete_fields))"
            ).count("body")
            == 0
        )
        assert project.python("from apps.note.models import Note; print(Note.objects.get().title)") == "First"

        # A new entity pointing to an existing one, with a row of its own.
        genome = project.genome
        genome["entities"].append(
            {
                "name": "Tag",
                "fields": [{"name": "label", "type": "string", "required": True}],
                "relations": [{"name": "note", "to": "Note", "required": True}],
            }
        )
        updated(genome, {"apps/tag/migrations/0001_initial.py"})
        project.python(
            "from apps.note.models import Note; from apps.tag.models import Tag; n = Note.objects.get(); "
            "Tag.objects.create(workspace=n.workspace, note=n, label='urgent')"
        )
        assert (
            project.python("from apps.tag.models import Tag; print(Tag.objects.get().note.title)") == "First"
        )

        # That entity dropped by its tombstone: its table goes, the others keep their rows.
        genome = project.genome
        genome["entities"][-1] = {"name": "Tag", "removed": True}
        updated(genome, {"apps/tag/migrations/0002_delete_tag.py"})
        tables = project.python(
            "from django.db import connection; print(connection.introspection.table_names())"
        )
        assert "tag_tag" not in tables
        assert (
            project.python(
                "from apps.note.models import Note; n = Note.objects.get(); print(n.title, n.folder.name)"
            )
            == "First Inbox"
        )
    finally:
        project.drop()
