"""Adding a report from the web: an uploaded file or a URL, through the ingest path.

Request bodies are counted and timed while they arrive (``app.BodyLimit``), so
an upload over the limit is refused before it is parsed or spooled. URLs must be
http(s); the ingest readers then apply their own rules (private, loopback and
link-local addresses refused, the connection pinned to the address checked,
redirects re-checked, size and time limits). One ingest runs at a time, in a
worker thread, as a *job*: the client waits up to ``INGEST_TIMEOUT`` seconds for
the answer; after that it gets the job's id and ``/api/v1/jobs/{id}`` tells how
the work (which goes on) ends.
"""

from __future__ import annotations

import asyncio
import hmac
import importlib
import logging
import re
import secrets
import shutil
import tempfile
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request, UploadFile
from starlette.concurrency import run_in_threadpool

from ..config import Settings
from ..errors import ConfigError, FootprintError, InputError
from ..store import open_store
from .app import ApiError, error_body, status_of

log = logging.getLogger("footprint.serve")

#: File kinds the ingest readers understand.
SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".jsonl", ".xml", ".rss", ".atom"}
#: Seconds an ingest from the web may take before the client is answered (the work still completes).
INGEST_TIMEOUT = 120.0
#: Finished jobs remembered for their status page.
KEEP_JOBS = 200
#: Longest file name kept (characters, suffix included).
NAME_LENGTH = 120


def ingest_function():
    """``footprint.process.ingest``, or None where this build lacks it."""
    try:
        process = importlib.import_module("footprint.process")
    except ImportError:
        return None
    fn = getattr(process, "ingest", None)
    return fn if callable(fn) else None


def safe_filename(name: str | None) -> str:
    """The upload's own name, made harmless: its last path part, NFC, letters, digits
    and ``._- ()`` only, at most ``NAME_LENGTH`` characters with its suffix kept.

    The name is only ever a label (``upload:NAME``): the file is written under a
    fixed name in a fresh temporary folder, so no name can reach another path."""
    raw = unicodedata.normalize("NFC", (name or "").replace("\\", "/"))
    base = raw.rsplit("/", 1)[-1]
    base = re.sub(r"[^\w.()\- ]+|_+", "_", base, flags=re.UNICODE)  # \w: letters and digits of any script
    base = re.sub(r"\s+", " ", base).strip(" ._")
    if not base:
        raise InputError("the upload has no usable file name", source="upload")
    stem, dot, suffix = base.rpartition(".")
    suffix = ("." + suffix.lower()) if dot and stem else ""
    if suffix not in SUFFIXES:
        shown = suffix[:20] or "(none)"
        raise InputError(f"unsupported file type {shown}; use one of {', '.join(sorted(SUFFIXES))}", source=base[:NAME_LENGTH] or "upload")
    stem = stem.strip(" ._")[: NAME_LENGTH - len(suffix)] or "report"
    return stem + suffix


def check_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        raise InputError("only http(s) URLs can be added", source=url[:200])
    return url


def check_form_token(request: Request, token: str | None) -> None:
    """A post with neither Origin, Referer nor ``X-Requested-With`` must carry the add form's token."""
    if not getattr(request.state, "needs_form_token", False):
        return
    expected = request.app.state.config.form_token
    if not token or not hmac.compare_digest(token.encode(), expected.encode()):
        raise ApiError(
            403,
            "a post without an Origin header needs the add form's token, or an X-Requested-With header from a script",
            "cross_origin",
        )


async def read_upload(file: UploadFile, limit: int) -> bytes:
    """The upload's bytes; ``BodyLimit`` already refused a body over the limit while it arrived."""
    chunks, size = [], 0
    while chunk := await file.read(64 * 1024):
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"larger than the {limit} byte upload limit", "too_large")
        chunks.append(chunk)
    return b"".join(chunks)


# --- jobs -----------------------------------------------------------------------------


@dataclass
class Job:
    id: str
    source: str
    started: float = field(default_factory=time.time)
    status: str = "running"  # running | done | failed
    finished: float | None = None
    result: dict[str, Any] | None = None
    error: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "status": self.status,
            "started": _iso(self.started),
            "finished": _iso(self.finished) if self.finished else None,
            "result": self.result,
            "error": self.error,
            "links": {"self": f"/api/v1/jobs/{self.id}"},
        }


