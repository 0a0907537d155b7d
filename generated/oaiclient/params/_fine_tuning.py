# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing_extensions import TypedDict
from typing import Literal, NotRequired, TypeAlias


class InputAudio1(TypedDict):
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


class EvalInputAudio(TypedDict):
    """
    A clip of audio given to the model.
    """

    type: Literal["input_audio"]
    """
    Always `input_audio`.
    """
    input_audio: InputAudio1
    """
    The audio data and its encoding.
    """


class EvalInputImage(TypedDict):
    """
    An image given to the model.
    """

    type: Literal["input_image"]
    """
    Always `input_image`.
    """
    image_url: str
    """
    The image's URL.
    """
    detail: NotRequired[str]
    """
    How closely to look at the image, `high`, `low` or `auto` (the default).
    """


class EvalInputText(TypedDict):
    """
    Text given to the model.
    """

    type: Literal["input_text"]
    """
    Always `input_text`.
    """
    text: str
    """
    The text.
    """


class EvalOutputText(TypedDict):
    """
    Text the model wrote earlier.
    """

    type: Literal["output_text"]
    """
    Always `output_text`.
    """
    text: str
    """
    The text.
    """


FineTuneBatchSize: TypeAlias = Literal["auto"] | int
"""
Examples per training step, from 1 to 256, or `auto`. Bigger batches mean fewer, steadier updates.
"""


FineTuneEpochs: TypeAlias = Literal["auto"] | int
"""
How many passes over the training data, from 1 to 50, or `auto`.
"""


FineTuneLearningRateMultiplier: TypeAlias = Literal["auto"] | float
"""
Scales the learning rate (above zero), or `auto`. Lower values can help against overfitting.
"""


class FineTuneReinforcementHyperparameters(TypedDict):
    """
    Training settings of a reinforcement job.
    """

    batch_size: NotRequired[FineTuneBatchSize]
    learning_rate_multiplier: NotRequired[FineTuneLearningRateMultiplier]
    n_epochs: NotRequired[FineTuneEpochs]
    reasoning_effort: NotRequired[Literal["default", "low", "medium", "high"]]
    """
    How hard the model reasons while it is trained.
    """
    compute_multiplier: NotRequired[Literal["auto"] | float]
    """
    Scales the compute spent exploring answers while training: above 0.00001 and at most 10, or `auto`.
    """
    eval_interval: NotRequired[Literal["auto"] | int]
    """
    Training steps between two evaluation runs, or `auto`.
    """
    eval_samples: NotRequired[Literal["auto"] | int]
    """
    Evaluation samples drawn at each training step, or `auto`.
    """


class FineTuneSupervisedHyperparameters(TypedDict):
    """
    Training settings of a supervised job.
    """

    batch_size: NotRequired[FineTuneBatchSize]
    learning_rate_multiplier: NotRequired[FineTuneLearningRateMultiplier]
    n_epochs: NotRequired[FineTuneEpochs]


class FineTuneSupervisedMethod(TypedDict):
    """
    Settings of supervised fine-tuning, on example conversations.
    """

    hyperparameters: NotRequired[FineTuneSupervisedHyperparameters]


class FineTuningIntegrationWandb(TypedDict):
    """
    Where in Weights and Biases the job's run is recorded.
    """

    project: str
    """
    The project the run is created in.
    """
    name: NotRequired[str | None]
    """
    The run's display name; the job ID when not given.
    """
    entity: NotRequired[str | None]
    """
    The team or user the run belongs to; the default entity of the registered API key when not given.
    """
    tags: NotRequired[list[str]]
    """
    Tags for the run, in addition to the ones OpenAI adds.
    """


class GraderPython(TypedDict):
    """
    Scores an answer with a Python script of yours.
    """

    type: Literal["python"]
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
    image_tag: NotRequired[str]
    """
    The container image tag the script runs in.
    """


class GraderSamplingParams(TypedDict):
    """
    How the scoring model samples its reply.
    """

    seed: NotRequired[int | None]
    """
    Seed for sampling.
    """
    top_p: NotRequired[float | None]
    """
    Nucleus sampling mass; 1 considers every token.
    """
    temperature: NotRequired[float | None]
    """
    Sampling temperature; higher is more random.
    """
    max_completions_tokens: NotRequired[int | None]
    """
    The most tokens the scoring model may write.
    """
    reasoning_effort: NotRequired[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None]
    """
    How much the scoring model reasons before it answers.
    """


