"""Names: case conversion, English plurals and the names a genome may not use."""

from __future__ import annotations

import hashlib
import keyword
import re

SNAKE_RE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
PASCAL_RE = re.compile(r"^[A-Z][a-zA-Z0-9]*$")

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")

# Nouns whose plural no suffix rule gives.
IRREGULAR_PLURALS = {
    "person": "people",
    "child": "children",
    "man": "men",
    "woman": "women",
    "mouse": "mice",
    "goose": "geese",
    "tooth": "teeth",
    "foot": "feet",
    "ox": "oxen",
    "datum": "data",
    "medium": "media",
    "criterion": "criteria",
    "phenomenon": "phenomena",
    "analysis": "analyses",
    "diagnosis": "diagnoses",
    "thesis": "theses",
    "crisis": "crises",
    "index": "indices",
    "matrix": "matrices",
    "vertex": "vertices",
    "appendix": "appendices",
    "cactus": "cacti",
    "focus": "foci",
    "fungus": "fungi",
    "nucleus": "nuclei",
    "radius": "radii",
    "syllabus": "syllabi",
    "leaf": "leaves",
    "life": "lives",
    "knife": "knives",
    "wife": "wives",
    "half": "halves",
    "self": "selves",
    "shelf": "shelves",
    "wolf": "wolves",
    "calf": "calves",
    "loaf": "loaves",
    "thief": "thieves",
    "quiz": "quizzes",
    "photo": "photos",
    "piano": "pianos",
    "halo": "halos",
    "video": "videos",
    "radio": "radios",
    "studio": "studios",
    "zoo": "zoos",
    "potato": "potatoes",
    "tomato": "tomatoes",
    "hero": "heroes",
    "echo": "echoes",
}
# Nouns that are the same in the plural.
UNCOUNTABLE = {
    "sheep",
    "fish",
    "deer",
    "series",
    "species",
    "news",
    "equipment",
    "information",
    "rice",
    "money",
    "metadata",
    "feedback",
    "software",
    "hardware",
    "aircraft",
    "staff",
}


def words(name: str) -> list[str]:
    """Split a PascalCase, camelCase or snake_case name into lower-case words."""
    spaced = _WORD_BOUNDARY.sub("_", name)
    return [w.lower() for w in re.split(r"[_\W]+", spaced) if w]


def snake(name: str) -> str:
    return "_".join(words(name))


def pascal(name: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words(name))


def kebab(name: str) -> str:
    return "-".join(words(name))


def title(name: str) -> str:
    text = " ".join(words(name))
    return text[:1].upper() + text[1:]


def pluralize_word(word: str) -> str:
    lower = word.lower()
    if lower in UNCOUNTABLE:
        return word
    if lower in IRREGULAR_PLURALS:
        plural = IRREGULAR_PLURALS[lower]
        return plural[:1].upper() + plural[1:] if word[:1].isupper() else plural
    if re.search(r"[^aeiou]y$", lower):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", lower):
        return word + "es"
    return word + "s"


def pluralize(pascal_name: str) -> str:
    """Plural of a PascalCase name: only its last word changes (``BloodPressure``
    becomes ``BloodPressures``, ``SalesPerson`` becomes ``SalesPeople``)."""
    parts = re.findall(r"[A-Z][a-z0-9]*|[a-z0-9]+|[A-Z]+(?![a-z])", pascal_name)
    if not parts:
        return pascal_name
    head, last = "".join(parts[:-1]), parts[-1]
    return head + pluralize_word(last)


def article(word: str) -> str:
    """``word`` after the article it is read with: "an integer", "a uuid"."""
    return f"an {word}" if word[:1].lower() in {"a", "e", "i", "o"} else f"a {word}"


def upper_snake(value: str) -> str:
    """A Python constant name for a choice value (``in progress`` -> ``IN_PROGRESS``)."""
    name = re.sub(r"\W+", "_", value).strip("_").upper()
    if not name:
        name = "EMPTY"
    if name[0].isdigit():
        name = "V_" + name
    if keyword.iskeyword(name.lower()) and name.lower() == name:
        name += "_"
    return name


