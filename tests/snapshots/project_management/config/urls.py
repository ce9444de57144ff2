"""Root URL configuration: https://docs.djangoproject.com/en/5.2/topics/http/urls/"""

from django.conf import settings
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path

urlpatterns: list[URLPattern | URLResolver] = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("api/v1/", include("config.api")),
]
# Uploads are never served from MEDIA_URL: /api/v1/files/ checks who asks first
# (apps/core/uploads.py).

handler400 = "apps.core.views.bad_request"
handler403 = "apps.core.views.permission_denied"
handler404 = "apps.core.views.not_found"
handler500 = "apps.core.views.server_error"