class GraderStringCheck(TypedDict):
    """
    Compares an answer with a reference string.
    """

    type: Literal["string_check"]
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


class GraderTextSimilarity(TypedDict):
    """
    Scores how close an answer is to a reference text.
    """

    type: Literal["text_similarity"]
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


class CreateFineTuningJobHyperparameters(TypedDict):
    """
    Training settings; superseded by `method`, where they now belong.
    """

    batch_size: NotRequired[FineTuneBatchSize]
    learning_rate_multiplier: NotRequired[FineTuneLearningRateMultiplier]
    n_epochs: NotRequired[FineTuneEpochs]


EvalItemContentItem: TypeAlias = str | EvalInputText | EvalOutputText | EvalInputImage | EvalInputAudio
"""
A plain string, or a typed piece of text, image or audio.
"""


class FineTuneDPOHyperparameters(TypedDict):
    """
    Training settings of a DPO job.
    """

    beta: NotRequired[Literal["auto"] | float]
    """
    How strongly the trained model is held near the reference model: above 0 and at most 2, or `auto`.
    """
    batch_size: NotRequired[FineTuneBatchSize]
    learning_rate_multiplier: NotRequired[FineTuneLearningRateMultiplier]
    n_epochs: NotRequired[FineTuneEpochs]


class FineTuneDPOMethod(TypedDict):
    """
    Settings of direct preference optimization, on pairs of preferred and rejected replies.
    """

    hyperparameters: NotRequired[FineTuneDPOHyperparameters]


class FineTuningIntegration(TypedDict):
    """
    Reporting of a job's progress to Weights and Biases.
    """

    type: Literal["wandb"]
    """
    Always `wandb`, the only integration offered.
    """
    wandb: FineTuningIntegrationWandb


EvalItemContent: TypeAlias = EvalItemContentItem | list[EvalItemContentItem]
"""
The message's content, one item or a list of them.
"""


class EvalItem(TypedDict):
    """
    A message shown to a grading model.
    """

    role: Literal["user", "assistant", "system", "developer"]
    """
    Who speaks; `developer` and `system` instructions outrank `user` ones.
    """
    content: EvalItemContent
    type: NotRequired[Literal["message"]]
    """
    Always `message`.
    """


class GraderLabelModel(TypedDict):
    """
    Asks a model to pick labels for an answer; some labels count as a pass.
    """

    type: Literal["label_model"]
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


class GraderScoreModel(TypedDict):
    """
    Asks a model to give an answer a numeric score.
    """

    type: Literal["score_model"]
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
    sampling_params: NotRequired[GraderSamplingParams]
    input: list[EvalItem]
    """
    The messages shown to the scoring model; template strings are filled in.
    """
    range: NotRequired[list[float]]
    """
    The lowest and highest score, `[0, 1]` when not given.
    """


GraderMultiPart: TypeAlias = (
    GraderStringCheck | GraderTextSimilarity | GraderPython | GraderScoreModel | GraderLabelModel
)
"""
A grader inside a multi grader, told apart by its `type`.
"""


class GraderMulti(TypedDict):
    """
    Combines the scores of other graders with a formula.
    """

    type: Literal["multi"]
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


FineTuneGrader: TypeAlias = (
    GraderStringCheck | GraderTextSimilarity | GraderPython | GraderScoreModel | GraderMulti
)
"""
What scores the model's answers, told apart by its `type`.
"""


class FineTuneReinforcementMethod(TypedDict):
    """
    Settings of reinforcement fine-tuning, where a grader scores the model's answers.
    """

    grader: FineTuneGrader
    hyperparameters: NotRequired[FineTuneReinforcementHyperparameters]


class FineTuneMethod(TypedDict):
    """
    The training method: `type` names it, and the field of the same name holds its settings.
    """

    type: Literal["supervised", "dpo", "reinforcement"]
    """
    Which method to train with.
    """
    supervised: NotRequired[FineTuneSupervisedMethod]
    dpo: NotRequired[FineTuneDPOMethod]
    reinforcement: NotRequired[FineTuneReinforcementMethod]
