# Cookbook (pre-1.0), "How to stream completions", the chat part.
import oaiclient as openai

response = openai.ChatCompletion.create(
    model='gpt-3.5-turbo',
    messages=[
        {'role': 'user', 'content': "What's 1+1? Answer in one word."}
    ],
    temperature=0,
    stream=True
)
collected_chunks = []
collected_messages = []
for chunk in response:
    collected_chunks.append(chunk)
    chunk_message = chunk['choices'][0]['delta']
    collected_messages.append(chunk_message)
full_reply_content = ''.join([m.get('content', '') for m in collected_messages])
print(f"Full conversation received: {full_reply_content}")
