"""The helpers of the generated tests make values the API could have stored."""

from apps.core.testing import text_matching


def test_text_matching_leaves_no_white_space_at_either_end():
    # The API trims both ends of the strings it writes and of a filter's value: a
    # factory value with a space at an end would not be found by its own filter.
    values = [text_matching(r"[ ab]{2,6}", 2, 6) for _ in range(30)]
    assert [value for value in values if value != value.strip()] == []
