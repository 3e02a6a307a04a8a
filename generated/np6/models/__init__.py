"""Contains all the data models used in inputs/outputs"""

from .field import Field
from .field_constraint import FieldConstraint
from .field_constraint_operator import FieldConstraintOperator
from .field_input import FieldInput
from .field_type import FieldType
from .segment import Segment
from .segment_input import SegmentInput
from .segment_type import SegmentType
from .value_list import ValueList
from .value_list_input import ValueListInput
from .value_list_value import ValueListValue

__all__ = (
    "Field",
    "FieldConstraint",
    "FieldConstraintOperator",
    "FieldInput",
    "FieldType",
    "Segment",
    "SegmentInput",
    "SegmentType",
    "ValueList",
    "ValueListInput",
    "ValueListValue",
)
