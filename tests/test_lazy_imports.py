"""`import oaiclient` loads no resource and no model; each is imported on first use."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.servers import JSONResponse, RecordingServer

GENERATED = Path(__file__).resolve().parent.parent / "generated"


def _printed(code: str) -> str:
    """What `code` prints, run in a fresh interpreter beside the generated package."""
    return subprocess.run(
        [sys.executable, "-c", code], cwd=GENERATED, capture_output=True, text=True, check=True
    ).stdout


def _loaded_after(code: str) -> list[str]:
    """The oaiclient modules loaded after running `code` in a fresh interpreter."""
    script = (
        code
        + "\nimport sys, json\nprint(json.dumps(sorted(m for m in sys.modules if m.startswith('oaiclient'))))"
    )
    out = _printed(script)
    loaded: list[str] = json.loads(out.splitlines()[-1])
    return loaded


def test_importing_the_package_loads_no_resource_and_no_definitions() -> None:
    loaded = _loaded_after("import oaiclient\nclient = oaiclient.OpenAI(api_key='sk-test')")
    assert "oaiclient._client" in loaded
    assert not [
        m for m in loaded if m.startswith(("oaiclient.resources.", "oaiclient.models.", "oaiclient.params."))
    ]


def test_pydantic_is_loaded_with_the_first_answer_or_page_class_not_with_the_package(
    server: RecordingServer,
) -> None:
    """pydantic's models cost more to import than the rest of the client together."""
    server.route("GET", "/v1/models", JSONResponse({"object": "list", "data": []}))
    code = (
        "import sys, oaiclient\n"
        f"client = oaiclient.OpenAI(api_key='sk-test', base_url={server.url!r})\n"
        "before = 'pydantic.main' in sys.modules or 'pydantic_core' in sys.modules\n"
        "page = client.models.list()\n"
        "print(before, 'pydantic.main' in sys.modules, isinstance(page, oaiclient.SyncPage))\n"
    )
    out = _printed(code)
    assert out.split() == ["False", "True", "True"]


def test_the_page_classes_are_exported_lazily_and_stay() -> None:
    import oaiclient
    from oaiclient import AsyncCursorPage, AsyncPage, AsyncPaginator, SyncCursorPage, SyncPage
    from oaiclient import _pagination

    for page in (AsyncCursorPage, AsyncPage, AsyncPaginator, SyncCursorPage, SyncPage):
        assert getattr(_pagination, page.__name__) is page
        assert vars(oaiclient)[page.__name__] is page  # looked up once, then kept


def test_a_resource_brings_only_the_definitions_it_is_asked_for() -> None:
    loaded = _loaded_after(
        "import oaiclient\n"
        "client = oaiclient.OpenAI(api_key='sk-test')\n"
        "client.chat.completions\n"
        "oaiclient.models.CreateChatCompletionResponse.model_rebuild()\n"
    )
    assert "oaiclient.resources.chat" in loaded and "oaiclient.resources.responses" not in loaded
    assert "oaiclient.models._chat" in loaded
    assert "oaiclient.models._responses" not in loaded and "oaiclient.models._other" not in loaded


def test_every_exported_name_resolves_to_the_class_of_its_submodule() -> None:
    import oaiclient.models
    import oaiclient.params

    for package in (oaiclient.models, oaiclient.params):
        assert package.__all__ and set(package.__all__) <= set(dir(package))
        for name in package.__all__:
            value = getattr(package, name)
            home = getattr(value, "__module__", None)
            if isinstance(value, type) and home and home.startswith(package.__name__ + "."):
                assert getattr(sys.modules[home], name) is value


def test_an_unknown_name_is_an_attribute_error_naming_the_package() -> None:
    import oaiclient

    with pytest.raises(AttributeError, match="module 'oaiclient.models' has no attribute 'NoSuchModel'"):
        oaiclient.models.NoSuchModel  # noqa: B018
    with pytest.raises(AttributeError, match="module 'oaiclient.params' has no attribute 'NoSuchParam'"):
        oaiclient.params.NoSuchParam  # noqa: B018
    with pytest.raises(AttributeError):
        oaiclient.no_such_thing  # type: ignore[attr-defined]  # noqa: B018


def test_a_sync_program_never_loads_asyncio(server: RecordingServer) -> None:
    """asyncio costs a sync program about 2 MiB and 20 ms; only the async paths import it."""
    server.route("GET", "/v1/models", JSONResponse({"object": "list", "data": []}))
    code = (
        "import sys, oaiclient\n"
        f"client = oaiclient.OpenAI(api_key='sk-test', base_url={server.url!r})\n"
        "assert client.models.list().data == []\n"
        "print('asyncio' in sys.modules, 'aiohttp' in sys.modules)\n"
    )
    out = _printed(code)
    assert out.split() == ["False", "False"]


def test_the_chat_models_load_no_pydantic_module_they_do_not_use() -> None:
    """Only a model with a URL field needs `pydantic.networks`; none of the chat ones has one."""
    out = _printed(
        "import sys, oaiclient\n"
        "oaiclient.models.CreateChatCompletionResponse.model_rebuild()\n"
        "print('pydantic.main' in sys.modules, 'pydantic.networks' in sys.modules)\n"
        "from oaiclient.models import _other\n"
        "print('pydantic.networks' in sys.modules)\n"
    )
    assert out.split() == ["True", "False", "True"]
