# Fine-tuning guide (openai 0.28, the last release before 1.0).
import os
import oaiclient as openai
openai.api_key = os.getenv("OPENAI_API_KEY")

openai.FineTuningJob.create(training_file="file-abc123", model="gpt-3.5-turbo")

# List 10 fine-tuning jobs
openai.FineTuningJob.list(limit=10)

# Retrieve the state of a fine-tune
openai.FineTuningJob.retrieve("ftjob-abc123")

# Cancel a job
openai.FineTuningJob.cancel("ftjob-abc123")

# List up to 10 events from a fine-tuning job
events = openai.FineTuningJob.list_events(id="ftjob-abc123", limit=10)
print(events["data"][0]["message"])
