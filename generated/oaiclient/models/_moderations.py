# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from oaiclient._models import BaseModel
from pydantic import Field
from typing import Annotated, Literal


class ModerationCategories(BaseModel):
    """
    Whether each category was flagged.
    """

    hate: bool
    """
    Flagged for `hate`.
    """
    hate_threatening: Annotated[bool, Field(alias="hate/threatening")]
    """
    Flagged for `hate/threatening`.
    """
    harassment: bool
    """
    Flagged for `harassment`.
    """
    harassment_threatening: Annotated[bool, Field(alias="harassment/threatening")]
    """
    Flagged for `harassment/threatening`.
    """
    illicit: bool | None
    """
    Flagged for `illicit`; null when the model does not score it.
    """
    illicit_violent: Annotated[bool | None, Field(alias="illicit/violent")]
    """
    Flagged for `illicit/violent`; null when the model does not score it.
    """
    self_harm: Annotated[bool, Field(alias="self-harm")]
    """
    Flagged for `self-harm`.
    """
    self_harm_intent: Annotated[bool, Field(alias="self-harm/intent")]
    """
    Flagged for `self-harm/intent`.
    """
    self_harm_instructions: Annotated[bool, Field(alias="self-harm/instructions")]
    """
    Flagged for `self-harm/instructions`.
    """
    sexual: bool
    """
    Flagged for `sexual`.
    """
    sexual_minors: Annotated[bool, Field(alias="sexual/minors")]
    """
    Flagged for `sexual/minors`.
    """
    violence: bool
    """
    Flagged for `violence`.
    """
    violence_graphic: Annotated[bool, Field(alias="violence/graphic")]
    """
    Flagged for `violence/graphic`.
    """


class ModerationCategoryAppliedInputTypes(BaseModel):
    """
    For each category, which kinds of input its score is based on.
    """

    hate: list[Literal["text"]]
    """
    Input kinds scored for `hate`.
    """
    hate_threatening: Annotated[list[Literal["text"]], Field(alias="hate/threatening")]
    """
    Input kinds scored for `hate/threatening`.
    """
    harassment: list[Literal["text"]]
    """
    Input kinds scored for `harassment`.
    """
    harassment_threatening: Annotated[list[Literal["text"]], Field(alias="harassment/threatening")]
    """
    Input kinds scored for `harassment/threatening`.
    """
    illicit: list[Literal["text"]]
    """
    Input kinds scored for `illicit`.
    """
    illicit_violent: Annotated[list[Literal["text"]], Field(alias="illicit/violent")]
    """
    Input kinds scored for `illicit/violent`.
    """
    self_harm: Annotated[list[Literal["text", "image"]], Field(alias="self-harm")]
    """
    Input kinds scored for `self-harm`.
    """
    self_harm_intent: Annotated[list[Literal["text", "image"]], Field(alias="self-harm/intent")]
    """
    Input kinds scored for `self-harm/intent`.
    """
    self_harm_instructions: Annotated[list[Literal["text", "image"]], Field(alias="self-harm/instructions")]
    """
    Input kinds scored for `self-harm/instructions`.
    """
    sexual: list[Literal["text", "image"]]
    """
    Input kinds scored for `sexual`.
    """
    sexual_minors: Annotated[list[Literal["text"]], Field(alias="sexual/minors")]
    """
    Input kinds scored for `sexual/minors`.
    """
    violence: list[Literal["text", "image"]]
    """
    Input kinds scored for `violence`.
    """
    violence_graphic: Annotated[list[Literal["text", "image"]], Field(alias="violence/graphic")]
    """
    Input kinds scored for `violence/graphic`.
    """


class ModerationCategoryScores(BaseModel):
    """
    The model's confidence for each category, from 0 to 1.
    """

    hate: float
    """
    Score for `hate`.
    """
    hate_threatening: Annotated[float, Field(alias="hate/threatening")]
    """
    Score for `hate/threatening`.
    """
    harassment: float
    """
    Score for `harassment`.
    """
    harassment_threatening: Annotated[float, Field(alias="harassment/threatening")]
    """
    Score for `harassment/threatening`.
    """
    illicit: float
    """
    Score for `illicit`.
    """
    illicit_violent: Annotated[float, Field(alias="illicit/violent")]
    """
    Score for `illicit/violent`.
    """
    self_harm: Annotated[float, Field(alias="self-harm")]
    """
    Score for `self-harm`.
    """
    self_harm_intent: Annotated[float, Field(alias="self-harm/intent")]
    """
    Score for `self-harm/intent`.
    """
    self_harm_instructions: Annotated[float, Field(alias="self-harm/instructions")]
    """
    Score for `self-harm/instructions`.
    """
    sexual: float
    """
    Score for `sexual`.
    """
    sexual_minors: Annotated[float, Field(alias="sexual/minors")]
    """
    Score for `sexual/minors`.
    """
    violence: float
    """
    Score for `violence`.
    """
    violence_graphic: Annotated[float, Field(alias="violence/graphic")]
    """
    Score for `violence/graphic`.
    """


class Moderation(BaseModel):
    """
    The verdict on one input.
    """

    flagged: bool
    """
    True when any category is flagged.
    """
    categories: ModerationCategories
    category_scores: ModerationCategoryScores
    category_applied_input_types: ModerationCategoryAppliedInputTypes


class CreateModerationResponse(BaseModel):
    """
    The verdicts of a moderation check.
    """

    id: str
    """
    The check's ID.
    """
    model: str
    """
    The model that did the check.
    """
    results: list[Moderation]
    """
    One verdict per input, in order.
    """
