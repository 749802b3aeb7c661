"""The course page tree is enforced: catalogue > course > module > lesson, nothing else."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from courses.cities.models import NeedsAssessmentPage
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from home.models import HomePage


class PageTreeTests(WagtailPageTestCase):
    def test_allowed_subpage_types(self):
        self.assertAllowedSubpageTypes(HomePage, {CourseIndexPage, NeedsAssessmentPage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertAllowedSubpageTypes(NeedsAssessmentPage, set())

    def test_allowed_parent_types(self):
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})
        self.assertAllowedParentPageTypes(NeedsAssessmentPage, {HomePage})

    def test_can_and_cannot_create_at(self):
        self.assertCanCreateAt(CourseIndexPage, CoursePage)
        self.assertCanCreateAt(CoursePage, ModulePage)
        self.assertCanCreateAt(ModulePage, LessonPage)
        self.assertCanNotCreateAt(HomePage, CoursePage)
        self.assertCanNotCreateAt(CoursePage, LessonPage)
        self.assertCanNotCreateAt(Page, LessonPage)
