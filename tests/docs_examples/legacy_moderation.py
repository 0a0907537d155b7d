# Moderation guide (pre-1.0).
import oaiclient as openai

response = openai.Moderation.create(
    input="Sample text goes here"
)
output = response["results"][0]
print(output["flagged"], output["categories"]["self-harm/intent"])
