"""A small WebDAV client over ``requests``: every request under a timeout, short retries by
urllib3's ``Retry``, certificate checks always on, and every failure one ``SyncError`` naming a
``Problem`` (never a password, never a traceback)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urlsplit
from xml.etree import ElementTree

from app.domain.sync.model import Problem, SyncConfig, SyncMode, check_url

if TYPE_CHECKING:
    import requests

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 30.0
MAX_GET_BYTES = 64 * 1024**2  # an .ownvoice file is refused above this anyway (package.py)
RETRY_STATUS = (429, 500, 502, 503, 504)
_DAV = "{DAV:}"
_PROPFIND_BODY = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/>'
    b"<d:getcontentlength/></d:prop></d:propfind>"
)


class SyncError(Exception):
    """A sync failed for a reason outside OwnVoice; ``problem`` says which, in plain words."""

    def __init__(self, problem: Problem, detail: str = "") -> None:
        super().__init__(problem.value if not detail else f"{problem.value}: {detail}")
        self.problem = problem


@dataclass(frozen=True)
class Entry:
    name: str
    etag: str
    is_folder: bool


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class DavClient:
    """One server folder (``config.url``) and what can be done in it."""

    def __init__(
        self,
        config: SyncConfig,
        password: str | None,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        read_timeout: float = READ_TIMEOUT,
        retries: int = 2,
        backoff: float = 0.5,
    ) -> None:
        problem = check_url(config.url)
        if problem is not None:
            raise SyncError(problem)
        if config.ca_bundle and not os.access(config.ca_bundle, os.R_OK):
            raise SyncError(Problem.CA_BUNDLE)
        import requests
        from requests.adapters import HTTPAdapter

        from app.services.sync.retry import CappedRetry

        self.config = config
        self.base = config.url.rstrip("/")
        self.timeout = (connect_timeout, read_timeout)
        self.session = requests.Session()
        self.session.trust_env = False  # no proxy or netrc from the environment decides for us
        self.session.verify = config.ca_bundle or True  # never False
        user = config.user or ("anonymous" if password else "")
        if user or password:
            self.session.auth = (user, password or "")
        self.session.headers["User-Agent"] = "OwnVoice"
        if config.mode is SyncMode.DROP:
            self.session.headers["X-Requested-With"] = "XMLHttpRequest"
        retry = CappedRetry(
            total=retries,
            connect=retries,
            read=retries,
            status=retries,
            backoff_factor=backoff,
            status_forcelist=RETRY_STATUS,
            allowed_methods=frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PROPFIND", "MKCOL"}),
            respect_retry_after_header=True,
            raise_on_status=False,
        )
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)

    def close(self) -> None:
        self.session.close()

    def url(self, *parts: str) -> str:
        return "/".join([self.base, *(quote(p) for p in parts)])

    # -- requests -----------------------------------------------------------------------------

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        try:
            return self.session.request(method, url, timeout=self.timeout, **kwargs)
        except OSError as error:  # requests' own errors are OSErrors too
            raise _failure(error) from None

    @staticmethod
    def fail(response: requests.Response) -> SyncError:
        status = response.status_code
        if status == 401:
            return SyncError(Problem.WRONG_PASSWORD)
        if status == 403:
            return SyncError(Problem.FORBIDDEN)
        if status == 404:
            return SyncError(Problem.NOT_FOUND)
        if status in (405, 501):  # the method is unknown here: no WebDAV
            return SyncError(Problem.NOT_WEBDAV, str(status))
        if status == 507:
            return SyncError(Problem.SERVER_FULL)
        if status >= 500:
            return SyncError(Problem.SERVER_ERROR, str(status))
        return SyncError(Problem.NOT_WEBDAV, str(status))

    # -- operations ---------------------------------------------------------------------------

    def probe(self) -> None:
        """Raises ``SyncError`` unless the folder answers as WebDAV with these credentials."""
        if self.config.mode is SyncMode.DROP:
            response = self.request("OPTIONS", self.base + "/")
            if response.status_code >= 400:
                raise self.fail(response)
            if "DAV" not in response.headers and "dav" not in response.headers:
                raise SyncError(Problem.NOT_WEBDAV)
            return
        self.list_folder(self.base + "/", missing_ok=False)

    def put_new(self, url: str, data: bytes) -> bool:
        """Create ``url`` with ``data`` only if nothing is there: True when created, False when
        a file already had that name (412)."""
        headers = {
            "If-None-Match": "*",
            "Content-Type": "application/octet-stream",
            "OC-Checksum": f"SHA256:{sha256(data)}",
        }
        response = self.request("PUT", url, data=data, headers=headers)
        if response.status_code == 412:
            return False
        if response.status_code in (200, 201, 204):
            return True
        if response.status_code == 409:
            raise SyncError(Problem.NOT_FOUND)
        raise self.fail(response)

    def put_drop(self, url: str, data: bytes) -> None:
        """Upload into a file drop: at least once (a name already there becomes "name (2)")."""
        headers = {"Content-Type": "application/octet-stream"}
        response = self.request("PUT", url, data=data, headers=headers)
        if response.status_code not in (200, 201, 204):
            raise self.fail(response)

    def get(self, url: str) -> bytes:
        """The file at ``url``; one far larger than any OwnVoice file is not read to its end
        (a server sending gigabytes would fill the memory)."""
        response = self.request("GET", url, stream=True)
        try:
            if response.status_code != 200:
                raise self.fail(response)
            chunks, size = [], 0
            for chunk in response.iter_content(256 * 1024):
                size += len(chunk)
                if size > MAX_GET_BYTES:
                    raise SyncError(Problem.SERVER_ERROR, "a file far larger than expected")
                chunks.append(chunk)
            return b"".join(chunks)
        except OSError as error:  # cut off while reading the body
            raise _failure(error) from None
        finally:
            response.close()

    def mkcol(self, url: str) -> None:
        response = self.request("MKCOL", url.rstrip("/") + "/")
        if response.status_code in (201, 405):
            return
        if response.status_code == 409:
            raise SyncError(Problem.NOT_FOUND)
        raise self.fail(response)

    def make_folders(self, url: str, depth: int = 8) -> None:
        """MKCOL ``url``, and its parents first when they are missing (409), up to ``depth``."""
        try:
            self.mkcol(url)
        except SyncError as error:
            parent = url.rstrip("/").rpartition("/")[0]
            if error.problem is not Problem.NOT_FOUND or depth <= 0 or "://" not in parent:
                raise
            self.make_folders(parent, depth - 1)
            self.mkcol(url)

    def list_folder(self, url: str, *, missing_ok: bool = True) -> list[Entry]:
        """The folder's members (not the folder itself); [] for a missing one if ``missing_ok``."""
        headers = {"Depth": "1", "Content-Type": "application/xml"}
        response = self.request("PROPFIND", url, data=_PROPFIND_BODY, headers=headers)
        if response.status_code == 404 and missing_ok:
            return []
        if response.status_code != 207:
            raise self.fail(response)
        return parse_multistatus(response.content, url)


