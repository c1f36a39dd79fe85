"""Uploaded files: checked by their content, size-limited, served only as attachments.

    kind = check_upload(request.FILES["file"], allowed={"docx", "pdf", "txt"}, max_bytes=20 << 20)

`check_upload` reads the size the upload handler already counted (nothing is read when the file
is too large), then only the first bytes (the magic number) and, for Office files, the ZIP
central directory. It returns the detected kind and rewinds the file; it raises
`gem.core.errors.ValidationError` (field "file") for anything else: too large, empty, a content
that does not match the extension, a polyglot, a zip bomb, HTML/SVG/script.

Kinds: pdf, docx, xlsx, odt, ods, png, jpeg, gif, txt, md, csv, json.
Store what passed under MEDIA_ROOT (a FileField) and serve it only through a view that checks
access first, with `attachment_response`.

`SizeLimitUploadHandler` (settings.FILE_UPLOAD_HANDLERS) stops receiving a file past
settings.GEM_MAX_UPLOAD_BYTES, so an oversized upload never reaches memory or disk whole.
"""

import io
import mimetypes
import zipfile
from pathlib import PurePosixPath

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http import FileResponse
from django.utils.translation import gettext as _

from gem.core.errors import ValidationError

HEAD_BYTES = 8192
MAX_ZIP_ENTRIES = 5000
MAX_ZIP_RATIO = 100  # uncompressed / compressed, per entry and in total
MAX_ZIP_UNCOMPRESSED = 300 * 1024 * 1024  # and never more than 50 times the size limit

TEXT_KINDS = {"txt", "md", "csv", "json"}
EXTENSIONS = {
    "pdf": {".pdf"},
    "docx": {".docx"},
    "xlsx": {".xlsx"},
    "odt": {".odt"},
    "ods": {".ods"},
    "png": {".png"},
    "jpeg": {".jpg", ".jpeg"},
    "gif": {".gif"},
    "txt": {".txt", ".text"},
    "md": {".md", ".markdown"},
    "csv": {".csv"},
    "json": {".json"},
}
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "png": "image/png",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "txt": "text/plain; charset=utf-8",
    "md": "text/plain; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
}
_MAGIC = [
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
]
# Content that a browser or viewer could run, wherever it hides in the first bytes.
_ACTIVE = (b"<script", b"<!doctype html", b"<html", b"<svg", b"<iframe", b"<?xml", b"javascript:")
_BLOCKED_MAGIC = (
    b"MZ",  # Windows executables
    b"\x7fELF",
    b"\xd0\xcf\x11\xe0",  # legacy OLE2 (.doc/.xls with macros): ask for .docx/.xlsx
    b"Rar!",
    b"\x1f\x8b",  # gzip
    b"7z\xbc\xaf",
)


def _fail(message: str) -> ValidationError:
    return ValidationError(message, field="file")


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n} B"


def check_upload(upload, *, allowed: set[str], max_bytes: int) -> str:
    """The kind of an uploaded file, checked by content; ValidationError otherwise."""
    size = _size(upload)
    if size is not None and size > max_bytes:
        raise _fail(_("The file is too large (at most %(limit)s).") % {"limit": _mb(max_bytes)})
    if size == 0:
        raise _fail(_("The file is empty."))
    name = str(getattr(upload, "name", "") or "")
    ext = PurePosixPath(name.replace("\\", "/")).suffix.lower()
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    if not head:
        raise _fail(_("The file is empty."))
    try:
        kind = _detect(upload, head, ext, max_bytes)
    finally:
        upload.seek(0)
    if kind not in allowed:
        raise _fail(
            _("This kind of file is not accepted here (accepted: %(kinds)s).")
            % {"kinds": ", ".join(sorted(allowed))}
        )
    if ext not in EXTENSIONS[kind]:
        raise _fail(_("The file name does not match its content (%(kind)s).") % {"kind": kind})
    return kind


def _size(upload) -> int | None:
    size = getattr(upload, "size", None)
    if size is not None:
        return int(size)
    try:
        pos = upload.tell()
        upload.seek(0, io.SEEK_END)
        end = upload.tell()
        upload.seek(pos)
        return end
    except (AttributeError, OSError):
        return None


