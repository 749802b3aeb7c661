"""Test data builders. Real rows in the real database; nothing here mocks our code."""

from allauth.account.models import EmailAddress

from lms.accounts.models import User

DEFAULT_PASSWORD = "a-long-test-password-42"


def make_user(
    email: str = "learner@example.org", *, password: str = DEFAULT_PASSWORD, verified: bool = True, **fields
) -> User:
    user = User.objects.create_user(email=email, password=password, **fields)
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=verified)
    return user


def make_course(
    index, *, slug: str = "test-course", modules: int = 3, lessons_per_module: int = 2, publish: bool = True
):
    """A course under `index` with `modules` × `lessons_per_module` lessons, each with a text block."""
    from courses.models import CoursePage, LessonPage, ModulePage

    course = index.add_child(
        instance=CoursePage(title=f"Course {slug}", slug=slug, audience="Municipal staff", summary="A test course.")
    )
    for module_number in range(modules):
        module = course.add_child(instance=ModulePage(title=f"Module {module_number + 1}", slug=f"m{module_number}"))
        for lesson_number in range(lessons_per_module):
            module.add_child(
                instance=LessonPage(
                    title=f"Lesson {module_number + 1}.{lesson_number + 1}",
                    slug=f"l{lesson_number}",
                    body=[{"type": "rich_text", "value": "<p>Read this.</p>"}],
                )
            )
    if publish:
        for page in [course, *course.get_descendants()]:
            page.specific.save_revision().publish()
    return course
