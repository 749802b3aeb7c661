"""The page tree's generation: one token in the cache, part of every page-cache key.

A change to the tree replaces it (``bump``), which makes every route, course tree and cached
anonymous page unreachable at once; they expire on their own.
"""

import hashlib
import threading
import uuid

from django.conf import settings
from django.core.cache import cache

KEY = "page-cache:generation"


def timeout() -> int:
    """How long an entry lives at most (seconds), even when nothing changes."""
    return getattr(settings, "PAGE_CACHE_SECONDS", 600)


# Within one request, the generation is read once and a cached object (a course tree) unpickled once.
# Outside requests (commands, the db_worker) nothing is remembered: each read asks the cache.
_request = threading.local()


def start_request(**_kwargs) -> None:
    _request.memo = {}


def end_request(**_kwargs) -> None:
    _request.memo = None


def _memo() -> dict | None:
    return getattr(_request, "memo", None)


def current() -> str:
    memo = _memo()
    if memo is not None and KEY in memo:
        return memo[KEY]
    token = cache.get(KEY)
    if token is None:
        token = uuid.uuid4().hex
        # Another process may have set it first: theirs wins, and both use it.
        if not cache.add(KEY, token, None):
            token = cache.get(KEY) or token
    if memo is not None:
        memo[KEY] = token
    return token


def bump() -> None:
    cache.set(KEY, uuid.uuid4().hex, None)
    memo = _memo()
    if memo is not None:
        memo.clear()


def remembered(key: str, read):
    """``read()`` once per request for this key (a course tree read by several selectors of one page)."""
    memo = _memo()
    if memo is None:
        return read()
    if key not in memo or memo[key] is None:
        memo[key] = read()
    return memo[key]


def key(kind: str, *parts) -> str:
    """A cache key of this generation; the parts (paths, hosts) are hashed to keep it short and safe."""
    digest = hashlib.blake2b("\x1f".join(str(part) for part in parts).encode(), digest_size=16).hexdigest()
    return f"page-cache:{kind}:{current()}:{digest}"
