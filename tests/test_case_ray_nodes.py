"""`--engine ray` on a cluster that loses nodes: it goes on while a node is left, and stops in bounded time when none is.

A real multi-node Ray cluster on this machine (ray.cluster_utils: a head with no CPU and worker
nodes of one CPU each); a node is lost by killing its raylet while one of its workers is in the
middle of a long document. Skipped without ray, like tests/test_case_ray.py.
"""

from __future__ import annotations

import glob
import json
import os
import tempfile
import threading
import time
from pathlib import Path

import pytest

from conftest import pdftotext

ray = pytest.importorskip("ray", reason="ray är inte installerat (pip install -e '.[ray]'): Ray-motorn testas inte")

from ray.cluster_utils import Cluster  # noqa: E402
from test_case_ray import LONG, _parent, _run, _verify_log, long_case, working_on  # noqa: E402

from redact.case.ray_engine import SCRATCH, RayEngine  # noqa: E402
from redact.errors import CaseIncompleteError, WorkersLostError  # noqa: E402

START = 10.0  # seconds a new actor may take to be placed and started before it is given up (120 by default)


#: Ray's clusters take the machine, and a node-loss test must catch its moment: after the parallel part, alone.
pytestmark = pytest.mark.serial


@pytest.fixture(scope="module", autouse=True)
def _one_ray_module_at_a_time(ray_alone):
    """Before any cluster of this module starts (see conftest.ray_alone)."""


@pytest.fixture(scope="module")
def cluster():
    assert not ray.is_initialized()  # tests/test_case_ray.py shuts its own cluster down with its module
    c = Cluster(initialize_head=True, head_node_args={"num_cpus": 0})
    # Cluster() writes its address where a plain ray.init() on this machine looks for one: remove
    # it, so that no other Ray user here joins this test cluster by mistake
    from ray._common.utils import reset_ray_address

    reset_ray_address()
    try:
        ray.init(address=c.address, logging_level="ERROR", log_to_driver=False)
        yield c
    finally:
        ray.shutdown()
        c.shutdown()


def _raylet(node) -> int:
    return node.all_processes["raylet"][0].process.pid


class NodeLoss(threading.Thread):
    """Kills the node whose worker is in the middle of the long PDF (once).

    ``rendering``: not while the worker detects it but while it renders it, once ``written`` (the
    document before it) is in the output folder.
    """

    def __init__(self, cluster: Cluster, rendering: bool = False, written: str = ""):
        super().__init__(daemon=True)
        self.cluster = cluster
        self.rendering = rendering
        self.written = written
        self.lost = None
        self.at = 0.0
        self.stop = threading.Event()

    def run(self):
        while not self.stop.is_set() and self.lost is None:
            for pid in (_rendering(self.written) if self.rendering else working_on(".pdf")):
                try:
                    parent = _parent(pid)
                except OSError:
                    continue
                for node in self.cluster.worker_nodes:
                    if _raylet(node) == parent:
                        self.at = time.monotonic()
                        self.cluster.remove_node(node, allow_graceful=False)
                        self.lost = node
                        return
            time.sleep(0.05)

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.join()


def _rendering(written: str) -> set[int]:
    """The Ray workers rendering a document (its detection is their input) once ``written`` exists."""
    if not glob.glob(written):
        return set()
    folders = Path(tempfile.gettempdir()).glob(f"{SCRATCH}*-*/doc-*/input.detected")
    return {int(p.parents[1].name[len(SCRATCH):].split("-", 1)[0]) for p in folders}


def _in_thread(fn, timeout: float):
    """``fn()``'s result or exception, or a failure when it does not end within ``timeout`` (it stalled)."""
    box: dict = {}

    def go():
        try:
            box["value"] = fn()
        except BaseException as err:  # noqa: BLE001 - handed to the test
            box["error"] = err

    t = threading.Thread(target=go, daemon=True)
    t.start()
    t.join(timeout)
    assert not t.is_alive(), f"the run did not end within {timeout:.0f} s after the node was lost"
    return box


def test_a_lost_node_costs_its_actor_and_the_case_ends_on_the_nodes_left(cluster, tmp_path):
    nodes = [cluster.add_node(num_cpus=1) for _ in range(2)]
    engine = RayEngine(2, retries=1, start_timeout=START)
    try:
        case = long_case(tmp_path / "in")
        with NodeLoss(cluster) as loss:
            box = _in_thread(lambda: _run(case, tmp_path / "ut", engine, tmp_path / "log.sqlite"), 180)
        assert loss.lost is not None  # the node went while its worker was in akt.pdf
        assert "error" not in box, box.get("error")
        run, _ = box["value"]
        assert [r.status for r in run.results] == ["ok", "ok"]
        assert sum(s.lost for s in engine.slots) == 1  # no CPU for a second actor: given up, not waited for
        out = tmp_path / "ut"
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        for doc in manifest["documents"]:
            for secret in LONG[Path(doc["input"]).name]:
                assert secret not in pdftotext(out / doc["output"])
        assert not [p for p in out.iterdir() if p.name.startswith(".")]
        _verify_log(tmp_path / "log.sqlite")
    finally:
        engine.close()
        for node in list(cluster.worker_nodes):
            cluster.remove_node(node, allow_graceful=False)


def test_losing_the_last_node_stops_the_run_in_bounded_time_and_a_rerun_resumes(cluster, tmp_path):
    cluster.add_node(num_cpus=1)
    folder = tmp_path / "in"
    long_case(folder)
    (folder / "0-brev.txt").write_text("Brev från Leila Rahimi om beslutet.\n", encoding="utf-8")  # done before
    engine = RayEngine(1, retries=1, start_timeout=START)
    try:
        # lost while the PDF is rendered: every document was detected, the letter before it is written
        with NodeLoss(cluster, rendering=True, written=str(tmp_path / "ut" / "001-*.pdf")) as loss:
            box = _in_thread(lambda: _run(folder, tmp_path / "ut", engine, tmp_path / "log.sqlite"), 180)
        stopped = time.monotonic() - loss.at
    finally:
        engine.close()
    assert loss.lost is not None
    err = box.get("error")
    assert isinstance(err, WorkersLostError) and isinstance(err, CaseIncompleteError) and err.exit_code == 6
    message = str(err)
    assert "\n" not in message and "1 av 3 dokument behandlade, 2 inte" in message
    assert "kör sedan samma kommando igen (de klara behålls)" in message
    assert stopped < START + 60  # the node's death is noticed, then START seconds for a new actor; not forever
    out = tmp_path / "ut"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [d["status"] for d in manifest["documents"]] == ["ok", "not_done", "not_done"]
    assert manifest["ok"] == 1 and manifest["not_done"] == 2 and manifest["refused"] == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(["manifest.json", manifest["documents"][0]["output"]])
    _verify_log(tmp_path / "log.sqlite")

    cluster.add_node(num_cpus=1)  # the cluster has a CPU again: the same command resumes
    engine = RayEngine(1, retries=1, start_timeout=60)
    try:
        run, seen = _run(folder, out, engine, tmp_path / "log.sqlite")
    finally:
        engine.close()
    assert [r.status for r in run.results] == ["ok"] * 3
    assert [r.resumed for r in run.results] == [True, False, False] and sorted(seen) == [2, 3]
    again = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert again["documents"][0] == manifest["documents"][0]
    for doc in again["documents"][1:]:
        for secret in LONG[Path(doc["input"]).name]:
            assert secret not in pdftotext(out / doc["output"])
    _verify_log(tmp_path / "log.sqlite")
    for node in list(cluster.worker_nodes):
        cluster.remove_node(node, allow_graceful=False)
