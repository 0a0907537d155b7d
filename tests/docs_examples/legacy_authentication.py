# API reference (pre-1.0), "Authentication": an organization, then list the models.
import os
import oaiclient as openai
openai.organization = "org-Zx9Lp0Qa7Wb3Ec5Rd1Tf"
openai.api_key = os.getenv("OPENAI_API_KEY")
models = openai.Model.list()
print(models["data"][0]["id"])
print(len(models.data))
