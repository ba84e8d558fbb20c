"""The vendor kit: records, the default layer's auth from the spec, the default harness profile, the scaffold."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import yaml

from overrides._common.config import ConfigurationError
from overrides._common.manifest import Manifest
from overrides._common.security import MissingCredentialsError, SpecAuth, standard_schemes
from overrides._common.standard import credentials_from
from scripts import new_vendor, vendors
from scripts.contract.default_profile import default_profile, sentinels
from scripts.contract.harness import ContractError
from scripts.contract.wire import SPEC_URL
from scripts.docs import drift
from scripts.spec import views as spec_views
from scripts.spec.targets import Target

SERVER = "https://api.acme.example/v1"


def _scaffolded(tmp_path: Path, auth: str, unsecured: bool = False) -> tuple[Path, Manifest]:
    new_vendor.scaffold("acme", auth, root=tmp_path)
    spec_path = tmp_path / "specs" / "acme.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    if unsecured:
        spec["paths"]["/items"]["get"]["security"] = []
    return spec_path, Manifest({**spec_views.wire_manifest(spec), "env_prefix": "ACME"})


# --- records -------------------------------------------------------------------------------------


def test_a_spec_without_a_record_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "acme.yaml").write_text("openapi: 3.1.0\n", encoding="utf-8")
    with pytest.raises(vendors.VendorRecordError, match=r"acme\.yaml.*specs/<vendor>\.toml"):
        vendors.discover(tmp_path)


@pytest.mark.parametrize(
    ("record", "message"),
    [('title = "A"\n', "'docs' must be a list"), ("docs = []\n", "'title'"), ('title="A"\ndocs=[]\nx=1\n', "unknown")],
)
def test_a_malformed_record_names_its_problem(tmp_path: Path, record: str, message: str) -> None:
    (tmp_path / "acme.toml").write_text(record, encoding="utf-8")
    with pytest.raises(vendors.VendorRecordError, match=message):
        vendors.load(tmp_path / "acme.toml")


def test_a_vendor_without_overrides_gets_the_default_layer() -> None:
    assert vendors.Vendor("nosuchvendor", "T").overrides_dir == vendors.DEFAULT_OVERRIDES_DIR
    assert vendors.VENDORS["sendjim"].overrides_dir == vendors.OVERRIDES_DIR / "sendjim"


def test_every_record_names_docs_that_exist() -> None:
    for vendor in vendors.VENDORS.values():
        assert all((vendors.DOCS_DIR / name).is_file() for name in vendor.docs), vendor.name


def test_no_docs_snapshot_compares_nothing_and_says_so(tmp_path: Path) -> None:
    spec_path, _ = _scaffolded(tmp_path, "bearer")
    report = drift.compare(Target("acme", spec_path), docs_dir=tmp_path, files=())
    assert report.failing == [] and report.documented == 0
    assert "no docs snapshot" in report.render()


# --- the default layer's auth ---------------------------------------------------------------------

WIRE = {
    "apikey-header": lambda r: r.headers.get("X-API-Key") == "the-key",
    "apikey-query": lambda r: r.url.params.get("X-API-Key") == "the-key",
    "bearer": lambda r: r.headers.get("Authorization") == "Bearer the-key",
    "oauth2": lambda r: r.headers.get("Authorization") == "Bearer the-key",
    "basic": lambda r: r.headers.get("Authorization") == "Basic dXNlcjp0aGUta2V5",
}
SETTINGS = {"apikey-header": "api_key", "apikey-query": "api_key", "bearer": "token", "oauth2": "access_token"}


@pytest.mark.parametrize("auth", list(WIRE))
def test_spec_auth_sends_the_declared_scheme(tmp_path: Path, auth: str) -> None:
    _, manifest = _scaffolded(tmp_path, auth)
    (scheme,) = standard_schemes(manifest)
    values = {"username": "user", "password": "the-key"} if auth == "basic" else {SETTINGS[auth]: "the-key"}
    assert scheme.settings == tuple(values)
    flow = SpecAuth(manifest, SERVER, {scheme.name: values}).auth_flow(httpx.Request("GET", f"{SERVER}/items"))
    assert WIRE[auth](next(flow))
    assert "the-key" not in repr(SpecAuth(manifest, SERVER, {scheme.name: values}))


def test_an_operation_without_security_gets_no_credentials(tmp_path: Path) -> None:
    _, manifest = _scaffolded(tmp_path, "apikey-header", unsecured=True)
    auth = SpecAuth(manifest, SERVER, {"ApiKeyAuth": {"api_key": "the-key"}})
    sent = next(auth.auth_flow(httpx.Request("GET", f"{SERVER}/items")))
    assert "X-API-Key" not in sent.headers


def test_missing_credentials_are_refused_before_sending(tmp_path: Path) -> None:
    _, manifest = _scaffolded(tmp_path, "apikey-header")
    with pytest.raises(MissingCredentialsError, match="itemsList needs the credentials of ApiKeyAuth"):
        next(SpecAuth(manifest, SERVER, {}).auth_flow(httpx.Request("GET", f"{SERVER}/items")))


def test_credentials_come_from_the_environment_and_a_missing_one_is_named(tmp_path: Path) -> None:
    _, manifest = _scaffolded(tmp_path, "basic")
    found = credentials_from(manifest, {}, environ={"ACME_USERNAME": "u", "ACME_PASSWORD": "p-s3cret"})
    assert found == {"BasicAuth": {"username": "u", "password": "p-s3cret"}}
    with pytest.raises(ConfigurationError, match="ACME_PASSWORD") as raised:
        credentials_from(manifest, {"username": "u-s3cret"}, environ={})
    assert "u-s3cret" not in str(raised.value)
    with pytest.raises(ConfigurationError, match="ACME_USERNAME, ACME_PASSWORD"):
        credentials_from(manifest, {}, environ={})


# --- the default harness profile ------------------------------------------------------------------


def _request(url: str, **headers: str) -> httpx.Request:
    request = httpx.Request("GET", url.replace(SERVER, "http://mock.test"), headers=headers)
    request.extensions[SPEC_URL] = url
    return request


def test_the_default_profile_checks_declared_auth_and_host(tmp_path: Path) -> None:
    _, manifest = _scaffolded(tmp_path, "apikey-header")
    profile = default_profile(vendors.Vendor("acme", "Acme"), manifest)
    key = sentinels(manifest)["ApiKeyAuth"]["api_key"]
    profile.check_request(_request(f"{SERVER}/items", **{"X-API-Key": key}))
    with pytest.raises(ContractError, match="not the ApiKeyAuth credentials"):
        profile.check_request(_request(f"{SERVER}/items"))
    with pytest.raises(ContractError, match="went to"):
        profile.check_request(_request("https://elsewhere.example/v1/items", **{"X-API-Key": key}))
    with pytest.raises(ContractError, match="travels where"):
        profile.check_request(_request(f"{SERVER}/items?leak={key}", **{"X-API-Key": key, "X-Other": key}))
    with pytest.raises(ContractError, match="no operation"):
        profile.check_request(_request(f"{SERVER}/nothing", **{"X-API-Key": key}))


# --- the scaffold ---------------------------------------------------------------------------------


def test_the_scaffold_refuses_an_existing_vendor_and_a_bad_name(tmp_path: Path) -> None:
    written = new_vendor.scaffold("acme", "bearer", root=tmp_path)
    assert sorted(path.name for path in written) == ["acme.toml", "acme.yaml"]
    with pytest.raises(FileExistsError, match="acme exists already"):
        new_vendor.scaffold("acme", "bearer", root=tmp_path)
    with pytest.raises(ValueError, match="lower-case"):
        new_vendor.scaffold("Acme-2", root=tmp_path)


def test_only_oauth2_writes_a_layer_stub(tmp_path: Path) -> None:
    written = new_vendor.scaffold("acme", "oauth2", root=tmp_path)
    assert sorted(str(path.relative_to(tmp_path)) for path in written) == [
        "overrides/acme/__init__.py",
        "overrides/acme/factory.py",
        "specs/acme.toml",
        "specs/acme.yaml",
    ]
    assert vendors.load.__name__  # the record it writes is a valid one:
    record = (tmp_path / "specs" / "acme.toml").read_text(encoding="utf-8")
    assert 'title = "Acme API"' in record and "docs = []" in record
