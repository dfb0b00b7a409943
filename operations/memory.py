"""The cache backend of the parts of pages each process keeps (operations/fragments.py).

Django's LocMemCache with one difference: a value that cannot change (text, a number, a
date, a tuple of those) is kept as it is instead of pickled, so that every request shares
the same object. A rendered part of a page is text, and unpickling the dozen parts of a
page cost as much as rendering what is left of it. A model instance (a detail page's
object), alone or in a tuple with such values (as `remember()` keeps it, with the time it
is valid until), is copied as Django copies one, with its own field values and cache of
related objects, ten times faster than unpickling it; the rows it prefetched are shared,
for reading. Anything else (a list, a dict) is still pickled, so that each request gets
its own copy to change. (`add` is Django's: it pickles, which `get` reads back as well.)
"""

import copy
import datetime
import pickle

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.db.models import Model

IMMUTABLE = (str, bytes, int, float, bool, datetime.date, datetime.time, datetime.timedelta)


def is_immutable(value):
    if value is None or isinstance(value, IMMUTABLE):
        return True
    return isinstance(value, tuple) and all(is_immutable(item) for item in value)


class AsIs:
    """A value kept without pickling."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


def is_copyable(value):
    """A model instance, or a tuple of model instances and values that cannot change."""
    if isinstance(value, Model):
        return True
    return isinstance(value, tuple) and all(
        is_immutable(item) or is_copyable(item) for item in value
    )


def copied(value):
    """`value` with each model instance in it copied (the rest cannot change)."""
    if isinstance(value, Model):
        return copy.copy(value)
    if isinstance(value, tuple):
        return tuple(copied(item) for item in value)
    return value


class Copied:
    """A model instance (or a tuple holding some), copied when it is stored and each time it
    is read."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


class ProcessMemory(LocMemCache):
    def make_and_validate_key(self, key, version=None):
        # The keys are the code's own (a name and a digest): nothing to warn about.
        return self.make_key(key, version=version)

    def _stored(self, value):
        if is_immutable(value):
            return AsIs(value)
        if is_copyable(value):
            return Copied(copied(value))
        return pickle.dumps(value, self.pickle_protocol)

    @staticmethod
    def _loaded(stored):
        if isinstance(stored, AsIs):
            return stored.value
        if isinstance(stored, Copied):
            return copied(stored.value)
        return pickle.loads(stored)

    def get(self, key, default=None, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            if self._has_expired(key):
                self._delete(key)
                return default
            stored = self._cache[key]
            self._cache.move_to_end(key, last=False)
        return self._loaded(stored)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        stored = self._stored(value)
        with self._lock:
            self._set(key, stored, timeout)

    def incr(self, key, delta=1, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            if self._has_expired(key):
                self._delete(key)
                raise ValueError(f"Key '{key}' not found")
            value = self._loaded(self._cache[key]) + delta
            self._cache[key] = self._stored(value)
            self._cache.move_to_end(key, last=False)
        return value
