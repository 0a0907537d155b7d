# API reference (pre-1.0), "Create image".
import os
import oaiclient as openai
openai.api_key = os.getenv("OPENAI_API_KEY")
response = openai.Image.create(
  prompt="A cute baby sea otter",
  n=2,
  size="1024x1024"
)
image_url = response['data'][0]['url']
print(image_url)
