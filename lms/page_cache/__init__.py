"""Pages from the cache: routes, course trees and anonymous responses, cleared when the page tree changes.

Every key carries the current *generation*, one token in the cache that any publish, unpublish,
move, delete or page save replaces (``signal_handlers``), so an old route, outline or page is never
read again: the next request rebuilds it. The cache in use is Django's default one (Redis in
production, shared by every app server; an in-memory cache for one process).
"""
