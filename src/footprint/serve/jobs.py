"""Ingest jobs started from the web, kept in the store (table ``serve_jobs``,
migration ``serve_002_ingest_jobs``) so that their status outlives the process.

A job is ``queued`` (waiting for the one ingest that may run at a time),
``running``, ``done`` or ``failed``. A server that stops in the middle of a job
cannot finish it: when a writing server starts, every job still ``queued`` or
``running`` in its store is marked ``failed`` with the code ``interrupted``
("interrupted by a restart"). Jobs are not re-queued: an upload's bytes lived in
a temporary folder that is gone, and re-running a URL automatically would let
a report that crashes the server crash it again at every start. Sending the
same file or URL again is safe: documents are stored once (content-hash ids).

Each call opens its own short SQLite connection, so any thread may use the
same ``JobStore``; every value is a bound parameter.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import StoreError

log = logging.getLogger("footprint.serve")

STATUSES = ("queued", "running", "done", "failed")
#: Finished jobs kept; older ones are deleted when a new job starts.
KEEP_JOBS = 1000
#: Longest job source kept (characters): a URL or ``upload:NAME``.
SOURCE_LENGTH = 300
#: Longest error message kept (characters).
MESSAGE_LENGTH = 2000
#: The error a job left unfinished by a stopped server carries.
INTERRUPTED = {"status": 500, "code": "interrupted", "message": "interrupted by a restart: the server stopped before this job ended; send the report again"}


#: The ``user:password@`` part of a URL anywhere in a text, up to the last "@" before the path (as
#: ``urllib.parse`` reads a host); the scheme is kept.
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/?#\s]*@")


def without_credentials(text: str) -> str:
    """``text`` with every URL's ``user:password@`` removed: a job's source, its messages and the log tell
    where a report came from, never the account it was fetched with."""
    return _USERINFO.sub(r"\1", text)


@dataclass(frozen=True)
class Job:
    id: str
    source: str
    kind: str  # upload | url
    status: str  # queued | running | done | failed
    created: float
    started: float | None = None
    finished: float | None = None
    documents: int = 0
    events: int = 0
    failures: int = 0
    result: dict[str, Any] | None = None
    error: dict[str, Any] | None = None

    @property
    def active(self) -> bool:
        return self.status in ("queued", "running")

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "kind": self.kind,
            "status": self.status,
            "created": _iso(self.created),
            "started": _iso(self.started),
            "finished": _iso(self.finished),
            "counts": {"documents": self.documents, "events": self.events, "failures": self.failures},
            "result": self.result,
            "error": self.error,
            "links": {"self": f"/api/v1/jobs/{self.id}"},
        }


def _iso(t: float | None) -> str | None:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t)) if t is not None else None


_COLUMNS = "id, source, kind, status, created_at, started_at, finished_at, documents, events, failures, result, error"


def _json_or_none(text: str | None, job_id: str) -> dict[str, Any] | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        log.warning("job %s: stored JSON is unreadable; shown as null", job_id)
        return None
    return value if isinstance(value, dict) else None


def _job(row: sqlite3.Row | tuple) -> Job:
    (job_id, source, kind, status, created, started, finished, documents, events, failures, result, error) = row
    return Job(
        id=job_id,
        source=source,
        kind=kind,
        status=status,
        created=created,
        started=started,
        finished=finished,
        documents=documents,
        events=events,
        failures=failures,
        result=_json_or_none(result, job_id),
        error=_json_or_none(error, job_id),
    )


class JobStore:
    """The ``serve_jobs`` table of one store file."""

    def __init__(self, db_path: str | Path, *, read_only: bool = False, keep: int = KEEP_JOBS):
        self.path = Path(db_path)
        self.read_only = read_only
        self.keep = keep

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            if self.read_only:
                conn = sqlite3.connect(f"file:{self.path.resolve()}?mode=ro", uri=True, timeout=30)
            else:
                conn = sqlite3.connect(self.path, timeout=30)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the job table: {exc}", source=str(self.path)) from exc
        try:
            with conn:  # one transaction, committed or rolled back
                yield conn
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read or write ingest jobs: {exc}", source=str(self.path)) from exc
        finally:
            conn.close()

    # -- writing ---------------------------------------------------------------

    def create(self, source: str, kind: str) -> Job:
        if kind not in ("upload", "url"):
            raise ValueError(f"job kind {kind!r}")
        job = Job(id=secrets.token_hex(8), source=_clip(without_credentials(source), SOURCE_LENGTH), kind=kind, status="queued", created=time.time())
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO serve_jobs (id, source, kind, status, created_at) VALUES (?, ?, ?, 'queued', ?)",
                (job.id, job.source, job.kind, job.created),
            )
            # the newest finished jobs stay; active ones are never pruned
            conn.execute(
                "DELETE FROM serve_jobs WHERE status IN ('done', 'failed') AND id NOT IN"
                " (SELECT id FROM serve_jobs WHERE status IN ('done', 'failed') ORDER BY created_at DESC, id LIMIT ?)",
                (self.keep,),
            )
        return job

    def mark_running(self, job_id: str) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE serve_jobs SET status='running', started_at=? WHERE id=? AND status='queued'",
                (time.time(), job_id),
            )

    def finish(self, job_id: str, *, result: dict[str, Any] | None = None, error: dict[str, Any] | None = None) -> None:
        """Record how a job ended: ``done`` when ``result["ok"]``, else ``failed``."""
        documents = list((result or {}).get("documents") or [])
        failures = list((result or {}).get("failures") or [])
        status = "done" if result is not None and result.get("ok") and error is None else "failed"
        if error is not None:
            error = {**error, "message": _clip(str(error.get("message", "")), MESSAGE_LENGTH)}
        with self._connect() as conn:
            conn.execute(
                "UPDATE serve_jobs SET status=?, finished_at=?, documents=?, events=?, failures=?, result=?, error=?"
                " WHERE id=? AND status IN ('queued', 'running')",
                (
                    status,
                    time.time(),
                    len(documents),
                    sum(int(d.get("events") or 0) for d in documents),
                    len(failures),
                    json.dumps(result, ensure_ascii=False) if result is not None else None,
                    json.dumps(error, ensure_ascii=False) if error is not None else None,
                    job_id,
                ),
            )

    def interrupt_unfinished(self) -> int:
        """Mark every queued or running job failed (``interrupted``): called when a writing
        server starts, since no process of this store's server is working on them any more."""
        with self._connect() as conn:
            cur = conn.execute(
                "UPDATE serve_jobs SET status='failed', finished_at=?, error=? WHERE status IN ('queued', 'running')",
                (time.time(), json.dumps(INTERRUPTED)),
            )
            count = cur.rowcount
        if count:
            log.warning("%d ingest job(s) left unfinished by the previous server marked as interrupted", count)
        return count

    # -- reading ---------------------------------------------------------------

    def get(self, job_id: str) -> Job | None:
        try:
            with self._connect() as conn:
                row = conn.execute(f"SELECT {_COLUMNS} FROM serve_jobs WHERE id=?", (job_id,)).fetchone()
        except StoreError:
            if self.read_only and not self._has_table():
                return None  # a read-only store made before jobs were kept has none
            raise
        return _job(row) if row else None

    def recent(self, limit: int = 50) -> list[Job]:
        with self._connect() as conn:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM serve_jobs ORDER BY created_at DESC, id LIMIT ?", (limit,)).fetchall()
        return [_job(r) for r in rows]

    def _has_table(self) -> bool:
        try:
            with self._connect() as conn:
                return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='serve_jobs'").fetchone() is not None
        except StoreError:
            return False


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
