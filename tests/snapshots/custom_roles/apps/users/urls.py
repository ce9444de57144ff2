from django.urls import path
from rest_framework.routers import SimpleRouter

from apps.users import views, workspaces

router = SimpleRouter()
router.register("workspaces", workspaces.WorkspaceViewSet, basename="workspace")

members = workspaces.MemberViewSet
invitations = workspaces.InvitationViewSet

urlpatterns = [
    path("auth/csrf/", views.CsrfView.as_view(), name="auth-csrf"),
    path("auth/register/", views.RegisterView.as_view(), name="auth-register"),
    path("auth/login/", views.LoginView.as_view(), name="auth-login"),
    path("auth/token/", views.TokenView.as_view(), name="auth-token"),
    path("auth/refresh/", views.RefreshView.as_view(), name="auth-refresh"),
    path("auth/logout/", views.LogoutView.as_view(), name="auth-logout"),
    path("auth/me/", views.MeView.as_view(), name="auth-me"),
    path(
        "auth/password/change/",
        views.PasswordChangeView.as_view(),
        name="password-change",
    ),
    path(
        "auth/password/reset/", views.PasswordResetView.as_view(), name="password-reset"
    ),
    path(
        "auth/password/reset/confirm/",
        views.PasswordResetConfirmView.as_view(),
        name="password-reset-confirm",
    ),
    path(
        "workspaces/<int:workspace_pk>/members/",
        members.as_view({"get": "list"}),
        name="workspace-members",
    ),
    path(
        "workspaces/<int:workspace_pk>/members/<int:pk>/",
        members.as_view({"patch": "partial_update", "delete": "destroy"}),
        name="workspace-member",
    ),
    path(
        "workspaces/<int:workspace_pk>/invitations/",
        invitations.as_view({"get": "list", "post": "create"}),
        name="workspace-invitations",
    ),
    path(
        "workspaces/<int:workspace_pk>/invitations/<int:pk>/",
        invitations.as_view({"delete": "destroy"}),
        name="workspace-invitation",
    ),
    path(
        "invitations/accept/",
        workspaces.AcceptInvitationView.as_view(),
        name="invitation-accept",
    ),
    *router.urls,
]
