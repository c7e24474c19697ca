"""The README stays true: its demo report and its Python example's output are what the code prints
now (regenerate both with `make readme` or `python docs/gen_readme.py`) (issue 12)."""

from __future__ import annotations

import importlib.util

import pytest

from .conftest import REPO

pytestmark = pytest.mark.issue(12)


@pytest.fixture(scope="module")
def gen_readme():
    spec = importlib.util.spec_from_file_location("gen_readme", REPO / "docs" / "gen_readme.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def readme() -> str:
    return (REPO / "README.md").read_text()


def test_readme_has_the_generated_blocks(gen_readme, readme):
    assert set(gen_readme.blocks(readme)) == {"demo", "python-example", "python-output"}


def test_readme_demo_report_is_what_the_demo_prints(gen_readme, readme, sample_db):
    shown = gen_readme.blocks(readme)["demo"]
    assert shown == gen_readme.demo_report(sample_db), "README demo output is stale: run make readme"


def test_readme_python_example_prints_what_the_readme_shows(gen_readme, readme, pipeline):
    shown = gen_readme.blocks(readme)["python-output"]
    assert shown == gen_readme.python_output(readme), "README Python output is stale: run make readme"
    assert "KENGOV  040 CONSULT" in shown
