"""Wire compatibility for fine-tuning jobs, their events and their checkpoints.

Each call goes through our client and the official `openai` package (the
runner of test_wire_compat.py): both must send the same method, path, query,
JSON body and authentication headers, sync and async, and what they hand back
must read the same. Listings are also walked page by page through both
clients, which must ask for the same pages in the same order.
"""

from __future__ import annotations

import asyncio
from typing import Any

import openai
import pytest

import oaiclient
from tests.servers import JSONResponse, RecordedRequest, RecordingServer
from tests.test_wire_compat import KEY, ORGANIZATION, PROJECT, Case, _both, assert_same_request

pytestmark = pytest.mark.usefixtures("clean_env")

JOB_ID = "ftjob-abc123"

JOB: dict[str, Any] = {
    "id": JOB_ID,
    "object": "fine_tuning.job",
    "created_at": 1721764800,
    "error": None,
    "fine_tuned_model": None,
    "finished_at": None,
    "hyperparameters": {"batch_size": "auto", "learning_rate_multiplier": 1.8, "n_epochs": 3},
    "model": "gpt-4o-mini-2024-07-18",
    "organization_id": "org-123",
    "result_files": [],
    "status": "queued",
    "trained_tokens": None,
    "training_file": "file-abc123",
    "validation_file": None,
    "integrations": [{"type": "wandb", "wandb": {"project": "support-bot", "name": None, "entity": None}}],
    "seed": 42,
    "estimated_finish": None,
    "method": {
        "type": "supervised",
        "supervised": {
            "hyperparameters": {"batch_size": "auto", "learning_rate_multiplier": 1.8, "n_epochs": 3}
        },
    },
    "metadata": {"team": "support"},
}
FAILED_JOB = {
    **JOB,
    "status": "failed",
    "error": {"code": "invalid_training_file", "message": "Line 3 is not JSON.", "param": "training_file"},
}
EVENT = {
    "object": "fine_tuning.job.event",
    "id": "ftevent-1",
    "created_at": 1721764900,
    "level": "info",
    "message": "Step 10/100: training loss=0.52",
    "type": "metrics",
    "data": {"step": 10, "train_loss": 0.52},
}
CHECKPOINT = {
    "object": "fine_tuning.job.checkpoint",
    "id": "ftckpt_1",
    "created_at": 1721765000,
    "fine_tuned_model_checkpoint": "ft:gpt-4o-mini-2024-07-18:org:support:abc:ckpt-step-50",
    "fine_tuning_job_id": JOB_ID,
    "step_number": 50,
    "metrics": {"step": 50, "train_loss": 0.31, "valid_loss": 0.35, "full_valid_mean_token_accuracy": 0.8},
}
SCORE_MODEL = {
    "type": "score_model",
    "name": "judge",
    "model": "o4-mini",
    "input": [
        {"role": "developer", "content": "Score from 0 to 1.", "type": "message"},
        {
            "role": "user",
            "content": [
                "Question: {{item.question}}",
                {"type": "input_text", "text": "Answer: {{sample.output_text}}"},
                {"type": "input_image", "image_url": "https://example.com/chart.png", "detail": "auto"},
            ],
        },
    ],
    "range": [0, 1],
    "sampling_params": {"temperature": 0.2, "reasoning_effort": "low", "max_completions_tokens": 100},
}


def page(items: list[dict[str, Any]], has_more: bool = False, **extra: Any) -> dict[str, Any]:
    return {"object": "list", "data": items, "has_more": has_more, **extra}


def _job(job: Any) -> Any:
    method = job.method
    return (
        job.id,
        job.status,
        job.seed,
        job.hyperparameters.n_epochs,
        job.hyperparameters.learning_rate_multiplier,
        method.type if method else None,
        job.error.code if job.error else None,
        [(i.type, i.wandb.project) for i in job.integrations or []],
    )


def _ids(result: Any) -> Any:
    return ([item.id for item in result.data], result.has_more)


JOBS_PATH = ("/v1/fine_tuning/jobs",)
JOB_PATH = (f"/v1/fine_tuning/jobs/{JOB_ID}",)

