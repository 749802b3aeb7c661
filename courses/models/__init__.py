"""What is learned: Course → Module → Lesson pages, and the snippets they draw on.

Tracks group courses; guidebooks are the published sources modules are based on; case
studies are practice examples reused across lessons. All of them are translatable.
"""

from .pages import CompletionRule, CourseIndexPage, CoursePage, CoursePrerequisite, LessonPage, ModulePage
from .snippets import CaseStudy, CaseStudyTag, Guidebook, Track

__all__ = [
    "CaseStudy",
    "CaseStudyTag",
    "CompletionRule",
    "CourseIndexPage",
    "CoursePage",
    "CoursePrerequisite",
    "Guidebook",
    "LessonPage",
    "ModulePage",
    "Track",
]
