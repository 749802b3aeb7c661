"""Who a case study is credited to, when an app above the library knows (a practice a city shared).

The library knows no app above it: an app registers a function with
``wagtail.hooks.register(CASE_STUDY_CREDITS)``. It receives the case studies shown and returns
``{translation_key: SafeString}``, a small rendered line for the case studies it knows (every
translation of a case study shares its key). Its cost must not grow with the number of case studies:
the library's query count is pinned in the tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.utils.safestring import SafeString
from wagtail import hooks

if TYPE_CHECKING:
    from courses.models import CaseStudy

CASE_STUDY_CREDITS = "case_study_credits"


def credit_case_studies(case_studies: Sequence[CaseStudy]) -> None:
    """Sets ``credit`` (a rendered line, or "") on each case study, from the registered apps."""
    credits: dict = {}
    if case_studies:
        for hook in hooks.get_hooks(CASE_STUDY_CREDITS):
            for key, line in (hook(case_studies) or {}).items():
                credits.setdefault(key, line)
    for case in case_studies:
        case.credit = credits.get(case.translation_key, SafeString(""))
