# Chat guide (pre-1.0): several answers to one conversation with n.
import os
import oaiclient as openai
openai.api_key = os.getenv("OPENAI_API_KEY")

completion = openai.ChatCompletion.create(
  model="gpt-3.5-turbo",
  messages=[
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "Hello!"}
  ],
  n=2
)

for choice in completion["choices"]:
    print(choice["index"], choice["message"]["content"])
print(completion.choices[0].message)
