"""The feature declarations are what the templates produce (the fast tier).

extensions/genome/features/ declares what each switch, compliance flag and
capability adds to the project. A few one-entity genomes, each turning on a
different set of units, are rendered; in each, every file, route, installed app,
requirement, setting and model attribute the declarations name for the units it
turns on is there, nothing they name for the units it leaves off is, and what no
declaration names is the same in every genome. Every name a unit reserves is
refused by build with its located message.
"""

from __future__ import annotations

import ast
import copy
import re
import typing
from pathlib import Path

import pytest
from conftest import ROOT, render
from genome import GenomeError, build, features, naming
from genome.features import API, FEATURES, Feature
from genome.spec import FeaturesSpec, GenomeSpec

SWITCHES = tuple(FeaturesSpec.model_fields)
FLAGS = typing.get_args(typing.get_args(GenomeSpec.model_fields["compliance"].annotation)[0])
ENTITY = {"name": "Product", "fields": [{"name": "title", "type": "string"}]}
APP_LABEL = "product"


def genome(*on: str, tenant: bool = True, stories: str = "checked") -> dict:
    """A one-entity genome with the switches, flags and capabilities in ``on``."""
    entity = copy.deepcopy(ENTITY)
    entity["tenant"] = tenant
    entity["soft_delete"] = "soft_delete" in on
    entity["audit"] = "audit" in on
    if "personal_data" in on:
        entity["fields"].append({"name": "contact", "type": "email", "pii": True})
    if "uploads" in on:
        entity["fields"].append({"name": "attachment", "type": "file"})
    line = "member can list Product" if stories == "checked" else "Products are easy to find"
    return {
        "project_name": "Shop",
        "features": {switch: switch in on for switch in SWITCHES},
        "compliance": [flag for flag in FLAGS if flag in on],
        "entities": [entity],
        "stories": [{"id": "US-1", "as": "member", "want": "to see products", "acceptance": [line]}]
        if "stories" in on
        else [],
    }


CAPABILITIES = ("soft_delete", "audit", "personal_data", "uploads", "stories")
GENOMES = {
    "bare": genome(),
    "switches": genome(*SWITCHES),
    "capabilities": genome(*FLAGS, *CAPABILITIES),
    "everything": genome(*SWITCHES, *FLAGS, *CAPABILITIES, tenant=False),
    "admin_and_soft_delete": genome("admin", "soft_delete", "gdpr", "uploads", "stories", stories="prose"),
    "tasks_and_audit": genome("async_tasks", "audit", "soft_delete", "personal_data", "hipaa", "pci"),
}


