import factory

from apps.meeting.models import Meeting


class MeetingFactory(factory.django.DjangoModelFactory[Meeting]):
    """Valid meetings."""

    topic = factory.Sequence(lambda n: f"topic-{n}")
    attendee_notes = factory.Sequence(lambda n: f"attendee-notes-{n}")

    class Meta:
        model = Meeting
        skip_postgeneration_save = True

    @factory.post_generation
    def attendees(self, create, extracted, **kwargs):
        if create and extracted:
            self.attendees.set(extracted)
