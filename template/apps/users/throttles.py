"""Sign-in throttling: failed attempts, counted per account and per client address."""

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager

from rest_framework import exceptions
from rest_framework.throttling import SimpleRateThrottle


class FailedSignInThrottle(SimpleRateThrottle):
    """Refuses sign-in (429) to an account or an address that failed too often.

    Only failures count, THROTTLE_LOGIN (such as 10/min) for each account and each
    client address: a password guesser is slowed down on one account from many
    addresses and on many accounts from one address, while people who type their
    password right never wait. The counts live in the shared cache; each window
    starts at its first failure.
    """

    scope = "login"
    cache_format = "failed_sign_ins_%(ident)s"
    # Set from the rate by SimpleRateThrottle.__init__.
    num_requests: int
    duration: int

    def keys(self, request, email: str) -> list[str]:
        # The address's case does not matter, and the cache never holds it.
        account = hashlib.sha256(email.strip().lower().encode()).hexdigest()
        idents = (f"account_{account}", f"address_{self.get_ident(request)}")
        return [self.cache_format % {"ident": ident} for ident in idents]

    def check(self, request, email: str) -> None:
        """Raise Throttled while the account or the address is over the limit."""
        counts = self.cache.get_many(self.keys(request, email)).values()
        if any(count >= self.num_requests for count in counts):
            raise exceptions.Throttled(wait=self.duration)

    def count_failure(self, request, email: str) -> None:
        for key in self.keys(request, email):
            self.cache.add(key, 0, timeout=self.duration)
            try:
                self.cache.incr(key)
            except ValueError:  # The window ended between add and incr.
                self.cache.set(key, 1, timeout=self.duration)

    def get_cache_key(self, request, view) -> None:
        return None  # Not a view throttle: sign-in views call check and count_failure.


@contextmanager
def sign_in_attempt(request, email: str) -> Iterator[None]:
    """Refuse a throttled attempt; count it if its credentials are wrong."""
    throttle = FailedSignInThrottle()
    throttle.check(request, email)
    try:
        yield
    except exceptions.AuthenticationFailed:
        throttle.count_failure(request, email)
        raise
