"""Dependencies point one way (STYLE.md): cities know pages and progress; pages and progress never import
cities, and cities do not import cohorts (cohorts will know the city) or certificates. Accounts know no
course app: cities add the city to the account forms through accounts' hook."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _sources(*folders: str):
    for folder in folders:
        yield from (ROOT / folder).rglob("*.py")


@pytest.mark.parametrize(
    "folder",
    ["courses/models", "courses/progress", "courses/blocks.py", "courses/catalogue_marks.py", "courses/selectors.py"],
)
def test_pages_and_progress_do_not_import_cities(folder):
    paths = [ROOT / folder] if folder.endswith(".py") else list(_sources(folder))
    offenders = {str(p.relative_to(ROOT)) for p in paths if any(n.startswith("courses.cities") for n in _imports(p))}
    assert offenders == set()


def test_cities_do_not_import_cohorts_or_certificates():
    forbidden = ("courses.cohorts", "courses.certificates", "courses.evidence", "courses.convenings")
    offenders = {
        str(path.relative_to(ROOT))
        for path in _sources("courses/cities")
        if any(name.startswith(forbidden) for name in _imports(path))
    }
    assert offenders == set()


def test_accounts_do_not_import_cities_or_any_course_app():
    """lms.accounts sits below every course app: they extend its forms and exports through its hooks."""
    offenders = {
        str(path.relative_to(ROOT))
        for path in _sources("lms/accounts")
        if any(name.startswith("courses") for name in _imports(path))
    }
    assert offenders == set()