CASES = [
    Case(
        "fine_tuning.jobs.create-minimal",
        "POST",
        JOBS_PATH,
        JSONResponse(JOB),
        lambda c: c.fine_tuning.jobs.create(model="gpt-4o-mini", training_file="file-abc123"),
        _job,
    ),
    Case(
        "fine_tuning.jobs.create-supervised",
        "POST",
        JOBS_PATH,
        JSONResponse(JOB),
        lambda c: c.fine_tuning.jobs.create(
            model="gpt-4o-mini",
            training_file="file-abc123",
            validation_file="file-def456",
            suffix="support-bot",
            seed=42,
            metadata={"team": "support"},
            integrations=[{"type": "wandb", "wandb": {"project": "support-bot", "tags": ["nightly"]}}],
            method={
                "type": "supervised",
                "supervised": {
                    "hyperparameters": {"batch_size": 8, "learning_rate_multiplier": 1.8, "n_epochs": "auto"}
                },
            },
        ),
        _job,
    ),
    Case(
        "fine_tuning.jobs.create-dpo",
        "POST",
        JOBS_PATH,
        JSONResponse({**JOB, "method": {"type": "dpo", "dpo": {"hyperparameters": {"beta": 0.1}}}}),
        lambda c: c.fine_tuning.jobs.create(
            model="gpt-4o-2024-08-06",
            training_file="file-prefs",
            method={"type": "dpo", "dpo": {"hyperparameters": {"beta": 0.1, "batch_size": "auto"}}},
        ),
        lambda job: (job.method.type, job.method.dpo.hyperparameters.beta),
    ),
    Case(
        "fine_tuning.jobs.create-reinforcement",
        "POST",
        JOBS_PATH,
        JSONResponse({**JOB, "method": {"type": "reinforcement", "reinforcement": {"grader": SCORE_MODEL}}}),
        lambda c: c.fine_tuning.jobs.create(
            model="o4-mini",
            training_file="file-rft",
            method={
                "type": "reinforcement",
                "reinforcement": {
                    "grader": {
                        "type": "multi",
                        "name": "blend",
                        "graders": SCORE_MODEL,
                        "calculate_output": "judge",
                    },
                    "hyperparameters": {
                        "reasoning_effort": "medium",
                        "compute_multiplier": 1.5,
                        "eval_interval": 5,
                        "eval_samples": "auto",
                    },
                },
            },
        ),
        lambda job: (
            job.method.reinforcement.grader.type,
            job.method.reinforcement.grader.name,
            job.method.reinforcement.grader.sampling_params.reasoning_effort,
        ),
    ),
    Case(
        "fine_tuning.jobs.create-legacy-hyperparameters",
        "POST",
        JOBS_PATH,
        JSONResponse(JOB),
        lambda c: c.fine_tuning.jobs.create(
            model="babbage-002",
            training_file="file-abc123",
            hyperparameters={"n_epochs": 4, "batch_size": "auto"},
        ),
        _job,
    ),
    Case(
        "fine_tuning.jobs.create-nulls",
        "POST",
        JOBS_PATH,
        JSONResponse(JOB),
        lambda c: c.fine_tuning.jobs.create(
            model="gpt-4o-mini",
            training_file="file-abc123",
            suffix=None,
            validation_file=None,
            integrations=None,
            seed=None,
            metadata=None,
        ),
        _job,
    ),
    Case(
        "fine_tuning.jobs.list",
        "GET",
        JOBS_PATH,
        JSONResponse(page([JOB, {**JOB, "id": "ftjob-2"}], has_more=True)),
        lambda c: c.fine_tuning.jobs.list(),
        _ids,
    ),
    Case(
        "fine_tuning.jobs.list-after",
        "GET",
        JOBS_PATH,
        JSONResponse(page([FAILED_JOB])),
        lambda c: c.fine_tuning.jobs.list(after="ftjob-prev", limit=1),
        lambda result: [_job(job) for job in result.data],
    ),
    Case(
        "fine_tuning.jobs.retrieve",
        "GET",
        JOB_PATH,
        JSONResponse(FAILED_JOB),
        lambda c: c.fine_tuning.jobs.retrieve(JOB_ID),
        _job,
    ),
    Case(
        "fine_tuning.jobs.cancel",
        "POST",
        (f"/v1/fine_tuning/jobs/{JOB_ID}/cancel",),
        JSONResponse({**JOB, "status": "cancelled"}),
        lambda c: c.fine_tuning.jobs.cancel(JOB_ID),
        _job,
    ),
    Case(
        "fine_tuning.jobs.list_events",
        "GET",
        (f"/v1/fine_tuning/jobs/{JOB_ID}/events",),
        JSONResponse(page([EVENT, {**EVENT, "id": "ftevent-2", "level": "warn", "type": "message"}])),
        lambda c: c.fine_tuning.jobs.list_events(JOB_ID, after="ftevent-0", limit=2),
        lambda result: [(e.id, e.level, e.type, e.message) for e in result.data],
    ),
    Case(
        "fine_tuning.jobs.checkpoints.list",
        "GET",
        (f"/v1/fine_tuning/jobs/{JOB_ID}/checkpoints",),
        JSONResponse(page([CHECKPOINT], first_id="ftckpt_1", last_id="ftckpt_1")),
        lambda c: c.fine_tuning.jobs.checkpoints.list(JOB_ID, after="ftckpt_0", limit=5),
        lambda result: [
            (k.id, k.step_number, k.metrics.train_loss, k.metrics.valid_loss, k.fine_tuned_model_checkpoint)
            for k in result.data
        ],
    ),
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_same_request_as_the_official_client(server: RecordingServer, case: Case, mode: str) -> None:
    ours, theirs, our_request, their_request = _both(mode, server, case)
    assert_same_request(our_request, their_request)
    assert our_request.headers["authorization"] == f"Bearer {KEY}"
    assert ours == theirs
    assert ours is not None


def test_the_arguments_are_where_the_api_expects_them(server: RecordingServer) -> None:
    """Not just the same as the official client: the query and body we meant to send."""
    by_id = {case.id: case for case in CASES}
    _, _, listing, _ = _both("sync", server, by_id["fine_tuning.jobs.list-after"])
    assert listing.query == [("after", "ftjob-prev"), ("limit", "1")] and listing.body == b""
    server.clear()
    _, _, nulls, _ = _both("sync", server, by_id["fine_tuning.jobs.create-nulls"])
    assert nulls.json == {
        "model": "gpt-4o-mini",
        "training_file": "file-abc123",
        "suffix": None,
        "validation_file": None,
        "integrations": None,
        "seed": None,
        "metadata": None,
    }


# -- walking every page through both clients --------------------------------------------


def paged_by_after(items: list[dict[str, Any]], size: int) -> Any:
    """A handler serving `items` `size` at a time, following `after`."""

    def handler(request: RecordedRequest) -> JSONResponse:
        after = request.query_dict.get("after")
        start = 0 if after is None else next(i for i, item in enumerate(items) if item["id"] == after) + 1
        chunk = items[start : start + size]
        return JSONResponse(page(chunk, has_more=start + size < len(items)))

    return handler


LISTINGS = [
    ("jobs", "/v1/fine_tuning/jobs", [{**JOB, "id": f"ftjob-{i}"} for i in range(5)], ()),
    (
        "events",
        f"/v1/fine_tuning/jobs/{JOB_ID}/events",
        [{**EVENT, "id": f"ftevent-{i}"} for i in range(5)],
        (JOB_ID,),
    ),
    (
        "checkpoints",
        f"/v1/fine_tuning/jobs/{JOB_ID}/checkpoints",
        [{**CHECKPOINT, "id": f"ftckpt_{i}"} for i in range(5)],
        (JOB_ID,),
    ),
]


def _lister(client: Any, kind: str) -> Any:
    jobs = client.fine_tuning.jobs
    return {"jobs": jobs.list, "events": jobs.list_events, "checkpoints": jobs.checkpoints.list}[kind]


def _walk(package: Any, mode: str, url: str, kind: str, args: tuple[str, ...]) -> list[str]:
    options = {
        "api_key": KEY,
        "organization": ORGANIZATION,
        "project": PROJECT,
        "base_url": url,
        "max_retries": 0,
    }
    if mode == "sync":
        with package.OpenAI(**options) as client:
            return [item.id for item in _lister(client, kind)(*args, limit=2)]

    async def main() -> list[str]:
        async with package.AsyncOpenAI(**options) as client:
            return [item.id async for item in _lister(client, kind)(*args, limit=2)]

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("kind, path, items, args", LISTINGS, ids=[listing[0] for listing in LISTINGS])
def test_both_clients_walk_the_same_pages(
    server: RecordingServer,
    mode: str,
    kind: str,
    path: str,
    items: list[dict[str, Any]],
    args: tuple[str, ...],
) -> None:
    server.route("GET", path, paged_by_after(items, 2))
    ours = _walk(oaiclient, mode, server.url, kind, args)
    our_requests = list(server.requests)
    server.clear()
    theirs = _walk(openai, mode, server.url, kind, args)
    their_requests = list(server.requests)
    assert ours == theirs == [item["id"] for item in items]
    assert len(our_requests) == len(their_requests) == 3
    for mine, official in zip(our_requests, their_requests):
        assert_same_request(mine, official)
    assert [r.query_dict.get("after") for r in our_requests] == [None, items[1]["id"], items[3]["id"]]


# -- the metadata filter of the job listing -----------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_metadata_filter(server: RecordingServer, mode: str) -> None:
    """The `metadata` filter goes out as `metadata[key]=value`, as the official client sends it."""
    ours_case = Case(
        "fine_tuning.jobs.list-metadata",
        "GET",
        JOBS_PATH,
        JSONResponse(page([JOB])),
        lambda c: c.fine_tuning.jobs.list(metadata={"team": "support"}),
        _ids,
    )
    ours, theirs, our_request, their_request = _both(mode, server, ours_case)
    assert_same_request(our_request, their_request)
    assert our_request.query == [("metadata[team]", "support")]
    assert ours == theirs


# -- every method of the area has a case ------------------------------------------------


def api_methods(resource: type, prefix: str) -> set[str]:
    """The API methods of a generated resource class (not its sub-resources or wrappers)."""
    return {
        f"{prefix}.{name}"
        for name, value in vars(resource).items()
        if not name.startswith("_") and callable(value)
    }


def test_every_fine_tuning_method_has_a_case() -> None:
    from oaiclient.resources.fine_tuning import FineTuningJobs, FineTuningJobsCheckpoints

    methods = api_methods(FineTuningJobs, "fine_tuning.jobs") | api_methods(
        FineTuningJobsCheckpoints, "fine_tuning.jobs.checkpoints"
    )
    assert methods == {
        "fine_tuning.jobs.create",
        "fine_tuning.jobs.list",
        "fine_tuning.jobs.retrieve",
        "fine_tuning.jobs.cancel",
        "fine_tuning.jobs.list_events",
        "fine_tuning.jobs.checkpoints.list",
    }
    for method in methods:
        assert any(case.id == method or case.id.startswith(method + "-") for case in CASES), method
