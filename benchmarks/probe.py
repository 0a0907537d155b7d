"""One fresh process: import a client, build it, make one chat call, report time and memory.

    python -m benchmarks.probe VARIANT BASE_URL [--tracemalloc]

VARIANT is one of `VARIANTS`. Prints one JSON line: seconds to import, to build the
client and for the first call, peak resident set size (ru_maxrss) and, with
`--tracemalloc` (a separate run, since tracing costs memory itself), the peak of memory
allocated by Python. Only the standard library is imported before the measurement starts.
"""

from __future__ import annotations

import sys
import time

STARTED = time.perf_counter()

import json
import resource

TRACE = "--tracemalloc" in sys.argv
if TRACE:
    import tracemalloc

    tracemalloc.start()

REQUEST = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Say hello"}]}
KEY = "sk-bench"


def _httpx_json(base_url: str) -> tuple[float, float, float, str]:
    t0 = time.perf_counter()
    import httpx

    t1 = time.perf_counter()
    http = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {KEY}"})
    t2 = time.perf_counter()
    text = json.loads(http.post("/chat/completions", json=REQUEST).content)["choices"][0]["message"][
        "content"
    ]
    return t1 - t0, t2 - t1, time.perf_counter() - t2, text


def _httpx_pydantic(base_url: str) -> tuple[float, float, float, str]:
    t0 = time.perf_counter()
    import httpx

    from benchmarks.raw_models import ChatCompletion

    t1 = time.perf_counter()
    http = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {KEY}"})
    t2 = time.perf_counter()
    reply = ChatCompletion.model_validate_json(http.post("/chat/completions", json=REQUEST).content)
    return t1 - t0, t2 - t1, time.perf_counter() - t2, str(reply.choices[0].message.content)


def _client(module_name: str) -> object:
    def run(base_url: str) -> tuple[float, float, float, str]:
        t0 = time.perf_counter()
        module = __import__(module_name)
        t1 = time.perf_counter()
        client = module.OpenAI(api_key=KEY, base_url=base_url)
        t2 = time.perf_counter()
        reply = client.chat.completions.create(**REQUEST)
        return t1 - t0, t2 - t1, time.perf_counter() - t2, str(reply.choices[0].message.content)

    return run


VARIANTS = {
    "httpx + json": _httpx_json,
    "httpx + pydantic": _httpx_pydantic,
    "openai": _client("openai"),
    "oaiclient": _client("oaiclient"),
}


def main() -> int:
    variant, base_url = sys.argv[1], sys.argv[2]
    t_import, t_build, t_call, text = VARIANTS[variant](base_url)  # type: ignore[operator]
    result = {
        "variant": variant,
        "import_s": t_import,
        "build_s": t_build,
        "first_call_s": t_call,
        "total_s": time.perf_counter() - STARTED,
        "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "answer": text,
    }
    if TRACE:
        result["traced_peak_bytes"] = tracemalloc.get_traced_memory()[1]
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
