"""The production cache backend: django-redis that treats an unreachable Redis as empty.

django-redis's ``IGNORE_EXCEPTIONS`` already turns a lost connection into a cache miss for
reads and writes, but ``add`` then answers ``None`` ("the key exists"). django-allauth takes a
short lock with ``cache.add`` before counting a sign-in, sign-up or password-reset attempt,
and gives up with a 429 when it cannot: with Redis down, no member could sign in. Here an
unreachable Redis answers ``add`` with ``True`` (as an empty cache would), so those rate
limits simply stop counting during the outage; django-axes still limits failed sign-ins
through the database.
"""

from django_redis.cache import RedisCache, omit_exception


class ResilientRedisCache(RedisCache):
    @omit_exception(return_value=True)
    def add(self, *args, **kwargs):
        return self.client.add(*args, **kwargs)
