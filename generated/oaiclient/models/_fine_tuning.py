# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from oaiclient._models import BaseModel
from pydantic import Field
from typing import Annotated, Any, Literal
from typing_extensions import TypeAliasType
from ._shared import Metadata


class InputAudio1(BaseModel):
    """
    The audio data and its encoding.
    """

    data: str
    """
    The audio, base64-encoded.
    """
    format: Literal["mp3", "wav"]
    """
    The audio encoding.
    """


class EvalInputAudio(BaseModel):
    """
    A clip of audio given to the model.
    """

    type: Literal["input_audio"] = "input_audio"
    """
    Always `input_audio`.
    """
    input_audio: InputAudio1
    """
    The audio data and its encoding.
    """


class EvalInputImage(BaseModel):
    """
    An image given to the model.
    """

    type: Literal["input_image"] = "input_image"
    """
    Always `input_image`.
    """
    image_url: str
    """
    The image's URL.
    """
    detail: str | None = None
    """
    How closely to look at the image, `high`, `low` or `auto` (the default).
    """


class EvalInputText(BaseModel):
    """
    Text given to the model.
    """

    type: Literal["input_text"] = "input_text"
    """
    Always `input_text`.
    """
    text: str
    """
    The text.
    """


class EvalOutputText(BaseModel):
    """
    Text the model wrote earlier.
    """

    type: Literal["output_text"] = "output_text"
    """
    Always `output_text`.
    """
    text: str
    """
    The text.
    """


FineTuneBatchSize1 = TypeAliasType("FineTuneBatchSize1", Annotated[int, Field(ge=1, le=256)])
"""
Examples per training step, from 1 to 256, or `auto`. Bigger batches mean fewer, steadier updates.
"""


FineTuneBatchSize = TypeAliasType("FineTuneBatchSize", Literal["auto"] | FineTuneBatchSize1)
"""
Examples per training step, from 1 to 256, or `auto`. Bigger batches mean fewer, steadier updates.
"""


Beta = TypeAliasType("Beta", Annotated[float, Field(gt=0.0, le=2.0)])
"""
How strongly the trained model is held near the reference model: above 0 and at most 2, or `auto`.
"""


FineTuneEpochs1 = TypeAliasType("FineTuneEpochs1", Annotated[int, Field(ge=1, le=50)])
"""
How many passes over the training data, from 1 to 50, or `auto`.
"""


FineTuneEpochs = TypeAliasType("FineTuneEpochs", Literal["auto"] | FineTuneEpochs1)
"""
How many passes over the training data, from 1 to 50, or `auto`.
"""


FineTuneLearningRateMultiplier1 = TypeAliasType(
    "FineTuneLearningRateMultiplier1", Annotated[float, Field(gt=0.0)]
)
"""
Scales the learning rate (above zero), or `auto`. Lower values can help against overfitting.
"""


FineTuneLearningRateMultiplier = TypeAliasType(
    "FineTuneLearningRateMultiplier", Literal["auto"] | FineTuneLearningRateMultiplier1
)
"""
Scales the learning rate (above zero), or `auto`. Lower values can help against overfitting.
"""


ComputeMultiplier = TypeAliasType("ComputeMultiplier", Annotated[float, Field(gt=1e-05, le=10.0)])
"""
Scales the compute spent exploring answers while training: above 0.00001 and at most 10, or `auto`.
"""


EvalInterval = TypeAliasType("EvalInterval", Annotated[int, Field(ge=1)])
"""
Training steps between two evaluation runs, or `auto`.
"""


EvalSamples = TypeAliasType("EvalSamples", Annotated[int, Field(ge=1)])
"""
Evaluation samples drawn at each training step, or `auto`.
"""