class Project:
    """A rendered genome and what its declarations say it holds."""

    def __init__(self, name: str, path: Path):
        self.path = path
        self.genome = build(GENOMES[name])
        self.on = features.active(self.genome)
        self.off = [feature for feature in FEATURES if feature not in self.on]

    def text(self, path: str) -> str:
        return (self.path / path).read_text()

    def files(self) -> set[str]:
        return {p.relative_to(self.path).as_posix() for p in self.path.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def projects(template_src, tmp_path_factory) -> dict[str, Project]:
    """Each genome rendered once, when a test first asks for it."""

    class Renders(dict):
        def __missing__(self, name: str) -> Project:
            path = render(template_src, GENOMES[name], tmp_path_factory.mktemp("features") / name)
            self[name] = Project(name, path)
            return self[name]

    return Renders()


@pytest.fixture(params=list(GENOMES))
def project(request, projects) -> Project:
    return projects[request.param]


@pytest.fixture
def bare(projects) -> Project:
    return projects["bare"]


def declared_files(units: list[Feature]) -> set[str]:
    return {path.format(app_label=APP_LABEL) for unit in units for path in unit.files}


def covered(files: set[str], declared: set[str]) -> set[str]:
    """The files a declared path names, or a declared folder (``.../``) holds."""
    folders = tuple(path for path in declared if path.endswith("/"))
    return {file for file in files if file in declared or file.startswith(folders)}


def owner(name: str, declared: dict[str, Feature], covers) -> Feature | None:
    """The unit whose longest declared name covers ``name``."""
    owners = [(len(item), unit) for item, unit in declared.items() if covers(name, item)]
    return max(owners, key=lambda pair: pair[0])[1] if owners else None


def declarations(attribute: str) -> dict[str, Feature]:
    return {
        item if isinstance(item, str) else item.path: f for f in FEATURES for item in getattr(f, attribute)
    }


# ---------------------------------------------------------------------- files
def test_a_unit_on_has_its_files_and_a_unit_off_has_none(project):
    files, on = project.files(), declared_files(project.on)
    rendered = covered(files, declared_files(list(FEATURES)))
    expected = covered(files, on)
    missing = {path for path in on if not covered(files, {path})}
    assert (rendered, missing) == (expected, set()), {
        "rendered, not declared by a unit that is on": sorted(rendered - expected),
        "declared, not rendered": sorted(missing),
    }


def test_files_no_unit_declares_are_the_same_in_every_genome(project, bare):
    every = declared_files(list(FEATURES))
    here = project.files() - covered(project.files(), every)
    # A unit that is on may replace some of them with files of its own.
    replaced = {path for unit in project.on for path in unit.replaces}
    there = bare.files() - covered(bare.files(), every) - replaced
    assert here == there, {"only here": sorted(here - there), "only in the bare genome": sorted(there - here)}
    assert not replaced & project.files(), sorted(replaced & project.files())


# --------------------------------------------------------------------- routes
# ``path("auth/me/", ...)``, ``path(settings.ADMIN_URL, ...)``, a router's
# ``register("workspaces", ...)`` (which serves ``workspaces/``).
ROUTE = re.compile(r'(path|register)\(\s*(?:"([^"]*)"|settings\.(ADMIN_URL)),\s*(\w+)')


def routes(project: Project) -> set[str]:
    """The URL prefixes the rendered URL configurations serve, entities' aside."""
    admin_url = re.search(r'"DJANGO_ADMIN_URL", default="([^"]*)"', project.text("config/settings/base.py"))
    found = set()
    for path, prefix in (("config/urls.py", "/"), ("config/api.py", API), ("apps/users/urls.py", API)):
        if not (project.path / path).is_file():
            continue
        for call, literal, setting, view in ROUTE.findall(project.text(path)):
            if view != "include":
                found.add(
                    prefix + (admin_url[1] if setting else literal) + ("/" if call == "register" else "")
                )
    return found - {f"{API}{entity.url}/" for entity in project.genome.entities}


def test_every_route_belongs_to_a_unit_that_is_on(project):
    declared = declarations("routes")
    for route in routes(project):
        unit = owner(route, declared, str.startswith)
        assert unit in project.on, f"{route} is served, but its unit {unit and unit.key} is not on"


def test_every_route_of_a_unit_on_is_served(project):
    served = routes(project)
    missing = [
        r.path for unit in project.on for r in unit.routes if not any(s.startswith(r.path) for s in served)
    ]
    assert missing == []


# ---------------------------------------------------------- apps, requirements
def assigned(source: str) -> dict[str, ast.expr]:
    """Module-level ``NAME = value`` assignments."""
    tree = ast.parse(source)
    return {
        target.id: node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def installed_apps(project: Project) -> list[str]:
    values = assigned(project.text("config/settings/base.py"))
    lists = [values[name] for name in ("DJANGO_APPS", "THIRD_PARTY_APPS", "LOCAL_APPS")]
    apps = [element.value for value in lists for element in value.elts]
    return [app for app in apps if app not in {f"apps.{e.app_label}" for e in project.genome.entities}]


def test_the_installed_apps_are_those_of_the_units_on(project):
    apps = installed_apps(project)
    assert len(apps) == len(set(apps))
    assert set(apps) == {app for unit in project.on for app in unit.apps}


def test_the_requirements_are_those_of_the_units_on(project):
    lines = project.text("requirements/base.txt").splitlines()
    names = {line.split("==")[0] for line in lines if line and not line.startswith("#")}
    assert names == {name for unit in project.on for name in unit.requirements}


# ------------------------------------------------------------------- settings
def keys(name: str, value: ast.expr) -> list[str]:
    """``name`` and the dotted names of the string keys of its dict, at any depth."""
    found = [name]
    if isinstance(value, ast.Dict):
        for key, item in zip(value.keys, value.values, strict=True):
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                found += keys(f"{name}.{key.value}", item)
    return found


def settings(project: Project) -> set[str]:
    found: set[str] = set()
    for module in ("base", "test"):
        for name, value in assigned(project.text(f"config/settings/{module}.py")).items():
            found.update(keys(name, value))
    return found


def covers(name: str, declared: str) -> bool:
    return name == declared or name.startswith(f"{declared}.")


def test_every_declared_setting_belongs_to_a_unit_that_is_on(project):
    declared = declarations("settings")
    for name in settings(project):
        unit = owner(name, declared, covers)
        assert unit is None or unit in project.on, f"{name} is set, but its unit {unit.key} is not on"


def test_every_setting_of_a_unit_on_is_set(project):
    found = settings(project)
    missing = [s for unit in project.on for s in unit.settings if not any(covers(n, s) for n in found)]
    assert missing == []


def test_settings_no_unit_declares_are_the_same_in_every_genome(project, bare):
    declared = declarations("settings")
    here = {name for name in settings(project) if not owner(name, declared, covers)}
    there = {name for name in settings(bare) if not owner(name, declared, covers)}
    assert here == there, {"only here": sorted(here - there), "only in the bare genome": sorted(there - here)}


# ---------------------------------------------------------------- names taken
def defined_names(project: Project) -> set[str]:
    """The functions, classes and assigned names of the project's Python modules."""
    names = set()
    for path in (project.path / "apps").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def test_the_members_of_a_unit_are_defined_only_when_it_is_on(project):
    defined = defined_names(project)
    assert {m for unit in project.on for m in unit.members} <= defined
    assert not {m for unit in project.off for m in unit.members} & defined


def test_the_project_models_are_the_entity_names_of_the_units_on(project):
    models = set()
    for app in ("users", "audit"):
        path = project.path / "apps" / app / "models.py"
        if path.is_file():
            models |= {n.name for n in ast.parse(path.read_text()).body if isinstance(n, ast.ClassDef)}
    assert models == {name for unit in project.on for name in unit.entity_names}


# An app configuration class installs the app whose label it keeps.
CONFIG_LABELS = {"apps.core.apps.ProjectAdminConfig": "admin"}


def test_every_installed_app_label_is_reserved(project):
    labels = {CONFIG_LABELS.get(app, app.split(".")[-1]) for app in installed_apps(project)}
    assert labels <= features.RESERVED_APP_LABELS
    assert {label for unit in project.on if unit.kind != "project" for label in unit.app_labels} <= labels


# ------------------------------------------------------------ build refuses
def problems_of(genome: dict) -> list[tuple[str, str]]:
    with pytest.raises(GenomeError) as info:
        build(genome)
    return info.value.problems


@pytest.mark.parametrize(("url", "purpose"), features.RESERVED_URLS.items())
def test_build_refuses_an_entity_at_a_reserved_url(url, purpose):
    entity = {**ENTITY, "plural": naming.pascal(url)}
    problems = problems_of({"project_name": "Shop", "entities": [entity]})
    assert ("entities[0].plural", f"the URL /api/v1/{url}/ is the generated project's, for {purpose}") in [
        (where, message.split(";")[0]) for where, message in problems
    ]


@pytest.mark.parametrize(
    ("url", "purpose"),
    [(url, p) for url, p in features.RESERVED_PAGES.items() if url not in features.RESERVED_URLS],
)
def test_build_refuses_an_entity_at_a_page_of_the_web_app(url, purpose):
    entity = {**ENTITY, "plural": naming.pascal(url)}
    problems = problems_of({"project_name": "Shop", "entities": [entity]})
    assert ("entities[0].plural", f"the web app's page /{url} is the generated project's, for {purpose}") in [
        (where, message.split(";")[0]) for where, message in problems
    ]


@pytest.mark.parametrize(("name", "title"), features.RESERVED_ENTITY_NAMES.items())
def test_build_refuses_a_reserved_entity_name(name, title):
    problems = problems_of({"project_name": "Shop", "entities": [{**ENTITY, "name": name}]})
    assert (
        "entities[0].name",
        f"{name!r} belongs to the generated project, for {title}; rename the entity",
    ) in problems


@pytest.mark.parametrize("label", sorted(features.RESERVED_APP_LABELS))
def test_build_refuses_a_reserved_app_label(label):
    problems = problems_of({"project_name": "Shop", "entities": [{**ENTITY, "app_label": label}]})
    assert [
        where for where, message in problems if "is taken by Django or the generated project" in message
    ] == ["entities[0].app_label"]


@pytest.mark.parametrize("member", sorted(features.RESERVED_MEMBERS))
def test_build_refuses_a_member_a_unit_adds(member):
    field = {"name": member, "type": "string"}
    problems = problems_of({"project_name": "Shop", "entities": [{**ENTITY, "fields": [field]}]})
    assert [where for where, _ in problems] == ["entities[0].fields[0].name"]


# ---------------------------------------------------------- the declarations
def test_every_switch_and_flag_is_declared_once():
    keys = [feature.key for feature in FEATURES]
    assert len(keys) == len(set(keys))
    assert {f.key for f in FEATURES if f.kind == "switch"} == set(SWITCHES)
    assert {f.key for f in FEATURES if f.kind == "compliance"} == set(FLAGS)


def test_every_genome_here_turns_each_unit_on_and_off():
    states = {name: {f.key for f in features.active(build(genome))} for name, genome in GENOMES.items()}
    for feature in FEATURES:
        on = [name for name, keys in states.items() if feature.key in keys]
        assert on, f"no genome turns {feature.key} on"
        assert feature.kind == "project" or len(on) < len(states), f"every genome turns {feature.key} on"


# The rows of docs/genome.md's reserved names, by how they start, and what they list.
RESERVED_ROWS = {
    "| Entity `name`: not `User`": set(features.RESERVED_ENTITY_NAMES),
    "| Entity URL (": set(features.RESERVED_URLS),
    "| Entity URL: not": set(features.RESERVED_PAGES) - set(features.RESERVED_URLS),
    "| `app_label` and `project_slug` you write": set(features.RESERVED_APP_LABELS),
}


def test_the_genome_reference_lists_the_reserved_names():
    lines = (ROOT / "docs/genome.md").read_text().splitlines()
    for start, names in RESERVED_ROWS.items():
        rule = next(line for line in lines if line.startswith(start)).split(" | ")[0]
        assert set(re.findall(r"`([^`]+)`", rule)) - {"name", "plural", "app_label", "project_slug"} == names
    members = next(line for line in lines if line.startswith("| Field and relation `name`: not `pk`"))
    assert set(re.findall(r"`([^`]+)`", members.split(" | ")[0])) >= features.RESERVED_MEMBERS


def anchors(page: Path) -> set[str]:
    """The anchors GitHub gives the headings of a Markdown page."""
    headings = re.findall(r"^#+ (.+)$", page.read_text(), re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", h).strip().lower().replace(" ", "-") for h in headings}


@pytest.mark.parametrize("feature", FEATURES, ids=lambda feature: feature.key)
def test_the_docs_of_a_unit_exist(feature):
    assert feature.docs
    for doc in feature.docs:
        page, _, anchor = doc.partition("#")
        assert (ROOT / page).is_file(), doc
        assert not anchor or anchor in anchors(ROOT / page), doc