class Jobs:
    """Ingest jobs of this process, the latest ``KEEP_JOBS`` of them."""

    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def start(self, source: str) -> Job:
        job = Job(secrets.token_hex(8), source)
        with self._lock:
            self._jobs[job.id] = job
            finished = [j for j in self._jobs.values() if j.status != "running"]
            for old in finished[: max(0, len(self._jobs) - KEEP_JOBS)]:
                del self._jobs[old.id]
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def finish(self, job: Job, task: asyncio.Future) -> None:
        job.finished = time.time()
        if task.cancelled():
            job.status, job.error = "failed", error_body(500, "cancelled", "cancelled")["error"]
            return
        exc = task.exception()
        if exc is None:
            job.result = task.result()
            job.status = "done" if job.result.get("ok") else "failed"
        elif isinstance(exc, FootprintError):
            status, code = status_of(exc)
            job.status, job.error = "failed", error_body(status, str(exc) if status < 500 else "internal error", code)["error"]
        else:
            log.error("ingest job %s failed", job.id, exc_info=exc)
            job.status, job.error = "failed", error_body(500, "internal error")["error"]


def _iso(t: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


# --- the request ----------------------------------------------------------------------


async def add_report(request: Request, file: UploadFile | None, url: str | None, token: str | None = None) -> dict[str, Any]:
    """Run the ingest; the answer has ``ok``, ``documents``, ``failures``, ``summary`` and ``job``
    (``job.status`` "running" when the work outlasted ``INGEST_TIMEOUT``)."""
    config = request.app.state.config
    if config.read_only:
        raise ApiError(403, "this server is read-only: it cannot add reports", "read_only")
    check_form_token(request, token)
    has_file = file is not None and bool(file.filename)
    url = (url or "").strip() or None
    if has_file == bool(url):
        raise ConfigError("send either a file or a url")
    ingest = ingest_function()
    if ingest is None:
        raise ApiError(503, "adding reports needs the ingest pipeline (footprint.process), missing in this build", "ingest_unavailable")

    workdir = Path(tempfile.mkdtemp(prefix="footprint-upload-"))
    handed_over = False  # once the worker runs, it removes the folder itself
    try:
        labels: dict[str, str] = {}
        if has_file:
            assert file is not None
            name = safe_filename(file.filename)
            data = await read_upload(file, config.max_upload_bytes)
            path = workdir / ("upload" + Path(name).suffix)  # a fixed name: the client's never touches the disk
            path.write_bytes(data)
            inputs: list[str] = [str(path)]
            labels[str(path)] = f"upload:{name}"
            source = labels[str(path)]
        else:
            inputs = [check_url(url or "")]
            source = inputs[0]
        settings = Settings.from_env(
            db=config.db_path,
            max_bytes=config.max_upload_bytes,
            fetch_timeout=config.fetch_timeout,
            allow_private=config.allow_private,
        )
        jobs: Jobs = request.app.state.jobs
        job = jobs.start(source[:300])
        task = asyncio.ensure_future(run_in_threadpool(_run, ingest, config, inputs, settings, workdir, labels))
        task.add_done_callback(lambda t: jobs.finish(job, t))
        handed_over = True
        try:
            result = await asyncio.wait_for(asyncio.shield(task), timeout=INGEST_TIMEOUT)
        except asyncio.TimeoutError:
            return {
                "ok": False,
                "documents": [],
                "failures": [],
                "summary": f"still being processed after {INGEST_TIMEOUT:g} s; the job's status tells how it ends",
                "job": {**job.to_json(), "status": "running"},
            }
        return {**result, "job": {"id": job.id, "status": "done" if result["ok"] else "failed", "links": {"self": f"/api/v1/jobs/{job.id}"}}}
    finally:
        if not handed_over:
            shutil.rmtree(workdir, ignore_errors=True)


def _run(ingest, config, inputs: list[str], settings: Settings, workdir: Path, labels: dict[str, str]) -> dict[str, Any]:
    try:
        with config.ingest_lock:
            store = open_store(config.db_path)
            try:
                kwargs = {"labels": labels} if labels else {}
                report = ingest(store, inputs, settings=settings, **kwargs)
            finally:
                store.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    documents = [
        {
            "id": o.doc_id,
            "status": o.status,
            "copy_of": o.copy_of,
            "events": o.events,
            "links": {"self": f"/api/v1/documents/{o.doc_id}", "html": f"/documents/{o.doc_id}"},
        }
        for o in report.outcomes
    ]
    failures = [
        {"source": _public(f.source, workdir, labels), "reason": _public(f.reason, workdir, labels)} for f in report.failures
    ]
    return {"ok": not failures and bool(documents), "documents": documents, "failures": failures, "summary": report.summary()}


def _public(text: str, workdir: Path, labels: dict[str, str]) -> str:
    """Failure lines name the upload, never the server's temporary folder."""
    text = str(text)
    for path, label in labels.items():
        text = text.replace(path, label)
    return text.replace(str(workdir) + "/", "").replace(str(workdir), "upload")
