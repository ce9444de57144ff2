from rest_framework import pagination


class PageNumberPagination(pagination.PageNumberPagination):
    """Pages of ``results`` with ``count``, ``next`` and ``previous``.

    ``?page_size=`` may ask for up to ``max_page_size`` rows.
    """

    page_size_query_param = "page_size"
    max_page_size = 100
