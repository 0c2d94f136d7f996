"""Every error Footprint raises on purpose.

    FootprintError                  base; ``retryable`` says whether trying again can help
    ├── ConfigError                 a setting or option is invalid
    │   └── InvalidDate             a date a user typed (an option or query parameter) is not a date
    ├── InputError                  one input could not be read; names the input
    │   ├── EmptyInput              nothing usable in it
    │   ├── BinaryInput             not text (NUL bytes, undecodable)
    │   ├── InputTooLarge           over the size limit
    │   ├── MalformedInput          parsed but broken (HTML, feed, JSON line, front matter)
    │   └── FetchError              a URL could not be fetched (retryable)
    │       └── ForbiddenAddress    the URL resolves to a private, loopback or link-local address
    ├── ModelError                  the NLP pipeline or a model package is missing or unusable
    ├── GazetteerError              the gazetteer index is missing, stale or a dump is malformed
    ├── StoreError                  the store cannot be opened, migrated or written
    │   └── NotFound                a requested record does not exist
    └── EvalError                   evaluation data is missing or malformed

The CLI prints ``str(error)`` as one line; nothing else reaches the user.
"""

from __future__ import annotations


class FootprintError(Exception):
    retryable = False

    def __init__(self, message: str, *, source: str | None = None):
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class ConfigError(FootprintError):
    pass


class InvalidDate(ConfigError):
    pass


class InputError(FootprintError):
    pass


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class InputTooLarge(InputError):
    pass


class MalformedInput(InputError):
    pass


class FetchError(InputError):
    retryable = True


class ForbiddenAddress(FetchError):
    retryable = False


class ModelError(FootprintError):
    pass


class GazetteerError(FootprintError):
    pass


class StoreError(FootprintError):
    pass


class NotFound(StoreError):
    pass


class EvalError(FootprintError):
    pass
