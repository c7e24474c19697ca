"""The dashboard end to end: Debian's Chromium (through Playwright) against a server on loopback.

The server runs in a thread of the test process (uvicorn, the same app `newsevents serve` runs) on a
copy of the sample database; every test saves a screenshot under its tmp_path. Without Chromium the
tests are skipped with a reason, except in CI (CI=true), where they fail: they must run there.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from newsevents import Settings
from newsevents.api import create_app
from newsevents.config import StoreSettings

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.issue(14)]

CHROMIUM = os.environ.get("NEWSEVENTS_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason}: the browser tests must run in CI (.ci/run installs chromium)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the playwright package is not installed (pip install -e '.[test]')")
    if not Path(CHROMIUM).exists():
        unavailable(f"Debian's chromium is not at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


class LiveServer:
    """uvicorn serving the app on a free loopback port, in a thread, until stopped."""

    def __init__(self, db: Path, pipeline: Any, **serve: Any):
        import uvicorn

        settings = replace(Settings(), store=StoreSettings(db=str(db)))
        settings = replace(settings, serve=replace(settings.serve, **serve))
        app = create_app(settings, pipeline=pipeline)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", server_header=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)


@pytest.fixture
def live(db_copy, pipeline) -> Iterator[LiveServer]:
    with LiveServer(db_copy, pipeline) as server:
        yield server


@pytest.fixture
def page(browser, live, tmp_path) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    problems: list[str] = []
    tab.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    tab.on("console", lambda msg: problems.append(f"console: {msg.text}") if msg.type == "error" else None)
    tab.on("dialog", lambda dialog: problems.append(f"dialog: {dialog.message}"))
    tab.base = live.url  # type: ignore[attr-defined]
    yield tab
    tab.screenshot(path=str(tmp_path / "final.png"), full_page=True)
    context.close()
    assert not problems, problems


def visit(page: Any, fragment: str) -> None:
    page.goto(f"{page.base}/{fragment}")


def test_overview_renders_its_charts(page, tmp_path):
    visit(page, "#/overview")
    page.wait_for_selector("svg.stacked g.bar rect")
    assert page.locator("svg.stacked g.bar").count() >= 10
    assert page.locator("#top-dyads li").count() == 10 and page.locator("#top-actors li").count() == 10
    assert "no events reviewed yet" in page.locator("#review-share").inner_text()
    page.screenshot(path=str(tmp_path / "overview.png"), full_page=True)
    page.locator("svg.stacked g.bar").first.click()
    page.wait_for_selector("table.events tbody tr")
    assert "date_from=" in page.url


def test_dyad_explorer_shows_usa_and_afghanistan_and_the_events_behind_a_bar(page, tmp_path):
    visit(page, "#/dyads")
    page.fill("#dyad-form input[name=a]", "usa")
    page.fill("#dyad-form input[name=b]", "AFG")
    page.select_option("#dyad-form select", "year")
    page.click("#dyad-form button")
    page.wait_for_selector("svg.diverging g.bar")
    assert page.locator("#dyad-chart h2").inner_text().startswith("USA and AFG:")
    directions = set(page.locator("svg.diverging g.bar").evaluate_all("bars => bars.map(b => b.dataset.direction)"))
    assert directions == {"USA->AFG", "AFG->USA"}
    page.locator("svg.diverging g.bar").first.click()
    page.wait_for_selector("#dyad-events table.events tbody tr")
    sources = page.locator("#dyad-events tbody tr td:nth-child(2)").all_inner_texts()
    assert sources and all(s.startswith(("USA", "AFG")) for s in sources)
    page.screenshot(path=str(tmp_path / "dyad-usa-afg.png"), full_page=True)


def test_an_event_opens_its_article_with_highlighted_spans(page, tmp_path):
    visit(page, "#/events?source=AFGINS&root=19")
    page.wait_for_selector("table.events tbody tr")
    trigger = page.locator("table.events tbody tr td.trigger-cell").first.inner_text()
    page.locator("table.events tbody tr td a").first.click()
    page.wait_for_selector("a.open-article")
    page.locator("a.open-article").first.click()
    page.wait_for_selector(".article-text mark.hl-trigger")
    assert page.locator(".article-text mark.hl-trigger").inner_text() == trigger
    assert page.locator(".article-text mark.hl-source").count() >= 1
    assert page.locator(".article-text mark.hl-source").first.inner_text().strip()
    details = page.locator("#event-detail").inner_text()
    assert "rule" in details and "@" in details and "date" in details and "place" in details
    page.screenshot(path=str(tmp_path / "article.png"), full_page=True)


def test_the_paste_box_codes_a_sentence_and_explains_it(page, tmp_path):
    visit(page, "#/code")
    page.fill("#paste-text", "Qatar hosted talks between Afghanistan's Taliban government and US officials in Doha "
                             "last week.")
    page.fill("#paste-date", "2022-03-09")
    page.click("#paste-code")
    page.wait_for_selector("table.coded tbody tr", timeout=60_000)
    rows = page.locator("table.coded tbody tr").all_inner_texts()
    assert any("QAT" in row and "045" in row for row in rows)
    assert page.locator("#paste-results .article-text mark.hl-trigger").inner_text() == "hosted"
    page.click("#explain")
    page.wait_for_selector("#trace details.candidate")
    assert "hosted" in page.locator("#trace").inner_text()
    page.screenshot(path=str(tmp_path / "paste.png"), full_page=True)


def test_an_event_marked_wrong_is_listed_and_exported_for_training(page, live, tmp_path):
    visit(page, "#/article/sample-002")
    page.wait_for_selector("#mark-wrong")
    mention = page.evaluate("location.hash")
    page.click("#mark-wrong")
    page.wait_for_selector("#correction-form")
    page.fill("#correction-form input[name=code]", "193")
    page.select_option("#correction-form select[name=mode]", "actual")
    page.fill("#correction-form input[name=note]", "small arms, not an attack")
    page.click("#correction-form button[type=submit]")
    page.wait_for_selector("p.verdict.wrong")
    assert "should be 193" in page.locator("p.verdict.wrong").inner_text()
    page.screenshot(path=str(tmp_path / "marked-wrong.png"), full_page=True)
    listed = httpx.get(f"{live.url}/api/corrections").json()
    assert listed["total"] == 1 and listed["corrections"][0]["code"] == "193", mention
    visit(page, "#/overview")
    page.wait_for_selector("#review-share")
    assert "0% of 1 reviewed events judged right" in page.locator("#review-share").inner_text()
    live.__exit__()  # the exporting command opens the database file, which the server holds while it runs
    out = tmp_path / "corrections.jsonl"
    db = live.server.config.app.state.newsevents.settings.store.db
    env = {**os.environ, "NO_COLOR": "1"}
    subprocess.run([sys.executable, "-m", "newsevents", "corrections", "export", "--db", db, "--out", str(out)],
                   check=True, capture_output=True, env=env, timeout=120)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert any(e["code"] == "193" and "small arms" in e["note"] for r in records for e in r["events"])
    check = subprocess.run([sys.executable, "-m", "newsevents.train.corpus", str(out)], capture_output=True,
                           text=True, env=env, timeout=120)
    assert check.returncode == 0, check.stdout


def test_markup_in_an_article_is_shown_as_text(page, tmp_path):
    visit(page, "#/article/hostile-1")
    page.wait_for_selector(".article-text")
    assert "<script>window.pwned = 1</script>" in page.locator(".article-text").inner_text()
    assert page.locator("h1").inner_text().startswith("<img src=x")
    assert page.locator("#main script, #main img, #main b").count() == 0
    assert page.evaluate("window.pwned") is None
    assert page.locator("#main a[href^='javascript']").count() == 0
    page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)


def test_the_map_draws_outlines_and_points_without_tiles(page, tmp_path):
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    visit(page, "#/map")
    page.wait_for_selector("svg.map circle.place")
    assert page.locator("svg.map path.country").count() > 150
    assert page.locator("svg.map circle.place").count() >= 10
    assert all(url.startswith(page.base) for url in requests), requests
    page.locator("svg.map circle.place[data-place='Kabul']").dispatch_event("click")
    page.wait_for_selector("#place-events tbody tr")
    page.screenshot(path=str(tmp_path / "map.png"), full_page=True)


def test_with_every_request_guarded_the_page_asks_for_the_token(browser, db_copy, pipeline, tmp_path):
    with LiveServer(db_copy, pipeline, token="s3cret", protect="all") as server:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        tab = context.new_page()
        tab.goto(f"{server.url}/#/overview")
        tab.wait_for_selector("#token.needed input")
        assert "token" in tab.locator("#main .message.error").inner_text()
        tab.fill("#token input", "s3cret")
        tab.click("#token button")
        tab.wait_for_selector("svg.stacked g.bar rect")
        tab.screenshot(path=str(tmp_path / "token.png"), full_page=True)
        context.close()
