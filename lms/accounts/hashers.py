"""How passwords are stored: Argon2id at the cost OWASP gives as its minimum, cheap enough for a workshop.

A workshop starts with twenty to fifty officials logging in at once on the venue's Wi-Fi. With Django's
default PBKDF2 (1.5 million SHA-256 rounds, about 250 ms of CPU a login on our two cores) fifty logins at
once waited 3 to 6 s at the median (``make load``). Argon2id is memory-hard, so a stolen hash costs an
attacker's GPUs far more than PBKDF2 does at a fraction of the server's time: OWASP's Password Storage Cheat
Sheet recommends it first, with at least 19 MiB of memory, 2 passes and 1 lane, which takes about 20 ms here.
Django's own Argon2 settings (100 MiB, 8 lanes) cost 140 ms of CPU and 100 MiB for every login in flight,
too much for a small server at a login rush.

Stored PBKDF2 hashes still verify (``PASSWORD_HASHERS`` keeps Django's hashers after this one) and are
rewritten with Argon2id at the person's next login; so are Argon2 hashes made with other costs.
"""

from django.contrib.auth.hashers import Argon2PasswordHasher


class Argon2idPasswordHasher(Argon2PasswordHasher):
    """Django's Argon2 hasher (Argon2id, the parameters written into every hash) at OWASP's minimum cost."""

    time_cost = 2
    memory_cost = 19 * 1024  # KiB: 19 MiB
    parallelism = 1
