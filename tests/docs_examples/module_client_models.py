# Listing models with the module-level client and an organization (OPENAI_API_KEY and
# OPENAI_BASE_URL from the environment).
import oaiclient as openai

openai.organization = "org-Zx9Lp0Qa7Wb3Ec5Rd1Tf"
openai.project = "proj_Kd83hHs02Lm"
for model in openai.models.list():
    print(model.id)
