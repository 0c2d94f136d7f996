"""The registry loader refuses a country that is not an ISO alpha-2 code (YAML turns a bare NO into false)."""

from __future__ import annotations

import pytest
import yaml

from footprint.actors.registry import actor_from_entry, registry
from footprint.errors import ConfigError


@pytest.mark.parametrize("country", [False, True, 0, "mali", "MLI", "", "N", ["ML"]])
def test_a_country_that_is_no_alpha2_code_is_refused_with_the_entry_named(country):
    with pytest.raises(ConfigError, match="'nrc_like'"):
        actor_from_entry({"id": "nrc_like", "name": "Some Council", "type": "ngo", "country": country}, source="x.yaml")


def test_an_unquoted_no_is_what_yaml_turns_into_false():
    entry = yaml.safe_load("{id: a, name: A, type: ngo, country: NO}")
    assert entry["country"] is False
    with pytest.raises(ConfigError, match="alpha-2"):
        actor_from_entry(entry)


def test_quoted_no_and_missing_country_load():
    assert actor_from_entry({"id": "a", "name": "A", "type": "ngo", "country": "NO"}).country == "NO"
    assert actor_from_entry({"id": "a", "name": "A", "type": "ngo"}).country is None


def test_the_norwegian_refugee_council_is_norwegian():
    assert registry().get("nrc").country == "NO"
