"""Fine-tuning through the generated client against the local recording server.

What Prism cannot show: listings walked to their real end (Prism's pages claim
`has_more` forever), how the client decides there is a next page, which
cursor it sends, and a job's method and grader unions parsed into the right
classes. Every listing test runs sync and async.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

import oaiclient
from oaiclient import AsyncOpenAI, OpenAI
from oaiclient import models as m
from tests.servers import JSONResponse, RecordedRequest, RecordingServer

pytestmark = pytest.mark.usefixtures("clean_env")

KEY = "sk-test-fine-tuning"
JOB_ID = "ftjob-abc123"


def job(id: str = JOB_ID, **extra: Any) -> dict[str, Any]:
    return {
        "id": id,
        "object": "fine_tuning.job",
        "created_at": 1721764800,
        "error": None,
        "fine_tuned_model": None,
        "finished_at": None,
        "hyperparameters": {"batch_size": "auto", "learning_rate_multiplier": "auto", "n_epochs": "auto"},
        "model": "gpt-4o-mini-2024-07-18",
        "organization_id": "org-123",
        "result_files": [],
        "status": "running",
        "trained_tokens": None,
        "training_file": "file-abc123",
        "validation_file": None,
        "seed": 7,
        **extra,
    }


def event(id: str) -> dict[str, Any]:
    return {
        "object": "fine_tuning.job.event",
        "id": id,
        "created_at": 1721764900,
        "level": "info",
        "message": f"event {id}",
    }


def checkpoint(id: str) -> dict[str, Any]:
    return {
        "object": "fine_tuning.job.checkpoint",
        "id": id,
        "created_at": 1721765000,
        "fine_tuned_model_checkpoint": f"ft:gpt-4o-mini:org::{id}",
        "fine_tuning_job_id": JOB_ID,
        "step_number": 10,
        "metrics": {"step": 10, "train_loss": 0.4},
    }


# -- a listing served page by page --------------------------------------------------------


class Pages:
    """Serves `items` `size` at a time, after the item whose id the request names.

    `then` is what comes after the last real page: None ends the listing with
    `has_more: false`; "empty" sends an empty page that still claims more.
    """

    def __init__(self, items: list[dict[str, Any]], size: int, then: str | None = None) -> None:
        self.items = items
        self.size = size
        self.then = then

    def __call__(self, request: RecordedRequest) -> JSONResponse:
        after = request.query_dict.get("after")
        ids = [item["id"] for item in self.items]
        start = 0 if after is None else ids.index(after) + 1
        chunk = self.items[start : start + self.size]
        more = start + self.size < len(self.items) or (self.then == "empty" and bool(chunk))
        body = {"object": "list", "data": chunk, "has_more": more or self.then == "empty"}
        # A `last_id` the client must not use: the cursor is the last item's own id.
        body["last_id"] = "not-the-cursor"
        return JSONResponse(body)


# (id, path, items, the call with its arguments, the query those arguments make, item type)
Listing = tuple[str, str, list[dict[str, Any]], Callable[[Any], Any], dict[str, str], type]
LISTINGS: list[Listing] = [
    (
        "jobs",
        "/v1/fine_tuning/jobs",
        [job(f"ftjob-{i}") for i in range(5)],
        lambda c: c.fine_tuning.jobs.list(limit=2),
        {"limit": "2"},
        m.FineTuningJob,
    ),
    (
        "events",
        f"/v1/fine_tuning/jobs/{JOB_ID}/events",
        [event(f"ftevent-{i}") for i in range(5)],
        lambda c: c.fine_tuning.jobs.list_events(JOB_ID, limit=2),
        {"limit": "2"},
        m.FineTuningJobEvent,
    ),
    (
        "checkpoints",
        f"/v1/fine_tuning/jobs/{JOB_ID}/checkpoints",
        [checkpoint(f"ftckpt_{i}") for i in range(5)],
        lambda c: c.fine_tuning.jobs.checkpoints.list(JOB_ID, limit=2),
        {"limit": "2"},
        m.FineTuningJobCheckpoint,
    ),
]


def clients(server: RecordingServer) -> tuple[OpenAI, AsyncOpenAI]:
    options: dict[str, Any] = {"api_key": KEY, "base_url": server.url, "max_retries": 0}
    return OpenAI(**options), AsyncOpenAI(**options)


def walk_sync(server: RecordingServer, call: Callable[[Any], Any]) -> list[Any]:
    with OpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
        page = call(client)
        assert isinstance(page, oaiclient.SyncCursorPage)
        return list(page)


def walk_async(server: RecordingServer, call: Callable[[Any], Any]) -> list[Any]:
    async def main() -> list[Any]:
        async with AsyncOpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
            paginator = call(client)
            assert isinstance(paginator, oaiclient.AsyncPaginator)
            # `async for` straight over what the method returns, without awaiting it first.
            return [item async for item in paginator]

    return asyncio.run(main())


WALKERS = {"sync": walk_sync, "async": walk_async}


def check_cursors(
    requests: list[RecordedRequest], path: str, query: dict[str, str], afters: list[Any]
) -> None:
    assert [r.method for r in requests] == ["GET"] * len(afters)
    assert [r.path for r in requests] == [path] * len(afters)
    for request, after in zip(requests, afters):
        expected = dict(query) if after is None else {**query, "after": after}
        assert request.query_dict == expected
        assert request.body == b""


def run_listing_tests(listings: list[Any]) -> Any:
    """The pagination tests, for a table of listings (the stored-chat module reuses them)."""
    ids = [listing[0] for listing in listings]
    parametrize = pytest.mark.parametrize("listing", listings, ids=ids)
    modes = pytest.mark.parametrize("mode", ["sync", "async"])

    @modes
    @parametrize
    def test_walks_every_page_to_the_end(server: RecordingServer, listing: Listing, mode: str) -> None:
        _, path, items, call, query, item_type = listing
        server.route("GET", path, Pages(items, 2))
        walked = WALKERS[mode](server, call)
        assert [item.id for item in walked] == [item["id"] for item in items]
        assert all(isinstance(item, item_type) for item in walked)
        # The cursor is the id of the last item of the page before, not its `last_id`;
        # the other arguments are sent again with it.
        check_cursors(server.requests, path, query, [None, items[1]["id"], items[3]["id"]])

    @modes
    @parametrize
    def test_stops_at_an_empty_page_that_claims_more(
        server: RecordingServer, listing: Listing, mode: str
    ) -> None:
        _, path, items, call, query, _ = listing
        server.route("GET", path, Pages(items[:3], 2, then="empty"))
        walked = WALKERS[mode](server, call)
        assert [item.id for item in walked] == [item["id"] for item in items[:3]]
        # Pages of 2, 1, then an empty one that says `has_more: true`: nothing more is asked.
        check_cursors(server.requests, path, query, [None, items[1]["id"], items[2]["id"]])

    @modes
    @parametrize
    def test_iter_pages_and_has_next_page(server: RecordingServer, listing: Listing, mode: str) -> None:
        _, path, items, call, query, item_type = listing
        server.route("GET", path, Pages(items, 2))

        def summary(pages: list[Any]) -> list[tuple[list[str], bool, Any]]:
            return [([i.id for i in p.data], p.has_next_page(), p.has_more) for p in pages]

        if mode == "sync":
            with OpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
                first = call(client)
                assert len(server.requests) == 1
                pages = list(first.iter_pages())
                with pytest.raises(RuntimeError):
                    pages[-1].get_next_page()
        else:

            async def main() -> list[Any]:
                async with AsyncOpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
                    first = await call(client)
                    assert isinstance(first, oaiclient.AsyncCursorPage)
                    assert len(server.requests) == 1
                    # The first page alone: plain iteration does not fetch more.
                    assert [i.id for i in first] == [i["id"] for i in items[:2]]
                    found = [page async for page in first.iter_pages()]
                    with pytest.raises(RuntimeError):
                        await found[-1].get_next_page()
                    return found

            pages = asyncio.run(main())
        ids = [item["id"] for item in items]
        assert summary(pages) == [(ids[0:2], True, True), (ids[2:4], True, True), (ids[4:], False, False)]
        assert all(isinstance(item, item_type) for page in pages for item in page.data)
        check_cursors(server.requests, path, query, [None, ids[1], ids[3]])

    @modes
    @parametrize
    def test_one_page_without_has_more(server: RecordingServer, listing: Listing, mode: str) -> None:
        """A page that does not say `has_more` is the last one."""
        _, path, items, call, query, _ = listing
        server.route("GET", path, JSONResponse({"object": "list", "data": items[:2]}))
        walked = WALKERS[mode](server, call)
        assert [item.id for item in walked] == [item["id"] for item in items[:2]]
        check_cursors(server.requests, path, query, [None])

    return (
        test_walks_every_page_to_the_end,
        test_stops_at_an_empty_page_that_claims_more,
        test_iter_pages_and_has_next_page,
        test_one_page_without_has_more,
    )


(
    test_walks_every_page_to_the_end,
    test_stops_at_an_empty_page_that_claims_more,
    test_iter_pages_and_has_next_page,
    test_one_page_without_has_more,
) = run_listing_tests(LISTINGS)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_walk_keeps_every_argument_of_the_first_call(server: RecordingServer, mode: str) -> None:
    """`after` given by the caller starts the walk; later pages replace it, and keep
    `limit` and any `extra_query`."""
    items = [event(f"ftevent-{i}") for i in range(6)]
    path = f"/v1/fine_tuning/jobs/{JOB_ID}/events"
    server.route("GET", path, Pages(items, 2))
    walked = WALKERS[mode](
        server,
        lambda c: c.fine_tuning.jobs.list_events(
            JOB_ID, after="ftevent-0", limit=2, extra_query={"trace": "on"}
        ),
    )
    assert [item.id for item in walked] == [f"ftevent-{i}" for i in range(1, 6)]
    check_cursors(
        server.requests, path, {"limit": "2", "trace": "on"}, ["ftevent-0", "ftevent-2", "ftevent-4"]
    )


# -- what a job holds -------------------------------------------------------------------


GRADED_JOB = job(
    method={
        "type": "reinforcement",
        "reinforcement": {
            "grader": {
                "type": "multi",
                "name": "blend",
                "calculate_output": "0.5 * exact + 0.5 * tone",
                "graders": {
                    "type": "label_model",
                    "name": "tone",
                    "model": "gpt-4o-mini",
                    "input": [
                        {"role": "user", "content": "Tone of: {{sample.output_text}}"},
                        {
                            "role": "system",
                            "content": [
                                {"type": "input_text", "text": "Labels: polite, rude."},
                                {"type": "input_image", "image_url": "https://example.com/a.png"},
                                {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "mp3"}},
                            ],
                        },
                    ],
                    "labels": ["polite", "rude"],
                    "passing_labels": ["polite"],
                },
            },
            "hyperparameters": {
                "compute_multiplier": 2.5,
                "eval_interval": "auto",
                "reasoning_effort": "high",
            },
        },
    },
    integrations=[{"type": "wandb", "wandb": {"project": "p", "tags": ["a"]}}],
    metadata={"team": "research"},
    hyperparameters={"batch_size": None, "learning_rate_multiplier": 0.3, "n_epochs": 4},
)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_job_parses_into_its_classes(server: RecordingServer, mode: str) -> None:
    server.route("GET", f"/v1/fine_tuning/jobs/{JOB_ID}", JSONResponse(GRADED_JOB))
    sync_client, async_client = clients(server)
    if mode == "sync":
        with sync_client:
            result = sync_client.fine_tuning.jobs.retrieve(JOB_ID)
        asyncio.run(async_client.close())
    else:
        sync_client.close()

        async def main() -> m.FineTuningJob:
            async with async_client:
                return await async_client.fine_tuning.jobs.retrieve(JOB_ID)

        result = asyncio.run(main())
    assert isinstance(result, m.FineTuningJob)
    assert result.hyperparameters.batch_size is None
    assert result.hyperparameters.learning_rate_multiplier == 0.3
    assert result.method is not None and result.method.type == "reinforcement"
    method = result.method.reinforcement
    assert method is not None
    # The grader union is told apart by `type`, down into the multi grader.
    assert isinstance(method.grader, m.GraderMulti)
    assert isinstance(method.grader.graders, m.GraderLabelModel)
    system = method.grader.graders.input[1]
    assert system.role == "system" and isinstance(system.content, list)
    assert [type(part) for part in system.content] == [m.EvalInputText, m.EvalInputImage, m.EvalInputAudio]
    assert method.grader.graders.input[0].content == "Tone of: {{sample.output_text}}"
    assert method.hyperparameters is not None
    assert method.hyperparameters.compute_multiplier == 2.5
    assert method.hyperparameters.eval_interval == "auto"
    assert result.integrations is not None and result.integrations[0].wandb.project == "p"
    assert result.metadata == {"team": "research"}
    # Nothing the server did not send is added on the way back.
    assert result.to_dict() == GRADED_JOB


@pytest.mark.parametrize(
    "grader, cls",
    [
        (
            {"type": "string_check", "name": "n", "input": "i", "reference": "r", "operation": "ilike"},
            "GraderStringCheck",
        ),
        (
            {
                "type": "text_similarity",
                "name": "n",
                "input": "i",
                "reference": "r",
                "evaluation_metric": "rouge_l",
            },
            "GraderTextSimilarity",
        ),
        ({"type": "python", "name": "n", "source": "def grade(s, i): return 1"}, "GraderPython"),
        ({"type": "score_model", "name": "n", "model": "o4-mini", "input": []}, "GraderScoreModel"),
    ],
)
def test_each_grader_type_parses_into_its_class(
    server: RecordingServer, grader: dict[str, Any], cls: str
) -> None:
    body = job(method={"type": "reinforcement", "reinforcement": {"grader": grader}})
    server.route("POST", f"/v1/fine_tuning/jobs/{JOB_ID}/cancel", JSONResponse(body))
    with OpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
        result = client.fine_tuning.jobs.cancel(JOB_ID)
    assert result.method is not None and result.method.reinforcement is not None
    assert type(result.method.reinforcement.grader) is getattr(m, cls)
    (request,) = server.requests
    assert (request.method, request.body) == ("POST", b"")


def test_a_grader_of_unknown_type_is_refused(server: RecordingServer) -> None:
    """The union is closed, as the reference's is: an unknown grader is a validation error."""
    body = job(method={"type": "reinforcement", "reinforcement": {"grader": {"type": "vibes", "name": "n"}}})
    server.route("GET", f"/v1/fine_tuning/jobs/{JOB_ID}", JSONResponse(body))
    with OpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
        with pytest.raises(oaiclient.APIResponseValidationError):
            client.fine_tuning.jobs.retrieve(JOB_ID)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_create_sends_the_method_as_given(server: RecordingServer, mode: str) -> None:
    server.route("POST", "/v1/fine_tuning/jobs", JSONResponse(job(status="validating_files")))
    method = {
        "type": "dpo",
        "dpo": {"hyperparameters": {"beta": 0.25, "batch_size": 4, "learning_rate_multiplier": "auto"}},
    }
    sync_client, async_client = clients(server)
    kwargs: dict[str, Any] = {
        "model": "gpt-4o-mini",
        "training_file": "file-abc123",
        "method": method,
        "seed": None,
    }
    if mode == "sync":
        with sync_client:
            result = sync_client.fine_tuning.jobs.create(**kwargs)
        asyncio.run(async_client.close())
    else:
        sync_client.close()

        async def main() -> m.FineTuningJob:
            async with async_client:
                return await async_client.fine_tuning.jobs.create(**kwargs)

        result = asyncio.run(main())
    assert result.status == "validating_files"
    (request,) = server.requests
    assert (request.method, request.path) == ("POST", "/v1/fine_tuning/jobs")
    assert request.headers["content-type"] == "application/json"
    assert request.json == {
        "model": "gpt-4o-mini",
        "training_file": "file-abc123",
        "method": method,
        "seed": None,
    }
