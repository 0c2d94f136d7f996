"""Adding a report from the web: an uploaded file or a URL, through the ingest path.

Request bodies are counted and timed while they arrive (``app.BodyLimit``), so
an upload over the limit is refused before it is parsed or spooled. URLs must be
http(s); the ingest readers then apply their own rules (private, loopback and
link-local addresses refused, the connection pinned to the address checked,
redirects re-checked, size and time limits). One ingest runs at a time, in a
worker thread, as a *job*: the client waits up to ``INGEST_TIMEOUT`` seconds for
the answer; after that it gets the job's id and ``/api/v1/jobs/{id}`` tells how
the work (which goes on) ends. Jobs are kept in the store (``jobs.py``), so their
status survives a restart; a job a restart cut short reads ``failed``/``interrupted``.
"""

from __future__ import annotations

import asyncio
import hmac
import importlib
import logging
import re
import shutil
import tempfile
import traceback
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request, UploadFile
from starlette.concurrency import run_in_threadpool

from ..config import Settings
from ..errors import ConfigError, FootprintError, InputError
from ..ingest.language import other_languages
from ..store import open_store
from .app import ApiError, error_body, status_of
from .jobs import JobStore, without_credentials

log = logging.getLogger("footprint.serve")

#: File kinds the ingest readers understand.
SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".jsonl", ".xml", ".rss", ".atom"}
#: Seconds an ingest from the web may take before the client is answered (the work still completes).
INGEST_TIMEOUT = 120.0
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
    if any(unicodedata.category(ch) == "Cc" for ch in url):
        # a URL carries none; a NUL or a line break would only ever be an attempt at something else
        raise InputError("the URL has control characters; percent-encode them", source=without_credentials(url)[:200].encode("unicode_escape").decode("ascii"))
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        raise InputError("only http(s) URLs can be added", source=without_credentials(url)[:200])
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


# --- the request ----------------------------------------------------------------------


async def add_report(request: Request, file: UploadFile | None, url: str | None, token: str | None = None) -> dict[str, Any]:
    """Run the ingest; the answer has ``ok``, ``documents``, ``failures``, ``summary``, ``languages`` (the
    not-English line, or None) and ``job``
    (``job.status`` "queued" or "running" when the work outlasted ``INGEST_TIMEOUT``)."""
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
            source, kind = labels[str(path)], "upload"
        else:
            inputs = [check_url(url or "")]
            source, kind = without_credentials(inputs[0]), "url"
        settings = Settings.from_env(
            db=config.db_path,
            max_bytes=config.max_upload_bytes,
            fetch_timeout=config.fetch_timeout,
            allow_private=config.allow_private,
            fetch_proxy=config.fetch_proxy,
        )
        jobs: JobStore = request.app.state.jobs
        job = await run_in_threadpool(jobs.create, source, kind)
        task = asyncio.ensure_future(run_in_threadpool(_run, ingest, config, jobs, job.id, inputs, settings, workdir, labels))
        handed_over = True
        try:
            result = await asyncio.wait_for(asyncio.shield(task), timeout=INGEST_TIMEOUT)
        except asyncio.TimeoutError:
            now = await run_in_threadpool(jobs.get, job.id)
            if now is None or not now.active:  # ended between the timeout and this look
                result = await task
            else:
                return {
                    "ok": False,
                    "documents": [],
                    "failures": [],
                    "summary": f"still being processed after {INGEST_TIMEOUT:g} s; the job's status tells how it ends",
                    "job": now.to_json(),
                }
        return {**result, "job": {"id": job.id, "status": "done" if result["ok"] else "failed", "links": {"self": f"/api/v1/jobs/{job.id}"}}}
    finally:
        if not handed_over:
            shutil.rmtree(workdir, ignore_errors=True)


def _run(ingest, config, jobs: JobStore, job_id: str, inputs: list[str], settings: Settings, workdir: Path,
         labels: dict[str, str]) -> dict[str, Any]:
    """The job itself, in a worker thread; it records its own end, so that a client
    that stopped waiting (or a cancelled request) changes nothing. The end is written
    while the ingest lock is held: no other web ingest holds SQLite's write lock then."""
    try:
        with config.ingest_lock:
            _record(jobs.mark_running, job_id)
            try:
                store = open_store(config.db_path)
                try:
                    kwargs = {"labels": labels} if labels else {}
                    report = ingest(store, inputs, settings=settings, **kwargs)
                finally:
                    store.close()
                result = _result(report, workdir, labels)
            except FootprintError as exc:
                status, code = status_of(exc)
                message = _public(str(exc), workdir, labels) if status < 500 else "internal error"
                if status >= 500:
                    _log_failure(job_id, exc)
                _record(jobs.finish, job_id, error=error_body(status, message, code)["error"])
                _hide_credentials(exc)
                raise
            except BaseException as exc:
                _log_failure(job_id, exc)
                _record(jobs.finish, job_id, error=error_body(500, "internal error")["error"])
                _hide_credentials(exc)
                raise
            _record(jobs.finish, job_id, result=result)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return result


def _log_failure(job_id: str, exc: BaseException) -> None:
    """The traceback of a failed job, with no URL's ``user:password@`` (exception messages quote URLs)."""
    log.error("ingest job %s failed\n%s", job_id, without_credentials("".join(traceback.format_exception(exc))).rstrip())


def _hide_credentials(exc: BaseException) -> None:
    """Removes URL credentials from an error going on to the request's answer and the server's log."""
    exc.args = tuple(without_credentials(a) if isinstance(a, str) else a for a in exc.args)
    if isinstance(exc, FootprintError) and exc.source:
        exc.source = without_credentials(exc.source)


def _record(action, job_id: str, **kwargs) -> None:
    """A job table write that fails is logged; it never turns a finished ingest into an error
    (the job then stays active until the next start marks it interrupted)."""
    try:
        action(job_id, **kwargs)
    except FootprintError as exc:
        log.error("ingest job %s: cannot record its status: %s", job_id, exc)


def _result(report, workdir: Path, labels: dict[str, str]) -> dict[str, Any]:
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
    # the line `footprint ingest` prints, so that a page in another language is not an unexplained zero here either
    languages = other_languages(report.languages)
    return {"ok": not failures and bool(documents), "documents": documents, "failures": failures, "summary": report.summary(),
            "languages": languages}


def _public(text: str, workdir: Path, labels: dict[str, str]) -> str:
    """Failure lines name the upload, never the server's temporary folder, nor a URL's credentials."""
    text = without_credentials(str(text))
    for path, label in labels.items():
        text = text.replace(path, label)
    return text.replace(str(workdir) + "/", "").replace(str(workdir), "upload")
