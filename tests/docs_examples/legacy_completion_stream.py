# Cookbook (pre-1.0), "How to stream completions".
import time
import oaiclient as openai

start_time = time.time()
response = openai.Completion.create(
    model='text-davinci-003',
    prompt='1,2,3,',
    max_tokens=20,
    temperature=0,
    stream=True,
)
collected_events = []
completion_text = ''
for event in response:
    event_time = time.time() - start_time
    collected_events.append(event)
    event_text = event['choices'][0]['text']
    completion_text += event_text
    print(f"Text received: {event_text!r} ({event_time:.2f} seconds after request)")
print(f"Full text received: {completion_text}")
