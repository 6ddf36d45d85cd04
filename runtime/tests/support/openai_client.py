"""The official `openai` Python client against a running `realm serve`.

Run by runtime/tests/openai_client.rs, which starts the server on SmolLM2 with
a tenants file and passes: BASE_URL KEY_A KEY_LIMITED. Each check raises on
failure; the last line printed is "openai client: N checks passed".
"""

import sys

import openai

base_url, key, limited_key = sys.argv[1:4]
client = openai.OpenAI(base_url=base_url, api_key=key, max_retries=0)
checks = 0


def check(cond, what):
    global checks
    if not cond:
        raise AssertionError(what)
    checks += 1


models = client.models.list()
model = models.data[0].id
check(model.startswith("SmolLM2"), f"model id {model}")

# Chat, plain. With a system message of our own: under SmolLM2's default
# one, the first token is a near-tie, and llama.cpp's own greedy answer
# (shared/reference) is "L'Étoile, la Marseillaise, ...".
MESSAGES = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "What is the capital of France?"},
]
chat = client.chat.completions.create(
    model=model,
    messages=MESSAGES,
    max_tokens=24,
    temperature=0,
)
text = chat.choices[0].message.content
check("Paris" in text, f"chat answer {text!r}")
check(chat.choices[0].finish_reason in ("stop", "length"), chat.choices[0].finish_reason)
check(chat.usage.prompt_tokens > 10 and chat.usage.completion_tokens > 0, chat.usage)
check(chat.usage.total_tokens == chat.usage.prompt_tokens + chat.usage.completion_tokens, chat.usage)

# Chat, streamed: the same text.
pieces = []
finish = None
usage = None
for chunk in client.chat.completions.create(
    model=model,
    messages=MESSAGES,
    max_tokens=24,
    temperature=0,
    stream=True,
    stream_options={"include_usage": True},
):
    if chunk.usage is not None:
        usage = chunk.usage
    for choice in chunk.choices:
        if choice.delta.content:
            pieces.append(choice.delta.content)
        if choice.finish_reason:
            finish = choice.finish_reason
check("".join(pieces) == text, f"streamed {''.join(pieces)!r} vs {text!r}")
check(finish == chat.choices[0].finish_reason, finish)
check(usage is not None and usage.completion_tokens == chat.usage.completion_tokens, usage)

# Completions, plain and streamed, with logprobs and a stop string.
comp = client.completions.create(
    model=model, prompt="The capital of France is", max_tokens=8, temperature=0, logprobs=2
)
ctext = comp.choices[0].text
check("Paris" in ctext, f"completion {ctext!r}")
check(len(comp.choices[0].logprobs.tokens) == comp.usage.completion_tokens, comp.choices[0].logprobs)
check(all(lp <= 0 for lp in comp.choices[0].logprobs.token_logprobs), "logprobs are <= 0")
streamed = "".join(
    c.choices[0].text
    for c in client.completions.create(
        model=model, prompt="The capital of France is", max_tokens=8, temperature=0, stream=True
    )
    if c.choices
)
check(streamed == ctext, f"streamed completion {streamed!r} vs {ctext!r}")
stopped = client.completions.create(
    model=model, prompt="The capital of France is", max_tokens=8, temperature=0, stop=["."]
)
check(stopped.choices[0].finish_reason == "stop" and "." not in stopped.choices[0].text, stopped)

# Seeded sampling repeats itself.
a, b = (
    client.completions.create(model=model, prompt="Once upon a time", max_tokens=12, temperature=0.9, seed=7)
    .choices[0]
    .text
    for _ in range(2)
)
check(a == b, f"seeded samples differ: {a!r} {b!r}")

# Errors arrive as the client's typed exceptions.
try:
    openai.OpenAI(base_url=base_url, api_key="wrong", max_retries=0).models.list()
    check(False, "a wrong key was accepted")
except openai.AuthenticationError as e:
    check(e.status_code == 401, e)
try:
    client.chat.completions.create(model="gpt-4", messages=[{"role": "user", "content": "x"}])
    check(False, "an unknown model was accepted")
except openai.NotFoundError as e:
    check(e.status_code == 404, e)
try:
    client.chat.completions.create(model=model, messages=[{"role": "user", "content": "x"}], temperature=5)
    check(False, "temperature 5 was accepted")
except openai.BadRequestError as e:
    check("temperature" in str(e), e)

limited = openai.OpenAI(base_url=base_url, api_key=limited_key, max_retries=0)
with limited.completions.create(
    model=model, prompt="Once upon a time", max_tokens=200, temperature=0, stream=True, extra_body={"ignore_eos": True}
) as running:
    next(iter(running))
    try:
        limited.completions.create(model=model, prompt="Hi", max_tokens=2)
        check(False, "a second request over max_concurrent = 1 was accepted")
    except openai.RateLimitError as e:
        check(e.status_code == 429 and int(e.response.headers["retry-after"]) >= 1, e)

print(f"openai client: {checks} checks passed")
