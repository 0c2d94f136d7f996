"""Adding a report from the web: an uploaded file or a URL, through the ingest path.

Uploads are read in chunks and refused past the size limit before anything is
parsed. URLs must be http(s); the ingest readers then apply their own rules
(private, loopback and link-local addresses refused, redirects re-checked,
size and time limits). The work runs in a worker thread under a time limit;
one ingest runs at a time.
"""

from __future__ import annotations

import asyncio
import importlib
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request, UploadFile
from starlette.concurrency import run_in_threadpool

from ..config import Settings
from ..errors import ConfigError, InputError, InputTooLarge
from ..store import open_store
from .app import ApiError

#: File kinds the ingest readers understand.
SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".jsonl", ".xml", ".rss", ".atom"}
#: Whole request (upload plus form overhead) at most this much above the file limit.
OVERHEAD = 64 * 1024
#: Seconds an ingest from the web may take before the client is answered (the work still completes).
INGEST_TIMEOUT = 120.0


def ingest_function():
    """``footprint.process.ingest``, or None where this build lacks it."""
    try:
        process = importlib.import_module("footprint.process")
    except ImportError:
        return None
    fn = getattr(process, "ingest", None)
    return fn if callable(fn) else None


def safe_filename(name: str | None) -> str:
    base = Path((name or "").replace("\\", "/")).name
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", base).strip("._")[:80] or "report.txt"
    suffix = Path(base).suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"unsupported file type {suffix or '(none)'}; use one of {', '.join(sorted(SUFFIXES))}", source=name or "upload")
    return base


def check_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        raise InputError("only http(s) URLs can be added", source=url[:200])
    return url


async def read_limited(file: UploadFile, limit: int) -> bytes:
    chunks, size = [], 0
    while True:
        chunk = await file.read(64 * 1024)
        if not chunk:
            break
        size += len(chunk)
        if size > limit:
            raise InputTooLarge(f"larger than the {limit} byte upload limit", source=file.filename or "upload")
        chunks.append(chunk)
    return b"".join(chunks)


async def add_report(request: Request, file: UploadFile | None, url: str | None) -> dict[str, Any]:
    config = request.app.state.config
    if config.read_only:
        raise ApiError(403, "this server is read-only: it cannot add reports", "read_only")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > config.max_upload_bytes + OVERHEAD:
        raise InputTooLarge(f"larger than the {config.max_upload_bytes} byte upload limit", source="upload")
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
        if has_file:
            assert file is not None
            name = safe_filename(file.filename)
            data = await read_limited(file, config.max_upload_bytes)
            path = workdir / name
            path.write_bytes(data)
            inputs: list[str] = [str(path)]
        else:
            inputs = [check_url(url or "")]
        settings = Settings.from_env(
            db=config.db_path,
            max_bytes=config.max_upload_bytes,
            fetch_timeout=config.fetch_timeout,
            allow_private=config.allow_private,
        )
        task = asyncio.ensure_future(run_in_threadpool(_run, ingest, config, inputs, settings, workdir))
        handed_over = True
        try:
            return await asyncio.wait_for(asyncio.shield(task), timeout=INGEST_TIMEOUT)
        except asyncio.TimeoutError:
            raise ApiError(503, f"the report is still being processed after {INGEST_TIMEOUT:.0f} s; look again later", "timeout") from None
    finally:
        if not handed_over:
            shutil.rmtree(workdir, ignore_errors=True)


def _run(ingest, config, inputs: list[str], settings: Settings, workdir: Path) -> dict[str, Any]:
    try:
        with config.ingest_lock:
            store = open_store(config.db_path)
            try:
                report = ingest(store, inputs, settings=settings)
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
    failures = [{"source": _public_source(f.source, workdir), "reason": _public_source(f.reason, workdir)} for f in report.failures]
    return {"ok": not failures and bool(documents), "documents": documents, "failures": failures, "summary": report.summary()}


def _public_source(text: str, workdir: Path) -> str:
    """Failure lines name the upload, not the server's temporary folder."""
    return str(text).replace(str(workdir) + "/", "")