class FineTuneReinforcementHyperparameters(BaseModel):
    """
    Training settings of a reinforcement job.
    """

    batch_size: FineTuneBatchSize | None = "auto"
    learning_rate_multiplier: FineTuneLearningRateMultiplier | None = "auto"
    n_epochs: FineTuneEpochs | None = "auto"
    reasoning_effort: Literal["default", "low", "medium", "high"] = "default"
    """
    How hard the model reasons while it is trained.
    """
    compute_multiplier: Literal["auto"] | ComputeMultiplier = "auto"
    """
    Scales the compute spent exploring answers while training: above 0.00001 and at most 10, or `auto`.
    """
    eval_interval: Literal["auto"] | EvalInterval = "auto"
    """
    Training steps between two evaluation runs, or `auto`.
    """
    eval_samples: Literal["auto"] | EvalSamples = "auto"
    """
    Evaluation samples drawn at each training step, or `auto`.
    """


class FineTuneSupervisedHyperparameters(BaseModel):
    """
    Training settings of a supervised job.
    """

    batch_size: FineTuneBatchSize | None = "auto"
    learning_rate_multiplier: FineTuneLearningRateMultiplier | None = "auto"
    n_epochs: FineTuneEpochs | None = "auto"


class FineTuneSupervisedMethod(BaseModel):
    """
    Settings of supervised fine-tuning, on example conversations.
    """

    hyperparameters: FineTuneSupervisedHyperparameters | None = None


class FineTuningIntegrationWandb(BaseModel):
    """
    Where in Weights and Biases the job's run is recorded.
    """

    project: str
    """
    The project the run is created in.
    """
    name: str | None = None
    """
    The run's display name; the job ID when not given.
    """
    entity: str | None = None
    """
    The team or user the run belongs to; the default entity of the registered API key when not given.
    """
    tags: list[str] | None = None
    """
    Tags for the run, in addition to the ones OpenAI adds.
    """


class FineTuningJobCheckpointMetrics(BaseModel):
    """
    Losses and accuracies measured at a checkpoint's step.
    """

    step: float | None = None
    train_loss: float | None = None
    train_mean_token_accuracy: float | None = None
    valid_loss: float | None = None
    valid_mean_token_accuracy: float | None = None
    full_valid_loss: float | None = None
    full_valid_mean_token_accuracy: float | None = None


class FineTuningJobError(BaseModel):
    """
    What made a job fail.
    """

    code: str
    """
    A machine-readable error code.
    """
    message: str
    """
    What went wrong, for people.
    """
    param: str | None
    """
    The request field at fault (such as `training_file`), if any.
    """


class FineTuningJobEvent(BaseModel):
    """
    A message a job logged while it ran.
    """

    object: Literal["fine_tuning.job.event"] = "fine_tuning.job.event"
    """
    Always `fine_tuning.job.event`.
    """
    id: str
    """
    The event's ID.
    """
    created_at: int
    """
    When the event was logged, in Unix seconds.
    """
    level: Literal["info", "warn", "error"]
    """
    How serious the event is.
    """
    message: str
    """
    The event's text.
    """
    type: Literal["message", "metrics"] | None = None
    """
    Whether the event is a plain message or carries metrics.
    """
    data: dict[str, Any] | None = None
    """
    Extra details, such as training metrics.
    """


class FineTuningJobHyperparameters(BaseModel):
    """
    The training settings of a job; only sent for supervised jobs.
    """

    batch_size: FineTuneBatchSize | None = None
    learning_rate_multiplier: FineTuneLearningRateMultiplier | None = "auto"
    n_epochs: FineTuneEpochs | None = "auto"


class GraderPython(BaseModel):
    """
    Scores an answer with a Python script of yours.
    """

    type: Literal["python"] = "python"
    """
    Always `python`.
    """
    name: str
    """
    A name for this grader.
    """
    source: str
    """
    The script's source code.
    """
    image_tag: str | None = None
    """
    The container image tag the script runs in.
    """


class GraderSamplingParams(BaseModel):
    """
    How the scoring model samples its reply.
    """

    seed: int | None = None
    """
    Seed for sampling.
    """
    top_p: float | None = 1
    """
    Nucleus sampling mass; 1 considers every token.
    """
    temperature: float | None = None
    """
    Sampling temperature; higher is more random.
    """
    max_completions_tokens: Annotated[int | None, Field(ge=1)] = None
    """
    The most tokens the scoring model may write.
    """
    reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None = None
    """
    How much the scoring model reasons before it answers.
    """