def short_name(*parts: str, limit: int, suffix: str) -> str:
    """A database identifier of at most ``limit`` characters.

    The readable prefix is kept when it fits; otherwise it is cut and a short hash
    of the full name keeps it unique (Django limits index names to 30 characters,
    PostgreSQL every identifier to 63).
    """
    full = "_".join(parts)
    name = f"{full}_{suffix}"
    if len(name) <= limit:
        return name
    digest = hashlib.sha1(full.encode()).hexdigest()[:6]
    room = limit - len(suffix) - len(digest) - 2
    return f"{full[:room].rstrip('_')}_{digest}_{suffix}"


# Soft keywords (match, case, type, _) are valid names.
PYTHON_KEYWORDS = frozenset(keyword.kwlist)

# Names every generated model already has, or that Django, DRF or django-filter
# give a meaning to. A field or relation may not use them.
BASE_MODEL_NAMES = frozenset({"id", "created_at", "updated_at", "workspace"})
MODEL_ATTRIBUTE_NAMES = frozenset(
    {
        "pk",
        "objects",
        "all_objects",
        "save",
        "save_base",
        "asave",
        "delete",
        "adelete",
        "clean",
        "clean_fields",
        "full_clean",
        "validate_unique",
        "validate_constraints",
        "get_constraints",
        "refresh_from_db",
        "arefresh_from_db",
        "get_deferred_fields",
        "serializable_value",
        "prepare_database_save",
        "unique_error_message",
        "date_error_message",
        "check",
        "from_db",
        "get_absolute_url",
        "meta",
        "deleted_at",
        "soft_delete",
        "restore",
        "audit_masked_fields",
        # Module names the generated class bodies use.
        "models",
        "settings",
        "datetime",
        "decimal",
        "uuid",
        "factory",
        "serializers",
        "filters",
        "admin",
        # The factories' trait that fills optional relations.
        "full",
    }
)
# Names the generated modules import: an entity class may not shadow them.
IMPORTED_NAMES = frozenset(
    {
        "Decimal",
        "ArrayField",
        "Q",
        "ValidationError",
        "IntegrityError",
        "CaptureQueriesContext",
        "DefaultRouter",
        "TimeStampedModel",
        "WorkspaceScopedModel",
        "GeneratedModelSerializer",
        "GeneratedModelAdmin",
        "WorkspaceInline",
        "SummaryField",
        "CurrentWorkspaceDefault",
        "ArrayFilter",
        "FilterSet",
        "MaxFileSizeValidator",
        "MinValueValidator",
        "MaxValueValidator",
        "MinLengthValidator",
        "MaxLengthValidator",
        "RegexValidator",
        "Role",
    }
)
QUERY_PARAMETER_NAMES = frozenset(
    {"page", "page_size", "search", "ordering", "format", "limit", "offset", "cursor"}
)
RESERVED_ENTITY_NAMES = frozenset({"User", "Workspace", "Membership", "Invitation", "AuditLog"})
# Paths under /api/v1/ that are not entities (accounts, workspaces, API docs).
RESERVED_URLS = frozenset({"auth", "workspaces", "invitations", "schema", "docs", "redoc"})
# App labels already taken in the generated project.
RESERVED_APP_LABELS = frozenset(
    {
        "admin",
        "auth",
        "contenttypes",
        "sessions",
        "messages",
        "staticfiles",
        "postgres",
        "core",
        "users",
        "audit",
        "config",
        "corsheaders",
        "django_celery_beat",
        "drf_spectacular",
        "drf_spectacular_sidecar",
        "rest_framework",
        "django_filters",
        "token_blacklist",
        "apps",
        "tests",
        "test",
        "django",
        "site",
        "sites",
    }
)
# Attributes of the generated User model a reverse accessor must not shadow.
USER_ATTRIBUTE_NAMES = frozenset(
    {
        "email",
        "password",
        "first_name",
        "last_name",
        "is_active",
        "is_staff",
        "is_superuser",
        "last_login",
        "date_joined",
        "groups",
        "user_permissions",
        "active_workspace",
        "memberships",
        "workspaces",
        "invitations_sent",
        "logentry",
        "username",
        "objects",
    }
)
