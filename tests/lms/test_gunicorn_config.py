"""The app servers' settings (gunicorn.conf.py), read by gunicorn's own loader as `make stack` and production do."""

import gc
from pathlib import Path

from gunicorn.app.base import Application

CONFIG = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"


class _ConfigOnly(Application):
    """Gunicorn's application with our configuration file and no app: enough to read the settings."""

    def load_config(self):
        self.load_config_from_file(str(CONFIG))

    def init(self, parser, opts, args):  # pragma: no cover (the file is read by load_config instead)
        return None

    def load(self):  # pragma: no cover (never served)
        raise AssertionError("not served")


def test_the_master_freezes_the_preloaded_app_before_each_fork():
    config = _ConfigOnly().cfg
    assert config.preload_app
    gc.unfreeze()
    try:
        assert gc.get_freeze_count() == 0
        config.pre_fork(None, None)
        # Everything alive in the master now sits in the permanent generation, which workers never collect.
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
