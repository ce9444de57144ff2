"""Names: case conversion, English plurals and the names a genome may not use."""

from __future__ import annotations

import hashlib
import keyword
import re
import unicodedata

from .features import RESERVED_APP_LABELS, RESERVED_MEMBERS

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


# Letters that Unicode does not decompose into an ASCII letter and accents.
TRANSLITERATION = {
    "ß": "ss",
    "ẞ": "SS",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "ø": "o",
    "Ø": "O",
    "đ": "d",
    "Đ": "D",
    "ð": "d",
    "Ð": "D",
    "þ": "th",
    "Þ": "TH",
    "ł": "l",
    "Ł": "L",
    "ħ": "h",
    "Ħ": "H",
    "ŋ": "ng",
    "Ŋ": "NG",
    "ı": "i",
    "ſ": "s",
}
_TRANSLITERATED = re.compile(f"[{''.join(TRANSLITERATION)}]")


def _transliterate(match: re.Match) -> str:
    spelling = TRANSLITERATION[match[0]]
    # "Ærø" is "Aero", not "AEro", which reads as two words.
    following = match.string[match.end() : match.end() + 1]
    return spelling.capitalize() if match[0].isupper() and following.islower() else spelling


def ascii_text(text: str) -> str:
    """``text`` in ASCII: accents dropped (``é`` is ``e``), ``ß`` spelt ``ss``, ``æ``
    ``ae``, ``ø`` ``o``; what has no ASCII spelling is left out."""
    spelt = _TRANSLITERATED.sub(_transliterate, text)
    decomposed = unicodedata.normalize("NFKD", spelt)
    return decomposed.encode("ascii", "ignore").decode("ascii")


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


def digest(text: str) -> str:
    """Six hex digits that stand for ``text``, the same on every run."""
    return hashlib.sha1(text.encode()).hexdigest()[:6]


def shorten(name: str, limit: int) -> str:
    """``name`` if it fits in ``limit`` characters, else its start and a hash of it."""
    if len(name) <= limit:
        return name
    return f"{name[: limit - 7].rstrip('_')}_{digest(name)}"


# A derived project slug is kept short enough for a database name, which
# PostgreSQL cuts at 63 characters, with Django's "test_" prefix for tests.
MAX_PROJECT_SLUG = 50
# The longest app label: PostgreSQL's identifier length (tables start with it).
MAX_APP_LABEL = 63
# The longest entity name, and field or relation name (PostgreSQL keeps 63
# characters of a column name, and a relation's column adds "_id").
MAX_ENTITY_NAME = 60
MAX_COLUMN = 59


def project_slug(project_name: str) -> str:
    """The Python project name derived from ``project_name``: lower_snake_case ASCII.

    ``Acme Tasks`` gives ``acme_tasks``, ``Größe & Co. Ops`` gives ``grosse_co_ops``,
    ``21 Points`` gives ``project_21_points``; a name that is a keyword or a taken
    label gets ``_project`` after it, and one with no ASCII letters or digits is
    ``project_`` and a hash of the name.
    """
    slug = snake(ascii_text(project_name))
    if not slug:
        return f"project_{digest(project_name.strip())}"
    if slug[0].isdigit():
        slug = f"project_{slug}"
    if slug in PYTHON_KEYWORDS or slug in RESERVED_APP_LABELS:
        slug = f"{slug}_project"
    return shorten(slug, MAX_PROJECT_SLUG)


def app_label(entity_name: str) -> str:
    """The app label derived from an entity's name: its snake case, with ``_app``
    after it when Django or the generated project has that label (``Test`` gives
    ``test_app``), shortened with a hash past PostgreSQL's 63 characters."""
    label = snake(entity_name)
    if label in RESERVED_APP_LABELS:
        label = f"{label}_app"
    return shorten(label, MAX_APP_LABEL)


def entity_app_label(spec) -> str:
    """An entity's app label: the one its genome gives, or the one its name gives."""
    return spec.app_label or app_label(spec.name)


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
    hashed = digest(full)
    room = limit - len(suffix) - len(hashed) - 2
    return f"{full[:room].rstrip('_')}_{hashed}_{suffix}"


# Soft keywords (match, case, type, _) are valid names.
PYTHON_KEYWORDS = frozenset(keyword.kwlist)

# Names every generated model already has, or that Django, DRF, django-filter or
# a feature give a meaning to. A field or relation may not use them.
BASE_MODEL_NAMES = frozenset({"id", "created_at", "updated_at", "workspace"})
MODEL_ATTRIBUTE_NAMES = frozenset(
    {
        "pk",
        "objects",
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
        # What a feature adds to its entities: soft delete's ``restore``, ...
        *RESERVED_MEMBERS,
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
        "GeneratedInlineAdmin",
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
# The query parameters of every list endpoint: pagination, search and ordering.
# A filter may not take one of these names (DRF's ``?format=`` is switched off in
# the generated settings, so ``format`` is free).
CONTROL_PARAMETERS = {
    "page": "the page number",
    "page_size": "the page size",
    "search": "the search text",
    "ordering": "the sort order",
}
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
