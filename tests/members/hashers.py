"""A real password hasher for timing tests (the test settings use fast MD5 everywhere else)."""

from django.contrib.auth.hashers import PBKDF2PasswordHasher


class TimingPBKDF2PasswordHasher(PBKDF2PasswordHasher):
    """PBKDF2 as in production, with fewer rounds: slow enough (tens of ms) to dominate a request."""

    iterations = 150_000
