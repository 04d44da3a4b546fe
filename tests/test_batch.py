"""`communique batch` on a Dask LocalCluster, the Parquet dataset it writes, and reading it back.

One LocalCluster of two worker processes serves the module (each worker loads the models
once, on its first partition). The records are compared with a single-process `extract` of the
same inputs; interrupted runs are re-run and must leave every partition exactly once.
"""
import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from communique import cli, extract_batch, read_inputs
from communique.running import batch as batch_module
from communique.running.batch import MARKERS, BatchError, partitions, run_batch, year_month
from communique.running.dataset import DatasetError, connect, load_dataset, query
from communique.storing import Store


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=logging.ERROR)
    with Client(cluster) as dask_client:
        yield dask_client
    cluster.close()


@pytest.fixture(scope="module")
def dev(shared_dir) -> str:
    return str(shared_dir / "eval" / "dev.jsonl")


@pytest.fixture(scope="module")
def expected(dev) -> list[dict]:
    """The records a single-process extract writes for the dev set."""
    return [record.to_dict() for record in extract_batch(d for d in read_inputs([dev]))]


def part_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("part-*.parquet"))


def check_complete(root: Path, expected: list[dict], partition_size: int) -> None:
    """The dataset holds each expected record once, in its month, and each partition once."""
    assert list(load_dataset(root, with_text=False)) == expected
    con = connect(root)
    rows = con.execute("select doc_id, year, month, date, record_json from records order by position").fetchall()
    assert [r[0] for r in rows] == [r["doc_id"] for r in expected]
    assert [json.loads(r[4]) for r in rows] == expected
    for doc_id, year, month, date, _ in rows:
        assert (year, month) == year_month(date), doc_id
    events = con.execute("select count(*), count(distinct event_id) from events").fetchone()
    assert events == (sum(len(r["events"]) for r in expected),) * 2
    keys = sorted(p.stem for p in (root / MARKERS).glob("*.json"))
    assert len(keys) == -(-len(expected) // partition_size)
    # Every file belongs to a partition with a marker, and a partition's file of a table and
    # month exists once (the name is the key: a rewrite replaces it).
    files = part_files(root)
    assert {f.rsplit("part-", 1)[1][: -len(".parquet")] for f in files} == set(keys)
    assert not list(root.rglob(".tmp-*"))
    manifest = json.loads((root / "manifest.json").read_text())
    assert manifest["complete"] is True
    assert (manifest["documents"], manifest["records"]) == (len(expected), len(expected))
    assert sorted(f for p in manifest["partitions"] for f in p["files"]) == files


def test_batch_on_two_workers_writes_extract_s_records(tmp_path, client, dev, expected, capsys):
    out = tmp_path / "dataset"
    summary = run_batch([dev], out, partition_size=5, client=client)
    assert (summary.coded, summary.failed, summary.written_partitions) == (26, 0, 6)
    check_complete(out, expected, 5)
    # A second run finds everything done and codes nothing.
    again = run_batch([dev], out, partition_size=5, client=client)
    assert (again.coded, again.skipped_partitions, again.total_records) == (0, 6, 26)


def test_an_interrupted_run_completes_on_re_run_without_duplicates(tmp_path, client, dev, expected):
    out = tmp_path / "dataset"
    written = []

    def interrupt_after_two(key):
        written.append(key)
        if len(written) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch([dev], out, partition_size=4, client=client, after_partition=interrupt_after_two)
    markers = sorted((out / MARKERS).glob("*.json"))
    assert [m.stem for m in markers] == sorted(written)
    assert json.loads((out / "manifest.json").read_text())["complete"] is False
    # As if killed later still: one more partition's files written but not its marker, and a
    # file caught half-written under its temporary name.
    lost = markers[0]
    lost_files = json.loads(lost.read_text())["files"]
    lost.unlink()
    (out / "records" / ".tmp-abc.parquet").write_bytes(b"PAR1 half")

    summary = run_batch([dev], out, partition_size=4, client=client)
    assert summary.skipped_partitions == 1
    assert summary.written_partitions == 6
    check_complete(out, expected, 4)
    assert set(lost_files) <= set(part_files(out))


def test_a_killed_run_completes_on_re_run(tmp_path, client, dev, expected):
    """SIGKILL to the whole `communique batch` process group (client, scheduler, worker) once its
    first partition is written; the re-run completes the dataset."""
    out = tmp_path / "dataset"
    process = subprocess.Popen([sys.executable, "-m", "communique", "batch", dev, "--out", str(out),
                                "--workers", "1", "--partition-size", "3"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        while not list(out.glob(f"{MARKERS}/*.json")):
            assert process.poll() is None, "the batch ended before it could be killed"
            assert time.monotonic() < deadline, "no partition written in time"
            time.sleep(0.2)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    done_before = len(list((out / MARKERS).glob("*.json")))
    assert 1 <= done_before < 9
    summary = run_batch([dev], out, partition_size=3, client=client)
    assert summary.skipped_partitions == done_before
    check_complete(out, expected, 3)


def test_partitions_of_other_inputs_are_removed_when_the_inputs_change(tmp_path, client, dev, expected):
    out = tmp_path / "dataset"
    smaller = tmp_path / "dev-without-the-first.jsonl"
    smaller.write_text("".join(open(dev, encoding="utf-8").readlines()[1:]), encoding="utf-8")
    run_batch([dev], out, partition_size=13, client=client)
    summary = run_batch([str(smaller)], out, partition_size=13, client=client)
    assert summary.written_partitions == 2
    check_complete(out, expected[1:], 13)


def test_partition_keys_depend_on_position_and_content(dev):
    documents = [d for d in read_inputs([dev])]
    keys = [p.key for p in partitions(documents, 10)]
    assert keys == [p.key for p in partitions(documents, 10)]
    assert [k[:6] for k in keys] == ["000000", "000001", "000002"]
    documents[12].text += " (corrected)"
    changed = [p.key for p in partitions(documents, 10)]
    assert changed[0] == keys[0] and changed[2] == keys[2] and changed[1] != keys[1]


@pytest.mark.parametrize("date, expected_month", [
    ("2024-03-09", ("2024", "03")), ("2024-03", ("2024", "03")), ("2024", ("2024", "unknown")),
    (None, ("unknown", "unknown")), ("", ("unknown", "unknown")),
])
def test_year_month(date, expected_month):
    assert year_month(date) == expected_month


def test_a_directory_that_is_not_a_dataset_is_refused(tmp_path, dev, capsys):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(BatchError, match="not empty and not a communique dataset"):
        run_batch([dev], tmp_path)
    assert cli.main(["batch", dev, "--out", str(tmp_path)]) == 2
    assert "not a communique dataset" in capsys.readouterr().err
    assert sorted(os.listdir(tmp_path)) == ["notes.txt"]


@pytest.mark.parametrize("argv, message", [
    (["batch", "-", "--out", "d"], "not stdin"),
    (["batch", "x.jsonl", "--out", "d", "--scheduler", "tcp://h:8786", "--workers", "2"], "--workers sets the size"),
    (["batch", "x.jsonl", "--out", "d", "--partition-size", "0"], "'0' is not a whole number of at least 1"),
    (["batch", "x.jsonl"], "the following arguments are required: --out"),
])
def test_bad_batch_arguments(tmp_path, capsys, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    assert cli.main(argv) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "d").exists()


def test_an_unreachable_scheduler_is_reported(tmp_path, dev, capsys, monkeypatch):
    monkeypatch.setattr(batch_module, "CONNECT_TIMEOUT", "1s")
    status = cli.main(["batch", dev, "--out", str(tmp_path / "d"), "--scheduler", "tcp://127.0.0.1:9"])
    assert status == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in capsys.readouterr().err


# --------------------------------------------------------------------------- reading the dataset

@pytest.fixture(scope="module")
def dataset(tmp_path_factory, client, dev) -> Path:
    out = tmp_path_factory.mktemp("dataset")
    run_batch([dev], out, partition_size=9, client=client)
    return out


def test_query_from_python_and_the_command_line(dataset, expected, capsys):
    events = sum(len(r["events"]) for r in expected)
    assert query(dataset, "select count(*) as n from events") == (["n"], [(events,)])
    consult = sum(e["event"] == "CONSULT" for r in expected for e in r["events"])
    assert cli.main(["dataset", "query", str(dataset), "select count(*) n from events where event = 'CONSULT'",
                     "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out) == {"n": consult}
    assert cli.main(["dataset", "query", str(dataset),
                     "select doc_id, n_events from records order by position limit 2", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["doc_id,n_events"] + [
        f"{r['doc_id']},{len(r['events'])}" for r in expected[:2]]
    assert cli.main(["dataset", "query", str(dataset), "select year, count(*) from records group by 1"]) == 0
    assert "rows)" in capsys.readouterr().out


def test_flattened_event_columns_match_the_records(dataset, expected):
    con = connect(dataset)
    rows = con.execute("select event_id, event, actor, recipient, topics, event_json from events").fetchall()
    by_id = {e["id"]: e for r in expected for e in r["events"]}
    assert len(rows) == len(by_id)
    for event_id, event, actor, recipient, topics, event_json in rows:
        e = by_id[event_id]
        assert (event, actor, recipient, topics) == (e["event"], [a["code"] for a in e["actor"]],
                                                     [a["code"] for a in e["recipient"]], e["topics"])
        assert json.loads(event_json) == e


@pytest.mark.parametrize("sql, message", [
    ("select nothing from nowhere", "query failed"),
    ("this is not sql", "query failed"),
])
def test_bad_queries_are_reported(dataset, capsys, sql, message):
    with pytest.raises(DatasetError, match=message):
        query(dataset, sql)
    assert cli.main(["dataset", "query", str(dataset), sql]) == 2
    assert message in capsys.readouterr().err


def test_querying_a_directory_that_is_not_a_dataset(tmp_path, capsys):
    assert cli.main(["dataset", "query", str(tmp_path), "select 1"]) == 2
    assert "not a communique dataset" in capsys.readouterr().err
    assert cli.main(["dataset", "query", str(tmp_path / "missing"), "select 1"]) == 2
    assert "no such directory" in capsys.readouterr().err


def test_the_dataset_loads_into_the_store(tmp_path, dataset, expected):
    with Store.open(tmp_path / "relations.db") as store:
        report = store.ingest(load_dataset(dataset))
        assert (report.added, report.failed) == (len(expected), 0)
        assert store.counts()["documents"] == len(expected)


def test_two_runs_cannot_write_one_dataset_at_once(tmp_path, dev):
    import fcntl

    out = tmp_path / "dataset"
    out.mkdir()
    with open(out / ".lock", "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(BatchError, match="another batch is writing this dataset"):
            run_batch([dev], out)