class GraderStringCheck(BaseModel):
    """
    Compares an answer with a reference string.
    """

    type: Literal["string_check"] = "string_check"
    """
    Always `string_check`.
    """
    name: str
    """
    A name for this grader.
    """
    input: str
    """
    The text to check; template strings are filled in.
    """
    reference: str
    """
    The text to compare with; template strings are filled in.
    """
    operation: Literal["eq", "ne", "like", "ilike"]
    """
    Equal, not equal, contains (`like`), or contains ignoring case (`ilike`).
    """


class GraderTextSimilarity(BaseModel):
    """
    Scores how close an answer is to a reference text.
    """

    type: Literal["text_similarity"] = "text_similarity"
    """
    Always `text_similarity`.
    """
    name: str
    """
    A name for this grader.
    """
    input: str
    """
    The text to score.
    """
    reference: str
    """
    The text it is measured against.
    """
    evaluation_metric: Literal[
        "cosine",
        "fuzzy_match",
        "bleu",
        "gleu",
        "meteor",
        "rouge_1",
        "rouge_2",
        "rouge_3",
        "rouge_4",
        "rouge_5",
        "rouge_l",
    ]
    """
    The similarity measure.
    """


EvalItemContentItem = TypeAliasType(
    "EvalItemContentItem", str | EvalInputText | EvalOutputText | EvalInputImage | EvalInputAudio
)
"""
A plain string, or a typed piece of text, image or audio.
"""


class FineTuneDPOHyperparameters(BaseModel):
    """
    Training settings of a DPO job.
    """

    beta: Literal["auto"] | Beta = "auto"
    """
    How strongly the trained model is held near the reference model: above 0 and at most 2, or `auto`.
    """
    batch_size: FineTuneBatchSize | None = "auto"
    learning_rate_multiplier: FineTuneLearningRateMultiplier | None = "auto"
    n_epochs: FineTuneEpochs | None = "auto"


class FineTuneDPOMethod(BaseModel):
    """
    Settings of direct preference optimization, on pairs of preferred and rejected replies.
    """

    hyperparameters: FineTuneDPOHyperparameters | None = None


class FineTuningIntegration(BaseModel):
    """
    Reporting of a job's progress to Weights and Biases.
    """

    type: Literal["wandb"] = "wandb"
    """
    Always `wandb`, the only integration offered.
    """
    wandb: FineTuningIntegrationWandb


Integrations = TypeAliasType("Integrations", Annotated[list[FineTuningIntegration], Field(max_length=5)])
"""
The services the job reports its progress to.
"""


class FineTuningJobCheckpoint(BaseModel):
    """
    A usable model saved at some step of a job.
    """

    id: str
    """
    The checkpoint's ID.
    """
    object: Literal["fine_tuning.job.checkpoint"] = "fine_tuning.job.checkpoint"
    """
    Always `fine_tuning.job.checkpoint`.
    """
    created_at: int
    """
    When the checkpoint was saved, in Unix seconds.
    """
    fine_tuned_model_checkpoint: str
    """
    The model name under which the checkpoint can be used.
    """
    fine_tuning_job_id: str
    """
    The job that saved it.
    """
    step_number: int
    """
    The training step at which it was saved.
    """
    metrics: FineTuningJobCheckpointMetrics


EvalItemContent = TypeAliasType("EvalItemContent", EvalItemContentItem | list[EvalItemContentItem])
"""
The message's content, one item or a list of them.
"""


class EvalItem(BaseModel):
    """
    A message shown to a grading model.
    """

    role: Literal["user", "assistant", "system", "developer"]
    """
    Who speaks; `developer` and `system` instructions outrank `user` ones.
    """
    content: EvalItemContent
    type: Literal["message"] | None = None
    """
    Always `message`.
    """


class GraderLabelModel(BaseModel):
    """
    Asks a model to pick labels for an answer; some labels count as a pass.
    """

    type: Literal["label_model"] = "label_model"
    """
    Always `label_model`.
    """
    name: str
    """
    A name for this grader.
    """
    model: str
    """
    The labelling model; it must support structured outputs.
    """
    input: list[EvalItem]
    """
    The messages shown to the labelling model.
    """
    labels: list[str]
    """
    Every label the model may choose.
    """
    passing_labels: list[str]
    """
    The labels that mean a pass; a subset of `labels`.
    """


