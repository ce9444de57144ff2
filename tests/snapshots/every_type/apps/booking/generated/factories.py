import datetime

import factory
import factory.fuzzy

from apps.booking.models import Booking
from apps.core.testing import above
from apps.users.factories import WorkspaceFactory


class BookingFactory(factory.django.DjangoModelFactory[Booking]):
    """Valid bookings."""

    workspace = factory.SubFactory(WorkspaceFactory)
    starts_on = datetime.date(2020, 1, 1)
    due_on = factory.LazyAttribute(lambda row: row.starts_on)
    min_guests = factory.fuzzy.FuzzyInteger(1, 1001)
    max_guests = factory.LazyAttribute(lambda row: above(row.min_guests))
    price = factory.LazyAttribute(lambda row: above(row.discount))
    discount = factory.fuzzy.FuzzyDecimal(0, 1000, precision=2)
    opens_at = factory.Faker("time_object")
    closes_at = factory.LazyAttribute(lambda row: above(row.opens_at))
    code = factory.Sequence(lambda n: f"code-{n}")
    stage = factory.fuzzy.FuzzyChoice(["draft", "live"])

    class Meta:
        model = Booking
