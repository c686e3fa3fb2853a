"""The ``reformrules`` command through its console script, in a subprocess: exit codes, messages, batches.

The console script is the one pip installs next to the interpreter. Where the package was installed
before its ``[project.scripts]`` entry existed (a development checkout), the fixture writes the same
launcher pip writes, from the entry point declared in pyproject.toml, so the test still runs the
declared ``module:function`` in a fresh process.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLANS = ROOT / "examples" / "plans"
SEED_000 = PLANS / "000_56be073c6998dd9f.txt"
SEED_003 = PLANS / "003_e5038761a6850e2f.txt"
SEED_004 = PLANS / "004_507df5ea52532140.txt"


def _entry_point() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    found = re.search(r'^\[project\.scripts\]\s*\nreformrules\s*=\s*"([\w.]+:\w+)"', text, re.M)
    assert found, "pyproject.toml declares no reformrules console script"
    return found.group(1)


@pytest.fixture(scope="module")
def cli(tmp_path_factory) -> list[str]:
    """The command that runs the console script."""
    installed = Path(sys.executable).parent / "reformrules"
    if installed.is_file():
        return [str(installed)]
    module, function = _entry_point().split(":")
    launcher = tmp_path_factory.mktemp("bin") / "reformrules"
    launcher.write_text(f"import sys\nfrom {module} import {function}\nsys.exit({function}())\n", encoding="utf-8")
    return [sys.executable, str(launcher)]


def run(cli: list[str], *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    result = subprocess.run([*cli, *args], capture_output=True, text=True, cwd=cwd, timeout=120,
                            env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"})
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_help_lists_the_subcommands(cli) -> None:
    result = run(cli, "--help")
    assert result.returncode == 0
    for command in ("parse", "plan", "status", "targets", "graph", "export"):
        assert command in result.stdout


@pytest.mark.parametrize("args, message", [
    ((), "the following arguments are required: COMMAND"),
    (("frobnicate",), "argument COMMAND: invalid choice: 'frobnicate'"),
    (("status", str(SEED_000), "--as-of", "2018-13-01"),
     "argument --as-of: '2018-13-01' is not a date in the form YYYY-MM-DD"),
    (("status", str(SEED_000), "--due-soon-days", "-2"), "argument --due-soon-days: '-2' is not a whole number >= 0"),
    (("status",), "the following arguments are required: FILE"),
    (("targets", str(SEED_003)), "the following arguments are required: --actuals"),
    (("export", str(SEED_000), "--format", "pdf", "-o", "x.pdf"), "argument --format: invalid choice: 'pdf'"),
    (("export", str(SEED_000), "--as-of", "2018-07-02", "-o", "x.pdf"),
     "give --format (json, csv, xlsx, docx, html, ics) or an -o file with one of these extensions"),
    (("status", str(SEED_000), "--lang", "fr"), "argument --lang: invalid choice: 'fr'"),
    (("status", "examples/plans/*.docx", "--as-of", "2018-07-02"), "examples/plans/*.docx: no file matches"),
], ids=["no-command", "bad-command", "bad-date", "negative-window", "no-file", "no-actuals", "bad-format",
        "no-format", "bad-lang", "empty-glob"])
def test_usage_errors_exit_2_with_usage_and_one_error_line(cli, args, message) -> None:
    result = run(cli, *args)
    assert result.returncode == 2
    assert f"reformrules: error: {message}" in result.stderr
    assert len([line for line in result.stderr.splitlines() if line.startswith("reformrules: error:")]) == 1
    assert result.stdout == ""


def test_status_exits_1_when_a_task_is_overdue(cli) -> None:
    result = run(cli, "status", str(SEED_000), "--as-of", "2018-07-02")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    # the 44 rows, and the body's duties: IV.1 and IV.2 ("trong Quý I năm 2018", lines 176, 186) are overdue,
    # III.1, IV.3, IV.4, IV.8 give no deadline
    assert lines[0] == ("000_56be073c6998dd9f.txt, tình trạng đến ngày 02/07/2018: 8 quá hạn, 7 đang chờ, "
                        "29 đang thực hiện, 2 thường xuyên, 4 chưa xác định thời hạn")
    assert lines[1].split() == ["STT", "Nhiệm", "vụ", "Tình", "trạng", "Hạn", "Ngày", "LV", "Cơ", "quan", "chủ", "trì",
                                "Căn", "cứ", "xác", "định"]
    # seed 000 line 276: "Xây dựng Quy chế phối hợp trong việc xây dựng, hoàn thiện các quy định …", Quý I/2018
    assert re.match(r"I\.2\s+Xây dựng Quy chế phối hợp trong việc xây dựng…\s+quá hạn\s+31/03/2018\s+-63\s+"
                    r"Sở Kế hoạch và Đầu tư\s+Hạn hoàn thành 31/03/2018; đã quá hạn 63 ngày làm việc", lines[3])
    assert result.stderr == ""


def test_status_in_english(cli) -> None:
    result = run(cli, "status", str(SEED_000), "--as-of", "2018-07-02", "--lang", "en")
    lines = result.stdout.splitlines()
    assert lines[0] == ("000_56be073c6998dd9f.txt, status as of 2018-07-02: 8 overdue, 7 waiting, 29 in progress, 2 continuous, "
                        "4 no readable deadline")
    assert re.match(r"I\.2\s+Xây dựng Quy chế phối hợp trong việc xây dựng…\s+overdue\s+2018-03-31\s+-63\s+"
                    r"Sở Kế hoạch và Đầu tư\s+Due 2018-03-31; 63 working days \(93 calendar days\) late", lines[3])


def test_status_exits_0_when_nothing_is_overdue(cli) -> None:
    result = run(cli, "status", str(SEED_000), "--as-of", "2018-01-02", "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["as_of"] == "2018-01-02" and len(report["tasks"]) == 44 + 6  # the rows and 6 body duties
    assert {t["status"] for t in report["tasks"]} == {"open", "not_started", "waiting", "ongoing", "unknown"}


def test_status_defaults_to_today_and_says_so(cli) -> None:
    result = run(cli, "status", str(SEED_004), "--format", "csv")
    assert result.returncode in (0, 1)
    first = result.stderr.splitlines()[0]
    assert re.fullmatch(r"reformrules: note: as of \d{4}-\d\d-\d\d \(today; pass --as-of YYYY-MM-DD to choose the date\)",
                        first)
    used = date.fromisoformat(first.split()[4])
    assert abs((used - date.today()).days) <= 1  # the test and the command may straddle midnight


def test_a_missing_plan_is_one_error_line(cli, tmp_path) -> None:
    result = run(cli, "status", str(tmp_path / "nope.txt"), "--as-of", "2018-07-02")
    assert result.returncode == 2
    assert result.stderr == f"reformrules: error: {tmp_path / 'nope.txt'}: no such file\n"


def test_a_file_without_tasks_is_a_warning(cli, tmp_path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Ghi chú cuộc họp\nKhông có kế hoạch nào ở đây.\n", encoding="utf-8")
    result = run(cli, "status", str(notes), "--as-of", "2022-03-25")
    assert result.returncode == 3  # nothing trackable: never "nothing overdue" (NOTHING_TRACKABLE_EXIT)
    assert result.stderr.startswith(f"reformrules: warning: {notes}: ") and "yields no tasks" in result.stderr
    assert result.stdout.startswith("notes.txt, tình trạng đến ngày 25/03/2022: không có nhiệm vụ")


def test_a_batch_goes_on_past_a_bad_file(cli, tmp_path) -> None:
    for seed in (SEED_000, SEED_004):
        shutil.copy(seed, tmp_path / seed.name)
    (tmp_path / "002_bad.txt").write_bytes(b"\x00\x01PK\x03\x04 not a plan at all" * 10)
    result = run(cli, "status", str(tmp_path), "--as-of", "2022-03-25", "--jobs", "2")
    assert result.returncode == 2  # a file could not be read; the others are reported
    errors = [line for line in result.stderr.splitlines() if line.startswith("reformrules: error:")]
    assert len(errors) == 1 and str(tmp_path / "002_bad.txt") in errors[0]
    heads = [line for line in result.stdout.splitlines() if ", tình trạng đến ngày 25/03/2022: " in line]
    assert [h.split(",")[0] for h in heads] == ["000_56be073c6998dd9f.txt", "004_507df5ea52532140.txt"]


def test_a_glob_is_a_batch_and_json_is_a_list(cli) -> None:
    result = run(cli, "status", "examples/plans/00[34]_*.txt", "--as-of", "2022-04-01", "--format", "json")
    reports = json.loads(result.stdout)
    assert [r["plan"]["doc_id"] for r in reports] == ["003_e5038761a6850e2f.txt", "004_507df5ea52532140.txt"]
    assert result.returncode == 1  # 004's Quý I/2022 tasks are overdue on 1 April


def test_progress_rows_are_used_and_bad_rows_named(cli, tmp_path) -> None:
    progress = tmp_path / "progress.csv"
    # body:IV.6, the body's 30-day report (due 2022-02-21), is done: nothing is overdue, the bad row gives exit 2
    progress.write_text("kind,key,date\ndone,I.1,2022-01-28\ndone,I.2,31/02/2022\ndone,body:IV.6,2022-02-18\n",
                        encoding="utf-8")
    result = run(cli, "status", str(SEED_004), "--as-of", "2022-03-25", "--progress", str(progress), "--format", "json")
    assert result.returncode == 2  # a bad row, and nothing overdue
    assert result.stderr == ("reformrules: error: progress.csv line 3 (key 'I.2'): date '31/02/2022' is not a day of "
                             "the calendar\n")
    rows = {t["id"]: t["status"] for t in json.loads(result.stdout)["tasks"]}
    assert rows["I.1"] == "done" and rows["I.2"] == "due_soon"


def test_an_unreadable_progress_file_is_a_usage_level_error(cli, tmp_path) -> None:
    progress = tmp_path / "p.csv"
    progress.write_text("task,when\nI.1,2022-01-28\n", encoding="utf-8")
    result = run(cli, "status", str(SEED_004), "--as-of", "2022-03-25", "--progress", str(progress))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(f"reformrules: error: {progress}: line 1: the header needs the columns")


def test_parse_one_phrase(cli) -> None:
    good = run(cli, "parse", "Quý II/2018", "--plan-year", "2018")
    assert good.returncode == 0
    assert good.stdout.splitlines() == ["phrase: Quý II/2018", "rule:   within 2018Q2", "start:  2018-04-01",
                                        "due:    2018-06-30"]
    bad = run(cli, "parse", "ngay trong tuần tới")
    assert bad.returncode == 1 and "error[deadline.unparsed]" in bad.stdout


def test_plan_table(cli) -> None:
    result = run(cli, "plan", str(SEED_000))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("000_56be073c6998dd9f.txt: 4034/QĐ-UBND")
    # seed 000 line 259: "Xây dựng cơ chế tổng hợp, điều phối thống nhất cải cách thể chế, …", "Trong năm 2018"
    assert re.match(r"I\.1\s+Xây dựng cơ chế tổng hợp, điều phối thống nhất cải cách…\s+259\s+Trong năm 2018\s+"
                    r"31/12/2018\s+Sở Kế hoạch và Đầu tư$", lines[2])


def test_targets_exit_1_when_one_is_not_met(cli) -> None:
    result = run(cli, "targets", str(SEED_003), "--actuals", "examples/actuals_sample.csv", "--format", "json")
    assert result.returncode == 1  # a target is not met; the sample's bad rows are named but never hide it
    data = json.loads(result.stdout)
    verdicts = {t["id"]: t["status"] for t in data["targets"]}
    assert "not_met" in verdicts.values() and "met" in verdicts.values()
    assert "actuals_sample.csv row" in result.stderr


def test_graph_formats(cli, tmp_path) -> None:
    data = json.loads(run(cli, "graph", str(SEED_000), "--format", "json").stdout)
    assert any(n["id"] == "task:I.1" for n in data["nodes"])
    out = tmp_path / "g.graphml"
    result = run(cli, "graph", str(SEED_000), "--format", "graphml", "-o", str(out))
    assert result.returncode == 0 and out.read_text(encoding="utf-8").startswith("<?xml")


def test_export_files(cli, tmp_path) -> None:
    html, csv_file = tmp_path / "status.html", tmp_path / "status.csv"
    assert run(cli, "export", str(SEED_000), "--as-of", "2018-07-02", "--format", "html", "-o", str(html)).returncode == 0
    assert '<tr data-task="I.2"' in html.read_text(encoding="utf-8")
    run(cli, "export", str(SEED_000), "--as-of", "2018-07-02", "--format", "csv", "-o", str(csv_file))
    assert csv_file.read_bytes().startswith("\ufeffKế hoạch,STT,Nhiệm vụ,Phần,Tình trạng".encode())
    out = run(cli, "export", str(SEED_000), "--as-of", "2018-07-02", "--format", "json", "-o", "-")
    assert json.loads(out.stdout)["plan"]["number"] == "4034/QĐ-UBND"


def test_export_batch_writes_one_file_per_plan(cli, tmp_path) -> None:
    result = run(cli, "export", "examples/plans/00[01]_*.txt", "--as-of", "2022-03-25", "--format", "json",
                 "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["000_56be073c6998dd9f.json",
                                                                    "001_e222448dd8226e4d.json"]


def test_export_ics_needs_icalendar_or_makes_a_calendar(cli, tmp_path) -> None:
    out = tmp_path / "plan.ics"
    result = run(cli, "export", str(SEED_000), "--as-of", "2018-07-02", "--format", "ics", "-o", str(out))
    try:
        import icalendar  # noqa: F401
    except ImportError:
        assert result.returncode == 2 and 'pip install "reformrules[ical]"' in result.stderr
    else:
        assert result.returncode == 0 and out.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_python_dash_m_is_the_same_command() -> None:
    result = subprocess.run([sys.executable, "-m", "reformrules", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("reformrules ")


def test_a_batch_in_process_with_the_progress_bar(capsys) -> None:
    pytest.importorskip("rich", reason="the progress bar needs the optional rich package")
    from reformrules.cli import Job, run_batch

    jobs = [Job("status", str(p), date(2022, 3, 25)) for p in (SEED_000, SEED_004, PLANS / "missing.txt")]
    outcomes = run_batch(jobs, workers=2, show_bar=True)
    assert [o.path for o in outcomes] == [j.path for j in jobs]
    assert [o.error is None for o in outcomes] == [True, True, False]
    assert "no such file" in outcomes[2].error
    assert outcomes[1].value[0].task("I.1").status.value == "done"  # the plan itself, issued 21/01/2022


def test_stdin_and_the_format_from_the_output_extension(cli, tmp_path) -> None:
    data = SEED_004.read_bytes()
    result = subprocess.run([*cli, "status", "-", "--as-of", "2022-07-01", "-o", str(tmp_path / "s.json")], input=data,
                            capture_output=True, timeout=120)
    assert result.returncode == 1 and b"Traceback" not in result.stderr  # 004 has overdue tasks on 1 July 2022
    report = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert report["plan"]["number"] == "12/QĐ-UBND" and report["plan"]["doc_id"] == "stdin"
    assert result.stderr.decode().strip() == f"reformrules: note: wrote {tmp_path / 's.json'}"


def test_every_command_takes_an_output_file(cli, tmp_path) -> None:
    commands = {
        "parse": ("parse", "Quý II/2018", "--plan-year", "2018"),
        "plan": ("plan", str(SEED_000)),
        "status": ("status", str(SEED_000), "--as-of", "2018-07-02"),
        "targets": ("targets", str(SEED_003), "--actuals", "examples/actuals_sample.csv"),
        "graph": ("graph", str(SEED_000), "--format", "json"),
    }
    for name, args in commands.items():
        out = tmp_path / f"{name}.txt" if name != "graph" else tmp_path / "g.json"
        result = run(cli, *args, "-o", str(out))
        assert result.stdout == "" and out.stat().st_size > 0, name
        assert "--output" in run(cli, name, "--help").stdout


def test_help_describes_the_format_choices_and_default(cli) -> None:
    text = " ".join(run(cli, "status", "--help").stdout.split())
    assert "output format: table, json, csv, xlsx, docx, html, ics (default: table; inferred from the -o extension" in text
    assert ".xlsx → xlsx" in text


def test_a_combined_html_page_for_a_batch(cli, tmp_path) -> None:
    page = tmp_path / "all.html"
    result = run(cli, "export", "examples/plans/00[34]_*.txt", "--as-of", "2022-07-01", "-o", str(page))
    assert result.returncode == 0, result.stderr
    text = page.read_text(encoding="utf-8")
    assert text.count('<section class="plan"') == 2 and 'href="#p2"' in text


def test_an_unexpected_failure_is_one_line_and_the_traceback_needs_debug(monkeypatch, capsys) -> None:
    from reformrules import cli as command
    from reformrules.tracker import status

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(status, "plan_targets", broken)
    assert command.main(["targets", str(SEED_003), "--actuals", "examples/actuals_sample.csv", "--jobs", "1"]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == (f"reformrules: error: {SEED_003}: internal error RuntimeError: boom (a bug in "
                                    "reformrules; please report it with this file)")
    assert "Traceback" not in err
    assert command.main(["targets", str(SEED_003), "--actuals", "examples/actuals_sample.csv", "--debug"]) == 2
    assert "Traceback (most recent call last)" in capsys.readouterr().err


def test_a_failure_outside_the_workers_names_the_input(monkeypatch, capsys) -> None:
    from reformrules import cli as command

    def broken(args, printer):
        raise KeyError("no such column")

    parser = command.build_parser

    def patched():
        built = parser()
        for action in built._subparsers._group_actions[0].choices.values():  # every subcommand
            action.set_defaults(run=broken)
        return built

    monkeypatch.setattr(command, "build_parser", patched)
    assert command.main(["plan", str(SEED_000)]) == 2
    err = capsys.readouterr().err
    assert err == (f"reformrules: error: {SEED_000}: internal error KeyError: 'no such column' (a bug in reformrules; "
                   "run again with --debug for the traceback, and please report it)\n")


def test_control_characters_of_a_plan_never_reach_the_terminal(tmp_path, capsys) -> None:
    from reformrules import cli as command

    text = SEED_004.read_text(encoding="utf-8").replace("Ban hành Kế hoạch CCHC thị xã Ninh Hòa năm 2022",
                                                        "Ban hành \x1b[2J\x1b]0;owned\x07Kế hoạch\r\u202e", 1)
    plan = tmp_path / "hostile.txt"
    plan.write_text(text, encoding="utf-8")
    command.main(["plan", str(plan)])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out and "\u202e" not in out
    assert "Ban hành \\x1b[2J\\x1b]0;owned\\x07Kế hoạch" in out


def test_progress_on_stderr_without_rich(monkeypatch, capsys) -> None:
    from reformrules import cli as command

    monkeypatch.setitem(sys.modules, "rich", None)
    monkeypatch.setitem(sys.modules, "rich.console", None)
    jobs = [command.Job("plan", str(p)) for p in (SEED_000, SEED_004)]
    command.run_batch(jobs, workers=1, show_bar=True)
    err = capsys.readouterr().err
    assert "reformrules: 1/2 plans: 000_56be073c6998dd9f.txt" in err and "2/2 plans: 004_507df5ea52532140.txt" in err
