import factory

from apps.users.models import Membership, User, Workspace
from apps.users.roles import ROLES


class UserFactory(factory.django.DjangoModelFactory[User]):
    email = factory.Sequence(lambda n: f"user{n}@example.com")
    password = factory.django.Password("correct horse battery staple")

    class Meta:
        model = User
        skip_postgeneration_save = True


class WorkspaceFactory(factory.django.DjangoModelFactory[Workspace]):
    name = factory.Sequence(lambda n: f"Workspace {n}")

    class Meta:
        model = Workspace


class MembershipFactory(factory.django.DjangoModelFactory[Membership]):
    user = factory.SubFactory(UserFactory)
    workspace = factory.SubFactory(WorkspaceFactory)
    role = ROLES[0]

    class Meta:
        model = Membership
