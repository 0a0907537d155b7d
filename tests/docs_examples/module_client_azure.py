# Azure OpenAI with the module-level client of the 1.x library.
import os
import oaiclient as openai

openai.api_type = "azure"
openai.azure_endpoint = "https://example-resource.openai.azure.com"
openai.api_version = "2024-02-01"
openai.api_key = os.getenv("AZURE_OPENAI_API_KEY")

completion = openai.chat.completions.create(
    model="my-gpt-4o-deployment",
    messages=[{"role": "user", "content": "Hello!"}],
)
print(completion.choices[0].message.content)
