"""Command-line tools some tests need (pdftoppm, zbarimg): `.ci/debian-packages` installs them.

On a machine where they could not be installed (no root, no apt), those tests skip with the reason;
under CI=true a missing tool is a failure, as a missing browser is for the browser tests.
"""

import os
import shutil

import pytest

DEBIAN_PACKAGE = {"pdftoppm": "poppler-utils", "zbarimg": "zbar-tools"}


def require(*commands: str) -> None:
    missing = [command for command in commands if shutil.which(command) is None]
    if not missing:
        return
    packages = " ".join(sorted({DEBIAN_PACKAGE.get(command, command) for command in missing}))
    message = f"{', '.join(missing)} not found: install the Debian packages {packages} (make test does, as root)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)
