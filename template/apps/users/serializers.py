from django.contrib.auth import authenticate
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Prefetch, prefetch_related_objects
from rest_framework import exceptions, serializers
from rest_framework_simplejwt.serializers import TokenObtainPairSerializer

from apps.core.serializers import ValidatedAgainOnRace
from apps.users import services
from apps.users.models import Invitation, Membership, User, Workspace
from apps.users.roles import Role
from apps.users.throttles import sign_in_attempt


class WorkspaceSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Workspace
        fields = ("id", "name")


class MembershipOfUserSerializer(serializers.ModelSerializer):
    workspace = WorkspaceSummarySerializer(read_only=True)

    class Meta:
        model = Membership
        fields = ("workspace", "role")


class ProfileSerializer(serializers.ModelSerializer):
    """The signed-in user, their workspaces and roles, and the active workspace."""

    active_workspace = WorkspaceSummarySerializer(read_only=True)
    memberships = MembershipOfUserSerializer(many=True, read_only=True)

    class Meta:
        model = User
        fields = (
            "id",
            "email",
            "first_name",
            "last_name",
            "active_workspace",
            "memberships",
        )
        read_only_fields = ("id", "email", "active_workspace", "memberships")


def profile_data(user: User, request) -> dict:
    """The profile of ``user``, its memberships and their workspaces read at once."""
    memberships = Membership.objects.select_related("workspace")
    prefetch_related_objects([user], Prefetch("memberships", queryset=memberships))
    return ProfileSerializer(user, context={"request": request}).data


class RegisterSerializer(ValidatedAgainOnRace):
    """A new account and its first workspace; ``save()`` returns the user."""

    email = serializers.EmailField()
    password = serializers.CharField(write_only=True, style={"input_type": "password"})
    first_name = serializers.CharField(required=False, allow_blank=True, max_length=150)
    last_name = serializers.CharField(required=False, allow_blank=True, max_length=150)
    workspace_name = serializers.CharField(
        required=False, allow_blank=True, max_length=150
    )

    def validate_email(self, value: str) -> str:
        if User.objects.filter(email__iexact=value).exists():
            raise serializers.ValidationError(
                "An account with this email already exists."
            )
        return value

    def validate(self, attrs: dict) -> dict:
        candidate = User(email=attrs["email"], first_name=attrs.get("first_name", ""))
        try:
            validate_password(attrs["password"], candidate)
        except DjangoValidationError as error:
            raise serializers.ValidationError({"password": error.messages}) from None
        return attrs

    def create(self, validated_data: dict) -> User:
        return services.register(**validated_data)


def wrong_credentials() -> exceptions.AuthenticationFailed:
    """The same answer for an unknown email and a wrong password."""
    return exceptions.AuthenticationFailed(
        "The email or the password is wrong: check both and try again.",
        code="invalid_credentials",
    )


class LoginSerializer(serializers.Serializer):
    email = serializers.EmailField()
    password = serializers.CharField(write_only=True, style={"input_type": "password"})

    def validate(self, attrs: dict) -> dict:
        request = self.context["request"]
        with sign_in_attempt(request, attrs["email"]):
            user = authenticate(
                request, email=attrs["email"], password=attrs["password"]
            )
            if user is None:
                raise wrong_credentials()
        attrs["user"] = user
        return attrs


class TokenSignInSerializer(TokenObtainPairSerializer):
    """simplejwt's sign-in for non-browser clients, throttled and answered as the
    browser's is."""

    def validate(self, attrs: dict) -> dict:
        with sign_in_attempt(self.context["request"], attrs[self.username_field]):
            try:
                return super().validate(attrs)
            except exceptions.AuthenticationFailed:
                raise wrong_credentials() from None


class NewPasswordMixin(serializers.Serializer):
    def validate_new_password(self, value: str) -> str:
        user = self.context["request"].user
        try:
            validate_password(value, user if user.is_authenticated else None)
        except DjangoValidationError as error:
            raise serializers.ValidationError(error.messages) from None
        return value


class PasswordChangeSerializer(NewPasswordMixin, serializers.Serializer):
    old_password = serializers.CharField(write_only=True)
    new_password = serializers.CharField(write_only=True)

    def validate_old_password(self, value: str) -> str:
        if not self.context["request"].user.check_password(value):
            raise serializers.ValidationError("The current password is wrong.")
        return value


class PasswordResetSerializer(serializers.Serializer):
    email = serializers.EmailField()


class PasswordResetConfirmSerializer(NewPasswordMixin, serializers.Serializer):
    uid = serializers.CharField()
    token = serializers.CharField()
    new_password = serializers.CharField(write_only=True)


class TokenField(serializers.CharField):
    """A token as a JSON string: a number is not read as its digits."""

    def to_internal_value(self, data) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class RefreshSerializer(serializers.Serializer):
    refresh = TokenField(required=False)


class WorkspaceSerializer(serializers.ModelSerializer):
    """A workspace and the requesting user's role in it."""

    role = serializers.SerializerMethodField()

    class Meta:
        model = Workspace
        fields = ("id", "name", "role", "created_at")
        read_only_fields = ("id", "role", "created_at")

    def get_role(self, workspace: Workspace) -> str | None:
        user = self.context["request"].user
        for membership in workspace.memberships.all():
            if membership.user_id == user.pk:
                return membership.role
        return None


class MemberSerializer(serializers.ModelSerializer):
    email = serializers.EmailField(source="user.email", read_only=True)
    role = serializers.ChoiceField(choices=Role.choices)

    class Meta:
        model = Membership
        fields = ("id", "user", "email", "role", "created_at")
        read_only_fields = ("id", "user", "email", "created_at")


class InvitationSerializer(serializers.ModelSerializer):
    role = serializers.ChoiceField(choices=Role.choices)
    invited_by = serializers.EmailField(source="invited_by.email", read_only=True)

    class Meta:
        model = Invitation
        fields = ("id", "email", "role", "invited_by", "expires_at", "accepted_at")
        read_only_fields = ("id", "invited_by", "expires_at", "accepted_at")


class InvitationAcceptSerializer(serializers.Serializer):
    token = serializers.CharField()
