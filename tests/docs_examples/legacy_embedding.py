# API reference (pre-1.0), "Create embeddings".
import os
import oaiclient as openai
openai.api_key = os.getenv("OPENAI_API_KEY")
response = openai.Embedding.create(
  model="text-embedding-ada-002",
  input="The food was delicious and the waiter..."
)
embeddings = response['data'][0]['embedding']
print(len(embeddings))
