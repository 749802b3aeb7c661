"""Security headers that every response carries, in every environment.

Django's own middleware sends most of them from settings (``SECURE_CSP``, ``SECURE_REFERRER_POLICY``,
``SECURE_CROSS_ORIGIN_OPENER_POLICY``, ``X_FRAME_OPTIONS``); the modules here add what Django
does not: ``admin_policy`` gives the Wagtail admin its looser Content Security Policy, and
``permissions_policy`` sends ``Permissions-Policy``.
"""
