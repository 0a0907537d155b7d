# Azure OpenAI embeddings (pre-1.0 library), configured by OPENAI_API_TYPE, OPENAI_API_BASE,
# OPENAI_API_VERSION and OPENAI_API_KEY in the environment.
import oaiclient as openai

response = openai.Embedding.create(
    input="Your text string goes here",
    engine="YOUR_DEPLOYMENT_NAME"
)
embeddings = response['data'][0]['embedding']
print(embeddings[:2])
