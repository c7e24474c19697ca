"""Ingest: every input format, stable ids, and malformed records reported with file and line."""

from __future__ import annotations

import datetime as dt
import json

from newsevents.ingest import content_hash, read_path, read_string
from newsevents.records import Article, Problem


def articles(results):
    return [r for r in results if isinstance(r, Article)]


def problems(results):
    return [r for r in results if isinstance(r, Problem)]


def test_plain_text_with_title_and_front_matter(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("---\ndate: 2022-03-01\nsource: Demo Wire\n---\nTalks resume\n\nKenya met Uganda on Monday.\n")
    [article] = articles(read_path(path))
    assert article.title == "Talks resume"
    assert article.text == "Kenya met Uganda on Monday."
    assert article.date == dt.date(2022, 3, 1)
    assert article.source == "Demo Wire"
    assert article.article_id == "story"


def test_plain_text_sidecar_metadata(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text("Chad accused Sudan of shelling the border.\n")
    (tmp_path / "b.txt.json").write_text(json.dumps({"date": "2020-05-02", "publisher": "Sahel Post"}))
    [article] = articles(read_path(tmp_path))
    assert article.date == dt.date(2020, 5, 2) and article.source == "Sahel Post"
    assert article.title == ""  # a first line ending in a full stop is text, not a title


def test_jsonl_good_and_bad_lines_are_reported_with_line_numbers(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": f"Story {i}.", "date": "2021-01-0" + str(i + 1)}) for i in range(3)]
    lines.insert(1, "{not json")
    lines.append(json.dumps({"id": "x", "title": "no text"}))
    lines.append(json.dumps({"id": "y", "text": "Bad date.", "date": "yesterday-ish"}))
    path.write_text("\n".join(lines) + "\n")
    results = list(read_path(path))
    assert [a.article_id for a in articles(results)] == ["a0", "a1", "a2"]
    found = {p.location: p.code for p in problems(results)}
    assert found == {f"{path}:2": "bad-json", f"{path}:5": "missing-text", f"{path}:6": "bad-date"}
    assert all(p.raw for p in problems(results))


def test_csv_with_publication_date_and_publisher(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("id,title,text,publication_date,publisher,url\n"
                    "c1,T,\"Iran, Iraq sign deal.\",2019-02-03T10:00:00,Wire,http://x\n"
                    "c2,T,,2019-02-03,Wire,\n")
    results = list(read_path(path))
    [article] = articles(results)
    assert article.text == "Iran, Iraq sign deal." and article.date == dt.date(2019, 2, 3)
    assert article.source == "Wire" and article.url == "http://x"
    assert problems(results)[0].location == f"{path}:3"


def test_html_main_text_and_metadata(tmp_path):
    body = "<p>" + "Peru and Chile signed a fisheries agreement in Lima on Tuesday. " * 3 + "</p>"
    html = (f"<html><head><title>Fish deal</title><meta name='date' content='2023-06-06'></head>"
            f"<body><nav>Menu Home</nav><article>{body}</article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html)
    [article] = articles(read_path(path))
    assert "fisheries agreement" in article.text and "Menu" not in article.text
    assert article.title == "Fish deal"


def test_missing_id_gets_a_stable_content_hash_id():
    first = articles(read_string('{"text": "Mali expelled the French ambassador."}', "<stdin>", ""))[0]
    again = articles(read_string('{"text": "Mali  expelled the French ambassador."}', "<stdin>", ""))[0]
    assert first.article_id == again.article_id == "a-" + content_hash(first.text)[:16]


def test_directory_is_read_recursively_by_extension(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text("Ghana hosted talks.")
    (tmp_path / "two.jsonl").write_text('{"id": "j", "text": "Togo met Benin."}\n')
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    ids = sorted(a.article_id for a in articles(read_path(tmp_path)))
    assert ids == ["j", "sub/one"]  # relative to the folder given: a/story and b/story stay apart


def test_missing_file_is_a_problem_not_an_exception(tmp_path):
    [problem] = list(read_path(tmp_path / "nope.txt"))
    assert problem.code == "no-such-file" and "nope.txt" in problem.message


def test_bad_sidecar_is_a_warning_and_the_article_is_kept(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("Mali expelled the French ambassador.\n")
    (tmp_path / "c.txt.json").write_text("{broken")
    results = list(read_path(path))
    [article] = articles(results)
    [problem] = problems(results)
    assert article.text.startswith("Mali") and problem.code == "bad-sidecar"
    assert problem.severity.value == "warning" and "c.txt.json" in problem.message
