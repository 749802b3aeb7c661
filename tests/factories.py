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


def give_mfa(user: User) -> str:
    """Two-factor authentication set up for `user` as allauth's "Activate" leaves it (a TOTP authenticator
    and recovery codes, made by allauth's own classes); returns the secret, for `totp_code`.

    Staff reach the admin and the trainer pages only with it (lms.accounts.mfa_required).
    """
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    RecoveryCodes.activate(user)
    return secret


def totp_code(secret: str) -> str:
    """The code an authenticator app shows now for `secret` (allauth's RFC 6238 functions)."""
    import time

    from allauth.mfa import app_settings
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // app_settings.TOTP_PERIOD))


def make_course(
    index,
    *,
    slug: str = "test-course",
    modules: int = 3,
    lessons_per_module: int = 2,
    publish: bool = True,
    quiz_lessons: tuple[tuple[int, int], ...] = (),
):
    """A course under `index` with `modules` × `lessons_per_module` lessons, each with a text block.

    Lessons at the (module, lesson) positions in `quiz_lessons` also carry `quiz_block()`.
    """
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
                    body=[{"type": "rich_text", "value": "<p>Read this.</p>"}]
                    + ([quiz_block()] if (module_number, lesson_number) in quiz_lessons else []),
                )
            )
    if publish:
        for page in [course, *course.get_descendants()]:
            page.specific.save_revision().publish()
    return course


QUIZ_ID = "quiz-one"
QUESTIONS = {
    # question id: (kind, {option id: correct})
    "q-single": ("single", {"s-right": True, "s-wrong": False}),
    "q-multi": ("multiple", {"m-a": True, "m-b": True, "m-c": False}),
}
RIGHT_ANSWERS = {"q-single": ["s-right"], "q-multi": ["m-a", "m-b"]}
WRONG_ANSWERS = {"q-single": ["s-wrong"], "q-multi": ["m-a"]}


def quiz_block(*, pass_mark: int = 70, max_attempts: int = 0, quiz_id: str = QUIZ_ID) -> dict:
    """A raw quiz block with fixed ids, so tests can post answers by id."""
    questions = [
        {
            "type": "item",
            "id": question_id,
            "value": {
                "kind": kind,
                "prompt": f"Question {question_id}",
                "options": [
                    {"type": "item", "id": option_id, "value": {"text": option_id, "correct": correct, "feedback": ""}}
                    for option_id, correct in options.items()
                ],
            },
        }
        for question_id, (kind, options) in QUESTIONS.items()
    ]
    return {
        "type": "quiz",
        "id": quiz_id,
        "value": {
            "title": "",
            "pass_mark": pass_mark,
            "max_attempts": max_attempts,
            "required": True,
            "questions": questions,
        },
    }


def quiz_post(answers: dict[str, list[str]], submission_id: str | None = None) -> dict:
    import uuid

    data = {f"q-{question}": options for question, options in answers.items()}
    data["submission_id"] = submission_id or str(uuid.uuid4())
    return data


def translate_course(course, language: str):
    """Copy a course and all its pages into another language (same ids of blocks), published."""
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language)
    translated = None
    for page in [course, *course.get_descendants().order_by("path")]:
        copy = page.specific.copy_for_translation(locale)
        copy.save_revision().publish()
        translated = translated or copy
    return translated