class GraderScoreModel(BaseModel):
    """
    Asks a model to give an answer a numeric score.
    """

    type: Literal["score_model"] = "score_model"
    """
    Always `score_model`.
    """
    name: str
    """
    A name for this grader.
    """
    model: str
    """
    The model that gives the score.
    """
    sampling_params: GraderSamplingParams | None = None
    input: list[EvalItem]
    """
    The messages shown to the scoring model; template strings are filled in.
    """
    range: list[float] | None = None
    """
    The lowest and highest score, `[0, 1]` when not given.
    """


GraderMultiPart = TypeAliasType(
    "GraderMultiPart",
    Annotated[
        GraderStringCheck | GraderTextSimilarity | GraderPython | GraderScoreModel | GraderLabelModel,
        Field(discriminator="type"),
    ],
)
"""
A grader inside a multi grader, told apart by its `type`.
"""


class GraderMulti(BaseModel):
    """
    Combines the scores of other graders with a formula.
    """

    type: Literal["multi"] = "multi"
    """
    Always `multi`.
    """
    name: str
    """
    A name for this grader.
    """
    graders: GraderMultiPart
    calculate_output: str
    """
    The formula that turns the graders' results into one score.
    """


FineTuneGrader = TypeAliasType(
    "FineTuneGrader",
    Annotated[
        GraderStringCheck | GraderTextSimilarity | GraderPython | GraderScoreModel | GraderMulti,
        Field(discriminator="type"),
    ],
)
"""
What scores the model's answers, told apart by its `type`.
"""


class FineTuneReinforcementMethod(BaseModel):
    """
    Settings of reinforcement fine-tuning, where a grader scores the model's answers.
    """

    grader: FineTuneGrader
    hyperparameters: FineTuneReinforcementHyperparameters | None = None


class FineTuneMethod(BaseModel):
    """
    The training method: `type` names it, and the field of the same name holds its settings.
    """

    type: Literal["supervised", "dpo", "reinforcement"]
    """
    Which method to train with.
    """
    supervised: FineTuneSupervisedMethod | None = None
    dpo: FineTuneDPOMethod | None = None
    reinforcement: FineTuneReinforcementMethod | None = None


class FineTuningJob(BaseModel):
    """
    A fine-tuning job, with its settings, progress and outcome.
    """

    id: str
    """
    The job's ID.
    """
    object: Literal["fine_tuning.job"] = "fine_tuning.job"
    """
    Always `fine_tuning.job`.
    """
    created_at: int
    """
    When the job was created, in Unix seconds.
    """
    error: FineTuningJobError | None
    """
    Why the job failed; null unless its status is `failed`.
    """
    fine_tuned_model: str | None
    """
    The name of the trained model; null until the job succeeds.
    """
    finished_at: int | None
    """
    When the job ended, in Unix seconds; null while it runs.
    """
    hyperparameters: FineTuningJobHyperparameters
    model: str
    """
    The base model being trained.
    """
    organization_id: str
    """
    The organization the job belongs to.
    """
    result_files: list[str]
    """
    IDs of the result files; download them with the Files API.
    """
    status: Literal["validating_files", "queued", "running", "succeeded", "failed", "cancelled"]
    """
    Where the job stands.
    """
    trained_tokens: int | None
    """
    Billable tokens the job processed; null while it runs.
    """
    training_file: str
    """
    ID of the training file.
    """
    validation_file: str | None
    """
    ID of the validation file, if one was given.
    """
    integrations: Integrations | None = None
    """
    The services the job reports its progress to.
    """
    seed: int
    """
    The seed the job trains with.
    """
    estimated_finish: int | None = None
    """
    When the job should end, in Unix seconds; null when it is not running.
    """
    method: FineTuneMethod | None = None
    metadata: Metadata | None = None
    """
    The key-value pairs kept with the job.
    """
