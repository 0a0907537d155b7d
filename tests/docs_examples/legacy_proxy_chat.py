# A hosted proxy's quick start (pre-1.0 library): its key and its address.
import oaiclient as openai

openai.api_key = "sk-proxy-0123456789"
openai.api_base = "https://api.proxy-example.com/v1"

response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "你好"}],
)
print(response.choices[0].message.content)
print(response["usage"]["total_tokens"])