def parse_multistatus(body: bytes, url: str) -> list[Entry]:
    """The members of the folder at ``url`` in a PROPFIND answer (not the folder itself).

    Anything but a WebDAV multistatus document is ``Problem.NOT_WEBDAV``: XML that does not
    parse, entity declarations (a "billion laughs" answer expands to gigabytes; WebDAV never
    needs them), another root element."""
    if b"<!ENTITY" in body or b"<!entity" in body:
        raise SyncError(Problem.NOT_WEBDAV, "entity declarations")
    try:
        root = ElementTree.fromstring(body)
    except (ElementTree.ParseError, ValueError, RecursionError):
        raise SyncError(Problem.NOT_WEBDAV) from None
    if root.tag != f"{_DAV}multistatus":
        raise SyncError(Problem.NOT_WEBDAV)
    own = unquote(urlsplit(url).path.rstrip("/"))
    found = []
    for item in root.findall(f"{_DAV}response"):
        try:
            href = unquote(urlsplit(item.findtext(f"{_DAV}href", "")).path).rstrip("/")
        except ValueError:  # not a URL (an unbalanced "[" in a host, say): not one of ours
            continue
        if href == own:
            continue
        etag = item.findtext(f".//{_DAV}getetag", "")
        is_folder = item.find(f".//{_DAV}resourcetype/{_DAV}collection") is not None
        found.append(Entry(href.rpartition("/")[2], etag.strip('"'), is_folder))
    return found


def _failure(error: OSError) -> SyncError:
    """What a failed request (or the reading of its body) was, as a problem."""
    import requests

    if isinstance(error, requests.exceptions.SSLError):
        return SyncError(Problem.CERTIFICATE)
    if isinstance(error, requests.exceptions.ConnectTimeout):
        return SyncError(Problem.OFFLINE)
    if isinstance(error, requests.exceptions.ReadTimeout):
        return SyncError(Problem.TIMEOUT)
    if isinstance(error, requests.exceptions.RetryError):
        return SyncError(Problem.SERVER_ERROR)
    if isinstance(error, (requests.exceptions.ConnectionError,
                          requests.exceptions.ChunkedEncodingError)):  # fmt: skip
        return SyncError(_connection_problem(error))
    if isinstance(error, requests.exceptions.RequestException):  # a header no server sends
        return SyncError(Problem.SERVER_ERROR, type(error).__name__)
    return SyncError(Problem.CA_BUNDLE, type(error).__name__)  # an unreadable CA bundle


def _connection_problem(error: BaseException) -> Problem:
    """A read timeout after the short retries reaches us as a ConnectionError around urllib3's
    MaxRetryError; its reason tells a slow server from an unreachable one."""
    from urllib3.exceptions import ReadTimeoutError

    reason = getattr(error.args[0], "reason", None) if error.args else None
    return Problem.TIMEOUT if isinstance(reason, ReadTimeoutError) else Problem.OFFLINE
