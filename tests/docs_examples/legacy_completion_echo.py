# API reference (pre-1.0), "Create completion", with echo.
import os
import oaiclient as openai
openai.api_key = os.getenv("OPENAI_API_KEY")
response = openai.Completion.create(
  model="text-davinci-003",
  prompt="Say this is a test",
  max_tokens=7,
  temperature=0,
  echo=True
)
print(response["choices"][0]["text"])
print(response.usage.total_tokens)
