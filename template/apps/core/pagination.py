import re

from rest_framework import pagination
from rest_framework.exceptions import ValidationError

WHOLE_NUMBER = re.compile(r"[1-9][0-9]{0,17}")


class PageNumberPagination(pagination.PageNumberPagination):
    """Pages of ``results`` with ``count``, ``next`` and ``previous``.

    ``?page_size=`` may ask for 1 to ``max_page_size`` rows. Anything else is
    refused, as the schema says, rather than read as the default size.
    """

    page_size_query_param = "page_size"
    max_page_size = 100

    def get_page_size(self, request) -> int:
        assert self.page_size is not None, "settings.REST_FRAMEWORK sets PAGE_SIZE"
        value = request.query_params.get(self.page_size_query_param)
        if value is None:
            return self.page_size
        if WHOLE_NUMBER.fullmatch(value) and int(value) <= self.max_page_size:
            return int(value)
        message = f"Ask for 1 to {self.max_page_size} rows per page, such as 20."
        raise ValidationError({self.page_size_query_param: [message]})

    def get_page_number(self, request, paginator):
        # A number from 1, as the schema says: DRF would also read "last", and an
        # empty ?page= as the first page.
        return request.query_params.get(self.page_query_param, 1)

    def get_schema_operation_parameters(self, view) -> list[dict]:
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"]["maximum"] = self.max_page_size
        return parameters
