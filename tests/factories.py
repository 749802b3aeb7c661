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