def _detect(upload, head: bytes, ext: str, max_bytes: int) -> str:
    if head.startswith(_BLOCKED_MAGIC):
        raise _fail(_("This kind of file is not accepted."))
    kind = next((k for magic, k in _MAGIC if head.startswith(magic)), None)
    if kind is None:
        kind = _text_kind(head, ext)
    if kind == "zip":
        return _office_kind(upload, max_bytes)
    if kind in {"pdf", "png", "jpeg", "gif"} and _is_zip(upload):
        raise _fail(_("The file is two formats at once; it is not accepted."))
    return kind


def _text_kind(head: bytes, ext: str) -> str:
    lowered = head.lower().lstrip(b"\xef\xbb\xbf \t\r\n")
    if lowered.startswith(b"<") and any(marker in lowered for marker in _ACTIVE):
        raise _fail(_("Web pages and images with scripts are not accepted."))
    if any(marker in lowered for marker in (b"<script", b"<svg", b"<iframe")):
        raise _fail(_("Web pages and images with scripts are not accepted."))
    # UTF-8 and the legacy 8-bit Vietnamese encodings (TCVN3, VNI) have no control bytes.
    if any(b < 9 or 13 < b < 32 for b in head):
        raise _fail(_("This kind of file is not accepted."))
    for kind in TEXT_KINDS:
        if ext in EXTENSIONS[kind]:
            return kind
    return "txt"


def _is_zip(upload) -> bool:
    try:
        upload.seek(0)
        return zipfile.is_zipfile(upload)
    finally:
        upload.seek(0)


def _office_kind(upload, max_bytes: int) -> str:
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            infos = archive.infolist()
            names = {i.filename for i in infos}
            _check_zip(infos, max_bytes)
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise _fail(_("The file is damaged or not a document.")) from None
    if "[Content_Types].xml" in names and "word/document.xml" in names:
        return "docx"
    if "[Content_Types].xml" in names and "xl/workbook.xml" in names:
        return "xlsx"
    if mimetype == b"application/vnd.oasis.opendocument.text":
        return "odt"
    if mimetype == b"application/vnd.oasis.opendocument.spreadsheet":
        return "ods"
    raise _fail(_("Archives are not accepted; upload the document itself."))


def _check_zip(infos, max_bytes: int) -> None:
    if len(infos) > MAX_ZIP_ENTRIES:
        raise _fail(_("The document has too many parts."))
    total = compressed = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise _fail(_("Encrypted documents are not accepted."))
        name = info.filename
        if name.startswith("/") or ".." in name.split("/"):
            raise _fail(_("The file is damaged or not a document."))
        if name.lower().endswith((".zip", ".docx", ".xlsx", ".jar")):
            raise _fail(_("Documents that contain archives are not accepted."))
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > MAX_ZIP_RATIO:
            raise _fail(_("The document expands to an unreasonable size (a zip bomb?)."))
        total += info.file_size
        compressed += info.compress_size
    ceiling = min(MAX_ZIP_UNCOMPRESSED, 50 * max_bytes)
    if total > ceiling or total > MAX_ZIP_RATIO * max(compressed, 1024 * 1024):
        raise _fail(_("The document expands to an unreasonable size (a zip bomb?)."))


def attachment_response(fileobj, *, filename: str, kind: str) -> FileResponse:
    """Serve a checked file as a download that no browser renders or runs in our origin.

    Call it only after the view checked that the user may see the file.
    """
    content_type = CONTENT_TYPES.get(kind) or mimetypes.guess_type(filename)[0]
    response = FileResponse(
        fileobj,
        as_attachment=True,
        filename=filename,
        content_type=content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


class SizeLimitUploadHandler(FileUploadHandler):
    """First upload handler: drops a file once more than GEM_MAX_UPLOAD_BYTES arrived.

    The file is skipped (it does not appear in request.FILES) and its name is added to
    `request.gem_rejected_uploads`, so a view can say why.
    """

    def new_file(self, field_name, file_name, *args, **kwargs):
        super().new_file(field_name, file_name, *args, **kwargs)
        self.received = 0
        self.limit = int(getattr(settings, "GEM_MAX_UPLOAD_BYTES", 20 * 1024 * 1024))

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.limit:
            rejected = getattr(self.request, "gem_rejected_uploads", [])
            rejected.append(self.file_name)
            self.request.gem_rejected_uploads = rejected
            raise SkipFile()
        return raw_data

    def file_complete(self, file_size):
        return None
